'use strict';
// 08 蓼塘县统计局——部门整体支出，县级，纯文本
// 写法：简短公文；空格对齐的收支表、项目表、“三公”表（上年决算/本年预算/本年决算）；
// 公务接待费在正文中以“元”再写一次；汉字计数与约数（十二个、三百余人）；一项未达成；控制率。
module.exports = {
  id: '08',
  slug: 'liaotang-tongji',
  format: 'txt',
  kind: 'department',
  level: '县',
  name: '蓼塘县统计局',
  title: '蓼塘县统计局2024年度部门整体支出绩效自评报告',
  style: '简短公文；空格对齐三张表；三公经费正文用元再写；汉字计数与约数（十二个、三百余人）；经普追加；一项未达成',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 棠沅市蓼塘县统计局 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 蓼塘县统计局
  shortName: 县统计局
  title: 蓼塘县统计局2024年度部门整体支出绩效自评报告

staffing:
  authorized: 32
  actual: 30
  retired: 14
  controlRate: 93.75

background:
  functions: [统计调查和普查, 统计数据发布, 统计执法检查, 统计信息化建设]
  organization: [办公室, 综合统计股, 经济统计股, 社会统计股, 统计执法大队]

budget:
  initial: "1126.40"
  adjustments:
    - { type: 追加, amount: 286, reason: 第五次全国经济普查经费 }
  total: "1412.40"
  actual: 1389.65
  rate: 98.39
  carryover: 22.75
  sources:
    current: { initial: "1126.40", total: "1412.40", actual: 1389.65 }

basicExpense:
  total: 842.36
  personnel: 731.58
  publicUse: 110.78
  budget: 842.36
  prior: "815.20"
  changeRate: 3.33

projectExpense:
  total: 547.29
  budget: 570.04
  prior: "412.60"
  changeRate: 32.64
  reason: 第五次全国经济普查登记和数据处理

projects:
  - { name: 第五次全国经济普查, initial: 40, adjustment: 286, total: 326, actual: 318.47, carryover: 7.53 }
  - { name: 统计调查专项, initial: 150, total: 150, actual: 146.32, carryover: 3.68 }
  - { name: 统计执法和数据质量核查, initial: 45, total: 45, actual: "38.50", carryover: "6.50" }
  - { name: 统计信息化运维, initial: 49.04, total: 49.04, actual: 44, carryover: 5.04 }

threePublic:
  vehicle: { prior: "6.80", budget: 7, actual: 6.12, changeRate: -10 }
  reception: { prior: 0.86, budget: 1, actual: 0.64, changeRate: -25.58 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 7.66, budget: 8, actual: 6.76, changeRate: -11.75 }

budgetRate:
  weight: 10
  score: 9.84

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 经济普查登记单位, target: ≥12000个, actual: 12860个, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 统计信息发布, target: ≥50期, actual: 58期, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 普查数据差错率, target: ≤1%, actual: 0.6%, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 时效指标, name: 统计报表按期上报率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 统计执法检查企业
    target: ≥50家
    actual: 46家
    weight: 10
    score: 9.2
    deviation: { reason: 执法人员抽调参加经济普查, measure: 2025年增加双随机抽查比例 }
  - { level1: 效益指标, level2: 社会效益指标, name: 统计分析报告被党委政府采用, target: ≥20篇, actual: 24篇, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 联网直报企业覆盖率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 统计信息化平台正常运行率, target: ≥99%, actual: 99.8%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 数据使用者满意度, target: ≥90%, actual: 93%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.04
  grade: 优

achievements:
  - { id: census_units, group: 第五次全国经济普查, topic: 经济普查, name: 登记普查单位, value: 12860, unit: 个 }
  - { id: census_areas, group: 第五次全国经济普查, topic: 经济普查, name: 划分普查区, value: 12, unit: 个 }
  - { id: enumerators, group: 第五次全国经济普查, topic: 经济普查, name: 选聘普查员和普查指导员, value: 326, unit: 人 }
  - { id: releases, topic: 数据发布, name: 发布统计信息, value: 58, unit: 期 }
  - { id: inspected, group: 统计执法和数据质量核查, topic: 执法, name: 执法检查企业, value: 46, unit: 家 }
  - { id: cases, group: 统计执法和数据质量核查, topic: 执法, name: 立案查处统计违法, value: 3, unit: 件 }
  - { id: reports_used, topic: 数据应用, name: 统计分析报告被采用, value: 24, unit: 篇 }

problems:
  - id: enforce
    text: 统计执法检查企业数未达目标
    cause: 执法人员抽调参加经济普查
    measure: 增加双随机抽查比例
`,
  body: `
蓼塘县统计局2024年度部门整体支出绩效自评报告

一、部门概况

（一）主要职能
  县统计局负责全县统计调查和普查、统计数据发布、统计执法检查和统计信息化建设，内设办公室、综合统计股、经济统计股、社会统计股和统计执法大队。

（二）人员情况
  核定编制{staffing.authorized|0}名，年末在职{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；退休人员{staffing.retired|0}人。

二、部门整体支出情况

（一）预算及执行
  年初预算{budget.initial|2}万元，年中追加第五次全国经济普查经费{budget.adjustments[0].amount|2}万元，全年预算{budget.total|2}万元。全年支出{budget.actual|2}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余{budget.carryover|2}万元。

@@table indent=2
类别 | 预算（万元） | 支出（万元） | 上年支出（万元） | 增减
基本支出 | {basicExpense.budget|2|u=万元} | {basicExpense.total|2|u=万元} | {basicExpense.prior|2|u=万元} | {basicExpense.changeRate|2|refs=basicExpense.total;basicExpense.prior}%
其中：人员经费 | — | {basicExpense.personnel|2|u=万元} | — | —
其中：公用经费 | — | {basicExpense.publicUse|2|u=万元} | — | —
项目支出 | {projectExpense.budget|2|u=万元} | {projectExpense.total|2|u=万元} | {projectExpense.prior|2|u=万元} | {projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior}%
合计 | {budget.total|2|u=万元} | {budget.actual|2|u=万元} | {basicExpense.prior+projectExpense.prior|2|u=万元} | —
@@end

  项目支出增长较多，主要是第五次全国经济普查进入登记和数据处理阶段。

（二）项目支出
@@table indent=2
项目 | 年初预算 | 全年预算 | 支出 | 结余
第五次全国经济普查 | {projects[0].initial|2|u=万元} | {projects[0].total|2|u=万元} | {projects[0].actual|2|u=万元} | {projects[0].carryover|2|u=万元}
统计调查专项 | {projects[1].initial|2|u=万元} | {projects[1].total|2|u=万元} | {projects[1].actual|2|u=万元} | {projects[1].carryover|2|u=万元}
统计执法和数据质量核查 | {projects[2].initial|2|u=万元} | {projects[2].total|2|u=万元} | {projects[2].actual|2|u=万元} | {projects[2].carryover|2|u=万元}
统计信息化运维 | {projects[3].initial|2|u=万元} | {projects[3].total|2|u=万元} | {projects[3].actual|2|u=万元} | {projects[3].carryover|2|u=万元}
@@end

（三）“三公”经费
@@table indent=2
项目 | 上年决算（万元） | 本年预算（万元） | 本年决算（万元）
公务用车运行维护费 | {threePublic.vehicle.prior|2|u=万元} | {threePublic.vehicle.budget|2|u=万元} | {threePublic.vehicle.actual|2|u=万元}
公务接待费 | {threePublic.reception.prior|2|u=万元} | {threePublic.reception.budget|2|u=万元} | {threePublic.reception.actual|2|u=万元}
因公出国（境）费 | {threePublic.overseas.prior|0|u=万元} | {threePublic.overseas.budget|0|u=万元} | {threePublic.overseas.actual|0|u=万元}
合计 | {threePublic.total.prior|2|u=万元} | {threePublic.total.budget|2|u=万元} | {threePublic.total.actual|2|u=万元}
@@end

  “三公”经费比上年下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%。其中公务接待费全年仅{threePublic.reception.actual*10000|0t|#a}元，比上年减少{(threePublic.reception.prior-threePublic.reception.actual)*10000|0t}元；公务用车运行维护费下降{-threePublic.vehicle.changeRate|2|refs=threePublic.vehicle.actual;threePublic.vehicle.prior}%。

三、绩效目标完成情况

（一）经济普查
  全县划分{achievements@census_areas.value|c}个普查区，选聘普查员和普查指导员{achievements@enumerators.value|=三百|approx=余,u=人,#b}余人，登记普查单位{achievements@census_units.value|0t}个，普查数据差错率{indicators[2].actual||lit}。

（二）统计服务
  全年发布统计信息{achievements@releases.value|0}期，撰写的统计分析报告有{achievements@reports_used.value|0}篇被县委、县政府采用。

（三）统计执法
  执法检查企业{achievements@inspected.value|0}家，未达到{indicators[4].target||lit}的目标；立案查处统计违法案件{achievements@cases.value|c}件。

四、自评得分

@@table indent=2
指标 | 目标值 | 完成值 | 分值 | 得分
预算执行率 | — | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate}
经济普查登记单位 | {indicators[0].target||lit} | {indicators[0].actual||lit,refs=achievements@census_units.value} | {indicators[0].weight|0} | {indicators[0].score|0}
统计信息发布 | {indicators[1].target||lit} | {indicators[1].actual||lit,refs=achievements@releases.value} | {indicators[1].weight|0} | {indicators[1].score|0}
普查数据差错率 | {indicators[2].target||lit} | {indicators[2].actual||lit} | {indicators[2].weight|0} | {indicators[2].score|0}
统计报表按期上报率 | {indicators[3].target||lit} | {indicators[3].actual||lit} | {indicators[3].weight|0} | {indicators[3].score|0}
统计执法检查企业 | {indicators[4].target||lit} | {indicators[4].actual||lit,refs=achievements@inspected.value} | {indicators[4].weight|0} | {indicators[4].score|1}
分析报告被采用 | {indicators[5].target||lit} | {indicators[5].actual||lit,refs=achievements@reports_used.value} | {indicators[5].weight|0} | {indicators[5].score|0}
联网直报企业覆盖率 | {indicators[6].target||lit} | {indicators[6].actual||lit} | {indicators[6].weight|0} | {indicators[6].score|0}
信息化平台正常运行率 | {indicators[7].target||lit} | {indicators[7].actual||lit} | {indicators[7].weight|0} | {indicators[7].score|0}
数据使用者满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0}
合计 | — | — | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2}
@@end

  自评总分{scoreSummary.scoreTotal|2}分，等级为{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}。

五、存在问题及改进措施
  一是统计执法检查企业数未达目标，原因是执法人员抽调参加经济普查。2025年将提高“双随机”抽查比例。
  二是普查经费年底有少量结余，原因是部分数据处理服务尚未结算。下一步加快结算进度。

                                         蓼塘县统计局
                                         2025年3月25日
`,
  bad: {
    a: { new: '64,000', kind: '万元换算为元时错位（0.64万元写成64,000元）', internal: 'yes', relation: '“三公”表公务接待费0.64万元；比上年减少2,200元' },
    b: { new: '五百', kind: '汉字约数', internal: 'no' },
  },
};

'use strict';
// 06 省级 部门整体支出 docx：霁川省文物局
const W = (p, o = '') => '{' + p + ';2t;nu;unit=万元' + o + '}';
module.exports = {
  id: '06', format: 'docx', kind: 'department', level: '省',
  unitName: '霁川省文物局', title: '霁川省文物局2024年度部门整体支出绩效自评报告',
  sector: '文物保护 / 文物局',
  styles: ['Word 表第一列纵向合并（项目类别），含小计、合计', '“1.5218亿”“1.56亿元”“3,412.9万”多种金额写法', '“是上年的2.01倍”',
    '基本支出与项目支出同上年比较；“三公”经费各项预算、决算和同比变动写在一段', 'Word 评分表：未达成按比例得分、反向指标、定性指标',
    '“3A级”“二级博物馆”“第八批”等名称中的数字不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 霁川省（虚构）文物局 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 霁川省文物局
  shortName: 省文物局
  title: 霁川省文物局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 86
  actual: 79
  retired: 34
  controlRate: 91.86

budget:
  initial: 12640
  adjustments:
    - { type: 追加, amount: 3210, reason: 国家文物保护专项资金 }
    - { type: 压减, amount: 285, reason: 统一压减一般性支出 }
  total: 15565
  actual: 15218.46
  rate: 97.77
  carryover: 346.54
  sources:
    current: { initial: 12640, total: 15565, actual: 15218.46 }

basicExpense:
  total: 3412.87
  personnel: 2964.15
  publicUse: 448.72
  budget: 3480
  prior: 3329.06
  changeRate: 2.52

projectExpense:
  total: 11805.59
  budget: 12085
  prior: 5876.3
  changeRate: 100.9

projectGroups:
  - { name: 文物保护, budget: 8680, actual: 8516.18, rate: 98.11 }
  - { name: 博物馆, budget: 3405, actual: 3289.41, rate: 96.61 }

projects:
  - { name: 全国重点文物保护单位维修, group: 文物保护, initial: 4200, adjustment: 2220, total: 6420, actual: 6318.75, carryover: 101.25 }
  - { name: 考古发掘, group: 文物保护, initial: 1800, adjustment: 460, total: 2260, actual: 2197.43, carryover: 62.57 }
  - { name: 博物馆纪念馆免费开放补助, group: 博物馆, initial: 2150, adjustment: 0, total: 2150, actual: 2141.2, carryover: 8.8 }
  - { name: 可移动文物修复, group: 博物馆, initial: 1010, adjustment: 245, total: 1255, actual: 1148.21, carryover: 106.79 }

threePublic:
  reception: { prior: 5.74, budget: 6, actual: 4.86, changeRate: -15.33 }
  vehicle: { prior: 18.3, budget: 18, actual: 16.92, changeRate: -7.54 }
  overseas: { prior: 0, budget: 12, actual: 9.65 }
  total: { prior: 24.04, budget: 36, actual: 31.43, changeRate: 30.74 }

budgetRate: { weight: 10, score: 9.78 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.36, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 实施文物保护维修工程, target: ≥40项, actual: 43项, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 考古发掘项目
    target: ≥15项
    actual: 14项
    weight: 10
    score: 9.33
    deviation: { reason: 一处配合基本建设的发掘因工程停建取消, measure: 按建设进度动态调整计划 }
  - { level1: 产出指标, level2: 质量指标, name: 维修工程验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 时效指标
    name: 国保单位“四有”工作完成率
    target: 100%
    actual: 92.5%
    weight: 10
    score: 9.25
    deviation: { reason: 部分保护范围划定需等待国土空间规划批复, measure: 与自然资源部门同步推进 }
  - { level1: 产出指标, level2: 成本指标, name: “三公”经费预算控制率, target: ≤100%, actual: 87.31%, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 博物馆年接待观众, target: ≥1100万人次, actual: 1246万人次, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 文物安全状况, target: 无重大安全事故, actual: 无重大安全事故, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 馆藏文物数字化率, target: ≥60%, actual: 63.8%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 观众满意度, target: ≥90%, actual: 94.1%, weight: 10, score: 10 }

achievements:
  - { id: new_sites, group: 履职效能, topic: 文物保护单位, name: 新公布省级文物保护单位, value: 87, unit: 处 }
  - { id: repaired, group: 履职效能, topic: 可移动文物, name: 修复馆藏文物, value: 1376, unit: 件 }

problems:
  - id: fouyou
    text: 国保单位“四有”工作尚未全部完成
    cause: 部分保护范围划定需等待国土空间规划批复
    measure: 与自然资源部门同步推进
`,
  report: `
#! 霁川省文物局2024年度部门整体支出绩效自评报告
# 一、部门概况
省文物局负责全省文物保护、考古发掘、博物馆管理和文物安全督察等工作，内设[[6;处室个数]]个处室，直属省文物考古研究院、省文物保护中心等单位。年末编制{staffing.authorized;0}名，在职{staffing.actual;0}人，退休{staffing.retired;0}人，人员控制率{staffing.controlRate;2}%。
# 二、部门支出情况
# （一）预算安排和执行
年初预算{budget.initial;2t}万元。年中，国家文物局下达文物保护专项资金，追加{budget.adjustments[0].amount;2t}万元；按省政府要求统一压减一般性支出{budget.adjustments[1].amount;2t}万元。调整后全年预算{budget.total;2t}万元，约合{budget.total/10000;2}亿元。全年实际支出{budget.actual/10000;4}亿，结转结余{budget.carryover;2t}万元，预算执行率{budget.rate;2}%。
# （二）基本支出和项目支出
基本支出{basicExpense.total;1t}万，其中人员经费{basicExpense.personnel;2t}万元、公用经费{basicExpense.publicUse;2t}万元，比上年增长{basicExpense.changeRate;2}%。项目支出{projectExpense.total;2t}万元，是上年（{projectExpense.prior;2t}万元）的{projectExpense.total/projectExpense.prior;2;refs=projectExpense.total,projectExpense.prior}倍，主要是国家文物保护专项资金大幅增加。项目支出分类情况见表1。
表1　项目支出情况（单位：万元）
@@table
| 类别 | 项目 | 全年预算 | 实际支出 | 执行率 |
| 文物保护 | 全国重点文物保护单位维修 | ${W('projects[0].total')} | ${W('projects[0].actual')} | {projects[0].actual/projects[0].total*100;2}% |
| ^ | 考古发掘 | ${W('projects[1].total')} | ${W('projects[1].actual')} | {projects[1].actual/projects[1].total*100;2}% |
| ^ | 小计 | ${W('projectGroups[0].budget', ';refs=projects[0].total,projects[1].total')} | ${W('projectGroups[0].actual', ';refs=projects[0].actual,projects[1].actual')} | {projectGroups[0].rate;2}% |
| 博物馆 | 博物馆纪念馆免费开放补助 | ${W('projects[2].total')} | ${W('projects[2].actual')} | {projects[2].actual/projects[2].total*100;2}% |
| ^ | 可移动文物修复 | ${W('projects[3].total')} | ${W('projects[3].actual')} | {projects[3].actual/projects[3].total*100;2}% |
| ^ | 小计 | ${W('projectGroups[1].budget', ';refs=projects[2].total,projects[3].total')} | ${W('projectGroups[1].actual', ';refs=projects[2].actual,projects[3].actual')} | {projectGroups[1].rate;2}% |
| 合计 |  | ${W('projectExpense.budget', ';refs=projectGroups[0].budget,projectGroups[1].budget')} | ${W('projectExpense.total', ';refs=projectGroups[0].actual,projectGroups[1].actual')} | {projectExpense.total/projectExpense.budget*100;2}% |
@@end
# （三）“三公”经费
全年“三公”经费预算{threePublic.total.budget;2}万元，支出{threePublic.total.actual;2;refs=threePublic.reception.actual,threePublic.vehicle.actual,threePublic.overseas.actual}万元，比上年的{threePublic.total.prior;2}万元增长{threePublic.total.changeRate;2}%，增长原因是本年派出一个文物展览交流团组出访，发生因公出国（境）费{threePublic.overseas.actual;2}万元（预算{threePublic.overseas.budget;2}万元，上年没有发生）。公务接待费支出{threePublic.reception.actual;2;#a=4.68~金额（“三公”段落，万元）~yes~三项之和与合计31.43不符，同比变动率也不符}万元，预算{threePublic.reception.budget;2}万元，上年{threePublic.reception.prior;2}万元，同比下降{-threePublic.reception.changeRate;2}%；公务用车运行维护费支出{threePublic.vehicle.actual;2}万元，预算{threePublic.vehicle.budget;2}万元，上年{threePublic.vehicle.prior;2}万元，同比下降{-threePublic.vehicle.changeRate;2}%。
# 三、履职成效
全年实施文物保护维修工程{num(indicators[0].actual);0;lit}项，验收合格率{num(indicators[2].actual);0;lit}%；完成考古发掘项目{num(indicators[1].actual);0;lit}项，比计划少一项，原因是一处配合基本建设的发掘因工程停建取消。经省政府批准，新公布第八批省级文物保护单位{achievements@new_sites.value;0;#b=78~计数（处）~no}处。修复馆藏文物{achievements@repaired.value;0t}件，馆藏文物数字化率达到{num(indicators[7].actual);1;lit}%。
全省博物馆全年接待观众{num(indicators[5].actual);0t;lit}万人次，新增二级博物馆两家；省博物馆所在的文化街区被评为国家[[3;名称中的数字（3A级）]]A级旅游景区。全年未发生重大文物安全事故。国保单位“四有”工作完成率{num(indicators[3].actual);1;lit}%，部分保护范围划定要等国土空间规划批复。
观众满意度调查回收有效问卷[[5 120;问卷份数]]份，满意度{num(indicators[8].actual);1;lit}%。
# 四、自评结论
@@table
| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 预算执行 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 产出指标 | 实施文物保护维修工程 | ≥{num(indicators[0].target);0;lit}项 | {num(indicators[0].actual);0;lit}项 | {indicators[0].weight;0} | {indicators[0].score;0} |
| ^ | 考古发掘项目 | ≥{num(indicators[1].target);0;lit}项 | {num(indicators[1].actual);0;lit}项 | {indicators[1].weight;0} | {indicators[1].score;2} |
| ^ | 维修工程验收合格率 | {num(indicators[2].target);0;lit}% | {num(indicators[2].actual);0;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| ^ | 国保单位“四有”工作完成率 | {num(indicators[3].target);0;lit}% | {num(indicators[3].actual);1;lit}% | {indicators[3].weight;0} | {indicators[3].score;2} |
| ^ | “三公”经费预算控制率（反向） | ≤{num(indicators[4].target);0;lit}% | {num(indicators[4].actual);2;lit}% | {indicators[4].weight;0} | {indicators[4].score;0} |
| 效益指标 | 博物馆年接待观众 | ≥{num(indicators[5].target);0t;lit}万人次 | {num(indicators[5].actual);0t;lit}万人次 | {indicators[5].weight;0} | {indicators[5].score;0} |
| ^ | 文物安全状况 | 无重大安全事故 | 无重大安全事故 | {indicators[6].weight;0} | {indicators[6].score;0} |
| ^ | 馆藏文物数字化率 | ≥{num(indicators[7].target);0;lit}% | {num(indicators[7].actual);1;lit}% | {indicators[7].weight;0} | {indicators[7].score;0} |
| 满意度指标 | 观众满意度 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);1;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 合计 |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[3].score} |
@@end
自评总分{scoreSummary.scoreTotal;2}分，等级为“{scoreSummary.grade;=优;lit}”。
# 五、问题和改进措施
国保单位“四有”工作还没有全部完成，考古发掘计划受基本建设进度影响较大。下一步将与自然资源部门同步推进保护范围划定，并按建设项目进度动态调整考古计划。
`,
};

'use strict';
// 05 县级 部门整体支出 txt：篁陂县司法局（法律援助、人民调解、社区矫正）
const W = (p, o = '') => '{' + p + ';2;nu;unit=万元' + o + '}';
module.exports = {
  id: '05', format: 'txt', kind: 'department', level: '县',
  unitName: '篁陂县司法局', title: '篁陂县司法局2024年度部门整体支出绩效自评报告',
  sector: '司法行政 / 法律援助和人民调解',
  styles: ['ASCII 框线表（支出与上年比较，增减率列）', '评分表写成编号列表（分号分隔）', '“增长了 12.3%”（一位小数）', '“较上年提高了4.1个百分点”',
    '基本支出与项目支出、“三公”经费各项预算/决算/同比', '“得分9.29分（满分10分）”', '反向指标（再犯罪率）、定性指标', '12348热线、值班电话、培训场次不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 篁陂县（虚构）司法局 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 篁陂县司法局
  shortName: 县司法局
  title: 篁陂县司法局2024年度部门整体支出绩效自评报告

staffing:
  authorized: 46
  actual: 43
  controlRate: 93.48

budget:
  initial: 1126.5
  adjustments:
    - { type: 追加, amount: 148.3, reason: 法律援助办案补贴等 }
  total: 1274.8
  actual: 1251.66
  rate: 98.18
  carryover: 23.14
  sources:
    current: { initial: 1126.5, total: 1274.8, actual: 1251.66 }

basicExpense:
  total: 876.42
  personnel: 781.09
  publicUse: 95.33
  budget: 889
  prior: 842.17
  changeRate: 4.07

projectExpense:
  total: 375.24
  budget: 385.8
  prior: 334.15
  changeRate: 12.3

projects:
  - { name: 法律援助办案补贴, initial: 120, adjustment: 48, total: 168, actual: 166.2, carryover: 1.8 }
  - { name: 人民调解以奖代补, initial: 68.5, adjustment: 28, total: 96.5, actual: 93.74, carryover: 2.76 }
  - { name: 社区矫正经费, initial: 49, adjustment: 23.3, total: 72.3, actual: 70.08, carryover: 2.22 }
  - { name: 普法宣传, initial: 0, adjustment: 49, total: 49, actual: 45.22, carryover: 3.78, inInitialBudget: false }

threePublic:
  reception: { prior: 1.62, budget: 1.8, actual: 1.35, changeRate: -16.67 }
  vehicle: { prior: 6.4, budget: 6.5, actual: 5.97, changeRate: -6.72 }
  total: { prior: 8.02, budget: 8.3, actual: 7.32, changeRate: -8.73 }

budgetRate: { weight: 10, score: 9.82 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.71, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 办理法律援助案件, target: ≥900件, actual: 1036件, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 调处矛盾纠纷
    target: ≥2600件
    actual: 2415件
    weight: 10
    score: 9.29
    deviation: { reason: 诉源治理前移，纠纷总量下降, measure: 调整年度目标测算口径 }
  - { level1: 产出指标, level2: 质量指标, name: 调解成功率, target: ≥95%, actual: 97.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 社区矫正对象再犯罪率, target: ≤0.2%, actual: 0.12%, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 时效指标, name: 法律援助指派时限, target: 3个工作日, actual: 3个工作日, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 成本指标, name: “三公”经费控制率, target: ≤100%, actual: 88.19%, weight: 5, score: 5, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 群众法治素养, target: 明显提升, actual: 明显提升, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 社会效益指标, name: 矛盾纠纷化解在基层比例, target: ≥90%, actual: 93.5%, weight: 10, score: 10 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 村（社区）公共法律服务站点覆盖率
    target: 100%
    actual: 96%
    weight: 10
    score: 9.6
    deviation: { reason: 新设两个社区尚未建站, measure: 2025年上半年建成 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受援人满意度, target: ≥95%, actual: 98.2%, weight: 10, score: 10 }

achievements:
  - { id: notary, group: 产出, topic: 公证, name: 办理公证, value: 1284, unit: 件 }
  - { id: lawyer_rate, group: 效益, topic: 信访, name: 律师参与信访化解率, value: 86.4, unit: '%', prior: 82.3 }

problems:
  - id: stations
    text: 公共法律服务站点未全覆盖
    cause: 新设两个社区尚未建站
    measure: 2025年上半年建成
`,
  report: `
篁陂县司法局2024年度部门整体支出绩效自评报告

一、部门概况

　　县司法局主要承担全县法律援助、人民调解、社区矫正、普法宣传和公共法律服务体系建设等职责，下设[[9;司法所个数]]个司法所和县公共法律服务中心。年末编制{staffing.authorized;0}名，在职{staffing.actual;0}人，控制率{staffing.controlRate;2}%。

二、部门支出情况

　　（一）总体情况。年初预算{budget.initial;2}万元，年中追加{budget.adjustments[0].amount;2}万元，全年预算{budget.total;2}万元，全年支出{budget.actual;2}万元，结转结余{budget.carryover;2}万元，预算执行率{budget.rate;2}%。

　　（二）与上年比较。基本支出{basicExpense.total;2}万元，其中人员经费{basicExpense.personnel;2}万元、公用经费{basicExpense.publicUse;2}万元，比上年增长{basicExpense.changeRate;2}%；项目支出{projectExpense.total;2}万元，比上年增长了 {projectExpense.changeRate;1}%，主要是法律援助案件增加、办案补贴相应增加。

@@box
| 支出类别 | 上年决算 | 本年预算 | 本年决算 | 增减率 |
---
| 基本支出 | ${W('basicExpense.prior')} | ${W('basicExpense.budget')} | ${W('basicExpense.total')} | {basicExpense.changeRate;2}% |
| 项目支出 | ${W('projectExpense.prior')} | ${W('projectExpense.budget')} | ${W('projectExpense.total')} | {projectExpense.changeRate;2;refs=projectExpense.total,projectExpense.prior;#a=13.20~变动率（ASCII 框线表单元格）~yes~(375.24 − 334.15) ÷ 334.15，正文“增长了 12.3%”}% |
---
| 合计 | ${W('basicExpense.prior+projectExpense.prior')} | ${W('budget.total')} | ${W('budget.actual', ';refs=basicExpense.total,projectExpense.total')} | {(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100;2}% |
@@end
　　注：金额单位为万元。

　　（三）项目支出明细。法律援助办案补贴{projects[0].actual;2}万元、人民调解以奖代补{projects[1].actual;2}万元、社区矫正经费{projects[2].actual;2}万元及普法宣传{projects[3].actual;2}万元，四项合计{projectExpense.total;2;refs=projects[0].actual,projects[1].actual,projects[2].actual,projects[3].actual}万元。

　　（四）“三公”经费。全年“三公”经费支出{threePublic.total.actual;2}万元，为预算{threePublic.total.budget;2}万元的{threePublic.total.actual/threePublic.total.budget*100;2}%，比上年{threePublic.total.prior;2}万元下降{-threePublic.total.changeRate;2}%。其中公务接待费{threePublic.reception.actual;2}万元（预算{threePublic.reception.budget;2}万元，上年{threePublic.reception.prior;2}万元），公务用车运行维护费{threePublic.vehicle.actual;2}万元（预算{threePublic.vehicle.budget;2}万元，上年{threePublic.vehicle.prior;2}万元）。本年未发生因公出国（境）费。

三、履职成效

　　（一）法律援助。全年办理法律援助案件{num(indicators[0].actual);0;lit}件，指派时限控制在{num(indicators[4].actual);0;lit}个工作日以内，受援人满意度{num(indicators[9].actual);1;lit}%。[[12348;热线名称]]公共法律服务热线全年无休，值班电话[[52761348;电话]]。

　　（二）人民调解。全县调处矛盾纠纷{num(indicators[1].actual);0;lit}件，比目标少[[185;目标与实际之差，数据中没有]]件，得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）；调解成功率{num(indicators[2].actual);1;lit}%，化解在基层的比例{num(indicators[7].actual);1;lit}%。律师参与信访化解率{achievements@lawyer_rate.value;1}%，较上年提高了{achievements@lawyer_rate.value-achievements@lawyer_rate.prior;1;refs=achievements@lawyer_rate.value}个百分点。

　　（三）社区矫正和公证。社区矫正对象再犯罪率{num(indicators[3].actual);2;lit}%，低于{num(indicators[3].target);1;lit}%的控制线。县公证处全年办理公证{achievements@notary.value;0;#b=1248~计数（件）~no}件。

　　（四）普法。举办“法律明白人”培训[[26;培训场次]]场，公共法律服务站点覆盖率{num(indicators[8].actual);0;lit}%，还有两个新设社区尚未建站。

四、自评打分

　　1．预算执行率；分值{budgetRate.weight;0}分；实际{budget.rate;2}%；得分{budgetRate.score;2}分。
　　2．办理法律援助案件；目标≥{num(indicators[0].target);0;lit}件；实际{num(indicators[0].actual);0;lit}件；分值{indicators[0].weight;0}分；得分{indicators[0].score;0}分。
　　3．调处矛盾纠纷；目标≥{num(indicators[1].target);0;lit}件；实际{num(indicators[1].actual);0;lit}件；分值{indicators[1].weight;0}分；得分{indicators[1].score;2}分。
　　4．调解成功率；目标≥{num(indicators[2].target);0;lit}%；实际{num(indicators[2].actual);1;lit}%；分值{indicators[2].weight;0}分；得分{indicators[2].score;0}分。
　　5．社区矫正对象再犯罪率（反向）；目标≤{num(indicators[3].target);1;lit}%；实际{num(indicators[3].actual);2;lit}%；分值{indicators[3].weight;0}分；得分{indicators[3].score;0}分。
　　6．法律援助指派时限；目标{num(indicators[4].target);0;lit}个工作日；实际{num(indicators[4].actual);0;lit}个工作日；分值{indicators[4].weight;0}分；得分{indicators[4].score;0}分。
　　7．“三公”经费控制率（反向）；目标≤{num(indicators[5].target);0;lit}%；实际{num(indicators[5].actual);2;lit}%；分值{indicators[5].weight;0}分；得分{indicators[5].score;0}分。
　　8．群众法治素养；目标明显提升；实际明显提升；分值{indicators[6].weight;0}分；得分{indicators[6].score;0}分。
　　9．矛盾纠纷化解在基层比例；目标≥{num(indicators[7].target);0;lit}%；实际{num(indicators[7].actual);1;lit}%；分值{indicators[7].weight;0}分；得分{indicators[7].score;0}分。
　　10．公共法律服务站点覆盖率；目标{num(indicators[8].target);0;lit}%；实际{num(indicators[8].actual);0;lit}%；分值{indicators[8].weight;0}分；得分{indicators[8].score;1}分。
　　11．受援人满意度；目标≥{num(indicators[9].target);0;lit}%；实际{num(indicators[9].actual);1;lit}%；分值{indicators[9].weight;0}分；得分{indicators[9].score;0}分。
　　合计得分{scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[8].score}分（满分{scoreSummary.weightTotal;0}分），等级为“{scoreSummary.grade;=优;lit}”。

五、存在的问题和改进措施

　　一是人民调解案件数未达到年初目标，年初测算时没有充分考虑诉源治理前移后纠纷总量下降的因素；二是公共法律服务站点尚未全覆盖。下一步将调整目标测算口径，并在2025年上半年完成新设社区的站点建设。
`,
};

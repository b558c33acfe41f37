'use strict';
// 12 区级 部门整体支出 docx：菡城市汀蒲区妇女联合会（按部门整体评价维度打分）
module.exports = {
  id: '12', format: 'docx', kind: 'department', level: '区',
  unitName: '菡城市汀蒲区妇女联合会', title: '汀蒲区妇女联合会2024年度部门整体支出绩效自评报告',
  sector: '群团 / 妇女联合会',
  styles: ['Word 评分表按部门整体评价维度打分，第一列（维度）纵向合并', '“其中：”后逐段列出', '基本支出与项目支出同上年比较，“三公”经费一段',
    '“得分13.50分（满分15分）”', '“提高了2.6个百分点”', '12338热线、“三八”、日期、场次以外的活动次数不核对', '结转结余率、人员控制率（算式与数据一致）'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 菡城市汀蒲区（虚构）妇女联合会 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 菡城市汀蒲区妇女联合会
  shortName: 区妇联
  title: 汀蒲区妇女联合会2024年度部门整体支出绩效自评报告

staffing:
  authorized: 14
  actual: 12
  retired: 5
  controlRate: 85.71

budget:
  initial: 368.2
  adjustments:
    - { type: 追加, amount: 45.8, reason: 维权服务、家庭教育和“两癌”救助 }
  total: 414
  actual: 405.17
  rate: 97.87
  carryover: 8.83
  sources:
    current: { initial: 368.2, total: 414, actual: 405.17 }

basicExpense:
  total: 236.48
  personnel: 209.35
  publicUse: 27.13
  budget: 240
  prior: 228.61
  changeRate: 3.44

projectExpense:
  total: 168.69
  budget: 174
  prior: 139.25
  changeRate: 21.14

projects:
  - { name: 妇女儿童维权服务, initial: 40, adjustment: 12, total: 52, actual: 51.36, carryover: 0.64 }
  - { name: 家庭教育指导服务, initial: 48.2, adjustment: 19.8, total: 68, actual: 65.83, carryover: 2.17 }
  - { name: “两癌”筛查救助, initial: 40, adjustment: 14, total: 54, actual: 51.5, carryover: 2.5 }

threePublic:
  reception: { prior: 0.86, budget: 1, actual: 0.72, changeRate: -16.28 }
  total: { prior: 0.86, budget: 1, actual: 0.72, changeRate: -16.28 }

budgetRate: { weight: 10, score: 9.79 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.02, grade: 优 }

indicators:
  - { level1: 运行成本, level2: 经济成本, name: “三公”经费控制率, target: ≤100%, actual: 72%, weight: 10, score: 10, direction: negative }
  - { level1: 运行成本, level2: 人员成本, name: 在职人员控制率, target: ≤100%, actual: 85.71%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤5%, actual: 2.13%, weight: 5, score: 5, direction: negative }
  - { level1: 履职效能, level2: 维权服务, name: 维权信访办结率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 家庭教育
    name: 家庭教育指导服务
    target: ≥120场
    actual: 108场
    weight: 15
    score: 13.5
    deviation: { reason: 部分社区活动场地改造, measure: 改为线上线下结合 }
  - { level1: 履职效能, level2: 健康关爱, name: “两癌”筛查救助人数, target: ≥200人, actual: 206人, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 权益保障, name: 妇女儿童权益保障, target: 有效保障, actual: 有效保障, weight: 10, score: 10, band: 达成 }
  - level1: 可持续发展能力
    level2: 组织建设
    name: 基层妇联组织覆盖率
    target: 100%
    actual: 97.3%
    weight: 10
    score: 9.73
    deviation: { reason: 新建小区尚未组建妇联, measure: 随社区党组织同步组建 }
  - { level1: 满意度, level2: 服务对象满意度, name: 服务对象满意度, target: ≥90%, actual: 95.6%, weight: 15, score: 15 }

achievements:
  - { id: petitions, group: 履职效能, topic: 维权, name: 受理妇女儿童来信来访, value: 263, unit: 件 }
  - { id: women_share, group: 社会效应, topic: 参政, name: 女性在村（社区）“两委”成员中的比例, value: 34.7, unit: '%', prior: 32.1 }

problems:
  - id: family
    text: 家庭教育指导服务场次未达目标
    cause: 部分社区活动场地改造
    measure: 改为线上线下结合
`,
  report: `
#! 汀蒲区妇女联合会2024年度部门整体支出绩效自评报告
# 一、部门基本情况
区妇联是区委领导下的群团组织，主要职责是联系服务妇女儿童、维护妇女儿童合法权益、推进家庭家教家风建设。机关核定编制{staffing.authorized;0}名，在职{staffing.actual;0}人，退休{staffing.retired;0}人，在职人员控制率{staffing.controlRate;2}%。
# 二、部门支出情况
2024年年初预算{budget.initial;2}万元，年中追加维权服务、家庭教育和“两癌”救助资金{budget.adjustments[0].amount;2}万元，全年预算{budget.total;2}万元。全年支出{budget.actual;2}万元，结转结余{budget.carryover;2}万元，预算执行率{budget.rate;2}%，结转结余率{budget.carryover/budget.total*100;2;refs=budget.carryover,budget.total}%。
全年支出按类别分，其中：
基本支出{basicExpense.total;2}万元，含人员经费{basicExpense.personnel;2}万元、公用经费{basicExpense.publicUse;2}万元，比上年的{basicExpense.prior;2}万元增长{basicExpense.changeRate;2}%；
项目支出{projectExpense.total;2}万元，比上年的{projectExpense.prior;2}万元增长{projectExpense.changeRate;2}%，分别是妇女儿童维权服务{projects[0].actual;2}万元、家庭教育指导服务{projects[1].actual;2}万元及“两癌”筛查救助{projects[2].actual;2}万元。
“三公”经费仅有公务接待费，预算{threePublic.reception.budget;2}万元，支出{threePublic.reception.actual;2}万元，上年{threePublic.reception.prior;2}万元，同比下降{-threePublic.reception.changeRate;2}%，控制率{threePublic.total.actual/threePublic.total.budget*100;0;refs=threePublic.total.actual,threePublic.total.budget}%。未发生公务用车和因公出国（境）费用。
# 三、履职成效
（一）维权服务。依托[[12338;热线名称]]妇女维权公益服务热线，全年受理妇女儿童来信来访{achievements@petitions.value;0;#b=236~计数（件）~no}件，办结率{num(indicators[3].actual);0;lit}%。
（二）家庭教育。举办家庭教育指导服务{num(indicators[4].actual);0;lit}场，比目标少[[12;目标与实际之差，数据中没有]]场，原因是部分社区活动场地改造，得分{indicators[4].score;2}分（满分{indicators[4].weight;0}分）。“三八”节期间开展主题宣传。
（三）健康关爱。为{num(indicators[5].actual);0;lit}名患“两癌”的困难妇女发放救助金。
（四）组织建设。女性在村（社区）“两委”成员中的比例为{achievements@women_share.value;1}%，较上届提高了{achievements@women_share.value-achievements@women_share.prior;1;refs=achievements@women_share.value}个百分点；基层妇联组织覆盖率{num(indicators[7].actual);1;lit}%，个别新建小区尚未组建妇联。
服务对象满意度{num(indicators[8].actual);1;lit}%。
# 四、自评得分
按照部门整体支出绩效评价维度评分如下：
@@table
| 评价维度 | 指标 | 目标值 | 实际值 | 分值 | 得分 |
| 运行成本 | “三公”经费控制率 | ≤{num(indicators[0].target);0;lit}% | {num(indicators[0].actual);0;lit}% | {indicators[0].weight;0} | {indicators[0].score;0} |
| ^ | 在职人员控制率 | ≤{num(indicators[1].target);0;lit}% | {num(indicators[1].actual);2;lit}% | {indicators[1].weight;0} | {indicators[1].score;0} |
| 管理效率 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| ^ | 结转结余率 | ≤{num(indicators[2].target);0;lit}% | {num(indicators[2].actual);2;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| 履职效能 | 维权信访办结率 | {num(indicators[3].target);0;lit}% | {num(indicators[3].actual);0;lit}% | {indicators[3].weight;0} | {indicators[3].score;0} |
| ^ | 家庭教育指导服务 | ≥{num(indicators[4].target);0;lit}场 | {num(indicators[4].actual);0;lit}场 | {indicators[4].weight;0} | {indicators[4].score;2;#a=13.05~得分（维度合并的 Word 评分表）~yes~108 ÷ 120 × 15 = 13.50，得分之和与总分98.02不符}|
| ^ | “两癌”筛查救助人数 | ≥{num(indicators[5].target);0;lit}人 | {num(indicators[5].actual);0;lit}人 | {indicators[5].weight;0} | {indicators[5].score;0} |
| 社会效应 | 妇女儿童权益保障 | 有效保障 | 有效保障 | {indicators[6].weight;0} | {indicators[6].score;0} |
| 可持续发展能力 | 基层妇联组织覆盖率 | {num(indicators[7].target);0;lit}% | {num(indicators[7].actual);1;lit}% | {indicators[7].weight;0} | {indicators[7].score;2} |
| 满意度 | 服务对象满意度 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);1;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 合计 |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[4].score,indicators[7].score} |
@@end
自评总分{scoreSummary.scoreTotal;2}分，等级“{scoreSummary.grade;=优;lit}”。
# 五、存在的问题和改进措施
家庭教育指导服务场次没有达到目标，个别新建小区妇联组织尚未建立。下一步将采取线上线下结合的方式开展家庭教育指导，并随社区党组织同步组建新建小区妇联。
汀蒲区妇女联合会
2025年3月20日
`,
};

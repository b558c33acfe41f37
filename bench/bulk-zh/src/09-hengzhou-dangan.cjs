'use strict';
// 09 蘅洲市档案馆——部门，市级，docx
const P = (p, h) => ({ p, h });
module.exports = {
  format: 'docx',
  level: '市',
  unitName: '蘅洲市档案馆',
  sector: '档案',
  title: '蘅洲市档案馆2024年度部门整体支出绩效自评报告',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 09：蘅洲市档案馆（虚构）。金额单位：万元。
# 全年预算 = 年初 1,468.20 + 追加 386.00 − 压减 42.20 = 1,812.00；执行 1,689.51 = 基本 842.36 + 项目 847.15；结余结转 122.49。
kind: department
version: 2

meta:
  year: 2024
  unit: 蘅洲市档案馆
  shortName: 市档案馆
  title: 蘅洲市档案馆2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 42
  actual: 38
  retired: 17
  controlRate: 90.48

budget:
  initial: "1,468.20"
  adjustments:
    - { type: 追加, amount: "386.00", reason: 馆藏档案数字化专项 }
    - { type: 压减, amount: "42.20", reason: 一般性支出压减 }
  total: "1,812.00"
  actual: "1,689.51"
  rate: 93.24
  carryover: "122.49"
  sources:
    current: { initial: "1,468.20", total: "1,812.00", actual: "1,689.51" }

basicExpense:
  total: "842.36"
  personnel: "701.58"
  publicUse: "140.78"
  budget: "850.00"

projectExpense:
  total: "847.15"
  budget: "962.00"

projects:
  - { name: 馆藏档案数字化, total: "520.00", actual: "468.35" }
  - { name: 档案库房改造和安防, total: "286.00", actual: "252.80" }
  - { name: 档案征集和编研, total: "96.00", actual: "86.00" }
  - { name: 档案执法检查和业务指导, total: "60.00", actual: "40.00" }

threePublic:
  reception: { prior: 1.86, budget: 1.50, actual: 1.26, changeRate: -32.26 }
  vehicle: { prior: 3.40, budget: 3.20, actual: 3.12 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 5.26, budget: 4.70, actual: 4.38, changeRate: -16.73 }

budgetRate: { weight: 10, score: 9.32 }

scoreSummary: { weightTotal: 100, scoreTotal: 89.10, grade: 良 }

indicators:
  - level1: 产出指标
    level2: 数量指标
    name: 馆藏档案数字化
    target: ≥1500万画幅
    actual: 1086万画幅
    weight: 15
    score: 10.86
    deviation: { reason: 数字化外包服务招标两次流标，开工推迟 }
  - level1: 产出指标
    level2: 数量指标
    name: 接收进馆档案
    target: ≥40000卷
    actual: 38470卷
    weight: 10
    score: 9.62
  - level1: 产出指标
    level2: 数量指标
    name: 执法检查立档单位
    target: ≥100家
    actual: 62家
    weight: 10
    score: 6.2
    deviation: { reason: 执法人员抽调参加专项整治, measure: 下年与县区档案馆联合检查 }
  - { level1: 产出指标, level2: 时效指标, name: 库房改造完成时间, target: 年内完工, actual: 已完工, weight: 5, score: 5, band: 达成 }
  - level1: 产出指标
    level2: 成本指标
    name: 数字化单位成本
    target: ≤0.40元/画幅
    actual: 0.43元/画幅
    weight: 10
    score: 9.30
    direction: negative
    deviation: { reason: 破损档案修裱比例高于预期 }
  - { level1: 效益指标, level2: 社会效益指标, name: 档案利用服务人次, target: ≥20000人次, actual: 21650人次, weight: 15, score: 15 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 线上查档占比
    target: ≥65%
    actual: 60.99%
    weight: 15
    score: 14.07
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 查档群众满意度
    target: ≥95%
    actual: 92.4%
    weight: 10
    score: 9.73

achievements:
  - { id: pages, group: 履职效能, topic: 数字化, name: 完成档案数字化, value: 1086, unit: 万画幅, prior: 542 }
  - { id: accessions, group: 履职效能, topic: 接收, name: 接收进馆档案, value: 38470, unit: 卷 }
  - { id: collected, group: 履职效能, topic: 征集, name: 征集散存档案和实物, value: 1120, unit: 件 }
  - { id: inspected, group: 履职效能, topic: 执法, name: 执法检查立档单位, value: 62, unit: 家 }
  - { id: users, group: 社会效应, topic: 利用, name: 提供档案利用, value: 21650, unit: 人次 }
  - { id: online, group: 社会效应, topic: 利用, name: 线上查档, value: 13204, unit: 人次 }
`,
  blocks: [
    { p: '蘅洲市档案馆2024年度部门整体支出绩效自评报告', h: 0, center: true },
    P('一、部门基本情况', 1),
    P('市档案馆是市委直属的公益一类事业单位，负责收集、保管和提供利用全市重要档案，承担档案行政执法和业务指导。本馆核定编制{staffing.authorized|0}名，年末在职{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%，退休人员{staffing.retired|0}人。'),
    P('二、部门预算及执行', 1),
    P('总体而言，本年预算执行较为平稳。年初预算{budget.initial|2t}万元，年中追加档案数字化专项{budget.adjustments[0].amount|2}万元、压减一般性支出{budget.adjustments[1].amount|2}万元，全年预算{budget.total|2t}万元；全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余结转{budget.carryover|2}万元，主要是数字化外包服务开工推迟。'),
    { table: [
      ['类别', '全年预算', '实际支出', '执行率'],
      ['基本支出', '{basicExpense.budget|2}万元', '{basicExpense.total|2|refs=budget.actual}万元', '{basicExpense.total/basicExpense.budget*100|2|refs=basicExpense.total;basicExpense.budget}%'],
      ['其中：人员经费', '—', '{basicExpense.personnel|2|refs=basicExpense.total}万元', '—'],
      ['　　　公用经费', '—', '{basicExpense.publicUse|2|refs=basicExpense.total}万元', '—'],
      ['项目支出', '{projectExpense.budget|2}万元', '{projectExpense.total|2|refs=budget.actual}万元', '{projectExpense.total/projectExpense.budget*100|2|refs=projectExpense.total;projectExpense.budget}%'],
      ['馆藏档案数字化', '{projects[0].total|2}万元', '{projects[0].actual|2|refs=projectExpense.total}万元', '{projects[0].actual/projects[0].total*100|2|refs=projects[0].actual;projects[0].total}%'],
      ['档案库房改造和安防', '{projects[1].total|2}万元', '{projects[1].actual|2|refs=projectExpense.total}万元', '{projects[1].actual/projects[1].total*100|2|refs=projects[1].actual;projects[1].total}%'],
      ['档案征集和编研', '{projects[2].total|2}万元', '{projects[2].actual|2|refs=projectExpense.total}万元', '{projects[2].actual/projects[2].total*100|2|refs=projects[2].actual;projects[2].total}%'],
      ['档案执法检查和业务指导', '{projects[3].total|2}万元', '{projects[3].actual|2|refs=projectExpense.total}万元', '{projects[3].actual/projects[3].total*100|2|refs=projects[3].actual;projects[3].total}%'],
      ['合计', '{budget.total|2t}万元', '{budget.actual|2t|refs=budget.actual}万元', '{budget.rate|2|refs=budget.actual;budget.total}%'],
    ] },
    P('“三公”经费方面，全年支出{threePublic.total.actual|2|refs=threePublic.total.prior}万元，比上年减少{threePublic.total.prior-threePublic.total.actual|2|refs=threePublic.total.prior;threePublic.total.actual}万元，下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%。其中公务接待费{threePublic.reception.actual*10000|0t|refs=threePublic.total.actual}元，上年为{threePublic.reception.prior*10000|0t}元；公务用车运行维护费{threePublic.vehicle.actual*10000|0t|refs=threePublic.total.actual}元；没有因公出国（境）支出。'),
    P('三、部门整体绩效', 1),
    P('（一）档案资源建设', 2),
    P('从数据上看，数字化是本年投入最大的一项。全年完成馆藏档案数字化{achievements@pages.value|0t|refs=indicators[0].actual}万画幅，比上年的{achievements@pages.prior|0}万画幅{achievements@pages.value/achievements@pages.prior|=翻了一番|style=fan|refs=achievements@pages.value;achievements@pages.prior}，但只完成年度目标的{num(indicators[0].actual)/num(indicators[0].target)*100|1|refs=indicators[0].actual;indicators[0].target}%。按实际支出计算，每画幅成本约{projects[0].actual/achievements@pages.value|2|approx=约|refs=projects[0].actual;achievements@pages.value}元，高于{indicators[4].target|=0.40|lit}元的控制目标，原因是破损档案修裱比例高于预期。'),
    P('接收进馆档案{achievements@accessions.value|0t|refs=indicators[1].actual}卷，征集散存档案和实物{achievements@collected.value|0t|#b=1,210~征集件数改错~no}件，编印《蘅洲记忆》丛书第[[4|辑次]]辑。新建档案数字化加工点三个，库房改造年内完工。'),
    P('（二）档案执法和指导', 2),
    P('值得关注的是，执法检查只覆盖立档单位{achievements@inspected.value|0|refs=indicators[2].actual}家，为计划的{num(indicators[2].actual)/num(indicators[2].target)*100|0|refs=indicators[2].actual;indicators[2].target}%，原因是执法人员年中被抽调参加专项整治。'),
    P('（三）档案利用服务', 2),
    P('全年提供档案利用{achievements@users.value|0t|refs=indicators[5].actual}人次，其中线上查档{achievements@online.value|0t|refs=indicators[6].actual}人次，占{achievements@online.value/achievements@users.value*100|2|refs=achievements@online.value;achievements@users.value;indicators[6].actual}%。回访查档群众[[500|回访样本数]]人，满意度{indicators[7].actual|lit}。'),
    P('四、绩效自评结果', 1),
    { table: [
      ['指标', '目标值', '完成值', '分值', '得分'],
      ['预算执行率', '[[100|执行率目标值]]%', '{budget.rate|2|refs=budget.actual;budget.total}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate;budgetRate.weight}'],
      ['馆藏档案数字化', '{indicators[0].target|lit}', '{indicators[0].actual|lit}', '{indicators[0].weight|0}', '{indicators[0].score|2|refs=scoreSummary.scoreTotal;indicators[0].actual;indicators[0].target}'],
      ['接收进馆档案', '{indicators[1].target|lit}', '{indicators[1].actual|lit}', '{indicators[1].weight|0}', '{indicators[1].score|2|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target}'],
      ['执法检查立档单位', '{indicators[2].target|lit}', '{indicators[2].actual|lit}', '{indicators[2].weight|0}', '{indicators[2].score|2|refs=scoreSummary.scoreTotal;indicators[2].actual;indicators[2].target}'],
      ['库房改造完成时间', '年内完工', '已完工', '{indicators[3].weight|0}', '{indicators[3].score|0|refs=scoreSummary.scoreTotal}'],
      ['数字化单位成本', '{indicators[4].target|lit}', '{indicators[4].actual|lit}', '{indicators[4].weight|0}', '{indicators[4].score|2|refs=scoreSummary.scoreTotal;indicators[4].actual;indicators[4].target}'],
      ['档案利用服务人次', '{indicators[5].target|lit}', '{indicators[5].actual|lit}', '{indicators[5].weight|0}', '{indicators[5].score|0|refs=scoreSummary.scoreTotal}'],
      ['线上查档占比', '{indicators[6].target|lit}', '{indicators[6].actual|lit}', '{indicators[6].weight|0}', '{indicators[6].score|2|refs=scoreSummary.scoreTotal;indicators[6].actual;indicators[6].target}'],
      ['查档群众满意度', '{indicators[7].target|lit}', '{indicators[7].actual|lit}', '{indicators[7].weight|0}', '{indicators[7].score|2|refs=scoreSummary.scoreTotal;indicators[7].actual;indicators[7].target}'],
      ['合计', '', '', '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}'],
    ] },
    P('五、存在的问题和改进措施', 1),
    P('一是数字化进度滞后，外包服务招标两次流标；下一步提前启动采购，分两个标段实施。二是执法检查覆盖面不足；下一步与县区档案馆联合开展检查。三是线上查档占比未达目标；下一步把婚姻、学籍等高频档案优先上线。'),
    P('附注：本年度部门整体支出自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal|#a=优~等级与总分89.10不符（80–90 为良）~yes~等级与总分}”；预算执行率{budget.rate|2|refs=budget.actual;budget.total}%。联系人：办公室，电话[[2205816|电话]]。'),
  ],
};

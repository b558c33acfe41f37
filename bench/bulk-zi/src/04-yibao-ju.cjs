'use strict';
// 04 市级 部门整体支出 md：蓼湾市医疗保障局（按部门整体评价维度打分）
module.exports = {
  id: '04', format: 'md', kind: 'department', level: '市',
  unitName: '蓼湾市医疗保障局', title: '蓼湾市医疗保障局2024年度部门整体支出绩效自评报告',
  sector: '医疗保障 / 医保基金监管',
  styles: ['按部门整体评价维度打分（运行成本、管理效率、履职效能、社会效应、可持续发展能力、满意度）', '基本支出与项目支出分列并与上年比较',
    '“三公”经费写在一段里：各项预算、决算和同比变动', '“其中：”后逐行缩进列出', '% 前空格（97.94 %）', '“较上年提高了3.2个百分点”', '“增长了 17.79%”',
    '政府采购分货物/服务', '定点机构检查家次、问卷样本、文号不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 蓼湾市（虚构）医疗保障局 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 蓼湾市医疗保障局
  shortName: 市医保局
  title: 蓼湾市医疗保障局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 58
  actual: 54
  retired: 21
  controlRate: 93.1

background:
  functions: [医疗保障政策落实, 医保基金监督管理, 医药价格和招标采购管理, 医保经办服务]
  organization: [办公室, 待遇保障科, 医药服务管理科, 基金监管科, 市医疗保障事务中心]

budget:
  initial: 2386.4
  adjustments:
    - { type: 追加, amount: 412.6, reason: 医保基金监管专项 }
  total: 2799
  actual: 2741.35
  rate: 97.94
  carryover: 57.65
  sources:
    current: { initial: 2386.4, total: 2799, actual: 2741.35 }

basicExpense:
  total: 1836.27
  personnel: 1598.44
  publicUse: 237.83
  budget: 1862
  prior: 1771.95
  changeRate: 3.63

projectExpense:
  total: 905.08
  budget: 937
  prior: 768.4
  changeRate: 17.79

projects:
  - { name: 医保基金监管专项, initial: 0, adjustment: 412.6, total: 412.6, actual: 396.52, carryover: 16.08, inInitialBudget: false }
  - { name: 医保信息化运维, initial: 326, adjustment: 0, total: 326, actual: 318.2, carryover: 7.8 }
  - { name: 医保经办服务能力建设, initial: 198.4, adjustment: 0, total: 198.4, actual: 190.36, carryover: 8.04 }

threePublic:
  reception: { prior: 3.86, budget: 4, actual: 3.12, changeRate: -19.17 }
  vehicle: { prior: 12.48, budget: 12, actual: 11.35, changeRate: -9.05 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 16.34, budget: 16, actual: 14.47, changeRate: -11.44 }

procurement:
  budget: 286
  actual: 271.9
  goods: { budget: 96, actual: 89.4 }
  services: { budget: 190, actual: 182.5 }

budgetRate: { weight: 10, score: 9.79 }
scoreSummary: { weightTotal: 100, scoreTotal: 99.47, grade: 优 }

indicators:
  - { level1: 运行成本, level2: 经济成本, name: “三公”经费控制率, target: ≤100%, actual: 90.44%, weight: 10, score: 10, direction: negative }
  - { level1: 运行成本, level2: 人员成本, name: 在职人员控制率, target: ≤100%, actual: 93.1%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤3%, actual: 2.06%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 采购管理, name: 政府采购执行率, target: ≥95%, actual: 95.07%, weight: 5, score: 5 }
  - { level1: 履职效能, level2: 重点工作, name: 重点工作完成率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 基金监管
    name: 定点医药机构现场检查覆盖率
    target: 100%
    actual: 96.8%
    weight: 10
    score: 9.68
    deviation: { reason: 部分新纳入定点的零售药店年底才签约, measure: 新签约机构纳入次年首轮检查 }
  - { level1: 履职效能, level2: 基金监管, name: 追回医保基金, target: ≥1500万元, actual: 1862.5万元, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 便民服务, name: 住院费用异地直接结算率, target: ≥70%, actual: 76.3%, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 参保扩面, name: 基本医保参保率, target: ≥95%, actual: 96.52%, weight: 10, score: 10 }
  - { level1: 可持续发展能力, level2: 制度建设, name: 内部控制制度, target: 健全完善, actual: 已修订完善, weight: 5, score: 5, band: 达成 }
  - { level1: 满意度, level2: 服务对象满意度, name: 参保群众满意度, target: ≥90%, actual: 92.4%, weight: 10, score: 10 }

achievements:
  - { id: punished, group: 履职效能, topic: 基金监管, name: 查处违规使用医保基金的定点医药机构, value: 127, unit: 家 }
  - { id: chronic, group: 社会效应, topic: 便民服务, name: 门诊慢特病费用跨省直接结算率, value: 68.5, unit: '%', prior: 65.3 }

problems:
  - id: coverage
    text: 现场检查未实现全覆盖
    cause: 部分零售药店年底才纳入定点
    measure: 新签约机构纳入次年首轮检查
`,
  report: `
# 蓼湾市医疗保障局2024年度部门整体支出绩效自评报告

## 一、部门基本情况

市医疗保障局负责全市医疗保障政策落实、医保基金监督管理、医药价格和招标采购管理等工作，内设办公室、待遇保障科、医药服务管理科、基金监管科，下属市医疗保障事务中心承担经办服务。年末核定编制{staffing.authorized;0}名，在职{staffing.actual;0}人，人员控制率{staffing.controlRate;2} %；另有退休人员{staffing.retired;0}人。

## 二、部门整体支出情况

2024年部门年初预算{budget.initial;2t}万元，年中追加医保基金监管专项{budget.adjustments[0].amount;2t}万元，全年预算{budget.total;2t}万元。全年支出{budget.actual;2t}万元，结转结余{budget.carryover;2t}万元，预算执行率{budget.rate;2} %。

全年支出按经济性质分，其中：
　　基本支出{basicExpense.total;2t}万元（人员经费{basicExpense.personnel;2t}万元，公用经费{basicExpense.publicUse;2t}万元）；
　　项目支出{projectExpense.total;2t}万元。

基本支出比上年的{basicExpense.prior;2t}万元增长{basicExpense.changeRate;2}%，主要是调整了工资标准。项目支出上年为{projectExpense.prior;2t}万元，本年增长了 {projectExpense.changeRate;2}%，增长部分主要是年中追加的基金监管专项。三个项目中，医保基金监管专项支出{projects[0].actual;2t}万元，医保信息化运维支出{projects[1].actual;2t}万元，医保经办服务能力建设支出{projects[2].actual;2t}万元。

“三公”经费方面，全年预算{threePublic.total.budget;2}万元，实际支出{threePublic.total.actual;2}万元，比上年的{threePublic.total.prior;2}万元下降{-threePublic.total.changeRate;2}%。分项看：公务接待费预算{threePublic.reception.budget;2}万元，支出{threePublic.reception.actual;2}万元，上年{threePublic.reception.prior;2}万元，同比下降{-threePublic.reception.changeRate;2}%；公务用车运行维护费预算{threePublic.vehicle.budget;2}万元，支出{threePublic.vehicle.actual;2}万元，上年{threePublic.vehicle.prior;2}万元，同比下降{-threePublic.vehicle.changeRate;2;refs=threePublic.vehicle.actual,threePublic.vehicle.prior;#a=9.50~变动率（“三公”段落中的同比下降）~yes~(11.35 − 12.48) ÷ 12.48}%；因公出国（境）费未安排预算，也没有发生支出。

政府采购预算{procurement.budget;2}万元，实际采购{procurement.actual;2}万元，其中货物类{procurement.goods.actual;2}万元、服务类{procurement.services.actual;2}万元，政府采购执行率{procurement.actual/procurement.budget*100;2}%。

## 三、部门整体绩效情况

### （一）履职效能

全年对全市定点医药机构开展现场检查，覆盖率{num(indicators[5].actual);1;lit}%，查处违规使用医保基金的定点医药机构{achievements@punished.value;0;#b=172~计数（家）~no}家，追回医保基金{num(indicators[6].actual);1;lit}万元，超过{num(indicators[6].target);0;lit}万元的年度目标。按照蓼医保发〔2024〕9号文件部署的重点工作全部完成。

### （二）社会效应

基本医保参保率{num(indicators[8].actual);2;lit}%。住院费用异地直接结算率{num(indicators[7].actual);1;lit}%；门诊慢特病费用跨省直接结算率{achievements@chronic.value;1}%，较上年提高了{achievements@chronic.value-achievements@chronic.prior;1;refs=achievements@chronic.value}个百分点。

### （三）满意度

通过线上问卷和窗口评价器收集评价[[2 416;问卷样本数]]条，参保群众满意度{num(indicators[10].actual);1;lit} %。

## 四、自评得分

按照部门整体支出绩效评价的六个维度打分：

| 评价维度 | 指标 | 目标值 | 完成值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 运行成本 | “三公”经费控制率 | ≤{num(indicators[0].target);0;lit}% | {num(indicators[0].actual);2;lit}% | {indicators[0].weight;0} | {indicators[0].score;0} |
| 运行成本 | 在职人员控制率 | ≤{num(indicators[1].target);0;lit}% | {num(indicators[1].actual);2;lit}% | {indicators[1].weight;0} | {indicators[1].score;0} |
| 管理效率 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 管理效率 | 结转结余率 | ≤{num(indicators[2].target);0;lit}% | {num(indicators[2].actual);2;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| 管理效率 | 政府采购执行率 | ≥{num(indicators[3].target);0;lit}% | {num(indicators[3].actual);2;lit}% | {indicators[3].weight;0} | {indicators[3].score;0} |
| 履职效能 | 重点工作完成率 | {num(indicators[4].target);0;lit}% | {num(indicators[4].actual);0;lit}% | {indicators[4].weight;0} | {indicators[4].score;0} |
| 履职效能 | 定点医药机构现场检查覆盖率 | {num(indicators[5].target);0;lit}% | {num(indicators[5].actual);1;lit}% | {indicators[5].weight;0} | {indicators[5].score;2} |
| 履职效能 | 追回医保基金 | ≥{num(indicators[6].target);0;lit}万元 | {num(indicators[6].actual);1;lit}万元 | {indicators[6].weight;0} | {indicators[6].score;0} |
| 社会效应 | 住院费用异地直接结算率 | ≥{num(indicators[7].target);0;lit}% | {num(indicators[7].actual);1;lit}% | {indicators[7].weight;0} | {indicators[7].score;0} |
| 社会效应 | 基本医保参保率 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);2;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 可持续发展能力 | 内部控制制度 | 健全完善 | 已修订完善 | {indicators[9].weight;0} | {indicators[9].score;0} |
| 满意度 | 参保群众满意度 | ≥{num(indicators[10].target);0;lit}% | {num(indicators[10].actual);1;lit}% | {indicators[10].weight;0} | {indicators[10].score;0} |
| 合计 |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[5].score} |

自评总分{scoreSummary.scoreTotal;2}分，等级“{scoreSummary.grade;=优;lit}”。扣分项为预算执行率和现场检查覆盖率：前者是部分信息化运维合同尾款跨年支付，后者是部分零售药店年底才纳入定点管理。

## 五、问题与改进

现场检查尚未做到全覆盖。下一步，新签约的定点机构一律纳入次年首轮检查，并加快信息化项目的验收付款，提高预算执行进度。
`,
};

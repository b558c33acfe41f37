'use strict';
// 11 青篁县气象局——部门，县级，md；按部门整体评价维度打分
module.exports = {
  format: 'md',
  level: '县',
  unitName: '青篁县气象局',
  sector: '气象',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 11：青篁县气象局（虚构）。金额单位：万元。
# 全年预算 = 年初 612.50 + 追加 148.00 = 760.50；执行 731.86 = 基本 398.74 + 项目 333.12；结余结转 28.64。
# 指标按部门整体评价维度（运行成本、管理效率、履职效能、社会效应、可持续发展能力、满意度）设置；预算执行率放在 budgetRate，报告表中归入“管理效率”。
kind: department
version: 2

meta:
  year: 2024
  unit: 青篁县气象局
  shortName: 县气象局
  title: 青篁县气象局2024年度部门整体支出绩效自评报告

staffing:
  authorized: 18
  actual: 16
  retired: 7
  controlRate: 88.89

budget:
  initial: 612.50
  adjustments:
    - { type: 追加, amount: 148.00, reason: 人工影响天气作业补助 }
  total: 760.50
  actual: 731.86
  rate: 96.23
  carryover: 28.64
  sources:
    current: { initial: 612.50, total: 760.50, actual: 731.86 }

basicExpense:
  total: 398.74
  personnel: 342.16
  publicUse: 56.58
  budget: 405.00

projectExpense:
  total: 333.12
  budget: 355.50

projects:
  - { name: 人工影响天气作业, total: 168.00, actual: 162.40 }
  - { name: 气象灾害预警信息发布, total: 96.50, actual: 91.72 }
  - { name: 区域自动气象站运行维护, total: 91.00, actual: 79.00 }

threePublic:
  reception: { prior: 0.80, budget: 0.60, actual: 0.48 }
  vehicle: { prior: 4.60, budget: 4.50, actual: 4.12 }
  total: { prior: 5.40, budget: 5.10, actual: 4.60, changeRate: -14.81 }

budgetRate: { weight: 10, score: 9.62 }

scoreSummary: { weightTotal: 100, scoreTotal: 97.55, grade: 优 }

indicators:
  - { level1: 运行成本, level2: 经济成本, name: “三公”经费控制率, target: ≤100%, actual: 90.2%, weight: 10, score: 10, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤5%, actual: 3.77%, weight: 5, score: 5, direction: negative }
  - { level1: 履职效能, level2: 重点工作, name: 人工影响天气作业, target: ≥40次, actual: 58次, weight: 15, score: 15 }
  - { level1: 履职效能, level2: 重点工作, name: 预警信息发布及时率, target: ≥98%, actual: 99.3%, weight: 10, score: 10 }
  - { level1: 履职效能, level2: 重点工作, name: 区域站数据到报率, target: ≥99%, actual: 99.2%, weight: 10, score: 10 }
  - level1: 社会效应
    level2: 服务效果
    name: 晴雨预报准确率
    target: ≥88%
    actual: 87.6%
    weight: 15
    score: 14.93
  - level1: 可持续发展能力
    level2: 队伍建设
    name: 业务人员培训
    target: ≥20人次
    actual: 16人次
    weight: 10
    score: 8
    deviation: { reason: 省级培训班次减少 }
  - { level1: 满意度, level2: 公众满意度, name: 公众气象服务满意度, target: ≥90%, actual: 92.8%, weight: 15, score: 15 }

achievements:
  - { id: rain_ops, group: 履职效能, topic: 人工影响天气, name: 人工增雨作业, value: 46, unit: 次, prior: 19 }
  - { id: hail_ops, group: 履职效能, topic: 人工影响天气, name: 防雹作业, value: 12, unit: 次 }
  - { id: warnings, group: 履职效能, topic: 预警, name: 发布预警信息, value: 1286, unit: 条 }
  - { id: reach, group: 社会效应, topic: 预警, name: 预警信息覆盖, value: 28.6, unit: 万人 }
  - { id: stations, group: 履职效能, topic: 观测, name: 区域自动气象站, value: 64, unit: 个 }
  - { id: accuracy, group: 社会效应, topic: 预报, name: 晴雨预报准确率, value: 87.6, unit: '%', prior: 85.3 }
  - { id: loss_avoided, group: 社会效应, topic: 效益, name: 减少农业损失, value: 2316, unit: 万元 }
`,
  report: `# 青篁县气象局2024年度部门整体支出绩效自评报告

## 一、部门概况

县气象局实行上级气象部门与县政府双重领导，承担全县天气预报、气象灾害预警、人工影响天气和气象观测站网运行。核定编制{staffing.authorized|0}人，在职{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；退休{staffing.retired|0}人。

## 二、预算执行

值得一提的是，本年追加资金全部用于人工影响天气。年初预算{budget.initial|2}万元，追加{budget.adjustments[0].amount|2}万元，全年预算{budget.total|2}万元，实际支出{budget.actual|2}万元，执行率{budget.rate|1|refs=budget.actual;budget.total}%，结余结转{budget.carryover|2}万元，结转结余率{budget.carryover/budget.total*100|2|refs=budget.carryover;budget.total;indicators[1].actual}%。

基本支出{basicExpense.total|2|refs=budget.actual}万元，占支出总额的{basicExpense.total/budget.actual*100|1|refs=basicExpense.total;budget.actual}%；项目支出{projectExpense.total|2|refs=budget.actual}万元。按项目看：

| | 人工影响天气作业 | 气象灾害预警信息发布 | 区域自动气象站运行维护 |
|---|---:|---:|---:|
| 全年预算（万元） | {projects[0].total|2|u=万元} | {projects[1].total|2|u=万元} | {projects[2].total|2|u=万元} |
| 实际支出（万元） | {projects[0].actual|2|u=万元|refs=projectExpense.total} | {projects[1].actual|2|u=万元|refs=projectExpense.total} | {projects[2].actual|2|u=万元|refs=projectExpense.total} |
| 执行率 | {projects[0].actual/projects[0].total*100|1|refs=projects[0].actual;projects[0].total}% | {projects[1].actual/projects[1].total*100|1|refs=projects[1].actual;projects[1].total}% | {projects[2].actual/projects[2].total*100|1|refs=projects[2].actual;projects[2].total}% |

区域站运维执行率偏低，原因是两个站点的[[4|名称中的数字]]G通信模块由厂家免费更换，预留的维修费未使用。

“三公”经费{threePublic.total.actual|2|refs=threePublic.total.prior}万元，为预算的{threePublic.total.actual/threePublic.total.budget*100|1|refs=threePublic.total.actual;threePublic.total.budget;indicators[0].actual}%，比上年下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%；其中公务用车运行维护费{threePublic.vehicle.actual|2|refs=threePublic.total.actual}万元，公务接待费{threePublic.reception.actual|2|refs=threePublic.total.actual}万元。

## 三、履职成效

**人工影响天气。** 全年开展人工增雨作业{achievements@rain_ops.value|0|refs=indicators[2].actual}次，是上年的{achievements@rain_ops.value/achievements@rain_ops.prior|1|refs=achievements@rain_ops.value;achievements@rain_ops.prior}倍；防雹作业{achievements@hail_ops.value|0|refs=indicators[2].actual}次，两项合计{achievements@rain_ops.value+achievements@hail_ops.value|0|refs=achievements@rain_ops.value;achievements@hail_ops.value;indicators[2].actual}次，每次作业平均花费{projects[0].actual/(achievements@rain_ops.value+achievements@hail_ops.value)|1|refs=projects[0].actual;achievements@rain_ops.value;achievements@hail_ops.value}万元。据农业农村部门估算，减少农业损失约{achievements@loss_avoided.value|=2,300|approx=约}万元。

**预警服务。** 通过短信、大喇叭和“青篁气象”公众号发布预警信息{achievements@warnings.value|0t|#a=1,826~预警条数数字颠倒~no}条，覆盖{achievements@reach.value|1}万人，发布及时率{indicators[3].actual|lit}。

**观测站网。** 全县区域自动气象站{achievements@stations.value|0}个，数据到报率{indicators[4].actual|lit}。

**预报质量。** 从数据上看，晴雨预报准确率由上年的{achievements@accuracy.prior|1}%提高到{achievements@accuracy.value|1|refs=indicators[5].actual}%，提高{achievements@accuracy.value-achievements@accuracy.prior|1|refs=achievements@accuracy.value;achievements@accuracy.prior}个百分点，但仍低于{indicators[5].target|=88|lit}%的目标。

## 四、绩效自评（部门整体评价维度）

| 评价维度 | 指标 | 指标值 | 完成值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 运行成本 | “三公”经费控制率 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal} |
| 管理效率 | 预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight} |
| 管理效率 | 结转结余率 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|0|refs=scoreSummary.scoreTotal} |
| 履职效能 | 人工影响天气作业 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal} |
| 履职效能 | 预警信息发布及时率 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal} |
| 履职效能 | 区域站数据到报率 | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal} |
| 社会效应 | 晴雨预报准确率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|2|refs=scoreSummary.scoreTotal;indicators[5].actual;indicators[5].target|#b=14.39~未达成指标得分改错（87.6 ÷ 88 × 15 = 14.93；各项得分之和与总分97.55不符）~yes~得分与总分} |
| 可持续发展能力 | 业务人员培训 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal;indicators[6].actual;indicators[6].target} |
| 满意度 | 公众气象服务满意度 | {indicators[7].target|lit} | {indicators[7].actual|lit} | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal} |
| 合计 | | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score} |

总体来看，部门整体支出自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。晴雨预报准确率和业务人员培训两项未达成，按比例计分。

## 五、问题与改进

1. 预报准确率未达目标。强对流天气预报能力不足。下一步加强与市气象台的会商，用好[[3|名称中的数字]]公里格点预报产品。
2. 业务培训不足。省级培训班次减少，本局只派出{indicators[6].actual|lit}。下一步开展县级自主培训。

*本报告经局务会审议通过，2025年4月公开。*
`,
};

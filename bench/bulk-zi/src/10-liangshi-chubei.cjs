'use strict';
// 10 县级 部门整体支出 md：岫原县粮食和物资储备中心
module.exports = {
  id: '10', format: 'md', kind: 'department', level: '县',
  unitName: '岫原县粮食和物资储备中心', title: '岫原县粮食和物资储备中心2024年度部门整体支出绩效自评报告',
  sector: '粮食储备 / 储备粮管理',
  styles: ['两行表头的 Markdown 表（上年 / 本年 / 比上年 分组表头）', '预算执行率两种口径（按全年预算 91.80%；剔除年底下达的省级补贴后 98.64%），分别注明',
    '“三公”经费各项预算、决算和同比写在一段', '基本支出和项目支出与上年比较', '“得分9.80分（满分10分）”', '每吨保管费用（万元÷万吨=元/吨）', '仓房栋数、清查次数、文号不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 岫原县（虚构）粮食和物资储备中心 2024年度部门整体支出。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 岫原县粮食和物资储备中心
  shortName: 县粮储中心
  title: 岫原县粮食和物资储备中心2024年度部门整体支出绩效自评报告

staffing:
  authorized: 24
  actual: 22
  controlRate: 91.67

budget:
  initial: 1690
  adjustments:
    - { type: 追加, amount: 272.4, reason: 轮换价差补贴和省级储备粮轮换费用补贴 }
  total: 1962.4
  actual: 1801.56
  rate: 91.8
  carryover: 160.84
  sources:
    current: { initial: 1690, total: 1962.4, actual: 1801.56 }

basicExpense:
  total: 486.22
  personnel: 421.58
  publicUse: 64.64
  budget: 498
  prior: 472.35
  changeRate: 2.94

projectExpense:
  total: 1315.34
  budget: 1464.4
  prior: 1208.77
  changeRate: 8.82

projects:
  - { name: 县级储备粮保管费用补贴, initial: 846, adjustment: 0, total: 846, actual: 838.62, carryover: 7.38 }
  - { name: 储备粮轮换价差补贴, initial: 346, adjustment: 136.4, total: 482.4, actual: 476.72, carryover: 5.68 }
  - { name: 省级储备粮轮换费用补贴, initial: 0, adjustment: 136, total: 136, actual: 0, carryover: 136, inInitialBudget: false }

threePublic:
  reception: { prior: 1.26, budget: 1.5, actual: 0.98, changeRate: -22.22 }
  vehicle: { prior: 4.72, budget: 5, actual: 4.35, changeRate: -7.84 }
  total: { prior: 5.98, budget: 6.5, actual: 5.33, changeRate: -10.87 }

budgetRate: { weight: 10, score: 9.18 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.98, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 县级储备粮规模, target: 2.6万吨, actual: 2.6万吨, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 储备粮轮换数量, target: ≥8600吨, actual: 8715吨, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 储备粮质量达标率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 储备粮宜存率, target: ≥95%, actual: 98.3%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 轮换计划按期完成率, target: 100%, actual: 100%, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 成本指标, name: 每吨年保管费用, target: ≤330元, actual: 322.5元, weight: 5, score: 5, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 粮食应急保障能力, target: 有效保障, actual: 有效保障, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 经济效益指标, name: 储备粮损耗率, target: ≤0.2%, actual: 0.16%, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 可持续影响指标, name: “三公”经费控制率, target: ≤100%, actual: 82%, weight: 10, score: 10, direction: negative }
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 承储企业满意度
    target: ≥90%
    actual: 88.2%
    weight: 10
    score: 9.8
    deviation: { reason: 保管费用补贴拨付偏晚, measure: 按季度预拨补贴 }

achievements:
  - { id: barns, group: 履职效能, topic: 清查, name: 清查仓房, value: 37, unit: 栋 }

problems:
  - id: late
    text: 省级补贴年底才下达，当年未能支出
    cause: 省级资金12月下旬到位
    measure: 与省级部门沟通提前下达
`,
  report: `
# 岫原县粮食和物资储备中心2024年度部门整体支出绩效自评报告

## 一、单位概况

县粮食和物资储备中心是县发展和改革局管理的公益一类事业单位，负责县级储备粮油和应急物资的管理、轮换和监督检查。核定编制{staffing.authorized;0}名，年末在职{staffing.actual;0}人，人员控制率{staffing.controlRate;2}%。

## 二、预算执行情况

### （一）收支总体情况

年初预算{budget.initial;2t}万元，年中追加储备粮轮换价差补贴和省级储备粮轮换费用补贴共{budget.adjustments[0].amount;2t}万元，全年预算{budget.total;2t}万元；全年支出{budget.actual;2t}万元，结转结余{budget.carryover;2t}万元。

关于预算执行率，需要分两种口径说明：

- **按全年预算计算**：{budget.actual;2t} ÷ {budget.total;2t} = {budget.rate;2}%，自评打分采用这一口径；
- **剔除年底下达的省级补贴后计算**：省级储备粮轮换费用补贴{projects[2].total;2}万元于12月下旬才下达，当年无法形成支出，剔除后可用资金{budget.total-projects[2].total;2t;refs=budget.total,projects[2].total}万元，执行率为{budget.actual/(budget.total-projects[2].total)*100;2;refs=budget.actual,budget.total,projects[2].total}%。

### （二）支出结构及与上年比较

| 支出类别 | 上年 | 本年 |  | 比上年 |
|---|---:|---:|---:|---:|
|  | 决算数（万元） | 预算数（万元） | 决算数（万元） | 增减率 |
| 基本支出 | {basicExpense.prior;2t;nu;unit=万元} | {basicExpense.budget;2t;nu;unit=万元} | {basicExpense.total;2t;nu;unit=万元} | {basicExpense.changeRate;2}% |
| 项目支出 | {projectExpense.prior;2t;nu;unit=万元} | {projectExpense.budget;2t;nu;unit=万元} | {projectExpense.total;2t;nu;unit=万元} | {projectExpense.changeRate;2;refs=projectExpense.total,projectExpense.prior;#a=8.28~变动率（两行表头表格单元格）~yes~(1,315.34 − 1,208.77) ÷ 1,208.77 = 8.82%}% |
| 合计 | {basicExpense.prior+projectExpense.prior;2t;nu;unit=万元} | {budget.total;2t;nu;unit=万元} | {budget.actual;2t;nu;unit=万元;refs=basicExpense.total,projectExpense.total} | {(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100;2}% |

基本支出中，人员经费{basicExpense.personnel;2}万元，公用经费{basicExpense.publicUse;2}万元。项目支出包括县级储备粮保管费用补贴{projects[0].actual;2}万元和储备粮轮换价差补贴{projects[1].actual;2}万元，省级储备粮轮换费用补贴当年未支出。

### （三）“三公”经费

“三公”经费预算{threePublic.total.budget;2}万元，实际支出{threePublic.total.actual;2}万元，较上年{threePublic.total.prior;2}万元下降{-threePublic.total.changeRate;2}%。其中，公务接待费预算{threePublic.reception.budget;2}万元、支出{threePublic.reception.actual;2}万元，较上年{threePublic.reception.prior;2}万元下降{-threePublic.reception.changeRate;2}%；公务用车运行维护费预算{threePublic.vehicle.budget;2}万元、支出{threePublic.vehicle.actual;2}万元，较上年{threePublic.vehicle.prior;2}万元下降{-threePublic.vehicle.changeRate;2}%。未安排因公出国（境）费。“三公”经费控制率{threePublic.total.actual/threePublic.total.budget*100;0;refs=threePublic.total.actual,threePublic.total.budget}%。

## 三、履职成效

全县县级储备粮规模保持{num(indicators[0].actual);1;lit}万吨，全年轮换储备粮{num(indicators[1].actual);0t;lit}吨，轮换计划按期完成。按照岫发改粮〔2024〕7号文件要求，开展库存数量和质量大清查[[2;清查次数]]次，清查仓房{achievements@barns.value;0;#b=73~计数（栋）~no}栋，储备粮质量达标率{num(indicators[2].actual);0;lit}%、宜存率{num(indicators[3].actual);1;lit}%，损耗率{num(indicators[7].actual);2;lit}%。按县级储备粮保管费用补贴和储备规模测算，每吨年保管费用{projects[0].actual/num(indicators[0].actual);1;refs=projects[0].actual}元。

承储企业满意度{num(indicators[9].actual);1;lit}%，低于{num(indicators[9].target);0;lit}%的目标，得分{indicators[9].score;2}分（满分{indicators[9].weight;0}分），主要是保管费用补贴拨付偏晚。

## 四、自评得分

| 指标 | 目标值 | 实际值 | 分值 | 得分 |
|---|---|---|---:|---:|
| 预算执行率（按全年预算） | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 县级储备粮规模 | {num(indicators[0].target);1;lit}万吨 | {num(indicators[0].actual);1;lit}万吨 | {indicators[0].weight;0} | {indicators[0].score;0} |
| 储备粮轮换数量 | ≥{num(indicators[1].target);0;lit}吨 | {num(indicators[1].actual);0;lit}吨 | {indicators[1].weight;0} | {indicators[1].score;0} |
| 储备粮质量达标率 | {num(indicators[2].target);0;lit}% | {num(indicators[2].actual);0;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| 储备粮宜存率 | ≥{num(indicators[3].target);0;lit}% | {num(indicators[3].actual);1;lit}% | {indicators[3].weight;0} | {indicators[3].score;0} |
| 轮换计划按期完成率 | {num(indicators[4].target);0;lit}% | {num(indicators[4].actual);0;lit}% | {indicators[4].weight;0} | {indicators[4].score;0} |
| 每吨年保管费用（反向） | ≤{num(indicators[5].target);0;lit}元 | {num(indicators[5].actual);1;lit}元 | {indicators[5].weight;0} | {indicators[5].score;0} |
| 粮食应急保障能力 | 有效保障 | 有效保障 | {indicators[6].weight;0} | {indicators[6].score;0} |
| 储备粮损耗率（反向） | ≤{num(indicators[7].target);1;lit}% | {num(indicators[7].actual);2;lit}% | {indicators[7].weight;0} | {indicators[7].score;0} |
| “三公”经费控制率（反向） | ≤{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);0;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 承储企业满意度 | ≥{num(indicators[9].target);0;lit}% | {num(indicators[9].actual);1;lit}% | {indicators[9].weight;0} | {indicators[9].score;1} |
| 总分 |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[9].score} |

自评总分{scoreSummary.scoreTotal;2}分，等级为“{scoreSummary.grade;=优;lit}”。

## 五、问题和措施

省级补贴年底才下达，当年未能支出，拉低了预算执行率；保管费用补贴拨付偏晚，影响承储企业满意度。下一步将与省级部门沟通提前下达补贴，县级保管费用补贴改为按季度预拨。
`,
};

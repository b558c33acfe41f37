'use strict';
// 07 砚溪市栖凫区退役军人事务局——部门，区级，md
module.exports = {
  format: 'md',
  level: '区',
  unitName: '砚溪市栖凫区退役军人事务局',
  sector: '退役军人事务',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 07：砚溪市栖凫区退役军人事务局（虚构）。金额单位：万元。
# 全年预算 = 年初 3,126.40 + 追加 842.60 − 压减 56.00 = 3,913.00；执行 3,846.25 = 基本 612.48 + 项目 3,233.77；结余结转 66.75。
kind: department
version: 2

meta:
  year: 2024
  unit: 砚溪市栖凫区退役军人事务局
  shortName: 区退役军人事务局
  title: 砚溪市栖凫区退役军人事务局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 28
  actual: 26
  retired: 9
  controlRate: 92.86

budget:
  initial: "3,126.40"
  adjustments:
    - { type: 追加, amount: "842.60", reason: 优抚对象抚恤补助标准提高 }
    - { type: 压减, amount: "56.00", reason: 一般性支出压减 }
  total: "3,913.00"
  actual: "3,846.25"
  rate: 98.29
  carryover: "66.75"
  sources:
    current: { initial: "3,126.40", total: "3,913.00", actual: "3,846.25" }

basicExpense:
  total: "612.48"
  personnel: "528.36"
  publicUse: "84.12"
  budget: "620.00"
  prior: "587.90"
  changeRate: 4.18
  reason: 在职人员调资

projectExpense:
  total: "3,233.77"
  budget: "3,293.00"
  prior: "3,410.52"
  changeRate: -5.18
  reason: 上年一次性安置经费不再发生

projects:
  - { name: 优抚对象抚恤和生活补助, total: "2,486.00", actual: "2,468.30" }
  - { name: 退役士兵安置和就业创业扶持, total: "512.00", actual: "489.47" }
  - { name: 烈士纪念设施维护和褒扬, total: "181.00", actual: "168.00" }
  - { name: 军休服务和双拥工作经费, total: "114.00", actual: "108.00" }

threePublic:
  reception: { prior: 3.86, budget: 3.50, actual: 2.94, changeRate: -23.83 }
  vehicle: { prior: 6.20, budget: 6.00, actual: 5.48, changeRate: -11.61 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 10.06, budget: 9.50, actual: 8.42, changeRate: -16.30 }

procurement:
  budget: 126.00
  actual: 118.64
  goods: { budget: 46.00, actual: 42.80 }
  works: { budget: 0, actual: 0 }
  services: { budget: 80.00, actual: 75.84 }

budgetRate: { weight: 10, score: 9.83 }

scoreSummary: { weightTotal: 100, scoreTotal: 98.16, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 质量指标, name: 抚恤补助按时足额发放率, target: 100%, actual: 100%, weight: 15, score: 15 }
  - { level1: 产出指标, level2: 数量指标, name: 退役士兵安置任务完成率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 退役军人适应性培训, target: ≥300人, actual: 342人, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 烈士纪念设施维修
    target: ≥12处
    actual: 10处
    weight: 10
    score: 8.33
    deviation: { reason: 两处零散烈士墓迁移需家属同意，未能实施 }
  - { level1: 产出指标, level2: 成本指标, name: “三公”经费支出, target: ≤9.50万元, actual: 8.42万元, weight: 5, score: 5, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 退役军人就业率, target: ≥90%, actual: 93.4%, weight: 15, score: 15 }
  - { level1: 效益指标, level2: 社会效益指标, name: 信访事项按期办结率, target: ≥95%, actual: 97.8%, weight: 15, score: 15 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 服务对象满意度, target: ≥90%, actual: 94.12%, weight: 10, score: 10 }

achievements:
  - { id: recipients, group: 履职效能, topic: 优抚, name: 享受抚恤补助的优抚对象, value: 4128, unit: 人 }
  - { id: placed, group: 履职效能, topic: 安置, name: 接收安置退役士兵, value: 186, unit: 人 }
  - { id: trained, group: 履职效能, topic: 培训, name: 参加适应性培训, value: 342, unit: 人 }
  - { id: visits, group: 社会效应, topic: 走访, name: 走访慰问, value: 1350, unit: 户 }
`,
  report: `# 砚溪市栖凫区退役军人事务局2024年度部门整体支出绩效自评报告

## 一、部门概况

区退役军人事务局负责全区退役军人思想政治、移交安置、就业创业、优抚褒扬和权益维护工作，下设办公室、优抚褒扬股、安置就业股和区退役军人服务中心。核定编制{staffing.authorized|0}名，年末在职{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；另有退休人员{staffing.retired|0}人。

## 二、部门收支

年初预算{budget.initial|2t}万元，年中因抚恤补助标准提高追加{budget.adjustments[0].amount|2}万元，压减一般性支出{budget.adjustments[1].amount|2}万元，全年预算{budget.total|2t}万元。全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，年末结余结转{budget.carryover|2}万元。

支出按性质分：基本支出{basicExpense.total|2|refs=budget.actual}万元（人员经费{basicExpense.personnel|2|refs=basicExpense.total}万元、公用经费{basicExpense.publicUse|2|refs=basicExpense.total}万元），项目支出{projectExpense.total|2t|refs=budget.actual}万元，项目支出占总支出的{projectExpense.total/budget.actual*100|2|refs=projectExpense.total;budget.actual}%。

表1　近两年支出对比（万元）

| 项目 | 上年 | 本年 | 增减额 | 增减率 |
|---|---:|---:|---:|---:|
| 基本支出 | {basicExpense.prior|2|u=万元} | {basicExpense.total|2|u=万元|refs=budget.actual} | {basicExpense.total-basicExpense.prior|2p|u=万元|refs=basicExpense.total;basicExpense.prior} | {basicExpense.changeRate|2p|refs=basicExpense.total;basicExpense.prior}% |
| 项目支出 | {projectExpense.prior|2t|u=万元} | {projectExpense.total|2t|u=万元|refs=budget.actual} | {projectExpense.total-projectExpense.prior|2|u=万元|refs=projectExpense.total;projectExpense.prior} | {projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior|#a=-5.81~增减率末两位颠倒（−176.75 ÷ 3,410.52 = −5.18%）~yes~增减率}% |
| “三公”经费 | {threePublic.total.prior|2|u=万元} | {threePublic.total.actual|2|u=万元|refs=threePublic.total.prior} | {threePublic.total.actual-threePublic.total.prior|2|u=万元|refs=threePublic.total.actual;threePublic.total.prior} | {threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}% |

基本支出增加主要是在职人员调资，较上年多出{basicExpense.total-basicExpense.prior|2|refs=basicExpense.total;basicExpense.prior}万元；项目支出减少是因为上年的一次性安置经费本年不再发生。

项目支出分四项：优抚对象抚恤和生活补助{projects[0].actual|2t|refs=projectExpense.total}万元，退役士兵安置和就业创业扶持{projects[1].actual|2|refs=projectExpense.total}万元，烈士纪念设施维护和褒扬{projects[2].actual|2|refs=projectExpense.total}万元，军休服务和双拥工作经费{projects[3].actual|2|refs=projectExpense.total}万元。

## 三、“三公”经费和政府采购

“三公”经费支出{threePublic.total.actual|2|refs=threePublic.total.prior}万元，同比下降{threePublic.total.changeRate|1|refs=threePublic.total.actual;threePublic.total.prior}%，比预算节约{threePublic.total.budget-threePublic.total.actual|2|refs=threePublic.total.budget;threePublic.total.actual}万元。其中公务接待费{threePublic.reception.actual|2|refs=threePublic.total.actual}万元，同比下降{-threePublic.reception.changeRate|2|refs=threePublic.reception.actual;threePublic.reception.prior}%；公务用车运行维护费{threePublic.vehicle.actual|2|refs=threePublic.total.actual}万元，上年为{threePublic.vehicle.prior|2}万元；无因公出国（境）支出。

政府采购预算{procurement.budget|2|#b=162.00~采购预算金额数字颠倒~no}万元，实际采购{procurement.actual|2|refs=procurement.goods.actual}万元，其中货物{procurement.goods.actual|2|refs=procurement.actual}万元、服务{procurement.services.actual|2|refs=procurement.actual}万元。

## 四、履职成效

1. 优抚保障。为{achievements@recipients.value|0t}名优抚对象按月发放抚恤和生活补助，人均约{projects[0].actual*10000/achievements@recipients.value|0t|approx=约|refs=projects[0].actual;achievements@recipients.value}元，发放率{indicators[0].actual|lit}。
2. 移交安置。接收安置退役士兵{achievements@placed.value|0}人，安置任务全部完成；组织适应性培训{achievements@trained.value|0|refs=indicators[2].actual}人，退役军人就业率{indicators[5].actual|lit}。
3. 褒扬纪念。维修烈士纪念设施{indicators[3].actual|lit}，比计划少{num(indicators[3].target)-num(indicators[3].actual)|=两|cn|refs=indicators[3].target;indicators[3].actual}处，原因是零散烈士墓迁移需征得家属同意。清明、9月30日烈士纪念日期间组织祭扫活动[[14|活动场次（数据中无此项）]]场。
4. 走访慰问。“八一”、春节期间走访慰问{achievements@visits.value|0t}户，信访事项按期办结率{indicators[6].actual|lit}。

## 五、绩效自评

| 一级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 预算执行 | 预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight} |
| 产出 | 抚恤补助按时足额发放率 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal} |
| 产出 | 退役士兵安置任务完成率 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|0|refs=scoreSummary.scoreTotal} |
| 产出 | 退役军人适应性培训 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal} |
| 产出 | 烈士纪念设施维修 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|2|refs=scoreSummary.scoreTotal;indicators[3].actual;indicators[3].target} |
| 产出 | “三公”经费支出（成本） | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal} |
| 效益 | 退役军人就业率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|0|refs=scoreSummary.scoreTotal} |
| 效益 | 信访事项按期办结率 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal} |
| 满意度 | 服务对象满意度 | {indicators[7].target|lit} | {indicators[7].actual|lit} | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal} |
| 合计 | | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score} |

自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级为{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。

## 六、问题和下一步打算

（一）零散烈士墓集中迁移进展慢。下一步逐户上门做好家属工作，争取2025年内完成。

（二）退役军人就业质量不高。灵活就业占比较大。下一步与区内重点企业签订定向招聘协议。
`,
};

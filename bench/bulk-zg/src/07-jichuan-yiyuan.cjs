'use strict';
// 07 霁川市中心医院——部门整体支出，市级，Markdown
// 写法：基础数据表一行两对“项目—数值”（Markdown 表）；财政拨款与事业收入两类来源；亿元与万元；
// 床位使用率“下降X个百分点”、平均住院日“缩短X天”；次均门诊费用（反向）；三公经费同比；政府采购分货物/工程/服务。
module.exports = {
  id: '07',
  slug: 'jichuan-yiyuan',
  format: 'md',
  kind: 'department',
  level: '市',
  name: '霁川市中心医院',
  title: '霁川市中心医院2024年度部门整体支出绩效自评报告',
  style: '基础数据表一行两对（Markdown）；财政拨款与事业收入；亿元；下降X个百分点、缩短X天；次均费用（反向）；三公同比；政府采购分类',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 霁川市中心医院 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
# 收支含财政拨款和事业收入（其他资金）。
kind: department
version: 2

meta:
  year: 2024
  unit: 霁川市中心医院
  shortName: 市中心医院
  title: 霁川市中心医院2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 1650
  actual: 1586
  retired: 412
  controlRate: 96.12

background:
  functions: [医疗服务, 急危重症救治, 医学教学和科研, 公共卫生任务, 对口帮扶基层]
  organization: [临床科室, 医技科室, 职能部门]

budget:
  initial: 98600
  adjustments:
    - { type: 追加, amount: 4800, reason: 事业收入增加 }
    - { type: 追加, amount: 1650, reason: 省级公立医院改革补助 }
  total: 105050
  actual: 102386.47
  rate: 97.46
  carryover: 2663.53
  sources:
    current: { initial: 7000, total: 8650, actual: 8431.26 }
    other: { initial: 91600, total: 96400, actual: 93955.21 }

basicExpense:
  total: 61274.35
  personnel: 52180.62
  publicUse: 9093.73
  prior: "57936.10"
  changeRate: 5.76
  reason: 绩效工资调整和新增人员

projectExpense:
  total: 41112.12
  prior: "39854.30"
  changeRate: 3.16
  reason: 诊疗量增加带动药品卫材支出增长

projects:
  - { name: 药品和卫生材料, actual: 28406.55 }
  - { name: 医疗设备购置, actual: "6218.40" }
  - { name: 公立医院改革补助项目, actual: 1612.37 }
  - { name: 重点专科建设, actual: 1860 }
  - { name: 院区维修改造, actual: "3014.80" }

threePublic:
  vehicle: { prior: "38.60", budget: 42, actual: 35.84, changeRate: -7.15 }
  reception: { prior: "6.20", budget: 8, actual: 4.73, changeRate: -23.71 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: "44.80", budget: 50, actual: 40.57, changeRate: -9.44 }

procurement:
  budget: 7200
  actual: 6847.35
  goods: { budget: 5900, actual: 5612.48 }
  works: { budget: 800, actual: "760.20" }
  services: { budget: 500, actual: 474.67 }

assets:
  total: 186420.55
  fixed: 98760.32

budgetRate:
  weight: 10
  score: 9.75

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 门急诊人次, target: ≥120万人次, actual: 126.8万人次, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 床位使用率, target: ≥90%, actual: 93.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 平均住院日, target: ≤7.5天, actual: 7.2天, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 成本指标, name: 次均门诊费用, target: ≤300元, actual: 286.4元, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 数量指标, name: 出院人次, target: ≥6万人次, actual: 6.42万人次, weight: 10, score: 10 }
  - level1: 效益指标
    level2: 社会效益指标
    name: 三级手术占比
    target: ≥40%
    actual: 38%
    weight: 10
    score: 9.5
    deviation: { reason: 部分四级手术医师外出进修, measure: 加强手术分级管理和人才梯队建设 }
  - { level1: 效益指标, level2: 社会效益指标, name: 对口帮扶基层医疗机构, target: ≥8家, actual: 9家, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 新增省级重点专科, target: ≥2个, actual: 2个, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 患者满意度, target: ≥92%, actual: 94.1%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.25
  grade: 优

achievements:
  - { id: outpatients, topic: 医疗服务, name: 门急诊, value: 126.8, unit: 万人次, prior: 118.3, changeRate: 7.19 }
  - { id: discharges, topic: 医疗服务, name: 出院, value: 6.42, unit: 万人次 }
  - { id: surgeries, topic: 医疗服务, name: 手术, value: 3.18, unit: 万台 }
  - { id: beds, topic: 医疗服务, name: 实际开放床位, value: 1480, unit: 张 }
  - { id: bed_use, topic: 运行效率, name: 床位使用率, value: 93.6, unit: '%', prior: 95.1 }
  - { id: stay, topic: 运行效率, name: 平均住院日, value: 7.2, unit: 天, prior: 7.9 }
  - { id: visit_cost, topic: 费用控制, name: 次均门诊费用, value: 286.4, unit: 元 }
  - { id: aid, topic: 帮扶, name: 对口帮扶基层医疗机构, value: 9, unit: 家 }

problems:
  - id: surgery
    text: 三级手术占比未达目标
    cause: 部分骨干医师外出进修
    measure: 加强手术分级管理和人才梯队建设
  - id: cost
    text: 人员经费增长较快
    cause: 绩效工资调整和新增人员
    measure: 严控编外用工，优化人员结构
`,
  body: `
# 霁川市中心医院2024年度部门整体支出绩效自评报告

## 一、部门基本情况

### （一）职能和机构

霁川市中心医院是市卫生健康委员会所属的三级甲等综合医院，承担全市医疗服务、急危重症救治、医学教学科研、公共卫生任务和对口帮扶基层等职能，设临床、医技科室和职能部门。

### （二）基础数据

| 项目 | 数值 | 项目 | 数值 |
|---|---|---|---|
| 编制数 | {staffing.authorized|0t}人 | 在编在岗人数 | {staffing.actual|0t}人 |
| 人员控制率 | {staffing.controlRate|2|refs=staffing.actual;staffing.authorized,#a}% | 退休人员 | {staffing.retired|0}人 |
| 实际开放床位 | {achievements@beds.value|0t}张 | 床位使用率 | {indicators[1].actual||lit} |
| 全年预算 | {budget.total|2t}万元 | 全年支出 | {budget.actual|2t}万元 |
| 资产总额 | {assets.total|2t}万元 | 其中固定资产 | {assets.fixed|2t}万元 |

## 二、部门整体支出情况

### （一）收支预算

年初预算{budget.initial|2t}万元。年内因诊疗量增加相应调增事业支出预算{budget.adjustments[0].amount|2t}万元，省财政下达公立医院改革补助{budget.adjustments[1].amount|2t}万元，全年预算调整为{budget.total|2t}万元（约{budget.total/10000|2|approx=约}亿元）。其中财政拨款{budget.sources.current.total|2t}万元，事业收入和其他收入{budget.sources.other.total|2t}万元。

### （二）支出执行

全年支出{budget.actual|2t}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%，结转{budget.carryover|2t}万元。财政拨款支出{budget.sources.current.actual|2t}万元，执行率{budget.sources.current.actual/budget.sources.current.total*100|2}%。

| 支出类别 | 本年（万元） | 上年（万元） | 增减 |
|---|---:|---:|---:|
| 基本支出 | {basicExpense.total|2t|u=万元} | {basicExpense.prior|2t|u=万元} | {basicExpense.changeRate|2|refs=basicExpense.total;basicExpense.prior}% |
| 项目支出 | {projectExpense.total|2t|u=万元} | {projectExpense.prior|2t|u=万元} | {projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior}% |

基本支出中，人员经费{basicExpense.personnel|2t}万元，占{basicExpense.personnel/basicExpense.total*100|2}%，增长较快主要是绩效工资调整和新增人员；公用经费{basicExpense.publicUse|2t}万元。项目支出中，药品和卫生材料{projects[0].actual|2t}万元，医疗设备购置{projects[1].actual|2t}万元，公立医院改革补助项目{projects[2].actual|2t}万元，重点专科建设{projects[3].actual|2t}万元，院区维修改造{projects[4].actual|2t}万元。

### （三）“三公”经费

单位：万元

| 项目 | 上年决算 | 本年预算 | 本年决算 | 同比 |
|---|---:|---:|---:|---:|
| 公务用车购置及运行维护费 | {threePublic.vehicle.prior|2|u=万元} | {threePublic.vehicle.budget|2|u=万元} | {threePublic.vehicle.actual|2|u=万元} | {threePublic.vehicle.changeRate|2|refs=threePublic.vehicle.actual;threePublic.vehicle.prior}% |
| 公务接待费 | {threePublic.reception.prior|2|u=万元} | {threePublic.reception.budget|2|u=万元} | {threePublic.reception.actual|2|u=万元} | {threePublic.reception.changeRate|2|refs=threePublic.reception.actual;threePublic.reception.prior}% |
| 因公出国（境）费 | {threePublic.overseas.prior|0|u=万元} | {threePublic.overseas.budget|0|u=万元} | {threePublic.overseas.actual|0|u=万元} | — |
| 合计 | {threePublic.total.prior|2|u=万元} | {threePublic.total.budget|2|u=万元} | {threePublic.total.actual|2|u=万元} | {threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}% |

“三公”经费决算比预算节约{threePublic.total.budget-threePublic.total.actual|2}万元。

### （四）政府采购

全年政府采购预算{procurement.budget|2t}万元，实际采购{procurement.actual|2t}万元，其中货物{procurement.goods.actual|2t}万元、工程{procurement.works.actual|2}万元、服务{procurement.services.actual|2}万元。

## 三、绩效情况

### （一）医疗服务量

全年门急诊{achievements@outpatients.value|1}万人次，同比增长{achievements@outpatients.changeRate|2|refs=achievements@outpatients.value}%；出院{achievements@discharges.value|2}万人次；完成手术{achievements@surgeries.value|2|#b}万台。

### （二）运行效率

床位使用率{achievements@bed_use.value|1}%，比上年下降{achievements@bed_use.prior-achievements@bed_use.value|1}个百分点；平均住院日{achievements@stay.value|1}天，比上年缩短{achievements@stay.prior-achievements@stay.value|1}天，低于{indicators[2].target|=7.5|lit}天的目标。

### （三）费用控制

次均门诊费用{achievements@visit_cost.value|1}元，控制在{indicators[3].target|=300|lit}元以内。

### （四）社会效益

三级手术占比{indicators[5].actual||lit}，未达到{indicators[5].target||lit}的目标；对口帮扶基层医疗机构{achievements@aid.value|0}家，新增省级重点专科{indicators[7].actual||lit}。

### （五）满意度

第三方调查显示患者满意度{indicators[8].actual||lit}。

## 四、自评结果

| 指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---:|---:|
| 预算执行率 | — | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate} |
| 门急诊人次 | {indicators[0].target||lit} | {indicators[0].actual||lit,refs=achievements@outpatients.value} | {indicators[0].weight|0} | {indicators[0].score|0} |
| 床位使用率 | {indicators[1].target||lit} | {indicators[1].actual||lit,refs=achievements@bed_use.value} | {indicators[1].weight|0} | {indicators[1].score|0} |
| 平均住院日 | {indicators[2].target||lit} | {indicators[2].actual||lit,refs=achievements@stay.value} | {indicators[2].weight|0} | {indicators[2].score|0} |
| 次均门诊费用 | {indicators[3].target||lit} | {indicators[3].actual||lit,refs=achievements@visit_cost.value} | {indicators[3].weight|0} | {indicators[3].score|0} |
| 出院人次 | {indicators[4].target||lit} | {indicators[4].actual||lit,refs=achievements@discharges.value} | {indicators[4].weight|0} | {indicators[4].score|0} |
| 三级手术占比 | {indicators[5].target||lit} | {indicators[5].actual||lit} | {indicators[5].weight|0} | {indicators[5].score|1} |
| 对口帮扶基层医疗机构 | {indicators[6].target||lit} | {indicators[6].actual||lit,refs=achievements@aid.value} | {indicators[6].weight|0} | {indicators[6].score|0} |
| 新增省级重点专科 | {indicators[7].target||lit} | {indicators[7].actual||lit} | {indicators[7].weight|0} | {indicators[7].score|0} |
| 患者满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0} |
| 合计 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2} |

自评得分{scoreSummary.scoreTotal|2}分，等级“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

## 五、存在的问题和改进措施

（一）三级手术占比未达目标。部分骨干医师外出进修，手术能力阶段性下降。下一步加强手术分级管理和人才梯队建设。

（二）人员经费增长较快。下一步严控编外用工，优化人员结构，把人员经费占比控制在合理区间。

霁川市中心医院
[[2025|年份]]年[[4|月份]]月[[10|日期]]日
`,
  bad: {
    a: { new: '96.13', kind: '控制率末位加一（基础数据表）', internal: 'yes', relation: '在编在岗1,586 ÷ 编制1,650 = 96.12%' },
    b: { new: '3.17', kind: '末位减一', internal: 'no' },
  },
};

'use strict';
module.exports = {
  id: '10',
  slug: 'chengguan-ju',
  format: 'md',
  kind: 'department',
  level: '区',
  unit: '棠溆市沅桥区城市管理综合执法局',
  sector: '城市管理',
  styles: ['大模型风格 Markdown：加粗标签 + 列表，多级列表', '成效表带“单位”列', '增减列无变动写“-”', '九成以上（几成）', '在职人员与协管员分开写（协管员不计入控制率）', '按部门整体评价维度打分（运行成本、管理效率、履职效能、社会效应、满意度）', '热线12319/12345、考核排名、机扫频次区间“2～3遍”等不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 10：棠溆市沅桥区城市管理综合执法局（部门整体支出，区级）。全部为虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 棠溆市沅桥区城市管理综合执法局
  shortName: 区城管局
  title: 沅桥区城市管理综合执法局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 64
  actual: 61
  priorActual: 58
  retired: 17
  controlRate: 95.31

background:
  functions:
    - 市容环境卫生管理
    - 城市管理综合执法
    - 数字城管平台运行
  organization: [办公室, 市容环卫科, 执法督察科, 数字城管指挥中心, 环卫所]

budget:
  initial: 6218
  adjustments:
    - { type: 追加, amount: "1,046.50", reason: 背街小巷提质改造 }
    - { type: 追加, amount: 380, reason: 环卫车辆更新 }
  total: "7,644.50"
  actual: "7,402.83"
  rate: 96.84
  carryover: 241.67

basicExpense:
  total: "2,316.74"
  personnel: "1,987.20"
  publicUse: 329.54
  budget: 2352
  prior: "2,208.15"
  changeRate: 4.92
  reason: 新招录人员和工资调整

projectExpense:
  total: "5,086.09"
  budget: "5,292.50"
  prior: "4,637.92"
  changeRate: 9.66
  reason: 背街小巷提质改造追加

projects:
  - { name: 城区道路清扫保洁, initial: 2460, total: 2460, actual: "2,437.18" }
  - { name: 背街小巷提质改造, initial: 820, adjustment: "1,046.50", total: "1,866.50", actual: "1,742.36" }
  - { name: 环卫车辆更新, initial: 280, adjustment: 380, total: 660, actual: "652.80" }
  - { name: 数字城管平台运行, initial: 306, total: 306, actual: 253.75 }

threePublic:
  reception: { prior: 1.24, budget: "1.50", actual: 0.98, changeRate: -20.97 }
  vehicle: { prior: "28.60", budget: 30, actual: 26.14, changeRate: "-8.60" }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 29.84, budget: "31.50", actual: 27.12, changeRate: -9.12 }

procurement:
  budget: 1020
  actual: 986.42
  goods: { budget: 680, actual: 671.26 }
  services: { budget: 340, actual: 315.16 }

budgetRate:
  weight: 10
  score: 9.68

indicators:
  - { level1: 运行成本, level2: 经费控制, name: “三公”经费控制率, target: ≤100%, actual: "86.10%", weight: 5, score: 5, direction: negative }
  - { level1: 运行成本, level2: 人员控制, name: 在职人员控制率, target: ≤100%, actual: 95.31%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 采购管理, name: 政府采购执行率, target: ≥95%, actual: 96.71%, weight: 5, score: 5 }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤5%, actual: 3.16%, weight: 5, score: 5, direction: negative }
  - { level1: 履职效能, level2: 市容环卫, name: 城区主次干道机械化清扫率, target: ≥90%, actual: 93.6%, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 市容环卫
    name: 完成背街小巷提质改造
    target: 48条
    actual: 44条
    weight: 10
    score: 9.17
    deviation: { reason: 4条巷道涉及地下管网迁改，须与燃气和通信管线同步施工, measure: 2025年上半年完工 }
  - { level1: 履职效能, level2: 数字城管, name: 数字城管案件结案率, target: ≥95%, actual: 97.8%, weight: 10, score: 10 }
  - { level1: 履职效能, level2: 装备保障, name: 更新环卫车辆, target: 22辆, actual: 22辆, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 群众诉求, name: 城市管理类投诉办结率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 市容考评, name: 市容环境卫生考评得分, target: ≥90分, actual: 92.6分, weight: 10, score: 10 }
  - { level1: 满意度, level2: 服务对象满意度, name: 市民满意度, target: ≥85%, actual: 91.7%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.85
  grade: 优

achievements:
  - { id: area, group: 城区道路清扫保洁, topic: 清扫保洁, name: 道路清扫保洁面积, value: 612, unit: 万平方米 }
  - { id: cases, group: 履职效能, topic: 数字城管, name: 数字城管立案, value: 42318, unit: 件 }
  - { id: illegal, group: 履职效能, topic: 执法, name: 拆除违法建设, value: 1.86, unit: 万平方米 }
  - { id: shops, group: 社会效应, topic: 门前三包, name: 签订门前三包责任书的沿街商户, value: 3742, unit: 户 }

problems:
  - id: lanes
    text: 背街小巷改造未全部完成
    cause: 涉及地下管网迁改
    measure: 与管线单位同步施工
  - id: platform
    text: 数字城管平台运行项目执行率偏低
    cause: 视频感知设备采购流标后重新招标
    measure: 提前做好市场调查和采购需求论证
`,
  report: `
# 沅桥区城市管理综合执法局2024年度部门整体支出绩效自评报告

## 一、部门概况

区城市管理综合执法局负责全区市容环境卫生管理、城市管理领域综合执法和数字城管平台运行，内设办公室、市容环卫科、执法督察科、数字城管指挥中心，下设环卫所。

**人员情况**

- **编制数**：〖staffing.authorized|0〗名（含事业编制）
- **在职人数**：〖staffing.actual|0〗人，比上年增加〖staffing.actual-staffing.priorActual|0〗人，为当年新招录
- **人员控制率**：〖staffing.controlRate|2〗%
- **离退休人员**：〖staffing.retired|0〗人
- **协管员**：⟨126|协管员人数，数据无此项⟩人，由劳务派遣公司派遣，不计入人员控制率

## 二、部门整体支出情况

### （一）预算执行

- **年初预算**：〖budget.initial|2t〗万元
- **年中追加**：〖budget.adjustments[0].amount+budget.adjustments[1].amount|2t〗万元，其中背街小巷提质改造〖budget.adjustments[0].amount|2t〗万元、环卫车辆更新〖budget.adjustments[1].amount|2〗万元
- **全年预算**：〖budget.total|2t〗万元
- **全年支出**：〖budget.actual|2t〗万元
- **结转结余**：〖budget.carryover|2〗万元，结转结余率〖budget.carryover/budget.total*100|2〗%
- **预算执行率**：〖budget.rate|2〗%

### （二）支出结构

| 项目 | 上年决算（万元） | 本年预算（万元） | 本年决算（万元） | 增减率 |
|---|---:|---:|---:|---:|
| 基本支出 | 〖basicExpense.prior|2t|unit=万元〗 | 〖basicExpense.budget|2t|unit=万元〗 | 〖basicExpense.total|2t|unit=万元〗 | 〖basicExpense.changeRate|2+〗% |
| 其中：人员经费 | - | - | 〖basicExpense.personnel|2t|unit=万元〗 | - |
| 　　　公用经费 | - | - | 〖basicExpense.publicUse|2|unit=万元〗 | - |
| 项目支出 | 〖projectExpense.prior|2t|unit=万元〗 | 〖projectExpense.budget|2t|unit=万元〗 | 〖projectExpense.total|2t|unit=万元〗 | 〖projectExpense.changeRate|2+〗% |
| 合计 | 〖basicExpense.prior+projectExpense.prior|2t|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100|2+〗% |

项目支出增长较多，主要是背街小巷提质改造年中追加了资金。

### （三）项目执行

- **城区道路清扫保洁**：主次干道每天机扫⟨2|区间⟩～⟨3|区间⟩遍，全年预算〖projects[0].total|2t〗万元，支出〖projects[0].actual|2t〗万元，执行率〖projects[0].actual/projects[0].total*100|2〗%
- **背街小巷提质改造**：全年预算〖projects[1].total|2t〗万元（年初〖projects[1].initial|2〗万元），支出〖projects[1].actual|2t〗万元，执行率〖projects[1].actual/projects[1].total*100|2〗%
- **环卫车辆更新**：全年预算〖projects[2].total|2〗万元，支出〖projects[2].actual|2〗万元，执行率〖projects[2].actual/projects[2].total*100|2〗%
- **数字城管平台运行**：全年预算〖projects[3].total|2〗万元，支出〖projects[3].actual|2〗万元，执行率〖projects[3].actual/projects[3].total*100|2〗%，主要是视频感知设备采购第一次招标流标，重新招标后延至⟨12|日期⟩月才签订合同

### （四）“三公”经费

| 项目 | 上年决算（万元） | 本年预算（万元） | 本年决算（万元） | 比上年增减 |
|---|---:|---:|---:|---:|
| 公务接待费 | 〖threePublic.reception.prior|2|unit=万元〗 | 〖threePublic.reception.budget|2|unit=万元〗 | 〖threePublic.reception.actual|2|unit=万元〗 | 〖threePublic.reception.changeRate|2〗% |
| 公务用车运行维护费 | 〖threePublic.vehicle.prior|2|unit=万元〗 | 〖threePublic.vehicle.budget|2|unit=万元〗 | 〖threePublic.vehicle.actual|2|unit=万元〗 | 〖threePublic.vehicle.changeRate|2〗% |
| 因公出国（境）费 | - | - | - | - |
| 合计 | 〖threePublic.total.prior|2|unit=万元〗 | 〖threePublic.total.budget|2|unit=万元〗 | 〖threePublic.total.actual|2|unit=万元〗 | 〖threePublic.total.changeRate|2〗% |

“三公”经费决算为预算的〖threePublic.total.actual/threePublic.total.budget*100|2〗%。

### （五）政府采购

- **采购预算**：〖procurement.budget|2t〗万元
- **实际采购**：〖procurement.actual|2〗万元，执行率〖procurement.actual/procurement.budget*100|2〗%
  - 货物类：〖procurement.goods.actual|2|refs=procurement.actual,procurement.services.actual|a=617.26~金额（多级列表）~yes~货物类与服务类之和应等于实际采购986.42万元〗万元（主要是环卫车辆）
  - 服务类：〖procurement.services.actual|2〗万元（主要是道路清扫保洁外包）

## 三、部门整体绩效情况

### （一）主要工作成效

| 工作内容 | 单位 | 完成数 |
|---|---|---:|
| 道路清扫保洁面积 | 万平方米 | 〖achievements@area.value|0|unit=万平方米〗 |
| 城区主次干道机械化清扫率 | % | 〖num(indicators[4].actual)|1|lit|unit=%〗 |
| 完成背街小巷提质改造 | 条 | 〖num(indicators[5].actual)|0|lit|unit=条〗 |
| 更新环卫车辆 | 辆 | 〖num(indicators[7].actual)|0|lit|unit=辆〗 |
| 数字城管立案 | 件 | 〖achievements@cases.value|0t|unit=件〗 |
| 数字城管案件结案率 | % | 〖num(indicators[6].actual)|1|lit|unit=%〗 |
| 拆除违法建设 | 万平方米 | 〖achievements@illegal.value|2|unit=万平方米〗 |
| 签订门前三包责任书的沿街商户 | 户 | 〖achievements@shops.value|0t|unit=户|b=3,472~计数（成效表，单位在“单位”列）~no〗 |

### （二）社会效应和满意度

- **群众诉求**：通过⟨12319|服务热线⟩城管服务热线和⟨12345|服务热线⟩政务服务便民热线转办的城市管理类投诉全部办结，办结率〖num(indicators[8].actual)|0|lit〗%。
- **市容考评**：全市市容环境卫生考评得分〖num(indicators[9].actual)|1|lit〗分，在⟨6|城区个数⟩个城区中排第⟨2|排名，数据无此项⟩位。
- **市民满意度**：第三方电话调查满意度〖num(indicators[10].actual)|1|lit〗%，〖num(indicators[10].actual)|0|style=cheng|approx=以上〗以上的受访市民认为背街小巷改造后出行和环境明显改善。

## 四、自评得分

| 评价维度 | 指标 | 目标值 | 实际值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 运行成本 | “三公”经费控制率 | ≤〖num(indicators[0].target)|0|lit〗% | 〖num(indicators[0].actual)|2|lit〗% | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| 运行成本 | 在职人员控制率 | ≤〖num(indicators[1].target)|0|lit〗% | 〖num(indicators[1].actual)|2|lit〗% | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| 管理效率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| 管理效率 | 政府采购执行率 | ≥〖num(indicators[2].target)|0|lit〗% | 〖num(indicators[2].actual)|2|lit〗% | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| 管理效率 | 结转结余率 | ≤〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|2|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 履职效能 | 城区主次干道机械化清扫率 | ≥〖num(indicators[4].target)|0|lit〗% | 〖num(indicators[4].actual)|1|lit〗% | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 履职效能 | 完成背街小巷提质改造 | 〖num(indicators[5].target)|0|lit〗条 | 〖num(indicators[5].actual)|0|lit〗条 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|2|unit=分〗 |
| 履职效能 | 数字城管案件结案率 | ≥〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|1|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| 履职效能 | 更新环卫车辆 | 〖num(indicators[7].target)|0|lit〗辆 | 〖num(indicators[7].actual)|0|lit〗辆 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 社会效应 | 城市管理类投诉办结率 | 〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|0|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 社会效应 | 市容环境卫生考评得分 | ≥〖num(indicators[9].target)|0|lit〗分 | 〖num(indicators[9].actual)|1|lit〗分 | 〖indicators[9].weight|0|unit=分〗 | 〖indicators[9].score|0|unit=分〗 |
| 满意度 | 市民满意度 | ≥〖num(indicators[10].target)|0|lit〗% | 〖num(indicators[10].actual)|1|lit〗% | 〖indicators[10].weight|0|unit=分〗 | 〖indicators[10].score|0|unit=分〗 |
| **合计** | | | | **〖scoreSummary.weightTotal|0|unit=分〗** | **〖scoreSummary.scoreTotal|2|unit=分|refs=indicators[5].score,budgetRate.score〗** |

- **自评总分**：〖scoreSummary.scoreTotal|2〗分
- **自评等级**：优
- **扣分原因**：背街小巷提质改造完成〖num(indicators[5].actual)|0|lit〗条，比计划少〖num(indicators[5].target)-num(indicators[5].actual)|0〗条，按比例得〖indicators[5].score|2〗分；预算执行率得〖budgetRate.score|2〗分

## 五、存在的问题及改进措施

1. **背街小巷改造未全部完成**。剩余巷道涉及燃气、通信等地下管线迁改，须与管线单位同步施工。下一步与管线单位联合排定工期，2025年⟨6|日期⟩月底前全部完工。
2. **数字城管平台运行项目执行率偏低**。该项目结余〖projects[3].total-projects[3].actual|2〗万元，原因是视频感知设备第一次招标流标。下一步提前做好市场调查和采购需求论证，避免流标。
`,
};

'use strict';
module.exports = {
  id: '07',
  slug: 'gongjijin-zhongxin',
  format: 'md',
  kind: 'department',
  level: '市',
  unit: '棠溆市住房公积金管理中心',
  sector: '住房公积金管理',
  styles: ['会计减号△写在增减额、增减率列（△136.24、△9.16%），无变动写“-”', '千分率‰（个贷逾期率0.21‰、≤0.3‰）', '亿元与万元同句（约4.86亿元，其中8,420万元）', '上年数写在括号里（2,864.35万元（上年2,791.40万元））', '同比持平', '方括号脚注[1]', '人员控制率、结转结余（算式）', '管理部个数、热线12329、贷款期限区间“5—30年”不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 07：棠溆市住房公积金管理中心（部门整体支出，市级）。全部为虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 棠溆市住房公积金管理中心
  shortName: 市公积金中心
  title: 棠溆市住房公积金管理中心2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 86
  actual: 79
  priorActual: 81
  retired: 23
  controlRate: 91.86

background:
  functions:
    - 住房公积金归集、提取和个人住房贷款
    - 住房公积金政策宣传和缴存扩面
    - 住房公积金资金运用风险防控
  organization: [综合科, 归集科, 信贷科, 财务审计科, 信息科, 稽核科]

budget:
  initial: "4,126.30"
  adjustments:
    - { type: 追加, amount: "318.60", reason: 住房公积金信息系统升级改造 }
    - { type: 压减, amount: 96, reason: 公用经费压减 }
  total: "4,348.90"
  actual: "4,215.77"
  rate: 96.94
  carryover: 133.13

basicExpense:
  total: "2,864.35"
  personnel: "2,418.72"
  publicUse: 445.63
  budget: 2902
  prior: "2,791.40"
  changeRate: 2.61
  reason: 职工基本工资和社会保险缴费基数调整

projectExpense:
  total: "1,351.42"
  budget: "1,446.90"
  prior: "1,487.66"
  changeRate: -9.16
  reason: 上年网点装修改造项目已完成

projects:
  - { name: 住房公积金信息系统升级改造, initial: 420, adjustment: "318.60", total: "738.60", actual: 701.35 }
  - { name: 归集扩面和政策宣传, initial: 186, total: 186, actual: 172.64 }
  - { name: 服务网点租赁及运维, initial: "318.30", total: "318.30", actual: 309.18 }
  - { name: 贷后管理和风险防控, initial: 204, total: 204, actual: 168.25 }

threePublic:
  reception: { prior: 3.86, budget: "4.20", actual: 3.12, changeRate: -19.17 }
  vehicle: { prior: "11.40", budget: 12, actual: "11.40", changeRate: 0 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 15.26, budget: "16.20", actual: 14.52, changeRate: -4.85 }

procurement:
  budget: "612.40"
  actual: 586.73
  goods: { budget: 168, actual: 159.26 }
  services: { budget: "444.40", actual: 427.47 }
  smallBusiness: "412.50"

budgetRate:
  weight: 10
  score: 9.69

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 住房公积金归集额, target: ≥46亿元, actual: 48.73亿元, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 发放个人住房公积金贷款
    target: ≥32亿元
    actual: 29.86亿元
    weight: 10
    score: 9.33
    deviation: { reason: 全市商品住房成交量下降，贷款需求减少, measure: 落实多子女家庭和首套房贷款额度上浮政策 }
  - { level1: 产出指标, level2: 数量指标, name: 新增缴存职工, target: ≥3.2万人, actual: 3.46万人, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 个贷逾期率, target: ≤0.3‰, actual: 0.21‰, weight: 10, score: 10, direction: negative }
  - { level1: 产出指标, level2: 时效指标, name: 提取业务平均办结时间, target: ≤3个工作日, actual: 1.5个工作日, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 公积金个人住房贷款市场占有率, target: ≥20%, actual: 22.6%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 线上业务办理占比, target: ≥85%, actual: 91.3%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 住房公积金资金运用率, target: ≥85%, actual: 88.9%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 缴存职工满意度, target: ≥92%, actual: 97.1%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.02
  grade: 优

achievements:
  - { id: balance, group: 履职效能, topic: 归集, name: 年末缴存余额, value: 312.46, unit: 亿元 }
  - { id: withdrawals, group: 履职效能, topic: 提取, name: 全年提取住房公积金, value: 35.92, unit: 亿元 }
  - { id: rent, group: 履职效能, topic: 提取, name: 其中租房提取, value: 1.37, unit: 亿元 }
  - { id: rent_people, group: 履职效能, topic: 提取, name: 租房提取惠及职工, value: 2.18, unit: 万人 }
  - { id: loans, group: 履职效能, topic: 贷款, name: 发放贷款笔数, value: 6318, unit: 笔 }
  - { id: interest, group: 社会效应, topic: 节约利息, name: 累计为贷款职工节约利息支出, value: 4.86, unit: 亿元, approx: 约 }
  - { id: interest_new, group: 社会效应, topic: 节约利息, name: 其中本年新发放贷款节约, value: 8420, unit: 万元 }
  - { id: flexible, group: 社会效应, topic: 扩面, name: 灵活就业人员新开户, value: 5273, unit: 人 }

problems:
  - id: loans
    text: 个人住房贷款发放未达目标
    cause: 商品住房成交量下降
    measure: 落实首套房和多子女家庭贷款支持政策
  - id: project_rate
    text: 贷后管理项目执行率偏低
    cause: 委托催收服务采购延后
    measure: 提前开展服务采购

application:
  - 自评结果报市财政局并在中心网站公开
`,
  report: `
# 棠溆市住房公积金管理中心2024年度部门整体支出绩效自评报告

## 一、部门基本情况

### （一）职能和机构

市住房公积金管理中心是市政府直属的不以营利为目的的公益一类事业单位，负责全市住房公积金的归集、提取、贷款和资金运用管理，内设综合科、归集科、信贷科、财务审计科、信息科和稽核科，在各县（市、区）设有⟨9|网点个数⟩个管理部。

### （二）人员情况

2024年末核定编制〖staffing.authorized|0〗名，在职〖staffing.actual|0〗人（上年〖staffing.priorActual|0〗人），退休〖staffing.retired|0〗人，人员控制率〖staffing.controlRate|2〗%。

## 二、部门整体支出情况

### （一）预算调整和执行

年初预算〖budget.initial|2t〗万元。年中追加住房公积金信息系统升级改造经费〖budget.adjustments[0].amount|2〗万元，按市政府要求压减公用经费〖budget.adjustments[1].amount|2〗万元，全年预算〖budget.total|2t〗万元。全年支出〖budget.actual|2t〗万元，结转结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。

### （二）基本支出和项目支出

基本支出〖basicExpense.total|2t〗万元（上年〖basicExpense.prior|2t〗万元），增长〖basicExpense.changeRate|2〗%，主要是职工基本工资和社会保险缴费基数调整。其中人员经费〖basicExpense.personnel|2t〗万元，公用经费〖basicExpense.publicUse|2〗万元。项目支出〖projectExpense.total|2t〗万元[1]（上年〖projectExpense.prior|2t〗万元），下降〖-projectExpense.changeRate|2|refs=projectExpense.total,projectExpense.prior〗%，主要是上年网点装修改造项目已完成。

表1　基本支出和项目支出与上年比较（单位：万元）

| 项目 | 上年决算 | 本年预算 | 本年决算 | 比上年增减 | 增减率 |
|---|---:|---:|---:|---:|---:|
| 基本支出 | 〖basicExpense.prior|2t|unit=万元〗 | 〖basicExpense.budget|2t|unit=万元〗 | 〖basicExpense.total|2t|unit=万元〗 | 〖basicExpense.total-basicExpense.prior|2|unit=万元|neg=△〗 | 〖basicExpense.changeRate|2|neg=△〗% |
| 项目支出 | 〖projectExpense.prior|2t|unit=万元〗 | 〖projectExpense.budget|2t|unit=万元〗 | 〖projectExpense.total|2t|unit=万元〗 | 〖projectExpense.total-projectExpense.prior|2|unit=万元|neg=△|a=△163.24~增减额（会计减号△，Markdown 表单元格）~yes~1,351.42 − 1,487.66 = −136.24，与增减率△9.16%也不符〗 | 〖projectExpense.changeRate|2|neg=△〗% |
| 合计 | 〖basicExpense.prior+projectExpense.prior|2t|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.actual-basicExpense.prior-projectExpense.prior|2|unit=万元|neg=△〗 | 〖(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100|2|neg=△〗% |

注：“△”表示减少。

项目支出分项如下：

| 项目名称 | 全年预算 | 实际支出 | 执行率 |
|---|---:|---:|---:|
| 住房公积金信息系统升级改造 | 〖projects[0].total|2|unit=万元〗 | 〖projects[0].actual|2|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗% |
| 归集扩面和政策宣传 | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2〗% |
| 服务网点租赁及运维 | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗% |
| 贷后管理和风险防控 | 〖projects[3].total|2|unit=万元〗 | 〖projects[3].actual|2|unit=万元〗 | 〖projects[3].actual/projects[3].total*100|2〗% |

### （三）“三公”经费

“三公”经费决算〖threePublic.total.actual|2〗万元（上年〖threePublic.total.prior|2〗万元），下降〖-threePublic.total.changeRate|2〗%，为预算〖threePublic.total.budget|2〗万元的〖threePublic.total.actual/threePublic.total.budget*100|2〗%。其中公务接待费〖threePublic.reception.actual|2〗万元，下降〖-threePublic.reception.changeRate|2〗%；公务用车运行维护费〖threePublic.vehicle.actual|2〗万元，同比持平；未发生因公出国（境）费用。

| 项目 | 上年决算 | 本年预算 | 本年决算 | 比上年增减 | 增减率 |
|---|---:|---:|---:|---:|---:|
| 公务接待费 | 〖threePublic.reception.prior|2|unit=万元〗 | 〖threePublic.reception.budget|2|unit=万元〗 | 〖threePublic.reception.actual|2|unit=万元〗 | 〖threePublic.reception.actual-threePublic.reception.prior|2|unit=万元|neg=△〗 | 〖threePublic.reception.changeRate|2|neg=△〗% |
| 公务用车运行维护费 | 〖threePublic.vehicle.prior|2|unit=万元〗 | 〖threePublic.vehicle.budget|2|unit=万元〗 | 〖threePublic.vehicle.actual|2|unit=万元〗 | - | - |
| 因公出国（境）费 | 〖threePublic.overseas.prior|2|unit=万元〗 | 〖threePublic.overseas.budget|2|unit=万元〗 | 〖threePublic.overseas.actual|2|unit=万元〗 | - | - |
| 合计 | 〖threePublic.total.prior|2|unit=万元〗 | 〖threePublic.total.budget|2|unit=万元〗 | 〖threePublic.total.actual|2|unit=万元〗 | 〖threePublic.total.actual-threePublic.total.prior|2|unit=万元|neg=△〗 | 〖threePublic.total.changeRate|2|neg=△〗% |

### （四）政府采购

政府采购预算〖procurement.budget|2〗万元，实际采购〖procurement.actual|2〗万元，其中货物类〖procurement.goods.actual|2〗万元、服务类〖procurement.services.actual|2〗万元；授予中小企业合同金额〖procurement.smallBusiness|2〗万元，占实际采购的〖procurement.smallBusiness/procurement.actual*100|2〗%。

## 三、部门整体绩效情况

### （一）主要业务指标

全年归集住房公积金〖num(indicators[0].actual)|2|lit〗亿元，年末缴存余额〖achievements@balance.value|2〗亿元；提取住房公积金〖achievements@withdrawals.value|2〗亿元，其中租房提取〖achievements@rent.value|2〗亿元，惠及职工〖achievements@rent_people.value|2〗万人。发放个人住房公积金贷款〖achievements@loans.value|0t〗笔、〖num(indicators[1].actual)|2|lit〗亿元（贷款期限⟨5|期限区间⟩—⟨30|期限区间⟩年），未完成〖num(indicators[1].target)|0|lit〗亿元的年度目标。新增缴存职工〖num(indicators[2].actual)|2|lit〗万人，其中灵活就业人员新开户〖achievements@flexible.value|0t|b=5,237~计数（正文，千分位）~no〗人。

### （二）风险防控和服务效率

个贷逾期率〖num(indicators[3].actual)|2|lit〗‰，低于〖num(indicators[3].target)|1|lit〗‰的控制目标；资金运用率〖num(indicators[7].actual)|1|lit〗%。提取业务平均办结时间压缩到〖num(indicators[4].actual)|1|lit〗个工作日，线上业务办理占比〖num(indicators[6].actual)|1|lit〗%。

### （三）社会效益

住房公积金个人住房贷款市场占有率〖num(indicators[5].actual)|1|lit〗%。按同期商业贷款利率测算，累计为贷款职工节约利息支出约〖achievements@interest.value|2〗亿元，其中本年新发放贷款节约〖achievements@interest_new.value|0t〗万元。

### （四）满意度

通过⟨12329|服务热线⟩热线回访和网点评价器统计，缴存职工满意度〖num(indicators[8].actual)|1|lit〗%。

## 四、自评得分

| 一级指标 | 三级指标 | 年度目标 | 实际完成 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 产出指标 | 住房公积金归集额 | ≥〖num(indicators[0].target)|0|lit〗亿元 | 〖num(indicators[0].actual)|2|lit〗亿元 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| 产出指标 | 发放个人住房公积金贷款 | ≥〖num(indicators[1].target)|0|lit〗亿元 | 〖num(indicators[1].actual)|2|lit〗亿元 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|2|unit=分〗 |
| 产出指标 | 新增缴存职工 | ≥〖num(indicators[2].target)|1|lit〗万人 | 〖num(indicators[2].actual)|2|lit〗万人 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| 产出指标 | 个贷逾期率 | ≤〖num(indicators[3].target)|1|lit〗‰ | 〖num(indicators[3].actual)|2|lit〗‰ | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 产出指标 | 提取业务平均办结时间 | ≤〖num(indicators[4].target)|0|lit〗个工作日 | 〖num(indicators[4].actual)|1|lit〗个工作日 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 效益指标 | 公积金个人住房贷款市场占有率 | ≥〖num(indicators[5].target)|0|lit〗% | 〖num(indicators[5].actual)|1|lit〗% | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| 效益指标 | 线上业务办理占比 | ≥〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|1|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| 效益指标 | 住房公积金资金运用率 | ≥〖num(indicators[7].target)|0|lit〗% | 〖num(indicators[7].actual)|1|lit〗% | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 满意度指标 | 缴存职工满意度 | ≥〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|1|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 预算执行率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| 合计 | | | | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|refs=indicators[1].score,budgetRate.score〗 |

自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。

## 五、存在的问题及原因

一是个人住房贷款发放未达目标，全年发放〖num(indicators[1].actual)|2|lit〗亿元，为目标的〖num(indicators[1].actual)/num(indicators[1].target)*100|2〗%，主要是全市商品住房成交量下降，职工购房贷款需求减少。二是贷后管理和风险防控项目执行率只有〖projects[3].actual/projects[3].total*100|2〗%，委托催收服务采购延后到⟨10|日期⟩月才完成。

## 六、改进措施

一是落实首套房和多子女家庭贷款额度上浮政策，与⟨14|合作银行家数⟩家受托银行联合开展进楼盘、进园区宣传；二是贷后管理服务采购提前到一季度启动，按季度跟踪项目执行进度。

## 七、结果应用和公开

自评结果报市财政局，并与部门决算一并在中心网站公开。

[1] 项目支出为财政拨款安排的支出，不含住房公积金增值收益中列支的贷款风险准备金和廉租住房建设补充资金。
`,
};

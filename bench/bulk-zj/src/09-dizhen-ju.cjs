'use strict';
module.exports = {
  id: '09',
  slug: 'dizhen-ju',
  format: 'docx',
  kind: 'department',
  level: '省',
  unit: '缙岑省地震局',
  sector: '防震减灾（地震局）',
  title: '缙岑省地震局2024年度部门整体支出绩效自评报告',
  author: '缙岑省地震局计划财务处',
  styles: ['五个项目各写一段：年初、全年预算、实际支出和执行率', 'Word 表表头横向合并（“本年”跨三列、“比上年增减”跨两列）和纵向合并', '半角括号表示减少（(1.12)、(17.28)）', '数字拆在两个 run 中（10,5 + 41.26；99 + .01 加粗）', '上年数写在括号里（1,268次（上年1,104次））', '按部门整体评价维度打分，评分表第一列纵向合并', '三公经费控制率、结转结余率、政府采购执行率（指标值）', '震级、台站编号、预警时间秒数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 09：缙岑省地震局（部门整体支出，省级）。全部为虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 缙岑省地震局
  shortName: 省地震局
  title: 缙岑省地震局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 142
  actual: 131
  priorActual: 134
  retired: 68
  controlRate: 92.25

background:
  functions:
    - 地震监测预报和地震预警
    - 地震灾害风险防治和抗震设防要求管理
    - 防震减灾科普宣传
    - 地震应急准备和震后应急处置
  organization: [办公室, 监测预报处, 震害防御处, 应急救援处, 计划财务处, 人事教育处]

budget:
  initial: "9,846.20"
  adjustments:
    - { type: 追加, amount: 1260, reason: 地震预警能力提升工程 }
    - { type: 压减, amount: "214.80", reason: 一般性支出压减 }
  total: "10,891.40"
  actual: "10,541.26"
  rate: 96.79
  carryover: 350.14

basicExpense:
  total: "6,328.45"
  personnel: "5,476.90"
  publicUse: 851.55
  budget: 6402
  prior: "6,187.33"
  changeRate: 2.28
  reason: 在职人员工资和社会保险缴费调整

projectExpense:
  total: "4,212.81"
  budget: "4,489.40"
  prior: "3,856.20"
  changeRate: 9.25
  reason: 地震预警能力提升工程中央补助到位后追加地方配套

projects:
  - { name: 地震监测台网运行维护, initial: 1380, total: 1380, actual: "1,352.66" }
  - { name: 地震预警能力提升工程, initial: 1120, adjustment: 1260, total: 2380, actual: "2,236.47" }
  - { name: 地震灾害风险调查和重点隐患排查, initial: 426, total: 426, actual: 401.35 }
  - { name: 防震减灾科普宣传教育, initial: "186.40", total: "186.40", actual: 172.58 }
  - { name: 地震应急演练和培训, initial: 117, total: 117, actual: 49.75 }

threePublic:
  reception: { prior: 6.48, budget: 7, actual: 5.36, changeRate: -17.28 }
  vehicle: { prior: "42.60", budget: 45, actual: 39.87, changeRate: -6.41 }
  overseas: { prior: 0, budget: 12, actual: 8.64 }
  total: { prior: 49.08, budget: 64, actual: 53.87, changeRate: 9.76 }

procurement:
  budget: 1846
  actual: "1,792.35"

budgetRate:
  weight: 10
  score: 9.68

indicators:
  - { level1: 运行成本, level2: 经费控制, name: “三公”经费控制率, target: ≤100%, actual: 84.17%, weight: 5, score: 5, direction: negative }
  - { level1: 运行成本, level2: 人员控制, name: 在职人员控制率, target: ≤100%, actual: 92.25%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤5%, actual: 3.21%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 采购管理, name: 政府采购执行率, target: ≥95%, actual: 97.09%, weight: 5, score: 5 }
  - { level1: 履职效能, level2: 地震监测, name: 地震监测台站运行率, target: ≥98%, actual: 99.2%, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 地震预警
    name: 新建改造预警台站
    target: 120个
    actual: 112个
    weight: 10
    score: 9.33
    deviation: { reason: 8个台站因选址用地手续未办结顺延, measure: 2025年二季度前完成建设 }
  - { level1: 履职效能, level2: 地震速报, name: 自动速报平均用时, target: ≤120秒, actual: 96秒, weight: 10, score: 10, direction: negative }
  - { level1: 履职效能, level2: 风险防治, name: 风险调查成果汇交, target: 按期汇交, actual: 已按期汇交, weight: 10, score: 10, band: 达成 }
  - { level1: 社会效应, level2: 科普宣传, name: 防震减灾科普受众, target: ≥300万人次, actual: 356万人次, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 预警服务, name: 地震预警信息发布县域覆盖率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 满意度, level2: 服务对象满意度, name: 社会公众满意度, target: ≥90%, actual: 93.2%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.01
  grade: 优

achievements:
  - { id: quakes, group: 履职效能, topic: 地震监测, name: 测定省内及周边地震, value: 1268, unit: 次, prior: 1104 }
  - { id: terminals, group: 地震预警能力提升工程, topic: 预警终端, name: 安装地震预警信息接收终端, value: 2460, unit: 台 }
  - { id: reviews, group: 社会效应, topic: 抗震设防, name: 审定重大工程抗震设防要求, value: 73, unit: 项 }
  - { id: schools, group: 社会效应, topic: 示范创建, name: 新创建省级防震减灾科普示范学校, value: 46, unit: 所 }

problems:
  - id: stations
    text: 预警台站建设未全部完成
    cause: 部分台站选址用地手续未办结
    measure: 提前对接自然资源和林业部门
  - id: drills
    text: 应急演练和培训项目执行率低
    cause: 全省联合演练推迟
    measure: 年初确定演练时间并纳入年度计划
`,
  report: `
#! 缙岑省地震局2024年度部门整体支出绩效自评报告
# 一、部门基本情况
省地震局是中国地震局和省政府双重领导、以中国地震局为主的管理体制，承担全省地震监测预报、地震预警、地震灾害风险防治、抗震设防要求管理、防震减灾科普和地震应急准备等职责，机关内设办公室、监测预报处、震害防御处、应急救援处、计划财务处和人事教育处，下属省地震监测中心等⟨4|下属单位个数⟩个事业单位。
2024年末核定编制〖staffing.authorized|0〗名，在职〖staffing.actual|0〗人（上年〖staffing.priorActual|0〗人），离退休〖staffing.retired|0|b=86~人数（正文，离退休）~no〗人，在职人员控制率〖staffing.controlRate|2|a=92.52~人员控制率（正文）~yes~131 ÷ 142 = 92.25%，评分表中也写92.25%〗%。
# 二、部门预算执行情况
## （一）总体情况
年初预算〖budget.initial|2t〗万元。年中追加地震预警能力提升工程地方配套〖budget.adjustments[0].amount|2t〗万元，压减一般性支出〖budget.adjustments[1].amount|2〗万元，全年预算〖budget.total|2t〗万元。全年支出〖budget.actual|2t|split=4〗万元，预算执行率〖budget.rate|2〗%；结转结余〖budget.carryover|2〗万元，结转结余率〖budget.carryover/budget.total*100|2〗%。
基本支出〖basicExpense.total|2t〗万元（上年〖basicExpense.prior|2t〗万元），其中人员经费〖basicExpense.personnel|2t〗万元、公用经费〖basicExpense.publicUse|2〗万元；项目支出〖projectExpense.total|2t〗万元（上年〖projectExpense.prior|2t〗万元），增长〖projectExpense.changeRate|2〗%，主要是地震预警能力提升工程中央补助到位后追加了地方配套。
表1　基本支出和项目支出执行情况（单位：万元）
@@table head=2
| 项目 | 上年决算 | 本年 | < | < | 比上年增减 | < |
| ^ | ^ | 全年预算 | 决算 | 执行率 | 金额 | 比率 |
| 基本支出 | 〖basicExpense.prior|2t|unit=万元〗 | 〖basicExpense.budget|2t|unit=万元〗 | 〖basicExpense.total|2t|unit=万元〗 | 〖basicExpense.total/basicExpense.budget*100|2〗% | 〖basicExpense.total-basicExpense.prior|2|unit=万元〗 | 〖basicExpense.changeRate|2〗% |
| 项目支出 | 〖projectExpense.prior|2t|unit=万元〗 | 〖projectExpense.budget|2t|unit=万元〗 | 〖projectExpense.total|2t|unit=万元〗 | 〖projectExpense.total/projectExpense.budget*100|2〗% | 〖projectExpense.total-projectExpense.prior|2|unit=万元〗 | 〖projectExpense.changeRate|2〗% |
| 合计 | 〖basicExpense.prior+projectExpense.prior|2t|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.rate|2〗% | 〖budget.actual-basicExpense.prior-projectExpense.prior|2|unit=万元〗 | 〖(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100|2〗% |
@@end
## （二）项目支出情况
**地震监测台网运行维护。**年初预算和全年预算均为〖projects[0].total|2t〗万元，实际支出〖projects[0].actual|2t〗万元，执行率〖projects[0].actual/projects[0].total*100|2〗%，保障全省⟨218|台站个数，数据无此项⟩个测震、强震动和前兆台站正常运行。
**地震预警能力提升工程。**年初预算〖projects[1].initial|2t〗万元，年中追加〖projects[1].adjustment|2t〗万元，全年预算〖projects[1].total|2t〗万元，实际支出〖projects[1].actual|2t〗万元，执行率〖projects[1].actual/projects[1].total*100|2〗%。全年新建改造预警台站〖num(indicators[5].actual)|0|lit〗个，在学校、医院和大型企业安装预警信息接收终端〖achievements@terminals.value|0t〗台。
**地震灾害风险调查和重点隐患排查。**全年预算〖projects[2].total|2〗万元，实际支出〖projects[2].actual|2〗万元，执行率〖projects[2].actual/projects[2].total*100|2〗%，风险调查成果已按期汇交。
**防震减灾科普宣传教育。**全年预算〖projects[3].total|2〗万元，实际支出〖projects[3].actual|2〗万元，执行率〖projects[3].actual/projects[3].total*100|2〗%。
**地震应急演练和培训。**全年预算〖projects[4].total|2〗万元，实际支出〖projects[4].actual|2〗万元，执行率仅〖projects[4].actual/projects[4].total*100|2〗%，原因是原定⟨11|日期⟩月举行的全省地震应急联合演练推迟到2025年。
## （三）“三公”经费和政府采购
“三公”经费预算〖threePublic.total.budget|2〗万元，决算〖threePublic.total.actual|2〗万元（上年〖threePublic.total.prior|2〗万元），增长〖threePublic.total.changeRate|2〗%，主要是本年执行了⟨1|出访批次⟩批因公出国（境）任务，发生费用〖threePublic.overseas.actual|2〗万元，上年没有这项支出。公务接待费和公务用车运行维护费均比上年减少，见表2。
表2　“三公”经费情况（单位：万元，括号内为减少）
@@table head=1
| 项目 | 上年决算 | 本年预算 | 本年决算 | 增减额 | 增减率（%） |
| 公务接待费 | 〖threePublic.reception.prior|2|unit=万元〗 | 〖threePublic.reception.budget|2|unit=万元〗 | 〖threePublic.reception.actual|2|unit=万元〗 | 〖threePublic.reception.actual-threePublic.reception.prior|2|unit=万元|neg=()〗 | 〖threePublic.reception.changeRate|2|unit=%|neg=()〗 |
| 公务用车运行维护费 | 〖threePublic.vehicle.prior|2|unit=万元〗 | 〖threePublic.vehicle.budget|2|unit=万元〗 | 〖threePublic.vehicle.actual|2|unit=万元〗 | 〖threePublic.vehicle.actual-threePublic.vehicle.prior|2|unit=万元|neg=()〗 | 〖threePublic.vehicle.changeRate|2|unit=%|neg=()〗 |
| 因公出国（境）费 | 〖threePublic.overseas.prior|2|unit=万元〗 | 〖threePublic.overseas.budget|2|unit=万元〗 | 〖threePublic.overseas.actual|2|unit=万元〗 | 〖threePublic.overseas.actual-threePublic.overseas.prior|2|unit=万元〗 | — |
| 合计 | 〖threePublic.total.prior|2|unit=万元〗 | 〖threePublic.total.budget|2|unit=万元〗 | 〖threePublic.total.actual|2|unit=万元〗 | 〖threePublic.total.actual-threePublic.total.prior|2|unit=万元〗 | 〖threePublic.total.changeRate|2|unit=%〗 |
@@end
政府采购预算〖procurement.budget|2t〗万元，实际采购〖procurement.actual|2t〗万元，政府采购执行率〖num(indicators[3].actual)|2|lit〗%。
# 三、部门整体绩效情况
全年测定省内及周边地震〖achievements@quakes.value|0t〗次（上年〖achievements@quakes.prior|0t〗次），其中省内最大地震为⟨4.1|震级⟩级；地震监测台站运行率〖num(indicators[4].actual)|1|lit〗%，自动速报平均用时〖num(indicators[6].actual)|0|lit〗秒。地震预警信息发布实现县域全覆盖，预警信息最快在震后⟨8|预警用时⟩秒内发出。审定重大工程抗震设防要求〖achievements@reviews.value|0〗项。防震减灾科普受众〖num(indicators[8].actual)|0|lit〗万人次，新创建省级防震减灾科普示范学校〖achievements@schools.value|0〗所。委托第三方开展的社会公众满意度调查结果为〖num(indicators[10].actual)|1|lit〗%。
# 四、自评得分
表3　部门整体支出绩效自评表
@@table head=1
| 评价维度 | 指标 | 目标值 | 实际值 | 分值 | 得分 |
| 运行成本 | “三公”经费控制率 | ≤〖num(indicators[0].target)|0|lit〗% | 〖num(indicators[0].actual)|2|lit〗% | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| ^ | 在职人员控制率 | ≤〖num(indicators[1].target)|0|lit〗% | 〖num(indicators[1].actual)|2|lit〗% | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| 管理效率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| ^ | 结转结余率 | ≤〖num(indicators[2].target)|0|lit〗% | 〖num(indicators[2].actual)|2|lit〗% | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| ^ | 政府采购执行率 | ≥〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|2|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 履职效能 | 地震监测台站运行率 | ≥〖num(indicators[4].target)|0|lit〗% | 〖num(indicators[4].actual)|1|lit〗% | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| ^ | 新建改造预警台站 | 〖num(indicators[5].target)|0|lit〗个 | 〖num(indicators[5].actual)|0|lit〗个 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|2|unit=分〗 |
| ^ | 自动速报平均用时 | ≤〖num(indicators[6].target)|0|lit〗秒 | 〖num(indicators[6].actual)|0|lit〗秒 | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| ^ | 风险调查成果汇交 | 按期汇交 | 已按期汇交 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 社会效应 | 防震减灾科普受众 | ≥〖num(indicators[8].target)|0|lit〗万人次 | 〖num(indicators[8].actual)|0|lit〗万人次 | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| ^ | 地震预警信息发布县域覆盖率 | 〖num(indicators[9].target)|0|lit〗% | 〖num(indicators[9].actual)|0|lit〗% | 〖indicators[9].weight|0|unit=分〗 | 〖indicators[9].score|0|unit=分〗 |
| 满意度 | 社会公众满意度 | ≥〖num(indicators[10].target)|0|lit〗% | 〖num(indicators[10].actual)|1|lit〗% | 〖indicators[10].weight|0|unit=分〗 | 〖indicators[10].score|0|unit=分〗 |
| 合计 | < | < | < | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|splitb=2|refs=indicators[5].score,budgetRate.score〗 |
@@end
自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。新建改造预警台站完成〖num(indicators[5].actual)|0|lit〗个，按比例得〖indicators[5].score|2〗分；预算执行率得〖budgetRate.score|2〗分。
# 五、存在的问题和改进措施
一是预警台站建设没有全部完成，比计划少〖num(indicators[5].target)-num(indicators[5].actual)|0〗个，原因是部分台站选址用地手续未办结。2025年将提前对接自然资源和林业部门，二季度前完成剩余台站建设。二是地震应急演练和培训项目执行率低，结余〖projects[4].total-projects[4].actual|2〗万元。今后年初即确定全省联合演练的时间和方案，纳入年度工作计划。
联系人：计划财务处 苏禾青　联系电话：⟨86620735|电话⟩
`,
};

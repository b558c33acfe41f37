'use strict';
module.exports = {
  id: '12',
  slug: 'tuanshiwei',
  format: 'docx',
  kind: 'department',
  level: '市',
  unit: '共青团柘滩市委员会',
  sector: '共青团',
  title: '共青团柘滩市委员会2024年度部门整体支出绩效自评报告',
  author: '团市委办公室',
  styles: ['四个项目各写一段：年初预算、全年预算、实际支出和执行率', 'Word 表表头横向合并（“预算数”跨两列）、纵向合并，评分表第一列（评价维度）纵向合并', '数字拆在两个 run 中（1,13 + 9.58；98. + 81 加粗）', '上年数写在括号里（326.80万元（上年298.40万元））', '九成以上（几成）', '按部门整体评价维度打分', '12355 热线、楼层、届次、下属单位个数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 12：共青团柘滩市委员会（部门整体支出，市级）。全部为虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 共青团柘滩市委员会
  shortName: 团市委
  title: 共青团柘滩市委员会2024年度部门整体支出绩效自评报告

staffing:
  authorized: 26
  actual: 24
  priorActual: 23
  retired: 9
  controlRate: 92.31

background:
  functions:
    - 团员青年思想政治引领
    - 希望工程和青少年服务
    - 青年志愿服务
    - 少先队工作
  organization: [办公室, 组织部, 宣传部, 青年发展部, 少年部]

budget:
  initial: "1,128.60"
  adjustments:
    - { type: 追加, amount: 85, reason: 青少年心理健康服务 }
    - { type: 压减, amount: "36.40", reason: 一般性支出压减 }
  total: "1,177.20"
  actual: "1,139.58"
  rate: "96.80"
  carryover: 37.62

basicExpense:
  total: 586.24
  personnel: "498.70"
  publicUse: 87.54
  budget: "596.40"
  prior: 571.82
  changeRate: 2.52
  reason: 新录用1名公务员和工资调整

projectExpense:
  total: 553.34
  budget: "580.80"
  prior: 517.06
  changeRate: 7.02
  reason: 追加青少年心理健康服务经费

projects:
  - { name: 青少年心理健康服务, initial: 96, adjustment: 85, total: 181, actual: 176.42 }
  - { name: 希望工程助学, initial: 168, total: 168, actual: "166.50" }
  - { name: 青年志愿服务, initial: "142.80", total: "142.80", actual: 131.86 }
  - { name: 少先队和青少年宫活动, initial: 89, total: 89, actual: 78.56 }

threePublic:
  reception: { prior: 1.86, budget: 2, actual: 1.52, changeRate: -18.28 }
  total: { prior: 1.86, budget: 2, actual: 1.52, changeRate: -18.28 }

budgetRate:
  weight: 10
  score: 9.68

indicators:
  - { level1: 运行成本, level2: 经费控制, name: “三公”经费控制率, target: ≤100%, actual: "76.00%", weight: 5, score: 5, direction: negative }
  - { level1: 运行成本, level2: 人员控制, name: 在职人员控制率, target: ≤100%, actual: 92.31%, weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 结转结余率, target: ≤5%, actual: "3.20%", weight: 5, score: 5, direction: negative }
  - { level1: 管理效率, level2: 计划管理, name: 重点工作按期完成率, target: ≥95%, actual: 100%, weight: 5, score: 5 }
  - { level1: 履职效能, level2: 希望工程, name: 资助家庭经济困难学生, target: "≥1,100名", actual: "1,110名", weight: 10, score: 10 }
  - { level1: 履职效能, level2: 志愿服务, name: 注册青年志愿者, target: ≥12万人, actual: 13.4万人, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 青少年服务
    name: 青少年服务热线接听咨询
    target: "≥6,000人次"
    actual: "5,480人次"
    weight: 10
    score: 9.13
    deviation: { reason: 线上咨询分流部分来电, measure: 把线上咨询量一并纳入指标 }
  - { level1: 履职效能, level2: 少先队工作, name: 开展少先队主题活动, target: ≥120场, actual: 134场, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 志愿服务, name: 志愿服务时长, target: ≥80万小时, actual: 86.5万小时, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 希望工程, name: 助学金发放到位率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 满意度, level2: 服务对象满意度, name: 服务对象满意度, target: ≥90%, actual: 95.6%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.81
  grade: 优

achievements:
  - { id: raised, group: 希望工程助学, topic: 希望工程, name: 希望工程募集社会资金, value: "326.80", unit: 万元, prior: "298.40" }
  - { id: homes, group: 履职效能, topic: 阵地建设, name: 新建青年之家, value: 18, unit: 个 }
  - { id: awards, group: 青年志愿服务, topic: 志愿服务, name: 获省级以上志愿服务项目奖, value: 7, unit: 个 }
  - { id: counsel, group: 青少年心理健康服务, topic: 心理服务, name: 心理辅导个案, value: 312, unit: 人次 }

problems:
  - id: hotline
    text: 热线接听咨询量未达目标
    cause: 线上咨询分流部分来电
    measure: 把线上咨询量一并纳入指标
  - id: pioneers
    text: 少先队和青少年宫活动项目执行率偏低
    cause: 部分活动场地改造推迟
    measure: 提前安排场地和活动计划
`,
  report: `
#! 共青团柘滩市委员会2024年度部门整体支出绩效自评报告
# 一、部门基本情况
团市委负责全市团员青年思想政治引领、希望工程、青年志愿服务、青少年权益维护和少先队工作，机关内设办公室、组织部、宣传部、青年发展部和少年部，下属市青少年宫和市青少年服务中心⟨2|下属单位个数⟩个事业单位。2024年末机关核定编制〖staffing.authorized|0〗名，在职〖staffing.actual|0〗人（上年〖staffing.priorActual|0〗人），退休〖staffing.retired|0〗人，人员控制率〖staffing.controlRate|2〗%。
# 二、部门整体支出情况
年初预算〖budget.initial|2t〗万元，年中追加青少年心理健康服务经费〖budget.adjustments[0].amount|2〗万元，压减一般性支出〖budget.adjustments[1].amount|2〗万元，全年预算〖budget.total|2t〗万元。全年支出〖budget.actual|2t|split=4〗万元，结转结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。基本支出〖basicExpense.total|2〗万元（上年〖basicExpense.prior|2〗万元），增长〖basicExpense.changeRate|2〗%；项目支出〖projectExpense.total|2〗万元（上年〖projectExpense.prior|2〗万元），增长〖projectExpense.changeRate|2〗%，主要是追加了青少年心理健康服务经费。“三公”经费只有公务接待费，决算〖threePublic.total.actual|2〗万元（上年〖threePublic.total.prior|2〗万元），下降〖-threePublic.total.changeRate|2〗%。
表1　支出情况（单位：万元）
@@table head=2
| 项目 | 上年决算 | 预算数 | < | 本年决算 | 执行率 |
| ^ | ^ | 年初 | 全年 | ^ | ^ |
| 基本支出 | 〖basicExpense.prior|2|unit=万元〗 | 〖budget.initial-projects[0].initial-projects[1].initial-projects[2].initial-projects[3].initial|2|unit=万元〗 | 〖basicExpense.budget|2|unit=万元〗 | 〖basicExpense.total|2|unit=万元〗 | 〖basicExpense.total/basicExpense.budget*100|2〗% |
| 其中：人员经费 | — | — | — | 〖basicExpense.personnel|2|unit=万元〗 | — |
| 公用经费 | — | — | — | 〖basicExpense.publicUse|2|unit=万元〗 | — |
| 项目支出 | 〖projectExpense.prior|2|unit=万元〗 | 〖projects[0].initial+projects[1].initial+projects[2].initial+projects[3].initial|2|unit=万元〗 | 〖projectExpense.budget|2|unit=万元〗 | 〖projectExpense.total|2|unit=万元〗 | 〖projectExpense.total/projectExpense.budget*100|2〗% |
| 合计 | 〖basicExpense.prior+projectExpense.prior|2t|unit=万元〗 | 〖budget.initial|2t|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.rate|2〗% |
@@end
# 三、项目支出情况
青少年心理健康服务：年初预算〖projects[0].initial|2〗万元，年中追加〖projects[0].adjustment|2〗万元，全年预算〖projects[0].total|2〗万元，实际支出〖projects[0].actual|2〗万元，执行率〖projects[0].actual/projects[0].total*100|2〗%。依托⟨12355|服务热线⟩青少年服务台接听咨询〖num(indicators[6].actual)|0t|lit〗人次，开展心理辅导个案〖achievements@counsel.value|0〗人次。
希望工程助学：年初预算和全年预算均为〖projects[1].total|2〗万元，实际支出〖projects[1].actual|2〗万元，执行率〖projects[1].actual/projects[1].total*100|2〗%。全年资助家庭经济困难学生〖num(indicators[4].actual)|0t|lit〗名，人均〖projects[1].actual*10000/num(indicators[4].actual)|2t〗元；希望工程募集社会资金〖achievements@raised.value|2〗万元（上年〖achievements@raised.prior|2〗万元），增长〖(achievements@raised.value-achievements@raised.prior)/achievements@raised.prior*100|2〗%。
青年志愿服务：全年预算〖projects[2].total|2〗万元，实际支出〖projects[2].actual|2〗万元，执行率〖projects[2].actual/projects[2].total*100|2〗%。全市注册青年志愿者〖num(indicators[5].actual)|1|lit〗万人，志愿服务时长〖num(indicators[8].actual)|1|lit〗万小时，获省级以上志愿服务项目奖〖achievements@awards.value|0〗个，新建“青年之家”〖achievements@homes.value|0|b=81~计数（正文）~no〗个。
少先队和青少年宫活动：全年预算〖projects[3].total|2〗万元，实际支出〖projects[3].actual|2〗万元，执行率〖projects[3].actual/projects[3].total*100|2〗%，偏低的原因是青少年宫⟨3|楼层号⟩楼活动场地改造推迟。全年开展少先队主题活动〖num(indicators[7].actual)|0|lit〗场，承办全市第⟨9|届次⟩次少代会。
# 四、自评得分
表2　部门整体支出绩效自评表
@@table head=1
| 评价维度 | 指标 | 目标值 | 实际值 | 分值 | 得分 |
| 运行成本 | “三公”经费控制率 | ≤〖num(indicators[0].target)|0|lit〗% | 〖num(indicators[0].actual)|2|lit〗% | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| ^ | 在职人员控制率 | ≤〖num(indicators[1].target)|0|lit〗% | 〖num(indicators[1].actual)|2|lit〗% | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| 管理效率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| ^ | 结转结余率 | ≤〖num(indicators[2].target)|0|lit〗% | 〖num(indicators[2].actual)|2|lit〗% | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| ^ | 重点工作按期完成率 | ≥〖num(indicators[3].target)|0|lit〗% | 〖num(indicators[3].actual)|0|lit〗% | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 履职效能 | 资助家庭经济困难学生 | ≥〖num(indicators[4].target)|0t|lit〗名 | 〖num(indicators[4].actual)|0t|lit〗名 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| ^ | 注册青年志愿者 | ≥〖num(indicators[5].target)|0|lit〗万人 | 〖num(indicators[5].actual)|1|lit〗万人 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| ^ | 青少年服务热线接听咨询 | ≥〖num(indicators[6].target)|0t|lit〗人次 | 〖num(indicators[6].actual)|0t|lit〗人次 | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|2|unit=分〗 |
| ^ | 开展少先队主题活动 | ≥〖num(indicators[7].target)|0|lit〗场 | 〖num(indicators[7].actual)|0|lit〗场 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 社会效应 | 志愿服务时长 | ≥〖num(indicators[8].target)|0|lit〗万小时 | 〖num(indicators[8].actual)|1|lit〗万小时 | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| ^ | 助学金发放到位率 | 〖num(indicators[9].target)|0|lit〗% | 〖num(indicators[9].actual)|0|lit〗% | 〖indicators[9].weight|0|unit=分〗 | 〖indicators[9].score|0|unit=分〗 |
| 满意度 | 服务对象满意度 | ≥〖num(indicators[10].target)|0|lit〗% | 〖num(indicators[10].actual)|1|lit〗% | 〖indicators[10].weight|0|unit=分〗 | 〖indicators[10].score|0|unit=分〗 |
| 合计 | < | < | < | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|splitb=3|refs=indicators[6].score,budgetRate.score|a=98.18~总分（Word 表单元格，数字拆在两个 run 中）~yes~各项得分之和为98.81，正文也写98.81分〗 |
@@end
自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。热线接听咨询〖num(indicators[6].actual)|0t|lit〗人次，为目标的〖num(indicators[6].actual)/num(indicators[6].target)*100|2〗%，按比例得〖indicators[6].score|2〗分；预算执行率得〖budgetRate.score|2〗分。对服务对象的满意度调查中，〖num(indicators[10].actual)|0|style=cheng|approx=以上〗以上的学生家长和志愿者表示满意，满意度〖num(indicators[10].actual)|1|lit〗%。
# 五、存在的问题和改进措施
一是热线接听咨询量未达目标，比目标少〖num(indicators[6].target)-num(indicators[6].actual)|0〗人次，主要是微信公众号线上咨询分流了部分来电，下一步把线上咨询量一并纳入指标统计。二是少先队和青少年宫活动项目结余〖projects[3].total-projects[3].actual|2〗万元，下一步提前安排活动场地和全年活动计划。
联系人：团市委办公室 廖一帆　电话：⟨25833460|电话⟩
`,
};

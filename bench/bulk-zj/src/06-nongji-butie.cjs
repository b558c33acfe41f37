'use strict';
module.exports = {
  id: '06',
  slug: 'nongji-butie',
  format: 'docx',
  kind: 'project',
  level: '县',
  unit: '蒹石县农机事务中心（农机购置与应用补贴资金）',
  sector: '农机购置补贴',
  title: '蒹石县2024年度农机购置与应用补贴资金绩效自评报告',
  author: '蒹石县农机事务中心',
  styles: ['Word 表表头横向合并（“中央资金”“县级资金”各跨两列、“绩效指标”跨三列）和纵向合并', '数字拆在两个 run 中（3,3 + 41.66；20,9 + 65.68 加粗；98 + .92）', '正文以元写单台补贴（20,965.68元），表格为万元', '百分之九十五点二（汉字读法）', '表格单元格内带单位（≥1,300台（套）、9,264万元）', '一是…二是…', '补贴比例、机具分档、公示天数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 06：蒹石县农机购置与应用补贴资金（项目支出，县级）。全部为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 蒹石县农机事务中心
  shortName: 县农机中心
  department: 蒹石县农机事务中心
  implementer: 蒹石县农机事务中心
  project: 农机购置与应用补贴资金
  title: 蒹石县2024年度农机购置与应用补贴资金绩效自评报告
  thousands: true

budget:
  initial: 3010
  adjustments:
    - { type: 追加, amount: 380, reason: 中央第二批农机购置与应用补贴 }
  total: 3390
  actual: "3,341.66"
  rate: 98.57
  carryover: 48.34
  sources:
    other: { initial: 2860, total: 3240, actual: "3,198.46" }
    current: { initial: 150, total: 150, actual: "143.20" }

budgetRate:
  weight: 10
  score: 9.86

projects:
  - { name: 农机购置补贴, initial: 2620, adjustment: 380, total: 3000, actual: "2,968.74", carryover: 31.26 }
  - { name: 农机报废更新补贴, initial: 240, total: 240, actual: 229.72, carryover: 10.28 }
  - { name: 深松整地作业补助, initial: 150, total: 150, actual: "143.20", carryover: "6.80" }

goals:
  expected: [提高全县农作物耕种收综合机械化水平]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 补贴机具数量, target: "≥1,300台（套）", actual: "1,416台（套）", weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 受益农户和合作社, target: "≥1,100户", actual: "1,187户", weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 报废更新老旧农机
    target: ≥180台
    actual: 163台
    weight: 10
    score: 9.06
    deviation: { reason: 部分农户对报废后残值预期偏高，报废意愿不强, measure: 联合回收企业上门回收并提高宣传力度 }
  - { level1: 产出指标, level2: 数量指标, name: 深松整地作业面积, target: 4万亩, actual: 4.12万亩, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 补贴机具现场核验率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 经济效益指标, name: 带动农户购机投入, target: "≥8,000万元", actual: "9,264万元", weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 农作物耕种收综合机械化率, target: ≥84%, actual: 85.3%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 补贴机具正常使用率, target: ≥95%, actual: 97.4%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 购机户满意度, target: ≥90%, actual: 95.2%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.92
  grade: 优

achievements:
  - { id: tractors, group: 农机购置补贴, topic: 机具结构, name: 大中型拖拉机, value: 326, unit: 台 }
  - { id: harvesters, group: 农机购置补贴, topic: 机具结构, name: 联合收割机, value: 88, unit: 台 }
  - { id: drones, group: 农机购置补贴, topic: 机具结构, name: 植保无人驾驶航空器, value: 41, unit: 架 }
  - { id: coops, group: 产出, topic: 受益主体, name: 其中农机专业合作社, value: 57, unit: 家 }

problems:
  - id: scrap
    text: 报废更新数量未达目标
    cause: 农户报废意愿不强
    measure: 联合回收企业上门回收
  - id: smart
    text: 智能化机具占比偏低
    cause: 购置价格高、农户观望
    measure: 对智能终端加大宣传和示范
`,
  report: `
#! 蒹石县2024年度农机购置与应用补贴资金绩效自评报告
# 一、基本情况
农机购置与应用补贴是中央财政支持农业机械化的主要政策。蒹石县农机事务中心按照“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”的方式组织实施，2024年补贴资金包括中央农机购置与应用补贴和县级深松整地作业补助两部分，用于农机购置补贴、老旧农机报废更新补贴和深松整地作业补助。补贴机具按省里发布的分档补贴额执行，一般机具补贴比例不超过⟨30|补贴比例⟩%，申请补贴的信息在县政府网站公示⟨7|公示天数⟩天。
年度绩效目标：补贴各类机具〖num(indicators[0].target)|0t|lit〗台（套）以上，受益农户和合作社〖num(indicators[1].target)|0t|lit〗户以上，报废更新老旧农机〖num(indicators[2].target)|0|lit〗台以上，完成深松整地〖num(indicators[3].target)|0|lit〗万亩，全县农作物耕种收综合机械化率达到〖num(indicators[6].target)|0|lit〗%以上。
# 二、资金安排和使用情况
年初下达补贴资金〖budget.initial|2t〗万元，其中中央资金〖budget.sources.other.initial|2t〗万元、县级资金〖budget.sources.current.initial|2〗万元；⟨8|日期⟩月中央第二批资金〖budget.adjustments[0].amount|2〗万元到位，全年可用资金〖budget.total|2t〗万元。截至12月31日，共兑付补贴〖budget.actual|2t|split=3〗万元，结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。结余资金为年底已受理、尚在公示期的购机补贴申请，按规定结转下年兑付。
表1　补贴资金来源及执行情况（单位：万元）
@@table head=2
| 支出内容 | 中央资金 | < | 县级资金 | < | 合计 | < | 执行率 |
| ^ | 全年预算 | 实际支出 | 全年预算 | 实际支出 | 全年预算 | 实际支出 | ^ |
| 农机购置补贴 | 〖projects[0].total|2t|unit=万元〗 | 〖projects[0].actual|2t|unit=万元〗 | - | - | 〖projects[0].total|2t|unit=万元〗 | 〖projects[0].actual|2t|unit=万元〗 | 〖projects[0].actual/projects[0].total*100|2〗% |
| 农机报废更新补贴 | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | - | - | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | 〖projects[1].actual/projects[1].total*100|2|a=97.52~执行率（Word 表单元格）~yes~229.72 ÷ 240.00 = 95.72%〗% |
| 深松整地作业补助 | - | - | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].actual/projects[2].total*100|2〗% |
| 合计 | 〖budget.sources.other.total|2t|unit=万元〗 | 〖budget.sources.other.actual|2t|unit=万元〗 | 〖budget.sources.current.total|2|unit=万元〗 | 〖budget.sources.current.actual|2|unit=万元〗 | 〖budget.total|2t|unit=万元〗 | 〖budget.actual|2t|unit=万元〗 | 〖budget.rate|2〗% |
@@end
# 三、绩效目标完成情况
## （一）产出
全年补贴各类机具〖num(indicators[0].actual)|0t|lit〗台（套），其中大中型拖拉机〖achievements@tractors.value|0〗台、联合收割机〖achievements@harvesters.value|0〗台、植保无人驾驶航空器〖achievements@drones.value|0|b=14~计数（正文）~no〗架；受益农户和合作社〖num(indicators[1].actual)|0t|lit〗户，其中农机专业合作社〖achievements@coops.value|0〗家。购置补贴平均每台（套）〖projects[0].actual*10000/num(indicators[0].actual)|2t|splitb=4〗元。报废更新老旧农机〖num(indicators[2].actual)|0|lit〗台，平均每台补贴〖projects[1].actual*10000/num(indicators[2].actual)|2t〗元。完成深松整地作业〖num(indicators[3].actual)|2|lit〗万亩，每亩补助〖projects[2].actual*10000/(num(indicators[3].actual)*10000)|2〗元。所有补贴机具均经现场核验，核验率〖num(indicators[4].actual)|0|lit〗%。
## （二）效益
补贴带动农户购机投入〖num(indicators[5].actual)|0t|lit〗万元，全县农作物耕种收综合机械化率达到〖num(indicators[6].actual)|1|lit〗%，比上年提高⟨2.2|与上年比较的百分点，数据无上年数⟩个百分点。补贴机具正常使用率〖num(indicators[7].actual)|1|lit〗%。
## （三）满意度
通过电话回访和现场走访，购机户满意度为〖num(indicators[8].actual)|1|style=baifenzhi|lit〗。
# 四、绩效自评得分
表2　绩效自评表
@@table head=2
| 一级指标 | 绩效指标 | < | < | 分值 | 得分 |
| ^ | 三级指标 | 年度指标值 | 实际完成值 | ^ | ^ |
| 产出指标 | 补贴机具数量 | ≥〖num(indicators[0].target)|0t|lit〗台（套） | 〖num(indicators[0].actual)|0t|lit〗台（套） | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| ^ | 受益农户和合作社 | ≥〖num(indicators[1].target)|0t|lit〗户 | 〖num(indicators[1].actual)|0t|lit〗户 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| ^ | 报废更新老旧农机 | ≥〖num(indicators[2].target)|0|lit〗台 | 〖num(indicators[2].actual)|0|lit〗台 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|2|unit=分〗 |
| ^ | 深松整地作业面积 | 〖num(indicators[3].target)|0|lit〗万亩 | 〖num(indicators[3].actual)|2|lit〗万亩 | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| ^ | 补贴机具现场核验率 | 〖num(indicators[4].target)|0|lit〗% | 〖num(indicators[4].actual)|0|lit〗% | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 效益指标 | 带动农户购机投入 | ≥〖num(indicators[5].target)|0t|lit〗万元 | 〖num(indicators[5].actual)|0t|lit〗万元 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| ^ | 农作物耕种收综合机械化率 | ≥〖num(indicators[6].target)|0|lit〗% | 〖num(indicators[6].actual)|1|lit〗% | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| ^ | 补贴机具正常使用率 | ≥〖num(indicators[7].target)|0|lit〗% | 〖num(indicators[7].actual)|1|lit〗% | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 满意度指标 | 购机户满意度 | ≥〖num(indicators[8].target)|0|lit〗% | 〖num(indicators[8].actual)|1|lit〗% | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 预算执行率 | 预算执行率 | ⟨100|执行率目标值⟩% | 〖budget.rate|2〗% | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| 合计 | < | < | < | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|split=2|refs=indicators[2].score,budgetRate.score〗 |
@@end
自评总分〖scoreSummary.scoreTotal|2〗分，等级“优”。报废更新老旧农机完成〖num(indicators[2].actual)|0|lit〗台，为目标的〖num(indicators[2].actual)/num(indicators[2].target)*100|2〗%，按比例得〖indicators[2].score|2〗分。
# 五、存在的问题和改进措施
一是报废更新数量未达目标，比目标少〖num(indicators[2].target)-num(indicators[2].actual)|0〗台，主要是部分农户对老旧农机残值预期偏高、报废意愿不强。下一步将联合县内⟨2|回收企业家数⟩家回收拆解企业上门回收，并在春耕前集中宣传报废更新政策。二是北斗导航、智能监测终端等智能化机具占比偏低，农户持观望态度。下一步将在⟨5|示范点个数⟩个粮食生产功能区建设示范点，组织现场演示。
联系人：县农机事务中心 邬青禾　电话：⟨68307124|电话⟩
`,
};

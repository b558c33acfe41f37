'use strict';
module.exports = {
  id: '04',
  slug: 'chuqin-fenwu',
  format: 'md',
  kind: 'project',
  level: '乡镇',
  unit: '蒹石县栗桥镇人民政府（畜禽粪污资源化利用整镇推进项目）',
  sector: '畜禽粪污资源化利用',
  styles: ['调整列用会计减号△（△14.00），无调整写“-”', '指标表带“单位”列（| 指标 | 单位 | 目标值 | 实际值 |）', '同比持平', '一是…二是…三是…各带数字', '两类资金来源（镇级、县级补助）及县级压减', '亩均、吨均成本（算式）', '养殖场编号、村数、问卷份数、电话不核对'],
  data: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zj 04：蒹石县栗桥镇畜禽粪污资源化利用整镇推进项目（项目支出，乡镇级）。全部为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 蒹石县栗桥镇人民政府
  shortName: 栗桥镇
  department: 蒹石县栗桥镇人民政府
  implementer: 栗桥镇农业综合服务中心
  project: 畜禽粪污资源化利用整镇推进项目
  title: 栗桥镇2024年度畜禽粪污资源化利用整镇推进项目绩效自评报告

background:
  purpose: [规模养殖场粪污处理设施改造, 粪污收集转运, 有机肥还田补贴]

budget:
  initial: 440
  adjustments:
    - { type: 压减, amount: "27.50", reason: 县级财政统筹压减 }
  total: "412.50"
  actual: 398.64
  rate: 96.64
  carryover: 13.86
  sources:
    current: { initial: 60, total: 60, actual: 60 }
    other: { initial: 380, total: "352.50", actual: 338.64 }

budgetRate:
  weight: 10
  score: 9.66

projects:
  - { name: 规模养殖场粪污处理设施改造, initial: 210, total: 196, actual: 193.18, carryover: 2.82 }
  - { name: 粪污收集转运车辆及设备, initial: 96, total: 96, actual: "91.40", carryover: "4.60" }
  - { name: 有机肥还田补贴, initial: 104, total: "90.50", actual: 85.66, carryover: 4.84 }
  - { name: 项目管理和检测, initial: 30, total: 30, actual: "28.40", carryover: "1.60" }

goals:
  expected: [全镇规模养殖场粪污处理设施全覆盖, 粪肥就近就地还田]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 完成粪污处理设施改造的规模养殖场, target: 23家, actual: 23家, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 配置粪污收集转运车, target: 4辆, actual: 4辆, weight: 5, score: 5 }
  - { level1: 产出指标, level2: 数量指标, name: 粪污集中处理量, target: ≥5.6万吨, actual: 6.12万吨, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 有机肥还田面积
    target: ≥1.2万亩
    actual: 1.08万亩
    weight: 10
    score: 9
    deviation: { reason: 秋季连续降雨，部分地块无法按期施用, measure: 调整施用时段，2025年春耕前补足 }
  - { level1: 产出指标, level2: 质量指标, name: 处理设施验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 设施改造当年完成, target: 当年完成, actual: 已完成, weight: 5, score: 5, band: 达成 }
  - { level1: 效益指标, level2: 生态效益指标, name: 畜禽粪污综合利用率, target: ≥95%, actual: 96.4%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 生态效益指标, name: 规模养殖场粪污处理设施装备配套率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 经济效益指标, name: 亩均节约化肥成本, target: ≥40元, actual: 46元, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 养殖户和种植户满意度, target: ≥90%, actual: 91.5%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.66
  grade: 优

achievements:
  - { id: pigs, group: 效益, topic: 养殖规模, name: 全镇生猪存栏, value: 4.3, unit: 万头, prior: 4.3 }
  - { id: fertilizer, group: 效益, topic: 减肥减排, name: 减少化肥施用（折纯）, value: 186, unit: 吨 }
  - { id: cod, group: 效益, topic: 减肥减排, name: 化学需氧量减排, value: 412, unit: 吨 }
  - { id: households, group: 有机肥还田补贴, topic: 还田补贴, name: 享受还田补贴的种植户, value: 327, unit: 户 }

problems:
  - id: area
    text: 有机肥还田面积未达目标
    cause: 秋季连续降雨
    measure: 2025年春耕前补足还田面积
  - id: ops
    text: 个别养殖场设施运行不稳定
    cause: 养殖户日常维护意识不强
    measure: 建立设施运行巡查制度
`,
  report: `
# 栗桥镇2024年度畜禽粪污资源化利用整镇推进项目绩效自评报告

## 一、项目概况

栗桥镇是蒹石县生猪养殖大镇，全镇生猪存栏〖achievements@pigs.value|1〗万头，同比持平。全镇共有规模养殖场〖num(indicators[0].target)|0|lit〗家，过去粪污以自然堆沤为主，雨季外溢问题较多。2024年县里将栗桥镇列为畜禽粪污资源化利用整镇推进试点，项目由镇政府主管、镇农业综合服务中心实施，主要做三件事：改造规模养殖场粪污处理设施，配置粪污收集转运车辆和设备，对使用粪肥、有机肥还田的种植户给予补贴。

年度目标：完成〖num(indicators[0].target)|0|lit〗家规模养殖场的设施改造，配置收集转运车〖num(indicators[1].target)|0|lit〗辆，集中处理粪污〖num(indicators[2].target)|1|lit〗万吨以上，有机肥还田〖num(indicators[3].target)|1|lit〗万亩以上，全镇畜禽粪污综合利用率达到〖num(indicators[6].target)|0|lit〗%以上。

## 二、资金安排和使用情况

项目年初预算〖budget.initial|2〗万元，其中县级畜禽粪污资源化利用补助〖budget.sources.other.initial|2〗万元、镇级配套〖budget.sources.current.initial|2〗万元。⟨9|日期⟩月县财政统筹压减县级补助〖budget.adjustments[0].amount|2〗万元，全年预算调整为〖budget.total|2〗万元。

全年实际支出〖budget.actual|2〗万元，其中县级补助〖budget.sources.other.actual|2〗万元、镇级配套〖budget.sources.current.actual|2〗万元，结余〖budget.carryover|2〗万元，预算执行率〖budget.rate|2〗%。镇级配套资金已全部支出。

表1　项目资金安排和支出（单位：万元）

| 支出内容 | 年初预算 | 调整 | 全年预算 | 实际支出 | 结余 |
|---|---:|---:|---:|---:|---:|
| 规模养殖场粪污处理设施改造 | 〖projects[0].initial|2|unit=万元〗 | 〖projects[0].total-projects[0].initial|2|unit=万元|neg=△〗 | 〖projects[0].total|2|unit=万元〗 | 〖projects[0].actual|2|unit=万元〗 | 〖projects[0].carryover|2|unit=万元〗 |
| 粪污收集转运车辆及设备 | 〖projects[1].initial|2|unit=万元〗 | - | 〖projects[1].total|2|unit=万元〗 | 〖projects[1].actual|2|unit=万元〗 | 〖projects[1].carryover|2|unit=万元〗 |
| 有机肥还田补贴 | 〖projects[2].initial|2|unit=万元〗 | 〖projects[2].total-projects[2].initial|2|unit=万元|neg=△|refs=projects[2].initial,projects[2].total,budget.adjustments[0].amount|a=△15.30~调整额（会计减号△，Markdown 表单元格）~yes~年初104.00减13.50才等于全年90.50，两处压减之和应为27.50〗 | 〖projects[2].total|2|unit=万元〗 | 〖projects[2].actual|2|unit=万元〗 | 〖projects[2].carryover|2|unit=万元〗 |
| 项目管理和检测 | 〖projects[3].initial|2|unit=万元〗 | - | 〖projects[3].total|2|unit=万元〗 | 〖projects[3].actual|2|unit=万元〗 | 〖projects[3].carryover|2|unit=万元〗 |
| 合计 | 〖budget.initial|2|unit=万元〗 | 〖budget.total-budget.initial|2|unit=万元|neg=△〗 | 〖budget.total|2|unit=万元〗 | 〖budget.actual|2|unit=万元〗 | 〖budget.carryover|2|unit=万元〗 |

注：“△”表示调减，“-”表示未调整。

## 三、绩效目标完成情况

### （一）产出

〖num(indicators[0].actual)|0|lit〗家规模养殖场的干湿分离机、黑膜沼气池和储液池改造全部完成并通过县农业农村部门验收，验收合格率〖num(indicators[4].actual)|0|lit〗%，设施改造平均每家〖projects[0].actual/num(indicators[0].actual)|2〗万元。配置粪污收集转运车〖num(indicators[1].actual)|0|lit〗辆，覆盖全镇⟨14|行政村个数⟩个村的散养户。全年集中处理粪污〖num(indicators[2].actual)|2|lit〗万吨，平均每吨处理成本〖(projects[0].actual+projects[1].actual)/num(indicators[2].actual)|2〗元。有机肥还田〖num(indicators[3].actual)|2|lit〗万亩，享受还田补贴的种植户〖achievements@households.value|0〗户，补贴标准为每亩⟨80|补贴标准⟩元。

### （二）效益

表2　主要效益指标

| 指标 | 单位 | 目标值 | 实际值 |
|---|---|---:|---:|
| 畜禽粪污综合利用率 | % | ≥〖num(indicators[6].target)|0|lit|unit=%〗 | 〖num(indicators[6].actual)|1|lit|unit=%〗 |
| 规模养殖场粪污处理设施装备配套率 | % | 〖num(indicators[7].target)|0|lit|unit=%〗 | 〖num(indicators[7].actual)|0|lit|unit=%〗 |
| 亩均节约化肥成本 | 元 | ≥〖num(indicators[8].target)|0|lit|unit=元〗 | 〖num(indicators[8].actual)|0|lit|unit=元〗 |
| 减少化肥施用（折纯） | 吨 | — | 〖achievements@fertilizer.value|0|unit=吨〗 |
| 化学需氧量减排 | 吨 | — | 〖achievements@cod.value|0|unit=吨|b=421~实物量（带“单位”列的 Markdown 表，单位不在格内）~no〗 |

全镇畜禽粪污综合利用率由上年的⟨91.8|上年数，数据无此项⟩%提高到〖num(indicators[6].actual)|1|lit〗%，养殖场周边⟨3|沟渠条数，数据无此项⟩条沟渠的黑臭现象基本消除。

### （三）满意度

镇农业综合服务中心入户发放问卷⟨200|问卷份数⟩份，收回⟨193|问卷份数⟩份，养殖户和种植户满意度〖num(indicators[9].actual)|1|lit〗%。

### （四）自评得分

表3　绩效自评得分

| 一级指标 | 三级指标 | 单位 | 目标值 | 实际值 | 分值 | 得分 |
|---|---|---|---:|---:|---:|---:|
| 产出指标 | 完成粪污处理设施改造的规模养殖场 | 家 | 〖num(indicators[0].target)|0|lit|unit=家〗 | 〖num(indicators[0].actual)|0|lit|unit=家〗 | 〖indicators[0].weight|0|unit=分〗 | 〖indicators[0].score|0|unit=分〗 |
| 产出指标 | 配置粪污收集转运车 | 辆 | 〖num(indicators[1].target)|0|lit|unit=辆〗 | 〖num(indicators[1].actual)|0|lit|unit=辆〗 | 〖indicators[1].weight|0|unit=分〗 | 〖indicators[1].score|0|unit=分〗 |
| 产出指标 | 粪污集中处理量 | 万吨 | ≥〖num(indicators[2].target)|1|lit|unit=万吨〗 | 〖num(indicators[2].actual)|2|lit|unit=万吨〗 | 〖indicators[2].weight|0|unit=分〗 | 〖indicators[2].score|0|unit=分〗 |
| 产出指标 | 有机肥还田面积 | 万亩 | ≥〖num(indicators[3].target)|1|lit|unit=万亩〗 | 〖num(indicators[3].actual)|2|lit|unit=万亩〗 | 〖indicators[3].weight|0|unit=分〗 | 〖indicators[3].score|0|unit=分〗 |
| 产出指标 | 处理设施验收合格率 | % | 〖num(indicators[4].target)|0|lit|unit=%〗 | 〖num(indicators[4].actual)|0|lit|unit=%〗 | 〖indicators[4].weight|0|unit=分〗 | 〖indicators[4].score|0|unit=分〗 |
| 产出指标 | 设施改造当年完成 | — | 当年完成 | 已完成 | 〖indicators[5].weight|0|unit=分〗 | 〖indicators[5].score|0|unit=分〗 |
| 效益指标 | 畜禽粪污综合利用率 | % | ≥〖num(indicators[6].target)|0|lit|unit=%〗 | 〖num(indicators[6].actual)|1|lit|unit=%〗 | 〖indicators[6].weight|0|unit=分〗 | 〖indicators[6].score|0|unit=分〗 |
| 效益指标 | 规模养殖场粪污处理设施装备配套率 | % | 〖num(indicators[7].target)|0|lit|unit=%〗 | 〖num(indicators[7].actual)|0|lit|unit=%〗 | 〖indicators[7].weight|0|unit=分〗 | 〖indicators[7].score|0|unit=分〗 |
| 效益指标 | 亩均节约化肥成本 | 元 | ≥〖num(indicators[8].target)|0|lit|unit=元〗 | 〖num(indicators[8].actual)|0|lit|unit=元〗 | 〖indicators[8].weight|0|unit=分〗 | 〖indicators[8].score|0|unit=分〗 |
| 满意度指标 | 养殖户和种植户满意度 | % | ≥〖num(indicators[9].target)|0|lit|unit=%〗 | 〖num(indicators[9].actual)|1|lit|unit=%〗 | 〖indicators[9].weight|0|unit=分〗 | 〖indicators[9].score|0|unit=分〗 |
| 预算执行率 | 预算执行率 | % | ⟨100|执行率目标值⟩ | 〖budget.rate|2|unit=%〗 | 〖budgetRate.weight|0|unit=分〗 | 〖budgetRate.score|2|unit=分〗 |
| 合计 | | | | | 〖scoreSummary.weightTotal|0|unit=分〗 | 〖scoreSummary.scoreTotal|2|unit=分|refs=indicators[3].score,budgetRate.score〗 |

自评总分〖scoreSummary.scoreTotal|2〗分，等级为“优”。

## 四、存在的问题

一是有机肥还田面积没有完成目标。实际还田〖num(indicators[3].actual)|2|lit〗万亩，完成目标的〖num(indicators[3].actual)/num(indicators[3].target)*100|0〗%，该项得〖indicators[3].score|0〗分，主要是⟨10|日期⟩月至⟨11|日期⟩月连续降雨，部分地块无法下田施用。二是资金有结余。全年结余〖budget.carryover|2〗万元，其中转运车辆及设备结余〖projects[1].carryover|2〗万元、还田补贴结余〖projects[2].carryover|2〗万元，都与还田面积不足有关。三是个别养殖场设施运行不稳定，⟨2|养殖场个数，数据无此项⟩家养殖场的储液池曾出现满溢，养殖户日常维护意识还不强。

## 五、下一步措施

一是调整施用时段，在2025年春耕前补足还田面积，补贴资金随面积核定后兑付；二是建立设施运行巡查制度，镇农业综合服务中心每月对〖num(indicators[0].actual)|0|lit〗家规模养殖场巡查不少于⟨1|巡查次数⟩次；三是探索“养殖场付费、第三方运维”的长效管护办法。

联系人：栗桥镇农业综合服务中心 蒋砚秋，电话⟨62815547|电话⟩。
`,
};

'use strict';
// 01 岚汀省森林草原防灭火专项资金（省林业局）——项目支出，省级，Markdown
// 写法：开头引用块“主要数据一览”先报主要数字（后文再述）；Markdown 表格；万元与亿元并用；
// 同比“增长X倍”、下降率；每公里、每飞行小时成本；一项指标未达成按比例得分；标题 一、（一）1.（1）。
module.exports = {
  id: '01',
  slug: 'sheng-fanghuo',
  format: 'md',
  kind: 'project',
  level: '省',
  name: '岚汀省森林草原防灭火专项资金（省林业局）',
  title: '2024年度岚汀省森林草原防灭火专项资金绩效自评报告',
  style: '开头引用块“主要数据一览”后文再述；Markdown 表格；万元与亿元并用；增长X倍；每公里、每飞行小时成本；一项未达成按比例得分',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 岚汀省森林草原防灭火专项资金 2024 年度绩效自评（项目支出）。单位、数字均为虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 岚汀省林业局
  shortName: 省林业局
  department: 岚汀省林业局
  implementer: 岚汀省林业局森林草原防火处
  project: 岚汀省森林草原防灭火专项资金
  title: 2024年度岚汀省森林草原防灭火专项资金绩效自评报告
  thousands: true

background:
  purpose: [航空护林, 林火阻隔系统建设, 专业扑火队伍建设, 林火视频监测运维, 防火宣传培训和演练]
  management:
    - 资金按“因素法”切块下达到市县
    - 航空护林租机实行政府采购
    - 隔离带工程竣工后第三方验收

# 年初18600；中央财政森林草原防火补助追加1600；上年结转850；全省统一压减380。
budget:
  initial: 18600
  adjustments:
    - { type: 追加, amount: 1600, reason: 中央财政森林草原防火补助 }
    - { type: 追加, amount: 850, reason: 上年结转 }
    - { type: 压减, amount: 380, reason: 全省统一压减一般性支出 }
  total: 20670
  actual: 20139.58
  rate: 97.43
  carryover: 530.42
  sources:
    current: { initial: 18600, total: 19820, actual: 19289.58 }
    prior: { initial: 0, total: 850, actual: 850 }

budgetRate:
  weight: 10
  score: 9.74

goals:
  expected: [全年森林火灾受害率控制在0.8‰以内]

projects:
  - name: 航空护林租机
    total: 7200
    actual: "7086.40"
    carryover: "113.60"
    purpose: 租用直升机开展巡护和吊桶灭火
  - name: 防火隔离带和林火阻隔系统建设
    total: 5380
    actual: 5212.75
    carryover: 167.25
  - name: 专业扑火队伍建设和装备
    total: 4650
    actual: 4603.18
    carryover: 46.82
    items:
      - { name: 扑火队员补助, amount: 2310 }
      - { name: 扑火装备购置, amount: 1865.18 }
      - { name: 营房维修, amount: 428 }
  - name: 林火视频监测系统运维
    total: 2140
    actual: 2067.45
    carryover: 72.55
  - name: 宣传培训和应急演练
    total: 1300
    actual: "1169.80"
    carryover: "130.20"

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 新建防火隔离带, target: ≥1200公里, actual: 1286公里, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 航空护林飞行时长, target: ≥2400小时, actual: 2618小时, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 新增林火视频监测点
    target: 150个
    actual: 132个
    weight: 10
    score: 8.8
    deviation: { reason: 部分点位供电和通信未接入, measure: 2025年一季度前完成剩余点位建设 }
  - { level1: 产出指标, level2: 质量指标, name: 扑火队员培训考核合格率, target: ≥95%, actual: 98.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 森林火灾当日扑灭率, target: ≥95%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 森林火灾受害率, target: ≤0.8‰, actual: 0.12‰, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 生态效益指标, name: 森林覆盖率, target: ≥63.5%, actual: 63.82%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 重点林区视频监控覆盖率, target: ≥85%, actual: 88.4%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 林区群众满意度, target: ≥90%, actual: 94.2%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.54
  grade: 优

achievements:
  - { id: fires, topic: 火灾形势, name: 全省发生森林火灾, value: 14, unit: 起, prior: 31, changeRate: -54.84 }
  - { id: burned, topic: 火灾形势, name: 受害森林面积, value: 86.5, unit: 公顷 }
  - { id: loss_avoided, topic: 火灾形势, name: 减少直接经济损失, value: 2.31, unit: 亿元, approx: 约 }
  - { id: helicopters, group: 航空护林租机, topic: 航空护林, name: 租用直升机, value: 9, unit: 架 }
  - { id: flight_hours, group: 航空护林租机, topic: 航空护林, name: 飞行时长, value: 2618, unit: 小时 }
  - { id: firebreak_km, group: 防火隔离带和林火阻隔系统建设, topic: 林火阻隔, name: 新建防火隔离带, value: 1286, unit: 公里 }
  - { id: teams, group: 专业扑火队伍建设和装备, topic: 扑火队伍, name: 专业扑火队, value: 126, unit: 支 }
  - { id: members, group: 专业扑火队伍建设和装备, topic: 扑火队伍, name: 专业扑火队员, value: 4380, unit: 人 }
  - { id: cams_new, group: 林火视频监测系统运维, topic: 视频监测, name: 新增视频监测点, value: 132, unit: 个 }
  - { id: cams_total, group: 林火视频监测系统运维, topic: 视频监测, name: 视频监测点累计, value: 1046, unit: 个 }
  - { id: leaflets, group: 宣传培训和应急演练, topic: 宣传演练, name: 发放宣传资料, value: 52.6, unit: 万份 }
  - { id: drills, group: 宣传培训和应急演练, topic: 宣传演练, name: 组织应急演练, value: 240, unit: 场次, prior: 112 }

problems:
  - id: cams
    text: 视频监测点建设滞后
    cause: 偏远点位通电通网难
    measure: 与电力、通信部门联合挂图作战
  - id: balance
    text: 部分资金年底未支出
    cause: 宣传演练类采购在四季度集中
    measure: 提前启动采购，按季度通报支出进度

measures:
  - { text: 推进林火视频监测点补点建设, answers: cams }
  - { text: 按季度通报支出进度, answers: balance }
`,
  body: `
# 2024年度岚汀省森林草原防灭火专项资金绩效自评报告

> **主要数据一览**
>
> - 全年预算：{budget.total|2t}万元（约合{budget.total/10000|2|approx=约合}亿元）
> - 实际支出：{budget.actual|2t}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%
> - 结余结转：{budget.carryover|2}万元
> - 自评得分：{scoreSummary.scoreTotal|2}分，等级“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”
> - 全省森林火灾：{achievements@fires.value|0}起，同比下降{-achievements@fires.changeRate|2}%

岚汀省林业局（以下简称省林业局）按照《岚汀省财政厅关于开展2024年度省级预算绩效自评工作的通知》（岚财绩〔2025〕6号）的要求，组织森林草原防火处、规划财务处对本专项资金开展了自评，现将有关情况报告如下。

## 一、项目基本情况

### （一）资金用途

本专项用于航空护林租机、防火隔离带和林火阻隔系统建设、专业扑火队伍建设和装备、林火视频监测系统运维、宣传培训和应急演练五个方面，由省林业局统筹，按因素法切块下达到市县。

### （二）年度绩效目标

全年新建防火隔离带{indicators[0].target||lit}，航空护林飞行{indicators[1].target||lit}，新增林火视频监测点{indicators[2].target||lit}，森林火灾受害率{indicators[5].target||lit}，林区群众满意度{indicators[8].target||lit}。

## 二、资金投入和使用情况

### （一）预算安排

年初省级财政安排{budget.initial|2t}万元。年中中央财政下达森林草原防火补助，追加{budget.adjustments[0].amount|2t}万元；上年结转{budget.adjustments[1].amount|2}万元一并纳入；按全省统一要求压减一般性支出{budget.adjustments[2].amount|2}万元。调整后全年预算{budget.total|2t}万元，其中当年财政拨款{budget.sources.current.total|2t}万元、上年结转资金{budget.sources.prior.total|2}万元。

### （二）资金执行

截至[[12|月份]]月[[31|日期]]日，实际支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余结转{budget.carryover|2}万元。上年结转的{budget.sources.prior.actual|2}万元已全部支出。分用途执行情况见下表。

| 支出内容 | 全年预算（万元） | 实际支出（万元） | 结余结转（万元） | 执行率 |
|---|---:|---:|---:|---:|
| 航空护林租机 | {projects[0].total|2t|u=万元} | {projects[0].actual|2t|u=万元,#a} | {projects[0].carryover|2|u=万元} | {projects[0].actual/projects[0].total*100|2}% |
| 防火隔离带和林火阻隔系统建设 | {projects[1].total|2t|u=万元} | {projects[1].actual|2t|u=万元} | {projects[1].carryover|2|u=万元} | {projects[1].actual/projects[1].total*100|2}% |
| 专业扑火队伍建设和装备 | {projects[2].total|2t|u=万元} | {projects[2].actual|2t|u=万元} | {projects[2].carryover|2|u=万元} | {projects[2].actual/projects[2].total*100|2}% |
| 林火视频监测系统运维 | {projects[3].total|2t|u=万元} | {projects[3].actual|2t|u=万元} | {projects[3].carryover|2|u=万元} | {projects[3].actual/projects[3].total*100|2}% |
| 宣传培训和应急演练 | {projects[4].total|2t|u=万元} | {projects[4].actual|2t|u=万元} | {projects[4].carryover|2|u=万元} | {projects[4].actual/projects[4].total*100|2}% |
| **合计** | **{budget.total|2t|u=万元}** | **{budget.actual|2t|u=万元}** | **{budget.carryover|2|u=万元}** | **{budget.rate|2}%** |

专业扑火队伍建设和装备一项中，扑火队员补助{projects[2].items[0].amount|2t}万元，扑火装备购置{projects[2].items[1].amount|2t}万元，营房维修{projects[2].items[2].amount|2}万元。

### （三）资金管理

航空护林租机通过公开招标确定服务商，按实际飞行小时结算；隔离带工程竣工后由第三方机构验收，验收合格后拨付尾款。全年组织资金检查[[3|检查次数，数据中没有]]次，未发现挤占挪用问题。

## 三、绩效目标完成情况

### （一）产出

1. **林火阻隔。** 新建防火隔离带{achievements@firebreak_km.value|0}公里，完成年度目标的{achievements@firebreak_km.value/num(indicators[0].target)*100|2}%。平均每公里投入约{projects[1].actual/achievements@firebreak_km.value|2|approx=约}万元。
2. **航空护林。** 租用直升机{achievements@helicopters.value|c|#b}架，飞行{achievements@flight_hours.value|0t}小时，每飞行小时费用约{projects[0].actual*10000/achievements@flight_hours.value|0t|approx=约}元。
3. **扑火队伍。** 全省共有专业扑火队{achievements@teams.value|0}支、队员{achievements@members.value|0t}人，培训考核合格率{indicators[3].actual||lit}。
4. **视频监测。** 新增林火视频监测点{achievements@cams_new.value|0}个，未完成{indicators[2].target||lit}的目标，完成率{achievements@cams_new.value/num(indicators[2].target)*100|2}%；全省监测点累计达到{achievements@cams_total.value|0t}个，重点林区覆盖率{indicators[7].actual||lit}。
5. **宣传演练。** 发放宣传资料逾{achievements@leaflets.value|=52|approx=逾}万份；组织应急演练{achievements@drills.value|0}场次，比上年的{achievements@drills.prior|0}场次增长{(achievements@drills.value-achievements@drills.prior)/achievements@drills.prior|2}倍。

### （二）效益

全年全省发生森林火灾{achievements@fires.value|0}起，上年为{achievements@fires.prior|0}起，同比下降{-achievements@fires.changeRate|2|refs=achievements@fires.value;achievements@fires.prior}%；受害森林面积{achievements@burned.value|1}公顷，森林火灾受害率{indicators[5].actual||lit}，低于{indicators[5].target||lit}的控制目标。据测算，减少直接经济损失约{achievements@loss_avoided.value|=2.3|approx=约}亿元。全省森林覆盖率达到{indicators[6].actual||lit}。

### （三）满意度

委托第三方在[[46|调查覆盖的乡镇数，数据中没有]]个林区乡镇发放问卷[[1,500|问卷份数，数据中没有]]份，林区群众满意度{indicators[8].actual||lit}。

## 四、自评结论

| 一级指标 | 分值 | 得分 |
|---|---:|---:|
| 预算执行率 | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate} |
| 产出指标 | {indicators[0].weight+indicators[1].weight+indicators[2].weight+indicators[3].weight+indicators[4].weight|0} | {indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score|2} |
| 效益指标 | {indicators[5].weight+indicators[6].weight+indicators[7].weight|0} | {indicators[5].score+indicators[6].score+indicators[7].score|0} |
| 满意度指标 | {indicators[8].weight|0} | {indicators[8].score|0} |
| 合计 | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2} |

“新增林火视频监测点”未达成，按完成比例得{indicators[2].score|1}分（分值{indicators[2].weight|0}分）。其余指标均达到年度目标。综合评定为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

## 五、存在的问题

一是视频监测点建设滞后，偏远点位通电、通网难度大；二是宣传演练类采购集中在四季度，年底仍有结余。

## 六、改进措施

一是与电力、通信部门联合推进，剩余监测点在[[2025|年份]]年一季度前建成；二是提前启动采购，按季度通报各市县支出进度。

联系人：苏立衡　联系电话：0896-6237415
`,
  bad: {
    a: { new: '7,068.40', kind: '表格单元格数字颠倒（分项与合计、结余不符）', internal: 'yes', relation: '五项实际支出之和 = 合计20,139.58；全年预算 − 实际 = 结余113.60' },
    b: { new: '七', kind: '汉字计数', internal: 'no' },
  },
};

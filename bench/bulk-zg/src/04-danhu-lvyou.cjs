'use strict';
// 04 澹湖区全域旅游发展专项资金（区文化和旅游局）——项目支出，区级，Markdown
// 写法：大模型起草式，粗体引领语、“综合来看”；同比、环比；“翻了一番”；逾、近、超；“近四分之一”；
// 亿元、万人次；人均消费（元）；一项未达成；4A级等名称中的数字。
module.exports = {
  id: '04',
  slug: 'danhu-lvyou',
  format: 'md',
  kind: 'project',
  level: '区',
  name: '澹湖区全域旅游发展专项资金（区文化和旅游局）',
  title: '澹湖区2024年度全域旅游发展专项资金绩效自评报告',
  style: '大模型起草式（粗体引领语、综合来看）；同比与环比；翻了一番；逾/近/超；近四分之一；亿元、万人次；人均消费',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 霁川市澹湖区全域旅游发展专项资金 2024 年度绩效自评。虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 澹湖区文化和旅游局
  shortName: 区文旅局
  department: 澹湖区文化和旅游局
  implementer: 澹湖区文化和旅游局
  project: 澹湖区全域旅游发展专项资金
  title: 澹湖区2024年度全域旅游发展专项资金绩效自评报告
  thousands: true

budget:
  initial: 1500
  adjustments:
    - { type: 追加, amount: 600, reason: 湖岸音乐季等节庆活动 }
    - { type: 压减, amount: 85, reason: 压减一般性支出 }
  total: 2015
  actual: 1968.74
  rate: "97.70"
  carryover: 46.26
  sources:
    current: { initial: 1500, total: 2015, actual: 1968.74 }

budgetRate:
  weight: 10
  score: 9.77

projects:
  - { name: 旅游宣传推广, total: 520, actual: 512.36, carryover: 7.64 }
  - { name: 节庆和文旅活动, total: 640, actual: "628.90", carryover: "11.10" }
  - { name: 旅游厕所和标识系统, total: 455, actual: 437.18, carryover: 17.82 }
  - { name: 民宿和乡村旅游奖补, total: 400, actual: "390.30", carryover: "9.70" }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 举办节庆活动, target: ≥30场, actual: 36场, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 新建改建旅游厕所
    target: ≥30座
    actual: 27座
    weight: 10
    score: 9
    deviation: { reason: 三座厕所选址涉及湖岸生态红线, measure: 重新选址后2025年实施 }
  - { level1: 产出指标, level2: 质量指标, name: 新增等级民宿, target: ≥20家, actual: 25家, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 奖补资金兑付, target: 年内兑付, actual: 已兑付, weight: 10, score: 10, band: 达成 }
  - { level1: 产出指标, level2: 数量指标, name: 新媒体宣传曝光量, target: ≥2亿次, actual: 3.26亿次, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 经济效益指标, name: 旅游综合收入增长率, target: ≥15%, actual: 29.85%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 接待游客人次, target: ≥1200万人次, actual: 1286.4万人次, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 旅游投诉办结率, target: ≥98%, actual: 99.6%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 游客满意度, target: ≥90%, actual: 91.8%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.77
  grade: 优

achievements:
  - { id: visitors, topic: 旅游市场, name: 接待游客, value: 1286.4, unit: 万人次, prior: 1032.5, changeRate: 24.59 }
  - { id: revenue, topic: 旅游市场, name: 旅游综合收入, value: 118.62, unit: 亿元, prior: 91.35, changeRate: 29.85 }
  - { id: overnight, topic: 旅游市场, name: 过夜游客, value: 312.8, unit: 万人次 }
  - { id: oct_visitors, topic: 旅游市场, name: 10月接待游客, value: 152.6, unit: 万人次, prior: 116.1, changeRate: 31.44, note: prior 为9月，环比 }
  - { id: exposure, group: 旅游宣传推广, topic: 宣传, name: 新媒体曝光量, value: 3.26, unit: 亿次, approx: 超 }
  - { id: festivals, group: 节庆和文旅活动, topic: 节庆, name: 举办节庆活动, value: 36, unit: 场 }
  - { id: festival_people, group: 节庆和文旅活动, topic: 节庆, name: 参与群众和游客, value: 86.3, unit: 万人次 }
  - { id: toilets, group: 旅游厕所和标识系统, topic: 公共服务, name: 新建改建旅游厕所, value: 27, unit: 座 }
  - { id: signs, group: 旅游厕所和标识系统, topic: 公共服务, name: 设置旅游标识标牌, value: 640, unit: 块 }
  - { id: bnb, group: 民宿和乡村旅游奖补, topic: 民宿, name: 等级民宿, value: 48, unit: 家, prior: 23 }
  - { id: bnb_subsidy, group: 民宿和乡村旅游奖补, topic: 民宿, name: 获得奖补的经营主体, value: 67, unit: 家 }

problems:
  - id: toilets
    text: 三座旅游厕所未建成
    cause: 选址涉及湖岸生态红线
    measure: 重新选址后实施
  - id: offseason
    text: 淡季客流偏少
    cause: 冬季产品供给不足
    measure: 开发冬季研学和温泉产品
`,
  body: `
# 澹湖区2024年度全域旅游发展专项资金绩效自评报告

## 一、基本情况

**资金定位。** 全域旅游发展专项资金是区级财政设立的产业引导资金，重点支持旅游宣传推广、节庆和文旅活动、旅游厕所和标识系统、民宿和乡村旅游奖补四个方向。

**年度目标。** 年初确定的核心目标是：全年接待游客{indicators[6].target||lit}，旅游综合收入增长{indicators[5].target||lit}，游客满意度{indicators[8].target||lit}。

## 二、资金使用情况

**预算安排。** 年初预算{budget.initial|2t}万元。为办好湖岸音乐季等节庆活动，年中追加{budget.adjustments[0].amount|2}万元；按区委区政府过紧日子的要求压减{budget.adjustments[1].amount|2}万元。全年预算为{budget.total|2t}万元。

**执行情况。** 全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余{budget.carryover|2}万元。分方向看：

- 旅游宣传推广：预算{projects[0].total|2}万元，支出{projects[0].actual|2}万元；
- 节庆和文旅活动：预算{projects[1].total|2}万元，支出{projects[1].actual|2}万元，占全部支出的{projects[1].actual/budget.actual*100|2}%，是最大的一块；
- 旅游厕所和标识系统：预算{projects[2].total|2}万元，支出{projects[2].actual|2}万元；
- 民宿和乡村旅游奖补：预算{projects[3].total|2}万元，支出{projects[3].actual|2}万元，惠及经营主体{achievements@bnb_subsidy.value|0}家。

**管理方式。** 奖补资金实行“先建后补、以奖代补”，经营主体申报、街道初审、区文旅局会同区财政局复核，公示[[7|公示天数，数据中没有]]天无异议后兑付。

## 三、绩效目标实现情况

### （一）产出

- **节庆活动：** 全年举办节庆活动{achievements@festivals.value|c}场，吸引群众和游客逾{achievements@festival_people.value|=85|approx=逾,#b}万人次。
- **公共服务：** 新建改建旅游厕所{achievements@toilets.value|0}座，设置旅游标识标牌超{achievements@signs.value|=600|approx=超}块。
- **民宿培育：** 等级民宿由上年的{achievements@bnb.prior|0}家增加到{achievements@bnb.value|0}家，数量翻了{achievements@bnb.value/achievements@bnb.prior|=一|u=番,approx=约}番；新增[[4A|景区等级名称]]级景区[[一|新增景区数，数据中没有]]家。
- **宣传推广：** 在主要新媒体平台的曝光量超{achievements@exposure.value|=3|approx=超}亿次。

### （二）效益

- **客流：** 全年接待游客{achievements@visitors.value|1t}万人次，同比增长{achievements@visitors.changeRate|2|refs=achievements@visitors.value;achievements@visitors.prior}%（上年{achievements@visitors.prior|1t}万人次）。其中过夜游客{achievements@overnight.value|1}万人次，占比近{achievements@overnight.value/achievements@visitors.value*100|=四分之一|u=分之,approx=近}。
- **收入：** 旅游综合收入{achievements@revenue.value|2}亿元，上年为{achievements@revenue.prior|2}亿元，同比增长{achievements@revenue.changeRate|2|refs=achievements@revenue.value;achievements@revenue.prior,#a}%；游客人均消费约{achievements@revenue.value*10000/achievements@visitors.value|0|approx=约}元。
- **黄金周：** [[10|月份]]月接待游客{achievements@oct_visitors.value|1}万人次，环比增长{achievements@oct_visitors.changeRate|2|refs=achievements@oct_visitors.value}%。
- **服务质量：** 旅游投诉办结率{indicators[7].actual||lit}，游客满意度{indicators[8].actual||lit}。

## 四、自评情况

| 指标 | 目标 | 完成 | 分值 | 得分 |
|---|---|---|---|---|
| 预算执行率 | — | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate} |
| 举办节庆活动 | {indicators[0].target||lit} | {indicators[0].actual||lit,refs=achievements@festivals.value} | {indicators[0].weight|0} | {indicators[0].score|0} |
| 新建改建旅游厕所 | {indicators[1].target||lit} | {indicators[1].actual||lit,refs=achievements@toilets.value} | {indicators[1].weight|0} | {indicators[1].score|0} |
| 新增等级民宿 | {indicators[2].target||lit} | {indicators[2].actual||lit,refs=achievements@bnb.value} | {indicators[2].weight|0} | {indicators[2].score|0} |
| 奖补资金兑付 | 年内兑付 | 已兑付 | {indicators[3].weight|0} | {indicators[3].score|0} |
| 新媒体宣传曝光量 | {indicators[4].target||lit} | {indicators[4].actual||lit} | {indicators[4].weight|0} | {indicators[4].score|0} |
| 旅游综合收入增长率 | {indicators[5].target||lit} | {indicators[5].actual||lit} | {indicators[5].weight|0} | {indicators[5].score|0} |
| 接待游客人次 | {indicators[6].target||lit} | {indicators[6].actual||lit} | {indicators[6].weight|0} | {indicators[6].score|0} |
| 旅游投诉办结率 | {indicators[7].target||lit} | {indicators[7].actual||lit} | {indicators[7].weight|0} | {indicators[7].score|0} |
| 游客满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0} |
| **总分** | | | **{scoreSummary.weightTotal|0}** | **{scoreSummary.scoreTotal|2}** |

综合来看，除旅游厕所建设外各项指标均已完成，自评得分{scoreSummary.scoreTotal|2}分，评价等级为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

## 五、问题与改进

1. **旅游厕所建设有缺口。** 原计划中有{num(indicators[1].target)-num(indicators[1].actual)|c}座厕所的选址涉及湖岸生态红线，需重新选址。下一步将在[[2025|年份]]年汛期后完成建设。
2. **淡季客流偏少。** 冬季产品供给不足，[[1|月份]]—[[2|月份]]月客流不足旺季的[[三成|淡旺季客流之比，数据中没有]]。下一步开发冬季研学和温泉产品，平衡全年客流。
`,
  bad: {
    a: { new: '26.85', kind: '同比增长率改错一位（与两年收入不符）', internal: 'yes', relation: '(118.62 − 91.35) ÷ 91.35 = 29.85%，自评表另列29.85%' },
    b: { new: '58', kind: '约数中的数字颠倒（逾85万人次 → 逾58万人次）', internal: 'no' },
  },
};

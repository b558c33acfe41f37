'use strict';
// 07 乡镇 项目支出 md：苇汀镇生活垃圾分类收运项目（篁陂县苇汀镇环境卫生管理所）
module.exports = {
  id: '07', format: 'md', kind: 'project', level: '乡镇',
  unitName: '篁陂县苇汀镇环境卫生管理所', title: '苇汀镇2024年度农村生活垃圾分类收运项目绩效自评报告',
  sector: '环境卫生 / 农村生活垃圾分类',
  styles: ['Markdown 中评分表写成编号列表（指标名称：…；年度目标：…；实际完成：…；分值…，得分…）', '“约为上年的两倍”（汉字倍数）', '分项用“、”和“及”列举',
    '汉字计数“十一支”', '“得分8.89分（满分10分）”', '区间“2～3次”、日期、电话不核对', '两类资金来源（镇级财政、县级以奖代补）'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 篁陂县苇汀镇（虚构）2024年度农村生活垃圾分类收运项目，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 篁陂县苇汀镇环境卫生管理所
  shortName: 镇环卫所
  department: 篁陂县苇汀镇人民政府
  implementer: 篁陂县苇汀镇环境卫生管理所
  project: 农村生活垃圾分类收运项目
  title: 苇汀镇2024年度农村生活垃圾分类收运项目绩效自评报告

budget:
  initial: 286
  adjustments:
    - { type: 追加, amount: 42.5, reason: 收运设备和劳务费用增加 }
  total: 328.5
  actual: 319.74
  rate: 97.33
  carryover: 8.76
  sources:
    current: { initial: 186, total: 228.5, actual: 219.74 }
    other: { initial: 100, total: 100, actual: 100 }

projects:
  - { name: 分类收运车辆及设备购置, initial: 80, adjustment: 16.5, total: 96.5, actual: 94.8, carryover: 1.7 }
  - { name: 垃圾分类亭建设, initial: 72, adjustment: 0, total: 72, actual: 70.56, carryover: 1.44 }
  - { name: 保洁及收运人员劳务, initial: 120, adjustment: 18, total: 138, actual: 136.38, carryover: 1.62 }
  - { name: 宣传及积分兑换, initial: 14, adjustment: 8, total: 22, actual: 18, carryover: 4 }

budgetRate: { weight: 10, score: 9.73 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.12, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 新建垃圾分类亭, target: ≥45座, actual: 48座, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 分类收运覆盖行政村
    target: 18个
    actual: 16个
    weight: 10
    score: 8.89
    deviation: { reason: 两个山区村道路狭窄，收运车辆无法进入, measure: 配置小型电动收运车 }
  - level1: 产出指标
    level2: 质量指标
    name: 垃圾分类准确率
    target: ≥80%
    actual: 76%
    weight: 10
    score: 9.5
    deviation: { reason: 部分老年村民分类习惯尚未养成, measure: 加强入户指导 }
  - { level1: 产出指标, level2: 时效指标, name: 日产日清率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 成本指标, name: 每吨收运成本, target: ≤420元, actual: 405.6元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 生态效益指标, name: 垃圾减量率, target: ≥20%, actual: 23.4%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 村容村貌, target: 明显改善, actual: 明显改善, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 保洁员队伍稳定率, target: ≥90%, actual: 94%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 村民满意度, target: ≥90%, actual: 91.5%, weight: 10, score: 10 }

achievements:
  - { id: volunteers, group: 产出, topic: 宣传, name: 组建志愿者宣讲队, value: 11, unit: 支 }
  - { id: daily, group: 效益, topic: 收运量, name: 日均分类收运量, value: 21.6, unit: 吨, prior: 10.7 }
  - { id: points, group: 效益, topic: 积分兑换, name: 参与积分兑换的农户, value: 3126, unit: 户 }

problems:
  - id: villages
    text: 两个山区村未实现分类收运
    cause: 道路狭窄，收运车辆无法进入
    measure: 配置小型电动收运车
`,
  report: `
# 苇汀镇2024年度农村生活垃圾分类收运项目绩效自评报告

**填报单位**：篁陂县苇汀镇环境卫生管理所　**报送日期**：2025年2月27日

## 一、项目基本情况

苇汀镇下辖[[18;行政村个数（与指标目标同值，作为辖区情况不核对）]]个行政村，过去农村垃圾混收混运，转运站压力大。2024年镇里启动农村生活垃圾分类收运项目，内容包括购置分类收运车辆及设备、建设垃圾分类亭、聘用保洁及收运人员，以及开展宣传和积分兑换。

## 二、资金来源和使用

项目年初预算{budget.initial;2}万元，其中镇级财政资金{budget.sources.current.initial;2}万元、县级以奖代补资金{budget.sources.other.initial;2}万元。年中因收运设备和劳务费用增加，镇级财政追加{budget.adjustments[0].amount;2}万元，全年预算达到{budget.total;2}万元。

全年实际支出{budget.actual;2}万元，预算执行率{budget.rate;2}%，结余{budget.carryover;2}万元。支出包括车辆及设备购置{projects[0].actual;2}万元、分类亭建设{projects[1].actual;2}万元、保洁及收运人员劳务{projects[2].actual;2}万元及宣传和积分兑换{projects[3].actual;2}万元。结余主要在积分兑换一项，该项预算{projects[3].total;2}万元，实际只用了{projects[3].actual;2}万元。

## 三、项目实施和成效

全年新建垃圾分类亭{num(indicators[0].actual);0;lit}座，分类收运覆盖{num(indicators[1].actual);0;lit}个行政村，另有两个山区村因道路狭窄、收运车辆进不去，尚未覆盖，该项得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。收运车辆每天到各村收运[[2;区间，数据中没有]]～[[3;区间，数据中没有]]次，做到日产日清。

镇里组建志愿者宣讲队{achievements@volunteers.value;c;#b=十七~汉字计数（支）~no}支，逐村入户讲解分类方法。参与积分兑换的农户达到{achievements@points.value;0t}户。日均分类收运量{achievements@daily.value;1}吨，上年只有{achievements@daily.prior;1}吨，约为上年的{achievements@daily.value/achievements@daily.prior;cl;approx=约;style=bei}倍。垃圾减量率{num(indicators[5].actual);1;lit}%，每吨收运成本{num(indicators[4].actual);1;lit}元。

按镇党委、镇政府的安排，镇环卫所于12月对各村村民开展了满意度调查，共回收问卷[[630;问卷份数]]份，村民满意度{num(indicators[8].actual);1;lit}%。

## 四、绩效自评得分

1. 预算执行率：年度目标：[[100;执行率目标值，数据中没有]]%；实际完成：{budget.rate;2}%；分值{budgetRate.weight;0}分，得分{budgetRate.score;2}分。
2. 新建垃圾分类亭：年度目标：≥{num(indicators[0].target);0;lit}座；实际完成：{num(indicators[0].actual);0;lit}座；分值{indicators[0].weight;0}分，得分{indicators[0].score;0}分。
3. 分类收运覆盖行政村：年度目标：{num(indicators[1].target);0;lit}个；实际完成：{num(indicators[1].actual);0;lit}个；分值{indicators[1].weight;0}分，得分{indicators[1].score;2;#a=8.98~得分（列表式评分表）~yes~16 ÷ 18 × 10 = 8.89，各项得分之和与总分98.12不符}分。
4. 垃圾分类准确率：年度目标：≥{num(indicators[2].target);0;lit}%；实际完成：{num(indicators[2].actual);0;lit}%；分值{indicators[2].weight;0}分，得分{indicators[2].score;1}分。
5. 日产日清率：年度目标：{num(indicators[3].target);0;lit}%；实际完成：{num(indicators[3].actual);0;lit}%；分值{indicators[3].weight;0}分，得分{indicators[3].score;0}分。
6. 每吨收运成本（成本指标）：年度目标：≤{num(indicators[4].target);0;lit}元；实际完成：{num(indicators[4].actual);1;lit}元；分值{indicators[4].weight;0}分，得分{indicators[4].score;0}分。
7. 垃圾减量率：年度目标：≥{num(indicators[5].target);0;lit}%；实际完成：{num(indicators[5].actual);1;lit}%；分值{indicators[5].weight;0}分，得分{indicators[5].score;0}分。
8. 村容村貌：年度目标：明显改善；实际完成：明显改善；分值{indicators[6].weight;0}分，得分{indicators[6].score;0}分。
9. 保洁员队伍稳定率：年度目标：≥{num(indicators[7].target);0;lit}%；实际完成：{num(indicators[7].actual);0;lit}%；分值{indicators[7].weight;0}分，得分{indicators[7].score;0}分。
10. 村民满意度：年度目标：≥{num(indicators[8].target);0;lit}%；实际完成：{num(indicators[8].actual);1;lit}%；分值{indicators[8].weight;0}分，得分{indicators[8].score;0}分。

十项合计{scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[2].score}分，自评等级“{scoreSummary.grade;=优;lit}”。

## 五、问题和下一步打算

一是两个山区村还没有纳入分类收运；二是部分老年村民分类习惯尚未养成，分类准确率没有达到目标。下一步，镇里准备为山区村配置小型电动收运车，并请志愿者宣讲队继续入户指导。

联系人：岑予舟，电话：[[57318024;电话]]
`,
};

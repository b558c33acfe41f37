'use strict';
// 11 棠沅市体育局——部门整体支出，市级，纯文本
// 写法：大模型起草式（“总体来看”“值得一提的是”）；按部门整体评价维度（运行成本、管理效率、履职效能、社会效应、
// 可持续发展能力、满意度）打分；千分位；金牌“增长1.1倍”、名次“前进4位”；环比；最少…最多；个百分点；亿元。
module.exports = {
  id: '11',
  slug: 'tangyuan-tiyu',
  format: 'txt',
  kind: 'department',
  level: '市',
  name: '棠沅市体育局',
  title: '棠沅市体育局2024年度部门整体支出绩效自评报告',
  style: '大模型起草式（总体来看）；按部门整体维度评分；千分位；增长1.1倍、前进4位；环比；最少…最多；个百分点；亿元；空格对齐自评表',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 棠沅市体育局 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
# 指标按部门整体支出评价维度归类；其他资金为体育彩票公益金。
kind: department
version: 2

meta:
  year: 2024
  unit: 棠沅市体育局
  shortName: 市体育局
  title: 棠沅市体育局2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 58
  actual: 55
  retired: 37
  controlRate: 94.83

background:
  functions: [竞技体育, 全民健身, 青少年体育, 体育产业和赛事]

budget:
  initial: 9680
  adjustments:
    - { type: 追加, amount: 2100, reason: 省运会备战和参赛 }
    - { type: 追加, amount: 250, reason: 体育彩票公益金 }
  total: 12030
  actual: 11762.94
  rate: 97.78
  carryover: 267.06
  sources:
    current: { initial: 9680, total: 11780, actual: 11512.94 }
    other: { initial: 0, total: 250, actual: 250 }

basicExpense:
  total: "2846.30"
  personnel: 2310.46
  publicUse: 535.84
  prior: 2790.12
  changeRate: 2.01

projectExpense:
  total: 8916.64
  prior: "6105.20"
  changeRate: 46.05
  reason: 省运会备战和参赛

projects:
  - { name: 省运会备战和参赛, actual: "3286.50" }
  - { name: 全民健身设施建设, actual: 2964.28 }
  - { name: 青少年体育训练, actual: 1520.86 }
  - { name: 体育赛事活动, actual: 895 }
  - { name: 体育彩票公益金项目, actual: 250 }

threePublic:
  vehicle: { prior: "12.40", budget: 13, actual: 11.86 }
  reception: { prior: "3.20", budget: 3.5, actual: 2.74 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: "15.60", budget: 16.5, actual: "14.60", changeRate: -6.41 }

procurement:
  budget: 3150
  actual: 3046.72
  goods: { budget: 1320, actual: "1286.40" }
  works: { budget: 1580, actual: "1528.60" }
  services: { budget: 250, actual: 231.72 }

budgetRate:
  weight: 10
  score: 9.78

indicators:
  - { level1: 运行成本, level2: 经济成本, name: “三公”经费控制率, target: ≤100%, actual: 88.48%, weight: 10, score: 10, direction: negative }
  - { level1: 管理效率, level2: 预算管理, name: 政府采购执行率, target: ≥95%, actual: 96.72%, weight: 10, score: 10 }
  - { level1: 履职效能, level2: 竞技体育, name: 省运会金牌, target: ≥35枚, actual: 42枚, weight: 10, score: 10 }
  - level1: 履职效能
    level2: 全民健身
    name: 新建健身步道
    target: ≥50公里
    actual: 48.6公里
    weight: 10
    score: 9.72
    deviation: { reason: 一段步道因林地审批延后, measure: 2025年二季度完成 }
  - { level1: 履职效能, level2: 全民健身, name: 新建社区健身点, target: ≥120个, actual: 135个, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 全民健身, name: 经常参加体育锻炼人口比例, target: ≥40%, actual: 41.2%, weight: 10, score: 10 }
  - { level1: 社会效应, level2: 全民健身, name: 人均体育场地面积, target: ≥2.8平方米, actual: 2.86平方米, weight: 10, score: 10 }
  - { level1: 可持续发展能力, level2: 后备人才, name: 输送省队运动员, target: ≥20名, actual: 23名, weight: 10, score: 10 }
  - { level1: 满意度, level2: 服务对象满意度, name: 群众满意度, target: ≥90%, actual: 91.5%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: "99.50"
  grade: 优

achievements:
  - { id: golds, group: 履职效能, topic: 省运会, name: 省运会金牌, value: 42, unit: 枚, prior: 20 }
  - { id: medals, group: 履职效能, topic: 省运会, name: 奖牌总数, value: 116, unit: 枚 }
  - { id: gold_rank, group: 履职效能, topic: 省运会, name: 金牌榜名次, value: 3, unit: 位, prior: 7 }
  - { id: parks, group: 履职效能, topic: 全民健身设施, name: 新建体育公园, value: 6, unit: 个 }
  - { id: trails, group: 履职效能, topic: 全民健身设施, name: 新建健身步道, value: 48.6, unit: 公里 }
  - { id: spots, group: 履职效能, topic: 全民健身设施, name: 新建社区健身点, value: 135, unit: 个 }
  - { id: area_pc, group: 社会效应, topic: 全民健身, name: 人均体育场地面积, value: 2.86, unit: 平方米, prior: 2.52 }
  - { id: active_ratio, group: 社会效应, topic: 全民健身, name: 经常参加体育锻炼人口比例, value: 41.2, unit: '%', prior: 39.5 }
  - { id: q4_users, group: 社会效应, topic: 全民健身, name: 四季度健身设施使用, value: 186.5, unit: 万人次, prior: 165.6, changeRate: 12.62, note: prior 为三季度，环比 }
  - { id: events, group: 履职效能, topic: 赛事, name: 举办市级以上赛事, value: 64, unit: 场 }
  - { id: entrants, group: 履职效能, topic: 赛事, name: 参赛, value: 3.18, unit: 万人次 }
  - { id: entrants_min, group: 履职效能, topic: 赛事, name: 单场参赛最少, value: 120, unit: 人 }
  - { id: entrants_max, group: 履职效能, topic: 赛事, name: 单场参赛最多, value: 8600, unit: 人 }
  - { id: industry, group: 社会效应, topic: 体育产业, name: 体育产业总规模, value: 86.4, unit: 亿元 }
  - { id: athletes, group: 可持续发展能力, topic: 后备人才, name: 输送省队运动员, value: 23, unit: 名 }

problems:
  - id: trail
    text: 健身步道未完成目标
    cause: 一段步道林地审批延后
    measure: 2025年二季度完成
  - id: carry
    text: 年末结转资金偏多
    cause: 部分设施工程未结算
    measure: 加快工程结算
`,
  body: `
棠沅市体育局2024年度部门整体支出绩效自评报告

一、部门概况

  市体育局主要负责竞技体育、全民健身、青少年体育和体育产业、赛事等工作。核定编制{staffing.authorized|0}名，年末在职{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%，另有退休人员{staffing.retired|0}人。

二、部门整体支出情况

（一）预算及执行

  年初预算{budget.initial|2t}万元。年内为省运会备战和参赛追加{budget.adjustments[0].amount|2t}万元，另安排体育彩票公益金{budget.sources.other.total|2}万元，全年预算{budget.total|2t}万元。全年支出{budget.actual|2t}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%，年末结转{budget.carryover|2}万元。

（二）支出结构

  基本支出{basicExpense.total|2t}万元，同比增长{basicExpense.changeRate|2|refs=basicExpense.total;basicExpense.prior}%，其中人员经费{basicExpense.personnel|2t}万元、公用经费{basicExpense.publicUse|2}万元。项目支出{projectExpense.total|2t}万元，同比增长{projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior}%，增幅较大主要是省运会备战和参赛。项目支出构成如下：

@@table indent=2
项目 | 支出（万元） | 占项目支出
省运会备战和参赛 | {projects[0].actual|2t|u=万元} | {projects[0].actual/projectExpense.total*100|2}%
全民健身设施建设 | {projects[1].actual|2t|u=万元} | {projects[1].actual/projectExpense.total*100|2}%
青少年体育训练 | {projects[2].actual|2t|u=万元} | {projects[2].actual/projectExpense.total*100|2}%
体育赛事活动 | {projects[3].actual|2|u=万元} | {projects[3].actual/projectExpense.total*100|2}%
体育彩票公益金项目 | {projects[4].actual|2|u=万元} | {projects[4].actual/projectExpense.total*100|2}%
合计 | {projectExpense.total|2t|u=万元} | [[100.00%|合计占比]]
@@end

（三）“三公”经费和政府采购

  “三公”经费支出{threePublic.total.actual|2}万元，为预算的{threePublic.total.actual/threePublic.total.budget*100|2}%，比上年下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%。政府采购预算{procurement.budget|2t}万元，实际采购{procurement.actual|2t}万元，其中货物{procurement.goods.actual|2t}万元、工程{procurement.works.actual|2t}万元、服务{procurement.services.actual|2}万元，执行率{procurement.actual/procurement.budget*100|2}%。

三、履职成效

  （1）竞技体育。在第十七届省运会上，我市代表团获得金牌{achievements@golds.value|0}枚、奖牌{achievements@medals.value|0}枚，金牌数比上届的{achievements@golds.prior|0}枚增长{(achievements@golds.value-achievements@golds.prior)/achievements@golds.prior|1}倍，金牌榜名次由第{achievements@gold_rank.prior|0}位升至第{achievements@gold_rank.value|0}位，前进{achievements@gold_rank.prior-achievements@gold_rank.value|0}位。
  （2）全民健身。新建体育公园{achievements@parks.value|0}个、健身步道{achievements@trails.value|1}公里、社区健身点{achievements@spots.value|0}个。人均体育场地面积由{achievements@area_pc.prior|2}平方米增加到{achievements@area_pc.value|2}平方米；经常参加体育锻炼人口比例达到{achievements@active_ratio.value|1}%，比上年提高{achievements@active_ratio.value-achievements@active_ratio.prior|1}个百分点。四季度全市健身设施使用{achievements@q4_users.value|1}万人次，环比增长{achievements@q4_users.changeRate|2|refs=achievements@q4_users.value}%。
  （3）赛事活动。全年举办市级以上赛事{achievements@events.value|0}场，参赛{achievements@entrants.value|2}万人次，单场参赛人数最少{achievements@entrants_min.value|0}人、最多{achievements@entrants_max.value|0t|#b}人。全市体育产业总规模{achievements@industry.value|1}亿元。
  （4）后备人才。向省队输送运动员{achievements@athletes.value|0}名。

  值得一提的是，全民健身设施建设支出{projects[1].actual|2t}万元，占项目支出的比重超过{projects[1].actual/projectExpense.total*100|=三|u=成,approx=超}成，是群众获得感最直接的一块。

四、自评得分

@@table indent=2
维度 | 指标 | 目标值 | 完成值 | 分值 | 得分
管理效率 | 预算执行率 | — | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate}
运行成本 | “三公”经费控制率 | {indicators[0].target||lit} | {indicators[0].actual||lit,refs=threePublic.total.actual} | {indicators[0].weight|0} | {indicators[0].score|0}
管理效率 | 政府采购执行率 | {indicators[1].target||lit} | {indicators[1].actual||lit,refs=procurement.actual} | {indicators[1].weight|0} | {indicators[1].score|0}
履职效能 | 省运会金牌 | {indicators[2].target||lit} | {indicators[2].actual||lit,refs=achievements@golds.value} | {indicators[2].weight|0} | {indicators[2].score|0}
履职效能 | 新建健身步道 | {indicators[3].target||lit} | {indicators[3].actual||lit,refs=achievements@trails.value} | {indicators[3].weight|0} | {indicators[3].score|2|refs=scoreSummary.scoreTotal,#a}
履职效能 | 新建社区健身点 | {indicators[4].target||lit} | {indicators[4].actual||lit,refs=achievements@spots.value} | {indicators[4].weight|0} | {indicators[4].score|0}
社会效应 | 经常参加体育锻炼人口比例 | {indicators[5].target||lit} | {indicators[5].actual||lit,refs=achievements@active_ratio.value} | {indicators[5].weight|0} | {indicators[5].score|0}
社会效应 | 人均体育场地面积 | {indicators[6].target||lit} | {indicators[6].actual||lit,refs=achievements@area_pc.value} | {indicators[6].weight|0} | {indicators[6].score|0}
可持续发展能力 | 输送省队运动员 | {indicators[7].target||lit} | {indicators[7].actual||lit,refs=achievements@athletes.value} | {indicators[7].weight|0} | {indicators[7].score|0}
满意度 | 群众满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0}
合计 | — | — | — | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2}
@@end

  总体来看，除新建健身步道差{num(indicators[3].target)-achievements@trails.value|1}公里未完成外，其余指标均达到年度目标，自评得分{scoreSummary.scoreTotal|2}分，等级为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

五、存在问题和下一步措施

  一是健身步道有一段因林地审批延后，计划2025年二季度完工；二是年末结转资金偏多，主要是部分设施工程尚未结算，下一步加快工程结算和资金拨付。
`,
  bad: {
    a: { new: '9.73', kind: '自评表得分末位加一（各项得分之和与合计不符）', internal: 'yes', relation: '9.78 + 各项得分 = 合计99.50；按比例 48.6 ÷ 50 × 10 = 9.72' },
    b: { new: '860', kind: '区间上限少写一个0', internal: 'no' },
  },
};

'use strict';
// 06 蘅洲市林木良种苗木培育补助资金（市林业局）——项目，市级，docx
const P = (p, h) => ({ p, h });
module.exports = {
  format: 'docx',
  level: '市',
  unitName: '蘅洲市林木良种苗木培育补助资金（市林业局主管、市林木种苗站实施）',
  sector: '林木种苗',
  title: '蘅洲市2024年度林木良种苗木培育补助资金绩效自评报告',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 06：蘅洲市林木良种苗木培育补助资金（虚构）。金额单位：万元。
# 全年预算 = 年初 1,280.00 + 追加 360.00 − 压减 95.00 = 1,545.00；执行 1,497.63；结余结转 47.37。
kind: project
version: 2

meta:
  year: 2024
  unit: 蘅洲市林业局
  shortName: 市林业局
  department: 蘅洲市林业局
  implementer: 蘅洲市林木种苗站
  project: 林木良种苗木培育补助资金
  title: 蘅洲市2024年度林木良种苗木培育补助资金绩效自评报告
  thousands: true

budget:
  initial: "1,280.00"
  adjustments:
    - { type: 追加, amount: "360.00", reason: 省级林木种苗补助 }
    - { type: 压减, amount: "95.00", reason: 市级财政统一压减 }
  total: "1,545.00"
  actual: "1,497.63"
  rate: 96.93
  carryover: "47.37"
  sources:
    current: { initial: "1,280.00", total: "1,545.00", actual: "1,497.63" }

budgetRate: { weight: 10, score: 9.69 }

scoreSummary: { weightTotal: 100, scoreTotal: 88.67, grade: 良 }

goals:
  expected: [建设良种采穗圃，提高造林良种使用率]

projects:
  - { name: 良种采穗圃建设, total: "620.00", actual: "611.18" }
  - { name: 保障性苗圃育苗补助, total: "545.00", actual: "523.45" }
  - { name: 种苗质量抽检, total: "180.00", actual: "168.00" }
  - { name: 乡土树种收集保存, total: "200.00", actual: "195.00" }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 培育良种苗木, target: ≥2500万株, actual: 2846万株, weight: 15, score: 15 }
  - { level1: 产出指标, level2: 数量指标, name: 建设良种采穗圃, target: ≥5个, actual: 5个, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 质量指标
    name: 苗木质量抽检合格率
    target: ≥95%
    actual: 88.57%
    weight: 10
    score: 9.32
    deviation: { reason: 两家社会苗圃苗木地径不达标, measure: 取消其保障性苗圃资格 }
  - level1: 产出指标
    level2: 数量指标
    name: 乡土树种种质收集
    target: ≥150份
    actual: 96份
    weight: 10
    score: 6.4
    deviation: { reason: 野外调查受汛期影响推迟 }
  - { level1: 成本指标, level2: 经济成本指标, name: 每万株育苗补助, target: ≤2000元, actual: 1840元, weight: 5, score: 5, direction: negative }
  - level1: 效益指标
    level2: 生态效益指标
    name: 造林良种使用率
    target: ≥75%
    actual: 71.6%
    weight: 15
    score: 14.32
  - level1: 效益指标
    level2: 可持续影响指标
    name: 苗木供应造林面积
    target: ≥20万亩
    actual: 12.4万亩
    weight: 15
    score: 9.3
    deviation: { reason: 春季干旱，部分县区造林任务推迟到秋冬季 }
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 造林主体满意度
    target: ≥90%
    actual: 86.8%
    weight: 10
    score: 9.64

achievements:
  - { id: seedlings, group: 产出, topic: 育苗, name: 培育良种苗木, value: 2846, unit: 万株, prior: 2310 }
  - { id: orchards, group: 产出, topic: 采穗圃, name: 良种采穗圃, value: 5, unit: 个 }
  - { id: orchard_area, group: 产出, topic: 采穗圃, name: 采穗圃面积, value: 1260, unit: 亩 }
  - { id: batches, group: 产出, topic: 抽检, name: 抽检苗木, value: 420, unit: 批 }
  - { id: batches_ok, group: 产出, topic: 抽检, name: 抽检合格, value: 372, unit: 批 }
  - { id: germplasm, group: 产出, topic: 种质, name: 收集乡土树种种质, value: 96, unit: 份 }
  - { id: afforest, group: 效益, topic: 造林, name: 苗木供应造林面积, value: 12.4, unit: 万亩 }
`,
  blocks: [
    { p: '蘅洲市2024年度林木良种苗木培育补助资金绩效自评报告', h: 0, center: true },
    { p: '（蘅洲市林业局　2025年3月）', center: true },
    P('一、项目概况', 1),
    P('本资金由市林业局主管，市林木种苗站组织实施，支持四项工作：①良种采穗圃建设；②保障性苗圃育苗补助；③种苗质量抽检；④乡土树种种质收集保存。本年建成良种采穗圃{achievements@orchards.value|=五|cn|refs=indicators[1].actual}个，面积合计{achievements@orchard_area.value|0t|#b=1,620~采穗圃面积数字颠倒~no}亩，主要繁育枫香、木荷、闽楠和“澄林[[3|品种名称中的数字]]号”杉木无性系。'),
    P('二、资金情况', 1),
    P('年初预算{budget.initial|2t}万元，年中争取省级补助{budget.adjustments[0].amount|2}万元，市级压减{budget.adjustments[1].amount|2}万元，全年预算{budget.total|2t}万元。全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余{budget.carryover|2}万元留待下年继续用于采穗圃管护。各项支出见下表。'),
    { table: [
      ['支出项目', '全年预算（元）', '实际支出（元）', '执行率'],
      ['良种采穗圃建设', '{projects[0].total*10000|0t|u=元}', '{projects[0].actual*10000|0t|u=元|refs=budget.actual}', '{projects[0].actual/projects[0].total*100|2|refs=projects[0].actual;projects[0].total}%'],
      ['保障性苗圃育苗补助', '{projects[1].total*10000|0t|u=元}', '{projects[1].actual*10000|0t|u=元|refs=budget.actual}', '{projects[1].actual/projects[1].total*100|2|refs=projects[1].actual;projects[1].total}%'],
      ['种苗质量抽检', '{projects[2].total*10000|0t|u=元}', '{projects[2].actual*10000|0t|u=元|refs=budget.actual;achievements@batches.value}', '{projects[2].actual/projects[2].total*100|2|refs=projects[2].actual;projects[2].total}%'],
      ['乡土树种收集保存', '{projects[3].total*10000|0t|u=元}', '{projects[3].actual*10000|0t|u=元|refs=budget.actual}', '{projects[3].actual/projects[3].total*100|2|refs=projects[3].actual;projects[3].total}%'],
      ['合计', '{budget.total*10000|0t|u=元}', '{budget.actual*10000|0t|u=元|refs=budget.actual}', '{budget.rate|2|refs=budget.actual;budget.total}%'],
    ] },
    P('三、绩效目标完成情况', 1),
    P('（一）产出指标', 2),
    P('全年培育良种苗木{achievements@seedlings.value|0t|refs=indicators[0].actual}万株，比上年的{achievements@seedlings.prior|0t}万株增长{(achievements@seedlings.value-achievements@seedlings.prior)/achievements@seedlings.prior*100|1|refs=achievements@seedlings.value;achievements@seedlings.prior|#a=32.2~增长率数字颠倒（(2,846 − 2,310) ÷ 2,310 = 23.2%）~yes~增长率}%。'),
    P('抽检苗木{achievements@batches.value|0}批，合格{achievements@batches_ok.value|0|refs=indicators[2].actual}批，合格率{achievements@batches_ok.value/achievements@batches.value*100|2|refs=achievements@batches_ok.value;achievements@batches.value;indicators[2].actual}%，低于{indicators[2].target|=95|lit}%的目标；抽检费用折合每批{projects[2].actual*10000/achievements@batches.value|0t|refs=projects[2].actual;achievements@batches.value}元。两家社会苗圃的苗木地径不达标，已取消其保障性苗圃资格。'),
    P('收集乡土树种种质{achievements@germplasm.value|0|refs=indicators[3].actual}份，只完成目标的{num(indicators[3].actual)/num(indicators[3].target)*100|=六成|style=cheng|approx=多|refs=indicators[3].actual;indicators[3].target}多，原因是野外调查受汛期影响推迟。每万株育苗补助{indicators[4].actual|lit}，控制在{indicators[4].target|=2,000|lit}元以内。'),
    P('（二）效益指标', 2),
    P('造林良种使用率{indicators[5].actual|lit}。因春季干旱，部分县区造林推迟到秋冬季，全年苗木供应造林面积{achievements@afforest.value|1|refs=indicators[6].actual}万亩，仅完成目标的{num(indicators[6].actual)/num(indicators[6].target)*100|0|refs=indicators[6].actual;indicators[6].target}%。'),
    P('（三）满意度指标', 2),
    P('对造林主体发放问卷[[260|问卷份数]]份，满意度{indicators[7].actual|lit}，未达到目标，意见主要集中在苗木调运不及时。'),
    P('四、自评结果', 1),
    { table: [
      ['指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['预算执行率', '[[100|执行率目标值]]%', '{budget.rate|2|refs=budget.actual;budget.total}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate;budgetRate.weight}'],
      ['培育良种苗木', '{indicators[0].target|lit}', '{indicators[0].actual|lit}', '{indicators[0].weight|0}', '{indicators[0].score|0|refs=scoreSummary.scoreTotal}'],
      ['建设良种采穗圃', '{indicators[1].target|lit}', '{indicators[1].actual|lit}', '{indicators[1].weight|0}', '{indicators[1].score|0|refs=scoreSummary.scoreTotal}'],
      ['苗木质量抽检合格率', '{indicators[2].target|lit}', '{indicators[2].actual|lit}', '{indicators[2].weight|0}', '{indicators[2].score|2|refs=scoreSummary.scoreTotal;indicators[2].actual;indicators[2].target}'],
      ['乡土树种种质收集', '{indicators[3].target|lit}', '{indicators[3].actual|lit}', '{indicators[3].weight|0}', '{indicators[3].score|2|refs=scoreSummary.scoreTotal;indicators[3].actual;indicators[3].target}'],
      ['每万株育苗补助（成本）', '{indicators[4].target|lit}', '{indicators[4].actual|lit}', '{indicators[4].weight|0}', '{indicators[4].score|0|refs=scoreSummary.scoreTotal}'],
      ['造林良种使用率', '{indicators[5].target|lit}', '{indicators[5].actual|lit}', '{indicators[5].weight|0}', '{indicators[5].score|2|refs=scoreSummary.scoreTotal;indicators[5].actual;indicators[5].target}'],
      ['苗木供应造林面积', '{indicators[6].target|lit}', '{indicators[6].actual|lit}', '{indicators[6].weight|0}', '{indicators[6].score|2|refs=scoreSummary.scoreTotal;indicators[6].actual;indicators[6].target}'],
      ['造林主体满意度', '{indicators[7].target|lit}', '{indicators[7].actual|lit}', '{indicators[7].weight|0}', '{indicators[7].score|2|refs=scoreSummary.scoreTotal;indicators[7].actual;indicators[7].target}'],
      ['合计', '', '', '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}'],
    ] },
    P('五项指标未达成，均按完成比例计分。自评总分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级为“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}”。'),
    P('五、存在问题和改进措施', 1),
    P('Ⅰ．苗木质量不稳定。社会苗圃管理水平参差不齐。下一步实行保障性苗圃年度考核，考核不合格的退出。'),
    P('Ⅱ．种质收集进度慢。野外调查季节性强，计划安排不合理。下一步把调查时间调整到汛期之前。'),
    P('Ⅲ．苗木调运不及时。调运计划与造林时间衔接不够。下一步建立县区用苗需求月报。'),
    P('联系人：市林木种苗站　电话：[[3318620|电话]]'),
  ],
};

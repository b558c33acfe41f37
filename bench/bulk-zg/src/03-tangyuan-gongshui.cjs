'use strict';
// 03 棠沅市城乡供水一体化工程（市水务局）——项目支出，市级，Word
// 写法：正式公文，Word 自评表含合并单元格（纵向合并“项目资金”“产出指标”，横向合并项目名称、总分）；
// 亿元与万元并用；“约七成”“三分之二”；人均投入；由…提高到…、个百分点；汉字计数（四十八座、十二个乡镇）；一项未达成。
const T = (t, o) => ({ t, ...o });
module.exports = {
  id: '03',
  slug: 'tangyuan-gongshui',
  format: 'docx',
  kind: 'project',
  level: '市',
  name: '棠沅市城乡供水一体化工程（市水务局）',
  title: '棠沅市2024年度城乡供水一体化工程项目支出绩效自评报告',
  style: '正式公文；Word 自评表纵横合并单元格；亿元与万元；约七成、三分之二；人均投入；由…提高到…个百分点；汉字计数；一项未达成',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 棠沅市城乡供水一体化工程 2024 年度绩效自评（项目支出）。虚构。金额单位：万元。
# 其他资金为地方政府专项债券。
kind: project
version: 2

meta:
  year: 2024
  unit: 棠沅市水务局
  shortName: 市水务局
  department: 棠沅市水务局
  implementer: 棠沅市供排水事务中心
  project: 棠沅市城乡供水一体化工程
  title: 棠沅市2024年度城乡供水一体化工程项目支出绩效自评报告

background:
  purpose: [水厂扩建, 城乡供水管网延伸, 村级供水站改造, 水质检测能力建设]

budget:
  initial: 6800
  adjustments:
    - { type: 追加, amount: 1200, reason: 省级水利发展资金 }
  total: 8000
  actual: 7436.52
  rate: 92.96
  carryover: 563.48
  sources:
    current: { initial: 4300, total: 5500, actual: 4936.52 }
    other: { initial: 2500, total: 2500, actual: 2500 }

budgetRate:
  weight: 10
  score: "9.30"

goals:
  expected: [农村自来水普及率达到94%以上]

projects:
  - name: 水厂扩建
    total: 3600
    actual: "3412.80"
    carryover: "187.20"
  - name: 城乡供水管网延伸
    total: 3100
    actual: 2876.35
    carryover: 223.65
  - name: 村级供水站改造
    total: 900
    actual: 786.97
    carryover: 113.03
  - name: 水质检测能力建设
    total: 400
    actual: "360.40"
    carryover: "39.60"

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 铺设供水管网, target: ≥180公里, actual: 186.4公里, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 改造村级供水站
    target: 50座
    actual: 48座
    weight: 10
    score: 9.6
    deviation: { reason: 两座站点所在村庄纳入易地搬迁, measure: 调整为管网直供 }
  - { level1: 产出指标, level2: 质量指标, name: 农村供水水质达标率, target: ≥95%, actual: 98.7%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 水厂扩建主体工程完工, target: 年内完工, actual: 已完工, weight: 10, score: 10, band: 达成 }
  - { level1: 产出指标, level2: 成本指标, name: 管网每公里造价, target: ≤16万元/公里, actual: 15.43万元/公里, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 农村自来水普及率, target: ≥94%, actual: 95.1%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 受益人口, target: ≥20万人, actual: 21.6万人, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 新增日供水能力, target: 5万立方米, actual: 5万立方米, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受益群众满意度, target: ≥90%, actual: 93.4%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: "98.90"
  grade: 优

achievements:
  - { id: invest_total, topic: 工程投资, name: 工程总投资, value: 2.36, unit: 亿元 }
  - { id: invest_done, topic: 工程投资, name: 累计完成投资, value: 1.72, unit: 亿元 }
  - { id: capacity_before, group: 水厂扩建, topic: 供水能力, name: 扩建前日供水能力, value: 8, unit: 万立方米 }
  - { id: capacity_after, group: 水厂扩建, topic: 供水能力, name: 扩建后日供水能力, value: 13, unit: 万立方米 }
  - { id: pipe_km, group: 城乡供水管网延伸, topic: 管网, name: 铺设供水管网, value: 186.4, unit: 公里 }
  - { id: towns, group: 城乡供水管网延伸, topic: 管网, name: 管网覆盖乡镇, value: 12, unit: 个 }
  - { id: stations, group: 村级供水站改造, topic: 供水站, name: 改造村级供水站, value: 48, unit: 座 }
  - { id: villages_served, topic: 受益范围, name: 受益行政村, value: 132, unit: 个 }
  - { id: villages_total, topic: 受益范围, name: 全市行政村, value: 198, unit: 个 }
  - { id: people, topic: 受益范围, name: 受益人口, value: 21.6, unit: 万人 }
  - { id: coverage, topic: 普及率, name: 农村自来水普及率, value: 95.1, unit: '%', prior: 86.3 }
  - { id: lab_items, group: 水质检测能力建设, topic: 水质检测, name: 可检测水质指标, value: 106, unit: 项, prior: 42 }
  - { id: samples, group: 水质检测能力建设, topic: 水质检测, name: 全年检测水样, value: 3260, unit: 份 }

problems:
  - id: pace
    text: 管网延伸工程进度偏慢
    cause: 征地协调和雨季施工影响
    measure: 实行挂图作战，按月通报进度
  - id: stations
    text: 两座村级供水站未改造
    cause: 所在村庄纳入易地搬迁
    measure: 调整为管网直供

measures:
  - { text: 按月通报进度, answers: pace }
  - { text: 管网直供替代村级站, answers: stations }
`,
  blocks: [
    ['title', '棠沅市2024年度城乡供水一体化工程项目支出绩效自评报告'],
    ['sub', '棠沅市水务局'],
    ['p', '按照市财政局《关于做好2024年度市级预算绩效自评工作的通知》（棠财绩〔2025〕9号）要求，市水务局组织市供排水事务中心对城乡供水一体化工程年度资金开展了绩效自评，形成本报告。'],
    ['h1', '一、项目基本情况'],
    ['h2', '（一）项目概况'],
    ['p', '城乡供水一体化工程总投资{achievements@invest_total.value|2}亿元，建设期[[三|建设期年数，数据中没有]]年，主要建设内容包括水厂扩建、城乡供水管网延伸、村级供水站改造和水质检测能力建设。截至年底累计完成投资{achievements@invest_done.value|2}亿元，约占总投资的{achievements@invest_done.value/achievements@invest_total.value*100|=七|u=成,approx=成}成。'],
    ['h2', '（二）年度绩效目标'],
    ['p', '年度目标为：铺设供水管网{indicators[0].target||lit}，改造村级供水站{indicators[1].target||lit}，水厂扩建主体工程年内完工，农村自来水普及率{indicators[5].target||lit}，受益群众满意度{indicators[8].target||lit}。'],
    ['h1', '二、资金投入和使用情况'],
    ['h2', '（一）资金安排'],
    ['p', '年初预算{budget.initial|2}万元，其中市级财政资金{budget.sources.current.initial|2}万元、地方政府专项债券{budget.sources.other.initial|2}万元。年中省财政下达水利发展资金{budget.adjustments[0].amount|2}万元，调整后全年预算{budget.total|2}万元（{budget.total/10000|2}亿元）。'],
    ['h2', '（二）资金执行'],
    ['p', '全年实际支出{budget.actual|2}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%。专项债券{budget.sources.other.actual|2}万元全部支出，财政资金支出{budget.sources.current.actual|2}万元，结余结转{budget.carryover|2}万元，主要是管网延伸工程尚未结算。'],
    ['table', {
      widths: [1500, 2100, 1300, 1300, 1300, 1100],
      rows: [
        ['项目资金（万元）', '来源', '年初预算数', '全年预算数', '全年执行数', '执行率'],
        [T('项目资金', { vm: 'r' }), '年度资金总额', '{budget.initial|2|u=万元}', '{budget.total|2|u=万元}', '{budget.actual|2|u=万元}', '{budget.rate|2}%'],
        [T('', { vm: 'c' }), '当年财政拨款', '{budget.sources.current.initial|2|u=万元}', '{budget.sources.current.total|2|u=万元}', '{budget.sources.current.actual|2|u=万元}', '{budget.sources.current.actual/budget.sources.current.total*100|2}%'],
        [T('', { vm: 'c' }), '其他资金（专项债券）', '{budget.sources.other.initial|2|u=万元}', '{budget.sources.other.total|2|u=万元}', '{budget.sources.other.actual|2|u=万元}', '{budget.sources.other.actual/budget.sources.other.total*100|0}%'],
      ],
    }],
    ['p', '分子项看，水厂扩建支出{projects[0].actual|2}万元，城乡供水管网延伸支出{projects[1].actual|2}万元，村级供水站改造支出{projects[2].actual|2}万元，水质检测能力建设支出{projects[3].actual|2}万元。'],
    ['h2', '（三）资金管理'],
    ['p', '工程资金实行专账核算，按工程进度拨付，进度款拨付比例不超过已完成工程量的[[80%|合同约定比例，数据中没有]]。全年召开工程调度会[[14|会议次数，数据中没有]]次，开展资金专项检查[[两|检查次数，数据中没有]]次。'],
    ['h1', '三、绩效目标完成情况'],
    ['h2', '（一）产出'],
    ['h3', '1. 水厂扩建'],
    ['p', '水厂扩建主体工程于[[11|月份]]月完工，日供水能力由{achievements@capacity_before.value|0}万立方米提高到{achievements@capacity_after.value|0}万立方米，新增{indicators[7].actual||lit}。'],
    ['h3', '2. 管网延伸'],
    ['p', '铺设供水管网{achievements@pipe_km.value|1}公里，覆盖{achievements@towns.value|c}个乡镇。管网每公里造价{projects[1].actual/achievements@pipe_km.value|2}万元，低于{indicators[4].target|=16|lit}万元的控制标准。'],
    ['h3', '3. 村级供水站改造'],
    ['p', '改造村级供水站{achievements@stations.value|c}座，比目标少{num(indicators[1].target)-achievements@stations.value|=两|u=座}座，完成率{achievements@stations.value/num(indicators[1].target)*100|0}%。未改造的{num(indicators[1].target)-achievements@stations.value|=两|u=座}座站点所在村庄已纳入易地搬迁，改由管网直接供水。'],
    ['h3', '4. 水质检测'],
    ['p', '市水质检测中心完成设备更新，全年检测水样{achievements@samples.value|0}份，农村供水水质达标率{indicators[2].actual||lit}。检测能力变化见下表。'],
    ['table', {
      widths: [2600, 2200, 2200, 2000],
      rows: [
        ['项目', '建设前', '建设后', '备注'],
        ['可检测水质指标（项）', '{achievements@lab_items.prior|0|u=项}', '{achievements@lab_items.value|0|u=项,#b}', '达到国家标准全分析要求'],
        ['日供水能力（万立方米）', '{achievements@capacity_before.value|0|u=万立方米}', '{achievements@capacity_after.value|0|u=万立方米}', '水厂扩建'],
      ],
    }],
    ['h2', '（二）效益'],
    ['p', '工程受益行政村{achievements@villages_served.value|0}个，占全市{achievements@villages_total.value|0}个行政村的{achievements@villages_served.value/achievements@villages_total.value*100|=三分之二|u=分之,approx=分之}；受益人口{achievements@people.value|1}万人，按年度支出测算人均投入约{budget.actual/achievements@people.value|0|approx=约}元。全市农村自来水普及率由上年的{achievements@coverage.prior|1}%提高到{achievements@coverage.value|1}%，提高{achievements@coverage.value-achievements@coverage.prior|1|#a}个百分点。'],
    ['h2', '（三）满意度'],
    ['p', '通过入户走访和电话回访，受益群众满意度为{indicators[8].actual||lit}。'],
    ['h1', '四、绩效自评结果'],
    ['table', {
      widths: [1100, 1300, 2000, 1300, 1300, 800, 800],
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [T('预算执行率', { span: 3 }), '[[100%|执行率目标值，数据中没有]]', '{budget.rate|2}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate}'],
        [T('产出指标', { vm: 'r' }), T('数量指标', { vm: 'r' }), '铺设供水管网', '{indicators[0].target||lit}', '{indicators[0].actual||lit}', '{indicators[0].weight|0}', '{indicators[0].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '改造村级供水站', '{indicators[1].target||lit}', '{indicators[1].actual||lit}', '{indicators[1].weight|0}', '{indicators[1].score|1}'],
        [T('', { vm: 'c' }), '质量指标', '农村供水水质达标率', '{indicators[2].target||lit}', '{indicators[2].actual||lit}', '{indicators[2].weight|0}', '{indicators[2].score|0}'],
        [T('', { vm: 'c' }), '时效指标', '水厂扩建主体工程完工', '年内完工', '已完工', '{indicators[3].weight|0}', '{indicators[3].score|0}'],
        [T('', { vm: 'c' }), '成本指标', '管网每公里造价', '{indicators[4].target||lit}', '{indicators[4].actual||lit,refs=projects[1].actual}', '{indicators[4].weight|0}', '{indicators[4].score|0}'],
        [T('效益指标', { vm: 'r' }), T('社会效益指标', { vm: 'r' }), '农村自来水普及率', '{indicators[5].target||lit}', '{indicators[5].actual||lit}', '{indicators[5].weight|0}', '{indicators[5].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '受益人口', '{indicators[6].target||lit}', '{indicators[6].actual||lit}', '{indicators[6].weight|0}', '{indicators[6].score|0}'],
        [T('', { vm: 'c' }), '可持续影响指标', '新增日供水能力', '{indicators[7].target||lit}', '{indicators[7].actual||lit}', '{indicators[7].weight|0}', '{indicators[7].score|0}'],
        ['满意度指标', '服务对象满意度', '受益群众满意度', '{indicators[8].target||lit}', '{indicators[8].actual||lit}', '{indicators[8].weight|0}', '{indicators[8].score|0}'],
        [T('总分', { span: 5 }), '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2}'],
      ],
    }],
    ['p', '“改造村级供水站”完成{indicators[1].actual||lit}，按比例得{indicators[1].score|1}分，其余指标全部达到年度目标。自评总分{scoreSummary.scoreTotal|2}分，等级为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。'],
    ['h1', '五、存在的问题及原因'],
    ['p', '一是管网延伸工程进度偏慢，受征地协调和雨季施工影响，年底仍有结余结转资金；二是{num(indicators[1].target)-num(indicators[1].actual)|=两|u=座}座村级供水站因所在村庄纳入易地搬迁未实施改造。'],
    ['h1', '六、下一步改进措施'],
    ['p', '一是对管网延伸工程实行挂图作战，按月通报进度，力争[[2025|年份]]年上半年完成结算；二是对易地搬迁村庄改由管网直接供水，不再单独建站。'],
    ['pr', '棠沅市水务局'],
    ['pr', '2025年3月28日'],
  ],
  bad: {
    a: { new: '9.8', kind: '个百分点写错（与前后两个普及率之差不符）', internal: 'yes', relation: '95.1% − 86.3% = 8.8个百分点' },
    b: { new: '42', kind: 'Word 表格单元格误抄同行“建设前”的数字', internal: 'no' },
  },
};

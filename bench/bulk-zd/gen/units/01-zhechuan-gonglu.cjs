'use strict';
// 01 柘川县农村公路养护资金（项目，县级，Markdown，# 标题）
const { m } = require('../lib.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '柘川县交通运输局',
    shortName: '县交通运输局',
    department: '柘川县交通运输局',
    implementer: '柘川县公路建设养护中心',
    project: '2024年柘川县农村公路养护资金',
    title: '柘川县2024年度农村公路养护资金项目支出绩效自评报告',
    notice: { title: '《柘川县财政局关于开展2024年度项目支出绩效自评工作的通知》', number: '柘财绩〔2025〕3号' },
  },
  background: {
    purpose: ['县道日常养护', '乡道村道日常养护', '危桥改造和安全设施完善', '路况检测和养护管理'],
    basis: [{ title: '岚溪省农村公路养护管理办法', number: '岚交规〔2022〕4号' }, { title: '柘川县深化农村公路管理养护体制改革实施方案', number: '柘政办发〔2023〕17号' }],
    management: ['县乡村三级路长制', '养护资金按里程和技术等级测算', '季度检查与年度考核挂钩'],
  },
  budget: {
    initial: m('2360.00'),
    adjustments: [{ type: '追加', amount: m('486.40'), reason: '省级农村公路养护补助追加' }],
    total: m('2846.40'),
    actual: m('2731.58'),
    carryover: m('114.82'),
    sources: {
      current: { initial: m('2160.00'), total: m('2646.40'), actual: m('2553.16') },
      prior: { initial: m('200.00'), total: m('200.00'), actual: m('178.42') },
    },
  },
  budgetRate: { weight: 10, score: 9.6 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.77, grade: '优' },
  goals: { expected: ['全县农村公路列养率保持100%', '优良中等路率不低于80%'], actual: ['全年养护任务基本完成'] },
  projects: [
    { name: '县道日常养护', total: m('980.00'), actual: m('962.35'), purpose: '县道路面保洁、坑槽修补和边沟清理' },
    { name: '乡道村道日常养护', total: m('1126.40'), actual: m('1088.73'), purpose: '按里程补助乡镇开展日常养护' },
    { name: '危桥改造及安全设施', total: m('540.00'), actual: m('502.10'), purpose: '危桥改造和波形护栏等安保设施' },
    { name: '路况检测及养护管理', total: m('200.00'), actual: m('178.40'), purpose: '路况自动化检测和养护考核' },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '县道日常养护里程', target: '≥386公里', actual: '386公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '乡道村道日常养护里程', target: '≥1240公里', actual: '1252公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '危桥改造', target: '12座', actual: '11座', weight: 10, score: 9.17, deviation: { reason: '一座桥梁汛期无法施工，推迟至次年', measure: '汛前完成剩余桥梁改造' } },
    { level1: '产出指标', level2: '质量指标', name: '优良中等路率', target: '≥80%', actual: '82.6%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '成本指标', level2: '经济成本指标', name: '县道每公里年均养护成本', target: '≤2.6万元', actual: '2.49万元', weight: 5, score: 5, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '群众出行条件', target: '明显改善', actual: '明显改善', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '社会效益指标', name: '养护路段交通事故起数同比下降', target: '≥5%', actual: '6.8%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '农村公路列养率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '沿线群众满意度', target: '≥90%', actual: '93.4%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'potholes', group: '县道日常养护', topic: '路面养护', name: '修补路面坑槽', value: 14260, unit: '平方米' },
    { id: 'ditches', group: '县道日常养护', topic: '路面养护', name: '清理边沟', value: 623, unit: '公里' },
    { id: 'guardrail', group: '危桥改造及安全设施', topic: '安全设施', name: '新增波形护栏', value: 38.5, unit: '公里' },
    { id: 'signs', group: '危桥改造及安全设施', topic: '安全设施', name: '更换警示标志标牌', value: 417, unit: '块' },
    { id: 'jobs', group: '乡道村道日常养护', topic: '养护队伍', name: '聘用公益性养护岗位人员', value: 214, unit: '人' },
    { id: 'spots', group: '效益', topic: '路域环境', name: '整治路域环境点位', value: 96, unit: '处' },
    { id: 'inspection', group: '路况检测及养护管理', topic: '路况检测', name: '路况自动化检测费用', value: 46.8, unit: '万元' },
  ],
  problems: [
    { id: 'bridge', text: '危桥改造进度滞后', cause: '汛期河道水位高，一座桥梁无法施工', measure: '提前谋划，汛前完成剩余改造' },
    { id: 'fund', text: '养护资金缺口较大', cause: '村道补助标准偏低，县级财力有限', measure: '积极争取省级补助，探索多渠道筹资' },
  ],
  application: ['自评结果作为下年度养护资金分配的依据', '报告在县政府门户网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), T = b.T.bind(b), G = b.G.bind(b), nd = b.nd.bind(b), Y = b.Y.bind(b);
  b.title('柘川县2024年度农村公路养护资金项目支出绩效自评报告');
  b.center`填报单位：柘川县交通运输局（盖章）　　联系人：罗振宇　　联系电话：0736-5521408`;
  b.h1('一、项目基本情况');
  b.h2('（一）项目概况');
  b.p`柘川县地处岚溪省西南部山区，全县农村公路由县道和乡道村道两部分组成，其中县道${N('indicators[0].actual', '公里')}、乡道村道${N('indicators[1].actual', '公里', { sep: true })}，合计${N('indicators[0].actual + indicators[1].actual', '公里', { sep: true, id: 'km-sum' })}，全部纳入列养范围。农村公路养护资金由县交通运输局统筹安排，县公路建设养护中心具体实施，资金主要用于县道日常养护、乡道村道日常养护、危桥改造及安全设施、路况检测及养护管理等四个方面。`;
  b.p`项目依据《岚溪省农村公路养护管理办法》（岚交规〔2022〕4号）和《柘川县深化农村公路管理养护体制改革实施方案》（柘政办发〔2023〕17号）设立，实行县乡村三级路长制，养护资金按里程和技术等级测算下达。`;
  b.h2('（二）项目绩效目标');
  b.p`年初设定的总体目标是：县道和乡道村道全部落实日常养护，农村公路列养率保持${P('indicators[8].target', { dec: 0 })}，优良中等路率不低于${P('indicators[3].target', { dec: 0 })}，全年完成危桥改造${N('indicators[2].target', '座')}，群众出行条件明显改善，沿线群众满意度达到${P('indicators[9].target', { dec: 0 })}以上。`;
  b.h1('二、项目资金使用及管理情况');
  b.h2('（一）资金安排和到位情况');
  b.p`2024年年初预算安排农村公路养护资金${W('budget.initial', { id: 'init' })}，年中省级追加农村公路养护补助${W('budget.adjustments[0].amount', { id: 'adj' })}，调整后全年预算为${W('budget.total', { id: 'total1' })}。按资金来源分，当年财政拨款${W('budget.sources.current.total')}，上年结转资金${W('budget.sources.prior.total')}。资金已按柘财建〔2024〕8号、柘财建〔2024〕31号文件全部拨付到位。`;
  b.h2('（二）资金使用情况');
  b.p`截至2024年12月31日，项目实际支出${W('budget.actual', { id: 'act1' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate1' })}，年末结转${W('budget.carryover', { id: 'carry' })}，主要是${N('indicators[2].target - indicators[2].actual', '座')}危桥改造推迟至次年实施。其中当年财政拨款支出${W('budget.sources.current.actual')}，执行率${P('budget.sources.current.actual / budget.sources.current.total * 100')}；上年结转资金支出${W('budget.sources.prior.actual')}，执行率${P('budget.sources.prior.actual / budget.sources.prior.total * 100')}。`;
  b.p`分项目看：`;
  b.table([
    ['子项目', '全年预算（万元）', '实际支出（万元）', '执行率', '占总支出比重'],
    ...[0, 1, 2, 3].map((i) => [b.data.projects[i].name, W(`projects[${i}].total`, { cell: true, id: 'pt' + i }), W(`projects[${i}].actual`, { cell: true, id: 'pa' + i }), P(`projects[${i}].actual / projects[${i}].total * 100`), P(`projects[${i}].actual / budget.actual * 100`)]),
    ['合计', W('sum(projects[*].total)', { cell: true }), W('sum(projects[*].actual)', { cell: true, id: 'pasum' }), P('budget.actual / budget.total * 100'), P('100', { dec: 0 })],
  ]);
  b.p`其中乡道村道日常养护支出${W('projects[1].actual')}，占项目总支出的${P('projects[1].actual / budget.actual * 100', { id: 'share1' })}，是最大的支出方向；危桥改造及安全设施支出${W('projects[2].actual')}，比预算少支出${W('projects[2].total - projects[2].actual')}。路况检测及养护管理支出中，委托第三方开展全县农村公路路况自动化检测的费用为${W('achievements[6].value', { id: 'insp' })}。`;
  b.h2('（三）资金管理情况');
  b.p`县交通运输局会同县财政局制定了养护资金管理细则，资金实行专账核算、专款专用。全年组织季度养护检查${nd('4次', 'meeting count')}，对考核排名靠后的${nd('2个', 'count not in data')}乡镇扣减了当季补助。项目未发现挤占、挪用资金的情况。`;
  b.h1('三、项目绩效情况');
  b.h2('（一）产出情况');
  b.p`1.数量方面。全年完成县道日常养护${N('indicators[0].actual', '公里')}、乡道村道日常养护${N('indicators[1].actual', '公里', { sep: true })}，均达到年度目标；修补路面坑槽${N('achievements[0].value', '平方米', { sep: true })}，清理边沟${N('achievements[1].value', '公里', { approx: '余', round: 10 })}；完成危桥改造${N('indicators[2].actual', '座', { id: 'bridges' })}，比计划少${N('indicators[2].target - indicators[2].actual', '座', { cn: true })}，完成率${P('indicators[2].actual / indicators[2].target * 100')}。新增波形护栏${N('achievements[2].value', '公里', { dec: 1 })}，更换警示标志标牌${N('achievements[3].value', '块')}。`;
  b.p`2.质量方面。经第三方路况检测，全县农村公路优良中等路率为${P('indicators[3].actual', { dec: 1 })}，比目标值高${P('indicators[3].actual - indicators[3].target', { dec: 1, unit: '个百分点' })}。`;
  b.p`3.时效方面。各批次资金均在收到文件后${nd('30日', 'time limit not in data')}内拨付，资金拨付及时率${P('indicators[4].actual', { dec: 0 })}。`;
  b.p`4.成本方面。县道日常养护支出${W('projects[0].actual')}，按${N('indicators[0].actual', '公里')}计算，每公里年均养护成本${W('projects[0].actual / indicators[0].actual', { id: 'perkm' })}，低于${W('indicators[5].target', { dec: 1 })}的控制标准；乡道村道按里程折算，每公里${Y('projects[1].actual / indicators[1].actual', { approx: '约', round: 1 })}。`;
  b.h2('（二）效益情况');
  b.p`一是通行条件明显改善。全年整治路域环境点位${N('achievements[5].value', '处')}，沿线村组群众出行更加便捷。二是安全水平提高。养护路段交通事故起数同比下降${P('indicators[7].actual', { dec: 1 })}。三是管养长效机制巩固。农村公路列养率保持${P('indicators[8].actual', { dec: 0 })}，聘用公益性养护岗位人员${N('achievements[4].value', '人', { id: 'jobs' })}，带动脱贫户就近就业。`;
  b.h2('（三）满意度情况');
  b.p`2024年11月，县公路建设养护中心在沿线${nd('18个', 'count not in data')}乡镇发放问卷，回收有效问卷${nd('1,260份', 'count not in data')}，群众满意度为${P('indicators[9].actual', { dec: 1, id: 'sat' })}。`;
  b.h2('（四）自评结论');
  b.p`对照绩效目标逐项打分，本项目预算执行率得${S('budgetRate.score')}，绩效指标得${S('sum(indicators[*].score)')}，自评总分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为“${G('grade(scoreSummary.scoreTotal)', { id: 'grade' })}”。具体见下表。`;
  const I = (i) => [b.data.indicators[i].level1, b.data.indicators[i].level2, b.data.indicators[i].name, T(`indicators[${i}].target`), T(`indicators[${i}].actual`, { id: 'ia' + i }), S(`indicators[${i}].weight`, { cell: true }), S(`indicators[${i}].score`, { cell: true, id: 'is' + i }), b.data.indicators[i].deviation ? b.data.indicators[i].deviation.reason : '—'];
  b.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分', '备注'],
    ['年度资金总额', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true, id: 'tact' }), S('budgetRate.weight', { cell: true }), P('budget.actual / budget.total * 100', { id: 'trate' }), S('budgetRate.score', { cell: true, dec: 2 }), '—'],
    ['其中：当年财政拨款', W('budget.sources.current.initial', { cell: true }), W('budget.sources.current.total', { cell: true }), W('budget.sources.current.actual', { cell: true }), '—', P('budget.sources.current.actual / budget.sources.current.total * 100'), '—', '—'],
    ['上年结转资金', W('budget.sources.prior.initial', { cell: true }), W('budget.sources.prior.total', { cell: true }), W('budget.sources.prior.actual', { cell: true }), '—', P('budget.sources.prior.actual / budget.sources.prior.total * 100'), '—', '—'],
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...[0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(I),
    ['总分', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('budgetRate.score + sum(indicators[*].score)', { cell: true, id: 'ttotal' }), G('grade(scoreSummary.scoreTotal)')],
  ], { caption: '2024年度项目支出绩效自评表' });
  b.h1('四、存在的问题及原因');
  b.p`（一）危桥改造进度滞后。计划改造的${N('indicators[2].target', '座', { cn: true })}危桥中，有${N('indicators[2].target - indicators[2].actual', '座', { cn: true })}因汛期河道水位较高无法施工，推迟至次年实施，形成结转资金。`;
  b.p`（二）养护资金缺口较大。村道养护补助标准偏低，县级财力有限，部分偏远村道只能保证基本通行。`;
  b.h1('五、下一步改进措施');
  b.p`一是提前谋划，2025年5月底前完成剩余危桥改造，避开主汛期。二是积极争取省级补助，探索“以工代赈”等多渠道筹资方式。三是将本次自评结果作为下年度养护资金分配的依据，并在县政府门户网站公开。`;
}

module.exports = {
  id: '01', slug: 'zhechuan-gonglu', ext: 'md', style: { heads: 'hash' }, sep: false,
  header: ['柘川县（岚溪省，虚构）2024年度农村公路养护资金：项目支出。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'insp', new: '64.80万元', kind: 'digit-typo-amount', internal: 'yes', why: '路况检测费用两位数字互换；只写一次，仍小于所属子项目支出，报告本身看不出' },
    { id: 'is2', new: '9.71', kind: 'table-score-cell', internal: 'no', why: '危桥改造得分改为9.71，总分未改' },
  ],
};

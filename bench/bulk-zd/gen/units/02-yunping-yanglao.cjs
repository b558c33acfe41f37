'use strict';
// 02 云屏市经济困难老年人居家养老服务补贴（项目，市级，纯文本，空格对齐的表格）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '云屏市民政局',
    shortName: '市民政局',
    department: '云屏市民政局',
    implementer: '云屏市养老服务指导中心',
    project: '2024年云屏市经济困难老年人居家养老服务补贴',
    title: '2024年度云屏市经济困难老年人居家养老服务补贴项目绩效自评报告',
    thousands: true,
  },
  background: {
    purpose: ['为经济困难老年人购买居家养老服务', '特殊困难老年人家庭适老化改造', '养老服务信息平台运维', '服务质量第三方评估'],
    basis: [{ title: '云屏市经济困难老年人居家养老服务补贴实施办法', number: '云民发〔2022〕9号' }],
    implementation: ['街道受理、区民政局审核、市民政局复核', '服务机构按工单上门服务', '补贴按月结算'],
  },
  budget: {
    initial: m('1850.00'),
    adjustments: [
      { type: '压减', amount: m('126.00'), reason: '市级财政统一压减一般性支出' },
      { type: '追加', amount: m('312.60'), reason: '省级居家和社区养老服务补助' },
    ],
    total: m('2036.60'),
    actual: m('1998.37'),
    carryover: m('38.23'),
    sources: { current: { initial: m('1850.00'), total: m('2036.60'), actual: m('1998.37') } },
  },
  budgetRate: { weight: 10, score: 9.81 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.36, grade: '优' },
  goals: { expected: ['为经济困难老年人提供居家养老服务', '完成特殊困难老年人家庭适老化改造'] },
  projects: [
    { name: '居家养老服务补贴发放', total: m('1520.00'), actual: m('1503.68') },
    { name: '特殊困难老年人家庭适老化改造', total: m('316.60'), actual: m('298.47') },
    { name: '养老服务信息平台运维', total: m('120.00'), actual: m('118.50') },
    { name: '服务质量第三方评估', total: m('80.00'), actual: m('77.72') },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '享受居家养老服务补贴老年人数', target: '≥5000人', actual: '5212人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '完成适老化改造户数', target: '600户', actual: '573户', weight: 10, score: 9.55, deviation: { reason: '部分老年人及家属不同意入户施工', measure: '加强政策宣传，改造意愿提前摸底' } },
    { level1: '产出指标', level2: '数量指标', name: '签约居家养老服务机构', target: '≥10家', actual: '11家', weight: 5, score: 5 },
    { level1: '产出指标', level2: '质量指标', name: '服务质量抽查合格率', target: '≥95%', actual: '97.3%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '补贴按月结算及时率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '成本指标', level2: '经济成本指标', name: '每人每月服务补贴标准', target: '240元', actual: '240元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '老年人生活照料需求满足率', target: '≥85%', actual: '88.6%', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '信息平台在线服务对象覆盖率', target: '≥90%', actual: '92.4%', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '95.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'elders', group: '产出', topic: '服务对象', name: '享受补贴老年人', value: 5212, unit: '人', prior: 4863, changeRate: 7.18 },
    { id: 'visits', group: '产出', topic: '上门服务', name: '提供上门服务', value: 186420, unit: '人次' },
    { id: 'trained', group: '产出', topic: '护理队伍', name: '培训护理员', value: 342, unit: '人次' },
    { id: 'canteens', group: '产出', topic: '助餐服务', name: '新建社区老年助餐点', value: 14, unit: '个' },
    { id: 'complaints', group: '满意度', topic: '投诉处理', name: '受理服务投诉', value: 37, unit: '件' },
  ],
  problems: [
    { id: 'renovation', text: '适老化改造任务未全部完成', cause: '部分家庭不同意入户施工', measure: '提前摸底改造意愿，动态调整名单' },
    { id: 'quality', text: '服务机构专业化程度不高', cause: '护理员流动性大，持证比例偏低', measure: '把持证上岗比例纳入机构考核' },
  ],
  measures: ['推进补贴资金与服务工单系统对接'],
  application: ['评价结果与服务机构年度考核挂钩', '在市民政局网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), Y = b.Y.bind(b), nd = b.nd.bind(b);
  b.title('2024年度云屏市经济困难老年人居家养老服务补贴项目绩效自评报告');
  b.p`根据《云屏市财政局关于开展2024年度预算绩效自评工作的通知》（云财绩〔2025〕2号）要求，市民政局组织对本项目开展了绩效自评，现将有关情况报告如下。`;
  b.h1('一、基本情况');
  b.h2('（一）项目背景和内容');
  b.p`为解决全市经济困难老年人居家生活照料难题，市政府自2021年起实施居家养老服务补贴政策，由政府购买服务、签约机构上门提供助餐、助洁、助浴、助医等服务。依据《云屏市经济困难老年人居家养老服务补贴实施办法》（云民发〔2022〕9号），补贴标准为每人每月${N('indicators[5].actual', '元')}，按月结算。2024年项目内容包括居家养老服务补贴发放、特殊困难老年人家庭适老化改造、养老服务信息平台运维和服务质量第三方评估四项。`;
  b.h2('（二）绩效目标');
  b.p`全年为不少于${N('indicators[0].target', '名', { sep: true })}经济困难老年人提供居家养老服务，完成适老化改造${N('indicators[1].target', '户')}，签约服务机构不少于${N('indicators[2].target', '家', { cn: true })}，服务对象满意度达到${P('indicators[8].target', { dec: 0 })}以上。`;
  b.h1('二、项目资金情况');
  b.h2('（一）预算安排');
  b.p`年初预算${W('budget.initial', { id: 'init' })}。年中按市级财政统一要求压减${W('budget.adjustments[0].amount')}，同时省级下达居家和社区养老服务补助${W('budget.adjustments[1].amount')}，调整后全年预算${W('budget.total', { id: 'tot' })}，全部为当年财政拨款。`;
  b.h2('（二）资金执行');
  b.p`全年实际支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，结余${W('budget.carryover')}，主要是适老化改造未完成的${N('indicators[1].target - indicators[1].actual', '户')}对应资金。各子项目执行情况见表1。`;
  b.table([
    ['子项目', '全年预算', '实际支出', '执行率'],
    ...[0, 1, 2, 3].map((i) => [b.data.projects[i].name, W(`projects[${i}].total`, { cell: true }), W(`projects[${i}].actual`, { cell: true, id: 'pa' + i }), P(`projects[${i}].actual / projects[${i}].total * 100`)]),
    ['合计', W('budget.total', { cell: true }), W('budget.actual', { cell: true }), P('budget.actual / budget.total * 100')],
  ], { caption: '表1　2024年项目资金执行情况（单位：万元）' });
  b.p`从支出结构看，补贴发放${W('projects[0].actual')}，占${P('projects[0].actual / budget.actual * 100', { dec: 1 })}；适老化改造${W('projects[1].actual')}，占${P('projects[1].actual / budget.actual * 100', { dec: 1 })}；平台运维和第三方评估合计${W('projects[2].actual + projects[3].actual')}，占${P('(projects[2].actual + projects[3].actual) / budget.actual * 100', { dec: 1 })}。`;
  b.h2('（三）资金管理');
  b.p`补贴资金实行“先服务、后结算”，服务机构凭老年人签字确认的电子工单按月申请结算，市养老服务指导中心抽查工单后拨付。全年共抽查工单${nd('9,600张', 'count not in data')}，核减不合规工单费用${nd('2.16万元', 'amount not in data')}。`;
  b.h1('三、项目绩效情况');
  b.h2('（一）产出');
  b.p`1.服务人数稳步增加。全年享受补贴的老年人${N('achievements[0].value', '人', { sep: true, id: 'elders' })}，比上年的${N('achievements[0].prior', '人', { sep: true })}增加${N('achievements[0].value - achievements[0].prior', '人')}，增长${P('(achievements[0].value - achievements[0].prior) / achievements[0].prior * 100')}。签约服务机构${N('indicators[2].actual', '家', { cn: true })}，提供上门服务${N('achievements[1].value', '人次', { sep: true })}，培训护理员${N('achievements[2].value', '人次')}，新建社区老年助餐点${N('achievements[3].value', '个', { cn: true, id: 'canteens' })}。`;
  b.p`2.适老化改造有序推进。完成特殊困难老年人家庭适老化改造${N('indicators[1].actual', '户')}，完成年度任务的${P('indicators[1].actual / indicators[1].target * 100')}，改造支出${W('projects[1].actual')}，户均${Y('projects[1].actual / indicators[1].actual', { id: 'perhh' })}。`;
  b.p`3.服务质量和时效。第三方机构抽查服务质量合格率${P('indicators[3].actual', { dec: 1 })}；补贴按月结算，及时率${P('indicators[4].actual', { dec: 0 })}。`;
  b.p`4.成本控制。补贴发放支出${W('projects[0].actual')}，按${N('indicators[0].actual', '人', { sep: true })}计算，人均全年${Y('projects[0].actual / indicators[0].actual', { approx: '约', round: 1 })}，与每人每月${N('indicators[5].target', '元')}的补贴标准基本相符。`;
  b.h2('（二）效益');
  b.p`老年人生活照料需求满足率达到${P('indicators[6].actual', { dec: 1 })}，较目标值高出${P('indicators[6].actual - indicators[6].target', { dec: 1, unit: '个百分点' })}；养老服务信息平台在线服务对象覆盖率${P('indicators[7].actual', { dec: 1 })}，为下一步推行“智慧养老”打下基础。`;
  b.h2('（三）满意度');
  b.p`委托第三方对服务对象进行电话回访，满意度为${P('indicators[8].actual', { dec: 1 })}。全年受理服务投诉${N('achievements[4].value', '件')}，均在${nd('5个工作日', 'time limit not in data')}内办结。`;
  b.h2('（四）自评得分');
  b.p`经自评，本项目得分${S('scoreSummary.scoreTotal', { id: 'total' })}，其中预算执行率得${S('budgetRate.score')}，产出指标得${S('indicators[0].score + indicators[1].score + indicators[2].score + indicators[3].score + indicators[4].score')}，成本指标得${S('indicators[5].score')}，效益指标得${S('indicators[6].score + indicators[7].score')}，满意度指标得${S('indicators[8].score')}，自评等级为${G('grade(scoreSummary.scoreTotal)', { long: true })}。`;
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['预算执行率', '—', '—', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true }), '—'],
    ...indRows(b, { idS: 's', dash: '—' }),
    ['合计', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('scoreSummary.scoreTotal', { cell: true }), ''],
  ], { caption: '表2　项目绩效自评表' });
  b.h1('四、存在的问题');
  b.p`一是适老化改造任务未全部完成。有${N('indicators[1].target - indicators[1].actual', '户')}因老年人或家属不同意入户施工而未能改造。二是服务机构专业化程度不高，护理员流动性大，持证上岗比例偏低。`;
  b.h1('五、改进措施');
  b.p`（一）改造前逐户摸底意愿，对不愿改造的及时调整名单，确保资金用足用好。`;
  b.p`（二）把护理员持证上岗比例纳入服务机构年度考核，考核结果与结算挂钩。`;
  b.p`（三）推进补贴资金与服务工单系统对接，实现线上审核、线上结算。`;
  b.p`联系人：市民政局养老服务科　唐霁　　电话：0733-2286514`;
  b.p`云屏市民政局　2025年3月18日`;
}

module.exports = {
  id: '02', slug: 'yunping-yanglao', ext: 'txt', style: { indent: '　　', table: 'space', paraBlank: false, blankBeforeHead: true }, sep: true,
  header: ['云屏市（岚溪省，虚构）2024年度经济困难老年人居家养老服务补贴：项目支出。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'perhh', new: '5,280.90元', kind: 'per-unit-amount', internal: 'no', why: '户均改造费用算错（298.47万元÷573户应为5,208.90元）' },
    { id: 'canteens', new: '十七个', kind: 'count-cn-numeral', internal: 'yes', why: '新建助餐点个数只在此处写出，改后报告仍自洽' },
  ],
};

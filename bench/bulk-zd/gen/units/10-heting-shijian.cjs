'use strict';
// 10 青岫市鹤汀区市场监督管理局（部门整体，区县级，Markdown；预算执行率另列剔除收回资金的口径）
const { m } = require('../lib.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '青岫市鹤汀区市场监督管理局',
    shortName: '区市场监管局',
    title: '青岫市鹤汀区市场监督管理局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  background: {
    functions: ['市场主体登记注册', '食品安全监督管理', '特种设备安全监察', '知识产权和质量发展', '消费者权益保护'],
    organization: ['办公室', '登记注册科', '食品安全监管科', '特种设备安全监察科', '知识产权科', '消费者权益保护科', '八个基层市场监管所'],
  },
  staffing: { authorized: 92, actual: 87, priorActual: 89, retired: 34, controlRate: 94.57 },
  budget: {
    initial: m('3462.18'),
    adjustments: [{ type: '追加', amount: m('528.40'), reason: '知识产权与质量提升奖补等' }],
    total: m('3990.58'),
    actual: m('3712.40'),
    rate: { value: 98.64, basis: '剔除年末收回财政的资金' },
    carryover: m('278.18'),
    byNature: { general: m('3990.58'), basic: m('2986.40'), project: m('1004.18') },
  },
  basicExpense: { total: m('2948.72'), personnel: m('2612.35'), publicUse: m('336.37'), budget: m('2986.40'), prior: m('2875.06'), changeRate: 2.56 },
  projectExpense: { total: m('763.68'), budget: m('1004.18'), prior: m('812.45'), changeRate: -6, reason: '知识产权奖补资金部分未兑现，年末收回' },
  projects: [
    { name: '食品安全抽检', total: m('386.00'), actual: m('372.64') },
    { name: '特种设备安全监管', total: m('142.18'), actual: m('128.30') },
    { name: '市场主体登记服务', total: m('96.00'), actual: m('91.24') },
    { name: '知识产权与质量提升奖补', total: m('380.00'), actual: m('171.50'), gap: { reason: '部分企业未达到兑现条件，资金年末收回' } },
  ],
  threePublic: {
    vehicle: { prior: m('21.36'), budget: m('24.00'), actual: m('19.85') },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('1.82'), budget: m('2.00'), actual: m('1.35') },
    total: { prior: m('23.18'), budget: m('26.00'), actual: m('21.20'), changeRate: -8.54 },
  },
  expenseControl: {
    publicExpense: { prior: m('328.19'), budget: m('340.00'), actual: m('336.37') },
    procurement: { budget: m('420.00'), actual: m('398.76') },
  },
  procurement: { budget: m('420.00'), actual: m('398.76'), goods: { budget: m('120.00'), actual: m('112.40') }, services: { budget: m('300.00'), actual: m('286.36') } },
  budgetRate: { weight: 10, score: 9.86 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.36, grade: '优' },
  indicators: [
    { level1: '运行成本', level2: '成本控制', name: '“三公”经费控制率', target: '≤100%', actual: '81.54%', weight: 10, score: 10 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤8%', actual: '6.97%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥90%', actual: '94.94%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '重点工作', name: '食品安全抽检', target: '≥2400批次', actual: '2516批次', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '特种设备定期检验率', target: '≥98%', actual: '99.3%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '新增市场主体', target: '≥6000户', actual: '6845户', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '投诉举报按时办结率', target: '≥98%', actual: '99.6%', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益', name: '食品抽检合格率', target: '≥97%', actual: '97.8%', weight: 10, score: 10 },
    { level1: '可持续发展能力', level2: '长效机制', name: '每万人有效发明专利拥有量', target: '≥12件', actual: '11.4件', weight: 10, score: 9.5, deviation: { reason: '部分专利到期未续费失效', measure: '开展专利维持费用补助' } },
    { level1: '满意度', level2: '服务对象满意度', name: '市场主体满意度', target: '≥90%', actual: '93.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'entities', group: '履职效能', topic: '市场主体', name: '市场主体总量', value: 48216, unit: '户', prior: 43902, changeRate: 9.83 },
    { id: 'complaints', group: '社会效应', topic: '消费维权', name: '受理投诉举报', value: 5382, unit: '件' },
    { id: 'recovered', group: '社会效应', topic: '消费维权', name: '为消费者挽回经济损失', value: 286.4, unit: '万元' },
    { id: 'elevators', group: '履职效能', topic: '特种设备', name: '在用电梯', value: 3127, unit: '台' },
  ],
  problems: [
    { id: 'award', text: '知识产权奖补资金执行率低', cause: '部分企业未达到兑现条件', measure: '优化奖补条件，分批兑现' },
    { id: 'patent', text: '每万人有效发明专利拥有量未达目标', cause: '部分专利到期未续费失效', measure: '开展专利维持费用补助' },
  ],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), T = b.T.bind(b), nd = b.nd.bind(b);
  b.title('青岫市鹤汀区市场监督管理局2024年度部门整体支出绩效自评报告');
  b.h1('一、部门概况');
  b.h2('（一）部门职责');
  b.p`区市场监管局主要负责市场主体登记注册、食品安全监督管理、特种设备安全监察、知识产权和质量发展、消费者权益保护等工作。局机关设办公室、登记注册科、食品安全监管科、特种设备安全监察科、知识产权科、消费者权益保护科，下设八个基层市场监管所。`;
  b.h2('（二）人员编制');
  b.p`核定编制${N('staffing.authorized', '名')}，年末在职${N('staffing.actual', '人')}，较上年末的${N('staffing.priorActual', '人')}减少${N('staffing.priorActual - staffing.actual', '人', { cn: true })}，人员控制率${P('staffing.controlRate')}；退休人员${N('staffing.retired', '人')}。`;
  b.h1('二、部门预算及执行情况');
  b.h2('（一）预算收入');
  b.p`年初预算${W('budget.initial')}，年中追加知识产权与质量提升奖补等资金${W('budget.adjustments[0].amount')}，全年预算${W('budget.total', { id: 'tot' })}。其中：基本支出${W('budget.byNature.basic')}，占${P('budget.byNature.basic / budget.total * 100')}；项目支出${W('budget.byNature.project')}，占${P('budget.byNature.project / budget.total * 100')}。`;
  b.h2('（二）预算支出');
  b.p`全年支出${W('budget.actual', { id: 'act' })}，按全年预算计算的执行率为${P('budget.actual / budget.total * 100', { id: 'rate' })}。年末收回区财政的资金${nd('226.92万元', 'returned funds: schema has no field')}（主要是未兑现的知识产权奖补资金），剔除这部分资金后执行率为${P('budget.rate')}。年末结转结余${W('budget.carryover')}，结转结余率${P('budget.carryover / budget.total * 100')}。`;
  b.p`基本支出${W('basicExpense.total')}，其中人员经费${W('basicExpense.personnel')}，公用经费${W('basicExpense.publicUse')}。基本支出比上年增加${W('basicExpense.total - basicExpense.prior')}，增长${P('basicExpense.changeRate')}。`;
  b.p`项目支出${W('projectExpense.total')}，比上年的${W('projectExpense.prior')}减少${W('projectExpense.prior - projectExpense.total')}，下降${P('projectExpense.changeRate', { abs: true })}，主要是知识产权奖补资金部分未兑现。`;
  b.table([
    ['项目', '全年预算（万元）', '实际支出（万元）', '执行率', '说明'],
    ...[0, 1, 2, 3].map((i) => [b.data.projects[i].name, W(`projects[${i}].total`, { cell: true }), W(`projects[${i}].actual`, { cell: true }), P(`projects[${i}].actual / projects[${i}].total * 100`), b.data.projects[i].gap ? b.data.projects[i].gap.reason : '']),
    ['合计', W('projectExpense.budget', { cell: true }), W('projectExpense.total', { cell: true }), P('projectExpense.total / projectExpense.budget * 100'), ''],
  ]);
  b.h2('（三）“三公”经费和政府采购');
  b.p`“三公”经费支出${W('threePublic.total.actual')}，比上年的${W('threePublic.total.prior')}下降${P('threePublic.total.changeRate', { abs: true })}，控制率${P('indicators[0].actual')}。其中公务用车运行维护费${W('threePublic.vehicle.actual')}，公务接待费${W('threePublic.reception.actual')}，无因公出国（境）费。`;
  b.p`政府采购预算${W('procurement.budget')}，实际采购${W('procurement.actual')}，执行率${P('procurement.actual / procurement.budget * 100')}；其中货物类${W('procurement.goods.actual')}，服务类${W('procurement.services.actual')}，服务类占${P('procurement.services.actual / procurement.actual * 100', { dec: 1 })}。`;
  b.h1('三、部门整体支出绩效情况');
  b.h2('（一）履职效能');
  b.p`1.市场准入。全年新增市场主体${N('indicators[5].actual', '户', { sep: true })}，年末市场主体总量${N('achievements[0].value', '户', { sep: true })}，比上年末增长${P('(achievements[0].value - achievements[0].prior) / achievements[0].prior * 100')}。`;
  b.p`2.食品安全。完成食品安全抽检${N('indicators[3].actual', '批次', { sep: true })}，抽检合格率${P('indicators[7].actual', { dec: 1 })}，比目标高${P('indicators[7].actual - indicators[7].target', { dec: 1, unit: '个百分点', id: 'pp' })}。食品安全抽检支出${W('projects[0].actual')}，平均每批次${Y_(b)('projects[0].actual / indicators[3].actual')}。`;
  b.p`3.特种设备。辖区在用电梯${N('achievements[3].value', '台', { sep: true })}，特种设备定期检验率${P('indicators[4].actual', { dec: 1 })}，全年未发生特种设备安全事故。`;
  b.p`4.消费维权。受理投诉举报${N('achievements[1].value', '件', { sep: true })}，按时办结率${P('indicators[6].actual', { dec: 1 })}，为消费者挽回经济损失${W('achievements[2].value', { dec: 1, id: 'recovered' })}。`;
  b.h2('（二）可持续发展能力');
  b.p`每万人有效发明专利拥有量${N('indicators[8].actual', '件', { dec: 1 })}，未达到${N('indicators[8].target', '件')}的目标，按完成比例得${S('indicators[8].score')}。`;
  b.h2('（三）满意度');
  b.p`委托第三方调查，市场主体满意度${P('indicators[9].actual', { dec: 1 })}。`;
  b.h2('（四）自评得分');
  b.p`对照区财政局印发的部门整体支出绩效评价指标，本部门自评${S('scoreSummary.scoreTotal', { id: 'total' })}，等级“${G('grade(scoreSummary.scoreTotal)')}”。其中预算执行率按剔除收回资金后的${P('budget.rate')}计得${S('budgetRate.score')}，履职效能${S('indicators[3].score + indicators[4].score + indicators[5].score + indicators[6].score')}，可持续发展能力${S('indicators[8].score')}。`;
  b.table([
    ['评价维度', '二级指标', '指标', '目标值', '完成值', '分值', '得分'],
    ['管理效率', '预算管理', '预算执行率（剔除收回资金）', P('100', { dec: 0 }), P('budget.rate'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true, dec: 2 })],
    ...b.data.indicators.map((x, i) => [x.level1, x.level2, x.name, T(`indicators[${i}].target`), T(`indicators[${i}].actual`), S(`indicators[${i}].weight`, { cell: true }), S(`indicators[${i}].score`, { cell: true })]),
    ['合计', '', '', '', '', S('scoreSummary.weightTotal', { cell: true }), S('scoreSummary.scoreTotal', { cell: true })],
  ]);
  b.h1('四、存在的主要问题');
  b.p`（一）知识产权奖补资金执行率低。该项目全年预算${W('projects[3].total')}，实际兑现${W('projects[3].actual')}，执行率仅${P('projects[3].actual / projects[3].total * 100')}，原因是部分企业未达到兑现条件。`;
  b.p`（二）每万人有效发明专利拥有量未达目标，部分专利到期后未续费而失效。`;
  b.h1('五、改进措施');
  b.p`（一）优化奖补条件，分批兑现，年中开展一次执行进度评估。（二）对到期专利开展维持费用补助，引导企业保有高价值专利。（三）自评结果作为2025年预算安排的依据，并在区政府门户网站公开。`;
  b.p`（联系人：周启航，电话：0739-6620173）`;
}
// 元（两位小数、千分位）
function Y_(b) { return (expr) => b.Y(expr); }

module.exports = {
  id: '10', slug: 'heting-shijian', ext: 'md', style: { heads: 'hash' }, sep: true,
  header: ['青岫市鹤汀区市场监督管理局（岚溪省，虚构）2024年度部门整体支出。金额单位：万元。', '预算执行率另按剔除年末收回财政的资金计算，写明口径（budget.rate.basis）；收回金额本身格式中无字段，报告照写。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'pp', new: '1.8个百分点', kind: 'percentage-points', internal: 'no', why: '97.8%比97%高0.8个百分点' },
    { id: 'recovered', new: '268.4万元', kind: 'achievement-amount', internal: 'yes', why: '挽回经济损失只写一次，数字互换' },
  ],
};

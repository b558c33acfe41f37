'use strict';
// 11 岚溪省康复医院（部门整体，省级差额拨款事业单位，纯文本，空格对齐的表格）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '岚溪省康复医院',
    shortName: '省康复医院',
    title: '岚溪省康复医院2024年度单位整体支出绩效自评报告',
    thousands: true,
  },
  background: {
    functions: ['康复医疗服务', '残疾儿童康复救助', '康复医学教学科研', '基层康复技术指导和医联体帮扶'],
    organization: ['十二个职能科室', '二十三个临床医技科室'],
  },
  staffing: { authorized: 420, actual: 396, priorActual: 388, changeReason: '公开招聘医护人员', retired: 112, controlRate: 94.29 },
  budget: {
    initial: m('18642.00'),
    adjustments: [
      { type: '追加', amount: m('1316.45'), reason: '财政追加设备购置和重点专科建设补助' },
      { type: '追加', amount: m('1000.00'), reason: '事业收入预算调增' },
    ],
    total: m('20958.45'),
    actual: m('20317.82'),
    carryover: m('640.63'),
    sources: {
      current: { initial: m('4862.00'), total: m('6178.45'), actual: m('6041.27') },
      other: { initial: m('13780.00'), total: m('14780.00'), actual: m('14276.55') },
    },
    byNature: { general: m('6178.45'), other: m('14780.00'), basic: m('15236.80'), project: m('5721.65') },
  },
  basicExpense: { total: m('14982.37'), personnel: m('11846.20'), publicUse: m('3136.17'), budget: m('15236.80'), prior: m('14361.08'), changeRate: 4.33, reason: '新进医护人员增加人员经费' },
  projectExpense: { total: m('5335.45'), budget: m('5721.65'), prior: m('4870.12'), changeRate: 9.55 },
  projects: [
    { name: '康复医学重点专科建设', total: m('1860.00'), actual: m('1802.36') },
    { name: '医疗设备购置', total: m('2426.65'), actual: m('2218.64'), gap: { reason: '两台大型设备年底到货，尾款次年支付' } },
    { name: '残疾儿童康复救助', total: m('935.00'), actual: m('916.45') },
    { name: '公共卫生及医联体帮扶', total: m('500.00'), actual: m('398.00') },
  ],
  threePublic: {
    vehicle: { prior: m('18.64'), budget: m('20.00'), actual: m('16.92') },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('3.46'), budget: m('3.00'), actual: m('2.58') },
    total: { prior: m('22.10'), budget: m('23.00'), actual: m('19.50') },
  },
  expenseControl: {
    publicExpense: { prior: m('3018.42'), budget: m('3200.00'), actual: m('3136.17') },
    procurement: { budget: m('2600.00'), actual: m('2431.27') },
  },
  procurement: { budget: m('2600.00'), actual: m('2431.27'), goods: { budget: m('2300.00'), actual: m('2186.64') }, services: { budget: m('300.00'), actual: m('244.63') } },
  assets: { total: m('48362.15'), fixed: m('26418.70'), vehicles: 6 },
  budgetRate: { weight: 10, score: 9.69 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.41, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '门诊人次', target: '≥18万人次', actual: '19.62万人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '出院人次', target: '≥9500人次', actual: '9864人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '残疾儿童康复救助人数', target: '≥620人', actual: '647人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '医疗设备到货验收合格率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '产出指标', level2: '质量指标', name: '医院感染发生率', target: '≤2%', actual: '1.1%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '设备购置按期完成率', target: '≥90%', actual: '85%', weight: 5, score: 4.72, deviation: { reason: '两台大型设备供货延迟', measure: '合同中明确交货期和违约责任' } },
    { level1: '成本指标', level2: '经济成本指标', name: '平均住院日', target: '≤21天', actual: '19.6天', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '康复治疗有效率', target: '≥90%', actual: '93.5%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '医联体成员单位', target: '≥12家', actual: '14家', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '患者满意度', target: '≥92%', actual: '95.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'outpatients', group: '履职效能', name: '门诊', value: 196200, unit: '人次', prior: 181540, changeRate: 8.08 },
    { id: 'beds', group: '履职效能', name: '开放床位', value: 600, unit: '张' },
    { id: 'trainees', group: '社会效应', name: '为基层培训康复技术人员', value: 286, unit: '人次' },
  ],
  problems: [
    { id: 'equipment', text: '设备购置进度滞后', cause: '大型设备供货周期长', measure: '提前启动采购，明确交货期' },
    { id: 'income', text: '事业收入预算执行率不高', cause: '收入预算调增偏多', measure: '按业务量测算收入预算' },
  ],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), YI = b.YI.bind(b), nd = b.nd.bind(b);
  b.title('岚溪省康复医院2024年度单位整体支出绩效自评报告');
  b.h1('一、单位基本情况');
  b.p`（一）单位职能。岚溪省康复医院是省卫生健康委直属的公益二类事业单位（差额拨款），承担全省康复医疗服务、残疾儿童康复救助、康复医学教学科研和基层康复技术指导任务。医院设职能科室十二个、临床医技科室二十三个，开放床位${N('achievements[1].value', '张', { id: 'beds' })}。`;
  b.p`（二）人员情况。核定编制${N('staffing.authorized', '名')}，年末在编在岗${N('staffing.actual', '人')}，比上年末增加${N('staffing.actual - staffing.priorActual', '人')}，主要是公开招聘医护人员；人员控制率${P('staffing.controlRate')}。另有离退休人员${N('staffing.retired', '人')}，编外聘用人员${nd('214人', 'not in data')}（不计入控制率）。`;
  b.h1('二、预算收支情况');
  b.p`（一）预算安排。年初预算${W('budget.initial', { id: 'init' })}，其中财政拨款${W('budget.sources.current.initial')}，事业收入${W('budget.sources.other.initial')}。年中财政追加设备购置和重点专科建设补助${W('budget.adjustments[0].amount')}，事业收入预算调增${W('budget.adjustments[1].amount')}，全年预算${W('budget.total', { id: 'tot' })}，折合${YI('budget.total', { approx: '约', round: 0.1 })}。`;
  b.p`（二）预算执行。全年实际支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，结余结转${W('budget.carryover', { id: 'carry' })}。其中财政拨款支出${W('budget.sources.current.actual')}，执行率${P('budget.sources.current.actual / budget.sources.current.total * 100')}；事业收入安排的支出${W('budget.sources.other.actual')}，执行率${P('budget.sources.other.actual / budget.sources.other.total * 100')}。`;
  b.table([
    ['资金来源', '年初预算', '全年预算', '全年执行', '执行率'],
    ['财政拨款', W('budget.sources.current.initial', { cell: true }), W('budget.sources.current.total', { cell: true }), W('budget.sources.current.actual', { cell: true }), P('budget.sources.current.actual / budget.sources.current.total * 100')],
    ['事业收入', W('budget.sources.other.initial', { cell: true }), W('budget.sources.other.total', { cell: true }), W('budget.sources.other.actual', { cell: true }), P('budget.sources.other.actual / budget.sources.other.total * 100')],
    ['合计', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), P('budget.actual / budget.total * 100')],
  ], { caption: '表1　2024年预算执行情况（万元）' });
  b.p`（三）基本支出。基本支出${W('basicExpense.total')}，其中人员经费${W('basicExpense.personnel')}、公用经费${W('basicExpense.publicUse')}。与上年相比增长${P('basicExpense.changeRate')}，主要是新进医护人员增加了人员经费。人员经费占基本支出的${P('basicExpense.personnel / basicExpense.total * 100')}。`;
  b.p`（四）项目支出。项目支出${W('projectExpense.total')}，比上年增长${P('projectExpense.changeRate')}。其中：康复医学重点专科建设${W('projects[0].actual')}；医疗设备购置${W('projects[1].actual')}，执行率${P('projects[1].actual / projects[1].total * 100')}，两台大型设备年底到货，尾款次年支付；残疾儿童康复救助${W('projects[2].actual')}，救助${N('indicators[2].actual', '人')}，人均${W('projects[2].actual / indicators[2].actual')}；公共卫生及医联体帮扶${W('projects[3].actual')}。`;
  b.p`（五）“三公”经费。“三公”经费支出${W('threePublic.total.actual')}，比预算少${W('threePublic.total.budget - threePublic.total.actual')}，比上年减少${W('threePublic.total.prior - threePublic.total.actual')}，下降${P('(threePublic.total.prior - threePublic.total.actual) / threePublic.total.prior * 100')}。其中公务用车运行维护费${W('threePublic.vehicle.actual')}，公务接待费${W('threePublic.reception.actual')}。`;
  b.p`（六）政府采购和资产。政府采购实际金额${W('procurement.actual')}，其中货物${W('procurement.goods.actual')}，占${P('procurement.goods.actual / procurement.actual * 100')}。年末资产总额${YI('assets.total')}，固定资产${W('assets.fixed')}，公务用车${N('assets.vehicles', '辆', { cn: true })}。`;
  b.h1('三、整体支出绩效情况');
  b.p`（一）产出。全年门诊${N('achievements[0].value', '人次', { sep: true })}，同比增长${P('achievements[0].changeRate')}；出院${N('indicators[1].actual', '人次', { sep: true })}；完成残疾儿童康复救助${N('indicators[2].actual', '人')}。医疗设备到货验收合格率${P('indicators[3].actual', { dec: 0 })}，医院感染发生率${P('indicators[4].actual', { dec: 1 })}，设备购置按期完成率${P('indicators[5].actual', { dec: 0 })}。平均住院日${N('indicators[6].actual', '天', { dec: 1 })}，比目标缩短${N('indicators[6].target - indicators[6].actual', '天', { dec: 1 })}。`;
  b.p`（二）效益。康复治疗有效率${P('indicators[7].actual', { dec: 1 })}；医联体成员单位增至${N('indicators[8].actual', '家')}，为基层培训康复技术人员${N('achievements[2].value', '人次')}。`;
  b.p`（三）满意度。第三方调查患者满意度${P('indicators[9].actual', { dec: 1 })}，比目标高${P('indicators[9].actual - indicators[9].target', { dec: 1, unit: '个百分点' })}。`;
  b.p`（四）自评结论。本单位整体支出绩效自评得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为${G('grade(scoreSummary.scoreTotal)')}。`;
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['预算执行率', '', '', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true }), ''],
    ...indRows(b, { mergeLevel1: true, dash: '' }),
    ['总分', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('budgetRate.score + sum(indicators[*].score)', { cell: true }), ''],
  ], { caption: '表2　整体支出绩效自评表' });
  b.h1('四、存在的问题及原因');
  b.p`（一）设备购置进度滞后，按期完成率低于${P('indicators[5].target', { dec: 0 })}的目标，原因是大型设备供货周期长。（二）事业收入预算执行率不高，年中收入预算调增偏多。`;
  b.h1('五、下一步措施');
  b.p`（一）大型设备提前启动采购，在合同中明确交货期和违约责任。（二）按门诊、住院业务量测算事业收入预算，避免调增过多。（三）自评结果报省卫生健康委和省财政厅，并在医院网站公开。`;
  b.p`岚溪省康复医院财务科　2025年3月28日`;
}

module.exports = {
  id: '11', slug: 'lanxi-kangfu', ext: 'txt', style: { indent: '', table: 'space', paraBlank: true, blankBeforeHead: false }, sep: true,
  header: ['岚溪省康复医院（虚构）2024年度单位整体支出，省级差额拨款事业单位。金额单位：万元。', '事业收入安排的支出填在 budget.sources.other（其他资金）。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'carry', new: '604.63万元', kind: 'carryover', internal: 'no', why: '结余结转应为20,958.45−20,317.82=640.63万元' },
    { id: 'beds', new: '650张', kind: 'count-changed', internal: 'yes', why: '开放床位只写一次' },
  ],
};

'use strict';
// 12 云屏市水利局（部门整体，市级，Word；项目分部门项目和上级专项资金两类）
const { m } = require('../lib.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '云屏市水利局',
    shortName: '市水利局',
    title: '云屏市水利局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  background: {
    functions: ['水资源管理和节约用水', '水旱灾害防御', '河湖长制工作', '中小河流治理和农村供水工程建设管理'],
    organization: ['办公室', '规划计划科', '水资源管理科', '河湖管理科', '水旱灾害防御科', '农村水利水电科'],
  },
  staffing: { authorized: 58, actual: 53, priorActual: 55, retired: 27, controlRate: 91.38 },
  budget: {
    initial: m('6438.26'),
    adjustments: [
      { type: '追加', amount: m('4215.60'), reason: '中央和省级水利发展资金' },
      { type: '压减', amount: m('320.00'), reason: '压减一般性支出和非急需项目' },
    ],
    total: m('10333.86'),
    actual: m('9876.43'),
    carryover: m('457.43'),
    byNature: { general: m('10333.86'), basic: m('1286.40'), project: m('9047.46') },
  },
  basicExpense: { total: m('1254.18'), personnel: m('1062.75'), publicUse: m('191.43'), budget: m('1286.40'), prior: m('1218.65') },
  projectExpense: { total: m('8622.25'), budget: m('9047.46'), prior: m('7486.30'), changeRate: 15.17, reason: '中小河流治理投资增加' },
  projectGroups: [
    { name: '部门项目', budget: m('847.46'), actual: m('803.65'), rate: 94.83 },
    { name: '上级专项资金', budget: m('8200.00'), actual: m('7818.60'), rate: 95.35, actualLabel: '实际支出' },
  ],
  projects: [
    { name: '河湖长制工作经费', group: '部门项目', total: m('286.00'), actual: m('271.35') },
    { name: '水旱灾害防御', group: '部门项目', total: m('421.46'), actual: m('398.30') },
    { name: '水资源管理与节水', group: '部门项目', total: m('140.00'), actual: m('134.00') },
    { name: '中小河流治理', group: '上级专项资金', document: '岚财农〔2024〕37号', total: m('5200.00'), actual: m('4986.20') },
    { name: '农村饮水安全巩固提升', group: '上级专项资金', document: '岚财农〔2024〕52号', total: m('3000.00'), actual: m('2832.40') },
  ],
  threePublic: {
    vehicle: { prior: m('14.26'), budget: m('15.00'), actual: m('12.84') },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('2.06'), budget: m('2.50'), actual: m('1.62') },
    total: { prior: m('16.32'), budget: m('17.50'), actual: m('14.46') },
  },
  expenseControl: {
    publicExpense: { prior: m('183.70'), budget: m('195.00'), actual: m('191.43') },
    procurement: { budget: m('3860.00'), actual: m('3712.58') },
  },
  budgetRate: { weight: 10, score: 9.56 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.73, grade: '优' },
  indicators: [
    { level1: '运行成本', level2: '成本控制', name: '“三公”经费控制率', target: '≤100%', actual: '82.63%', weight: 10, score: 10 },
    { level1: '运行成本', level2: '成本控制', name: '公用经费控制率', target: '≤100%', actual: '98.17%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '在职人员控制率', target: '≤100%', actual: '91.38%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤5%', actual: '4.43%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '重点工作', name: '治理中小河流河长', target: '≥18公里', actual: '18.6公里', weight: 15, score: 15 },
    { level1: '履职效能', level2: '重点工作', name: '巩固提升农村供水工程', target: '≥24处', actual: '22处', weight: 10, score: 9.17, deviation: { reason: '两处工程水源论证调整，延至次年', measure: '加快水源论证，2025年汛前完工' } },
    { level1: '履职效能', level2: '重点工作', name: '河湖巡查', target: '≥6000人次', actual: '6480人次', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益', name: '农村供水工程受益人口', target: '≥8万人', actual: '8.7万人', weight: 10, score: 10 },
    { level1: '可持续发展能力', level2: '长效管理', name: '农村自来水普及率', target: '≥92%', actual: '93.5%', weight: 10, score: 10 },
    { level1: '满意度', level2: '服务对象满意度', name: '群众满意度', target: '≥90%', actual: '94.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'investment', group: '履职效能', name: '全市完成水利投资', value: 3.46, unit: '亿元' },
    { id: 'dikes', group: '履职效能', name: '新建加固堤防', value: 21.3, unit: '公里' },
    { id: 'reservoirs', group: '履职效能', name: '完成小型水库安全鉴定', value: 36, unit: '座' },
  ],
  problems: [
    { id: 'water', text: '农村供水工程未全部完成', cause: '两处工程水源论证调整', measure: '加快水源论证，汛前完工' },
    { id: 'maint', text: '已建工程管护经费不足', cause: '县级配套资金不到位', measure: '推动建立县级管护经费保障机制' },
  ],
  application: ['自评结果报市财政局，作为2025年预算安排参考', '在市水利局门户网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), T = b.T.bind(b), YI = b.YI.bind(b), nd = b.nd.bind(b);
  b.title('云屏市水利局2024年度部门整体支出绩效自评报告');
  b.h1('一、部门（单位）基本情况');
  b.h2('（一）主要职能');
  b.p`市水利局负责全市水资源管理和节约用水、水旱灾害防御、河湖长制工作，组织中小河流治理和农村供水工程建设管理。局机关内设办公室、规划计划科、水资源管理科、河湖管理科、水旱灾害防御科、农村水利水电科。`;
  b.h2('（二）人员情况');
  b.p`核定编制${N('staffing.authorized', '名')}，年末在职${N('staffing.actual', '人')}，在职人员控制率${P('staffing.actual / staffing.authorized * 100')}；退休人员${N('staffing.retired', '人')}。`;
  b.h1('二、一般公共预算支出情况');
  b.h2('（一）预算调整和执行');
  b.p`2024年年初预算${W('budget.initial')}。年中追加中央和省级水利发展资金${W('budget.adjustments[0].amount')}，压减一般性支出和非急需项目${W('budget.adjustments[1].amount')}，全年预算${W('budget.total', { id: 'tot' })}。全年支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}；年末结转结余${W('budget.carryover')}，结转结余率${P('budget.carryover / budget.total * 100')}。`;
  b.h2('（二）基本支出');
  b.p`基本支出${W('basicExpense.total')}，为预算${W('basicExpense.budget')}的${P('basicExpense.total / basicExpense.budget * 100')}，比上年增加${W('basicExpense.total - basicExpense.prior')}。其中人员经费${W('basicExpense.personnel')}，公用经费${W('basicExpense.publicUse')}，公用经费控制率${P('expenseControl.publicExpense.actual / expenseControl.publicExpense.budget * 100')}。`;
  b.h2('（三）项目支出');
  b.p`项目支出${W('projectExpense.total')}，比上年的${W('projectExpense.prior')}增长${P('projectExpense.changeRate')}，主要是中小河流治理投资增加。项目分两类：一是部门项目，全年预算${W('projectGroups[0].budget')}，实际支出${W('projectGroups[0].actual')}，使用率${P('projectGroups[0].rate')}；二是上级专项资金，全年预算${W('projectGroups[1].budget')}，实际支出${W('projectGroups[1].actual')}，使用率${P('projectGroups[1].rate')}。`;
  b.table([
    ['类别', '项目名称', '指标文号', '全年预算（万元）', '实际支出（万元）', '使用率'],
    ['部门项目', b.data.projects[0].name, '—', W('projects[0].total', { cell: true }), W('projects[0].actual', { cell: true }), P('projects[0].actual / projects[0].total * 100')],
    ['', b.data.projects[1].name, '—', W('projects[1].total', { cell: true }), W('projects[1].actual', { cell: true }), P('projects[1].actual / projects[1].total * 100')],
    ['', b.data.projects[2].name, '—', W('projects[2].total', { cell: true }), W('projects[2].actual', { cell: true }), P('projects[2].actual / projects[2].total * 100')],
    ['', '小计', '', W('projectGroups[0].budget', { cell: true }), W('projectGroups[0].actual', { cell: true }), P('projectGroups[0].actual / projectGroups[0].budget * 100')],
    ['上级专项资金', b.data.projects[3].name, b.data.projects[3].document, W('projects[3].total', { cell: true }), W('projects[3].actual', { cell: true }), P('projects[3].actual / projects[3].total * 100')],
    ['', b.data.projects[4].name, b.data.projects[4].document, W('projects[4].total', { cell: true }), W('projects[4].actual', { cell: true }), P('projects[4].actual / projects[4].total * 100')],
    ['', '小计', '', W('projectGroups[1].budget', { cell: true }), W('projectGroups[1].actual', { cell: true }), P('projectGroups[1].actual / projectGroups[1].budget * 100')],
    ['合计', '', '', W('projectExpense.budget', { cell: true }), W('projectExpense.total', { cell: true }), P('projectExpense.total / projectExpense.budget * 100')],
  ], { caption: '表1　2024年项目支出明细' });
  b.p`上级专项资金中，中小河流治理支出${W('projects[3].actual')}，占上级专项资金支出的${P('projects[3].actual / projectGroups[1].actual * 100')}。`;
  b.h2('（四）“三公”经费');
  b.p`“三公”经费支出${W('threePublic.total.actual')}，预算${W('threePublic.total.budget')}，控制率${P('threePublic.total.actual / threePublic.total.budget * 100')}；比上年减少${W('threePublic.total.prior - threePublic.total.actual')}。其中公务用车运行维护费${W('threePublic.vehicle.actual')}，公务接待费${W('threePublic.reception.actual')}，无因公出国（境）支出。`;
  b.h2('（五）政府采购');
  b.p`政府采购预算${W('expenseControl.procurement.budget')}，实际采购${W('expenseControl.procurement.actual')}，主要是中小河流治理和农村供水工程的工程类采购。`;
  b.h1('三、部门整体支出绩效情况');
  b.h2('（一）履职效能');
  b.p`全市全年完成水利投资${YI('achievements[0].value * 10000', { id: 'invest' })}。治理中小河流河长${N('indicators[4].actual', '公里', { dec: 1 })}，新建加固堤防${N('achievements[1].value', '公里', { dec: 1 })}；巩固提升农村供水工程${N('indicators[5].actual', '处')}，比计划少${N('indicators[5].target - indicators[5].actual', '处', { cn: true })}；完成小型水库安全鉴定${N('achievements[2].value', '座')}；全年开展河湖巡查${N('indicators[6].actual', '人次', { sep: true })}。`;
  b.h2('（二）社会效应和可持续发展能力');
  b.p`农村供水工程受益人口${N('indicators[7].actual', '万人', { dec: 1 })}，全市农村自来水普及率提高到${P('indicators[8].actual', { dec: 1 })}。`;
  b.h2('（三）满意度');
  b.p`群众满意度调查结果为${P('indicators[9].actual', { dec: 1 })}。`;
  b.h2('（四）自评得分');
  b.p`按照市财政局部门整体支出绩效评价指标体系自评，得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级“${G('grade(scoreSummary.scoreTotal)', { long: true })}”。自评表如下。`;
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度目标', '实际完成', '分值', '得分', '偏差原因'],
    ['预算执行', '预算管理', '预算执行率', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true }), ''],
    ...b.data.indicators.map((x, i) => [x.level1, x.level2, x.name, T(`indicators[${i}].target`), T(`indicators[${i}].actual`), S(`indicators[${i}].weight`, { cell: true, id: 'w' + i }), S(`indicators[${i}].score`, { cell: true }), x.deviation ? x.deviation.reason : '']),
    ['总分', '', '', '', '', S('scoreSummary.weightTotal', { cell: true }), S('scoreSummary.scoreTotal', { cell: true }), ''],
  ], { caption: '部门整体支出绩效自评表' });
  b.h1('四、存在的问题及原因分析');
  b.p`（一）农村供水工程未全部完成。计划巩固提升的${N('indicators[5].target', '处')}工程中，有${N('indicators[5].target - indicators[5].actual', '处', { cn: true })}因水源论证调整延至次年。（二）已建工程管护经费不足，县级配套资金不到位。`;
  b.h1('五、下一步改进措施');
  b.p`（一）加快水源论证，2025年汛前完成剩余工程。（二）推动建立县级管护经费保障机制。（三）自评结果报市财政局作为2025年预算安排参考，并在市水利局门户网站公开。`;
  b.p`附：基础数据表（单位：万元、人）`;
  b.table([
    ['项目', '2023年决算数', '2024年预算数', '2024年决算数'],
    ['在职人数', N('staffing.priorActual', '', { cell: true }), N('staffing.authorized', '', { cell: true }), N('staffing.actual', '', { cell: true })],
    ['“三公”经费', W('threePublic.total.prior', { cell: true }), W('threePublic.total.budget', { cell: true }), W('threePublic.total.actual', { cell: true })],
    ['1.公务用车购置及运行维护费', W('threePublic.vehicle.prior', { cell: true }), W('threePublic.vehicle.budget', { cell: true }), W('threePublic.vehicle.actual', { cell: true })],
    ['2.公务接待费', W('threePublic.reception.prior', { cell: true }), W('threePublic.reception.budget', { cell: true }), W('threePublic.reception.actual', { cell: true })],
    ['3.因公出国（境）费', N('threePublic.overseas.prior', '', { cell: true }), N('threePublic.overseas.budget', '', { cell: true }), N('threePublic.overseas.actual', '', { cell: true })],
    ['公用经费', W('expenseControl.publicExpense.prior', { cell: true }), W('expenseControl.publicExpense.budget', { cell: true }), W('expenseControl.publicExpense.actual', { cell: true })],
    ['政府采购', '—', W('expenseControl.procurement.budget', { cell: true }), W('expenseControl.procurement.actual', { cell: true })],
  ]);
}

module.exports = {
  id: '12', slug: 'yunping-shuili', ext: 'docx', author: '云屏市水利局规划计划科', sep: true,
  header: ['云屏市水利局（岚溪省，虚构）2024年度部门整体支出。金额单位：万元。', '项目分“部门项目”“上级专项资金”两类（projectGroups）。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'w4', new: '10', kind: 'table-weight', internal: 'no', why: '治理中小河流一行分值由15改为10，分值合计不再是100' },
    { id: 'invest', new: '34.6亿元', kind: 'decimal-shift-yi', internal: 'yes', why: '水利投资3.46亿元小数点错位，只出现一次' },
  ],
};

'use strict';
// 09 桐岭县石砚镇人民政府（部门整体，乡镇级，Word）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '桐岭县石砚镇人民政府',
    shortName: '石砚镇政府',
    title: '石砚镇2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  background: {
    functions: ['执行本级人大决议和上级决定', '乡村振兴和农业农村发展', '人居环境整治', '防汛抗旱和地质灾害防治', '社会事务和民生保障'],
    organization: ['党政综合办公室', '经济发展办公室', '社会事务办公室', '综合行政执法队'],
  },
  staffing: { authorized: 64, actual: 59, priorActual: 61, changeReason: '退休2人', retired: 47, controlRate: 92.19 },
  budget: {
    initial: m('2846.70'),
    adjustments: [
      { type: '追加', amount: m('1132.58'), reason: '上级转移支付项目资金' },
      { type: '压减', amount: m('96.00'), reason: '压减一般性支出' },
    ],
    total: m('3883.28'),
    actual: m('3706.91'),
    carryover: m('176.37'),
    byNature: { general: m('3883.28'), basic: m('1642.30'), project: m('2240.98') },
  },
  basicExpense: { total: m('1618.74'), personnel: m('1402.16'), publicUse: m('216.58'), budget: m('1642.30'), prior: m('1580.27'), changeRate: 2.43 },
  projectExpense: { total: m('2088.17'), budget: m('2240.98'), prior: m('1872.40'), changeRate: 11.52 },
  projects: [
    { name: '乡村振兴衔接资金项目', total: m('968.40'), actual: m('921.66') },
    { name: '人居环境整治', total: m('486.20'), actual: m('472.35') },
    { name: '村级组织运转保障', total: m('432.00'), actual: m('432.00') },
    { name: '防汛抗旱及地质灾害防治', total: m('216.38'), actual: m('138.16'), gap: { reason: '汛期结束后未发生险情，部分应急资金未使用' } },
    { name: '社会事务及民生保障', total: m('138.00'), actual: m('124.00') },
  ],
  threePublic: {
    vehicle: { prior: m('12.40'), budget: m('12.00'), actual: m('10.86') },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('4.52'), budget: m('4.00'), actual: m('3.37') },
    total: { prior: m('16.92'), budget: m('16.00'), actual: m('14.23') },
  },
  expenseControl: {
    publicExpense: { prior: m('209.84'), budget: m('220.00'), actual: m('216.58') },
    procurement: { budget: m('160.00'), actual: m('148.26') },
  },
  budgetRate: { weight: 10, score: 9.55 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.43, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '保障运转的村（社区）', target: '14个', actual: '14个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '人居环境整治村庄', target: '≥11个', actual: '11个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '完成乡村振兴衔接项目', target: '≥9个', actual: '9个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '项目按期完工率', target: '≥90%', actual: '88.9%', weight: 10, score: 9.88, deviation: { reason: '一个项目受雨季影响延期完工', measure: '提前安排施工，避开雨季' } },
    { level1: '效益指标', level2: '经济效益指标', name: '村集体经济收入十万元以上村占比', target: '≥60%', actual: '64.3%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '地质灾害隐患点监测覆盖率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '生态效益指标', name: '农村生活垃圾无害化处理率', target: '≥95%', actual: '97.6%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '92.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'villages', group: '履职效能', name: '行政村', value: 11, unit: '个' },
    { id: 'communities', group: '履职效能', name: '社区', value: 3, unit: '个' },
    { id: 'toilets', group: '履职效能', name: '改造农村户厕', value: 326, unit: '户' },
    { id: 'roads', group: '履职效能', name: '硬化通组道路', value: 12.6, unit: '公里' },
    { id: 'richvillages', group: '社会效应', name: '村集体经济收入十万元以上的村', value: 9, unit: '个' },
  ],
  problems: [
    { id: 'delay', text: '个别项目未按期完工', cause: '雨季施工受阻', measure: '提前安排施工' },
    { id: 'emergency', text: '防汛应急资金使用率偏低', cause: '应急资金按最不利情况预留', measure: '合理测算应急资金规模' },
  ],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), nd = b.nd.bind(b);
  b.title('石砚镇2024年度部门整体支出绩效自评报告');
  b.center`桐岭县石砚镇人民政府`;
  b.h1('一、基本情况');
  b.h2('（一）职能和机构');
  b.p`石砚镇位于桐岭县东北部，辖${N('achievements[0].value', '个', { cn: true })}行政村、${N('achievements[1].value', '个', { cn: true })}社区，共${N('indicators[0].actual', '个', { cn: true })}村（社区），户籍人口${nd('3.2万人', 'population not in data')}。镇政府内设党政综合办公室、经济发展办公室、社会事务办公室和综合行政执法队，负责执行本级人大决议和上级决定，推进乡村振兴、人居环境整治、防汛抗旱和地质灾害防治、社会事务和民生保障等工作。`;
  b.h2('（二）人员情况');
  b.p`全镇核定编制${N('staffing.authorized', '名')}，年末实有在职人员${N('staffing.actual', '人')}，比上年末的${N('staffing.priorActual', '人')}减少${N('staffing.priorActual - staffing.actual', '人')}，均为正常退休；人员控制率${P('staffing.controlRate')}。退休人员${N('staffing.retired', '人')}。`;
  b.h1('二、预算执行情况');
  b.h2('（一）总体情况');
  b.p`年初预算${W('budget.initial')}。年中上级下达转移支付项目资金${W('budget.adjustments[0].amount')}，压减一般性支出${W('budget.adjustments[1].amount')}，全年预算${W('budget.total', { id: 'tot' })}，其中基本支出${W('budget.byNature.basic')}、项目支出${W('budget.byNature.project')}。全年实际支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，结转结余${W('budget.carryover')}。`;
  b.h2('（二）基本支出');
  b.p`基本支出${W('basicExpense.total')}，为预算的${P('basicExpense.total / basicExpense.budget * 100')}。其中人员经费${W('basicExpense.personnel')}，占基本支出的${P('basicExpense.personnel / basicExpense.total * 100')}；公用经费${W('basicExpense.publicUse')}，按在职人数计算人均${W('basicExpense.publicUse / staffing.actual')}。与上年相比，基本支出增加${W('basicExpense.total - basicExpense.prior')}，增长${P('basicExpense.changeRate')}。`;
  b.h2('（三）项目支出');
  b.p`项目支出${W('projectExpense.total')}，较上年增长${P('projectExpense.changeRate')}，执行率${P('projectExpense.total / projectExpense.budget * 100')}。分项目情况见表1。防汛抗旱及地质灾害防治资金执行率仅${P('projects[3].actual / projects[3].total * 100')}，原因是汛期未发生较大险情，预留的应急资金未全部使用。`;
  b.table([
    ['项目名称', '全年预算（万元）', '实际支出（万元）', '结余（万元）', '执行率'],
    ...[0, 1, 2, 3, 4].map((i) => [b.data.projects[i].name, W(`projects[${i}].total`, { cell: true }), W(`projects[${i}].actual`, { cell: true }), W(`projects[${i}].total - projects[${i}].actual`, { cell: true }), P(`projects[${i}].actual / projects[${i}].total * 100`)]),
    ['合计', W('projectExpense.budget', { cell: true }), W('projectExpense.total', { cell: true }), W('projectExpense.budget - projectExpense.total', { cell: true }), P('projectExpense.total / projectExpense.budget * 100')],
  ], { caption: '表1　2024年项目支出情况' });
  b.h2('（四）“三公”经费');
  b.p`“三公”经费支出${W('threePublic.total.actual')}，比预算节约${W('threePublic.total.budget - threePublic.total.actual')}，比上年减少${W('threePublic.total.prior - threePublic.total.actual')}。其中公务用车运行维护费${W('threePublic.vehicle.actual')}，公务接待费${W('threePublic.reception.actual')}。`;
  b.h1('三、绩效目标完成情况');
  b.h2('（一）产出');
  b.p`保障${N('indicators[0].actual', '个', { cn: true })}村（社区）正常运转，村级组织运转保障资金${W('projects[2].actual')}全部拨付到位；完成人居环境整治村庄${N('indicators[1].actual', '个')}，改造农村户厕${N('achievements[2].value', '户')}；完成乡村振兴衔接项目${N('indicators[2].actual', '个', { cn: true })}，硬化通组道路${N('achievements[3].value', '公里', { dec: 1 })}，项目验收合格率${P('indicators[3].actual', { dec: 0 })}；项目按期完工率${P('indicators[4].actual', { dec: 1 })}，个别项目因雨季延期。`;
  b.h2('（二）效益');
  b.p`村集体经济收入${nd('10万元', 'threshold in indicator name')}以上的村达到${N('achievements[4].value', '个')}，占全镇行政村和社区的${P('indicators[5].actual', { dec: 1 })}；地质灾害隐患点监测覆盖率${P('indicators[6].actual', { dec: 0 })}；农村生活垃圾无害化处理率${P('indicators[7].actual', { dec: 1 })}。`;
  b.h2('（三）满意度');
  b.p`通过入户走访和问卷调查，群众满意度${P('indicators[8].actual', { dec: 1 })}。`;
  b.h2('（四）自评结论');
  b.p`综合评价，石砚镇2024年度部门整体支出绩效自评得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为${G('grade(scoreSummary.scoreTotal)')}。`;
  b.h1('四、存在的问题');
  b.p`（一）个别项目未按期完工，项目按期完工率低于${P('indicators[4].target', { dec: 0 })}的目标。（二）防汛应急资金使用率偏低，应急资金按最不利情况预留，规模偏大。`;
  b.h1('五、改进措施');
  b.p`（一）项目开工前充分考虑雨季影响，提前安排施工。（二）结合近年汛情合理测算应急资金规模，未使用部分及时交回。（三）自评结果作为2025年镇级预算安排的参考，并在县政府信息公开平台公开。`;
  b.p`附件：${b.nd('1.', 'list ordinal')}部门整体支出绩效自评基础数据表`;
  b.table([
    ['指标', '上年决算数', '本年预算数', '本年决算数'],
    ['编制数（人）', '—', N('staffing.authorized', '', { cell: true }), '—'],
    ['在职人数（人）', N('staffing.priorActual', '', { cell: true }), '—', N('staffing.actual', '', { cell: true })],
    ['“三公”经费合计', W('threePublic.total.prior', { cell: true }), W('threePublic.total.budget', { cell: true }), W('threePublic.total.actual', { cell: true })],
    ['其中：公务用车运行维护费', W('threePublic.vehicle.prior', { cell: true }), W('threePublic.vehicle.budget', { cell: true }), W('threePublic.vehicle.actual', { cell: true })],
    ['公务接待费', W('threePublic.reception.prior', { cell: true }), W('threePublic.reception.budget', { cell: true }), W('threePublic.reception.actual', { cell: true })],
    ['因公出国（境）费', N('threePublic.overseas.prior', '', { cell: true }), N('threePublic.overseas.budget', '', { cell: true }), N('threePublic.overseas.actual', '', { cell: true })],
    ['公用经费', W('expenseControl.publicExpense.prior', { cell: true }), W('expenseControl.publicExpense.budget', { cell: true }), W('expenseControl.publicExpense.actual', { cell: true })],
    ['政府采购金额', '—', W('expenseControl.procurement.budget', { cell: true }), W('expenseControl.procurement.actual', { cell: true, id: 'proc' })],
  ], { caption: '（金额单位：万元）' });
  b.p`2.部门整体支出绩效自评表`;
  b.table([
    ['年度资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), S('budgetRate.weight', { cell: true }), P('budget.actual / budget.total * 100'), S('budgetRate.score', { cell: true })],
    ['按支出性质分：基本支出', '—', W('budget.byNature.basic', { cell: true }), W('basicExpense.total', { cell: true }), '—', P('basicExpense.total / budget.byNature.basic * 100'), '—'],
    ['项目支出', '—', W('budget.byNature.project', { cell: true }), W('projectExpense.total', { cell: true }), '—', P('projectExpense.total / budget.byNature.project * 100'), '—'],
  ]);
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...indRows(b, { mergeLevel1: true, dash: '' }),
    ['总分', '', '', '', '', S('scoreSummary.weightTotal', { cell: true }), S('scoreSummary.scoreTotal', { cell: true }), ''],
  ]);
}

module.exports = {
  id: '09', slug: 'shiyan-zhen', ext: 'docx', author: '石砚镇财政所', sep: true,
  header: ['桐岭县石砚镇人民政府（岚溪省，虚构）2024年度部门整体支出，乡镇级。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'total', new: '97.43分', kind: 'total-score', internal: 'no', why: '总分应为99.43，与自评表总分不符' },
    { id: 'proc', new: '184.26', kind: 'table-amount-cell', internal: 'yes', why: '政府采购决算数只在基础数据表中出现，改后报告本身看不出' },
  ],
};

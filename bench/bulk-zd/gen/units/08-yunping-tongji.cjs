'use strict';
// 08 云屏市统计局（部门整体，市级，纯文本，竖线分隔的表格；人员控制率按含雇员员额的口径）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '云屏市统计局',
    shortName: '市统计局',
    title: '云屏市统计局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  background: {
    functions: ['组织实施全市统计调查和普查', '发布全市统计数据', '统计执法检查', '统计分析和咨询服务'],
    organization: ['办公室', '综合核算科', '工业交通能源科', '贸易外经科', '社会科技科', '普查中心', '统计执法监督科'],
  },
  staffing: { authorized: 46, actual: 43, otherEmployees: 2, priorActual: 44, retired: 21, controlRate: { value: 97.83, basis: '在职人数加雇员员额' } },
  budget: {
    initial: m('1268.40'),
    adjustments: [
      { type: '追加', amount: m('356.20'), reason: '第五次全国经济普查经费' },
      { type: '压减', amount: m('42.00'), reason: '压减一般性支出' },
    ],
    total: m('1582.60'),
    actual: m('1541.17'),
    carryover: m('41.43'),
    byNature: { general: m('1582.60'), basic: m('1026.40'), project: m('556.20') },
  },
  basicExpense: { total: m('1008.25'), personnel: m('871.63'), publicUse: m('136.62'), budget: m('1026.40'), prior: m('986.14'), changeRate: 2.24 },
  projectExpense: { total: m('532.92'), budget: m('556.20'), prior: m('418.75'), changeRate: 27.26, reason: '经济普查登记和数据处理' },
  projects: [
    { name: '第五次全国经济普查', initial: 0, adjustment: m('356.20'), total: m('356.20'), actual: m('348.65'), inInitialBudget: false },
    { name: '常规统计调查', initial: m('126.00'), adjustment: 0, total: m('126.00'), actual: m('118.42') },
    { name: '统计执法检查', initial: m('24.00'), adjustment: 0, total: m('24.00'), actual: m('21.85') },
    { name: '统计信息化运维', initial: m('50.00'), adjustment: 0, total: m('50.00'), actual: m('44.00') },
  ],
  threePublic: {
    vehicle: { prior: m('8.62'), budget: m('9.00'), actual: m('7.94'), changeRate: -7.89 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('2.18'), budget: m('2.50'), actual: m('1.73'), changeRate: -20.64 },
    total: { prior: m('10.80'), budget: m('11.50'), actual: m('9.67'), changeRate: -10.46 },
  },
  expenseControl: {
    publicExpense: { prior: m('131.06'), budget: m('140.00'), actual: m('136.62') },
    procurement: { budget: m('86.00'), actual: m('81.35') },
  },
  procurement: { budget: m('86.00'), actual: m('81.35'), goods: { budget: m('46.00'), actual: m('43.20') }, services: { budget: m('40.00'), actual: m('38.15') } },
  budgetRate: { weight: 10, score: 9.74 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.62, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '经济普查入户登记单位', target: '≥21000家', actual: '21634家', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '发布统计信息', target: '≥120条', actual: '136条', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '统计执法检查企业', target: '≥60家', actual: '64家', weight: 5, score: 5 },
    { level1: '产出指标', level2: '质量指标', name: '普查数据差错率', target: '≤1%', actual: '0.42%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '统计月报按时发布率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '成本指标', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '84.09%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '统计分析成果获市领导批示', target: '≥25篇', actual: '31篇', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '联网直报企业数据质量达标率', target: '≥98%', actual: '97.2%', weight: 15, score: 14.88, deviation: { reason: '新纳入联网直报的小微企业填报不熟练', measure: '分行业开展填报培训' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '数据使用者满意度', target: '≥90%', actual: '94.5%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'households', group: '产出', name: '普查个体经营户', value: 56210, unit: '户' },
    { id: 'reports', group: '效益', name: '撰写统计分析报告', value: 48, unit: '篇' },
    { id: 'cases', group: '产出', name: '统计执法立案', value: 7, unit: '件' },
  ],
  problems: [
    { id: 'quality', text: '联网直报数据质量有待提高', cause: '新纳入的小微企业填报不熟练', measure: '分行业开展填报培训' },
    { id: 'use', text: '普查成果开发利用不够', cause: '分析力量不足', measure: '与高校合作开展专题研究' },
  ],
  application: ['自评结果报市财政局并在局门户网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), nd = b.nd.bind(b);
  b.title('云屏市统计局2024年度部门整体支出绩效自评报告');
  b.h1('一、部门基本情况');
  b.p`（一）职能职责。市统计局负责组织实施全市统计调查和普查，依法发布全市统计数据，开展统计执法检查，提供统计分析和咨询服务。2024年的中心工作是完成第五次全国经济普查登记和数据处理。`;
  b.p`（二）机构设置。局机关内设办公室、综合核算科、工业交通能源科、贸易外经科、社会科技科、统计执法监督科，下设普查中心。`;
  b.p`（三）人员情况。核定编制${N('staffing.authorized', '名')}，年末在职人员${N('staffing.actual', '人', { id: 'staff' })}，雇员员额${N('staffing.otherEmployees', '名', { cn: true })}，按在职人数加雇员员额计算的人员控制率为${P('staffing.controlRate', { id: 'ctrl' })}（仅按在职人数计为${P('staffing.actual / staffing.authorized * 100')}）；离退休人员${N('staffing.retired', '人')}。`;
  b.h1('二、部门预算收支情况');
  b.p`（一）预算安排。2024年年初预算${W('budget.initial')}，年中追加第五次全国经济普查经费${W('budget.adjustments[0].amount')}，压减一般性支出${W('budget.adjustments[1].amount')}，调整后全年预算${W('budget.total', { id: 'tot' })}。按支出性质分，基本支出${W('budget.byNature.basic')}、项目支出${W('budget.byNature.project')}。`;
  b.p`（二）预算执行。全年支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}；年末结转${W('budget.carryover')}，主要是经济普查数据处理尾款。`;
  b.p`（三）基本支出。基本支出${W('basicExpense.total')}，其中人员经费${W('basicExpense.personnel')}、公用经费${W('basicExpense.publicUse')}，比上年增长${P('basicExpense.changeRate')}。公用经费控制率${P('expenseControl.publicExpense.actual / expenseControl.publicExpense.budget * 100')}。`;
  b.p`（四）项目支出。项目支出${W('projectExpense.total')}，较上年的${W('projectExpense.prior')}增加${W('projectExpense.total - projectExpense.prior')}，增长${P('projectExpense.changeRate')}，主要是经济普查登记和数据处理支出增加。各项目情况如下：`;
  b.table([
    ['项目', '年初预算', '调整数', '全年预算', '实际支出', '执行率'],
    ...[0, 1, 2, 3].map((i) => [b.data.projects[i].name, W(`projects[${i}].initial`, { cell: true }), W(`projects[${i}].adjustment`, { cell: true }), W(`projects[${i}].total`, { cell: true }), W(`projects[${i}].actual`, { cell: true }), P(`projects[${i}].actual / projects[${i}].total * 100`)]),
    ['合计', W('sum(projects[*].initial)', { cell: true }), W('sum(projects[*].adjustment)', { cell: true }), W('projectExpense.budget', { cell: true }), W('projectExpense.total', { cell: true }), P('projectExpense.total / projectExpense.budget * 100')],
  ], { caption: '表1 项目支出明细（万元）' });
  b.p`（五）“三公”经费。“三公”经费支出${W('threePublic.total.actual')}，控制在预算${W('threePublic.total.budget')}以内，比上年下降${P('threePublic.total.changeRate', { abs: true })}。其中公务用车运行维护费${W('threePublic.vehicle.actual')}，同比下降${P('threePublic.vehicle.changeRate', { abs: true })}；公务接待费${W('threePublic.reception.actual')}，同比下降${P('threePublic.reception.changeRate', { abs: true, id: 'recrate' })}；未发生因公出国（境）费用。`;
  b.p`（六）政府采购。政府采购预算${W('procurement.budget')}，实际采购${W('procurement.actual')}，其中货物${W('procurement.goods.actual')}，服务${W('procurement.services.actual')}。`;
  b.h1('三、部门整体支出绩效情况');
  b.p`（一）产出情况`;
  b.p`1.经济普查。按时完成第五次全国经济普查登记，入户登记单位${N('indicators[0].actual', '家', { sep: true })}、个体经营户${N('achievements[0].value', '户', { sep: true })}，普查数据差错率${P('indicators[3].actual')}，低于${P('indicators[3].target', { dec: 0 })}的控制目标。`;
  b.p`2.统计发布和执法。全年发布统计信息${N('indicators[1].actual', '条')}，统计月报按时发布率${P('indicators[4].actual', { dec: 0 })}；对${N('indicators[2].actual', '家')}企业开展统计执法检查，立案${N('achievements[2].value', '件', { cn: true })}。`;
  b.p`（二）效益情况`;
  b.p`撰写统计分析报告${N('achievements[1].value', '篇')}，其中${N('indicators[6].actual', '篇')}获市领导批示，为市委市政府决策提供了依据。联网直报企业数据质量达标率${P('indicators[7].actual', { dec: 1 })}，比目标低${P('indicators[7].target - indicators[7].actual', { dec: 1, unit: '个百分点' })}。`;
  b.p`（三）满意度情况`;
  b.p`向政府部门、企业和社会公众发放数据使用满意度问卷，满意度${P('indicators[8].actual', { dec: 1 })}。`;
  b.p`（四）自评得分`;
  b.p`经自评，本部门整体支出绩效得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为“${G('grade(scoreSummary.scoreTotal)', { long: true })}”，评分表见附表2。`;
  b.h1('四、存在的问题及原因分析');
  b.p`一是联网直报数据质量有待提高，达标率未达到${P('indicators[7].target', { dec: 0 })}的目标，原因是新纳入联网直报的小微企业较多、填报人员不熟练。二是普查成果开发利用不够，分析力量不足。`;
  b.h1('五、下一步改进措施');
  b.p`一是分行业开展联网直报填报培训，2025年计划举办培训班${nd('8期', 'plan count')}。二是与岚溪大学经济学院合作开展普查专题研究。三是自评结果报市财政局，并在局门户网站公开。`;
  b.p`附表1　基础数据表`;
  b.table([
    ['项目', '上年决算数', '本年预算数', '本年决算数'],
    ['编制数（人）', '—', '—', N('staffing.authorized', '', { cell: true })],
    ['在职人数（人）', N('staffing.priorActual', '', { cell: true }), '—', N('staffing.actual', '', { cell: true })],
    ['“三公”经费（万元）', W('threePublic.total.prior', { cell: true }), W('threePublic.total.budget', { cell: true }), W('threePublic.total.actual', { cell: true })],
    ['公用经费（万元）', W('expenseControl.publicExpense.prior', { cell: true }), W('expenseControl.publicExpense.budget', { cell: true }), W('expenseControl.publicExpense.actual', { cell: true })],
    ['政府采购（万元）', '—', W('expenseControl.procurement.budget', { cell: true }), W('expenseControl.procurement.actual', { cell: true })],
  ]);
  b.p`附表2　部门整体支出绩效自评表`;
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
    ['预算执行率', '—', '—', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true }), '—'],
    ...indRows(b, { dash: '—' }),
    ['总分', '', '', '', '', S('scoreSummary.weightTotal', { cell: true }), S('scoreSummary.scoreTotal', { cell: true }), ''],
  ]);
}

module.exports = {
  id: '08', slug: 'yunping-tongji', ext: 'txt', style: { indent: '　　', table: 'pipe', pipeSep: false, paraBlank: false, blankBeforeHead: false }, sep: true,
  header: ['云屏市统计局（岚溪省，虚构）2024年度部门整体支出。金额单位：万元。', '人员控制率按在职人数加雇员员额计算，写明口径（staffing.controlRate.basis）。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'recrate', new: '26.04%', kind: 'yoy-rate', internal: 'yes', why: '公务接待费同比降幅算错（应为20.64%）；报告未写接待费上年数，本身看不出' },
    { id: 'staff', new: '42人', kind: 'staff-count', internal: 'no', why: '在职人数改为42，与基础数据表和控制率不符' },
  ],
};

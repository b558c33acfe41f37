'use strict';
// 07 柘川县档案馆（部门整体，县级，Markdown，标题不加标记；按省级部门整体评价维度设指标）
const { m } = require('../lib.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '柘川县档案馆',
    shortName: '县档案馆',
    title: '柘川县档案馆2024年度部门整体支出绩效自评报告',
  },
  background: {
    functions: ['集中统一管理全县党政机关档案', '接收、征集、保管县域重要档案资料', '档案信息化和数字档案馆建设', '档案开放利用和编研', '指导机关、乡镇档案工作'],
    organization: ['办公室', '业务指导股', '保管利用股', '信息技术股'],
  },
  staffing: { authorized: 18, actual: 16, priorActual: 17, changeReason: '退休1人', retired: 9, controlRate: 88.89 },
  budget: {
    initial: m('486.30'),
    adjustments: [
      { type: '追加', amount: m('62.85'), reason: '馆藏档案数字化' },
      { type: '压减', amount: m('8.40'), reason: '压减一般性支出' },
    ],
    total: m('540.75'),
    actual: m('528.64'),
    carryover: m('12.11'),
    byNature: { general: m('540.75'), basic: m('398.15'), project: m('142.60') },
    otherBudgets: { fund: '无', stateCapital: '无', socialInsurance: '无' },
  },
  basicExpense: { total: m('392.84'), personnel: m('341.26'), publicUse: m('51.58'), budget: m('398.15'), prior: m('379.52'), changeRate: 3.51, reason: '调整工资标准' },
  projectExpense: { total: m('135.80'), budget: m('142.60'), prior: m('118.36'), changeRate: 14.73, reason: '追加档案数字化经费' },
  projects: [
    { name: '馆藏档案数字化', initial: m('60.00'), adjustment: m('62.85'), total: m('122.85'), actual: m('118.60'), carryover: m('4.25'), purpose: '纸质档案扫描、著录和数据挂接' },
    { name: '档案安全保管', initial: m('12.00'), adjustment: 0, total: m('12.00'), actual: m('11.20'), carryover: m('0.80'), purpose: '库房温湿度控制和消防维保' },
    { name: '档案编研与开放利用', initial: m('7.75'), adjustment: 0, total: m('7.75'), actual: m('6.00'), carryover: m('1.75'), purpose: '编研出版和档案展览' },
  ],
  threePublic: {
    vehicle: { prior: m('3.86'), budget: m('4.00'), actual: m('3.52'), changeRate: -8.81 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: m('1.24'), budget: m('1.50'), actual: m('0.96'), changeRate: -22.58 },
    total: { prior: m('5.10'), budget: m('5.50'), actual: m('4.48'), changeRate: -12.16 },
  },
  expenseControl: {
    publicExpense: { prior: m('49.37'), budget: m('53.00'), actual: m('51.58') },
    procurement: { budget: m('36.00'), actual: m('34.72') },
  },
  procurement: { budget: m('36.00'), actual: m('34.72'), goods: { budget: m('24.00'), actual: m('23.52') }, services: { budget: m('12.00'), actual: m('11.20') } },
  assets: { total: m('1326.48'), fixed: m('842.17'), vehicles: 1 },
  budgetRate: { weight: 10, score: 9.78 },
  scoreSummary: { weightTotal: 100, scoreTotal: 96.45, grade: '优' },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '81.45%', weight: 10, score: 10 },
    { level1: '运行成本', level2: '经济成本指标', name: '公用经费控制率', target: '≤100%', actual: '97.32%', weight: 10, score: 10 },
    { level1: '管理效率', level2: '预算管理', name: '在职人员控制率', target: '≤100%', actual: '88.89%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥95%', actual: '96.44%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '数量指标', name: '馆藏档案数字化加工', target: '≥120万画幅', actual: '126.8万画幅', weight: 15, score: 15 },
    { level1: '履职效能', level2: '数量指标', name: '接收进馆档案', target: '≥9000卷', actual: '9386卷', weight: 10, score: 10 },
    { level1: '履职效能', level2: '数量指标', name: '档案查阅利用', target: '≥3000人次', actual: '3462人次', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益指标', name: '出版编研成果', target: '≥3部', actual: '2部', weight: 10, score: 6.67, deviation: { reason: '一部编研成果因史料核实延期出版', measure: '2025年上半年出版' } },
    { level1: '可持续发展能力', level2: '安全保障', name: '档案安全事故', target: '0起', actual: '0起', weight: 5, score: 5, direction: 'negative' },
    { level1: '满意度', level2: '服务对象满意度指标', name: '查档群众满意度', target: '≥95%', actual: '98.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'holdings', group: '履职效能', topic: '馆藏', name: '年末馆藏档案', value: 186420, unit: '卷', prior: 177034, changeRate: 5.3 },
    { id: 'certificates', group: '社会效应', topic: '查档服务', name: '出具档案证明', value: 1108, unit: '份' },
    { id: 'exhibitions', group: '社会效应', topic: '档案展览', name: '举办档案展览', value: 4, unit: '场' },
    { id: 'guided', group: '履职效能', topic: '业务指导', name: '指导机关和乡镇档案室', value: 67, unit: '个' },
  ],
  problems: [
    { id: 'editing', text: '编研成果出版滞后', cause: '史料核实工作量大', measure: '提前制订编研计划，分段推进' },
    { id: 'space', text: '库房容量接近饱和', cause: '馆舍建成较早，进馆档案逐年增加', measure: '推进馆舍改扩建前期工作' },
  ],
  application: ['自评结果作为2025年预算编制的参考', '随部门决算在县政府门户网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), T = b.T.bind(b), nd = b.nd.bind(b);
  b.title('柘川县档案馆2024年度部门整体支出绩效自评报告');
  b.h1('一、部门基本情况');
  b.h2('（一）主要职能');
  b.p`县档案馆是县委直属的公益一类事业单位，负责集中统一管理全县党政机关档案，接收、征集、保管县域重要档案资料，推进档案信息化和数字档案馆建设，做好档案开放利用和编研，指导机关、乡镇档案工作。`;
  b.h2('（二）机构和人员');
  b.p`馆内设办公室、业务指导股、保管利用股、信息技术股四个股室。核定编制${N('staffing.authorized', '名')}，年末在职${N('staffing.actual', '人', { id: 'staff' })}，比上年末减少${N('staffing.priorActual - staffing.actual', '人', { cn: true, abs: true })}（退休），人员控制率${P('staffing.actual / staffing.authorized * 100', { id: 'ctrl' })}；另有退休人员${N('staffing.retired', '人')}。`;
  b.h1('二、一般公共预算支出情况');
  b.h2('（一）收支总体情况');
  b.p`2024年年初预算${W('budget.initial')}，年中追加馆藏档案数字化经费${W('budget.adjustments[0].amount')}，压减一般性支出${W('budget.adjustments[1].amount')}，全年预算${W('budget.total', { id: 'tot' })}，全部为一般公共预算财政拨款。其中基本支出预算${W('budget.byNature.basic')}，项目支出预算${W('budget.byNature.project')}。`;
  b.p`全年实际支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，年末结转结余${W('budget.carryover')}，结转结余率${P('budget.carryover / budget.total * 100')}。`;
  b.h2('（二）基本支出情况');
  b.p`基本支出${W('basicExpense.total')}，占总支出的${P('basicExpense.total / budget.actual * 100')}，其中人员经费${W('basicExpense.personnel')}、公用经费${W('basicExpense.publicUse')}。基本支出比上年的${W('basicExpense.prior')}增加${W('basicExpense.total - basicExpense.prior')}，增长${P('(basicExpense.total - basicExpense.prior) / basicExpense.prior * 100')}，主要是调整工资标准。按年末在职人数计算，人均公用经费${W('basicExpense.publicUse / staffing.actual')}。`;
  b.h2('（三）项目支出情况');
  b.p`项目支出${W('projectExpense.total')}，比上年增长${P('(projectExpense.total - projectExpense.prior) / projectExpense.prior * 100')}，主要是追加了档案数字化经费。具体为：`;
  b.table([
    ['项目名称', '年初预算', '年中调整', '全年预算', '实际支出', '结转结余'],
    ...[0, 1, 2].map((i) => [b.data.projects[i].name, W(`projects[${i}].initial`, { cell: true }), W(`projects[${i}].adjustment`, { cell: true }), W(`projects[${i}].total`, { cell: true }), W(`projects[${i}].actual`, { cell: true }), W(`projects[${i}].carryover`, { cell: true })]),
    ['合计', W('sum(projects[*].initial)', { cell: true }), W('sum(projects[*].adjustment)', { cell: true }), W('sum(projects[*].total)', { cell: true }), W('sum(projects[*].actual)', { cell: true }), W('sum(projects[*].carryover)', { cell: true })],
  ], { caption: '单位：万元' });
  b.h2('（四）“三公”经费情况');
  b.p`“三公”经费支出${W('threePublic.total.actual')}，为预算${W('threePublic.total.budget')}的${P('threePublic.total.actual / threePublic.total.budget * 100')}，比上年减少${W('threePublic.total.prior - threePublic.total.actual')}，下降${P('threePublic.total.changeRate', { abs: true })}。其中：公务用车运行维护费${W('threePublic.vehicle.actual')}，比上年下降${P('threePublic.vehicle.changeRate', { abs: true })}；公务接待费${W('threePublic.reception.actual', { id: 'recep' })}；全年无因公出国（境）支出。`;
  b.h2('（五）政府采购和资产管理');
  b.p`全年政府采购预算${W('procurement.budget')}，实际采购${W('procurement.actual')}，其中货物类${W('procurement.goods.actual')}、服务类${W('procurement.services.actual')}，政府采购执行率${P('procurement.actual / procurement.budget * 100')}。年末资产总额${W('assets.total', { sep: true })}，其中固定资产${W('assets.fixed')}，公务用车${N('assets.vehicles', '辆', { cn: true })}。`;
  b.h1('三、政府性基金、国有资本经营和社会保险基金预算支出情况');
  b.p`本单位无政府性基金预算、国有资本经营预算和社会保险基金预算支出。`;
  b.h1('四、部门整体支出绩效情况');
  b.h2('（一）运行成本');
  b.p`“三公”经费控制率${P('indicators[0].actual')}，公用经费控制率${P('indicators[1].actual')}，均控制在预算以内。`;
  b.h2('（二）管理效率');
  b.p`在职人员控制率${P('indicators[2].actual')}，政府采购执行率${P('indicators[3].actual')}。全年召开预算绩效管理专题会议${nd('3次', 'meeting count')}，修订内控制度${nd('6项', 'count not in data')}。`;
  b.h2('（三）履职效能');
  b.p`1.档案资源建设。接收进馆档案${N('indicators[5].actual', '卷', { sep: true })}，年末馆藏档案${N('achievements[0].value', '卷', { sep: true, id: 'holdings' })}，同比增长${P('achievements[0].changeRate', { dec: 2 })}。`;
  b.p`2.档案数字化。完成馆藏档案数字化加工${N('indicators[4].actual', '万画幅', { dec: 1 })}，超过年度目标${N('indicators[4].actual - indicators[4].target', '万画幅', { dec: 1 })}，数字化支出${W('projects[0].actual')}。`;
  b.p`3.开放利用。接待查档${N('indicators[6].actual', '人次', { sep: true })}，出具档案证明${N('achievements[1].value', '份', { sep: true })}，举办档案展览${N('achievements[2].value', '场', { cn: true })}；指导机关和乡镇档案室${N('achievements[3].value', '个')}。`;
  b.h2('（四）社会效应和可持续发展能力');
  b.p`出版编研成果${N('indicators[7].actual', '部', { cn: true })}，比计划少${N('indicators[7].target - indicators[7].actual', '部', { cn: true })}；全年未发生档案安全事故。`;
  b.h2('（五）满意度');
  b.p`查档群众满意度${P('indicators[9].actual', { dec: 1 })}。`;
  b.h2('（六）自评结果');
  b.p`按照县财政局下发的部门整体支出绩效评价指标体系，本单位自评得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为${G('grade(scoreSummary.scoreTotal)')}。其中预算执行率${S('budgetRate.score')}，运行成本${S('indicators[0].score + indicators[1].score')}，管理效率${S('indicators[2].score + indicators[3].score')}，履职效能${S('indicators[4].score + indicators[5].score + indicators[6].score')}，社会效应${S('indicators[7].score')}，可持续发展能力${S('indicators[8].score')}，满意度${S('indicators[9].score')}。`;
  b.h1('五、存在的问题及原因分析');
  b.p`（一）编研成果出版滞后。原计划出版${N('indicators[7].target', '部', { cn: true })}编研成果，其中一部因史料核实工作量大未能按期出版。`;
  b.p`（二）库房容量接近饱和。现馆舍建成较早，进馆档案逐年增加，库房使用率已超过${nd('90%', 'rate not in data')}。`;
  b.h1('六、下一步改进措施');
  b.p`（一）提前制订编研计划，分阶段推进，延期的编研成果于2025年上半年出版。（二）推进馆舍改扩建前期工作，同步加快档案数字化进度。`;
  b.h1('七、绩效自评结果拟应用和公开情况');
  b.p`自评结果作为2025年预算编制的参考，本报告随部门决算在县政府门户网站公开。`;
  b.p`附件1：部门整体支出绩效自评基础数据表`;
  b.table([
    ['指标', '2023年决算数', '2024年预算数', '2024年决算数', '备注'],
    ['编制数（人）', '—', '—', N('staffing.authorized', '', { cell: true }), ''],
    ['在职人数（人）', N('staffing.priorActual', '', { cell: true }), '—', N('staffing.actual', '', { cell: true }), ''],
    ['人员控制率', '—', '—', P('staffing.actual / staffing.authorized * 100'), ''],
    ['“三公”经费合计（万元）', W('threePublic.total.prior', { cell: true }), W('threePublic.total.budget', { cell: true }), W('threePublic.total.actual', { cell: true }), ''],
    ['1.公务用车购置及运行维护费', W('threePublic.vehicle.prior', { cell: true }), W('threePublic.vehicle.budget', { cell: true }), W('threePublic.vehicle.actual', { cell: true }), '无购置'],
    ['2.因公出国（境）费', N('threePublic.overseas.prior', '', { cell: true }), N('threePublic.overseas.budget', '', { cell: true }), N('threePublic.overseas.actual', '', { cell: true }), ''],
    ['3.公务接待费', W('threePublic.reception.prior', { cell: true }), W('threePublic.reception.budget', { cell: true }), W('threePublic.reception.actual', { cell: true }), ''],
    ['公用经费（万元）', W('expenseControl.publicExpense.prior', { cell: true }), W('expenseControl.publicExpense.budget', { cell: true }), W('expenseControl.publicExpense.actual', { cell: true }), ''],
    ['政府采购金额（万元）', '—', W('expenseControl.procurement.budget', { cell: true }), W('expenseControl.procurement.actual', { cell: true }), ''],
  ]);
  b.p`附件2：部门整体支出绩效自评表`;
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值', '分值', '得分'],
    ['预算执行', '预算执行率', '预算执行率', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true })],
    ...b.data.indicators.map((x, i) => [x.level1, x.level2, x.name, T(`indicators[${i}].target`), T(`indicators[${i}].actual`), S(`indicators[${i}].weight`, { cell: true }), S(`indicators[${i}].score`, { cell: true })]),
    ['总分', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('scoreSummary.scoreTotal', { cell: true })],
  ]);
}

module.exports = {
  id: '07', slug: 'zhechuan-dangan', ext: 'md', style: { heads: 'plain' }, sep: false,
  header: ['柘川县档案馆（岚溪省，虚构）2024年度部门整体支出。金额单位：万元。', '指标按部门整体支出评价维度（运行成本、管理效率、履职效能、社会效应、可持续发展能力、满意度）设置。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'holdings', new: '177,034卷', kind: 'prior-year-value', internal: 'yes', why: '年末馆藏写成了上年末的数；正文未写上年数，增长率照旧，报告本身看不出' },
    { id: 'ctrl', new: '88.24%', kind: 'control-rate', internal: 'no', why: '控制率应为16÷18=88.89%' },
  ],
};

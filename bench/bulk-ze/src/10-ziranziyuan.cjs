'use strict';
// 10 部门：白沙县自然资源局（md；粗体引领语，按部门整体支出维度评分）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '白沙县自然资源局',
    shortName: '县自然资源局',
    title: '白沙县自然资源局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 64, actual: 61, priorActual: 63, retired: 37, controlRate: 95.31 },
  budget: {
    initial: 4268.9,
    adjustments: [{ type: '追加', amount: 1583.26, reason: '耕地保护和地质灾害防治' }],
    total: 5852.16,
    actual: 5706.93,
    rate: 97.52,
    carryover: 145.23,
    byNature: { general: 5852.16, basic: 1946.3, project: 3905.86 },
  },
  basicExpense: { total: 1928.77, personnel: 1662.05, publicUse: 266.72, budget: 1946.3, prior: 1884.6, changeRate: 2.34 },
  projectExpense: { total: 3778.16, budget: 3905.86, prior: 3462.38, changeRate: 9.12 },
  projects: [
    { name: '耕地保护补偿', total: 1560, actual: 1560 },
    { name: '地质灾害防治', total: 986.5, actual: 942.18 },
    { name: '国土空间规划编制', total: 720, actual: 664.3 },
    { name: '不动产登记及测绘', total: 639.36, actual: 611.68 },
  ],
  threePublic: {
    vehicle: { prior: 24.8, budget: 24, actual: 22.36 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 2.1, budget: 2, actual: 1.64 },
    total: { prior: 26.9, budget: 26, actual: 24, changeRate: -10.78 },
  },
  procurement: { budget: 820, actual: 786.45, goods: { budget: 300, actual: 291.25 }, services: { budget: 520, actual: 495.2 } },
  assets: { total: 9836.52, fixed: 3412.08, vehicles: 7, disposed: 46.3 },
  budgetRate: { weight: 10, score: 9.75 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.75, grade: '优' },
  indicators: [
    { level1: '运行成本', level2: '经费控制', name: '三公经费控制率', target: '≤100%', actual: '92.31%', weight: 10, score: 10 },
    { level1: '管理效率', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '95.31%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤3%', actual: '2.48%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '采购管理', name: '政府采购执行率', target: '≥95%', actual: '95.91%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '资产管理', name: '资产处置规范率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '耕地保护', name: '耕地保有量目标完成率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '地灾防治', name: '地质灾害隐患点治理', target: '≥30处', actual: '27处', weight: 10, score: 9, deviation: { reason: '三处治理工程受雨季影响顺延', measure: '旱季集中施工' } },
    { level1: '履职效能', level2: '登记服务', name: '不动产登记办结时限', target: '≤3个工作日', actual: '2.5个工作日', weight: 10, score: 10 },
    { level1: '可持续发展能力', level2: '规划', name: '国土空间规划编制完成率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '社会效应', level2: '安全', name: '地质灾害造成人员伤亡', target: '0人', actual: '0人', weight: 10, score: 10 },
    { level1: '满意度', level2: '群众满意度', name: '群众满意度', target: '≥90%', actual: '92.7%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'farmland', group: '履职效能', topic: '耕地', name: '耕地保有量', value: 42.86, unit: '万亩' },
    { id: 'basic_farmland', group: '履职效能', topic: '耕地', name: '永久基本农田', value: 35.2, unit: '万亩' },
    { id: 'hazards', group: '履职效能', topic: '地灾', name: '治理地质灾害隐患点', value: 27, unit: '处' },
    { id: 'relocated', group: '社会效应', topic: '地灾', name: '搬迁避让', value: 186, unit: '户', prior: 142, changeRate: 30.99 },
    { id: 'registrations', group: '履职效能', topic: '登记', name: '办理不动产登记', value: 18426, unit: '件' },
    { id: 'satisfaction', group: '满意度', name: '群众满意度', value: 92.7, unit: '%' },
  ],
  problems: [
    { id: 'hazard', text: '地质灾害隐患点治理未完成目标', cause: '三处工程受雨季影响顺延', measure: '旱季集中施工' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '白沙县自然资源局2024年度部门整体支出绩效自评报告');
  R.h(2, '一、部门基本情况');
  R.p(`**职能职责**：负责全县自然资源统一确权登记、国土空间规划、耕地保护和地质灾害防治等工作。`);
  R.p(`**人员情况**：核定编制${f('staffing.authorized', 'n', { u: '名', rel: ['控制率'] })}，年末实有在职${f('staffing.actual', 'n', { u: '人', rel: ['控制率'] })}，较上年末减少${f('staffing.priorActual-staffing.actual', 'cn', { u: '人', text: '两人' })}；退休${f('staffing.retired', 'n', { u: '人' })}。**人员控制率**：${f('staffing.controlRate', 'p2', { rel: ['控制率'] })}。`);
  R.h(2, '二、部门预算执行情况');
  R.p(`**预算安排**：年初预算${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}，年中追加耕地保护和地质灾害防治资金${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初+调整=全年'] })}，全年预算${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}。`);
  R.p(`**预算执行**：全年支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，结转结余${f('budget.carryover', 'w2c', { rel: ['结余'] })}。**预算执行率**：${f('budget.rate', 'p2')}。**结转结余率**：${f('budget.carryover/budget.total*100', 'p2')}。`);
  R.p(`**基本支出**：${f('basicExpense.total', 'w2c', { rel: ['基本=人员+公用', '同比'] })}，其中人员经费${f('basicExpense.personnel', 'w2c')}、公用经费${f('basicExpense.publicUse', 'w2c')}；上年为${f('basicExpense.prior', 'w2c', { rel: ['同比'] })}，本年增长${f('basicExpense.changeRate', 'p2', { id: 'basic_change', rel: ['同比'] })}。按年末在职人数计算，人均公用经费约${f('basicExpense.publicUse/staffing.actual', 'w2', { unit: '万元', approxRule: '约' })}。`);
  R.p(`**项目支出**：${f('projectExpense.total', 'w2c', { rel: ['同比'] })}，比上年的${f('projectExpense.prior', 'w2c', { rel: ['同比'] })}增长${f('projectExpense.changeRate', 'p2', { rel: ['同比'] })}，主要是耕地保护补偿标准提高。分项目情况如下：`);
  const rows = [['项目', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows);
  R.p(`**“三公”经费**：预算${f('threePublic.total.budget', 'w2')}，决算${f('threePublic.total.actual', 'w2')}，其中公务用车运行维护费${f('threePublic.vehicle.actual', 'w2')}、公务接待费${f('threePublic.reception.actual', 'w2')}；比上年的${f('threePublic.total.prior', 'w2', { rel: ['同比'] })}下降${f('threePublic.total.changeRate', 'p2', { abs: true, rel: ['同比'] })}。**“三公”经费控制率**：${f('threePublic.total.actual/threePublic.total.budget*100', 'p2')}。`);
  R.p(`**政府采购**：预算${f('procurement.budget', 'w2')}，实际采购${f('procurement.actual', 'w2', { rel: ['合计'] })}（货物${f('procurement.goods.actual', 'w2')}，服务${f('procurement.services.actual', 'w2')}），执行率${f('procurement.actual/procurement.budget*100', 'p2')}。`);
  R.p(`**资产管理**：年末资产总额${f('assets.total', 'w2c')}，固定资产${f('assets.fixed', 'w2c')}；按程序报废处置资产${f('assets.disposed', 'w2')}；公务用车${f('assets.vehicles', 'cn', { u: '辆' })}。`);
  R.h(2, '三、部门履职成效');
  R.p(`**耕地保护**：全县耕地保有量${f('achievements@farmland.value', 'x2', { u: '万亩' })}，永久基本农田${f('achievements@basic_farmland.value', 'x1', { u: '万亩', id: 'basic_farmland' })}，全面完成上级下达的保护任务。`);
  R.p(`**地灾防治**：治理地质灾害隐患点${f('achievements@hazards.value', 'n', { u: '处' })}，平均每处投入约${f('projects[1].actual/achievements@hazards.value', 'w1', { unit: '万元', approxRule: '约' })}；实施搬迁避让${f('achievements@relocated.value', 'n', { u: '户' })}，上年为${f('achievements@relocated.prior', 'n', { u: '户' })}，增长${f('achievements@relocated.changeRate', 'p2')}；全年未发生地质灾害造成的人员伤亡。`);
  R.p(`**登记服务**：办理不动产登记${f('achievements@registrations.value', 'nc', { u: '件' })}，一般登记办结时限压缩至${f('indicators[7].actual', 'raw')}。`);
  R.p(`**群众满意度**：${f('achievements@satisfaction.value', 'p1')}。`);
  R.h(2, '四、自评结论');
  R.p(`**自评得分**：${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分', '等级'] })}。**自评等级**：${f('scoreSummary.grade', 'raw')}。`);
  R.table([
    ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
  ], { caption: '部门整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、问题和措施');
  R.p('**存在问题**：地质灾害隐患点治理未完成目标，原因是三处治理工程受雨季影响顺延。');
  R.p('**改进措施**：调整施工计划，在旱季集中施工，确保2025年汛期前完工。');
}

module.exports = {
  no: '10', slug: 'ziranziyuan', ext: 'md', data, build, dataChecks: { projectsSum: 'projectExpense' },
  header: '10 白沙县自然资源局（部门整体支出）。虚构单位，金额单位万元。\n维度分值：运行成本10、管理效率20、履职效能30、可持续发展能力10、社会效应10、满意度10、预算执行率10。\n地质灾害隐患点 27 ÷ 30 × 10 = 9分；“不动产登记办结时限 ≤3个工作日”为反向指标。',
  bad: [
    { id: 'a', label: 'basic_change', new: '2.43%', kind: '同比增长率写错（2.34%→2.43%）', internal: 'yes' },
    { id: 'b', label: 'basic_farmland', new: '35.2亩', kind: '单位写错（万亩→亩）', internal: 'no' },
  ],
};

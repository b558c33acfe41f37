'use strict';
// 08 部门：澧阳市生态环境局（txt；财务人员简写，表多；部门整体支出按运行成本、管理效率、履职效能、社会效应、满意度评价）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市生态环境局',
    shortName: '市生态环境局',
    title: '澧阳市生态环境局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 86, actual: 79, priorActual: 81, retired: 44, controlRate: 91.86 },
  budget: {
    initial: 6812.3,
    adjustments: [
      { type: '追加', amount: 1935.48, reason: '中央大气和水污染防治资金' },
      { type: '压减', amount: 240, reason: '压减一般性支出' },
    ],
    total: 8507.78,
    actual: 8286.15,
    rate: 97.39,
    carryover: 221.63,
    byNature: { general: 8507.78, basic: 2418.6, project: 6089.18 },
  },
  basicExpense: { total: 2396.84, personnel: 2052.37, publicUse: 344.47, budget: 2418.6, prior: 2351.2, changeRate: 1.94 },
  projectExpense: { total: 5889.31, budget: 6089.18, prior: 6420.55, changeRate: -8.27 },
  projects: [
    { name: '大气污染防治', total: 2380, actual: 2326.45 },
    { name: '水污染防治', total: 1964.18, actual: 1902.3 },
    { name: '土壤和固体废物监管', total: 842, actual: 813.76 },
    { name: '生态环境监测能力建设', total: 903, actual: 846.8 },
  ],
  threePublic: {
    vehicle: { prior: 38.6, budget: 36, actual: 33.42 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 6.85, budget: 6.5, actual: 5.96 },
    total: { prior: 45.45, budget: 42.5, actual: 39.38, changeRate: -13.36 },
  },
  procurement: {
    budget: 1260, actual: 1198.64,
    goods: { budget: 720, actual: 689.2 },
    works: { budget: 180, actual: 172.56 },
    services: { budget: 360, actual: 336.88 },
  },
  assets: { total: 15862.4, fixed: 9746.25, vehicles: 12 },
  budgetRate: { weight: 10, score: 9.74 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.32, grade: '优' },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '三公经费控制率', target: '≤100%', actual: '92.66%', weight: 10, score: 10 },
    { level1: '管理效率', level2: '预算管理', name: '在职人员控制率', target: '≤100%', actual: '91.86%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤3%', actual: '2.61%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '采购管理', name: '政府采购执行率', target: '≥95%', actual: '95.13%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '重点工作', name: '重点工作完成率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '大气', name: '空气质量优良天数比例', target: '≥90%', actual: '91.3%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '水', name: '国省控断面水质达标率', target: '100%', actual: '95.83%', weight: 10, score: 9.58, deviation: { reason: '一个断面受上游来水影响', measure: '开展跨界联合治理' } },
    { level1: '履职效能', level2: '土壤', name: '受污染耕地安全利用率', target: '≥93%', actual: '94.1%', weight: 10, score: 10 },
    { level1: '社会效应', level2: '环境质量', name: '细颗粒物（PM2.5）年均浓度', target: '≤33微克/立方米', actual: '31.6微克/立方米', weight: 10, score: 10 },
    { level1: '社会效应', level2: '信访', name: '环境信访办结率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度', level2: '公众满意度', name: '公众生态环境满意度', target: '≥85%', actual: '88.9%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'good_days', group: '履职效能', topic: '大气', name: '空气质量优良天数', value: 334, unit: '天' },
    { id: 'good_ratio', group: '履职效能', topic: '大气', name: '优良天数比例', value: 91.3, unit: '%' },
    { id: 'sections', group: '履职效能', topic: '水', name: '国省控断面', value: 24, unit: '个' },
    { id: 'sections_ok', group: '履职效能', topic: '水', name: '达标断面', value: 23, unit: '个' },
    { id: 'cases', group: '社会效应', topic: '执法', name: '查处环境违法案件', value: 138, unit: '件' },
    { id: 'fines', group: '社会效应', topic: '执法', name: '罚没款', value: 846.3, unit: '万元' },
    { id: 'satisfaction', group: '满意度', name: '公众生态环境满意度', value: 88.9, unit: '%' },
  ],
  problems: [
    { id: 'section', text: '一个国控断面未稳定达标', cause: '受上游来水影响', measure: '开展跨界联合治理' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '澧阳市生态环境局2024年度部门整体支出绩效自评报告');
  R.h(2, '一、基本情况');
  R.p(`编制${f('staffing.authorized', 'n', { u: '名', rel: ['控制率'] })}，年末在职${f('staffing.actual', 'n', { u: '人', rel: ['控制率'] })}（上年末${f('staffing.priorActual', 'n', { u: '人' })}），退休${f('staffing.retired', 'n', { u: '人' })}。人员控制率${f('staffing.controlRate', 'p2', { rel: ['控制率'] })}。`);
  R.h(2, '二、预算及执行');
  R.table([
    ['项目', '金额（万元）'],
    ['年初预算', f('budget.initial', 'w2c-', { rel: ['年初±调整=全年'] })],
    ['追加', f('budget.adjustments[0].amount', 'w2c-', { rel: ['年初±调整=全年'] })],
    ['压减', f('budget.adjustments[1].amount', 'w2c-', { rel: ['年初±调整=全年'] })],
    ['全年预算', f('budget.total', 'w2c-', { rel: ['年初±调整=全年'] })],
    ['全年支出', f('budget.actual', 'w2c-')],
    ['结转结余', f('budget.carryover', 'w2c-')],
  ], { caption: '表1  预算收支' });
  R.p(`预算执行率${f('budget.rate', 'p2')}，结转结余率${f('budget.carryover/budget.total*100', 'p2', { rel: ['结转结余率'] })}。`);
  R.table([
    ['支出', '2024年', '2023年', '增减额', '增减率'],
    ['基本支出', f('basicExpense.total', 'w2c-'), f('basicExpense.prior', 'w2c-'), f('basicExpense.total-basicExpense.prior', 'w2c-'), f('basicExpense.changeRate', 'p2')],
    ['项目支出', f('projectExpense.total', 'w2c-'), f('projectExpense.prior', 'w2c-'), f('projectExpense.total-projectExpense.prior', 'w2c-'), f('projectExpense.changeRate', 'p2')],
  ], { caption: '表2  支出与上年比较', unitNote: '单位：万元' });
  R.p(`基本支出中人员经费${f('basicExpense.personnel', 'w2c', { rel: ['占比'] })}，占${f('basicExpense.personnel/basicExpense.total*100', 'p2', { id: 'personnel_share', rel: ['占比'] })}；公用经费${f('basicExpense.publicUse', 'w2')}。`);
  const rows = [['项目', '全年预算', '支出', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows, { caption: '表3  项目支出', unitNote: '单位：万元' });
  R.table([
    ['三公经费', '2023年决算', '2024年预算', '2024年决算', '控制率'],
    ['公务用车运行维护费', f('threePublic.vehicle.prior', 'w2-'), f('threePublic.vehicle.budget', 'w2-'), f('threePublic.vehicle.actual', 'w2-'), f('threePublic.vehicle.actual/threePublic.vehicle.budget*100', 'p2')],
    ['因公出国（境）费', f('threePublic.overseas.prior', 'w2-'), f('threePublic.overseas.budget', 'w2-'), f('threePublic.overseas.actual', 'w2-'), '—'],
    ['公务接待费', f('threePublic.reception.prior', 'w2-'), f('threePublic.reception.budget', 'w2-'), f('threePublic.reception.actual', 'w2-'), f('threePublic.reception.actual/threePublic.reception.budget*100', 'p2')],
    ['合计', f('threePublic.total.prior', 'w2-'), f('threePublic.total.budget', 'w2-'), f('threePublic.total.actual', 'w2-'), f('threePublic.total.actual/threePublic.total.budget*100', 'p2')],
  ], { caption: '表4  “三公”经费', unitNote: '单位：万元' });
  R.p(`“三公”经费比上年下降${f('threePublic.total.changeRate', 'p2', { abs: true })}。`);
  R.table([
    ['类别', '采购预算', '实际采购'],
    ['货物', f('procurement.goods.budget', 'w2c-'), f('procurement.goods.actual', 'w2c-')],
    ['工程', f('procurement.works.budget', 'w2c-'), f('procurement.works.actual', 'w2c-')],
    ['服务', f('procurement.services.budget', 'w2c-'), f('procurement.services.actual', 'w2c-')],
    ['合计', f('procurement.budget', 'w2c-'), f('procurement.actual', 'w2c-')],
  ], { caption: '表5  政府采购', unitNote: '单位：万元' });
  R.p(`政府采购执行率${f('procurement.actual/procurement.budget*100', 'p2')}。资产总额${f('assets.total', 'w2c')}，固定资产${f('assets.fixed', 'w2c')}，公务用车${f('assets.vehicles', 'n', { u: '辆' })}。`);
  R.h(2, '三、履职成效');
  R.p(`1.大气：优良天数${f('achievements@good_days.value', 'n', { u: '天' })}，比例${f('achievements@good_ratio.value', 'p1')}；细颗粒物年均浓度${f('indicators[8].actual', 'raw')}。`);
  R.p(`2.水：国省控断面${f('achievements@sections.value', 'n', { u: '个' })}，达标${f('achievements@sections_ok.value', 'n', { u: '个' })}，达标率${f('achievements@sections_ok.value/achievements@sections.value*100', 'p2', { rel: ['达标率'] })}。`);
  R.p(`3.执法：查处环境违法案件${f('achievements@cases.value', 'n', { u: '件' })}，罚没款${f('achievements@fines.value', 'w2')}。`);
  R.p(`4.满意度：${f('achievements@satisfaction.value', 'p1')}（样本${s('2,000份', '样本数（数据未收）')}）。`);
  R.h(2, '四、自评得分');
  R.table([
    ['资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['合计', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
  ], { caption: '表6  部门整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  for (const r of indicatorRows(R, { deviation: false })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-')]);
  R.table(t);
  R.p(`总分${f('scoreSummary.scoreTotal', 's')}，等级：${f('scoreSummary.grade', 'raw')}。`);
  R.h(2, '五、问题及措施');
  R.p('问题：一个国控断面未稳定达标。原因：受上游来水影响。措施：与上游县市开展跨界联合治理。');
  R.p('经办人：计划财务科　电话：0736-8107725　日期：2025年4月2日');
}

module.exports = {
  no: '08', slug: 'shengtaihuanjing', ext: 'txt', data, build, dataChecks: { projectsSum: 'projectExpense' },
  header: '08 澧阳市生态环境局（部门整体支出）。虚构单位，金额单位万元。\n指标按部门整体支出维度：运行成本10、管理效率20、履职效能30、社会效应20、满意度10、预算执行率10。\n三公经费控制率 39.38 ÷ 42.50 = 92.66%；断面达标率 23 ÷ 24 = 95.83%，95.83% × 10 = 9.58分。',
  bad: [
    { id: 'a', label: 'personnel_share', new: '83.65%', kind: '占比写错（85.63%→83.65%）', internal: 'yes' },
    { id: 'b', label: 'T.ind7.target', new: '≥90%', kind: '自评表年度指标值改动（仍达标）', internal: 'no' },
  ],
};

'use strict';
// 11 部门（事业单位）：澧阳市图书馆（txt；大模型起草式，“总体来看”小结复述数字，人均、次均成本）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市图书馆',
    shortName: '市图书馆',
    title: '澧阳市图书馆2024年度单位整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 48, actual: 45, priorActual: 46, retired: 29, controlRate: 93.75 },
  budget: {
    initial: 2864.5,
    adjustments: [{ type: '追加', amount: 318.72, reason: '省级公共图书馆免费开放补助' }],
    total: 3183.22,
    actual: 3146.05,
    rate: 98.83,
    carryover: 37.17,
    sources: {
      current: { initial: 2714.5, total: 3033.22, actual: 2996.05 },
      other: { initial: 150, total: 150, actual: 150 },
    },
    byNature: { general: 3033.22, other: 150, basic: 1826.4, project: 1356.82 },
  },
  basicExpense: { total: 1812.36, personnel: 1598.74, publicUse: 213.62, budget: 1826.4, prior: 1769.85, changeRate: 2.4 },
  projectExpense: { total: 1333.69, budget: 1356.82, prior: 1208.44, changeRate: 10.36 },
  projects: [
    { name: '免费开放运行保障', total: 486.82, actual: 486.82 },
    { name: '文献资源购置', total: 520, actual: 508.37 },
    { name: '数字图书馆建设', total: 230, actual: 221.5 },
    { name: '阅读推广活动', total: 120, actual: 117 },
  ],
  threePublic: {
    vehicle: { prior: 3.2, budget: 3, actual: 2.76 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 0.86, budget: 0.8, actual: 0.62 },
    total: { prior: 4.06, budget: 3.8, actual: 3.38, changeRate: -16.75 },
  },
  procurement: { budget: 560, actual: 541.28, goods: { budget: 410, actual: 398.16 }, services: { budget: 150, actual: 143.12 } },
  assets: { total: 12684.3, fixed: 8926.15, vehicles: 1 },
  budgetRate: { weight: 10, score: 9.88 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.27, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '年到馆读者人次', target: '≥120万人次', actual: '128.6万人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新增馆藏文献', target: '≥45000册', actual: '46820册', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '阅读推广活动场次', target: '≥400场次', actual: '412场次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '每周免费开放时长', target: '≥63小时', actual: '63小时', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '数字资源访问量', target: '≥380万次', actual: '356.7万次', weight: 10, score: 9.39, deviation: { reason: '平台迁移停机两周', measure: '迁移安排在闭馆时段' } },
    { level1: '效益指标', level2: '社会效益指标', name: '文献外借量', target: '≥80万册次', actual: '86.3万册次', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '注册读者增长率', target: '≥5%', actual: '6.2%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '基层分馆通借通还覆盖率', target: '≥90%', actual: '91.7%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '读者满意度', target: '≥95%', actual: '97.4%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'visits', group: '履职效能', topic: '服务', name: '到馆读者', value: 128.6, unit: '万人次', prior: 112.4, changeRate: 14.41 },
    { id: 'new_books', group: '履职效能', topic: '馆藏', name: '新增馆藏文献', value: 46820, unit: '册' },
    { id: 'collection', group: '履职效能', topic: '馆藏', name: '馆藏总量', value: 135.26, unit: '万册' },
    { id: 'loans', group: '社会效应', topic: '服务', name: '文献外借', value: 86.3, unit: '万册次' },
    { id: 'events', group: '履职效能', topic: '阅读推广', name: '阅读推广活动', value: 412, unit: '场次' },
    { id: 'readers', group: '社会效应', topic: '读者', name: '注册读者', value: 186340, unit: '人' },
    { id: 'digital', group: '履职效能', topic: '数字', name: '数字资源访问量', value: 356.7, unit: '万次' },
    { id: 'satisfaction', group: '满意度', name: '读者满意度', value: 97.4, unit: '%' },
  ],
  problems: [
    { id: 'digital', text: '数字资源访问量未达目标', cause: '平台迁移停机两周', measure: '迁移安排在闭馆时段' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '澧阳市图书馆2024年度单位整体支出绩效自评报告');
  R.h(2, '一、单位基本情况');
  R.p(`澧阳市图书馆是市文化广电和旅游局所属公益一类事业单位，承担文献收藏、借阅服务、阅读推广和全市图书馆总分馆体系建设等职能。年末核定编制${f('staffing.authorized', 'n', { u: '名', rel: ['控制率'] })}，在职${f('staffing.actual', 'n', { u: '人', rel: ['控制率'] })}，人员控制率${f('staffing.controlRate', 'p2', { rel: ['控制率'] })}；退休人员${f('staffing.retired', 'n', { u: '人' })}。`);
  R.h(2, '二、收支预算执行情况');
  R.p(`2024年本馆年初预算${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}，其中财政拨款${f('budget.sources.current.initial', 'w2c')}、事业收入${f('budget.sources.other.initial', 'w2')}；年中获得省级公共图书馆免费开放补助${f('budget.adjustments[0].amount', 'w2', { rel: ['年初+调整=全年'] })}，全年预算${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}。全年支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，预算执行率${f('budget.rate', 'p2')}，结转${f('budget.carryover', 'w2', { rel: ['结余'] })}。`);
  R.p(`从支出结构看，基本支出${f('basicExpense.total', 'w2c', { rel: ['基本=人员+公用'] })}，其中人员经费${f('basicExpense.personnel', 'w2c', { rel: ['基本=人员+公用'] })}、公用经费${f('basicExpense.publicUse', 'w2', { rel: ['基本=人员+公用'] })}，比上年增长${f('basicExpense.changeRate', 'p2')}；项目支出${f('projectExpense.total', 'w2c', { rel: ['占比', '同比'] })}，占全部支出的${f('projectExpense.total/budget.actual*100', 'p2', { rel: ['占比'] })}，比上年的${f('projectExpense.prior', 'w2c', { rel: ['同比'] })}增长${f('projectExpense.changeRate', 'p2', { rel: ['同比'] })}。`);
  const rows = [['项目', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2-'), f(`projects[${i}].actual`, 'w2-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows, { caption: '表1  项目支出明细' });
  R.p(`“三公”经费全年支出${f('threePublic.total.actual', 'w2')}，其中公务用车运行维护费${f('threePublic.vehicle.actual', 'w2')}、公务接待费${f('threePublic.reception.actual', 'w2')}，比上年的${f('threePublic.total.prior', 'w2', { rel: ['同比'] })}下降${f('threePublic.total.changeRate', 'p2', { abs: true, rel: ['同比'] })}。政府采购预算${f('procurement.budget', 'w2')}，实际采购${f('procurement.actual', 'w2')}，其中货物${f('procurement.goods.actual', 'w2')}、服务${f('procurement.services.actual', 'w2')}。年末资产总额${f('assets.total', 'w2c')}，其中固定资产${f('assets.fixed', 'w2c')}，公务用车${f('assets.vehicles', 'cn', { u: '辆' })}。`);
  R.p(`总体来看，本馆全年预算${f('budget.total', 'w2c')}、支出${f('budget.actual', 'w2c')}，执行率${f('budget.rate', 'p2')}，“三公”经费继续压减，资金使用总体规范。`);
  R.h(2, '三、履职成效');
  R.p(`（一）服务人次稳步增长。全年接待到馆读者${f('achievements@visits.value', 'x1', { u: '万人次', rel: ['同比'] })}，较上年的${f('achievements@visits.prior', 'x1', { u: '万人次', rel: ['同比'] })}增长${f('achievements@visits.changeRate', 'p2', { rel: ['同比'] })}；文献外借${f('achievements@loans.value', 'x1', { u: '万册次' })}；注册读者达到${f('achievements@readers.value', 'nc', { u: '人', id: 'readers' })}。按全年支出计算，每服务一名到馆读者的成本约${f('budget.actual/achievements@visits.value', 'x2', { u: '元', unit: '元/人次', approxRule: '约', rel: ['次均'] })}。`);
  R.p(`（二）馆藏资源持续丰富。全年新增馆藏文献${f('achievements@new_books.value', 'nc', { u: '册' })}，馆藏总量达到${f('achievements@collection.value', 'x2', { u: '万册' })}；数字资源访问量${f('achievements@digital.value', 'x1', { u: '万次' })}，受平台迁移影响未达到${f('indicators[4].target', 'x0', { text: '380万次' })}的目标。`);
  R.p(`（三）阅读推广亮点纷呈。全年举办“沅川书香”系列阅读推广活动${f('achievements@events.value', 'n', { u: '场次' })}，场均投入约${f('projects[3].actual/achievements@events.value*10000', 'x0c', { u: '元', unit: '元/场次', approxRule: '约' })}，其中第${s('十五', '届次')}届澧阳读书节吸引线上线下参与者逾${s('20万人次', '参与人次（数据未收）')}。`);
  R.p(`（四）读者满意度保持高位。年度读者满意度调查结果为${f('achievements@satisfaction.value', 'p1')}。`);
  R.p(`总体来看，本馆到馆读者${f('achievements@visits.value', 'x1', { u: '万人次' })}、新增馆藏${f('achievements@new_books.value', 'nc', { u: '册' })}、阅读推广活动${f('achievements@events.value', 'n', { u: '场次' })}，主要绩效目标均已完成。`);
  R.h(2, '四、自评结论');
  R.p(`经自评，本馆2024年度整体支出绩效得分${f('scoreSummary.scoreTotal', 's', { id: 'total_score', rel: ['总分=Σ得分', '等级'] })}，等级为“${f('scoreSummary.grade', 'raw')}”，其中预算执行率得分${f('budgetRate.score', 's')}，数字资源访问量一项按完成比例得${f('indicators[4].score', 's')}。`);
  R.table([
    ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['财政拨款', f('budget.sources.current.initial', 'w2c-'), f('budget.sources.current.total', 'w2c-'), f('budget.sources.current.actual', 'w2c-'), '—', '—', '—'],
    ['其他资金', f('budget.sources.other.initial', 'w2-'), f('budget.sources.other.total', 'w2-'), f('budget.sources.other.actual', 'w2-'), '—', '—', '—'],
  ], { caption: '表2  单位整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  for (const r of indicatorRows(R, { deviation: false })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-')]);
  R.table(t);
  R.h(2, '五、存在的问题和改进措施');
  R.p('数字资源访问量未达目标，主要原因是数字平台迁移期间停机两周。今后系统升级和迁移统一安排在闭馆时段进行，并加强数字资源宣传推广。');
}

module.exports = {
  no: '11', slug: 'tushuguan', ext: 'txt', data, build, style: { indent: true }, dataChecks: { projectsSum: 'projectExpense' },
  header: '11 澧阳市图书馆（事业单位，单位整体支出）。虚构单位，金额单位万元。\n资金来源：财政拨款与事业收入（其他资金150万元）。\n数字资源访问量 356.7 ÷ 380 × 10 = 9.39分；到馆读者次均成本 3146.05万元 ÷ 128.6万人次 = 24.46元。',
  bad: [
    { id: 'a', label: 'total_score', new: '99.72分', kind: '总分数字颠倒（与各项得分之和不符）', internal: 'yes' },
    { id: 'b', label: 'readers', new: '168,340人', kind: '数字颠倒（186,340→168,340）', internal: 'no' },
  ],
};

'use strict';
// 09 部门：澧阳市云渡区教育局（docx；含所属学校的部门整体支出，亿元总额、占比、基础数据表）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市云渡区教育局',
    shortName: '区教育局',
    title: '云渡区教育局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 2846, actual: 2713, priorActual: 2688, retired: 1204, controlRate: 95.33 },
  budget: {
    initial: 68420.36,
    adjustments: [
      { type: '追加', amount: 9864.52, reason: '教师工资调标及学生资助' },
      { type: '压减', amount: 1206, reason: '压减一般性支出' },
    ],
    total: 77078.88,
    actual: 76315.47,
    rate: 99.01,
    carryover: 763.41,
    byNature: { general: 74912.36, fund: 2166.52, basic: 52806.4, project: 24272.48 },
  },
  basicExpense: { total: 52630.18, personnel: 48215.06, publicUse: 4415.12, budget: 52806.4, prior: 49874.25, changeRate: 5.53 },
  projectExpense: { total: 23685.29, budget: 24272.48, prior: 21906.72, changeRate: 8.12 },
  projects: [
    { name: '学生资助', total: 5236.48, actual: 5236.48 },
    { name: '义务教育公用经费保障', total: 9684, actual: 9684 },
    { name: '学前教育发展', total: 3120, actual: 2986.35 },
    { name: '校舍维修改造', total: 4862, actual: 4528.46 },
    { name: '教师培训', total: 1370, actual: 1250 },
  ],
  threePublic: {
    vehicle: { prior: 21.36, budget: 20, actual: 18.74 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 3.12, budget: 3, actual: 2.48 },
    total: { prior: 24.48, budget: 23, actual: 21.22, changeRate: -13.32 },
  },
  procurement: {
    budget: 3680, actual: 3512.76,
    goods: { budget: 2140, actual: 2068.4 },
    works: { budget: 980, actual: 912.56 },
    services: { budget: 560, actual: 531.8 },
  },
  assets: { total: 186450.2, fixed: 142386.75, vehicles: 6 },
  budgetRate: { weight: 10, score: 9.9 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.3, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '义务教育巩固率', target: '≥99%', actual: '99.6%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '学前三年毛入园率', target: '≥92%', actual: '93.4%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '学生资助应助尽助率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '教师培训完成人次', target: '≥6000人次', actual: '5640人次', weight: 10, score: 9.4, deviation: { reason: '省级集中培训名额调减', measure: '增加区级校本培训' } },
    { level1: '效益指标', level2: '社会效益指标', name: '普惠性幼儿园覆盖率', target: '≥85%', actual: '88.2%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '优质均衡达标学校比例', target: '≥60%', actual: '62.5%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '校舍安全隐患整改率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥90%', actual: '93.16%', weight: 10, score: 10 },
    { level1: '成本指标', level2: '经济成本指标', name: '三公经费控制率', target: '≤100%', actual: '92.26%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'schools', group: '履职效能', topic: '规模', name: '各级各类学校', value: 78, unit: '所' },
    { id: 'students', group: '履职效能', topic: '规模', name: '在校学生', value: 61286, unit: '人' },
    { id: 'compulsory', group: '履职效能', topic: '规模', name: '义务教育阶段学生', value: 52410, unit: '人' },
    { id: 'aid', group: '履职效能', topic: '资助', name: '资助学生', value: 14630, unit: '人次' },
    { id: 'trained', group: '履职效能', topic: '培训', name: '教师培训', value: 5640, unit: '人次' },
    { id: 'satisfaction', group: '满意度', name: '家长满意度', value: 93.16, unit: '%' },
  ],
  problems: [
    { id: 'training', text: '教师培训人次未达目标', cause: '省级集中培训名额调减', measure: '增加区级校本培训' },
    { id: 'repair', text: '校舍维修改造支出偏慢', cause: '部分工程寒假才能施工', measure: '提前完成招标' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '云渡区教育局2024年度部门整体支出绩效自评报告');
  R.h(2, '一、部门概况');
  R.p(`区教育局负责全区学前教育、义务教育和普通高中教育的统筹管理，本部门整体支出包括局机关和所属${f('achievements@schools.value', 'n', { u: '所' })}各级各类学校，在校学生${f('achievements@students.value', 'nc', { u: '人' })}，其中义务教育阶段学生${f('achievements@compulsory.value', 'nc', { u: '人' })}。`);
  R.p(`截至2024年末，部门核定编制${f('staffing.authorized', 'nc', { u: '名', rel: ['控制率'] })}，实有在职人员${f('staffing.actual', 'nc', { u: '人', rel: ['控制率', '同比'] })}，比上年末增加${f('staffing.actual-staffing.priorActual', 'n', { u: '人', rel: ['同比'] })}，人员控制率${f('staffing.controlRate', 'p2', { id: 'control', rel: ['控制率'] })}。基础数据见表1。`);
  R.table([
    ['项目', '数值'],
    ['编制数（名）', f('staffing.authorized', 'nc-', { unit: '名' })],
    ['年末在职人数（人）', f('staffing.actual', 'nc-', { unit: '人' })],
    ['退休人数（人）', f('staffing.retired', 'nc-', { unit: '人', id: 'retired' })],
    ['在职人员控制率', f('staffing.controlRate', 'p2')],
    ['“三公”经费预算（万元）', f('threePublic.total.budget', 'w2-')],
    ['“三公”经费决算（万元）', f('threePublic.total.actual', 'w2-')],
    ['“三公”经费控制率', f('threePublic.total.actual/threePublic.total.budget*100', 'p2')],
    ['政府采购预算（万元）', f('procurement.budget', 'w2c-')],
    ['政府采购实际（万元）', f('procurement.actual', 'w2c-')],
    ['政府采购执行率', f('procurement.actual/procurement.budget*100', 'p2')],
  ], { caption: '表1  基础数据表' });
  R.h(2, '二、部门预算收支情况');
  R.p(`2024年部门年初预算${f('budget.initial', 'w2c', { rel: ['年初±调整=全年'] })}。年中因教师工资调标和学生资助政策调整追加${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初±调整=全年'] })}，按要求压减一般性支出${f('budget.adjustments[1].amount', 'w2c', { rel: ['年初±调整=全年'] })}，全年预算${f('budget.total', 'w2c', { rel: ['年初±调整=全年', '执行率'] })}（约${f('budget.total', 'yi2')}）。按收入性质分，一般公共预算${f('budget.byNature.general', 'w2c')}，政府性基金${f('budget.byNature.fund', 'w2c')}。`);
  R.p(`全年支出${f('budget.actual', 'w2c', { rel: ['执行率'] })}（约${f('budget.actual', 'yi2')}），预算执行率${f('budget.rate', 'p2')}。其中基本支出${f('basicExpense.total', 'w2c', { rel: ['基本=人员+公用'] })}，人员经费${f('basicExpense.personnel', 'w2c', { rel: ['基本=人员+公用'] })}、占基本支出的${f('basicExpense.personnel/basicExpense.total*100', 'p2', { rel: ['占比'] })}，公用经费${f('basicExpense.publicUse', 'w2c', { rel: ['基本=人员+公用'] })}；项目支出${f('projectExpense.total', 'w2c')}，占全部支出的${f('projectExpense.total/budget.actual*100', 'p2', { rel: ['占比'] })}。`);
  R.p(`与上年相比，基本支出增加${f('basicExpense.total-basicExpense.prior', 'w2c')}，增长${f('basicExpense.changeRate', 'p2')}，主要是落实教师工资待遇；项目支出由上年的${f('projectExpense.prior', 'w2c', { rel: ['同比'] })}增至${f('projectExpense.total', 'w2c', { rel: ['同比'] })}，增长${f('projectExpense.changeRate', 'p2', { rel: ['同比'] })}。`);
  const rows = [['项目', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows, { caption: '表2  主要项目支出情况' });
  R.p(`义务教育公用经费按在校生人数足额拨付，生均${f('projects[1].actual/achievements@compulsory.value*10000', 'x2c', { u: '元', unit: '元/人', rel: ['生均'] })}。“三公”经费支出${f('threePublic.total.actual', 'w2')}，其中公务用车运行维护费${f('threePublic.vehicle.actual', 'w2')}、公务接待费${f('threePublic.reception.actual', 'w2')}，较上年下降${f('threePublic.total.changeRate', 'p2', { abs: true })}。`);
  R.p(`政府采购中，货物类${f('procurement.goods.actual', 'w2c')}、工程类${f('procurement.works.actual', 'w2')}、服务类${f('procurement.services.actual', 'w2')}。年末资产总额${f('assets.total', 'yi2')}，其中固定资产${f('assets.fixed', 'w2c')}，公务用车${f('assets.vehicles', 'cn', { u: '辆' })}。`);
  R.h(2, '三、绩效目标实现情况');
  R.p(`义务教育巩固率${f('indicators[0].actual', 'raw')}，学前三年毛入园率${f('indicators[1].actual', 'raw')}，普惠性幼儿园覆盖率${f('indicators[4].actual', 'raw')}；全年资助学生${f('achievements@aid.value', 'nc', { u: '人次' })}，应助尽助；完成教师培训${f('achievements@trained.value', 'nc', { u: '人次' })}，未达到${f('indicators[3].target', 'x0c', { text: '6,000人次' })}的目标；家长满意度${f('achievements@satisfaction.value', 'p2')}。`);
  R.h(2, '四、自评结果');
  R.p(`自评总分${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分', '等级'] })}，等级“${f('scoreSummary.grade', 'raw')}”，评分情况见表3。`);
  R.table([
    ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['按支出性质分：基本支出', '—', f('budget.byNature.basic', 'w2c-'), f('basicExpense.total', 'w2c-'), '—', '—', '—'],
    ['项目支出', '—', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), '—', '—', '—'],
  ], { caption: '表3  部门整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、存在问题和改进措施');
  R.p('一是教师培训人次未达目标，原因是省级集中培训名额调减，今后将增加区级校本培训；二是校舍维修改造支出偏慢，原因是部分工程只能在寒假施工，今后将在秋季学期前完成招标。');
}

module.exports = {
  no: '09', slug: 'jiaoyuju', ext: 'docx', data, build, dataChecks: { projectsSum: 'projectExpense' },
  header: '09 澧阳市云渡区教育局（部门整体支出，含所属学校）。虚构单位，金额单位万元；报告总额以亿元写出。\n人员控制率 2713 ÷ 2846 = 95.33%；三公经费控制率 21.22 ÷ 23.00 = 92.26%；教师培训 5640 ÷ 6000 × 10 = 9.4分。',
  bad: [
    { id: 'a', label: 'control', new: '93.55%', kind: '控制率写错（与编制、在职人数不符）', internal: 'yes' },
    { id: 'b', label: 'retired', new: '1,240', kind: '基础数据表人数单元格改动', internal: 'no' },
  ],
};

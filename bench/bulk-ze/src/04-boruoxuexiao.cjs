'use strict';
// 04 项目：白沙县义务教育薄弱环节改善与能力提升项目（md；财务人员简写，表格多，一张表以元列示并带千分位）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '白沙县教育局',
    shortName: '县教育局',
    department: '白沙县教育局',
    implementer: '白沙县教育局',
    project: '义务教育薄弱环节改善与能力提升项目',
    title: '白沙县2024年义务教育薄弱环节改善与能力提升项目绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 2150,
    adjustments: [{ type: '追加', amount: 386.2, reason: '中央资金第二批' }],
    total: 2536.2,
    actual: 2498.75,
    rate: 98.52,
    carryover: 37.45,
    sources: { current: { initial: 2150, total: 2536.2, actual: 2498.75 } },
  },
  budgetRate: { weight: 10, score: 9.85 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.01, grade: '优' },
  projects: [
    { name: '县第二中学教学楼改造', total: 812.4, actual: 806.15 },
    { name: '城关小学运动场改造', total: 486, actual: 481.9 },
    { name: '乡村学校厕所及饮水设施改造', total: 528.8, actual: 517.3 },
    { name: '教学仪器设备购置', total: 463, actual: 459.4 },
    { name: '学生食堂及宿舍改造', total: 246, actual: 234, gap: { amount: 12, reason: '宿舍改造一所学校顺延' } },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '改造校舍面积', target: '≥18000平方米', actual: '18640平方米', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '改造学校数量', target: '14所', actual: '14所', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '项目按期完工率', target: '100%', actual: '92.86%', weight: 5, score: 4.64, deviation: { reason: '一所学校宿舍改造顺延至寒假', measure: '加强进度调度' } },
    { level1: '产出指标', level2: '成本指标', name: '仪器设备平均单价', target: '≤1100元/台', actual: '1065.89元/台', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '受益学生人数', target: '≥12000人', actual: '12860人', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '办学条件达标学校占比', target: '≥90%', actual: '85.71%', weight: 10, score: 9.52, deviation: { reason: '两所学校生均校舍面积仍未达标', measure: '列入下年改造计划' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '校舍安全隐患消除率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '师生及家长满意度', target: '≥90%', actual: '93.7%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'area', group: '产出', topic: '校舍', name: '改造校舍面积', value: 18640, unit: '平方米' },
    { id: 'schools', group: '产出', topic: '校舍', name: '改造学校', value: 14, unit: '所' },
    { id: 'toilets', group: '产出', topic: '设施', name: '改造厕所', value: 27, unit: '座' },
    { id: 'water', group: '产出', topic: '设施', name: '改造饮水设施', value: 9, unit: '处' },
    { id: 'devices', group: '产出', topic: '设备', name: '购置仪器设备', value: 4310, unit: '台' },
    { id: 'students', group: '效益', topic: '受益', name: '受益学生', value: 12860, unit: '人' },
    { id: 'teachers', group: '效益', topic: '受益', name: '惠及教职工', value: 1018, unit: '人' },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '师生及家长满意度', value: 93.7, unit: '%' },
  ],
  problems: [
    { id: 'delay', text: '一所学校宿舍改造顺延', cause: '施工须避开学期', measure: '寒暑假集中施工' },
    { id: 'standard', text: '两所学校办学条件仍未达标', cause: '生均校舍面积缺口较大', measure: '列入下年改造计划' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '白沙县2024年义务教育薄弱环节改善与能力提升项目绩效自评报告');
  R.p(`填报单位：白沙县教育局（计划财务股）　　填报日期：2025年3月12日　　联系电话：0739-5521036`);
  R.h(2, '一、项目基本情况');
  R.p(`（一）项目内容。改造县第二中学教学楼、城关小学运动场，改造乡村学校厕所和饮水设施，购置教学仪器设备，改造学生食堂及宿舍。共涉及学校${f('achievements@schools.value', 'n', { u: '所' })}。`);
  R.p(`（二）绩效目标。改造校舍${f('indicators[0].target', 'x0', { text: '18000平方米' })}以上；受益学生${f('indicators[5].target', 'x0', { text: '12000人' })}以上；满意度${f('indicators[8].target', 'x0', { text: '90%' })}以上。`);
  R.h(2, '二、资金情况');
  R.p(`（一）预算安排。年初预算${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}；追加中央资金第二批${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初+调整=全年'] })}（白财教〔2024〕52号）；全年预算${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}。`);
  R.p(`（二）执行情况。全年支出${f('budget.actual', 'w2c', { id: 'actual', rel: ['执行率'] })}，执行率${f('budget.rate', 'p2')}；结转${f('budget.carryover', 'w2c')}，占全年预算${f('budget.carryover/budget.total*100', 'p2', { rel: ['占比'] })}。`);
  R.table([
    ['项目', '年初预算', '调整数', '全年预算', '实际支出', '结余', '执行率'],
    ['合计', f('budget.initial', 'w2c-'), f('budget.adjustments[0].amount', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budget.carryover', 'w2c-'), f('budget.rate', 'p2')],
  ], { caption: '表1  资金总体情况', unitNote: '单位：万元' });
  const rows = [['序号', '子项', '全年预算', '实际支出', '差额']];
  data.projects.forEach((p, i) => rows.push([s(String(i + 1), '序号'), p.name, f(`projects[${i}].total`, 'y2c-', { unit: '元' }), f(`projects[${i}].actual`, 'y2c-', { unit: '元' }), f(`projects[${i}].total-projects[${i}].actual`, 'y2c-', { unit: '元' })]));
  rows.push(['', '合计', f('budget.total', 'y2c-', { unit: '元' }), f('budget.actual', 'y2c-', { unit: '元' }), f('budget.carryover', 'y2c-', { unit: '元' })]);
  R.table(rows, { caption: '表2  子项支出明细', unitNote: '单位：元' });
  R.p(`（三）支出结构。最大一项为县第二中学教学楼改造，支出${f('projects[0].actual', 'w2c')}，占全年支出${f('projects[0].actual/budget.actual*100', 'p2', { rel: ['占比'] })}。`);
  R.p(`（四）资金管理。国库集中支付，工程类支出按进度拨付，质保金${s('3%', '质保金比例（数据未收）')}待期满支付。`);
  R.h(2, '三、产出和效益');
  R.table([
    ['内容', '完成数'],
    ['改造校舍面积', f('achievements@area.value', 'nc', { u: '平方米' })],
    ['改造厕所', f('achievements@toilets.value', 'n', { u: '座' })],
    ['改造饮水设施', f('achievements@water.value', 'n', { u: '处' })],
    ['购置仪器设备', f('achievements@devices.value', 'nc', { u: '台（套）', unit: '台' })],
    ['受益学生', f('achievements@students.value', 'nc', { u: '人' })],
  ], { caption: '表3  主要产出' });
  R.p(`设备平均单价${f('projects[3].actual/achievements@devices.value*10000', 'x2c', { u: '元', unit: '元/台', rel: ['单价'] })}，低于控制标准。生均投入${f('budget.actual/achievements@students.value*10000', 'x2c', { u: '元', unit: '元/人', rel: ['生均'] })}。惠及教职工约${f('achievements@teachers.value', 'nc', { u: '人', id: 'teachers', approxRule: '约', text: '1,020人' })}。`);
  R.p(`满意度调查：发放问卷${s('1,200份', '问卷份数（数据未收）')}，满意度${f('achievements@satisfaction.value', 'p1')}。`);
  R.h(2, '四、自评得分');
  R.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['当年财政拨款', f('budget.sources.current.initial', 'w2c-'), f('budget.sources.current.total', 'w2c-'), f('budget.sources.current.actual', 'w2c-'), '—', '—', '—'],
  ], { caption: '表4  绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-', { id: 'T.total', rel: ['总分=Σ得分'] }), '']);
  R.table(t);
  R.p(`自评${f('scoreSummary.scoreTotal', 's')}，等级“${f('scoreSummary.grade', 'raw')}”。`);
  R.h(2, '五、问题及措施');
  R.p('1.一所学校宿舍改造顺延。原因：施工须避开学期。措施：寒暑假集中施工。');
  R.p('2.两所学校办学条件仍未达标。原因：生均校舍面积缺口较大。措施：列入下年改造计划。');
}

module.exports = {
  no: '04', slug: 'boruoxuexiao', ext: 'md', data, build, dataChecks: { projectsSum: 'budget' },
  header: '04 白沙县义务教育薄弱环节改善与能力提升项目（项目支出）。虚构单位，金额单位万元；报告表2以元列示。\n按期完工率 13 ÷ 14 = 92.86%，对 100%：92.86% × 5 = 4.64分；达标学校占比 12 ÷ 14 = 85.71%，对 90%：9.52分。',
  bad: [
    { id: 'a', label: 'actual', new: '2,498.75元', kind: '单位写错（万元→元）', internal: 'yes' },
    { id: 'b', label: 'teachers', new: '1,200人', kind: '约数偏差过大（约1,020→约1,200）', internal: 'no' },
  ],
};

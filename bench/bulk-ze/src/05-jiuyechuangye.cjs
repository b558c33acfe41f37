'use strict';
// 05 项目：澧阳市桂塘区就业创业补贴资金（txt；段内引领式小标题“（一）预算安排。…”，标准 × 人数）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市桂塘区人力资源和社会保障局',
    shortName: '区人社局',
    department: '澧阳市桂塘区人力资源和社会保障局',
    implementer: '桂塘区公共就业服务中心',
    project: '就业创业补贴资金',
    title: '桂塘区2024年度就业创业补贴资金绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 1650,
    adjustments: [
      { type: '追加', amount: 420, reason: '中央和省就业补助资金' },
      { type: '压减', amount: 85, reason: '区级统筹调减' },
    ],
    total: 1985,
    actual: 1938.46,
    rate: 97.66,
    carryover: 46.54,
    sources: { current: { initial: 1650, total: 1985, actual: 1938.46 } },
  },
  budgetRate: { weight: 10, score: 9.77 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.3, grade: '优' },
  projects: [
    { name: '职业培训补贴', total: 620, actual: 604.8 },
    { name: '一次性创业补贴', total: 360, actual: 352.5 },
    { name: '社会保险补贴', total: 540, actual: 536.16 },
    { name: '公益性岗位补贴', total: 380, actual: 366 },
    { name: '就业见习补贴', total: 85, actual: 79 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '职业技能培训人次', target: '≥4000人次', actual: '4320人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '发放一次性创业补贴户数', target: '≥700户', actual: '705户', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '公益性岗位安置人数', target: '≥320人', actual: '305人', weight: 10, score: 9.53, deviation: { reason: '部分岗位人员年中退出', measure: '及时补充安置' } },
    { level1: '产出指标', level2: '质量指标', name: '补贴资金发放准确率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '补贴发放及时率', target: '≥95%', actual: '98.2%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '城镇新增就业人数', target: '≥5800人', actual: '6128人', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '城镇登记失业率', target: '≤3.5%', actual: '3.12%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '培训后就业率', target: '≥60%', actual: '64.5%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '补贴对象满意度', target: '≥90%', actual: '91.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'trainees', group: '产出', topic: '培训', name: '职业技能培训', value: 4320, unit: '人次' },
    { id: 'startups', group: '产出', topic: '创业', name: '一次性创业补贴', value: 705, unit: '户' },
    { id: 'insured', group: '产出', topic: '社保补贴', name: '享受社会保险补贴的就业困难人员', value: 1117, unit: '人' },
    { id: 'posts', group: '产出', topic: '公益性岗位', name: '公益性岗位安置', value: 305, unit: '人' },
    { id: 'interns', group: '产出', topic: '见习', name: '就业见习', value: 395, unit: '人' },
    { id: 'new_jobs', group: '效益', topic: '就业', name: '城镇新增就业', value: 6128, unit: '人', target: 5800, prior: 5903, changeRate: 3.81 },
    { id: 'unemp', group: '效益', topic: '就业', name: '城镇登记失业率', value: 3.12, unit: '%' },
    { id: 'driven', group: '效益', topic: '创业', name: '创业带动就业', value: 2115, unit: '人' },
    { id: 'jobs_offered', group: '效益', topic: '招聘', name: '提供就业岗位', value: 18460, unit: '个' },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '补贴对象满意度', value: 91.8, unit: '%' },
  ],
  problems: [
    { id: 'posts', text: '公益性岗位安置人数未达目标', cause: '部分岗位人员年中退出', measure: '及时补充安置' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '桂塘区2024年度就业创业补贴资金绩效自评报告');
  R.h(2, '一、基本情况');
  R.p(`（一）资金用途。就业创业补贴资金用于职业培训补贴、一次性创业补贴、社会保险补贴、公益性岗位补贴和就业见习补贴五类支出，由区公共就业服务中心受理审核、区人社局复核后发放。`);
  R.p(`（二）绩效目标。全年城镇新增就业${f('indicators[5].target', 'x0', { text: '5800人' })}以上，城镇登记失业率控制在${f('indicators[6].target', 'x1', { text: '3.5%' })}以内，开展职业技能培训${f('indicators[0].target', 'x0', { text: '4000人次' })}以上。`);
  R.h(2, '二、资金使用情况');
  R.p(`（一）预算安排。年初预算${f('budget.initial', 'w2c', { rel: ['年初±调整=全年'] })}。年中追加中央和省就业补助资金${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初±调整=全年'] })}，同时区级统筹调减${f('budget.adjustments[1].amount', 'w2c', { rel: ['年初±调整=全年'] })}，全年预算${f('budget.total', 'w2c', { rel: ['年初±调整=全年', '执行率'] })}。`);
  R.p(`（二）预算执行。全年支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，预算执行率${f('budget.rate', 'p2')}，年末结余${f('budget.carryover', 'w2c', { rel: ['结余'] })}，已按规定收回区级财政统筹使用。`);
  R.p('（三）分项支出。各类补贴均按省定标准发放，明细如下：');
  const rows = [['补贴类别', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-', { rel: ['合计'] }), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.total', 'w2c-'), f('budget.actual', 'w2c-', { id: 'sum.actual', rel: ['合计'] }), f('budget.rate', 'p2')]);
  R.table(rows);
  R.p(`其中：职业培训补贴按每人次${f('projects[0].actual/achievements@trainees.value*10000', 'x0c', { u: '元', unit: '元/人次', rel: ['标准×人数'] })}的标准，补贴${f('achievements@trainees.value', 'nc', { u: '人次' })}，支出${f('projects[0].actual', 'w2c')}；一次性创业补贴每户${f('projects[1].actual/achievements@startups.value*10000', 'x0c', { u: '元', unit: '元/户', rel: ['标准×人数'] })}，共${f('achievements@startups.value', 'n', { u: '户' })}，支出${f('projects[1].actual', 'w2c')}；社会保险补贴惠及就业困难人员${f('achievements@insured.value', 'nc', { u: '人' })}，人均${f('projects[2].actual/achievements@insured.value*10000', 'x0c', { u: '元', unit: '元/人', rel: ['人均'] })}；公益性岗位补贴安置${f('achievements@posts.value', 'n', { u: '人' })}，人均全年补贴${f('projects[3].actual/achievements@posts.value*10000', 'x0c', { u: '元', unit: '元/人', rel: ['人均'] })}；就业见习补贴${f('achievements@interns.value', 'n', { u: '人' })}，人均${f('projects[4].actual/achievements@interns.value*10000', 'x0c', { u: '元', unit: '元/人', rel: ['人均'] })}。`);
  R.p(`（四）资金管理。补贴实行“个人申请、公示、复核、直达个人账户”的流程，全年公示${s('24批次', '公示批次（数据未收）')}，受理咨询电话0736-2258617。`);
  R.h(2, '三、绩效目标完成情况');
  R.p(`（一）产出。职业技能培训${f('indicators[0].actual', 'raw')}，发放一次性创业补贴${f('indicators[1].actual', 'raw')}，公益性岗位安置${f('indicators[2].actual', 'raw')}（目标${f('indicators[2].target', 'x0', { text: '320人' })}），补贴发放准确率${f('indicators[3].actual', 'raw')}、及时率${f('indicators[4].actual', 'raw')}。`);
  R.p(`（二）效益。全区城镇新增就业${f('achievements@new_jobs.value', 'nc', { u: '人', rel: ['完成率', '同比'] })}，完成目标任务的${f('achievements@new_jobs.value/achievements@new_jobs.target*100', 'p2', { rel: ['完成率'] })}，比上年的${f('achievements@new_jobs.prior', 'nc', { u: '人', rel: ['同比'] })}增长${f('achievements@new_jobs.changeRate', 'p2', { rel: ['同比'] })}；城镇登记失业率${f('achievements@unemp.value', 'p2')}；扶持创业带动就业${f('achievements@driven.value', 'nc', { u: '人' })}；全年举办招聘活动${s('46场', '场次（数据未收）')}，提供就业岗位${f('achievements@jobs_offered.value', 'nc', { u: '个', id: 'jobs_offered' })}；培训后就业率${f('indicators[7].actual', 'raw')}。`);
  R.p(`（三）满意度。补贴对象满意度${f('achievements@satisfaction.value', 'p1')}。`);
  R.h(2, '四、自评结论');
  R.p(`（一）评分。预算执行率${f('budget.rate', 'p2')}，得${f('budgetRate.score', 's')}；产出指标得${f('indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score', 's', { rel: ['组得分'] })}，效益指标得${f('indicators[5].score+indicators[6].score+indicators[7].score', 's')}，满意度指标得${f('indicators[8].score', 's')}，合计${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分'] })}，自评等级为“${f('scoreSummary.grade', 'raw')}”。`);
  R.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
  ], { caption: '附件  就业创业补贴资金绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  for (const r of indicatorRows(R, { deviation: false })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-')]);
  R.table(t);
  R.p('（二）问题。公益性岗位安置人数未达目标，原因是部分岗位人员年中退出后补充不及时。');
  R.p('（三）措施。建立公益性岗位人员动态台账，出现空岗后一个月内补充安置。');
}

module.exports = {
  no: '05', slug: 'jiuyechuangye', ext: 'txt', data, build, style: { indent: true }, dataChecks: { projectsSum: 'budget' },
  header: '05 澧阳市桂塘区就业创业补贴资金（项目支出）。虚构单位，金额单位万元。\n各类补贴标准 = 该类支出 ÷ 人数：职业培训1400元/人次、创业5000元/户、社保补贴4800元/人、公益性岗位12000元/人、见习2000元/人。\n公益性岗位 305 ÷ 320 × 10 = 9.53分。',
  bad: [
    { id: 'a', label: 'sum.actual', new: '1,983.46', kind: '合计行未随分项（合计与分项之和不符）', internal: 'yes' },
    { id: 'b', label: 'jobs_offered', new: '1,846个', kind: '少写一位（18,460→1,846）', internal: 'no' },
  ],
};

'use strict';
// 07 部门：望岳县人力资源和社会保障局（md；机关长句式，三公经费表，与上年比较）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '望岳县人力资源和社会保障局',
    shortName: '县人社局',
    title: '望岳县人力资源和社会保障局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 58, actual: 54, priorActual: 56, retired: 31, controlRate: 93.1, changeReason: '两人退休' },
  background: {
    functions: ['就业创业促进', '社会保险经办', '劳动关系协调和劳动保障监察', '人才引进和职称评审'],
    organization: ['办公室', '就业促进股', '社会保险股', '劳动关系股', '人才开发股', '劳动保障监察大队'],
  },
  budget: {
    initial: 3126.4,
    adjustments: [{ type: '追加', amount: 842.65, reason: '就业补助和社保经办' }],
    total: 3969.05,
    actual: 3902.18,
    rate: 98.32,
    carryover: 66.87,
    byNature: { general: 3969.05, basic: 1285.3, project: 2683.75 },
  },
  basicExpense: { total: 1276.42, personnel: 1098.56, publicUse: 177.86, budget: 1285.3, prior: 1231.08, changeRate: 3.68, reason: '调整工资标准' },
  projectExpense: { total: 2625.76, budget: 2683.75, prior: 2904.31, changeRate: -9.59, reason: '上年一次性人才项目结束' },
  projects: [
    { name: '就业补助资金县级配套', total: 1420, actual: 1396.52 },
    { name: '城乡居民养老保险县级补助', total: 865.75, actual: 865.75 },
    { name: '劳动保障监察及仲裁经费', total: 148, actual: 139.64 },
    { name: '人才引进专项', total: 250, actual: 223.85 },
  ],
  threePublic: {
    vehicle: { prior: 12.4, budget: 12, actual: 10.86, changeRate: -12.42 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 4.62, budget: 4.5, actual: 3.95, changeRate: -14.5 },
    total: { prior: 17.02, budget: 16.5, actual: 14.81, changeRate: -12.98 },
  },
  procurement: { budget: 186, actual: 178.45, goods: { budget: 96, actual: 92.3 }, services: { budget: 90, actual: 86.15 } },
  assets: { total: 2846.37, fixed: 1126.8, vehicles: 3 },
  budgetRate: { weight: 10, score: 9.83 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.68, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '城镇新增就业人数', target: '≥3200人', actual: '3386人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '职业技能培训人次', target: '≥2500人次', actual: '2614人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '劳动保障监察结案率', target: '≥95%', actual: '97.3%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '城乡居民养老保险参保率', target: '≥95%', actual: '96.45%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '劳动人事争议仲裁结案率', target: '≥92%', actual: '90.62%', weight: 10, score: 9.85, deviation: { reason: '两起群体性争议案情复杂', measure: '建立疑难案件会商机制' } },
    { level1: '效益指标', level2: '社会效益指标', name: '城镇登记失业率', target: '≤3.8%', actual: '3.26%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '农民工工资拖欠案件办结率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '引进高层次人才', target: '≥40人', actual: '46人', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '94.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'new_jobs', group: '履职效能', topic: '就业', name: '城镇新增就业', value: 3386, unit: '人' },
    { id: 'training', group: '履职效能', topic: '就业', name: '职业技能培训', value: 2614, unit: '人次' },
    { id: 'cards', group: '履职效能', topic: '社保', name: '新发放社会保障卡', value: 12480, unit: '张', prior: 11936 },
    { id: 'pension_rate', group: '履职效能', topic: '社保', name: '城乡居民养老保险参保率', value: 96.45, unit: '%' },
    { id: 'wage_cases', group: '社会效应', topic: '劳动监察', name: '办结农民工工资拖欠案件', value: 87, unit: '件' },
    { id: 'wage_amount', group: '社会效应', topic: '劳动监察', name: '追讨欠薪', value: 1126.4, unit: '万元' },
    { id: 'wage_workers', group: '社会效应', topic: '劳动监察', name: '涉及农民工', value: 1542, unit: '人' },
    { id: 'talents', group: '可持续发展能力', topic: '人才', name: '引进高层次人才', value: 46, unit: '人' },
    { id: 'satisfaction', group: '满意度', name: '服务对象满意度', value: 94.2, unit: '%' },
  ],
  problems: [
    { id: 'arbitration', text: '仲裁结案率未达目标', cause: '群体性争议案情复杂', measure: '建立疑难案件会商机制' },
    { id: 'carryover', text: '人才引进专项支出偏慢', cause: '部分人才安家补贴分年兑现', measure: '按协议节点及时兑现' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '望岳县人力资源和社会保障局2024年度部门整体支出绩效自评报告');
  R.h(2, '一、部门基本情况');
  R.h(3, '（一）主要职能');
  R.p('县人社局是县人民政府主管全县人力资源和社会保障工作的工作部门，主要承担统筹推进城乡就业创业、组织实施城乡居民基本养老保险等社会保险经办、协调劳动关系并依法查处拖欠农民工工资等违法行为、组织开展人才引进和专业技术职称评审等职责。');
  R.h(3, '（二）机构和人员情况');
  R.p(`局机关内设办公室、就业促进股、社会保险股、劳动关系股、人才开发股${s('5个', '内设股室数（数据只列名称）')}股室，另设劳动保障监察大队；截至2024年12月31日，核定编制${f('staffing.authorized', 'n', { u: '名', rel: ['控制率'] })}，在职人员${f('staffing.actual', 'n', { u: '人', rel: ['控制率', '同比'] })}，较上年末的${f('staffing.priorActual', 'n', { u: '人', rel: ['同比'] })}减少${f('staffing.priorActual-staffing.actual', 'cn', { u: '人', text: '两人', rel: ['同比'] })}，系两名同志退休所致，人员控制率为${f('staffing.controlRate', 'p2', { rel: ['控制率'] })}；另有退休人员${f('staffing.retired', 'n', { u: '人' })}。`);
  R.h(2, '二、一般公共预算支出情况');
  R.h(3, '（一）预算安排和调整情况');
  R.p(`2024年度我局年初预算为${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}，年度执行中因就业补助资金县级配套和社会保险经办经费需要，经县人民政府批准追加预算${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初+调整=全年'] })}，调整后全年预算为${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}，其中基本支出预算${f('budget.byNature.basic', 'w2c')}、项目支出预算${f('budget.byNature.project', 'w2c')}。`);
  R.h(3, '（二）预算执行情况');
  R.p(`全年实际支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，预算执行率为${f('budget.rate', 'p2', { rel: ['执行率'] })}，年末结转结余${f('budget.carryover', 'w2c', { rel: ['结余'] })}，结转的主要是人才引进专项中按协议分年兑现的安家补贴。`);
  R.h(3, '（三）基本支出情况');
  R.p(`全年基本支出${f('basicExpense.total', 'w2c', { rel: ['基本=人员+公用', '同比'] })}，其中人员经费${f('basicExpense.personnel', 'w2c', { rel: ['基本=人员+公用'] })}、公用经费${f('basicExpense.publicUse', 'w2c', { rel: ['基本=人员+公用'] })}；与上年决算${f('basicExpense.prior', 'w2c', { rel: ['同比'] })}相比，增加${f('basicExpense.total-basicExpense.prior', 'w2c', { rel: ['同比'] })}，增长${f('basicExpense.changeRate', 'p2', { rel: ['同比'] })}，增长的原因是按规定调整了工资标准。按年末在职人数计算，人均公用经费${f('basicExpense.publicUse/staffing.actual', 'w2', { unit: '万元', rel: ['人均'] })}。`);
  R.h(3, '（四）项目支出情况');
  R.p(`全年项目支出${f('projectExpense.total', 'w2c', { rel: ['合计', '同比'] })}，较上年的${f('projectExpense.prior', 'w2c', { rel: ['同比'] })}减少${f('projectExpense.prior-projectExpense.total', 'w2c', { rel: ['同比'] })}，下降${f('projectExpense.changeRate', 'p2', { abs: true, rel: ['同比'] })}，主要是上年一次性实施的人才项目已经结束。各项目支出情况如下：`);
  const rows = [['项目名称', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-', { rel: ['合计'] }), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2c-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows);
  R.h(3, '（五）“三公”经费支出情况');
  R.p(`2024年“三公”经费预算${f('threePublic.total.budget', 'w2', { rel: ['合计'] })}，实际支出${f('threePublic.total.actual', 'w2', { rel: ['合计', '同比'] })}，比上年决算${f('threePublic.total.prior', 'w2', { rel: ['同比'] })}减少${f('threePublic.total.prior-threePublic.total.actual', 'w2', { rel: ['同比'] })}，下降${f('threePublic.total.changeRate', 'p2', { abs: true, rel: ['同比'] })}。其中公务用车运行维护费${f('threePublic.vehicle.actual', 'w2')}，下降${f('threePublic.vehicle.changeRate', 'p2', { abs: true })}；公务接待费${f('threePublic.reception.actual', 'w2')}，下降${f('threePublic.reception.changeRate', 'p2', { abs: true })}；全年未安排因公出国（境）经费。`);
  R.table([
    ['项目', '2023年决算', '2024年预算', '2024年决算'],
    ['合计', f('threePublic.total.prior', 'w2-'), f('threePublic.total.budget', 'w2-'), f('threePublic.total.actual', 'w2-')],
    ['公务用车购置及运行维护费', f('threePublic.vehicle.prior', 'w2-'), f('threePublic.vehicle.budget', 'w2-'), f('threePublic.vehicle.actual', 'w2-')],
    ['因公出国（境）费', f('threePublic.overseas.prior', 'w2-'), f('threePublic.overseas.budget', 'w2-'), f('threePublic.overseas.actual', 'w2-')],
    ['公务接待费', f('threePublic.reception.prior', 'w2-'), f('threePublic.reception.budget', 'w2-'), f('threePublic.reception.actual', 'w2-')],
  ], { caption: '“三公”经费支出情况表', unitNote: '单位：万元' });
  R.h(3, '（六）政府采购和资产管理情况');
  R.p(`全年政府采购预算${f('procurement.budget', 'w2', { rel: ['合计'] })}，实际采购${f('procurement.actual', 'w2', { rel: ['合计'] })}，其中货物类${f('procurement.goods.actual', 'w2')}、服务类${f('procurement.services.actual', 'w2')}，政府采购执行率${f('procurement.actual/procurement.budget*100', 'p2', { rel: ['执行率'] })}。截至年末，我局资产总额${f('assets.total', 'w2c')}，其中固定资产${f('assets.fixed', 'w2c')}，公务用车${f('assets.vehicles', 'cn', { u: '辆' })}。`);
  R.h(2, '三、部门整体支出绩效情况');
  R.p(`（一）就业创业方面，全年城镇新增就业${f('achievements@new_jobs.value', 'nc', { u: '人' })}，开展职业技能培训${f('achievements@training.value', 'nc', { u: '人次' })}，城镇登记失业率控制在${f('indicators[5].actual', 'raw')}。`);
  R.p(`（二）社会保障方面，城乡居民养老保险参保率达到${f('achievements@pension_rate.value', 'p2')}，全年新发放社会保障卡${f('achievements@cards.value', 'nc', { u: '张', id: 'cards' })}。`);
  R.p(`（三）劳动关系方面，全年办结农民工工资拖欠案件${f('achievements@wage_cases.value', 'n', { u: '件' })}，为${f('achievements@wage_workers.value', 'nc', { u: '名' })}农民工追讨欠薪${f('achievements@wage_amount.value', 'w2c')}，劳动人事争议仲裁结案率${f('indicators[4].actual', 'raw')}，未达到${f('indicators[4].target', 'x0', { text: '92%' })}的目标。`);
  R.p(`（四）人才工作方面，全年引进高层次人才${f('achievements@talents.value', 'n', { u: '人' })}；服务对象满意度测评结果为${f('achievements@satisfaction.value', 'p1')}。`);
  R.h(2, '四、自评结论');
  R.p(`对照部门整体支出绩效目标，经局党组会议审定，我局2024年度部门整体支出绩效自评得分${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分', '等级'] })}，自评等级为“${f('scoreSummary.grade', 'raw', { id: 'grade', rel: ['等级'] })}”。`);
  R.table([
    ['资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
  ], { caption: '部门整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、存在的问题及原因分析');
  R.p('一是劳动人事争议仲裁结案率未达到年度目标，原因是年内受理的两起群体性争议案情复杂、调查取证周期较长；二是人才引进专项支出进度偏慢，原因是部分人才安家补贴按协议分年兑现。');
  R.h(2, '六、下一步改进措施');
  R.p('一是建立疑难案件会商机制，提高仲裁办案效率；二是按协议节点及时兑现人才补贴，加快项目资金支出进度。');
}

module.exports = {
  no: '07', slug: 'renshe', ext: 'md', data, build, dataChecks: { projectsSum: 'projectExpense' },
  header: '07 望岳县人力资源和社会保障局（部门整体支出）。虚构单位，金额单位万元。\n项目支出全年预算即 byNature.project（2683.75）；仲裁结案率 90.62 ÷ 92 × 10 = 9.85分。\n新发放社会保障卡的上年数 11936 张只在数据中（报告未写），供“上年数未改”错稿使用。',
  bad: [
    { id: 'a', label: 'grade', new: '良', kind: '等级与总分不符', internal: 'yes' },
    { id: 'b', label: 'cards', new: '11,936张', kind: '上年数未改（本年写成上年数）', internal: 'no' },
  ],
};

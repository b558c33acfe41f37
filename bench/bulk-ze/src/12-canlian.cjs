'use strict';
// 12 部门：青溪县残疾人联合会（docx；小数目用汉字，个百分点，多项未达标，自评等级为良）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '青溪县残疾人联合会',
    shortName: '县残联',
    title: '青溪县残疾人联合会2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 12, actual: 11, priorActual: 11, retired: 6, controlRate: 91.67 },
  budget: {
    initial: 1086.4,
    adjustments: [{ type: '追加', amount: 264.85, reason: '残疾人康复和无障碍改造省级补助' }],
    total: 1351.25,
    actual: 1198.62,
    rate: 88.7,
    carryover: 152.63,
    byNature: { general: 1351.25, basic: 268.4, project: 1082.85 },
  },
  basicExpense: { total: 262.35, personnel: 221.48, publicUse: 40.87, budget: 268.4, prior: 255.1, changeRate: 2.84 },
  projectExpense: { total: 936.27, budget: 1082.85, prior: 872.16, changeRate: 7.35 },
  projects: [
    { name: '残疾人康复救助', total: 420, actual: 368.4 },
    { name: '残疾人就业扶持', total: 186.85, actual: 152.6 },
    { name: '困难残疾人家庭无障碍改造', total: 276, actual: 245.27 },
    { name: '残疾人托养服务', total: 200, actual: 170 },
  ],
  threePublic: {
    vehicle: { prior: 2.4, budget: 2.4, actual: 2.16 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    reception: { prior: 0.52, budget: 0.5, actual: 0.38 },
    total: { prior: 2.92, budget: 2.9, actual: 2.54, changeRate: -13.01 },
  },
  procurement: { budget: 96, actual: 88.65, goods: { budget: 96, actual: 88.65 } },
  assets: { total: 1426.8, fixed: 386.52, vehicles: 1 },
  budgetRate: { weight: 10, score: 8.87 },
  scoreSummary: { weightTotal: 100, scoreTotal: 88.17, grade: '良' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '残疾儿童康复救助人数', target: '≥120人', actual: '108人', weight: 10, score: 9, deviation: { reason: '定点康复机构床位不足', measure: '新增一家定点机构' } },
    { level1: '产出指标', level2: '数量指标', name: '困难残疾人家庭无障碍改造户数', target: '≥150户', actual: '126户', weight: 10, score: 8.4, deviation: { reason: '部分农户住房需先行危改', measure: '与住建部门同步实施' } },
    { level1: '产出指标', level2: '数量指标', name: '残疾人职业技能培训人数', target: '≥200人', actual: '132人', weight: 10, score: 6.6, deviation: { reason: '培训机构招标延迟', measure: '提前组织招标' } },
    { level1: '产出指标', level2: '数量指标', name: '辅助器具适配人数', target: '≥500人', actual: '528人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '两项补贴按时发放率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '新增残疾人就业人数', target: '≥80人', actual: '56人', weight: 10, score: 7, deviation: { reason: '企业吸纳意愿不强', measure: '落实超比例奖励' } },
    { level1: '效益指标', level2: '社会效益指标', name: '残疾人基本康复服务覆盖率', target: '≥85%', actual: '86.4%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '托养服务机构入住率', target: '≥80%', actual: '68%', weight: 10, score: 8.5, deviation: { reason: '新建托养中心下半年才投用', measure: '加强入住宣传' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '残疾人及家属满意度', target: '≥90%', actual: '88.2%', weight: 10, score: 9.8, deviation: { reason: '部分服务等待时间较长', measure: '优化服务流程' } },
  ],
  achievements: [
    { id: 'children', group: '履职效能', topic: '康复', name: '残疾儿童康复救助', value: 108, unit: '人' },
    { id: 'aids', group: '履职效能', topic: '康复', name: '辅助器具适配', value: 528, unit: '人' },
    { id: 'rehab_cov', group: '社会效应', topic: '康复', name: '基本康复服务覆盖率', value: 86.4, unit: '%', prior: 83.1 },
    { id: 'homes', group: '履职效能', topic: '无障碍', name: '无障碍改造', value: 126, unit: '户' },
    { id: 'trained', group: '履职效能', topic: '就业', name: '职业技能培训', value: 132, unit: '人' },
    { id: 'employed', group: '社会效应', topic: '就业', name: '新增残疾人就业', value: 56, unit: '人' },
    { id: 'committee', group: '可持续发展能力', topic: '队伍', name: '乡镇残疾人专职委员', value: 18, unit: '名' },
    { id: 'living', group: '社会效应', topic: '两项补贴', name: '困难残疾人生活补贴', value: 2846, unit: '人' },
    { id: 'nursing', group: '社会效应', topic: '两项补贴', name: '重度残疾人护理补贴', value: 3512, unit: '人' },
    { id: 'satisfaction', group: '满意度', name: '残疾人及家属满意度', value: 88.2, unit: '%' },
  ],
  problems: [
    { id: 'exec', text: '预算执行率偏低', cause: '项目实施进度滞后', measure: '按月通报支出进度' },
    { id: 'targets', text: '多项产出指标未完成', cause: '机构能力和招标进度不足', measure: '提前组织招标并新增定点机构' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '青溪县残疾人联合会2024年度部门整体支出绩效自评报告');
  R.h(2, '一、部门基本情况');
  R.p(`县残联是全县残疾人事业的群团组织，承担残疾人康复、就业、教育、托养和权益维护等工作。机关内设办公室、康复就业部、宣传维权部${s('三个', '内设部室数（数据未收）')}部室，核定编制${f('staffing.authorized', 'cn', { u: '名', rel: ['控制率'] })}，年末在职${f('staffing.actual', 'cn', { u: '人', rel: ['控制率'] })}，人员控制率${f('staffing.controlRate', 'p2', { rel: ['控制率'] })}，退休人员${f('staffing.retired', 'cn', { u: '人' })}；全县${s('二十一个', '乡镇数（数据未收）')}乡镇配备残疾人专职委员${f('achievements@committee.value', 'cn', { u: '名', id: 'committee' })}。`);
  R.h(2, '二、预算执行情况');
  R.h(3, '（一）收支总体情况');
  R.p(`全年预算${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}，其中年初预算${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}，追加省级残疾人康复和无障碍改造补助${f('budget.adjustments[0].amount', 'w2', { rel: ['年初+调整=全年'] })}。全年支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，预算执行率${f('budget.rate', 'p2')}，结转下年${f('budget.carryover', 'w2', { rel: ['结余'] })}，执行率偏低的主要原因是无障碍改造和托养服务项目下半年才全面铺开。`);
  R.h(3, '（二）基本支出和项目支出');
  R.p(`基本支出${f('basicExpense.total', 'w2', { rel: ['基本=人员+公用'] })}，其中人员经费${f('basicExpense.personnel', 'w2', { rel: ['基本=人员+公用'] })}、公用经费${f('basicExpense.publicUse', 'w2', { rel: ['基本=人员+公用'] })}，比上年增长${f('basicExpense.changeRate', 'p2')}。项目支出${f('projectExpense.total', 'w2', { rel: ['同比'] })}，上年为${f('projectExpense.prior', 'w2', { rel: ['同比'] })}，增长${f('projectExpense.changeRate', 'p2', { rel: ['同比'] })}。`);
  const rows = [['项目', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2-'), f(`projects[${i}].actual`, 'w2-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.byNature.project', 'w2c-'), f('projectExpense.total', 'w2-'), f('projectExpense.total/budget.byNature.project*100', 'p2')]);
  R.table(rows, { caption: '表1  项目支出情况' });
  R.h(3, '（三）“三公”经费、政府采购和资产');
  R.table([
    ['项目', '2023年决算', '2024年预算', '2024年决算'],
    ['公务用车运行维护费', f('threePublic.vehicle.prior', 'w2-'), f('threePublic.vehicle.budget', 'w2-'), f('threePublic.vehicle.actual', 'w2-')],
    ['公务接待费', f('threePublic.reception.prior', 'w2-'), f('threePublic.reception.budget', 'w2-'), f('threePublic.reception.actual', 'w2-')],
    ['因公出国（境）费', f('threePublic.overseas.prior', 'w2-'), f('threePublic.overseas.budget', 'w2-'), f('threePublic.overseas.actual', 'w2-')],
    ['合计', f('threePublic.total.prior', 'w2-'), f('threePublic.total.budget', 'w2-'), f('threePublic.total.actual', 'w2-')],
  ], { caption: '表2  “三公”经费（万元）' });
  R.p(`“三公”经费比上年下降${f('threePublic.total.changeRate', 'p2', { abs: true })}。全年政府采购均为货物类，预算${f('procurement.budget', 'w2')}，实际采购${f('procurement.actual', 'w2')}，执行率${f('procurement.actual/procurement.budget*100', 'p2')}。年末资产总额${f('assets.total', 'w2c')}，其中固定资产${f('assets.fixed', 'w2')}，公务用车${f('assets.vehicles', 'cn', { u: '辆' })}。`);
  R.h(2, '三、履职成效');
  R.p(`（一）康复服务。全年救助残疾儿童康复${f('achievements@children.value', 'n', { u: '人' })}，为${f('achievements@aids.value', 'n', { u: '人' })}适配辅助器具；残疾人基本康复服务覆盖率达到${f('achievements@rehab_cov.value', 'p1', { rel: ['差'] })}，比上年的${f('achievements@rehab_cov.prior', 'p1', { rel: ['差'] })}提高${f('achievements@rehab_cov.value-achievements@rehab_cov.prior', 'pp1', { rel: ['差'] })}。`);
  R.p(`（二）无障碍改造。完成困难残疾人家庭无障碍改造${f('achievements@homes.value', 'n', { u: '户' })}，按实际支出计算户均${f('projects[2].actual/achievements@homes.value*10000', 'x0c', { u: '元', unit: '元/户', id: 'per_home', rel: ['户均'] })}。`);
  R.p(`（三）就业扶持。组织残疾人职业技能培训${f('achievements@trained.value', 'n', { u: '人' })}，新增残疾人就业${f('achievements@employed.value', 'cn', { u: '人' })}，均未达到年度目标。`);
  R.p(`（四）两项补贴。按月发放困难残疾人生活补贴${f('achievements@living.value', 'nc', { u: '人' })}、重度残疾人护理补贴${f('achievements@nursing.value', 'nc', { u: '人' })}，按时发放率${f('indicators[4].actual', 'raw')}。`);
  R.p(`（五）满意度。残疾人及家属满意度${f('achievements@satisfaction.value', 'p1')}，较目标低${f('indicators[8].target-achievements@satisfaction.value', 'pp1')}。`);
  R.h(2, '四、自评结论');
  R.p(`本部门2024年度整体支出绩效自评得分${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分', '等级'] })}，等级为“${f('scoreSummary.grade', 'raw')}”。扣分主要在预算执行率（得${f('budgetRate.score', 's')}）和职业技能培训（得${f('indicators[2].score', 's')}）、新增就业（得${f('indicators[5].score', 's')}）等指标。`);
  R.table([
    ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
  ], { caption: '表3  部门整体支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、存在的问题及改进措施');
  R.p('一是预算执行率偏低，原因是项目实施进度滞后，今后按月通报支出进度；二是多项产出指标未完成，原因是定点康复机构和培训招标进度不足，今后提前组织招标并新增一家定点康复机构。');
  R.p('青溪县残疾人联合会　2025年4月8日');
}

module.exports = {
  no: '12', slug: 'canlian', ext: 'docx', data, build, dataChecks: { projectsSum: 'projectExpense' },
  header: '12 青溪县残疾人联合会（部门整体支出）。虚构单位，金额单位万元。\n多项指标未达标，均按完成比例计分；预算执行率 88.70% × 10 = 8.87分；总分 88.17，等级良。\n无障碍改造户均 245.27万元 ÷ 126户 = 19,466元。',
  bad: [
    { id: 'a', label: 'per_home', new: '19,646元', kind: '户均数写错（与支出和户数不符）', internal: 'yes' },
    { id: 'b', label: 'committee', new: '十六名', kind: '汉字计数改动（十八→十六）', internal: 'no' },
  ],
};

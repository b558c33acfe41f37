'use strict';
// 01 项目：青溪县2024年高标准农田建设项目（md；大模型起草式，段末“总体来看”复述数字）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '青溪县农业农村局',
    shortName: '县农业农村局',
    department: '青溪县农业农村局',
    implementer: '青溪县农田建设服务中心',
    project: '2024年高标准农田建设项目',
    title: '青溪县2024年度高标准农田建设项目支出绩效自评报告',
    thousands: false,
    notice: { title: '《青溪县财政局关于开展2024年度项目支出绩效自评工作的通知》', number: '青财绩〔2025〕3号' },
  },
  background: {
    purpose: ['土地平整', '灌溉与排水', '田间道路', '农田防护与生态环境保持'],
    basis: [{ title: '沅川省高标准农田建设规划（2021—2030年）', number: '沅农发〔2021〕62号' }],
    management: ['县级报账制', '工程款按进度拨付', '竣工验收后预留质量保证金'],
  },
  budget: {
    initial: 4860,
    adjustments: [{ type: '追加', amount: 1215.4, reason: '省级下达第二批建设资金' }],
    total: 6075.4,
    actual: 5943.27,
    rate: 97.83,
    carryover: 132.13,
    sources: { current: { initial: 4860, total: 6075.4, actual: 5943.27 } },
  },
  budgetRate: { weight: 10, score: 9.78 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.58, grade: '优' },
  goals: { expected: ['建成旱涝保收、高产稳产的高标准农田'], actual: ['新建高标准农田全部通过县级验收'] },
  projects: [
    { name: '土地平整工程', total: 1820, actual: 1806.45 },
    { name: '灌溉与排水工程', total: 2236.8, actual: 2190.12 },
    { name: '田间道路工程', total: 1108.6, actual: 1072.3 },
    { name: '农田防护与生态环境保持工程', total: 540, actual: 528.4 },
    { name: '勘察设计监理及项目管理', total: 370, actual: 346, gap: { amount: 24, reason: '监理费按合同结算后有结余' } },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新建高标准农田面积', target: '≥3.2万亩', actual: '3.26万亩', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '新增高效节水灌溉面积', target: '≥0.8万亩', actual: '0.83万亩', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '项目按期完工率', target: '100%', actual: '96%', weight: 5, score: 4.8, deviation: { reason: '汛期阴雨延误一处泵站施工', measure: '来年提前安排汛前施工' } },
    { level1: '产出指标', level2: '成本指标', name: '亩均建设成本', target: '≤1900元/亩', actual: '1823.09元/亩', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '经济效益指标', name: '项目区粮食亩均增产', target: '≥50公斤', actual: '56公斤', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '受益农户数', target: '≥9000户', actual: '9420户', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '工程管护责任落实率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益农户满意度', target: '≥90%', actual: '94.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'area', group: '产出', topic: '建设任务', name: '新建高标准农田', value: 3.26, unit: '万亩', target: 3.2, prior: 2.85, changeRate: 14.39 },
    { id: 'water_saving', group: '产出', topic: '建设任务', name: '新增高效节水灌溉面积', value: 0.83, unit: '万亩' },
    { id: 'towns', group: '产出', topic: '建设任务', name: '涉及乡镇', value: 6, unit: '个' },
    { id: 'villages', group: '产出', topic: '建设任务', name: '涉及行政村', value: 41, unit: '个' },
    { id: 'canals', group: '产出', topic: '工程量', name: '新建改建渠道', value: 128.6, unit: '公里' },
    { id: 'roads', group: '产出', topic: '工程量', name: '新建机耕路', value: 96.4, unit: '公里' },
    { id: 'pumps', group: '产出', topic: '工程量', name: '新建改造泵站', value: 23, unit: '座' },
    { id: 'cost_per_mu', group: '成本', topic: '成本', name: '亩均建设成本', value: 1823.09, unit: '元/亩' },
    { id: 'yield', group: '效益', topic: '增产增收', name: '项目区粮食亩均增产', value: 56, unit: '公斤' },
    { id: 'households', group: '效益', topic: '增产增收', name: '受益农户', value: 9420, unit: '户' },
    { id: 'survey', group: '满意度', topic: '满意度', name: '发放问卷', value: 600, unit: '份' },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '受益农户满意度', value: 94.6, unit: '%' },
  ],
  problems: [
    { id: 'schedule', text: '个别工程进度滞后', cause: '汛期集中降雨影响施工', measure: '错开汛期安排水利类工程' },
    { id: 'care', text: '建后管护经费不足', cause: '管护经费未纳入年初预算', measure: '按亩核定管护经费并列入预算' },
  ],
  application: ['自评结果作为下年度资金分配的参考', '在县政府门户网站公开'],
};

function build(R) {
  const { f, s } = { f: R.f.bind(R), s: R.s.bind(R) };
  R.h(1, '青溪县2024年度高标准农田建设项目支出绩效自评报告');
  R.p('根据《青溪县财政局关于开展2024年度项目支出绩效自评工作的通知》（青财绩〔2025〕3号）要求，青溪县农业农村局组织对2024年高标准农田建设项目开展了绩效自评，现将有关情况报告如下。');
  R.h(2, '一、项目基本情况');
  R.h(3, '（一）项目概况');
  R.p(`2024年，省级下达我县高标准农田建设任务${f('achievements@area.target', 'x1', { u: '万亩', id: 'area_target', rel: ['完成率'] })}，其中高效节水灌溉任务${f('indicators[1].target', 'x1', { text: '0.8万亩' })}。项目涉及${f('achievements@towns.value', 'cn', { u: '个' })}乡镇、${f('achievements@villages.value', 'n', { u: '个' })}行政村，建设内容包括土地平整、灌溉与排水、田间道路以及农田防护与生态环境保持四类工程，由青溪县农田建设服务中心具体实施。`);
  R.h(3, '（二）绩效目标');
  R.p(`项目年度总体目标为：新建高标准农田不少于${f('indicators[0].target', 'x1', { text: '3.2万亩' })}，工程验收合格率达到${f('indicators[2].target', 'raw')}，项目区粮食亩均增产${f('indicators[5].target', 'x0', { text: '50公斤' })}以上，受益农户满意度不低于${f('indicators[8].target', 'x0', { text: '90%' })}。`);
  R.h(2, '二、项目资金使用及管理情况');
  R.h(3, '（一）资金安排和调整');
  R.p(`项目年初预算${f('budget.initial', 'w2', { id: 'initial', rel: ['年初+调整=全年'] })}，年中省级追加第二批建设资金${f('budget.adjustments[0].amount', 'w2', { id: 'adj', rel: ['年初+调整=全年'] })}，调整后全年预算${f('budget.total', 'w2', { id: 'total', rel: ['年初+调整=全年', '执行率'] })}。追加资金占全年预算的${f('budget.adjustments[0].amount/budget.total*100', 'p2', { id: 'adj_share', rel: ['占比'] })}。`);
  R.h(3, '（二）资金执行情况');
  R.p(`截至2024年12月31日，项目全年支出${f('budget.actual', 'w2', { id: 'actual', rel: ['执行率', '结余'] })}，预算执行率${f('budget.rate', 'p2', { id: 'rate', rel: ['执行率'] })}，结余结转${f('budget.carryover', 'w2', { id: 'carry', rel: ['结余'] })}，结余资金主要是监理费按合同结算后的节余和一处泵站尾款未到支付节点。各子项资金使用情况见下表。`);
  const rows = [['子项', '全年预算（万元）', '实际支出（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2-'), f(`projects[${i}].actual`, 'w2-', { id: `sub${i}.actual`, rel: ['合计'] }), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2', { id: `sub${i}.rate`, rel: ['行执行率'] })]));
  rows.push(['合计', f('budget.total', 'w2-'), f('budget.actual', 'w2-', { id: 'sum.actual', rel: ['合计'] }), f('budget.rate', 'p2')]);
  R.table(rows);
  R.p(`总体来看，项目资金${f('budget.total', 'w2')}中已支出${f('budget.actual', 'w2')}，执行率${f('budget.rate', 'p2')}，资金使用进度基本符合年度计划。`);
  R.h(3, '（三）资金管理情况');
  R.p(`项目资金实行县级报账制，工程款按进度拨付，竣工验收后预留质量保证金。全年召开项目调度会${s('9次', '会议次数（数据未收）')}，开展资金使用专项检查${s('2次', '检查次数（数据未收）')}，未发现挤占挪用问题。`);
  R.h(2, '三、项目绩效情况');
  R.h(3, '（一）产出情况');
  R.p(`**数量方面**：全年新建高标准农田${f('achievements@area.value', 'x2', { u: '万亩', id: 'area', rel: ['完成率', '同比'] })}，完成任务的${f('achievements@area.value/achievements@area.target*100', 'p1', { id: 'area_rate', rel: ['完成率'] })}；其中新增高效节水灌溉面积${f('achievements@water_saving.value', 'x2', { u: '万亩' })}。与2023年建成的${f('achievements@area.prior', 'x2', { u: '万亩', id: 'area_prior', rel: ['同比'] })}相比，建设面积增长${f('achievements@area.changeRate', 'p2', { id: 'area_change', rel: ['同比'] })}。`);
  R.p(`**工程量方面**：新建改建渠道${f('achievements@canals.value', 'x1', { u: '公里', id: 'canals' })}，新建机耕路${f('achievements@roads.value', 'x1', { u: '公里' })}，新建改造泵站${f('achievements@pumps.value', 'n', { u: '座' })}。`);
  R.p(`**质量和时效方面**：已完工工程全部通过县级验收，验收合格率${f('indicators[2].actual', 'raw')}；按期完工率${f('indicators[3].actual', 'raw')}，一处泵站因汛期阴雨延后至2025年1月完工。`);
  R.p(`**成本方面**：按全年支出和建成面积计算，亩均建设成本约${f('budget.actual/achievements@area.value', 'x0', { u: '元', unit: '元/亩', id: 'per_mu', approxRule: '约' })}，低于每亩${f('indicators[4].target', 'x0', { text: '1900元', unit: '元/亩' })}的控制标准。`);
  R.h(3, '（二）效益情况');
  R.p(`项目区灌排条件明显改善，粮食亩均增产${f('achievements@yield.value', 'n', { u: '公斤' })}，受益农户${f('achievements@households.value', 'nc', { u: '户', id: 'households' })}；各地均已明确工程管护主体，管护责任落实率${f('indicators[7].actual', 'raw')}。`);
  R.h(3, '（三）满意度情况');
  R.p(`县农业农村局在项目区随机发放问卷${f('achievements@survey.value', 'n', { u: '份' })}，受益农户满意度${f('achievements@satisfaction.value', 'p1', { id: 'sat' })}，高于年度目标。`);
  R.p(`总体来看，项目新建高标准农田${f('achievements@area.value', 'x2', { u: '万亩' })}、受益农户${f('achievements@households.value', 'nc', { u: '户' })}，各项产出和效益指标基本达到预期。`);
  R.h(2, '四、自评结论');
  R.p(`对照年度绩效目标，项目自评得分${f('scoreSummary.scoreTotal', 's', { id: 'total_score', rel: ['总分=Σ得分', '等级'] })}，其中预算执行率得分${f('budgetRate.score', 's', { id: 'br_score' })}、产出指标得分${f('indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score', 's', { id: 'out_score', rel: ['组得分'] })}、效益指标得分${f('indicators[5].score+indicators[6].score+indicators[7].score', 's')}、满意度指标得分${f('indicators[8].score', 's')}，自评等级为“${f('scoreSummary.grade', 'raw', { id: 'grade', rel: ['等级'] })}”。绩效自评表如下。`);
  R.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2-'), f('budget.total', 'w2-'), f('budget.actual', 'w2-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-', { id: 'T.br' })],
    ['其中：当年财政拨款', f('budget.sources.current.initial', 'w2-'), f('budget.sources.current.total', 'w2-'), f('budget.sources.current.actual', 'w2-'), '—', '—', '—'],
    ['上年结转资金', '—', '—', '—', '—', '—', '—'],
    ['其他资金', '—', '—', '—', '—', '—', '—'],
  ], { caption: '青溪县2024年度高标准农田建设项目绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-', { id: 'T.total' }), '']);
  R.table(t);
  R.h(2, '五、存在的问题及原因');
  R.p('一是个别工程进度滞后，主要原因是汛期集中降雨影响施工；二是建后管护经费不足，主要原因是管护经费尚未纳入年初预算。');
  R.h(2, '六、下一步改进措施');
  R.p('一是错开汛期安排水利类工程，提前做好施工组织；二是按亩核定建后管护经费并列入预算，落实村级管护责任。');
  R.h(2, '七、结果应用和公开情况');
  R.p('自评结果将作为下年度资金分配的重要参考，并在县政府门户网站公开。联系人：县农田建设服务中心，电话0745-6213308。');
}

module.exports = {
  no: '01', slug: 'gaobiaozhunnongtian', ext: 'md', data, build, dataChecks: { projectsSum: 'budget' },
  header: '01 青溪县2024年高标准农田建设项目（项目支出）。虚构单位，金额单位万元。\n亩均建设成本 = 全年支出 ÷ 新建面积 = 5943.27 ÷ 3.26 = 1823.09元/亩。\n按期完工率 96% 对 100%：5 × 0.96 = 4.8分。预算执行率得分 97.83% × 10 = 9.78分。',
  bad: [
    { id: 'a', label: 'rate', new: '98.73%', kind: '执行率写错（数字颠倒）', internal: 'yes' },
    { id: 'b', label: 'canals', new: '126.8公里', kind: '数字错位（128.6→126.8）', internal: 'no' },
  ],
};

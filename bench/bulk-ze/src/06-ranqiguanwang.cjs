'use strict';
// 06 项目：澧阳市城市燃气管网更新改造项目（docx；大模型起草式，亿元写总额，段落小结）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市住房和城乡建设局',
    shortName: '市住建局',
    department: '澧阳市住房和城乡建设局',
    implementer: '澧阳市城市管网建设服务中心',
    project: '城市燃气管网更新改造项目',
    title: '澧阳市2024年度城市燃气管网更新改造项目绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 18600,
    adjustments: [{ type: '追加', amount: 6240, reason: '超长期特别国债资金' }],
    total: 24840,
    actual: 23965.72,
    rate: 96.48,
    carryover: 874.28,
    sources: {
      current: { initial: 12600, total: 18840, actual: 18236.4 },
      other: { initial: 6000, total: 6000, actual: 5729.32 },
    },
  },
  budgetRate: { weight: 10, score: 9.65 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.48, grade: '优' },
  projects: [
    { name: '市政中压管网改造', total: 9860, actual: 9612.48 },
    { name: '庭院及立管改造', total: 8420, actual: 8105.36 },
    { name: '用户端安全装置加装', total: 3960, actual: 3891.2 },
    { name: '场站设施改造', total: 2600, actual: 2356.68, gap: { amount: 243.32, reason: '调压站设备尾款未到期' } },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '改造市政中压管网长度', target: '≥180公里', actual: '186.4公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '改造庭院管网长度', target: '≥420公里', actual: '412.7公里', weight: 10, score: 9.83, deviation: { reason: '两个小区管线迁改协调未完成', measure: '纳入下年首批开工' } },
    { level1: '产出指标', level2: '数量指标', name: '加装用户端安全装置户数', target: '≥85000户', actual: '86520户', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '年度改造任务完成率', target: '≥95%', actual: '96.6%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '管网漏损率', target: '≤2.5%', actual: '1.94%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '较大及以上燃气安全事故', target: '0起', actual: '0起', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '老旧小区燃气隐患整治率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', target: '≥90%', actual: '92.08%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'mid', group: '产出', topic: '管网', name: '改造市政中压管网', value: 186.4, unit: '公里' },
    { id: 'yard', group: '产出', topic: '管网', name: '改造庭院管网', value: 412.7, unit: '公里' },
    { id: 'estates', group: '产出', topic: '小区', name: '涉及老旧小区', value: 138, unit: '个' },
    { id: 'devices', group: '产出', topic: '安全装置', name: '加装用户端安全装置', value: 86520, unit: '户' },
    { id: 'patrol', group: '产出', topic: '巡检', name: '智能巡检覆盖管网', value: 1268.5, unit: '公里' },
    { id: 'leak', group: '效益', topic: '漏损', name: '管网漏损率', value: 1.94, unit: '%', prior: 2.86 },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '居民满意度', value: 92.08, unit: '%' },
  ],
  problems: [
    { id: 'yard', text: '庭院管网改造未完成目标', cause: '两个小区管线迁改协调未完成', measure: '纳入下年首批开工' },
    { id: 'station', text: '场站设施改造资金结转较多', cause: '调压站设备尾款未到期', measure: '按合同节点及时支付' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '澧阳市2024年度城市燃气管网更新改造项目绩效自评报告');
  R.h(2, '一、项目概况');
  R.p(`为消除城市燃气管网老化带来的安全隐患，澧阳市于2024年实施城市燃气管网更新改造项目，改造内容涵盖市政中压管网、庭院及立管、用户端安全装置和场站设施四个方面，由市城市管网建设服务中心组织实施，燃气经营企业按比例承担部分改造费用。`);
  R.p(`项目年度绩效目标为：改造市政中压管网${f('indicators[0].target', 'x0', { text: '180公里' })}以上、庭院管网${f('indicators[1].target', 'x0', { text: '420公里' })}以上，为${f('indicators[2].target', 'x0c', { text: '85,000户' })}以上居民加装燃气泄漏报警器和自闭阀，管网漏损率降至${f('indicators[5].target', 'x1', { text: '2.5%' })}以下。`);
  R.h(2, '二、资金安排与使用');
  R.h(3, '（一）资金安排');
  R.p(`项目年初预算${f('budget.initial', 'w2c', { rel: ['年初+调整=全年'] })}，其中财政资金${f('budget.sources.current.initial', 'w2c')}、燃气企业自筹${f('budget.sources.other.initial', 'w2c')}。2024年9月，省下达超长期特别国债资金${f('budget.adjustments[0].amount', 'w2c', { rel: ['年初+调整=全年'] })}，占调整后全年预算的${f('budget.adjustments[0].amount/budget.total*100', 'p2', { rel: ['占比'] })}。调整后全年预算${f('budget.total', 'w2c', { rel: ['年初+调整=全年', '执行率'] })}，约合${f('budget.total', 'yi2')}。`);
  R.h(3, '（二）资金执行');
  R.p(`全年实际支出${f('budget.actual', 'w2c', { rel: ['执行率', '结余'] })}，预算执行率${f('budget.rate', 'p2')}，结转下年${f('budget.carryover', 'w2c', { rel: ['结余'] })}。其中财政资金支出${f('budget.sources.current.actual', 'w2c')}，占全部支出的${f('budget.sources.current.actual/budget.actual*100', 'p2', { rel: ['占比'] })}；企业自筹资金支出${f('budget.sources.other.actual', 'w2c')}。`);
  const rows = [['子项', '全年预算（万元）', '实际支出（万元）', '结余（万元）', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-'), f(`projects[${i}].total-projects[${i}].actual`, 'w2c-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budget.carryover', 'w2c-'), f('budget.rate', 'p2')]);
  R.table(rows, { caption: '表1  各子项资金执行情况' });
  R.p(`总的来看，项目全年投入约${f('budget.actual', 'yi2')}，执行率${f('budget.rate', 'p2')}，未执行部分主要是场站设施改造中调压站设备尾款${f('projects[3].gap.amount', 'w2c')}尚未到合同支付期。`);
  R.h(2, '三、绩效实现情况');
  R.h(3, '（一）产出');
  R.p(`全年改造市政中压管网${f('achievements@mid.value', 'x1', { u: '公里' })}、庭院管网${f('achievements@yard.value', 'x1', { u: '公里' })}，涉及老旧小区${f('achievements@estates.value', 'n', { u: '个' })}；为${f('achievements@devices.value', 'nc', { u: '户' })}居民加装燃气泄漏报警器和自闭阀；新建管网智能巡检系统，覆盖管网${f('achievements@patrol.value', 'x1c', { u: '公里', id: 'patrol' })}。按中压管网改造支出计算，每公里造价约${f('projects[0].actual/achievements@mid.value', 'w2', { unit: '万元', approxRule: '约', rel: ['单位成本'] })}。`);
  R.p(`工程验收合格率${f('indicators[3].actual', 'raw')}，年度改造任务完成率${f('indicators[4].actual', 'raw')}。`);
  R.h(3, '（二）效益');
  R.p(`改造后，全市燃气管网漏损率由上年的${f('achievements@leak.prior', 'p2', { rel: ['差'] })}降至${f('achievements@leak.value', 'p2', { rel: ['差'] })}，下降${f('achievements@leak.prior-achievements@leak.value', 'pp2', { rel: ['差'] })}；全年未发生较大及以上燃气安全事故，老旧小区燃气隐患整治率${f('indicators[7].actual', 'raw')}。`);
  R.h(3, '（三）满意度');
  R.p(`委托第三方在改造小区抽样调查，居民满意度${f('achievements@satisfaction.value', 'p2')}。`);
  R.p(`总的来看，项目产出和效益目标基本实现，仅庭院管网改造${f('achievements@yard.value', 'x1', { u: '公里' })}，略低于年度目标。`);
  R.h(2, '四、自评结论');
  R.p(`项目自评总分${f('scoreSummary.scoreTotal', 's', { rel: ['总分=Σ得分', '等级'] })}，等级为“${f('scoreSummary.grade', 'raw')}”。自评表如下。`);
  R.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['当年财政拨款', f('budget.sources.current.initial', 'w2c-'), f('budget.sources.current.total', 'w2c-'), f('budget.sources.current.actual', 'w2c-'), '—', '—', '—'],
    ['其他资金', f('budget.sources.other.initial', 'w2c-'), f('budget.sources.other.total', 'w2c-'), f('budget.sources.other.actual', 'w2c-'), '—', '—', '—'],
  ], { caption: '表2  项目支出绩效自评表' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']];
  for (const r of indicatorRows(R, { grouped: true })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-'), '']);
  R.table(t);
  R.h(2, '五、问题与改进');
  R.p('一是庭院管网改造未完成目标，原因是两个小区管线迁改协调未完成，下一步纳入2025年首批开工计划；二是场站设施改造资金结转较多，原因是调压站设备尾款未到期，下一步按合同节点及时支付。');
  R.p(`报告联系人：市城市管网建设服务中心计划科，联系电话0736-8230945。`);
}

module.exports = {
  no: '06', slug: 'ranqiguanwang', ext: 'docx', data, build, dataChecks: { projectsSum: 'budget' },
  header: '06 澧阳市城市燃气管网更新改造项目（项目支出）。虚构单位，金额单位万元；报告总额以亿元写出。\n资金来源：当年财政拨款（含超长期特别国债）与其他资金（燃气企业自筹）。\n庭院管网 412.7 ÷ 420 × 10 = 9.83分。',
  bad: [
    { id: 'a', label: 'T.ind1.score', new: '9.38', kind: '自评表得分数字颠倒（总分未变）', internal: 'yes' },
    { id: 'b', label: 'patrol', new: '126.85公里', kind: '小数点错位（1,268.5→126.85）', internal: 'no' },
  ],
};

'use strict';
// 02 项目：澧阳市城乡居民基本医疗保险市级财政补助资金（txt；机关长句式，段首缩进，空格对齐的表）
const { indicatorRows } = require('../lib/parts.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '澧阳市医疗保障局',
    shortName: '市医保局',
    department: '澧阳市医疗保障局',
    implementer: '澧阳市医疗保险服务中心',
    project: '城乡居民基本医疗保险市级财政补助资金',
    title: '澧阳市2024年度城乡居民基本医疗保险市级财政补助资金绩效自评报告',
    thousands: true,
    notice: { title: '《澧阳市财政局关于做好2024年度市级预算绩效自评工作的通知》', number: '澧财绩〔2025〕6号' },
  },
  budget: {
    initial: 38600,
    adjustments: [{ type: '追加', amount: 2460, reason: '参保补助标准提高' }],
    total: 41060,
    actual: 40936.58,
    rate: 99.7,
    carryover: 123.42,
    sources: {
      current: { initial: 36100, total: 38560, actual: 38436.58 },
      prior: { initial: 2500, total: 2500, actual: 2500 },
    },
  },
  budgetRate: { weight: 10, score: 9.97 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.47, grade: '优' },
  projects: [
    { name: '居民医保参保财政补助', total: 39830, actual: 39806.58 },
    { name: '医疗救助对象参保资助', total: 980, actual: 930, gap: { amount: 50, reason: '部分救助对象转为职工参保' } },
    { name: '医保经办服务能力建设', total: 250, actual: 200, gap: { amount: 50, reason: '信息系统尾款未到付款节点' } },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '居民医保参保人数', target: '≥235万人', actual: '238.65万人', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '基本医疗保险参保率', target: '≥95%', actual: '96.2%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '医疗救助对象资助参保率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '补助资金拨付及时率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '产出指标', level2: '成本指标', name: '市级人均财政补助', target: '≥160元', actual: '166.8元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '政策范围内住院费用基金支付比例', target: '≥70%', actual: '70.6%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '异地就医直接结算率', target: '≥80%', actual: '76%', weight: 10, score: 9.5, deviation: { reason: '部分外省医院尚未开通直接结算', measure: '推动跨省定点医院扩面' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '居民医保基金运行', target: '当期收支平衡', actual: '收支平衡略有结余', weight: 10, score: 10, band: '达成' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '参保群众满意度', target: '≥90%', actual: '92.35%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'insured', group: '产出', topic: '参保', name: '城乡居民医保参保人数', value: 2386470, unit: '人', prior: 2412300, changeRate: -1.07 },
    { id: 'coverage', group: '产出', topic: '参保', name: '基本医疗保险参保率', value: 96.2, unit: '%' },
    { id: 'aided', group: '产出', topic: '医疗救助', name: '资助参保的困难群众', value: 31000, unit: '人' },
    { id: 'per_head', group: '成本', topic: '补助标准', name: '市级人均财政补助', value: 166.8, unit: '元' },
    { id: 'inpatient_ratio', group: '效益', topic: '待遇保障', name: '政策范围内住院费用基金支付比例', value: 70.6, unit: '%' },
    { id: 'remote', group: '效益', topic: '异地就医', name: '异地就医直接结算', value: 128640, unit: '人次' },
    { id: 'remote_rate', group: '效益', topic: '异地就医', name: '异地就医直接结算率', value: 76, unit: '%' },
    { id: 'institutions', group: '效益', topic: '定点机构', name: '定点医疗机构', value: 1262, unit: '家' },
    { id: 'satisfaction', group: '满意度', topic: '满意度', name: '参保群众满意度', value: 92.35, unit: '%' },
  ],
  problems: [
    { id: 'decline', text: '参保人数连续下降', cause: '外出务工人员在务工地参保', measure: '开展断保人员精准动员' },
    { id: 'remote', text: '异地就医直接结算率未达目标', cause: '部分外省医院未开通直接结算', measure: '推动跨省定点医院扩面' },
  ],
};

function build(R) {
  const f = R.f.bind(R), s = R.s.bind(R);
  R.h(1, '澧阳市2024年度城乡居民基本医疗保险市级财政补助资金绩效自评报告');
  R.p('按照《澧阳市财政局关于做好2024年度市级预算绩效自评工作的通知》（澧财绩〔2025〕6号）的统一部署，市医疗保障局会同市医疗保险服务中心，在全面梳理资金拨付台账、核对参保缴费数据和抽查经办服务质量的基础上，对2024年度城乡居民基本医疗保险市级财政补助资金开展了绩效自评，现将自评情况报告如下。');
  R.h(2, '一、基本情况');
  R.h(3, '（一）项目概况');
  R.p(`城乡居民基本医疗保险市级财政补助资金是市级财政按照国家和省确定的居民医保筹资标准，对全市城乡居民参保缴费给予补助、对特困人员和低保对象等医疗救助对象参保给予资助、并支持医保经办服务能力建设的一项民生资金，2024年度资金由居民医保参保财政补助、医疗救助对象参保资助和医保经办服务能力建设三部分构成。`);
  R.h(3, '（二）绩效目标');
  R.p(`项目年初设定的绩效目标是：全市居民医保参保人数保持在${f('indicators[0].target', 'x0', { text: '235万人' })}以上，基本医疗保险参保率稳定在${f('indicators[1].target', 'x0', { text: '95%' })}以上，政策范围内住院费用基金支付比例不低于${f('indicators[5].target', 'x0', { text: '70%' })}，异地就医直接结算率达到${f('indicators[6].target', 'x0', { text: '80%' })}，参保群众满意度不低于${f('indicators[8].target', 'x0', { text: '90%' })}。`);
  R.h(2, '二、资金安排和使用情况');
  R.h(3, '（一）资金安排情况');
  R.p(`2024年该项目年初预算${f('budget.initial', 'w2c', { id: 'initial', rel: ['年初+调整=全年'] })}，其中当年财政拨款${f('budget.sources.current.initial', 'w2c')}、上年结转资金${f('budget.sources.prior.initial', 'w2c')}；年度执行过程中，因国家和省提高居民医保财政补助标准，经市人民政府同意，市财政局以澧财社〔2024〕41号文件追加预算${f('budget.adjustments[0].amount', 'w2c', { id: 'adj', rel: ['年初+调整=全年'] })}，调整后全年预算为${f('budget.total', 'w2c', { id: 'total', rel: ['年初+调整=全年', '执行率'] })}，折合约${f('budget.total', 'yi2', { id: 'total_yi' })}。`);
  R.h(3, '（二）资金使用情况');
  R.p(`截至2024年12月31日，项目全年实际支出${f('budget.actual', 'w2c', { id: 'actual', rel: ['执行率', '结余'] })}，预算执行率为${f('budget.rate', 'p2', { id: 'rate', rel: ['执行率'] })}，年末结余${f('budget.carryover', 'w2c', { id: 'carry', rel: ['结余'] })}，结余的原因一是部分医疗救助对象年中转为职工医保参保，资助资金相应减少，二是医保信息系统升级改造的尾款尚未到合同约定的付款节点。分项目使用情况如下表所示：`);
  const rows = [['项目', '全年预算', '实际支出', '结余', '执行率']];
  data.projects.forEach((p, i) => rows.push([p.name, f(`projects[${i}].total`, 'w2c-'), f(`projects[${i}].actual`, 'w2c-'), f(`projects[${i}].total-projects[${i}].actual`, 'w2c-'), f(`projects[${i}].actual/projects[${i}].total*100`, 'p2')]));
  rows.push(['合计', f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budget.carryover', 'w2c-'), f('budget.rate', 'p2')]);
  R.table(rows, { caption: '表1  2024年度资金使用情况', unitNote: '单位：万元' });
  R.p(`从资金来源看，全年支出中当年财政拨款支出${f('budget.sources.current.actual', 'w2c')}，上年结转资金${f('budget.sources.prior.actual', 'w2c')}已全部使用完毕；全年支出合计约${f('budget.actual', 'yi2', { id: 'actual_yi' })}。`);
  R.h(3, '（三）资金管理情况');
  R.p(`市医保局严格执行居民医保财政补助资金按季预拨、年终清算的管理办法，由市医疗保险服务中心根据税务部门提供的参保缴费数据逐月核对参保人数，经市财政局审核后直接拨入居民医保基金财政专户，全年共办理资金拨付${s('12笔', '拨付笔数（数据未收）')}，未发生截留、挤占和挪用情况；咨询电话0736-8812345全年正常受理参保群众来电。`);
  R.h(2, '三、绩效目标完成情况');
  R.h(3, '（一）产出情况');
  R.p(`1.参保数量。2024年末全市城乡居民医保参保人数为${f('achievements@insured.value/10000', 'x2', { u: '万人', unit: '万人', id: 'insured', rel: ['同比'] })}，较上年末的${f('achievements@insured.prior/10000', 'x2', { u: '万人', unit: '万人', rel: ['同比'] })}减少${f('(achievements@insured.prior-achievements@insured.value)/10000', 'x2', { u: '万人', unit: '万人', rel: ['同比'] })}，下降${f('achievements@insured.changeRate', 'p2', { abs: true, rel: ['同比'] })}，参保人数下降主要是外出务工人员在务工地参加职工医保所致，全市基本医疗保险参保率仍达到${f('achievements@coverage.value', 'p1')}。`);
  R.p(`2.医疗救助资助参保。全年资助特困人员、低保对象和返贫致贫人口等困难群众参保${f('achievements@aided.value', 'nc', { u: '人' })}，按实际支出计算人均资助${f('projects[1].actual/achievements@aided.value*10000', 'x0', { u: '元', unit: '元/人', rel: ['人均'] })}，资助参保率${f('indicators[2].actual', 'raw')}。`);
  R.p(`3.补助标准。按照居民医保参保财政补助实际支出和年末参保人数计算，市级人均财政补助约${f('projects[0].actual/achievements@insured.value*10000', 'x2', { u: '元', unit: '元/人', rel: ['人均'] })}，达到年度目标。`);
  R.h(3, '（二）效益情况');
  R.p(`1.待遇保障水平稳步提高。全年政策范围内住院费用基金支付比例为${f('achievements@inpatient_ratio.value', 'p1')}，达到不低于${f('indicators[5].target', 'x0', { text: '70%' })}的目标要求；全市纳入医保协议管理的定点医疗机构达到${f('achievements@institutions.value', 'nc', { u: '家', id: 'institutions' })}，参保群众就近就医更加便利。`);
  R.p(`2.异地就医结算更加便捷。全年办理异地就医直接结算${f('achievements@remote.value', 'nc', { u: '人次' })}，直接结算率为${f('achievements@remote_rate.value', 'p0', { id: 'remote_rate' })}，距离年度目标尚差${f('indicators[6].target-achievements@remote_rate.value', 'x0', { u: '个百分点', unit: '个百分点' })}，主要是部分外省医院尚未开通直接结算。`);
  R.h(3, '（三）满意度情况');
  R.p(`市医保局委托第三方机构开展参保群众满意度调查，综合满意度为${f('achievements@satisfaction.value', 'p2')}。`);
  R.h(2, '四、自评结果');
  R.p(`经对照绩效自评表逐项打分，该项目2024年度预算执行率得分${f('budgetRate.score', 's')}，绩效指标得分${f('scoreSummary.scoreTotal-budgetRate.score', 's', { rel: ['组得分'] })}，自评总分${f('scoreSummary.scoreTotal', 's', { id: 'total_score', rel: ['总分=Σ得分', '等级'] })}，自评等级为“${f('scoreSummary.grade', 'raw', { id: 'grade', rel: ['等级'] })}”。具体评分情况如下表：`);
  R.table([
    ['项目资金', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', f('budget.initial', 'w2c-'), f('budget.total', 'w2c-'), f('budget.actual', 'w2c-'), f('budgetRate.weight', 's-'), f('budget.rate', 'p2'), f('budgetRate.score', 's-')],
    ['当年财政拨款', f('budget.sources.current.initial', 'w2c-'), f('budget.sources.current.total', 'w2c-'), f('budget.sources.current.actual', 'w2c-'), '—', '—', '—'],
    ['上年结转资金', f('budget.sources.prior.initial', 'w2c-'), f('budget.sources.prior.total', 'w2c-'), f('budget.sources.prior.actual', 'w2c-'), '—', '—', '—'],
  ], { caption: '表2  项目支出绩效自评表（资金部分）', unitNote: '单位：万元' });
  const t = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  for (const r of indicatorRows(R, { deviation: false })) t.push(r);
  t.push(['总分', '', '', '', '', f('scoreSummary.weightTotal', 's-'), f('scoreSummary.scoreTotal', 's-')]);
  R.table(t, { caption: '表3  项目支出绩效自评表（指标部分）' });
  R.h(2, '五、存在的问题及原因分析');
  R.p('一是参保人数连续下降，原因在于外出务工人员更多地在务工地参加职工医保，户籍地续保意愿下降；二是异地就医直接结算率未达到年度目标，原因在于部分外省医院尚未接入国家异地就医结算系统。');
  R.h(2, '六、改进措施及结果应用');
  R.p('下一步，市医保局将会同税务、民政等部门开展断保人员精准动员，推动跨省定点医院扩面，并将本次自评结果作为2026年度资金预算安排的重要依据，按规定在市政府门户网站予以公开。');
}

module.exports = {
  no: '02', slug: 'jumingyibao', ext: 'txt', data, build, style: { indent: true }, dataChecks: { projectsSum: 'budget' },
  header: '02 澧阳市城乡居民基本医疗保险市级财政补助资金（项目支出）。虚构单位，金额单位万元。\n参保人数写“人”，报告以“万人”写出；市级人均财政补助 = 居民医保参保财政补助实际支出 ÷ 参保人数 = 166.80元。\n异地就医直接结算率 76% 对目标 80%：76 ÷ 80 × 10 = 9.5分。',
  bad: [
    { id: 'a', label: 'insured', new: '241.23万人', kind: '上年数未改（本年参保人数写成上年数）', internal: 'yes' },
    { id: 'b', label: 'institutions', new: '1,226家', kind: '数字颠倒（1,262→1,226）', internal: 'no' },
  ],
};

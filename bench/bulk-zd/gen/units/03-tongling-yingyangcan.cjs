'use strict';
// 03 桐岭县农村义务教育学生营养改善计划膳食补助（项目，县级，Word）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '桐岭县教育局',
    shortName: '县教育局',
    department: '桐岭县教育局',
    implementer: '桐岭县学生资助管理中心',
    project: '2024年桐岭县农村义务教育学生营养改善计划膳食补助',
    title: '桐岭县2024年度农村义务教育学生营养改善计划项目支出绩效自评报告',
    thousands: true,
  },
  background: {
    purpose: ['农村义务教育阶段学生在校就餐膳食补助'],
    basis: [{ title: '岚溪省农村义务教育学生营养改善计划实施细则', number: '岚教财〔2023〕6号' }],
    management: ['按实际在校生人数和在校天数据实结算', '食材集中招标采购', '校长陪餐制度'],
  },
  budget: {
    initial: m('1260.00'),
    adjustments: [{ type: '压减', amount: m('11.40'), reason: '春季学期学生人数核减' }],
    total: m('1248.60'),
    actual: m('1236.84'),
    carryover: m('11.76'),
    sources: { current: { initial: m('1260.00'), total: m('1248.60'), actual: m('1236.84') } },
  },
  budgetRate: { weight: 10, score: 9.91 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.78, grade: '优' },
  projects: [
    { name: '农村小学膳食补助', total: m('842.40'), actual: m('834.26') },
    { name: '农村初中膳食补助', total: m('406.20'), actual: m('402.58') },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '受助学生人数', target: '≥12400人', actual: '12486人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '覆盖农村义务教育学校', target: '58所', actual: '58所', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '食堂食品安全事故', target: '0起', actual: '0起', weight: 10, score: 10, direction: 'negative' },
    { level1: '产出指标', level2: '质量指标', name: '在校学生供餐率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '资金拨付及时率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '成本指标', level2: '经济成本指标', name: '每生每天膳食补助标准', target: '5元', actual: '5元', weight: 5, score: 5 },
    { level1: '效益指标', level2: '社会效益指标', name: '学生体质健康测试合格率', target: '≥95%', actual: '93.8%', weight: 10, score: 9.87, deviation: { reason: '山区学校体育设施不足', measure: '结合课后服务增加体育活动' } },
    { level1: '效益指标', level2: '社会效益指标', name: '学生营养不良检出率同比下降', target: '≥0.5个百分点', actual: '0.7个百分点', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '学校食堂规范化管理达标率', target: '≥95%', actual: '96.6%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '学生家长满意度', target: '≥90%', actual: '94.7%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'primary', group: '农村小学膳食补助', name: '受助小学生', value: 8424, unit: '人' },
    { id: 'junior', group: '农村初中膳食补助', name: '受助初中生', value: 4062, unit: '人' },
    { id: 'days', group: '产出', name: '全年供餐天数', value: 200, unit: '天' },
    { id: 'local_purchase', group: '效益', topic: '带动本地农产品', name: '采购本地农副产品', value: 486.37, unit: '万元' },
    { id: 'checkups', group: '产出', name: '食堂从业人员健康体检', value: 613, unit: '人次' },
    { id: 'malnutrition', group: '效益', name: '学生营养不良检出率', value: 8.3, unit: '%', prior: 9 },
  ],
  problems: [
    { id: 'fitness', text: '学生体质健康合格率未达目标', cause: '山区学校体育设施和专职体育教师不足', measure: '结合课后服务增加体育活动' },
    { id: 'staff', text: '部分学校食堂从业人员不足', cause: '食堂工勤人员待遇偏低', measure: '按学生数核定食堂工勤人员' },
  ],
  application: ['自评结果报县财政局并在县教育局网站公开'],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), Y = b.Y.bind(b), nd = b.nd.bind(b);
  b.title('桐岭县2024年度农村义务教育学生营养改善计划项目支出绩效自评报告');
  b.center`桐岭县教育局`;
  b.h1('一、项目概况');
  b.p`桐岭县自2012年起实施农村义务教育学生营养改善计划，按每生每天${N('indicators[5].actual', '元')}的标准为农村义务教育阶段学生提供膳食补助，全年按${N('achievements[2].value', '天')}在校天数据实结算。2024年受助学校${N('indicators[1].actual', '所')}，受助学生${N('indicators[0].actual', '人', { sep: true })}，其中小学生${N('achievements[0].value', '人', { sep: true })}、初中生${N('achievements[1].value', '人', { sep: true })}。`;
  b.p`项目年度目标为：受助学生不少于${N('indicators[0].target', '人', { sep: true })}，在校学生供餐率${P('indicators[3].target', { dec: 0 })}，不发生食品安全事故，学生体质健康测试合格率达到${P('indicators[6].target', { dec: 0 })}以上，家长满意度不低于${P('indicators[9].target', { dec: 0 })}。`;
  b.h1('二、项目资金使用及管理情况');
  b.h2('（一）资金投入');
  b.p`年初预算安排膳食补助资金${W('budget.initial', { id: 'init' })}。春季学期开学后按实际在校生人数核减${W('budget.adjustments[0].amount')}，全年预算调整为${W('budget.total')}，折合${Y('budget.total')}。`;
  b.h2('（二）资金使用');
  b.p`全年实际支出${W('budget.actual', { id: 'act' })}，预算执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，年末结余${W('budget.carryover')}已按规定收回县财政。其中农村小学膳食补助支出${W('projects[0].actual')}，农村初中膳食补助支出${W('projects[1].actual')}。按受助学生人数计算，生均补助${Y('budget.actual / indicators[0].actual', { id: 'perstu' })}。`;
  b.table([
    ['资金项目', '年初预算（万元）', '全年预算（万元）', '实际支出（万元）', '执行率'],
    ['农村小学膳食补助', '—', W('projects[0].total', { cell: true }), W('projects[0].actual', { cell: true }), P('projects[0].actual / projects[0].total * 100')],
    ['农村初中膳食补助', '—', W('projects[1].total', { cell: true }), W('projects[1].actual', { cell: true }), P('projects[1].actual / projects[1].total * 100')],
    ['合计', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), P('budget.actual / budget.total * 100')],
  ], { caption: '表1　2024年营养改善计划资金使用情况' });
  b.h2('（三）资金管理');
  b.p`县教育局与县财政局联合印发资金管理办法，膳食补助资金全部用于为学生提供食物，严禁用于支付食堂工勤人员工资、水电燃料等费用。食材由县里统一招标采购，全年开展食品安全和资金使用专项检查${nd('4轮', 'count not in data')}，实行校长陪餐制度。`;
  b.h1('三、项目绩效情况');
  b.h2('（一）产出');
  b.p`1.数量指标：受助学生${N('indicators[0].actual', '人', { sep: true })}，完成年度目标的${P('indicators[0].actual / indicators[0].target * 100')}；覆盖农村义务教育学校${N('indicators[1].actual', '所')}，实现全覆盖。`;
  b.p`2.质量指标：全年未发生食堂食品安全事故，在校学生供餐率${P('indicators[3].actual', { dec: 0 })}；组织食堂从业人员健康体检${N('achievements[4].value', '人次')}。`;
  b.p`3.时效指标：资金按学期提前下达学校，拨付及时率${P('indicators[4].actual', { dec: 0 })}。`;
  b.p`4.成本指标：严格执行每生每天${N('indicators[5].target', '元')}的补助标准，未发现降低标准或挪作他用。`;
  b.h2('（二）效益');
  b.p`学生营养状况持续改善，营养不良检出率由上年的${P('achievements[5].prior', { dec: 1 })}降至${P('achievements[5].value', { dec: 1 })}，下降${P('achievements[5].prior - achievements[5].value', { dec: 1, unit: '个百分点' })}。学生体质健康测试合格率${P('indicators[6].actual', { dec: 1 })}，低于${P('indicators[6].target', { dec: 0 })}的目标，按完成比例得${S('indicators[6].score')}。学校食堂规范化管理达标率${P('indicators[8].actual', { dec: 1 })}。营养餐食材优先采购本地农副产品，全年采购${Y('achievements[3].value', { dec: 0, id: 'local' })}，带动了本地种养殖户增收。`;
  b.h2('（三）满意度');
  b.p`通过问卷星向全体受助学生家长发放问卷，家长满意度为${P('indicators[9].actual', { dec: 1 })}。`;
  b.h2('（四）综合评价');
  b.p`项目预算执行率得分${S('budgetRate.score')}，绩效指标得分${S('sum(indicators[*].score)')}，合计${S('scoreSummary.scoreTotal', { id: 'total' })}，评定为“${G('grade(scoreSummary.scoreTotal)', { id: 'grade' })}”。`;
  b.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), S('budgetRate.weight', { cell: true }), P('budget.actual / budget.total * 100'), S('budgetRate.score', { cell: true })],
    ['当年财政拨款', W('budget.sources.current.initial', { cell: true }), W('budget.sources.current.total', { cell: true }), W('budget.sources.current.actual', { cell: true }), '—', P('budget.sources.current.actual / budget.sources.current.total * 100'), '—'],
    ['上年结转资金', '—', '—', '—', '—', '—', '—'],
    ['其他资金', '—', '—', '—', '—', '—', '—'],
  ], { caption: '附表　2024年度项目支出绩效自评表' });
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...indRows(b, { mergeLevel1: true, idS: 's' }),
    ['总分', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('budgetRate.score + sum(indicators[*].score)', { cell: true }), ''],
  ]);
  b.h1('四、存在的问题及原因分析');
  b.p`（一）学生体质健康合格率未达目标。山区学校体育设施和专职体育教师不足，学生课外锻炼时间偏少。`;
  b.p`（二）部分学校食堂从业人员不足。食堂工勤人员待遇偏低，个别学校由教师兼管食堂。`;
  b.h1('五、下一步改进措施');
  b.p`一是结合课后服务增加体育活动时间，2025年计划为${nd('12所', 'plan count not in data')}山区学校补充体育器材。二是按学生数核定食堂工勤人员，落实待遇保障。三是自评结果报县财政局备案，并在县教育局网站公开。`;
}

module.exports = {
  id: '03', slug: 'tongling-yingyangcan', ext: 'docx', author: '桐岭县学生资助管理中心', sep: true,
  header: ['桐岭县（岚溪省，虚构）2024年度农村义务教育学生营养改善计划膳食补助：项目支出。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'local', new: '4,836,700元', kind: 'yuan-amount-digits', internal: 'yes', why: '本地农副产品采购额（数据486.37万元）以元写出，只出现一次，两位数字互换' },
    { id: 'grade', new: '良', kind: 'grade-word', internal: 'no', why: '总分99.78分应为优' },
  ],
};

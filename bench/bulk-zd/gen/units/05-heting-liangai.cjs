'use strict';
// 05 青岫市鹤汀区适龄妇女“两癌”免费筛查项目（项目，区县级，纯文本，制表符分隔的表格）
const { m } = require('../lib.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '青岫市鹤汀区卫生健康局',
    shortName: '区卫生健康局',
    department: '青岫市鹤汀区卫生健康局',
    implementer: '鹤汀区妇幼保健院',
    project: '2024年鹤汀区适龄妇女宫颈癌和乳腺癌免费筛查项目',
    title: '鹤汀区2024年适龄妇女“两癌”免费筛查项目绩效自评报告',
  },
  background: {
    purpose: ['宫颈癌筛查', '乳腺癌筛查', '阳性病例随访及健康宣教'],
    implementation: ['区妇幼保健院牵头，社区卫生服务中心组织预约', '筛查结果信息化管理'],
  },
  budget: {
    initial: m('420.00'),
    adjustments: [{ type: '压减', amount: m('33.48'), reason: '按实际筛查进度调减' }],
    total: m('386.52'),
    actual: m('372.95'),
    carryover: m('13.57'),
    sources: {
      current: { initial: m('300.00'), total: m('266.52'), actual: m('253.07') },
      prior: { initial: m('120.00'), total: m('120.00'), actual: m('119.88') },
    },
  },
  budgetRate: { weight: 10, score: 9.65 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.32, grade: '优' },
  projects: [
    { name: '宫颈癌筛查', total: m('204.00'), actual: m('196.35') },
    { name: '乳腺癌筛查', total: m('142.80'), actual: m('138.84') },
    { name: '阳性病例随访及健康宣教', total: m('39.72'), actual: m('37.76'), items: [{ name: '阳性病例随访补助', amount: m('24.56') }, { name: '健康宣教', amount: m('13.20') }] },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '宫颈癌筛查人数', target: '≥8500人', actual: '8216人', weight: 10, score: 9.67, deviation: { reason: '部分预约对象外出务工未到检', measure: '增加周末和夜间筛查场次' } },
    { level1: '产出指标', level2: '数量指标', name: '乳腺癌筛查人数', target: '≥6800人', actual: '6912人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '筛查异常结果随访率', target: '≥95%', actual: '98.1%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '早诊率', target: '≥90%', actual: '91.4%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '筛查结果告知时限', target: '≤30天', actual: '21天', weight: 5, score: 5, direction: 'negative' },
    { level1: '成本指标', level2: '经济成本指标', name: '宫颈癌人均筛查成本', target: '≤240元', actual: '238.98元', weight: 5, score: 5, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '适龄妇女两癌防治知识知晓率', target: '≥85%', actual: '87.5%', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '筛查服务覆盖街道（镇）比例', target: '100%', actual: '100%', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受检妇女满意度', target: '≥90%', actual: '96.3%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'screened', group: '产出', name: '两癌筛查总人数', value: 15128, unit: '人', prior: 13604, changeRate: 11.2 },
    { id: 'precancer', group: '效益', topic: '检出病例', name: '检出宫颈癌前病变', value: 23, unit: '例' },
    { id: 'cervical', group: '效益', topic: '检出病例', name: '确诊宫颈癌患者', value: 6, unit: '例' },
    { id: 'breast', group: '效益', topic: '检出病例', name: '确诊乳腺癌患者', value: 9, unit: '例' },
    { id: 'streets', group: '产出', name: '覆盖街道（镇）', value: 9, unit: '个' },
  ],
  problems: [
    { id: 'turnout', text: '宫颈癌筛查人数未达目标', cause: '部分预约对象外出务工未到检', measure: '增加周末和夜间筛查场次' },
    { id: 'followup', text: '阳性病例后续治疗跟踪不够', cause: '转诊信息在医院间未完全共享', measure: '建立转诊治疗信息共享机制' },
  ],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), Y = b.Y.bind(b), T = b.T.bind(b), nd = b.nd.bind(b);
  b.title('鹤汀区2024年适龄妇女“两癌”免费筛查项目绩效自评报告');
  b.h1('一、项目概况');
  b.p`（一）项目基本情况。适龄妇女宫颈癌和乳腺癌免费筛查是区政府承诺办理的民生实事，面向辖区${nd('35至64岁', 'age range')}常住妇女，由区妇幼保健院牵头，各社区卫生服务中心负责组织预约，覆盖全区${N('achievements[4].value', '个', { cn: true })}街道（镇）。`;
  b.p`（二）项目绩效目标。全年完成宫颈癌筛查${N('indicators[0].target', '人')}以上、乳腺癌筛查${N('indicators[1].target', '人')}以上；异常结果随访率不低于${P('indicators[2].target', { dec: 0 })}，筛查结果在${N('indicators[4].target', '天')}内告知本人；受检妇女满意度不低于${P('indicators[8].target', { dec: 0 })}。`;
  b.h1('二、项目资金使用情况');
  b.p`（一）资金来源及到位。项目年初预算${W('budget.initial')}，其中区级财政拨款${W('budget.sources.current.initial')}、上年结转${W('budget.sources.prior.initial')}。年中根据筛查进度调减区级资金${W('budget.adjustments[0].amount')}，全年预算调整为${W('budget.total', { id: 'tot' })}。`;
  b.p`（二）资金支出。全年支出${W('budget.actual', { id: 'act' })}，执行率${P('budget.actual / budget.total * 100', { id: 'rate' })}，结余${W('budget.carryover')}。按支出内容分：宫颈癌筛查${W('projects[0].actual', { id: 'cerv' })}，占${P('projects[0].actual / budget.actual * 100', { id: 'share' })}；乳腺癌筛查${W('projects[1].actual')}，占${P('projects[1].actual / budget.actual * 100')}；阳性病例随访及健康宣教${W('projects[2].actual')}，占${P('projects[2].actual / budget.actual * 100')}，其中健康宣教支出${W('projects[2].items[1].amount', { id: 'edu' })}。`;
  b.table([
    ['资金来源', '年初预算数（万元）', '全年预算数（万元）', '全年执行数（万元）', '执行率'],
    ['合计', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), P('budget.actual / budget.total * 100')],
    ['区级财政拨款', W('budget.sources.current.initial', { cell: true }), W('budget.sources.current.total', { cell: true }), W('budget.sources.current.actual', { cell: true }), P('budget.sources.current.actual / budget.sources.current.total * 100')],
    ['上年结转资金', W('budget.sources.prior.initial', { cell: true }), W('budget.sources.prior.total', { cell: true }), W('budget.sources.prior.actual', { cell: true }), P('budget.sources.prior.actual / budget.sources.prior.total * 100')],
  ]);
  b.p`（三）资金管理。筛查费用按实际筛查人数和物价部门核定的收费标准结算，区卫生健康局每季度审核一次结算清单，资金直接拨付到承担筛查任务的医疗机构。`;
  b.h1('三、项目绩效情况');
  b.p`（一）产出完成情况`;
  b.p`1.数量。全年完成宫颈癌筛查${N('indicators[0].actual', '人', { sep: true })}，完成目标的${P('indicators[0].actual / indicators[0].target * 100')}；乳腺癌筛查${N('indicators[1].actual', '人', { sep: true })}，完成目标的${P('indicators[1].actual / indicators[1].target * 100')}。两项合计筛查${N('indicators[0].actual + indicators[1].actual', '人次', { sep: true })}，比上年的${N('achievements[0].prior', '人次', { sep: true })}增长${P('(achievements[0].value - achievements[0].prior) / achievements[0].prior * 100', { dec: 1 })}。`;
  b.p`2.质量。异常结果随访率${P('indicators[2].actual', { dec: 1 })}，早诊率${P('indicators[3].actual', { dec: 1 })}。全年检出宫颈癌前病变${N('achievements[1].value', '例')}，确诊宫颈癌患者${N('achievements[2].value', '例')}、乳腺癌患者${N('achievements[3].value', '例')}，均已转诊治疗。`;
  b.p`3.时效。筛查结果平均在${N('indicators[4].actual', '天')}内告知受检者。`;
  b.p`4.成本。宫颈癌筛查人均成本${N('indicators[5].actual', '元', { dec: 2 })}（${W('projects[0].actual')}÷${N('indicators[0].actual', '人', { sep: true })}），未超过${N('indicators[5].target', '元')}的标准。`;
  b.p`（二）效益完成情况`;
  b.p`通过“两癌”筛查，做到早发现、早诊断、早治疗，辖区适龄妇女两癌防治知识知晓率达到${P('indicators[6].actual', { dec: 1 })}，筛查服务覆盖全部街道（镇）。`;
  b.p`（三）满意度情况`;
  b.p`区妇幼保健院对受检妇女随机回访，满意度为${P('indicators[8].actual', { dec: 1 })}。`;
  b.h1('四、自评得分情况');
  b.p`项目自评得分${S('scoreSummary.scoreTotal', { id: 'total' })}，等级为${G('grade(scoreSummary.scoreTotal)')}。评分明细如下：`;
  const ind = (i) => [b.data.indicators[i].level1, b.data.indicators[i].name, T(`indicators[${i}].target`), T(`indicators[${i}].actual`), S(`indicators[${i}].weight`, { cell: true }), S(`indicators[${i}].score`, { cell: true })];
  b.table([
    ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
    ['预算执行率', '预算执行率', P('100', { dec: 0 }), P('budget.actual / budget.total * 100'), S('budgetRate.weight', { cell: true }), S('budgetRate.score', { cell: true })],
    ...b.data.indicators.map((x, i) => ind(i)),
    ['总分', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('budgetRate.score + sum(indicators[*].score)', { cell: true })],
  ]);
  b.h1('五、存在的问题及原因');
  b.p`1.宫颈癌筛查人数未达目标，比目标少${N('indicators[0].target - indicators[0].actual', '人')}，主要原因是部分预约对象外出务工未能到检。`;
  b.p`2.阳性病例后续治疗跟踪不够，转诊信息在医院之间尚未完全共享。`;
  b.h1('六、下一步措施');
  b.p`1.增加周末和夜间筛查场次，对未到检对象电话二次预约。`;
  b.p`2.建立阳性病例转诊治疗信息共享机制，实现筛查、诊断、治疗全程跟踪。`;
  b.p`鹤汀区卫生健康局`;
  b.p`2025年3月`;
}

module.exports = {
  id: '05', slug: 'heting-liangai', ext: 'txt', style: { indent: '', table: 'tab', paraBlank: false, blankBeforeHead: true }, sep: false,
  header: ['青岫市鹤汀区（岚溪省，虚构）2024年适龄妇女两癌免费筛查：项目支出，区县级。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'edu', new: '13.20元', kind: 'scale-slip-wan-to-yuan', internal: 'yes', why: '健康宣教支出只写一次，作为“其中”项，单位写成元后报告本身仍自洽' },
    { id: 'share', new: '56.25%', kind: 'share-percent', internal: 'no', why: '宫颈癌筛查占比应为196.35÷372.95' },
  ],
};

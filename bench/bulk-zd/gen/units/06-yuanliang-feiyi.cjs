'use strict';
// 06 沅梁市非物质文化遗产保护专项资金（项目，市级，Word）
const { m } = require('../lib.cjs');
const { indRows } = require('../common.cjs');

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '沅梁市文化旅游广电局',
    shortName: '市文旅广电局',
    department: '沅梁市文化旅游广电局',
    implementer: '沅梁市非物质文化遗产保护中心',
    project: '2024年沅梁市非物质文化遗产保护专项资金',
    title: '沅梁市2024年度非物质文化遗产保护专项资金绩效自评报告',
  },
  background: {
    purpose: ['代表性传承人补助', '非遗项目保护传承', '非遗展示展演及宣传', '非遗工坊和传承基地建设'],
    regulations: [{ title: '沅梁市非物质文化遗产保护专项资金管理办法', number: '沅财文〔2022〕11号' }],
  },
  budget: {
    initial: m('650.00'),
    adjustments: [{ type: '追加', amount: m('85.00'), reason: '省级非遗保护补助' }],
    total: m('735.00'),
    actual: m('718.26'),
    carryover: m('16.74'),
    sources: { current: { initial: m('650.00'), total: m('735.00'), actual: m('718.26') } },
  },
  budgetRate: { weight: 10, score: 9.77 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.97, grade: '优' },
  projects: [
    { name: '代表性传承人补助', total: m('186.00'), actual: m('186.00') },
    { name: '非遗项目保护传承', total: m('312.00'), actual: m('305.46') },
    { name: '非遗展示展演及宣传', total: m('147.00'), actual: m('142.38') },
    { name: '非遗工坊和传承基地建设', total: m('90.00'), actual: m('84.42') },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '补助市级代表性传承人', target: '124人', actual: '124人', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '开展非遗展演活动', target: '≥40场次', actual: '46场次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '支持非遗保护项目', target: '≥30个', actual: '32个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '保护项目验收合格率', target: '≥95%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '传承人补助发放', target: '6月底前发放', actual: '按时发放', weight: 5, score: 5, band: '达成' },
    { level1: '成本指标', level2: '经济成本指标', name: '市级传承人年补助标准', target: '1.5万元', actual: '1.5万元', weight: 5, score: 5 },
    { level1: '效益指标', level2: '社会效益指标', name: '线上线下受众', target: '≥80万人次', actual: '96.3万人次', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '非遗工坊带动就业', target: '≥150人', actual: '138人', weight: 10, score: 9.2, deviation: { reason: '两家工坊年底才建成投产', measure: '跟踪工坊用工情况' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '新认定市级非遗代表性项目', target: '≥8项', actual: '9项', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '93.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'workshops', group: '非遗工坊和传承基地建设', name: '新建非遗工坊', value: 7, unit: '家' },
    { id: 'bases', group: '非遗工坊和传承基地建设', name: '新建传承基地', value: 5, unit: '个' },
    { id: 'campus', group: '非遗展示展演及宣传', name: '非遗进校园活动', value: 63, unit: '场次' },
    { id: 'apprentices', group: '非遗项目保护传承', name: '传承人带徒', value: 418, unit: '人' },
  ],
  problems: [
    { id: 'jobs', text: '非遗工坊带动就业未达目标', cause: '两家工坊年底才建成投产', measure: '跟踪工坊用工，落实就业补贴' },
    { id: 'aging', text: '传承人老龄化问题突出', cause: '青年学徒收入低、留不住', measure: '提高带徒补助，开展研培' },
  ],
};

function build(b) {
  const W = b.W.bind(b), P = b.P.bind(b), N = b.N.bind(b), S = b.S.bind(b), G = b.G.bind(b), nd = b.nd.bind(b), T = b.T.bind(b);
  b.title('沅梁市2024年度非物质文化遗产保护专项资金绩效自评报告');
  b.h1('一、基本情况');
  b.p`沅梁市现有国家级非遗代表性项目${nd('6项', 'count not in data')}、省级${nd('31项', 'count not in data')}，市级代表性传承人${N('indicators[0].actual', '人')}。为加强非遗保护传承，市财政设立非物质文化遗产保护专项资金，按照《沅梁市非物质文化遗产保护专项资金管理办法》（沅财文〔2022〕11号）管理，由市非物质文化遗产保护中心具体实施。资金主要用于代表性传承人补助、非遗项目保护传承、非遗展示展演及宣传、非遗工坊和传承基地建设四个方面。`;
  b.p`2024年绩效目标为：补助市级代表性传承人${N('indicators[0].target', '人')}，开展非遗展演活动不少于${N('indicators[1].target', '场次')}，支持非遗保护项目不少于${N('indicators[2].target', '个')}，线上线下受众达到${N('indicators[6].target', '万人次')}以上，非遗工坊带动就业不少于${N('indicators[7].target', '人')}。`;
  b.h1('二、资金投入和使用情况');
  b.h2('（一）资金投入');
  b.p`年初预算${W('budget.initial')}，下半年省级下达非遗保护补助${W('budget.adjustments[0].amount')}，全年可用资金${W('budget.total', { id: 'tot' })}。`;
  b.h2('（二）资金使用');
  b.p`全年实际支出${W('budget.actual', { id: 'act' })}，执行率${P('budget.actual / budget.total * 100')}，结余${W('budget.carryover')}。各项支出如下表。`;
  b.table([
    ['支出项目', '全年预算（万元）', '实际支出（万元）', '执行率', '主要用途'],
    ['代表性传承人补助', W('projects[0].total', { cell: true }), W('projects[0].actual', { cell: true }), P('projects[0].actual / projects[0].total * 100', { dec: 0 }), '按每人每年标准发放'],
    ['非遗项目保护传承', W('projects[1].total', { cell: true }), W('projects[1].actual', { cell: true }), P('projects[1].actual / projects[1].total * 100'), '记录整理、研培、带徒'],
    ['非遗展示展演及宣传', W('projects[2].total', { cell: true }), W('projects[2].actual', { cell: true, id: 'pa2' }), P('projects[2].actual / projects[2].total * 100'), '展演、进校园、新媒体传播'],
    ['非遗工坊和传承基地建设', W('projects[3].total', { cell: true }), W('projects[3].actual', { cell: true }), P('projects[3].actual / projects[3].total * 100'), '工坊和基地建设补助'],
    ['合计', W('budget.total', { cell: true }), W('budget.actual', { cell: true }), P('budget.actual / budget.total * 100'), ''],
  ], { caption: '2024年非遗保护专项资金支出明细' });
  b.p`传承人补助按每人每年${W('projects[0].actual / indicators[0].actual', { dec: 1 })}的标准足额发放，共${W('projects[0].actual', { dec: 0 })}。`;
  b.h2('（三）资金管理');
  b.p`专项资金实行项目库管理，项目经专家评审后立项，资金按进度拨付，项目完成后组织验收。全年共评审项目申报书${nd('57份', 'count not in data')}，入库项目${N('indicators[2].actual', '个')}。`;
  b.h1('三、绩效目标实现情况');
  b.h2('（一）产出');
  b.p`全年补助市级代表性传承人${N('indicators[0].actual', '人')}，支持非遗保护项目${N('indicators[2].actual', '个')}，验收合格率${P('indicators[3].actual', { dec: 0 })}；开展非遗展演活动${N('indicators[1].actual', '场次')}，另开展非遗进校园活动${N('achievements[2].value', '场次')}；新建非遗工坊${N('achievements[0].value', '家', { cn: true })}、传承基地${N('achievements[1].value', '个', { cn: true })}；传承人全年带徒${N('achievements[3].value', '人')}。传承人补助于6月底前全部发放到位。`;
  b.h2('（二）效益');
  b.p`非遗展演和新媒体传播线上线下受众${N('indicators[6].actual', '万人次', { dec: 1 })}，超过目标${N('indicators[6].actual - indicators[6].target', '万人次', { dec: 1 })}。新认定市级非遗代表性项目${N('indicators[8].actual', '项', { cn: true })}。非遗工坊带动就业${N('indicators[7].actual', '人')}，完成率${P('indicators[7].actual / indicators[7].target * 100', { id: 'jobsrate' })}，未达目标的原因是两家工坊年底才建成投产。`;
  b.h2('（三）满意度');
  b.p`通过现场问卷和线上投票调查，群众满意度${P('indicators[9].actual', { dec: 1 })}。`;
  b.h1('四、自评结论');
  b.p`经自评，本项目得分${S('scoreSummary.scoreTotal', { id: 'total' })}，评价等级“${G('grade(scoreSummary.scoreTotal)')}”。`;
  b.table([
    ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
    ['年度资金总额', W('budget.initial', { cell: true }), W('budget.total', { cell: true }), W('budget.actual', { cell: true }), S('budgetRate.weight', { cell: true }), P('budget.actual / budget.total * 100'), S('budgetRate.score', { cell: true })],
    ['其中：当年财政拨款', W('budget.sources.current.initial', { cell: true }), W('budget.sources.current.total', { cell: true }), W('budget.sources.current.actual', { cell: true }), '—', P('budget.sources.current.actual / budget.sources.current.total * 100'), '—'],
  ], { caption: '2024年度项目支出绩效自评表' });
  b.table([
    ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
    ...indRows(b, { mergeLevel1: true }),
    ['总分', '', '', '', '', S('budgetRate.weight + sum(indicators[*].weight)', { cell: true }), S('budgetRate.score + sum(indicators[*].score)', { cell: true }), ''],
  ]);
  b.h1('五、存在的问题');
  b.p`（一）非遗工坊带动就业未达目标，比目标少${N('indicators[7].target - indicators[7].actual', '人')}。（二）传承人老龄化问题突出，青年学徒收入低、留不住。`;
  b.h1('六、改进措施');
  b.p`（一）跟踪新建工坊用工情况，落实就业补贴政策。（二）提高带徒补助标准，联合高校开展非遗研培，吸引青年学习传统技艺。（三）自评结果在市文旅广电局网站公开，并作为2025年资金分配的依据。`;
  b.p`联系人：陈晓岚　　联系电话：0745-3318027`;
}

module.exports = {
  id: '06', slug: 'yuanliang-feiyi', ext: 'docx', author: '沅梁市非物质文化遗产保护中心', sep: false,
  header: ['沅梁市（岚溪省，虚构）2024年度非物质文化遗产保护专项资金：项目支出，市级。金额单位：万元。', '所有单位、地名、人名均为虚构。'],
  data, build,
  bad: [
    { id: 'pa2', new: '124.38', kind: 'sum-parts-not-updated', internal: 'no', why: '明细表中一行实际支出改错，合计718.26未变，各行不再相加' },
    { id: 'jobsrate', new: '93.00%', kind: 'completion-rate', internal: 'no', why: '完成率应为138÷150=92.00%' },
  ],
};

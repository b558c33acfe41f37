'use strict';
// 12 蔚桐县总工会（部门整体，县级，Word）
const data = {
  kind: 'department',
  version: 2,
  meta: { year: 2024, unit: '荇洲市蔚桐县总工会', shortName: '县总工会', title: '蔚桐县总工会2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 16, actual: 15, priorActual: 15, retired: 9, controlRate: 93.75 },
  background: {
    functions: ['职工权益维护', '困难职工帮扶', '职工技能提升', '基层工会组织建设'],
    organization: ['办公室', '组织宣传部', '权益保障部', '经费审查委员会办公室'],
  },
  budget: {
    initial: 642.3,
    adjustments: [
      { type: '追加', amount: 118.5, reason: '上级工会困难职工帮扶补助' },
      { type: '压减', amount: 20.8, reason: '压减一般性支出' },
    ],
    total: 740,
    actual: 721.46,
    carryover: 18.54,
  },
  basicExpense: { total: 368.92, personnel: 321.6, publicUse: 47.32, budget: 375, prior: 359.48, changeRate: 2.63 },
  projectExpense: { total: 352.54, budget: 365, prior: 331.7, changeRate: 6.28, reason: '困难职工帮扶补助增加' },
  projects: [
    { name: '困难职工帮扶', initial: 120, adjustment: 118.5, total: 238.5, actual: 234 },
    { name: '职工技能竞赛和培训', initial: 62.3, total: 52.3, actual: 49.86 },
    { name: '户外劳动者服务站点运维', initial: 50, total: 45, actual: 42.18 },
    { name: '职工文体活动', initial: 35, total: 29.2, actual: 26.5 },
  ],
  threePublic: {
    vehicle: { prior: 4.2, budget: 4.5, actual: 3.96, changeRate: -5.71 },
    vehicleOperation: { prior: 4.2, budget: 4.5, actual: 3.96, changeRate: -5.71 },
    reception: { prior: 1.05, budget: 1.2, actual: 0.88, changeRate: -16.19 },
    total: { prior: 5.25, budget: 5.7, actual: 4.84, changeRate: -7.81 },
  },
  budgetRate: { weight: 10, score: 9.75 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.08, grade: '优' },
  goals: { expected: ['维护职工合法权益，做好困难职工帮扶'] },
  indicators: [
    { level1: '运行成本', level2: '成本控制', name: '“三公”经费控制率', target: '≤100%', actual: '84.91%', weight: 5, score: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤5%', actual: '2.51%', weight: 5, score: 5, direction: 'negative' },
    { level1: '管理效率', level2: '资产管理', name: '资产账实相符率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '履职效能', level2: '重点工作', name: '帮扶困难职工', target: '≥1800人', actual: '1872人', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '举办职工技能竞赛', target: '12场', actual: '10场', weight: 10, score: 8.33,
      deviation: { reason: '两个行业竞赛因企业生产任务重延期', measure: '与行业主管部门提前确定赛期' } },
    { level1: '履职效能', level2: '重点工作', name: '户外劳动者服务站点', target: '60个', actual: '60个', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '新增工会会员', target: '≥2000人', actual: '2346人', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益', name: '职工技能等级提升', target: '≥500人', actual: '586人', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益', name: '服务站点年服务', target: '≥20万人次', actual: '23.5万人次', weight: 10, score: 10 },
    { level1: '可持续发展能力', level2: '组织建设', name: '工会组织覆盖率', target: '≥90%', actual: '92.4%', weight: 5, score: 5 },
    { level1: '满意度', level2: '服务对象满意度', name: '职工群众满意度', target: '≥90%', actual: '94.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'rank', group: '履职效能', topic: '考核', name: '全市工会工作目标考核名次', value: 2, unit: '位' },
    { id: 'members', group: '可持续发展能力', topic: '会员', name: '全县工会会员', value: 6.83, unit: '万人' },
    { id: 'mutual', group: '社会效应', topic: '互助保障', name: '职工互助保障参保', value: 2.15, unit: '万人次' },
  ],
  problems: [
    { id: 'contest', text: '技能竞赛场次未达目标', cause: '企业生产任务重', measure: '提前确定赛期' },
  ],
  application: ['随部门决算公开'],
};

const NB = '\u00a0';
const body = `#T 蔚桐县总工会2024年度部门整体支出绩效自评报告
#A 一、部门基本情况
县总工会是全县职工自愿结合的工人阶级群众组织的领导机关，内设[[4|内设机构个数]]个部室。编制{{staffing.authorized|0}}名，年末在职{{staffing.actual|0}}人，人员控制率{{staffing.controlRate|2}}%，退休人员{{staffing.retired|0}}人。全县工会会员{{A('members').value|2|b=8.63~全县工会会员（万人，只出现一次）}}万人。
#A 二、部门整体支出情况
#B （一）预算执行
年初预算{{budget.initial|2}}${NB}万元，年中追加{{budget.adjustments[0].amount|2}}${NB}万元[fn:追加资金为上级工会困难职工帮扶补助，全部用于困难职工帮扶项目，该项目全年预算{{projects[0].total|2}}万元、支出{{projects[0].actual|2}}万元。]，压减{{budget.adjustments[1].amount|2}}${NB}万元，全年预算{{budget.total|2}}${NB}万元。全年支出{{budget.actual|2|brk=3}}${NB}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结转结余{{budget.carryover|2}}${NB}万元。
#B （二）支出结构
基本支出{{basicExpense.total|2}}万元，同比增长{{basicExpense.changeRate|2}}%，其中人员经费{{basicExpense.personnel|2}}万元、公用经费{{basicExpense.publicUse|2}}万元；项目支出{{projectExpense.total|2}}万元，同比增长{{projectExpense.changeRate|2}}%，主要是困难职工帮扶补助增加。“三公”经费{{threePublic.total.actual|2}}万元，比上年下降{{-threePublic.total.changeRate|2}}%，其中公务用车运行维护费{{threePublic.vehicleOperation.actual|2}}万元、公务接待费{{threePublic.reception.actual|2}}万元。
#R 单位：元
@@table w=2600,2400,2400,1400 head=1
| 支出类别 | 全年预算 | 实际支出 | 执行率 |
| 基本支出 | {{basicExpense.budget*10000|2t}} | {{basicExpense.total*10000|2t}} | {{basicExpense.total/basicExpense.budget*100|2}}% |
| 项目支出 | {{projectExpense.budget*10000|2t}} | {{projectExpense.total*10000|2t}} | {{projectExpense.total/projectExpense.budget*100|2}}% |
| 合计 | {{budget.total*10000|2t}} | {{budget.actual*10000|2t}} | {{budget.actual/budget.total*100|2}}% |
#B （三）项目支出明细
@@table w=3000,1400,1400,1400,1400 head=1
| 项目（万元） | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 困难职工帮扶 | {{projects[0].initial|2}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 职工技能竞赛和培训 | {{projects[1].initial|2}} | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 户外劳动者服务站点运维 | {{projects[2].initial|2}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 职工文体活动 | {{projects[3].initial|2}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].actual/projects[3].total*100|2}}% |
#A 三、绩效目标完成情况
全年帮扶困难职工{{num(indicators[3].actual)|0t|lit}}人，人均帮扶{{projects[0].actual*10000/num(indicators[3].actual)|2t}}元；举办职工技能竞赛{{num(indicators[4].actual)|0|lit}}场，比计划少{{num(indicators[4].target)-num(indicators[4].actual)|0}}场，职工技能等级提升{{num(indicators[7].actual)|0|lit}}人。{{num(indicators[5].actual)|0|lit}}个户外劳动者服务站点全年服务{{num(indicators[8].actual)|1|lit}}万人次，新增工会会员{{num(indicators[6].actual)|0t|lit}}人，工会组织覆盖率{{num(indicators[9].actual)|1|lit}}%。职工互助保障参保{{A('mutual').value|2}}万人次，参保职工中农民工约占[[三成|参保构成（数据无）]]。全县工会工作在全市目标考核中列第{{A('rank').value|0}}位。职工群众满意度{{num(indicators[10].actual)|1|lit}}%。
#A 四、自评得分
@@table w=1700,3300,1000,1000,1800 head=1
| 评价维度 | 指标 | 权重 | 得分 | 备注 |
| 预算执行 | 预算执行率 | {{budgetRate.weight|0}} | {{budgetRate.score|2}} | 执行率{{budget.actual/budget.total*100|2}}% |
| 运行成本 | “三公”经费控制率 | {{indicators[0].weight|0}} | {{indicators[0].score|0}} | {{num(indicators[0].actual)|2|lit}}% |
| 管理效率 | 结转结余率 | {{indicators[1].weight|0}} | {{indicators[1].score|0}} | {{num(indicators[1].actual)|2|lit}}% |
| ^ | 资产账实相符率 | {{indicators[2].weight|0}} | {{indicators[2].score|0}} | {{num(indicators[2].actual)|0|lit}}% |
| 履职效能 | 帮扶困难职工 | {{indicators[3].weight|0}} | {{indicators[3].score|0}} | {{num(indicators[3].actual)|0|lit}}人 |
| ^ | 举办职工技能竞赛 | {{indicators[4].weight|0}} | {{indicators[4].score|2|a=8.83~评分表“得分”列（与 10 ÷ 12 × 10 = 8.33、合计 98.08 不符）}} | {{num(indicators[4].actual)|0|lit}}场/{{num(indicators[4].target)|0|lit}}场 |
| ^ | 户外劳动者服务站点 | {{indicators[5].weight|0}} | {{indicators[5].score|0}} | {{num(indicators[5].actual)|0|lit}}个 |
| ^ | 新增工会会员 | {{indicators[6].weight|0}} | {{indicators[6].score|0}} | {{num(indicators[6].actual)|0|lit}}人 |
| 社会效应 | 职工技能等级提升 | {{indicators[7].weight|0}} | {{indicators[7].score|0}} | {{num(indicators[7].actual)|0|lit}}人 |
| ^ | 服务站点年服务 | {{indicators[8].weight|0}} | {{indicators[8].score|0}} | {{num(indicators[8].actual)|1|lit}}万人次 |
| 可持续发展能力 | 工会组织覆盖率 | {{indicators[9].weight|0}} | {{indicators[9].score|0}} | {{num(indicators[9].actual)|1|lit}}% |
| 满意度 | 职工群众满意度 | {{indicators[10].weight|0}} | {{indicators[10].score|0}} | {{num(indicators[10].actual)|1|lit}}% |
| 合计 | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2|brk=3}} | 等级：优 |
#A 五、存在的问题及改进措施
技能竞赛场次未达到目标，有两个行业竞赛因企业生产任务重而延期。下一步将与行业主管部门提前确定赛期，错开企业生产高峰。
#R 蔚桐县总工会
#R 2025年3月25日
`;

module.exports = {
  id: '12', slug: 'zonggonghui', format: 'docx', level: '县',
  title: '蔚桐县总工会2024年度部门整体支出绩效自评报告', author: '县总工会办公室', sector: '工会（困难职工帮扶、职工服务）',
  yamlHeader: `2024年度蔚桐县总工会（部门整体支出）。虚构数据，金额单位万元。
全年预算740 = 基本支出预算375 + 项目支出预算365；执行721.46 = 基本368.92 + 项目352.54；执行率97.49%，得分9.75。`,
  styles: ['评分表：权重一列、得分一列、合计行（横向合并），评价维度纵向合并', '“单位：元”写在表上方、表头不写单位的元表（两位小数千分位）', '数字与“万元”之间用不换行空格 U+00A0', 'Word 脚注中含核对数字', 'Word run 边界拆开数字（721|.46、98.|08）', '人均帮扶（元，算式）', '“10场/12场”写在备注列', '约三成（skip，数据无）', '全市第2位'],
  data, body,
};

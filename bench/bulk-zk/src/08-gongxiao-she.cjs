'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '08', slug: 'gongxiao-she', format: 'txt', level: '县',
  sector: '供销合作：县供销合作社联合社部门整体支出',
  styles: ['空格作千分位（1 291.70）', '窄空格作千分位（1\u2009046.20）', '约（亿元，作者取整）', '同比增长与个百分点', '分别为列举', '“三公”与上年比较写在句子里（增减率正负混排）', '成本指标（反向）', '文本表'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '萸陂县供销合作社联合社',
    shortName: '县供销社',
    title: '萸陂县供销合作社联合社2024年度部门整体支出绩效自评报告',
  },
  staffing: { authorized: 28, actual: 24, priorActual: 25, retired: 31, controlRate: 85.71 },
  budget: {
    initial: 1046.2,
    adjustments: [
      { type: '追加', amount: 268, reason: '县域商业体系建设补助' },
      { type: '压减', amount: 22.5, reason: '项目结算压减' },
    ],
    total: 1291.7,
    actual: 1255.03,
    rate: 97.16,
    carryover: 36.67,
  },
  basicExpense: { total: 612.45, personnel: 531.08, publicUse: 81.37, budget: 620, prior: 598.92, changeRate: 2.26 },
  projectExpense: { total: 642.58, budget: 671.7, prior: 455.16, changeRate: 41.18 },
  projects: [
    { name: '县域商业体系建设', initial: 180, adjustment: 268, total: 448, actual: 436.25, carryover: 11.75 },
    { name: '为农服务中心运营补助', initial: 150, total: 135, actual: 128.73, carryover: 6.27 },
    { name: '基层社规范化建设', initial: 96.2, total: 88.7, actual: 77.6, carryover: 11.1 },
  ],
  threePublic: {
    reception: { prior: 2.34, budget: 2.8, actual: 2.17, changeRate: -7.26 },
    vehicle: { prior: 6.52, budget: 7, actual: 6.88, changeRate: 5.52 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 8.86, budget: 9.8, actual: 9.05, changeRate: 2.14 },
  },
  procurement: { budget: 312, actual: 298.64, goods: { budget: 86, actual: 81.24 }, works: { budget: 226, actual: 217.4 } },
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '改造提升乡镇供销综合服务社', target: '≥12个', actual: '12个', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新建村级综合服务站', target: '≥45个', actual: '51个', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '农资配送村级网点覆盖率', target: '≥90%', actual: '86.4%', weight: 10, deviation: { reason: '偏远山区村配送成本高，网点未覆盖', measure: '与邮政共建配送线路' } },
    { level1: '产出指标', level2: '质量指标', name: '基层社规范化达标率', target: '≥80%', actual: '83.3%', weight: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '系统销售总额增长率', target: '≥8%', actual: '9.6%', weight: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '带动农民增收', target: '≥1500万元', actual: '1862万元', weight: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '社有资产保值增值率', target: '≥100%', actual: '103.8%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '社员和服务对象满意度', target: '≥90%', actual: '92.7%', weight: 10 },
    { level1: '成本指标', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '92.35%', weight: 5, direction: 'negative' },
    { level1: '成本指标', level2: '经济成本指标', name: '公用经费支出', target: '≤85万元', actual: '81.37万元', weight: 5, direction: 'negative' },
  ],
  achievements: [
    { id: 'sales', group: '效益指标', topic: '经营', name: '全系统销售总额', value: 12.63, unit: '亿元', changeRate: 9.6 },
    { id: 'new_members', group: '产出指标', topic: '组织', name: '新发展社员', value: 386, unit: '户' },
    { id: 'stations_total', group: '产出指标', topic: '网点', name: '村级综合服务站累计', value: 214, unit: '个' },
    { id: 'fertilizer', group: '为农服务中心运营补助', topic: '农资', name: '配送化肥', value: 2.14, unit: '万吨' },
  ],
  problems: [
    { id: 'coverage', text: '农资配送网点覆盖率未达目标', cause: '偏远山区村配送成本高', measure: '与邮政共建配送线路' },
    { id: 'grassroots', text: '基层社实力偏弱', cause: '经营项目单一', measure: '发展联合社和专业合作社' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 萸陂县供销合作社联合社 2024年度 部门整体支出。全部为虚构数据。金额单位：万元。
# 两个项目年中压减（为农服务中心运营补助15万元、基层社规范化建设7.5万元），只写 initial 与 total。
# 指标一级名称用产出、效益、满意度、成本。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const report = `萸陂县供销合作社联合社2024年度部门整体支出绩效自评报告

一、部门概况
  县供销社是县政府直属的为农服务合作经济组织，机关设办公室、业务发展股、财务审计股[[3|内设股室个数]]个股室，下辖[[14|基层社个数]]个基层供销社。年末核定编制{{staffing.authorized|0}}名，实有在职人员{{staffing.actual|0}}人，比上年减少{{staffing.priorActual-staffing.actual|0}}人，人员控制率{{staffing.controlRate|2}}%；另有离退休人员{{staffing.retired|0}}人。

二、预算收支
  （一）总体情况
  年初预算{{budget.initial|2h}}万元，年中追加县域商业体系建设补助{{budget.adjustments[0].amount|2}}万元、项目结算压减{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2s}}万元。全年支出{{budget.actual|2s}}万元，预算执行率{{budget.rate|2}}%，结转结余{{budget.carryover|2}}万元。
  （二）基本支出
  基本支出{{basicExpense.total|2|r=basicExpense.personnel,basicExpense.publicUse}}万元，人员经费、公用经费分别为{{basicExpense.personnel|2|a=513.08~金额（人员经费，正文）~yes~与公用经费81.37之和应为基本支出612.45}}万元和{{basicExpense.publicUse|2}}万元；较上年增长{{basicExpense.changeRate|2|r=basicExpense.total,basicExpense.prior}}%，主要是调整了在职人员绩效工资。
  （三）项目支出
  项目支出{{projectExpense.total|2}}万元，较上年{{projectExpense.prior|2}}万元增长{{projectExpense.changeRate|2|r=projectExpense.total,projectExpense.prior}}%，增加的主要是县域商业体系建设补助。

@@grid
项目名称|年初预算|全年预算|支出|结余|执行率
县域商业体系建设|{{${P(0, 'initial')}|2}}|{{${P(0, 'total')}|2}}|{{${P(0, 'actual')}|2}}|{{${P(0, 'carryover')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
为农服务中心运营补助|{{${P(1, 'initial')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2}}|{{${P(1, 'carryover')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
基层社规范化建设|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2}}|{{${P(2, 'carryover')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%
项目合计|{{${P(0, 'initial')}+${P(1, 'initial')}+${P(2, 'initial')}|2}}|{{projectExpense.budget|2|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{projectExpense.total|2|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{${P(0, 'carryover')}+${P(1, 'carryover')}+${P(2, 'carryover')}|2}}|{{projectExpense.total/projectExpense.budget*100|2}}%
基本支出|{{budget.initial-${P(0, 'initial')}-${P(1, 'initial')}-${P(2, 'initial')}|2}}|{{basicExpense.budget|2}}|{{basicExpense.total|2}}|{{basicExpense.budget-basicExpense.total|2}}|{{basicExpense.total/basicExpense.budget*100|2}}%
总计|{{budget.initial|2s}}|{{budget.total|2s}}|{{budget.actual|2s}}|{{budget.carryover|2}}|{{budget.rate|2}}%
@@end
  （单位：万元）

  （四）“三公”经费
  “三公”经费支出{{${T('total', 'actual')}|2}}万元，上年为{{${T('total', 'prior')}|2}}万元，同比增长{{${T('total', 'changeRate')}|2|r=${T('total', 'actual')},${T('total', 'prior')}}}%，控制在年度预算{{${T('total', 'budget')}|2}}万元以内。公务接待费{{${T('reception', 'actual')}|2}}万元，同比下降{{-${T('reception', 'changeRate')}|2|r=${T('reception', 'actual')},${T('reception', 'prior')}}}%；公务用车运行维护费{{${T('vehicle', 'actual')}|2}}万元，同比增长{{${T('vehicle', 'changeRate')}|2|r=${T('vehicle', 'actual')},${T('vehicle', 'prior')}}}%，主要是[[1|车辆数]]辆公务用车大修；无因公出国（境）支出。
  （五）政府采购
  政府采购预算{{procurement.budget|2}}万元，实际采购{{procurement.actual|2}}万元，其中货物{{procurement.goods.actual|2}}万元、工程{{procurement.works.actual|2}}万元。

三、绩效目标完成情况
  （一）产出
  改造提升乡镇供销综合服务社{{num(${I(0)}.actual)|0|lit}}个，新建村级综合服务站{{num(${I(1)}.actual)|0|lit}}个，全县村级综合服务站累计达到{{${A('stations_total')}|0}}个。农资配送村级网点覆盖率{{num(${I(2)}.actual)|1|lit}}%，比目标低{{num(${I(2)}.target)-num(${I(2)}.actual)|1}}个百分点；为农服务中心配送化肥{{${A('fertilizer')}|2}}万吨。基层社规范化达标率{{num(${I(3)}.actual)|1|lit}}%，新发展社员{{${A('new_members')}|0|b=368~计数（新发展社员户数）~no}}户。
  （二）效益
  全系统实现销售总额约{{${A('sales')}|1|ap=约;w=12.6}}亿元，同比增长{{${A('sales', 'changeRate')}|1|r=${I(4)}.actual}}%，高于目标{{num(${I(4)}.actual)-num(${I(4)}.target)|1}}个百分点；带动农民增收{{num(${I(5)}.actual)|0s|lit}}万元；社有资产保值增值率{{num(${I(6)}.actual)|1|lit}}%。
  （三）满意度
  问卷调查社员和服务对象[[480|问卷份数]]人，满意度{{num(${I(7)}.actual)|1|lit}}%。
  （四）成本
  “三公”经费控制率{{${T('total', 'actual')}/${T('total', 'budget')}*100|2|r=${I(8)}.actual}}%，公用经费支出{{basicExpense.publicUse|2|r=${I(9)}.actual}}万元，均控制在目标以内。

四、自评得分
@@grid left=2
一级指标|三级指标|指标值|完成值|分值|得分
预算执行|预算执行率|[[100|执行率目标值]]%|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
产出指标|改造提升乡镇供销综合服务社|≥{{num(${I(0)}.target)|0|lit}}个|{{num(${I(0)}.actual)|0|lit}}个|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
产出指标|新建村级综合服务站|≥{{num(${I(1)}.target)|0|lit}}个|{{num(${I(1)}.actual)|0|lit}}个|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
产出指标|农资配送村级网点覆盖率|≥{{num(${I(2)}.target)|0|lit}}%|{{num(${I(2)}.actual)|1|lit}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|2}}
产出指标|基层社规范化达标率|≥{{num(${I(3)}.target)|0|lit}}%|{{num(${I(3)}.actual)|1|lit}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|0}}
效益指标|系统销售总额增长率|≥{{num(${I(4)}.target)|0|lit}}%|{{num(${I(4)}.actual)|1|lit}}%|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
效益指标|带动农民增收|≥{{num(${I(5)}.target)|0|lit}}万元|{{num(${I(5)}.actual)|0|lit}}万元|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
效益指标|社有资产保值增值率|≥{{num(${I(6)}.target)|0|lit}}%|{{num(${I(6)}.actual)|1|lit}}%|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
满意度指标|社员和服务对象满意度|≥{{num(${I(7)}.target)|0|lit}}%|{{num(${I(7)}.actual)|1|lit}}%|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
成本指标|“三公”经费控制率|≤{{num(${I(8)}.target)|0|lit}}%|{{num(${I(8)}.actual)|2|lit}}%|{{${I(8)}.weight|0}}|{{${I(8)}.score|0}}
成本指标|公用经费支出|≤{{num(${I(9)}.target)|0|lit}}万元|{{num(${I(9)}.actual)|2|lit}}万元|{{${I(9)}.weight|0}}|{{${I(9)}.score|0}}
合计||||{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8,9].map((n) => I(n) + '.score').join(',')}}}
@@end
  自评总分{{scoreSummary.scoreTotal|2}}分，等级为“优”。

五、问题和改进
  一是农资配送网点覆盖率未达目标，偏远山区村配送成本高，下一步与邮政共建配送线路，力争覆盖率达到[[95|下年目标]]%；二是基层社实力偏弱，[[14|基层社个数]]个基层社中仍有[[3|基层社个数]]个经营项目单一，下一步发展联合社和专业合作社。

萸陂县供销合作社联合社
2025年3月21日
`;

module.exports = { info, data, header, report };

'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '07', slug: 'shenji-ju', format: 'md', level: '市',
  sector: '审计：市审计局部门整体支出',
  styles: ['功能分类支出表（数据无此分类，分行 skip，合计行核对）', '占比/比重', '控制率较上年提高个百分点（算式）', '“三公”表带增减额和增减率列（负号）', '分别为列举', '部门整体评价维度评分表', '数字与单位间空格'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '蓼汀市审计局',
    shortName: '市审计局',
    title: '蓼汀市审计局2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 86, actual: 81, priorActual: 79, retired: 42, controlRate: 94.19 },
  background: {
    functions: ['预算执行和决算草案审计', '政府投资项目审计', '经济责任审计', '审计整改督查'],
    organization: ['办公室', '财政审计科', '经济责任审计科', '固定资产投资审计科', '审计数据中心'],
  },
  budget: {
    initial: 3264.8,
    adjustments: [
      { type: '追加', amount: 312.45, reason: '政府投资审计外聘中介和大数据平台' },
      { type: '压减', amount: 96, reason: '一般性支出压减' },
    ],
    total: 3481.25,
    actual: 3412.66,
    rate: 98.03,
    carryover: 68.59,
  },
  basicExpense: { total: 2386.14, personnel: 2047.53, publicUse: 338.61, budget: 2410, prior: 2298.7, changeRate: 3.8 },
  projectExpense: { total: 1026.52, budget: 1071.25, prior: 1158.34, changeRate: -11.38 },
  projects: [
    { name: '审计业务经费', initial: 520, adjustment: 186.45, total: 706.45, actual: 688.92, carryover: 17.53 },
    { name: '大数据审计平台建设', initial: 310, total: 240, actual: 216.38, carryover: 23.62 },
    { name: '审计整改督查和培训', initial: 120, adjustment: 4.8, total: 124.8, actual: 121.22, carryover: 3.58 },
  ],
  threePublic: {
    reception: { prior: 3.86, budget: 4.5, actual: 3.12, changeRate: -19.17 },
    vehicle: { prior: 18.4, budget: 19, actual: 16.75, changeRate: -8.97 },
    vehiclePurchase: { prior: 0, budget: 0, actual: 0 },
    vehicleOperation: { prior: 18.4, budget: 19, actual: 16.75 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 22.26, budget: 23.5, actual: 19.87, changeRate: -10.74 },
  },
  procurement: {
    budget: 486.3, actual: 462.18,
    goods: { budget: 128, actual: 121.46 },
    services: { budget: 358.3, actual: 340.72 },
    smallBusiness: 401.55,
  },
  assets: { total: 1862.47, fixed: 1203.16, vehicles: 6 },
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '84.55%', weight: 8, direction: 'negative' },
    { level1: '运行成本', level2: '经济成本指标', name: '在职人员控制率', target: '≤100%', actual: '94.19%', weight: 7, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤5%', actual: '1.97%', weight: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥95%', actual: '95.04%', weight: 5 },
    { level1: '管理效率', level2: '业务管理', name: '审计项目计划完成率', target: '100%', actual: '100%', weight: 5 },
    { level1: '履职效能', level2: '数量指标', name: '完成审计（调查）项目', target: '≥62个', actual: '65个', weight: 10 },
    { level1: '履职效能', level2: '数量指标', name: '审计查出主要问题金额', target: '≥8亿元', actual: '11.36亿元', weight: 10 },
    { level1: '履职效能', level2: '数量指标', name: '移送问题线索', target: '≥15件', actual: '12件', weight: 8, deviation: { reason: '部分线索经核实不构成移送条件', measure: '提高线索初核质量' } },
    { level1: '履职效能', level2: '时效指标', name: '审计报告按期出具率', target: '≥95%', actual: '97.2%', weight: 7 },
    { level1: '社会效应', level2: '社会效益指标', name: '审计发现问题整改率', target: '≥90%', actual: '93.4%', weight: 8 },
    { level1: '社会效应', level2: '经济效益指标', name: '促进增收节支', target: '≥1.5亿元', actual: '1.82亿元', weight: 7 },
    { level1: '满意度', level2: '服务对象满意度指标', name: '被审计单位满意度', target: '≥90%', actual: '95.1%', weight: 10 },
  ],
  achievements: [
    { id: 'funds_audited', group: '履职效能', topic: '审计覆盖', name: '审计资金总额', value: 286.4, unit: '亿元' },
    { id: 'rectified_amount', group: '社会效应', topic: '整改', name: '已整改问题金额', value: 7.95, unit: '亿元' },
    { id: 'rules', group: '社会效应', topic: '整改', name: '推动出台和完善制度', value: 43, unit: '项' },
    { id: 'training', group: '可持续发展能力', topic: '队伍建设', name: '培训审计人员', value: 1260, unit: '人次' },
    { id: 'models', group: '可持续发展能力', topic: '数字化', name: '建成审计数据分析模型', value: 38, unit: '个' },
  ],
  problems: [
    { id: 'clues', text: '移送问题线索未完成目标', cause: '线索初核不够扎实', measure: '建立线索初核和会商制度' },
    { id: 'platform', text: '大数据审计平台执行率偏低', cause: '部分模块验收推迟到次年', measure: '按合同节点督促供应商交付' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 蓼汀市审计局 2024年度 部门整体支出。全部为虚构数据。金额单位：万元。
# 基本支出预算（basicExpense.budget）与项目支出预算（projectExpense.budget）均为全年预算，二者之和等于 budget.total。
# 大数据审计平台建设年中压减70万元：只写 initial 与 total。
# 指标一级名称用部门整体支出的评价维度（运行成本、管理效率、履职效能、社会效应、满意度）。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const tpRow = (label, k, dA) => `| ${label} | {{${T(k, 'prior')}|2}} | {{${T(k, 'budget')}|2}} | {{${T(k, 'actual')}|2}} | {{${T(k, 'actual')}-${T(k, 'prior')}|2}} | {{${T(k, 'changeRate')}|2|r=${T(k, 'actual')},${T(k, 'prior')}${dA || ''}}}% |`;
const report = `# 蓼汀市审计局2024年度部门整体支出绩效自评报告

## 一、部门基本情况

市审计局是市政府组成部门，主要负责全市预算执行和决算草案审计、政府投资项目审计、领导干部经济责任审计和审计整改督查。局机关内设办公室、财政审计科、经济责任审计科、固定资产投资审计科等[[9|内设科室个数]]个科室，下设审计数据中心[[1|下属单位个数]]个事业单位。

2024年末核定编制{{staffing.authorized|0}}名，在职{{staffing.actual|0}}人，离退休{{staffing.retired|0}}人。在职人员控制率{{staffing.controlRate|2}}%，上年末在职{{staffing.priorActual|0}}人、控制率{{staffing.priorActual/staffing.authorized*100|2}}%，本年提高{{(staffing.actual-staffing.priorActual)/staffing.authorized*100|2}}个百分点，主要是通过遴选补充了[[2|遴选人数]]名审计业务骨干。

## 二、部门预算收支情况

### （一）预算安排和执行

年初预算{{budget.initial|2t}}万元。年中追加政府投资审计外聘中介和大数据审计平台经费{{budget.adjustments[0].amount|2}}万元，压减一般性支出{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元。全年支出{{budget.actual|2t}} 万元，预算执行率{{budget.rate|2}}%，结转结余{{budget.carryover|2}} 万元。

### （二）基本支出

基本支出{{basicExpense.total|2t}}万元，占总支出的比重为{{basicExpense.total/budget.actual*100|2}}%，比上年{{basicExpense.prior|2t}}万元增加{{basicExpense.total-basicExpense.prior|2}}万元，增长{{basicExpense.changeRate|2|r=basicExpense.total,basicExpense.prior}}%。其中人员经费和公用经费分别为{{basicExpense.personnel|2t}}万元和{{basicExpense.publicUse|2}}万元，人员经费占基本支出的{{basicExpense.personnel/basicExpense.total*100|2}}%。

### （三）项目支出

项目支出{{projectExpense.total|2t}}万元，全年预算{{projectExpense.budget|2t}}万元，执行率{{projectExpense.total/projectExpense.budget*100|2}}%；比上年{{projectExpense.prior|2t}}万元减少{{projectExpense.prior-projectExpense.total|2}}万元，下降{{-projectExpense.changeRate|2|r=projectExpense.total,projectExpense.prior}}%，主要是上年有[[1|一次性项目个数]]个一次性的审计档案数字化项目。

| 项目 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
|---|---:|---:|---:|---:|
| 审计业务经费 | {{${P(0, 'initial')}|2}} | {{${P(0, 'total')}|2}} | {{${P(0, 'actual')}|2}} | {{${P(0, 'actual')}/${P(0, 'total')}*100|2}}% |
| 大数据审计平台建设 | {{${P(1, 'initial')}|2}} | {{${P(1, 'total')}|2}} | {{${P(1, 'actual')}|2}} | {{${P(1, 'actual')}/${P(1, 'total')}*100|2}}% |
| 审计整改督查和培训 | {{${P(2, 'initial')}|2}} | {{${P(2, 'total')}|2}} | {{${P(2, 'actual')}|2}} | {{${P(2, 'actual')}/${P(2, 'total')}*100|2}}% |
| 合计 | {{${P(0, 'initial')}+${P(1, 'initial')}+${P(2, 'initial')}|2}} | {{projectExpense.budget|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}} | {{projectExpense.total|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}} | {{projectExpense.total/projectExpense.budget*100|2}}% |

注：金额单位为万元。

### （四）按功能分类的支出

| 功能分类科目 | 支出（万元） |
|---|---:|
| 一般公共服务支出——审计事务 | [[2,876.35|功能分类（数据无）]] |
| 社会保障和就业支出 | [[302.18|功能分类（数据无）]] |
| 卫生健康支出 | [[96.47|功能分类（数据无）]] |
| 住房保障支出 | [[137.66|功能分类（数据无）]] |
| 合计 | {{budget.actual|2t}} |

### （五）“三公”经费

“三公”经费全年预算{{${T('total', 'budget')}|2}}万元，实际支出{{${T('total', 'actual')}|2}}万元，为预算的{{${T('total', 'actual')}/${T('total', 'budget')}*100|2}}%。因公出国（境）费用和公务用车购置费均为[[0|零支出]]。

| 项目 | 上年决算 | 本年预算 | 本年决算 | 增减额 | 增减率 |
|---|---:|---:|---:|---:|---:|
${tpRow('公务接待费', 'reception', ';a=-17.19~变动率（“三公”表，负数）~yes~与增减额-0.74及上年3.86不符')}
${tpRow('公务用车运行维护费', 'vehicle')}
${tpRow('合计', 'total')}

（单位：万元）

### （六）政府采购和资产

全年政府采购预算{{procurement.budget|2}}万元，实际采购{{procurement.actual|2}}万元，货物类、服务类分别为{{procurement.goods.actual|2}}万元、{{procurement.services.actual|2}}万元；授予中小企业合同金额{{procurement.smallBusiness|2}}万元，占采购总额的{{procurement.smallBusiness/procurement.actual*100|2}}%。年末资产总额{{assets.total|2t}}万元，其中固定资产{{assets.fixed|2t}}万元，公务用车{{assets.vehicles|0}}辆。

## 三、部门整体绩效情况

全年完成审计（调查）项目{{num(${I(5)}.actual)|0|lit}}个，审计资金总额{{${A('funds_audited')}|1}}亿元，查出主要问题金额{{num(${I(6)}.actual)|2|lit}}亿元，移送问题线索{{num(${I(7)}.actual)|0|lit}}件。审计发现问题整改率{{num(${I(9)}.actual)|1|lit}}%，已整改问题金额{{${A('rectified_amount')}|2}}亿元，推动出台和完善制度{{${A('rules')}|0}}项，促进增收节支{{num(${I(10)}.actual)|2|lit}}亿元。全年培训审计人员{{${A('training')}|0t}}人次，建成审计数据分析模型{{${A('models')}|0|b=83~计数（数据分析模型个数）~no}}个。

| 评价维度 | 指标 | 指标值 | 完成值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 预算执行 | 预算执行率 | [[100%|执行率目标值]] | {{budget.rate|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 运行成本 | “三公”经费控制率 | ≤{{num(${I(0)}.target)|0|lit}}% | {{num(${I(0)}.actual)|2|lit;r=${T('total', 'actual')},${T('total', 'budget')}}}% | {{${I(0)}.weight|0}} | {{${I(0)}.score|0}} |
| 运行成本 | 在职人员控制率 | ≤{{num(${I(1)}.target)|0|lit}}% | {{num(${I(1)}.actual)|2|lit;r=staffing.controlRate}}% | {{${I(1)}.weight|0}} | {{${I(1)}.score|0}} |
| 管理效率 | 结转结余率 | ≤{{num(${I(2)}.target)|0|lit}}% | {{budget.carryover/budget.total*100|2|r=${I(2)}.actual}}% | {{${I(2)}.weight|0}} | {{${I(2)}.score|0}} |
| 管理效率 | 政府采购执行率 | ≥{{num(${I(3)}.target)|0|lit}}% | {{procurement.actual/procurement.budget*100|2|r=${I(3)}.actual}}% | {{${I(3)}.weight|0}} | {{${I(3)}.score|0}} |
| 管理效率 | 审计项目计划完成率 | {{num(${I(4)}.target)|0|lit}}% | {{num(${I(4)}.actual)|0|lit}}% | {{${I(4)}.weight|0}} | {{${I(4)}.score|0}} |
| 履职效能 | 完成审计（调查）项目 | ≥{{num(${I(5)}.target)|0|lit}}个 | {{num(${I(5)}.actual)|0|lit}}个 | {{${I(5)}.weight|0}} | {{${I(5)}.score|0}} |
| 履职效能 | 审计查出主要问题金额 | ≥{{num(${I(6)}.target)|0|lit}}亿元 | {{num(${I(6)}.actual)|2|lit}}亿元 | {{${I(6)}.weight|0}} | {{${I(6)}.score|0}} |
| 履职效能 | 移送问题线索 | ≥{{num(${I(7)}.target)|0|lit}}件 | {{num(${I(7)}.actual)|0|lit}}件 | {{${I(7)}.weight|0}} | {{${I(7)}.score|1}} |
| 履职效能 | 审计报告按期出具率 | ≥{{num(${I(8)}.target)|0|lit}}% | {{num(${I(8)}.actual)|1|lit}}% | {{${I(8)}.weight|0}} | {{${I(8)}.score|0}} |
| 社会效应 | 审计发现问题整改率 | ≥{{num(${I(9)}.target)|0|lit}}% | {{num(${I(9)}.actual)|1|lit}}% | {{${I(9)}.weight|0}} | {{${I(9)}.score|0}} |
| 社会效应 | 促进增收节支 | ≥{{num(${I(10)}.target)|1|lit}}亿元 | {{num(${I(10)}.actual)|2|lit}}亿元 | {{${I(10)}.weight|0}} | {{${I(10)}.score|0}} |
| 满意度 | 被审计单位满意度 | ≥{{num(${I(11)}.target)|0|lit}}% | {{num(${I(11)}.actual)|1|lit}}% | {{${I(11)}.weight|0}} | {{${I(11)}.score|0}} |
| 合计 | | | | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8,9,10,11].map((n) => I(n) + '.score').join(',')}}} |

移送问题线索未完成目标，按完成比例{{num(${I(7)}.actual)/num(${I(7)}.target)*100|0}}%计{{${I(7)}.score|1}}分，其余指标均达到目标。自评总分{{scoreSummary.scoreTotal|2}}分，等级“优”。

## 四、存在的问题和改进措施

1. 移送问题线索未完成目标。建立线索初核和会商制度，重大线索[[3|工作日数（制度）]]个工作日内会商。
2. 大数据审计平台执行率偏低，部分模块验收推迟到次年。按合同节点督促供应商交付，尾款在验收后[[15|天数（合同）]]日内支付。

蓼汀市审计局
2025年3月26日
`;

module.exports = { info, data, header, report };

'use strict';
// 05 蘅皋市人民防空办公室（部门整体，市级，Markdown）
const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '蘅皋市人民防空办公室',
    shortName: '市人防办',
    title: '蘅皋市人民防空办公室2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 38, actual: 35, priorActual: 36, retired: 14, changeReason: '退休1人', controlRate: 92.11 },
  background: {
    functions: ['人防工程建设和维护管理', '防空警报设施建设和管理', '人防指挥信息系统运维', '人防宣传教育和疏散演练'],
    organization: ['办公室', '工程管理科', '通信警报科', '宣传教育科', '指挥信息保障中心'],
  },
  budget: {
    initial: 2346.8,
    adjustments: [
      { type: '追加', amount: 412.6, reason: '人防工程维护和指挥信息系统升级' },
      { type: '压减', amount: 96.4, reason: '压减一般性支出' },
    ],
    total: 2663,
    actual: 2598.77,
    carryover: 64.23,
  },
  basicExpense: { total: 1186.42, personnel: 1032.18, publicUse: 154.24, budget: 1198, prior: 1240.68, changeRate: -4.37, reason: '退休1人、公用经费压减' },
  projectExpense: { total: 1412.35, budget: 1465, prior: 1287.9, changeRate: 9.66, reason: '人防工程维护量增加' },
  projects: [
    { name: '人防工程维护管理', initial: 520, adjustment: 240, total: 760, actual: 742.18 },
    { name: '警报设施建设和维护', initial: 380, total: 313.6, actual: 301.25 },
    { name: '指挥信息系统运维', initial: 168.8, adjustment: 172.6, total: 341.4, actual: 322.56 },
    { name: '人防宣传教育和疏散演练', initial: 80, total: 50, actual: 46.36 },
  ],
  threePublic: {
    vehicle: { prior: 12.6, budget: 13, actual: 11.94, changeRate: -5.24 },
    vehicleOperation: { prior: 12.6, budget: 13, actual: 11.94, changeRate: -5.24 },
    reception: { prior: 3.42, budget: 3.5, actual: 2.86, changeRate: -16.37 },
    total: { prior: 16.02, budget: 16.5, actual: 14.8, changeRate: -7.62 },
  },
  procurement: { budget: 486, actual: 462.35, goods: { budget: 126, actual: 118.4 }, services: { budget: 360, actual: 343.95 } },
  assets: { total: 8936.52, fixed: 7214.08, vehicles: 3 },
  budgetRate: { weight: 10, score: 9.76 },
  scoreSummary: { weightTotal: 100, scoreTotal: 97.26, grade: '优' },
  goals: { expected: ['提升城市防空防灾能力'] },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '89.7%', weight: 5, score: 5, direction: 'negative' },
    { level1: '运行成本', level2: '经济成本指标', name: '在职人员控制率', target: '≤100%', actual: '92.11%', weight: 5, score: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥90%', actual: '95.13%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤5%', actual: '2.41%', weight: 5, score: 5, direction: 'negative' },
    { level1: '履职效能', level2: '重点工作', name: '人防工程维护巡检', target: '1200处次', actual: '1316处次', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '警报设施完好率', target: '≥98%', actual: '98.6%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '防空警报试鸣覆盖率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '新建人防疏散基地', target: '4个', actual: '3个', weight: 10, score: 7.5,
      deviation: { reason: '一处基地选址调整', measure: '2025年上半年完成建设' } },
    { level1: '社会效应', level2: '社会效益', name: '人防宣传教育覆盖', target: '≥20万人次', actual: '26.4万人次', weight: 10, score: 10 },
    { level1: '社会效应', level2: '社会效益', name: '疏散演练参演人数', target: '≥3万人', actual: '3.27万人', weight: 10, score: 10 },
    { level1: '满意度', level2: '服务对象满意度', name: '社会公众满意度', target: '≥90%', actual: '93.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'rank', group: '履职效能', topic: '考评', name: '全省人防系统综合考评名次', value: 3, unit: '名' },
    { id: 'drills', group: '社会效应', topic: '演练', name: '组织疏散演练', value: 42, unit: '场' },
    { id: 'schools', group: '社会效应', topic: '宣传', name: '人防知识进校园覆盖学校', value: 186, unit: '所' },
    { id: 'hazards', group: '履职效能', topic: '工程维护', name: '整改人防工程隐患', value: 73, unit: '处' },
  ],
  problems: [
    { id: 'base', text: '疏散基地建设滞后', cause: '一处基地选址调整', measure: '上半年完成建设' },
    { id: 'pace', text: '支出进度不均衡', cause: '维护项目集中在下半年验收', measure: '分批验收、按进度付款' },
  ],
  application: ['随部门决算公开'],
};

const body = `# 蘅皋市人民防空办公室2024年度部门整体支出绩效自评报告

## 一、部门概况

我办是市政府工作部门，承担全市人防工程建设和维护管理、防空警报设施建设和管理、人防指挥信息系统运维、人防宣传教育和疏散演练等职责，内设[[5|内设机构个数]]个科室（中心）。

年末编制{{staffing.authorized|0}}名，在职{{staffing.actual|0}}人，比上年减少{{staffing.priorActual-staffing.actual|0}}人，人员控制率{{staffing.controlRate|2}}%[^1]；退休人员{{staffing.retired|0}}人。

## 二、部门整体支出情况

### （一）预算调整和执行

2024年年初预算{{budget.initial|2t}}万元，年中追加{{budget.adjustments[0].amount|2}}万元、压减{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元；全年支出{{budget.actual|2t}}万元，执行率{{budget.actual/budget.total*100|2}}%，结转结余{{budget.carryover|2}}万元。按季度看，一季度执行进度[[19.8|季度执行进度（数据无）]]%，上半年[[44.1|季度执行进度（数据无）]]%，前三季度[[70.6|季度执行进度（数据无）]]%。

### （二）近三年支出对比

单位：万元

| 项目 | 2022年决算 | 2023年决算 | 2024年决算 | 2024年比2023年增长 |
|---|---:|---:|---:|---:|
| 基本支出 | [[1,268.35|2022年决算（数据无）]] | {{basicExpense.prior|2t}} | {{basicExpense.total|2t}} | {{basicExpense.changeRate|2}}% |
| 其中：人员经费 | [[1,096.02|2022年决算（数据无）]] | — | {{basicExpense.personnel|2t}} | — |
| 公用经费 | [[172.33|2022年决算（数据无）]] | — | {{basicExpense.publicUse|2}} | — |
| 项目支出 | [[1,105.64|2022年决算（数据无）]] | {{projectExpense.prior|2t}} | {{projectExpense.total|2t}} | {{projectExpense.changeRate|2}}% |
| 合计 | [[2,373.99|2022年决算（数据无）]] | {{basicExpense.prior+projectExpense.prior|2t}} | {{budget.actual|2t}} | {{(budget.actual-basicExpense.prior-projectExpense.prior)/(basicExpense.prior+projectExpense.prior)*100|2}}% |

基本支出同比增长{{basicExpense.changeRate|2}}%，主要是退休{{staffing.priorActual-staffing.actual|0}}人、公用经费压减；人员经费占基本支出的{{basicExpense.personnel/basicExpense.total*100|2}}%。项目支出增长{{projectExpense.changeRate|2}}%，主要是人防工程维护量增加。

### （三）项目支出

| 项目名称 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
|---|---:|---:|---:|---:|
| 人防工程维护管理 | {{projects[0].initial|2}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 警报设施建设和维护 | {{projects[1].initial|2}} | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 指挥信息系统运维 | {{projects[2].initial|2}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 人防宣传教育和疏散演练 | {{projects[3].initial|2}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].actual/projects[3].total*100|2}}% |
| 合计 | {{budget.initial-basicExpense.budget|2t}} | {{projectExpense.budget|2t}} | {{projectExpense.total|2t}} | {{projectExpense.total/projectExpense.budget*100|2}}% |

注：金额单位为万元；基本支出年初预算与全年预算均为{{basicExpense.budget|2t}}万元。

### （四）“三公”经费

单位：万元

| 项目 | 2022年决算 | 2023年决算 | 2024年预算 | 2024年决算 | 比上年增长 |
|---|---:|---:|---:|---:|---:|
| 公务用车运行维护费 | [[13.48|2022年决算（数据无）]] | {{threePublic.vehicleOperation.prior|2}} | {{threePublic.vehicleOperation.budget|2}} | {{threePublic.vehicleOperation.actual|2}} | {{threePublic.vehicleOperation.changeRate|2}}% |
| 公务接待费 | [[3.95|2022年决算（数据无）]] | {{threePublic.reception.prior|2}} | {{threePublic.reception.budget|2}} | {{threePublic.reception.actual|2|a=2.68~“三公”表中的本年公务接待费（与合计 14.80、增长 -16.37% 不符）}} | {{threePublic.reception.changeRate|2}}% |
| 合计 | [[17.43|2022年决算（数据无）]] | {{threePublic.total.prior|2}} | {{threePublic.total.budget|2}} | {{threePublic.total.actual|2}} | {{threePublic.total.changeRate|2}}% |

因公出国（境）费和公务用车购置费均为零。“三公”经费控制率{{threePublic.total.actual/threePublic.total.budget*100|1}}%[^2]。

### （五）政府采购和资产

政府采购预算{{procurement.budget|2}}万元，实际采购{{procurement.actual|2}}万元，其中货物{{procurement.goods.actual|2}}万元、服务{{procurement.services.actual|2}}万元，采购执行率{{procurement.actual/procurement.budget*100|2}}%。年末资产总额{{assets.total|2t}}万元，其中固定资产{{assets.fixed|2t}}万元，公务用车{{assets.vehicles|0}}辆。

## 三、绩效目标完成情况

### （一）履职效能

全年人防工程维护巡检{{num(indicators[4].actual)|0t|lit}}处次，整改隐患{{A('hazards').value|0}}处；警报设施完好率{{num(indicators[5].actual)|1|lit}}%，9月第三个星期六组织全市防空警报试鸣，覆盖率{{num(indicators[6].actual)|0|lit}}%。新建人防疏散基地{{num(indicators[7].actual)|0|lit}}个，比计划少{{num(indicators[7].target)-num(indicators[7].actual)|0}}个。在全省人防系统综合考评中位列**全省第{{A('rank').value|0}}名**。

### （二）社会效应

人防宣传教育覆盖{{num(indicators[8].actual)|1|lit}}万人次，人防知识进校园覆盖学校{{A('schools').value|0|b=168~进校园覆盖学校数（正文，只出现一次）}}所；组织疏散演练{{A('drills').value|0}}场，参演{{num(indicators[9].actual)|2|lit}}万人。

### （三）满意度

社会公众满意度{{num(indicators[10].actual)|1|lit}}%。

## 四、自评得分

| 评价维度 | 指标 | 指标值 | 完成值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 预算执行 | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 运行成本 | “三公”经费控制率 | ≤{{num(indicators[0].target)|0|lit}}% | {{num(indicators[0].actual)|1|lit}}% | {{indicators[0].weight|0}} | {{indicators[0].score|0}} |
| 运行成本 | 在职人员控制率 | ≤{{num(indicators[1].target)|0|lit}}% | {{num(indicators[1].actual)|2|lit}}% | {{indicators[1].weight|0}} | {{indicators[1].score|0}} |
| 管理效率 | 政府采购执行率 | ≥{{num(indicators[2].target)|0|lit}}% | {{num(indicators[2].actual)|2|lit}}% | {{indicators[2].weight|0}} | {{indicators[2].score|0}} |
| 管理效率 | 结转结余率 | ≤{{num(indicators[3].target)|0|lit}}% | {{num(indicators[3].actual)|2|lit}}% | {{indicators[3].weight|0}} | {{indicators[3].score|0}} |
| 履职效能 | 人防工程维护巡检 | {{num(indicators[4].target)|0|lit}}处次 | {{num(indicators[4].actual)|0|lit}}处次 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} |
| 履职效能 | 警报设施完好率 | ≥{{num(indicators[5].target)|0|lit}}% | {{num(indicators[5].actual)|1|lit}}% | {{indicators[5].weight|0}} | {{indicators[5].score|0}} |
| 履职效能 | 防空警报试鸣覆盖率 | {{num(indicators[6].target)|0|lit}}% | {{num(indicators[6].actual)|0|lit}}% | {{indicators[6].weight|0}} | {{indicators[6].score|0}} |
| 履职效能 | 新建人防疏散基地 | {{num(indicators[7].target)|0|lit}}个 | {{num(indicators[7].actual)|0|lit}}个 | {{indicators[7].weight|0}} | {{indicators[7].score|1}} |
| 社会效应 | 人防宣传教育覆盖 | ≥{{num(indicators[8].target)|0|lit}}万人次 | {{num(indicators[8].actual)|1|lit}}万人次 | {{indicators[8].weight|0}} | {{indicators[8].score|0}} |
| 社会效应 | 疏散演练参演人数 | ≥{{num(indicators[9].target)|0|lit}}万人 | {{num(indicators[9].actual)|2|lit}}万人 | {{indicators[9].weight|0}} | {{indicators[9].score|0}} |
| 满意度 | 社会公众满意度 | ≥{{num(indicators[10].target)|0|lit}}% | {{num(indicators[10].actual)|1|lit}}% | {{indicators[10].weight|0}} | {{indicators[10].score|0}} |
| **总计** | | | | **{{scoreSummary.weightTotal|0}}** | **{{scoreSummary.scoreTotal|2}}** |

## 五、问题和改进

一是疏散基地建设滞后，有一处基地因选址调整未能开工，计划2025年上半年建成。二是维护项目集中在下半年验收，支出进度不均衡，下一步将分批验收、按进度付款，力争上半年执行进度达到[[45|下年进度目标（数据无）]]%。

[^1]: 人员控制率 = 在职人数 ÷ 编制数 × [[100|公式中的常数]]%，上年为{{staffing.priorActual/staffing.authorized*100|2}}%。
[^2]: 控制率 = 本年决算 ÷ 本年预算；2022年数据摘自上年度自评报告，未经本次复核。
`;

module.exports = {
  id: '05', slug: 'renfang', format: 'md', level: '市',
  title: '蘅皋市人民防空办公室2024年度部门整体支出绩效自评报告', sector: '人民防空',
  yamlHeader: `2024年度蘅皋市人民防空办公室（部门整体支出）。虚构数据，金额单位万元。
全年预算2663 = 基本支出预算1198 + 项目支出预算1465；执行2598.77 = 基本1186.42 + 项目1412.35；执行率97.59%，得分9.76。
“三公”经费与上年比较的 changeRate 为报告所列（减少为负）。报告的近三年对比表另有2022年决算数，数据不含（报告中 skip）。`,
  styles: ['近三年对比表（2022/2023/2024 年为列；2022 列数据无，skip）', '“同比增长-4.37%”（负增长）', '“单位：万元”写在表上方', 'Markdown 脚注含上年控制率（算式）', '季度执行进度（skip）', '全省第3名（加粗）', '万人次、万人', '评价维度（运行成本、管理效率、履职效能、社会效应、满意度）', '总计行加粗'],
  data, body,
};

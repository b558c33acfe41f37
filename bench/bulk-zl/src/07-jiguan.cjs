'use strict';
// 07 泠岙省机关事务管理局（部门整体，省级，Word）
const data = {
  kind: 'department',
  version: 2,
  meta: { year: 2024, unit: '泠岙省机关事务管理局', shortName: '省机关事务局', title: '泠岙省机关事务管理局2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 186, actual: 171, priorActual: 174, retired: 98, changeReason: '退休3人', controlRate: 91.94 },
  background: {
    functions: ['省级机关办公用房管理', '公务用车平台运行', '机关后勤服务保障', '公共机构节能'],
    organization: ['办公室', '财务处', '房产管理处', '公务用车管理处', '公共机构节能处', '后勤服务中心'],
  },
  budget: {
    initial: 32418.6,
    adjustments: [
      { type: '追加', amount: 6850, reason: '省级机关办公用房维修改造' },
      { type: '压减', amount: 1268.6, reason: '过紧日子压减一般性支出' },
    ],
    total: 38000,
    actual: 36872.45,
    carryover: 1127.55,
  },
  basicExpense: { total: 9846.32, personnel: 7912.56, publicUse: 1933.76, budget: 10020, prior: 9702.14, changeRate: 1.49 },
  projectExpense: { total: 27026.13, budget: 27980, prior: 25316.4, changeRate: 6.75, reason: '办公用房维修改造追加' },
  projects: [
    { name: '省级机关办公用房维修改造', initial: 9800, adjustment: 6850, total: 16650, actual: 16184.27 },
    { name: '省级机关公务用车平台运维', initial: 4218.6, total: 3950, actual: 3826.45 },
    { name: '机关食堂和物业服务保障', initial: 6480, total: 5880, actual: 5712.9 },
    { name: '公共机构节能改造', initial: 1900, total: 1500, actual: 1302.51 },
  ],
  threePublic: {
    vehiclePurchase: { prior: 0, budget: 86, actual: 84.6 },
    vehicleOperation: { prior: 96.48, budget: 92, actual: 88.35, changeRate: -8.43 },
    vehicle: { prior: 96.48, budget: 178, actual: 172.95, changeRate: 79.26 },
    reception: { prior: 12.36, budget: 12, actual: 10.74, changeRate: -13.11 },
    total: { prior: 108.84, budget: 190, actual: 183.69, changeRate: 68.77 },
  },
  procurement: {
    budget: 18600, actual: 17935.42,
    goods: { budget: 2400, actual: 2286.3 },
    works: { budget: 12800, actual: 12415.62 },
    services: { budget: 3400, actual: 3233.5 },
  },
  assets: {
    total: 286415.37, fixed: 241068.52, vehicles: 312,
    lines: [
      { name: '房屋及构筑物', amount: 198562.1 },
      { name: '通用设备', amount: 31204.65 },
      { name: '其他固定资产', amount: 11301.77 },
    ],
  },
  recognitions: ['全国公共机构能效领跑者'],
  budgetRate: { weight: 10, score: 9.7 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.93, grade: '优' },
  goals: { expected: ['保障省级机关高效运转，降低行政运行成本'] },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '96.68%', weight: 5, score: 5, direction: 'negative' },
    { level1: '运行成本', level2: '经济成本指标', name: '在职人员控制率', target: '≤100%', actual: '91.94%', weight: 5, score: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥95%', actual: '96.43%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '资产管理', name: '资产账实相符率', target: '100%', actual: '100%', weight: 5, score: 5 },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤3%', actual: '2.97%', weight: 5, score: 5, direction: 'negative' },
    { level1: '履职效能', level2: '重点工作', name: '办公用房维修改造项目', target: '26个', actual: '24个', weight: 10, score: 9.23,
      deviation: { reason: '两个项目因文物保护评估延后开工', measure: '评估完成后下年实施' } },
    { level1: '履职效能', level2: '重点工作', name: '公务用车平台保障出车', target: '≥4.5万车次', actual: '4.86万车次', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '公共机构单位建筑面积能耗下降率', target: '≥2%', actual: '2.6%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '重点工作', name: '机关食堂食品安全抽检合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '社会效应', level2: '经济效益', name: '节约能源费用', target: '≥800万元', actual: '926.4万元', weight: 10, score: 10 },
    { level1: '社会效应', level2: '生态效益', name: '新能源车辆占比', target: '≥40%', actual: '46.2%', weight: 5, score: 5 },
    { level1: '满意度', level2: '服务对象满意度', name: '省直机关干部职工满意度', target: '≥90%', actual: '93.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'area', group: '履职效能', topic: '办公用房', name: '完成维修改造面积', value: 21.6, unit: '万平方米' },
    { id: 'meals', group: '履职效能', topic: '后勤保障', name: '机关食堂日均就餐', value: 1.38, unit: '万人次' },
    { id: 'evs', group: '社会效应', topic: '公务用车', name: '新增新能源公务用车', value: 47, unit: '辆' },
  ],
  problems: [
    { id: 'repair', text: '两个维修改造项目未开工', cause: '需先完成文物保护评估', measure: '评估完成后尽快实施' },
    { id: 'energy', text: '节能改造资金执行率偏低', cause: '合同能源管理项目按节能效果分期付款', measure: '合理测算年度付款额' },
  ],
  application: ['评价结果与下年度预算安排挂钩', '随部门决算向社会公开'],
};

const body = `#T 泠岙省机关事务管理局2024年度部门整体支出绩效自评报告
#A 一、部门概况
省机关事务管理局负责省级机关办公用房管理、公务用车平台运行、机关后勤服务保障和全省公共机构节能工作，内设[[6|内设机构个数]]个处室（中心）。年末编制{{staffing.authorized|0}}名，在职{{staffing.actual|0}}人（上年{{staffing.priorActual|0}}人），人员控制率{{staffing.controlRate|2}}%；离退休人员{{staffing.retired|0}}人。
#A 二、部门整体支出情况
#B （一）总体情况
2024年年初预算{{budget.initial|2t}}万元。年中追加省级机关办公用房维修改造资金{{budget.adjustments[0].amount|2t}}万元，按过紧日子要求压减一般性支出{{budget.adjustments[1].amount|2t}}万元，全年预算{{budget.total/10000|2}}亿元。全年支出{{budget.actual/10000|2}}亿元（{{budget.actual|2t}}万元），执行率{{budget.actual/budget.total*100|2}}%，结转结余{{budget.carryover|2t}}万元[en:结转资金主要是公共机构节能改造合同能源管理项目的分期付款，该项目结余{{projects[3].total-projects[3].actual|2}}万元。]。
#B （二）基本支出
基本支出{{basicExpense.total|2t}}万元，比上年{{basicExpense.prior|2t}}万元增长{{basicExpense.changeRate|2}}%。其中人员经费{{basicExpense.personnel|2t}}万元，公用经费{{basicExpense.publicUse|2t}}万元，按在职人数计算人均公用经费{{basicExpense.publicUse/staffing.actual|2}}万元/人[en:人均公用经费 = 公用经费 ÷ 年末在职人数{{staffing.actual|0}}人。]。
#B （三）项目支出
项目支出{{projectExpense.total|2t}}万元，约占全部支出的{{projectExpense.total/budget.actual*100|1}}%，比上年增长{{projectExpense.changeRate|2}}%。
#R 金额单位：万元
@@table w=3000,1400,1400,1500,1300 head=1
| 项目 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 省级机关办公用房维修改造 | {{projects[0].initial|2t}} | {{projects[0].total|2t}} | {{projects[0].actual|2t}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 省级机关公务用车平台运维 | {{projects[1].initial|2t}} | {{projects[1].total|2t}} | {{projects[1].actual|2t}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 机关食堂和物业服务保障 | {{projects[2].initial|2t}} | {{projects[2].total|2t}} | {{projects[2].actual|2t}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 公共机构节能改造 | {{projects[3].initial|2t}} | {{projects[3].total|2t}} | {{projects[3].actual|2t}} | {{projects[3].actual/projects[3].total*100|2}}% |
| 合计 | {{budget.initial-basicExpense.budget|2t}} | {{projectExpense.budget|2t}} | {{projectExpense.total|2t}} | {{projectExpense.total/projectExpense.budget*100|2}}% |
#B （四）“三公”经费
“三公”经费决算{{threePublic.total.actual|2}}万元，为预算的{{threePublic.total.actual/threePublic.total.budget*100|2}}%。因更新新能源公务用车，比上年增长{{threePublic.total.changeRate|2}}%；剔除车辆购置后，运行维护费和接待费合计比上年下降{{(threePublic.vehicleOperation.prior+threePublic.reception.prior-threePublic.vehicleOperation.actual-threePublic.reception.actual)/(threePublic.vehicleOperation.prior+threePublic.reception.prior)*100|2}}%。
#R 金额单位：万元
@@table w=2700,1200,1200,1200,1250,1250 head=2
| 项目 | 2023年决算 | 2024年 | < | 增减 | < |
| ^ | ^ | 预算 | 决算 | 金额 | 幅度 |
| 公务用车购置费 | {{threePublic.vehiclePurchase.prior|2}} | {{threePublic.vehiclePurchase.budget|2}} | {{threePublic.vehiclePurchase.actual|2}} | {{threePublic.vehiclePurchase.actual-threePublic.vehiclePurchase.prior|2+}} | — |
| 公务用车运行维护费 | {{threePublic.vehicleOperation.prior|2}} | {{threePublic.vehicleOperation.budget|2}} | {{threePublic.vehicleOperation.actual|2|a=83.85~合并表头“三公”表中的运行维护费（与购置 + 运维 = 172.95、合计 183.69、增减额 -8.13、幅度 -8.43% 不符）}} | {{threePublic.vehicleOperation.actual-threePublic.vehicleOperation.prior|2+}} | {{threePublic.vehicleOperation.changeRate|2}}% |
| 公务接待费 | {{threePublic.reception.prior|2}} | {{threePublic.reception.budget|2}} | {{threePublic.reception.actual|2}} | {{threePublic.reception.actual-threePublic.reception.prior|2+}} | {{threePublic.reception.changeRate|2}}% |
| 合计 | {{threePublic.total.prior|2}} | {{threePublic.total.budget|2}} | {{threePublic.total.actual|2}} | {{threePublic.total.actual-threePublic.total.prior|2+}} | {{threePublic.total.changeRate|2}}% |
#B （五）政府采购和资产管理
政府采购预算{{procurement.budget/10000|2}}亿元，实际采购{{procurement.actual|2t}}万元，执行率{{procurement.actual/procurement.budget*100|2}}%，其中货物{{procurement.goods.actual|2t}}万元、工程{{procurement.works.actual|2t}}万元、服务{{procurement.services.actual|2t}}万元。年末资产总额{{assets.total/10000|2}}亿元，其中固定资产{{assets.fixed/10000|2}}亿元（房屋及构筑物{{assets.lines[0].amount/10000|2}}亿元、通用设备{{assets.lines[1].amount|2t}}万元、其他{{assets.lines[2].amount|2t}}万元），公务用车平台管理车辆{{assets.vehicles|0}}辆。
#A 三、绩效目标完成情况
#B （一）履职效能
完成省级机关办公用房维修改造项目{{num(indicators[5].actual)|0|lit}}个、面积{{A('area').value|1|b=26.1~维修改造面积（万平方米，只出现一次）}}万平方米，有{{num(indicators[5].target)-num(indicators[5].actual)|0}}个项目因文物保护评估延后开工。公务用车平台全年保障出车{{num(indicators[6].actual)|2|lit}}万车次，新增新能源公务用车{{A('evs').value|0}}辆，新能源车辆占比{{num(indicators[10].actual)|1|lit}}%。机关食堂日均就餐{{A('meals').value|2}}万人次，食品安全抽检合格率{{num(indicators[8].actual)|0|lit}}%。
#B （二）社会效应
全省公共机构单位建筑面积能耗下降{{num(indicators[7].actual)|1|lit}}%，节约能源费用{{num(indicators[9].actual)|1|lit}}万元，我局获评“全国公共机构能效领跑者”。
#B （三）满意度
省直机关干部职工满意度{{num(indicators[11].actual)|1|lit}}%。
#A 四、自评情况
对照部门整体支出绩效评价指标体系，预算执行率得{{budgetRate.score|2}}分；办公用房维修改造项目完成{{num(indicators[5].actual)|0|lit}}个，目标{{num(indicators[5].target)|0|lit}}个，按比例得{{indicators[5].score|2}}分，扣{{indicators[5].weight-indicators[5].score|2}}分；其余指标均达到目标。自评总分{{scoreSummary.scoreTotal|2}}分，等级为优。
@@table w=1500,3600,1300,1300,800,800 head=1
| 评价维度 | 指标 | 目标值 | 完成值 | 分值 | 得分 |
| 预算执行 | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 运行成本 | “三公”经费控制率 | ≤{{num(indicators[0].target)|0|lit}}% | {{num(indicators[0].actual)|2|lit}}% | {{indicators[0].weight|0}} | {{indicators[0].score|0}} |
| ^ | 在职人员控制率 | ≤{{num(indicators[1].target)|0|lit}}% | {{num(indicators[1].actual)|2|lit}}% | {{indicators[1].weight|0}} | {{indicators[1].score|0}} |
| 管理效率 | 政府采购执行率 | ≥{{num(indicators[2].target)|0|lit}}% | {{num(indicators[2].actual)|2|lit}}% | {{indicators[2].weight|0}} | {{indicators[2].score|0}} |
| ^ | 资产账实相符率 | {{num(indicators[3].target)|0|lit}}% | {{num(indicators[3].actual)|0|lit}}% | {{indicators[3].weight|0}} | {{indicators[3].score|0}} |
| ^ | 结转结余率 | ≤{{num(indicators[4].target)|0|lit}}% | {{num(indicators[4].actual)|2|lit}}% | {{indicators[4].weight|0}} | {{indicators[4].score|0}} |
| 履职效能 | 办公用房维修改造项目 | {{num(indicators[5].target)|0|lit}}个 | {{num(indicators[5].actual)|0|lit}}个 | {{indicators[5].weight|0}} | {{indicators[5].score|2}} |
| ^ | 公务用车平台保障出车 | ≥{{num(indicators[6].target)|1|lit}}万车次 | {{num(indicators[6].actual)|2|lit}}万车次 | {{indicators[6].weight|0}} | {{indicators[6].score|0}} |
| ^ | 公共机构单位建筑面积能耗下降率 | ≥{{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|1|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|0}} |
| ^ | 机关食堂食品安全抽检合格率 | {{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|0|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|0}} |
| 社会效应 | 节约能源费用 | ≥{{num(indicators[9].target)|0|lit}}万元 | {{num(indicators[9].actual)|1|lit}}万元 | {{indicators[9].weight|0}} | {{indicators[9].score|0}} |
| ^ | 新能源车辆占比 | ≥{{num(indicators[10].target)|0|lit}}% | {{num(indicators[10].actual)|1|lit}}% | {{indicators[10].weight|0}} | {{indicators[10].score|0}} |
| 满意度 | 省直机关干部职工满意度 | ≥{{num(indicators[11].target)|0|lit}}% | {{num(indicators[11].actual)|1|lit}}% | {{indicators[11].weight|0}} | {{indicators[11].score|0}} |
| 合计 | < | < | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2}} |
#A 五、存在的问题和改进措施
一是两个维修改造项目因需先完成文物保护评估而未开工，评估完成后将尽快实施。二是公共机构节能改造执行率只有{{projects[3].actual/projects[3].total*100|2}}%，合同能源管理项目按节能效果分期付款，今后将合理测算年度付款额。
#R 泠岙省机关事务管理局
#R 2025年3月28日
`;

module.exports = {
  id: '07', slug: 'jiguan', format: 'docx', level: '省',
  title: '泠岙省机关事务管理局2024年度部门整体支出绩效自评报告', author: '省机关事务局财务处', sector: '机关事务管理（办公用房、公务用车、公共机构节能）',
  yamlHeader: `2024年度泠岙省机关事务管理局（部门整体支出）。虚构数据，金额单位万元。
全年预算38000 = 基本支出预算10020 + 项目支出预算27980；执行36872.45 = 基本9846.32 + 项目27026.13；执行率97.03%，得分9.70。
公务用车 vehicle = 购置 vehiclePurchase + 运行维护 vehicleOperation；购置费上年为0，不填 changeRate。`,
  styles: ['亿元与万元并用（3.80亿元、3.69亿元、28.64亿元）', 'Word 尾注（endnotes.xml）中含核对数字', '合并表头的“三公”表（2024年横向合并、增减横向合并、项目纵向合并）', '增减额带 + 号、负数带 - 号', '人均公用经费（万元/人，算式）', '“金额单位：万元”右对齐写在表上方', '政府采购按货物、工程、服务分列', '资产分类（亿元、万元混写）', '评价维度表一级指标纵向合并，合计行横向合并'],
  data, body,
};

'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '09', slug: 'difangzhi-ban', format: 'docx', level: '省',
  sector: '地方志：省地方志编纂办公室部门整体支出',
  styles: ['Word 自动编号标题（Heading1/2/3 样式）', 'Word 修订（控制率数字替换；整段删除）', '年份为行的“三公”转置表（Word 表）', '单元格内两个段落', '段内软回车', '比重与分别为', '部门整体评价维度', '自动编号列表'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '菁岫省地方志编纂办公室',
    shortName: '省地方志办',
    title: '菁岫省地方志编纂办公室2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 45, actual: 41, priorActual: 41, retired: 37, controlRate: 91.11 },
  budget: {
    initial: 2218.6,
    adjustments: [
      { type: '追加', amount: 364.8, reason: '省志编纂出版和方志馆数字化' },
      { type: '压减', amount: 58, reason: '年鉴印刷费压减' },
    ],
    total: 2525.4,
    actual: 2468.93,
    rate: 97.76,
    carryover: 56.47,
  },
  basicExpense: { total: 1236.58, personnel: 1064.21, publicUse: 172.37, budget: 1260, prior: 1198.05, changeRate: 3.22 },
  projectExpense: { total: 1232.35, budget: 1265.4, prior: 1046.77, changeRate: 17.73 },
  projects: [
    { name: '《菁岫省志（1991—2020）》编纂出版', initial: 480, adjustment: 236.8, total: 716.8, actual: 705.64, carryover: 11.16 },
    { name: '方志馆数字化和地情资料库', initial: 320, adjustment: 128, total: 448, actual: 431.26, carryover: 16.74 },
    { name: '年鉴编纂和地情研究', initial: 158.6, total: 100.6, actual: 95.45, carryover: 5.15 },
  ],
  threePublic: {
    reception: { prior: 4.62, budget: 5, actual: 4.18, changeRate: -9.52 },
    vehicle: { prior: 12.3, budget: 28.5, actual: 27.86, changeRate: 126.5 },
    vehiclePurchase: { prior: 0, budget: 16, actual: 15.68 },
    vehicleOperation: { prior: 12.3, budget: 12.5, actual: 12.18 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 16.92, budget: 33.5, actual: 32.04, changeRate: 89.36 },
  },
  procurement: { budget: 596, actual: 571.38, goods: { budget: 120, actual: 113.52 }, services: { budget: 476, actual: 457.86 } },
  assets: { total: 3486.2, fixed: 2108.75, vehicles: 3 },
  recognitions: ['全国地方志系统先进集体'],
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '95.64%', weight: 5, direction: 'negative' },
    { level1: '运行成本', level2: '经济成本指标', name: '在职人员控制率', target: '≤100%', actual: '91.11%', weight: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤3%', actual: '2.24%', weight: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥95%', actual: '95.87%', weight: 5 },
    { level1: '履职效能', level2: '数量指标', name: '省志分志出版', target: '≥6部', actual: '6部', weight: 10 },
    { level1: '履职效能', level2: '数量指标', name: '省级综合年鉴出版', target: '1部', actual: '1部', weight: 5 },
    { level1: '履职效能', level2: '数量指标', name: '地情资料数字化', target: '≥8000万字', actual: '8650万字', weight: 10 },
    { level1: '履职效能', level2: '质量指标', name: '市县志书审查验收', target: '≥12部', actual: '10部', weight: 10, deviation: { reason: '两部县志送审稿质量不达标，退回修改', measure: '提前介入初审' } },
    { level1: '社会效应', level2: '社会效益指标', name: '方志馆参观', target: '≥6万人次', actual: '7.42万人次', weight: 10 },
    { level1: '社会效应', level2: '社会效益指标', name: '地情资料库访问量', target: '≥50万次', actual: '63.8万次', weight: 10 },
    { level1: '可持续发展能力', level2: '人才队伍', name: '全省方志业务培训', target: '≥300人次', actual: '356人次', weight: 5 },
    { level1: '满意度', level2: '服务对象满意度指标', name: '社会公众满意度', target: '≥90%', actual: '96.5%', weight: 10 },
  ],
  achievements: [
    { id: 'words', group: '履职效能', topic: '出版', name: '出版志书', value: 1860, unit: '万字' },
    { id: 'exhibitions', group: '社会效应', topic: '展览', name: '举办地情展览', value: 14, unit: '场' },
    { id: 'lectures', group: '社会效应', topic: '讲堂', name: '举办方志讲堂', value: 26, unit: '期' },
  ],
  problems: [
    { id: 'review', text: '市县志书审查验收未完成目标', cause: '两部县志送审稿质量不达标', measure: '提前介入初审' },
    { id: 'vehicle', text: '“三公”经费比上年增加较多', cause: '更新一辆超期服役公务用车', measure: '严格执行车辆更新年限' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 菁岫省地方志编纂办公室 2024年度 部门整体支出。全部为虚构数据。金额单位：万元。
# 年鉴编纂和地情研究压减58万元，只写 initial 与 total。公务用车分购置和运行维护（vehiclePurchase、vehicleOperation）。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const tpCols = ['reception', 'vehiclePurchase', 'vehicleOperation', 'overseas'];
const tpRow = (label, f, bad) => `${label}|` + tpCols.map((k) => `{{${T(k, f)}|2${k === 'vehicleOperation' && bad ? '|' + bad : ''}}}`).join('|') + `|{{${T('total', f)}|2|r=${tpCols.map((k) => T(k, f)).join(',')}}}`;
const report = `#T 菁岫省地方志编纂办公室2024年度部门整体支出绩效自评报告
#1n 部门基本情况
#2n 主要职能
省地方志办负责全省地方志工作的规划、组织、指导和督查，承担省志、省级综合年鉴的编纂出版，管理省方志馆。
#2n 机构和人员
机关设综合处、志书编纂处、年鉴编纂处、方志馆[[4|内设机构个数]]个处（馆）。年末核定编制{{staffing.authorized|0}}名，在职{{staffing.actual|0}}人，与上年{{staffing.priorActual|0}}人相同；离退休{{staffing.retired|0}}人。在职人员控制率{{staffing.controlRate|2|del=90.91}}%。
#1n 部门预算收支情况
#2n 收支总体情况
年初预算{{budget.initial|2t}}万元，年中追加省志编纂出版和方志馆数字化经费{{budget.adjustments[0].amount|2}}万元，压减年鉴印刷费{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元。全年支出{{budget.actual|2t}}万元，预算执行率{{budget.rate|2}}%，结转结余{{budget.carryover|2}}万元。
基本支出、项目支出分别为{{basicExpense.total|2t}}万元和{{projectExpense.total|2t}}万元，占总支出的比重分别为{{basicExpense.total/budget.actual*100|2}}%和{{projectExpense.total/budget.actual*100|2}}%。
~~（此段由财务科核对后删除：原稿项目支出写作1,223.35万元，比重49.55%。）~~
#2n 基本支出
基本支出{{basicExpense.total|2t|r=basicExpense.personnel,basicExpense.publicUse}}万元，其中：↵人员经费{{basicExpense.personnel|2t}}万元，主要是工资福利和离退休费；↵公用经费{{basicExpense.publicUse|2}}万元，主要是办公、印刷和物业管理费。↵比上年增加{{basicExpense.total-basicExpense.prior|2}}万元，增长{{basicExpense.changeRate|2|r=basicExpense.total,basicExpense.prior}}%。
#2n 项目支出
项目支出全年预算{{projectExpense.budget|2t}}万元，执行{{projectExpense.total|2t}}万元，比上年增长{{projectExpense.changeRate|2|r=projectExpense.total,projectExpense.prior}}%，主要是《菁岫省志（1991—2020）》进入集中出版阶段。
@@table head=1 w=3200,1300,1300,1300,1300
项目|年初预算|全年预算|实际支出|执行率
《菁岫省志（1991—2020）》编纂出版|{{${P(0, 'initial')}|2}}|{{${P(0, 'total')}|2}}|{{${P(0, 'actual')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
方志馆数字化和地情资料库|{{${P(1, 'initial')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
年鉴编纂和地情研究|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}¶（压减{{${P(2, 'initial')}-${P(2, 'total')}|2}}）|{{${P(2, 'actual')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%
合计|{{${P(0, 'initial')}+${P(1, 'initial')}+${P(2, 'initial')}|2}}|{{projectExpense.budget|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{projectExpense.total|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{projectExpense.total/projectExpense.budget*100|2}}%
@@end
#2n “三公”经费
“三公”经费支出{{${T('total', 'actual')}|2}}万元，比上年增长{{${T('total', 'changeRate')}|2|r=${T('total', 'actual')},${T('total', 'prior')}}}%，主要是按规定更新了[[1|车辆数]]辆超期服役的公务用车，购置费{{${T('vehiclePurchase', 'actual')}|2}}万元。
@@table head=1 w=2000,1400,1400,1600,1600,1300
年度|公务接待费|公务用车购置费|公务用车运行维护费|因公出国（境）费|合计
${tpRow('2023年决算', 'prior')}
${tpRow('2024年预算', 'budget')}
${tpRow('2024年决算', 'actual', 'a=12.81~金额（年份为行的“三公”转置表）~yes~公务用车运行维护费与接待费、购置费之和应为合计32.04')}
@@end
（单位：万元）
#2n 政府采购和资产
政府采购预算{{procurement.budget|2}}万元，实际采购{{procurement.actual|2}}万元，执行率{{procurement.actual/procurement.budget*100|2}}%，其中货物{{procurement.goods.actual|2}}万元、服务{{procurement.services.actual|2}}万元。年末资产总额{{assets.total|2t}}万元，其中固定资产{{assets.fixed|2t}}万元，占{{assets.fixed/assets.total*100|2}}%；公务用车{{assets.vehicles|0}}辆。
#1n 部门整体绩效
#2n 履职效能
#3n 志书编纂
出版省志分志{{num(${I(4)}.actual)|0|lit}}部，共{{${A('words')}|0t}}万字；出版省级综合年鉴{{num(${I(5)}.actual)|0|lit}}部；审查验收市县志书{{num(${I(7)}.actual)|0|lit}}部，比目标少{{num(${I(7)}.target)-num(${I(7)}.actual)|0}}部。
#3n 数字方志
完成地情资料数字化{{num(${I(6)}.actual)|0t|lit}}万字，地情资料库全年访问{{num(${I(9)}.actual)|1|lit}}万次。
#2n 社会效应
省方志馆全年接待参观{{num(${I(8)}.actual)|2|lit}}万人次，举办地情展览{{${A('exhibitions')}|0}}场、方志讲堂{{${A('lectures')}|0|b=62~计数（方志讲堂期数）~no}}期。全年开展全省方志业务培训{{num(${I(10)}.actual)|0|lit}}人次。本年被评为全国地方志系统先进集体。
#2n 自评得分
@@table head=1 w=1600,2800,1300,1300,900,900
评价维度|指标|指标值|完成值|分值|得分
预算执行|预算执行率|[[100%|执行率目标值]]|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
运行成本|“三公”经费控制率|≤{{num(${I(0)}.target)|0|lit}}%|{{${T('total', 'actual')}/${T('total', 'budget')}*100|2|r=${I(0)}.actual}}%|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
^|在职人员控制率|≤{{num(${I(1)}.target)|0|lit}}%|{{num(${I(1)}.actual)|2|lit;r=staffing.controlRate}}%|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
管理效率|结转结余率|≤{{num(${I(2)}.target)|0|lit}}%|{{budget.carryover/budget.total*100|2|r=${I(2)}.actual}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|0}}
^|政府采购执行率|≥{{num(${I(3)}.target)|0|lit}}%|{{num(${I(3)}.actual)|2|lit}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|0}}
履职效能|省志分志出版|≥{{num(${I(4)}.target)|0|lit}}部|{{num(${I(4)}.actual)|0|lit}}部|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
^|省级综合年鉴出版|{{num(${I(5)}.target)|0|lit}}部|{{num(${I(5)}.actual)|0|lit}}部|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
^|地情资料数字化|≥{{num(${I(6)}.target)|0|lit}}万字|{{num(${I(6)}.actual)|0|lit}}万字|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
^|市县志书审查验收|≥{{num(${I(7)}.target)|0|lit}}部|{{num(${I(7)}.actual)|0|lit}}部|{{${I(7)}.weight|0}}|{{${I(7)}.score|2}}¶（{{num(${I(7)}.actual)|0|lit}}÷{{num(${I(7)}.target)|0|lit}}×{{${I(7)}.weight|0}}）
社会效应|方志馆参观|≥{{num(${I(8)}.target)|0|lit}}万人次|{{num(${I(8)}.actual)|2|lit}}万人次|{{${I(8)}.weight|0}}|{{${I(8)}.score|0}}
^|地情资料库访问量|≥{{num(${I(9)}.target)|0|lit}}万次|{{num(${I(9)}.actual)|1|lit}}万次|{{${I(9)}.weight|0}}|{{${I(9)}.score|0}}
可持续发展能力|全省方志业务培训|≥{{num(${I(10)}.target)|0|lit}}人次|{{num(${I(10)}.actual)|0|lit}}人次|{{${I(10)}.weight|0}}|{{${I(10)}.score|0}}
满意度|社会公众满意度|≥{{num(${I(11)}.target)|0|lit}}%|{{num(${I(11)}.actual)|1|lit}}%|{{${I(11)}.weight|0}}|{{${I(11)}.score|0}}
合计|<|<|<|{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8,9,10,11].map((n) => I(n) + '.score').join(',')}}}
@@end
自评总分{{scoreSummary.scoreTotal|2}}分，等级为“优”。
#1n 存在的问题和改进措施
-n1 市县志书审查验收未完成目标，两部县志送审稿质量不达标被退回修改。今后在送审前[[3|月数（计划）]]个月提前介入初审。
-n1 “三公”经费比上年增加较多，原因是更新一辆超期服役公务用车。今后严格执行车辆更新年限，运行维护费力争比本年下降[[5%|下年目标]]。
#R 菁岫省地方志编纂办公室
#R 2025年3月27日
`;

module.exports = { info, data, header, report };

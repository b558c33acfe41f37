'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '12', slug: 'fuyou-baojian', format: 'docx', level: '市',
  sector: '妇幼保健：市妇幼保健院部门整体支出',
  styles: ['段内用制表符对齐的“标签⇥数值”清单（软回车分行）', 'Word 修订（插入整句；表格中数字替换）', 'Heading 样式加自动编号', '单元格内两个段落', '指标名称中的数字（0—6岁、5岁以下、/10万）', '千分率与“/10万”', '分别为与同比'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '槐渚市妇幼保健院',
    shortName: '市妇幼保健院',
    title: '槐渚市妇幼保健院2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 420, actual: 396, priorActual: 388, retired: 112, controlRate: 94.29 },
  budget: {
    initial: 6842.5,
    adjustments: [
      { type: '追加', amount: 1136.75, reason: '出生缺陷综合防治和儿童保健能力提升' },
      { type: '压减', amount: 204, reason: '设备购置压减' },
    ],
    total: 7775.25,
    actual: 7603.18,
    rate: 97.79,
    carryover: 172.07,
  },
  basicExpense: { total: 4218.66, personnel: 3906.34, publicUse: 312.32, budget: 4280, prior: 4102.87, changeRate: 2.82 },
  projectExpense: { total: 3384.52, budget: 3495.25, prior: 3012.4, changeRate: 12.35 },
  projects: [
    { name: '出生缺陷综合防治', initial: 1260, adjustment: 486.75, total: 1746.75, actual: 1712.38, carryover: 34.37 },
    { name: '儿童保健能力提升和托育指导', initial: 620, adjustment: 650, total: 1270, actual: 1221.46, carryover: 48.54 },
    { name: '医疗设备购置', initial: 682.5, total: 478.5, actual: 450.68, carryover: 27.82 },
  ],
  threePublic: {
    reception: { prior: 3.45, budget: 4, actual: 2.96, changeRate: -14.2 },
    vehicle: { prior: 21.6, budget: 22, actual: 20.38, changeRate: -5.65 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 25.05, budget: 26, actual: 23.34, changeRate: -6.83 },
  },
  procurement: { budget: 2186, actual: 2094.73, goods: { budget: 1560, actual: 1498.2 }, services: { budget: 626, actual: 596.53 } },
  assets: { total: 28640.15, fixed: 19872.36, vehicles: 5 },
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '产出指标', level2: '质量指标', name: '新生儿遗传代谢病筛查率', target: '≥98%', actual: '99.3%', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '新生儿听力筛查率', target: '≥95%', actual: '98.6%', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '孕产妇系统管理率', target: '≥90%', actual: '93.8%', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '0—6岁儿童健康管理率', target: '≥92%', actual: '90.6%', weight: 8, deviation: { reason: '流动儿童随迁频繁，失访较多', measure: '与社区网格共享流动儿童信息' } },
    { level1: '产出指标', level2: '数量指标', name: '托育机构指导覆盖率', target: '≥80%', actual: '86%', weight: 7 },
    { level1: '效益指标', level2: '社会效益指标', name: '孕产妇死亡率', target: '≤8/10万', actual: '5.62/10万', weight: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '产前筛查率', target: '≥85%', actual: '88.7%', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '5岁以下儿童死亡率', target: '≤5‰', actual: '3.84‰', weight: 15, direction: 'negative' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '95.2%', weight: 10 },
  ],
  achievements: [
    { id: 'outpatient', group: '产出指标', topic: '服务量', name: '门急诊', value: 68.3, unit: '万人次', changeRate: 4.1 },
    { id: 'screened', group: '出生缺陷综合防治', topic: '筛查', name: '新生儿疾病筛查', value: 4.86, unit: '万人次' },
    { id: 'childcare', group: '儿童保健能力提升和托育指导', topic: '托育', name: '指导托育机构', value: 186, unit: '家' },
    { id: 'trainees', group: '效益指标', topic: '基层', name: '培训基层妇幼人员', value: 1520, unit: '人次' },
  ],
  problems: [
    { id: 'children', text: '0—6岁儿童健康管理率未达目标', cause: '流动儿童失访较多', measure: '与社区网格共享流动儿童信息' },
    { id: 'equipment', text: '设备购置压减后部分更新计划推迟', cause: '年中压减204万元', measure: '按轻重缓急重排采购计划' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 槐渚市妇幼保健院 2024年度 部门整体支出（财政拨款部分）。全部为虚构数据。金额单位：万元。
# 医疗设备购置压减204万元，只写 initial 与 total。孕产妇死亡率按“/10万”、5岁以下儿童死亡率按“‰”填写，均为反向指标。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const report = `#T 槐渚市妇幼保健院2024年度部门整体支出绩效自评报告
#1n 单位概况
我院是全市妇幼健康服务的技术指导中心，开放床位[[350|床位数（数据无）]]张，承担全市出生缺陷防治、儿童保健和基层妇幼人员培训等公共卫生职能。
人员情况：↵核定编制⇥{{staffing.authorized|0}}名↵在职人员⇥{{staffing.actual|0}}人（比上年增加{{staffing.actual-staffing.priorActual|0}}人）↵人员控制率⇥{{staffing.controlRate|2}}%↵离退休人员⇥{{staffing.retired|0}}人
#1n 财政拨款收支
#2n 预算和执行
财政拨款年初预算{{budget.initial|2t}}万元，年中追加出生缺陷综合防治和儿童保健能力提升经费{{budget.adjustments[0].amount|2t}}万元，压减设备购置{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元；全年支出{{budget.actual|2t}}万元，执行率{{budget.rate|2}}%，结转结余{{budget.carryover|2}}万元。
支出结构：↵基本支出⇥{{basicExpense.total|2t|r=basicExpense.personnel,basicExpense.publicUse}}万元（人员经费{{basicExpense.personnel|2t}}万元，公用经费{{basicExpense.publicUse|2}}万元）↵项目支出⇥{{projectExpense.total|2t}}万元↵二者分别比上年增长{{basicExpense.changeRate|2|r=basicExpense.total,basicExpense.prior}}%和{{projectExpense.changeRate|2|r=projectExpense.total,projectExpense.prior}}%。
#2n 项目支出
@@table head=2 w=3000,1300,1300,1300,1300,1100
项目|预算（万元）|<|<|支出（万元）|执行率
^|年初|调整|全年|^|^
出生缺陷综合防治|{{${P(0, 'initial')}|2t}}|{{${P(0, 'adjustment')}|2+}}|{{${P(0, 'total')}|2t}}|{{${P(0, 'actual')}|2t}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
儿童保健能力提升和托育指导|{{${P(1, 'initial')}|2}}|{{${P(1, 'adjustment')}|2+}}|{{${P(1, 'total')}|2t}}|{{${P(1, 'actual')}|2t|del=1,212.46}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
医疗设备购置|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}-${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%¶（压减后）
合计|{{${P(0, 'initial')}+${P(1, 'initial')}+${P(2, 'initial')}|2t}}|{{projectExpense.budget-${P(0, 'initial')}-${P(1, 'initial')}-${P(2, 'initial')}|2+}}|{{projectExpense.budget|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{projectExpense.total|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{projectExpense.total/projectExpense.budget*100|2}}%
@@end
#2n “三公”经费、政府采购和资产
“三公”经费支出{{${T('total', 'actual')}|2}}万元，同比下降{{-${T('total', 'changeRate')}|2|r=${T('total', 'actual')},${T('total', 'prior')}}}%；公务接待费和公务用车运行维护费分别为{{${T('reception', 'actual')}|2}}万元和{{${T('vehicle', 'actual')}|2}}万元，无因公出国（境）。++公务用车运行维护费比上年减少{{${T('vehicle', 'prior')}-${T('vehicle', 'actual')}|2}}万元，主要是[[1|车辆数]]辆救护车改由[[120|急救电话（名称中的数字）]]调度统一保障。++
政府采购支出{{procurement.actual|2t}}万元，其中货物{{procurement.goods.actual|2t}}万元、服务{{procurement.services.actual|2}}万元。年末资产总额{{assets.total|2t}}万元，固定资产{{assets.fixed|2t|b=19,827.36~金额（固定资产，正文）~no}}万元。
#1n 绩效目标完成情况
全年门急诊{{${A('outpatient')}|1}}万人次，同比增长{{${A('outpatient', 'changeRate')}|1}}%；新生儿疾病筛查{{${A('screened')}|2}}万人次，遗传代谢病筛查率{{num(${I(0)}.actual)|1|lit}}%，听力筛查率{{num(${I(1)}.actual)|1|lit}}%；孕产妇系统管理率{{num(${I(2)}.actual)|1|lit}}%，[[0—6|指标名称中的年龄段]]岁儿童健康管理率{{num(${I(3)}.actual)|1|lit}}%，低于目标{{num(${I(3)}.target)-num(${I(3)}.actual)|1}}个百分点。指导托育机构{{${A('childcare')}|0}}家，覆盖率{{num(${I(4)}.actual)|0|lit}}%。
孕产妇死亡率{{num(${I(5)}.actual)|2|lit}}/[[10|“/10万”中的数]]万，[[5|指标名称中的年龄]]岁以下儿童死亡率{{num(${I(7)}.actual)|2|lit}}‰，产前筛查率{{num(${I(6)}.actual)|1|lit}}%。全年培训基层妇幼人员{{${A('trainees')}|0t}}人次。服务对象满意度{{num(${I(8)}.actual)|1|lit}}%。
#1n 自评得分
@@table head=1 w=1500,3000,1300,1300,900,1000
一级指标|三级指标|指标值|完成值|分值|得分
预算执行|预算执行率|[[100%|执行率目标值]]|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
产出指标|新生儿遗传代谢病筛查率|≥{{num(${I(0)}.target)|0|lit}}%|{{num(${I(0)}.actual)|1|lit}}%|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
^|新生儿听力筛查率|≥{{num(${I(1)}.target)|0|lit}}%|{{num(${I(1)}.actual)|1|lit}}%|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
^|孕产妇系统管理率|≥{{num(${I(2)}.target)|0|lit}}%|{{num(${I(2)}.actual)|1|lit}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|0}}
^|[[0—6|指标名称中的年龄段]]岁儿童健康管理率|≥{{num(${I(3)}.target)|0|lit}}%|{{num(${I(3)}.actual)|1|lit}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|2|a=7.78~得分（Word 评分表）~yes~按比例应得7.88，且与总分99.66不符}}¶（未达成）
^|托育机构指导覆盖率|≥{{num(${I(4)}.target)|0|lit}}%|{{num(${I(4)}.actual)|0|lit}}%|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
效益指标|孕产妇死亡率|≤{{num(${I(5)}.target)|0|lit}}/[[10|“/10万”中的数]]万|{{num(${I(5)}.actual)|2|lit}}/[[10|“/10万”中的数]]万|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
^|产前筛查率|≥{{num(${I(6)}.target)|0|lit}}%|{{num(${I(6)}.actual)|1|lit}}%|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
^|[[5|指标名称中的年龄]]岁以下儿童死亡率|≤{{num(${I(7)}.target)|0|lit}}‰|{{num(${I(7)}.actual)|2|lit}}‰|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
满意度指标|服务对象满意度|≥{{num(${I(8)}.target)|0|lit}}%|{{num(${I(8)}.actual)|1|lit}}%|{{${I(8)}.weight|0}}|{{${I(8)}.score|0}}
合计|<|<|<|{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8].map((n) => I(n) + '.score').join(',')}}}
@@end
#1n 问题和改进
-n2 [[0—6|指标名称中的年龄段]]岁儿童健康管理率未达目标：流动儿童失访较多。将与社区网格共享流动儿童信息，失访儿童[[30|天数（制度）]]日内完成追访。
-n2 设备购置压减后部分更新计划推迟：按轻重缓急重排采购计划，优先更新新生儿筛查实验室设备。
#R 槐渚市妇幼保健院
#R 2025年3月28日⇥（公章）
`;

module.exports = { info, data, header, report };

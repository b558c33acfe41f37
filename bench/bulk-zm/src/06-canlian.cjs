'use strict';
// 06 txt 部门 县级：棠沚县残疾人联合会（制表符分隔的系统导出表、括号分项、两个基数、较计划超出/低于）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '棠沚县残疾人联合会', shortName: '县残联', title: '棠沚县残疾人联合会2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 14, actual: 13, controlRate: 92.86 },
  background: { functions: ['残疾人康复救助', '辅助器具适配', '托养服务', '无障碍环境建设'] },
  budget: { initial: '1,064.80', adjustments: [{ type: '追加', amount: '143.60', reason: '残疾人两项补贴提标' }], total: '1,208.40', actual: '1,186.95', carryover: 21.45,
    sources: { current: { initial: 1064.8, total: 1208.4, actual: 1186.95 } } },
  basicExpense: { total: 248.63, personnel: 211.38, publicUse: 37.25, budget: '252.40', prior: 241.06, changeRate: 3.14 },
  projectExpense: { total: 938.32, budget: '956.00', prior: '874.10', changeRate: 7.35 },
  projects: [
    { name: '残疾人康复救助', total: 420, actual: '416.80' },
    { name: '辅助器具适配', total: 136, actual: 131.52 },
    { name: '托养服务补贴', total: 250, actual: '243.60' },
    { name: '无障碍改造', total: 150, actual: '146.40' },
  ],
  threePublic: {
    vehicle: { prior: '3.20', budget: '3.20', actual: 2.95 },
    vehicleOperation: { prior: '3.20', budget: '3.20', actual: 2.95 },
    reception: { prior: 0.86, budget: 1, actual: 0.64 },
    total: { prior: 4.06, budget: '4.20', actual: 3.59 },
  },
  budgetRate: { weight: 10, score: 9.82 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.51, grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '残疾儿童康复救助', target: '180人', actual: '186人', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '辅助器具适配', target: '900件', actual: '947件', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '托养服务', target: '320人', actual: '310人', weight: 10, score: 9.69,
      deviation: { reason: '两家托养机构年中停业整改', measure: '新增定点托养机构' } },
    { level1: '产出指标', level2: '数量指标', name: '家庭无障碍改造', target: '120户', actual: '126户', weight: 15, score: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '残疾人基本康复服务覆盖率', target: '≥85%', actual: '88.4%', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '无障碍环境持续改善', target: '持续改善', actual: '持续改善', weight: 15, score: 15, band: '达成' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '残疾人及亲属满意度', target: '≥90%', actual: '95.3%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'cards', group: '履职效能', topic: '证件办理', name: '新办第二代残疾人证', value: 412, unit: '本' },
    { id: 'visits', group: '社会效应', topic: '走访', name: '入户走访重度残疾人家庭', value: 1268, unit: '户' },
  ],
  problems: [{ id: 'care', text: '托养服务人数未达计划', cause: '两家托养机构停业整改', measure: '新增定点托养机构' }],
};
const T = (cells) => cells.join('\t');
const tpl = `棠沚县残疾人联合会2024年度部门整体支出绩效自评报告

一、部门概况
县残联为参照公务员法管理的人民团体，机关编制{{14=d.staffing.authorized}}人，年末在职{{13=d.staffing.actual}}人，人员控制率{{92.86=d.staffing.controlRate}}%。全县持证残疾人[[9,846|全县残疾人数]]人，其中一级、二级重度残疾人[[3,127|全县残疾人数]]人。

二、预算及执行情况
（一）预算安排。年初预算{{1,064.80=d.budget.initial}}万元，年中因残疾人两项补贴提标追加{{143.60=d.budget.adjustments[0].amount}}万元，调整后预算{{1,208.40=d.budget.total}}万元（其中：基本支出{{252.40=d.basicExpense.budget}}万元，项目支出{{956.00=d.projectExpense.budget}}万元）。
（二）支出情况。全年支出{{1,186.95=d.budget.actual}}万元（其中：基本支出{{248.63=d.basicExpense.total}}万元，含人员经费{{211.38=d.basicExpense.personnel}}万元、公用经费{{37.25=d.basicExpense.publicUse}}万元；项目支出{{938.32=d.projectExpense.total}}万元）。实际支出比年初预算增加{{122.15=N(d.budget.actual)-N(d.budget.initial)}}万元、比调整后预算减少{{21.45=d.budget.carryover}}万元，预算执行率{{98.22=pct(d.budget.actual,d.budget.total)}}%。
（三）与上年比较。基本支出比上年增加{{7.57=d.basicExpense.total-d.basicExpense.prior}}万元，增长{{3.14=d.basicExpense.changeRate}}%；项目支出比上年的{{874.10=d.projectExpense.prior}}万元增长{{7.35=d.projectExpense.changeRate}}%，主要是两项补贴标准提高。
（四）项目支出明细（财务系统导出，单位：万元）
${T(['项目名称', '预算数', '支出数', '结余', '执行率%'])}
${T(['残疾人康复救助', '{{420.00=P(0).total}}', '{{416.80=P(0).actual}}', '{{3.20=P(0).total-P(0).actual}}', '{{99.24=pct(P(0).actual,P(0).total)}}'])}
${T(['辅助器具适配', '{{136.00=P(1).total}}', '{{131.52=P(1).actual|a:135.12~支出数改动后结余4.48、执行率96.71和合计938.32都对不上}}', '{{4.48=P(1).total-P(1).actual}}', '{{96.71=pct(P(1).actual,P(1).total)}}'])}
${T(['托养服务补贴', '{{250.00=P(2).total}}', '{{243.60=P(2).actual}}', '{{6.40=P(2).total-P(2).actual}}', '{{97.44=pct(P(2).actual,P(2).total)}}'])}
${T(['无障碍改造', '{{150.00=P(3).total}}', '{{146.40=P(3).actual}}', '{{3.60=P(3).total-P(3).actual}}', '{{97.60=pct(P(3).actual,P(3).total)}}'])}
${T(['合计', '{{956.00=d.projectExpense.budget}}', '{{938.32=d.projectExpense.total}}', '{{17.68=N(d.projectExpense.budget)-N(d.projectExpense.total)}}', '{{98.15=pct(d.projectExpense.total,d.projectExpense.budget)}}'])}
（五）“三公”经费（单位：万元）
${T(['科目', '上年决算', '本年预算', '本年决算'])}
${T(['公务用车运行维护费', '{{3.20=d.threePublic.vehicleOperation.prior}}', '{{3.20=d.threePublic.vehicleOperation.budget}}', '{{2.95=d.threePublic.vehicleOperation.actual}}'])}
${T(['公务接待费', '{{0.86=d.threePublic.reception.prior}}', '{{1.00=d.threePublic.reception.budget}}', '{{0.64=d.threePublic.reception.actual}}'])}
${T(['因公出国（境）费', '', '', ''])}
${T(['合计', '{{4.06=d.threePublic.total.prior}}', '{{4.20=d.threePublic.total.budget}}', '{{3.59=d.threePublic.total.actual}}'])}

三、绩效情况
（一）履职效能。为{{186=num(I(0).actual)}}名残疾儿童提供康复救助，较计划多{{6=num(I(0).actual)-num(I(0).target)}}名；适配辅助器具{{947=num(I(1).actual)}}件；完成家庭无障碍改造{{126=num(I(3).actual)}}户，每户补助不超过[[6,000|政策标准]]元。托养服务{{310=num(I(2).actual)}}人，低于计划{{10=num(I(2).target)-num(I(2).actual)}}人，原因是两家托养机构年中停业整改。全年新办第二代残疾人证{{412=A('cards')|b:421~办证数，正文只出现一次}}本。
（二）社会效应。残疾人基本康复服务覆盖率{{88.4=num(I(4).actual)}}%，较计划超出{{3.4=num(I(4).actual)-num(I(4).target)}}个百分点；入户走访重度残疾人家庭{{1,268=A('visits')}}户。
（三）满意度。抽样调查残疾人及亲属[[400|问卷份数]]人，满意度{{95.3=num(I(6).actual)}}%。

四、自评结果
预算执行率得{{9.82=d.budgetRate.score}}分，产出指标得{{49.69=I(0).score+I(1).score+I(2).score+I(3).score}}分（托养服务按{{310=num(I(2).actual)}}/{{320=num(I(2).target)}}折算为{{9.69=I(2).score}}分），效益指标得{{30=I(4).score+I(5).score}}分，满意度指标得{{10=I(6).score}}分，总分{{99.51=S()}}分，评价等级为优。

五、存在问题及改进措施
托养服务人数未达计划。下一步新增定点托养机构[[2|机构个数]]家，确保[[2025|年份]]年托养服务不少于[[330|下年目标]]人。

棠沚县残疾人联合会
2025年3月27日
`;
module.exports = { id: '06', file: '06-canlian', fmt: 'txt', level: '县', sector: '残疾人联合会', data, tpl,
  header: `06 棠沚县残疾人联合会（部门整体支出）。金额单位：万元。全部虚构。报告见 clean/06-canlian.txt。`,
  styles: ['财务系统导出的制表符分隔表（执行率%列不带%号）', '括号分项（其中：基本支出…含人员经费…；项目支出…）', '比年初预算增加、比调整后预算减少', '较计划超出3.4个百分点、低于计划10人', '空行（因公出国无数）', '政策标准、问卷份数（skip）'] };

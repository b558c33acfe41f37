'use strict';
// 05 md 部门 省级：沄桑省图书馆（汉字数字带“点”、同上/〃、备注列含数字、上年数）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '沄桑省图书馆', shortName: '省图书馆', title: '沄桑省图书馆2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 186, actual: 171, priorActual: 175, changeReason: '退休4人', controlRate: 91.94 },
  background: { functions: ['文献收藏与保护', '古籍保护', '数字图书馆建设', '全民阅读推广'], organization: ['办公室', '采编部', '典藏部', '古籍部', '数字资源部', '读者服务部'] },
  budget: { initial: '9,240.00', adjustments: [{ type: '追加', amount: '386.50', reason: '古籍保护专项' }, { type: '压减', amount: 120, reason: '阅读推广活动压减' }],
    total: '9,506.50', actual: '9,376.82', carryover: 129.68, sources: { current: { initial: 9240, total: 9506.5, actual: 9376.82 } } },
  basicExpense: { total: '6,812.45', personnel: '5,930.17', publicUse: 882.28, budget: '6,860.00', prior: '6,688.90', changeRate: 1.85 },
  projectExpense: { total: '2,564.37', budget: '2,646.50', prior: '2,731.06', changeRate: -6.1, reason: '阅读推广活动压减' },
  projects: [
    { name: '文献资源购置', total: 1420, actual: 1408.62 },
    { name: '古籍保护', total: '386.50', actual: '371.20' },
    { name: '数字图书馆运维', total: 540, actual: 528.15 },
    { name: '阅读推广活动', total: 300, actual: '256.40' },
  ],
  threePublic: {
    vehicle: { prior: '6.80', budget: '7.00', actual: 6.54 },
    vehicleOperation: { prior: '6.80', budget: '7.00', actual: 6.54 },
    reception: { prior: '4.10', budget: '4.50', actual: 3.72 },
    total: { prior: '10.90', budget: '11.50', actual: 10.26 },
  },
  budgetRate: { weight: 10, score: 9.86 },
  scoreSummary: { weightTotal: 100, scoreTotal: '99.20', grade: '优' },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新增馆藏文献', target: '≥18万册', actual: '19.6万册', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '古籍修复', target: '2,000叶', actual: '2,140叶', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '数字资源访问量', target: '≥1,200万人次', actual: '1,356万人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '到馆读者', target: '260万人次', actual: '248.6万人次', weight: 15, score: 14.34,
      deviation: { reason: '主馆区消防改造闭馆两个月', measure: '错峰开放分馆' } },
    { level1: '效益指标', level2: '社会效益指标', name: '阅读推广活动', target: '600场次', actual: '642场次', weight: 15, score: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '公共文化服务体系建设', target: '持续完善', actual: '持续完善', weight: 15, score: 15, band: '达成' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '读者满意度', target: '≥95%', actual: '97.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'readers', group: '履职效能', topic: '读者服务', name: '到馆读者', value: 248.6, unit: '万人次', prior: 231.4, changeRate: 7.43 },
    { id: 'cards', group: '履职效能', topic: '读者服务', name: '新办读者证', value: 12.7, unit: '万张' },
    { id: 'lectures', group: '社会效应', topic: '阅读推广', name: '举办“沄桑讲坛”', value: 48, unit: '期' },
  ],
  problems: [{ id: 'close', text: '到馆读者未达目标', cause: '主馆区消防改造闭馆', measure: '错峰开放分馆' }],
};
const tpl = `# 沄桑省图书馆2024年度部门整体支出绩效自评报告

## 一、基本情况

省图书馆为省文化和旅游厅所属公益一类事业单位，设采编、典藏、古籍、数字资源、读者服务等业务部门，馆舍面积[[6.8|馆舍面积]]万平方米。年末核定编制{{186=d.staffing.authorized}}人，实有在职{{171=d.staffing.actual}}人，比上年末减少{{4=d.staffing.priorActual-d.staffing.actual}}人，人员控制率{{91.94=d.staffing.controlRate}}%。

## 二、预算执行情况

（一）总体情况。上年全年预算[[9,318.20|数据无上年预算]]万元、执行率[[97.86|数据无上年执行率]]%。本年年初预算{{9,240.00=d.budget.initial}}万元，年中追加古籍保护专项{{386.50=d.budget.adjustments[0].amount}}万元、压减阅读推广活动经费{{120.00=d.budget.adjustments[1].amount}}万元，全年预算{{9,506.50=d.budget.total}}万元（大写：玖仟伍佰零陆万伍仟元整）。全年支出{{九千三百七十六点八二=d.budget.actual|cn}}万元，即{{9,376.82=d.budget.actual}}万元，预算执行率达到百分之{{九十八点六四=pct(d.budget.actual,d.budget.total)|cn|a:九十八点四六~执行率改动后不再等于9,376.82÷9,506.50}}，结转下年{{129.68=d.budget.carryover}}万元。

（二）基本支出。基本支出{{6,812.45=d.basicExpense.total}}万元，其中人员经费{{5,930.17=d.basicExpense.personnel}}万元、公用经费{{882.28=d.basicExpense.publicUse}}万元。上年基本支出为{{6,688.90=d.basicExpense.prior}}万元，本年增长{{1.85=d.basicExpense.changeRate}}%，主要是调整绩效工资基数。

（三）项目支出。项目支出{{2,564.37=d.projectExpense.total}}万元，上年为{{2,731.06=d.projectExpense.prior}}万元，下降{{6.10=-d.projectExpense.changeRate}}%。各项目情况见下表（单位：万元）：

| 项目 | 全年预算 | 实际支出 | 资金来源 | 备注 |
|---|---:|---:|---|---|
| 文献资源购置 | {{1,420.00=P(0).total}} | {{1,408.62=P(0).actual}} | 省级财政拨款 | 中文图书[[11.2|采购细分]]万册 |
| 古籍保护 | {{386.50=P(1).total}} | {{371.20=P(1).actual}} | 〃 | 年中追加{{386.50=d.budget.adjustments[0].amount}}万元 |
| 数字图书馆运维 | {{540.00=P(2).total}} | {{528.15=P(2).actual}} | 同上 | 结余{{11.85=P(2).total-P(2).actual}}万元 |
| 阅读推广活动 | {{300.00=P(3).total}} | {{256.40=P(3).actual}} | 同上 | 压减后执行率{{85.47=pct(P(3).actual,P(3).total)}}% |
| 合计 | {{2,646.50=d.projectExpense.budget}} | {{2,564.37=d.projectExpense.total}} | — | |

（四）“三公”经费。

| 项目 | 上年决算 | 本年预算 | 本年决算 | 变动率 | 备注 |
|---|---:|---:|---:|---:|---|
| 因公出国（境）费 | - | - | - | / | 本年未安排 |
| 公务用车运行维护费 | {{6.80=d.threePublic.vehicleOperation.prior}} | {{7.00=d.threePublic.vehicleOperation.budget}} | {{6.54=d.threePublic.vehicleOperation.actual}} | {{-3.82=chg(d.threePublic.vehicleOperation.actual,d.threePublic.vehicleOperation.prior)}}% | 车辆[[3|车辆数]]辆，〃 |
| 公务接待费 | {{4.10=d.threePublic.reception.prior}} | {{4.50=d.threePublic.reception.budget}} | {{3.72=d.threePublic.reception.actual}} | {{-9.27=chg(d.threePublic.reception.actual,d.threePublic.reception.prior)}}% | 较上年减少{{0.38=d.threePublic.reception.prior-d.threePublic.reception.actual}}万元 |
| 合计 | {{10.90=d.threePublic.total.prior}} | {{11.50=d.threePublic.total.budget}} | {{10.26=d.threePublic.total.actual}} | {{-5.87=chg(d.threePublic.total.actual,d.threePublic.total.prior)}}% | 同上 |

## 三、绩效目标完成情况

（一）履职效能。新增馆藏文献{{19.6=num(I(0).actual)}}万册（目标不少于{{18=num(I(0).target)}}万册）；修复古籍{{2,140=num(I(1).actual)}}叶，完成率{{107=pct(num(I(1).actual),num(I(1).target))}}%；数字资源访问量{{1,356=num(I(2).actual)}}万人次。受主馆区消防改造闭馆两个月影响，到馆读者{{248.6=A('readers')}}万人次，低于{{260=num(I(3).target)}}万人次的目标，但比上年的{{231.4=AP('readers')}}万人次增长{{7.43=AC('readers')}}%。全年新办读者证{{12.7=A('cards')}}万张。

（二）社会效应。举办阅读推广活动{{642=num(I(4).actual)}}场次，其中“沄桑讲坛”{{48=A('lectures')|b:84~讲坛期数，正文只出现一次}}期、“[[4·23|读书日]]”读书月活动[[36|场次细分]]场次。读者满意度{{97.2=num(I(6).actual)}}%，比目标高出{{2.2=num(I(6).actual)-num(I(6).target)}}个百分点。

## 四、自评得分

预算执行率得{{9.86=d.budgetRate.score}}分；产出指标满分{{50=I(0).weight+I(1).weight+I(2).weight+I(3).weight}}分，得{{49.34=I(0).score+I(1).score+I(2).score+I(3).score}}分（到馆读者按{{248.6=num(I(3).actual)}}÷{{260=num(I(3).target)}}计{{14.34=I(3).score}}分）；效益指标得{{30=I(4).score+I(5).score}}分；满意度指标得{{10=I(6).score}}分。总分{{九十九点二=S()|cn}}分，即{{99.20=S()}}分，等级“优”。

## 五、问题与措施

到馆读者未达目标，原因是主馆区消防改造闭馆。[[2025|年份]]年将错峰开放[[3|分馆个数]]个分馆，延长夜间开放时间至[[21|时刻]]时。
`;
module.exports = { id: '05', file: '05-tushuguan', fmt: 'md', level: '省', sector: '公共图书馆', data, tpl,
  header: `05 沄桑省图书馆（部门整体支出）。金额单位：万元。全部虚构。报告见 clean/05-tushuguan.md。
正文“九千三百七十六点八二万元”“百分之九十八点六四”“九十九点二分”为汉字数字；表中“〃”“同上”为同上符号。`,
  styles: ['汉字数字带“点”（九千三百七十六点八二万元、百分之九十八点六四、九十九点二分）', '资金来源列“〃”“同上”', '备注列含数字（年中追加、结余、执行率、较上年减少）', '“-”无、“/”不适用', '上年预算和上年执行率（数据无，skip）', '上年基本支出、项目支出（数据有）', '大写金额（skip）', '比目标高出2.2个百分点'] };

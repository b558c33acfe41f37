'use strict';
// 02 txt 项目 县级：杳溪县交通运输局 农村公路养护补助资金（只用空格对齐的评分表）
const { spaceTable } = require('../lib/core.cjs');
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '杳溪县交通运输局', shortName: '县交通运输局', department: '杳溪县交通运输局', implementer: '杳溪县公路事务中心',
    project: '农村公路养护补助资金', title: '杳溪县2024年度农村公路养护补助资金绩效自评报告', thousands: true },
  background: { purpose: ['县乡村道日常养护', '预防性养护', '水毁路段修复'] },
  budget: { initial: '1,380.00', adjustments: [{ type: '追加', amount: 220, reason: '汛后水毁修复' }], total: '1,600.00', actual: '1,571.84', carryover: 28.16,
    sources: { current: { initial: 1380, total: 1600, actual: 1571.84 } } },
  budgetRate: { weight: 10, score: 9.82 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.26, grade: '优' },
  goals: { expected: ['农村公路有路必养、养必到位'] },
  projects: [
    { name: '日常养护', initial: 760, total: 760, actual: '758.30', carryover: '1.70' },
    { name: '预防性养护', initial: 420, total: 420, actual: 409.54, carryover: 10.46 },
    { name: '水毁修复', initial: 200, adjustment: 220, total: 420, actual: '404.00', carryover: 16 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '日常养护里程', target: '≥1,850公里', actual: '1,862.4公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '预防性养护里程', target: '120公里', actual: '126.5公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '优良中等路率', target: '≥85%', actual: '87.3%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '路面病害处置时限', target: '≤5个工作日', actual: '3.5个工作日', weight: 10, score: 10, direction: 'negative' },
    { level1: '产出指标', level2: '成本指标', name: '每公里日常养护成本', target: '≤4,200元', actual: '4,072元', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '农村公路列养率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '水毁路段恢复通行', target: '36处', actual: '34处', weight: 10, score: 9.44,
      deviation: { reason: '两处路段因山体滑坡需整体改线', measure: '纳入下年改线工程' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '县乡道安全隐患整治', target: '60处', actual: '62处', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '沿线群众满意度', target: '≥90%', actual: '94.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'wardens', group: '日常养护', topic: '护路队伍', name: '聘用农村公益性岗位护路员', value: 312, unit: '人' },
    { id: 'bridges', group: '预防性养护', topic: '桥涵', name: '维修危旧桥梁', value: 9, unit: '座' },
    { id: 'culverts', group: '预防性养护', topic: '桥涵', name: '疏通涵洞', value: 146, unit: '道' },
    { id: 'households', group: '效益', topic: '受益群众', name: '沿线受益农户', value: 4.62, unit: '万户', approx: '约' },
  ],
  problems: [
    { id: 'cost', text: '养护成本上涨', cause: '砂石材料价格上涨', measure: '推行片区集中采购' },
    { id: 'slide', text: '部分水毁路段未恢复', cause: '山体滑坡需改线', measure: '纳入下年改线工程' },
  ],
};
const I = data.indicators;
const row = (i, tgt, act, w, s) => [String(i + 1), I[i].name, tgt, act, w, s];
const table = spaceTable([
  ['序号', '指标名称', '年度指标值', '实际完成值', '分值', '得分'],
  ['1', '预算执行率', '[[100|执行率目标]]%', '{{98.24=pct(d.budget.actual,d.budget.total)}}%', '{{10=d.budgetRate.weight}}', '{{9.82=d.budgetRate.score}}'],
  ['2', '日常养护里程', '≥{{1,850=num(I(0).target)}}公里', '{{1,862.4=num(I(0).actual)}}公里', '{{10=I(0).weight}}', '{{10=I(0).score}}'],
  ['3', '预防性养护里程', '{{120=num(I(1).target)}}公里', '{{126.5=num(I(1).actual)}}公里', '{{10=I(1).weight}}', '{{10=I(1).score}}'],
  ['4', '优良中等路率', '≥{{85=num(I(2).target)}}%', '{{87.3=num(I(2).actual)}}%', '{{10=I(2).weight}}', '{{10=I(2).score}}'],
  ['5', '路面病害处置时限', '≤{{5=num(I(3).target)}}个工作日', '{{3.5=num(I(3).actual)}}个工作日', '{{10=I(3).weight}}', '{{10=I(3).score}}'],
  ['6', '每公里日常养护成本', '≤{{4,200=num(I(4).target)}}元', '{{4,072=num(I(4).actual)}}元', '{{10=I(4).weight}}', '{{10=I(4).score}}'],
  ['7', '农村公路列养率', '{{100=num(I(5).target)}}%', '{{100=num(I(5).actual)}}%', '{{10=I(5).weight}}', '{{10=I(5).score}}'],
  ['8', '水毁路段恢复通行', '{{36=num(I(6).target)}}处', '{{34=num(I(6).actual)}}处', '{{10=I(6).weight}}', '{{9.44=I(6).score|a:9.94~得分改动后合计不再是99.26，且超出34÷36×10}}'],
  ['9', '县乡道安全隐患整治', '{{60=num(I(7).target)}}处', '{{62=num(I(7).actual)}}处', '{{10=I(7).weight}}', '{{10=I(7).score}}'],
  ['10', '沿线群众满意度', '≥{{90=num(I(8).target)}}%', '{{94.1=num(I(8).actual)}}%', '{{10=I(8).weight}}', '{{10=I(8).score}}'],
  ['', '合计', '', '', '{{100=W()}}', '{{99.26=S()}}'],
].map((r, i) => i === 0 ? r : [i === 11 ? '' : `[[${r[0]}|序号]]`, ...r.slice(1)]), { gap: 3 });
const tpl = `杳溪县2024年度农村公路养护补助资金绩效自评报告

杳溪县交通运输局
2025年3月21日

一、项目基本情况

（一）项目背景。全县现有农村公路[[2,047.6|路网里程]]公里，其中县道[[311.2]]公里、乡道[[598.7]]公里、村道[[1,137.7]]公里。按照《沄桑省农村公路养护管理办法》（沄交规〔2021〕6号），县财政每年安排农村公路养护补助资金，县道每公里每年不低于[[10,000|政策标准]]元、乡道[[5,000|政策标准]]元、村道[[3,000|政策标准]]元。

（二）绩效目标。年初设定日常养护里程不少于{{1,850=num(I(0).target)}}公里、预防性养护{{120=num(I(1).target)}}公里、优良中等路率不低于{{85=num(I(2).target)}}%等[[9|指标个数]]项绩效指标。

二、资金投入和使用情况

（一）预算安排。年初预算{{1,380.00=d.budget.initial}}万元，7月强降雨后追加水毁修复资金{{220.00=d.budget.adjustments[0].amount}}万元，全年预算{{1,600.00=d.budget.total}}万元，全部为县级财政资金（含上级转移支付[[640.00|资金来源细分]]万元）。

（二）资金使用。全年实际支出{{1,571.84=d.budget.actual}}万元，预算执行率{{98.24=pct(d.budget.actual,d.budget.total)}}%，结余{{28.16=d.budget.carryover}}万元。分项看：日常养护支出{{758.30=P(0).actual}}万元，预防性养护支出{{409.54=P(1).actual}}万元，水毁修复支出{{404.00=P(2).actual}}万元（预算{{420.00=P(2).total}}万元，其中追加{{220.00=P(2).adjustment}}万元）。水毁修复结余{{16.00=P(2).carryover}}万元，原因是两处滑坡路段须改线，当年无法施工。

（三）资金管理。资金实行县级报账制，养护费用按月考核、按季拨付，全年召开养护质量讲评会[[4|会议次数]]次，抽查路段[[85|抽查次数]]段次。

三、绩效目标完成情况

（一）产出。全年完成日常养护里程{{1,862.4=num(I(0).actual)}}公里，逾{{1,860=num(I(0).actual)|cmp:ge}}公里的路段实现“有路必养”；完成预防性养护{{126.5=num(I(1).actual)}}公里，超计划{{6.5=num(I(1).actual)-num(I(1).target)}}公里。维修危旧桥梁{{9=A('bridges')}}座，疏通涵洞{{146=A('culverts')}}道。全县优良中等路率{{87.3=num(I(2).actual)}}%，比目标高{{2.3=num(I(2).actual)-num(I(2).target)}}个百分点。路面坑槽等病害平均在{{3.5=num(I(3).actual)}}个工作日内处置完毕（目标≤{{5=num(I(3).target)}}个工作日）。每公里日常养护成本{{4,072=num(I(4).actual)}}元，控制在{{4,200=num(I(4).target)}}元以内。

（二）效益。农村公路列养率保持{{100=num(I(5).actual)}}%；计划恢复通行的{{36=num(I(6).target)}}处水毁路段已恢复{{34=num(I(6).actual)}}处；整治县乡道安全隐患{{62=num(I(7).actual)}}处。全年聘用农村公益性岗位护路员{{312=A('wardens')|b:321~护路员人数，正文只出现一次}}人，人均月补贴[[1,500|政策标准]]元；沿线受益农户约{{4.6=A('households')|cmp:about}}万户。

（三）满意度。向沿线[[12|乡镇个数]]个乡镇发放问卷[[600|问卷份数]]份，收回[[587|问卷份数]]份，群众满意度{{94.1=num(I(8).actual)}}%。

四、自评结论

按照县财政局评分办法，本项目自评得分{{99.26=S()}}分，等级为“优”。评分情况如下：

${table}

说明：水毁路段恢复通行一项按完成比例计分，{{34=num(I(6).actual)}}÷{{36=num(I(6).target)}}×{{10=I(6).weight}}={{9.44=I(6).score}}分。

五、存在的问题和改进措施

（一）养护成本逐年上涨。砂石材料价格较上年上涨约[[8|市场价格]]%，下一步推行片区集中采购。
（二）部分水毁路段未恢复。两处路段须整体改线，已纳入2025年改线工程。

联系人：龙再洵　联系电话：[[13807462195|电话]]
`;
module.exports = { id: '02', file: '02-gonglu', fmt: 'txt', level: '县', sector: '农村公路养护', data, tpl,
  header: `02 杳溪县交通运输局：农村公路养护补助资金（项目支出）。金额单位：万元。全部虚构。报告见 clean/02-gonglu.txt。`,
  styles: ['纯文本评分表只用空格对齐（无竖线、无制表符）', '≤5个工作日对3.5个工作日、≤4,200元对4,072元（反向指标）', '逾1,860公里（约数）', '约4.6万户（约数）', '政策标准（每公里补助）skip', '比目标高2.3个百分点', '说明中的算式'] };

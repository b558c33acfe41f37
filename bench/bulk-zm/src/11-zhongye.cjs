'use strict';
// 11 txt 项目 市级：筠渡市农业农村局 种业振兴专项资金（汉字数字与阿拉伯数字并用、括号分项、较计划超出/低于、元与万元）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '筠渡市农业农村局', shortName: '市农业农村局', department: '筠渡市农业农村局', implementer: '筠渡市种子管理站',
    project: '种业振兴专项资金', title: '筠渡市2024年度种业振兴专项资金绩效自评报告', thousands: true },
  background: { purpose: ['良种繁育基地建设', '种质资源普查保护', '品种试验展示'] },
  budget: { initial: '1,200.00', adjustments: [{ type: '追加', amount: 150, reason: '第三次种质资源普查收尾' }], total: '1,350.00', actual: '1,326.51', carryover: 23.49,
    sources: { current: { initial: 1200, total: 1350, actual: 1326.51 } } },
  budgetRate: { weight: 10, score: 9.83 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.78, grade: '优' },
  goals: { expected: ['良种保障能力稳步提升'] },
  projects: [
    { name: '良种繁育基地建设', initial: 600, total: 600, actual: '594.30', carryover: '5.70' },
    { name: '种质资源普查保护', initial: 300, adjustment: 150, total: 450, actual: 441.21, carryover: 8.79 },
    { name: '品种试验展示', initial: 300, total: 300, actual: 291, carryover: 9 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新建良种繁育基地', target: '3.2万亩', actual: '3.45万亩', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '收集保存种质资源', target: '1,500份', actual: '1,622份', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '种子质量抽检合格率', target: '≥98%', actual: '99.1%', weight: 15, score: 15 },
    { level1: '产出指标', level2: '时效指标', name: '补助资金按期拨付', target: '按期拨付', actual: '按期拨付', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '经济效益指标', name: '主要农作物良种覆盖率', target: '≥96%', actual: '96.8%', weight: 15, score: 15 },
    { level1: '效益指标', level2: '经济效益指标', name: '繁种农户户均增收', target: '2,000元', actual: '1,860元', weight: 15, score: 13.95,
      deviation: { reason: '制种收购价格下调', measure: '推行订单制种' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '繁种农户满意度', target: '≥90%', actual: '93.4%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'seeds', group: '效益', topic: '良种生产', name: '年产良种', value: 1.86, unit: '万吨' },
    { id: 'varieties', group: '良种繁育基地建设', topic: '品种', name: '通过省级审定的新品种', value: 7, unit: '个' },
    { id: 'growers', group: '效益', topic: '良种生产', name: '参与繁种农户', value: 2340, unit: '户' },
  ],
  problems: [{ id: 'price', text: '繁种农户增收未达目标', cause: '制种收购价格下调', measure: '推行订单制种' }],
};
const tpl = `筠渡市2024年度种业振兴专项资金绩效自评报告

筠渡市农业农村局（市种子管理站代拟）

一、项目概况
本项目依据《筠渡市种业振兴行动实施方案（[[2022|年份]]—2025年）》设立，用于良种繁育基地建设、种质资源普查保护和品种试验展示。全市现有持证种子企业[[19|企业家数]]家，其中育繁推一体化企业[[2|企业家数]]家。

二、资金使用情况
年初预算{{一千二百=d.budget.initial|cn}}万元（{{1,200.00=d.budget.initial}}万元），年中为完成第三次种质资源普查收尾工作追加{{150.00=d.budget.adjustments[0].amount}}万元，全年预算{{一千三百五十=d.budget.total|cn}}万元。全年实际支出{{1,326.51=d.budget.actual}}万元（其中：良种繁育基地建设{{594.30=P(0).actual}}万元，种质资源普查保护{{441.21=P(1).actual}}万元，品种试验展示{{291.00=P(2).actual}}万元），预算执行率百分之{{九十八点二六=pct(d.budget.actual,d.budget.total)|cn}}，结余{{23.49=d.budget.carryover}}万元。
分项执行率：良种繁育基地建设{{99.05=pct(P(0).actual,P(0).total)}}%，种质资源普查保护{{98.05=pct(P(1).actual,P(1).total)|a:98.50~执行率改动后不再等于441.21÷450}}%，品种试验展示{{97.00=pct(P(2).actual,P(2).total)}}%。
良种繁育基地按每亩[[150|政策标准]]元的标准补助，品种试验展示每个展示点补助[[5|政策标准]]万元（即[[50,000|政策标准]]元）。

三、绩效目标完成情况
（一）数量。新建良种繁育基地{{3.45=num(I(0).actual)}}万亩，较计划超出{{0.25=num(I(0).actual)-num(I(0).target)}}万亩；收集保存种质资源{{1,622=num(I(1).actual)}}份，为计划的{{108.13=pct(num(I(1).actual),num(I(1).target))}}%。年产良种{{1.86=A('seeds')}}万吨，通过省级审定的新品种{{7=A('varieties')|b:9~审定品种数，正文只出现一次}}个。
（二）质量。种子质量抽检合格率{{99.1=num(I(2).actual)}}%，高于{{98=num(I(2).target)}}%的目标；全年抽检样品[[268|抽检样品数]]个。
（三）时效。补助资金均在[[6|月份]]月底前拨付到位。
（四）效益。主要农作物良种覆盖率达到百分之{{九十六点八=num(I(4).actual)|cn}}，较计划超出{{0.8=num(I(4).actual)-num(I(4).target)}}个百分点；参与繁种农户{{2,340=A('growers')}}户，户均增收{{1,860=num(I(5).actual)}}元（约{{0.19=num(I(5).actual)/10000}}万元），低于{{2,000=num(I(5).target)}}元的目标，相差{{140=num(I(5).target)-num(I(5).actual)}}元，原因是制种收购价格下调。
（五）满意度。繁种农户满意度{{93.4=num(I(6).actual)}}%。

四、自评得分
预算执行率得分{{九点八三=d.budgetRate.score|cn}}分（{{9.83=d.budgetRate.score}}分），产出指标得{{50=I(0).score+I(1).score+I(2).score+I(3).score}}分，效益指标得{{28.95=I(4).score+I(5).score}}分（户均增收按{{1,860=num(I(5).actual)}}÷{{2,000=num(I(5).target)}}×{{15=I(5).weight}}计{{13.95=I(5).score}}分），满意度指标得{{10=I(6).score}}分，合计{{98.78=S()}}分，等级为优。

五、问题及改进措施
繁种农户增收未达目标。下一步推行订单制种，与种子企业签订保底收购协议，收购价不低于市场价的[[1.1|政策标准]]倍。

筠渡市农业农村局
2025年3月25日
`;
module.exports = { id: '11', file: '11-zhongye', fmt: 'txt', level: '市', sector: '种业振兴', data, tpl,
  header: `11 筠渡市农业农村局：种业振兴专项资金（项目支出）。金额单位：万元。全部虚构。报告见 clean/11-zhongye.txt。`,
  styles: ['汉字数字（一千三百五十万元、百分之九十八点二六、百分之九十六点八）', '一千二百万元后括注1,200.00万元（两者都核对）', '九点八三分后括注9.83分', '括号分项（其中：…）', '较计划超出0.25万亩、0.8个百分点', '1,860元与约0.19万元并存', '政策标准每亩150元、5万元即50,000元（skip）', '规划名称中的年份区间'] };
module.exports.notes = ['“一千二百万元”“九点八三分”为汉字数字，与紧跟括注的阿拉伯数字都登记为核对（figures 中 cn: true）。'];

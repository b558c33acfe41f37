// 12 市侨务办公室（部门，市级，txt）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '茆塘市人民政府侨务办公室', shortName: '市侨办', title: '茆塘市人民政府侨务办公室2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['侨务政策落实', '归侨侨眷权益保护和帮扶', '海外联谊和华文教育', '侨资引进'], organization: ['秘书科', '侨政科', '联络科'] },
  staffing: { authorized: 16, actual: 15, retired: 6, controlRate: 93.75 },
  budget: { initial: 468, total: 468, actual: 452.73, carryover: 15.27, sources: { current: { initial: 468, total: 468, actual: 452.73 } } },
  basicExpense: { total: 286.54, personnel: 241.36, publicUse: 45.18, budget: 290, prior: 279.9, changeRate: 2.37 },
  projectExpense: { total: 166.19, budget: 178, prior: 148.62, changeRate: 11.82, reason: '归侨侨眷帮扶标准提高' },
  projects: [
    { name: '侨务联络和接待', total: 62, actual: 58.46 },
    { name: '归侨侨眷帮扶', total: 70, actual: 68.95 },
    { name: '华文教育和文化交流', total: 46, actual: 38.78 },
  ],
  threePublic: {
    overseas: { prior: 12.6, budget: 8, actual: 6.84, changeRate: -45.71 },
    vehicle: { prior: 2.3, budget: 2.5, actual: 2.18, changeRate: -5.22 },
    reception: { prior: 5.4, budget: 5.8, actual: 4.92, changeRate: -8.89 },
    total: { prior: 20.3, budget: 16.3, actual: 13.94, changeRate: -31.33 } },
  budgetRate: { weight: 10, score: 9.67 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.58, grade: '优' },
  goals: { expected: ['侨务工作服务全市发展大局，归侨侨眷合法权益得到维护'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '帮扶困难归侨侨眷', target: '≥300户', actual: '326户', weight: 20, score: 20 },
    { level1: '履职效能', level2: '数量指标', name: '开展侨务联谊活动', target: '≥24场', actual: '27场', weight: 15, score: 15 },
    { level1: '履职效能', level2: '数量指标', name: '华文教育培训', target: '≥800人次', actual: '742人次', weight: 15, score: 13.91,
      deviation: { reason: '一期海外华裔青少年夏令营改为线上举办，人数减少', measure: '2025年恢复线下营期' } },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '85.52%', weight: 10, score: 10, direction: 'negative' },
    { level1: '管理效率', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '93.75%', weight: 10, score: 10, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '引进侨资项目', target: '≥12个', actual: '14个', weight: 10, score: 10 },
    { level1: '满意度', level2: '满意度指标', name: '归侨侨眷满意度', target: '≥90%', actual: '95.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'returnees', group: '履职效能', topic: '侨情', name: '全市归侨侨眷', value: 4.62, unit: '万人', approx: '约' },
    { id: 'firms', group: '社会效应', topic: '侨资', name: '侨资企业', value: 218, unit: '家', approx: '超' },
    { id: 'invest', group: '社会效应', topic: '侨资', name: '引进侨资', value: 3.86, unit: '亿元', prior: 1.92 },
    { id: 'projects', group: '社会效应', topic: '侨资', name: '引进侨资项目', value: 14, unit: '个' },
    { id: 'households', group: '履职效能', topic: '帮扶', name: '帮扶困难归侨侨眷', value: 326, unit: '户' },
    { id: 'events', group: '履职效能', topic: '联谊', name: '侨务联谊活动', value: 27, unit: '场' },
    { id: 'trainees', group: '履职效能', topic: '华文教育', name: '华文教育培训', value: 742, unit: '人次' },
    { id: 'prior_rate', group: '管理效率', topic: '执行', name: '上年预算执行率', value: 94.58, unit: '%', year: 2023 },
  ],
  problems: [
    { id: 'hw', text: '华文教育和文化交流项目执行率偏低', cause: '夏令营改为线上，场地和交通费未发生', measure: '按活动形式分别测算预算' },
  ],
};
const header = `# 茆塘市人民政府侨务办公室2024年度部门整体支出的数据，bulk-zo 12 号。全部虚构。金额单位：万元。`;
const relations = [
  { type: 'sum', m: ['act', 'bas', 'pro'] }, { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'sum', m: ['x24', 'o24', 'v24', 'r24'] }, { type: 'sum', m: ['x23', 'o23', 'v23', 'r23'] },
  { type: 'diff', m: ['dx', 'x24', 'x23'] }, { type: 'diff', m: ['dx2', 'x23', 'x24'] },
  { type: 'chg', m: ['cx', 'x24', 'x23'] },
  { type: 'sum', m: ['pro', 'a0', 'a1', 'a2'] },
];
const body = `茆塘市人民政府侨务办公室
2024年度部门整体支出绩效自评报告

一、部门概况
市侨办是市政府工作部门，内设秘书科、侨政科、联络科，核定编制{{16=d.staffing.authorized}}名，2024.12.31在职{{15=d.staffing.actual}}人，人员控制率{{93.75=d.staffing.controlRate}}%，另有退休{{6=d.staffing.retired}}人。全市有归侨侨眷约{{4.6=A('returnees')}}万人，侨资企业逾{{200=A('firms')|cmp:ge}}家。

二、部门整体支出情况
（一）总体执行。2024年预算{{468.00=d.budget.total|#tot}}万元，年内未作调整。全年支出{{452.73=d.budget.actual|#act}}万元，预算执行率{{96.74=R()|#rate}}%（上年为{{94.58=A('prior_rate')|b:95.48~上年预算执行率（%），正文只出现一次，没有写百分点差}}%）。其中基本支出{{286.54=d.basicExpense.total|#bas}}万元，比上年增长{{2.37=d.basicExpense.changeRate}}%；项目支出{{166.19=d.projectExpense.total|#pro}}万元，比上年增加{{17.57=d.projectExpense.total-d.projectExpense.prior}}万元，增长{{11.82=d.projectExpense.changeRate}}%，主要是归侨侨眷帮扶标准提高。
（二）项目支出。侨务联络和接待{{58.46=P(0).actual|#a0}}万元，执行率{{94.29=pct(P(0).actual,P(0).total)}}%；归侨侨眷帮扶{{68.95=P(1).actual|#a1}}万元，执行率{{98.50=pct(P(1).actual,P(1).total)}}%；华文教育和文化交流{{38.78=P(2).actual|#a2}}万元，执行率只有{{84.30=pct(P(2).actual,P(2).total)}}%，原因是一期夏令营改为线上举办，场地和交通费没有发生。
（三）“三公”经费。
表1  “三公”经费两年对比（万元）
项目	2023年	2024年	增减	增减率
因公出国（境）费	{{12.60=T('overseas').prior|#o23}}	{{6.84=T('overseas').actual|#o24}}	{{-5.76=T('overseas').actual-T('overseas').prior}}	{{-45.71%=T('overseas').changeRate}}
公务用车运行维护费	{{2.30=T('vehicle').prior|#v23}}	{{2.18=T('vehicle').actual|#v24}}	{{-0.12=T('vehicle').actual-T('vehicle').prior}}	{{-5.22%=T('vehicle').changeRate}}
公务接待费	{{5.40=T('reception').prior|#r23}}	{{4.92=T('reception').actual|#r24}}	{{-0.48=T('reception').actual-T('reception').prior}}	{{-8.89%=T('reception').changeRate}}
合计	{{20.30=T('total').prior|#x23}}	{{13.94=T('total').actual|#x24}}	{{-6.36=T('total').actual-T('total').prior|#dx}}	{{-31.33%=T('total').changeRate|#cx}}
“三公”经费合计{{13.94=T('total').actual}}万元，比上年减少{{6.36=T('total').prior-T('total').actual|#dx2|a:6.63~txt 正文“三公”经费比上年减少额（表中 20.30 − 13.94 = 6.36，增减列 -6.36）}}万元，预算控制率{{85.52=pct(T('total').actual,T('total').budget)}}%。因公出国（境）费减少最多，全年只派出[[1|出访团组数，数据无此项]]个团组。

三、绩效目标完成情况
全年走访帮扶困难归侨侨眷{{326=A('households')}}户，开展侨务联谊活动{{27=A('events')}}场，华文教育培训{{742=A('trainees')}}人次，比目标少{{58=num(I(2).target)-A('trainees')}}人次。引进侨资项目{{14=A('projects')}}个，到位侨资{{3.86=A('invest')}}亿元，比上年的{{1.92=AP('invest')}}亿元翻了{{一=A('invest')/AP('invest')|cn:2|cmp:about}}番。归侨侨眷满意度{{95.8=num(I(6).actual)}}%，受访者中逾{{九=num(I(6).actual)/10|cn:9|cmp:ge}}成表示“非常满意”或“满意”。

四、自评结果
按市财政局茆财绩〔2025〕6号文的评分办法，自评总分{{98.58=S()}}分，等级为优。华文教育培训完成{{92.75=pct(A('trainees'),num(I(2).target))}}%，得{{13.91=I(2).score}}分；预算执行率得{{9.67=d.budgetRate.score}}分；其余指标均得满分。

五、存在问题和改进措施
华文教育和文化交流项目执行率偏低。今后按线上、线下两种活动形式分别测算预算，2025年恢复线下营期。

联系地址：茆塘市政务中心B座 邮编：[[415000|邮政编码]] 电话：[[0779-8862417|电话号码]]
`;
module.exports = { id: '12', slug: 'qiaoban', format: 'txt', kind: 'department', level: '市', unit: '茆塘市人民政府侨务办公室', project: null,
  sector: '侨务', styles: ['两年对比的“三公”表（2023年|2024年|增减|增减率，负号）', '增长额与增长率并列', '约4.6万人、逾200家、翻了一番、逾九成', '2024.12.31、邮编、电话、茆财绩〔2025〕6号'],
  data, header, relations, body };

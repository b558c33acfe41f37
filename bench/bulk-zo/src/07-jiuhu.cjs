// 07 省野生动物救护中心（部门，省级，pdf）
const prj = [['野生动物收容救护', 120, 116.42], ['救护车辆购置', 86, 85.6], ['疫源疫病监测', 74, 71.35], ['放归野外及跟踪监测', 68, 60.18], ['救护设备维护', 42, 40.96],
  ['饲料及药品', 96, 94.27], ['执法移交动物暂养', 38, 33.4], ['科普宣教', 32, 30.75], ['志愿者和网络平台运维', 24, 22.16], ['繁育场所修缮', 66, 61.84],
  ['标本制作和保存', 28, 21.32], ['人员培训', 32, 27.7]];
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '琮陵省野生动物救护中心', shortName: '省救护中心', title: '琮陵省野生动物救护中心2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['野生动物收容救护和放归', '陆生野生动物疫源疫病监测', '执法移交野生动物的暂养', '野生动物保护科普宣教'], organization: ['综合科', '救护科', '监测科', '宣教科'] },
  staffing: { authorized: 42, actual: 39, retired: 11, controlRate: 92.86 },
  budget: { initial: 1486, adjustments: [{ type: '追加', amount: 212.4, reason: '救护车辆更新和疫源疫病检测' }], total: 1698.4, actual: 1652.37, carryover: 46.03,
    sources: { current: { initial: 1486, total: 1698.4, actual: 1652.37 } } },
  basicExpense: { total: 986.42, personnel: 842.65, publicUse: 143.77, budget: 992.4, prior: 951.3, changeRate: 3.69, reason: '调整绩效工资标准' },
  projectExpense: { total: 665.95, budget: 706, prior: 598.4, changeRate: 11.29, reason: '救护车辆更新' },
  projects: prj.map(([name, total, actual]) => ({ name, total, actual })),
  threePublic: {
    vehicle: { prior: 9.88, budget: 10.5, actual: 9.12, changeRate: -7.69 },
    reception: { prior: 1.42, budget: 1.6, actual: 1.18, changeRate: -16.9 },
    total: { prior: 11.3, budget: 12.1, actual: 10.3, changeRate: -8.85 } },
  procurement: { budget: 318, actual: 306.45, goods: { budget: 236, actual: 228.65 }, services: { budget: 82, actual: 77.8 } },
  budgetRate: { weight: 10, score: 9.73 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.73, grade: '优' },
  goals: { expected: ['救得下、养得活、放得回，疫源疫病早发现早报告'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '收容救护野生动物', target: '≥1500只', actual: '1684只', weight: 20, score: 20 },
    { level1: '履职效能', level2: '质量指标', name: '救护成活率', target: '≥70%', actual: '74.3%', weight: 15, score: 15 },
    { level1: '履职效能', level2: '数量指标', name: '放归野外', target: '≥600只', actual: '642只', weight: 15, score: 15 },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '85.12%', weight: 10, score: 10, direction: 'negative' },
    { level1: '管理效率', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '92.86%', weight: 10, score: 10, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '科普宣教受众', target: '≥5万人次', actual: '5.8万人次', weight: 10, score: 10 },
    { level1: '满意度', level2: '满意度指标', name: '社会公众满意度', target: '≥90%', actual: '95.3%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'rescued', group: '履职效能', topic: '救护', name: '收容救护野生动物', value: 1684, unit: '只', prior: 1412 },
    { id: 'species', group: '履职效能', topic: '救护', name: '涉及物种', value: 186, unit: '种' },
    { id: 'key', group: '履职效能', topic: '救护', name: '其中国家重点保护野生动物', value: 412, unit: '只' },
    { id: 'released', group: '履职效能', topic: '放归', name: '放归野外', value: 642, unit: '只' },
    { id: 'calls', group: '履职效能', topic: '救护', name: '受理救护求助', value: 2935, unit: '起' },
    { id: 'samples', group: '履职效能', topic: '监测', name: '采集疫源疫病样品', value: 3460, unit: '份' },
    { id: 'volunteer', group: '社会效应', topic: '科普', name: '志愿服务', value: 11240, unit: '人次', approx: '超' },
    { id: 'visitors', group: '社会效应', topic: '科普', name: '科普宣教受众', value: 5.8, unit: '万人次' },
    { id: 'prior_rate', group: '管理效率', topic: '执行', name: '上年预算执行率', value: 95.84, unit: '%', year: 2023 },
  ],
  problems: [
    { id: 'spec', text: '标本制作和保存项目执行率偏低', cause: '标本柜采购延至次年', measure: '提前完成采购需求论证' },
    { id: 'train', text: '人员培训计划执行不到位', cause: '部分省外培训班取消', measure: '改为线上和省内集中培训' },
  ],
};
const header = `# 琮陵省野生动物救护中心2024年度部门整体支出的数据，bulk-zo 07 号。全部虚构。金额单位：万元。
# 基本支出预算992.40 + 项目支出预算706.00 = 全年预算1,698.40；基本支出986.42 + 项目支出665.95 = 1,652.37。`;
const relations = [
  { type: 'sum', m: ['act', 'bas', 'pro'] },
  { type: 'sum', m: ['bas', 'per', 'pub'] },
  { type: 'sum', m: ['tot', 'ini', 'add'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'diff', m: ['pp', 'rate', 'prate'] },
  { type: 'sum', m: ['ptot', ...prj.map((_, i) => 't' + i)] },
  { type: 'sum', m: ['pact', ...prj.map((_, i) => 'a' + i)] },
  { type: 'ratio', m: ['r10', 'a10', 't10'] },
  { type: 'same', m: ['pro', 'pact'] },
  { type: 'diff', m: ['dv', 'v24', 'v23'] }, { type: 'chg', m: ['cv', 'v24', 'v23'] },
  { type: 'diff', m: ['dt', 'x24', 'x23'] }, { type: 'chg', m: ['ct', 'x24', 'x23'] },
];
const rows = prj.map((p, i) => `|${p[0]}|{{${p[1].toFixed(2)}=P(${i}).total|#t${i}}}|{{${p[2].toFixed(2)}=P(${i}).actual|#a${i}${i === 10 ? '|a:23.12~PDF 跨页项目表（重复表头后的第二页）“标本制作和保存”实际支出（十二项之和 665.95、执行率 76.14% 对不上）' : ''}}}|{{${(p[2] / p[1] * 100).toFixed(2)}%=pct(P(${i}).actual,P(${i}).total)${i === 10 ? '|#r10' : ''}}}|`).join('\n');
const body = `#T 琮陵省野生动物救护中心2024年度部门整体支出绩效自评报告
#1 一、部门基本情况
省野生动物救护中心是省林业局所属公益一类事业单位，主要承担全省野生动物的收容救护和放归、陆生野生动物疫源疫病监测、执法移交野生动物的暂养以及科普宣教。中心内设综合科、救护科、监测科、宣教科四个科室，核定编制{{42=d.staffing.authorized}}名，年末在职{{39=d.staffing.actual}}人，人员控制率{{92.86=d.staffing.controlRate}}%；另有退休人员{{11=d.staffing.retired}}人。
#1 二、部门整体支出情况
#2 （一）预算及执行
年初预算{{1,486.00=d.budget.initial|#ini}}万元，年中为更新救护车辆和开展疫源疫病检测追加{{212.40=d.budget.adjustments[0].amount|#add}}万元，全年预算{{1,698.40=d.budget.total|#tot}}万元。全年支出{{1,652.37=d.budget.actual|#act}}万元，预算执行率{{97.29=R()|#rate}}%，比上年的{{95.84=A('prior_rate')|#prate}}%提高{{1.45=R()-A('prior_rate')|#pp}}个百分点。年末结余{{46.03=d.budget.carryover}}万元。
基本支出{{986.42=d.basicExpense.total|#bas}}万元，其中：人员经费{{842.65=d.basicExpense.personnel|#per}}万元，公用经费{{143.77=d.basicExpense.publicUse|#pub}}万元（其中：公务用车运行维护费{{9.12=T('vehicle').actual}}万元，公务接待费{{1.18=T('reception').actual}}万元）。项目支出{{665.95=d.projectExpense.total|#pro}}万元。
#2 （二）与上年比较
#C 表1　支出与上年对比（万元）
#H 1
#W 4,2,2,2,2
|项目|2023年|2024年|增减|增减率|
|基本支出|{{951.30=d.basicExpense.prior}}|{{986.42=d.basicExpense.total}}|+{{35.12=d.basicExpense.total-d.basicExpense.prior}}|{{3.69%=d.basicExpense.changeRate}}|
|项目支出|{{598.40=d.projectExpense.prior}}|{{665.95=d.projectExpense.total}}|+{{67.55=d.projectExpense.total-d.projectExpense.prior}}|{{11.29%=d.projectExpense.changeRate}}|
|“三公”经费|{{11.30=T('total').prior|#x23}}|{{10.30=T('total').actual|#x24}}|{{-1.00=T('total').actual-T('total').prior|#dt}}|{{-8.85%=T('total').changeRate|#ct}}|
|其中：公务用车运行维护费|{{9.88=T('vehicle').prior|#v23}}|{{9.12=T('vehicle').actual|#v24}}|{{-0.76=T('vehicle').actual-T('vehicle').prior|#dv}}|{{-7.69%=T('vehicle').changeRate|#cv}}|
|公务接待费|{{1.42=T('reception').prior}}|{{1.18=T('reception').actual}}|{{-0.24=T('reception').actual-T('reception').prior}}|{{-16.90%=T('reception').changeRate}}|
项目支出增长较多，主要是年中更新了两辆救护车。“三公”经费预算{{12.10=T('total').budget}}万元，实际支出{{10.30=T('total').actual}}万元，控制率{{85.12=pct(T('total').actual,T('total').budget)}}%，没有因公出国（境）支出。全年政府采购预算{{318.00=d.procurement.budget|b:381.00~政府采购预算（万元），正文只出现一次，货物和服务的分项预算没有写出}}万元，实际采购{{306.45=d.procurement.actual}}万元。
#2 （三）财务和资产管理
中心修订了财务报销、政府采购、固定资产管理等内部制度，救护用药和饲料实行出入库台账管理，每月由监测科和综合科共同盘点。大额支出一律经中心班子集体研究，救护车辆购置、繁育场所修缮等项目按规定走政府采购程序。年内接受了省林业局组织的财务专项检查，发现的报销附件不全等问题已全部整改。救护过程中使用的麻醉、镇静类药品单独登记，专人保管，过期药品按规定销毁并留存记录。中心还把救护车辆的加油卡、维修单据与出车记录逐车对应，按月公示车辆使用情况，接受职工监督，同时把固定资产卡片与财务账逐项核对，做到账卡物一致。
#2 （四）项目支出明细
中心2024年共执行{{12=d.projects.length}}个项目，全年预算{{706.00=d.projectExpense.budget|#ptot}}万元，实际支出{{665.95=d.projectExpense.total|#pact}}万元。各项目执行情况见表2。
#C 表2　项目支出执行情况（万元）
#H 1
#W 5,2,2,2
|项目名称|全年预算|实际支出|执行率|
${rows}
|合计|{{706.00=d.projectExpense.budget}}|{{665.95=d.projectExpense.total}}|{{94.33%=pct(d.projectExpense.total,d.projectExpense.budget)}}|
执行率低于[[90|概括性阈值，不是数据]]%的有四个项目。放归野外及跟踪监测受候鸟迁徙时间影响，部分跟踪项圈年底才采购；执行移交动物暂养按实际移交量结算；标本制作和保存因标本柜采购延到次年，执行率只有{{76.14=pct(P(10).actual,P(10).total)}}%；人员培训因部分省外培训班取消而结余。
#1 三、部门整体绩效情况
#2 （一）履职效能
全年收容救护野生动物{{1,684=A('rescued')}}只（头），比上年增加{{272=A('rescued')-AP('rescued')}}只，增长{{19.26=chg(A('rescued'),AP('rescued'))}}%，涉及{{186=A('species')}}个物种，其中国家重点保护野生动物{{412=A('key')}}只。救护成活率{{74.3=num(I(1).actual)}}%，放归野外{{642=A('released')}}只。救护热线受理求助{{2,935=A('calls')}}起，采集疫源疫病监测样品{{3,460=A('samples')}}份。
#2 （二）社会效应
科普宣教覆盖{{5.8=A('visitors')}}万人次，志愿服务上{{万=A('volunteer')|cn:10000|cmp:ge}}人次，社会公众满意度{{95.3=num(I(6).actual)}}%。
#2 （三）自评得分
对照年初设定的{{7=d.indicators.length}}项绩效指标逐项打分，预算执行率得{{9.73=d.budgetRate.score}}分，其余指标全部得满分，自评总分{{99.73=S()}}分，等级为优。
#1 四、存在的问题及改进措施
一是标本制作和保存项目执行率偏低，主要是标本柜采购延到了次年，今后提前完成采购需求论证；二是人员培训计划执行不到位，部分省外培训班取消，下一步改为线上和省内集中培训。
`;
module.exports = { id: '07', slug: 'jiuhu', format: 'pdf', kind: 'department', level: '省', unit: '琮陵省野生动物救护中心', project: null,
  sector: '野生动物救护', styles: ['十二个项目的长表跨两页，第二页重复表头', '两年对比表（2023年|2024年|增减|增减率）', '嵌套“其中”（其中：人员经费…公用经费…（其中：公务用车…））', '执行率比上年提高1.45个百分点', '增长额与增长率', '上万人次'],
  data, header, relations, body };

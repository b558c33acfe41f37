// 08 市广播电视台（部门，市级，docx），含两个下属单位
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '蕖安市广播电视台', shortName: '市广播电视台', title: '蕖安市广播电视台2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['广播电视节目制作和播出', '新闻宣传和融合传播', '广播电视发射转播', '节目信号传输'], organization: ['台本级', '蕖安市广播电视发射转播台', '蕖安市广播电视节目传输中心'] },
  staffing: { authorized: 186, actual: 171, retired: 64, controlRate: 91.94 },
  budget: { initial: 8420, adjustments: [{ type: '追加', amount: 640, reason: '超高清制播设备更新' }], total: 9060, actual: 8873.52, carryover: 186.48,
    sources: { current: { initial: 8420, total: 9060, actual: 8873.52 } } },
  basicExpense: { total: 5964.3, personnel: 5108.62, publicUse: 855.68, budget: 6010 },
  projectExpense: { total: 2909.22, budget: 3050 },
  projectGroups: [
    { name: '台本级', budget: 2420, actual: 2355.97 },
    { name: '发射转播台', budget: 310, actual: 284.05 },
    { name: '节目传输中心', budget: 320, actual: 269.2 },
  ],
  projects: [
    { name: '超高清制播设备更新', group: '台本级', total: 1280, actual: 1254.3 },
    { name: '新闻节目制作', group: '台本级', total: 760, actual: 742.87 },
    { name: '融合传播平台运维', group: '台本级', total: 380, actual: 358.8 },
    { name: '发射机房维护', group: '发射转播台', total: 310, actual: 284.05 },
    { name: '节目传输线路租赁', group: '节目传输中心', total: 320, actual: 269.2 },
  ],
  threePublic: {
    vehicle: { prior: 18.6, budget: 20, actual: 17.42 },
    reception: { prior: 4.2, budget: 4.5, actual: 3.86 },
    total: { prior: 22.8, budget: 24.5, actual: 21.28 } },
  budgetRate: { weight: 10, score: 9.79 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.29, grade: '优' },
  goals: { expected: ['安全优质播出，主流舆论阵地持续巩固'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '自办节目播出时长', target: '≥9800小时', actual: '10126小时', weight: 20, score: 20 },
    { level1: '履职效能', level2: '质量指标', name: '安全播出停播率', target: '≤5秒/百小时', actual: '1.8秒/百小时', weight: 15, score: 15, direction: 'negative' },
    { level1: '履职效能', level2: '数量指标', name: '新媒体账号粉丝', target: '≥320万', actual: '346万', weight: 15, score: 15 },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '86.86%', weight: 10, score: 10, direction: 'negative' },
    { level1: '管理效率', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '91.94%', weight: 10, score: 10, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '市级以上获奖作品', target: '≥20件', actual: '17件', weight: 10, score: 8.5,
      deviation: { reason: '省级新闻奖评选延期到2025年', measure: '加强精品创作' } },
    { level1: '满意度', level2: '满意度指标', name: '受众满意度', target: '≥90%', actual: '93.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'g0_bb', group: '台本级', topic: '基本支出', name: '台本级基本支出预算', value: 4524, unit: '万元' },
    { id: 'g0_ba', group: '台本级', topic: '基本支出', name: '台本级基本支出', value: 4486.2, unit: '万元' },
    { id: 'g1_bb', group: '发射转播台', topic: '基本支出', name: '发射转播台基本支出预算', value: 1016, unit: '万元' },
    { id: 'g1_ba', group: '发射转播台', topic: '基本支出', name: '发射转播台基本支出', value: 1012.4, unit: '万元' },
    { id: 'g2_bb', group: '节目传输中心', topic: '基本支出', name: '节目传输中心基本支出预算', value: 470, unit: '万元' },
    { id: 'g2_ba', group: '节目传输中心', topic: '基本支出', name: '节目传输中心基本支出', value: 465.7, unit: '万元' },
    { id: 'hours', group: '履职效能', topic: '播出', name: '自办节目播出', value: 10126, unit: '小时' },
    { id: 'news', group: '履职效能', topic: '播出', name: '播发新闻稿件', value: 12460, unit: '条' },
    { id: 'fans', group: '履职效能', topic: '融合传播', name: '新媒体账号粉丝', value: 346, unit: '万' },
    { id: 'cover', group: '社会效应', topic: '覆盖', name: '广播电视综合人口覆盖率', value: 99.6, unit: '%' },
    { id: 'awards', group: '社会效应', topic: '创作', name: '市级以上获奖作品', value: 17, unit: '件' },
  ],
  problems: [
    { id: 'line', text: '节目传输线路租赁执行率偏低', cause: '部分线路改用光纤自建，租赁合同提前终止', measure: '按实际线路需求编制预算' },
  ],
};
const header = `# 蕖安市广播电视台2024年度部门整体支出的数据，bulk-zo 08 号。全部虚构。金额单位：万元。
# 下属单位（台本级、发射转播台、节目传输中心）数据格式没有专门字段：各单位的项目支出记为 projectGroups（= 所属项目之和），
# 各单位的基本支出预算和支出记为 group 指向该单位的成效（id gN_bb、gN_ba，单位万元）；单位合计 = 基本支出 + 项目支出。
# 三个单位基本支出预算之和 4,524 + 1,016 + 470 = 6,010 = basicExpense.budget；支出之和 = 5,964.30。`;
const relations = [
  { type: 'sum', m: ['gtot', 'g0t', 'g1t', 'g2t'] },
  { type: 'sum', m: ['gact', 'g0a', 'g1a', 'g2a'] },
  { type: 'sum', m: ['g0a', 'g0b', 'g0p'] },
  { type: 'sum', m: ['pact', 'p0', 'p1', 'p2', 'p3', 'p4'] },
  { type: 'sum', m: ['ptot', 'q0', 'q1', 'q2', 'q3', 'q4'] },
  { type: 'ratio', m: ['prate', 'pact', 'ptot'] },
  { type: 'ratio', m: ['r4', 'p4', 'q4'] },
  { type: 'sum', m: ['act', 'bas', 'pro'] },
  { type: 'same', m: ['pro', 'pact'] }, { type: 'same', m: ['act', 'gact'] },
];
const body = `#T 蕖安市广播电视台2024年度部门整体支出绩效自评报告
#1 一、部门概况
市广播电视台负责全市广播电视节目的制作播出、新闻宣传和融合传播。部门预算由台本级和两个下属单位组成：蕖安市广播电视发射转播台、蕖安市广播电视节目传输中心。全台核定编制{{186=d.staffing.authorized}}名，实有在职{{171=d.staffing.actual}}人，退休{{64=d.staffing.retired}}人，在职人员控制率{{91.94=d.staffing.controlRate}}%。
#1 二、预算执行情况
年初预算{{8,420.00=d.budget.initial}}万元，年中追加超高清制播设备更新资金{{640.00=d.budget.adjustments[0].amount}}万元，全年预算{{9,060.00=d.budget.total|#tot}}万元。全年支出{{8,873.52=d.budget.actual|#act}}万元，执行率{{97.94=R()}}%。按支出性质分，基本支出{{5,964.30=d.basicExpense.total|#bas}}万元（含人员经费{{5,108.62=d.basicExpense.personnel}}万元、公用经费{{855.68=d.basicExpense.publicUse}}万元），项目支出{{2,909.22=d.projectExpense.total|#pro}}万元。
#C 表1　台本级及下属单位支出情况（万元）
#H 1
#W 4,2,2,2,2,2
|单位|全年预算|支出合计|基本支出|项目支出|执行率|
|合计|{{9,060.00=d.budget.total|#gtot}}|{{8,873.52=d.budget.actual|#gact}}|{{5,964.30=d.basicExpense.total}}|{{2,909.22=d.projectExpense.total}}|{{97.94%=R()}}|
|台本级|{{6,944.00=A('g0_bb')+G(0).budget|#g0t}}|{{6,842.17=A('g0_ba')+G(0).actual|#g0a}}|{{4,486.20=A('g0_ba')|#g0b}}|{{2,355.97=G(0).actual|#g0p}}|{{98.53%=pct(A('g0_ba')+G(0).actual,A('g0_bb')+G(0).budget)}}|
|发射转播台|{{1,326.00=A('g1_bb')+G(1).budget|#g1t}}|{{1,296.45=A('g1_ba')+G(1).actual|#g1a}}|{{1,012.40=A('g1_ba')}}|{{284.05=G(1).actual}}|{{97.77%=pct(A('g1_ba')+G(1).actual,A('g1_bb')+G(1).budget)}}|
|节目传输中心|{{790.00=A('g2_bb')+G(2).budget|#g2t}}|{{734.90=A('g2_ba')+G(2).actual|#g2a}}|{{465.70=A('g2_ba')}}|{{269.20=G(2).actual}}|{{93.03%=pct(A('g2_ba')+G(2).actual,A('g2_bb')+G(2).budget)}}|
#1 三、项目支出情况
全台共执行项目{{5=d.projects.length}}个，全年预算{{3,050.00=d.projectExpense.budget}}万元，支出{{2,909.22=d.projectExpense.total}}万元，执行率{{95.38=pct(d.projectExpense.total,d.projectExpense.budget)}}%。
#C 表2　项目支出明细（万元）
#H 1
#W 3,5,2,2,2
|单位|项目|全年预算|实际支出|执行率|
|台本级|超高清制播设备更新|{{1,280.00=P(0).total|#q0}}|{{1,254.30=P(0).actual|#p0}}|{{97.99%=pct(P(0).actual,P(0).total)}}|
|^^|新闻节目制作|{{760.00=P(1).total|#q1}}|{{742.87=P(1).actual|#p1}}|{{97.75%=pct(P(1).actual,P(1).total)}}|
|^^|融合传播平台运维|{{380.00=P(2).total|#q2}}|{{358.80=P(2).actual|#p2}}|{{94.42%=pct(P(2).actual,P(2).total)}}|
#C 表2（续）
#H 1
#W 3,5,2,2,2
|单位|项目|全年预算|实际支出|执行率|
|发射转播台|发射机房维护|{{310.00=P(3).total|#q3}}|{{284.05=P(3).actual|#p3}}|{{91.63%=pct(P(3).actual,P(3).total)}}|
|节目传输中心|节目传输线路租赁|{{320.00=P(4).total|#q4}}|{{269.20=P(4).actual|#p4|a:269.02~Word“表2（续）”中“节目传输线路租赁”实际支出（五项之和 2,909.22 对不上；一位小数的执行率 84.1% 不变）}}|{{84.1%=pct(P(4).actual,P(4).total)|#r4}}|
|合计|<<|{{3,050.00=d.projectExpense.budget|#ptot}}|{{2,909.22=d.projectExpense.total|#pact}}|{{95.38%=pct(d.projectExpense.total,d.projectExpense.budget)|#prate}}|
节目传输线路租赁执行率偏低，是因为部分线路改用自建光纤，原租赁合同提前终止。
#1 四、“三公”经费
“三公”经费预算{{24.50=T('total').budget}}万元，实际支出{{21.28=T('total').actual}}万元，比上年减少{{1.52=T('total').prior-T('total').actual}}万元。其中公务用车运行维护费{{17.42=T('vehicle').actual}}万元，公务接待费{{3.86=T('reception').actual}}万元。全台没有因公出国（境）支出。
#1 五、绩效目标完成情况
全年自办节目播出{{10,126=A('hours')}}小时，播发新闻稿件{{12,460=A('news')|b:12,640~播发新闻稿件（条），正文只出现一次}}条，安全播出停播率{{1.8=num(I(1).actual)}}秒/百小时，广播电视综合人口覆盖率{{99.6=A('cover')}}%。台属新媒体账号粉丝{{346=A('fans')}}万，比年初目标多出{{26=A('fans')-num(I(2).target)}}万。获市级以上奖项的作品{{17=A('awards')}}件，没有达到{{20=num(I(5).target)}}件的目标，原因是省级新闻奖评选推迟到2025年。
#C 表3　部门整体支出绩效自评表
#H 1
#W 3,5,3,3,2,2
|一级指标|三级指标|年度指标值|实际完成值|分值|得分|
|履职效能|自办节目播出时长|≥{{9800=num(I(0).target)}}小时|{{10126=num(I(0).actual)}}小时|{{20=I(0).weight}}|{{20=I(0).score}}|
|^^|安全播出停播率|≤{{5=num(I(1).target)}}秒/百小时|{{1.8=num(I(1).actual)}}秒/百小时|{{15=I(1).weight}}|{{15=I(1).score}}|
|^^|新媒体账号粉丝|≥{{320=num(I(2).target)}}万|{{346=num(I(2).actual)}}万|{{15=I(2).weight}}|{{15=I(2).score}}|
|运行成本|三公经费控制率|≤{{100%=num(I(3).target)}}|{{86.86%=num(I(3).actual)}}|{{10=I(3).weight}}|{{10=I(3).score}}|
|管理效率|在职人员控制率|≤{{100%=num(I(4).target)}}|{{91.94%=num(I(4).actual)}}|{{10=I(4).weight}}|{{10=I(4).score}}|
|社会效应|市级以上获奖作品|≥{{20=num(I(5).target)}}件|{{17=num(I(5).actual)}}件|{{10=I(5).weight}}|{{8.5=I(5).score}}|
|满意度|受众满意度|≥{{90%=num(I(6).target)}}|{{93.6%=num(I(6).actual)}}|{{10=I(6).weight}}|{{10=I(6).score}}|
|预算执行率|<<|—|{{97.94%=R()}}|{{10=d.budgetRate.weight}}|{{9.79=d.budgetRate.score}}|
|总分|<<|—|—|{{100=W()}}|{{98.29=S()}}|
#1 六、问题和措施
一是项目预算编制与实际需求有出入，节目传输线路租赁结余较多，今后按实际线路需求编制预算；二是精品创作后劲不足，下一步加大对重点选题的投入。
`;
module.exports = { id: '08', slug: 'guangdian', format: 'docx', kind: 'department', level: '市', unit: '蕖安市广播电视台', project: null,
  sector: '广播电视台', styles: ['下属单位（台本级、发射转播台、节目传输中心）各自的预算、支出、基本/项目支出及合并合计', '合计行放在表格第一行', 'Word 中拆开的续表“表2（续）”，重复表头', '含（括号中含人员经费、公用经费）'],
  data, header, relations, body };

// 11 区征兵办公室（部门，区级，docx）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '蕖安市棠埠区征兵办公室', shortName: '区征兵办', title: '棠埠区征兵办公室2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['兵役登记', '征兵宣传', '应征青年体检政审', '新兵优待金发放'], organization: ['综合组', '征集组'] },
  staffing: { authorized: 8, actual: 7, retired: 2, controlRate: 87.5 },
  budget: { initial: 386, adjustments: [
    { type: '追加', amount: 64, reason: '大学生新兵优待金提标' },
    { type: '压减', amount: 22.4, reason: '上站体检人数少于计划，体检政审经费调减' }],
    total: 427.6, actual: 419.83, carryover: 7.77, sources: { current: { initial: 386, total: 427.6, actual: 419.83 } } },
  basicExpense: { total: 98.46, personnel: 84.3, publicUse: 14.16, budget: 99.6 },
  projectExpense: { total: 321.37, budget: 328 },
  projects: [
    { name: '兵役登记和征兵宣传', initial: 38, total: 38, actual: 36.82 },
    { name: '应征青年体检政审', initial: 94, total: 71.6, actual: 70.15 },
    { name: '新兵优待金', initial: 154.4, adjustment: 64, total: 218.4, actual: 214.4 },
  ],
  threePublic: { vehicle: { prior: 3.2, budget: 3.4, actual: 2.96 }, total: { prior: 3.2, budget: 3.4, actual: 2.96 } },
  budgetRate: { weight: 10, score: 9.82 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.39, grade: '优' },
  goals: { expected: ['圆满完成上级下达的年度征兵任务，兵员质量稳步提高'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '完成征集任务', target: '100%', actual: '100%', weight: 20, score: 20 },
    { level1: '履职效能', level2: '质量指标', name: '适龄男青年兵役登记率', target: '≥98%', actual: '99.2%', weight: 10, score: 10 },
    { level1: '履职效能', level2: '时效指标', name: '体检政审完成时限', target: '8月15日前', actual: '按期完成', weight: 10, score: 10, band: '达成' },
    { level1: '履职效能', level2: '质量指标', name: '大学生新兵占比', target: '≥60%', actual: '57.4%', weight: 10, score: 9.57,
      deviation: { reason: '部分高校毕业生入伍意向登记后转入考研', measure: '提前进校宣传，扩大大学生预征对象' } },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '87.06%', weight: 10, score: 10, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '新兵因政治、身体原因退兵', target: '不发生', actual: '未发生', weight: 20, score: 20, band: '达成' },
    { level1: '满意度', level2: '满意度指标', name: '应征青年及家长满意度', target: '≥90%', actual: '97.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'registered', group: '履职效能', topic: '登记', name: '兵役登记', value: 4862, unit: '人' },
    { id: 'physical', group: '履职效能', topic: '体检', name: '上站体检', value: 1236, unit: '人' },
    { id: 'qualified', group: '履职效能', topic: '体检', name: '体检政审合格', value: 418, unit: '人' },
    { id: 'recruits', group: '履职效能', topic: '输送', name: '输送新兵', value: 155, unit: '名' },
    { id: 'college', group: '履职效能', topic: '输送', name: '其中大学生', value: 89, unit: '名' },
  ],
  problems: [
    { id: 'college', text: '大学生新兵占比未达目标', cause: '部分毕业生转入考研', measure: '提前进校宣传' },
  ],
};
const header = `# 棠埠区征兵办公室2024年度部门整体支出的数据，bulk-zo 11 号。全部虚构。金额单位：万元。
# 预算年内调整两次：先追加64.00（新兵优待金），后调减22.40（体检政审，子项目只写 initial、total）。`;
const relations = [
  { type: 'sum', m: ['mid', 'ini', 'add'] }, { type: 'diff', m: ['tot', 'mid', 'cut'] },
  { type: 'diff', m: ['cut', 'p1i', 't1'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] }, { type: 'sum', m: ['act', 'bas', 'pro'] },
  { type: 'ratio', m: ['share', 'col', 'rec'] },
  { type: 'sum', m: ['ptot', 't0', 't1', 't2'] }, { type: 'sum', m: ['pro', 'a0', 'a1', 'a2'] },
];
const body = `#T 棠埠区征兵办公室2024年度部门整体支出绩效自评报告
#1 一、部门基本情况
区征兵办公室设在区人民武装部，负责全区兵役登记、征兵宣传、应征青年体检政审和新兵优待金发放。核定编制{{8=d.staffing.authorized}}名，在职{{7=d.staffing.actual}}人（含借调[[1|借调人数，数据无此项]]人），人员控制率{{87.50=d.staffing.controlRate}}%，退休{{2=d.staffing.retired}}人。
#1 二、预算调整和执行情况
年初预算{{386.00=d.budget.initial|#ini}}万元。年内预算调整了两次：6月，按区政府常务会议纪要〔2024〕9号，大学生新兵优待金提标，追加{{64.00=d.budget.adjustments[0].amount|#add}}万元，预算增至{{450.00=d.budget.initial+d.budget.adjustments[0].amount|#mid}}万元；9月，实际上站体检人数少于计划，体检政审经费调减{{22.40=d.budget.adjustments[1].amount|#cut|a:24.20~Word 正文第二次调整“调减”金额（450.00 − 427.60 = 22.40，表中 94.00 − 71.60 = 22.40）}}万元。调整后全年预算{{427.60=d.budget.total|#tot}}万元。
全年支出{{419.83=d.budget.actual|#act}}万元，执行率{{98.18=R()|#rate}}%，结余{{7.77=d.budget.carryover}}万元。其中基本支出{{98.46=d.basicExpense.total|#bas}}万元（含人员经费{{84.30=d.basicExpense.personnel}}万元），项目支出{{321.37=d.projectExpense.total|#pro}}万元。“三公”经费只有公务用车运行维护费{{2.96=T('vehicle').actual}}万元，控制率{{87.06=pct(T('vehicle').actual,T('vehicle').budget)}}%。
#C 表1　项目支出情况（万元）
#H 1
#W 4,2,2,2,2
|项目|年初预算|调整后预算|实际支出|执行率|
|兵役登记和征兵宣传|{{38.00=P(0).initial}}|{{38.00=P(0).total|#t0}}|{{36.82=P(0).actual|#a0}}|{{96.89%=pct(P(0).actual,P(0).total)}}|
|应征青年体检政审|{{94.00=P(1).initial|#p1i}}|{{71.60=P(1).total|#t1}}|{{70.15=P(1).actual|#a1}}|{{97.97%=pct(P(1).actual,P(1).total)}}|
|新兵优待金|{{154.40=P(2).initial}}|{{218.40=P(2).total|#t2}}|{{214.40=P(2).actual|#a2}}|{{98.17%=pct(P(2).actual,P(2).total)}}|
|合计|{{286.40=sum(d.projects.map(p=>p.initial))}}|{{328.00=d.projectExpense.budget|#ptot}}|{{321.37=d.projectExpense.total}}|{{97.98%=pct(d.projectExpense.total,d.projectExpense.budget)}}|
#1 三、绩效目标完成情况
全年兵役登记{{4,862=A('registered')|b:4,682~兵役登记人数（人），正文只出现一次}}人，适龄男青年登记率{{99.2=num(I(1).actual)}}%。组织上站体检{{1,236=A('physical')}}人，体检政审合格{{418=A('qualified')}}人。全年输送新兵{{155=A('recruits')|#rec}}名，全部按期交接，其中大学生{{89=A('college')|#col}}名，占{{57.4=A('college')/A('recruits')*100|#share}}%，离{{60=num(I(3).target)}}%的目标还差一些。全年没有发生因政治、身体原因退兵的情况。
#C 表2　绩效自评表
#H 1
#W 4,3,3,2,2
|三级指标|年度指标值|实际完成值|分值|得分|
|完成征集任务|{{100%=num(I(0).target)}}|{{100%=num(I(0).actual)}}|{{20=I(0).weight}}|{{20=I(0).score}}|
|适龄男青年兵役登记率|≥{{98%=num(I(1).target)}}|{{99.2%=num(I(1).actual)}}|{{10=I(1).weight}}|{{10=I(1).score}}|
|体检政审完成时限|8月15日前|按期完成|{{10=I(2).weight}}|{{10=I(2).score}}|
|大学生新兵占比|≥{{60%=num(I(3).target)}}|{{57.4%=num(I(3).actual)}}|{{10=I(3).weight}}|{{9.57=I(3).score}}|
|三公经费控制率|≤{{100%=num(I(4).target)}}|{{87.06%=num(I(4).actual)}}|{{10=I(4).weight}}|{{10=I(4).score}}|
|新兵因政治、身体原因退兵|不发生|未发生|{{20=I(5).weight}}|{{20=I(5).score}}|
|应征青年及家长满意度|≥{{90%=num(I(6).target)}}|{{97.2%=num(I(6).actual)}}|{{10=I(6).weight}}|{{10=I(6).score}}|
|预算执行率|—|{{98.18%=R()}}|{{10=d.budgetRate.weight}}|{{9.82=d.budgetRate.score}}|
|合计|—|—|{{100=W()}}|{{99.39=S()}}|
自评得分{{99.39=S()}}分（满分{{100=W()}}分），自评等级：优（A）。扣分原因：大学生新兵占比{{57.4=num(I(3).actual)}}%，低于目标，按完成比例得{{9.57=I(3).score}}分（满分{{10=I(3).weight}}分），扣{{0.43=I(3).weight-I(3).score}}分；预算执行率扣{{0.18=d.budgetRate.weight-d.budgetRate.score}}分。
#1 四、问题及改进
大学生新兵占比没有达到目标，部分高校毕业生登记入伍意向后又转去考研。2025年将提前进校宣传，扩大大学生预征对象范围。
`;
module.exports = { id: '11', slug: 'zhengbing', format: 'docx', kind: 'department', level: '区', unit: '蕖安市棠埠区征兵办公室', project: null,
  sector: '征兵工作', styles: ['预算调整两次（先追加后调减）及原因', '评分表目标为文字（8月15日前、不发生），实际为文字（按期完成、未发生）', '满分、自评等级优（A）、扣分原因', '括号中的“含”', '会议纪要〔2024〕9号'],
  data, header, relations, body };

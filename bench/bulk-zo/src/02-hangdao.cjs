// 02 内河航道养护专项资金（项目，省级，docx）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '琮陵省港航事业发展中心', shortName: '省港航中心', department: '琮陵省交通运输厅', implementer: '琮陵省港航事业发展中心',
    project: '2024年省级内河航道养护专项资金', title: '2024年度琮陵省内河航道养护专项资金绩效自评报告', thousands: true },
  background: { purpose: ['航道疏浚', '航标维护更新', '航道巡查及测量'] },
  budget: { initial: 3200, adjustments: [
    { type: '追加', amount: 480, reason: '汛后航道应急清障疏浚' },
    { type: '压减', amount: 215.6, reason: '部分航标更新改由中央车购税资金安排，相应调减省级资金' }],
    total: 3464.4, actual: 3398.62, carryover: 65.78, sources: { current: { initial: 3200, total: 3464.4, actual: 3398.62 } } },
  budgetRate: { weight: 10, score: 9.81 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.6, grade: '优' },
  goals: { expected: ['全省干线航道维护尺度达标，通航安全有保障'] },
  projects: [
    { name: '航道疏浚', initial: 1650, adjustment: 480, total: 2130, actual: 2106.85, carryover: 23.15 },
    { name: '航标维护更新', initial: 980, total: 764.4, actual: 741.77, carryover: 22.63 },
    { name: '航道巡查及测量', initial: 570, total: 570, actual: 550, carryover: 20 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '疏浚土方量', target: '≥120万立方米', actual: '126.4万立方米', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '维护航标数量', target: '≥860座', actual: '842座', weight: 10, score: 9.79,
      deviation: { reason: '调减资金后18座老旧航标的更新改由中央资金安排，年内未完工', measure: '跟进中央资金项目进度' } },
    { level1: '产出指标', level2: '数量指标', name: '航道巡查里程', target: '≥18000公里', actual: '18650公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '航道维护尺度达标率', target: '≥95%', actual: '96.2%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '碍航险情处置时限', target: '≤48小时', actual: '36小时', weight: 5, score: 5, direction: 'negative' },
    { level1: '效益指标', level2: '经济效益指标', name: '内河货运量', target: '≥5800万吨', actual: '6012万吨', weight: 15, score: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '航道通航保证率', target: '≥98%', actual: '98.7%', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '航运企业满意度', target: '≥90%', actual: '93.4%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'mileage', group: '产出', topic: '养护', name: '养护干线航道', value: 1326, unit: '公里' },
    { id: 'dredge', group: '产出', topic: '养护', name: '疏浚土方', value: 126.4, unit: '万立方米' },
    { id: 'buoys', group: '产出', topic: '航标', name: '维护航标', value: 842, unit: '座' },
    { id: 'patrol', group: '产出', topic: '巡查', name: '巡查里程', value: 18650, unit: '公里' },
    { id: 'hazards', group: '产出', topic: '巡查', name: '处置碍航险情', value: 46, unit: '起' },
    { id: 'cargo', group: '效益', topic: '货运', name: '内河货运量', value: 6012, unit: '万吨', prior: 5540 },
    { id: 'prior_rate', group: '产出', topic: '执行', name: '上年预算执行率', value: 96.9, unit: '%', year: 2023 },
  ],
  problems: [
    { id: 'buoy', text: '航标维护数量未达目标', cause: '年中调减资金后部分更新任务转由中央资金安排', measure: '加强省级与中央资金衔接' },
    { id: 'plan', text: '预算年内两次调整', cause: '汛情和资金渠道变化，年初测算不够充分', measure: '预留应急额度，细化年初测算' },
  ],
};
const header = `# 2024年度琮陵省内河航道养护专项资金（项目支出）的数据，bulk-zo 02 号。全部虚构。金额单位：万元。
# 预算年内调整两次：7月追加480.00，10月调减215.60（航标维护更新子项目只写 initial、total）。`;
const relations = [
  { type: 'diff', m: ['tot', 'mid', 'cut'] },
  { type: 'sum', m: ['mid', 'ini', 'add'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'sum', m: ['sub1', 's0', 's1', 's2', 's3', 's4'] },
  { type: 'sum', m: ['sub2', 's5', 's6'] },
  { type: 'sum', m: ['total', 'sub1', 'sub2', 's7', 'sr'] },
  { type: 'same', m: ['total', 'total2'] },
  { type: 'sum', m: ['w1', 'w0a', 'w1a', 'w2a', 'w3a', 'w4a'] },
];
const body = `#T 2024年度琮陵省内河航道养护专项资金绩效自评报告
#S 琮陵省港航事业发展中心
#1 一、基本情况
内河航道养护专项资金是省级财政每年安排、由我中心组织实施的经常性项目，用于全省{{1,326=A('mileage')}}公里干线航道的疏浚、航标维护更新和航道巡查测量。2024年度的目标是：干线航道维护尺度达标率不低于{{95=num(I(3).target)}}%，通航保证率不低于{{98=num(I(6).target)}}%，航运企业满意度达到{{90=num(I(7).target)}}%以上。
#1 二、预算调整和执行情况
#2 （一）预算调整
年初预算{{3,200.00=d.budget.initial|#ini}}万元。年内预算调整了两次：7月汛期过后部分航段淤积严重，省财政追加应急清障疏浚资金{{480.00=d.budget.adjustments[0].amount|#add}}万元，预算增至{{3,680.00=d.budget.initial+d.budget.adjustments[0].amount|#mid}}万元；10月，部分老旧航标的更新改由中央车购税资金安排，按规定调减省级资金{{215.60=d.budget.adjustments[1].amount|#cut}}万元。两次调整后全年预算为{{3,464.40=d.budget.total|#tot}}万元。
#2 （二）预算执行
截至12月31日，全年支出{{3,398.62=d.budget.actual|#act}}万元，预算执行率{{98.10=R()|#rate}}%，比上年的{{96.90=A('prior_rate')}}%提高{{1.2=R()-A('prior_rate')}}个百分点；结余{{65.78=d.budget.carryover}}万元，按规定结转下年使用。
#C 表1　分项目预算执行情况（单位：万元）
#H 1
#W 3,2,2,2,2,2
|子项目|年初预算|调整|全年预算|实际支出|执行率|
|航道疏浚|{{1,650.00=P(0).initial}}|+{{480.00=P(0).adjustment}}|{{2,130.00=P(0).total}}|{{2,106.85=P(0).actual}}|{{98.91%=pct(P(0).actual,P(0).total)}}|
|航标维护更新|{{980.00=P(1).initial}}|-{{215.60=P(1).initial-P(1).total}}|{{764.40=P(1).total}}|{{741.77=P(1).actual}}|{{97.04%=pct(P(1).actual,P(1).total)}}|
|航道巡查及测量|{{570.00=P(2).initial}}|—|{{570.00=P(2).total}}|{{550.00=P(2).actual}}|{{96.49%=pct(P(2).actual,P(2).total)}}|
|合计|{{3,200.00=d.budget.initial}}|+{{264.40=d.budget.total-d.budget.initial}}|{{3,464.40=d.budget.total}}|{{3,398.62=d.budget.actual}}|{{98.10%=R()}}|
#1 三、绩效目标实现情况
全年完成疏浚土方{{126.4=A('dredge')}}万立方米，维护航标{{842=A('buoys')}}座，巡查航道{{18,650=A('patrol')}}公里，及时处置碍航险情{{46=A('hazards')|b:64~处置碍航险情（起），正文只出现一次}}起，平均处置时间{{36=num(I(4).actual)}}小时。全省内河货运量{{6,012=A('cargo')}}万吨，比上年增加{{472=A('cargo')-AP('cargo')}}万吨，增长{{8.52=chg(A('cargo'),AP('cargo'))}}%。航标维护数量比目标少{{18=num(I(1).target)-num(I(1).actual)}}座，原因是调减资金后这部分更新改由中央资金安排，年内还没完工。
#1 四、自评得分情况
#C 表2　项目绩效自评得分表
#H 1
#W 2,2,4,3,3,2,2
|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|
|产出指标|数量指标|疏浚土方量|≥{{120=num(I(0).target)}}万立方米|{{126.4=num(I(0).actual)}}万立方米|{{15=I(0).weight|#w0a}}|{{15=I(0).score|#s0}}|
|^^|^^|维护航标数量|≥{{860=num(I(1).target)}}座|{{842=num(I(1).actual)}}座|{{10=I(1).weight|#w1a}}|{{9.79=I(1).score|#s1}}|
|^^|^^|航道巡查里程|≥{{18000=num(I(2).target)}}公里|{{18650=num(I(2).actual)}}公里|{{10=I(2).weight|#w2a}}|{{10=I(2).score|#s2}}|
|^^|质量指标|航道维护尺度达标率|≥{{95%=num(I(3).target)}}|{{96.2%=num(I(3).actual)}}|{{10=I(3).weight|#w3a}}|{{10=I(3).score|#s3}}|
|^^|时效指标|碍航险情处置时限|≤{{48=num(I(4).target)}}小时|{{36=num(I(4).actual)}}小时|{{5=I(4).weight|#w4a}}|{{5=I(4).score|#s4}}|
|产出指标小计|<<|<<|<<|<<|{{50=SW('产出指标')|#w1}}|{{49.79=SS('产出指标')|#sub1|a:49.97~Word 评分表“产出指标小计”得分（五项之和 49.79，总分 99.60 对不上）}}|
|效益指标|经济效益指标|内河货运量|≥{{5800=num(I(5).target)}}万吨|{{6012=num(I(5).actual)}}万吨|{{15=I(5).weight}}|{{15=I(5).score|#s5}}|
|^^|社会效益指标|航道通航保证率|≥{{98%=num(I(6).target)}}|{{98.7%=num(I(6).actual)}}|{{15=I(6).weight}}|{{15=I(6).score|#s6}}|
|效益指标小计|<<|<<|<<|<<|{{30=SW('效益指标')}}|{{30=SS('效益指标')|#sub2}}|
|满意度指标|服务对象满意度指标|航运企业满意度|≥{{90%=num(I(7).target)}}|{{93.4%=num(I(7).actual)}}|{{10=I(7).weight}}|{{10=I(7).score|#s7}}|
|预算执行率|<<|<<|—|{{98.10%=R()}}|{{10=d.budgetRate.weight}}|{{9.81=d.budgetRate.score|#sr}}|
|总分|<<|<<|<<|<<|{{100=W()}}|{{99.60=S()|#total}}|
项目自评总分{{99.60=S()|#total2}}分（满分{{100=W()}}分），自评等级为优（A）。扣分项只有两处：一是维护航标数量完成{{97.91=pct(num(I(1).actual),num(I(1).target))}}%，按完成比例扣{{0.21=I(1).weight-I(1).score}}分；二是预算执行率未满，扣{{0.19=d.budgetRate.weight-d.budgetRate.score}}分。
#1 五、存在问题及改进措施
（一）航标维护数量未达目标。年中调减资金后，部分航标更新转由中央资金安排，两类资金衔接不够紧。下一步加强与部省资金计划的衔接，跟进在建项目进度。
（二）预算年内调整两次。汛情和资金渠道的变化使年初测算偏离实际。今后编制预算时预留应急清障额度，把年初测算做细。
#R 琮陵省港航事业发展中心
#R 2025年3月20日
`;
module.exports = { id: '02', slug: 'hangdao', format: 'docx', kind: 'project', level: '省', unit: '琮陵省港航事业发展中心', project: data.meta.project,
  sector: '内河航道养护', styles: ['评分表分组小计行（产出指标小计 50 | 49.79）与纵向合并', '预算调整两次（追加后调减）及原因', '执行率比上年提高1.2个百分点', '增长额与增长率并列', '满分、自评等级优（A）、扣分原因'],
  data, header, relations, body };

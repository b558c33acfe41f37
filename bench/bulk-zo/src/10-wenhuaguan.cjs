// 10 县文化馆（部门，县级，txt）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '蓼江县文化馆', shortName: '县文化馆', title: '蓼江县文化馆2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['群众文化活动组织', '免费开放和文艺培训', '总分馆制建设', '基层文艺团队辅导'], organization: ['办公室', '活动部', '培训部', '分馆指导部'] },
  staffing: { authorized: 24, actual: 22, retired: 9, controlRate: 91.67 },
  budget: { initial: 612, adjustments: [{ type: '追加', amount: 48, reason: '乡村文化振兴示范点分馆建设' }], total: 660, actual: 648.35, carryover: 11.65,
    sources: { current: { initial: 612, total: 660, actual: 648.35 } } },
  basicExpense: { total: 386.42, personnel: 329.8, publicUse: 56.62, budget: 390 },
  projectExpense: { total: 261.93, budget: 270 },
  projects: [
    { name: '群众文化活动', total: 120, actual: 118.26, items: [{ name: '“村晚”系列演出', amount: 42.8 }, { name: '广场舞大赛', amount: 19.6 }, { name: '其他活动', amount: 55.86 }] },
    { name: '文艺培训', total: 64, actual: 62.4 },
    { name: '分馆建设', total: 86, actual: 81.27, items: [{ name: '设备购置', amount: 36.5 }, { name: '场地改造', amount: 44.77 }] },
  ],
  threePublic: { reception: { prior: 0.86, budget: 1, actual: 0.72 }, total: { prior: 0.86, budget: 1, actual: 0.72 } },
  budgetRate: { weight: 10, score: 9.82 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.7, grade: '优' },
  goals: { expected: ['群众文化活动丰富，总分馆服务覆盖全部乡镇'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '举办群众文化活动', target: '≥180场', actual: '196场', weight: 20, score: 20 },
    { level1: '履职效能', level2: '数量指标', name: '免费开放培训课时', target: '≥1200课时', actual: '1236课时', weight: 15, score: 15 },
    { level1: '履职效能', level2: '数量指标', name: '建成乡镇分馆', target: '≥8个', actual: '8个', weight: 15, score: 15 },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '72%', weight: 5, score: 5, direction: 'negative' },
    { level1: '运行成本', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '91.67%', weight: 5, score: 5, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '参与群众', target: '≥25万人次', actual: '23.6万人次', weight: 20, score: 18.88,
      deviation: { reason: '夏季持续高温，6场广场演出取消', measure: '调整户外活动档期，增加室内场次' } },
    { level1: '满意度', level2: '满意度指标', name: '群众满意度', target: '≥90%', actual: '94.5%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'events', group: '履职效能', topic: '活动', name: '举办群众文化活动', value: 196, unit: '场' },
    { id: 'galas', group: '履职效能', topic: '活动', name: '“村晚”演出', value: 38, unit: '场' },
    { id: 'trainees', group: '履职效能', topic: '培训', name: '培训学员', value: 4620, unit: '人次' },
    { id: 'people', group: '社会效应', topic: '参与', name: '参与群众', value: 23.6, unit: '万人次' },
    { id: 'branches', group: '履职效能', topic: '分馆', name: '建成乡镇分馆', value: 8, unit: '个' },
    { id: 'volunteers', group: '社会效应', topic: '志愿', name: '文化志愿者', value: 312, unit: '名' },
  ],
  problems: [
    { id: 'heat', text: '参与群众人次未达目标', cause: '夏季高温取消部分户外演出', measure: '增加室内场次' },
  ],
};
const header = `# 蓼江县文化馆2024年度部门整体支出的数据，bulk-zo 10 号。全部虚构。金额单位：万元。`;
const relations = [
  { type: 'same', m: ['x_act', 'act'] }, { type: 'same', m: ['x_rate', 'rate'] }, { type: 'same', m: ['x_score', 'total'] },
  { type: 'sum', m: ['act', 'bas', 'pro'] }, { type: 'sum', m: ['bas', 'per', 'pub'] },
  { type: 'sum', m: ['pro', 'p0', 'p1', 'p2'] }, { type: 'sum', m: ['p2', 'q1', 'q2'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'sum', m: ['s1', 'i0', 'i1', 'i2'] }, { type: 'sum', m: ['s2', 'i3', 'i4'] },
  { type: 'sum', m: ['total', 's1', 's2', 's3', 's4', 'sr'] },
];
const body = `蓼江县文化馆2024年度部门整体支出绩效自评报告

【摘要】
● 全年支出{{648.35=d.budget.actual|#x_act}}万元，预算执行率{{98.23=R()|#x_rate}}%；
● 举办群众文化活动{{196=A('events')}}场，参与群众{{23.6=A('people')}}万人次；
● 全县{{8=A('branches')}}个乡镇分馆全部建成；
● 自评总分{{98.70=S()|#x_score}}分，等级“优”。

一、基本情况
县文化馆是县文化和旅游广电体育局所属公益一类事业单位，负责全县群众文化活动组织、免费开放培训和总分馆制建设。核定编制{{24=d.staffing.authorized}}名，在职{{22=d.staffing.actual}}人，退休{{9=d.staffing.retired}}人，人员控制率{{91.67=d.staffing.controlRate}}%。

二、收支情况
（一）预算安排。年初预算{{612.00=d.budget.initial}}万元。为建设乡村文化振兴示范点分馆，县财政年中追加{{48.00=d.budget.adjustments[0].amount}}万元，全年预算{{660.00=d.budget.total|#tot}}万元。
（二）支出情况。全年支出{{648.35=d.budget.actual|#act}}万元，执行率{{98.23=R()|#rate}}%。其中：基本支出{{386.42=d.basicExpense.total|#bas}}万元（其中：人员经费{{329.80=d.basicExpense.personnel|#per}}万元，公用经费{{56.62=d.basicExpense.publicUse|#pub}}万元）；项目支出{{261.93=d.projectExpense.total|#pro}}万元，其中：群众文化活动{{118.26=P(0).actual|#p0}}万元（其中：“村晚”系列演出{{42.80=P(0).items[0].amount}}万元，广场舞大赛{{19.60=P(0).items[1].amount}}万元），文艺培训{{62.40=P(1).actual|#p1}}万元，分馆建设{{81.27=P(2).actual|#p2}}万元（含设备购置{{36.50=P(2).items[0].amount|#q1}}万元、场地改造{{44.77=P(2).items[1].amount|#q2}}万元）。
（三）“三公”经费。全年只有公务接待费{{0.72=T('reception').actual}}万元，比上年减少{{0.14=T('reception').prior-T('reception').actual}}万元。

三、绩效完成情况
（一）履职效能。全年举办群众文化活动{{196=A('events')}}场，其中“村晚”演出{{38=A('galas')}}场；免费开放培训{{1,236=num(I(1).actual)}}课时，培训学员{{4,620=A('trainees')}}人次；新建成的示范点分馆投入使用后，全县分馆达到{{8=num(I(2).actual)}}个。
（二）社会效应。参与群众{{23.6=num(I(5).actual)}}万人次，比目标少{{1.4=num(I(5).target)-num(I(5).actual)}}万人次，主要是夏季持续高温，取消了[[6|取消的演出场次，数据中只在偏差原因里]]场广场演出。登记在册的文化志愿者{{312=A('volunteers')|b:321~文化志愿者（名），正文只出现一次}}名。
（三）满意度。群众满意度{{94.5=num(I(6).actual)}}%。

四、自评得分表
一级指标	三级指标	分值	得分
履职效能	举办群众文化活动	{{20=I(0).weight}}	{{20=I(0).score|#i0}}
	免费开放培训课时	{{15=I(1).weight}}	{{15=I(1).score|#i1|a:13~txt 评分表“免费开放培训课时”得分（履职效能小计 50、总分 98.70 对不上）}}
	建成乡镇分馆	{{15=I(2).weight}}	{{15=I(2).score|#i2}}
履职效能小计		{{50=SW('履职效能')}}	{{50=SS('履职效能')|#s1}}
运行成本	三公经费控制率	{{5=I(3).weight}}	{{5=I(3).score|#i3}}
	在职人员控制率	{{5=I(4).weight}}	{{5=I(4).score|#i4}}
运行成本小计		{{10=SW('运行成本')}}	{{10=SS('运行成本')|#s2}}
社会效应	参与群众	{{20=I(5).weight}}	{{18.88=I(5).score|#s3}}
满意度	群众满意度	{{10=I(6).weight}}	{{10=I(6).score|#s4}}
预算执行率		{{10=d.budgetRate.weight}}	{{9.82=d.budgetRate.score|#sr}}
合计		{{100=W()}}	{{98.70=S()|#total}}

参与群众指标完成{{94.4=pct(num(I(5).actual),num(I(5).target))}}%，按比例得{{18.88=I(5).score}}分。

五、问题和措施
户外活动受天气影响大。2025年将调整户外活动档期，适当增加室内场次，并把高温、降雨等因素写进活动预案。
`;
module.exports = { id: '10', slug: 'wenhuaguan', format: 'txt', kind: 'department', level: '县', unit: '蓼江县文化馆', project: null,
  sector: '县级文化馆', styles: ['开头的【摘要】要点（●），重复后文数字', '嵌套“其中”（其中：…（其中：…））和括号中的“含”', '评分表分组小计行（履职效能小计、运行成本小计）', '制表符分隔的纯文本表'],
  data, header, relations, body };

// 04 城市桥梁检测（项目，区级，docx）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '蕖安市棠埠区市政设施管理所', shortName: '区市政所', department: '蕖安市棠埠区住房和城乡建设局', implementer: '蕖安市棠埠区市政设施管理所',
    project: '2024年棠埠区城市桥梁检测及健康监测项目', title: '棠埠区2024年度城市桥梁检测及健康监测项目绩效自评报告', thousands: true },
  background: { purpose: ['城市桥梁常规定期检测', '特殊检测及荷载试验', '桥梁健康监测系统运维'] },
  budget: { initial: 268, adjustments: [{ type: '压减', amount: 23.5, reason: '经区财政投资评审中心评审核减' }], total: 244.5, actual: 238.16, carryover: 6.34,
    sources: { current: { initial: 268, total: 244.5, actual: 238.16 } } },
  budgetRate: { weight: 10, score: 9.74 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.49, grade: '优' },
  goals: { expected: ['辖区城市桥梁检测全覆盖，病害桥梁及时发现、及时移交整治'] },
  projects: [
    { name: '常规定期检测', initial: 104, total: 96, actual: 94.82, items: [{ name: '外委检测费', amount: 81.2 }, { name: '自检及耗材', amount: 13.62 }] },
    { name: '特殊检测及荷载试验', initial: 118, total: 102.5, actual: 99.36 },
    { name: '健康监测系统运维', initial: 46, total: 46, actual: 43.98 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '定期检测桥梁数量', target: '≥210座', actual: '216座', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '特殊检测桥梁数量', target: '12—15座', actual: '14座', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '检测报告合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '检测完成时间', target: '11月30日前完成', actual: '按期完成', weight: 10, score: 10, band: '达成' },
    { level1: '产出指标', level2: '成本指标', name: '单座定期检测成本', target: '≤4500元', actual: '4390元', weight: 5, score: 5, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '桥梁垮塌等安全事故', target: '不发生', actual: '未发生', weight: 15, score: 15, band: '达成' },
    { level1: '效益指标', level2: '可持续影响指标', name: '四、五类桥梁移交整治率', target: '100%', actual: '91.67%', weight: 15, score: 13.75,
      deviation: { reason: '1座五类桥梁涉及产权单位变更，移交手续跨年办理', measure: '协调产权单位，2025年一季度完成移交' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '桥梁管养单位满意度', target: '≥90%', actual: '96%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'bridges', group: '产出', topic: '桥梁', name: '辖区城市桥梁', value: 236, unit: '座' },
    { id: 'regular', group: '产出', topic: '检测', name: '定期检测桥梁', value: 216, unit: '座' },
    { id: 'special', group: '产出', topic: '检测', name: '特殊检测桥梁', value: 14, unit: '座' },
    { id: 'load', group: '产出', topic: '检测', name: '荷载试验', value: 5, unit: '座' },
    { id: 'bad', group: '效益', topic: '病害', name: '评定为四、五类的桥梁', value: 12, unit: '座' },
    { id: 'handed', group: '效益', topic: '病害', name: '已移交整治', value: 11, unit: '座' },
    { id: 'sensors', group: '产出', topic: '监测', name: '健康监测传感器', value: 1180, unit: '个' },
    { id: 'records', group: '产出', topic: '监测', name: '采集监测数据', value: 3.2, unit: '亿条', approx: '超' },
    { id: 'alerts', group: '效益', topic: '监测', name: '推送超限预警', value: 37, unit: '次' },
  ],
  problems: [
    { id: 'hand', text: '四、五类桥梁移交整治率未达100%', cause: '产权单位变更，手续跨年', measure: '一季度完成移交' },
    { id: 'cut', text: '预算编制偏粗', cause: '特殊检测工作量测算依据不足，被评审核减', measure: '按检测规范逐桥测算' },
  ],
};
const header = `# 棠埠区2024年度城市桥梁检测及健康监测项目（项目支出）的数据，bulk-zo 04 号。全部虚构。金额单位：万元。
# 年初预算经区财政投资评审中心评审核减23.50（常规定期检测核减8.00、特殊检测核减15.50；子项目只写 initial、total）。
# 评分表中目标写成区间（12—15座）和文字（11月30日前完成、不发生），实际写成文字（按期完成、未发生）。`;
const relations = [
  { type: 'diff', m: ['tot', 'ini', 'cut'] },
  { type: 'sum', m: ['cut', 'c0', 'c1'] },
  { type: 'diff', m: ['p0t', 'p0i', 'c0'] },
  { type: 'diff', m: ['p1t', 'p1i', 'c1'] },
  { type: 'sum', m: ['tot2', 'p0t', 'p1t', 'p2t'] },
  { type: 'sum', m: ['act', 'p0a', 'p1a', 'p2a'] },
  { type: 'ratio', m: ['rate', 'act', 'tot2'] },
  { type: 'same', m: ['tot', 'tot2'] },
];
const body = `#T 棠埠区2024年度城市桥梁检测及健康监测项目绩效自评报告
#S 蕖安市棠埠区市政设施管理所
#1 一、项目概况
区市政设施管理所负责辖区{{236=A('bridges')}}座城市桥梁的日常检测和健康监测。2024年度项目内容包括三块：常规定期检测、特殊检测及荷载试验、健康监测系统运维。区住建局以棠住建〔2024〕21号文下达了年度绩效目标。
#1 二、预算安排和执行
#2 （一）预算核减情况
项目申报预算{{268.00=d.budget.initial|#ini}}万元，送区财政投资评审中心评审后核减{{23.50=d.budget.adjustments[0].amount|#cut}}万元，核定预算{{244.50=d.budget.total|#tot}}万元。核减的原因：常规定期检测中有部分小型桥梁可与人行天桥合并检测，核减{{8.00=P(0).initial-P(0).total|#c0}}万元；特殊检测的荷载试验数量按规范重新测算，核减{{15.50=P(1).initial-P(1).total|#c1}}万元。
#2 （二）预算执行情况
#C 表1　子项目预算执行情况（万元）
#H 1
#W 4,2,2,2,2,2
|子项目|申报数|核定预算|实际支出|结余|执行率|
|常规定期检测|{{104.00=P(0).initial|#p0i}}|{{96.00=P(0).total|#p0t}}|{{94.82=P(0).actual|#p0a}}|{{1.18=P(0).total-P(0).actual}}|{{98.77%=pct(P(0).actual,P(0).total)}}|
|特殊检测及荷载试验|{{118.00=P(1).initial|#p1i}}|{{102.50=P(1).total|#p1t|a:105.20~Word 子项目表“特殊检测及荷载试验”核定预算（三项之和 244.50、118.00 − 15.50 都对不上）}}|{{99.36=P(1).actual|#p1a}}|{{3.14=P(1).total-P(1).actual}}|{{96.94%=pct(P(1).actual,P(1).total)}}|
|健康监测系统运维|{{46.00=P(2).initial}}|{{46.00=P(2).total|#p2t}}|{{43.98=P(2).actual|#p2a}}|{{2.02=P(2).total-P(2).actual}}|{{95.61%=pct(P(2).actual,P(2).total)}}|
|合计|{{268.00=d.budget.initial}}|{{244.50=d.budget.total|#tot2}}|{{238.16=d.budget.actual|#act}}|{{6.34=d.budget.carryover}}|{{97.41%=R()|#rate}}|
常规定期检测支出中，外委检测费{{81.20=P(0).items[0].amount|b:82.10~常规定期检测中的外委检测费（万元），正文只出现一次，另一项“自检及耗材”没有写出}}万元，按合同约定在检测报告验收后一次付清。
#1 三、绩效目标完成情况
全年定期检测桥梁{{216=A('regular')}}座，特殊检测{{14=A('special')}}座，其中做了荷载试验的{{5=A('load')}}座。检测评定为四、五类的桥梁共{{12=A('bad')}}座，已移交养护单位整治{{11=A('handed')}}座，剩下的{{1=A('bad')-A('handed')}}座因为产权单位变更，手续要到2025年一季度才能办完。健康监测系统在线传感器{{1,180=A('sensors')}}个，全年采集监测数据超过{{3=A('records')|cmp:ge}}亿条，向管养单位推送超限预警{{37=A('alerts')}}次，都在规定时间内处置完毕。
#1 四、自评结论
#C 表2　绩效指标自评表
#H 1
#W 2,2,4,3,3,1,1,4
|一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分|偏差原因|
|产出指标|数量指标|定期检测桥梁数量|≥{{210=num(I(0).target)}}座|{{216=num(I(0).actual)}}座|{{15=I(0).weight}}|{{15=I(0).score}}|—|
|^^|^^|特殊检测桥梁数量|{{12=num(I(1).target)}}—{{15=num2(I(1).target)}}座|{{14=num(I(1).actual)}}座|{{10=I(1).weight}}|{{10=I(1).score}}|—|
|^^|质量指标|检测报告合格率|{{100%=num(I(2).target)}}|{{100%=num(I(2).actual)}}|{{10=I(2).weight}}|{{10=I(2).score}}|—|
|^^|时效指标|检测完成时间|11月30日前完成|按期完成|{{10=I(3).weight}}|{{10=I(3).score}}|—|
|^^|成本指标|单座定期检测成本|≤{{4500=num(I(4).target)}}元|{{4390=num(I(4).actual)}}元|{{5=I(4).weight}}|{{5=I(4).score}}|—|
|效益指标|社会效益指标|桥梁垮塌等安全事故|不发生|未发生|{{15=I(5).weight}}|{{15=I(5).score}}|—|
|^^|可持续影响指标|四、五类桥梁移交整治率|{{100%=num(I(6).target)}}|{{91.67%=num(I(6).actual)}}|{{15=I(6).weight}}|{{13.75=I(6).score}}|{{1=A('bad')-A('handed')}}座产权单位变更，移交跨年|
|满意度指标|服务对象满意度指标|桥梁管养单位满意度|≥{{90%=num(I(7).target)}}|{{96%=num(I(7).actual)}}|{{10=I(7).weight}}|{{10=I(7).score}}|—|
|预算执行率|<<|<<|—|{{97.41%=R()}}|{{10=d.budgetRate.weight}}|{{9.74=d.budgetRate.score}}|结余为合同质保金|
|合计|<<|<<|<<|<<|{{100=W()}}|{{98.49=S()}}|—|
本项目自评得分{{98.49=S()}}分（满分{{100=W()}}分），自评等级：优（A级）。扣分情况：四、五类桥梁移交整治率{{91.67=num(I(6).actual)}}%，按比例得{{13.75=I(6).score}}分，扣{{1.25=I(6).weight-I(6).score}}分；预算执行率得{{9.74=d.budgetRate.score}}分，扣{{0.26=d.budgetRate.weight-d.budgetRate.score}}分。
#1 五、问题和建议
一是四、五类桥梁移交整治还差最后一座，卡在产权单位变更上，已和产权单位约定2025年一季度办结。二是年初预算编得偏粗，特殊检测工作量的测算依据不足，被评审核减。以后按检测规范逐桥测算工作量，再报预算。
`;
module.exports = { id: '04', slug: 'qiaoliang', format: 'docx', kind: 'project', level: '区', unit: '蕖安市棠埠区市政设施管理所', project: data.meta.project,
  sector: '城市桥梁检测及健康监测', styles: ['评分表目标为区间（12—15座）和文字（11月30日前完成、不发生），实际为文字（按期完成、未发生）', '评审核减及分项原因', '满分、自评等级优（A级）、扣分原因', '超过3亿条', '文号棠住建〔2024〕21号'],
  data, header, relations, body };

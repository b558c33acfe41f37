// 09 市科学技术馆（部门，市级，md）
const data = {
  kind: 'department', version: 2,
  meta: { year: 2024, unit: '蕖安市科学技术馆', shortName: '市科技馆', title: '蕖安市科学技术馆2024年度部门整体支出绩效自评报告', thousands: true },
  background: { functions: ['常设展览和临时展览', '科普教育活动', '科普资源开发和展品研制', '馆校合作'], organization: ['办公室', '展教部', '技术部', '运营部'] },
  staffing: { authorized: 58, actual: 52, retired: 17, controlRate: 89.66 },
  budget: { initial: 2160, adjustments: [{ type: '追加', amount: 185, reason: '儿童科学乐园展品更新' }], total: 2345, actual: 2287.64, carryover: 57.36,
    sources: { current: { initial: 2160, total: 2345, actual: 2287.64 } } },
  basicExpense: { total: 1216.48, personnel: 1038.2, publicUse: 178.28, budget: 1230, prior: 1184.6, changeRate: 2.69, reason: '新进人员和绩效工资调整' },
  projectExpense: { total: 1071.16, budget: 1115, prior: 1236.9, changeRate: -13.4, reason: '上年有一次性的展厅改造' },
  projects: [
    { name: '展品更新改造', total: 560, actual: 548.92 },
    { name: '科普活动', total: 285, actual: 276.4 },
    { name: '场馆运行维护', total: 270, actual: 245.84 },
  ],
  threePublic: {
    vehicle: { prior: 6.3, budget: 6.5, actual: 5.94, changeRate: -5.71 },
    reception: { prior: 2.1, budget: 2.4, actual: 1.86, changeRate: -11.43 },
    total: { prior: 8.4, budget: 8.9, actual: 7.8, changeRate: -7.14 } },
  budgetRate: { weight: 10, score: 9.76 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.76, grade: '优' },
  goals: { expected: ['场馆安全开放，科普服务覆盖面持续扩大'] },
  indicators: [
    { level1: '履职效能', level2: '数量指标', name: '接待观众', target: '≥55万人次', actual: '61.9万人次', weight: 20, score: 20 },
    { level1: '履职效能', level2: '数量指标', name: '举办科普活动', target: '≥300场', actual: '326场', weight: 15, score: 15 },
    { level1: '履职效能', level2: '质量指标', name: '展品完好率', target: '≥95%', actual: '96.8%', weight: 15, score: 15 },
    { level1: '运行成本', level2: '成本控制', name: '三公经费控制率', target: '≤100%', actual: '87.64%', weight: 10, score: 10, direction: 'negative' },
    { level1: '管理效率', level2: '人员管理', name: '在职人员控制率', target: '≤100%', actual: '89.66%', weight: 10, score: 10, direction: 'negative' },
    { level1: '社会效应', level2: '社会效益', name: '青少年观众占比', target: '≥50%', actual: '56.2%', weight: 10, score: 10 },
    { level1: '满意度', level2: '满意度指标', name: '观众满意度', target: '≥90%', actual: '96.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'visitors', group: '履职效能', topic: '观众', name: '接待观众', value: 61.9, unit: '万人次', prior: 52.4 },
    { id: 'visitors_2022', group: '履职效能', topic: '观众', name: '接待观众（2022年）', value: 38.6, unit: '万人次', year: 2022 },
    { id: 'events', group: '履职效能', topic: '活动', name: '举办科普活动', value: 326, unit: '场' },
    { id: 'events_2022', group: '履职效能', topic: '活动', name: '举办科普活动（2022年）', value: 214, unit: '场', year: 2022 },
    { id: 'events_2023', group: '履职效能', topic: '活动', name: '举办科普活动（2023年）', value: 287, unit: '场', year: 2023 },
    { id: 'schools', group: '社会效应', topic: '馆校合作', name: '科普进校园覆盖学校', value: 148, unit: '所' },
    { id: 'exhibits', group: '履职效能', topic: '展品', name: '更新展品', value: 64, unit: '件' },
    { id: 'youth', group: '社会效应', topic: '观众', name: '青少年观众占比', value: 56.2, unit: '%' },
    { id: 'prior_rate', group: '管理效率', topic: '执行', name: '上年预算执行率', value: 96.35, unit: '%', year: 2023 },
  ],
  problems: [
    { id: 'maint', text: '场馆运行维护项目执行率偏低', cause: '空调主机更换推迟到2025年', measure: '提前做好设备更换计划' },
    { id: 'peak', text: '节假日客流集中', cause: '预约名额分配不均', measure: '实行分时段预约' },
  ],
};
const header = `# 蕖安市科学技术馆2024年度部门整体支出的数据，bulk-zo 09 号。全部虚构。金额单位：万元。
# 三年观众和活动场次：2024年为 value，2023年观众为 prior、活动场次另记 events_2023，2022年另记 year: 2022 的成效。`;
const relations = [
  { type: 'sum', m: ['act', 'bas', 'pro'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'diff', m: ['pp', 'rate', 'prate'] },
  { type: 'diff', m: ['db', 'b24', 'b23'] }, { type: 'chg', m: ['cb', 'b24', 'b23'] },
  { type: 'diff', m: ['dp', 'p24', 'p23'] }, { type: 'chg', m: ['cp', 'p24', 'p23'] },
  { type: 'diff', m: ['dt', 't24', 't23'] }, { type: 'chg', m: ['ct', 't24', 't23'] },
  { type: 'diff', m: ['dv', 'v24', 'v23'] }, { type: 'chg', m: ['cv', 'v24', 'v23'] },
  { type: 'same', m: ['bas', 'b24'] }, { type: 'same', m: ['pro', 'p24'] },
];
const body = `# 蕖安市科学技术馆2024年度部门整体支出绩效自评报告

## 一、部门基本情况

市科技馆是市科协管理的公益一类事业单位，开放时间为每周二至周日9:00-17:00，周一闭馆。馆内设办公室、展教部、技术部、运营部，核定编制{{58=d.staffing.authorized}}名，截至2024.12.31在职{{52=d.staffing.actual}}人，退休{{17=d.staffing.retired}}人，在职人员控制率{{89.66=d.staffing.controlRate}}%。

## 二、部门整体支出情况

### （一）总体情况

2024年全年预算{{2,345.00=d.budget.total|#tot}}万元，其中年初预算{{2,160.00=d.budget.initial}}万元，年中为儿童科学乐园展品更新追加{{185.00=d.budget.adjustments[0].amount}}万元。全年支出{{2,287.64=d.budget.actual|#act}}万元，执行率{{97.55=R()|#rate}}%，比上年的{{96.35=A('prior_rate')|#prate}}%高出{{1.2=R()-A('prior_rate')|#pp}}个百分点。其中基本支出{{1,216.48=d.basicExpense.total|#bas}}万元，项目支出{{1,071.16=d.projectExpense.total|#pro}}万元。

### （二）两年支出对比

| 项目 | 2023年 | 2024年 | 增减额 | 增减率 |
|---|---:|---:|---:|---:|
| 基本支出 | {{1,184.60=d.basicExpense.prior|#b23}}万元 | {{1,216.48=d.basicExpense.total|#b24}}万元 | +{{31.88=d.basicExpense.total-d.basicExpense.prior|#db}}万元 | +{{2.69=d.basicExpense.changeRate|#cb}}% |
| 项目支出 | {{1,236.90=d.projectExpense.prior|#p23}}万元 | {{1,071.16=d.projectExpense.total|#p24}}万元 | {{-165.74=d.projectExpense.total-d.projectExpense.prior|#dp|a:-156.74~md 两年对比表“项目支出”增减额（1,071.16 − 1,236.90 = −165.74）}}万元 | {{-13.40=d.projectExpense.changeRate|#cp}}% |
| “三公”经费 | {{8.40=T('total').prior|#t23}}万元 | {{7.80=T('total').actual|#t24}}万元 | {{-0.60=T('total').actual-T('total').prior|#dt}}万元 | {{-7.14=T('total').changeRate|#ct}}% |

基本支出增加，主要是新进人员和绩效工资调整；项目支出减少，是因为上年有一次性的展厅改造。“三公”经费中，公务用车运行维护费{{5.94=T('vehicle').actual}}万元，公务接待费{{1.86=T('reception').actual}}万元，预算控制率{{87.64=pct(T('total').actual,T('total').budget)}}%。

### （三）项目支出

| 项目 | 全年预算 | 实际支出 | 执行率 |
|---|---:|---:|---:|
| 展品更新改造 | {{560.00=P(0).total}}万元 | {{548.92=P(0).actual}}万元 | {{98.02=pct(P(0).actual,P(0).total)}}% |
| 科普活动 | {{285.00=P(1).total}}万元 | {{276.40=P(1).actual}}万元 | {{96.98=pct(P(1).actual,P(1).total)}}% |
| 场馆运行维护 | {{270.00=P(2).total}}万元 | {{245.84=P(2).actual}}万元 | {{91.05=pct(P(2).actual,P(2).total)}}% |
| 合计 | {{1,115.00=d.projectExpense.budget}}万元 | {{1,071.16=d.projectExpense.total}}万元 | {{96.07=pct(d.projectExpense.total,d.projectExpense.budget)}}% |

场馆运行维护执行率偏低，空调主机更换推迟到了2025年。

## 三、绩效情况

### （一）观众和活动三年变化

| 年度 | 接待观众（万人次） | 科普活动（场） |
|---|---:|---:|
| 2022年 | {{38.6=A('visitors_2022')}} | {{214=A('events_2022')}} |
| 2023年 | {{52.4=AP('visitors')|#v23}} | {{287=A('events_2023')}} |
| 2024年 | {{61.9=A('visitors')|#v24}} | {{326=A('events')}} |

2024年接待观众比上年增加{{9.5=A('visitors')-AP('visitors')|#dv}}万人次，增长{{18.13=chg(A('visitors'),AP('visitors'))|#cv}}%，增幅接近{{两=chg(A('visitors'),AP('visitors'))|cn:20|cmp:le}}成；青少年观众约占{{56=A('youth')|cmp:about}}%。全年更新展品{{64=A('exhibits')}}件，展品完好率{{96.8=num(I(2).actual)}}%。“科学课堂进校园”覆盖{{148=A('schools')|b:184~科普进校园覆盖学校（所），正文只出现一次}}所中小学，参与学生上万人次。

### （二）自评得分

按部门整体支出绩效评价指标逐项打分：履职效能{{50=SS('履职效能')}}分、运行成本{{10=SS('运行成本')}}分、管理效率{{10=SS('管理效率')}}分、社会效应{{10=SS('社会效应')}}分、满意度{{10=SS('满意度')}}分，预算执行率得{{9.76=d.budgetRate.score}}分，总分{{99.76=S()}}分，等级为优。观众满意度调查在第4季度进行，结果为{{96.1=num(I(6).actual)}}%。

## 四、存在问题及改进措施

一是场馆运行维护项目执行率偏低，今后提前做好设备更换计划；二是节假日客流集中、预约名额分配不均，2025年起实行分时段预约。
`;
module.exports = { id: '09', slug: 'kejiguan', format: 'md', kind: 'department', level: '市', unit: '蕖安市科学技术馆', project: null,
  sector: '科学技术馆', styles: ['两年对比表（2023年|2024年|增减额|增减率），每个单元格带单位（万元、%）', '三年趋势表（2022—2024年）', '个百分点', '增长额与增长率', '约占、接近两成、上万人次（无数字）', '9:00-17:00、2024.12.31、第4季度'],
  data, header, relations, body };

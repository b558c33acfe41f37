// 05 林业有害生物防治（项目，镇级，md）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '枧岭县沙垭镇林业工作站', shortName: '镇林业站', department: '枧岭县沙垭镇人民政府', implementer: '枧岭县沙垭镇林业工作站',
    project: '2024年沙垭镇林业有害生物防治项目', title: '沙垭镇2024年度林业有害生物防治项目绩效自评报告', thousands: true },
  background: { purpose: ['松材线虫病疫木除治', '林业有害生物监测普查', '防治药剂和器械', '宣传培训'] },
  budget: { initial: 58, adjustments: [{ type: '追加', amount: 6.4, reason: '秋季普查新发现疫木，县林业局下达除治补助' }], total: 64.4, actual: 62.87, carryover: 1.53,
    sources: { current: { initial: 58, total: 64.4, actual: 62.87 } } },
  budgetRate: { weight: 10, score: 9.76 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.76, grade: '优' },
  goals: { expected: ['松材线虫病疫情得到有效遏制，林业有害生物成灾率控制在指标内'] },
  projects: [
    { name: '松材线虫病疫木除治', initial: 25, adjustment: 6.4, total: 31.4, actual: 30.96 },
    { name: '监测普查', initial: 12, total: 12, actual: 11.58 },
    { name: '防治药剂和器械', initial: 15, total: 15, actual: 14.73 },
    { name: '宣传培训', initial: 6, total: 6, actual: 5.6 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '监测普查面积', target: '≥8.5万亩', actual: '8.76万亩', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '清理疫木', target: '≥2200株', actual: '2418株', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '防治作业面积', target: '≥1.2万亩', actual: '1.26万亩', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '疫木除治合格率', target: '≥95%', actual: '97.8%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '春季除治完成时限', target: '4月30日前', actual: '按期完成', weight: 5, score: 5, band: '达成' },
    { level1: '效益指标', level2: '生态效益指标', name: '林业有害生物成灾率', target: '≤3‰', actual: '1.2‰', weight: 15, score: 15, direction: 'negative' },
    { level1: '效益指标', level2: '生态效益指标', name: '松材线虫病发生面积下降率', target: '≥10%', actual: '31.5%', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '94.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'forest', group: '产出', topic: '林地', name: '全镇林地', value: 12.4, unit: '万亩' },
    { id: 'survey', group: '产出', topic: '普查', name: '监测普查面积', value: 8.76, unit: '万亩' },
    { id: 'trees', group: '产出', topic: '除治', name: '清理疫木', value: 2418, unit: '株' },
    { id: 'area', group: '效益', topic: '疫情', name: '松材线虫病发生面积', value: 1000, unit: '亩', prior: 1460 },
    { id: 'traps', group: '产出', topic: '监测', name: '布设诱捕器', value: 240, unit: '套' },
    { id: 'trained', group: '产出', topic: '培训', name: '培训林农', value: 1380, unit: '人次' },
    { id: 'rangers', group: '产出', topic: '培训', name: '生态护林员', value: 46, unit: '名' },
  ],
  problems: [
    { id: 'late', text: '秋季普查发现的疫木除治时间紧', cause: '追加资金11月才下达', measure: '提前向县林业局报送除治计划' },
  ],
};
const header = `# 沙垭镇2024年度林业有害生物防治项目（项目支出）的数据，bulk-zo 05 号。全部虚构。金额单位：万元。`;
const relations = [
  { type: 'same', m: ['x_rate', 'rate'] }, { type: 'same', m: ['x_tot', 'tot'] }, { type: 'same', m: ['x_act', 'act'] },
  { type: 'ratio', m: ['x_rate', 'x_act', 'x_tot'] },
  { type: 'sum', m: ['act', 'a0', 'a1', 'a2', 'a3'] },
  { type: 'sum', m: ['tot', 't0', 't1', 't2', 't3'] },
  { type: 'sum', m: ['tot', 'ini', 'add'] },
  { type: 'ratio', m: ['rate', 'act', 'tot'] },
  { type: 'same', m: ['x_trees', 'trees'] }, { type: 'same', m: ['x_score', 'score'] },
];
const body = `# 沙垭镇2024年度林业有害生物防治项目绩效自评报告

**报告要点**

- 全年预算 {{64.40=d.budget.total|#x_tot}} 万元，实际支出 {{62.87=d.budget.actual|#x_act}} 万元，预算执行率 {{97.62=R()|#x_rate|a:97.26~md 开头“报告要点”中的执行率（62.87 ÷ 64.40 = 97.62%，正文和表中都是 97.62%）}}%
- 清理松材线虫病疫木 {{2,418=A('trees')|#x_trees}} 株，春季除治按期完成
- 松材线虫病发生面积比上年下降逾{{三=chg(A('area'),AP('area'))*-1|cn:30|cmp:ge}}成
- 自评得分 {{99.76=S()|#x_score}} 分，等级为优

---

## 一、项目基本情况

沙垭镇有林地{{12.4=A('forest')}}万亩，以马尾松林为主，和两个松材线虫病疫区县交界，防控压力一直不小。本项目由镇林业工作站组织实施，资金用于疫木除治、监测普查、防治药剂和器械购置、宣传培训四个方面。

## 二、资金安排和支出

年初镇财政安排{{58.00=d.budget.initial|#ini}}万元。秋季普查又发现一批疫木，县林业局下达除治补助，追加{{6.40=d.budget.adjustments[0].amount|#add}}万元，全年预算{{64.40=d.budget.total}}万元。

**表1　资金支出情况（单位：万元）**

| 项目 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
|---|---:|---:|---:|---:|
| **合计** | **{{58.00=d.budget.initial}}** | **{{64.40=d.budget.total|#tot}}** | **{{62.87=d.budget.actual|#act}}** | **{{97.62%=R()|#rate}}** |
| 松材线虫病疫木除治 | {{25.00=P(0).initial}} | {{31.40=P(0).total|#t0}} | {{30.96=P(0).actual|#a0}} | {{98.60%=pct(P(0).actual,P(0).total)}} |
| 监测普查 | {{12.00=P(1).initial}} | {{12.00=P(1).total|#t1}} | {{11.58=P(1).actual|#a1}} | {{96.50%=pct(P(1).actual,P(1).total)}} |
| 防治药剂和器械 | {{15.00=P(2).initial}} | {{15.00=P(2).total|#t2}} | {{14.73=P(2).actual|#a2}} | {{98.20%=pct(P(2).actual,P(2).total)}} |
| 宣传培训 | {{6.00=P(3).initial}} | {{6.00=P(3).total|#t3}} | {{5.60=P(3).actual|#a3}} | {{93.33%=pct(P(3).actual,P(3).total)}} |

结余{{1.53=d.budget.carryover}}万元，大部分是宣传培训的印刷费，年底没来得及结算。

## 三、绩效完成情况

**（一）产出。** 全年监测普查{{8.76=A('survey')}}万亩，占全镇林地的{{70.6=pct(A('survey'),A('forest'))}}%；布设诱捕器{{240=A('traps')}}套；清理疫木{{2,418=A('trees')|#trees}}株，完成目标的{{109.9=pct(num(I(1).actual),num(I(1).target))}}%；防治作业{{1.26=num(I(2).actual)}}万亩，除治合格率{{97.8=num(I(3).actual)}}%。

**（二）效益。** 松材线虫病发生面积由上年的{{1,460=AP('area')}}亩降到{{1,000=A('area')}}亩，下降{{31.5=chg(A('area'),AP('area'))*-1}}%；林业有害生物成灾率{{1.2=num(I(5).actual)}}‰，低于{{3=num(I(5).target)}}‰的控制指标。

**（三）满意度。** 对各村林农的抽样问卷显示，满意度为{{94.2=num(I(7).actual)}}%。

**（四）培训。** 全年培训林农{{1,380=A('trained')}}人次，全镇{{46=A('rangers')|b:64~生态护林员（名），正文只出现一次}}名生态护林员都参加了疫木识别培训。

## 四、自评得分

| 指标 | 分值 | 得分 |
|---|---:|---:|
| 预算执行率 | {{10=d.budgetRate.weight}} | {{9.76=d.budgetRate.score}} |
| 产出指标 | {{50=SW('产出指标')}} | {{50=SS('产出指标')}} |
| 效益指标 | {{30=SW('效益指标')}} | {{30=SS('效益指标')}} |
| 满意度指标 | {{10=SW('满意度指标')}} | {{10=SS('满意度指标')}} |
| 总分 | {{100=W()}} | {{99.76=S()|#score}} |

## 五、存在问题和改进措施

追加的除治资金11月才下达，秋季发现的疫木要在来年春季前除治完，时间很紧。明年将在9月普查结束后就把除治计划报县林业局，争取资金早下达。
`;
module.exports = { id: '05', slug: 'songchong', format: 'md', kind: 'project', level: '镇', unit: '枧岭县沙垭镇林业工作站', project: data.meta.project,
  sector: '林业有害生物（松材线虫病）防治', styles: ['开头的大模型式“报告要点”列表，重复后文数字', '“合计”行放在表格第一行（加粗）', '逾三成', '千分号‰', '上年面积 1,460 取自成效的 prior'],
  data, header, relations, body };

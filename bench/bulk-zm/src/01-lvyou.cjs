'use strict';
// 01 md 项目 省级：沄桑省文化和旅游厅 全域旅游宣传推广专项资金（大模型风格：加粗标签、末尾汇总表）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '沄桑省文化和旅游厅', shortName: '省文旅厅', department: '沄桑省文化和旅游厅', implementer: '沄桑省文化和旅游厅宣传推广处',
    project: '全域旅游宣传推广专项资金', title: '2024年度全域旅游宣传推广专项资金绩效自评报告', thousands: true },
  background: { purpose: ['境内外媒体宣传投放', '文旅推介会和展会', '新媒体和短视频推广', '节庆活动补助'],
    management: ['投放合同事前法律审核', '推介会费用按场次限额控制', '短视频采购比价'] },
  budget: { initial: '2,400.00', adjustments: [{ type: '追加', amount: 180, reason: '冬春文旅消费季' }, { type: '压减', amount: 60, reason: '节庆活动补助压减' }],
    total: '2,520.00', actual: '2,485.36', carryover: 34.64, sources: { current: { initial: 2400, total: 2520, actual: 2485.36 } } },
  budgetRate: { weight: 10, score: 9.86 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.86, grade: '优' },
  goals: { expected: ['讲好沄桑文旅故事，扩大客源市场'] },
  projects: [
    { name: '境内外媒体宣传投放', initial: '1,100.00', adjustment: 60, total: '1,160.00', actual: '1,152.40', carryover: '7.60' },
    { name: '文旅推介会和展会', initial: 620, adjustment: 60, total: 680, actual: 671.26, carryover: 8.74 },
    { name: '新媒体和短视频推广', initial: 380, adjustment: 60, total: 440, actual: 433.18, carryover: 6.82 },
    { name: '节庆活动补助', initial: 300, total: 240, actual: 228.52, carryover: 11.48 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '境外主流媒体投放国家和地区', target: '≥12个', actual: '15个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '举办文旅推介会', target: '20场次', actual: '23场次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新媒体宣传作品播放量', target: '≥3亿次', actual: '3.62亿次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '5G+智慧文旅宣传平台上线率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '推广活动按期完成率', target: '≥95%', actual: '96.4%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '全省旅游总收入增长率', target: '≥8%', actual: '7.2%', weight: 10, score: 9,
      deviation: { reason: '下半年入境客源恢复慢于预期', measure: '加大入境市场精准投放' } },
    { level1: '效益指标', level2: '社会效益指标', name: '全省接待游客人次', target: '6.5亿人次', actual: '6.83亿人次', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '“十四五”文旅品牌知名度', target: '持续提升', actual: '明显提升', weight: 10, score: 10, band: '达成' },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '游客满意度', target: '≥90%', actual: '92.6%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'visitors', group: '效益', topic: '客源市场', name: '全省接待国内外游客', value: 6.83, unit: '亿人次', prior: 6.24, changeRate: 9.46 },
    { id: 'inbound', group: '效益', topic: '客源市场', name: '入境游客', value: 186.4, unit: '万人次', changeRate: 38.2 },
    { id: 'revenue', group: '效益', topic: '客源市场', name: '全省旅游总收入', value: '7,315.6', unit: '亿元', changeRate: 7.2 },
    { id: 'signed', group: '文旅推介会和展会', topic: '推介签约', name: '现场签约文旅项目', value: 41, unit: '个' },
    { id: 'signed_value', group: '文旅推介会和展会', topic: '推介签约', name: '签约金额', value: 286.5, unit: '亿元' },
    { id: 'clips', group: '新媒体和短视频推广', topic: '新媒体', name: '征集发布短视频作品', value: 1240, unit: '条' },
    { id: 'fans', group: '新媒体和短视频推广', topic: '新媒体', name: '官方账号新增粉丝', value: 58.7, unit: '万人' },
  ],
  problems: [
    { id: 'inbound', text: '入境市场投放精准度不够', cause: '境外客源数据获取渠道有限', measure: '与境外平台共建客源画像' },
    { id: 'eval', text: '部分推介会成效跟踪不足', cause: '签约项目落地跟踪机制未建立', measure: '建立签约项目季度跟踪台账' },
  ],
};
const tpl = `# 2024年度全域旅游宣传推广专项资金绩效自评报告

> 填报单位：沄桑省文化和旅游厅（宣传推广处）　联系人：覃向岚　电话：[[0871-6630 2417|电话]]

## 一、项目概况

全域旅游宣传推广专项资金是省级财政安排的文旅宣传经费，主要用于境内外媒体宣传投放、文旅推介会和展会、新媒体和短视频推广、节庆活动补助四个方面。项目依据《沄桑省“十四五”文化和旅游发展规划》和《沄桑省文旅宣传推广资金管理办法》（沄文旅发〔2022〕37号）实施，全年围绕“山水沄桑·四季可游”品牌开展宣传。

**核心资金数据一览：**

- **年初预算**：{{2,400.00=d.budget.initial}}万元
- **年中调整**：追加{{180.00=d.budget.adjustments[0].amount}}万元（冬春文旅消费季），压减{{60.00=d.budget.adjustments[1].amount}}万元（节庆活动补助）
- **全年预算**：{{2,520.00=d.budget.total}}万元
- **实际支出**：{{2,485.36=d.budget.actual}}万元
- **预算执行率**：{{98.63=pct(d.budget.actual,d.budget.total)}}%
- **结余结转**：{{34.64=d.budget.carryover}}万元

## 二、资金使用及管理情况

### （一）资金到位与执行

资金全部为当年省级财政拨款，于2024年2月和8月分两批下达。从执行进度看，全年实际支出比年初预算多{{85.36=N(d.budget.actual)-N(d.budget.initial)}}万元，比调整后预算少{{34.64=N(d.budget.total)-N(d.budget.actual)}}万元，后者即结转下年使用的尾款。

**分项执行情况：**

| 支出方向 | 年初预算（万元） | 全年预算（万元） | 实际支出（万元） | 执行率 |
|:---|---:|---:|---:|---:|
| 境内外媒体宣传投放 | {{1,100.00=P(0).initial}} | {{1,160.00=P(0).total}} | {{1,152.40=P(0).actual}} | {{99.34=pct(P(0).actual,P(0).total)}}% |
| 文旅推介会和展会 | {{620.00=P(1).initial}} | {{680.00=P(1).total}} | {{671.26=P(1).actual|a:617.26~分项支出改动后四项之和不等于合计2,485.36，执行率98.71%也不再等于617.26÷680}} | {{98.71=pct(P(1).actual,P(1).total)}}% |
| 新媒体和短视频推广 | {{380.00=P(2).initial}} | {{440.00=P(2).total}} | {{433.18=P(2).actual}} | {{98.45=pct(P(2).actual,P(2).total)}}% |
| 节庆活动补助 | {{300.00=P(3).initial}} | {{240.00=P(3).total}} | {{228.52=P(3).actual}} | {{95.22=pct(P(3).actual,P(3).total)}}% |
| **合计** | **{{2,400.00=d.budget.initial}}** | **{{2,520.00=d.budget.total}}** | **{{2,485.36=d.budget.actual}}** | **{{98.63=pct(d.budget.actual,d.budget.total)}}%** |

> 说明：节庆活动补助因两个地市节庆活动合并举办，年中压减{{60.00=P(3).initial-P(3).total}}万元；单场推介会费用按[[25]]万—[[40]]万元的区间控制。

### （二）资金管理

**制度保障**：执行《沄桑省文旅宣传推广资金管理办法》，投放合同一律经法律顾问审核，全年审核合同[[63]]份。

**过程监控**：每月调度一次支出进度，第三季度末执行率为[[71.5]]%。

## 三、项目绩效情况

### （一）产出情况

- **境外主流媒体投放**：在{{15=num(I(0).actual)}}个国家和地区投放宣传，超过年度目标（≥{{12=num(I(0).target)}}个）。
- **文旅推介会**：在境内外举办推介会{{23=num(I(1).actual)}}场次，较计划多{{3=num(I(1).actual)-num(I(1).target)}}场次；现场签约文旅项目{{41=A('signed')|b:14~签约项目数，正文只出现一次，无合计或比率}}个，签约金额逾{{280=A('signed_value')|cmp:ge}}亿元。
- **新媒体推广**：征集发布短视频作品{{1,240=A('clips')}}条，播放量{{3.62=num(I(2).actual)}}亿次（目标≥{{3=num(I(2).target)}}亿次），官方账号新增粉丝{{58.7=A('fans')}}万人。
- **[[5|名称中的数字]]G+智慧文旅宣传平台**：上线率{{100=num(I(3).actual)}}%，接入景区[[212]]家。
- **按期完成率**：{{96.4=num(I(4).actual)}}%，高于{{95=num(I(4).target)}}%的目标值。

### （二）效益情况

**客源市场持续扩大。** 全年全省接待国内外游客{{6.83=A('visitors')}}亿人次，上年为{{6.24=AP('visitors')}}亿人次，同比增长{{9.46=AC('visitors')}}%；入境游客{{186.4=A('inbound')}}万人次，同比增长{{38.2=AC('inbound')}}%，其中第四季度环比增长[[12.7]]%。

**旅游收入稳步增长。** 全省旅游总收入{{7,315.6=A('revenue')}}亿元，同比增长{{7.2=AC('revenue')}}%，比{{8=num(I(5).target)}}%的目标低{{0.8=num(I(5).target)-num(I(5).actual)}}个百分点。

**品牌影响提升。** “十四五”以来连续举办[[4]]届“山水沄桑”文旅推介季，品牌知名度明显提升。

### （三）满意度

第三方机构抽样调查游客[[3,600]]人，满意度为{{92.6=num(I(8).actual)}}%，达到≥{{90=num(I(8).target)}}%的目标。

## 四、自评得分

| 一级指标 | 分值 | 得分 |
|---|---:|---:|
| 预算执行率 | {{10=d.budgetRate.weight}} | {{9.86=d.budgetRate.score}} |
| 产出指标 | {{50=sum(d.indicators.slice(0,5).map(x=>x.weight))}} | {{50=sum(d.indicators.slice(0,5).map(x=>x.score))}} |
| 效益指标 | {{30=sum(d.indicators.slice(5,8).map(x=>x.weight))}} | {{29=sum(d.indicators.slice(5,8).map(x=>x.score))}} |
| 满意度指标 | {{10=I(8).weight}} | {{10=I(8).score}} |
| 总分 | {{100=W()}} | {{98.86=S()}} |

全省旅游总收入增长率目标≥{{8=num(I(5).target)}}%，实际{{7.2=num(I(5).actual)}}%，按完成比例得{{9=I(5).score}}分（满分{{10=I(5).weight}}分）。自评等级为“优”。

## 五、存在的问题

1. **入境市场投放精准度不够。** 境外客源数据获取渠道有限，部分投放效果难以量化。
2. **推介会成效跟踪不足。** 签约项目落地情况尚未建立跟踪机制。

## 六、改进措施

1. 与境外平台共建客源画像，按市场调整投放结构。
2. 建立签约项目季度跟踪台账，每半年通报一次。

---

### 附：关键数据汇总

| 指标 | 数值 |
|---|---|
| 全年预算 | {{2,520.00=d.budget.total}}万元 |
| 实际支出 | {{2,485.36=d.budget.actual}}万元 |
| 预算执行率 | {{98.63=pct(d.budget.actual,d.budget.total)}}% |
| 接待游客 | {{6.83=A('visitors')}}亿人次 |
| 入境游客 | {{186.4=A('inbound')}}万人次 |
| 自评总分 | {{98.86=S()}}分 |
`;
module.exports = { id: '01', file: '01-lvyou', fmt: 'md', level: '省', sector: '旅游宣传推广', data, tpl,
  header: `01 沄桑省文化和旅游厅：全域旅游宣传推广专项资金（项目支出）。金额单位：万元。
全部单位、人名、数字均为虚构。报告见 clean/01-lvyou.md。`,
  styles: ['大模型风格加粗标签清单', '末尾关键数据汇总表', '比年初预算、比调整后预算两个基数', '环比与同比并列（环比数据无，skip）', '区间25万—40万元（skip）', '指标名含5G、“十四五”', '上年接待人次（数据有 prior）', '逾280亿元（约数）', '较目标低0.8个百分点'] };

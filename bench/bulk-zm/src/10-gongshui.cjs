'use strict';
// 10 md 项目 县级：棠沚县水利局 农村供水工程运行维护补助（区间、逾/余/近/约/不低于、吨和户、1.2万元与12,000元并存）
const data = {
  kind: 'project', version: 2,
  meta: { year: 2024, unit: '棠沚县水利局', shortName: '县水利局', department: '棠沚县水利局', implementer: '棠沚县农村供水管理站',
    project: '农村供水工程运行维护补助', title: '棠沚县2024年度农村供水工程运行维护补助资金绩效自评报告', thousands: true },
  background: { purpose: ['水厂运行补助', '管网维修', '水质检测'] },
  budget: { initial: '640.00', adjustments: [{ type: '追加', amount: 75, reason: '冬季管网冻裂抢修' }], total: '715.00', actual: 702.18, carryover: 12.82,
    sources: { current: { initial: 640, total: 715, actual: 702.18 } } },
  budgetRate: { weight: 10, score: 9.82 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.98, grade: '优' },
  goals: { expected: ['农村群众喝上稳定、放心的自来水'] },
  projects: [
    { name: '水厂运行补助', initial: 380, total: 380, actual: '376.40', carryover: '3.60' },
    { name: '管网维修', initial: 180, adjustment: 75, total: 255, actual: 249.58, carryover: 5.42,
      items: [{ name: '管材管件', amount: 180.38 }, { name: '维修人工', amount: 68 }, { name: '应急抢修备品', amount: 1.2 }] },
    { name: '水质检测', initial: 80, total: 80, actual: '76.20', carryover: '3.80' },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '维修更换供水管网', target: '85公里', actual: '91.3公里', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '水质检测', target: '≥1,200份', actual: '1,318份', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '出厂水水质达标率', target: '≥95%', actual: '96.8%', weight: 15, score: 15 },
    { level1: '产出指标', level2: '时效指标', name: '管网故障维修响应', target: '≤24小时', actual: '8.5小时', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '农村自来水普及率', target: '93%', actual: '93.6%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '管网漏损率', target: '≤12%', actual: '13.1%', weight: 10, score: 9.16, direction: 'negative',
      deviation: { reason: '老旧管网占比高', measure: '分年度改造老旧管网' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '日供水能力', target: '4.5万吨', actual: '4.62万吨', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '用水户满意度', target: '≥90%', actual: '91.7%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'households', group: '效益', topic: '受益群众', name: '受益农户', value: 4.37, unit: '万户' },
    { id: 'water', group: '效益', topic: '供水量', name: '年供水量', value: 1426, unit: '万吨' },
    { id: 'plants', group: '水厂运行补助', topic: '水厂', name: '补助运行的水厂', value: 23, unit: '座' },
  ],
  problems: [{ id: 'leak', text: '管网漏损率偏高', cause: '老旧管网占比高', measure: '分年度改造老旧管网' }],
};
const tpl = `# 棠沚县2024年度农村供水工程运行维护补助资金绩效自评报告

**棠沚县水利局**

## 一、项目概况

全县有农村集中供水工程[[31|工程处数]]处，本项目补助其中规模较大的{{23=A('plants')|b:32~补助水厂座数，正文只出现一次}}座水厂的运行，同时安排管网维修和水质检测经费。水价按《棠沚县农村供水价格管理办法》（棠发改〔2023〕11号）执行，[[2024|年份]]年调价幅度控制在[[3|调价区间]]%～[[5|调价区间]]%。

## 二、资金使用情况

年初预算{{640.00=d.budget.initial}}万元。[[1|月份]]月寒潮导致管网冻裂，追加抢修资金{{75.00=d.budget.adjustments[0].amount}}万元，全年预算{{715.00=d.budget.total}}万元。全年实际支出{{702.18=d.budget.actual}}万元，执行率{{98.21=pct(d.budget.actual,d.budget.total)}}%，结余{{12.82=d.budget.carryover}}万元。

| 支出项目 | 年初预算 | 全年预算 | 实际支出 | 结余 |
|---|---:|---:|---:|---:|
| 水厂运行补助 | {{380.00=P(0).initial}} | {{380.00=P(0).total}} | {{376.40=P(0).actual}} | {{3.60=P(0).carryover}} |
| 管网维修 | {{180.00=P(1).initial}} | {{255.00=P(1).total}} | {{249.58=P(1).actual}} | {{5.42=P(1).carryover}} |
| 水质检测 | {{80.00=P(2).initial}} | {{80.00=P(2).total}} | {{76.20=P(2).actual}} | {{3.80=P(2).carryover}} |
| 合计（万元） | {{640.00=d.budget.initial}} | {{715.00=d.budget.total}} | {{702.18=d.budget.actual}} | {{12.82=d.budget.carryover}} |

管网维修支出明细（元）：

| 明细 | 金额（元） | 备注 |
|---|---:|---|
| 管材管件 | {{1,803,800.00=P(1).items[0].amount*10000}} | PE管[[63|管径]]—[[160|管径]]mm |
| 维修人工 | {{680,000.00=P(1).items[1].amount*10000}} | / |
| 应急抢修备品 | {{12,000.00=P(1).items[2].amount*10000|a:21,000.00~明细改动后合计2,495,800.00不再相加，与正文1.2万元不符}} | 冻裂抢修 |
| 合计 | {{2,495,800.00=P(1).actual*10000}} | |

应急抢修备品{{1.2=P(1).items[2].amount}}万元全部用于[[1|月份]]月冻裂抢修，管材管件{{180.38=P(1).items[0].amount}}万元。

## 三、绩效情况

**产出方面**，维修更换供水管网{{91.3=num(I(0).actual)}}公里，比计划多{{6.3=num(I(0).actual)-num(I(0).target)}}公里；完成水质检测{{1,318=num(I(1).actual)}}份，不低于{{1,200=num(I(1).target)}}份的目标；出厂水水质达标率{{96.8=num(I(2).actual)}}%；管网故障平均{{8.5=num(I(3).actual)}}小时内修复（目标≤{{24=num(I(3).target)}}小时），单次抢修一般在[[4|时长区间]]～[[6|时长区间]]小时。

**效益方面**，农村自来水普及率{{93.6=num(I(4).actual)}}%；日供水能力{{4.62=num(I(6).actual)}}万吨，全年供水近{{1,430=A('water')|cmp:le}}万吨，逾{{4.3=A('households')|cmp:ge}}万户农户受益。管网漏损率{{13.1=num(I(5).actual)}}%，高于≤{{12=num(I(5).target)}}%的目标{{1.1=num(I(5).actual)-num(I(5).target)}}个百分点，主要是老旧管网占比高。

**满意度方面**，用水户满意度{{91.7=num(I(7).actual)}}%，约[[8|百分比约数]]%的受访户反映停水通知不及时。

## 四、评分结果

| 指标 | 分值 | 得分 |
|---|---:|---:|
| 预算执行率 | {{10=d.budgetRate.weight}} | {{9.82=d.budgetRate.score}} |
| 维修更换供水管网 | {{15=I(0).weight}} | {{15=I(0).score}} |
| 水质检测 | {{10=I(1).weight}} | {{10=I(1).score}} |
| 出厂水水质达标率 | {{15=I(2).weight}} | {{15=I(2).score}} |
| 管网故障维修响应 | {{10=I(3).weight}} | {{10=I(3).score}} |
| 农村自来水普及率 | {{10=I(4).weight}} | {{10=I(4).score}} |
| 管网漏损率 | {{10=I(5).weight}} | {{9.16=I(5).score}} |
| 日供水能力 | {{10=I(6).weight}} | {{10=I(6).score}} |
| 用水户满意度 | {{10=I(7).weight}} | {{10=I(7).score}} |
| 合计 | {{100=W()}} | {{98.98=S()}} |

管网漏损率为反向指标，按{{12=num(I(5).target)}}÷{{13.1=num(I(5).actual)}}×{{10=I(5).weight}}计{{9.16=I(5).score}}分。

## 五、问题与改进

管网漏损率偏高。下一步分年度改造老旧管网，[[2025|年份]]年计划改造[[40|下年目标]]公里以上。
`;
module.exports = { id: '10', file: '10-gongshui', fmt: 'md', level: '县', sector: '农村供水', data, tpl,
  header: `10 棠沚县水利局：农村供水工程运行维护补助（项目支出）。金额单位：万元。全部虚构。报告见 clean/10-gongshui.md。`,
  styles: ['区间3%～5%、4～6小时、63—160mm（skip）', '近1,430万吨、逾4.3万户（约数）、约8%（skip）', '不低于1,200份', '≤24小时对8.5小时、≤12%对13.1%（反向指标未达成）', '元表（12,000.00）与正文1.2万元并存', '高于目标1.1个百分点', '反向指标得分算式'] };

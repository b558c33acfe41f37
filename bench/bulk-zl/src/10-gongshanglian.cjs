'use strict';
// 10 苕陂区工商业联合会（部门整体，区级，Markdown，大模型辅助写作风格）
const data = {
  kind: 'department',
  version: 2,
  meta: { year: 2024, unit: '蘅皋市苕陂区工商业联合会', shortName: '区工商联', title: '苕陂区工商业联合会2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 14, actual: 13, priorActual: 12, retired: 5, changeReason: '公开遴选1人', controlRate: 92.86 },
  background: {
    functions: ['民营经济人士思想政治引导', '会员企业服务', '商会建设', '光彩事业'],
    organization: ['办公室', '会员服务部', '经济联络部'],
  },
  budget: {
    initial: 468.2,
    adjustments: [{ type: '追加', amount: 56.8, reason: '民营经济服务专项' }],
    total: 525,
    actual: 512.37,
    carryover: 12.63,
  },
  basicExpense: { total: 286.54, personnel: 251.38, publicUse: 35.16, budget: 290, prior: 272.3, changeRate: 5.23 },
  projectExpense: { total: 225.83, budget: 235, prior: 258.4, changeRate: -12.6, reason: '上年商会阵地建设项目完工' },
  projects: [
    { name: '民营经济服务专项', initial: 60, adjustment: 56.8, total: 116.8, actual: 114.25 },
    { name: '商会建设和会员服务', initial: 58.2, total: 58.2, actual: 55.48 },
    { name: '民营企业家培训', initial: 40, total: 40, actual: 38.1 },
    { name: '光彩事业和公益活动', initial: 20, total: 20, actual: 18 },
  ],
  threePublic: {
    reception: { prior: 0.86, budget: 1, actual: 0.72, changeRate: -16.28 },
    total: { prior: 0.86, budget: 1, actual: 0.72, changeRate: -16.28 },
  },
  budgetRate: { weight: 10, score: 9.76 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.76, grade: '优' },
  goals: { expected: ['服务民营经济高质量发展'] },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新发展会员企业', target: '≥80家', actual: '96家', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '举办民营企业家培训', target: '8期', actual: '8期', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '协调解决企业诉求', target: '≥150件', actual: '174件', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '企业诉求办结率', target: '≥95%', actual: '97.7%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '诉求首次响应时间', target: '≤3天', actual: '1.5天', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '经济效益指标', name: '帮助会员企业融资', target: '≥3亿元', actual: '3.6亿元', weight: 15, score: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '参与公益捐赠企业', target: '≥60家', actual: '73家', weight: 15, score: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '会员企业满意度', target: '≥90%', actual: '96.4%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'members', group: '履职效能', topic: '会员', name: '会员企业总数', value: 1268, unit: '家', prior: 1172 },
    { id: 'chambers', group: '履职效能', topic: '商会', name: '基层商会', value: 14, unit: '个' },
    { id: 'donation', group: '社会效应', topic: '光彩事业', name: '光彩事业募集捐赠', value: 862.5, unit: '万元' },
    { id: 'share', group: '社会效应', topic: '民营经济', name: '民营企业占全区企业比重', value: 63.8, unit: '%' },
    { id: 'jobs', group: '社会效应', topic: '民营经济', name: '民营企业吸纳就业', value: 4.7, unit: '万人' },
  ],
  problems: [
    { id: 'reach', text: '小微企业会员覆盖面不够', cause: '基层商会力量薄弱', measure: '推进楼宇商会和市场商会建设' },
  ],
  application: ['随部门决算公开'],
};

const body = `# 苕陂区工商业联合会2024年度部门整体支出绩效自评报告

## 一、基本情况

区工商联（总商会）是党委领导的面向工商界、以民营企业和民营经济人士为主体的人民团体和商会组织。机关内设[[3|内设机构个数]]个部门，主要情况如下：

- **编制数**：{{staffing.authorized|0}}名
- **在职人数**：{{staffing.actual|0}}人（比上年增加{{staffing.actual-staffing.priorActual|0}}人，系公开遴选）
- **人员控制率**：{{staffing.controlRate|2}}%
- **退休人员**：{{staffing.retired|0}}人

## 二、预算执行情况

### 1. 总体情况

- **年初预算**：{{budget.initial|2}}万元
- **全年预算**：{{budget.total|2}}万元（年中追加民营经济服务专项{{budget.adjustments[0].amount|2}}万元）
- **实际支出**：{{budget.actual|2}}万元
- **预算执行率**：{{budget.actual/budget.total*100|2}}%
- **结转结余**：{{budget.carryover|2}}万元

### 2. 关键数据对比

| 指标（万元） | 2023年 | 2024年 | 增减 |
|:--|--:|--:|--:|
| 基本支出 | {{basicExpense.prior|2}} | {{basicExpense.total|2}} | {{basicExpense.total-basicExpense.prior|2p}} |
| 项目支出 | {{projectExpense.prior|2}} | {{projectExpense.total|2}} | {{projectExpense.total-projectExpense.prior|2p|a=(23.57)~关键数据表中的增减额（括号负数；与 258.40 → 225.83、合计增减 (18.33)、变动率 -12.60% 不符）}} |
| 支出合计 | {{basicExpense.prior+projectExpense.prior|2}} | {{budget.actual|2}} | {{budget.actual-basicExpense.prior-projectExpense.prior|2p}} |
| “三公”经费 | {{threePublic.total.prior|2}} | {{threePublic.total.actual|2}} | {{threePublic.total.actual-threePublic.total.prior|2p}} |

> 说明：括号表示减少。

**要点解读：**

1. **基本支出**：{{basicExpense.total|2}}万元，同比 {{basicExpense.changeRate|2+}}%，其中人员经费{{basicExpense.personnel|2}}万元、公用经费{{basicExpense.publicUse|2}}万元；人均公用经费{{basicExpense.publicUse/staffing.actual|2}}万元/人。
2. **项目支出**：{{projectExpense.total|2}}万元，同比 {{projectExpense.changeRate|2}}%，主要原因是上年商会阵地建设项目已完工[^1]。
3. **“三公”经费**：仅有公务接待费{{threePublic.reception.actual|2}}万元，同比 {{threePublic.reception.changeRate|2}}%，为预算的{{threePublic.reception.actual/threePublic.reception.budget*100|0}}%。

### 3. 项目支出明细

| 项目 | 全年预算（万元） | 实际支出（万元） | 执行率 |
|:--|--:|--:|--:|
| 民营经济服务专项 | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 商会建设和会员服务 | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 民营企业家培训 | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 光彩事业和公益活动 | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].actual/projects[3].total*100|0}}% |
| **合计** | **{{projectExpense.budget|2}}** | **{{projectExpense.total|2}}** | **{{projectExpense.total/projectExpense.budget*100|2}}%** |

## 三、绩效目标实现情况

### ✅ 产出

- **会员发展**：新发展会员企业{{num(indicators[0].actual)|0|lit}}家，会员总数由{{A('members').prior|0t}}家增至{{A('members').value|0t}}家；基层商会{{A('chambers').value|0}}个。
- **教育培训**：举办民营企业家培训{{num(indicators[1].actual)|0|lit}}期。
- **诉求办理**：协调解决企业诉求{{num(indicators[2].actual)|0|lit}}件，办结率{{num(indicators[3].actual)|1|lit}}%，首次响应平均{{num(indicators[4].actual)|1|lit}}天。

### ✅ 效益

- **融资服务**：帮助会员企业融资{{num(indicators[5].actual)|1|lit}}亿元，超出目标{{(num(indicators[5].actual)-num(indicators[5].target))/num(indicators[5].target)*100|0}}%。
- **光彩事业**：{{num(indicators[6].actual)|0|lit}}家企业参与公益捐赠，募集捐赠{{A('donation').value|1}}万元[^2]。
- **民营经济**：民营企业占全区企业的{{A('share').value|1}}%，{{A('share').value|1|words=超过六成;cmp=ge:60}}，吸纳就业{{A('jobs').value|1|b=7.4~民营企业吸纳就业（万人，只出现一次）}}万人；线上服务平台访问量较上年[[翻了一番|访问量增幅（数据无）]]。

### ✅ 满意度

会员企业满意度**{{num(indicators[7].actual)|1|lit}}%**。

## 四、自评结果

| 指标 | 分值 | 得分 |
|:--|--:|--:|
| 预算执行率 | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 产出指标 | {{indicators[0].weight+indicators[1].weight+indicators[2].weight+indicators[3].weight+indicators[4].weight|0}} | {{indicators[0].score+indicators[1].score+indicators[2].score+indicators[3].score+indicators[4].score|0}} |
| 效益指标 | {{indicators[5].weight+indicators[6].weight|0}} | {{indicators[5].score+indicators[6].score|0}} |
| 满意度指标 | {{indicators[7].weight|0}} | {{indicators[7].score|0}} |
| **总分** | **{{scoreSummary.weightTotal|0}}** | **{{scoreSummary.scoreTotal|2}}** |

**结论**：自评等级为“优”。

## 五、问题与建议

- **问题**：小微企业会员覆盖面不够，基层商会力量薄弱。
- **措施**：推进楼宇商会、市场商会建设，力争新建[[3|下年目标（数据无）]]个基层商会。

[^1]: 2023年项目支出中含商会阵地建设一次性投入，2024年不再安排。
[^2]: 捐赠资金由受赠单位直接接收，不纳入本部门预算。
`;

module.exports = {
  id: '10', slug: 'gongshanglian', format: 'md', level: '区',
  title: '苕陂区工商业联合会2024年度部门整体支出绩效自评报告', sector: '工商业联合会（民营经济服务）',
  yamlHeader: `2024年度苕陂区工商业联合会（部门整体支出）。虚构数据，金额单位万元。
全年预算525 = 基本支出预算290 + 项目支出预算235；执行512.37 = 基本286.54 + 项目225.83；执行率97.59%，得分9.76。`,
  styles: ['大模型辅助写作风格：加粗标签清单、“要点解读”、✅ 小标题、引用块说明', '关键数据表的会计式括号负数 (32.57)', '“同比 +5.23%”“同比 -12.60%”（正负号写在数字前）', '表头“指标（万元）”“全年预算（万元）”', '超过六成（数据有）、翻了一番（skip，数据无）', '人均公用经费（万元/人）', '一级指标小计（算式）', 'Markdown 脚注（无数字的说明）'],
  data, body,
};

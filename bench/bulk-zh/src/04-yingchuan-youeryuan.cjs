'use strict';
// 04 蘅洲市潆川区普惠性幼儿园扶持资金（区教育局）——项目，区级，md
module.exports = {
  format: 'md',
  level: '区',
  unitName: '蘅洲市潆川区普惠性民办幼儿园扶持资金（区教育局）',
  sector: '学前教育（普惠性幼儿园）',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 04：蘅洲市潆川区普惠性民办幼儿园扶持资金（虚构）。金额单位：万元。
# 全年预算 = 年初 2,380.00 + 追加 426.50 = 2,806.50；执行 2,763.20；结余结转 43.30。
kind: project
version: 2

meta:
  year: 2024
  unit: 蘅洲市潆川区教育局
  shortName: 区教育局
  department: 蘅洲市潆川区教育局
  implementer: 蘅洲市潆川区教育局
  project: 普惠性民办幼儿园扶持资金
  title: 潆川区2024年普惠性民办幼儿园扶持资金绩效自评报告
  thousands: true

budget:
  initial: "2,380.00"
  adjustments:
    - { type: 追加, amount: "426.50", reason: 生均补助标准提高 }
  total: "2,806.50"
  actual: "2,763.20"
  rate: 98.46
  carryover: "43.30"
  sources:
    current: { initial: "2,380.00", total: "2,806.50", actual: "2,763.20" }

budgetRate: { weight: 10, score: 9.85 }

scoreSummary: { weightTotal: 100, scoreTotal: 97.20, grade: 优 }

goals:
  expected: [扩大普惠性学前教育资源，稳定保教队伍]

projects:
  - { name: 生均公用经费补助, total: "1,624.50", actual: "1,624.50" }
  - { name: 保教人员工资补助, total: "842.00", actual: "818.70" }
  - { name: 保教设备购置补助, total: "340.00", actual: "320.00" }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 扶持普惠性民办幼儿园, target: ≥36所, actual: 38所, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 受益在园幼儿
    target: ≥6600人
    actual: 6498人
    weight: 10
    score: 9.85
    deviation: { reason: 秋季学期适龄幼儿入园人数少于预期 }
  - { level1: 产出指标, level2: 质量指标, name: 补助资金到位率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 保教人员持证上岗率, target: ≥95%, actual: 96.4%, weight: 10, score: 10 }
  - { level1: 成本指标, level2: 经济成本指标, name: 生均财政补助, target: ≤2600元, actual: 2500元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 普惠性幼儿园覆盖率, target: ≥90%, actual: 92.37%, weight: 15, score: 15 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 保教人员年流失率
    target: ≤8%
    actual: 9.6%
    weight: 15
    score: 12.5
    direction: negative
    deviation: { reason: 民办园待遇偏低，部分教师考入公办园, measure: 提高保教人员工资补助标准 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 家长满意度, target: ≥90%, actual: 95.3%, weight: 10, score: 10 }

achievements:
  - { id: kgs, group: 产出, topic: 扶持范围, name: 普惠性民办幼儿园, value: 38, unit: 所 }
  - { id: pupils, group: 产出, topic: 扶持范围, name: 在园幼儿, value: 6498, unit: 人 }
  - { id: teachers, group: 产出, topic: 保教人员, name: 享受工资补助的保教人员, value: 1146, unit: 人 }
  - { id: seats, group: 产出, topic: 扶持范围, name: 新增普惠性学位, value: 1080, unit: 个 }
  - { id: coverage, group: 效益, topic: 覆盖率, name: 普惠性幼儿园覆盖率, value: 92.37, unit: '%', prior: 89.6 }
`,
  report: `# 潆川区2024年普惠性民办幼儿园扶持资金绩效自评报告

**报送单位：蘅洲市潆川区教育局**

## 一、基本情况

普惠性民办幼儿园扶持资金是区级财政设立的学前教育专项，主要有三个用途：

1) 按在园幼儿人数拨付生均公用经费补助；
2) 对取得资格证书的保教人员发放工资补助；
3) 对新认定的普惠园购置保教设备给予补助。

全区本年度认定的普惠性民办幼儿园共{achievements@kgs.value|0|refs=indicators[0].actual}所，其中市一级幼儿园[[6|园所等级个数（数据中无此项）]]所、市二级幼儿园[[19|园所等级个数（数据中无此项）]]所。

## 二、资金投入和使用

年初安排{budget.initial|2t}万元。9月起生均补助标准提高，区财政追加{budget.adjustments[0].amount|2}万元，全年预算达到{budget.total|2t}万元。

全年共支出{budget.actual|1t}万，结余{budget.carryover|2}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%。分项如下：

| 用途 | 预算（万元） | 支出（万元） | 说明 |
|---|---:|---:|---|
| 生均公用经费补助 | {projects[0].total|2t|u=万元} | {projects[0].actual|2t|u=万元|refs=budget.actual} | 按每生每年{projects[0].actual*10000/achievements@pupils.value|0t|refs=projects[0].actual;achievements@pupils.value}元拨付 |
| 保教人员工资补助 | {projects[1].total|2|u=万元} | {projects[1].actual|2|u=万元|refs=budget.actual} | 补助{achievements@teachers.value|0t}人 |
| 保教设备购置补助 | {projects[2].total|2|u=万元} | {projects[2].actual|2|u=万元|refs=budget.actual|#b=302.00~表格支出改错（三项之和与2,763.2万不符）~yes~分项与合计} | 含[[5|名称中的数字]]G智慧课堂终端 |

保教人员工资补助结余{projects[1].total-projects[1].actual|2|refs=projects[1].total;projects[1].actual}万元，原因是年内有教师离职，离职当月起停发补助。

## 三、绩效情况

### （一）产出

- 扶持普惠性民办幼儿园{indicators[0].actual|lit}，比目标多{num(indicators[0].actual)-num(indicators[0].target)|=两|cn|refs=indicators[0].actual;indicators[0].target}所。
- 受益在园幼儿{achievements@pupils.value|0t|refs=indicators[1].actual}人，略低于{indicators[1].target|=6,600|lit}人的目标。
- 新增普惠性学位{achievements@seats.value|0t|#a=1,800~学位数改错~no}个。
- 保教人员持证上岗率{indicators[3].actual|lit}，补助资金全部按时拨付到园。
- 生均补助{indicators[4].actual|lit}，未超过{indicators[4].target|=2,600|lit}元的上限。

### （二）效益

普惠性幼儿园覆盖率由上年的{achievements@coverage.prior|1}%提高到{achievements@coverage.value|2|refs=indicators[5].actual}%，提高{achievements@coverage.value-achievements@coverage.prior|2|refs=achievements@coverage.value;achievements@coverage.prior}个百分点[^1]。

需要说明的是，保教人员年流失率为{indicators[6].actual|lit}，高于{indicators[6].target|=8|lit}%的控制目标。流失的教师中多数考入公办园，反映出民办园待遇仍然偏低。

### （三）满意度

区教育局委托第三方在[[12|园所数（抽样，数据中无此项）]]所园抽样调查家长，满意度约{num(indicators[7].actual)|=九成五|style=cheng|approx=约}。

## 四、自评结论

| 指标 | 分值 | 得分 | 备注 |
|---|---:|---:|---|
| 预算执行率 | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight} | 执行率{budget.rate|2|refs=budget.actual;budget.total}% |
| 扶持普惠性民办幼儿园 | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal} | 达成 |
| 受益在园幼儿 | {indicators[1].weight|0} | {indicators[1].score|2|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target} | {indicators[1].actual|lit}，目标{indicators[1].target|lit} |
| 补助资金到位率 | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal} | 达成 |
| 保教人员持证上岗率 | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal} | 达成 |
| 生均财政补助（成本） | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal} | 达成 |
| 普惠性幼儿园覆盖率 | {indicators[5].weight|0} | {indicators[5].score|0|refs=scoreSummary.scoreTotal} | 达成 |
| 保教人员年流失率（反向） | {indicators[6].weight|0} | {indicators[6].score|2|refs=scoreSummary.scoreTotal;indicators[6].actual;indicators[6].target} | 按目标值与实际值之比计分 |
| 家长满意度 | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal} | {indicators[7].actual|lit} |
| **总分** | **{scoreSummary.weightTotal|0}** | **{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}** | 等级：{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal} |

## 五、问题与建议

1) 保教人员流失率偏高。建议把工资补助与服务年限挂钩，连续服务满[[3|服务年限（数据中无此项）]]年的提高补助档次。
2) 受益幼儿数未达目标。建议按秋季入园实际人数动态调整下年目标。

> **结语**　本年度扶持资金全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，扶持普惠性民办幼儿园{achievements@kgs.value|0|refs=indicators[0].actual}所，普惠性幼儿园覆盖率达到{achievements@coverage.value|2|refs=indicators[5].actual}%，自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分。

[^1]: 普惠性幼儿园覆盖率 = 普惠性幼儿园在园幼儿数 ÷ 全区在园幼儿总数。本年为{achievements@coverage.value|2|refs=indicators[5].actual}%，与自评表中的实际完成值一致。
`,
};

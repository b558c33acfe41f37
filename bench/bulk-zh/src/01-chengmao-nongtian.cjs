'use strict';
// 01 澄泖省高标准农田建设补助资金（省农业农村厅）——项目，省级，md
module.exports = {
  format: 'md',
  level: '省',
  unitName: '澄泖省高标准农田建设补助资金（省农业农村厅）',
  sector: '高标准农田建设',
  title: '2024年度澄泖省高标准农田建设补助资金绩效自评报告',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 01：澄泖省高标准农田建设补助资金（虚构）。金额单位：万元。
# 全年预算 = 年初 186,400.00 + 上年结转 3,980.00 + 年中追加 9,640.00 = 200,020.00；执行 193,418.36；结余结转 6,601.64。
kind: project
version: 2

meta:
  year: 2024
  unit: 澄泖省农业农村厅
  shortName: 省农业农村厅
  department: 澄泖省农业农村厅
  implementer: 澄泖省农业农村厅及各市农业农村局
  project: 高标准农田建设补助资金
  title: 2024年度澄泖省高标准农田建设补助资金绩效自评报告
  thousands: true

budget:
  initial: "186,400.00"
  adjustments:
    - { type: 追加, amount: "3,980.00", reason: 上年结转 }
    - { type: 追加, amount: "9,640.00", reason: 中央增发国债资金配套 }
  total: "200,020.00"
  actual: "193,418.36"
  rate: 96.70
  carryover: "6,601.64"
  sources:
    current: { initial: "186,400.00", total: "196,040.00", actual: "189,860.12" }
    prior: { total: "3,980.00", actual: "3,558.24" }

budgetRate:
  weight: 10
  score: 9.67

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.92
  grade: 优

goals:
  expected: [新建和改造提升高标准农田，提高粮食综合生产能力]

projects:
  - { name: 蘅洲市项目区, total: "62,480.00", actual: "61,205.37" }
  - { name: 砚溪市项目区, total: "54,910.00", actual: "52,846.90" }
  - { name: 澈水市项目区, total: "47,300.00", actual: "45,977.64" }
  - { name: 萦山市项目区, total: "31,650.00", actual: "30,112.45" }
  - { name: 省级统筹（耕地质量监测评价）, total: "3,680.00", actual: "3,276.00" }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 新建高标准农田面积, target: ≥86万亩, actual: 87.3万亩, weight: 15, score: 15 }
  - level1: 产出指标
    level2: 数量指标
    name: 改造提升高标准农田面积
    target: ≥32万亩
    actual: 29.6万亩
    weight: 10
    score: 9.25
    deviation: { reason: 两个项目区因土地权属调整推迟开工, measure: 已列入次年首批实施计划 }
  - { level1: 产出指标, level2: 质量指标, name: 工程竣工验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 建设任务完成时限, target: 按年度计划完成, actual: 按计划完成, weight: 5, score: 5, band: 达成 }
  - { level1: 成本指标, level2: 经济成本指标, name: 亩均财政资金投入, target: ≤1700元/亩, actual: 1655元/亩, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 经济效益指标, name: 新增粮食产能, target: ≥1.5亿斤, actual: 1.62亿斤, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 生态效益指标, name: 项目区农业用水节约率, target: ≥10%, actual: 12.4%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 耕地质量等级提升, target: ≥0.5等, actual: 0.6等, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 项目区农户满意度, target: ≥90%, actual: 93.18%, weight: 10, score: 10 }

achievements:
  - { id: area_new, group: 产出, topic: 建设面积, name: 新建高标准农田, value: 87.3, unit: 万亩, prior: 78.5 }
  - { id: area_up, group: 产出, topic: 建设面积, name: 改造提升高标准农田, value: 29.6, unit: 万亩 }
  - { id: canals, group: 产出, topic: 工程量, name: 新建和整修灌排渠道, value: 1846, unit: 公里 }
  - { id: roads, group: 产出, topic: 工程量, name: 修建田间道路, value: 2310, unit: 公里 }
  - { id: pumps, group: 产出, topic: 工程量, name: 新建泵站, value: 412, unit: 座 }
  - { id: farmers, group: 效益, topic: 受益, name: 受益农户, value: 38.6, unit: 万户 }
  - { id: yield_gain, group: 效益, topic: 受益, name: 项目区水稻亩均增产, value: 52, unit: 公斤 }
  - { id: counties, group: 产出, topic: 覆盖, name: 覆盖县（市、区）, value: 27, unit: 个 }

problems:
  - { id: p1, text: 部分项目区开工偏晚, cause: 土地权属调整和群众协调耗时较长, measure: 前移项目储备和权属核查 }
  - { id: p2, text: 后期管护资金落实不均衡, cause: 部分县级管护经费未列入预算, measure: 推动管护经费列入县级预算 }

application:
  - 评价结果作为次年资金分配的因素之一
  - 报告在厅门户网站公开
`,
  report: `# 2024年度澄泖省高标准农田建设补助资金绩效自评报告

澄泖省农业农村厅

## 第一部分　项目基本情况

高标准农田建设补助资金由省农业农村厅统筹管理，各市农业农村局组织实施，用于田块整治、灌排渠系、田间道路、农田输配电和耕地地力提升。按照《澄泖省高标准农田建设三年行动方案》（澄农发〔2023〕41号），本年度计划新建高标准农田{indicators[0].target|lit}、改造提升{indicators[1].target|lit}，项目分布在全省{achievements@counties.value|0}个县（市、区）。

本年资金全年预算{budget.total|2t}万元，折合{budget.total/10000|4|formula}亿元，由三部分组成：年初预算{budget.initial|2t}万元，上年结转{budget.adjustments[0].amount|2t}万元，年中追加{budget.adjustments[1].amount|2t}万元。

## 第二部分　资金使用和管理情况

### 一、资金执行

截至[[2024年12月31日|日期]]，全省累计支出{budget.actual|2t}万元（约{budget.actual/10000|4}亿元），预算执行率{budget.rate|1|refs=budget.actual;budget.total}%，结余结转{budget.carryover|2t}万元。其中当年财政拨款支出{budget.sources.current.actual|2t}万元，上年结转资金支出{budget.sources.prior.actual|2t}万元。

表1　各项目区资金执行情况

| 项目区 | 全年预算 | 执行数 | 执行率 |
|---|---|---|---|
| 合计 | {budget.total|2t}万元 | {budget.actual|2t}万元 | {budget.rate|2|refs=budget.actual;budget.total}% |
| 蘅洲市项目区 | {projects[0].total|2t}万元 | {projects[0].actual|2t|refs=budget.actual|#a=61,250.37~万元金额改错一位（表中五项之和与首行合计193,418.36万元不符，执行率97.96%也随之不符）~yes~合计与分项}万元 | {projects[0].actual/projects[0].total*100|2|refs=projects[0].actual;projects[0].total}% |
| 砚溪市项目区 | {projects[1].total|2t}万元 | {projects[1].actual|2t|refs=budget.actual}万元 | {projects[1].actual/projects[1].total*100|2|refs=projects[1].actual;projects[1].total}% |
| 澈水市项目区 | {projects[2].total|2t}万元 | {projects[2].actual|2t|refs=budget.actual}万元 | {projects[2].actual/projects[2].total*100|2|refs=projects[2].actual;projects[2].total}% |
| 萦山市项目区 | {projects[3].total|2t}万元 | {projects[3].actual|2t|refs=budget.actual}万元 | {projects[3].actual/projects[3].total*100|2|refs=projects[3].actual;projects[3].total}% |
| 省级统筹（耕地质量监测评价） | {projects[4].total|2t}万元 | {projects[4].actual|2t|refs=budget.actual}万元 | {projects[4].actual/projects[4].total*100|2|refs=projects[4].actual;projects[4].total}% |

省级统筹部分执行率偏低，主要原因是耕地质量监测样点的第三方检测合同按进度付款，尾款需待检测报告验收后支付。

### 二、资金管理

省农业农村厅会同省财政厅下达资金时同步下达绩效目标，资金实行县级报账制。全年组织省级抽查[[3|检查次数]]轮，抽查项目区[[46|抽查数]]个，发现问题[[19|问题条数]]条，已全部完成整改。

## 第三部分　绩效目标完成情况

### 一、产出

① 数量。全年新建高标准农田{achievements@area_new.value|1|refs=indicators[0].actual}万亩，比上年的{achievements@area_new.prior|1}万亩增加{achievements@area_new.value-achievements@area_new.prior|1|refs=achievements@area_new.value;achievements@area_new.prior}万亩，增长{(achievements@area_new.value-achievements@area_new.prior)/achievements@area_new.prior*100|2|refs=achievements@area_new.value;achievements@area_new.prior}%；改造提升{achievements@area_up.value|1|refs=indicators[1].actual}万亩，为年度目标的{num(indicators[1].actual)/num(indicators[1].target)*100|1|refs=indicators[1].actual;indicators[1].target}%。新建和整修灌排渠道{achievements@canals.value|0t}公里，修建田间道路{achievements@roads.value|0t|#b=2,130~道路长度数字颠倒~no}公里，新建泵站{achievements@pumps.value|0}座。

② 质量。已完工项目全部通过县级初验和市级复验，竣工验收合格率{indicators[2].actual|lit}。

③ 成本。按新建和改造提升面积合计{num(indicators[0].actual)+num(indicators[1].actual)|1|refs=indicators[0].actual;indicators[1].actual}万亩计算，亩均财政资金投入约{budget.actual/(num(indicators[0].actual)+num(indicators[1].actual))|0t|approx=约|refs=budget.actual;indicators[0].actual;indicators[1].actual}元，低于{indicators[4].target|=1,700|lit}元/亩的控制标准。

### 二、效益

项目区新增粮食产能{indicators[5].actual|lit}，水稻亩均增产{achievements@yield_gain.value|0}公斤；项目区农业用水节约率{indicators[6].actual|lit}；耕地质量平均提升{indicators[7].actual|lit}。受益农户{achievements@farmers.value|1}万户。

### 三、满意度

委托第三方在项目区随机回收问卷[[3,200|问卷份数]]份，农户满意度为{num(indicators[8].actual)|1|refs=indicators[8].actual}%。

## 第四部分　自评得分

表2　绩效自评表（摘要）

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---|---|
| 预算执行 | — | 预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight} |
| 产出指标 | 数量指标 | 新建高标准农田面积 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal} |
| 产出指标 | 数量指标 | 改造提升高标准农田面积 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|2|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target} |
| 产出指标 | 质量指标 | 工程竣工验收合格率 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal} |
| 产出指标 | 时效指标 | 建设任务完成时限 | 按年度计划完成 | 按计划完成 | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal} |
| 成本指标 | 经济成本指标 | 亩均财政资金投入 | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal} |
| 效益指标 | 经济效益指标 | 新增粮食产能 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|0|refs=scoreSummary.scoreTotal} |
| 效益指标 | 生态效益指标 | 项目区农业用水节约率 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal} |
| 效益指标 | 可持续影响指标 | 耕地质量等级提升 | {indicators[7].target|lit} | {indicators[7].actual|lit} | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal} |
| 满意度指标 | 服务对象满意度指标 | 项目区农户满意度 | {indicators[8].target|lit} | {indicators[8].actual|lit} | {indicators[8].weight|0} | {indicators[8].score|0|refs=scoreSummary.scoreTotal} |
| 合计 | | | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score} |

自评总分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级为“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}”。“改造提升高标准农田面积”未达到年度目标，按完成比例得分；其余指标均已达成。

## 第五部分　问题和改进措施

（一）部分项目区开工偏晚。原因是土地权属调整和群众协调耗时较长。下一步把权属核查前移到项目储备阶段。

（二）后期管护资金落实不均衡。原因是部分县级管护经费未列入预算。下一步推动管护经费列入县级年度预算，并纳入年度考核。

## 第六部分　结果应用和公开

自评结果作为次年资金分配的因素之一，本报告在厅门户网站公开。联系人：农田建设管理处，电话[[6254718|电话]]。
`,
};

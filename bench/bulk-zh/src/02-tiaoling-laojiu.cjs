'use strict';
// 02 苕岭县城镇老旧小区改造项目（县住房和城乡建设局）——项目，县级，txt
module.exports = {
  format: 'txt',
  level: '县',
  unitName: '苕岭县城镇老旧小区改造项目（县住房和城乡建设局）',
  sector: '城镇老旧小区改造',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 02：苕岭县城镇老旧小区改造项目（虚构）。金额单位：万元。
# 全年预算 = 年初 5,860.00 + 追加 1,240.00 − 压减 300.00 = 6,800.00；执行 6,312.48；结余结转 487.52。
kind: project
version: 2

meta:
  year: 2024
  unit: 苕岭县住房和城乡建设局
  shortName: 县住建局
  department: 苕岭县住房和城乡建设局
  implementer: 苕岭县住房和城乡建设局
  project: 2024年城镇老旧小区改造项目
  title: 苕岭县2024年城镇老旧小区改造项目支出绩效自评报告
  thousands: true

budget:
  initial: "5,860.00"
  adjustments:
    - { type: 追加, amount: "1,240.00", reason: 中央补助资金追加 }
    - { type: 压减, amount: "300.00", reason: 县级配套压减 }
  total: "6,800.00"
  actual: "6,312.48"
  rate: 92.83
  carryover: "487.52"
  sources:
    current: { initial: "5,860.00", total: "6,800.00", actual: "6,312.48" }

budgetRate: { weight: 10, score: 9.28 }

scoreSummary: { weightTotal: 100, scoreTotal: 95.96, grade: 优 }

goals:
  expected: [完成46个老旧小区改造，改善居民居住条件]

projects:
  - { name: 基础类改造, total: "3,920.00", actual: "3,706.35", purpose: 供水、排水、供气、道路和弱电管线 }
  - { name: 完善类改造, total: "2,140.00", actual: "1,894.13", purpose: 加装电梯、停车设施和无障碍设施 }
  - { name: 提升类改造, total: "740.00", actual: "712.00", purpose: 社区养老、托育和便民设施 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 改造老旧小区, target: ≥46个, actual: 46个, weight: 15, score: 15 }
  - level1: 产出指标
    level2: 数量指标
    name: 惠及居民户数
    target: ≥5800户
    actual: 5614户
    weight: 10
    score: 9.68
    deviation: { reason: 两个小区部分楼栋居民未达成改造意愿 }
  - level1: 产出指标
    level2: 数量指标
    name: 既有住宅加装电梯
    target: ≥30部
    actual: 21部
    weight: 10
    score: 7
    deviation: { reason: 低层住户意见不一致，9部电梯未能开工, measure: 引入第三方协调并调整补助标准 }
  - { level1: 产出指标, level2: 质量指标, name: 竣工验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 成本指标, name: 户均改造成本, target: ≤1.2万元/户, actual: 1.12万元/户, weight: 5, score: 5, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 改造小区管道燃气入户率, target: ≥95%, actual: 97.6%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 引入物业服务的小区比例, target: ≥60%, actual: 63.0%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 长效管理机制, target: 建立小区长效管理机制, actual: 已建立, weight: 10, score: 10, band: 达成 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 居民满意度, target: ≥90%, actual: 95.21%, weight: 10, score: 10 }

achievements:
  - { id: estates, group: 产出, topic: 改造规模, name: 改造老旧小区, value: 46, unit: 个 }
  - { id: buildings, group: 产出, topic: 改造规模, name: 涉及楼栋, value: 318, unit: 栋 }
  - { id: households, group: 产出, topic: 改造规模, name: 惠及居民, value: 5614, unit: 户 }
  - { id: pipes, group: 产出, topic: 管网, name: 改造供水管网, value: 42.6, unit: 公里 }
  - { id: sewer, group: 产出, topic: 管网, name: 雨污分流改造, value: 27.3, unit: 公里 }
  - { id: parking, group: 产出, topic: 配套, name: 新增停车位, value: 1260, unit: 个 }
  - { id: complaints, group: 效益, topic: 投诉, name: 涉及老旧小区的投诉, value: 208, unit: 件, prior: 312 }

problems:
  - { id: p1, text: 加装电梯推进慢, cause: 低层住户意见不一致, measure: 引入第三方协调并调整补助标准 }
  - { id: p2, text: 部分资金拨付滞后, cause: 结算审核周期长, measure: 实行分段结算 }

application:
  - 在县政府门户网站公开
`,
  report: `苕岭县2024年城镇老旧小区改造项目支出绩效自评报告

　　根据县财政局《关于开展2024年度项目支出绩效自评工作的通知》（苕财绩〔2025〕3号），县住建局组织对城镇老旧小区改造项目开展了自评，现将情况报告如下。

一、项目概况

　　本项目由县住建局组织实施，全年计划改造{indicators[0].target|lit}老旧小区，改造内容分为三类：
　　①基础类，包括供水、排水、供气、道路和弱电管线；
　　②完善类，包括加装电梯、停车设施和无障碍设施；
　　③提升类，包括社区养老、托育和便民设施。
　　年初预算{budget.initial|2t}万元；年中上级追加补助{budget.adjustments[0].amount|2t}万元，县级配套压减{budget.adjustments[1].amount|2}万元，调整后全年预算{budget.total|2t}万元。

二、资金使用情况

　　全年实际支出{budget.actual|2t}万元，结余结转{budget.carryover|2}万元，预算执行率{budget.rate|1|refs=budget.actual;budget.total}%。分类别支出见下表（单位：元）。

@@table
类别 | 全年预算 | 实际支出 | 结余
基础类改造 | {projects[0].total*10000|0t|u=元} | {projects[0].actual*10000|0t|u=元|refs=budget.actual} | {(projects[0].total-projects[0].actual)*10000|0t|u=元|refs=projects[0].total;projects[0].actual}
完善类改造 | {projects[1].total*10000|0t|u=元} | {projects[1].actual*10000|0t|u=元|refs=budget.actual|#a=18,914,300~元金额中间两位颠倒（与本行结余2,458,700元、合计63,124,800元不符）~yes~分项与合计、预算与结余} | {(projects[1].total-projects[1].actual)*10000|0t|u=元|refs=projects[1].total;projects[1].actual}
提升类改造 | {projects[2].total*10000|0t|u=元} | {projects[2].actual*10000|0t|u=元|refs=budget.actual} | {(projects[2].total-projects[2].actual)*10000|0t|u=元|refs=projects[2].total;projects[2].actual}
合计 | {budget.total*10000|0t|u=元} | {budget.actual*10000|0t|u=元|refs=budget.actual} | {budget.carryover*10000|0t|u=元|refs=budget.total;budget.actual}
@@end

　　完善类改造执行率仅{projects[1].actual/projects[1].total*100|1|refs=projects[1].actual;projects[1].total}%，低于其他两类，主要是{num(indicators[2].target)-num(indicators[2].actual)|0|refs=indicators[2].target;indicators[2].actual}部电梯因低层住户意见不一致未能开工，对应资金结转下年使用。

三、绩效目标完成情况

　　（一）产出
　　全年改造老旧小区{achievements@estates.value|0|refs=indicators[0].actual}个，涉及楼栋{achievements@buildings.value|0|#b=381~楼栋数字颠倒~no}栋，惠及居民{achievements@households.value|0t|refs=indicators[1].actual}户，为计划户数的{num(indicators[1].actual)/num(indicators[1].target)*100|1|refs=indicators[1].actual;indicators[1].target}%。改造供水管网{achievements@pipes.value|1}公里，雨污分流改造{achievements@sewer.value|1}公里，新增停车位{achievements@parking.value|0t}个。既有住宅加装电梯完成{indicators[2].actual|lit}，仅为目标的{num(indicators[2].actual)/num(indicators[2].target)*100|0|refs=indicators[2].actual;indicators[2].target}%。
　　按实际支出和惠及户数计算，户均改造投入约{budget.actual*10000/achievements@households.value|0t|approx=约|refs=budget.actual;achievements@households.value}元，低于每户{indicators[4].target|=1.2|lit}万元的控制标准。

　　（二）效益
　　改造小区管道燃气入户率达到{indicators[5].actual|lit}，引入物业服务的小区占{indicators[6].actual|lit}。全年涉及老旧小区的投诉{achievements@complaints.value|0}件，上年为{achievements@complaints.prior|0}件，减少了{(achievements@complaints.prior-achievements@complaints.value)/achievements@complaints.prior*100|=三分之一|style=frac|refs=achievements@complaints.value;achievements@complaints.prior}。

　　（三）满意度
　　发放问卷[[600|问卷份数]]份，收回有效问卷[[571|问卷份数]]份，居民满意度为{num(indicators[8].actual)|=百分之九十五点二|style=pctcn}。

四、自评得分

@@table
指标 | 年度指标值 | 实际完成值 | 分值 | 得分
预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight}
改造老旧小区 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal}
惠及居民户数 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|2|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target}
既有住宅加装电梯 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|2|refs=scoreSummary.scoreTotal;indicators[2].actual;indicators[2].target}
竣工验收合格率 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal}
户均改造成本 | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal}
管道燃气入户率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|0|refs=scoreSummary.scoreTotal}
引入物业服务的小区比例 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal}
长效管理机制 | 建立小区长效管理机制 | 已建立 | {indicators[7].weight|0} | {indicators[7].score|0|refs=scoreSummary.scoreTotal}
居民满意度 | {indicators[8].target|lit} | {indicators[8].actual|lit} | {indicators[8].weight|0} | {indicators[8].score|0|refs=scoreSummary.scoreTotal}
合计 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}
@@end

　　“惠及居民户数”“既有住宅加装电梯”两项未完成，按完成比例计分。自评总分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，评价等级为{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。

五、存在的问题及原因

　　1）加装电梯推进慢。同一单元低层住户与高层住户诉求不同，协商周期长。
　　2）部分资金拨付滞后。工程结算审核周期长，11月后集中拨付的比例偏高。

六、改进措施

　　1）引入第三方协调机构，并对低层住户适当补偿。
　　2）实行分段结算，完工一段结算一段。

　　联系人：城建股　电话：[[8816274|电话]]
　　苕岭县住房和城乡建设局
　　2025年3月20日
`,
};

'use strict';
// 05 蓼塘县图书馆总分馆体系建设项目（县文化广电旅游体育局）——项目支出，县级，纯文本
// 写法：全文全角数字（含日期、文号、表格）；两项指标未达成按比例得分；介于…之间；每册成本（反向指标）；
// 上年结转资金；“一是…二是…”；标题 一、（一）１．。
module.exports = {
  id: '05',
  slug: 'liaotang-tushuguan',
  format: 'txt',
  kind: 'project',
  level: '县',
  name: '蓼塘县图书馆总分馆体系建设项目（县文化广电旅游体育局）',
  title: '蓼塘县２０２４年度图书馆总分馆体系建设项目绩效自评报告',
  style: '全文全角数字（含日期、文号、表格）；两项未达成按比例得分；介于…之间；每册成本（反向指标）；上年结转；一是二是',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 棠沅市蓼塘县图书馆总分馆体系建设项目 2024 年度绩效自评。虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 蓼塘县文化广电旅游体育局
  shortName: 县文广旅体局
  department: 蓼塘县文化广电旅游体育局
  implementer: 蓼塘县图书馆
  project: 蓼塘县图书馆总分馆体系建设项目
  title: 蓼塘县2024年度图书馆总分馆体系建设项目绩效自评报告

budget:
  initial: 286
  adjustments:
    - { type: 追加, amount: 54, reason: 省级公共文化服务体系建设补助 }
    - { type: 追加, amount: 18, reason: 上年结转 }
  total: 358
  actual: 327.46
  rate: 91.47
  carryover: 30.54
  sources:
    current: { initial: 286, total: 340, actual: 309.46 }
    prior: { initial: 0, total: 18, actual: 18 }

budgetRate:
  weight: 10
  score: 9.15

projects:
  - { name: 乡镇分馆建设, total: 168, actual: 159.82, carryover: 8.18 }
  - { name: 图书采购, total: 120, actual: 116.44, carryover: 3.56 }
  - { name: 通借通还系统和流动服务, total: 50, actual: "41.20", carryover: "8.80" }
  - { name: 阅读推广活动, total: 20, actual: 10, carryover: 10 }

indicators:
  - level1: 产出指标
    level2: 数量指标
    name: 新建乡镇分馆
    target: 10个
    actual: 9个
    weight: 10
    score: 9
    deviation: { reason: 石港乡分馆用房未腾退, measure: 2025年上半年完成 }
  - { level1: 产出指标, level2: 数量指标, name: 新增藏书, target: ≥2.5万册, actual: 2.86万册, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 分馆验收达标率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 阅读推广活动
    target: ≥40场
    actual: 32场
    weight: 10
    score: 8
    deviation: { reason: 活动经费到位晚, measure: 提前制定全年活动计划 }
  - { level1: 产出指标, level2: 成本指标, name: 每册图书平均采购成本, target: ≤45元, actual: 40.71元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 年借阅人次, target: ≥15万人次, actual: 18.42万人次, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 持证读者, target: ≥3万人, actual: 3.21万人, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 乡镇通借通还覆盖率, target: ≥90%, actual: 92.86%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 读者满意度, target: ≥90%, actual: 95.3%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 96.15
  grade: 优

achievements:
  - { id: branches_new, group: 乡镇分馆建设, topic: 分馆, name: 新建乡镇分馆, value: 9, unit: 个 }
  - { id: branches_total, group: 乡镇分馆建设, topic: 分馆, name: 分馆总数, value: 14, unit: 个 }
  - { id: area_min, group: 乡镇分馆建设, topic: 分馆, name: 分馆面积最小, value: 120, unit: 平方米 }
  - { id: area_max, group: 乡镇分馆建设, topic: 分馆, name: 分馆面积最大, value: 360, unit: 平方米 }
  - { id: books, group: 图书采购, topic: 馆藏, name: 新增藏书, value: 2.86, unit: 万册 }
  - { id: loans, topic: 借阅, name: 借阅人次, value: 18.42, unit: 万人次, prior: 12.67, changeRate: 45.38 }
  - { id: readers, topic: 借阅, name: 持证读者, value: 3.21, unit: 万人 }
  - { id: van_trips, group: 通借通还系统和流动服务, topic: 流动服务, name: 流动图书车下乡, value: 96, unit: 次 }
  - { id: events, group: 阅读推广活动, topic: 阅读推广, name: 阅读推广活动, value: 32, unit: 场 }

problems:
  - id: branch
    text: 石港乡分馆未建成
    cause: 用房未腾退
    measure: 协调乡政府2025年上半年腾退
  - id: events
    text: 阅读推广活动场次不足
    cause: 活动经费到位晚
    measure: 提前制定全年活动计划
`,
  body: `
蓼塘县２０２４年度图书馆总分馆体系建设项目绩效自评报告

　　按照县财政局《关于开展２０２４年度项目支出绩效自评工作的通知》（蓼财预〔２０２５〕５号）要求，县文化广电旅游体育局组织县图书馆对总分馆体系建设项目进行了自评。

一、项目概况

　　项目以县图书馆为总馆，在乡镇综合文化站建设分馆，统一采购、统一编目、通借通还。年度计划新建乡镇分馆{indicators[0].target||lit,fw}，新增藏书{indicators[1].target||lit,fw}，开展阅读推广活动{indicators[3].target||lit,fw}。

二、资金使用情况

（一）预算和来源

　　年初预算{budget.initial|2f}万元；年中省级公共文化服务体系建设补助下达{budget.adjustments[0].amount|2f}万元，上年结转{budget.sources.prior.total|2f}万元纳入当年使用，全年预算{budget.total|2f}万元。

（二）支出

　　全年支出{budget.actual|2f}万元，执行率{budget.rate|2f|refs=budget.actual;budget.total}％，结余结转{budget.carryover|2f}万元。其中上年结转资金已全部用完，当年资金支出{budget.sources.current.actual|2f}万元。

@@table indent=2
项目 | 全年预算（万元） | 支出（万元） | 结余（万元）
乡镇分馆建设 | {projects[0].total|2f|u=万元} | {projects[0].actual|2f|u=万元} | {projects[0].carryover|2f|u=万元}
图书采购 | {projects[1].total|2f|u=万元} | {projects[1].actual|2f|u=万元} | {projects[1].carryover|2f|u=万元}
通借通还系统和流动服务 | {projects[2].total|2f|u=万元} | {projects[2].actual|2f|u=万元} | {projects[2].carryover|2f|u=万元}
阅读推广活动 | {projects[3].total|2f|u=万元} | {projects[3].actual|2f|u=万元} | {projects[3].carryover|2f|u=万元}
合计 | {budget.total|2f|u=万元} | {budget.actual|2f|u=万元} | {budget.carryover|2f|u=万元}
@@end

　　阅读推广活动资金到位较晚，全年只支出[[一半|约略说法（10.00 ÷ 20.00），不单独核对]]，结余{projects[3].carryover|2f}万元。

三、绩效完成情况

（一）产出

　　１．分馆建设。新建乡镇分馆{achievements@branches_new.value|0f}个，全县分馆达到{achievements@branches_total.value|0f}个，各分馆面积介于{achievements@area_min.value|0f|u=平方米}至{achievements@area_max.value|0f}平方米之间，均通过省标验收。
　　２．图书采购。新增藏书{achievements@books.value|2f}万册，采购支出{projects[1].actual|2f}万元，平均每册{projects[1].actual/achievements@books.value|2f}元。
　　３．流动服务。流动图书车全年下乡{achievements@van_trips.value|0f|#b}次。
　　４．阅读推广。举办阅读推广活动{achievements@events.value|0f}场。

（二）效益

　　全年借阅{achievements@loans.value|2f}万人次，上年为{achievements@loans.prior|2f}万人次，同比增长{achievements@loans.changeRate|2f|refs=achievements@loans.value;achievements@loans.prior,#a}％。持证读者{achievements@readers.value|2f}万人，乡镇通借通还覆盖率{indicators[7].actual||lit,fw}。读者满意度{indicators[8].actual||lit,fw}（发放问卷[[４００|问卷份数，数据中没有]]份）。

四、自评结果

@@table indent=2
指标 | 指标值 | 完成值 | 分值 | 得分
预算执行率 | — | {budget.rate|2f}％ | {budgetRate.weight|0f} | {budgetRate.score|2f|refs=budget.rate}
新建乡镇分馆 | {indicators[0].target||lit,fw} | {indicators[0].actual||lit,fw,refs=achievements@branches_new.value} | {indicators[0].weight|0f} | {indicators[0].score|0f}
新增藏书 | {indicators[1].target||lit,fw} | {indicators[1].actual||lit,fw,refs=achievements@books.value} | {indicators[1].weight|0f} | {indicators[1].score|0f}
分馆验收达标率 | {indicators[2].target||lit,fw} | {indicators[2].actual||lit,fw} | {indicators[2].weight|0f} | {indicators[2].score|0f}
阅读推广活动 | {indicators[3].target||lit,fw} | {indicators[3].actual||lit,fw,refs=achievements@events.value} | {indicators[3].weight|0f} | {indicators[3].score|0f}
每册平均采购成本 | {indicators[4].target||lit,fw} | {indicators[4].actual||lit,fw,refs=projects[1].actual} | {indicators[4].weight|0f} | {indicators[4].score|0f}
年借阅人次 | {indicators[5].target||lit,fw} | {indicators[5].actual||lit,fw,refs=achievements@loans.value} | {indicators[5].weight|0f} | {indicators[5].score|0f}
持证读者 | {indicators[6].target||lit,fw} | {indicators[6].actual||lit,fw,refs=achievements@readers.value} | {indicators[6].weight|0f} | {indicators[6].score|0f}
通借通还覆盖率 | {indicators[7].target||lit,fw} | {indicators[7].actual||lit,fw} | {indicators[7].weight|0f} | {indicators[7].score|0f}
读者满意度 | {indicators[8].target||lit,fw} | {indicators[8].actual||lit,fw} | {indicators[8].weight|0f} | {indicators[8].score|0f}
合计 | — | — | {scoreSummary.weightTotal|0f} | {scoreSummary.scoreTotal|2f}
@@end

　　“新建乡镇分馆”完成{indicators[0].actual||lit,fw}，得{indicators[0].score|0f}分；“阅读推广活动”完成{indicators[3].actual||lit,fw}，得{indicators[3].score|0f}分。自评总分{scoreSummary.scoreTotal|2f}分，等级为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

五、存在问题和改进措施

　　一是石港乡分馆因用房未腾退没有建成，已协调乡政府在２０２５年６月底前腾退；二是阅读推广活动经费到位晚、场次不足，今后提前制定全年活动计划，在一季度启动。

　　　　　　　　　　　　　　　　蓼塘县文化广电旅游体育局
　　　　　　　　　　　　　　　　　　２０２５年３月１８日
`,
  bad: {
    a: { new: '４５．８３', kind: '全角数字的同比增长率末两位颠倒', internal: 'yes', relation: '(18.42 − 12.67) ÷ 12.67 = 45.38%' },
    b: { new: '６９', kind: '全角数字颠倒', internal: 'no' },
  },
};

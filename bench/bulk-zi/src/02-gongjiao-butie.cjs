'use strict';
// 02 市级 项目支出 txt：城市公交运营补贴资金（菡城市交通运输局）
module.exports = {
  id: '02', format: 'txt', kind: 'project', level: '市',
  unitName: '菡城市交通运输局', title: '菡城市2024年度城市公交运营补贴资金绩效自评报告',
  sector: '交通运输 / 城市公交运营补贴',
  styles: ['ASCII 框线表（+----+ 与 | 单元格 |）', '评分表写成编号列表（指标名称；年度目标；实际完成；分值、得分）', '“1.2346亿”“1.25亿元”（亿，不带元）',
    '“2,846.3万”（一位小数、万后无元）', '“约为上年的两倍”', '区间（3～5分钟、75%—85%）不核对', '汉字计数“七条”', '12328热线、电话、文号不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 菡城市（虚构）2024年度城市公交运营补贴资金，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 菡城市交通运输局
  shortName: 市交通运输局
  department: 菡城市交通运输局
  implementer: 菡城市交通运输局
  project: 城市公交运营补贴资金
  title: 菡城市2024年度城市公交运营补贴资金绩效自评报告

background:
  purpose: [弥补公交企业政策性亏损, 老年人及学生免费乘车补贴, 新能源公交车运营补贴, 公交场站维护]

budget:
  initial: 11800
  adjustments:
    - { type: 追加, amount: 680, reason: 新能源公交车运营补贴 }
  total: 12480
  actual: 12346.18
  rate: 98.93
  carryover: 133.82
  sources:
    current: { initial: 9800, total: 10480, actual: 10371.26 }
    other: { initial: 2000, total: 2000, actual: 1974.92 }

projects:
  - { name: 城市公交运营亏损补贴, initial: 7650, adjustment: 0, total: 7650, actual: 7603.45, carryover: 46.55 }
  - { name: 老年人及学生免费乘车补贴, initial: 2860, adjustment: 0, total: 2860, actual: 2846.3, carryover: 13.7 }
  - { name: 新能源公交车运营补贴, initial: 610, adjustment: 680, total: 1290, actual: 1247.81, carryover: 42.19 }
  - { name: 公交场站维护补助, initial: 680, adjustment: 0, total: 680, actual: 648.62, carryover: 31.38 }

budgetRate: { weight: 10, score: 9.89 }
scoreSummary: { weightTotal: 100, scoreTotal: 98.9, grade: 优 }

goals:
  expected: [公交服务水平和绿色出行比例稳步提高]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 纳入补贴的公交线路, target: ≥120条, actual: 126条, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 新能源公交车占比
    target: ≥85%
    actual: 83.4%
    weight: 10
    score: 9.81
    deviation: { reason: 部分老旧柴油车延期报废, measure: 分批更新车辆 }
  - { level1: 产出指标, level2: 质量指标, name: 高峰时段准点率, target: ≥90%, actual: 92.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 补贴资金拨付, target: 按季拨付, actual: 按季拨付, weight: 5, score: 5, band: 达成 }
  - { level1: 产出指标, level2: 成本指标, name: 车公里运营补贴, target: ≤2.6元, actual: 2.48元, weight: 15, score: 15, direction: negative }
  - level1: 效益指标
    level2: 社会效益指标
    name: 公交出行分担率
    target: ≥28%
    actual: 26.5%
    weight: 15
    score: 14.2
    deviation: { reason: 私家车保有量增长较快, measure: 优化线网并增设公交专用道 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 公交车辆平均车龄, target: ≤6年, actual: 5.2年, weight: 15, score: 15, direction: negative }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 乘客满意度, target: ≥90%, actual: 91.8%, weight: 10, score: 10 }

achievements:
  - { id: buses, group: 产出, topic: 运力, name: 运营公交车, value: 1482, unit: 辆 }
  - { id: ev_buses, group: 产出, topic: 运力, name: 其中新能源公交车, value: 1236, unit: 辆 }
  - { id: new_lines, group: 产出, topic: 线网, name: 新开通线路, value: 7, unit: 条 }
  - { id: free_rides, group: 效益, topic: 免费乘车, name: 老年人及学生免费乘车, value: 2318, unit: 万人次, prior: 1146 }
  - { id: ridership, group: 效益, topic: 客运量, name: 全年公交客运量, value: 18675, unit: 万人次 }

problems:
  - id: share
    text: 公交出行分担率未达目标
    cause: 私家车保有量增长较快，部分线路绕行时间长
    measure: 优化线网并增设公交专用道
  - id: fleet
    text: 新能源车辆更新偏慢
    cause: 部分老旧柴油车延期报废
    measure: 分批更新车辆
`,
  report: `
菡城市2024年度城市公交运营补贴资金绩效自评报告

菡城市交通运输局
（2025年3月）

一、项目基本情况

　　城市公交运营补贴资金用于弥补市区公交企业因执行低票价、老年人及学生免费乘车等政策形成的亏损，同时对新能源公交车运营和公交场站维护给予补助。项目由我局负责，市公共交通集团有限公司具体实施。本年度运营公交车{achievements@buses.value;0}辆，其中新能源公交车{achievements@ev_buses.value;0}辆，占{achievements@ev_buses.value/achievements@buses.value*100;1}%。

　　本年度的主要目标是：纳入补贴的公交线路不少于{num(indicators[0].target);0;lit}条，新能源公交车占比达到{num(indicators[1].target);0;lit}%，高峰时段准点率不低于{num(indicators[2].target);0;lit}%，乘客满意度保持在{num(indicators[7].target);0;lit}%以上。

二、资金安排和使用

（一）预算安排

　　年初预算安排{budget.initial;2t}万元，其中市级财政资金{budget.sources.current.initial;2t}万元、省级成品油价格调整对城市公交的补助资金{budget.sources.other.initial;2t}万元。年中按《关于调整新能源公交车运营补贴标准的通知》（菡交运〔2024〕41号）追加新能源公交车运营补贴{budget.adjustments[0].amount;2t}万元，全年预算{budget.total;2t}万元，约{budget.total/10000;2;approx=约}亿元。

（二）资金支出

　　全年实际支出{budget.actual/10000;4}亿，占全年预算的{budget.rate;2}%，结余{budget.carryover;2t}万元。从资金来源看，市级财政资金支出{budget.sources.current.actual;2t}万元，省级补助资金支出{budget.sources.other.actual;2t}万元。四个子项目中，公交运营亏损补贴支出最多，为{projects[0].actual;2t}万；免费乘车补贴{projects[1].actual;1t}万；新能源公交车运营补贴及场站维护补助分别支出{projects[2].actual;2t}万元、{projects[3].actual;2t}万元。各子项目情况见下表（单位：万元）。

@@box
| 子项目 | 年初预算 | 全年预算 | 实际支出 | 结余 | 执行率 |
---
| 公交运营亏损补贴 | {projects[0].initial;2t;nu;unit=万元} | {projects[0].total;2t;nu;unit=万元} | {projects[0].actual;2t;nu;unit=万元} | {projects[0].carryover;2t;nu;unit=万元} | {projects[0].actual/projects[0].total*100;2}% |
| 免费乘车补贴 | {projects[1].initial;2t;nu;unit=万元} | {projects[1].total;2t;nu;unit=万元} | {projects[1].actual;2t;nu;unit=万元} | {projects[1].carryover;2t;nu;unit=万元} | {projects[1].actual/projects[1].total*100;2}% |
| 新能源公交车运营补贴 | {projects[2].initial;2t;nu;unit=万元} | {projects[2].total;2t;nu;unit=万元} | {projects[2].actual;2t;nu;unit=万元;#a=1,274.81~金额（ASCII 框线表单元格，万元）~yes~与本行结余、执行率及合计} | {projects[2].carryover;2t;nu;unit=万元} | {projects[2].actual/projects[2].total*100;2}% |
| 公交场站维护补助 | {projects[3].initial;2t;nu;unit=万元} | {projects[3].total;2t;nu;unit=万元} | {projects[3].actual;2t;nu;unit=万元} | {projects[3].carryover;2t;nu;unit=万元} | {projects[3].actual/projects[3].total*100;2}% |
---
| 合计 | {budget.initial;2t;nu;unit=万元} | {budget.total;2t;nu;unit=万元;refs=projects[0].total,projects[1].total,projects[2].total,projects[3].total} | {budget.actual;2t;nu;unit=万元;refs=projects[0].actual,projects[1].actual,projects[2].actual,projects[3].actual} | {budget.carryover;2t;nu;unit=万元;refs=projects[0].carryover,projects[1].carryover,projects[2].carryover,projects[3].carryover} | {budget.rate;2}% |
@@end

三、绩效目标完成情况

（一）产出

　　纳入补贴范围的公交线路共{num(indicators[0].actual);0;lit}条，其中本年新开通线路{achievements@new_lines.value;c;#b=九~汉字计数（条）~no}条，主要服务城东新区和两个产业园。早晚高峰主干线路发车间隔压缩到[[3;区间，数据中没有]]～[[5;区间，数据中没有]]分钟，高峰时段准点率{num(indicators[2].actual);1;lit}%。新能源公交车占比{num(indicators[1].actual);1;lit}%，比{num(indicators[1].target);0;lit}%的目标低一些，原因是部分老旧柴油车延期到2025年报废。补贴资金按季拨付，没有出现拖欠。按全年运营里程测算，车公里运营补贴{num(indicators[4].actual);2;lit}元，低于{num(indicators[4].target);1;lit}元的控制标准。

（二）效益

　　全年公交客运量{achievements@ridership.value;0t}万人次。老年人及学生免费乘车{achievements@free_rides.value;0t}万人次，上年为{achievements@free_rides.prior;0t}万人次，约为上年的{achievements@free_rides.value/achievements@free_rides.prior;cl;approx=约;style=bei}倍，主要是免费乘车年龄从[[70;政策年龄，数据中没有]]周岁放宽到[[65;政策年龄，数据中没有]]周岁。早高峰主干线路满载率保持在[[75;区间，数据中没有]]%—[[85;区间，数据中没有]]%之间。公交出行分担率{num(indicators[5].actual);1;lit}%，未达到{num(indicators[5].target);0;lit}%的目标。车辆平均车龄{num(indicators[6].actual);1;lit}年。

（三）满意度

　　市公交集团通过车载扫码问卷和[[12328;热线名称]]交通运输服务热线回访收集乘客意见，有效问卷[[3 860;问卷份数]]份，乘客满意度{num(indicators[7].actual);1;lit}%。

四、自评得分

　　按评分规则逐项打分如下：
　　1．预算执行率：年度目标：[[100;执行率目标值，数据中没有]]%；实际完成：{budget.rate;2}%；分值{budgetRate.weight;0}分，得分{budgetRate.score;2}分。
　　2．纳入补贴的公交线路：年度目标：≥{num(indicators[0].target);0;lit}条；实际完成：{num(indicators[0].actual);0;lit}条；分值{indicators[0].weight;0}分，得分{indicators[0].score;0}分。
　　3．新能源公交车占比：年度目标：≥{num(indicators[1].target);0;lit}%；实际完成：{num(indicators[1].actual);1;lit}%；分值{indicators[1].weight;0}分，得分{indicators[1].score;2}分。
　　4．高峰时段准点率：年度目标：≥{num(indicators[2].target);0;lit}%；实际完成：{num(indicators[2].actual);1;lit}%；分值{indicators[2].weight;0}分，得分{indicators[2].score;0}分。
　　5．补贴资金拨付：年度目标：按季拨付；实际完成：按季拨付；分值{indicators[3].weight;0}分，得分{indicators[3].score;0}分。
　　6．车公里运营补贴（成本指标，越低越好）：年度目标：≤{num(indicators[4].target);1;lit}元；实际完成：{num(indicators[4].actual);2;lit}元；分值{indicators[4].weight;0}分，得分{indicators[4].score;0}分。
　　7．公交出行分担率：年度目标：≥{num(indicators[5].target);0;lit}%；实际完成：{num(indicators[5].actual);1;lit}%；分值{indicators[5].weight;0}分，得分{indicators[5].score;2}分。
　　8．公交车辆平均车龄：年度目标：≤{num(indicators[6].target);0;lit}年；实际完成：{num(indicators[6].actual);1;lit}年；分值{indicators[6].weight;0}分，得分{indicators[6].score;0}分。
　　9．乘客满意度：年度目标：≥{num(indicators[7].target);0;lit}%；实际完成：{num(indicators[7].actual);1;lit}%；分值{indicators[7].weight;0}分，得分{indicators[7].score;0}分。
　　以上合计{scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[5].score}分，自评等级为{scoreSummary.grade;=优;lit}。

五、存在的问题

　　一是公交出行分担率未达目标，私家车增长较快，部分线路绕行时间长，吸引力不足；二是新能源车辆更新偏慢。

六、改进措施

　　下一步，我局将会同公交集团优化线网、增设公交专用道，并制定老旧车辆分批更新计划，力争新能源公交车占比尽快达到目标。

　　联系人：蒲晏清　　电话：[[38512276;电话]]
`,
};

'use strict';
// 08 区级 项目支出 txt：城市绿化养护项目（菡城市汀蒲区园林绿化服务中心）
const W = (p, o = '') => '{' + p + ';2s;nu;unit=万元' + o + '}';
module.exports = {
  id: '08', format: 'txt', kind: 'project', level: '区',
  unitName: '菡城市汀蒲区园林绿化服务中心', title: '汀蒲区2024年度城市绿化养护项目绩效自评报告',
  sector: '城市绿化 / 园林养护',
  styles: ['ASCII 框线表，分组“小计”与“合计”', '空格千分位（1 126.00、13 580株）', '“节约资金54.55万元，节约率8.88%”', '“较上年提高了0.93个百分点”',
    '“其中：”后逐行缩进', '“得分8.94分（满分10分）”', '每平方米养护成本（算式）', '电话、文号、日期、巡查次数不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 菡城市汀蒲区（虚构）2024年度城市绿化养护项目，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 菡城市汀蒲区园林绿化服务中心
  shortName: 区园林绿化服务中心
  department: 菡城市汀蒲区城市管理局
  implementer: 菡城市汀蒲区园林绿化服务中心
  project: 城市绿化养护项目
  title: 汀蒲区2024年度城市绿化养护项目绩效自评报告

budget:
  initial: 2480
  adjustments:
    - { type: 追加, amount: 356, reason: 行道树补植和口袋公园建设 }
  total: 2836
  actual: 2703.29
  rate: 95.32
  carryover: 132.71
  sources:
    current: { initial: 2480, total: 2836, actual: 2703.29 }

projectGroups:
  - { name: 日常养护, budget: 1810, actual: 1775.89, rate: 98.12 }
  - { name: 提质改造, budget: 1026, actual: 927.4, rate: 90.39 }

projects:
  - { name: 道路绿地养护, group: 日常养护, initial: 1126, adjustment: 0, total: 1126, actual: 1104.37, carryover: 21.63 }
  - { name: 公园游园养护, group: 日常养护, initial: 684, adjustment: 0, total: 684, actual: 671.52, carryover: 12.48 }
  - { name: 行道树补植, group: 提质改造, initial: 320, adjustment: 92, total: 412, actual: 367.95, carryover: 44.05 }
  - { name: 口袋公园建设, group: 提质改造, initial: 350, adjustment: 264, total: 614, actual: 559.45, carryover: 54.55 }

budgetRate: { weight: 10, score: 9.53 }
scoreSummary: { weightTotal: 100, scoreTotal: 97.47, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 绿地养护面积, target: ≥380万平方米, actual: 386.5万平方米, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 补植行道树
    target: ≥2400株
    actual: 2146株
    weight: 10
    score: 8.94
    deviation: { reason: 部分路段地下管线密集无法种植, measure: 调整补植点位 }
  - level1: 产出指标
    level2: 数量指标
    name: 新建口袋公园
    target: 10个
    actual: 9个
    weight: 10
    score: 9
    deviation: { reason: 一处地块征收未完成, measure: 2025年续建 }
  - { level1: 产出指标, level2: 质量指标, name: 养护质量考核达标率, target: ≥95%, actual: 97.2%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 成本指标, name: 每平方米年养护成本, target: ≤5元, actual: 4.59元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 生态效益指标, name: 建成区绿化覆盖率, target: ≥41%, actual: 41.26%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 群众休闲空间, target: 明显改善, actual: 明显改善, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 补植苗木成活率, target: ≥95%, actual: 96.8%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 周边居民满意度, target: ≥90%, actual: 92.3%, weight: 10, score: 10 }

achievements:
  - { id: green_ratio, group: 效益, topic: 绿地率, name: 建成区绿地率, value: 37.84, unit: '%', prior: 36.91 }
  - { id: pruned, group: 产出, topic: 养护作业, name: 修剪乔木, value: 13580, unit: 株 }
  - { id: adopt, group: 效益, topic: 社会参与, name: 社会资金认建认养绿地, value: 46.8, unit: 万元 }

problems:
  - id: trees
    text: 行道树补植和口袋公园建设未完成计划
    cause: 部分路段地下管线密集，一处地块征收未完成
    measure: 调整补植点位，2025年续建
`,
  report: `
汀蒲区2024年度城市绿化养护项目绩效自评报告

报送单位：菡城市汀蒲区园林绿化服务中心
报送时间：2025年3月10日

一、项目概况

　　本项目由区城市管理局主管、区园林绿化服务中心实施，分日常养护和提质改造两部分：日常养护包括道路绿地和公园游园的修剪、浇灌、病虫害防治，提质改造包括行道树补植和口袋公园建设。2024年的绩效目标是：绿地养护面积不少于{num(indicators[0].target);0;lit}万平方米，补植行道树{num(indicators[1].target);0s;lit}株以上，新建口袋公园{num(indicators[2].target);0;lit}个。

二、资金投入和使用

　　项目年初预算{budget.initial;2s}万元。根据区政府常务会议纪要（汀政纪〔2024〕14号），年中追加行道树补植和口袋公园建设资金{budget.adjustments[0].amount;2s}万元，全年预算{budget.total;2s}万元。全年实际支出{budget.actual;2s}万元，结余{budget.carryover;2s}万元，预算执行率{budget.rate;2}%。
　　其中：
　　　　日常养护支出{projectGroups[0].actual;2s}万元；
　　　　提质改造支出{projectGroups[1].actual;2s}万元。
　　口袋公园建设通过公开招标选定施工单位，节约资金{projects[3].total-projects[3].actual;2;refs=projects[3].total,projects[3].actual}万元，节约率{(projects[3].total-projects[3].actual)/projects[3].total*100;2;refs=projects[3].total,projects[3].actual;#a=8.38~比率（节约率）~yes~54.55 ÷ 614.00 = 8.88%}%。各分项情况如下（单位：万元）：

@@box
| 类别 | 分项 | 全年预算 | 实际支出 | 执行率 |
---
| 日常养护 | 道路绿地养护 | ${W('projects[0].total')} | ${W('projects[0].actual')} | {projects[0].actual/projects[0].total*100;2}% |
|  | 公园游园养护 | ${W('projects[1].total')} | ${W('projects[1].actual')} | {projects[1].actual/projects[1].total*100;2}% |
|  | 小计 | ${W('projectGroups[0].budget', ';refs=projects[0].total,projects[1].total')} | ${W('projectGroups[0].actual', ';refs=projects[0].actual,projects[1].actual')} | {projectGroups[0].rate;2}% |
---
| 提质改造 | 行道树补植 | ${W('projects[2].total')} | ${W('projects[2].actual')} | {projects[2].actual/projects[2].total*100;2}% |
|  | 口袋公园建设 | ${W('projects[3].total')} | ${W('projects[3].actual')} | {projects[3].actual/projects[3].total*100;2}% |
|  | 小计 | ${W('projectGroups[1].budget', ';refs=projects[2].total,projects[3].total')} | ${W('projectGroups[1].actual', ';refs=projects[2].actual,projects[3].actual')} | {projectGroups[1].rate;2}% |
---
| 合计 |  | ${W('budget.total', ';refs=projectGroups[0].budget,projectGroups[1].budget')} | ${W('budget.actual', ';refs=projectGroups[0].actual,projectGroups[1].actual')} | {budget.rate;2}% |
@@end

三、绩效目标完成情况

　　（一）产出。全年养护绿地{num(indicators[0].actual);1;lit}万平方米，修剪乔木{achievements@pruned.value;0s}株，养护质量考核达标率{num(indicators[3].actual);1;lit}%。区中心每月组织[[2;巡查次数，数据中没有]]次养护质量巡查。补植行道树{num(indicators[1].actual);0s;lit}株，部分路段地下管线密集无法种植，完成率不足{num(indicators[1].actual)/num(indicators[1].target)*100;c;approx=不足;style=cheng}成，得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。新建口袋公园{num(indicators[2].actual);0;lit}个，另一处因地块征收未完成顺延到2025年。按日常养护支出和养护面积测算，每平方米年养护成本{projectGroups[0].actual/num(indicators[0].actual);2;refs=projectGroups[0].actual}元。

　　（二）效益。建成区绿化覆盖率{num(indicators[5].actual);2;lit}%；建成区绿地率{achievements@green_ratio.value;2}%，较上年提高了{achievements@green_ratio.value-achievements@green_ratio.prior;2;refs=achievements@green_ratio.value}个百分点。补植苗木成活率{num(indicators[7].actual);1;lit}%。全年吸引社会资金认建认养绿地{achievements@adopt.value;2;#b=48.60~金额（万元）~no}万元。

　　（三）满意度。对口袋公园和主要道路周边居民开展问卷调查，回收[[800;问卷份数]]份，满意度{num(indicators[8].actual);1;lit}%。

四、自评结果

　　预算执行率{budget.rate;2}%，得{budgetRate.score;2}分（满分{budgetRate.weight;0}分）；补植行道树得{indicators[1].score;2}分；新建口袋公园{num(indicators[2].actual);0;lit}个，完成目标的{num(indicators[2].actual)/num(indicators[2].target)*100;0}%，得{indicators[2].score;0}分（满分{indicators[2].weight;0}分）；其余各项指标均已达成，得满分。项目自评总分{scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[2].score}分，等级为“{scoreSummary.grade;=优;lit}”。

五、存在的问题和改进措施

　　提质改造部分的执行率只有{projectGroups[1].rate;2}%，行道树补植和口袋公园建设没有完成计划。下一步将提前摸清地下管线，调整补植点位，口袋公园续建部分在2025年6月底前完工。

　　联系人：郁澄，联系电话：[[83360715;电话]]
`,
};

'use strict';
// 03 县级 项目支出 docx：小型水库除险加固项目（芷溪县水利局）
const W = (p, o = '') => '{' + p + ';2t;nu;unit=万元' + o + '}';
module.exports = {
  id: '03', format: 'docx', kind: 'project', level: '县',
  unitName: '芷溪县水利局', title: '芷溪县2024年度小型水库除险加固项目绩效自评报告',
  sector: '水利 / 小型水库除险加固',
  styles: ['Word 表第一列纵向合并（工程措施/非工程措施分组，含小计、合计）', '“节约资金157.64万元，节约率8.48%”', '“得分8.61分（满分10分）”',
    'Word 评分表：未达成按比例、反向成本指标、定性指标、总分与等级', '“小（1）型”“小（2）型”等名称中的数字、日期、文号不核对', '单座平均投资（算式）'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 楫阳市芷溪县（虚构）2024年度小型水库除险加固项目，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 芷溪县水利局
  shortName: 县水利局
  department: 芷溪县水利局
  implementer: 芷溪县水利工程建设管理站
  project: 小型水库除险加固项目
  title: 芷溪县2024年度小型水库除险加固项目绩效自评报告

budget:
  initial: 3260
  adjustments:
    - { type: 追加, amount: 1140, reason: 省级水利发展资金 }
  total: 4400
  actual: 3968.52
  rate: 90.19
  carryover: 431.48
  sources:
    current: { initial: 3260, total: 3260, actual: 3260 }
    other: { initial: 0, total: 1140, actual: 708.52 }

projectGroups:
  - { name: 工程措施, budget: 3620, actual: 3364, rate: 92.93 }
  - { name: 非工程措施, budget: 780, actual: 604.52, rate: 77.5 }

projects:
  - { name: 大坝防渗加固, group: 工程措施, initial: 1500, adjustment: 360, total: 1860, actual: 1702.36, carryover: 157.64 }
  - { name: 溢洪道改造, group: 工程措施, initial: 820, adjustment: 300, total: 1120, actual: 1048.9, carryover: 71.1 }
  - { name: 放水设施更新, group: 工程措施, initial: 480, adjustment: 160, total: 640, actual: 612.74, carryover: 27.26 }
  - { name: 雨水情测报设施, group: 非工程措施, initial: 260, adjustment: 170, total: 430, actual: 371.25, carryover: 58.75 }
  - { name: 大坝安全监测设施, group: 非工程措施, initial: 200, adjustment: 150, total: 350, actual: 233.27, carryover: 116.73 }

budgetRate: { weight: 10, score: 9.02 }
scoreSummary: { weightTotal: 100, scoreTotal: 97.63, grade: 优 }

goals:
  expected: [完成12座小型病险水库除险加固]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 完成除险加固水库, target: 12座, actual: 12座, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 新建雨水情测报站点
    target: ≥36处
    actual: 31处
    weight: 10
    score: 8.61
    deviation: { reason: 部分站点选址涉及林地审批未完成, measure: 加快办理用地手续 }
  - { level1: 产出指标, level2: 质量指标, name: 工程验收合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 主汛期前完成主体工程, target: 5月31日前完成, actual: 按期完成, weight: 10, score: 10, band: 达成 }
  - { level1: 产出指标, level2: 成本指标, name: 单座水库平均投资, target: ≤380万元, actual: 330.71万元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 经济效益指标, name: 恢复和改善灌溉面积, target: ≥1.2万亩, actual: 1.35万亩, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 保护下游人口, target: ≥3.5万人, actual: 3.62万人, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 工程管护责任落实率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 受益群众满意度, target: ≥90%, actual: 95.4%, weight: 10, score: 10 }

achievements:
  - { id: small1, group: 产出, topic: 水库, name: 小（一）型水库, value: 3, unit: 座 }
  - { id: small2, group: 产出, topic: 水库, name: 小（二）型水库, value: 9, unit: 座 }
  - { id: silt, group: 产出, topic: 清淤, name: 清理库区淤积, value: 2.6, unit: 万立方米 }

problems:
  - id: monitor
    text: 非工程措施进度滞后
    cause: 部分测报站点选址涉及林地审批
    measure: 加快办理用地手续，汛前完成建设
`,
  report: `
#! 芷溪县2024年度小型水库除险加固项目绩效自评报告
芷溪县水利局
# 一、项目概况
全县共有小型水库[[47;水库总数，数据中没有]]座，其中一批建于上世纪六七十年代的水库存在坝体渗漏、溢洪道过流能力不足等隐患。2024年，县里将{achievements@small1.value+achievements@small2.value;0;refs=achievements@small1.value,achievements@small2.value}座病险水库纳入除险加固计划，其中小（1）型{achievements@small1.value;0}座、小（2）型{achievements@small2.value;0}座，项目由县水利工程建设管理站组织实施。
年度目标是：完成{num(indicators[0].target);0;lit}座水库除险加固，新建雨水情测报站点不少于{num(indicators[1].target);0;lit}处，工程验收合格率{num(indicators[2].target);0;lit}%，主体工程在5月31日主汛期前完工。
# 二、资金投入和使用情况
# （一）资金来源
年初县级预算安排{budget.initial;2t}万元。8月，省财政厅、省水利厅以霁财农〔2024〕118号下达省级水利发展资金{budget.adjustments[0].amount;2t}万元，全年预算调增至{budget.total;2t}万元。
# （二）资金使用
全年实际支出{budget.actual;2t}万元，其中县级资金{budget.sources.current.actual;2t}万元、省级资金{budget.sources.other.actual;2t}万元，结余{budget.carryover;2t}万元。按全年预算计算，预算执行率为{budget.rate;2}%。结余资金主要是大坝安全监测设施和雨水情测报设施的部分站点尚未完工，合同尾款需验收后支付。
大坝防渗加固工程通过公开招标确定施工单位，中标价低于控制价，节约资金{projects[0].total-projects[0].actual;2;refs=projects[0].total,projects[0].actual}万元，节约率{(projects[0].total-projects[0].actual)/projects[0].total*100;2;refs=projects[0].total,projects[0].actual}%，节余部分已报县财政局按规定处理。
表1　分项资金使用情况（单位：万元）
@@table
| 类别 | 分项 | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 工程措施 | 大坝防渗加固 | ${W('projects[0].initial')} | ${W('projects[0].total')} | ${W('projects[0].actual')} | {projects[0].actual/projects[0].total*100;2}% |
| ^ | 溢洪道改造 | ${W('projects[1].initial')} | ${W('projects[1].total')} | ${W('projects[1].actual', ';#a=1,084.90~金额（第一列合并的 Word 表格单元格，万元）~yes~与小计、合计、本行执行率')} | {projects[1].actual/projects[1].total*100;2}% |
| ^ | 放水设施更新 | ${W('projects[2].initial')} | ${W('projects[2].total')} | ${W('projects[2].actual')} | {projects[2].actual/projects[2].total*100;2}% |
| ^ | 小计 | ${W('projects[0].initial+projects[1].initial+projects[2].initial')} | ${W('projectGroups[0].budget', ';refs=projects[0].total,projects[1].total,projects[2].total')} | ${W('projectGroups[0].actual', ';refs=projects[0].actual,projects[1].actual,projects[2].actual')} | {projectGroups[0].rate;2}% |
| 非工程措施 | 雨水情测报设施 | ${W('projects[3].initial')} | ${W('projects[3].total')} | ${W('projects[3].actual')} | {projects[3].actual/projects[3].total*100;2}% |
| ^ | 大坝安全监测设施 | ${W('projects[4].initial')} | ${W('projects[4].total')} | ${W('projects[4].actual')} | {projects[4].actual/projects[4].total*100;2}% |
| ^ | 小计 | ${W('projects[3].initial+projects[4].initial')} | ${W('projectGroups[1].budget', ';refs=projects[3].total,projects[4].total')} | ${W('projectGroups[1].actual', ';refs=projects[3].actual,projects[4].actual')} | {projectGroups[1].rate;2}% |
| 合计 |  | ${W('budget.initial')} | ${W('budget.total', ';refs=projectGroups[0].budget,projectGroups[1].budget')} | ${W('budget.actual', ';refs=projectGroups[0].actual,projectGroups[1].actual')} | {budget.rate;2}% |
@@end
# 三、绩效目标完成情况
# （一）产出
{num(indicators[0].actual);0;lit}座水库的主体工程全部在汛前完工，并于11月通过县级验收，验收合格率{num(indicators[2].actual);0;lit}%。新建雨水情测报站点{num(indicators[1].actual);0;lit}处，比目标少[[5;目标与实际之差，数据中没有]]处，主要是部分站点选址涉及林地审批，该项得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。施工中清理库区淤积{achievements@silt.value;1;#b=6.2~实物量（万立方米）~no}万立方米。全部{num(indicators[0].actual);0;lit}座水库单座平均投资{budget.actual/num(indicators[0].actual);2;refs=budget.actual}万元，低于{num(indicators[4].target);0;lit}万元的控制标准。
# （二）效益
除险加固后，各水库恢复正常蓄水，恢复和改善灌溉面积{num(indicators[5].actual);2;lit}万亩，保护下游人口{num(indicators[6].actual);2;lit}万人。全部水库落实了“三个责任人”，管护责任落实率{num(indicators[7].actual);0;lit}%。
# （三）满意度
项目完工后，县水利局在受益村发放问卷[[420;问卷份数]]份，受益群众满意度{num(indicators[8].actual);1;lit}%。
# 四、自评结论
表2　项目绩效自评表
@@table
| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 预算执行 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 产出指标 | 完成除险加固水库 | {num(indicators[0].target);0;lit}座 | {num(indicators[0].actual);0;lit}座 | {indicators[0].weight;0} | {indicators[0].score;0} |
| ^ | 新建雨水情测报站点 | ≥{num(indicators[1].target);0;lit}处 | {num(indicators[1].actual);0;lit}处 | {indicators[1].weight;0} | {indicators[1].score;2} |
| ^ | 工程验收合格率 | {num(indicators[2].target);0;lit}% | {num(indicators[2].actual);0;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| ^ | 主汛期前完成主体工程 | 5月31日前完成 | 按期完成 | {indicators[3].weight;0} | {indicators[3].score;0} |
| ^ | 单座水库平均投资（反向） | ≤{num(indicators[4].target);0;lit}万元 | {num(indicators[4].actual);2;lit}万元 | {indicators[4].weight;0} | {indicators[4].score;0} |
| 效益指标 | 恢复和改善灌溉面积 | ≥{num(indicators[5].target);1;lit}万亩 | {num(indicators[5].actual);2;lit}万亩 | {indicators[5].weight;0} | {indicators[5].score;0} |
| ^ | 保护下游人口 | ≥{num(indicators[6].target);1;lit}万人 | {num(indicators[6].actual);2;lit}万人 | {indicators[6].weight;0} | {indicators[6].score;0} |
| ^ | 工程管护责任落实率 | {num(indicators[7].target);0;lit}% | {num(indicators[7].actual);0;lit}% | {indicators[7].weight;0} | {indicators[7].score;0} |
| 满意度指标 | 受益群众满意度 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);1;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 总分 |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score} |
@@end
项目自评总分{scoreSummary.scoreTotal;2}分，其中预算执行率得分{budgetRate.score;2}分（满分{budgetRate.weight;0}分），评价等级为“{scoreSummary.grade;=优;lit}”。
# 五、存在的问题和下一步措施
非工程措施进度滞后，资金结余较多。下一步将加快办理测报站点的用地手续，力争2025年主汛期前全部建成投用，并及时支付合同尾款。
`,
};

'use strict';
// 01 省级 项目支出 md：城乡困难群众救助补助资金（霁川省民政厅）
const W = (p, o = '') => '{' + p + ';2s;nu;unit=万元' + o + '}';
module.exports = {
  id: '01', format: 'md', kind: 'project', level: '省',
  unitName: '霁川省民政厅', title: '霁川省2024年度城乡困难群众救助补助资金绩效自评报告',
  sector: '民政 / 城乡低保和特困救助',
  styles: ['两行表头的 Markdown 表（预算数/执行数 分组表头）', '分组小计与合计', '空格千分位（219 600.00万元）', '% 前空格（99.2 %）',
    '“其中：”后逐行缩进列出分项', '“得分9.88分（满分10分）”', '“增长了 4.6%”', '未达成指标按比例得分、反向成本指标、定性指标', '文号、日期、电话、回访样本数、12345热线不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 霁川省（虚构）2024年度城乡困难群众救助补助资金，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 霁川省民政厅
  shortName: 省民政厅
  department: 霁川省民政厅
  implementer: 霁川省民政厅
  project: 城乡困难群众救助补助资金
  title: 霁川省2024年度城乡困难群众救助补助资金绩效自评报告

background:
  purpose: [保障城乡低保对象基本生活, 特困人员救助供养, 临时救助和流浪乞讨人员救助]

budget:
  initial: 205000
  adjustments:
    - { type: 追加, amount: 14600, reason: 中央追加下达困难群众救助补助资金 }
  total: 219600
  actual: 217661.37
  rate: 99.12
  carryover: 1938.63
  sources:
    current: { initial: 205000, total: 219600, actual: 217661.37 }

projectGroups:
  - { name: 最低生活保障, budget: 163646.5, actual: 162639.5, rate: 99.38 }
  - { name: 特困人员救助供养, budget: 41307.8, actual: 40915.66, rate: 99.05 }
  - { name: 临时救助, budget: 14645.7, actual: 14106.21, rate: 96.32 }

projects:
  - { name: 城市最低生活保障, group: 最低生活保障, initial: 51800, adjustment: 3616.5, total: 55416.5, actual: 54987.32, carryover: 429.18 }
  - { name: 农村最低生活保障, group: 最低生活保障, initial: 101400, adjustment: 6830, total: 108230, actual: 107652.18, carryover: 577.82 }
  - { name: 特困人员救助供养, group: 特困人员救助供养, initial: 38600, adjustment: 2707.8, total: 41307.8, actual: 40915.66, carryover: 392.14 }
  - { name: 临时救助, group: 临时救助, initial: 11600, adjustment: 1260, total: 12860, actual: 12403.27, carryover: 456.73 }
  - { name: 流浪乞讨人员救助, group: 临时救助, initial: 1600, adjustment: 185.7, total: 1785.7, actual: 1702.94, carryover: 82.76 }

budgetRate: { weight: 10, score: 9.91 }
scoreSummary: { weightTotal: 100, scoreTotal: 99.41, grade: 优 }

goals:
  expected: [困难群众基本生活得到有效保障]

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 城乡低保对象保障人数, target: ≥39万人, actual: 39.89万人, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 特困人员救助供养人数
    target: ≥5.9万人
    actual: 5.83万人
    weight: 10
    score: 9.88
    deviation: { reason: 部分特困人员转入低保或自然减员, measure: 加强主动发现和动态认定 }
  - { level1: 产出指标, level2: 质量指标, name: 低保资金社会化发放率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 救助资金按月发放及时率, target: ≥98%, actual: 99.2%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 成本指标, name: 人均临时救助支出, target: ≤3100元, actual: 3006元, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 城市低保标准占上年城镇居民人均消费支出比例, target: ≥30%, actual: 31.6%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 困难群众基本生活保障水平, target: 有效保障, actual: 达到预期, weight: 10, score: 10, band: 达成 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 救助对象动态管理覆盖率
    target: ≥95%
    actual: 91.4%
    weight: 10
    score: 9.62
    deviation: { reason: 部分县区核查系统对接滞后, measure: 推进省级核对平台与县区系统联通 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 救助对象满意度, target: ≥90%, actual: 93.7%, weight: 10, score: 10 }

achievements:
  - { id: urban, group: 产出, topic: 保障人数, name: 城市低保对象, value: 86412, unit: 人 }
  - { id: rural, group: 产出, topic: 保障人数, name: 农村低保对象, value: 312508, unit: 人 }
  - { id: tekun, group: 产出, topic: 保障人数, name: 特困供养人员, value: 58307, unit: 人 }
  - { id: temp, group: 产出, topic: 临时救助, name: 临时救助, value: 41260, unit: 人次 }
  - { id: edge, group: 产出, topic: 临时救助, name: 新纳入低保的边缘家庭, value: 5318, unit: 户 }
  - { id: std, group: 效益, topic: 保障标准, name: 城市低保平均标准, value: 812, unit: 元, prior: 776, changeRate: 4.64 }
  - { id: rural_std, group: 效益, topic: 保障标准, name: 农村低保平均标准, value: 638, unit: 元 }

problems:
  - id: dynamic
    text: 动态管理还不到位
    cause: 部分县区核查系统与省级平台对接滞后
    measure: 推进省级核对平台与县区系统联通
  - id: carryover
    text: 年底仍有资金结转
    cause: 年末退出对象较多，已下达资金未能全部发放
    measure: 按季度测算需求，及时调剂资金
`,
  report: `
# 霁川省2024年度城乡困难群众救助补助资金绩效自评报告

主管部门：霁川省民政厅　　报送时间：2025年3月18日

## 一、项目概况

城乡困难群众救助补助资金由省级财政统筹安排，专门用来兜住城乡低保对象、特困人员和遭遇突发变故家庭的基本生活底线。资金由我厅会同省财政厅按因素法切块分配到各市县，分为最低生活保障、特困人员救助供养及临时救助三大块，其中临时救助一块同时承担流浪乞讨人员的救助和护送返乡。

本年度我们给自己定下的目标是：城乡低保对象保障人数不少于{num(indicators[0].target);0;lit}万人，特困人员救助供养不少于{num(indicators[1].target);1;lit}万人，低保资金社会化发放率保持{num(indicators[2].target);0;lit}%，救助对象满意度不低于{num(indicators[8].target);0;lit}%。

## 二、资金安排与使用

### （一）预算安排

年初省级预算为本项目安排{budget.initial;2s}万元。年中中央财政追加下达困难群众救助补助资金，省财政厅以霁财社〔2024〕62号文将其纳入本项目，追加{budget.adjustments[0].amount;2s}万元，调整后全年预算为{budget.total;2s}万元。

### （二）资金支出

截至年末，本项目实际支出{budget.actual;2s}万元，其中：
　　最低生活保障{projectGroups[0].actual;2s}万元；
　　特困人员救助供养{projectGroups[1].actual;2s}万元；
　　临时救助（含流浪乞讨人员救助）{projectGroups[2].actual;2s}万元。

全年结余{budget.carryover;2s}万元，预算执行率{budget.rate;2}%。结余资金主要是年末退出保障的对象较多，已下达资金未能当年发完，已按规定结转下年继续使用。

各子项目的预算和执行情况见表1。

表1　子项目预算执行情况

| 资金类别 | 子项目 | 预算数（万元） |  | 执行数（万元） |  |
|---|---|---:|---:|---:|---:|
|  |  | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 最低生活保障 | 城市低保 | ${W('projects[0].initial')} | ${W('projects[0].total')} | ${W('projects[0].actual')} | {projects[0].actual/projects[0].total*100;2}% |
|  | 农村低保 | ${W('projects[1].initial')} | ${W('projects[1].total')} | ${W('projects[1].actual', ';#a=107 625.18~金额（两行表头表格单元格，万元）~yes~与小计、合计、本行执行率')} | {projects[1].actual/projects[1].total*100;2}% |
|  | 小计 | ${W('projects[0].initial+projects[1].initial')} | ${W('projectGroups[0].budget', ';refs=projects[0].total,projects[1].total')} | ${W('projectGroups[0].actual', ';refs=projects[0].actual,projects[1].actual')} | {projectGroups[0].rate;2}% |
| 特困人员救助供养 | 特困供养 | ${W('projects[2].initial')} | ${W('projects[2].total')} | ${W('projects[2].actual')} | {projects[2].actual/projects[2].total*100;2}% |
|  | 小计 | ${W('projects[2].initial')} | ${W('projectGroups[1].budget', ';refs=projects[2].total')} | ${W('projectGroups[1].actual', ';refs=projects[2].actual')} | {projectGroups[1].rate;2}% |
| 临时救助 | 临时救助 | ${W('projects[3].initial')} | ${W('projects[3].total')} | ${W('projects[3].actual')} | {projects[3].actual/projects[3].total*100;2}% |
|  | 流浪乞讨人员救助 | ${W('projects[4].initial')} | ${W('projects[4].total')} | ${W('projects[4].actual')} | {projects[4].actual/projects[4].total*100;2}% |
|  | 小计 | ${W('projects[3].initial+projects[4].initial')} | ${W('projectGroups[2].budget', ';refs=projects[3].total,projects[4].total')} | ${W('projectGroups[2].actual', ';refs=projects[3].actual,projects[4].actual')} | {projectGroups[2].rate;2}% |
| 合计 |  | ${W('budget.initial')} | ${W('budget.total', ';refs=projectGroups[0].budget,projectGroups[1].budget,projectGroups[2].budget')} | ${W('budget.actual', ';refs=projectGroups[0].actual,projectGroups[1].actual,projectGroups[2].actual')} | {budget.rate;2}% |

## 三、绩效目标实现情况

### （一）产出情况

1．数量。全年累计保障城市低保对象{achievements@urban.value;0s}人、农村低保对象{achievements@rural.value;0s}人，两项合计{num(indicators[0].actual);2;lit;refs=achievements@urban.value,achievements@rural.value}万人，完成年度目标。特困人员救助供养{achievements@tekun.value;0s}人，折合{num(indicators[1].actual);2;lit;refs=achievements@tekun.value}万人，比目标少约[[700;目标与实际之差的约数，数据中没有]]人，该项得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。实施临时救助{achievements@temp.value;0s}人次；另将{achievements@edge.value;0s;#b=5 813~计数（空格千分位，户）~no}户低保边缘家庭新纳入保障范围。

2．质量。各地低保金全部通过“一卡通”打卡发放，社会化发放率{num(indicators[2].actual);0;lit}%。

3．时效。按月发放及时率为{num(indicators[3].actual);1;lit} %，个别县因12月系统升级延迟了[[2;延迟天数，数据中没有]]天。

4．成本。全年临时救助支出{projects[3].actual;2s}万元，人均{projects[3].actual*10000/achievements@temp.value;0s;refs=projects[3].actual,achievements@temp.value}元，低于{num(indicators[4].target);0;lit}元的控制目标。

### （二）效益情况

城市低保平均标准提高到每人每月{achievements@std.value;0}元，上年为{achievements@std.prior;0}元，增长了 {achievements@std.changeRate;1}%；农村低保平均标准为每人每月{achievements@rural_std.value;0}元。城市低保标准占上年城镇居民人均消费支出的{num(indicators[5].actual);1;lit}%，较上年提高了[[1.3;数据中没有上年比例]]个百分点。

救助对象动态管理覆盖率为{num(indicators[7].actual);1;lit}%，未达到{num(indicators[7].target);0;lit}%的目标，得分{indicators[7].score;2}分（满分{indicators[7].weight;0}分），原因是部分县区核查系统与省级平台对接滞后。

### （三）满意度

我厅委托第三方机构随机抽取[[1 200;回访样本数]]户救助对象进行电话回访，救助对象满意度为{num(indicators[8].actual);1;lit}%。全年经[[12345;热线名称]]热线转办的救助类诉求均按期办结。

## 四、自评得分

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
|---|---|---|---|---|---:|---:|
| 预算执行 | 预算执行率 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 产出指标 | 数量指标 | 城乡低保对象保障人数 | ≥{num(indicators[0].target);0;lit}万人 | {num(indicators[0].actual);2;lit}万人 | {indicators[0].weight;0} | {indicators[0].score;0} |
| 产出指标 | 数量指标 | 特困人员救助供养人数 | ≥{num(indicators[1].target);1;lit}万人 | {num(indicators[1].actual);2;lit}万人 | {indicators[1].weight;0} | {indicators[1].score;2} |
| 产出指标 | 质量指标 | 低保资金社会化发放率 | {num(indicators[2].target);0;lit}% | {num(indicators[2].actual);0;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| 产出指标 | 时效指标 | 救助资金按月发放及时率 | ≥{num(indicators[3].target);0;lit}% | {num(indicators[3].actual);1;lit}% | {indicators[3].weight;0} | {indicators[3].score;0} |
| 产出指标 | 成本指标 | 人均临时救助支出（反向） | ≤{num(indicators[4].target);0;lit}元 | {num(indicators[4].actual);0;lit}元 | {indicators[4].weight;0} | {indicators[4].score;0} |
| 效益指标 | 社会效益指标 | 城市低保标准占上年城镇居民人均消费支出比例 | ≥{num(indicators[5].target);0;lit}% | {num(indicators[5].actual);1;lit}% | {indicators[5].weight;0} | {indicators[5].score;0} |
| 效益指标 | 社会效益指标 | 困难群众基本生活保障水平 | 有效保障 | 达到预期 | {indicators[6].weight;0} | {indicators[6].score;0} |
| 效益指标 | 可持续影响指标 | 救助对象动态管理覆盖率 | ≥{num(indicators[7].target);0;lit}% | {num(indicators[7].actual);1;lit}% | {indicators[7].weight;0} | {indicators[7].score;2} |
| 满意度指标 | 服务对象满意度指标 | 救助对象满意度 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);1;lit}% | {indicators[8].weight;0} | {indicators[8].score;0} |
| 合计 |  |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[7].score} |

综合以上，本项目自评得分{scoreSummary.scoreTotal;2}分，等级为“{scoreSummary.grade;=优;lit}”。

## 五、存在的问题及原因

一是动态管理还不到位。部分县区的核查系统与省级核对平台尚未完全联通，收入和财产变化不能及时比对。二是年底仍有资金结转，年末退出对象较多，已下达的资金未能全部发放。

## 六、下一步改进措施

一是推进省级核对平台与县区系统联通，实现数据按月自动比对；二是按季度测算各地资金需求，对执行偏慢的县区及时调剂。

联系人：祁岚舒　　联系电话：[[66203417;电话]]
`,
};

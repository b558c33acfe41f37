'use strict';
// 09 市级 项目支出 docx：渔业增殖放流项目（楫阳市农业农村局主管、市水产技术推广站实施）
const W = (p, o = '') => '{' + p + ';2;nu;unit=万元' + o + '}';
module.exports = {
  id: '09', format: 'docx', kind: 'project', level: '市',
  unitName: '楫阳市水产技术推广站', title: '楫阳市2024年度渔业增殖放流项目绩效自评报告',
  sector: '渔业 / 水生生物增殖放流',
  styles: ['Word 表第一列纵向合并（苗种采购/配套工作），含小计、合计', '“1.2346亿尾”“全年支出586.3万”', '未达成指标较多，总分89.81、等级“良”',
    '反向成本指标未达成（按 目标 ÷ 实际 计分）', '“得分7.50分（满分10分）”', '放流点个数、文号、日期不核对'],
  yaml: `
# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# 楫阳市（虚构）2024年度渔业增殖放流项目，项目支出。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 楫阳市水产技术推广站
  shortName: 市水产站
  department: 楫阳市农业农村局
  implementer: 楫阳市水产技术推广站
  project: 渔业增殖放流项目
  title: 楫阳市2024年度渔业增殖放流项目绩效自评报告

budget:
  initial: 520
  adjustments:
    - { type: 追加, amount: 120, reason: 省级渔业发展补助资金 }
  total: 640
  actual: 586.27
  rate: 91.6
  carryover: 53.73
  sources:
    current: { initial: 520, total: 520, actual: 466.27 }
    other: { initial: 0, total: 120, actual: 120 }

projectGroups:
  - { name: 苗种采购, budget: 440, actual: 399.93, rate: 90.89 }
  - { name: 配套工作, budget: 200, actual: 186.34, rate: 93.17 }

projects:
  - { name: 经济鱼类苗种, group: 苗种采购, initial: 220, adjustment: 66, total: 286, actual: 271.33, carryover: 14.67 }
  - { name: 珍稀土著鱼类苗种, group: 苗种采购, initial: 120, adjustment: 34, total: 154, actual: 128.6, carryover: 25.4 }
  - { name: 放流活动组织及监管, group: 配套工作, initial: 80, adjustment: 12, total: 92, actual: 88.15, carryover: 3.85 }
  - { name: 效果跟踪评估, group: 配套工作, initial: 100, adjustment: 8, total: 108, actual: 98.19, carryover: 9.81 }

budgetRate: { weight: 10, score: 9.16 }
scoreSummary: { weightTotal: 100, scoreTotal: 89.81, grade: 良 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 放流苗种数量, target: ≥1.2亿尾, actual: 1.2346亿尾, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 珍稀土著鱼类放流数量
    target: ≥800万尾
    actual: 655万尾
    weight: 10
    score: 8.19
    deviation: { reason: 部分品种人工繁育苗种供应不足, measure: 提前与育苗场签订订单 }
  - { level1: 产出指标, level2: 质量指标, name: 苗种检验检疫合格率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 时效指标
    name: 放流活动按期完成率
    target: 100%
    actual: 75%
    weight: 10
    score: 7.5
    deviation: { reason: 汛期水位偏高，两个放流点推迟放流, measure: 合理安排放流时间 }
  - level1: 产出指标
    level2: 成本指标
    name: 每万尾苗种采购成本
    target: ≤300元
    actual: 323.9元
    weight: 10
    score: 9.26
    direction: negative
    deviation: { reason: 珍稀品种苗种单价上涨, measure: 扩大询价范围 }
  - level1: 效益指标
    level2: 生态效益指标
    name: 重点水域鱼类资源量增长
    target: ≥10%
    actual: 6.5%
    weight: 10
    score: 6.5
    deviation: { reason: 放流效果显现需要周期, measure: 连续跟踪监测 }
  - { level1: 效益指标, level2: 经济效益指标, name: 带动渔民增收, target: ≥1500万元, actual: 1620万元, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 放流水域禁捕管理, target: 有效落实, actual: 有效落实, weight: 10, score: 10, band: 达成 }
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 渔民及社会公众满意度
    target: ≥90%
    actual: 82.8%
    weight: 10
    score: 9.2
    deviation: { reason: 部分渔民对禁捕期安排有意见, measure: 加强政策解释 }

achievements:
  - { id: fry, group: 产出, topic: 放流, name: 放流各类苗种, value: 12346, unit: 万尾 }
  - { id: patrol, group: 效益, topic: 执法, name: 放流水域巡查执法, value: 426, unit: 次 }

problems:
  - id: delay
    text: 部分放流活动未按期完成
    cause: 汛期水位偏高
    measure: 合理安排放流时间
  - id: cost
    text: 苗种采购成本超出目标
    cause: 珍稀品种苗种单价上涨
    measure: 扩大询价范围
`,
  report: `
#! 楫阳市2024年度渔业增殖放流项目绩效自评报告
主管部门：楫阳市农业农村局　实施单位：楫阳市水产技术推广站
# 一、项目基本情况
增殖放流是恢复江河湖库渔业资源、改善水域生态的重要手段。本项目在全市[[8;放流点个数]]个放流点放流经济鱼类和珍稀土著鱼类苗种，并开展放流效果跟踪评估。年度目标为：放流各类苗种{num(indicators[0].target);1;lit}亿尾以上，其中珍稀土著鱼类不少于{num(indicators[1].target);0;lit}万尾，苗种检验检疫合格率{num(indicators[2].target);0;lit}%。
# 二、资金使用情况
年初预算{budget.initial;2}万元，全部为市级财政资金。6月，省农业农村厅下达省级渔业发展补助资金{budget.adjustments[0].amount;2}万元（霁农渔〔2024〕33号），全年预算{budget.total;2}万元。全年支出{budget.actual;1}万，其中市级资金{budget.sources.current.actual;2}万元、省级资金{budget.sources.other.actual;2}万元；结余{budget.carryover;2}万元，预算执行率{budget.rate;2}%。
表1　资金使用明细（单位：万元）
@@table
| 类别 | 分项 | 年初预算 | 全年预算 | 实际支出 |
| 苗种采购 | 经济鱼类苗种 | ${W('projects[0].initial')} | ${W('projects[0].total')} | ${W('projects[0].actual')} |
| ^ | 珍稀土著鱼类苗种 | ${W('projects[1].initial')} | ${W('projects[1].total')} | ${W('projects[1].actual')} |
| ^ | 小计 | ${W('projects[0].initial+projects[1].initial')} | ${W('projectGroups[0].budget', ';refs=projects[0].total,projects[1].total')} | ${W('projectGroups[0].actual', ';refs=projects[0].actual,projects[1].actual')} |
| 配套工作 | 放流活动组织及监管 | ${W('projects[2].initial')} | ${W('projects[2].total')} | ${W('projects[2].actual')} |
| ^ | 效果跟踪评估 | ${W('projects[3].initial')} | ${W('projects[3].total')} | ${W('projects[3].actual')} |
| ^ | 小计 | ${W('projects[2].initial+projects[3].initial')} | ${W('projectGroups[1].budget', ';refs=projects[2].total,projects[3].total')} | ${W('projectGroups[1].actual', ';refs=projects[2].actual,projects[3].actual')} |
| 合计 |  | ${W('budget.initial')} | ${W('budget.total', ';refs=projectGroups[0].budget,projectGroups[1].budget')} | ${W('budget.actual', ';refs=projectGroups[0].actual,projectGroups[1].actual')} |
@@end
# 三、绩效目标完成情况
# （一）产出
全年放流各类苗种{achievements@fry.value/10000;4}亿尾，完成年度目标；其中珍稀土著鱼类{num(indicators[1].actual);0;lit}万尾，部分品种人工繁育苗种供应不足，没有完成目标，得分{indicators[1].score;2}分（满分{indicators[1].weight;0}分）。所有批次苗种均经检验检疫，合格率{num(indicators[2].actual);0;lit}%。受汛期水位偏高影响，两个放流点推迟到汛后放流，按期完成率{num(indicators[3].actual);0;lit}%，得分{indicators[3].score;2}分（满分{indicators[3].weight;0}分）。
苗种采购支出{projectGroups[0].actual;2}万元，折合每万尾苗种采购成本{projectGroups[0].actual*10000/achievements@fry.value;1;refs=projectGroups[0].actual,achievements@fry.value}元，比{num(indicators[4].target);0;lit}元的目标高，主要是珍稀品种苗种单价上涨。
# （二）效益
据效果跟踪评估，重点水域鱼类资源量增长{num(indicators[5].actual);1;lit}%，未达到{num(indicators[5].target);0;lit}%的目标；放流带动渔民增收{num(indicators[6].actual);0;lit}万元。全年开展放流水域巡查执法{achievements@patrol.value;0;#b=462~计数（次）~no}次，禁捕管理有效落实。
# （三）满意度
渔民及社会公众满意度{num(indicators[8].actual);1;lit}%，部分渔民对禁捕期安排有意见。
# 四、自评得分
@@table
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 预算执行 | 预算执行率 | 预算执行率 | [[100;执行率目标值，数据中没有]]% | {budget.rate;2}% | {budgetRate.weight;0} | {budgetRate.score;2} |
| 产出指标 | 数量指标 | 放流苗种数量 | ≥{num(indicators[0].target);1;lit}亿尾 | {num(indicators[0].actual);4;lit}亿尾 | {indicators[0].weight;0} | {indicators[0].score;0} |
| ^ | ^ | 珍稀土著鱼类放流数量 | ≥{num(indicators[1].target);0;lit}万尾 | {num(indicators[1].actual);0;lit}万尾 | {indicators[1].weight;0} | {indicators[1].score;2} |
| ^ | 质量指标 | 苗种检验检疫合格率 | {num(indicators[2].target);0;lit}% | {num(indicators[2].actual);0;lit}% | {indicators[2].weight;0} | {indicators[2].score;0} |
| ^ | 时效指标 | 放流活动按期完成率 | {num(indicators[3].target);0;lit}% | {num(indicators[3].actual);0;lit}% | {indicators[3].weight;0} | {indicators[3].score;2} |
| ^ | 成本指标 | 每万尾苗种采购成本（反向） | ≤{num(indicators[4].target);0;lit}元 | {num(indicators[4].actual);1;lit}元 | {indicators[4].weight;0} | {indicators[4].score;2} |
| 效益指标 | 生态效益指标 | 重点水域鱼类资源量增长 | ≥{num(indicators[5].target);0;lit}% | {num(indicators[5].actual);1;lit}% | {indicators[5].weight;0} | {indicators[5].score;2} |
| ^ | 经济效益指标 | 带动渔民增收 | ≥{num(indicators[6].target);0;lit}万元 | {num(indicators[6].actual);0;lit}万元 | {indicators[6].weight;0} | {indicators[6].score;0} |
| ^ | 可持续影响指标 | 放流水域禁捕管理 | 有效落实 | 有效落实 | {indicators[7].weight;0} | {indicators[7].score;0} |
| 满意度指标 | 服务对象满意度指标 | 渔民及社会公众满意度 | ≥{num(indicators[8].target);0;lit}% | {num(indicators[8].actual);1;lit}% | {indicators[8].weight;0} | {indicators[8].score;2} |
| 总分 |  |  |  |  | {scoreSummary.weightTotal;0} | {scoreSummary.scoreTotal;2;refs=budgetRate.score,indicators[1].score,indicators[3].score,indicators[4].score,indicators[5].score,indicators[8].score} |
@@end
本项目自评得分{scoreSummary.scoreTotal;2}分，自评等级为“{scoreSummary.grade;=良;lit;refs=scoreSummary.scoreTotal;#a=优~等级（总分89.81应为“良”）~yes~总分89.81 < 90}”。
# 五、存在的问题及改进措施
一是部分放流活动未按期完成；二是苗种采购成本超出目标；三是资源量增长效果显现需要周期。下一步将避开汛期合理安排放流时间，提前与育苗场签订订单并扩大询价范围，同时对重点水域连续跟踪监测。
`,
};

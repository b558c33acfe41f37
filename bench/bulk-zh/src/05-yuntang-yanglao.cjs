'use strict';
// 05 青篁县筠塘镇特困供养和居家养老服务补助（镇中心敬老院）——项目，乡镇级，txt
module.exports = {
  format: 'txt',
  level: '乡镇',
  unitName: '青篁县筠塘镇特困人员供养和居家养老服务补助（筠塘镇中心敬老院）',
  sector: '养老服务（民政）',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 05：青篁县筠塘镇特困人员供养和居家养老服务补助（虚构）。金额单位：万元。
# 全年预算 = 年初 186.40 + 追加 23.60 = 210.00；执行 201.35；结余结转 8.65。
# 资金来源：县级财政拨款 + 福利彩票公益金（其他资金）。
kind: project
version: 2

meta:
  year: 2024
  unit: 青篁县筠塘镇中心敬老院
  shortName: 镇敬老院
  department: 青篁县民政局
  implementer: 青篁县筠塘镇中心敬老院
  project: 特困人员供养和居家养老服务补助
  title: 筠塘镇2024年特困人员供养和居家养老服务补助绩效自评报告

budget:
  initial: 186.40
  adjustments:
    - { type: 追加, amount: 23.60, reason: 特困人员供养标准提高 }
  total: 210.00
  actual: 201.35
  rate: 95.88
  carryover: 8.65
  sources:
    current: { initial: 120.00, total: 132.00, actual: 128.40 }
    other: { initial: 66.40, total: 78.00, actual: 72.95 }

budgetRate: { weight: 10, score: 9.59 }

scoreSummary: { weightTotal: 100, scoreTotal: 93.08, grade: 优 }

goals:
  expected: [保障特困人员基本生活，为居家老人提供上门服务]

projects:
  - { name: 特困人员集中供养, total: 128.00, actual: 125.76 }
  - { name: 居家养老上门服务, total: 54.00, actual: 49.59 }
  - { name: 敬老院设施维修, total: 28.00, actual: 26.00 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 集中供养特困人员, target: ≥60人, actual: 62人, weight: 15, score: 15 }
  - level1: 产出指标
    level2: 数量指标
    name: 居家养老上门服务
    target: ≥10000人次
    actual: 8160人次
    weight: 15
    score: 12.24
    deviation: { reason: 部分服务对象入住敬老院或随子女迁居 }
  - { level1: 产出指标, level2: 时效指标, name: 设施维修完工时间, target: 汛期前完工, actual: 按期完工, weight: 10, score: 10, band: 达成 }
  - { level1: 产出指标, level2: 质量指标, name: 供养金发放到位率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 特困人员集中供养率, target: ≥40%, actual: 45.6%, weight: 15, score: 15 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 护理员持证率
    target: ≥80%
    actual: 60%
    weight: 15
    score: 11.25
    deviation: { reason: 新招聘护理员尚未参加考证, measure: 组织护理员参加养老护理员职业技能等级认定 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 服务对象满意度, target: ≥90%, actual: 92.6%, weight: 10, score: 10 }

achievements:
  - { id: residents, group: 产出, topic: 集中供养, name: 集中供养特困人员, value: 62, unit: 人 }
  - { id: beds, group: 产出, topic: 集中供养, name: 核定床位, value: 80, unit: 张 }
  - { id: clients, group: 产出, topic: 居家养老, name: 居家养老服务对象, value: 340, unit: 人 }
  - { id: visits, group: 产出, topic: 居家养老, name: 上门服务, value: 8160, unit: 人次, prior: 8352, changeRate: -2.30 }
  - { id: home_spend, group: 产出, topic: 居家养老, name: 居家养老上门服务支出, value: 49.59, unit: 万元, prior: 38.20 }
  - { id: caregivers, group: 产出, topic: 护理员, name: 护理员, value: 15, unit: 名 }
`,
  report: `筠塘镇2024年特困人员供养和居家养老服务补助
绩效自评报告

报送单位：青篁县筠塘镇中心敬老院（主管部门：青篁县民政局）

Ⅰ．项目概况

　　本项目保障辖区特困人员集中供养，并为分散居住的高龄、失能老人提供上门助餐、助洁和巡访服务。敬老院核定床位{achievements@beds.value|0}张，年末在院特困人员{achievements@residents.value|0|refs=indicators[0].actual}人，入住率{achievements@residents.value/achievements@beds.value*100|1|refs=achievements@residents.value;achievements@beds.value}%。

Ⅱ．资金情况

　　年初预算{budget.initial|2}万元，因供养标准提高追加{budget.adjustments[0].amount|2}万元，全年预算{budget.total|2}万元；实际支出{budget.actual|2}万元，结余{budget.carryover|2}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%。

@@table
资金来源 | 全年预算（万元） | 实际支出（万元）
县级财政拨款 | {budget.sources.current.total|2|u=万元} | {budget.sources.current.actual|2|u=万元|refs=budget.actual}
福利彩票公益金 | {budget.sources.other.total|2|u=万元} | {budget.sources.other.actual|2|u=万元|refs=budget.actual}
合计 | {budget.total|2|u=万元} | {budget.actual|2|u=万元|refs=budget.actual}
@@end

　　按用途：集中供养支出{projects[0].actual|2|refs=budget.actual}万元，按在院人数折算人均{projects[0].actual*10000/achievements@residents.value|0t|refs=projects[0].actual;achievements@residents.value}元；居家养老上门服务支出{projects[1].actual|2|refs=budget.actual;achievements@home_spend.value}万元，较上年多出{achievements@home_spend.value-achievements@home_spend.prior|2|refs=achievements@home_spend.value;achievements@home_spend.prior}万元；设施维修支出{projects[2].actual|2|refs=budget.actual}万元。

Ⅲ．绩效目标完成情况

　　①产出。集中供养特困人员{indicators[0].actual|lit}，超过目标。居家养老服务对象{achievements@clients.value|0|#b=430~服务对象人数颠倒~no}人，全年上门服务{achievements@visits.value|0t|refs=indicators[1].actual}人次，同比下降{achievements@visits.changeRate|1|refs=achievements@visits.value;achievements@visits.prior|#a=-3.2~变动率数字颠倒（(8,160 − 8,352) ÷ 8,352 = −2.30%）~yes~变动率}%，完成目标的{num(indicators[1].actual)/num(indicators[1].target)*100|1|refs=indicators[1].actual;indicators[1].target}%。服务人次减少，是因为部分老人入住敬老院或随子女迁居。屋面防水和消防通道维修在汛期前完工。

　　②效益。特困人员集中供养率{indicators[4].actual|lit}。在岗护理员{achievements@caregivers.value|0}名，持证率只有{indicators[5].actual|lit}，离{indicators[5].target|=80|lit}%的目标差{num(indicators[5].target)-num(indicators[5].actual)|0|refs=indicators[5].target;indicators[5].actual}个百分点。

　　③满意度。镇民政办走访[[45|走访户数（数据中无此项）]]户，服务对象满意度{indicators[6].actual|lit}。

Ⅳ．自评得分

@@table
指标 | 目标值 | 完成值 | 分值 | 得分
预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight}
集中供养特困人员 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal}
居家养老上门服务 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|2|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target}
设施维修完工时间 | 汛期前完工 | 按期完工 | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal}
供养金发放到位率 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal}
特困人员集中供养率 | {indicators[4].target|lit} | {indicators[4].actual|lit} | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal}
护理员持证率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|2|refs=scoreSummary.scoreTotal;indicators[5].actual;indicators[5].target}
服务对象满意度 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal}
合计 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}
@@end

　　自评总分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。

Ⅴ．问题和措施

　　护理员持证率低。新招护理员尚未参加考证。下一步分两批组织参加养老护理员职业技能等级认定，力争2025年底持证率达标。
　　上门服务人次未完成。服务对象有变动，年初目标偏高。下一步按季度核实服务对象名单。

　　联系电话：[[7720315|电话]]
`,
};

'use strict';
// 02 葭坪县农村公路养护资金（县交通运输局）——项目支出，县级，纯文本
// 写法：财务人员口吻，段首全角空格；空格对齐的表格（资金表、危桥表、自评表）；元（千分位）与万元混用；
// 每公里养护成本（反向成本指标 ≤）；最少…最多（区间）；护路员人均补助；标题 一、（一）1.（1）。
module.exports = {
  id: '02',
  slug: 'jiaping-gonglu',
  format: 'txt',
  kind: 'project',
  level: '县',
  name: '葭坪县农村公路养护资金（县交通运输局）',
  title: '葭坪县2024年度农村公路养护资金绩效自评报告',
  style: '财务人员口吻，空格对齐的三张表；元（千分位）与万元混用；每公里成本（反向指标≤）；最少…最多；护路员人均；危桥改造未达成',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 葭坪县（霁川市）农村公路养护资金 2024 年度绩效自评。虚构。金额单位：万元。
kind: project
version: 2

meta:
  year: 2024
  unit: 葭坪县交通运输局
  shortName: 县交通运输局
  department: 葭坪县交通运输局
  implementer: 葭坪县农村公路管理所
  project: 葭坪县农村公路养护资金
  title: 葭坪县2024年度农村公路养护资金绩效自评报告

background:
  purpose: [县乡村道日常养护, 预防性养护和修复, 危桥改造, 安全生命防护工程]
  management:
    - 乡镇按月上报养护台账
    - 县农村公路管理所季度考核

budget:
  initial: 1860
  adjustments:
    - { type: 追加, amount: 420, reason: 省级农村公路养护补助 }
  total: 2280
  actual: 2236.87
  rate: 98.11
  carryover: 43.13
  sources:
    current: { initial: 1860, total: 2280, actual: 2236.87 }

budgetRate:
  weight: 10
  score: 9.81

projects:
  - name: 日常养护
    total: 1120
    actual: 1108.46
    carryover: 11.54
    items:
      - { name: 护路员劳务补助, amount: 311.04 }
      - { name: 日常保洁和小修, amount: 797.42 }
  - name: 预防性养护和修复
    total: 760
    actual: 742.15
    carryover: 17.85
  - name: 危桥改造
    total: 280
    actual: 268.26
    carryover: 11.74
    items:
      - { name: 石埠桥, amount: "38.60" }
      - { name: 柘溪桥, amount: "92.40" }
      - { name: 龙潭桥, amount: 71.56 }
      - { name: 上林桥, amount: "65.70" }
  - name: 安全生命防护工程
    total: 120
    actual: 118
    carryover: 2

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 日常养护里程, target: ≥1400公里, actual: 1426.8公里, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 预防性养护里程, target: ≥85公里, actual: 91.3公里, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 危桥改造
    target: 5座
    actual: 4座
    weight: 10
    score: 8
    deviation: { reason: 下岭桥因河道规划调整推迟开工, measure: 列入2025年计划 }
  - { level1: 产出指标, level2: 质量指标, name: 优良中等路比例, target: ≥80%, actual: 83.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 成本指标, name: 日常养护每公里成本, target: ≤8000元/公里, actual: 7769元/公里, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 农村公路列养率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 经济效益指标, name: 公路技术状况指数（MQI）, target: ≥80, actual: 84.2, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 养护长效机制, target: 健全, actual: 已健全, weight: 10, score: 10, band: 达成 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 沿线群众满意度, target: ≥90%, actual: 92.5%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 97.81
  grade: 优

achievements:
  - { id: km_county, group: 日常养护, topic: 养护里程, name: 县道, value: 318.4, unit: 公里 }
  - { id: km_township, group: 日常养护, topic: 养护里程, name: 乡道, value: 562.7, unit: 公里 }
  - { id: km_village, group: 日常养护, topic: 养护里程, name: 村道, value: 545.7, unit: 公里 }
  - { id: km_total, group: 日常养护, topic: 养护里程, name: 列养里程合计, value: 1426.8, unit: 公里 }
  - { id: road_workers, group: 日常养护, topic: 护路员, name: 聘用护路员, value: 216, unit: 名 }
  - { id: preventive_km, group: 预防性养护和修复, topic: 预防性养护, name: 完成预防性养护, value: 91.3, unit: 公里 }
  - { id: signs, group: 安全生命防护工程, topic: 安防工程, name: 更换损坏标志标牌, value: 1372, unit: 块 }
  - { id: guardrail, group: 安全生命防护工程, topic: 安防工程, name: 增设波形护栏, value: 23.6, unit: 公里 }

problems:
  - id: bridge
    text: 下岭桥改造未按期开工
    cause: 河道规划调整
    measure: 列入2025年计划，汛期前完成设计
  - id: funds
    text: 养护资金来源单一
    cause: 主要依靠县级财政和省级补助
    measure: 积极争取车购税资金，探索“以工代赈”

measures:
  - { text: 汛期前完成下岭桥设计, answers: bridge }
  - { text: 争取车购税资金, answers: funds }
`,
  body: `
葭坪县2024年度农村公路养护资金绩效自评报告

　　根据县财政局《关于开展2024年度县级项目支出绩效自评的通知》（葭财绩〔2025〕3号），县交通运输局会同县农村公路管理所，对农村公路养护资金的使用和绩效情况进行了自评。现报告如下。

一、项目概况

（一）项目内容

　　资金用于县道、乡道、村道的日常养护，预防性养护和修复，危桥改造以及安全生命防护工程。全县列养农村公路{achievements@km_total.value|1}公里，其中县道{achievements@km_county.value|1}公里、乡道{achievements@km_township.value|1}公里、村道{achievements@km_village.value|1}公里。

（二）绩效目标

　　完成日常养护{indicators[0].target||lit}，预防性养护{indicators[1].target||lit}，改造危桥{indicators[2].target||lit}，优良中等路比例{indicators[3].target||lit}，日常养护每公里成本控制在{indicators[4].target|=8000|lit}元以内。

二、资金投入和使用情况

（一）资金到位情况

　　年初县级财政预算安排{budget.initial|2}万元，年中省交通运输厅下达农村公路养护补助{budget.adjustments[0].amount|2}万元，全年预算合计{budget.total|2}万元，资金全部到位。

（二）资金使用情况

　　全年实际支出{budget.actual|2}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%。年末结余{budget.carryover*10000|0t}元，为危桥改造和日常养护的质保金，按合同约定在[[2025|年份]]年支付。各项资金使用情况如下（单位：万元）：

@@table indent=2
项目 | 全年预算 | 实际支出 | 结余 | 执行率
日常养护 | {projects[0].total|2|u=万元} | {projects[0].actual|2|u=万元} | {projects[0].carryover|2|u=万元} | {projects[0].actual/projects[0].total*100|2}%
预防性养护和修复 | {projects[1].total|2|u=万元} | {projects[1].actual|2|u=万元} | {projects[1].carryover|2|u=万元} | {projects[1].actual/projects[1].total*100|2}%
危桥改造 | {projects[2].total|2|u=万元} | {projects[2].actual|2|u=万元} | {projects[2].carryover|2|u=万元} | {projects[2].actual/projects[2].total*100|2}%
安全生命防护工程 | {projects[3].total|2|u=万元} | {projects[3].actual|2|u=万元} | {projects[3].carryover|2|u=万元} | {projects[3].actual/projects[3].total*100|2}%
合计 | {budget.total|2|u=万元} | {budget.actual|2|u=万元} | {budget.carryover|2|u=万元} | {budget.rate|2}%
@@end

（三）资金管理情况

　　资金实行县级报账制，乡镇按月上报养护台账，县农村公路管理所每季度考核一次，考核结果与下季度资金拨付挂钩。日常养护中，护路员劳务补助{projects[0].items[0].amount*10000|0t}元，按{achievements@road_workers.value|0}名护路员计，每人每年{projects[0].items[0].amount*10000/achievements@road_workers.value|0t}元；其余{projects[0].items[1].amount|2}万元用于日常保洁和小修。

三、绩效目标完成情况

（一）产出

　　1.数量。完成日常养护{indicators[0].actual||lit}，预防性养护{achievements@preventive_km.value|1}公里。改造危桥{indicators[2].actual||lit}。
　　2.质量。年末优良中等路比例{indicators[3].actual||lit}。
　　3.成本。日常养护支出{projects[0].actual*10000|0t}元，每公里{projects[0].actual*10000/achievements@km_total.value|0t|#a}元，低于每公里{indicators[4].target|=8,000|lit}元的控制标准。

（二）危桥改造

　　计划改造的{indicators[2].target|=5|lit}座危桥中完成{indicators[2].actual|=4|lit}座。单座投资最少的是石埠桥，{projects[2].items[0].amount|2}万元；最多的是柘溪桥，{projects[2].items[1].amount|2}万元。下岭桥因河道规划调整推迟开工，列入下年计划。

@@table indent=2
桥名 | 投资（万元） | 完工时间
石埠桥 | {projects[2].items[0].amount|2|u=万元} | [[2024年6月|日期]]
柘溪桥 | {projects[2].items[1].amount|2|u=万元} | [[2024年11月|日期]]
龙潭桥 | {projects[2].items[2].amount|2|u=万元} | [[2024年9月|日期]]
上林桥 | {projects[2].items[3].amount|2|u=万元} | [[2024年10月|日期]]
合计 | {projects[2].actual|2|u=万元} | —
@@end

（三）效益

　　1.安全条件改善。更换损坏标志标牌{achievements@signs.value|0t|#b}块，增设波形护栏{achievements@guardrail.value|1}公里。
　　2.路况提升。公路技术状况指数（MQI）达到{indicators[6].actual||lit}，农村公路列养率{indicators[5].actual||lit}。
　　3.满意度。向沿线群众发放问卷[[600|问卷份数，数据中没有]]份，收回[[583|收回份数，数据中没有]]份，满意度{indicators[8].actual||lit}。

四、自评得分

@@table indent=2
指标 | 年度指标值 | 实际完成值 | 分值 | 得分
预算执行率 | [[100%|执行率目标，数据中没有]] | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate}
日常养护里程 | {indicators[0].target||lit} | {indicators[0].actual||lit} | {indicators[0].weight|0} | {indicators[0].score|0}
预防性养护里程 | {indicators[1].target||lit} | {indicators[1].actual||lit} | {indicators[1].weight|0} | {indicators[1].score|0}
危桥改造 | {indicators[2].target||lit} | {indicators[2].actual||lit} | {indicators[2].weight|0} | {indicators[2].score|0}
优良中等路比例 | {indicators[3].target||lit} | {indicators[3].actual||lit} | {indicators[3].weight|0} | {indicators[3].score|0}
日常养护每公里成本 | {indicators[4].target||lit} | {indicators[4].actual||lit,refs=projects[0].actual} | {indicators[4].weight|0} | {indicators[4].score|0}
农村公路列养率 | {indicators[5].target||lit} | {indicators[5].actual||lit} | {indicators[5].weight|0} | {indicators[5].score|0}
MQI | {indicators[6].target||lit} | {indicators[6].actual||lit} | {indicators[6].weight|0} | {indicators[6].score|0}
养护长效机制 | 健全 | 已健全 | {indicators[7].weight|0} | {indicators[7].score|0}
沿线群众满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0}
合计 | — | — | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2}
@@end

　　危桥改造指标未完成，按完成比例扣{indicators[2].weight-indicators[2].score|0}分。自评总分{scoreSummary.scoreTotal|2}分，等级为{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}。

五、存在的问题和改进措施

　　（1）下岭桥改造未按期开工。下一步在汛期前完成设计，力争[[2025|年份]]年底前完工。
　　（2）养护资金主要依靠县级财政和省级补助，来源单一。下一步积极争取车购税资金，探索“以工代赈”方式吸纳群众参与养护。

葭坪县交通运输局
2025年3月20日
`,
  bad: {
    a: { new: '7,796', kind: '每公里成本数字颠倒（与养护支出÷里程、自评表实际值不符）', internal: 'yes', relation: '日常养护支出 ÷ 列养里程 = 每公里成本；自评表“实际完成值”另列7769元/公里' },
    b: { new: '1,373', kind: '末位加一', internal: 'no' },
  },
};

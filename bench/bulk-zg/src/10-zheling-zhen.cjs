'use strict';
// 10 葭坪县柘岭镇人民政府——部门整体支出，乡镇，Markdown
// 写法：乡镇干部口语化，“一是…二是…”；镇本级项目与上级专项资金两类（各有使用率，Markdown 表）；
// 约、左右、余、“八成”；村均、户均；汉字计数（十一个、两百余人）；一项按比例得分。
module.exports = {
  id: '10',
  slug: 'zheling-zhen',
  format: 'md',
  kind: 'department',
  level: '乡镇',
  name: '葭坪县柘岭镇人民政府',
  title: '柘岭镇人民政府2024年度部门整体支出绩效自评报告',
  style: '乡镇干部口语化（一是二是）；镇本级与上级专项两类项目各有使用率；约/左右/余/八成；村均、户均；汉字计数；一项按比例得分',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 霁川市葭坪县柘岭镇人民政府 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 葭坪县柘岭镇人民政府
  shortName: 镇政府
  title: 柘岭镇人民政府2024年度部门整体支出绩效自评报告

staffing:
  authorized: 46
  actual: 43
  retired: 21
  controlRate: 93.48

background:
  functions: [乡村振兴和产业发展, 农村人居环境整治, 防汛和地质灾害防治, 基层治理和公共服务]

budget:
  initial: "1864.20"
  adjustments:
    - { type: 追加, amount: "528.60", reason: 上级转移支付 }
    - { type: 压减, amount: 36, reason: 压减一般性支出 }
  total: "2356.80"
  actual: 2298.45
  rate: 97.52
  carryover: 58.35
  sources:
    current: { initial: "1864.20", total: "2356.80", actual: 2298.45 }

basicExpense:
  total: 1127.78
  personnel: "968.90"
  publicUse: 158.88
  budget: "1150.80"

projectExpense:
  total: 1170.67
  budget: 1206

projectGroups:
  - { name: 镇本级项目, budget: 420, actual: 405.57, rate: 96.56 }
  - { name: 上级专项资金, budget: 786, actual: "765.10", rate: 97.34 }

projects:
  - { name: 村级组织运转补助, group: 镇本级项目, total: 186, actual: 186 }
  - { name: 环境卫生保洁, group: 镇本级项目, total: 154, actual: 148.37 }
  - { name: 防汛和地质灾害防治, group: 镇本级项目, total: 80, actual: "71.20" }
  - { name: 乡村振兴衔接资金茶叶加工厂项目, group: 上级专项资金, total: 480, actual: "472.80" }
  - { name: 农村人居环境整治, group: 上级专项资金, total: 206, actual: "198.70" }
  - { name: 高标准农田管护, group: 上级专项资金, total: 100, actual: "93.60" }

threePublic:
  vehicle: { prior: "4.80", budget: 5, actual: 4.26 }
  reception: { prior: 1.12, budget: 1.2, actual: 0.98 }
  overseas: { prior: 0, budget: 0, actual: 0 }
  total: { prior: 5.92, budget: 6.2, actual: 5.24, changeRate: -11.49 }

budgetRate:
  weight: 10
  score: 9.75

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 农村改厕, target: ≥300户, actual: 318户, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 高标准农田管护面积, target: ≥1.2万亩, actual: 1.26万亩, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 村庄保洁覆盖率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 茶叶加工厂建成投产, target: 年内投产, actual: 已投产, weight: 10, score: 10, band: 达成 }
  - level1: 产出指标
    level2: 数量指标
    name: 生活垃圾清运量
    target: ≥5000吨
    actual: 4860吨
    weight: 10
    score: 9.72
    deviation: { reason: 垃圾分类后可回收物单独处置, measure: 调整指标口径 }
  - { level1: 效益指标, level2: 经济效益指标, name: 带动农户, target: ≥1200户, actual: 1260户, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 汛期人员伤亡, target: 零伤亡, actual: 零伤亡, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 集体经济收入10万元以上的村占比, target: ≥80%, actual: 81.82%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 群众满意度, target: ≥85%, actual: 88.6%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 99.47
  grade: 优

achievements:
  - { id: villages, topic: 基层治理, name: 行政村, value: 11, unit: 个 }
  - { id: rich_villages, topic: 基层治理, name: 集体经济收入10万元以上的村, value: 9, unit: 个 }
  - { id: tea_capacity, group: 乡村振兴衔接资金茶叶加工厂项目, topic: 茶产业, name: 茶叶加工厂年加工能力, value: 600, unit: 吨 }
  - { id: tea_households, group: 乡村振兴衔接资金茶叶加工厂项目, topic: 茶产业, name: 带动茶农, value: 1260, unit: 户 }
  - { id: tea_income, group: 乡村振兴衔接资金茶叶加工厂项目, topic: 茶产业, name: 户均增收, value: 3186, unit: 元 }
  - { id: tea_mech, topic: 茶产业, name: 茶园机采比例, value: 81.4, unit: '%' }
  - { id: toilets, group: 农村人居环境整治, topic: 人居环境, name: 农村改厕, value: 318, unit: 户 }
  - { id: garbage, group: 环境卫生保洁, topic: 人居环境, name: 清运生活垃圾, value: 4860, unit: 吨 }
  - { id: farmland, group: 高标准农田管护, topic: 农田, name: 管护高标准农田, value: 1.26, unit: 万亩 }
  - { id: evacuated, group: 防汛和地质灾害防治, topic: 防汛, name: 转移避险群众, value: 236, unit: 人 }

problems:
  - id: garbage
    text: 生活垃圾清运量未达目标
    cause: 可回收物单独处置后未计入
    measure: 调整指标口径
  - id: tea
    text: 茶叶加工厂产能未充分利用
    cause: 鲜叶收购季节性强
    measure: 发展夏秋茶和代加工
`,
  body: `
# 柘岭镇人民政府2024年度部门整体支出绩效自评报告

## 一、基本情况

柘岭镇下辖{achievements@villages.value|c}个行政村，镇政府核定编制{staffing.authorized|0}个（含事业编制），年末在编{staffing.actual|0}人，控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；退休{staffing.retired|0}人。镇里的工作重点一是乡村振兴和茶产业发展，二是农村人居环境整治，三是防汛和地质灾害防治，四是基层治理和公共服务。

## 二、资金收支情况

### （一）总体情况

今年年初预算{budget.initial|2}万元，年中县里下达各类转移支付{budget.adjustments[0].amount|2}万元，按要求压减一般性支出{budget.adjustments[1].amount|2}万元，全年预算{budget.total|2}万元。全年花了{budget.actual|2}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，剩下{budget.carryover|2}万元。

基本支出{basicExpense.total|2}万元，其中人员经费{basicExpense.personnel|2}万元，公用经费{basicExpense.publicUse|2}万元。项目支出{projectExpense.total|2}万元。

### （二）项目资金

| 类别 | 项目 | 预算（万元） | 支出（万元） |
|---|---|---:|---:|
| 镇本级项目 | 村级组织运转补助 | {projects[0].total|2|u=万元} | {projects[0].actual|2|u=万元} |
| | 环境卫生保洁 | {projects[1].total|2|u=万元} | {projects[1].actual|2|u=万元} |
| | 防汛和地质灾害防治 | {projects[2].total|2|u=万元} | {projects[2].actual|2|u=万元} |
| | **小计** | **{projectGroups[0].budget|2|u=万元}** | **{projectGroups[0].actual|2|u=万元}** |
| 上级专项资金 | 乡村振兴衔接资金茶叶加工厂项目 | {projects[3].total|2|u=万元} | {projects[3].actual|2|u=万元} |
| | 农村人居环境整治 | {projects[4].total|2|u=万元} | {projects[4].actual|2|u=万元} |
| | 高标准农田管护 | {projects[5].total|2|u=万元} | {projects[5].actual|2|u=万元} |
| | **小计** | **{projectGroups[1].budget|2|u=万元}** | **{projectGroups[1].actual|2|u=万元}** |

镇本级项目资金使用率{projectGroups[0].rate|2|refs=projectGroups[0].actual;projectGroups[0].budget,#a}%，上级专项资金使用率{projectGroups[1].rate|2|refs=projectGroups[1].actual;projectGroups[1].budget}%。村级组织运转补助按{achievements@villages.value|c}个村平均，村均约{projects[0].actual/achievements@villages.value|0|approx=约}万元。

### （三）“三公”经费

“三公”经费{threePublic.total.actual|2}万元，比上年少了{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%，没有超预算。其中公务用车运行维护{threePublic.vehicle.actual|2}万元，公务接待{threePublic.reception.actual|2}万元，没有因公出国（境）。

## 三、干了哪些事、效果怎么样

**茶产业。** 用乡村振兴衔接资金建起了镇茶叶加工厂，年加工能力{achievements@tea_capacity.value|0|#b}吨，带动茶农{achievements@tea_households.value|0t}户，户均增收{achievements@tea_income.value|=3,200|approx=约}元左右。全镇茶园大约{achievements@tea_mech.value|=八|u=成,approx=成}成实现了机采。

**人居环境。** 完成农村改厕{achievements@toilets.value|0}户，全年清运生活垃圾{achievements@garbage.value|0t}吨，村庄保洁做到全覆盖。

**农田管护。** 管护高标准农田{achievements@farmland.value|2}万亩。

**防汛。** 汛期提前转移避险群众{achievements@evacuated.value|=两百|approx=余,u=人}余人，全镇没有发生人员伤亡。

**集体经济。** {achievements@villages.value|c}个村里有{achievements@rich_villages.value|c}个村集体经济收入超过[[10|指标名称中的门槛金额]]万元，占{achievements@rich_villages.value/achievements@villages.value*100|2}%。

## 四、自评打分

| 指标 | 目标 | 完成 | 分值 | 得分 |
|---|---|---|---:|---:|
| 预算执行率 | — | {budget.rate|2}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate} |
| 农村改厕 | {indicators[0].target||lit} | {indicators[0].actual||lit,refs=achievements@toilets.value} | {indicators[0].weight|0} | {indicators[0].score|0} |
| 高标准农田管护面积 | {indicators[1].target||lit} | {indicators[1].actual||lit,refs=achievements@farmland.value} | {indicators[1].weight|0} | {indicators[1].score|0} |
| 村庄保洁覆盖率 | {indicators[2].target||lit} | {indicators[2].actual||lit} | {indicators[2].weight|0} | {indicators[2].score|0} |
| 茶叶加工厂建成投产 | 年内投产 | 已投产 | {indicators[3].weight|0} | {indicators[3].score|0} |
| 生活垃圾清运量 | {indicators[4].target||lit} | {indicators[4].actual||lit,refs=achievements@garbage.value} | {indicators[4].weight|0} | {indicators[4].score|2} |
| 带动农户 | {indicators[5].target||lit} | {indicators[5].actual||lit,refs=achievements@tea_households.value} | {indicators[5].weight|0} | {indicators[5].score|0} |
| 汛期人员伤亡 | 零伤亡 | 零伤亡 | {indicators[6].weight|0} | {indicators[6].score|0} |
| 集体经济收入达标村占比 | {indicators[7].target||lit} | {indicators[7].actual||lit} | {indicators[7].weight|0} | {indicators[7].score|0} |
| 群众满意度 | {indicators[8].target||lit} | {indicators[8].actual||lit} | {indicators[8].weight|0} | {indicators[8].score|0} |
| 合计 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2} |

垃圾清运量差了一点，按比例得{indicators[4].score|2}分。总分{scoreSummary.scoreTotal|2}分，等级“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。

## 五、问题和打算

一是垃圾清运量没达标。主要是垃圾分类以后，可回收物由回收站直接拉走，没算进清运量。明年调整指标口径。

二是茶叶加工厂产能没有用足。鲜叶收购季节性强，春茶过后设备闲置。下一步发展夏秋茶，承接周边乡镇的代加工。

柘岭镇人民政府
2025年3月
`,
  bad: {
    a: { new: '95.66', kind: '使用率数字颠倒（与小计支出 ÷ 预算不符）', internal: 'yes', relation: '镇本级项目小计 405.57 ÷ 420.00 = 96.56%' },
    b: { new: '318', kind: '换成另一项的数字（改厕户数318）', internal: 'no' },
  },
};

'use strict';
// 10 苕岭县枳塬镇畜牧兽医站——部门，乡镇级，txt
module.exports = {
  format: 'txt',
  level: '乡镇',
  unitName: '苕岭县枳塬镇畜牧兽医站',
  sector: '动物防疫（畜牧兽医）',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 10：苕岭县枳塬镇畜牧兽医站（虚构）。金额单位：万元。
# 全年预算 = 年初 96.80 + 追加 18.40 = 115.20；执行 109.46 = 基本 68.52 + 项目 40.94；结余结转 5.74。
kind: department
version: 2

meta:
  year: 2024
  unit: 苕岭县枳塬镇畜牧兽医站
  shortName: 镇畜牧兽医站
  title: 枳塬镇畜牧兽医站2024年度部门整体支出绩效自评报告

staffing:
  authorized: 8
  actual: 7
  controlRate: 87.50

budget:
  initial: 96.80
  adjustments:
    - { type: 追加, amount: 18.40, reason: 动物疫病防控补助 }
  total: 115.20
  actual: 109.46
  rate: 95.02
  carryover: 5.74
  sources:
    current: { initial: 96.80, total: 115.20, actual: 109.46 }

basicExpense:
  total: 68.52
  personnel: 61.30
  publicUse: 7.22
  budget: 70.00
  prior: 66.10
  changeRate: 3.66

projectExpense:
  total: 40.94
  budget: 45.20
  prior: 52.60
  changeRate: -22.17
  reason: 上年一次性购置冷链设备

projects:
  - { name: 动物强制免疫, total: 26.00, actual: 24.68 }
  - { name: 动物疫病监测和流行病学调查, total: 11.20, actual: 9.86 }
  - { name: 病死畜禽无害化处理补助, total: 8.00, actual: 6.40 }

threePublic:
  reception: { prior: 0.30, budget: 0.20, actual: 0.12 }
  vehicle: { prior: 1.20, budget: 1.20, actual: 1.08 }
  total: { prior: 1.50, budget: 1.40, actual: 1.20 }

budgetRate: { weight: 10, score: 9.50 }

scoreSummary: { weightTotal: 100, scoreTotal: 97.75, grade: 优 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 强制免疫密度, target: ≥95%, actual: 97.8%, weight: 15, score: 15 }
  - level1: 产出指标
    level2: 质量指标
    name: 免疫抗体合格率
    target: ≥90%
    actual: 86.4%
    weight: 15
    score: 14.4
    deviation: { reason: 部分散养户补免不及时 }
  - { level1: 产出指标, level2: 数量指标, name: 监测采样, target: ≥2000份, actual: 2160份, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 病死畜禽无害化处理率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 区域性重大动物疫情, target: 不发生, actual: 未发生, weight: 15, score: 15, band: 达成 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 养殖户防疫知识知晓率
    target: ≥85%
    actual: 78.5%
    weight: 15
    score: 13.85
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 养殖户满意度, target: ≥90%, actual: 90.6%, weight: 10, score: 10 }

achievements:
  - { id: pigs, group: 履职效能, topic: 免疫, name: 生猪免疫, value: 38600, unit: 头次 }
  - { id: cattle, group: 履职效能, topic: 免疫, name: 牛羊免疫, value: 12450, unit: 头次 }
  - { id: poultry, group: 履职效能, topic: 免疫, name: 家禽免疫, value: 21.6, unit: 万羽 }
  - { id: samples, group: 履职效能, topic: 监测, name: 监测采样, value: 2160, unit: 份 }
  - { id: carcass, group: 履职效能, topic: 无害化处理, name: 无害化处理病死猪, value: 236, unit: 头 }
  - { id: farms, group: 社会效应, topic: 服务, name: 服务养殖户, value: 1420, unit: 户 }
  - { id: village_vets, group: 可持续发展能力, topic: 队伍, name: 村级防疫员, value: 16, unit: 名 }
  - { id: licensed, group: 可持续发展能力, topic: 队伍, name: 其中持有执业兽医或乡村兽医证书, value: 11, unit: 名 }
`,
  report: `枳塬镇畜牧兽医站2024年度部门整体支出绩效自评报告

一、站里的基本情况

　　镇畜牧兽医站负责全镇动物防疫、检疫申报点管理、病死畜禽无害化处理监管和畜牧技术推广。编制{staffing.authorized|0}个，实际在岗{staffing.actual|0}人（控制率{staffing.controlRate|1|refs=staffing.actual;staffing.authorized}%）。全镇另有村级防疫员{achievements@village_vets.value|0|refs=achievements@licensed.value}名，其中{achievements@licensed.value|0|refs=achievements@village_vets.value}名持有执业兽医或乡村兽医证书，占{achievements@licensed.value/achievements@village_vets.value*100|=三分之二|style=frac|refs=achievements@licensed.value;achievements@village_vets.value}以上。

二、钱是怎么花的

　　年初预算{budget.initial|2}万元，下半年县里追加防控补助{budget.adjustments[0].amount|2}万元，全年预算{budget.total|2}万元。全年一共花了{budget.actual|2}万，剩下{budget.carryover|2}万元结转到下年，执行率{budget.rate|2|refs=budget.actual;budget.total}%。

@@table
支出 | 本年 | 上年 | 变化
基本支出 | {basicExpense.total|2|u=万元|refs=budget.actual} | {basicExpense.prior|2|u=万元} | 增长{basicExpense.changeRate|2|refs=basicExpense.total;basicExpense.prior}%
项目支出 | {projectExpense.total|2|u=万元|refs=budget.actual} | {projectExpense.prior|2|u=万元} | 下降{-projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior|#a=12.17~降幅改错一位（(40.94 − 52.60) ÷ 52.60 = −22.17%；正文“少了11.66万元”）~yes~变动率}%
合计 | {budget.actual|2|u=万元|refs=basicExpense.total;projectExpense.total} | {basicExpense.prior+projectExpense.prior|2|u=万元|refs=basicExpense.prior;projectExpense.prior} | 
@@end

　　（上表单位：万元）基本支出里，人员经费{basicExpense.personnel|2|refs=basicExpense.total}万元，公用经费{basicExpense.publicUse|2|refs=basicExpense.total}万元。项目支出比上年少了{projectExpense.prior-projectExpense.total|2|refs=projectExpense.prior;projectExpense.total}万元，减少约{-projectExpense.changeRate|=两成|style=cheng|approx=约|refs=projectExpense.total;projectExpense.prior}，主要是上年一次性购置了冷链设备。
　　项目支出分三块：一是强制免疫{projects[0].actual|2|refs=projectExpense.total}万元，占项目支出的{projects[0].actual/projectExpense.total*100|=六成|style=cheng|refs=projects[0].actual;projectExpense.total}；二是疫病监测和流调{projects[1].actual|2|refs=projectExpense.total}万元；三是病死畜禽无害化处理补助{projects[2].actual|2|refs=projectExpense.total}万元，只用了预算的{projects[2].actual/projects[2].total*100|=八成|style=cheng|refs=projects[2].actual;projects[2].total}，因为全年病死畜禽比预计的少。
　　“三公”经费只有公务用车运行维护和公务接待两项，合计{threePublic.total.actual|2|refs=threePublic.reception.actual;threePublic.vehicle.actual}万元，其中公务接待{threePublic.reception.actual|2|refs=threePublic.total.actual}万元，公务用车{threePublic.vehicle.actual|2|refs=threePublic.total.actual}万元，比上年合计的{threePublic.total.prior|2}万元少了{threePublic.total.prior-threePublic.total.actual|2|refs=threePublic.total.prior;threePublic.total.actual}万元。

三、干了哪些事

　　1.免疫。春秋两季集中免疫，加上每月补免，全年生猪免疫{achievements@pigs.value|0t}头次、牛羊{achievements@cattle.value|0t}头次、家禽{achievements@poultry.value|1}万羽，强制免疫密度{indicators[0].actual|lit}，按生猪和牛羊免疫头次折算，每头次成本约{projects[0].actual*10000/(achievements@pigs.value+achievements@cattle.value)|1|approx=约|refs=projects[0].actual;achievements@pigs.value;achievements@cattle.value}元（含疫苗运输和耗材，未计家禽）。抗体合格率{indicators[1].actual|lit}，离{indicators[1].target|=90|lit}%还差一点，主要是散养户补免不及时。
　　2.监测。采集血清和病原学样品{achievements@samples.value|0t|refs=indicators[2].actual}份，完成县里下达任务。
　　3.无害化处理。收集处理病死猪{achievements@carcass.value|=两百|cn|approx=余|#b=三百~汉字约数改错（“三百余头”，数据为236头）~no}余头，处理率{indicators[3].actual|lit}。全年没有发生区域性重大动物疫情。
　　4.服务养殖户。走村入户服务养殖户{achievements@farms.value|0t}户，开了[[8|培训场次（数据中无此项）]]场培训会。防疫知识知晓率{indicators[5].actual|lit}，没达到目标；养殖户满意度{indicators[6].actual|lit}，约{num(indicators[6].actual)|=九成|style=cheng|approx=约|refs=indicators[6].actual}。

四、自评打分

@@table
指标 | 目标 | 完成 | 分值 | 得分
预算执行率 | [[100|执行率目标值]]% | {budget.rate|2|refs=budget.actual;budget.total}% | {budgetRate.weight|0} | {budgetRate.score|2|refs=budget.rate;budgetRate.weight}
强制免疫密度 | {indicators[0].target|lit} | {indicators[0].actual|lit} | {indicators[0].weight|0} | {indicators[0].score|0|refs=scoreSummary.scoreTotal}
免疫抗体合格率 | {indicators[1].target|lit} | {indicators[1].actual|lit} | {indicators[1].weight|0} | {indicators[1].score|1|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target}
监测采样 | {indicators[2].target|lit} | {indicators[2].actual|lit} | {indicators[2].weight|0} | {indicators[2].score|0|refs=scoreSummary.scoreTotal}
病死畜禽无害化处理率 | {indicators[3].target|lit} | {indicators[3].actual|lit} | {indicators[3].weight|0} | {indicators[3].score|0|refs=scoreSummary.scoreTotal}
区域性重大动物疫情 | 不发生 | 未发生 | {indicators[4].weight|0} | {indicators[4].score|0|refs=scoreSummary.scoreTotal}
养殖户防疫知识知晓率 | {indicators[5].target|lit} | {indicators[5].actual|lit} | {indicators[5].weight|0} | {indicators[5].score|2|refs=scoreSummary.scoreTotal;indicators[5].actual;indicators[5].target}
养殖户满意度 | {indicators[6].target|lit} | {indicators[6].actual|lit} | {indicators[6].weight|0} | {indicators[6].score|0|refs=scoreSummary.scoreTotal}
总分 | | | {scoreSummary.weightTotal|0} | {scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}
@@end

　　自评{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}。

五、问题和打算

　　一是散养户补免跟不上。散养户多、分散，防疫员人手紧。打算明年按片区包干，每名防疫员负责[[3|村数（数据中无此项）]]到[[4|村数（数据中无此项）]]个村。
　　二是宣传不到位。知晓率偏低，老年养殖户看不懂明白纸。打算改用村广播和上门讲解。

　　枳塬镇畜牧兽医站
　　2025年3月28日
`,
};

'use strict';
// 12 澄泖省生态环境监测中心——部门，省级，docx
const P = (p, h) => ({ p, h });
module.exports = {
  format: 'docx',
  level: '省',
  unitName: '澄泖省生态环境监测中心',
  sector: '生态环境监测',
  title: '澄泖省生态环境监测中心2024年度部门整体支出绩效自评报告',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 12：澄泖省生态环境监测中心（虚构）。金额单位：万元。
# 全年预算 = 年初 18,640.00 + 追加 4,286.50 + 上年结转 1,120.00 = 24,046.50；
# 执行 21,358.72 = 基本 4,862.35 + 项目 16,496.37；结余结转 2,687.78。
kind: department
version: 2

meta:
  year: 2024
  unit: 澄泖省生态环境监测中心
  shortName: 省监测中心
  title: 澄泖省生态环境监测中心2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 186
  actual: 172
  retired: 64
  controlRate: 92.47

budget:
  initial: "18,640.00"
  adjustments:
    - { type: 追加, amount: "4,286.50", reason: 地表水自动站运维和新污染物监测 }
    - { type: 追加, amount: "1,120.00", reason: 上年结转 }
  total: "24,046.50"
  actual: "21,358.72"
  rate: 88.82
  carryover: "2,687.78"
  sources:
    current: { initial: "18,640.00", total: "22,926.50", actual: "20,415.36" }
    prior: { total: "1,120.00", actual: "943.36" }

basicExpense:
  total: "4,862.35"
  personnel: "4,108.90"
  publicUse: "753.45"
  budget: "4,900.00"

projectExpense:
  total: "16,496.37"
  budget: "19,146.50"

projects:
  - { name: 地表水自动监测站运维, total: "7,860.00", actual: "7,412.66" }
  - { name: 环境空气质量监测网运行, total: "5,420.00", actual: "5,108.21" }
  - { name: 新污染物和土壤监测, total: "3,286.50", actual: "2,151.30" }
  - { name: 监测能力建设, total: "2,580.00", actual: "1,824.20" }

threePublic:
  reception: { prior: 5.20, budget: 4.80, actual: 3.96 }
  vehicle: { prior: 68.40, budget: 65.00, actual: 61.26 }
  overseas: { prior: 0, budget: 12.00, actual: 0 }
  total: { prior: 73.60, budget: 81.80, actual: 65.22, changeRate: -11.39 }

procurement:
  budget: "4,260.00"
  actual: "3,318.64"
  goods: { budget: "2,580.00", actual: "1,824.20" }
  works: { budget: 0, actual: 0 }
  services: { budget: "1,680.00", actual: "1,494.44" }

budgetRate: { weight: 10, score: 8.88 }

scoreSummary: { weightTotal: 100, scoreTotal: 87.13, grade: 良 }

indicators:
  - { level1: 产出指标, level2: 质量指标, name: 自动监测站运行率, target: ≥95%, actual: 96.8%, weight: 15, score: 15 }
  - level1: 产出指标
    level2: 数量指标
    name: 新污染物监测点位
    target: ≥200个
    actual: 60个
    weight: 10
    score: 3
    deviation: { reason: 国家新污染物监测技术规范年末才印发, measure: 次年一季度完成布点 }
  - level1: 产出指标
    level2: 数量指标
    name: 出具监测报告
    target: ≥2400份
    actual: 2052份
    weight: 10
    score: 8.55
  - level1: 产出指标
    level2: 时效指标
    name: 能力建设设备到货率
    target: ≥95%
    actual: 70.7%
    weight: 10
    score: 7.44
    deviation: { reason: 两台进口质谱仪供货延迟 }
  - { level1: 产出指标, level2: 成本指标, name: 地表水自动站单站年运维成本, target: ≤42万元, actual: 39.85万元, weight: 5, score: 5, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 监测数据有效率, target: ≥90%, actual: 94.6%, weight: 15, score: 15 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 国家监测质量控制考核, target: 通过, actual: 通过, weight: 15, score: 15, band: 达成 }
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 生态环境部门用户满意度
    target: ≥95%
    actual: 88.0%
    weight: 10
    score: 9.26

achievements:
  - { id: water_stations, group: 履职效能, topic: 站网, name: 地表水自动监测站, value: 186, unit: 个 }
  - { id: air_stations, group: 履职效能, topic: 站网, name: 空气质量自动监测站, value: 226, unit: 个 }
  - { id: records, group: 履职效能, topic: 数据, name: 获取监测数据, value: 1.26, unit: 亿条 }
  - { id: reports, group: 履职效能, topic: 报告, name: 出具监测报告, value: 2052, unit: 份 }
  - { id: np_points, group: 履职效能, topic: 新污染物, name: 新污染物监测点位, value: 60, unit: 个 }
  - { id: good_air, group: 社会效应, topic: 环境质量, name: 设区市空气质量优良天数比率, value: 91.3, unit: '%', prior: 89.6 }
  - { id: good_water, group: 社会效应, topic: 环境质量, name: 国控断面水质优良比例, value: 93.5, unit: '%' }
`,
  blocks: [
    { p: '澄泖省生态环境监测中心2024年度部门整体支出绩效自评报告', h: 0, center: true },
    P('报告摘要', 1),
    P('全年预算{budget.total|2t}万元（约{budget.total/10000|2|approx=约}亿元），实际支出{budget.actual/10000|4|refs=budget.actual}亿元，预算执行率{budget.rate|1|refs=budget.actual;budget.total}%；自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}”。新污染物监测布点和设备购置进度慢，是执行率不足{budget.rate|=九成|style=cheng|approx=不足|refs=budget.actual;budget.total}的主要原因。'),
    P('第一部分　部门概况', 1),
    P('中心为省生态环境厅直属公益一类事业单位，承担全省生态环境质量监测、污染源监督性监测、监测质量控制和数据综合分析。核定编制{staffing.authorized|0}名，年末在职{staffing.actual|0}人，控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%，离退休人员{staffing.retired|0}人。中心负责运维地表水自动监测站{achievements@water_stations.value|0}个、空气质量自动监测站{achievements@air_stations.value|0}个。'),
    P('第二部分　预算执行情况', 1),
    P('① 预算调整。年初预算{budget.initial|2t}万元；年中追加{budget.adjustments[0].amount|2t}万元，用于地表水自动站运维和新污染物监测；上年结转{budget.adjustments[1].amount|2t}万元。'),
    P('② 支出结构。全年支出{budget.actual|2t}万元，其中基本支出{basicExpense.total|2t|refs=budget.actual}万元（人员经费{basicExpense.personnel|2t|refs=basicExpense.total}万元，公用经费{basicExpense.publicUse|2|refs=basicExpense.total}万元），项目支出{projectExpense.total|2t|refs=budget.actual}万元，占{projectExpense.total/budget.actual*100|2|refs=projectExpense.total;budget.actual}%。按资金来源，当年财政拨款支出{budget.sources.current.actual|2t|refs=budget.actual}万元，上年结转资金支出{budget.sources.prior.actual|2|refs=budget.actual}万元。年末结余结转{budget.carryover|2t|refs=budget.total;budget.actual}万元。'),
    { table: [
      ['项目', '全年预算（万元）', '实际支出（万元）', '执行率'],
      ['地表水自动监测站运维', '{projects[0].total|2t|u=万元}', '{projects[0].actual|2t|u=万元|refs=projectExpense.total}', '{projects[0].actual/projects[0].total*100|2|refs=projects[0].actual;projects[0].total}%'],
      ['环境空气质量监测网运行', '{projects[1].total|2t|u=万元}', '{projects[1].actual|2t|u=万元|refs=projectExpense.total}', '{projects[1].actual/projects[1].total*100|2|refs=projects[1].actual;projects[1].total}%'],
      ['新污染物和土壤监测', '{projects[2].total|2t|u=万元}', '{projects[2].actual|2t|u=万元|refs=projectExpense.total}', '{projects[2].actual/projects[2].total*100|2|refs=projects[2].actual;projects[2].total}%'],
      ['监测能力建设', '{projects[3].total|2t|u=万元}', '{projects[3].actual|2t|u=万元|refs=projectExpense.total;procurement.goods.actual}', '{projects[3].actual/projects[3].total*100|2|refs=projects[3].actual;projects[3].total}%'],
      ['项目支出合计', '{projectExpense.budget|2t|u=万元}', '{projectExpense.total|2t|u=万元|refs=budget.actual}', '{projectExpense.total/projectExpense.budget*100|2|refs=projectExpense.total;projectExpense.budget}%'],
    ] },
    P('③ “三公”经费。全年{threePublic.total.actual|2|refs=threePublic.total.prior}万元，比上年的{threePublic.total.prior|2}万元下降{-threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%。公务用车运行维护费{threePublic.vehicle.actual|2|refs=threePublic.total.actual}万元，公务接待费{threePublic.reception.actual|2|refs=threePublic.total.actual}万元；原计划的因公出国（境）交流取消，预算{threePublic.overseas.budget|2}万元未使用。'),
    P('④ 政府采购。采购预算{procurement.budget|2t}万元，实际采购{procurement.actual|2t|refs=procurement.goods.actual;procurement.services.actual}万元，其中货物类{procurement.goods.actual|2t|refs=procurement.actual}万元、服务类{procurement.services.actual|2t|refs=procurement.actual}万元，无工程类采购。'),
    P('第三部分　绩效目标完成情况', 1),
    P('（一）监测站网运行。自动监测站运行率{indicators[0].actual|lit}，全年获取监测数据约{achievements@records.value|2|approx=约}亿条，数据有效率{indicators[5].actual|lit}。地表水自动站单站年运维成本{projects[0].actual/achievements@water_stations.value|2|refs=projects[0].actual;achievements@water_stations.value;indicators[4].actual}万元，低于{indicators[4].target|=42|lit}万元的控制标准。'),
    P('（二）监测报告和新污染物监测。出具各类监测报告{achievements@reports.value|0t|refs=indicators[2].actual}份，为目标的{num(indicators[2].actual)/num(indicators[2].target)*100|1|refs=indicators[2].actual;indicators[2].target}%。新污染物监测点位只建成{achievements@np_points.value|0|refs=indicators[1].actual}个，完成目标的{num(indicators[1].actual)/num(indicators[1].target)*100|=三成|style=cheng|refs=indicators[1].actual;indicators[1].target}，原因是国家技术规范年末才印发。'),
    P('（三）环境质量。全省设区市空气质量优良天数比率{achievements@good_air.value|1}%，比上年提高{achievements@good_air.value-achievements@good_air.prior|1|refs=achievements@good_air.value;achievements@good_air.prior}个百分点；国控断面水质优良比例{achievements@good_water.value|1|#b=95.3~比率数字颠倒~no}%。中心连续通过国家监测质量控制考核，获评“全国生态环境监测[[3|名称中的数字]]A级实验室”。'),
    P('第四部分　自评结果', 1),
    { table: [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['预算执行', '预算执行率', '[[100|执行率目标值]]%', '{budget.rate|2|refs=budget.actual;budget.total}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate;budgetRate.weight|#a=8.28~预算执行率得分改错（88.82% × 10 = 8.88；与总分87.13不符）~yes~得分与执行率、总分}'],
      ['产出指标', '自动监测站运行率', '{indicators[0].target|lit}', '{indicators[0].actual|lit}', '{indicators[0].weight|0}', '{indicators[0].score|0|refs=scoreSummary.scoreTotal}'],
      ['产出指标', '新污染物监测点位', '{indicators[1].target|lit}', '{indicators[1].actual|lit}', '{indicators[1].weight|0}', '{indicators[1].score|0|refs=scoreSummary.scoreTotal;indicators[1].actual;indicators[1].target}'],
      ['产出指标', '出具监测报告', '{indicators[2].target|lit}', '{indicators[2].actual|lit}', '{indicators[2].weight|0}', '{indicators[2].score|2|refs=scoreSummary.scoreTotal;indicators[2].actual;indicators[2].target}'],
      ['产出指标', '能力建设设备到货率', '{indicators[3].target|lit}', '{indicators[3].actual|lit}', '{indicators[3].weight|0}', '{indicators[3].score|2|refs=scoreSummary.scoreTotal;indicators[3].actual;indicators[3].target}'],
      ['产出指标', '地表水自动站单站年运维成本', '{indicators[4].target|lit}', '{indicators[4].actual|lit}', '{indicators[4].weight|0}', '{indicators[4].score|0|refs=scoreSummary.scoreTotal}'],
      ['效益指标', '监测数据有效率', '{indicators[5].target|lit}', '{indicators[5].actual|lit}', '{indicators[5].weight|0}', '{indicators[5].score|0|refs=scoreSummary.scoreTotal}'],
      ['效益指标', '国家监测质量控制考核', '通过', '通过', '{indicators[6].weight|0}', '{indicators[6].score|0|refs=scoreSummary.scoreTotal}'],
      ['满意度指标', '生态环境部门用户满意度', '{indicators[7].target|lit}', '{indicators[7].actual|lit}', '{indicators[7].weight|0}', '{indicators[7].score|2|refs=scoreSummary.scoreTotal;indicators[7].actual;indicators[7].target}'],
      ['合计', '', '', '', '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}'],
    ] },
    P('第五部分　存在的问题和改进措施', 1),
    P('① 预算执行率偏低。新污染物监测和设备购置进度慢，年末结转较多。改进措施：新污染物监测点位在次年一季度完成布点，进口设备采购提前到上半年启动。'),
    P('② 用户满意度未达目标。部分市县反映数据共享不及时。改进措施：上线监测数据共享平台，数据生成后[[24|小时数（数据中无此项）]]小时内推送。'),
    P('结语：本年度中心实际支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，自评{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}”。'),
  ],
};

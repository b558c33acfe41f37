'use strict';
// 09 棠沅市杉口区人民法院——部门整体支出，区级，Word
// 写法：法院工作报告口吻；收案同比、结案率、员额法官人均结案；诉前调解“翻了一番”；
// “三公”经费两级表头（Word 表格横向、纵向合并），车辆购置使“三公”合计增长；缓减免诉讼费（万元）。
const T = (t, o) => ({ t, ...o });
module.exports = {
  id: '09',
  slug: 'shankou-fayuan',
  format: 'docx',
  kind: 'department',
  level: '区',
  name: '棠沅市杉口区人民法院',
  title: '杉口区人民法院2024年度部门整体支出绩效自评报告',
  style: '法院口吻；收案同比、结案率、人均结案；翻了一番；“三公”两级表头（Word 合并单元格）；车辆购置致“三公”增长；一项未达成',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 棠沅市杉口区人民法院 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 棠沅市杉口区人民法院
  shortName: 区法院
  title: 杉口区人民法院2024年度部门整体支出绩效自评报告

staffing:
  authorized: 118
  actual: 109
  retired: 41
  controlRate: 92.37

background:
  functions: [审理刑事民事行政案件, 执行生效裁判, 诉讼服务和多元解纷, 司法救助]

budget:
  initial: 5286
  adjustments:
    - { type: 追加, amount: 412, reason: 办案经费 }
    - { type: 追加, amount: "96.50", reason: 上年结转 }
  total: "5794.50"
  actual: 5702.18
  rate: 98.41
  carryover: 92.32
  sources:
    current: { initial: 5286, total: 5698, actual: 5605.68 }
    prior: { initial: 0, total: "96.50", actual: "96.50" }

basicExpense:
  total: 3986.42
  personnel: 3412.65
  publicUse: 573.77
  prior: 3870.15
  changeRate: 3

projectExpense:
  total: 1715.76
  prior: "1630.40"
  changeRate: 5.24

projects:
  - { name: 办案业务经费, actual: "986.30" }
  - { name: 智慧法院建设, actual: 412.56 }
  - { name: 诉讼服务中心运行, actual: "186.90" }
  - { name: 司法救助, actual: 130 }

threePublic:
  vehicle: { prior: "31.20", budget: 60, actual: 56.44, changeRate: 80.9 }
  vehiclePurchase: { prior: 0, budget: 28, actual: "26.80" }
  vehicleOperation: { prior: "31.20", budget: 32, actual: 29.64, changeRate: -5 }
  reception: { prior: "2.10", budget: 2.5, actual: 1.86, changeRate: -11.43 }
  total: { prior: "33.30", budget: 62.5, actual: "58.30", changeRate: 75.08, reason: 更新一辆执法执勤用车 }

procurement:
  budget: 468
  actual: 452.37
  goods: { budget: 310, actual: "298.40" }
  services: { budget: 158, actual: 153.97 }

budgetRate:
  weight: 10
  score: 9.84

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 审结案件, target: ≥9000件, actual: 9512件, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 结案率, target: ≥95%, actual: 96.43%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 质量指标, name: 一审服判息诉率, target: ≥90%, actual: 91.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 平均审理天数, target: ≤45天, actual: 41.3天, weight: 10, score: 10, direction: negative }
  - level1: 产出指标
    level2: 数量指标
    name: 司法救助案件
    target: ≥65件
    actual: 52件
    weight: 10
    score: 8
    deviation: { reason: 符合救助条件的申请少于预期, measure: 加强救助政策宣传 }
  - { level1: 效益指标, level2: 社会效益指标, name: 执行到位金额, target: ≥4亿元, actual: 4.82亿元, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 诉前调解成功, target: ≥2000件, actual: 2360件, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 网上立案率, target: ≥70%, actual: 78.5%, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 当事人满意度, target: ≥90%, actual: 92.2%, weight: 10, score: 10 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 97.84
  grade: 优

achievements:
  - { id: filed, topic: 审判执行, name: 受理案件, value: 9864, unit: 件, prior: 8710, changeRate: 13.25 }
  - { id: closed, topic: 审判执行, name: 审结案件, value: 9512, unit: 件 }
  - { id: judges, topic: 审判执行, name: 员额法官, value: 42, unit: 名 }
  - { id: clerks, topic: 审判执行, name: 聘用制书记员, value: 36, unit: 人 }
  - { id: enforced, topic: 审判执行, name: 执行到位金额, value: 4.82, unit: 亿元 }
  - { id: mediation, topic: 多元解纷, name: 诉前调解成功, value: 2360, unit: 件, prior: 1150 }
  - { id: aid_cases, group: 司法救助, topic: 司法救助, name: 办理司法救助案件, value: 52, unit: 件 }
  - { id: fee_relief, topic: 司法救助, name: 缓减免诉讼费, value: 286.5, unit: 万元 }

problems:
  - id: aid
    text: 司法救助案件少于目标
    cause: 符合条件的申请少于预期
    measure: 加强救助政策宣传
  - id: cars
    text: “三公”经费比上年增长
    cause: 更新一辆执法执勤用车
    measure: 严格公务用车使用管理
`,
  blocks: [
    ['title', '杉口区人民法院2024年度部门整体支出绩效自评报告'],
    ['h1', '一、部门概况'],
    ['p', '杉口区人民法院依法审理辖区内刑事、民事、行政案件，执行生效裁判，开展诉讼服务和多元解纷工作。核定政法专项编制{staffing.authorized|0}名，年末实有在编人员{staffing.actual|0}人，人员控制率{staffing.controlRate|2|refs=staffing.actual;staffing.authorized}%；另有聘用制书记员{achievements@clerks.value|0}人，退休人员{staffing.retired|0}人。'],
    ['h1', '二、部门整体支出情况'],
    ['h2', '（一）预算收支'],
    ['p', '年初预算{budget.initial|2}万元，年中追加办案经费{budget.adjustments[0].amount|2}万元，加上上年结转{budget.sources.prior.total|2}万元，全年预算{budget.total|2}万元。全年支出{budget.actual|2}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%，年末结转{budget.carryover|2}万元。'],
    ['p', '基本支出{basicExpense.total|2}万元，比上年增长{basicExpense.changeRate|2|refs=basicExpense.total;basicExpense.prior}%，其中人员经费{basicExpense.personnel|2}万元、公用经费{basicExpense.publicUse|2}万元。项目支出{projectExpense.total|2}万元，比上年的{projectExpense.prior|2}万元增长{projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior}%，包括办案业务经费{projects[0].actual|2}万元、智慧法院建设{projects[1].actual|2}万元、诉讼服务中心运行{projects[2].actual|2}万元、司法救助{projects[3].actual|2}万元。'],
    ['h2', '（二）“三公”经费'],
    ['table', {
      widths: [2800, 1500, 1500, 1500, 1500],
      rows: [
        [T('项目', { vm: 'r' }), T('上年决算（万元）', { vm: 'r' }), T('本年（万元）', { span: 2 }), T('决算同比', { vm: 'r' })],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '预算', '决算', T('', { vm: 'c' })],
        ['公务用车购置费', '{threePublic.vehiclePurchase.prior|0|u=万元}', '{threePublic.vehiclePurchase.budget|2|u=万元}', '{threePublic.vehiclePurchase.actual|2|u=万元}', '—'],
        ['公务用车运行维护费', '{threePublic.vehicleOperation.prior|2|u=万元}', '{threePublic.vehicleOperation.budget|2|u=万元}', '{threePublic.vehicleOperation.actual|2|u=万元}', '{threePublic.vehicleOperation.changeRate|2|refs=threePublic.vehicleOperation.actual;threePublic.vehicleOperation.prior}%'],
        ['公务接待费', '{threePublic.reception.prior|2|u=万元}', '{threePublic.reception.budget|2|u=万元}', '{threePublic.reception.actual|2|u=万元}', '{threePublic.reception.changeRate|2|refs=threePublic.reception.actual;threePublic.reception.prior}%'],
        ['合计', '{threePublic.total.prior|2|u=万元}', '{threePublic.total.budget|2|u=万元}', '{threePublic.total.actual|2|u=万元}', '{threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%'],
      ],
    }],
    ['p', '“三公”经费比上年增长，原因是按规定更新一辆执法执勤用车，购置费{threePublic.vehiclePurchase.actual|2}万元；扣除购置费后，运行维护费和接待费均比上年下降。因公出国（境）费为零。'],
    ['h2', '（三）政府采购'],
    ['p', '政府采购预算{procurement.budget|2}万元，实际采购{procurement.actual|2}万元，其中货物类{procurement.goods.actual|2}万元、服务类{procurement.services.actual|2}万元，均通过政府采购平台实施。'],
    ['h1', '三、部门履职和绩效情况'],
    ['h2', '（一）审判执行'],
    ['p', '全年受理各类案件{achievements@filed.value|0t|#a}件，同比增长{achievements@filed.changeRate|2|refs=achievements@filed.value}%；审结{achievements@closed.value|0t}件，结案率{achievements@closed.value/achievements@filed.value*100|2}%。员额法官{achievements@judges.value|0}名，人均结案{achievements@closed.value/achievements@judges.value|2}件。执行到位金额{achievements@enforced.value|2}亿元。平均审理天数{indicators[3].actual||lit}，一审服判息诉率{indicators[2].actual||lit}。'],
    ['h2', '（二）诉讼服务和多元解纷'],
    ['p', '诉前调解成功{achievements@mediation.value|0t}件，上年为{achievements@mediation.prior|0t}件，翻了{achievements@mediation.value/achievements@mediation.prior|=一|u=番,approx=约}番。网上立案率{indicators[7].actual||lit}。'],
    ['h2', '（三）司法救助'],
    ['p', '办理司法救助案件{achievements@aid_cases.value|0}件，低于{indicators[4].target|=65|lit}件的年度目标；为困难当事人缓减免诉讼费{achievements@fee_relief.value|1|#b}万元。'],
    ['h2', '（四）满意度'],
    ['p', '委托第三方随机回访当事人，满意度为{indicators[8].actual||lit}。'],
    ['h1', '四、自评结果'],
    ['table', {
      widths: [1200, 1400, 2000, 1300, 1300, 800, 800],
      rows: [
        ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'],
        [T('预算执行率', { span: 3 }), '—', '{budget.rate|2}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate}'],
        [T('产出指标', { vm: 'r' }), T('数量指标', { vm: 'r' }), '审结案件', '{indicators[0].target||lit}', '{indicators[0].actual||lit,refs=achievements@closed.value}', '{indicators[0].weight|0}', '{indicators[0].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '司法救助案件', '{indicators[4].target||lit}', '{indicators[4].actual||lit,refs=achievements@aid_cases.value}', '{indicators[4].weight|0}', '{indicators[4].score|0}'],
        [T('', { vm: 'c' }), T('质量指标', { vm: 'r' }), '结案率', '{indicators[1].target||lit}', '{indicators[1].actual||lit,refs=achievements@closed.value}', '{indicators[1].weight|0}', '{indicators[1].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '一审服判息诉率', '{indicators[2].target||lit}', '{indicators[2].actual||lit}', '{indicators[2].weight|0}', '{indicators[2].score|0}'],
        [T('', { vm: 'c' }), '时效指标', '平均审理天数', '{indicators[3].target||lit}', '{indicators[3].actual||lit}', '{indicators[3].weight|0}', '{indicators[3].score|0}'],
        [T('效益指标', { vm: 'r' }), T('社会效益指标', { vm: 'r' }), '执行到位金额', '{indicators[5].target||lit}', '{indicators[5].actual||lit,refs=achievements@enforced.value}', '{indicators[5].weight|0}', '{indicators[5].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '诉前调解成功', '{indicators[6].target||lit}', '{indicators[6].actual||lit,refs=achievements@mediation.value}', '{indicators[6].weight|0}', '{indicators[6].score|0}'],
        [T('', { vm: 'c' }), '可持续影响指标', '网上立案率', '{indicators[7].target||lit}', '{indicators[7].actual||lit}', '{indicators[7].weight|0}', '{indicators[7].score|0}'],
        ['满意度指标', '服务对象满意度指标', '当事人满意度', '{indicators[8].target||lit}', '{indicators[8].actual||lit}', '{indicators[8].weight|0}', '{indicators[8].score|0}'],
        [T('总分', { span: 5 }), '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2}'],
      ],
    }],
    ['p', '司法救助案件未达到目标，按完成比例得{indicators[4].score|0}分。自评总分{scoreSummary.scoreTotal|2}分，评定为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。'],
    ['h1', '五、存在的问题及改进措施'],
    ['p', '（一）司法救助案件少于目标。符合救助条件的申请少于预期。下一步通过诉讼服务中心、村（社区）法官工作站加强救助政策宣传。'],
    ['p', '（二）“三公”经费比上年增长。主要是车辆更新所致。下一步严格公务用车使用管理，运行维护费继续压减。'],
    ['pr', '棠沅市杉口区人民法院'],
    ['pr', '2025年3月31日'],
  ],
  bad: {
    a: { new: '9,846', kind: '受理数数字颠倒（与同比增长率、结案率不符）', internal: 'yes', relation: '9,512 ÷ 9,864 = 96.43%（结案率）；同比增长13.25%' },
    b: { new: '286.5', newUnit: '元', kind: '单位写错（万元→元）', internal: 'no' },
  },
};

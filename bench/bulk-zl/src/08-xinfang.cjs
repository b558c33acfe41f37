'use strict';
// 08 荇洲市信访局（部门整体，市级，PDF：由 Word 转出）
const data = {
  kind: 'department',
  version: 2,
  meta: { year: 2024, unit: '荇洲市信访局', shortName: '市信访局', title: '荇洲市信访局2024年度部门整体支出绩效自评报告', thousands: true },
  staffing: { authorized: 45, actual: 42, priorActual: 43, retired: 17, changeReason: '调出1人', controlRate: 93.33 },
  background: {
    functions: ['群众来信来访受理和交办', '信访积案化解', '网上信访平台运维', '信访工作督查考核'],
    organization: ['办公室', '来访接待科', '网上信访科', '督查督办科', '复查复核科'],
  },
  budget: {
    initial: 1826.4,
    adjustments: [
      { type: '追加', amount: 286, reason: '信访积案化解专项' },
      { type: '压减', amount: 72.4, reason: '压减一般性支出' },
    ],
    total: 2040,
    actual: 1987.66,
    carryover: 52.34,
  },
  basicExpense: { total: 1134.58, personnel: 976.3, publicUse: 158.28, budget: 1150, prior: 1152.96, changeRate: -1.59 },
  projectExpense: { total: 853.08, budget: 890, prior: 796.44, changeRate: 7.11, reason: '追加积案化解专项' },
  projects: [
    { name: '信访积案化解专项', initial: 200, adjustment: 286, total: 486, actual: 472.35 },
    { name: '网上信访平台运维', initial: 186.4, total: 150, actual: 142.87 },
    { name: '律师参与信访接待', initial: 160, total: 136, actual: 130.56 },
    { name: '信访事项第三方评估', initial: 130, total: 118, actual: 107.3 },
  ],
  threePublic: {
    vehicle: { prior: 8.64, budget: 9, actual: 7.38, changeRate: -14.58 },
    vehicleOperation: { prior: 8.64, budget: 9, actual: 7.38, changeRate: -14.58 },
    reception: { prior: 2.1, budget: 2.4, actual: 1.85, changeRate: -11.9 },
    total: { prior: 10.74, budget: 11.4, actual: 9.23, changeRate: -14.06 },
  },
  budgetRate: { weight: 10, score: 9.74 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.2, grade: '优' },
  goals: { expected: ['信访事项依法及时就地解决，信访秩序持续好转'] },
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '信访事项按期受理率', target: '100%', actual: '99.6%', weight: 10, score: 9.96,
      deviation: { reason: '个别跨区域事项转办超期', measure: '建立跨区域转办提醒' } },
    { level1: '产出指标', level2: '数量指标', name: '化解信访积案', target: '120件', actual: '114件', weight: 10, score: 9.5,
      deviation: { reason: '6件积案涉及司法程序尚未终结', measure: '程序终结后跟进化解' } },
    { level1: '产出指标', level2: '质量指标', name: '信访事项按期办结率', target: '≥95%', actual: '97.2%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '网上信访平均办理时长', target: '≤30天', actual: '22天', weight: 10, score: 10, direction: 'negative' },
    { level1: '产出指标', level2: '数量指标', name: '律师参与接待', target: '≥1000人次', actual: '1184人次', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '信访总量下降率', target: '≥5%', actual: '6.8%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '重复信访率', target: '≤10%', actual: '7.9%', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '可持续影响指标', name: '网上信访占比', target: '≥70%', actual: '74.5%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '信访群众满意度', target: '≥90%', actual: '91.7%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'visits', group: '履职效能', topic: '来访接待', name: '接待群众来访', value: 1.26, unit: '万人次', changeRate: -9.4 },
    { id: 'volume', group: '社会效应', topic: '信访总量', name: '信访总量', value: 2.87, unit: '万件次', changeRate: -6.8 },
    { id: 'rank', group: '履职效能', topic: '考核', name: '全省信访工作考核名次', value: 3, unit: '名' },
    { id: 'leaders', group: '履职效能', topic: '领导接访', name: '领导接访日接待群众', value: 236, unit: '批次' },
  ],
  problems: [
    { id: 'backlog', text: '部分积案化解难度大', cause: '涉及司法程序尚未终结', measure: '程序终结后跟进化解' },
    { id: 'transfer', text: '跨区域转办偶有超期', cause: '转办环节多', measure: '建立跨区域转办提醒' },
  ],
  application: ['随部门决算公开'],
};

const body = `#T 荇洲市信访局2024年度部门整体支出绩效自评报告
#A 一、部门基本情况
市信访局负责受理、交办群众来信来访，协调化解信访积案，运维网上信访平台，督查督办信访事项办理，内设[[5|内设机构个数]]个科室。编制{{staffing.authorized|0}}名，年末在职{{staffing.actual|0}}人，比上年减少{{staffing.priorActual-staffing.actual|0}}人，人员控制率{{staffing.controlRate|2}}%；退休{{staffing.retired|0}}人。
#A 二、部门整体支出情况
#B （一）预算执行
年初预算{{budget.initial|2t}}万元，追加信访积案化解专项{{budget.adjustments[0].amount|2}}万元，压减一般性支出{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元。全年支出{{budget.actual|2t}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结转结余{{budget.carryover|2}}万元。
基本支出{{basicExpense.total|2t}}万元（人员经费{{basicExpense.personnel|2}}万元、公用经费{{basicExpense.publicUse|2}}万元），较上年变动{{basicExpense.changeRate|2}}%；项目支出{{projectExpense.total|2}}万元，较上年增长{{projectExpense.changeRate|2}}%。
@@table w=3000,1400,1400,1400,1400 head=1
| 项目（万元） | 年初预算 | 全年预算 | 实际支出 | 执行率 |
| 信访积案化解专项 | {{projects[0].initial|2}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 网上信访平台运维 | {{projects[1].initial|2}} | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 律师参与信访接待 | {{projects[2].initial|2}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 信访事项第三方评估 | {{projects[3].initial|2}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].actual/projects[3].total*100|2}}% |
| 项目支出合计 | {{budget.initial-basicExpense.budget|2}} | {{projectExpense.budget|2}} | {{projectExpense.total|2}} | {{projectExpense.total/projectExpense.budget*100|2}}% |
#B （二）“三公”经费
“三公”经费支出{{threePublic.total.actual|2}}万元，比预算少{{threePublic.total.budget-threePublic.total.actual|2}}万元，比上年下降{{-threePublic.total.changeRate|2}}%。
@@table w=2800,1450,1450,1450,1450 head=1
| 项目（万元） | 2023年决算 | 2024年预算 | 2024年决算 | 增减 |
| 公务用车运行维护费 | {{threePublic.vehicleOperation.prior|2}} | {{threePublic.vehicleOperation.budget|2}} | {{threePublic.vehicleOperation.actual|2}} | {{threePublic.vehicleOperation.actual-threePublic.vehicleOperation.prior|2m}} |
| 公务接待费 | {{threePublic.reception.prior|2}} | {{threePublic.reception.budget|2}} | {{threePublic.reception.actual|2|a=1.58~“三公”表中的本年公务接待费（与合计 9.23、增减 −0.25 不符）}} | {{threePublic.reception.actual-threePublic.reception.prior|2m}} |
| 合计 | {{threePublic.total.prior|2}} | {{threePublic.total.budget|2}} | {{threePublic.total.actual|2}} | {{threePublic.total.actual-threePublic.total.prior|2m}} |
#A 三、绩效目标完成情况
#B （一）产出
信访事项按期受理率{{num(indicators[0].actual)|1|lit}}%，按期办结率{{num(indicators[2].actual)|1|lit}}%。群众来信来访一般在[[3|告知时限区间（条例规定）]]—[[5|告知时限区间（条例规定）]]个工作日内告知是否受理，受理后[[60|法定办理时限]]日内办结。全年化解信访积案{{num(indicators[1].actual)|0|lit}}件，另有{{num(indicators[1].target)-num(indicators[1].actual)|0}}件因司法程序尚未终结而延续办理。网上信访平均办理时长{{num(indicators[3].actual)|0|lit}}天。律师参与信访接待{{num(indicators[4].actual)|0t|lit}}人次，领导接访日共接待群众{{A('leaders').value|0|b=263~领导接访日接待批次（只出现一次）}}批次。
#B （二）效益
全年接待群众来访{{A('visits').value|2}}万人次，较上年变动{{A('visits').changeRate|1}}%；信访总量{{A('volume').value|2}}万件次，较上年变动{{A('volume').changeRate|1}}%。重复信访率{{num(indicators[6].actual)|1|lit}}%，网上信访占比{{num(indicators[7].actual)|1|lit}}%。全市信访工作在全省考核中位列第{{A('rank').value|0}}名。
#B （三）满意度
信访群众满意度{{num(indicators[8].actual)|1|lit}}%（回访[[2,400|回访人数]]人）。
#A 四、绩效自评
积案化解得{{indicators[1].score|1}}/{{indicators[1].weight|0}}分，按期受理率得{{indicators[0].score|2}}/{{indicators[0].weight|0}}分，其余指标满分，预算执行率得{{budgetRate.score|2}}分，总分{{scoreSummary.scoreTotal|2}}分。评分明细见下表。
@@table w=1300,2300,1100,1100,700,800,1900 head=1
| 一级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 | 扣分说明 |
| 预算执行 | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} | 按执行率计分，扣{{budgetRate.weight-budgetRate.score|2}}分 |
| 产出指标 | 信访事项按期受理率 | {{num(indicators[0].target)|0|lit}}% | {{num(indicators[0].actual)|1|lit}}% | {{indicators[0].weight|0}} | {{indicators[0].score|2}} | 跨区域转办超期，扣{{indicators[0].weight-indicators[0].score|2}}分 |
| ^ | 化解信访积案 | {{num(indicators[1].target)|0|lit}}件 | {{num(indicators[1].actual)|0|lit}}件 | {{indicators[1].weight|0}} | {{indicators[1].score|1}} | 积案未全部化解，扣{{indicators[1].weight-indicators[1].score|1}}分 |
| ^ | 信访事项按期办结率 | ≥{{num(indicators[2].target)|0|lit}}% | {{num(indicators[2].actual)|1|lit}}% | {{indicators[2].weight|0}} | {{indicators[2].score|0}} | 无 |
| ^ | 网上信访平均办理时长 | ≤{{num(indicators[3].target)|0|lit}}天 | {{num(indicators[3].actual)|0|lit}}天 | {{indicators[3].weight|0}} | {{indicators[3].score|0}} | 无 |
| ^ | 律师参与接待 | ≥{{num(indicators[4].target)|0|lit}}人次 | {{num(indicators[4].actual)|0|lit}}人次 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} | 无 |
| 效益指标 | 信访总量下降率 | ≥{{num(indicators[5].target)|0|lit}}% | {{num(indicators[5].actual)|1|lit}}% | {{indicators[5].weight|0}} | {{indicators[5].score|0}} | 无 |
| ^ | 重复信访率 | ≤{{num(indicators[6].target)|0|lit}}% | {{num(indicators[6].actual)|1|lit}}% | {{indicators[6].weight|0}} | {{indicators[6].score|0}} | 无 |
| ^ | 网上信访占比 | ≥{{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|1|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|0}} | 无 |
| 满意度指标 | 信访群众满意度 | ≥{{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|1|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|0}} | 无 |
| 总分 | < | < | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2}} | 扣分合计{{scoreSummary.weightTotal-scoreSummary.scoreTotal|2}}分 |
#A 五、存在的问题及改进措施
（一）部分积案化解难度大。有的积案涉及诉讼、复议等司法程序，在程序终结前难以实质化解。下一步对这类事项逐件建立台账，程序终结后第一时间跟进。
（二）跨区域转办偶有超期。转办环节多、责任单位交叉，个别事项受理超过时限。下一步在网上信访平台增设转办到期提醒，并将超期情况纳入月度通报。
#R 荇洲市信访局
#R 2025年3月
`;

module.exports = {
  id: '08', slug: 'xinfang', format: 'pdf', level: '市',
  title: '荇洲市信访局2024年度部门整体支出绩效自评报告', author: '市信访局办公室', sector: '信访',
  header: '荇洲市信访局',
  footer: true,
  extraSkips: [{ text: '第 N 页  共 M 页', skip: '页脚页码（每页一次，PAGE/NUMPAGES 域）', part: 'footer' }],
  minusSign: true,
  yamlHeader: `2024年度荇洲市信访局（部门整体支出）。虚构数据，金额单位万元。
全年预算2040 = 基本支出预算1150 + 项目支出预算890；执行1987.66 = 基本1134.58 + 项目853.08；执行率97.43%，得分9.74。`,
  styles: ['PDF（Word 转出），页眉单位名称、页脚页码（skip）', '评分表跨两页、表头重复', '“扣分说明”列（扣0.5分、扣0.04分）', '得分写成“9.5/10分”', '“三公”增减列用 Unicode 减号 U+2212（−1.26）', '“较上年变动-1.59%”“变动-6.8%”（减少写成负数）', '区间“3—5个工作日”、法定时限“60日”（skip）', '万人次、万件次', '全省第3名', '表头“项目（万元）”把单位写进首列列名'],
  data, body,
};

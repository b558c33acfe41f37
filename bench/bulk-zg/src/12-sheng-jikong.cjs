'use strict';
// 12 岚汀省疾病预防控制中心——部门整体支出，省级，Word
// 写法：开头“报告摘要”先报主要数字；预算执行率偏低（设备采购未完成）；五项指标未达成、按比例得分，等级“良”；
// 控制率计入编外聘用（写明口径）；亿元、近、约；下降率；分组 Word 表（纵向合并一级指标）；汉字计数（九次）。
const T = (t, o) => ({ t, ...o });
module.exports = {
  id: '12',
  slug: 'sheng-jikong',
  format: 'docx',
  kind: 'department',
  level: '省',
  name: '岚汀省疾病预防控制中心',
  title: '岚汀省疾病预防控制中心2024年度部门整体支出绩效自评报告',
  style: '开头“报告摘要”；执行率偏低；五项未达成按比例得分，等级良；控制率计入编外（注明口径）；亿元、近、约；下降率；Word 表纵向合并',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 岚汀省疾病预防控制中心 2024 年度部门整体支出绩效自评。虚构。金额单位：万元。
kind: department
version: 2

meta:
  year: 2024
  unit: 岚汀省疾病预防控制中心
  shortName: 省疾控中心
  title: 岚汀省疾病预防控制中心2024年度部门整体支出绩效自评报告
  thousands: true

staffing:
  authorized: 310
  actual: 271
  otherEmployees: 24
  retired: 138
  controlRate: { value: 95.16, basis: 计入编外聘用人员 }

background:
  functions: [传染病防控, 免疫规划, 慢性病和精神卫生, 卫生应急, 检验检测]

budget:
  initial: 24860
  adjustments:
    - { type: 追加, amount: 6320, reason: 中央重大传染病防控补助 }
    - { type: 追加, amount: "1186.40", reason: 上年结转 }
    - { type: 压减, amount: 480, reason: 压减一般性支出 }
  total: "31886.40"
  actual: 27542.36
  rate: 86.38
  carryover: 4344.04
  sources:
    current: { initial: 24860, total: 30700, actual: 26355.96 }
    prior: { initial: 0, total: "1186.40", actual: "1186.40" }

basicExpense:
  total: 9846.52
  personnel: 8120.37
  publicUse: 1726.15
  budget: 10020

projectExpense:
  total: 17695.84
  budget: "21866.40"
  prior: "19420.60"
  changeRate: -8.88
  reason: 新冠相关检测支出减少

projects:
  - { name: 重大传染病防控, total: 9200, actual: 7986.42, carryover: 1213.58 }
  - { name: 免疫规划, total: 5460, actual: 5102.18, carryover: 357.82 }
  - { name: 慢性病和精神卫生, total: 2380, actual: "1936.70", carryover: "443.30" }
  - { name: 实验室能力建设, total: "3620.40", actual: 1870.54, carryover: 1749.86 }
  - { name: 卫生应急队伍建设, total: 1206, actual: 800, carryover: 406 }

threePublic:
  vehicle: { prior: "46.20", budget: 48, actual: 41.35 }
  reception: { prior: "5.60", budget: 6, actual: 4.18 }
  overseas: { prior: 0, budget: 12, actual: 8.64 }
  total: { prior: "51.80", budget: 66, actual: 54.17, changeRate: 4.58, reason: 派员参加国际学术会议 }

procurement:
  budget: 4860
  actual: 2986.35
  goods: { budget: 4300, actual: "2512.40" }
  services: { budget: 560, actual: 473.95 }

assets:
  total: 38620.45
  fixed: "24318.70"

budgetRate:
  weight: 10
  score: 8.64

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 适龄儿童免疫规划疫苗接种率, target: ≥95%, actual: 98.2%, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 数量指标
    name: 心脑血管疾病早期筛查
    target: ≥12万人
    actual: 8.4万人
    weight: 10
    score: 7
    deviation: { reason: 筛查试点县启动晚, measure: 2025年扩大试点范围 }
  - level1: 产出指标
    level2: 数量指标
    name: 实验室设备采购
    target: ≥40台（套）
    actual: 28台（套）
    weight: 10
    score: 7
    deviation: { reason: 两个标段流标后重新招标, measure: 提前开展市场调查 }
  - { level1: 产出指标, level2: 质量指标, name: 传染病网络直报及时率, target: ≥99%, actual: 99.6%, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 时效指标, name: 暴发疫情响应时间, target: ≤2小时, actual: 1.5小时, weight: 10, score: 10, direction: negative }
  - { level1: 效益指标, level2: 社会效益指标, name: 突发公共卫生事件规范处置率, target: 100%, actual: 100%, weight: 10, score: 10 }
  - level1: 效益指标
    level2: 社会效益指标
    name: 高血压患者规范管理率
    target: ≥65%
    actual: 61.1%
    weight: 10
    score: 9.4
    deviation: { reason: 基层随访力量不足, measure: 推广智能随访 }
  - level1: 效益指标
    level2: 可持续影响指标
    name: 卫生应急培训演练
    target: ≥12次
    actual: 9次
    weight: 10
    score: 7.5
    deviation: { reason: 队员参与实战处置, measure: 以练代训 }
  - level1: 满意度指标
    level2: 服务对象满意度指标
    name: 公众满意度
    target: ≥90%
    actual: 86.4%
    weight: 10
    score: 9.6
    deviation: { reason: 疫苗接种预约渠道不畅, measure: 优化预约服务 }

scoreSummary:
  weightTotal: 100
  scoreTotal: 89.14
  grade: 良

achievements:
  - { id: doses, topic: 免疫规划, name: 接种疫苗, value: 1186.3, unit: 万剂次 }
  - { id: samples, topic: 检验检测, name: 检测样本, value: 32.6, unit: 万份 }
  - { id: incidence, topic: 传染病防控, name: 甲乙类传染病报告发病率, value: 212.6, unit: 每10万人, prior: 236.9, changeRate: -10.26 }
  - { id: screened, topic: 慢性病, name: 心脑血管疾病早期筛查, value: 8.4, unit: 万人 }
  - { id: high_risk, topic: 慢性病, name: 发现高危人群, value: 1.27, unit: 万人 }
  - { id: team, topic: 卫生应急, name: 省级卫生应急队员, value: 186, unit: 人 }
  - { id: drills, topic: 卫生应急, name: 培训演练, value: 9, unit: 次 }
  - { id: devices, topic: 检验检测, name: 完成采购的实验室设备, value: 28, unit: 台（套） }

problems:
  - id: rate
    text: 预算执行率偏低
    cause: 实验室设备两个标段流标
    measure: 提前开展市场调查，分批采购
  - id: screen
    text: 早期筛查人数未达目标
    cause: 试点县启动晚
    measure: 扩大试点范围
  - id: satisfaction
    text: 公众满意度未达目标
    cause: 疫苗接种预约渠道不畅
    measure: 优化预约服务
`,
  blocks: [
    ['title', '岚汀省疾病预防控制中心2024年度部门整体支出绩效自评报告'],
    ['note', '**报告摘要：**全年预算{budget.total|2t}万元，支出{budget.actual|2t}万元，预算执行率{budget.rate|2|refs=budget.actual;budget.total}%；{indicators.length|c}项绩效指标中{indicators.filter((x) => x.score === x.weight).length|c}项达成、{indicators.filter((x) => x.score < x.weight).length|c}项未达成；自评得分{scoreSummary.scoreTotal|2}分，等级“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。'],
    ['h1', '一、部门基本情况'],
    ['p', '省疾病预防控制中心是省卫生健康委员会所属公益一类事业单位，承担全省传染病防控、免疫规划、慢性病和精神卫生、卫生应急、检验检测等职能。核定编制{staffing.authorized|0}名，年末在编{staffing.actual|0}人，另有编外聘用人员{staffing.otherEmployees|0}人，人员控制率{staffing.controlRate.value|2|refs=staffing.actual;staffing.authorized;staffing.otherEmployees}%（计入编外聘用人员）。退休人员{staffing.retired|0}人。年末资产总额{assets.total/10000|2|#b}亿元，其中固定资产{assets.fixed|2t}万元。'],
    ['h1', '二、部门整体支出情况'],
    ['h2', '（一）预算调整'],
    ['p', '年初预算{budget.initial|2t}万元。年中中央财政下达重大传染病防控补助{budget.adjustments[0].amount|2t}万元，上年结转{budget.adjustments[1].amount|2t}万元纳入当年预算，按要求压减一般性支出{budget.adjustments[2].amount|2}万元，全年预算{budget.total|2t}万元（约{budget.total/10000|1|approx=约}亿元）。'],
    ['h2', '（二）支出执行'],
    ['p', '全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，年末结转{budget.carryover|2t}万元。执行率偏低，主要是实验室能力建设项目的设备采购有两个标段流标，年底未能完成付款。基本支出{basicExpense.total|2t}万元，其中人员经费{basicExpense.personnel|2t}万元、公用经费{basicExpense.publicUse|2t}万元；项目支出{projectExpense.total|2t}万元，比上年下降{-projectExpense.changeRate|2|refs=projectExpense.total;projectExpense.prior}%，主要是新冠相关检测支出减少。'],
    ['table', {
      widths: [2600, 1500, 1500, 1500, 1300],
      rows: [
        ['项目', '全年预算（万元）', '支出（万元）', '结转（万元）', '执行率'],
        ['重大传染病防控', '{projects[0].total|2t|u=万元}', '{projects[0].actual|2t|u=万元}', '{projects[0].carryover|2t|u=万元}', '{projects[0].actual/projects[0].total*100|2}%'],
        ['免疫规划', '{projects[1].total|2t|u=万元}', '{projects[1].actual|2t|u=万元}', '{projects[1].carryover|2|u=万元}', '{projects[1].actual/projects[1].total*100|2}%'],
        ['慢性病和精神卫生', '{projects[2].total|2t|u=万元}', '{projects[2].actual|2t|u=万元}', '{projects[2].carryover|2|u=万元}', '{projects[2].actual/projects[2].total*100|2}%'],
        ['实验室能力建设', '{projects[3].total|2t|u=万元}', '{projects[3].actual|2t|u=万元}', '{projects[3].carryover|2t|u=万元}', '{projects[3].actual/projects[3].total*100|2}%'],
        ['卫生应急队伍建设', '{projects[4].total|2t|u=万元}', '{projects[4].actual|2|u=万元}', '{projects[4].carryover|2|u=万元}', '{projects[4].actual/projects[4].total*100|2}%'],
        ['项目支出合计', '{projectExpense.budget|2t|u=万元}', '{projectExpense.total|2t|u=万元}', '{projectExpense.budget-projectExpense.total|2t|u=万元}', '{projectExpense.total/projectExpense.budget*100|2}%'],
      ],
    }],
    ['h2', '（三）“三公”经费和政府采购'],
    ['p', '“三公”经费支出{threePublic.total.actual|2}万元，比上年增长{threePublic.total.changeRate|2|refs=threePublic.total.actual;threePublic.total.prior}%，主要是派员参加国际学术会议发生因公出国（境）费{threePublic.overseas.actual|2}万元；公务用车运行维护费{threePublic.vehicle.actual|2}万元、公务接待费{threePublic.reception.actual|2}万元，均比上年减少。政府采购预算{procurement.budget|2t}万元，实际采购{procurement.actual|2t}万元，完成{procurement.actual/procurement.budget*100|2}%。'],
    ['h1', '三、部门整体绩效情况'],
    ['h2', '（一）传染病防控和免疫规划'],
    ['p', '全年接种各类疫苗近{achievements@doses.value|=1,200|approx=近}万剂次，适龄儿童免疫规划疫苗接种率{indicators[0].actual||lit}。全省甲乙类传染病报告发病率为每[[10|“每10万人”中的基数]]万人{achievements@incidence.value|1}，比上年的{achievements@incidence.prior|1}下降{-achievements@incidence.changeRate|2|refs=achievements@incidence.value;achievements@incidence.prior}%。传染病网络直报及时率{indicators[3].actual||lit}，暴发疫情平均响应时间{indicators[4].actual||lit}。'],
    ['h2', '（二）慢性病防控'],
    ['p', '开展心脑血管疾病早期筛查{achievements@screened.value|1}万人，未达到{indicators[1].target||lit}的目标；发现高危人群{achievements@high_risk.value|2}万人，约占筛查人数的{achievements@high_risk.value/achievements@screened.value*100|2|approx=约}%。高血压患者规范管理率{indicators[6].actual||lit}，比目标低{num(indicators[6].target)-num(indicators[6].actual)|1}个百分点。'],
    ['h2', '（三）检验检测和卫生应急'],
    ['p', '全年检测各类样本{achievements@samples.value|1}万份。实验室设备计划采购{indicators[2].target|=40|lit}台（套），完成{achievements@devices.value|0}台（套）。省级卫生应急队伍现有队员{achievements@team.value|0}人，全年组织培训演练{achievements@drills.value|c}次，少于年度计划。'],
    ['h1', '四、自评结果'],
    ['table', {
      widths: [1200, 1400, 2200, 1300, 1300, 800, 800],
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [T('预算执行率', { span: 3 }), '—', '{budget.rate|2}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate}'],
        [T('产出指标', { vm: 'r' }), T('数量指标', { vm: 'r' }), '适龄儿童免疫规划疫苗接种率', '{indicators[0].target||lit}', '{indicators[0].actual||lit}', '{indicators[0].weight|0}', '{indicators[0].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '心脑血管疾病早期筛查', '{indicators[1].target||lit}', '{indicators[1].actual||lit,refs=achievements@screened.value}', '{indicators[1].weight|0}', '{indicators[1].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '实验室设备采购', '{indicators[2].target||lit}', '{indicators[2].actual||lit,refs=achievements@devices.value}', '{indicators[2].weight|0}', '{indicators[2].score|0}'],
        [T('', { vm: 'c' }), '质量指标', '传染病网络直报及时率', '{indicators[3].target||lit}', '{indicators[3].actual||lit}', '{indicators[3].weight|0}', '{indicators[3].score|0}'],
        [T('', { vm: 'c' }), '时效指标', '暴发疫情响应时间', '{indicators[4].target||lit}', '{indicators[4].actual||lit}', '{indicators[4].weight|0}', '{indicators[4].score|0}'],
        [T('效益指标', { vm: 'r' }), T('社会效益指标', { vm: 'r' }), '突发公共卫生事件规范处置率', '{indicators[5].target||lit}', '{indicators[5].actual||lit}', '{indicators[5].weight|0}', '{indicators[5].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '高血压患者规范管理率', '{indicators[6].target||lit}', '{indicators[6].actual||lit}', '{indicators[6].weight|0}', '{indicators[6].score|1}'],
        [T('', { vm: 'c' }), '可持续影响指标', '卫生应急培训演练', '{indicators[7].target||lit}', '{indicators[7].actual||lit,refs=achievements@drills.value}', '{indicators[7].weight|0}', '{indicators[7].score|1}'],
        ['满意度指标', '服务对象满意度指标', '公众满意度', '{indicators[8].target||lit}', '{indicators[8].actual||lit}', '{indicators[8].weight|0}', '{indicators[8].score|1}'],
        [T('合计', { span: 5 }), '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2}'],
      ],
    }],
    ['p', '未达成的{indicators.filter((x) => x.score < x.weight).length|c}项指标均按完成比例计分：早期筛查、设备采购各得{indicators[1].score|0}分，高血压患者规范管理率得{indicators[6].score|1}分，培训演练得{indicators[7].score|1}分，公众满意度得{indicators[8].score|1}分。自评总分{scoreSummary.scoreTotal|2}分，按评分标准评定为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal,#a}”。'],
    ['h1', '五、存在的问题和改进措施'],
    ['h2', '（一）预算执行率偏低'],
    ['p', '实验室设备有两个标段流标后重新招标，年底前未能完成付款。下一步提前开展市场调查，合理划分标段，分批采购。'],
    ['h2', '（二）部分指标未达成'],
    ['p', '早期筛查试点县启动晚，应急队员较多时间参与实战处置，疫苗接种预约渠道不够顺畅。下一步扩大筛查试点范围，以练代训，优化预约服务。'],
    ['pr', '岚汀省疾病预防控制中心'],
    ['pr', '2025年4月8日'],
  ],
  bad: {
    a: { new: '优', kind: '等级与总分不符（89.14分应为良）', internal: 'yes', relation: '总分89.14在80—90之间为“良”；摘要另写“良”' },
    b: { new: '38.62', kind: '亿元小数点错位（3.86亿元写成38.62亿元）', internal: 'no' },
  },
};

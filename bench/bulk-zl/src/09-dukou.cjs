'use strict';
// 09 菰渚镇人民政府：渡口渡船安全管理及公益渡运补助（项目，乡镇级，Word）
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '篁溆县菰渚镇人民政府',
    shortName: '菰渚镇政府',
    department: '篁溆县菰渚镇人民政府',
    implementer: '菰渚镇交通运输管理站',
    project: '渡口渡船安全管理及公益渡运补助',
    title: '菰渚镇2024年渡口渡船安全管理及公益渡运补助项目绩效自评报告',
    thousands: true,
  },
  background: { purpose: ['渡船更新改造', '公益渡运运营补助', '渡口码头维修', '安全管理和救生设备'] },
  budget: {
    initial: 186,
    adjustments: [
      { type: '追加', amount: 64.5, reason: '县级渡运补助' },
      { type: '压减', amount: 12.3, reason: '镇级财力紧张压减' },
    ],
    total: 238.2,
    actual: 229.64,
    carryover: 8.56,
    sources: {
      current: { initial: 86, total: 73.7, actual: 70.18 },
      other: { initial: 100, total: 164.5, actual: 159.46 },
    },
  },
  budgetRate: { weight: 10, score: 9.64 },
  scoreSummary: { weightTotal: 100, scoreTotal: 99.44, grade: '优' },
  goals: { expected: ['保障渡运安全，方便群众出行'] },
  projects: [
    { name: '渡船更新改造', initial: 80, adjustment: 40, total: 120, actual: 118.36, carryover: 1.64 },
    { name: '公益渡运运营补助', initial: 60, adjustment: 24.5, total: 84.5, actual: 81.72, carryover: 2.78 },
    { name: '渡口码头维修', initial: 30, total: 22, actual: 20.36, carryover: 1.64 },
    { name: '安全管理和救生设备', initial: 16, total: 11.7, actual: 9.2, carryover: 2.5 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '更新改造渡船', target: '3艘', actual: '3艘', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '公益渡运班次', target: '≥9000班次', actual: '9620班次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '维修渡口码头', target: '4处', actual: '4处', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '渡船年检合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '运营补助发放', target: '按月发放', actual: '按月发放', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '社会效益指标', name: '渡运安全事故', target: '0起', actual: '0起', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '经济效益指标', name: '群众单次过渡费用', target: '≤2元', actual: '1元', weight: 10, score: 10, direction: 'negative' },
    { level1: '效益指标', level2: '可持续影响指标', name: '渡工持证上岗率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '过渡群众满意度', target: '≥90%', actual: '88.2%', weight: 10, score: 9.8,
      deviation: { reason: '汛期停航影响出行', measure: '汛期增开临时班次并提前公告' } },
  ],
  achievements: [
    { id: 'passengers', group: '效益', topic: '渡运', name: '全年渡运旅客', value: 21.4, unit: '万人次' },
    { id: 'students', group: '效益', topic: '渡运', name: '其中学生', value: 15.9, unit: '万人次' },
    { id: 'jackets', group: '产出', topic: '救生设备', name: '新配救生衣', value: 260, unit: '件' },
  ],
  problems: [
    { id: 'flood', text: '汛期停航影响群众出行', cause: '水位超警戒线停航', measure: '增开临时班次并提前公告' },
  ],
  application: ['在镇政务公开栏公示'],
};

const body = `#T 菰渚镇2024年渡口渡船安全管理及公益渡运补助项目绩效自评报告
#S 篁溆县菰渚镇人民政府
#A 一、项目概况
菰渚镇地处[[两|河流条数（地理）]]河交汇处，境内有渡口{{num(indicators[2].target)|0|lit}}处，部分村组学生和群众往来集镇主要依靠渡船。项目由镇交通运输管理站实施，内容包括渡船更新改造、公益渡运运营补助、渡口码头维修和安全管理救生设备配备。
#A 二、资金投入和使用情况
项目年初预算{{budget.initial|2}}万元，其中镇级安排{{budget.sources.current.initial|2}}万元、县级及以上补助{{budget.sources.other.initial|2}}万元。年内县级追加渡运补助{{budget.adjustments[0].amount|2}}万元，镇级压减{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2|brk=2}}万元。全年实际支出{{budget.actual|2|brk=4}}万元，执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover|2}}万元。前三季度支出进度为[[58.4|季度支出进度（数据无）]]%，渡船更新款在11月验收后支付。
#R 单位：万元
@@table w=2300,1100,1100,1100,1100,1100 head=2
| 项目 | 预算数 | < | < | 执行数 | 结余 |
| ^ | 年初 | 调整 | 全年 | ^ | ^ |
| 渡船更新改造 | {{projects[0].initial|2}} | {{projects[0].total-projects[0].initial|2p}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].carryover|2}} |
| 公益渡运运营补助 | {{projects[1].initial|2}} | {{projects[1].total-projects[1].initial|2p}} | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].carryover|2}} |
| 渡口码头维修 | {{projects[2].initial|2}} | {{projects[2].total-projects[2].initial|2p|a=(6.00)~合并表头表中的调整额（括号负数；与 30.00 → 22.00、调整合计 52.20 不符）}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].carryover|2}} |
| 安全管理和救生设备 | {{projects[3].initial|2}} | {{projects[3].total-projects[3].initial|2p}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].carryover|2}} |
| 合计 | {{budget.initial|2}} | {{budget.total-budget.initial|2p}} | {{budget.total|2}} | {{budget.actual|2}} | {{budget.carryover|2}} |
注：调整栏括号内为压减数。
按县财政局乡镇资金监管要求，支出明细以元列示：
@@table w=3000,2600,2600 head=1
| 支出内容 | 支出金额（元） | 占项目支出比例 |
| 渡船更新改造 | {{projects[0].actual*10000|2t}} | {{projects[0].actual/budget.actual*100|2}}% |
| 公益渡运运营补助 | {{projects[1].actual*10000|2t}} | {{projects[1].actual/budget.actual*100|2}}% |
| 渡口码头维修 | {{projects[2].actual*10000|2t}} | {{projects[2].actual/budget.actual*100|2}}% |
| 安全管理和救生设备 | {{projects[3].actual*10000|2t}} | {{projects[3].actual/budget.actual*100|2}}% |
| 合计 | {{budget.actual*10000|2t}} | [[100.00|合计比例（恒为100%）]]% |
#A 三、绩效目标完成情况
#B （一）产出
更新改造渡船{{num(indicators[0].actual)|0|lit}}艘，维修渡口码头{{num(indicators[2].actual)|0|lit}}处，新配救生衣{{A('jackets').value|0|b=206~新配救生衣件数（只出现一次）}}件。全年开行公益渡运{{num(indicators[1].actual)|0t|brk=3|lit}}班次，渡船年检合格率{{num(indicators[3].actual)|0|lit}}%，运营补助按月发放到渡工。[[7|月份]]—8月汛期因水位超警戒线停航[[6|停航天数（数据无）]]天。
#B （二）效益
全年渡运旅客{{A('passengers').value|1}}万人次，其中学生{{A('students').value|1}}万人次，{{A('students').value/A('passengers').value*100|1|words=约占四分之三;cmp=frac:3/4}}。全年未发生渡运安全事故，群众单次过渡只需{{num(indicators[6].actual)|0|lit}}元，渡工持证上岗率{{num(indicators[7].actual)|0|lit}}%。
#B （三）满意度
入户走访[[150|走访户数]]户，过渡群众满意度{{num(indicators[8].actual)|1|lit}}%，未达到{{num(indicators[8].target)|0|lit}}%的目标，主要是汛期停航影响出行。
#A 四、自评得分
@@table w=1300,1400,2000,1200,1200,800,900 head=1
| 一级指标 | 二级指标 | 三级指标 | 指标值 | 完成值 | 分值 | 得分 |
| 预算执行 | — | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 产出指标 | 数量指标 | 更新改造渡船 | {{num(indicators[0].target)|0|lit}}艘 | {{num(indicators[0].actual)|0|lit}}艘 | {{indicators[0].weight|0}} | {{indicators[0].score|0}} |
| ^ | ^ | 公益渡运班次 | ≥{{num(indicators[1].target)|0|lit}}班次 | {{num(indicators[1].actual)|0|lit}}班次 | {{indicators[1].weight|0}} | {{indicators[1].score|0}} |
| ^ | ^ | 维修渡口码头 | {{num(indicators[2].target)|0|lit}}处 | {{num(indicators[2].actual)|0|lit}}处 | {{indicators[2].weight|0}} | {{indicators[2].score|0}} |
| ^ | 质量指标 | 渡船年检合格率 | {{num(indicators[3].target)|0|lit}}% | {{num(indicators[3].actual)|0|lit}}% | {{indicators[3].weight|0}} | {{indicators[3].score|0}} |
| ^ | 时效指标 | 运营补助发放 | 按月发放 | 按月发放 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} |
| 效益指标 | 社会效益指标 | 渡运安全事故 | {{num(indicators[5].target)|0|lit}}起 | {{num(indicators[5].actual)|0|lit}}起 | {{indicators[5].weight|0}} | {{indicators[5].score|0}} |
| ^ | 经济效益指标 | 群众单次过渡费用 | ≤{{num(indicators[6].target)|0|lit}}元 | {{num(indicators[6].actual)|0|lit}}元 | {{indicators[6].weight|0}} | {{indicators[6].score|0}} |
| ^ | 可持续影响指标 | 渡工持证上岗率 | {{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|0|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|0}} |
| 满意度指标 | 服务对象满意度指标 | 过渡群众满意度 | ≥{{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|1|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|1}} |
| 合计 | < | < | < | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2|brk=2}} |
#A 五、问题和下一步打算
汛期停航对群众出行影响较大。下一步将在汛期前后增开临时班次，停航信息提前通过村广播和微信群公告。
#N 联系人：钱予安　　电话：[[5291736|电话]]
`;

module.exports = {
  id: '09', slug: 'dukou', format: 'docx', level: '乡镇',
  title: '菰渚镇2024年渡口渡船安全管理及公益渡运补助项目绩效自评报告', author: '菰渚镇交通运输管理站', sector: '渡口渡船安全和公益渡运',
  yamlHeader: `2024年度篁溆县菰渚镇渡口渡船安全管理及公益渡运补助（项目支出）。虚构数据，金额单位万元。
年初186（镇级86 + 上级100）+ 县级追加64.5 − 镇级压减12.3 = 全年238.2；执行229.64，结余8.56；执行率96.41%，得分9.64。`,
  styles: ['Word run 边界拆开数字（23|8.20、229.|64、962|0、99|.44）', '合并表头（预算数横向合并年初/调整/全年，执行数、结余纵向合并）', '会计式括号负数 (8.00) 表示压减', '表头“支出金额（元）”的元表，两位小数千分位', '约占四分之三（数据有：学生/旅客）', '“两河交汇”“7—8月停航6天”（skip）', '季度支出进度（skip）', '目标值为 0 起的反向指标'],
  data, body,
};

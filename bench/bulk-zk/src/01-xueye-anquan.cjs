'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '01', slug: 'xueye-anquan', format: 'md', level: '省',
  sector: '血液中心：省级血液安全保障与无偿献血促进',
  styles: ['引用块摘要', '人民币大写金额（叁仟贰佰万元整）', '分别为列举', '两行表头的 Markdown 表', '权重/得分率列', '指标写成句子的编号列表', '数字与单位间空格', '个百分点', '余（作者取整的约数）'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '菁岫省血液中心',
    shortName: '省血液中心',
    department: '菁岫省卫生健康委员会',
    implementer: '菁岫省血液中心',
    project: '省级血液安全保障与无偿献血促进项目',
    title: '2024年度菁岫省血液安全保障与无偿献血促进项目支出绩效自评报告',
    thousands: true,
  },
  background: {
    purpose: ['全血和成分血采集', '血液核酸与血清学检测', '冷链储运和临床供血', '无偿献血宣传与激励'],
    management: ['血液采集、检测、制备、储存全流程留痕', '季度核查采血点与储血点'],
  },
  budget: {
    initial: 2860,
    adjustments: [
      { type: '追加', amount: 415.6, reason: '核酸检测试剂和设备' },
      { type: '压减', amount: 128, reason: '一般性支出统一压减' },
      { type: '追加', amount: 52.4, reason: '上年结转资金' },
    ],
    total: 3200,
    actual: 3113.47,
    rate: 97.3,
    carryover: 86.53,
    sources: {
      current: { initial: 2860, total: 3147.6, actual: 3063.07 },
      prior: { total: 52.4, actual: 50.4 },
    },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['保障全省临床用血安全充足'] },
  projects: [
    { name: '血液采集与献血者招募', initial: 820, adjustment: 85.3, total: 905.3, actual: 889.62, carryover: 15.68 },
    { name: '血液检测', initial: 1260, adjustment: 126.5, total: 1386.5, actual: 1352.18, carryover: 34.32 },
    { name: '冷链储运与供血保障', initial: 540, adjustment: 26.2, total: 566.2, actual: 548.91, carryover: 17.29 },
    { name: '无偿献血宣传与激励', initial: 240, adjustment: 102, total: 342, actual: 322.76, carryover: 19.24 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '全血采集量', target: '≥18.5万单位', actual: '19.26万单位', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '机采血小板采集量', target: '≥3.3万治疗量', actual: '3.07万治疗量', weight: 8, deviation: { reason: '单采设备更新期间两个采集点停采', measure: '错峰安排单采预约' } },
    { level1: '产出指标', level2: '质量指标', name: '献血者标本核酸检测覆盖率', target: '100%', actual: '100%', weight: 8 },
    { level1: '产出指标', level2: '质量指标', name: '血液报废率', target: '≤1.5%', actual: '1.12%', weight: 8, direction: 'negative' },
    { level1: '产出指标', level2: '时效指标', name: '急诊用血平均响应时间', target: '≤40分钟', actual: '32分钟', weight: 8, direction: 'negative' },
    { level1: '产出指标', level2: '成本指标', name: '单位全血综合采供成本', target: '≤210元', actual: '203.6元', weight: 8, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '临床用血满足率', target: '≥98%', actual: '99.41%', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '无偿献血人次', target: '≥16万人次', actual: '15.38万人次', weight: 10, deviation: { reason: '夏季高温和流感季献血人数下降', measure: '增加团体献血预约' } },
    { level1: '效益指标', level2: '可持续影响指标', name: '固定献血者占比', target: '≥40%', actual: '43.7%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '献血者满意度', target: '≥95%', actual: '97.6%', weight: 5 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '用血医疗机构满意度', target: '≥90%', actual: '96.2%', weight: 5 },
  ],
  achievements: [
    { id: 'whole_blood', group: '产出指标', topic: '采血量', name: '全血采集量', value: 19.26, unit: '万单位', prior: 18.41 },
    { id: 'fixed_share', group: '效益指标', topic: '献血队伍', name: '固定献血者占比', value: 43.7, unit: '%', prior: 40.8 },
    { id: 'first_time', group: '效益指标', topic: '献血队伍', name: '首次献血者', value: 5.82, unit: '万人' },
    { id: 'rare_donors', group: '效益指标', topic: '献血队伍', name: '稀有血型献血者库在册', value: 3268, unit: '人' },
    { id: 'houses', group: '血液采集与献血者招募', topic: '采血网点', name: '固定献血屋', value: 46, unit: '个' },
    { id: 'buses', group: '血液采集与献血者招募', topic: '采血网点', name: '流动采血车', value: 23, unit: '辆' },
    { id: 'hospitals', group: '冷链储运与供血保障', topic: '供血', name: '供血医疗机构', value: 412, unit: '家' },
    { id: 'dispatch', group: '冷链储运与供血保障', topic: '供血', name: '跨市应急调配血液', value: 217, unit: '次' },
    { id: 'volunteer_hours', group: '无偿献血宣传与激励', topic: '宣传', name: '献血志愿服务时长', value: 18.6, unit: '万小时' },
    { id: 'award_winners', group: '无偿献血宣传与激励', topic: '宣传', name: '获全国无偿献血奉献奖', value: 1873, unit: '人次' },
  ],
  problems: [
    { id: 'platelet', text: '机采血小板采集量未达目标', cause: '单采设备更新期间部分采集点停采', measure: '设备更新错峰安排，扩大单采预约渠道' },
    { id: 'season', text: '季节性供血紧张仍然存在', cause: '夏季和春节前后献血人数下降', measure: '建立团体献血和应急献血者储备' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 菁岫省血液中心 2024年度 省级血液安全保障与无偿献血促进项目（项目支出）。全部为虚构数据。
# 金额单位：万元。上年结转52.40万元以“追加”列入全年预算，并在 budget.sources.prior 中单列。
# 四个子项目的调整额 = 全年预算 − 年初预算（均为调增）。
`;

const I = (n) => `indicators[${n}]`;
const report = `# 2024年度菁岫省血液安全保障与无偿献血促进项目支出绩效自评报告

> **自评结论**：本项目全年预算{{budget.total|2t}}万元，实际支出{{budget.actual|2t}}万元，预算执行率{{budget.rate|2}}%；绩效自评得分{{scoreSummary.scoreTotal|2|r=budgetRate.score}}分，等级为“优”。
> 报送单位：菁岫省血液中心（盖章）　联系人：郁晴川　电话：[[6837 2290|联系电话]]

## 一、项目基本情况

### （一）项目概况

省级血液安全保障与无偿献血促进项目由省卫生健康委员会主管、省血液中心实施，覆盖全省[[14|地市个数]]个市级血站和[[9|储血点个数]]个县级储血点，资金用于血液采集与献血者招募、血液检测、冷链储运与供血保障、无偿献血宣传与激励四个方面。依据《菁岫省血站管理实施细则》（菁卫规〔2022〕7号），两次献全血间隔不少于[[6|政策规定的献血间隔]]个月，单次献血量为[[200|政策规定的献血量]]毫升至[[400|政策规定的献血量]]毫升。

### （二）绩效目标

年初设定的总体目标是：全年采集全血不少于{{num(${I(0)}.target)|1|lit}}万单位，机采血小板不少于{{num(${I(1)}.target)|1|lit}}万治疗量，临床用血满足率达到{{num(${I(6)}.target)|0|lit}}%以上，献血者满意度不低于{{num(${I(9)}.target)|0|lit}}%。

## 二、预算资金安排及使用情况

### （一）资金安排

项目年初预算{{budget.initial|2t}}万元。年中省财政追加核酸检测试剂和设备经费{{budget.adjustments[0].amount|2}}万元，按一般性支出统一压减{{budget.adjustments[1].amount|2}}万元，另有上年结转资金{{budget.adjustments[2].amount|2}}万元一并纳入，全年预算为人民币{{budget.total*10000|0D|r=budget.total}}（{{budget.total|2t}}万元）。

其中当年财政拨款{{budget.sources.current.total|2t}}万元、上年结转{{budget.sources.prior.total|2}}万元，当年财政拨款占全年预算的{{budget.sources.current.total/budget.total*100|2}}%。

### （二）资金使用

截至[[2024年12月31日|日期]]，项目实际支出{{budget.actual|2t}} 万元，结余{{budget.carryover|2}} 万元，预算执行率{{budget.rate|2}}%。当年财政拨款支出{{budget.sources.current.actual|2t}}万元，上年结转资金支出{{budget.sources.prior.actual|2}}万元，未用完的{{budget.sources.prior.total-budget.sources.prior.actual|2}}万元为冷链监测终端尾款，已随其他结余一并结转下年。

四个子项目的全年预算分别为{{projects[0].total|2}}万元、{{projects[1].total|2t}}万元、{{projects[2].total|2}}万元和{{projects[3].total|2}}万元，血液检测一项占全年预算的比重为{{projects[1].total/budget.total*100|2}}%。

表1　子项目预算及执行情况

| 子项目 | 预算数（万元） |  |  | 执行情况 |  |
|---|---:|---:|---:|---:|---:|
|  | 年初 | 调整 | 全年 | 支出（万元） | 执行率 |
| 血液采集与献血者招募 | {{projects[0].initial|2}} | {{projects[0].adjustment|2+}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 血液检测 | {{projects[1].initial|2t}} | {{projects[1].adjustment|2+}} | {{projects[1].total|2t}} | {{projects[1].actual|2t}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 冷链储运与供血保障 | {{projects[2].initial|2}} | {{projects[2].adjustment|2+}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 无偿献血宣传与激励 | {{projects[3].initial|2}} | {{projects[3].adjustment|2+|a=+120.00~调整额（两行表头的表）~yes~年初240.00加调整应等于全年342.00}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].actual/projects[3].total*100|2}}% |
| 合计 | {{budget.initial|2t|r=projects[0].initial,projects[1].initial,projects[2].initial,projects[3].initial}} | {{budget.total-budget.initial|2+|r=projects[0].adjustment,projects[1].adjustment,projects[2].adjustment,projects[3].adjustment}} | {{budget.total|2t|r=projects[0].total,projects[1].total,projects[2].total,projects[3].total}} | {{budget.actual|2t|r=projects[0].actual,projects[1].actual,projects[2].actual,projects[3].actual}} | {{budget.rate|2}}% |

### （三）资金管理

中心执行《菁岫省省级卫生健康专项资金管理办法》，大额支出经班子会集体研究；试剂、耗材通过省政府采购平台集中采购，单笔[[50|制度中的金额标准]]万元以上合同由纪检部门全程监督。

## 三、项目绩效情况

### （一）产出

1. 全血采集量：年度目标值为{{${I(0)}.target|0|lit}}，实际采集{{num(${I(0)}.actual)|2|lit;r=achievements@whole_blood.value}}万单位，得满分{{${I(0)}.score|0}}分。与上年{{achievements@whole_blood.prior|2}}万单位相比增加{{achievements@whole_blood.value-achievements@whole_blood.prior|2}}万单位，同比增长{{(achievements@whole_blood.value-achievements@whole_blood.prior)/achievements@whole_blood.prior*100|2}}%。
2. 机采血小板采集量：目标值为≥{{num(${I(1)}.target)|1|lit}}万治疗量，实际完成{{num(${I(1)}.actual)|2|lit}}万治疗量，完成率{{num(${I(1)}.actual)/num(${I(1)}.target)*100|2}}%，按比例得{{${I(1)}.score|2}}分。全年有[[2|停采采集点个数]]个采集点因单采设备更新停采约[[3|停采周数]]周。
3. 核酸检测覆盖率：目标值为{{num(${I(2)}.target)|0|lit}}%，实际完成{{num(${I(2)}.actual)|0|lit}}%，得满分{{${I(2)}.score|0}}分。
4. 血液报废率：目标值为≤{{num(${I(3)}.target)|1|lit}}%，实际为{{num(${I(3)}.actual)|2|lit}}%，得满分{{${I(3)}.score|0}}分。
5. 急诊用血平均响应时间：目标值为≤{{num(${I(4)}.target)|0|lit}}分钟，实际为{{num(${I(4)}.actual)|0|lit}}分钟，得满分{{${I(4)}.score|0}}分。
6. 单位全血综合采供成本：目标值为≤{{num(${I(5)}.target)|0|lit}}元，实际为{{num(${I(5)}.actual)|1|lit}}元，得满分{{${I(5)}.score|0}}分。

全省现有固定献血屋{{achievements@houses.value|0}}个、流动采血车{{achievements@buses.value|0}}辆，献血屋周末延长服务至[[20:00|服务时间]]。

### （二）效益

临床用血满足率达到{{num(${I(6)}.actual)|2|lit}}%，比目标高出{{num(${I(6)}.actual)-num(${I(6)}.target)|2}}个百分点。全年无偿献血{{num(${I(7)}.actual)|2|lit}}万人次，未达到≥{{num(${I(7)}.target)|0|lit}}万人次的目标，按比例得{{${I(7)}.score|2}}分。首次献血者{{achievements@first_time.value|2}}万人，固定献血者占比{{achievements@fixed_share.value|1|r=${I(8)}.actual}}%，较上年提高{{achievements@fixed_share.value-achievements@fixed_share.prior|1}}个百分点；稀有血型献血者库在册{{achievements@rare_donors.value|0|ap=余;w=3200}}余人。

供血方面，中心向全省{{achievements@hospitals.value|0|b=421~计数（供血医疗机构家数，正文）~no}}家医疗机构供血，跨市应急调配血液{{achievements@dispatch.value|0}}次，单次调配最快[[90|调配时间]]分钟送达。献血志愿服务时长{{achievements@volunteer_hours.value|1}}万小时，{{achievements@award_winners.value|0t}}人次获全国无偿献血奉献奖。

### （三）满意度

委托第三方抽样调查献血者[[1,200|问卷份数]]人、医疗机构[[86|调查机构数]]家，献血者满意度{{num(${I(9)}.actual)|1|lit}}%，用血医疗机构满意度{{num(${I(10)}.actual)|1|lit}}%。

### （四）评分情况

表2　绩效自评评分表

| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 权重 | 得分 | 得分率 |
|---|---|---|---|---:|---:|---:|
| 预算执行 | 预算执行率 | [[100%|执行率目标值]] | {{budget.rate|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} | {{budgetRate.score/budgetRate.weight*100|2}}% |
${[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((n) => {
  const lv = n < 6 ? '产出' : n < 9 ? '效益' : '满意度';
  const d = [1, 7].includes(n) ? 2 : 0;
  const tg = n === 1 ? 1 : 0;
  const acD = [0, 1, 6, 7, 3].includes(n) ? 2 : [2, 4].includes(n) ? 0 : 1;
  const tu = data.indicators[n].target.replace(/^[≥≤]?[\d.]+/, '');
  const au = data.indicators[n].actual.replace(/^[\d.]+/, '');
  const tcmp = data.indicators[n].target.match(/^[≥≤]?/)[0];
  return `| ${lv} | ${data.indicators[n].name} | ${tcmp}{{num(${I(n)}.target)|${tg === 1 || n === 0 || n === 3 ? 1 : 0}|lit}}${tu} | {{num(${I(n)}.actual)|${acD}|lit}}${au} | {{${I(n)}.weight|0}} | {{${I(n)}.score|${d}}} | {{${I(n)}.score/${I(n)}.weight*100|2}}% |`;
}).join('\n')}
| 合计 | | | | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8,9,10].map((n) => I(n) + '.score').join(',')}}} | |

## 四、存在的问题及原因

一是机采血小板采集量未达目标，主要是单采设备更新期间部分采集点停采；二是季节性供血紧张仍然存在，每年[[7|月份]]至[[8|月份]]月和春节前后献血人数明显下降。

## 五、下一步改进措施

1. 设备更新错峰安排，开通线上单采预约，力争[[2025|年份]]年机采血小板采集量恢复到[[3.3|下年目标]]万治疗量以上；
2. 与[[30|单位个数]]家以上机关、企业和高校建立团体献血协议，储备应急献血者；
3. 自评结果随部门决算公开，并作为[[2026|年份]]年度预算安排的依据。

菁岫省血液中心
[[2025年3月18日|日期]]
`;

module.exports = { info, data, header, report };

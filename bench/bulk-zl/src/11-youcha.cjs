'use strict';
// 11 蔚桐县林业局：油茶低产林改造提升补助资金（项目，县级，纯文本：框线表）
const { boxTable } = require('../lib/box.cjs');
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '荇洲市蔚桐县林业局',
    shortName: '县林业局',
    department: '荇洲市蔚桐县林业局',
    implementer: '蔚桐县林业局',
    project: '油茶低产林改造提升补助资金',
    title: '蔚桐县2024年度油茶低产林改造提升补助资金绩效自评报告',
    thousands: true,
  },
  background: { purpose: ['低产林改造补助', '新造高产油茶林补助', '技术服务和培训', '项目管理和核查验收'] },
  budget: {
    initial: 1560,
    adjustments: [{ type: '追加', amount: 240, reason: '省级油茶产业发展专项' }],
    total: 1800,
    actual: 1762.38,
    carryover: 37.62,
    sources: {
      current: { initial: 360, total: 360, actual: 344.86 },
      other: { initial: 1200, total: 1440, actual: 1417.52 },
    },
  },
  budgetRate: { weight: 10, score: 9.79 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.96, grade: '优' },
  goals: { expected: ['提高油茶林单产，带动林农增收'] },
  projects: [
    { name: '低产林改造补助', initial: 1050, adjustment: 150, total: 1200, actual: 1186.4, carryover: 13.6 },
    { name: '新造高产油茶林补助', initial: 330, adjustment: 90, total: 420, actual: 412.5, carryover: 7.5 },
    { name: '技术服务和培训', initial: 120, total: 120, actual: 108.28, carryover: 11.72 },
    { name: '项目管理和核查验收', initial: 60, total: 60, actual: 55.2, carryover: 4.8 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '低产林改造面积', target: '2.4万亩', actual: '2.4万亩', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新造高产油茶林', target: '0.6万亩', actual: '0.55万亩', weight: 10, score: 9.17,
      deviation: { reason: '部分地块流转未谈妥', measure: '2025年春季补植' } },
    { level1: '产出指标', level2: '数量指标', name: '培训林农', target: '≥3000人次', actual: '3460人次', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '改造验收合格率', target: '≥95%', actual: '97.8%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '补助资金兑付', target: '验收后两个月内兑付', actual: '按时兑付', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '经济效益指标', name: '改造林亩产茶油', target: '≥25公斤', actual: '27.6公斤', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '带动林农户均增收', target: '≥1500元', actual: '1820元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '新造林保存率', target: '≥90%', actual: '93.5%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '林农满意度', target: '≥90%', actual: '95.8%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'output', group: '效益', topic: '产业', name: '全县油茶产业综合产值', value: 12.46, unit: '亿元', changeRate: 8.7 },
    { id: 'households', group: '效益', topic: '受益', name: '受益林农', value: 5382, unit: '户' },
    { id: 'coops', group: '产出', topic: '经营主体', name: '油茶专业合作社', value: 37, unit: '家' },
    { id: 'oil', group: '效益', topic: '产业', name: '全县茶油产量', value: 3960, unit: '吨', prior: 3510 },
    { id: 'rank', group: '效益', topic: '考核', name: '全市油茶产业发展考核排名', value: 1, unit: '名' },
  ],
  problems: [
    { id: 'land', text: '新造林面积未完成', cause: '部分地块流转未谈妥', measure: '春季补植' },
  ],
  application: ['作为下年度任务分配依据', '在县政府网站公开'],
};

const fundTable = boxTable([
  ['项目', '全年预算', '实际支出', '结余', '执行率'],
  ['低产林改造补助', '{{projects[0].total|2t}}', '{{projects[0].actual|2t}}', '{{projects[0].carryover|2}}', '{{projects[0].actual/projects[0].total*100|2}}%'],
  ['新造高产油茶林补助', '{{projects[1].total|2}}', '{{projects[1].actual|2|a=421.50~框线表中的分项支出（与合计 1,762.38、结余 7.50、执行率 98.21% 不符）}}', '{{projects[1].carryover|2}}', '{{projects[1].actual/projects[1].total*100|2}}%'],
  ['技术服务和培训', '{{projects[2].total|2}}', '{{projects[2].actual|2}}', '{{projects[2].carryover|2}}', '{{projects[2].actual/projects[2].total*100|2}}%'],
  ['项目管理和核查验收', '{{projects[3].total|2}}', '{{projects[3].actual|2}}', '{{projects[3].carryover|2}}', '{{projects[3].actual/projects[3].total*100|2}}%'],
  ['合计', '{{budget.total|2t}}', '{{budget.actual|2t}}', '{{budget.carryover|2}}', '{{budget.actual/budget.total*100|2}}%'],
], data, 'lrrrr');

const I = (i, d, pre) => [`${pre || ''}{{num(indicators[${i}].target)|${d[0]}|lit}}`, `{{num(indicators[${i}].actual)|${d[1]}|lit}}`];
const scoreTable = boxTable([
  ['指标', '指标值', '完成值', '分值', '得分', '扣分说明'],
  ['预算执行率', '[[100|执行率目标值]]%', '{{budget.actual/budget.total*100|2}}%', '{{budgetRate.weight|0}}', '{{budgetRate.score|2}}', '按执行率计分'],
  ['低产林改造面积', '{{num(indicators[0].target)|1|lit}}万亩', '{{num(indicators[0].actual)|1|lit}}万亩', '{{indicators[0].weight|0}}', '{{indicators[0].score|0}}', '—'],
  ['新造高产油茶林', '{{num(indicators[1].target)|1|lit}}万亩', '{{num(indicators[1].actual)|2|lit}}万亩', '{{indicators[1].weight|0}}', '{{indicators[1].score|2}}', '未完成，扣{{indicators[1].weight-indicators[1].score|2}}分'],
  ['培训林农', '≥{{num(indicators[2].target)|0|lit}}人次', '{{num(indicators[2].actual)|0|lit}}人次', '{{indicators[2].weight|0}}', '{{indicators[2].score|0}}', '—'],
  ['改造验收合格率', '≥{{num(indicators[3].target)|0|lit}}%', '{{num(indicators[3].actual)|1|lit}}%', '{{indicators[3].weight|0}}', '{{indicators[3].score|0}}', '—'],
  ['补助资金兑付', '验收后两个月内', '按时兑付', '{{indicators[4].weight|0}}', '{{indicators[4].score|0}}', '—'],
  ['改造林亩产茶油', '≥{{num(indicators[5].target)|0|lit}}公斤', '{{num(indicators[5].actual)|1|lit}}公斤', '{{indicators[5].weight|0}}', '{{indicators[5].score|0}}', '—'],
  ['带动林农户均增收', '≥{{num(indicators[6].target)|0|lit}}元', '{{num(indicators[6].actual)|0t|lit}}元', '{{indicators[6].weight|0}}', '{{indicators[6].score|0}}', '—'],
  ['新造林保存率', '≥{{num(indicators[7].target)|0|lit}}%', '{{num(indicators[7].actual)|1|lit}}%', '{{indicators[7].weight|0}}', '{{indicators[7].score|0}}', '—'],
  ['林农满意度', '≥{{num(indicators[8].target)|0|lit}}%', '{{num(indicators[8].actual)|1|lit}}%', '{{indicators[8].weight|0}}', '{{indicators[8].score|0}}', '—'],
  ['合计', '', '', '{{scoreSummary.weightTotal|0}}', '{{scoreSummary.scoreTotal|2}}', '等级：优'],
], data, 'llrrrl');
void I;

const body = `蔚桐县2024年度油茶低产林改造提升补助资金绩效自评报告

一、项目基本情况
蔚桐县是全省油茶重点县，现有油茶林大多为上世纪栽植的老林，树龄老、品种杂、管护粗放。项目按“改造一片、见效一片”的思路，对低产林实施截干更新、嫁接换冠和抚育施肥，同时新造高产油茶林，并配套开展技术服务和培训。低产林改造每亩补助标准为[[500|补助标准（政策）]]元，新造林每亩[[750|补助标准（政策）]]元。

二、资金安排和使用
（一）资金来源。年初预算{{budget.initial|2t}}万元，其中中央财政林业改革发展资金{{budget.sources.other.initial|2t}}万元、县级配套{{budget.sources.current.initial|2}}万元；5月省级追加油茶产业发展专项{{budget.adjustments[0].amount|2}}万元，全年预算{{budget.total|2t}}万元。
（二）资金支出。全年支出{{budget.actual|2t}}万元，执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover|2}}万元；其中上级资金支出{{budget.sources.other.actual|2t}}万元，县级配套支出{{budget.sources.current.actual|2}}万元。截至10月底累计支出进度为[[64.2|月度累计进度（数据无）]]%，验收集中在11月，补助于12月兑付。
（三）分项目支出（单位：万元）
${fundTable}

三、绩效目标完成情况
（一）产出。完成低产林改造{{num(indicators[0].actual)|1|lit}}万亩，完成率达到{{num(indicators[0].actual)/num(indicators[0].target)*100|0|words=百分之百;cmp=eq:100}}；新造高产油茶林{{num(indicators[1].actual)|2|lit}}万亩，比计划少{{num(indicators[1].target)-num(indicators[1].actual)|2}}万亩，原因是部分地块流转没有谈妥。举办技术培训[[46|培训期数（数据无）]]期，培训林农{{num(indicators[2].actual)|0t|lit}}人次；改造验收合格率{{num(indicators[3].actual)|1|lit}}%。新培育油茶专业合作社{{A('coops').value|0|b=73~油茶专业合作社家数（只出现一次）}}家。
（二）效益。改造林亩产茶油{{num(indicators[5].actual)|1|lit}}公斤，全县茶油产量{{A('oil').value|0t}}吨，上年{{A('oil').prior|0t}}吨，增长{{(A('oil').value-A('oil').prior)/A('oil').prior*100|2}}%；油茶产业综合产值{{A('output').value|2}}亿元，同比增长{{A('output').changeRate|1}}%。受益林农{{A('households').value|0t}}户，户均增收{{num(indicators[6].actual)|0t|lit}}元，其中脱贫户占[[近九成|受益户构成（数据无）]]。新造林保存率{{num(indicators[7].actual)|1|lit}}%。全县油茶产业发展考核在全市排名第{{A('rank').value|0}}。
（三）满意度。对[[12|抽样乡镇个数]]个乡镇的林农进行问卷调查，满意度{{num(indicators[8].actual)|1|lit}}%。

四、自评得分
${scoreTable}

五、存在问题和改进措施
新造林有{{num(indicators[1].target)-num(indicators[1].actual)|2}}万亩未完成。下一步将提前摸底地块流转意愿，2025年春季完成补植，并把新造林任务分解到乡镇、落实到地块。

蔚桐县林业局
2025年3月18日
`;

module.exports = {
  id: '11', slug: 'youcha', format: 'txt', level: '县',
  title: '蔚桐县2024年度油茶低产林改造提升补助资金绩效自评报告', sector: '油茶低产林改造（林业产业）',
  yamlHeader: `2024年度蔚桐县油茶低产林改造提升补助资金（项目支出）。虚构数据，金额单位万元。
年初1560（中央1200 + 县级360）+ 省级追加240 = 全年1800；执行1762.38，结余37.62；执行率97.91%，得分9.79。`,
  styles: ['框线字符画的纯文本表（┌─┬─┐，按显示宽度对齐）', '评分表含“扣分说明”列', '“完成率达到百分之百”（汉字写的百分数，数据有）', '近九成（skip，数据无）', '每亩补助标准（政策，skip）', '截至10月底累计进度（skip）', '户均增收、万亩、亿元', '全市排名第1'],
  data, body,
};

'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '05', slug: 'jindu-zhili', format: 'txt', eol: 'crlf', level: '区',
  sector: '禁毒：禁毒综合治理专项经费',
  styles: ['CRLF 换行（Windows 记事本）', '数字与单位间空格（431.27 万元）', '全角百分号（97.3％）', '指标逐条写成句子（目标值为≥95%，实际完成97.3%，得满分10分）', '较上年减少与下降率', '个百分点', '近（作者取整的约数）', '子项目压减（只写年初与全年，不写调整）'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '蓼汀市枫埭区禁毒委员会办公室',
    shortName: '区禁毒办',
    department: '蓼汀市枫埭区公安分局',
    implementer: '蓼汀市枫埭区禁毒委员会办公室',
    project: '禁毒综合治理专项经费',
    title: '枫埭区2024年度禁毒综合治理专项经费绩效自评报告',
  },
  budget: {
    initial: 428,
    adjustments: [
      { type: '追加', amount: 36.5, reason: '禁毒教育基地展陈改造' },
      { type: '压减', amount: 18, reason: '社工服务合同结算压减' },
    ],
    total: 446.5,
    actual: 431.27,
    rate: 96.59,
    carryover: 15.23,
    sources: { current: { initial: 428, total: 446.5, actual: 431.27 } },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['遏制毒品滋生蔓延，巩固无毒社区创建成果'] },
  projects: [
    { name: '社区戒毒社区康复服务', initial: 186, total: 168, actual: 165.42, carryover: 2.58 },
    { name: '禁毒宣传教育', initial: 112, adjustment: 36.5, total: 148.5, actual: 142.96, carryover: 5.54 },
    { name: '吸毒人员排查管控和毛发检测', initial: 130, adjustment: 0, total: 130, actual: 122.89, carryover: 7.11 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '社区戒毒社区康复执行率', target: '≥95%', actual: '97.3%', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '禁毒宣传活动', target: '≥120场次', actual: '146场次', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '毛发检测', target: '≥1500人次', actual: '1428人次', weight: 10, deviation: { reason: '部分重点人员外出务工，检测改由属地协查', measure: '与务工地公安机关建立协查机制' } },
    { level1: '产出指标', level2: '质量指标', name: '禁毒社工持证率', target: '≥60%', actual: '68.2%', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '经费拨付及时率', target: '100%', actual: '100%', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '新发现吸毒人员', target: '≤30人', actual: '22人', weight: 10, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '戒断三年未复吸人员占比', target: '≥45%', actual: '47.6%', weight: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '中小学禁毒教育覆盖率', target: '100%', actual: '100%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '社区群众满意度', target: '≥90%', actual: '93.1%', weight: 10 },
  ],
  achievements: [
    { id: 'new_users', group: '效益指标', topic: '毒情', name: '新发现吸毒人员', value: 22, unit: '人', prior: 31 },
    { id: 'abstain', group: '效益指标', topic: '毒情', name: '戒断三年未复吸人员占比', value: 47.6, unit: '%', prior: 44.9 },
    { id: 'in_program', group: '社区戒毒社区康复服务', topic: '社区戒毒', name: '在册社区戒毒社区康复人员', value: 214, unit: '人' },
    { id: 'workers', group: '社区戒毒社区康复服务', topic: '社区戒毒', name: '专职禁毒社工', value: 38, unit: '名' },
    { id: 'students', group: '禁毒宣传教育', topic: '宣传', name: '受教育中小学生', value: 6.72, unit: '万人次' },
    { id: 'base_visits', group: '禁毒宣传教育', topic: '宣传', name: '禁毒教育基地接待参观', value: 1.86, unit: '万人次' },
    { id: 'tips', group: '吸毒人员排查管控和毛发检测', topic: '线索', name: '群众举报涉毒线索', value: 57, unit: '条' },
  ],
  problems: [
    { id: 'hair', text: '毛发检测未完成目标', cause: '部分重点人员外出务工', measure: '与务工地建立协查机制' },
    { id: 'staff', text: '禁毒社工流动性大', cause: '薪酬偏低、晋升渠道少', measure: '落实社工薪酬指导标准' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 蓼汀市枫埭区禁毒委员会办公室 2024年度 禁毒综合治理专项经费（项目支出）。全部为虚构数据。金额单位：万元。
# 社区戒毒社区康复服务年中压减18万元：该子项目只写年初（initial）与全年（total），不写 adjustment（调整额不能为负）。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const report = `枫埭区2024年度禁毒综合治理专项经费绩效自评报告

一、基本情况
（一）项目设立依据和用途
  本项目依据《菁岫省禁毒条例》和区委、区政府关于禁毒工作的部署设立，由区禁毒委员会办公室统筹，各街道禁毒办和区禁毒社工站具体实施，主要用于三个方面：购买社区戒毒社区康复服务，开展禁毒宣传教育，组织吸毒人员排查管控和毛发检测。
（二）年度绩效目标
  社区戒毒社区康复执行率不低于{{num(${I(0)}.target)|0|lit}}%，开展禁毒宣传活动不少于{{num(${I(1)}.target)|0|lit}}场次，毛发检测不少于{{num(${I(2)}.target)|0t|lit}}人次，新发现吸毒人员控制在{{num(${I(5)}.target)|0|lit}}人以内。

二、资金安排和使用
（一）预算安排
  年初预算 {{budget.initial|2}} 万元。年中追加禁毒教育基地展陈改造经费 {{budget.adjustments[0].amount|2}} 万元，社工服务合同结算后压减 {{budget.adjustments[1].amount|2}} 万元，调整后全年预算 {{budget.total|2}} 万元。
（二）资金支出
  全年支出 {{budget.actual|2}} 万元，预算执行率 {{budget.rate|2}}％，结余 {{budget.carryover|2}} 万元。三个子项目的支出情况见下表。

  表1 子项目支出情况（万元）
@@grid
子项目|年初预算|全年预算|支出|执行率|占总支出比重
社区戒毒社区康复服务|{{${P(0, 'initial')}|2}}|{{${P(0, 'total')}|2}}|{{${P(0, 'actual')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%|{{${P(0, 'actual')}/budget.actual*100|2}}%
禁毒宣传教育|{{${P(1, 'initial')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2|a=92.67~执行率（文本表）~yes~142.96 ÷ 148.50 应为96.27%}}%|{{${P(1, 'actual')}/budget.actual*100|2}}%
吸毒人员排查管控和毛发检测|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%|{{${P(2, 'actual')}/budget.actual*100|2}}%
合计|{{budget.initial|2|r=${P(0, 'initial')},${P(1, 'initial')},${P(2, 'initial')}}}|{{budget.total|2|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{budget.actual|2|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{budget.rate|2}}%|[[100.00|合计比重]]%
@@end
  社区戒毒社区康复服务年初安排 {{${P(0, 'initial')}|2}} 万元，按合同结算压减 {{${P(0, 'initial')}-${P(0, 'total')}|2}} 万元；禁毒宣传教育追加 {{${P(1, 'adjustment')}|2}} 万元，用于禁毒教育基地[[2|展厅个数]]个展厅的展陈改造。

三、绩效目标实现情况
（一）产出
  1.社区戒毒社区康复执行率：目标值为≥{{num(${I(0)}.target)|0|lit}}%，实际完成{{num(${I(0)}.actual)|1|lit}}％，得满分{{${I(0)}.weight|0}}分。全区在册社区戒毒社区康复人员{{${A('in_program')}|0}}人，由{{${A('workers')}|0}}名专职禁毒社工一对一帮教。
  2.禁毒宣传活动：目标值为≥{{num(${I(1)}.target)|0|lit}}场次，实际开展{{num(${I(1)}.actual)|0|lit}}场次，得满分{{${I(1)}.score|0}}分。
  3.毛发检测：目标值为≥{{num(${I(2)}.target)|0|lit}}人次，实际完成{{num(${I(2)}.actual)|0t|lit}}人次，完成率{{num(${I(2)}.actual)/num(${I(2)}.target)*100|2}}％，得{{${I(2)}.score|2}}分，扣{{${I(2)}.weight-${I(2)}.score|2}}分。
  4.禁毒社工持证率：目标值为≥{{num(${I(3)}.target)|0|lit}}%，实际{{num(${I(3)}.actual)|1|lit}}%，得满分{{${I(3)}.score|0}}分。
  5.经费拨付及时率：目标值为{{num(${I(4)}.target)|0|lit}}%，实际{{num(${I(4)}.actual)|0|lit}}%，得满分{{${I(4)}.score|0}}分。
（二）效益
  1.新发现吸毒人员：目标值为≤{{num(${I(5)}.target)|0|lit}}人，实际{{num(${I(5)}.actual)|0|lit;r=${A('new_users')}}}人，得满分{{${I(5)}.score|0}}分。与上年{{${A('new_users', 'prior')}|0}}人相比减少{{${A('new_users', 'prior')}-${A('new_users')}|0}}人，下降{{(${A('new_users', 'prior')}-${A('new_users')})/${A('new_users', 'prior')}*100|2}}%。
  2.戒断三年未复吸人员占比：目标值为≥{{num(${I(6)}.target)|0|lit}}%，实际{{num(${I(6)}.actual)|1|lit;r=${A('abstain')}}}%，比上年提高{{${A('abstain')}-${A('abstain', 'prior')}|1}}个百分点，得满分{{${I(6)}.score|0}}分。
  3.中小学禁毒教育覆盖率：目标值为{{num(${I(7)}.target)|0|lit}}%，实际{{num(${I(7)}.actual)|0|lit}}%，全年受教育中小学生 {{${A('students')}|2}} 万人次，禁毒教育基地接待参观近{{${A('base_visits')}|1|ap=近;w=1.9}}万人次，得满分{{${I(7)}.score|0}}分。
  群众举报涉毒线索{{${A('tips')}|0|b=75~计数（举报线索条数）~no}}条，按规定兑现举报奖励，单条奖励[[200|奖励标准]]元至[[5,000|奖励标准]]元。
（三）满意度
  在[[8|街道个数]]个街道随机走访居民，社区群众满意度{{num(${I(8)}.actual)|1|lit}}%，高于目标{{num(${I(8)}.actual)-num(${I(8)}.target)|1}}个百分点，得满分{{${I(8)}.score|0}}分。

四、自评结论
  预算执行率得{{budgetRate.score|2}}分，产出指标得{{${I(0)}.score+${I(1)}.score+${I(2)}.score+${I(3)}.score+${I(4)}.score|2}}分，效益指标得{{${I(5)}.score+${I(6)}.score+${I(7)}.score|0}}分，满意度指标得{{${I(8)}.score|0}}分，合计{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8].map((n) => I(n) + '.score').join(',')}}}分，等级为优。

五、存在的问题和改进措施
  （一）毛发检测未完成目标。部分重点人员外出务工，检测改由属地协查，下一步与务工地公安机关建立协查机制。
  （二）禁毒社工流动性大，全年离职[[6|离职人数（未入数据）]]人。下一步落实社工薪酬指导标准，社工服务合同期限由[[1|合同年限]]年延长至[[3|合同年限]]年。

枫埭区禁毒委员会办公室
2025年3月14日
`;

module.exports = { info, data, header, report };

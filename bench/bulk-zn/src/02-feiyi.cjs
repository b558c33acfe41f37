'use strict';
// 02 汐芷省省级非物质文化遗产保护专项资金（项目，省级，txt）
module.exports = {
  id: '02', slug: 'feiyi', format: 'txt', level: '省',
  sector: '非物质文化遗产保护',
  styles: ['正文全角数字和全角小数点（２４３７．４６万元、９８．６８％），不用全角逗号作千分位', '执行率为98.7％（一位小数、全角百分号）', '得分写成 9.5/10、得分率、扣0.5分和带数字的扣分原因', '段内（1）（2）（3）和①②③编号', '逐条“键：值；”的评分清单代替评分表'],
  notes: ['每人每年2万元为政策标准 skip', '表序号 skip'],
  header: `2024年度汐芷省省级非物质文化遗产保护专项资金（项目支出）绩效自评的数据。金额单位：万元。单位和数字均为虚构（bulk-zn）。
年初 2600 − 压减 130 = 全年 2470；执行 2437.46；结余 32.54。压减的两个子项目只写 initial、total。`,
  data: {
    kind: 'project',
    version: 2,
    meta: {
      year: 2024, unit: '汐芷省非物质文化遗产保护中心', shortName: '省非遗中心', department: '汐芷省文化厅', implementer: '汐芷省非物质文化遗产保护中心',
      project: '省级非物质文化遗产保护专项资金', title: '汐芷省省级非物质文化遗产保护专项资金2024年度绩效自评报告',
    },
    background: { purpose: ['代表性传承人传习补助', '非遗项目记录和数字化', '非遗工坊扶持和展示展演'] },
    budget: {
      initial: 2600,
      adjustments: [{ type: '压减', amount: 130, reason: '全省统一压减一般性支出' }],
      total: 2470, actual: 2437.46, carryover: 32.54,
      sources: { current: { initial: 2600, total: 2470, actual: 2437.46 } },
    },
    budgetRate: { weight: 10, score: 9.87 },
    scoreSummary: { weightTotal: 100, scoreTotal: 99.37, grade: '优' },
    goals: { expected: ['传承人传习活动正常开展，濒危项目得到抢救性记录'] },
    projects: [
      { name: '代表性传承人传习补助', initial: 1060, total: 1060, actual: 1060, carryover: 0 },
      { name: '非遗项目记录和数字化', initial: 720, total: 650, actual: 631.26, carryover: 18.74 },
      { name: '非遗工坊和展示展演', initial: 820, total: 760, actual: 746.2, carryover: 13.8 },
    ],
    indicators: [
      { level1: '产出指标', level2: '数量指标', name: '资助省级代表性传承人', target: '530人', actual: '530人', weight: 10, score: 10 },
      {
        level1: '产出指标', level2: '数量指标', name: '完成记录工程项目', target: '40项', actual: '38项', weight: 10, score: 9.5,
        deviation: { reason: '2项因传承人年事已高、身体原因，采录推迟到2025年', measure: '调整采录计划，分段完成' },
      },
      { level1: '产出指标', level2: '数量指标', name: '扶持非遗工坊', target: '60家', actual: '64家', weight: 10, score: 10 },
      { level1: '产出指标', level2: '质量指标', name: '记录成果验收合格率', target: '≥95%', actual: '100%', weight: 10, score: 10 },
      { level1: '产出指标', level2: '时效指标', name: '补助资金拨付及时率', target: '100%', actual: '100%', weight: 10, score: 10 },
      { level1: '效益指标', level2: '社会效益指标', name: '开展展演展示活动', target: '≥300场次', actual: '356场次', weight: 10, score: 10 },
      { level1: '效益指标', level2: '经济效益指标', name: '非遗工坊带动就业', target: '2000人', actual: '2315人', weight: 10, score: 10 },
      { level1: '效益指标', level2: '可持续影响指标', name: '传承人带徒', target: '1500人', actual: '1642人', weight: 10, score: 10 },
      { level1: '满意度指标', level2: '服务对象满意度指标', name: '传承人满意度', target: '≥90%', actual: '95.6%', weight: 10, score: 10 },
    ],
    achievements: [
      { id: 'video', group: '产出', topic: '记录工程', name: '采集音视频资料', value: 1870, unit: '小时' },
      { id: 'audience', group: '效益', topic: '展演', name: '展演展示观众', value: 126.4, unit: '万人次', approx: '约' },
      { id: 'sales', group: '效益', topic: '工坊', name: '非遗工坊产品销售额', value: 3.86, unit: '亿元' },
      { id: 'new_items', group: '产出', topic: '名录', name: '新公布省级代表性项目', value: 87, unit: '项' },
    ],
    problems: [
      { id: 'aging', text: '部分传承人年事已高', cause: '抢救性记录时间紧', measure: '优先安排高龄传承人采录' },
      { id: 'market', text: '工坊产品同质化', cause: '设计力量薄弱', measure: '引入高校设计团队结对' },
    ],
  },
  rel: [
    { type: 'same', a: 'fa', b: 'ta' },
    { type: 'ratio', num: 'fa', den: 'ft', rate: 'fr' },
  ],
  body: `汐芷省省级非物质文化遗产保护专项资金
2024年度绩效自评报告

汐芷省非物质文化遗产保护中心
2025年3月

一、项目基本情况

（一）项目内容

省级非物质文化遗产保护专项资金由省文化厅主管、省非物质文化遗产保护中心组织实施，资金分三块使用：①省级代表性传承人传习补助；②非遗项目记录和数字化；③非遗工坊扶持和展示展演。项目的服务对象主要是各级代表性传承人、非遗保护单位和带动就业的非遗工坊。

（二）年度绩效目标

年初确定的目标是：资助省级代表性传承人{{530=num(I(0).target)}}人，完成{{40=num(I(1).target)}}个项目的记录工程，扶持非遗工坊{{60=num(I(2).target)}}家，全年开展展演展示活动不少于{{300=num(I(5).target)}}场次，传承人满意度达到{{90=num(I(8).target)}}%以上。

二、资金投入和使用情况

（一）预算安排

年初预算{{２６００．００=d.budget.initial}}万元。按照全省统一压减一般性支出的要求，年中压减{{１３０．００=d.budget.adjustments[0].amount}}万元，其中记录和数字化压减{{７０．００=P(1).initial-P(1).total}}万元、工坊和展演压减{{６０．００=P(2).initial-P(2).total}}万元，传承人补助没有压减。调整后全年预算{{２４７０．００=d.budget.total|#ft}}万元，全部为省级财政拨款。

（二）资金执行

截至2024年12月31日，全年支出{{２４３７．４６=d.budget.actual|#fa|a:２４７３．４６~正文全角数字写的全年支出（与表中 2,437.46、执行率 98.68% 不一致）}}万元，结余{{３２．５４=d.budget.carryover}}万元，执行率为{{98.7=R()}}％。分项情况见表[[1|表序号]]。

表[[1|表序号]]　资金执行情况（单位：万元）

子项目                  年初预算      全年预算      实际支出      执行率
代表性传承人传习补助    {{1,060.00=P(0).initial}}      {{1,060.00=P(0).total}}      {{1,060.00=P(0).actual}}      {{100.00=pct(P(0).actual,P(0).total)}}%
非遗项目记录和数字化      {{720.00=P(1).initial}}        {{650.00=P(1).total}}        {{631.26=P(1).actual}}       {{97.12=pct(P(1).actual,P(1).total)}}%
非遗工坊和展示展演        {{820.00=P(2).initial}}        {{760.00=P(2).total}}        {{746.20=P(2).actual}}       {{98.18=pct(P(2).actual,P(2).total)}}%
合计                    {{2,600.00=d.budget.initial}}      {{2,470.00=d.budget.total}}      {{2,437.46=d.budget.actual|#ta}}       {{98.68=R()|#fr}}%

结余的{{３２．５４=d.budget.carryover}}万元中，记录和数字化结余{{１８．７４=P(1).carryover}}万元，是{{２=num(I(1).target)-num(I(1).actual)}}个推迟采录项目的后期制作费；工坊和展演结余{{１３．８０=P(2).carryover}}万元，是展演场地费按实结算后的节余。

三、绩效目标实现情况

（一）产出

全年主要做了三件事。（1）传承人补助：向{{530=num(I(0).actual)}}名省级代表性传承人足额发放传习补助，标准为每人每年[[2|政策标准]]万元，拨付及时率{{１００=num(I(4).actual)}}％。（2）记录工程：完成{{38=num(I(1).actual)}}个项目的记录工作，采集音视频资料{{１８７０=A('video')|b:１７８０~采集音视频资料小时数（全角）}}小时，成果验收合格率{{100=num(I(3).actual)}}%。（3）工坊和展演：扶持非遗工坊{{64=num(I(2).actual)}}家，开展展演展示活动{{356=num(I(5).actual)}}场次，观众约{{１２６=A('audience')|cmp:about}}万人次。此外，配合省文化厅公布了{{87=A('new_items')}}项省级代表性项目。

（二）效益

非遗工坊全年带动就业{{2,315=num(I(6).actual)}}人，比目标多{{315=num(I(6).actual)-num(I(6).target)}}人，工坊产品销售额{{３．８６=A('sales')}}亿元；传承人全年带徒{{1,642=num(I(7).actual)}}人，一批濒临失传的技艺有了新的学徒。传承人满意度为{{９５．６=num(I(8).actual)}}％。

四、自评得分

按照省财政厅的评分办法，逐项自评如下：

预算执行率：分值{{10=d.budgetRate.weight}}分；执行率{{98.68=R()}}%；得分{{9.87=d.budgetRate.score}}分。
资助省级代表性传承人：指标值{{530=num(I(0).target)}}人；完成{{530=num(I(0).actual)}}人；得分{{10=I(0).score}}/{{10=I(0).weight}}。
完成记录工程项目：指标值{{40=num(I(1).target)}}项；完成{{38=num(I(1).actual)}}项；得分{{9.5=I(1).score}}/{{10=I(1).weight}}，扣{{0.5=I(1).weight-I(1).score}}分。
扶持非遗工坊：指标值{{60=num(I(2).target)}}家；完成{{64=num(I(2).actual)}}家；得分{{10=I(2).score}}/{{10=I(2).weight}}。
记录成果验收合格率：指标值≥{{95=num(I(3).target)}}%；完成{{100=num(I(3).actual)}}%；得分{{10=I(3).score}}/{{10=I(3).weight}}。
补助资金拨付及时率：指标值{{100=num(I(4).target)}}%；完成{{100=num(I(4).actual)}}%；得分{{10=I(4).score}}/{{10=I(4).weight}}。
开展展演展示活动：指标值≥{{300=num(I(5).target)}}场次；完成{{356=num(I(5).actual)}}场次；得分{{10=I(5).score}}/{{10=I(5).weight}}。
非遗工坊带动就业：指标值{{2,000=num(I(6).target)}}人；完成{{2,315=num(I(6).actual)}}人；得分{{10=I(6).score}}/{{10=I(6).weight}}。
传承人带徒：指标值{{1,500=num(I(7).target)}}人；完成{{1,642=num(I(7).actual)}}人；得分{{10=I(7).score}}/{{10=I(7).weight}}。
传承人满意度：指标值≥{{90=num(I(8).target)}}%；完成{{95.6=num(I(8).actual)}}%；得分{{10=I(8).score}}/{{10=I(8).weight}}。

扣分原因：记录工程原计划{{40=num(I(1).target)}}项，实际完成{{38=num(I(1).actual)}}项，完成率{{95=pct(num(I(1).actual),num(I(1).target))}}%，其余{{2=num(I(1).target)-num(I(1).actual)}}项因传承人年事已高、身体原因，采录推迟到2025年，按完成比例扣{{0.5=I(1).weight-I(1).score}}分。

合计自评得分{{99.37=S()}}分（满分{{100=W()}}分），得分率{{99.37=pct(S(),W())}}%，评价等级为“优”。

五、存在的问题及改进措施

一是部分传承人年事已高，抢救性记录时间紧，下一步优先安排高龄传承人采录，必要时分段完成；二是非遗工坊产品同质化，设计力量薄弱，计划引入高校设计团队与工坊结对，提高产品附加值。
`,
};

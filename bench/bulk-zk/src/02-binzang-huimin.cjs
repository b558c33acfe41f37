'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '02', slug: 'binzang-huimin', format: 'txt', encoding: 'gbk', level: '市',
  sector: '民政：殡葬改革惠民补助资金',
  styles: ['GBK 编码（记事本另存为 ANSI）', '正文全角数字（２，０１１．５８万元）', '“万”不带“元”（236.4万）', '近/逾（作者取整的约数）', '分别为列举', '同比与个百分点', '按显示宽度对齐的文本表'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '蓼汀市民政局',
    shortName: '市民政局',
    department: '蓼汀市民政局',
    implementer: '蓼汀市民政局、各县（区）民政局',
    project: '殡葬改革惠民补助资金',
    title: '蓼汀市2024年度殡葬改革惠民补助资金绩效自评报告',
    thousands: true,
  },
  background: { purpose: ['基本殡葬服务费用减免', '节地生态安葬奖补', '农村公益性公墓建设', '殡葬领域专项整治'] },
  budget: {
    initial: 1850,
    adjustments: [{ type: '追加', amount: 236.4, reason: '省级节地生态安葬奖补资金' }],
    total: 2086.4,
    actual: 2011.58,
    rate: 96.41,
    carryover: 74.82,
    sources: {
      current: { initial: 1850, total: 1850, actual: 1790.35 },
      other: { initial: 0, total: 236.4, actual: 221.23 },
    },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['减轻群众治丧负担，推行节地生态安葬'] },
  projects: [
    { name: '基本殡葬服务费用减免', initial: 1120, adjustment: 0, total: 1120, actual: 1096.84, carryover: 23.16 },
    { name: '节地生态安葬奖补', initial: 260, adjustment: 236.4, total: 496.4, actual: 471.05, carryover: 25.35 },
    { name: '农村公益性公墓建设补助', initial: 380, adjustment: 0, total: 380, actual: 362.19, carryover: 17.81 },
    { name: '殡葬领域专项整治和宣传', initial: 90, adjustment: 0, total: 90, actual: 81.5, carryover: 8.5 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '基本殡葬服务费用减免人数', target: '≥9800人', actual: '10236人', weight: 12 },
    { level1: '产出指标', level2: '数量指标', name: '节地生态安葬数', target: '≥2600例', actual: '2418例', weight: 10, deviation: { reason: '部分县区树葬园区年底才建成', measure: '督促新建园区尽快投用' } },
    { level1: '产出指标', level2: '数量指标', name: '新建改扩建农村公益性公墓', target: '≥12个', actual: '12个', weight: 8 },
    { level1: '产出指标', level2: '质量指标', name: '遗体火化率', target: '≥99%', actual: '99.6%', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '减免费用即时结算率', target: '≥95%', actual: '98.2%', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '人均减免金额', target: '≥1000元', actual: '1071.55元', weight: 10 },
    { level1: '效益指标', level2: '生态效益指标', name: '节地生态安葬率', target: '≥35%', actual: '38.4%', weight: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '殡葬服务设施规范运营率', target: '100%', actual: '100%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '95.7%', weight: 10 },
  ],
  achievements: [
    { id: 'cremations', group: '产出指标', topic: '火化', name: '火化遗体', value: 12860, unit: '具', prior: 12318 },
    { id: 'eco_rate', group: '效益指标', topic: '节地生态安葬', name: '节地生态安葬率', value: 38.4, unit: '%', prior: 33.1 },
    { id: 'tree_burials', group: '节地生态安葬奖补', topic: '节地生态安葬', name: '树葬、花坛葬', value: 1287, unit: '例' },
    { id: 'sea_scatter', group: '节地生态安葬奖补', topic: '节地生态安葬', name: '骨灰撒散', value: 316, unit: '例' },
    { id: 'cemeteries', group: '农村公益性公墓建设补助', topic: '公墓', name: '农村公益性公墓累计', value: 148, unit: '个' },
    { id: 'rectified', group: '殡葬领域专项整治和宣传', topic: '整治', name: '整治违规墓地', value: 467, unit: '处' },
    { id: 'campaigns', group: '殡葬领域专项整治和宣传', topic: '宣传', name: '文明祭扫宣传活动', value: 85, unit: '场次' },
  ],
  problems: [
    { id: 'eco', text: '节地生态安葬数未达目标', cause: '两个树葬园区年底才建成', measure: '新园区投用并加大宣传' },
    { id: 'rural', text: '农村公墓管护力量薄弱', cause: '管护经费没有稳定来源', measure: '把管护经费纳入县级预算' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 蓼汀市民政局 2024年度 殡葬改革惠民补助资金（项目支出）。全部为虚构数据。金额单位：万元。
# 省级下达的节地生态安葬奖补资金列在 budget.sources.other，年中以“追加”列入全年预算。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const report = `蓼汀市2024年度殡葬改革惠民补助资金绩效自评报告

    根据《蓼汀市财政局关于开展2024年度预算绩效自评工作的通知》（蓼财绩〔2025〕3号）要求，市民政局会同各县（区）民政局对殡葬改革惠民补助资金开展了绩效自评，现将有关情况报告如下。

一、项目基本情况
    （一）资金用途
    该项资金主要用于四个方面：一是对本市户籍居民免除遗体接运、暂存、火化和骨灰寄存等基本殡葬服务费用；二是对选择树葬、花坛葬、骨灰撒散等节地生态安葬方式的家庭给予奖补；三是补助农村公益性公墓新建和改扩建；四是开展殡葬领域专项整治和移风易俗宣传。按现行政策，每例基本殡葬服务减免标准不超过[[1,500|政策减免标准]]元，节地生态安葬每例奖补[[800|政策奖补标准]]元至[[2,000|政策奖补标准]]元。
    （二）绩效目标
    年初确定的目标为：全年减免基本殡葬服务费用不少于{{num(${I(0)}.target)|0|lit}}人，节地生态安葬不少于{{num(${I(1)}.target)|0|lit}}例，新建改扩建农村公益性公墓{{num(${I(2)}.target)|0|lit}}个，遗体火化率保持在{{num(${I(3)}.target)|0|lit}}%以上。

二、资金投入和使用情况
    （一）资金到位
    年初预算{{budget.initial|2tf}}万元是市级财政安排的资金。8月省民政厅、省财政厅下达节地生态安葬奖补{{budget.adjustments[0].amount|1|r=budget.sources.other.total}}万，我局全部追加到节地生态安葬奖补子项目，全年预算调整为{{budget.total|2tf}}万元。
    （二）资金支出
    截至12月31日，累计支出{{budget.actual|2tf|a=２，０１１．８５~金额（全角数字，正文执行数）~yes~与结余７４．８２万元、执行率96.41%及表1合计不符}}万元，结余{{budget.carryover|2f}}万元，预算执行率{{budget.rate|2}}%。其中市级资金支出{{budget.sources.current.actual|2t}}万元，省级资金支出{{budget.sources.other.actual|2}}万元，省级资金执行率{{budget.sources.other.actual/budget.sources.other.total*100|2}}%。
    四个子项目分别支出{{${P(0, 'actual')}|2t}}万元、{{${P(1, 'actual')}|2}}万元、{{${P(2, 'actual')}|2}}万元和{{${P(3, 'actual')}|2}}万元，基本殡葬服务费用减免一项占总支出的{{${P(0, 'actual')}/budget.actual*100|1}}%。结余资金中，农村公益性公墓建设补助{{${P(2, 'carryover')}|2}}万元因[[1|公墓个数]]个公墓竣工决算尚未完成，下年继续拨付。

    表1  子项目资金情况（单位：万元）
@@grid
子项目|年初预算|全年预算|实际支出|结余|执行率
基本殡葬服务费用减免|{{${P(0, 'initial')}|2t}}|{{${P(0, 'total')}|2t}}|{{${P(0, 'actual')}|2t}}|{{${P(0, 'carryover')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
节地生态安葬奖补|{{${P(1, 'initial')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2}}|{{${P(1, 'carryover')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
农村公益性公墓建设补助|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2}}|{{${P(2, 'carryover')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%
殡葬领域专项整治和宣传|{{${P(3, 'initial')}|2}}|{{${P(3, 'total')}|2}}|{{${P(3, 'actual')}|2}}|{{${P(3, 'carryover')}|2}}|{{${P(3, 'actual')}/${P(3, 'total')}*100|2}}%
合计|{{budget.initial|2t|r=${P(0, 'initial')},${P(1, 'initial')},${P(2, 'initial')},${P(3, 'initial')}}}|{{budget.total|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')},${P(3, 'total')}}}|{{budget.actual|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')},${P(3, 'actual')}}}|{{budget.carryover|2|r=${P(0, 'carryover')},${P(1, 'carryover')},${P(2, 'carryover')},${P(3, 'carryover')}}}|{{budget.rate|2}}%
@@end

    （三）资金管理
    减免资金由殡仪馆先行减免、民政部门按月与殡仪馆结算，奖补资金通过“一卡通”直接发放到户，全年未发现截留挪用。

三、绩效目标完成情况
    （一）产出
    全年为{{num(${I(0)}.actual)|0t|lit}}名逝者家庭减免基本殡葬服务费用，完成目标的{{num(${I(0)}.actual)/num(${I(0)}.target)*100|2}}%。全市火化遗体{{achievements@cremations.value|0t}}具，同比增加{{achievements@cremations.value-achievements@cremations.prior|0}}具，增长{{(achievements@cremations.value-achievements@cremations.prior)/achievements@cremations.prior*100|2}}%，遗体火化率{{num(${I(3)}.actual)|1|lit}}%。
    节地生态安葬{{num(${I(1)}.actual)|0t|lit}}例，比目标少{{num(${I(1)}.target)-num(${I(1)}.actual)|0}}例，其中树葬、花坛葬近{{achievements@tree_burials.value|0t|ap=近;w=1300}}例，骨灰撒散{{achievements@sea_scatter.value|0|b=361~计数（骨灰撒散例数）~no}}例。新建改扩建农村公益性公墓{{num(${I(2)}.actual)|0|lit}}个，全市农村公益性公墓累计达到{{achievements@cemeteries.value|0}}个，覆盖[[86|覆盖比例（数据无）]]%的行政村。
    减免费用即时结算率{{num(${I(4)}.actual)|1|lit}}%，群众在殡仪馆办完手续即可享受减免，不再事后申领。
    （二）效益
    1.社会效益。全市人均减免{{${P(0, 'actual')}*10000/num(${I(0)}.actual)|2t}}元，群众治丧负担明显减轻。整治违规墓地{{achievements@rectified.value|0}}处，开展文明祭扫宣传活动{{achievements@campaigns.value|0}}场次。
    2.生态效益。节地生态安葬率{{achievements@eco_rate.value|1|r=${I(6)}.actual}}%，同比提高{{achievements@eco_rate.value-achievements@eco_rate.prior|1}}个百分点，逾[[1.2|节约土地（数据无）]]万平方米土地免于硬化建墓。
    3.可持续影响。全市[[9|殡仪馆个数]]个殡仪馆、[[3|骨灰堂个数]]个市级骨灰堂全部规范运营。
    （三）满意度
    通过电话回访[[1,032|回访户数]]户治丧家庭，群众满意度为{{num(${I(8)}.actual)|1|lit}}%。

四、绩效自评结果
    本次自评满分[[100|满分]]分，自评得分{{scoreSummary.scoreTotal|2}}分，等级为优。其中预算执行率得{{budgetRate.score|2}}分，节地生态安葬数一项按完成比例得{{${I(1)}.score|2}}分，其余指标均得满分。

    表2  绩效自评表（分）
@@grid left=3
一级指标|二级指标|三级指标|年度指标值|实际完成值|分值|得分
预算执行|预算执行率|预算执行率|[[100|执行率目标值]]%|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
产出指标|数量指标|基本殡葬服务费用减免人数|≥{{num(${I(0)}.target)|0|lit}}人|{{num(${I(0)}.actual)|0|lit}}人|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
产出指标|数量指标|节地生态安葬数|≥{{num(${I(1)}.target)|0|lit}}例|{{num(${I(1)}.actual)|0|lit}}例|{{${I(1)}.weight|0}}|{{${I(1)}.score|2}}
产出指标|数量指标|新建改扩建农村公益性公墓|≥{{num(${I(2)}.target)|0|lit}}个|{{num(${I(2)}.actual)|0|lit}}个|{{${I(2)}.weight|0}}|{{${I(2)}.score|0}}
产出指标|质量指标|遗体火化率|≥{{num(${I(3)}.target)|0|lit}}%|{{num(${I(3)}.actual)|1|lit}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|0}}
产出指标|时效指标|减免费用即时结算率|≥{{num(${I(4)}.target)|0|lit}}%|{{num(${I(4)}.actual)|1|lit}}%|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
效益指标|社会效益指标|人均减免金额|≥{{num(${I(5)}.target)|0t|lit}}元|{{num(${I(5)}.actual)|2t|lit}}元|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
效益指标|生态效益指标|节地生态安葬率|≥{{num(${I(6)}.target)|0|lit}}%|{{num(${I(6)}.actual)|1|lit}}%|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
效益指标|可持续影响指标|殡葬服务设施规范运营率|{{num(${I(7)}.target)|0|lit}}%|{{num(${I(7)}.actual)|0|lit}}%|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
满意度指标|服务对象满意度|群众满意度|≥{{num(${I(8)}.target)|0|lit}}%|{{num(${I(8)}.actual)|1|lit}}%|{{${I(8)}.weight|0}}|{{${I(8)}.score|0}}
合计||||{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8].map((n) => I(n) + '.score').join(',')}}}|
@@end

五、存在的问题
    一是节地生态安葬数未达到年初目标，[[2|园区个数]]个县级树葬园区到11月底才建成投用；二是农村公益性公墓建成后管护力量薄弱，管护经费没有稳定来源。

六、改进措施
    一是督促新建园区尽快投用，结合清明、冬至集中宣传节地生态安葬；二是推动各县（区）把农村公墓管护经费纳入本级预算，每个公墓至少配备[[1|管护人数（政策）]]名管护员。

七、自评结果应用
    自评结果将作为2025年资金分配的参考，对节地生态安葬推进较慢的县区适当核减奖补资金。

                                             蓼汀市民政局
                                           2025年3月20日
    （联系人：温若舟，联系电话：[[5563 8817|联系电话]]）
`;

module.exports = { info, data, header, report };

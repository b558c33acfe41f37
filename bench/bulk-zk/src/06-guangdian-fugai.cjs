'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '06', slug: 'guangdian-fugai', format: 'docx', level: '市',
  sector: '广播电视：应急广播体系和直播卫星户户通巩固提升工程',
  styles: ['Word 修订（数字替换，插入整句）', '标题用 Heading1/2 样式、手打“一、”', '段内软回车和制表符', '单元格内两个段落（金额 + 说明）', 'Word 段落中的全角数字（１．４８万套）', '超（作者取整的约数）', '“万”不带“元”', '子项目只有压减（年初、全年）'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '槐渚市广播电视局',
    shortName: '市广电局',
    department: '槐渚市广播电视局',
    implementer: '槐渚市广播电视局、各县（市、区）广播电视主管部门',
    project: '应急广播体系和直播卫星户户通巩固提升工程',
    title: '槐渚市2024年度应急广播体系和直播卫星户户通巩固提升工程绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 2380,
    adjustments: [{ type: '压减', amount: 210, reason: '财政统筹压减' }],
    total: 2170,
    actual: 2093.49,
    rate: 96.47,
    carryover: 76.51,
    sources: {
      current: { initial: 1580, total: 1370, actual: 1310.62 },
      other: { initial: 800, total: 800, actual: 782.87 },
    },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['建成市县贯通的应急广播体系，巩固直播卫星户户通成果'] },
  projects: [
    { name: '市级应急广播平台升级', initial: 960, total: 880, actual: 861.35, carryover: 18.65 },
    { name: '县级应急广播适配终端', initial: 1020, total: 890, actual: 851.27, carryover: 38.73 },
    { name: '直播卫星户户通运维和信号保障', initial: 400, adjustment: 0, total: 400, actual: 380.87, carryover: 19.13 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新建改造应急广播适配终端', target: '≥1800套', actual: '1926套', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '平台对接的县（市、区）', target: '8个', actual: '8个', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '终端在线率', target: '≥95%', actual: '93.6%', weight: 10, deviation: { reason: '山区部分终端受雷击损坏', measure: '加装防雷模块，缩短巡检周期' } },
    { level1: '产出指标', level2: '时效指标', name: '户户通故障修复时限', target: '≤48小时', actual: '36小时', weight: 10, direction: 'negative' },
    { level1: '产出指标', level2: '数量指标', name: '直播卫星户户通维护户数', target: '≥2.5万户', actual: '2.63万户', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '应急广播行政村覆盖率', target: '≥98%', actual: '99.2%', weight: 15 },
    { level1: '效益指标', level2: '社会效益指标', name: '播发预警和应急信息', target: '≥300条', actual: '412条', weight: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', target: '≥90%', actual: '94.3%', weight: 10 },
  ],
  achievements: [
    { id: 'villages', group: '县级应急广播适配终端', topic: '覆盖', name: '覆盖行政村', value: 1214, unit: '个' },
    { id: 'terminals_total', group: '县级应急广播适配终端', topic: '覆盖', name: '全市应急广播终端累计', value: 1.48, unit: '万套' },
    { id: 'policy_casts', group: '效益指标', topic: '播发', name: '播发政策宣讲和通知', value: 2863, unit: '次' },
    { id: 'maintainers', group: '直播卫星户户通运维和信号保障', topic: '运维', name: '运维人员', value: 64, unit: '名' },
  ],
  problems: [
    { id: 'online', text: '山区终端在线率偏低', cause: '雷击损坏和供电不稳', measure: '加装防雷模块和备用电源' },
    { id: 'content', text: '日常播出内容更新慢', cause: '县级采编力量不足', measure: '建立市县共享节目库' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 槐渚市广播电视局 2024年度 应急广播体系和直播卫星户户通巩固提升工程（项目支出）。全部为虚构数据。金额单位：万元。
# 市级资金列 budget.sources.current（年中压减210万元），中央补助列 budget.sources.other。
# 两个子项目只有压减：只写 initial 与 total（不写 adjustment）。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const report = `#T 槐渚市2024年度应急广播体系和直播卫星户户通巩固提升工程绩效自评报告
#1 一、项目基本情况
本工程由市广播电视局牵头，[[8|县市区个数]]个县（市、区）广播电视主管部门分别实施，建设内容包括市级应急广播平台升级、县级应急广播适配终端建设改造和直播卫星户户通运维。
年度绩效目标：↵新建改造适配终端不少于{{num(${I(0)}.target)|0t|lit}}套；↵市级平台与{{num(${I(1)}.target)|0|lit}}个县（市、区）平台全部对接；↵应急广播行政村覆盖率达到{{num(${I(5)}.target)|0|lit}}%以上。
#1 二、资金安排和执行情况
#2 （一）预算安排和调整
年初预算{{budget.initial|2t}}万元，其中市级资金{{budget.sources.current.initial|2t}}万元、中央补助{{budget.sources.other.initial|0}}万。年中财政统筹压减市级资金{{budget.adjustments[0].amount|2}}万元，全年预算{{budget.total|2t}}万元。
#2 （二）资金执行
全年支出{{budget.actual|2t|del=2,039.48}}万元，执行率{{budget.rate|2}}%，结余{{budget.carryover|2}}万元。市级资金支出{{budget.sources.current.actual|2t}}万元，中央补助支出{{budget.sources.other.actual|2}}万元，中央补助执行率{{budget.sources.other.actual/budget.sources.other.total*100|2}}%。++压减的{{budget.adjustments[0].amount|0}}万元全部来自两个建设类子项目，户户通运维经费未压减。++
@@table head=1 w=2800,1500,1500,1500,1500
子项目|年初预算（万元）|全年预算（万元）|实际支出（万元）|执行率
市级应急广播平台升级|{{${P(0, 'initial')}|2}}|{{${P(0, 'total')}|2}}¶（压减{{${P(0, 'initial')}-${P(0, 'total')}|2}}）|{{${P(0, 'actual')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
县级应急广播适配终端|{{${P(1, 'initial')}|2t}}|{{${P(1, 'total')}|2|a=980.00~全年预算（Word 表格，单元格两段）~yes~与年初1,020.00减压减130.00、执行率95.65%及合计2,170.00不符}}¶（压减{{${P(1, 'initial')}-${P(1, 'total')}|2}}）|{{${P(1, 'actual')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
直播卫星户户通运维和信号保障|{{${P(2, 'initial')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2|del=380.86}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%
合计|{{budget.initial|2t|r=${P(0, 'initial')},${P(1, 'initial')},${P(2, 'initial')}}}|{{budget.total|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{budget.actual|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{budget.rate|2}}%
@@end
#1 三、绩效目标完成情况
#2 （一）产出
全年新建改造适配终端{{num(${I(0)}.actual)|0t|lit}}套，超出目标{{num(${I(0)}.actual)-num(${I(0)}.target)|0}}套，全市应急广播终端累计达到{{${A('terminals_total')}|2f}}万套。市级平台已与{{num(${I(1)}.actual)|0|lit}}个县（市、区）平台对接，实现市县两级“一键播发”。
终端在线率{{num(${I(2)}.actual)|1|lit}}%，比目标低{{num(${I(2)}.target)-num(${I(2)}.actual)|1}}个百分点，主要是山区[[37|损坏终端数（未入数据）]]套终端受雷击损坏。户户通故障平均修复时间{{num(${I(3)}.actual)|0|lit}}小时，维护直播卫星户户通用户{{num(${I(4)}.actual)|2|lit}}万户，配备运维人员{{${A('maintainers')}|0}}名。
#2 （二）效益
应急广播覆盖{{${A('villages')}|0t|b=1,241~计数（覆盖行政村个数）~no}}个行政村，行政村覆盖率{{num(${I(5)}.actual)|1|lit}}%。全年播发预警和应急信息{{num(${I(6)}.actual)|0|lit}}条，播发政策宣讲和通知超{{${A('policy_casts')}|0t|ap=超;w=2800}}次。
#2 （三）满意度
委托第三方电话调查[[1,600|调查户数]]户，群众满意度{{num(${I(7)}.actual)|1|lit}}%。
#1 四、自评得分
@@table head=1 w=1400,3200,1300,1300,900,900
一级指标|三级指标|年度指标值|实际完成值|分值|得分
预算执行|预算执行率|[[100%|执行率目标值]]|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
产出指标|新建改造应急广播适配终端|≥{{num(${I(0)}.target)|0|lit}}套|{{num(${I(0)}.actual)|0|lit}}套|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
^|平台对接的县（市、区）|{{num(${I(1)}.target)|0|lit}}个|{{num(${I(1)}.actual)|0|lit}}个|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
^|终端在线率|≥{{num(${I(2)}.target)|0|lit}}%|{{num(${I(2)}.actual)|1|lit}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|2}}
^|户户通故障修复时限|≤{{num(${I(3)}.target)|0|lit}}小时|{{num(${I(3)}.actual)|0|lit}}小时|{{${I(3)}.weight|0}}|{{${I(3)}.score|0}}
^|直播卫星户户通维护户数|≥{{num(${I(4)}.target)|1|lit}}万户|{{num(${I(4)}.actual)|2|lit}}万户|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
效益指标|应急广播行政村覆盖率|≥{{num(${I(5)}.target)|0|lit}}%|{{num(${I(5)}.actual)|1|lit}}%|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
^|播发预警和应急信息|≥{{num(${I(6)}.target)|0|lit}}条|{{num(${I(6)}.actual)|0|lit}}条|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
满意度指标|群众满意度|≥{{num(${I(7)}.target)|0|lit}}%|{{num(${I(7)}.actual)|1|lit}}%|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
合计|<|<|<|{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7].map((n) => I(n) + '.score').join(',')}}}
@@end
综合得分{{scoreSummary.scoreTotal|1}}分，评价等级为“优”。
#1 五、存在的问题和下一步措施
-n1 山区终端在线率偏低。计划为雷击多发乡镇的终端加装防雷模块和备用电源，巡检周期由每季度一次缩短为每月一次。
-n1 日常播出内容更新慢。建立市县共享节目库，每周更新不少于[[10|节目条数（计划）]]条本地化节目。
#R 槐渚市广播电视局
#R 经办人：沈砚秋⇥电话：[[8812 0467|联系电话]]
#R 2025年3月24日
`;

module.exports = { info, data, header, report };

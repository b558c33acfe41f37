'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '11', slug: 'jiaoyi-zhongxin', format: 'txt', level: '区',
  sector: '公共资源交易：区公共资源交易中心部门整体支出',
  styles: ['大写金额与阿拉伯数字并写（人民币伍佰陆拾叁万柒仟捌佰元整（563.78万元））', '汉字数字计数（六人）', '全角年份和全角百分号', '余（作者取整的约数）', '基本支出按经济分类（byClass）', '分别为列举', '部门整体评价维度', '执行率以外的比率：结转结余率、节约率'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '蓼汀市鹭堰区公共资源交易中心',
    shortName: '区交易中心',
    title: '鹭堰区公共资源交易中心2024年度部门整体支出绩效自评报告',
  },
  staffing: { authorized: 25, actual: 21, priorActual: 22, retired: 6, controlRate: 84 },
  budget: {
    initial: 1128.4,
    adjustments: [
      { type: '追加', amount: 176.2, reason: '远程异地评标系统升级' },
      { type: '压减', amount: 12, reason: '评标场地运行费压减' },
    ],
    total: 1292.6,
    actual: 1263.95,
    rate: 97.78,
    carryover: 28.65,
  },
  basicExpense: {
    total: 563.78, personnel: 478.26, publicUse: 85.52, budget: 572, prior: 549.31, changeRate: 2.63,
    byClass: [
      { name: '工资福利支出', amount: 402.15 },
      { name: '商品和服务支出', amount: 85.52 },
      { name: '对个人和家庭的补助', amount: 76.11 },
    ],
  },
  projectExpense: { total: 700.17, budget: 720.6, prior: 612.48, changeRate: 14.32 },
  projects: [
    { name: '交易平台运维和数字化升级', initial: 320, adjustment: 176.2, total: 496.2, actual: 484.62, carryover: 11.58 },
    { name: '评标专家劳务和场地运行', initial: 236.4, total: 224.4, actual: 215.55, carryover: 8.85 },
  ],
  threePublic: {
    reception: { prior: 0.86, budget: 1, actual: 0.64, changeRate: -25.58 },
    vehicle: { prior: 0, budget: 0, actual: 0 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 0.86, budget: 1, actual: 0.64, changeRate: -25.58 },
  },
  procurement: { budget: 410, actual: 396.27, goods: { budget: 95, actual: 91.8 }, services: { budget: 315, actual: 304.47 } },
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '运行成本', level2: '经济成本指标', name: '“三公”经费控制率', target: '≤100%', actual: '64%', weight: 5, direction: 'negative' },
    { level1: '运行成本', level2: '经济成本指标', name: '在职人员控制率', target: '≤100%', actual: '84%', weight: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '结转结余率', target: '≤3%', actual: '2.22%', weight: 5, direction: 'negative' },
    { level1: '管理效率', level2: '预算管理', name: '政府采购执行率', target: '≥95%', actual: '96.65%', weight: 5 },
    { level1: '履职效能', level2: '数量指标', name: '进场交易项目', target: '≥2600宗', actual: '2874宗', weight: 10 },
    { level1: '履职效能', level2: '质量指标', name: '电子化交易率', target: '100%', actual: '100%', weight: 10 },
    { level1: '履职效能', level2: '数量指标', name: '远程异地评标', target: '≥600宗', actual: '541宗', weight: 10, deviation: { reason: '异地评标系统升级期间暂停两个月', measure: '升级改在交易淡季进行' } },
    { level1: '履职效能', level2: '时效指标', name: '投诉按期办结率', target: '≥98%', actual: '100%', weight: 5 },
    { level1: '社会效应', level2: '经济效益指标', name: '节约资金率', target: '≥3%', actual: '4.26%', weight: 10 },
    { level1: '社会效应', level2: '经济效益指标', name: '为市场主体减免交易服务费', target: '≥800万元', actual: '936.5万元', weight: 10 },
    { level1: '满意度', level2: '服务对象满意度指标', name: '市场主体满意度', target: '≥95%', actual: '97.4%', weight: 15 },
  ],
  achievements: [
    { id: 'trade_value', group: '履职效能', topic: '交易', name: '交易总额', value: 186.42, unit: '亿元', changeRate: 8.6 },
    { id: 'saved', group: '社会效应', topic: '节约', name: '节约资金', value: 7.94, unit: '亿元' },
    { id: 'bidders', group: '社会效应', topic: '市场主体', name: '参与交易的市场主体', value: 9261, unit: '家' },
    { id: 'experts', group: '履职效能', topic: '专家', name: '入库评标专家', value: 1384, unit: '名' },
  ],
  problems: [
    { id: 'remote', text: '远程异地评标未完成目标', cause: '系统升级期间暂停', measure: '升级安排在交易淡季' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 蓼汀市鹭堰区公共资源交易中心 2024年度 部门整体支出。全部为虚构数据。金额单位：万元。
# 基本支出按经济分类填 basicExpense.byClass（工资福利 + 对个人和家庭的补助 = 人员经费；商品和服务支出 = 公用经费）。
# 评标专家劳务和场地运行压减12万元，只写 initial 与 total。公务用车和因公出国（境）上年、本年均为0，不填变动率。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const BC = (n) => `basicExpense.byClass[${n}].amount`;
const report = `鹭堰区公共资源交易中心２０２４年度部门整体支出绩效自评报告

一、部门概况
（一）职能
区公共资源交易中心为区政府直属公益一类事业单位，负责全区工程建设招投标、政府采购、国有产权和土地使用权等公共资源交易的场所服务和平台运行。
（二）人员
核定编制{{staffing.authorized|0}}名，年末在职{{staffing.actual|0}}人，比上年少{{staffing.priorActual-staffing.actual|c}}人，在职人员控制率{{staffing.controlRate|0}}％；退休人员{{staffing.retired|c}}人。

二、预算收支情况
（一）预算调整
年初预算{{budget.initial|2t}}万元。年中为升级远程异地评标系统追加{{budget.adjustments[0].amount|2}}万元，评标场地运行费压减{{budget.adjustments[1].amount|2}}万元，全年预算{{budget.total|2t}}万元。
（二）支出
全年支出{{budget.actual|2t}}万元，执行率{{budget.rate|2}}％；结转结余{{budget.carryover|2}}万元，结转结余率{{budget.carryover/budget.total*100|2|r=${I(2)}.actual}}％。
基本支出人民币{{basicExpense.total*10000|0D|r=basicExpense.total}}（{{basicExpense.total|2|a=536.78~金额（大写金额旁的阿拉伯数字）~yes~与大写伍佰陆拾叁万柒仟捌佰元整及人员、公用经费之和不符}}万元），比上年增长{{basicExpense.changeRate|2|r=basicExpense.total,basicExpense.prior}}％。按经济分类，工资福利支出、商品和服务支出、对个人和家庭的补助分别为{{${BC(0)}|2}}万元、{{${BC(1)}|2}}万元和{{${BC(2)}|2}}万元；其中人员经费{{basicExpense.personnel|2|r=${BC(0)},${BC(2)}}}万元，公用经费{{basicExpense.publicUse|2|r=${BC(1)}}}万元。
项目支出{{projectExpense.total|2}}万元，比上年{{projectExpense.prior|2}}万元增加{{projectExpense.total-projectExpense.prior|2}}万元，增长{{projectExpense.changeRate|2|r=projectExpense.total,projectExpense.prior}}％。两个项目的情况如下：
@@grid
项目|年初预算|全年预算|支出|执行率
交易平台运维和数字化升级|{{${P(0, 'initial')}|2}}|{{${P(0, 'total')}|2}}|{{${P(0, 'actual')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
评标专家劳务和场地运行|{{${P(1, 'initial')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
合计|{{${P(0, 'initial')}+${P(1, 'initial')}|2}}|{{projectExpense.budget|2|r=${P(0, 'total')},${P(1, 'total')}}}|{{projectExpense.total|2|r=${P(0, 'actual')},${P(1, 'actual')}}}|{{projectExpense.total/projectExpense.budget*100|2}}%
@@end
（三）“三公”经费和政府采购
“三公”经费只有公务接待费一项，支出{{${T('total', 'actual')}|2}}万元，上年{{${T('total', 'prior')}|2}}万元，下降{{-${T('total', 'changeRate')}|2|r=${T('total', 'actual')},${T('total', 'prior')}}}％；中心无公务用车，无因公出国（境）。政府采购预算{{procurement.budget|2}}万元，实际采购{{procurement.actual|2}}万元，货物、服务分别为{{procurement.goods.actual|2}}万元和{{procurement.services.actual|2}}万元。

三、绩效情况
（一）履职效能
全年进场交易项目{{num(${I(4)}.actual)|0t|lit}}宗，交易总额{{${A('trade_value')}|2}}亿元，同比增长{{${A('trade_value', 'changeRate')}|1}}％；电子化交易率{{num(${I(5)}.actual)|0|lit}}％。远程异地评标{{num(${I(6)}.actual)|0|lit}}宗，系统升级期间暂停[[2|暂停月数]]个月，未完成{{num(${I(6)}.target)|0|lit}}宗的目标。入库评标专家{{${A('experts')}|0t|b=1,348~计数（入库评标专家人数）~no}}名，投诉按期办结率{{num(${I(7)}.actual)|0|lit}}％。
（二）社会效应
通过公开竞争节约资金{{${A('saved')}|2}}亿元，节约资金率{{num(${I(8)}.actual)|2|lit}}％，高于目标{{num(${I(8)}.actual)-num(${I(8)}.target)|2}}个百分点；为市场主体减免交易服务费{{num(${I(9)}.actual)|1|lit}}万元，全年参与交易的市场主体{{${A('bidders')}|0|ap=余;w=9200}}余家。
（三）满意度
市场主体满意度{{num(${I(10)}.actual)|1|lit}}％。

四、自评得分
@@grid left=2
评价维度|指标|指标值|完成值|分值|得分
预算执行|预算执行率|[[100|执行率目标值]]%|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
运行成本|“三公”经费控制率|≤{{num(${I(0)}.target)|0|lit}}%|{{${T('total', 'actual')}/${T('total', 'budget')}*100|0|r=${I(0)}.actual}}%|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
运行成本|在职人员控制率|≤{{num(${I(1)}.target)|0|lit}}%|{{num(${I(1)}.actual)|0|lit;r=staffing.controlRate}}%|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
管理效率|结转结余率|≤{{num(${I(2)}.target)|0|lit}}%|{{num(${I(2)}.actual)|2|lit}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|0}}
管理效率|政府采购执行率|≥{{num(${I(3)}.target)|0|lit}}%|{{procurement.actual/procurement.budget*100|2|r=${I(3)}.actual}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|0}}
履职效能|进场交易项目|≥{{num(${I(4)}.target)|0|lit}}宗|{{num(${I(4)}.actual)|0|lit}}宗|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
履职效能|电子化交易率|{{num(${I(5)}.target)|0|lit}}%|{{num(${I(5)}.actual)|0|lit}}%|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
履职效能|远程异地评标|≥{{num(${I(6)}.target)|0|lit}}宗|{{num(${I(6)}.actual)|0|lit}}宗|{{${I(6)}.weight|0}}|{{${I(6)}.score|2}}
履职效能|投诉按期办结率|≥{{num(${I(7)}.target)|0|lit}}%|{{num(${I(7)}.actual)|0|lit}}%|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
社会效应|节约资金率|≥{{num(${I(8)}.target)|0|lit}}%|{{num(${I(8)}.actual)|2|lit}}%|{{${I(8)}.weight|0}}|{{${I(8)}.score|0}}
社会效应|减免交易服务费|≥{{num(${I(9)}.target)|0|lit}}万元|{{num(${I(9)}.actual)|1|lit}}万元|{{${I(9)}.weight|0}}|{{${I(9)}.score|0}}
满意度|市场主体满意度|≥{{num(${I(10)}.target)|0|lit}}%|{{num(${I(10)}.actual)|1|lit}}%|{{${I(10)}.weight|0}}|{{${I(10)}.score|0}}
总分||||{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8,9,10].map((n) => I(n) + '.score').join(',')}}}
@@end
远程异地评标按完成比例得{{${I(6)}.score|2}}分，其余指标均为满分，总分{{scoreSummary.scoreTotal|1}}分，评价等级“优”。

五、问题和措施
远程异地评标未完成目标。下一步把系统升级安排在交易淡季，与[[3|合作城市个数]]个市外交易中心签订常态化异地评标协议，全年异地评标占比力争达到[[25%|下年目标]]。

鹭堰区公共资源交易中心
２０２５年３月２０日
`;

module.exports = { info, data, header, report };

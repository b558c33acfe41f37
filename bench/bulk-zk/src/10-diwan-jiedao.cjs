'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '10', slug: 'diwan-jiedao', format: 'md', level: '街道',
  sector: '街道办事处：荻湾街道部门整体支出',
  styles: ['大模型风格：引用块“提示”、加粗数字、嵌套编号列表', '“关键数据”表（上年、本年、增减三列，增减带正负号）', '亿元约数（约1.05亿元，由万元换算）', '近（作者取整的约数：近5亿元）', '政府采购按货物、工程、服务分列', '名称中的数字（12345 热线）'],
};

const data = {
  kind: 'department',
  version: 2,
  meta: {
    year: 2024,
    unit: '蓼汀市鹭堰区荻湾街道办事处',
    shortName: '荻湾街道',
    title: '鹭堰区荻湾街道办事处2024年度部门整体支出绩效自评报告',
    thousands: true,
  },
  staffing: { authorized: 62, actual: 58, priorActual: 60, retired: 19, controlRate: 93.55 },
  budget: {
    initial: 9486.3,
    adjustments: [
      { type: '追加', amount: 1087.64, reason: '小区治理和社区服务设施建设' },
      { type: '压减', amount: 115, reason: '招商活动经费压减' },
    ],
    total: 10458.94,
    actual: 10186.27,
    rate: 97.39,
    carryover: 272.67,
  },
  basicExpense: { total: 4126.85, personnel: 3518.2, publicUse: 608.65, budget: 4210, prior: 4052.13, changeRate: 1.84 },
  projectExpense: { total: 6059.42, budget: 6248.94, prior: 5634.7, changeRate: 7.54 },
  projects: [
    { name: '社区运转和社区工作者待遇保障', initial: 2160, adjustment: 96.4, total: 2256.4, actual: 2241.87, carryover: 14.53 },
    { name: '物业管理和小区治理补助', initial: 1480, adjustment: 512, total: 1992, actual: 1901.36, carryover: 90.64 },
    { name: '辖区企业服务和招商', initial: 620, total: 505, actual: 471.28, carryover: 33.72 },
    { name: '社区综合服务设施建设', initial: 1016.3, adjustment: 479.24, total: 1495.54, actual: 1444.91, carryover: 50.63 },
  ],
  threePublic: {
    reception: { prior: 1.86, budget: 2, actual: 1.42, changeRate: -23.66 },
    vehicle: { prior: 8.64, budget: 8, actual: 7.35, changeRate: -14.93 },
    overseas: { prior: 0, budget: 0, actual: 0 },
    total: { prior: 10.5, budget: 10, actual: 8.77, changeRate: -16.48 },
  },
  procurement: {
    budget: 1862, actual: 1807.45,
    goods: { budget: 312, actual: 298.16 },
    works: { budget: 960, actual: 941.57 },
    services: { budget: 590, actual: 567.72 },
    smallBusiness: 1524.8,
  },
  budgetRate: { weight: 10, score: 0 },
  indicators: [
    { level1: '产出指标', level2: '质量指标', name: '社区工作者持证率', target: '≥50%', actual: '57.3%', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '无物业小区治理覆盖率', target: '≥85%', actual: '88.6%', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新建改造社区综合服务设施', target: '≥4个', actual: '4个', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '12345热线工单按期办结率', target: '≥98%', actual: '99.1%', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '走访服务辖区企业', target: '≥300家', actual: '276家', weight: 10, deviation: { reason: '下半年招商人员抽调参加专项工作', measure: '建立网格化联系企业机制' } },
    { level1: '效益指标', level2: '社会效益指标', name: '矛盾纠纷调处成功率', target: '≥95%', actual: '97.8%', weight: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '新引进企业', target: '≥40家', actual: '46家', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '信访事项按期办结率', target: '≥95%', actual: '98.4%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '居民满意度', target: '≥90%', actual: '92.6%', weight: 10 },
  ],
  achievements: [
    { id: 'tax', group: '效益指标', topic: '经济', name: '辖区税收', value: 4.87, unit: '亿元', changeRate: 6.2 },
    { id: 'disputes', group: '效益指标', topic: '治理', name: '调处矛盾纠纷', value: 1146, unit: '件' },
    { id: 'volunteers', group: '效益指标', topic: '治理', name: '注册志愿者', value: 6382, unit: '人' },
    { id: 'managed_estates', group: '物业管理和小区治理补助', topic: '小区治理', name: '实现物业管理的小区', value: 137, unit: '个' },
  ],
  problems: [
    { id: 'visits', text: '走访服务企业未完成目标', cause: '招商人员被抽调', measure: '建立网格化联系企业机制' },
    { id: 'estates', text: '部分无物业小区治理成效不稳定', cause: '居民自治组织作用发挥不足', measure: '推行“红色物业”和业委会规范化建设' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 蓼汀市鹭堰区荻湾街道办事处 2024年度 部门整体支出。全部为虚构数据。金额单位：万元。
# 辖区企业服务和招商压减115万元，只写 initial 与 total。指标一级名称用产出、效益、满意度。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const T = (k, f) => `threePublic.${k}.${f}`;
const report = `# 荻湾街道办事处2024年度部门整体支出绩效自评报告

> **提示**：本报告金额单位除特别注明外均为万元；全年预算约{{budget.total/10000|2|ap=约;w=1.05}}亿元，执行率{{budget.rate|2}}%，自评得分{{scoreSummary.scoreTotal|2}}分。

## 一、基本情况

荻湾街道下辖[[11|社区个数]]个社区，辖区面积约[[6.8|面积（数据无）]]平方公里。街道机关和所属事业单位核定编制{{staffing.authorized|0}}名，年末在职{{staffing.actual|0}}人（上年{{staffing.priorActual|0}}人），编制使用率即人员控制率{{staffing.controlRate|2}}%，离退休人员{{staffing.retired|0}}人。社区专职工作者不占编制，未计入上述人数。

## 二、预算执行

1. **预算安排**
   1. 年初预算{{budget.initial|2t}}万元；
   2. 年中追加小区治理和社区服务设施建设资金{{budget.adjustments[0].amount|2t}}万元，压减招商活动经费{{budget.adjustments[1].amount|2}}万元；
   3. 全年预算**{{budget.total|2t}}万元**。
2. **支出结构**
   1. 全年支出**{{budget.actual|2t}}万元**，结转结余{{budget.carryover|2}}万元；
   2. 基本支出{{basicExpense.total|2t|r=basicExpense.personnel,basicExpense.publicUse}}万元（人员经费{{basicExpense.personnel|2t}}万元、公用经费{{basicExpense.publicUse|2}}万元），项目支出{{projectExpense.total|2t}}万元；
   3. 项目支出占比{{projectExpense.total/budget.actual*100|2}}%，比上年的{{projectExpense.prior/(projectExpense.prior+basicExpense.prior)*100|2}}%提高{{projectExpense.total/budget.actual*100-projectExpense.prior/(projectExpense.prior+basicExpense.prior)*100|2}}个百分点。
3. **政府采购**
   1. 采购预算{{procurement.budget|2t}}万元，实际采购{{procurement.actual|2t}}万元；
   2. 货物、工程、服务分别为{{procurement.goods.actual|2}}万元、{{procurement.works.actual|2}}万元、{{procurement.services.actual|2}}万元；
   3. 授予中小企业合同{{procurement.smallBusiness|2t}}万元，占{{procurement.smallBusiness/procurement.actual*100|2}}%。

### 关键数据

| 指标 | 2023年 | 2024年 | 增减 |
|---|---:|---:|---:|
| 在职人数（人） | {{staffing.priorActual|0}} | {{staffing.actual|0}} | {{staffing.actual-staffing.priorActual|0}} |
| 基本支出（万元） | {{basicExpense.prior|2t}} | {{basicExpense.total|2t}} | {{basicExpense.total-basicExpense.prior|2+}} |
| 项目支出（万元） | {{projectExpense.prior|2t}} | {{projectExpense.total|2t}} | {{projectExpense.total-projectExpense.prior|2+|a=+442.72~增减额（关键数据表）~yes~6,059.42 − 5,634.70 应为424.72，与增长7.54%不符}} |
| “三公”经费（万元） | {{${T('total', 'prior')}|2}} | {{${T('total', 'actual')}|2}} | {{${T('total', 'actual')}-${T('total', 'prior')}|2}} |
| 增幅：基本支出 | — | — | {{basicExpense.changeRate|2+|r=basicExpense.total,basicExpense.prior}}% |
| 增幅：项目支出 | — | — | {{projectExpense.changeRate|2+|r=projectExpense.total,projectExpense.prior}}% |
| 增幅：“三公”经费 | — | — | {{${T('total', 'changeRate')}|2|r=${T('total', 'actual')},${T('total', 'prior')}}}% |

“三公”经费中，公务接待费{{${T('reception', 'actual')}|2}}万元，比上年下降{{-${T('reception', 'changeRate')}|2|r=${T('reception', 'actual')},${T('reception', 'prior')}}}%；公务用车运行维护费{{${T('vehicle', 'actual')}|2}}万元，下降{{-${T('vehicle', 'changeRate')}|2|r=${T('vehicle', 'actual')},${T('vehicle', 'prior')}}}%；无因公出国（境）费用。

### 项目支出明细

| 项目 | 年初 | 全年 | 支出 | 执行率 |
|---|---:|---:|---:|---:|
| 社区运转和社区工作者待遇保障 | {{${P(0, 'initial')}|2t}} | {{${P(0, 'total')}|2t}} | {{${P(0, 'actual')}|2t}} | {{${P(0, 'actual')}/${P(0, 'total')}*100|2}}% |
| 物业管理和小区治理补助 | {{${P(1, 'initial')}|2t}} | {{${P(1, 'total')}|2t}} | {{${P(1, 'actual')}|2t}} | {{${P(1, 'actual')}/${P(1, 'total')}*100|2}}% |
| 辖区企业服务和招商 | {{${P(2, 'initial')}|2}} | {{${P(2, 'total')}|2}} | {{${P(2, 'actual')}|2}} | {{${P(2, 'actual')}/${P(2, 'total')}*100|2}}% |
| 社区综合服务设施建设 | {{${P(3, 'initial')}|2t}} | {{${P(3, 'total')}|2t}} | {{${P(3, 'actual')}|2t}} | {{${P(3, 'actual')}/${P(3, 'total')}*100|2}}% |
| **合计** | **{{${P(0, 'initial')}+${P(1, 'initial')}+${P(2, 'initial')}+${P(3, 'initial')}|2t}}** | **{{projectExpense.budget|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')},${P(3, 'total')}}}** | **{{projectExpense.total|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')},${P(3, 'actual')}}}** | **{{projectExpense.total/projectExpense.budget*100|2}}%** |

## 三、绩效成效

1. **基层治理**：无物业小区治理覆盖率{{num(${I(1)}.actual)|1|lit}}%，实现物业管理的小区{{${A('managed_estates')}|0}}个；新建改造社区综合服务设施{{num(${I(2)}.actual)|0|lit}}个；调处矛盾纠纷{{${A('disputes')}|0t}}件，成功率{{num(${I(5)}.actual)|1|lit}}%。
2. **为民服务**：[[12345|热线号码（名称中的数字）]]热线工单按期办结率{{num(${I(3)}.actual)|1|lit}}%，信访事项按期办结率{{num(${I(7)}.actual)|1|lit}}%；注册志愿者{{${A('volunteers')}|0t}}人，社区工作者持证率{{num(${I(0)}.actual)|1|lit}}%。
3. **经济发展**：走访服务辖区企业{{num(${I(4)}.actual)|0|lit}}家，完成目标的{{num(${I(4)}.actual)/num(${I(4)}.target)*100|0}}%；新引进企业{{num(${I(6)}.actual)|0|lit}}家，辖区税收近{{${A('tax')}|0|ap=近;w=5}}亿元，增长{{${A('tax', 'changeRate')}|1|b=2.6~变动率（辖区税收同比增幅，正文）~no}}%。
4. **群众评价**：委托第三方入户调查[[600|调查户数]]户，居民满意度{{num(${I(8)}.actual)|1|lit}}%。

## 四、自评得分

| 一级指标 | 三级指标 | 目标值 | 实际值 | 分值 | 得分 |
|---|---|---|---|---:|---:|
| 预算执行 | 预算执行率 | [[100%|执行率目标值]] | {{budget.rate|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 产出 | 社区工作者持证率 | ≥{{num(${I(0)}.target)|0|lit}}% | {{num(${I(0)}.actual)|1|lit}}% | {{${I(0)}.weight|0}} | {{${I(0)}.score|0}} |
| 产出 | 无物业小区治理覆盖率 | ≥{{num(${I(1)}.target)|0|lit}}% | {{num(${I(1)}.actual)|1|lit}}% | {{${I(1)}.weight|0}} | {{${I(1)}.score|0}} |
| 产出 | 新建改造社区综合服务设施 | ≥{{num(${I(2)}.target)|0|lit}}个 | {{num(${I(2)}.actual)|0|lit}}个 | {{${I(2)}.weight|0}} | {{${I(2)}.score|0}} |
| 产出 | [[12345|热线号码（名称中的数字）]]热线工单按期办结率 | ≥{{num(${I(3)}.target)|0|lit}}% | {{num(${I(3)}.actual)|1|lit}}% | {{${I(3)}.weight|0}} | {{${I(3)}.score|0}} |
| 产出 | 走访服务辖区企业 | ≥{{num(${I(4)}.target)|0|lit}}家 | {{num(${I(4)}.actual)|0|lit}}家 | {{${I(4)}.weight|0}} | {{${I(4)}.score|1}} |
| 效益 | 矛盾纠纷调处成功率 | ≥{{num(${I(5)}.target)|0|lit}}% | {{num(${I(5)}.actual)|1|lit}}% | {{${I(5)}.weight|0}} | {{${I(5)}.score|0}} |
| 效益 | 新引进企业 | ≥{{num(${I(6)}.target)|0|lit}}家 | {{num(${I(6)}.actual)|0|lit}}家 | {{${I(6)}.weight|0}} | {{${I(6)}.score|0}} |
| 效益 | 信访事项按期办结率 | ≥{{num(${I(7)}.target)|0|lit}}% | {{num(${I(7)}.actual)|1|lit}}% | {{${I(7)}.weight|0}} | {{${I(7)}.score|0}} |
| 满意度 | 居民满意度 | ≥{{num(${I(8)}.target)|0|lit}}% | {{num(${I(8)}.actual)|1|lit}}% | {{${I(8)}.weight|0}} | {{${I(8)}.score|0}} |
| **总分** | | | | **{{scoreSummary.weightTotal|0}}** | **{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8].map((n) => I(n) + '.score').join(',')}}}** |

## 五、问题与改进

1. 走访服务企业未完成目标：下半年招商人员被抽调，全年少走访{{num(${I(4)}.target)-num(${I(4)}.actual)|0}}家。改进：建立网格化联系企业机制，每名班子成员联系[[5|企业数（机制）]]家以上重点企业。
2. 部分无物业小区治理成效不稳定：改进：推行“红色物业”，[[2025|年份]]年实现业委会（物管会）组建率[[90%|下年目标]]以上。

> 荻湾街道办事处　2025年3月25日
`;

module.exports = { info, data, header, report };

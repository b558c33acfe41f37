'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '04', slug: 'xianjie-chanye', format: 'md', level: '乡镇',
  sector: '乡村振兴衔接资金：镇级产业发展项目（食用菌大棚、茶叶初制、冷链保鲜库）',
  styles: ['Markdown 中粘贴的 HTML <table>（rowspan/colspan）', '年份为行的转置表（上年、本年、增减、增幅）', '编号列表中指标写成句子', '一级指标小计（算式）', '逾（作者取整的约数）', '分别为列举', '定性指标（达成）'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '萸陂县苇垞镇人民政府',
    shortName: '苇垞镇政府',
    department: '萸陂县农业农村和乡村振兴局',
    implementer: '萸陂县苇垞镇人民政府',
    project: '2024年苇垞镇衔接推进乡村振兴补助资金产业发展项目',
    title: '苇垞镇2024年度衔接推进乡村振兴补助资金产业发展项目绩效自评报告',
    thousands: true,
  },
  budget: {
    initial: 486,
    adjustments: [{ type: '追加', amount: 125, reason: '第二批衔接资金' }],
    total: 611,
    actual: 598.37,
    rate: 97.93,
    carryover: 12.63,
    sources: {
      current: { initial: 320, total: 420, actual: 411.52 },
      other: { initial: 166, total: 191, actual: 186.85 },
    },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['发展食用菌和茶叶产业，带动脱贫户和监测户增收'] },
  projects: [
    { name: '食用菌标准化大棚（二期）', initial: 268, adjustment: 60, total: 328, actual: 324.16, carryover: 3.84 },
    { name: '茶叶初制加工厂设备购置', initial: 150, adjustment: 0, total: 150, actual: 146.9, carryover: 3.1 },
    { name: '农产品冷链保鲜库', initial: 68, adjustment: 65, total: 133, actual: 127.31, carryover: 5.69 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新建食用菌大棚', target: '≥40个', actual: '42个', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '购置茶叶初制加工设备', target: '≥18台', actual: '18台', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '冷链保鲜库容量', target: '≥600立方米', actual: '560立方米', weight: 10, deviation: { reason: '选址地块受限，库体缩小', measure: '二期工程补足库容' } },
    { level1: '产出指标', level2: '质量指标', name: '项目验收合格率', target: '100%', actual: '100%', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '项目完工时间', target: '2024年11月底前完工', actual: '按期完工', weight: 10, band: '达成' },
    { level1: '效益指标', level2: '经济效益指标', name: '带动脱贫户和监测户', target: '≥260户', actual: '287户', weight: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '村集体经济经营性收入', target: '≥30万元', actual: '36.8万元', weight: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '联农带农机制覆盖率', target: '≥90%', actual: '93.5%', weight: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益群众满意度', target: '≥95%', actual: '96.4%', weight: 10 },
  ],
  achievements: [
    { id: 'households', group: '效益指标', topic: '联农带农', name: '带动脱贫户和监测户', value: 287, unit: '户', prior: 241 },
    { id: 'income_hh', group: '效益指标', topic: '联农带农', name: '户均增收', value: 3860, unit: '元', prior: 3215 },
    { id: 'collective', group: '效益指标', topic: '村集体经济', name: '村集体经济经营性收入', value: 36.8, unit: '万元', prior: 28.5 },
    { id: 'local_jobs', group: '效益指标', topic: '联农带农', name: '就近务工', value: 412, unit: '人', prior: 356 },
    { id: 'wages', group: '效益指标', topic: '联农带农', name: '发放务工工资', value: 143.7, unit: '万元' },
    { id: 'mushroom', group: '食用菌标准化大棚（二期）', topic: '产量', name: '食用菌产量', value: 1260, unit: '吨' },
    { id: 'tea', group: '茶叶初制加工厂设备购置', topic: '产量', name: '加工干茶', value: 86.5, unit: '吨' },
  ],
  problems: [
    { id: 'cold', text: '冷链保鲜库容量未达设计目标', cause: '选址地块受限', measure: '二期工程补足库容' },
    { id: 'market', text: '产品销售渠道单一', cause: '主要依靠本地收购商', measure: '对接县域商超和企业食堂' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 萸陂县苇垞镇人民政府 2024年度 衔接推进乡村振兴补助资金产业发展项目（项目支出）。全部为虚构数据。金额单位：万元。
# 中央衔接资金列 budget.sources.current，省级衔接资金列 budget.sources.other。
# 时效指标为定性指标（band: 达成）。成效中的 prior 为 2023 年数，报告用年份为行的表对比。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const A = (id, k) => `achievements@${id}.${k || 'value'}`;
const chg = (id) => `${A(id)}-${A(id, 'prior')}`;
const pct = (id) => `(${A(id)}-${A(id, 'prior')})/${A(id, 'prior')}*100`;
const report = `# 苇垞镇2024年度衔接推进乡村振兴补助资金产业发展项目绩效自评报告

萸陂县农业农村和乡村振兴局：

按照县里关于衔接资金项目绩效自评的安排，镇党委、政府组织农业综合服务中心、财政所和[[5|村个数]]个项目村，对本年度衔接资金产业发展项目进行了自评。

## 一、项目概况

本年度镇里实施衔接资金产业项目三个：食用菌标准化大棚（二期）、茶叶初制加工厂设备购置、农产品冷链保鲜库，资产确权给项目所在村集体，由村股份经济合作社出租给经营主体，租金按不低于投资额[[5%|政策规定的租金比例]]收取。

## 二、资金安排和支出

年初下达衔接资金{{budget.initial|2}}万元，[[7|月份]]月县里下达第二批衔接资金{{budget.adjustments[0].amount|2}}万元，全年合计{{budget.total|2}}万元，其中中央资金{{budget.sources.current.total|2}}万元、省级资金{{budget.sources.other.total|2}}万元。三个子项目全年预算分别为{{${P(0, 'total')}|2}}万元、{{${P(1, 'total')}|2}}万元和{{${P(2, 'total')}|2}}万元。

全年支出{{budget.actual|2}}万元，执行率{{budget.rate|2}}%，结余{{budget.carryover|2}}万元，为三个子项目的质保金，质保期满后支付。

<table>
<tr><th rowspan="2">子项目</th><th colspan="3">预算（万元）</th><th rowspan="2">支出（万元）</th><th rowspan="2">执行率</th></tr>
<tr><th>年初</th><th>追加</th><th>全年</th></tr>
<tr><td>食用菌标准化大棚（二期）</td><td>{{${P(0, 'initial')}|2}}</td><td>{{${P(0, 'adjustment')}|2}}</td><td>{{${P(0, 'total')}|2}}</td><td>{{${P(0, 'actual')}|2}}</td><td>{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%</td></tr>
<tr><td>茶叶初制加工厂设备购置</td><td>{{${P(1, 'initial')}|2}}</td><td>—</td><td>{{${P(1, 'total')}|2}}</td><td>{{${P(1, 'actual')}|2}}</td><td>{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%</td></tr>
<tr><td>农产品冷链保鲜库</td><td>{{${P(2, 'initial')}|2}}</td><td>{{${P(2, 'adjustment')}|2}}</td><td>{{${P(2, 'total')}|2}}</td><td>{{${P(2, 'actual')}|2}}</td><td>{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%</td></tr>
<tr><td><b>合计</b></td><td><b>{{budget.initial|2|r=${P(0, 'initial')},${P(1, 'initial')},${P(2, 'initial')}}}</b></td><td><b>{{budget.adjustments[0].amount|2|r=${P(0, 'adjustment')},${P(2, 'adjustment')}}}</b></td><td><b>{{budget.total|2|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}</b></td><td><b>{{budget.actual|2|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}</b></td><td><b>{{budget.rate|2}}%</b></td></tr>
</table>

## 三、绩效目标完成情况

1. 新建食用菌大棚：目标≥{{num(${I(0)}.target)|0|lit}}个，实际建成{{num(${I(0)}.actual)|0|lit}}个，得{{${I(0)}.score|0}}分。
2. 购置茶叶初制加工设备：目标≥{{num(${I(1)}.target)|0|lit}}台，实际购置{{num(${I(1)}.actual)|0|lit}}台（套），得{{${I(1)}.score|0}}分。
3. 冷链保鲜库容量：目标≥{{num(${I(2)}.target)|0|lit}}立方米，建成{{num(${I(2)}.actual)|0|lit}}立方米，完成{{num(${I(2)}.actual)/num(${I(2)}.target)*100|2}}%，按比例得{{${I(2)}.score|2}}分。库容缩小是因为选址地块受限，二期工程补足。
4. 项目验收合格率{{num(${I(3)}.actual)|0|lit}}%，得{{${I(3)}.score|0}}分；三个项目均在11月底前完工，时效指标得{{${I(4)}.score|0}}分。
5. 带动脱贫户和监测户{{num(${I(5)}.actual)|0|lit}}户，超过目标{{num(${I(5)}.actual)-num(${I(5)}.target)|0}}户，得{{${I(5)}.score|0}}分。
6. 村集体经济经营性收入{{num(${I(6)}.actual)|1|lit}}万元，目标为≥{{num(${I(6)}.target)|0|lit}}万元，得{{${I(6)}.score|0}}分。
7. 联农带农机制覆盖率{{num(${I(7)}.actual)|1|lit}}%，得{{${I(7)}.score|0}}分。
8. 受益群众满意度{{num(${I(8)}.actual)|1|lit}}%（抽样[[120|抽样户数]]户），得{{${I(8)}.score|0}}分。

**与上年对比**

| 年度 | 带动脱贫户和监测户（户） | 户均增收（元） | 村集体经营性收入（万元） | 就近务工（人） |
|---|---:|---:|---:|---:|
| 2023年 | {{${A('households', 'prior')}|0}} | {{${A('income_hh', 'prior')}|0t}} | {{${A('collective', 'prior')}|2}} | {{${A('local_jobs', 'prior')}|0}} |
| 2024年 | {{${A('households')}|0|r=${I(5)}.actual}} | {{${A('income_hh')}|0t}} | {{${A('collective')}|2|r=${I(6)}.actual}} | {{${A('local_jobs')}|0}} |
| 增减 | {{${chg('households')}|0+}} | {{${chg('income_hh')}|0+|a=+465~增减额（年份为行的转置表）~yes~3,860 − 3,215 应为645，与增幅20.06%不符}} | {{${chg('collective')}|2+}} | {{${chg('local_jobs')}|0+}} |
| 增幅 | {{${pct('households')}|2}}% | {{${pct('income_hh')}|2}}% | {{${pct('collective')}|2}}% | {{${pct('local_jobs')}|2}}% |

食用菌大棚全年出菇{{${A('mushroom')}|0t}}吨，茶叶加工厂加工干茶{{${A('tea')}|1|b=68.5~实物量（加工干茶吨数）~no}}吨；经营主体全年发放务工工资逾{{${A('wages')}|0|ap=逾;w=140}}万元。

**分项得分**

| 一级指标 | 分值 | 得分 |
|---|---:|---:|
| 预算执行率 | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 产出指标 | {{${I(0)}.weight+${I(1)}.weight+${I(2)}.weight+${I(3)}.weight+${I(4)}.weight|0}} | {{${I(0)}.score+${I(1)}.score+${I(2)}.score+${I(3)}.score+${I(4)}.score|2}} |
| 效益指标 | {{${I(5)}.weight+${I(6)}.weight+${I(7)}.weight|0}} | {{${I(5)}.score+${I(6)}.score+${I(7)}.score|0}} |
| 满意度指标 | {{${I(8)}.weight|0}} | {{${I(8)}.score|0}} |
| 总分 | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7,8].map((n) => I(n) + '.score').join(',')}}} |

## 四、存在的问题

- 冷链保鲜库容量未达设计目标；
- 产品主要卖给本地收购商，销售渠道单一，[[2024|年份]]年鲜菇收购价最低时跌到[[3.2|市场价格]]元/斤。

## 五、下一步打算

1. 冷链保鲜库二期纳入[[2025|年份]]年项目库，补足库容；
2. 对接县域商超和[[10|单位个数]]家以上企业食堂，签订长期供货协议；
3. 自评结果在镇政务公开栏和各村村务公开栏公示[[7|公示天数]]天。

苇垞镇人民政府
2025年3月17日
`;

module.exports = { info, data, header, report };

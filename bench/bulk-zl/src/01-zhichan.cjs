'use strict';
// 01 泠岙省知识产权局：省级知识产权保护与运用专项资金（项目，省级，Markdown）
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '泠岙省知识产权局',
    shortName: '省知识产权局',
    department: '泠岙省市场和质量发展委员会',
    implementer: '泠岙省知识产权局',
    project: '省级知识产权保护与运用专项资金',
    title: '泠岙省知识产权局2024年度省级知识产权保护与运用专项资金绩效自评报告',
    thousands: true,
  },
  background: {
    basis: [{ title: '泠岙省知识产权强省建设纲要实施方案', number: '泠政发〔2022〕17号' }],
    purpose: ['专利转化运用', '知识产权快速维权', '地理标志保护', '知识产权公共服务'],
  },
  budget: {
    initial: 2860,
    adjustments: [
      { type: '追加', amount: 420, reason: '中央财政知识产权强省建设试点补助' },
      { type: '压减', amount: 180, reason: '全省统一压减一般性支出' },
    ],
    total: 3100,
    actual: 3012.47,
    carryover: 87.53,
    sources: {
      current: { initial: 2860, total: 2680, actual: 2592.47 },
      other: { initial: 0, total: 420, actual: 420 },
    },
  },
  budgetRate: { weight: 10, score: 9.72 },
  scoreSummary: { weightTotal: 100, scoreTotal: 97.22, grade: '优' },
  goals: { expected: ['知识产权保护和运用水平同步提升'] },
  projects: [
    { name: '专利转化运用', initial: 1200, adjustment: 220, total: 1420, actual: 1398.62, carryover: 21.38 },
    { name: '知识产权快速维权', initial: 760, adjustment: 200, total: 960, actual: 941.35, carryover: 18.65 },
    { name: '地理标志保护', initial: 520, total: 400, actual: 381.2, carryover: 18.8 },
    { name: '知识产权公共服务', initial: 380, total: 320, actual: 291.3, carryover: 28.7 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '办理专利侵权纠纷案件', target: '≥1200件', actual: '1386件', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '支持专利转化运用项目', target: '60项', actual: '57项', weight: 10, score: 9.5,
      deviation: { reason: '部分项目单位经营变化主动退出', measure: '建立项目储备库，及时递补' } },
    { level1: '产出指标', level2: '质量指标', name: '侵权纠纷案件结案率', target: '≥90%', actual: '93.6%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '发明专利快速预审平均周期', target: '≤60天', actual: '48天', weight: 10, score: 10, direction: 'negative' },
    { level1: '产出指标', level2: '数量指标', name: '新认定地理标志保护产品', target: '12个', actual: '12个', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '专利质押融资额', target: '≥45亿元', actual: '52.8亿元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '知识产权保护社会满意度测评得分', target: '≥80分', actual: '82.4分', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '地理标志产品产值增长率', target: '8%', actual: '6.4%', weight: 10, score: 8,
      deviation: { reason: '部分特色农产品价格回落', measure: '推动地理标志产品进入大型商超和电商平台' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '服务对象满意度', target: '≥90%', actual: '95.2%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'fast', group: '产出', topic: '快速预审', name: '快速预审发明专利', value: 2147, unit: '件' },
    { id: 'pledge', group: '效益', topic: '质押融资', name: '专利质押融资额', value: 52.8, unit: '亿元', changeRate: 18.4 },
    { id: 'pledge_firms', group: '效益', topic: '质押融资', name: '受益企业', value: 1274, unit: '家' },
    { id: 'gi', group: '效益', topic: '地理标志', name: '地理标志产品年产值', value: 186.3, unit: '亿元', prior: 175.1 },
    { id: 'rank', group: '效益', topic: '保护考核', name: '知识产权保护工作检查考核全国排名', value: 7, unit: '位', prior: 11 },
    { id: 'stations', group: '产出', topic: '维权网点', name: '新设知识产权保护工作站', value: 23, unit: '个' },
    { id: 'licenses', group: '产出', topic: '转化运用', name: '专利开放许可', value: 412, unit: '项' },
    { id: 'training', group: '产出', topic: '公共服务', name: '培训企业知识产权管理人员', value: 1.38, unit: '万人次' },
  ],
  problems: [
    { id: 'pace', text: '支出进度前慢后快', cause: '项目评审集中在下半年', measure: '提前开展项目评审' },
    { id: 'gi', text: '地理标志产品产值增幅未达目标', cause: '部分特色农产品价格回落', measure: '拓展地理标志产品销售渠道' },
  ],
  application: ['评价结果作为下年度资金分配的重要因素', '随部门决算在省知识产权局网站公开'],
};

const body = `# 泠岙省知识产权局2024年度省级知识产权保护与运用专项资金绩效自评报告

填报单位：泠岙省知识产权局（盖章）　　报送日期：2025年3月14日

## 一、项目基本情况

### （一）资金设立和用途

省级知识产权保护与运用专项资金按照《泠岙省知识产权强省建设纲要实施方案》（泠政发〔2022〕17号）设立，由我局统一管理，采取因素法与项目法相结合的方式分配，围绕专利转化运用、知识产权快速维权、地理标志保护、知识产权公共服务四块内容安排。

### （二）年度绩效目标

年初申报的目标为：办理专利侵权纠纷案件不少于{{num(indicators[0].target)|0|lit}}件，支持专利转化运用项目{{num(indicators[1].target)|0|lit}}项，案件结案率不低于{{num(indicators[2].target)|0|lit}}%，专利质押融资额达到{{num(indicators[5].target)|0|lit}}亿元以上，服务对象满意度不低于{{num(indicators[8].target)|0|lit}}%。

## 二、资金投入和使用情况

年初预算{{budget.initial|2t}}万元。年内调整两次：8月追加中央财政强省建设试点补助{{budget.adjustments[0].amount|2}}万元[^1]，10月按全省统一部署压减{{budget.adjustments[1].amount|2}}万元，调整后全年预算为{{budget.total|2t}}万元。截至2024年12月31日实际支出{{budget.actual|2t}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结转下年{{budget.carryover|2}}万元[^2]。从进度看，一季度末支出进度只有[[18.6|季度支出进度（数据无）]]%，到三季度末才升至[[63.2|季度支出进度（数据无）]]%，资金集中在四季度拨付。

按资金来源分，省级财政资金全年预算{{budget.sources.current.total|2t}}万元、支出{{budget.sources.current.actual|2t}}万元；中央补助{{budget.sources.other.total|2}}万元已全部支出。

单位：万元

| 子项目 | 年初预算 | 调整 | 全年预算 | 实际支出 | 结转 |
|---|---:|---:|---:|---:|---:|
| 专利转化运用 | {{projects[0].initial|2t}} | {{projects[0].total-projects[0].initial|2tp}} | {{projects[0].total|2t}} | {{projects[0].actual|2t}} | {{projects[0].carryover|2}} |
| 知识产权快速维权 | {{projects[1].initial|2}} | {{projects[1].total-projects[1].initial|2tp}} | {{projects[1].total|2}} | {{projects[1].actual|2}} | {{projects[1].carryover|2}} |
| 地理标志保护 | {{projects[2].initial|2}} | {{projects[2].total-projects[2].initial|2tp|a=(102.00)~子项目调整额（括号负数；与 520.00 → 400.00、调整合计 240.00 不符）}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].carryover|2}} |
| 知识产权公共服务 | {{projects[3].initial|2}} | {{projects[3].total-projects[3].initial|2tp}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].carryover|2}} |
| 合计 | {{budget.initial|2t}} | {{budget.total-budget.initial|2tp}} | {{budget.total|2t}} | {{budget.actual|2t}} | {{budget.carryover|2}} |

注：括号内数字为压减额。

## 三、绩效目标完成情况

### （一）产出

1. 数量方面。全年办理专利侵权纠纷案件{{num(indicators[0].actual)|0|lit}}件，为目标的{{num(indicators[0].actual)/num(indicators[0].target)*100|1}}%；支持专利转化运用项目{{num(indicators[1].actual)|0|lit}}项，比计划少{{num(indicators[1].target)-num(indicators[1].actual)|0}}项；新认定地理标志保护产品{{num(indicators[4].actual)|0|lit}}个，专利开放许可{{A('licenses').value|0|b=421~专利开放许可项数（正文，只出现一次）}}项。
2. 质量方面。侵权纠纷案件结案率{{num(indicators[2].actual)|1|lit}}%，连续两年保持在{{num(indicators[2].actual)|1|words=九成以上;cmp=ge:90}}。
3. 时效方面。发明专利快速预审平均周期压缩到{{num(indicators[3].actual)|0|lit}}天，比目标少{{num(indicators[3].target)-num(indicators[3].actual)|0}}天，全年快速预审发明专利{{A('fast').value|0|ap=余;w=2100}}余件；维权援助申请一般在[[3|答复时限区间（工作规程）]]—[[5|答复时限区间（工作规程）]]个工作日内答复。

### （二）效益

专利质押融资额{{A('pledge').value|1}}亿元，同比增长{{A('pledge').changeRate|1}}%，受益企业{{A('pledge_firms').value|0t}}家。地理标志产品年产值{{A('gi').value|1}}亿元，上年为{{A('gi').prior|1}}亿元，增长{{(A('gi').value-A('gi').prior)/A('gi').prior*100|1}}%。新设知识产权保护工作站{{A('stations').value|0}}个，全省[[14|市级保护中心个数（机构数）]]个设区市已实现保护中心全覆盖；培训企业知识产权管理人员{{A('training').value|2}}万人次。知识产权保护社会满意度测评得分{{num(indicators[6].actual)|1|lit}}分，在全国知识产权保护工作检查考核中列第{{A('rank').value|0}}位，比上年前移{{A('rank').prior-A('rank').value|0}}位[^3]。

### （三）满意度

委托第三方调查机构发放问卷[[1600|问卷份数]]份，收回有效问卷[[1542|有效问卷数]]份，服务对象满意度为{{num(indicators[8].actual)|1|lit}}%。

## 四、自评得分

| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 扣分说明 |
|---|---|---|---|---|---:|---:|---|
| 预算执行 | — | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} | 扣{{budgetRate.weight-budgetRate.score|2}}分，按执行率计算 |
| 产出指标 | 数量指标 | 办理专利侵权纠纷案件 | ≥{{num(indicators[0].target)|0|lit}}件 | {{num(indicators[0].actual)|0|lit}}件 | {{indicators[0].weight|0}} | {{indicators[0].score|0}} | — |
| 产出指标 | 数量指标 | 支持专利转化运用项目 | {{num(indicators[1].target)|0|lit}}项 | {{num(indicators[1].actual)|0|lit}}项 | {{indicators[1].weight|0}} | {{indicators[1].score|1}} | 扣{{indicators[1].weight-indicators[1].score|1}}分，部分项目单位退出 |
| 产出指标 | 质量指标 | 侵权纠纷案件结案率 | ≥{{num(indicators[2].target)|0|lit}}% | {{num(indicators[2].actual)|1|lit}}% | {{indicators[2].weight|0}} | {{indicators[2].score|0}} | — |
| 产出指标 | 时效指标 | 发明专利快速预审平均周期 | ≤{{num(indicators[3].target)|0|lit}}天 | {{num(indicators[3].actual)|0|lit}}天 | {{indicators[3].weight|0}} | {{indicators[3].score|0}} | — |
| 产出指标 | 数量指标 | 新认定地理标志保护产品 | {{num(indicators[4].target)|0|lit}}个 | {{num(indicators[4].actual)|0|lit}}个 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} | — |
| 效益指标 | 经济效益指标 | 专利质押融资额 | ≥{{num(indicators[5].target)|0|lit}}亿元 | {{num(indicators[5].actual)|1|lit}}亿元 | {{indicators[5].weight|0}} | {{indicators[5].score|0}} | — |
| 效益指标 | 社会效益指标 | 知识产权保护社会满意度测评得分 | ≥{{num(indicators[6].target)|0|lit}}分 | {{num(indicators[6].actual)|1|lit}}分 | {{indicators[6].weight|0}} | {{indicators[6].score|0}} | — |
| 效益指标 | 可持续影响指标 | 地理标志产品产值增长率 | {{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|1|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|0}} | 扣{{indicators[7].weight-indicators[7].score|0}}分，按完成比例计算 |
| 满意度指标 | 服务对象满意度指标 | 服务对象满意度 | ≥{{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|1|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|0}} | — |
| 合计 | | | | | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2}} | 共扣{{scoreSummary.weightTotal-scoreSummary.scoreTotal|2}}分 |

自评总分{{scoreSummary.scoreTotal|2}}分，等级为“优”。

## 五、存在的问题及原因

一是支出进度前慢后快。项目评审集中在下半年，部分资金年底才拨付到项目单位。二是地理标志产品产值增幅低于目标{{num(indicators[7].target)-num(indicators[7].actual)|1}}个百分点，主要受部分特色农产品价格回落影响。

## 六、下一步改进措施

一是把项目评审提前到上年第四季度，力争上半年支出进度达到[[50|下年进度目标（数据无）]]%以上。二是推动地理标志产品进入大型商超和电商平台，扩大销售。

## 七、结果应用和公开

自评结果将作为下年度资金分配的重要因素，并随部门决算在我局门户网站公开。

联系人：蓝若汐　　联系电话：[[86031247|电话]]

[^1]: 依据《关于下达2024年知识产权强省建设试点补助资金的通知》（泠财教〔2024〕88号），其中专利转化运用{{projects[0].adjustment|2}}万元、知识产权快速维权{{projects[1].adjustment|2}}万元。
[^2]: 结转资金中，知识产权公共服务子项目{{projects[3].carryover|2}}万元为政府采购尾款，已于2025年2月支付。
[^3]: 上年排名为第{{A('rank').prior|0}}位。
`;

module.exports = {
  id: '01', slug: 'zhichan', format: 'md', level: '省',
  title: data.meta.title, sector: '知识产权保护与运用',
  yamlHeader: `2024年度泠岙省知识产权局 省级知识产权保护与运用专项资金（项目支出）。虚构数据，金额单位万元。
年初2860 + 追加420 − 压减180 = 全年3100；执行3012.47，结转87.53；执行率97.18%，得分 9.72。
子项目中压减的两项只写 initial 与 total（adjustment 不能为负）。`,
  styles: ['Markdown 脚注 [^n] 中含核对数字', '“单位：万元”写在表格上方', '会计式括号负数 (120.00) 表示压减', '九成以上（数据有：结案率）', '季度支出进度（skip）', '扣分说明列（扣0.5分）', '全国排名“第7位”与前移位数', '区间“3—5个工作日”（skip）', '万人次', '作者约数“2100余件”'],
  data, body,
};

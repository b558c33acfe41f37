'use strict';
// 02 蘅皋市商务局：家政服务业提质扩容补助资金（项目，市级，纯文本 UTF-8 带 BOM）
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '蘅皋市商务局',
    shortName: '市商务局',
    department: '蘅皋市商务局',
    implementer: '蘅皋市商务局',
    project: '家政服务业提质扩容补助资金',
    title: '2024年度蘅皋市家政服务业提质扩容补助资金绩效自评报告',
    moneyUnit: '元',
    thousands: true,
  },
  background: {
    purpose: ['家政从业人员技能培训', '员工制家政企业转型', '家政信用体系和线上平台', '社区家政服务网点'],
  },
  budget: {
    initial: 16500000,
    adjustments: [{ type: '追加', amount: 3500000, reason: '省级家政服务提质扩容补助' }],
    total: 20000000,
    actual: 19348585.3,
    carryover: 651414.7,
    sources: {
      current: { initial: 16500000, total: 16500000, actual: 15848585.3 },
      other: { initial: 0, total: 3500000, actual: 3500000 },
    },
  },
  budgetRate: { weight: 10, score: 9.67 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.67, grade: '优' },
  goals: { expected: ['家政服务供给质量和从业人员职业化水平提升'] },
  projects: [
    { name: '家政从业人员技能培训补贴', initial: 6200000, adjustment: 1500000, total: 7700000, actual: 7482636.5, carryover: 217363.5 },
    { name: '员工制家政企业转型奖补', initial: 4800000, adjustment: 1200000, total: 6000000, actual: 5834000, carryover: 166000 },
    { name: '家政服务信用体系和线上平台', initial: 3000000, total: 3000000, actual: 2731948.8, carryover: 268051.2 },
    { name: '社区家政服务网点建设补助', initial: 2500000, adjustment: 800000, total: 3300000, actual: 3300000, carryover: 0 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '家政从业人员技能培训', target: '≥1.2万人次', actual: '1.36万人次', weight: 15, score: 15 },
    { level1: '产出指标', level2: '数量指标', name: '新增员工制家政企业', target: '30家', actual: '27家', weight: 10, score: 9,
      deviation: { reason: '部分企业社保缴费压力大，转型意愿不足', measure: '延长奖补申报期并提供社保政策辅导' } },
    { level1: '产出指标', level2: '数量指标', name: '新建社区家政服务网点', target: '45个', actual: '48个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '质量指标', name: '培训后取证率', target: '≥85%', actual: '88.7%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '补贴资金发放时限', target: '≤30天', actual: '21天', weight: 5, score: 5, direction: 'negative' },
    { level1: '效益指标', level2: '社会效益指标', name: '带动家政从业人员就业', target: '≥8000人', actual: '9146人', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '员工制企业从业人员月均收入增幅', target: '≥5%', actual: '6.2%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '家政服务信用信息覆盖率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '家政服务消费者满意度', target: '≥90%', actual: '92.5%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'rural_share', group: '产出', topic: '培训', name: '受训人员中农村转移劳动力占比', value: 66.4, unit: '%' },
    { id: 'employees', group: '产出', topic: '员工制转型', name: '员工制企业签约员工', value: 2760, unit: '人' },
    { id: 'orders', group: '效益', topic: '线上平台', name: '线上平台家政订单', value: 38.6, unit: '万单', changeRate: 41.2 },
    { id: 'credit', group: '效益', topic: '信用体系', name: '录入信用信息的家政从业人员', value: 2.73, unit: '万人' },
    { id: 'complaints', group: '效益', topic: '投诉', name: '家政服务投诉', value: 214, unit: '件', prior: 226 },
  ],
  problems: [
    { id: 'firms', text: '员工制转型企业数量未达目标', cause: '企业社保缴费压力大', measure: '延长申报期并加强政策辅导' },
    { id: 'platform', text: '线上平台资金结余较多', cause: '平台二期采购流标后重新招标', measure: '提前做好采购需求论证' },
  ],
  application: ['自评结果报市财政局备案', '在市商务局网站公开'],
};

const body = `2024年度蘅皋市家政服务业提质扩容补助资金绩效自评报告

蘅皋市商务局
2025年3月

一、项目概况

家政服务业提质扩容补助资金是市级财政设立的专项资金，由市商务局会同市人力资源和社会保障局组织实施，重点支持家政从业人员技能培训、员工制家政企业转型、家政信用体系和线上平台建设以及社区家政服务网点建设。2024年项目资金全年预算{{budget.total/10000|2t}}万元，其中市级财政安排{{budget.sources.current.total/10000|2t}}万元，年中争取到省级补助{{budget.sources.other.total/10000|2}}万元。

二、资金使用情况

（一）预算安排与执行
年初预算{{budget.initial/10000|2t}}万元，6月追加省级补助{{budget.adjustments[0].amount/10000|2}}万元，全年预算{{budget.total/10000|2t}}万元。以下一段照录自财务科报送的执行分析（原文按版面断行）：

截至年底，项目资金实际支出{{budget.actual/10000|2t|brk=7}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover/10000|2}}万元，
主要是线上平台二期采购流标后重新招标，部分合同款跨年支付。其中培训补贴支出{{projects[0].actual/10000|2}}万元，员工制转型
奖补支出{{projects[1].actual/10000|2}}万元，信用体系和线上平台支出{{projects[2].actual/10000|2}}万元，网点建设补助支出
{{projects[3].actual/10000|2}}万元。[[1|月份]]—11月累计支出进度为[[71.3|月度累计支出进度（数据无）]]%，12月支出占全年的[[近三成|月度支出占比（数据无）]]。

（二）分项目明细（从预算管理一体化系统导出，单位：元）

项目名称	全年预算	实际支出	结余	执行率
家政从业人员技能培训补贴	{{projects[0].total|2t}}	{{projects[0].actual|2t}}	{{projects[0].carryover|2t}}	{{projects[0].actual/projects[0].total*100|2}}%
员工制家政企业转型奖补	{{projects[1].total|2t}}	{{projects[1].actual|2t|a=5,843,000.00~元为单位的表中分项支出（与合计 19,348,585.30、结余 166,000.00、执行率 97.23% 不符）}}	{{projects[1].carryover|2t}}	{{projects[1].actual/projects[1].total*100|2}}%
家政服务信用体系和线上平台	{{projects[2].total|2t}}	{{projects[2].actual|2t}}	{{projects[2].carryover|2t}}	{{projects[2].actual/projects[2].total*100|2}}%
社区家政服务网点建设补助	{{projects[3].total|2t}}	{{projects[3].actual|2t}}	{{projects[3].carryover|2}}	{{projects[3].actual/projects[3].total*100|2}}%
合计	{{budget.total|2t}}	{{budget.actual|2t}}	{{budget.carryover|2t}}	{{budget.actual/budget.total*100|2}}%

（三）资金管理
培训补贴实行“先培训、后补贴”，企业申报后一般在[[3|审核时限区间（工作规程）]]—[[5|审核时限区间（工作规程）]]个工作日内完成初审；员工制转型奖补按签约员工人数核定，折合人均{{projects[1].actual/10000/A('employees').value|2}}万元/人。

三、绩效目标完成情况

（一）产出
全年开展家政从业人员技能培训{{num(indicators[0].actual)|2|lit}}万人次，超过{{num(indicators[0].target)|1|lit}}万人次的目标，受训人员中农村转移劳动力约占{{A('rural_share').value|1|words=三分之二;cmp=frac:2/3}}；培训后取证率{{num(indicators[3].actual)|1|lit}}%。新增员工制家政企业{{num(indicators[1].actual)|0|lit}}家，签约员工{{A('employees').value|0t}}人。新建社区家政服务网点{{num(indicators[2].actual)|0|lit}}个。补贴资金从受理到发放平均用时{{num(indicators[4].actual)|0|lit}}天。

（二）效益
带动家政从业人员就业{{num(indicators[5].actual)|0t|lit}}人；员工制企业从业人员月均收入增长{{num(indicators[6].actual)|1|lit}}%。线上平台全年成交家政订单{{A('orders').value|1}}万单，同比增长{{A('orders').changeRate|1}}%；录入信用信息的家政从业人员{{A('credit').value|2|b=2.37~录入信用信息的从业人员（万人，只出现一次）}}万人，信用信息覆盖率{{num(indicators[7].actual)|0|lit}}%。全年受理家政服务投诉{{A('complaints').value|0}}件，上年{{A('complaints').prior|0}}件，同比增长{{(A('complaints').value-A('complaints').prior)/A('complaints').prior*100|2}}%。

（三）满意度
随机回访消费者[[1200|回访人数]]户，满意度{{num(indicators[8].actual)|1|lit}}%。

四、自评得分

预算执行率：执行率{{budget.actual/budget.total*100|2}}%，得分{{budgetRate.score|2}}/{{budgetRate.weight|0}}。
家政从业人员技能培训：目标≥{{num(indicators[0].target)|1|lit}}万人次，完成{{num(indicators[0].actual)|2|lit}}万人次，得分{{indicators[0].score|0}}/{{indicators[0].weight|0}}。
新增员工制家政企业：目标{{num(indicators[1].target)|0|lit}}家，完成{{num(indicators[1].actual)|0|lit}}家，得分{{indicators[1].score|0}}/{{indicators[1].weight|0}}。
新建社区家政服务网点：目标{{num(indicators[2].target)|0|lit}}个，完成{{num(indicators[2].actual)|0|lit}}个，得分{{indicators[2].score|0}}/{{indicators[2].weight|0}}。
培训后取证率：目标≥{{num(indicators[3].target)|0|lit}}%，完成{{num(indicators[3].actual)|1|lit}}%，得分{{indicators[3].score|0}}/{{indicators[3].weight|0}}。
补贴资金发放时限：目标≤{{num(indicators[4].target)|0|lit}}天，实际{{num(indicators[4].actual)|0|lit}}天，得分{{indicators[4].score|0}}/{{indicators[4].weight|0}}。
带动家政从业人员就业：目标≥{{num(indicators[5].target)|0|lit}}人，完成{{num(indicators[5].actual)|0|lit}}人，得分{{indicators[5].score|0}}/{{indicators[5].weight|0}}。
月均收入增幅：目标≥{{num(indicators[6].target)|0|lit}}%，完成{{num(indicators[6].actual)|1|lit}}%，得分{{indicators[6].score|0}}/{{indicators[6].weight|0}}。
信用信息覆盖率：目标{{num(indicators[7].target)|0|lit}}%，完成{{num(indicators[7].actual)|0|lit}}%，得分{{indicators[7].score|0}}/{{indicators[7].weight|0}}。
消费者满意度：目标≥{{num(indicators[8].target)|0|lit}}%，完成{{num(indicators[8].actual)|1|lit}}%，得分{{indicators[8].score|0}}/{{indicators[8].weight|0}}。
合计得分{{scoreSummary.scoreTotal|2}}分（满分{{scoreSummary.weightTotal|0}}分），自评等级：优。

五、存在问题
1.员工制转型企业比目标少{{num(indicators[1].target)-num(indicators[1].actual)|0}}家，企业社保缴费压力大，转型意愿不足。
2.线上平台资金结余{{projects[2].carryover/10000|2}}万元，平台二期采购流标后重新招标，合同款跨年支付。

六、改进措施
1.延长员工制转型奖补申报期，联合人社部门开展社保政策辅导。
2.提前做好采购需求论证，减少流标。

联系人：柏知夏　　电话：[[13907461285|电话]]
`;

module.exports = {
  id: '02', slug: 'jiazheng', format: 'txt', level: '市', bom: true,
  title: '2024年度蘅皋市家政服务业提质扩容补助资金绩效自评报告', sector: '家政服务业提质扩容',
  yamlHeader: `2024年度蘅皋市商务局 家政服务业提质扩容补助资金（项目支出）。虚构数据。
本文件金额单位为元（meta.moneyUnit: 元），保留两位小数；报告正文写万元，表格写元。
年初16,500,000.00 + 追加3,500,000.00 = 全年20,000,000.00；执行19,348,585.30，结余651,414.70，执行率96.74%，得分9.67。`,
  styles: ['UTF-8 带 BOM 的记事本文件', '数据金额单位为元（moneyUnit: 元），正文写万元（除以一万后两位）', '从系统导出的制表符分隔表（单位：元，两位小数，千分位）', '“单位：元”写在表名括号中', '按版面断行：数字“1,934.8↵6”被换行拆开', '1—11月累计进度（skip）', '人均“万元/人”（算式）', '三分之二（数据有）', '“同比增长-5.31%”（负增长写成增长负数）', '得分写成“9/10”', '手机号（skip）'],
  data, body,
};

'use strict';
// 04 苕陂区卫生健康局：普惠托育服务补助资金（项目，区级，PDF：由 Word 转出）
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '蘅皋市苕陂区卫生健康局',
    shortName: '区卫生健康局',
    department: '蘅皋市苕陂区卫生健康局',
    implementer: '苕陂区托育服务指导中心',
    project: '普惠托育服务补助资金',
    title: '苕陂区2024年度普惠托育服务补助资金绩效自评报告',
    thousands: true,
  },
  background: {
    purpose: ['普惠托位运营补助', '新增托位建设补助', '托育从业人员培训', '托育机构监管和质量评估'],
  },
  budget: {
    initial: 860,
    adjustments: [{ type: '追加', amount: 240, reason: '中央财政支持普惠托育服务发展补助' }],
    total: 1100,
    actual: 1046.38,
    carryover: 53.62,
    sources: {
      current: { initial: 860, total: 860, actual: 806.38 },
      other: { initial: 0, total: 240, actual: 240 },
    },
  },
  budgetRate: { weight: 10, score: 9.51 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.21, grade: '优' },
  goals: { expected: ['扩大普惠托育服务供给，减轻家庭养育负担'] },
  projects: [
    { name: '普惠托位运营补助', initial: 420, adjustment: 160, total: 580, actual: 566.4, carryover: 13.6 },
    { name: '新增托位建设补助', initial: 300, adjustment: 80, total: 380, actual: 352, carryover: 28 },
    { name: '托育从业人员培训', initial: 80, total: 80, actual: 71.96, carryover: 8.04 },
    { name: '托育机构监管和质量评估', initial: 60, total: 60, actual: 56.02, carryover: 3.98 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '新增普惠托位', target: '≥1500个', actual: '1620个', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '享受运营补助的普惠托育机构', target: '40家', actual: '43家', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '培训托育从业人员', target: '800人次', actual: '736人次', weight: 10, score: 9.2,
      deviation: { reason: '第四期培训因场地改造推迟到次年', measure: '2025年一季度补办' } },
    { level1: '产出指标', level2: '质量指标', name: '托育机构质量评估达标率', target: '≥85%', actual: '88.4%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '运营补助拨付', target: '按季度拨付', actual: '按季度拨付', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '社会效益指标', name: '每千人口拥有3岁以下婴幼儿托位数', target: '≥4.5个', actual: '4.8个', weight: 10, score: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '普惠托位占比', target: '≥60%', actual: '78.6%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '托位使用率', target: '≥70%', actual: '66.5%', weight: 10, score: 9.5,
      deviation: { reason: '新建托位集中在下半年投用，入托需要爬坡期', measure: '加强托育政策宣传，开展入托体验' } },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '家长满意度', target: '≥90%', actual: '95.3%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'orgs', group: '产出', topic: '托育机构', name: '备案托育机构', value: 126, unit: '家', prior: 97 },
    { id: 'kids', group: '效益', topic: '入托', name: '在托婴幼儿', value: 4382, unit: '人' },
    { id: 'fee', group: '效益', topic: '收费', name: '普惠托育月均收费', value: 1380, unit: '元' },
    { id: 'rank', group: '效益', topic: '考核', name: '全市托育服务工作考核名次', value: 2, unit: '名' },
  ],
  problems: [
    { id: 'use', text: '托位使用率未达目标', cause: '新建托位下半年才投用', measure: '开展入托体验和政策宣传' },
    { id: 'train', text: '培训人次未完成', cause: '第四期培训推迟', measure: '次年一季度补办' },
  ],
  application: ['评价结果用于调整下年度补助标准和分配', '在区政府网站公开'],
};

const row = (i, lit1, lit2, note) => `| ${lit1} | {{indicators[${i}].weight|0}} | {{indicators[${i}].score|${i === 2 || i === 7 ? 1 : 0}}} | ${note} |`;

const body = `#T 苕陂区2024年度普惠托育服务补助资金绩效自评报告
#S 蘅皋市苕陂区卫生健康局　2025年3月
#A 一、项目概况
为缓解[[0|年龄区间（政策）]]—[[3|年龄区间（政策）]]岁婴幼儿家庭“送托难、送托贵”，区财政自2022年起设立普惠托育服务补助资金，由区托育服务指导中心具体实施，资金用于普惠托位运营补助、新增托位建设补助、托育从业人员培训和托育机构监管评估四个方面。
#A 二、资金投入和使用
年初预算{{budget.initial|2}}万元，8月收到中央财政支持普惠托育服务发展补助{{budget.adjustments[0].amount|2}}万元，全年预算{{budget.total|2t}}万元。全年支出{{budget.actual|2t}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover|2}}万元。其中运营补助{{projects[0].actual|2}}万元，建设补助{{projects[1].actual|2}}万元，培训{{projects[2].actual|2}}万元，监管和质量评估{{projects[3].actual|2}}万元。
按区财政局要求，分项目资金以元列示如下。
@@table w=2600,2100,2100,2000 head=1
| 项目 | 全年预算（元） | 实际支出（元） | 结余（元） |
| 普惠托位运营补助 | {{projects[0].total*10000|2t}} | {{projects[0].actual*10000|2t}} | {{projects[0].carryover*10000|2t}} |
| 新增托位建设补助 | {{projects[1].total*10000|2t}} | {{projects[1].actual*10000|2t|a=3,250,000.00~元为单位的表中分项支出（与合计 10,463,800.00、结余 280,000.00 和正文 352.00 万元不符）}} | {{projects[1].carryover*10000|2t}} |
| 托育从业人员培训 | {{projects[2].total*10000|2t}} | {{projects[2].actual*10000|2t}} | {{projects[2].carryover*10000|2t}} |
| 托育机构监管和质量评估 | {{projects[3].total*10000|2t}} | {{projects[3].actual*10000|2t}} | {{projects[3].carryover*10000|2t}} |
| 合计 | {{budget.total*10000|2t}} | {{budget.actual*10000|2t}} | {{budget.carryover*10000|2t}} |
#A 三、绩效目标完成情况
#B （一）产出情况
全年新增普惠托位{{num(indicators[0].actual)|0t|lit}}个，{{num(indicators[1].actual)|0|lit}}家普惠托育机构享受运营补助。全区备案托育机构达到{{A('orgs').value|0}}家，比上年增加{{A('orgs').value-A('orgs').prior|0}}家，增长{{(A('orgs').value-A('orgs').prior)/A('orgs').prior*100|2}}%。培训托育从业人员{{num(indicators[2].actual)|0|lit}}人次，完成计划的{{num(indicators[2].actual)/num(indicators[2].target)*100|0}}%，第四期培训因场地改造推迟到次年。质量评估达标率{{num(indicators[3].actual)|1|lit}}%。
#B （二）效益情况
在托婴幼儿{{A('kids').value|0t|b=4,832~在托婴幼儿人数（正文，只出现一次）}}人，每千人口拥有[[3|指标名称中的数字（3岁以下）]]岁以下婴幼儿托位数{{num(indicators[5].actual)|1|lit}}个，高于{{num(indicators[5].target)|1|lit}}个的目标。普惠托位占全部托位的{{num(indicators[6].actual)|1|lit}}%，{{num(indicators[6].actual)|1|words=接近八成;cmp=near:80}}；普惠托育月均收费{{A('fee').value|0t}}元，约为同类市场化机构的[[六成|收费比较（数据无）]]。托位使用率{{num(indicators[7].actual)|1|lit}}%，低于{{num(indicators[7].target)|0|lit}}%的目标。全区托育服务工作在全市考核中排名第{{A('rank').value|0}}。
#B （三）满意度
抽取[[20|抽样机构数]]家机构的家长开展问卷调查，满意度{{num(indicators[8].actual)|1|lit}}%。
#B （四）资金和项目管理
运营补助按照“先服务、后补助”的办法，由机构按季度申报实际收托人数，街道初审、区托育服务指导中心复核、区卫生健康局审定后拨付，补助资金直接进入机构对公账户，不经过中间环节。
新增托位建设补助在项目竣工并通过消防、卫生评价后一次性拨付；对用人单位办托和社区嵌入式托育点，中心安排专人跟踪进度，每月通报一次。
培训和质量评估通过政府采购委托第三方实施，合同约定了培训课时、考核通过标准和评估报告的交付时间，验收时由中心、财务科和纪检人员共同参加。
#A 四、绩效自评
自评表如下（预算执行率按执行率乘以分值计算）。
@@table w=1500,2500,1400,1400,700,700,1800 head=1
| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因 |
| 预算执行 | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} | 结余为培训和评估尾款 |
| 产出指标 | 新增普惠托位 | ≥{{num(indicators[0].target)|0t|lit}}个 | {{num(indicators[0].actual)|0t|lit}}个 | {{indicators[0].weight|0}} | {{indicators[0].score|0}} | — |
| ^ | 享受运营补助的普惠托育机构 | {{num(indicators[1].target)|0|lit}}家 | {{num(indicators[1].actual)|0|lit}}家 | {{indicators[1].weight|0}} | {{indicators[1].score|0}} | — |
| ^ | 培训托育从业人员 | {{num(indicators[2].target)|0|lit}}人次 | {{num(indicators[2].actual)|0|lit}}人次 | {{indicators[2].weight|0}} | {{indicators[2].score|1}} | 第四期培训推迟，按完成比例计分 |
| ^ | 托育机构质量评估达标率 | ≥{{num(indicators[3].target)|0|lit}}% | {{num(indicators[3].actual)|1|lit}}% | {{indicators[3].weight|0}} | {{indicators[3].score|0}} | — |
| ^ | 运营补助拨付 | 按季度拨付 | 按季度拨付 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} | — |
| 效益指标 | 每千人口拥有[[3|指标名称中的数字（3岁以下）]]岁以下婴幼儿托位数 | ≥{{num(indicators[5].target)|1|lit}}个 | {{num(indicators[5].actual)|1|lit}}个 | {{indicators[5].weight|0}} | {{indicators[5].score|0}} | — |
| ^ | 普惠托位占比 | ≥{{num(indicators[6].target)|0|lit}}% | {{num(indicators[6].actual)|1|lit}}% | {{indicators[6].weight|0}} | {{indicators[6].score|0}} | — |
| ^ | 托位使用率 | ≥{{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|1|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|1}} | 新建托位下半年才投用，入托有爬坡期 |
| 满意度指标 | 家长满意度 | ≥{{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|1|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|0}} | — |
| 总分 | < | < | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2}} | 等级：优 |
#A 五、存在的问题
（一）托位使用率比目标低{{num(indicators[7].target)-num(indicators[7].actual)|1}}个百分点。新建托位集中在下半年投用，家长对新机构需要了解过程。
（二）培训人次未完成，第四期培训因场地改造推迟到次年。
#A 六、改进措施
（一）开展“入托体验周”和托育政策进社区宣传，提升托位使用率。
（二）第四期培训于2025年一季度补办，后续培训提前落实场地。
#N 联系人：季南星　　联系电话：[[66092318|电话]]
`;

module.exports = {
  id: '04', slug: 'tuoyu', format: 'pdf', level: '区',
  title: '苕陂区2024年度普惠托育服务补助资金绩效自评报告', author: '区托育服务指导中心', sector: '普惠托育服务（3岁以下婴幼儿照护）',
  header: '蘅皋市苕陂区卫生健康局　普惠托育服务补助资金绩效自评报告',
  footer: true,
  extraSkips: [{ text: '第 N 页  共 M 页', skip: '页脚页码（每页一次，PAGE/NUMPAGES 域）', part: 'footer' }],
  yamlHeader: `2024年度苕陂区普惠托育服务补助资金（项目支出）。虚构数据，金额单位万元。
年初860 + 中央补助240 = 全年1100；执行1046.38，结余53.62；执行率95.13%，得分9.51。`,
  styles: ['PDF（Word 转出）', '页眉单位名称、页脚“第 N 页 共 M 页”（skip）', '评分表跨两页且表头重复', '表头写“（元）”的金额表，两位小数千分位', '接近八成（数据有：普惠托位占比78.6%）', '“六成”收费比较（skip，数据无）', '指标名称中的数字“3岁以下”（skip）', '年龄区间0—3岁（skip）', '全市考核排名第2（数据有）', '“偏差原因”列'],
  data, body,
};

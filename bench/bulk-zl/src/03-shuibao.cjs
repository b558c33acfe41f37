'use strict';
// 03 篁溆县水利局：坡耕地水土流失综合治理项目（项目，县级，Word）
const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '篁溆县水利局',
    shortName: '县水利局',
    department: '篁溆县水利局',
    implementer: '篁溆县水土保持站',
    project: '坡耕地水土流失综合治理项目',
    title: '篁溆县2024年坡耕地水土流失综合治理项目绩效自评报告',
    thousands: true,
  },
  background: {
    basis: [{ title: '泠岙省水土保持规划（2021—2035年）', number: '泠水保〔2021〕9号' }],
    purpose: ['坡改梯', '田间道路和排灌沟渠', '水土保持林草措施', '监测和工程管理'],
  },
  budget: {
    initial: 1280,
    adjustments: [{ type: '压减', amount: 24, reason: '县级配套资金压减' }],
    total: 1256,
    actual: 1220.96,
    carryover: 35.04,
    sources: {
      current: { initial: 180, total: 156, actual: 148.6 },
      other: { initial: 1100, total: 1100, actual: 1072.36 },
    },
  },
  budgetRate: { weight: 10, score: 9.72 },
  scoreSummary: { weightTotal: 100, scoreTotal: 98.72, grade: '优' },
  goals: { expected: ['治理坡耕地水土流失，改善农业生产条件'] },
  projects: [
    { name: '坡改梯工程', initial: 620, total: 620, actual: 608.42, carryover: 11.58 },
    { name: '田间道路和排灌沟渠', initial: 360, total: 346, actual: 339.18, carryover: 6.82 },
    { name: '水土保持林草措施', initial: 210, total: 200, actual: 187.76, carryover: 12.24 },
    { name: '监测和工程管理费', initial: 90, total: 90, actual: 85.6, carryover: 4.4 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '治理水土流失面积', target: '12平方公里', actual: '12.6平方公里', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '坡改梯面积', target: '3500亩', actual: '3620亩', weight: 10, score: 10 },
    { level1: '产出指标', level2: '数量指标', name: '新建田间道路', target: '18公里', actual: '16.2公里', weight: 10, score: 9,
      deviation: { reason: '一段道路与村庄规划冲突暂缓实施', measure: '调整线路后纳入下年度实施' } },
    { level1: '产出指标', level2: '质量指标', name: '工程验收合格率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '产出指标', level2: '时效指标', name: '工程完工时间', target: '11月底前完工', actual: '按期完工', weight: 10, score: 10, band: '达成' },
    { level1: '效益指标', level2: '生态效益指标', name: '治理区林草覆盖率', target: '≥45%', actual: '47.3%', weight: 10, score: 10 },
    { level1: '效益指标', level2: '经济效益指标', name: '治理区亩均增收', target: '≥300元', actual: '342元', weight: 10, score: 10 },
    { level1: '效益指标', level2: '可持续影响指标', name: '工程管护责任落实率', target: '100%', actual: '100%', weight: 10, score: 10 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受益群众满意度', target: '≥90%', actual: '96.1%', weight: 10, score: 10 },
  ],
  achievements: [
    { id: 'soil', group: '效益', topic: '水土保持', name: '年减少土壤流失量', value: 2.86, unit: '万吨' },
    { id: 'cover', group: '效益', topic: '水土保持', name: '治理区林草覆盖率', value: 47.3, unit: '%', prior: 38.9 },
    { id: 'farmers', group: '效益', topic: '受益情况', name: '受益农户', value: 1946, unit: '户' },
    { id: 'villages', group: '效益', topic: '受益情况', name: '涉及行政村', value: 9, unit: '个' },
    { id: 'yield', group: '效益', topic: '增产增收', name: '坡改梯地块玉米亩产', value: 512, unit: '公斤', prior: 248 },
    { id: 'monitor', group: '产出', topic: '监测', name: '新建水土保持监测点', value: 3, unit: '个' },
  ],
  problems: [
    { id: 'road', text: '田间道路未完成年度目标', cause: '一段线路与村庄规划冲突', measure: '调整线路后下年实施' },
    { id: 'pace', text: '上半年支出进度偏慢', cause: '汛期不宜施工', measure: '合理安排施工时段' },
  ],
  application: ['评价结果作为下年度项目安排的依据', '在县政府门户网站公开'],
};

const body = `#T 篁溆县2024年坡耕地水土流失综合治理项目绩效自评报告
#S 篁溆县水利局
#A 一、项目概况
项目依据《泠岙省水土保持规划（2021—2035年）》（泠水保〔2021〕9号）实施，治理区位于县境北部低山丘陵区，涉及{{A('villages').value|0}}个行政村，由县水土保持站具体组织，建设内容包括坡改梯、田间道路和排灌沟渠、水土保持林草措施以及监测和工程管理。
#A 二、资金投入和使用情况
#B （一）资金到位
项目年初预算{{budget.initial|2t}}万元，其中中央和省级水利发展资金{{budget.sources.other.initial|2t}}万元、县级配套{{budget.sources.current.initial|2}}万元。年中县级配套压减{{budget.adjustments[0].amount|2}}万元，全年预算调整为{{budget.total|2t}}万元[fn:县级配套压减后为{{budget.sources.current.total|2}}万元，实际支出{{budget.sources.current.actual|2}}万元；上级资金支出{{budget.sources.other.actual|2t}}万元。]。
#B （二）资金执行
全年实际支出{{budget.actual|2t|brk=4}}万元，预算执行率{{budget.actual/budget.total*100|2}}%，结余{{budget.carryover|2}}万元。受汛期停工影响，一季度执行率仅[[6.2|季度执行率（数据无）]]%，二季度末为[[31.5|季度执行率（数据无）]]%，三季度末达到[[68.7|季度执行率（数据无）]]%。各建设内容的资金情况见下表。
#R 单位：万元
@@table w=2500,1250,1250,1300,1200,1300 head=2
| 建设内容 | 年初预算 | 全年预算 | 执行情况 | < | < |
| ^ | ^ | ^ | 实际支出 | 结余 | 执行率 |
| 坡改梯工程 | {{projects[0].initial|2}} | {{projects[0].total|2}} | {{projects[0].actual|2}} | {{projects[0].carryover|2}} | {{projects[0].actual/projects[0].total*100|2}}% |
| 田间道路和排灌沟渠 | {{projects[1].initial|2}} | {{projects[1].total|2|a=364.00~合并表头表中的全年预算（与年初 360.00 压减、合计 1,256.00、结余和执行率不符）}} | {{projects[1].actual|2}} | {{projects[1].carryover|2}} | {{projects[1].actual/projects[1].total*100|2}}% |
| 水土保持林草措施 | {{projects[2].initial|2}} | {{projects[2].total|2}} | {{projects[2].actual|2}} | {{projects[2].carryover|2}} | {{projects[2].actual/projects[2].total*100|2}}% |
| 监测和工程管理费 | {{projects[3].initial|2}} | {{projects[3].total|2}} | {{projects[3].actual|2}} | {{projects[3].carryover|2}} | {{projects[3].actual/projects[3].total*100|2}}% |
| 合计 | {{budget.initial|2t}} | {{budget.total|2t}} | {{budget.actual|2t}} | {{budget.carryover|2}} | {{budget.actual/budget.total*100|2}}% |
#A 三、绩效目标完成情况
#B （一）产出
全年治理水土流失面积{{num(indicators[0].actual)|1|lit}}平方公里，完成坡改梯{{num(indicators[1].actual)|0t|lit}}亩，新建田间道路{{num(indicators[2].actual)|1|lit}}公里，较计划少{{num(indicators[2].target)-num(indicators[2].actual)|1}}公里；新建水土保持监测点{{A('monitor').value|0}}个。工程于11月底前全部完工，经县水利、财政部门联合验收，合格率{{num(indicators[3].actual)|0|lit}}%。
#B （二）效益
治理区年减少土壤流失量{{A('soil').value|2}}万吨，林草覆盖率由{{A('cover').prior|1}}%提高到{{A('cover').value|1}}%[fn:林草覆盖率按治理区遥感解译结果计算，比治理前提高{{A('cover').value-A('cover').prior|1}}个百分点。]。坡改梯地块玉米亩产由{{A('yield').prior|0}}公斤提高到{{A('yield').value|0}}公斤，基本{{A('yield').value/A('yield').prior|2|words=翻了一番;cmp=x2}}，治理区亩均增收{{num(indicators[6].actual)|0|lit}}元；受益农户{{A('farmers').value|0t|b=1,964~受益农户户数（正文，只出现一次）}}户。
#B （三）满意度
向受益农户发放问卷[[300|问卷份数]]份，满意度{{num(indicators[8].actual)|1|lit}}%。
#A 四、绩效自评得分
@@table w=1300,1500,2300,1300,1300,900,900 head=1
| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |
| 预算执行 | — | 预算执行率 | [[100|执行率目标值]]% | {{budget.actual/budget.total*100|2}}% | {{budgetRate.weight|0}} | {{budgetRate.score|2}} |
| 产出指标 | 数量指标 | 治理水土流失面积 | {{num(indicators[0].target)|0|lit}}平方公里 | {{num(indicators[0].actual)|1|lit}}平方公里 | {{indicators[0].weight|0}} | {{indicators[0].score|0}} |
| ^ | ^ | 坡改梯面积 | {{num(indicators[1].target)|0|lit}}亩 | {{num(indicators[1].actual)|0|lit}}亩 | {{indicators[1].weight|0}} | {{indicators[1].score|0}} |
| ^ | ^ | 新建田间道路 | {{num(indicators[2].target)|0|lit}}公里 | {{num(indicators[2].actual)|1|lit}}公里 | {{indicators[2].weight|0}} | {{indicators[2].score|0}} |
| ^ | 质量指标 | 工程验收合格率 | {{num(indicators[3].target)|0|lit}}% | {{num(indicators[3].actual)|0|lit}}% | {{indicators[3].weight|0}} | {{indicators[3].score|0}} |
| ^ | 时效指标 | 工程完工时间 | 11月底前完工 | 按期完工 | {{indicators[4].weight|0}} | {{indicators[4].score|0}} |
| 效益指标 | 生态效益指标 | 治理区林草覆盖率 | ≥{{num(indicators[5].target)|0|lit}}% | {{num(indicators[5].actual)|1|lit}}% | {{indicators[5].weight|0}} | {{indicators[5].score|0}} |
| ^ | 经济效益指标 | 治理区亩均增收 | ≥{{num(indicators[6].target)|0|lit}}元 | {{num(indicators[6].actual)|0|lit}}元 | {{indicators[6].weight|0}} | {{indicators[6].score|0}} |
| ^ | 可持续影响指标 | 工程管护责任落实率 | {{num(indicators[7].target)|0|lit}}% | {{num(indicators[7].actual)|0|lit}}% | {{indicators[7].weight|0}} | {{indicators[7].score|0}} |
| 满意度指标 | 服务对象满意度指标 | 受益群众满意度 | ≥{{num(indicators[8].target)|0|lit}}% | {{num(indicators[8].actual)|1|lit}}% | {{indicators[8].weight|0}} | {{indicators[8].score|0}} |
| 合计 | < | < | < | < | {{scoreSummary.weightTotal|0}} | {{scoreSummary.scoreTotal|2}} |
项目自评得分{{scoreSummary.scoreTotal|2|brk=3}}分，等级为优。新建田间道路按完成比例得{{indicators[2].score|0}}分。
#A 五、存在的问题及原因
一是田间道路有{{num(indicators[2].target)-num(indicators[2].actual)|1}}公里未建成，原因是一段线路与村庄规划冲突，需重新选线。二是上半年支出进度偏慢，汛期不宜施工，工程集中在下半年推进。
#A 六、改进措施
一是调整道路线路后纳入下年度实施计划；二是把土方工程安排在汛前和汛后，均衡支出进度。
#N 联系人：钟岚　联系电话：[[5127730|电话]]
`;

module.exports = {
  id: '03', slug: 'shuibao', format: 'docx', level: '县',
  title: '篁溆县2024年坡耕地水土流失综合治理项目绩效自评报告', author: '县水土保持站', sector: '坡耕地水土流失综合治理（水土保持）',
  yamlHeader: `2024年度篁溆县坡耕地水土流失综合治理项目（项目支出）。虚构数据，金额单位万元。
年初1280（县级180 + 上级1100），县级配套压减24，全年1256；执行1220.96，结余35.04；执行率97.21%，得分9.72。`,
  styles: ['Word 脚注（footnotes.xml）中含核对数字', 'Word run 边界拆开数字（1,22|0.95、98|.72）', '合并表头（横向 gridSpan“执行情况”+ 纵向 vMerge）', '“单位：万元”右对齐段落写在表上方', '季度执行率（skip）', '“翻了一番”（数据有：亩产 512/248）', '评分表一级指标纵向合并、合计行横向合并'],
  data, body,
};

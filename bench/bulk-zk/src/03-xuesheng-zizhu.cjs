'use strict';
const C = require('../lib/core.cjs');

const info = {
  id: '03', slug: 'xuesheng-zizhu', format: 'docx', level: '县',
  sector: '学生资助：普通高中国家助学金和免学费补助资金',
  styles: ['Word 修订（<w:del> 旧数字、<w:ins> 新数字；整句删除）', 'Word 自动编号的标题（Heading1/2 样式，正文不打“一、”）', '段内软回车 <w:br/>', '段内制表符', '单元格内两个段落', '自动编号列表', '人均资助额（元，算式）'],
};

const data = {
  kind: 'project',
  version: 2,
  meta: {
    year: 2024,
    unit: '芩坪县学生资助管理中心',
    shortName: '县学生资助中心',
    department: '芩坪县教育和体育局',
    implementer: '芩坪县学生资助管理中心',
    project: '普通高中国家助学金和免学费补助资金',
    title: '芩坪县2024年度普通高中国家助学金和免学费补助资金绩效自评报告',
    thousands: true,
  },
  background: { purpose: ['国家助学金', '免学费补助', '县级励志奖学金和临时困难补助'] },
  budget: {
    initial: 1426,
    adjustments: [
      { type: '追加', amount: 88.35, reason: '春季、秋季学期据实结算补差' },
    ],
    total: 1514.35,
    actual: 1497.62,
    rate: 98.9,
    carryover: 16.73,
    sources: {
      current: { initial: 1126, total: 1198.35, actual: 1188.4 },
      other: { initial: 300, total: 316, actual: 309.22 },
    },
  },
  budgetRate: { weight: 10, score: 0 },
  goals: { expected: ['家庭经济困难学生应助尽助'] },
  projects: [
    { name: '国家助学金', initial: 612, adjustment: 45.6, total: 657.6, actual: 655.2, carryover: 2.4 },
    { name: '免学费补助', initial: 734, adjustment: 38.75, total: 772.75, actual: 768.12, carryover: 4.63 },
    { name: '县级励志奖学金和临时困难补助', initial: 80, adjustment: 4, total: 84, actual: 74.3, carryover: 9.7 },
  ],
  indicators: [
    { level1: '产出指标', level2: '数量指标', name: '国家助学金资助人数', target: '≥3200人', actual: '3276人', weight: 10 },
    { level1: '产出指标', level2: '数量指标', name: '免学费学生人数', target: '≥5600人', actual: '5812人', weight: 10 },
    { level1: '产出指标', level2: '质量指标', name: '资助对象认定准确率', target: '100%', actual: '100%', weight: 10 },
    { level1: '产出指标', level2: '时效指标', name: '资金发放及时率', target: '≥98%', actual: '96.5%', weight: 10, deviation: { reason: '秋季学期补差资金11月底才下达', measure: '提前测算并预拨' } },
    { level1: '产出指标', level2: '质量指标', name: '资助资金足额发放率', target: '100%', actual: '100%', weight: 10 },
    { level1: '效益指标', level2: '社会效益指标', name: '家庭经济困难学生资助覆盖率', target: '100%', actual: '100%', weight: 15 },
    { level1: '效益指标', level2: '可持续影响指标', name: '受助学生巩固率', target: '≥99%', actual: '99.3%', weight: 15 },
    { level1: '满意度指标', level2: '服务对象满意度指标', name: '受助学生及家长满意度', target: '≥95%', actual: '97.8%', weight: 10 },
  ],
  achievements: [
    { id: 'poverty_students', group: '国家助学金', topic: '资助对象', name: '其中脱贫家庭和监测对象家庭学生', value: 1138, unit: '人' },
    { id: 'home_visits', group: '产出指标', topic: '认定', name: '入户核查', value: 642, unit: '户' },
    { id: 'scholars', group: '县级励志奖学金和临时困难补助', topic: '县级资助', name: '县级励志奖学金获奖学生', value: 160, unit: '人' },
    { id: 'temp_aid', group: '县级励志奖学金和临时困难补助', topic: '县级资助', name: '临时困难补助', value: 87, unit: '人次' },
  ],
  problems: [
    { id: 'timely', text: '秋季学期资金发放不够及时', cause: '补差资金下达较晚', measure: '提前测算补差资金，县级先行垫付' },
  ],
};
C.fillScores(data);

const header = `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
#
# 芩坪县学生资助管理中心 2024年度 普通高中国家助学金和免学费补助资金（项目支出）。全部为虚构数据。金额单位：万元。
# 中央和省级转移支付列 budget.sources.current，县级配套列 budget.sources.other。
`;

const I = (n) => `indicators[${n}]`;
const P = (n, k) => `projects[${n}].${k}`;
const report = `#T 芩坪县2024年度普通高中国家助学金和免学费补助资金绩效自评报告
县财政局：
根据县财政局关于2024年度项目支出绩效自评的部署，我中心对普通高中国家助学金和免学费补助资金开展了自评，现报告如下。
#1n 项目基本情况
#2n 项目概况
本项目由县教育和体育局主管、县学生资助管理中心实施，资助对象为在全县[[4|学校个数]]所普通高中就读的家庭经济困难学生。
资助标准：↵国家助学金分两档，一档每生每年[[2,500|政策标准]]元，二档每生每年[[1,500|政策标准]]元；↵免学费按公办普通高中学费标准每生每年[[1,600|政策标准]]元补助；↵县级励志奖学金每生每年[[1,000|政策标准]]元。
#2n 绩效目标
全年国家助学金资助不少于{{num(${I(0)}.target)|0t|lit}}人，免学费惠及不少于{{num(${I(1)}.target)|0t|lit}}人，资金发放及时率达到{{num(${I(3)}.target)|0|lit}}%以上。~~原计划国家助学金资助3,150人，后按秋季学期实际在校人数调整。~~
#1n 资金投入和使用情况
#2n 资金到位
年初预算{{budget.initial|2t}}万元，其中中央和省级转移支付{{budget.sources.current.initial|2t}}万元、县级配套{{budget.sources.other.initial|2}}万元。春、秋两季学期据实结算后追加{{budget.adjustments[0].amount|2}}万元，全年预算调整为{{budget.total|2t|del=1,426.00}}万元。
#2n 资金支出
全年实际支出{{budget.actual|2t}}万元，预算执行率{{budget.rate|2}}%，结余{{budget.carryover|2}}万元，主要是县级临时困难补助按实际申请发放后的剩余。
@@table head=2 w=2600,1300,1300,1300,1300,1300
子项目|预算数（万元）|<|<|实际支出（万元）|执行率
^|年初|调整|全年|^|^
国家助学金¶（中央、省、县按比例分担）|{{${P(0, 'initial')}|2}}|{{${P(0, 'adjustment')}|2}}|{{${P(0, 'total')}|2}}|{{${P(0, 'actual')}|2}}|{{${P(0, 'actual')}/${P(0, 'total')}*100|2}}%
免学费补助|{{${P(1, 'initial')}|2}}|{{${P(1, 'adjustment')}|2}}|{{${P(1, 'total')}|2}}|{{${P(1, 'actual')}|2|del=766.80;a=786.12~金额（Word 修订插入的数字，表格）~yes~与全年772.75、执行率99.40%及合计1,497.62不符}}|{{${P(1, 'actual')}/${P(1, 'total')}*100|2}}%
县级励志奖学金和临时困难补助|{{${P(2, 'initial')}|2}}|{{${P(2, 'adjustment')}|2}}|{{${P(2, 'total')}|2}}|{{${P(2, 'actual')}|2}}|{{${P(2, 'actual')}/${P(2, 'total')}*100|2}}%
合计|{{budget.initial|2t|r=${P(0, 'initial')},${P(1, 'initial')},${P(2, 'initial')}}}|{{budget.total-budget.initial|2|r=${P(0, 'adjustment')},${P(1, 'adjustment')},${P(2, 'adjustment')}}}|{{budget.total|2t|r=${P(0, 'total')},${P(1, 'total')},${P(2, 'total')}}}|{{budget.actual|2t|r=${P(0, 'actual')},${P(1, 'actual')},${P(2, 'actual')}}}|{{budget.rate|2}}%¶（县级资金{{budget.sources.other.actual/budget.sources.other.total*100|2}}%）
@@end
#2n 资金管理
资助资金实行专户管理，通过“一卡通”直接发放到学生或监护人账户；免学费补助按在校学生人数直接拨付学校，抵顶学费。
#1n 绩效目标完成情况
#2n 产出情况
-n1 国家助学金资助{{num(${I(0)}.actual)|0t|lit}}人，人均资助{{${P(0, 'actual')}*10000/num(${I(0)}.actual)|2t}}元，其中脱贫家庭和监测对象家庭学生{{achievements@poverty_students.value|0t|b=1,183~计数（脱贫家庭学生人数）~no}}人。
-n1 免学费惠及学生{{num(${I(1)}.actual)|0t|lit}}人，完成目标的{{num(${I(1)}.actual)/num(${I(1)}.target)*100|2}}%。
-n1 对[[218|抽查户数（未入数据）]]户申请家庭开展抽查，连同新生全面核查共入户核查{{achievements@home_visits.value|0}}户，资助对象认定准确率{{num(${I(2)}.actual)|0|lit}}%。
-n1 县级励志奖学金奖励{{achievements@scholars.value|0}}人，临时困难补助{{achievements@temp_aid.value|0}}人次。
-n1 资金发放及时率{{num(${I(3)}.actual)|1|lit}}%，低于目标{{num(${I(3)}.target)-num(${I(3)}.actual)|1}}个百分点，原因是秋季学期补差资金11月底才下达。
#2n 效益情况
家庭经济困难学生资助覆盖率{{num(${I(5)}.actual)|0|lit}}%，受助学生巩固率{{num(${I(6)}.actual)|1|lit}}%，全年没有学生因家庭经济困难辍学。
#2n 满意度
发放问卷[[1,450|问卷份数]]份，收回[[1,398|问卷份数]]份，受助学生及家长满意度{{num(${I(7)}.actual)|1|lit}}%。
#1n 自评得分
@@table head=1 w=1500,3000,1300,1300,1000,1000
一级指标|三级指标|年度指标值|实际完成值|分值|得分
预算执行|预算执行率|[[100%|执行率目标值]]|{{budget.rate|2}}%|{{budgetRate.weight|0}}|{{budgetRate.score|2}}
产出指标|国家助学金资助人数|≥{{num(${I(0)}.target)|0|lit}}人|{{num(${I(0)}.actual)|0|lit}}人|{{${I(0)}.weight|0}}|{{${I(0)}.score|0}}
^|免学费学生人数|≥{{num(${I(1)}.target)|0|lit}}人|{{num(${I(1)}.actual)|0|lit}}人|{{${I(1)}.weight|0}}|{{${I(1)}.score|0}}
^|资助对象认定准确率|{{num(${I(2)}.target)|0|lit}}%|{{num(${I(2)}.actual)|0|lit}}%|{{${I(2)}.weight|0}}|{{${I(2)}.score|0}}
^|资金发放及时率|≥{{num(${I(3)}.target)|0|lit}}%|{{num(${I(3)}.actual)|1|lit}}%|{{${I(3)}.weight|0}}|{{${I(3)}.score|2}}¶（按比例）
^|资助资金足额发放率|{{num(${I(4)}.target)|0|lit}}%|{{num(${I(4)}.actual)|0|lit}}%|{{${I(4)}.weight|0}}|{{${I(4)}.score|0}}
效益指标|家庭经济困难学生资助覆盖率|{{num(${I(5)}.target)|0|lit}}%|{{num(${I(5)}.actual)|0|lit}}%|{{${I(5)}.weight|0}}|{{${I(5)}.score|0}}
^|受助学生巩固率|≥{{num(${I(6)}.target)|0|lit}}%|{{num(${I(6)}.actual)|1|lit}}%|{{${I(6)}.weight|0}}|{{${I(6)}.score|0}}
满意度指标|受助学生及家长满意度|≥{{num(${I(7)}.target)|0|lit}}%|{{num(${I(7)}.actual)|1|lit}}%|{{${I(7)}.weight|0}}|{{${I(7)}.score|0}}
总分|<|<|<|{{scoreSummary.weightTotal|0}}|{{scoreSummary.scoreTotal|2|r=budgetRate.score,${[0,1,2,3,4,5,6,7].map((n) => I(n) + '.score').join(',')}}}
@@end
自评得分{{scoreSummary.scoreTotal|2}}分，等级为优。
#1n 存在的问题和改进措施
秋季学期补差资金下达较晚，影响发放及时率。下一步将在[[9|月份]]月开学前提前测算补差资金，由县级先行垫付，确保资金在学期结束前[[30|天数（制度）]]日内发放到位。
#R 芩坪县学生资助管理中心
#R 联系人：柏雨岚⇥联系电话：[[7321 6604|联系电话]]
#R 2025年3月19日
`;

module.exports = { info, data, header, report };

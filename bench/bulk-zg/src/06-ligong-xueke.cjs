'use strict';
// 06 岚汀理工大学一流学科建设专项资金（省教育厅主管、学校实施）——项目支出，省级，Word
// 写法：高校科研处口吻；自定权重（产出40、效益30、满意度10、成本10）；成本指标为生均培养经费（反向）；
// 亿元；占比与“个百分点”；人均引才投入；汉字计数（十七人、三名、六场）；论文一项未达成；Word 表格纵向合并。
const T = (t, o) => ({ t, ...o });
module.exports = {
  id: '06',
  slug: 'ligong-xueke',
  format: 'docx',
  kind: 'project',
  level: '省',
  name: '岚汀理工大学一流学科建设专项资金（省教育厅主管）',
  title: '岚汀理工大学2024年度一流学科建设专项资金绩效自评报告',
  style: '高校口吻；自定权重（产出40、效益30、满意度10、成本10）；生均成本（反向）；亿元；占比与个百分点；人均；汉字计数；Word 表格合并',
  yaml: `
# yaml-language-server: $schema=../schemas/jixiao-data.schema.json
# 岚汀理工大学一流学科建设专项资金 2024 年度绩效自评（项目支出）。虚构。金额单位：万元。
# 权重由学校自定：预算执行率10、产出40、效益30、满意度10、成本10。
kind: project
version: 2

meta:
  year: 2024
  unit: 岚汀理工大学
  shortName: 学校
  department: 岚汀省教育厅
  implementer: 岚汀理工大学
  project: 一流学科建设专项资金
  title: 岚汀理工大学2024年度一流学科建设专项资金绩效自评报告
  thousands: true

budget:
  initial: 12000
  adjustments:
    - { type: 压减, amount: 600, reason: 省级财政统一压减 }
  total: 11400
  actual: 11218.66
  rate: 98.41
  carryover: 181.34
  sources:
    current: { initial: 12000, total: 11400, actual: 11218.66 }

budgetRate:
  weight: 10
  score: 9.84

projects:
  - { name: 高层次人才引育, total: 3800, actual: "3786.20", carryover: "13.80" }
  - { name: 科研平台和仪器设备, total: 4600, actual: 4512.94, carryover: 87.06 }
  - { name: 研究生培养, total: 1700, actual: 1664.32, carryover: 35.68 }
  - { name: 学术交流与合作, total: 800, actual: "755.20", carryover: "44.80" }
  - { name: 学科评估和管理, total: 500, actual: 500, carryover: 0 }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 引进高层次人才, target: ≥15人, actual: 17人, weight: 10, score: 10 }
  - { level1: 产出指标, level2: 数量指标, name: 新增省部级以上科研平台, target: ≥3个, actual: 4个, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 质量指标
    name: 发表高水平论文
    target: ≥120篇
    actual: 108篇
    weight: 10
    score: 9
    deviation: { reason: 部分论文处于审稿阶段, measure: 加强论文发表的过程跟踪 }
  - { level1: 产出指标, level2: 时效指标, name: 大型仪器设备按期采购, target: 年内完成, actual: 已完成, weight: 10, score: 10, band: 达成 }
  - { level1: 效益指标, level2: 经济效益指标, name: 横向科研经费到账, target: ≥1.5亿元, actual: 1.86亿元, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 社会效益指标, name: 成果转化合同金额, target: ≥3000万元, actual: 3420万元, weight: 10, score: 10 }
  - { level1: 效益指标, level2: 可持续影响指标, name: 新增博士学位授权点, target: ≥1个, actual: 2个, weight: 10, score: 10 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 师生满意度, target: ≥90%, actual: 92.7%, weight: 10, score: 10 }
  - { level1: 成本指标, level2: 经济成本指标, name: 研究生生均培养经费, target: ≤6000元, actual: 5819元, weight: 10, score: 10, direction: negative }

scoreSummary:
  weightTotal: 100
  scoreTotal: 98.84
  grade: 优

achievements:
  - { id: talents, group: 高层次人才引育, topic: 人才, name: 引进高层次人才, value: 17, unit: 人 }
  - { id: national_talents, group: 高层次人才引育, topic: 人才, name: 其中国家级人才, value: 3, unit: 名 }
  - { id: platforms, group: 科研平台和仪器设备, topic: 平台, name: 新增省部级以上科研平台, value: 4, unit: 个 }
  - { id: papers, topic: 科研产出, name: 发表高水平论文, value: 108, unit: 篇, prior: 96, changeRate: 12.5 }
  - { id: research_total, topic: 科研经费, name: 科研经费总额, value: 4.37, unit: 亿元, prior: 3.65 }
  - { id: horizontal, topic: 科研经费, name: 横向科研经费, value: 1.86, unit: 亿元, prior: 1.42, changeRate: 30.99 }
  - { id: transfer, topic: 成果转化, name: 成果转化合同金额, value: 3420, unit: 万元 }
  - { id: grad_students, group: 研究生培养, topic: 研究生, name: 在校研究生, value: 2860, unit: 人 }
  - { id: conferences, group: 学术交流与合作, topic: 交流, name: 主办国际学术会议, value: 6, unit: 场 }

problems:
  - id: papers
    text: 高水平论文未达到年度目标
    cause: 部分论文处于审稿阶段
    measure: 加强论文发表过程跟踪
  - id: sharing
    text: 大型仪器共享不足
    cause: 共享平台建设滞后
    measure: 建设校级大型仪器共享平台
`,
  blocks: [
    ['title', '岚汀理工大学2024年度一流学科建设专项资金绩效自评报告'],
    ['p', '根据省教育厅、省财政厅关于开展2024年度省级教育专项资金绩效自评的部署（岚教财〔2025〕11号），学校成立由分管校领导任组长的自评工作组，科研处、研究生院、人事处和计划财务处共同参与，对一流学科建设专项资金开展了自评。'],
    ['h1', '一、项目概况'],
    ['p', '专项资金用于材料科学与工程、控制科学与工程两个建设学科，支持高层次人才引育、科研平台和仪器设备、研究生培养、学术交流与合作、学科评估和管理五类支出。'],
    ['h1', '二、资金投入和使用情况'],
    ['h2', '（一）资金到位'],
    ['p', '省财政年初下达{budget.initial|2t}万元（{budget.initial/10000|1}亿元），年中按全省统一要求压减{budget.adjustments[0].amount|2}万元，全年预算{budget.total|2t}万元。'],
    ['h2', '（二）资金支出'],
    ['p', '全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余{budget.carryover|2}万元为仪器设备尾款，已按规定结转使用。各类支出如下表。'],
    ['table', {
      widths: [3000, 1600, 1600, 1600, 1200],
      rows: [
        ['支出类别', '全年预算（万元）', '支出（万元）', '结余（万元）', '占支出比重'],
        ['高层次人才引育', '{projects[0].total|2t|u=万元}', '{projects[0].actual|2t|u=万元}', '{projects[0].carryover|2|u=万元}', '{projects[0].actual/budget.actual*100|2}%'],
        ['科研平台和仪器设备', '{projects[1].total|2t|u=万元}', '{projects[1].actual|2t|u=万元}', '{projects[1].carryover|2|u=万元}', '{projects[1].actual/budget.actual*100|2}%'],
        ['研究生培养', '{projects[2].total|2t|u=万元}', '{projects[2].actual|2t|u=万元}', '{projects[2].carryover|2|u=万元}', '{projects[2].actual/budget.actual*100|2}%'],
        ['学术交流与合作', '{projects[3].total|2|u=万元}', '{projects[3].actual|2|u=万元}', '{projects[3].carryover|2|u=万元}', '{projects[3].actual/budget.actual*100|2}%'],
        ['学科评估和管理', '{projects[4].total|2|u=万元}', '{projects[4].actual|2|u=万元}', '{projects[4].carryover|2|u=万元}', '{projects[4].actual/budget.actual*100|2}%'],
        ['合计', '{budget.total|2t|u=万元}', '{budget.actual|2t|u=万元}', '{budget.carryover|2|u=万元}', '[[100%|合计占比]]'],
      ],
    }],
    ['h1', '三、绩效目标实现情况'],
    ['h2', '（一）人才和平台'],
    ['p', '全年引进高层次人才{achievements@talents.value|c}人，其中国家级人才{achievements@national_talents.value|c|#b}名，人才引育支出{projects[0].actual|2t}万元，人均约{projects[0].actual/achievements@talents.value|0|approx=约}万元。新增省部级以上科研平台{achievements@platforms.value|c}个，新增博士学位授权点{indicators[6].actual||lit}。'],
    ['h2', '（二）科研产出'],
    ['p', '发表高水平论文{achievements@papers.value|0}篇，比上年的{achievements@papers.prior|0}篇增长{achievements@papers.changeRate|1|refs=achievements@papers.value;achievements@papers.prior}%，但未达到{indicators[2].target|=120|lit}篇的年度目标，完成率{achievements@papers.value/num(indicators[2].target)*100|0}%。'],
    ['p', '学校科研经费总额{achievements@research_total.value|2}亿元，其中横向科研经费{achievements@horizontal.value|2}亿元，同比增长{achievements@horizontal.changeRate|2|refs=achievements@horizontal.value;achievements@horizontal.prior}%，占科研经费总额的{achievements@horizontal.value/achievements@research_total.value*100|2}%，比上年（{achievements@horizontal.prior/achievements@research_total.prior*100|2}%）提高{(achievements@horizontal.value/achievements@research_total.value-achievements@horizontal.prior/achievements@research_total.prior)*100|2}个百分点。签订成果转化合同{achievements@transfer.value|0t}万元。'],
    ['h2', '（三）人才培养和交流'],
    ['p', '在校研究生{achievements@grad_students.value|0t}人，研究生培养支出{projects[2].actual|2t}万元，生均{projects[2].actual*10000/achievements@grad_students.value|0t}元，低于每生每年{indicators[8].target|=6,000|lit}元的成本控制目标。主办国际学术会议{achievements@conferences.value|c}场。'],
    ['h2', '（四）满意度'],
    ['p', '面向建设学科教师和研究生开展问卷调查，回收有效问卷[[812|问卷份数，数据中没有]]份，满意度{indicators[7].actual||lit}。'],
    ['h1', '四、自评得分'],
    ['table', {
      widths: [1200, 1400, 2200, 1300, 1300, 800, 800],
      rows: [
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
        [T('预算执行率', { span: 3 }), '—', '{budget.rate|2}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate}'],
        [T('产出指标', { vm: 'r' }), T('数量指标', { vm: 'r' }), '引进高层次人才', '{indicators[0].target||lit}', '{indicators[0].actual||lit,refs=achievements@talents.value}', '{indicators[0].weight|0}', '{indicators[0].score|0}'],
        [T('', { vm: 'c' }), T('', { vm: 'c' }), '新增省部级以上科研平台', '{indicators[1].target||lit}', '{indicators[1].actual||lit,refs=achievements@platforms.value}', '{indicators[1].weight|0}', '{indicators[1].score|0}'],
        [T('', { vm: 'c' }), '质量指标', '发表高水平论文', '{indicators[2].target||lit}', '{indicators[2].actual||lit,refs=achievements@papers.value}', '{indicators[2].weight|0}', '{indicators[2].score|0}'],
        [T('', { vm: 'c' }), '时效指标', '大型仪器设备按期采购', '年内完成', '已完成', '{indicators[3].weight|0}', '{indicators[3].score|0}'],
        [T('效益指标', { vm: 'r' }), '经济效益指标', '横向科研经费到账', '{indicators[4].target||lit}', '{indicators[4].actual||lit,refs=achievements@horizontal.value}', '{indicators[4].weight|0}', '{indicators[4].score|0}'],
        [T('', { vm: 'c' }), '社会效益指标', '成果转化合同金额', '{indicators[5].target||lit}', '{indicators[5].actual||lit,refs=achievements@transfer.value}', '{indicators[5].weight|0}', '{indicators[5].score|0}'],
        [T('', { vm: 'c' }), '可持续影响指标', '新增博士学位授权点', '{indicators[6].target||lit}', '{indicators[6].actual||lit}', '{indicators[6].weight|0}', '{indicators[6].score|0}'],
        ['满意度指标', '服务对象满意度指标', '师生满意度', '{indicators[7].target||lit}', '{indicators[7].actual||lit}', '{indicators[7].weight|0}', '{indicators[7].score|0}'],
        ['成本指标', '经济成本指标', '研究生生均培养经费', '{indicators[8].target||lit}', '{indicators[8].actual||lit,refs=projects[2].actual}', '{indicators[8].weight|0}', '{indicators[8].score|0}'],
        [T('合计', { span: 5 }), '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2}'],
      ],
    }],
    ['p', '本项目的指标权重由学校确定：预算执行率{budgetRate.weight|0}分，产出指标{indicators[0].weight+indicators[1].weight+indicators[2].weight+indicators[3].weight|0}分，效益指标{indicators[4].weight+indicators[5].weight+indicators[6].weight|0}分，满意度指标{indicators[7].weight|0}分，成本指标{indicators[8].weight|0}分。“发表高水平论文”按完成比例得{indicators[2].score|0}分，其余指标满分。自评总分{scoreSummary.scoreTotal|2|#a}分，等级为“{scoreSummary.grade||lit,refs=scoreSummary.scoreTotal}”。'],
    ['h1', '五、存在的问题及改进措施'],
    ['h3', '（一）高水平论文未达到年度目标'],
    ['p', '部分论文仍在审稿，年内未能见刊。下一步将论文发表纳入学科建设季度跟踪，对重点团队实行“一对一”服务。'],
    ['h3', '（二）大型仪器共享不足'],
    ['p', '共享平台建设滞后，部分设备使用机时偏低。下一步建设校级大型仪器共享平台，把共享机时纳入设备使用绩效考核。'],
    ['pr', '岚汀理工大学'],
    ['pr', '2025年4月2日'],
  ],
  bad: {
    a: { new: '98.48', kind: '总分数字颠倒（与自评表合计、各项得分之和不符）', internal: 'yes', relation: '自评表合计98.84；9.84 + 各项得分 = 98.84' },
    b: { new: '五', kind: '汉字计数', internal: 'no' },
  },
};

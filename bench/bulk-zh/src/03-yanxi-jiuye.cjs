'use strict';
// 03 砚溪市就业技能培训补贴资金（市人力资源和社会保障局）——项目，市级，docx
const P = (p, h) => ({ p, h });
module.exports = {
  format: 'docx',
  level: '市',
  unitName: '砚溪市就业技能培训补贴资金（市人力资源和社会保障局）',
  sector: '就业技能培训',
  title: '砚溪市2024年度就业技能培训补贴资金绩效自评报告',
  yaml: `# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json
# bulk-zh 03：砚溪市就业技能培训补贴资金（虚构）。金额单位：万元。
# 全年预算 = 年初 4,200.00 + 追加 1,650.00 = 5,850.00；执行 5,527.36；结余结转 322.64。
kind: project
version: 2

meta:
  year: 2024
  unit: 砚溪市人力资源和社会保障局
  shortName: 市人社局
  department: 砚溪市人力资源和社会保障局
  implementer: 砚溪市就业服务中心
  project: 就业技能培训补贴资金
  title: 砚溪市2024年度就业技能培训补贴资金绩效自评报告
  thousands: true

budget:
  initial: "4,200.00"
  adjustments:
    - { type: 追加, amount: "1,650.00", reason: 省级就业补助资金追加 }
  total: "5,850.00"
  actual: "5,527.36"
  rate: 94.48
  carryover: "322.64"
  sources:
    current: { initial: "4,200.00", total: "5,850.00", actual: "5,527.36" }

budgetRate: { weight: 10, score: 9.45 }

scoreSummary: { weightTotal: 100, scoreTotal: 98.13, grade: 优 }

goals:
  expected: [开展职业技能培训和创业培训，提高劳动者就业能力]

projects:
  - { name: 职业技能培训补贴, total: "3,260.00", actual: "3,118.52" }
  - { name: 以工代训补贴, total: "1,180.00", actual: "1,102.40" }
  - { name: 创业培训补贴, total: "860.00", actual: "791.24" }
  - { name: 技能评价补贴, total: "550.00", actual: "515.20" }

indicators:
  - { level1: 产出指标, level2: 数量指标, name: 职业技能培训人次, target: ≥18000人次, actual: 19870人次, weight: 15, score: 15 }
  - { level1: 产出指标, level2: 数量指标, name: 创业培训人数, target: ≥2500人, actual: 2640人, weight: 10, score: 10 }
  - level1: 产出指标
    level2: 质量指标
    name: 培训后取证率
    target: ≥80%
    actual: 77.14%
    weight: 10
    score: 9.64
    deviation: { reason: 新开设的数字技能工种鉴定标准尚未发布 }
  - { level1: 产出指标, level2: 时效指标, name: 补贴发放时效, target: 审核通过后按月发放, actual: 按月发放, weight: 5, score: 5, band: 达成 }
  - { level1: 产出指标, level2: 成本指标, name: 职业技能培训人均补贴, target: ≤1600元/人, actual: 1569元/人, weight: 10, score: 10, direction: negative }
  - level1: 效益指标
    level2: 社会效益指标
    name: 培训后就业率
    target: ≥70%
    actual: 65.53%
    weight: 15
    score: 14.04
    deviation: { reason: 部分参训人员为在职提升，未计入新就业, measure: 分开统计在职提升和转岗就业 }
  - { level1: 效益指标, level2: 社会效益指标, name: 重点群体参训占比, target: ≥40%, actual: 46.2%, weight: 15, score: 15 }
  - { level1: 满意度指标, level2: 服务对象满意度指标, name: 参训人员满意度, target: ≥90%, actual: 96%, weight: 10, score: 10 }

achievements:
  - { id: trained, group: 产出, topic: 培训规模, name: 职业技能培训, value: 19870, unit: 人次, prior: 16620 }
  - { id: yigong, group: 产出, topic: 培训规模, name: 以工代训, value: 8016, unit: 人 }
  - { id: startup, group: 产出, topic: 培训规模, name: 创业培训, value: 2640, unit: 人, prior: 1760 }
  - { id: certified, group: 产出, topic: 取证, name: 取得职业资格或技能等级证书, value: 15328, unit: 人 }
  - { id: employed, group: 效益, topic: 就业, name: 培训后实现就业, value: 13020, unit: 人 }
  - { id: institutions, group: 产出, topic: 机构, name: 定点培训机构, value: 64, unit: 家 }

problems:
  - { id: p1, text: 取证率未达目标, cause: 新工种鉴定标准尚未发布, measure: 与评价机构对接先行开展专项能力考核 }
  - { id: p2, text: 就业率统计口径不一, cause: 在职提升人员未单列, measure: 分开统计在职提升和转岗就业 }
`,
  blocks: [
    { p: '砚溪市2024年度就业技能培训补贴资金绩效自评报告', h: 0, center: true },
    { p: '砚溪市人力资源和社会保障局', center: true },
    P('一、项目基本情况', 1),
    P('就业技能培训补贴资金用于城乡劳动者的职业技能培训、企业以工代训、创业培训和技能评价补贴，由市就业服务中心具体实施，全市共认定定点培训机构{achievements@institutions.value|0}家。年度总体目标是提高劳动者的就业能力，重点面向农村转移劳动力、失业人员和高校毕业生。'),
    P('二、资金安排和使用', 1),
    P('年初预算{budget.initial|2t}万元，年中省级追加{budget.adjustments[0].amount|2t}万元，全年预算{budget.total|2t}万元。全年支出{budget.actual|2t}万元，执行率{budget.rate|2|refs=budget.actual;budget.total}%，结余结转{budget.carryover|2}万元。从数据上看，四类补贴的执行进度比较均衡，下表按补贴类别列示（金额单位：万元）。'),
    { table: [
      ['项目', '职业技能培训', '以工代训', '创业培训', '技能评价'],
      ['全年预算', '{projects[0].total|2t|u=万元}', '{projects[1].total|2t|u=万元}', '{projects[2].total|2|u=万元}', '{projects[3].total|2|u=万元}'],
      ['实际支出', '{projects[0].actual|2t|u=万元|refs=budget.actual}', '{projects[1].actual|2t|u=万元|refs=budget.actual}', '{projects[2].actual|2|u=万元|refs=budget.actual}', '{projects[3].actual|2|u=万元|refs=budget.actual}'],
      ['执行率', '{projects[0].actual/projects[0].total*100|2|refs=projects[0].actual;projects[0].total}%', '{projects[1].actual/projects[1].total*100|2|refs=projects[1].actual;projects[1].total}%', '{projects[2].actual/projects[2].total*100|2|refs=projects[2].actual;projects[2].total|#a=93.00~表格中执行率改错（791.24 ÷ 860.00 = 92.00%）~yes~执行率与分子分母}%', '{projects[3].actual/projects[3].total*100|2|refs=projects[3].actual;projects[3].total}%'],
      ['补贴对象', '{achievements@trained.value|0t|u=人次|refs=indicators[0].actual}', '{achievements@yigong.value|0t|u=人}', '{achievements@startup.value|0t|u=人|refs=indicators[1].actual}', '{achievements@certified.value|0t|u=人}'],
    ] },
    P('三、绩效目标实现情况', 1),
    P('（一）产出', 2),
    P('全年开展职业技能培训{achievements@trained.value|0t|refs=indicators[0].actual}人次，较上年的{achievements@trained.prior|0t}人次增长近{(achievements@trained.value-achievements@trained.prior)/achievements@trained.prior*100|=两成|style=cheng|approx=近|refs=achievements@trained.value;achievements@trained.prior}；创业培训{achievements@startup.value|0t|refs=indicators[1].actual}人，是上年的{achievements@startup.value/achievements@startup.prior|1|refs=achievements@startup.value;achievements@startup.prior}倍。以工代训惠及企业职工{achievements@yigong.value|0t}人。'),
    P('值得关注的是，取得职业资格或技能等级证书的有{achievements@certified.value|0t}人，取证率{achievements@certified.value/achievements@trained.value*100|2|refs=achievements@certified.value;achievements@trained.value}%，比{indicators[2].target|=80|lit}%的目标低约{num(indicators[2].target)-num(indicators[2].actual)|1|approx=约|refs=indicators[2].target;indicators[2].actual}个百分点，原因是新开设的数字技能类工种鉴定标准尚未发布。'),
    P('成本方面，职业技能培训补贴按{achievements@trained.value|0t|refs=indicators[0].actual}人次摊算，人均{projects[0].actual*10000/achievements@trained.value|0t|refs=projects[0].actual;achievements@trained.value}元，控制在每人{indicators[4].target|=1,600|lit}元以内；创业培训人均补贴约{projects[2].actual*10000/achievements@startup.value|0t|approx=约|refs=projects[2].actual;achievements@startup.value}元。'),
    P('（二）效益', 2),
    P('培训后实现就业{achievements@employed.value|0t|#b=13,200~就业人数末三位颠倒~no}人，就业率{indicators[5].actual|lit}，未达到{indicators[5].target|=70|lit}%的目标。重点群体参训占比{indicators[6].actual|lit}。综合来看，培训对稳定就业的作用是明显的，但转化为新就业的比例仍有提升空间。'),
    P('（三）满意度', 2),
    P('通过电话回访抽取参训人员[[1,000|回访样本数]]名，满意度{indicators[7].actual|lit}。'),
    P('四、绩效自评结果', 1),
    { table: [
      ['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['预算执行', '预算执行率', '[[100|执行率目标值]]%', '{budget.rate|2|refs=budget.actual;budget.total}%', '{budgetRate.weight|0}', '{budgetRate.score|2|refs=budget.rate;budgetRate.weight}'],
      ['产出指标', '职业技能培训人次', '{indicators[0].target|lit}', '{indicators[0].actual|lit}', '{indicators[0].weight|0}', '{indicators[0].score|0|refs=scoreSummary.scoreTotal}'],
      ['产出指标', '创业培训人数', '{indicators[1].target|lit}', '{indicators[1].actual|lit}', '{indicators[1].weight|0}', '{indicators[1].score|0|refs=scoreSummary.scoreTotal}'],
      ['产出指标', '培训后取证率', '{indicators[2].target|lit}', '{indicators[2].actual|lit}', '{indicators[2].weight|0}', '{indicators[2].score|2|refs=scoreSummary.scoreTotal;indicators[2].actual;indicators[2].target}'],
      ['产出指标', '补贴发放时效', '审核通过后按月发放', '按月发放', '{indicators[3].weight|0}', '{indicators[3].score|0|refs=scoreSummary.scoreTotal}'],
      ['产出指标', '职业技能培训人均补贴', '{indicators[4].target|lit}', '{indicators[4].actual|lit}', '{indicators[4].weight|0}', '{indicators[4].score|0|refs=scoreSummary.scoreTotal}'],
      ['效益指标', '培训后就业率', '{indicators[5].target|lit}', '{indicators[5].actual|lit}', '{indicators[5].weight|0}', '{indicators[5].score|2|refs=scoreSummary.scoreTotal;indicators[5].actual;indicators[5].target}'],
      ['效益指标', '重点群体参训占比', '{indicators[6].target|lit}', '{indicators[6].actual|lit}', '{indicators[6].weight|0}', '{indicators[6].score|0|refs=scoreSummary.scoreTotal}'],
      ['满意度指标', '参训人员满意度', '{indicators[7].target|lit}', '{indicators[7].actual|lit}', '{indicators[7].weight|0}', '{indicators[7].score|0|refs=scoreSummary.scoreTotal}'],
      ['总分', '', '', '', '{scoreSummary.weightTotal|0}', '{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}'],
    ] },
    P('本项目自评得分{scoreSummary.scoreTotal|2|refs=budgetRate.score;indicators[0].score}分，等级“{scoreSummary.grade|lit|refs=scoreSummary.scoreTotal}”。取证率、就业率两项未达标，按实际与目标之比计分。'),
    P('五、存在的问题和改进措施', 1),
    P('一是取证率未达目标。新工种鉴定标准迟迟未发布，部分学员结业后无法参加鉴定。下一步将与评价机构对接，先行开展专项职业能力考核。二是就业率统计口径不一。在职提升人员与转岗就业人员混在一起统计，拉低了就业率。下一步将两类人员分开统计、分开设定目标。'),
    P('六、结果应用', 1),
    P('自评结果将作为2026年度定点培训机构资质复核和补贴资金分配的依据，并随部门决算公开。'),
  ],
};

import { describe, expect, it } from 'vitest';
import { allHits } from './support.js';

/**
 * Correct reports a second reader wrote against this round's new rules (each gave a false finding
 * before its fix): nothing is found in any of them.
 */
const CASES: readonly [string, string][] = [
  [
    "a gap after a part in brackets or after 其中 is not the whole’s",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n全年实际支出500.00万元，其中人员经费300.00万元（含绩效工资50.00万元），比年初预算520.00万元少支出20.00万元。\n"
  ],
  [
    "a gap after a 其中 part",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n全年实际支出500.00万元，其中人员经费300.00万元，比年初预算520.00万元少支出20.00万元。\n"
  ],
  [
    "a growth rate whose “this year” names another metric",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n全年住院5000人次，门诊量较上年的449329人次增长4.16%。\n"
  ],
  [
    "satisfaction levels listed one by one",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n本次共发放问卷200份，回收200份，其中非常满意150份、比较满意45份、不满意5份，满意度97.5%。\n"
  ],
  [
    "回收率 over what came back, not over what was valid",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n本次共发放问卷100份，回收问卷98份，其中有效问卷95份，问卷回收率98%。\n"
  ],
  [
    "a per-head subsidy is not the year’s spending over its count",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n全年实际支出500.00万元。\n\n## 二、项目情况\n\n发放高龄津贴惠及老人2000人，人均补助1200元。\n"
  ],
  [
    "a share of the funds that arrived, not of the whole investment",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n项目总投资1000.00万元，本年到位资金600.00万元，其中中央资金400.00万元、省级资金200.00万元，中央资金占比66.67%。\n"
  ],
  [
    "a named project’s budget and rate in a department report",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n2024年全年实际支出1000.00万元。\n\n## 二、项目情况\n\n该项目年度资金200.00万元，执行率95.00%。\n"
  ],
  [
    "kinds of 项目支出 against 项目支出, not the unit’s spending",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n全年实际支出1000.00万元，其中基本支出700.00万元，项目支出300.00万元。项目支出按用途分：设备购置100.00万元；培训费200.00万元。\n"
  ],
  [
    "a two-column table of targets is no cover",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n## 二、绩效目标\n\n| 指标 | 年度目标值 |\n| --- | --- |\n| 培训人数 | 500人 |\n| 发放补贴户数 | 300户 |\n| 服务对象满意度 | 90% |\n\n## 三、完成情况\n\n全年培训人数520人。\n"
  ],
  [
    "fractions under 执行率 are not percents",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n| 项目 | 预算数 | 执行数 | 执行率 |\n| --- | --- | --- | --- |\n| 基本支出 | 100 | 98 | 0.98 |\n| 项目支出 | 200 | 190 | 0.95 |\n| 合计 | 300 | 288 | 0.96 |\n"
  ],
  [
    "a two-column table of last year’s 决算 is no cover",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n| 项目 | 2023年决算数（万元） |\n| --- | --- |\n| 基本支出 | 800.00 |\n| 项目支出 | 300.00 |\n| 合计 | 1100.00 |\n\n2024年基本支出900.00万元，项目支出320.00万元。\n"
  ],
  [
    "a two-column table of 年初预算 is no cover",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n| 项目 | 年初预算数（万元） |\n| --- | --- |\n| 基本支出 | 800.00 |\n| 项目支出 | 300.00 |\n| 合计 | 1100.00 |\n\n全年基本支出790.00万元，项目支出320.00万元。\n"
  ],
  [
    "an average score of several projects is no sum",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n本部门两个项目中，A项目得分95分，B项目得分90分，部门整体自评得分92.5分。\n"
  ],
  [
    "户均 is over households, not people",
    "# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n项目覆盖农户300户、1200人，户均补助5000元，全年实际支出150.00万元。\n"
  ]
];

describe('second read: correct wordings the new rules must leave alone', () => {
  for (const [name, text] of CASES) {
    it(`quiet: ${name}`, () => expect(allHits(text, 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]));
  }
});

/** Correct wordings of a blind corpus written after this stop's rules (bench/mixed-j): quiet. */
describe('quiet on the wordings a later blind corpus gave false findings on', () => {
  const report = (body: string) => `# 2024年度某项目支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  it.each([
    ['the gap after the target is not the actual', '新建配水管网131.4公里，比计划126公里多5.4公里，完成率104.29%。'],
    ['总分 names the full marks when the score given follows', '决策指标满分15分、得14分；过程指标满分25分、得23.5分；产出指标满分35分、得34分；效益指标满分25分、得23.5分。总分100分，自评95分，等级优。'],
    ['two groups named of four: the paragraph lists some', '产出指标合计得49.52分，效益指标得30.00分，为满分。项目自评总分99.22分，等级为“优”。'],
    ['a part of the budget is not the whole year\'s', '全年预算中基本支出1,512.40万元、项目支出1,686.45万元，合计3,198.85万元。全年实际支出3,111.23万元，预算执行率97.26%，年末结转87.62万元。'],
    ['a satisfaction rate another source gives, after the survey\'s own', '发放问卷800份，回收783份，回收率97.88%；有效问卷776份，满意738份，满意度95.10%。平台显示，门诊患者满意度92.6%，住院患者满意度94.8%。'],
    ['人均每年 after its amount and count, not a standard per kilometre', '县道312.5公里，每公里每年10,000元，计312.50万元。向312名护路员支付劳务补助299.52万元，人均每年9,600元。'],
    ['a weight in brackets after each score is no part of the 合计', '经评估，各部分得分为：决策19分（满分20分），过程18.5分（满分20分），产出29分（满分30分），效益19.2分（满分20分），满意度9.5分（满分10分），合计95.2分。'],
    ['a list of spending by use after a paragraph of budget, spending and balance sums to the spending', '全年支出7,783.09万元，执行率97.10%。全年资金8,015.36万元中未使用的232.27万元结转下年。支出按用途分为：\n\n1.城市低保金1,612.83万元；\n\n2.农村低保金5,935.46万元；\n\n3.临时救助186.20万元；\n\n4.工作经费48.60万元。'],
    ['a plan\'s part under 预算安排 and the spending under 预算执行', '年初预算428.36万元，全年预算514.86万元。\n\n其中基本支出312.44万元，项目支出202.42万元。\n\n## 二、预算执行\n\n全年支出509.93万元。基本支出311.80万元，其中人员经费276.90万元，公用经费34.90万元。'.replace('年初预算', '## 一、预算安排\n\n年初预算')],
    ['非常满意 and 满意 are two items, not 满意 twice', '有效问卷380份，其中非常满意214份、满意132份、基本满意26份、不满意8份。以“非常满意”和“满意”合计346份计，满意度为91.05%。'],
    ['a share\'s part named only by the fund', '2024年应发补贴资金4,335.03万元。甲镇面积最大，补贴资金907.41万元，占全县4,335.03万元的20.93%；乙乡为山区乡，补贴资金359.52万元，占8.29%。'],
    ['a list under an intro naming the targets states targets', '2024年主要绩效目标：\n\n- 改造人行道32,000平方米；\n- 整治检查井1,200座。\n\n## 二、完成情况\n\n改造人行道30,720平方米，为计划32,000平方米的96.00%。'],
    ['a count after an amount (合同金额X，共10台) is not the count of what was there before', '原有血液透析机仅有8台。血液透析机合同金额205.00万元，共10台，平均每台20.50万元。'],
    ['户均 over the amount of its own clause, not another 补助资金', '年内追加困难群众救助补助资金1,215.36万元。城市低保金1,612.83万元，按2,031人计算，年人均补助7941.06元；农村低保金5,935.46万元，按6,942户计算，户均补助8550.07元。'],
  ])('%s', (_, body) => {
    expect(allHits(report(body), 'r.md').map((h) => `${h.code} ${h.mention.text}`)).toEqual([]);
  });
});

/** Correct wordings of the sixth blind corpus (bench/people-m) that gave false findings before their fixes: quiet. */
describe('quiet on the wordings the sixth blind corpus gave false findings on', () => {
  const report = (body: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  const budgetTable = '| 项目资金（万元） | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n| --- | --- | --- | --- | --- | --- |\n| 年度资金总额 | 1,000.00 | 950.00 | 10 | 95.00% | 9.50 |\n';
  const indicatorTable =
    '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n| --- | --- | --- | --- | --- | --- | --- |\n| 预算执行 | — | 预算执行率 | 100% | 95.00% | 10 | 9.50 |\n| 产出指标 | 数量指标 | 新建站点 | 20个 | 20个 | 50 | 50 |\n| 效益指标 | 社会效益指标 | 服务人次 | 1万人次 | 0.9万人次 | 30 | 27 |\n| 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 10 | 10 |\n| 合计 |  |  |  |  | 100 | 96.50 |\n';
  it.each([
    ['a gap to the budget after the spending, then a change on last year', '“三公”经费支出30.00万元。比年初预算36.00万元节约6.00万元；较上年33.00万元减少3.00万元，下降9.09%。'],
    ['a gap to the budget between the spending and its change rate', '“三公”经费支出20.00万元，比预算节约5.00万元，较上年减少4.00万元，同比下降16.67%。'],
    ['survey counts each taken within the one before (valid, then satisfied)', '向群众发放问卷600份，其中有效问卷580份，表示满意的551份，满意度95.00%；向工作人员发放问卷80份，满意76份，满意度95.00%。'],
    ['last year\'s amount stated as such is the base of the growth', '2024年补助资金共660.00万元。上年该项资金为600.00万元，本年较上年增加60.00万元，增幅10.00%。'],
    ['the funds\' execution score and the same score as an indicator row are one', `${budgetTable}\n${indicatorTable}`],
    ['合计 of a count times a rate per item is a product', '支出明细：（1）向100名人员发放补助，每人0.50万元，合计50.00万元；（2）扶持工坊10个，每个20.00万元，合计200.00万元。'],
    ['targets named after 任务为 and joined by 、 are targets, not what was done', '上级下达任务为甲类筛查5,000人、乙类筛查5,000人。\n\n全年完成甲类筛查4,500人，完成率90.00%；完成乙类筛查4,800人，完成率96.00%。'],
  ])('%s', (_, body) => {
    expect(allHits(report(body), 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]);
  });
});

/** Correct wordings of the seventh blind corpus (bench/qa-n) that gave false findings before their fixes: quiet. */
describe('quiet on the wordings the seventh blind corpus gave false findings on', () => {
  const report = (body: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  it.each([
    ['a group named in 在…方面 before the clause scopes its figure', '在基本支出方面，全年支出1,400.00万元，其中人员经费1,200.00万元。\n\n在项目支出方面，全年支出1,300.00万元，主要用于执法办案。'],
    ['a sentence opening with 年初 gives the start of the year, not the whole year', '2024年年初，县财政根据上级提前下达的指标和本级预算安排，下达医疗救助资金1,500.00万元，其中中央资金900.00万元。\n\n10月，省财政追加下达补助资金200.00万元。经过追加，全年可用医疗救助资金总额达到1,700.00万元。'],
    ['人均 按全年实际支出计算 is over the spending, not an item named like it', '全年实际支出179.52万元。\n\n1.运营补助540,000元，按每个食堂6.00万元的标准发放。\n\n截至年底，在册老年人共3,264人，按项目全年实际支出计算，人均补助550.00元。'],
    ['a change on last year whose base is in brackets, after a target across a semicolon', '全年组织文化活动146场次，年度目标120场次，完成率121.67%；比2023年（128场次）增加18场次，增长14.06%。'],
  ])('%s', (_, body) => {
    expect(allHits(report(body), 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]);
  });
});

describe('quiet on the wordings the eighth and ninth blind corpora gave false findings on', () => {
  const report = (body: string, kind = '项目支出') => `# 2024年度某${kind}绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  it.each([
    ['a target list after a label inside the sentence (…，年度目标为：…)', '资金重点支持户厕改造和污水治理，年度目标为：完成户厕改造6,000户以上，新增生活污水治理行政村35个。\n\n全年完成户厕改造6,176户，新增生活污水治理行政村37个。'],
    ['a paragraph headed in its first words by 绩效目标 states targets', '（一）项目基本信息。项目涉及五个乡镇，建设规模2.4万亩。\n\n（二）绩效目标。建成高标准农田2.4万亩；工程验收合格率100%。\n\n（三）完成情况。建成高标准农田2.46万亩，完成目标的102.5%。'],
    ['a 合计 row of a per-head column holds the average', '| 县区 | 下达资金（万元） | 补贴人数（人） | 人均补贴（元） |\n| --- | --- | --- | --- |\n| 甲县 | 100.00 | 500 | 2000.00 |\n| 乙县 | 60.00 | 400 | 1500.00 |\n| 合计 | 160.00 | 900 | 1777.78 |'],
    ['last year’s budget said after this year’s full budget', '年初预算5,386.20万元，年中追加1,214.55万元，压减306.00万元，全年预算调整为6,294.75万元，较上年全年预算5,872.06万元有所增加。'],
    ['a rate on an adjusted basis the sentence explains', '下达4471.30万元、发放4402.18万元，差额为收回的资金；剔除收回的资金后，实际执行率为100.00%。'],
  ])('%s', (_, body) => {
    expect(allHits(report(body), 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]);
  });
});

describe('quiet on the wordings a critical reread of the day\'s relations raised (2026-12-06, second round)', () => {
  const department = (body: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  it.each([
    ['其中 parts after a semicolon are no steps of the budget line', '2024年度，我局年初预算1,862.35万元，年中追加预算215.60万元，全年预算2,077.95万元；全年支出2,035.12万元，其中基本支出1,420.36万元、项目支出614.76万元；年末结转结余42.83万元。预算执行率97.94%。'],
    ['a balance broken down after 其中', '年初预算500万元，追加60万元，全年预算560万元；实际支出540万元；结余20万元，其中基本支出结余5万元、项目支出结余15万元。'],
    ['a budget broken down after 其中 (a carry-over among its parts)', '全年预算560万元，其中财政拨款500万元、上年结转60万元；全年支出540万元；年末结转结余20万元。'],
    ['spending in brackets is a part, not a carry-over', '年初预算500万元，追加60万元，全年预算560万元；全年支出540万元（含上年结转资金支出15万元）；年末结转结余20万元。'],
    ['a change of the balance on last year is no carry-over', '全年预算560万元；实际支出540万元；结转结余20万元，较上年结转结余减少10万元。'],
    ['what each level spent is not what the levels gave', '中央和省级财政共下达资金500万元，其中中央资金已支出280万元、省级资金已支出190万元。'],
    ['examples of each kind side by side after 从支出结构看', '从支出结构看，基本支出800万元，其中人员经费600万元、公用经费200万元；项目支出400万元，其中信息化建设120万元、设备购置80万元。'],
    ['主要用于 under a part breaks that part down', '从支出结构看，全年支出1,200万元，其中基本支出800万元，主要用于人员经费600万元；项目支出400万元，主要用于信息化建设120万元、设备购置80万元。'],
    ['amounts in brackets break down the amount before them', '全年支出1,200万元中，基本支出800万元（人员经费600万元、公用经费200万元），项目支出400万元。'],
    ['a signed rate states its own direction', '公用经费支出45.6万元，较上年减少4.6万元，增幅为-9.16%。'],
    ['负增长 is a fall', '公用经费支出45.6万元，较上年负增长4.6万元，下降9.16%。'],
    ['a change of another metric after an earlier year’s figure', '2023年结转资金20万元，2024年预算增加50万元，增长12.5%。'],
    ['a figure over several years is no base of one year’s change', '2022年至2023年累计支出300万元，2024年增加80万元，增长61.5%。'],
    ['a per-household amount per month', '全县共有农村低保户2,000户。按全年支出1,200万元计算，户均每月补助500元。'],
    ['a per-household outcome', '全县享受补贴的农户共8,000户。按全年支出1,600万元计算，户均补贴2,000元，户均增收3,500元。'],
    ['the whole’s rate after a part’s own budget and spending', '全年预算500万元，实际支出480万元；其中政府采购预算200万元，实际采购180万元，部门整体预算执行率96%。'],
    ['项目实际支出 in a department’s report is one project’s', '部门全年实际支出2,000万元。其中A项目预算600万元，实际支出500万元，主要用于设备购置300万元，占项目实际支出的60%。'],
    ['a 合计 row of a per-month column', '| 季度 | 支出（万元） | 月均支出（万元） |\n| --- | --- | --- |\n| 一季度 | 180.00 | 60.00 |\n| 二季度 | 240.00 | 80.00 |\n| 合计 | 420.00 | 70.00 |'],
  ])('%s', (_, body) => {
    expect(allHits(department(body), 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]);
  });
  it.each([
    ['a line through 压减后全年预算 is still held to the sum', '年初预算120万元，压减10万元，压减后全年预算100万元，实际支出98万元。', 'JX_CHECK_BUDGET_ADJUST'],
    ['不含 in brackets says what an amount holds, not the rate’s basis', '全年预算500万元（不含基本建设资金），实际支出480万元，执行率98%。', 'JX_CHECK_RATE'],
    ['a results label is no target label', '全年新建污水管网12.5公里。经验收，全年完成任务：新建污水管网10.5公里，新增处理能力2万吨。', 'JX_CHECK_CONFLICT'],
  ])('still finds: %s', (_, body, code) => {
    expect(allHits(department(body), 'r.md').map((h) => h.code)).toContain(code);
  });
});

/** Correct wordings a critical reread of this round's relations found them raising findings on: quiet. */
describe('quiet on the wordings a critical reread of the new relations raised', () => {
  const project = (body: string) => `# 2024年度某某项目支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  const department = (body: string) => `# 2024年度某某局部门整体支出绩效自评报告\n\n## 一、情况\n\n${body}\n`;
  const scoreTable =
    '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---:|---:|\n| 产出指标 | 数量指标 | 修复面积 | 20 | 20.00 |\n| 产出指标 | 数量指标 | 改造面积 | 20 | 18.40 |\n| 产出指标 | 质量指标 | 验收合格率 | 10 | 10.00 |\n| 效益指标 | 社会效益 | 投诉下降幅度 | 20 | 20.00 |\n| 效益指标 | 可持续影响 | 道路完好率 | 20 | 20.00 |\n| 满意度指标 | 服务对象满意度 | 市民满意度 | 10 | 10.00 |\n| 总分 | | | 100 | 98.40 |\n\n';
  it.each([
    ['a second-level score is not its group\'s', project(`${scoreTable}其中社会效益指标得分20.00分；产出数量指标得分38.40分，产出质量指标得分10.00分；经济效益指标和社会效益指标共得20.00分。`)],
    ['a project\'s own budget after the unit\'s adjustment', department('年初预算100.00万元。年中追加30.00万元。其中，道路养护项目全年预算50.00万元，实际支出48.00万元。')],
    ['an income between the adjustment and the whole year', department('年初预算100.00万元。年中追加30.00万元。另有上级转移支付资金20.00万元。全年预算150.00万元。')],
    ['what is left split into 结转 and 结余', project('项目预算368.40万元。\n\n项目实际支出352.96万元，执行率95.81%。\n\n项目结转资金10.00万元，结余资金5.44万元。')],
    ['a plan of several years, or an earlier year\'s task, is not this year\'s', project('按照“十四五”规划，全县计划建设高标准农田15万亩。2023年，上级下达我县建设任务2.8万亩。\n\n## 三、绩效\n\n全年实际建成高标准农田3.26万亩，任务完成率101.88%。')],
    ['one source\'s fund is not what the spending is over', project('中央资金150.00万元已全部拨付，实际支出180.00万元，执行率90.00%。')],
    ['到位 of one part is over that part', project('计划总投资1,000.00万元（财政资金600.00万元），实际到位财政资金600.00万元，资金到位率100.00%。')],
    ['what actually came after a 其中 part is no part of the plan', project('计划总投资1,000.00万元，其中财政资金600.00万元，实际到位财政资金600.00万元，资金到位率100.00%。')],
    ['someone\'s honour is not the report\'s grade', project('项目自评得分86.00分，在全省绩效考核中被评为优秀。项目自评总分86.00分。项目负责人被评为优秀。')],
    ['an indicator\'s 评价得分 is no total', project('群众满意度评价得分9.50分，满意度等级为优秀。')],
    ['a count of indicators listed by group', project('本项目共设置绩效指标15个，分别为：\n\n1. 产出指标8个。\n\n2. 效益指标5个。\n\n3. 满意度指标2个。')],
    ['a list of one group\'s second-level scores before the total', project('（1）经济效益指标（5分）：得5分。\n\n（2）社会效益指标（10分）：得9分。\n\n（3）可持续影响指标（5分）：得4分。\n\n（4）满意度指标（10分）：得9分。\n\n综上，项目自评总分92分。')],
  ])('%s', (_, text) => {
    expect(allHits(text, 'r.md').map((h) => `${h.code} ${h.message}`)).toEqual([]);
  });
  it('still finds a 合计 over parts each opened by its own marker', () => {
    expect(allHits(project('项目支出包括：①设备购置100.00万元，②人员培训50.00万元，合计160.00万元。'), 'r.md').map((h) => h.code)).toEqual(['JX_CHECK_SUM']);
  });
});

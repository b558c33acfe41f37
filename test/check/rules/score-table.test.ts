import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, NATIONAL, context, hitsOf, ruleById, seed } from './support.js';

interface Row {
  name: string;
  target: string;
  actual: string;
  weight: string;
  score: string;
  reason?: string;
}

const INDICATORS: Row[] = [
  { name: '新增研发平台', target: '5个', actual: '6个', weight: '30', score: '30' },
  { name: '技术合同交易额', target: '400亿元', actual: '480.68亿元', weight: '30', score: '30' },
  { name: '企业满意度', target: '≥90%', actual: '95%', weight: '30', score: '30' },
];

function table(rows: Row[], opts: { rate?: string; rateScore?: string; weightTotal?: string; total?: string; group?: string } = {}): string {
  const budget = [
    '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    `| 年度资金总额 | 200.00 | 250.00 | 240.00 | 10 | ${opts.rate ?? '96%'} | ${opts.rateScore ?? '9.6'} |`,
  ].join('\n');
  const indicators = [
    '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows.map((r, i) => `| ${i === 0 ? (opts.group ?? '产出指标（90分）') : ''} | ${r.name} | ${r.target} | ${r.actual} | ${r.weight} | ${r.score} | ${r.reason ?? ''} |`),
    `| 总分 |  |  |  | ${opts.weightTotal ?? '100'} | ${opts.total ?? '99.6'} |  |`,
  ].join('\n');
  return `# 2024年度项目支出绩效自评报告\n\n## 附件\n\n## 2024年度项目支出绩效自评表\n\n${budget}\n\n${indicators}\n`;
}

const withRow = (i: number, patch: Partial<Row>): Row[] => INDICATORS.map((r, k) => (k === i ? { ...r, ...patch } : r));
const check = (text: string): [string, string][] => hitsOf('score-table', text, 'report.md');

describe('score-table: totals', () => {
  it('quiet on a table that adds up and follows the rule', () => expect(check(table(INDICATORS))).toEqual([]));
  it('finds a 总分 that is not Σ得分', () =>
    expect(check(table(INDICATORS, { total: '98' }))).toEqual([['JX_CHECK_SCORE_TOTAL', '98']]));
  it('finds a 总分 row 分值 that is not Σ分值', () =>
    expect(check(table(INDICATORS, { weightTotal: '90' }))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '90']]));
  it('finds weights that do not make 100', () =>
    expect(check(table(withRow(2, { weight: '20', score: '20' }), { weightTotal: '90', total: '89.6', group: '产出指标（80分）' }))).toEqual([
      ['JX_CHECK_WEIGHT_TOTAL', '90'],
    ]));
  it('finds a 一级指标 whose “(90分)” is not the sum of its rows', () =>
    expect(check(table(INDICATORS, { group: '产出指标（80分）' }))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '80分']]));
});

describe('score-table: layouts of other provinces', () => {
  const indicators = (total: string, weight = '100', score = '99.6') => [
    '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...INDICATORS.map((r, i) => `| ${i === 0 ? '产出指标（90分）' : ''} | ${r.name} | ${r.target} | ${r.actual} | ${r.weight} | ${r.score} |  |`),
    `| ${total} |  |  |  | ${weight} | ${score} |  |`,
  ].join('\n');
  const report = (budget: string, ind: string) => `# 2024年度项目支出绩效自评报告\n\n## 附件\n\n${budget}\n\n${ind}\n`;
  const twoRowBudget = [
    '| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 预算执行率 |  |  |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    '|  |  |  |  | 分值 | 执行率 | 得分 |',
    '| 年度资金总额 | 200.00 | 250.00 | 240.00 | 10 | 96.00% | 9.6 |',
  ].join('\n');
  it('a 总分 row whose label says what it holds (总分（含预算执行率10分）) is the total', () => {
    expect(check(report(twoRowBudget, indicators('总分（含预算执行率10分）')))).toEqual([]);
    expect(check(report(twoRowBudget, indicators('总分（含预算执行率10分）', '100', '98.6')))).toEqual([['JX_CHECK_SCORE_TOTAL', '98.6']]);
  });
  it('a funds header of two rows (预算执行率 over 分值 | 执行率 | 得分) gives the execution its points', () => {
    expect(check(report(twoRowBudget, indicators('总分')))).toEqual([]);
  });
  it('a total said to hold the execution\'s points, stated only outside the table, is not held to the rows alone', () => {
    const funds = ['| 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 执行率 |', '| --- | --- | --- | --- | --- |', '| 合计 | 200.00 | 250.00 | 240.00 | 96.00% |'].join('\n');
    expect(check(report(`${funds}\n\n预算执行率分值10分，得分9.6分。`, indicators('总分（含预算执行率）')))).toEqual([]);
    // The rows still bound it: no less than their scores, no more than they leave to the execution.
    expect(check(report(`${funds}\n\n预算执行率分值10分，得分9.6分。`, indicators('总分（含预算执行率）', '100', '85')))).toEqual([['JX_CHECK_SCORE_TOTAL', '85']]);
    expect(check(report(`${funds}\n\n预算执行率分值10分，得分9.6分。`, indicators('总分（含预算执行率）', '110', '99.6')))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '110']]);
    // Without that word the rows are all the total holds.
    expect(check(report(`${funds}\n\n预算执行率分值10分，得分9.6分。`, indicators('总分')))).not.toEqual([]);
  });
});

describe('score-table: 小计 rows', () => {
  const subtotalled = (sub: { weight?: string; score?: string } = {}) =>
    [
      '# 2023年度项目支出绩效自评报告',
      '',
      '## 三、绩效评价',
      '',
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '| --- | --- | --- | --- | --- |',
      '| 产出指标 | 数量指标 | 送戏下乡演出场次 | 30 | 30 |',
      '|  | 时效指标 | 项目按期完成 | 30 | 27 |',
      `| 小计 |  |  | ${sub.weight ?? '60'} | ${sub.score ?? '57'} |`,
      '| 效益指标 | 社会效益 | 群众文化生活 | 30 | 28.5 |',
      '| 小计 |  |  | 30 | 28.5 |',
      '| 满意度指标 | 服务对象满意度 | 群众满意度 | 10 | 9.5 |',
      '| 小计 |  |  | 10 | 9.5 |',
      '| 合计 |  |  | 100 | 95 |',
      '',
    ].join('\n');
  it('are no indicators: the total adds the indicators, each 小计 its own rows', () => {
    expect(check(subtotalled())).toEqual([]);
    expect(check(subtotalled({ score: '58' }))).toEqual([['JX_CHECK_SCORE_TOTAL', '58']]);
    expect(check(subtotalled({ weight: '50' }))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '50']]);
  });
});

describe('score-table: 预算执行率 得分', () => {
  it('quiet when 执行率 × 分值 rounds to the stated score', () =>
    expect(check(table(INDICATORS, { rate: '99.91%', rateScore: '10', total: '100' }))).toEqual([]));
  it('finds a score that is not 执行率 × 分值', () =>
    expect(check(table(INDICATORS, { rate: '99.91%', rateScore: '9', total: '99' }))).toEqual([['JX_CHECK_RATE_SCORE', '9']]));
  it('says what the rule gives', () => {
    const [hit] = ruleById('score-table').check(context(table(INDICATORS, { rate: '99.91%', rateScore: '9', total: '99' }), 'report.md'));
    expect(hit?.expected).toBe('9.99');
    expect(hit?.severity).toBe('warning');
  });
  it('follows a banded profile', () => {
    const bands = { ...NATIONAL, budgetRate: { method: 'bands' as const, cap: true, bands: [{ min: '95', share: '1' }, { min: '80', share: '0.8' }] } };
    expect(hitsOf('score-table', table(INDICATORS, { rate: '96%', rateScore: '10', total: '100' }), 'report.md', bands)).toEqual([]);
    expect(hitsOf('score-table', table(INDICATORS, { rate: '96%', rateScore: '9.6', total: '99.6' }), 'report.md', bands)).toEqual([
      ['JX_CHECK_RATE_SCORE', '9.6'],
    ]);
  });
});

describe('score-table: indicator scores', () => {
  it('quiet when an unmet indicator is scored in proportion', () =>
    expect(check(table(withRow(0, { actual: '4个', score: '24' }), { total: '93.6' }))).toEqual([]));
  it('a proportional score that deviates without a reason is a warning', () => {
    const hits = ruleById('score-table').check(context(table(withRow(0, { actual: '4个', score: '20' }), { total: '89.6' }), 'report.md'));
    expect(hits.map((h) => [h.code, h.severity, h.mention.text, h.expected])).toEqual([['JX_CHECK_INDICATOR_SCORE', 'warning', '20', '24']]);
  });
  it('with a reason it is info', () => {
    const hits = ruleById('score-table').check(
      context(table(withRow(0, { actual: '4个', score: '20', reason: '受政策调整影响，少建一个平台。' }), { total: '89.6' }), 'report.md'),
    );
    expect(hits.map((h) => [h.code, h.severity])).toEqual([['JX_CHECK_INDICATOR_SCORE', 'info']]);
  });
  it('a met indicator short of full marks', () =>
    expect(check(table(withRow(1, { score: '28' }), { total: '97.6' }))).toEqual([['JX_CHECK_INDICATOR_SCORE', '28']]));
  it('a score above its weight is an error', () => {
    const hits = ruleById('score-table').check(context(table(withRow(1, { score: '32' }), { total: '101.6' }), 'report.md'));
    expect(hits.map((h) => [h.code, h.severity, h.mention.text])).toEqual([['JX_CHECK_INDICATOR_SCORE', 'error', '32']]);
  });
  it('a ≤ target is met below it, and scored target ÷ actual above it', () => {
    const rows = withRow(2, { name: '单位培训成本', target: '≤500元', actual: '625元', score: '24' });
    expect(check(table(rows, { total: '93.6' }))).toEqual([]);
    expect(check(table(withRow(2, { name: '单位培训成本', target: '≤500元', actual: '480元' }), {}))).toEqual([]);
  });
  it('a deadline is met early', () =>
    expect(check(table(withRow(0, { name: '资金拨付时间', target: '12月', actual: '11月' }), {}))).toEqual([]));
  it('a text actual (已完成) is not scored', () =>
    expect(check(table(withRow(0, { target: '完成', actual: '已完成', score: '30' }), {}))).toEqual([]));
});

describe('score-table: a cell-per-line table in plain text', () => {
  const lines = (cells: string[][]): string => cells.map((row) => row.map((c) => `\t${c}`).join('\n')).join('\n\n');
  const text = (total: string[]): string =>
    [
      '附件3',
      '2023年度单位整体支出绩效自评表',
      lines([
        ['年度预算申请（万元）', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
        ['', '年度资金总额', '100.00', '120.00', '120.00', '10', '100%', '10'],
        ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
        ['', '产出指标(60分)', '数量指标', '新增企业', '10家', '12', '60', '60', ''],
        ['', '效益指标（30分）'],
        ['经济效益指标', '产值增长率', '8%', '9%', '30', '30', ''],
        total,
      ]),
      '',
    ].join('\n');
  it('quiet when it adds up', () => expect(hitsOf('score-table', text(['总分', '100', '100']))).toEqual([]));
  it('reads a 总分 row of just 分值 and 得分', () =>
    expect(hitsOf('score-table', text(['总分', '90', '100']))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '90']]));
});

describe('score-table on the seeds', () => {
  it('zhuzhou-2024: Σ = 99 and 100 hold; 115.49 of 120 scored 4 (4.81 in proportion, reason given)', NEEDS_SEEDS, () => {
    const hits = ruleById('score-table').check(context(seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md'));
    expect(hits.map((h) => [h.code, h.severity, h.mention.text, h.expected])).toEqual([['JX_CHECK_INDICATOR_SCORE', 'info', '4', '4.81']]);
  });
  it('lusong-2023: 9 for 99.91%, 总分 row 分值 90 ≠ 100, two deviations with reasons', NEEDS_SEEDS, () => {
    const hits = ruleById('score-table').check(context(seed('lusong-2023-kegongxin-department.txt'), 'lusong-2023-kegongxin-department.txt'));
    expect(hits.map((h) => [h.code, h.severity, h.mention.text.trim(), h.expected])).toEqual([
      ['JX_CHECK_WEIGHT_TOTAL', 'error', '90', '100'],
      ['JX_CHECK_RATE_SCORE', 'warning', '9', '9.99'],
      ['JX_CHECK_INDICATOR_SCORE', 'info', '3', '3.75'],
      ['JX_CHECK_INDICATOR_SCORE', 'info', '18', '14.26'],
    ]);
  });
  it('zhuzhou-2022: the flattened table is not read', NEEDS_SEEDS, () => {
    expect(hitsOf('score-table', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});

describe('score-table: three levels, groups on lines of their own', () => {
  it('a 一级 or 二级 line with its 三级指标 cell empty is no indicator', () => {
    const text = [
      '# 2023年度项目支出绩效自评报告',
      '',
      '| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |',
      '|---|---|---|---|---|',
      '| 产出指标 | | | 60 | 57 |',
      '| | 数量指标 | | 60 | 57 |',
      '| | | 养护里程 | 30 | 30 |',
      '| | | 危桥改造座数 | 30 | 27 |',
      '| 满意度指标 | | | 40 | 38 |',
      '| | 服务对象满意度 | | 40 | 38 |',
      '| | | 沿线群众满意度 | 40 | 38 |',
      '| 合计 | | | 100 | TOTAL |',
      '',
    ].join('\n');
    expect(check(text.replace('TOTAL', '95'))).toEqual([]);
    expect(check(text.replace('TOTAL', '96'))).toEqual([['JX_CHECK_SCORE_TOTAL', '96']]);
  });
});

describe('score-table: a group name where a PDF draws it (centred in its merged cell)', () => {
  // Two groups of three and two rows; each name drawn on the middle row of its group, as a PDF
  // keeps a merged cell's centred text, not on the first row as Word and Markdown put it.
  const centred = (weights: [string, string, string, string, string], groups = ['产出指标（60分）', '效益指标（30分）']) => {
    const names = ['', groups[0], '', groups[1], ''];
    const rows = weights.map((w, i) => `| ${names[i]} | 指标${i + 1} | 10个 | 10个 | ${w} | ${w} |  |`);
    return table([], {}).replace(/\| 一级指标 \|[^\n]*\n\| --- [^\n]*\n/u, (head) => `${head}${rows.join('\n')}\n`);
  };

  it('quiet when some cut into runs, each holding its name, gives each group its points', () =>
    expect(check(centred(['20', '20', '20', '15', '15']))).toEqual([]));
  it('a group whose points no cut gives is still found (one 分值 changed: the 总分 row and the group both break)', () => {
    const found = check(centred(['20', '20', '25', '15', '15']));
    expect(found).toContainEqual(['JX_CHECK_WEIGHT_TOTAL', '100']);
    expect(found).toContainEqual(['JX_CHECK_WEIGHT_TOTAL', '60分']);
  });
  it('a stated group total changed is found, wherever its name stands', () =>
    expect(check(centred(['20', '20', '20', '15', '15'], ['产出指标（50分）', '效益指标（30分）']))).toContainEqual(['JX_CHECK_WEIGHT_TOTAL', '50分']));
});

describe('score-table: a total score stated in prose', () => {
  const report = (para: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、自评得分\n\n${para}\n\n## 四、存在的问题\n\n无。\n`;
  const listed = (total: string) =>
    report(`按照评分标准，预算执行率指标分值10分、产出指标50分、效益指标30分、满意度指标10分，合计100分。经自评，预算执行率得分9.48分，产出指标得分47分，效益指标得分27分，满意度指标得分9.5分，自评总分${total}分，等级为“优”。`);
  const paired = (total: string) =>
    report(`本次自评总分${total}分（满分100分），各部分分值及得分为：资金投入15分、得12.0分；资金管理20分、得18.5分；产出40分、得38.4分；效益25分、得23.1分。`);
  it('quiet when the scores add up (weights, 满分 and 合计 of weights are no scores)', () => {
    expect(hitsOf('score-table', listed('92.98'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', paired('92.0'), 'r.md')).toEqual([]);
  });
  it('finds a total that is not the sum of the scores listed with it (a whole score is exact, not ±0.5)', () => {
    expect(hitsOf('score-table', listed('93.98'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '93.98分']]);
    expect(hitsOf('score-table', paired('93.0'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '93.0分']]);
  });
  it('a total stated alone sums the list of group scores right before it, or right after its colon', () => {
    const items = '- 投入指标（20分）：得18.5分。预算编制较细。\n- 过程指标（20分）：得17.0分。个别台账滞后。\n- 产出指标（40分）：得37.2分。\n- 效益指标（20分）：得18.3分。\n';
    const before = (total: string) => report(`${items}\n四项满分合计100分，自评总分${total}分。`);
    const after = (total: string) => report(`自评总分${total}分，各项得分如下：\n\n${items}`);
    expect(hitsOf('score-table', before('91.0'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', before('94.0'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '94.0分']]);
    expect(hitsOf('score-table', after('91.0'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', after('94.0'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '94.0分']]);
    // An item with two scores (its parts) leaves the list unread.
    const twice = report(`- 产出指标得分37.2分，其中数量指标得分20分。\n- 效益指标：得18.3分。\n\n自评总分94.0分。`);
    expect(hitsOf('score-table', twice, 'r.md')).toEqual([]);
  });
  it('a level\'s score with its own 其中 parts is counted once', () => {
    const nested = (total: string) => report(`产出指标得分38分，其中数量指标得分20分、质量指标得分18分；效益指标得分27分；自评总分${total}分。`);
    expect(hitsOf('score-table', nested('65'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', nested('66'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '66分']]);
  });
});

describe('score-table: a group\'s score in prose against the rows of that group in the score table', () => {
  const text = (output: string) =>
    `# 2024年度某道路维修项目绩效自评报告\n\n## 三、自评得分\n\n| 一级指标 | 二级指标 | 三级指标 | 分值 | 得分 |\n|---|---|---|---:|---:|\n| 产出指标 | 数量指标 | 修复面积 | 20 | 20.00 |\n| 产出指标 | 数量指标 | 改造面积 | 20 | 18.40 |\n| 产出指标 | 质量指标 | 验收合格率 | 10 | 10.00 |\n| 效益指标 | 社会效益 | 投诉下降幅度 | 20 | 20.00 |\n| 效益指标 | 可持续影响 | 道路完好率 | 20 | 20.00 |\n| 满意度指标 | 服务对象满意度 | 市民满意度 | 10 | 10.00 |\n| 总分 | | | 100 | 98.40 |\n\n## 四、结论\n\n从自评表看，产出指标合计得${output}分，扣分原因是改造面积未达计划；效益指标得40.00分，为满分。\n`;
  it('the prose group score is the sum of its rows', () => {
    expect(hitsOf('score-table', text('48.40'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', text('44.80'), 'r.md')).toEqual([['JX_CHECK_SCORE_TOTAL', '44.80分']]);
  });
});

describe('score-table: a rate cell with more than its rate in it', () => {
  // Found by the reliability bench's fuzzing (a letter after 100.00%): numberOf read the whole cell and threw.
  const table = (rate: string, score: string) =>
    `# 2024年度某项目绩效自评报告\n\n| 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |\n|---|---|---|---|---|---|---|\n| 年度资金总额 | 100.00 | 100.00 | 96.00 | 10 | ${rate} | ${score} |\n`;
  it('takes the rate the figure reader found in it', () => {
    expect(hitsOf('score-table', table('96.00%（按可用资金）', '9.60'), 'r.md')).toEqual([]);
    expect(hitsOf('score-table', table('96.00%h', '9.00'), 'r.md')).toEqual([['JX_CHECK_RATE_SCORE', '9.00']]);
  });
});

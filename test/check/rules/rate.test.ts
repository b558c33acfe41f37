import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, context, hitsOf, ruleById, seed } from './support.js';

const section = (body: string): string => `一、部门基本情况\n（一）人员情况\n${body}\n二、预算执行情况\n无。\n`;

describe('rate: a stated rate against its operands', () => {
  const valid: [string, string][] = [
    ['执行率', '全年预算数为500.00万元，执行数为495.00万元，预算执行率为99.00%。'],
    ['执行率 within display rounding', '全年预算数为300.00万元，执行数为299.00万元，预算执行率为99.67%。'],
    ['控制率', '编制数20人，实有在职人数18人，控制率90%。'],
    ['变动率 over last year', '年末在职人数12人，比上年增加2人，增长20%。'],
    ['变动率 of a decrease', '年末在职人数8人，比上年减少2人，下降20%。'],
    ['完成率 against the stated task', '完成技术合同登记120份，全年任务100份，完成率为120%。'],
    ['占比 of a 其中 part', '项目支出400.00万元，其中培训费100.00万元，占25%。'],
    ['占比 naming its part and whole', '本年支出合计13,650.67万元，其中基本支出8,191.77万元，项目支出5,458.90万元，基本支出占本年支出的60.01%。'],
    ['占比 of a whole the sentence does not state: not checked', '基本支出8,191.77万元，占总支出的70.00%。'],
    ['占比 whose part two figures may be: not checked', '项目支出400.00万元，去年项目支出300.00万元，全年支出1,000.00万元，项目支出占全年支出的35%。'],
    ['占比 after a 其中 list closed by a semicolon: not a part of it', '全年支出中，基本支出1,340.32万元，占22.83%，其中人员经费1,126.45万元、公用经费213.87万元；项目支出4,531.00万元，占77.17%。'],
    ['完成率 without a stated task', '科技型中小企业备案300家，完成率为150%。'],
    ['增速 without last year', '规模工业总产值125.9亿元，同比增长6%。'],
    ['执行率 with two budgets: ambiguous, quiet', '年初预算100万元，全年预算120万元，调整后预算130万元，执行数118万元，执行率90%。'],
    ['执行率 over an unstated 全年预算 after an adjustment', '年初预算100.00万元，年中追加20.00万元，实际支出118.00万元，执行率98.33%。'],
    ['growth at comparable prices', '规模工业增加值52亿元，比上年增加5亿元，按可比价计算增长9.2%。'],
    ['执行率 of its own semicolon part', '全年预算1,572.31万元，全年支出1,540.09万元。“三公”经费支出2.56万元，为预算3.10万元的82.58%；政府采购预算26.50万元，实际采购25.80万元，执行率97.36%。'],
    ['a budgeted part is not a share of the spending', '截至年底，项目实际支出1,046.35万元。设备购置预算612.80万元，占项目实际支出的55.71%。'],
    ['a per-household amount on the spending its clause names, over the households of the sentence before', '受益人口2.36万人，受益7,412户。按全年支出1,251.36万元计算，户均投入1,688.29元。'],
    ['a change and its rate in one direction', '公务接待费1.69万元，较上年增加0.27万元，增长19.01%。'],
    ['a change of one metric and the rate of another after it', '公务接待费1.69万元，较上年增加0.27万元，占比下降2.1%。'],
    ['执行率 on the line before the semicolon', '年初预算2,680.00万元，追加460.00万元，全年预算3,140.00万元；全年支出3,086.52万元，预算执行率98.30%。'],
    ['执行率 on a basis the sentence adjusts (剔除…后)', '下达资金4471.30万元，发放4402.18万元，差额为收回的资金；剔除收回的资金后，实际执行率为100.00%。'],
    ['变动率 of a change said of a later year than the figure before it', '2023年财政资金支出78.40万元，2024年增加5.22万元，增长6.66%。'],
    ['变动率 of a change said of this year after last year\'s figure', '上年支出78.40万元，本年增加5.22万元，增长6.66%。'],
    ['变动率 of a change said plainly (今年多了)', '上年支出78.40万元，今年多了5.22万元，增长6.66%。'],
  ];
  const invalid: [string, string, string][] = [
    ['执行率', '全年预算数为500.00万元，执行数为495.00万元，预算执行率为98.00%。', '98.00%'],
    ['控制率', '编制数20人，实有在职人数18人，控制率85%。', '85%'],
    ['变动率 of a change said plainly (今年多了) that does not fit it', '上年支出78.40万元，今年多了6.22万元，增长6.66%。', '6.66%'],
    ['变动率 over the current value instead of last year', '年末在职人数12人，比上年增加2人，增长16.67%。', '16.67%'],
    ['完成率', '完成技术合同登记120份，全年任务100份，完成率为110%。', '110%'],
    ['执行率 over 年初预算 when nothing was adjusted', '年初预算100.00万元，实际支出95.00万元，执行率98.00%。', '98.00%'],
    ['占比', '项目支出400.00万元，其中培训费100.00万元，占20%。', '20%'],
    ['执行率 of its own semicolon part', '全年预算1,572.31万元，全年支出1,540.09万元。“三公”经费支出2.56万元，为预算3.10万元的82.58%；政府采购预算26.50万元，实际采购25.80万元，执行率96.36%。', '96.36%'],
    ['a per-household amount on the spending its clause names, over the households of the sentence before', '受益人口2.36万人，受益7,412户。按全年支出1,251.36万元计算，户均投入1,526.40元。', '1,526.40元'],
    ['a change and its rate said in opposite directions', '公务接待费1.69万元，较上年增加0.27万元，下降19.01%。', '19.01%'],
    ['a decrease and a growth rate right after it', '门诊次均费用238.60元，上年为245.30元，较上年减少6.70元，增长2.73%。', '2.73%'],
    ['执行率 before the adjusted one is held to the ratio', '全年预算4471.30万元，实际支出4402.18万元，执行率99.45%，剔除收回的资金后为100.00%。', '99.45%'],
    ['变动率 over an earlier year\'s figure', '2023年财政资金支出78.40万元，2024年增加6.22万元，增长6.66%。', '6.66%'],
    ['变动率 over last year\'s figure, the change said of this year', '上年支出78.40万元，本年增加6.22万元，增长6.66%。', '6.66%'],
    ['占比 naming its part and whole', '本年支出合计13,650.67万元，其中基本支出8,191.77万元，项目支出5,458.90万元，基本支出占本年支出的60.61%。', '60.61%'],
  ];
  for (const [name, body] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('rate', section(body))).toEqual([]));
  }
  for (const [name, body, flagged] of invalid) {
    it(`finds: ${name}`, () => expect(hitsOf('rate', section(body))).toEqual([['JX_CHECK_RATE', flagged]]));
  }

  it('says what the ratio gives', () => {
    const [hit] = ruleById('rate').check(context(section('编制数20人，实有在职人数18人，控制率85%。')));
    expect(hit?.expected).toBe('90.00%');
    expect(hit?.message).toBe('控制率应为 90.00%（在职人数 ÷ 编制数（18人 ÷ 20人）），所列 85%，相差 5.00 个百分点');
    expect(hit?.related.map((m) => m.text)).toEqual(['18人', '20人']);
  });
});

describe('rate: a share of 项目实际支出', () => {
  const project = (rate: string, kind = '项目支出') => `# 2024年度某急救能力建设${kind}绩效自评报告\n\n## 二、资金\n\n截至年底，项目实际支出1,046.35万元。从支出构成看，设备购置612.80万元，占项目实际支出的${rate}。\n`;
  it('is over the year\'s spending in a project report, a part with no role of its own counted as spent', () => {
    expect(hitsOf('rate', project('58.57%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', project('55.71%'), 'r.md')).toEqual([['JX_CHECK_RATE', '55.71%']]);
  });
  it('is one project\'s in a department\'s report', () => {
    expect(hitsOf('rate', project('55.71%', '部门整体支出'), 'r.md')).toEqual([]);
  });
});

describe('rate: tables', () => {
  const scoreTable = (rate: string): string =>
    [
      '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      '| --- | --- | --- | --- | --- | --- | --- |',
      `| 年度资金总额 | 200 | 250.00 | 240.00 | 10 | ${rate} | 9.6 |`,
    ].join('\n');
  it('quiet when the 执行率 cell is 全年执行数 ÷ 全年预算数', () => {
    expect(hitsOf('rate', `# 绩效自评表\n\n${scoreTable('96%')}\n`, 'report.md')).toEqual([]);
  });
  it('finds a 执行率 cell that is not the ratio of its row', () => {
    expect(hitsOf('rate', `# 绩效自评表\n\n${scoreTable('98%')}\n`, 'report.md')).toEqual([['JX_CHECK_RATE', '98%']]);
  });

  const baseTable = (rate: string): string =>
    ['附件2', '基础数据表', '\t财政供养人员情况（人）', '\t编制数', '\t实际在职人数', '\t控制率', '', '\t', '\t20', '\t15', `\t${rate}`, ''].join('\n');
  it('quiet when 控制率 under the header is 在职 ÷ 编制', () => {
    expect(hitsOf('rate', baseTable('75%'))).toEqual([]);
  });
  it('finds a 控制率 cell that is not 在职 ÷ 编制', () => {
    expect(hitsOf('rate', baseTable('80%'))).toEqual([['JX_CHECK_RATE', '80%']]);
  });
});

describe('rate on the seeds', () => {
  it('lusong-2023: 40% (4 ÷ 10), 87.5% (14 ÷ 16) and 99.91% (1451.29 ÷ 1452.61) hold', NEEDS_SEEDS, () => {
    expect(hitsOf('rate', seed('lusong-2023-kegongxin-department.txt'), 'lusong-2023-kegongxin-department.txt')).toEqual([]);
  });
  it('lusong-2023 with the rates changed: each is found', NEEDS_SEEDS, () => {
    const text = seed('lusong-2023-kegongxin-department.txt').replace('增加40%', '增加30%').replace('87.5%', '85.5%').replace('99.91%', '98.91%');
    expect(hitsOf('rate', text, 'lusong-2023-kegongxin-department.txt')).toEqual([
      ['JX_CHECK_RATE', '30%'],
      ['JX_CHECK_RATE', '85.5%'],
      ['JX_CHECK_RATE', '98.91%'],
    ]);
  });
  it('zhuzhou-2024: 100% (1864.05 ÷ 1864.05) holds; 完成率 without a task stays quiet', NEEDS_SEEDS, () => {
    expect(hitsOf('rate', seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md')).toEqual([]);
  });
  it('zhuzhou-2022: nothing to compute', NEEDS_SEEDS, () => {
    expect(hitsOf('rate', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});

describe('rate: rates read from the frames of the figures beside them', () => {
  const doc = (body: string): string => `一、预算执行情况\n（一）支出情况\n${body}\n`;
  it('a 使用率 over the budget and actual of its own scope', () => {
    const body = (rate: string) => `部门项目预算1,200.00万元，实际支出1,150.00万元，使用率${rate}；公共项目预算1,000.00万元，实际支出900.00万元，使用率90.00%。`;
    expect(hitsOf('rate', doc(body('95.83%')))).toEqual([]);
    expect(hitsOf('rate', doc(body('96.83%')))).toEqual([['JX_CHECK_RATE', '96.83%']]);
  });
  it('完成年度目标N的X%: the actual before it over the target', () => {
    expect(hitsOf('rate', doc('举办演出260场，完成年度目标250场的104%。'))).toEqual([]);
    expect(hitsOf('rate', doc('举办演出260场，完成年度目标250场的106%。'))).toEqual([['JX_CHECK_RATE', '106%']]);
  });
});

describe('rate: 执行率 on the funds available', () => {
  it('a sentence that says its rate is on 可用资金 is held to it, not to the budget', () => {
    const text = (rate: string) => `# 2024年度某项目支出绩效自评报告\n\n## 二、预算执行情况\n\n项目上年结转资金136.99万元，本年安排预算772.90万元，可用资金合计909.89万元；全年实际支出830.10万元，执行率${rate}（按可用资金计算）。\n`;
    expect(hitsOf('rate', text('91.23%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text('93.23%'), 'report.md')).toEqual([['JX_CHECK_RATE', '93.23%']]);
  });
});

describe('rate: 完成率 of an indicator table', () => {
  const table = (rows: readonly string[]) =>
    `# 2023年度某县林业局部门整体支出绩效自评报告\n\n## 三、绩效目标完成情况\n\n| 绩效指标 | 年度目标值 | 实际完成值 | 完成率 |\n| --- | ---: | ---: | ---: |\n${rows.join('\n')}\n`;
  const rows = [
    '| 完成人工造林 | 2200亩 | 2112亩 | 96.00% |',
    '| 管护生态公益林 | 1.2万亩 | 12,600亩 | 105.00% |',
    '| 林木种苗合格率 | ≥95% | 98.2% | 103.37% |',
    '| 森林火灾受害率 | ≤0.8‰ | 0.5‰ | 100% |',
    '| 办理时限 | 不超过5个工作日 | 4个工作日 | 125.00% |',
    '| 群众投诉件数 | 4件 | 2件 | 100% |',
    '| 生态效益 | 有效提升 | 明显提升 | 100% |',
  ];
  it('each row is actual ÷ target, either way round, or 100% for a target met; other units of one kind are converted', () => {
    expect(hitsOf('rate', table(rows), 'report.md')).toEqual([]);
  });
  it('a wrong rate is found on its row, and so is an actual that no longer gives the rate', () => {
    expect(hitsOf('rate', table(rows.map((r) => r.replace('96.00%', '98.00%'))), 'report.md')).toEqual([['JX_CHECK_RATE', '98.00%']]);
    expect(hitsOf('rate', table(rows.map((r) => r.replace('12,600亩', '13,600亩'))), 'report.md')).toEqual([['JX_CHECK_RATE', '105.00%']]);
  });
  it('100% is no cap for a target missed: 2112 of 2200 is not done', () => {
    expect(hitsOf('rate', table(rows.map((r) => r.replace('96.00%', '100%'))), 'report.md')).toEqual([['JX_CHECK_RATE', '100%']]);
  });
  it('bare numbers with the unit in the row name are read too', () => {
    const bare = ['| 管护生态公益林（万亩） | 89 | 90 | 101.1% |', '| 完成人工造林（亩） | 3800 | 3800 | 100.0% |', '| 防治林业有害生物（亩） | 24,600 | 22,263 | 90.5% |'];
    expect(hitsOf('rate', table(bare), 'report.md')).toEqual([]);
    expect(hitsOf('rate', table(bare.map((r) => r.replace('| 89 |', '| 69 |'))), 'report.md')).toEqual([['JX_CHECK_RATE', '101.1%']]);
  });
  it('a report that caps rates at 100% states none above it; 不低于 is a floor, met at 100%', () => {
    const capped = (rate: string) =>
      table(['| 完成人工造林 | 2200亩 | 2112亩 | 96.00% |', `| 新建林道 | 40公里 | 46公里 | ${rate} |`, '| 项目按期开工率 | 不低于95% | 96.4% | 100.0% |']).replace(
        '## 三、绩效目标完成情况\n',
        '## 三、绩效目标完成情况\n\n完成率超过100%的按100%计。\n',
      );
    expect(hitsOf('rate', capped('100.00%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', capped('115.00%'), 'report.md')).toEqual([['JX_CHECK_RATE', '115.00%']]);
  });
  it('计划数 and 完成数 are the target and the actual', () => {
    const text = `# 2023年度某县商务局部门整体支出绩效自评报告\n\n## 三、绩效目标完成情况\n\n| 乡镇 | 计划数（个） | 完成数（个） | 完成率 |\n| --- | --- | --- | --- |\n| 桃岭镇 | 10 | 10 | 100.00% |\n| 菱陂乡 | 8 | 7 | 87.50% |\n| 合计 | 18 | 17 | RATE |\n`;
    expect(hitsOf('rate', text.replace('RATE', '94.44%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text.replace('RATE', '95.44%'), 'report.md')).toEqual([['JX_CHECK_RATE', '95.44%']]);
  });
  it('a column whose rates mostly are no such ratio is reckoned otherwise and left alone', () => {
    const scored = ['| 完成人工造林 | 2200亩 | 2112亩 | 90% |', '| 管护生态公益林 | 85万亩 | 92万亩 | 95% |', '| 防治林业有害生物 | 17,900亩 | 16,622亩 | 85% |'];
    expect(hitsOf('rate', table(scored), 'report.md')).toEqual([]);
  });
});

describe('rate: a rate column over one base the table does not show', () => {
  const table = (rate2: string) =>
    [
      '# 2023年度某项目支出绩效自评报告',
      '',
      '## 二、预算执行情况',
      '',
      '全年预算：800.00万元',
      '',
      '| 季度 | 本季度支出（万元） | 累计支出（万元） | 累计执行率 |',
      '| --- | ---: | ---: | ---: |',
      '| 第一季度 | 120.00 | 120.00 | 15.00% |',
      `| 第二季度 | 200.00 | 320.00 | ${rate2} |`,
      '| 第三季度 | 240.00 | 560.00 | 70.00% |',
      '| 第四季度 | 216.00 | 776.00 | 97.00% |',
      '',
    ].join('\n');
  it('every row but one on the same base: that one is wrong', () => {
    expect(hitsOf('rate', table('40.00%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', table('45.00%'), 'report.md')).toEqual([['JX_CHECK_RATE', '45.00%']]);
  });
  it('a 支出进度 on each row\'s own budget is read on that budget, not as a common base', () => {
    const rows = [
      '# 2023年度某局部门整体支出绩效自评报告',
      '',
      '| 项目 | 全年预算（万元） | 实际支出（万元） | 支出进度 |',
      '| --- | ---: | ---: | ---: |',
      '| 甲 | 100.00 | 90.00 | 90.00% |',
      '| 乙 | 200.00 | 150.00 | 75.00% |',
      '| 丙 | 400.00 | 380.00 | 95.00% |',
      '| 丁 | 50.00 | 47.50 | 95.00% |',
      '',
    ];
    expect(hitsOf('rate', rows.join('\n'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', rows.join('\n').replace('| 75.00% |', '| 85.00% |'), 'report.md')).toEqual([['JX_CHECK_RATE', '85.00%']]);
  });
});

describe('rate: 完成率 as reports reckon it (second read)', () => {
  const doc = (note: string, rows: readonly string[]) =>
    `# 2023年度某县司法局部门整体支出绩效自评报告\n\n## 三、绩效目标完成情况\n\n${note}\n\n| 绩效指标 | 年度目标值 | 实际完成值 | 完成率 |\n| --- | ---: | ---: | ---: |\n${rows.join('\n')}\n`;
  const rows = ['| 违法案件办结率 | 90% | 96% | 100% |', '| 单位办件成本下降率 | ≥5% | 6% | 100% |', '| 法律援助案件 | 300件 | 320件 | 106.67% |'];
  it('a rate of dealing with what is better lower, and a floor target, are met above the target', () => {
    expect(hitsOf('rate', doc('', rows), 'report.md')).toEqual([]);
  });
  it('a cap on the score a rate earns, or on 执行率, is no cap on the rates shown', () => {
    expect(hitsOf('rate', doc('完成率超过100%的按100%计算得分。', rows), 'report.md')).toEqual([]);
    expect(hitsOf('rate', doc('预算执行率超过100%的按100%计。', rows), 'report.md')).toEqual([]);
    expect(hitsOf('rate', doc('指标完成率超过100%的，一律按100%计。', rows), 'report.md')).toEqual([['JX_CHECK_RATE', '106.67%']]);
  });
  it('a 合计 row may state the mean of the rows\' rates', () => {
    const withTotal = [...rows.slice(2), '| 人民调解案件 | 200件 | 180件 | 90.00% |', '| 合计 | 500件 | 500件 | 98.34% |'];
    expect(hitsOf('rate', doc('', withTotal), 'report.md')).toEqual([]);
    expect(hitsOf('rate', doc('', withTotal.map((r) => r.replace('98.34%', '97.34%'))), 'report.md')).toEqual([['JX_CHECK_RATE', '97.34%']]);
  });
});

describe('rate and totals: a table laid on its side', () => {
  const text = (rate: string, total: string) =>
    `# 2023年度某局部门整体支出绩效自评报告\n\n单位：万元\n\n| 项目 | 财政拨款 | 其他资金 | 合计 |\n| --- | --- | --- | --- |\n| 全年预算数 | 279.61 | 78.74 | ${total} |\n| 实际支出数 | 276.28 | 78.74 | 355.02 |\n| 预算执行率 | ${rate} | 100.00% | 99.07% |\n`;
  it('reads 执行率 as a row over the sources, and 合计 as the sources beside it', () => {
    expect(hitsOf('rate', text('98.81%', '358.35'), 'report.md')).toEqual([]);
    expect(hitsOf('parts', text('98.81%', '358.35'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text('96.81%', '358.35'), 'report.md')).toEqual([['JX_CHECK_RATE', '96.81%']]);
    expect(hitsOf('parts', text('98.81%', '359.35'), 'report.md').filter(([code]) => code === 'JX_CHECK_SUM')).toEqual([['JX_CHECK_SUM', '359.35']]);
  });
});

describe('rate: department reports (a fourth corpus)', () => {
  const doc = (body: string): string => `# 2023年度某县教育局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n${body}\n`;
  it('控制率 over the whole quota, not the last of its 其中 parts', () => {
    const text = (rate: string) => doc(`核定编制82名，其中行政编制36名、事业编制40名、工勤编制6名；年末实有在职人员78人，人员控制率为${rate}。`);
    expect(hitsOf('rate', text('95.12%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text('96.12%'), 'report.md')).toEqual([['JX_CHECK_RATE', '96.12%']]);
  });
  it('执行率 over the whole-year budget of the paragraph before, in its section', () => {
    const text = (rate: string) => doc(`年初预算7601.73万元，追加预算2032.91万元，调整后全年预算数为9634.64万元。\n\n全年实际支出9100.00万元，预算执行率${rate}，年末结转结余534.64万元。`);
    expect(hitsOf('rate', text('94.45%'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text('95.45%'), 'report.md')).toEqual([['JX_CHECK_RATE', '95.45%']]);
  });
  it('增减额 and 增减率 of this year beside last year, on the columns the rows fit', () => {
    const rows = [
      '| 项目 | 2023年预算数 | 2023年决算数 | 2022年决算数 | 增减额 | 增减率（%） |',
      '|---|---:|---:|---:|---:|---:|',
      '| 合计 | 25.86 | 14.44 | 14.37 | 0.07 | 0.49 |',
      '| 因公出国（境）费 | 4.03 | 0.00 | 0.00 | 0.00 | — |',
      '| 公务用车运行维护费 | 11.68 | 11.68 | 10.55 | 1.13 | 10.71 |',
      '| 公务接待费 | 10.15 | 2.76 | 3.82 | -1.06 | -27.75 |',
    ];
    const text = (r: readonly string[]) => doc(r.join('\n'));
    expect(hitsOf('rate', text(rows), 'report.md')).toEqual([]);
    expect(hitsOf('rate', text(rows.map((r) => r.replace('| 10.71 |', '| 12.71 |'))), 'report.md')).toEqual([['JX_CHECK_RATE', '12.71']]);
    expect(hitsOf('rate', text(rows.map((r) => r.replace('| -1.06 |', '| -1.16 |'))), 'report.md')).toEqual([['JX_CHECK_SUM', '-1.16']]);
  });
});

describe('rate: a change against last year\'s figure stated before it', () => {
  const doc = (body: string): string => `# 2023年度某县农业农村局部门整体支出绩效自评报告\n\n## 二、预算执行情况\n\n${body}\n`;
  const sentence = (change: string, rate: string) =>
    doc(`2023年“三公”经费年初预算27.89万元，实际支出22.84万元，比预算节约5.05万元；与上年决算41.43万元相比，减少${change}万元，下降${rate}%。`);
  it('the change is this year less last year, and its rate is over last year', () => {
    expect(hitsOf('rate', sentence('18.59', '44.87'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', sentence('18.59', '44.07'), 'report.md')).toEqual([['JX_CHECK_RATE', '44.07%']]);
    expect(hitsOf('rate', sentence('18.69', '45.11'), 'report.md')).toEqual([['JX_CHECK_SUM', '18.69万元']]);
  });
  it('staff: 在职56人，较上年末的59人减少3人', () => {
    const staff = (n: string) => doc(`核定编制58名，年末实有在职人员56人，较上年末的59人减少${n}人。`);
    expect(hitsOf('rate', staff('3'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', staff('8'), 'report.md')).toEqual([['JX_CHECK_SUM', '8人']]);
  });
});

describe('rate: a staff table by category', () => {
  it('each row\'s 控制率 is its 在职 over its 编制', () => {
    const table = (rate: string) =>
      `# 2023年度某县卫生健康委员会部门整体支出绩效自评报告\n\n| 类别 | 编制数（人） | 实有在职人数（人） | 人员控制率（%） |\n|---|---:|---:|---:|\n| 行政编制 | 24 | 24 | 100.00 |\n| 事业编制 | 17 | 15 | ${rate} |\n| 合计 | 41 | 39 | 95.12 |\n`;
    expect(hitsOf('rate', table('88.24'), 'report.md')).toEqual([]);
    expect(hitsOf('rate', table('87.24'), 'report.md')).toEqual([['JX_CHECK_RATE', '87.24']]);
  });
});

describe('rate: a score sheet\'s rates from the rows of its 基础数据表', () => {
  const report = (staff: string, rate: string, extra = '') =>
    [
      '# 2024年度某区民政局部门整体支出绩效自评表',
      '',
      '| 一级指标 | 三级指标 | 分值 | 目标值 | 实际值 | 得分 |',
      '|---|---|---|---|---|---|',
      `| 运行成本 | 在职人员控制率 | 7 | ≤100% | ${rate} | 7 |`,
      '|  | “三公”经费控制率 | 8 | ≤100% | 88.16% | 8 |',
      '| 管理效率 | 预算执行率 | 10 | 100% | 97.86% | 9.79 |',
      '',
      '# 基础数据',
      '',
      '| 项目 | 数值 | 说明 |',
      '|---|---|---|',
      '| 编制数（人） | 36 | 区编办核定 |',
      `| 实有在职人数（人） | ${staff} | 2024年12月31日 |`,
      '| “三公”经费预算数 | 9.80 |  |',
      '| “三公”经费决算数 | 8.64 |  |',
      '| 全年预算数 | 3,865.42 | 含年中追加 |',
      '| 全年执行数 | 3,782.69 |  |',
      extra,
    ].join('\n');

  it('quiet when every rate is its operands\' ratio', () => {
    expect(hitsOf('rate', report('35', '97.22%'), 'report.md')).toEqual([]);
  });

  it('finds an operand changed in the base data, on the rate', () => {
    expect(hitsOf('rate', report('33', '97.22%'), 'report.md')).toEqual([['JX_CHECK_RATE', '97.22%']]);
  });

  it('finds a rate changed in the score sheet', () => {
    expect(hitsOf('rate', report('35', '92.22%'), 'report.md')).toEqual([['JX_CHECK_RATE', '92.22%']]);
  });

  it('quiet when an operand\'s name is on two rows (which one is meant is not known)', () => {
    expect(hitsOf('rate', report('33', '97.22%', '| 实有在职人员 | 35 |  |'), 'report.md')).toEqual([]);
  });
});

describe('rate: 执行率 over 下达资金, and a prose rate after the table naming its operands', () => {
  it('a 执行率 column over a 下达资金 column', () => {
    const table = (rate: string) =>
      `# 2024年度某转移支付区域绩效自评报告\n\n单位：万元\n\n| 地区 | 下达资金 | 实际支出 | 执行率（%） |\n|---|---|---|---|\n| 甲市 | 19,804.80 | 18,893.60 | 95.40 |\n| 乙市 | 40,483.35 | 39,916.32 | ${rate} |\n`;
    expect(hitsOf('rate', table('98.60'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', table('96.80'), 'r.md')).toEqual([['JX_CHECK_RATE', '96.80']]);
  });
  it('全年政府采购执行率 in prose against the 采购预算 and 实际采购合计 rows above it', () => {
    const text = (budget: string) =>
      `# 2024年度某局部门整体支出绩效自评报告\n\n## （四）政府采购情况\n\n表1 政府采购执行情况（单位：万元）\n\n| 项目 | 金额 |\n|---|---|\n| 采购预算 | ${budget} |\n| 货物类 | 139.90 |\n| 工程类 | 56.21 |\n| 服务类 | 357.90 |\n| 实际采购合计 | 554.01 |\n\n全年政府采购执行率为96.28%，节约资金主要来自公开招标。\n`;
    expect(hitsOf('rate', text('575.41'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('585.41'), 'r.md')).toEqual([['JX_CHECK_RATE', '96.28%']]);
  });
});

describe('rate: a 控制率 column of a spending table', () => {
  const table = (rate: string) =>
    [
      '# 2024年度某局部门整体支出绩效自评报告', '', '单位：万元', '',
      '| 项目 | 2023年决算数 | 2024年预算数 | 2024年决算数 | 控制率 | 较上年增减率 |',
      '|---|---|---|---|---|---|',
      '| “三公”经费合计 | 9.54 | 9.45 | 8.02 | 84.87% | -15.93% |',
      '| 1.因公出国（境）费 | 0.00 | 0.00 | 0.00 | — | — |',
      '| 2.公务用车购置及运行维护费 | 5.61 | 5.26 | 4.30 | 81.75% | -23.35% |',
      `| 3.公务接待费 | 3.93 | 4.19 | 3.72 | ${rate} | -5.34% |`,
    ].join('\n');
  it('is this year\'s 决算 over this year\'s 预算, not last year\'s', () => {
    expect(hitsOf('rate', table('88.78%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', table('87.88%'), 'r.md')).toEqual([['JX_CHECK_RATE', '87.88%']]);
  });
});

describe('rate: a gap in percentage points', () => {
  const report = (...paras: string[]) => ['# 2024年度某项目支出绩效自评报告', '', '## 一、绩效目标', '', ...paras, ''].join('\n\n');
  it('between the target and the actual of one sentence', () => {
    const text = (gap: string) => report(`质量指标。水质检测合格率目标值为不低于95%，实际达到98.6%，超出目标${gap}个百分点。`);
    expect(hitsOf('rate', text('3.6'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('4.6'), 'r.md')).toEqual([['JX_CHECK_RATE', '4.6个百分点']]);
  });
  it('against the one target the report sets for the metric elsewhere', () => {
    const text = (gap: string) =>
      report('年度绩效目标主要包括：培训基层卫生人员2157人；县域内住院量占比不低于85%。', `## 二、绩效目标实现情况\n\n效益方面，县域内住院量占比达到89.5%，比目标值高出${gap}个百分点。`);
    expect(hitsOf('rate', text('4.5'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('5.5'), 'r.md')).toEqual([['JX_CHECK_RATE', '5.5个百分点']]);
  });
  it('quiet when the two rates before the gap are not a rate and its base', () => {
    expect(hitsOf('rate', report('预算执行率98.5%，结转结余率1.5%，较上年提高2个百分点。'), 'r.md')).toEqual([]);
  });
});

describe('sum: a gap right after the base it is taken from (比预算数 X 少支出 Y)', () => {
  const text = (gap: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 三公经费\n\n全年“三公”经费支出23.24万元，比预算数28.02万元少支出${gap}万元，比上年25.57万元下降9.1%。\n`;
  it('quiet when it is the difference, or within the rounding of the two amounts', () => {
    expect(hitsOf('rate', text('4.78'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('4.79'), 'r.md')).toEqual([]);
  });
  it('finds a gap that is not the difference', () => {
    expect(hitsOf('rate', text('5.78'), 'r.md')).toEqual([['JX_CHECK_SUM', '5.78万元']]);
  });
});

describe('rate: a per-head amount', () => {
  const report = (...paras: string[]) => ['# 2024年度某中学部门整体支出绩效自评报告', '', '## 一、预算执行情况', '', ...paras, ''].join('\n\n');
  it('of the item it names (生均公用经费 = 公用经费 ÷ 在校学生)', () => {
    const text = (per: string) => report('2024年度共支出4667.01万元。按支出性质分，基本支出3267.27万元，其中人员经费2856.44万元、公用经费410.83万元。', `按在校学生1023人计算，生均公用经费支出${per}元。`);
    expect(hitsOf('rate', text('4015.93'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('4025.93'), 'r.md')).toEqual([['JX_CHECK_RATE', '4025.93元']]);
  });
  it('of the spending when it names no item (人均投入)', () => {
    const text = (per: string) => report('截至12月31日，各县（区）实际支出6,067.09万元，总体执行率为97.29%。', `共惠及城区常住人口2104330人，人均投入${per}元。`);
    expect(hitsOf('rate', text('28.83'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('29.83'), 'r.md')).toEqual([['JX_CHECK_RATE', '29.83元']]);
  });
  it('quiet when the report states no amount it could be of (a standard set by policy)', () => {
    expect(hitsOf('rate', report('全年资助学生1200人，人均资助标准2500元。'), 'r.md')).toEqual([]);
  });
});

describe('rate: growth over last year\'s figure stated right before it', () => {
  const report = (p: string) => `# 2024年度某医院部门整体支出绩效自评报告\n\n## 一、绩效情况\n\n${p}\n`;
  it('门诊量 X，较上年的 Y 增长 R%', () => {
    const text = (r: string) => report(`全年门诊量468017人次，较上年的449329人次增长${r}%；病床使用率94.70%。`);
    expect(hitsOf('rate', text('4.16'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('1.46'), 'r.md')).toEqual([['JX_CHECK_RATE', '1.46%']]);
  });
  it('this year\'s figure is not a base or a gap stated between (比预算数 X 少支出 Y)', () => {
    const text = (r: string) => report(`全年“三公”经费支出23.24万元，比预算数28.02万元少支出4.78万元，比上年25.57万元下降${r}%。`);
    expect(hitsOf('rate', text('9.1'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('19.1'), 'r.md')).toEqual([['JX_CHECK_RATE', '19.1%']]);
  });
});

describe('rate: a share named by one part of the 其中 list before it', () => {
  it('中央资金占比 = 中央财政资金 ÷ the list\'s total', () => {
    const text = (r: string) => `# 2024年度某县专项资金绩效自评报告\n\n## 一、资金情况\n\n2024年共筹集专项资金1,060.52万元，其中中央财政资金625.98万元、省级财政资金206.95万元、县级财政资金227.59万元，中央资金占比${r}%。\n`;
    expect(hitsOf('rate', text('59.03'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('50.93'), 'r.md')).toEqual([['JX_CHECK_RATE', '50.93%']]);
  });
});

describe('rate: a figure followed by its own sum in brackets', () => {
  const text = (per: string) => `# 2024年度某项目支出绩效自评报告\n\n## 一、绩效情况\n\n按受益低保对象5,587人测算，人均补助${per}元（330.40万元÷5,587人）。补助标准参照100～2000元执行。\n`;
  it('is that quotient; a per-head with its own sum is not held to the spending', () => {
    expect(hitsOf('rate', text('591.37'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('519.37'), 'r.md')).toEqual([['JX_CHECK_RATE', '519.37元']]);
  });
  it('a change after a bracketed breakdown is the whole\'s (共支出 X（a、b、0.00），同比减少 Y，降幅 R%)', () => {
    const change = (r: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 三公经费\n\n“三公”经费共支出21.31万元（公务接待7.15万元、公务用车运行维护14.16万元、因公出国（境）0.00万元），同比减少3.58万元，降幅${r}%；上年同期为24.89万元。\n`;
    expect(hitsOf('rate', change('14.38'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', change('41.38'), 'r.md')).toEqual([['JX_CHECK_RATE', '41.38%']]);
  });
});

describe('rate: bare numbers under a rate header are percents', () => {
  it('执行率 | 96.19 with no % anywhere', () => {
    const table = (r: string) =>
      `# 2024年度某项目支出绩效自评报告\n\n表2 资金使用明细表\n\n单位：万元\n\n| 子项名称 | 全年预算 | 实际支出 | 执行率 | 结余 |\n|---|---|---|---|---|\n| 1.田块整治 | 346.80 | 333.59 | 96.19 | 13.21 |\n| 2.科技服务 | 463.60 | 463.60 | ${r} | 0.00 |\n| 合计 | 810.40 | 797.19 | 98.37 | 13.21 |\n`;
    expect(hitsOf('rate', table('100.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', table('104.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '104.00']]);
  });
  it('a staff table\'s 控制率 is this year\'s staff over the quota, not last year\'s', () => {
    const table = (r: string) =>
      `# 2024年度某局部门整体支出绩效自评报告\n\n| 人员类别 | 编制数（人） | 上年末实有（人） | 本年末实有（人） | 离退休（人） | 编制控制率 |\n|---|---|---|---|---|---|\n| 合计 | 26 | 16 | 20 | 12 | 76.92 |\n| 其中：行政编制 | 18 | 11 | 14 | 8 | ${r} |\n`;
    expect(hitsOf('rate', table('77.78'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', table('71.78'), 'r.md')).toEqual([['JX_CHECK_RATE', '71.78']]);
  });
});

describe('rate: a whole year\'s budget with its rate, the spending stated earlier', () => {
  const report = (budget: string, item = '') =>
    `# 2024年度某项目支出绩效自评报告\n\n## 二、资金使用情况\n\n项目资金全年执行884.75万元，占全年预算的93.66%。\n\n## 五、结论\n\n${item}综合以上情况，项目年度资金${budget}万元已基本执行到位（执行率93.66%），各项产出目标基本完成。\n`;
  it('is held to the spending over that budget', () => {
    expect(hitsOf('rate', report('944.6'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', report('947.6'), 'r.md')).toEqual([['JX_CHECK_RATE', '93.66%']]);
  });
  it('not in a list item, which is one item\'s', () => {
    expect(hitsOf('rate', report('947.6', '甲项目：'), 'r.md')).toEqual([]);
  });
});

describe('rate: rates of two counts a survey states, and a control rate called by another name', () => {
  const report = (p: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、满意度\n\n${p}\n`;
  it('回收率 = 有效 ÷ 发放, 满意度 = 满意 ÷ 有效; last year\'s 满意度 is not held to them', () => {
    const text = (r: string) => report(`共发放问卷1,145份，回收有效问卷1,021份，回收率89.2%；其中表示满意和基本满意的1,001份，满意度${r}%，较上年的94.7%有所提高。`);
    expect(hitsOf('rate', text('98.0'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('98.3'), 'r.md')).toEqual([['JX_CHECK_RATE', '98.3%']]);
  });
  it('levels listed, then their sum over the valid count the rate is stated within (在N份有效问卷中的满意度)', () => {
    const text = (r: string) => report(`共发放问卷300份，有效问卷288份，其中很满意170份、满意95份、一般18份、不满意5份。按“很满意”与“满意”合计265份计算，在288份有效问卷中的满意度为${r}%。`);
    expect(hitsOf('rate', text('92.01'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('95.01'), 'r.md')).toEqual([['JX_CHECK_RATE', '95.01%']]);
  });
  it('满意度 over the households surveyed (共调查N户，其中表示满意的M户)', () => {
    const text = (r: string) => report(`委托第三方抽样调查救助对象，共调查400户，其中表示满意的372户，满意度为${r}%。`);
    expect(hitsOf('rate', text('93.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('98.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '98.00%']]);
  });
  it('编制使用率（人员控制率） over the staff stated before the semicolon', () => {
    const text = (r: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、基本情况\n\n单位现有在职职工136人，分别为行政人员90人和事业人员46人；核定编制155名，编制使用率（人员控制率）${r}%。\n`;
    expect(hitsOf('rate', text('87.74'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('87.04'), 'r.md')).toEqual([['JX_CHECK_RATE', '87.04%']]);
  });
});

describe('rate: last year\'s figure opens the sentence, this year\'s is in the sentence before', () => {
  const text = (r: string, group = '') => `# 2024年度某中心部门整体支出绩效自评报告\n\n## 二、支出情况\n\n2024年全年实际支出2,600.00万元${group}，预算执行率98.50%。上年支出为2,400.00万元，本年比上年增长${r}%，主要是新增检测项目。\n`;
  it('(this year − last year) ÷ last year', () => {
    expect(hitsOf('rate', text('8.33'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('3.83'), 'r.md')).toEqual([['JX_CHECK_RATE', '3.83%']]);
  });
  it('a part (其中基本支出) is not this year\'s whole; two figures of that name leave it unread', () => {
    expect(hitsOf('rate', text('3.83', '，其中基本支出1,900.00万元'), 'r.md')).toEqual([['JX_CHECK_RATE', '3.83%']]);
    expect(hitsOf('rate', text('3.83', '，财政拨款支出2,100.00万元'), 'r.md')).toEqual([]);
  });
});

describe('rate: a completion rate whose task was stated in an earlier paragraph', () => {
  const text = (r: string) =>
    `# 2024年度某县高标准农田建设项目绩效自评报告\n\n## 一、概况\n\n省厅下达我县高标准农田建设任务4.0万亩，其中高效节水灌溉1.0万亩。\n\n## 二、绩效\n\n实际建成高标准农田4.12万亩，任务完成率${r}%；其中高效节水灌溉0.9万亩，完成率90.00%。\n`;
  it('the actual over the task whose name it shares', () => {
    expect(hitsOf('rate', text('103.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('113.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '113.00%']]);
  });
  it('a task listed under a head on targets, sharing a two-character name with the actual', () => {
    const text = (r: string) =>
      `# 2024年度某县农村公路养护项目绩效自评报告\n\n## 一、概况\n\n项目年初设定的绩效目标主要包括：全年完成日常养护里程不少于1150公里；实施中修工程42公里；群众满意度不低于90%。\n\n## 三、绩效\n\n二是中修工程有序推进。全年完成中修40.5公里，完成率${r}%，剩余路段顺延。\n`;
    expect(hitsOf('rate', text('96.43'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('94.43'), 'r.md')).toEqual([['JX_CHECK_RATE', '94.43%']]);
  });
  it('quiet when two tasks share the name as much', () => {
    const two = `# 2024年度某项目绩效自评报告\n\n## 一、概况\n\n下达培训任务500人次，另下达培训任务300人次。\n\n## 二、绩效\n\n完成培训520人次，任务完成率150.00%。\n`;
    expect(hitsOf('rate', two, 'r.md')).toEqual([]);
  });
});

describe('rate: an execution rate over the fund its sentence names, with no budget named', () => {
  const text = (r: string) => `# 2024年度某县水库维修养护项目绩效自评报告\n\n## 二、资金使用\n\n1．乡镇维修养护资金200.00万元已全部拨付到乡镇，乡镇实际支出190.00万元，执行率${r}%。\n`;
  it('spending ÷ that fund', () => {
    expect(hitsOf('rate', text('95.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('92.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '92.00%']]);
  });
});

describe('rate: 到位率, what arrived over what was planned, in one sentence', () => {
  const text = (r: string) => `# 2024年度某项目支出绩效自评报告\n\n## 二、资金到位\n\n项目计划投入2,000.00万元，实际到位1,880.00万元，资金到位率${r}%。县级配套应到位300.00万元，实际到位180.00万元。\n`;
  it('到位 ÷ 计划', () => {
    expect(hitsOf('rate', text('94.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('49.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '49.00%']]);
  });
});

describe('sum: a change against the start of the year stated before it', () => {
  const text = (d: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 资产管理情况\n\n截至2024年末，我局资产总额105.33万元，较年初82.97万元增加${d}万元。\n`;
  it('年末 − 年初 = 增加', () => {
    expect(hitsOf('rate', text('22.36'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('223.6'), 'r.md')).toEqual([['JX_CHECK_SUM', '223.6万元']]);
  });
});

describe('rate: a figure, then 占 the whole it is a share of, then the rate', () => {
  const text = (a: string) => `# 2024年度某项目支出绩效自评报告\n\n## 二、资金使用\n\n**小结：**本年度实际支出${a}，占全年预算31,250,000元的96.00%。\n`;
  it('the figure ÷ that whole, across 万元 and 元', () => {
    expect(hitsOf('rate', text('3,000万元'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('300万元'), 'r.md')).toEqual([['JX_CHECK_RATE', '96.00%']]);
    expect(hitsOf('rate', text('3,000元'), 'r.md')).toEqual([['JX_CHECK_RATE', '96.00%']]);
  });
});

describe('rate: each rate of a sentence listing several indicators has its own target', () => {
  const text = (n: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、绩效情况\n\n培训农技人员80人次，完成年度目标（100人次）的80.00%；全年推广新品种42个，为年度目标${n}个的105.0%，超额完成。\n`;
  it('the target after the rate before it', () => {
    expect(hitsOf('rate', text('40'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('41'), 'r.md')).toEqual([['JX_CHECK_RATE', '105.0%']]);
  });
});

describe('rate: a pass rate whose numerator is a part of the count checked', () => {
  const text = (n: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、绩效情况\n\n共组织验收建设项目25个，其中一次性验收合格${n}个，验收合格率为96.0%。\n`;
  it('其中 … 合格 over the count before it, though its name says 验收 too', () => {
    expect(hitsOf('rate', text('24'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('23'), 'r.md')).toEqual([['JX_CHECK_RATE', '96.0%']]);
  });
});

describe('rate: a bare per-head after the count, the sentence\'s one amount over it', () => {
  const text = (s: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、绩效情况\n\n${s}\n`;
  it('人均 = the amount ÷ the people right before it', () => {
    expect(hitsOf('rate', text('安排补助资金120.00万元，惠及困难群众1500人，人均800.00元。'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('安排补助资金120.00万元，惠及困难群众1600人，人均800.00元。'), 'r.md')).toEqual([['JX_CHECK_RATE', '800.00元']]);
  });
  it('quiet with two amounts, or 户均 over people', () => {
    expect(hitsOf('rate', text('安排补助资金120.00万元、配套资金30.00万元，惠及困难群众1600人，人均800.00元。'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('安排补助资金120.00万元，惠及困难群众1600人，户均800.00元。'), 'r.md')).toEqual([]);
  });
});

describe('rate: 完成率 of bare whole numbers whose unit stands in a column of its own', () => {
  const text = (r: string) => `# 2024年度某项目支出绩效自评报告\n\n## 三、产出\n\n| 指标名称 | 计量单位 | 年度目标 | 实际完成 | 完成率 |\n|---|---|---|---|---|\n| 改造供水站 | 处 | 46 | 49 | ${r} |\n| 配备检测设备 | 台 | 58 | 59 | 101.72 |\n| 水样检测 | 批次 | 240 | 254 | 105.83 |\n`;
  it('counts exactly: 49 ÷ 46 is 106.52%, not anything from 48.5 ÷ 46.5 to 49.5 ÷ 45.5', () => {
    expect(hitsOf('rate', text('106.52'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('106.25'), 'r.md')).toEqual([['JX_CHECK_RATE', '106.25']]);
  });
});

describe('rate: a 节约率 column, its base read from the rows', () => {
  const text = (r: string) => `# 2024年度某学校部门整体支出绩效自评报告\n\n## 政府采购\n\n单位：万元\n\n| 采购类别 | 采购预算 | 实际采购 | 节约金额 | 节约率 |\n|---|---|---|---|---|\n| 货物类 | 30.00 | 28.20 | 1.80 | 6.00 |\n| 工程类 | 50.00 | 49.50 | 0.50 | 1.00 |\n| 服务类 | 40.00 | 38.00 | 2.00 | ${r} |\n| 合计 | 120.00 | 115.70 | 4.30 | 3.58 |\n`;
  it('节约金额 ÷ 采购预算 on every row', () => {
    expect(hitsOf('rate', text('5.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('5.50'), 'r.md')).toEqual([['JX_CHECK_RATE', '5.50']]);
  });
});

describe('rate: a gap whose base is named by its word (较预算节约 G)', () => {
  const text = (g: string, mid = '决算6.40万元，') => `# 2024年度某局部门整体支出绩效自评报告\n\n## 三公经费\n\n2024年“三公”经费预算8.20万元，${mid}较预算节约${g}万元。\n`;
  it('is the budget stated earlier in the sentence less the figure before the gap', () => {
    expect(hitsOf('rate', text('1.80'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('1.08'), 'r.md')).toEqual([['JX_CHECK_SUM', '1.08万元']]);
  });
  it('quiet when no spending stands between the budget and the gap', () => {
    expect(hitsOf('rate', text('1.08', ''), 'r.md')).toEqual([]);
  });
});

describe('rate: an item\'s share of the whole year\'s spending, which it does not restate', () => {
  const text = (r: string) => `# 2024年度某医院项目支出绩效自评报告\n\n## 二、资金使用\n\n截至2024年末，全年实际支出1200.00万元，预算执行率96.00%。\n\n执行率口径为实际支出除以全年预算1250.00万元。\n\n设备购置：安排预算500.00万元，实际支出480.00万元，占项目总支出的40.0%。\n\n人员培训：安排预算320.00万元，实际支出300.00万元，占项目总支出的${r}。\n`;
  it('is the item\'s spending over the year\'s (not the other items\' nor the budget)', () => {
    expect(hitsOf('rate', text('25.0%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('27.5%'), 'r.md')).toEqual([['JX_CHECK_RATE', '27.5%']]);
  });
});

describe('rate: a unit cost, the spending before it over the count of that unit', () => {
  const text = (c: string) => `# 2024年度某县文化惠民项目支出绩效自评报告\n\n## 三、产出\n\n1.开展文艺培训25期，超额完成年度目标。对应子项实际支出80.00万元，平均每期投入${c}万元。\n\n2.送戏下乡服务1,600人次，完成年度目标。对应子项实际支出40.00万元，平均每人次投入0.0250万元。\n\n3.修缮文化广场1,250亩，完成年度目标。对应子项实际支出50.00万元，平均每亩投入0.0400万元。\n`;
  it('平均每期 = 支出 ÷ 期数; other units read alike', () => {
    expect(hitsOf('rate', text('3.2000'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('3.0200'), 'r.md')).toEqual([['JX_CHECK_RATE', '3.0200万元']]);
    expect(hitsOf('rate', text('3.2000').replace('0.0250万元', '0.0205万元'), 'r.md')).toEqual([['JX_CHECK_RATE', '0.0205万元']]);
    expect(hitsOf('rate', text('3.2000').replace('0.0400万元', '0.0440万元'), 'r.md')).toEqual([['JX_CHECK_RATE', '0.0440万元']]);
  });
  it('quiet when the paragraph states no count of that unit', () => {
    expect(hitsOf('rate', text('3.0200').replace('25期', '25场'), 'r.md')).toEqual([]);
  });
});

describe('rate: a sheet whose unit and header stand below its title row', () => {
  const text = (r: string) => `# 2024年度转移支付区域绩效自评表\n\n| （2024年度） |  |  |  |  |  |  |  | 单位：万元 |\n|---|---|---|---|---|---|---|---|---|\n| 转移支付名称 | 某补助资金 |  |  |  |  |  |  |  |\n| 资金情况 | 地区 | 全年预算数（A） |  |  | 全年执行数（B） |  |  | 执行率（B/A） |\n|  |  | 合计 | 中央补助 | 地方资金 | 合计 | 中央补助 | 地方资金 |  |\n|  | 甲街道 | 200.00 | 150.00 | 50.00 | 190.00 | 140.00 | 50.00 | 95.00% |\n|  | 乙镇 | 300.00 | 240.00 | 60.00 | 270.00 | 220.00 | 50.00 | ${r} |\n|  | 丙乡 | 100.00 | 80.00 | 20.00 | 98.00 | 78.00 | 20.00 | 98.00% |\n|  | 合计 | 600.00 | 470.00 | 130.00 | 558.00 | 438.00 | 120.00 | 93.00% |\n`;
  it('执行率 (B/A) is read on the pair of columns its rows fit', () => {
    expect(hitsOf('rate', text('90.00%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('92.00%'), 'r.md')).toEqual([['JX_CHECK_RATE', '92.00%']]);
  });
});

describe('rate: a 三公 table whose header is two rows (2024年 over 预算 | 决算, 比上年 over 增减额 | 增减率)', () => {
  const text = (r: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 三公经费\n\n单位：万元\n\n| 项目 | 2023年决算 | 2024年 |  | 比上年 |  |\n|---|---|---|---|---|---|\n|  |  | 预算 | 决算 | 增减额 | 增减率 |\n| 合计 | 10.00 | 11.00 | 9.00 | -1.00 | -10.00 |\n| 1.公务用车运行维护费 | 6.00 | 7.00 | 6.50 | 0.50 | 8.33 |\n| 2.公务接待费 | 4.00 | 4.00 | 2.50 | -1.50 | ${r} |\n`;
  it('增减率 = (决算 − 2023年决算) ÷ 2023年决算, the 2023 column named by the upper row alone', () => {
    expect(hitsOf('rate', text('-37.50'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('-35.70'), 'r.md')).toEqual([['JX_CHECK_RATE', '-35.70']]);
  });
});

describe('rate: a change table of one or two rows, its columns named by their years', () => {
  const doc = (table: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、收支\n\n单位：万元\n\n${table}\n`;
  it('本年数 | 上年数 | 增减额 | 增减率: the later year less the earlier, over the earlier', () => {
    const text = (d: string, r: string) => doc(`| 项目 | 本年数 | 上年数 | 增减额 | 增减率 |\n|---|---|---|---|---|\n| 公用经费 | 88.50 | 92.00 | ${d} | ${r} |`);
    expect(hitsOf('rate', text('-3.50', '-3.80%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('-3.50', '-4.80%'), 'r.md')).toEqual([['JX_CHECK_RATE', '-4.80%']]);
    expect(hitsOf('rate', text('-4.50', '-3.80%'), 'r.md')).toEqual([['JX_CHECK_SUM', '-4.50']]);
  });
  it('the earlier year first in the header (2023年决算数 | 2024年决算数) is still the base', () => {
    const text = (d: string) => doc(`| 项目 | 2023年决算数 | 2024年决算数 | 较上年增减 |\n|---|---|---|---|\n| 公用经费 | 92.00 | 88.50 | ${d} |\n| 人员经费 | 100.00 | 110.00 | 10.00 |`);
    expect(hitsOf('rate', text('-3.50'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('-4.50'), 'r.md')).toEqual([['JX_CHECK_SUM', '-4.50']]);
  });
  it('quiet when a year has two columns and nothing pairs them (2024年预算 | 2024年决算 | 2023年): the header does not say which is compared', () => {
    const text = doc('| 项目 | 2024年预算 | 2024年决算 | 2023年 | 增减额 |\n|---|---|---|---|---|\n| 公用经费 | 90.00 | 88.50 | 92.00 | -1.50 |');
    expect(hitsOf('rate', text, 'r.md')).toEqual([]);
  });
  it('2023年决算 | 2024年预算 | 2024年决算 | 较上年增减 of percents: the two 决算 columns, the change a rate', () => {
    const text = (r: string) => doc(`| 项目 | 2023年决算 | 2024年预算 | 2024年决算 | 较上年增减 |\n|---|---|---|---|---|\n| 公务接待费 | 3.62 | 3.50 | 2.87 | -20.7% |\n| 公务用车运行维护费 | 6.40 | 6.00 | 5.58 | ${r} |`);
    expect(hitsOf('rate', text('-12.8%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('-18.2%'), 'r.md')).toEqual([['JX_CHECK_RATE', '-18.2%']]);
  });
  it('quiet when both rows go another way than the header\'s years', () => {
    const text = doc('| 项目 | 2024年 | 2023年 | 增减额 |\n|---|---|---|---|\n| 收入 | 120.00 | 100.00 | -20.00 |\n| 支出 | 90.00 | 100.00 | 10.00 |');
    expect(hitsOf('rate', text, 'r.md')).toEqual([]);
  });
});

describe('rate: a share whose part or whole is named in a sentence before it', () => {
  const doc = (body: string) => `# 2024年度某中心部门整体支出绩效自评报告\n\n## 二、支出情况\n\n${body}\n`;
  it('基本支出占全部支出的X% a paragraph after both amounts', () => {
    const text = (r: string) => doc(`全年实际支出1662.11万元，预算执行率99.15%。其中：基本支出713.16万元（人员经费624.80万元，公用经费88.36万元），项目支出948.95万元。\n\n基本支出占全部支出的${r}，主要为一线职工工资。`);
    expect(hitsOf('rate', text('42.91%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('45.91%'), 'r.md')).toEqual([['JX_CHECK_RATE', '45.91%']]);
  });
  it('a list item\'s （占项目支出的X%） over the 项目支出 of the line that opens the list', () => {
    const text = (r: string) => doc(`2024年项目支出3,650.00万元，具体为：\n\n1. 文化惠民演出486.30万元（占项目支出的13.3%）；\n2. 旅游宣传推介712.40万元（占项目支出的${r}）；\n3. 其他2,451.30万元。`);
    expect(hitsOf('rate', text('19.5%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('17.8%'), 'r.md')).toEqual([['JX_CHECK_RATE', '17.8%']]);
  });
  it('quiet when the nearest sentence naming the whole names two figures so (budget and spending)', () => {
    const text = doc('全年预算项目支出4,000.00万元，实际项目支出3,650.00万元。\n\n其中设备购置1,000.00万元，占项目支出的25.00%。');
    expect(hitsOf('rate', text, 'r.md')).toEqual([]);
  });
});

describe('rate: a part\'s 占比 after a table of the section that lists it and a 合计 row', () => {
  const doc = (table: string, r: string) => `# 2024年度某县养老服务补贴项目支出绩效自评报告\n\n## 二、资金使用情况\n\n${table}\n\n高龄津贴支出占比${r}。\n`;
  const one = '| 序号 | 支出内容 | 金额（万元） |\n|---|---|---|\n| 1 | 高龄津贴 | 498.36 |\n| 2 | 居家养老服务补贴 | 328.44 |\n| 合计 |  | 826.80 |';
  it('is the row over the total, in the one column both state', () => {
    expect(hitsOf('rate', doc(one, '60.28%'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', doc(one, '62.08%'), 'r.md')).toEqual([['JX_CHECK_RATE', '62.08%']]);
  });
  it('of two amount columns, the one headed as spending; quiet when neither or both are', () => {
    const two = (a: string, b: string) => `| 项目 | ${a} | ${b} |\n|---|---|---|\n| 高龄津贴 | 500.00 | 498.36 |\n| 居家养老服务补贴 | 330.00 | 328.44 |\n| 合计 | 830.00 | 826.80 |`;
    expect(hitsOf('rate', doc(two('预算数', '支出数'), '62.08%'), 'r.md')).toEqual([['JX_CHECK_RATE', '62.08%']]);
    expect(hitsOf('rate', doc(two('上半年', '下半年'), '62.08%'), 'r.md')).toEqual([]);
  });
});

describe('rate: a per-head over a count the sentence names (按年末在职人数计算)', () => {
  const text = (p: string) => `# 2024年度某校部门整体支出绩效自评报告\n\n## 一、基本情况\n\n截至2024年末，我校核定编制60人，年末实有在职人员50人；与上年末在职人数48人相比增加2人。\n\n## 二、支出情况\n\n2024年基本支出900.00万元，其中人员经费860.00万元，公用经费40.00万元。\n\n按年末在职人数计算，人均公用经费${p}万元。\n`;
  it('is the amount over the one count so named, this year\'s', () => {
    expect(hitsOf('rate', text('0.80'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('0.83'), 'r.md')).toEqual([['JX_CHECK_RATE', '0.83万元']]);
  });
});

describe('rate: a unit cost with its count between the spending and the cost', () => {
  const text = (c: string) => `# 2024年度某县戏曲进乡村项目支出绩效自评报告\n\n## 三、产出\n\n全年共演出2,000场。若把设备购置费用一并计入，全年实际支出2,400.00万元分摊到2,000场，平均每场投入${c}万元。\n`;
  it('is the spending over that count', () => {
    expect(hitsOf('rate', text('1.20'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('1.02'), 'r.md')).toEqual([['JX_CHECK_RATE', '1.02万元']]);
  });
});

describe('rate: a gap named by its words, between the two figures before it', () => {
  const report = (p: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 一、情况\n\n${p}\n`;
  it('采购预算A，签订合同B，节约资金C: C = A − B', () => {
    expect(hitsOf('rate', report('全年政府采购预算800.00万元，签订合同760.50万元，节约资金39.50万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', report('全年政府采购预算800.00万元，签订合同760.50万元，节约资金93.50万元。'), 'r.md')).toEqual([['JX_CHECK_SUM', '93.50万元']]);
  });
  it('决算A，上年决算B，较上年减少C: C = B − A', () => {
    expect(hitsOf('rate', report('2024年“三公”经费决算8.17万元，上年决算9.01万元，较上年减少0.84万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', report('2024年“三公”经费决算8.17万元，上年决算9.01万元，较上年减少0.48万元。'), 'r.md')).toEqual([['JX_CHECK_SUM', '0.48万元']]);
  });
});

describe('rate: a per-head whose name opens with the year and the area', () => {
  const text = (p: string) => `# 2024年度某县基本公共卫生服务项目支出绩效自评报告\n\n## 三、效益\n\n按实际支出1,200.00万元和常住人口150,000人计算，2024年全县人均实际使用基本公共卫生服务经费${p}元。\n`;
  it('is the amount over the count of its sentence', () => {
    expect(hitsOf('rate', text('80.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('88.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '88.00元']]);
  });
});

describe('rate: growth over last year\'s figure in brackets, and a per-head over the year\'s spending it names', () => {
  it('比2023年（128场次）增加18场次，增长R%', () => {
    const text = (r: string) => `# 2024年度某文化馆项目绩效自评报告\n\n## 三、绩效\n\n全年组织各类文化活动146场次，年度目标120场次，完成率121.67%；比2023年（128场次）增加18场次，增长${r}%。\n`;
    expect(hitsOf('rate', text('14.06'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('16.06'), 'r.md')).toEqual([['JX_CHECK_RATE', '16.06%']]);
  });
  it('按项目全年实际支出计算，人均补助X', () => {
    const text = (x: string) => `# 2024年度某社区助餐项目绩效自评报告\n\n## 二、资金\n\n全年实际支出160.00万元。\n\n1.运营补助540,000元。\n\n## 三、绩效\n\n在册老年人共3,200人，按项目全年实际支出计算，人均补助${x}元。\n`;
    expect(hitsOf('rate', text('500.00'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', text('580.00'), 'r.md')).toEqual([['JX_CHECK_RATE', '580.00元']]);
  });
});

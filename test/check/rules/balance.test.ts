import { describe, expect, it } from 'vitest';
import { NEEDS_SEEDS, context, hitsOf, ruleById, seed } from './support.js';

const section = (body: string): string => `一、预算资金使用情况\n（一）专项资金情况\n${body}\n二、绩效情况\n无。\n`;

describe('balance: 上年结转 + 预算 − 实际支出 = 结余结转', () => {
  const valid: [string, string][] = [
    ['with carry-over and 调增', '一是甲专项，上年结转2.00万元，年初预算10.00万元，年中调增1.00万元，实际支出12.00万元，结余结转1.00万元。'],
    ['全年预算 and 支出', '全年预算300.00万元，实际支出280.00万元，结余结转20.00万元。'],
    ['a line that goes on after semicolons with roles alone', '年初预算2,706.00万元，年中追加914.76万元，全年预算3,620.76万元；全年支出3,488.19万元，预算执行率96.34%；年末结转结余132.57万元。'],
    ['nothing left', '年初预算50.00万元，实际支出50.00万元，结余结转0.00万元。'],
    ['a difference within the rounding of four figures', '上年结转1.32万元，年初预算6万元，年中调增0.85万元，实际支出6.85万元，结余结转1.31万元。'],
    ['no budget stated', '年中调增8.00万元，实际支出8.00万元，结余结转0.00万元。'],
  ];
  const invalid: [string, string, string][] = [
    ['with carry-over and 调增', '一是甲专项，上年结转2.00万元，年初预算10.00万元，年中调增1.00万元，实际支出12.00万元，结余结转2.00万元。', '2.00万元'],
    ['全年预算 and 支出', '全年预算300.00万元，实际支出280.00万元，结余结转25.00万元。', '25.00万元'],
    ['a line that goes on after semicolons with roles alone', '年初预算2,706.00万元，年中追加914.76万元，全年预算3,620.76万元；全年支出3,488.19万元，预算执行率96.34%；年末结转结余123.57万元。', '123.57万元'],
  ];
  for (const [name, body] of valid) {
    it(`quiet: ${name}`, () => expect(hitsOf('balance', section(body))).toEqual([]));
  }
  for (const [name, body, flagged] of invalid) {
    it(`finds: ${name}`, () => expect(hitsOf('balance', section(body))).toEqual([['JX_CHECK_BALANCE', flagged]]));
  }

  it('finds a balance against the whole-year budget stated before it in its section', () => {
    const text = section('年初预算300.00万元，年中调增20.00万元，调整后全年预算数为320.00万元。\n全年实际支出300.00万元，预算执行率93.75%，年末结转结余25.00万元。');
    expect(hitsOf('balance', text)).toEqual([['JX_CHECK_BALANCE', '25.00万元']]);
    expect(hitsOf('balance', text.replace('25.00万元', '20.00万元'))).toEqual([]);
  });

  it('an earlier budget is not held to the spending of one thing, nor to a balance with a carry-over stated elsewhere', () => {
    const named = section('调整后全年预算数为320.00万元。\n其中项目支出实际支出120.00万元，结余结转25.00万元。');
    expect(hitsOf('balance', named)).toEqual([]);
    const carried = `一、收入情况\n上年结转结余15.00万元。\n${section('调整后全年预算数为320.00万元。\n全年实际支出300.00万元，年末结转结余35.00万元。')}`;
    expect(hitsOf('balance', carried)).toEqual([]);
  });

  it('says what is left', () => {
    const [hit] = ruleById('balance').check(context(section('全年预算300.00万元，实际支出280.00万元，结余结转25.00万元。')));
    expect(hit?.message).toBe('300.00万元 − 280.00万元 应结余 20.00万元，与所列结余结转 25.00万元 相差 5.00万元');
    expect(hit?.expected).toBe('20.00万元');
  });

  it('a line the budget-adjust rule already compares is not checked twice', () => {
    const text = section('年初预算100万元，年中压减20万元，实际支出85.00万元，结余结转0万元。');
    expect(hitsOf('balance', text)).toEqual([]);
  });
});

describe('balance on the seeds', () => {
  it('lusong-2023: 1.32 + 6 + 0.85 − 6.85 = 1.32 and the other lines hold', NEEDS_SEEDS, () => {
    expect(hitsOf('balance', seed('lusong-2023-kegongxin-department.txt'), 'lusong-2023-kegongxin-department.txt')).toEqual([]);
  });
  it('lusong-2023 with the 结余结转 changed: found', NEEDS_SEEDS, () => {
    const text = seed('lusong-2023-kegongxin-department.txt').replace('结余结转1.32万元。', '结余结转1.00万元。');
    expect(hitsOf('balance', text, 'lusong-2023-kegongxin-department.txt')).toEqual([['JX_CHECK_BALANCE', '1.00万元']]);
  });
  it('zhuzhou-2024 and zhuzhou-2022: quiet', NEEDS_SEEDS, () => {
    expect(hitsOf('balance', seed('zhuzhou-2024-keji-fund-project.md'), 'zhuzhou-2024-keji-fund-project.md')).toEqual([]);
    expect(hitsOf('balance', seed('zhuzhou-2022-kejiju-department.txt'), 'zhuzhou-2022-kejiju-department.txt')).toEqual([]);
  });
});

describe('balance in a table: (年初结转结余 +) 收入 or 预算 − 支出 = 结余, by the columns’ names', () => {
  const table = (head: string, rows: readonly string[]): string =>
    `# 2024年度部门整体支出绩效自评报告\n\n## 二、预算执行情况\n\n单位：万元\n\n| ${head} |\n${head.split('|').map(() => '---').join('|')}\n${rows.map((r) => `| ${r} |`).join('\n')}\n`;
  const projects = (left: string) => table('项目名称 | 全年预算 | 实际支出 | 结余 | 结余原因', [
    `甲项目 | 142.00 | 118.72 | ${left} | 验收后付款`,
    '乙项目 | 365.50 | 349.08 | 16.42 | 待结算',
    '丙项目 | 186.00 | 181.35 | 4.65 | 采购节约',
  ]);
  const funds = (spent: string) => table('资金性质 | 年初结转结余 | 本年收入 | 本年支出 | 年末结转结余', [
    `一般公共预算财政拨款 | 386.42 | 18,652.30 | ${spent} | 227.15`,
    '政府性基金预算财政拨款 | 120.00 | 2,300.00 | 2,284.60 | 135.40',
    '其他资金 | — | 312.60 | 301.25 | 11.35',
  ]);

  it('quiet when every row holds, a dash for nothing carried in', () => {
    expect(hitsOf('balance', projects('23.28'))).toEqual([]);
    expect(hitsOf('balance', funds('18,811.57'))).toEqual([]);
  });

  it('finds the row that does not hold, and says how it was reckoned', () => {
    expect(hitsOf('balance', projects('32.28'))).toEqual([['JX_CHECK_BALANCE', '32.28']]);
    const [hit] = ruleById('balance').check(context(funds('18,181.57'), 'report.md'));
    expect(hit?.mention.text).toBe('227.15');
    expect(hit?.message).toBe('一般公共预算财政拨款：年初结转结余 386.42万元 + 本年收入 18,652.30万元 − 本年支出 18,181.57万元 应为 857.15万元，与所列年末结转结余 227.15万元 相差 630.00万元');
    expect(hit?.expected).toBe('857.15万元');
  });

  it('a table whose balances are reckoned otherwise on most rows (a carry-over it does not show) is left alone', () => {
    const text = table('项目名称 | 全年预算 | 实际支出 | 结余', ['甲项目 | 100.00 | 90.00 | 15.00', '乙项目 | 50.00 | 45.00 | 8.00', '丙项目 | 20.00 | 20.00 | 0.00']);
    expect(hitsOf('balance', text)).toEqual([]);
  });

  it('needs one column of each: two budget columns (年初预算, 全年预算 beside 预算数) are no single reading', () => {
    const text = table('项目名称 | 预算数 | 全年预算 | 实际支出 | 结余', ['甲项目 | 90.00 | 100.00 | 90.00 | 15.00', '乙项目 | 50.00 | 50.00 | 45.00 | 5.00']);
    expect(hitsOf('balance', text)).toEqual([]);
  });
});

describe('balance said in a row’s 备注 (结余21.80万元，系…)', () => {
  const quarters = (said: string) =>
    `# 2024年度项目支出分季度执行情况\n\n单位：万元\n\n| 项目名称 | 全年预算 | 执行数 |  | 累计执行 | 执行率 | 备注 |\n|---|---|---|---|---|---|---|\n|  |  | 上半年 | 下半年 |  |  |  |\n| 甲项目 | 480.00 | 200.00 | 273.00 | 473.00 | 98.5% |  |\n| 乙项目 | 356.80 | 100.00 | 244.00 | 344.00 | 96.4% | 结余${said}万元，系设备采购节约 |\n| 丙项目 | 740.00 | 300.00 | 406.20 | 706.20 | 95.4% | 结余33.80万元，结转下年 |\n`;

  it('quiet when it is the budget less the spending to date (累计执行, not a period’s 执行数)', () => {
    expect(hitsOf('balance', quarters('12.80'), 'report.md')).toEqual([]);
  });

  it('finds one that is not', () => {
    const [hit] = ruleById('balance').check(context(quarters('21.80'), 'report.md'));
    expect(hit?.mention.text).toBe('21.80万元');
    expect(hit?.message).toBe('乙项目：全年预算 356.80万元 − 累计执行 344.00万元 应为 12.80万元，与所列备注中的结余 21.80万元 相差 9.00万元');
  });
});

describe('balance: a table of named values (资金使用情况)', () => {
  const sheet = (left: string, rate = '98.13%', extra = '') =>
    [
      '# 项目资金使用情况',
      '',
      '金额单位：万元',
      '',
      '| 项目 | 金额/比例 | 说明 |',
      '|---|---|---|',
      '| 年初预算数 | 2,727.77 |  |',
      '| 年中调整（追加+/压减-） | 434.29 | 省级追加补助 |',
      '| 全年预算数 | 3,162.06 |  |',
      '| 全年实际支出 | 3,102.93 |  |',
      `| 结余资金 | ${left} | 已按规定结转 |`,
      `| 预算执行率 | ${rate} |  |`,
      extra,
    ].join('\n');
  it('quiet when budget − spending is the balance', () => {
    expect(hitsOf('balance', sheet('59.13'), 'r.md')).toEqual([]);
    expect(hitsOf('rate', sheet('59.13'), 'r.md')).toEqual([]);
  });
  it('finds a balance that is not budget − spending, and a rate that is not spending ÷ budget', () => {
    expect(hitsOf('balance', sheet('51.93'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '51.93']]);
    expect(hitsOf('rate', sheet('59.13', '98.31%'), 'r.md')).toEqual([['JX_CHECK_RATE', '98.31%']]);
  });
  it('quiet when a name is on two rows (which is meant is not known)', () => {
    expect(hitsOf('balance', sheet('51.93', '98.13%', '| 结余 | 12.00 |  |'), 'r.md')).toEqual([]);
  });
});

describe('balance: what became of the balance, said after it', () => {
  const text = (b: string, tail: string) => `# 2024年度某乡部门整体支出绩效自评报告\n\n## 二、项目支出\n\n道路养护项目：全年预算52.40万元，实际支出49.10万元，结余${b}万元，${tail}。\n`;
  it('is no adjustment left unread: the line is checked', () => {
    expect(hitsOf('balance', text('3.30', '结余资金已按规定收回统筹'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('33.0', '结余资金已按规定收回统筹'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '33.0万元']]);
  });
  it('an adjustment cue before the last figure with no figure of its own still leaves the line alone', () => {
    expect(hitsOf('balance', `# 2024年度某乡部门整体支出绩效自评报告\n\n## 二、项目支出\n\n道路养护项目：全年预算52.40万元，年中收回部分资金，实际支出49.10万元，结余33.0万元。\n`, 'r.md')).toEqual([]);
  });
});

describe('balance: the whole year\'s budget stated in an earlier section', () => {
  const text = (b: string) => `# 2024年度某镇农房改造项目支出绩效自评报告\n\n## 二、资金情况\n\n### （一）资金投入情况\n\n全年预算300.00万元（年初预算280.00万元，调增20.00万元），资金构成如下：\n\n### （二）预算执行情况\n\n全年累计支出290.00万元，结转资金${b}万元，已按规定结转下年使用。\n`;
  it('is the budget of a spending line that states none', () => {
    expect(hitsOf('balance', text('10.00'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('100.0'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '100.0万元']]);
  });
  it('is not the budget of a line that states an amount of its own before the spending (下达a，支出b，结余c)', () => {
    const own = `# 2024年度某林场抚育项目支出绩效自评报告\n\n## 二、资金情况\n\n### （一）资金投入情况\n\n项目全年预算合计171.12万元，其中自有资金8.40万元。\n\n### （二）预算执行情况\n\n中央补助资金下达162.72万元，支出158.41万元，结余4.31万元。\n`;
    expect(hitsOf('balance', own, 'r.md')).toEqual([]);
  });
});

describe('balance: a 收入支出决算总表 in two halves', () => {
  const text = (end: string) => `# 2024年度某局部门整体支出绩效自评报告\n\n## 收入支出决算总表\n\n单位：万元\n\n| 收入 |  | 支出 |  |\n|---|---|---|---|\n| 项目 | 决算数 | 项目 | 决算数 |\n| 一般公共预算财政拨款收入 | 980.40 | 基本支出 | 610.20 |\n| 其他收入 | 20.00 | 项目支出 | 350.60 |\n| 本年收入合计 | 1,000.40 | 本年支出合计 | 960.80 |\n| 年初结转和结余 | 15.30 | 年末结转和结余 | ${end} |\n`;
  it('年初结转和结余 + 本年收入合计 − 本年支出合计 = 年末结转和结余', () => {
    expect(hitsOf('balance', text('54.90'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('45.90'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '45.90']]);
  });
});

describe('balance: a list item opening with its own amount', () => {
  const text = (b: string) => `# 2024年度某市河道治理项目支出绩效自评报告\n\n## 二、资金\n\n年初预算3,000.00万元，年中调减预算200.00万元，全年预算2,800.00万元。\n\n## 三、执行\n\n分资金来源看：\n\n- 市级财政资金1,800.00万元，支出1,700.00万元，结余100.00万元；\n- 地方政府专项债券1,000.00万元，支出950.00万元，结余${b}万元。\n`;
  it('is the item\'s budget, less its spending, its balance; the year\'s budget is not the item\'s', () => {
    expect(hitsOf('balance', text('50.00'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('5.00'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '5.00万元']]);
  });
});

describe('balance: a project\'s budget, spending and balance each in a sentence of its own', () => {
  const text = (left: string, extra = '') =>
    `# 2024年度某中学食堂改造项目绩效自评报告\n\n## 二、项目资金情况\n\n（一）资金来源。项目预算400.00万元，其中市级专项300.00万元。\n\n（二）资金支出。项目实际支出385.20万元，其中工程220.00万元。${extra}\n\n（三）资金结余。项目结余资金${left}万元，已上缴。\n`;
  it('预算 − 实际支出 = 结余', () => {
    expect(hitsOf('balance', text('14.80'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('41.80'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '41.80万元']]);
  });
  it('quiet when a carry-over or an adjustment may be in the balance', () => {
    expect(hitsOf('balance', text('41.80', '上年结转资金27.00万元。'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('41.80', '年中追加预算27.00万元。'), 'r.md')).toEqual([]);
  });
});

describe('balance: the unit calling itself by its kind (街道, 我局) spends the whole year\'s budget', () => {
  const text = (left: string) =>
    `# 某区某街道办事处2024年度部门整体支出绩效自评报告\n\n## 二、预算收支\n\n### （一）预算安排和调整\n\n2024年年初，区财政批复街道部门预算3,800.00万元。年中追加1,200.00万元，街道2024年全年预算调整为5,000.00万元。\n\n### （二）预算执行\n\n2024年，街道全年支出4,900.00万元，预算执行率为98.00%，年末结余${left}万元。\n`;
  it('全年预算 of the section before − spending = 结余', () => {
    expect(hitsOf('balance', text('100.00'), 'r.md')).toEqual([]);
    expect(hitsOf('balance', text('110.00'), 'r.md')).toEqual([['JX_CHECK_BALANCE', '110.00万元']]);
  });
});

import { describe, expect, it } from 'vitest';
import { hitsOf } from './support.js';

const md = (...lines: string[]): string => ['# 某某县农业局2024年度项目支出绩效自评报告', '', '## 一、项目资金情况', '', ...lines, ''].join('\n');

const FUND_TABLE = (exec: [string, string, string, string]): string[] => [
  '| 项目资金（万元） | 年初预算数 | 全年预算数 | 全年执行数 |',
  '|---|---|---|---|',
  `| 年度资金总额 | 500 | 500 | ${exec[0]} |`,
  `| 其中：当年财政拨款 | 400 | 400 | ${exec[1]} |`,
  `| 上年结转资金 | 100 | 100 | ${exec[2]} |`,
  `| 其他资金 | 0 | 0 | ${exec[3]} |`,
];

const ITEMS = ['', '| 项目 | 全年预算（万元） | 实际支出（万元） |', '|---|---|---|', '| 田间道路 | 200 | 190 |', '| 灌溉渠道 | 150 | 150 |', '| 农机补贴 | 100 | 90 |'];

describe('parts: 其中 rows of a table against their total row', () => {
  it('quiet when the three sources make up the total', () => {
    expect(hitsOf('parts', md(...FUND_TABLE(['430', '400', '30', '0'])), 'r.md')).toEqual([]);
  });
  it('finds a total the sources do not make up, in its own column', () => {
    expect(hitsOf('parts', md(...FUND_TABLE(['430', '400', '30', '10'])), 'r.md')).toEqual([['JX_CHECK_SUM', '430']]);
  });
  it('a 其中 row that is one part of several may fall short, never exceed', () => {
    const table = (part: string) => md('| 项目 | 金额（万元） |', '|---|---|', '| 项目支出 | 300 |', `| 其中：设备购置 | ${part} |`, '| 培训 | 500 |');
    expect(hitsOf('parts', table('120'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('320'), 'r.md')).toEqual([['JX_CHECK_SUM', '300']]);
  });
  it('an unindented row after the indented 其中 lines is no part (政府采购 under 公用经费)', () => {
    // One cell per line, each opening with a tab, a blank line between rows (as PDF-to-text gives it).
    const row = (...cells: string[]): string => `${cells.map((c) => `\t${c}`).join('\n')}\n`;
    const text = (office: string) =>
      ['某局2023年度部门整体支出绩效自评报告', '一、基础数据', '', row('项目', '上年决算（万元）', '本年决算（万元）'), row('公用经费', '25.30', '31.84'),
        row('    其中：办公经费', '1.59', office), row('      水费、电费', '1.59', '0.8'), row('政府采购金额', '8.5', '97.68')].join('\n');
    expect(hitsOf('parts', text('3.82'))).toEqual([]);
    // The indented lines are still read as parts: together they may not exceed their total.
    expect(hitsOf('parts', text('31.5'))).toEqual([['JX_CHECK_SUM', '31.84']]);
  });
});

describe('parts: items named in prose against their amounts elsewhere in the report', () => {
  it('finds a total the named items do not make up (the table’s 全年预算 column, as 安排 says)', () => {
    expect(hitsOf('parts', md('全年安排田间道路、灌溉渠道、农机补贴三个项目合计500万元，实际支出430万元。', ...ITEMS), 'r.md')).toEqual([['JX_CHECK_SUM', '500万元']]);
  });
  it('quiet when they do, in the role the total states', () => {
    expect(hitsOf('parts', md('全年安排田间道路、灌溉渠道、农机补贴三个项目合计450万元。', ...ITEMS), 'r.md')).toEqual([]);
    expect(hitsOf('parts', md('田间道路、灌溉渠道、农机补贴三个项目实际支出合计430万元。', ...ITEMS), 'r.md')).toEqual([]);
  });
  it('a list closed by a bare 等 may leave items out', () => {
    expect(hitsOf('parts', md('田间道路、灌溉渠道等项目实际支出合计430万元。', ...ITEMS), 'r.md')).toEqual([]);
  });
  it('an item the report gives two amounts for in one role is not guessed', () => {
    const twice = [...ITEMS, '', '田间道路实际支出185万元。'];
    expect(hitsOf('parts', md('田间道路、灌溉渠道、农机补贴三个项目实际支出合计500万元。', ...twice), 'r.md')).toEqual([]);
  });
});

describe('parts: a sentence opening with 其中 lists parts of the sentence before', () => {
  const text = (basic: string) =>
    md(`全年预算3,200.00万元，实际支出3,050.00万元。其中部门项目预算1,200.00万元，实际支出1,150.00万元；公共项目预算1,000.00万元，实际支出900.00万元；基本支出${basic}万元。`);
  it('quiet while the parts of each role stay within its total', () => {
    expect(hitsOf('parts', text('1,000.00'), 'r.md')).toEqual([]);
  });
  it('finds spending parts that exceed the spending total (a budget part is not a spending part)', () => {
    expect(hitsOf('parts', text('1,100.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '3,050.00万元']]);
  });
  it('figures in brackets break the part before them down: they are not parts beside it', () => {
    const bracketed = (project: string) =>
      md(`全年实际支出4179.09万元，预算执行率95.29%。其中基本支出1004.09万元（人员经费602.26万元、公用经费401.83万元），项目支出${project}万元。`);
    expect(hitsOf('parts', bracketed('3175.00'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', bracketed('3775.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '4179.09万元']]);
  });
  it('a gap between two parts (比甲区多支出g) is no part', () => {
    const gap = (b: string) => md(`各县区全年实际支出1,200.00万元。其中甲区全年支出480.00万元；乙县支出${b}万元，比甲区多支出240.00万元。`);
    expect(hitsOf('parts', gap('720.00'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', gap('820.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '1,200.00万元']]);
  });
});

describe('parts: rows marked 一、 against the unmarked rows under them', () => {
  const basic = (travel: string, third = false) => md(
    '| 项目 | 2024年预算数 | 2024年决算数 |',
    '|---|---|---|',
    '| 基本支出合计 | 200.00 | 190.00 |',
    '| 一、人员经费 | 150.00 | 148.00 |',
    '| 基本工资 | 100.00 | 99.00 |',
    '| 津贴补贴 | 50.00 | 49.00 |',
    '| 二、公用经费 | 50.00 | 42.00 |',
    '| 办公费 | 20.00 | 18.00 |',
    `| 差旅费 | 22.00 | ${travel} |`,
    '| 会议费 | 8.00 | 6.00 |',
    ...(third ? ['| 其中：培训 | 3.00 | 2.00 |'] : []),
  );

  it('quiet when each group is the sum of its rows', () => {
    expect(hitsOf('parts', basic('18.00'))).toEqual([]);
  });

  it('finds the group whose rows do not make it up in one column, where another column shows they are its parts', () => {
    expect(hitsOf('parts', basic('17.00'))).toEqual([['JX_CHECK_SUM', '42.00']]);
  });

  it('leaves a group alone when no column adds up (a level under it, or rows that are no parts)', () => {
    const text = md(
      '| 项目 | 预算数 | 决算数 |',
      '|---|---|---|',
      '| 一、人员经费 | 150.00 | 148.00 |',
      '| 工资福利 | 120.00 | 119.00 |',
      '| 基本工资 | 100.00 | 99.00 |',
      '| 津贴补贴 | 20.00 | 20.00 |',
      '| 二、公用经费 | 50.00 | 42.00 |',
      '| 办公费 | 20.00 | 18.00 |',
      '| 会议费 | 30.00 | 24.00 |',
    );
    expect(hitsOf('parts', text)).toEqual([]);
  });

  it('leaves a group with a 其中 row under it to the rule for 其中 rows', () => {
    expect(hitsOf('parts', basic('17.00', true)).filter(([, f]) => f === '42.00')).toEqual([]);
  });
});

describe('parts: a row’s 总分 against the 得分 columns beside it', () => {
  const summary = (third: string) => md(
    '| 序号 | 项目名称 | 执行率 | 预算执行率得分（10分） | 绩效指标得分（90分） | 自评总分 | 自评等级 |',
    '|---|---|---|---|---|---|---|',
    '| 1 | 甲项目 | 98.16% | 9.82 | 86.50 | 96.32 | 优 |',
    '| 2 | 乙项目 | 94.93% | 9.49 | 84.00 | 93.49 | 优 |',
    `| 3 | 丙项目 | 85.69% | 8.57 | 78.50 | ${third} | 良 |`,
    '| 合计 |  | 92.86% | — | — | — | — |',
  );

  it('quiet when each row adds up', () => {
    expect(hitsOf('parts', summary('87.07'))).toEqual([]);
  });

  it('finds the row that does not', () => {
    expect(hitsOf('parts', summary('87.70'))).toEqual([['JX_CHECK_SUM', '87.70']]);
  });

  it('leaves a table alone whose rows mostly do not add up (the total has a part the table does not show)', () => {
    const text = md(
      '| 项目 | 产出得分 | 效益得分 | 总分 |',
      '|---|---|---|---|',
      '| 甲 | 40 | 30 | 88 |',
      '| 乙 | 38 | 28 | 85 |',
      '| 丙 | 40 | 30 | 70 |',
    );
    expect(hitsOf('parts', text)).toEqual([]);
  });
});

describe('parts: a total stated by its breakdown in a cell (按支出性质分：…) against the labelled cells under it', () => {
  const form = (project: string) => md(
    '| 年度预算申请（万元） |  | 年初预算数 | 全年预算数 | 全年执行数 |',
    '|---|---|---|---|---|',
    '|  | 年度资金总额 | 286.50 | 1,568.34 | 1,549.72 |',
    '|  | 按收入性质分：1,568.34 |  | 按支出性质分：1,568.34 |  |',
    '|  | 其中：一般公共预算：1,448.34 |  | 其中：基本支出：312.56 |  |',
    `|  | 政府性基金拨款：120.00 |  | 项目支出：${project} |  |`,
    '|  | 纳入专户管理的非税收入拨款： |  |  |  |',
    '|  | 其他资金： |  |  |  |',
    '| 年度总体目标 | 预期目标 |  | 实际完成情况 |  |',
  );

  it('quiet when the parts make up each total, a label with no amount counting for none', () => {
    expect(hitsOf('parts', form('1,255.78'))).toEqual([]);
  });

  it('finds the total its parts do not make up', () => {
    expect(hitsOf('parts', form('1,225.78'))).toEqual([['JX_CHECK_SUM', '1,568.34']]);
  });
});

describe('parts: running totals by quarter', () => {
  it('down the rows, under a line stating the year\'s budget above the header', () => {
    const table = (third: string) =>
      md('单位：万元', '', '| 全年预算数 | 972.05 |  |  |', '|---|---|---|---|', '| 季度 | 当季支出 | 累计支出 | 累计执行进度 |',
        '| 一季度 | 161.04 | 161.04 | 16.57% |', '| 二季度 | 237.14 | 398.18 | 40.96% |', `| 三季度 | ${third} | 632.09 | 65.03% |`, '| 四季度 | 313.04 | 945.13 | 97.23% |');
    expect(hitsOf('parts', table('233.91'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('239.31'), 'r.md')).toEqual([['JX_CHECK_SUM', '632.09']]);
  });
  it('across a row: periods over 当季 | 累计 pairs', () => {
    const table = (second: string) =>
      md('| 项目名称 | 全年预算数 | 一季度 |  | 二季度 |  | 三季度 |  | 四季度 |  |', '|---|---|---|---|---|---|---|---|---|---|',
        '|  |  | 当季 | 累计 | 当季 | 累计 | 当季 | 累计 | 当季 | 累计 |',
        '| 县级医院能力建设 | 220.26 | 32.53 | 32.53 | 54.94 | 87.47 | 56.33 | 143.80 | 75.25 | 219.05 |',
        `| 乡镇卫生院设备更新 | 206.61 | 31.62 | 31.62 | ${second} | 69.37 | 46.93 | 116.30 | 69.77 | 186.07 |`);
    expect(hitsOf('parts', table('37.75'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('37.57'), 'r.md')).toEqual([['JX_CHECK_SUM', '69.37']]);
  });
});

describe('parts: a header of two rows names a column by its lower row', () => {
  it('执行率 under 执行结果 is no amount to add; the amounts still are', () => {
    const table = (left: string) =>
      md('单位：万元', '', '| 子项名称 | 资金情况 |  | 执行结果 |  |', '|---|---|---|---|---|', '|  | 全年预算 | 实际支出 | 执行率 | 结余 |',
        '| （一）社区养老服务站运营补助 | 123.84 | 116.32 | 93.93 | 7.52 |', '| （二）特殊困难老人探访关爱 | 108.32 | 105.19 | 97.11 | 3.13 |',
        `| 合计 | 232.16 | 221.51 | 95.41 | ${left} |`);
    expect(hitsOf('parts', table('10.65'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('16.65'), 'r.md')).toEqual([['JX_CHECK_SUM', '16.65']]);
  });
});

describe('parts: marked groups in a table of one amount column, with a note under it', () => {
  const table = (office: string) =>
    md('单位：万元', '', '| 科目编码 | 科目名称 | 决算数 |', '|---|---|---|', '|  | 基本支出合计 | 60.00 |',
      '|  | 一、人员经费 | 40.00 |', '| 30101 | 基本工资 | 25.00 |', '| 30102 | 津贴补贴 | 15.00 |',
      '|  | 二、公用经费 | 20.00 |', `| 30201 | 办公费 | ${office} |`, '| 30211 | 差旅费 | 8.00 |',
      '| 注：退休费在“对个人和家庭的补助”中列示。 |  |  |');
  it('the other group adding up shows the rows are the parts', () => {
    expect(hitsOf('parts', table('12.00'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('21.00'), 'r.md')).toEqual([['JX_CHECK_SUM', '20.00']]);
  });
});

describe('parts: a 合计 column against the amounts beside it in its row', () => {
  const table = (cell: string, rate = '') =>
    `# 2024年度某局部门整体支出绩效自评报告\n\n## 二、资金\n\n单位：万元\n\n| 项目名称 | 中央 | 省级 | 县级 | 合计 |\n| --- | --- | --- | --- | --- |\n| 高标准农田建设 | 1,860.00 | 420.00 | 310.00 | 2,590.00万元 |\n| 耕地地力保护补贴 | 1,426.38 | 0.00 | 0.00 | 1,426.38万元 |\n| 动物防疫 | 212.00 | 86.00 | 64.50 | ${cell}万元 |\n| 农村人居环境整治 | 0.00 | 260.00 | 180.00 | 440.00万元 |\n${rate}`;
  it('the one row that does not add up across is found; rows of rates are none', () => {
    expect(hitsOf('parts', table('362.50'), 'r.md')).toEqual([]);
    expect(hitsOf('parts', table('326.50'), 'r.md')).toEqual([['JX_CHECK_SUM', '326.50万元']]);
  });
  it('quiet where most rows do not add up across: the 合计 is of something else', () => {
    const other = `# 2024年度某局部门整体支出绩效自评报告\n\n## 二、资金\n\n| 项目 | 年初预算 | 全年预算 | 合计 |\n| --- | --- | --- | --- |\n| 甲 | 100.00万元 | 120.00万元 | 120.00万元 |\n| 乙 | 50.00万元 | 60.00万元 | 60.00万元 |\n| 丙 | 30.00万元 | 30.00万元 | 60.00万元 |\n`;
    expect(hitsOf('parts', other, 'r.md')).toEqual([]);
  });
});

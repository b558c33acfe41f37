import { describe, expect, it } from 'vitest';
import { context, hitsOf, ruleById } from './support.js';

/** A Markdown report with one table under a heading. */
const report = (rows: readonly string[]): string => `# 2023年度某县农业农村局部门整体支出绩效自评报告\n\n## 二、预算执行情况\n\n${rows.join('\n')}\n`;
const sums = (rows: readonly string[]) => hitsOf('parts', report(rows), 'report.md').filter(([code]) => code === 'JX_CHECK_SUM');

describe('a 合计 row against the rows above it', () => {
  it('is quiet when every column adds up, and names the column that does not', () => {
    const rows = [
      '| 项目名称 | 全年预算（万元） | 实际支出（万元） | 执行率 |',
      '|---|---|---|---|',
      '| 高标准农田建设 | 600.00 | 590.00 | 98.33% |',
      '| 农机购置补贴 | 215.50 | 215.50 | 100% |',
      '| 农村人居环境整治 | 84.25 | 80.10 | 95.07% |',
      '| 合计 | 899.75 | 885.60 | 98.43% |',
    ];
    expect(sums(rows)).toEqual([]);
    const wrong = rows.map((r) => r.replace('| 885.60 |', '| 895.60 |'));
    expect(sums(wrong)).toEqual([['JX_CHECK_SUM', '895.60']]);
    const wrongPart = rows.map((r) => r.replace('| 215.50 | 215.50 |', '| 251.50 | 215.50 |'));
    expect(sums(wrongPart)).toEqual([['JX_CHECK_SUM', '899.75']]);
  });

  it('reads a group listed over its parts, unmarked, as one row of the total', () => {
    const rows = [
      '| 支出类别 | 金额（万元） |',
      '|---|---|',
      '| 基本支出 | 257.08 |',
      '| 人员经费 | 225.24 |',
      '| 公用经费 | 31.84 |',
      '| 项目支出 | 1,194.21 |',
      '| 合计 | 1,451.29 |',
    ];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('1,451.29', '1,461.29')))).toEqual([['JX_CHECK_SUM', '1,461.29']]);
  });

  it('leaves a block alone when its labels show levels it cannot add up (a lone unmarked part)', () => {
    const rows = [
      '| 支出类别 | 金额（万元） |',
      '|---|---|',
      '| 基本支出 | 257.08 |',
      '| 人员经费 | 225.24 |',
      '| 项目支出 | 1,194.21 |',
      '| 合计 | 1,451.29 |',
    ];
    expect(sums(rows)).toEqual([]);
  });

  it('checks each 小计 against its own block, and skips 其中 rows, dashes and rates', () => {
    const rows = [
      '| 项目 | 预算数（万元） | 执行数（万元） | 执行率 |',
      '|---|---|---|---|',
      '| 科技创新券 | 120.00 | 118.00 | 98.33% |',
      '| 研发奖补 | 80.00 | — | — |',
      '| 小计 | 200.00 | 118.00 | 59.00% |',
      '| 人才公寓 | 50.00 | 50.00 | 100% |',
      '| 专家津贴 | 30.00 | 30.00 | 100% |',
      '| 小计 | 90.00 | 80.00 | 88.89% |',
      '| 合计 | 290.00 | 198.00 | 68.28% |',
    ];
    expect(sums(rows)).toEqual([['JX_CHECK_SUM', '90.00']]);
    const withParts = [
      '| 资金来源 | 金额（万元） |',
      '|---|---|',
      '| 财政拨款 | 300.00 |',
      '| 其中：中央资金 | 200.00 |',
      '| 上年结转 | 40.00 |',
      '| 合计 | 340.00 |',
    ];
    expect(sums(withParts)).toEqual([]);
  });

  it('adds figures in the units they are written in, and rounds as the table does', () => {
    const rows = [
      '| 项目 | 金额 |',
      '|---|---|',
      '| 设备购置 | 1.25万元 |',
      '| 耗材 | 3,400元 |',
      '| 合计 | 1.59万元 |',
    ];
    expect(sums(rows)).toEqual([]);
    // Thirds of 100 shown to two decimals: each 33.33 stands for up to 33.335, so 100.00 can be their total; 100.02 cannot.
    const thirds = ['| 项目 | 金额（万元） |', '|---|---|', '| 甲 | 33.33 |', '| 乙 | 33.33 |', '| 丙 | 33.33 |', '| 合计 | 100.00 |'];
    expect(sums(thirds)).toEqual([]);
    expect(sums(thirds.map((r) => r.replace('100.00', '100.02')))).toEqual([['JX_CHECK_SUM', '100.02']]);
    const rounded = ['| 项目 | 金额（万元） |', '|---|---|', '| 甲 | 33.3 |', '| 乙 | 33.3 |', '| 丙 | 33.4 |', '| 合计 | 100.0 |'];
    expect(sums(rounded)).toEqual([]);
  });
});

const rates = (rows: readonly string[]) => hitsOf('rate', report(rows), 'report.md').filter(([code]) => code === 'JX_CHECK_RATE');

describe('the 执行率 of each row of a budget table', () => {
  const rows = [
    '| 序号 | 项目 | 年初预算（万元） | 调整数（万元） | 全年预算（万元） | 执行数（万元） | 执行率 |',
    '|---|---|---|---|---|---|---|',
    '| 1 | 种业振兴 | 100.00 | 20.00 | 120.00 | 118.50 | 98.75% |',
    '| 2 | 动物防疫 | 60.00 | -5.00 | 55.00 | 55.00 | 100.00% |',
    '| 3 | 农技推广 | 30.00 | 0.00 | 30.00 | 27.36 | 91.20% |',
    '| 合计 | | 190.00 | 15.00 | 205.00 | 200.86 | 97.98% |',
  ];
  it('is spending over the whole-year budget, not the opening one', () => {
    expect(rates(rows)).toEqual([]);
    expect(rates(rows.map((r) => r.replace('91.20%', '91.02%')))).toEqual([['JX_CHECK_RATE', '91.02%']]);
    // 118.50 ÷ 100.00 would be the opening budget's 118.50%: not what the column means.
    expect(rates(rows.map((r) => r.replace('98.75%', '118.50%')))).toEqual([['JX_CHECK_RATE', '118.50%']]);
  });
  it('is left alone when only the opening budget is shown, or the budget column cannot be told', () => {
    const opening = ['| 项目 | 年初预算（万元） | 实际支出（万元） | 执行率 |', '|---|---|---|---|', '| 种业振兴 | 100.00 | 118.50 | 98.75% |'];
    expect(rates(opening)).toEqual([]);
    const two = ['| 项目 | 预算（万元） | 批复数（万元） | 实际支出（万元） | 执行率 |', '|---|---|---|---|---|', '| 种业振兴 | 100.00 | 120.00 | 118.50 | 50.00% |'];
    expect(rates(two)).toEqual([]);
  });
  it('reads a plain budget column, and money in 元', () => {
    const plain = ['| 项目 | 预算数 | 支出数 | 支出率 |', '|---|---|---|---|', '| 办公设备 | 35,000元 | 34,300元 | 98.00% |', '| 会议培训 | 12,000元 | 9,600元 | 80.00% |'];
    expect(rates(plain)).toEqual([]);
    expect(rates(plain.map((r) => r.replace('80.00%', '75.00%')))).toEqual([['JX_CHECK_RATE', '75.00%']]);
  });
});

describe('table totals stay linear in practice', () => {
  // A long table of small parts under a wrong total: each row's reading as a parent stops as soon as
  // the rows under it outgrow it. No timing is asserted; a quadratic-in-decimals search would take minutes.
  it('a table of 3000 rows with a wrong total', () => {
    const body = Array.from({ length: 3000 }, (_, i) => `| 项目${i + 1} | 1.00 |`);
    // 3000 parts shown to the cent may each be rounded by half a cent: 3,100.00 is beyond what rounding explains.
    const rows = ['| 项目 | 金额（万元） |', '|---|---|', ...body, '| 合计 | 3,100.00 |'];
    expect(sums(rows)).toEqual([['JX_CHECK_SUM', '3,100.00']]);
  });
});

describe('table layouts from other reports', () => {
  it('a table that opens with its total, and one whose totals head their own lines (收支总表)', () => {
    const top = ['| 项目 | 金额（万元） |', '|---|---|', '| 合计 | 300.00 |', '| 甲 | 100.00 |', '| 乙 | 200.00 |'];
    expect(sums(top)).toEqual([]);
    expect(sums(top.map((r) => r.replace('200.00', '210.00')))).toEqual([['JX_CHECK_SUM', '300.00']]);
    const stacked = [
      '| 项目 | 决算数（万元） |',
      '|---|---|',
      '| 本年收入合计 | 885.83 |',
      '| 财政拨款收入 | 837.66 |',
      '| 其他收入 | 48.17 |',
      '| 本年支出合计 | 813.87 |',
      '| 基本支出 | 661.69 |',
      '| 项目支出 | 152.18 |',
      '| 年末结转和结余 | 71.96 |',
    ];
    expect(sums(stacked)).toEqual([]);
    expect(sums(stacked.map((r) => r.replace('661.69', '616.69')))).toEqual([['JX_CHECK_SUM', '813.87']]);
  });
  it('named subtotals (基本支出小计) close their groups, and a running total (累计) is not added up', () => {
    const groups = [
      '| 类型 | 明细 | 预算数（万元） |',
      '|---|---|---|',
      '| 基本支出 | 人员经费 | 595.21 |',
      '| 基本支出 | 公用经费 | 98.47 |',
      '|  | 基本支出小计 | 693.68 |',
      '| 项目支出 | 燃气安全排查 | 20.13 |',
      '| 项目支出 | 市场监管信息化 | 31.45 |',
      '|  | 项目支出小计 | 51.58 |',
      '|  | 总计 | 745.26 |',
    ];
    expect(sums(groups)).toEqual([]);
    expect(sums(groups.map((r) => r.replace('31.45', '13.45')))).toEqual([['JX_CHECK_SUM', '51.58']]);
    const running = ['| 月份 | 当月支出（元） | 累计支出（元） |', '|---|---|---|', '| 1月 | 100.00 | 100.00 |', '| 2月 | 50.00 | 150.00 |', '| 合计 | 150.00 | 150.00 |'];
    expect(sums(running)).toEqual([]);
  });
  it('group rows by code over their lines, a group with one line of its own value', () => {
    const codes = [
      '| 科目编码 | 科目名称 | 决算数（万元） |',
      '|---|---|---|',
      '|  | 合计 | 621.53 |',
      '| 301 | 工资福利支出 | 562.34 |',
      '| 30101 | 基本工资 | 300.00 |',
      '| 30102 | 津贴补贴 | 262.34 |',
      '| 302 | 商品和服务支出 | 43.08 |',
      '| 30201 | 办公费 | 20.00 |',
      '| 30211 | 差旅费 | 23.08 |',
      '| 303 | 对个人和家庭的补助 | 16.11 |',
      '| 30302 | 退休费 | 16.11 |',
    ];
    expect(sums(codes)).toEqual([]);
  });
  it('a caption line gives bare amounts their unit (单位：万元)', () => {
    const captioned = (total: string) =>
      hitsOf('parts', `# 2023年度某局部门整体支出绩效自评报告\n\n## 二、预算执行情况\n\n表1 项目支出情况（单位：万元）\n\n| 项目 | 全年预算 | 全年执行 |\n|---|---|---|\n| 甲 | 322.28 | 315.74 |\n| 乙 | 292.09 | 281.66 |\n| 合计 | 614.37 | ${total} |\n`, 'report.md');
    expect(captioned('597.40')).toEqual([]);
    expect(captioned('607.40')).toEqual([['JX_CHECK_SUM', '607.40']]);
  });
  it('a rate reckoned on another column than the budget (可用资金) is read on the column its rows fit', () => {
    const rows = [
      '| 项目名称 | 全年预算（万元） | 上年结转（万元） | 可用资金（万元） | 实际支出（万元） | 执行率 |',
      '|---|---|---|---|---|---|',
      '| 国道改线 | 5,960.06 | 1,485.81 | 7,445.87 | 6,761.59 | 90.81% |',
      '| 县乡道路 | 4,080.13 | 1,065.59 | 5,145.72 | 3,662.72 | 71.18% |',
      '| 桥梁新建 | 5,576.88 | —— | 5,576.88 | 5,309.75 | 95.21% |',
    ];
    expect(rates(rows)).toEqual([]);
    expect(rates(rows.map((r) => r.replace('95.21%', '90.21%')))).toEqual([['JX_CHECK_RATE', '90.21%']]);
  });
});

describe('other rate columns, read on the columns their rows fit', () => {
  it('a 到位率 over the funds planned, a share of the total; a change is reckoned on last year', () => {
    const arrival = [
      '| 资金 | 计划下达（万元） | 实际到位（万元） | 到位率 |',
      '|---|---|---|---|',
      '| 中央补助 | 500.00 | 500.00 | 100.00% |',
      '| 省级配套 | 300.00 | 270.00 | 90.00% |',
      '| 县级配套 | 200.00 | 150.00 | 75.00% |',
    ];
    expect(rates(arrival)).toEqual([]);
    expect(rates(arrival.map((r) => r.replace('90.00%', '95.00%')))).toEqual([['JX_CHECK_RATE', '95.00%']]);
    const share = [
      '| 季度 | 支出（万元） | 占比 |',
      '|---|---|---|',
      '| 一季度 | 120.00 | 20.00% |',
      '| 二季度 | 180.00 | 30.00% |',
      '| 三季度 | 300.00 | 50.00% |',
      '| 合计 | 600.00 | 100.00% |',
    ];
    expect(rates(share)).toEqual([]);
    expect(rates(share.map((r) => r.replace('30.00%', '33.00%')))).toEqual([['JX_CHECK_RATE', '33.00%']]);
    const change = [
      '| 项目 | 上年支出（万元） | 本年支出（万元） | 增长率 |',
      '|---|---|---|---|',
      '| 甲 | 100.00 | 110.00 | 10.00% |',
      '| 乙 | 200.00 | 180.00 | -10.00% |',
      '| 丙 | 50.00 | 60.00 | 20.00% |',
    ];
    // Not a ratio of two columns but a change: (本年 − 上年) ÷ 上年.
    expect(rates(change)).toEqual([]);
    expect(rates(change.map((r) => r.replace('20.00%', '25.00%')))).toEqual([['JX_CHECK_RATE', '25.00%']]);
  });
  it('two rows are too few to tell which columns a rate is reckoned on', () => {
    const two = ['| 资金 | 计划下达（万元） | 实际到位（万元） | 到位率 |', '|---|---|---|---|', '| 甲 | 500.00 | 500.00 | 90.00% |', '| 乙 | 300.00 | 270.00 | 90.00% |'];
    expect(rates(two)).toEqual([]);
  });
});

describe('levels a table marks, and totals of totals', () => {
  it('classification codes: the top codes make the total, each code its parts (merged with the name, set in by spaces)', () => {
    const rows = [
      '| 功能分类科目 | 全年预算（万元） | 执行数（万元） |',
      '|---|---|---|',
      '| 205 教育支出 | 1910.18 | 1819.66 |',
      '| 　　20501 教育管理事务 | 960.06 | 871.40 |',
      '| 　　　　2050101 行政运行 | 762.00 | 697.92 |',
      '| 　　　　2050102 一般行政管理事务 | 198.06 | 173.48 |',
      '| 　　20502 普通教育 | 950.12 | 948.26 |',
      '| 221 住房保障支出 | 116.61 | 105.77 |',
      '| 　　22102 住房改革支出 | 116.61 | 105.77 |',
      '| 合计 | 2026.79 | 1925.43 |',
    ];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('| 2026.79 |', '| 2062.79 |')))).toEqual([['JX_CHECK_SUM', '2062.79']]);
    // A part changed: its 款 no longer adds up (the 类 and the total still do).
    expect(sums(rows.map((r) => r.replace('| 198.06 |', '| 189.06 |')))).toEqual([['JX_CHECK_SUM', '960.06']]);
  });
  it('codes with a column of changes, negative ones among them', () => {
    const rows = [
      '| 科目编码 | 科目名称 | 上年决算数（万元） | 本年决算数（万元） | 增减额（万元） |',
      '|---|---|---|---|---|',
      '|  | 合计 | 700.00 | 720.50 | 20.50 |',
      '| 201 | 一般公共服务支出 | 500.00 | 480.50 | -19.50 |',
      '| 20106 | 财政事务 | 500.00 | 480.50 | -19.50 |',
      '| 208 | 社会保障和就业支出 | 200.00 | 240.00 | 40.00 |',
      '| 20805 | 行政事业单位养老支出 | 200.00 | 240.00 | 40.00 |',
    ];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('| 20.50 |', '| 25.50 |')))).toEqual([['JX_CHECK_SUM', '25.50']]);
  });
  it('outline markers of two levels: the 一、 rows make the total, round parts that happen to add up do not mislead', () => {
    const rows = [
      '| 项目 | 金额（万元） |',
      '|---|---|',
      '| 一、基本支出 | 696.77 |',
      '| （一）人员经费 | 659.46 |',
      '| （二）公用经费 | 37.31 |',
      '| 二、项目支出 | 100.00 |',
      '| （一）设备购置 | 50.00 |',
      '| （二）系统运维 | 30.00 |',
      '| （三）宣传培训 | 20.00 |',
      '| 合计 | 796.77 |',
    ];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('796.77', '769.77')))).toEqual([['JX_CHECK_SUM', '769.77']]);
  });
  it('总计 after 本年收入合计 and the rows after it; a total after 小计 rows; a total over the 小计 under it', () => {
    const sides = [
      '| 收入项目 | 决算数（万元） | 支出项目 | 决算数（万元） |',
      '|---|---|---|---|',
      '| 财政拨款收入 | 850.00 | 基本支出 | 600.00 |',
      '| 其他收入 | 30.00 | 项目支出 | 200.00 |',
      '| 本年收入合计 | 880.00 | 本年支出合计 | 800.00 |',
      '| 用事业基金弥补收支差额 | 0.00 | 结余分配 | 0.00 |',
      '| 年初结转和结余 | 120.00 | 年末结转和结余 | 200.00 |',
      '| 总计 | 1,000.00 | 总计 | 1,000.00 |',
    ];
    expect(sums(sides)).toEqual([]);
    // One row between 本年支出合计 and 支出总计: the total is the two of them.
    const oneAfter = [
      '| 收入项目 | 金额（万元） | 支出项目 | 金额（万元） |',
      '|---|---|---|---|',
      '| 财政拨款收入 | 827.78 | 一般公共服务支出 | 124.16 |',
      '| 事业收入 | 116.03 | 社会保障和就业支出 | 744.33 |',
      '| 本年收入合计 | 943.81 | 本年支出合计 | 868.49 |',
      '| 上年结转结余 | 72.98 | 年末结转结余 | 148.30 |',
      '| 收入总计 | 1016.79 | 支出总计 | 1016.79 |',
    ];
    expect(sums(oneAfter)).toEqual([]);
    expect(sums(oneAfter.map((r) => r.replace('| 支出总计 | 1016.79 |', '| 支出总计 | 1026.79 |')))).toEqual([['JX_CHECK_SUM', '1026.79']]);
    const after = ['| 项目 | 预算数（万元） |', '|---|---|', '| 甲 | 120.00 |', '| 乙 | 80.00 |', '| 小计 | 200.00 |', '| 丙 | 50.00 |', '| 丁 | 30.00 |', '| 小计 | 80.00 |', '| 合计 | 380.00 |'];
    expect(sums(after)).toEqual([['JX_CHECK_SUM', '380.00']]);
    const over = ['| 项目 | 决算数（万元） |', '|---|---|', '| 总计 | 900.00 |', '| 基本支出小计 | 500.00 |', '| 人员经费 | 400.00 |', '| 公用经费 | 100.00 |', '| 项目支出小计 | 300.00 |', '| 甲 | 100.00 |', '| 乙 | 200.00 |'];
    expect(sums(over)).toEqual([['JX_CHECK_SUM', '900.00']]);
  });
  it('a 累计 column adds up across units, not down months', () => {
    const units = ['| 乡镇 | 全年预算（万元） | 一季度累计（万元） |', '|---|---|---|', '| 总计 | 982.33 | 216.42 |', '| 甲乡 | 486.17 | 46.98 |', '| 乙镇 | 496.16 | 169.44 |'];
    expect(sums(units)).toEqual([]);
    expect(sums(units.map((r) => r.replace('216.42', '286.42')))).toEqual([['JX_CHECK_SUM', '286.42']]);
  });
});

describe('bare amounts and totals that name their parts', () => {
  it('amount columns without a unit add up all the same, and the message shows no unit', () => {
    const rows = ['| 项目 | 上年决算 | 本年决算 |', '|---|---|---|', '| 甲 | 30.00 | 31.50 |', '| 乙 | 12.40 | 10.00 |', '| 合计 | 42.40 | 41.50 |'];
    expect(sums(rows)).toEqual([]);
    const hits = hitsOf('parts', report(rows.map((r) => r.replace('41.50', '44.50'))), 'report.md');
    expect(hits).toEqual([['JX_CHECK_SUM', '44.50']]);
    // A column of codes or counts is no amount: its bare numbers are not added.
    const codes = ['| 序号 | 项目 | 本年决算 |', '|---|---|---|', '| 1 | 甲 | 31.50 |', '| 2 | 乙 | 10.00 |', '| 合计 | | 41.50 |'];
    expect(sums(codes)).toEqual([]);
  });
  it('合计 over 其中 rows: the parts named may be some of them, but may not exceed it', () => {
    const rows = ['| 项目 | 本年决算 |', '|---|---|', '| “三公”经费合计 | 38.37 |', '| 其中：因公出国（境）费 | 0.00 |', '| 公务用车运行维护费 | 33.25 |', '| 公务接待费 | 5.12 |'];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('5.12', '5.21')))).toEqual([['JX_CHECK_SUM', '38.37']]);
    expect(sums(rows.map((r) => r.replace('5.12', '2.12')))).toEqual([]);
  });
});

describe('running totals and progress', () => {
  it('each month\'s 累计 is the month before plus the month; a wrong one is reported once, where it starts', () => {
    const rows = ['| 月份 | 当月支出（元） | 累计支出（元） |', '|---|---|---|', '| 1月 | 130.50 | 130.50 |', '| 2月 | 200.00 | 330.50 |', '| 3月 | 100.25 | 430.75 |', '| 4月 | 50.00 | 480.75 |'];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('430.75', '437.75')))).toEqual([['JX_CHECK_SUM', '437.75']]);
    expect(sums(rows.map((r) => r.replace('| 100.25 |', '| 110.25 |')))).toEqual([['JX_CHECK_SUM', '430.75']]);
  });
  it('a 累计执行进度 over the whole-year plan in the total row, and a 全年执行率 over 全年累计执行', () => {
    const progress = [
      '| 季度 | 计划支出（万元） | 实际支出（万元） | 累计支出（万元） | 累计执行进度 |',
      '|---|---|---|---|---|',
      '| 第一季度 | 100.00 | 80.00 | 80.00 | 20.00% |',
      '| 第二季度 | 100.00 | 120.00 | 200.00 | 50.00% |',
      '| 第三季度 | 100.00 | 90.00 | 290.00 | 72.50% |',
      '| 第四季度 | 100.00 | 100.00 | 390.00 | 97.50% |',
      '| 全年合计 | 400.00 | 390.00 | — | — |',
    ];
    expect(rates(progress)).toEqual([]);
    expect(rates(progress.map((r) => r.replace('72.50%', '75.50%')))).toEqual([['JX_CHECK_RATE', '75.50%']]);
    const yearly = ['| 乡镇 | 全年预算（万元） | 全年累计执行（万元） | 全年执行率 |', '|---|---|---|---|', '| 甲 | 110.92 | 94.68 | 85.36% |', '| 乙 | 60.93 | 58.29 | 95.67% |'];
    expect(rates(yearly)).toEqual([]);
    expect(rates(yearly.map((r) => r.replace('95.67%', '96.67%')))).toEqual([['JX_CHECK_RATE', '96.67%']]);
  });
});

describe('分值 and 得分 of an indicator table that is not a 自评表', () => {
  const flat = [
    '| 一级指标 | 二级指标 | 分值 | 得分 |',
    '|---|---|---|---|',
    '| 预算执行 | 预算执行率 | 10 | 10 |',
    '| 产出指标 | 数量指标 | 14 | 14 |',
    '|  | 质量指标 | 18 | 18 |',
    '|  | 时效指标 | 5 | 3 |',
    '|  | 成本指标 | 13 | 13 |',
    '| 效益指标 | 社会效益指标 | 11 | 10 |',
    '|  | 经济效益指标 | 4 | 4 |',
    '|  | 可持续影响指标 | 15 | 13 |',
    '| 满意度指标 | 服务对象满意度指标 | 10 | 10 |',
    '| 合计 |  | 100 | 95 |',
  ];
  it('add up to the 合计 row; a score is the score given, so integers do not widen the sum', () => {
    expect(sums(flat)).toEqual([]);
    expect(sums(flat.map((r) => r.replace('| 100 | 95 |', '| 100 | 92 |')))).toEqual([['JX_CHECK_SUM', '92']]);
    // 18 = 5 + 13 and the last row is 10: neither groups by value nor a dropped end row hides the error.
    expect(sums(flat.map((r) => r.replace('| 预算执行率 | 10 |', '| 预算执行率 | 20 |')))).toEqual([['JX_CHECK_SUM', '100']]);
  });
  it('groups named alone in the first column are the rows the total adds', () => {
    const grouped = [
      '| 一级指标 | 二级指标 | 分值 | 得分 |',
      '|---|---|---|---|',
      '| 产出指标 |  | 50 | 49.5 |',
      '|  | 数量指标 | 20 | 20.0 |',
      '|  | 质量指标 | 30 | 29.5 |',
      '| 效益指标 |  | 40 | 38.0 |',
      '|  | 社会效益指标 | 40 | 38.0 |',
      '| 满意度指标 |  | 10 | 9.0 |',
      '|  | 服务对象满意度指标 | 10 | 9.0 |',
      '| 合计 |  | 100 | 96.5 |',
    ];
    expect(sums(grouped)).toEqual([]);
    expect(sums(grouped.map((r) => r.replace('96.5', '97.5')))).toEqual([['JX_CHECK_SUM', '97.5']]);
    // Each group against the rows under it.
    expect(sums(grouped.map((r) => r.replace('| 质量指标 | 30 | 29.5 |', '| 质量指标 | 30 | 28.5 |')))).toEqual([['JX_CHECK_SUM', '49.5']]);
  });
  it('a 小计 of one row is that row, not that row and the 小计 before it', () => {
    const rows = [
      '| 一级指标 | 三级指标 | 标准分 | 自评得分 |',
      '|---|---|---|---|',
      '| 产出指标 | 城镇新增就业人数 | 40 | 39.5 |',
      '|  | 职业技能培训人次 | 40 | 40 |',
      '| 产出指标小计 |  | 80 | 79.5 |',
      '| 满意度指标 | 服务对象满意度 | 20 | 18.5 |',
      '| 满意度指标小计 |  | 20 | 18.5 |',
      '| 合计 |  | 100 | 98 |',
    ];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('| 100 | 98 |', '| 100 | 97 |')))).toEqual([['JX_CHECK_SUM', '97']]);
  });
});

describe('indicator tables as other reports number them', () => {
  it('a 权重（%） column adds up like points', () => {
    const rows = ['| 指标 | 权重（%） | 得分 |', '|---|---|---|', '| 资助学生人数 | 25 | 25 |', '| 资金发放及时率 | 20 | 19 |', '| 资助对象精准率 | 25 | 24 |', '| 家长满意度 | 15 | 14 |', '| 资金管理规范性 | 15 | 13 |', '| 合计 | 100 | 95 |'];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('| 资金发放及时率 | 20 |', '| 资金发放及时率 | 25 |')))).toEqual([['JX_CHECK_SUM', '100']]);
  });
  it('groups marked 一、 in a 序号 column over rows numbered 1, 2: each group against its rows, the total against the groups', () => {
    const rows = [
      '| 序号 | 评价指标 | 分值 | 得分 |',
      '|---|---|---|---|',
      '| 一、 | 产出指标 | 50 | 46 |',
      '| 1 | 补贴发放人数 | 25 | 24 |',
      '| 2 | 发放准确率 | 25 | 22 |',
      '| 二、 | 满意度指标 | 50 | 49 |',
      '| 1 | 受助老人满意度 | 50 | 49 |',
      '|  | 合计 | 100 | 95 |',
    ];
    expect(sums(rows)).toEqual([]);
    // A wrong group is the group's finding only: its rows still add up to the 合计.
    expect(sums(rows.map((r) => r.replace('| 50 | 46 |', '| 50 | 48 |')))).toEqual([['JX_CHECK_SUM', '48']]);
  });
  it('counts with their unit (1200人) are figures, not classification codes', () => {
    const rows = ['| 培训类别 | 计划数 | 完成数 |', '|---|---|---|', '| 农民工技能培训 | 1200人 | 1320人 |', '| 退役军人培训 | 100人 | 90人 |', '| 高校毕业生培训 | 400人 | 380人 |', '| 合计 | 1700人 | 1790人 |'];
    expect(sums(rows)).toEqual([]);
    expect(sums(rows.map((r) => r.replace('1790人', '1800人')))).toEqual([['JX_CHECK_SUM', '1800人']]);
  });
});

describe('table totals: a period is a row that names only one', () => {
  const table = (total: string) =>
    ['# 2024年度支出情况', '', '单位：万元', '', '| 项目 | 全年预算 | 累计支出 |', '|---|---|---|', '| 季度考核奖励 | 20.00 | 18.00 |', '| 办公设备购置 | 30.00 | 29.00 |', `| 合计 | 50.00 | ${total} |`, ''].join('\n');
  it('季度考核奖励 speaks of quarters but is no quarter: its 累计 column still adds up to the 合计', () => {
    expect(hitsOf('parts', table('47.00'))).toEqual([]);
    expect(hitsOf('parts', table('48.00'))).toEqual([['JX_CHECK_SUM', '48.00']]);
  });
});

describe('a 收支总表 in two halves', () => {
  it('names a total in the right half by its own label', () => {
    const rows = [
      '| 收入项目 | 金额（万元） | 支出项目 | 金额（万元） |',
      '|---|---|---|---|',
      '| 财政拨款收入 | 827.78 | 一般公共服务支出 | 500.00 |',
      '| 其他收入 | 24.07 | 卫生健康支出 | 303.71 |',
      '| 本年收入合计 | 851.85 | 本年支出合计 | 803.71 |',
      '| 上年结转结余 | 72.98 | 年末结转结余 | 121.12 |',
      '| 收入总计 | 924.83 | 支出总计 | 934.83 |',
    ];
    const [hit] = ruleById('parts').check(context(report(rows), 'report.md')).filter((h) => h.mention.text === '934.83');
    expect(hit?.message).toMatch(/^支出总计“金额”为 934\.83万元/u);
  });
});

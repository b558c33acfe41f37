/**
 * What Word reports written by other hands showed (bench/word-reports), each once as it was (no
 * finding) and, where a rule reads it, once with a figure changed (found).
 */
import { describe, expect, it } from 'vitest';
import { allHits, hitsOf } from './support.js';

const report = (body: string) => `# 2024年度某县卫生健康局部门整体支出绩效自评报告\n\n## 二、预算执行情况\n\n${body}\n`;
const codes = (text: string) => allHits(text, 'report.md').map((h) => [h.code, h.mention.text.trim()]);

describe('prose rates that are some other thing\'s', () => {
  it('a project\'s 执行率 after the unit\'s budget and spending is the project\'s own', () => {
    const text = report('全年项目支出预算2,571.00万元，实际支出2,480.06万元，执行率96.46%。保障性租赁住房租赁补贴执行率为90.00%，原因是部分家庭资格复核未通过。');
    expect(hitsOf('rate', text)).toEqual([]);
    expect(hitsOf('rate', text.replace('96.46%', '96.64%'))).toEqual([['JX_CHECK_RATE', '96.64%']]);
  });
  it('a growth rate after a semicolon is not of the change before it', () => {
    const text = report('基本支出9,715,266.54元，较上年增加165,600.89元；项目支出31,206,455.72元，增长18.43%。');
    expect(hitsOf('rate', text)).toEqual([]);
  });
});

describe('tables as Word reports lay them out', () => {
  it('a code over 类 | 款 | 项 columns is one code: each 款 is held to its 项', () => {
    const table = (x: string) =>
      report(
        [
          '| 科目编码 |  |  | 科目名称 | 2024年决算数 |',
          '|---|---|---|---|---|',
          '| 类 | 款 | 项 |  |  |',
          '| 210 |  |  | 卫生健康支出 | 653.75 |',
          '| 210 | 01 |  | 卫生健康管理事务 | 581.07 |',
          '| 210 | 01 | 01 | 行政运行 | 486.32 |',
          `| 210 | 01 | 02 | 一般行政管理事务 | ${x} |`,
          '| 210 | 01 | 99 | 其他卫生健康管理事务支出 | 21.60 |',
          '| 210 | 11 |  | 行政事业单位医疗 | 72.68 |',
          '| 210 | 11 | 01 | 行政单位医疗 | 72.68 |',
          '| 支出合计 |  |  |  | 653.75 |',
        ].join('\n'),
      );
    expect(codes(table('73.15'))).toEqual([]);
    expect(codes(table('75.15'))).toEqual([['JX_CHECK_SUM', '581.07']]);
  });
  it('一、 and 二、 heading unmarked items: the total adds the marked rows only', () => {
    const table = (total: string) =>
      report(['| 项目 | 2024年决算数 |', '|---|---|', `| 基本支出合计 | ${total} |`, '| 一、人员经费 | 800.00 |', '| 基本工资 | 500.00 |', '| 津贴补贴 | 300.00 |', '| 二、公用经费 | 50.00 |', '| 办公费 | 30.00 |', '| 差旅费 | 20.00 |'].join('\n'));
    expect(codes(table('850.00'))).toEqual([]);
    expect(codes(table('860.00'))).toEqual([['JX_CHECK_SUM', '860.00']]);
  });
  it('a target missed keeps no full score, even one a rounding could reach (10 for 9.51)', () => {
    const table = (actual: string) =>
      report(
        [
          '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
          '|---|---|---|---|---|---|',
          `| 满意度指标 | 学生及家长满意度 | ≥90% | ${actual} | 10 | 10 |`,
          '| 产出指标 | 受益学生人数 | ≥42000人 | 42615人 | 90 | 90 |',
          '| 总分 |  |  |  | 100 | 100 |',
        ].join('\n'),
      );
    expect(hitsOf('score-table', table('95.6%'))).toEqual([]);
    expect(hitsOf('score-table', table('85.6%'))).toEqual([['JX_CHECK_INDICATOR_SCORE', '10']]);
  });
  it('without a 总分 row, weights short of 100 say nothing (the table may be read in part); over 100 they do', () => {
    const table = (w: string) =>
      report(['| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |', '|---|---|---|---|---|---|', `| 产出指标 | 受益学生人数 | ≥42000人 | 42615人 | ${w} | ${w} |`].join('\n'));
    expect(hitsOf('score-table', table('40'))).toEqual([]);
    expect(hitsOf('score-table', table('110'))).toEqual([['JX_CHECK_WEIGHT_TOTAL', '110']]);
  });
  it('a cost target per item (≤1,200元/顶) is read: a missed one keeps no full score', () => {
    const table = (actual: string) =>
      report(
        [
          '| 一级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
          '|---|---|---|---|---|---|',
          `| 成本指标 | 帐篷采购单价 | ≤1,200元/顶 | ${actual} | 10 | 10 |`,
          '| 产出指标 | 储备物资品种 | ≥20类 | 22类 | 90 | 90 |',
          '| 总分 |  |  |  | 100 | 100 |',
        ].join('\n'),
      );
    expect(hitsOf('score-table', table('1,150元/顶'))).toEqual([]);
    expect(hitsOf('score-table', table('1,250元/顶'))).toEqual([['JX_CHECK_INDICATOR_SCORE', '10']]);
  });
  it('a 三公 total over its numbered items, 其中 rows between them and other rows after: the total is Σ 1, 2, 3', () => {
    const table = (hospitality: string, after = '| 公用经费 | 350,700.05 |') =>
      report(
        [
          '| 经费情况（元） | 2024年决算数 |',
          '|---|---|',
          '| 三公经费合计 | 62,207.50 |',
          '| 1.公务用车购置及运行维护费 | 46,835.50 |',
          '| 其中：公务用车购置费 | 0.00 |',
          '| 公务用车运行维护费 | 46,835.50 |',
          '| 2.因公出国（境）费 | — |',
          `| 3.公务接待费 | ${hospitality} |`,
          after,
        ].join('\n'),
      );
    expect(codes(table('15,372.00'))).toEqual([]);
    expect(codes(table('15,732.00'))).toEqual([['JX_CHECK_SUM', '62,207.50']]);
    expect(codes(table('12,372.00', ''))).toEqual([['JX_CHECK_SUM', '62,207.50']]);
    // Ending on its items, a PDF's table may have lost rows (read in part): short of the total says nothing there.
    const pdf = (text: string) => allHits(text, 'report.pdf').map((h) => [h.code, h.mention.text.trim()]);
    expect(pdf(table('12,372.00', ''))).toEqual([]);
    expect(pdf(table('15,732.00', ''))).toEqual([['JX_CHECK_SUM', '62,207.50']]);
  });
});

describe('a 自评表 as a PDF draws it: merged labels where their text stands', () => {
  // The 自评表 of bench/word-reports 08 as the PDF reader rebuilds it: 产出指标 / （40分） wrapped over two
  // rows, 效益指标（20分） on the second row of its two.
  const table = (points: string) =>
    report(
      [
        '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
        '|---|---|---|---|---|---|---|',
        '|  | 数量指标 | 新认定高新技术企业 | ≥120家 | 136家 | 10 | 10 |',
        '| 产出指标 |  | 支持关键技术攻关项目 | 25项 | 25项 | 10 | 10 |',
        `| （${points}分） | 质量指标 | 万人有效发明专利拥有量 | ≥12件 | 12.6件 | 10 | 10 |`,
        '|  | 时效指标 | 资金拨付时间 | 11月底前 | 11月底前 | 10 | 10 |',
        '|  | 经济效益指标 | 技术合同成交额 | ≥60亿元 | 64.3亿元 | 10 | 10 |',
        '| 效益指标（20分） | 社会效益指标 | 新增省级以上创新平台 | ≥8家 | 7家 | 10 | 8.75 |',
        '| 满意度指标（10分） | 服务对象满意度指标 | 企业满意度 | ≥95% | 96.5% | 10 | 10 |',
        '| 成本指标 | 经济成本指标 | 单个攻关项目平均补助额 | ≤80万元 | 76.4万元 | 10 | 10 |',
        '| （20分） | 社会成本指标 | 带动社会研发投入 | ≥15亿元 | 17.2亿元 | 10 | 10 |',
      ].join('\n'),
    );
  const weights = (text: string) => allHits(text, 'report.md').filter((h) => h.code === 'JX_CHECK_WEIGHT_TOTAL').map((h) => h.message);

  it('a name and its points on two rows are one group label; the groups hold', () => {
    expect(weights(table('40'))).toEqual([]);
  });

  it('one group\'s points changed: that group alone is reported, with the sum of its rows', () => {
    expect(weights(table('45'))).toEqual(['产出指标标明 45 分，所属各指标分值之和为 40']);
  });
});

describe('a fund block whose label a PDF draws over its rows (资金 / （万 / 元）)', () => {
  const table = (initial: string) =>
    report(
      [
        '|  | 项目 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
        '|---|---|---|---|---|---|---|---|',
        `| 资金 | 年度资金总额 | ${initial} | 1,735.40 | 1,680.17 | 10 | 96.82% | 9.68 |`,
        '| （万 | 其中：财政拨款 | 1,200.00 | 1,350.00 | 1,318.62 | — | 97.68% | — |',
        '| 元） | 上年结转资金 | — | 85.40 | 85.40 | — | 100.00% | — |',
        '|  | 其他资金（车购税补助） | 300.00 | 300.00 | 276.15 | — | 92.05% | — |',
      ].join('\n'),
    );
  it('each row is read by its own label, the one next to its figures: the sources add up to the 年度资金总额', () => {
    expect(hitsOf('score-table', table('1,500.00'), 'report.md')).toEqual([]);
    expect(hitsOf('score-table', table('1,550.00'), 'report.md')).toEqual([['JX_CHECK_SUM', '1,550.00']]);
  });
});

describe('figures typed in full-width digits', () => {
  it('a rate is checked, and its message shows it as written, without a second %', () => {
    const text = report(['| 项目 | 预算数（万元） | 决算数（万元） | 执行率 |', '|---|---|---|---|', '| 公务接待费 | ７.２５ | ５.４１ | ５４.６２％ |'].join('\n'));
    const rate = allHits(text, 'report.md').filter((h) => h.code === 'JX_CHECK_RATE');
    expect(rate.map((h) => h.message)).toEqual(['预算执行率应为 74.62%（决算数 ÷ 预算数（５.４１万元 ÷ ７.２５万元）），所列 ５４.６２％，相差 20.00 个百分点']);
  });
});


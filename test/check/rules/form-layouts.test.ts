/**
 * Layouts a unit's own 自评表 form has (met in workbooks filled in Excel), each once clean (no
 * finding) and once with one figure changed (found): the 预算执行率 as labelled values in one row,
 * the funds' 合计 under the 资金 header, 全年执行 without 数, quarters under one 执行数 header, and a
 * 评分标准 column whose criteria name no row.
 */
import { describe, expect, it } from 'vitest';
import { allHits, hitsOf } from './support.js';

const indicators = (total: string) => [
  '| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |',
  '| 产出指标 | 数量指标 | 完成档案数字化 | ≥12000卷 | 12480卷 | 40 | 40 |  |',
  '| 效益指标 | 社会效益指标 | 档案利用服务能力 | 持续提升 | 持续提升 | 40 | 40 |  |',
  '| 满意度指标 | 服务对象满意度指标 | 查档群众满意度 | ≥90% | 95.6% | 10 | 10 |  |',
  `| 总分 |  |  |  |  | 100 | ${total} | 等级：优 |`,
];
const form = (rows: readonly string[]) => {
  const [head = '', ...rest] = rows;
  const width = head.split('|').length - 2;
  return `# 2024年度项目支出绩效自评表\n\n${[head, `|${' --- |'.repeat(width)}`, ...rest].join('\n')}\n`;
};
const scoreHits = (text: string) => hitsOf('score-table', text, 'form.md');

describe('the 预算执行率 as labelled values in one row', () => {
  const table = (score: string, total: string) =>
    form([
      '| 项目名称 | 馆藏档案数字化加工项目 |  |  |  | 负责人 | 冯春晖 |  |',
      `| 全年预算数（万元） | 125.60 | 全年执行数（万元） | 121.38 | 执行率 | 96.64% | 预算执行率（10分） | ${score} |`,
      ...indicators(total),
    ]);
  it('its 10分 and 得分 count in the 总分, and its 得分 is held to the rule', () => {
    expect(scoreHits(table('9.66', '99.66'))).toEqual([]);
    expect(scoreHits(table('9.66', '89.66'))).toEqual([['JX_CHECK_SCORE_TOTAL', '89.66']]);
    expect(scoreHits(table('8.66', '98.66'))).toEqual([['JX_CHECK_RATE_SCORE', '8.66']]);
  });
});

describe('the funds under the 资金 header, their total named 合计', () => {
  const table = (exec: string) =>
    form([
      '| 项目资金（万元） | 资金来源 | 全年预算数（A） | 全年执行（B） | 执行率（B/A） | 分值 | 得分 |',
      '|  | 财政拨款 | 945.40 | 922.18 | 97.54% | — | — |',
      `|  | 合计 | 945.40 | ${exec} | 97.54% | 10 | 9.75 |`,
      ...indicators('99.75').map((l) => l.replace(/ \| [^|]*偏差原因分析及改进措施 \|$| \|  \|$| \| 等级：优 \|$/u, ' |')),
    ]);
  it('is the 预算执行率 row, not the table\'s 总分 (the 总分 counts its 10分)', () => {
    expect(scoreHits(table('922.18'))).toEqual([]);
  });
  it('its rate is held to 全年执行 ÷ 全年预算', () => {
    expect(allHits(table('932.18'), 'form.md').map((h) => [h.code, h.mention.text.trim()])).toContainEqual(['JX_CHECK_RATE', '97.54%']);
  });
});

describe('quarters under one 执行数 header', () => {
  const table = (rate: string) =>
    form([
      '| 序号 | 项目名称 | 全年预算 | 执行数 |  |  |  | 累计执行 | 执行率 |',
      '|  |  |  | 一季度 | 二季度 | 三季度 | 四季度 |  |  |',
      `| 1 | 大气污染防治 | 480.00 | 86.40 | 132.75 | 118.20 | 135.65 | 473.00 | ${rate} |`,
      '| 2 | 水污染防治 | 620.00 | 95.30 | 168.42 | 176.85 | 161.03 | 601.60 | 97.0% |',
    ]).replace('# 2024年度项目支出绩效自评表', '# 2024年度项目支出分季度执行情况表\n\n单位：万元');
  it('the 执行率 is the 累计执行\'s, not the first quarter\'s', () => {
    expect(hitsOf('rate', table('98.5%'), 'form.md')).toEqual([]);
    expect(hitsOf('rate', table('95.8%'), 'form.md')).toEqual([['JX_CHECK_RATE', '95.8%']]);
  });
});

describe('a 评分标准 column', () => {
  const table = (a: string) =>
    form([
      '| 三级指标 | 评分标准 | 分值 | 目标值 | 实际值 | 得分 |',
      `| 政府采购执行率 | ≥95%得满分，未达到按比例得分 | 50 | ≥95% | ${a} | 48.32 |`,
      '| 数据更新及时率 | ≥95%得满分 | 50 | ≥95% | 98% | 50 |',
      '| 合计 |  | 100 |  |  | 98.32 |',
    ]);
  it('its criteria name no row: two indicators under one criterion are not one figure said twice', () => {
    expect(allHits(table('91.80%'), 'form.md').filter((h) => h.code === 'JX_CHECK_CONFLICT')).toEqual([]);
  });
});

describe('the sources of funds under the 资金 header', () => {
  const funds = (rows: readonly string[], total = '99.80') =>
    form([
      '| 项目资金 | 资金来源 | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分 |',
      ...rows,
      ...indicators(total).map((l) => l.replace(/ \| [^|]*偏差原因分析及改进措施 \|$| \|  \|$| \| 等级：优 \|$/u, ' |')),
    ]);
  const standard = (source: string) => [
    '|  | 年度资金总额 | 680,000.00 | 762,400.00 | 746,952.60 | 10 | 98.0% | 9.80 |',
    `|  | 其中：财政拨款 | 680,000.00 | 712,400.00 | ${source} | — | — | — |`,
    '|  | 其他资金 | — | 50,000.00 | 48,600.00 | — | — | — |',
  ];
  it('add up to the 年度资金总额 in each column, a dash counting 0', () => {
    expect(scoreHits(funds(standard('698,352.60')))).toEqual([]);
    expect(scoreHits(funds(standard('689,352.60')))).toEqual([['JX_CHECK_SUM', '746,952.60']]);
  });
  it('a source broken down under it (其中 under 财政拨款) is read that way; its total at the bottom is the 年度资金总额', () => {
    const nested = (central: string) => [
      '|  | 财政拨款 | 945.40 | 945.40 | 922.18 | — | 97.54% | — |',
      `|  | 其中：中央补助 | 560.00 | 560.00 | ${central} | — | 100.00% | — |`,
      '|  | 县级财政 | 385.40 | 385.40 | 362.18 | — | 93.98% | — |',
      '|  | 其他资金 | — | — | — | — | — | — |',
      '|  | 合计 | 945.40 | 945.40 | 922.18 | 10 | 97.54% | 9.75 |',
    ];
    expect(scoreHits(funds(nested('560.00'), '99.75'))).toEqual([]);
    // 中央补助 and 县级财政 no longer make 财政拨款, but the flat reading cannot hold either: found.
    expect(scoreHits(funds(nested('660.00'), '99.75'))).toEqual([['JX_CHECK_SUM', '922.18']]);
  });
  it('其中：基本支出 over 人员经费 and 公用经费, then 其中：项目支出: the marked rows are the parts, the unmarked ones their breakdown', () => {
    const marked = (personnel: string) => [
      '|  | 年度资金总额 | 1,255.68 | 1,655.54 | 1,606.77 | 10 | 97.05% | 9.7 |',
      '|  | 其中：基本支出 | 612.22 | 645.82 | 635.71 | — | 98.43% | — |',
      `|  | 人员经费 | ${personnel} | 516.29 | 513.26 | — | 99.41% | — |`,
      '|  | 公用经费 | 116.58 | 129.53 | 122.45 | — | 94.53% | — |',
      '|  | 其中：项目支出 | 643.46 | 1,009.72 | 971.06 | — | 96.17% | — |',
    ];
    // Quiet on both rules: 公用经费 is no total of 其中：项目支出 below it.
    expect(allHits(funds(marked('495.64'), '99.70'), 'form.md').filter((h) => h.code === 'JX_CHECK_SUM')).toEqual([]);
    // 人员经费 + 公用经费 no longer make 基本支出, and no other reading holds.
    expect(scoreHits(funds(marked('459.64'), '99.70'))).toEqual([['JX_CHECK_SUM', '612.22']]);
  });
  it('a source scored on its own row (分值 | 执行率 | 得分 on 其中：当年财政拨款) is held to 执行率 × 分值 too', () => {
    const scoredRows = (score: string) => [
      '|  | 年度资金总额 | 2227.77 | 2221.66 | 2173.14 | 10 | 97.82% | 9.8 |',
      `|  | 其中：当年财政拨款 | 1915.90 | 1909.79 | 1866.60 | 10 | 97.74% | ${score} |`,
      '|  | 上年结转资金 | 311.87 | 311.87 | 306.54 | 10 | 98.29% | 9.8 |',
    ];
    expect(scoreHits(funds(scoredRows('9.8'), '99.80'))).toEqual([]);
    expect(scoreHits(funds(scoredRows('9.9'), '99.80'))).toEqual([['JX_CHECK_RATE_SCORE', '9.9']]);
  });
  it('one source alone is a part: it may be less than the total, never more', () => {
    const one = (value: string) => ['|  | 年度资金总额 | 100.00 | 120.00 | 118.00 | 10 | 98.33% | 9.83 |', `|  | 其中：财政拨款 | 90.00 | ${value} | 110.00 | — | — | — |`];
    expect(scoreHits(funds(one('110.00'), '99.83'))).toEqual([]);
    expect(scoreHits(funds(one('130.00'), '99.83'))).toEqual([['JX_CHECK_SUM', '120.00']]);
  });
});

describe('tables that show how a rate is made', () => {
  it('分子 ÷ 分母 is the row\'s 计算结果; a result that is no rate is not read', () => {
    const table = (num: string) =>
      form([
        '| 指标名称 | 计算方法 | 分子 | 分母 | 计算结果 |',
        '| 馆藏档案数字化率 | 已数字化卷数/馆藏总卷数 | 35,160 | 60,000 | 58.6% |',
        `| 验收合格率 | 合格卷数/抽检卷数 | ${num} | 1250 | 99.2% |`,
        '| 每页扫描成本（元） | 加工费/扫描页数 | 1,164,950 | 1,013,000 | 1.15 |',
      ]);
    expect(hitsOf('rate', table('1240'), 'form.md')).toEqual([]);
    expect(hitsOf('rate', table('1204'), 'form.md')).toEqual([['JX_CHECK_RATE', '99.2%']]);
  });
  it('a 完成率 column under a form\'s first rows is each row\'s 实际 ÷ 目标', () => {
    const table = (rate: string) =>
      form([
        '| 资金情况 | 全年预算数（万元） | 186.50 | 全年执行数（万元） | 180.59 | 执行率 | 96.83% |',
        '| 三级指标 | 年度指标值 | 实际完成值 | 完成率 | 分值 | 得分 |  |',
        `| 改造农村户厕（户） | 320 | 336 | ${rate} | 10 | 10.00 |  |`,
        '| 覆盖行政村（个） | 14 | 14 | 100.0% | 10 | 10.00 |  |',
        '| 生活垃圾收运覆盖率 | 95% | 97% | 102.1% | 10 | 10.00 |  |',
      ]);
    expect(hitsOf('rate', table('105.0%'), 'form.md')).toEqual([]);
    // 10.00 of 10 points is 100%, not 100.5%: a 分值 is exact, not a rounded 9.5 to 10.5.
    expect(hitsOf('rate', table('100.5%'), 'form.md')).toEqual([['JX_CHECK_RATE', '100.5%']]);
  });
  it('a bare rate under 执行率（%） is a percent: a budget row\'s is held to 执行 ÷ 预算', () => {
    const table = (rate: string) =>
      form([
        '| 资金类别 | 年初预算（万元） | 全年预算（万元） | 全年执行（万元） | 执行率（%） | 分值 | 得分 |',
        '| 合计 | 270.00 | 329.60 | 322.25 | 97.77 | 10 | 9.78 |',
        `| 本级财政 | 120.00 | 120.00 | 114.37 | ${rate} | — | — |`,
      ]);
    expect(hitsOf('rate', table('95.31'), 'form.md')).toEqual([]);
    expect(hitsOf('rate', table('95.13'), 'form.md')).toEqual([['JX_CHECK_RATE', '95.13']]);
  });
});

describe('counts of people add up like amounts', () => {
  it('a 合计 row of 编制数, 实有人数 and 退休人数 is the sum of its rows', () => {
    const table = (retired: string) =>
      form([
        '| 类别 | 编制数 | 实有人数 | 控制率 | 退休人数 |',
        '| 行政编制 | 38 | 36 | 94.7% | 21 |',
        '| 事业编制 | 52 | 47 | 90.4% | 18 |',
        '| 工勤编制 | 4 | 4 | 100.0% | 3 |',
        `| 合计 | 94 | 87 | 92.6% | ${retired} |`,
      ]);
    expect(allHits(table('42'), 'form.md')).toEqual([]);
    expect(allHits(table('24'), 'form.md').map((h) => [h.code, h.mention.text.trim()])).toEqual([['JX_CHECK_SUM', '24']]);
  });
});

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

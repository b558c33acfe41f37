import { describe, expect, it } from 'vitest';
import { sameMetric, subjectKey } from '../../../pipeline/mentions/similarity.js';
import { allHits } from './support.js';

/**
 * Correct wordings of the kinds that gave false findings on the clean files of the eleventh blind
 * corpus (bench/bulk-v), rewritten here with other names and figures: nothing is found in any of
 * them; and the same wordings with one figure wrong, each found on that figure.
 */
const DEPT = '# 2024年度某镇人民政府部门整体支出绩效自评报告\n\n## 一、部门基本情况\n\n本镇机关为财政全额拨款单位。\n\n## 二、预算收支情况\n\n';
const PROJECT = '# 2024年度某县耕地地力保护补贴项目绩效自评报告\n\n## 一、项目概况\n\n';

const share = (rate: string) => `${DEPT}全年支出500.00万元，其中：基本支出300.00万元（人员经费250.00万元，公用经费50.00万元），占支出总额的${rate}；项目支出200.00万元。\n`;
const change = (gap: string) => `${DEPT}全年“三公”经费预算5.50万元，实际支出4.00万元，其中公务接待费1.50万元、公务用车运行维护费2.50万元，因公出国（境）费用0元；较上年的5.00万元减少${gap}万元。\n`;
const perHead = (each: string) =>
  `${PROJECT}年初预算50.00万元，年中收到上级下达补贴资金800.00万元，全年预算850.00万元，其中：中央耕地保护补贴资金800.00万元，县级配套50.00万元。\n\n## 二、资金使用情况\n\n项目实际支出750.00万元，预算执行率88.24%。\n\n## 三、绩效情况\n\n全年核定补贴面积2.5万亩，受益农户1,500户，户均补贴${each}元。\n`;
const rows = (prose: string) =>
  `${PROJECT}${prose}\n\n## 二、绩效自评表\n\n| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |\n|---|---|---|---|---|---|---|\n| 产出指标 | 数量指标 | 生活补贴覆盖人数 | ≥3,400人 | 3,472人 | 10 | 10 |\n| 产出指标 | 数量指标 | 护理补贴覆盖人数 | ≥4,200人 | 4,220人 | 10 | 10 |\n`;

const found = (text: string) => allHits(text, 'report.md').filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.mention.text}`);

describe('bulk-v: correct wordings of the eleventh blind corpus kinds are quiet', () => {
  it('a share after an amount and its breakdown in brackets is that amount\'s, not the last part\'s', () => expect(found(share('60.00%'))).toEqual([]));
  it('a change after a 其中 list is the total\'s (支出T，其中a、b、c0元；较上年的P减少g)', () => expect(found(change('1.00'))).toEqual([]));
  it('a per-head named for funds received may be over what was spent of them', () => expect(found(perHead('5,000.00'))).toEqual([]));
  it('sibling names (生活补贴覆盖人数, 护理补贴覆盖人数) are two items, not one metric worded two ways', () => expect(found(rows('两项补贴按月发放。'))).toEqual([]));
});

describe('bulk-v: the same wordings with a figure wrong are found', () => {
  it('the share', () => expect(found(share('62.00%'))).toEqual(['JX_CHECK_RATE 62.00%']));
  it('the change', () => expect(found(change('1.20'))).toEqual(['JX_CHECK_SUM 1.20万元']));
  it('the per-head', () => expect(found(perHead('5,600.00'))).toEqual(['JX_CHECK_RATE 5,600.00元']));
  it('a table row against the text', () => expect(found(rows('护理补贴覆盖人数4,320人。'))).toEqual(['JX_CHECK_TABLE_NARRATIVE 4,220人']));
});

/** Relations the eleventh blind corpus broke that were not read: each found on the figure changed, quiet when right. */
const basic = (b: string) => `${DEPT}全年支出900.00万元，其中：基本支出600.00万元（人员经费520.00万元，公用经费${b}万元），占支出总额的66.67%；项目支出300.00万元。\n`;
const pension = (each: string) =>
  `${PROJECT}资金使用情况：支出2,000,000.00元，①定期抚恤金1,500,000.00元；②走访慰问500,000.00元。\n\n## 二、绩效情况\n\n全区享受定期抚恤的对象120人，全年人均发放定期抚恤金${each}元。\n`;
const graded = (score: string, grade: string) =>
  `${PROJECT}| 一级指标 | 分值 | 得分 |\n|---|---|---|\n| 产出指标 | 50 | 48 |\n| 效益指标 | 50 | 47.5 |\n| 总分 | 100 | ${score}（${grade}） |\n\n经自评，项目综合得分${score}分（${grade}）。\n`;

const income = (b: string) => `${DEPT}2024年度本单位收入总计250.00万元，其中：财政拨款收入220.00万元（占收入总计的88.00%），上级补助收入${b}万元，年初结转和结余10.00万元。\n`;

const fund = (rate: string) => `${PROJECT}分资金来源看，县级资金已全部支出；省级奖补资金120.00万元，已支出96.00万元，执行率${rate}，原因是资金12月才下达。\n`;
const conclusion = (grade: string) =>
  `${PROJECT}| 一级指标 | 二级指标 | 分值 | 得分 |\n|---|---|---|---|\n| 产出指标 | 数量指标 | 50 | 45 |\n| 效益指标 | 社会效益 | 50 | 41.5 |\n| 合计 |  | 100 | 86.5 |\n| 自评结论 |  | ${grade} |  |\n`;

const growthAfter = (rate: string) => `${PROJECT}截至年底，全县有效期内高新技术企业57家，上年为48家，同比增长${rate}。\n`;

describe('bulk-v: relations read since', () => {
  it('this year\'s, then ，上年为 last year\'s, then the growth rate', () => {
    expect(found(growthAfter('18.75%'))).toEqual([]);
    expect(found(growthAfter('16.75%'))).toEqual(['JX_CHECK_RATE 16.75%']);
    // After the parts of a total, the total is this year's (三公经费T，为a和b，上年为P，同比下降X%).
    expect(found(`${DEPT}“三公”经费6.30万元，为公务接待费1.30万元和公用车运行维护费5.00万元，上年为7.00万元，同比下降10.00%。\n`)).toEqual([]);
  });
  it('a fund named by no budget word, what was spent of it, its 执行率', () => {
    expect(found(fund('80.00%'))).toEqual([]);
    expect(found(fund('82.00%'))).toEqual(['JX_CHECK_RATE 82.00%']);
  });
  it('a grade in a cell of its own in the row under the total (自评结论 | | 良)', () => {
    expect(found(conclusion('良'))).toEqual([]);
    expect(found(conclusion('优'))).toEqual(['JX_CHECK_GRADE 86.5']);
  });
  it('收入总计 holds the carry-over: 年初结转和结余 is a part of its list', () => {
    expect(found(income('20.00'))).toEqual([]);
    expect(found(income('26.00'))).toEqual(['JX_CHECK_SUM 250.00万元']);
  });
  it('基本支出A（人员经费a，公用经费b）: the two in brackets make A', () => {
    expect(found(basic('80.00'))).toEqual([]);
    expect(found(basic('90.00'))).toEqual(['JX_CHECK_SUM 600.00万元']);
  });
  it('全年人均发放定期抚恤金: the period and the verb name no item; the item is 定期抚恤金', () => {
    expect(found(pension('12,500.00'))).toEqual([]);
    expect(found(pension('12,800.00'))).toEqual(['JX_CHECK_RATE 12,800.00元']);
  });
  it('a grade in brackets right after the total score, in the table and in the text', () => {
    expect(found(graded('95.5', '优'))).toEqual([]);
    expect(found(graded('95.5', '良'))).toEqual(['JX_CHECK_GRADE 95.5', 'JX_CHECK_GRADE 95.5分']);
  });
});

describe('sameMetric: sibling names are two metrics, a name with a word added or dropped is one', () => {
  const same = (a: string, b: string) => sameMetric(subjectKey(a), subjectKey(b));
  it.each([
    ['生活补贴覆盖人数', '护理补贴覆盖人数', false],
    ['一级残疾人数', '二级残疾人数', false],
    ['科技型中小企业入库数量', '科技型中小企业评价入库数量', true],
    ['农村公路养护里程', '农村公路养护里程', true],
  ] as const)('%s / %s: %s', (a, b, expected) => expect(same(a, b)).toBe(expected));
});

/**
 * Data-only checking (no sidecar) on the paraphrase corpus: no error finding on any clean document,
 * and changed figures of the shapes the bench counts are caught where the frame names the fact
 * (a score-table cell by its row and column, a figure in a section that sets targets, a total
 * named by its own label). The rates themselves are measured by `npm run bench:frames`.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { corpusDocs, type CorpusDoc } from '../support/paraphrase.js';

let docs: CorpusDoc[] = [];
beforeAll(async () => {
  docs = await corpusDocs();
}, 120_000);

const check = (doc: CorpusDoc, text: string) => checkReport({ file: doc.name, text, format: doc.format }, { facts: doc.facts, profile: doc.profile });
const errors = (doc: CorpusDoc, text: string) => check(doc, text).findings.filter((f) => f.severity === 'error');
const docNamed = (name: string): CorpusDoc => {
  const doc = docs.find((d) => d.name === name);
  if (!doc) throw new Error(`no corpus document ${name}`);
  return doc;
};

/** The text with the `nth` line holding `from` changed to `to`, and the 1-based line changed. */
function edit(text: string, lineHas: string, from: string, to: string): { text: string; line: number } {
  const lines = text.split('\n');
  const i = lines.findIndex((l) => l.includes(lineHas) && l.includes(from));
  if (i < 0) throw new Error(`no line with ${lineHas} and ${from}`);
  lines[i] = (lines[i] ?? '').replace(from, to);
  return { text: lines.join('\n'), line: i + 1 };
}

describe('data-only check on the paraphrase corpus', () => {
  it('raises no error finding on any clean document: rendered through every template set, or written by hand', () => {
    const clean = docs.filter((d) => d.clean);
    expect(clean.length).toBeGreaterThanOrEqual(10);
    for (const doc of clean) expect(errors(doc, doc.text).map((f) => `${f.location.line}: ${f.message}`), doc.name).toEqual([]);
  });

  it('a changed 得分 or 分值 cell of the score table is found against its row’s indicator', () => {
    const doc = docNamed('builtin/zhuzhou-2024-keji-fund');
    const score = edit(doc.text, '| 高新技术企业数 |', '| 5 | 5 |', '| 5 | 4 |');
    // …and the 总分 no longer adds up: the report's break, not the data's, since a score differs from the data.
    expect(errors(doc, score.text).map((f) => [f.code, f.expected])).toEqual([
      ['JX_CHECK_MISMATCH', '5分'],
      ['JX_CHECK_SCORE_TOTAL', '98'],
    ]);
    expect(errors(doc, score.text)[0]?.location.line).toBe(score.line);
    const weight = edit(doc.text, '| 高新技术企业数 |', '| 5 | 5 |', '| 4 | 5 |');
    // The weight also no longer holds its score, and the weights no longer add up: three findings.
    expect(errors(doc, weight.text).map((f) => [f.code, f.location.line])).toContainEqual(['JX_CHECK_MISMATCH', weight.line]);
  });

  it('a changed 实际完成值 is found even where other cells of the row name its categories', () => {
    const doc = docNamed('builtin/zhuzhou-2024-keji-fund');
    const changed = edit(doc.text, '| 获得研发奖补企业 |', '321家', '320家');
    expect(errors(doc, changed.text).map((f) => [f.code, f.stated, f.expected])).toEqual([['JX_CHECK_MISMATCH', '320家', '321家']]);
  });

  it('a rate rounded the wrong way is wrong: 3.15% is 3.2%, never 3.1%', () => {
    const doc = docNamed('builtin/zhuzhou-2024-keji-fund');
    const swapped = edit(doc.text, '| 全社会研发投入强度 |', '| 3.1% | 3.15% |', '| 3.15% | 3.1% |');
    expect(errors(doc, swapped.text).map((f) => f.stated).sort()).toEqual(['3.1%', '3.15%']);
  });

  it('in a section that sets the year’s targets, a figure is held to the target, not to what was done', () => {
    const doc = docNamed('checklist/zhuzhou-2024-keji-fund');
    expect(errors(doc, doc.text)).toEqual([]);
    const changed = edit(doc.text, '研发奖补企业', '300家', '301家');
    expect(errors(doc, changed.text).map((f) => [f.stated, f.expected])).toEqual([['301家', '300家']]);
  });

  it('a total named by its own label (总分) is checked though the label is two characters', () => {
    const doc = docNamed('builtin/zhuzhou-2024-keji-fund');
    const changed = edit(doc.text, '总分', '总分99分', '总分79分');
    // Against the data, (without it) against the scores the same paragraph lists, and the grade
    // stated with it: 79 earns 中, not the 优 the sentence gives.
    expect(errors(doc, changed.text).map((f) => [f.code, f.stated, f.expected])).toEqual([
      ['JX_CHECK_GRADE', '79分', '中'],
      ['JX_CHECK_MISMATCH', '79分', '99分'],
      ['JX_CHECK_SCORE_TOTAL', '79分', '99分'],
    ]);
  });

  it('a column of change rates (增减率) is held to the change rate, not to the control rate', () => {
    const doc = docNamed('ledger/lusong-2023-kegongxin');
    const changed = edit(doc.text, '| 公务接待费 |', '41.80%', '41.70%');
    expect(errors(doc, changed.text).map((f) => [f.stated, f.expected, f.factId])).toEqual([['41.70%', '41.80%', 'three.reception.change_rate']]);
  });

  it('the 总分 cell of the score table is checked, and a sum broken by it is the report’s error, not the data’s', () => {
    const doc = docNamed('builtin/lusong-2023-kegongxin');
    const total = doc.text.split('\n').find((l) => l.startsWith('| 总分 |')) ?? '';
    const changed = doc.text.replace(total, total.replace('| 95 |', '| 96 |'));
    expect(changed).not.toBe(doc.text);
    const found = errors(doc, changed).map((f) => [f.code, f.stated]);
    expect(found).toContainEqual(['JX_CHECK_MISMATCH', '96']);
    expect(found).toContainEqual(['JX_CHECK_SCORE_TOTAL', '96']);
  });

  it('an adjustment said with its verb only (年中追加X) is held to the budget’s one adjustment', () => {
    const doc = docNamed('builtin/lusong-2023-kegongxin');
    const changed = edit(doc.text, '年中追加', '1,260.30万元', '1,260.31万元');
    expect(errors(doc, changed.text).map((f) => [f.code, f.stated, f.factId])).toContainEqual(['JX_CHECK_MISMATCH', '1,260.31万元', 'budget.adjust.added']);
  });
});

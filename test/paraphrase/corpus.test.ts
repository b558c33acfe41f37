/**
 * The paraphrase corpus is sound, whatever the checker makes of it: every template set renders both
 * examples with every figure traced to a fact, every data file loads, and every answer key names
 * places that exist, facts the data has, and the value of the fact it names. The checker's scores
 * on the corpus are measured by `npm run bench:frames`, not asserted here.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseChineseNumber } from '../../pipeline/check/index.js';
import { Dec } from '../../pipeline/decimal.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { loadData } from '../../pipeline/load/index.js';
import {
  answerKeyFiles,
  ERROR_KINDS,
  EXAMPLE_DATA,
  handwrittenDocs,
  HANDWRITTEN_DIR,
  readAnswerKey,
  renderedDocs,
  TEMPLATE_SETS_DIR,
  templateSets,
  type CorpusDoc,
} from '../support/paraphrase.js';
import { exemptSpans, namesOf, uncoveredDigits } from '../support/traced.js';

describe('template sets', () => {
  it('there are at least three, each overriding both report kinds', () => {
    const sets = templateSets();
    expect(sets.length).toBeGreaterThanOrEqual(3);
    for (const set of sets) {
      for (const kind of ['project', 'department']) {
        for (const part of ['report', 'overview', 'usage', 'performance']) {
          expect(() => readFileSync(path.join(TEMPLATE_SETS_DIR, set, kind, `${part}.njk`), 'utf8'), `${set}/${kind}/${part}`).not.toThrow();
        }
      }
    }
  });

  for (const set of templateSets()) {
    for (const data of EXAMPLE_DATA) {
      it(`${set} renders ${path.basename(data)}: every number is a traced figure, the same bytes twice, unlike the built-in draft`, async () => {
        const templates = path.join(TEMPLATE_SETS_DIR, set);
        const { doc, loaded } = await draftReport({ data, templates });
        for (const f of doc.figures) expect(doc.markdown.slice(f.offset, f.offset + f.length)).toBe(f.text);
        const figures = doc.figures.map((f): [number, number] => [f.offset, f.offset + f.length]);
        expect(uncoveredDigits(doc.markdown, figures, exemptSpans(doc.markdown, namesOf(loaded.data)))).toEqual([]);
        expect(doc.markdown).not.toMatch(/〔待补：偏差原因〕|undefined|NaN|\[object/);
        expect((await draftReport({ data, templates })).doc.markdown).toBe(doc.markdown);
        expect((await draftReport({ data })).doc.markdown).not.toBe(doc.markdown);
      });
    }
  }
});

describe('hand-written reports', () => {
  let docs: CorpusDoc[] = [];
  beforeAll(async () => {
    docs = await handwrittenDocs();
  });

  it('cover what the corpus promises: .md and .txt, project and department, clean and broken, every kind of break', async () => {
    const keys = answerKeyFiles().map(readAnswerKey);
    expect(keys.length).toBeGreaterThanOrEqual(3);
    const reports = keys.map((k) => readFileSync(path.join(HANDWRITTEN_DIR, k.report), 'utf8'));
    for (const [i, text] of reports.entries()) expect(text.length, keys[i]?.report).toBeGreaterThanOrEqual(1500);
    expect(keys.some((k) => k.report.endsWith('.md'))).toBe(true);
    const txt = reports.filter((_, i) => keys[i]?.report.endsWith('.txt'));
    expect(txt.some((t) => /^## /m.test(t))).toBe(true);
    // A table whose rows do not start with “|”.
    expect(reports.some((t) => t.split('\n').some((l) => !l.trimStart().startsWith('|') && /\S \| \S.* \| \S/.test(l)))).toBe(true);
    const kinds = await Promise.all(keys.map(async (k) => (await loadData(path.join(HANDWRITTEN_DIR, k.data))).data.kind));
    expect(new Set(kinds)).toEqual(new Set(['project', 'department']));
    expect(keys.some((k) => k.clean)).toBe(true);
    expect(keys.some((k) => !k.clean)).toBe(true);
    expect(new Set(keys.flatMap((k) => k.errors.map((e) => e.kind)))).toEqual(new Set(ERROR_KINDS));
  });

  it('every data file loads and every answer-key place exists, names a fact of the data, and overlaps no other', () => {
    expect(docs.length).toBe(answerKeyFiles().length);
    for (const doc of docs) {
      expect(doc.problems, doc.name).toEqual([]);
      const spans = [...doc.figures, ...doc.notFigures].sort((a, b) => a.offset - b.offset);
      for (let i = 1; i < spans.length; i += 1) {
        const [a, b] = [spans[i - 1], spans[i]];
        if (a && b) expect(a.offset + a.length <= b.offset, `${doc.name}:${b.line} “${a.text}” 与 “${b.text}” 重叠`).toBe(true);
      }
    }
  });

  it('every digit of a report is in a key figure, a listed non-figure, a date, a document number or an outline marker', async () => {
    for (const doc of docs) {
      const { data } = await loadData(doc.dataFile);
      const exempt = exemptSpans(doc.text, namesOf(data));
      // Outline and list markers at the start of a line (1. 2、 （3）) are structure, not figures.
      for (const m of doc.text.matchAll(/^[ \t]*(?:\d{1,2}[.．、]|[（(]\d{1,2}[）)])/gm)) exempt.push([m.index, m.index + m[0].length]);
      const covered = [...doc.figures, ...doc.notFigures].map((s): [number, number] => [s.offset, s.offset + s.length]);
      expect(uncoveredDigits(doc.text, covered, exempt), doc.name).toEqual([]);
    }
  });

  it('a figure the key says is right states the value of its fact', () => {
    for (const doc of docs) {
      const byId = new Map(doc.facts.map((f) => [f.id, f]));
      // The figures a break is written at (and, for a mismatch, its copies) hold the wrong value on purpose.
      const wrong = new Set(doc.errors.flatMap((e) => (e.kind === 'mismatch' ? e.spans : [e.spans[0]]).map((s) => s?.offset)));
      for (const fig of doc.figures) {
        if (wrong.has(fig.offset) || fig.facts.length === 0) continue;
        const stated = statedValue(fig.text);
        expect(stated, `${doc.name}:${fig.line} “${fig.text}” 读不出数值`).toBeDefined();
        if (stated === undefined) continue;
        const agrees = fig.facts.some((id) => {
          const fact = byId.get(id);
          return fact !== undefined && new Dec(fact.value).abs().toDecimalPlaces(stated.decimals).equals(stated.value);
        });
        expect(agrees, `${doc.name}:${fig.line} “${fig.text}” 与 ${fig.facts.join('/')} 的数值不符`).toBe(true);
      }
    }
  });

  it('every intended break is wrong against the data, and the figure it is written at differs from its fact', () => {
    for (const doc of docs) {
      for (const e of doc.errors) {
        const fig = doc.figures.find((f) => f.offset === e.offset);
        expect(fig, `${doc.name}:${e.line} 错误“${e.text}”不在 figures 中`).toBeDefined();
        const fact = doc.facts.find((f) => f.id === fig?.facts[0]);
        const stated = statedValue(e.text);
        expect(fact && stated && !new Dec(fact.value).toDecimalPlaces(stated.decimals).equals(stated.value), `${doc.name}:${e.line} “${e.text}”`).toBe(true);
      }
    }
  });
});

describe('rendered drafts', () => {
  it('both examples through the built-in templates and every set: every figure has one fact of its data', async () => {
    const docs = await renderedDocs();
    expect(docs.length).toBe((templateSets().length + 1) * EXAMPLE_DATA.length);
    for (const doc of docs) {
      const ids = new Set(doc.facts.map((f) => f.id));
      expect(doc.figures.length, doc.name).toBeGreaterThan(100);
      for (const f of doc.figures) {
        expect(f.facts.length).toBe(1);
        expect(ids.has(f.facts[0] ?? ''), `${doc.name}: ${f.facts[0]}`).toBe(true);
        expect(doc.text.slice(f.offset, f.offset + f.length)).toBe(f.text);
      }
    }
  });
});

/** The number a figure's text states (1,864.05万元 → 1864.05; 十一家 → 11; 第二 → 2), with the decimals shown. */
function statedValue(text: string): { value: Dec; decimals: number } | undefined {
  const digits = /\d[\d,]*(?:\.\d+)?/.exec(text)?.[0];
  if (digits) {
    const plain = digits.replace(/,/g, '');
    return { value: new Dec(plain), decimals: plain.includes('.') ? plain.length - plain.indexOf('.') - 1 : 0 };
  }
  const numeral = /[零一二两三四五六七八九十百千]+/.exec(text)?.[0];
  const value = numeral === undefined ? undefined : parseChineseNumber(numeral);
  return value === undefined ? undefined : { value: new Dec(value), decimals: 0 };
}

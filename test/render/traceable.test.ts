import { describe, expect, it } from 'vitest';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { LUSONG, NEEDS_SEEDS, SEED, ZHUZHOU } from '../support/paths.js';
import { exemptSpans, namesOf, uncoveredDigits } from '../support/traced.js';

async function uncovered(data: string, prior?: string): Promise<string[]> {
  const { doc, loaded } = await draftReport({ data, prior });
  const exempt = exemptSpans(doc.markdown, namesOf(loaded.data));
  const figures = doc.figures.map((f): [number, number] => [f.offset, f.offset + f.length]);
  for (const f of doc.figures) expect(doc.markdown.slice(f.offset, f.offset + f.length)).toBe(f.text);
  return uncoveredDigits(doc.markdown, figures, exempt);
}

describe('every number in a draft comes from a fact', () => {
  it('project example', async () => {
    expect(await uncovered(ZHUZHOU)).toEqual([]);
  });
  it('department example', async () => {
    expect(await uncovered(LUSONG)).toEqual([]);
  });
  it('with a seed as the prior-year report (carried text included)', NEEDS_SEEDS, async () => {
    expect(await uncovered(LUSONG, SEED.lusong2023)).toEqual([]);
    expect(await uncovered(ZHUZHOU, SEED.zhuzhou2024)).toEqual([]);
  });
});

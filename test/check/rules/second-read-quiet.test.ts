import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../../pipeline/paths.js';
import { allHits } from './support.js';

/**
 * Correct reports a second reader of the day's readings wrote to make them err (test/fixtures/second-read):
 * last year's totals beside this year's, a count after the per-head, a department's cost per 人次, a
 * change rate against the budget, a table copied one cell per line with a blank cell, one source of funds
 * among several, 基本支出 of a fund's section, a table of group totals after their rows, 其他收入 with
 * the carry-over in the next sentence. Each gave a false finding before it was mended; none may now.
 */
const DIR = path.join(PACKAGE_ROOT, 'test/fixtures/second-read');

describe('second read of the fifteenth and sixteenth corpora\'s readings: correct reports stay quiet', () => {
  it.each(readdirSync(DIR).sort())('%s', (name) => {
    const text = readFileSync(path.join(DIR, name), 'utf8');
    const found = allHits(text, `report${path.extname(name)}`).filter((h) => h.severity !== 'info').map((h) => `${h.code} ${h.message}`);
    expect(found).toEqual([]);
  });
});

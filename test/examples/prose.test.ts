import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textFields } from '../../pipeline/facts/text.js';
import { loadData } from '../../pipeline/load/index.js';
import { ROOT } from '../support/paths.js';

/**
 * The shipped data files hold facts and short items; the prose comes from the templates. Measure:
 * the characters of every free-text value of the data (the fields `textFields` lists: background
 * items, purposes, results, goals, reasons, problems, measures…), names and codes not counted.
 * Measured with the same function on the files as they stood before data version 2 (commit b286768):
 */
const BEFORE: Record<string, number> = {
  'examples/lusong-2023-kegongxin.yaml': 2005,
  'examples/zhuzhou-2024-keji-fund.yaml': 2926,
  'corpus-data/lusong-2022-kegongxin.yaml': 1420,
  'corpus-data/zhuzhou-2023-keji-fund.yaml': 2030,
};

async function proseOf(file: string): Promise<{ chars: number; longest: number }> {
  const loaded = await loadData(path.join(ROOT, file));
  const lengths = textFields(loaded.data).map(([, t]) => [...t].length);
  return { chars: lengths.reduce((a, b) => a + b, 0), longest: Math.max(0, ...lengths) };
}

describe('the shipped data files write facts and short items, not report prose', () => {
  for (const [file, before] of Object.entries(BEFORE)) {
    it(`${file}: at most a quarter of the free text it had, no item longer than a phrase`, async () => {
      const { chars, longest } = await proseOf(file);
      expect(chars).toBeGreaterThan(0);
      expect(chars).toBeLessThanOrEqual(before / 4);
      expect(longest).toBeLessThanOrEqual(30);
    });
  }
});

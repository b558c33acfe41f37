/**
 * The index that tells which values of the data the draft printed answers, for every path, what
 * comparing the path with each printed one answers (one holds the other, or they are the same).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { leafPaths, PathIndex } from '../../pipeline/jobs/unused.js';
import { EXAMPLES } from '../support/paths.js';

/** The relation as first written: one path is the other, or begins with it and then `.` or `[`. */
function relatedPair(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}.`) || a.startsWith(`${b}[`) || b.startsWith(`${a}.`) || b.startsWith(`${a}[`);
}

/** A path and everything that holds it, as text: budget.rate.value, budget.rate, budget. */
function withHolders(p: string): string[] {
  const out = [p];
  for (let i = 0; i < p.length; i++) if (p[i] === '.' || p[i] === '[') out.push(p.slice(0, i));
  return out;
}

describe('printed paths', () => {
  for (const file of ['zhuzhou-2024-keji-fund.yaml', 'lusong-2023-kegongxin.yaml']) {
    it(`answer as the pairwise comparison on every value of ${file} and what holds it`, () => {
      const leaves = leafPaths(parse(readFileSync(path.join(EXAMPLES, file), 'utf8')));
      expect(leaves.length).toBeGreaterThan(100);
      const queries = [...new Set(leaves.flatMap(withHolders)), 'budget.rateX', 'indicators[1', 'meta.unit.extra'];
      // Printed: every third value, and some whole objects and lists, as the templates print them.
      const printed = [...leaves.filter((_, i) => i % 3 === 0), 'indicators[2]', 'budget', 'meta.year'];
      const index = new PathIndex();
      for (const p of printed) index.add(p);
      const answers = queries.map((q) => index.related(q));
      expect(answers).toEqual(queries.map((q) => printed.some((p) => relatedPair(q, p))));
      expect(answers.filter(Boolean).length).toBeGreaterThan(0);
      expect(answers.filter((a) => !a).length).toBeGreaterThan(0);
    });
  }
});

/**
 * One way to say a number: every number → text conversion for people goes through pipeline/format
 * (the canonical decimal text of a value goes through decText in pipeline/decimal.ts). A direct
 * toFixed, toPrecision, toLocaleString, Intl.NumberFormat or Chinese-numeral encoder elsewhere is a
 * second way, with its own rounding and its own look.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

// docx-numbering reproduces the numbers Word itself draws before list paragraphs (（一）, ①), to read
// a Word report's text as it is shown: Word's formatting, not ours.
const ALLOWED = new Set(['pipeline/format/index.ts', 'pipeline/decimal.ts', 'pipeline/read/docx-numbering.ts']);
const FORBIDDEN = /\.toFixed\(|\.toPrecision\(|\.toLocaleString\(|Intl\.NumberFormat|\.encodeS\(|from 'nzh/u;

function sources(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { recursive: true })
    .map(String)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => path.join(dir, f).split(path.sep).join('/'));
}

describe('numbers become text only in pipeline/format', () => {
  it('finds no number formatting outside format/ and decimal.ts', () => {
    const files = [...sources('pipeline'), ...sources('cli')];
    expect(files.length).toBeGreaterThan(50);
    const offenders: string[] = [];
    for (const f of files) {
      if (ALLOWED.has(f)) continue;
      readFileSync(path.join(ROOT, f), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (FORBIDDEN.test(line)) offenders.push(`${f}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(offenders).toEqual([]);
  });

  it('the check itself would catch one', () => {
    expect(FORBIDDEN.test('const t = `${value.toFixed(2)}%`;')).toBe(true);
    expect(FORBIDDEN.test("import cn from 'nzh/cn';")).toBe(true);
    expect(FORBIDDEN.test('formatNumber(value, 2)')).toBe(false);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFiles } from '../../pipeline/index.js';
import { CODES, isCode } from '../../pipeline/codes.js';
import { codesTable, withCodesTable } from '../../scripts/codes-table.js';
import { HAVE_SEEDS, ROOT, SEEDS } from '../support/paths.js';

/** Every source file under these folders (TypeScript and templates). */
function sources(...dirs: string[]): { file: string; text: string }[] {
  return dirs.flatMap((dir) =>
    readdirSync(path.join(ROOT, dir), { recursive: true })
      .map(String)
      .filter((f) => /\.(ts|mts|mjs|cjs|njk)$/.test(f))
      .map((f) => path.join(dir, f))
      .map((file) => ({ file, text: readFileSync(path.join(ROOT, file), 'utf8') })),
  );
}

/** `JX_…` strings, and `JX_READ_*` families, as written. */
const CODE_TEXT = /\bJX_[A-Z0-9_]+\*?/g;

const REGISTRY = path.join('pipeline', 'codes.ts');
const PRODUCT = sources('pipeline', 'cli', 'schemas', 'templates').filter((s) => s.file !== REGISTRY);
const EVERYWHERE = [...PRODUCT, ...sources('test', 'bench', 'scripts')];

describe('the code registry', () => {
  it('declares every code written anywhere (product, tests, benchmarks)', () => {
    const unknown: string[] = [];
    for (const { file, text } of EVERYWHERE) {
      for (const [written] of text.matchAll(CODE_TEXT)) {
        const family = written.replace(/\*$/, '');
        const known = /[_*]$/.test(written) ? Object.keys(CODES).some((c) => c.startsWith(family)) : isCode(written);
        if (!known) unknown.push(`${file}: ${written}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  it('declares no code the product never uses', () => {
    const used = new Set(PRODUCT.flatMap(({ text }) => [...text.matchAll(CODE_TEXT)].map(([w]) => w)));
    expect(Object.keys(CODES).filter((c) => !used.has(c))).toEqual([]);
  });

  it('gives every code a Chinese meaning', () => {
    for (const [code, info] of Object.entries(CODES)) expect(info.meaning, code).toMatch(/[\u4e00-\u9fff]{2}/u);
  });

  it('gives the highest level a finding of the code is reported at', async () => {
    const rank = { info: 0, warning: 1, error: 2 } as const;
    const reports = [path.join(ROOT, 'corpus'), ...(HAVE_SEEDS ? [SEEDS] : [])];
    const { result } = await checkFiles(reports, { data: path.join(ROOT, 'corpus-data/zhuzhou-2023-keji-fund.yaml') });
    const findings = result.files.flatMap((f) => f.findings);
    expect(new Set(findings.map((f) => f.code)).size).toBeGreaterThan(2);
    expect(findings.filter((f) => rank[f.severity] > rank[CODES[f.code].severity]).map((f) => `${f.code} ${f.severity}`)).toEqual([]);
  });

  it('is what the README lists (run `npm run codes` when this fails)', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    expect(withCodesTable(readme)).toBe(readme);
    for (const code of Object.keys(CODES)) expect(codesTable()).toContain(`\`${code}\``);
  });
});

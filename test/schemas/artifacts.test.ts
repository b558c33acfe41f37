/**
 * The artifacts the stages hand each other are zod schemas, and what the stages really produce
 * passes them: a section tree of every shipped report, the check result of a draft, the sidecar
 * the writer makes, and update's change list.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CheckResult } from '../../schemas/check-result.js';
import { SectionTree } from '../../schemas/section-tree.js';
import { FiguresSidecar } from '../../schemas/sidecar.js';
import { Change } from '../../schemas/update.js';
import { readCorpus } from '../../pipeline/corpus/index.js';
import { jixiao } from '../support/cli.js';
import { NEEDS_SEEDS, ROOT, SEED, ZHUZHOU } from '../support/paths.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';

describe('artifacts validate against their schemas', () => {
  const validTrees = (files: readonly string[]): void => {
    for (const f of files) {
      const tree = readCorpus(readFileSync(f, 'utf8'), { file: f });
      const parsed = SectionTree.safeParse(tree);
      expect(parsed.success, `${f}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(tree.sections.length).toBeGreaterThan(2);
    }
  };

  it('section trees of the shipped prior-year reports', () => {
    validTrees([path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'), path.join(ROOT, 'corpus/lusong-2022-kegongxin.md')]);
  });

  it('section trees of the seeds', NEEDS_SEEDS, () => {
    validTrees([SEED.zhuzhou2024, SEED.zhuzhou2022, SEED.lusong2023]);
  });

  it('a draft’s sidecar, its check result, and an update’s change list', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-artifacts-'));
    const draft = path.join(dir, 'd.md');
    expect(jixiao(['draft', ZHUZHOU, '-o', draft]).code).toBe(0);
    expect(FiguresSidecar.safeParse(JSON.parse(readFileSync(path.join(dir, 'd.figures.json'), 'utf8'))).success).toBe(true);
    const check = jixiao(['check', draft, '--format', 'json']);
    const parsed = CheckResult.safeParse(JSON.parse(check.stdout));
    expect(parsed.success, parsed.error?.message).toBe(true);
    // An edit, then new data (a changed actual): update lists its changes.
    writeFileSync(draft, readFileSync(draft, 'utf8').replace('全年执行数', '全年实际执行数'));
    const data = path.join(dir, 'new.yaml');
    writeFileSync(data, readFileSync(ZHUZHOU, 'utf8').replace(/^(\s*actual:\s*)"?1864\.05"?/mu, '$11800.05'));
    const update = jixiao(['update', draft, '--data', data, '--format', 'json']);
    expect(update.code).toBe(0);
    const changes = (JSON.parse(update.stdout) as { changes: unknown[] }).changes;
    expect(changes.length).toBeGreaterThan(0);
    for (const c of changes) expect(Change.safeParse(c).success, JSON.stringify(c)).toBe(true);
  });
});

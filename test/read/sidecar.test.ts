/**
 * A sidecar that cannot be trusted is never used quietly: `check` on a draft whose *.figures.json
 * is broken JSON, of the wrong shape, of an old format, or written for another draft stops with
 * its own code and exit 2, and says what to do.
 */
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { jixiao } from '../support/cli.js';
import { LUSONG, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-sidecar-'));
const draft = path.join(dir, 'draft.md');
const sidecar = path.join(dir, 'draft.figures.json');
const other = path.join(dir, 'other.md');

beforeAll(() => {
  expect(jixiao(['draft', ZHUZHOU, '-o', draft]).code).toBe(0);
  expect(jixiao(['draft', LUSONG, '-o', other]).code).toBe(0);
});

function checkWith(content: string): ReturnType<typeof jixiao> {
  writeFileSync(sidecar, content);
  return jixiao(['check', draft]);
}

describe('check refuses a sidecar it cannot trust', () => {
  it('uses a sound sidecar, and the draft checks clean', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    const run = jixiao(['check', draft]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/与数据一致/);
  });

  it('broken JSON: JX_SIDECAR_CORRUPT, exit 2, no stack trace', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    const good = readFileSync(sidecar, 'utf8');
    const run = checkWith(good.slice(0, Math.floor(good.length / 2)));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JX_SIDECAR_CORRUPT');
    expect(run.stderr).toContain('draft.figures.json');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('a wrong shape (no figures): JX_SIDECAR_INVALID naming the field, never exit 70', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    const json = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
    delete json.figures;
    const run = checkWith(JSON.stringify(json));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JX_SIDECAR_INVALID');
    expect(run.stderr).toContain('figures');
  });

  it('an old format: JX_SIDECAR_INVALID saying to draft again', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    const json = JSON.parse(readFileSync(sidecar, 'utf8')) as Record<string, unknown>;
    const run = checkWith(JSON.stringify({ ...json, version: 1 }));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JX_SIDECAR_INVALID');
    expect(run.stderr).toContain('旧版');
  });

  it('another draft’s sidecar: JX_SIDECAR_FOREIGN', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    copyFileSync(path.join(dir, 'other.figures.json'), sidecar);
    const run = jixiao(['check', draft]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('JX_SIDECAR_FOREIGN');
  });

  it('an edited draft keeps its sidecar: edits are not a foreign draft', () => {
    jixiao(['draft', ZHUZHOU, '-o', draft]);
    const text = readFileSync(draft, 'utf8');
    const paragraphs = text.split('\n\n');
    // An editor rewrites every third paragraph and deletes a few others.
    const edited = paragraphs.filter((_, i) => i % 7 !== 3).map((p, i) => (i % 3 === 0 && !p.startsWith('#') && !p.startsWith('|') ? `经核实，${p.slice(4)}` : p)).join('\n\n');
    writeFileSync(draft, edited);
    const run = jixiao(['check', draft]);
    expect(run.stderr).not.toMatch(/JX_SIDECAR_FOREIGN|JX_SIDECAR_INVALID/);
    expect([0, 1]).toContain(run.code);
  });
});

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { ROOT, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-docx-cli-'));

/** Edits word/document.xml as Word would leave it: text changed inside the runs. */
function editDocx(file: string, out: string, edit: (xml: string) => string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('no document.xml');
  parts['word/document.xml'] = strToU8(edit(strFromU8(xml)));
  writeFileSync(out, zipSync(parts));
}

describe('Word files through check and update', () => {
  it('check --annotate writes a copy with a Word comment at each finding', () => {
    const draft = path.join(dir, 'draft.docx');
    expect(jixiao(['draft', ZHUZHOU, '-o', draft]).code).toBe(0);
    const edited = path.join(dir, 'edited.docx');
    editDocx(draft, edited, (xml) => xml.replace('全年预算1864.05万元', '全年预算1846.05万元'));
    const annotated = path.join(dir, 'annotated.docx');
    const run = jixiao(['check', edited, '--data', ZHUZHOU, '--annotate', annotated]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/已写出带批注的文档 .*annotated\.docx：批注 \d+ 条/);
    const parts = unzipSync(new Uint8Array(readFileSync(annotated)));
    const comments = strFromU8(parts['word/comments.xml'] ?? new Uint8Array());
    expect(comments).toContain('JX_CHECK_MISMATCH');
    expect(comments).toContain('应为：1864.05万元');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toMatch(/<w:commentRangeStart w:id="\d+"\/>/);
  });

  it('--annotate refuses a non-.docx input or overwriting the input (exit 2)', () => {
    expect(jixiao(['check', path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'), '--annotate', path.join(dir, 'x.docx')]).code).toBe(2);
    const draft = path.join(dir, 'draft.docx');
    expect(jixiao(['check', draft, '--annotate', draft]).code).toBe(2);
  });

  it('update on a Word draft the editor changed: figures restated inside the runs, the editor\'s words kept', () => {
    const v1 = path.join(ROOT, 'test/fixtures/update/v1.yaml');
    const v2 = path.join(ROOT, 'test/fixtures/update/v2.yaml');
    const draft = path.join(dir, 'farm.docx');
    expect(jixiao(['draft', v1, '-o', draft]).code).toBe(0);
    // The editor rewrites one sentence in Word and keeps its figure.
    editDocx(draft, draft, (xml) => xml.replace('资金实行专账核算，按工程进度拨付。', '资金专账核算、按进度拨付，全年支出600.00万元。'));
    const run = jixiao(['update', draft, '--data', v2]);
    expect(run.code).toBe(0);
    const updated = path.join(dir, 'farm.updated.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(updated)))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('资金专账核算、按进度拨付，全年支出580.35万元。');
    const check = JSON.parse(jixiao(['check', updated, '--data', v2, '--format', 'json']).stdout) as CheckResult;
    expect(check.files[0]?.findings.filter((f) => f.code === 'JX_CHECK_MISMATCH')).toEqual([]);
  });
});

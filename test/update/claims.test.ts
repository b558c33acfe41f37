import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { parse, stringify } from 'yaml';
import type { Finding } from '../../schemas/finding.js';
import { checkReport } from '../../pipeline/check/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { updateFile } from '../../pipeline/jobs/update.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { readSidecar } from '../../pipeline/read/sidecar.js';
import { writeReport } from '../../pipeline/write/index.js';
import { ROWS, type Patch, type Row } from './claims-table.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-claims-'));
let n = 0;

/** The example with the changes made, as a data file. */
function dataFile(example: string, ...patches: (Patch | undefined)[]): string {
  const d = parse(readFileSync(example, 'utf8'));
  for (const p of patches) p?.(d);
  const file = path.join(dir, `data-${++n}.yaml`);
  writeFileSync(file, stringify(d));
  return file;
}

/** The tool's draft of `data` with the editor's sentence in place of `find`, and its sidecar. */
async function editedDraft(row: Row, data: string): Promise<{ file: string; sentence: string }> {
  const { doc, facts } = await draftReport({ data });
  const file = path.join(dir, `draft-${++n}.md`);
  await writeReport(doc, file, { facts: facts.facts, dataFile: data });
  const text = readFileSync(file, 'utf8');
  const found = typeof row.find === 'string' ? text.includes(row.find) : row.find.test(text);
  if (!found) throw new Error(`${row.name}: the draft has no ${String(row.find)}`);
  writeFileSync(file, text.replace(row.find, row.write));
  return { file, sentence: row.write };
}

/** Where the editor's words are in the output, whatever figures update restated in them. */
function editorSpan(output: string, write: string): [number, number] {
  const pattern = write.split(/[\d.,]+/u).map((p) => p.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('[\\d.,]+');
  const m = new RegExp(pattern, 'u').exec(output);
  if (!m) throw new Error(`the output has no ${write}`);
  return [m.index, m.index + m[0].length];
}

/** update's listing of contradicted claims, and check's error findings (any code) in the editor's sentences of the output. */
async function run(draft: string, data: string, write: string): Promise<{ listed: string[]; found: Finding[]; output: string }> {
  const output = path.join(dir, `updated-${++n}.md`);
  const { update } = await updateFile(draft, { data, output });
  const listed = update.review.filter((r) => r.code === 'JX_UPDATE_CLAIM').map((r) => r.claim ?? '');
  const { facts, loaded } = await draftReport({ data });
  const text = readFileSync(output, 'utf8');
  const report = checkReport({ file: output, text, format: 'md' }, { facts: facts.facts, sidecar: await readSidecar(output, text), profile: loaded.profile });
  const [a, b] = editorSpan(text, write);
  const found = report.findings.filter((f) => f.severity === 'error' && f.location.offset >= a && f.location.offset < b);
  return { listed, found, output: text };
}

/** Each listed claim is one of the expected ones, and each expected one is listed. */
function same(listed: readonly string[], expected: readonly string[]): void {
  expect(listed.length, `listed: ${listed.join(' | ')}`).toBe(expected.length);
  for (const e of expected) expect(listed.some((l) => l.includes(e)), `${e} in ${listed.join(' | ')}`).toBe(true);
}

describe('update and check test every claim of an edited sentence against the new data', () => {
  it('the table holds at least 30 sentences, for both examples', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
    expect(new Set(ROWS.map((r) => r.data)).size).toBe(2);
  });

  for (const row of ROWS) {
    it(row.name, async () => {
      const base = row.base ? dataFile(row.data, row.base) : row.data;
      const { file } = await editedDraft(row, base);
      // The data changes that contradict: every such claim listed, and check's only errors in the sentence are these claims
      // (JX_CHECK_CLAIM, or JX_CHECK_MISMATCH where the claim is an approximate figure the binder holds to its fact).
      const broken = await run(file, dataFile(row.data, row.base, row.breaks), row.write);
      same(broken.listed, row.claims);
      same(broken.found.map((f) => f.stated), row.claims);
      // The change that does not: nothing listed, no error in the editor's sentence.
      const kept = await run(file, dataFile(row.data, row.base, row.keeps), row.write);
      expect(kept.listed).toEqual([]);
      expect(kept.found.map((f) => f.message)).toEqual([]);
    });
  }
});

describe('the same on a Word draft', () => {
  const first = ROWS[0];
  if (!first) throw new Error('no rows');
  const row: Row = first;

  /** The tool's Word draft of the example with the editor's sentence typed into it, as Word keeps it. */
  async function editedDocx(): Promise<string> {
    const { doc, facts } = await draftReport({ data: row.data });
    const file = path.join(dir, `draft-${++n}.docx`);
    await writeReport(doc, file, { facts: facts.facts, dataFile: row.data });
    const zip = unzipSync(new Uint8Array(readFileSync(file)));
    const xml = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
    const edited = xml.replace('，资金已全部执行，无结余结转。', '，资金已全部执行，无结余结转，特此说明。');
    expect(edited).not.toBe(xml);
    writeFileSync(file, zipSync({ ...zip, 'word/document.xml': strToU8(edited) }));
    return file;
  }

  it('lists the claims, comments their words in the updated file when asked, and check finds them there', async () => {
    const draft = await editedDocx();
    const data = dataFile(row.data, row.breaks);
    const output = path.join(dir, `updated-${++n}.docx`);
    const { update } = await updateFile(draft, { data, output, comments: true });
    const claims = update.review.filter((r) => r.code === 'JX_UPDATE_CLAIM');
    expect(claims.map((r) => [r.claim, r.old, r.new])).toEqual([
      ['资金已全部执行', '100.00%', '94.87%'],
      ['无结余结转', '0.00万元', '95.55万元'],
    ]);
    // Each comment spans exactly the claim's words, with the reason.
    const zip = unzipSync(new Uint8Array(readFileSync(output)));
    const body = strFromU8(zip['word/document.xml'] ?? new Uint8Array());
    const comments = strFromU8(zip['word/comments.xml'] ?? new Uint8Array());
    for (const r of claims) {
      const id = new RegExp(`<w:comment [^>]*w:id="(\\d+)"[^>]*>(?:(?!</w:comment>).)*\\[JX_UPDATE_CLAIM\\] “${r.claim}”`, 'su').exec(comments)?.[1];
      expect(id, `${r.claim} commented`).toBeDefined();
      const span = new RegExp(`<w:commentRangeStart w:id="${id}"/>(.*?)<w:commentRangeEnd w:id="${id}"/>`, 'su').exec(body)?.[1] ?? '';
      expect(span.replace(/<[^>]+>/gu, '')).toBe(r.claim);
    }
    // check on the updated Word file reports the same claims.
    const { facts, loaded } = await draftReport({ data });
    const text = (await readReportFile(output)).text;
    const report = checkReport({ file: output, text, format: 'md', sourceFormat: 'docx' }, { facts: facts.facts, sidecar: await readSidecar(output, text), profile: loaded.profile });
    expect(report.findings.filter((f) => f.code === 'JX_CHECK_CLAIM').map((f) => f.stated)).toEqual(['资金已全部执行', '无结余结转']);
  });

  it('comments nothing where the new data keeps the claims true', async () => {
    const draft = await editedDocx();
    const output = path.join(dir, `updated-${++n}.docx`);
    const { update } = await updateFile(draft, { data: dataFile(row.data, row.keeps), output, comments: true });
    expect(update.review.filter((r) => r.code === 'JX_UPDATE_CLAIM')).toEqual([]);
    const comments = strFromU8(unzipSync(new Uint8Array(readFileSync(output)))['word/comments.xml'] ?? new Uint8Array());
    expect(comments).not.toContain('JX_UPDATE_CLAIM');
  });
});

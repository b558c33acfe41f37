/**
 * `check DIR` over many reports as a bureau runs it: the built CLI on real files (drafts of both
 * examples as .md and .docx, the shipped corpus reports, variants of them, a corrupt and a
 * renamed .docx), on a pool of 2 workers and in-process, every output read back.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CheckResult, FileReport } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-batch-'));
const reports = path.join(dir, 'reports');
const CORPUS = ['lusong-2022-kegongxin', 'zhuzhou-2023-keji-fund'];

/** A corpus report with its figures moved: the same structure, other numbers (and a broken sum or two). */
function variant(text: string, k: number): string {
  let n = 0;
  return text.replace(/\d+\.\d\d(?=万元)/g, (m) => ((n += 1) % 5 === k % 5 ? (Number(m) + k).toFixed(2) : m));
}

beforeAll(() => {
  mkdirSync(reports, { recursive: true });
  expect(jixiao(['draft', ZHUZHOU, '-o', path.join(reports, 'a-zhuzhou.docx')]).code).toBe(0);
  expect(jixiao(['draft', LUSONG, '-o', path.join(reports, 'b-lusong.md')]).code).toBe(0);
  for (const name of CORPUS) {
    const text = readFileSync(path.join(ROOT, 'corpus', `${name}.md`), 'utf8');
    for (let k = 0; k < 5; k += 1) writeFileSync(path.join(reports, `c-${name}-${k}.md`), k === 0 ? text : variant(text, k));
  }
  // Unreadable ones among them: a cut .docx, and plain text named .docx.
  writeFileSync(path.join(reports, 'd-corrupt.docx'), readFileSync(path.join(reports, 'a-zhuzhou.docx')).subarray(0, 3000));
  writeFileSync(path.join(reports, 'e-renamed.docx'), '这是一份纯文本报告，不是 Word 文件。\n');
});

const listed = () => jixiao(['check', reports, '-f', 'json', '--jobs', '1']);

describe('check DIR on a worker pool', () => {
  let one: ReturnType<typeof jixiao>;
  let two: ReturnType<typeof jixiao>;
  let three: ReturnType<typeof jixiao>;
  let result: CheckResult;
  beforeAll(() => {
    one = listed();
    // --jobs 2: this thread and one worker take files as each is free; --jobs 3: and two workers.
    two = jixiao(['check', reports, '-f', 'json', '--jobs', '2']);
    three = jixiao(['check', reports, '-f', 'json', '--jobs', '3']);
    result = JSON.parse(two.stdout) as CheckResult;
  });

  it('streams one JSON document, byte-identical with --jobs 3, 2 and 1, files in input order', () => {
    expect(two.stdout).toBe(one.stdout);
    expect(three.stdout).toBe(one.stdout);
    // The streamed text is what serialising the whole result at once gives.
    expect(two.stdout).toBe(`${JSON.stringify(result, null, 2)}\n`);
    const names = result.files.map((f) => path.basename(f.file));
    expect(names).toEqual([...names].sort());
    expect(names).toHaveLength(14);
  });

  it('gives an unreadable file its own result and checks the rest (exit 1)', () => {
    expect(two.code).toBe(1);
    const byName = new Map(result.files.map((f) => [path.basename(f.file), f]));
    expect(byName.get('d-corrupt.docx')?.unreadable?.[0]?.code).toBe('JX_READ_CORRUPT');
    expect(byName.get('e-renamed.docx')?.unreadable?.[0]?.code).toBe('JX_READ_NOT_DOCX');
    expect(result.summary.unreadable).toBe(2);
    const read = result.files.filter((f) => f.unreadable === undefined);
    expect(read).toHaveLength(12);
    for (const f of read) expect(f.coverage.figures, f.file).toBeGreaterThan(100);
    // The drafts are checked against their own sidecars; the corpus variants break sums.
    expect(byName.get('a-zhuzhou.docx')?.withData).toBe(true);
    expect(result.summary.errors).toBe(result.files.reduce((n, f) => n + f.findings.filter((x) => x.severity === 'error').length, 0));
    expect(two.stderr).toMatch(/d-corrupt\.docx: 错误 \[JX_READ_CORRUPT\]/);
    expect(two.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  });

  it('--format ndjson: one line per file, each the file of the JSON document', () => {
    const run = jixiao(['check', reports, '-f', 'ndjson', '--jobs', '2']);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(result.files.length);
    expect(lines.map((l) => JSON.parse(l) as FileReport)).toEqual(result.files);
  });

  it('text output is the same with --jobs 2 and --jobs 1 and ends with the counts', () => {
    const a = jixiao(['check', reports, '--jobs', '2']);
    const b = jixiao(['check', reports, '--jobs', '1']);
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout).toMatch(/d-corrupt\.docx\n {2}未能读取：错误 \[JX_READ_CORRUPT\]/);
    expect(a.stdout.trimEnd().split('\n').at(-1)).toBe(`共 14 个文件：错误 ${result.summary.errors}，警告 ${result.summary.warnings}，提示 ${result.summary.infos}；未能读取 2 个`);
  });

  it('exit 2 only when nothing could be read; a bad --jobs is an option error', () => {
    const bad = jixiao(['check', path.join(reports, 'd-corrupt.docx'), path.join(reports, 'e-renamed.docx'), '--jobs', '2']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/JX_READ_CORRUPT/);
    const missing = jixiao(['check', path.join(reports, 'b-lusong.md'), path.join(reports, 'nope.md')]);
    expect(missing.code).toBe(1);
    expect(missing.stdout).toMatch(/nope\.md\n {2}未能读取：错误 \[JX_FILE_UNREADABLE\]/);
    for (const n of ['0', 'two', '1.5']) {
      const run = jixiao(['check', reports, '--jobs', n]);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('[JX_CLI_OPTION] --jobs 应为正整数');
    }
  });
});

describe('the overview: --html-dir and --summary', () => {
  const out = path.join(dir, 'overview');
  let run: ReturnType<typeof jixiao>;
  beforeAll(() => {
    run = jixiao(['check', reports, '--jobs', '2', '--html-dir', out, '--summary', path.join(dir, 'summary.xlsx')]);
  });

  it('index.html has a row per report, each readable one linking to its review page', () => {
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`总览：${path.join(out, 'index.html')}（审阅页 12 个）`);
    const html = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html.match(/<tr data-index=/g)).toHaveLength(14);
    const links = [...html.matchAll(/<a href="([^"]+)">/g)].map((m) => decodeURIComponent(m[1] ?? ''));
    expect(links).toHaveLength(12);
    for (const link of links) {
      expect(existsSync(path.join(out, link)), link).toBe(true);
      expect(readFileSync(path.join(out, link), 'utf8')).toContain('<meta name="generator" content="jixiao">');
    }
    expect(links).toContain('a-zhuzhou.html');
    expect(existsSync(path.join(out, 'd-corrupt.html'))).toBe(false);
    expect(html).toContain('株洲市芦淞区科技和工业信息化局');
    expect(html).toMatch(/未能读取：\[JX_READ_CORRUPT\]/);
    // The page's count agrees with the terminal's last line: a file not read is not a report with errors.
    const last = /错误 (\d+)，警告 (\d+)，提示 \d+；未能读取 (\d+) 个/.exec(run.stdout.trimEnd().split('\n').at(-1) ?? '');
    expect(last).not.toBeNull();
    const [, errors, warnings, unread] = last ?? [];
    expect(html).toMatch(new RegExp(`共 14 份报告：有错误的 \\d+ 份（错误 ${errors} 条，警告 ${warnings} 条），未能读取 ${unread} 份`));
    // Offline: no address but the page's own links.
    expect(html).not.toMatch(/https?:\/\//);
  });

  it('the summary .xlsx reads back with exceljs: header frozen, columns sized, a row per report', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'summary.xlsx'));
    const ws = wb.worksheets[0];
    expect(ws?.name).toBe('核对总览');
    expect(ws?.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws?.getRow(1).values).toEqual([undefined, '文件', '单位／项目', '类型', '年度', '数字', '与数据一致', '错误', '警告', '首要问题']);
    expect(ws?.rowCount).toBe(15);
    expect(ws?.getColumn(9).width).toBeGreaterThan(40);
    const lusong = ws?.getRow(3).values as unknown[];
    expect(lusong.slice(2, 5)).toEqual(['株洲市芦淞区科技和工业信息化局', '部门整体', 2023]);
    expect(typeof lusong[5]).toBe('number');
  });

  it('the summary is the same bytes on every run; .csv opens as Chinese in Excel (BOM, CRLF)', () => {
    const again = path.join(dir, 'again.xlsx');
    expect(jixiao(['check', reports, '--jobs', '1', '--summary', again]).code).toBe(1);
    expect(readFileSync(again).equals(readFileSync(path.join(dir, 'summary.xlsx')))).toBe(true);
    const csv = path.join(dir, 'summary.csv');
    jixiao(['check', reports, '--summary', csv]);
    const text = readFileSync(csv, 'utf8');
    expect(text.startsWith('\ufeff文件,单位／项目,类型,年度,')).toBe(true);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(15);
    expect(jixiao(['check', reports, '--summary', path.join(dir, 'x.ods')]).stderr).toContain('--summary 的文件应以 .xlsx 或 .csv 结尾');
  });

  it('copies of one report in two folders get two pages', () => {
    const twin = path.join(dir, 'twin');
    mkdirSync(path.join(twin, 'x'), { recursive: true });
    mkdirSync(path.join(twin, 'y'), { recursive: true });
    copyFileSync(path.join(reports, 'b-lusong.md'), path.join(twin, 'x', 'r.md'));
    copyFileSync(path.join(reports, 'b-lusong.md'), path.join(twin, 'y', 'r.md'));
    const o = path.join(dir, 'twin-out');
    expect(jixiao(['check', twin, '--html-dir', o]).code).not.toBe(2);
    expect(existsSync(path.join(o, 'r.html')) && existsSync(path.join(o, 'r-2.html'))).toBe(true);
  });
});

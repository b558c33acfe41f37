/**
 * A bureau's folder as it is on a shared drive: reports beside their 自评表 as .xlsx, a report
 * still in .doc, a scan, an archive, Word's lock file of an open report, a Mac's ._ copies in
 * __MACOSX/, a hidden .git, a figures file. `check DIR` checks the reports and the workbook, lists
 * the .doc as a file not read (with what to do), names what it passed over, and says nothing of
 * what systems leave behind.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportFileKind } from '../../pipeline/index.js';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

describe('reportFileKind', () => {
  it('tells reports, reports in formats not read, system leftovers and other files apart', () => {
    const kinds = Object.fromEntries(
      [
        '报告.docx', 'a/b/报告.PDF', '报告.markdown', '报告.txt', './报告.md',
        '旧报告.doc', '报告.WPS', '报告.ofd', '报告.rtf', '报告.odt',
        '~$报告.docx', '.DS_Store', '._报告.docx', '__MACOSX/报告.docx', '.git/README.md', 'Thumbs.db', 'desktop.ini', '报告.figures.json',
        '自评表.xlsx', '旧表.xls', '扫描件.jpg', '材料.zip', 'README',
      ].map((name) => [name, reportFileKind(name)]),
    );
    expect(kinds).toEqual({
      '报告.docx': 'report', 'a/b/报告.PDF': 'report', '报告.markdown': 'report', '报告.txt': 'report', './报告.md': 'report',
      '旧报告.doc': 'unreadable-report', '报告.WPS': 'unreadable-report', '报告.ofd': 'unreadable-report', '报告.rtf': 'unreadable-report', '报告.odt': 'unreadable-report',
      '~$报告.docx': 'system', '.DS_Store': 'system', '._报告.docx': 'system', '__MACOSX/报告.docx': 'system', '.git/README.md': 'system',
      'Thumbs.db': 'system', 'desktop.ini': 'system', '报告.figures.json': 'system',
      '自评表.xlsx': 'report', '旧表.xls': 'unreadable-report', '扫描件.jpg': 'other', '材料.zip': 'other', README: 'other',
    });
  });
});

describe('check DIR on a folder as a bureau has it', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-folder-'));
  const reports = path.join(dir, '各单位报告');
  const report = path.join(ROOT, 'corpus', 'zhuzhou-2023-keji-fund.md');
  let run: ReturnType<typeof jixiao>;
  let result: CheckResult;
  beforeAll(() => {
    mkdirSync(path.join(reports, '二季度', '__MACOSX'), { recursive: true });
    mkdirSync(path.join(reports, '.git'), { recursive: true });
    copyFileSync(report, path.join(reports, '甲单位.md'));
    copyFileSync(report, path.join(reports, '二季度', '乙单位.md'));
    copyFileSync(path.join(ROOT, 'examples', 'zhuzhou-2024-keji-fund-自评表.xlsx'), path.join(reports, '甲单位-自评表.xlsx'));
    // A .doc begins with the OLE signature; Word's lock file is a few bytes of the user's name.
    writeFileSync(path.join(reports, '丙单位.doc'), Buffer.from('d0cf11e0a1b11ae1', 'hex'));
    writeFileSync(path.join(reports, '~$单位.docx'), Buffer.from('\u0006张三', 'utf8'));
    writeFileSync(path.join(reports, '二季度', '__MACOSX', '._乙单位.md'), Buffer.alloc(64));
    writeFileSync(path.join(reports, '.git', 'notes.md'), '# 不是报告\n');
    writeFileSync(path.join(reports, '.DS_Store'), Buffer.alloc(16));
    writeFileSync(path.join(reports, '丁单位.figures.json'), '{}'); // a figures file whose draft was moved away
    writeFileSync(path.join(reports, '说明.zip'), Buffer.from('504b0304', 'hex'));
    writeFileSync(path.join(reports, '扫描件.jpg'), Buffer.from('ffd8ffe0', 'hex'));
    run = jixiao(['check', reports, '-f', 'json', '--html-dir', path.join(dir, '总览')]);
    result = JSON.parse(run.stdout) as CheckResult;
  });

  it('checks the reports, the workbook and the .doc, in order, and nothing a system or Word left there', () => {
    expect(result.files.map((f) => path.relative(reports, f.file))).toEqual(['丙单位.doc', '二季度/乙单位.md', '甲单位-自评表.xlsx', '甲单位.md']);
    expect(result.files.filter((f) => f.unreadable === undefined)).toHaveLength(3);
    // The 自评表 workbook is read as its Word copy is: its figures found, its score table checked.
    expect(result.files[2]?.coverage.figures).toBe(90);
  });

  it('the .doc is a file not read, saying to save it as .docx', () => {
    const doc = result.files[0];
    expect(doc?.unreadable?.map((d) => d.code)).toEqual(['JX_READ_UNSUPPORTED']);
    expect(doc?.unreadable?.[0]?.message).toContain('另存为');
    expect(result.summary.unreadable).toBe(1);
  });

  it('names the files passed over, on stderr and on the overview page, once', () => {
    const notes = run.stderr.split('\n').filter((l) => l.includes('JX_READ_SKIPPED'));
    expect(notes).toHaveLength(1);
    expect(notes[0]).toContain('另有 2 个文件不是报告');
    expect(notes[0]).toContain('扫描件.jpg');
    expect(notes[0]).toContain('说明.zip');
    expect(notes[0]).toContain('压缩包请先解压');
    expect(run.stderr).not.toMatch(/~\$|DS_Store|__MACOSX|figures\.json|notes\.md/);
    const index = readFileSync(path.join(dir, '总览', 'index.html'), 'utf8');
    expect(index).toContain('另有 2 个文件不是报告');
    expect(index).not.toContain('~$');
  });

  it('a folder with no report names what it holds instead', () => {
    const empty = path.join(dir, '只有表格');
    mkdirSync(empty);
    writeFileSync(path.join(empty, '扫描件.jpg'), Buffer.from('ffd8ffe0', 'hex'));
    const none = jixiao(['check', empty]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('JX_FILE_UNREADABLE');
    expect(none.stderr).toContain('只有 1 个其他文件（扫描件.jpg）');
  });
});

/**
 * Catalogue, part 1: files lost or replaced. An output that would overwrite an input, another
 * output, a read-only file or a non-file is refused before anything is written.
 */
import { chmodSync, linkSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEPARTMENT, jixiao, PROJECT, PROJECT_FORM, run, snapshot, workspace } from './support.js';

describe('catalogue: files lost or replaced', () => {
  let dir = '';
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT, 'dept.yaml': DEPARTMENT, 'form.xlsx': PROJECT_FORM });
    // A draft, its sidecar and a Word copy to check and update.
    expect(jixiao(['draft', 'd.yaml', '-o', 'r.md'], { cwd: dir }).code).toBe(0);
    expect(jixiao(['draft', 'd.yaml', '-o', 'r.docx'], { cwd: dir }).code).toBe(0);
  });

  it('F01 draft -o the data file: refused, the data kept, no sidecar', () => {
    run(dir, ['draft', 'd.yaml', '-o', 'd.yaml'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['d.yaml', '数据文件'] });
  });

  it('F02 draft -o the prior-year report: refused', () => {
    run(dir, ['draft', 'dept.yaml', '--prior', 'r.md', '-o', 'r.md'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['r.md', '上年报告'] });
  });

  it('F03 draft --html the data file: refused', () => {
    run(dir, ['draft', 'd.yaml', '-o', 'new.md', '--html', 'd.yaml'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['审阅页', 'd.yaml'] });
  });

  it('F04 draft -o X --html X: refused before the draft is written (no page in place of a draft, no orphan sidecar)', () => {
    run(dir, ['draft', 'd.yaml', '-o', 'same.md', '--html', 'same.md'], { code: 2, codes: ['JX_OUTPUT_CLASH'], mentions: ['same.md', '草稿和审阅页'] });
  });

  it('F05 draft --html onto the draft’s own sidecar: refused', () => {
    run(dir, ['draft', 'd.yaml', '-o', 'x.md', '--html', 'x.figures.json'], { code: 2, codes: ['JX_OUTPUT_CLASH'], mentions: ['x.figures.json'] });
  });

  it('F06 draft over a read-only draft: refused, its bytes and mode unchanged', () => {
    const ro = path.join(dir, 'ro.md');
    writeFileSync(ro, '# 只读的稿\n');
    chmodSync(ro, 0o444);
    run(dir, ['draft', 'd.yaml', '-o', 'ro.md'], { code: 2, codes: ['JX_OUTPUT_READONLY'], mentions: ['ro.md', '只读'] });
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    chmodSync(ro, 0o644);
  });

  it('F07 check --html the report checked: refused, the report kept', () => {
    run(dir, ['check', 'r.md', '--html', 'r.md'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['r.md', '被检查的报告'] });
  });

  it('F08 check --html the data file: refused', () => {
    run(dir, ['check', 'r.md', '--data', 'd.yaml', '--html', 'd.yaml'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['d.yaml'] });
  });

  it('F09 check --html the report’s sidecar: refused', () => {
    run(dir, ['check', 'r.md', '--html', 'r.figures.json'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['r.figures.json', '数字对照表'] });
  });

  it('F10 check --annotate the .docx checked: refused', () => {
    run(dir, ['check', 'r.docx', '--annotate', 'r.docx'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['r.docx'] });
  });

  it('F11 update --in-place on a read-only draft: refused, no backup, mode unchanged', () => {
    const ro = path.join(dir, 'locked.md');
    writeFileSync(ro, readFileSync(path.join(dir, 'r.md')));
    writeFileSync(path.join(dir, 'locked.figures.json'), readFileSync(path.join(dir, 'r.figures.json')));
    chmodSync(ro, 0o444);
    run(dir, ['update', 'locked.md', '--data', 'd.yaml', '--in-place'], { code: 2, codes: ['JX_OUTPUT_READONLY'], mentions: ['locked.md'] });
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    chmodSync(ro, 0o644);
  });

  it('F12 update -o the new data file: refused', () => {
    run(dir, ['update', 'r.md', '--data', 'd.yaml', '-o', 'd.yaml'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['d.yaml', '新数据文件'] });
  });

  it('F13 update --html the draft being updated: refused', () => {
    run(dir, ['update', 'r.md', '--data', 'd.yaml', '--html', 'r.md'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['r.md', '草稿'] });
  });

  it('F14 draft -o a folder: refused', () => {
    mkdirSync(path.join(dir, 'folder.md'), { recursive: true });
    run(dir, ['draft', 'd.yaml', '-o', 'folder.md'], { code: 2, codes: ['JX_OUTPUT_UNWRITABLE'], mentions: ['folder.md', '文件夹'] });
  });

  it('F15 draft -o a symbolic link to the data file: refused (the link is followed)', () => {
    symlinkSync('d.yaml', path.join(dir, 'link.md'));
    run(dir, ['draft', 'd.yaml', '-o', 'link.md'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['link.md'] });
  });

  it('F16 draft -o a hard link to the data file: refused (same file, another name)', () => {
    linkSync(path.join(dir, 'd.yaml'), path.join(dir, 'hard.md'));
    run(dir, ['draft', 'd.yaml', '-o', 'hard.md'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['hard.md'] });
  });

  it('F17 draft -o a device (/dev/full, /dev/null): refused, the device untouched', () => {
    for (const device of ['/dev/full', '/dev/null']) {
      const before = statSync(device);
      run(dir, ['draft', 'd.yaml', '-o', device], { code: 2, codes: ['JX_OUTPUT_UNWRITABLE'], mentions: [device, '不是普通文件'] });
      expect(statSync(device).rdev).toBe(before.rdev);
    }
  });

  it('F18 a re-draft over an edited draft keeps the edit aside, under a name no second run takes', () => {
    const edited = path.join(dir, 'edited.md');
    expect(jixiao(['draft', 'd.yaml', '-o', 'edited.md'], { cwd: dir }).code).toBe(0);
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n人工补充的一段。\n`);
    const first = jixiao(['draft', 'd.yaml', '-o', 'edited.md'], { cwd: dir });
    writeFileSync(edited, `${readFileSync(edited, 'utf8')}\n又补充的一段。\n`);
    const second = jixiao(['draft', 'd.yaml', '-o', 'edited.md'], { cwd: dir });
    expect([first.code, second.code]).toEqual([0, 0]);
    const backups = [...snapshot(dir).keys()].filter((f) => /^edited\.edited-\d{8}-\d{6}(-\d+)?\.md$/.test(f));
    expect(backups).toHaveLength(2);
    const texts = backups.map((b) => readFileSync(path.join(dir, b), 'utf8'));
    expect(texts.some((t) => t.includes('人工补充的一段') && !t.includes('又补充'))).toBe(true);
    expect(texts.some((t) => t.includes('又补充的一段'))).toBe(true);
  });

  it('F19 import a form -o the form itself, even with --force: refused, the form kept', () => {
    run(dir, ['import', 'form.xlsx', '-o', 'form.xlsx', '--force'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['form.xlsx', '表格文件'] });
  });

  it('F20 init -o last year’s data file, even with --force: refused, the data kept', () => {
    run(dir, ['init', '--from', 'd.yaml', '-o', 'd.yaml', '--force'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['d.yaml', '上年数据文件'] });
  });

  it('F21 init over a read-only data file with --force: refused, its mode unchanged', () => {
    const ro = path.join(dir, 'next.yaml');
    writeFileSync(ro, 'kind: project\n');
    chmodSync(ro, 0o444);
    run(dir, ['init', '--from', 'd.yaml', '-o', 'next.yaml', '--force'], { code: 2, codes: ['JX_OUTPUT_READONLY'], mentions: ['next.yaml', '只读'] });
    expect(statSync(ro).mode & 0o777).toBe(0o444);
    chmodSync(ro, 0o644);
  });

  it('F22 migrate -o a hard link to the old data file: refused (same file, another name)', () => {
    linkSync(path.join(dir, 'dept.yaml'), path.join(dir, 'dept-v2.yaml'));
    run(dir, ['migrate', 'dept.yaml', '-o', 'dept-v2.yaml'], { code: 2, codes: ['JX_OUTPUT_IS_INPUT'], mentions: ['dept-v2.yaml', '旧数据文件'] });
  });

  it('F23 draft -o a name neither .md nor .docx (x.pdf, x.doc): refused, nothing written; --format says which', () => {
    run(dir, ['draft', 'd.yaml', '-o', 'x.pdf'], { code: 2, codes: ['JX_OUTPUT_FORMAT'], mentions: ['x.pdf', '.docx', '.pdf'] });
    run(dir, ['draft', 'd.yaml', '-o', 'x.doc'], { code: 2, codes: ['JX_OUTPUT_FORMAT'], mentions: ['x.doc', '.docx'] });
    expect(jixiao(['draft', 'd.yaml', '-o', 'plain.txt'], { cwd: dir }).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plain.txt'), 'utf8')).toMatch(/^# /u);
  });
});

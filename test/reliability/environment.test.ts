/**
 * Catalogue, part 2: faults of the machine, not of jixiao. A read-only folder or file system, a full
 * disk, a path through a file: input errors (exit 2) that say what to do, never "内部错误" (70), and
 * nothing left behind.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canMount, expectOutcome, jixiao, leftovers, PROJECT, run, snapshot, workspace } from './support.js';

const MOUNT = canMount();
if (!MOUNT) console.warn('不能挂载 tmpfs（需要 root 与 CAP_SYS_ADMIN）：磁盘已满和只读文件系统两例改用 /dev/full 与只读文件夹');

describe('catalogue: faults of the machine', () => {
  let dir = '';
  const mounts: string[] = [];
  const mount = (options: string): string => {
    const at = mkdtempSync(path.join(tmpdir(), 'jixiao-fs-'));
    expect(spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', at]).status).toBe(0);
    mounts.push(at);
    return at;
  };
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT });
  });
  afterAll(() => {
    for (const m of mounts) {
      spawnSync('umount', [m]);
      rmSync(m, { recursive: true, force: true });
    }
  });

  it('E01 a read-only output folder: refused before writing, not an internal error', () => {
    const ro = path.join(dir, 'readonly');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    run(dir, ['draft', 'd.yaml', '-o', 'readonly/x.md'], { code: 2, codes: ['JX_OUTPUT_UNWRITABLE'], mentions: ['readonly/x.md', '不可写'] });
    chmodSync(ro, 0o755);
  });

  it.skipIf(!MOUNT)('E02 a read-only file system: refused before writing', () => {
    const ro = mount('ro,size=64k');
    const before = snapshot(dir);
    const result = jixiao(['draft', 'd.yaml', '-o', path.join(ro, 'x.md')], { cwd: dir });
    expectOutcome(result, { code: 2, codes: ['JX_OUTPUT_UNWRITABLE'], mentions: [path.join(ro, 'x.md')], dir, before });
  });

  it.skipIf(!MOUNT)('E03 a full disk: exit 2 naming the file, no temporary file left, the previous draft and sidecar untouched', () => {
    // Room for one draft pair, not for a second one and its page beside it before the renames.
    const full = mount('size=400k');
    expect(jixiao(['draft', path.join(dir, 'd.yaml'), '-o', 'x.md'], { cwd: full }).code).toBe(0);
    const before = snapshot(full);
    const result = jixiao(['draft', path.join(dir, 'd.yaml'), '-o', 'x.md', '--html', 'x.html'], { cwd: full });
    expectOutcome(result, { code: 2, codes: ['JX_WRITE_FAILED'], mentions: ['磁盘空间已满', '原有文件未改动'], dir: full, before });
  });

  it.skipIf(!MOUNT)('E04 a full disk before the first write: nothing at all appears', () => {
    const full = mount('size=16k');
    const result = jixiao(['draft', path.join(dir, 'd.yaml'), '-o', 'y.docx'], { cwd: full });
    expectOutcome(result, { code: 2, codes: ['JX_WRITE_FAILED'], mentions: ['磁盘空间已满'], dir: full, before: new Map() });
  });

  it('E05 /dev/full as the output: refused up front, no temporary file in /dev', () => {
    const before = leftovers('/dev');
    run(dir, ['draft', 'd.yaml', '-o', '/dev/full'], { code: 2, codes: ['JX_OUTPUT_UNWRITABLE'], mentions: ['/dev/full'] });
    expect(leftovers('/dev')).toEqual(before);
  });

  it('E06 an output path through a file (a file where a folder should be): exit 2', () => {
    writeFileSync(path.join(dir, 'plain.txt'), '文本\n');
    run(dir, ['draft', 'd.yaml', '-o', 'plain.txt/x.md'], { code: 2, mentions: ['plain.txt/x.md'] });
  });

  it('E07 the data file is a folder: exit 2 naming it', () => {
    mkdirSync(path.join(dir, 'data.yaml'));
    run(dir, ['draft', 'data.yaml', '-o', 'z.md'], { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['data.yaml', '文件夹'] });
  });

  it('E08 the data file does not exist: exit 2 naming it', () => {
    run(dir, ['draft', 'missing.yaml', '-o', 'z.md'], { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['missing.yaml'] });
  });

  it('E09 the prior-year report does not exist: exit 2 naming it, no draft written', () => {
    run(dir, ['draft', 'd.yaml', '--prior', 'nowhere.md', '-o', 'z.md'], { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['nowhere.md'] });
  });

  it('E10 the report to check does not exist: exit 2 naming it', () => {
    run(dir, ['check', 'absent.md'], { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['absent.md'] });
  });

  it('E11 an unreadable data file (no read permission) is an input error when the user cannot read it', () => {
    const secret = path.join(dir, 'secret.yaml');
    writeFileSync(secret, readFileSync(path.join(dir, 'd.yaml')));
    chmodSync(secret, 0o000);
    const asRoot = process.getuid?.() === 0;
    const result = jixiao(['draft', 'secret.yaml', '-o', 's.md'], { cwd: dir });
    // The superuser reads it anyway; anyone else gets exit 2 with the file named.
    if (asRoot) expect(result.code).toBe(0);
    else expectOutcome(result, { code: 2, codes: ['JX_FILE_UNREADABLE'], mentions: ['secret.yaml'] });
    chmodSync(secret, 0o644);
  });
});

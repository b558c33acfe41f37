/**
 * Catalogue, part 5: files in the encodings Chinese editors save. Each is read as its writer meant
 * (the same draft, the same findings as from UTF-8), and whatever was not plain UTF-8 is said with
 * the file and place: never a silent guess.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HAVE_SEEDS, SEED } from '../support/paths.js';
import { jixiao, PROJECT, run, workspace, type CliRun } from './support.js';

const gb18030 = (text: string): Buffer => {
  // Node reads GB18030 (TextDecoder) but has no encoder: iconv via Python's codec, run once per file.
  const { spawnSync } = require('node:child_process') as typeof import('node:child_process');
  const out = spawnSync('python3', ['-c', 'import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode("utf-8").encode("gb18030"))'], { input: Buffer.from(text) });
  if (out.status !== 0) throw new Error(`python3 gb18030: ${String(out.stderr)}`);
  return out.stdout;
};
const utf16 = (text: string, bom: boolean, order: 'le' | 'be' = 'le'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const body = order === 'le' ? le : Buffer.from(le).swap16();
  return bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), body]) : body;
};

/** The summary line and every finding's code and line, to compare two runs of check. */
function findings(r: CliRun): string[] {
  return r.stdout.split('\n').filter((l) => /^\s+\d+:\d+ (错误|警告|提示) \[JX_/.test(l) || /^共 \d+ 个文件/.test(l));
}

describe('catalogue: encodings', () => {
  let dir = '';
  let utf8Draft = '';
  let data = '';
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT });
    data = readFileSync(PROJECT, 'utf8');
    expect(jixiao(['draft', 'd.yaml', '-o', 'utf8.md'], { cwd: dir }).code).toBe(0);
    utf8Draft = readFileSync(path.join(dir, 'utf8.md'), 'utf8');
  });

  const sameDraft = (name: string, bytes: Buffer, note: RegExp | undefined) => {
    writeFileSync(path.join(dir, name), bytes);
    const out = name.replace(/\.yaml$/, '.md');
    const result = run(dir, ['draft', name, '-o', out], { code: 0, writes: [out, out.replace(/\.md$/, '.figures.json')] });
    expect(readFileSync(path.join(dir, out), 'utf8')).toBe(utf8Draft);
    if (note) expect(result.stderr).toMatch(note);
    else expect(result.stderr).not.toContain('JX_READ_');
  };

  it('C01 a UTF-16 data file with a BOM: the same draft, and a note saying how it was read', () => {
    sameDraft('d16.yaml', utf16(data, true), /d16\.yaml: 提示 \[JX_READ_ENCODING\] d16\.yaml 不是 UTF-8 编码，已按 UTF-16（小端）读取/);
  });

  it('C02 a UTF-16 data file without a BOM (big-endian): the same draft', () => {
    sameDraft('d16be.yaml', utf16(data, false, 'be'), /JX_READ_ENCODING\] d16be\.yaml .*UTF-16（大端）/);
  });

  it('C03 a GBK data file: the same draft, a note, no field errors', () => {
    sameDraft('dgbk.yaml', gb18030(data), /JX_READ_ENCODING\] dgbk\.yaml .*GB18030（GBK）/);
  });

  it('C04 a UTF-8 data file with a BOM and CRLF line ends: the same draft, nothing to say', () => {
    sameDraft('dbom.yaml', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(data.replace(/\n/g, '\r\n'))]), undefined);
  });

  it('C05 a data file with a stray byte in a comment: the same draft, the byte’s line and column given', () => {
    const at = data.indexOf('#');
    const bytes = Buffer.concat([Buffer.from(data.slice(0, at + 1)), Buffer.from([0xff]), Buffer.from(data.slice(at + 1))]);
    const line = data.slice(0, at).split('\n').length;
    sameDraft('dstray.yaml', bytes, new RegExp(`dstray\\.yaml:${line}:\\d+: 警告 \\[JX_READ_STRAY_BYTES\\]`));
  });

  describe.skipIf(!HAVE_SEEDS)('reports', () => {
    let seed = '';
    let clean: CliRun;
    beforeAll(() => {
      seed = readFileSync(SEED.zhuzhou2024, 'utf8');
      writeFileSync(path.join(dir, 'seed.md'), seed);
      clean = jixiao(['check', 'seed.md', '--data', 'd.yaml'], { cwd: dir });
      expect(findings(clean).filter((l) => l.includes('错误')).length).toBeGreaterThan(0);
    });
    const sameFindings = (name: string, bytes: Buffer, note: RegExp) => {
      writeFileSync(path.join(dir, name), bytes);
      const result = run(dir, ['check', name, '--data', 'd.yaml'], { code: clean.code ?? 1 });
      expect(findings(result).filter((l) => !l.startsWith('共'))).toEqual(findings(clean).filter((l) => !l.startsWith('共')));
      expect(result.stderr).toMatch(note);
      return result;
    };

    it('C06 a UTF-8 report with one stray 0xFF byte: read as UTF-8, the same errors found, the byte’s place given', () => {
      const bytes = Buffer.from(seed);
      const at = bytes.indexOf(Buffer.from('。')) + 3;
      const line = bytes.subarray(0, at).toString('utf8').split('\n').length;
      sameFindings('stray.md', Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at)]), new RegExp(`stray\\.md:${line}:\\d+: 警告 \\[JX_READ_STRAY_BYTES\\].*第 ${line} 行第 \\d+ 列（0xFF）`));
    });

    it('C07 a report whose second half was saved as GBK: each half read right, the same errors, the lines named', () => {
      const lines = seed.split('\n');
      const half = Math.floor(lines.length / 2);
      const bytes = Buffer.concat([Buffer.from(`${lines.slice(0, half).join('\n')}\n`), gb18030(lines.slice(half).join('\n'))]);
      sameFindings('half.md', bytes, /JX_READ_MIXED_ENCODING\] half\.md 混用了两种编码：第 \d+(–\d+)? 行/);
    });

    it('C08 a GBK report: the same errors, a note', () => {
      sameFindings('gbk.md', gb18030(seed), /JX_READ_ENCODING\] gbk\.md .*GB18030/);
    });

    it('C09 a UTF-16 report: the same errors, a note', () => {
      sameFindings('u16.md', utf16(seed, true), /JX_READ_ENCODING\] u16\.md .*UTF-16/);
    });

    it('C10 a GBK prior-year report: the same carried text as from UTF-8', () => {
      writeFileSync(path.join(dir, 'prior-gbk.txt'), gb18030(readFileSync(SEED.zhuzhou2022, 'utf8')));
      writeFileSync(path.join(dir, 'prior-utf8.txt'), readFileSync(SEED.zhuzhou2022));
      const a = jixiao(['draft', 'd.yaml', '--prior', 'prior-utf8.txt', '-o', 'pa.md'], { cwd: dir });
      const b = run(dir, ['draft', 'd.yaml', '--prior', 'prior-gbk.txt', '-o', 'pb.md'], { code: 0, writes: ['pb.md', 'pb.figures.json'] });
      expect(a.code).toBe(0);
      expect(b.stderr).toMatch(/JX_READ_ENCODING\] prior-gbk\.txt/);
      expect(readFileSync(path.join(dir, 'pb.md'), 'utf8')).toBe(readFileSync(path.join(dir, 'pa.md'), 'utf8').replaceAll('prior-utf8.txt', 'prior-gbk.txt'));
    });
  });
});

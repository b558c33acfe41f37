/**
 * Catalogue, part 3: inputs built to exhaust memory or time. Each is refused at a named limit with
 * a message that says which and how to raise it, in bounded memory, before any output is written.
 */
import { openSync, readFileSync, writeFileSync, writeSync, closeSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../pipeline/limits.js';
import { jixiao, peakMemory, PROJECT, run, sizeOf, workspace } from './support.js';

const MB = 1024 * 1024;

/** A file of `bytes` made of `unit` repeated, written in pieces. */
function bigFile(file: string, head: string, unit: string, bytes: number): void {
  const fd = openSync(file, 'w');
  writeSync(fd, head);
  const chunk = unit.repeat(Math.ceil((1024 * 1024) / Buffer.byteLength(unit)));
  for (let written = Buffer.byteLength(head); written < bytes; written += Buffer.byteLength(chunk)) writeSync(fd, chunk);
  closeSync(fd);
}

describe('catalogue: resource bombs', () => {
  let dir = '';
  let project = '';
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT });
    project = readFileSync(PROJECT, 'utf8');
    expect(jixiao(['draft', 'd.yaml', '-o', 'r.md'], { cwd: dir }).code).toBe(0);
  });

  it('B01 a 50 MB data file: refused unread, in little memory, naming the limit and --max-size', () => {
    bigFile(path.join(dir, 'huge.yaml'), project, '  # 备注：补充说明文字补充说明文字\n', 50 * MB);
    expect(sizeOf(path.join(dir, 'huge.yaml'))).toBeGreaterThanOrEqual(50 * MB);
    const { run: result, peakBytes } = peakMemory(['draft', 'huge.yaml', '-o', 'huge.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[JX_INPUT_TOO_LARGE]');
    expect(result.stderr).toMatch(/huge\.yaml 太大.*--max-size/u);
    expect(peakBytes).toBeLessThan(150 * MB);
  });

  it('B02 a 20 MB prior-year report: refused unread', () => {
    const report = readFileSync(path.join(dir, 'r.md'), 'utf8');
    bigFile(path.join(dir, 'prior.md'), '', report, 20 * MB);
    run(dir, ['draft', 'd.yaml', '--prior', 'prior.md', '-o', 'p.md'], { code: 2, codes: ['JX_INPUT_TOO_LARGE'], mentions: ['prior.md 太大', '--max-size'] });
  });

  it('B03 a 20 MB report to check: refused unread, in little memory', () => {
    const { run: result, peakBytes } = peakMemory(['check', 'prior.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[JX_INPUT_TOO_LARGE]');
    expect(peakBytes).toBeLessThan(150 * MB);
  });

  it('B04 a 60 MB “.docx”: refused by its size before it is unzipped', () => {
    bigFile(path.join(dir, 'huge.docx'), 'PK\u0003\u0004', '\u0000', 60 * MB);
    run(dir, ['check', 'huge.docx'], { code: 2, codes: ['JX_INPUT_TOO_LARGE'], mentions: ['huge.docx 太大'] });
  });

  it('B05 a report just over the limit is checked once --max-size raises it', () => {
    const report = readFileSync(path.join(dir, 'r.md'), 'utf8');
    const copies = Math.ceil((DEFAULT_LIMITS.reportTextBytes + 1) / Buffer.byteLength(report));
    writeFileSync(path.join(dir, 'long.md'), report.repeat(copies));
    expect(jixiao(['check', 'long.md'], { cwd: dir }).code).toBe(2);
    const raised = jixiao(['check', 'long.md', '--max-size', '3'], { cwd: dir });
    expect([0, 1]).toContain(raised.code);
    expect(raised.stdout).toMatch(/long\.md\n {2}数字 \d+ 处/);
  });

  it('B06 a YAML alias bomb: refused at the alias limit, with the line of the first alias', () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 9; i++) lines.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(9).fill(`*${'abcdefghi'[i - 1]}`).join(',')}]`);
    writeFileSync(path.join(dir, 'bomb.yaml'), `${lines.join('\n')}\n`);
    run(dir, ['draft', 'bomb.yaml', '-o', 'bomb.md'], { code: 2, codes: ['JX_DATA_LIMIT'], mentions: [/bomb\.yaml:2:\d+/, '别名'] });
  });

  it('B07 20,000 nested brackets: refused at the depth limit, with the line, no “Maximum call stack”', () => {
    writeFileSync(path.join(dir, 'deep.yaml'), `kind: project\nx: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`);
    run(dir, ['draft', 'deep.yaml', '-o', 'deep.md'], { code: 2, codes: ['JX_DATA_LIMIT'], mentions: [/deep\.yaml:2:\d+/, `超过 ${DEFAULT_LIMITS.nestingDepth} 层`] });
  });

  it('B08 100 levels of indented maps: refused at the depth limit', () => {
    let text = 'kind: project\nx:\n';
    for (let i = 1; i <= 100; i++) text += `${' '.repeat(i)}k:\n`;
    writeFileSync(path.join(dir, 'indent.yaml'), text);
    run(dir, ['draft', 'indent.yaml', '-o', 'indent.md'], { code: 2, codes: ['JX_DATA_LIMIT'], mentions: [/indent\.yaml:\d+:\d+/] });
  });

  it('B09 an alias bomb as a scoring profile: refused the same way', () => {
    run(dir, ['draft', 'd.yaml', '--profile', './bomb.yaml', '-o', 'pb.md'], { code: 2, codes: ['JX_DATA_LIMIT'], mentions: ['bomb.yaml'] });
  });

  const template = (name: string, files: Record<string, string>): string => {
    const root = path.join(dir, name);
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
    return name;
  };

  it('B10 a template looping over range(1e9): stopped at once, no crash, no draft', () => {
    const t = template('t-range', { 'project/report.njk': '{% for i in range(1000000000) %}x{% endfor %}\n' });
    const { run: result, peakBytes } = peakMemory(['draft', 'd.yaml', '-t', t, '-o', 'range.md'], dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('[JX_TEMPLATE_LIMIT]');
    expect(result.stderr).toContain('range(1000000000)');
    expect(peakBytes).toBeLessThan(200 * MB);
  });

  it('B11 nested loops of range(1000) × range(1000): stopped at the loop budget', () => {
    const t = template('t-nested', { 'project/report.njk': '{% for i in range(1000) %}{% for j in range(1000) %}x{% endfor %}{% endfor %}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'nested.md'], { code: 2, codes: ['JX_TEMPLATE_LIMIT'], mentions: ['循环项合计超过上限'] });
  });

  it('B12 a template that includes itself: one short message naming the loop', () => {
    const t = template('t-self', { 'project/report.njk': '{% include "project/report.njk" %}\n' });
    const result = run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'self.md'], { code: 2, codes: ['JX_TEMPLATE_LIMIT'], mentions: ['project/report.njk → project/report.njk'] });
    expect(result.stderr.trim().split('\n').length).toBeLessThan(5);
  });

  it('B13 two templates including each other: the chain named', () => {
    const t = template('t-pair', { 'shared/title.njk': '{% include "shared/b.njk" %}\n', 'shared/b.njk': '{% include "shared/title.njk" %}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'pair.md'], { code: 2, codes: ['JX_TEMPLATE_LIMIT'], mentions: ['shared/title.njk → shared/b.njk → shared/title.njk'] });
  });

  it('B14 a macro that calls itself forever: stopped, named as too deep', () => {
    const t = template('t-macro', { 'project/report.njk': '{% macro m(n) %}{{ m(n + 1) }}{% endmacro %}{{ m(1) }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'macro.md'], { code: 2, codes: ['JX_TEMPLATE_LIMIT'], mentions: ['过深'] });
  });

  it('B15 a template doubling a string until memory runs out: stopped with a message', () => {
    const t = template('t-grow', { 'project/report.njk': '{% set s = "报告" %}{% for i in range(40) %}{% set s = s + s %}{% endfor %}{{ s | length }}\n' });
    run(dir, ['draft', 'd.yaml', '-t', t, '-o', 'grow.md'], { code: 2, codes: ['JX_TEMPLATE_LIMIT'], mentions: ['过长'] });
  });
});

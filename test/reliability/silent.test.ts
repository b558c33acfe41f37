/**
 * Catalogue, part 7: inputs once accepted in silence. An empty or binary report, a report that is
 * no report, a sidecar of another draft or a broken one, data that states the impossible: each is
 * refused (exit 2) or warned about, with the file and the place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { DEPARTMENT, jixiao, PROJECT, run, workspace } from './support.js';

/** A PNG's first bytes, then noise: an image saved with a report's name. */
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]), Buffer.alloc(2000, 7)]);

describe('catalogue: inputs once accepted in silence', () => {
  let dir = '';
  beforeAll(() => {
    dir = workspace({ 'd.yaml': PROJECT, 'dept.yaml': DEPARTMENT });
    expect(jixiao(['draft', 'd.yaml', '-o', 'a.md'], { cwd: dir }).code).toBe(0);
    expect(jixiao(['draft', 'dept.yaml', '-o', 'b.md'], { cwd: dir }).code).toBe(0);
    writeFileSync(path.join(dir, 'empty.md'), '');
    writeFileSync(path.join(dir, 'blank.txt'), '  \n\n\t\n');
    writeFileSync(path.join(dir, 'image.md'), PNG);
    writeFileSync(path.join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256)));
  });

  it('S01 an empty prior-year report: refused, no draft', () => {
    run(dir, ['draft', 'd.yaml', '--prior', 'empty.md', '-o', 's1.md'], { code: 2, codes: ['JX_READ_EMPTY'], mentions: ['empty.md 是空的'] });
  });

  it('S02 an image saved as the prior-year report: refused as not text', () => {
    run(dir, ['draft', 'd.yaml', '--prior', 'image.md', '-o', 's2.md'], { code: 2, codes: ['JX_READ_BINARY'], mentions: ['image.md 不是文本文件'] });
  });

  it('S03 an empty report to check: refused, not “clean, 0 figures”', () => {
    run(dir, ['check', 'empty.md'], { code: 2, codes: ['JX_READ_EMPTY'], mentions: ['empty.md'] });
  });

  it('S04 a report of blank lines only: refused as empty', () => {
    run(dir, ['check', 'blank.txt'], { code: 2, codes: ['JX_READ_EMPTY'], mentions: ['blank.txt'] });
  });

  it('S05 random bytes named .txt: refused as not text', () => {
    run(dir, ['check', 'noise.txt'], { code: 2, codes: ['JX_READ_BINARY'], mentions: ['noise.txt'] });
  });

  it('S06 a satisfaction rate of 180%: drafted as asserted, with a warning at its line and field', () => {
    const data = parse(readFileSync(PROJECT, 'utf8')) as { indicators: { name: string; actual: string }[] };
    const sat = data.indicators.find((i) => i.name === '企业满意度');
    if (!sat) throw new Error('the example lost its 企业满意度 indicator');
    sat.actual = '180%';
    writeFileSync(path.join(dir, 'sat.yaml'), stringify(data));
    const result = run(dir, ['draft', 'sat.yaml', '-o', 's6.md'], { code: 0, writes: ['s6.md', 's6.figures.json'], codes: ['JX_FACT_RATE_OVER'] });
    expect(result.stderr).toMatch(/sat\.yaml:\d+:\d+: 警告 \[JX_FACT_RATE_OVER\] “企业满意度”实际完成值为 180%.*（indicators\[\d+\]\.actual）/);
  });

  it('S07 one metric stated twice in the data with values that cannot both hold: a warning naming both fields', () => {
    const result = run(dir, ['draft', 'dept.yaml', '-o', 's7.md'], { code: 0, writes: ['s7.md', 's7.figures.json'], codes: ['JX_FACT_STATED_TWICE'] });
    expect(result.stderr).toMatch(/dept\.yaml:\d+:\d+: 警告 \[JX_FACT_STATED_TWICE\].*indicators\[\d+\]\.actual“社会公众及服务对象满意度”为 90%，achievements\[\d+\]“服务对象满意度”为 95%以上/);
  });

  it('S08 a sidecar copied from another draft: check refuses it instead of using it', () => {
    writeFileSync(path.join(dir, 'c.md'), readFileSync(path.join(dir, 'a.md')));
    writeFileSync(path.join(dir, 'c.figures.json'), readFileSync(path.join(dir, 'b.figures.json')));
    run(dir, ['check', 'c.md'], { code: 2, codes: ['JX_SIDECAR_FOREIGN'], mentions: ['c.figures.json', 'c.md'] });
  });

  it('S09 the same foreign sidecar: update refuses it (no 102 insertions from the wrong draft)', () => {
    run(dir, ['update', 'c.md', '--data', 'd.yaml'], { code: 2, codes: ['JX_SIDECAR_FOREIGN'], mentions: ['c.figures.json'] });
  });

  it('S10 a corrupt sidecar: check says it is broken, not that it is missing', () => {
    writeFileSync(path.join(dir, 'e.md'), readFileSync(path.join(dir, 'a.md')));
    writeFileSync(path.join(dir, 'e.figures.json'), readFileSync(path.join(dir, 'a.figures.json')).subarray(0, 5000));
    const result = run(dir, ['check', 'e.md'], { code: 2, codes: ['JX_SIDECAR_CORRUPT'], mentions: ['e.figures.json'] });
    expect(result.stderr).not.toMatch(/保留草稿旁的/);
  });

  it('S11 the corrupt sidecar under update: refused with what to do, not “keep the sidecar”', () => {
    const result = run(dir, ['update', 'e.md', '--data', 'd.yaml'], { code: 2, codes: ['JX_SIDECAR_CORRUPT'], mentions: ['e.figures.json'] });
    expect(result.stderr).not.toMatch(/保留草稿旁的/);
  });

  it('S12 an empty data file: refused, naming what a data file holds', () => {
    writeFileSync(path.join(dir, 'nothing.yaml'), '');
    run(dir, ['draft', 'nothing.yaml', '-o', 's12.md'], { code: 2, codes: ['JX_DATA_INVALID'], mentions: ['nothing.yaml', 'kind: project'] });
  });

  it('S13 a data file holding a list: refused', () => {
    writeFileSync(path.join(dir, 'list.json'), '[1, 2, 3]');
    run(dir, ['draft', 'list.json', '-o', 's13.md'], { code: 2, codes: ['JX_DATA_INVALID'], mentions: ['list.json'] });
  });

  it('S14 a data file that is not YAML: the line and column of the fault', () => {
    writeFileSync(path.join(dir, 'broken.yaml'), 'kind: project\nmeta: {unit: "某局"\n');
    run(dir, ['draft', 'broken.yaml', '-o', 's14.md'], { code: 2, codes: ['JX_DATA_SYNTAX'], mentions: [/broken\.yaml:\d+:\d+/] });
  });

  it('S15 an old .doc report: refused with how to convert it', () => {
    writeFileSync(path.join(dir, 'old.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0]));
    run(dir, ['check', 'old.doc'], { code: 2, codes: ['JX_READ_UNSUPPORTED'], mentions: ['old.doc', '另存为'] });
  });

  it('S16 text saved with a .docx name: refused as not a Word file', () => {
    writeFileSync(path.join(dir, 'fake.docx'), '这是一份纯文本报告。\n');
    run(dir, ['check', 'fake.docx'], { code: 2, codes: ['JX_READ_NOT_DOCX'], mentions: ['fake.docx'] });
  });

  it('S17 a data field of the wrong type: the field path and line', () => {
    const data = parse(readFileSync(PROJECT, 'utf8')) as { budget: { initial: unknown } };
    data.budget.initial = '三千六百';
    writeFileSync(path.join(dir, 'typed.yaml'), stringify(data));
    run(dir, ['draft', 'typed.yaml', '-o', 's17.md'], { code: 2, codes: ['JX_DATA_INVALID'], mentions: [/typed\.yaml:\d+:\d+/, 'budget.initial'] });
  });
});

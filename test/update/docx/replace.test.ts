import { describe, expect, it } from 'vitest';
import { InputError } from '../../../pipeline/errors.js';
import { replaceFiguresInDocx } from '../../../pipeline/update/docx/index.js';
import { minimalDocx, part, parts, readText, zhuzhouDocx } from './support.js';

const SENTENCE = '全年预算1864.**05万元**，实际支出1864.05万元，预算执行率100.00%。';

/** Every part but document.xml byte for byte the same. */
function expectOtherPartsSame(before: Uint8Array, after: Uint8Array): void {
  const a = parts(before);
  const b = parts(after);
  expect(Object.keys(b).sort()).toEqual(Object.keys(a).sort());
  for (const name of Object.keys(a)) if (name !== 'word/document.xml') expect(b[name], name).toEqual(a[name]);
}

describe('replaceFiguresInDocx on a figure Word split across runs', () => {
  it('changes 1864.05 → 1846.50 inside the runs, keeping the bold run and all other XML', async () => {
    const bytes = minimalDocx();
    const result = await replaceFiguresInDocx(bytes, [{ sentence: SENTENCE, old: '1864.05', new: '1846.50' }]);
    expect(result).toMatchObject({ applied: 1, missed: [] });
    const before = part(bytes, 'word/document.xml') ?? '';
    const after = part(result.bytes, 'word/document.xml') ?? '';
    // The first run of the span takes the new text with its own formatting; the bold run keeps its
    // properties and gives up its share of the figure; nothing else changes.
    const expected = before
      .replace('<w:t>1864</w:t>', '<w:t>1846.50</w:t>')
      .replace('<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/></w:rPr><w:t>.05万元</w:t>', '<w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/></w:rPr><w:t>万元</w:t>');
    expect(expected).not.toBe(before);
    expect(after).toBe(expected);
    expectOtherPartsSame(bytes, result.bytes);
    const text = await readText(result.bytes);
    expect(text).toContain('全年预算1846.50**万元**，实际支出1864.05万元');
  });

  it('takes the occurrence the offset points at, and the figure with its unit', async () => {
    const bytes = minimalDocx();
    const offset = SENTENCE.indexOf('1864.05万元');
    const result = await replaceFiguresInDocx(bytes, [{ sentence: SENTENCE, old: '1864.05万元', new: '1846.50万元', offset }]);
    expect(result.applied).toBe(1);
    const before = part(bytes, 'word/document.xml') ?? '';
    expect(part(result.bytes, 'word/document.xml')).toBe(before.replace('<w:t>，实际支出1864.05万元，', '<w:t>，实际支出1846.50万元，'));
  });

  it('gives repeated edits of one sentence to the figure\'s successive occurrences', async () => {
    const bytes = minimalDocx();
    const edit = { sentence: SENTENCE.replace(/\*\*/g, ''), old: '1864.05万元', new: '1846.50万元' };
    const result = await replaceFiguresInDocx(bytes, [edit, edit]);
    expect(result.applied).toBe(2);
    expect(await readText(result.bytes)).toContain('全年预算1846.50**万元**，实际支出1846.50万元，预算执行率100.00%。');
  });

  it('changes a figure split in a table cell, and a table row cell by cell', async () => {
    const bytes = minimalDocx();
    const cell = await replaceFiguresInDocx(bytes, [{ sentence: '| 全年预算 | 1864.05 |', old: '1864.05', new: '1846.50' }]);
    expect(cell.applied).toBe(1);
    const before = part(bytes, 'word/document.xml') ?? '';
    // Only the characters that differ change: `18` stays in its run, the italic run's share is rewritten.
    expect(part(cell.bytes, 'word/document.xml')).toBe(before.replace('<w:t>18</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>64.05</w:t>', '<w:t>18</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>46.50</w:t>'));

    const row = await replaceFiguresInDocx(bytes, [{ sentence: '| 全年预算 | 1864.05 |', old: '| 全年预算 | 1864.05 |', new: '| 调整后预算 | 1864.05 |' }]);
    expect(row.applied).toBe(1);
    expect(part(row.bytes, 'word/document.xml')).toBe(before.replace('<w:p><w:r><w:t>全年预算</w:t></w:r></w:p>', '<w:p><w:r><w:t>调整后预算</w:t></w:r></w:p>'));
  });

  it('replaces a whole sentence (a template change) in the runs it spans', async () => {
    const bytes = minimalDocx();
    const result = await replaceFiguresInDocx(bytes, [
      { sentence: SENTENCE, old: SENTENCE, new: '全年预算1846.50万元，实际支出1846.50万元，预算执行率100.00%。' },
      { sentence: '资金已全部执行，无结余结转。', old: '资金已全部执行，无结余结转。', new: '资金已全部执行，无结余。' },
    ]);
    expect(result).toMatchObject({ applied: 2, missed: [] });
    const text = await readText(result.bytes);
    // The unchanged stretches keep their runs: 万元 is still bold.
    expect(text).toContain('全年预算1846.50**万元**，实际支出1846.50万元，预算执行率100.00%。');
    expect(text).toContain('资金已全部执行，无结余。');
    // Structure unchanged: same runs, same properties.
    const shape = (xml: string) => xml.replace(/<w:t( [^>]*)?>[^<]*<\/w:t>/g, '<w:t/>');
    expect(shape(part(result.bytes, 'word/document.xml') ?? '')).toBe(shape(part(bytes, 'word/document.xml') ?? ''));
  });

  it('lists the edits it cannot make and makes the others', async () => {
    const bytes = minimalDocx();
    const result = await replaceFiguresInDocx(bytes, [
      { sentence: '全年支出2000.00万元。', old: '2000.00万元', new: '2100.00万元' },
      { sentence: SENTENCE, old: '100.00%', new: '99.00%' },
      // Across two paragraphs: not a change inside runs.
      { sentence: '科技发展专项资金绩效自评报告全年预算', old: '报告全年', new: '报告：全年' },
    ]);
    expect(result.applied).toBe(1);
    expect(result.missed).toEqual([
      { sentence: '全年支出2000.00万元。', old: '2000.00万元' },
      { sentence: '科技发展专项资金绩效自评报告全年预算', old: '报告全年' },
    ]);
    expect(await readText(result.bytes)).toContain('预算执行率99.00%。');
  });

  it('gives byte-identical output for the same input and edits', async () => {
    const bytes = minimalDocx();
    const edits = [{ sentence: SENTENCE, old: '1864.05', new: '1846.50' }];
    const a = await replaceFiguresInDocx(bytes, edits);
    const b = await replaceFiguresInDocx(bytes, edits);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
  });

  it('reports a corrupt .docx as JX_READ_CORRUPT', async () => {
    const bytes = minimalDocx();
    const error = await replaceFiguresInDocx(bytes.subarray(0, bytes.length - 30), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]?.code).toBe('JX_READ_CORRUPT');
  });
});

describe('replaceFiguresInDocx on a draft written by writeDocx', () => {
  it('changes the figure and nothing else', async () => {
    const { bytes } = await zhuzhouDocx();
    const before = await readText(bytes);
    const result = await replaceFiguresInDocx(bytes, [
      { sentence: '全年预算1864.05万元，实际支出1864.05万元，预算执行率100.00%，资金已全部执行，无结余结转。', old: '1864.05万元', new: '1846.05万元', offset: 4 },
    ]);
    expect(result.applied).toBe(1);
    expect(await readText(result.bytes)).toBe(before.replace('全年预算1864.05万元', '全年预算1846.05万元'));
    expectOtherPartsSame(bytes, result.bytes);
  });
});

import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../../pipeline/check/index.js';
import { InputError } from '../../../pipeline/errors.js';
import { annotateDocx } from '../../../pipeline/review/annotate.js';
import { replaceFiguresInDocx } from '../../../pipeline/update/docx/index.js';
import { normalise } from '../../../pipeline/update/docx/model.js';
import type { Finding } from '../../../schemas/finding.js';
import { commented, comments, minimalDocx, part, parts, readText, W_NS, zhuzhouDocx } from './support.js';

const SENTENCE = '全年预算1864.05万元，实际支出1864.05万元，预算执行率100.00%，资金已全部执行，无结余结转。';

/** The zhuzhou draft as .docx with one figure changed, checked against the data: real findings, offsets into mammoth's text. */
async function checkedDraft() {
  const { result, bytes } = await zhuzhouDocx();
  const changed = await replaceFiguresInDocx(bytes, [{ sentence: SENTENCE, old: '1864.05万元', new: '1846.05万元' }]);
  expect(changed.applied).toBe(1);
  const text = await readText(changed.bytes);
  const report = checkReport({ file: 'draft.docx', text, format: 'md' }, { facts: result.facts.facts, profile: result.loaded.profile });
  return { bytes: changed.bytes, text, findings: report.findings };
}

/** A finding made by hand at the nth occurrence of `stated` in `sentence` of `text`. */
function finding(text: string, sentence: string, stated: string, nth = 0, extra: Partial<Finding> = {}): Finding {
  const sentenceOffset = text.indexOf(sentence);
  expect(sentenceOffset).toBeGreaterThanOrEqual(0);
  let at = -1;
  for (let i = 0; i <= nth; i++) at = sentence.indexOf(stated, at + 1);
  expect(at).toBeGreaterThanOrEqual(0);
  const offset = sentenceOffset + at;
  return {
    code: 'JX_CHECK_MISMATCH', severity: 'error', message: `写为 ${stated}`, stated, sentence, sentenceOffset,
    location: { file: 'x.docx', line: 1, column: 1, offset, length: stated.length, section: [] }, related: [], ...extra,
  };
}

/** What the Markdown sentence has just before the figure, as the document's text (whitespace, marks and borders dropped). */
function contextBefore(f: Finding, length: number): string {
  const before = normalise(f.sentence.slice(0, f.location.offset - f.sentenceOffset)).replace(/\|/g, '');
  return before.slice(-length);
}

/** The draft's own comments (its 〔待核〕 notes on the data): the checker's come after them. */
function ownComments(bytes: Uint8Array): number {
  return comments(part(bytes, 'word/comments.xml') ?? '').size;
}

describe('annotateDocx on a checked draft', () => {
  it('the draft carries its data notes as comments of its own', async () => {
    const { bytes } = await checkedDraft();
    const own = comments(part(bytes, 'word/comments.xml') ?? '');
    expect([...own.values()].map((p) => p.join(''))).toEqual(['各项目支出之和为1814.05万元，少50.00万元', '按完成比例应为4.81分']);
  });

  it('comments every finding, ranged over exactly its figure at the right occurrence', async () => {
    const { bytes, findings } = await checkedDraft();
    expect(findings.map((f) => f.code)).toContain('JX_CHECK_MISMATCH');
    const result = await annotateDocx(bytes, findings);
    expect(result).toMatchObject({ placed: findings.length, unplaced: 0 });

    const first = ownComments(bytes);
    const doc = part(result.bytes, 'word/document.xml') ?? '';
    const notes = comments(part(result.bytes, 'word/comments.xml') ?? '');
    expect(notes.size).toBe(first + findings.length);
    findings.forEach((f, k) => {
      const id = first + k;
      const range = commented(doc, id);
      expect(range?.text, `${f.code} ${f.stated}`).toBe(f.stated);
      // The figure's own occurrence: the text before the range ends as the sentence does before the figure.
      const context = contextBefore(f, 6);
      expect(range?.before.endsWith(context), `${f.stated} after “${context}”`).toBe(true);
      const note = notes.get(id) ?? [];
      expect(note[0]).toBe(`[${f.code}] ${f.message}`);
      if (f.expected !== undefined) expect(note[1]).toBe(`应为：${f.expected}`);
      else expect(note).toHaveLength(1);
    });
    // The mismatch at the changed figure.
    const mismatch = first + findings.findIndex((f) => f.code === 'JX_CHECK_MISMATCH');
    expect(commented(doc, mismatch)?.text).toBe('1846.05万元');
    expect(notes.get(mismatch)).toEqual([expect.stringMatching(/^\[JX_CHECK_MISMATCH\] /), '应为：1864.05万元']);
  });

  it('adds to the comments part the draft already has and leaves every other part as it was', async () => {
    const { bytes, findings } = await checkedDraft();
    const result = await annotateDocx(bytes, findings);
    const before = parts(bytes);
    const after = parts(result.bytes);
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const name of Object.keys(before)) {
      if (['word/document.xml', 'word/comments.xml'].includes(name)) continue;
      expect(after[name], name).toEqual(before[name]);
    }
    const types = part(result.bytes, '[Content_Types].xml') ?? '';
    expect(types.match(/PartName="\/word\/comments.xml"/g)).toHaveLength(1);
    const rels = part(result.bytes, 'word/_rels/document.xml.rels') ?? '';
    expect(rels.match(/relationships\/comments"/g)).toHaveLength(1);
  });

  it('registers a comments part in a draft that has none', async () => {
    const bytes = minimalDocx('<w:p><w:r><w:t>全年预算1864.05万元。</w:t></w:r></w:p>');
    const text = await readText(bytes);
    const result = await annotateDocx(bytes, [finding(text, '全年预算1864.05万元。', '1864.05万元')]);
    const types = part(result.bytes, '[Content_Types].xml') ?? '';
    expect(types.match(/PartName="\/word\/comments.xml"/g)).toHaveLength(1);
    expect(types).toContain('ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"');
    const rels = part(result.bytes, 'word/_rels/document.xml.rels') ?? '';
    expect(rels).toContain('Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"');
  });

  it('changes document.xml only by the comment marks and the runs split at a figure', async () => {
    const { bytes, findings } = await checkedDraft();
    const result = await annotateDocx(bytes, findings);
    const before = part(bytes, 'word/document.xml') ?? '';
    const after = part(result.bytes, 'word/document.xml') ?? '';
    // The checker's comment marks (ids after the draft's own) come out; the draft's own stay.
    const first = ownComments(bytes);
    const added = (id: string): boolean => Number(id) >= first;
    const stripped = after
      .replace(/<w:commentRange(?:Start|End) w:id="(\d+)"\/>/g, (whole, id: string) => (added(id) ? '' : whole))
      .replace(/<w:r><w:commentReference w:id="(\d+)"\/><\/w:r>/g, (whole, id: string) => (added(id) ? '' : whole));
    // Joining split runs back: a run closed and reopened with the same properties.
    const joined = stripped.replace(/<\/w:t><\/w:r>(<w:r>(?:<w:rPr>(?:(?!<\/w:rPr>).)*<\/w:rPr>)?)<w:t xml:space="preserve">/g, (whole, open: string, offset: number) => {
      const prev = stripped.lastIndexOf('<w:r>', offset);
      return stripped.slice(prev, offset).startsWith(open) ? '' : whole;
    });
    expect(joined).toBe(before);
  });

  it('leaves the text mammoth reads unchanged', async () => {
    const { bytes, text, findings } = await checkedDraft();
    const result = await annotateDocx(bytes, findings);
    expect(await readText(result.bytes)).toBe(text);
  });

  it('gives byte-identical output for the same input, with and without the checked text', async () => {
    const { bytes, text, findings } = await checkedDraft();
    const a = await annotateDocx(bytes, findings);
    const b = await annotateDocx(bytes, findings, { text });
    expect(Buffer.from(b.bytes).equals(Buffer.from(a.bytes))).toBe(true);
    const c = await annotateDocx(bytes, findings);
    expect(Buffer.from(c.bytes).equals(Buffer.from(a.bytes))).toBe(true);
  });
});

describe('annotateDocx on a document Word split into runs', () => {
  it('ranges over the runs of a split figure without touching them, and splits a run holding a figure', async () => {
    const bytes = minimalDocx();
    const text = await readText(bytes);
    // Word bolded part of the figure; the reader keeps the figure whole (no ** inside it).
    const sentence = '全年预算1864.05万元，实际支出1864.05万元，预算执行率100.00%。';
    expect(text).toContain(sentence);
    const findings = [
      finding(text, sentence, '1864.05万元', 0, { expected: '1846.50万元' }),
      finding(text, sentence, '1864.05万元', 1),
      finding(text, sentence, '100.00%'),
    ];
    const result = await annotateDocx(bytes, findings, { author: '审核人' });
    expect(result).toMatchObject({ placed: 3, unplaced: 0 });
    const doc = part(result.bytes, 'word/document.xml') ?? '';
    expect(commented(doc, 0)).toEqual({ text: '1864.05万元', before: '科技发展专项资金绩效自评报告全年预算' });
    expect(commented(doc, 1)).toEqual({ text: '1864.05万元', before: '科技发展专项资金绩效自评报告全年预算1864.05万元，实际支出' });
    expect(commented(doc, 2)?.text).toBe('100.00%');

    // The split figure: marks around the untouched runs (bookmarks and rsids kept).
    expect(doc).toContain(
      '<w:bookmarkStart w:id="0" w:name="budget"/><w:commentRangeStart w:id="0"/><w:r w:rsidR="00D4"><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>1864</w:t></w:r>' +
        '<w:r w:rsidR="00E5"><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/></w:rPr><w:t>.05万元</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:bookmarkEnd w:id="0"/>',
    );
    // The figure inside one run: the run split in three, each piece with the run's properties.
    const red = '<w:r><w:rPr><w:color w:val="FF0000"/></w:rPr>';
    expect(doc).toContain(
      `${red}<w:t>，实际支出</w:t></w:r><w:commentRangeStart w:id="1"/>${red}<w:t>1864.05万元</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r>` +
        `${red}<w:t>，预算执行率</w:t></w:r><w:commentRangeStart w:id="2"/>${red}<w:t>100.00%</w:t></w:r><w:commentRangeEnd w:id="2"/><w:r><w:commentReference w:id="2"/></w:r>${red}<w:t>。</w:t></w:r>`,
    );
    const notes = part(result.bytes, 'word/comments.xml') ?? '';
    expect(notes).toContain('w:author="审核人"');
    expect(comments(notes).get(0)).toEqual(['[JX_CHECK_MISMATCH] 写为 1864.05万元', '应为：1846.50万元']);
    // Parts registered in a package that had no comments.
    expect(part(result.bytes, '[Content_Types].xml')).toContain('<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>');
    expect(part(result.bytes, 'word/_rels/document.xml.rels')).toContain('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>');
    expect(await readText(result.bytes)).toBe(text);
  });

  it('finds a figure in a table cell split across runs', async () => {
    const bytes = minimalDocx();
    const text = await readText(bytes);
    const row = text.split('\n').find((l) => l.startsWith('| 全年预算')) ?? '';
    expect(row).toBe('| 全年预算 | 1864.05 |');
    const result = await annotateDocx(bytes, [finding(text, row, '1864.05')]);
    expect(result.placed).toBe(1);
    const doc = part(result.bytes, 'word/document.xml') ?? '';
    expect(doc).toContain('<w:p><w:commentRangeStart w:id="0"/><w:r><w:t>18</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>64.05</w:t></w:r><w:commentRangeEnd w:id="0"/>');
  });

  it('finds a figure in a title the reader joined from two paragraphs', async () => {
    const bytes = minimalDocx(
      '<w:p><w:r><w:t>株洲市科学技术局</w:t></w:r></w:p><w:p><w:r><w:t>2024年度部门整体支出绩效自评报告</w:t></w:r></w:p>' +
        '<w:p><w:r><w:t>资金已全部执行，无结余结转。</w:t></w:r></w:p>',
    );
    const text = await readText(bytes);
    expect(text.startsWith('# 株洲市科学技术局2024年度部门整体支出绩效自评报告\n')).toBe(true);
    const result = await annotateDocx(bytes, [finding(text, '# 株洲市科学技术局2024年度部门整体支出绩效自评报告', '2024年')]);
    expect(result.placed).toBe(1);
    expect(commented(part(result.bytes, 'word/document.xml') ?? '', 0)).toEqual({ text: '2024年', before: '株洲市科学技术局' });
  });

  it('works on a document whose WordprocessingML prefix is not w:', async () => {
    const body = '<ns0:p><ns0:r><ns0:t>全年预算1864.05万元。</ns0:t></ns0:r></ns0:p>';
    const xml = `<?xml version="1.0" encoding="UTF-8"?><ns0:document xmlns:ns0="${W_NS}"><ns0:body>${body}</ns0:body></ns0:document>`;
    const files = unzipSync(minimalDocx());
    files['word/document.xml'] = strToU8(xml);
    const bytes = zipSync(files);
    const result = await annotateDocx(bytes, [finding('全年预算1864.05万元。', '全年预算1864.05万元。', '1864.05万元')]);
    expect(result.placed).toBe(1);
    const doc = part(result.bytes, 'word/document.xml') ?? '';
    expect(doc).toContain('<ns0:r><ns0:t>全年预算</ns0:t></ns0:r><ns0:commentRangeStart ns0:id="0"/><ns0:r><ns0:t>1864.05万元</ns0:t></ns0:r><ns0:commentRangeEnd ns0:id="0"/><ns0:r><ns0:commentReference ns0:id="0"/></ns0:r>');
    const replaced = await replaceFiguresInDocx(bytes, [{ sentence: '全年预算1864.05万元。', old: '1864.05', new: '1846.50' }]);
    expect(part(replaced.bytes, 'word/document.xml')).toBe(xml.replace('1864.05', '1846.50'));
  });

  it('attaches a finding it cannot find to the first paragraph, and counts it', async () => {
    const bytes = minimalDocx();
    const text = await readText(bytes);
    const lost: Finding = { ...finding(text, '资金已全部执行，无结余结转。', '全部'), sentence: '全年支出2000.00万元。', stated: '2000.00万元', code: 'JX_CHECK_SUM', message: '分项之和与合计不符' };
    const result = await annotateDocx(bytes, [finding(text, '资金已全部执行，无结余结转。', '全部'), lost]);
    expect(result).toMatchObject({ placed: 1, unplaced: 1 });
    const doc = part(result.bytes, 'word/document.xml') ?? '';
    expect(doc).toContain('<w:pPr><w:jc w:val="center"/></w:pPr><w:commentRangeStart w:id="1"/><w:r w:rsidRPr="00B2">');
    expect(doc).toContain('<w:t>科技发展专项资金绩效自评报告</w:t></w:r><w:commentRangeEnd w:id="1"/><w:r><w:commentReference w:id="1"/></w:r></w:p>');
    const note = comments(part(result.bytes, 'word/comments.xml') ?? '').get(1) ?? [];
    expect(note[0]).toContain('未能在文中找到');
    expect(note[0]).toContain('全年支出2000.00万元。');
    expect(note[1]).toBe('[JX_CHECK_SUM] 分项之和与合计不符');
  });

  it('appends to an existing comments part with fresh ids', async () => {
    const bytes = minimalDocx();
    const text = await readText(bytes);
    const once = await annotateDocx(bytes, [finding(text, '资金已全部执行，无结余结转。', '全部')]);
    const twice = await annotateDocx(once.bytes, [finding(text, '资金已全部执行，无结余结转。', '结余')]);
    expect(twice.placed).toBe(1);
    const notes = comments(part(twice.bytes, 'word/comments.xml') ?? '');
    expect([...notes.keys()]).toEqual([0, 1]);
    expect(commented(part(twice.bytes, 'word/document.xml') ?? '', 1)?.text).toBe('结余');
    expect(part(twice.bytes, '[Content_Types].xml')?.match(/comments\.xml/g)).toHaveLength(1);
    expect(part(twice.bytes, 'word/_rels/document.xml.rels')?.match(/comments\.xml/g)).toHaveLength(1);
    expect(await readText(twice.bytes)).toBe(text);
  });
});

describe('annotateDocx on input it cannot use', () => {
  it('reports a truncated .docx as JX_READ_CORRUPT', async () => {
    const { bytes } = await zhuzhouDocx();
    const error = await annotateDocx(bytes.subarray(0, 2000), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]?.code).toBe('JX_READ_CORRUPT');
  });

  it('reports a .docx whose document.xml is not well-formed as JX_READ_CORRUPT', async () => {
    const files = unzipSync(minimalDocx());
    files['word/document.xml'] = strToU8(strFromU8(files['word/document.xml'] ?? new Uint8Array()).replace('</w:body>', ''));
    const error = await annotateDocx(zipSync(files), []).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]?.code).toBe('JX_READ_CORRUPT');
    expect((error as InputError).message).toMatch(/已损坏/);
  });
});

import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { extractMentions } from '../../pipeline/mentions/index.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { readEscapes } from '../../pipeline/text/markdown.js';
import { NATIONAL } from './rules/support.js';

/**
 * Word files whose writers typed their numbers and signs (7. at a paragraph's start, -2.5%, 5~10家):
 * the Word reader writes them as Markdown escapes (7\. \-2.5% 5\~10家) so each paragraph stays a
 * paragraph, and the checker must read the same figures and relations as in the typed text.
 */
const PARAGRAPHS = [
  '2023年度某区科技局整体支出绩效自评报告',
  '一、一般公共预算支出情况',
  '（一）项目支出情况',
  '1. 科技创新专项资金26.50万元；',
  '2. 人才引进补助12.00万元。',
  '二、项目绩效情况',
  '1. 科技创新专项资金年中追加3.00万元，实际支出26.40万元，结余0.10万元。',
  '2. 人才引进补助实际支出12.00万元，覆盖企业5~10家。',
  '-2.5%：人才引进补助支出较上年的变动幅度。',
];

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function typedDocx(): Promise<string> {
  const { Document, Packer, Paragraph } = await import('docx');
  const doc = new Document({ sections: [{ children: PARAGRAPHS.map((text) => new Paragraph({ text })) }] });
  const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-escapes-'));
  dirs.push(dir);
  const file = path.join(dir, 'typed.docx');
  await writeFile(file, new Uint8Array(await Packer.toBuffer(doc)));
  return file;
}

describe('a Word report with typed numbers and signs', () => {
  it('is read with Markdown escapes, and checked as its typed text is', async () => {
    const file = await typedDocx();
    const { text, format } = await readReportFile(file);
    // The reader's escapes are what this test is about: without them it would test nothing.
    expect(text).toContain('1\\. 科技创新专项资金26.50万元');
    expect(text).toContain('\\-2.5%');
    expect(text).toContain('5\\~10家');
    const typed = `# ${PARAGRAPHS[0]}\n\n${PARAGRAPHS.slice(1).join('\n\n')}\n`;
    const fromWord = checkReport({ file, text, format }, { profile: NATIONAL });
    const fromTyped = checkReport({ file: 'typed.txt', text: typed, format: 'txt' }, { profile: NATIONAL });
    const conflicts = (r: typeof fromWord) => r.findings.filter((f) => f.code === 'JX_CHECK_CONFLICT').map((f) => f.stated);
    expect(conflicts(fromWord)).toEqual(['26.40万元']);
    expect(conflicts(fromWord)).toEqual(conflicts(fromTyped));
    // A figure's text is the source's, escapes and all (an update writes it back where it stands).
    const figures = (r: typeof fromWord) => r.mentions.map((m) => [m.text.replace(/\\(?=[~.-])/gu, ''), m.value, m.approx, m.subject]);
    expect(fromWord.mentions.map((m) => m.text)).toContain('5\\~10家');
    expect(figures(fromWord)).toContainEqual(['-2.5%', '-2.5', 'exact', expect.any(String)]);
    expect(figures(fromWord)).toContainEqual(['5~10家', '10', 'about', '覆盖企业']);
    // The same figures with the same subjects: no list number read as a figure, no backslash in a subject.
    expect(figures(fromWord)).toEqual(figures(fromTyped));
  });
});

describe('readEscapes', () => {
  it('keeps every offset, puts the space away from a number before it, and keeps \\| and \\\\', () => {
    const source = '7\\. 甲\n\\-2.5%\n5\\~10家\n| 甲\\|乙 | 5 |\na\\\\-b\n\\*注';
    const read = readEscapes(source);
    expect(read).toHaveLength(source.length);
    expect(read).toBe('7.  甲\n -2.5%\n5~ 10家\n| 甲\\|乙 | 5 |\na\\\\-b\n *注');
    expect(readEscapes(read)).toBe(read);
    expect(readEscapes('没有反斜杠')).toBe('没有反斜杠');
  });
  it('reads the figures of an escaped text as typed, and quotes them as the source has them', () => {
    const said = extractMentions('资金规模5\\~10万元，同比\\-3.2%。');
    expect(said.map((m) => [m.text, m.value, m.approx])).toEqual([
      ['5\\~10万元', '10', 'about'],
      ['-3.2%', '-3.2', 'exact'],
    ]);
  });
});

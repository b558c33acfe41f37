import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { strToU8, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../pipeline/errors.js';
import { decodeText, readReportFile } from '../../pipeline/read/index.js';
import { writeDocx } from '../../pipeline/write/docx/index.js';
import { SAMPLE_DOC, SAMPLE_MARKDOWN } from '../fixtures/read/sample-doc.js';
import { blocksOf } from './support/blocks.js';
import { imageOnlyPdf, passwordPdf, textPdf } from './support/make-pdf.js';

let dir = '';
let sampleDocx: Uint8Array = new Uint8Array();

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'jx-read-'));
  sampleDocx = await writeDocx(SAMPLE_DOC);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function fixture(name: string, data: Uint8Array | string): Promise<string> {
  const file = path.join(dir, name);
  await writeFile(file, data);
  return file;
}

/** Reads `file` expecting an InputError; returns its one diagnostic. */
async function failure(file: string) {
  const error = await readReportFile(file).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InputError);
  const diagnostics = (error as InputError).diagnostics;
  expect(diagnostics).toHaveLength(1);
  const [d] = diagnostics;
  if (d === undefined) throw new Error('no diagnostic');
  expect(d.severity).toBe('error');
  expect(d.location).toEqual({ file });
  // Chinese, names the file, no stack trace or library message.
  expect(d.message).toMatch(/[\u4e00-\u9fff]{4}/);
  expect(d.message).toContain(path.basename(file));
  expect(d.message).not.toMatch(/\n\s+at |Error:|Exception|undefined/);
  return d;
}

describe('readReportFile: text formats', () => {
  it('returns .md as Markdown and .txt as text, unchanged but for line endings', async () => {
    const md = await fixture('a.md', '# 标题\r\n\r\n正文1864.05万元。\r\n');
    expect(await readReportFile(md)).toEqual({ text: '# 标题\n\n正文1864.05万元。\n', format: 'md' });
    const txt = await fixture('a.txt', '\ufeff一、基本情况\n正文。\n');
    expect(await readReportFile(txt)).toEqual({ text: '一、基本情况\n正文。\n', format: 'txt' });
  });

  it('decodes GBK text written by Windows editors and UTF-16 with a BOM', () => {
    expect(decodeText(new Uint8Array([0xd2, 0xbb, 0xa1, 0xa2, 0xbb, 0xf9, 0xb1, 0xbe]))).toBe('一、基本');
    expect(decodeText(new Uint8Array([0xff, 0xfe, 0x00, 0x4e, 0x01, 0x30]))).toBe('一、');
  });
});

/** A Word file whose duties are numbered by Word itself (numbering.xml), as editors make them. */
async function numberedDocx(): Promise<Uint8Array> {
  const { AlignmentType, Document, LevelFormat, Packer, Paragraph } = await import('docx');
  const level = (lvl: number, format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({ level: lvl, format, text, alignment: AlignmentType.LEFT });
  const doc = new Document({
    numbering: {
      config: [
        { reference: 'duties', levels: [level(0, LevelFormat.DECIMAL, '%1.'), level(1, LevelFormat.DECIMAL, '（%2）')] },
        { reference: 'parts', levels: [level(0, LevelFormat.CHINESE_COUNTING, '（%1）')] },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ text: '主要职责如下。' }),
          new Paragraph({ text: '贯彻执行国家有关科技创新的法律法规。', numbering: { reference: 'duties', level: 0 } }),
          new Paragraph({ text: '组织制定和实施科技创新工作计划。', numbering: { reference: 'duties', level: 0 } }),
          new Paragraph({ text: '其中科技专项申报。', numbering: { reference: 'duties', level: 1 } }),
          new Paragraph({ text: '负责科技经费预决算和监督管理。', numbering: { reference: 'duties', level: 0 } }),
          new Paragraph({ text: '内设机构如下。' }),
          new Paragraph({ text: '办公室负责日常运转。', numbering: { reference: 'parts', level: 0 } }),
          new Paragraph({ text: '科技创新股负责项目管理。', numbering: { reference: 'parts', level: 0 } }),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readReportFile: .docx', () => {
  it('keeps the numbers Word draws before numbered paragraphs (1. 2. 3., （一）（二）, nested levels restart)', async () => {
    const { text } = await readReportFile(await fixture('numbered.docx', await numberedDocx()));
    const lines = text.split('\n').filter((l) => l !== '').map((l) => l.replace(/\\/g, ''));
    expect(lines).toEqual([
      '主要职责如下。',
      '1.贯彻执行国家有关科技创新的法律法规。',
      '2.组织制定和实施科技创新工作计划。',
      '（1）其中科技专项申报。',
      '3.负责科技经费预决算和监督管理。',
      '内设机构如下。',
      '（一）办公室负责日常运转。',
      '（二）科技创新股负责项目管理。',
    ]);
  });

  it('round trip: what writeDocx wrote reads back as the same headings, paragraphs, notes and table cells', async () => {
    const file = await fixture('sample.docx', sampleDocx);
    const { text, format } = await readReportFile(file);
    expect(format).toBe('md');
    expect(blocksOf(text)).toEqual(blocksOf(SAMPLE_MARKDOWN, SAMPLE_DOC.tables));
  });

  it('writes Markdown shaped like our drafts: # title, outline headings, bold kept, merged cells blank', async () => {
    const { text } = await readReportFile(await fixture('sample2.docx', sampleDocx));
    const lines = text.split('\n');
    expect(lines[0]).toBe('# 2024年度株洲市财政科技发展专项资金绩效自评报告');
    expect(lines).toContain('## 一、预算支出概况');
    expect(lines).toContain('##### （1）资金安排');
    expect(lines).toContain('专项资金由**市级财政**预算安排，用于支持*创新主体培育*等。一是强化平台建设；二是引进创新人才。');
    expect(lines).toContain('> 〔待核：本段沿用上年报告，请核对〕');
    expect(lines).toContain('| 资金来源 | 预算数 |  | 执行数 |');
    expect(lines).toContain('|  | 年初 | 全年 |  |');
    expect(lines).toContain('| 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 |');
    // No escapes where none are needed: figures stay as written.
    expect(text).not.toMatch(/\\[.,%]/);
  });

  it('JX_READ_CORRUPT: a truncated .docx', async () => {
    const file = await fixture('truncated.docx', sampleDocx.subarray(0, Math.floor(sampleDocx.length / 2)));
    expect((await failure(file)).code).toBe('JX_READ_CORRUPT');
  });

  it('JX_READ_NOT_DOCX: a text file renamed .docx', async () => {
    const file = await fixture('text.docx', '2024年度绩效自评报告\n一、基本情况\n');
    const d = await failure(file);
    expect(d.code).toBe('JX_READ_NOT_DOCX');
    expect(d.message).toContain('文本文件');
    expect(d.message).toContain('.txt');
  });

  it('JX_READ_NOT_DOCX: a zip without a Word body, an empty file, a PDF renamed .docx', async () => {
    const zip = await fixture('book.docx', zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }));
    expect((await failure(zip)).code).toBe('JX_READ_NOT_DOCX');
    expect((await failure(await fixture('empty.docx', ''))).code).toBe('JX_READ_NOT_DOCX');
    const pdf = await failure(await fixture('pdf.docx', textPdf([{ text: 'x', x: 72, y: 700 }])));
    expect(pdf.code).toBe('JX_READ_NOT_DOCX');
    expect(pdf.message).toContain('.pdf');
  });

  it('JX_READ_ENCRYPTED: a CFB container (password-protected .docx or old .doc) renamed .docx', async () => {
    const cfb = new Uint8Array(1024);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const d = await failure(await fixture('locked.docx', cfb));
    expect(d.code).toBe('JX_READ_ENCRYPTED');
    expect(d.message).toContain('密码');
    expect(d.message).toContain('.docx');
  });
});

describe('readReportFile: .pdf', () => {
  it('extracts the text of a PDF: wrapped lines joined, indented lines start paragraphs, page number dropped', async () => {
    const file = await fixture(
      'text.pdf',
      textPdf([
        { text: 'Budget performance report', x: 72, y: 780 },
        { text: 'The fund spent 1864.05 of the 3600 budget, and the', x: 96, y: 740 },
        { text: 'rest was returned to the treasury.', x: 72, y: 725 },
        { text: 'Next paragraph starts here.', x: 96, y: 710 },
        { text: '- 1 -', x: 280, y: 40 },
      ]),
    );
    expect(await readReportFile(file)).toEqual({
      text: 'Budget performance report\nThe fund spent 1864.05 of the 3600 budget, and the rest was returned to the treasury.\nNext paragraph starts here.\n',
      format: 'txt',
    });
  });

  it('JX_READ_NO_TEXT: a scanned PDF (an image, no text layer)', async () => {
    const d = await failure(await fixture('scan.pdf', imageOnlyPdf()));
    expect(d.code).toBe('JX_READ_NO_TEXT');
    expect(d.message).toContain('OCR');
  });

  it('JX_READ_ENCRYPTED: a PDF with an open password', async () => {
    const d = await failure(await fixture('locked.pdf', passwordPdf()));
    expect(d.code).toBe('JX_READ_ENCRYPTED');
    expect(d.message).toContain('密码');
  });

  it('JX_READ_CORRUPT: not a PDF, or a PDF cut short', async () => {
    expect((await failure(await fixture('fake.pdf', '一、基本情况'))).code).toBe('JX_READ_CORRUPT');
    expect((await failure(await fixture('cut.pdf', '%PDF-1.4\n1 0 obj\n<< /Type'))).code).toBe('JX_READ_CORRUPT');
  });
});

describe('readReportFile: other files', () => {
  it('JX_READ_UNSUPPORTED: other extensions, with advice for .doc and .xls; text named .xlsx is not a workbook', async () => {
    expect((await failure(await fixture('scan.jpg', 'x'))).code).toBe('JX_READ_UNSUPPORTED');
    const xls = await failure(await fixture('old.xls', 'x'));
    expect(xls.code).toBe('JX_READ_UNSUPPORTED');
    expect(xls.message).toContain('“另存为” .xlsx');
    expect((await failure(await fixture('table.xlsx', 'x'))).code).toBe('JX_READ_CORRUPT');
    const doc = await failure(await fixture('old.doc', 'x'));
    expect(doc.code).toBe('JX_READ_UNSUPPORTED');
    expect(doc.message).toContain('另存为');
  });

  it('JX_FILE_UNREADABLE: a missing file', async () => {
    const file = path.join(dir, '不存在.md');
    const error = await readReportFile(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as InputError).diagnostics[0]).toMatchObject({ code: 'JX_FILE_UNREADABLE', location: { file } });
  });

  it('loads pdfjs and exceljs only when a .pdf or .xlsx is read; never mammoth (a devDependency: the tests compare the Word reader with it)', async () => {
    const here = path.dirname(fileURLToPath(import.meta.url));
    const readDir = path.resolve(here, '../../pipeline/read');
    for (const name of await readdir(readDir)) {
      const source = await readFile(path.join(readDir, name), 'utf8');
      expect(source, name).not.toMatch(/^import (?!type )[^;]*from '(pdfjs-dist[^']*|exceljs)'/m);
    }
    for (const top of ['pipeline', 'cli']) {
      for (const name of await readdir(path.resolve(here, '../..', top), { recursive: true })) {
        if (!name.endsWith('.ts')) continue;
        expect(await readFile(path.resolve(here, '../..', top, name), 'utf8'), name).not.toMatch(/['"]mammoth['"]/);
      }
    }
  });

});

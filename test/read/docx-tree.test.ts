import { readdir, readFile, writeFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strToU8, zipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { draftReport, writeReport } from '../../pipeline/index.js';
import { readDocx, htmlToMarkdown } from '../../pipeline/read/docx.js';
import { listLabels } from '../../pipeline/read/docx-numbering.js';
import { docxParts } from '../../pipeline/read/docx-tree.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { configureLimits } from '../../pipeline/limits.js';

/**
 * The Word reader builds the tree mammoth built, from the XML directly. mammoth (a devDependency,
 * the reader it replaced) is the oracle here: every .docx we have, and a package with the Word
 * features reports use, must read to the same Markdown through both.
 */
async function throughMammoth(bytes: Uint8Array): Promise<string> {
  const { value } = await mammoth.convertToHtml(
    { buffer: Buffer.from(bytes) },
    {
      styleMap: ["p[style-name='Title'] => h1.title:fresh", "p[style-name='Review Note'] => blockquote > p:fresh"],
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
    },
  );
  return htmlToMarkdown(value, listLabels(docxParts(bytes)));
}

async function both(file: string, bytes: Uint8Array): Promise<{ ours: string; theirs: string }> {
  return { ours: await readDocx(file, bytes), theirs: await throughMammoth(bytes) };
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

const run = (text: string, props = ''): string => `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
const para = (body: string, pPr = ''): string => `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}${body}</w:p>`;
const numbered = (numId: number, ilvl: number, text: string): string => para(run(text), `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`);
const cell = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${para(run(text))}</w:tc>`;

/** A package written by hand with what Word and WPS put in reports, each feature once or twice. */
function featurePackage(): Uint8Array {
  const body = [
    para(run('2024年度某单位整体支出绩效自评报告'), '<w:pStyle w:val="Title"/>'),
    para(run('一、基本情况'), '<w:pStyle w:val="Heading1"/>'),
    para(run('（一）单位职能'), '<w:pStyle w:val="2"/>'),
    // Tracked changes: the inserted figure is read, the deleted one is not.
    para(`${run('全年预算')}<w:ins w:id="1" w:author="a"><w:r><w:t>1,864.05</w:t></w:r></w:ins><w:del w:id="2" w:author="a"><w:r><w:delText>1,700.00</w:delText></w:r></w:del>${run('万元，执行率')}${run('99.91%', '<w:b/>')}${run('。')}`),
    // A deleted paragraph mark joins this paragraph to the next.
    para(run('上半年执行'), '<w:rPr><w:del w:id="3" w:author="a"/></w:rPr>'),
    para(run('821.30万元。')),
    // A text box: its paragraphs follow the one it is anchored in.
    para(`${run('详见右侧说明')}<w:r><w:pict><v:shape><v:textbox><w:txbxContent>${para(run('框内：结余2.00万元'))}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`),
    // Newer markup with a Fallback: the Fallback is read.
    para(`<mc:AlternateContent><mc:Choice Requires="wps">${run('新版文字')}</mc:Choice><mc:Fallback>${run('兼容文字12项')}</mc:Fallback></mc:AlternateContent>`),
    // A hyperlink, a field hyperlink, a page field, a symbol, a tab and a line break.
    para(`<w:hyperlink r:id="rIdLink">${run('政策文件')}</w:hyperlink>${run('与')}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> HYPERLINK "http://example.org" </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('公开网址')}<w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:sym w:font="Wingdings" w:char="F0FC"/></w:r><w:r><w:tab/><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r>`),
    // A footnote.
    para(`${run('资金来源为本级财政')}<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>${run('。')}`),
    // A check box control.
    para(`<w:sdt><w:sdtPr><w14:checkbox xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"/></w:sdtPr><w:sdtContent>${run('☒')}</w:sdtContent></w:sdt>${run('已公开')}`),
    // Lists: Word's numbers, two levels, bullets, a list level named by a paragraph style.
    numbered(1, 0, '完成项目验收。'),
    numbered(1, 1, '验收率100%。'),
    numbered(1, 0, '开展绩效评价。'),
    numbered(2, 0, '要点一'),
    para(run('按样式编号的一项')),
    para(run('按样式编号的一项'), '<w:pStyle w:val="ListStyled"/>'),
    para(run('评审意见：数据已核对。'), '<w:pStyle w:val="ReviewNote"/>'),
    para(run('评审意见：第二条。'), '<w:pStyle w:val="ReviewNote"/>'),
    // A table: a header row repeated on each page, a merged column and a merged row.
    `<w:tbl><w:tblPr/><w:tblGrid/>` +
      `<w:tr><w:trPr><w:tblHeader/></w:trPr>${cell('项目')}${cell('预算数')}${cell('执行数')}</w:tr>` +
      `<w:tr>${cell('科技专项', '<w:vMerge w:val="restart"/>')}${cell('100.00')}${cell('99.00')}</w:tr>` +
      `<w:tr>${cell('', '<w:vMerge/>')}${cell('20.00')}${cell('20.00')}</w:tr>` +
      `<w:tr>${cell('合计', '<w:gridSpan w:val="2"/>')}${cell('119.00')}</w:tr>` +
      `<w:tr><w:trPr><w:del w:id="9" w:author="a"/></w:trPr>${cell('删去的行')}${cell('1')}${cell('1')}</w:tr>` +
      `</w:tbl>`,
    para('<w:bookmarkStart w:id="0" w:name="_GoBack"/><w:bookmarkEnd w:id="0"/>'),
    para(run('')),
    '<w:sectPr/>',
  ].join('');
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="${W}" xmlns:r="${R}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`;
  const style = (type: string, id: string, name: string, extra = ''): string => `<w:style w:type="${type}" w:styleId="${id}"><w:name w:val="${name}"/>${extra}</w:style>`;
  const styles = `<w:styles xmlns:w="${W}">${style('paragraph', 'Title', 'Title')}${style('paragraph', 'Heading1', 'heading 1')}${style('paragraph', '2', 'heading 2')}${style('paragraph', 'ReviewNote', 'Review Note')}${style('paragraph', 'ListStyled', 'List Styled', '<w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr>')}${style('character', 'FootnoteReference', 'footnote reference')}</w:styles>`;
  const lvl = (ilvl: number, fmt: string, text: string, pStyle = ''): string => `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${pStyle ? `<w:pStyle w:val="${pStyle}"/>` : ''}<w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering = `<w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="0">${lvl(0, 'decimal', '%1.')}${lvl(1, 'decimal', '(%2)')}</w:abstractNum><w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '•')}</w:abstractNum><w:abstractNum w:abstractNumId="2">${lvl(0, 'chineseCounting', '%1、', 'ListStyled')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num></w:numbering>`;
  const footnotes = `<w:footnotes xmlns:w="${W}"><w:footnote w:type="separator" w:id="-1">${para('<w:r><w:separator/></w:r>')}</w:footnote><w:footnote w:id="1">${para(run('含上年结转12.50万元。'))}</w:footnote></w:footnotes>`;
  const rels = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdLink" Type="${R}/hyperlink" Target="http://example.org/policy" TargetMode="External"/><Relationship Id="rIdStyles" Type="${R}/styles" Target="styles.xml"/><Relationship Id="rIdNum" Type="${R}/numbering" Target="numbering.xml"/><Relationship Id="rIdFoot" Type="${R}/footnotes" Target="footnotes.xml"/></Relationships>`;
  return zipSync({
    '[Content_Types].xml': strToU8(`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`),
    '_rels/.rels': strToU8(`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/></Relationships>`),
    'word/document.xml': strToU8(document),
    'word/_rels/document.xml.rels': strToU8(rels),
    'word/styles.xml': strToU8(styles),
    'word/numbering.xml': strToU8(numbering),
    'word/footnotes.xml': strToU8(footnotes),
  });
}

describe('the Word reader (docx-tree.ts) reads what mammoth read', () => {
  it('reads a package with the Word features reports use: the same Markdown as mammoth, and what each feature should give', async () => {
    const { ours, theirs } = await both('features.docx', featurePackage());
    expect(ours).toBe(theirs);
    const lines = ours.split('\n').filter((l) => l !== '');
    expect(lines[0]).toBe('# 2024年度某单位整体支出绩效自评报告');
    expect(ours).toContain('## 一、基本情况');
    expect(ours).toContain('全年预算1,864.05万元，执行率**99.91**%。');
    expect(ours).not.toContain('1,700.00');
    expect(ours).toContain('上半年执行821.30万元。');
    expect(lines.indexOf('框内：结余2.00万元')).toBe(lines.indexOf('详见右侧说明') + 1);
    expect(ours).toContain('兼容文字12项');
    expect(ours).not.toContain('新版文字');
    expect(ours).toContain('政策文件与公开网址');
    expect(lines).toContain('1.完成项目验收。');
    expect(lines).toContain('(1)验收率100%。');
    expect(lines).toContain('2.开展绩效评价。');
    expect(lines).toContain('要点一');
    expect(lines).toContain('一、按样式编号的一项');
    expect(ours).toContain('政策文件与公开网址✓\t甲\n乙');
    expect(ours).toContain('> 评审意见：数据已核对。\n>\n> 评审意见：第二条。');
    expect(ours).toContain('| 科技专项 | 100.00 | 99.00 |\n|  | 20.00 | 20.00 |\n| 合计 |  | 119.00 |');
    expect(ours).not.toContain('删去的行');
    expect(lines.at(-1)).toBe('1.含上年结转12.50万元。');
    expect(ours).not.toContain('☒');
  });

  it('reads every report of bench/word-reports (Word files by another hand, clean and changed) as mammoth did', async () => {
    const root = path.join(PACKAGE_ROOT, 'bench/word-reports');
    let n = 0;
    for (const sub of ['clean', 'bad']) {
      for (const name of (await readdir(path.join(root, sub))).filter((f) => f.endsWith('.docx')).sort()) {
        const file = path.join(root, sub, name);
        const { ours, theirs } = await both(file, new Uint8Array(await readFile(file)));
        expect(ours, file).toBe(theirs);
        n += 1;
      }
    }
    expect(n).toBe(40);
  });

  it('reads the drafts jixiao writes (review notes, the 自评表, numbered sections) as mammoth did', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-docx-tree-'));
    for (const example of ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin']) {
      const { doc, facts } = await draftReport({ data: path.join(PACKAGE_ROOT, 'examples', `${example}.yaml`) });
      const file = path.join(dir, `${example}.docx`);
      await writeReport(doc, file, { facts: facts.facts });
      const { ours, theirs } = await both(file, new Uint8Array(await readFile(file)));
      expect(ours, example).toBe(theirs);
      expect(ours).toContain('|');
    }
  });

  it('says a package whose document XML is not well-formed is damaged (JX_READ_CORRUPT)', async () => {
    const bytes = zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p><w:r><w:t>1</w:t></w:r></w:body></w:document>`) });
    const dir = await mkdtemp(path.join(tmpdir(), 'jixiao-docx-tree-'));
    const file = path.join(dir, 'broken.docx');
    await writeFile(file, bytes);
    const error = await readDocx(file, bytes).catch((e: unknown) => e);
    expect((error as { diagnostics: { code: string }[] }).diagnostics[0]?.code).toBe('JX_READ_CORRUPT');
  });

  it('refuses a body whose text passes the report limit while reading it (JX_INPUT_TOO_LARGE), counting a text box once', async () => {
    const texts = (n: number): string[] => Array.from({ length: n }, (_, i) => `第${i}段：全年预算1,864.05万元，执行率99.91%。`);
    const paragraphs = (n: number): string => texts(n).map((t) => para(run(t))).join('');
    const pack = (body: string): Uint8Array =>
      zipSync({ 'word/document.xml': strToU8(`<w:document xmlns:w="${W}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${body}</w:body></w:document>`) });
    const previous = configureLimits({ reportTextBytes: 8 * 1024 });
    try {
      const over = pack(paragraphs(400));
      const error = await readDocx('/报告/超长.docx', over).catch((e: unknown) => e);
      const d = (error as { diagnostics: { code: string; message: string }[] }).diagnostics[0];
      expect(d?.code).toBe('JX_INPUT_TOO_LARGE');
      expect(d?.message).toContain('超长.docx 太大：报告的文字超过上限 8 KB');
      // Text in both the Choice and its Fallback is the report's text once.
      const text = Buffer.byteLength(texts(120).join(''));
      expect(text).toBeLessThan(8 * 1024);
      expect(2 * text).toBeGreaterThan(8 * 1024);
      const once = paragraphs(120);
      const boxed = pack(`<mc:AlternateContent><mc:Choice Requires="wps">${once}</mc:Choice><mc:Fallback>${once}</mc:Fallback></mc:AlternateContent>`);
      expect(await readDocx('boxed.docx', boxed)).toContain('第119段');
      configureLimits({ reportTextBytes: 1024 * 1024 });
      expect(await readDocx('超长.docx', over)).toContain('第399段');
    } finally {
      configureLimits(previous);
    }
  });
});

import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { Document, Packer, Paragraph, TextRun } from 'docx';
import { DEFAULT_LAYOUT, packageParts, writeDocx } from '../../pipeline/write/docx/index.js';
import { fontTableXml, normalisePackage, zipPackage } from '../../pipeline/write/docx/package.js';
import type { RenderedDoc } from '../../schemas/rendered.js';
import { SAMPLE_DOC } from '../fixtures/read/sample-doc.js';

async function parts(doc: RenderedDoc = SAMPLE_DOC, options: Parameters<typeof writeDocx>[1] = {}) {
  const bytes = await writeDocx(doc, options);
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const data = files[name];
    if (data === undefined) throw new Error(`missing part ${name}`);
    return strFromU8(data);
  };
  return { bytes, files, text };
}

/** Attribute values of every `<tag …>` in the XML, in order. */
function attrs(xml: string, tag: string, attr: string): string[] {
  return [...xml.matchAll(new RegExp(`<${tag}\\b[^>]*\\b${attr}="([^"]*)"`, 'g'))].map((m) => m[1] ?? '');
}

describe('writeDocx', () => {
  it('exposes the layout preset after GB/T 9704', () => {
    expect(DEFAULT_LAYOUT.page).toEqual({ widthTwips: 11906, heightTwips: 16838 });
    expect(DEFAULT_LAYOUT.marginsMm).toMatchObject({ top: 37, bottom: 35, left: 28, right: 26 });
    expect(DEFAULT_LAYOUT.body).toMatchObject({ font: '仿宋_GB2312', sizePt: 16, lineSpacingPt: 28, indentChars: 2 });
    expect(DEFAULT_LAYOUT.headings.map((h) => h.font)).toEqual(['黑体', '楷体_GB2312', '仿宋_GB2312', '仿宋_GB2312']);
  });

  it('writes A4 portrait pages with the GB/T 9704 margins and a landscape section for the score table', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const pgSz = [...xml.matchAll(/<w:pgSz [^>]*\/>/g)].map((m) => m[0]);
    expect(pgSz).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
    ]);
    // 37, 35, 28, 26 mm in twips.
    const portrait = xml.match(/<w:pgMar [^>]*\/>/)?.[0] ?? '';
    expect(attrs(portrait, 'w:pgMar', 'w:top')).toEqual(['2098']);
    expect(attrs(portrait, 'w:pgMar', 'w:bottom')).toEqual(['1984']);
    expect(attrs(portrait, 'w:pgMar', 'w:left')).toEqual(['1587']);
    expect(attrs(portrait, 'w:pgMar', 'w:right')).toEqual(['1474']);
  });

  it('sets East Asian fonts on runs and styles, Times New Roman for Latin text', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const runFonts = new Set(attrs(xml, 'w:rFonts', 'w:eastAsia'));
    expect([...runFonts].sort()).toEqual(['仿宋_GB2312', '方正小标宋简体', '楷体_GB2312', '黑体'].sort());
    expect(new Set(attrs(xml, 'w:rFonts', 'w:ascii'))).toEqual(new Set(['Times New Roman']));
    const styles = text('word/styles.xml');
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Heading1">[\s\S]*?w:eastAsia="黑体"[\s\S]*?<\/w:style>/);
    expect(styles).toMatch(/<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?w:eastAsia="仿宋_GB2312"[\s\S]*?<\/w:style>/);
    // Fallbacks: document default 宋体 and zh-CN, GB2312 charset and alternative names in the font table.
    expect(styles).toMatch(/<w:docDefaults>[\s\S]*w:eastAsia="宋体"[\s\S]*w:eastAsia="zh-CN"[\s\S]*<\/w:docDefaults>/);
    const fontTable = text('word/fontTable.xml');
    expect(fontTable).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/>');
  });

  it('body text: 三号, exact 28 pt lines, two-character first-line indent', async () => {
    const { text } = await parts();
    const normal = text('word/styles.xml').match(/<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/)?.[0] ?? '';
    expect(normal).toContain('<w:spacing w:after="0" w:before="0" w:line="560" w:lineRule="exact"/>');
    expect(normal).toMatch(/<w:ind [^>]*w:firstLineChars="200"/);
    expect(normal).toContain('<w:sz w:val="32"/>');
  });

  it('page numbers: "— PAGE —" in 宋体 四号 at the outer edge, odd pages right, even pages left, one character in (GB/T 9704)', async () => {
    const { files, text } = await parts();
    expect(text('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
    const rels = text('word/_rels/document.xml.rels');
    const target = (id: string) => new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? '';
    const refs = [...text('word/document.xml').matchAll(/<w:footerReference w:type="(default|even)" r:id="([^"]+)"\/>/g)];
    expect(refs.length).toBe(Object.keys(files).filter((n) => /^word\/footer\d+\.xml$/.test(n)).length);
    expect(new Set(refs.map((r) => r[1]))).toEqual(new Set(['default', 'even']));
    for (const [, type, id] of refs) {
      const xml = text(`word/${target(id ?? '')}`);
      // One character of the footer's 14 pt is 280 twips.
      if (type === 'default') expect(xml).toMatch(/<w:ind w:right="280"[^>]*\/><w:jc w:val="right"\/>/);
      else expect(xml).toMatch(/<w:ind w:left="280"[^>]*\/><w:jc w:val="left"\/>/);
      expect(xml).toMatch(/<w:instrText[^>]*>PAGE<\/w:instrText>/);
      expect(xml).toMatch(/<w:t xml:space="preserve">— <\/w:t>[\s\S]*PAGE[\s\S]*<w:t xml:space="preserve"> —<\/w:t>/);
      expect(xml).toContain('w:eastAsia="宋体"');
      expect(xml).toContain('<w:sz w:val="28"/>');
    }
  });

  it('builds merged tables from the models: gridSpan, vMerge, widths over the text width, unsplittable rows', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables).toHaveLength(3);
    const [funds = '', plain = '', score = ''] = tables;

    const gridSum = (t: string) => attrs(t, 'w:gridCol', 'w:w').reduce((a, b) => a + Number(b), 0);
    expect(gridSum(funds)).toBe(11906 - 1587 - 1474);
    expect(gridSum(plain)).toBe(11906 - 1587 - 1474);
    expect(gridSum(score)).toBe(16838 - 2098 - 1984);
    expect(attrs(funds, 'w:gridCol', 'w:w').map(Number)).toEqual([2948, 1965, 1965, 1967]);

    // 资金来源 and 执行数 span two rows, 预算数 two columns.
    expect(attrs(funds, 'w:gridSpan', 'w:val')).toEqual(['2']);
    expect(attrs(funds, 'w:vMerge', 'w:val')).toEqual(['restart', 'restart', 'continue', 'continue']);
    expect(attrs(score, 'w:gridSpan', 'w:val')).toEqual(['2', '6', '5']);
    expect(attrs(score, 'w:vMerge', 'w:val').filter((v) => v === 'restart')).toHaveLength(2);
    expect(attrs(score, 'w:vMerge', 'w:val').filter((v) => v === 'continue')).toHaveLength(3);

    expect(funds.match(/<w:cantSplit\/>/g)).toHaveLength(4);
    expect(funds.match(/<w:tblHeader\/>/g)).toHaveLength(2);
    // Header cells bold; a cell with \n becomes two paragraphs.
    expect(funds).toMatch(/<w:b\/>[\s\S]*?<w:t xml:space="preserve">资金来源<\/w:t>/);
    expect(score).toMatch(/<w:t xml:space="preserve">年度<\/w:t><\/w:r><\/w:p><w:p>[\s\S]*?<w:t xml:space="preserve">指标值<\/w:t>/);
    // Dense landscape table in 五号, the portrait one in 小四.
    expect(score).toContain('<w:sz w:val="21"/>');
    expect(funds).toContain('<w:sz w:val="24"/>');
  });

  it('puts the table title above, the note below, and the 附件 heading on the landscape page', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    // The landscape section: from the end of the first section to the paragraph holding its own sectPr.
    const landscape = xml.slice(xml.indexOf('w:orient="portrait"/>'), xml.indexOf('</w:p>', xml.indexOf('w:orient="landscape"/>')));
    const order = ['附件', '附表  项目支出绩效自评表', '<w:tbl>', '注：得分按完成比例计算。'].map((s) => landscape.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    expect(xml).toMatch(/<w:pStyle w:val="TableCaption"\/>[\s\S]*?附表  项目支出绩效自评表/);
  });

  it('keeps bold and emphasis, shades review notes and highlights placeholders', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    expect(xml).toMatch(/<w:b\/>[^]*?<w:t xml:space="preserve">市级财政<\/w:t>/);
    expect(xml).toMatch(/<w:i\/>[^]*?<w:t xml:space="preserve">创新主体培育<\/w:t>/);
    expect(xml).toMatch(/<w:pStyle w:val="ReviewNote"\/>[\s\S]*?〔待核：本段沿用上年报告，请核对〕/);
    expect(text('word/styles.xml')).toMatch(/w:styleId="ReviewNote">[\s\S]*?<w:shd [^>]*w:fill="E7E6E6"/);
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/>[^]{0,200}<w:t xml:space="preserve">〔待补：项目数〕<\/w:t>/);
    // 〔2024〕 in a document number is not a placeholder.
    expect(xml).not.toMatch(/<w:highlight w:val="yellow"\/>[^]{0,200}〔2024〕/);
  });

  it('bolds `**…**` that CommonMark leaves as text after Chinese punctuation; soft breaks vanish in Chinese', async () => {
    const { text } = await parts({ ...SAMPLE_DOC, markdown: '**二是难以量化。**科技专项\n资金，fund\nspent。\n', tables: [] });
    const xml = text('word/document.xml');
    expect(xml).toMatch(/<w:b\/>[^]*?<w:t xml:space="preserve">二是难以量化。<\/w:t>/);
    expect(xml).toContain('<w:t xml:space="preserve">科技专项资金，fund spent。</w:t>');
    expect(xml).not.toContain('**');
  });

  it('gives a bare URL or e-mail a run of its own, the address alone', async () => {
    // After （ and ：, and up to the first character that is not ASCII (GFM's rule runs on to a space).
    const { text } = await parts({ ...SAMPLE_DOC, markdown: '详见（www.example.gov.cn）或致信：office@example.gov.cn。\n', tables: [] });
    const xml = text('word/document.xml');
    const runs = [...xml.matchAll(/<w:t xml:space="preserve">([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(runs).toEqual(['详见（', 'www.example.gov.cn', '）或致信：', 'office@example.gov.cn', '。']);
  });

  it('maps Markdown headings to the title and heading styles', async () => {
    const { text } = await parts();
    const xml = text('word/document.xml');
    const styleOf = (t: string) => xml.match(new RegExp(`<w:pStyle w:val="(\\w+)"/>(?:(?!<w:p>)[\\s\\S])*?${t}`))?.[1];
    expect(styleOf('2024年度株洲市财政科技发展专项资金绩效自评报告')).toBe('Title');
    expect(styleOf('一、预算支出概况')).toBe('Heading1');
    expect(styleOf('（一）项目实施单位基本情况')).toBe('Heading2');
    expect(styleOf('1.创新成果转化年活动经费')).toBe('Heading3');
    expect(styleOf('（1）资金安排')).toBe('Heading4');
  });

  it('merges layout overrides field by field', async () => {
    const { text } = await parts(SAMPLE_DOC, { layout: { body: { sizePt: 14 }, marginsMm: { left: 30 } } });
    const normal = text('word/styles.xml').match(/<w:style [^>]*w:styleId="Normal"[^>]*>[\s\S]*?<\/w:style>/)?.[0] ?? '';
    expect(normal).toContain('<w:sz w:val="28"/>');
    expect(normal).toContain('w:eastAsia="仿宋_GB2312"');
    expect(text('word/document.xml')).toMatch(/<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1701"/);
  });

  it('writes the same bytes for the same draft, in any time zone', async () => {
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const first = await writeDocx(SAMPLE_DOC);
      process.env.TZ = 'Asia/Shanghai';
      const second = await writeDocx(SAMPLE_DOC);
      expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it('zips the parts once, to the bytes of docx\'s own zip made deterministic', async () => {
    // docx's packer gives its parts unzipped (the fast path writeDocx takes with this docx version) …
    const document = new Document({ sections: [{ children: [new Paragraph({ children: [new TextRun('2024年度 1,864.05万元')] })] }] });
    const parts = packageParts(document);
    expect(parts).toBeInstanceOf(Map);
    // … and zipped once they are the same bytes as docx's own zip (stamped with the time of day) normalised.
    const fontTable = fontTableXml(DEFAULT_LAYOUT, [DEFAULT_LAYOUT.latinFont]);
    const once = zipPackage(parts ?? new Map(), fontTable);
    const twice = normalisePackage(new Uint8Array(await Packer.toBuffer(document)), fontTable);
    expect(Buffer.from(once).equals(Buffer.from(twice))).toBe(true);
    expect(strFromU8(unzipSync(once)['docProps/core.xml'] ?? new Uint8Array())).toContain('2000-01-01T00:00:00Z');
  });

  it('fixes the dates, the part order and the relationship ids', async () => {
    const { files, text } = await parts();
    expect(Object.keys(files).slice(0, 2)).toEqual(['[Content_Types].xml', '_rels/.rels']);
    const core = text('docProps/core.xml');
    expect(attrs(core.replace(/<dcterms:(created|modified)[^>]*>([^<]*)</g, '<d v="$2"><'), 'd', 'v')).toEqual([
      '2000-01-01T00:00:00Z',
      '2000-01-01T00:00:00Z',
    ]);
    for (const name of Object.keys(files).filter((n) => n.endsWith('.rels'))) {
      for (const id of attrs(text(name), 'Relationship', 'Id')) expect(id).toMatch(/^rId(\d+|Jx\d+)$/);
    }
  });

  it('writes a table with no model as a plain table, and a draft with nothing as one empty page', async () => {
    const { text } = await parts({ ...SAMPLE_DOC, markdown: '| 甲 | 乙 |\n|---|---|\n| 1 | 2 |\n', tables: [] });
    const xml = text('word/document.xml');
    expect(xml.match(/<w:tc>/g)).toHaveLength(4);
    expect(xml).not.toContain('w:vMerge');
    const empty = await parts({ ...SAMPLE_DOC, markdown: '', tables: [] });
    expect(empty.text('word/document.xml').match(/<w:sectPr>/g)).toHaveLength(1);
  });
});

describe('writeDocx: attachments and the 自评表 as real reports print them', () => {
  it('each 附件 on a page of its own, labelled 附件1, 附件2 flush left; the 自评表 indicator header repeats on every page', async () => {
    const { draftReport } = await import('../../pipeline/jobs/draft.js');
    const { LUSONG } = await import('../support/paths.js');
    const { doc } = await draftReport({ data: LUSONG });
    const { text } = await parts(doc);
    const xml = text('word/document.xml');
    const paragraphs = [...xml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*<\/w:p>/g)].map((m) => m[0]);
    const plain = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    const labels = paragraphs.filter((p) => /^附件\d*$/.test(plain(p)));
    expect(labels.map(plain)).toEqual(['附件1', '附件2']);
    for (const label of labels) expect(label).toMatch(/<w:ind w:left="0" w:firstLine="0" w:firstLineChars="0"\/>/);
    // 附件1 (a portrait table) breaks the page itself; 附件2 opens the landscape section, which starts a page.
    expect(labels[0]).toContain('<w:pageBreakBefore/>');
    expect(labels[1]).not.toContain('<w:pageBreakBefore/>');
    const beforeSecond = xml.slice(0, xml.indexOf(labels[1] ?? ''));
    expect(beforeSecond.slice(beforeSecond.lastIndexOf('<w:sectPr'))).toContain('w:orient="portrait"');

    // The score table is two tables, the second led by the 绩效指标 / 一级指标 … row marked to repeat.
    const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    const headed = tables.filter((t) => t.includes('<w:tblHeader/>') && t.includes('一级指标'));
    expect(headed).toHaveLength(1);
    expect(tables.filter((t) => t.includes('一级指标'))).toHaveLength(1);
    const firstRow = headed[0]?.match(/<w:tr>[\s\S]*?<\/w:tr>/)?.[0] ?? '';
    expect(firstRow).toContain('<w:tblHeader/>');
    expect(plain(firstRow)).toBe('绩效指标一级指标二级指标三级指标年度指标值实际完成值分值得分偏差原因分析及改进措施');
    // Only that row repeats, and it merges with nothing below it.
    expect(headed[0]?.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect(firstRow).not.toContain('<w:vMerge');
  });
});

import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { draftReport, type DraftResult } from '../../../pipeline/jobs/draft.js';
import { readReportFile } from '../../../pipeline/read/index.js';
import { writeDocx } from '../../../pipeline/write/docx/index.js';
import { ZHUZHOU } from '../../support/paths.js';

export const W_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

const TMP = mkdtempSync(path.join(tmpdir(), 'jixiao-docx-edit-'));
let counter = 0;

/** The text the checker sees for a .docx (mammoth → Markdown), read from a temporary file. */
export async function readText(bytes: Uint8Array): Promise<string> {
  const file = path.join(TMP, `doc-${++counter}.docx`);
  writeFileSync(file, bytes);
  return (await readReportFile(file)).text;
}

/** One part of a package as text. */
export function part(bytes: Uint8Array, name: string): string | undefined {
  const data = unzipSync(bytes)[name];
  return data === undefined ? undefined : strFromU8(data);
}

export function parts(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

let draft: Promise<{ result: DraftResult; bytes: Uint8Array }> | undefined;

/** The zhuzhou example drafted and written as .docx by the project's own writer (once per test file). */
export function zhuzhouDocx(): Promise<{ result: DraftResult; bytes: Uint8Array }> {
  draft ??= (async () => {
    const result = await draftReport({ data: ZHUZHOU });
    return { result, bytes: await writeDocx(result.doc) };
  })();
  return draft;
}

/**
 * A minimal .docx as Word saves it: rsids, a proofing mark, a bookmark, and a figure split across runs
 * with different formatting (`1864` plain, `.05万元` bold), another inside one longer run, and a table
 * whose figure is split in a cell.
 */
export const SPLIT_BODY =
  '<w:p w:rsidR="00A1" w:rsidRDefault="00A1"><w:pPr><w:jc w:val="center"/></w:pPr><w:r w:rsidRPr="00B2"><w:rPr><w:b/><w:sz w:val="44"/></w:rPr><w:t>科技发展专项资金绩效自评报告</w:t></w:r></w:p>' +
  '<w:p w:rsidR="00A1" w:rsidRDefault="00C3"><w:r><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t xml:space="preserve">全年预算</w:t></w:r>' +
  '<w:bookmarkStart w:id="0" w:name="budget"/><w:r w:rsidR="00D4"><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/></w:rPr><w:t>1864</w:t></w:r>' +
  '<w:r w:rsidR="00E5"><w:rPr><w:rFonts w:eastAsia="仿宋_GB2312"/><w:b/></w:rPr><w:t>.05万元</w:t></w:r><w:bookmarkEnd w:id="0"/>' +
  '<w:proofErr w:type="spellStart"/><w:r><w:rPr><w:color w:val="FF0000"/></w:rPr><w:t>，实际支出1864.05万元，预算执行率100.00%。</w:t></w:r><w:proofErr w:type="spellEnd"/></w:p>' +
  '<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>' +
  '<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>项目</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>金额（万元）</w:t></w:r></w:p></w:tc></w:tr>' +
  '<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>全年预算</w:t></w:r></w:p></w:tc><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr><w:p><w:r><w:t>18</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>64.05</w:t></w:r></w:p></w:tc></w:tr>' +
  '</w:tbl>' +
  '<w:p><w:r><w:t>资金已全部执行，无结余结转。</w:t></w:r></w:p>' +
  '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr>';

export function documentXml(body: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="${W_NS}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}</w:body></w:document>`;
}

/** A .docx of the four parts Word needs, zipped as Word would (any order, any times). */
export function minimalDocx(body: string = SPLIT_BODY): Uint8Array {
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(documentXml(body)),
    'word/_rels/document.xml.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>',
    ),
  });
}

/**
 * The text a comment covers: the w:t text between its commentRangeStart and commentRangeEnd, and the
 * document text right before it (whitespace dropped), to check the comment is at the right occurrence.
 */
export function commented(documentXml: string, id: number): { text: string; before: string } | undefined {
  const start = documentXml.indexOf(`<w:commentRangeStart w:id="${id}"/>`);
  const end = documentXml.indexOf(`<w:commentRangeEnd w:id="${id}"/>`);
  if (start === -1 || end === -1 || end < start) return undefined;
  const texts = (xml: string) => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '').join('');
  return { text: texts(documentXml.slice(start, end)), before: texts(documentXml.slice(0, start)).replace(/\s+/g, '') };
}

/** The comments of a comments part: id → paragraphs' text. */
export function comments(xml: string): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const m of xml.matchAll(/<w:comment\b[^>]*\bw:id="(\d+)"[^>]*>([\s\S]*?)<\/w:comment>/g)) {
    const paragraphs = [...(m[2] ?? '').matchAll(/<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g)].map((p) =>
      [...(p[1] ?? '').matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1] ?? '').join(''),
    );
    out.set(Number(m[1]), paragraphs);
  }
  return out;
}

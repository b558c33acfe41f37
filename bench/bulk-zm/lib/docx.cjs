'use strict';
// 自写 OOXML：段落、加粗 run、run 边界、表格（横向/纵向合并、单元格内嵌表）、编号列表、VML 文本框、页眉、页脚页码。
const JSZip = require('/work/main/node_modules/jszip');
const { expand } = require('./core.cjs');
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const FONT = '<w:rFonts w:ascii="Noto Serif CJK SC" w:eastAsia="Noto Serif CJK SC" w:hAnsi="Noto Serif CJK SC"/>';
function runs(s, baseBold, size) {
  // **x** 与 \u0001x\u0002 为加粗，‖ 为 run 边界
  s = s.replace(/\*\*(.+?)\*\*/g, '\u0001$1\u0002');
  let out = '', bold = !!baseBold, buf = '';
  const flush = () => {
    if (buf === '') return;
    const pr = `<w:rPr>${FONT}${bold ? '<w:b/>' : ''}${size ? `<w:sz w:val="${size}"/><w:szCs w:val="${size}"/>` : ''}</w:rPr>`;
    const parts = buf.split('\t');
    out += `<w:r>${pr}` + parts.map((t) => t === '' ? '' : `<w:t xml:space="preserve">${esc(t)}</w:t>`).join('<w:tab/>') + '</w:r>';
    buf = '';
  };
  for (const ch of s) {
    if (ch === '\u0001') { flush(); bold = true; } else if (ch === '\u0002') { flush(); bold = !!baseBold; } else if (ch === '‖') flush(); else buf += ch;
  }
  flush();
  return out;
}
const STY = { Title: { jc: 'center', b: true, sz: 36 }, H1: { b: true, sz: 30, style: 'Heading1' }, H2: { b: true, sz: 28, style: 'Heading2' } };
function para(text, o, X) {
  o = o || {};
  const st = STY[o.style] || {};
  let ppr = '';
  if (st.style) ppr += `<w:pStyle w:val="${st.style}"/>`;
  if (o.num) ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>';
  const jc = o.align || st.jc;
  if (jc) ppr += `<w:jc w:val="${jc}"/>`;
  if (!o.cell && !jc && !o.num && !st.style) ppr += '<w:ind w:firstLine="480"/>';
  if (o.cell) ppr += '<w:spacing w:before="0" w:after="0"/>';
  const body = text === '' ? '' : runs(X(text), st.b || o.bold, st.sz || (o.cell ? 20 : 24));
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${body}</w:p>`;
}
function table(tb, X) {
  const rows = tb.rows;
  const ncol = Math.max(...rows.map((r) => r.reduce((s, c) => s + ((c && c.span) || 1), 0)));
  const W = tb.widths || Array(ncol).fill(Math.floor(8800 / ncol));
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${W.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((k) => `<w:${k} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
    `</w:tblBorders><w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>${W.map((w) => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  rows.forEach((r, ri) => {
    x += `<w:tr>${ri < (tb.head || 0) ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}`;
    let col = 0;
    for (let c of r) {
      if (typeof c === 'string' || c == null) c = { t: c || '' };
      const span = c.span || 1;
      const w = W.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      let tcpr = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) tcpr += `<w:gridSpan w:val="${span}"/>`;
      if (c.vm === 'r') tcpr += '<w:vMerge w:val="restart"/>';
      if (c.vm === 'c') tcpr += '<w:vMerge/>';
      tcpr += '<w:vAlign w:val="center"/>';
      let inner = '';
      const ts = Array.isArray(c.t) ? c.t : [c.t];
      for (const t of ts) inner += para(t, { cell: true, align: c.align || (ri < (tb.head || 0) ? 'center' : undefined), bold: ri < (tb.head || 0) || c.bold }, X);
      if (c.nested) inner += table(c.nested, X) + '<w:p><w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr></w:p>';
      x += `<w:tc><w:tcPr>${tcpr}</w:tcPr>${inner}</w:tc>`;
    }
    x += '</w:tr>';
  });
  return x + '</w:tbl>';
}
function textbox(text, X) {
  const inner = text.map((t) => para(t, { cell: true }, X)).join('');
  return `<w:p><w:r><w:pict><v:shape id="tb1" type="#_x0000_t202" style="width:300pt;height:60pt" strokecolor="#666666"><v:textbox><w:txbxContent>${inner}</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>`;
}
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"';
async function buildDocx(doc, variant, ctx) {
  const Xh = (s) => expand(s, variant, ctx, 'header1');
  const header = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${NS}>${(doc.header || []).map((t) => para(t, { align: 'right', cell: true }, Xh)).join('')}</w:hdr>`;
  const X = (s) => expand(s, variant, ctx, 'document');
  let body = '';
  for (const b of doc.blocks) {
    if (b.table) body += table(b, X) + '<w:p/>';
    else if (b.textbox) body += textbox(b.textbox, X);
    else body += para(b.p, b, X);
  }
  const footer = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ${NS}><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">— </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:t xml:space="preserve"> —</w:t></w:r></w:p></w:ftr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${NS}><w:body>${body}<w:sectPr><w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1300" w:bottom="1440" w:left="1300" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${NS}><w:docDefaults><w:rPrDefault><w:rPr>${FONT}<w:sz w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style></w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering ${NS}><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="480"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const files = {
    '[Content_Types].xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`,
    '_rels/.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    'docProps/core.xml': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(doc.title)}</dc:title><dc:creator>${esc(doc.creator)}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-18T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-18T02:00:00Z</dcterms:modified></cp:coreProperties>`,
    'word/_rels/document.xml.rels': `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>`,
    'word/document.xml': document, 'word/styles.xml': styles, 'word/numbering.xml': numbering, 'word/header1.xml': header, 'word/footer1.xml': footer,
  };
  const zip = new JSZip();
  const date = new Date(Date.UTC(2025, 2, 18, 2, 0, 0));
  for (const k of Object.keys(files).sort()) zip.file(k, files[k], { date, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}
module.exports = { buildDocx };
// 简写：'#T 标题'、'#1 一级标题'、'#2 二级标题'、'#C 居中'、'#R 右对齐'、'#L 编号列表项'、'#N 不缩进'，对象原样（表格、文本框）
function dsl(arr) {
  return arr.map((x) => {
    if (typeof x !== 'string') return x;
    const m = x.match(/^#([T12CRLN]) (.*)$/s);
    if (!m) return { p: x };
    const t = m[2];
    return { T: { p: t, style: 'Title' }, 1: { p: t, style: 'H1' }, 2: { p: t, style: 'H2' }, C: { p: t, align: 'center' }, R: { p: t, align: 'right' }, L: { p: t, num: true }, N: { p: t, align: 'left' } }[m[1]];
  });
}
module.exports.dsl = dsl;

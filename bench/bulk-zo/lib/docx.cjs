'use strict';
// 自写 OOXML（段落、标题、表格、合并单元格、重复表头行、分页），jszip 打包，时间固定。只供 gen.cjs 使用。
const JSZip = require('/work/main/node_modules/jszip');
const FIXED = new Date(Date.UTC(2025, 3, 8, 1, 30, 0));
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function run(text, o = {}) {
  const rpr = (o.b ? '<w:b/>' : '') + (o.sz ? `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>` : '');
  return `<w:r>${rpr ? '<w:rPr>' + rpr + '</w:rPr>' : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}
function para(text, o = {}) {
  let ppr = '';
  if (o.style) ppr += `<w:pStyle w:val="${o.style}"/>`;
  if (o.keep) ppr += '<w:keepNext/>';
  if (o.pb) ppr += '<w:pageBreakBefore/>';
  if (o.jc) ppr += `<w:jc w:val="${o.jc}"/>`;
  if (o.indent) ppr += '<w:ind w:firstLineChars="200" w:firstLine="480"/>';
  return `<w:p>${ppr ? '<w:pPr>' + ppr + '</w:pPr>' : ''}${text ? run(text, o) : ''}</w:p>`;
}
function table(rows, hdr, widths) {
  const ncol = Math.max(...rows.map(r => r.length));
  const total = 9000;
  const ws = widths || Array(ncol).fill(1);
  const sw = ws.reduce((a, b) => a + b, 0);
  const tw = ws.map(w => Math.round(w / sw * total));
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>` +
    ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(b => `<w:${b} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('') +
    `</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>` +
    tw.map(w => `<w:gridCol w:w="${w}"/>`).join('') + '</w:tblGrid>';
  rows.forEach((r, ri) => {
    x += '<w:tr>' + (ri < hdr ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>');
    let ci = 0;
    for (let k = 0; k < r.length; k++) {
      if (r[k] === '<<') continue;
      let span = 1; while (r[k + span] === '<<') span++;
      const w = tw.slice(ci, ci + span).reduce((a, b) => a + b, 0);
      let tcpr = `<w:tcW w:w="${w}" w:type="dxa"/>` + (span > 1 ? `<w:gridSpan w:val="${span}"/>` : '');
      const below = rows[ri + 1] && rows[ri + 1][k] === '^^';
      let txt = r[k];
      if (txt === '^^') { tcpr += '<w:vMerge/>'; txt = ''; } else if (below) tcpr += '<w:vMerge w:val="restart"/>';
      tcpr += '<w:vAlign w:val="center"/>';
      x += `<w:tc><w:tcPr>${tcpr}</w:tcPr>` + para(txt, { jc: 'center', b: ri < hdr, sz: 20 }) + '</w:tc>';
      ci += span;
    }
    x += '</w:tr>';
  });
  return x + '</w:tbl>';
}
// 模板文字 → 块；同时给出与 check.cjs 取字方式相同的纯文字
function build(src) {
  const lines = src.split('\n'); const body = []; const plain = [];
  let hdr = 0, widths = null, pb = false;
  for (let i = 0; i < lines.length; i++) {
    const L = lines[i];
    if (!L.trim()) continue;
    if (L.startsWith('|')) {
      const rows = [];
      while (i < lines.length && lines[i].startsWith('|')) { rows.push(lines[i].replace(/^\||\|$/g, '').split('|').map(s => s.trim())); i++; }
      i--;
      body.push(table(rows, hdr, widths));
      for (const r of rows) for (const c of r) if (c !== '<<') plain.push(c === '^^' ? '' : c);
      hdr = 0; widths = null; continue;
    }
    const m = L.match(/^#(T|S|1|2|C|R|PB|H|W|P)\s?(.*)$/);
    if (m && m[1] === 'H') { hdr = Number(m[2]); continue; }
    if (m && m[1] === 'W') { widths = m[2].split(',').map(Number); continue; }
    if (m && m[1] === 'PB') { pb = true; continue; }
    let o, t;
    if (!m) { o = { indent: true }; t = L; }
    else { t = m[2]; o = { T: { jc: 'center', b: true, sz: 36 }, S: { jc: 'center', sz: 24 }, 1: { b: true, sz: 28, keep: true, style: 'Heading1' }, 2: { b: true, keep: true, style: 'Heading2' }, C: { jc: 'center', b: true, keep: true }, R: { jc: 'right' }, P: {} }[m[1]]; }
    if (pb) { o = Object.assign({}, o, { pb: true }); pb = false; }
    body.push(para(t, o)); plain.push(t);
  }
  return { body: body.join(''), plain: plain.join('\n') };
}
async function pack(src, title) {
  const { body, plain } = build(src);
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1418" w:bottom="1440" w:left="1418" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
  const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="宋体" w:cs="Times New Roman"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="60" w:line="360" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/></w:rPr></w:style></w:styles>`;
  const settings = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="420"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`;
  const ct = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
  const rels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
  const drels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>`;
  const core = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(title)}</dc:title><dc:creator>财务科</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-04-08T01:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-08T01:30:00Z</dcterms:modified></cp:coreProperties>`;
  const app = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>bulk-zo gen</Application></Properties>`;
  const zip = new JSZip(); const o = { date: FIXED, createFolders: false };
  zip.file('[Content_Types].xml', ct, o); zip.file('_rels/.rels', rels, o); zip.file('word/document.xml', doc, o);
  zip.file('word/styles.xml', styles, o); zip.file('word/settings.xml', settings, o); zip.file('word/_rels/document.xml.rels', drels, o);
  zip.file('docProps/core.xml', core, o); zip.file('docProps/app.xml', app, o);
  const buf = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  return { buf, plain };
}
module.exports = { pack, build };

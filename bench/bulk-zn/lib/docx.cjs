'use strict';
// 自写 OOXML，jszip 打包。块：'#T 标题' '#S 副标题(居中)' '#1 ' '#2 ' '#3 ' 标题，'#R ' 右对齐，'#N ' 不缩进，其余为首行缩进的正文段落；
// { table: 行数组, widths: [...], hdr: 表头行数 }：单元格为文字或 { t, span, vm: 'r'|'c', b, al }。
// 段落文字中：⟦-旧⟧ 修订删除、⟦+新⟧ 修订插入、⟦cN⟧…⟦/cN⟧ 批注范围（w:id 为 200+N，避免与脚注编号相同时 LibreOffice 串号）、⟦fN⟧ 脚注引用。
const JSZip = require('/work/main/node_modules/jszip');
const DATE = new Date(Date.UTC(2025, 2, 18, 2, 0, 0));
const REV_DATE = '2025-03-12T09:30:00Z';
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function rPr(o = {}) {
  let x = '';
  if (o.font) x += `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="${o.font}"/>`;
  if (o.b) x += '<w:b/>';
  if (o.sz) x += `<w:sz w:val="${o.sz}"/><w:szCs w:val="${o.sz}"/>`;
  return x ? `<w:rPr>${x}</w:rPr>` : '';
}

function runs(str, ro, ctx) {
  const rp = rPr(ro);
  const t = s => (s ? `<w:r>${rp}<w:t xml:space="preserve">${esc(s)}</w:t></w:r>` : '');
  const RE = /⟦-([^⟧]*)⟧|⟦\+([^⟧]*)⟧|⟦c(\d+)⟧|⟦\/c(\d+)⟧|⟦f(\d+)⟧/g;
  let out = '', last = 0, m;
  while ((m = RE.exec(str))) {
    out += t(str.slice(last, m.index));
    last = RE.lastIndex;
    const who = `w:author="${esc(ctx.reviser || '审核人')}" w:date="${REV_DATE}"`;
    if (m[1] !== undefined) out += `<w:del w:id="${ctx.rev++}" ${who}><w:r>${rp}<w:delText xml:space="preserve">${esc(m[1])}</w:delText></w:r></w:del>`;
    else if (m[2] !== undefined) out += `<w:ins w:id="${ctx.rev++}" ${who}>${t(m[2])}</w:ins>`;
    else if (m[3] !== undefined) out += `<w:commentRangeStart w:id="${200 + Number(m[3])}"/>`;
    else if (m[4] !== undefined) out += `<w:commentRangeEnd w:id="${200 + Number(m[4])}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${200 + Number(m[4])}"/></w:r>`;
    else out += `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="${m[5]}"/></w:r>`;
  }
  return out + t(str.slice(last));
}

function para(text, ctx) {
  let code = '', s = text;
  const mm = /^#([TS123RN]) /.exec(text);
  if (mm) { code = mm[1]; s = text.slice(3); }
  const P = {
    T: ['<w:jc w:val="center"/><w:spacing w:after="240"/>', { font: '方正小标宋简体', sz: 36, b: true }],
    S: ['<w:jc w:val="center"/><w:spacing w:after="240"/>', { font: '楷体_GB2312', sz: 28 }],
    1: ['<w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="560"/><w:outlineLvl w:val="0"/>', { font: '黑体', sz: 28 }],
    2: ['<w:spacing w:before="60" w:after="60"/><w:ind w:firstLine="560"/><w:outlineLvl w:val="1"/>', { font: '楷体_GB2312', sz: 28, b: true }],
    3: ['<w:ind w:firstLine="560"/><w:outlineLvl w:val="2"/>', { font: '仿宋_GB2312', sz: 28, b: true }],
    R: ['<w:jc w:val="right"/>', { font: '仿宋_GB2312', sz: 28 }],
    N: ['', { font: '仿宋_GB2312', sz: 28 }],
    '': ['<w:ind w:firstLine="560"/><w:spacing w:line="400" w:lineRule="auto"/>', { font: '仿宋_GB2312', sz: 28 }],
  }[code];
  return `<w:p><w:pPr>${P[0]}</w:pPr>${runs(s, P[1], ctx)}</w:p>`;
}

function table(tb, ctx) {
  const widths = tb.widths;
  const total = widths.reduce((a, b) => a + b, 0);
  const bd = ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(k => `<w:${k} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`).join('');
  let x = `<w:tbl><w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>${bd}</w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${widths.map(w => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>`;
  tb.table.forEach((row, ri) => {
    x += '<w:tr>';
    let col = 0;
    for (const c0 of row) {
      const c = typeof c0 === 'string' ? { t: c0 } : c0;
      const span = c.span || 1;
      const w = widths.slice(col, col + span).reduce((a, b) => a + b, 0);
      col += span;
      const hdr = ri < (tb.hdr || 0);
      let tc = `<w:tcW w:w="${w}" w:type="dxa"/>`;
      if (span > 1) tc += `<w:gridSpan w:val="${span}"/>`;
      if (c.vm === 'r') tc += '<w:vMerge w:val="restart"/>';
      if (c.vm === 'c') tc += '<w:vMerge/>';
      tc += '<w:vAlign w:val="center"/>';
      const al = c.al || (hdr ? 'center' : (/^[-+−]?[\d,.０-９]+$/.test(c.t || '') ? 'right' : 'left'));
      const ps = String(c.t || '').split('\n').map(line => `<w:p><w:pPr><w:jc w:val="${al}"/><w:spacing w:line="280" w:lineRule="auto"/></w:pPr>${runs(line, { font: hdr ? '黑体' : '仿宋_GB2312', sz: 21, b: c.b }, ctx)}</w:p>`).join('');
      x += `<w:tc><w:tcPr>${tc}</w:tcPr>${ps}</w:tc>`;
    }
    x += '</w:tr>';
  });
  return x + '</w:tbl>' + '<w:p><w:pPr><w:spacing w:after="60"/></w:pPr></w:p>';
}

async function build(doc) {
  // doc: { blocks: [...已展开], header, comments: [{author,text}], footnotes: [text], track, title, creator }
  const ctx = { rev: 100, reviser: doc.reviser };
  let body = '';
  for (const b of doc.blocks) body += typeof b === 'string' ? para(b, ctx) : table(b, ctx);
  const hasC = doc.comments && doc.comments.length, hasF = doc.footnotes && doc.footnotes.length, hasH = !!doc.header;
  const sect = `<w:sectPr>${hasH ? '<w:headerReference w:type="default" r:id="rIdH1"/>' : ''}<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>`;
  const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>${body}${sect}</w:body></w:document>`;
  const zip = new JSZip();
  const add = (n, c) => zip.file(n, c, { date: DATE, createFolders: false });
  let ct = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>';
  if (hasC) ct += '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>';
  if (hasF) ct += '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>';
  if (hasH) ct += '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>';
  ct += '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  add('[Content_Types].xml', ct);
  add('_rels/.rels', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>');
  add('docProps/app.xml', '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>');
  add('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(doc.title)}</dc:title><dc:creator>${esc(doc.creator || '财务科')}</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-18T02:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-18T02:00:00Z</dcterms:modified></cp:coreProperties>`);
  let rels = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>';
  if (hasC) rels += '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>';
  if (hasF) rels += '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>';
  if (hasH) rels += '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>';
  add('word/_rels/document.xml.rels', rels + '</Relationships>');
  add('word/document.xml', document);
  add('word/settings.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ${W}><w:zoom w:percent="100"/>${doc.track ? '<w:trackRevisions/>' : ''}<w:defaultTabStop w:val="420"/>${hasF ? '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' : ''}<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`);
  add('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="360" w:lineRule="auto"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="character" w:styleId="CommentReference"><w:name w:val="annotation reference"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="CommentText"><w:name w:val="annotation text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style><w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style></w:styles>`);
  if (hasC) {
    const cs = doc.comments.map((c, i) => `<w:comment w:id="${201 + i}" w:author="${esc(c.author)}" w:date="${REV_DATE}" w:initials="${esc(c.author.slice(0, 1))}"><w:p><w:pPr><w:pStyle w:val="CommentText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:annotationRef/></w:r><w:r><w:t xml:space="preserve">${esc(c.text)}</w:t></w:r></w:p></w:comment>`).join('');
    add('word/comments.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments ${W}>${cs}</w:comments>`);
  }
  if (hasF) {
    const fs = doc.footnotes.map((f, i) => `<w:footnote w:id="${i + 1}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${esc(f)}</w:t></w:r></w:p></w:footnote>`).join('');
    add('word/footnotes.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes ${W}><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>${fs}</w:footnotes>`);
  }
  if (hasH) add('word/header1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${runs(doc.header, { font: '宋体', sz: 18 }, ctx)}</w:p></w:hdr>`);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

module.exports = { build };

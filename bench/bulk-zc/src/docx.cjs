'use strict';
// Minimal .docx writer for the corpus: paragraphs, headings, tables (merges, repeated
// header rows), page/section breaks, landscape sections, header line and page-number footer.
const JSZip = require('jszip');

const esc = s => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

function run(text, o = {}) {
  const rp = [];
  if (o.font) rp.push(`<w:rFonts w:ascii="${o.font}" w:hAnsi="${o.font}" w:eastAsia="${o.font}"/>`);
  if (o.bold) rp.push('<w:b/>');
  if (o.size) rp.push(`<w:sz w:val="${o.size}"/><w:szCs w:val="${o.size}"/>`);
  return `<w:r>${rp.length ? `<w:rPr>${rp.join('')}</w:rPr>` : ''}<w:t xml:space="preserve">${esc(text)}</w:t></w:r>`;
}

function para(text, o = {}) {
  const pp = [];
  if (o.style) pp.push(`<w:pStyle w:val="${o.style}"/>`);
  if (o.keepNext) pp.push('<w:keepNext/>');
  if (o.pageBreakBefore) pp.push('<w:pageBreakBefore/>');
  if (o.before != null || o.after != null) pp.push(`<w:spacing w:before="${o.before || 0}" w:after="${o.after || 0}"/>`);
  if (o.indent) pp.push(`<w:ind w:firstLineChars="200" w:firstLine="${o.indent}"/>`);
  if (o.align) pp.push(`<w:jc w:val="${o.align}"/>`);
  if (o.sect) pp.push(o.sect);
  return `<w:p>${pp.length ? `<w:pPr>${pp.join('')}</w:pPr>` : ''}${text === '' ? '' : run(text, o)}</w:p>`;
}

function fieldRuns(instr) {
  return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instr} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`;
}

function footerXml(kind) {
  let inner;
  if (kind === 'dash') inner = run('- ') + fieldRuns('PAGE') + run(' -');
  else inner = run('第 ') + fieldRuns('PAGE') + run(' 页 共 ') + fieldRuns('NUMPAGES') + run(' 页');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>${inner}</w:p></w:ftr>`;
}
function headerXml(text, align) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr ${W}><w:p><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="1" w:color="000000"/></w:pBdr><w:jc w:val="${align || 'center'}"/></w:pPr>${run(text, { size: 18 })}</w:p></w:hdr>`;
}
const emptyHdr = tag => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:${tag} ${W}><w:p/></w:${tag}>`;

function sectPr(o, first) {
  const land = !!o.landscape;
  const pg = land ? '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>' : '<w:pgSz w:w="11906" w:h="16838"/>';
  const mar = land ? '<w:pgMar w:top="1300" w:right="1300" w:bottom="1300" w:left="1300" w:header="700" w:footer="700" w:gutter="0"/>'
    : '<w:pgMar w:top="1440" w:right="1360" w:bottom="1440" w:left="1360" w:header="800" w:footer="800" w:gutter="0"/>';
  const refs = '<w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>' +
    (first && o.titlePage ? '<w:headerReference w:type="first" r:id="rIdH0"/><w:footerReference w:type="first" r:id="rIdF0"/>' : '');
  return `<w:sectPr>${refs}${pg}${mar}${first && o.titlePage ? '<w:titlePg/>' : ''}</w:sectPr>`;
}

function cellXml(c, width, colAlign, isHead, fontSize) {
  if (c == null) c = '';
  if (typeof c !== 'object') c = { text: String(c) };
  const tp = [`<w:tcW w:w="${width}" w:type="dxa"/>`];
  if (c.span > 1) tp.push(`<w:gridSpan w:val="${c.span}"/>`);
  if (c.vm === 'start') tp.push('<w:vMerge w:val="restart"/>');
  if (c.vm === 'cont') tp.push('<w:vMerge/>');
  tp.push(`<w:vAlign w:val="${isHead ? 'center' : 'top'}"/>`);
  const align = c.align || (isHead ? 'center' : colAlign || 'left');
  const lines = c.vm === 'cont' ? [''] : String(c.text).split('\n');
  const ps = lines.map(l => `<w:p><w:pPr><w:spacing w:before="20" w:after="20" w:line="260" w:lineRule="auto"/><w:jc w:val="${align}"/></w:pPr>${l === '' ? '' : run(l, { size: fontSize, bold: isHead || c.bold })}</w:p>`).join('');
  return `<w:tc><w:tcPr>${tp.join('')}</w:tcPr>${ps}</w:tc>`;
}

function tableXml(tb, totalWidth) {
  const ws = tb.widths; // relative
  const sum = ws.reduce((a, b) => a + b, 0);
  const tw = ws.map(w => Math.floor(w / sum * totalWidth));
  const fs = tb.fontSize || 19;
  const rowXml = (cells, isHead) => {
    let gi = 0; let out = '';
    for (const c of cells) {
      const span = (c && typeof c === 'object' && c.span) || 1;
      const w = tw.slice(gi, gi + span).reduce((a, b) => a + b, 0);
      out += cellXml(c, w, tb.align ? tb.align[gi] : null, isHead, fs);
      gi += span;
    }
    if (gi !== ws.length) throw new Error('row width mismatch in table ' + (tb.id || '') + ': ' + JSON.stringify(cells));
    const trp = (isHead && tb.repeat ? '<w:tblHeader/>' : '') + '<w:cantSplit/>';
    return `<w:tr><w:trPr>${trp}</w:trPr>${out}</w:tr>`;
  };
  const border = 'w:val="single" w:sz="4" w:space="0" w:color="000000"';
  return `<w:tbl><w:tblPr><w:tblW w:w="${tw.reduce((a, b) => a + b, 0)}" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders><w:top ${border}/><w:left ${border}/><w:bottom ${border}/><w:right ${border}/><w:insideH ${border}/><w:insideV ${border}/></w:tblBorders><w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="70" w:type="dxa"/><w:right w:w="70" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>${tw.map(w => `<w:gridCol w:w="${w}"/>`).join('')}</w:tblGrid>` +
    (tb.head || []).map(r => rowXml(r, true)).join('') + tb.body.map(r => rowXml(r, false)).join('') + '</w:tbl>';
}

// blocks -> document.xml body
function bodyXml(doc) {
  const out = [];
  let land = false; let first = true;
  const widthFor = l => (l ? 16838 - 2600 : 11906 - 2720);
  for (const b of doc.blocks) {
    switch (b.t) {
      case 'title': out.push(para(b.text, { style: 'Title', align: 'center', before: b.before || 0, after: 300 })); break;
      case 'center': out.push(para(b.text, { align: 'center', size: b.size, bold: b.bold, before: b.before || 0, after: b.after || 0, font: b.font })); break;
      case 'h1': out.push(para(b.text, { style: 'H1', keepNext: true })); break;
      case 'h2': out.push(para(b.text, { style: 'H2', keepNext: true })); break;
      case 'h3': out.push(para(b.text, { style: 'H3', keepNext: true })); break;
      case 'p': out.push(para(b.text, { style: 'Body', indent: b.noIndent ? 0 : 480, pageBreakBefore: !!b.pbb })); break;
      case 'note': out.push(para(b.text, { style: 'Body', size: 18 })); break;
      case 'caption': out.push(para(b.text, { style: 'Cap', align: 'center', keepNext: true })); break;
      case 'unit': out.push(para(b.text, { style: 'Cap', align: 'right', keepNext: true, size: 18 })); break;
      case 'right': out.push(para(b.text, { style: 'Body', align: 'right' })); break;
      case 'blank': out.push(para('')); break;
      case 'pagebreak': out.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'); break;
      case 'table': out.push(tableXml(b, widthFor(land))); if (b !== doc.blocks[doc.blocks.length - 1]) out.push(para('', { size: 10, after: 60 })); break;
      case 'section': // end current section; next section gets b.landscape
        out.push(para('', { sect: sectPr({ landscape: land, titlePage: doc.titlePage }, first) }));
        first = false; land = !!b.landscape; break;
      default: throw new Error('unknown block ' + b.t);
    }
  }
  out.push(sectPr({ landscape: land, titlePage: doc.titlePage }, first));
  return out.join('');
}

const STYLES = sp => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles ${W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="宋体" w:hAnsi="宋体" w:eastAsia="宋体" w:cs="宋体"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:spacing w:after="0" w:line="${sp}" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Body"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="left"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:ascii="方正小标宋简体" w:hAnsi="方正小标宋简体" w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="H1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="120" w:after="60"/><w:ind w:firstLine="480"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="480"/></w:pPr><w:rPr><w:rFonts w:ascii="楷体_GB2312" w:hAnsi="楷体_GB2312" w:eastAsia="楷体_GB2312"/><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="H3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="480"/></w:pPr><w:rPr><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Cap"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="60" w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="黑体" w:hAnsi="黑体" w:eastAsia="黑体"/><w:sz w:val="21"/></w:rPr></w:style>
</w:styles>`;

async function writeDocx(doc) {
  const z = new JSZip();
  const D = new Date('2025-01-01T00:00:00Z');
  const add = (n, c) => z.file(n, c, { date: D });
  add('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/word/header0.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer0.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/></Types>`);
  add('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`);
  add('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/><Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdH0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header0.xml"/><Relationship Id="rIdF0" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer0.xml"/></Relationships>`);
  add('word/styles.xml', STYLES(doc.spacing || 360));
  add('word/header1.xml', headerXml(doc.header, doc.headerAlign));
  add('word/footer1.xml', footerXml(doc.footer));
  add('word/header0.xml', emptyHdr('hdr'));
  add('word/footer0.xml', emptyHdr('ftr'));
  add('word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${bodyXml(doc)}</w:body></w:document>`);
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

module.exports = { writeDocx };

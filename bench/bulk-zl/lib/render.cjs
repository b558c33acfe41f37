'use strict';
// 模板展开与 md/txt/docx 渲染（只供 gen.cjs 使用）
const core = require('./core.cjs');
const PH0 = '\uE000', PH1 = '\uE001';

// ---------- 模板解析 ----------
// {{表达式|格式|选项}}：与数据对应的数字；[[文字|原因]]：不核对的数字；其余阿拉伯数字按规则自动登记为 skip，规则外的报错
const AUTO = [
  [/\[\^(\d+)\]/g, '脚注编号'],
  [/〔(\d{4})〕(\d+)号/g, '文号'],
  [/(\d{4})(?=\s*年|—\d|-\d|\.\d{1,2}\.\d)/g, '年份'],
  [/(\d{1,2})(?=\s*月|\s*日)/g, '日期'],
  [/(?:^|\n)(?:#[A-Z] )?[ \t#>*-]*(\d{1,2})(?=[.、．](?!\d))/g, '行首序号'],
  [/（(\d{1,2})）/g, '序号'],
  [/(?:表|附件|附表)(\d{1,2})/g, '表号'],
];
function parseOpts(s) {
  const o = {};
  if (!s) return o;
  for (const part of s.split(';')) {
    if (!part) continue;
    const i = part.indexOf('=');
    if (i < 0) o[part] = true; else o[part.slice(0, i)] = part.slice(i + 1);
  }
  return o;
}
function autoSkip(lit, figs, out) {
  // 在文字段中找数字：规则内的登记 skip，其余报错
  const marks = [];
  for (const [re, why] of AUTO) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(lit))) {
      let base = m.index;
      for (let g = 1; g < m.length; g++) {
        if (m[g] === undefined) continue;
        const at = lit.indexOf(m[g], base + (g === 1 ? m[0].indexOf(m[g]) : 0));
        marks.push({ at, len: m[g].length, why });
        base = at + m[g].length;
      }
    }
  }
  marks.sort((a, b) => a.at - b.at);
  const used = [];
  for (const mk of marks) if (!used.some((u) => mk.at < u.at + u.len && u.at < mk.at + mk.len)) used.push(mk);
  let pos = 0;
  for (const mk of used) {
    out.push(lit.slice(pos, mk.at));
    figs.push({ text: lit.substr(mk.at, mk.len), skip: mk.why, auto: true });
    out.push(PH0 + (figs.length - 1) + PH1);
    pos = mk.at + mk.len;
  }
  const rest = lit.slice(pos);
  // 检查剩余文字中没有未登记的数字
  const probe = out.concat([rest]).join('').replace(/\uE000\d+\uE001/g, '');
  out.push(rest);
  return probe;
}
function expand(template, data) {
  const figs = [];
  const out = [];
  const re = /\{\{([^{}]+?)\}\}|\[\[([^\[\]|]+)\|([^\[\]]+)\]\]/g;
  let pos = 0, m;
  while ((m = re.exec(template))) {
    autoSkip(template.slice(pos, m.index), figs, out);
    if (m[1] !== undefined) {
      const [expr, fmt, optStr] = m[1].split('|');
      const o = parseOpts(optStr);
      const value = core.evalExpr(expr.trim(), data);
      const f = { source: expr.trim(), value: Number(value.toFixed(10)), fmt: fmt || '0' };
      const { dec } = core.parseFmt(f.fmt);
      f.decimals = dec;
      if (o.words) {
        f.text = o.words; f.style = 'words'; f.cmp = o.cmp;
      } else if (o.ap) {
        f.approx = o.ap; f.written = Number(o.w); f.text = core.formatNumber(Number(o.w), f.fmt);
      } else {
        if (core.onBoundary(core.parseFmt(f.fmt).flags.includes('a') ? Math.abs(value) : value, dec)) throw new Error('.5 边界：' + expr + ' = ' + value);
        f.text = core.formatNumber(value, f.fmt);
      }
      if (o.lit) f.literal = true;
      if (o.brk) f.brk = Number(o.brk);
      if (o.rel) f.rel = o.rel;
      if (o.note) f.note = o.note;
      for (const k of ['a', 'b']) if (o[k]) {
        const [nt, desc] = o[k].split('~');
        f.bad = { copy: k, new: nt, internal: k === 'a' ? 'yes' : 'no', desc: desc || '' };
      }
      figs.push(f);
    } else {
      figs.push({ text: m[2], skip: m[3] });
    }
    out.push(PH0 + (figs.length - 1) + PH1);
    pos = re.lastIndex;
  }
  autoSkip(template.slice(pos), figs, out);
  const marked = out.join('');
  const stray = marked.replace(/^@@.*$/gm, '').replace(/\uE000\d+\uE001/g, '').match(/[0-9０-９]/);
  if (stray) {
    const s = marked.replace(/^@@.*$/gm, '').replace(/\uE000\d+\uE001/g, '#');
    const i = s.search(/[0-9０-９]/);
    throw new Error('未登记的数字：…' + s.slice(Math.max(0, i - 20), i + 10) + '…');
  }
  return { marked, figs };
}
function figText(f, override) {
  return override !== undefined ? override : f.text;
}

// ---------- md / txt ----------
function renderText(marked, figs, over, opt) {
  opt = opt || {};
  let s = '';
  const pos = [];
  const parts = marked.split(/\uE000(\d+)\uE001/);
  for (let i = 0; i < parts.length; i++) {
    if (i % 2 === 0) { s += parts[i]; continue; }
    const k = Number(parts[i]);
    const f = figs[k];
    let t = figText(f, over[k]);
    if (f.brk && over[k] === undefined) t = t.slice(0, f.brk) + '\n' + t.slice(f.brk);
    const line = (s.match(/\n/g) || []).length + 1;
    const col = s.length - (s.lastIndexOf('\n') + 1) + 1;
    pos[k] = { line, col, written: t, pre: s.slice(Math.max(0, s.lastIndexOf('\n') + 1, s.length - 6)) };
    s += t;
    pos[k].end = s.length;
  }
  for (const p of pos) if (p) { const e = s.indexOf('\n', p.end); p.after = s.slice(p.end, Math.min(p.end + 6, e < 0 ? s.length : e)); delete p.end; }
  return { text: s, pos };
}

// ---------- docx ----------
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function runXml(text, rpr) {
  // text 可含 \t \n
  let x = '';
  const pieces = text.split(/(\t|\n)/);
  for (const p of pieces) {
    if (p === '') continue;
    if (p === '\t') x += '<w:tab/>';
    else if (p === '\n') x += '<w:br/>';
    else x += '<w:t xml:space="preserve">' + esc(p) + '</w:t>';
  }
  return '<w:r>' + (rpr ? '<w:rPr>' + rpr + '</w:rPr>' : '') + x + '</w:r>';
}
class Doc {
  constructor(figs, over) {
    this.figs = figs; this.over = over; this.pos = [];
    this.body = []; this.para = 0; this.notes = { footnotes: [], endnotes: [] };
  }
  // 段落内容 -> runs；记录数字位置
  inline(content, part, paraNo) {
    let xml = '';
    let plain = '';
    const toks = content.split(/(\*\*|\[fn:[^\]]*\]|\[en:[^\]]*\]|\uE000\d+\uE001|⇥|↵)/);
    let bold = false;
    const pend = [];
    for (const tk of toks) {
      if (tk === '') continue;
      if (tk === '**') { bold = !bold; continue; }
      const rpr = bold ? '<w:b/>' : '';
      if (tk === '⇥') { xml += runXml('\t', rpr); plain += '\t'; continue; }
      if (tk === '↵') { xml += runXml('\n', rpr); plain += '\n'; continue; }
      let m;
      if ((m = /^\[(fn|en):(.*)\]$/.exec(tk))) {
        const kind = m[1] === 'fn' ? 'footnotes' : 'endnotes';
        const id = this.notes[kind].length + 1;
        const np = this.notes[kind].length; // 每个注一个段落
        const inner = this.inline(m[2], kind, np);
        this.notes[kind].push({ id, xml: inner.xml, kind });
        const tag = kind === 'footnotes' ? 'footnoteReference' : 'endnoteReference';
        const st = kind === 'footnotes' ? 'FootnoteReference' : 'EndnoteReference';
        xml += '<w:r><w:rPr><w:rStyle w:val="' + st + '"/><w:vertAlign w:val="superscript"/></w:rPr><w:' + tag + ' w:id="' + id + '"/></w:r>';
        continue;
      }
      if ((m = /^\uE000(\d+)\uE001$/.exec(tk))) {
        const k = Number(m[1]);
        const f = this.figs[k];
        const t = figText(f, this.over[k]);
        this.pos[k] = { part, para: paraNo + 1, col: plain.length + 1, written: t, pre: plain.slice(-6) };
        pend.push([k, plain.length + t.length]);
        if (f.brk && this.over[k] === undefined) {
          xml += runXml(t.slice(0, f.brk), rpr) + runXml(t.slice(f.brk), rpr);
        } else xml += runXml(t, rpr);
        plain += t;
        continue;
      }
      xml += runXml(tk, rpr);
      plain += tk;
    }
    for (const [k, e] of pend) this.pos[k].after = plain.slice(e, e + 6);
    return { xml, plain };
  }
  p(content, ppr) {
    const r = this.inline(content, 'document', this.para);
    this.para++;
    return '<w:p>' + (ppr ? '<w:pPr>' + ppr + '</w:pPr>' : '') + r.xml + '</w:p>';
  }
  table(rows, widths, head) {
    const ncol = widths.length;
    let x = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="' + widths.reduce((a, b) => a + b, 0) + '" w:type="dxa"/><w:jc w:val="center"/>' +
      '<w:tblBorders>' + ['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => '<w:' + b + ' w:val="single" w:sz="4" w:space="0" w:color="000000"/>').join('') + '</w:tblBorders>' +
      '<w:tblLayout w:type="fixed"/><w:tblCellMar><w:left w:w="60" w:type="dxa"/><w:right w:w="60" w:type="dxa"/></w:tblCellMar></w:tblPr><w:tblGrid>' +
      widths.map((w) => '<w:gridCol w:w="' + w + '"/>').join('') + '</w:tblGrid>';
    rows.forEach((cells, ri) => {
      if (cells.length !== ncol) throw new Error('表格列数不符：' + cells.join('|'));
      x += '<w:tr>' + (ri < head ? '<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>' : '<w:trPr><w:cantSplit/></w:trPr>');
      for (let ci = 0; ci < ncol; ci++) {
        const c = cells[ci];
        if (c === '<') continue;
        let span = 1;
        while (ci + span < ncol && cells[ci + span] === '<') span++;
        const w = widths.slice(ci, ci + span).reduce((a, b) => a + b, 0);
        let tcpr = '<w:tcW w:w="' + w + '" w:type="dxa"/>' + (span > 1 ? '<w:gridSpan w:val="' + span + '"/>' : '');
        const below = rows[ri + 1] && rows[ri + 1][ci];
        if (c === '^') tcpr += '<w:vMerge/>';
        else if (below === '^') tcpr += '<w:vMerge w:val="restart"/>';
        tcpr += '<w:vAlign w:val="center"/>';
        x += '<w:tc><w:tcPr>' + tcpr + '</w:tcPr>';
        const paras = c === '^' ? [''] : c.split('¶');
        const jc = ci === 0 && ri >= head ? 'left' : 'center';
        for (const pc of paras) {
          x += this.p(pc.trim(), '<w:pStyle w:val="TableText"/><w:jc w:val="' + jc + '"/>');
        }
        x += '</w:tc>';
      }
      x += '</w:tr>';
    });
    return x + '</w:tbl>';
  }
}
function fixRunProps(xml) {
  // 合并 <w:rPr>…</w:rPr><w:rPr>…</w:rPr>
  return xml.replace(/<\/w:rPr><w:rPr>/g, '');
}
function renderDocx(marked, figs, over, meta) {
  const d = new Doc(figs, over);
  const lines = marked.split('\n');
  const body = [];
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.trim() === '') continue;
    let m;
    if ((m = /^@@table(.*)$/.exec(ln))) {
      const o = {};
      for (const kv of m[1].trim().split(/\s+/)) { const [k, v] = kv.split('='); if (k) o[k] = v; }
      const widths = o.w.split(',').map(Number);
      const rows = [];
      while (i + 1 < lines.length && /^\|/.test(lines[i + 1])) {
        i++;
        rows.push(lines[i].trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim()));
      }
      body.push(d.table(rows, widths, Number(o.head || 1)));
      body.push(d.p('', '<w:spacing w:after="0"/>'));
      continue;
    }
    if (ln === '@@pagebreak') { body.push('<w:p><w:r><w:br w:type="page"/></w:r></w:p>'); d.para++; continue; }
    if ((m = /^#T (.*)$/.exec(ln))) { body.push(d.p(m[1], '<w:pStyle w:val="Title"/>')); continue; }
    if ((m = /^#S (.*)$/.exec(ln))) { body.push(d.p(m[1], '<w:jc w:val="center"/><w:ind w:firstLine="0"/>')); continue; }
    if ((m = /^#R (.*)$/.exec(ln))) { body.push(d.p(m[1], '<w:jc w:val="right"/>')); continue; }
    if ((m = /^#([ABC]) (.*)$/.exec(ln))) { body.push(d.p(m[2], '<w:pStyle w:val="Heading' + ' ABC'.indexOf(m[1]) + '"/>')); continue; }
    if ((m = /^#N (.*)$/.exec(ln))) { body.push(d.p(m[1], '<w:ind w:firstLine="0"/>')); continue; }
    body.push(d.p(ln, null));
  }
  const files = docxParts(body.map(fixRunProps).join(''), d, meta);
  return { files, pos: d.pos };
}
const NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
function docxParts(bodyXml, d, meta) {
  const f = {};
  const hasFn = d.notes.footnotes.length > 0, hasEn = d.notes.endnotes.length > 0;
  const hdr = meta.header, ftr = meta.footer;
  f['[Content_Types].xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>' +
    (hasFn ? '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' : '') +
    (hasEn ? '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>' : '') +
    (hdr ? '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>' : '') +
    (ftr ? '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' : '') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
    '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>';
  f['_rels/.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
    '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>';
  f['docProps/core.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    '<dc:title>' + esc(meta.title) + '</dc:title><dc:creator>' + esc(meta.author || '') + '</dc:creator>' +
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-04-02T01:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-04-02T01:30:00Z</dcterms:modified></cp:coreProperties>';
  f['docProps/app.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>';
  let rels = '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' +
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>';
  if (hasFn) rels += '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>';
  if (hasEn) rels += '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>';
  if (hdr) rels += '<Relationship Id="rId5" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>';
  if (ftr) rels += '<Relationship Id="rId6" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>';
  f['word/_rels/document.xml.rels'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' + rels + '</Relationships>';
  const font = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/>';
  const hfont = '<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="黑体"/>';
  f['word/styles.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles ' + NS + '>' +
    '<w:docDefaults><w:rPrDefault><w:rPr>' + font + '<w:sz w:val="28"/><w:szCs w:val="28"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>' +
    '<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="520" w:lineRule="exact"/><w:ind w:firstLine="560"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0"/><w:spacing w:before="240" w:after="240" w:line="640" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:b/><w:sz w:val="40"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr>' + hfont + '</w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体"/><w:b/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders></w:tblPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="0" w:after="0" w:line="300" w:lineRule="exact"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="20"/><w:szCs w:val="20"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="280" w:lineRule="exact"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:line="280" w:lineRule="exact"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0"/><w:pBdr><w:bottom w:val="single" w:sz="4" w:space="1" w:color="000000"/></w:pBdr></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:ind w:firstLine="0"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>' +
    '</w:styles>';
  f['word/settings.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings ' + NS + '><w:defaultTabStop w:val="420"/>' +
    (hasFn ? '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>' : '') +
    (hasEn ? '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr>' : '') +
    '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>';
  for (const kind of ['footnotes', 'endnotes']) {
    if (!d.notes[kind].length) continue;
    const one = kind === 'footnotes' ? 'footnote' : 'endnote';
    const st = kind === 'footnotes' ? 'FootnoteText' : 'EndnoteText';
    const ref = kind === 'footnotes' ? 'footnoteRef' : 'endnoteRef';
    const rst = kind === 'footnotes' ? 'FootnoteReference' : 'EndnoteReference';
    let x = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:' + kind + ' ' + NS + '>' +
      '<w:' + one + ' w:type="separator" w:id="-1"><w:p><w:pPr><w:ind w:firstLine="0"/></w:pPr><w:r><w:separator/></w:r></w:p></w:' + one + '>' +
      '<w:' + one + ' w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:ind w:firstLine="0"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:' + one + '>';
    for (const n of d.notes[kind]) {
      x += '<w:' + one + ' w:id="' + n.id + '"><w:p><w:pPr><w:pStyle w:val="' + st + '"/></w:pPr><w:r><w:rPr><w:rStyle w:val="' + rst + '"/></w:rPr><w:' + ref + '/></w:r>' + runXml(' ', '') + n.xml + '</w:p></w:' + one + '>';
    }
    f['word/' + kind + '.xml'] = fixRunProps(x.replace(/<w:r><w:rPr><\/w:rPr>/g, '<w:r>') + '</w:' + kind + '>');
  }
  if (hdr) f['word/header1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr ' + NS + '><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>' + runXml(hdr, '') + '</w:p></w:hdr>';
  if (ftr) f['word/footer1.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr ' + NS + '><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>' +
    runXml('第 ', '') + '<w:fldSimple w:instr=" PAGE \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>' + runXml(' 页  共 ', '') +
    '<w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>1</w:t></w:r></w:fldSimple>' + runXml(' 页', '') + '</w:p></w:ftr>';
  const sect = '<w:sectPr>' + (hdr ? '<w:headerReference w:type="default" r:id="rId5"/>' : '') + (ftr ? '<w:footerReference w:type="default" r:id="rId6"/>' : '') +
    '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr>';
  f['word/document.xml'] = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ' + NS + '><w:body>' + bodyXml + sect + '</w:body></w:document>';
  return f;
}
async function zipDocx(files) {
  const JSZip = require('/work/main/node_modules/jszip');
  const z = new JSZip();
  const date = new Date(Date.UTC(2025, 3, 2, 1, 30, 0));
  const order = ['[Content_Types].xml', '_rels/.rels'].concat(Object.keys(files).filter((k) => k !== '[Content_Types].xml' && k !== '_rels/.rels').sort());
  for (const name of order) z.file(name, files[name], { date, createFolders: false });
  return z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
}
module.exports = { expand, renderText, renderDocx, zipDocx, PH0, PH1 };

// Builders for report tables + rendering to .docx with the `docx` library.
'use strict';
const docx = require('docx');
const D = require('./dec.cjs');
const {
  Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType,
  VerticalAlign, BorderStyle, PageOrientation, TableLayoutType, HeightRule, LineRuleType,
} = docx;

// ---------- table construction -------------------------------------------------
// A table is a grid: rows[r][c] is a cell {t, cs, rs, al, b} at its top-left position,
// or null where another cell's span covers the position.
class TB {
  constructor(ncols, opt = {}) {
    this.ncols = ncols; this.rows = []; this.rowLabel = []; this.colHead = []; this.curHead = [];
    this.rowOpt = []; Object.assign(this, opt);
  }
  heads(h) { this.curHead = h; return this; }
  row(cells, label, ropt = {}) {
    if (cells.length !== this.ncols) throw new Error(`row width ${cells.length} != ${this.ncols}: ${JSON.stringify(cells)}`);
    this.rows.push(cells.map(x => (x === null ? null : typeof x === 'object' ? x : { t: String(x) })));
    this.rowLabel.push(label == null ? '' : label);
    this.colHead.push(this.curHead.slice());
    this.rowOpt.push(ropt);
    return this.rows.length - 1;
  }
  spec(extra) {
    validate(this);
    return Object.assign({ ncols: this.ncols, rows: this.rows, rowLabel: this.rowLabel, colHead: this.colHead, rowOpt: this.rowOpt }, extra);
  }
}
function C(t, o = {}) { return Object.assign({ t: String(t) }, o); }
function validate(tb) {
  const n = tb.rows.length, m = tb.ncols;
  const cov = Array.from({ length: n }, () => Array(m).fill(false));
  for (let r = 0; r < n; r++) for (let c = 0; c < m; c++) {
    const x = tb.rows[r][c]; if (!x) continue;
    if (cov[r][c]) throw new Error(`cell ${r},${c} overlaps a span`);
    for (let i = 0; i < (x.rs || 1); i++) for (let j = 0; j < (x.cs || 1); j++) {
      if (i || j) { if (tb.rows[r + i][c + j] !== null) throw new Error(`span at ${r},${c} needs null at ${r + i},${c + j}`); cov[r + i][c + j] = true; }
    }
  }
  for (let r = 0; r < n; r++) for (let c = 0; c < m; c++) if (tb.rows[r][c] === null && !cov[r][c]) throw new Error(`null not covered at ${r},${c}`);
}

// ---------- money / rate helpers ------------------------------------------------
function money(s, o = {}) { // s: decimal string or null
  if (s == null) return o.blank == null ? '' : o.blank;
  return D.fmt(D.parse(s), { d: o.d == null ? 2 : o.d, commas: !!o.commas });
}
function sumStr(list) { const xs = list.filter(x => x != null).map(D.parse); return xs.length ? D.fmt(D.add(...xs)) : '0'; }
function rateStr(num, den, d = 2) { return D.fmt(D.ratio(D.parse(num), D.parse(den), d, 100n), { d }) + '%'; }
function growthStr(cur, prev, d = 2) { const a = D.parse(cur), b = D.parse(prev); return D.fmt(D.ratio(D.sub(a, b), b, d, 100n), { d }) + '%'; }
function firstNum(s) { const m = /-?\d[\d,]*(?:\.\d+)?/.exec(s); return m ? m[0].replace(/,/g, '') : null; }
function stripZeros(s) { return s.includes('.') ? s.replace(/0+$/, '').replace(/\.$/, '') : s; }

// Indicator score under the proportional rule
function indScore(ind, dec) {
  if (ind.score != null) return ind.score;
  if (ind.dir === 'qual') return ind.points;
  const t = D.parse(firstNum(ind.target)), a = D.parse(firstNum(ind.actual)), P = D.parse(ind.points);
  const met = ind.dir === 'le' ? D.cmp(a, t) <= 0 : D.cmp(a, t) >= 0;
  if (met) return ind.points;
  const num = ind.dir === 'le' ? t : a, den = ind.dir === 'le' ? a : t;
  if (den.n === 0n) return D.fmt({ n: 0n, s: 0 }, { d: dec });
  const prod = { n: num.n * P.n, s: num.s + P.s };
  return D.fmt(D.ratio(prod, den, dec), { d: dec });
}
function grade(total) { const x = D.parse(total); if (D.cmp(x, D.parse('90')) >= 0) return '优'; if (D.cmp(x, D.parse('80')) >= 0) return '良'; if (D.cmp(x, D.parse('60')) >= 0) return '中'; return '差'; }

// ---------- rendering ------------------------------------------------------------
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const ALIGN = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT, both: AlignmentType.JUSTIFIED };

function runs(text, st) {
  return [new TextRun({ text, font: { ascii: st.ascii || 'Times New Roman', hAnsi: st.ascii || 'Times New Roman', eastAsia: st.font }, size: st.size, bold: !!st.bold })];
}
function renderTable(tspec, style) {
  const ts = { font: tspec.font || style.tableFont, size: tspec.size || style.tableSize };
  const widths = tspec.widths;
  const total = widths.reduce((a, b) => a + b, 0);
  const rows = tspec.rows.map((row, r) => {
    const cells = [];
    row.forEach((x, c) => {
      if (!x) return;
      let w = 0; for (let j = 0; j < (x.cs || 1); j++) w += widths[c + j];
      const al = x.al || tspec.defAlign || 'center';
      const paras = x.t.split('\n').map(line => new Paragraph({
        alignment: ALIGN[al], spacing: { line: tspec.line || 260, lineRule: LineRuleType.AUTO, before: 0, after: 0 },
        children: runs(line, Object.assign({}, ts, { bold: !!x.b })),
      }));
      cells.push(new TableCell({
        children: paras, columnSpan: x.cs > 1 ? x.cs : undefined, rowSpan: x.rs > 1 ? x.rs : undefined,
        width: { size: w, type: WidthType.DXA }, verticalAlign: VerticalAlign.CENTER,
        margins: { left: 80, right: 80, top: 20, bottom: 20 },
      }));
    });
    const ro = tspec.rowOpt[r] || {};
    return new TableRow({
      children: cells, tableHeader: r < (tspec.repeat || 0), cantSplit: true,
      height: { value: ro.h || tspec.rowH || 400, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows, width: { size: total, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    borders: { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE },
  });
}

function para(text, st, o = {}) {
  return new Paragraph({
    alignment: ALIGN[o.al || 'both'],
    indent: o.indent === false ? undefined : { firstLine: o.firstLine != null ? o.firstLine : st.size * 20 },
    spacing: { line: o.line || st.line || 360, lineRule: LineRuleType.AUTO, before: o.before || 0, after: o.after || 0 },
    children: runs(text, Object.assign({}, st, { bold: o.bold })),
  });
}

function renderReport(rep) {
  const s = rep.style;
  const body = { font: s.bodyFont, size: s.bodySize, line: s.line };
  const sections = [];
  let cur = null;
  const A4 = { width: 11906, height: 16838 };
  function newSection(orient) {
    cur = { properties: { page: { size: Object.assign({}, A4, { orientation: orient === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT }),
      margin: orient === 'landscape' ? { top: 1418, bottom: 1418, left: 1304, right: 1304 } : s.margin } }, children: [] };
    sections.push(cur);
  }
  newSection('portrait');
  for (const b of rep.blocks) {
    if (b.type === 'section') { newSection(b.orient); continue; }
    const ch = cur.children;
    if (b.type === 'title') ch.push(para(b.text, { font: s.titleFont, size: s.titleSize }, { al: 'center', indent: false, after: 240, line: 480 }));
    else if (b.type === 'subtitle') ch.push(para(b.text, { font: s.h2Font, size: s.bodySize }, { al: 'center', indent: false, after: 200 }));
    else if (b.type === 'h1') ch.push(para(b.text, { font: s.h1Font, size: s.bodySize, line: s.line }, { before: 120 }));
    else if (b.type === 'h2') ch.push(para(b.text, { font: s.h2Font, size: s.bodySize, line: s.line, bold: s.h2Bold }));
    else if (b.type === 'p') ch.push(para(b.text, body));
    else if (b.type === 'sign') ch.push(para(b.text, body, { al: 'right', indent: false }));
    else if (b.type === 'table') {
      const t = rep.tables[b.t];
      const tsz = t.size || s.tableSize;
      for (const line of (t.pre || [])) ch.push(para(line, { font: s.h1Font, size: s.bodySize }, { al: 'left', indent: false }));
      if (t.caption) ch.push(para(t.caption, { font: s.captionFont || s.h1Font, size: t.captionSize || s.captionSize || s.bodySize }, { al: 'center', indent: false, before: 120, after: t.unitLine ? 0 : 120 }));
      if (t.unitLine) ch.push(para(t.unitLine, { font: s.tableFont, size: tsz }, { al: t.unitAlign || 'right', indent: false, after: 60 }));
      ch.push(renderTable(t, s));
      for (const line of (t.notes || [])) ch.push(para(line, { font: s.tableFont, size: tsz }, { al: 'left', indent: false, before: 60 }));
      ch.push(para('', body, { indent: false }));
    }
  }
  const doc = new Document({
    creator: rep.author || 'Administrator', title: rep.title,
    styles: { default: { document: { run: { font: { ascii: 'Times New Roman', eastAsia: s.bodyFont, hAnsi: 'Times New Roman' }, size: s.bodySize } } } },
    sections,
  });
  return Packer.toBuffer(doc);
}

module.exports = { TB, C, money, sumStr, rateStr, growthStr, firstNum, stripZeros, indScore, grade, renderReport, D };

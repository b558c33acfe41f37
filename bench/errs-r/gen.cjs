'use strict';
// 预算绩效自评报告 盲测语料生成器（确定性）。运行：node gen.cjs
// 仅依赖 Node 内置模块与 /work/main/node_modules/docx。
const fs = require('fs');
const path = require('path');
const OUT = __dirname;

// ---------- 确定性：固定日期与随机数（docx 库内部使用 new Date() 与 Math.random） ----------
const FIXED_MS = Date.UTC(2025, 2, 18, 1, 30, 0);
const _RealDate = Date;
class StableDate extends _RealDate {
  constructor(...a) { if (a.length === 0) super(FIXED_MS); else super(...a); }
  static now() { return FIXED_MS; }
}
global.Date = StableDate;
let _seed = 1;
function reseed(s) { _seed = (s >>> 0) || 1; }
Math.random = function () {
  let t = (_seed = (_seed + 0x6D2B79F5) >>> 0);
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const docx = require(path.join(__dirname, '../../node_modules/docx'));

// ---------- 定点数工具（金额一律以“分”为整数单位） ----------
const B = BigInt;
const P10 = (k) => 10n ** B(k);
function roundDiv(n, d) { // 四舍五入（远离零）
  n = B(n); d = B(d);
  const neg = (n < 0n) !== (d < 0n);
  if (n < 0n) n = -n; if (d < 0n) d = -d;
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}
function fmtFixed(scaled, dec, sep) {
  scaled = B(scaled);
  const neg = scaled < 0n;
  let s = (neg ? -scaled : scaled).toString().padStart(dec + 1, '0');
  let ip = dec ? s.slice(0, -dec) : s; const fp = dec ? s.slice(-dec) : '';
  if (sep) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + ip + (dec ? '.' + fp : '');
}
const FW = { '0': '０', '1': '１', '2': '２', '3': '３', '4': '４', '5': '５', '6': '６', '7': '７', '8': '８', '9': '９', '.': '．', '%': '％' };
const toFW = (s) => s.replace(/[0-9.%]/g, (c) => FW[c]);
const CN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
function cnNum(n) {
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  throw new Error('cnNum ' + n);
}
// 金额（分）→ 显示
const UNIT_FEN = { '元': 100n, '万元': 1000000n, '亿元': 10000000000n };
function money(fen, unit, dec, sep) { return fmtFixed(roundDiv(B(fen) * P10(dec), UNIT_FEN[unit]), dec, sep); }
function pctStr(num, den, dec) { return fmtFixed(roundDiv(B(num) * 100n * P10(dec), B(den)), dec); }
// 万元 字面量（两位小数）→ 分
function W(s) { const [i, f = ''] = String(s).split('.'); return Number(i) * 1000000 + Number((f + '00').slice(0, 2)) * 10000; }
// 元 字面量（两位小数）→ 分
function Y(s) { const [i, f = ''] = String(s).split('.'); return Number(i) * 100 + Number((f + '00').slice(0, 2)); }
const fmtW = (fen, o = {}) => (o.pre || '') + money(fen, '万元', o.dec ?? 2, o.sep) + '万元';
const sumv = (a) => a.reduce((x, y) => x + y, 0);

// ---------- 报告模型 ----------
class Fig {
  constructor(doc, lit, hint, kind) { this.doc = doc; this.lit = lit; this.hint = hint || ''; this.kind = kind || 'fig'; this.id = 'F' + (++doc.nfig); doc.figs.push(this); this.rels = []; }
}
class Report {
  constructor(meta) {
    Object.assign(this, meta); // no, slug, fmt, kind, sector, title, voice
    this.blocks = [{ t: 'title', segs: [meta.title] }]; this.figs = []; this.rels = []; this.nfig = 0; this.error = null; this.style = meta.style || {};
  }
  // 段落/标题：tagged template 或 普通字符串
  _segs(strs, vals) {
    if (typeof strs === 'string') return [strs];
    const out = [];
    strs.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) { const v = vals[i]; if (v instanceof Fig || (v && typeof v === 'object')) out.push(v); else out.push(String(v)); } });
    return out;
  }
  h(level) { return (strs, ...vals) => { this.blocks.push({ t: 'h', level, segs: this._segs(strs, vals) }); return this; }; }
  get h1() { return this.h(1); } get h2() { return this.h(2); } get h3() { return this.h(3); } get h4() { return this.h(4); }
  p(strs, ...vals) { this.blocks.push({ t: 'p', segs: this._segs(strs, vals) }); return this; }
  line(strs, ...vals) { this.blocks.push({ t: 'line', segs: this._segs(strs, vals) }); return this; } // 落款等
  table(spec) { this.blocks.push({ t: 'table', ...spec }); return this; }
  // 数字
  // 商的显示：fen ÷ den（整数）按 unit 与 dec 四舍五入
  wq(fen, den, o = {}) { const dec = o.dec ?? 2; const s = fmtFixed(roundDiv(B(fen) * P10(dec), UNIT_FEN['万元'] * B(den)), dec, o.sep); return new Fig(this, (o.pre || '') + s + (o.nu ? '' : '万元'), o.nu ? '万元' : '', 'money'); }
  yq(fen, den, o = {}) { const dec = o.dec ?? 2; const s = fmtFixed(roundDiv(B(fen) * P10(dec), UNIT_FEN['元'] * B(den)), dec, o.sep); return new Fig(this, (o.pre || '') + s + (o.nu ? '' : '元'), o.nu ? '元' : '', 'money'); }
  w(fen, o = {}) { const dec = o.dec ?? 2; let s = money(fen, '万元', dec, o.sep); if (o.fw) s = toFW(s); return new Fig(this, (o.pre || '') + s + (o.nu ? '' : '万元'), o.nu ? '万元' : '', 'money'); }
  y(fen, o = {}) { const dec = o.dec ?? 2; let s = money(fen, '元', dec, o.sep); if (o.fw) s = toFW(s); return new Fig(this, (o.pre || '') + s + (o.nu ? '' : '元'), o.nu ? '元' : '', 'money'); }
  yi(fen, o = {}) { const dec = o.dec ?? 2; let s = money(fen, '亿元', dec, o.sep); if (o.fw) s = toFW(s); return new Fig(this, (o.pre || '') + s + (o.nu ? '' : '亿元'), o.nu ? '亿元' : '', 'money'); }
  pc(num, den, o = {}) { const dec = o.dec ?? 2; let s = pctStr(num, den, dec); if (o.abs && s.startsWith('-')) s = s.slice(1); if (o.fw) s = toFW(s + '%'); else s = s + (o.nu ? '' : '%'); return new Fig(this, (o.pre || '') + s, o.nu ? '%' : '', 'pct'); }
  pcs(str, o = {}) { return new Fig(this, (o.pre || '') + str + (o.nu ? '' : '%'), o.nu ? '%' : '', 'pct'); } // 直接给定百分数
  n(cnt, meas = '', o = {}) { let s = o.cn ? (cnt === 2 && !o.er ? '两' : cnNum(cnt)) : (o.sep ? fmtFixed(cnt, 0, true) : String(cnt)); if (o.fw) s = toFW(s); return new Fig(this, (o.pre || '') + s + meas, o.hint || (meas ? '' : 'count'), 'count'); }
  num(str, hint, o = {}) { return new Fig(this, (o.pre || '') + str, hint, 'num'); } // 已格式化的数字（如 12.5公里）
  sc(hund, o = {}) { let dec = o.dec ?? 'auto'; if (dec === 'auto') dec = hund % 100 === 0 ? 0 : hund % 10 === 0 ? 1 : 2; const sc = roundDiv(B(hund) * P10(dec), 100n); if (sc * 100n !== B(hund) * P10(dec)) throw new Error(this.slug + ' score not exact ' + hund); return new Fig(this, fmtFixed(sc, dec) + (o.u || ''), o.u ? '' : '分', 'score'); }
  g(word) { return new Fig(this, word, 'grade', 'grade'); }
  x(lit, note) { const f = new Fig(this, lit, '', 'decoy'); f.note = note; return f; } // 看似相关、实则不应相等的数字
  // 关系
  _rel(type, o, desc) { const r = { id: 'R' + (this.rels.length + 1), type, ...o, desc }; this.rels.push(r); for (const k of ['lhs', 'a', 'b', 'num', 'den', 'cur', 'prev', 'w', 'rate', 'total']) { const v = r[k]; if (v) (Array.isArray(v) ? v : [v]).forEach((f) => f.rels.push(r.id)); } (r.terms || []).forEach((f) => f.rels.push(r.id)); return r; }
  sum(lhs, terms, desc, signs) { return this._rel('sum', { lhs, terms, signs: signs || terms.map(() => 1) }, desc); }
  ratio(lhs, num, den, desc) { return this._rel('ratio', { lhs, num: Array.isArray(num) ? num : [num], den: Array.isArray(den) ? den : [den] }, desc); }
  chg(lhs, cur, prev, desc) { return this._rel('change', { lhs, cur, prev }, desc); }
  chgr(lhs, cur, prev, desc) { return this._rel('change_rate', { lhs, cur, prev }, desc); }
  pp(lhs, cur, prev, desc) { return this._rel('pp', { lhs, cur, prev }, desc); }
  eq(a, b, desc) { return this._rel('eq', { a, b }, desc); }
  srate(lhs, w, rate, desc) { return this._rel('score_rate', { lhs, w, rate }, desc); }
  grade(lhs, total, desc) { return this._rel('grade', { lhs, total }, desc); }
  err(fig, newLit, kind, rel, note) { if (this.error) throw new Error('two errors in ' + this.slug); this.error = { fig, newLit, kind, rel, note }; }
}
const REPORTS = [];
function def(meta, build) { REPORTS.push({ meta, build }); }

// ---------- 渲染：md / txt / docx（docx 的“行”= 段落或表格行，单元格以制表符连接） ----------
function segText(seg, fmt) {
  if (typeof seg === 'string') return seg;
  if (seg instanceof Fig) return seg.lit;
  if (seg.b !== undefined) return fmt === 'md' ? '**' + seg.b + '**' : seg.b;
  throw new Error('bad seg');
}
class LineBuf {
  constructor() { this.lines = []; this.pos = {}; }
  add(segs, fmt, prefix = '', suffix = '') {
    let s = prefix;
    for (const seg of segs) { if (seg instanceof Fig) { this.pos[seg.id] = { line: this.lines.length + 1, col: s.length }; } s += segText(seg, fmt); }
    this.lines.push(s + suffix);
  }
  blank() { this.lines.push(''); }
}
function cellSegs(c) {
  if (c === null || c === undefined) return [''];
  if (typeof c === 'string' || c instanceof Fig) return [c];
  if (Array.isArray(c)) return c;
  const v = c.v; return Array.isArray(v) ? v : [v ?? ''];
}
function cellOpt(c) { return (c && typeof c === 'object' && !(c instanceof Fig) && !Array.isArray(c)) ? c : {}; }
// 计算网格：返回每行的槽位列表 [{kind:'cell'|'span'|'cont', cell, first}]
function grid(rows) {
  const ncol = Math.max(...rows.map((r) => r.reduce((a, c) => a + (cellOpt(c).cs || 1), 0)));
  const occ = rows.map(() => new Array(ncol).fill(null));
  rows.forEach((r, ri) => {
    let ci = 0;
    for (const c of r) {
      while (ci < ncol && occ[ri][ci]) ci++;
      const o = cellOpt(c), cs = o.cs || 1, rs = o.rs || 1;
      for (let dr = 0; dr < rs; dr++) for (let dc = 0; dc < cs; dc++) {
        occ[ri + dr][ci + dc] = { kind: dr === 0 ? (dc === 0 ? 'cell' : 'span') : (dc === 0 ? 'cont' : 'contspan'), cell: c };
      }
      ci += cs;
    }
  });
  return { ncol, occ };
}
const dispW = (s) => [...s].reduce((a, ch) => a + (ch.charCodeAt(0) > 0x2e7f ? 2 : 1), 0);

function renderText(rep, fmt) {
  const st = rep.style; const L = new LineBuf();
  const blankBetween = fmt === 'md' ? true : !!st.blank;
  const ind = fmt === 'txt' ? (st.indent || '') : '';
  let first = true;
  const sep = () => { if (!first && blankBetween) L.blank(); first = false; };
  for (const b of rep.blocks) {
    if (b.t === 'title') { sep(); L.add(b.segs, fmt, fmt === 'md' ? '# ' : (st.titlePad || '')); if (fmt === 'txt' && !blankBetween) L.blank(); }
    else if (b.t === 'h') { sep(); if (fmt === 'md') { if (st.mdHead === 'bold' && b.level >= 2) L.add(b.segs, fmt, '**', '**'); else L.add(b.segs, fmt, '#'.repeat(b.level + 1) + ' '); } else L.add(b.segs, fmt, st.headIndent ? ind : ''); }
    else if (b.t === 'p') { sep(); L.add(b.segs, fmt, ind); }
    else if (b.t === 'line') { sep(); L.add(b.segs, fmt, fmt === 'txt' ? (st.linePad || '') : ''); }
    else if (b.t === 'table') {
      sep();
      if (b.caption) { L.add([b.caption], fmt, fmt === 'md' && st.mdCaptionBold !== false ? '**' : '', fmt === 'md' && st.mdCaptionBold !== false ? '**' : ''); if (fmt === 'md') L.blank(); }
      if (b.unit) { L.add([b.unit], fmt, fmt === 'txt' && b.unitPad ? b.unitPad : ''); if (fmt === 'md') L.blank(); }
      const rows = [...b.head, ...b.rows]; const { ncol, occ } = grid(rows);
      const cellsOf = (ri) => occ[ri].map((sl) => (sl && sl.kind === 'cell') ? cellSegs(sl.cell) : ['']);
      if (fmt === 'md') {
        rows.forEach((r, ri) => {
          const cs = cellsOf(ri); const segs = ['| '];
          cs.forEach((c, i) => { segs.push(...c); segs.push(i < cs.length - 1 ? ' | ' : ' |'); });
          L.add(segs, fmt);
          if (ri === 0) L.add(['|' + new Array(ncol).fill(' --- ').join('|') + '|'], fmt);
        });
      } else if ((b.txt || st.table || 'tab') === 'tab') {
        rows.forEach((r, ri) => { const cs = cellsOf(ri); const segs = []; cs.forEach((c, i) => { segs.push(...c); if (i < cs.length - 1) segs.push('\t'); }); L.add(segs, fmt); });
      } else { // 空格对齐
        const widths = new Array(ncol).fill(0);
        rows.forEach((r, ri) => cellsOf(ri).forEach((c, i) => { const t = c.map((s) => segText(s, fmt)).join(''); const sl = occ[ri][i]; const o = sl ? cellOpt(sl.cell) : {}; if ((o.cs || 1) === 1) widths[i] = Math.max(widths[i], dispW(t)); }));
        rows.forEach((r, ri) => { const cs = cellsOf(ri); const segs = []; cs.forEach((c, i) => { const t = c.map((s) => segText(s, fmt)).join(''); segs.push(...c); if (i < cs.length - 1) segs.push(' '.repeat(Math.max(2, widths[i] - dispW(t) + 2))); }); L.add(segs, fmt); L.lines[L.lines.length - 1] = L.lines[L.lines.length - 1].replace(/ +$/, ''); });
      }
      if (b.note) { if (fmt === 'md') L.blank(); L.add(Array.isArray(b.note) ? b.note : [b.note], fmt); }
    }
  }
  L.lines = L.lines.map((x) => x.replace(/[ \t]+$/, (m) => m)); // 保留原样
  return L;
}

// docx 线性化（供 relations.json 定位）：与 check.cjs 从 document.xml 读出的顺序一致
function renderDocxLines(rep) {
  const L = new LineBuf();
  for (const b of rep.blocks) {
    if (b.t === 'table') {
      if (b.caption) L.add([b.caption], 'docx');
      if (b.unit) L.add([b.unit], 'docx');
      const rows = [...b.head, ...b.rows]; const { occ } = grid(rows);
      rows.forEach((r, ri) => {
        const segs = []; let firstCell = true;
        occ[ri].forEach((sl) => {
          if (!sl || sl.kind === 'span' || sl.kind === 'contspan') return;
          if (!firstCell) segs.push('\t'); firstCell = false;
          if (sl.kind === 'cell') segs.push(...cellSegs(sl.cell));
        });
        L.add(segs, 'docx');
      });
      if (b.note) L.add(Array.isArray(b.note) ? b.note : [b.note], 'docx');
    } else L.add(b.segs, 'docx');
  }
  return L;
}

function buildDocx(rep) {
  const { Document, Paragraph, TextRun, Table, TableRow, TableCell, HeadingLevel, AlignmentType, WidthType, VerticalAlign, BorderStyle } = docx;
  const st = rep.style; const FONT = st.font || '仿宋_GB2312';
  const run = (text, o = {}) => new TextRun({ text, bold: o.b, size: o.size || 28, font: { ascii: 'Times New Roman', hAnsi: 'Times New Roman', eastAsia: o.font || FONT } });
  const runs = (segs, o = {}) => segs.map((s) => (s && s.b !== undefined) ? run(s.b, { ...o, b: true }) : run(segText(s, 'docx'), o));
  const children = [];
  const HL = [null, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4];
  for (const b of rep.blocks) {
    if (b.t === 'title') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: runs(b.segs, { b: true, size: 40, font: '方正小标宋简体' }) }));
    else if (b.t === 'h') {
      if (st.docHead === 'heading') children.push(new Paragraph({ heading: HL[b.level], children: runs(b.segs, { size: b.level === 1 ? 32 : 28, font: b.level === 1 ? '黑体' : '楷体_GB2312' }) }));
      else children.push(new Paragraph({ indent: { firstLine: 560 }, children: runs(b.segs, { b: true, font: b.level === 1 ? '黑体' : FONT }) }));
    } else if (b.t === 'p') children.push(new Paragraph({ indent: { firstLine: 560 }, spacing: { line: 360 }, children: runs(b.segs) }));
    else if (b.t === 'line') children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(b.segs) }));
    else if (b.t === 'table') {
      if (b.caption) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(b.caption, { b: true, size: 28 })] }));
      if (b.unit) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(b.unit, { size: 21 })] }));
      const nh = b.head.length; const all = [...b.head, ...b.rows]; const G = grid(all);
      // 列宽：按各列（非合并单元格）最长文字估算，总宽 9000 缇
      const cw = new Array(G.ncol).fill(7);
      all.forEach((r, ri) => G.occ[ri].forEach((sl, ci) => { if (sl && sl.kind === 'cell' && (cellOpt(sl.cell).cs || 1) === 1) cw[ci] = Math.max(cw[ci], Math.min(16, dispW(cellSegs(sl.cell).map((x) => segText(x, 'docx')).join('')))); }));
      const tw = cw.reduce((a, x) => a + x + 2, 0); const colW = cw.map((x) => Math.round(9000 * (x + 2) / tw));
      const rows = all.map((r, ri) => { let ci = 0; return new TableRow({ tableHeader: ri < nh, children: r.map((c) => {
        const o = cellOpt(c); const segs = cellSegs(c);
        while (ci < G.ncol && G.occ[ri][ci] && G.occ[ri][ci].kind !== 'cell') ci++;
        const wsum = colW.slice(ci, ci + (o.cs || 1)).reduce((a, x) => a + x, 0); ci += (o.cs || 1);
        return new TableCell({ width: { size: wsum, type: WidthType.DXA }, columnSpan: o.cs, rowSpan: o.rs, verticalAlign: VerticalAlign.CENTER, children: [new Paragraph({ alignment: ri < nh || o.center ? AlignmentType.CENTER : (segs.length === 1 && segs[0] instanceof Fig ? AlignmentType.RIGHT : AlignmentType.LEFT), children: runs(segs, { size: 21, b: ri < nh || o.b }) })] });
      }) }); });
      children.push(new Table({ width: { size: 9000, type: WidthType.DXA }, columnWidths: colW, rows }));
      if (b.note) children.push(new Paragraph({ children: runs(Array.isArray(b.note) ? b.note : [b.note], { size: 21 }) }));
    }
  }
  return new Document({ creator: rep.org || '单位', lastModifiedBy: rep.org || '单位', title: rep.title, description: '预算绩效自评报告', revision: 1,
    styles: { default: { document: { run: { font: FONT, size: 28 } } } }, sections: [{ properties: {}, children }] });
}

// ---------- 常用表格构件 ----------
// 项目资金表：rows=[{name,b0,b1,ex}]（分），第一行为合计行。返回各单元格 Fig。
function fundTable(d, o) {
  const dec = o.dec ?? 2; const nu = { nu: true, dec, sep: o.sep };
  const rows = o.rows; const out = { rows: [] };
  const total = rows[0];
  const head = o.head || [['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']];
  const body = [];
  rows.forEach((r, i) => {
    const f = { b0: r.b0 == null ? null : d.w(r.b0, nu), b1: d.w(r.b1, nu), ex: d.w(r.ex, nu) };
    f.rate = r.b1 > 0 ? d.pc(r.ex, r.b1, { nu: !o.pctUnit, dec: o.rdec ?? 2 }) : null;
    if (i === 0) f.w = d.sc(o.w ?? 1000, { dec: o.sdec ?? 0 });
    out.rows.push(f);
    body.push([r.name, f.b0 || '—', f.b1, f.ex, i === 0 ? f.w : '—', f.rate || '—', i === 0 ? null : '—']);
  });
  // 得分 = min(分值, 分值×执行率)，按显示的执行率计算
  const t = out.rows[0]; const rateStr = t.rate.lit.replace('%', ''); const [ri, rf = ''] = rateStr.split('.');
  const rateScaled = B(ri + rf); const rdec = rf.length; const wh = B(o.w ?? 1000);
  const sdec = o.sdec2 ?? 2;
  let sh = roundDiv(wh * rateScaled * P10(sdec), 100n * 100n * P10(rdec)); // 以 sdec 位小数表示的得分
  const cap = wh * P10(sdec) / 100n; if (sh > cap) sh = cap;
  t.s = new Fig(d, fmtFixed(sh, sdec), '分', 'score'); body[0][6] = t.s;
  t.sHund = Number(roundDiv(sh * 100n, P10(sdec)));
  // 关系
  const idx = rows.map((r, i) => i).slice(1);
  for (const k of ['b0', 'b1', 'ex']) { if (!t[k]) continue; d.sum(t[k], idx.map((i) => out.rows[i][k]).filter(Boolean), `资金表 ${k === 'b0' ? '年初预算数' : k === 'b1' ? '全年预算数' : '全年执行数'} 合计 = 各来源之和`); }
  out.rows.forEach((f, i) => { if (f.rate) d.ratio(f.rate, f.ex, f.b1, `资金表 ${rows[i].name} 执行率 = 全年执行数 ÷ 全年预算数`); });
  d.srate(t.s, t.w, t.rate, '预算执行率得分 = 分值 × 执行率（封顶）');
  d.table({ caption: o.caption, unit: o.unit, head, rows: body, txt: o.txt });
  return out;
}

// 绩效指标表。groups=[{l1, rows:[{l2,l3,t,a,w,s,note}]}]；extra=[{w:Fig,s:Fig}] 表外计入总分的分值/得分（如资金表的执行率得分）
function scoreTable(d, o) {
  const dec = o.dec ?? 'auto'; const wdec = o.wdec ?? 0; const tdec = o.tdec ?? dec;
  const cols = o.cols || ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const hasNote = cols.length >= 8; const body = []; const wF = [], sF = []; const out = { rows: [], groups: [] };
  if (o.execRow) { // 第一行：预算执行率
    const e = o.execRow; const w = d.sc(e.w, { dec: wdec }); const rateF = e.rateFig;
    const s = e.sFig || d.sc(e.s, { dec });
    const row = [{ v: e.label || '预算执行率', cs: 3 }, e.t || '100%', rateF, w, s]; if (hasNote) row.push(e.note || '');
    body.push(row); wF.push(w); sF.push(s); out.exec = { w, s }; out.execRate = rateF;
    if (e.srate !== false) d.srate(s, w, rateF, '预算执行率得分 = 分值 × 执行率（封顶）');
  }
  for (const g of o.groups) {
    const gw = [], gs = [];
    g.rows.forEach((r, i) => {
      const w = d.sc(r.w, { dec: wdec }); const s = d.sc(r.s, { dec }); gw.push(w); gs.push(s);
      const row = []; if (i === 0) row.push({ v: g.l1, rs: g.rows.length + (g.sub ? 1 : 0) });
      row.push(r.l2, r.l3, r.t, r.a, w, s); if (hasNote) row.push(r.note || '');
      body.push(row); out.rows.push({ w, s, r });
      if (r.srate) d.srate(s, w, r.a, `${r.l3}得分 = 分值 × 执行率（封顶）`);
    });
    if (g.sub) { // 小计行
      const sw = d.sc(sumv(g.rows.map((r) => r.w)), { dec: wdec }); const ss = d.sc(sumv(g.rows.map((r) => r.s)), { dec });
      const row = [{ v: '小计', cs: 4 }, sw, ss]; if (hasNote) row.push(''); // l1 列被 rowSpan 占用，小计从二级指标列起
      body.push(row); d.sum(sw, gw, `${g.l1} 分值小计 = 各项分值之和`); d.sum(ss, gs, `${g.l1} 得分小计 = 各项得分之和`);
      wF.push(sw); sF.push(ss); out.groups.push({ w: sw, s: ss });
    } else { wF.push(...gw); sF.push(...gs); }
  }
  const extraW = (o.extra || []).map((e) => e.w), extraS = (o.extra || []).map((e) => e.s);
  const totW = (o.totalW ?? 10000);
  const autoS = (o.execRow ? o.execRow.s : 0) + (o.extraH || 0) + sumv(o.groups.flatMap((g) => g.rows.map((r) => r.s)));
  const totS = o.totalS ?? autoS; if (totS !== autoS) throw new Error(`${d.slug} 总分 ${totS} ≠ ${autoS}`); out.totalH = totS;
  const tw = d.sc(totW, { dec: wdec }); const ts = d.sc(totS, { dec: tdec });
  const trow = [{ v: '总分', cs: 5 }, tw, ts];
  if (hasNote) trow.push(o.gradeInTable ? ['自评等级：', (out.grade = d.g(o.gradeInTable))] : '');
  body.push(trow);
  d.sum(tw, [...extraW, ...wF], '自评表 分值合计 = 100');
  d.sum(ts, [...extraS, ...sF], '自评表 总分 = 各项得分之和');
  if (out.grade) d.grade(out.grade, ts, '自评等级与总分相符（≥90优，80-90良，60-80中，<60差）');
  d.table({ caption: o.caption, unit: o.unit, head: [cols], rows: body, txt: o.txt, note: o.note });
  out.tw = tw; out.ts = ts; return out;
}
// 按比例计分：分值(百分之一分) × 实际/目标，保留 dec 位小数，返回百分之一分
function prop(wHund, actual, target, dec = 1) { return Number(roundDiv(B(wHund) * B(Math.round(actual * 1000)) * P10(dec), B(Math.round(target * 1000)) * 100n)) * (100 / 10 ** dec); }

// 通用数据表。cols=[{key,h,k:'text'|'w'|'y'|'yi'|'n'|'pc'|'chg'|'chgr'|'per',dec,sep,sum,of:[a,b],unit}]
// rows=[{name, <key>: 值（金额为分，计数为整数）, sub:[子行下标] }]；o.total='合计' 时在 totalPos 生成合计行
function gridTable(d, o) {
  const cols = o.cols; const out = { rows: [], total: null };
  const top = o.rows.map((r, i) => i).filter((i) => !o.rows.some((p) => (p.sub || []).includes(i)));
  let tv = null;
  if (o.total) {
    tv = { name: o.total };
    for (const c of cols) if (c.sum) tv[c.key] = sumv(top.map((i) => o.rows[i][c.key] || 0));
    for (const c of cols) if (!c.sum && ['w', 'y', 'n'].includes(c.k) && o.totalVals && o.totalVals[c.key] !== undefined) tv[c.key] = o.totalVals[c.key];
  }
  const gv = (rf, k) => k[0] === '@' ? tv[k.slice(1)] : rf.val[k];
  const mk = (c, v, rowFigs) => {
    const nu = { nu: c.nu !== false, dec: c.dec, sep: c.sep, fw: c.fw };
    switch (c.k) {
      case 'text': return v;
      case 'w': return v == null ? (c.empty || '—') : d.w(v, { ...nu, dec: c.dec ?? 2 });
      case 'y': return v == null ? (c.empty || '—') : d.y(v, { ...nu, dec: c.dec ?? 2 });
      case 'yi': return d.yi(v, { ...nu, dec: c.dec ?? 2 });
      case 'n': return v == null ? (c.empty || '—') : d.n(v, c.nu === false ? (c.meas || '') : '', { sep: c.sep, hint: c.unit || 'count' });
      case 'pc': { const [a, b] = c.of; const A = gv(rowFigs, a), Bv = gv(rowFigs, b); if (!Bv) return c.empty || '—'; return d.pc(A, Bv, { nu: c.nu !== false, dec: c.dec ?? 2 }); }
      case 'chg': { const [a, b] = c.of; const v2 = rowFigs.val[a] - rowFigs.val[b]; return c.money === 'y' ? d.y(v2, { nu: true, dec: c.dec ?? 2 }) : c.money === 'n' ? d.n(v2, '', { hint: c.unit || 'count' }) : d.w(v2, { nu: true, dec: c.dec ?? 2 }); }
      case 'chgr': { const [a, b] = c.of; const A = rowFigs.val[a], Bv = rowFigs.val[b]; if (!Bv) return c.empty || '—'; return d.pc(A - Bv, Bv, { nu: c.nu !== false, dec: c.dec ?? 2 }); }
      case 'per': { const [a, b] = c.of; const A = rowFigs.val[a], Bv = rowFigs.val[b]; if (!Bv) return '—'; return c.unit === '元' ? d.yq(A, Bv, { nu: true, dec: c.dec ?? 2 }) : d.wq(A, Bv, { nu: true, dec: c.dec ?? 2 }); }
    }
  };
  const build = (r) => {
    const rf = { name: r.name, val: r, f: {} };
    const cells = cols.map((c, i) => { if (i === 0 && c.k === 'text') return r.name; const v = mk(c, r[c.key], rf); if (v instanceof Fig) rf.f[c.key] = v; return v; });
    rf.cells = cells; return rf;
  };
  const rows = o.rows.map(build);
  rows.forEach((rf) => out.rows.push(rf));
  let totalRow = null;
  if (o.total) {
    totalRow = build(tv); out.total = totalRow; out.totalVal = tv;
    for (const c of cols) if (c.sum && totalRow.f[c.key]) d.sum(totalRow.f[c.key], top.map((i) => rows[i].f[c.key]).filter(Boolean), `${o.name || '表'} ${c.h} 合计 = 各行之和`);
  }
  // 子行（其中）
  o.rows.forEach((r, i) => { if (r.sub) for (const c of cols) if (c.sum && rows[i].f[c.key]) d.sum(rows[i].f[c.key], r.sub.map((j) => rows[j].f[c.key]).filter(Boolean), `${o.name || '表'} ${r.name} ${c.h} = 其中各项之和`); });
  // 比率、变动、人均关系
  for (const rf of [...rows, ...(totalRow ? [totalRow] : [])]) for (const c of cols) {
    const f = rf.f[c.key]; if (!f) continue; const [a, b] = c.of || [];
    const hd = (k) => k[0] === '@' ? '合计' + cols.find((x) => x.key === k.slice(1)).h : cols.find((x) => x.key === k).h;
    const fg = (k) => k[0] === '@' ? totalRow.f[k.slice(1)] : rf.f[k];
    if (c.k === 'pc' || c.k === 'per') d.ratio(f, fg(a), fg(b), `${o.name || '表'} ${rf.name} ${c.h} = ${hd(a)} ÷ ${hd(b)}`);
    if (c.k === 'chg') d.chg(f, rf.f[a], rf.f[b], `${o.name || '表'} ${rf.name} ${c.h} = 本年 − 上年`);
    if (c.k === 'chgr') d.chgr(f, rf.f[a], rf.f[b], `${o.name || '表'} ${rf.name} ${c.h} = (本年 − 上年) ÷ 上年`);
  }
  for (const c of cols) if (c.k === 'pc' && c.of[1][0] === '@' && o.total) { // 占比之和须为 100
    const tot = rows.reduce((a, rf) => a + B(rf.f[c.key].lit.replace(/[%,]/g, '').replace('.', '')), 0n);
    if (tot !== 100n * P10(c.dec ?? 2)) throw new Error(`${d.slug} ${o.name} 占比之和 ${tot} ≠ 100`);
  }
  const head = o.head || [cols.map((c) => c.h)];
  const body = rows.map((r) => r.cells);
  if (totalRow) { if (o.totalPos === 'top') body.unshift(totalRow.cells); else body.push(totalRow.cells); }
  d.table({ caption: o.caption, unit: o.unit, head, rows: body, txt: o.txt, note: o.note });
  return out;
}

// ===== 01 项目 · 义务教育 · md · 公文长句 =====
def({ no: '01', slug: 'qinghe-yiwujiaoyu-gaizao', fmt: 'md', kind: '项目支出', sector: '义务教育', voice: '公文写手', org: '青禾县教育局',
  title: '青禾县2024年度义务教育薄弱环节改善与能力提升项目支出绩效自评报告' }, (d) => {
  const b0 = W('1280.00'), add = W('365.40'), b1 = b0 + add, ex = W('1598.72');
  const items = [['校舍维修改造', W('742.15')], ['教学装备购置', W('512.30')], ['食堂及饮水设施改造', W('219.47')], ['校园网络及多媒体教室', W('124.80')]];
  if (sumv(items.map((x) => x[1])) !== ex) throw new Error('01 items');
  const last = W('1102.50');
  d.p`根据县财政局《关于开展2024年度项目支出绩效自评工作的通知》（青财绩〔2025〕3号）要求，县教育局会同项目实施学校，对2024年度义务教育薄弱环节改善与能力提升项目资金的安排、使用和绩效目标完成情况进行了全面自评，现将有关情况报告如下。`;
  d.h1`一、项目概况`;
  d.h2`（一）项目基本情况`;
  const nSch = d.n(23, '所');
  d.p`本项目由县教育局主管、各受助学校具体实施，资金来源为中央、省级补助资金和县级配套资金，主要用于改善乡镇寄宿制学校和小规模学校的基本办学条件，重点解决校舍老化、教学装备不足、食堂饮水设施不达标等突出短板。2024年度项目共覆盖义务教育学校${nSch}，全县义务教育学校总数为${d.x('61所', '全县学校总数，不是受助学校数')}，其中纳入省级薄弱学校台账的学校全部列入本年度改造计划。`;
  d.h2`（二）绩效目标`;
  d.p`项目年度绩效目标为：完成校舍维修改造面积不少于${d.x('2.2万平方米', '目标值，实际为2.36万平方米')}，为受助学校配齐基本教学装备，工程验收合格率达到100%，受助学校办学条件达标率达到90%以上，师生及家长满意度不低于90%。`;
  d.h1`二、项目资金使用及管理情况`;
  d.h2`（一）资金安排及执行情况`;
  const pb0 = d.w(b0, { sep: true }), padd = d.w(add), pb1 = d.w(b1, { sep: true }), pex = d.w(ex, { sep: true }), prate = d.pc(ex, b1), pbal = d.w(b1 - ex);
  d.p`2024年初县级预算安排本项目资金${pb0}，年中根据省教育厅、省财政厅下达的补助资金追加预算${padd}，调整后全年预算为${pb1}。截至2024年12月31日，项目实际支出${pex}，预算执行率为${prate}，结余资金${pbal}，主要为工程招标节余和部分设备政府采购价格低于预算所形成，已按规定收回县财政统筹使用。`;
  d.sum(pb1, [pb0, padd], '年初预算 + 追加 = 全年预算（正文）');
  d.ratio(prate, pex, pb1, '执行率 = 实际支出 ÷ 全年预算（正文）');
  d.sum(pbal, [pb1, pex], '结余 = 全年预算 − 实际支出（正文）', [1, -1]);
  const it = items.map(([k, v]) => [k, d.w(v)]);
  const pex2 = d.w(ex), plast = d.w(last, { sep: true }), pchg = d.w(ex - last, { pre: '增加' }), pchgr = d.pc(ex - last, last, { pre: '增长' });
  d.p`从支出结构看，${pex2}的支出中，${it[0][0]}${it[0][1]}，${it[1][0]}${it[1][1]}，${it[2][0]}${it[2][1]}，${it[3][0]}${it[3][1]}。与上年同一项目支出${plast}相比，本年支出${pchg}，${pchgr}，增长的主要原因是省级补助资金较上年明显增加、纳入改造范围的学校由上年的${d.x('17所', '上年学校数，与本年23所不应相等')}增至本年的${d.n(23, '所')}。`;
  d.sum(pex2, it.map((x) => x[1]), '支出结构各项之和 = 实际支出');
  d.eq(pex2, pex, '支出结构段的实际支出 = 资金安排段');
  d.chg(pchg, pex2, plast, '较上年增加额 = 本年 − 上年');
  d.chgr(pchgr, pex2, plast, '较上年增长率 = (本年 − 上年) ÷ 上年');
  d.err(it[0][1], '724.15万元', 'd', d.rels[d.rels.length - 4], '校舍维修改造 742.15 误录为 724.15，其中各项之和不再等于 1598.72万元');
  d.h2`（二）资金管理情况`;
  d.p`项目资金实行专账核算、专款专用，严格执行县级财政专项资金管理办法和国库集中支付制度；工程类支出按照合同约定和工程进度拨付，设备购置全部通过政府采购程序实施，未发现截留、挤占和挪用项目资金的情况。`;
  d.h1`三、项目绩效情况`;
  d.p`项目资金使用情况和绩效指标完成情况见下表。`;
  const ft = fundTable(d, { caption: '表1  项目资金情况', unit: '单位：万元', rows: [
    { name: '年度资金总额', b0, b1, ex },
    { name: '其中：当年财政拨款', b0: W('1180.00'), b1: W('1545.40'), ex: W('1512.36') },
    { name: '上年结转资金', b0: W('100.00'), b1: W('100.00'), ex: W('86.36') },
  ] });
  d.eq(pex, ft.rows[0].ex, '正文实际支出 = 资金表全年执行数');
  const sRows = [
    { l2: '数量指标', l3: '校舍维修改造面积', t: '≥2.2万平方米', a: '2.36万平方米', w: 1000, s: 1000 },
    { l2: '数量指标', l3: '配备教学装备学校数', t: '23所', a: '23所', w: 1000, s: 1000 },
    { l2: '质量指标', l3: '工程验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
    { l2: '时效指标', l3: '项目按期完工率', t: '≥95%', a: '91.3%', w: 1000, s: prop(1000, 91.3, 95), note: '2所学校受汛期影响延期完工' },
    { l2: '成本指标', l3: '生均改造成本', t: '≤0.40万元', a: '0.37万元', w: 1000, s: 1000 },
  ];
  const eRows = [
    { l2: '社会效益指标', l3: '受助学校办学条件达标率', t: '≥90%', a: '95.7%', w: 1500, s: 1500 },
    { l2: '可持续影响指标', l3: '设施设备正常使用率', t: '≥95%', a: '96.2%', w: 1500, s: 1500 },
  ];
  const mRows = [{ l2: '服务对象满意度指标', l3: '师生及家长满意度', t: '≥90%', a: '93.4%', w: 1000, s: 1000 }];
  const tot = ft.rows[0].sHund + sumv([...sRows, ...eRows, ...mRows].map((r) => r.s));
  const st = scoreTable(d, { caption: '表2  绩效指标完成情况', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, totalS: tot, tdec: 2,
    groups: [{ l1: '产出指标', rows: sRows }, { l1: '效益指标', rows: eRows }, { l1: '满意度指标', rows: mRows }], gradeInTable: '优' });
  d.h2`（一）产出情况`;
  d.p`全年完成校舍维修改造面积2.36万平方米，为${d.n(23, '所')}受助学校配备课桌椅、实验仪器和图书等教学装备，新建或改造学校食堂${d.n(9, '个', { cn: true })}、直饮水设施${d.n(14, '处')}；项目工程均已通过竣工验收，验收合格率100%。受汛期持续降雨影响，${d.n(2, '所', { cn: true })}学校的外墙及屋面工程延期至2025年1月完工，项目按期完工率为91.3%，未达到年度目标。`;
  const pavg = d.wq(ex, 23), pex3 = d.w(ex, { sep: true });
  d.p`按受助学校数测算，全年${pex3}支出校均投入${pavg}，较好地体现了资金向薄弱学校集中、向教学一线倾斜的原则。`;
  d.ratio(pavg, pex3, nSch, '校均投入 = 实际支出 ÷ 受助学校数');
  d.eq(pex3, pex, '校均段实际支出 = 资金安排段');
  d.h2`（二）效益及满意度情况`;
  d.p`项目实施后，受助学校办学条件达标率由上年的${d.x('88.6%', '上年达标率，非本年')}提高到95.7%，设施设备正常使用率达到96.2%；委托第三方对师生及家长开展问卷调查，共回收有效问卷${d.n(1846, '份', { sep: true })}，综合满意度为93.4%。`;
  const pTot = d.sc(tot, { u: '分' }), pG = d.g('优');
  d.p`按照项目支出绩效自评指标体系，本项目自评得分${pTot}，自评等级为“${pG}”。`;
  d.eq(pTot, st.ts, '正文自评得分 = 自评表总分');
  d.grade(pG, pTot, '正文等级与得分相符');
  d.h1`四、存在的问题及原因分析`;
  d.p`一是部分工程进度滞后。个别学校施工期与汛期重叠，加之前期设计变更耗时较长，导致${d.n(2, '所', { cn: true })}学校工程未能在年内完工。二是预算编制精细化程度不高。部分设备预算按市场询价上限编制，与实际采购价格存在差距，形成一定结余。三是绩效目标设置不够科学，个别指标如“配备教学装备学校数”与资金规模关联不紧密，难以全面反映项目产出。`;
  d.h1`五、下一步改进措施`;
  d.p`一是加强项目前期论证，提前完成设计和招标工作，合理安排施工时序，避开汛期集中施工。二是提高预算编制质量，设备类支出参照近三年政府采购成交价格编制预算，减少资金沉淀。三是完善绩效指标体系，增设生均面积、设备使用频次等能够反映实际效果的指标，并将自评结果作为2026年度预算安排的重要依据。`;
  d.line`青禾县教育局`;
  d.line`2025年3月12日`;
});

// ===== 02 部门 · 法院 · md · 模型腔 =====
def({ no: '02', slug: 'qitong-fayuan-bumen', fmt: 'md', kind: '部门整体支出', sector: '法院', voice: '模型起草腔', org: '栖桐县人民法院', style: { mdHead: 'hash' },
  title: '栖桐县人民法院2024年度部门整体支出绩效自评报告' }, (d) => {
  d.p`为全面掌握部门整体支出的管理水平和使用效益，按照县财政局统一部署，我院对2024年度部门整体支出开展了绩效自评。总体来看，全院预算执行平稳有序，审判执行主责主业保障有力，有效保障了各项司法工作的顺利开展。`;
  d.h1`一、部门基本情况`;
  d.h2`（一）职能职责`;
  d.p`我院依法审理本县辖区内的刑事、民事、行政等各类一审案件，负责生效法律文书的执行，指导下辖${d.n(4, '个', { cn: true })}人民法庭的审判工作，承担诉讼服务、司法救助、多元解纷等职责。`;
  d.h2`（二）机构和人员`;
  const bz = d.n(86, '名'), zz = d.n(81, '人'), kz = d.pc(81, 86);
  d.p`院机关内设机构${d.n(11, '个')}。2024年末核定政法专项编制${bz}，实有在职人员${zz}，人员控制率为${kz}；另有离退休人员${d.x('34人', '离退休人数，不计入在职')}，劳务派遣书记员${d.x('23名', '派遣人员，不计入控制率')}。`;
  d.ratio(kz, zz, bz, '人员控制率 = 在职人数 ÷ 编制数');
  d.h1`二、部门整体支出情况`;
  d.h2`（一）预算收支情况`;
  const b0 = W('3416.28'), adj = W('287.55'), b1 = b0 + adj, ex = W('3652.19');
  const f0 = d.w(b0, { sep: true }), fa = d.w(adj), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`2024年度我院年初预算${f0}，年中追加政法转移支付及案件经费${fa}，全年预算${f1}；全年实际支出${fe}，预算执行率${fr}，年末结转结余${fb}。`;
  d.sum(f1, [f0, fa], '年初预算 + 追加 = 全年预算'); d.ratio(fr, fe, f1, '预算执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结转结余 = 全年预算 − 支出', [1, -1]);
  const ry = W('2512.40'), gy = W('362.23'), jb = ry + gy;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy);
  const prj = [['审判业务经费', W('312.40'), W('305.18')], ['执行专项经费', W('186.00'), W('178.35')], ['诉讼服务中心运行维护', W('96.50'), W('92.71')], ['人民法庭信息化建设', W('164.00'), W('160.62')], ['司法救助资金', W('45.00'), W('40.70')]];
  const xm = sumv(prj.map((x) => x[2])); if (jb + xm !== ex) throw new Error('02 split');
  const fxm = d.w(xm);
  d.p`从支出结构看，基本支出${fjb}，其中人员经费${fry}、公用经费${fgy}；项目支出${fxm}，主要用于审判执行办案、诉讼服务和信息化建设，具体见表1。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员经费 + 公用经费');
  const fe2 = d.w(ex); 
  const t1 = gridTable(d, { name: '表1', caption: '表1  2024年度项目支出执行情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目名称', k: 'text' }, { key: 'b', h: '全年预算数', k: 'w', sum: true }, { key: 'e', h: '执行数', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] }],
    rows: prj.map(([name, b, e]) => ({ name, b, e })) });
  d.eq(fxm, t1.total.f.e, '正文项目支出 = 表1合计执行数');
  d.p`基本支出与项目支出合计${fe2}，与全年实际支出一致。`;
  d.sum(fe2, [fjb, fxm], '基本支出 + 项目支出 = 全年支出'); d.eq(fe2, fe, '复述的全年支出一致');
  d.h2`（二）“三公”经费情况`;
  const sg = gridTable(d, { name: '表2', caption: '表2  “三公”经费支出情况', unit: '单位：万元', total: '合计', totalPos: 'top', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'l', h: '2023年决算数', k: 'w', sum: true }, { key: 'b', h: '2024年预算数', k: 'w', sum: true }, { key: 'a', h: '2024年决算数', k: 'w', sum: true }, { key: 'c', h: '比上年增减', k: 'chg', of: ['a', 'l'] }],
    rows: [{ name: '因公出国（境）费', l: 0, b: 0, a: 0 }, { name: '公务用车购置及运行维护费', l: W('28.60'), b: W('30.00'), a: W('26.42') }, { name: '公务接待费', l: W('4.18'), b: W('5.00'), a: W('3.37') }] });
  const T = sg.total.f; const sgr = d.pc(sg.totalVal.a - sg.totalVal.l, sg.totalVal.l, { pre: '下降', abs: true }), sgk = d.pc(sg.totalVal.a, sg.totalVal.b);
  d.p`2024年“三公”经费决算数较上年${sgr}，为年度预算数的${sgk}。我院未安排因公出国（境）支出；公务用车运行维护费减少的主要原因是${d.n(2, '辆', { cn: true })}老旧执法执勤车辆报废后未再更新；公务接待严格执行公函制度和接待标准，全年接待${d.n(46, "批次")}、${d.n(312, '人次')}。`;
  d.chgr(sgr, T.a, T.l, '三公经费变动率 = (本年决算 − 上年决算) ÷ 上年决算');
  d.ratio(sgk, T.a, T.b, '三公经费预算控制率 = 决算 ÷ 预算');
  d.err(sgr, '下降6.35%', 'a', d.rels[d.rels.length - 2], '沿用上年报告中的“下降6.35%”，与表2中本年 29.79万元、上年 32.78万元 不符');
  d.h2`（三）政府采购情况`;
  const gb = W('186.40'), g1 = W('98.30'), g2 = W('41.25'), g3 = W('33.40'), ga = g1 + g2 + g3;
  const fgb = d.w(gb), fga = d.w(ga), fg1 = d.w(g1), fg2 = d.w(g2), fg3 = d.w(g3), fjy = d.w(gb - ga), fjyr = d.pc(gb - ga, gb);
  d.p`全年政府采购预算${fgb}，实际采购${fga}，其中货物类${fg1}、工程类${fg2}、服务类${fg3}，节约资金${fjy}，节约率${fjyr}。`;
  d.sum(fga, [fg1, fg2, fg3], '政府采购实际 = 货物 + 工程 + 服务'); d.sum(fjy, [fgb, fga], '节约资金 = 采购预算 − 实际', [1, -1]); d.ratio(fjyr, fjy, fgb, '节约率 = 节约资金 ÷ 采购预算');
  d.h1`三、部门整体支出绩效情况`;
  const sa = d.n(5236, '件', { sep: true }), ja = d.n(5018, '件', { sep: true }), jr = d.pc(5018, 5236), jr0 = d.pcs('93.20'), jpp = d.num('2.64个百分点', ''), fg = d.n(38, '名'), rj = d.n(Number(roundDiv(5018n, 38n)), '件');
  d.p`全年新收各类案件${sa}，审执结${ja}，结案率${jr}，较上年的${jr0}提高${jpp}；员额法官${fg}，人均结案${rj}。法定审限内结案率97.1%，服判息诉率91.5%，一审判决案件改判发回重审率1.3%，执行到位率58.6%，略低于年初设定的60%目标。`;
  d.ratio(jr, ja, sa, '结案率 = 结案数 ÷ 收案数'); d.pp(jpp, jr, jr0, '结案率提高的百分点 = 本年 − 上年'); d.ratio(rj, ja, fg, '人均结案 = 结案数 ÷ 员额法官数');
  const kz2 = d.pcs('94.19', { nu: true }), sgk2 = d.pcs(sgk.lit.replace('%', ''), { nu: true }), zxl = d.pcs(fr.lit.replace('%', ''), { nu: true });
  const st = scoreTable(d, { caption: '表3  部门整体支出绩效自评表', cols: ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'], totalS: 9866, groups: [
    { l1: '投入', sub: true, rows: [
      { l2: '预算配置', l3: '在职人员控制率（%）', t: '≤100', a: kz2, w: 500, s: 500 },
      { l2: '预算配置', l3: '“三公”经费控制率（%）', t: '≤100', a: sgk2, w: 500, s: 500 },
      { l2: '预算编制', l3: '预算编制完整性', t: '完整', a: '完整', w: 500, s: 500 },
      { l2: '预算编制', l3: '绩效目标合理性', t: '合理', a: '合理', w: 500, s: 500 }] },
    { l1: '过程', sub: true, rows: [
      { l2: '预算执行', l3: '预算执行率（%）', t: '100', a: zxl, w: 1000, s: 986, srate: true },
      { l2: '财务管理', l3: '资金使用合规性', t: '合规', a: '合规', w: 500, s: 500 },
      { l2: '资产管理', l3: '资产管理规范性', t: '规范', a: '基本规范', w: 500, s: 400 },
      { l2: '制度建设', l3: '内控制度健全性', t: '健全', a: '健全', w: 500, s: 500 }] },
    { l1: '产出', sub: true, rows: [
      { l2: '数量', l3: '结案率', t: '≥93%', a: '95.84%', w: 1000, s: 1000 },
      { l2: '时效', l3: '法定审限内结案率', t: '≥95%', a: '97.1%', w: 500, s: 500 },
      { l2: '质量', l3: '执行到位率', t: '≥60%', a: '58.6%', w: 1000, s: prop(1000, 58.6, 60) }] },
    { l1: '效益', sub: true, rows: [
      { l2: '社会效益', l3: '服判息诉率', t: '≥90%', a: '91.5%', w: 1000, s: 1000 },
      { l2: '社会效益', l3: '一审判决案件改判发回重审率', t: '≤2%', a: '1.3%', w: 1000, s: 1000 }] },
    { l1: '满意度', sub: true, rows: [{ l2: '服务对象满意度', l3: '当事人及群众满意度', t: '≥90%', a: '92.4%', w: 1000, s: 1000 }] }] });
  d.eq(kz2, kz, '自评表控制率 = 正文'); d.eq(sgk2, sgk, '自评表三公控制率 = 正文'); d.eq(zxl, fr, '自评表执行率 = 正文');
  const pt = d.sc(9866, { u: '分' }), pg = d.g('优');
  d.p`经综合评价，我院2024年度部门整体支出绩效自评得分${pt}，评价等级为“${pg}”。`;
  d.eq(pt, st.ts, '正文得分 = 自评表总分'); d.grade(pg, pt, '等级与得分相符');
  d.h1`四、存在的问题及原因分析`;
  d.p`一是执行到位率未达目标。部分被执行人确无财产可供执行，终本案件占比较高，影响了执行到位率。二是资产管理仍有短板。人民法庭部分办公设备登记不及时，账实相符核查中发现${d.n(3, '项', { cn: true })}资产未及时入账。三是绩效目标的细化量化程度有待提高，部分指标仍以定性表述为主。`;
  d.h1`五、改进措施及结果应用`;
  d.p`下一步，我院将着力做好三方面工作：一是深化执行联动机制，加强与不动产登记、金融机构的信息共享，提升执行到位率；二是开展资产清查专项行动，做到账卡物一致；三是强化绩效目标管理，推动自评结果与下年度预算安排有效衔接，进一步提升财政资金使用效益。`;
});

// ===== 03 转移支付 · 就业 · md · 财务人员短句 =====
def({ no: '03', slug: 'jichuan-jiuye-buzhu', fmt: 'md', kind: '转移支付', sector: '就业', voice: '财务人员', org: '霁川市人力资源和社会保障局', style: { mdHead: 'bold', mdCaptionBold: false },
  title: '霁川市2024年度就业补助资金绩效自评报告' }, (d) => {
  d.p`按照市财政局工作安排，我局对2024年度就业补助资金开展绩效自评。情况如下。`;
  d.h1`一、资金概况`;
  const zy = W('1250.00'), sj = W('512.00'), shi = W('238.00'), tot = zy + sj + shi;
  const ft = d.w(tot, { sep: true }), fzy = d.w(zy, { sep: true }), fsj = d.w(sj), fsh = d.w(shi), flast = d.w(W('1860.00'), { sep: true }), fchg = d.w(tot - W('1860.00'), { pre: '增加' });
  d.p`就业补助资金由中央、省、市三级安排，按因素法切块下达各县（区）。2024年共下达${ft}。其中：中央资金${fzy}，省级资金${fsj}，市级配套${fsh}。上年下达${flast}，本年${fchg}。`;
  d.sum(ft, [fzy, fsj, fsh], '下达资金 = 中央 + 省级 + 市级'); d.chg(fchg, ft, flast, '较上年增加额');
  d.p`资金用于职业培训补贴、社会保险补贴、公益性岗位补贴、就业见习补贴、创业补贴等。绩效目标：城镇新增就业${d.x('2.2万人', '年度目标值')}以上，城镇调查失业率控制在5.5%以内，补贴资金按时足额发放。`;
  d.h1`二、资金分配和使用情况`;
  d.h2`（一）分配下达`;
  d.p`资金分两批下达。第一批于3月下达，占全年的六成左右；第二批于9月下达。分配因素为：就业困难人员数量、登记失业人数、上年绩效评价结果。`;
  d.h2`（二）各县（区）支出`;
  const ct = [['鹤汀县', W('612.00'), W('598.46'), 3105], ['苇浦县', W('487.50'), W('471.92'), 2468], ['棠梨县', W('356.80'), W('356.80'), 1702], ['榆坪区', W('298.00'), W('284.37'), 1436], ['蓼溪县', W('245.70'), W('229.15'), 1201]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）就业补助资金支出情况', unit: '单位：万元、人、元', total: '合计', cols: [
    { key: 'name', h: '县（区）', k: 'text' }, { key: 'b', h: '下达资金（万元）', k: 'w', sum: true }, { key: 'e', h: '实际支出（万元）', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] },
    { key: 'p', h: '补贴人数（人）', k: 'n', sum: true, unit: '人' }, { key: 'pp', h: '人均补贴（元）', k: 'per', of: ['e', 'p'], unit: '元' }],
    rows: ct.map(([name, b, e, p]) => ({ name, b, e, p })) });
  const TV = t1.totalVal; const T = t1.total.f;
  const pb = d.w(TV.b, { sep: true }), pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b);
  d.p`截至12月31日，各县（区）实际支出${pe}，整体执行率${pr}。棠梨县全部支出完毕。蓼溪县执行率最低，主要是第二批资金到位晚，部分培训班次跨年结算。`;
  d.eq(pe, T.e, '正文实际支出 = 表1合计'); d.ratio(pr, T.e, T.b, '正文执行率 = 表1合计支出 ÷ 合计下达');
  d.eq(pb, ft, '复述的下达总额一致');
  d.err(pe, fmtW(TV.e - W('10.00'), { sep: true }), 'b', d.rels[d.rels.length - 3], '表1苇浦县支出已由 461.92 更新为 471.92，正文合计仍为更新前的 1,930.70万元，与表1合计不符');
  const jy = d.w(TV.b - TV.e);
  d.p`下达总额${pb}中，结余${jy}由各县（区）结转下年继续使用。`;
  d.sum(jy, [pb, T.e], '结转 = 下达 − 支出', [1, -1]);
  d.h2`（三）支出方向`;
  const dir = [['职业培训补贴', W('683.93')], ['社会保险补贴', W('512.63')], ['公益性岗位补贴', W('398.14')], ['就业见习补贴', W('186.50')], ['创业补贴', W('159.50')]];
  if (sumv(dir.map((x) => x[1])) !== TV.e) throw new Error('03 dir ' + (sumv(dir.map((x) => x[1])) - TV.e));
  const t2 = gridTable(d, { name: '表2', caption: '表2  按支出方向统计', unit: '单位：万元', total: '合计', totalVals: {}, cols: [
    { key: 'name', h: '支出方向', k: 'text' }, { key: 'e', h: '支出金额', k: 'w', sum: true }, { key: 's', h: '占比（%）', k: 'pc', of: ['e', '@e'], dec: 2 }],
    rows: dir.map(([name, e]) => ({ name, e })) });
  d.eq(t2.total.f.e, T.e, '表2合计 = 表1合计支出');
  d.h1`三、绩效目标完成情况`;
  const px = d.n(TV.p, '人', { sep: true });
  d.p`1.产出。全年补贴${px}。开展职业技能培训${d.n(186, '期')}、培训${d.n(8642, '人次', { sep: true })}，培训合格率92.6%。开发公益性岗位${d.n(1120, '个', { sep: true })}。`;
  d.eq(px, T.p, '正文补贴人数 = 表1合计');
  d.p`2.效益。城镇新增就业2.37万人，完成目标。城镇调查失业率5.1%。脱贫人口务工规模保持稳定。`;
  d.p`3.满意度。抽样调查补贴对象${d.n(600, '人')}，满意度94.1%。`;
  const st = scoreTable(d, { caption: '表3  绩效自评表', cols: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '说明'], totalS: 9950, execRow: { w: 1000, s: 970, rateFig: d.pcs(pr.lit.replace('%', ''), { nu: false }) }, groups: [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '职业技能培训人次', t: '≥8000人次', a: '8642人次', w: 1500, s: 1500 },
      { l2: '数量指标', l3: '开发公益性岗位数', t: '≥1000个', a: '1120个', w: 1000, s: 1000 },
      { l2: '质量指标', l3: '培训合格率', t: '≥90%', a: '92.6%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '补贴按时发放率', t: '100%', a: '98%', w: 1000, s: 980, note: '个别县第二批资金到位较晚' },
      { l2: '成本指标', l3: '人均培训补贴标准', t: '≤1500元', a: '1350元', w: 500, s: 500 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '城镇新增就业人数', t: '≥2.2万人', a: '2.37万人', w: 1500, s: 1500 },
      { l2: '社会效益指标', l3: '城镇调查失业率', t: '≤5.5%', a: '5.1%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '补贴对象满意度', t: '≥90%', a: '94.1%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(st.execRate, pr, '自评表执行率 = 正文');
  d.h1`四、存在问题`;
  d.p`一是资金下达偏晚。第二批资金9月才下达，县（区）支出集中在四季度。二是补贴审核手段单一。社保补贴依靠人工比对，效率不高。三是个别县区结余较多，蓼溪县结转${d.w(W('245.70') - W('229.15'))}。`;
  d.sum(d.figs[d.figs.length - 1], [t1.rows[4].f.b, t1.rows[4].f.e], '蓼溪县结转 = 下达 − 支出', [1, -1]);
  d.h1`五、改进措施`;
  d.p`一是提前下达。2025年第一批资金在一季度下达比例提高到七成。二是推进“免申即享”，与社保、市场监管数据比对。三是对执行率低于95%的县区，在下年分配中适当扣减。`;
});

// ===== 04 项目 · 市场监管（食品抽检） · md · 财务人员短句、表格多 =====
def({ no: '04', slug: 'yanhu-shipin-choujian', fmt: 'md', kind: '项目支出', sector: '市场监管', voice: '财务人员', org: '砚湖市市场监督管理局', style: { mdHead: 'hash' },
  title: '砚湖市市场监督管理局2024年度食品安全监督抽检项目绩效自评报告' }, (d) => {
  d.h1`一、项目概况`;
  d.p`项目名称：食品安全监督抽检及风险监测。主管部门：砚湖市市场监督管理局。实施单位：局食品安全抽检监测科，检验工作委托${d.n(3, '家', { cn: true })}具备资质的第三方检验机构承担。`;
  d.p`年度目标：完成食品安全监督抽检${d.x('3,600批次', '年度目标，实际3,742批次')}以上，覆盖全部食品大类；不合格食品核查处置率100%；抽检信息按规定时限公开。`;
  d.h1`二、项目资金使用及管理情况`;
  const b0 = W('420.00'), cut = W('35.60'), b1 = b0 - cut, ex = W('379.85');
  const f0 = d.w(b0), fc = d.w(cut), f1 = d.w(b1), fe = d.w(ex), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`年初预算${f0}。年中按市财政统一要求压减一般性支出${fc}，全年预算${f1}。全年支出${fe}，执行率${fr}。结余${fb}，为检验服务合同按实际批次结算后的差额。`;
  d.sum(f1, [f0, fc], '全年预算 = 年初预算 − 压减', [1, -1]); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  const it = [['检验检测服务费', W('341.26')], ['抽检样品购置费', W('26.40')], ['风险监测及科普宣传', W('12.19')]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  项目支出明细', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '支出内容', k: 'text' }, { key: 'e', h: '支出金额', k: 'w', sum: true }, { key: 's', h: '占比（%）', k: 'pc', of: ['e', '@e'], dec: 1 }], rows: it.map(([name, e]) => ({ name, e })) });
  d.eq(t1.total.f.e, fe, '表1合计 = 正文支出');
  d.p`资金管理：检验费按季度结算，凭检验报告和批次清单支付；样品费实行备用金报账；未发生超范围支出。`;
  d.h1`三、项目绩效情况`;
  d.h2`（一）产出`;
  const cats = [['粮食及粮食制品', 612, 9], ['食用农产品', 1486, 41], ['餐饮食品', 724, 22], ['肉及肉制品', 388, 8], ['其他食品', 532, 7]];
  const t2 = gridTable(d, { name: '表2', caption: '表2  分类别抽检情况', total: '合计', cols: [
    { key: 'name', h: '食品类别', k: 'text' }, { key: 'n', h: '抽检批次', k: 'n', sum: true, unit: '批次', sep: true }, { key: 'f', h: '不合格批次', k: 'n', sum: true, unit: '批次' }, { key: 'r', h: '不合格率（%）', k: 'pc', of: ['f', 'n'] }],
    rows: cats.map(([name, n, f]) => ({ name, n, f })) });
  const TN = t2.total.f;
  const pn = d.n(3742, '批次', { sep: true }), pf = d.n(87, '批次'), pr = d.pc(87, 3742);
  d.p`全年完成监督抽检${pn}，发现不合格${pf}，不合格率${pr}，较上年的${d.x('2.71%', '上年不合格率')}有所下降。不合格批次全部完成核查处置，处置率100%；抽检结果均在规定时限内公开。`;
  d.eq(pn, TN.n, '正文抽检批次 = 表2合计'); d.eq(pf, TN.f, '正文不合格批次 = 表2合计'); d.ratio(pr, pf, pn, '不合格率 = 不合格批次 ÷ 抽检批次');
  const per = d.yq(ex, 3742), fe2 = d.w(ex);
  d.p`成本：按支出${fe2}计算，每批次平均成本${per}，低于省定${d.x('1,100元', '省定上限，非实际')}的参考标准。`;
  d.ratio(per, fe2, pn, '每批次成本 = 支出 ÷ 抽检批次'); d.eq(fe2, fe, '复述支出一致');
  d.h2`（二）效益`;
  d.p`全年未发生较大食品安全事件。对不合格产品下架、召回${d.n(1260, '公斤', { sep: true })}，立案查处${d.n(31, '件')}，罚没款${d.y(Y('286400'), { dec: 0, sep: true })}。`;
  d.h2`（三）自评得分`;
  const ft = fundTable(d, { caption: '表3  项目资金及执行率得分', unit: '单位：万元', rows: [{ name: '年度资金总额', b0, b1, ex }, { name: '其中：财政拨款', b0, b1, ex }], sdec2: 2 });
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '监督抽检批次', t: '≥3600批次', a: '3742批次', w: 1500, s: 1500 },
      { l2: '数量指标', l3: '食品大类覆盖率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '质量指标', l3: '不合格食品核查处置率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '抽检信息按时公开率', t: '100%', a: '100%', w: 500, s: 500 },
      { l2: '成本指标', l3: '每批次平均成本', t: '≤1100元', a: '1015.10元', w: 1000, s: 1000 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '较大食品安全事件发生数', t: '0起', a: '0起', w: 1500, s: 1500 },
      { l2: '社会效益指标', l3: '群众食品安全知晓率', t: '≥85%', a: '83.2%', w: 1500, s: prop(1500, 83.2, 85), note: '农村地区宣传覆盖不足' }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '公众食品安全满意度', t: '≥85%', a: '87.6%', w: 1000, s: 1000 }] }];
  const tot = ft.rows[0].sHund + sumv(g.flatMap((x) => x.rows.map((r) => r.s)));
  const st = scoreTable(d, { caption: '表4  绩效指标自评表', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, totalS: tot, tdec: 2, groups: g, gradeInTable: '优' });
  const row = st.rows.find((r) => r.r.l3 === '公众食品安全满意度');
  d.err(row.s, '9', 'g', d.rels.find((r) => r.desc === '自评表 总分 = 各项得分之和'), '满意度得分改为9分后，总分未随之更新，仍为各项原得分之和');
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  d.p`自评总分${d.sc(tot, { u: '分' })}，等级“优”。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文总分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.农村地区食品安全宣传覆盖不足，知晓率83.2%，未达到85%的目标。2.第三方检验机构出具报告时限不一，个别批次超过20个工作日。3.压减后预算与实际批次需求衔接不够紧。`;
  d.h1`五、改进措施`;
  d.p`1.将科普宣传延伸到乡镇集贸市场和农村集体聚餐点。2.在检验服务合同中明确报告时限和违约责任。3.2025年按近两年实际批次和单价测算预算。`;
});

// ===== 05 部门 · 生态环境 · md · 公文长句 =====
def({ no: '05', slug: 'tankou-shengtai-fenju', fmt: 'md', kind: '部门整体支出', sector: '生态环境', voice: '公文写手', org: '檀口市生态环境局蘅水分局', style: { mdHead: 'bold' },
  title: '檀口市生态环境局蘅水分局2024年度部门整体支出绩效自评报告' }, (d) => {
  d.h1`一、部门基本情况`;
  const bz = d.n(42, '名'), zz = d.n(39, '人'), kz = d.pc(39, 42);
  d.p`蘅水分局为市生态环境局派出机构，负责辖区生态环境保护的统一监督管理，承担大气、水、土壤污染防治和环境执法、环境监测等职责，内设办公室、综合股、执法大队等${d.n(5, '个', { cn: true })}股室，下辖生态环境监测站${d.n(1, '个', { cn: true })}。年末核定编制${bz}，在职在编${zz}，人员控制率${kz}，在编制限额以内。`;
  d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h1`二、部门整体支出情况`;
  d.h2`（一）预算安排与执行`;
  const b0 = W('1862.50'), cut = W('96.30'), b1 = b0 - cut, ex = W('1731.48');
  const f0 = d.w(b0, { sep: true }), fc = d.w(cut), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`2024年度，分局年初部门预算${f0}，在年度执行中，根据市委、市政府关于党政机关过紧日子的要求和市财政局的统一部署，压减非急需非刚性支出${fc}，调整后全年预算为${f1}；全年实际支出${fe}，预算执行率为${fr}，年末结转结余资金${fb}，主要是土壤污染状况调查项目部分合同尾款按约定于2025年支付。`;
  d.sum(f1, [f0, fc], '全年预算 = 年初 − 压减', [1, -1]); d.ratio(fr, fe, f1, '预算执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结转结余 = 全年预算 − 支出', [1, -1]);
  const ry = W('968.74'), gy = W('156.62'), jb = ry + gy, xm = ex - jb, gy0 = W('171.05');
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry), fgy = d.w(gy), fxm = d.w(xm), fgy0 = d.w(gy0), fgc = d.w(gy0 - gy, { pre: '减少' }), fgr = d.pc(gy0 - gy, gy0, { pre: '下降' });
  d.p`按支出性质划分，基本支出${fjb}，其中人员经费${fry}、公用经费${fgy}；项目支出${fxm}，主要用于环境监测运行、污染源执法监管、重点区域大气污染防治和土壤污染状况调查。公用经费较上年的${fgy0}${fgc}，${fgr}，一般性支出压减成效较为明显。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员经费 + 公用经费'); d.sum(fe, [fjb, fxm], '全年支出 = 基本支出 + 项目支出');
  d.chg(fgc, fgy, fgy0, '公用经费减少额'); d.chgr(fgr, fgy, fgy0, '公用经费下降率');
  d.h2`（二）“三公”经费支出`;
  const sg = gridTable(d, { name: '表1', caption: '表1  “三公”经费支出对比', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'l', h: '2023年决算', k: 'w', sum: true }, { key: 'b', h: '2024年预算', k: 'w', sum: true }, { key: 'a', h: '2024年决算', k: 'w', sum: true }],
    rows: [{ name: '因公出国（境）费', l: 0, b: 0, a: 0 }, { name: '公务用车购置及运行维护费', l: W('9.86'), b: W('10.00'), a: W('8.75') }, { name: '公务接待费', l: W('1.42'), b: W('2.00'), a: W('1.69') }] });
  const r1 = sg.rows[1].f, r2 = sg.rows[2].f, T = sg.total.f;
  const p1 = d.w(W('8.75')), c1 = d.w(W('1.11'), { pre: '减少' }), p2 = d.w(W('1.69')), c2 = d.w(W('0.27'), { pre: '增加' }), c2r = d.pc(W('0.27'), W('1.42'), { pre: '增长' }), kz3 = d.pc(sg.totalVal.a, sg.totalVal.b);
  d.p`2024年“三公”经费决算数为年度预算数的${kz3}。其中，公务用车运行维护费${p1}，较上年${c1}，主要是严格执行定点维修和定点加油制度；公务接待费${p2}，较上年${c2}，${c2r}，主要是承办省级生态环境保护督察反馈问题整改现场推进会，接待批次相应增加。`;
  d.ratio(kz3, T.a, T.b, '三公经费预算控制率'); d.eq(p1, r1.a, '正文公务用车费 = 表1'); d.chg(c1, r1.a, r1.l, '公务用车费减少额'); d.eq(p2, r2.a, '正文公务接待费 = 表1'); d.chg(c2, r2.a, r2.l, '公务接待费增加额');
  d.chgr(c2r, r2.a, r2.l, '公务接待费增长率 = (本年 − 上年) ÷ 上年');
  d.err(c2r, '下降19.01%', 'h', d.rels[d.rels.length - 1], '公务接待费由1.42万元增至1.69万元，正文却写“下降19.01%”');
  d.h2`（三）政府采购`;
  const gp = gridTable(d, { name: '表2', caption: '表2  政府采购执行情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '采购类别', k: 'text' }, { key: 'b', h: '采购预算', k: 'w', sum: true }, { key: 'a', h: '实际采购', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['a', 'b'] }],
    rows: [{ name: '货物', b: W('86.40'), a: W('80.15') }, { name: '工程', b: W('42.00'), a: W('39.60') }, { name: '服务', b: W('58.50'), a: W('55.32') }] });
  d.p`全年政府采购全部纳入采购意向公开，面向中小企业预留份额的比例达到${d.x('40%以上', '政策比例，非计算值')}，未发生违规采购情形。`;
  d.h1`三、部门整体绩效情况`;
  const yl = d.pcs('88.5'), yl0 = d.pcs('86.3'), ylp = d.num('2.2个百分点', ''), dm = d.n(11, '个'), dm0 = d.n(12, '个'), dmr = d.pc(11, 12);
  d.p`从履职效能看，辖区空气质量持续改善，细颗粒物（PM2.5）年均浓度为31.6微克/立方米，优于年度考核目标；空气质量优良天数比例为${yl}，较上年的${yl0}提高${ylp}。全区${dm0}地表水考核断面中，${dm}达到或优于考核目标，达标率${dmr}。全年检查排污单位${d.n(426, '家次')}，办理环境违法案件${d.n(38, '件')}，督促完成${d.x('近百个', '约数，不与具体数比较')}问题点位整改。`;
  d.pp(ylp, yl, yl0, '优良天数比例提高的百分点'); d.ratio(dmr, dm, dm0, '断面达标率 = 达标断面数 ÷ 考核断面数');
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false }), kz2 = d.pcs(kz.lit.replace('%', ''), { nu: false }), sg2 = d.pcs(kz3.lit.replace('%', ''), { nu: false }), jyl = d.pc(b1 - ex, b1), gpr = d.pcs(gp.total.f.r.lit, { nu: false });
  const st = scoreTable(d, { caption: '表3  部门整体支出绩效自评表', cols: ['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分'], totalS: 9948, groups: [
    { l1: '运行成本', rows: [
      { l2: '成本控制', l3: '在职人员控制率', t: '≤100%', a: kz2, w: 500, s: 500 },
      { l2: '成本控制', l3: '“三公”经费控制率', t: '≤100%', a: sg2, w: 500, s: 500 },
      { l2: '成本控制', l3: '公用经费增长率', t: '≤0', a: '下降', w: 500, s: 500 }] },
    { l1: '管理效率', rows: [
      { l2: '预算管理', l3: '预算执行率', t: '100%', a: zxl, w: 1000, s: 980, srate: true },
      { l2: '预算管理', l3: '结转结余率', t: '≤5%', a: jyl, w: 500, s: 500 },
      { l2: '采购管理', l3: '政府采购执行率', t: '100%', a: gpr, w: 500, s: 468 }] },
    { l1: '履职效能', rows: [
      { l2: '重点工作', l3: '年度重点工作完成率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '大气环境', l3: '空气质量优良天数比例', t: '≥87%', a: '88.5%', w: 1000, s: 1000 },
      { l2: '水环境', l3: '地表水考核断面达标率', t: '≥90%', a: '91.67%', w: 1000, s: 1000 }] },
    { l1: '社会效应', rows: [{ l2: '环境安全', l3: '较大及以上突发环境事件', t: '0起', a: '0起', w: 1500, s: 1500 }] },
    { l1: '可持续发展能力', rows: [{ l2: '制度建设', l3: '内控制度健全性', t: '健全', a: '健全', w: 500, s: 500 }] },
    { l1: '服务对象满意度', rows: [{ l2: '满意度', l3: '群众生态环境满意度', t: '≥85%', a: '90.3%', w: 1000, s: 1000 }] }] });
  d.eq(kz2, kz, '自评表控制率 = 正文'); d.eq(sg2, kz3, '自评表三公控制率 = 正文'); d.eq(zxl, fr, '自评表执行率 = 正文'); d.eq(gpr, gp.total.f.r, '自评表采购执行率 = 表2');
  d.ratio(jyl, fb, f1, '结转结余率 = 结转结余 ÷ 全年预算');
  d.p`对照上述指标体系，分局2024年度部门整体支出绩效自评得分为${d.sc(9948, { u: '分' })}，自评等级为“${d.g('优')}”。`;
  d.eq(d.figs[d.figs.length - 2], st.ts, '正文得分 = 自评表'); d.grade(d.figs[d.figs.length - 1], st.ts, '等级与得分相符');
  d.h1`四、存在的问题`;
  d.p`一是政府采购执行率偏低，部分监测设备采购因供应商资格审查不通过而重新组织招标，影响了采购进度；二是项目支出进度前松后紧，第四季度支出占全年项目支出的比重偏高；三是部分绩效指标仍以完成率类定性指标为主，反映环境质量改善贡献度的指标不够充分。`;
  d.h1`五、下一步改进措施`;
  d.p`一是加强采购需求论证和供应商资格预审，合理安排采购时序，确保政府采购预算执行到位；二是建立项目支出月度调度机制，对执行进度滞后的项目及时预警、督促整改；三是进一步完善绩效目标和指标体系，将环境质量改善幅度、污染物减排量等指标纳入自评范围，并将本次自评结果运用于2026年度部门预算编制。`;
});

// ===== 06 项目 · 医院急诊 · md · 模型腔 =====
def({ no: '06', slug: 'chengxi-yiyuan-jizhen', fmt: 'md', kind: '项目支出', sector: '医疗卫生（医院）', voice: '模型起草腔', org: '澄溪市人民医院', style: { mdHead: 'hash' },
  title: '澄溪市人民医院急诊急救能力提升项目2024年度绩效自评报告' }, (d) => {
  d.h1`一、项目基本情况`;
  d.p`急诊急救能力提升项目是市卫生健康委员会下达我院的重点项目，旨在通过胸痛中心、卒中中心和创伤中心“三大中心”建设，进一步完善院前院内一体化急救体系，全面提升区域急危重症救治能力。项目建设内容包括急诊区域改造、急救设备购置、急救信息平台建设以及医护人员急救技能培训。`;
  d.p`项目年度绩效目标为：完成急诊区域改造${d.x('1,800平方米', '目标面积')}左右，购置急救设备${d.x('30台（套）', '目标台套数')}以上，胸痛患者平均进门至球囊扩张时间（D-to-B）控制在90分钟以内，培训医护人员不少于500人次。`;
  d.h1`二、项目资金使用及管理情况`;
  const b0 = W('1180.00'), cut = W('80.00'), b1 = b0 - cut, ex = W('1046.35');
  const f0 = d.w(b0, { sep: true }), fc = d.w(cut), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`2024年项目年初预算${f0}，年中因部分设备调整为省级统一招标采购，相应调减预算${fc}，全年预算${f1}。截至年底，项目实际支出${fe}，预算执行率${fr}，结余${fb}。总体来看，资金拨付及时，执行进度符合预期。`;
  d.sum(f1, [f0, fc], '全年预算 = 年初 − 调减', [1, -1]); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  const sb = W('612.80'), xx = W('186.45'), cd = W('198.60'), px = W('48.50');
  const fsb = d.w(sb), fxx = d.w(xx), fcd = d.w(cd), fpx = d.w(px), fsbr = d.pc(sb, ex), fe2 = d.w(ex, { sep: true });
  d.p`从支出构成看，${fe2}中：设备购置${fsb}，占项目实际支出的${fsbr}，主要购置急诊CT、移动DR、呼吸机、除颤监护仪等；急诊区域及抢救室改造${fcd}；胸痛卒中急救信息平台建设${fxx}；急救技能培训${fpx}。`;
  d.sum(fe2, [fsb, fcd, fxx, fpx], '支出构成之和 = 实际支出'); d.eq(fe2, fe, '复述支出一致');
  d.ratio(fsbr, fsb, fe2, '设备购置占比 = 设备购置 ÷ 实际支出');
  d.err(fsbr, pctStr(sb, b1, 2) + '%', 'e', d.rels[d.rels.length - 1], '设备购置占比误以全年预算1,100.00万元为分母（612.80÷1100=55.71%），应以实际支出1,046.35万元为分母');
  d.p`在资金管理方面，医院严格执行项目资金专账管理，设备购置严格履行政府采购程序，工程改造实行全过程跟踪审计，有效保障了资金使用的规范性和安全性。`;
  d.h1`三、项目绩效情况`;
  const ft = fundTable(d, { caption: '表1  项目资金情况', unit: '单位：万元', rows: [
    { name: '年度资金总额', b0, b1, ex }, { name: '其中：财政拨款', b0: W('1000.00'), b1: W('920.00'), ex: W('872.15') }, { name: '其他资金（医院自筹）', b0: W('180.00'), b1: W('180.00'), ex: W('174.20') }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  const jz = d.n(68412, '人次', { sep: true }), jz0 = d.n(61590, '人次', { sep: true }), jzr = d.pc(68412 - 61590, 61590, { pre: '增长' });
  const pxr = d.n(520, '人次'), pxa = d.yq(px, 520), fpx2 = d.w(px);
  d.p`项目实施以来，急诊急救服务能力显著增强。全年急诊就诊${jz}，较上年的${jz0}${jzr}；胸痛患者平均D-to-B时间缩短至68分钟，急性缺血性卒中患者静脉溶栓DNT中位时间为42分钟，急危重症抢救成功率达到97.6%。全年开展急救技能培训${pxr}，培训支出${fpx2}，人均培训成本${pxa}。`;
  d.chgr(jzr, jz, jz0, '急诊人次增长率'); d.ratio(pxa, fpx2, pxr, '人均培训成本 = 培训支出 ÷ 培训人次'); d.eq(fpx2, fpx, '复述培训支出一致');
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '急诊区域改造面积', t: '1800平方米左右', a: '1826平方米', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '购置急救设备', t: '≥30台（套）', a: '34台（套）', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '急救技能培训', t: '≥500人次', a: '520人次', w: 1000, s: 1000 },
      { l2: '质量指标', l3: '设备验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '急救信息平台上线时间', t: '2024年10月底前', a: '2024年12月', w: 1000, s: 800, note: '平台接口联调延期，已于12月上线' }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '胸痛患者平均D-to-B时间', t: '≤90分钟', a: '68分钟', w: 1000, s: 1000 },
      { l2: '社会效益指标', l3: '急危重症抢救成功率', t: '≥95%', a: '97.6%', w: 1000, s: 1000 },
      { l2: '可持续影响指标', l3: '设备完好率', t: '≥95%', a: '98.2%', w: 1000, s: 1000 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '急诊患者满意度', t: '≥90%', a: '92.8%', w: 1000, s: 1000 }] }];
  const tot = ft.rows[0].sHund + sumv(g.flatMap((x) => x.rows.map((r) => r.s)));
  const st = scoreTable(d, { caption: '表2  绩效指标完成情况', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, totalS: tot, tdec: 2, groups: g, gradeInTable: '优' });
  const pt = d.sc(tot, { u: '分' });
  d.p`综上，项目自评得分${pt}，绩效等级为优。`;
  d.eq(pt, st.ts, '正文得分 = 自评表');
  d.h1`四、存在的问题`;
  d.p`一是信息平台建设进度滞后。平台与院前急救系统、区域影像平台的接口联调耗时较长，上线时间晚于计划约两个月。二是培训成效评估机制尚不健全，培训以集中授课为主，情景模拟演练比重偏低。三是部分设备使用率不均衡，移动DR在夜间时段利用不足。`;
  d.h1`五、改进措施`;
  d.p`下一步，我院将持续优化项目管理：一是建立信息化项目周调度制度，提前做好接口标准对接；二是完善培训考核评价体系，提高情景模拟和联合演练比重；三是加强设备使用效率监测分析，统筹院内设备调配，进一步提升财政资金使用效益，为全市群众提供更加优质高效的急诊急救服务。`;
});

// ===== 07 部门 · 农业农村 · md · 财务人员+小结 =====
def({ no: '07', slug: 'dichuan-nongye-bumen', fmt: 'md', kind: '部门整体支出', sector: '农业农村', voice: '财务人员', org: '棣川县农业农村局', style: { mdHead: 'hash' },
  title: '棣川县农业农村局2024年度部门整体支出绩效自评报告' }, (d) => {
  d.h1`一、部门概况`;
  const bz1 = d.n(24, '名'), bz2 = d.n(44, '名'), bz = d.n(68, '名'), zz1 = d.n(22, '人'), zz2 = d.n(41, '人'), zz = d.n(63, '人'), kz = d.pc(63, 68);
  d.p`我局负责全县“三农”工作的统筹协调和行业管理，机关内设${d.n(8, '个', { cn: true })}股室，下属农业技术推广中心、动物疫病预防控制中心等${d.n(4, '个', { cn: true })}事业单位。核定编制${bz}，其中行政编制${bz1}、事业编制${bz2}；年末在职${zz}，其中行政${zz1}、事业${zz2}。人员控制率${kz}。另有退休人员${d.x('57人', '退休人数')}。`;
  d.sum(bz, [bz1, bz2], '编制数 = 行政 + 事业'); d.sum(zz, [zz1, zz2], '在职人数 = 行政 + 事业'); d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h1`二、预算执行情况`;
  const b0 = W('3926.40'), add = W('582.75'), b1 = b0 + add, ex = W('4386.52');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1);
  d.p`年初预算${f0}。年中追加${fa}，主要是上级下达的动物防疫补助和高素质农民培训资金。全年预算${f1}。全年支出${fe}，预算执行率${fr}。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算');
  const ry = W('1398.20'), gy = W('214.28'), jb = ry + gy, xm = ex - jb;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy), fxm = d.w(xm, { sep: true });
  d.p`基本支出${fjb}：人员经费${fry}，公用经费${fgy}。项目支出${fxm}，明细见表1。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员 + 公用'); d.sum(fe, [fjb, fxm], '全年支出 = 基本 + 项目');
  const prj = [['动物防疫及检疫', '326.50', '318.42'], ['农作物病虫害统防统治', '412.00', '405.36'], ['村级集体经济发展扶持', '900.00', '900.00'], ['农产品质量安全监测', '168.30', '152.81'], ['高素质农民培训', '245.00', '236.45'], ['农业综合行政执法', '96.00', '91.20'], ['乡村振兴示范村建设', '700.00', '669.80']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  项目支出情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目名称', k: 'text' }, { key: 'b', h: '全年预算', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] }],
    rows: prj.map(([name, b, e]) => ({ name, b: W(b), e: W(e) })) });
  d.eq(t1.total.f.e, fxm, '表1合计 = 正文项目支出');
  d.p`农产品质量安全监测项目执行率偏低，原因是快检试剂集中采购价格低于预算。`;
  d.h2`（一）“三公”经费`;
  const sgl = W('21.35'), sga = W('19.18');
  const fsl = d.w(sgl), fsa = d.w(sga), fsc = d.w(sgl - sga, { pre: '减少' }), fsr = d.pc(sgl - sga, sgl, { pre: '下降' }), fcar = d.w(W('16.82')), fjd = d.w(W('2.36'));
  d.p`“三公”经费支出${fsa}，上年${fsl}，${fsc}，${fsr}。其中公务用车运行维护费${fcar}，公务接待费${fjd}，无因公出国（境）费。`;
  d.sum(fsa, [fcar, fjd], '三公经费 = 公务用车 + 公务接待'); d.chg(fsc, fsa, fsl, '三公经费减少额'); d.chgr(fsr, fsa, fsl, '三公经费下降率');
  d.h2`（二）政府采购`;
  const gh = W('146.20'), gc = W('318.60'), gf = W('97.45');
  const fg = d.w(gh + gc + gf), fgh = d.w(gh), fgc = d.w(gc), fgf = d.w(gf);
  d.p`政府采购支出${fg}。货物${fgh}，工程${fgc}，服务${fgf}。`;
  d.sum(fg, [fgh, fgc, fgf], '政府采购 = 货物 + 工程 + 服务');
  d.h2`（三）资产`;
  d.p`年末固定资产原值${d.x('2,846.73万元', '资产原值，与支出无关')}，本年新增${d.x('312.40万元', '新增资产，与政府采购不必相等')}，报废处置${d.n(26, '件')}。`;
  d.h1`三、绩效情况`;
  const px = d.n(1050, '人', { sep: true }), pxa = d.yq(W('236.45'), 1050), pxe = d.w(W('236.45'));
  d.p`1.粮食生产。全县粮食播种面积${d.x('52.6万亩', '面积')}，总产${d.x('21.3万吨', '产量')}，均完成市下达任务。`;
  d.p`2.动物防疫。重大动物疫病免疫密度95.4%，未发生区域性重大动物疫情。`;
  d.p`3.农民培训。培训高素质农民${px}，支出${pxe}，人均${pxa}。`;
  d.ratio(pxa, pxe, px, '人均培训成本 = 培训支出 ÷ 人数'); d.eq(pxe, t1.rows[4].f.e, '正文培训支出 = 表1');
  d.p`4.集体经济。扶持${d.n(18, '个')}村发展集体经济，村均${d.w(W('50.00'))}；年经营收入10万元以上的村达到${d.x('120个以上', '约数')}。`;
  d.ratio(d.figs[d.figs.length - 2], t1.rows[2].f.e, d.figs[d.figs.length - 3], '村均扶持 = 扶持资金 ÷ 村数');
  const st = scoreTable(d, { caption: '表2  部门整体支出绩效自评表', totalS: 9850, groups: [
    { l1: '投入', rows: [
      { l2: '预算编制', l3: '在职人员控制率', t: '≤100%', a: '92.65%', w: 500, s: 500 },
      { l2: '预算编制', l3: '“三公”经费变动率', t: '≤0', a: '下降', w: 500, s: 500 },
      { l2: '预算编制', l3: '绩效目标合理性', t: '合理', a: '较合理', w: 500, s: 400, note: '部分指标未量化' }] },
    { l1: '过程', rows: [
      { l2: '预算执行', l3: '预算执行率', t: '100%', a: d.pcs(fr.lit.replace('%', ''), { nu: false }), w: 1500, s: 1460, srate: true },
      { l2: '预算管理', l3: '资金使用合规性', t: '合规', a: '合规', w: 500, s: 500 },
      { l2: '资产管理', l3: '资产管理规范性', t: '规范', a: '规范', w: 500, s: 500 }] },
    { l1: '产出', rows: [
      { l2: '数量', l3: '高素质农民培训人数', t: '≥1000人', a: '1050人', w: 1000, s: 1000 },
      { l2: '质量', l3: '重大动物疫病免疫密度', t: '≥90%', a: '95.4%', w: 1000, s: 1000 },
      { l2: '质量', l3: '农产品质量安全例行监测合格率', t: '≥98%', a: '97.2%', w: 1000, s: prop(1000, 97.2, 98), note: '个别批次农残超标，已溯源处置' },
      { l2: '时效', l3: '项目资金拨付及时率', t: '100%', a: '100%', w: 500, s: 500 }] },
    { l1: '效益', rows: [
      { l2: '经济效益', l3: '粮食总产', t: '≥21万吨', a: '21.3万吨', w: 1000, s: 1000 },
      { l2: '社会效益', l3: '区域性重大动物疫情', t: '0起', a: '0起', w: 500, s: 500 },
      { l2: '满意度', l3: '农户满意度', t: '≥90%', a: '91.8%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(st.rows[3].r.a, fr, '自评表执行率 = 正文');
  d.h1`四、存在问题`;
  d.p`一是部分项目预算编制偏粗，监测类项目结余较多。二是绩效目标量化不足，如“绩效目标合理性”只得4分。三是农产品例行监测合格率97.2%，低于98%的目标。`;
  d.h1`五、改进措施`;
  d.p`一是按近三年实际单价编制监测类项目预算。二是细化量化绩效指标，每个项目至少设置${d.n(1, '项', { cn: true })}可量化的效益指标。三是加强农资和农残源头管控，提高例行监测合格率。`;
  d.h1`六、小结`;
  const se = d.w(ex, { sep: true }), sr = d.pcs(fr.lit.replace('%', '')), ss = d.sc(9850, { u: '分' }), sg = d.g('优');
  d.p`综上，我局2024年全年支出${se}，预算执行率${sr}，部门整体支出绩效自评得分${ss}，等级为“${sg}”。`;
  d.eq(se, fe, '小结支出 = 正文'); d.eq(sr, fr, '小结执行率 = 正文'); d.eq(ss, st.ts, '小结得分 = 自评表'); d.grade(sg, st.ts, '小结等级与总分相符');
  d.err(se, '4,396.52万元', 'f', d.rels[d.rels.length - 4], '小结沿用初稿支出数，与正文及表1推算的4,386.52万元不符');
});

// ===== 08 转移支付 · 农村人居环境 · md · 模型腔 =====
def({ no: '08', slug: 'jianjia-renju-huanjing', fmt: 'md', kind: '转移支付', sector: '农村人居环境', voice: '模型起草腔', org: '蒹葭市农业农村局', style: { mdHead: 'bold' },
  title: '蒹葭市2024年度农村人居环境整治专项资金绩效自评报告' }, (d) => {
  d.p`为客观评价农村人居环境整治专项资金的使用效益，市农业农村局会同市财政局，对2024年度下达各乡镇的专项资金开展了绩效自评。总体来看，资金分配科学、使用规范，农村改厕、生活垃圾和污水治理等重点任务稳步推进，有效改善了农村人居环境。`;
  d.h1`一、专项资金基本情况`;
  const zy = W('600.00'), sj = W('420.00'), shi = W('248.00'), tot = zy + sj + shi;
  const ft = d.w(tot, { sep: true }), fzy = d.w(zy), fsj = d.w(sj), fsh = d.w(shi), fty = d.y(tot, { dec: 0, sep: true });
  d.p`2024年，市级共安排农村人居环境整治专项资金${ft}，其中中央财政衔接资金${fzy}、省级专项${fsj}、市级配套${fsh}，全部以“先建后补、以奖代补”方式下达${d.n(6, '个', { cn: true })}乡镇。按照财务口径，全年共拨付补助资金${fty}。`;
  d.sum(ft, [fzy, fsj, fsh], '专项资金 = 中央 + 省级 + 市级'); d.eq(fty, ft, '元口径 = 万元口径');
  d.p`资金重点支持农村户厕改造、生活垃圾收运处置体系运行和行政村生活污水治理，年度目标为：完成户厕改造${d.x('6,000户', '目标户数')}以上，生活垃圾收运处置体系覆盖全部行政村，新增生活污水治理行政村${d.x('35个', '目标村数，实际37个')}。`;
  d.h1`二、资金分配与使用情况`;
  const towns = [['芸山镇', '286.40', '279.62', 1420], ['杉湾镇', '241.80', '241.80', 1196], ['菱渡镇', '215.30', '203.55', 1035], ['萸岭乡', '168.00', '161.28', 812], ['枳园镇', '197.50', '190.04', 968], ['苕岭乡', '159.00', '148.73', 745]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各乡镇资金下达及使用情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '乡镇', k: 'text' }, { key: 'b', h: '下达资金', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] },
    { key: 'h', h: '完成改厕（户）', k: 'n', sum: true, unit: '户', sep: true }],
    rows: towns.map(([name, b, e, h]) => ({ name, b: W(b), e: W(e), h })) });
  const TV = t1.totalVal, T = t1.total.f;
  const y1 = d.w(W('286.40')), pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b);
  d.p`资金按各乡镇改厕任务量、行政村数量和上年考核结果分配，其中芸山镇任务最重，下达资金最多，为${y1}。截至2024年末，各乡镇累计支出${pe}，整体执行率${pr}，杉湾镇资金全部支出完毕。`;
  d.eq(y1, t1.rows[0].f.b, '正文芸山镇下达资金 = 表1'); d.eq(pe, T.e, '正文累计支出 = 表1合计'); d.ratio(pr, T.e, T.b, '整体执行率 = 合计支出 ÷ 合计下达');
  d.err(y1, '286.40元', 'c', d.rels[d.rels.length - 3], '“万元”误写为“元”，与表1芸山镇下达资金286.40万元相差一万倍');
  d.p`在资金管理方面，各乡镇对补助资金实行专账核算，改厕补助经村级验收、乡镇复核、县级抽查后按户兑付到农户“一卡通”账户，有效保障了资金安全。`;
  d.h1`三、绩效目标完成情况`;
  d.h2`（一）产出指标`;
  const hh = d.n(TV.h, '户', { sep: true }), hj = d.yq(TV.e, TV.h, { dec: 2, sep: true }), pe2 = d.w(TV.e, { sep: true });
  d.p`全年完成农村户厕改造${hh}，超额完成年度目标；按实际支出${pe2}计算，户均投入${hj}（含三格式化粪池、厕具及部分粪污资源化利用设施）。新增生活污水治理行政村${d.n(37, '个')}，生活垃圾收运处置体系实现行政村全覆盖。`;
  d.eq(hh, T.h, '正文改厕户数 = 表1合计'); d.ratio(hj, pe2, hh, '户均投入 = 支出 ÷ 改厕户数'); d.eq(pe2, pe, '复述支出一致');
  d.h2`（二）效益指标`;
  const wc = d.pcs('92.4'), wc0 = d.pcs('85.7'), wcp = d.num('6.7个百分点', '');
  d.p`全市农村卫生厕所普及率达到${wc}，比上年的${wc0}提高${wcp}；农村生活污水治理率达到${d.x('45%左右', '约数')}。通过村庄清洁行动，累计清理村内塘沟${d.n(1286, '处', { sep: true })}、清运生活垃圾${d.x('3.1万吨', '清运量')}，村容村貌明显改善。`;
  d.pp(wcp, wc, wc0, '普及率提高百分点');
  d.h2`（三）满意度`;
  d.p`通过入户走访和问卷调查，共调查农户${d.n(900, '户')}，对改厕及人居环境整治工作的满意度为93.1%。`;
  d.table({ caption: '表2  主要绩效指标完成情况', head: [['指标', '年度目标', '实际完成', '完成情况']], rows: [
    ['户厕改造户数', '≥6000户', '6176户', '完成'], ['生活垃圾收运处置体系覆盖率', '100%', '100%', '完成'], ['新增污水治理行政村', '≥35个', '37个', '完成'],
    ['资金执行率', '≥95%', pr.lit, '完成'], ['农户满意度', '≥90%', '93.1%', '完成']] });
  d.h1`四、存在的问题`;
  d.p`一是个别乡镇资金支出进度偏慢，苕岭乡、菱渡镇执行率低于95%，主要是部分农户改厕验收集中在年末；二是“重建轻管”问题仍然存在，部分改造户厕后续管护机制不健全；三是污水治理设施运维经费来源不稳定。`;
  d.h1`五、改进措施`;
  d.p`下一步，我们将进一步压实乡镇主体责任，建立月调度、季通报制度，加快资金支出进度；健全农村厕所粪污收集、清运和资源化利用长效管护机制；积极争取将污水治理设施运维经费纳入财政预算，持续巩固农村人居环境整治成果，为建设宜居宜业和美乡村提供有力支撑。`;
});

// ===== 09 部门 · 公共图书馆 · txt（制表符表格） · 公文长句 =====
def({ no: '09', slug: 'yunshan-tushuguan', fmt: 'txt', kind: '部门整体支出', sector: '文化（图书馆）', voice: '公文写手', org: '芸山县图书馆', style: { indent: '　　', table: 'tab', blank: false, titlePad: '　　　　' },
  title: '芸山县图书馆2024年度部门整体支出绩效自评报告' }, (d) => {
  d.h1`一、单位基本情况`;
  const bz = d.n(28, '名'), zz = d.n(26, '人'), kz = d.pc(26, 28);
  d.p`芸山县图书馆为县文化和旅游局所属公益一类事业单位，主要承担公共图书借阅、地方文献收藏整理、全民阅读推广、数字图书馆建设以及对乡镇（街道）分馆和村（社区）服务点的业务指导等职能，内设办公室、采编部、借阅部、数字资源部、社会活动部${d.n(5, '个', { cn: true })}部门，下设乡镇分馆${d.x('14个', '分馆数')}。截至2024年末，单位核定事业编制${bz}，实有在职人员${zz}，人员控制率${kz}。`;
  d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h1`二、部门整体支出情况`;
  d.h2`（一）预算收支总体情况`;
  const b0 = W('1046.30'), add = W('38.50'), cut = W('18.00'), b1 = b0 + add - cut, ex = W('1032.46');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), fc = d.w(cut), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1);
  d.p`2024年度我馆年初预算${f0}，年度执行中追加全民阅读推广及地方文献数字化经费${fa}，同时按照县财政统一要求压减免费开放补助项目预算${fc}，调整后全年预算${f1}；全年实际支出${fe}，预算执行率${fr}。`;
  d.sum(f1, [f0, fa, fc], '全年预算 = 年初 + 追加 − 压减', [1, 1, -1]); d.ratio(fr, fe, f1, '预算执行率 = 支出 ÷ 全年预算');
  const ry = W('651.37'), gy = W('91.21'), jb = ry + gy;
  const fjb = d.w(jb), fry = d.w(ry), fgy = d.w(gy);
  const pb0 = W('128.00'), pb1 = pb0 - cut, pe = W('104.72');
  const fp0 = d.w(pb0), fp1 = d.w(pb1), fpe = d.w(pe), fpr = d.pc(pe, pb1);
  const fxm = d.w(ex - jb);
  d.p`其中，基本支出${fjb}，包括人员经费${fry}和公用经费${fgy}；项目支出${fxm}，主要包括免费开放补助、图书文献购置和数字图书馆运行维护三个项目。免费开放补助项目年初预算${fp0}，压减后全年预算${fp1}，实际支出${fpe}，项目执行率${fpr}。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员 + 公用'); d.sum(fe, [fjb, fxm], '支出 = 基本 + 项目');
  d.sum(fp1, [fp0, fc], '免费开放项目全年预算 = 年初 − 压减', [1, -1]); d.ratio(fpr, fpe, fp1, '免费开放项目执行率 = 支出 ÷ 全年预算');
  d.err(fpr, pctStr(pe, pb0, 2) + '%', 'e', d.rels[d.rels.length - 1], '项目执行率误用年初预算128.00万元作分母（104.72÷128.00=81.81%），应以压减后全年预算110.00万元为分母');
  const t1 = gridTable(d, { name: '表1', caption: '表1  2024年度项目支出明细表', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目名称', k: 'text' }, { key: 'b', h: '全年预算数', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'j', h: '结余', k: 'chg', of: ['b', 'e'] }],
    rows: [{ name: '免费开放补助', b: pb1, e: pe }, { name: '图书文献购置', b: W('130.00'), e: W('126.40') }, { name: '数字图书馆运行维护', b: W('64.00'), e: W('58.76') }] });
  d.eq(t1.total.f.e, fxm, '表1合计 = 正文项目支出'); d.eq(t1.rows[0].f.b, fp1, '表1免费开放预算 = 正文'); d.eq(t1.rows[0].f.e, fpe, '表1免费开放支出 = 正文');
  d.h2`（二）基础数据情况`;
  d.table({ caption: '表2  部门整体支出基础数据表', unit: '单位：万元', head: [['项目', '2023年决算', '2024年预算', '2024年决算', '备注']], rows: (() => {
    const a = [d.w(W('0.56'), { nu: true }), d.w(W('0.60'), { nu: true }), d.w(W('0.42'), { nu: true })];
    const c = [d.w(W('0.56'), { nu: true }), d.w(W('0.60'), { nu: true }), d.w(W('0.42'), { nu: true })];
    a.forEach((f, i) => d.sum(f, [c[i]], '三公合计 = 公务接待（无出国、无公务用车）'));
    const gl = d.w(W('96.84'), { nu: true }), gb = d.w(W('92.00'), { nu: true }), ga = d.w(gy, { nu: true }); d.eq(ga, fgy, '基础表公用经费 = 正文');
    const pg = [d.w(W('142.30'), { nu: true }), d.w(W('180.00'), { nu: true }), d.w(W('178.05'), { nu: true })];
    const ph = d.w(W('131.85'), { nu: true }), pf = d.w(W('46.20'), { nu: true }); d.sum(pg[2], [ph, pf], '政府采购决算 = 货物 + 服务');
    d._t09 = { a, gl, ga, pg };
    return [['“三公”经费合计', ...a, '无因公出国（境）及公务用车'], ['其中：公务接待费', ...c, ''], ['公用经费', gl, gb, ga, ''], ['政府采购', ...pg, ['其中货物', ph, '、服务', pf]], ['编制数（名）', '28', '28', '28', ''], ['在职人数（人）', '27', '27', '26', '1人退休']];
  })() });
  const A = d._t09;
  const sgc = d.w(W('0.14'), { pre: '减少' }), sgr = d.pc(W('0.14'), W('0.56'), { pre: '下降' });
  const s42 = d.w(W('0.42')), g96 = d.w(W('96.84'));
  d.p`“三公”经费仅为公务接待费，2024年决算${s42}，较上年${sgc}，${sgr}；公用经费较上年的${g96}有所下降，主要是馆舍空调系统节能改造后电费支出减少。`;
  d.eq(s42, A.a[2], '正文三公 = 基础表'); d.chg(sgc, A.a[2], A.a[0], '三公减少额'); d.chgr(sgr, A.a[2], A.a[0], '三公下降率'); d.eq(g96, A.gl, '上年公用经费 = 基础表');
  d.h1`三、部门整体支出绩效情况`;
  const dg = d.num('38.6万人次', ''), dg0 = d.num('33.2万人次', ''), dgr = d.pc(386 - 332, 332, { pre: '增长' }), xc = d.num('2.86万册', ''), xcp = d.yq(W('126.40'), 28600), tw = d.w(W('126.40'));
  d.p`全年接待到馆读者${dg}，较上年的${dg0}${dgr}；外借图书${d.x('21.47万册次', '外借量')}；开展阅读推广活动${d.n(312, '场次')}，其中面向少年儿童的活动${d.n(146, '场次')}。新增纸质馆藏${xc}，图书文献购置支出${tw}，平均每册购置成本${xcp}，低于同期图书平均定价水平。数字图书馆全年访问量超过${d.x('120万次', '约数')}，“芸山书房”等${d.n(3, '个', { cn: true })}城市书房实现智能化借还。`;
  d.chgr(dgr, dg, dg0, '到馆读者增长率'); d.ratio(xcp, tw, xc, '每册购置成本 = 购置支出 ÷ 新增册数'); d.eq(tw, t1.rows[1].f.e, '正文购置支出 = 表1');
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false });
  scoreTable(d, { caption: '表3  部门整体支出绩效自评表', txt: 'tab', totalS: 9918, groups: [
    { l1: '投入', rows: [
      { l2: '预算配置', l3: '在职人员控制率', t: '≤100%', a: '92.86%', w: 500, s: 500 },
      { l2: '预算配置', l3: '“三公”经费变动率', t: '≤0', a: '-25.00%', w: 500, s: 500 }] },
    { l1: '过程', rows: [
      { l2: '预算执行', l3: '预算执行率', t: '100%', a: zxl, w: 1000, s: 968, srate: true },
      { l2: '预算管理', l3: '政府采购规范性', t: '规范', a: '规范', w: 500, s: 500 },
      { l2: '资产管理', l3: '资产账实相符率', t: '100%', a: '100%', w: 500, s: 500 }] },
    { l1: '产出', rows: [
      { l2: '数量', l3: '到馆读者人次', t: '≥35万人次', a: '38.6万人次', w: 1000, s: 1000 },
      { l2: '数量', l3: '阅读推广活动场次', t: '≥300场次', a: '312场次', w: 1000, s: 1000 },
      { l2: '数量', l3: '新增纸质馆藏', t: '≥3万册', a: '2.86万册', w: 1000, s: prop(1000, 2.86, 3, 1), note: '书价上涨，按预算控制采购量' },
      { l2: '时效', l3: '新书上架周期', t: '≤30天', a: '21天', w: 1000, s: 1000 },
      { l2: '成本', l3: '每册平均购置成本', t: '≤48元', a: '44.20元', w: 1000, s: 1000 }] },
    { l1: '效益', rows: [
      { l2: '社会效益', l3: '乡镇分馆通借通还覆盖率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '满意度', l3: '读者满意度', t: '≥90%', a: '95.2%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(zxl, fr, '自评表执行率 = 正文');
  d.h1`四、存在的问题`;
  d.p`一是新增馆藏未达到年度目标，受图书定价上涨影响，在预算总额不变的情况下采购册数有所减少；二是乡镇分馆服务效能不均衡，部分分馆开放时间不足、图书更新较慢；三是免费开放补助项目年中压减后，部分活动经费安排偏紧，预算编制的前瞻性有待提高。`;
  d.h1`五、下一步改进措施`;
  d.p`一是优化文献采购结构，通过馆配招标、复本控制等方式提高资金使用效率，确保馆藏增长目标实现；二是建立分馆运行考核制度，推动图书资源在总分馆之间定期流转；三是加强预算编制与年度工作计划的衔接，合理测算免费开放活动经费需求，进一步提升公共文化服务供给质量和效益。`;
});

// ===== 10 项目 · 农村供水 · txt（空格对齐表格） · 财务人员短句 =====
def({ no: '10', slug: 'xiuxi-nongcun-gongshui', fmt: 'txt', kind: '项目支出', sector: '水利（农村供水）', voice: '财务人员', org: '萸岭县水利局', style: { table: 'space', blank: true },
  title: '萸岭县岫溪片区农村供水保障工程2024年度项目支出绩效自评报告' }, (d) => {
  d.h1`一、项目基本情况`;
  d.p`项目名称：岫溪片区农村供水保障工程。主管部门：萸岭县水利局。实施单位：县农村供水管理站。`;
  d.p`建设内容：新建和改造配水管网，岫溪水厂净水工艺提标改造，水质检测能力和供水信息化建设，入户工程配套。`;
  d.p`年度目标：完成管网建设${d.x('45公里', '目标值')}以上；水厂出厂水水质达标率100%；片区自来水普及率达到96%以上。`;
  d.h1`二、项目资金使用及管理情况`;
  const b0 = W('860.00'), add = W('420.00'), b1 = b0 + add, ex = W('1251.36');
  const f0 = d.w(b0), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`1.预算安排。年初预算${f0}。年中省级水利发展资金追加${fa}。全年预算${f1}。`;
  d.p`2.资金执行。全年支出${fe}，执行率${fr}，结余${fb}。结余原因：水厂设备采购中标价低于控制价。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  d.p`3.支出明细（单位：万元）`;
  const it = [['配水管网', W('786.24')], ['水厂提标改造', W('318.50')], ['水质检测及信息化', W('86.42')], ['入户工程', W('60.20')]];
  const t1 = gridTable(d, { name: '支出明细', total: '合计', cols: [{ key: 'name', h: '支出内容', k: 'text' }, { key: 'e', h: '金额', k: 'w', sum: true }, { key: 's', h: '占比', k: 'pc', of: ['e', '@e'], dec: 1, nu: false }], rows: it.map(([name, e]) => ({ name, e })) });
  d.eq(t1.total.f.e, fe, '支出明细合计 = 正文支出');
  d.p`4.资金管理。工程款按进度拨付，预留3%质保金。设备采购走政府采购程序。项目资金专账核算。`;
  d.h1`三、项目绩效情况`;
  const gw = d.num('46.8公里', ''), gwc = d.w(W('786.24')), gwp = d.wq(W('786.24') * 10, 468);
  d.p`（一）产出`;
  d.p`新建改造管网${gw}。管网支出${gwc}，每公里造价${gwp}。水厂日供水能力由${d.x('0.8万吨', '改造前能力')}提高到${d.x('1.2万吨', '改造后能力')}。新装智能水表${d.n(2140, '块', { sep: true })}。`;
  d.ratio(gwp, gwc, gw, '每公里造价 = 管网支出 ÷ 管网长度'); d.eq(gwc, t1.rows[0].f.e, '正文管网支出 = 明细');
  const hs = d.n(7412, '户', { sep: true }), hj = d.yq(ex, 7412, { sep: true }), fe2 = d.w(ex, { sep: true });
  d.p`受益人口${d.x('2.36万人', '人口数，与户数无直接比例')}，受益${hs}。按全年支出${fe2}计算，户均投入${hj}。`;
  d.ratio(hj, fe2, hs, '户均投入 = 支出 ÷ 受益户数'); d.eq(fe2, fe, '复述支出一致');
  d.err(hj, '1,526.40元', 'a', d.rels[d.rels.length - 2], '户均投入沿用上年报告数（上年受益6,985户），与本年1,251.36万元 ÷ 7,412户 不符');
  const pj = d.pcs('96.5'), pj0 = d.pcs('93.1'), pjp = d.num('3.4个百分点', '');
  d.p`（二）效益`;
  d.p`片区自来水普及率${pj}，上年${pj0}，提高${pjp}。出厂水水质达标率100%。全年未发生区域性停水事件。`;
  d.pp(pjp, pj, pj0, '普及率提高百分点');
  d.p`（三）满意度`;
  d.p`入户抽查${d.n(320, '户')}，满意${d.n(301, '户')}，满意度${d.pc(301, 320, { dec: 1 })}。`;
  d.ratio(d.figs[d.figs.length - 1], d.figs[d.figs.length - 2], d.figs[d.figs.length - 3], '满意度 = 满意户数 ÷ 抽查户数');
  d.p`（四）自评得分`;
  const ft = fundTable(d, { unit: '单位：万元', rows: [
    { name: '年度资金总额', b0, b1, ex }, { name: '当年财政拨款', b0: W('760.00'), b1: W('1180.00'), ex: W('1156.16') }, { name: '上年结转资金', b0: W('100.00'), b1: W('100.00'), ex: W('95.20') }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '新建改造管网长度', t: '≥45公里', a: '46.8公里', w: 2000, s: 2000 },
      { l2: '质量指标', l3: '工程验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '主体工程完工时间', t: '11月底前', a: '11月20日', w: 1000, s: 1000 },
      { l2: '成本指标', l3: '管网每公里造价', t: '≤17.5万元', a: '16.80万元', w: 1000, s: 1000 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '片区自来水普及率', t: '≥96%', a: '96.5%', w: 1500, s: 1500 },
      { l2: '社会效益指标', l3: '出厂水水质达标率', t: '100%', a: '100%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '受益群众满意度', t: '≥95%', a: '94.1%', w: 1000, s: prop(1000, 94.1, 95), note: '部分用户反映水压不稳' }] }];
  const tot = ft.rows[0].sHund + sumv(g.flatMap((x) => x.rows.map((r) => r.s)));
  const st = scoreTable(d, { extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, totalS: tot, tdec: 2, groups: g, gradeInTable: '优' });
  d.p`自评总分${d.sc(tot, { u: '分' })}。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文总分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.管网末梢水压不稳，高峰时段部分高处农户出水不足。2.满意度94.1%，未达到95%的目标。3.追加资金下达较晚，入户工程集中在四季度施工。`;
  d.h1`五、改进措施`;
  d.p`1.在高位片区增设${d.n(2, '座', { cn: true })}加压泵站。2.建立用户报修48小时响应制度。3.提前做好项目储备，上级资金到位后即可开工。`;
});

// ===== 11 转移支付 · 校舍维修 · txt（制表符表格） · 公文写手 =====
def({ no: '11', slug: 'yanhu-xiaoshe-weixiu', fmt: 'txt', kind: '转移支付', sector: '教育（校舍维修）', voice: '公文写手', org: '砚湖市教育局', style: { indent: '　　', table: 'tab', blank: false },
  title: '砚湖市2024年度中小学校舍维修改造补助资金绩效自评报告' }, (d) => {
  d.p`按照《砚湖市市级财政专项资金绩效管理办法》和市财政局关于开展2024年度绩效自评工作的部署，市教育局组织各县（区）教育部门对中小学校舍维修改造补助资金进行了自评，现将有关情况报告如下。`;
  d.h1`一、资金基本情况`;
  const zy = W('1120.00'), sj = W('480.00'), tot = zy + sj;
  const ft = d.w(tot, { fw: true }), fzy = d.w(zy, { sep: true }), fsj = d.w(sj);
  d.p`2024年，中央和省级财政共下达我市中小学校舍维修改造补助资金${ft}，其中中央资金${fzy}、省级资金${fsj}。市教育局会同市财政局按照各县（区）在校生规模、校舍面积、危旧校舍鉴定结果等因素测算分配，于4月底前全部下达${d.n(4, '个', { cn: true })}县（区）。`;
  d.sum(ft, [fzy, fsj], '补助资金 = 中央 + 省级');
  d.err(fsj, '408.00万元', 'd', d.rels[d.rels.length - 1], '省级资金480.00误录为408.00，中央与省级之和不再等于1600.00万元');
  d.p`资金主要用于中小学校舍及附属设施的维修改造、抗震加固和消防设施改造，年度目标为：完成校舍维修面积${d.x('5.5万平方米', '目标面积')}以上，消除C、D级危房，维修工程验收合格率100%。`;
  d.h1`二、资金分配和使用情况`;
  const cs = [['乔溪县', '520.00', '508.64', 18420], ['渚口县', '436.00', '429.75', 15260], ['蕖塘县', '384.50', '371.20', 13980], ['苡川区', '259.50', '257.06', 9340]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）资金使用情况', unit: '单位：万元、平方米、元', total: '合计', cols: [
    { key: 'name', h: '县（区）', k: 'text' }, { key: 'b', h: '下达资金', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] },
    { key: 'm', h: '维修面积', k: 'n', sum: true, unit: '平方米', sep: true }, { key: 'p', h: '每平方米投入', k: 'per', of: ['e', 'm'], unit: '元' }],
    rows: cs.map(([name, b, e, m]) => ({ name, b: W(b), e: W(e), m })) });
  const TV = t1.totalVal, T = t1.total.f;
  const pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b), py = d.y(TV.e, { dec: 0, sep: true });
  d.p`截至2024年12月31日，各县（区）累计支出补助资金${pe}，执行率${pr}，按国库集中支付系统统计，拨付到项目学校的资金共计${py}。未支付部分主要为工程质保金，将在质保期满后支付。`;
  d.eq(pe, T.e, '正文支出 = 表1合计'); d.ratio(pr, T.e, T.b, '执行率 = 合计支出 ÷ 合计下达'); d.eq(py, pe, '元口径 = 万元口径'); d.eq(T.b, ft, '表1下达合计 = 正文补助资金');
  d.p`在资金管理方面，各县（区）严格执行校舍维修改造项目库管理制度，项目实施前须经专业机构鉴定并公示，工程实行招投标和监理制度，竣工后由教育、财政、住建部门联合验收，确保了资金使用安全规范。`;
  d.h1`三、绩效目标完成情况`;
  const mj = d.num('5.70万平方米', ''), xx = d.n(86, '所'), wf = d.n(12, '栋');
  d.p`（一）产出方面。全年共完成校舍维修改造面积${mj}，涉及中小学校${xx}，其中抗震加固${d.x('2.1万平方米', '分项面积，未全列，不构成合计关系')}，更新改造消防设施${d.n(23, '所')}学校；排查鉴定出的${wf}C级危房全部完成加固或拆除，维修工程竣工验收合格率100%。`;
  d.eq(mj, T.m, '正文维修面积 = 表1合计');
  const pm = d.yq(TV.e, TV.m);
  d.p`（二）成本方面。全市维修改造平均每平方米投入${pm}，低于省定${d.x('300元', '省定参考标准')}的参考标准，其中渚口县以外墙和屋面防水为主，单位投入相对较高。`;
  d.eq(pm, T.p, '正文每平方米投入 = 表1合计');
  d.p`（三）效益方面。通过维修改造，受益学生${d.x('约6.8万人', '约数')}，校园安全隐患得到有效消除，全年未发生因校舍质量引发的安全事故。经问卷调查，师生及家长满意度为93.2%。`;
  const st = scoreTable(d, { caption: '表2  绩效自评表', txt: 'tab', cols: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], totalS: 9959,
    execRow: { w: 1000, s: 979, rateFig: d.pcs(pr.lit.replace('%', ''), { nu: false }), t: '100%' }, groups: [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '校舍维修改造面积', t: '≥5.5万平方米', a: '5.70万平方米', w: 2000, s: 2000 },
      { l2: '质量指标', l3: '维修工程验收合格率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '时效指标', l3: '资金下达及时率', t: '100%', a: '100%', w: 500, s: 500 },
      { l2: '成本指标', l3: '每平方米平均投入', t: '≤300元', a: pm.lit, w: 1000, s: 1000 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: 'C级危房消除率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '校舍安全事故发生数', t: '0起', a: '0起', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '师生及家长满意度', t: '≥95%', a: '93.2%', w: 1000, s: prop(1000, 93.2, 95) }] }], gradeInTable: '优' });
  d.eq(st.execRate, pr, '自评表执行率 = 正文');
  d.h1`四、存在的问题`;
  d.p`一是部分县（区）项目前期工作准备不充分，鉴定、设计、招标等环节耗时较长，工程集中在暑期实施，施工组织压力大；二是个别学校维修改造后日常维护经费不足，存在“重维修、轻管护”现象；三是满意度调查样本以城区学校为主，农村学校覆盖不够。`;
  d.h1`五、改进措施和结果应用`;
  d.p`一是督促各县（区）提前一年做好项目储备和前期工作，确保资金下达后能够及时开工；二是推动将校舍日常维护经费纳入学校公用经费统筹安排；三是扩大满意度调查覆盖范围。自评结果将作为2025年度资金分配的重要因素，对执行率低于95%的县（区）相应调减分配额度。`;
});

// ===== 12 部门 · 交通运输 · txt（制表符） · 公文写手，得分“良” =====
def({ no: '12', slug: 'lingdu-jiaotong-bumen', fmt: 'txt', kind: '部门整体支出', sector: '交通运输（公路）', voice: '公文写手', org: '菱渡县交通运输局', style: { indent: '　　', table: 'tab', blank: true },
  title: '菱渡县交通运输局2024年度部门整体支出绩效自评报告' }, (d) => {
  d.h1`一、部门基本情况`;
  d.p`县交通运输局主要负责全县公路、水路交通运输行业管理，承担农村公路建设养护、道路运输和交通综合执法等职责。局机关内设${d.n(6, '个', { cn: true })}股室，下属公路建设养护中心、交通运输综合行政执法大队${d.n(2, '个', { cn: true })}事业单位。`;
  const bz1 = d.n(18, '名'), bz2 = d.n(38, '名'), bz = d.n(56, '名'), zz = d.n(51, '人'), kz = d.pc(51, 56);
  d.p`2024年末核定编制${bz}（行政编制${bz1}、事业编制${bz2}），在职人员${zz}，人员控制率${kz}；另聘用养护道班临时人员${d.x('43人', '临时人员，不计入控制率')}。`;
  d.sum(bz, [bz1, bz2], '编制 = 行政 + 事业'); d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h1`二、部门整体支出情况`;
  const b0 = W('6482.30'), add = W('1315.00'), cut = W('214.60'), b1 = b0 + add - cut, ex = W('6894.21');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add, { sep: true }), fc = d.w(cut), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`（一）预算调整及执行。2024年度年初预算${f0}，年中上级追加农村公路建设养护和危桥改造补助${fa}，按县政府要求压减一般性支出${fc}，调整后全年预算${f1}。全年实际支出${fe}，预算执行率${fr}，年末结转${fb}，主要为危桥改造项目受汛期影响未能按期完工，相应工程款结转至2025年支付。`;
  d.sum(f1, [f0, fa, fc], '全年预算 = 年初 + 追加 − 压减', [1, 1, -1]); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结转 = 全年预算 − 支出', [1, -1]);
  const ry = W('1247.90'), gy = W('188.68'), jb = ry + gy;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy), fxm = d.w(ex - jb, { sep: true });
  d.p`（二）支出结构。基本支出${fjb}，其中人员经费${fry}、公用经费${fgy}；项目支出${fxm}，各项目执行情况见表1。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员 + 公用'); d.sum(fe, [fjb, fxm], '支出 = 基本 + 项目');
  const prj = [['农村公路养护', '2160.00', '2086.45'], ['危桥改造', '1580.00', '1312.70'], ['公路安全生命防护工程', '960.00', '902.36'], ['城乡客运运营补贴', '620.00', '620.00'], ['交通综合执法及其他', '540.00', '536.12']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  项目支出执行情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'b', h: '全年预算', k: 'w', sum: true, sep: true }, { key: 'e', h: '实际支出', k: 'w', sum: true, sep: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] }],
    rows: prj.map(([name, b, e]) => ({ name, b: W(b), e: W(e) })) });
  d.eq(t1.total.f.e, fxm, '表1合计 = 正文项目支出');
  const sg = gridTable(d, { name: '表2', caption: '表2  “三公”经费及政府采购情况', unit: '单位：万元', total: '“三公”经费合计', totalPos: 'top', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'l', h: '2023年决算', k: 'w', sum: true }, { key: 'b', h: '2024年预算', k: 'w', sum: true }, { key: 'a', h: '2024年决算', k: 'w', sum: true }],
    rows: [{ name: '因公出国（境）费', l: 0, b: 0, a: 0 }, { name: '公务用车购置及运行维护费', l: W('42.30'), b: W('45.00'), a: W('39.86') }, { name: '公务接待费', l: W('3.12'), b: W('3.50'), a: W('2.74') }] });
  const T = sg.total.f; const fsc = d.w(W('45.42') - W('42.60'), { pre: '减少' }), fsr = d.pc(W('2.82'), W('45.42'), { pre: '下降' });
  d.p`（三）“三公”经费。“三公”经费较上年${fsc}，${fsr}，其中公务用车购置及运行维护费主要用于交通执法和路政巡查车辆，车辆编制内运行。`;
  d.chg(fsc, T.a, T.l, '三公减少额'); d.chgr(fsr, T.a, T.l, '三公下降率');
  const gc = W('2846.30'), gh = W('64.20'), gf = W('312.75');
  const fg = d.w(gc + gh + gf, { sep: true }), fgc = d.w(gc, { sep: true }), fgh = d.w(gh), fgf = d.w(gf);
  d.p`（四）政府采购。全年政府采购${fg}，其中工程类${fgc}、货物类${fgh}、服务类${fgf}，工程类主要为危桥改造和安防工程施工。`;
  d.sum(fg, [fgc, fgh, fgf], '政府采购 = 工程 + 货物 + 服务');
  d.h1`三、部门整体支出绩效情况`;
  const wq = d.n(14, '座'), wqw = d.n(11, '座'), wqr = d.pc(11, 14);
  d.p`全年完成农村公路日常养护${d.n(1286, '公里', { sep: true })}，优良中等路率达到${d.x('82.4%', '路况指标')}；实施公路安全生命防护工程${d.num('158.6公里', '')}；危桥改造计划${wq}，完成${wqw}，完成率${wqr}，其余三座因汛期河道水位持续偏高，桩基施工推迟；城乡客运班线${d.x('46条', '班线数')}正常运营，建制村通客车率保持100%。`;
  d.ratio(wqr, wqw, wq, '危桥改造完成率 = 完成 ÷ 计划');
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false }), wqr2 = d.pcs(wqr.lit.replace('%', ''), { nu: false });
  const g = [
    { l1: '投入', rows: [
      { l2: '预算配置', l3: '在职人员控制率', t: '≤100%', a: '91.07%', w: 500, s: 500 },
      { l2: '预算配置', l3: '“三公”经费变动率', t: '≤0', a: '下降6.21%', w: 500, s: 500 }] },
    { l1: '过程', rows: [
      { l2: '预算执行', l3: '预算执行率', t: '100%', a: zxl, w: 2000, s: 1818, srate: true, note: '危桥改造工程款结转' },
      { l2: '预算管理', l3: '资金使用合规性', t: '合规', a: '合规', w: 500, s: 500 },
      { l2: '资产管理', l3: '资产管理规范性', t: '规范', a: '基本规范', w: 500, s: 300, note: '部分养护机械未及时登记入账' }] },
    { l1: '产出', rows: [
      { l2: '数量', l3: '农村公路养护里程', t: '≥1280公里', a: '1286公里', w: 1000, s: 1000 },
      { l2: '数量', l3: '危桥改造完成率', t: '100%', a: wqr2, w: 1500, s: 1179, note: '汛期影响，3座结转' },
      { l2: '质量', l3: '安防工程验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效', l3: '客运补贴按季拨付率', t: '100%', a: '100%', w: 500, s: 500 }] },
    { l1: '效益', rows: [
      { l2: '社会效益', l3: '建制村通客车率', t: '100%', a: '100%', w: 500, s: 500 },
      { l2: '社会效益', l3: '一般及以上道路运输安全事故', t: '0起', a: '1起', w: 500, s: 0, note: '发生1起一般事故，不得分' },
      { l2: '满意度', l3: '群众出行满意度', t: '≥90%', a: '88.0%', w: 1000, s: 978, note: '偏远村客运班次偏少' }] }];
  const st = scoreTable(d, { caption: '表3  部门整体支出绩效自评表', txt: 'tab', groups: g });
  d.eq(zxl, fr, '自评表执行率 = 正文'); d.eq(wqr2, wqr, '自评表危桥完成率 = 正文');
  const pt = d.sc(st.totalH, { u: '分' }), pg = d.g('良');
  d.p`经自评，我局2024年度部门整体支出绩效得分${pt}，等级为“${pg}”。扣分主要集中在预算执行率、危桥改造进度和安全生产三个方面。`;
  d.eq(pt, st.ts, '正文得分 = 自评表'); d.grade(pg, pt, '正文等级与得分相符');
  d.err(pg, '优', 'g', d.rels[d.rels.length - 1], `总分${pt.lit}应为“良”，正文等级却写“优”（沿用往年等级表述）`);
  d.h1`四、存在的问题及原因`;
  d.p`一是项目前期工作不扎实。危桥改造项目地质勘察和设计审查耗时较长，开工时间推迟到汛期，造成部分项目跨年。二是安全监管存在薄弱环节。全年发生一般道路运输安全事故${d.n(1, '起', { cn: true })}，暴露出对小型客运企业的动态监控不到位。三是资产管理有待加强，部分养护机械设备未及时登记入账。`;
  d.h1`五、改进措施`;
  d.p`一是将项目前期工作前移，危桥改造等工程原则上在汛期前完成下部结构施工；二是落实客运企业安全生产主体责任，完善车辆动态监控平台，开展常态化隐患排查；三是开展资产清查，建立养护机械设备台账，确保账实相符。同时，将本次自评发现的问题纳入2025年度预算编制和项目安排统筹考虑。`;
});

// ===== 13 转移支付 · 基层医疗 · txt（空格对齐） · 模型腔，带小结 =====
def({ no: '13', slug: 'hengshui-jiceng-yiliao', fmt: 'txt', kind: '转移支付', sector: '医疗卫生（基层）', voice: '模型起草腔', org: '蘅水市卫生健康委员会', style: { table: 'space', blank: true, indent: '　　' },
  title: '蘅水市2024年度基层医疗卫生机构能力建设补助资金绩效自评报告' }, (d) => {
  d.p`为全面反映基层医疗卫生机构能力建设补助资金的使用成效，市卫生健康委员会按照市财政局统一部署，组织各县（区）对2024年度补助资金开展了绩效自评。总体来看，资金分配合理、拨付及时，基层医疗卫生服务能力得到持续提升。`;
  d.h1`一、资金概况`;
  const zy = W('1500.00'), sj = W('650.00'), shi = W('200.00'), tot = zy + sj + shi;
  const ft = d.w(tot, { fw: true }), fzy = d.w(zy, { sep: true }), fsj = d.w(sj), fsh = d.w(shi);
  d.p`2024年，全市共安排基层医疗卫生机构能力建设补助资金${ft}，其中中央补助${fzy}、省级补助${fsj}、市级配套${fsh}。资金主要用于乡镇卫生院和村卫生室的医疗设备配置、业务用房修缮、基层卫生人才培训以及远程医疗服务体系运行。`;
  d.sum(ft, [fzy, fsj, fsh], '补助资金 = 中央 + 省级 + 市级');
  d.h1`二、资金分配及使用情况`;
  const cs = [['岚溪县', '612.00', '596.38', 14, 186], ['荇洲县', '548.00', '531.20', 12, 164], ['蒲陂县', '496.00', '489.64', 11, 152], ['槿安县', '418.00', '395.47', 9, 128], ['柘湾区', '276.00', '268.78', 6, 74]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）资金分配及使用情况', unit: '单位：万元、个', total: '合计', cols: [
    { key: 'name', h: '县（区）', k: 'text' }, { key: 'b', h: '分配资金', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'r', h: '执行率', k: 'pc', of: ['e', 'b'], nu: false },
    { key: 'w', h: '卫生院', k: 'n', sum: true, unit: '个' }, { key: 'c', h: '村卫生室', k: 'n', sum: true, unit: '个' }],
    rows: cs.map(([name, b, e, w, c]) => ({ name, b: W(b), e: W(e), w, c })) });
  const TV = t1.totalVal, T = t1.total.f;
  const pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b);
  d.p`资金按照各县（区）服务人口、机构数量和上年绩效评价结果等因素分配，全部于6月底前下达。截至2024年末，各县（区）实际支出${pe}，整体执行率${pr}。槿安县执行率相对较低，主要是部分设备采购合同尾款需在验收满一年后支付。`;
  d.eq(pe, T.e, '正文支出 = 表1合计'); d.ratio(pr, T.e, T.b, '执行率 = 合计支出 ÷ 合计分配'); d.eq(T.b, ft, '表1分配合计 = 资金总额');
  const sb = W('1186.42'), xs = W('512.36'), px = W('348.90'), yc = TV.e - sb - xs - px;
  const fsb = d.w(sb, { sep: true }), fxs = d.w(xs), fpx = d.w(px), fyc = d.w(yc), pe2 = d.w(TV.e, { sep: true });
  d.p`从支出方向看，${pe2}中，医疗设备配置${fsb}，业务用房修缮${fxs}，基层卫生人才培训${fpx}，远程医疗服务运行${fyc}。`;
  d.sum(pe2, [fsb, fxs, fpx, fyc], '支出方向之和 = 实际支出'); d.eq(pe2, pe, '复述支出一致');
  d.h1`三、绩效目标实现情况`;
  const ws = d.n(TV.w, '个'), cs2 = d.n(TV.c, '个'), pxn = d.n(1860, '人次', { sep: true }), pxa = d.yq(px, 1860), fpx2 = d.w(px);
  d.p`（一）产出。项目覆盖乡镇卫生院${ws}、村卫生室${cs2}，为基层机构配置数字化X光机、全自动生化分析仪等设备${d.x('400余台（套）', '约数')}；修缮业务用房${d.num('3.26万平方米', '')}；培训基层卫生人员${pxn}，培训支出${fpx2}，人均培训费用${pxa}。`;
  d.eq(ws, T.w, '卫生院数 = 表1合计'); d.eq(cs2, T.c, '村卫生室数 = 表1合计'); d.ratio(pxa, fpx2, pxn, '人均培训费用 = 培训支出 ÷ 培训人次'); d.eq(fpx2, fpx, '复述培训支出一致');
  const jz = d.pcs('66.3'), jz0 = d.pcs('63.8'), jzp = d.num('2.5个百分点', '');
  d.p`（二）效益。基层医疗卫生机构诊疗量占比达到${jz}，较上年的${jz0}提高${jzp}；远程心电、远程影像服务覆盖全部乡镇卫生院，全年开展远程诊断${d.x('5.2万例', '服务量')}，有效减少了群众跨区域就医。`;
  d.pp(jzp, jz, jz0, '基层诊疗量占比提高百分点');
  d.p`（三）满意度。第三方抽样调查显示，基层群众就医满意度为92.7%，基层医务人员对培训工作的满意度为95.1%。`;
  d.table({ caption: '表2  主要绩效指标完成情况', head: [['指标名称', '年度目标', '实际完成', '是否完成']], rows: [
    ['覆盖乡镇卫生院数', '52个', '52个', '是'], ['培训基层卫生人员', '≥1800人次', '1,860人次', '是'], ['资金执行率', '≥95%', pr.lit, '是'], ['基层诊疗量占比', '≥65%', '66.3%', '是'], ['群众就医满意度', '≥90%', '92.7%', '是']] });
  d.h1`四、存在的问题`;
  d.p`一是部分县（区）设备配置与实际需求衔接不够，个别村卫生室设备使用频次偏低；二是基层卫生人才“招不来、留不住”问题依然存在，培训成果转化为服务能力的机制有待完善；三是资金支出进度不均衡，下半年支出占比偏高。`;
  d.h1`五、改进措施`;
  d.p`下一步，将坚持需求导向，建立设备配置前的需求论证和使用后的效益评估机制；推动县域医共体内人员柔性流动，提升基层岗位吸引力；加强资金执行动态监控，按季度通报执行进度，持续提升资金使用效益。`;
  d.h1`六、自评结论`;
  const se = d.w(TV.e, { sep: true }), sb2 = d.w(TV.b, { sep: true }), sr = d.pcs(pr.lit.replace('%', ''));
  d.p`综上所述，2024年全市基层医疗卫生机构能力建设补助资金${sb2}已全部分配下达，实际支出${se}，执行率${sr}，年度绩效目标全面完成，自评等级为“优”。`;
  d.eq(sb2, ft, '结论分配数 = 正文'); d.eq(se, pe, '结论支出 = 正文'); d.eq(sr, pr, '结论执行率 = 正文');
  d.err(se, '2,218.47万元', 'f', d.rels[d.rels.length - 2], '结论段复述的实际支出与正文及表1合计2,281.47万元不符');
  d.line`蘅水市卫生健康委员会`;
  d.line`2025年3月`;
});

// ===== 14 项目 · 高标准农田 · txt（制表符） · 财务人员 =====
def({ no: '14', slug: 'weipu-gaobiaozhun-nongtian', fmt: 'txt', kind: '项目支出', sector: '农田建设', voice: '财务人员', org: '苇浦县农业农村局', style: { table: 'tab', blank: false },
  title: '苇浦县2024年度高标准农田建设项目绩效自评报告' }, (d) => {
  d.h1`一、项目概况`;
  d.p`（一）项目基本信息。项目建设地点涉及县内${d.n(5, '个', { cn: true })}乡镇${d.n(23, '个')}行政村，建设规模${d.x('2.4万亩', '计划面积，实际2.46万亩')}，主管部门为县农业农村局，实施单位为县农田建设管理站。`;
  const mt = d.num('2.4万亩', '');
  d.p`（二）绩效目标。建成高标准农田${mt}；工程验收合格率100%；项目区粮食平均亩产达到480公斤以上；受益农户满意度90%以上。`;
  d.h1`二、资金使用及管理情况`;
  const zy = W('2100.00'), sj = W('700.00'), xj = W('400.00'), b0 = zy + sj + xj, add = W('600.00'), b1 = b0 + add, ex = W('3690.00');
  const f0 = d.w(b0, { sep: true }), fzy = d.w(zy, { sep: true }), fsj = d.w(sj), fxj = d.w(xj), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1);
  d.p`（一）资金到位。年初预算${f0}，其中中央资金${fzy}、省级资金${fsj}、县级配套${fxj}。8月省级追加${fa}。全年预算${f1}，资金全部到位。`;
  d.sum(f0, [fzy, fsj, fxj], '年初预算 = 中央 + 省级 + 县级'); d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加');
  d.p`（二）资金支出。全年支出${fe}，执行率${fr}。未支出部分为工程质保金和部分监理费，按合同约定在质保期满后支付。`;
  d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算');
  const it = [['土壤改良', '612.40'], ['灌溉与排水', '1486.75'], ['田间道路', '798.30'], ['农田防护与生态环境保护', '356.25'], ['农田输配电', '286.30'], ['勘测设计、监理及其他', '150.00']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  按工程类型支出情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '工程类型', k: 'text' }, { key: 'e', h: '支出金额', k: 'w', sum: true, sep: true }, { key: 's', h: '占比（%）', k: 'pc', of: ['e', '@e'], dec: 2 }],
    rows: it.map(([name, e]) => ({ name, e: W(e) })) });
  d.eq(t1.total.f.e, fe, '表1合计 = 正文支出');
  d.p`（三）资金管理。项目资金实行县级报账制，按工程进度拨付，拨付前须经监理签证、乡镇审核和县农田建设管理站复核。项目竣工决算经第三方审计。`;
  d.h1`三、项目绩效情况`;
  const mj = d.num('2.46万亩', ''), mjr = d.pcs('102.5', { pre: '' }), mjt = d.yq(ex, 24600, { sep: true }), fe2 = d.w(ex, { sep: true });
  d.p`（一）产出。建成高标准农田${mj}，完成目标的${mjr}。新建及改造渠道${d.num('42.6公里', '')}、田间道路${d.num('38.2公里', '')}，新打机井${d.n(64, '眼')}，架设输电线路${d.num('11.5公里', '')}。按全年支出${fe2}测算，亩均投入${mjt}，与省定${d.x('1,500元左右', '省定标准，与实际数恰好相同但语义不同')}的标准基本持平。`;
  d.ratio(mjt, fe2, mj, '亩均投入 = 支出 ÷ 建成面积'); d.ratio(mjr, mj, mt, '完成率 = 实际面积 ÷ 目标面积'); d.eq(fe2, fe, '复述支出一致');
  const mc = d.num('492公斤', ''), mc0 = d.num('440公斤', ''), mcc = d.num('52公斤', '', { pre: '增加' }), mcr = d.pc(52, 440, { pre: '增长' });
  d.p`（二）效益。经测产，项目区粮食平均亩产${mc}，上年${mc0}，较上年${mcc}，${mcr}，达到年度目标。灌溉保证率由${d.x('65%', '建设前')}提高到${d.x('85%', '建设后')}，新增节水能力${d.x('约120万立方米', '约数')}。`;
  d.chg(mcc, mc, mc0, '亩产增加量'); d.chgr(mcr, mc, mc0, '亩产增长率 = (本年 − 上年) ÷ 上年');
  d.err(mcr, '下降11.82%', 'h', d.rels[d.rels.length - 1], '亩产由440公斤增至492公斤，却写成“下降11.82%”');
  d.p`（三）满意度。发放问卷${d.n(450, '份')}，回收有效问卷${d.n(432, '份')}，农户满意度93.5%。`;
  d.p`（四）自评得分。`;
  const ft = fundTable(d, { unit: '单位：万元', rows: [{ name: '年度资金总额', b0, b1, ex }, { name: '其中：财政拨款', b0, b1, ex }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '建成高标准农田面积', t: '2.4万亩', a: '2.46万亩', w: 2000, s: 2000 },
      { l2: '质量指标', l3: '工程验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '项目完工率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '成本指标', l3: '亩均财政投入', t: '≤1500元', a: '1500元', w: 1000, s: 1000 }] },
    { l1: '效益指标', rows: [
      { l2: '经济效益指标', l3: '项目区粮食平均亩产', t: '≥480公斤', a: '492公斤', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '工程设施完好率', t: '≥95%', a: '97%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '受益农户满意度', t: '≥90%', a: '93.5%', w: 1000, s: 1000 }] }];
  const st = scoreTable(d, { txt: 'tab', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, tdec: 2, groups: g, gradeInTable: '优' });
  d.p`自评总分${d.sc(st.totalH, { u: '分' })}，等级为优。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文总分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.建后管护机制不完善。管护主体多为村集体，管护经费来源不稳定。2.部分机井配套电力设施接入滞后，影响了春灌使用。3.项目区土壤改良效果需要持续跟踪。`;
  d.h1`五、改进措施`;
  d.p`1.落实“谁受益、谁管护”，推动将管护经费纳入县级预算。2.与供电部门建立项目联审机制，同步设计、同步建设。3.在项目区设立${d.n(6, '个', { cn: true })}土壤墒情和肥力监测点，连续监测三年。`;
});

// ===== 15 转移支付 · 小型水库除险加固 · txt（空格对齐） · 公文写手 =====
def({ no: '15', slug: 'liaochuan-shuiku-chuxian', fmt: 'txt', kind: '转移支付', sector: '水利（水库安全）', voice: '公文写手', org: '蓼川市水利局', style: { table: 'space', blank: false, indent: '　　', headIndent: true },
  title: '蓼川市2024年度小型水库除险加固中央补助资金绩效自评报告' }, (d) => {
  d.p`根据省水利厅、省财政厅关于做好水利发展资金绩效自评工作的通知要求，我局会同市财政局对2024年度小型水库除险加固中央补助资金的分配、使用及绩效目标完成情况开展了自评，形成报告如下。`;
  d.h1`一、基本情况`;
  const tot = W('1260.00');
  const ft = d.w(tot, { sep: true }), nk = d.n(21, '座'), per = d.wq(tot, 21);
  d.p`2024年，中央财政下达我市小型水库除险加固补助资金${ft}，用于${nk}病险小型水库的大坝防渗、溢洪道改造、放水设施更新和雨水情测报、安全监测设施建设，按照每座${per}的标准切块下达至${d.n(4, '个', { cn: true })}县（区），不足部分由县级财政统筹解决。`;
  d.ratio(per, ft, nk, '每座补助 = 补助资金 ÷ 水库座数');
  d.h1`二、资金分配及使用情况`;
  const cs = [['澹溪县', 7, '420.00', '411.36'], ['蘋川县', 5, '300.00', '296.80'], ['芰水县', 6, '360.00', '342.15'], ['荻川区', 3, '180.00', '178.24']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）资金下达及支出情况', unit: '单位：座、万元', total: '合计', cols: [
    { key: 'name', h: '县（区）', k: 'text' }, { key: 'k', h: '水库座数', k: 'n', sum: true, unit: '座' }, { key: 'b', h: '下达资金', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }],
    rows: cs.map(([name, k, b, e]) => ({ name, k, b: W(b), e: W(e) })) });
  const TV = t1.totalVal, T = t1.total.f;
  d.eq(T.b, ft, '表1下达合计 = 正文'); d.eq(T.k, nk, '表1座数合计 = 正文');
  d.err(t1.rows[2].f.e, '352.15', 'b', d.rels.find((r) => r.desc.includes('实际支出 合计')), '芰水县支出更正为352.15万元后，表1合计行仍为原合计1228.55，各县之和与合计不符');
  const pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b), pj = d.w(TV.b - TV.e);
  d.p`截至2024年12月底，各县（区）累计支出${pe}，资金执行率${pr}，尚未支付${pj}，主要是芰水县${d.n(2, '座', { cn: true })}水库的安全监测设施尚在调试，合同尾款暂未支付。`;
  d.eq(pe, T.e, '正文支出 = 表1合计'); d.ratio(pr, T.e, T.b, '执行率 = 合计支出 ÷ 合计下达'); d.sum(pj, [T.b, T.e], '未支付 = 下达 − 支出', [1, -1]);
  d.p`在资金管理上，各县（区）均设立除险加固资金专账，严格执行工程建设“四制”，资金拨付实行“项目法人申请、监理审核、水利部门复核、财政部门支付”的程序；市局组织开展了${d.n(2, '轮', { cn: true })}专项督导，未发现挤占挪用问题。`;
  d.h1`三、绩效目标完成情况`;
  d.p`（一）产出指标完成情况。${d.n(21, '座')}水库除险加固主体工程全部完工，其中${d.n(19, '座')}已通过竣工验收，其余${d.n(2, '座', { cn: true })}已完成完工验收，竣工验收将于2025年汛前完成；同步建设雨水情测报设施和大坝安全监测设施，实现${d.x('21座', '与前文座数相同，复述')}水库监测预警全覆盖。`;
  d.sum(d.figs[d.figs.length - 4], [d.figs[d.figs.length - 3], d.figs[d.figs.length - 2]], '完工座数 = 已竣工验收 + 已完工验收');
  d.p`（二）效益指标完成情况。除险加固后，${d.n(21, '座')}水库恢复设计兴利库容${d.x('约1,860万立方米', '约数')}，恢复和改善灌溉面积${d.x('3.2万亩', '面积')}，保护下游人口${d.x('4.6万人', '人口')}；2024年主汛期各水库均安全度汛，未发生垮坝和人员伤亡事故。`;
  d.p`（三）满意度指标完成情况。对受益区群众开展满意度调查，满意度为95.3%。`;
  const st = scoreTable(d, { caption: '表2  绩效自评表', cols: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], execRow: { w: 1000, s: 975, rateFig: d.pcs(pr.lit.replace('%', ''), { nu: false }) }, groups: [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '完成除险加固水库座数', t: '21座', a: '21座', w: 2000, s: 2000 },
      { l2: '质量指标', l3: '竣工验收率', t: '100%', a: '90.48%', w: 1500, s: 1357 },
      { l2: '时效指标', l3: '主体工程汛前完工率', t: '100%', a: '100%', w: 1500, s: 1500 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '垮坝及人员伤亡事故', t: '0起', a: '0起', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '监测预警设施覆盖率', t: '100%', a: '100%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '受益群众满意度', t: '≥90%', a: '95.3%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(st.execRate, pr, '自评表执行率 = 正文');
  d.h1`四、存在的问题`;
  d.p`一是个别县（区）前期工作深度不足，设计变更较多，影响了工程验收进度；二是部分水库管护人员专业能力不强，安全监测设施建成后的数据分析应用不够；三是县级配套资金到位偏慢，芰水县配套资金年底才全部到位。`;
  d.h1`五、改进措施`;
  d.p`一是严格落实初步设计审查制度，减少实施阶段设计变更；二是分批组织水库巡查管护人员开展业务培训，推动监测数据接入市级平台统一分析；三是将县级配套资金到位情况纳入年度考核，并作为下年度中央补助资金分配的调节因素。`;
});

// ===== 16 部门 · 人社 · txt（制表符） · 财务人员，表格多 =====
def({ no: '16', slug: 'lanqiao-renshe-bumen', fmt: 'txt', kind: '部门整体支出', sector: '人力资源和社会保障', voice: '财务人员', org: '澜桥县人力资源和社会保障局', style: { table: 'tab', blank: true },
  title: '澜桥县人力资源和社会保障局2024年度部门整体支出绩效自评报告' }, (d) => {
  d.h1`一、部门基本情况`;
  d.p`（一）主要职能。负责全县就业创业、社会保险、劳动关系、人事人才、劳动保障监察等工作。下属就业服务中心、社会保险服务中心、劳动人事争议仲裁院${d.n(3, '个', { cn: true })}事业单位。`;
  const bz1 = d.n(20, '名'), bz2 = d.n(44, '名'), bz = d.n(64, '名'), zz = d.n(60, '人'), kz = d.pc(60, 64);
  d.p`（二）人员情况。编制${bz}，其中行政${bz1}、事业${bz2}。在职${zz}。人员控制率${kz}。`;
  d.sum(bz, [bz1, bz2], '编制 = 行政 + 事业'); d.ratio(kz, zz, bz, '控制率 = 在职 ÷ 编制');
  d.h1`二、部门整体支出执行情况`;
  const b0 = W('2846.52'), add = W('368.96'), b1 = b0 + add, ex = W('3148.67');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`（一）总体情况。年初预算${f0}，追加${fa}，全年预算${f1}。实际支出${fe}，执行率${fr}。结余${fb}。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  const ry = W('1612.75'), gy = W('251.56'), jb = ry + gy;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy), fxm = d.w(ex - jb, { sep: true });
  d.p`（二）基本支出${fjb}。人员经费${fry}，公用经费${fgy}。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员经费 + 公用经费');
  d.err(fgy, '251.56元', 'c', d.rels[d.rels.length - 1], '公用经费“万元”误写为“元”，人员经费与公用经费之和不再等于基本支出1,864.31万元');
  d.p`（三）项目支出${fxm}。`;
  d.sum(fe, [fjb, fxm], '支出 = 基本 + 项目');
  const prj = [['就业创业服务', '400.00', '386.40'], ['社会保险经办服务', '310.00', '298.62'], ['劳动保障监察及欠薪治理', '130.00', '124.80'], ['人事考试及人才引进', '320.00', '312.54'], ['人社信息系统运维', '168.00', '162.00']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  项目支出表', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'b', h: '预算', k: 'w', sum: true }, { key: 'e', h: '支出', k: 'w', sum: true }, { key: 'r', h: '执行率（%）', k: 'pc', of: ['e', 'b'] }],
    rows: prj.map(([name, b, e]) => ({ name, b: W(b), e: W(e) })) });
  d.eq(t1.total.f.e, fxm, '表1合计 = 正文项目支出');
  const sg = gridTable(d, { name: '表2', caption: '表2  “三公”经费', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'l', h: '上年决算', k: 'w', sum: true }, { key: 'b', h: '本年预算', k: 'w', sum: true }, { key: 'a', h: '本年决算', k: 'w', sum: true }, { key: 'c', h: '增减额', k: 'chg', of: ['a', 'l'] }, { key: 'cr', h: '增减率（%）', k: 'chgr', of: ['a', 'l'], empty: '—' }],
    rows: [{ name: '因公出国（境）费', l: 0, b: 0, a: 0 }, { name: '公务用车运行维护费', l: W('7.26'), b: W('8.00'), a: W('6.84') }, { name: '公务接待费', l: W('1.48'), b: W('1.50'), a: W('1.12') }] });
  const gh = W('48.60'), gf = W('186.35');
  const fgp = d.w(gh + gf), fgh = d.w(gh), fgf = d.w(gf);
  d.p`（四）政府采购${fgp}，其中货物${fgh}，服务${fgf}，无工程类采购。`;
  d.sum(fgp, [fgh, fgf], '政府采购 = 货物 + 服务');
  d.p`（五）代管资金。全年发放城乡居民基本养老金${d.x('3.86亿元', '社保基金，不属部门预算')}，发放就业补助资金${d.x('1,026.40万元', '转移支付资金，不计入部门支出')}，均不在本部门预算支出中反映。`;
  d.h1`三、绩效情况`;
  const xj = d.n(4215, '人', { sep: true }), la = d.n(192, '件'), ja = d.n(186, '件'), jar = d.pc(186, 192);
  d.p`1.就业。城镇新增就业${xj}，目标${d.x('4,000人', '目标')}。城镇登记失业率2.9%。`;
  d.p`2.劳动维权。受理欠薪案件${la}，结案${ja}，结案率${jar}。为${d.x('1,380名', '劳动者人数')}劳动者追回工资${d.x('1,652万元', '追回工资，不是预算支出')}。`;
  d.ratio(jar, ja, la, '结案率 = 结案 ÷ 受理');
  d.p`3.人事考试。组织考试${d.n(14, '场次')}，参考${d.n(9860, '人次', { sep: true })}，零差错。`;
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false });
  const st = scoreTable(d, { caption: '表3  自评表', txt: 'tab', groups: [
    { l1: '投入', sub: true, rows: [
      { l2: '预算配置', l3: '在职人员控制率', t: '≤100%', a: '93.75%', w: 500, s: 500 },
      { l2: '预算配置', l3: '“三公”经费变动率', t: '≤0', a: '-8.92%', w: 500, s: 500 }] },
    { l1: '过程', sub: true, rows: [
      { l2: '预算执行', l3: '预算执行率', t: '100%', a: zxl, w: 1500, s: 1469, srate: true },
      { l2: '财务管理', l3: '财务制度执行', t: '规范', a: '规范', w: 500, s: 500 }] },
    { l1: '产出', sub: true, rows: [
      { l2: '数量', l3: '城镇新增就业', t: '≥4000人', a: '4215人', w: 2000, s: 2000 },
      { l2: '质量', l3: '欠薪案件结案率', t: '≥95%', a: '96.88%', w: 1000, s: 1000 },
      { l2: '质量', l3: '人事考试差错', t: '0次', a: '0次', w: 1000, s: 1000 },
      { l2: '时效', l3: '社保待遇按时发放率', t: '100%', a: '100%', w: 1000, s: 1000 }] },
    { l1: '效益', sub: true, rows: [
      { l2: '社会效益', l3: '城镇登记失业率', t: '≤3.5%', a: '2.9%', w: 1000, s: 1000 },
      { l2: '满意度', l3: '办事群众满意度', t: '≥90%', a: '92.6%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(zxl, fr, '自评表执行率 = 正文');
  d.p`自评得分${d.sc(st.totalH, { u: '分' })}。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文得分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.就业创业服务项目支出进度慢，上半年执行不到四成。2.社保经办窗口高峰期排队时间长。3.部分项目绩效目标只写定性指标。`;
  d.h1`五、改进措施`;
  d.p`1.按月调度项目支出，对进度慢的项目约谈。2.推行社保业务“网上办”“就近办”。3.2025年预算编制时，每个项目设置可量化的产出和效益指标。`;
});

// ===== 17 项目 · 农村公路 · docx（标题样式、合并表头） · 公文写手 =====
def({ no: '17', slug: 'heting-nongcun-gonglu', fmt: 'docx', kind: '项目支出', sector: '交通（农村公路）', voice: '公文写手', org: '鹤汀县交通运输局', style: { docHead: 'heading' },
  title: '鹤汀县2024年度农村公路提质改造项目支出绩效自评报告' }, (d) => {
  d.p`按照县财政局关于开展2024年度项目支出绩效自评的通知要求，县交通运输局对农村公路提质改造项目组织开展了绩效自评，现将自评情况报告如下。`;
  d.h1`一、项目概况`;
  d.p`农村公路提质改造项目是县委、县政府确定的年度重点民生实事项目，主要对通行条件差、安全隐患多的县道、乡道和村道实施路面拓宽、改造及配套安全设施建设，着力提升农村公路通行能力和服务水平。项目年度绩效目标为：完成提质改造里程${d.x('85公里', '目标里程')}以上，工程交工验收合格率100%，项目路段优良路率达到90%以上。`;
  d.h1`二、项目资金使用及管理情况`;
  d.h2`（一）资金安排和执行`;
  const b0 = W('5400.00'), add = W('920.00'), b1 = b0 + add, ex = W('6158.34');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`项目年初预算${f0}，年中根据省交通运输厅下达的农村公路建设补助资金追加预算${fa}，全年预算${f1}。截至2024年12月31日，项目累计完成支出${fe}，预算执行率${fr}，结余${fb}，主要为工程结算审减形成的节余。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  const ft = fundTable(d, { caption: '表1  项目资金情况', unit: '单位：万元', rows: [
    { name: '年度资金总额', b0, b1, ex }, { name: '当年财政拨款', b0: W('4900.00'), b1: W('5820.00'), ex: W('5672.18') }, { name: '其他资金（地方政府专项债券）', b0: W('500.00'), b1: W('500.00'), ex: W('486.16') }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  d.h2`（二）分路段实施情况`;
  const secs = [['X012芸杉线', 246, '1780.00', '1742.86'], ['Y035棠梨线', 182, '1320.00', '1296.40'], ['X021岫榆线', 218, '1610.00', '1548.32'], ['村道联网路段（12条）', 218, '1610.00', '1570.76']];
  const km = (t) => d.num(fmtFixed(t, 1), '公里');
  const rows = secs.map(([name, k, b, e]) => { const r = { name, k: km(k), b: d.w(W(b), { nu: true }), e: d.w(W(e), { nu: true }), p: d.wq(W(e) * 10, k, { nu: true }) }; d.ratio(r.p, r.e, r.k, `${name} 每公里造价 = 实际投资 ÷ 里程`); return r; });
  const K = sumv(secs.map((s) => s[1])), tr = { k: km(K), b: d.w(b1, { nu: true }), e: d.w(ex, { nu: true }), p: d.wq(ex * 10, K, { nu: true }) };
  d.sum(tr.k, rows.map((r) => r.k), '分路段里程合计'); d.sum(tr.b, rows.map((r) => r.b), '分路段预算合计'); d.sum(tr.e, rows.map((r) => r.e), '分路段实际投资合计'); d.ratio(tr.p, tr.e, tr.k, '合计每公里造价');
  d.table({ caption: '表2  分路段投资完成情况', unit: '单位：公里、万元', head: [
    [{ v: '路段', rs: 2 }, { v: '改造里程（公里）', rs: 2 }, { v: '投资（万元）', cs: 2 }, { v: '每公里实际造价（万元）', rs: 2 }], ['预算', '实际']],
    rows: [...rows.map((r, i) => [secs[i][0], r.k, r.b, r.e, r.p]), ['合计', tr.k, tr.b, tr.e, tr.p]] });
  d.eq(tr.e, fe, '表2实际投资合计 = 正文支出'); d.eq(tr.b, f1, '表2预算合计 = 全年预算');
  const x21 = d.w(W('1548.32'), { sep: true });
  d.p`从各路段看，X021岫榆线受沿线管线迁改影响，实际完成投资${x21}，比预算少${d.w(W('61.68'))}，是结余的主要来源；村道联网路段共涉及${d.n(12, '条')}村道，涉及${d.x('9个', '行政村数')}行政村。`;
  d.eq(x21, rows[2].e, '正文岫榆线投资 = 表2'); d.sum(d.figs[d.figs.length - 3], [rows[2].b, rows[2].e], '岫榆线节余 = 预算 − 实际', [1, -1]);
  d.err(x21, '1,548.32亿元', 'c', d.rels[d.rels.length - 2], '“万元”误写为“亿元”，与表2岫榆线实际投资1548.32万元不符');
  d.h2`（三）资金管理`;
  d.p`项目资金纳入县财政国库集中支付管理，工程款按照“月计量、季支付”原则拨付，拨付前须经监理单位计量签认、建设单位审核和县交通运输局复核。全县农村公路建设资金实行“一路一档”，资金使用接受审计部门全过程跟踪审计。`;
  d.h1`三、项目绩效情况`;
  const lc = d.num('86.4公里', ''), pk = d.wq(ex * 10, K), fe2 = d.w(ex, { sep: true });
  d.p`产出方面，全年完成农村公路提质改造${lc}，超额完成年度目标；同步完善安全防护设施，设置波形护栏${d.x('32.6公里', '护栏长度')}；全部路段通过交工验收，合格率100%。按实际支出${fe2}计算，每公里平均造价${pk}。效益方面，项目路段优良路率达到93.2%，沿线${d.x('4.2万', '受益人口约数')}群众出行条件明显改善，农产品运输时间平均缩短约两成。`;
  d.ratio(pk, fe2, lc, '每公里平均造价 = 支出 ÷ 里程'); d.eq(lc, tr.k, '正文里程 = 表2合计'); d.eq(fe2, fe, '复述支出一致');
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '提质改造里程', t: '≥85公里', a: '86.4公里', w: 2000, s: 2000 },
      { l2: '质量指标', l3: '交工验收合格率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '时效指标', l3: '年度计划完工率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '成本指标', l3: '每公里平均造价', t: '≤75万元', a: '71.28万元', w: 500, s: 500 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '项目路段优良路率', t: '≥90%', a: '93.2%', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '建成路段纳入养护覆盖率', t: '100%', a: '100%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '沿线群众满意度', t: '≥90%', a: '91.6%', w: 1000, s: 1000 }] }];
  const st = scoreTable(d, { caption: '表3  绩效指标完成情况', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, tdec: 2, groups: g, gradeInTable: '优' });
  d.p`经综合评定，本项目自评得分${d.sc(st.totalH, { u: '分' })}，等级为优。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文得分 = 自评表');
  d.h1`四、存在的问题`;
  d.p`一是前期协调难度大，部分路段涉及管线迁改、临时用地，影响施工进度；二是农村公路建成后养护资金保障不足，“重建轻养”现象仍不同程度存在；三是个别路段设计深度不够，施工中发生设计变更。`;
  d.h1`五、下一步改进措施`;
  d.p`一是提前开展管线迁改和用地协调，将前期工作作为项目入库的前置条件；二是落实县、乡、村三级养护责任，按规定比例安排养护资金；三是加强设计审查，严控设计变更，进一步提高资金使用效益。`;
});

// ===== 18 转移支付 · 公共文化 · docx（加粗标题、合并表头） · 模型腔 =====
def({ no: '18', slug: 'lichuan-gonggong-wenhua', fmt: 'docx', kind: '转移支付', sector: '公共文化', voice: '模型起草腔', org: '栎川市文化广电旅游局', style: { docHead: 'bold' },
  title: '栎川市2024年度公共文化服务体系建设专项资金绩效自评报告' }, (d) => {
  d.p`为全面掌握公共文化服务体系建设专项资金的使用成效，市文化广电旅游局按照市财政局部署，组织各县（区）开展了2024年度绩效自评。总体来看，专项资金有效保障了基层公共文化设施免费开放和文化惠民活动的开展，群众文化获得感进一步增强。`;
  d.h1`一、专项资金概况`;
  const zy = W('450.00'), sj = W('180.00'), shi = W('90.00'), tot = zy + sj + shi;
  const ft = d.w(tot), fzy = d.w(zy), fsj = d.w(sj), fsh = d.w(shi), fy = d.y(tot, { dec: 0, sep: true });
  d.p`2024年，全市共安排公共文化服务体系建设专项资金${ft}（合计${fy}），其中中央补助${fzy}、省级补助${fsj}、市级配套${fsh}，按照因素法分配至${d.n(5, '个', { cn: true })}县（区），主要用于乡镇综合文化站和村级综合文化服务中心免费开放、送戏下乡、农家书屋出版物补充更新以及群众文化活动组织。`;
  d.sum(ft, [fzy, fsj, fsh], '专项资金 = 中央 + 省级 + 市级'); d.eq(fy, ft, '元口径 = 万元口径');
  d.h1`二、资金分配与使用情况`;
  const cs = [['筠溪县', '186.00', '182.45', 142, 15], ['菡水县', '164.00', '158.36', 126, 13], ['蔚岭县', '142.00', '142.00', 108, 11], ['葵川区', '98.00', '93.72', 64, 6], ['芩阳县', '130.00', '124.18', 96, 10]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）资金使用及主要产出', unit: '单位：万元、场、个', total: '合计',
    head: [[{ v: '县（区）', rs: 2 }, { v: '资金情况（万元）', cs: 3 }, { v: '主要产出', cs: 2 }], ['下达资金', '实际支出', '执行率（%）', '送戏下乡（场）', '免费开放文化站（个）']],
    cols: [{ key: 'name', h: '县（区）', k: 'text' }, { key: 'b', h: '下达资金', k: 'w', sum: true }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 'r', h: '执行率', k: 'pc', of: ['e', 'b'] },
      { key: 'x', h: '送戏下乡', k: 'n', sum: true, unit: '场' }, { key: 'z', h: '文化站', k: 'n', sum: true, unit: '个' }],
    rows: cs.map(([name, b, e, x, z]) => ({ name, b: W(b), e: W(e), x, z })) });
  const TV = t1.totalVal, T = t1.total.f;
  d.eq(T.b, ft, '表1下达合计 = 专项资金');
  const pe = d.w(TV.e), pr = d.pc(TV.e, TV.b);
  d.p`截至2024年12月31日，各县（区）累计支出${pe}，资金执行率${pr}。蔚岭县资金全部支出完毕；葵川区、芩阳县执行率相对偏低，主要是农家书屋出版物采购合同于12月签订，部分货款尚未结算。`;
  d.eq(pe, T.e, '正文支出 = 表1合计'); d.ratio(pr, T.e, T.b, '执行率 = 合计支出 ÷ 合计下达');
  d.p`在资金管理方面，各县（区）均制定了专项资金管理办法，免费开放补助按照“基本标准＋绩效奖励”方式拨付到站，送戏下乡实行“群众点单、政府买单”的政府购买服务方式，有效保障了资金使用规范。`;
  d.h1`三、绩效目标完成情况`;
  d.h2`（一）产出情况`;
  const zz = d.n(55, '个'), xx = d.n(536, '场'), xx0 = d.n(498, '场'), xxc = d.n(38, '场', { pre: '增加' }), xxr = d.pc(38, 498, { pre: '增长' });
  d.p`全市${zz}乡镇综合文化站全部实现免费开放，年均开放时间均不少于${d.x('42小时/周', '开放标准')}；全年完成送戏下乡${xx}，较上年的${xx0}${xxc}，${xxr}；为${d.x('近千个', '约数，农家书屋数量')}农家书屋补充更新出版物${d.x('12万余册', '约数')}，组织开展广场舞展演、乡村春晚等群众文化活动${d.n(1260, '场次', { sep: true })}。`;
  d.eq(zz, T.z, '正文文化站数 = 表1合计'); d.eq(xx, T.x, '正文送戏场次 = 表1合计'); d.chg(xxc, xx, xx0, '送戏下乡增加场次'); d.chgr(xxr, xx, xx0, '送戏下乡增长率');
  d.err(zz, '52个', 'a', d.rels[d.rels.length - 4], '文化站数沿用上年报告的“52个”，与表1本年合计55个不符');
  d.h2`（二）效益和满意度情况`;
  const fw = d.pcs('78.6'), fw0 = d.pcs('74.2'), fwp = d.num('4.4个百分点', '');
  d.p`通过持续开展文化惠民活动，基层公共文化设施利用率稳步提高，群众参与文化活动的积极性明显增强，全市公共文化设施群众知晓率达到${fw}，比上年的${fw0}提高${fwp}。委托第三方开展满意度调查，群众对公共文化服务的满意度为94.3%。`;
  d.pp(fwp, fw, fw0, '知晓率提高百分点');
  const st = scoreTable(d, { caption: '表2  专项资金绩效自评表', execRow: { w: 1000, s: 973, rateFig: d.pcs(pr.lit.replace('%', ''), { nu: false }) }, groups: [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '乡镇综合文化站免费开放覆盖率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '数量指标', l3: '送戏下乡场次', t: '≥500场', a: '536场', w: 1500, s: 1500 },
      { l2: '质量指标', l3: '文化站免费开放达标率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '资金下达及时率', t: '100%', a: '100%', w: 500, s: 500 },
      { l2: '成本指标', l3: '每场送戏下乡补助标准', t: '≤0.5万元', a: '0.45万元', w: 500, s: 500 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '公共文化设施群众知晓率', t: '≥75%', a: '78.6%', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '基层文化队伍稳定率', t: '≥90%', a: '92%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '群众满意度', t: '≥90%', a: '94.3%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(st.execRate, pr, '自评表执行率 = 正文');
  d.p`综合以上情况，本专项资金2024年度绩效自评得分${d.sc(st.totalH, { u: '分' })}，评价等级为“优”。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文得分 = 自评表');
  d.h1`四、存在的问题`;
  d.p`一是部分乡镇综合文化站专职人员不足，存在“一人多岗”现象，影响了免费开放质量；二是送戏下乡节目内容与群众需求的匹配度有待提高，部分场次观众较少；三是农家书屋出版物采购进度偏慢，影响了年度资金执行。`;
  d.h1`五、改进措施`;
  d.p`下一步，我们将推动乡镇综合文化站配齐配强专职人员；完善“群众点单”机制，依据群众需求动态调整演出内容；督促各县（区）提前启动出版物采购工作，确保资金及时足额支出，持续提升公共文化服务效能。`;
});

// ===== 19 部门 · 中学 · docx（标题样式） · 财务人员/公文混合 =====
def({ no: '19', slug: 'chengxi-sanzhong-danwei', fmt: 'docx', kind: '部门整体支出', sector: '教育（中学）', voice: '财务人员', org: '澄溪市第三中学', style: { docHead: 'heading' },
  title: '澄溪市第三中学2024年度单位整体支出绩效自评报告' }, (d) => {
  d.h1`一、单位基本情况`;
  d.h2`（一）基本概况`;
  const s1 = d.n(842, '人'), s2 = d.n(826, '人'), s3 = d.n(818, '人'), st0 = d.n(842 + 826 + 818, '人', { sep: true }), bj = d.n(48, '个');
  d.p`我校为市教育局直属公办完全中学（高中部），设教学班${bj}，2024年秋季在校学生${st0}，其中高一${s1}、高二${s2}、高三${s3}。`;
  d.sum(st0, [s1, s2, s3], '在校学生 = 高一 + 高二 + 高三');
  d.err(s2, '836人', 'b', d.rels[d.rels.length - 1], '高二人数更正为836人后，在校学生总数仍为2,486人未更新');
  const bz = d.n(186, '名'), zz = d.n(178, '人'), kz = d.pc(178, 186);
  d.p`学校核定事业编制${bz}，年末在职在编教职工${zz}，人员控制率${kz}；另有退休人员${d.x('96人', '退休人数')}。`;
  d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h2`（二）年度工作目标`;
  d.p`2024年学校主要工作目标为：高中学业水平考试合格率不低于98%，本科上线率较上年有所提高，校园安全责任事故为零，完成实验楼改造和理化生实验室设备更新。`;
  d.h1`二、单位整体支出执行情况`;
  const b0 = W('4862.15'), add = W('236.80'), b1 = b0 + add, ex = W('5046.27');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1);
  d.p`1.预算执行。年初预算${f0}，追加${fa}（主要为实验室设备更新专项），全年预算${f1}。全年支出${fe}，执行率${fr}。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算');
  const ry = W('4139.73'), gy = W('372.90'), jb = ry + gy;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy), fxm = d.w(ex - jb);
  d.p`2.支出结构。基本支出${fjb}，其中人员经费${fry}、公用经费${fgy}；项目支出${fxm}，主要为实验楼改造、实验室设备更新和学生资助。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员 + 公用'); d.sum(fe, [fjb, fxm], '支出 = 基本 + 项目');
  const sj = d.yq(gy, 2486, { sep: true }), fgy2 = d.w(gy), stn = d.n(2486, '人', { sep: true });
  d.p`3.生均公用经费。按公用经费${fgy2}和在校学生${stn}计算，生均公用经费${sj}，达到省定${d.x('1,500元', '省定标准，恰与实际相同')}的基准定额。`;
  d.ratio(sj, fgy2, stn, '生均公用经费 = 公用经费 ÷ 学生数'); d.eq(fgy2, fgy, '复述公用经费一致');
  d.p`4.基础数据。学校无公务用车，无因公出国（境）支出，“三公”经费仅为公务接待费；政府采购和“三公”经费情况见下表。`;
  const sl = d.w(W('1.02'), { nu: true }), sbud = d.w(W('1.20'), { nu: true }), sa = d.w(W('0.86'), { nu: true });
  const gh = d.w(W('268.40'), { nu: true }), gg = d.w(W('186.75'), { nu: true }), gf = d.w(W('54.30'), { nu: true }), gt = d.w(W('509.45'), { nu: true });
  const ghb = d.w(W('280.00'), { nu: true }), ggb = d.w(W('190.00'), { nu: true }), gfb = d.w(W('60.00'), { nu: true }), gtb = d.w(W('530.00'), { nu: true });
  d.table({ caption: '表1  基础数据表', unit: '单位：万元', head: [[{ v: '项目', rs: 2 }, { v: '2023年', cs: 1 }, { v: '2024年', cs: 2 }], ['决算数', '预算数', '决算数']], rows: [
    ['“三公”经费（公务接待费）', sl, sbud, sa], ['政府采购合计', '—', gtb, gt], ['  其中：货物', '—', ghb, gh], ['        工程', '—', ggb, gg], ['        服务', '—', gfb, gf]] });
  d.sum(gt, [gh, gg, gf], '政府采购决算 = 货物 + 工程 + 服务'); d.sum(gtb, [ghb, ggb, gfb], '政府采购预算 = 货物 + 工程 + 服务');
  const sc = d.w(W('0.16'), { pre: '减少' }), sr = d.pc(W('0.16'), W('1.02'), { pre: '下降' });
  d.p`公务接待费较上年${sc}，${sr}；政府采购执行率${d.pc(W('509.45'), W('530.00'))}。`;
  d.chg(sc, sa, sl, '公务接待减少额'); d.chgr(sr, sa, sl, '公务接待下降率'); d.ratio(d.figs[d.figs.length - 1], gt, gtb, '政府采购执行率 = 决算 ÷ 预算');
  d.h1`三、绩效情况`;
  const bk = d.pcs('72.4'), bk0 = d.pcs('68.9'), bkp = d.num('3.5个百分点', '');
  d.p`教育教学质量稳步提升：2024年高考本科上线率${bk}，比上年的${bk0}提高${bkp}；高中学业水平考试合格率98.6%。完成实验楼改造${d.num('3,260平方米', '')}，更新理化生实验室${d.n(9, '间', { cn: true })}。发放国家助学金${d.x('312人次', '资助人次')}。全年未发生校园安全责任事故。`;
  d.pp(bkp, bk, bk0, '本科上线率提高百分点');
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false });
  const st = scoreTable(d, { caption: '表2  单位整体支出绩效自评表', cols: ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'], groups: [
    { l1: '投入', rows: [
      { l2: '预算配置', l3: '在职人员控制率', t: '≤100%', a: '95.70%', w: 500, s: 500 },
      { l2: '预算配置', l3: '生均公用经费达标率', t: '100%', a: '100%', w: 500, s: 500 }] },
    { l1: '过程', rows: [
      { l2: '预算执行', l3: '预算执行率', t: '100%', a: zxl, w: 1000, s: 990, srate: true },
      { l2: '预算管理', l3: '政府采购执行率', t: '≥95%', a: '96.12%', w: 500, s: 500 },
      { l2: '资产管理', l3: '资产管理规范性', t: '规范', a: '规范', w: 500, s: 500 }] },
    { l1: '产出', rows: [
      { l2: '数量', l3: '实验室设备更新', t: '9间', a: '9间', w: 1000, s: 1000 },
      { l2: '质量', l3: '学业水平考试合格率', t: '≥98%', a: '98.6%', w: 1500, s: 1500 },
      { l2: '质量', l3: '本科上线率', t: '高于上年', a: '提高3.5个百分点', w: 1500, s: 1500 },
      { l2: '时效', l3: '实验楼改造按期完成', t: '8月底前', a: '8月25日', w: 1000, s: 1000 }] },
    { l1: '效益', rows: [
      { l2: '社会效益', l3: '校园安全责任事故', t: '0起', a: '0起', w: 1000, s: 1000 },
      { l2: '满意度', l3: '学生及家长满意度', t: '≥90%', a: '93.8%', w: 1000, s: 1000 }] }] });
  d.eq(zxl, fr, '自评表执行率 = 正文');
  d.p`自评得分${d.sc(st.totalH, { u: '分' })}，等级为优。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文得分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.预算编制与教学计划衔接不够紧密，年中追加较多。2.部分实验室设备使用率不高，管理制度执行不到位。3.绩效目标中质量类指标偏多，成本类指标偏少。`;
  d.h1`五、改进措施`;
  d.p`1.预算编制前征求各教研组意见，减少年中追加。2.建立实验室使用登记和考核制度。3.增设生均成本、设备使用率等指标，并将自评结果用于下年度预算安排。`;
});

// ===== 20 项目 · 居家养老 · docx（加粗标题） · 模型腔，带小结 =====
def({ no: '20', slug: 'yunshan-jujia-yanglao', fmt: 'docx', kind: '项目支出', sector: '养老服务', voice: '模型起草腔', org: '芸山县民政局', style: { docHead: 'bold' },
  title: '芸山县2024年度社区居家养老服务补助项目绩效自评报告' }, (d) => {
  d.h1`一、项目概况`;
  d.p`社区居家养老服务补助项目是县委、县政府积极应对人口老龄化、完善养老服务体系的重要举措，由县民政局主管，各乡镇（街道）及社区居家养老服务中心具体实施。项目主要包括居家养老服务中心运营补助、老年助餐补贴、失能及高龄老人上门服务和智慧养老服务平台运行维护四项内容。`;
  d.p`项目年度绩效目标为：保障${d.x('12个', '目标中心数，与实际相同')}社区居家养老服务中心正常运营，全年提供老年助餐${d.x('15万人次', '目标值')}以上，为符合条件的失能、高龄老人提供每月不少于${d.x('8小时', '服务时长标准')}的上门服务，服务对象满意度达到90%以上。`;
  d.h1`二、项目资金使用及管理情况`;
  const b0 = W('780.00'), cut = W('20.00'), b1 = b0 - cut, ex = W('736.20');
  const f0 = d.w(b0), fc = d.w(cut), f1 = d.w(b1), fe = d.w(ex), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`项目年初预算${f0}，年中结合助餐服务实际需求调减预算${fc}，全年预算${f1}。截至年末，项目实际支出${fe}，预算执行率${fr}，结余${fb}。`;
  d.sum(f1, [f0, fc], '全年预算 = 年初 − 调减', [1, -1]); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结余 = 全年预算 − 支出', [1, -1]);
  const a1 = W('216.00'), a2 = W('46.80'), a3 = W('446.40'), a4 = W('27.00');
  const t1 = gridTable(d, { name: '表1', caption: '表1  项目支出构成', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '支出内容', k: 'text' }, { key: 'e', h: '实际支出', k: 'w', sum: true }, { key: 's', h: '占比（%）', k: 'pc', of: ['e', '@e'], dec: 1 }],
    rows: [{ name: '居家养老服务中心运营补助', e: a1 }, { name: '老年助餐补贴', e: a2 }, { name: '失能及高龄老人上门服务', e: a3 }, { name: '智慧养老服务平台运行维护', e: a4 }] });
  d.eq(t1.total.f.e, fe, '表1合计 = 正文支出');
  d.p`在资金管理方面，运营补助按照“基础补助＋星级奖补”方式核拨，助餐补贴和上门服务费用依托智慧养老平台按月结算，服务记录、老人签字和定位信息“三对照”后方可支付，有效保障了资金安全和使用效益。`;
  d.h1`三、项目绩效情况`;
  const ft = fundTable(d, { caption: '表2  项目资金情况', unit: '单位：万元', rows: [
    { name: '年度资金总额', b0, b1, ex }, { name: '当年财政拨款', b0: W('700.00'), b1: W('680.00'), ex: W('658.20') }, { name: '上年结转资金', b0: W('80.00'), b1: W('80.00'), ex: W('78.00') }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  const zx = d.n(12, '个'), zxa = d.w(a1), zxp = d.wq(a1, 12);
  const zc = d.num('15.6万人次', ''), zca = d.w(a2), zcp = d.yq(a2, 156000);
  const sm = d.n(1860, '名', { sep: true }), sma = d.w(a3), smp = d.yq(a3, 1860, { sep: true });
  d.p`从产出看，全县${zx}社区居家养老服务中心全部正常运营，运营补助${zxa}，平均每个中心${zxp}；全年提供老年助餐${zc}，助餐补贴${zca}，折合每人次补贴${zcp}；为${sm}失能、高龄老人提供上门助洁、助浴、康复护理等服务，支出${sma}，人均全年${smp}。`;
  d.ratio(zxp, zxa, zx, '每个中心运营补助 = 运营补助 ÷ 中心数'); d.ratio(zcp, zca, zc, '每人次助餐补贴 = 助餐补贴 ÷ 助餐人次'); d.ratio(smp, sma, sm, '人均上门服务费用 = 支出 ÷ 服务人数');
  d.eq(zxa, t1.rows[0].f.e, '运营补助 = 表1'); d.eq(zca, t1.rows[1].f.e, '助餐补贴 = 表1'); d.eq(sma, t1.rows[2].f.e, '上门服务支出 = 表1');
  d.p`从效益看，项目有效缓解了独居、失能老人的生活照料难题，老年人居家养老的安全感和幸福感明显提升；智慧养老平台累计接入老人${d.x('2.1万余人', '约数')}，紧急呼叫响应率100%。第三方调查显示，服务对象满意度为95.4%。`;
  const g = [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '正常运营服务中心数', t: '12个', a: '12个', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '老年助餐服务人次', t: '≥15万人次', a: '15.6万人次', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '上门服务老人数', t: '≥1800名', a: '1860名', w: 1000, s: 1000 },
      { l2: '质量指标', l3: '上门服务时长达标率', t: '≥95%', a: '93.0%', w: 1000, s: prop(1000, 93.0, 95), note: '雨雪天气部分服务顺延' },
      { l2: '时效指标', l3: '补贴按月结算率', t: '100%', a: '100%', w: 1000, s: 1000 }] },
    { l1: '效益指标', rows: [
      { l2: '社会效益指标', l3: '紧急呼叫响应率', t: '100%', a: '100%', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '服务中心星级评定达标率', t: '≥80%', a: '83.3%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '服务对象满意度', t: '≥90%', a: '95.4%', w: 1000, s: 1000 }] }];
  const st = scoreTable(d, { caption: '表3  绩效指标完成情况', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, tdec: 2, groups: g, gradeInTable: '优' });
  d.h1`四、存在的问题`;
  d.p`一是专业护理人员短缺，上门服务以生活照料为主，康复护理类服务供给不足；二是部分农村地区服务半径大，雨雪天气上门服务时长难以保证；三是助餐服务可持续运营能力较弱，对财政补贴依赖度较高。`;
  d.h1`五、改进措施`;
  d.p`一是联合县职业中专开展养老护理员定向培养，提升专业服务能力；二是推行“中心＋站点＋志愿者”服务模式，缩短农村服务半径；三是探索“政府补一点、企业让一点、个人出一点”的助餐运营机制，增强项目可持续性。`;
  d.h1`六、小结`;
  const s1 = d.w(b1), s2 = d.w(ex), s3 = d.n(1860, '名', { sep: true }), s4 = d.sc(st.totalH, { u: '分' });
  d.p`总体来看，项目全年预算${s1}，实际支出${s2}，服务失能高龄老人${s3}，自评得分${s4}，等级为“优”，较好地实现了年度绩效目标，有效保障了全县老年人的基本养老服务需求。`;
  d.eq(s1, f1, '小结全年预算 = 正文'); d.eq(s2, fe, '小结支出 = 正文'); d.eq(s3, sm, '小结服务人数 = 正文'); d.eq(s4, st.ts, '小结得分 = 自评表');
  d.err(s1, '780.00万元', 'f', d.rels[d.rels.length - 4], '小结复述的“全年预算”写成年初预算780.00万元，与正文调减后的760.00万元不符');
});

// ===== 21 转移支付 · 农机购置补贴 · docx（加粗标题、合并表头，无评分表） · 财务人员 =====
def({ no: '21', slug: 'yuchuan-nongji-butie', fmt: 'docx', kind: '转移支付', sector: '农业机械化', voice: '财务人员', org: '萸川市农业农村局', style: { docHead: 'bold' },
  title: '萸川市2024年度农机购置与应用补贴资金绩效自评报告' }, (d) => {
  d.h1`一、基本情况`;
  d.p`农机购置与应用补贴资金由中央财政安排，省级切块下达，市农业农村局会同市财政局按各县（区）补贴申请量分配。补贴对象为从事农业生产的个人和农业生产经营组织，实行“自主购机、定额补贴、先购后补、县级结算、直补到卡”。`;
  d.p`绩效目标：补贴机具${d.x('3,800台（套）', '目标值')}以上；受益农户${d.x('3,200户', '目标值')}以上；全市农作物耕种收综合机械化率达到78%以上。`;
  d.h1`二、资金使用情况`;
  const b0 = W('3500.00'), cut = W('300.00'), b1 = b0 - cut;
  const cs = [['藕塘县', 1286, 1102, '986.42'], ['苎溪县', 1054, 918, '812.36'], ['菖川县', 862, 745, '694.80'], ['蒿坪区', 708, 611, '592.87']];
  const ex = sumv(cs.map((c) => W(c[3])));
  const f0 = d.w(b0, { sep: true }), fc = d.w(cut), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`（一）资金下达。年初预拨${f0}。四季度按省级清算结果收回${fc}。全年资金${f1}。`;
  d.sum(f1, [f0, fc], '全年资金 = 年初预拨 − 清算收回', [1, -1]);
  d.p`（二）资金兑付。全年兑付补贴${fe}，执行率${fr}。结转${fb}，为12月下旬申请、尚在公示期的补贴。`;
  d.ratio(fr, fe, f1, '执行率 = 兑付 ÷ 全年资金'); d.sum(fb, [f1, fe], '结转 = 全年资金 − 兑付', [1, -1]);
  d.err(fr, pctStr(ex, b0, 2) + '%', 'e', d.rels[d.rels.length - 2], '执行率误以年初预拨3,500.00万元为分母（3086.45÷3500=88.18%），应以清算后全年资金3,200.00万元为分母');
  const t1 = gridTable(d, { name: '表1', caption: '表1  各县（区）补贴兑付情况', unit: '单位：台（套）、户、万元、元', total: '合计',
    head: [[{ v: '县（区）', rs: 2 }, { v: '补贴机具（台套）', rs: 2 }, { v: '受益农户（户）', rs: 2 }, { v: '补贴兑付', cs: 2 }], ['兑付金额（万元）', '户均补贴（元）']],
    cols: [{ key: 'name', h: '县（区）', k: 'text' }, { key: 'j', h: '补贴机具', k: 'n', sum: true, unit: '台套', sep: true }, { key: 'h', h: '受益农户', k: 'n', sum: true, unit: '户', sep: true },
      { key: 'e', h: '兑付金额', k: 'w', sum: true, sep: true }, { key: 'p', h: '户均补贴', k: 'per', of: ['e', 'h'], unit: '元' }],
    rows: cs.map(([name, j, h, e]) => ({ name, j, h, e: W(e) })) });
  const T = t1.total.f;
  d.eq(T.e, fe, '表1兑付合计 = 正文');
  const jj = d.n(3910, '台（套）', { sep: true }), hh = d.n(3376, '户', { sep: true }), hj = d.yq(ex, 3376, { sep: true }), fe2 = d.w(ex, { sep: true });
  d.p`（三）资金管理。补贴资金通过“一卡通”直接兑付到户，兑付前在县级政府网站公示${d.x('7天', '公示期')}；市局对高价值机具开展了100%实地核验，未发现骗补、套补问题。`;
  d.h1`三、绩效完成情况`;
  d.p`1.产出。全年补贴机具${jj}，受益农户${hh}，均超过目标。按兑付金额${fe2}计算，户均补贴${hj}。其中拖拉机、联合收割机等主要机具占${d.x('六成以上', '约数')}。`;
  d.eq(jj, T.j, '正文补贴机具 = 表1合计'); d.eq(hh, T.h, '正文受益农户 = 表1合计'); d.ratio(hj, fe2, hh, '户均补贴 = 兑付 ÷ 户数'); d.eq(fe2, fe, '复述兑付一致');
  const jx = d.pcs('79.6'), jx0 = d.pcs('77.9'), jxp = d.num('1.7个百分点', '');
  d.p`2.效益。全市农作物耕种收综合机械化率${jx}，比上年的${jx0}提高${jxp}。水稻机插秧面积明显增加，丘陵山区适用小型机具推广加快。`;
  d.pp(jxp, jx, jx0, '机械化率提高百分点');
  d.p`3.满意度。抽样回访购机户${d.n(300, '户')}，满意度96.2%。`;
  d.table({ caption: '表2  绩效目标完成情况', head: [['一级指标', '二级指标', '三级指标', '年度目标', '实际完成', '是否完成']], rows: [
    [{ v: '产出指标', rs: 3 }, '数量指标', '补贴机具数量', '≥3800台（套）', '3910台（套）', '是'], ['数量指标', '受益农户数', '≥3200户', '3376户', '是'], ['时效指标', '补贴兑付时限', '≤30个工作日', '平均18个工作日', '是'],
    [{ v: '效益指标', rs: 1 }, '社会效益指标', '耕种收综合机械化率', '≥78%', '79.6%', '是'],
    [{ v: '满意度指标', rs: 1 }, '服务对象满意度指标', '购机户满意度', '≥90%', '96.2%', '是']] });
  d.h1`四、存在问题`;
  d.p`1.年初预拨数与实际需求差距较大，四季度清算收回较多。2.丘陵山区适用机具补贴额度偏低，农户购机积极性不高。3.个别县兑付进度慢，年底集中兑付。`;
  d.h1`五、改进措施`;
  d.p`1.按近两年实际兑付额测算预拨数。2.争取提高丘陵山区适用机具补贴额。3.实行按月兑付、按季通报。`;
});

// ===== 22 部门 · 中医院 · docx（标题样式、合并表头） · 公文写手 =====
def({ no: '22', slug: 'hanshui-zhongyiyuan-danwei', fmt: 'docx', kind: '部门整体支出', sector: '医疗卫生（医院）', voice: '公文写手', org: '菡水县中医医院', style: { docHead: 'heading' },
  title: '菡水县中医医院2024年度单位整体支出绩效自评报告' }, (d) => {
  d.h1`一、单位基本情况`;
  const bz = d.n(320, '名'), zz = d.n(302, '人'), kz = d.pc(302, 320, { fw: true });
  d.p`我院是一所集医疗、教学、科研、预防保健、康复于一体的二级甲等中医医院，为县卫生健康局所属差额拨款事业单位，开放床位${d.x('360张', '床位数')}，设临床科室${d.n(18, '个')}、医技科室${d.n(7, '个', { cn: true })}。2024年末核定编制${bz}，在职在编职工${zz}，人员控制率${kz}；另有编外聘用人员${d.x('146人', '编外人员，不计入控制率')}。`;
  d.ratio(kz, zz, bz, '人员控制率 = 在职 ÷ 编制');
  d.h1`二、单位整体支出情况`;
  d.h2`（一）财政拨款预算执行`;
  const b0 = W('2680.00'), add = W('460.00'), b1 = b0 + add, ex = W('3086.52');
  const f0 = d.w(b0, { sep: true }), fa = d.w(add), f1 = d.w(b1, { sep: true }), fe = d.w(ex, { sep: true }), fr = d.pc(ex, b1), fb = d.w(b1 - ex);
  d.p`2024年度，我院财政拨款年初预算${f0}，年度中追加公立医院综合改革补助、重点专科建设等专项资金${fa}，全年财政拨款预算${f1}；全年财政拨款支出${fe}，预算执行率${fr}，结转${fb}。需要说明的是，医院全年总收入${d.x('3.26亿元', '医院总收入，含医疗收入，不是财政拨款')}，其中绝大部分为医疗服务收入，不在本报告财政拨款支出范围之内。`;
  d.sum(f1, [f0, fa], '全年预算 = 年初 + 追加'); d.ratio(fr, fe, f1, '执行率 = 支出 ÷ 全年预算'); d.sum(fb, [f1, fe], '结转 = 全年预算 − 支出', [1, -1]);
  const ry = W('1702.55'), gy = W('243.73'), jb = ry + gy;
  const fjb = d.w(jb, { sep: true }), fry = d.w(ry, { sep: true }), fgy = d.w(gy), fxm = d.w(ex - jb, { sep: true });
  d.p`财政拨款支出中，基本支出${fjb}，其中人员经费${fry}、公用经费${fgy}；项目支出${fxm}，具体情况见表1。`;
  d.sum(fjb, [fry, fgy], '基本支出 = 人员 + 公用'); d.sum(fe, [fjb, fxm], '支出 = 基本 + 项目');
  const prj = [['公立医院综合改革补助', '430.00', '420.00'], ['中医药传承创新发展', '300.00', '286.40'], ['重点专科建设', '330.00', '318.60'], ['基本公共卫生服务', '120.00', '115.24']];
  const t1 = gridTable(d, { name: '表1', caption: '表1  财政拨款项目支出情况', unit: '单位：万元', total: '合计',
    head: [[{ v: '项目名称', rs: 2 }, { v: '2024年度', cs: 3 }], ['全年预算', '实际支出', '执行率（%）']],
    cols: [{ key: 'name', h: '项目名称', k: 'text' }, { key: 'b', h: '全年预算', k: 'w', sum: true, sep: true }, { key: 'e', h: '实际支出', k: 'w', sum: true, sep: true }, { key: 'r', h: '执行率', k: 'pc', of: ['e', 'b'] }],
    rows: prj.map(([name, b, e]) => ({ name, b: W(b), e: W(e) })) });
  d.eq(t1.total.f.e, fxm, '表1合计 = 正文项目支出');
  d.h2`（二）“三公”经费及政府采购`;
  const sg = gridTable(d, { name: '表2', caption: '表2  “三公”经费支出情况', unit: '单位：万元', total: '合计', cols: [
    { key: 'name', h: '项目', k: 'text' }, { key: 'l', h: '2023年决算', k: 'w', sum: true }, { key: 'b', h: '2024年预算', k: 'w', sum: true }, { key: 'a', h: '2024年决算', k: 'w', sum: true }],
    rows: [{ name: '因公出国（境）费', l: 0, b: 0, a: 0 }, { name: '公务用车运行维护费', l: W('5.68'), b: W('6.00'), a: W('5.21') }, { name: '公务接待费', l: W('0.94'), b: W('1.00'), a: W('0.78') }] });
  const T = sg.total.f; const sgc = d.w(W('6.62') - W('5.99'), { pre: '减少' }), sgr = d.pc(W('0.63'), W('6.62'), { pre: '下降' });
  const gh = W('862.35'), gg = W('128.60'), gf = W('214.18');
  const fgp = d.w(gh + gg + gf, { sep: true }), fgh = d.w(gh), fgg = d.w(gg), fgf = d.w(gf);
  d.p`“三公”经费决算较上年${sgc}，${sgr}。全年政府采购支出${fgp}（含医疗收入安排的采购），其中货物类${fgh}、工程类${fgg}、服务类${fgf}，主要为医用设备购置、病房楼改造和医疗废物处置服务。`;
  d.chg(sgc, T.a, T.l, '三公减少额'); d.chgr(sgr, T.a, T.l, '三公下降率'); d.sum(fgp, [fgh, fgg, fgf], '政府采购 = 货物 + 工程 + 服务');
  d.h1`三、单位整体支出绩效情况`;
  const mz = d.num('32.6万人次', ''), mz0 = d.num('30.1万人次', ''), mzr = d.pc(326 - 301, 301, { pre: '增长' });
  const cj = d.y(Y('238.60')), cj0 = d.y(Y('245.30')), cjc = d.y(Y('6.70'), { pre: '减少' }), cjr = d.pc(670, 24530, { pre: '下降' });
  const zy = d.num('7.8天', ''), zy0 = d.num('8.3天', ''), zyc = d.num('0.5天', '', { pre: '减少' });
  d.p`在医疗服务方面，全年门急诊${mz}，较上年的${mz0}${mzr}；出院患者${d.x('1.42万人次', '出院人次')}，平均住院日${zy}，比上年的${zy0}${zyc}。在费用控制方面，门诊次均费用${cj}，上年为${cj0}，较上年${cjc}，${cjr}，药占比控制在${d.x('30%以内', '控制目标')}。在中医特色方面，中医药服务人次占比达到62.4%，新增省级重点专科${d.n(1, '个', { cn: true })}。`;
  d.chgr(mzr, mz, mz0, '门急诊增长率'); d.chg(zyc, zy, zy0, '平均住院日减少'); d.chg(cjc, cj, cj0, '次均费用减少额'); d.chgr(cjr, cj, cj0, '次均费用变动率 = (本年 − 上年) ÷ 上年');
  d.err(cjr, '增长2.73%', 'h', d.rels[d.rels.length - 1], '门诊次均费用由245.30元降至238.60元，却写成“增长2.73%”');
  const zxl = d.pcs(fr.lit.replace('%', ''), { nu: false });
  const st = scoreTable(d, { caption: '表3  单位整体支出绩效自评表', groups: [
    { l1: '投入', rows: [
      { l2: '预算配置', l3: '在职人员控制率', t: '≤100%', a: '94.38%', w: 500, s: 500 },
      { l2: '预算配置', l3: '“三公”经费变动率', t: '≤0', a: '下降9.52%', w: 500, s: 500 }] },
    { l1: '过程', rows: [
      { l2: '预算执行', l3: '财政拨款预算执行率', t: '100%', a: zxl, w: 1000, s: 983, srate: true },
      { l2: '预算管理', l3: '资金使用合规性', t: '合规', a: '合规', w: 500, s: 500 },
      { l2: '资产管理', l3: '固定资产利用率', t: '≥85%', a: '88.2%', w: 500, s: 500 }] },
    { l1: '产出', rows: [
      { l2: '数量', l3: '门急诊人次', t: '≥31万人次', a: '32.6万人次', w: 1000, s: 1000 },
      { l2: '质量', l3: '中医药服务人次占比', t: '≥60%', a: '62.4%', w: 1000, s: 1000 },
      { l2: '质量', l3: '平均住院日', t: '≤8天', a: '7.8天', w: 1000, s: 1000 },
      { l2: '成本', l3: '门诊次均费用增幅', t: '≤0', a: '达标', w: 1000, s: 1000 },
      { l2: '时效', l3: '重点专科建设任务按期完成', t: '按期', a: '按期', w: 1000, s: 1000 }] },
    { l1: '效益', rows: [
      { l2: '社会效益', l3: '县域内就诊率贡献', t: '持续提升', a: '提升', w: 1000, s: 1000 },
      { l2: '满意度', l3: '患者满意度', t: '≥90%', a: '93.6%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(zxl, fr, '自评表执行率 = 正文');
  d.h1`四、存在的问题`;
  d.p`一是财政拨款项目支出进度不均衡，重点专科建设项目设备采购集中在下半年，影响了整体执行进度；二是中医药人才梯队建设相对滞后，高层次中医药人才引进难度较大；三是部分大型医用设备使用效率有待提高，绩效监控结果在预算安排中的运用还不够充分。`;
  d.h1`五、下一步改进措施`;
  d.p`一是科学编制项目支出计划，按季度分解支出目标，强化执行进度监控；二是实施中医药人才“传帮带”工程，与省级中医医院建立对口帮扶关系；三是建立大型医用设备使用效益分析制度，将分析结果作为下年度设备购置和预算安排的重要依据，持续提升单位整体支出绩效。`;
});

// ===== 23 项目 · 全民健身 · docx（标题样式，评分表含小计） · 财务人员 =====
def({ no: '23', slug: 'jishui-quanmin-jianshen', fmt: 'docx', kind: '项目支出', sector: '体育（全民健身）', voice: '财务人员', org: '芰水县文化体育和旅游局', style: { docHead: 'heading' },
  title: '芰水县全民健身设施补短板项目2024年度绩效自评报告' }, (d) => {
  d.h1`一、项目概况`;
  d.p`项目名称：全民健身设施补短板项目。主管部门：县文化体育和旅游局。实施单位：县体育事业发展中心及相关乡镇人民政府。`;
  d.p`建设内容：新建县城体育公园${d.n(1, '个', { cn: true })}，在乡镇新建多功能运动场${d.n(8, '个', { cn: true })}，在行政村和社区新建或更新健身路径${d.n(36, '条')}，建设智能健身驿站${d.n(3, '个', { cn: true })}。`;
  d.h1`二、资金使用及管理情况`;
  const b = W('640.00'), ex = W('618.72');
  const fb = d.w(b), fe = d.w(ex), fr = d.pc(ex, b), fj = d.w(b - ex);
  d.p`全年预算${fb}，年中未调整。全年支出${fe}，执行率${fr}，结余${fj}，为体育公园工程结算审减。`;
  d.ratio(fr, fe, fb, '执行率 = 支出 ÷ 全年预算'); d.sum(fj, [fb, fe], '结余 = 预算 − 支出', [1, -1]);
  const it = [['县城体育公园', 1, '386.50'], ['乡镇多功能运动场', 8, '152.00'], ['健身路径', 36, '64.80'], ['智能健身驿站', 3, '15.42']];
  const rows = it.map(([n, k, e]) => { const r = { k: d.n(k, '', { hint: '个' }), e: d.w(W(e), { nu: true }), p: d.wq(W(e), k, { nu: true }) }; d.ratio(r.p, r.e, r.k, `${n} 单个投入 = 支出 ÷ 数量`); return r; });
  const te = d.w(ex, { nu: true }); d.sum(te, rows.map((r) => r.e), '表1支出合计'); d.eq(te, fe, '表1合计 = 正文');
  d.table({ caption: '表1  分项支出情况', unit: '单位：个（条）、万元', head: [['建设内容', '数量', '支出金额', '单个平均投入']], rows: [...rows.map((r, i) => [it[i][0], r.k, r.e, r.p]), ['合计', '—', te, '—']] });
  d.p`资金管理：工程类支出按合同和进度拨付，健身器材通过政府采购集中采购，安装验收后付款。`;
  d.h1`三、绩效情况`;
  const rj = d.num('2.58平方米', ''), rj0 = d.num('2.41平方米', ''), rjc = d.num('0.17平方米', '', { pre: '增加' });
  d.p`1.产出。全部建设内容按期完工并通过验收。新增体育场地面积${d.x('3.6万平方米', '面积')}。`;
  d.p`2.效益。全县人均体育场地面积${rj}，上年${rj0}，${rjc}。经常参加体育锻炼人数比例${d.x('39.5%', '比例')}。体育公园日均接待健身群众${d.x('约2,000人次', '约数')}。`;
  d.chg(rjc, rj, rj0, '人均场地面积增加');
  d.p`3.满意度。问卷调查${d.n(500, '份')}，满意度94.8%。`;
  const ft = fundTable(d, { caption: '表2  项目资金及执行率得分', unit: '单位：万元', rows: [{ name: '年度资金总额', b0: b, b1: b, ex }, { name: '其中：财政拨款', b0: b, b1: b, ex }] });
  d.eq(ft.rows[0].rate, fr, '资金表执行率 = 正文');
  const st = scoreTable(d, { caption: '表3  绩效指标自评表', extra: [{ w: ft.rows[0].w, s: ft.rows[0].s }], extraH: ft.rows[0].sHund, tdec: 2, groups: [
    { l1: '产出指标', sub: true, rows: [
      { l2: '数量指标', l3: '新建体育公园', t: '1个', a: '1个', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '新建多功能运动场', t: '8个', a: '8个', w: 1000, s: 1000 },
      { l2: '数量指标', l3: '新建更新健身路径', t: '36条', a: '36条', w: 1000, s: 1000 },
      { l2: '质量指标', l3: '工程验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '年内完工率', t: '100%', a: '100%', w: 500, s: 500 },
      { l2: '成本指标', l3: '多功能运动场单个造价', t: '≤20万元', a: '19.00万元', w: 500, s: 500 }] },
    { l1: '效益指标', sub: true, rows: [
      { l2: '社会效益指标', l3: '人均体育场地面积', t: '≥2.5平方米', a: '2.58平方米', w: 1500, s: 1500 },
      { l2: '可持续影响指标', l3: '设施完好率', t: '≥95%', a: '93%', w: 1500, s: prop(1500, 93, 95, 2), note: '部分路径器材损坏待修' }] },
    { l1: '满意度指标', sub: true, rows: [{ l2: '服务对象满意度指标', l3: '群众满意度', t: '≥90%', a: '94.8%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  const rw = st.rows.find((r) => r.r.l3 === '新建更新健身路径');
  d.err(rw.s, '8', 'g', d.rels.find((r) => r.desc === '产出指标 得分小计 = 各项得分之和'), '健身路径一项得分改为8分后，产出指标得分小计未随之更新');
  d.p`自评总分${d.sc(st.totalH, { u: '分' })}，等级“优”。`;
  d.eq(d.figs[d.figs.length - 1], st.ts, '正文总分 = 自评表');
  d.h1`四、存在问题`;
  d.p`1.部分村级健身路径器材老化损坏，维修不及时，设施完好率93%，未达目标。2.体育公园夜间照明能耗偏高，运营费用压力大。3.乡镇运动场使用率不均衡。`;
  d.h1`五、改进措施`;
  d.p`1.建立器材巡检报修台账，落实乡镇、村管护责任。2.体育公园照明改用智能控制。3.乡镇运动场向学校、企业开放预约，提高使用率。`;
});

// ===== 24 转移支付 · 大气污染防治 · docx（加粗标题、合并表头） · 公文写手+模型腔 =====
def({ no: '24', slug: 'tankou-daqi-fangzhi', fmt: 'docx', kind: '转移支付', sector: '生态环境（大气）', voice: '公文写手', org: '檀口市生态环境局', style: { docHead: 'bold' },
  title: '檀口市2024年度大气污染防治专项资金绩效自评报告' }, (d) => {
  d.p`根据市财政局关于开展2024年度财政资金绩效自评工作的通知精神，市生态环境局会同各区（县）对2024年度大气污染防治专项资金的分配、使用及绩效目标实现情况进行了认真梳理和客观评价，现将有关情况报告如下。`;
  d.h1`一、专项资金基本情况`;
  const zy = W('2500.00'), shi = W('1500.00'), tot = zy + shi;
  const ft = d.w(tot, { sep: true }), fyi = d.yi(tot), fzy = d.w(zy, { sep: true }), fsh = d.w(shi, { sep: true });
  d.p`2024年，市级下达各区（县）大气污染防治专项资金${ft}（折合${fyi}），其中中央大气污染防治资金${fzy}、市级配套资金${fsh}，重点支持燃煤锅炉淘汰、重点行业挥发性有机物（VOCs）综合治理、扬尘污染管控以及大气环境监测能力建设。近三年全市大气污染防治累计投入${d.x('超过1.2亿元', '累计投入，约数')}。`;
  d.sum(ft, [fzy, fsh], '专项资金 = 中央 + 市级'); d.eq(fyi, ft, '亿元口径 = 万元口径');
  d.h1`二、资金分配和使用情况`;
  const cs = [['檀东区', '1280.00', '1246.35', 12, 36], ['檀西区', '960.00', '941.28', 8, 28], ['鹭湾区', '745.00', '716.64', 6, 19], ['枞川县', '620.00', '604.17', 9, 14], ['桦溪县', '395.00', '388.46', 5, 11]];
  const t1 = gridTable(d, { name: '表1', caption: '表1  各区（县）资金使用及任务完成情况', unit: '单位：万元、台、家', total: '合计',
    head: [[{ v: '区（县）', rs: 2 }, { v: '专项资金（万元）', cs: 3 }, { v: '主要任务完成情况', cs: 2 }], ['下达', '支出', '执行率（%）', '淘汰燃煤锅炉（台）', 'VOCs治理企业（家）']],
    cols: [{ key: 'name', h: '区（县）', k: 'text' }, { key: 'b', h: '下达', k: 'w', sum: true, sep: true }, { key: 'e', h: '支出', k: 'w', sum: true, sep: true }, { key: 'r', h: '执行率', k: 'pc', of: ['e', 'b'] },
      { key: 'g', h: '淘汰燃煤锅炉', k: 'n', sum: true, unit: '台' }, { key: 'v', h: 'VOCs治理企业', k: 'n', sum: true, unit: '家' }],
    rows: cs.map(([name, b, e, g, v]) => ({ name, b: W(b), e: W(e), g, v })) });
  const TV = t1.totalVal, T = t1.total.f;
  d.eq(T.b, ft, '表1下达合计 = 专项资金');
  const pe = d.w(TV.e, { sep: true }), pr = d.pc(TV.e, TV.b), td = d.w(W('1246.35'), { sep: true }), tds = d.pc(W('1246.35'), TV.e);
  d.p`截至2024年底，各区（县）共支出专项资金${pe}，资金执行率${pr}。从区域分布看，檀东区工业企业集中、治理任务最重，全年支出${td}，占全市支出的${tds}；鹭湾区执行率相对较低，主要是${d.n(2, '家', { cn: true })}企业VOCs治理设施因设备供货延迟未完成验收，补助资金暂未拨付。`;
  d.eq(pe, T.e, '正文支出 = 表1合计'); d.ratio(pr, T.e, T.b, '执行率 = 合计支出 ÷ 合计下达'); d.eq(td, t1.rows[0].f.e, '正文檀东区支出 = 表1'); d.ratio(tds, t1.rows[0].f.e, T.e, '檀东区支出占比 = 檀东区支出 ÷ 全市支出');
  d.err(td, '1,264.35万元', 'd', d.rels[d.rels.length - 2], '檀东区支出1,246.35万元误录为1,264.35万元（中间两位数字颠倒），与表1不符');
  d.p`资金管理方面，各区（县）对治理项目实行“先治理、后补助”和“以奖代补”，补助资金在项目通过环保验收并公示后拨付；市局组织开展专项资金使用情况抽查，抽查项目${d.n(45, '个')}，未发现虚报冒领问题。`;
  d.h1`三、绩效目标实现情况`;
  const gl = d.n(40, '台'), vo = d.n(108, '家');
  d.p`（一）产出。全年淘汰燃煤锅炉${gl}，完成VOCs综合治理企业${vo}，新建大气自动监测微站${d.x('60个', '微站数')}，建成扬尘在线监测点位${d.x('120余个', '约数')}。`;
  d.eq(gl, T.g, '正文淘汰锅炉 = 表1合计'); d.eq(vo, T.v, '正文VOCs企业 = 表1合计');
  const pm = d.num('33.8微克/立方米', ''), pm0 = d.num('36.2微克/立方米', ''), pmr = d.pc(24, 362, { pre: '下降' });
  d.p`（二）效益。全市细颗粒物（PM2.5）年均浓度${pm}，较上年的${pm0}${pmr}；空气质量优良天数比例为87.4%，完成省下达的年度目标；全年未出现重污染天气。`;
  d.chgr(pmr, pm, pm0, 'PM2.5浓度变动率 = (本年 − 上年) ÷ 上年');
  d.p`（三）满意度。群众对大气环境质量改善的满意度为90.6%。总体来看，专项资金的投入有效推动了重点污染源治理，为全市空气质量持续改善提供了有力保障。`;
  const st = scoreTable(d, { caption: '表2  专项资金绩效自评表', execRow: { w: 1000, s: 974, rateFig: d.pcs(pr.lit.replace('%', ''), { nu: false }) }, groups: [
    { l1: '产出指标', rows: [
      { l2: '数量指标', l3: '淘汰燃煤锅炉', t: '≥40台', a: '40台', w: 1500, s: 1500 },
      { l2: '数量指标', l3: 'VOCs综合治理企业', t: '≥100家', a: '108家', w: 1500, s: 1500 },
      { l2: '质量指标', l3: '治理项目验收合格率', t: '100%', a: '100%', w: 1000, s: 1000 },
      { l2: '时效指标', l3: '年度治理任务完成率', t: '100%', a: '98.1%', w: 1000, s: prop(1000, 98.1, 100, 1), note: '2家企业验收顺延' }] },
    { l1: '效益指标', rows: [
      { l2: '生态效益指标', l3: 'PM2.5年均浓度', t: '≤35微克/立方米', a: '33.8微克/立方米', w: 1500, s: 1500 },
      { l2: '生态效益指标', l3: '空气质量优良天数比例', t: '≥86%', a: '87.4%', w: 1500, s: 1500 }] },
    { l1: '满意度指标', rows: [{ l2: '服务对象满意度指标', l3: '群众满意度', t: '≥90%', a: '90.6%', w: 1000, s: 1000 }] }], gradeInTable: '优' });
  d.eq(st.execRate, pr, '自评表执行率 = 正文');
  d.h1`四、存在的问题`;
  d.p`一是部分区（县）项目储备不足，资金下达后才开始组织项目申报，影响了资金使用效率；二是中小企业VOCs治理设施运维水平不高，存在“建而不用、用而不稳”的现象；三是资金绩效目标设置偏重产出，对治理设施长期运行效果的跟踪评价不够。`;
  d.h1`五、改进措施`;
  d.p`一是建立大气污染防治项目储备库，实行“资金等项目”；二是强化治理设施运行监管，推动重点企业安装用电监控和在线监测设备；三是完善绩效指标体系，增设治理设施稳定运行率等指标，并将自评结果与下年度资金分配挂钩。`;
});

// ---------- 输出 ----------
const KIND_NAME = { a: '沿用上年数值', b: '合计未随分项更新', c: '计量单位错写', d: '数字错位或误录', e: '比率口径（分母）错误', f: '小结复述与正文不符', g: '评分表总分/等级未更新', h: '增减方向写反' };
function writeFile(rel, data) { const p = path.join(OUT, rel); fs.mkdirSync(path.dirname(p), { recursive: true }); fs.writeFileSync(p, data); }
async function packDocx(rep, seed) { reseed(seed); const buf = await docx.Packer.toBuffer(buildDocx(rep)); return buf; }

async function main() {
  const files = []; const answers = ['file\tline\told\tnew\tkind\trelation'];
  for (const def of REPORTS) {
    const rep = new Report(def.meta); def.build(rep);
    const name = `${rep.no}-${rep.slug}.${rep.fmt}`;
    if (!rep.error) throw new Error('no error defined: ' + name);
    const e = rep.error; if (e.fig.rels.length !== 1) console.warn(`WARN ${name}: error figure ${e.fig.lit} is in ${e.fig.rels.length} relations (${e.fig.rels})`);
    let L;
    if (rep.fmt === 'docx') {
      L = renderDocxLines(rep);
      writeFile('clean/' + name, await packDocx(rep, 7));
      const oldLit = e.fig.lit; e.fig.lit = e.newLit; writeFile('bad/' + name, await packDocx(rep, 7)); e.fig.lit = oldLit;
    } else {
      L = renderText(rep, rep.fmt);
      writeFile('clean/' + name, L.lines.join('\n') + '\n');
      const p = L.pos[e.fig.id]; const lines = L.lines.slice(); const ln = lines[p.line - 1];
      if (ln.substr(p.col, e.fig.lit.length) !== e.fig.lit) throw new Error('pos mismatch ' + name);
      lines[p.line - 1] = ln.slice(0, p.col) + e.newLit + ln.slice(p.col + e.fig.lit.length);
      writeFile('bad/' + name, lines.join('\n') + '\n');
    }
    for (const f of rep.figs) if (!L.pos[f.id]) throw new Error(`figure not rendered ${name} ${f.id} ${f.lit}`);
    const ep = L.pos[e.fig.id];
    const mentions = {}; for (const f of rep.figs) if (f.kind !== 'decoy') mentions[f.id] = { line: L.pos[f.id].line, col: L.pos[f.id].col, lit: f.lit, hint: f.hint };
    const decoys = rep.figs.filter((f) => f.kind === 'decoy').map((f) => ({ line: L.pos[f.id].line, col: L.pos[f.id].col, lit: f.lit, note: f.note }));
    const ref = (x) => x && (Array.isArray(x) ? x.map((y) => y.id) : x.id);
    const relations = rep.rels.map((r) => { const o = { id: r.id, type: r.type, desc: r.desc }; for (const k of ['lhs', 'a', 'b', 'num', 'den', 'cur', 'prev', 'w', 'rate', 'total', 'terms']) if (r[k]) o[k] = ref(r[k]); if (r.signs) o.signs = r.signs; return o; });
    const near = L.lines[ep.line - 1];
    const nearTxt = near.length > 60 ? near.slice(Math.max(0, ep.col - 25), ep.col + 35) : near;
    files.push({ file: 'clean/' + name, bad: 'bad/' + name, fmt: rep.fmt, kind: rep.kind, sector: rep.sector, title: rep.title, voice: rep.voice,
      lines: L.lines.length, mentions, relations, decoys,
      error: { mention: e.fig.id, line: ep.line, col: ep.col, old: e.fig.lit, new: e.newLit, kind: e.kind, kindName: KIND_NAME[e.kind], relation: e.rel.id, note: e.note } });
    const relTxt = `${e.rel.id} ${e.rel.desc}；${e.note}` + (rep.fmt === 'docx' ? `（docx 第${ep.line}段/表格行，字符偏移${ep.col}：“${nearTxt.replace(/\t/g, ' | ')}”）` : `（第${ep.line}行，字符偏移${ep.col}）`);
    answers.push([name, ep.line, e.fig.lit, e.newLit, `${e.kind}:${KIND_NAME[e.kind]}`, relTxt.replace(/\t/g, ' ')].join('\t'));
  }
  writeFile('relations.json', JSON.stringify({ note: 'mentions: line/col 为 1 起行号、0 起列号（JS 字符串下标）；docx 的“行”= document.xml 正文中的段落或表格行（单元格以\\t连接）。', files }, null, 1) + '\n');
  writeFile('bad/ANSWERS.tsv', answers.join('\n') + '\n');
  console.log(`wrote ${files.length} reports`);
}
if (require.main === module) main().catch((e) => { console.error(e); process.exit(1); });

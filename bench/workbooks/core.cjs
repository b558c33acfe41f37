'use strict';
// Generator framework: workbook/sheet wrappers, relation registry, reusable blocks.
const ExcelJS = require('exceljs');
const L = require('./lib.cjs');
const { dec, decNum, decSum, decSub, divRound, shown, numsIn, cmpOf } = L;

const thin = { style: 'thin', color: { argb: 'FF000000' } };
const BORDER = { top: thin, left: thin, bottom: thin, right: thin };

// ---------- arithmetic on 2-decimal amounts, exact ----------
const add = (...xs) => decNum(decSum(xs.flat().map((x) => (typeof x === 'number' ? x : 0))));
const sub = (a, b) => decNum(decSub(dec(a), dec(b)));
const rate = (n, d, dp) => decNum(divRound(n, d, dp)); // n/d rounded to dp decimals (fraction)
const mulRound = (n, d, mul, dp) => decNum(divRound(n, d, dp, mul)); // n/d*mul rounded
const f2 = (x) => x.toFixed(2);

function colIdx(col) { let n = 0; for (const ch of col) n = n * 26 + (ch.charCodeAt(0) - 64); return n; }
function colName(n) { let s = ''; while (n > 0) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; }
function nextCol(c, k = 1) { return colName(colIdx(c) + k); }
function splitAddr(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); return [m[1], Number(m[2])]; }

class Ctx {
  constructor(no, short, kind) {
    this.no = no; this.short = short; this.kind = kind;
    this.file = `${String(no).padStart(2, '0')}-${short}.xlsx`;
    this.wb = new ExcelJS.Workbook();
    this.wb.creator = 'Administrator';
    this.wb.lastModifiedBy = 'Administrator';
    this.wb.created = new Date(Date.UTC(2025, 2, 3, 8, 0, 0));
    this.wb.modified = new Date(Date.UTC(2025, 2, 20, 9, 30, 0));
    this.rels = []; this.features = []; this.mut = null; this.unit = '';
    this.sheets = {};
  }
  sheet(name, opts = {}) { const s = new S(this, name, opts); this.sheets[name] = s; return s; }
  emptySheet(name) { this.wb.addWorksheet(name); this.feat(`empty ${name}`); }
  feat(...f) { this.features.push(...f); }
  mutate(sheet, cell, to, relId, note) { this.mut = { sheet, cell, to, relId, note }; }
}

class S {
  constructor(ctx, name, opts = {}) {
    this.ctx = ctx; this.name = name;
    const wsOpts = {};
    if (opts.state) wsOpts.state = opts.state;
    if (opts.tab) wsOpts.properties = { tabColor: { argb: opts.tab } };
    wsOpts.views = [{ showGridLines: opts.grid !== false }];
    this.ws = ctx.wb.addWorksheet(name, wsOpts);
    this.font = opts.font || '宋体';
    this.size = opts.size || 10;
  }
  put(addr, v, o = {}) {
    const c = this.ws.getCell(addr);
    if (v !== null && typeof v === 'object' && !(v instanceof Date) && 'f' in v) {
      c.value = v.shared ? { sharedFormula: v.shared, result: v.r } : v.ref ? { formula: v.f, result: v.r, shareType: 'shared', ref: v.ref } : { formula: v.f, result: v.r };
    } else if (o.text && typeof v === 'number') c.value = o.textFmt ? shown(v, o.textFmt) : v.toFixed(o.dp ?? 2);
    else c.value = v;
    if (o.fmt) c.numFmt = o.fmt;
    c.font = { name: this.font, size: o.size || this.size, bold: !!o.bold };
    const isNum = typeof v === 'number' || (v && typeof v === 'object' && 'f' in v) || o.text;
    c.alignment = { vertical: 'middle', horizontal: o.h || (isNum ? 'right' : 'center'), wrapText: o.wrap !== false, indent: o.indent || 0 };
    if (o.border !== false) c.border = BORDER;
    return addr;
  }
  merge(range, v, o = {}) {
    const [a, b] = range.split(':');
    this.put(a, v, o);
    if (o.border !== false) this.border(range);
    this.ws.mergeCells(range);
    return a;
  }
  border(range) {
    const [a, b] = range.split(':');
    const [c1, r1] = splitAddr(a); const [c2, r2] = splitAddr(b || a);
    for (let r = r1; r <= r2; r++) for (let c = colIdx(c1); c <= colIdx(c2); c++) this.ws.getCell(`${colName(c)}${r}`).border = BORDER;
  }
  widths(obj) { for (const [k, w] of Object.entries(obj)) this.ws.getColumn(k).width = w; }
  height(r, h) { this.ws.getRow(r).height = h; }
  rel(r) { r.sheet = r.sheet || this.name; r.id = this.ctx.rels.length + 1; this.ctx.rels.push(r); return r.id; }
  v(addr) { const c = this.ws.getCell(addr).value; return c && typeof c === 'object' && 'result' in c ? c.result : c; }
}

// ---------- blocks ----------
// a note block: 注, 填表人, 联系电话, 填报日期 (real date)
function notes(S, r, span, o) {
  let row = r;
  if (o.note) { S.merge(`A${row}:${span}${row}`, o.note, { h: 'left', border: false }); row++; }
  if (o.oneLine) {
    // 填表人：xx  联系电话：xx  | date in its own cell
    const [c] = splitAddr(`${span}1`);
    const mid = colName(Math.max(2, colIdx(c) - 2));
    S.merge(`A${row}:${mid}${row}`, `填表人：${o.filler}　　联系电话：${o.phone}`, { h: 'left', border: false });
    S.put(`${nextCol(mid)}${row}`, '填报日期：', { h: 'right', border: false });
    S.merge(`${nextCol(mid, 2)}${row}:${span}${row}`, o.date, { fmt: o.dateFmt || 'yyyy"年"m"月"d"日"', h: 'left', border: false });
    return row + 1;
  }
  S.put(`A${row}`, '填表人：', { h: 'right', border: false }); S.put(`B${row}`, o.filler, { h: 'left', border: false });
  S.put(`C${row}`, '联系电话：', { h: 'right', border: false }); S.put(`D${row}`, o.phone, { h: 'left', border: false });
  if (o.checker) { S.put(`E${row}`, '审核人：', { h: 'right', border: false }); S.put(`F${row}`, o.checker, { h: 'left', border: false }); }
  const dc = o.dateCol || nextCol(span, -1);
  S.put(`${nextCol(dc, -1)}${row}`, '填报日期：', { h: 'right', border: false });
  S.put(`${dc}${row}`, o.date, { fmt: o.dateFmt || 'yyyy-mm-dd', h: 'left', border: false });
  return row + 1;
}
const D = (y, m, d) => new Date(Date.UTC(y, m - 1, d));

// score an indicator from its shown target/actual texts
function scoreOf(it, sDec) {
  if (it.dir === 'text') { if (it.met === false) throw new Error('text indicator must be met'); return { met: true, s: it.w }; }
  const tText = typeof it.t === 'number' ? shown(it.t, it.tf) : it.t;
  const aText = typeof it.a === 'number' ? shown(it.a, it.af) : it.a;
  const tn = numsIn(tText)[0]; const an = numsIn(aText)[0];
  if (!tn || !an) throw new Error(`no number in ${tText} / ${aText}`);
  const cmp = it.cmp || cmpOf(tText);
  const c = L.decCmp(dec(an.s), dec(tn.s));
  let met;
  if (it.dir === 'lower') met = cmp === '<' ? c < 0 : c <= 0;
  else met = cmp === '>' ? c > 0 : c >= 0;
  if (met) return { met, s: it.w, tn, an };
  if (it.dir === 'lower') throw new Error('clean file: lower-is-better indicator not met ' + it.l3);
  if (!it.reason) throw new Error('unmet indicator needs a reason ' + it.l3);
  return { met, s: decNum(divRound(an.s, tn.s, sDec, it.w)), tn, an };
}

/**
 * Indicator rows.
 * cfg.cols: {l1,l2,l3,l3to?,cmp?,t,unit?,a,rate?,w,s,reason,reasonTo?}
 * cfg.items: [{l1,l2,l3,t,a,w,dir,reason,tf,af,cmp,unit}]
 */
function indBlock(S, r0, cfg) {
  const C = cfg.cols; const items = cfg.items; const out = { rows: [], wCells: [], sCells: [] };
  let r = r0;
  const sFmt = cfg.sFmt; const sDec = cfg.sDec ?? 2;
  for (const it of items) {
    const sc = it.exec ? { met: true, s: execScore(it.exec.n, it.exec.d, it.w, it.exec.rateDp, sDec) } : scoreOf(it, sDec);
    it._r = r; it._s = sc.s; it._met = sc.met;
    const ho = { h: 'center' };
    if (!cfg.mergeL1 || cfg.repeatL1) S.put(`${C.l1}${r}`, cfg.l1Label ? cfg.l1Label(it.l1, groupW(items, it.l1)) : it.l1, ho);
    if (!cfg.mergeL2) S.put(`${C.l2}${r}`, it.l2, ho);
    if (C.l3to) S.merge(`${C.l3}${r}:${C.l3to}${r}`, it.l3, { h: 'left' }); else S.put(`${C.l3}${r}`, it.l3, { h: 'left' });
    if (C.cmp) S.put(`${C.cmp}${r}`, it.cmp || (it.dir === 'text' ? '定性' : '＝'), { h: 'center' });
    const tv = typeof it.t === 'number' ? it.t : it.t; const av = it.a;
    S.put(`${C.t}${r}`, tv, { fmt: it.tf, h: 'center' });
    if (C.unit) S.put(`${C.unit}${r}`, it.unit || '', { h: 'center' });
    S.put(`${C.a}${r}`, av, { fmt: it.af, h: 'center' });
    if (C.rate) {
      if (it.dir === 'higher' && sc.tn && !(it.noRate)) {
        const tRef = `${C.t}${r}` + (typeof it.t === 'string' ? '#1' : ''); const aRef = `${C.a}${r}` + (typeof it.a === 'string' ? '#1' : '');
        const rd = cfg.rateDec ?? 1;
        const tNum = Number(sc.tn.s), aNum = Number(sc.an.s);
        const val = cfg.rateFormula && typeof it.t === 'number' && typeof it.a === 'number'
          ? { f: `${C.a}${r}/${C.t}${r}`, r: it.a / it.t }
          : decNum(divRound(sc.an.s, sc.tn.s, rd + 2));
        S.put(`${C.rate}${r}`, val, { fmt: cfg.rateFmt || '0.0%' });
        it._rateCell = `${C.rate}${r}`;
        it._rateRel = S.rel({ type: 'ratio', target: `${C.rate}${r}`, num: aRef, den: tRef, label: `${it.l3}完成率=实际完成值/年度指标值` });
        void tNum; void aNum;
      } else S.put(`${C.rate}${r}`, '—', { h: 'center' });
    }
    S.put(`${C.w}${r}`, it.w, { fmt: cfg.wFmt, h: 'center' });
    S.put(`${C.s}${r}`, sc.s, { fmt: sFmt, h: 'center' });
    const reasonText = sc.met ? (it.note || '') : it.reason;
    if (C.reasonTo) S.merge(`${C.reason}${r}:${C.reasonTo}${r}`, reasonText, { h: 'left' }); else S.put(`${C.reason}${r}`, reasonText, { h: 'left' });
    if (it.exec) {
      it._scoreRel = S.rel({ type: 'execscore', target: `${C.s}${r}`, num: it.exec.num, den: it.exec.den, weight: `${C.w}${r}`, label: '预算执行率得分=执行率×分值（上限为分值）' });
      out.rows.push({ r, it }); out.wCells.push(`${C.w}${r}`); out.sCells.push(`${C.s}${r}`); r++; continue;
    }
    const rel = { type: 'indscore', score: `${C.s}${r}`, weight: `${C.w}${r}`, target: `${C.t}${r}`, actual: `${C.a}${r}`, dir: it.dir, reason: `${C.reason}${r}`, label: `${it.l3}得分` };
    if (C.cmp) rel.cmpRef = `${C.cmp}${r}`;
    it._scoreRel = S.rel(rel);
    out.rows.push({ r, it }); out.wCells.push(`${C.w}${r}`); out.sCells.push(`${C.s}${r}`);
    r++;
  }
  // merges for l1 and l2
  const groups = (key) => { const g = []; let start = 0; for (let i = 1; i <= items.length; i++) if (i === items.length || key(items[i]) !== key(items[start])) { g.push([start, i - 1]); start = i; } return g; };
  if (cfg.mergeL1 && !cfg.repeatL1) for (const [a, b] of groups((x) => x.l1)) {
    const w = add(items.slice(a, b + 1).map((x) => x.w));
    const label = cfg.l1Label ? cfg.l1Label(items[a].l1, w) : items[a].l1;
    const addr = `${C.l1}${items[a]._r}`;
    if (b > a) S.merge(`${addr}:${C.l1}${items[b]._r}`, label, { h: 'center' }); else S.put(addr, label, { h: 'center' });
    if (numsIn(label).length) S.rel({ type: 'sum', target: `${addr}#1`, parts: items.slice(a, b + 1).map((x) => `${C.w}${x._r}`), label: `${items[a].l1}分值=所属三级指标分值之和` });
    items[a]._l1Cell = addr;
  }
  if (cfg.mergeL1 && cfg.repeatL1) for (const [a, b] of groups((x) => x.l1)) {
    // label repeated per row; register the group sum once (first row)
    const addr = `${C.l1}${items[a]._r}`;
    const label = S.v(addr);
    if (numsIn(String(label)).length) S.rel({ type: 'sum', target: `${addr}#1`, parts: items.slice(a, b + 1).map((x) => `${C.w}${x._r}`), label: `${items[a].l1}分值=所属三级指标分值之和` });
  }
  if (cfg.mergeL2) for (const [a, b] of groups((x) => x.l1 + '|' + x.l2)) {
    const addr = `${C.l2}${items[a]._r}`;
    if (b > a) S.merge(`${addr}:${C.l2}${items[b]._r}`, items[a].l2, { h: 'center' }); else S.put(addr, items[a].l2, { h: 'center' });
  }
  out.next = r;
  return out;
}
function groupW(items, l1) { return add(items.filter((x) => x.l1 === l1).map((x) => x.w)); }

// 预算执行率得分 = min(n/d,1) × w rounded to sDp; refuses numbers where the shown rate would give another score
function execScore(n, d, w, rateDp, sDp) {
  if (L.decCmp(dec(n), dec(d)) >= 0) return w;
  const s1 = mulRound(n, d, w, sDp);
  const r = rate(n, d, rateDp);
  const s2 = decNum(divRound(r, 1, sDp, w));
  if (s1 !== s2) throw new Error(`exec score ${s1} from ratio but ${s2} from shown rate ${r}`);
  return s1;
}

function grade(total) { return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差'; }

// mechanical helpers for indicator item literals
const I = (l1, l2, l3, t, a, w, dir = 'higher', extra = {}) => ({ l1, l2, l3, t, a, w, dir, ...extra });

module.exports = { Ctx, S, add, sub, rate, mulRound, f2, colIdx, colName, nextCol, splitAddr, notes, D, indBlock, scoreOf, execScore, grade, I, BORDER, L };

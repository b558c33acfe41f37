'use strict';
// Shared helpers for the generator: rng, decimal arithmetic, cell writer with a registry, relation evaluator.
const ExcelJS = require('exceljs');

function rng(seed) { // mulberry32
  let a = seed >>> 0;
  const f = () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  f.int = (lo, hi) => lo + Math.floor(f() * (hi - lo + 1));
  f.pick = (arr) => arr[Math.floor(f() * arr.length)];
  return f;
}

// integer half-up (away from zero) division of BigInts
function divHalfUp(n, d) {
  n = BigInt(n); d = BigInt(d);
  if (d < 0n) { n = -n; d = -d; }
  const neg = n < 0n; if (neg) n = -n;
  const q = (2n * n + d) / (2n * d);
  return neg ? -q : q;
}
const P10 = (k) => 10n ** BigInt(k);
const units = (x, dp) => BigInt(Math.round(Number(x) * 10 ** dp));
// display-unit number from integer units
const fromU = (u, dp) => Number(u) / 10 ** dp;

function fmtThousands(x, dp) {
  const s = Math.abs(x).toFixed(dp); const [i, f] = s.split('.');
  const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (x < 0 ? '-' : '') + ii + (f ? '.' + f : '');
}
// display string of a registered cell
function display(c) {
  if (c.style === 'text' || c.style === 'pcttext' || c.style === 'numtext') return String(c.raw);
  const dp = c.dp;
  if (c.style === 'pct') return (c.v).toFixed(dp) + '%';
  if ((c.fmt || '').startsWith('#,##0')) return fmtThousands(c.v, dp);
  return c.v.toFixed(dp);
}
function parseNum(s) {
  const m = String(s).replace(/，/g, ',').match(/-?\d[\d,]*(\.\d+)?/);
  return m ? Number(m[0].replace(/,/g, '')) : null;
}

const THIN = { style: 'thin' };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

class Book {
  constructor(id) {
    this.id = id; this.wb = new ExcelJS.Workbook();
    const d = new Date(Date.UTC(2025, 2, 15, 9, 0, 0));
    this.wb.creator = '财务科'; this.wb.lastModifiedBy = '财务科';
    this.wb.created = d; this.wb.modified = d; this.wb.lastPrinted = d;
    this.cells = {}; this.rels = []; this.overrides = {};
  }
  sheet(name, widths) {
    const ws = this.wb.addWorksheet(name);
    if (widths) ws.columns = widths.map((w) => ({ width: w }));
    const b = this; const S = {
      ws, name, book: b,
      // style: num|pct|pcttext|numtext|formula|text ; u = integer units, dp decimals (pct: percent units)
      put(addr, val, o = {}) {
        const key = name + '!' + addr; const cell = ws.getCell(addr);
        const st = o.style || (typeof val === 'string' ? 'text' : 'num');
        let rec = { style: st, dp: o.dp ?? 2, fmt: o.fmt };
        if (st === 'text') { rec.raw = val; }
        else {
          let u = BigInt(val);
          if (b.overrides[key] !== undefined) u = BigInt(b.overrides[key]);
          rec.u = u; rec.v = fromU(u, rec.dp);
          if (st === 'pcttext') rec.raw = rec.v.toFixed(rec.dp) + '%';
          if (st === 'numtext') rec.raw = fmtThousands(rec.v, rec.dp);
        }
        if (st === 'text') cell.value = val;
        else if (st === 'pct') { cell.value = Number(rec.u) / 10 ** (rec.dp + 2); cell.numFmt = '0.' + '0'.repeat(rec.dp) + '%'; if (rec.dp === 0) cell.numFmt = '0%'; }
        else if (st === 'pcttext' || st === 'numtext') cell.value = rec.raw;
        else if (st === 'formula') { rec.formula = true; cell.value = { formula: o.formula, result: rec.v }; cell.numFmt = o.fmt || ('0.' + '0'.repeat(rec.dp)); rec.fmt = cell.numFmt; }
        else { cell.value = rec.v; cell.numFmt = o.fmt || (rec.dp ? '0.' + '0'.repeat(rec.dp) : '0'); rec.fmt = cell.numFmt; }
        if (st === 'text' && b.overrides[key] !== undefined) { rec.raw = b.overrides[key]; cell.value = rec.raw; }
        if (st === 'pcttext' && b.overrides[key] !== undefined) { /* handled through u */ }
        if (o.box !== false) cell.border = BORDER;
        cell.alignment = { vertical: 'middle', horizontal: o.align || (st === 'text' ? 'center' : 'right'), wrapText: true };
        if (o.bold) cell.font = { bold: true };
        rec.sheet = name; rec.addr = addr; b.cells[key] = rec;
        return key;
      },
      text(addr, s, o = {}) { return S.put(addr, s, { ...o, style: 'text' }); },
      merge(range, s, o = {}) {
        const [a] = range.split(':'); if (s !== undefined) S.text(a, s, o);
        ws.mergeCells(range);
        const r = ws.getCell(a); if (o.box !== false) r.border = BORDER;
        return name + '!' + a;
      },
      title(range, s, size = 16) { S.merge(range, s, { box: false }); const c = ws.getCell(range.split(':')[0]); c.font = { bold: true, size }; c.alignment = { horizontal: 'center', vertical: 'middle' }; },
      plain(addr, s, align = 'left') { const c = ws.getCell(addr); c.value = s; c.alignment = { horizontal: align, vertical: 'middle', wrapText: true }; },
      height(r, h) { ws.getRow(r).height = h; },
    };
    return S;
  }
  rel(r) { r.id = 'R' + String(this.rels.length + 1).padStart(3, '0'); this.rels.push(r); return r; }
}

// ---------- relation evaluation (generator side) ----------
function cellNum(c) {
  if (!c) return null;
  if (c.style === 'text') return parseNum(c.raw);
  return c.v;
}
function evalRel(cells, r) {
  const g = (k) => { const v = cellNum(cells[k]); if (v === null || v === undefined) throw new Error('no value ' + k); return v; };
  const dp = r.dp ?? 2;
  switch (r.type) {
    case 'lin': {
      let s = 0n; for (const [k, a] of r.terms) s += BigInt(k) * units(g(a), dp);
      return s === units(g(r.target), dp);
    }
    case 'ratio': { // target (percent) = Σnum / Σden *100
      const W = 6; let n = 0n, d = 0n;
      for (const [k, a] of r.num) n += BigInt(k) * units(g(a), W);
      for (const [k, a] of r.den) d += BigInt(k) * units(g(a), W);
      return divHalfUp(n * 100n * P10(dp), d) === units(g(r.target), dp);
    }
    case 'score_rate': {
      const W = 6; const n = units(g(r.num), W), d = units(g(r.den), W), w = units(g(r.weight), W);
      let s = divHalfUp(n * w * P10(dp), d * P10(W)); const cap = divHalfUp(w * P10(dp), P10(W));
      if (s > cap) s = cap; return s === units(g(r.target), dp);
    }
    case 'prop': {
      const W = 6; const a = units(g(r.actual), W), t = units(g(r.goal), W), w = units(g(r.weight), W);
      let s = r.lower ? divHalfUp(t * w * P10(dp), a * P10(W)) : divHalfUp(a * w * P10(dp), t * P10(W)); const cap = divHalfUp(w * P10(dp), P10(W));
      if (s > cap) s = cap; return s === units(g(r.target), dp);
    }
    case 'le': return units(g(r.a), 6) <= units(g(r.b), 6);
    case 'eq': return units(g(r.a), dp) === divHalfUp(units(g(r.b), dp), BigInt(r.scale || 1));
    default: throw new Error('type ' + r.type);
  }
}

module.exports = { rng, divHalfUp, P10, units, fromU, fmtThousands, display, parseNum, Book, evalRel, BORDER };

'use strict';
// Figure/relation engine + renderers (md, docx). Decimal arithmetic only (decimal.js).
const Decimal = require('decimal.js');
Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const D = (x) => new Decimal(x);

function rng(seed) { // mulberry32
  let a = seed >>> 0;
  return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
}

const CN = '零一二三四五六七八九';
function toCn(n) { // 1..9999
  n = Number(n); if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error('cn ' + n);
  if (n === 0) return '零';
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  const units = [[1000, '千'], [100, '百'], [10, '十']]; let s = ''; let zero = false; let r = n;
  for (const [u, c] of units) { const q = Math.floor(r / u); r %= u; if (q) { if (zero) s += '零'; s += CN[q] + c; zero = false; } else if (s) zero = true; }
  if (r) { if (zero) s += '零'; s += CN[r]; }
  return s;
}

function fmt(v, f) {
  v = D(v);
  if (f.t === 'cn') return toCn(v.toNumber());
  let s = v.abs().toFixed(f.d || 0);
  if (f.comma) { const [i, dpart] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (dpart !== undefined ? '.' + dpart : ''); }
  return (v.isNeg() && !f.abs ? '-' : '') + s;
}

class Report {
  constructor(meta) {
    this.meta = meta; this.r = rng(meta.seed); this.v = {}; this.f = {}; this.rels = []; this.blocks = []; this.uses = {};
  }
  // ---- randomness helpers (deterministic)
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  part(x, lo, hi) { return D(x).times(this.int(lo * 10, hi * 10)).div(1000).plus(D(this.int(0, 99)).div(100)).toDecimalPlaces(2); } // ~lo..hi % of x, with cents
  money(a, b) { return D(this.int(Math.round(a * 100), Math.round(b * 100))).div(100); } // 2-decimal amount
  // ---- figures
  set(k, val, f) { if (k in this.v) throw new Error('dup ' + k); this.v[k] = D(val); this.f[k] = f || { t: 'n', d: 0 }; return this.v[k]; }
  m(k, val, comma) { return this.set(k, D(val).toDecimalPlaces(2), { t: 'n', d: 2, comma: !!comma }); }
  n(k, val, cn) { return this.set(k, D(val), cn ? { t: 'cn' } : { t: 'n', d: 0 }); }
  p(k, val, d) { return this.set(k, D(val), { t: 'n', d: d || 0 }); }
  rel(kind, out, ins, label, extra) { this.rels.push(Object.assign({ kind, out, in: ins, label }, extra || {})); }
  sum(out, parts, label, f) { const v = parts.reduce((s, k) => s.plus(this.v[k]), D(0)); this.set(out, v, f || this.f[parts[0]]); this.rel('sum', out, parts, label); return v; }
  diff(out, a, b, label, f) { const v = this.v[a].minus(this.v[b]); this.set(out, v, Object.assign({}, f || this.f[a], { abs: true })); this.rel('diff', out, [a, b], label, { abs: true }); return v; }
  ratio(out, a, b, d, label, k) { k = k || 100; const v = this.v[a].times(k).div(this.v[b]).toDecimalPlaces(d, Decimal.ROUND_HALF_UP); this.set(out, v, { t: 'n', d }); this.rel('ratio', out, [a, b], label, { k: String(k), d }); return v; }
  growth(out, cur, prev, d, label) { const v = this.v[cur].minus(this.v[prev]).times(100).div(this.v[prev]).abs().toDecimalPlaces(d, Decimal.ROUND_HALF_UP); this.set(out, v, { t: 'n', d }); this.rel('growth', out, [cur, prev], label, { d }); return v; }
  capscore(out, rate, w, d, label) { let v = this.v[rate].times(this.v[w]).div(100); if (v.gt(this.v[w])) v = this.v[w]; v = v.toDecimalPlaces(d, Decimal.ROUND_HALF_UP); this.set(out, v, { t: 'n', d }); this.rel('capscore', out, [rate, w], label, { d }); return v; }
  hold(kind, out, ins, label, extra) { this.rel(kind, out, ins, label, extra); }
  up(a, b) { return this.v[a].gte(this.v[b]); }
  dir(a, b, up, down) { return this.v[a].gte(this.v[b]) ? up : down; }
  // ---- blocks
  title(s) { this.blocks.push({ t: 'title', s }); }
  h1(s) { this.blocks.push({ t: 'h1', s }); }
  h2(s) { this.blocks.push({ t: 'h2', s }); }
  h3(s) { this.blocks.push({ t: 'h3', s }); }
  para(s) { if (Array.isArray(s)) s = s.filter(Boolean).join(''); this.blocks.push({ t: 'p', s }); }
  table(caption, rows, unit) { this.blocks.push({ t: 'table', caption, rows, unit }); }
}

// Expand placeholders on one final line. {key} primary, {key|alt} secondary mention, [[text::kind]] trap.
function expand(R, st, line, lineNo, figs, traps) {
  let out = '';
  const re = /\{([A-Za-z0-9_]+)(?:\|([a-z]*))?\}|\[\[(.+?)(?:::([a-z_]+))?\]\]/g;
  let last = 0, mm;
  while ((mm = re.exec(line))) {
    out += line.slice(last, mm.index); last = re.lastIndex;
    if (mm[3] !== undefined) { traps.push({ line: lineNo, col: out.length, text: mm[3], kind: mm[4] || 'approx' }); out += mm[3]; continue; }
    const k = mm[1], alt = mm[2];
    if (!(k in R.v)) throw new Error(R.meta.file + ': unknown figure ' + k);
    let key = k, f = R.f[k], val = R.v[k];
    if (alt !== undefined) {
      st.n[k] = (st.n[k] || 1) + 1; key = k + '@' + st.n[k];
      if (alt === 'yuan') { f = { t: 'n', d: 0, comma: true }; val = val.times(10000); R.rel('conv', key, [k], '同一金额万元与元换算一致', { k: '10000' }); }
      else { f = Object.assign({}, f); if (alt === 'cn') f = { t: 'cn' }; if (alt === 'plain') f.comma = false; if (alt === 'comma') f.comma = true;
        R.rel('eq', key, [k], '同一数字前后表述一致'); }
    } else { if (st.prim[k]) throw new Error(R.meta.file + ': primary twice ' + k); st.prim[k] = true; }
    const text = fmt(val, f);
    figs.push({ key, line: lineNo, col: out.length, text, value: (f.abs ? val.abs() : val).toString(), cn: f.t === 'cn' });
    out += text;
  }
  return out + line.slice(last);
}

// Produce final lines. mode 'md' or 'docx'. For docx, table rows are 'a | b | c'.
function render(R) {
  const md = R.meta.file.endsWith('.md');
  const raw = []; // {s, kind, blockIdx, row}
  const push = (s, kind, extra) => raw.push(Object.assign({ s, kind }, extra || {}));
  R.blocks.forEach((b, bi) => {
    if (md) {
      if (raw.length) push('', 'blank');
      if (b.t === 'title') push('# ' + b.s, 'title');
      else if (b.t === 'h1') push('## ' + b.s, 'h');
      else if (b.t === 'h2') push('### ' + b.s, 'h');
      else if (b.t === 'h3') push('**' + b.s + '**', 'h');
      else if (b.t === 'p') push(b.s, 'p');
      else if (b.t === 'table') {
        push(b.caption + (b.unit ? '（单位：' + b.unit + '）' : ''), 'caption', { bi }); push('', 'blank');
        b.rows.forEach((r, ri) => { push('| ' + r.join(' | ') + ' |', 'row', { bi, ri }); if (ri === 0) push('|' + r.map(() => ' --- ').join('|') + '|', 'sep'); });
      }
    } else {
      if (b.t === 'table') { push(b.caption + (b.unit ? '（单位：' + b.unit + '）' : ''), 'caption', { bi }); b.rows.forEach((r, ri) => push(r.join(' | '), 'row', { bi, ri })); }
      else push(b.s, b.t === 'p' ? 'p' : b.t === 'title' ? 'title' : 'h', { bt: b.t });
    }
  });
  const st = { n: {}, prim: {} }; const figs = [], traps = [];
  const lines = raw.map((x, i) => Object.assign({}, x, { s: expand(R, st, x.s, i + 1, figs, traps) }));
  // every relation key must be mentioned as primary
  for (const rl of R.rels) for (const k of [rl.out, ...rl.in]) if (!k.includes('@') && !st.prim[k]) throw new Error(R.meta.file + ': relation key not in text: ' + k);
  for (const k of Object.keys(R.v)) if (!st.prim[k]) throw new Error(R.meta.file + ': figure never stated: ' + k);
  verifyRels(R);
  for (const l of lines) if (/[{}]|\[\[|\]\]/.test(l.s)) throw new Error(R.meta.file + ': stray marker: ' + l.s);
  return { lines, figs, traps };
}

function verifyRels(R) {
  const val = (k) => { if (k.includes('@')) return null; return R.v[k]; };
  for (const rl of R.rels) {
    if (rl.kind === 'eq' || rl.kind === 'conv') continue;
    const o = val(rl.out), xs = rl.in.map(val); let want;
    if (rl.kind === 'sum') want = xs.reduce((s, x) => s.plus(x), D(0));
    else if (rl.kind === 'diff') want = xs[0].minus(xs[1]).abs();
    else if (rl.kind === 'ratio') want = xs[0].times(rl.k).div(xs[1]).toDecimalPlaces(rl.d, Decimal.ROUND_HALF_UP);
    else if (rl.kind === 'growth') want = xs[0].minus(xs[1]).times(100).div(xs[1]).abs().toDecimalPlaces(rl.d, Decimal.ROUND_HALF_UP);
    else if (rl.kind === 'capscore') { want = xs[0].times(xs[1]).div(100); if (want.gt(xs[1])) want = xs[1]; want = want.toDecimalPlaces(rl.d, Decimal.ROUND_HALF_UP); }
    if (!want.eq(o.abs())) throw new Error(R.meta.file + ': relation fails in generator: ' + JSON.stringify(rl) + ' want ' + want + ' got ' + o);
  }
}

// typo operations on a figure text
function typo(text, op) {
  const cn = /^[零一二三四五六七八九十百千]+$/.test(text);
  if (cn) { // change one numeral character
    const chars = [...text]; const idx = op.i < 0 ? chars.length + op.i : op.i;
    const c = chars[idx]; const ni = (CN.indexOf(c) + (op.by || 1)) % 10; chars[idx] = CN[ni === 0 ? 1 : ni]; return chars.join('');
  }
  const digitPos = []; [...text].forEach((c, i) => { if (/\d/.test(c)) digitPos.push(i); });
  const ch = [...text];
  if (op.op === 'digit') { const p = digitPos[op.i < 0 ? digitPos.length + op.i : op.i]; const old = +ch[p]; let nd = op.to !== undefined ? op.to : (old + 1) % 10; if (nd === old) nd = (old + 1) % 10; if (p === digitPos[0] && nd === 0 && digitPos.length > 1) nd = (old + 2) % 10 || 1; ch[p] = String(nd); return ch.join(''); }
  if (op.op === 'swap') { for (let t = 0; t < digitPos.length - 1; t++) { const j = (op.i + t) % (digitPos.length - 1); const a = digitPos[j], b = digitPos[j + 1]; if (ch[a] !== ch[b] && !(j === 0 && ch[b] === '0')) { [ch[a], ch[b]] = [ch[b], ch[a]]; return ch.join(''); } } throw new Error('cannot swap ' + text); }
  if (op.op === 'dec') { const plain = text.replace(/,/g, ''); const [i, f = ''] = plain.split('.'); if (i.length < 2) throw new Error('dec ' + text); return i.slice(0, -1) + '.' + i.slice(-1) + f; }
  if (op.op === 'drop') { const p = digitPos[op.i < 0 ? digitPos.length + op.i : op.i]; ch.splice(p, 1); return ch.join(''); }
  throw new Error('op ' + JSON.stringify(op));
}

module.exports = { Decimal, D, Report, render, typo, fmt, toCn };

'use strict';
// report builder: lines with figure placeholders, quantities, mentions, relations, traps
const X = require('./dec.cjs');
const MONEY = { '元': 0, '万元': 4, '亿元': 8 };
const unitClass = u => (u in MONEY ? 'money' : (u === '%' || u === '个百分点') ? 'pct' : u === '分' ? 'score' : 'count');
function toBase(v, u) { if (u in MONEY) return X.shift(v, MONEY[u]); if (unitClass(u) === 'pct') return X.shift(v, -2); return v; }
function factor(u) { return toBase(X.D('1'), u); }

function mulberry(seed) { let a = seed >>> 0; return () => { a = (a + 0x6D2B79F5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; }; }

class Builder {
  constructor(U) {
    this.U = U; this.style = U.style; this.r = mulberry(U.seed);
    this.out = []; this.q = {}; this.ph = []; this.ments = []; this.rels = []; this.traps = []; this.items = {};
    this.alias = {}; this.hn = [0, 0, 0]; this.relCount = {};
  }
  // ---- randomness
  rnd() { return this.r(); }
  int(a, b) { return a + Math.floor(this.r() * (b - a + 1)); }
  pick(arr) { return arr[Math.floor(this.r() * arr.length)]; }
  chance(p) { return this.r() < p; }
  money(a, b, d = 2) { const k = 10 ** d; return X.D((this.int(a * k, b * k) / k).toFixed(d)); }
  shuffle(arr) { const a = arr.slice(); for (let i = a.length - 1; i > 0; i--) { const j = Math.floor(this.r() * (i + 1)); [a[i], a[j]] = [a[j], a[i]]; } return a; }
  // split total (Dec, scale s) into k positive parts, exact
  split(total, k, minShare = 0.08) {
    const s = total.s; const N = total.n; const w = []; for (let i = 0; i < k; i++) w.push(minShare + this.r());
    const W = w.reduce((x, y) => x + y, 0); const parts = []; let acc = 0n;
    for (let i = 0; i < k - 1; i++) { const p = BigInt(Math.floor(Number(N) * w[i] / W)); parts.push({ n: p, s }); acc += p; }
    parts.push({ n: N - acc, s }); return parts;
  }
  // ---- quantities
  def(key, v, unit, label) { if (this.q[key]) throw new Error('dup key ' + key); this.q[key] = { v: X.D(v), unit, label: label || key }; return this.q[key].v; }
  v(key) { return this.q[key].v; }
  // mention of a quantity; o: {unit, dec, sep, bare, sp, cn, as, mw}
  m(key, o = {}) {
    const q = this.q[key]; if (!q) throw new Error('no key ' + key);
    const unit = o.unit || q.unit;
    let conv = q.v;
    if (unit !== q.unit) { if (!(unit in MONEY && q.unit in MONEY)) throw new Error('bad conv ' + key); conv = X.shift(q.v, MONEY[q.unit] - MONEY[unit]); }
    const dec = o.dec != null ? o.dec : conv.s;
    const shown = X.scale(conv, dec);
    const exact = X.eq(shown, conv);
    const num = o.cn ? X.cn(shown.n) : X.fmt(shown, o.sep != null ? o.sep : !!this.U.sep);
    const ut = o.mw != null ? o.mw : unit; // displayed unit word (measure word for counts)
    const text = num + (o.bare ? '' : (o.sp ? ' ' : '') + ut);
    const prim = !this.ments.some(x => x.key === key && x.role !== 'approx');
    if (prim && !exact) throw new Error('primary not exact ' + key);
    if (o.as && !exact) throw new Error('alias not exact ' + key);
    const id = 'F' + (this.ments.length + 1);
    const men = { id, key, num, text, unit, dec, v: shown, role: prim ? 'primary' : 'repeat', note: o.note || '' };
    this.ments.push(men);
    if (prim) this.alias[key] = id;
    if (o.as) this.alias[o.as] = id;
    return this.place({ k: 'm', id });
  }
  // approximate mention: trap, checked loosely against primary of key
  ap(key, word, o = {}) {
    const q = this.q[key]; const unit = o.unit || q.unit;
    let conv = q.v; if (unit !== q.unit) conv = X.shift(q.v, MONEY[q.unit] - MONEY[unit]);
    let shown;
    if (o.round != null) { // round to multiple of 10^round in direction fitting the word
      const step = X.D(String(10 ** o.round));
      const fl = X.mul(X.div(conv, step, 0), step); // nearest
      let n = X.div(conv, step, 0);
      if (['超', '超过', '逾', '余', '以上', '多'].includes(word) && X.cmp(X.mul(n, step), conv) > 0) n = X.sub(n, X.D('1'));
      if (word === '近' && X.cmp(X.mul(n, step), conv) < 0) n = X.add(n, X.D('1'));
      shown = X.scale(X.mul(n, step), 0); void fl;
    } else shown = X.scale(conv, o.dec != null ? o.dec : 0);
    const num = X.fmt(shown, !!this.U.sep);
    const pre = ['约', '近', '超', '超过', '逾'].includes(word);
    const text = pre ? word + num + (o.mw || unit) : num + (word === '余' || word === '多' ? word + (o.mw || unit) : (o.mw || unit) + word);
    const id = 'A' + (this.traps.length + 1);
    this.traps.push({ id, type: 'approx', word, ref: key, text, v: shown, unit, note: o.note || '约数，与精确数相符，不是错误' });
    return this.place({ k: 't', id });
  }
  // literal trap (文号, date, phone, range, target, prior-year, partial list)
  t(type, text, note) { const id = 'T' + (this.traps.length + 1); this.traps.push({ id, type, text, note: note || '' }); return this.place({ k: 't', id }); }
  it(group, text) { (this.items[group] = this.items[group] || []).push({ text }); return this.place({ k: 'i', group, idx: this.items[group].length - 1 }); }
  place(o) { this.ph.push(o); return '\u0001' + (this.ph.length - 1) + '\u0002'; }
  rel(op, kind, desc, args) { const id = 'R' + (this.rels.length + 1); this.rels.push(Object.assign({ id, op, kind, desc }, args)); return id; }
  // ---- layout
  L(...ls) { for (const l of ls) this.out.push(l); }
  blank() { if (this.style === 'md' || this.U.blank) { if (this.out.length && this.out[this.out.length - 1] !== '') this.out.push(''); } }
  h1(t) { this.hn[0]++; this.hn[1] = 0; this.hn[2] = 0; const s = (this.U.nonum ? '' : X.cn(this.hn[0]) + '、') + t; this.blank(); this.L(this.style === 'md' ? '## ' + s : s); this.blank(); }
  h2(t) { this.hn[1]++; this.hn[2] = 0; const s = (this.U.nonum ? '' : '（' + X.cn(this.hn[1]) + '）') + t; this.blank(); this.L(this.style === 'md' ? (this.U.h2bold ? '**' + s + '**' : '### ' + s) : (this.U.ind2 ? '　　' : '') + s); this.blank(); }
  h3(t) { this.hn[2]++; const s = this.hn[2] + '.' + t; this.blank(); this.L(this.style === 'md' ? (this.U.h3hash ? '#### ' + s : '**' + s + '**') : (this.U.ind2 ? '　　' : '') + s); this.blank(); }
  p(t) { this.L((this.style === 'txt' && !this.U.noind ? '　　' : '') + t); this.blank(); }
  b(t) { return this.style === 'md' ? '**' + t + '**' : t; } // bold
  // list: marker kinds: '-', '1.', '（1）', '①', '——'
  list(items, mk) {
    const circ = '①②③④⑤⑥⑦⑧⑨⑩';
    mk = mk || (this.style === 'md' ? this.pick(['-', '1.', '-']) : this.pick(['1.', '（1）', '①']));
    items.forEach((t, i) => {
      const m = mk === '-' ? '- ' : mk === '*' ? '* ' : mk === '1.' ? (i + 1) + (this.style === 'md' ? '. ' : '.') : mk === '（1）' ? '（' + (i + 1) + '）' : mk === '①' ? circ[i] : '——';
      this.L((this.style === 'txt' && !this.U.noind ? '　　' : '') + m + t);
    });
    this.blank();
  }
  // table: md gfm; txt tab-separated
  table(head, rows, caption) {
    if (caption) { this.p(caption); }
    if (this.style === 'md') {
      this.L('| ' + head.join(' | ') + ' |', '|' + head.map((h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|') + '|');
      for (const r of rows) this.L('| ' + r.join(' | ') + ' |');
    } else { this.L(head.join('\t')); for (const r of rows) this.L(r.join('\t')); }
    this.blank();
  }
  // ---- finalize
  finish() {
    while (this.out.length && this.out[this.out.length - 1] === '') this.out.pop();
    const lines = []; const pos = {};
    this.out.forEach((raw, li) => {
      let s = ''; let i = 0;
      while (i < raw.length) {
        const c = raw[i];
        if (c === '\u0001') { const j = raw.indexOf('\u0002', i); const o = this.ph[+raw.slice(i + 1, j)]; let text;
          if (o.k === 'm') { const m = this.ments.find(x => x.id === o.id); text = m.text; m.line = li + 1; m.col = s.length; }
          else if (o.k === 't') { const t = this.traps.find(x => x.id === o.id); text = t.text; t.line = li + 1; t.col = s.length; }
          else { const it = this.items[o.group][o.idx]; text = it.text; it.line = li + 1; }
          s += text; i = j + 1; }
        else { s += c; i++; }
      }
      lines.push(s);
    });
    for (const m of this.ments) if (!m.line) throw new Error('unplaced ' + m.id);
    for (const t of this.traps) if (!t.line) throw new Error('unplaced trap ' + t.id + ' ' + t.text);
    for (const g in this.items) for (const it of this.items[g]) if (!it.line) throw new Error('unplaced item ' + it.text);
    // resolve relations to mention ids
    const R = k => { const id = this.alias[k]; if (!id) throw new Error('unresolved ' + k); return id; };
    const rels = this.rels.map(r => {
      const o = { id: r.id, op: r.op, kind: r.kind, desc: r.desc };
      if (r.op === 'sum') { o.total = R(r.total); o.parts = r.parts.map(p => (typeof p === 'string' ? { m: R(p.replace(/^-/, '')), sign: p[0] === '-' ? -1 : 1 } : p)); }
      if (r.op === 'ratio') { o.result = R(r.result); o.num = R(r.num); o.den = R(r.den); }
      if (r.op === 'product') { o.result = R(r.result); o.factors = r.factors.map(R); }
      if (r.op === 'change') { o.result = R(r.result); o.cur = R(r.cur); o.prev = R(r.prev); o.dir = r.dir; }
      if (r.op === 'count') { o.result = R(r.result); o.items = this.items[r.items].map(x => ({ line: x.line, text: x.text })); }
      return o;
    });
    // same groups: every key with >1 non-approx mention
    const keys = [...new Set(this.ments.map(m => m.key))];
    for (const k of keys) {
      const ms = this.ments.filter(m => m.key === k);
      if (ms.length > 1) rels.push({ id: 'R' + (rels.length + 1), op: 'same', kind: 'same', desc: '同一数字多处出现：' + (this.q[k].label || k), mentions: ms.map(m => m.id) });
    }
    const traps = this.traps.map(t => { const o = { id: t.id, type: t.type, line: t.line, col: t.col, text: t.text, note: t.note }; if (t.type === 'approx') { o.word = t.word; o.ref = R(t.ref); o.unit = t.unit; } return o; });
    const figs = this.ments.map(m => ({ id: m.id, line: m.line, col: m.col, text: m.text, unit: m.unit, key: m.key, role: m.role }));
    return { lines, figs, rels, traps };
  }
}
// ---- evaluator (generator side; check.cjs has its own)
function evalRel(r, val) { // val(id) -> {v: Dec, unit, dec}
  const B = id => { const x = val(id); return toBase(x.v, x.unit); };
  const near = (resId, expBase) => { const x = val(resId); const e = X.div(expBase, factor(x.unit), x.v.s); return X.eq(e, x.v); };
  switch (r.op) {
    case 'sum': { let s = X.D('0'); for (const p of r.parts) s = p.sign < 0 ? X.sub(s, B(p.m)) : X.add(s, B(p.m)); return X.eq(s, B(r.total)); }
    case 'ratio': { const x = val(r.result); const e = X.div(B(r.num), X.mul(B(r.den), factor(x.unit)), x.v.s); return X.eq(e, x.v); }
    case 'product': { let p = X.D('1'); for (const f of r.factors) p = X.mul(p, B(f)); return near(r.result, p); }
    case 'change': { const c = B(r.cur), p = B(r.prev); const d = r.dir === 'up' ? X.sub(c, p) : X.sub(p, c); if (X.cmp(d, X.D('0')) < 0) return false; const x = val(r.result); return X.eq(X.div(d, X.mul(p, factor(x.unit)), x.v.s), x.v); }
    case 'same': {
      const ms = r.mentions.map(id => ({ id, x: val(id) }));
      // finest = smallest step
      const step = m => toBase({ n: 1n, s: m.x.v.s }, m.x.unit);
      ms.sort((a, b) => X.cmp(step(a), step(b)));
      const f = B(ms[0].id);
      return ms.every(m => X.eq(X.div(f, factor(m.x.unit), m.x.v.s), m.x.v));
    }
    case 'count': { const x = val(r.result); return X.eq(x.v, X.D(String(r.items.length))); }
  }
  throw new Error('op ' + r.op);
}
module.exports = { Builder, evalRel, toBase, factor, unitClass, MONEY, mulberry };

// Small exact-decimal helpers for the generator (BigInt based).
'use strict';
function parse(s) {
  const t = String(s).replace(/,/g, '').trim();
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) throw new Error('bad decimal: ' + s);
  const frac = m[3] || '';
  let n = BigInt(m[2] + frac);
  if (m[1] === '-') n = -n;
  return { n, s: frac.length };
}
function scaleTo(x, s) { return x.n * 10n ** BigInt(s - x.s); }
function add(...xs) {
  const s = Math.max(...xs.map(x => x.s));
  return { n: xs.reduce((a, x) => a + scaleTo(x, s), 0n), s };
}
function neg(x) { return { n: -x.n, s: x.s }; }
function sub(a, b) { return add(a, neg(b)); }
function cmp(a, b) { const s = Math.max(a.s, b.s); const x = scaleTo(a, s), y = scaleTo(b, s); return x < y ? -1 : x > y ? 1 : 0; }
// round half away from zero of p/q (BigInt, q>0) to integer
function rdiv(p, q) {
  if (q < 0n) { p = -p; q = -q; }
  const sign = p < 0n ? -1n : 1n; const ap = p < 0n ? -p : p;
  return sign * ((2n * ap + q) / (2n * q));
}
// a*mul/b rounded to d decimals; returns {n,s:d}
function ratio(a, b, d, mul = 1n) {
  const s = Math.max(a.s, b.s);
  const A = scaleTo(a, s), B = scaleTo(b, s);
  return { n: rdiv(A * mul * 10n ** BigInt(d), B), s: d };
}
function mulRound(a, b, d) { // a*b rounded to d decimals
  const p = a.n * b.n; const s = a.s + b.s;
  if (s <= d) return { n: p * 10n ** BigInt(d - s), s: d };
  return { n: rdiv(p, 10n ** BigInt(s - d)), s: d };
}
function fmt(x, opt = {}) {
  const d = opt.d == null ? x.s : opt.d;
  let n = x.s > d ? rdiv(x.n, 10n ** BigInt(x.s - d)) : x.n * 10n ** BigInt(d - x.s);
  const neg = n < 0n; if (neg) n = -n;
  let str = n.toString().padStart(d + 1, '0');
  let ip = d ? str.slice(0, -d) : str; const fp = d ? str.slice(-d) : '';
  if (opt.commas) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? (opt.minus || '-') : (opt.plus && n !== 0n ? '+' : '')) + ip + (d ? '.' + fp : '');
}
module.exports = { parse, add, sub, neg, cmp, ratio, mulRound, fmt, rdiv };

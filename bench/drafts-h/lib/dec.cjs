'use strict';
// exact decimal arithmetic on BigInt: {n, s} = n / 10^s
const P = d => 10n ** BigInt(d);
function D(x) {
  if (typeof x === 'object') return x;
  x = String(x).replace(/,/g, '');
  let neg = false; if (x[0] === '-') { neg = true; x = x.slice(1); }
  const [i, f = ''] = x.split('.');
  const n = BigInt((i + f) || '0');
  return { n: neg ? -n : n, s: f.length };
}
function al(a, b) { const s = Math.max(a.s, b.s); return [a.n * P(s - a.s), b.n * P(s - b.s), s]; }
const add = (a, b) => { const [x, y, s] = al(a, b); return { n: x + y, s }; };
const sub = (a, b) => { const [x, y, s] = al(a, b); return { n: x - y, s }; };
const mul = (a, b) => ({ n: a.n * b.n, s: a.s + b.s });
const cmp = (a, b) => { const [x, y] = al(a, b); return x < y ? -1 : x > y ? 1 : 0; };
const eq = (a, b) => cmp(a, b) === 0;
// a / b rounded half-up (away from zero) to d decimals
function div(a, b, d) {
  let num = a.n * P(b.s) * P(d), den = b.n * P(a.s);
  const neg = (num < 0n) !== (den < 0n);
  if (num < 0n) num = -num; if (den < 0n) den = -den;
  const q = (2n * num + den) / (2n * den);
  return { n: neg ? -q : q, s: d };
}
const rnd = (a, d) => div(a, { n: 1n, s: 0 }, d);
const scale = (a, d) => (d >= a.s ? { n: a.n * P(d - a.s), s: d } : rnd(a, d));
// shift decimal point: value * 10^k, exact
function shift(a, k) { let s = a.s - k; return s >= 0 ? { n: a.n, s } : { n: a.n * P(-s), s: 0 }; }
function fmt(a, sep) {
  const neg = a.n < 0n;
  const s = (neg ? -a.n : a.n).toString().padStart(a.s + 1, '0');
  let i = s.slice(0, s.length - a.s); const f = s.slice(s.length - a.s);
  if (sep) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + i + (a.s ? '.' + f : '');
}
const CN = '零一二三四五六七八九';
function cn(n) {
  n = Number(n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 1000) { const h = Math.floor(n / 100), r = n % 100; return CN[h] + '百' + (r === 0 ? '' : r < 10 ? '零' + CN[r] : (r < 20 ? '一' : '') + cn(r)); }
  throw new Error('cn too big ' + n);
}
module.exports = { D, add, sub, mul, cmp, eq, div, rnd, scale, shift, fmt, cn, P };

'use strict';
// Exact integer arithmetic for the corpus. Money in "c" = 0.01万元 (100元) or in fen.
const B = x => BigInt(x);

// half-up rounding of num/den (integers, den > 0); refuses exact and near ties so that
// any reasonable rounding (half-up, half-even, float) gives the same digits.
function rdiv(num, den) {
  let n = B(num), d = B(den);
  if (d <= 0n) throw new Error('rdiv: bad den');
  const neg = n < 0n; if (neg) n = -n;
  const q = n / d, r = n % d;
  const twice = 2n * r;
  const gap = twice > d ? twice - d : d - twice; // distance to the tie, in units of 1/(2d)
  if (gap * 1000000n < d) throw new Error(`rdiv: (near) tie ${num}/${den}`);
  const v = twice >= d ? q + 1n : q;
  return Number(neg ? -v : v);
}
// integer v in units of 10^-digits -> string
function fx(v, digits, sep) {
  const neg = v < 0; v = Math.abs(v);
  const p = 10 ** digits;
  let i = String(Math.floor(v / p));
  if (sep) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const f = digits ? '.' + String(v % p).padStart(digits, '0') : '';
  return (neg ? '-' : '') + i + f;
}
const c = x => { const v = Math.round(Number(x) * 100); if (Math.abs(v - Number(x) * 100) > 1e-6) throw new Error('c: more than 2 decimals ' + x); return v; };
const W = (v, sep) => fx(v, 2, sep);             // c -> 万元 string
const Y = (fen, sep = true) => fx(fen, 2, sep);   // fen -> 元 string
const pctv = (n, d) => rdiv(B(n) * 10000n, d);   // 0.01% units
const pct = (n, d) => fx(pctv(n, d), 2);
const sum = a => a.reduce((x, y) => x + y, 0);
const int = (n, sep = true) => sep ? String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') : String(n);
function grade(total100) { // total in 0.01 points
  if (total100 >= 9000) return '优';
  if (total100 >= 8000) return '良';
  if (total100 >= 6000) return '中';
  return '差';
}
// rounded shares (0.01%) of parts; asserts they add to 100.00%
function shares(parts, label) {
  const t = sum(parts);
  const s = parts.map(p => pctv(p, t));
  if (sum(s) !== 10000) throw new Error(`shares of ${label} add to ${sum(s)}`);
  return s.map(x => fx(x, 2));
}
module.exports = { rdiv, fx, c, W, Y, pctv, pct, sum, int, grade, shares };

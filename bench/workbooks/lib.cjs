'use strict';
// Shared helpers for gen.cjs (the generator). check.cjs does NOT use this file: it has its own
// decimal arithmetic and parsing so that it verifies the workbooks independently.
const SSF = require('ssf');

// ---------- exact decimals (BigInt) ----------
function dec(x) {
  let s = typeof x === 'number' ? numStr(x) : String(x).replace(/,/g, '').trim();
  let neg = false;
  if (s.startsWith('-')) { neg = true; s = s.slice(1); }
  const [i, f = ''] = s.split('.');
  return { n: BigInt((neg ? '-' : '') + (i || '0') + f), s: f.length };
}
function numStr(x) {
  // shortest decimal string of a JS number with at most 8 decimals
  let s = x.toFixed(8);
  s = s.replace(/\.?0+$/, '');
  return s === '-0' ? '0' : s;
}
const P10 = (k) => 10n ** BigInt(k);
function decNum(d) { return Number(d.n) / 10 ** d.s; }
function decAdd(a, b) { const s = Math.max(a.s, b.s); return { n: a.n * P10(s - a.s) + b.n * P10(s - b.s), s }; }
function decSub(a, b) { return decAdd(a, { n: -b.n, s: b.s }); }
function decMulInt(a, k) { return { n: a.n * BigInt(k), s: a.s }; }
function decEq(a, b) { return decSub(a, b).n === 0n; }
function decCmp(a, b) { const d = decSub(a, b).n; return d === 0n ? 0 : d > 0n ? 1 : -1; }
function decSum(list) { return list.reduce((acc, x) => decAdd(acc, dec(x)), { n: 0n, s: 0 }); }
// round(a/b * mul, d) half away from zero; throws on an exact or near tie (so any formatter agrees)
function divRound(a, b, d, mul = 1) {
  a = dec(a); b = dec(b);
  let num = a.n * BigInt(mul) * P10(b.s + d);
  let den = b.n * P10(a.s);
  if (den === 0n) throw new Error('division by zero');
  let neg = false;
  if (num < 0n) { neg = !neg; num = -num; }
  if (den < 0n) { neg = !neg; den = -den; }
  let q = num / den; const r = num % den;
  const diff = 2n * r - den;
  const ad = diff < 0n ? -diff : diff;
  if (r !== 0n && ad * 100000n < den) throw new Error(`near tie rounding ${decNum(a)}/${decNum(b)}*${mul} at ${d}`);
  if (diff >= 0n && r !== 0n) q += 1n;
  return { n: neg ? -q : q, s: d };
}
function roundTo(x, d) { return decNum(divRound(x, 1, d)); }

// ---------- display ----------
function shown(value, numFmt) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) value = value.result;
  if (typeof value === 'string') return value;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') {
    if (!numFmt || /^general$/i.test(numFmt)) return SSF.format('General', value);
    return SSF.format(numFmt, value).trim();
  }
  return String(value);
}

// ---------- indicator target/actual parsing ----------
function numsIn(text) {
  const out = [];
  const re = /(-?\d[\d,]*(?:\.\d+)?)(\s*%)?/g;
  let m;
  while ((m = re.exec(text))) out.push({ s: m[1].replace(/,/g, ''), pct: !!m[2] });
  return out;
}
function cmpOf(text) {
  if (/^\s*(≥|>=|不低于|不少于|大于等于)/.test(text) || /(以上|及以上)\s*$/.test(text)) return '≥';
  if (/^\s*(≤|<=|不高于|不超过|不多于|小于等于|控制在)/.test(text) || /(以下|以内|之内)\s*$/.test(text)) return '≤';
  if (/^\s*(>|＞|大于|超过)/.test(text)) return '>';
  if (/^\s*(<|＜|小于|低于)/.test(text)) return '<';
  if (/左右\s*$/.test(text)) return '≈';
  return '=';
}

// ---------- seeded RNG ----------
function rng(seed) {
  let s = seed >>> 0;
  return () => { s = (s * 1664525 + 1013904223) >>> 0; return s / 4294967296; };
}

module.exports = { dec, numStr, decNum, decAdd, decSub, decMulInt, decEq, decCmp, decSum, divRound, roundTo, shown, numsIn, cmpOf, rng, SSF };

'use strict';
// one-figure mutations: digit, swap, decimal, unitslip, cn
const X = require('./dec.cjs');
const CNV = { '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
function cnVal(s) { let t = 0, cur = 0; for (const c of s) { if (c in CNV) cur = CNV[c]; else if (c === '十') { t += (cur || 1) * 10; cur = 0; } else if (c === '百') { t += cur * 100; cur = 0; } } return t + cur; }
function numPart(text) { const m = text.match(/^[0-9,]+(\.[0-9]+)?|^[零一二两三四五六七八九十百]+/); return m ? m[0] : null; }
function variants(text, method, r) {
  const num = numPart(text); if (!num) return [];
  const rest = text.slice(num.length); const out = [];
  if (method === 'cn') { if (!/^[零一二三四五六七八九十百]/.test(num)) return []; const v = cnVal(num); for (const d of [1, -1, 2]) if (v + d > 0) out.push(X.cn(v + d) + rest); return out; }
  if (!/^[0-9]/.test(num)) return [];
  if (method === 'digit') {
    const pos = []; for (let i = 0; i < num.length; i++) if (/[0-9]/.test(num[i])) pos.push(i);
    const order = pos.slice(1).concat(pos.slice(0, 1)); // prefer non-leading digits
    for (let k = 0; k < order.length; k++) { const i = order[(k + Math.floor(r() * order.length)) % order.length]; for (const dd of [1, 2, 3, 4, 5, 6, 7, 8, 9]) { const nd = (Number(num[i]) + dd + Math.floor(r() * 3)) % 10; if (nd === Number(num[i])) continue; if (i === 0 && nd === 0) continue; out.push(num.slice(0, i) + nd + num.slice(i + 1) + rest); break; } }
    return out;
  }
  if (method === 'swap') { for (let i = 0; i + 1 < num.length; i++) if (/[0-9]/.test(num[i]) && /[0-9]/.test(num[i + 1]) && num[i] !== num[i + 1] && !(i === 0 && num[1] === '0')) out.push(num.slice(0, i) + num[i + 1] + num[i] + num.slice(i + 2) + rest); return out; }
  if (method === 'decimal') { // move the decimal point one place: right if two or more decimals, else left
    const p = num.replace(/,/g, ''); const j = p.indexOf('.'); const sep = num.includes(',');
    if (j < 0) return [];
    const q = p.length - j - 1 >= 2 ? p.slice(0, j) + p[j + 1] + '.' + p.slice(j + 2) : (j >= 2 ? p.slice(0, j - 1) + '.' + p[j - 1] + p.slice(j + 1) : null);
    if (q) out.push(X.fmt(X.D(q), sep) + rest); return out; }
  if (method === 'unitslip') { if (rest.trim() === '万元') out.push(num + rest.replace('万元', '元')); else if (rest.trim() === '元') out.push(num + rest.replace('元', '万元')); return out; }
  return out;
}
module.exports = { variants, numPart, cnVal };

'use strict';
// 舍入、格式化、表达式求值、评分（只供 gen.cjs 使用）
const EPS = 1e-9;

function roundHalfUp(v, d) {
  const f = Math.pow(10, d);
  const x = Math.abs(v) * f;
  const r = Math.floor(x + 0.5 + EPS) / f;
  return v < 0 ? -r : r;
}
// 恰好在 .5 进位边界上（按所写位数）
function onBoundary(v, d) {
  const x = Math.abs(v) * Math.pow(10, d);
  const frac = x - Math.floor(x);
  return Math.abs(frac - 0.5) < 1e-6;
}
function groupThousands(intStr, sep) {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
// fmt：位数 + 标志。t 逗号千分位；p 负数写成括号；+ 正数带加号；a 取绝对值
function parseFmt(fmt) {
  const m = /^(\d*)([a-z+]*)$/.exec(fmt || '');
  if (!m) throw new Error('bad fmt ' + fmt);
  return { dec: m[1] === '' ? 0 : Number(m[1]), flags: m[2] };
}
function formatNumber(v, fmt) {
  const { dec, flags } = parseFmt(fmt);
  if (flags.includes('a')) v = Math.abs(v);
  const r = roundHalfUp(v, dec);
  const neg = r < 0;
  let s = Math.abs(r).toFixed(dec);
  if (flags.includes('t')) {
    const [i, f] = s.split('.');
    s = groupThousands(i, ',') + (f !== undefined ? '.' + f : '');
  }
  if (neg) s = flags.includes('p') ? '(' + s + ')' : (flags.includes('m') ? '\u2212' : '-') + s;
  else if (flags.includes('+') && r > 0) s = '+' + s;
  return s;
}
function num(str) {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(String(str));
  if (!m) throw new Error('no number in ' + str);
  return Number(m[0].replace(/,/g, ''));
}
function makeScope(data) {
  const A = (id) => {
    const a = (data.achievements || []).find((x) => x.id === id);
    if (!a) throw new Error('no achievement ' + id);
    return a;
  };
  const sum = (arr, f) => arr.reduce((s, x) => s + Number(f ? f(x) : x), 0);
  return { A, sum, num, N: Number };
}
function evalExpr(expr, data) {
  const sc = makeScope(data);
  const fn = new Function('d', 'A', 'sum', 'num', 'N', 'with (d) { return (' + expr + '); }');
  const v = fn(data, sc.A, sc.sum, sc.num, sc.N);
  if (typeof v !== 'number' || !isFinite(v)) throw new Error('expr ' + expr + ' -> ' + v);
  return v;
}
// 评分：达成得满分；未达成按 实际÷目标×分值（反向：目标÷实际×分值）；定性 band 达成满分
function indicatorScore(ind) {
  if (ind.band) {
    if (ind.band === '达成') return ind.weight;
    throw new Error('band ' + ind.band);
  }
  const t = num(ind.target), a = num(ind.actual);
  const neg = ind.direction === 'negative';
  const met = neg ? a <= t + EPS : a >= t - EPS;
  if (met) return ind.weight;
  return roundHalfUp((neg ? t / a : a / t) * ind.weight, 2);
}
function rateScore(rate, weight) {
  return Math.min(weight, roundHalfUp(rate / 100 * weight, 2));
}
function grade(total) {
  return total >= 90 ? '优' : total >= 80 ? '良' : total >= 60 ? '中' : '差';
}
module.exports = { roundHalfUp, onBoundary, formatNumber, parseFmt, num, evalExpr, indicatorScore, rateScore, grade, groupThousands };

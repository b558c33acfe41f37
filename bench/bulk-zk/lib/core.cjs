'use strict';
// 生成端公用函数：舍入、格式化、汉字数字、来源表达式求值、数据中的合计与评分。
// 只供 gen.cjs 和 src/*.cjs 使用；check.cjs 不引用本文件。

const EPS = 1e-9;

function roundHalfUp(v, d) {
  const p = Math.pow(10, d);
  const x = Math.abs(v) * p;
  const r = Math.floor(x + 0.5 + 1e-7);
  return (v < 0 ? -1 : 1) * r / p;
}
const r2 = (v) => roundHalfUp(v, 2);
function onBoundary(v, d) {
  const x = Math.abs(v) * Math.pow(10, d);
  const f = x - Math.floor(x);
  return Math.abs(f - 0.5) < 1e-6;
}
function sum(arr) { return r2(arr.reduce((a, b) => a + Number(b || 0), 0)); }

// ---- 数字格式 ----
const FWD = '０１２３４５６７８９';
function groupInt(s, sep) {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (i > 0 && (s.length - i) % 3 === 0) out += sep;
    out += s[i];
  }
  return out;
}
// flags: t 逗号千分位；s 空格千分位；h 窄空格千分位；f 全角数字；+ 正数带加号；c 汉字小写；L 汉字（2读两）；D 大写金额（元）；P 百分之…
function fmtNum(v, d, flags, neg) {
  flags = flags || '';
  if (flags.includes('c') || flags.includes('L')) return cnInt(Math.round(v), flags.includes('L'));
  if (flags.includes('D')) return daxie(v);
  if (flags.includes('P')) return '百分之' + cnDecimal(roundHalfUp(v, d).toFixed(d));
  const a = roundHalfUp(Math.abs(v), d).toFixed(d);
  let [ip, fp] = a.split('.');
  const sep = flags.includes('t') ? ',' : flags.includes('s') ? ' ' : flags.includes('h') ? '\u2009' : '';
  if (sep) ip = groupInt(ip, sep);
  let s = fp !== undefined ? ip + '.' + fp : ip;
  if (flags.includes('f')) s = s.replace(/[0-9]/g, (c) => FWD[c]).replace(/,/g, '，').replace(/\./g, '．');
  const isNeg = v < 0 && Number(a) !== 0;
  if (isNeg) {
    const n = neg || '-';
    if (n === '()') s = '(' + s + ')';
    else if (n === '（）') s = '（' + s + '）';
    else s = n + s;
  } else if (flags.includes('+') && Number(a) !== 0) s = '+' + s;
  return s;
}

const CN = '零一二三四五六七八九';
function cnInt(n, liang) {
  if (n === 0) return '零';
  const units = ['', '十', '百', '千'];
  const sec = (x) => {
    let s = ''; let zero = false;
    for (let i = 3; i >= 0; i--) {
      const dgt = Math.floor(x / Math.pow(10, i)) % 10;
      if (dgt === 0) { if (s) zero = true; continue; }
      if (zero) { s += '零'; zero = false; }
      let c = CN[dgt];
      if (liang && dgt === 2 && i >= 2) c = '两';
      s += c + units[i];
    }
    return s;
  };
  let s = '';
  if (n >= 10000) {
    s = sec(Math.floor(n / 10000)) + '万';
    const rest = n % 10000;
    if (rest > 0) s += (rest < 1000 ? '零' : '') + sec(rest);
  } else s = sec(n);
  if (s.startsWith('一十')) s = s.slice(1);
  if (liang && n === 2) s = '两';
  return s;
}
function cnDecimal(str) {
  const [ip, fp] = str.split('.');
  let s = cnInt(Number(ip), false);
  if (fp) s += '点' + fp.split('').map((c) => CN[c]).join('');
  return s;
}
const DX = '零壹贰叁肆伍陆柒捌玖';
function daxie(v) {
  // v 为元，至多两位小数
  const fen = Math.round(v * 100);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const f = fen % 10;
  const units = ['', '拾', '佰', '仟'];
  const sec = (x) => {
    let s = ''; let zero = false;
    for (let i = 3; i >= 0; i--) {
      const dgt = Math.floor(x / Math.pow(10, i)) % 10;
      if (dgt === 0) { if (s) zero = true; continue; }
      if (zero) { s += '零'; zero = false; }
      s += DX[dgt] + units[i];
    }
    return s;
  };
  let s = '';
  const yi = Math.floor(yuan / 1e8), wan = Math.floor(yuan / 1e4) % 1e4, ge = yuan % 1e4;
  if (yi) s += sec(yi) + '亿';
  if (wan) s += (yi && wan < 1000 ? '零' : '') + sec(wan) + '万';
  else if (yi && ge) s += '零';
  if (ge) s += ((yi || wan) && ge < 1000 && !s.endsWith('零') ? '零' : '') + sec(ge);
  s += '元';
  if (!jiao && !f) return s + '整';
  if (jiao) s += DX[jiao] + '角'; else s += '零';
  if (f) s += DX[f] + '分';
  return s;
}

// ---- 来源表达式 ----
function toNum(x) {
  if (typeof x === 'number') return x;
  if (typeof x === 'string') {
    const m = x.replace(/,/g, '').match(/-?\d+(\.\d+)?/);
    if (m) return Number(m[0]);
  }
  throw new Error('不是数字：' + JSON.stringify(x));
}
function getPath(data, path) {
  const re = /^([A-Za-z_]\w*)((?:\[\d+\]|@[\w-]+|\.[A-Za-z_]\w*)*)$/;
  const m = path.match(re);
  if (!m) throw new Error('路径写法不对：' + path);
  let cur = data[m[1]];
  const segs = m[2].match(/\[\d+\]|@[\w-]+|\.[A-Za-z_]\w*/g) || [];
  for (const s of segs) {
    if (cur === undefined || cur === null) throw new Error('路径不存在：' + path);
    if (s[0] === '[') cur = cur[Number(s.slice(1, -1))];
    else if (s[0] === '@') cur = cur.find((x) => x.id === s.slice(1));
    else cur = cur[s.slice(1)];
  }
  if (cur === undefined || cur === null) throw new Error('路径不存在：' + path);
  return cur;
}
function evalSource(src, data) {
  const toks = src.match(/\s*([A-Za-z_]\w*(?:\[\d+\]|@[\w-]+|\.[A-Za-z_]\w*)*|\d+(?:\.\d+)?|[-+*/(),])/g);
  if (!toks || toks.join('').replace(/\s/g, '') !== src.replace(/\s/g, '')) throw new Error('表达式无法解析：' + src);
  const t = toks.map((x) => x.trim());
  let i = 0;
  const paths = [];
  function prim() {
    const x = t[i++];
    if (x === '(') { const v = expr(); if (t[i++] !== ')') throw new Error('括号不配：' + src); return v; }
    if (x === '-') return -prim();
    if (/^\d/.test(x)) return Number(x);
    if (x === 'num' || x === 'abs') {
      if (t[i++] !== '(') throw new Error('函数要有括号：' + src);
      if (x === 'num') { const p = t[i++]; paths.push(p); if (t[i++] !== ')') throw new Error('num() 只收路径'); return toNum(getPath(data, p)); }
      const v = expr(); if (t[i++] !== ')') throw new Error('括号不配'); return Math.abs(v);
    }
    paths.push(x);
    return toNum(getPath(data, x));
  }
  function term() { let v = prim(); while (t[i] === '*' || t[i] === '/') { const op = t[i++]; const w = prim(); v = op === '*' ? v * w : v / w; } return v; }
  function expr() { let v = term(); while (t[i] === '+' || t[i] === '-') { const op = t[i++]; const w = term(); v = op === '+' ? v + w : v - w; } return v; }
  const v = expr();
  if (i !== t.length) throw new Error('表达式多余部分：' + src);
  return { value: v, paths };
}

// ---- 评分（README“评分规则”：达成满分；未达成 实际÷目标×分值，反向 目标÷实际×分值） ----
function cmpOf(target) {
  const s = String(target);
  if (/^(≤|不高于)/.test(s) || /以下$/.test(s)) return 'le';
  return 'ge';
}
function scoreIndicator(ind) {
  if (ind.band) return ind.weight; // 只用“达成”
  const tgt = toNum(ind.target), act = toNum(ind.actual);
  const neg = ind.direction === 'negative' || cmpOf(ind.target) === 'le';
  const met = neg ? act <= tgt + EPS : act >= tgt - EPS;
  if (met) return ind.weight;
  const raw = neg ? tgt / act * ind.weight : act / tgt * ind.weight;
  if (onBoundary(raw, 2)) throw new Error('得分在 .5 边界：' + ind.name + ' ' + raw);
  return r2(raw);
}
function fillScores(d) {
  for (const ind of d.indicators) ind.score = scoreIndicator(ind);
  const rate = d.budget.actual / d.budget.total * 100;
  if (onBoundary(rate, 2)) throw new Error('执行率在 .5 边界');
  const raw = Math.min(d.budgetRate.weight, r2(rate) * d.budgetRate.weight / 100);
  const raw2 = Math.min(d.budgetRate.weight, rate * d.budgetRate.weight / 100);
  if (r2(raw) !== r2(raw2) || onBoundary(raw, 2) || onBoundary(raw2, 2)) throw new Error('执行率得分两种算法不同或在边界：' + raw + ' ' + raw2);
  d.budgetRate.score = r2(raw);
  const wt = d.budgetRate.weight + d.indicators.reduce((a, x) => a + x.weight, 0);
  if (Math.abs(wt - 100) > EPS) throw new Error('分值合计不是100：' + wt);
  const tot = sum([d.budgetRate.score, ...d.indicators.map((x) => x.score)]);
  d.scoreSummary = d.scoreSummary || {};
  d.scoreSummary.weightTotal = 100;
  d.scoreSummary.scoreTotal = tot;
  d.scoreSummary.grade = tot >= 90 ? '优' : tot >= 80 ? '良' : tot >= 60 ? '中' : '差';
  return d;
}
function rate(a, b, what) {
  const v = a / b * 100;
  if (onBoundary(v, 2)) throw new Error('比率在 .5 边界：' + (what || '') + ' ' + v);
  return r2(v);
}

module.exports = { roundHalfUp, r2, onBoundary, sum, fmtNum, cnInt, cnDecimal, daxie, toNum, getPath, evalSource, scoreIndicator, fillScores, rate, FWD };

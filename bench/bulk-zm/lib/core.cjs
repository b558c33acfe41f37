'use strict';
// 模板展开：{{文字=表达式|选项…}} 为核对的数字，[[文字|原因]] 为不核对的数字；其余阿拉伯数字只允许是年份、月日、文号、行首序号。
const CN = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CNU = { 十: 10, 百: 100, 千: 1000 };
function cnInt(s) {
  if (s === '') return 0;
  let i = s.indexOf('亿'); if (i >= 0) return cnInt(s.slice(0, i)) * 1e8 + cnInt(s.slice(i + 1));
  i = s.indexOf('万'); if (i >= 0) return cnInt(s.slice(0, i)) * 1e4 + cnInt(s.slice(i + 1));
  let tot = 0, cur = 0;
  for (const ch of s) {
    if (ch in CN) cur = CN[ch];
    else if (ch in CNU) { tot += (cur || 1) * CNU[ch]; cur = 0; }
    else throw new Error('bad cn ' + s);
  }
  return tot + cur;
}
function cnParse(s) {
  const [a, b] = s.split('点');
  let v = cnInt(a);
  if (b !== undefined) { let f = ''; for (const ch of b) f += CN[ch]; v = Number(v + '.' + f); }
  return { value: v, decimals: b ? b.length : 0 };
}
function numParse(t) {
  // 返回 {value, decimals}；支持千分位、括号负数、+/-/−
  let s = t.replace(/[,，\s]/g, '');
  let neg = false;
  if (/^\(.*\)$/.test(s) || /^（.*）$/.test(s)) { neg = true; s = s.slice(1, -1); }
  if (/^[-−]/.test(s)) { neg = true; s = s.slice(1); } else if (/^\+/.test(s)) s = s.slice(1);
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error('not a number: ' + t);
  const dec = s.includes('.') ? s.split('.')[1].length : 0;
  return { value: (neg ? -1 : 1) * Number(s), decimals: dec };
}
function roundHalfUp(v, d) {
  const m = Math.pow(10, d);
  const x = Math.abs(v) * m;
  const r = Math.floor(x + 0.5 + 1e-9) / m;
  return v < 0 ? -r : r;
}
function env(d) {
  const A = (id) => { const a = (d.achievements || []).find((x) => x.id === id); if (!a) throw new Error('no achievement ' + id); return Number(String(a.value).replace(/,/g, '')); };
  const AP = (id) => Number(String(d.achievements.find((x) => x.id === id).prior).replace(/,/g, ''));
  const AT = (id) => Number(String(d.achievements.find((x) => x.id === id).target).replace(/,/g, ''));
  const AC = (id) => Number(d.achievements.find((x) => x.id === id).changeRate);
  const I = (k) => typeof k === 'number' ? d.indicators[k] : d.indicators.find((x) => x.name === k);
  const num = (s) => { const m = String(s).replace(/,/g, '').match(/\d+(\.\d+)?/); if (!m) throw new Error('no num in ' + s); return Number(m[0]); };
  const N = (x) => Number(String(x).replace(/,/g, ''));
  const P = (i) => d.projects[i];
  const pct = (a, b) => N(a) / N(b) * 100;
  const chg = (a, b) => (N(a) - N(b)) / N(b) * 100;
  const sum = (arr) => arr.reduce((s, x) => s + N(x), 0);
  const W = () => d.budgetRate.weight + d.indicators.reduce((s, x) => s + x.weight, 0);
  const S = () => d.budgetRate.score + d.indicators.reduce((s, x) => s + x.score, 0);
  return { d, A, AP, AT, AC, I, num, N, P, pct, chg, sum, W, S };
}
function evalExpr(expr, d) {
  const e = env(d);
  const f = new Function(...Object.keys(e), 'return (' + expr + ');');
  let v = f(...Object.values(e));
  if (typeof v === 'string') v = Number(v.replace(/,/g, ''));
  if (typeof v !== 'number' || !isFinite(v)) throw new Error('expr ' + expr + ' -> ' + v);
  return v;
}
function parseWritten(text, opts) {
  if (opts.cn) return cnParse(text);
  return numParse(text);
}
// 判定所写文字与算出的值是否一致
function agrees(text, value, opts) {
  const w = parseWritten(text, opts);
  const cmp = opts.cmp || 'eq';
  if (cmp === 'eq') {
    const r = roundHalfUp(value, w.decimals);
    const frac = Math.abs(value) * Math.pow(10, w.decimals) % 1;
    if (Math.abs(frac - 0.5) < 1e-7) return { ok: false, why: 'half boundary' };
    return { ok: Math.abs(r - w.value) < 1e-9, why: `round(${value},${w.decimals})=${r}` };
  }
  if (cmp === 'ge') return { ok: value >= w.value && value < w.value * 1.2, why: `${value} in [${w.value}, ×1.2)` }; // 逾、余、超、以上
  if (cmp === 'le') return { ok: value <= w.value && value > w.value * 0.9, why: `${value} in (×0.9, ${w.value}]` }; // 近、将近
  if (cmp === 'about') return { ok: Math.abs(value - w.value) <= Math.abs(w.value) * 0.05, why: `${value} ≈ ${w.value}` }; // 约
  throw new Error('cmp ' + cmp);
}
// 自动登记为 skip 的数字（年份、月日、文号、行首序号）
const AUTO = [
  [/\d{4}(?=年)/g, '年份'],
  [/\d{4}(?=〕)/g, '文号年份'],
  [/(?<=〕)\d+(?=号)/g, '文号'],
  [/(?<![\d.])\d{1,2}(?=月)/g, '月份'],
  [/(?<=月)\d{1,2}(?=日)/g, '日'],
  [/(?<=^|\n)\d{1,2}(?=\.[^\d])/g, '行首序号'],
  [/(?<=（)\d{1,2}(?=）)/g, '序号'],
];
function autoSkips(chunk) {
  const hits = [];
  for (const [re, why] of AUTO) { re.lastIndex = 0; let m; while ((m = re.exec(chunk))) hits.push({ i: m.index, text: m[0], why }); }
  hits.sort((a, b) => a.i - b.i);
  // 检查未登记的数字
  const covered = new Array(chunk.length).fill(false);
  for (const h of hits) for (let k = h.i; k < h.i + h.text.length; k++) covered[k] = true;
  for (let k = 0; k < chunk.length; k++) if (/[0-9０-９]/.test(chunk[k]) && !covered[k]) (process.env.ZM_LENIENT ? console.error : (m) => { throw new Error(m); })('未登记的数字: …' + chunk.slice(Math.max(0, k - 12), k + 8) + '…');
  return hits;
}
const MARK = /\{\{([^{}]+?)\}\}|\[\[([^\[\]]+?)\]\]/g;
function parseOpts(list) {
  const o = {};
  for (const x of list) { const i = x.indexOf(':'); if (i < 0) o[x] = true; else o[x.slice(0, i)] = x.slice(i + 1); }
  return o;
}
// 展开模板字符串。variant: 'clean' | 'a' | 'b'。ctx: {d, figs, unit}。返回展开后的文字（docx 的加粗用 \u0001…\u0002 标记）
function expand(tpl, variant, ctx, where) {
  let out = '', last = 0, m;
  MARK.lastIndex = 0;
  const plain = (s) => { for (const h of autoSkips(s)) ctx.figs.push({ text: h.text, skip: h.why, where }); out += s; };
  while ((m = MARK.exec(tpl))) {
    plain(tpl.slice(last, m.index));
    last = MARK.lastIndex;
    if (m[1] !== undefined) {
      const parts = m[1].split('|');
      const eq = parts[0].indexOf('=');
      const raw = parts[0].slice(0, eq), text = raw.replace(/‖/g, ''), expr = parts[0].slice(eq + 1);
      const opts = parseOpts(parts.slice(1));
      const value = evalExpr(expr, ctx.d);
      const ag = agrees(text, value, opts);
      if (!ag.ok) { const msg = `${ctx.unit}: 数字 ${text} 与 ${expr} 不符 (${ag.why})`; if (process.env.ZM_LENIENT) console.error(msg); else throw new Error(msg); }
      const fig = { text, src: expr, value, where };
      for (const k of ['cmp', 'cn', 'bd', 'note']) if (opts[k]) fig[k] = opts[k];
      let written = raw;
      if (raw !== text) fig.runSplit = raw.indexOf('‖');
      for (const v of ['a', 'b']) if (opts[v]) {
        const [nt, why] = opts[v].split('~');
        if (nt.length !== text.length) throw new Error('bad text length ' + nt);
        fig.bad = fig.bad || {}; fig.bad[v] = { text: nt, why: why || '', internal: v === 'a' ? 'yes' : 'no' };
        if (agrees(nt, value, opts).ok) throw new Error('bad text agrees ' + nt);
        if (variant === v) written = nt;
      }
      if (variant !== 'clean' && fig.bad && fig.bad[variant]) fig.changed = variant;
      ctx.figs.push(fig);
      if (opts.bd) { // 加粗第 i-j 个字
        const [i, j] = opts.bd.split('-').map(Number);
        written = written.slice(0, i) + '\u0001' + written.slice(i, j) + '\u0002' + written.slice(j);
      }
      out += written;
    } else {
      const [text, why] = m[2].split('|');
      ctx.figs.push({ text, skip: why || '数据中没有', where });
      out += text;
    }
  }
  plain(tpl.slice(last));
  return out;
}
// 只取干净文字（用于排版宽度）
function cleanText(s) { return s.replace(MARK, (x, a, b) => a !== undefined ? a.split('|')[0].split('=')[0] : b.split('|')[0]); }
function dispWidth(s) { let w = 0; for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1; return w; }
// 只用空格对齐的文本表
function spaceTable(rows, { gap = 2, right = [] } = {}) {
  const n = Math.max(...rows.map((r) => r.length));
  const wid = [];
  for (let c = 0; c < n; c++) wid[c] = Math.max(...rows.map((r) => dispWidth(cleanText(r[c] || ''))));
  return rows.map((r) => r.map((cell, c) => {
    cell = cell || '';
    const pad = ' '.repeat(wid[c] - dispWidth(cleanText(cell)));
    if (c === r.length - 1) return right.includes(c) ? pad + cell : cell;
    return right.includes(c) ? pad + cell + ' '.repeat(gap) : cell + pad + ' '.repeat(gap);
  }).join('').replace(/ +$/, '')).join('\n');
}
module.exports = { expand, cleanText, spaceTable, evalExpr, agrees, numParse, cnParse, roundHalfUp, dispWidth };

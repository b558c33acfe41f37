'use strict';
// 模板展开、表达式求值、舍入核对、未登记数字检查。只供 gen.cjs 使用。
const FW = '０１２３４５６７８９';
function toAscii(s) { return s.replace(/[０-９]/g, c => String(FW.indexOf(c))).replace(/．/g, '.').replace(/，/g, ','); }
function parseNum(text) {
  const t = toAscii(text).replace(/,/g, '');
  const m = t.match(/[+-]?\d+(?:\.\d+)?/);
  if (!m) throw new Error('无数字：' + text);
  return { v: parseFloat(m[0]), dec: (m[0].split('.')[1] || '').length, neg: m[0][0] === '-', plus: m[0][0] === '+' };
}
function fmt(v, dec, commas, sign) {
  let s = Math.abs(v).toFixed(dec);
  if (commas) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f ? '.' + f : ''); }
  if (v < 0 && Number(Math.abs(v).toFixed(dec)) !== 0) s = '-' + s; else if (sign === '+' ) s = '+' + s;
  return s;
}
function helpers(d) {
  const A = id => { const a = d.achievements.find(x => x.id === id); if (!a) throw new Error('no achievement ' + id); return Number(String(a.value).replace(/,/g, '')); };
  const N = x => Number(String(x).replace(/,/g, ''));
  const AP = id => Number(String(d.achievements.find(x => x.id === id).prior).replace(/,/g, ''));
  const num = s => { const m = String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/g); return parseFloat(m[0]); };
  const num2 = s => { const m = String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/g); return parseFloat(m[1]); };
  const P = i => d.projects[i], I = i => d.indicators[i], G = i => d.projectGroups[i], T = k => d.threePublic[k];
  const pct = (a, b) => N(a) / N(b) * 100, chg = (a, b) => (N(a) - N(b)) / N(b) * 100;
  const sum = (...xs) => xs.flat().reduce((s, x) => s + N(x), 0);
  const R = () => N(d.budget.actual) / N(d.budget.total) * 100;
  const W = () => d.indicators.reduce((s, x) => s + N(x.weight), 0) + (d.budgetRate ? N(d.budgetRate.weight) : 0);
  const S = () => d.indicators.reduce((s, x) => s + N(x.score), 0) + (d.budgetRate ? N(d.budgetRate.score) : 0);
  const SW = l1 => d.indicators.filter(x => x.level1 === l1).reduce((s, x) => s + N(x.weight), 0);
  const SS = l1 => d.indicators.filter(x => x.level1 === l1).reduce((s, x) => s + N(x.score), 0);
  return { d, A, AP, N, num, num2, P, I, G, T, pct, chg, sum, R, W, S, SW, SS };
}
function evalExpr(expr, d) {
  const h = helpers(d);
  const f = new Function(...Object.keys(h), 'return (' + expr + ');');
  const v = f(...Object.values(h));
  if (typeof v !== 'number' || !isFinite(v)) throw new Error('表达式无值：' + expr);
  return v;
}
// 所写文字与数值是否相符
function judge(text, value, opt) {
  if (opt.cn != null) {
    const w = Number(opt.cn);
    return cmpOk(w, value, opt.cmp || 'round0');
  }
  const p = parseNum(text);
  if (opt.cmp) return cmpOk(p.v, value, opt.cmp);
  const scaled = value * Math.pow(10, p.dec);
  const frac = Math.abs(scaled) - Math.floor(Math.abs(scaled));
  if (Math.abs(frac - 0.5) < 1e-6) return '恰在进位边界：' + value;
  const commas = /,/.test(toAscii(text)) ;
  const sign = p.plus ? '+' : '';
  const want = fmt(value, p.dec, commas || (Math.abs(value) >= 1000 && opt.commas), sign);
  const got = toAscii(text).match(/[+-]?[\d,]+(?:\.\d+)?/)[0];
  return want === got ? true : `应为 ${want}，写作 ${got}`;
}
function cmpOk(w, v, cmp) {
  if (cmp === 'ge') return (v >= w && v < w * 1.3) ? true : `${v} 不在 [${w}, ${w * 1.3})`;
  if (cmp === 'gt') return (v > w && v < w * 1.3) ? true : `${v} 不在 (${w}, ${w * 1.3})`;
  if (cmp === 'le') return (v <= w && v > w * 0.85) ? true : `${v} 不在 (${w * 0.85}, ${w}]`;
  if (cmp === 'about') return Math.abs(v - w) <= Math.abs(w) * 0.05 ? true : `${v} 与 ${w} 相差超过5%`;
  if (cmp === 'round0') return Math.round(v) === w ? true : `${v} 取整不等于 ${w}`;
  throw new Error('cmp ' + cmp);
}
// 自动登记为 skip 的写法
const AUTO = [
  [/^\d{4}\.\d{1,2}\.\d{1,2}/, '日期'],
  [/^\d{1,2}:\d{2}(?:-\d{1,2}:\d{2})?/, '时间'],
  [/^20[12]\d(?=年|—|-|－|至)/, '年份'],
  [/^\d{1,2}月(?:\d{1,2}日)?/, '月日'],
  [/^\d{1,2}日/, '日'],
];
const AUTO_BEFORE = [
  [/〔$/, /^\d{4}/, '文号年份'], [/〕$/, /^\d+(?=号)/, '文号序号'], [/第$/, /^\d+(?=季度)/, '季度序号'],
  [/表$/, /^\d+/, '表序号'], [/(?:^|\n)[#\s]*$/, /^\d+(?=\.\D)/, '行首序号'], [/（$/, /^\d+(?=）)/, '括号序号'],
  [/附件$/, /^\d+/, '附件序号'],
];
const DIG = /[0-9０-９]/;
// 展开模板：mode = clean | a | b
function expand(tpl, d, mode, markup) {
  const figs = []; let out = ''; let i = 0; const bads = { a: null, b: null };
  const re = /\{\{([^{}]+?)\}\}|\[\[([^\[\]]+?)\]\]/g; let m;
  while ((m = re.exec(tpl))) {
    out += tpl.slice(i, m.index); i = re.lastIndex;
    if (m[1]) {
      const parts = m[1].split('|'); const [text, expr] = splitOnce(parts[0], '=');
      const f = { text, src: expr.trim() };
      for (const o of parts.slice(1)) {
        if (o[0] === '#') f.label = o.slice(1);
        else if (/^[ab]:/.test(o)) { const [t, why] = splitOnce(o.slice(2), '~'); f.bad = f.bad || {}; f.bad[o[0]] = { text: t, why }; }
        else if (o.startsWith('cmp:')) f.cmp = o.slice(4);
        else if (o.startsWith('cn:')) f.cn = Number(o.slice(3));
        else throw new Error('未知选项 ' + o);
      }
      f.value = evalExpr(f.src, d);
      const j = judge(text, f.value, f);
      if (j !== true) throw new Error(`数字“${text}”（${f.src}）与数据不符：${j}`);
      let shown = text;
      if (f.bad) for (const k of Object.keys(f.bad)) {
        if (bads[k]) throw new Error('重复的 ' + k + ' 改动');
        bads[k] = f;
        if (f.bad[k].text.length !== text.length) throw new Error('改动须等长：' + text);
        const jb = judge(f.bad[k].text, f.value, f);
        if (jb === true) throw new Error('改动后仍与数据相符：' + f.bad[k].text);
        if (mode === k) shown = f.bad[k].text;
      }
      f.start = out.length; out += shown; f.end = out.length; figs.push(f);
    } else {
      const [text, reason] = splitOnce(m[2], '|');
      const f = { text, skip: reason, start: out.length }; out += text; f.end = out.length; figs.push(f);
    }
  }
  out += tpl.slice(i);
  // 未登记数字
  const covered = new Uint8Array(out.length); for (const f of figs) covered.fill(1, f.start, f.end);
  const autos = [];
  for (let k = 0; k < out.length; k++) {
    if (covered[k] || !DIG.test(out[k])) continue;
    const rest = out.slice(k), before = out.slice(Math.max(0, k - 40), k);
    if (markup) {
      const ls = out.lastIndexOf('\n', k - 1) + 1;
      if (/^#(?:H|W)/.test(out.slice(ls, ls + 2))) continue;
      if (k === ls + 1 && out[ls] === '#' && /^[12] /.test(rest)) continue;
    }
    let hit = null;
    if (!/[0-9.,]$/.test(before)) {
      for (const [r, why] of AUTO) { const mm = rest.match(r); if (mm) { hit = [mm[0], why]; break; } }
      if (!hit) for (const [rb, r, why] of AUTO_BEFORE) { const mm = rest.match(r); if (mm && rb.test(before)) { hit = [mm[0], why]; break; } }
    }
    if (!hit) throw new Error('未登记的数字：…' + out.slice(Math.max(0, k - 20), k + 20).replace(/\n/g, '⏎') + '…');
    autos.push({ text: hit[0], skip: hit[1], start: k, end: k + hit[0].length, auto: true });
    covered.fill(1, k, k + hit[0].length); k += hit[0].length - 1;
  }
  const all = figs.concat(autos).sort((x, y) => x.start - y.start);
  return { text: out, figs: all, bads };
}
function splitOnce(s, ch) { const k = s.indexOf(ch); if (k < 0) throw new Error('缺少 ' + ch + '：' + s); return [s.slice(0, k), s.slice(k + 1)]; }
// 评分规则（README“评分规则”）
function ruleScore(ind) {
  const w = Number(ind.weight);
  if (ind.band) return ind.band === '达成' ? w : null;
  const t = String(ind.target), a = String(ind.actual);
  const nums = s => (s.replace(/,/g, '').match(/\d+(?:\.\d+)?/g) || []).map(Number);
  const tn = nums(t), an = nums(a);
  if (!an.length || !tn.length) return null;
  const av = an[0];
  if (tn.length === 2 && /—|且|～|-/.test(t)) return (av >= tn[0] && av <= tn[1]) ? w : null;
  const tv = tn[0];
  if (ind.direction === 'negative') return av <= tv ? w : Math.round(tv / av * w * 100) / 100;
  return av >= tv ? w : Math.round(av / tv * w * 100) / 100;
}
function grade(s) { return s >= 90 ? '优' : s >= 80 ? '良' : s >= 60 ? '中' : '差'; }
module.exports = { toAscii, parseNum, fmt, helpers, evalExpr, judge, expand, ruleScore, grade };

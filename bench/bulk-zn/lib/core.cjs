'use strict';
// 模板展开、数字格式核对、表达式求值。只供 gen.cjs 使用（check.cjs 不引用本文件）。
const FWD = '０１２３４５６７８９';
const DIG = /[0-9０-９]/;

function toAscii(s) {
  return String(s).replace(/[０-９]/g, c => String(FWD.indexOf(c))).replace(/．/g, '.').replace(/[−－]/g, '-').replace(/＋/g, '+');
}

// 汉字数字：九成八 → 98（百分数）；一千二百 → 1200；十二 → 12
const CN = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnParse(s) {
  if (s.includes('成')) {
    const [a, b] = s.split('成');
    return CN[a] * 10 + (b ? CN[b] : 0);
  }
  let total = 0, sec = 0, cur = 0;
  for (const ch of s) {
    if (ch in CN) cur = CN[ch];
    else if (ch === '十') { sec += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { sec += cur * 100; cur = 0; }
    else if (ch === '千') { sec += cur * 1000; cur = 0; }
    else if (ch === '万') { total += (sec + cur) * 10000; sec = 0; cur = 0; }
    else throw new Error('汉字数字无法识别：' + s);
  }
  return total + sec + cur;
}

function fmt(v, dec, sep) {
  const neg = v < 0;
  const p = Math.pow(10, dec);
  const x = Math.abs(v) * p;
  const frac = x - Math.floor(x);
  if (Math.abs(frac - 0.5) < 1e-6) throw new Error(`舍入边界：${v} 保留 ${dec} 位`);
  let s = (Math.round(x) / p).toFixed(dec);
  if (sep) {
    const [i, f] = s.split('.');
    s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
  }
  return (neg && Number(s.replace(/,/g, '')) !== 0 ? '-' : '') + s;
}

// 所写文字与数值是否一致；返回 null 表示一致，否则返回说明
function judge(text, value, opt) {
  if (typeof value !== 'number' || !isFinite(value)) return `表达式值不是数字：${value}`;
  if (opt.cn) {
    const n = cnParse(text);
    return Math.round(value) === n ? null : `汉字数字 ${text}=${n}，数据 ${value}`;
  }
  let t = toAscii(text);
  let plus = false;
  if (t.startsWith('+')) { plus = true; t = t.slice(1); }
  if (!/^-?\d{1,3}(,\d{3})*(\.\d+)?$|^-?\d+(\.\d+)?$/.test(t)) return `写法不合规：${text}`;
  const sep = t.includes(',');
  const dec = t.includes('.') ? t.split('.')[1].length : 0;
  const n = Number(t.replace(/,/g, ''));
  if (plus && value <= 0) return `带 + 号但值不为正：${value}`;
  if (opt.cmp === 'ge') return n <= value && value < n * 1.2 ? null : `逾/超：${n} 对 ${value}`;
  if (opt.cmp === 'le') return n * 0.9 < value && value <= n ? null : `近：${n} 对 ${value}`;
  if (opt.cmp === 'about') return Math.abs(value - n) <= Math.abs(n) * 0.05 ? null : `约：${n} 对 ${value}`;
  const f = fmt(value, dec, sep);
  return f === t ? null : `所写 ${text}，按数据应为 ${f}（${value}）`;
}

function makeCtx(d) {
  const N = x => (typeof x === 'string' ? Number(x.replace(/,/g, '')) : x);
  const need = (x, what) => { if (x === undefined || x === null) throw new Error('数据中没有 ' + what); return x; };
  const P = i => need(d.projects[i], 'projects[' + i + ']');
  const I = i => need(d.indicators[i], 'indicators[' + i + ']');
  const ach = id => need((d.achievements || []).find(a => a.id === id), '成效 ' + id);
  const A = id => N(ach(id).value);
  const AP = id => N(need(ach(id).prior, id + '.prior'));
  const AC = id => N(need(ach(id).changeRate, id + '.changeRate'));
  const T = k => need(d.threePublic[k], 'threePublic.' + k);
  const pct = (a, b) => (N(a) / N(b)) * 100;
  const chg = (a, b) => ((N(a) - N(b)) / N(b)) * 100;
  const sum = (...xs) => xs.flat().reduce((s, x) => s + N(x), 0);
  const num = s => { const m = String(s).replace(/,/g, '').match(/-?\d+(\.\d+)?/); return need(m, '数字 in ' + s) && Number(m[0]); };
  const num2 = s => { const m = String(s).replace(/,/g, '').match(/\d+(\.\d+)?/g); return Number(need(m && m[1], '第二个数字 in ' + s)); };
  const W = () => d.budgetRate.weight + sum(d.indicators.map(i => i.weight));
  const S = () => d.budgetRate.score + sum(d.indicators.map(i => i.score));
  const R = () => pct(d.budget.actual, d.budget.total);
  return { d, N, P, I, A, AP, AC, T, pct, chg, sum, num, num2, W, S, R };
}
function evalExpr(ctx, expr) {
  const keys = Object.keys(ctx);
  try { return Function(...keys, '"use strict"; return (' + expr + ');')(...keys.map(k => ctx[k])); }
  catch (e) { throw new Error(`表达式 ${expr}：${e.message}`); }
}

// ---- 模板 ----
// {{文字=表达式|选项…}}  选项：#标签  a:新文字~说明  b:新文字~说明  cn  cmp:ge|le|about
// [[文字|原因]]          不核对
// ⟦-…⟧ 删除（修订）  ⟦+…⟧ 插入（修订）  ⟦cN⟧…⟦/cN⟧ 批注范围  ⟦fN⟧ 脚注引用：原样保留给 docx
const TOK = /\{\{([^{}]+?)\}\}|\[\[([^\[\]]+?)\]\]|⟦[-+]|⟦\/?[cf]\d+⟧|⟧/g;

function expand(tpl, ctx, state, where) {
  let clean = '', a = '', b = '';
  const spans = []; // {s,e,fig} 或 {s,e,marker}
  const figs = [];
  let last = 0, m, delDepth = 0;
  const delSpans = [];
  let delStart = -1;
  const lit = s => { clean += s; a += s; b += s; };
  TOK.lastIndex = 0;
  while ((m = TOK.exec(tpl))) {
    lit(tpl.slice(last, m.index));
    last = TOK.lastIndex;
    const s = clean.length;
    if (m[1] !== undefined) {
      const parts = m[1].split('|');
      const eq = parts[0].indexOf('=');
      if (eq < 0) throw new Error('缺少 = ：' + m[0]);
      const text = parts[0].slice(0, eq), src = parts[0].slice(eq + 1).trim();
      const opt = {};
      const fig = { text, src };
      for (const o of parts.slice(1)) {
        if (o.startsWith('#')) fig.label = o.slice(1);
        else if (o === 'cn') opt.cn = fig.cn = true;
        else if (o.startsWith('cmp:')) opt.cmp = fig.cmp = o.slice(4);
        else if (/^[ab]:/.test(o)) {
          const [nt, why] = o.slice(2).split('~');
          fig.bad = fig.bad || {};
          fig.bad[o[0]] = { text: nt, why };
        } else throw new Error('未知选项 ' + o);
      }
      fig.value = evalExpr(ctx, src);
      const err = judge(text, fig.value, opt);
      if (err) throw new Error(`${where}: ${m[0]}: ${err}`);
      clean += text;
      a += fig.bad && fig.bad.a ? fig.bad.a.text : text;
      b += fig.bad && fig.bad.b ? fig.bad.b.text : text;
      for (const k of ['a', 'b']) if (fig.bad && fig.bad[k]) {
        if (state.bad[k]) throw new Error('错稿 ' + k + ' 改动不止一处');
        if ([...fig.bad[k].text].length !== [...text].length) throw new Error('错稿改动须等长：' + text + ' → ' + fig.bad[k].text);
        const err2 = judge(fig.bad[k].text, fig.value, opt);
        if (!err2) throw new Error('错稿数字与数据一致：' + fig.bad[k].text);
        state.bad[k] = true;
      }
      spans.push({ s, e: clean.length, fig });
    } else if (m[2] !== undefined) {
      const i = m[2].lastIndexOf('|');
      if (i < 0) throw new Error('[[文字|原因]] 缺原因：' + m[0]);
      const text = m[2].slice(0, i);
      lit(text);
      spans.push({ s, e: clean.length, fig: { text, skip: m[2].slice(i + 1) } });
    } else {
      lit(m[0]);
      spans.push({ s, e: clean.length, marker: true });
      if (m[0] === '⟦-') delStart = s;
      else if (m[0] === '⟧' && delStart >= 0) { delSpans.push([delStart, clean.length]); delStart = -1; }
    }
  }
  lit(tpl.slice(last));
  // 公文号整体登记
  const DOC = /〔\d{4}〕\d+号/g;
  while ((m = DOC.exec(clean))) {
    if (!spans.some(sp => sp.s < m.index + m[0].length && m.index < sp.e))
      spans.push({ s: m.index, e: m.index + m[0].length, fig: { text: m[0], skip: '文号' } });
  }
  // 其余数字：自动登记年份、月日、行首序号、括号序号；否则报错
  const RUN = /[0-9０-９]+/g;
  while ((m = RUN.exec(clean))) {
    const s = m.index, e = s + m[0].length;
    if (spans.some(sp => sp.s < e && s < sp.e)) continue;
    const prev = clean[s - 1] || '', next = clean[e] || '', next2 = clean[e + 1] || '';
    const lineStart = clean.lastIndexOf('\n', s - 1) + 1;
    const before = clean.slice(lineStart, s);
    let skip = null;
    if (m[0].length === 4 && next === '年') skip = '年份';
    else if (m[0].length === 4 && /^[—-]$/.test(next) && /\d{4}年/.test(clean.slice(e + 1, e + 6))) skip = '年份';
    else if (m[0].length <= 2 && next === '月' && !/[\d.]/.test(prev)) skip = '月份';
    else if (m[0].length <= 2 && next === '日' && !/[\d.]/.test(prev)) skip = '日期';
    else if (m[0].length <= 2 && /^[\s#>*-]*$/.test(before) && /[.．、]/.test(next) && !DIG.test(next2)) skip = '行首序号';
    else if (m[0].length <= 2 && /[（(]/.test(prev) && /[）)]/.test(next)) skip = '括号序号';
    if (!skip) throw new Error(`${where}: 未登记的数字 “${m[0]}”：…${clean.slice(Math.max(0, s - 15), e + 15)}…`);
    spans.push({ s, e, fig: { text: m[0], skip } });
  }
  spans.sort((x, y) => x.s - y.s);
  for (const sp of spans) if (sp.fig) {
    const inDel = delSpans.some(([x, y]) => sp.s >= x && sp.e <= y);
    sp.fig.where = inDel ? 'deleted' : where;
    if (inDel && !sp.fig.skip) throw new Error('删除的文字中不应有核对的数字：' + sp.fig.text);
    figs.push(sp.fig);
  }
  state.figs.push(...figs);
  return { clean, a, b };
}

module.exports = { toAscii, cnParse, fmt, judge, makeCtx, evalExpr, expand };

'use strict';
// 生成器用的工具：有理数（BigInt）、表达式求值、数字格式、YAML 输出、报告构造与排版（md/txt/docx）。
// 核对程序 check.cjs 不使用本文件，另行实现解析与计算。

// ---------- 有理数 ----------
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) { [a, b] = [b, a % b]; } return a; };
class Q {
  constructor(n, d = 1n) {
    n = BigInt(n); d = BigInt(d);
    if (d === 0n) throw new Error('division by zero');
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  static of(x) {
    if (x instanceof Q) return x;
    if (typeof x === 'bigint') return new Q(x);
    if (typeof x === 'number') return Q.parse(String(x));
    return Q.parse(x);
  }
  static parse(s) {
    const m = String(s).replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
    if (!m) throw new Error('no number in ' + JSON.stringify(s));
    const t = m[0]; const neg = t.startsWith('-'); const u = neg ? t.slice(1) : t;
    const [i, f = ''] = u.split('.');
    const q = new Q(BigInt(i + f), 10n ** BigInt(f.length));
    return neg ? q.neg() : q;
  }
  add(o) { o = Q.of(o); return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o) { o = Q.of(o); return new Q(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o) { o = Q.of(o); return new Q(this.n * o.n, this.d * o.d); }
  div(o) { o = Q.of(o); return new Q(this.n * o.d, this.d * o.n); }
  neg() { return new Q(-this.n, this.d); }
  abs() { return this.n < 0n ? this.neg() : this; }
  cmp(o) { o = Q.of(o); const a = this.n * o.d, b = o.n * this.d; return a < b ? -1 : a > b ? 1 : 0; }
  sign() { return this.n < 0n ? -1 : this.n > 0n ? 1 : 0; }
  eq(o) { return this.cmp(o) === 0; }
  isInt() { return this.d === 1n; }
  toNumber() { return Number(this.n) / Number(this.d); }
}

// 四舍五入到 dec 位（绝对值进位），返回缩放后的整数 BigInt；恰在 .5 边界时 strict 下报错
function roundScaled(q, dec, strict = true) {
  const k = 10n ** BigInt(dec);
  const x = q.mul(new Q(k));
  const neg = x.n < 0n; const n = neg ? -x.n : x.n; const d = x.d;
  if (strict && d !== 1n && (2n * n) % d === 0n && (2n * n / d) % 2n === 1n) {
    throw new Error(`rounding boundary: ${q.n}/${q.d} at ${dec} decimals`);
  }
  const r = (2n * n + d) / (2n * d);
  return neg ? -r : r;
}
function fmtScaled(r, dec, sep) {
  const neg = r < 0n; if (neg) r = -r;
  let s = r.toString();
  if (dec > 0) { s = s.padStart(dec + 1, '0'); s = s.slice(0, -dec) + '.' + s.slice(-dec); }
  if (sep) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : ''); }
  return (neg ? '-' : '') + s;
}
function fmtQ(q, dec, sep = false, strict = true) { return fmtScaled(roundScaled(q, dec, strict), dec, sep); }

// ---------- 中文数字 ----------
const CN = '零一二三四五六七八九';
function cnNum(n) {
  n = Number(n);
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new Error('cnNum range ' + n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  const h = Math.floor(n / 100), r = n % 100;
  if (r === 0) return CN[h] + '百';
  if (r < 10) return CN[h] + '百零' + CN[r];
  return CN[h] + '百' + CN[Math.floor(r / 10)] + '十' + (r % 10 ? CN[r % 10] : '');
}

// ---------- 金额（数据中以分为单位保存） ----------
class Money { constructor(cents) { if (!Number.isSafeInteger(cents)) throw new Error('bad cents ' + cents); this.c = cents; } }
// m('1,864.05') → Money；数据单位万元，两位小数
function m(s) {
  const t = String(s).replace(/,/g, '');
  if (!/^\d+(\.\d{1,2})?$/.test(t)) throw new Error('bad money ' + s);
  const [i, f = ''] = t.split('.');
  return new Money(Number(i) * 100 + Number((f + '00').slice(0, 2)));
}
const moneyQ = (mo) => new Q(BigInt(mo.c), 100n);
const moneyStr = (mo) => { const s = fmtScaled(BigInt(mo.c), 2, false); return s.replace(/\.?0+$/, '') || '0'; };

// ---------- 表达式 ----------
// 语法：路径 a.b[2].c、a[*].b（只在 sum() 中）、数字、+ - * / ( )、函数 sum min max abs grade
function tokenize(s) {
  const out = []; let i = 0;
  while (i < s.length) {
    const c = s[i];
    if (/\s/.test(c)) { i++; continue; }
    if ('+-*/(),'.includes(c)) { out.push({ t: c }); i++; continue; }
    let mm = s.slice(i).match(/^\d+(\.\d+)?/);
    if (mm) { out.push({ t: 'num', v: mm[0] }); i += mm[0].length; continue; }
    mm = s.slice(i).match(/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[(?:\d+|\*)\])*/);
    if (mm) { out.push({ t: 'id', v: mm[0] }); i += mm[0].length; continue; }
    throw new Error('bad expr char ' + c + ' in ' + s);
  }
  return out;
}
function resolvePath(data, path) {
  const parts = path.match(/[A-Za-z_]\w*|\[(?:\d+|\*)\]/g);
  let cur = [data];
  for (const p of parts) {
    const next = [];
    for (const o of cur) {
      if (o == null) throw new Error('path ' + path + ' missing at ' + p);
      if (p === '[*]') { if (!Array.isArray(o)) throw new Error('not array ' + path); next.push(...o); }
      else if (p.startsWith('[')) next.push(o[Number(p.slice(1, -1))]);
      else next.push(o[p]);
    }
    cur = next;
  }
  for (const v of cur) if (v === undefined) throw new Error('path ' + path + ' undefined');
  return cur;
}
function leafQ(v) {
  if (v instanceof Money) return moneyQ(v);
  if (v && typeof v === 'object' && 'value' in v) return leafQ(v.value);
  return Q.of(v);
}
const GRADE = (q) => q.cmp(90) >= 0 ? '优' : q.cmp(80) >= 0 ? '良' : q.cmp(60) >= 0 ? '中' : '差';
function evalExpr(expr, data) {
  const toks = tokenize(expr); let k = 0;
  const peek = () => toks[k]; const take = (t) => { const x = toks[k++]; if (t && (!x || x.t !== t)) throw new Error('expected ' + t + ' in ' + expr); return x; };
  function primary() {
    const x = take();
    if (!x) throw new Error('unexpected end ' + expr);
    if (x.t === 'num') return Q.parse(x.v);
    if (x.t === '(') { const v = sum(); take(')'); return v; }
    if (x.t === '-') return primary().neg();
    if (x.t === 'id') {
      if (peek() && peek().t === '(') {
        take('(');
        const fn = x.v;
        if (fn === 'sum') { const p = take('id').v; take(')'); return resolvePath(data, p).reduce((a, v) => a.add(leafQ(v)), new Q(0n)); }
        const args = [sum()]; while (peek() && peek().t === ',') { take(','); args.push(sum()); } take(')');
        if (fn === 'min') return args.reduce((a, b) => (a.cmp(b) <= 0 ? a : b));
        if (fn === 'max') return args.reduce((a, b) => (a.cmp(b) >= 0 ? a : b));
        if (fn === 'abs') return args[0].abs();
        if (fn === 'grade') return GRADE(args[0]);
        throw new Error('unknown fn ' + fn);
      }
      const vs = resolvePath(data, x.v); if (vs.length !== 1) throw new Error('path not single ' + x.v);
      return leafQ(vs[0]);
    }
    throw new Error('bad token ' + JSON.stringify(x) + ' in ' + expr);
  }
  function prod() { let v = primary(); while (peek() && (peek().t === '*' || peek().t === '/')) { const op = take().t; const r = primary(); v = op === '*' ? v.mul(r) : v.div(r); } return v; }
  function sum() { let v = prod(); while (peek() && (peek().t === '+' || peek().t === '-')) { const op = take().t; const r = prod(); v = op === '+' ? v.add(r) : v.sub(r); } return v; }
  const v = sum(); if (k !== toks.length) throw new Error('trailing tokens in ' + expr); return v;
}

// ---------- YAML 输出 ----------
function yScalar(v) {
  if (v instanceof Money) return moneyStr(v);
  if (typeof v === 'number') return String(v);
  if (typeof v === 'boolean') return String(v);
  const s = String(v);
  if (s === '' || /[:#,\[\]{}&*!|>'"%@`]/.test(s) || /^[-?\s~]/.test(s) || /\s$/.test(s) || /^(true|false|null|yes|no|on|off)$/i.test(s) || /^[-+.\d][\d.,eE+-]*$/.test(s)) return JSON.stringify(s);
  return s;
}
function isFlowable(o) { return o && typeof o === 'object' && !Array.isArray(o) && !(o instanceof Money) && Object.values(o).every((v) => v === null || typeof v !== 'object' || v instanceof Money || (typeof v === 'object' && !Array.isArray(v) && Object.values(v).every((w) => typeof w !== 'object' || w instanceof Money))); }
function yFlow(v) {
  if (v instanceof Money || typeof v !== 'object') return yScalar(v);
  if (Array.isArray(v)) return '[' + v.map(yFlow).join(', ') + ']';
  return '{ ' + Object.entries(v).map(([k, x]) => k + ': ' + yFlow(x)).join(', ') + ' }';
}
function yBlock(v, ind, out, flowKeys) {
  const pad = ' '.repeat(ind);
  for (const [k, x] of Object.entries(v)) {
    if (x === undefined) continue;
    if (x instanceof Money || typeof x !== 'object') { out.push(pad + k + ': ' + yScalar(x)); continue; }
    if (Array.isArray(x)) {
      if (x.every((e) => typeof e !== 'object' || e instanceof Money) && yFlow(x).length < 90) { out.push(pad + k + ': ' + yFlow(x)); continue; }
      out.push(pad + k + ':');
      for (const e of x) {
        if (typeof e !== 'object' || e instanceof Money) { out.push(pad + '  - ' + yScalar(e)); continue; }
        const fl = yFlow(e);
        if (isFlowable(e) && fl.length <= 150) { out.push(pad + '  - ' + fl); continue; }
        const sub = []; yBlock(e, ind + 4, sub, flowKeys);
        sub[0] = pad + '  - ' + sub[0].slice(ind + 4);
        out.push(...sub);
      }
      continue;
    }
    const fl = yFlow(x);
    if (isFlowable(x) && fl.length <= 100 && Object.keys(x).length <= 4 && flowKeys.has(k)) { out.push(pad + k + ': ' + fl); continue; }
    out.push(pad + k + ':'); yBlock(x, ind + 2, out, flowKeys);
  }
}
function toYaml(data, header) {
  const out = ['# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json', '#'];
  for (const l of header) out.push(('# ' + l).trimEnd());
  out.push('');
  const flowKeys = new Set(['current', 'prior', 'other', 'vehicle', 'vehicleOperation', 'vehiclePurchase', 'overseas', 'reception', 'total', 'goods', 'works', 'services', 'notice', 'deviation', 'procurement', 'gap', 'controlRate', 'rate', 'changeRate']);
  const top = Object.keys(data);
  for (const k of top) { const sub = []; yBlock({ [k]: data[k] }, 0, sub, flowKeys); out.push(...sub); if (!['kind'].includes(k)) out.push(''); }
  return out.join('\n').replace(/\n+$/, '\n');
}
function plainData(v) {
  if (v instanceof Money) return Number(moneyStr(v));
  if (Array.isArray(v)) return v.map(plainData);
  if (v && typeof v === 'object') { const o = {}; for (const [k, x] of Object.entries(v)) if (x !== undefined) o[k] = plainData(x); return o; }
  return v;
}

// ---------- 报告构造 ----------
// 一个数字（Fig）：text 为报告中的原样文字；expr 为对数据的表达式（数据单位：金额万元、比率为百分数）
let figSeq = 0;
class Fig {
  constructor(o) { Object.assign(this, o); if (!this.id) this.id = 'f' + (++figSeq); }
}
// 自动认定的非数据数字：年份、日期、文号、段首编号、电话
const ND_PATTERNS = [
  [/\d{4}年(?:\d{1,2}月(?:\d{1,2}日)?)?(?:度)?/g, 'year/date'],
  [/\d{1,2}月\d{1,2}日/g, 'date'],
  [/\d{1,2}月(?:底|份|中旬|上旬|下旬|末)/g, 'date'],
  [/[〔\[]\d{4}[〕\]]\d+号/g, 'docno'],
  [/\d{3,4}-\d{7,8}/g, 'phone'],
  [/(?:表|附件|附表|图)\d+/g, 'ordinal'],
];
const OUTLINE = /^(?:\d{1,2}\.(?!\d)|（\d{1,2}）|\(\d{1,2}\))/;

class Builder {
  constructor(unit) { this.unit = unit; this.data = unit.data; this.blocks = []; this.figs = []; }
  _fig(o) { const f = new Fig(o); this.figs.push(f); return f; }
  // 把模板拼成段落：字符串与 Fig 交错
  segs(strings, vals) {
    const out = [];
    strings.forEach((s, i) => { if (s) out.push(s); if (i < vals.length) { const v = vals[i]; if (v instanceof Fig) out.push(v); else if (v !== undefined && v !== null && v !== '') out.push(String(v)); } });
    return this._autoNd(out);
  }
  _autoNd(segs, isHeading = false) {
    const out = [];
    segs.forEach((s, si) => {
      if (s instanceof Fig) { out.push(s); return; }
      let str = s; const spans = [];
      if (si === 0 && OUTLINE.test(str)) { const mm = str.match(OUTLINE)[0]; spans.push([0, mm.length, 'outline']); }
      for (const [re, why] of ND_PATTERNS) { re.lastIndex = 0; let mm; while ((mm = re.exec(str))) { const a = mm.index, b = a + mm[0].length; if (!spans.some(([x, y]) => a < y && b > x)) spans.push([a, b, why]); } }
      spans.sort((x, y) => x[0] - y[0]);
      let pos = 0;
      for (const [a, b, why] of spans) { if (a > pos) out.push(str.slice(pos, a)); out.push(this._fig({ text: str.slice(a, b), kind: 'nondata', note: why })); pos = b; }
      if (pos < str.length) out.push(str.slice(pos));
    });
    for (const s of out) if (!(s instanceof Fig) && /\d/.test(s)) throw new Error(`[${this.unit.id}] unmarked digit in: ${s}`);
    return out;
  }
  title(t) { this.blocks.push({ t: 'title', segs: this._autoNd([t]) }); }
  center(strings, ...vals) { this.blocks.push({ t: 'center', segs: this.segs(strings, vals) }); }
  h(level, text) { this.blocks.push({ t: 'h', level, segs: this._autoNd(Array.isArray(text) ? text : [text], true) }); }
  h1(t) { this.h(1, t); } h2(t) { this.h(2, t); } h3(t) { this.h(3, t); } h4(t) { this.h(4, t); }
  p(strings, ...vals) { this.blocks.push({ t: 'p', segs: this.segs(strings, vals) }); }
  // 标题带数字时用：hh(2)`（一）…${fig}`
  hh(level) { return (strings, ...vals) => this.blocks.push({ t: 'h', level, segs: this.segs(strings, vals) }); }
  // 表格：rows 为二维数组，格子为字符串、Fig 或段数组；opts.head = 表头行数
  table(rows, opts = {}) {
    const rr = rows.map((r) => r.map((c) => (c instanceof Fig ? [c] : Array.isArray(c) ? this._autoNd(c) : this._autoNd(c === '' || c == null ? [] : [String(c)]))));
    const n = rr[0].length; for (const r of rr) if (r.length !== n) throw new Error(`[${this.unit.id}] ragged table row`);
    this.blocks.push({ t: 'table', rows: rr, head: opts.head ?? 1, caption: opts.caption ? this._autoNd([opts.caption]) : undefined });
  }
  ev(expr) { return evalExpr(expr, this.data); }

  // ---- 数字 ----
  // 金额：expr 的值以万元计
  W(expr, o = {}) {
    const unit = o.unit ?? '万元'; const scale = unit === '元' ? new Q(10000n) : unit === '亿元' ? new Q(1n, 10000n) : new Q(1n);
    let v = this.ev(expr); const sign = v.sign(); if (o.abs) v = v.abs();
    const dec = o.dec ?? (unit === '元' ? 2 : 2);
    const sep = o.sep ?? this.unit.sep ?? false;
    const x = v.mul(scale);
    let num;
    if (o.approx) num = approxNum(x, o.approx, o.round ?? 1, sep);
    else num = fmtQ(x, dec, sep);
    const shownUnit = o.cell ? '' : unit;
    const text = approxWrap(o.approx, num, shownUnit);
    return this._fig({ id: o.id, text, expr, exprUnit: '万元', unit, cell: !!o.cell, approx: o.approx || null, abs: !!o.abs, sign, kind: o.kind || 'money', field: o.field || fieldOf(expr) });
  }
  Y(expr, o = {}) { return this.W(expr, { sep: true, ...o, unit: '元' }); }
  YI(expr, o = {}) { return this.W(expr, { ...o, unit: '亿元' }); }
  // 百分数：expr 的值已是百分数
  P(expr, o = {}) {
    let v = this.ev(expr); const sign = v.sign(); if (o.abs) v = v.abs();
    const dec = o.dec ?? 2;
    const unit = o.unit ?? '%';
    const num = o.approx ? approxNum(v, o.approx, o.round ?? 1, false) : fmtQ(v, dec, false);
    const text = (o.pre || '') + approxWrap(o.approx, num, o.cell ? '' : unit);
    return this._fig({ id: o.id, text, expr, exprUnit: unit === '个百分点' ? '个百分点' : '%', unit, cell: !!o.cell, approx: o.approx || null, abs: !!o.abs, sign, kind: o.kind || 'percent', field: o.field || fieldOf(expr), pre: o.pre || '' });
  }
  // 数量：unit 为量词（家、人、公里……）；o.cn 用中文数字
  N(expr, unit = '', o = {}) {
    let v = this.ev(expr); const sign = v.sign(); if (o.abs) v = v.abs();
    const dec = o.dec ?? 0;
    let num;
    if (o.cn) { if (!v.isInt()) throw new Error('cn non-int'); num = Number(v.n) === 2 && !o.er ? '两' : cnNum(Number(v.n)); }
    else if (o.approx) num = approxNum(v, o.approx, o.round ?? 1, o.sep ?? false);
    else num = fmtQ(v, dec, o.sep ?? false);
    const text = (o.pre || '') + approxWrap(o.approx, num, o.cell ? '' : unit);
    return this._fig({ id: o.id, text, expr, exprUnit: unit, unit, cell: !!o.cell, approx: o.approx || null, abs: !!o.abs, sign, cn: !!o.cn, kind: o.kind || 'count', field: o.field || fieldOf(expr), pre: o.pre || '' });
  }
  // 分数：dec 缺省为“最少位数，最多两位”
  S(expr, o = {}) {
    const v = this.ev(expr);
    let dec = o.dec; if (dec === undefined) { dec = 0; while (dec < 2 && !v.mul(new Q(10n ** BigInt(dec))).isInt()) dec++; }
    const num = fmtQ(v, dec, false);
    const text = num + (o.cell ? '' : (o.unit ?? '分'));
    return this._fig({ id: o.id, text, expr, exprUnit: '分', unit: '分', cell: !!o.cell, approx: null, sign: v.sign(), kind: o.kind || 'score', field: o.field || fieldOf(expr) });
  }
  // 等级：word 如 优、优秀
  G(expr, o = {}) {
    const g = this.ev(expr); const words = { 优: '优秀', 良: '良好', 中: '中', 差: '差' };
    const text = o.long ? words[g] : g;
    return this._fig({ id: o.id, text, expr, kind: 'grade', field: o.field || fieldOf(expr) });
  }
  // 数据中的文字原样（指标值“≥386公里”等）
  T(path, o = {}) {
    const vs = resolvePath(this.data, path); let s = vs[0];
    if (s instanceof Money) s = moneyStr(s);
    const text = o.text ?? String(s);
    return this._fig({ id: o.id, text, expr: path, kind: 'text', field: path });
  }
  nd(text, why = 'nondata') { return this._fig({ text, kind: 'nondata', note: why }); }
}
function fieldOf(expr) { const re = /([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[(?:\d+|\*)\])*)(\s*\()?/g; let mm; while ((mm = re.exec(expr))) if (!mm[2]) return mm[1]; return ''; }
// 约数：round 为取整的步长（1、10、100、0.1）；近 向上取，超/余/多/以上 向下取，约 四舍五入
function approxNum(x, word, step, sep) {
  const st = Q.of(step); const r = x.div(st);
  let k;
  if (word === '近') k = (r.n + r.d - 1n) / r.d; // ceil (正数)
  else if (['超', '余', '多', '以上', '逾'].includes(word)) k = r.n / r.d; // floor
  else k = roundScaled(r, 0, false);
  const v = new Q(k).mul(st);
  const dec = st.isInt() ? 0 : String(step).split('.')[1].length;
  if (v.eq(x) && word !== '约') throw new Error('approx equals exact for ' + word);
  return fmtQ(v, dec, sep);
}
function approxWrap(word, num, unit) {
  if (!word) return num + unit;
  if (word === '余' || word === '多') return num + word + unit;
  if (word === '以上' || word === '左右') return num + unit + word;
  return word + num + unit;
}

// ---------- 排版 ----------
const cw = (s) => [...s].reduce((a, ch) => a + (/[\u1100-\uFFFF]/.test(ch) && !/[\uFF61-\uFF9F]/.test(ch) ? 2 : 1), 0);
function segText(segs, override) { return segs.map((s) => (s instanceof Fig ? (override && override.id === s.id ? override.text : s.text) : s)).join(''); }
// 返回 { text, spans:[{fig, start, end}] }
function layout(segs, override) {
  let text = ''; const spans = [];
  for (const s of segs) {
    if (s instanceof Fig) { const t = override && override.id === s.id ? override.text : s.text; spans.push({ fig: s, start: text.length, end: text.length + t.length }); text += t; }
    else text += s;
  }
  return { text, spans };
}

// md / txt 排版：返回 { text, locs: Map(figId → {line, col}) }
function renderLines(blocks, style, override) {
  const lines = []; const locs = new Map();
  const put = (prefix, segs, suffix = '') => {
    const { text, spans } = layout(segs, override);
    const ln = lines.length + 1;
    for (const sp of spans) locs.set(sp.fig.id, { line: ln, col: prefix.length + sp.start });
    lines.push(prefix + text + suffix);
  };
  const blank = () => { if (lines.length && lines[lines.length - 1] !== '') lines.push(''); };
  for (const b of blocks) {
    if (b.t === 'title') { if (style.fmt === 'md') { put('# ', b.segs); blank(); } else { put(style.titleIndent || '', b.segs); blank(); } continue; }
    if (b.t === 'center') { put('', b.segs); if (style.fmt === 'md') blank(); continue; }
    if (b.t === 'h') {
      if (style.fmt === 'md') {
        if (style.heads === 'hash') put('#'.repeat(b.level + 1) + ' ', b.segs);
        else if (style.heads === 'bold') { if (b.level <= 2) put('**', b.segs, '**'); else put('', b.segs); }
        else put('', b.segs);
        blank();
      } else { if (style.blankBeforeHead && b.level === 1) blank(); put('', b.segs); if (style.paraBlank) blank(); }
      continue;
    }
    if (b.t === 'p') { put(style.fmt === 'txt' ? (style.indent || '') : '', b.segs); if (style.fmt === 'md' || style.paraBlank) blank(); continue; }
    if (b.t === 'table') {
      if (b.caption) { put('', b.caption); if (style.fmt === 'md') blank(); }
      const cells = b.rows.map((r) => r.map((c) => layout(c, override)));
      if (style.fmt === 'md' || style.table === 'pipe') {
        b.rows.forEach((r, ri) => {
          let line = '|'; const ln = lines.length + 1;
          cells[ri].forEach((c) => { line += ' '; for (const sp of c.spans) locs.set(sp.fig.id, { line: ln, col: line.length + sp.start }); line += c.text + ' |'; });
          lines.push(line);
          if (ri === b.head - 1 && (style.fmt === 'md' || style.pipeSep)) lines.push('|' + r.map(() => ' --- |').join(''));
        });
      } else if (style.table === 'tab') {
        b.rows.forEach((r, ri) => {
          let line = ''; const ln = lines.length + 1;
          cells[ri].forEach((c, ci) => { if (ci) line += '\t'; for (const sp of c.spans) locs.set(sp.fig.id, { line: ln, col: line.length + sp.start }); line += c.text; });
          lines.push(line);
        });
      } else { // space aligned
        const ncol = b.rows[0].length; const wid = Array(ncol).fill(0);
        cells.forEach((r) => r.forEach((c, ci) => { wid[ci] = Math.max(wid[ci], cw(c.text)); }));
        cells.forEach((r) => {
          let line = ''; const ln = lines.length + 1;
          r.forEach((c, ci) => {
            for (const sp of c.spans) locs.set(sp.fig.id, { line: ln, col: line.length + sp.start });
            line += c.text; if (ci < ncol - 1) line += ' '.repeat(wid[ci] - cw(c.text) + 3);
          });
          lines.push(line.trimEnd());
        });
      }
      blank();
      continue;
    }
    throw new Error('block ' + b.t);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { text: lines.join('\n') + '\n', locs };
}

// docx：返回 { buffer, locs: Map(figId → {para}|{table,row,col} + off) }
async function renderDocx(blocks, meta, override) {
  const D = require('docx');
  const JSZip = require('jszip');
  const children = []; const locs = new Map(); let para = 0; let tbl = 0;
  const FONT = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
  const runFont = (bold, size) => ({ font: FONT, bold, size });
  for (const b of blocks) {
    if (b.t === 'table') {
      if (b.caption) { const { text, spans } = layout(b.caption, override); for (const sp of spans) locs.set(sp.fig.id, { para, off: sp.start }); children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text, ...runFont(true, 24) })] })); para++; }
      const ti = tbl++;
      const rows = b.rows.map((r, ri) => new D.TableRow({
        tableHeader: ri < b.head,
        children: r.map((c, ci) => {
          const { text, spans } = layout(c, override);
          for (const sp of spans) locs.set(sp.fig.id, { table: ti, row: ri, col: ci, off: sp.start });
          return new D.TableCell({ children: [new D.Paragraph({ alignment: ci === 0 ? D.AlignmentType.LEFT : D.AlignmentType.CENTER, children: text ? [new D.TextRun({ text, ...runFont(ri < b.head, 21) })] : [] })] });
        }),
      }));
      children.push(new D.Table({ rows, width: { size: 100, type: D.WidthType.PERCENTAGE } }));
      children.push(new D.Paragraph({ children: [] })); para++;
      continue;
    }
    const { text, spans } = layout(b.segs, override);
    for (const sp of spans) locs.set(sp.fig.id, { para, off: sp.start });
    para++;
    if (b.t === 'title') children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, spacing: { after: 240 }, children: [new D.TextRun({ text, font: { ascii: 'Times New Roman', eastAsia: '方正小标宋简体', hAnsi: 'Times New Roman' }, size: 36 })] }));
    else if (b.t === 'center') children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text, ...runFont(false, 28) })] }));
    else if (b.t === 'h') children.push(new D.Paragraph({ heading: b.level === 1 ? D.HeadingLevel.HEADING_1 : b.level === 2 ? D.HeadingLevel.HEADING_2 : undefined, indent: { firstLine: 640 }, children: [new D.TextRun({ text, ...runFont(b.level <= 2, 32) })] }));
    else children.push(new D.Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560 }, children: [new D.TextRun({ text, ...runFont(false, 32) })] }));
  }
  const doc = new D.Document({ creator: meta.creator, title: meta.title, description: meta.description, lastModifiedBy: meta.creator, revision: 1, sections: [{ children }] });
  const buf = await D.Packer.toBuffer(doc);
  // 固定核心属性中的日期与压缩包内各文件的时间，使输出逐字节相同
  const zin = await JSZip.loadAsync(buf); const zout = new JSZip();
  const date = new Date(Date.UTC(2025, 2, 20, 1, 0, 0));
  for (const name of Object.keys(zin.files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : 0))) {
    const f = zin.files[name]; if (f.dir) continue;
    let content = await f.async('nodebuffer');
    if (name === 'docProps/core.xml') content = Buffer.from(content.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, '$12025-03-20T09:00:00Z$2'));
    zout.file(name, content, { date, createFolders: false });
  }
  const out = await zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  return { buffer: out, locs };
}

module.exports = { Q, Money, m, moneyQ, moneyStr, evalExpr, resolvePath, fmtQ, roundScaled, cnNum, toYaml, plainData, Builder, Fig, renderLines, renderDocx, layout, GRADE };

'use strict';
// 生成端的公共部分：数字格式化、占位符登记、报告块的渲染（md / txt / docx）。
// 只供 gen.cjs 使用；check.cjs 不引用本文件（独立核对）。

// ---------- 数据取值（生成端，浮点即可，核对端用有理数重算） ----------
function getPath(data, path) {
  let cur = data;
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|@([A-Za-z0-9_]+)|\./g;
  let m;
  while ((m = re.exec(path))) {
    if (m[0] === '.') continue;
    if (m[1] !== undefined) cur = cur == null ? undefined : cur[m[1]];
    else if (m[2] !== undefined) cur = cur == null ? undefined : cur[Number(m[2])];
    else if (m[3] !== undefined) cur = Array.isArray(cur) ? cur.find((x) => x.id === m[3]) : undefined;
  }
  if (cur === undefined) throw new Error('路径不存在：' + path);
  return cur;
}
function num(v) {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'value' in v) return num(v.value);
  const m = String(v).replace(/,/g, '').match(/-?\d+(\.\d+)?/);
  if (!m) throw new Error('不是数字：' + v);
  return Number(m[0]);
}
function evalExpr(data, expr) {
  const src = expr.replace(/[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|@[A-Za-z0-9_]+|\.[A-Za-z_][A-Za-z0-9_]*)*/g, (p) => '(' + num(getPath(data, p)) + ')');
  // eslint-disable-next-line no-new-func
  return Function('return (' + src + ');')();
}

// ---------- 格式化 ----------
function roundHalfUp(x, k) {
  const f = Math.pow(10, k);
  const y = Math.abs(x) * f;
  const r = Math.floor(y + 0.5 + 1e-7) / f;
  return x < 0 ? -r : r;
}
function fixed(x, k, commas) {
  let s = roundHalfUp(x, k).toFixed(k);
  if (commas) {
    const neg = s.startsWith('-');
    if (neg) s = s.slice(1);
    const [i, d] = s.split('.');
    s = (neg ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? '.' + d : '');
  }
  return s;
}
const CN = '零一二三四五六七八九';
function cnNum(n) {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error('中文数字只写0–99：' + n);
  if (n < 10) return CN[n];
  const t = Math.floor(n / 10), u = n % 10;
  return (t === 1 ? '' : CN[t]) + '十' + (u ? CN[u] : '');
}

// fmt：w2 w2c w0 w1 y2c y0c yi2 yi1 p2 p1 p0 pp1 pp2 n nc cn s raw g；结尾 '-' 表示不带单位（表格单元格）
function format(value, fmt, opts) {
  const bare = fmt.endsWith('-');
  const f = bare ? fmt.slice(0, -1) : fmt;
  let text, unit;
  let m;
  if ((m = f.match(/^w(\d)(c?)$/))) { text = fixed(value, +m[1], !!m[2]); unit = '万元'; }
  else if ((m = f.match(/^y(\d)(c?)$/))) { text = fixed(value * 10000, +m[1], !!m[2]); unit = '元'; }
  else if ((m = f.match(/^yi(\d)$/))) { text = fixed(value / 10000, +m[1], false); unit = '亿元'; }
  else if ((m = f.match(/^p(\d)$/))) { text = fixed(value, +m[1], false); unit = '%'; }
  else if ((m = f.match(/^pp(\d)$/))) { text = fixed(value, +m[1], false); unit = '个百分点'; }
  else if ((m = f.match(/^x(\d)(c?)$/))) { text = fixed(value, +m[1], !!m[2]); unit = opts.u || ''; }
  else if (f === 'n' || f === 'nc') {
    if (!Number.isInteger(value)) throw new Error('不是整数：' + value);
    text = fixed(value, 0, f === 'nc'); unit = opts.u || '';
  } else if (f === 'cn') { text = cnNum(value); unit = opts.u || ''; }
  else if (f === 's') { text = String(roundHalfUp(value, 2)); unit = '分'; }
  else throw new Error('未知格式 ' + fmt);
  if (opts.abs) text = text.replace(/^-/, '');
  return { text: bare ? text : text + unit, unit };
}

// ---------- 报告构造 ----------
// 占位符：\uE000序号\uE001
class Report {
  constructor(data) {
    this.data = data;
    this.items = [];
    this.blocks = [];
  }
  _ph(item) {
    item.idx = this.items.length;
    this.items.push(item);
    return '\uE000' + item.idx + '\uE001';
  }
  // 数据中的数字
  f(src, fmt, opts = {}) {
    let value, text, unit;
    if (fmt === 'raw') {
      // 数据中的原样文字（指标值“≥95%”、等级“优”）
      const v = getPath(this.data, src);
      text = String(v && typeof v === 'object' ? v.value : v);
      value = text;
      unit = null;
    } else {
      value = evalExpr(this.data, src);
      if (opts.neg) value = -value;
      const r = format(value, fmt, opts);
      text = r.text; unit = r.unit;
    }
    if (opts.text) text = opts.text; // 约数等：文字由作者给出，核对端按约数规则核对
    if (opts.approx) text = opts.approx + text;
    if (opts.after) text = text + opts.after;
    return this._ph({ kind: 'fig', src, fmt, text, unit: opts.unit || unit, approx: opts.approxRule || null, label: opts.id || null, rel: opts.rel || [], abs: !!opts.abs, neg: !!opts.neg });
  }
  // 不是数据中的数字（日期、文号、电话、会议次数……）
  s(text, why) {
    return this._ph({ kind: 'skip', text, why });
  }
  h(level, text) { this.blocks.push({ t: 'h', level, text }); }
  p(text) { this.blocks.push({ t: 'p', text }); }
  table(rows, opts = {}) { this.blocks.push({ t: 'table', rows, caption: opts.caption || null, unitNote: opts.unitNote || null }); }
}

// 不带标记的字面数字：只允许这些写法（日期、文号、编号……），其余须用 s() 标明
const LITERAL_OK = [
  [/\d{4}年\d{1,2}月\d{1,2}日/g, '日期'],
  [/\d{4}年\d{1,2}月/g, '年月'],
  [/\d{4}—\d{4}年/g, '年度区间'],
  [/\d{4}年度?/g, '年度'],
  [/\d{1,2}月\d{1,2}日/g, '日期'],
  [/\d{1,2}月份?/g, '月份'],
  [/〔\d{4}〕\d+号/g, '文号'],
  [/\d{4}-\d{7,8}/g, '电话'],
  [/（\d{1,2}）/g, '编号'],
  [/^\d{1,2}\./g, '编号'],
  [/^#+ \d{1,2}\./g, '编号'],
  [/第\d+号/g, '编号'],
  [/表\d+/g, '表号'],
  [/附件\d+/g, '附件号'],
];

function expandSegments(str, items, sub) {
  // 返回 [{lit:string} | {item}] 序列
  const out = [];
  const re = /\uE000(\d+)\uE001/g;
  let last = 0, m;
  while ((m = re.exec(str))) {
    if (m.index > last) out.push({ lit: str.slice(last, m.index) });
    out.push({ item: items[+m[1]] });
    last = re.lastIndex;
  }
  if (last < str.length) out.push({ lit: str.slice(last) });
  return out;
}

function textOf(item, muts) {
  if (muts && muts.has(item.idx)) return muts.get(item.idx);
  return item.text;
}
function resolve(str, items, muts) {
  return str.replace(/\uE000(\d+)\uE001/g, (_, i) => textOf(items[+i], muts));
}

// 字面数字的分类（每段文字单独看，^ 表示段首）
function classifyLiterals(lit, atStart, where) {
  const found = [];
  let rest = lit;
  const mask = (s, a, b) => s.slice(0, a) + ' '.repeat(b - a) + s.slice(b);
  for (const [re0, why] of LITERAL_OK) {
    const re = new RegExp(re0.source, 'g');
    let m;
    while ((m = re.exec(rest))) {
      if (re0.source.startsWith('^') && !(atStart && m.index === 0)) continue;
      found.push({ pos: m.index, text: m[0], why });
      rest = mask(rest, m.index, m.index + m[0].length);
    }
  }
  if (/[0-9]/.test(rest)) throw new Error('未登记的字面数字：「' + lit + '」 于 ' + where);
  return found.sort((a, b) => a.pos - b.pos);
}

module.exports = { Report, format, fixed, roundHalfUp, cnNum, getPath, evalExpr, num, expandSegments, resolve, textOf, classifyLiterals };

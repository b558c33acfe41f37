'use strict';
// ===================================================================
// bulk-z 生成器：大模型初稿 + 财务人员轻度修改 的预算绩效自评报告语料
// 运行：node gen.cjs（在本目录）。无随机数、无时间戳，输出逐字节可复现。
// ===================================================================
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const ROOT = __dirname;

// ---------------- 精确有理数（BigInt） ----------------
const B = (x) => BigInt(x);
const P10 = (n) => 10n ** BigInt(n);
const babs = (x) => (x < 0n ? -x : x);
function gcd(a, b) { a = babs(a); b = babs(b); while (b) { [a, b] = [b, a % b]; } return a; }
class Q {
  constructor(n, d = 1n) {
    n = B(n); d = B(d);
    if (d === 0n) throw new Error('Q: division by zero');
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  static of(x) {
    if (x instanceof Q) return x;
    if (typeof x === 'bigint') return new Q(x);
    if (typeof x === 'number') { if (!Number.isInteger(x)) throw new Error('Q.of: float ' + x); return new Q(B(x)); }
    const m = String(x).replace(/,/g, '').match(/^([+-]?)(\d+)(?:\.(\d+))?$/);
    if (!m) throw new Error('Q.of: bad ' + x);
    const f = m[3] || '';
    return new Q(B((m[1] === '-' ? '-' : '') + m[2] + f), P10(f.length));
  }
  add(o) { o = Q.of(o); return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o) { o = Q.of(o); return new Q(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o) { o = Q.of(o); return new Q(this.n * o.n, this.d * o.d); }
  div(o) { o = Q.of(o); return new Q(this.n * o.d, this.d * o.n); }
  cmp(o) { o = Q.of(o); const x = this.n * o.d - o.n * this.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  eq(o) { return this.cmp(o) === 0; }
  min(o) { return this.cmp(o) <= 0 ? this : Q.of(o); }
  neg() { return new Q(-this.n, this.d); }
  // 四舍五入（远离零），dec 可为负
  round(dec) {
    const num = dec >= 0 ? this.n * P10(dec) : this.n;
    const den = dec >= 0 ? this.d : this.d * P10(-dec);
    const neg = num < 0n; const a = babs(num);
    const q = (2n * a + den) / (2n * den);
    const r = neg ? -q : q;
    return dec >= 0 ? new Q(r, P10(dec)) : new Q(r * P10(-dec));
  }
  isExact(dec) { return this.round(dec).eq(this); }
  // 格式化：dec 位小数（四舍五入），sep 千分位
  fmt(dec, o = {}) {
    const r = this.round(dec);
    const scaled = r.n * P10(dec) / r.d;
    const neg = scaled < 0n; const a = babs(scaled);
    let s = a.toString().padStart(dec + 1, '0');
    let ip = dec ? s.slice(0, -dec) : s; const fp = dec ? s.slice(-dec) : '';
    if (o.sep) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
    return (neg ? '-' : (o.plus && a !== 0n ? '+' : '')) + ip + (dec ? '.' + fp : '');
  }
  fx(dec, o = {}) { if (!this.isExact(dec)) throw new Error(`inexact display ${this.n}/${this.d} at ${dec}`); return this.fmt(dec, o); }
  toString() { return this.fmt(6); }
}
const q = (x) => Q.of(x);
const sum = (arr) => arr.reduce((a, b) => a.add(b), q(0));

// 全角化（数字、小数点不变、百分号）
function fw(s) {
  return String(s).replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xFEE0)).replace(/%/g, '％');
}

// ---------------- 取数规则（与 check.cjs 各自独立实现，规则写在 README） ----------------
function normText(s) {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xFEE0))
    .replace(/．/g, '.').replace(/％/g, '%').replace(/[－−]/g, '-').replace(/＋/g, '+');
}
function numTokens(raw) {
  const s = normText(raw);
  const re = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g; const out = []; let m;
  while ((m = re.exec(s))) {
    let start = m.index; let sign = '';
    const pc = s[start - 1];
    if ((pc === '-' || pc === '+') && !/[0-9A-Za-z]/.test(s[start - 2] || '')) { sign = pc; }
    const body = m[0].replace(/,/g, '');
    const dp = (body.split('.')[1] || '').length;
    out.push({ start, end: start + m[0].length, sstart: sign ? start - 1 : start, value: Q.of((sign === '-' ? '-' : '') + body), dp, text: m[0] });
  }
  return out;
}
const GRADE_RE = /优秀|良好|中等|较差|优|良|中|差/g;
const GRADE_NORM = { 优秀: '优', 良好: '良', 中等: '中', 较差: '差', 优: '优', 良: '良', 中: '中', 差: '差' };
function gradeTokens(raw) { const out = []; let m; const re = new RegExp(GRADE_RE.source, 'g'); while ((m = re.exec(raw))) out.push({ start: m.index, end: m.index + m[0].length, g: GRADE_NORM[m[0]] }); return out; }
function unitAfter(raw, pos) {
  const s = raw.slice(pos).replace(/^[ \t]+/, '');
  if (s.startsWith('亿元')) return 8; if (s.startsWith('万元')) return 4; if (s.startsWith('元')) return 0; return null;
}
function gradeOf(x) { return x.cmp(90) >= 0 ? '优' : x.cmp(80) >= 0 ? '良' : x.cmp(60) >= 0 ? '中' : '差'; }

// ---------------- 关系式求值 ----------------
const TIES = [];
function resolveRef(units, ref) {
  const m = ref.match(/^([LP])(\d+)([#$])(\d+)(y?)$/);
  if (!m) throw new Error('bad ref ' + ref);
  const u = units[+m[2] - 1]; if (u === undefined) throw new Error('no unit ' + ref);
  if (m[3] === '$') { const g = gradeTokens(u)[+m[4] - 1]; if (!g) throw new Error('no grade ' + ref); return { grade: g.g }; }
  const t = numTokens(u)[+m[4] - 1]; if (!t) throw new Error('no token ' + ref + ' in ' + u);
  if (m[5]) { const e = unitAfter(u, t.end + (u.slice(t.end).startsWith('%') ? 1 : 0)); if (e === null) throw new Error('no unit after ' + ref); return { v: t.value.mul(P10(e)), dp: t.dp - e }; }
  return { v: t.value, dp: t.dp };
}
function evalRel(formula, units) {
  const toks = formula.match(/[LP]\d+[#$]\d+y?|\d+(?:\.\d+)?|==|<=|>=|[A-Za-z]+|[-+*/(),=<>]/g);
  let i = 0;
  const peek = () => toks[i]; const next = () => toks[i++];
  function primary() {
    const t = next();
    if (t === '(') { const v = expr(); if (next() !== ')') throw new Error(') expected'); return v; }
    if (t === '-') return primary().neg();
    if (/^[LP]/.test(t)) { const r = resolveRef(units, t); if (r.grade) return r.grade; return r.v; }
    if (/^\d/.test(t)) return Q.of(t);
    if (/^[a-z]+$/.test(t)) {
      if (next() !== '(') throw new Error('( expected');
      const args = [];
      if (t === 'ifle') { // 惰性
        const a = expr(); next(); const b = expr(); next();
        if (a.cmp(b) <= 0) { const x = expr(); next(); skipArg(); next(); return x; }
        skipArg(); next(); const y = expr(); next(); return y;
      }
      for (;;) { args.push(expr()); const s = next(); if (s === ')') break; if (s !== ',') throw new Error(', expected'); }
      if (t === 'min') return args[0].min(args[1]);
      if (t === 'max') return args[0].cmp(args[1]) >= 0 ? args[0] : args[1];
      if (t === 'grade') return gradeOf(args[0]);
      if (t === 'round') { const k = Number(args[1].n / args[1].d); const sc = args[0].mul(P10(k)); if (sc.sub(new Q(sc.n / sc.d)).d === 2n) TIES.push(formula); return args[0].round(k); }
      throw new Error('fn ' + t);
    }
    throw new Error('unexpected ' + t);
  }
  function skipArg() { let depth = 0; while (i < toks.length) { const t = toks[i]; if (depth === 0 && (t === ',' || t === ')')) return; if (t === '(') depth++; if (t === ')') depth--; i++; } }
  function term() { let v = primary(); while (peek() === '*' || peek() === '/') { const o = next(); const w = primary(); v = o === '*' ? v.mul(w) : v.div(w); } return v; }
  function expr() { let v = term(); while (peek() === '+' || peek() === '-') { const o = next(); const w = term(); v = o === '+' ? v.add(w) : v.sub(w); } return v; }
  // 顶层：LHS op RHS
  const startL = i; const lhsTok = toks[0];
  const L = expr(); const op = next(); const Rv = expr();
  if (i !== toks.length) throw new Error('trailing in ' + formula);
  if (typeof L === 'string' || typeof Rv === 'string') { if (op !== '=') throw new Error('grade op'); return L === Rv; }
  if (op === '==') return L.eq(Rv);
  if (op === '=') {
    if (!/^[LP]/.test(lhsTok) || toks[1] !== '=') throw new Error('lhs of = must be a single ref: ' + formula);
    const r = resolveRef(units, lhsTok);
    const x = dec => Rv.mul(dec >= 0 ? P10(dec) : 1n).div(dec >= 0 ? 1n : P10(-dec));
    const sc = x(r.dp); const fr = sc.sub(new Q(sc.n / sc.d)); // 检测恰好 .5 的舍入（避免浮点实现歧义）
    if (fr.d === 2n) TIES.push(formula);
    return Rv.round(r.dp).eq(r.v);
  }
  const c = L.cmp(Rv);
  if (op === '<') return c < 0; if (op === '<=') return c <= 0; if (op === '>') return c > 0; if (op === '>=') return c >= 0;
  throw new Error('op ' + op);
}

// ---------------- 文档模型 ----------------
class Doc {
  constructor(meta) {
    this.meta = meta; this.blocks = []; this.occ = []; this.rels = [];
    this.sep = meta.sep !== false;
  }
  // 数字标记：key 为语义键（同一数据多处出现用同一键），text 以数字开头
  m(key, text, o = {}) {
    const id = this.occ.length;
    this.occ.push({ id, key, text: String(text), s: o.s || 1, y: !!o.y, canon: !!o.canon, approx: o.approx || null, grade: false });
    return `\u0001${id}\u0002${text}\u0003`;
  }
  g(key, text, canon = false) { const id = this.occ.length; this.occ.push({ id, key, text, s: 1, grade: true, canon }); return `\u0001${id}\u0002${text}\u0003`; }
  // 常用格式
  W(x, o = {}) { return q(x).fx(2, { sep: o.sep ?? this.sep }); }              // 万元两位
  // 金额（万元）带单位，值以“元”为基
  wy(key, x, o = {}) { let t = this.W(x, o); if (o.fw) t = fw(t); return this.m(key, t + '万元', { y: true, ...o }); }
  yy(key, yuan, dec = 2, o = {}) { let t = q(yuan).fx(dec, { sep: o.sep ?? this.sep }); if (o.fw) t = fw(t); return this.m(key, t + '元', { y: true, ...o }); }
  yiy(key, x, dec = 2, o = {}) { let t = q(x).fx(dec, { sep: false }); return this.m(key, t + '亿元', { y: true, ...o }); }
  wc(key, x, o = {}) { return this.m(key, this.W(x, o), { s: 10000, ...o }); } // 表格内“万元”单元
  n(key, text, o = {}) { return this.m(key, o.fw ? fw(text) : String(text), o); }
  pc(key, text, o = {}) { const t = String(text) + '%'; return this.m(key, o.fw ? fw(t) : t, o); }
  h(level, text) { this.blocks.push({ t: 'h', level, text }); }
  p(text, o = {}) { this.blocks.push({ t: 'p', text, o }); }
  li(text, o = {}) { this.blocks.push({ t: 'li', text, o }); }
  quote(text) { this.blocks.push({ t: 'p', text, o: { quote: true } }); }
  table(rows, o = {}) { this.blocks.push({ t: 'table', rows, o }); }
  blank() { this.blocks.push({ t: 'blank' }); }
  rel(kind, desc, formula) { this.rels.push({ kind, desc, formula }); }
  // 预定义关系
  sumRel(desc, total, parts) { this.rel('part-sum', desc, `{${total}} = ${parts.map((p) => `{${p}}`).join(' + ')}`); }
  rateRel(desc, rate, num, den, kind = 'exec-rate') { this.rel(kind, desc, `{${rate}} = {${num}} / {${den}} * 100`); }
  diffRel(desc, diff, a, b, kind = 'balance') { this.rel(kind, desc, `{${diff}} = {${a}} - {${b}}`); }
  yoyRel(desc, r, cur, prev, dir = 'up') {
    this.rel('yoy', desc, dir === 'down' ? `{${r}} = ({${prev}} - {${cur}}) / {${prev}} * 100` : `{${r}} = ({${cur}} - {${prev}}) / {${prev}} * 100`);
  }
  perRel(desc, pc, total, count, kind = 'per-unit') { this.rel(kind, desc, `{${pc}} = {${total}} / {${count}}`); }
  per(desc, pc, total, count, div = 1, kind = 'per-unit') { this.rel(kind, desc, `{${pc}} = {${total}} / {${count}}` + (div !== 1 ? ` / ${div}` : '')); }
  shareRel(desc, sh, part, total) { this.rel('share', desc, `{${sh}} = {${part}} / {${total}} * 100`); }
}

// ---------------- 行内解析 ----------------
function parseInline(s, keepBold, override) {
  let out = ''; const runs = []; let cur = ''; let bold = false; const markers = []; let open = null;
  const flush = () => { if (cur) runs.push({ t: cur, b: bold }); cur = ''; };
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c === '\u0001') {
      const j = s.indexOf('\u0002', i); const id = +s.slice(i + 1, j);
      open = { id, start: out.length };
      if (override && Object.prototype.hasOwnProperty.call(override, id)) {
        const k = s.indexOf('\u0003', j); const t = override[id];
        out += t; cur += t; open.end = out.length; markers.push(open); open = null; i = k; continue;
      }
      i = j; continue;
    }
    if (c === '\u0003') { open.end = out.length; markers.push(open); open = null; continue; }
    if (c === '*' && s[i + 1] === '*') {
      if (keepBold) { out += '**'; cur += '**'; } else { flush(); bold = !bold; }
      i++; continue;
    }
    out += c; cur += c;
  }
  flush();
  return { text: out, runs, markers };
}
function dispWidth(s) { let w = 0; for (const ch of s) w += /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6“”]/.test(ch) ? 2 : 1; return w; }
function cellOf(c) { return typeof c === 'string' ? { t: c } : c; }

// 渲染：返回 units（md/txt 为行，docx 为段落），每个 unit {text, markers, ...}
function renderUnits(doc, fmt, override) {
  const units = [];
  const keep = fmt === 'md';
  const push = (s, extra = {}) => { const r = parseInline(s, keep, override); units.push({ text: r.text, runs: r.runs, markers: r.markers, ...extra }); };
  const txtIndent = doc.meta.txtIndent ? '　　' : '';
  doc.blocks.forEach((b, bi) => {
    const nextB = doc.blocks[bi + 1];
    if (fmt === 'md') {
      if (b.t === 'h') push('#'.repeat(b.level) + ' ' + b.text);
      else if (b.t === 'p') push((b.o.quote ? '> ' : '') + b.text);
      else if (b.t === 'li') push((b.o.mark ?? '- ') + b.text);
      else if (b.t === 'blank') push('');
      else if (b.t === 'table') {
        const rows = b.rows.map((r) => mdCells(r));
        rows.forEach((r, ri) => {
          push('| ' + r.join(' | ') + ' |');
          if (ri === 0) push('|' + r.map((_, ci) => (b.o.align && b.o.align[ci] === 'r' ? '---:' : '---')).join('|') + '|');
        });
        if (b.o.note) { push(''); push(b.o.note); }
      }
      // 块间空行（列表项之间不空行）
      if (b.t !== 'blank' && nextB && !(b.t === 'li' && nextB.t === 'li')) push('');
    } else if (fmt === 'txt') {
      if (b.t === 'h') push(b.text);
      else if (b.t === 'p') push((b.o.noindent ? '' : txtIndent) + b.text);
      else if (b.t === 'li') push((b.o.tmark ?? b.o.mark ?? '') + b.text);
      else if (b.t === 'blank') push('');
      else if (b.t === 'table') {
        const style = b.o.txt || 'tab';
        const rows = b.rows.map((r) => mdCells(r));
        if (b.o.title) push(b.o.title);
        if (style === 'tab') rows.forEach((r) => push(r.join('\t').replace(/\t+$/, '')));
        else {
          // 列宽按 clean 文本计算，bad 复用，保证只改一行
          const clean = b.rows.map((r) => mdCells(r).map((c) => parseInline(c, false, null).text));
          const widths = [];
          clean.forEach((r) => r.forEach((c, ci) => { widths[ci] = Math.max(widths[ci] || 0, dispWidth(c)); }));
          rows.forEach((r, ri) => {
            const parts = r.map((c, ci) => {
              const plain = parseInline(c, false, null).text; // clean 宽度
              const pad = ci === r.length - 1 ? 0 : widths[ci] - dispWidth(clean[ri][ci]) + 2;
              return c + ' '.repeat(pad);
            });
            push(parts.join('').replace(/\s+$/, ''));
          });
        }
        if (b.o.note) push(b.o.note);
      }
      if (doc.meta.txtBlank && b.t !== 'blank' && nextB && !(b.t === 'li' && nextB.t === 'li') && !(b.t === 'p' && nextB.t === 'p' && !b.o.gap)) push('');
    } else { // docx
      if (b.t === 'h') push(b.text, { style: b.level === 1 ? 'Title' : 'Heading' + (b.level - 1) });
      else if (b.t === 'p') push(b.text, { style: b.o.quote ? 'Quote' : null, indent: !b.o.noindent });
      else if (b.t === 'li') push((b.o.dmark ?? b.o.tmark ?? '') + b.text, { style: null, li: true });
      else if (b.t === 'blank') push('', { style: null });
      else if (b.t === 'table') {
        const tbl = { rows: [] };
        units.push({ tableStart: tbl, text: null });
        if (b.o.title) push(b.o.title, { style: 'Caption' });
        b.rows.forEach((r, ri) => {
          const row = [];
          r.forEach((c0) => {
            const c = cellOf(c0);
            const r2 = parseInline(c.vm === 'c' ? '' : c.t, false, override);
            const u = { text: r2.text, runs: r2.runs, markers: r2.markers, cell: { span: c.span || 1, vm: c.vm || null, head: ri < (b.o.head ?? 1) } };
            units.push(u); row.push(u);
          });
          tbl.rows.push(row);
        });
        units.push({ tableEnd: tbl, text: null });
        if (b.o.note) push(b.o.note, { style: 'Note' });
      }
    }
  });
  // 标题块在 docx 中若有 title，需放在表前：上面已按 tableStart 后 push，调整顺序
  if (fmt === 'docx') fixCaptions(units);
  return units;
}
function fixCaptions(units) {
  for (let i = 0; i < units.length; i++) {
    if (units[i].tableStart && units[i + 1] && units[i + 1].style === 'Caption') { const t = units[i]; units[i] = units[i + 1]; units[i + 1] = t; i++; }
  }
}
function mdCells(r) {
  const out = [];
  r.forEach((c0) => { const c = cellOf(c0); out.push(c.vm === 'c' ? '' : c.t); for (let k = 1; k < (c.span || 1); k++) out.push(''); });
  return out;
}
// 只取“段落/行”单元
function textUnits(units) { return units.filter((u) => u.text !== null); }

// ---------------- 序列化 ----------------
const xe = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
function runXml(r, inTable) {
  const rpr = (r.b ? '<w:b/>' : '') + (inTable ? '<w:sz w:val="21"/><w:szCs w:val="21"/>' : '');
  return `<w:r>${rpr ? `<w:rPr>${rpr}</w:rPr>` : ''}<w:t xml:space="preserve">${xe(r.t)}</w:t></w:r>`;
}
function paraXml(u, inTable) {
  let ppr = '';
  if (u.style) ppr += `<w:pStyle w:val="${u.style}"/>`;
  if (inTable) ppr += '<w:spacing w:line="300" w:lineRule="auto"/>' + (u.cell.head ? '<w:jc w:val="center"/>' : '');
  else if (u.li) ppr += '<w:ind w:left="420" w:firstLine="0"/>';
  else if (u.indent && !u.style) ppr += '<w:ind w:firstLineChars="200" w:firstLine="640"/>';
  const runs = u.runs.map((r) => runXml(inTable && u.cell.head ? { ...r, b: true } : r, inTable)).join('');
  return `<w:p>${ppr ? `<w:pPr>${ppr}</w:pPr>` : ''}${runs}</w:p>`;
}
function docxXml(units) {
  const out = [];
  for (let i = 0; i < units.length; i++) {
    const u = units[i];
    if (u.tableStart) {
      const tbl = u.tableStart;
      const ncol = tbl.rows[0].reduce((a, c) => a + c.cell.span, 0);
      const cw = Math.floor(9000 / ncol);
      let x = '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/><w:tblLayout w:type="autofit"/></w:tblPr><w:tblGrid>';
      for (let k = 0; k < ncol; k++) x += `<w:gridCol w:w="${cw}"/>`;
      x += '</w:tblGrid>';
      tbl.rows.forEach((row) => {
        x += '<w:tr>';
        row.forEach((c) => {
          let tcpr = `<w:tcW w:w="${cw * c.cell.span}" w:type="dxa"/>`;
          if (c.cell.span > 1) tcpr += `<w:gridSpan w:val="${c.cell.span}"/>`;
          if (c.cell.vm === 'r') tcpr += '<w:vMerge w:val="restart"/>';
          if (c.cell.vm === 'c') tcpr += '<w:vMerge/>';
          tcpr += '<w:vAlign w:val="center"/>';
          x += `<w:tc><w:tcPr>${tcpr}</w:tcPr>${paraXml(c, true)}</w:tc>`;
        });
        x += '</w:tr>';
      });
      x += '</w:tbl>';
      out.push(x);
      // 跳过表内单元
      while (!units[i].tableEnd) i++;
      continue;
    }
    out.push(paraXml(u, false));
  }
  return out.join('');
}
const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';
function documentXml(units) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W_NS}><w:body>${docxXml(units)}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>`;
}
const STYLES_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="240" w:line="600" w:lineRule="exact"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:ind w:firstLineChars="200" w:firstLine="640"/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/><w:sz w:val="24"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Note"><w:name w:val="Note"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="21"/></w:rPr></w:style><w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="420" w:right="420"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style><w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/></w:tblBorders><w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`;
const CT_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`;
const RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`;
const DOC_RELS_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`;
function coreXml(title, creator) {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${xe(title)}</dc:title><dc:creator>${xe(creator)}</dc:creator><cp:lastModifiedBy>${xe(creator)}</cp:lastModifiedBy><cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-10T08:30:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-18T09:00:00Z</dcterms:modified></cp:coreProperties>`;
}
const APP_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Application>Microsoft Office Word</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop><Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><AppVersion>16.0000</AppVersion></Properties>`;
const ZIP_DATE = new Date(Date.UTC(2025, 2, 18, 9, 0, 0));
async function docxBuffer(units, title, creator) {
  const zip = new JSZip();
  const add = (name, content) => zip.file(name, content, { date: ZIP_DATE, createFolders: false });
  add('[Content_Types].xml', CT_XML);
  add('_rels/.rels', RELS_XML);
  add('docProps/app.xml', APP_XML);
  add('docProps/core.xml', coreXml(title, creator));
  add('word/_rels/document.xml.rels', DOC_RELS_XML);
  add('word/document.xml', documentXml(units));
  add('word/styles.xml', STYLES_XML);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

// ---------------- 通用表格构件 ----------------
// 项目资金表：rows [{label, k, y0, y1, sp}]（万元，字符串），第一行为合计；w 分值
function fundTable(d, cfg) {
  const rows = cfg.rows.map((r) => ({ ...r, y0: r.y0 == null ? null : q(r.y0), y1: q(r.y1), sp: q(r.sp) }));
  const tot = rows[0]; const parts = rows.slice(1);
  for (const f of ['y1', 'sp']) if (!sum(parts.map((r) => r[f])).eq(tot[f])) throw new Error(`${d.meta.file} fund ${f} parts != total`);
  if (tot.y0 && !sum(parts.map((r) => r.y0 || q(0))).eq(tot.y0)) throw new Error(`${d.meta.file} fund y0 parts != total`);
  const w = q(cfg.w ?? 10);
  const out = {};
  const head = cfg.head || ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'];
  const table = [head];
  rows.forEach((r, i) => {
    const k = r.k;
    const cells = [r.label];
    if (r.y0 !== null) cells.push(d.wc(`${k}_y0`, r.y0, { canon: true })); else cells.push('—');
    cells.push(d.wc(`${k}_y1`, r.y1, { canon: true }));
    cells.push(d.wc(`${k}_sp`, r.sp, { canon: true }));
    if (r.y1.cmp(0) > 0) {
      const rate = r.sp.div(r.y1).mul(100).round(2);
      out[k] = { rate };
      if (i === 0) {
        const sc = w.mul(rate.min(100)).div(100).round(2);
        out.score = sc; out.rate = rate;
        cells.push(d.n(cfg.wKey || 'w_exec', w.fmt(0), { canon: true }));
        cells.push(d.pc(`${k}_r`, rate.fmt(2), { canon: true }));
        cells.push(d.n(cfg.sKey || 's_exec', sc.fmt(2), { canon: true }));
        d.rel('score-rule', '预算执行率得分＝分值×执行率（封顶）', `{${cfg.sKey || 's_exec'}} == round({${cfg.wKey || 'w_exec'}} * min({${k}_r}, 100) / 100, 2)`);
      } else {
        cells.push('—'); cells.push(d.pc(`${k}_r`, rate.fmt(2), { canon: true })); cells.push('—');
      }
      d.rateRel(`${r.label}执行率＝执行数/全年预算数`, `${k}_r`, `${k}_sp`, `${k}_y1`);
    } else { cells.push('—', '—', '—'); }
    table.push(cells);
  });
  const k0 = rows[0].k; const pk = parts.map((r) => r.k);
  if (rows[0].y0 !== null) d.sumRel('资金表：年初预算合计＝各来源之和', `${k0}_y0`, pk.filter((k, i) => parts[i].y0 !== null).map((k) => `${k}_y0`));
  d.sumRel('资金表：全年预算合计＝各来源之和', `${k0}_y1`, pk.map((k) => `${k}_y1`));
  d.sumRel('资金表：全年执行合计＝各来源之和', `${k0}_sp`, pk.map((k) => `${k}_sp`));
  d.table(table, { title: cfg.title, txt: cfg.txt, head: 1 });
  return out;
}

// 指标计分：返回 Q
function indScore(ind) {
  const w = q(ind.w);
  if (ind.type === 'qual') return w;
  const a = q(ind.a); const t = q(ind.t);
  if (ind.type === 'pos') return w.mul(a.div(t).min(1)).round(2);
  if (ind.type === 'neg') return a.cmp(t) <= 0 ? w : w.mul(t).div(a).round(2);
  if (ind.type === 'rate') return w.mul(a.min(100)).div(100).round(2);
  throw new Error('type ' + ind.type);
}
function calcScores(inds, pre = q(0)) { const t = inds.reduce((a, i) => a.add(indScore(i)), q(pre)); return { total: t, grade: gradeOf(t) }; }
// 绩效自评表（指标部分）
// cfg: {inds:[{l1,l2,l3,pre,t,post,a,apost,atext,ttext,w,type,reason,key,tkey}], pre:[已计分值/得分的行（如执行率）], total, grade, l1merge, intWhole, cols}
function scoreTable(d, cfg) {
  const pfx = cfg.pfx || 'i';
  const fmtS = (s) => (cfg.intWhole && s.isExact(0) ? s.fmt(0) : s.fmt(2));
  const head = cfg.head || ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
  const noReason = head.length === 7;
  const table = [head];
  const wKeys = []; const sKeys = []; let total = q(0); let wsum = q(0);
  if (cfg.preRow) { // 已在资金表计分的预算执行率
    wKeys.push(cfg.preRow.wKey); sKeys.push(cfg.preRow.sKey); total = total.add(cfg.preRow.score); wsum = wsum.add(cfg.preRow.w);
  }
  if (cfg.execRow) { // 自评表内单列“预算执行率”行
    const e = cfg.execRow; const w = q(e.w ?? 10); const sc = w.mul(e.rate.min(100)).div(100).round(2);
    const row = [e.label || '预算执行率', '—', '—', e.target || '100%', d.pc(e.rateKey, e.rate.fmt(2)), d.n('w_exec', w.fmt(0), { canon: true }), d.n('s_exec', sc.fmt(2), { canon: true })];
    if (head.length !== 7) row.push(e.reason || '');
    table.push(row);
    d.rel('score-rule', '预算执行率得分＝分值×执行率（封顶）', `{s_exec} == round({w_exec} * min({${e.rateKey}}, 100) / 100, 2)`);
    wKeys.push('w_exec'); sKeys.push('s_exec'); total = total.add(sc); wsum = wsum.add(w);
  }
  let lastL1 = null;
  cfg.inds.forEach((ind, i) => {
    const k = ind.key || `${pfx}${i + 1}_a`; const tk = ind.tkey || `${pfx}${i + 1}_t`;
    const wk = `${pfx}${i + 1}_w`; const sk = `${pfx}${i + 1}_s`;
    const s = indScore(ind); total = total.add(s); wsum = wsum.add(q(ind.w));
    let l1cell;
    const first = ind.l1 !== lastL1; lastL1 = ind.l1;
    if (d.meta.fmt === 'docx' && cfg.l1merge) l1cell = first ? { t: ind.l1, vm: 'r' } : { t: '', vm: 'c' };
    else l1cell = first || !cfg.l1blank ? ind.l1 : '';
    const tgt = ind.type === 'qual' ? ind.ttext : (ind.pre || '') + d.n(tk, ind.tshow || ind.t, { fw: ind.tfw, canon: true, s: ind.ts || 1 }) + (ind.post || '');
    const act = ind.type === 'qual' ? ind.atext : (ind.apre || '') + d.n(k, ind.ashow || ind.a, { fw: ind.afw, canon: true, s: ind.as || 1 }) + (ind.apost ?? ind.post ?? '');
    const row = [l1cell, ind.l2, ind.l3, tgt, act, d.n(wk, q(ind.w).fmt(0), { canon: true }), d.n(sk, fmtS(s), { canon: true })];
    if (!noReason) row.push(ind.reason || (cfg.okText ?? '无偏差'));
    table.push(row);
    wKeys.push(wk); sKeys.push(sk);
    if (ind.type === 'pos') d.rel('score-rule', `${ind.l3}：得分＝分值×min(实际/目标,1)`, `{${sk}} == round({${wk}} * min({${k}} / {${tk}}, 1), 2)`);
    if (ind.type === 'neg') d.rel('score-rule', `${ind.l3}（反向指标）：实际≤目标得满分，否则按目标/实际折算`, `{${sk}} == round(ifle({${k}}, {${tk}}, {${wk}}, {${wk}} * {${tk}} / {${k}}), 2)`);
    if (ind.type === 'rate') d.rel('score-rule', `${ind.l3}：得分＝分值×执行率（封顶）`, `{${sk}} == round({${wk}} * min({${k}}, 100) / 100, 2)`);
  });
  if (!wsum.eq(100)) throw new Error(`${d.meta.file}: weights sum ${wsum}`);
  const totK = cfg.totalKey || 'total'; const wtK = `${pfx}_wt`;
  const totRow = [cfg.totalLabel || '总分', '', '', '', '', d.n(wtK, '100', { canon: true }), d.n(totK, total.fmt(2), { canon: true })];
  if (!noReason) totRow.push(cfg.gradeInTotalRow ? `自评等级：${d.g(cfg.gradeKey || 'grade', cfg.gradeWord ? cfg.gradeWord(gradeOf(total)) : gradeOf(total), true)}` : '');
  table.push(totRow);
  d.rel('total-score', '总分＝各项得分之和', `{${totK}} = ${sKeys.map((x) => `{${x}}`).join(' + ')}`);
  d.rel('weight-sum', '分值合计＝各项分值之和（100）', `{${wtK}} = ${wKeys.map((x) => `{${x}}`).join(' + ')}`);
  if (cfg.gradeRow) {
    const gw = cfg.gradeWord ? cfg.gradeWord(gradeOf(total)) : gradeOf(total);
    const gr = [cfg.gradeRowLabel || '自评等级', d.g(cfg.gradeKey || 'grade', gw, true), '', '', '', '', ''];
    if (!noReason) gr.push('');
    table.push(gr);
  }
  d.table(table, { title: cfg.title, txt: cfg.txt, head: 1 });
  return { total, grade: gradeOf(total) };
}
function gradeRel(d, gkey = 'grade', tkey = 'total') { d.rel('grade', '等级与总分区间一致（≥90优，80–90良，60–80中，<60差）', `{${gkey}} = grade({${tkey}})`); }

// 三公经费表：items [{label,k,prev,bud,cur}]（万元），首行为合计；cols 选择
function sanGongTable(d, cfg) {
  const items = cfg.items.map((r) => ({ ...r, prev: q(r.prev), bud: r.bud == null ? null : q(r.bud), cur: q(r.cur) }));
  const head = cfg.head || ['项目', '上年决算数', '本年预算数', '本年决算数', '较上年增减额', '较上年增减率'];
  const table = [head];
  items.forEach((r) => {
    const k = r.k; const cells = [r.label];
    cells.push(d.wc(`${k}_prev`, r.prev, { canon: true }));
    if (cfg.noBud !== true) cells.push(r.bud === null ? '—' : d.wc(`${k}_bud`, r.bud, { canon: true }));
    cells.push(d.wc(`${k}_cur`, r.cur, { canon: true }));
    const diff = r.cur.sub(r.prev);
    cells.push(d.m(`${k}_dif`, diff.fmt(2, { sep: d.sep, plus: cfg.plus }), { s: 10000, canon: true }));
    d.diffRel(`${r.label}增减额＝本年决算−上年决算`, `${k}_dif`, `${k}_cur`, `${k}_prev`, 'yoy');
    if (r.prev.cmp(0) > 0) {
      const rate = diff.div(r.prev).mul(100).round(2);
      cells.push(d.pc(`${k}_yoy`, rate.fmt(2, { plus: cfg.plus }), { canon: true }));
      d.yoyRel(`${r.label}增减率＝(本年−上年)/上年`, `${k}_yoy`, `${k}_cur`, `${k}_prev`);
    } else cells.push('—');
    table.push(cells);
  });
  if (cfg.sums) cfg.sums.forEach(([tot, parts]) => {
    for (const f of ['prev', 'bud', 'cur']) {
      if (f === 'bud' && cfg.noBud) continue;
      const T = items.find((x) => x.k === tot); const Ps = parts.map((p) => items.find((x) => x.k === p));
      if (T[f] === null) continue;
      if (!sum(Ps.map((x) => x[f])).eq(T[f])) throw new Error(`${d.meta.file} sangong ${f}`);
      d.sumRel(`三公经费${f === 'prev' ? '上年决算' : f === 'bud' ? '本年预算' : '本年决算'}：${T.label}＝分项之和`, `${tot}_${f}`, parts.map((p) => `${p}_${f}`));
    }
    d.sumRel(`三公经费增减额：${tot}＝分项增减额之和`, `${tot}_dif`, parts.map((p) => `${p}_dif`));
  });
  d.table(table, { title: cfg.title, txt: cfg.txt, head: 1 });
}

// ---------------- 定位、关系解析、变异 ----------------
function locate(doc, units) {
  const fmt = doc.meta.fmt; const pfx = fmt === 'docx' ? 'P' : 'L';
  const tu = textUnits(units); const loc = {};
  tu.forEach((u, ui) => u.markers.forEach((mk) => {
    const o = doc.occ[mk.id];
    if (loc[mk.id]) throw new Error(`${doc.meta.file}: marker ${o.key} rendered twice`);
    if (o.grade) {
      const gs = gradeTokens(u.text); const k = gs.findIndex((g) => g.start === mk.start && g.end === mk.end);
      if (k < 0) throw new Error(`${doc.meta.file}: grade marker ${o.key} not a token in: ${u.text}`);
      loc[mk.id] = { ui, ref: `${pfx}${ui + 1}$${k + 1}` };
    } else {
      const ts = numTokens(u.text); const k = ts.findIndex((t) => t.sstart === mk.start);
      if (k < 0) throw new Error(`${doc.meta.file}: marker ${o.key} (${u.text.slice(mk.start, mk.end)}) not at token start in: ${u.text}`);
      const t = ts[k]; if (t.end > mk.end) throw new Error(`${doc.meta.file}: marker ${o.key} token overruns marker: ${u.text}`);
      if (o.y && unitAfter(u.text, t.end) === null) throw new Error(`${doc.meta.file}: ${o.key} no unit`);
      loc[mk.id] = { ui, ref: `${pfx}${ui + 1}#${k + 1}${o.y ? 'y' : ''}` };
    }
  }));
  doc.occ.forEach((o) => { if (!loc[o.id]) throw new Error(`${doc.meta.file}: marker ${o.key} not rendered`); });
  return loc;
}
function occsOf(doc, key) { return doc.occ.filter((o) => o.key === key); }
function canonOf(doc, key) {
  const os = occsOf(doc, key); if (!os.length) throw new Error(`${doc.meta.file}: unknown key ${key}`);
  return os.find((o) => o.canon) || os.find((o) => !o.approx) || os[0];
}
function baseExpr(o, loc) { const r = loc[o.id].ref; return o.grade || o.y || o.s === 1 ? r : `${r} * ${o.s}`; }
function resolveFormula(doc, loc, f) {
  const pick = (key, n) => (n ? occsOf(doc, key)[n - 1] : canonOf(doc, key));
  const lm = f.match(/^\{([^}@]+)(?:@(\d+))?\}\s*=\s*(?!=)([\s\S]+)$/);
  const sub = (s) => s.replace(/\{([^}@]+)(?:@(\d+))?\}/g, (_, k, n) => { const o = pick(k, n && +n); if (!o) throw new Error(`${doc.meta.file}: no occ ${k}@${n}`); const e = baseExpr(o, loc); return /\*/.test(e) ? `(${e})` : e; });
  if (lm) {
    const o = pick(lm[1], lm[2] && +lm[2]); if (!o) throw new Error(`${doc.meta.file}: no occ ${lm[1]}`);
    const rhs = sub(lm[3]);
    if (!o.grade && !o.y && o.s !== 1) return { f: `${loc[o.id].ref} = (${rhs}) / ${o.s}`, lhs: o.id };
    return { f: `${loc[o.id].ref} = ${rhs}`, lhs: o.id };
  }
  return { f: sub(f), lhs: null };
}
function allRelations(doc, loc) {
  const rels = doc.rels.map((r) => ({ ...r, ...resolveFormula(doc, loc, r.formula) }));
  const keys = [...new Set(doc.occ.map((o) => o.key))];
  for (const k of keys) {
    const os = occsOf(doc, k); if (os.length < 2) continue;
    const c = canonOf(doc, k);
    os.forEach((o) => {
      if (o === c) return;
      const n = os.indexOf(o) + 1; const cn = os.indexOf(c) + 1;
      if (o.approx && o.approx !== 'round') {
        const op = { lt: '<', le: '<=', gt: '>', ge: '>=' }[o.approx];
        rels.push({ kind: 'approx', desc: `约数/概数与精确值方向一致（${o.text} ${op} ${c.text}）`, formula: `{${k}@${n}} ${op} {${k}@${cn}}`, ...resolveFormula(doc, loc, `{${k}@${n}} ${op} {${k}@${cn}}`) });
      } else {
        rels.push({ kind: o.approx ? 'approx' : (o.grade ? 'grade-restate' : 'restate'), desc: o.approx ? `约数按显示精度与精确值一致（${o.text}≈${c.text}）` : `同一数据多处出现须一致（${c.text}）`, formula: `{${k}@${n}} = {${k}@${cn}}`, ...resolveFormula(doc, loc, `{${k}@${n}} = {${k}@${cn}}`) });
      }
    });
  }
  return rels;
}
function evalAll(rels, texts) { return rels.map((r) => { try { return evalRel(r.f, texts); } catch (e) { return 'ERR:' + e.message; } }); }

async function serialize(doc, units) {
  if (doc.meta.fmt === 'docx') return docxBuffer(units, doc.meta.title, doc.meta.creator || doc.meta.unit);
  return Buffer.from(textUnits(units).map((u) => u.text).join('\n') + '\n', 'utf8');
}
function uniqueContext(cleanText, badText, start, oldT, newT) {
  // 扩展上下文直到 old 在 clean 行内、new 在 bad 行内各只出现一次
  const count = (s, t) => s.split(t).length - 1;
  for (let r = 0; r <= 20; r++) {
    for (let l = 0; l <= 20; l++) {
      if (start - l < 0) break;
      const left = cleanText.slice(start - l, start);
      const rightC = cleanText.slice(start + oldT.length, start + oldT.length + r);
      const o = left + oldT + rightC; const n = left + newT + rightC;
      if (count(cleanText, o) === 1 && count(badText, n) === 1 && cleanText.replace(o, n) === badText) return [o, n];
    }
  }
  throw new Error('no unique context for ' + oldT);
}

// ---------------- 主流程 ----------------
async function main() {
  for (const dir of ['clean', 'bad']) { fs.rmSync(path.join(ROOT, dir), { recursive: true, force: true }); fs.mkdirSync(path.join(ROOT, dir)); }
  const answers = [['file', 'line', 'old', 'new', 'kind', 'relation']];
  const relRows = [['file', 'n', 'kind', 'desc', 'formula']];
  const info = [];
  for (const mk of REPORTS) {
    const { doc, bad } = mk();
    const file = doc.meta.file;
    const cu = renderUnits(doc, doc.meta.fmt, null);
    const loc = locate(doc, cu);
    const rels = allRelations(doc, loc);
    const ct = textUnits(cu).map((u) => u.text);
    TIES.length = 0;
    evalAll(rels, ct).forEach((v, i) => { if (v !== true) throw new Error(`${file}: clean relation fails: ${rels[i].desc} :: ${rels[i].formula} :: ${rels[i].f} -> ${v}`); });
    if (TIES.length) throw new Error(`${file}: rounding tie in clean relation(s): ${TIES.join('; ')}`);
    const os = occsOf(doc, bad.key); const o = os[(bad.n || 1) - 1];
    if (!o) throw new Error(`${file}: bad key ${bad.key}`);
    const bu = renderUnits(doc, doc.meta.fmt, { [o.id]: bad.to });
    const locB = locate(doc, bu);
    for (const id in loc) if (loc[id].ref !== locB[id].ref) throw new Error(`${file}: mutation shifts ref of ${doc.occ[id].key}`);
    const bt = textUnits(bu).map((u) => u.text);
    if (bt.length !== ct.length) throw new Error(`${file}: unit count differs`);
    const diffIdx = ct.map((t, i) => (t !== bt[i] ? i : -1)).filter((i) => i >= 0);
    if (diffIdx.length !== 1 || diffIdx[0] !== loc[o.id].ui) throw new Error(`${file}: bad differs in units ${diffIdx}`);
    const rb = evalAll(rels, bt);
    const failing = rels.filter((r, i) => rb[i] !== true);
    if (failing.length !== 1) throw new Error(`${file}: mutation breaks ${failing.length} relations:\n  ` + failing.map((r) => `${r.kind} ${r.desc} :: ${r.formula}`).join('\n  '));
    const fr = failing[0];
    const ui = loc[o.id].ui; const mkr = textUnits(cu)[ui].markers.find((x) => x.id === o.id);
    const [oldT, newT] = uniqueContext(ct[ui], bt[ui], mkr.start, o.text, bad.to);
    fs.writeFileSync(path.join(ROOT, 'clean', file), await serialize(doc, cu));
    fs.writeFileSync(path.join(ROOT, 'bad', file), await serialize(doc, bu));
    answers.push([file, String(ui + 1), oldT, newT, bad.kind, `${fr.desc} :: ${fr.f}`]);
    rels.forEach((r, i) => relRows.push([file, String(i + 1), r.kind, r.desc, r.f]));
    info.push({ file, meta: doc.meta, line: ui + 1, oldT, newT, kind: bad.kind, rel: fr, nrel: rels.length, place: bad.place || '' });
  }
  const tsv = (rows) => rows.map((r) => r.map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n';
  fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), tsv(answers));
  fs.writeFileSync(path.join(ROOT, 'relations.tsv'), tsv(relRows));
  fs.writeFileSync(path.join(ROOT, 'README.md'), readme(info));
  console.log(`wrote ${info.length} clean + ${info.length} bad; ${relRows.length - 1} relations`);
}

// =================================================================
// 报告定义。每个函数返回 {doc, bad}；bad = {key, n, to, kind, place}
// 虚构地名：沄江省 栖川市；霁原县、澄岚县、岫澜县、蓼汀区；石栎镇、青篁乡、杳溪镇；河流篁溪河、栖水河、石栎河
// =================================================================
const REPORTS = [];

// ---- z01 栖川市水利局 中小河流治理项目（md，项目）—— 其中分项不等于合计 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z01-qichuan-shuili-zhongxiaohe.md', fmt: 'md', title: '栖川市水利局2024年度中小河流治理项目支出绩效自评报告', unit: '栖川市水利局', kind: '项目', sep: true });
  const y0 = '1200.00', add = '180.00', y1 = '1380.00', last = '1180.00';
  const F = { y1_cz: '1230.00', y1_jz: '150.00', sp_cz: '1208.46', sp_jz: '150.00' };
  const sp = q(F.sp_cz).add(F.sp_jz); // 1358.46
  const parts = [['工程施工费', 'c_gc', '1046.32'], ['勘察设计及监理费', 'c_kc', '128.60'], ['征地及青苗补偿费', 'c_zd', '137.94'], ['项目管理及验收等其他费用', 'c_qt', '45.60']];
  if (!sum(parts.map((p) => q(p[2]))).eq(sp)) throw new Error('z01 parts');
  const len = '23.6', hulen = '17.8', hut = '18.5';
  const unitCost = q(parts[0][2]).div(len).round(2); // 44.34
  const rate = sp.div(y1).mul(100).round(2);
  const bal = q(y1).sub(sp);
  const dif = q(y1).sub(last); const yoy = dif.div(last).mul(100).round(2);
  const huRate = q(hulen).div(hut).mul(100).round(2);

  d.h(1, d.meta.title);
  d.quote(`**报告摘要**：2024年，栖川市中小河流治理项目全年预算${d.wy('tot_y1', y1)}，实际支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}。项目完成河道综合治理${d.n('i1_a', len)}公里，经综合评定，自评得分${d.n('total', '99.46')}分，评价等级为“${d.g('grade', '优')}”。`);
  d.h(2, '一、项目基本情况');
  d.h(3, '（一）项目概况');
  d.p('为提升沄江流域中小河流防洪减灾能力，栖川市水利局在2024年继续实施中小河流治理项目。项目治理范围涉及篁溪河、栖水河、石栎河等6条河流，覆盖霁原县、澄岚县和蓼汀区3个县（区），由市水利工程建设中心具体组织实施。');
  d.h(3, '（二）资金安排情况');
  d.li(`**年初预算**：${d.wy('tot_y0', y0)}`);
  d.li(`**年中追加**：${d.wy('add', add)}（沄财农〔2024〕57号）`);
  d.li(`**全年预算**：${d.wy('tot_y1', y1)}，较上年（${d.wy('last', last)}）增加${d.wy('dif', dif)}，增长${d.pc('yoy', yoy.fmt(2))}`);
  d.li(`**资金来源**：当年财政拨款${d.wy('cz_y1', F.y1_cz)}，上年结转资金${d.wy('jz_y1', F.y1_jz)}`);
  d.rel('part-sum', '年初预算＋追加＝全年预算', `{tot_y1} = {tot_y0} + {add}`);
  d.diffRel('全年预算较上年增加额', 'dif', 'tot_y1', 'last', 'yoy');
  d.yoyRel('全年预算同比增长率', 'yoy', 'tot_y1', 'last');
  d.h(3, '（三）年度绩效目标');
  d.li(`完成河道综合治理长度不少于${d.n('i1_t', '22')}公里；`, { mark: '1. ' });
  d.li(`新建（加固）护岸不少于${d.n('i2_t', hut)}公里；`, { mark: '2. ' });
  d.li('工程验收合格率达到100%，主体工程于2024年11月底前完工；', { mark: '3. ' });
  d.li(`治理河段保护人口${d.n('i6_t', '3.5')}万人以上，沿河群众满意度不低于90%。`, { mark: '4. ' });
  d.h(2, '二、项目资金使用及管理情况');
  d.h(3, '（一）资金执行情况');
  d.p(`截至2024年12月31日，项目累计支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余资金${d.wy('bal', bal)}。按支出内容划分，其中工程施工费${d.wy('c_gc', parts[0][2])}、勘察设计及监理费${d.wy('c_kc', parts[1][2])}、征地及青苗补偿费${d.wy('c_zd', parts[2][2])}、项目管理及验收等其他费用${d.wy('c_qt', parts[3][2])}。`);
  d.sumRel('支出按内容划分：各分项之和＝累计支出', 'tot_sp@2', ['c_gc', 'c_kc', 'c_zd', 'c_qt']);
  d.diffRel('结余资金＝全年预算－累计支出', 'bal', 'tot_y1', 'tot_sp');
  d.p('从河段看，资金主要投向篁溪河、栖水河等重点河段，其中篁溪河段412.30万元、栖水河段386.50万元等，其余河段按工程量据实结算。');
  d.h(3, '（二）资金管理情况');
  d.p('项目严格执行《栖川市水利建设资金管理办法》，实行专账核算、按进度拨付。资金拨付均经监理签认、建设单位审核和财务复核“三道关口”，未发现截留、挤占、挪用等问题。');
  d.h(2, '三、项目绩效情况');
  d.h(3, '（一）产出完成情况');
  d.li(`**数量指标**：全年完成河道综合治理${d.n('i1_a', len)}公里，超额完成年度目标；新建（加固）护岸${d.n('i2_a', hulen)}公里，完成率${d.pc('hu_r', huRate.fmt(2))}。`);
  d.rel('rate', '护岸完成率＝实际/目标', `{hu_r} = {i2_a} / {i2_t} * 100`);
  d.li('**质量指标**：已完工的19个标段全部通过竣工验收，验收合格率100%。');
  d.li('**时效指标**：主体工程于2024年11月25日全部完工，较计划提前5天。');
  d.li(`**成本指标**：单位长度工程造价${d.n('i5_a', unitCost.fmt(2))}万元/公里，低于${d.n('i5_t', '50')}万元/公里的控制标准。`);
  d.h(3, '（二）效益实现情况');
  d.li(`**社会效益**：治理河段防洪标准由5年一遇提高到10～20年一遇，保护沿河人口约${d.n('i6_a', '3.8', { approx: 'round' })}万人、耕地1.2万亩。`, { mark: '1. ' });
  d.li(`**生态效益**：治理河段水质达标率达到${d.pc('i7_a', '92.5')}，河道岸线面貌明显改善。`, { mark: '2. ' });
  d.li('**可持续影响**：已建工程全部落实管护主体和管护经费，形成“建管并重”的长效机制。', { mark: '3. ' });
  d.h(3, '（三）满意度情况');
  d.p(`项目组在沿河乡镇随机发放问卷500份，收回有效问卷482份，群众满意度为${d.pc('i9_a', '94.6')}。`);
  d.h(2, '四、绩效自评结果');
  d.p('根据《栖川市市级预算绩效自评管理办法》，项目自评情况见下表。');
  const ft = fundTable(d, { rows: [
    { label: '年度资金总额', k: 'tot', y0, y1, sp: sp.fx(2) },
    { label: '当年财政拨款', k: 'cz', y0: '1050.00', y1: F.y1_cz, sp: F.sp_cz },
    { label: '上年结转资金', k: 'jz', y0: '150.00', y1: F.y1_jz, sp: F.sp_jz },
    { label: '其他资金', k: 'qt', y0: '0.00', y1: '0.00', sp: '0.00' },
  ] });
  const st = scoreTable(d, { preRow: { wKey: 'w_exec', sKey: 's_exec', score: ft.score, w: q(10) }, l1blank: true, intWhole: true, inds: [
    { l1: '产出指标', l2: '数量指标', l3: '河道综合治理长度', pre: '≥', t: '22', post: '公里', a: len, w: 15, type: 'pos', key: 'i1_a', tkey: 'i1_t' },
    { l1: '产出指标', l2: '数量指标', l3: '新建（加固）护岸长度', pre: '≥', t: hut, post: '公里', a: hulen, w: 10, type: 'pos', key: 'i2_a', tkey: 'i2_t', reason: '受汛期影响，篁溪河下游护岸顺延至2025年枯水期施工，按完成比例计分' },
    { l1: '产出指标', l2: '质量指标', l3: '工程验收合格率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '主体工程完工时间', ttext: '2024年11月底前', atext: '2024年11月25日', w: 5, type: 'qual' },
    { l1: '产出指标', l2: '成本指标', l3: '单位长度工程造价', pre: '≤', t: '50', post: '万元/公里', a: unitCost.fmt(2), w: 10, type: 'neg', key: 'i5_a', tkey: 'i5_t' },
    { l1: '效益指标', l2: '社会效益指标', l3: '保护沿河人口', pre: '≥', t: '3.5', post: '万人', a: '3.8', w: 10, type: 'pos', key: 'i6_a', tkey: 'i6_t' },
    { l1: '效益指标', l2: '生态效益指标', l3: '治理河段水质达标率', pre: '≥', t: '90', post: '%', a: '92.5', w: 10, type: 'pos', key: 'i7_a' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '工程管护责任落实率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '满意度指标', l2: '服务对象满意度', l3: '沿河群众满意度', pre: '≥', t: '90', post: '%', a: '94.6', w: 10, type: 'pos', key: 'i9_a' },
  ] });
  d.per('单位长度工程造价＝工程施工费/治理长度', 'i5_a', 'c_gc', 'i1_a', 10000);
  d.p(`综上，项目自评得分${d.n('total', st.total.fmt(2))}分，等级为“${d.g('grade', st.grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及原因分析');
  d.li('**部分工程进度受汛期制约**。篁溪河下游段地处行洪通道，汛期无法组织水下施工，导致护岸工程未能全部完工。', { mark: '1. ' });
  d.li('**县级配套资金到位偏慢**。个别县（区）财政较为紧张，配套资金拨付滞后，影响了工程款结算进度。', { mark: '2. ' });
  d.h(2, '六、下一步改进措施');
  d.li('科学编排施工计划，将涉水工程集中安排在枯水期实施，确保2025年汛前完成剩余护岸建设。', { mark: '1. ' });
  d.li('加强与县（区）财政部门的沟通衔接，建立配套资金到位情况月报制度。', { mark: '2. ' });
  d.li('将自评结果作为2025年项目资金分配的重要依据，并按规定在部门门户网站公开。', { mark: '3. ' });
  return { doc: d, bad: { key: 'c_kc', to: '126.80万元', kind: 'part-sum', place: '二、（一）资金执行情况' } };
});

// ---- z02 霁原县乡村振兴局 部门整体（txt）—— 其中分项不等于合计 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z02-jiyuan-xiangcunzhenxing-bumen.txt', fmt: 'txt', title: '霁原县乡村振兴局2024年度部门整体支出绩效自评报告', unit: '霁原县乡村振兴局', kind: '部门整体', sep: true, txtIndent: true, txtBlank: false });
  const bz = 28, bzXz = 18, bzSy = 10, zz = 26, tx = 9;
  const ctl = q(zz).div(bz).mul(100).round(2);
  const inc = { cz: '3915.40', jz: '371.33' }; const incT = q(inc.cz).add(inc.jz);
  const ry = '438.90', gy = '73.46'; const jb = q(ry).add(gy);
  const xm = [['衔接推进乡村振兴补助资金', 'x_xj', '2865.40'], ['驻村帮扶工作经费', 'x_zc', '186.50'], ['防止返贫监测帮扶经费', 'x_fp', '342.18'], ['乡村振兴示范创建经费', 'x_sf', '196.14']];
  const xmT = sum(xm.map((x) => q(x[2])));
  const zc = jb.add(xmT); const rate = zc.div(incT).mul(100).round(2); const jy = incT.sub(zc);
  const jbSh = jb.div(zc).mul(100).round(2);
  const cy = '1788.00'; const cySh = q(cy).div(xm[0][2]).mul(100).round(2);
  const cgPlan = '215.60', cgHw = '96.20', cgFw = '112.14'; const cg = q(cgHw).add(cgFw); const cgR = cg.div(cgPlan).mul(100).round(2);
  const sg = { prev: '16.02', bud: '15.50', cur: '14.24' };
  const sgCtl = q(sg.cur).div(sg.bud).mul(100).round(2);
  const inc1 = '14286', inc0 = '13070'; const incR = q(inc1).sub(inc0).div(inc0).mul(100).round(2);
  const inds = [
    { l1: '运行成本', l2: '经济成本', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: sgCtl.fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '运行成本', l2: '人员成本', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '管理效率', l2: '采购管理', l3: '政府采购执行率', pre: '≥', t: '95', post: '%', a: cgR.fmt(2), w: 5, type: 'pos', key: 'cg_r' },
    { l1: '管理效率', l2: '资产管理', l3: '资产管理规范性', ttext: '规范', atext: '规范', w: 5, type: 'qual' },
    { l1: '履职效能', l2: '重点工作', l3: '脱贫人口人均纯收入增长率', pre: '≥', t: '10', post: '%', a: '9.3', w: 10, type: 'pos', key: 'inc_r', tkey: 'inc_t', reason: '受农产品价格下行影响，种养殖收入增幅回落；下一步加大消费帮扶和就业帮扶力度' },
    { l1: '履职效能', l2: '重点工作', l3: '防返贫监测对象帮扶覆盖率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '履职效能', l2: '重点工作', l3: '衔接资金用于产业发展比重', pre: '≥', t: '60', post: '%', a: cySh.fmt(2), w: 10, type: 'pos', key: 'cy_sh' },
    { l1: '履职效能', l2: '重点工作', l3: '选派驻村第一书记和工作队员', pre: '≥', t: '96', post: '人', a: '102', w: 10, type: 'pos', key: 'zc_n' },
    { l1: '社会效应', l2: '社会效益', l3: '规模性返贫', ttext: '不发生', atext: '未发生', w: 10, type: 'qual' },
    { l1: '可持续发展', l2: '长效机制', l3: '帮扶产业项目持续运营率', pre: '≥', t: '90', post: '%', a: '93.5', w: 10, type: 'pos', key: 'yy_r' },
    { l1: '服务对象满意度', l2: '满意度', l3: '脱贫群众满意度', pre: '≥', t: '90', post: '%', a: '95.2', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.blank();
  d.h(2, '一、部门基本情况');
  d.h(3, '（一）主要职能');
  d.p('霁原县乡村振兴局是县政府工作部门，主要负责巩固拓展脱贫攻坚成果、统筹推进乡村振兴重点工作，承担防止返贫动态监测和帮扶、驻村帮扶干部选派管理、衔接资金项目管理等职责。');
  d.h(3, '（二）机构和人员情况');
  d.p(`本局内设综合股、规划财务股、开发指导股、社会帮扶股、考核监测股5个股室，下属县乡村振兴服务中心1个事业单位。2024年末核定编制${d.n('bz', String(bz))}名，其中行政编制${d.n('bz_xz', String(bzXz))}名、事业编制${d.n('bz_sy', String(bzSy))}名；实有在职人员${d.n('zz', String(zz))}人，退休人员${tx}人，在职人员控制率为${d.pc('ctl', ctl.fmt(2), { fw: true })}。`);
  d.sumRel('编制数＝行政编制＋事业编制', 'bz', ['bz_xz', 'bz_sy']);
  d.rateRel('在职人员控制率＝在职人数/编制数', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门整体支出情况');
  d.h(3, '（一）收入情况');
  d.p(`2024年度部门收入合计（即全年预算数）${d.wy('inc', incT)}，其中：一般公共预算财政拨款收入${d.wy('inc_cz', inc.cz)}，上年结转${d.wy('inc_jz', inc.jz)}。`);
  d.sumRel('收入合计＝财政拨款＋上年结转', 'inc', ['inc_cz', 'inc_jz']);
  d.h(3, '（二）支出情况');
  d.p(`2024年度部门支出合计${d.wy('zc', zc)}，预算执行率${d.pc('rate', rate.fmt(2))}，年末结转结余${d.wy('jy', jy)}。其中：`);
  d.rateRel('预算执行率＝支出合计/全年预算数', 'rate', 'zc', 'inc');
  d.diffRel('结转结余＝全年预算－支出合计', 'jy', 'inc', 'zc');
  d.li(`基本支出${d.wy('jb', jb)}（人员经费${d.wy('ry', ry)}、公用经费${d.wy('gy', gy)}），占支出总额的${d.pc('jb_sh', jbSh.fmt(2))}；`, { tmark: '　　1.' });
  d.li(`项目支出${d.wy('xm', xmT)}，其中衔接推进乡村振兴补助资金${d.wy('x_xj', xm[0][2])}、驻村帮扶工作经费${d.wy('x_zc', xm[1][2])}、防止返贫监测帮扶经费${d.wy('x_fp', xm[2][2])}、乡村振兴示范创建经费${d.wy('x_sf', xm[3][2])}。`, { tmark: '　　2.' });
  d.sumRel('支出合计＝基本支出＋项目支出', 'zc', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.shareRel('基本支出占支出总额比重', 'jb_sh', 'jb', 'zc');
  d.sumRel('项目支出＝所列四个项目之和', 'xm', ['x_xj', 'x_zc', 'x_fp', 'x_sf']);
  d.h(3, '（三）“三公”经费情况');
  d.p(`2024年“三公”经费决算${d.wy('sg_cur', sg.cur)}，较上年减少${d.wy('sg_dn', q(sg.prev).sub(sg.cur))}，下降${d.pc('sg_dnr', q(sg.prev).sub(sg.cur).div(sg.prev).mul(100).round(2).fmt(2))}，较年初预算节约${d.wy('sg_jy', q(sg.bud).sub(sg.cur))}。具体如下（单位：万元）：`);
  sanGongTable(d, { txt: 'tab', head: ['项目', '2023年决算', '2024年预算', '2024年决算', '较上年增减额', '较上年增减率'], items: [
    { label: '合计', k: 'sg', ...sg },
    { label: '因公出国（境）费', k: 'sg_cg', prev: '0.00', bud: '0.00', cur: '0.00' },
    { label: '公务接待费', k: 'sg_jd', prev: '3.62', bud: '3.50', cur: '2.98' },
    { label: '公务用车购置及运行维护费', k: 'sg_yc', prev: '12.40', bud: '12.00', cur: '11.26' },
  ], sums: [['sg', ['sg_cg', 'sg_jd', 'sg_yc']]] });
  d.diffRel('“三公”经费较上年减少额', 'sg_dn', 'sg_prev', 'sg_cur', 'yoy');
  d.yoyRel('“三公”经费较上年下降率', 'sg_dnr', 'sg_cur', 'sg_prev', 'down');
  d.diffRel('“三公”经费较预算节约额＝预算－决算', 'sg_jy', 'sg_bud', 'sg_cur');
  d.h(3, '（四）政府采购情况');
  d.p(`2024年政府采购预算${d.wy('cg_plan', cgPlan)}，实际采购${d.wy('cg', cg)}，其中货物类${d.wy('cg_hw', cgHw)}、服务类${d.wy('cg_fw', cgFw)}，政府采购执行率${d.pc('cg_r', cgR.fmt(2))}。`);
  d.sumRel('实际采购＝货物类＋服务类', 'cg', ['cg_hw', 'cg_fw']);
  d.rateRel('政府采购执行率＝实际采购/采购预算', 'cg_r', 'cg', 'cg_plan', 'rate');
  d.h(2, '三、部门整体支出绩效情况');
  d.h(3, '（一）产出情况');
  d.p(`一是防返贫监测帮扶精准有效。全年新识别监测对象214户，累计纳入监测对象1,236户，全部落实帮扶措施，帮扶覆盖率100%。二是驻村帮扶力量持续加强。全县选派驻村第一书记和工作队员${d.n('zc_n', '102')}人，实现重点村全覆盖。三是产业帮扶比重稳步提高。衔接推进乡村振兴补助资金${d.wy('x_xj', xm[0][2])}中，用于产业发展${d.wy('cy', cy)}，占比${d.pc('cy_sh', cySh.fmt(2))}，支持青篁乡茶叶、石栎镇食用菌等产业项目58个。`);
  d.shareRel('产业发展资金占衔接资金比重', 'cy_sh', 'cy', 'x_xj@2');
  d.h(3, '（二）效益情况');
  d.p(`2024年全县脱贫人口人均纯收入${d.n('inc1', '14,286')}元，较上年（${d.n('inc0', '13,070')}元）增长${d.pc('inc_r', incR.fmt(2))}，增速略低于${d.pc('inc_t', '10')}的年度目标；帮扶产业项目持续运营率${d.pc('yy_r', '93.5')}，全年未发生规模性返贫。`);
  d.yoyRel('脱贫人口人均纯收入增长率', 'inc_r', 'inc1', 'inc0');
  d.h(3, '（三）满意度情况');
  d.p(`通过入户走访和电话回访方式开展满意度调查，共调查脱贫户和监测户360户，群众满意度${d.pc('myd', '95.2')}。`);
  d.h(2, '四、自评结果');
  d.p('按照县财政局部门整体支出绩效评价指标体系，本局自评情况如下：');
  scoreTable(d, { txt: 'space', inds, okText: '—' });
  d.p(`经自评，本部门2024年度整体支出绩效得分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题');
  d.p('一是部分产业项目联农带农机制不够紧密，脱贫户参与分红的比例偏低。二是项目资金支出进度前松后紧，第四季度支出占全年比重较高。三是绩效目标设置仍以数量指标为主，效益指标量化不足。');
  d.h(2, '六、改进措施');
  d.p('一是完善联农带农利益联结机制，将带动脱贫户增收作为项目立项的重要条件。二是建立衔接资金支出进度月通报制度，对进度滞后的项目及时调整。三是细化效益类指标，提高绩效目标的可衡量性。');
  return { doc: d, bad: { key: 'x_fp', to: '324.18万元', kind: 'part-sum', place: '二、（二）支出情况 第2项' } };
});

// ---- z03 栖川市文化广电旅游局 文旅惠民消费券政策（docx，政策）—— 执行率 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z03-qichuan-wenlv-xiaofeiquan.docx', fmt: 'docx', title: '栖川市文化广电旅游局2024年度文旅惠民消费券政策绩效自评报告', unit: '栖川市文化广电旅游局', kind: '政策', sep: true });
  const cz = { y0: '1200.00', y1: '1500.00', sp: '1436.82' }; const qt = { y0: '300.00', y1: '300.00', sp: '291.62' };
  const y1 = q(cz.y1).add(qt.y1); const sp = q(cz.sp).add(qt.sp); const rate = sp.div(y1).mul(100).round(2);
  const fa = '46.5', hx = '41.2'; const hxR = q(hx).div(fa).mul(100).round(2);
  const pc = q(cz.sp).mul(10000).div(q(hx).mul(10000)).round(2);
  const xf = '1.62', xf0 = '1.35'; const lev = q(xf).mul(1e8).div(q(cz.sp).mul(1e4)).round(2); const xfR = q(xf).sub(xf0).div(xf0).mul(100).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '消费券发放数量', pre: '≥', t: '45', post: '万张', a: fa, w: 10, type: 'pos', key: 'fa' },
    { l1: '产出指标', l2: '数量指标', l3: '参与商户数量', pre: '≥', t: '1200', post: '家', a: '1386', ashow: '1,386', w: 10, type: 'pos', key: 'sh' },
    { l1: '产出指标', l2: '质量指标', l3: '消费券核销率', pre: '≥', t: '85', post: '%', a: hxR.fmt(2), w: 10, type: 'pos', key: 'hx_r' },
    { l1: '产出指标', l2: '时效指标', l3: '补贴资金结算及时率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '成本指标', l3: '单张消费券平均补贴额', pre: '≤', t: '35', post: '元', a: pc.fmt(2), w: 10, type: 'neg', key: 'pc' },
    { l1: '效益指标', l2: '经济效益指标', l3: '直接带动文旅消费', pre: '≥', t: '1.5', post: '亿元', a: xf, w: 15, type: 'pos', key: 'xf', as: 1e8, ts: 1e8 },
    { l1: '效益指标', l2: '社会效益指标', l3: '惠及群众', pre: '≥', t: '30', post: '万人次', a: '33.8', w: 15, type: 'pos', key: 'rc' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '消费者满意度', pre: '≥', t: '90', post: '%', a: '93.1', w: 5, type: 'pos', key: 'my1' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '参与商户满意度', pre: '≥', t: '85', post: '%', a: '83.6', w: 5, type: 'pos', key: 'my2', reason: '部分小微商户反映补贴结算周期偏长，2025年将结算周期由T+15缩短至T+7' },
  ];
  const ftScore = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, ftScore);

  d.h(1, d.meta.title);
  d.p('根据市财政局关于开展2024年度预算绩效自评工作的通知要求，我局对文旅惠民消费券政策实施情况进行了全面自评，现将有关情况报告如下。');
  d.h(2, '一、政策基本情况');
  d.h(3, '（一）政策背景');
  d.p('为提振文旅消费信心、促进文旅市场加快恢复，市政府印发《栖川市促进文旅消费若干措施》，明确由市级财政安排专项资金，联合合作平台企业发放文旅惠民消费券。');
  d.h(3, '（二）政策内容');
  d.p('消费券分“满100减30”“满300减80”“满600减150”三档，通过“栖川文旅”小程序分12批次发放，适用于全市A级旅游景区、星级酒店、等级民宿、剧场影院及实体书店等文旅场所。');
  d.h(3, '（三）政策绩效目标');
  d.p(`全年发放消费券不少于${d.n('fa_t', '45')}万张，核销率不低于${d.pc('hx_t', '85')}，直接带动文旅消费${d.n('xf_t', '1.5')}亿元以上，惠及群众30万人次以上。`);
  d.h(2, '二、政策资金安排及使用情况');
  d.p(`2024年市级财政安排消费券补贴资金${d.wy('cz_y1', cz.y1)}（年初预算${d.wy('cz_y0', cz.y0)}，年中追加${d.wy('cz_add', '300.00')}），合作平台企业配套资金${d.wy('qt_y1', qt.y1)}，资金总额${d.wy('tot_y1', y1)}。截至2024年12月31日，累计核销补贴资金${d.wy('tot_sp', sp)}，整体执行率${d.pc('tot_r', rate.fmt(2))}。`);
  d.rel('part-sum', '市级资金＝年初预算＋追加', `{cz_y1} = {cz_y0} + {cz_add}`);
  fundTable(d, { title: '表1 政策资金执行情况（单位：万元）', rows: [
    { label: '年度资金总额', k: 'tot', y0: q(cz.y0).add(qt.y0).fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '当年财政拨款', k: 'cz', ...cz },
    { label: '上年结转资金', k: 'jz', y0: '0.00', y1: '0.00', sp: '0.00' },
    { label: '其他资金（平台配套）', k: 'qt', ...qt },
  ] });
  d.p('资金管理方面，消费券补贴实行“先核销、后结算”，由合作平台每周汇总核销数据，经第三方审计机构抽查核对后，按月向参与商户结算，全年未发现套取补贴资金问题。');
  d.h(2, '三、政策实施效果');
  d.h(3, '（一）发放与核销情况');
  d.p(`全年累计发放电子消费券${d.n('fa', fa)}万张，核销${d.n('hx', hx)}万张，核销率${d.pc('hx_r', hxR.fmt(2))}；参与商户${d.n('sh', '1,386')}家，较上年增加200余家。`);
  d.rateRel('消费券核销率＝核销张数/发放张数', 'hx_r', 'hx', 'fa', 'rate');
  d.h(3, '（二）经济效益');
  d.p(`**一是**拉动效应明显。消费券直接带动文旅消费${d.yiy('xf', xf)}，较上年（${d.yiy('xf0', xf0)}）增长${d.pc('xf_r', xfR.fmt(2))}，财政资金撬动比达1:${d.n('lev', lev.fmt(2))}。**二是**补贴效率较高。单张消费券平均补贴${d.yy('pc', pc, 2)}，低于35元的控制标准。`);
  d.yoyRel('带动消费同比增长率', 'xf_r', 'xf', 'xf0');
  d.rel('per-unit', '撬动比＝带动消费/市级财政核销额', `{lev} = {xf} / {cz_sp}`);
  d.per('单张平均补贴＝市级财政核销额/核销张数', 'pc', 'cz_sp', 'hx', 10000);
  d.h(3, '（三）社会效益与满意度');
  d.p(`消费券惠及群众${d.n('rc', '33.8')}万人次。第三方问卷调查显示，消费者满意度${d.pc('my1', '93.1')}，参与商户满意度${d.pc('my2', '83.6')}，商户满意度略低于预期。`);
  d.h(2, '四、自评结论');
  scoreTable(d, { title: '表2 政策绩效自评表', preRow: { wKey: 'w_exec', sKey: 's_exec', score: ftScore, w: q(10) }, l1merge: true, gradeRow: true, inds });
  gradeRel(d);
  d.p(`综合评定，本政策2024年度绩效自评得分${d.n('total', total.fmt(2))}分，等级为优。`);
  d.h(2, '五、存在的问题');
  d.p('一是商户结算周期偏长，部分小微商户资金周转压力较大。二是消费券核销集中在主城区，县域及乡村文旅场所参与度不高。三是对消费券带动效应的监测主要依赖平台数据，缺少独立的抽样核验。');
  d.h(2, '六、改进建议');
  d.p('一是优化结算流程，缩短结算周期。二是提高县域文旅商户比重，推出乡村旅游专属券。三是委托第三方开展消费拉动效应评估，提高绩效数据的可信度。');
  return { doc: d, bad: { key: 'qt_r', to: '97.12%', kind: 'exec-rate', place: '表1 其他资金执行率' } };
});

// ---- z04 澄岚县医疗保障局 部门整体（md）—— 执行率 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z04-chenglan-yibao-bumen.md', fmt: 'md', title: '澄岚县医疗保障局2024年度部门整体支出绩效自评报告', unit: '澄岚县医疗保障局', kind: '部门整体', sep: true });
  const bz = 22, zz = 21; const ctl = q(zz).div(bz).mul(100).round(2);
  const y0 = '1862.40', add = '215.36'; const y1 = q(y0).add(add);
  const src = ['1944.30', '133.46'];
  const jb = { y1: '586.20', sp: '579.64', prev: '552.10' }; const xm = { y1: '1491.56', sp: '1454.54', prev: '1598.30' };
  const sp = q(jb.sp).add(xm.sp); const prev = q(jb.prev).add(xm.prev);
  const r = (a, b) => q(a).div(b).mul(100).round(2); const yy = (a, b) => q(a).sub(b).div(b).mul(100).round(2);
  const rate = r(sp, y1); const jy = y1.sub(sp); const jyl = r(jy, y1);
  const ry = '508.72', gy = '70.92'; const pcGy = q(gy).div(zz).round(2);
  const sg = { prev: '11.61', bud: '12.00', cur: '10.73' }; const sgCtl = r(sg.cur, sg.bud);
  const inds = [
    { l1: '投入', l2: '预算编制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '投入', l2: '预算编制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: sgCtl.fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '过程', l2: '预算执行', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '过程', l2: '预算执行', l3: '结转结余率', pre: '≤', t: '5', post: '%', a: jyl.fmt(2), w: 5, type: 'neg', key: 'jyl' },
    { l1: '产出', l2: '数量指标', l3: '定点医药机构监督检查覆盖率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出', l2: '数量指标', l3: '追回违规医保基金', pre: '≥', t: '800', post: '万元', a: '926.35', w: 10, type: 'pos', key: 'zh', as: 10000, ts: 10000, tkey: 'zh_t' },
    { l1: '产出', l2: '质量指标', l3: '城乡居民参保率', pre: '≥', t: '95', post: '%', a: '96.82', w: 10, type: 'pos', key: 'cbl' },
    { l1: '产出', l2: '质量指标', l3: '异地就医直接结算率', pre: '≥', t: '90', post: '%', a: '93.6', w: 5, type: 'pos', key: 'yd' },
    { l1: '产出', l2: '时效指标', l3: '医保待遇按时发放率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '效益', l2: '社会效益', l3: '住院费用政策范围内报销比例', pre: '≥', t: '70', post: '%', a: '71.2', w: 10, type: 'pos', key: 'bx' },
    { l1: '效益', l2: '社会效益', l3: '经办服务事项“一网通办”率', pre: '≥', t: '80', post: '%', a: '76.5', w: 10, type: 'pos', key: 'ywtb', tkey: 'ywtb_t', reason: '县乡两级经办系统尚未完全打通，部分事项仍需线下办理；2025年6月前完成系统对接' },
    { l1: '满意度', l2: '服务对象满意度', l3: '参保群众满意度', pre: '≥', t: '90', post: '%', a: '94.3', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.p('> 本报告依据《澄岚县部门整体支出绩效自评工作规程》编制，数据截至2024年12月31日。');
  d.h(2, '一、部门概况');
  d.h(3, '（一）职能职责');
  d.p('澄岚县医疗保障局主要负责贯彻执行医疗保险、生育保险、医疗救助等医疗保障制度，组织实施医保基金监督管理，推进医保支付方式改革和医保经办服务体系建设。');
  d.h(3, '（二）机构与人员');
  d.li('**内设机构**：办公室、待遇保障股、医药服务管理股、基金监管股4个股室，下属县医疗保障服务中心1个事业单位');
  d.li(`**编制情况**：核定编制${d.n('bz', String(bz))}名（行政编制${d.n('bz_xz', '12')}名，事业编制${d.n('bz_sy', '10')}名）`);
  d.li(`**在职人员**：${d.n('zz', String(zz))}人，人员控制率${d.pc('ctl', ctl.fmt(2))}`);
  d.li('**退休人员**：6人');
  d.sumRel('编制数＝行政＋事业', 'bz', ['bz_xz', 'bz_sy']);
  d.rateRel('人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门预算执行情况');
  d.h(3, '（一）预算安排');
  d.p(`年初预算${d.wy('y0', y0)}，年中调整追加${d.wy('add', add)}，全年预算${d.wy('y1', y1)}。按资金来源分：一般公共预算拨款${d.wy('src1', src[0])}，上年结转${d.wy('src2', src[1])}。`);
  d.sumRel('全年预算＝年初预算＋追加', 'y1', ['y0', 'add']);
  d.sumRel('全年预算＝各资金来源之和', 'y1', ['src1', 'src2']);
  d.h(3, '（二）预算执行');
  d.p(`全年支出${d.wy('sp', sp)}，预算执行率${d.pc('rate', rate.fmt(2))}，结转结余${d.wy('jy', jy)}，结转结余率${d.pc('jyl', jyl.fmt(2))}。分类执行情况如下：`);
  d.diffRel('结转结余＝全年预算－全年支出', 'jy', 'y1', 'sp');
  d.rateRel('结转结余率＝结转结余/全年预算', 'jyl', 'jy', 'y1', 'rate');
  d.table([
    ['支出类别', '全年预算（万元）', '全年支出（万元）', '执行率', '上年支出（万元）', '同比'],
    ['基本支出', d.wc('jb_y1', jb.y1), d.wc('jb_sp', jb.sp), d.pc('jb_r', r(jb.sp, jb.y1).fmt(2)), d.wc('jb_prev', jb.prev), d.pc('jb_yoy', yy(jb.sp, jb.prev).fmt(2, { plus: true }))],
    ['项目支出', d.wc('xm_y1', xm.y1), d.wc('xm_sp', xm.sp), d.pc('xm_r', r(xm.sp, xm.y1).fmt(2)), d.wc('xm_prev', xm.prev), d.pc('xm_yoy', yy(xm.sp, xm.prev).fmt(2, { plus: true }))],
    ['**合计**', d.wc('y1', y1, { canon: true }), d.wc('sp', sp, { canon: true }), d.pc('rate', rate.fmt(2), { canon: true }), d.wc('prev', prev), d.pc('t_yoy', yy(sp, prev).fmt(2, { plus: true }))],
  ]);
  d.rateRel('执行率＝全年支出/全年预算（合计）', 'rate', 'sp', 'y1');
  d.rateRel('基本支出执行率', 'jb_r', 'jb_sp', 'jb_y1');
  d.rateRel('项目支出执行率', 'xm_r', 'xm_sp', 'xm_y1');
  d.sumRel('全年预算合计＝基本＋项目', 'y1', ['jb_y1', 'xm_y1']);
  d.sumRel('全年支出合计＝基本＋项目', 'sp', ['jb_sp', 'xm_sp']);
  d.sumRel('上年支出合计＝基本＋项目', 'prev', ['jb_prev', 'xm_prev']);
  d.yoyRel('基本支出同比', 'jb_yoy', 'jb_sp', 'jb_prev');
  d.yoyRel('项目支出同比', 'xm_yoy', 'xm_sp', 'xm_prev');
  d.yoyRel('合计同比', 't_yoy', 'sp', 'prev');
  d.p(`基本支出中，人员经费${d.wy('ry', ry)}、公用经费${d.wy('gy', gy)}，人均公用经费约${d.n('pc_gy', pcGy.fmt(2))}万元。项目支出同比下降，主要是2023年一次性安排的医保信息平台升级改造项目（162.00万元）已于上年完成。`);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb_sp', ['ry', 'gy']);
  d.per('人均公用经费＝公用经费/在职人数', 'pc_gy', 'gy', 'zz', 10000);
  d.h(3, '（三）“三公”经费');
  sanGongTable(d, { plus: true, head: ['项目', '2023年决算（万元）', '2024年预算（万元）', '2024年决算（万元）', '较上年增减（万元）', '增减幅度'], items: [
    { label: '因公出国（境）费', k: 'sg_cg', prev: '0.00', bud: '0.00', cur: '0.00' },
    { label: '公务接待费', k: 'sg_jd', prev: '2.86', bud: '3.00', cur: '2.41' },
    { label: '公务用车运行维护费', k: 'sg_yc', prev: '8.75', bud: '9.00', cur: '8.32' },
    { label: '合计', k: 'sg', ...sg },
  ], sums: [['sg', ['sg_cg', 'sg_jd', 'sg_yc']]] });
  d.p(`“三公”经费控制率为${d.pc('sg_ctl', sgCtl.fmt(2))}，未发生因公出国（境）费用。`);
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.h(2, '三、绩效目标完成情况');
  d.h(3, '（一）产出情况');
  d.li(`**基金监管**：对全县246家定点医药机构开展监督检查，实现全覆盖；追回违规医保基金${d.wy('zh', '926.35')}，超额完成${d.m('zh_t', '800万元', { y: true })}的年度目标。`, { mark: '1. ' });
  d.li(`**参保扩面**：全县城乡居民参保30.17万人，参保率${d.pc('cbl', '96.82')}。`, { mark: '2. ' });
  d.li(`**待遇保障**：住院费用政策范围内报销比例${d.pc('bx', '71.2')}，异地就医直接结算率${d.pc('yd', '93.6')}。`, { mark: '3. ' });
  d.li(`**经办服务**：医保经办服务事项“一网通办”率${d.pc('ywtb', '76.5')}，未达到${d.pc('ywtb_t', '80')}的目标。`, { mark: '4. ' });
  d.h(3, '（二）效益情况');
  d.p('通过持续打击欺诈骗保，医保基金运行总体平稳；门诊共济保障和大病保险政策落实到位，群众就医负担进一步减轻。');
  d.h(3, '（三）满意度');
  d.p(`委托第三方机构开展电话调查，参保群众满意度为${d.pc('myd', '94.3')}。`);
  d.h(2, '四、自评结论');
  scoreTable(d, { inds, l1blank: true, intWhole: true });
  d.li(`**自评总分**：${d.n('total', total.fmt(2))}分`);
  d.li(`**自评等级**：${d.g('grade', grade)}`);
  gradeRel(d);
  d.h(2, '五、存在的问题');
  d.li('经办服务数字化水平仍有差距，县乡两级系统尚未完全贯通。', { mark: '1. ' });
  d.li('基金监管专业力量不足，智能监控规则库需进一步完善。', { mark: '2. ' });
  d.h(2, '六、改进措施');
  d.li('加快推进经办系统一体化建设，2025年实现高频事项“一网通办”。', { mark: '1. ' });
  d.li('引入第三方专业力量参与基金监管，完善智能审核规则。', { mark: '2. ' });
  return { doc: d, bad: { key: 'jb_r', to: '98.68%', kind: 'exec-rate', place: '二、（二）分类执行表 基本支出执行率' } };
});

// ---- z05 岫澜县退役军人事务局 重点优抚对象抚恤补助政策（txt，政策）—— 人均 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z05-xiulan-tuiyi-youfu-fuxu.txt', fmt: 'txt', title: '岫澜县2024年度重点优抚对象抚恤补助政策绩效自评报告', unit: '岫澜县退役军人事务局', kind: '政策', sep: true, txtIndent: false, txtBlank: true });
  const cats = [['残疾军人', 'c1', 412, '1128.46'], ['“三属”（烈士、因公牺牲、病故军人遗属）', 'c2', 96, '236.52'], ['在乡复员军人', 'c3', 38, '94.37'], ['带病回乡退伍军人', 'c4', 186, '269.85'], ['参战参试退役人员', 'c5', 594, '1363.60']];
  const n = cats.reduce((a, c) => a + c[2], 0); const amt = sum(cats.map((c) => q(c[3])));
  const pcOf = (a, k) => q(a).mul(10000).div(k).round(2);
  const src = { zy: ['1820.00', '1820.00'], sj: ['650.00', '650.00'], xj: ['680.00', '622.80'] };
  const y1 = q(src.zy[0]).add(src.sj[0]).add(src.xj[0]);
  if (!q(src.zy[1]).add(src.sj[1]).add(src.xj[1]).eq(amt)) throw new Error('z05 amt');
  const rate = amt.div(y1).mul(100).round(2); const bal = y1.sub(amt);
  const prevAmt = '2946.35'; const yoy = amt.sub(prevAmt).div(prevAmt).mul(100).round(2);
  const pcW = amt.div(n).round(2); // 万元/人
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '抚恤补助对象覆盖人数', pre: '≥', t: '1300', post: '人', a: String(n), ashow: '1,326', w: 15, type: 'pos', key: 'n' },
    { l1: '产出指标', l2: '质量指标', l3: '抚恤补助标准执行到位率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '质量指标', l3: '优抚对象资格认证准确率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '按月足额发放率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '成本指标', l3: '资金发放差错率', pre: '≤', t: '0.1', post: '%', a: '0', w: 10, type: 'neg' },
    { l1: '效益指标', l2: '社会效益指标', l3: '优抚对象生活水平', ttext: '不低于当地居民平均生活水平', atext: '达到', w: 10, type: 'qual' },
    { l1: '效益指标', l2: '社会效益指标', l3: '政策知晓率', pre: '≥', t: '98', post: '%', a: '97.4', w: 10, type: 'pos', key: 'zxl', reason: '新迁入和新认定对象政策宣传不够及时，已建立“一对一”告知制度' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '优抚对象动态管理机制', ttext: '健全', atext: '健全', w: 10, type: 'qual' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '优抚对象满意度', pre: '≥', t: '95', post: '%', a: '96.8', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.p('（岫澜县退役军人事务局　2025年3月）', { noindent: true });
  d.p('【摘要】2024年，我县严格落实重点优抚对象抚恤补助政策，全年为' + d.n('n', '1,326') + '名重点优抚对象按月足额发放抚恤补助资金，人均约' + d.m('pcw', pcW.fmt(2) + '万元', { y: true }) + '，政策目标基本实现，自评结果为“' + d.g('grade', grade) + '”。');
  d.per('人均（万元，约数）＝发放总额/对象人数', 'pcw', 'tot_sp', 'n');
  d.h(2, '一、政策基本情况');
  d.p('重点优抚对象抚恤补助政策是国家对残疾军人、烈士遗属、在乡复员军人、带病回乡退伍军人、参战参试退役人员等群体给予的定期抚恤和定期生活补助，资金由中央、省、县三级共同承担。自2024年8月1日起，国家再次提高部分优抚对象抚恤和生活补助标准，我县同步调整并补发了1至7月差额。');
  d.p(`截至2024年底，全县享受定期抚恤补助的重点优抚对象${d.n('n', '1,326')}人，其中年初在册${d.n('n0', '1,358')}人，年内新增${d.n('n_add', '21')}人、减少（自然减员等）${d.n('n_sub', '53')}人。`);
  d.rel('part-sum', '年末人数＝年初在册＋新增－减少', `{n} = {n0} + {n_add} - {n_sub}`);
  d.h(2, '二、资金安排和使用情况');
  d.p(`2024年共安排抚恤补助资金${d.wy('tot_y1', y1)}，其中中央补助${d.wy('zy_y1', src.zy[0])}、省级补助${d.wy('sj_y1', src.sj[0])}、县级配套${d.wy('xj_y1', src.xj[0])}。全年实际发放${d.wy('tot_sp', amt)}，执行率${d.pc('tot_r', rate.fmt(2))}；结余${d.wy('bal', bal)}，主要为年内自然减员停发形成，已按规定结转使用。发放总额较上年（${d.wy('prev', prevAmt)}）增长${d.pc('yoy', yoy.fmt(2))}。`);
  d.diffRel('结余＝安排资金－实际发放', 'bal', 'tot_y1', 'tot_sp');
  d.yoyRel('发放总额同比增长率', 'yoy', 'tot_sp', 'prev');
  d.p('分类别发放情况如下：', { noindent: true });
  const rows = [['类别', '人数（人）', '发放金额（万元）', '人均（元）']];
  cats.forEach(([lab, k, cnt, a]) => { rows.push([lab, d.n(`${k}_n`, String(cnt)), d.wc(`${k}_a`, a), d.n(`${k}_pc`, pcOf(a, cnt).fmt(2, { sep: true }))]); });
  rows.push(['合计', d.n('n', '1326', { canon: true }), d.wc('tot_sp', amt), d.n('pc_all', pcOf(amt, n).fmt(2, { sep: true }))]);
  d.table(rows, { txt: 'space' });
  cats.forEach(([lab, k]) => d.perRel(`${lab}人均＝发放金额/人数`, `${k}_pc`, `${k}_a`, `${k}_n`));
  d.perRel('合计人均＝发放总额/总人数', 'pc_all', 'tot_sp@2', 'n');
  d.sumRel('人数合计＝各类别之和', 'n', cats.map((c) => `${c[1]}_n`));
  d.sumRel('发放金额合计＝各类别之和', 'tot_sp@2', cats.map((c) => `${c[1]}_a`));
  d.h(2, '三、政策实施成效');
  d.li('保障水平稳步提高。严格执行国家调整后的抚恤补助标准，优抚对象生活水平不低于当地居民平均生活水平。', { tmark: '（一）' });
  d.li('发放管理规范有序。依托“一卡通”系统按月足额发放，全年未发生发放差错；完成年度资格认证1,326人次，认证准确率100%。', { tmark: '（二）' });
  d.li(`政策宣传持续深化。通过“进村入户”走访等方式开展政策宣讲，政策知晓率${d.pc('zxl', '97.4')}，略低于年度目标。`, { tmark: '（三）' });
  d.li(`群众获得感不断增强。抽样回访优抚对象320人，满意度${d.pc('myd', '96.8')}。`, { tmark: '（四）' });
  d.h(2, '四、绩效自评情况');
  fundTable(d, { txt: 'space', head: ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], rows: [
    { label: '年度资金总额', k: 'tot', y0: null, y1: y1.fx(2), sp: amt.fx(2) },
    { label: '中央补助', k: 'zy', y0: null, y1: src.zy[0], sp: src.zy[1] },
    { label: '省级补助', k: 'sj', y0: null, y1: src.sj[0], sp: src.sj[1] },
    { label: '县级配套', k: 'xj', y0: null, y1: src.xj[0], sp: src.xj[1] },
  ] });
  scoreTable(d, { txt: 'space', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds, okText: '' });
  d.p(`自评得分${d.n('total', total.fmt(2))}分，等级“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及改进措施');
  d.p('一是部分新认定对象政策告知不够及时，下一步建立新增对象“一对一”告知制度。二是优抚对象信息与民政、医保等部门数据共享不足，下一步推动建立数据比对机制，实现自然减员信息及时推送。');
  return { doc: d, bad: { key: 'c4_pc', to: '15,408.06', kind: 'per-unit', place: '二、分类别发放表 带病回乡退伍军人 人均' } };
});

// ---- z06 栖川市市场监督管理局 食品安全抽检项目（docx，项目）—— 单位成本 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z06-qichuan-shijian-shipin-choujian.docx', fmt: 'docx', title: '栖川市市场监督管理局2024年度食品安全抽检监测项目支出绩效自评报告', unit: '栖川市市场监督管理局', kind: '项目', sep: true });
  const y0 = '620.00', add = '60.00'; const y1 = q(y0).add(add);
  const parts = [['检验检测费', 'p_jy', '568.42'], ['抽样及样品购置费', 'p_cy', '61.30'], ['风险监测及信息化运维费', 'p_xx', '32.63']];
  const sp = sum(parts.map((p) => q(p[2]))); const rate = sp.div(y1).mul(100).round(2); const bal = y1.sub(sp);
  const jySh = q(parts[0][2]).div(sp).mul(100).round(2);
  const pici = 6850, bhg = 124; const pop = '148.9';
  const bhgR = q(bhg).div(pici).mul(100).round(2); const hgR = q(pici - bhg).div(pici).mul(100).round(2);
  const perK = q(pici).div(q(pop).mul(10)).round(1);
  const cost = q(parts[0][2]).mul(10000).div(pici).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '食品安全抽检批次', pre: '≥', t: '6500', post: '批次', a: String(pici), ashow: '6,850', w: 10, type: 'pos', key: 'pici' },
    { l1: '产出指标', l2: '数量指标', l3: '每千人食品抽检量', pre: '≥', t: '4', post: '批次', a: perK.fmt(1), w: 10, type: 'pos', key: 'perk' },
    { l1: '产出指标', l2: '质量指标', l3: '不合格食品核查处置率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '抽检信息按时公布率', pre: '≥', t: '95', post: '%', a: '98.2', w: 5, type: 'pos' },
    { l1: '产出指标', l2: '成本指标', l3: '单批次平均检验费用', pre: '≤', t: '900', post: '元', a: cost.fmt(2), w: 10, type: 'neg', key: 'cost' },
    { l1: '效益指标', l2: '社会效益指标', l3: '食品抽检合格率', pre: '≥', t: '97', post: '%', a: hgR.fmt(2), w: 10, type: 'pos', key: 'hg_r' },
    { l1: '效益指标', l2: '社会效益指标', l3: '问题食品召回下架率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '效益指标', l2: '社会效益指标', l3: '重大食品安全事故', ttext: '不发生', atext: '未发生', w: 5, type: 'qual' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '风险隐患闭环处置机制', ttext: '健全', atext: '健全', w: 10, type: 'qual' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '公众食品安全满意度', pre: '≥', t: '85', post: '%', a: '82.6', w: 10, type: 'pos', key: 'myd', reason: '公众对农村集市、校园周边食品安全仍有顾虑；2025年将抽检任务向上述领域倾斜' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、项目基本情况');
  d.p(`食品安全抽检监测是市场监管部门发现和处置食品安全风险隐患的重要手段。2024年，我局按照“统一计划、统一标准、统一组织”原则，对全市食品生产、流通、餐饮环节开展监督抽检和风险监测，全市常住人口${d.n('pop', pop)}万人。`);
  d.p(`项目年度绩效目标为：完成食品安全抽检不少于${d.n('pici_t', '6,500')}批次，每千人食品抽检量不低于4批次，不合格食品核查处置率100%，抽检合格率保持在97%以上。`);
  d.h(2, '二、项目资金使用情况');
  d.p(`项目年初预算${d.wy('tot_y0', y0)}，年中因增加节日专项抽检追加${d.wy('add', add)}，全年预算${d.wy('tot_y1', y1)}；全年支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}。`);
  d.rel('part-sum', '全年预算＝年初预算＋追加', `{tot_y1} = {tot_y0} + {add}`);
  d.diffRel('结余＝全年预算－全年支出', 'bal', 'tot_y1', 'tot_sp');
  d.p(`从支出结构看，检验检测费${d.wy('p_jy', parts[0][2])}，占全部支出的${d.pc('jy_sh', jySh.fmt(2))}；抽样及样品购置费${d.wy('p_cy', parts[1][2])}；风险监测及信息化运维费${d.wy('p_xx', parts[2][2])}。`);
  d.sumRel('支出＝检验检测费＋抽样及样品购置费＋风险监测及信息化运维费', 'tot_sp', parts.map((p) => p[1]));
  d.shareRel('检验检测费占全部支出比重', 'jy_sh', 'p_jy', 'tot_sp');
  fundTable(d, { title: '项目资金情况表（万元）', rows: [
    { label: '年度资金总额', k: 'tot', y0, y1: y1.fx(2), sp: sp.fx(2) },
    { label: '当年财政拨款', k: 'cz', y0, y1: y1.fx(2), sp: sp.fx(2) },
    { label: '其他资金', k: 'qt', y0: '0.00', y1: '0.00', sp: '0.00' },
  ] });
  d.h(2, '三、项目绩效情况');
  d.h(3, '（一）产出情况');
  d.p(`全年完成食品安全抽检${d.n('pici', '6,850')}批次，每千人食品抽检量${d.n('perk', perK.fmt(1))}批次；检出不合格样品${d.n('bhg', String(bhg))}批次，不合格率${d.pc('bhg_r', bhgR.fmt(2))}，已全部完成核查处置，涉及的问题产品全部召回下架。`);
  d.per('每千人抽检量＝抽检批次/常住人口（千人）', 'perk', 'pici', 'pop', 10);
  d.rateRel('不合格率＝不合格批次/抽检批次', 'bhg_r', 'bhg', 'pici', 'rate');
  d.per('单批次平均检验费用＝检验检测费/抽检批次', 'cost', 'p_jy', 'pici');
  d.h(3, '（二）效益情况');
  d.p(`全市食品抽检合格率${d.pc('hg_r', hgR.fmt(2))}，高于年度目标；全年未发生重大食品安全事故。抽检结果通过市局门户网站和“栖川市场监管”公众号按时公布，公布率98.2%。`);
  d.rel('rate', '合格率＝(抽检批次－不合格批次)/抽检批次', `{hg_r} = ({pici} - {bhg}) / {pici} * 100`);
  d.h(3, '（三）满意度情况');
  d.p(`委托第三方开展的公众食品安全满意度调查结果为${d.pc('myd', '82.6')}，未达到85%的目标值。`);
  d.h(2, '四、自评得分情况');
  scoreTable(d, { title: '项目支出绩效自评表', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, l1merge: true, inds, gradeInTotalRow: true, gradeWord: (g) => ({ 优: '优秀', 良: '良好', 中: '中', 差: '差' }[g]) });
  gradeRel(d);
  d.h(2, '五、存在问题及改进措施');
  d.p('（一）抽检任务在城乡之间分布不够均衡，农村集市、校园周边等重点区域抽检覆盖有待加强。下一步将抽检计划向上述区域倾斜。');
  d.p('（二）检验机构出具报告周期偏长，影响不合格食品处置时效。下一步将在委托合同中明确报告时限，并纳入检验机构考核。');
  return { doc: d, bad: { key: 'cost', to: '798.21', kind: 'per-unit', place: '自评表 成本指标 单批次平均检验费用（实际完成值）' } };
});

// ---- z07 蓼汀区应急管理局 部门整体（md）—— 占比 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z07-liaoting-yingji-bumen.md', fmt: 'md', title: '蓼汀区应急管理局2024年度部门整体支出绩效自评报告', unit: '蓼汀区应急管理局', kind: '部门整体', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 35, zz = 33; const ctl = r2(zz, bz);
  const y0 = '3045.80', add = '386.20'; const y1 = q(y0).add(add);
  const ry = '865.30', gy = '121.12'; const jb = q(ry).add(gy);
  const xms = [['应急救援队伍建设', 'x1', '842.60', '790.40'], ['安全生产监管执法', 'x2', '516.38', '548.10'], ['防灾减灾及物资储备', 'x3', '623.75', '512.66'], ['应急指挥信息化建设', 'x4', '299.39', '365.00']];
  const xm = sum(xms.map((x) => q(x[2]))); const xmPrev = sum(xms.map((x) => q(x[3])));
  const sp = jb.add(xm); const rate = r2(sp, y1); const jy = y1.sub(sp);
  const sg = { prev: '18.46', bud: '18.00', cur: '16.35' };
  const inds = [
    { l1: '投入', l2: '预算配置', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '投入', l2: '预算配置', l3: '“三公”经费变动率', pre: '≤', t: '0', post: '%', a: r2(q(sg.cur).sub(sg.prev), sg.prev).fmt(2), w: 5, type: 'neg', key: 'sg_yoy' },
    { l1: '过程', l2: '预算执行', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '过程', l2: '财务管理', l3: '财务管理制度健全性', ttext: '健全', atext: '健全', w: 5, type: 'qual' },
    { l1: '产出', l2: '数量指标', l3: '安全生产执法检查企业', pre: '≥', t: '1200', post: '家次', a: '1356', ashow: '1,356', w: 10, type: 'pos', key: 'jc' },
    { l1: '产出', l2: '数量指标', l3: '组织应急演练', pre: '≥', t: '60', post: '场次', a: '72', w: 10, type: 'pos', key: 'yl' },
    { l1: '产出', l2: '质量指标', l3: '基层应急队伍标准化达标率', pre: '≥', t: '90', post: '%', a: '84.5', w: 10, type: 'pos', key: 'db', reason: '2个街道应急队伍装备配备未达标，已列入2025年预算' },
    { l1: '产出', l2: '时效指标', l3: '突发事件信息报送及时率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '效益', l2: '社会效益', l3: '生产安全事故死亡人数', pre: '≤', t: '3', post: '人', a: '2', w: 10, type: 'neg', key: 'sw' },
    { l1: '效益', l2: '社会效益', l3: '自然灾害因灾死亡失踪人数', pre: '', t: '0', post: '人', a: '0', w: 10, type: 'neg' },
    { l1: '效益', l2: '可持续影响', l3: '应急物资储备品种', pre: '≥', t: '40', post: '类', a: '46', w: 10, type: 'pos', key: 'wz' },
    { l1: '满意度', l2: '服务对象满意度', l3: '辖区企业和群众满意度', pre: '≥', t: '90', post: '%', a: '92.7', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.p('**导语**：根据区财政局统一部署，我局对2024年度部门整体支出开展了绩效自评。总体来看，部门预算执行平稳，应急管理各项重点任务完成较好，现报告如下。');
  d.h(2, '一、部门基本情况');
  d.p(`蓼汀区应急管理局内设办公室、安全生产综合监管股、应急救援指挥股、防灾减灾股4个股室，下设区应急救援保障中心。核定编制${d.n('bz', String(bz))}名，在职${d.n('zz', String(zz))}人，退休11人，在职人员控制率${d.pc('ctl', ctl.fmt(2))}。`);
  d.rateRel('在职人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门整体支出情况');
  d.h(3, '（一）预算及执行总体情况');
  d.li(`**年初预算**：${d.wy('y0', y0)}`);
  d.li(`**追加预算**：${d.wy('add', add)}（主要为防汛抢险及森林防火专项）`);
  d.li(`**全年预算**：${d.wy('y1', y1)}`);
  d.li(`**全年支出**：${d.wy('sp', sp)}（约${d.m('sp', sp.div(10000).fmt(2) + '亿元', { y: true, approx: 'round' })}）`);
  d.li(`**预算执行率**：${d.pc('rate', rate.fmt(2), { fw: true })}`);
  d.li(`**结转结余**：${d.wy('jy', jy)}`);
  d.sumRel('全年预算＝年初＋追加', 'y1', ['y0', 'add']);
  d.rateRel('预算执行率＝全年支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－全年支出', 'jy', 'y1', 'sp');
  d.h(3, '（二）支出结构');
  d.p(`从支出性质看，基本支出${d.wy('jb', jb)}，占全年支出的${d.pc('jb_sh', r2(jb, sp).fmt(2))}，其中人员经费${d.wy('ry', ry)}、公用经费${d.wy('gy', gy)}；项目支出${d.wy('xm', xm)}，占${d.pc('xm_sh', r2(xm, sp).fmt(2))}。`);
  d.sumRel('全年支出＝基本支出＋项目支出', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.shareRel('基本支出占比', 'jb_sh', 'jb', 'sp');
  d.shareRel('项目支出占比', 'xm_sh', 'xm', 'sp');
  d.p('项目支出明细如下：');
  const rows = [['项目名称', '支出（万元）', '占项目支出比重', '上年支出（万元）', '较上年增减']];
  xms.forEach(([lab, k, cur, prev]) => rows.push([lab, d.wc(k, cur), d.pc(`${k}_sh`, r2(cur, xm).fmt(2)), d.wc(`${k}_prev`, prev), d.pc(`${k}_yoy`, r2(q(cur).sub(prev), prev).fmt(2, { plus: true }))]));
  rows.push(['合计', d.wc('xm', xm, { canon: true }), '—', d.wc('xm_prev', xmPrev), d.pc('xm_yoy', r2(xm.sub(xmPrev), xmPrev).fmt(2, { plus: true }))]);
  d.table(rows);
  xms.forEach(([lab, k]) => { d.shareRel(`${lab}占项目支出比重`, `${k}_sh`, k, 'xm'); d.yoyRel(`${lab}较上年增减`, `${k}_yoy`, k, `${k}_prev`); });
  d.sumRel('项目支出合计＝各项目之和', 'xm', xms.map((x) => x[1]));
  d.sumRel('上年项目支出合计＝各项目之和', 'xm_prev', xms.map((x) => `${x[1]}_prev`));
  d.yoyRel('项目支出合计较上年增减', 'xm_yoy', 'xm', 'xm_prev');
  d.p('> 注：防灾减灾及物资储备支出增幅较大，主要是新建区级应急物资储备库二期及补充防汛物资；应急指挥信息化建设支出下降，主要是指挥平台主体工程已于上年完工。');
  d.h(3, '（三）“三公”经费');
  d.p(`2024年“三公”经费支出${d.wy('sg_cur', sg.cur)}，比上年（${d.wy('sg_prev', sg.prev)}）下降${d.pc('sg_dn', r2(q(sg.prev).sub(sg.cur), sg.prev).fmt(2))}，全部为公务用车运行维护费和公务接待费，未发生因公出国（境）费用。`);
  d.yoyRel('“三公”经费下降率', 'sg_dn', 'sg_cur', 'sg_prev', 'down');
  d.rel('yoy', '“三公”经费变动率（自评表，负数为下降）', `{sg_yoy} = ({sg_cur} - {sg_prev}) / {sg_prev} * 100`);
  d.h(2, '三、部门整体绩效情况');
  d.h(3, '（一）主要产出');
  d.li(`全年检查生产经营单位${d.n('jc', '1,356')}家次，查处安全生产违法行为214起；`, { mark: '1. ' });
  d.li(`组织各类应急演练${d.n('yl', '72')}场次，参演人员超过1.2万人次；`, { mark: '2. ' });
  d.li(`区级应急物资储备品种达到${d.n('wz', '46')}类；基层应急队伍标准化达标率${d.pc('db', '84.5')}，未达到90%的目标。`, { mark: '3. ' });
  d.h(3, '（二）主要效益');
  d.p(`全区发生生产安全事故死亡${d.n('sw', '2')}人，控制在年度目标以内；成功应对“7·16”强降雨过程，未发生因灾死亡失踪。辖区企业和群众满意度${d.pc('myd', '92.7')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { inds, l1blank: true, intWhole: true, head: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'] });
  d.p(`**自评结论**：部门整体支出绩效自评${d.n('total', total.fmt(2))}分，评价等级“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及原因');
  d.li('**基层应急能力不均衡**：部分街道应急队伍装备老化、人员流动性大。', { mark: '1. ' });
  d.li('**项目支出进度不均衡**：物资储备库二期工程集中在下半年结算。', { mark: '2. ' });
  d.h(2, '六、改进措施');
  d.li('将街道应急队伍装备更新纳入2025年预算，分批完成标准化建设。', { mark: '1. ' });
  d.li('细化项目支出计划，按季度跟踪执行进度。', { mark: '2. ' });
  return { doc: d, bad: { key: 'x2_sh', to: '26.23%', kind: 'share', place: '二、（二）项目支出明细表 安全生产监管执法 占比' } };
});

// ---- z08 栖川市体育局 全民健身场地设施补助项目（txt，项目）—— 占比 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z08-qichuan-tiyu-quanmin-jianshen.txt', fmt: 'txt', title: '栖川市体育局2024年度全民健身场地设施补助项目绩效自评报告', unit: '栖川市体育局', kind: '项目', sep: false, txtIndent: false, txtBlank: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const zy = ['480.00', '480.00'], sj = ['480.00', '466.83'];
  const y1 = q(zy[0]).add(sj[0]); const sp = q(zy[1]).add(sj[1]); const rate = r2(sp, y1);
  const items = [['多功能运动场', 'm_dgn', '412.56'], ['社区健身点（健身路径）', 'm_sq', '216.45'], ['健身步道', 'm_bd', '251.82'], ['笼式足球场', 'm_lq', '66.00']];
  if (!sum(items.map((x) => q(x[2]))).eq(sp)) throw new Error('z08 items');
  const bdLen = '18.6'; const bdCost = q(items[2][2]).div(bdLen).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '新建多功能运动场', pre: '≥', t: '12', post: '个', a: '12', w: 10, type: 'pos', key: 'n_dgn' },
    { l1: '产出指标', l2: '数量指标', l3: '新建社区健身点', pre: '≥', t: '45', post: '个', a: '48', w: 10, type: 'pos', key: 'n_sq' },
    { l1: '产出指标', l2: '数量指标', l3: '新建健身步道', pre: '≥', t: '20', post: '公里', a: bdLen, w: 10, type: 'pos', key: 'bd', tkey: 'bd_t', reason: '杳溪镇段步道因用地调整缓建1.4公里，已纳入2025年计划' },
    { l1: '产出指标', l2: '质量指标', l3: '场地设施验收合格率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '成本指标', l3: '健身步道每公里造价', pre: '≤', t: '15', post: '万元', a: bdCost.fmt(2), w: 10, type: 'neg', key: 'bd_cost' },
    { l1: '效益指标', l2: '社会效益指标', l3: '城乡居民“15分钟健身圈”覆盖率', pre: '≥', t: '85', post: '%', a: '87.3', w: 15, type: 'pos' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '场地设施管护责任落实率', pre: '', t: '100', post: '%', a: '100', w: 15, type: 'pos' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '健身群众满意度', pre: '≥', t: '90', post: '%', a: '95.1', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.p('一、项目概况', { noindent: true });
  d.p('为完善城乡全民健身公共服务体系，2024年市体育局统筹中央补助资金和市级财政资金，在全市实施全民健身场地设施补助项目，重点建设多功能运动场、社区健身点、健身步道和笼式足球场。');
  d.p(`项目全年预算${d.wy('tot_y1', y1)}，其中中央补助资金${d.wy('zy_y1', zy[0])}、市级财政资金${d.wy('sj_y1', sj[0])}，中央与市级资金各占一半。`);
  d.p('二、资金使用情况', { noindent: true });
  d.p(`截至2024年12月31日，项目支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}。按建设内容分：`);
  d.li(`- 多功能运动场${d.wy('m_dgn', items[0][2])}，占项目支出的${d.pc('dgn_sh', r2(items[0][2], sp).fmt(2))}；`);
  d.li(`- 社区健身点（健身路径）${d.wy('m_sq', items[1][2])}；`);
  d.li(`- 健身步道${d.wy('m_bd', items[2][2])}，占${d.pc('bd_sh', r2(items[2][2], sp).fmt(2))}；`);
  d.li(`- 笼式足球场${d.wy('m_lq', items[3][2])}。`);
  d.sumRel('项目支出＝四类建设内容之和', 'tot_sp', items.map((x) => x[1]));
  d.shareRel('多功能运动场支出占比', 'dgn_sh', 'm_dgn', 'tot_sp');
  d.shareRel('健身步道支出占比', 'bd_sh', 'm_bd', 'tot_sp');
  d.p('中央补助资金已全部支出；市级资金尚有少量质保金未支付，将在质保期满后支付。');
  d.p('三、项目绩效情况', { noindent: true });
  d.p(`（一）产出。全年新建多功能运动场${d.n('n_dgn', '12')}个、社区健身点${d.n('n_sq', '48')}个、健身步道${d.n('bd', bdLen)}公里、笼式足球场3个，全部通过竣工验收。健身步道每公里造价${d.n('bd_cost', bdCost.fmt(2))}万元，控制在15万元以内。健身步道完成${d.n('bd', bdLen)}公里，较目标（${d.n('bd_t', '20')}公里）少${d.n('bd_gap', q(20).sub(bdLen).fmt(1))}公里。`);
  d.per('健身步道每公里造价＝步道支出/步道长度', 'bd_cost', 'm_bd', 'bd', 10000);
  d.diffRel('步道较目标差额＝目标－实际', 'bd_gap', 'bd_t', 'bd', 'part-sum');
  d.p('（二）效益。全市城乡居民“15分钟健身圈”覆盖率87.3%，较上年提高4.1个百分点；新建场地均明确了乡镇（街道）或村（社区）管护责任主体。');
  d.p(`（三）满意度。对场地周边居民开展抽样调查，健身群众满意度${d.pc('myd', '95.1')}。`);
  d.p('四、绩效自评结果', { noindent: true });
  fundTable(d, { txt: 'tab', rows: [
    { label: '年度资金总额', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '中央补助资金', k: 'zy', y0: zy[0], y1: zy[0], sp: zy[1] },
    { label: '市级财政资金', k: 'sj', y0: sj[0], y1: sj[0], sp: sj[1] },
  ] });
  scoreTable(d, { txt: 'tab', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds });
  d.p(`项目自评得分${d.n('total', total.fmt(2))}分，自评等级为${d.g('grade', grade)}。`);
  gradeRel(d);
  d.p('五、存在问题和改进措施', { noindent: true });
  d.p('部分场地选址前期论证不充分，个别步道因用地调整缓建。下一步将在项目申报阶段加强与自然资源部门的对接，提前锁定建设用地，确保项目按期完工。');
  return { doc: d, bad: { key: 'dgn_sh', to: '45.37%', kind: 'share', place: '二、资金使用情况 多功能运动场占比' } };
});

// ---- z09 栖川市科学技术协会 部门整体（docx）—— 同比变动率 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z09-qichuan-kexie-bumen.docx', fmt: 'docx', title: '栖川市科学技术协会2024年度部门整体支出绩效自评报告', unit: '栖川市科学技术协会', kind: '部门整体', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 24, zz = 22; const ctl = r2(zz, bz);
  const y0 = '1150.00', add = '136.45'; const y1 = q(y0).add(add);
  const ry = '402.56', gy = '65.74'; const jb = q(ry).add(gy);
  const xms = [['科普活动经费', 'x1', '312.40'], ['学会能力提升经费', 'x2', '126.50'], ['科技工作者服务经费', 'x3', '98.36'], ['科普馆运行经费', 'x4', '248.62']];
  const xm = sum(xms.map((x) => q(x[2]))); const sp = jb.add(xm);
  const rate = r2(sp, y1); const jy = y1.sub(sp); const jyl = r2(jy, y1);
  const prevSp = '1173.62'; const spYoy = r2(sp.sub(prevSp), prevSp);
  const sg = { prev: '6.06', bud: '6.50', cur: '5.98' }; const sgCtl = r2(sg.cur, sg.bud);
  const inds = [
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: sgCtl.fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '管理效率', l2: '预算管理', l3: '结转结余率', pre: '≤', t: '5', post: '%', a: jyl.fmt(2), w: 5, type: 'neg', key: 'jyl' },
    { l1: '管理效率', l2: '采购管理', l3: '政府采购执行率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '履职效能', l2: '科学普及', l3: '举办科普活动', pre: '≥', t: '300', post: '场次', a: '326', w: 10, type: 'pos', key: 'hd' },
    { l1: '履职效能', l2: '科学普及', l3: '科普活动受众', pre: '≥', t: '50', post: '万人次', a: '56.3', w: 10, type: 'pos', key: 'sz' },
    { l1: '履职效能', l2: '学会建设', l3: '学会承接政府转移职能项目', pre: '≥', t: '15', post: '项', a: '12', w: 10, type: 'pos', key: 'xh', reason: '部分职能转移事项因主管部门调整暂缓委托，3项顺延至2025年' },
    { l1: '履职效能', l2: '科学素质', l3: '公民具备科学素质比例', pre: '≥', t: '14', post: '%', a: '14.62', w: 10, type: 'pos', key: 'sz_bl' },
    { l1: '社会效应', l2: '社会影响', l3: '科普馆年接待观众', pre: '≥', t: '18', post: '万人次', a: '21.4', w: 10, type: 'pos', key: 'kpg' },
    { l1: '可持续发展', l2: '队伍建设', l3: '注册科普志愿者', pre: '≥', t: '3000', post: '人', a: '3286', ashow: '3,286', w: 10, type: 'pos', key: 'zyz' },
    { l1: '服务对象满意度', l2: '满意度', l3: '科技工作者和公众满意度', pre: '≥', t: '90', post: '%', a: '93.8', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.h(2, '一、部门基本情况');
  d.p(`栖川市科学技术协会是党领导下的科技工作者群团组织，主要承担科学普及、学会服务、科技工作者服务和决策咨询等职责。机关内设办公室、科普部、学会部3个部门，下属市科技馆（科普馆）1个事业单位。核定编制${d.n('bz', String(bz))}名，年末在职${d.n('zz', String(zz))}人，在职人员控制率${d.pc('ctl', ctl.fmt(2))}；退休人员14人。`);
  d.rateRel('在职人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门预算及执行情况');
  d.h(3, '（一）预算执行总体情况');
  d.p(`2024年年初预算${d.wy('y0', y0)}，年中追加${d.wy('add', add)}（主要用于全国科普日主场活动和科普馆展项更新），全年预算${d.wy('y1', y1)}。全年支出${d.wy('sp', sp)}，预算执行率${d.pc('rate', rate.fmt(2))}，结转结余${d.wy('jy', jy)}，结转结余率${d.pc('jyl', jyl.fmt(2))}。`);
  d.sumRel('全年预算＝年初＋追加', 'y1', ['y0', 'add']);
  d.rateRel('预算执行率＝支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－支出', 'jy', 'y1', 'sp');
  d.rateRel('结转结余率＝结转结余/全年预算', 'jyl', 'jy', 'y1', 'rate');
  d.p(`全年支出较上年（${d.wy('prev_sp', prevSp)}）增长${d.pc('sp_yoy', spYoy.fmt(2))}，主要是科普馆展项更新和全国科普日主场活动支出增加。`);
  d.yoyRel('全年支出较上年增长率', 'sp_yoy', 'sp', 'prev_sp');
  d.h(3, '（二）支出结构');
  d.p(`**基本支出**${d.wy('jb', jb)}，其中人员经费${d.wy('ry', ry)}，公用经费${d.wy('gy', gy)}。`);
  d.p(`**项目支出**${d.wy('xm', xm)}，其中科普活动经费${d.wy('x1', xms[0][2])}、学会能力提升经费${d.wy('x2', xms[1][2])}、科技工作者服务经费${d.wy('x3', xms[2][2])}、科普馆运行经费${d.wy('x4', xms[3][2])}。`);
  d.sumRel('支出＝基本＋项目', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.sumRel('项目支出＝四个项目之和', 'xm', xms.map((x) => x[1]));
  d.h(3, '（三）“三公”经费支出情况');
  d.p('2024年“三公”经费支出总体下降，其中公务接待费下降明显；公务用车运行维护费有所增加，主要是2辆公务用车使用年限较长、维修费用增加。具体见下表。');
  sanGongTable(d, { title: '“三公”经费支出情况表（单位：万元）', items: [
    { label: '合计', k: 'sg', ...sg },
    { label: '因公出国（境）费', k: 'sg_cg', prev: '0.00', bud: '0.00', cur: '0.00' },
    { label: '公务接待费', k: 'sg_jd', prev: '1.86', bud: '2.00', cur: '1.52' },
    { label: '公务用车运行维护费', k: 'sg_yc', prev: '4.20', bud: '4.50', cur: '4.46' },
  ], sums: [['sg', ['sg_cg', 'sg_jd', 'sg_yc']]] });
  d.p(`“三公”经费控制率${d.pc('sg_ctl', sgCtl.fmt(2))}。`);
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.h(2, '三、部门整体支出绩效情况');
  d.p(`**（一）科学普及。**全年举办各类科普活动${d.n('hd', '326')}场次，受众${d.n('sz', '56.3')}万人次；市科技馆接待观众${d.n('kpg', '21.4')}万人次，较上年增长超过一成。全市公民具备科学素质比例达到${d.pc('sz_bl', '14.62')}。`);
  d.p(`**（二）学会服务。**指导所属学会承接政府转移职能项目${d.n('xh', '12')}项，未完成年度目标，主要是部分委托事项因主管部门职能调整暂缓。`);
  d.p(`**（三）队伍建设。**全市注册科普志愿者${d.n('zyz', '3,286')}人，组建“科普大篷车”乡村服务队八支。`);
  d.p(`**（四）满意度。**问卷调查显示，科技工作者和公众满意度${d.pc('myd', '93.8')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { title: '部门整体支出绩效自评表', l1merge: true, inds, gradeRow: true });
  d.p(`自评得分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题和改进措施');
  d.p('一是学会承接政府转移职能的渠道仍不稳定，下一步主动对接市级部门，建立转移职能事项清单。二是科普资源城乡分布不均衡，下一步加大“科普大篷车”进乡村力度。三是部分项目绩效目标设置偏保守，下一步结合历史数据科学设定目标值。');
  return { doc: d, bad: { key: 'sg_yc_yoy', to: '6.91%', kind: 'yoy', place: '“三公”经费表 公务用车运行维护费 增减率' } };
});

// ---- z10 蓼汀区档案馆 档案数字化项目（md，项目）—— 同比变动率 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z10-liaoting-dangan-shuzihua.md', fmt: 'md', title: '蓼汀区档案馆2024年度馆藏档案数字化项目绩效自评报告', unit: '蓼汀区档案馆', kind: '项目', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const y0 = '260.00', add = '26.00'; const y1 = q(y0).add(add);
  const parts = [['数字化扫描外包服务', 'p_sm', '198.36'], ['数据存储设备购置', 'p_cc', '52.80'], ['破损档案修裱', 'p_xb', '18.65'], ['数据安全检测', 'p_aq', '11.66']];
  const sp = sum(parts.map((p) => q(p[2]))); const rate = r2(sp, y1); const bal = y1.sub(sp);
  const hf = '148.6', hf0 = '124.9', zl = '41.5', zl0 = '36.2', cd = 9127, cd0 = 8436, xs = '55.3', xs0 = '42.6';
  const unit = q(parts[0][2]).div(hf).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '档案数字化扫描', pre: '≥', t: '140', post: '万画幅', a: hf, w: 10, type: 'pos', key: 'hf' },
    { l1: '产出指标', l2: '数量指标', l3: '档案目录著录', pre: '≥', t: '40', post: '万条', a: zl, w: 10, type: 'pos', key: 'zl' },
    { l1: '产出指标', l2: '质量指标', l3: '数字化成果质检合格率', pre: '≥', t: '99', post: '%', a: '99.6', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '年度任务完成时间', ttext: '2024年12月20日前', atext: '2024年12月16日', w: 5, type: 'qual' },
    { l1: '产出指标', l2: '成本指标', l3: '单幅扫描成本', pre: '≤', t: '1.5', post: '元/画幅', a: unit.fmt(2), w: 15, type: 'neg', key: 'unit' },
    { l1: '效益指标', l2: '社会效益指标', l3: '年度查档利用', pre: '≥', t: '9000', post: '人次', a: String(cd), ashow: '9,127', w: 10, type: 'pos', key: 'cd' },
    { l1: '效益指标', l2: '社会效益指标', l3: '线上查档占比', pre: '≥', t: '50', post: '%', a: xs, w: 10, type: 'pos', key: 'xs' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '档案实体安全', ttext: '零损毁', atext: '零损毁', w: 10, type: 'qual' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '查档群众满意度', pre: '≥', t: '90', post: '%', a: '96.2', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、项目概况');
  d.p('为加快推进档案信息化建设、提升档案利用服务水平，蓼汀区档案馆2024年继续实施馆藏档案数字化项目，重点对婚姻登记、土地房产、知青等民生档案进行数字化加工，同步建设数字档案室存储备份系统。');
  d.p(`**资金安排**：年初预算${d.wy('tot_y0', y0)}，追加${d.wy('add', add)}，全年预算${d.wy('tot_y1', y1)}，全部为区级财政拨款。`);
  d.rel('part-sum', '全年预算＝年初＋追加', `{tot_y1} = {tot_y0} + {add}`);
  d.h(2, '二、资金使用情况');
  d.p(`全年支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}。支出构成如下：`);
  d.diffRel('结余＝全年预算－全年支出', 'bal', 'tot_y1', 'tot_sp');
  parts.forEach(([lab, k, v], i) => d.li(`${lab}：${d.wy(k, v)}`, { mark: `${i + 1}. ` }));
  d.sumRel('全年支出＝各支出内容之和', 'tot_sp', parts.map((p) => p[1]));
  d.h(2, '三、绩效目标完成情况');
  d.h(3, '（一）主要指标与上年对比');
  d.table([
    ['指标', '2023年', '2024年', '同比'],
    ['数字化扫描（万画幅）', d.n('hf0', hf0), d.n('hf', hf), d.pc('hf_yoy', r2(q(hf).sub(hf0), hf0).fmt(2, { plus: true }))],
    ['档案目录著录（万条）', d.n('zl0', zl0), d.n('zl', zl), d.pc('zl_yoy', r2(q(zl).sub(zl0), zl0).fmt(2, { plus: true }))],
    ['查档利用（人次）', d.n('cd0', '8,436'), d.n('cd', '9,127'), d.pc('cd_yoy', r2(cd - cd0, cd0).fmt(2, { plus: true }))],
    ['线上查档占比', d.pc('xs0', xs0), d.pc('xs', xs), d.m('xs_pp', q(xs).sub(xs0).fmt(1, { plus: true })) + '个百分点'],
  ]);
  d.yoyRel('扫描画幅同比', 'hf_yoy', 'hf', 'hf0');
  d.yoyRel('著录条目同比', 'zl_yoy', 'zl', 'zl0');
  d.yoyRel('查档利用同比', 'cd_yoy', 'cd', 'cd0');
  d.rel('yoy', '线上查档占比变动（百分点）＝本年－上年', `{xs_pp} = {xs} - {xs0}`);
  d.h(3, '（二）产出情况');
  d.p(`全年完成档案数字化扫描${d.n('hf', hf)}万画幅、目录著录${d.n('zl', zl)}万条，数字化成果经第三方质检合格率99.6%。按扫描外包服务支出测算，单幅扫描成本约${d.n('unit', unit.fmt(2))}元，低于1.5元/画幅的成本控制目标。`);
  d.per('单幅扫描成本＝扫描外包支出/扫描画幅', 'unit', 'p_sm', 'hf', 10000);
  d.h(3, '（三）效益情况');
  d.p(`全年接待查档利用${d.n('cd', '9,127')}人次，其中线上查档占比${d.pc('xs', xs)}，群众“少跑腿”效果明显；全年馆藏档案零损毁。查档群众满意度${d.pc('myd', '96.2')}。`);
  d.h(2, '四、自评结论');
  fundTable(d, { rows: [
    { label: '年度资金总额', k: 'tot', y0, y1: y1.fx(2), sp: sp.fx(2) },
    { label: '当年财政拨款', k: 'cz', y0, y1: y1.fx(2), sp: sp.fx(2) },
  ] });
  scoreTable(d, { preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds, intWhole: true, gradeInTotalRow: true });
  gradeRel(d);
  d.p(`本项目预算执行率超过${d.pc('tot_r', '98', { approx: 'lt' })}，自评得分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade)}”。`);
  d.h(2, '五、问题与改进');
  d.li('**问题**：数字化成果与业务系统衔接不够，部分数字化档案尚未挂接原文，影响线上利用。');
  d.li('**改进**：2025年完成数字档案管理系统升级，实现目录与原文全面挂接，并将自评结果作为下年度预算安排的参考。');
  return { doc: d, bad: { key: 'cd_yoy', to: '+9.18%', kind: 'yoy', place: '三、（一）对比表 查档利用 同比' } };
});

// ---- z11 澄岚县水利局 农村供水保障项目（txt，项目）—— 结余 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z11-chenglan-shuili-nongcun-gongshui.txt', fmt: 'txt', title: '澄岚县水利局2024年度农村供水保障工程项目支出绩效自评报告', unit: '澄岚县水利局', kind: '项目', sep: true, txtIndent: true, txtBlank: false });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const src = { zy: ['860.00', '860.00'], sj: ['420.00', '420.00'], xj: ['280.00', '217.62'] };
  const y1 = sum(Object.values(src).map((x) => q(x[0]))); const sp = sum(Object.values(src).map((x) => q(x[1])));
  const rate = r2(sp, y1); const bal = y1.sub(sp);
  const rk = '3.86'; const pc = sp.mul(10000).div(q(rk).mul(10000)).round(2);
  const pj1 = '92.5', pj0 = '89.8';
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '改造供水管网', pre: '≥', t: '120', post: '公里', a: '126.5', w: 10, type: 'pos', key: 'gw' },
    { l1: '产出指标', l2: '数量指标', l3: '新建（改造）集中供水工程', pre: '', t: '4', post: '座', a: '4', w: 10, type: 'pos', key: 'sc' },
    { l1: '产出指标', l2: '质量指标', l3: '工程竣工验收合格率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '质量指标', l3: '农村供水水质达标率', pre: '≥', t: '90', post: '%', a: '91.6', w: 10, type: 'pos', key: 'sz' },
    { l1: '产出指标', l2: '时效指标', l3: '工程完工时间', ttext: '2024年10月底前', atext: '2024年10月22日', w: 5, type: 'qual' },
    { l1: '产出指标', l2: '成本指标', l3: '受益人口人均投资', pre: '≤', t: '420', post: '元', a: pc.fmt(2), w: 5, type: 'neg', key: 'pc' },
    { l1: '效益指标', l2: '社会效益指标', l3: '受益人口', pre: '≥', t: '3.5', post: '万人', a: rk, w: 10, type: 'pos', key: 'rk' },
    { l1: '效益指标', l2: '社会效益指标', l3: '农村自来水普及率', pre: '≥', t: '92', post: '%', a: pj1, w: 10, type: 'pos', key: 'pj' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '工程管护责任落实率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受益群众满意度', pre: '≥', t: '90', post: '%', a: '93.4', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、项目基本情况');
  d.p('农村供水保障工程是县委、县政府确定的年度民生实事项目。2024年项目覆盖石栎镇、青篁乡等6个乡镇，主要建设内容为改造老旧供水管网、新建和改造集中供水工程、完善水质净化消毒设施。');
  d.p(`项目绩效目标：改造供水管网不少于${d.n('gw_t', '120')}公里，新建（改造）集中供水工程4座，受益人口3.5万人以上，农村自来水普及率达到92%以上。`);
  d.h(2, '二、项目资金投入和使用情况');
  d.h(3, '（一）资金投入');
  d.p(`项目全年预算${d.wy('tot_y1', y1)}，其中：中央水利发展资金${d.wy('zy_y1', src.zy[0])}，省级补助资金${d.wy('sj_y1', src.sj[0])}，县级配套资金${d.wy('xj_y1', src.xj[0])}。`);
  d.h(3, '（二）资金使用');
  d.p(`截至2024年12月31日，项目实际支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}。其中中央和省级资金已全部支出，县级配套资金支出${d.wy('xj_sp', src.xj[1])}。`);
  d.p(`项目结余资金${d.wy('bal', bal)}，主要是管网工程招标价低于概算形成的节余，已按规定报县财政局收回统筹。`);
  d.diffRel('结余＝全年预算－实际支出', 'bal', 'tot_y1', 'tot_sp');
  d.p('项目资金执行情况（单位：万元）', { noindent: true });
  fundTable(d, { txt: 'tab', head: ['资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], rows: [
    { label: '合计', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '中央水利发展资金', k: 'zy', y0: src.zy[0], y1: src.zy[0], sp: src.zy[1] },
    { label: '省级补助资金', k: 'sj', y0: src.sj[0], y1: src.sj[0], sp: src.sj[1] },
    { label: '县级配套资金', k: 'xj', y0: src.xj[0], y1: src.xj[0], sp: src.xj[1] },
  ] });
  d.h(3, '（三）资金管理');
  d.p('项目资金实行国库集中支付，严格按合同约定和工程进度拨付，工程款支付均附监理签证和审计意见。');
  d.h(2, '三、项目绩效情况');
  d.p(`（一）产出。全年改造供水管网${d.n('gw', '126.5')}公里，新建（改造）集中供水工程${d.n('sc', '4')}座，全部通过竣工验收；工程于2024年10月22日全部完工。抽检农村供水水质达标率${d.pc('sz', '91.6')}。`);
  d.p(`（二）效益。项目受益人口${d.n('rk', rk)}万人，按实际支出测算人均投资${d.yy('pc', pc, 2)}；全县农村自来水普及率由上年的${d.pc('pj0', pj0)}提高到${d.pc('pj', pj1)}，提高${d.n('pj_pp', q(pj1).sub(pj0).fmt(1))}个百分点。`);
  d.per('人均投资＝实际支出/受益人口', 'pc', 'tot_sp', 'rk', 10000);
  d.rel('yoy', '普及率提高百分点＝本年－上年', `{pj_pp} = {pj} - {pj0}`);
  d.p(`（三）满意度。随机走访受益农户400户，受益群众满意度${d.pc('myd', '93.4')}。`);
  d.p(`总体来看，项目全年投入资金近${d.m('tot_sp', '1,500万元', { y: true, approx: 'gt' })}，改造供水管网超过${d.n('gw', '120', { approx: 'lt' })}公里，受益人口${d.n('rk', rk)}万人，主要绩效目标全部实现。`);
  d.h(2, '四、自评得分');
  scoreTable(d, { txt: 'space', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds, okText: '', gradeRow: true, gradeRowLabel: '评价等级' });
  gradeRel(d);
  d.h(2, '五、存在的问题及原因分析');
  d.p('一是部分偏远村组管网末梢水压不足，主要是地形高差大、加压设施配置不足。二是县级配套资金到位较晚，影响了部分工程结算进度。三是工程建后管护经费保障机制尚不健全。');
  d.h(2, '六、下一步改进措施');
  d.p('一是对末梢水压不足的村组增设加压泵站。二是提前谋划县级配套资金来源，确保与上级资金同步到位。三是推动建立“县级统管、乡镇监管、村级协管”的管护机制，落实管护经费。');
  return { doc: d, bad: { key: 'bal', to: '63.28万元', kind: 'balance', place: '二、（二）资金使用 结余资金' } };
});

// ---- z12 霁原县医疗保障局 城乡居民医保参保财政补助政策（docx，政策）—— 结余 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z12-jiyuan-yibao-canbao-buzhu.docx', fmt: 'docx', title: '霁原县2024年度城乡居民基本医疗保险参保财政补助政策绩效自评报告', unit: '霁原县医疗保障局', kind: '政策', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const lv = [['中央财政', 'zy', '12800.00', '12800.00'], ['省级财政', 'sj', '3900.00', '3900.00'], ['市级财政', 'shi', '1400.00', '1220.00'], ['县级财政', 'xj', '1400.00', '1148.20']];
  const y1 = sum(lv.map((x) => q(x[2]))); const sp = sum(lv.map((x) => q(x[3])));
  const rate = r2(sp, y1); const bal = y1.sub(sp);
  const cb = '28.46', ycb = '29.31'; const cbl = r2(cb, ycb);
  const bz = q(sp).mul(10000).div(q(cb).mul(10000)).round(2); // 670.00
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '城乡居民参保人数', pre: '≥', t: '28', post: '万人', a: cb, w: 15, type: 'pos', key: 'cb' },
    { l1: '产出指标', l2: '质量指标', l3: '城乡居民参保率', pre: '≥', t: '97', post: '%', a: cbl.fmt(2), w: 10, type: 'pos', key: 'cbl' },
    { l1: '产出指标', l2: '质量指标', l3: '财政补助标准', pre: '', t: '670', post: '元/人', a: bz.fmt(0), w: 10, type: 'pos', key: 'bz' },
    { l1: '产出指标', l2: '时效指标', l3: '补助资金按时拨付率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '效益指标', l2: '社会效益指标', l3: '政策范围内住院费用基金支付比例', pre: '≥', t: '70', post: '%', a: '70.8', w: 15, type: 'pos', key: 'zf' },
    { l1: '效益指标', l2: '社会效益指标', l3: '困难群众参保资助覆盖率', pre: '', t: '100', post: '%', a: '100', w: 15, type: 'pos' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '居民医保基金累计结存可支付月数', pre: '≥', t: '6', post: '个月', a: '7.4', w: 10, type: 'pos', key: 'js' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '参保群众满意度', pre: '≥', t: '90', post: '%', a: '92.5', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、政策概况');
  d.p('城乡居民基本医疗保险参保财政补助政策是各级财政按人头对参保居民给予定额补助、减轻居民缴费负担的一项普惠性政策。2024年，城乡居民医保人均财政补助标准为每人每年670元，由中央、省、市、县四级财政按规定比例分担。');
  d.h(2, '二、政策资金安排与使用');
  d.p(`2024年各级财政共安排我县城乡居民医保参保补助资金${d.wy('tot_y1', y1)}。全年按实际参保人数拨付补助资金${d.wy('tot_sp', sp)}（约${d.yiy('tot_sp', sp.div(10000).round(2), 2, { approx: 'round' })}），执行率${d.pc('tot_r', rate.fmt(2))}。`);
  d.p(`年末结余${d.wy('bal', bal)}，系年初按预计参保人数安排预算、实际参保人数少于预计所致，结余资金已按规定退回上级财政和县财政。`);
  d.diffRel('年末结余＝安排资金－拨付资金', 'bal', 'tot_y1', 'tot_sp');
  d.p('分级次资金安排及执行情况见下表。', { noindent: false });
  d.table([['财政级次', '安排资金（万元）', '实际拨付（万元）', '执行率'],
    ...lv.map(([lab, k, a, b]) => [lab, d.wc(`${k}_y1`, a), d.wc(`${k}_sp`, b), d.pc(`${k}_r`, r2(b, a).fmt(2))]),
    ['合计', d.wc('tot_y1', y1, { canon: true }), d.wc('tot_sp', sp, { canon: true }), d.pc('tot_r', rate.fmt(2), { canon: true })]], { title: '表1 参保补助资金分级次执行情况' });
  lv.forEach(([lab, k]) => d.rateRel(`${lab}执行率`, `${k}_r`, `${k}_sp`, `${k}_y1`));
  d.rateRel('合计执行率', 'tot_r', 'tot_sp', 'tot_y1');
  d.sumRel('安排资金合计＝各级次之和', 'tot_y1', lv.map((x) => `${x[1]}_y1`));
  d.sumRel('实际拨付合计＝各级次之和', 'tot_sp', lv.map((x) => `${x[1]}_sp`));
  d.h(2, '三、政策实施效果');
  d.p(`（一）参保覆盖。2024年全县城乡居民参保${d.n('cb', cb)}万人，应参保人数${d.n('ycb', ycb)}万人，参保率${d.pc('cbl', cbl.fmt(2))}，已连续三年保持在97%以上。`);
  d.rateRel('参保率＝参保人数/应参保人数', 'cbl', 'cb', 'ycb', 'rate');
  d.p(`（二）补助标准落实。按实际参保人数测算，人均财政补助${d.yy('bz', bz, 2)}，与国家规定标准一致。`);
  d.per('人均财政补助＝拨付资金/参保人数', 'bz', 'tot_sp', 'cb', 10000);
  d.p(`（三）待遇保障。政策范围内住院费用基金支付比例${d.pc('zf', '70.8')}；特困人员、低保对象等困难群众参保资助实现全覆盖；居民医保基金累计结存可支付${d.n('js', '7.4')}个月，运行总体平稳。`);
  d.p(`（四）群众满意度。参保群众满意度${d.pc('myd', '92.5')}。`);
  d.h(2, '四、绩效自评情况');
  scoreTable(d, { title: '表2 政策绩效自评表', l1merge: true, execRow: { rateKey: 'tot_r', rate, w: 10 }, inds, okText: '' });
  d.p(`注：预算执行率分值10分，得分${d.n('s_exec', sExec.fmt(2))}分，已计入总分。`);
  d.p(`自评总分${d.n('total', total.fmt(2))}分，等级：${d.g('grade', grade)}。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及建议');
  d.p('一是参保人数连续两年小幅下降，外出务工人员重复参保、断保现象并存。二是年初预算按预计参保人数编制，与实际参保人数存在差距，导致年末结余较大。建议：加强与人社、公安等部门数据比对，精准识别未参保人员；按上年实际参保人数和人口变动趋势测算预算，提高预算编制准确性。');
  return { doc: d, bad: { key: 'bal', to: '413.80万元', kind: 'balance', place: '二、政策资金安排与使用 年末结余' } };
});

// ---- z13 栖川市退役军人事务局 部门整体（md）—— 总分≠各项得分之和 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z13-qichuan-tuiyijunren-bumen.md', fmt: 'md', title: '栖川市退役军人事务局2024年度部门整体支出绩效自评报告', unit: '栖川市退役军人事务局', kind: '部门整体', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 46, bzXz = 30, bzSy = 16, zz = 44; const ctl = r2(zz, bz);
  const y0 = '5120.00', add = '742.30'; const y1 = q(y0).add(add);
  const ry = '1158.20', gy = '168.28'; const jb = q(ry).add(gy);
  const xms = [['退役士兵安置', 'x1', '2186.40'], ['军休干部服务管理', 'x2', '864.52'], ['优抚对象医疗保障', 'x3', '598.36'], ['退役军人就业创业培训', 'x4', '412.90'], ['烈士纪念设施维护', 'x5', '326.00']];
  const xm = sum(xms.map((x) => q(x[2]))); const sp = jb.add(xm); const rate = r2(sp, y1); const jy = y1.sub(sp);
  const zzN = 486; const pcZz = q(xms[0][2]).div(zzN).round(2);
  const sg = { prev: '24.38', bud: '25.00', cur: '21.96' };
  const inds = [
    { l1: '投入', l2: '预算编制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '投入', l2: '预算编制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: r2(sg.cur, sg.bud).fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '过程', l2: '预算执行', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '过程', l2: '预算管理', l3: '资金使用合规性', ttext: '合规', atext: '合规', w: 5, type: 'qual' },
    { l1: '产出', l2: '数量指标', l3: '自主就业退役士兵一次性经济补助发放人数', pre: '≥', t: '480', post: '人', a: String(zzN), w: 10, type: 'pos', key: 'zz_n' },
    { l1: '产出', l2: '数量指标', l3: '退役军人适应性培训', pre: '≥', t: '1400', post: '人次', a: '1236', ashow: '1,236', w: 10, type: 'pos', key: 'px', reason: '部分退役军人已就业未参训，2025年推行“线上＋线下”培训' },
    { l1: '产出', l2: '质量指标', l3: '军休干部服务管理达标率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出', l2: '时效指标', l3: '一次性经济补助按时发放率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '效益', l2: '社会效益', l3: '参训退役军人就业率', pre: '≥', t: '90', post: '%', a: '87.6', w: 10, type: 'pos', key: 'jyl', reason: '受部分行业用工需求下降影响' },
    { l1: '效益', l2: '社会效益', l3: '烈士纪念设施完好率', pre: '≥', t: '95', post: '%', a: '97.2', w: 10, type: 'pos' },
    { l1: '效益', l2: '可持续影响', l3: '退役军人服务站规范化建设覆盖率', pre: '≥', t: '90', post: '%', a: '93.5', w: 10, type: 'pos' },
    { l1: '满意度', l2: '服务对象满意度', l3: '退役军人及其他优抚对象满意度', pre: '≥', t: '95', post: '%', a: '96.1', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.p('> 📌 **说明**：本报告由计划财务处牵头起草，各业务处室提供绩效数据，经局党组会审议通过。');
  d.h(2, '一、部门基本情况');
  d.h(3, '（一）主要职责');
  d.p('栖川市退役军人事务局负责全市退役军人思想政治、管理保障和安置工作，组织实施退役军人就业创业扶持、优抚褒扬、军休干部服务管理及烈士纪念设施保护管理等工作。');
  d.h(3, '（二）基础数据');
  d.table([
    ['项目', '数值', '备注'],
    ['编制数（名）', d.n('bz', String(bz)), `其中行政编制${d.n('bz_xz', String(bzXz))}名、事业编制${d.n('bz_sy', String(bzSy))}名`],
    ['年末在职人数（人）', d.n('zz', String(zz)), '不含编外聘用人员'],
    ['人员控制率', d.pc('ctl', ctl.fmt(2)), '在职人数/编制数'],
    ['退休人员（人）', '17', '—'],
    ['“三公”经费预算（万元）', d.wc('sg_bud', sg.bud, { canon: true }), '—'],
    ['“三公”经费决算（万元）', d.wc('sg_cur', sg.cur, { canon: true }), `上年决算${d.wy('sg_prev', sg.prev)}`],
  ]);
  d.sumRel('编制数＝行政＋事业', 'bz', ['bz_xz', 'bz_sy']);
  d.rateRel('人员控制率＝在职人数/编制数', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门整体支出情况');
  d.p(`2024年全年预算${d.wy('y1', y1)}，其中年初预算${d.wy('y0', y0)}、年中追加${d.wy('add', add)}。全年支出${d.wy('sp', sp)}，预算执行率${d.pc('rate', rate.fmt(2), { fw: true })}，结转结余${d.wy('jy', jy)}。`);
  d.sumRel('全年预算＝年初＋追加', 'y1', ['y0', 'add']);
  d.rateRel('预算执行率＝支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－支出', 'jy', 'y1', 'sp');
  d.li(`**基本支出**：${d.wy('jb', jb)}（人员经费${d.wy('ry', ry)}，公用经费${d.wy('gy', gy)}）`);
  d.li(`**项目支出**：${d.wy('xm', xm)}`);
  d.sumRel('支出＝基本＋项目', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.p('项目支出按用途划分如下：');
  d.table([['项目', '支出（万元）'], ...xms.map(([lab, k, v]) => [lab, d.wc(k, v)]), ['**合计**', d.wc('xm', xm, { canon: true })]]);
  d.sumRel('项目支出合计＝各项目之和', 'xm', xms.map((x) => x[1]));
  d.p(`其中，退役士兵安置资金主要用于向${d.n('zz_n', String(zzN))}名自主就业退役士兵发放一次性经济补助，人均约${d.m('pc_zz', pcZz.fmt(2) + '万元', { y: true })}。“三公”经费控制率${d.pc('sg_ctl', r2(sg.cur, sg.bud).fmt(2))}，较上年下降${d.pc('sg_dn', r2(q(sg.prev).sub(sg.cur), sg.prev).fmt(2))}。`);
  d.per('人均一次性经济补助＝退役士兵安置支出/人数', 'pc_zz', 'x1', 'zz_n');
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.yoyRel('“三公”经费较上年下降率', 'sg_dn', 'sg_cur', 'sg_prev', 'down');
  d.h(2, '三、绩效目标实现情况');
  d.li(`**就业创业**：全年开展退役军人适应性培训${d.n('px', '1,236')}人次，参训人员就业率${d.pc('jyl', '87.6')}，两项指标均未达到年度目标。`, { mark: '1. ' });
  d.li('**优抚褒扬**：完成烈士纪念设施日常维护和集中修缮，纪念设施完好率保持在95%以上。', { mark: '2. ' });
  d.li('**服务保障**：全市退役军人服务站规范化建设覆盖率超过九成，军休干部服务管理全部达标。', { mark: '3. ' });
  d.li(`**满意度**：退役军人及其他优抚对象满意度${d.pc('myd', '96.1')}。`, { mark: '4. ' });
  d.h(2, '四、自评结果');
  d.p('根据市财政局部门整体支出绩效自评指标体系，逐项打分如下：');
  scoreTable(d, { inds, l1blank: true, intWhole: true, okText: '—' });
  d.p(`经自评，本部门2024年度整体支出绩效等级为“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题');
  d.p('一是就业培训与市场需求衔接不够紧密，参训人员就业率未达目标；二是部分区县服务站工作人员流动频繁，服务能力不稳定。');
  d.h(2, '六、改进措施');
  d.p('一是联合人社部门开展“订单式”培训，提高培训就业转化率；二是加强服务站人员业务培训，建立相对稳定的专职队伍。');
  const tot = total; const badTot = tot.add(1).fmt(2);
  if (gradeOf(tot.add(1)) !== grade) throw new Error('z13 grade band');
  return { doc: d, bad: { key: 'total', to: badTot, kind: 'total-score', place: '四、自评表 总分' } };
});

// ---- z14 岫澜县文化和旅游局 乡镇综合文化站免费开放补助项目（txt，项目）—— 总分≠各项得分之和 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z14-xiulan-wenlv-wenhuazhan.txt', fmt: 'txt', title: '岫澜县文化和旅游局2024年度乡镇综合文化站免费开放补助项目绩效自评报告', unit: '岫澜县文化和旅游局', kind: '项目', sep: false, txtIndent: true, txtBlank: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const nz = 14, db = 12, js = 11;
  const zy = ['56.00', '49.10'], xj = ['14.00', '12.25'];
  const y1 = q(zy[0]).add(xj[0]); const sp = q(zy[1]).add(xj[1]); const rate = r2(sp, y1); const bal = y1.sub(sp);
  const per = y1.div(nz).round(2);
  const dbR = r2(db, nz), jsR = r2(js, nz);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '开展群众文化活动', pre: '≥', t: '280', post: '场次', a: '246', w: 15, type: 'pos', key: 'hd', reason: '3个文化站改建期间暂停活动' },
    { l1: '产出指标', l2: '数量指标', l3: '每周免费开放时间', pre: '≥', t: '42', post: '小时', a: '42', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '数量指标', l3: '培训基层文艺骨干', pre: '≥', t: '700', post: '人次', a: '612', w: 10, type: 'pos', key: 'px', reason: '师资不足，部分培训班合并举办' },
    { l1: '产出指标', l2: '时效指标', l3: '补助资金按时拨付率', pre: '', t: '100', post: '%', a: jsR.fmt(2), w: 10, type: 'pos', key: 'js_r', reason: '3个站点改建，补助资金暂缓拨付' },
    { l1: '效益指标', l2: '社会效益指标', l3: '群众参与文化活动', pre: '≥', t: '8', post: '万人次', a: '6.9', w: 15, type: 'pos', key: 'cy', reason: '活动场次减少导致参与人次下降' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '文化站阵地服务功能', ttext: '持续发挥', atext: '持续发挥', w: 10, type: 'qual' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '文化站免费开放达标率', pre: '', t: '100', post: '%', a: dbR.fmt(2), w: 10, type: 'pos', key: 'db_r', reason: '2个站点功能室不全，2025年完成提质改造' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '群众满意度', pre: '≥', t: '90', post: '%', a: '86.5', w: 10, type: 'pos', key: 'myd', reason: '部分群众反映活动内容单一' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);
  if (grade !== '良') throw new Error('z14 grade ' + total);

  d.h(1, d.meta.title);
  d.h(2, '一、项目概况');
  d.p(`根据中央补助地方公共文化服务体系建设资金管理有关规定，乡镇综合文化站免费开放按每站每年${d.m('per', per.fmt(2) + '万元', { y: true })}的标准给予补助，其中中央补助${d.pc('zy_sh', '80')}、县级配套${d.pc('xj_sh', '20')}。2024年我县${d.n('nz', String(nz))}个乡镇综合文化站全部纳入补助范围，补助资金共计${d.wy('tot_y1', y1)}。`);
  d.per('每站补助标准＝补助资金总额/文化站个数', 'per', 'tot_y1', 'nz');
  d.shareRel('中央补助占比', 'zy_sh', 'zy_y1', 'tot_y1');
  d.shareRel('县级配套占比', 'xj_sh', 'xj_y1', 'tot_y1');
  d.h(2, '二、项目资金使用情况');
  d.p(`全年拨付使用补助资金${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}。其中中央补助资金${d.wy('zy_y1', zy[0])}，使用${d.wy('zy_sp', zy[1])}；县级配套资金${d.wy('xj_y1', xj[0])}，使用${d.wy('xj_sp', xj[1])}。因青篁乡等3个文化站实施改扩建，部分补助资金暂缓拨付。`);
  d.diffRel('结余＝补助资金－拨付使用', 'bal', 'tot_y1', 'tot_sp');
  d.h(2, '三、项目绩效情况');
  d.p(`（一）产出。全县文化站全年开展群众文化活动${d.n('hd', '246')}场次，培训基层文艺骨干${d.n('px', '612')}人次，均未完成年度目标。${d.n('nz', String(nz))}个文化站中，按时拨付补助资金的${d.n('js', String(js))}个，拨付及时率${d.pc('js_r', jsR.fmt(2))}；达到免费开放标准的${d.n('db', String(db))}个，达标率${d.pc('db_r', dbR.fmt(2))}。`);
  d.rateRel('拨付及时率＝按时拨付站数/文化站数', 'js_r', 'js', 'nz', 'rate');
  d.rateRel('达标率＝达标站数/文化站数', 'db_r', 'db', 'nz', 'rate');
  d.p(`（二）效益。全年群众参与文化活动${d.n('cy', '6.9')}万人次，较上年略有下降；文化站作为基层公共文化阵地的作用持续发挥。`);
  d.p(`（三）满意度。群众满意度${d.pc('myd', '86.5')}，未达到90%的目标，群众反映的主要问题是活动内容单一、设施陈旧。`);
  d.h(2, '四、自评结果');
  fundTable(d, { txt: 'tab', rows: [
    { label: '年度资金总额', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '中央补助', k: 'zy', y0: zy[0], y1: zy[0], sp: zy[1] },
    { label: '县级配套', k: 'xj', y0: xj[0], y1: xj[0], sp: xj[1] },
  ] });
  scoreTable(d, { txt: 'tab', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds });
  d.p(`综合以上情况，本项目自评结果为“${d.g('grade', '良好')}”。`);
  gradeRel(d);
  d.h(2, '五、存在问题及改进措施');
  d.p('一是部分文化站改扩建进度滞后，影响了免费开放和资金拨付；二是文化活动供给与群众需求匹配度不高。下一步将督促改扩建项目加快完工，推行“群众点单、文化站派单”的服务模式，并将自评结果与下年度补助资金分配挂钩。');
  const badTot = total.sub(2).fmt(2);
  if (gradeOf(total.sub(2)) !== grade) throw new Error('z14 band');
  return { doc: d, bad: { key: 'total', to: badTot, kind: 'total-score', place: '四、自评表 总分' } };
});

// ---- z15 栖川市应急管理局 市级应急物资储备项目（docx，项目）—— 等级与总分不符 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z15-qichuan-yingji-wuzi-chubei.docx', fmt: 'docx', title: '栖川市应急管理局2024年度市级应急物资储备项目支出绩效自评报告', unit: '栖川市应急管理局', kind: '项目', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const y0 = '850.00', add = '300.00'; const y1 = q(y0).add(add);
  const items = [['救灾帐篷', 'w_zp', '312.00'], ['折叠床及被服', 'w_bf', '286.50'], ['防汛抢险物资', 'w_fx', '348.56'], ['应急发电及照明设备', 'w_fd', '182.00']];
  const sp = sum(items.map((x) => q(x[2]))); const rate = r2(sp, y1); const bal = y1.sub(sp);
  const zpN = 1200; const zpPrice = q(items[0][2]).mul(10000).div(zpN).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '新增救灾帐篷', pre: '≥', t: '1200', post: '顶', a: String(zpN), ashow: '1,200', w: 10, type: 'pos', key: 'zp_n' },
    { l1: '产出指标', l2: '数量指标', l3: '市级储备物资品种', pre: '≥', t: '50', post: '类', a: '52', w: 10, type: 'pos', key: 'pz' },
    { l1: '产出指标', l2: '质量指标', l3: '入库物资质量抽检合格率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '采购物资按期到货率', pre: '≥', t: '95', post: '%', a: '91.5', w: 10, type: 'pos', key: 'dh', reason: '2批次防汛物资因供应商产能不足延期到货，已按合同扣减货款' },
    { l1: '产出指标', l2: '成本指标', l3: '救灾帐篷采购单价', pre: '≤', t: '2800', post: '元/顶', a: zpPrice.fmt(2), w: 10, type: 'neg', key: 'zp_p' },
    { l1: '效益指标', l2: '社会效益指标', l3: '储备物资可保障受灾群众', pre: '≥', t: '3', post: '万人', a: '3.2', w: 15, type: 'pos', key: 'bz' },
    { l1: '效益指标', l2: '社会效益指标', l3: '灾后物资调拨到位时间', pre: '≤', t: '12', post: '小时', a: '8', w: 15, type: 'neg', key: 'db' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受灾群众及县区满意度', pre: '≥', t: '90', post: '%', a: '94', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);
  if (grade !== '优') throw new Error('z15');

  d.h(1, d.meta.title);
  d.h(2, '一、项目基本情况');
  d.p('为提升全市自然灾害应急保障能力，按照“分级负责、属地为主、统筹调剂”原则，市应急管理局会同市粮食和物资储备部门实施市级应急物资储备项目，重点补充救灾帐篷、折叠床、被服、防汛抢险物资和应急发电照明设备。');
  d.p(`项目绩效目标：年末市级储备物资品种不少于${d.n('pz_t', '50')}类，储备物资可保障${d.n('bz_t', '3')}万名受灾群众基本生活，灾后12小时内完成物资调拨。`);
  d.h(2, '二、项目资金使用情况');
  d.p(`年初预算${d.wy('tot_y0', y0)}，因汛前补充防汛物资追加${d.wy('add', add)}，全年预算${d.wy('tot_y1', y1)}。全年支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}。`);
  d.rel('part-sum', '全年预算＝年初预算＋追加', `{tot_y1} = {tot_y0} + {add}`);
  d.diffRel('结余＝全年预算－全年支出', 'bal', 'tot_y1', 'tot_sp');
  d.table([['物资类别', '采购金额（万元）', '主要内容'],
    [items[0][0], d.wc('w_zp', items[0][2]), `12㎡单帐篷${d.n('zp_n', '1,200')}顶`],
    [items[1][0], d.wc('w_bf', items[1][2]), '折叠床3,000张，棉被、毛毯等6,000床（条）'],
    [items[2][0], d.wc('w_fx', items[2][2]), '编织袋、救生衣、抽水泵、橡皮艇等'],
    [items[3][0], d.wc('w_fd', items[3][2]), '发电机40台、移动照明灯塔12台'],
    ['合计', d.wc('tot_sp', sp), '—']], { title: '表1 物资采购明细' });
  d.sumRel('采购合计＝各类别之和', 'tot_sp@2', items.map((x) => x[1]));
  d.p(`其中，救灾帐篷平均采购单价${d.yy('zp_p', zpPrice, 2)}/顶，低于2,800元/顶的控制标准。`);
  d.per('帐篷单价＝帐篷采购金额/顶数', 'zp_p', 'w_zp', 'zp_n');
  fundTable(d, { title: '表2 项目资金执行情况（万元）', rows: [
    { label: '年度资金总额', k: 'tot', y0, y1: y1.fx(2), sp: sp.fx(2) },
    { label: '当年财政拨款', k: 'cz', y0, y1: y1.fx(2), sp: sp.fx(2) },
  ] });
  d.h(2, '三、项目绩效情况');
  d.p(`截至2024年底，市级储备物资品种达到${d.n('pz', '52')}类，按人均标准测算可保障${d.n('bz', '3.2')}万名受灾群众基本生活。入库物资全部经第三方检验机构抽检，合格率100%。全年因采购物资延期到货扣减合同款项，采购物资按期到货率${d.pc('dh', '91.5')}。`);
  d.p(`在“6·23”暴雨洪涝灾害应对中，市级物资在灾后${d.n('db', '8')}小时内调拨到位，受灾群众及县区满意度${d.pc('myd', '94')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { title: '表3 项目支出绩效自评表', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, l1merge: true, inds, gradeRow: true, gradeRowLabel: '自评等级' });
  gradeRel(d);
  d.p(`项目自评总分${d.n('total', total.fmt(2))}分（预算执行率得分${d.n('s_exec', sExec.fmt(2))}分，产出、效益和满意度指标合计得分${d.n('s_ind', total.sub(sExec).fmt(2))}分）。`);
  d.rel('total-score', '总分＝预算执行率得分＋指标得分合计', `{total@2} = {s_exec@2} + {s_ind}`);
  d.h(2, '五、存在的问题及改进措施');
  d.p('（一）存在的问题。一是个别供应商履约能力不足，部分物资未按期到货；二是储备库信息化管理水平不高，物资出入库仍以人工登记为主。');
  d.p('（二）改进措施。一是在采购文件中提高供货能力要求，建立供应商履约评价机制；二是推进储备库物资管理系统建设，实现物资实时动态管理。');
  return { doc: d, bad: { key: 'grade', to: '良', kind: 'grade', place: '表3 自评等级' } };
});

// ---- z16 霁原县文化体育和旅游局 公共体育场馆免费低收费开放补助政策（md，政策）—— 等级与总分不符 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z16-jiyuan-tiyu-changguan-kaifang.md', fmt: 'md', title: '霁原县2024年度公共体育场馆免费低收费开放补助政策绩效自评报告', unit: '霁原县文化体育和旅游局', kind: '政策', sep: false });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const zy = ['186.00', '180.20'], xj = ['60.00', '52.60'];
  const y1 = q(zy[0]).add(xj[0]); const sp = q(zy[1]).add(xj[1]); const rate = r2(sp, y1);
  const rc = '38.6', rc0 = '41.2'; const rcDn = r2(q(rc0).sub(rc), rc0);
  const per = sp.mul(10000).div(q(rc).mul(10000)).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '纳入补助的公共体育场馆', pre: '', t: '4', post: '个', a: '4', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '数量指标', l3: '场馆年接待健身群众', pre: '≥', t: '45', post: '万人次', a: rc, w: 20, type: 'pos', key: 'rc', reason: '游泳馆维修闭馆3个月，接待人次减少' },
    { l1: '产出指标', l2: '数量指标', l3: '举办公益性体育赛事活动', pre: '≥', t: '40', post: '场次', a: '30', w: 10, type: 'pos', key: 'ss', reason: '部分赛事因场地维修取消' },
    { l1: '产出指标', l2: '质量指标', l3: '场馆免费开放时间达标率', pre: '', t: '100', post: '%', a: '75', w: 15, type: 'pos', key: 'kf', reason: '游泳馆闭馆期间未达到开放时间要求' },
    { l1: '产出指标', l2: '成本指标', l3: '每接待人次补助成本', pre: '≤', t: '6.5', post: '元', a: per.fmt(2), w: 5, type: 'neg', key: 'per' },
    { l1: '效益指标', l2: '社会效益指标', l3: '经常参加体育锻炼人数比例', pre: '≥', t: '38', post: '%', a: '38.6', w: 10, type: 'pos', key: 'dl' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '场馆安全运行', ttext: '无安全责任事故', atext: '无安全责任事故', w: 10, type: 'qual' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '健身群众满意度', pre: '≥', t: '90', post: '%', a: '78.6', w: 10, type: 'pos', key: 'myd', reason: '群众对闭馆维修期间的替代安排不满意' },
  ];
  const { total, grade } = calcScores(inds, q(10).mul(rate.min(100)).div(100).round(2));
  if (grade !== '良') throw new Error('z16 ' + total);

  d.h(1, d.meta.title);
  d.h(2, '一、政策概述');
  d.p('**政策依据**：中央和省关于推进公共体育场馆向社会免费或低收费开放的有关规定。**补助对象**：县体育馆、县全民健身中心、县体育场和县游泳馆共4个公共体育场馆。**政策目标**：通过财政补助弥补场馆免费低收费开放造成的运营缺口，提高场馆利用率，满足群众健身需求。');
  d.h(2, '二、资金情况');
  d.table([
    ['资金来源', '预算（万元）', '支出（万元）', '执行率'],
    ['中央补助资金', d.wc('zy_y1', zy[0]), d.wc('zy_sp', zy[1]), d.pc('zy_r', r2(zy[1], zy[0]).fmt(2))],
    ['县级配套资金', d.wc('xj_y1', xj[0]), d.wc('xj_sp', xj[1]), d.pc('xj_r', r2(xj[1], xj[0]).fmt(2))],
    ['合计', d.wc('tot_y1', y1), d.wc('tot_sp', sp), d.pc('tot_r', rate.fmt(2))],
  ]);
  d.rateRel('中央补助执行率', 'zy_r', 'zy_sp', 'zy_y1');
  d.rateRel('县级配套执行率', 'xj_r', 'xj_sp', 'xj_y1');
  d.rateRel('合计执行率', 'tot_r', 'tot_sp', 'tot_y1');
  d.sumRel('预算合计＝各来源之和', 'tot_y1', ['zy_y1', 'xj_y1']);
  d.sumRel('支出合计＝各来源之和', 'tot_sp', ['zy_sp', 'xj_sp']);
  d.p(`资金主要用于场馆水电能耗、设施设备维护和公益性赛事活动组织。县游泳馆因水处理系统改造闭馆3个月，相应补助资金未全部支出，整体执行率为${d.pc('tot_r', rate.fmt(2))}，未达到95%的要求。`);
  d.h(2, '三、政策效果');
  d.h(3, '（一）场馆开放与服务');
  d.li(`2024年4个场馆共接待健身群众${d.n('rc', rc)}万人次，比上年（${d.n('rc0', rc0)}万人次）下降${d.pc('rc_dn', rcDn.fmt(2))}。`);
  d.li(`举办公益性体育赛事活动${d.n('ss', '30')}场次，低于40场次的年度目标。`);
  d.li(`按全年支出测算，每接待1人次财政补助约${d.n('per', per.fmt(2))}元。`);
  d.yoyRel('接待人次同比下降率', 'rc_dn', 'rc', 'rc0', 'down');
  d.per('每人次补助＝全年支出/接待人次', 'per', 'tot_sp', 'rc', 10000);
  d.h(3, '（二）社会效益');
  d.p(`全县经常参加体育锻炼人数比例达到${d.pc('dl', '38.6')}，全年场馆未发生安全责任事故。`);
  d.h(3, '（三）满意度');
  d.p(`健身群众满意度${d.pc('myd', '78.6')}，主要扣分点在于游泳馆闭馆期间缺少替代安排。`);
  d.h(2, '四、自评结论');
  scoreTable(d, { inds, execRow: { rateKey: 'tot_r', rate, w: 10, target: '≥95%', reason: '游泳馆闭馆，补助资金未全部支出' }, l1blank: true, intWhole: true });
  d.p(`**自评得分**：${d.n('total', total.fmt(2))}分　**自评等级**：${d.g('grade', grade)}`);
  gradeRel(d);
  d.h(2, '五、问题与建议');
  d.li('场馆维修计划与开放服务统筹不够，建议将大型维修安排在健身淡季并提前公告。', { mark: '1. ' });
  d.li('公益性赛事活动数量不足，建议引入社会力量共同举办。', { mark: '2. ' });
  d.li('补助资金与场馆开放绩效挂钩不够紧密，建议按接待人次和开放时长分档核定补助。', { mark: '3. ' });
  return { doc: d, bad: { key: 'grade', to: '优', kind: 'grade', place: '四、自评结论 自评等级' } };
});

// ---- z17 澄岚县市场监督管理局 部门整体（txt）—— 正文数字≠自评表 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z17-chenglan-shichangjianguan-bumen.txt', fmt: 'txt', title: '澄岚县市场监督管理局2024年度部门整体支出绩效自评报告', unit: '澄岚县市场监督管理局', kind: '部门整体', sep: true, txtIndent: true, txtBlank: false });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 132, bzXz = 96, bzSy = 36, zz = 125; const ctl = r2(zz, bz);
  const y1 = q('6842.56'); const ry = '3948.62', gy = '637.00'; const jb = q(ry).add(gy); const xm = q('2026.96');
  const sp = jb.add(xm); const rate = r2(sp, y1); const jy = y1.sub(sp);
  const pcGy = q(gy).div(zz).round(2);
  const sg = { prev: '25.48', bud: '26.00', cur: '23.42' }; const sgCtl = r2(sg.cur, sg.bud);
  const inds = [
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: sgCtl.fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '管理效率', l2: '资产管理', l3: '固定资产账实相符率', pre: '', t: '100', post: '%', a: '100', w: 5, type: 'pos' },
    { l1: '履职效能', l2: '食品安全', l3: '食品安全监督抽检', pre: '≥', t: '1800', post: '批次', a: '1926', ashow: '1,926', w: 10, type: 'pos', key: 'cj' },
    { l1: '履职效能', l2: '市场监管', l3: '“双随机、一公开”抽查经营主体', pre: '≥', t: '1200', post: '户', a: '1318', ashow: '1,318', w: 10, type: 'pos', key: 'sj' },
    { l1: '履职效能', l2: '消费维权', l3: '投诉举报按时办结率', pre: '≥', t: '98', post: '%', a: '99.2', w: 10, type: 'pos', key: 'ts' },
    { l1: '履职效能', l2: '特种设备', l3: '特种设备定期检验率', pre: '≥', t: '98', post: '%', a: '97.3', w: 10, type: 'pos', key: 'tz', reason: '部分停用设备未及时办理停用手续，已督促使用单位整改' },
    { l1: '社会效应', l2: '安全形势', l3: '区域性系统性食品安全风险', ttext: '不发生', atext: '未发生', w: 10, type: 'qual' },
    { l1: '社会效应', l2: '营商环境', l3: '新设经营主体增长率', pre: '≥', t: '8', post: '%', a: '9.6', w: 10, type: 'pos', key: 'xs_r' },
    { l1: '服务对象满意度', l2: '满意度', l3: '经营主体和群众满意度', pre: '≥', t: '90', post: '%', a: '92.6', w: 15, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);
  const xs1 = 4862, xs0 = 4436; const xsR = r2(xs1 - xs0, xs0);
  if (xsR.fmt(1) !== '9.6') throw new Error('z17 xs ' + xsR.fmt(2));

  d.h(1, d.meta.title);
  d.h(2, '一、部门基本情况');
  d.p(`澄岚县市场监督管理局为县政府工作部门，内设办公室、登记注册股、食品安全协调股等9个股室，下设8个市场监督管理所和县市场监管综合行政执法大队。核定编制${d.n('bz', String(bz))}名，其中行政编制${d.n('bz_xz', String(bzXz))}名、事业编制${d.n('bz_sy', String(bzSy))}名；年末在职${d.n('zz', String(zz))}人，在职人员控制率${d.pc('ctl', ctl.fmt(2))}；退休人员58人。`);
  d.sumRel('编制＝行政＋事业', 'bz', ['bz_xz', 'bz_sy']);
  d.rateRel('在职人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门整体支出情况');
  d.p(`2024年全年预算${d.wy('y1', y1)}，全年支出${d.wy('sp', sp)}，预算执行率${d.pc('rate', rate.fmt(2))}，年末结转结余${d.wy('jy', jy)}。`);
  d.rateRel('预算执行率＝支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－支出', 'jy', 'y1', 'sp');
  d.p(`（一）基本支出${d.wy('jb', jb)}，其中人员经费${d.wy('ry', ry)}，公用经费${d.wy('gy', gy)}，人均公用经费${d.wy('pc_gy', pcGy, { fw: true })}。`);
  d.p(`（二）项目支出${d.wy('xm', xm)}，主要用于食品药品抽检、特种设备安全监管、计量检定、12315消费维权和市场监管所规范化建设等，其中食品药品抽检经费486.20万元、特种设备安全监管经费215.60万元、市场监管所规范化建设经费392.00万元等。`);
  d.sumRel('支出＝基本＋项目', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.per('人均公用经费＝公用经费/在职人数', 'pc_gy', 'gy', 'zz');
  d.p('（三）“三公”经费支出情况（单位：万元）', { noindent: true });
  sanGongTable(d, { txt: 'space', items: [
    { label: '因公出国（境）费', k: 'sg_cg', prev: '0.00', bud: '0.00', cur: '0.00' },
    { label: '公务接待费', k: 'sg_jd', prev: '4.12', bud: '4.00', cur: '3.58' },
    { label: '公务用车运行维护费', k: 'sg_yc', prev: '21.36', bud: '22.00', cur: '19.84' },
    { label: '合计', k: 'sg', ...sg },
  ], sums: [['sg', ['sg_cg', 'sg_jd', 'sg_yc']]] });
  d.p(`“三公”经费控制率${d.pc('sg_ctl', sgCtl.fmt(2))}，全部控制在预算以内。`);
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.h(2, '三、部门整体绩效情况');
  d.p(`（一）守牢安全底线。全年完成食品安全监督抽检${d.n('cj', '1,926')}批次，对抽检发现的不合格产品全部依法处置；特种设备定期检验率${d.pc('tz', '97.3')}，略低于98%的目标。`);
  d.p(`（二）规范市场秩序。开展“双随机、一公开”抽查经营主体${d.n('sj', '1,318')}户，结果全部向社会公示。12315平台投诉举报按时办结率${d.pc('ts', '99.2')}。`);
  d.p(`（三）优化营商环境。全年新设经营主体${d.n('xs1', '4,862')}户，较上年（${d.n('xs0', '4,436')}户）增长${d.pc('xs_r', xsR.fmt(1))}。`);
  d.yoyRel('新设经营主体增长率', 'xs_r', 'xs1', 'xs0');
  d.p(`（四）满意度。经营主体和群众满意度${d.pc('myd', '92.6')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { txt: 'space', inds, okText: '' });
  d.p(`自评得分${d.n('total', total.fmt(2))}分，自评等级：${d.g('grade', grade)}。`);
  gradeRel(d);
  d.h(2, '五、存在的问题和改进措施');
  d.p('一是基层市场监管所执法装备和检测能力不足，快检覆盖面有待扩大；二是特种设备使用单位主体责任落实不到位。下一步，将分批推进市场监管所快检室建设，并通过“双随机”检查和信用惩戒督促使用单位落实定期检验。');
  return { doc: d, bad: { key: 'cj', n: 1, to: '1,962', kind: 'prose-table', place: '三、（一）正文 食品安全监督抽检批次' } };
});

// ---- z18 栖川市乡村振兴局 衔接推进乡村振兴补助资金（docx，政策）—— 正文数字≠自评表 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z18-qichuan-xiangcun-xianjie-zijin.docx', fmt: 'docx', title: '栖川市2024年度衔接推进乡村振兴补助资金绩效自评报告', unit: '栖川市乡村振兴局', kind: '政策', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const src = [['中央财政衔接资金', 'zy', '8650.00', '8650.00'], ['省级财政衔接资金', 'sj', '2300.00', '2286.42'], ['市级财政衔接资金', 'shi', '1180.00', '1000.00']];
  const y1 = sum(src.map((x) => q(x[2]))); const sp = sum(src.map((x) => q(x[3]))); const rate = r2(sp, y1); const bal = y1.sub(sp);
  const use = [['产业发展', 'u_cy', '7845.30'], ['小型公益性基础设施', 'u_jc', '2986.12'], ['就业帮扶及其他', 'u_jy', '1105.00']];
  if (!sum(use.map((x) => q(x[2]))).eq(sp)) throw new Error('z18 use');
  const cySh = r2(use[0][2], sp);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '支持产业发展项目', pre: '≥', t: '350', post: '个', a: '386', w: 10, type: 'pos', key: 'xm_n' },
    { l1: '产出指标', l2: '数量指标', l3: '带动脱贫人口和监测对象务工就业', pre: '≥', t: '1800', post: '人', a: '1846', ashow: '1,846', w: 10, type: 'pos', key: 'jy_n' },
    { l1: '产出指标', l2: '质量指标', l3: '衔接资金用于产业发展比重', pre: '≥', t: '60', post: '%', a: cySh.fmt(2), w: 10, type: 'pos', key: 'cy_sh' },
    { l1: '产出指标', l2: '质量指标', l3: '项目资产确权登记率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '资金下达时限', ttext: '收到上级资金30日内', atext: '按时下达', w: 5, type: 'qual' },
    { l1: '效益指标', l2: '经济效益指标', l3: '脱贫人口人均纯收入增幅', pre: '≥', t: '8', post: '%', a: '8.7', w: 15, type: 'pos', key: 'zf' },
    { l1: '效益指标', l2: '社会效益指标', l3: '防止返贫监测帮扶覆盖率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '帮扶项目持续运营率', pre: '≥', t: '90', post: '%', a: '88.2', w: 10, type: 'pos', key: 'yy', reason: '4个小型加工项目受市场影响停产，正在引入新的经营主体' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '脱贫群众满意度', pre: '≥', t: '90', post: '%', a: '94.8', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.p('【内容提要】2024年全市衔接推进乡村振兴补助资金总体执行良好，资金投向以产业发展为主，联农带农机制不断健全，守住了不发生规模性返贫的底线。', { noindent: true });
  d.h(2, '一、资金政策概况');
  d.p('衔接推进乡村振兴补助资金是过渡期内支持巩固拓展脱贫攻坚成果、推进乡村全面振兴的专项转移支付资金，重点支持联农带农富农产业发展、小型公益性基础设施建设和就业帮扶。');
  d.h(2, '二、资金安排及使用情况');
  d.p(`（一）资金安排。2024年全市共安排衔接资金${d.wy('tot_y1', y1)}（约${d.yiy('tot_y1', y1.div(10000).round(2), 2, { approx: 'round' })}），其中中央财政${d.wy('zy_y1', src[0][2])}、省级财政${d.wy('sj_y1', src[1][2])}、市级财政${d.wy('shi_y1', src[2][2])}。`);
  d.p(`（二）资金使用。截至2024年底，累计支出${d.wy('tot_sp', sp)}，执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}。其中，用于产业发展${d.wy('u_cy', use[0][2])}，占${d.pc('cy_sh', cySh.fmt(2))}；小型公益性基础设施${d.wy('u_jc', use[1][2])}；就业帮扶及其他${d.wy('u_jy', use[2][2])}。`);
  d.diffRel('结余＝安排－支出', 'bal', 'tot_y1', 'tot_sp');
  d.sumRel('支出＝产业发展＋基础设施＋就业帮扶及其他', 'tot_sp', use.map((x) => x[1]));
  d.shareRel('产业发展占比', 'cy_sh', 'u_cy', 'tot_sp');
  fundTable(d, { title: '表1 衔接资金分级次执行情况（万元）', rows: [
    { label: '年度资金总额', k: 'tot', y0: null, y1: y1.fx(2), sp: sp.fx(2) },
    ...src.map(([lab, k, a, b]) => ({ label: lab, k, y0: null, y1: a, sp: b })),
  ] });
  d.h(2, '三、政策实施成效');
  d.p(`一是产业帮扶提质增效。全年支持产业发展项目${d.n('xm_n', '386')}个，重点发展青篁乡高山茶、石栎镇食用菌、杳溪镇生态养殖等特色产业。`);
  d.p(`二是就业帮扶稳岗增收。通过以工代赈、帮扶车间和公益岗位等渠道，带动脱贫人口和监测对象务工就业${d.n('jy_n', '1,846')}人。`);
  d.p(`三是群众收入稳步增长。全市脱贫人口人均纯收入增幅${d.pc('zf', '8.7')}，高于年度目标。`);
  d.p(`四是帮扶项目持续运营。帮扶项目持续运营率${d.pc('yy', '88.2')}，略低于年度目标。脱贫群众满意度${d.pc('myd', '94.8')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { title: '表2 衔接资金绩效自评表', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, l1merge: true, inds, gradeRow: true });
  gradeRel(d);
  d.p(`经综合评定，2024年度衔接资金绩效自评得分${d.n('total', total.fmt(2))}分。`);
  d.h(2, '五、存在的问题及下一步工作');
  d.p('一是个别产业项目前期论证不足，市场风险防控能力弱，导致停产；二是市级资金下达后个别县区支出较慢。下一步，将严格项目入库论证，建立帮扶项目运营监测和风险预警机制，对支出进度滞后的县区实行调度通报。');
  return { doc: d, bad: { key: 'jy_n', n: 1, to: '1,486', kind: 'prose-table', place: '三、政策实施成效 二是 就业人数' } };
});

// ---- z19 岫澜县科学技术协会 科普惠农项目（md，项目）—— 指标得分不符合计分规则 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z19-xiulan-kexie-kepu-huinong.md', fmt: 'md', title: '岫澜县科学技术协会2024年度科普惠农服务项目绩效自评报告', unit: '岫澜县科学技术协会', kind: '项目', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const sj = ['80.00', '80.00'], xj = ['40.00', '37.36'];
  const y1 = q(sj[0]).add(xj[0]); const sp = q(sj[1]).add(xj[1]); const rate = r2(sp, y1); const bal = y1.sub(sp);
  const parts = [['农技培训及专家劳务', 'p_px', '46.82'], ['科普示范基地奖补', 'p_jd', '42.00'], ['科普大篷车下乡运行', 'p_dp', '18.74'], ['科普资料编印', 'p_zl', '9.80']];
  if (!sum(parts.map((x) => q(x[2]))).eq(sp)) throw new Error('z19');
  const pxC = 52; const pxCost = q(parts[0][2]).div(pxC).round(2);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '举办农业实用技术培训', pre: '≥', t: '48', post: '场', a: String(pxC), w: 10, type: 'pos', key: 'px_c' },
    { l1: '产出指标', l2: '数量指标', l3: '培训农民', pre: '≥', t: '3000', post: '人次', a: '3420', ashow: '3,420', w: 10, type: 'pos', key: 'px_r' },
    { l1: '产出指标', l2: '数量指标', l3: '认定科普示范基地', pre: '', t: '6', post: '个', a: '6', w: 10, type: 'pos', key: 'jd' },
    { l1: '产出指标', l2: '质量指标', l3: '培训合格证发放率', pre: '≥', t: '90', post: '%', a: '92.4', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '成本指标', l3: '每场培训平均成本', pre: '≤', t: '1', post: '万元', a: pxCost.fmt(2), w: 10, type: 'neg', key: 'px_cost' },
    { l1: '效益指标', l2: '经济效益指标', l3: '示范基地带动农户户均增收', pre: '≥', t: '3000', post: '元', a: '3260', ashow: '3,260', w: 10, type: 'pos', key: 'zs' },
    { l1: '效益指标', l2: '社会效益指标', l3: '科普大篷车下乡', pre: '≥', t: '30', post: '次', a: '24', w: 10, type: 'pos', key: 'dp', reason: '汛期道路受损，6次下乡活动取消，已于2025年一季度补开' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '乡村科普员队伍', pre: '≥', t: '120', post: '人', a: '126', w: 10, type: 'pos', key: 'kpy' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '参训农民满意度', pre: '≥', t: '90', post: '%', a: '95.7', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.p('## 📋 摘要');
  d.p(`2024年，县科协依托科普惠农服务项目，围绕茶叶、食用菌、高山蔬菜等主导产业开展农业实用技术培训和科普示范。项目全年预算${d.wy('tot_y1', y1)}，执行${d.wy('tot_sp', sp)}，执行率${d.pc('tot_r', rate.fmt(2))}；自评得分${d.n('total', total.fmt(2))}分，等级“${d.g('grade', grade)}”。`);
  d.h(2, '一、项目基本情况');
  d.h(3, '（一）项目背景');
  d.p('为提升农民科学素质、促进农业科技成果转化，县科协联合县农业农村局实施科普惠农服务项目，项目资金由省级科普专项资金和县级财政资金共同保障。');
  d.h(3, '（二）绩效目标');
  d.li(`举办农业实用技术培训不少于${d.n('px_c_t', '48')}场；`, { mark: '1. ' });
  d.li('认定科普示范基地6个，示范基地带动农户户均增收3,000元以上；', { mark: '2. ' });
  d.li('开展科普大篷车下乡不少于30次；', { mark: '3. ' });
  d.li('参训农民满意度达到90%以上。', { mark: '4. ' });
  d.h(2, '二、资金使用情况');
  d.p(`项目资金来源为省级科普专项资金${d.wy('sj_y1', sj[0])}和县级财政资金${d.wy('xj_y1', xj[0])}。全年支出${d.wy('tot_sp', sp)}，结余${d.wy('bal', bal)}，为县级资金中未支付的培训尾款。支出明细如下：`);
  d.diffRel('结余＝预算－支出', 'bal', 'tot_y1', 'tot_sp');
  d.table([['支出内容', '金额（万元）', '说明'],
    [parts[0][0], d.wc('p_px', parts[0][2]), `${d.n('px_c', String(pxC))}场培训的场地、教材和专家劳务`],
    [parts[1][0], d.wc('p_jd', parts[1][2]), `${d.n('jd', '6')}个基地，每个7万元`],
    [parts[2][0], d.wc('p_dp', parts[2][2]), '车辆运行、展品更新'],
    [parts[3][0], d.wc('p_zl', parts[3][2]), '编印《高山茶园管理技术》等手册2.6万份'],
    ['合计', d.wc('tot_sp', sp), '—']]);
  d.sumRel('支出合计＝各支出内容之和', 'tot_sp@3', parts.map((x) => x[1]));
  d.rel('per-unit', '示范基地奖补＝基地数×每个7万元', `{p_jd} = {jd} * 70000`);
  d.h(2, '三、项目绩效情况');
  d.h(3, '（一）产出');
  d.li(`**培训**：举办培训${d.n('px_c', String(pxC))}场，每场培训平均成本${d.n('px_cost', pxCost.fmt(2))}万元。`);
  d.li('**示范基地**：在石栎镇、青篁乡等地认定科普示范基地6个。');
  d.li(`**科普大篷车**：全年下乡${d.n('dp', '24')}次，未完成年度目标。`);
  d.per('每场培训平均成本＝培训支出/培训场次', 'px_cost', 'p_px', 'px_c', 10000);
  d.h(3, '（二）效益');
  d.p(`示范基地带动周边农户户均增收${d.n('zs', '3,260')}元；全县乡村科普员队伍达到${d.n('kpy', '126')}人，基层科普服务网络进一步健全。`);
  d.h(3, '（三）满意度');
  d.p(`参训农民满意度${d.pc('myd', '95.7')}。`);
  d.h(2, '四、自评结果');
  fundTable(d, { rows: [
    { label: '年度资金总额', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '省级科普专项', k: 'sj', y0: sj[0], y1: sj[0], sp: sj[1] },
    { label: '县级财政资金', k: 'xj', y0: xj[0], y1: xj[0], sp: xj[1] },
  ] });
  scoreTable(d, { preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds, intWhole: true, l1blank: true });
  gradeRel(d);
  d.h(2, '五、问题及改进措施');
  d.li('**问题**：培训内容与农时结合不够紧密，部分培训集中在农忙季节，农民参训积极性受影响。');
  d.li('**措施**：2025年按农时制定培训计划，推行“田间课堂”，并将自评结果作为下年度项目资金安排的依据。');
  return { doc: d, bad: { key: 'px_r', to: '2,940', kind: 'score-rule', place: '四、自评表 培训农民（实际完成值）' } };
});

// ---- z20 栖川市档案馆 部门整体（txt）—— 指标得分不符合计分规则（反向指标） ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z20-qichuan-danganguan-bumen.txt', fmt: 'txt', title: '栖川市档案馆2024年度部门整体支出绩效自评报告', unit: '栖川市档案馆', kind: '部门整体', sep: false, txtIndent: false, txtBlank: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 38, zz = 36; const ctl = r2(zz, bz);
  const y0 = '1426.00', add = '-38.40'; const y1 = q(y0).add(add);
  const ry = '812.46', gy = '96.30'; const jb = q(ry).add(gy); const xm = q('452.18'); const sp = jb.add(xm);
  const rate = r2(sp, y1); const jy = y1.sub(sp); const jyl = r2(jy, y1);
  const sg = { prev: '3.86', bud: '4.00', cur: '3.42' };
  const gc = '28.6', js = '1.24'; const cd = 21536, cd0 = 19842; const cdR = r2(cd - cd0, cd0);
  const inds = [
    { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: r2(sg.cur, sg.bud).fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '管理效率', l2: '预算管理', l3: '结转结余率', pre: '≤', t: '5', post: '%', a: jyl.fmt(2), w: 5, type: 'neg', key: 'jyl' },
    { l1: '履职效能', l2: '档案收集', l3: '接收档案进馆', pre: '≥', t: '1.2', post: '万卷', a: js, w: 10, type: 'pos', key: 'js' },
    { l1: '履职效能', l2: '档案保管', l3: '馆藏档案破损率', pre: '≤', t: '0.5', post: '%', a: '0.32', w: 10, type: 'neg', key: 'ps' },
    { l1: '履职效能', l2: '档案利用', l3: '接待查档利用', pre: '≥', t: '20000', post: '人次', a: String(cd), w: 10, type: 'pos', key: 'cd' },
    { l1: '履职效能', l2: '档案利用', l3: '查档平均办结时间', pre: '≤', t: '3', post: '个工作日', a: '1.5', w: 10, type: 'neg', key: 'bj' },
    { l1: '履职效能', l2: '档案编研', l3: '编研出版成果', pre: '≥', t: '4', post: '部', a: '3', w: 10, type: 'pos', key: 'by', reason: '《栖川老字号》因史料征集延期，顺延至2025年出版' },
    { l1: '社会效应', l2: '社会影响', l3: '档案开放鉴定', pre: '≥', t: '2', post: '万件', a: '2.3', w: 5, type: 'pos', key: 'kf' },
    { l1: '可持续发展', l2: '信息化建设', l3: '馆藏档案数字化率', pre: '≥', t: '85', post: '%', a: '86.4', w: 10, type: 'pos', key: 'szh' },
    { l1: '服务对象满意度', l2: '满意度', l3: '查档群众满意度', pre: '≥', t: '95', post: '%', a: '97.8', w: 10, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.p('一、部门基本情况');
  d.p(`栖川市档案馆为市委直属公益一类事业单位，负责全市重要档案的接收、保管、利用和编研工作。馆内设办公室、接收征集部、保管利用部、编研部、信息技术部5个部门。核定事业编制${d.n('bz', String(bz))}名，年末在职${d.n('zz', String(zz))}人，人员控制率${d.pc('ctl', ctl.fmt(2))}。截至2024年底，馆藏档案${d.n('gc', gc)}万卷，馆藏档案数字化率${d.pc('szh', '86.4')}。`);
  d.rateRel('人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.p('二、部门整体支出情况');
  d.p(`（一）预算调整。年初预算${d.wy('y0', y0)}，年中按规定压减一般性支出${d.m('cut', q(add).neg().fmt(2) + '万元', { y: true })}，调整后全年预算${d.wy('y1', y1)}。`);
  d.rel('part-sum', '全年预算＝年初预算－压减', `{y1} = {y0} - {cut}`);
  d.p(`（二）预算执行。全年支出${d.wy('sp', sp)}，预算执行率${d.pc('rate', rate.fmt(2))}，结转结余${d.wy('jy', jy)}，结转结余率${d.pc('jyl', jyl.fmt(2))}。`);
  d.rateRel('预算执行率＝支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－支出', 'jy', 'y1', 'sp');
  d.rateRel('结转结余率＝结转结余/全年预算', 'jyl', 'jy', 'y1', 'rate');
  d.p(`（三）支出结构。基本支出${d.wy('jb', jb)}（人员经费${d.wy('ry', ry)}、公用经费${d.wy('gy', gy)}）；项目支出${d.wy('xm', xm)}，主要用于档案数字化、档案保护修复、编研出版和档案安全设施维护。`);
  d.sumRel('支出＝基本＋项目', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.p(`（四）“三公”经费。全年“三公”经费${d.wy('sg_cur', sg.cur)}，预算${d.wy('sg_bud', sg.bud)}，上年${d.wy('sg_prev', sg.prev)}，控制率${d.pc('sg_ctl', r2(sg.cur, sg.bud).fmt(2))}。`);
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.p('三、部门整体绩效情况');
  d.p(`1. 档案收集。全年接收市直单位档案进馆${d.n('js', js)}万卷，征集散存档案和口述史料320件（份）。`);
  d.p(`2. 档案利用。接待查档利用${d.n('cd', String(cd))}人次，较上年（${d.n('cd0', String(cd0))}人次）增长${d.pc('cd_r', cdR.fmt(2))}；推行“跨馆出证”后，查档平均办结时间缩短到${d.n('bj', '1.5')}个工作日。`);
  d.yoyRel('查档利用人次增长率', 'cd_r', 'cd', 'cd0');
  d.p(`3. 档案开放与编研。完成档案开放鉴定${d.n('kf', '2.3')}万件；出版编研成果${d.n('by', '3')}部。`);
  d.p(`4. 满意度。查档群众满意度${d.pc('myd', '97.8')}。`);
  d.p('四、自评结果');
  d.p('部门整体支出绩效自评表', { noindent: true });
  scoreTable(d, { txt: 'tab', inds, okText: '—' });
  d.p(`自评得分${d.n('total', total.fmt(2))}分，等级：${d.g('grade', grade)}。`);
  gradeRel(d);
  d.p('五、存在问题及改进措施');
  d.p('一是库房温湿度控制设备老化，部分库房温湿度波动较大；二是编研工作计划性不强，个别编研成果未按期出版。下一步将分年度更新库房恒温恒湿设备，建立编研项目进度台账，确保按期完成。');
  return { doc: d, bad: { key: 'ps', to: '0.62', kind: 'score-rule', place: '四、自评表 馆藏档案破损率（实际完成值，反向指标）' } };
});

// ---- z21 蓼汀区医疗保障局 医疗救助政策（docx，政策）—— 单位错误（元↔万元） ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z21-liaoting-yibao-yiliao-jiuzhu.docx', fmt: 'docx', title: '蓼汀区2024年度城乡医疗救助政策绩效自评报告', unit: '蓼汀区医疗保障局', kind: '政策', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const src = [['中央补助', 'zy', '620.00', '620.00'], ['省级补助', 'sj', '280.00', '280.00'], ['区级财政', 'qj', '300.00', '263.52']];
  const y1 = sum(src.map((x) => q(x[2]))); const sp = sum(src.map((x) => q(x[3]))); const rate = r2(sp, y1);
  const zcb = '236.30', zj = sp.sub(zcb); const zcbN = 6218, zjN = 7208;
  const pcZcb = q(zcb).mul(10000).div(zcbN).round(2); const pcZj = zj.mul(10000).div(zjN).round(2);
  const zjSh = r2(zj, sp);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '资助困难群众参保', pre: '≥', t: '6000', post: '人', a: String(zcbN), ashow: '6,218', w: 10, type: 'pos', key: 'zcb_n' },
    { l1: '产出指标', l2: '数量指标', l3: '直接医疗救助', pre: '≥', t: '7000', post: '人次', a: String(zjN), ashow: '7,208', w: 10, type: 'pos', key: 'zj_n' },
    { l1: '产出指标', l2: '质量指标', l3: '救助对象参保资助覆盖率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '质量指标', l3: '“一站式”即时结算率', pre: '≥', t: '95', post: '%', a: '97.6', w: 10, type: 'pos', key: 'js' },
    { l1: '产出指标', l2: '时效指标', l3: '救助资金按时拨付率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '效益指标', l2: '社会效益指标', l3: '救助对象政策范围内住院费用自付比例', pre: '≤', t: '10', post: '%', a: '8.4', w: 20, type: 'neg', key: 'zf' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '因病致贫返贫防范机制', ttext: '健全', atext: '健全', w: 10, type: 'qual' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '救助对象满意度', pre: '≥', t: '90', post: '%', a: '95.3', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、政策基本情况');
  d.p('医疗救助是多层次医疗保障体系的托底性制度安排，主要通过资助困难群众参加城乡居民医保、对其经基本医保和大病保险报销后的政策范围内个人自付费用给予救助，减轻困难群众医疗费用负担。救助对象包括特困人员、低保对象、低保边缘家庭成员和防止返贫监测对象等。');
  d.h(2, '二、资金安排和使用情况');
  d.p(`2024年全区医疗救助资金预算${d.wy('tot_y1', y1)}，其中中央补助${d.wy('zy_y1', src[0][2])}、省级补助${d.wy('sj_y1', src[1][2])}、区级财政${d.wy('qj_y1', src[2][2])}。全年支出${d.wy('tot_sp', sp)}，执行率${d.pc('tot_r', rate.fmt(2))}。`);
  d.p(`从用途看，资助参保支出${d.wy('zcb', zcb)}，直接救助支出${d.wy('zj', zj)}（${d.yy('zj', zj.mul(10000), 0)}），直接救助占全部支出的${d.pc('zj_sh', zjSh.fmt(2))}。`);
  d.sumRel('全年支出＝资助参保＋直接救助', 'tot_sp', ['zcb', 'zj']);
  d.shareRel('直接救助占比', 'zj_sh', 'zj', 'tot_sp');
  fundTable(d, { title: '医疗救助资金执行情况表（单位：万元）', rows: [
    { label: '年度资金总额', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    ...src.map(([lab, k, a, b]) => ({ label: lab, k, y0: a, y1: a, sp: b })),
  ] });
  d.h(2, '三、政策实施成效');
  d.p(`（一）资助参保应保尽保。全年资助困难群众参保${d.n('zcb_n', '6,218')}人，人均资助${d.yy('pc_zcb', pcZcb, 2)}，救助对象参保资助覆盖率100%。`);
  d.per('人均资助参保＝资助参保支出/人数', 'pc_zcb', 'zcb', 'zcb_n');
  d.p(`（二）直接救助精准及时。全年实施直接医疗救助${d.n('zj_n', '7,208')}人次，人次均救助${d.yy('pc_zj', pcZj, 2)}；“一站式”即时结算率${d.pc('js', '97.6')}，群众出院时即可完成救助结算。`);
  d.per('人次均救助＝直接救助支出/人次', 'pc_zj', 'zj', 'zj_n');
  d.p(`（三）托底保障作用明显。救助对象政策范围内住院费用自付比例降至${d.pc('zf', '8.4')}，低于10%的控制目标，未发生因病致贫返贫情况。`);
  d.p(`（四）满意度。对救助对象开展电话回访，满意度${d.pc('myd', '95.3')}。`);
  d.h(2, '四、绩效自评结果');
  scoreTable(d, { title: '医疗救助政策绩效自评表', preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, l1merge: true, inds, okText: '—' });
  d.p(`综上，医疗救助政策2024年度绩效自评得分${d.n('total', total.fmt(2))}分，评价等级为“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题和改进措施');
  d.p('一是低保边缘家庭和监测对象的动态识别依赖多部门数据推送，存在一定时滞；二是部分异地就医救助对象仍需回户籍地手工报销。下一步将完善与民政、乡村振兴部门的数据共享机制，推动医疗救助“一站式”结算向市外定点医疗机构延伸。');
  return { doc: d, bad: { key: 'pc_zj', to: pcZj.fmt(2, { sep: true }) + '万元', kind: 'unit', place: '三、（二）人次均救助（元误作万元）' } };
});

// ---- z22 岫澜县水利局 小型水库除险加固项目（md，项目）—— 单位错误（元↔万元） ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z22-xiulan-shuili-xiaoxing-shuiku.md', fmt: 'md', title: '岫澜县水利局2024年度小型水库除险加固项目支出绩效自评报告', unit: '岫澜县水利局', kind: '项目', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const src = { zy: ['1200.00', '1200.00'], sj: ['360.00', '360.00'], xj: ['240.00', '186.56'] };
  const y1 = sum(Object.values(src).map((x) => q(x[0]))); const sp = sum(Object.values(src).map((x) => q(x[1])));
  const rate = r2(sp, y1); const bal = y1.sub(sp); const nSk = 8; const avg = sp.div(nSk).round(2);
  if (!avg.isExact(2)) throw new Error('z22 avg');
  const kr = '486.5', kr0 = '452.0';
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '完成除险加固小型水库', pre: '', t: '8', post: '座', a: String(nSk), w: 15, type: 'pos', key: 'n_sk' },
    { l1: '产出指标', l2: '质量指标', l3: '单元工程质量合格率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '时效指标', l3: '主体工程完工时间', ttext: '2024年汛前', atext: '2024年5月28日', w: 10, type: 'qual' },
    { l1: '产出指标', l2: '成本指标', l3: '单座水库平均投资', pre: '≤', t: '240', post: '万元', a: avg.fmt(2), w: 5, type: 'neg', key: 'avg', as: 10000, ts: 10000 },
    { l1: '效益指标', l2: '社会效益指标', l3: '恢复兴利库容', pre: '≥', t: '480', post: '万立方米', a: kr, w: 10, type: 'pos', key: 'kr' },
    { l1: '效益指标', l2: '社会效益指标', l3: '保护下游人口', pre: '≥', t: '2', post: '万人', a: '2.34', w: 10, type: 'pos', key: 'rk' },
    { l1: '效益指标', l2: '生态效益指标', l3: '水库及周边水土保持', ttext: '有效改善', atext: '有效改善', w: 10, type: 'qual' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '水库安全运行管护“三个责任人”落实率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受益群众满意度', pre: '≥', t: '90', post: '%', a: '93.9', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.h(2, '一、项目概况');
  d.p('岫澜县现有小型水库41座，多数建于20世纪六七十年代，存在坝体渗漏、溢洪道过流能力不足等安全隐患。根据省水利厅下达的年度计划，2024年我县对8座病险小型水库实施除险加固，其中小（1）型水库2座、小（2）型水库6座。');
  d.h(2, '二、项目资金情况');
  d.h(3, '（一）资金来源');
  d.li(`**中央财政补助资金**：${d.wy('zy_y1', src.zy[0])}（${d.yy('zy_y1', q(src.zy[0]).mul(10000), 0)}）`);
  d.li(`**省级补助资金**：${d.wy('sj_y1', src.sj[0])}`);
  d.li(`**县级配套资金**：${d.wy('xj_y1', src.xj[0])}`);
  d.li(`**合计**：${d.wy('tot_y1', y1)}`);
  d.h(3, '（二）资金使用');
  d.p(`截至2024年12月31日，项目累计支出${d.wy('tot_sp', sp)}，预算执行率${d.pc('tot_r', rate.fmt(2))}，结余${d.wy('bal', bal)}，为县级配套资金中尚未支付的工程质保金。8座水库平均每座投资${d.wy('avg', avg)}。`);
  d.diffRel('结余＝预算－支出', 'bal', 'tot_y1', 'tot_sp');
  d.per('单座平均投资＝累计支出/水库座数', 'avg', 'tot_sp', 'n_sk');
  fundTable(d, { rows: [
    { label: '年度资金总额', k: 'tot', y0: y1.fx(2), y1: y1.fx(2), sp: sp.fx(2) },
    { label: '中央财政补助', k: 'zy', y0: src.zy[0], y1: src.zy[0], sp: src.zy[1] },
    { label: '省级补助', k: 'sj', y0: src.sj[0], y1: src.sj[0], sp: src.sj[1] },
    { label: '县级配套', k: 'xj', y0: src.xj[0], y1: src.xj[0], sp: src.xj[1] },
  ] });
  d.h(2, '三、项目绩效');
  d.p(`**产出**：${d.n('n_sk', String(nSk))}座水库除险加固主体工程于2024年5月28日全部完工，赶在主汛期前投入运行，单元工程质量全部合格。`);
  d.p(`**效益**：除险加固后恢复兴利库容${d.n('kr', kr)}万立方米（加固前有效库容${d.n('kr0', kr0)}万立方米，增加${d.n('kr_d', q(kr).sub(kr0).fmt(1))}万立方米），保护下游人口${d.n('rk', '2.34')}万人、耕地1.86万亩；“三个责任人”全部落实到位。`);
  d.rel('part-sum', '库容增加＝加固后－加固前', `{kr_d} = {kr} - {kr0}`);
  d.p(`**满意度**：受益群众满意度${d.pc('myd', '93.9')}。`);
  d.h(2, '四、自评情况');
  scoreTable(d, { preRow: { wKey: 'w_exec', sKey: 's_exec', score: sExec, w: q(10) }, inds, l1blank: true, intWhole: true });
  d.p(`> 自评结论：项目自评得分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及改进措施');
  d.li('部分水库管理用房和监测设施建设滞后，已列入2025年水库运行管护项目。', { mark: '1. ' });
  d.li('县级配套资金支付进度偏慢，将按合同约定在质保期满后及时支付。', { mark: '2. ' });
  return { doc: d, bad: { key: 'zy_y1', n: 2, to: '12,000,000万元', kind: 'unit', place: '二、（一）中央财政补助资金括注（元误作万元）' } };
});

// ---- z23 霁原县应急管理局 部门整体（txt）—— 摘要与正文矛盾 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z23-jiyuan-yingji-bumen.txt', fmt: 'txt', title: '霁原县应急管理局2024年度部门整体支出绩效自评报告', unit: '霁原县应急管理局', kind: '部门整体', sep: true, txtIndent: true, txtBlank: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const bz = 26, zz = 25; const ctl = r2(zz, bz);
  const y0 = '2180.00', add = '296.50'; const y1 = q(y0).add(add);
  const ry = '602.38', gy = '88.16'; const jb = q(ry).add(gy);
  const xms = [['安全生产监管执法', 'x1', '468.90'], ['森林防灭火', 'x2', '512.36'], ['防汛抗旱', 'x3', '436.75'], ['应急救援能力建设', 'x4', '278.20']];
  const xm = sum(xms.map((x) => q(x[2]))); const sp = jb.add(xm); const rate = r2(sp, y1); const jy = y1.sub(sp);
  const prevSp = '2516.40'; const spR = r2(sp.sub(prevSp), prevSp);
  const sg = { prev: '12.64', bud: '12.50', cur: '11.08' };
  const inds = [
    { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', pre: '≤', t: '100', post: '%', a: ctl.fmt(2), w: 5, type: 'neg', key: 'ctl' },
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', pre: '≤', t: '100', post: '%', a: r2(sg.cur, sg.bud).fmt(2), w: 5, type: 'neg', key: 'sg_ctl' },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', pre: '≥', t: '95', post: '%', a: rate.fmt(2), w: 10, type: 'rate', key: 'rate' },
    { l1: '管理效率', l2: '制度建设', l3: '内控制度执行有效性', ttext: '有效', atext: '有效', w: 5, type: 'qual' },
    { l1: '履职效能', l2: '安全监管', l3: '安全生产执法检查', pre: '≥', t: '800', post: '家次', a: '836', w: 10, type: 'pos', key: 'jc' },
    { l1: '履职效能', l2: '安全监管', l3: '重大事故隐患整改率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '履职效能', l2: '防灾减灾', l3: '森林火灾受害率', pre: '≤', t: '0.9', post: '‰', a: '0.12', w: 10, type: 'neg', key: 'sl' },
    { l1: '履职效能', l2: '应急救援', l3: '应急演练', pre: '≥', t: '40', post: '场次', a: '37', w: 10, type: 'pos', key: 'yl', reason: '受汛期抢险任务影响，3场演练推迟至2025年' },
    { l1: '社会效应', l2: '安全形势', l3: '较大及以上生产安全事故', ttext: '不发生', atext: '未发生', w: 10, type: 'qual' },
    { l1: '可持续发展', l2: '基层基础', l3: '乡镇应急管理“五有”达标率', pre: '≥', t: '90', post: '%', a: '92.3', w: 10, type: 'pos', key: 'wy' },
    { l1: '服务对象满意度', l2: '满意度', l3: '企业和群众满意度', pre: '≥', t: '90', post: '%', a: '93.2', w: 15, type: 'pos', key: 'myd' },
  ];
  const { total, grade } = calcScores(inds);

  d.h(1, d.meta.title);
  d.p('【报告要点】', { noindent: true });
  d.li(`2024年部门全年支出${d.wy('sp', sp)}，较上年有所下降；`, { tmark: '· ' });
  d.li(`全年开展安全生产执法检查${d.n('jc', '836')}家次，未发生较大及以上生产安全事故；`, { tmark: '· ' });
  d.li(`部门整体支出绩效自评${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade)}”。`, { tmark: '· ' });
  d.h(2, '一、部门基本情况');
  d.p(`霁原县应急管理局内设办公室、安全生产综合监管股、应急救援股、防灾减灾股4个股室，下属县应急救援指挥中心。核定编制${d.n('bz', String(bz))}名，年末在职${d.n('zz', String(zz))}人，在职人员控制率${d.pc('ctl', ctl.fmt(2))}。`);
  d.rateRel('在职人员控制率＝在职/编制', 'ctl', 'zz', 'bz', 'rate');
  d.h(2, '二、部门整体支出情况');
  d.p(`（一）总体情况。2024年年初预算${d.wy('y0', y0)}，年中追加${d.wy('add', add)}，全年预算${d.wy('y1', y1)}；全年支出${d.wy('sp', sp, { canon: true })}，预算执行率${d.pc('rate', rate.fmt(2))}，结转结余${d.wy('jy', jy)}。全年支出较上年（${d.wy('prev_sp', prevSp)}）下降${d.pc('sp_dn', spR.neg().fmt(2))}，主要是上年一次性安排的应急指挥平台建设项目完工。`);
  d.sumRel('全年预算＝年初＋追加', 'y1', ['y0', 'add']);
  d.rateRel('预算执行率＝支出/全年预算', 'rate', 'sp', 'y1');
  d.diffRel('结转结余＝全年预算－支出', 'jy', 'y1', 'sp');
  d.yoyRel('全年支出较上年下降率', 'sp_dn', 'sp', 'prev_sp', 'down');
  d.p(`（二）基本支出${d.wy('jb', jb)}，其中人员经费${d.wy('ry', ry)}、公用经费${d.wy('gy', gy)}。`);
  d.p(`（三）项目支出${d.wy('xm', xm)}，具体如下：`);
  d.sumRel('支出＝基本＋项目', 'sp', ['jb', 'xm']);
  d.sumRel('基本支出＝人员经费＋公用经费', 'jb', ['ry', 'gy']);
  d.table([['项目名称', '支出金额（万元）', '占项目支出比重'], ...xms.map(([lab, k, v]) => [lab, d.wc(k, v), d.pc(`${k}_sh`, r2(v, xm).fmt(2))]), ['合计', d.wc('xm', xm, { canon: true }), '']], { txt: 'space' });
  xms.forEach(([lab, k]) => d.shareRel(`${lab}占项目支出比重`, `${k}_sh`, k, 'xm'));
  d.sumRel('项目支出合计＝各项目之和', 'xm', xms.map((x) => x[1]));
  d.p(`（四）“三公”经费。全年“三公”经费支出${d.wy('sg_cur', sg.cur)}，上年${d.wy('sg_prev', sg.prev)}，年初预算${d.wy('sg_bud', sg.bud)}，控制率${d.pc('sg_ctl', r2(sg.cur, sg.bud).fmt(2))}。`);
  d.rateRel('“三公”经费控制率＝决算/预算', 'sg_ctl', 'sg_cur', 'sg_bud', 'rate');
  d.h(2, '三、部门整体支出绩效情况');
  d.p(`（一）安全生产形势总体平稳。全年开展安全生产执法检查${d.n('jc', '836')}家次，重大事故隐患全部整改到位，全县未发生较大及以上生产安全事故。`);
  d.p(`（二）防灾减灾能力持续提升。森林火灾受害率${d.m('sl', '0.12‰')}，远低于0.9‰的控制指标；成功防御“8·02”强降雨过程，全县乡镇应急管理“五有”达标率${d.pc('wy', '92.3')}。`);
  d.p(`（三）应急救援准备更加充分。全年组织各类应急演练${d.n('yl', '37')}场次，受汛期抢险任务影响，未完成40场次的年度目标。`);
  d.p(`（四）满意度。企业和群众满意度${d.pc('myd', '93.2')}。`);
  d.h(2, '四、自评结果');
  scoreTable(d, { txt: 'space', inds, okText: '' });
  d.p(`经自评，本部门2024年度整体支出绩效得分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade, true)}”。`);
  gradeRel(d);
  d.h(2, '五、存在的问题及改进措施');
  d.p('一是基层应急救援力量仍较薄弱，乡镇专职救援队伍装备不足；二是部分项目年初预算编制不够精准，年中追加较多。下一步将统筹资金补齐乡镇救援装备短板，并提高项目预算编制的前瞻性和准确性。');
  return { doc: d, bad: { key: 'sp', n: 1, to: q(sp).add('-18.00').fmt(2, { sep: true }) + '万元', kind: 'summary-body', place: '报告要点 第1条 全年支出' } };
});

// ---- z24 栖川市水利局 水利工程运行管护补助政策（docx，政策）—— 摘要与正文矛盾 ----
REPORTS.push(() => {
  const d = new Doc({ file: 'z24-qichuan-shuili-guanhu-buzhu.docx', fmt: 'docx', title: '栖川市2024年度水利工程运行管护补助政策绩效自评报告', unit: '栖川市水利局', kind: '政策', sep: true });
  const r2 = (a, b) => q(a).div(b).mul(100).round(2);
  const types = [['小型水库', 't1', 96, '672.00'], ['山塘', 't2', 148, '370.00'], ['农村供水工程', 't3', 52, '390.00'], ['堤防及水闸', 't4', 16, '128.00']];
  const nAll = types.reduce((a, t) => a + t[2], 0); const y1 = sum(types.map((t) => q(t[3])));
  const sp = q('1517.64'); const rate = r2(sp, y1);
  const y1Prev = '1416.00'; const yoy = r2(y1.sub(y1Prev), y1Prev);
  const inds = [
    { l1: '产出指标', l2: '数量指标', l3: '纳入补助范围的水利工程', pre: '≥', t: '300', post: '处', a: String(nAll), w: 10, type: 'pos', key: 'n' },
    { l1: '产出指标', l2: '质量指标', l3: '工程管护责任主体落实率', pre: '', t: '100', post: '%', a: '100', w: 10, type: 'pos' },
    { l1: '产出指标', l2: '质量指标', l3: '管护考核合格率', pre: '≥', t: '95', post: '%', a: '96.8', w: 10, type: 'pos', key: 'kh' },
    { l1: '产出指标', l2: '时效指标', l3: '补助资金下达时限', ttext: '6月底前', atext: '6月18日', w: 10, type: 'qual' },
    { l1: '效益指标', l2: '社会效益指标', l3: '工程安全度汛', ttext: '无垮坝、决堤事故', atext: '无', w: 15, type: 'qual' },
    { l1: '效益指标', l2: '社会效益指标', l3: '农村供水工程正常供水率', pre: '≥', t: '98', post: '%', a: '98.6', w: 10, type: 'pos', key: 'gs' },
    { l1: '效益指标', l2: '可持续影响指标', l3: '管护人员持证上岗率', pre: '≥', t: '90', post: '%', a: '86.0', w: 15, type: 'pos', key: 'cz', reason: '新聘管护员培训考试安排在2025年一季度' },
    { l1: '满意度指标', l2: '服务对象满意度指标', l3: '受益群众满意度', pre: '≥', t: '90', post: '%', a: '92.1', w: 10, type: 'pos', key: 'myd' },
  ];
  const sExec = q(10).mul(rate.min(100)).div(100).round(2);
  const { total, grade } = calcScores(inds, sExec);

  d.h(1, d.meta.title);
  d.p(`【摘要】2024年，市级财政安排水利工程运行管护补助资金${d.wy('y1', y1)}，对全市${d.n('n', String(nAll))}处小型水利工程落实管护补助，工程管护责任主体实现全覆盖，全年未发生垮坝、决堤等安全事故。政策绩效自评等级为“${d.g('grade', grade)}”。`, { style: 'Quote' });
  d.h(2, '一、政策概况');
  d.p('为解决小型水利工程“重建轻管”问题，市政府出台小型水利工程运行管护补助政策，按工程类型和规模实行定额补助，补助资金用于管护人员报酬、日常维修养护和安全监测等。');
  d.h(2, '二、资金安排和使用');
  d.p(`2024年补助资金预算${d.wy('y1', y1)}，较上年（${d.wy('y1_prev', y1Prev)}）增长${d.pc('y1_yoy', yoy.fmt(2))}，主要是将堤防及水闸纳入补助范围。全年拨付${d.wy('sp', sp)}，执行率${d.pc('rate', rate.fmt(2), { fw: true })}。`);
  d.yoyRel('补助资金预算同比增长率', 'y1_yoy', 'y1', 'y1_prev');
  d.rateRel('执行率＝拨付/预算', 'rate', 'sp', 'y1');
  d.p('分工程类型补助情况如下：');
  const rows = [['工程类型', '补助工程（处）', '补助定额（万元/处）', '补助资金（万元）']];
  types.forEach(([lab, k, n, a]) => rows.push([lab, d.n(`${k}_n`, String(n)), d.n(`${k}_de`, q(a).div(n).fx(2)), d.wc(`${k}_a`, a)]));
  rows.push(['合计', d.n('n', String(nAll), { canon: true }), '—', d.wc('y1', y1, { canon: true })]);
  d.table(rows, { title: '表1 分类型补助情况' });
  types.forEach(([lab, k]) => d.rel('per-unit', `${lab}补助资金＝处数×定额`, `{${k}_a} = {${k}_n} * {${k}_de} * 10000`));
  d.sumRel('补助工程合计＝各类型之和', 'n', types.map((t) => `${t[1]}_n`));
  d.sumRel('补助资金合计＝各类型之和', 'y1', types.map((t) => `${t[1]}_a`));
  d.h(2, '三、政策实施效果');
  d.p(`一是管护责任全面落实。全市${d.n('n', String(nAll))}处补助工程全部明确管护主体和管护人员，管护考核合格率${d.pc('kh', '96.8')}。`);
  d.p(`二是工程效益有效发挥。主汛期全市小型水库和山塘安全度汛，农村供水工程正常供水率${d.pc('gs', '98.6')}。`);
  d.p(`三是管护队伍逐步规范。管护人员持证上岗率${d.pc('cz', '86.0')}，未达到90%的目标，主要是年内新聘管护员尚未参加培训考试。受益群众满意度${d.pc('myd', '92.1')}。`);
  d.h(2, '四、绩效自评');
  scoreTable(d, { title: '表2 政策绩效自评表', l1merge: true, execRow: { rateKey: 'rate', rate, w: 10, target: '100%' }, inds, okText: '' });
  d.p(`自评总分${d.n('total', total.fmt(2))}分，等级为“${d.g('grade', grade, true)}”。`);
  gradeRel(d);
  d.h(2, '五、问题和建议');
  d.p('（一）部分县区管护补助资金拨付到管护主体的时间偏晚；（二）管护人员年龄偏大、专业能力不足。建议将资金拨付时限纳入对县区的考核，并分批组织管护人员培训考证。');
  return { doc: d, bad: { key: 'n', n: 1, to: String(nAll + 9), kind: 'summary-body', place: '摘要 补助工程处数' } };
});

// ---------------- README ----------------
const KIND_ZH = {
  'part-sum': '其中分项≠合计', 'exec-rate': '执行率≠执行数/预算数', 'per-unit': '人均/单位成本', share: '占比', yoy: '同比变动率',
  balance: '结余≠预算−执行', 'total-score': '总分≠各项得分之和', grade: '等级与总分不符', 'prose-table': '正文数字≠自评表',
  'score-rule': '指标得分不符合计分规则', unit: '单位错误（万元↔元）', 'summary-body': '摘要与正文矛盾',
};
const FMT_ZH = { md: 'Markdown', txt: '纯文本', docx: 'Word' };
function readme(info) {
  const esc = (s) => String(s).replace(/\|/g, '\\|');
  const rows = info.map((x) => `| ${x.file} | ${FMT_ZH[x.meta.fmt]} | ${x.meta.unit}（${x.meta.kind}） | ${KIND_ZH[x.kind]} | ${esc(x.place)}（${x.meta.fmt === 'docx' ? '段' : '行'} ${x.line}） | ${esc(x.oldT)} → ${esc(x.newT)} | ${esc(x.rel.desc)} |`).join('\n');
  const cnt = {}; info.forEach((x) => { cnt[x.kind] = (cnt[x.kind] || 0) + 1; });
  const kinds = Object.keys(KIND_ZH).map((k) => `| \`${k}\` | ${KIND_ZH[k]} | ${cnt[k] || 0} |`).join('\n');
  const nRel = info.reduce((a, x) => a + x.nrel, 0);
  return `# bulk-z：大模型起草、财务人员轻改的预算绩效自评报告（盲测语料）

## 这是什么

本目录是一套**盲测语料**，用来同时衡量预算绩效自评报告检查器的“检出率”和“误报率”。
主题是：报告初稿由大语言模型（ChatGPT／文心／通义一类）生成，再由单位财务人员轻度修改后报送。
因此文中有模型常见的写法：加粗标签（\`- **预算执行率**：98.44%\`）、“一是……二是……”、“总体来看”“综上”、
摘要先把数字复述一遍、同一金额用两种单位写、约数（约／近／超过）、“其中……等”式的不完整列举、
上年数与本年数并列、反向指标、部分完成并写明偏差原因的指标等。

- 24 份报告：8 份 \`.md\`、8 份 \`.txt\`、8 份 \`.docx\`；项目支出 9 份、部门整体支出 8 份、政策 7 份。
- 单位涉及水利、文旅、医保、退役军人、市场监管、应急管理、体育、科协、档案、乡村振兴。
- 地名全部虚构：沄江省栖川市，霁原县、澄岚县、岫澜县、蓼汀区，石栎镇、青篁乡、杳溪镇，篁溪河、栖水河等。
- \`clean/\`：每份报告内所有可核对的关系在其显示精度下全部成立（共登记 ${nRel} 条关系，见 \`relations.tsv\`）。
- \`bad/\`：与 clean 同名的副本，每份**只改了一个**数字／等级／单位，恰好打破一条关系；答案见 \`bad/ANSWERS.tsv\`。

## 文件

| 路径 | 说明 |
|---|---|
| \`gen.cjs\` | 生成器。\`node gen.cjs\` 重写 clean/、bad/、relations.tsv 与本文件，无随机数、无时间戳，逐字节可复现（docx 固定条目顺序、固定压缩日期、固定 core.xml 日期）。 |
| \`check.cjs\` | 独立校验器。\`node check.cjs\` 从文件中重新取数、重新计算，全部通过才以 0 退出。\`node check.cjs --dump 文件\` 打印行／段落。 |
| \`clean/\` | 24 份干净报告。 |
| \`bad/\` | 24 份各含一处错误的副本，外加 \`ANSWERS.tsv\`。 |
| \`relations.tsv\` | 每份报告登记的全部关系（file, n, kind, desc, formula）。 |

\`bad/ANSWERS.tsv\` 列：\`file\`、\`line\`（.md/.txt 为 1 起的行号；.docx 为 word/document.xml 中第几个 \`<w:p>\`，表格单元格内的段落也计数）、
\`old\`、\`new\`（该行／段中唯一出现的原文片段与替换后片段）、\`kind\`（错误类型代码）、\`relation\`（“说明 :: 关系式”）。

## 报告与错误一览

| 文件 | 格式 | 单位（类型） | 错误类型 | 位置 | 原值 → 新值 | 被打破的关系 |
|---|---|---|---|---|---|---|
${rows}

## 错误类型

| 代码 | 含义 | 份数 |
|---|---|---|
${kinds}

说明：\`prose-table\`、\`summary-body\`、\`unit\` 三类在关系式上都表现为“同一数据两处不一致”，区别在于出错的位置
（正文复述自评表／摘要复述正文／数值没变而单位写错）。\`score-rule\` 与 \`total-score\` 的错误都放在不会连带破坏其他关系的数字上
（前者改实际完成值而不改得分，后者改总分但不跨等级、且总分在文中只出现一次）；\`grade\` 类的等级在文中只出现一次。

## 关系式与取数约定（check.cjs 与 gen.cjs 各自独立实现）

- 引用：\`L12#3\` 为第 12 行第 3 个数字，\`P57#1\` 为第 57 个段落第 1 个数字；末尾加 \`y\` 表示按紧随其后的“元／万元／亿元”换算成元；
  \`L40$2\` 为该行第 2 个等级词（优秀／良好／中等／较差／优／良／中／差，归一为优良中差）。
- 数字：先把全角数字、全角小数点、全角百分号、全角正负号转半角；数字形如 \`1,234.56\` 或 \`1234.56\`；紧贴在前的 \`-\`/\`+\`
  （且其前不是字母数字）视为符号。年份、日期、文号中的数字也计入序号，但从不被当作待核对的量。
- \`A = 表达式\`：左边为单个引用，右边按左边显示的小数位（带 \`y\` 时按换算后的位数）四舍五入（远离零）后与左边相等。
  \`==\` 为精确相等；\`<\`、\`<=\`、\`>\`、\`>=\` 为精确比较（用于“近”“超过”等约数）。
- 函数：\`min\`、\`max\`、\`round(x, 2)\`、\`ifle(a, b, x, y)\`（a≤b 取 x 否则 y，用于反向指标）、\`grade(x)\`（≥90 优，80–90 良，60–80 中，<60 差）。
- 计分规则（DOMAIN.md）：预算执行率得分＝分值×min(执行率,100%)，按显示的执行率计算；正向指标得分＝分值×min(实际/目标,1)；
  反向指标实际≤目标得满分，否则按目标/实际折算；定性指标达成即满分；得分保留两位小数（显示为整数“10”的满分同样按两位比较）。
- 全部运算用 BigInt 有理数，不用二进制浮点；生成器拒绝任何恰好落在 .5 上的舍入，避免不同实现的舍入分歧。

## 有意设置的“应保持安静”的情形

以下写法在 clean 与 bad 中都存在且都不是错误，检查器不应报告：

1. **约数与概数**：z01“约3.8万人”、z04“人均公用经费约3.38万元”、z05“人均约2.33万元”（3,092.80万元/1,326人）、z07“（约0.33亿元）”、
   z12“约1.91亿元”、z18“约1.21亿元”均按显示精度与精确值一致；z10“预算执行率超过98%”（98.42%）、z11“近1,500万元”（1,497.62万元）、
   “超过120公里”（126.5公里）方向正确；z07“超过1.2万人次”、z13“超过九成”、z09“增长超过一成”无精确值可比。
2. **“其中……等”不完整列举**：z01 河段“其中篁溪河段412.30万元、栖水河段386.50万元等”、z17 项目支出“其中……486.20万元、……215.60万元、……392.00万元等”，分项之和小于合计，属正常。
3. **同一金额两种单位**：z21“927.22万元（9,272,200元）”、z22“1,200.00万元（12,000,000元）”，z07、z12、z18 的亿元约数；z03 同一报告中元、万元、亿元并存。
4. **格式差异**：千分位有无混用（z05 表内合计“1326”与正文“1,326”；z08、z14、z16、z20 全文不用千分位）；全角数字和百分号（z02、z07、z13、z17、z24）；
   同一比率不同小数位（z02 自评表“9.3%”与正文“9.30%”）；得分“10”与“10.00”两种写法；等级写作“优秀”“良好”（z06、z14）。
5. **符号与方向**：z02 正文写“下降11.11%”、三公经费表写“-11.11%”，z07 正文写“下降11.43%”、自评表写“-11.43%”（z13、z23 亦用“下降x%”的写法）；z07 自评表“三公经费变动率 ≤0%，实际 -11.43%”为达标的反向指标；
   z20 年中“压减38.40万元”使全年预算小于年初预算。
6. **百分点**：z10“+12.7个百分点”、z11“提高2.7个百分点”是两个百分率之差，不是增长率；z08“提高4.1个百分点”无上年值可核。
7. **反向指标**：单位成本（z01、z03、z06、z08、z10、z11、z16、z19、z22）、死亡人数（z07）、自付比例（z21）、破损率与办结时间（z20）、
   火灾受害率“‰”（z23）、调拨时间（z15）、结转结余率、三公经费控制率、在职人员控制率——实际低于目标即满分。
8. **部分完成按比例计分并写明偏差原因**：如 z01 护岸 17.8/18.5 公里得 9.62 分，z14 多项未达标致总分 89.66（良），z16 执行率 94.63% 低于 95% 目标
   但执行率得分按“执行率×分值”计为 9.46，不是按达标与否给 0 分。
9. **不是待核对数字的数字**：年份日期（“2024年12月31日”“2024年11月底前”）、文号（“沄财农〔2024〕57号”）、名称与代号（“12315平台”“15分钟健身圈”“T+15”
   “小（1）型”“12㎡单帐篷”““7·16”强降雨”）、券面规则“满100减30”、“较计划提前5天”、序号（“一是”“（三）”“1.”）。
10. **上年数并列**：多份报告在括号中给出上年数（如 z01“较上年（1,180.00万元）增加200.00万元，增长16.95%”），增减额与增减率均成立。
11. **因公出国（境）费为 0**：三公经费表中 0.00 行的增减率写“—”，不是漏填。
12. **摘要复述**：摘要或结论中的预算、执行、得分、等级与正文和表格一致（除 summary-body 类 bad 副本中被改的那一处）。

## 生成与校验

\`\`\`
cd bench/bulk-z
node gen.cjs        # 生成；再运行一次，clean/ 与 bad/ 的哈希不变
node check.cjs      # 校验：每个 bad 只在一行／段不同，old→new 吻合；答案关系在 clean 成立、在 bad 不成立；
                    # relations.tsv 中的全部关系在 clean 成立、在 bad 中恰好只有答案那一条不成立
\`\`\`

## 不确定之处

- “应保持安静”是按 DOMAIN.md 的规则判断的；个别检查器若把约数当精确值（如“约0.33亿元”），或把“下降11.11%”与表中“-11.11%”当作矛盾，会在这里误报。
- \`prose-table\`、\`summary-body\`、\`unit\` 的 bad 副本在数学上都是“两处不一致”，检查器报在另一处（如报表格而非正文）时，行号会不同，评分时宜按关系而不只按行号匹配。
- z13、z14 改的是总分：总分在文中只出现一次，且改后仍在同一等级，因此只破坏“总分＝Σ得分”。z15、z16 改的是等级，等级在文中只出现一次。
- 预算执行率得分按“显示的执行率”计算（而非未舍入的比值）；两者在本语料中都给出相同结果。
`;
}
main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });

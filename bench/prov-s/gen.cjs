'use strict';
// 盲写测试语料生成器：预算绩效自评报告（各省模板与层级）。
// 确定性：同一输入重复运行，输出逐字节一致（docx 重新打包、固定时间戳）。
// 用法：node gen.cjs
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const Decimal = require('/work/main/node_modules/decimal.js');
const docx = require(path.join(__dirname, '../../node_modules/docx'));

Decimal.set({ precision: 60, rounding: Decimal.ROUND_HALF_UP });
const D = (x) => new Decimal(x);
const OUT = __dirname;

// ---------------------------------------------------------------- 数字格式
const CN = '零一二三四五六七八九';
function toCn(n) {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error('cn range ' + n);
  if (n < 10) return CN[n];
  const t = Math.floor(n / 10), u = n % 10;
  return (t === 1 ? '' : CN[t]) + '十' + (u ? CN[u] : '');
}
function fw(s) {
  return s.replace(/[0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).replace('.', '．');
}
function fmt(v, o) {
  if (o.cn) return toCn(v.toNumber());
  let s = v.toFixed(o.dp);
  if (o.sep) {
    const neg = s.startsWith('-');
    if (neg) s = s.slice(1);
    const [i, f] = s.split('.');
    s = (neg ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : '');
  }
  if (o.fw) s = fw(s);
  return s;
}
function dpOf(s) {
  const m = String(s).match(/\.(\d+)$/);
  return m ? m[1].length : 0;
}
// 从文本解析（生成器自检用；check.cjs 有独立实现）
function parseTok(t) {
  const a = t.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace('．', '.').replace(/,/g, '');
  if (/^[零一二三四五六七八九十两]+$/.test(a)) {
    const m = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
    if (a.includes('十')) {
      const [x, y] = a.split('十');
      return { v: D((x ? m[x] : 1) * 10 + (y ? m[y] : 0)), dp: 0 };
    }
    return { v: D(m[a]), dp: 0 };
  }
  return { v: D(a), dp: dpOf(a) };
}

// ---------------------------------------------------------------- 报告对象
let CURRENT = null;
class Doc {
  constructor(file, fmtName, opt = {}) {
    this.file = file;
    this.fmt = fmtName;
    this.opt = opt; // {kind, template, writer, txtIndent, txtTable}
    this.blocks = [];
    this.occ = new Map();
    this.rels = [];
    this.decoys = [];
    this.badSpec = null;
    CURRENT = this;
  }
  // ---- 图元（一次出现 = 一个 id）
  _add(id, v, o) {
    if (this.occ.has(id)) throw new Error(this.file + ': dup id ' + id);
    const dp = o.cn ? 0 : o.dp;
    if (!v.equals(v.toDecimalPlaces(dp))) throw new Error(this.file + ': ' + id + ' value ' + v + ' not at dp ' + dp);
    const oc = { id, v, dp, text: fmt(v, { ...o, dp }), kind: o.cn ? 'cn' : 'num', used: 0, __occ: true };
    this.occ.set(id, oc);
    return oc;
  }
  // 直接给出的数
  n(id, val, o = {}) {
    const s = String(val);
    return this._add(id, D(s), { dp: o.dp ?? dpOf(s), ...o });
  }
  m(id, val, o = {}) { return this.n(id, val, { dp: 2, ...o }); }
  i(id, val, o = {}) { return this.n(id, val, { dp: 0, ...o }); }
  cn(id, val) { return this.n(id, val, { cn: true }); }
  word(id, w) {
    if (this.occ.has(id)) throw new Error('dup ' + id);
    const oc = { id, v: null, w, text: w, kind: 'word', used: 0, __occ: true };
    this.occ.set(id, oc);
    return oc;
  }
  _terms(x) {
    const arr = Array.isArray(x) && !(x.length === 2 && typeof x[1] === 'number' && x[0].__occ) ? x : [x];
    return arr.map((t) => (t.__occ ? { id: t.id, s: 1 } : { id: t[0].id, s: t[1] }));
  }
  _val(terms) { return terms.reduce((a, t) => a.plus(this.occ.get(t.id).v.times(t.s)), D(0)); }
  // 合计 = Σ 部分
  sum(id, parts, o = {}) {
    const terms = this._terms(parts);
    const v = this._val(terms);
    const dp = o.dp ?? Math.max(...terms.map((t) => this.occ.get(t.id).dp));
    const oc = this._add(id, v.toDecimalPlaces(dp), { ...o, dp });
    this.rels.push({ type: 'sum', total: id, terms, note: o.note });
    return oc;
  }
  diff(id, a, b, o = {}) { return this.sum(id, [a, [b, -1]], o); }
  // 比率 = num / den × mul
  rate(id, num, den, o = {}) {
    const nt = this._terms(num), dt = this._terms(den);
    const mul = o.mul ?? 100;
    const dp = o.dp ?? 2;
    const v = this._val(nt).times(mul).div(this._val(dt)).toDecimalPlaces(dp);
    const oc = this._add(id, v, { ...o, dp });
    this.rels.push({ type: 'ratio', r: id, num: nt, den: dt, mul, note: o.note });
    return oc;
  }
  per(id, num, den, o = {}) { return this.rate(id, num, den, { mul: 1, ...o }); }
  // 变动率（显示绝对值），oc.up 表示增加
  chg(id, cur, prev, o = {}) {
    const dp = o.dp ?? 2;
    const raw = cur.v.minus(prev.v).times(100).div(prev.v);
    const sign = o.signed ? 1 : raw.gte(0) ? 1 : -1;
    const oc = this._add(id, (o.signed ? raw : raw.abs()).toDecimalPlaces(dp), { ...o, dp });
    oc.up = sign > 0;
    this.rels.push({ type: 'change', r: id, cur: cur.id, prev: prev.id, sign, note: o.note });
    return oc;
  }
  // 变动额（显示绝对值）
  chgAmt(id, cur, prev, o = {}) {
    const up = cur.v.gte(prev.v);
    const oc = up ? this.diff(id, cur, prev, o) : this.diff(id, prev, cur, o);
    oc.up = up;
    return oc;
  }
  // 单位换算
  conv(id, from, factor, o = {}) {
    const dp = o.dp ?? 2;
    const v = from.v.times(factor).toDecimalPlaces(dp);
    const oc = this._add(id, v, { ...o, dp });
    this.rels.push({ type: 'conv', to: id, from: from.id, factor: String(factor), note: o.note });
    return oc;
  }
  // 复述（同一数再次出现）
  re(id, src, o = {}) {
    const dp = o.cn ? 0 : o.dp ?? src.dp;
    const oc = this._add(id, src.v.toDecimalPlaces(dp), { sep: o.sep, fw: o.fw, cn: o.cn, dp });
    this.rels.push({ type: 'eq', a: src.id, b: id, note: o.note });
    return oc;
  }
  // 预算执行率得分：min(w, rate×w/100)
  scap(id, rate, w, o = {}) {
    const dp = o.dp ?? Math.max(w.dp, 2);
    let v = rate.v.times(w.v).div(100);
    if (v.gt(w.v)) v = w.v;
    const oc = this._add(id, v.toDecimalPlaces(dp), { dp });
    this.rels.push({ type: 'score_cap', s: id, rate: rate.id, w: w.id });
    return oc;
  }
  // 指标得分：达标满分；正向未达标按比例
  sind(id, w, actual, target, cmp, o = {}) {
    const dp = o.dp ?? w.dp;
    let v;
    const met = cmp === 'ge' ? actual.v.gte(target.v) : cmp === 'le' ? actual.v.lte(target.v) : actual.v.eq(target.v);
    if (met) v = w.v;
    else if (cmp === 'ge') v = w.v.times(actual.v).div(target.v);
    else if (cmp === 'le') v = w.v.times(target.v).div(actual.v);
    else throw new Error('eq unmet');
    const oc = this._add(id, v.toDecimalPlaces(dp), { dp });
    this.rels.push({ type: 'score_ind', s: id, w: w.id, actual: actual.id, target: target.id, cmp });
    return oc;
  }
  // 定性指标达成：得分 = 分值
  sfull(id, w, o = {}) {
    const oc = this._add(id, w.v, { dp: o.dp ?? w.dp });
    this.rels.push({ type: 'score_full', s: id, w: w.id });
    return oc;
  }
  grade(id, total) {
    const t = total.v;
    const g = t.gte(90) ? '优' : t.gte(80) ? '良' : t.gte(60) ? '中' : '差';
    const oc = this.word(id, g);
    this.rels.push({ type: 'grade', total: total.id, g: id });
    return oc;
  }
  // 记录已出现的合计与各部分之间的关系（合计已另行给出）
  isSum(total, parts, note) {
    const terms = this._terms(parts);
    if (!this._val(terms).toDecimalPlaces(total.dp).equals(total.v)) throw new Error(this.file + ': isSum ' + total.id);
    this.rels.push({ type: 'sum', total: total.id, terms, note });
  }
  same(a, b, note) { this.rels.push({ type: 'eq', a: a.id, b: b.id, note }); }
  decoy(a, b, note) { this.decoys.push({ a: a.id, b: b.id, note }); }
  bad(id, newText, kind, what) { this.badSpec = { id, newText, kind, what }; }

  // ---- 块
  _segs(strings, vals) {
    if (typeof strings === 'string') return [strings];
    if (Array.isArray(strings) && !strings.raw) return strings;
    const out = [];
    strings.forEach((s, k) => {
      out.push(s);
      if (k < vals.length) {
        const v = vals[k];
        if (v && v.__occ) out.push(v);
        else if (Array.isArray(v)) out.push(...v);
        else out.push(String(v));
      }
    });
    return norm(out);
  }
  S(strings, ...vals) { return this._segs(strings, vals); }
  title(strings, ...vals) { this.blocks.push({ t: 'title', segs: this._segs(strings, vals) }); }
  sub(strings, ...vals) { this.blocks.push({ t: 'sub', segs: this._segs(strings, vals) }); }
  h1(strings, ...vals) { this.blocks.push({ t: 'h', lvl: 1, segs: this._segs(strings, vals) }); }
  h2(strings, ...vals) { this.blocks.push({ t: 'h', lvl: 2, segs: this._segs(strings, vals) }); }
  h3(strings, ...vals) { this.blocks.push({ t: 'h', lvl: 3, segs: this._segs(strings, vals) }); }
  p(strings, ...vals) { this.blocks.push({ t: 'p', segs: this._segs(strings, vals) }); }
  right(strings, ...vals) { this.blocks.push({ t: 'right', segs: this._segs(strings, vals) }); }
  // 表：{cap, unit, head:[[cell]], body:[[cell]], txt:'tab'|'space', widths}
  // cell: string | occ | segs(array) | {c, cs, rs, b}
  table(spec) { this.blocks.push({ t: 'table', ...spec }); }
}
function norm(segs) {
  const out = [];
  for (const s of segs) {
    if (typeof s === 'string') {
      if (s === '') continue;
      if (out.length && typeof out[out.length - 1] === 'string') out[out.length - 1] += s;
      else out.push(s);
    } else out.push(s);
  }
  return out;
}
function cellObj(c) {
  if (c === null || c === undefined) return { segs: [], cs: 1, rs: 1 };
  if (typeof c === 'string') return { segs: c === '' ? [] : [c], cs: 1, rs: 1 };
  if (c.__occ) return { segs: [c], cs: 1, rs: 1 };
  if (Array.isArray(c)) return { segs: norm(c), cs: 1, rs: 1 };
  const inner = cellObj(c.c);
  return { ...inner, cs: c.cs || 1, rs: c.rs || 1, b: c.b };
}
// 展开为网格：grid[r][c] = {segs, origin:boolean, cs, rs}
function toGrid(rows) {
  const grid = [];
  const occupied = [];
  rows.forEach((row, r) => {
    grid[r] = grid[r] || [];
    occupied[r] = occupied[r] || [];
    let c = 0;
    for (const raw of row) {
      while (occupied[r][c]) c++;
      const cell = cellObj(raw);
      for (let dr = 0; dr < cell.rs; dr++) {
        for (let dc = 0; dc < cell.cs; dc++) {
          occupied[r + dr] = occupied[r + dr] || [];
          grid[r + dr] = grid[r + dr] || [];
          occupied[r + dr][c + dc] = true;
          grid[r + dr][c + dc] = dr === 0 && dc === 0 ? { ...cell, origin: true } : { segs: [], origin: false };
        }
      }
      c += cell.cs;
    }
  });
  return grid;
}

// ---------------------------------------------------------------- 渲染：行 = 段列表
function segText(segs, ov) {
  return segs.map((s) => (typeof s === 'string' ? s : ov && ov[s.id] !== undefined ? ov[s.id] : s.text)).join('');
}
function strWidth(s) {
  let w = 0;
  for (const ch of s) w += /[\u2e80-\u9fff\uf900-\ufaff\uff01-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}

function renderMd(doc) {
  const lines = [];
  const push = (segs) => lines.push(norm(segs));
  const blank = () => { if (lines.length && lines[lines.length - 1].length) lines.push([]); };
  const hp = doc.opt.mdH || ['## ', '### ', '#### '];
  for (const b of doc.blocks) {
    if (b.t === 'title') { push(['# ', ...b.segs]); blank(); }
    else if (b.t === 'sub') { push(b.segs); blank(); }
    else if (b.t === 'h') { blank(); push([hp[b.lvl - 1], ...b.segs]); blank(); }
    else if (b.t === 'p' || b.t === 'right') { push(b.segs); blank(); }
    else if (b.t === 'table') {
      blank();
      if (b.cap) { push(typeof b.cap === 'string' ? [b.cap] : b.cap); blank(); }
      if (b.unit) { push([b.unit]); blank(); }
      const hg = toGrid(b.head);
      const ncol = Math.max(...hg.map((r) => r.length));
      // 表头压平：同列自上而下不同文字相连
      const hdr = [];
      for (let c = 0; c < ncol; c++) {
        const parts = [];
        for (let r = 0; r < hg.length; r++) {
          const cell = findOrigin(hg, r, c);
          const t = cell ? segText(cell.segs) : '';
          if (t && parts[parts.length - 1] !== t) parts.push(t);
        }
        hdr.push(parts.join(''));
      }
      lines.push(['| ' + hdr.join(' | ') + ' |']);
      lines.push(['|' + hdr.map((h, k) => (b.align && b.align[k] === 'r' ? ' ---: ' : ' --- ')).join('|') + '|']);
      const bg = toGrid(b.body);
      for (const row of bg) {
        const segs = ['| '];
        row.forEach((cell, k) => {
          if (k) segs.push(' | ');
          if (cell.origin) segs.push(...cell.segs);
        });
        segs.push(' |');
        push(segs);
      }
      blank();
      if (b.note) { push(typeof b.note === 'string' ? [b.note] : b.note); blank(); }
    }
  }
  while (lines.length && !lines[lines.length - 1].length) lines.pop();
  return lines;
}
function findOrigin(grid, r, c) {
  // 找覆盖 (r,c) 的起点单元
  for (let rr = r; rr >= 0; rr--) {
    for (let cc = c; cc >= 0; cc--) {
      const g = grid[rr] && grid[rr][cc];
      if (g && g.origin && rr + g.rs > r && cc + g.cs > c) return g;
    }
  }
  return null;
}

function renderTxt(doc) {
  const lines = [];
  const push = (segs) => lines.push(norm(segs));
  const ind = doc.opt.txtIndent ?? '　　';
  const gap = doc.opt.txtGap ?? false; // 段间空行
  for (const b of doc.blocks) {
    if (b.t === 'title') { push([doc.opt.txtTitlePad ?? '', ...b.segs]); }
    else if (b.t === 'sub') { push(b.segs); if (gap) lines.push([]); }
    else if (b.t === 'h') { if (gap && lines.length && lines[lines.length - 1].length) lines.push([]); push([doc.opt.txtHInd ? ind : '', ...b.segs]); }
    else if (b.t === 'p') { push([ind, ...b.segs]); if (gap) lines.push([]); }
    else if (b.t === 'right') { push(b.segs); }
    else if (b.t === 'table') {
      if (b.cap) push(typeof b.cap === 'string' ? [b.cap] : b.cap);
      if (b.unit) push([b.unit]);
      const all = [...b.head, ...b.body];
      const grid = toGrid(all);
      const style = b.txt || doc.opt.txtTable || 'tab';
      const ncol = Math.max(...grid.map((r) => r.length));
      if (style === 'tab') {
        for (const row of grid) {
          const segs = [];
          for (let k = 0; k < ncol; k++) {
            if (k) segs.push('\t');
            const cell = row[k];
            if (cell && cell.origin) segs.push(...cell.segs);
          }
          push(segs);
        }
      } else {
        const widths = new Array(ncol).fill(0);
        for (const row of grid) row.forEach((cell, k) => { if (cell.origin && cell.cs === 1) widths[k] = Math.max(widths[k], strWidth(segText(cell.segs))); });
        for (const row of grid) {
          const segs = [];
          for (let k = 0; k < ncol; k++) {
            const cell = row[k];
            const t = cell && cell.origin ? segText(cell.segs) : '';
            if (cell && cell.origin) segs.push(...cell.segs);
            if (k < ncol - 1) {
              let w = widths[k];
              if (cell && cell.origin && cell.cs > 1) { w = 0; for (let j = 0; j < cell.cs; j++) w += widths[k + j] + 2; w -= 2; k += cell.cs - 1; if (k >= ncol - 1) break; }
              segs.push(' '.repeat(Math.max(0, w - strWidth(t)) + 2));
            }
          }
          // 去掉行尾空白
          const ns = norm(segs);
          if (ns.length && typeof ns[ns.length - 1] === 'string') ns[ns.length - 1] = ns[ns.length - 1].replace(/\s+$/, '');
          push(ns);
        }
      }
      if (b.note) push(typeof b.note === 'string' ? [b.note] : b.note);
    }
  }
  return lines;
}

// docx：行 = 非空段落（含表格单元格段落）
function docxLines(doc) {
  const lines = [];
  for (const b of doc.blocks) {
    if (b.t === 'table') {
      if (b.cap) lines.push(typeof b.cap === 'string' ? [b.cap] : b.cap);
      if (b.unit) lines.push([b.unit]);
      for (const row of toGrid([...b.head, ...b.body])) for (const cell of row) if (cell.origin && cell.segs.length) lines.push(norm(cell.segs));
      if (b.note) lines.push(typeof b.note === 'string' ? [b.note] : b.note);
    } else lines.push(norm(b.segs));
  }
  return lines.filter((l) => segText(l) !== '');
}

// docx 行的位置说明（表名｜行首｜列头），与 docxLines 一一对应
function docxMeta(doc, ov) {
  const out = [];
  for (const b of doc.blocks) {
    if (b.t === 'table') {
      const cap = b.cap ? segText(typeof b.cap === 'string' ? [b.cap] : b.cap) : '表';
      if (b.cap) out.push({ kind: 'p' });
      if (b.unit) out.push({ kind: 'p' });
      const grid = toGrid([...b.head, ...b.body]);
      const nh = b.head.length;
      grid.forEach((row, r) => row.forEach((cell, c) => {
        if (!(cell.origin && cell.segs.length)) return;
        const first = row.find((x) => x && x.origin && x.segs.length);
        const lab = first && first !== cell ? segText(first.segs, ov) : '';
        let hd = '';
        for (let rr = r - 1; rr >= 0 && !hd; rr--) {
          const o = findOrigin(grid, rr, c);
          const t = o ? segText(o.segs) : '';
          if (t && !/[0-9０-９]/.test(t)) hd = t;
        }
        out.push({ kind: 'cell', ctx: [cap.trim(), lab, hd].filter(Boolean).join('｜') });
      }));
      if (b.note) out.push({ kind: 'p' });
    } else if (segText(norm(b.segs)) !== '') out.push({ kind: 'p' });
  }
  return out;
}

function buildDocx(doc, ov) {
  const F = '宋体';
  const run = (segs, o = {}) => new docx.TextRun({ text: segText(segs, ov), font: { ascii: o.font || F, eastAsia: o.font || F, hAnsi: o.font || F }, size: o.size || 28, bold: o.bold });
  const kids = [];
  for (const b of doc.blocks) {
    if (b.t === 'title') kids.push(new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, spacing: { after: 240 }, children: [run(b.segs, { size: 40, bold: true, font: '方正小标宋简体' })] }));
    else if (b.t === 'sub') kids.push(new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, spacing: { after: 240 }, children: [run(b.segs, { size: 30, font: '楷体' })] }));
    else if (b.t === 'h') kids.push(new docx.Paragraph({ indent: { firstLine: 560 }, spacing: { before: 120, after: 60 }, children: [run(b.segs, { bold: b.lvl <= 2, font: b.lvl === 1 ? '黑体' : b.lvl === 2 ? '楷体' : F })] }));
    else if (b.t === 'p') kids.push(new docx.Paragraph({ indent: { firstLine: 560 }, spacing: { line: 360 }, children: [run(b.segs)] }));
    else if (b.t === 'right') kids.push(new docx.Paragraph({ alignment: docx.AlignmentType.RIGHT, children: [run(b.segs)] }));
    else if (b.t === 'table') {
      if (b.cap) kids.push(new docx.Paragraph({ alignment: docx.AlignmentType.CENTER, spacing: { before: 160 }, children: [run(typeof b.cap === 'string' ? [b.cap] : b.cap, { bold: true })] }));
      if (b.unit) kids.push(new docx.Paragraph({ alignment: docx.AlignmentType.RIGHT, children: [run([b.unit], { size: 21 })] }));
      const mk = (rows, isHead) => rows.map((row) => new docx.TableRow({
        tableHeader: isHead,
        children: row.map((raw) => {
          const c = cellObj(raw);
          const o = { columnSpan: c.cs > 1 ? c.cs : undefined, rowSpan: c.rs > 1 ? c.rs : undefined, verticalAlign: docx.VerticalAlign.CENTER,
            children: [new docx.Paragraph({ alignment: isHead || c.cs > 1 ? docx.AlignmentType.CENTER : docx.AlignmentType.LEFT, children: c.segs.length ? [run(c.segs, { size: 21, bold: isHead || c.b })] : [] })] };
          if (isHead) o.shading = { fill: 'D9E2F3', type: docx.ShadingType.CLEAR, color: 'auto' };
          return new docx.TableCell(o);
        }),
      }));
      kids.push(new docx.Table({ width: { size: 100, type: docx.WidthType.PERCENTAGE }, rows: [...mk(b.head, true), ...mk(b.body, false)] }));
      if (b.note) kids.push(new docx.Paragraph({ children: [run(typeof b.note === 'string' ? [b.note] : b.note, { size: 21 })] }));
      kids.push(new docx.Paragraph({ children: [] }));
    }
  }
  return new docx.Document({
    creator: doc.opt.author || '财务室', lastModifiedBy: doc.opt.author || '财务室', title: segText(doc.blocks[0].segs), revision: 1,
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children: kids }],
  });
}

// ---------------------------------------------------------------- zip（确定性重打包）
const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function unzip(buf) {
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  const n = buf.readUInt16LE(e + 10);
  let p = buf.readUInt32LE(e + 16);
  const out = [];
  for (let k = 0; k < n; k++) {
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20), nl = buf.readUInt16LE(p + 28), xl = buf.readUInt16LE(p + 30), cl = buf.readUInt16LE(p + 32), lo = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nl).toString('utf8');
    const lnl = buf.readUInt16LE(lo + 26), lxl = buf.readUInt16LE(lo + 28);
    const data = buf.slice(lo + 30 + lnl + lxl, lo + 30 + lnl + lxl + csize);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data) });
    p += 46 + nl + xl + cl;
  }
  return out;
}
function zip(entries) {
  const locals = [], centrals = [];
  let off = 0;
  const TIME = 0, DATE = ((2025 - 1980) << 9) | (3 << 5) | 20; // 2025-03-20 00:00
  for (const { name, data } of entries) {
    const nb = Buffer.from(name, 'utf8');
    const comp = zlib.deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const lh = Buffer.alloc(30);
    lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(TIME, 10); lh.writeUInt16LE(DATE, 12); lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22);
    lh.writeUInt16LE(nb.length, 26); lh.writeUInt16LE(0, 28);
    locals.push(lh, nb, comp);
    const ch = Buffer.alloc(46);
    ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(TIME, 12); ch.writeUInt16LE(DATE, 14); ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(data.length, 24);
    ch.writeUInt16LE(nb.length, 28); ch.writeUInt32LE(off, 42);
    centrals.push(ch, nb);
    off += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(off, 16);
  return Buffer.concat([...locals, cd, end]);
}
function stabilize(buf) {
  const ents = unzip(buf).map((e) => {
    let s = e.data;
    if (/\.(xml|rels)$/.test(e.name)) {
      let t = s.toString('utf8');
      t = t.replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms)/g, '$12025-03-20T09:00:00Z$3');
      s = Buffer.from(t, 'utf8');
    }
    return { name: e.name, data: s };
  });
  return zip(ents);
}
function docxParas(buf) {
  const ent = unzip(buf).find((e) => e.name === 'word/document.xml');
  const xml = ent.data.toString('utf8');
  const out = [];
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  let m;
  while ((m = re.exec(xml))) {
    let t = '';
    const r2 = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
    let k;
    while ((k = r2.exec(m[0]))) t += k[1];
    t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
    if (t !== '') out.push(t);
  }
  return out;
}

// ---------------------------------------------------------------- 关系求值（生成器侧）
function rnd(v, dp) { return v.toDecimalPlaces(dp, Decimal.ROUND_HALF_UP); }
function evalRel(rel, V) {
  const tv = (terms) => terms.reduce((a, t) => a.plus(V[t.id].v.times(t.s)), D(0));
  const eqAt = (x, o) => rnd(x, o.dp).equals(o.v);
  switch (rel.type) {
    case 'sum': return eqAt(tv(rel.terms), V[rel.total]);
    case 'ratio': { const d = tv(rel.den); if (d.isZero()) return false; return eqAt(tv(rel.num).times(rel.mul).div(d), V[rel.r]); }
    case 'change': { const c = V[rel.cur].v, p = V[rel.prev].v; return eqAt(c.minus(p).times(100 * rel.sign).div(p), V[rel.r]); }
    case 'conv': return eqAt(V[rel.from].v.times(rel.factor), V[rel.to]);
    case 'eq': { const a = V[rel.a], b = V[rel.b]; return a.dp >= b.dp ? eqAt(a.v, b) : eqAt(b.v, a); }
    case 'score_cap': { let x = V[rel.rate].v.times(V[rel.w].v).div(100); if (x.gt(V[rel.w].v)) x = V[rel.w].v; return eqAt(x, V[rel.s]); }
    case 'score_ind': {
      const a = V[rel.actual].v, t = V[rel.target].v, w = V[rel.w].v;
      const met = rel.cmp === 'ge' ? a.gte(t) : rel.cmp === 'le' ? a.lte(t) : a.eq(t);
      const x = met ? w : rel.cmp === 'ge' ? w.times(a).div(t) : rel.cmp === 'le' ? w.times(t).div(a) : D(-1);
      return eqAt(x, V[rel.s]);
    }
    case 'score_full': return V[rel.s].v.equals(V[rel.w].v);
    case 'grade': { const t = V[rel.total].v; const g = t.gte(90) ? '优' : t.gte(80) ? '良' : t.gte(60) ? '中' : '差'; return V[rel.g].w === g; }
    default: throw new Error('rel ' + rel.type);
  }
}
function relIds(rel) {
  switch (rel.type) {
    case 'sum': return [rel.total, ...rel.terms.map((t) => t.id)];
    case 'ratio': return [rel.r, ...rel.num.map((t) => t.id), ...rel.den.map((t) => t.id)];
    case 'change': return [rel.r, rel.cur, rel.prev];
    case 'conv': return [rel.to, rel.from];
    case 'eq': return [rel.a, rel.b];
    case 'score_cap': return [rel.s, rel.rate, rel.w];
    case 'score_ind': return [rel.s, rel.w, rel.actual, rel.target];
    case 'score_full': return [rel.s, rel.w];
    case 'grade': return [rel.total, rel.g];
  }
}
const REL_CN = { sum: '合计=各项之和', ratio: '比率=分子/分母', change: '变动率=(本年-上年)/上年', conv: '单位换算', eq: '同一数字复述一致', score_cap: '预算执行率得分=执行率×分值(封顶)', score_ind: '指标得分=分值×完成比例', score_full: '达标指标得满分', grade: '等级与总分一致' };

// ---------------------------------------------------------------- 输出
const REPORTS = [];
function report(file, fmtName, opt, build) { REPORTS.push({ file, fmtName, opt, build }); }

function layoutOf(lines) {
  const lay = {}, figs = {};
  lines.forEach((segs, k) => {
    if (!segs.some((s) => typeof s !== 'string')) return;
    const arr = [];
    let expectStr = true;
    for (const s of segs) {
      if (typeof s === 'string') { arr.push(s); expectStr = false; }
      else { if (expectStr) arr.push(''); arr.push('#' + s.id); expectStr = true; figs[s.id] = { line: k + 1, text: s.text, kind: s.kind }; }
    }
    if (expectStr) arr.push('');
    lay[k + 1] = arr;
  });
  return { lay, figs };
}
function linesText(lines, ov) { return lines.map((l) => segText(l, ov)); }

async function main() {
  const only = process.argv[2];
  fs.mkdirSync(path.join(OUT, 'clean'), { recursive: true });
  fs.mkdirSync(path.join(OUT, 'bad'), { recursive: true });
  const REL = { generator: 'gen.cjs', files: {} };
  const answers = ['file\tline\told\tnew\trelation'];
  for (const R of REPORTS) {
    if (only && !R.file.startsWith(only)) continue;
    const d = new Doc(R.file, R.fmtName, R.opt);
    R.build(d);
    let lines;
    if (R.fmtName === 'md') lines = renderMd(d);
    else if (R.fmtName === 'txt') lines = renderTxt(d);
    else lines = docxLines(d);
    // 每个图元恰好出现一次
    const seen = {};
    for (const l of lines) for (const s of l) if (typeof s !== 'string') seen[s.id] = (seen[s.id] || 0) + 1;
    for (const [id] of d.occ) if (seen[id] !== 1) throw new Error(R.file + ': figure ' + id + ' rendered ' + (seen[id] || 0) + ' times');
    const { lay, figs } = layoutOf(lines);
    // 关系：干净文件全部成立
    const V = {};
    for (const [id, o] of d.occ) V[id] = o.kind === 'word' ? { w: o.w } : { v: o.v, dp: o.dp };
    d.rels.forEach((r, k) => { if (!evalRel(r, V)) throw new Error(R.file + ': clean relation fails ' + k + ' ' + JSON.stringify(r)); });
    for (const dc of d.decoys) { if (V[dc.a].v && V[dc.b].v && V[dc.a].v.equals(V[dc.b].v)) throw new Error(R.file + ': decoy equal ' + dc.a + ' ' + dc.b); }
    // 坏文件
    const bs = d.badSpec;
    if (!bs) throw new Error(R.file + ': no bad spec');
    const bo = d.occ.get(bs.id);
    if (!bo) throw new Error(R.file + ': bad id ' + bs.id);
    const pv = parseTok(bs.newText);
    const VB = { ...V, [bs.id]: bo.kind === 'word' ? { w: bs.newText } : pv };
    const fails = [];
    d.rels.forEach((r, k) => { if (!evalRel(r, VB)) fails.push(k); });
    if (fails.length !== 1) throw new Error(R.file + ': bad breaks ' + fails.length + ' relations: ' + JSON.stringify(fails.map((k) => d.rels[k])));
    const involved = d.rels.filter((r) => relIds(r).includes(bs.id)).length;
    const ov = { [bs.id]: bs.newText };
    const ext = R.fmtName;
    const cleanPath = path.join(OUT, 'clean', R.file + '.' + ext), badPath = path.join(OUT, 'bad', R.file + '.' + ext);
    let cleanLines, badLines;
    if (ext === 'docx') {
      const cb = stabilize(await docx.Packer.toBuffer(buildDocx(d)));
      const bb = stabilize(await docx.Packer.toBuffer(buildDocx(d, ov)));
      fs.writeFileSync(cleanPath, cb);
      fs.writeFileSync(badPath, bb);
      cleanLines = docxParas(cb);
      badLines = docxParas(bb);
      const want = linesText(lines), wantB = linesText(lines, ov);
      if (JSON.stringify(cleanLines) !== JSON.stringify(want)) { fs.writeFileSync('/tmp/prov-s/dbg.json', JSON.stringify([cleanLines, want], null, 1)); throw new Error(R.file + ': docx paragraph model mismatch'); }
      if (JSON.stringify(badLines) !== JSON.stringify(wantB)) throw new Error(R.file + ': docx bad model mismatch');
    } else {
      cleanLines = linesText(lines);
      badLines = linesText(lines, ov);
      fs.writeFileSync(cleanPath, cleanLines.join('\n') + '\n');
      fs.writeFileSync(badPath, badLines.join('\n') + '\n');
    }
    const bline = figs[bs.id].line;
    const rel = d.rels[fails[0]];
    let ctx = '';
    if (ext === 'docx') {
      const meta = docxMeta(d, ov);
      if (meta.length !== lines.length) throw new Error(R.file + ': docx meta length');
      const m = meta[bline - 1];
      const t = badLines[bline - 1];
      if (m.kind === 'cell') ctx = '「单元格：' + m.ctx + '｜' + t + '」 ';
      else { const k = t.indexOf(bs.newText); ctx = '「段落：…' + t.slice(Math.max(0, k - 30), k + bs.newText.length + 12) + '…」 '; }
    }
    const desc = ctx + bs.kind + '：' + bs.what + '（' + REL_CN[rel.type] + '）';
    answers.push([R.file + '.' + ext, ext === 'docx' ? bline : bline, bo.text, bs.newText, desc].join('\t'));
    REL.files[R.file + '.' + ext] = {
      format: ext, kind: R.opt.kind, template: R.opt.template, writer: R.opt.writer,
      lines: lay, figs,
      relations: d.rels.map((r) => { const o = { ...r }; delete o.note; if (r.note) o.note = r.note; return o; }),
      decoys: d.decoys,
      bad: { id: bs.id, line: bline, old: bo.text, new: bs.newText, rel: fails[0], kind: bs.kind, what: bs.what, relations_touching: involved },
    };
    const bytes = ext === 'docx' ? Buffer.byteLength(cleanLines.join('\n')) : Buffer.byteLength(cleanLines.join('\n'));
    console.log(R.file + '.' + ext, 'figs', d.occ.size, 'rels', d.rels.length, 'bytes', bytes, 'bad:', bs.kind);
  }
  if (!only) {
    fs.writeFileSync(path.join(OUT, 'relations.json'), JSON.stringify(REL, null, 1) + '\n');
    fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  }
}

// ================================================================ 报告
// 24 份报告的内容。每份报告一个函数：先定数，再写句子。
(function defineReports({ report, D }) {
  // ------------------------------------------------------------ 公共小工具
  const dpOf = (s) => { const m = String(s).match(/\.(\d+)$/); return m ? m[1].length : 0; };
  // 指标项：返回 {w, s, t:segs, a:segs}
  function ind(d, k, idx, it) {
    const w = d.n(`${k}w${idx}`, it.w, { dp: it.wdp ?? dpOf(it.w) });
    const spec = (x, tag) => {
      if (x === undefined || x === null) return { occ: null, segs: [] };
      if (typeof x === 'string') return { occ: null, segs: [x] };
      if (x.__occ) return { occ: x, segs: [x] };
      if (x.o) return { occ: x.o, segs: [x.pre || '', x.o, x.post || ''] };
      const o = x.cn ? d.cn(`${k}${tag}${idx}`, x.v) : d.n(`${k}${tag}${idx}`, x.v, { dp: x.dp ?? dpOf(x.v), fw: x.fw, sep: x.sep });
      return { occ: o, segs: [x.pre || '', o, x.post || ''] };
    };
    const t = spec(it.t, 't'), a = spec(it.a, 'a');
    const sid = `${k}s${idx}`;
    const sdp = it.sdp ?? w.dp;
    let s;
    if (it.mode === 'cap') s = d.scap(sid, a.occ, w, { dp: sdp });
    else if (it.mode === 'ind') s = d.sind(sid, w, a.occ, t.occ, it.cmp || 'ge', { dp: sdp });
    else if (it.mode === 'full') s = d.sfull(sid, w, { dp: sdp });
    else if (it.mode === 'man') s = d.n(sid, it.s, { dp: sdp });
    else throw new Error('mode ' + it.mode);
    return { w, s, t: t.segs, a: a.segs, it };
  }
  function sumExpect(d, id, parts, expect, o = {}) {
    const x = d.sum(id, parts, o);
    if (expect !== undefined && !x.v.equals(D(expect))) throw new Error(d.file + ' ' + id + ' = ' + x.v + ' expected ' + expect);
    return x;
  }
  const pct = (o, sign = '%') => [o, sign];

  // 项目表指标行：l1、l2 相同的相邻行合并
  function indRows(d, K, items, cols = ['l1', 'l2', 'n', 't', 'a', 'w', 's', 'why']) {
    const got = items.map((it, k) => ind(d, K, k, it));
    const rows = got.map((g, k) => {
      const row = [];
      for (const c of cols) {
        if (c === 'l1' || c === 'l2') {
          const key = (x) => (c === 'l1' ? x.it.l1 : x.it.l1 + '|' + x.it.l2);
          if (k > 0 && key(got[k - 1]) === key(g)) continue;
          let n = 1;
          while (k + n < got.length && key(got[k + n]) === key(g)) n++;
          row.push(n > 1 ? { c: g.it[c], rs: n } : g.it[c]);
        } else if (c === 'n') row.push(g.it.n);
        else if (c === 't') row.push(g.t);
        else if (c === 'a') row.push(g.a);
        else if (c === 'w') row.push(g.w);
        else if (c === 's') row.push(g.s);
        else if (c === 'why') row.push(g.it.why || '');
      }
      return row;
    });
    return { rows, got };
  }

  // ============================================================ 01 部门整体（六维度框架）md
  report('01-chenglan-minzhengju-bumen', 'md', { kind: '部门整体', template: '六维度框架（运行成本/管理效率/履职效能/社会效应/可持续发展能力/服务对象满意度）', writer: '公文写手' }, (d) => {
    const bzX = d.i('bzX', 41), bzS = d.i('bzS', 21);
    const bz = d.sum('bz', [bzX, bzS]);
    const zzX = d.i('zzX', 38), zzS = d.i('zzS', 20);
    const zz = d.sum('zz', [zzX, zzS]);
    const ncb = d.cn('ncb', 9);
    const nc = d.m('nc', '5386.20', { sep: true }), zj = d.m('zj', '1214.55', { sep: true }), yj = d.m('yj', '306.00');
    const qn = d.sum('qn', [nc, zj, [yj, -1]], { sep: true });
    const zx = d.m('zx', '6101.38', { sep: true });
    const jy = d.diff('jy', qn, zx);
    const zxl = d.rate('zxl', zx, qn);
    const ry = d.m('ry', '2036.91', { sep: true }), gy = d.m('gy', '381.75');
    const jb = d.sum('jb', [ry, gy], { sep: true });
    const zx3 = d.re('zx3', zx);
    const xm = d.diff('xm', zx3, jb, { sep: true });
    const gyys = d.m('gyys', '395.00');
    // 三公表
    const rows3 = [
      ['因公出国（境）费', '0.00', '0.00', '0.00'],
      ['公务用车购置费', '0.00', '0.00', '0.00'],
      ['公务用车运行维护费', '14.62', '15.00', '13.28'],
      ['公务接待费', '3.85', '4.00', '2.96'],
    ];
    const c3 = rows3.map((r, k) => r.slice(1).map((v, j) => d.m(`sg${k}_${j}`, v)));
    const t3 = [0, 1, 2].map((j) => d.sum(`sgT${j}`, c3.map((r) => r[j])));
    const sgKz = d.rate('sgKz', t3[2], t3[1]);
    const sgJs = d.chgAmt('sgJs', t3[2], t3[0]);
    const sgJl = d.chg('sgJl', t3[2], t3[0]);
    const cgYs = d.m('cgYs', '436.80'), cgSj = d.m('cgSj', '421.35');
    const cgL = d.rate('cgL', cgSj, cgYs);
    const gzJh = d.i('gzJh', 24), gzWc = d.i('gzWc', 23);
    const gzL = d.rate('gzL', gzWc, gzJh);
    const lastQn = d.m('lastQn', '5872.06', { sep: true });
    const jsl = d.i('jsl', 100), xzyl = d.i('xzyl', 4), zxlv = d.n('zxlv', '93.2'), myl = d.n('myl', '94.6');

    d.title`澄岚市民政局2024年度部门整体支出绩效自评报告`;
    d.p`按照市财政局部署，依据省级部门整体支出绩效评价共性指标体系，我局从运行成本、管理效率、履职效能、社会效应、可持续发展能力和服务对象满意度六个维度，对2024年度部门整体支出开展了自评。现将有关情况报告如下。`;
    d.h1`一、部门概况`;
    d.p`我局主要负责全市社会救助、养老服务、社会组织登记管理、区划地名、婚姻登记和殡葬管理等工作，内设机构${ncb}个，另有市救助管理站、市社会福利院、市殡仪服务中心${'3'}家二级单位纳入本部门决算。`;
    d.p`年末核定编制${bz}人，其中行政编制${bzX}人、事业编制${bzS}人；实有在职人员${zz}人，其中行政${zzX}人、事业${zzS}人；另有退休人员27人，不计入人员控制率。`;
    d.h1`二、部门整体支出及使用情况`;
    d.h2`（一）预算安排与执行`;
    d.p`2024年年初预算${nc}万元，年中追加${zj}万元（主要为特困人员救助供养和困难残疾人两项补贴提标资金），压减${yj}万元，全年预算调整为${qn}万元，较上年全年预算${lastQn}万元有所增加。全年实际支出${zx}万元，预算执行率${zxl}%，年末结转结余${jy}万元。`;
    d.h2`（二）支出结构`;
    d.p`按支出性质分，基本支出${jb}万元，其中人员经费${ry}万元、公用经费${gy}万元（公用经费预算${gyys}万元）；项目支出${xm}万元，即全年支出${zx3}万元扣除基本支出后的部分，主要用于城乡低保、特困供养、临时救助、居家养老服务补贴和福利院改造等。`;
    d.h2`（三）“三公”经费与政府采购`;
    d.table({ cap: '表1  “三公”经费支出情况', unit: '单位：万元', head: [['项目', '2023年决算', '2024年预算', '2024年决算']], body: [...rows3.map((r, k) => [r[0], ...c3[k]]), ['合计', ...t3]], align: [null, 'r', 'r', 'r'] });
    d.p`“三公”经费全年决算数占预算数的${sgKz}%，比上年决算${sgJs.up ? '增加' : '减少'}${sgJs}万元，${sgJl.up ? '增长' : '下降'}${sgJl}%，主要是严格执行公务接待标准、压减车辆运行费用。全年因公出国（境）和公务用车购置均无支出。`;
    d.p`全年政府采购预算${cgYs}万元，实际采购${cgSj}万元，政府采购执行率${cgL}%，其中福利院适老化改造工程${'1'}项按规定公开招标。`;
    d.h1`三、部门整体绩效情况`;
    d.p`年初确定的重点工作共${gzJh}项，年末完成${gzWc}项，完成率${gzL}%；未完成的${'1'}项为市级养老服务信息平台二期，已进入联调。全年城乡低保、特困供养资金按月足额发放，发放及时率${jsl}%。新增星级养老机构${xzyl}家，困难群众救助政策知晓率抽样结果为${zxlv}%，服务对象满意度问卷回收有效问卷612份，满意率${myl}%。`;
    const K = 'x';

    const items = [
      { dim: '运行成本', n: '“三公”经费控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('sgKz2', sgKz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { dim: '运行成本', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('ryKz', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { dim: '运行成本', n: '公用经费控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('gyKz', gy, gyys), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { dim: '管理效率', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { dim: '管理效率', n: '结转结余率', t: { v: '5', pre: '≤', post: '%' }, a: { o: d.rate('jyl', jy, qn), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { dim: '管理效率', n: '政府采购执行率', t: { v: '100', post: '%' }, a: { o: d.re('cgLT', cgL), post: '%' }, w: '5', sdp: 2, mode: 'ind', cmp: 'ge' },
      { dim: '管理效率', n: '资产管理规范性', t: '规范', a: '规范', w: '5', mode: 'full' },
      { dim: '履职效能', n: '重点工作完成率', t: { v: '100', post: '%' }, a: { o: d.re('gzLT', gzL), post: '%' }, w: '10', sdp: 2, mode: 'ind', cmp: 'ge' },
      { dim: '履职效能', n: '救助资金发放及时率', t: { v: '100', post: '%' }, a: { o: d.re('jslT', jsl), post: '%' }, w: '10', mode: 'ind', cmp: 'ge' },
      { dim: '履职效能', n: '新增星级养老机构', t: { v: '3', pre: '≥', post: '家' }, a: { o: d.re('xzylT', xzyl), post: '家' }, w: '10', mode: 'ind', cmp: 'ge' },
      { dim: '社会效应', n: '救助政策知晓率', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('zxlvT', zxlv), post: '%' }, w: '5', mode: 'ind', cmp: 'ge' },
      { dim: '社会效应', n: '社会组织年检合格率', t: { v: '95', pre: '≥', post: '%' }, a: { v: '96.8', post: '%' }, w: '5', mode: 'ind', cmp: 'ge' },
      { dim: '可持续发展能力', n: '内控制度健全性', t: '健全', a: '健全', w: '5', mode: 'full' },
      { dim: '可持续发展能力', n: '信息化系统按期上线', t: { v: '2', post: '个' }, a: { v: '1', post: '个' }, w: '5', sdp: 0, mode: 'man', s: '3', why: '二期平台已完成主体开发，仅剩与省级平台联调，按进度酌情扣2分' },
      { dim: '服务对象满意度', n: '服务对象满意率', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('mylT', myl), post: '%' }, w: '10', mode: 'ind', cmp: 'ge' },
    ];
    const got = items.map((it, k) => ind(d, K, k, it));
    const dims = [...new Set(items.map((x) => x.dim))];
    const rows = [];
    for (const dim of dims) {
      const g = got.filter((x) => x.it.dim === dim);
      g.forEach((x, j) => rows.push([j === 0 ? { c: dim, rs: g.length } : undefined, x.it.n, x.t, x.a, x.w, x.s, x.it.why || ''].filter((c) => c !== undefined)));
    }
    // 维度汇总表
    const gw = {}, gs = {};
    dims.forEach((dim, k) => {
      const g = got.filter((x) => x.it.dim === dim);
      gw[dim] = d.sum(`gw${k}`, g.map((x) => x.w));
      gs[dim] = d.sum(`gs${k}`, g.map((x) => x.s));
    });
    const W = sumExpect(d, 'W', dims.map((x) => gw[x]), 100);
    const T = d.sum('T', dims.map((x) => gs[x]));
    const G = d.grade('G', T);
    d.table({ cap: '表2  部门整体支出绩效自评指标及得分', head: [['评价维度', '指标', '目标值', '实际完成', '分值', '得分', '扣分说明']], body: rows });
    d.p`六个维度汇总如下（详细得分见表2）：`;
    d.table({ cap: '表3  分维度得分汇总', head: [['评价维度', '分值', '得分']], body: [...dims.map((x) => [x, gw[x], gs[x]]), ['合计', W, T]] });
    d.p`综合评定，我局2024年度部门整体支出绩效自评得分${d.re('T2', T)}分，等级为“${G}”。`;
    d.h1`四、存在的问题`;
    d.p`一是预算编制精准度不够。追加预算规模占年初预算的比重偏高，部分补贴提标资金在年中才追加到位，影响了发放进度的均衡性。二是信息化建设滞后。养老服务信息平台二期未能按期上线，对居家养老服务补贴的线上核验支撑不足。三是政府采购计划性有待提高，有${'2'}个小额采购项目因需求变更未能在年内完成。`;
    d.h1`五、改进措施及结果应用`;
    d.p`（一）提高预算编制质量。提前测算提标政策对资金需求的影响，将可预见的增支因素纳入年初预算，减少年中追加。（二）加快平台建设。明确二期平台联调完成时限，按月通报进度。（三）强化采购管理。年初即编制采购实施计划，需求变更须经局党组会研究。自评结果将在局门户网站公开，并作为2026年预算安排的参考依据。`;
    d.decoy(lastQn, qn, '上年全年预算不得与本年全年预算比对');
    d.bad('ryKz', '95.16', '控制率', '在职人员控制率 = 在职人数58 / 编制数62');
  });
  // ============================================================ 02 区域绩效：耕地地力保护补贴（四县）md
  report('02-zeqi-gengdi-butie-quyu', 'md', { kind: '区域绩效', template: '转移支付区域绩效（市对所辖县区汇总）', writer: '农业农村局业务科室' }, (d) => {
    const cs = [
      ['柘阳县', '5218.46', '5196.03', '468110', '61235'],
      ['蒲溪县', '3906.72', '3906.72', '352950', '47108'],
      ['岚口县', '4471.30', '4402.18', '398740', '52961'],
      ['杉坪县', '2853.64', '2849.90', '257300', '36472'],
    ];
    const xd = [], ff = [], zl = [], mj = [], pj = [], nh = [];
    cs.forEach((c, k) => {
      xd[k] = d.m(`xd${k}`, c[1], { sep: true });
      ff[k] = d.m(`ff${k}`, c[2], { sep: true });
      zl[k] = d.rate(`zl${k}`, ff[k], xd[k]);
      mj[k] = d.i(`mj${k}`, c[3], { sep: true });
      pj[k] = d.per(`pj${k}`, ff[k], mj[k], { mul: 10000, dp: 2 });
      nh[k] = d.i(`nh${k}`, c[4], { sep: true });
    });
    const xdT = d.sum('xdT', xd, { sep: true }), ffT = d.sum('ffT', ff, { sep: true });
    const zlT = d.rate('zlT', ffT, xdT);
    const mjT = d.sum('mjT', mj, { sep: true }), nhT = d.sum('nhT', nh, { sep: true });
    const zy = d.m('zy', '13960.00', { sep: true }), sj = d.m('sj', '2490.12', { sep: true });
    const xdT2 = d.sum('xdT2', [zy, sj], { sep: true });
    const ffT2 = d.re('ffT2', ffT);
    const ffY = d.conv('ffY', ffT2, '0.0001', { dp: 2 });
    const lastXd = d.m('lastXd', '15902.37', { sep: true });
    const xdT3 = d.re('xdT3', xdT, { sep: true });
    const xdChg = d.chg('xdChg', xdT3, lastXd);
    const xd2b = d.re('xd2b', xd[2]), ff2b = d.re('ff2b', ff[2]);
    const lkSh = d.diff('lkSh', xd2b, ff2b);
    const lkAdj = d.rate('lkAdj', ff2b, [[xd2b, 1], [lkSh, -1]]);
    const nhApprox = d.n('nhApprox', '19.8');
    const mjW = d.conv('mjW', mjT, '0.0001', { dp: 2 });

    d.title`泽栖市2024年度耕地地力保护补贴资金区域绩效自评报告`;
    d.p`根据省财政厅、省农业农村厅关于开展2024年度农业相关转移支付区域绩效自评的通知要求，市农业农村局会同市财政局，对柘阳县、蒲溪县、岚口县、杉坪县四个县2024年度耕地地力保护补贴资金的分配、发放和效果进行了汇总自评。`;
    d.h1`一、基本情况`;
    d.p`耕地地力保护补贴对象为拥有耕地承包权的种地农民，补贴依据为二轮承包面积或确权面积，按亩定额直补到户。2024年全市收到上级下达补贴资金${xdT2}万元，其中中央资金${zy}万元、省级资金${sj}万元，由市级全额分解下达四县，市本级不留存。区域绩效目标为：补贴面积不少于145万亩，资金6月底前兑付到户，农户满意度不低于90%。`;
    d.h1`二、资金分配与使用情况`;
    d.p`四县资金下达与发放情况见表1。`;
    d.table({ cap: '表1  各县补贴资金下达与发放情况', head: [['县（区）', '下达资金（万元）', '实际发放（万元）', '执行率', '补贴面积（亩）', '亩均补贴（元）', '受益农户（户）']],
      body: [...cs.map((c, k) => [c[0], xd[k], ff[k], [zl[k], '%'], mj[k], pj[k], nh[k]]), ['合计', xdT, ffT, [zlT, '%'], mjT, '—', nhT]], align: [null, 'r', 'r', 'r', 'r', 'r', 'r'] });
    d.p`全市实际发放补贴资金${ffT2}万元，约合${ffY}亿元；补贴面积合计${mjW}万亩，惠及农户约${nhApprox}万户。下达资金总额${xdT3}万元，较上年的${lastXd}万元增长${xdChg}%，主要是省级资金按新的确权面积重新测算。`;
    d.p`蒲溪县资金全部兑付。岚口县下达${xd2b}万元、发放${ff2b}万元，差额${lkSh}万元为核减重复申报和非农占用面积后收回的资金，已按程序上缴；剔除收回的资金后，该县实际执行率为${lkAdj}%（表1中为按下达数计算的执行率）。柘阳县、杉坪县的少量差额为农户账户异常暂未兑付的部分，已结转至2025年继续发放。`;
    d.p`发放环节全部通过“一卡通”系统直达农户账户，各县均在村组张榜公示不少于7天，未发现截留、挤占、挪用问题。`;
    d.h1`三、绩效目标实现情况`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '决策', l2: '资金分配', n: '分配依据充分性', t: '充分', a: '充分', w: '10', mode: 'full' },
      { l1: '过程', l2: '资金管理', n: '资金到位率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '过程', l2: '资金管理', n: '预算执行率', t: '100%', a: { o: d.re('zlT2', zlT), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '产出', l2: '数量指标', n: '补贴面积', t: { v: '145', pre: '≥', post: '万亩' }, a: { o: d.re('mjW2', mjW), post: '万亩' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '质量指标', n: '补贴发放准确率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '质量指标', n: '面积抽查核实准确率', t: { v: '98', pre: '≥', post: '%' }, a: { v: '99.2', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '时效指标', n: '6月底前兑付到户的县', t: { v: '4', post: '个' }, a: { v: '3', post: '个' }, w: '10', mode: 'man', s: '7', why: '岚口县因面积核减复核延至7月中旬兑付，按时效扣3分' },
      { l1: '效益', l2: '社会效益', n: '耕地保护意识', t: '增强', a: '增强', w: '10', mode: 'full' },
      { l1: '效益', l2: '生态效益', n: '撂荒地复耕面积', t: { v: '1.5', pre: '≥', post: '万亩' }, a: { v: '1.62', post: '万亩' }, w: '10', mode: 'ind' },
      { l1: '满意度', l2: '服务对象满意度', n: '受补贴农户满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '95.30', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2  区域绩效自评表', head: [['一级指标', '二级指标', '三级指标', '年度目标值', '实际完成值', '分值', '得分', '偏差原因']], body: [...rows, [{ c: '合计', cs: 5 }, W, T, ['评价等级：', G]]] });
    d.p`经汇总评价，全市耕地地力保护补贴区域绩效自评得分${d.re('T2', T)}分。`;
    d.h1`四、存在的问题`;
    d.p`（一）面积基础数据更新不及时。个别县确权面积与实际种植面积存在差异，年内核减重复申报面积导致岚口县兑付延后。（二）资金兑付存在尾欠。部分农户“一卡通”账户销户或冻结，资金暂不能到账。（三）绩效目标偏粗。区域目标只设面积和满意度，对耕地质量提升缺少可量化的指标。`;
    d.h1`五、改进措施`;
    d.p`（一）督促各县在3月底前完成面积核实，建立面积数据年度更新台账。（二）对账户异常农户逐户建立清单，由乡镇财政所联系补办，确保结转资金上半年兑付完毕。（三）2025年起在区域绩效目标中增设耕地质量等级、秸秆还田面积等指标，并将各县自评结果与下年资金分配挂钩。`;
    d.decoy(lastXd, xdT3, '上年下达数，不是本年合计');
    d.decoy(lkAdj, zl[2], '岚口县剔除收回资金后的执行率与表1按下达数计算的执行率不同');
    d.decoy(nhApprox, nhT, '约19.8万户为约数（表中合计为户数）');
    d.bad('nhT', '198,776', '表格列合计', '表1“受益农户（户）”列合计 = 四县之和');
  });

  // ============================================================ 03 学校项目（单位自定权重）md
  report('03-huaiyu-shiyan-zhongxue-zhihui-xiangmu', 'md', { kind: '项目', template: '项目自评表（自定权重：产出40/效益20/满意度10/成本20/预算执行率10）', writer: '模型起草稿' }, (d) => {
    const src = [['当年财政拨款', '320.00', '305.50', '292.18'], ['上年结转资金', '60.00', '60.00', '60.00'], ['其他资金', '0.00', '0.00', '0.00']];
    const F = src.map((r, k) => r.slice(1).map((v, j) => d.m(`f${k}_${j}`, v)));
    const FT = [0, 1, 2].map((j) => d.sum(`fT${j}`, F.map((r) => r[j])));
    const rr = [0, 1].map((k) => d.rate(`fr${k}`, F[k][2], F[k][1]));
    const rT = d.rate('frT', FT[2], FT[1]);
    const w0 = d.i('w0', 10);
    const s0 = d.scap('s0', rT, w0, { dp: 2 });
    const nc = d.re('nc', FT[0]), ncP = d.re('ncP', F[0][0]), ncJ = d.re('ncJ', F[1][0]);
    const tj = d.m('tj', '14.50');
    const qn = d.diff('qn', nc, tj);
    const zx = d.re('zx', FT[2]);
    const js = d.m('js', '143.84'), jsN = d.i('jsN', 580), jsNt = d.i('jsNt', 600);
    const jsR = d.rate('jsR', jsN, jsNt);
    const jsQ = d.diff('jsQ', jsNt, jsN);
    const js2 = d.re('js2', js);
    const jsPer = d.per('jsPer', js2, jsN, { mul: 10000, dp: 0 });
    const jsWan = d.conv('jsWan', jsPer, '0.0001', { dp: 3 });
    const jsPer2 = d.re('jsPer2', jsPer);
    const jiaoshi = d.m('jiaoshi', '196.56'), jsJ = d.i('jsJ', 24);
    const yw = d.m('yw', '11.78');
    const zx2 = d.sum('zx2', [jiaoshi, js, yw]);
    const jsJ2 = d.re('jsJ2', jsJ);
    const jsPerJ = d.per('jsPerJ', jiaoshi, jsJ2, { dp: 2 });
    const lastRate = d.n('lastRate', '91.2');

    d.title`槐屿区实验中学2024年度“智慧校园提升改造”项目支出绩效自评报告`;
    d.h1`一、项目概况`;
    d.p`“智慧校园提升改造”是我校列入区教育信息化三年行动的重点项目，主要内容包括改造智慧教室、更新学生学习终端、建设校本资源平台并开展教师应用培训。项目年度绩效目标为：完成${jsJ}间智慧教室改造，更新学生终端${jsNt}台，秋季开学前投入使用，信息化教学课时占比达到40%以上，师生满意度不低于90%。`;
    d.p`总体来看，项目由学校总务处牵头实施、信息中心负责技术把关，区教育局计财科负责资金拨付和过程监管。`;
    d.h1`二、项目资金使用及管理情况`;
    d.p`项目年初预算${nc}万元，其中当年财政拨款${ncP}万元、上年结转资金${ncJ}万元。年中根据公开招标结果调减${tj}万元，全年预算为${qn}万元。截至12月31日，项目实际支出${zx}万元，资金来源及执行情况如下表。`;
    d.table({ cap: '表1  项目资金情况', unit: '单位：万元', head: [['资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
      body: [['年度资金总额', ...FT, w0, [rT, '%'], s0], ...src.map((r, k) => [r[0], ...F[k], '—', k < 2 ? [rr[k], '%'] : '—', '—'])], align: [null, 'r', 'r', 'r', 'r', 'r', 'r'] });
    d.p`从支出构成看，智慧教室改造${jiaoshi}万元，学生终端采购${js}万元，平台运维及教师培训${yw}万元，合计${zx2}万元。值得注意的是，财政拨款部分执行率低于结转资金，原因是终端尾款需待2025年初完成到货验收后支付。`;
    d.p`资金管理方面，学校严格执行《中小学校财务制度》和区级项目资金管理办法，实行专账核算，大额支出经校务会集体研究，采购全部通过区政府采购平台完成。`;
    d.h1`三、项目绩效情况`;
    d.p`产出方面，${jsJ2}间智慧教室全部在8月底前完成改造并通过验收，单间改造成本${jsPerJ}万元；学生终端实际到货${jsN}台，占计划数的${jsR}%，其余${jsQ}台因供应商产能不足延至2025年1月交付。终端采购支出${js2}万元，按到货数量计算平均单价${jsPer}元/台（合${jsWan}万元）。`;
    d.p`效益方面，新学期信息化教学课时占比达到46.5%，校本资源平台上线微课312节。满意度方面，面向学生、家长和教师发放问卷，满意度为92.80%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '改造智慧教室', t: { o: d.re('jsJt', jsJ), post: '间' }, a: { o: d.re('jsJa', jsJ2), post: '间' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '更新学生终端', t: { o: d.re('jsNt2', jsNt), post: '台' }, a: { o: d.re('jsNa', jsN), post: '台' }, w: '10', sdp: 2, mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '设备验收合格率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '时效指标', n: '教室改造完成时间', t: '8月31日前', a: '8月28日', w: '10', mode: 'full' },
      { l1: '成本指标', l2: '经济成本指标', n: '单间教室改造成本', t: { v: '8.5', pre: '≤', post: '万元' }, a: { o: d.re('jsPerJT', jsPerJ), post: '万元' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '成本指标', l2: '经济成本指标', n: '学生终端单价', t: { v: '2600', pre: '≤', post: '元' }, a: { o: jsPer2, post: '元' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益指标', n: '信息化教学课时占比', t: { v: '40', pre: '≥', post: '%' }, a: { v: '46.5', post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '可持续影响指标', n: '设备运维机制', t: '建立', a: '已建立', w: '10', mode: 'full' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '师生满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.80', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ cap: '表2  项目绩效指标完成及得分（预算执行率10分见表1）', head: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因']], body: [...rows, [{ c: '总分（含预算执行率）', cs: 5 }, W, T, '']] });
    d.p`综合上述情况，项目自评等级为“${G}”。需要说明的是，上年同类项目预算执行率为${lastRate}%，本年较上年有所提高，但与100%的目标仍有差距。`;
    d.h1`四、存在的问题`;
    d.p`一是采购进度把控不足。终端供货时间未在合同中设置违约约束，导致部分终端跨年交付。二是资源平台使用不均衡，部分学科教师上传和调用资源较少。三是绩效目标中缺少对教学质量提升的量化指标。`;
    d.h1`五、改进措施`;
    d.p`一是完善合同条款，对供货期限、分批验收和违约责任作出明确约定；二是将资源平台使用情况纳入教研组考核，开展学科应用示范课；三是下年度增设学业质量、课堂互动频次等效益指标，使绩效目标更加可衡量。`;
    d.decoy(lastRate, rT, '上年同类项目执行率');
    d.bad('T', '98.31', '总分', '表2总分 = 预算执行率得分 + 各指标得分');
  });

  // ============================================================ 04 医院部门整体（附件表）md
  report('04-lanjiang-dier-yiyuan-bumen', 'md', { kind: '部门整体', template: '部门整体自评＋附件（收支决算总表、功能分类支出表、基本支出表）', writer: '医院财务科' }, (d) => {
    const bz = d.i('bz', 612), zz = d.i('zz', 598);
    const kz = d.rate('kz', zz, bz);
    const srF = d.m('srF', '6842.35', { sep: true }), srS = d.m('srS', '38615.20', { sep: true }), srQ = d.m('srQ', '1204.77', { sep: true });
    const srT = d.sum('srT', [srF, srS, srQ], { sep: true });
    const zcJ = d.m('zcJ', '39852.47', { sep: true }), zcX = d.m('zcX', '5913.28', { sep: true });
    const zcT = d.sum('zcT', [zcJ, zcX], { sep: true });
    const jy = d.diff('jy', srT, zcT, { sep: true });
    const P = (id, o) => d.re(id, o, { sep: true });
    const pF = P('pF', srF), pS = P('pS', srS), pQ = P('pQ', srQ);
    const pT = d.sum('pT', [pF, pS, pQ], { sep: true }); d.same(srT, pT);
    const pJ = P('pJ', zcJ), pX = P('pX', zcX);
    const pZ = d.sum('pZ', [pJ, pX], { sep: true }); d.same(zcT, pZ);
    const pY = d.diff('pY', pT, pZ, { sep: true }); d.same(jy, pY);
    // 功能分类
    const it = (id, v) => d.m(id, v, { sep: true });
    const x1 = it('x1', '4362.58'), x2 = it('x2', '1106.47'), x3 = it('x3', '716.35'), x4 = it('x4', '318.26'), x5 = it('x5', '286.46');
    const k1 = d.sum('k1', [x1], { sep: true }), k2 = d.sum('k2', [x2, x3], { sep: true }), k3 = d.sum('k3', [x4], { sep: true }), k4 = d.sum('k4', [x5], { sep: true });
    const l1 = d.sum('l1', [k1, k2], { sep: true }), l2 = d.sum('l2', [k3], { sep: true }), l3 = d.sum('l3', [k4], { sep: true });
    const gnT = d.sum('gnT', [l1, l2, l3], { sep: true });
    // 基本支出表
    const jbv = [['2023年决算', '3912.40', '428.15'], ['2024年预算', '4060.00', '455.00'], ['2024年决算', '4031.62', '437.09']];
    const JB = jbv.map((r, k) => [d.m(`jr${k}`, r[1], { sep: true }), d.m(`jg${k}`, r[2])]);
    const JBT = JB.map((r, k) => d.sum(`jt${k}`, r, { sep: true }));
    const gnT2 = d.re('gnT2', gnT, { sep: true });
    const srF2 = d.re('srF2', srF, { sep: true });
    const czL = d.rate('czL', gnT2, srF2);
    const jbT2 = d.re('jbT2', JBT[2], { sep: true });
    const czX = d.diff('czX', gnT2, jbT2, { sep: true });
    const ryPrev = d.re('ryPrev', JB[0][0], { sep: true }), ryCur = d.re('ryCur', JB[2][0], { sep: true });
    const ryChg = d.chg('ryChg', ryCur, ryPrev);
    const mz = d.n('mz', '54.36'), mzL = d.n('mzL', '51.17');
    const mzChg = d.chg('mzChg', mz, mzL);
    const cy = d.n('cy', '2.26'), zyr = d.n('zyr', '7.9'), yzb = d.n('yzb', '27.6'), my = d.n('my', '93.1');

    d.title`岚江市第二人民医院2024年度部门整体支出绩效自评报告`;
    d.h1`一、单位基本情况`;
    d.p`我院为市卫生健康委所属差额拨款公立医院，设临床科室28个、医技科室9个，编制床位500张。年末核定编制${bz}人，在职在编${zz}人，人员控制率${kz}%；另有合同制人员341人，未计入控制率口径。`;
    d.h1`二、部门收支及财政拨款使用情况`;
    d.p`2024年收入合计${pT}万元，其中财政拨款收入${pF}万元、事业收入${pS}万元、其他收入${pQ}万元；支出合计${pZ}万元，其中基本支出${pJ}万元、项目支出${pX}万元；收支相抵，年末结余${pY}万元（详见附件1）。`;
    d.p`财政拨款支出${gnT2}万元，占当年财政拨款收入${srF2}万元的${czL}%，按功能分类的明细见附件2。其中财政拨款基本支出${jbT2}万元（附件3），财政拨款项目支出${czX}万元，主要用于基本公共卫生服务、重大公共卫生服务和公立医院综合改革补助。`;
    d.p`人员经费方面，财政拨款人员经费${ryCur}万元，较上年的${ryPrev}万元增长${ryChg}%，主要是落实绩效工资调整政策。`;
    d.h1`三、绩效目标完成情况`;
    const mzA = d.n('mzA', '50');
    d.decoy(mzA, mz, '“超50万人次”为约数');
    d.p`我院年门急诊量已连续两年超${mzA}万人次。全年门急诊${mz}万人次，较上年${mzL}万人次增长${mzChg}%；出院病人${cy}万人次，平均住院日${zyr}天，药占比${yzb}%，均优于年度目标。基本公共卫生服务项目在市级考核中排名第2位，患者满意度${my}%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '预算执行', l2: '预算执行率', n: '财政拨款支出执行率', t: '100%', a: { o: d.re('czLT', czL), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '产出指标', l2: '数量指标', n: '门急诊人次', t: { v: '52', pre: '≥', post: '万人次' }, a: { o: d.re('mzT', mz), post: '万人次' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '出院人次', t: { v: '2.1', pre: '≥', post: '万人次' }, a: { o: d.re('cyT', cy), post: '万人次' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '平均住院日', t: { v: '8.5', pre: '≤', post: '天' }, a: { o: d.re('zyT', zyr), post: '天' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '产出指标', l2: '质量指标', n: '药占比', t: { v: '30', pre: '≤', post: '%' }, a: { o: d.re('yzT', yzb), post: '%' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益', n: '基本公卫考核排名', t: '前3名', a: '第2名', w: '15', mode: 'full' },
      { l1: '效益指标', l2: '可持续影响', n: '医联体成员单位', t: { v: '6', pre: '≥', post: '家' }, a: { v: '5', post: '家' }, w: '15', sdp: 1, mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '患者满意度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('myT', my), post: '%' }, w: '10', mode: 'ind' },
    ], ['l1', 'l2', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表1  部门整体支出绩效自评表', head: [['一级指标', '二级指标', '三级指标', '目标值', '完成值', '分值', '得分']], body: [...rows, [{ c: '合计', cs: 5 }, W, T]] });
    d.p`自评总分${d.re('T2', T)}分，等级“${G}”。`;
    d.h1`四、存在问题及原因`;
    d.p`1.医联体建设未达目标。计划新增的一家乡镇卫生院因人员调整未签约。2.项目支出进度前慢后快，第四季度支出占全年项目支出近五成。3.财政拨款结余主要集中在重大公卫项目，年初测算偏宽。`;
    d.h1`五、改进措施`;
    d.p`1.2025年一季度完成医联体签约，纳入院长办公会督办事项。2.按月通报项目支出进度，对滞后科室约谈。3.重大公卫项目按上年实际工作量测算预算，压缩结余。`;
    d.h1`附件`;
    d.table({ cap: '附件1  2024年度收支决算总表', unit: '单位：万元', head: [['收入项目', '金额', '支出项目', '金额']],
      body: [['财政拨款收入', srF, '基本支出', zcJ], ['事业收入', srS, '项目支出', zcX], ['其他收入', srQ, '', ''], ['收入合计', srT, '支出合计', zcT], ['', '', '年末结余', jy]] });
    d.table({ cap: '附件2  财政拨款支出决算表（按功能分类）', unit: '单位：万元', head: [['科目编码', '科目名称', '决算数']],
      body: [['210', '卫生健康支出', l1], ['21002', '公立医院', k1], ['2100202', '综合医院', x1], ['21004', '公共卫生', k2], ['2100408', '基本公共卫生服务', x2], ['2100409', '重大公共卫生服务', x3],
        ['208', '社会保障和就业支出', l2], ['20805', '行政事业单位养老支出', k3], ['2080505', '机关事业单位基本养老保险缴费支出', x4], ['221', '住房保障支出', l3], ['22102', '住房改革支出', k4], ['2210201', '住房公积金', x5], ['', '合计', gnT]] });
    d.table({ cap: '附件3  财政拨款基本支出情况表', unit: '单位：万元', head: [['项目', '人员经费', '公用经费', '合计']], body: jbv.map((r, k) => [r[0], ...JB[k], JBT[k]]) });
    d.decoy(mzL, mz, '上年门急诊人次');
    d.bad('jt0', '4,430.55', '表格行合计', '附件3“2023年决算”行：合计 = 人员经费 + 公用经费');
  });

  // ============================================================ 05 国有林场项目：森林抚育 md
  report('05-xiuyun-linchang-senlin-fuyu-xiangmu', 'md', { kind: '项目', template: '项目自评表（标准权重 10/50/30/10）', writer: '林场技术员' }, (d) => {
    const mj = d.i('mj', 13560, { sep: true });
    const xd = d.m('xd', '162.72');
    const bz = d.per('bz', xd, mj, { mul: 10000, dp: 0 });
    const zc = d.m('zc', '8.40');
    const qn = d.sum('qn', [xd, zc]);
    const mjT = d.re('mjT', mj, { sep: true });
    const a1 = d.m('a1', '72.36'), a2 = d.m('a2', '41.25'), a3 = d.m('a3', '28.60'), a4 = d.m('a4', '16.20');
    const cz = d.sum('cz', [a1, a2, a3, a4]);
    const zc2 = d.re('zc2', zc);
    const zx = d.sum('zx', [cz, zc2]);
    const xd3 = d.re('xd3', xd), cz4 = d.re('cz4', cz);
    const jy = d.diff('jy', xd3, cz4);
    const m1 = d.i('m1', 7240, { sep: true }), m2 = d.i('m2', 4180, { sep: true }), m3 = d.i('m3', 2140, { sep: true });
    const mjA = d.sum('mjA', [m1, m2, m3], { sep: true });
    const pj = d.per('pj', cz4, mjA, { mul: 10000, dp: 2 });
    const mm = d.n('mm', '2.95'), hg = d.n('hg', '97.6'), sz = d.n('sz', '6.3'), wg = d.i('wg', 1386, { sep: true }), my = d.n('my', '91.5');
    // 资金表
    const FR = [
      ['当年财政拨款', '0.00', d.re('fq1', xd), d.re('fz1', cz)],
      ['上年结转资金', '0.00', '0.00', '0.00'],
      ['其他资金', '0.00', d.re('fq3', zc), d.re('fz3', zc)],
    ].map((r, k) => r.map((c, j) => (j === 0 || (c && c.__occ) ? c : d.m(`fr${k}_${j}`, c))));
    const FT = [1, 2, 3].map((j) => d.sum(`fT${j}`, FR.map((r) => r[j])));
    d.same(qn, FT[1]); d.same(zx, FT[2]);
    const fR = d.rate('fR', FT[2], FT[1]);
    const w0 = d.i('w0', 10);
    const s0 = d.scap('s0', fR, w0, { dp: 2 });

    d.title`岫云国有林场2024年度中央财政森林抚育补助项目绩效自评报告`;
    d.h1`一、项目基本情况`;
    d.p`岫云国有林场经营面积4.6万亩，以马尾松、杉木人工林和阔叶次生林为主。2024年省林业局下达我场中央财政森林抚育任务${mj}亩，补助资金${xd}万元，补助标准${bz}元/亩；林场另安排自有资金${zc}万元用于作业道维护，项目全年预算合计${qn}万元，年初未列预算。`;
    d.p`年度绩效目标：完成中幼林抚育${mjT}亩，补植补造苗木2.8万株，作业质量合格率95%以上，11月底前完成全部作业并通过场级验收。`;
    d.h1`二、资金使用及管理情况`;
    d.p`中央补助资金实际支出${cz}万元，其中割灌除草${a1}万元、修枝整形${a2}万元、补植补造${a3}万元、作业设计及检查验收${a4}万元；自有资金支出${zc2}万元。项目合计支出${zx}万元。`;
    d.p`中央补助资金下达${xd3}万元，支出${cz4}万元，结余${jy}万元，主要是作业设计和检查验收服务采购形成的节余，已报省林业局同意结转用于2025年抚育后管护。资金实行林场财务室专账核算，作业队按完成量和验收结果结算，劳务费通过银行代发，不发放现金。`;
    d.h1`三、绩效目标完成情况`;
    d.h2`（一）产出`;
    d.p`全年完成抚育面积${mjA}亩，其中割灌除草${m1}亩、修枝整形${m2}亩、补植补造${m3}亩，按完成面积计算中央补助资金亩均支出${pj}元；补植苗木${mm}万株。省市联合抽查小班42个，作业合格率${hg}%。全部作业于11月22日完成。`;
    d.h2`（二）效益`;
    d.p`抚育小班林木年均生长量较未抚育对照样地提高${sz}%，林下可燃物明显减少，全年林区未发生森林火灾。作业期间吸纳周边村民务工${wg}人次，发放劳务费约60万元。周边村民满意度调查结果为${my}%。`;
    d.h1`四、自评结果`;
    d.table({ cap: '表1  项目资金执行情况', unit: '单位：万元', head: [['项目', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分']],
      body: [['年度资金总额', FT[0], FT[1], FT[2], w0, [fR, '%'], s0], ...FR.map((r) => [...r, '—', '—', '—'])] });
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '完成抚育面积', t: { o: d.re('mjTt', mj, { sep: true }), post: '亩' }, a: { o: d.re('mjAt', mjA, { sep: true }), post: '亩' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '补植苗木', t: { v: '2.8', pre: '≥', post: '万株' }, a: { o: d.re('mmT', mm), post: '万株' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '作业质量合格率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('hgT', hg), post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '小班档案建档率', t: { v: '100', post: '%' }, a: { v: '92', post: '%' }, w: '5', sdp: 0, mode: 'man', s: '4', why: '8个小班图斑待与国土变更调查数据校核，建档暂缓，扣1分' },
      { l1: '产出指标', l2: '时效指标', n: '作业完成时间', t: '11月30日前', a: '11月22日', w: '10', mode: 'full' },
      { l1: '效益指标', l2: '生态效益', n: '林木年均生长量提高', t: { v: '5', pre: '≥', post: '%' }, a: { o: d.re('szT', sz), post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '生态效益', n: '森林火灾发生次数', t: { v: '0', post: '起' }, a: { v: '0', post: '起' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益', n: '带动村民务工', t: { v: '1200', pre: '≥', post: '人次' }, a: { o: d.re('wgT', wg, { sep: false }), post: '人次' }, w: '10', mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '周边村民满意度', t: { v: '85', pre: '≥', post: '%' }, a: { o: d.re('myT', my), post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const TT = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', TT);
    d.table({ cap: '表2  绩效指标自评表', head: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析']], body: [...rows, [{ c: '总分（含预算执行率10分）', cs: 5 }, W, TT, ['自评等级：', G]]] });
    d.h1`五、存在的问题`;
    d.p`1.预算测算偏宽，作业设计和检查验收经费按上限测算，形成少量结余。2.小班档案与国土变更调查数据未完全对接，建档率未达目标。3.抚育后期管护缺少专门经费，成效巩固压力较大。`;
    d.h1`六、改进措施`;
    d.p`1.按近三年实际采购价格测算服务类经费，结转资金2025年上半年用完。2.安排专人开展图斑校核，年内完成全部小班建档。3.申请将抚育后管护纳入林场年度预算，建立作业质量回访制度。`;
    d.decoy(bz, pj, '补助标准120元/亩与实际亩均支出不同');
    d.bad('pj', '118.62', '单位成本', '亩均支出 = 中央补助支出158.41万元 / 完成面积13,560亩');
  });

  // ============================================================ 06 公安分局部门整体（投入/过程/产出/效益）md
  report('06-huaiyu-gongan-fenju-bumen', 'md', { kind: '部门整体', template: '部门整体（投入/过程/产出/效益四类指标，含三公经费对比表）', writer: '公安警务保障科' }, (d) => {
    const bz = d.i('bz', 186), zz = d.i('zz', 179);
    const nc = d.m('nc', '18642.30', { sep: true }), zj = d.m('zj', '2316.85', { sep: true });
    const qn = d.sum('qn', [nc, zj], { sep: true });
    const zx = d.m('zx', '20487.66', { sep: true });
    const zxl = d.rate('zxl', zx, qn);
    const jz = d.diff('jz', qn, zx);
    const ry = d.m('ry', '12118.52', { sep: true }), gy = d.m('gy', '2087.86', { sep: true });
    const jb = d.sum('jb', [ry, gy], { sep: true });
    const xm = d.m('xm', '6281.28', { sep: true });
    const zx2 = d.sum('zx2', [jb, xm], { sep: true }); d.same(zx, zx2);
    const r3 = [['因公出国（境）费', '0.00', '0.00', '0.00'], ['公务用车购置费', '86.00', '92.00', '91.40'], ['公务用车运行维护费', '312.46', '320.00', '298.73'], ['公务接待费', '6.82', '7.50', '5.94']];
    const C = r3.map((r, k) => r.slice(1).map((v, j) => d.m(`c${k}_${j}`, v)));
    const CT = [0, 1, 2].map((j) => d.sum(`cT${j}`, C.map((r) => r[j])));
    const cT2q = d.re('cT2q', CT[2]), cT1q = d.re('cT1q', CT[1]);
    const kz3 = d.rate('kz3', cT2q, cT1q);
    const it = (k) => { const prev = d.re(`p${k}`, C[k][0]), cur = d.re(`q${k}`, C[k][2]); return { prev, cur, r: d.chg(`g${k}`, cur, prev) }; };
    const g1 = it(1), g2 = it(2), g3 = it(3);
    const cl = d.i('cl', 4);
    const dz = d.i('dz', 412), dzL = d.i('dzL', 538);
    const dzR = d.chg('dzR', dz, dzL);
    const aqg = d.n('aqg', '97.36'), sw = d.i('sw', 25), swL = d.i('swL', 28), myd = d.n('myd', '94.1');
    const swD = d.diff('swD', swL, sw);
    const kk = d.i('kk', 23);

    d.title`槐屿区公安分局2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门基本情况`;
    d.p`分局内设指挥中心、刑侦大队、治安大队、交警大队等职能部门14个，下辖派出所9个。核定政法专项编制${bz}名，年末实有民警${zz}名；另有警务辅助人员312名，经费列入项目支出。`;
    d.p`2024年分局围绕“平安槐屿”建设，确定了严厉打击电信网络诈骗、推进智慧警务、深化道路交通安全治理三项重点任务。`;
    d.h1`二、部门整体支出情况`;
    d.p`年初预算${nc}万元，年中追加${zj}万元（主要为警务辅助人员经费和执法执勤车辆更新），全年预算${qn}万元；全年支出${zx}万元，预算执行率${zxl}%，结转${jz}万元。`;
    d.p`支出中，基本支出${jb}万元（人员经费${ry}万元、公用经费${gy}万元），项目支出${xm}万元，合计${zx2}万元。`;
    d.table({ cap: '“三公”经费支出对比表', unit: '单位：万元', head: [['项目', '2023年决算数', '2024年预算数', '2024年决算数']], body: [...r3.map((r, k) => [r[0], ...C[k]]), ['合计', ...CT]] });
    d.p`2024年“三公”经费决算${cT2q}万元，为预算数${cT1q}万元的${kz3}%，控制在预算以内。`;
    d.p`分项看：公务用车购置费${g1.cur}万元，比上年${g1.prev}万元增长${g1.r}%，系按计划更新执法执勤车辆${cl}辆；公务用车运行维护费${g2.cur}万元，比上年${g2.prev}万元下降${g2.r}%；公务接待费${g3.cur}万元，比上年${g3.prev}万元下降${g3.r}%。全年未安排因公出国（境）经费。`;
    d.h1`三、部门履职绩效情况`;
    d.p`（一）打击电信网络诈骗成效明显。全年电信网络诈骗立案${dz}起，比上年${dzL}起下降${dzR}%，止付冻结涉案资金约1,860万元。（二）智慧警务建设稳步推进，新建治安卡口${kk}处，视频资源接入率提升至九成以上。（三）道路交通形势平稳，交通事故死亡${sw}人，比上年${swL}人减少${swD}人。群众安全感测评${aqg}%，对公安工作满意度${myd}%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '投入', l2: '预算编制', n: '预算编制规范性', t: '规范', a: '规范', w: '5', mode: 'full' },
      { l1: '投入', l2: '人员管理', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '过程', l2: '预算执行', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '过程', l2: '预算执行', n: '“三公”经费控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('kz3T', kz3), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '过程', l2: '预算执行', n: '结转结余率', t: { v: '3', pre: '≤', post: '%' }, a: { o: d.rate('jzl', jz, qn), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '过程', l2: '预算管理', n: '政府采购规范性', t: '规范', a: '规范', w: '5', mode: 'full' },
      { l1: '过程', l2: '资产管理', n: '账实相符率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '5', mode: 'ind' },
      { l1: '产出', l2: '履职目标', n: '命案现案破案率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '履职目标', n: '电诈立案下降率', t: { v: '15', pre: '≥', post: '%' }, a: { o: d.re('dzRT', dzR), post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '履职目标', n: '新建治安卡口', t: { v: '20', pre: '≥', post: '处' }, a: { o: d.re('kkT', kk), post: '处' }, w: '10', mode: 'ind' },
      { l1: '效益', l2: '社会效益', n: '群众安全感', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('aqgT', aqg), post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益', l2: '社会效益', n: '交通事故死亡人数', t: { o: d.re('swLT', swL), pre: '≤', post: '人' }, a: { o: d.re('swT', sw), post: '人' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益', l2: '满意度', n: '群众满意度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('mydT', myd), post: '%' }, w: '10', mode: 'ind' },
    ], ['l1', 'l2', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    const gw = (l1, id) => d.sum(id, got.filter((g) => g.it.l1 === l1).map((g) => g.w));
    d.p`按照区财政局印发的部门整体支出绩效评价指标框架（投入${gw('投入', 'gw1')}分、过程${gw('过程', 'gw2')}分、产出${gw('产出', 'gw3')}分、效益${gw('效益', 'gw4')}分），分局自评情况如下：`;
    d.table({ cap: '部门整体支出绩效自评得分表', head: [['一级指标', '二级指标', '三级指标', '目标值', '实际值', '分值', '得分']], body: [...rows, [{ c: '总分', cs: 5 }, W, T]] });
    d.p`自评总分${d.re('T2', T)}分，评价等级为“${G}”。`;
    d.h1`四、存在的问题`;
    d.p`一是追加预算占比较高，警务辅助人员经费年初预算不足，年中追加${d.re('zj2', zj, { sep: true })}万元。二是项目绩效目标设置偏重工作量，对打击质效、科技赋能成效的量化不够。三是部分派出所公用经费使用进度不均衡，年底集中支付现象仍然存在。`;
    d.h1`五、改进措施`;
    d.p`一是按实有警辅人数和薪酬标准足额编列年初预算，压减年中追加。二是修订分局项目绩效指标库，增设案件侦破质量、预警劝阻成功率等结果性指标。三是实行派出所公用经费季度通报，将支出进度纳入所队绩效考核。本报告及自评表将按规定在区政府门户网站公开。`;
    d.decoy(dzL, dz, '上年电诈立案数');
    d.bad('g3', '14.90', '变动率', '公务接待费下降率 = (6.82 − 5.94) / 6.82');
  });

  // ============================================================ 07 专项债券项目 md
  report('07-chenglan-chengbei-wushui-zhuanxiangzhai', 'md', { kind: '项目', template: '专项债券项目绩效自评（资金表＋偿债能力＋指标表）', writer: '住建局项目办' }, (d) => {
    const zt = d.m('zt', '32586.40', { sep: true });
    const ztY = d.conv('ztY', zt, '0.0001', { dp: 2 });
    const s1 = d.m('s1', '18000.00', { sep: true }), s2 = d.m('s2', '6586.40', { sep: true }), s3 = d.m('s3', '8000.00', { sep: true });
    d.isSum(zt, [s1, s2, s3]);
    const zq = d.m('zq', '8000.00', { sep: true }), ll = d.n('ll', '2.68'), fx = d.m('fx', '214.40');
    d.rels.push({ type: 'ratio', r: ll.id, num: [{ id: fx.id, s: 1 }], den: [{ id: zq.id, s: 1 }], mul: 100, note: '年付息 / 债券额 = 票面利率' });
    const F = [['专项债券资金', '8000.00', '7826.35'], ['市级配套资金', '2300.00', '2300.00']].map((r, k) => [r[0], d.m(`fq${k}`, r[1], { sep: true }), d.m(`fz${k}`, r[2], { sep: true })]);
    F.forEach((r, k) => r.push(d.rate(`fl${k}`, r[2], r[1])));
    const FQ = d.sum('FQ', F.map((r) => r[1]), { sep: true }), FZ = d.sum('FZ', F.map((r) => r[2]), { sep: true });
    const FL = d.rate('FL', FZ, FQ);
    d.same(zq, F[0][1]);
    const jy = d.diff('jy', FQ, FZ);
    const lj0 = d.m('lj0', '9412.80', { sep: true });
    const FZ2 = d.re('FZ2', FZ, { sep: true });
    const lj = d.sum('lj', [lj0, FZ2], { sep: true });
    const ljl = d.rate('ljl', lj, zt);
    const bx = d.m('bx', '25236.00', { sep: true }), sy = d.m('sy', '36082.30', { sep: true });
    const fg = d.per('fg', sy, bx, { dp: 2 });
    const xs = d.n('xs', '64.5');
    const gw = d.n('gw', '12.6');

    d.title`城北污水处理厂提标改造及配套管网工程专项债券项目2024年度绩效自评报告`;
    d.sub`项目单位：澄岚市城市建设投资服务中心　　主管部门：澄岚市住房和城乡建设局`;
    d.h1`一、项目概况`;
    d.p`项目将城北污水处理厂出水标准由一级B提升至一级A，新增深度处理单元，并新建配套污水管网。批复总投资${zt}万元（约${ztY}亿元），资金来源为地方政府专项债券${s1}万元、市级财政资金${s2}万元、银行贷款${s3}万元。建设期2023—2025年。`;
    d.p`2024年，项目获得第一批新增专项债券${zq}万元，期限15年，票面利率${ll}%，按年付息，当年应付利息${fx}万元已由市财政按时足额支付。`;
    d.h1`二、资金使用情况`;
    d.table({ cap: '表1  2024年度项目资金执行情况', unit: '单位：万元', head: [['资金来源', '全年预算数', '全年执行数', '执行率']], body: [...F.map((r) => [r[0], r[1], r[2], [r[3], '%']]), ['合计', FQ, FZ, [FL, '%']]] });
    d.p`年末结余${jy}万元，原因是管网工程最后一期进度款须待竣工结算审计后拨付。截至2024年末，项目累计完成投资${lj}万元，其中以前年度${lj0}万元、本年度${FZ2}万元，累计投资完成率${ljl}%。债券资金实行专户管理、封闭运行，按工程进度和监理签证拨付，未发现挪用于经常性支出的情况。`;
    d.h1`三、项目绩效情况`;
    d.p`产出方面，深度处理单元主体结构完工，工程形象进度${xs}%（以合同工程量计，与按投资额计算的完成率口径不同）；新建管网${gw}公里，隐蔽工程验收一次合格。`;
    d.p`偿债能力方面，经第三方机构复核，债券存续期内应付本息合计${bx}万元，项目污水处理费等收益预计${sy}万元，本息覆盖倍数${fg}倍，能够实现收益与融资自求平衡。`;
    const w0 = d.i('w0', 10);
    const FLt = d.re('FLt', FL);
    const s0 = d.scap('s0', FLt, w0, { dp: 2 });
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '新建污水管网', t: { v: '12', pre: '≥', post: '公里' }, a: { o: d.re('gwT', gw), post: '公里' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '进度指标', n: '提标工程形象进度', t: { v: '60', pre: '≥', post: '%' }, a: { o: d.re('xsT', xs), post: '%' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '分部分项工程验收合格率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '成本指标', n: '债券资金支出进度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('fl0T', F[0][3]), post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '经济效益', n: '本息覆盖倍数', t: { v: '1.2', pre: '≥', post: '倍' }, a: { o: d.re('fgT', fg), post: '倍' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '生态效益', n: '建成后出水达一级A', t: '达标', a: '尚未投运', w: '10', sdp: 0, mode: 'man', s: '6', why: '工程未完工，按阶段目标完成情况酌情给分' },
      { l1: '效益指标', l2: '可持续影响', n: '债券本息按时偿付', t: '按时', a: '按时', w: '10', mode: 'full' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '周边居民满意度', t: { v: '85', pre: '≥', post: '%' }, a: { v: '90.4', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ cap: '表2  绩效自评表', head: [['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分', '偏差原因']], body: [[{ c: '预算执行率', cs: 3 }, '100%', [FLt, '%'], w0, s0, ''], ...rows, [{ c: '合计', cs: 5 }, W, T, ['等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`（一）结算审计周期长，部分工程款不能及时拨付，影响债券资金支出进度。（二）收益测算依赖污水处理费调价，若调价滞后，本息覆盖倍数将低于预期。（三）项目绩效目标中生态效益指标须待投运后才能评价，年度目标分解不够细。`;
    d.h1`五、改进措施`;
    d.p`（一）与审计部门建立分段结算机制，对已完工的分部工程先行结算。（二）按季度跟踪污水处理费收缴情况，动态更新收益平衡方案。（三）2025年绩效目标按“工程完工—调试运行—稳定达标”三个阶段细化。`;
    d.decoy(xs, ljl, '工程形象进度按工程量计，累计投资完成率按投资额计');
    d.decoy(zq, s1, '本年发行8,000万元与债券资金计划总额18,000万元');
    d.bad('jy', '137.65', '结余', '年末结余 = 全年预算合计10,300.00 − 执行合计10,126.35');
  });

  // ============================================================ 08 残联项目（自评表分块：资金块、目标块、指标块）md
  report('08-lanjiang-canlian-ertong-kangfu-xiangmu', 'md', { kind: '项目', template: '项目自评表分块式（资金块／目标块／指标块）', writer: '残联康复部' }, (d) => {
    const F = [['中央资金', '0.00', '318.00', '318.00'], ['省级资金', '0.00', '206.40', '202.86'], ['市级资金', '240.00', '240.00', '231.60']].map((r, k) => [r[0], ...r.slice(1).map((v, j) => d.m(`f${k}_${j}`, v))]);
    F.forEach((r, k) => r.push(d.rate(`fr${k}`, r[3], r[2])));
    const FT = [1, 2, 3].map((j) => d.sum(`fT${j}`, F.map((r) => r[j])));
    const FR = d.rate('FR', FT[2], FT[1]);
    const w0 = d.i('w0', 10), s0 = d.scap('s0', FR, w0, { dp: 2 });
    const mb = d.i('mb', 420), sj = d.i('sj', 436);
    const wcl = d.rate('wcl', sj, mb);
    const ty = [['孤独症', 168], ['智力', 112], ['肢体（含脑瘫）', 97], ['听力', 41], ['视力', 18]];
    const TY = ty.map((t, k) => d.i(`ty${k}`, t[1]));
    d.isSum(sj, TY);
    const zx = d.re('zx', FT[2]), sj3 = d.re('sj3', sj);
    const rj = d.per('rj', zx, sj3, { dp: 2 });
    const jg = d.i('jg', 14), xz = d.cn('xz', 2);
    const zlL = d.i('zlL', 389);

    d.title`岚江市2024年度残疾儿童康复救助项目支出绩效自评报告`;
    d.h1`一、项目概况`;
    d.p`残疾儿童康复救助项目对本市户籍0—6岁视力、听力、肢体、智力残疾儿童和孤独症儿童提供手术、辅具适配和康复训练救助，救助标准为每人每年最高2万元，由定点康复机构提供服务，市残联与定点机构按月结算。2024年全市定点康复机构${jg}家，其中年内新增${xz}家。`;
    d.h1`二、资金使用及管理情况`;
    d.p`项目资金由中央、省、市三级安排，年初市级预算240.00万元，中央和省级资金于年中下达。全年执行${zx}万元，救助${sj3}名，人均救助${rj}万元。资金按“机构申报—残联审核—财政直付”的流程拨付，康复费用全部直接支付至定点机构，不经过家长。`;
    d.h1`三、绩效自评表`;
    d.p`（一）资金块`;
    d.table({ unit: '单位：万元', head: [['资金来源', '年初预算数', '全年预算数', '全年执行数', '执行率']], body: [...F.map((r) => [r[0], r[1], r[2], r[3], [r[4], '%']]), ['合计', ...FT, [FR, '%']]] });
    d.p`预算执行率分值${w0}分，得分${s0}分。`;
    d.p`（二）目标块`;
    d.table({ head: [['年度总体目标', '实际完成情况']], body: [[['为不少于', mb, '名残疾儿童提供康复救助，救助覆盖五类残疾，服务满意度90%以上'], ['全年救助', sj, '名，完成年度目标的', wcl, '%；其中孤独症', TY[0], '名、智力残疾', TY[1], '名、肢体残疾', TY[2], '名、听力残疾', TY[3], '名、视力残疾', TY[4], '名']]] });
    d.p`（三）指标块`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '救助残疾儿童人数', t: { o: d.re('mbT', mb), pre: '≥', post: '人' }, a: { o: d.re('sjT', sj), post: '人' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '定点康复机构', t: { v: '12', pre: '≥', post: '家' }, a: { o: d.re('jgT', jg), post: '家' }, w: '5', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '康复训练达标率', t: { v: '85', pre: '≥', post: '%' }, a: { v: '88.3', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '时效指标', n: '申请审核办结时限', t: { v: '15', pre: '≤', post: '个工作日' }, a: { v: '9', post: '个工作日' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '产出指标', l2: '成本指标', n: '人均救助标准', t: { v: '2', pre: '≤', post: '万元' }, a: { o: d.re('rjT', rj), post: '万元' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益', n: '残疾儿童家庭负担减轻', t: '明显', a: '明显', w: '15', mode: 'full' },
      { l1: '效益指标', l2: '可持续影响', n: '康复服务长效机制', t: '健全', a: '基本健全', w: '15', sdp: 0, mode: 'man', s: '12', why: '县级康复机构专业人员不足，扣3分' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '受助家庭满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '96.2', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ head: [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施']], body: [...rows, [{ c: '总分（含预算执行率）', cs: 5 }, W, T, ['自评等级：', G]]] });
    d.h1`四、绩效情况分析`;
    d.p`全年救助人数比上年的${zlL}名有所增加，主要是孤独症早期筛查覆盖面扩大。省级资金和市级资金有少量结余，原因是部分儿童年内入园或转入普通幼儿园，康复训练月数少于计划。`;
    d.h1`五、存在的问题和改进措施`;
    d.p`存在的问题：一是县级定点机构专业康复师不足，部分儿童需到市区机构训练，家庭往返负担较重；二是康复效果评估主要依赖机构自评，第三方评估尚未建立；三是结算周期按月进行，个别机构年底集中申报。`;
    d.p`改进措施：一是联合卫健部门开展康复师定向培训，2025年每个县至少培养2名持证康复师；二是委托第三方对定点机构开展年度评估，评估结果与结算挂钩；三是推行季度清算，年底前完成全部结算。`;
    d.decoy(zlL, sj, '上年救助人数');
    d.bad('wcl', '108.31', '完成率', '救助人数完成率 = 实际436名 / 目标420名');
  });

  // ============================================================ 09 乡镇部门整体 txt
  report('09-liaoting-zhen-bumen', 'txt', { kind: '部门整体', template: '乡镇部门整体（预算编制/预算执行/预算管理/履职效果/满意度）', writer: '乡镇财政所会计', txtIndent: '', txtTable: 'tab' }, (d) => {
    const bzX = d.i('bzX', 32), bzS = d.i('bzS', 41), bz = d.sum('bz', [bzX, bzS]);
    const zzX = d.i('zzX', 30), zzS = d.i('zzS', 38), zz = d.sum('zz', [zzX, zzS]);
    const kz = d.rate('kz', zz, bz, { fw: true });
    const i1 = d.m('i1', '3512.60', { sep: true }), i2 = d.m('i2', '286.00'), i3 = d.m('i3', '108.45');
    const iT = d.sum('iT', [i1, i2, i3], { sep: true });
    const e1 = d.m('e1', '1642.18', { sep: true }), e2 = d.m('e2', '2184.29', { sep: true });
    const eT = d.sum('eT', [e1, e2], { sep: true });
    const jy = d.diff('jy', iT, eT);
    const iT2 = d.re('iT2', iT, { sep: true }), eT2 = d.re('eT2', eT, { sep: true });
    const zxl = d.rate('zxl', eT2, iT2, { fw: true });
    const eT3 = d.re('eT3', eT, { sep: true });
    const f = ['1204.36', '1387.92', '716.05', '348.20', '169.94'].map((v, k) => d.m(`g${k}`, v, { sep: true }));
    d.isSum(eT3, f);
    const cj = d.m('cj', '201.60'), cn = d.i('cn', 12), cjp = d.per('cjp', cj, cn, { dp: 2 });
    const yx = d.i('yx', 9), yxW = d.i('yxW', 8);
    const yxR = d.rate('yxR', yxW, yx, { dp: 1 });
    const yxS = d.diff('yxS', yx, yxW);
    const lastE = d.m('lastE', '3690.15', { sep: true });
    const sg1 = d.m('sg1', '12.08'), sg0 = d.m('sg0', '12.88'), sgR = d.chg('sgR', sg1, sg0);
    d.title`蓼汀镇人民政府2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门基本情况`;
    d.h2`（一）机构和职能`;
    d.p`蓼汀镇辖12个行政村、1个社区，户籍人口3.4万人。镇政府内设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室、自然资源和生态环境办公室，下设综合行政执法队、农业综合服务中心、社会事务综合服务中心等事业站所。`;
    d.h2`（二）人员情况`;
    d.p`核定编制${bz}名，其中行政编制${bzX}名、事业编制${bzS}名；年末在职${zz}人，其中行政${zzX}人、事业${zzS}人，人员控制率${kz}％。`;
    d.h1`二、部门预算收支情况`;
    d.p`2024年全年预算收入${iT2}万元，全年支出${eT2}万元，预算执行率${zxl}％（上年支出${lastE}万元）。收支明细见下表。`;
    d.table({ cap: '表1　2024年度收支情况表（单位：万元）', head: [['收入项目', '金额', '支出项目', '金额']], body: [['一般公共预算财政拨款', i1, '基本支出', e1], ['政府性基金预算拨款', i2, '项目支出', e2], ['上级补助收入', i3, '', ''], ['收入合计', iT, '支出合计', eT], ['', '', '年末结转结余', jy]] });
    d.p`按功能分类，全年支出${eT3}万元，其中：一般公共服务支出${f[0]}万元，农林水支出${f[1]}万元，城乡社区支出${f[2]}万元，社会保障和就业支出${f[3]}万元，卫生健康支出${f[4]}万元。`;
    d.p`项目支出主要用于村级组织运转、农村人居环境整治、防汛抗旱和一事一议财政奖补。全年拨付村级组织运转经费${cj}万元，覆盖${cn}个行政村，村均${cjp}万元（社区经费另行列支）。“三公”经费支出${sg1}万元，较上年${sg0}万元下降${sgR}%，全部为公务用车运行维护费和公务接待费。`;
    d.h1`三、绩效目标完成情况`;
    d.p`1.重点项目推进。年初确定一事一议奖补项目${yx}个，年内完工${yxW}个，完工率${yxR}％，剩余${yxS}个村道硬化项目因征地协调延至2025年春季。`;
    d.p`2.人居环境整治。完成改厕226户，农村生活垃圾收运处置体系覆盖全部行政村，镇容镇貌考核在全县乡镇中排名第4位。`;
    d.p`3.防汛抗旱。汛期转移群众430人次，无人员伤亡。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '预算编制', l2: '', n: '预算编制完整性', t: '完整', a: '完整', w: '10', mode: 'full' },
      { l1: '预算执行', l2: '', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '预算执行', l2: '', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('kzT', kz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '预算执行', l2: '', n: '“三公”经费变动率', t: { v: '0', pre: '≤', post: '%' }, a: { o: d.chg('sgT', sg1, sg0, { signed: true }), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '预算管理', l2: '', n: '资金使用合规性', t: '合规', a: '合规', w: '10', mode: 'full' },
      { l1: '预算管理', l2: '', n: '资产账实相符', t: '相符', a: '相符', w: '10', mode: 'full' },
      { l1: '履职效果', l2: '', n: '一事一议项目完工数', t: { o: d.re('yxT', yx), post: '个' }, a: { o: d.re('yxWT', yxW), post: '个' }, w: '15', sdp: 2, mode: 'ind' },
      { l1: '履职效果', l2: '', n: '农村改厕', t: { v: '220', pre: '≥', post: '户' }, a: { v: '226', post: '户' }, w: '10', mode: 'ind' },
      { l1: '履职效果', l2: '', n: '汛期人员伤亡', t: { v: '0', post: '人' }, a: { v: '0', post: '人' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '满意度', l2: '', n: '群众满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.6', post: '%' }, w: '10', mode: 'ind' },
    ], ['l1', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　部门整体支出绩效自评表', head: [['评价内容', '指标', '目标值', '实际值', '分值', '得分']], body: [...rows, ['合计', '', '', '', W, T]] });
    d.p`经自评，我镇2024年度部门整体支出绩效得分${d.re('T2', T)}分，等级为${G}。`;
    d.h1`四、存在的问题`;
    d.p`（一）项目前期工作不扎实。一事一议项目申报时对征地问题估计不足，造成个别项目不能按期完工。（二）支出结构有待优化，一般公共服务支出占比仍然偏高。（三）部分村级财务报账不及时，年底集中报账现象较多。`;
    d.h1`五、下一步改进措施`;
    d.p`（一）项目申报前由经发办、自然资源办联合开展现场踏勘，征地问题未解决的不予申报。（二）严控一般性支出，压减会议、培训费用，资金向民生和农业生产倾斜。（三）落实村级财务月报制度，由镇财政所按月审核村级账目。`;
    d.decoy(lastE, eT2, '上年支出数');
    d.bad('g2', '761.05', '文内求和', '功能分类五项支出之和 = 全年支出3,826.47万元');
  });

  // ============================================================ 10 街道部门整体（六维度，空格对齐表）txt
  report('10-zhixi-jiedao-bumen', 'txt', { kind: '部门整体', template: '六维度框架（街道版）', writer: '街道党政办公文写手', txtIndent: '　　', txtTable: 'space', txtGap: true }, (d) => {
    const bzX = d.i('bzX', 24), bzS = d.i('bzS', 18), bz = d.sum('bz', [bzX, bzS]);
    const zz = d.i('zz', 40);
    const nc = d.m('nc', '2865.40', { sep: true }), zj = d.m('zj', '612.28'), yj = d.m('yj', '45.00');
    const qn = d.sum('qn', [nc, zj, [yj, -1]], { sep: true });
    const zx = d.m('zx', '3297.15', { sep: true });
    const zxl = d.rate('zxl', zx, qn);
    const jz = d.diff('jz', qn, zx);
    const ry = d.m('ry', '1268.47', { sep: true }), gy = d.m('gy', '218.45');
    const jb = d.sum('jb', [ry, gy], { sep: true });
    const P = [['社区运转经费', '650.00', '642.00'], ['城市管理和环境卫生', '760.00', '735.81'], ['老旧小区改造配套', '300.00', '281.40'], ['平安建设', '160.00', '151.02']]
      .map((r, k) => { const a = d.m(`pa${k}`, r[1]), b = d.m(`pb${k}`, r[2]); return [r[0], a, b, d.rate(`pr${k}`, b, a)]; });
    const PA = d.sum('PA', P.map((r) => r[1]), { sep: true }), PB = d.sum('PB', P.map((r) => r[2]), { sep: true });
    const PR = d.rate('PR', PB, PA);
    const xm = d.re('xm', PB, { sep: true });
    d.isSum(zx, [jb, xm]);
    const sq = d.cn('sq', 11), pb0b = d.re('pb0b', P[0][2]), sq2 = d.re('sq2', sq), sqp = d.per('sqp', pb0b, sq2, { dp: 2 });
    const s3 = [['公务接待费', '2.50', '1.86'], ['公务用车运行维护费', '4.50', '4.12']].map((r, k) => [r[0], d.m(`sa${k}`, r[1]), d.m(`sb${k}`, r[2])]);
    const SA = d.sum('SA', s3.map((r) => r[1])), SB = d.sum('SB', s3.map((r) => r[2]));
    const SR = d.rate('SR', SB, SA);
    const cg = [['货物类', '38.60', '36.15'], ['服务类', '412.00', '405.72'], ['工程类', '0.00', '0.00']].map((r, k) => [r[0], d.m(`ca${k}`, r[1]), d.m(`cb${k}`, r[2])]);
    const CA = d.sum('CA', cg.map((r) => r[1])), CB = d.sum('CB', cg.map((r) => r[2]));
    const CR = d.rate('CR', CB, CA);
    const rw = d.i('rw', 18), rwW = d.i('rwW', 18);

    d.title`芷溪街道办事处2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门概况`;
    d.p`芷溪街道办事处是区政府派出机关，辖${sq}个社区，常住人口6.8万人，承担党建引领基层治理、城市管理、社区服务、平安建设等职责。核定编制${bz}名（行政${bzX}名、事业${bzS}名），年末在职${zz}人；另有编外聘用人员36名。`;
    d.h1`二、部门预算使用情况`;
    d.h2`（一）预算收支`;
    d.p`2024年年初预算${nc}万元，年中追加${zj}万元、压减${yj}万元，全年预算${qn}万元。全年支出${zx}万元，预算执行率${zxl}%，年末结转${jz}万元。其中，基本支出${jb}万元（人员经费${ry}万元、公用经费${gy}万元），项目支出${xm}万元。`;
    d.h2`（二）项目支出`;
    d.table({ cap: '表1　项目支出执行情况　　单位：万元', head: [['项目名称', '全年预算', '实际支出', '执行率']], body: [...P.map((r) => [r[0], r[1], r[2], [r[3], '%']]), ['合计', PA, PB, [PR, '%']]] });
    d.p`社区运转经费${pb0b}万元按${sq2}个社区统一标准拨付，每个社区${sqp}万元，主要用于社区办公、水电和便民服务。老旧小区改造配套项目执行率偏低，是因为两个小区雨污分流工程的尾款待审计结算后支付。`;
    d.h2`（三）“三公”经费和政府采购`;
    d.p`“三公”经费预算${SA}万元，实际支出${SB}万元，控制率${SR}%，其中公务接待费${s3[0][2]}万元（预算${s3[0][1]}万元）、公务用车运行维护费${s3[1][2]}万元（预算${s3[1][1]}万元），未发生因公出国（境）和公务用车购置支出。`;
    d.table({ cap: '表2　政府采购执行情况　　单位：万元', head: [['采购类别', '采购预算', '实际采购']], body: [...cg.map((r) => r), ['合计', CA, CB]] });
    d.p`政府采购执行率${CR}%，服务类采购主要为环卫保洁和物业服务外包。`;
    d.h1`三、部门整体绩效情况`;
    const tc = d.i('tc', 320), tj = d.n('tj', '98.4'), myd = d.n('myd', '93.7');
    d.p`年初确定的重点任务${rw}项，年末完成${rwW}项。其中：完成两个老旧小区改造配套，新增公共停车泊位${tc}个；“网格+警格”联动处置矛盾纠纷1,126件，调解成功率${tj}%；组织社区志愿服务活动460场次。年末开展的居民满意度测评，满意率为${myd}%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '运行成本', n: '“三公”经费控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('SRT', SR), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '运行成本', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '管理效率', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '15', sdp: 2, mode: 'cap' },
      { l1: '管理效率', n: '结转结余率', t: { v: '5', pre: '≤', post: '%' }, a: { o: d.rate('jzl', jz, qn), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '管理效率', n: '政府采购执行率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('CRT', CR), post: '%' }, w: '5', mode: 'ind' },
      { l1: '履职效能', n: '重点工作完成率', t: { v: '100', post: '%' }, a: { o: d.rate('rwl', rwW, rw, { dp: 0 }), post: '%' }, w: '20', mode: 'ind' },
      { l1: '履职效能', n: '矛盾纠纷调解成功率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('tjT', tj), post: '%' }, w: '10', mode: 'ind' },
      { l1: '社会效应', n: '新增公共停车泊位', t: { v: '300', pre: '≥', post: '个' }, a: { o: d.re('tcT', tc), post: '个' }, w: '10', mode: 'ind' },
      { l1: '可持续发展能力', n: '制度建设与档案管理', t: '健全', a: '健全', w: '10', mode: 'full' },
      { l1: '服务对象满意度', n: '辖区居民满意度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('mydT', myd), post: '%' }, w: '15', mode: 'ind' },
    ], ['l1', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表3　部门整体支出绩效自评表', head: [['维度', '指标', '目标值', '实际值', '分值', '得分']], body: [...rows, ['合计', '', '', '', W, T]] });
    d.p`自评得分${d.re('T2', T)}分，等级“${G}”。`;
    d.h1`四、存在的问题`;
    d.p`（一）预算调整较频繁，年中追加资金占年初预算比重超过两成，预算的约束作用有待加强。（二）项目结算滞后，老旧小区改造配套等工程类项目受审计结算周期影响，支出进度偏慢。（三）绩效目标量化程度不高，可持续发展能力维度仍以定性指标为主。`;
    d.h1`五、改进措施`;
    d.p`（一）加强预算编制与年度工作计划的衔接，可预见事项全部纳入年初预算。（二）工程类项目在合同中约定分阶段结算，配合审计部门提前介入。（三）细化可持续发展能力指标，增设社区工作者培训覆盖率、数字化治理平台使用率等量化指标。`;
    d.decoy(PR, zxl, '项目支出执行率与整体预算执行率不同');
    d.bad('pr2', '98.30', '执行率', '老旧小区改造配套项目执行率 = 281.40 / 300.00');
  });

  // ============================================================ 11 县残联部门整体（基础数据表＋自评表）txt
  report('11-jichuan-xian-canlian-bumen', 'txt', { kind: '部门整体', template: '部门整体（基础数据表＋产出/效益/满意度自评表，文内给出一级指标得分）', writer: '残联财务兼职会计', txtIndent: '', txtTable: 'tab', txtGap: false }, (d) => {
    const bz = d.i('bz', 15), zz = d.i('zz', 14);
    const kz = d.rate('kz', zz, bz);
    const r3 = [['公务接待费', '0.42', '0.60', '0.38'], ['公务用车运行维护费', '2.35', '2.50', '2.18']];
    const C = r3.map((r, k) => r.slice(1).map((v, j) => d.m(`c${k}_${j}`, v)));
    const CT = [0, 1, 2].map((j) => d.sum(`cT${j}`, C.map((r) => r[j])));
    const gyL = d.m('gyL', '41.20'), gy = d.m('gy', '39.86');
    const cgY = d.m('cgY', '26.50'), cgS = d.m('cgS', '25.80');
    const nc = d.m('nc', '1386.75', { sep: true }), qn = d.m('qn', '1572.31', { sep: true }), zx = d.m('zx', '1540.09', { sep: true });
    const qn2 = d.re('qn2', qn, { sep: true }), nc2 = d.re('nc2', nc, { sep: true }), zx2 = d.re('zx2', zx, { sep: true });
    const tz = d.diff('tz', qn2, nc2);
    const zxl = d.rate('zxl', zx2, qn2);
    const gy2 = d.re('gy2', gy), gyL2 = d.re('gyL2', gyL);
    const gyR = d.chg('gyR', gy2, gyL2);
    const cT2b = d.re('cT2b', CT[2]), cT1b = d.re('cT1b', CT[1]);
    const kz3 = d.rate('kz3', cT2b, cT1b);
    const cgS2 = d.re('cgS2', cgS), cgY2 = d.re('cgY2', cgY);
    const cgR = d.rate('cgR', cgS2, cgY2);
    const bt1 = d.m('bt1', '486.30'), bt2 = d.m('bt2', '512.64'), btT = d.sum('btT', [bt1, bt2], { sep: true });
    const rs1 = d.i('rs1', 3127, { sep: true }), rs2 = d.i('rs2', 2864, { sep: true });
    const kf = d.i('kf', 1045, { sep: true }), px = d.i('px', 186), fj = d.i('fj', 318), wza = d.i('wza', 124);

    d.title`霁川县残疾人联合会2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门基本情况`;
    d.p`县残联为参照公务员法管理的人民团体，内设办公室、康复就业部、维权宣传部，下属县残疾人综合服务中心1个。全县持证残疾人1.62万人。本部门2024年度基础数据如下：`;
    d.table({ cap: '基础数据表', head: [['项目', '2023年决算', '2024年预算', '2024年决算']],
      body: [['编制数（人）', '', bz, ''], ['在职人数（人）', '', '', zz], ['人员控制率', '', '', [kz, '%']],
        ...r3.map((r, k) => [r[0] + '（万元）', ...C[k]]), ['“三公”经费合计（万元）', ...CT],
        ['公用经费（万元）', gyL, '', gy], ['政府采购（万元）', '', cgY, cgS], ['部门预算（万元）', '', [nc, '（年初）／', qn, '（全年）'], zx]] });
    d.p`注：本部门无因公出国（境）和公务用车购置支出，表中未列示。`;
    d.h1`二、部门整体支出情况`;
    d.p`2024年全年预算${qn2}万元，比年初预算${nc2}万元增加${tz}万元，主要是上级下达的残疾人两项补贴和康复救助资金。全年支出${zx2}万元，预算执行率${zxl}%。`;
    d.p`公用经费${gy2}万元，比上年${gyL2}万元下降${gyR}%；“三公”经费支出${cT2b}万元，为预算${cT1b}万元的${kz3}%；政府采购预算${cgY2}万元，实际采购${cgS2}万元，执行率${cgR}%，采购内容为辅助器具和办公设备。`;
    d.p`项目支出中，困难残疾人生活补贴${bt1}万元、重度残疾人护理补贴${bt2}万元，两项补贴合计${btT}万元，分别惠及${rs1}人和${rs2}人，全部通过社保卡按月发放。`;
    d.h1`三、部门整体绩效情况`;
    d.p`全年为${kf}名残疾人提供基本康复服务，适配辅助器具${fj}件，完成困难残疾人家庭无障碍改造${wza}户，组织残疾人职业技能培训${px}人次。培训人次未达目标，原因是下半年两期培训班因报名不足合并举办。`;
    const w0 = d.i('w0', 10);
    const zxlT = d.re('zxlT', zxl);
    const s0 = d.scap('s0', zxlT, w0, { dp: 2 });
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '两项补贴按月足额发放率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '基本康复服务人数', t: { v: '1000', pre: '≥', post: '人' }, a: { o: d.re('kfT', kf, { sep: false }), post: '人' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '职业技能培训', t: { v: '200', pre: '≥', post: '人次' }, a: { o: d.re('pxT', px), post: '人次' }, w: '10', sdp: 2, mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '辅助器具适配', t: { v: '300', pre: '≥', post: '件' }, a: { o: d.re('fjT', fj), post: '件' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '社会效益', n: '残疾人生活状况改善', t: '改善', a: '改善', w: '10', mode: 'full' },
      { l1: '效益指标', l2: '社会效益', n: '无障碍改造户数', t: { v: '120', pre: '≥', post: '户' }, a: { o: d.re('wzaT', wza), post: '户' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '可持续影响', n: '信访事项办结率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '残疾人及家属满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.4', post: '%' }, w: '10', mode: 'ind' },
    ], ['l1', 'l2', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ cap: '部门整体支出绩效自评表', head: [['一级指标', '二级指标', '三级指标', '指标值', '完成值', '分值', '得分']], body: [['预算执行', '', '预算执行率', '100%', [zxlT, '%'], w0, s0], ...rows, ['总分', '', '', '', '', W, T]] });
    const grp = (l1, id) => { const g = got.filter((x) => x.it.l1 === l1); return [d.sum(id + 's', g.map((x) => x.s)), d.sum(id + 'w', g.map((x) => x.w))]; };
    const [gpS, gpW] = grp('产出指标', 'gp'), [geS, geW] = grp('效益指标', 'ge');
    d.p`自评总分${d.re('T2', T)}分，等级为“${G}”。其中产出指标得分${gpS}分（满分${gpW}分），主要扣分点为职业技能培训人次未达目标；效益指标得分${geS}分（满分${geW}分）。`;
    d.h1`四、存在的问题`;
    d.p`一是培训需求摸底不细，培训项目与残疾人就业意愿匹配度不高，报名人数不足。二是辅助器具适配后回访不够，个别辅具闲置。三是部门人员少、兼职多，绩效管理主要依靠财务人员，业务科室参与不够。`;
    d.h1`五、改进措施`;
    d.p`一是培训前由乡镇残联专干入户摸底，按需开设电商、手工编织、盲人按摩等班次。二是建立辅具适配回访台账，适配后三个月内回访全覆盖。三是明确业务科室为绩效目标执行主体，年中开展一次绩效运行监控。`;
    d.decoy(gyL, gy, '上年公用经费');
    d.bad('gps', '48.30', '一级指标得分', '产出指标得分 = 表中四项产出指标得分之和');
  });

  // ============================================================ 12 专项债券项目（无评分表，仅总分与等级）txt
  report('12-yunxi-lenglian-wuliuyuan-zhuanxiangzhai', 'txt', { kind: '项目', template: '专项债券项目（文字自评，无分项评分表）', writer: '模型起草稿', txtIndent: '　　', txtTable: 'space', txtGap: true }, (d) => {
    const zt = d.m('zt', '18500.00', { sep: true });
    const ztY = d.conv('ztY', zt, '0.0001', { dp: 2 });
    const s1 = d.m('s1', '12000.00', { sep: true }), s2 = d.m('s2', '2500.00', { sep: true }), s3 = d.m('s3', '4000.00', { sep: true });
    d.isSum(zt, [s1, s2, s3]);
    const y23 = d.m('y23', '6000.00', { sep: true }), y24 = d.m('y24', '6000.00', { sep: true });
    const s1b = d.re('s1b', s1, { sep: true });
    d.isSum(s1b, [y23, y24]);
    const ll = d.n('ll', '2.45'), lx = d.m('lx', '294.00');
    d.rels.push({ type: 'ratio', r: ll.id, num: [{ id: lx.id, s: 1 }], den: [{ id: s1b.id, s: 1 }], mul: 100, note: '年利息 / 已发行债券 = 利率' });
    const M = [['冷库主体工程', '3860.20'], ['分拣加工车间', '1124.80'], ['配套道路及管网', '757.60']].map((r, k) => [r[0], d.m(`m${k}`, r[1], { sep: true })]);
    const MT = d.sum('MT', M.map((r) => r[1]), { sep: true });
    const y24b = d.re('y24b', y24, { sep: true }), MT2 = d.re('MT2', MT, { sep: true });
    const zl = d.rate('zl', MT2, y24b, { fw: true });
    const wz = d.diff('wz', y24b, MT2);
    const J = [['冷库建筑面积（平方米）', '24000', '24000', 0], ['分拣车间面积（平方米）', '8600', '8600', 0], ['园区道路（公里）', '3.2', '2.6', 1], ['给排水管网（公里）', '5.4', '5.4', 1]]
      .map((r, k) => { const a = d.n(`ja${k}`, r[1], { sep: !r[3] }), b = d.n(`jb${k}`, r[2], { sep: !r[3] }); return [r[0], a, b, d.rate(`jr${k}`, b, a)]; });
    const zf = d.n('zf', '86.5');
    const G = d.grade('G', zf);
    const lastZl = d.n('lastZl', '99.1');

    d.title`云溪县农产品冷链物流园建设项目专项债券资金2024年度绩效自评报告`;
    d.h1`一、项目基本情况`;
    d.p`云溪县农产品冷链物流园建设项目由县供销合作社联合社作为项目单位，建设内容包括冷库、分拣加工车间、园区道路及给排水管网等。项目总投资${zt}万元（${ztY}亿元），其中申请地方政府专项债券${s1}万元，县级财政资金${s2}万元，项目单位自筹${s3}万元。`;
    d.p`截至2024年末，项目累计发行专项债券${s1b}万元，其中2023年${y23}万元、2024年${y24}万元，年利率均为${ll}%，每年应付利息${lx}万元。2023年发行的债券资金当年支出率为${lastZl}%，本报告仅评价2024年发行的部分。`;
    d.h1`二、债券资金使用情况`;
    d.p`2024年发行的债券资金${y24b}万元当年实际支出${MT2}万元，支出率${zl}％，尚未支出${wz}万元，原因是园区道路剩余路段受雨季影响未能完成路面施工，相关进度款相应顺延。支出明细如下：`;
    d.table({ cap: '表1　2024年债券资金支出明细　　单位：万元', head: [['支出内容', '金额']], body: [...M, ['合计', MT]] });
    d.p`资金管理方面，县财政局对债券资金实行专户管理，项目单位按“工程进度—监理审核—主管部门审批—财政拨付”的流程申请用款，全年未发现挪用、截留情况。`;
    d.h1`三、项目绩效目标完成情况`;
    d.p`从主要建设内容看，冷库和分拣车间主体均已完工，园区道路尚有部分路段未完成，具体如下：`;
    d.table({ cap: '表2　主要建设内容完成情况', head: [['建设内容', '年度计划', '实际完成', '完成率']], body: J.map((r) => [r[0], r[1], r[2], [r[3], '%']]) });
    d.p`效益方面，冷库已与12家农业合作社和3家商超签订入库意向协议，预计投运后年周转农产品可达8万吨。项目建成后的运营收入将用于偿还债券本息，根据第三方机构出具的收益与融资平衡方案，项目收益能够覆盖债券本息。`;
    d.h1`四、自评结论`;
    d.p`对照年初设定的绩效目标，本项目在决策和资金管理方面未发现扣分事项；产出方面，园区道路工程进度滞后；效益方面，项目尚未投运，运营效益暂无法实际评价，按阶段目标酌情扣分。综合评价，项目自评得分${zf}分，评价等级为“${G}”。`;
    d.h1`五、存在的问题`;
    d.p`（一）工程进度计划对雨季施工影响考虑不足，道路工程滞后。（二）运营主体尚未最终确定，投运后的收益实现存在不确定性。（三）绩效目标以建设类指标为主，缺少反映服务农户和带动产业的效益指标。`;
    d.h1`六、改进措施`;
    d.p`（一）调整施工组织，利用旱季集中完成剩余路段，确保2025年二季度竣工。（二）尽快通过公开招标确定运营主体，在运营合同中约定收益分配和偿债责任。（三）2025年增设冷库利用率、带动农户增收等效益指标，并开展债券项目全生命周期绩效跟踪。`;
    d.decoy(lastZl, zl, '2023年债券支出率');
    d.bad('zf', '76.5', '等级', '自评得分86.5分对应等级“良”（80–90）');
  });

  // ============================================================ 13 区域绩效：学生营养改善计划（三县，元）txt
  report('13-tinglan-yingyang-gaishan-quyu', 'txt', { kind: '区域绩效', template: '中央转移支付区域绩效（元为单位，附县级明细）', writer: '教育局学生资助中心', txtIndent: '', txtTable: 'tab' }, (d) => {
    const cs = [['北坞县', '21700000.00', '21598600.00', '21640'], ['石砚县', '15420000.00', '15382000.00', '15382'], ['青禾县', '11260000.00', '11184800.00', '11243']];
    const R = cs.map((c, k) => { const a = d.m(`a${k}`, c[1], { sep: true }), b = d.m(`b${k}`, c[2], { sep: true }), n = d.i(`n${k}`, c[3], { sep: true });
      return [c[0], a, b, d.rate(`r${k}`, b, a), n, d.per(`p${k}`, b, n, { dp: 2 })]; });
    const A = d.sum('A', R.map((r) => r[1]), { sep: true }), B = d.sum('B', R.map((r) => r[2]), { sep: true }), N = d.sum('N', R.map((r) => r[4]), { sep: true });
    const RT = d.rate('RT', B, A), PT = d.per('PT', B, N, { dp: 2 });
    const A2 = d.re('A2', A, { sep: true }), B2 = d.re('B2', B, { sep: true });
    const Aw = d.conv('Aw', A2, '0.0001', { dp: 2, sep: true }), Bw = d.conv('Bw', B2, '0.0001', { dp: 2, sep: true });
    const jy = d.diff('jy', A2, B2, { sep: true });
    const xs = d.i('xs', 186), st = d.i('st', 171), qy = d.i('qy', 15);
    d.isSum(xs, [st, qy]);
    const stl = d.rate('stl', st, xs);
    const lastN = d.i('lastN', 49108, { sep: true });
    const px = d.n('px', '11.8'), pxL = d.n('pxL', '13.6');
    const pxD = d.diff('pxD', pxL, px, { dp: 1 });
    d.title`汀岚市2024年度农村义务教育学生营养改善计划补助资金区域绩效自评报告`;
    d.h1`一、基本情况`;
    d.p`农村义务教育学生营养改善计划在我市北坞县、石砚县、青禾县三个县实施，覆盖县域内农村义务教育阶段学校。膳食补助标准为每生每天5元，全年按在校时间200天计算，资金由中央财政全额承担，按实际受益学生数拨付到校，专款用于为学生提供等额优质的食品，不得以现金形式直接发放。`;
    d.p`2024年区域绩效目标：受益学生不少于4.8万人，学校食堂供餐比例不低于90%，不发生重大食品安全事故，学生营养健康状况持续改善。`;
    d.h1`二、资金分配使用情况`;
    d.p`（一）资金下达和支出。全市共下达中央补助资金${A2}元（${Aw}万元），三县实际支出${B2}元（${Bw}万元），年末结余${jy}元，已按规定收回或结转。分县情况见表1。`;
    d.table({ cap: '表1　分县资金下达与使用情况', head: [['县别', '下达资金（元）', '实际支出（元）', '执行率', '受益学生（人）', '生均支出（元）']], body: [...R.map((r) => [r[0], r[1], r[2], [r[3], '%'], r[4], r[5]]), ['合计', A, B, [RT, '%'], N, PT]] });
    d.p`（二）资金管理。三县均实行“县级统筹、学校实施、专账核算”，食材采购纳入县级集中招标，每月在校内公示膳食补助资金使用和带量食谱。石砚县生均支出正好为全年标准，北坞、青禾两县生均支出略低，主要是秋季学期部分学生转学、休学，按实际在校天数结算。`;
    d.h1`三、绩效目标完成情况`;
    const N2 = d.re('N2', N, { sep: true }), Nyu = d.n('Nyu', '4.8');
    d.decoy(Nyu, N2, '“4.8万余人”为约数');
    d.p`1.受益面。全年受益学生${N2}人，即${Nyu}万余人，较上年的${lastN}人有所减少，与农村学龄人口下降趋势一致。`;
    d.p`2.供餐方式。实施学校${xs}所，其中学校食堂供餐${st}所、企业（托餐）供餐${qy}所，食堂供餐比例${stl}%。`;
    d.p`3.营养健康。抽样监测显示，受益学生贫血率为${px}%，比上年${pxL}%下降${pxD}个百分点。全年未发生食品安全事故。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出', l2: '数量', n: '受益学生人数', t: { v: '4.8', pre: '≥', post: '万人' }, a: { o: d.conv('Nw', N, '0.0001', { dp: 2 }), post: '万人' }, w: '20', mode: 'ind' },
      { l1: '产出', l2: '质量', n: '食堂供餐比例', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('stlT', stl), post: '%' }, w: '15', mode: 'ind' },
      { l1: '产出', l2: '时效', n: '资金拨付到校时间', t: '学期初', a: '学期初', w: '10', mode: 'full' },
      { l1: '产出', l2: '成本', n: '补助标准执行', t: { v: '5', post: '元/生·天' }, a: { v: '5', post: '元/生·天' }, w: '5', mode: 'ind', cmp: 'eq' },
      { l1: '效益', l2: '社会效益', n: '重大食品安全事故', t: { v: '0', post: '起' }, a: { v: '0', post: '起' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '效益', l2: '可持续影响', n: '学生贫血率', t: { o: d.re('pxLT', pxL), pre: '低于上年', post: '%' }, a: { o: d.re('pxT', px), post: '%' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '满意度', l2: '服务对象', n: '学生家长满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '95.8', post: '%' }, w: '10', mode: 'ind' },
      { l1: '资金管理', l2: '执行', n: '资金执行率', t: '100%', a: { o: d.re('RTT', RT), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
    ], ['l1', 'l2', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　区域绩效目标自评表', head: [['一级指标', '二级指标', '三级指标', '年度目标', '实际完成', '分值', '得分']], body: [...rows, ['合计', '', '', '', '', W, T]] });
    d.p`区域绩效自评得分${d.re('T2', T)}分，自评等级${G}。`;
    d.h1`四、存在的问题`;
    d.p`1.部分学校食堂从业人员配备不足，仍有企业托餐学校，供餐质量监管难度较大。2.学生流动较频繁，按学期初人数预拨资金，年末结余较多的县需收回重拨，增加了工作量。3.营养监测样本量偏小，对效益的反映不够充分。`;
    d.h1`五、改进措施`;
    d.p`1.推动托餐学校逐步改建食堂，2025年再改造5所。2.改为按月核定在校学生人数，按季度清算补助资金。3.联合疾控部门扩大营养监测样本，增加身高体重等指标。`;
    d.decoy(lastN, N, '上年受益学生数');
    d.bad('Bw', '4,861.54', '单位换算', '实际支出48,165,400.00元 = 4,816.54万元');
  });

  // ============================================================ 14 公安项目：视频监控三期 txt
  report('14-jichuan-xian-gonganju-xueliang-xiangmu', 'txt', { kind: '项目', template: '项目自评表（标准权重，附建设内容表）', writer: '公安局科信大队', txtIndent: '　　', txtTable: 'tab', txtGap: false }, (d) => {
    const nc = d.m('nc', '1280.00', { sep: true }), zx = d.m('zx', '1196.52', { sep: true });
    const nc2 = d.re('nc2', nc, { sep: true });
    const zxl = d.rate('zxl', zx, nc2);
    const jy = d.diff('jy', nc2, zx);
    const L = [['高清治安卡口', 60, 60, '412.80'], ['人脸识别前端', 150, 146, '438.00'], ['乡村视频监控点', 320, 320, '256.00']]
      .map((r, k) => [r[0], d.i(`la${k}`, r[1]), d.i(`lb${k}`, r[2]), d.m(`lc${k}`, r[3])]);
    const pt = d.m('pt', '89.72');
    const LA = d.sum('LA', L.map((r) => r[1])), LB = d.sum('LB', L.map((r) => r[2]));
    const LC = d.sum('LC', [...L.map((r) => r[3]), pt], { sep: true });
    d.same(zx, LC);
    const rl = d.re('rl', L[1][2]), rlP = d.re('rlP', L[1][1]);
    const xc = d.re('xc', L[2][3]), xcN = d.re('xcN', L[2][2]);
    const xcP = d.per('xcP', xc, xcN, { mul: 10000, dp: 0 });
    const LB2 = d.re('LB2', LB), LA2 = d.re('LA2', LA);
    const jcl = d.rate('jcl', LB2, LA2);
    const zxx = d.n('zxx', '97.2'), pa = d.i('pa', 342), paL = d.i('paL', 287);
    const paR = d.chg('paR', pa, paL, { dp: 1 });
    d.title`霁川县公安局2024年度公共安全视频监控建设联网应用（三期）项目支出绩效自评报告`;
    d.h1`一、项目概况`;
    d.p`公共安全视频监控建设联网应用三期项目是县委、县政府确定的年度民生实事，主要在城区主干道出入口、重点场所和农村交通要道新建高清治安卡口、人脸识别前端和乡村视频监控点，并对县级视频共享平台扩容。项目计划建设前端点位${LA2}个，年初预算${nc}万元，由县财政全额保障。`;
    d.h1`二、项目资金使用及管理情况`;
    d.p`项目全年预算${nc2}万元，全年支出${zx}万元，预算执行率${zxl}%，结余${jy}万元。结余主要为人脸识别前端中${d.diff('rlQ', L[1][1], L[1][2])}个点位因选址涉及征迁未能施工，相应设备款未支付。各类建设内容完成及投资情况见下表。`;
    d.table({ cap: '表1　建设内容及投资完成情况', head: [['建设内容', '计划点位（个）', '建成点位（个）', '完成投资（万元）']], body: [...L, ['县级视频共享平台扩容', '—', '—', pt], ['合计', LA, LB, LC]] });
    d.p`项目资金实行国库集中支付，设备和工程分别通过公开招标确定供应商，合同约定按到货验收和工程初验分阶段付款，质保金在终验一年后支付。`;
    d.h1`三、项目绩效情况`;
    d.p`（一）产出。全年建成前端点位${LB2}个，建设完成率${jcl}%。其中人脸识别前端建成${rl}个（计划${rlP}个），乡村视频监控点建成${xcN}个，投资${xc}万元，单点造价${xcP}元，低于省定参考价。`;
    d.p`（二）效益。新建点位全部接入县级平台，视频在线率${zxx}%。全年利用视频监控协助破获刑事案件${pa}起，较上年${paL}起增长${paR}%，农村地区盗窃案件明显减少。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '建成前端点位', t: { o: d.re('LAT', LA), post: '个' }, a: { o: d.re('LBT', LB), post: '个' }, w: '20', sdp: 2, mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '点位验收合格率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '时效指标', n: '完工时间', t: '11月底前', a: '12月15日', w: '10', sdp: 0, mode: 'man', s: '8', why: '征迁点位影响整体进度，初验推迟半个月' },
      { l1: '产出指标', l2: '成本指标', n: '乡村监控单点造价', t: { v: '9000', pre: '≤', post: '元' }, a: { o: d.re('xcPT', xcP), post: '元' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益', n: '视频在线率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('zxxT', zxx), post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '社会效益', n: '视频协助破案', t: { v: '300', pre: '≥', post: '起' }, a: { o: d.re('paT', pa), post: '起' }, w: '15', mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '群众满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '94.3', post: '%' }, w: '10', mode: 'ind' },
      { l1: '预算执行', l2: '', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
    ], ['l1', 'n', 't', 'a', 'w', 's', 'why']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　项目支出绩效自评表', head: [['一级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析']], body: [...rows, ['总分', '', '', '', W, T, ['自评等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`一是前期选址论证不充分，个别点位涉及征迁，影响了建设进度和资金支出。二是前端点位增多后运维压力加大，运维经费尚未单独列入预算。三是视频数据在其他部门的共享应用还不够。`;
    d.h1`五、改进措施`;
    d.p`一是点位选址前会同自然资源、住建和属地乡镇联合踏勘，存在征迁风险的点位提前调整。二是申请将视频监控运维经费纳入年度部门预算，按点位数量核定标准。三是按照“一机一档”规范推进与城管、交通、应急等部门的视频共享。`;
    d.decoy(paL, pa, '上年破案数');
    d.bad('rl', '164', '表文一致', '正文“人脸识别前端建成146个”应与表1建成点位一致');
  });

  // ============================================================ 15 职业学校部门整体（附经济分类表）txt
  report('15-chenglan-gongmao-zhixiao-bumen', 'txt', { kind: '部门整体', template: '部门整体（收支＋经济分类基本支出附表＋四类指标）', writer: '学校财务科长', txtIndent: '　　', txtTable: 'space', txtGap: false, txtHInd: false }, (d) => {
    const bz = d.i('bz', 168), zz = d.i('zz', 161), kz = d.rate('kz', zz, bz);
    const xs = d.i('xs', 3412, { sep: true });
    const i1 = d.m('i1', '6218.40', { sep: true }), i2 = d.m('i2', '486.20'), i3 = d.m('i3', '52.36');
    const iT = d.sum('iT', [i1, i2, i3], { sep: true });
    const e1 = d.m('e1', '5264.83', { sep: true }), e2 = d.m('e2', '1437.32', { sep: true });
    const eT = d.sum('eT', [e1, e2], { sep: true });
    const zxl = d.rate('zxl', eT, iT);
    const jy = d.diff('jy', iT, eT);
    const E = [['301 工资福利支出', '4328.60', '4512.37'], ['302 商品和服务支出', '612.45', '574.08'], ['303 对个人和家庭的补助', '171.26', '178.38']]
      .map((r, k) => { const a = d.m(`ea${k}`, r[1], { sep: true }), b = d.m(`eb${k}`, r[2], { sep: true }); return [r[0], a, b, d.chg(`ec${k}`, b, a, { signed: true })]; });
    const EA = d.sum('EA', E.map((r) => r[1]), { sep: true }), EB = d.sum('EB', E.map((r) => r[2]), { sep: true });
    const EC = d.chg('EC', EB, EA, { signed: true });
    d.same(e1, EB);
    const e1b = d.re('e1b', e1, { sep: true }), eaT = d.re('eaT', EA, { sep: true });
    const jbUp = d.chgAmt('jbUp', e1b, eaT);
    const sp = d.re('sp', E[1][2]);
    const spD = d.diff('spD', E[1][1], sp);
    const gz = d.re('gz', E[0][2], { sep: true });
    const gzD = d.diff('gzD', gz, E[0][1]);
    const mx = d.m('mx', '682.40'), zxj = d.m('zxj', '214.50');
    const jy2 = d.i('jy2', 1126, { sep: true }), jyl = d.n('jyl', '96.8');
    const zs = d.i('zs', 1186, { sep: true }), zsP = d.i('zsP', 1150, { sep: true });
    const j1 = d.i('j1', 2), j2 = d.i('j2', 5), jT = d.sum('jT', [j1, j2]);
    d.title`澄岚市工贸职业技术学校2024年度部门整体支出绩效自评报告`;
    d.h1`一、学校基本情况`;
    d.p`我校为市教育局所属全额拨款事业单位，开设智能制造、汽车运用与维修、电子商务、现代物流等4个专业群。年末核定编制${bz}名，在职教职工${zz}人，人员控制率${kz}%；全日制在校生${xs}人。`;
    d.h1`二、部门收支情况`;
    d.p`（一）收入。2024年收入合计${iT}万元，其中财政拨款收入${i1}万元，事业收入（学费、住宿费）${i2}万元，其他收入${i3}万元。`;
    d.p`（二）支出。支出合计${eT}万元，占收入的${zxl}%，年末结转结余${jy}万元。其中基本支出${e1}万元，项目支出${e2}万元。项目支出主要包括中职免学费补助${mx}万元、国家助学金${zxj}万元，以及实训基地设备购置和校舍维修。`;
    d.p`（三）基本支出变动。基本支出${e1b}万元，比上年${eaT}万元${jbUp.up ? '增加' : '减少'}${jbUp}万元。其中工资福利支出${gz}万元，比上年增加${gzD}万元，主要是落实教师绩效工资和新进教师；商品和服务支出${sp}万元，比上年减少${spD}万元，主要是压减会议费、差旅费和印刷费。按经济分类的明细见附表。`;
    d.h1`三、绩效目标完成情况`;
    d.p`1.招生与就业。秋季招收新生${zs}人，完成招生计划${zsP}人；应届毕业生${jy2}人，就业（升学）率${jyl}%。2.技能竞赛。学生在省级职业院校技能大赛中获一等奖${j1}项、二等奖${j2}项，共${jT}项，未达到年初确定的8项目标。3.资助工作。免学费、国家助学金全部按学期足额发放，未发生资助资金被截留挪用情况。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '投入', n: '人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('kzT', kz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '投入', n: '基本支出中商品和服务支出变动', t: { v: '0', pre: '≤', post: '%' }, a: { o: d.re('ec1T', E[1][3]), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '过程', n: '支出占收入比例', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', mode: 'ind' },
      { l1: '过程', n: '财务管理制度执行', t: '规范', a: '规范', w: '10', mode: 'full' },
      { l1: '产出', n: '招生计划完成', t: { o: d.re('zsPT', zsP, { sep: false }), pre: '≥', post: '人' }, a: { o: d.re('zsT', zs, { sep: false }), post: '人' }, w: '15', mode: 'ind' },
      { l1: '产出', n: '资助资金按时发放率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益', n: '毕业生就业（升学）率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('jylT', jyl), post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益', n: '省级技能大赛获奖', t: { v: '8', pre: '≥', post: '项' }, a: { o: d.re('jTT', jT), post: '项' }, w: '15', sdp: 2, mode: 'ind' },
      { l1: '满意度', n: '学生及家长满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '93.5', post: '%' }, w: '10', mode: 'ind' },
    ], ['l1', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表1　部门整体支出绩效自评表', head: [['一级指标', '指标', '目标值', '实际值', '分值', '得分']], body: [...rows, ['合计', '', '', '', W, T]] });
    d.p`经自评，学校2024年度部门整体支出绩效得分${d.re('T2', T)}分，等级${G}。`;
    d.h1`四、存在的问题`;
    d.p`（一）实训设备更新依赖专项资金，年度之间不均衡，部分专业设备落后于企业一线。（二）事业收入预算按计划招生数编制，实际收入与预算存在差异。（三）绩效目标对教学质量、社会服务的量化指标偏少。`;
    d.h1`五、改进措施`;
    d.p`（一）编制实训设备三年更新计划，统筹专项资金和事业收入分年度安排。（二）按前三年实际招生规模测算事业收入预算。（三）增设“双师型”教师比例、社会培训人次等指标，完善学校绩效目标体系。`;
    d.h1`附表　基本支出按经济分类明细`;
    d.table({ unit: '单位：万元', head: [['经济分类科目', '2023年决算', '2024年决算', '增减率']], body: [...E.map((r) => [r[0], r[1], r[2], [r[3], '%']]), ['合计', EA, EB, [EC, '%']]] });
    d.decoy(zsP, zs, '招生计划数与实际招生数');
    d.bad('spD', '83.37', '变动额', '商品和服务支出减少额 = 612.45 − 574.08');
  });

  // ============================================================ 16 国有林场部门整体 txt
  report('16-jichuan-qingshan-linchang-bumen', 'txt', { kind: '部门整体', template: '部门整体（预算管理/资产管理/履职产出/履职效益/满意度）', writer: '林场办公室', txtIndent: '', txtTable: 'tab', txtGap: true }, (d) => {
    const bz = d.i('bz', 46), zz = d.i('zz', 44);
    const i1 = d.m('i1', '1126.38', { sep: true }), i2 = d.m('i2', '214.50');
    const iT = d.sum('iT', [i1, i2], { sep: true });
    const e1 = d.m('e1', '842.17'), e2 = d.m('e2', '456.45');
    const eT = d.sum('eT', [e1, e2], { sep: true });
    const eT0 = d.re('eT0', eT, { sep: true });
    const jy = d.diff('jy', iT, eT);
    const P = [['森林管护', '190.00', '186.40'], ['森林防火', '100.00', '98.25'], ['林区道路维护', '180.00', '171.80']].map((r, k) => { const a = d.m(`pa${k}`, r[1]), b = d.m(`pb${k}`, r[2]); return [r[0], a, b, d.rate(`pr${k}`, b, a)]; });
    const PA = d.sum('PA', P.map((r) => r[1])), PB = d.sum('PB', P.map((r) => r[2]));
    const PR = d.rate('PR', PB, PA);
    d.same(e2, PB);
    const mj = d.n('mj', '8.72'), gh = d.re('gh', P[0][2]), mj2 = d.re('mj2', mj);
    const ghP = d.per('ghP', gh, mj2, { dp: 2 });
    const fgl = d.n('fgl', '94.6'), xj = d.n('xj', '68.4'), xjL = d.n('xjL', '66.9');
    const xjD = d.diff('xjD', xj, xjL, { dp: 1 });
    const cg = d.m('cg', '96.30'), cgS = d.m('cgS', '94.12'), cgR = d.rate('cgR', cgS, cg);
    const zc = d.m('zc', '2386.54', { sep: true }), gd = d.m('gd', '1914.20', { sep: true });
    const ld = d.m('ld', '472.34');
    const fy = d.i('fy', 2300, { sep: true }), myd = d.n('myd', '89.7');
    d.isSum(zc, [gd, ld]);
    d.title`霁川县青杉国有林场2024年度部门整体支出绩效自评报告`;
    d.h1`一、基本情况`;
    d.p`青杉国有林场为县林业局所属公益一类事业单位，经营面积${mj}万亩，森林覆盖率${fgl}％，主要承担森林资源管护、森林防火、林木培育和国有林区基础设施维护等职责。林场核定编制${bz}名，年末在职${zz}人，另有退休人员61人。2024年度部门支出${eT0}万元，整体绩效自评等级见第三部分。`;
    d.h1`二、预算收支及管理情况`;
    d.h2`（一）收支情况`;
    d.p`2024年收入${iT}万元，其中财政拨款${i1}万元、经营收入（林木采伐及林下经济）${i2}万元；支出${eT}万元，其中基本支出${e1}万元、项目支出${e2}万元；年末结余${jy}万元。`;
    d.h2`（二）项目支出`;
    d.table({ cap: '表1　项目支出预算执行情况（万元）', head: [['项目', '预算数', '执行数', '执行率']], body: [...P.map((r) => [r[0], r[1], r[2], [r[3], '%']]), ['合计', PA, PB, [PR, '%']]] });
    d.p`森林管护经费${gh}万元，管护面积${mj2}万亩，亩均约${ghP}元。林区道路维护项目结余较多，原因是一段道路的水毁修复由县交通部门统一实施。`;
    d.h2`（三）政府采购和资产管理`;
    d.p`政府采购预算${cg}万元，实际采购${cgS}万元，执行率${cgR}%，采购内容为防火物资和无人机巡护设备。年末资产总额${zc}万元，其中固定资产${gd}万元、流动资产${ld}万元，本年无资产出租出借。`;
    d.h1`三、部门整体绩效情况`;
    d.p`全年完成森林资源管护巡护1.2万人次，未发生森林火灾和重大林业有害生物灾害；完成林木抚育${fy}亩、补植补造650亩；林场活立木蓄积量${xj}万立方米，比上年的${xjL}万立方米增加${xjD}万立方米。年末委托第三方开展的周边群众满意度调查结果为${myd}％，略低于90％的目标，群众意见主要集中在林区道路通行条件。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '预算管理', n: '项目支出执行率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('PRT', PR), post: '%' }, w: '10', mode: 'ind' },
      { l1: '预算管理', n: '政府采购执行率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('cgRT', cgR), post: '%' }, w: '10', mode: 'ind' },
      { l1: '资产管理', n: '资产账实相符率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '履职产出', n: '森林火灾发生次数', t: { v: '0', post: '次' }, a: { v: '0', post: '次' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '履职产出', n: '林木抚育面积', t: { v: '2300', pre: '≥', post: '亩' }, a: { o: d.re('fyT', fy, { sep: false }), post: '亩' }, w: '15', mode: 'ind' },
      { l1: '履职效益', n: '森林覆盖率', t: { v: '94', pre: '≥', post: '%' }, a: { o: d.re('fglT', fgl), post: '%' }, w: '15', mode: 'ind' },
      { l1: '履职效益', n: '活立木蓄积量', t: { v: '68', pre: '≥', post: '万立方米' }, a: { o: d.re('xjT', xj), post: '万立方米' }, w: '15', mode: 'ind' },
      { l1: '满意度', n: '周边群众满意度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('mydT', myd), post: '%' }, w: '10', sdp: 2, mode: 'ind' },
    ], ['l1', 'n', 't', 'a', 'w', 's']);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　部门整体支出绩效自评表', head: [['评价维度', '指标', '目标值', '实际值', '分值', '得分']], body: [...rows, ['总分', '', '', '', W, T]] });
    d.p`经自评，林场2024年度部门整体支出绩效得分${d.re('T2', T)}分，等级“${G}”。`;
    d.h1`四、存在的问题`;
    d.p`（一）林区道路等基础设施维护需求大，资金来源单一，部分路段失修。（二）经营收入受木材市场价格影响，年度波动较大。（三）护林员年龄偏大，巡护信息化手段应用不充分。`;
    d.h1`五、改进措施`;
    d.p`（一）积极争取国有林场基础设施建设中央预算内投资，与交通部门建立林区道路共建共管机制。（二）稳妥发展林下经济，增加稳定性经营收入。（三）推广无人机和巡护终端，2025年实现重点区域巡护轨迹全覆盖。`;
    d.bad('eT0', '1,289.62', '复述一致', '概况中“2024年度部门支出”应与第二部分支出合计1,298.62万元一致');
  });

  // ============================================================ 17 医院项目：医共体建设（整表式自评表）docx
  report('17-shiyan-xian-zhongyiyuan-yigongti-xiangmu', 'docx', { kind: '项目', template: '项目支出绩效自评表（单表分块：基本信息／资金／总体目标／指标）', writer: '医院医务科与财务科', author: '石砚县中医医院' }, (d) => {
    const src = [['当年财政拨款', '500.00', '560.00', '541.28'], ['上年结转资金', '86.40', '86.40', '79.10'], ['其他资金', '0.00', '30.00', '30.00']];
    const F = src.map((r, k) => r.slice(1).map((v, j) => d.m(`f${k}_${j}`, v)));
    const FT = [0, 1, 2].map((j) => d.sum(`fT${j}`, F.map((r) => r[j])));
    const FR = F.map((r, k) => d.rate(`fr${k}`, r[2], r[1]));
    const RT = d.rate('RT', FT[2], FT[1]);
    const w0 = d.i('w0', 10), s0 = d.scap('s0', RT, w0, { dp: 2 });
    const nc = d.re('nc', FT[0]), qn = d.re('qn', FT[1]), zx = d.re('zx', FT[2]);
    const zj = d.m('zj', '60.00'), zc = d.re('zc', F[2][1]);
    d.isSum(qn, [nc, zj, zc]);
    const RTp = d.re('RTp', RT);
    const jz = d.diff('jz', qn, zx);
    const wy = d.i('wy', 12), cs = d.i('cs', 146);
    const xc = d.i('xc', 262), yc = d.i('yc', 16482, { sep: true }), px = d.i('px', 548);
    const jz1 = d.n('jz1', '91.6'), jz0 = d.n('jz0', '89.9');
    const jzD = d.diff('jzD', jz1, jz0, { dp: 1 });
    const jc = d.n('jc', '2.4'), my = d.n('my', '93.8');
    d.title`石砚县中医医院2024年度县域医共体建设补助项目支出绩效自评报告`;
    d.h1`一、项目基本情况`;
    d.p`我院作为石砚县紧密型县域医共体牵头医院，联合全县${wy}家乡镇卫生院和${cs}个村卫生室组建医共体。县域医共体建设补助项目主要用于远程诊断中心运行、专家下沉乡镇补助、基层医务人员培训和医共体信息平台运维。`;
    d.p`年度绩效目标：12家乡镇卫生院远程会诊全覆盖；下沉专家不少于240人次；远程心电、影像诊断不少于1.5万例；培训基层医务人员600人次以上；县域内就诊率达到90%以上。`;
    d.h1`二、项目资金使用情况`;
    d.p`项目年初预算${nc}万元，年中县财政追加${zj}万元，医院自筹${zc}万元，全年预算${qn}万元；全年执行${zx}万元，执行率${RTp}%，结转${jz}万元。上年结转资金执行率偏低，主要是信息平台二期尾款待等保测评完成后支付。`;
    d.p`资金实行“县财政—医共体牵头医院—成员单位”分级核算，下沉专家补助按实际下沉天数和考核结果发放，培训经费按期次据实结算。`;
    d.h1`三、项目绩效情况`;
    d.p`全年下派专家${xc}人次到乡镇卫生院坐诊、查房和带教；远程心电、影像诊断${yc}例；培训基层医务人员${px}人次，未完成年度目标，原因是第四季度两期集中培训因流感高发延期至2025年初。县域内就诊率${jz1}%，比上年${jz0}%提高${jzD}个百分点；基层门急诊人次占比提高${jc}个百分点。患者满意度${my}%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '远程会诊覆盖乡镇卫生院', t: { v: '12', post: '家' }, a: { o: d.re('wyT', wy), post: '家' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '下沉专家人次', t: { v: '240', pre: '≥', post: '人次' }, a: { o: d.re('xcT', xc), post: '人次' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '远程心电影像诊断', t: { v: '15000', pre: '≥', post: '例' }, a: { o: d.re('ycT', yc, { sep: false }), post: '例' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '基层医务人员培训', t: { v: '600', pre: '≥', post: '人次' }, a: { o: d.re('pxT', px), post: '人次' }, w: '10', sdp: 2, mode: 'ind', why: '流感高发致两期培训延期，2025年一季度补训' },
      { l1: '产出指标', l2: '时效指标', n: '补助资金拨付', t: '按季度', a: '按季度', w: '10', mode: 'full' },
      { l1: '效益指标', l2: '社会效益指标', n: '县域内就诊率', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('jz1T', jz1), post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '社会效益指标', n: '基层门急诊占比提高', t: { v: '2', pre: '≥', post: '个百分点' }, a: { o: d.re('jcT', jc), post: '个百分点' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '可持续影响指标', n: '医共体内检查结果互认', t: '实现', a: '已实现', w: '10', mode: 'full' },
      { l1: '满意度指标', l2: '服务对象满意度指标', n: '患者满意度', t: { v: '90', pre: '≥', post: '%' }, a: { o: d.re('myT', my), post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.p`项目支出绩效自评表如下。`;
    d.table({ cap: '2024年度项目支出绩效自评表', unit: '单位：万元', head: [[B('项目名称', { cs: 2 }), { c: '县域医共体建设补助项目', cs: 6 }]],
      body: [
        [B('主管部门', { cs: 2 }), { c: '石砚县卫生健康局', cs: 2 }, B('实施单位', { cs: 2 }), { c: '石砚县中医医院', cs: 2 }],
        [B('项目资金', { rs: 5 }), '', B('年初预算数'), B('全年预算数'), B('全年执行数'), B('分值'), B('执行率'), B('得分')],
        ['年度资金总额', FT[0], FT[1], FT[2], w0, [RT, '%'], s0],
        ...src.map((r, k) => [r[0], ...F[k], '—', [FR[k], '%'], '—']),
        [B('年度总体目标', { rs: 2 }), B('预期目标', { cs: 3 }), B('实际完成情况', { cs: 4 })],
        [{ c: '依托医共体实现远程会诊乡镇全覆盖，推动专家下沉和基层人员培训，提高县域内就诊率。', cs: 3 }, { c: '远程会诊覆盖全部乡镇卫生院，下沉专家和远程诊断超额完成，培训人次未达目标，县域内就诊率达到目标。', cs: 4 }],
        [B('一级指标'), B('二级指标'), B('三级指标'), B('年度指标值'), B('实际完成值'), B('分值'), B('得分'), B('偏差原因分析及改进措施')],
        ...rows,
        [B('总分', { cs: 5 }), W, T, ['等级：', G]],
      ] });
    d.h1`四、存在的问题`;
    d.p`（一）培训计划受突发因素影响较大，缺少备选安排。（二）信息平台建设进度与资金支付节点衔接不够，形成结转。（三）部分乡镇卫生院远程设备使用频次不高，设备效能未充分发挥。`;
    d.h1`五、改进措施`;
    d.p`（一）培训改为“线上+线下”结合，集中培训安排在上半年。（二）合同付款节点与测评、验收节点同步设定。（三）将远程会诊使用频次纳入成员单位考核，对使用偏少的卫生院开展驻点指导。`;
    d.decoy(jz0, jz1, '上年县域内就诊率');
    d.decoy(FR[1], RT, '上年结转资金执行率与年度资金总额执行率');
    d.bad('fr1', '95.15', '执行率', '自评表“上年结转资金”行执行率 = 79.10 / 86.40');
  });

  // ============================================================ 18 文旅局部门整体（六维度，两行表头）docx
  report('18-tinglan-wenlvju-bumen', 'docx', { kind: '部门整体', template: '六维度框架（含两行表头“三公”表与政府采购表）', writer: '局办公室综合科', author: '汀岚市文化广电和旅游局' }, (d) => {
    const bzX = d.i('bzX', 22), bzS = d.i('bzS', 36), bz = d.sum('bz', [bzX, bzS]), zz = d.i('zz', 55);
    const nc = d.m('nc', '8426.50', { sep: true }), zj = d.m('zj', '1137.62', { sep: true }), yj = d.m('yj', '300.00');
    const qn = d.sum('qn', [nc, zj, [yj, -1]], { sep: true });
    const zx = d.m('zx', '8965.73', { sep: true });
    const zxl = d.rate('zxl', zx, qn), jz = d.diff('jz', qn, zx);
    const r3 = [['因公出国（境）费', '0.00', '0.00', '0.00'], ['公务用车运行维护费', '8.46', '9.00', '7.92'], ['公务接待费', '3.18', '3.50', '2.87']];
    const C = r3.map((r, k) => { const c = r.slice(1).map((v, j) => d.m(`c${k}_${j}`, v)); c.push(d.diff(`c${k}_3`, c[2], c[0])); return c; });
    const CT = [0, 1, 2, 3].map((j) => d.sum(`cT${j}`, C.map((r) => r[j])));
    d.rels.push({ type: 'sum', total: CT[3].id, terms: [{ id: CT[2].id, s: 1 }, { id: CT[0].id, s: -1 }], note: '合计行：增减 = 决算 − 上年' });
    const cT2 = d.re('cT2p', CT[2]), cT1 = d.re('cT1p', CT[1]);
    const kz3 = d.rate('kz3', cT2, cT1);
    const cg = [['货物类', '186.40', '181.26', '142.80'], ['工程类', '520.00', '508.35', '508.35'], ['服务类', '236.80', '229.64', '96.50']].map((r, k) => [r[0], ...r.slice(1).map((v, j) => d.m(`g${k}_${j}`, v))]);
    const GT = [1, 2, 3].map((j) => d.sum(`gT${j}`, cg.map((r) => r[j])));
    const cgL = d.rate('cgL', GT[1], GT[0]);
    const yc = d.n('yc', '126'), ycM = d.n('ycM', '100');
    const yk = d.n('yk', '1286.4', { sep: true }), ykL = d.n('ykL', '1183.4', { sep: true });
    const ykR = d.chg('ykR', yk, ykL, { dp: 1 });
    const ykYi = d.i('ykYi', 1200, { sep: true });
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`汀岚市文化广电和旅游局2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门基本情况`;
    d.p`市文化广电和旅游局负责全市文化艺术、广播电视、文物保护和旅游发展工作，局机关内设科室8个，下属市图书馆、市文化馆、市博物馆、市非遗保护中心4家事业单位。核定编制${bz}名，其中行政编制${bzX}名、事业编制${bzS}名，年末在职${zz}人。`;
    d.h1`二、部门整体支出情况`;
    d.h2`（一）预算执行`;
    d.p`2024年年初预算${nc}万元，年中追加${zj}万元，因项目调整压减${yj}万元，全年预算${qn}万元。全年支出${zx}万元，预算执行率${zxl}%，年末结转结余${jz}万元，主要是市博物馆陈列提升工程按合同进度尚未支付的尾款。`;
    d.h2`（二）“三公”经费`;
    d.table({ cap: '表1　“三公”经费支出情况', unit: '单位：万元', head: [[B('项目', { rs: 2 }), B('2023年决算', { rs: 2 }), B('2024年', { cs: 2 }), B('决算比上年增减', { rs: 2 })], [B('预算数'), B('决算数')]],
      body: [...r3.map((r, k) => [r[0], C[k][0], C[k][1], C[k][2], C[k][3]]), [B('合计'), ...CT]] });
    d.p`2024年“三公”经费决算${cT2}万元，控制在预算${cT1}万元以内，控制率${kz3}%。局系统无公务用车购置，未安排因公出国（境）。`;
    d.h2`（三）政府采购`;
    d.table({ cap: '表2　政府采购执行情况', unit: '单位：万元', head: [[B('采购类别', { rs: 2 }), B('采购预算', { rs: 2 }), B('实际采购情况', { cs: 2 })], [B('实际采购金额'), B('授予中小企业合同金额')]],
      body: [...cg.map((r) => [r[0], r[1], r[2], r[3]]), [B('合计'), ...GT]] });
    d.p`全年政府采购执行率${cgL}%。工程类采购为市博物馆陈列提升工程，服务类主要为文化惠民演出和旅游宣传推广。`;
    d.h1`三、部门整体绩效情况`;
    d.p`全年组织文化惠民演出${yc}场（目标${ycM}场），公共文化场馆全部免费开放；完成省级文物保护单位修缮2处；全市接待游客${yk}万人次，比上年${ykL}万人次增长${ykR}%。`;
    const items = [
      { l1: '运行成本', n: '“三公”经费控制率', std: '≤100%得满分', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.re('kz3T', kz3), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '运行成本', n: '在职人员控制率', std: '≤100%得满分', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '管理效率', n: '预算执行率', std: '执行率×分值', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '管理效率', n: '结转结余率', std: '≤5%得满分', t: { v: '5', pre: '≤', post: '%' }, a: { o: d.rate('jzl', jz, qn), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '管理效率', n: '政府采购执行率', std: '按比例得分', t: { v: '100', post: '%' }, a: { o: d.re('cgLT', cgL), post: '%' }, w: '5', sdp: 2, mode: 'ind' },
      { l1: '履职效能', n: '文化惠民演出场次', std: '达到目标得满分', t: { o: d.re('ycMT', ycM), pre: '≥', post: '场' }, a: { o: d.re('ycT', yc), post: '场' }, w: '15', mode: 'ind' },
      { l1: '履职效能', n: '文物修缮完成', std: '按完成比例', t: { v: '2', post: '处' }, a: { v: '2', post: '处' }, w: '15', mode: 'ind' },
      { l1: '社会效应', n: '游客接待量增长', std: '≥5%得满分', t: { v: '5', pre: '≥', post: '%' }, a: { o: d.re('ykRT', ykR), post: '%' }, w: '10', mode: 'ind' },
      { l1: '可持续发展能力', n: '文旅融合项目储备', std: '达到目标得满分', t: { v: '10', pre: '≥', post: '个' }, a: { v: '8', post: '个' }, w: '10', sdp: 0, mode: 'man', s: '7', why: '两个项目未通过省级评审，扣3分' },
      { l1: '服务对象满意度', n: '群众文化满意度', std: '≥90%得满分', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.1', post: '%' }, w: '20', mode: 'ind' },
    ];
    const got = items.map((it, k) => ind(d, 'k', k, it));
    const rows = [];
    got.forEach((g, k) => { const first = k === 0 || got[k - 1].it.l1 !== g.it.l1; const n = got.filter((x) => x.it.l1 === g.it.l1).length;
      rows.push([...(first ? [n > 1 ? { c: g.it.l1, rs: n } : g.it.l1] : []), g.it.n, g.it.std, g.t, g.a, g.w, g.s, g.it.why || '']); });
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表3　部门整体支出绩效自评表', head: [[B('评价维度'), B('指标'), B('评分标准'), B('目标值'), B('实际值'), B('分值'), B('得分'), B('扣分原因')]], body: [...rows, [B('合计', { cs: 5 }), W, T, ['等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`（一）工程类项目支付进度慢，形成较多结转。（二）游客接待量虽已达到${ykYi}万人次以上，但过夜游客占比低，文旅融合项目储备质量不高，部分项目前期论证不充分。（三）基层文化设施使用率不均衡，部分乡镇综合文化站活动较少。`;
    d.h1`五、改进措施`;
    d.p`（一）工程类项目按月调度支付进度，竣工后及时办理结算。（二）建立文旅项目储备库动态管理机制，项目入库前组织专家论证。（三）推行“点单式”文化服务，将乡镇文化站活动开展情况纳入年度考核。自评结果将作为2026年部门预算安排的重要参考，并在局门户网站公开。`;
    d.decoy(ycM, yc, '演出场次目标值');
    d.decoy(ykL, yk, '上年游客量');
    d.decoy(ykYi, yk, '“1,200万人次以上”为约数');
    d.bad('gT3', '774.65', '表格列合计', '表2“授予中小企业合同金额”列合计 = 142.80 + 508.35 + 96.50');
  });

  // ============================================================ 19 区域绩效：农机购置补贴（三县，两行表头）docx
  report('19-chenglan-nongji-butie-quyu', 'docx', { kind: '区域绩效', template: '转移支付区域绩效（两行表头分县表＋区域指标表）', writer: '市农机事务中心', author: '澄岚市农业农村局' }, (d) => {
    const cs = [['东岸县', '1286.00', '1254.37', 1820, 1776, 1532], ['岭口县', '948.00', '948.00', 1360, 1402, 1180], ['沙湄县', '762.00', '731.86', 1050, 986, 902]];
    const R = cs.map((c, k) => {
      const a = d.m(`a${k}`, c[1], { sep: true }), b = d.m(`b${k}`, c[2], { sep: true }), p = d.i(`p${k}`, c[3], { sep: true }), q = d.i(`q${k}`, c[4], { sep: true }), h = d.i(`h${k}`, c[5], { sep: true });
      return { name: c[0], a, b, r: d.rate(`r${k}`, b, a), p, q, w: d.rate(`w${k}`, q, p), h };
    });
    const A = d.sum('A', R.map((x) => x.a), { sep: true }), Bt = d.sum('B', R.map((x) => x.b), { sep: true });
    const P = d.sum('P', R.map((x) => x.p), { sep: true }), Q = d.sum('Q', R.map((x) => x.q), { sep: true }), H = d.sum('H', R.map((x) => x.h), { sep: true });
    const RT = d.rate('RT', Bt, A), WT = d.rate('WT', Q, P);
    const B2 = d.re('B2', Bt, { sep: true }), Q2 = d.re('Q2', Q, { sep: true });
    const tj = d.per('tj', B2, Q2, { mul: 10000, dp: 2, sep: true });
    const zy = d.m('zy', '2580.00', { sep: true }), sj = d.m('sj', '416.00');
    d.isSum(A, [zy, sj]);
    const A2 = d.re('A2', A, { sep: true }), B3 = d.re('B3', Bt, { sep: true });
    const jy = d.diff('jy', A2, B3);
    const zl = d.n('zl', '87.6'), zlL = d.n('zlL', '86.1');
    const zlD = d.diff('zlD', zl, zlL, { dp: 1 });
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`澄岚市2024年度农机购置与应用补贴资金区域绩效自评报告`;
    d.h1`一、基本情况`;
    d.p`农机购置与应用补贴实行“自主购机、定额补贴、县级结算、直补到卡”。2024年省级下达我市补贴资金中，中央资金${zy}万元、省级资金${sj}万元，全部切块分配至东岸县、岭口县、沙湄县三个县，重点支持粮食生产薄弱环节、丘陵山区适用机具和智能农机装备。`;
    d.p`区域年度绩效目标：补贴各类机具4,000台套以上，资金结算率95%以上，全市主要农作物耕种收综合机械化率达到87%。`;
    d.h1`二、资金分配和结算情况`;
    d.table({ cap: '表1　分县补贴资金结算和机具补贴情况', head: [[B('县别', { rs: 2 }), B('补贴资金（万元）', { cs: 3 }), B('补贴机具（台套）', { cs: 3 }), B('受益农户（户）', { rs: 2 })], [B('下达'), B('结算'), B('结算率'), B('计划'), B('实际'), B('完成率')]],
      body: [...R.map((x) => [x.name, x.a, x.b, [x.r, '%'], x.p, x.q, [x.w, '%'], x.h]), [B('合计'), A, Bt, [RT, '%'], P, Q, [WT, '%'], H]] });
    d.p`全市下达补贴资金${A2}万元，结算${B3}万元，结余${jy}万元，主要是沙湄县部分购机户未按期提交核验材料，已按规定结转下年使用。按结算资金${B2}万元和实际补贴机具${Q2}台套计算，台套均补贴${tj}元。岭口县补贴机具超过计划，是因为年中将东岸县、沙湄县部分未用指标调剂至岭口县。`;
    const jin = d.i('jin', 3000, { sep: true });
    d.decoy(jin, Bt, '“近3,000万元”为约数');
    d.p`全年近${jin}万元补贴资金全部通过“一卡通”直达购机户。三县均通过补贴系统在线办理申请、核验和兑付，补贴对象、机具和金额在县政府网站按季度公示；市级组织对三县随机抽查购机户210户，未发现套取、骗取补贴问题。`;
    d.h1`三、区域绩效目标完成情况`;
    d.p`全市主要农作物耕种收综合机械化率达到${zl}%，比上年的${zlL}%提高${zlD}个百分点；新增安装北斗导航辅助驾驶终端324台，丘陵山区适用小型机具补贴占比明显提高。购机户满意度抽样调查为94.7%。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '补贴机具数量', t: { v: '4000', pre: '≥', post: '台套' }, a: { o: d.re('QT', Q, { sep: false }), post: '台套' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '补贴资金结算率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('RTT', RT), post: '%' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '补贴信息公示率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '经济效益', n: '综合机械化率', t: { v: '87', pre: '≥', post: '%' }, a: { o: d.re('zlT', zl), post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '经济效益', n: '综合机械化率提高', t: { v: '1', pre: '≥', post: '个百分点' }, a: { o: d.re('zlDT', zlD), post: '个百分点' }, w: '10', mode: 'ind' },
      { l1: '效益指标', l2: '可持续影响', n: '北斗辅助驾驶终端', t: { v: '300', pre: '≥', post: '台' }, a: { v: '324', post: '台' }, w: '10', mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '购机户满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '94.7', post: '%' }, w: '15', mode: 'ind' },
      { l1: '管理指标', l2: '资金管理', n: '资金使用合规性', t: '合规', a: '合规', w: '10', mode: 'full' },
    ]);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    
    d.table({ cap: '表2　区域绩效自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('年度目标值'), B('实际完成值'), B('分值'), B('得分'), B('偏差原因')]], body: [...rows, [B('总分', { cs: 5 }), W, T, '']] });
    const T2 = d.re('T2', T);
    d.p`经评价，全市农机购置与应用补贴区域绩效自评得分${T2}分，等级为“${d.grade('G', T2)}”。`;
    d.h1`四、存在的问题`;
    d.p`（一）县际之间补贴需求不均衡，年中调剂指标增加了结算工作量。（二）个别县核验环节时间较长，购机户兑付周期超过规定时限。（三）补贴机具使用情况跟踪不够，对作业量、作业质量缺少数据支撑。`;
    d.h1`五、改进措施`;
    d.p`（一）按各县上年实际结算量和当年需求申报情况分配资金，预留一定比例机动指标。（二）推行“见机见票即核”，核验时限压缩至15个工作日以内。（三）对北斗终端机具实行作业数据在线监测，将作业量纳入下年度补贴绩效目标。`;
    d.decoy(zlL, zl, '上年机械化率');
    d.decoy(R[1].w, WT, '岭口县完成率超过100%，不能与合计完成率混同');
    d.bad('w2', '98.90', '完成率', '表1沙湄县补贴机具完成率 = 实际986 / 计划1,050');
  });

  // ============================================================ 20 乡镇部门整体（决策/过程/产出/效益）docx
  report('20-shamei-tangxi-zhen-bumen', 'docx', { kind: '部门整体', template: '乡镇部门整体（决策15/过程25/产出35/效益25，基本支出两行表头表）', writer: '镇党政综合办', author: '棠溪镇人民政府' }, (d) => {
    const bzX = d.i('bzX', 28), bzS = d.i('bzS', 35), bz = d.sum('bz', [bzX, bzS]), zz = d.i('zz', 59);
    const nc = d.m('nc', '2706.00', { sep: true }), zj = d.m('zj', '914.76');
    const qn = d.sum('qn', [nc, zj], { sep: true });
    const zx = d.m('zx', '3488.19', { sep: true });
    const zxl = d.rate('zxl', zx, qn);
    const jy = d.diff('jy', qn, zx);
    const jb = [['人员经费', '1612.40', '1690.00', '1684.52'], ['公用经费', '238.70', '226.00', '219.63']].map((r, k) => [r[0], ...r.slice(1).map((v, j) => d.m(`j${k}_${j}`, v, { sep: true }))]);
    const JT = [1, 2, 3].map((j) => d.sum(`jT${j}`, jb.map((r) => r[j]), { sep: true }));
    const zx2 = d.re('zx2', zx, { sep: true }), jT3 = d.re('jT3p', JT[2], { sep: true });
    const xm = d.diff('xm', zx2, jT3, { sep: true });
    const xl = ['264.00', '418.60', '532.44', '187.00', '182.00'].map((v, k) => d.m(`x${k}`, v));
    const xm2 = d.re('xm2', xm, { sep: true });
    d.isSum(xm2, xl);
    const gyChg = d.chg('gyChg', jb[1][3], jb[1][1]);
    const nt = d.n('nt', '1.2'), nt2 = d.n('nt2', '1.26');
    const cs = d.i('cs', 14);
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`棠溪镇人民政府2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门概况`;
    d.p`棠溪镇位于沙湄县东部，辖${cs}个行政村，以水稻、油茶和生猪养殖为主导产业。镇机关设综合办公室、经济发展办公室、社会事务办公室和自然资源和生态环境办公室，下设农业农村综合服务中心等事业站所。核定编制${bz}名（行政编制${bzX}名、事业编制${bzS}名），年末在职${zz}人。`;
    d.h1`二、部门整体支出管理及使用情况`;
    d.h2`（一）预算收支`;
    d.p`2024年年初预算${nc}万元，年中上级追加专项资金${zj}万元，全年预算${qn}万元；全年支出${zx}万元，预算执行率${zxl}%；年末结转结余${jy}万元。`;
    d.h2`（二）基本支出`;
    d.table({ cap: '表1　基本支出情况', unit: '单位：万元', head: [[B('项目', { rs: 2 }), B('2023年决算', { rs: 2 }), B('2024年', { cs: 2 })], [B('预算数'), B('决算数')]], body: [...jb.map((r) => r), [B('合计'), ...JT]] });
    d.p`公用经费决算比上年下降${gyChg}%，主要是压减会议费和公务用车运行费用，镇机关停用老旧公务车1辆。`;
    d.h2`（三）项目支出`;
    d.p`全年支出${zx2}万元扣除基本支出${jT3}万元后，项目支出为${xm}万元。项目支出${xm2}万元中，村级组织运转经费${xl[0]}万元，农村人居环境整治${xl[1]}万元，高标准农田建设配套${xl[2]}万元，乡村道路养护${xl[3]}万元，防汛救灾及其他${xl[4]}万元。`;
    d.h1`三、部门整体绩效情况`;
    d.p`全年完成高标准农田建设${nt}万亩（计划1万亩），连同上年结转项目，全年通过验收的面积为${nt2}万亩；完成农村户厕改造185户、村庄清洁行动全覆盖；乡村道路养护里程86公里，全年未发生因道路失养引发的交通事故。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '决策', l2: '目标设定', n: '绩效目标合理性', t: '合理', a: '合理', w: '8', mode: 'full' },
      { l1: '决策', l2: '预算编制', n: '预算编制科学性', t: '科学', a: '基本科学', w: '7', sdp: 0, mode: 'man', s: '5', why: '年中追加占比较高，扣2分' },
      { l1: '过程', l2: '预算执行', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '过程', l2: '预算执行', n: '政府采购规范性', t: '规范', a: '规范', w: '5', mode: 'full' },
      { l1: '过程', l2: '财务管理', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '过程', l2: '财务管理', n: '公用经费控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('gk', jb[1][3], jb[1][2]), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '产出', l2: '数量', n: '高标准农田建设面积', t: { v: '1', pre: '≥', post: '万亩' }, a: { o: d.re('ntT', nt), post: '万亩' }, w: '15', mode: 'ind' },
      { l1: '产出', l2: '数量', n: '农村户厕改造', t: { v: '180', pre: '≥', post: '户' }, a: { v: '185', post: '户' }, w: '10', mode: 'ind' },
      { l1: '产出', l2: '质量', n: '乡村道路养护里程', t: { v: '80', pre: '≥', post: '公里' }, a: { v: '86', post: '公里' }, w: '10', mode: 'ind' },
      { l1: '效益', l2: '社会效益', n: '村庄清洁行动覆盖率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益', l2: '满意度', n: '群众满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '91.3', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　部门整体支出绩效自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('目标值'), B('实际值'), B('分值'), B('得分'), B('扣分原因')]], body: [...rows, [B('合计', { cs: 5 }), W, T, ['评价等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`1.预算编制与上级资金下达衔接不够，年中追加资金较多，预算约束力不强。2.项目支出集中在下半年，高标准农田配套资金在12月集中拨付。3.村级组织运转经费使用监管主要依靠年终检查，日常监管不足。`;
    d.h1`五、改进措施`;
    d.p`1.提前对接县直部门，将可预见的上级专项配套纳入年初预算。2.按季度制定项目支出计划，每月通报进度。3.推行村级财务“线上审批、月度公开”，镇经管站每季度抽查。`;
    d.decoy(nt2, nt, '1.26万亩为含上年结转的验收面积');
    d.bad('jy', '123.57', '结余', '年末结转结余 = 全年预算3,620.76 − 全年支出3,488.19');
  });

  // ============================================================ 21 专项债券：标准化厂房 docx
  report('21-dongan-chanyeyuan-changfang-zhuanxiangzhai', 'docx', { kind: '项目', template: '专项债券项目（两行表头资金表＋收益平衡＋指标表）', writer: '园区管委会财务部', author: '东岸县产业园区管理委员会' }, (d) => {
    const zt = d.m('zt', '52360.00', { sep: true });
    const ztY = d.conv('ztY', zt, '0.0001', { dp: 2 });
    const s1 = d.m('s1', '30000.00', { sep: true }), s2 = d.m('s2', '8360.00', { sep: true }), s3 = d.m('s3', '14000.00', { sep: true });
    d.isSum(zt, [s1, s2, s3]);
    const zb = d.rate('zb', s1, zt);
    const fx = d.m('fx', '12000.00', { sep: true }), ll = d.n('ll', '2.31'), lx = d.m('lx', '277.20');
    d.rels.push({ type: 'ratio', r: ll.id, num: [{ id: lx.id, s: 1 }], den: [{ id: fx.id, s: 1 }], mul: 100, note: '年利息 / 发行额 = 利率' });
    const F = [['专项债券资金', '12000.00', '11486.25'], ['县级财政配套', '2000.00', '1958.40']].map((r, k) => { const a = d.m(`fa${k}`, r[1], { sep: true }), b = d.m(`fb${k}`, r[2], { sep: true }); return [r[0], a, b, d.rate(`fr${k}`, b, a)]; });
    d.same(fx, F[0][1]);
    const FA = d.sum('FA', F.map((r) => r[1]), { sep: true }), FB = d.sum('FB', F.map((r) => r[2]), { sep: true }), FR = d.rate('FR', FB, FA);
    const sr = d.m('sr', '68420.00', { sep: true }), bx = d.m('bx', '43860.00', { sep: true });
    const fg = d.per('fg', sr, bx, { dp: 2 });
    const mj = d.n('mj', '12'), mjA = d.n('mjA', '10.8');
    const mjR = d.rate('mjR', mjA, mj, { dp: 1 });
    const qy = d.i('qy', 18);
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`东岸县产业园区标准化厂房建设项目2024年度专项债券资金绩效自评报告`;
    d.h1`一、项目概况`;
    d.p`项目位于东岸县产业园区南区，规划建设标准化厂房及配套研发、仓储用房，总建筑面积约18万平方米，分两期实施。项目总投资${zt}万元，折合${ztY}亿元；资金来源为专项债券${s1}万元、县级财政资金${s2}万元、市场化融资${s3}万元，专项债券占总投资的${zb}%。`;
    d.p`2024年3月，项目获得新增专项债券${fx}万元，期限20年，利率${ll}%，年付息${lx}万元。`;
    d.h1`二、资金使用情况`;
    d.table({ cap: '表1　2024年度项目资金使用情况', unit: '单位：万元', head: [[B('资金来源', { rs: 2 }), B('2024年度', { cs: 3 })], [B('预算数'), B('支出数'), B('支出率')]], body: [...F.map((r) => [r[0], r[1], r[2], [r[3], '%']]), [B('合计'), FA, FB, [FR, '%']]] });
    d.p`债券资金未支出部分为一期厂房消防专项验收后应付的工程款，已于2025年1月支付。项目严格执行债券资金“专款专用、封闭运行”，资金拨付须经监理、跟踪审计和园区管委会三方签字。`;
    d.h1`三、项目绩效情况`;
    d.p`（一）建设进度。一期计划建成厂房${mj}万平方米，实际完成主体及装修${mjA}万平方米，完成率${mjR}%，剩余部分为配套研发楼幕墙工程。（二）招商运营。已签约入驻企业${qy}家，主要为电子元器件和农产品深加工企业。（三）收益平衡。按照经复核的平衡方案，债券存续期内项目租金、物业及配套服务收入预计${sr}万元，应还本付息${bx}万元，覆盖倍数${fg}倍。`;
    const w0 = d.i('w0', 10), FRt = d.re('FRt', FR), s0 = d.scap('s0', FRt, w0, { dp: 2 });
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '一期厂房建成面积', t: { o: d.re('mjT', mj), post: '万平方米' }, a: { o: d.re('mjAT', mjA), post: '万平方米' }, w: '20', sdp: 2, mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '单位工程验收合格率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '时效指标', n: '主体工程完工时间', t: '2024年10月', a: '2024年10月', w: '10', mode: 'full' },
      { l1: '效益指标', l2: '经济效益', n: '签约入驻企业', t: { v: '15', pre: '≥', post: '家' }, a: { o: d.re('qyT', qy), post: '家' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '经济效益', n: '本息覆盖倍数', t: { v: '1.3', pre: '≥', post: '倍' }, a: { o: d.re('fgT', fg), post: '倍' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '可持续影响', n: '债券本息按期偿还', t: '按期', a: '按期', w: '10', mode: 'full' },
      { l1: '满意度指标', l2: '服务对象满意度', n: '入驻企业满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.5', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ cap: '表2　专项债券项目绩效自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('指标值'), B('实际完成值'), B('分值'), B('得分'), B('偏差原因')]], body: [[B('预算执行率', { cs: 3 }), '100%', [FRt, '%'], w0, s0, ''], ...rows, [B('总分', { cs: 5 }), W, T, ['自评等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`（一）专项验收环节多、周期长，影响债券资金支付进度。（二）入驻企业以中小企业为主，租金收入稳定性有待观察。（三）二期建设与招商进度衔接需进一步论证。`;
    d.h1`五、改进措施`;
    d.p`（一）提前对接消防、规划等专项验收部门，实行并联验收。（二）建立入驻企业经营监测和租金催缴机制，每半年更新一次收益平衡测算。（三）二期按“以招定建”原则，签约率达到70%以上再启动建设。`;
    d.decoy(fx, s1, '本年发行额与债券资金总额');
    d.bad('ztY', '5.42', '单位换算', '总投资52,360.00万元 = 5.24亿元');
  });

  // ============================================================ 22 市残联部门整体（财政拨款收支执行表）docx
  report('22-zeqi-canlian-bumen', 'docx', { kind: '部门整体', template: '部门整体（预算编制与执行20/管理20/履职产出30/履职效益20/满意度10）', writer: '残联计划财务处', author: '泽栖市残疾人联合会' }, (d) => {
    const bz = d.i('bz', 34), zz = d.i('zz', 32);
    const mk = (id, a, b) => { const x = d.m(id + 'a', a, { sep: true }), y = d.m(id + 'b', b, { sep: true }); return [x, y]; };
    const ry = mk('ry', '620.00', '618.24'), gy = mk('gy', '92.00', '88.71');
    const jb = [0, 1].map((j) => d.sum(`jb${'ab'[j]}`, [ry[j], gy[j]], { sep: true }));
    const P = [['残疾人康复服务', '1240.00', '1212.60'], ['残疾人就业扶持', '386.00', '371.45'], ['残疾人托养服务', '450.00', '448.20'], ['困难残疾人家庭无障碍改造', '215.00', '196.80']].map((r, k) => [r[0], ...mk(`p${k}`, r[1], r[2])]);
    const xm = [0, 1].map((j) => d.sum(`xm${'ab'[j]}`, P.map((r) => r[j + 1]), { sep: true }));
    const hj = [0, 1].map((j) => d.sum(`hj${'ab'[j]}`, [jb[j], xm[j]], { sep: true }));
    const rate = (id, pair) => d.rate(id, pair[1], pair[0]);
    const rows = [
      [{ c: '基本支出', b: true }, jb[0], jb[1], [rate('jbr', jb), '%']],
      ['　人员经费', ry[0], ry[1], [rate('ryr', ry), '%']],
      ['　公用经费', gy[0], gy[1], [rate('gyr', gy), '%']],
      [{ c: '项目支出', b: true }, xm[0], xm[1], [rate('xmr', xm), '%']],
      ...P.map((r, k) => ['　' + r[0], r[1], r[2], [rate(`pr${k}`, [r[1], r[2]]), '%']]),
      [{ c: '合计', b: true }, hj[0], hj[1], [rate('hjr', hj), '%']],
    ];
    const hjb = d.re('hjb2', hj[1], { sep: true }), hja = d.re('hja2', hj[0], { sep: true });
    const zxl = d.rate('zxl', hjb, hja);
    const ryT = d.re('ryT', ry[1], { sep: true });
    const kf = d.i('kf', 2860, { sep: true }), kfM = d.i('kfM', 2800, { sep: true }), jy = d.i('jy', 412), ty = d.i('ty', 365), wz = d.i('wz', 328), wzM = d.i('wzM', 350);
    const wzR = d.rate('wzR', wz, wzM);
    const wzF = d.re('wzF', P[3][2]);
    const wzP = d.per('wzP', wzF, wz, { mul: 10000, dp: 0, sep: true });
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`泽栖市残疾人联合会2024年度部门整体支出绩效自评报告`;
    d.sub`（市残联计划财务处　2025年3月）`;
    d.h1`一、部门基本情况`;
    d.p`市残联内设办公室、组织联络部、康复部、教育就业部、维权宣传部和计划财务处，所属市残疾人康复中心、市残疾人就业服务所2家事业单位。核定编制${bz}名，年末在职${zz}人。全市持证残疾人6.9万人。`;
    d.h1`二、部门预算执行情况`;
    d.p`2024年部门财政拨款全年预算${hja}万元，全年支出${hjb}万元，预算执行率${zxl}%。分项执行情况如下表。`;
    d.table({ cap: '表1　2024年度财政拨款支出执行情况', unit: '单位：万元', head: [[B('项目'), B('全年预算数'), B('决算数'), B('执行率')]], body: rows });
    d.p`基本支出中人员经费决算${ryT}万元，主要用于在职人员工资、社会保险缴费和住房公积金；公用经费严格执行定额标准，执行率低于预算的部分为会议费、培训费节约。项目支出中，无障碍改造项目执行率偏低，是因为部分改造户因房屋拆迁退出。`;
    d.h1`三、部门履职绩效情况`;
    d.p`全年为${kf}名残疾人提供基本康复服务（目标${kfM}名）；扶持残疾人就业${jy}人；为${ty}名智力、精神和重度肢体残疾人提供托养服务；完成困难残疾人家庭无障碍改造${wz}户，为计划${wzM}户的${wzR}%，改造资金${wzF}万元，户均${wzP}元。`;
    const { rows: ir, got } = indRows(d, 'k', [
      { l1: '预算编制与执行', l2: '执行', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '预算编制与执行', l2: '执行', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '管理', l2: '财务', n: '资金使用合规性', t: '合规', a: '合规', w: '10', mode: 'full' },
      { l1: '管理', l2: '资产', n: '资产管理规范性', t: '规范', a: '规范', w: '10', mode: 'full' },
      { l1: '履职产出', l2: '数量', n: '基本康复服务人数', t: { o: d.re('kfMT', kfM, { sep: false }), pre: '≥', post: '人' }, a: { o: d.re('kfT', kf, { sep: false }), post: '人' }, w: '10', mode: 'ind' },
      { l1: '履职产出', l2: '数量', n: '扶持残疾人就业', t: { v: '400', pre: '≥', post: '人' }, a: { o: d.re('jyT', jy), post: '人' }, w: '10', mode: 'ind' },
      { l1: '履职产出', l2: '数量', n: '无障碍改造户数', t: { o: d.re('wzMT', wzM), post: '户' }, a: { o: d.re('wzT', wz), post: '户' }, w: '10', sdp: 2, mode: 'ind' },
      { l1: '履职效益', l2: '社会效益', n: '托养服务人数', t: { v: '350', pre: '≥', post: '人' }, a: { o: d.re('tyT', ty), post: '人' }, w: '10', mode: 'ind' },
      { l1: '履职效益', l2: '社会效益', n: '残疾人权益保障', t: '有效', a: '有效', w: '10', mode: 'full' },
      { l1: '满意度', l2: '服务对象', n: '残疾人满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '94.2', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表2　部门整体支出绩效自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('年度目标'), B('实际完成'), B('分值'), B('得分'), B('偏差说明')]], body: [...ir, [B('合计', { cs: 5 }), W, T, ['等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`一是无障碍改造项目受房屋拆迁等因素影响，计划调整不够及时；二是康复服务以机构康复为主，社区和家庭康复覆盖不足；三是部门绩效目标与年度工作要点衔接不够紧密。`;
    d.h1`五、改进措施`;
    d.p`一是无障碍改造实行动态名单管理，每季度核对改造对象；二是依托社区康复站开展家庭康复指导，2025年覆盖全部街道；三是以年度工作要点为基础编制部门绩效目标，并开展年中绩效监控。`;
    d.decoy(kfM, kf, '康复服务目标人数');
    d.bad('ryT', '681.24', '表文一致', '正文“人员经费决算618.24万元”应与表1人员经费决算数一致');
  });

  // ============================================================ 23 县农业农村局部门整体（资金来源表、采购表）docx
  report('23-dongan-nongyenongcunju-bumen', 'docx', { kind: '部门整体', template: '部门整体（决策/过程/产出/效益，附主要项目资金来源表、政府采购分类表）', writer: '局计划财务股', author: '东岸县农业农村局' }, (d) => {
    const bz = d.i('bz', 86), zz = d.i('zz', 81);
    const nc = d.m('nc', '6150.40', { sep: true }), zj = d.m('zj', '4083.28', { sep: true });
    const qn = d.sum('qn', [nc, zj], { sep: true });
    const zx = d.m('zx', '9872.36', { sep: true }), zxl = d.rate('zxl', zx, qn), jz = d.diff('jz', qn, zx);
    const jb = d.m('jb', '2316.75', { sep: true });
    const xm = d.diff('xm', zx, jb, { sep: true });
    const S = [['高标准农田建设', '1860.00', '420.00', '310.00'], ['耕地地力保护补贴', '1426.38', '0.00', '0.00'], ['动物防疫', '212.00', '86.00', '64.50'], ['农村人居环境整治', '0.00', '260.00', '180.00']]
      .map((r, k) => { const c = r.slice(1).map((v, j) => d.m(`s${k}_${j}`, v, { sep: true })); return [r[0], ...c, d.sum(`sT${k}`, c, { sep: true })]; });
    const cg = [['货物', '318.60', '305.42'], ['工程', '2210.00', '2164.80'], ['服务', '146.50', '139.27']].map((r, k) => [r[0], d.m(`ga${k}`, r[1], { sep: true }), d.m(`gb${k}`, r[2], { sep: true })]);
    cg.forEach((r, k) => r.push(d.rate(`gr${k}`, r[2], r[1])));
    const GA = d.sum('GA', cg.map((r) => r[1]), { sep: true }), GB = d.sum('GB', cg.map((r) => r[2]), { sep: true }), GR = d.rate('GR', GB, GA);
    const sg = d.m('sg', '14.36'), sgL = d.m('sgL', '16.02'), sgD = d.chgAmt('sgD', sg, sgL);
    const nt = d.n('nt', '2.1'), lc = d.n('lc', '41.38'), lcL = d.n('lcL', '40.86');
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`东岸县农业农村局2024年度部门整体支出绩效自评报告`;
    d.h1`一、部门概况`;
    d.p`县农业农村局内设办公室、计划财务股、种植业股、畜牧兽医股、农村社会事业促进股等9个股室，下属县农业技术推广中心、县动物疫病预防控制中心等5个事业单位。核定编制${bz}名，年末在职${zz}人。`;
    d.h1`二、部门整体支出情况`;
    d.h2`（一）预算执行`;
    d.p`2024年年初预算${nc}万元，年中追加${zj}万元（主要为中央和省级农业相关转移支付），全年预算${qn}万元。全年支出${zx}万元，预算执行率${zxl}%，结转${jz}万元。其中基本支出${jb}万元，项目支出${xm}万元。“三公”经费支出${sg}万元，比上年${sgL}万元${sgD.up ? '增加' : '减少'}${sgD}万元。`;
    d.h2`（二）主要项目资金来源`;
    d.p`本年度支出规模较大的项目资金来源构成如下（仅列示300万元以上项目，其余项目略）：`;
    d.table({ cap: '表1　主要项目资金来源构成', unit: '单位：万元', head: [[B('项目名称', { rs: 2 }), B('资金来源', { cs: 3 }), B('合计', { rs: 2 })], [B('中央'), B('省级'), B('县级')]], body: S });
    d.h2`（三）政府采购`;
    d.table({ cap: '表2　政府采购执行情况（按采购品目）', unit: '单位：万元', head: [[B('采购品目'), B('采购预算'), B('实际采购'), B('执行率')]], body: [...cg.map((r) => [r[0], r[1], r[2], [r[3], '%']]), [B('合计'), GA, GB, [GR, '%']]] });
    d.h1`三、部门整体绩效情况`;
    d.p`全年建成高标准农田${nt}万亩；粮食播种面积稳定在${lc}万亩，比上年${lcL}万亩略有增加；全年未发生区域性重大动物疫情；完成农村户厕改造和村庄清洁行动年度任务。`;
    const { rows, got } = indRows(d, 'k', [
      { l1: '决策', l2: '目标设定', n: '绩效目标明确性', t: '明确', a: '明确', w: '10', mode: 'full' },
      { l1: '过程', l2: '资金管理', n: '预算执行率', t: '100%', a: { o: d.re('zxlT', zxl), post: '%' }, w: '10', sdp: 2, mode: 'cap' },
      { l1: '过程', l2: '资金管理', n: '政府采购执行率', t: { v: '95', pre: '≥', post: '%' }, a: { o: d.re('GRT', GR), post: '%' }, w: '5', mode: 'ind' },
      { l1: '过程', l2: '组织实施', n: '在职人员控制率', t: { v: '100', pre: '≤', post: '%' }, a: { o: d.rate('rk', zz, bz), post: '%' }, w: '5', mode: 'ind', cmp: 'le' },
      { l1: '产出', l2: '数量', n: '高标准农田建设', t: { v: '2', pre: '≥', post: '万亩' }, a: { o: d.re('ntT', nt), post: '万亩' }, w: '20', mode: 'ind' },
      { l1: '产出', l2: '数量', n: '粮食播种面积', t: { v: '41', pre: '≥', post: '万亩' }, a: { o: d.re('lcT', lc), post: '万亩' }, w: '15', mode: 'ind' },
      { l1: '效益', l2: '社会效益', n: '区域性重大动物疫情', t: { v: '0', post: '起' }, a: { v: '0', post: '起' }, w: '15', mode: 'ind', cmp: 'le' },
      { l1: '效益', l2: '满意度', n: '农户满意度', t: { v: '90', pre: '≥', post: '%' }, a: { v: '92.8', post: '%' }, w: '20', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', got.map((g) => g.w), 100);
    const T = d.sum('T', got.map((g) => g.s));
    const G = d.grade('G', T);
    d.table({ cap: '表3　部门整体支出绩效自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('目标值'), B('实际值'), B('分值'), B('得分'), B('说明')]], body: [...rows, [B('总分', { cs: 5 }), W, T, ['等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`（一）转移支付资金下达时间较晚，年中追加占全年预算比重较高，影响了项目实施进度。（二）高标准农田建设项目工程量大、结算周期长，形成结转。（三）部分项目绩效目标设置偏重数量，对农民增收等效益的反映不够。`;
    d.h1`五、改进措施`;
    d.p`（一）提前谋划项目储备，上级资金下达后一个月内完成分配。（二）高标准农田项目推行分段验收、分段结算。（三）修订项目绩效指标，增设亩均增产、带动农户增收等效益指标。`;
    d.decoy(lcL, lc, '上年播种面积');
    d.bad('sT2', '326.50', '表格行合计', '表1“动物防疫”行合计 = 中央212.00 + 省级86.00 + 县级64.50');
  });

  // ============================================================ 24 公安交警项目：信号智能化改造 docx
  report('24-lingkou-gongan-xinhao-zhineng-xiangmu', 'docx', { kind: '项目', template: '项目自评表（标准权重，资金两行表头）', writer: '交警大队科技科', author: '岭口县公安局交通警察大队' }, (d) => {
    const nc = d.m('nc', '1100.00', { sep: true }), zx = d.m('zx', '1046.80', { sep: true });
    const zxl = d.rate('zxl', zx, nc);
    const p = ['512.36', '298.40', '168.54', '67.50'].map((v, k) => d.m(`p${k}`, v));
    const zx2 = d.re('zx2', zx, { sep: true });
    d.isSum(zx2, p);
    const lk = d.i('lk', 46), lb = d.cn('lb', 6);
    const tx = d.n('tx', '13.6'), yd = d.n('yd', '1.62'), ydL = d.n('ydL', '1.85');
    const ydR = d.chg('ydR', yd, ydL, { dp: 1 });
    const sg = d.i('sg', 37), sgL = d.i('sgL', 52);
    const sgR = d.chg('sgR', sg, sgL, { dp: 1 });
    const p0b = d.re('p0b', p[0]), lk2 = d.re('lk2', lk);
    const lkP = d.per('lkP', p0b, lk2, { dp: 2 });
    const lk3 = d.re('lk3', lk), lb2 = d.re('lb2', lb, { cn: true });
    const B = (c, o = {}) => ({ c, b: true, ...o });
    d.title`岭口县公安局2024年度城区道路交通信号智能化改造项目绩效自评报告`;
    d.h1`一、项目概况`;
    d.p`为缓解城区早晚高峰拥堵，县公安局交警大队实施城区道路交通信号智能化改造项目，对城区${lk}个信号控制路口进行改造，建设区域协调控制系统，在主干道设置绿波带${lb}条。项目资金由县财政预算安排，年初预算${nc}万元。`;
    d.h1`二、项目资金使用情况`;
    d.p`项目全年执行${zx}万元，预算执行率${zxl}%。从支出内容看，项目支出${zx2}万元，其中信号机及检测器采购${p[0]}万元、电子警察及卡口设备${p[1]}万元、系统平台和通信链路${p[2]}万元、施工及监理${p[3]}万元。节余资金为设备采购招标节余，已按规定收回县财政。`;
    d.p`按改造路口计算，信号机及检测器采购${p0b}万元分摊到${lk2}个路口，每个路口${lkP}万元。`;
    d.h1`三、项目绩效情况`;
    d.p`（一）产出。年内完成${lk3}个路口信号机更换和检测器安装，${lb2}条绿波带全部投入运行，设备到货验收和系统初验一次通过。（二）效益。据交通大数据平台监测，改造后主干道高峰平均通行时间缩短${tx}%，城区高峰拥堵指数由上年的${ydL}降至${yd}，下降${ydR}%；改造路口全年发生交通事故${sg}起，较上年${sgL}起下降${sgR}%。（三）满意度。通过微信公众号对驾驶人开展问卷调查，满意度为90.6%。`;
    const F = [['当年财政拨款', '1100.00', '1100.00', '1046.80'], ['上年结转资金', '0.00', '0.00', '0.00'], ['其他资金', '0.00', '0.00', '0.00']].map((r, k) => [r[0], ...r.slice(1).map((v, j) => d.m(`f${k}_${j}`, v, { sep: true }))]);
    const FT = [1, 2, 3].map((j) => d.sum(`fT${j}`, F.map((r) => r[j]), { sep: true }));
    d.same(nc, FT[0]); d.same(zx, FT[2]);
    const FR = d.rate('FR', FT[2], FT[1]);
    const w0 = d.i('w0', 10), s0 = d.scap('s0', FR, w0, { dp: 2 });
    d.table({ cap: '表1　项目资金执行情况', unit: '单位：万元', head: [[B('资金来源', { rs: 2 }), B('年初预算数', { rs: 2 }), B('全年预算数', { rs: 2 }), B('全年执行数', { rs: 2 }), B('预算执行率', { cs: 3 })], [B('分值'), B('执行率'), B('得分')]],
      body: [[B('年度资金总额'), ...FT, w0, [FR, '%'], s0], ...F.map((r) => [...r, '—', '—', '—'])] });
    const { rows, got } = indRows(d, 'k', [
      { l1: '产出指标', l2: '数量指标', n: '改造信号控制路口', t: { v: '46', post: '个' }, a: { o: d.re('lkT', lk), post: '个' }, w: '15', mode: 'ind' },
      { l1: '产出指标', l2: '数量指标', n: '设置绿波带', t: { v: '6', post: '条' }, a: { o: d.re('lbT', lb), post: '条' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '质量指标', n: '设备验收合格率', t: { v: '100', post: '%' }, a: { v: '100', post: '%' }, w: '10', mode: 'ind' },
      { l1: '产出指标', l2: '时效指标', n: '系统上线时间', t: '10月底前', a: '10月26日', w: '5', mode: 'full' },
      { l1: '产出指标', l2: '成本指标', n: '单路口信号设备成本', t: { v: '12', pre: '≤', post: '万元' }, a: { o: d.re('lkPT', lkP), post: '万元' }, w: '10', mode: 'ind', cmp: 'le' },
      { l1: '效益指标', l2: '社会效益指标', n: '高峰通行时间缩短', t: { v: '10', pre: '≥', post: '%' }, a: { o: d.re('txT', tx), post: '%' }, w: '15', mode: 'ind' },
      { l1: '效益指标', l2: '社会效益指标', n: '改造路口事故下降', t: { v: '15', pre: '≥', post: '%' }, a: { o: d.re('sgRT', sgR), post: '%' }, w: '15', mode: 'ind' },
      { l1: '满意度指标', l2: '服务对象满意度指标', n: '驾驶人满意度', t: { v: '85', pre: '≥', post: '%' }, a: { v: '90.6', post: '%' }, w: '10', mode: 'ind' },
    ]);
    const W = sumExpect(d, 'W', [w0, ...got.map((g) => g.w)], 100);
    const T = d.sum('T', [s0, ...got.map((g) => g.s)]);
    const G = d.grade('G', T);
    d.table({ cap: '表2　项目绩效指标自评表', head: [[B('一级指标'), B('二级指标'), B('三级指标'), B('年度指标值'), B('实际完成值'), B('分值'), B('得分'), B('偏差原因分析')]], body: [...rows, [B('总分（含预算执行率10分）', { cs: 5 }), W, T, ['自评等级：', G]]] });
    d.h1`四、存在的问题`;
    d.p`一是部分次干道路口仍为定周期控制，与主干道协调不够，绿波效果在路网末端衰减。二是系统运维依赖设备供应商，自主调优能力不足。三是项目绩效目标中效益指标的监测口径未事先明确，数据采集依赖第三方平台。`;
    d.h1`五、改进措施`;
    d.p`一是2025年将次干道12个路口纳入区域协调控制。二是组织信号配时专业培训，培养本单位配时工程师。三是在项目立项时明确效益指标的数据来源、计算口径和基期数据，并在年中开展一次绩效监控。`;
    d.decoy(ydL, yd, '上年拥堵指数');
    d.decoy(sgL, sg, '上年事故数');
    d.bad('p1', '289.40', '文内求和', '支出内容四项之和 = 项目支出1,046.80万元');
  });

})({ report, D });

main().catch((e) => { console.error(e.stack || e); process.exit(1); });

'use strict';
// Shared helpers for the generator: exact arithmetic, number formatting, report model, docx rendering.
// All money is held as BigInt in 分 (fen). Rates are exact rationals, rounded half-up only for display.

// ---------- deterministic RNG ----------
function rng(seed) {
  let s = (seed >>> 0) || 1;
  const next = () => { s ^= s << 13; s >>>= 0; s ^= s >>> 17; s ^= s << 5; s >>>= 0; return s; };
  return {
    int(lo, hi) { return lo + (next() % (hi - lo + 1)); },
    pick(a) { return a[next() % a.length]; },
    big(lo, hi) { return BigInt(lo + (next() % (hi - lo + 1))); },
    shuffle(a) { const b = a.slice(); for (let i = b.length - 1; i > 0; i--) { const j = next() % (i + 1); [b[i], b[j]] = [b[j], b[i]]; } return b; },
  };
}

// ---------- exact rationals ----------
const R = (n, d = 1n) => { n = BigInt(n); d = BigInt(d); if (d < 0n) { n = -n; d = -d; } return { n, d }; };
const add = (a, b) => R(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => R(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => R(a.n * b.n, a.d * b.d);
const div = (a, b) => R(a.n * b.d, a.d * b.n);
// round half-up (away from zero) to q decimals, returns BigInt of value*10^q
function roundQ(x, q) {
  const p = 10n ** BigInt(q);
  const num = x.n * p, den = x.d;
  const neg = num < 0n; const an = neg ? -num : num;
  const r = (2n * an + den) / (2n * den);
  return neg ? -r : r;
}
const UNIT = { '元': R(1), '万元': R(10000), '亿元': R(100000000), '%': R(1, 100), '': R(1) };
const unitScale = (u) => UNIT[u] || R(1);

// ---------- formatting ----------
function groupInt(s) { return s.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function fmtScaled(v, q, sep) { // v BigInt = value*10^q
  const neg = v < 0n; let a = (neg ? -v : v).toString();
  let ip = a, fp = '';
  if (q > 0) { a = a.padStart(q + 1, '0'); ip = a.slice(0, -q); fp = a.slice(-q); }
  if (sep) ip = groupInt(ip);
  return (neg ? '-' : '') + ip + (q > 0 ? '.' + fp : '');
}
// value: rational in canonical unit (元 for money, plain ratio for %, count)
function fmtVal(val, u, q, sep) { return fmtScaled(roundQ(div(val, unitScale(u)), q), q, sep); }
function parseTok(t) { // "1,234.56" -> rational
  const s = t.replace(/,/g, ''); const [i, f = ''] = s.split('.');
  return R(BigInt(i + f), 10n ** BigInt(f.length)); // BigInt('-123') keeps the sign
}
const TOKRE = /\d[\d,]*(?:\.\d+)?/g;
const countTok = (s) => (s.match(TOKRE) || []).length;

// money helpers: fen BigInt -> rational 元
const yuan = (fen) => R(fen, 100n);
const wan = (x) => BigInt(Math.round(x * 100)) * 10000n; // 万元 with 2 decimals -> fen (for literal constants)

// ---------- report model ----------
class Doc {
  constructor(meta) {
    this.meta = meta; this.blocks = []; this.figs = []; this.rels = []; this.traps = []; this.concepts = {};
    this.tableCount = 0;
  }
  // a figure: value rational in canonical unit; fmt {u, q, sep, suffix}
  fig(val, u, q, o = {}) {
    const f = { id: 'f' + this.figs.length, val, u, q, sep: !!o.sep, suffix: o.suffix !== undefined ? o.suffix : u, concept: o.c || null, canon: !!o.canon, name: o.name || null };
    f.text = fmtVal(val, u, q, f.sep);
    this.figs.push(f);
    if (f.concept) (this.concepts[f.concept] = this.concepts[f.concept] || []).push(f);
    return f;
  }
  // money helpers for prose: m(fen, concept, opts)
  m(fen, c, o = {}) { return this.fig(yuan(fen), o.u || '万元', o.q !== undefined ? o.q : 2, { ...o, c }); }
  pct(r, c, o = {}) { return this.fig(r, '%', o.q !== undefined ? o.q : 2, { ...o, c }); }
  cnt(n, u, c, o = {}) { return this.fig(R(n), u, 0, { ...o, c, suffix: u }); }
  heading(text, lvl = 1) { this.blocks.push({ t: 'h', lvl, parts: [text] }); }
  title(text) { this.blocks.push({ t: 'title', parts: [text] }); }
  p(...parts) { const b = { t: 'p', parts: parts.flat() }; this.blocks.push(b); return b; }
  right(text) { this.blocks.push({ t: 'right', parts: [text] }); }
  trap(text, why) { this.traps.push({ text, why }); }
  rel(kind, label, target, terms, o = {}) {
    const r = { id: 'r' + this.rels.length, kind, label, target: target.id, ...o };
    if (kind === 'ratio') { r.num = o.num.map(x => [x[0], x[1].id]); r.den = o.den.map(x => [x[0], x[1].id]); }
    else r.terms = terms.map(x => Array.isArray(x) ? [x[0], x[1].id] : [1, x.id]);
    this.rels.push(r); return r;
  }
  sum(label, target, parts, o) { return this.rel('sum', label, target, parts, o); }
  diff(label, target, a, b, o) { return this.rel('diff', label, target, [[1, a], [-1, b]], o); }
  ratio(label, target, num, den, o = {}) { const w = (x) => Array.isArray(x) ? x : [1, x]; return this.rel('ratio', label, target, null, { ...o, num: num.map(w), den: den.map(w) }); }
  // table: {caption, unit, head: [[{text, cs, rs}]], rows: [[cell]]} cell: string | fig | {fig, ...}
  table(spec) {
    this.blocks.push({ t: 'cap', parts: [spec.caption] });
    if (spec.unit) this.blocks.push({ t: 'right', parts: [spec.unit] });
    spec.caption = spec.caption.replace(/^表\S*/, '表' + (this.tableCount + 1));
    this.blocks[this.blocks.length - (spec.unit ? 2 : 1)].parts = [spec.caption];
    spec.t = 'table'; spec.index = this.tableCount++; this.blocks.push(spec); return spec; }
  // after building: eq relations star from canonical instance per concept
  mark() { return { f: this.figs.length, r: this.rels.length, b: this.blocks.length, t: this.tableCount }; }
  rollback(m) {
    const gone = new Set(this.figs.slice(m.f));
    this.figs.length = m.f; this.rels.length = m.r; this.blocks.length = m.b; this.tableCount = m.t;
    for (const c of Object.keys(this.concepts)) this.concepts[c] = this.concepts[c].filter(f => !gone.has(f));
  }
  finishConcepts() {
    for (const [c, list] of Object.entries(this.concepts)) {
      const lost = list.filter(f => !f.loc); if (lost.length) throw new Error('concept ' + c + ' has unplaced figure ' + lost[0].text);
      if (list.length < 2) continue;
      const canon = list.find(f => f.canon) || list.find(f => f.loc && f.loc.t !== undefined) || list[0];
      for (const f of list) if (f !== canon) {
        const kindOf = (x) => x.loc.t !== undefined ? '表' : '文';
        this.rel('eq', `同一数值两处表述（${kindOf(f)}对${kindOf(canon)}）：${cname(c)}`, f, [canon], { sub: kindOf(f) + kindOf(canon) });
      }
    }
  }
  // compute locations (paragraph index among body paragraphs, token index; table index/row/col)
  locate() {
    let pi = 0;
    for (const b of this.blocks) {
      if (b.t === 'table') {
        pi++; // the empty paragraph rendered after each table
        b.rows.forEach((row, ri) => row.forEach((cell, ci) => {
          const f = cell && cell.fig ? cell.fig : (cell && cell.id ? cell : null);
          if (f) f.loc = { t: b.index, caption: b.caption, r: b.head.length + ri, c: ci, row: b.labelCols ? pickLabel(row, b.labelCols(ci)) : rowLabel(row.slice(0, ci)), col: b.colNames[ci] };
        }));
        continue;
      }
      let prefix = '';
      const first = textOf(b.parts).slice(0, 12);
      for (const part of b.parts) {
        if (typeof part === 'string') { prefix += part; continue; }
        part.loc = { p: pi, first, k: countTok(prefix) };
        prefix += part.text + part.suffix;
      }
      pi++;
      if (b.t === 'p' && b.caption) {}
    }
  }
}
const CNAME = { rateAll: '预算执行率', PA: '政府采购实际金额', RT: '离退休人数', S: '在职人数', B: '编制数', S0: '上年末在职人数', I: '本年收入合计', I1: '一般公共预算财政拨款收入', I2: '事业收入', I3: '其他收入', C0: '上年结转结余', C1: '年末结转结余', TOT: '收入总计', E: '本年支出合计', Eb: '基本支出', Ep: '项目支出', Pp: '人员经费', Gp: '公用经费', Ap: '项目预算合计', rateP: '项目执行率', A: '全年预算', A0: '年初预算', sg_jd: '三公经费决算', sg_ys: '三公经费预算', sg_sy: '三公经费上年决算', sg_run_jd: '公务用车运行维护费', sg_rec_jd: '公务接待费', PB: '政府采购预算', PS: '采购节约金额', PSr: '采购节约率', ctl: '编制控制率', aE: '年末资产总额', aB: '年初资产总额', fix_e: '固定资产', house: '房屋及构筑物', cars: '车辆', score: '自评总分', dE: '支出变动额', pension: '基本养老保险缴费', med: '基本医疗保险缴费', hf: '住房公积金', ret: '退休费', rate: '预算执行率', bal: '结余', carry: '上年结转资金', up: '上级补助资金', loc: '本级财政资金' };
function cname(c) {
  if (CNAME[c]) return CNAME[c];
  const m = /^([a-z]+)(\d+)$/.exec(c); const P = { pa: '项目预算', pe: '项目执行数', pb: '项目结余', sa: '子项预算', se: '子项支出', out: '产出实际完成', lei: '功能分类类级支出' };
  return m && P[m[1]] ? `${P[m[1]]}（第${m[1] === 'lei' ? m[2] : Number(m[2]) + 1}${m[1] === 'lei' ? '类' : '项'}）` : c;
}
function rowLabel(row) {
  const labels = row.filter(x => typeof x === 'string' && x.trim() && !/^\d+$/.test(x.trim()));
  const c = labels.length ? labels[0] : row.find(x => typeof x === 'string' && x.trim());
  return (c || '').trim();
}
function pickLabel(row, cols) {
  for (const c of cols) { const x = row[c]; if (typeof x === 'string' && x.trim() && x.trim() !== '—') return x.trim(); }
  return rowLabel(row);
}
function textOf(parts) { return parts.map(p => typeof p === 'string' ? p : p.text + p.suffix).join(''); }

// ---------- evaluation (generator side; check.cjs has its own) ----------
function figValue(f) { return mul(parseTok(f.text), unitScale(f.u)); }
function evalRel(r, byId) {
  const t = byId[r.target];
  const q = (t.text.split('.')[1] || '').length;
  let E;
  if (r.kind === 'ratio') {
    let n = R(0), d = R(0);
    for (const [s, id] of r.num) n = add(n, mul(R(s), figValue(byId[id])));
    for (const [s, id] of r.den) d = add(d, mul(R(s), figValue(byId[id])));
    if (d.n === 0n) return false;
    E = div(n, d);
    if (r.k) E = mul(E, R(r.k[0], r.k[1]));
  } else {
    E = R(0);
    for (const [s, id] of r.terms) E = add(E, mul(R(s), figValue(byId[id])));
  }
  const got = roundQ(div(E, unitScale(t.u)), q);
  return got === roundQ(parseTok(t.text), q);
}

// ---------- mutation ----------
function mutate(text, how, seed) {
  const sep = text.includes(',');
  const raw = text.replace(/,/g, '');
  const digits = [...raw].map((ch, i) => [ch, i]).filter(([ch]) => /\d/.test(ch));
  const reSep = (s) => { if (!sep) return s; const [i, f] = s.split('.'); return groupInt(i) + (f !== undefined ? '.' + f : ''); };
  if (how === 'shift' && raw.includes('.')) {
    const [i, f] = raw.split('.');
    if (f.length >= 2) { const ni = i + f[0]; const nf = f.slice(1); return reSep(String(BigInt(ni)) + '.' + nf); }
  }
  if (how === 'swap') {
    for (let k = 0; k < digits.length - 1; k++) {
      const j = (k + seed) % (digits.length - 1);
      const [a, ia] = digits[j], [b, ib] = digits[j + 1];
      if (a !== b && !(ia === 0 && b === '0') && raw[ia + 1] !== '.') {
        const arr = [...raw]; arr[ia] = b; arr[ib] = a; return reSep(arr.join(''));
      }
    }
  }
  // digit change: change a middle digit
  const j = digits.length > 2 ? 1 + (seed % (digits.length - 1)) : digits.length - 1;
  const [d, ix] = digits[j];
  let nd = String((Number(d) + 1 + (seed % 7)) % 10);
  if (ix === 0 && nd === '0') nd = '1';
  if (nd === d) nd = String((Number(d) + 3) % 10);
  const arr = [...raw]; arr[ix] = nd; return reSep(arr.join(''));
}

// ---------- docx rendering ----------
function render(doc, D) {
  const { Document, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, VerticalAlign, BorderStyle } = D;
  const body = 'FangSong_GB2312';
  const run = (text, o = {}) => new TextRun({ text, font: { name: o.font || '仿宋_GB2312', eastAsia: o.font || '仿宋_GB2312' }, size: o.size || 30, bold: !!o.bold });
  const children = [];
  const partText = (parts, override) => parts.map(p => typeof p === 'string' ? p : ((override && override[p.id]) || p.text) + p.suffix).join('');
  const ov = doc.override || {};
  for (const b of doc.blocks) {
    if (b.t === 'title') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(partText(b.parts), { font: '方正小标宋简体', size: 40 })] }));
    else if (b.t === 'h') children.push(new Paragraph({ spacing: { before: 120, after: 60 }, indent: { firstLine: 600 }, children: [run(partText(b.parts), { font: b.lvl === 1 ? '黑体' : '楷体_GB2312', size: 30, bold: b.lvl === 2 })] }));
    else if (b.t === 'right') children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: [run(partText(b.parts), { size: 21, font: '宋体' })] }));
    else if (b.t === 'cap') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 120 }, children: [run(partText(b.parts), { size: 24, font: '黑体' })] }));
    else if (b.t === 'p') children.push(new Paragraph({ indent: { firstLine: 600 }, spacing: { line: 360 }, children: [run(partText(b.parts, ov))] }));
    else if (b.t === 'table') {
      const ncol = b.colNames.length;
      const total = 9000; const first = b.firstW || Math.round(total * (ncol > 6 ? 0.26 : 0.32));
      const other = Math.floor((total - first) / Math.max(1, ncol - 1));
      const widths = [first, ...Array(ncol - 1).fill(other)];
      const cellP = (text, o = {}) => new Paragraph({ alignment: o.left ? AlignmentType.LEFT : AlignmentType.CENTER, indent: o.indent ? { left: o.indent } : undefined, children: [run(text, { font: '宋体', size: 20, bold: o.bold })] });
      const rows = [];
      for (const hr of b.head) rows.push(new TableRow({ tableHeader: true, children: hr.map(h => new TableCell({ columnSpan: h.cs || 1, rowSpan: h.rs || 1, verticalAlign: VerticalAlign.CENTER, children: [cellP(h.text, { bold: true })] })) }));
      for (const r of b.rows) {
        rows.push(new TableRow({ cantSplit: b.canSplit ? false : true, children: r.map((cell, ci) => {
          if (cell && cell.span) return new TableCell({ columnSpan: cell.span, children: [cellP(cell.text, { left: true })] });
          const f = cell && cell.id ? cell : null;
          const text = f ? (ov[f.id] || f.text) : String(cell == null ? '' : cell);
          const ind = (!f && typeof cell === 'string') ? (cell.match(/^\u3000+/) || [''])[0].length : 0;
          return new TableCell({ verticalAlign: VerticalAlign.CENTER, children: [cellP(f ? text : text.replace(/^\u3000+/, ''), { left: ci === 0 && !f, indent: ind ? ind * 200 : undefined })] });
        }) }));
      }
      children.push(new Table({ width: { size: total, type: WidthType.DXA }, columnWidths: widths, rows }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  return new Document({
    creator: 'reports-g', title: doc.meta.title, description: 'synthetic test report',
    styles: { default: { document: { run: { font: '仿宋_GB2312', size: 30 } } } },
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1500, right: 1400 } } }, children }],
  });
}

module.exports = { rng, R, add, sub, mul, div, roundQ, fmtVal, fmtScaled, parseTok, unitScale, TOKRE, countTok, yuan, wan, Doc, textOf, evalRel, figValue, mutate, render, groupInt };

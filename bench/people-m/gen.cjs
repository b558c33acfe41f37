'use strict';
// gen.cjs —— people-m 盲测语料生成器（确定性：重复运行得到逐字节相同的文件）
// 用法：node gen.cjs
// 输出：clean/*.{md,txt,docx}、bad/*.{md,txt,docx}、bad/ANSWERS.tsv、relations.json
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
const DOCX_PATH = '/work/main/node_modules/docx';

// ───────────────────────── 数值工具（BigInt，定点） ─────────────────────────
const P10 = (d) => 10n ** BigInt(d);
// 'S("1,234.56", 2)' → 123456n ；按 d 位小数定点
function S(s, d = 2) {
  s = String(s).replace(/,/g, '');
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [i, f = ''] = s.split('.');
  if (f.length > d) throw new Error(`S: ${s} 超过 ${d} 位小数`);
  const v = BigInt(i || '0') * P10(d) + BigInt((f + '0'.repeat(d)).slice(0, d) || '0');
  return neg ? -v : v;
}
const W = (s) => S(s, 2); // 万元（两位小数）→ ×100 的整数
// 定点整数 v（d 位小数）格式化；sep=true 加千分位
function fmt(v, d = 2, sep = false) {
  v = BigInt(v);
  const neg = v < 0n;
  if (neg) v = -v;
  let s = v.toString().padStart(d + 1, '0');
  let i = d ? s.slice(0, s.length - d) : s;
  const f = d ? s.slice(s.length - d) : '';
  if (sep) i = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + i + (d ? '.' + f : '');
}
// num/den 四舍五入（半数进位）到 d 位小数，返回定点整数
function rnd(num, den, d = 2) {
  num = BigInt(num); den = BigInt(den);
  if (den <= 0n) throw new Error('rnd: den<=0');
  const neg = num < 0n;
  if (neg) num = -num;
  const q = (num * P10(d) * 2n + den) / (2n * den);
  return neg ? -q : q;
}
// 百分比：a/b×100，d 位小数（a、b 同一定点刻度）
const pct = (a, b, d = 2) => rnd(BigInt(a) * 100n, BigInt(b), d);
const sum = (...xs) => xs.flat().reduce((a, b) => a + BigInt(b), 0n);
function assert(c, m) { if (!c) throw new Error('断言失败: ' + m); }

// ───────────────────────── 数字记号与定位 ─────────────────────────
const TOK = /\d+(?:,\d{3}(?!\d))*(?:\.\d+)?/g; // 文中的“数字记号”：千分位、小数
function tokens(s) {
  const out = [];
  TOK.lastIndex = 0;
  let m;
  while ((m = TOK.exec(s))) out.push({ i: m.index, t: m[0] });
  return out;
}
const MK = /\u0001([^\u0002]+)\u0002([^\u0003]*)\u0003/g;
const strip = (s) => String(s).replace(MK, '$2');
function locate(s) {
  let out = '', last = 0, m;
  const marks = [];
  MK.lastIndex = 0;
  while ((m = MK.exec(s))) {
    out += s.slice(last, m.index);
    marks.push({ id: m[1], off: out.length, text: m[2] });
    out += m[2];
    last = m.index + m[0].length;
  }
  out += s.slice(last);
  return { text: out, marks };
}
// 显示宽度（中文全角按 2 计）
const dw = (s) => [...strip(s)].reduce((a, c) => a + (c.codePointAt(0) > 0x2e7f ? 2 : 1), 0);

// ───────────────────────── 报告对象 ─────────────────────────
class Doc {
  constructor(no, slug, ext, kind, title) {
    this.no = no; this.slug = slug; this.ext = ext; this.kind = kind; this.title = title;
    this.file = `${String(no).padStart(2, '0')}-${slug}.${ext}`;
    this.figs = new Map();
    this.rels = [];
    this.mut = null;
  }
  f(id, text) {
    text = String(text);
    if (this.figs.has(id)) throw new Error(`${this.file}: 重复的数字编号 ${id}`);
    const t = tokens(text);
    assert(t.length === 1 && t[0].t === text, `${this.file}: 数字 ${id}="${text}" 不是单个记号`);
    this.figs.set(id, { text, word: false });
    return `\u0001${id}\u0002${text}\u0003`;
  }
  word(id, w) {
    if (this.figs.has(id)) throw new Error(`${this.file}: 重复的编号 ${id}`);
    this.figs.set(id, { text: w, word: true });
    return `\u0001${id}\u0002${w}\u0003`;
  }
  M(id, v, sep = false) { return this.f(id, fmt(v, 2, sep)); } // 万元/元，两位小数
  D(id, v, d, sep = false) { return this.f(id, fmt(v, d, sep)); } // 任意位小数
  N(id, n) { return this.f(id, String(n)); } // 整数
  val(id) { return this.figs.get(id).text; }
  rel(id, kind, desc, lhs, rhs, mode = 'exact') {
    if (this.rels.some((r) => r.id === id)) throw new Error(`${this.file}: 重复的关系编号 ${id}`);
    this.rels.push({ id, kind, desc, mode, lhs, rhs });
  }
  sum(id, desc, total, parts, kind = 'sum') { this.rel(id, kind, desc, total, parts.join(' + ')); }
  eq(id, desc, a, b, kind = 'restate') { this.rel(id, kind, desc, a, b); }
  round(id, desc, a, expr, kind) { this.rel(id, kind, desc, a, expr, 'round'); }
  rate(id, desc, r, num, den, kind = 'rate') { this.rel(id, kind, desc, r, `(${num}) / (${den}) * 100`, 'round'); }
  grade(id, desc, score, wordId) { this.rel(id, 'grade', desc, score, wordId, 'grade'); }
  count(id, desc, n, items, kind = 'count') { this.rel(id, kind, desc, n, items, 'count'); }
  bad(fig, neu, rel) { this.mut = { fig, neu, rel }; }
}

// ───────────────────────── 渲染：Markdown ─────────────────────────
function mapStrings(blocks, fn) {
  return blocks.map((b) => {
    const c = { ...b };
    if (c.text != null) c.text = fn(c.text);
    if (c.rows) c.rows = c.rows.map((r) => r.map((x) => fn(String(x))));
    if (c.caption != null) c.caption = fn(c.caption);
    if (c.note != null) c.note = fn(c.note);
    return c;
  });
}
function renderMd(blocks, o = {}) {
  const L = [];
  const push = (s) => { L.push(s); if (o.tight !== true) L.push(''); };
  for (const b of blocks) {
    if (b.t === 'title') {
      if (o.title === 'bold') push(`**${b.text}**`);
      else push(`# ${b.text}`);
    } else if (b.t === 'sub') {
      push(b.text);
    } else if (b.t === 'h') {
      if (o.h === 'bold') push(b.lvl === 1 ? `**${b.text}**` : b.lvl === 2 ? `**${b.text}**` : b.text);
      else if (o.h === 'plain') push(b.text);
      else if (o.h === 'mixed') push(b.lvl === 1 ? `## ${b.text}` : b.lvl === 2 ? `**${b.text}**` : b.text);
      else push(`${'#'.repeat(b.lvl + 1)} ${b.text}`);
    } else if (b.t === 'p') {
      push(b.text);
    } else if (b.t === 'table') {
      if (b.caption) push(o.captionBold ? `**${b.caption}**` : b.caption);
      const n = b.rows[0].length;
      b.rows.forEach((r, i) => {
        assert(r.length === n, '表格列数不一致');
        L.push(`| ${r.join(' | ')} |`);
        if (i === 0) L.push(`|${' --- |'.repeat(n)}`);
      });
      if (b.note) { L.push(''); L.push(b.note); }
      if (o.tight !== true) L.push('');
    } else throw new Error('未知块：' + JSON.stringify(b));
  }
  while (L.length && L[L.length - 1] === '') L.pop();
  return L;
}

// ───────────────────────── 渲染：纯文本（从 Word 粘贴） ─────────────────────────
function renderTxt(blocks, o = {}) {
  const L = [];
  const ind = o.indent ?? '';
  const gap = () => { if (o.blank) L.push(''); };
  for (const b of blocks) {
    if (b.t === 'title') { L.push((o.titlePad ?? '') + b.text); gap(); }
    else if (b.t === 'sub') { L.push(b.text); gap(); }
    else if (b.t === 'h') { L.push((o.hIndent ? ind : '') + b.text); gap(); }
    else if (b.t === 'p') { L.push(ind + b.text); gap(); }
    else if (b.t === 'table') {
      if (b.caption) L.push(b.caption);
      const mode = b.mode ?? o.table ?? 'tab';
      if (mode === 'tab') {
        for (const r of b.rows) L.push(r.join('\t'));
      } else {
        const n = b.rows[0].length;
        const w = Array.from({ length: n }, (_, j) => Math.max(...b.rows.map((r) => dw(r[j]))));
        for (const r of b.rows) {
          L.push(r.map((x, j) => (j === n - 1 ? x : x + ' '.repeat(w[j] - dw(x) + 2))).join('').replace(/\s+$/, ''));
        }
      }
      if (b.note) L.push(b.note);
      gap();
    } else throw new Error('未知块：' + JSON.stringify(b));
  }
  while (L.length && L[L.length - 1] === '') L.pop();
  return L;
}

// ───────────────────────── 渲染：Word（docx 库） ─────────────────────────
let docxLib = null;
function docxModel(blocks) {
  // 返回“位置”列表：正文段落 P1..，表格单元格 T1R1C1..（均从 1 起算）
  const items = [];
  let p = 0, t = 0;
  for (const b of blocks) {
    if (b.t === 'table') {
      if (b.caption) { p++; items.push({ kind: 'p', place: `P${p}`, text: b.caption, style: 'caption' }); }
      t++;
      const rows = b.rows.map((r, ri) => r.map((x, ci) => ({ place: `T${t}R${ri + 1}C${ci + 1}`, text: x })));
      items.push({ kind: 'table', t, rows, head: b.head ?? 1 });
      if (b.note) { p++; items.push({ kind: 'p', place: `P${p}`, text: b.note, style: 'note' }); }
    } else {
      if (!['title', 'sub', 'h', 'p'].includes(b.t)) throw new Error('未知块：' + JSON.stringify(b));
      p++;
      items.push({ kind: 'p', place: `P${p}`, text: b.text, style: b.t === 'p' ? 'body' : b.t, lvl: b.lvl });
    }
  }
  return items;
}
async function buildDocx(items, meta) {
  if (!docxLib) docxLib = require(DOCX_PATH);
  const { Document, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType, Packer } = docxLib;
  const font = { eastAsia: '仿宋_GB2312', ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
  const run = (text, o = {}) => new TextRun({ text, font, size: o.size ?? 28, bold: !!o.bold });
  const children = [];
  for (const it of items) {
    if (it.kind === 'p') {
      if (it.style === 'title') children.push(new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [run(it.text, { size: 36, bold: true })] }));
      else if (it.style === 'sub') children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(it.text)] }));
      else if (it.style === 'h') children.push(new Paragraph({ spacing: { before: 120, after: 120 }, children: [run(it.text, { bold: it.lvl <= 2 })] }));
      else if (it.style === 'caption') children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [run(it.text, { bold: true, size: 24 })] }));
      else if (it.style === 'note') children.push(new Paragraph({ children: [run(it.text, { size: 21 })] }));
      else children.push(new Paragraph({ indent: { firstLine: 560 }, children: [run(it.text)] }));
    } else {
      const n = it.rows[0].length;
      children.push(new Table({
        width: { size: 100, type: WidthType.PERCENTAGE },
        rows: it.rows.map((r, ri) => new TableRow({
          tableHeader: ri < it.head,
          children: r.map((c) => new TableCell({
            width: { size: Math.floor(100 / n), type: WidthType.PERCENTAGE },
            children: [new Paragraph({ alignment: ri < it.head ? AlignmentType.CENTER : AlignmentType.LEFT, children: [run(c.text, { size: 21, bold: ri < it.head })] })],
          })),
        })),
      }));
    }
  }
  // 固定时间戳与随机数，使输出稳定
  const RealDate = Date, realRandom = Math.random;
  const FIXED = RealDate.UTC(2024, 3, 15, 9, 0, 0);
  class FixedDate extends RealDate {
    constructor(...a) { if (a.length === 0) super(FIXED); else super(...a); }
    static now() { return FIXED; }
  }
  let seed = 20240415;
  global.Date = FixedDate;
  Math.random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  try {
    const doc = new Document({
      creator: meta.creator, lastModifiedBy: meta.creator, title: meta.title, description: '预算绩效自评报告', revision: 1,
      sections: [{ children }],
    });
    return await Packer.toBuffer(doc);
  } finally {
    global.Date = RealDate;
    Math.random = realRandom;
  }
}

// ───────────────────────── 通用：一份报告 → 干净稿/错误稿 ─────────────────────────
function withMutation(blocks, mut) {
  if (!mut) return blocks;
  let hit = 0;
  const out = mapStrings(blocks, (s) => s.replace(MK, (all, id, t) => {
    if (id !== mut.fig) return all;
    hit++;
    return `\u0001${id}\u0002${mut.neu}\u0003`;
  }));
  assert(hit === 1, `错误稿替换命中 ${hit} 次`);
  return out;
}
function placeFigures(d, places) {
  // places: [{place, raw}] ；返回 {texts: Map(place→text), figs: {id:{place,k,text}}}
  const figs = {};
  const texts = [];
  for (const { place, raw } of places) {
    const { text, marks } = locate(raw);
    texts.push({ place, text });
    const tk = tokens(text);
    for (const m of marks) {
      const info = d.figs.get(m.id);
      if (!info) throw new Error(`${d.file}: 未登记 ${m.id}`);
      if (info.word) {
        let occ = 0, i = -1;
        while ((i = text.indexOf(m.text, i + 1)) !== -1 && i < m.off) occ++;
        figs[m.id] = { place, occ, text: m.text, word: true };
      } else {
        const k = tk.findIndex((x) => x.i === m.off);
        assert(k >= 0 && tk[k].t === m.text, `${d.file}: ${m.id} 记号定位失败（${place}：${text}）`);
        figs[m.id] = { place, k, text: m.text };
      }
    }
  }
  for (const id of d.figs.keys()) assert(figs[id], `${d.file}: 数字 ${id} 未出现在正文中`);
  return { texts, figs };
}
async function emit(d, blocks, opts) {
  const variants = {};
  for (const v of ['clean', 'bad']) {
    const bl = v === 'clean' ? blocks : withMutation(blocks, d.mut);
    if (d.ext === 'md' || d.ext === 'txt') {
      const lines = d.ext === 'md' ? renderMd(bl, opts) : renderTxt(bl, opts);
      const placed = placeFigures(d, lines.map((raw, i) => ({ place: String(i + 1), raw })));
      const body = placed.texts.map((x) => x.text).join('\n') + '\n';
      assert(!/[\u0001-\u0003]/.test(body), '残留标记');
      variants[v] = { placed, data: Buffer.from(body, 'utf8') };
    } else {
      const items = docxModel(bl);
      const places = [];
      for (const it of items) {
        if (it.kind === 'p') places.push({ place: it.place, raw: it.text });
        else for (const r of it.rows) for (const c of r) places.push({ place: c.place, raw: c.text });
      }
      const placed = placeFigures(d, places);
      const plain = new Map(placed.texts.map((x) => [x.place, x.text]));
      const items2 = items.map((it) => it.kind === 'p' ? { ...it, text: plain.get(it.place) }
        : { ...it, rows: it.rows.map((r) => r.map((c) => ({ ...c, text: plain.get(c.place) }))) });
      const data = await buildDocx(items2, { creator: opts.creator ?? '财务股', title: d.title });
      variants[v] = { placed, data };
    }
  }
  // 错误稿只改了一个数字：各数字位置一致
  const c = variants.clean.placed.figs, b = variants.bad.placed.figs;
  for (const id of Object.keys(c)) {
    assert(c[id].place === b[id].place && c[id].k === b[id].k, `${d.file}: ${id} 在错误稿中位置变化`);
  }
  return variants;
}

// ───────────────────────── 报告正文 ─────────────────────────
const REPORTS = [];
const report = (no, slug, ext, kind, title, opts, fn) => REPORTS.push({ no, slug, ext, kind, title, opts, fn });
const H = (lvl, text) => ({ t: 'h', lvl, text });
const Pa = (text) => ({ t: 'p', text });
const T = (rows, o = {}) => ({ t: 'table', rows, ...o });
const TITLE = (text) => ({ t: 'title', text });
const SUB = (text) => ({ t: 'sub', text });

// 以下 24 份报告：每份一个函数，登记数字（d.f/d.M/d.D/d.N）与关系（d.sum/d.rate/d.rel…），并指定错误稿唯一改动（d.bad）
// ── 01 项目支出 · md · 县水利局 小型水库除险加固 ──
report(1, 'shuiku-chuxian', 'md', '项目支出', '禾湾县2023年度小型水库除险加固项目支出绩效自评报告', { h: 'hash' }, (d) => {
  const zy = W('520.00'), sj = W('210.00'), xj = W('130.00');
  const b0 = zy + sj + xj; // 860.00
  const add = W('45.50');
  const bt = b0 + add; // 905.50
  const u = [W('712.36'), W('28.40'), W('56.80'), W('17.60'), W('68.91')];
  const ex = sum(u); // 884.07
  const bal = bt - ex;
  const last = W('640.00');
  const nS1 = 3, nS2 = 9, n = nS1 + nS2, onTime = 11;
  const irrT = S('1.2', 1), irrA = S('1.35', 2);
  const capT = 680n, capA = 655n;
  const q = 240, qv = 228, qs = 214;
  const rN = pct(ex, bt);
  assert(fmt(rN) === '97.63', 'r01 rate');
  d.sum('b0', '年初预算 = 中央 + 省级 + 县级配套', 'b0', ['zy', 'sj', 'xj']);
  d.sum('adj', '全年预算 = 年初预算 + 县级追加', 'bt', ['b0', 'add'], 'adjust');
  d.sum('xjt', '县级配套全年到位 = 年初县级配套 + 追加', 'xjt', ['xj', 'add']);
  d.sum('use', '执行数 = 各用途支出之和', 'ex', ['u1', 'u2', 'u3', 'u4', 'u5']);
  d.rate('rate', '执行率 = 执行数 ÷ 全年预算', 'rN', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 全年预算 − 执行数', 'bal', 'bt - ex');
  d.rel('yoy', 'yoy_abs', '较上年增加额 = 本年全年预算 − 2022年预算', 'inc', 'bt - last');
  d.sum('cnt', '水库座数 = 小（1）型 + 小（2）型', 'n', ['nS1', 'nS2']);
  d.rate('ontime', '按期完工率 = 按期完工座数 ÷ 总座数', 'ontR', 'onT', 'n', 'completion');
  d.round('ucost', '单座平均工程投资 = 工程施工支出 ÷ 座数', 'uc', 'u1 / n', 'unit_cost');
  d.rate('irr', '灌溉面积完成率 = 实际 ÷ 目标', 'irrR', 'irrA', 'irrT', 'completion');
  d.rate('cap', '兴利库容恢复完成率 = 实际 ÷ 目标', 'capR', 'capA', 'capT', 'completion');
  d.rate('sat', '满意度 = 满意份数 ÷ 有效问卷', 'satR', 'qs', 'qv', 'satisfaction');
  // 表格
  d.eq('tb0', '资金表年初预算 = 正文', 'tb0', 'b0');
  d.eq('tbt', '资金表全年预算 = 正文', 'tbt', 'bt');
  d.eq('tex', '资金表执行数 = 正文', 'tex', 'ex');
  d.rate('trate', '资金表执行率 = 执行数 ÷ 全年预算', 'tr', 'tex', 'tbt');
  d.round('tes', '预算执行率得分 = 执行率 × 分值', 'ts', 'min(tr, 100) * tw / 100', 'exec_score');
  d.eq('tn', '表中完成座数 = 正文', 'tn', 'n');
  d.eq('tirr', '表中灌溉面积 = 正文', 'tirrA', 'irrA');
  d.eq('tont', '表中按期完工率 = 正文', 'tontR', 'ontR');
  d.round('sont', '按期完工率得分按比例', 'ss4', 'sw4 * tontR / 100', 'score_rule');
  d.eq('tuc', '表中单座投资 = 正文', 'tuc', 'uc');
  d.eq('tcapT', '表中库容目标 = 正文', 'tcapT', 'capT');
  d.eq('tcapA', '表中库容实际 = 正文', 'tcapA', 'capA');
  d.round('scap', '库容指标得分按比例', 'ss7', 'sw7 * tcapA / tcapT', 'score_rule');
  d.eq('tsat', '表中满意度 = 正文', 'tsatR', 'satR');
  d.sum('stot', '总分 = 各项得分之和', 'stot', ['ts', 'ss1', 'ss2', 'ss3', 'ss4', 'ss5', 'ss6', 'ss7', 'ss8'], 'score_total');
  d.sum('wtot', '分值合计 = 各项分值之和', 'wtot', ['tw', 'sw1', 'sw2', 'sw3', 'sw4', 'sw5', 'sw6', 'sw7', 'sw8'], 'weights');
  d.rel('w100', 'weights', '分值合计为100', 'wtot', '100');
  d.eq('ntot', '正文总分 = 表中总分', 'ntot', 'stot');
  d.grade('grade', '等级与总分相符', 'ntot', 'g');
  const sc = [W('10'), W('10'), W('10'), rnd(W('10') * pct(onTime, n), W('100') * 100n), W('10'), W('15'), rnd(W('15') * capA, capT * 100n), W('10')];
  // ss4 = 10 × 91.67 / 100 → 9.17 ；ss7 = 15 × 655/680 → 14.45
  const tsc = rnd(pct(ex, bt) * 10n, 100n * 100n); // 执行率×10/100
  const total = tsc + sum(sc);
  assert(fmt(sc[3]) === '9.17' && fmt(sc[6]) === '14.45' && fmt(tsc) === '9.76', 'r01 scores ' + sc.map((x) => fmt(x)));
  const s2 = (x) => (x % 100n === 0n ? (x / 100n).toString() : fmt(x));
  d.rel('late', 'count', '顺延完工座数 = 总座数 − 按期完工座数', 'late', 'n - onT');
  d.bad('rN', '79.63', 'rate');
  return [
    TITLE('禾湾县2023年度小型水库除险加固项目支出绩效自评报告'),
    SUB('填报单位：禾湾县水利局　　　　2024年3月'),
    H(1, '一、项目基本情况'),
    H(2, '（一）项目概况'),
    Pa(`禾湾县境内现有小型水库47座，多数建于上世纪六七十年代，坝体渗漏、溢洪道过流能力不足等问题较为突出。根据《北溟省小型水库除险加固三年行动方案》，我局于2023年组织实施第二批小型水库除险加固，计划对${d.N('n', n)}座病险水库进行整治，其中小（1）型${d.N('nS1', nS1)}座、小（2）型${d.N('nS2', nS2)}座。`),
    H(2, '（二）项目绩效目标'),
    Pa(`年度绩效目标为：完成12座水库除险加固并通过竣工验收；新增恢复灌溉面积${d.D('irrT', irrT, 1)}万亩；恢复兴利库容${d.N('capT', capT)}万立方米；保障下游约3.5万群众防洪安全；受益群众满意度达到90%以上。`),
    H(1, '二、项目资金使用及管理情况'),
    H(2, '（一）资金安排及到位情况'),
    Pa(`项目年初预算${d.M('b0', b0)}万元，其中中央水利发展资金${d.M('zy', zy)}万元、省级配套${d.M('sj', sj)}万元、县级配套${d.M('xj', xj)}万元。汛前设计变更后，县财政于2023年7月追加县级配套资金${d.M('add', add)}万元，全年预算调整为${d.M('bt', bt)}万元，县级配套资金全年实际到位${d.M('xjt', xj + add)}万元。`),
    Pa(`上一年度（2022年）同类项目预算为${d.M('last', last)}万元，本年度预算规模较上年增加${d.M('inc', bt - last)}万元，主要是整治座数由8座增加到12座。`),
    H(2, '（二）资金执行情况'),
    Pa(`截至2023年12月31日，项目累计支出${d.M('ex', ex)}万元，预算执行率${d.D('rN', rN, 2)}%，结余${d.M('bal', bal)}万元，为部分合同尾款及质保金，将按合同约定于2024年支付。2022年同类项目执行率为95.12%，本年度资金支付进度有所加快。`),
    Pa(`按用途划分：一是工程施工费${d.M('u1', u[0])}万元；二是工程监理费${d.M('u2', u[1])}万元；三是勘察设计费${d.M('u3', u[2])}万元；四是大坝安全鉴定费${d.M('u4', u[3])}万元；五是雨水情测报及安全监测设施购置${d.M('u5', u[4])}万元。`),
    H(2, '（三）项目管理情况'),
    Pa('项目实行项目法人责任制、招标投标制、建设监理制和合同管理制，12座水库均由县水利工程建设中心作为项目法人统一组织实施。资金实行县级报账制管理，按工程进度拨付，未发现截留、挤占、挪用情况。'),
    H(1, '三、项目绩效情况'),
    H(2, '（一）产出情况'),
    Pa(`数量方面，全年完成除险加固水库12座，与计划一致；新增恢复灌溉面积${d.D('irrA', irrA, 2)}万亩，完成目标的${d.D('irrR', pct(irrA, irrT * 10n), 2)}%。`),
    Pa(`质量和时效方面，12座水库全部通过竣工验收，验收合格率100%。其中${d.N('onT', onTime)}座在主汛期前完工，按期完工率${d.D('ontR', pct(onTime, n), 2)}%；石门坳水库因6月连续降雨停工23天，于8月底完工。`),
    Pa(`成本方面，工程施工费按座数平均，单座平均工程投资${d.M('uc', rnd(u[0], BigInt(n) * 100n))}万元，低于62万元的控制标准。`),
    H(2, '（二）效益情况'),
    Pa(`项目实施后，12座水库恢复兴利库容${d.N('capA', capA)}万立方米，完成目标值的${d.D('capR', pct(capA, capT), 2)}%，未达目标的原因是青竹冲水库为确保坝体安全暂按降低后的汛限水位运行。下游约3.6万人口、2.1万亩农田的防洪安全得到保障。`),
    H(2, '（三）满意度情况'),
    Pa(`我局在项目区11个行政村发放满意度问卷${d.N('q', q)}份，收回有效问卷${d.N('qv', qv)}份，其中表示“满意”或“比较满意”的${d.N('qs', qs)}份，受益群众满意度为${d.D('satR', pct(qs, qv), 2)}%。`),
    H(1, '四、绩效自评结果'),
    Pa(`按照县财政局印发的评分规则，本项目自评得分${d.D('ntot', total, 2)}分，评价等级为“${d.word('g', '优')}”。自评表如下。`),
    T([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', d.M('tb0', b0), d.M('tbt', bt), d.M('tex', ex), d.N('tw', 10), d.D('tr', rN, 2) + '%', d.D('ts', tsc, 2)],
      ['其中：上年结转资金', '0', '0', '0', '—', '—', '—'],
    ], { caption: '表1　项目资金执行情况' }),
    T([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
      ['产出指标', '数量指标', '完成除险加固水库数量', '12座', d.N('tn', n) + '座', d.N('sw1', 10), d.f('ss1', s2(sc[0])), '无'],
      ['产出指标', '数量指标', '新增恢复灌溉面积', '≥1.2万亩', d.D('tirrA', irrA, 2) + '万亩', d.N('sw2', 10), d.f('ss2', s2(sc[1])), '超额完成'],
      ['产出指标', '质量指标', '竣工验收合格率', '100%', '100%', d.N('sw3', 10), d.f('ss3', s2(sc[2])), '无'],
      ['产出指标', '时效指标', '主汛期前完工率', '100%', d.D('tontR', pct(onTime, n), 2) + '%', d.N('sw4', 10), d.f('ss4', s2(sc[3])), d.N('late', n - onTime) + '座因连续降雨顺延完工，今后提前安排开工'],
      ['产出指标', '成本指标', '单座平均工程投资', '≤62万元', d.M('tuc', rnd(u[0], BigInt(n) * 100n)) + '万元', d.N('sw5', 10), d.f('ss5', s2(sc[4])), '无'],
      ['效益指标', '社会效益指标', '下游防洪保护人口', '≥3.5万人', '约3.6万人', d.N('sw6', 15), d.f('ss6', s2(sc[5])), '无'],
      ['效益指标', '生态效益指标', '恢复兴利库容', d.N('tcapT', capT) + '万立方米', d.N('tcapA', capA) + '万立方米', d.N('sw7', 15), d.f('ss7', s2(sc[6])), '1座水库降低汛限水位运行，按比例扣分'],
      ['满意度指标', '服务对象满意度', '受益群众满意度', '≥90%', d.D('tsatR', pct(qs, qv), 2) + '%', d.N('sw8', 10), d.f('ss8', s2(sc[7])), '无'],
      ['总分', '', '', '', '', d.N('wtot', 100), d.D('stot', total, 2), ''],
    ], { caption: '表2　项目绩效指标完成及评分情况' }),
    H(1, '五、存在的问题'),
    Pa('一是部分水库前期勘察深度不够，施工中发现坝基渗漏范围大于设计预估，导致设计变更和预算追加；二是山区水库施工受降雨影响大，工期安排弹性不足；三是运行管护经费仍依赖县级财力，长效管护机制尚未完全建立。'),
    H(1, '六、改进措施'),
    Pa('下一步，我局将提前开展下一批项目的勘察和安全鉴定，把设计变更控制在可研阶段；将开工时间前移至每年10月，避开主汛期；积极争取将小型水库物业化管护经费纳入县级预算，落实“县管、乡包、村落实”的管护责任。'),
  ];
});

// ── 02 部门整体支出 · md · 区教育局 ──
report(2, 'jiaoyuju-bumen', 'md', '部门整体支出', '槿川区教育局2023年度部门整体支出绩效自评报告', { h: 'mixed' }, (d) => {
  const sch = [17, 7, 2], nSch = 26;
  const bz = 62, zz = 58;
  const inc = [W('36918.40'), W('1020.00'), W('468.32')];
  const b0 = W('35860.00'), zj = W('3640.18'), tj = W('380.00');
  const bt = b0 + zj - tj;
  const ry = W('26870.55'), gy = W('2542.32');
  const jb = ry + gy;
  const big = [W('2106.40'), W('3287.15'), W('412.60'), W('1218.90')];
  const rest = W('1547.24');
  const xm = sum(big) + rest;
  const ex = jb + xm;
  assert(fmt(ex, 2, true) === '37,985.16', 'r02 ex ' + fmt(ex));
  const last = W('36127.40');
  const gyjf = W('2418.60'), stu = 31245;
  const zzr = 6912;
  const sg = { jd: W('3.12'), yc: W('15.52') }, sgBud = W('25.00'), sgLast = W('21.30');
  const sgT = sg.jd + sg.yc;
  const cgB = W('1280.00'), cgA = W('1196.35');
  d.sum('sch', '学校数 = 小学 + 初中 + 九年一贯制', 'nSch', ['s1', 's2', 's3'], 'count');
  d.rate('ctl', '编制控制率 = 在职 ÷ 编制', 'ctlR', 'zz', 'bz', 'control_rate');
  d.sum('inc', '收入合计 = 一般公共预算 + 政府性基金 + 事业收入', 'incT', ['i1', 'i2', 'i3']);
  d.rel('adj', 'adjust', '全年预算 = 年初 + 追加 − 调减', 'bt', 'b0 + zj - tj');
  d.sum('ex', '支出合计 = 基本支出 + 项目支出', 'ex', ['jb', 'xm']);
  d.sum('jb', '基本支出 = 人员经费 + 公用经费', 'jb', ['ry', 'gy']);
  d.sum('xm', '项目支出 = 四个重点项目 + 其余项目', 'xm', ['p1', 'p2', 'p3', 'p4', 'rest']);
  d.sum('npj', '项目个数 = 重点项目 + 其余项目', 'npj', ['nBig', 'nRest'], 'count');
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.rate('yoy', '部门支出同比增长率', 'yoyR', 'ex - last', 'last', 'yoy');
  d.round('sj', '生均公用经费 = 公用经费拨付 ÷ 在校生', 'sjR', 'gyjf * 10000 / stu', 'per_head');
  d.eq('p1r', '学生资助金额两处一致', 'p1b', 'p1');
  d.round('zzr', '人均资助 = 资助金额 ÷ 资助人次', 'zzAvg', 'p1b * 10000 / zzr', 'per_head');
  d.sum('sg', '三公经费 = 公务接待 + 公务用车', 'sgT', ['sgJd', 'sgYc']);
  d.rel('sgSave', 'balance', '三公经费比预算节约 = 预算 − 支出', 'sgSave', 'sgBud - sgT');
  d.rel('sgDown', 'yoy_abs', '三公经费较上年下降额', 'sgDown', 'sgLast - sgT');
  d.rate('sgPct', '三公经费同比下降率', 'sgPct', 'sgLast - sgT', 'sgLast', 'yoy');
  d.rel('cg', 'balance', '政府采购节约 = 采购预算 − 实际采购', 'cgSave', 'cgB - cgA');
  d.rate('cgR', '采购节约率 = 节约 ÷ 采购预算', 'cgR', 'cgSave', 'cgB', 'rate');
  d.bad('ry', '26,780.55', 'jb');
  return [
    TITLE('槿川区教育局2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门概况'),
    Pa(`槿川区教育局是区政府主管全区教育工作的工作部门，局机关内设办公室、计划财务股、基础教育股、人事股、督导室等9个股室。全区有公办中小学${d.N('nSch', nSch)}所，其中小学${d.N('s1', sch[0])}所、初中${d.N('s2', sch[1])}所、九年一贯制学校${d.N('s3', sch[2])}所，在校学生${d.f('stu', '31,245')}人，教职工2,416人。`),
    Pa(`局机关及所属二级机构核定编制${d.N('bz', bz)}名，年末实有在职人员${d.N('zz', zz)}人，编制控制率${d.D('ctlR', pct(zz, bz), 2)}%；另有离退休人员21人，退休人员经费由社保统筹发放。`),
    H(1, '二、部门预算收支情况'),
    H(2, '（一）收入'),
    Pa(`2023年部门收入合计${d.M('incT', sum(inc), true)}万元。从来源看，一般公共预算财政拨款${d.M('i1', inc[0], true)}万元，政府性基金预算拨款${d.M('i2', inc[1], true)}万元，事业收入${d.M('i3', inc[2])}万元。`),
    H(2, '（二）预算调整'),
    Pa(`区人大批复我局年初预算${d.M('b0', b0, true)}万元。执行中，区财政先后追加教师绩效工资、校舍维修等资金${d.M('zj', zj, true)}万元；另因部分培训项目并入市级统筹，调减预算${d.M('tj', tj)}万元。调整后全年预算为${d.M('bt', bt, true)}万元。`),
    H(2, '（三）支出'),
    Pa(`全年支出${d.M('ex', ex, true)}万元，占全年预算的${d.D('rate', pct(ex, bt), 2)}%，年末结转结余${d.M('bal', bt - ex, true)}万元。与2022年的${d.M('last', last, true)}万元相比，支出增长${d.D('yoyR', pct(ex - last, last), 2)}%，增支主要是教师工资调标和新建学校投入使用。`),
    Pa(`从支出结构看，基本支出${d.M('jb', jb, true)}万元，其中人员经费${d.M('ry', ry, true)}万元、公用经费${d.M('gy', gy, true)}万元；项目支出${d.M('xm', xm, true)}万元。`),
    Pa(`全年共实施项目${d.N('npj', 18)}个。金额较大的重点项目${d.N('nBig', 4)}个：学生资助${d.M('p1', big[0], true)}万元，校舍维修改造${d.M('p2', big[1], true)}万元，教师培训${d.M('p3', big[2])}万元，教育信息化建设${d.M('p4', big[3], true)}万元；其余${d.N('nRest', 14)}个项目合计支出${d.M('rest', rest, true)}万元。`),
    H(2, '（四）“三公”经费和政府采购'),
    Pa(`“三公”经费支出${d.M('sgT', sgT)}万元，其中公务接待费${d.M('sgJd', sg.jd)}万元、公务用车运行维护费${d.M('sgYc', sg.yc)}万元，无因公出国（境）支出。比年初预算${d.M('sgBud', sgBud)}万元节约${d.M('sgSave', sgBud - sgT)}万元；较上年${d.M('sgLast', sgLast)}万元减少${d.M('sgDown', sgLast - sgT)}万元，下降${d.D('sgPct', pct(sgLast - sgT, sgLast), 2)}%。`),
    Pa(`政府采购预算${d.M('cgB', cgB, true)}万元，实际采购${d.M('cgA', cgA, true)}万元，节约资金${d.M('cgSave', cgB - cgA)}万元，节约率${d.D('cgR', pct(cgB - cgA, cgB), 2)}%，主要是多媒体教学设备通过集中采购压低了价格。`),
    H(1, '三、部门整体支出绩效情况'),
    H(2, '（一）产出'),
    Pa(`义务教育学校公用经费全年拨付${d.M('gyjf', gyjf, true)}万元，按在校学生人数计算，生均${d.D('sjR', rnd(gyjf * 10000n, BigInt(stu) * 100n, 2), 2)}元（省定基准定额为小学每生每年720元、初中每生每年920元）。学生资助方面，全年资助家庭经济困难学生${d.f('zzr', '6,912')}人次，发放资助资金${d.M('p1b', big[0], true)}万元，人均${d.D('zzAvg', rnd(big[0] * 10000n, BigInt(zzr) * 100n, 2), 2, true)}元。`),
    H(2, '（二）效果'),
    Pa('全区九年义务教育巩固率达到99.62%，高于99%的年度目标；高中阶段毛入学率96.8%；完成12所学校的厕所改造和7所学校的运动场改造，新增学位约1,800个。区教育局被评为全市教育督导评估先进单位。'),
    H(1, '四、存在的主要问题'),
    Pa('一是预算编制的前瞻性不够，年中追加占年初预算的比重偏高，部分维修项目在年初未能列入预算；二是少数学校资产管理台账不健全，报废设备未及时处置；三是项目绩效目标设置偏重数量，质量和效益指标较少，不便于考核。'),
    H(1, '五、改进措施'),
    Pa('下一步，我局将建立校舍维修项目库，提前一年开展需求摸底；开展学校资产清查，年内完成闲置设备的调剂和报废处置；在2025年预算编制中，对每个项目至少设置一项可量化的效益指标，并将自评结果与下年度预算安排挂钩。'),
  ];
});

// ── 03 转移支付 · md · 县农业农村局 农机购置与应用补贴 ──
report(3, 'nongji-butie', 'md', '转移支付/专项资金', '栎岭县2023年农机购置与应用补贴资金绩效自评报告', { h: 'bold', title: 'bold' }, (d) => {
  const towns = ['栎口镇', '上渡乡', '黄泥岗镇', '柏树坳乡', '新塘铺镇', '白果坪乡', '鹊溪镇', '杨柳垭乡'];
  const mach = [146, 98, 121, 77, 64, 52, 88, 43];
  const hh = [131, 90, 108, 70, 61, 49, 80, 41];
  const amt = ['1,386,420.00', '902,150.00', '1,164,380.50', '691,200.00', '583,940.00', '446,870.00', '842,615.50', '370,560.00'].map((s) => S(s, 2));
  const T0 = sum(amt), nM = mach.reduce((a, b) => a + b), nH = hh.reduce((a, b) => a + b);
  const zy = W('612.00'), sj = W('38.00'), xd = zy + sj;
  const dfW = rnd(T0, 1000000n, 2); // 元→万元
  const last = 612;
  assert(fmt(dfW) === '638.81', 'r03 ' + fmt(dfW));
  d.sum('xd', '下达资金 = 中央 + 省级', 'xd', ['zy', 'sj']);
  d.sum('tAmt', '表中补贴资金合计 = 各乡镇之和', 'tT', towns.map((_, i) => `a${i}`), 'table_sum');
  d.sum('tMach', '表中机具台数合计 = 各乡镇之和', 'tM', towns.map((_, i) => `m${i}`), 'table_sum');
  d.sum('tHH', '表中受益户数合计 = 各乡镇之和', 'tH', towns.map((_, i) => `h${i}`), 'table_sum');
  d.round('wan', '兑付资金（万元）= 表中合计（元）÷ 10000', 'dfW', 'tT / 10000', 'unit_restate');
  d.eq('nM', '正文机具台数 = 表中合计', 'nM', 'tM');
  d.eq('nH', '正文受益户数 = 表中合计', 'nH', 'tH');
  d.rate('use', '资金使用率 = 兑付 ÷ 下达', 'useR', 'dfW', 'xd');
  d.rel('jz', 'balance', '结转 = 下达 − 兑付', 'jz', 'xd - dfW');
  d.round('hj', '户均补贴 = 补贴总额 ÷ 受益户数', 'hjR', 'tT / tH', 'per_head');
  d.round('tj', '台均补贴 = 补贴总额 ÷ 机具台数', 'tjR', 'tT / tM', 'per_head');
  d.rate('yoy', '补贴机具同比增长', 'yoyR', 'nM - last', 'last', 'yoy');
  d.rel('yoyN', 'yoy_abs', '补贴机具较上年增加台数', 'incM', 'nM - last');
  d.bad('a3', '619,200.00', 'tAmt');
  const rows = [['乡镇', '补贴机具（台）', '受益农户（户）', '补贴资金（元）']];
  towns.forEach((t, i) => rows.push([t, d.N(`m${i}`, mach[i]), d.N(`h${i}`, hh[i]), d.M(`a${i}`, amt[i], true)]));
  rows.push(['合计', d.N('tM', nM), d.N('tH', nH), d.M('tT', T0, true)]);
  return [
    TITLE('栎岭县2023年农机购置与应用补贴资金绩效自评报告'),
    SUB('栎岭县农业农村局（2024年4月2日）'),
    H(1, '一、资金基本情况'),
    Pa(`2023年，上级累计下达我县农机购置与应用补贴资金${d.M('xd', xd)}万元。其中：中央财政资金${d.M('zy', zy)}万元（霁财农〔2023〕17号、霁财农〔2023〕52号两批），省级累加补贴${d.M('sj', sj)}万元。另兑付农机报废更新补贴12.60万元，由省级单独下达，不纳入本次评价。`),
    Pa('补贴资金实行“自主购机、定额补贴、先购后补、县级结算、直补到卡”，补贴机具重点向粮食生产急需的烘干机、插秧机和植保无人机倾斜。'),
    H(1, '二、资金使用情况'),
    Pa(`截至2023年12月31日，全县共兑付补贴资金${d.M('dfW', dfW)}万元，资金使用率${d.D('useR', pct(dfW, xd), 2)}%，结转${d.M('jz', xd - dfW)}万元，主要是12月下旬申请的23台机具尚在核验中，已于2024年1月兑付。`),
    Pa(`全年补贴机具${d.N('nM', nM)}台（套），受益农户（含农机合作社）${d.N('nH', nH)}户，户均获得补贴${d.D('hjR', rnd(T0, BigInt(nH) * 100n, 2), 2, true)}元，台均补贴${d.D('tjR', rnd(T0, BigInt(nM) * 100n, 2), 2, true)}元。分乡镇兑付情况见下表。`),
    T(rows, { caption: '2023年农机购置补贴分乡镇兑付情况' }),
    H(1, '三、绩效目标完成情况'),
    Pa(`1. 补贴机具数量。2022年全县补贴机具${d.N('last', last)}台，2023年增加${d.N('incM', nM - last)}台，增长${d.D('yoyR', pct(nM - last, last), 2)}%。当年补贴机具中，烘干机14台、植保无人机31架，均超过年初计划。`),
    Pa('2. 农机化水平。全县主要农作物耕种收综合机械化率达到78.6%，较上年提高2.1个百分点（年度目标为77%）；水稻机插秧面积约9.2万亩。'),
    Pa('3. 办理时效。补贴申请从受理到资金兑付平均用时18个工作日，低于省定30个工作日的时限要求。'),
    Pa('4. 满意度。委托第三方电话回访购机户120户，满意率96.7%。'),
    H(1, '四、存在的问题和改进措施'),
    Pa('存在的问题：部分乡镇核验人员力量不足，年底集中申请时核验进度偏慢；少数购机户对补贴额一览表变化了解不及时。'),
    Pa('改进措施：推行“手机APP申请+乡镇集中核验”模式，分季度开展核验；在乡镇便民服务中心公示补贴额一览表，并通过村级微信群推送政策解读。'),
  ];
});

// ── 04 项目支出 · md · 市交通运输局 农村公路提质改造 ──
report(4, 'nongcun-gonglu', 'md', '项目支出', '鹤汀市2023年农村公路提质改造项目绩效自评报告', { h: 'hash', captionBold: true }, (d) => {
  // 资金：行 = 年度资金总额 / 当年财政拨款 / 上年结转 / 其他资金；列 = 年初 / 全年 / 执行
  const r1 = [W('3000.00'), W('3180.00'), W('3112.46')];
  const r2 = [W('200.00'), W('200.00'), W('200.00')];
  const r3 = [W('0'), W('106.50'), W('88.76')];
  const tot = [0, 1, 2].map((j) => r1[j] + r2[j] + r3[j]);
  const [b0, bt, ex] = tot;
  const rate = pct(ex, bt);
  const es = rnd(rate * 10n, 10000n, 2);
  assert(fmt(rate) === '97.55' && fmt(es) === '9.76', 'r04 exec ' + fmt(rate) + ' ' + fmt(es));
  const ja = W('3179.52'), gl = W('82.04'), kc = ex - ja - gl;
  const km = S('86.4', 1);
  const uc = rnd(ja * 10n, km * 100n, 2); // 万元/公里
  const glR = pct(gl, ex);
  const bridgeT = 6, bridgeA = 3, sec = 8, secOk = 7;
  const tourT = S('12', 0), tourA = S('6.6', 1);
  const satT = S('90', 0), satA = S('86.40', 2);
  // 得分（两位小数的定点）
  const sBridge = rnd(1000n * BigInt(bridgeA), BigInt(bridgeT) * 100n, 2); // 10×3/6
  const q = S('98.2', 1);
  const sQ = rnd(1000n * q, 100000n, 2); // 10×98.2/100 → 9.82
  const secR = pct(secOk, sec);
  const sSec = rnd(1000n * secR, 10000n * 100n, 2); // 10×87.50/100
  const sTour = rnd(1000n * tourA, 12n * 10n * 100n, 2); // 10×6.6/12
  const sSat = rnd(1000n * satA, 90n * 100n * 100n, 2); // 10×86.40/90
  const sc = [es, W('10'), sBridge, sQ, sSec, W('10'), W('10'), W('10'), sTour, sSat];
  const total = sum(sc);
  assert(fmt(total) === '88.43', 'r04 total ' + fmt(total) + ' ' + sc.map((x) => fmt(x)).join(','));
  const sf = (id, v) => d.f(id, v % 100n === 0n ? String(v / 100n) : fmt(v));
  // 关系
  ['b0', 'bt', 'ex'].forEach((c) => d.sum(`col_${c}`, `资金表“${{ b0: '年初预算数', bt: '全年预算数', ex: '全年执行数' }[c]}”：总额 = 财政拨款 + 上年结转 + 其他资金`, `T_${c}`, [`A_${c}`, `B_${c}`, `C_${c}`], 'table_sum'));
  d.rate('trate', '资金表执行率 = 全年执行数 ÷ 全年预算数', 'T_r', 'T_ex', 'T_bt');
  d.round('tes', '预算执行率得分 = 执行率 × 10', 'T_s', 'T_r * T_w / 100', 'exec_score');
  d.eq('nb', '正文全年预算 = 资金表', 'nbt', 'T_bt');
  d.eq('ne', '正文执行数 = 资金表', 'nex', 'T_ex');
  d.rate('nrate', '正文执行率 = 执行数 ÷ 全年预算', 'nr', 'nex', 'nbt');
  d.rel('nadj', 'adjust', '全年预算比年初增加额 = 全年 − 年初', 'nadd', 'T_bt - T_b0');
  d.sum('use', '执行数 = 建安 + 管理费 + 勘察设计监理检测', 'nex', ['ja', 'gl', 'kc']);
  d.round('uc', '每公里建安成本 = 建安费 ÷ 里程', 'uc', 'ja / km', 'unit_cost');
  d.rate('glR', '管理费占比 = 管理费 ÷ 执行数', 'glR', 'gl', 'nex', 'share');
  d.rate('secR', '按期完工率 = 按期标段 ÷ 标段数', 'secR', 'secOk', 'sec', 'completion');
  d.eq('tuc', '表中每公里成本 = 正文', 'X_uc', 'uc');
  d.eq('tgl', '表中管理费占比 = 正文', 'X_gl', 'glR');
  d.eq('tsec', '表中按期完工率 = 正文', 'X_sec', 'secR');
  d.round('sBr', '危桥改造按比例得分', 'S2', 'W2 * X_brA / X_brT', 'score_rule');
  d.round('sQ', '合格率按比例得分', 'S3', 'W3 * X_q / 100', 'score_rule');
  d.round('sSec', '按期完工率按比例得分', 'S4', 'W4 * X_sec / 100', 'score_rule');
  d.round('sTour', '旅游接待人次按比例得分', 'S8', 'W8 * X_tA / X_tT', 'score_rule');
  d.round('sSat', '满意度按比例得分', 'S9', 'W9 * X_sA / X_sT', 'score_rule');
  d.sum('stot', '总分 = 各项得分之和', 'STOT', ['T_s', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6', 'S7', 'S8', 'S9'], 'score_total');
  d.sum('wtot', '分值合计 = 各项分值之和', 'WTOT', ['T_w', 'W1', 'W2', 'W3', 'W4', 'W5', 'W6', 'W7', 'W8', 'W9'], 'weights');
  d.rel('w100', 'weights', '分值合计为100', 'WTOT', '100');
  d.grade('grade', '等级与总分相符', 'STOT', 'g');
  d.rate('brR', '危桥改造完成率', 'brR', 'brA', 'brT', 'completion');
  d.eq('tbrT', '表中危桥目标 = 正文', 'X_brT', 'brT');
  d.eq('tbrA', '表中危桥实际 = 正文', 'X_brA', 'brA');
  d.sum('wCY', '产出指标分值小计（40分）', 'wCY', ['W1', 'W2', 'W3', 'W4'], 'weights');
  d.sum('wCB', '成本指标分值小计（20分）', 'wCB', ['W5', 'W6'], 'weights');
  d.sum('wXY', '效益指标分值小计（20分）', 'wXY', ['W7', 'W8'], 'weights');
  d.eq('wMY', '满意度指标分值小计（10分）', 'wMY', 'W9', 'weights');
  d.sum('brL', '危桥：目标 = 完成 + 推迟', 'brT', ['brA', 'brLeft'], 'count');
  d.eq('brL2', '推迟座数两处一致', 'X_brL', 'brLeft');
  d.rel('secL', 'count', '延误标段 = 标段数 − 按期标段', 'X_secL', 'sec - secOk');
  d.eq('secT', '目标标段数 = 实际标段数', 'secT', 'sec');
  d.bad('STOT', '83.43', 'stot');
  const m = (id, v) => d.M(id, v, true);
  return [
    TITLE('鹤汀市2023年农村公路提质改造项目绩效自评报告'),
    H(1, '一、项目概况'),
    Pa('农村公路提质改造是市政府2023年为民办实事项目之一，由市交通运输局组织，各县（区）交通运输局具体实施，主要对通村公路中路面宽度不足4.5米、路面破损严重的路段进行拓宽改造，同步实施危桥改造和安全生命防护工程。'),
    Pa(`项目年度目标：完成农村公路提质改造85公里，改造危桥${d.N('brT', bridgeT)}座，交工验收合格率100%，${d.N('secT', 8)}个标段全部按期完工，沿线群众满意度90%以上。`),
    H(1, '二、资金投入和使用情况'),
    Pa(`项目全年预算${m('nbt', bt)}万元，比年初预算增加${d.M('nadd', bt - b0)}万元，增加部分为市财政追加拨款和沿线村组筹资。全年实际支出${m('nex', ex)}万元，执行率${d.D('nr', rate, 2)}%。`),
    Pa(`支出构成为：建筑安装工程费${m('ja', ja)}万元，项目管理费${d.M('gl', gl)}万元，勘察设计、监理及检测费${d.M('kc', kc)}万元。项目管理费占支出总额的${d.D('glR', glR, 2)}%，未超过3%的控制比例。`),
    H(1, '三、绩效目标完成情况'),
    H(2, '（一）产出'),
    Pa(`全年完成提质改造${d.D('km', km, 1)}公里，每公里建安成本${d.M('uc', uc)}万元，低于38万元的控制标准。完成危桥改造${d.N('brA', bridgeA)}座，完成率${d.D('brR', pct(bridgeA, bridgeT), 2)}%，另${d.N('brLeft', bridgeT - bridgeA)}座因涉及河道防洪评价审批，推迟到2024年实施。${d.N('sec', sec)}个标段中${d.N('secOk', secOk)}个按期完工，按期完工率${d.D('secR', secR, 2)}%。`),
    H(2, '（二）效益'),
    Pa('改造路段平均通行时间缩短18%，沿线新增农村客运班线3条。原计划带动沿线乡村旅游接待12万人次，实际约6.6万人次，主要是二季度部分路段半幅施工影响了游客出行。'),
    H(2, '（三）满意度'),
    Pa('通过入户走访和线上问卷调查，沿线群众满意度为86.40%，未达到90%的目标，意见主要集中在施工期间的出行不便和扬尘。'),
    H(1, '四、自评结论'),
    Pa(`按照市财政局的评价指标体系，从预算执行、产出、成本、效益和满意度五个方面逐项打分，项目自评等级为“${d.word('g', '良')}”。评分见下表。`),
    T([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', m('T_b0', tot[0]), m('T_bt', tot[1]), m('T_ex', tot[2]), d.N('T_w', 10), d.D('T_r', rate, 2) + '%', d.D('T_s', es, 2)],
      ['其中：当年财政拨款', m('A_b0', r1[0]), m('A_bt', r1[1]), m('A_ex', r1[2]), '—', '—', '—'],
      ['上年结转资金', d.M('B_b0', r2[0]), d.M('B_bt', r2[1]), d.M('B_ex', r2[2]), '—', '—', '—'],
      ['其他资金', d.M('C_b0', r3[0]), d.M('C_bt', r3[1]), d.M('C_ex', r3[2]), '—', '—', '—'],
    ], { caption: '表1　项目资金情况' }),
    T([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因'],
      ['产出指标（' + d.N('wCY', 40) + '分）', '数量指标', '提质改造里程', '≥85公里', '86.4公里', d.N('W1', 10), sf('S1', sc[1]), ''],
      ['', '数量指标', '危桥改造数量', d.N('X_brT', bridgeT) + '座', d.N('X_brA', bridgeA) + '座', d.N('W2', 10), sf('S2', sc[2]), '防洪评价审批未完成，' + d.N('X_brL', bridgeT - bridgeA) + '座推迟'],
      ['', '质量指标', '交工验收合格率', '100%', d.D('X_q', q, 1) + '%', d.N('W3', 10), sf('S3', sc[3]), '2段路面平整度返工'],
      ['', '时效指标', '标段按期完工率', '100%', d.D('X_sec', secR, 2) + '%', d.N('W4', 10), sf('S4', sc[4]), d.N('X_secL', sec - secOk) + '个标段征地延误'],
      ['成本指标（' + d.N('wCB', 20) + '分）', '经济成本指标', '每公里建安成本', '≤38万元', d.M('X_uc', uc) + '万元', d.N('W5', 10), sf('S5', sc[5]), ''],
      ['', '经济成本指标', '项目管理费占比', '≤3%', d.D('X_gl', glR, 2) + '%', d.N('W6', 10), sf('S6', sc[6]), ''],
      ['效益指标（' + d.N('wXY', 20) + '分）', '社会效益指标', '通行时间缩短比例', '≥15%', '18%', d.N('W7', 10), sf('S7', sc[7]), ''],
      ['', '经济效益指标', '带动乡村旅游接待人次', d.N('X_tT', 12) + '万人次', d.D('X_tA', tourA, 1) + '万人次', d.N('W8', 10), sf('S8', sc[8]), '半幅施工影响游客出行'],
      ['满意度指标（' + d.N('wMY', 10) + '分）', '服务对象满意度', '沿线群众满意度', '≥' + d.N('X_sT', 90) + '%', d.D('X_sA', satA, 2) + '%', d.N('W9', 10), sf('S9', sc[9]), '施工扰民，已加强文明施工'],
      ['总分', '', '', '', '', d.N('WTOT', 100), d.D('STOT', total, 2), ''],
    ], { caption: '表2　绩效指标评分表' }),
    H(1, '五、问题及改进'),
    Pa('项目前期工作不充分是本年度扣分的主要原因：危桥改造的防洪评价、部分路段的征地协调都没有在开工前完成。2024年起，我局将实行“前期工作不完成不下达资金”的做法，同时把群众满意度调查提前到施工期间开展，及时回应出行不便等诉求。'),
  ];
});

// ── 05 部门整体支出 · txt · 县民政局 ──
report(5, 'minzhengju-bumen', 'txt', '部门整体支出', '杉溪县民政局2023年度部门整体支出绩效自评报告', { indent: '　　', table: 'space', titlePad: '　　　　' }, (d) => {
  const bzX = 24, bzS = 14, zzX = 22, zzS = 13;
  const bz = bzX + bzS, zz = zzX + zzS;
  const b0 = W('4862.35'), zjA = W('1086.00'), zjB = W('131.80');
  const zj = zjA + zjB, bt = b0 + zj;
  const ry = W('842.17'), gy = W('144.25'), jb = ry + gy;
  const xmL = [W('3105.60'), W('1024.38'), W('296.90'), W('554.74')];
  const xm = sum(xmL), ex = jb + xm;
  assert(fmt(ex, 2, true) === '5,968.04', 'r05 ex');
  const nDb = 5412, nTk = 1246, nLs = 2031;
  const sg = { l: [W('1.86'), W('6.40'), 0n, 0n], b: [W('2.50'), W('7.00'), 0n, 0n], a: [W('1.42'), W('5.96'), 0n, 0n] };
  const sgT = { l: sum(sg.l), b: sum(sg.b), a: sum(sg.a) };
  const cgB = W('86.00'), cgA = W('79.45');
  d.sum('bz', '编制数 = 行政 + 事业', 'bz', ['bzX', 'bzS'], 'count');
  d.sum('zz', '在职人数 = 行政 + 事业', 'zz', ['zzX', 'zzS'], 'count');
  d.rate('ctl', '人员控制率 = 在职 ÷ 编制', 'ctlR', 'zz', 'bz', 'control_rate');
  d.sum('zj', '追加 = 困难群众救助补助 + 其他', 'zj', ['zjA', 'zjB']);
  d.sum('adj', '全年预算 = 年初预算 + 追加', 'bt', ['b0', 'zj'], 'adjust');
  d.sum('ex', '支出 = 基本支出 + 项目支出', 'ex', ['jb', 'xm']);
  d.sum('jb', '基本支出 = 人员经费 + 公用经费', 'jb', ['ry', 'gy']);
  d.sum('xm', '项目支出 = 低保 + 特困 + 临时救助 + 养老服务', 'xm', ['x1', 'x2', 'x3', 'x4']);
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.rate('gyR', '公用经费占基本支出比重', 'gyR', 'gy', 'jb', 'share');
  d.round('db', '低保人均年补助 = 低保资金 ÷ 保障人数', 'dbAvg', 'x1 * 10000 / nDb', 'per_head');
  d.round('ls', '临时救助人次均 = 临时救助资金 ÷ 人次', 'lsAvg', 'x3 * 10000 / nLs', 'per_head');
  for (const c of ['l', 'b', 'a']) d.sum(`sg_${c}`, `三公经费表“${{ l: '2022年决算', b: '2023年预算', a: '2023年决算' }[c]}”合计`, `sgT_${c}`, [0, 1, 2, 3].map((i) => `sg_${c}${i}`), 'table_sum');
  d.eq('sgN', '正文三公经费 = 表中2023年决算合计', 'sgN', 'sgT_a');
  d.rel('sgD', 'yoy_abs', '三公经费较上年下降额', 'sgD', 'sgT_l - sgN');
  d.rate('sgP', '三公经费同比下降率', 'sgP', 'sgT_l - sgN', 'sgT_l', 'yoy');
  d.eq('tbz', '基础数据表编制数 = 正文', 'tbz', 'bz');
  d.eq('tzz', '基础数据表在职人数 = 正文', 'tzz', 'zz');
  d.rate('tctl', '基础数据表控制率 = 在职 ÷ 编制', 'tctl', 'tzz', 'tbz', 'control_rate');
  d.eq('tgy', '基础数据表公用经费 = 正文', 'tgy', 'gy');
  d.rate('cgR', '政府采购执行率 = 实际 ÷ 预算', 'cgR', 'cgA', 'cgB', 'rate');
  d.bad('ctlR', '97.11', 'ctl');
  const sgRow = (name, i) => [name, ...['l', 'b', 'a'].map((c) => d.M(`sg_${c}${i}`, sg[c][i]))];
  return [
    TITLE('杉溪县民政局2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    H(2, '（一）主要职能'),
    Pa('杉溪县民政局负责全县社会救助、养老服务、儿童福利、社会事务、基层政权和社区建设、社会组织登记管理等工作。局机关设办公室、社会救助股、养老服务股、社会事务股4个股室，下属县社会福利院、县救助管理站2个事业单位。'),
    H(2, '（二）人员情况'),
    Pa(`全局核定编制${d.N('bz', bz)}名，其中行政编制${d.N('bzX', bzX)}名、事业编制${d.N('bzS', bzS)}名；年末在职${d.N('zz', zz)}人，其中行政${d.N('zzX', zzX)}人、事业${d.N('zzS', zzS)}人，人员控制率为${d.D('ctlR', pct(zz, bz), 2)}%。离退休人员27人。`),
    H(1, '二、部门预算收支情况'),
    Pa(`2023年年初预算${d.M('b0', b0, true)}万元。年度执行中，上级下达困难群众救助补助资金${d.M('zjA', zjA, true)}万元，县财政追加其他资金${d.M('zjB', zjB)}万元，合计追加${d.M('zj', zj, true)}万元，全年预算${d.M('bt', bt, true)}万元。`),
    Pa(`全年支出${d.M('ex', ex, true)}万元，预算执行率${d.D('rate', pct(ex, bt), 2)}%，年末结转${d.M('bal', bt - ex)}万元。`),
    Pa(`1.基本支出${d.M('jb', jb)}万元。其中人员经费${d.M('ry', ry)}万元，公用经费${d.M('gy', gy)}万元，公用经费占基本支出的${d.D('gyR', pct(gy, jb), 2)}%。`),
    Pa(`2.项目支出${d.M('xm', xm, true)}万元。其中：城乡最低生活保障${d.M('x1', xmL[0], true)}万元，特困人员救助供养${d.M('x2', xmL[1], true)}万元，临时救助${d.M('x3', xmL[2])}万元，养老服务体系建设${d.M('x4', xmL[3])}万元。`),
    Pa(`3.“三公”经费支出${d.M('sgN', sgT.a)}万元，比上年减少${d.M('sgD', sgT.l - sgT.a)}万元，下降${d.D('sgP', pct(sgT.l - sgT.a, sgT.l), 2)}%，主要是公务接待严格执行公函制度，接待批次减少。`),
    H(1, '三、部门整体支出绩效情况'),
    H(2, '（一）社会救助兜底有力'),
    Pa(`全年保障城乡低保对象${d.f('nDb', '5,412')}人，低保资金人均年补助${d.D('dbAvg', rnd(xmL[0] * 10000n, BigInt(nDb) * 100n, 2), 2, true)}元；城市低保标准提高到每人每月680元，农村低保标准提高到每人每年5,400元。集中和分散供养特困人员${d.f('nTk', '1,246')}人，实施临时救助${d.f('nLs', '2,031')}人次，人次均救助${d.D('lsAvg', rnd(xmL[2] * 10000n, BigInt(nLs) * 100n, 2), 2, true)}元。`),
    H(2, '（二）养老服务持续改善'),
    Pa('新建乡镇区域养老服务中心2个，改造提升农村幸福院9所，为1,380名经济困难的高龄、失能老人发放护理补贴。县社会福利院护理型床位占比提高到55%。'),
    H(2, '（三）基础数据'),
    T([
      ['项目', '2022年决算', '2023年预算', '2023年决算'],
      sgRow('公务接待费', 0),
      sgRow('公务用车运行维护费', 1),
      sgRow('公务用车购置费', 2),
      sgRow('因公出国（境）费', 3),
      ['“三公”经费合计', d.M('sgT_l', sgT.l), d.M('sgT_b', sgT.b), d.M('sgT_a', sgT.a)],
    ], { caption: '表1　“三公”经费情况（单位：万元）' }),
    T([
      ['指标', '数值'],
      ['编制数（名）', d.N('tbz', bz)],
      ['在职人数（人）', d.N('tzz', zz)],
      ['人员控制率', d.D('tctl', pct(zz, bz), 2) + '%'],
      ['公用经费（万元）', d.M('tgy', gy)],
      ['政府采购预算（万元）', d.M('cgB', cgB)],
      ['政府采购实际（万元）', d.M('cgA', cgA)],
      ['政府采购执行率', d.D('cgR', pct(cgA, cgB), 2) + '%'],
    ], { caption: '表2　基础数据表' }),
    H(1, '四、存在的问题'),
    Pa('（一）低保动态管理还不够精准，部分乡镇对家庭收入变化的核查不及时；（二）养老服务设施建成后运营经费保障不足，个别农村幸福院使用率不高；（三）预算追加规模较大，年初预算对上级转移支付的预估不足。'),
    H(1, '五、改进措施'),
    Pa('（一）依托社会救助信息平台，每季度开展一次跨部门数据比对；（二）推行农村幸福院“公建民营”，由区域养老服务中心统一托管；（三）编制2025年预算时，参照近三年上级补助平均水平合理预估转移支付收入。'),
  ];
});

// ── 06 转移支付 · txt · 县住建局 农村危房改造补助资金 ──
report(6, 'weifang-gaizao', 'txt', '转移支付/专项资金', '鹭原县2023年农村危房改造补助资金绩效自评报告', { blank: true }, (d) => {
  const zy = W('486.00'), sj = W('134.00'), xj = W('60.00');
  const xd = zy + sj + xj;
  const nC = 268, nD = 144, n = nC + nD;
  const fD = W('366.48'), fC = W('289.44');
  const bf = fD + fC;
  const done = 398, last = 356;
  const avgAll = rnd(bf * 10000n, BigInt(n) * 100n, 2); // 元
  const avgD = rnd(fD, BigInt(nD) * 100n, 2); // 万元
  const avgC = rnd(fC, BigInt(nC) * 100n, 2);
  assert(fmt(avgD) === '2.55' && fmt(avgC) === '1.08', 'r06 avg ' + fmt(avgD) + ' ' + fmt(avgC));
  d.sum('xd', '下达资金 = 中央 + 省级 + 县级', 'xd', ['zy', 'sj', 'xj']);
  d.sum('n', '改造户数 = C级 + D级', 'n', ['nC', 'nD'], 'count');
  d.sum('bf', '已拨付 = D级补助 + C级补助', 'bf', ['fD', 'fC']);
  d.rel('bal', 'balance', '结余 = 下达 − 拨付', 'bal', 'xd - bf');
  d.rate('bfR', '拨付率 = 拨付 ÷ 下达', 'bfR', 'bf', 'xd');
  d.round('avg', '户均补助（元）= 拨付资金 ÷ 改造户数', 'avgAll', 'bf * 10000 / n', 'per_head');
  d.round('avgD', 'D级户均补助 = D级补助 ÷ D级户数', 'avgD', 'fD / nD', 'per_head');
  d.round('avgC', 'C级户均补助 = C级补助 ÷ C级户数', 'avgC', 'fC / nC', 'per_head');
  d.rate('doneR', '竣工率 = 竣工户数 ÷ 改造户数', 'doneR', 'done', 'n2', 'completion');
  d.eq('n2', '改造户数两处一致', 'n2', 'n');
  d.rel('yoyN', 'yoy_abs', '改造户数较上年增加', 'incN', 'n2 - last');
  d.rate('yoyR', '改造户数同比增长', 'yoyR', 'n2 - last', 'last', 'yoy');
  d.rel('undone', 'count', '未竣工户数 = 改造户数 − 竣工户数', 'undone', 'n2 - done');
  d.bad('avgAll', '15,290.39', 'avg');
  return [
    TITLE('鹭原县2023年农村危房改造补助资金绩效自评报告'),
    SUB('鹭原县住房和城乡建设局'),
    H(1, '一、基本情况'),
    Pa('农村危房改造是保障农村低收入群体住房安全的兜底性工作，对象为农村易返贫致贫户、低保户、分散供养特困人员、低保边缘家庭、因病因灾因意外事故刚性支出较大家庭等六类重点对象。按照房屋安全等级鉴定结果，C级危房以维修加固为主，D级危房原则上拆除重建。'),
    Pa(`2023年全县共实施农村危房改造${d.N('n', n)}户，其中C级危房维修加固${d.N('nC', nC)}户，D级危房拆除重建${d.N('nD', nD)}户，涉及14个乡镇。`),
    H(1, '二、资金下达与拨付'),
    Pa(`（一）资金下达。全年到位补助资金${d.M('xd', xd)}万元。中央财政下达${d.M('zy', zy)}万元，省级财政下达${d.M('sj', sj)}万元，县本级安排${d.M('xj', xj)}万元。`),
    Pa(`（二）资金拨付。资金实行专户管理，按照“先验收、后拨付”的原则，经乡镇初验、县级复验合格后，通过“一卡通”直接拨付到农户账户。截至年底累计拨付${d.M('bf', bf)}万元，拨付率${d.D('bfR', pct(bf, xd), 2)}%，尚余${d.M('bal', xd - bf)}万元待剩余农户竣工验收后拨付。`),
    Pa(`分类型看，D级危房拆除重建拨付${d.M('fD', fD)}万元，户均${d.M('avgD', avgD)}万元；C级危房维修加固拨付${d.M('fC', fC)}万元，户均${d.M('avgC', avgC)}万元。全部改造户平均每户获得补助${d.D('avgAll', avgAll, 2, true)}元。`),
    H(1, '三、绩效目标实现情况'),
    Pa(`（一）数量和进度。${d.N('n2', n)}户改造对象中已竣工${d.N('done', done)}户，竣工率${d.D('doneR', pct(done, n), 2)}%；其余${d.N('undone', n - done)}户因宅基地选址调整于2023年11月后开工，预计2024年5月前全部完工。与2022年改造${d.N('last', last)}户相比，2023年多改造${d.N('incN', n - last)}户，增长${d.D('yoyR', pct(n - last, last), 2)}%。`),
    Pa('（二）质量。竣工农户均经县住建局组织技术人员现场验收，房屋结构安全、基本功能完善，未发生质量安全事故。'),
    Pa('（三）效益。改造完成后，惠及农村困难群众1,100余人，六类重点对象住房安全保障实现动态清零。'),
    Pa('（四）满意度。随机抽取竣工农户80户进行电话回访，满意度达到97.5%。'),
    H(1, '四、存在的问题'),
    Pa('一是部分D级危房农户自筹能力弱，建房进度慢于计划；二是少数乡镇档案资料不完整，一户一档还需规范；三是个别改造房屋存在“建新不拆旧”现象。'),
    H(1, '五、下一步工作打算'),
    Pa('一是对自筹困难的农户推广统建代建和加固改造方式，控制建房面积和成本；二是开展危房改造档案专项检查，年内完成整改；三是把“拆旧”纳入竣工验收必查内容，未拆旧的不予验收。'),
  ];
});

// ── 07 项目支出 · docx · 市人社局 职业技能提升培训 ──
report(7, 'zhineng-peixun', 'docx', '项目支出', '棠梨市2023年职业技能提升培训项目绩效自评报告', { creator: '棠梨市人力资源和社会保障局' }, (d) => {
  const bS = W('980.00'), bC = W('580.00'), bt = bS + bC;
  const eS = W('951.26'), eC = W('542.52'), ex = eS + eC;
  const pxbt = W('1296.45'), shbt = W('142.61'), jdbt = W('54.72');
  assert(pxbt + shbt + jdbt === ex, 'r07 use');
  const tgt = 6000, act = 6482, cert = 5133, job = 3870;
  const total = S('91.20', 2);
  d.sum('tb', '预算合计 = 省级 + 市级', 'tbt', ['tbS', 'tbC'], 'table_sum');
  d.sum('te', '执行合计 = 省级 + 市级', 'tex', ['teS', 'teC'], 'table_sum');
  d.rate('trS', '省级资金执行率', 'trS', 'teS', 'tbS');
  d.rate('trC', '市级资金执行率', 'trC', 'teC', 'tbC');
  d.rate('trT', '合计执行率', 'trT', 'tex', 'tbt');
  d.eq('nbt', '正文预算 = 表', 'nbt', 'tbt');
  d.eq('nex', '正文执行 = 表', 'nex', 'tex');
  d.rate('nr', '正文执行率 = 执行 ÷ 预算', 'nr', 'nex', 'nbt');
  d.sum('use', '执行数 = 培训补贴 + 生活费补贴 + 鉴定补贴', 'nex', ['px', 'sh', 'jd']);
  d.rate('wc', '培训人次完成率 = 实际 ÷ 目标', 'wcR', 'act', 'tgt', 'completion');
  d.rate('cert', '取证率 = 取证人数 ÷ 培训人次', 'certR', 'cert', 'act', 'rate');
  d.rate('job', '就业率 = 就业人数 ÷ 培训人次', 'jobR', 'job', 'act', 'rate');
  d.round('avg', '人均培训补贴 = 培训补贴 ÷ 培训人次', 'avg', 'px * 10000 / act', 'per_head');
  d.eq('xa', '指标表实际培训人次 = 正文', 'xAct', 'act');
  d.eq('xc', '指标表取证率 = 正文', 'xCert', 'certR');
  d.eq('xj', '指标表就业率 = 正文', 'xJob', 'jobR');
  d.eq('xt', '指标表目标人次 = 正文', 'xTgt', 'tgt');
  d.grade('grade', '等级与总分相符', 'total', 'g');
  d.bad('total', '81.20', 'grade');
  const m = (id, v) => d.M(id, v, true);
  return [
    TITLE('棠梨市2023年职业技能提升培训项目绩效自评报告'),
    SUB('棠梨市人力资源和社会保障局　2024年3月28日'),
    H(1, '一、项目基本情况'),
    Pa('为缓解企业技能人才短缺、提升劳动者就业能力，市人社局统筹省级就业补助资金和市级配套资金，面向城乡劳动者、农民工、高校毕业生和失业人员开展职业技能提升培训，培训工种以电工、焊工、养老护理员、电子商务师、中式烹调师为主。'),
    Pa(`年度绩效目标：完成补贴性职业技能培训${d.f('tgt', '6,000')}人次，培训合格取证率不低于75%，培训后6个月内就业率不低于55%，受训人员满意度不低于90%。`),
    H(1, '二、资金情况'),
    Pa(`2023年项目预算${m('nbt', bt)}万元，全年执行${m('nex', ex)}万元，执行率${d.D('nr', pct(ex, bt), 2)}%。分来源执行情况如下表。`),
    T([
      ['资金来源', '全年预算（万元）', '执行数（万元）', '执行率'],
      ['省级就业补助资金', d.M('tbS', bS), d.M('teS', eS), d.D('trS', pct(eS, bS), 2) + '%'],
      ['市级配套资金', d.M('tbC', bC), d.M('teC', eC), d.D('trC', pct(eC, bC), 2) + '%'],
      ['合计', m('tbt', bt), m('tex', ex), d.D('trT', pct(ex, bt), 2) + '%'],
    ], { caption: '表1　资金来源及执行情况' }),
    Pa(`资金全部用于对培训机构和个人的补贴：职业培训补贴${m('px', pxbt)}万元，培训期间生活费补贴${d.M('sh', shbt)}万元，职业技能鉴定（评价）补贴${d.M('jd', jdbt)}万元。未执行部分主要是市级配套资金中12月开班的3个班次尚未结业，补贴待结业考核后拨付。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`全年开展补贴性职业技能培训${d.f('act', '6,482')}人次，完成年度目标的${d.D('wcR', pct(act, tgt), 2)}%。其中取得职业资格证书或职业技能等级证书${d.f('cert', '5,133')}人，取证率${d.D('certR', pct(cert, act), 2)}%；培训后6个月内实现就业或创业${d.f('job', '3,870')}人，就业率${d.D('jobR', pct(job, act), 2)}%。按培训人次计算，人均职业培训补贴${d.D('avg', rnd(pxbt * 10000n, BigInt(act) * 100n, 2), 2, true)}元。`),
    Pa('全市新增高技能人才约1,200人，技能人才总量突破11万人。'),
    T([
      ['指标类型', '指标名称', '年度目标', '实际完成'],
      ['数量指标', '补贴性职业技能培训人次', d.f('xTgt', '6,000') + '人次', d.f('xAct', '6,482') + '人次'],
      ['质量指标', '培训合格取证率', '≥75%', d.D('xCert', pct(cert, act), 2) + '%'],
      ['效益指标', '培训后6个月内就业率', '≥55%', d.D('xJob', pct(job, act), 2) + '%'],
      ['满意度指标', '受训人员满意度', '≥90%', '94.6%'],
    ], { caption: '表2　主要绩效指标完成情况' }),
    H(1, '四、自评结论'),
    Pa(`根据《棠梨市市级项目支出绩效自评操作指引》，对照预算执行、产出、效益、满意度四类指标逐项评分，本项目自评综合得分${d.D('total', total, 2)}分，评价等级为“${d.word('g', '优')}”。扣分原因为部分班次结业滞后导致预算执行率偏低，以及个别培训机构就业跟踪服务不到位。`),
    H(1, '五、存在问题及改进措施'),
    Pa('一是培训工种与本地重点产业的匹配度还不够高，新能源汽车维修、工业机器人运维等紧缺工种开班较少；二是个别培训机构存在重培训、轻就业的情况。'),
    Pa('下一步，我局将每年发布紧缺职业（工种）目录，按目录实行差异化补贴标准；将培训后就业率纳入培训机构年度考核，对连续两年就业率低于50%的机构暂停补贴性培训资格。'),
  ];
});

// ── 08 部门整体支出 · docx · 市文化旅游广电局 ──
report(8, 'wenlv-bumen', 'docx', '部门整体支出', '青崖市文化旅游广电局2023年度部门整体支出绩效自评报告', { creator: '青崖市文化旅游广电局计划财务科' }, (d) => {
  const bz = 96, zz = 91;
  const srA = W('5906.12'), srB = W('312.28');
  const bt = W('6312.50');
  const jb = W('2236.15');
  const pj = [W('1426.30'), W('1108.45'), W('612.80')], pjR = W('721.27');
  const xm = sum(pj) + pjR, ex = jb + xm;
  assert(fmt(ex) === '6104.97', 'r08 ex');
  const sg = { l: [W('3.02'), W('12.34')], b: [W('3.50'), W('13.00')], a: [W('2.16'), W('10.32')] };
  const sgT = { l: sum(sg.l), b: sum(sg.b), a: sum(sg.a) };
  const sxT = 300, sxA = 312;
  const dims = [['运行成本', '三公经费控制率、公用经费控制率', '15', '14.20', '公用经费略超年初预算'],
    ['管理效率', '预算执行率、结转结余率、政府采购执行率、资产管理规范性', '20', '18.50', '年末结转偏多'],
    ['履职效能', '重点工作完成率、送文化下乡场次、文物安全巡查覆盖率', '30', '28.60', '1项省级考核指标未达标'],
    ['社会效应', '公共文化设施免费开放、旅游接待人次增长', '15', '14.00', '乡镇综合文化站利用率不高'],
    ['可持续发展能力', '人才队伍建设、制度建设', '10', '9.00', '专业技术人员缺口较大'],
    ['服务对象满意度', '群众对公共文化服务满意度', '10', '9.30', '']];
  const wT = sum(dims.map((x) => S(x[2]))), sT = sum(dims.map((x) => S(x[3])));
  assert(fmt(sT) === '93.60' && fmt(wT) === '100.00', 'r08 dims');
  d.rate('ctl', '在职人员控制率', 'ctlR', 'zz', 'bz', 'control_rate');
  d.sum('sr', '收入 = 财政拨款 + 事业收入', 'srT', ['srA', 'srB']);
  d.sum('ex', '支出 = 基本支出 + 项目支出', 'ex', ['jb', 'xm']);
  d.sum('xm', '项目支出 = 三个重点项目 + 其余项目', 'xm', ['pj1', 'pj2', 'pj3', 'pjR']);
  d.sum('npj', '项目个数 = 重点 + 其余', 'npj', ['nBig', 'nRest'], 'count');
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  for (const c of ['l', 'b', 'a']) d.sum(`sg_${c}`, `三公经费表“${{ l: '2022年决算', b: '2023年预算', a: '2023年决算' }[c]}”合计`, `sgT_${c}`, [`sg_${c}0`, `sg_${c}1`], 'table_sum');
  d.eq('sgN', '正文三公经费 = 表', 'sgN', 'sgT_a');
  d.rel('sgD', 'yoy_abs', '三公经费较上年减少额', 'sgD', 'sgT_l - sgN');
  d.rate('sgP', '三公经费同比下降率', 'sgP', 'sgT_l - sgN', 'sgT_l', 'yoy');
  d.rate('jdP', '公务接待费同比下降率', 'jdP', 'sg_l0 - sg_a0', 'sg_l0', 'yoy');
  d.rel('sgB', 'balance', '三公经费比预算节约', 'sgSave', 'sgT_b - sgN');
  d.rate('sx', '送戏下乡完成率', 'sxR', 'sxA', 'sxT', 'completion');
  d.sum('dw', '评分表分值合计', 'dwT', dims.map((_, i) => `dw${i}`), 'weights');
  d.rel('dw100', 'weights', '分值合计为100', 'dwT', '100');
  d.sum('ds', '评分表得分合计', 'dsT', dims.map((_, i) => `ds${i}`), 'score_total');
  d.eq('nsc', '正文总分 = 评分表', 'nsc', 'dsT');
  d.grade('grade', '等级与总分相符', 'nsc', 'g');
  d.bad('sgP', '13.75', 'sgP');
  return [
    TITLE('青崖市文化旅游广电局2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门概况'),
    Pa(`我局内设办公室、计划财务科、公共服务科、文物科、产业发展科、市场管理科、广播电视科、政策法规科共8个科室，下属市图书馆、市文化馆、市博物馆、市文物保护中心4个事业单位。全局（含下属单位）编制${d.N('bz', bz)}名，实有在职人员${d.N('zz', zz)}人，在职人员控制率${d.D('ctlR', pct(zz, bz), 2)}%。`),
    H(1, '二、部门收支情况'),
    Pa(`2023年部门收入${d.M('srT', srA + srB, true)}万元，其中财政拨款收入${d.M('srA', srA, true)}万元、事业收入${d.M('srB', srB)}万元（主要为博物馆文创产品销售及场地服务收入）。`),
    Pa(`全年预算${d.M('bt', bt, true)}万元，实际支出${d.M('ex', ex, true)}万元，预算执行率${d.D('rate', pct(ex, bt), 2)}%，结转结余${d.M('bal', bt - ex)}万元。支出中基本支出${d.M('jb', jb, true)}万元，项目支出${d.M('xm', xm, true)}万元。`),
    Pa(`全年实施项目${d.N('npj', 14)}个，其中重点项目${d.N('nBig', 3)}个：公共文化服务体系建设${d.M('pj1', pj[0], true)}万元，文物保护利用${d.M('pj2', pj[1], true)}万元，全域旅游宣传推广${d.M('pj3', pj[2])}万元；其他${d.N('nRest', 11)}个项目共支出${d.M('pjR', pjR)}万元。`),
    Pa(`“三公”经费支出${d.M('sgN', sgT.a)}万元，比预算节约${d.M('sgSave', sgT.b - sgT.a)}万元，较2022年减少${d.M('sgD', sgT.l - sgT.a)}万元，同比下降${d.D('sgP', pct(sgT.l - sgT.a, sgT.l), 2)}%；其中公务接待费同比下降${d.D('jdP', pct(sg.l[0] - sg.a[0], sg.l[0]), 2)}%。明细见下表。`),
    T([
      ['项目', '2022年决算数', '2023年预算数', '2023年决算数'],
      ['公务接待费', d.M('sg_l0', sg.l[0]), d.M('sg_b0', sg.b[0]), d.M('sg_a0', sg.a[0])],
      ['公务用车运行维护费', d.M('sg_l1', sg.l[1]), d.M('sg_b1', sg.b[1]), d.M('sg_a1', sg.a[1])],
      ['合计', d.M('sgT_l', sgT.l), d.M('sgT_b', sgT.b), d.M('sgT_a', sgT.a)],
    ], { caption: '“三公”经费支出情况表（单位：万元）' }),
    H(1, '三、部门履职及绩效情况'),
    Pa(`（一）公共文化服务。组织“送戏下乡”${d.N('sxA', sxA)}场次，年度计划${d.N('sxT', sxT)}场次，完成率${d.D('sxR', pct(sxA, sxT), 2)}%；市图书馆全年接待读者约46万人次，市博物馆接待观众32.7万人次。`),
    Pa('（二）文物保护。完成2处省级文物保护单位修缮，全市不可移动文物安全巡查覆盖率100%，全年未发生文物安全事故。'),
    Pa('（三）旅游发展。全市接待游客2,316万人次，实现旅游收入约198亿元，分别比上年增长21%和17%。'),
    H(1, '四、自评结果'),
    Pa(`按照省财政厅部门整体支出绩效评价共性指标框架，从运行成本、管理效率、履职效能、社会效应、可持续发展能力、服务对象满意度六个维度自评，得分${d.D('nsc', sT, 2)}分，等级为“${d.word('g', '优')}”。`),
    T([
      ['评价维度', '主要指标', '分值', '得分', '扣分原因'],
      ...dims.map((x, i) => [x[0], x[1], d.N(`dw${i}`, x[2]), d.D(`ds${i}`, S(x[3]), 2), x[4] || '—']),
      ['合计', '', d.N('dwT', 100), d.D('dsT', sT, 2), ''],
    ], { caption: '部门整体支出绩效自评表' }),
    H(1, '五、存在的问题及改进措施'),
    Pa('一是年末结转偏多，部分文物修缮项目因审批程序较长，资金支付滞后；二是乡镇综合文化站设施利用率不高，“重建设、轻运营”问题仍然存在；三是专业技术人才缺口较大，文博、非遗保护等领域后继乏人。'),
    Pa('下一步，我局将对文物修缮项目实行“提前一年储备、当年开工”；推行乡镇文化站社会化运营试点；通过公开招聘、柔性引才等方式，三年内补充文博专业人员10名以上。'),
  ];
});

// ── 09 部门整体支出 · md · 市卫生健康委员会 ──
report(9, 'weijian-bumen', 'md', '部门整体支出', '杉原市卫生健康委员会2023年度部门整体支出绩效自评报告', { h: 'mixed', title: 'bold' }, (d) => {
  const b0 = W('12486.30'), zj = W('2318.64'), tj = W('426.00');
  const bt = b0 + zj - tj;
  const jb = W('3012.40');
  const xmL = [W('6842.30'), W('1135.60'), W('2408.72'), W('703.55')];
  const xm = sum(xmL), ex = jb + xm;
  assert(fmt(bt) === '14378.94' && fmt(ex) === '14102.57', 'r09');
  const lastXm = W('10214.05');
  const pop = S('128.6', 1); // 万人
  const nFz = 8716;
  const sgB = W('12.00'), sgA = W('9.86');
  const sc = [['投入', '18.60', '20'], ['过程', '27.75', '30'], ['产出', '28.40', '30'], ['效益', '17.60', '20']];
  const sT = sum(sc.map((x) => S(x[1])));
  d.rel('adj', 'adjust', '全年预算 = 年初 + 追加 − 调减', 'bt', 'b0 + zj - tj');
  d.sum('ex', '支出 = 基本 + 项目', 'ex', ['jb', 'xm']);
  d.sum('xm', '项目支出 = 四类项目之和', 'xm', ['x1', 'x2', 'x3', 'x4']);
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.rate('yoy', '项目支出同比增长', 'yoyR', 'xm - lastXm', 'lastXm', 'yoy');
  d.round('gw', '人均基本公卫经费 = 基本公卫支出 ÷ 常住人口', 'gwAvg', 'x1 / pop', 'per_head');
  d.round('fz', '计生扶助人均 = 扶助资金 ÷ 扶助对象', 'fzAvg', 'x4 * 10000 / nFz', 'per_head');
  d.rel('sg', 'balance', '三公经费节约 = 预算 − 支出', 'sgSave', 'sgB - sgA');
  d.sum('sT', '自评总分 = 四类指标得分之和', 'sT', sc.map((_, i) => `s${i}`), 'score_total');
  d.rel('wT', 'weights', '四类指标满分之和为100', sc.map((_, i) => `w${i}`).join(' + '), '100');
  d.grade('grade', '等级与总分相符', 'sT', 'g');
  d.bad('zj', '2,381.64', 'adj');
  return [
    TITLE('杉原市卫生健康委员会2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    Pa('市卫生健康委员会是市政府工作部门，主要负责拟订全市卫生健康事业发展规划，统筹医疗卫生资源配置，组织实施基本公共卫生服务、疾病预防控制、妇幼健康、老龄健康和计划生育服务管理等工作。本部门预算由委机关和市疾病预防控制中心、市卫生健康综合监督执法支队、市120急救指挥中心等6个所属单位预算组成。'),
    H(1, '二、部门预算执行情况'),
    H(2, '（一）预算安排与调整'),
    Pa(`市本级年初预算安排我委${d.M('b0', b0, true)}万元。`),
    Pa(`年度执行中，市财政追加了基本公共卫生服务补助、疫苗冷链设备购置等资金${d.M('zj', zj, true)}万元。`),
    Pa(`同时，因食品安全标准与监测评估职能划转市市场监管局，相应调减预算${d.M('tj', tj)}万元。经上述调整，全年预算为${d.M('bt', bt, true)}万元。`),
    H(2, '（二）预算执行'),
    Pa(`全年实际支出${d.M('ex', ex, true)}万元，预算执行率为${d.D('rate', pct(ex, bt), 2)}%，年末结转结余${d.M('bal', bt - ex)}万元。其中，基本支出${d.M('jb', jb, true)}万元，用于保障机关和所属单位正常运转；项目支出${d.M('xm', xm, true)}万元，比上年的${d.M('lastXm', lastXm, true)}万元增长${d.D('yoyR', pct(xm - lastXm, lastXm), 2)}%。`),
    Pa(`项目支出按用途分为四块：①基本公共卫生服务${d.M('x1', xmL[0], true)}万元；②重大传染病防控${d.M('x2', xmL[1], true)}万元；③医疗卫生机构能力建设${d.M('x3', xmL[2], true)}万元；④计划生育家庭奖励扶助${d.M('x4', xmL[3])}万元。`),
    Pa(`“三公”经费年初预算${d.M('sgB', sgB)}万元，实际支出${d.M('sgA', sgA)}万元，节约${d.M('sgSave', sgB - sgA)}万元。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`基本公共卫生服务方面，按全市常住人口${d.D('pop', pop, 1)}万人计算，市本级安排的基本公卫经费人均${d.D('gwAvg', rnd(xmL[0], pop * 10n, 2), 2)}元（国家规定的人均财政补助标准为89元，其余部分由中央和省级资金直接下达至县区）。65岁及以上老年人健康管理率72.4%，高血压、糖尿病患者规范管理率分别为66.8%和65.1%，重点人群家庭医生签约率78.6%，均达到年度目标。`),
    Pa(`计划生育家庭奖励扶助惠及${d.f('nFz', '8,716')}人，人均发放${d.D('fzAvg', rnd(xmL[3] * 10000n, BigInt(nFz) * 100n, 2), 2)}元，全部通过“一卡通”按时足额发放。`),
    Pa('医疗服务能力方面，完成市中心血站业务用房改造，新增负压救护车4辆，县域内就诊率提高到90.3%。'),
    H(1, '四、自评得分'),
    Pa(`按市财政局部门整体支出评价指标体系，我委自评总分${d.D('sT', sT, 2)}分，评价等级“${d.word('g', '优')}”。其中：${sc.map((x, i) => `${x[0]}类指标得分${d.D(`s${i}`, S(x[1]), 2)}分（满分${d.N(`w${i}`, x[2])}分）`).join('，')}。`),
    H(1, '五、存在的问题及整改措施'),
    Pa('（一）预算年中调整幅度偏大。追加资金主要集中在下半年，给项目实施和资金支付带来压力。整改措施：加强与上级业务部门的沟通，对可预见的补助资金提前做好项目储备。'),
    Pa('（二）个别项目绩效目标不够细化。如医疗卫生机构能力建设项目仅设置了设备数量指标，未设置使用效益指标。整改措施：2025年起新增项目一律设置效益类指标。'),
  ];
});

// ── 10 转移支付 · md · 县农业农村局 高标准农田建设补助资金 ──
report(10, 'gaobiaozhun-nongtian', 'md', '转移支付/专项资金', '桤木县2023年高标准农田建设补助资金绩效自评报告', { h: 'hash' }, (d) => {
  const zy = W('4160.00'), sj = W('896.00'), xj = W('384.00');
  const xd = zy + sj + xj;
  const areaT = S('3.2', 1), areaA = S('3.26', 2); // 万亩
  const jsT = S('0.8', 1), jsA = S('0.74', 2);
  const pian = [['北岗片', 7200, '1186.40'], ['河湾片', 8400, '1372.56'], ['东冲片', 5600, '915.04'], ['柳塘片', 6100, '986.88'], ['石岭片', 5300, '835.30']];
  const mu = pian.reduce((a, x) => a + x[1], 0);
  const ex = sum(pian.map((x) => W(x[2])));
  assert(mu === 32600 && fmt(ex) === '5296.18', 'r10');
  const muPlan = rnd(xd * 10000n, areaT * 1000n * 100n, 2); // 元/亩（按任务面积）
  assert(fmt(muPlan) === '1700.00', 'r10 mu ' + fmt(muPlan));
  const muAct = rnd(ex * 10000n, BigInt(mu) * 100n, 2);
  const lastA = S('2.85', 2);
  d.sum('xd', '下达资金 = 中央 + 省级 + 县级', 'xd', ['zy', 'sj', 'xj']);
  d.round('muP', '亩均财政投入（按任务面积）= 资金 ÷ 任务面积', 'muPlan', 'xd * 10000 / (areaT * 10000)', 'unit_cost');
  d.rate('area', '建设面积完成率 = 实际 ÷ 任务', 'areaR', 'areaA', 'areaT', 'completion');
  d.rate('js', '高效节水灌溉完成率', 'jsR', 'jsA', 'jsT', 'completion');
  d.sum('mu', '各片区面积之和', 'mu', pian.map((_, i) => `m${i}`), 'sum');
  d.round('mu2', '片区合计（亩）折合万亩 = 正文实际建设面积', 'areaA', 'mu / 10000', 'unit_restate');
  d.sum('ex', '支出 = 各片区投资之和', 'ex', pian.map((_, i) => `e${i}`));
  d.rate('rate', '执行率 = 支出 ÷ 下达', 'rate', 'ex', 'xd');
  d.rel('bal', 'balance', '结余 = 下达 − 支出', 'bal', 'xd - ex');
  d.round('muA', '亩均实际投资 = 支出 ÷ 实际面积（亩）', 'muAct', 'ex * 10000 / mu', 'unit_cost');
  d.rate('yoy', '建设面积同比增长', 'yoyR', 'areaA - lastA', 'lastA', 'yoy');
  d.count('n', '片区个数 = 逐项列出的片区数', 'nP', pian.map((_, i) => `m${i}`));
  d.bad('areaR', '110.88', 'area');
  return [
    TITLE('桤木县2023年高标准农田建设补助资金绩效自评报告'),
    Pa('报送单位：桤木县农业农村局'),
    H(1, '一、项目和资金概况'),
    Pa(`2023年省农业农村厅下达我县高标准农田建设任务${d.D('areaT', areaT, 1)}万亩，其中同步发展高效节水灌溉${d.D('jsT', jsT, 1)}万亩。项目总投入${d.M('xd', xd, true)}万元，由中央财政补助${d.M('zy', zy, true)}万元、省级财政补助${d.M('sj', sj)}万元、县级财政配套${d.M('xj', xj)}万元构成，按任务面积计算，亩均财政投入${d.D('muPlan', muPlan, 2, true)}元。`),
    H(1, '二、资金使用情况'),
    Pa(`项目分${d.N('nP', pian.length)}个片区实施，当年累计完成投资${d.M('ex', ex, true)}万元，资金执行率${d.D('rate', pct(ex, xd), 2)}%，结余${d.M('bal', xd - ex)}万元为工程质保金，按合同于竣工验收满一年后支付。`),
    Pa(`各片区建设面积和完成投资如下：${pian.map((x, i) => `${x[0]}${d.f(`m${i}`, fmt(BigInt(x[1]), 0, true))}亩、${d.M(`e${i}`, W(x[2]), true)}万元`).join('；')}。五个片区合计建成${d.f('mu', fmt(BigInt(mu), 0, true))}亩，亩均实际投资${d.D('muAct', muAct, 2, true)}元。`),
    H(1, '三、绩效目标完成情况'),
    H(2, '（一）产出指标'),
    Pa(`实际建成高标准农田${d.D('areaA', areaA, 2)}万亩，任务完成率${d.D('areaR', pct(areaA, areaT * 10n), 2)}%；其中高效节水灌溉${d.D('jsA', jsA, 2)}万亩，完成率${d.D('jsR', pct(jsA, jsT * 10n), 2)}%，未完成部分为河湾片喷灌工程，因电力配套滞后调整为管道灌溉。上年全县建成${d.D('lastA', lastA, 2)}万亩，本年建设面积同比增长${d.D('yoyR', pct(areaA - lastA, lastA), 2)}%。`),
    Pa('新建和改造灌排渠道126公里、机耕道98公里，工程质量经县级初验全部合格。'),
    H(2, '（二）效益指标'),
    Pa('项目区耕地质量平均提升约0.5个等级，预计新增粮食产能1,500万斤以上，亩均节本增效约180元；项目区农田灌溉水有效利用系数由0.52提高到0.58。'),
    H(2, '（三）满意度指标'),
    Pa('项目区群众满意度调查结果为93%，高于90%的目标值。'),
    H(1, '四、主要问题'),
    Pa('一是部分片区前期设计对电力配套考虑不足，造成节水灌溉面积未达任务；二是已建工程管护经费来源不稳定，“重建轻管”问题仍然存在；三是县级配套资金到位时间偏晚，影响了二季度工程进度。'),
    H(1, '五、改进建议'),
    Pa('在项目初步设计阶段增加电力、水源条件论证；按照每亩每年不低于8元的标准落实管护经费，由村集体经济组织负责日常管护；争取县级配套资金在一季度前足额到位。'),
  ];
});

// ── 11 项目支出 · txt · 中学 学生食堂提质改造 ──
report(11, 'xuexiao-shitang', 'txt', '项目支出', '岚桥市第三中学2023年学生食堂提质改造项目绩效自评报告', { table: 'tab' }, (d) => {
  const zx = W('300.00'), zc = W('68.40'), bt = zx + zc;
  const tj = W('198.60'), cj = W('121.35'), xf = W('33.01');
  const ex = tj + cj + xf;
  const stu = 2186;
  const cgB = W('130.00');
  const qS = 600, qSok = 561, qP = 300, qPok = 276;
  const areaT = 1800, areaA = 1850;
  const rate = pct(ex, bt);
  const es = rnd(rate * 10n, 10000n, 2);
  const satS = pct(qSok, qS), satP = pct(qPok, qP);
  const sStu = rnd(500n * satS, 95n * 100n * 100n, 2); // 5 × 93.50 / 95
  const rows = [
    ['预算执行', '预算执行率', '预算执行率', '100%', null, 10, es],
    ['产出指标', '数量指标', '食堂改造面积', '1800平方米', null, 15, W('15')],
    ['产出指标', '数量指标', '就餐座位总数', '1200个', '1260个', 10, W('10')],
    ['产出指标', '质量指标', '食品安全量化等级', 'A级', 'A级', 10, W('10')],
    ['产出指标', '时效指标', '投入使用时间', '2023年8月25日前', '2023年9月3日', 10, W('8')],
    ['产出指标', '成本指标', '改造总成本', '≤380万元', null, 5, W('5')],
    ['效益指标', '社会效益指标', '学生就餐平均排队时间', '≤10分钟', '8分钟', 15, W('15')],
    ['效益指标', '可持续影响指标', '“明厨亮灶”覆盖率', '100%', '100%', 15, W('15')],
    ['满意度指标', '服务对象满意度', '学生满意度', '≥95%', null, 5, sStu],
    ['满意度指标', '服务对象满意度', '家长满意度', '≥90%', null, 5, W('5')],
  ];
  const total = sum(rows.map((r) => r[6]));
  assert(fmt(total) === '97.50', 'r11 total ' + fmt(total));
  d.sum('bt', '预算 = 市级专项 + 学校自筹', 'bt', ['zx', 'zc']);
  d.sum('ex', '支出 = 土建 + 厨具设备 + 消防排烟', 'ex', ['tj', 'cj', 'xf']);
  d.rel('bal', 'balance', '结余 = 预算 − 支出', 'bal', 'bt - ex');
  d.rate('rate', '执行率 = 支出 ÷ 预算', 'rate', 'ex', 'bt');
  d.round('sj', '生均投入 = 支出 ÷ 就餐学生', 'sj', 'ex * 10000 / stu', 'per_head');
  d.eq('cg', '中标金额 = 厨具设备支出', 'cgA', 'cj');
  d.rel('cgS', 'balance', '采购节约 = 采购预算 − 中标金额', 'cgS', 'cgB - cgA');
  d.rate('cgR', '节约率 = 节约 ÷ 采购预算', 'cgR', 'cgS', 'cgB', 'rate');
  d.rate('area', '改造面积完成率', 'areaR', 'areaA', 'areaT', 'completion');
  d.rate('satS', '学生满意度 = 满意 ÷ 问卷', 'satS', 'qSok', 'qS', 'satisfaction');
  d.rate('satP', '家长满意度 = 满意 ÷ 问卷', 'satP', 'qPok', 'qP', 'satisfaction');
  d.eq('t0', '评分表执行率 = 正文', 'x0', 'rate');
  d.round('tes', '预算执行率得分 = 执行率 × 分值', 's0', 'x0 * w0 / 100', 'exec_score');
  d.eq('t1', '评分表改造面积 = 正文', 'x1', 'areaA');
  d.eq('t5', '评分表改造成本 = 正文支出', 'x5', 'ex');
  d.eq('t8', '评分表学生满意度 = 正文', 'x8', 'satS');
  d.round('s8', '学生满意度按比例得分', 's8', 'w8 * x8 / 95', 'score_rule');
  d.eq('t9', '评分表家长满意度 = 正文', 'x9', 'satP');
  d.sum('st', '总分 = 各项得分之和', 'sT', rows.map((_, i) => `s${i}`), 'score_total');
  d.sum('wt', '分值合计 = 各项分值之和', 'wT', rows.map((_, i) => `w${i}`), 'weights');
  d.rel('w100', 'weights', '分值合计为100', 'wT', '100');
  d.eq('nT', '正文总分 = 表', 'nT', 'sT');
  d.grade('grade', '等级与总分相符', 'nT', 'g');
  d.rel('ded4', 'score_total', '时效指标扣分 = 分值 − 得分', 'ded4', 'w4 - s4');
  d.bad('bal', '51.44', 'bal');
  const actual = { 0: d.D('x0', rate, 2) + '%', 1: d.N('x1', areaA) + '平方米', 5: d.M('x5', ex) + '万元', 8: d.D('x8', satS, 2) + '%', 9: d.D('x9', satP, 2) + '%' };
  const sfmt = (i, v) => d.f(`s${i}`, v % 100n === 0n ? String(v / 100n) : fmt(v));
  const trows = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  rows.forEach((r, i) => trows.push([r[0], r[1], r[2], r[3], r[4] ?? actual[i], d.N(`w${i}`, r[5]), sfmt(i, r[6])]));
  trows.push(['合计', '', '', '', '', d.N('wT', 100), d.D('sT', total, 2)]);
  return [
    TITLE('岚桥市第三中学2023年学生食堂提质改造项目绩效自评报告'),
    H(1, '一、项目概况'),
    Pa(`我校现有教学班48个，学生2,530人，其中在校就餐学生${d.f('stu', '2,186')}人。原学生食堂建于2004年，就餐面积小、排烟设施老化，高峰时段排队时间超过20分钟。经市教育局批准，2023年暑期对食堂实施提质改造，计划改造面积${d.f('areaT', '1,800')}平方米。`),
    H(1, '二、项目资金情况'),
    Pa(`（一）资金来源。项目预算${d.M('bt', bt)}万元，其中市级教育专项资金${d.M('zx', zx)}万元，学校事业收入安排${d.M('zc', zc)}万元。`),
    Pa(`（二）资金支出。项目实际支出${d.M('ex', ex)}万元，其中土建及装修工程${d.M('tj', tj)}万元，厨房设备采购${d.M('cj', cj)}万元，消防及排烟系统改造${d.M('xf', xf)}万元。项目预算执行率${d.D('rate', rate, 2)}%，按就餐学生人数计算，生均投入${d.D('sj', rnd(ex * 10000n, BigInt(stu) * 100n, 2), 2, true)}元。`),
    Pa(`（三）资金结余。项目结余资金${d.M('bal', bt - ex)}万元，主要为设备采购节约资金和工程审减金额，已按规定上缴市级财政和统筹用于学校公用经费。`),
    Pa(`（四）政府采购。厨房设备采购预算${d.M('cgB', cgB)}万元，经公开招标，中标金额${d.M('cgA', cj)}万元，节约${d.M('cgS', cgB - cj)}万元，节约率${d.D('cgR', pct(cgB - cj, cgB), 2)}%。`),
    H(1, '三、项目绩效情况'),
    Pa(`1.产出。实际改造面积${d.f('areaA', '1,850')}平方米，完成计划的${d.D('areaR', pct(areaA, areaT), 2)}%；新增就餐座位60个，总座位达到1,260个。食堂食品安全量化等级评定为A级。受消防验收时间影响，食堂于2023年9月3日投入使用，比计划晚9天，开学第一周学生在临时就餐点就餐。`),
    Pa('2.效益。改造后学生就餐平均排队时间缩短至8分钟左右，后厨实现“明厨亮灶”全覆盖，家长可通过手机实时查看后厨操作。'),
    Pa(`3.满意度。学校向学生发放问卷${d.N('qS', qS)}份，回答“满意”的${d.N('qSok', qSok)}份，学生满意度${d.D('satS', satS, 2)}%；向家长发放问卷${d.N('qP', qP)}份，回答“满意”的${d.N('qPok', qPok)}份，家长满意度${d.D('satP', satP, 2)}%。学生对菜品口味的意见较多，学生满意度未达到95%的目标。`),
    H(1, '四、自评结果'),
    Pa(`本项目自评得分${d.D('nT', total, 2)}分，等级为“${d.word('g', '优')}”。投入使用时间延后9天，时效指标扣${d.N('ded4', 2)}分；学生满意度未达标，按比例扣分。自评表如下：`),
    T(trows),
    H(1, '五、问题与改进'),
    Pa('1.项目工期安排过紧，消防验收未留出足够时间。今后暑期工程须在6月底前完成招标，7月初进场。'),
    Pa('2.菜品种类偏少，学生满意度不高。学校将成立学生膳食委员会，每月征集一次菜品意见，每学期更新一次菜单。'),
  ];
});

// ── 12 部门整体支出 · txt · 市生态环境局 ──
report(12, 'shengtai-huanjing-bumen', 'txt', '部门整体支出', '槐原市生态环境局2023年度部门整体支出绩效自评报告', { indent: '　　', hIndent: true }, (d) => {
  const bzL = [38, 46, 58], bz = bzL.reduce((a, b) => a + b), zz = 136;
  const b0 = W('4926.80'), zj = W('1023.48'), tj = W('214.00');
  const bt = b0 + zj - tj;
  const ry = W('2401.20'), gy = W('462.35'), jb = ry + gy;
  const xmL = [W('1208.40'), W('836.72'), W('312.50'), W('353.74')];
  const xm = sum(xmL), ex = jb + xm;
  assert(fmt(bt) === '5736.28' && fmt(ex) === '5574.91', 'r12');
  const pmL = S('33.2', 1), pmA = S('31.4', 1);
  const yl = 318, days = 365, dm = 14, dmOk = 12;
  const sgL = W('6.90'), sgA = W('5.63');
  const rate = pct(ex, bt);
  d.sum('bz', '编制 = 机关 + 监测站 + 分局', 'bz', ['bz0', 'bz1', 'bz2'], 'count');
  d.rate('ctl', '在职人员控制率', 'ctlR', 'zz', 'bz', 'control_rate');
  d.rel('adj', 'adjust', '全年预算 = 年初 + 追加 − 调减', 'bt', 'b0 + zj - tj');
  d.sum('ex', '支出 = 基本 + 项目', 'ex', ['jb', 'xm']);
  d.sum('jb', '基本支出 = 人员经费 + 公用经费', 'jb', ['ry', 'gy']);
  d.sum('xm', '项目支出 = 四类之和', 'xm', ['x1', 'x2', 'x3', 'x4']);
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.rate('pm', 'PM2.5浓度同比下降率', 'pmR', 'pmL - pmA', 'pmL', 'yoy');
  d.rate('yl', '优良天数比率 = 优良天数 ÷ 全年天数', 'ylR', 'yl', 'days', 'rate');
  d.rate('dm', '断面优良比例', 'dmR', 'dmOk', 'dm', 'share');
  d.rate('sg', '三公经费同比下降率', 'sgR', 'sgL - sgA', 'sgL', 'yoy');
  d.eq('xjEx', '小结支出 = 正文支出', 'xjEx', 'ex', 'restate');
  d.eq('xjR', '小结执行率 = 正文执行率', 'xjR', 'rate', 'restate');
  d.eq('xjYl', '小结优良天数 = 正文', 'xjYl', 'yl', 'restate');
  d.bad('xjEx', '5,547.91', 'xjEx');
  return [
    TITLE('槐原市生态环境局2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门（单位）基本情况'),
    H(2, '（一）机构设置'),
    Pa('市生态环境局为市政府工作部门，实行“市局—县（市、区）分局”垂直管理体制。机关内设10个科室，下设市生态环境监测站和6个县（市、区）分局。'),
    H(2, '（二）人员编制'),
    Pa(`全系统核定编制${d.N('bz', bz)}名（机关${d.N('bz0', bzL[0])}名、监测站${d.N('bz1', bzL[1])}名、各分局合计${d.N('bz2', bzL[2])}名），年末在职${d.N('zz', zz)}人，在职人员控制率${d.D('ctlR', pct(zz, bz), 2)}%。`),
    H(1, '二、一般公共预算支出情况'),
    Pa(`年初预算数为${d.M('b0', b0, true)}万元。年中追加中央大气污染防治资金、省级生态环境监测能力建设资金${d.M('zj', zj, true)}万元，同时收回年初安排但无法实施的农村环境整治试点资金${d.M('tj', tj)}万元，全年预算调整为${d.M('bt', bt, true)}万元。`),
    Pa(`全年支出${d.M('ex', ex, true)}万元，执行率${d.D('rate', rate, 2)}%，结转下年${d.M('bal', bt - ex)}万元，支出总额较上年（5,210.66万元）有所增加。按经济性质分：基本支出${d.M('jb', jb, true)}万元（人员经费${d.M('ry', ry, true)}万元，公用经费${d.M('gy', gy)}万元）；项目支出${d.M('xm', xm, true)}万元。`),
    Pa(`项目支出全年共实施23个项目，按领域归并为四类：大气污染防治${d.M('x1', xmL[0], true)}万元，水污染防治${d.M('x2', xmL[1])}万元，土壤污染防治${d.M('x3', xmL[2])}万元，生态环境监测能力建设${d.M('x4', xmL[3])}万元。`),
    Pa(`“三公”经费支出${d.M('sgA', sgA)}万元，上年为${d.M('sgL', sgL)}万元，同比下降${d.D('sgR', pct(sgL - sgA, sgL), 2)}%。`),
    H(1, '三、部门整体支出绩效情况'),
    Pa(`1.大气环境。全市PM2.5年均浓度${d.D('pmA', pmA, 1)}微克/立方米，上年为${d.D('pmL', pmL, 1)}微克/立方米，同比下降${d.D('pmR', pct(pmL - pmA, pmL), 2)}%；全年空气质量优良天数${d.N('yl', yl)}天，优良天数比率${d.D('ylR', pct(yl, days), 2)}%（按全年${d.N('days', days)}天计），完成省定86%的目标。`),
    Pa(`2.水环境。全市${d.N('dm', dm)}个国、省控断面中水质达到或优于Ⅲ类的${d.N('dmOk', dmOk)}个，优良比例${d.D('dmR', pct(dmOk, dm), 2)}%，县级以上集中式饮用水水源地水质达标率100%。`),
    Pa('3.土壤环境。受污染耕地安全利用率达到93%左右，重点建设用地安全利用得到有效保障。'),
    Pa('4.监管执法。全年办理环境行政处罚案件187件，罚没款约1,040万元；完成排污许可证核发和登记管理3,260家。'),
    H(1, '四、存在的问题及原因分析'),
    Pa('（一）项目前期准备不足。农村环境整治试点因选址与村庄规划冲突无法实施，预算被收回。原因是项目入库前未开展实地踏勘。'),
    Pa('（二）结转资金仍然偏多。年末追加的监测能力建设资金到位较晚，设备采购未能在年内完成。'),
    H(1, '五、改进措施'),
    Pa('（一）严格项目入库审核，未完成选址论证的项目不得列入年度预算；（二）对年末下达的资金提前启动采购程序，力争次年一季度支付完毕；（三）加强与市财政局的沟通，将结转资金规模纳入科室年度考核。'),
    H(1, '六、小结'),
    Pa(`综上，2023年我局全年支出${d.M('xjEx', ex, true)}万元，预算执行率${d.D('xjR', rate, 2)}%，空气质量优良天数达到${d.N('xjYl', yl)}天，PM2.5浓度、优良天数比率两项约束性指标全面完成，部门整体支出绩效良好。`),
  ];
});

// ── 13 转移支付 · docx · 县乡村振兴局 衔接推进乡村振兴补助资金 ──
report(13, 'xianjie-zijin', 'docx', '转移支付/专项资金', '竹屿县2023年中央和省级财政衔接推进乡村振兴补助资金绩效自评报告', { creator: '竹屿县乡村振兴局' }, (d) => {
  const zy = W('3826.00'), sj = W('1214.00'), xj = W('560.00');
  const xd = zy + sj + xj;
  const cats = [['产业发展', 42, '3528.00'], ['就业帮扶', 6, '412.60'], ['乡村基础设施建设', 31, '1206.80'], ['小额信贷贴息', 1, '268.45'], ['项目管理费', 1, '56.00']];
  const amt = cats.map((c) => W(c[2]));
  const ex = sum(amt), nP = cats.reduce((a, c) => a + c[1], 0);
  const sh = amt.map((a) => pct(a, ex));
  assert(sum(sh) === 10000n, 'r13 shares sum ' + sh.map((x) => fmt(x)));
  const loanN = 1872, loanW = W('9360.00');
  d.sum('xd', '下达 = 中央 + 省级 + 县级', 'xd', ['zy', 'sj', 'xj']);
  d.sum('tx', '表中资金合计 = 各类之和', 'tEx', cats.map((_, i) => `a${i}`), 'table_sum');
  d.sum('tn', '表中项目个数合计 = 各类之和', 'tN', cats.map((_, i) => `n${i}`), 'table_sum');
  cats.forEach((c, i) => d.rate(`sh${i}`, `表中${c[0]}占支出比例`, `p${i}`, `a${i}`, 'tEx', 'share'));
  d.sum('tp', '表中占比合计', 'tP', cats.map((_, i) => `p${i}`), 'table_sum');
  d.eq('nEx', '正文支出 = 表中合计', 'ex', 'tEx');
  d.eq('nN', '正文项目个数 = 表中合计', 'nP', 'tN');
  d.eq('nCy', '正文产业资金 = 表', 'cy', 'a0');
  d.rate('cyR', '产业发展资金占下达资金比例', 'cyR', 'cy', 'xd', 'share');
  d.rate('glR', '项目管理费占下达资金比例', 'glR', 'gl', 'xd', 'share');
  d.eq('nGl', '正文管理费 = 表', 'gl', 'a4');
  d.rate('rate', '执行率 = 支出 ÷ 下达', 'rate', 'ex', 'xd');
  d.rel('bal', 'balance', '结余 = 下达 − 支出', 'bal', 'xd - ex');
  d.round('loan', '户均小额信贷 = 贷款额 ÷ 户数', 'loanAvg', 'loanW / loanN', 'per_head');
  d.bad('cyR', '68.00', 'cyR');
  const trows = [['项目类别', '项目个数（个）', '支出金额（万元）', '占已支出资金比例']];
  cats.forEach((c, i) => trows.push([c[0], d.N(`n${i}`, c[1]), d.M(`a${i}`, amt[i], true), d.D(`p${i}`, sh[i], 2) + '%']));
  trows.push(['合计', d.N('tN', nP), d.M('tEx', ex, true), d.D('tP', sum(sh), 2) + '%']);
  return [
    TITLE('竹屿县2023年中央和省级财政衔接推进乡村振兴补助资金绩效自评报告'),
    H(1, '一、资金概况'),
    Pa(`2023年我县共获得衔接推进乡村振兴补助资金${d.M('xd', xd, true)}万元，其中中央资金${d.M('zy', zy, true)}万元，省级资金${d.M('sj', sj, true)}万元，县本级配套${d.M('xj', xj)}万元。资金全部纳入县级项目库管理，实行“县级统筹、乡镇实施、村级监督”。`),
    H(1, '二、资金使用情况'),
    Pa(`截至2023年12月31日，全县衔接资金共支出${d.M('ex', ex, true)}万元，支出进度${d.D('rate', pct(ex, xd), 2)}%，未支出${d.M('bal', xd - ex)}万元，为3个产业项目的验收尾款。全年共安排项目${d.N('nP', nP)}个，分类情况见表1。`),
    T(trows, { caption: '表1　2023年衔接资金项目分类支出情况' }),
    Pa(`资金投向符合政策要求。用于产业发展的资金${d.M('cy', amt[0], true)}万元，占下达资金总额的${d.D('cyR', pct(amt[0], xd), 2)}%，高于省定不低于60%的比例；项目管理费${d.M('gl', amt[4])}万元，占下达资金总额的${d.D('glR', pct(amt[4], xd), 2)}%，未突破1%的上限。`),
    H(1, '三、绩效目标完成情况'),
    Pa('（一）产业带动。新建和改扩建茶叶、中药材、肉牛等产业基地23个，培育带贫经营主体56家，带动脱贫户（含监测户）6,380户，户均增收1,200元左右。'),
    Pa(`（二）金融帮扶。全年向${d.f('loanN', '1,872')}户脱贫户和监测户发放脱贫人口小额信贷${d.M('loanW', loanW, true)}万元，户均${d.M('loanAvg', rnd(loanW, BigInt(loanN) * 100n, 2))}万元，贷款逾期率控制在1%以内。`),
    Pa('（三）基础设施。新建和硬化通组道路46公里，新建产业路、机耕道28公里，解决了19个村的生产运输难题。'),
    Pa('（四）满意度。抽样调查脱贫户300户，对帮扶措施表示满意的比例为95%以上。'),
    H(1, '四、存在的问题'),
    Pa('一是部分产业项目联农带农机制不够紧密，利益联结以务工和租金为主，分红比例偏低；二是个别项目前期论证不充分，建成后存在闲置风险；三是项目资产确权移交进度较慢。'),
    H(1, '五、下一步措施'),
    Pa('一是对新申报的产业项目，明确带贫经营主体的分红比例下限；二是建立项目建成后一年的跟踪评估制度；三是2024年6月底前完成2021年以来衔接资金形成资产的确权登记。'),
  ];
});

// ── 14 项目支出 · md · 区人民医院 医疗设备购置 ──
report(14, 'yiyuan-shebei', 'md', '项目支出', '云汀区人民医院2023年医疗设备购置项目支出绩效自评报告', { h: 'bold', title: 'bold' }, (d) => {
  const czbz = W('1150.00'), zy = W('430.00'), bt = czbz + zy;
  const ct = W('698.00'), cc = W('372.60'), sh = W('233.08'), qt = W('229.00');
  const ex = ct + cc + sh + qt;
  const nCt = 1, nCc = 3, nSh = 2, nQt = 46, nAll = nCt + nCc + nSh + nQt;
  const q = 500, qv = 486, qs = 449, e = 120, es = 114;
  const mzL = S('36.2', 1), mzA = S('41.5', 1);
  const wL = 5, wA = 2;
  const rate = pct(ex, bt);
  const execS = rnd(rate * 10n, 10000n, 1);
  const parts = [execS, S('48.6', 1), S('27.2', 1), S('9.0', 1)];
  const tot = sum(parts);
  assert(fmt(execS, 1) === '9.7' && fmt(tot, 1) === '94.5', 'r14 ' + fmt(tot, 1));
  d.sum('bt', '预算 = 区级补助 + 医院自有资金', 'bt', ['czbz', 'zy']);
  d.sum('ex', '支出 = 各类设备之和', 'ex', ['ct', 'cc', 'sh', 'qt']);
  d.sum('n', '设备台件数 = 各类之和', 'nAll', ['nCt', 'nCc', 'nSh', 'nQt'], 'count');
  d.rate('rate', '执行率 = 支出 ÷ 预算', 'rate', 'ex', 'bt');
  d.rel('save', 'balance', '节约资金 = 预算 − 支出', 'save', 'bt - ex');
  d.round('ccU', '彩超单价 = 彩超金额 ÷ 台数', 'ccU', 'cc / nCc', 'unit_cost');
  d.round('shU', '生化分析仪单价 = 金额 ÷ 台数', 'shU', 'sh / nSh', 'unit_cost');
  d.rate('satP', '患者满意度 = 满意 ÷ 有效问卷', 'satP', 'qs', 'qv', 'satisfaction');
  d.rate('satE', '医护人员满意度 = 满意 ÷ 问卷', 'satE', 'es', 'e', 'satisfaction');
  d.rate('mz', '门诊量同比增长', 'mzR', 'mzA - mzL', 'mzL', 'yoy');
  d.rel('wt', 'yoy_abs', '预约等待缩短天数', 'wD', 'wL - wA');
  d.rate('wtR', '预约等待缩短比例', 'wR', 'wL - wA', 'wL', 'rate');
  d.round('es', '预算执行率得分 = 执行率 × 10', 's0', 'rate * 10 / 100', 'exec_score');
  d.sum('st', '总分 = 四部分得分之和', 'sT', ['s0', 's1', 's2', 's3'], 'score_total');
  d.rel('s3', 'score_total', '满意度得分 = 满分 − 扣分', 's3', 'w3 - k3');
  d.grade('grade', '等级与总分相符', 'sT', 'g');
  d.bad('satP', '82.39', 'satP');
  return [
    TITLE('云汀区人民医院2023年医疗设备购置项目支出绩效自评报告'),
    H(1, '一、项目基本情况'),
    Pa('我院是云汀区唯一的二级甲等综合医院，开放床位520张。原有16排CT已使用超过10年，故障频繁，彩超、生化分析仪等设备数量不足，患者检查预约等待时间较长。为提升区域医疗服务能力，经区卫健局同意，2023年实施医疗设备购置项目。'),
    H(1, '二、资金投入及使用'),
    Pa(`项目预算${d.M('bt', bt, true)}万元，资金来源为区级财政补助${d.M('czbz', czbz, true)}万元和医院自有资金${d.M('zy', zy)}万元。`),
    Pa(`全部设备通过区公共资源交易中心公开招标采购，实际支出${d.M('ex', ex, true)}万元，预算执行率${d.D('rate', rate, 2)}%，节约资金${d.M('save', bt - ex)}万元。共购置设备${d.N('nAll', nAll)}台（件）：64排螺旋CT机${d.N('nCt', nCt)}台，${d.M('ct', ct)}万元；高端彩色多普勒超声诊断仪${d.N('nCc', nCc)}台，${d.M('cc', cc)}万元，单价${d.M('ccU', rnd(cc, BigInt(nCc) * 100n, 2))}万元；全自动生化分析仪${d.N('nSh', nSh)}台，${d.M('sh', sh)}万元，单价${d.M('shU', rnd(sh, BigInt(nSh) * 100n, 2))}万元；监护仪、输液泵等其他小型设备${d.N('nQt', nQt)}台（件），${d.M('qt', qt)}万元。`),
    H(1, '三、项目绩效'),
    Pa('（一）设备到位和使用。所有设备于2023年6月底前安装调试完毕并投入使用，设备完好率100%。新CT投入使用后至年底完成检查约8,400人次。'),
    Pa(`（二）服务能力。彩超和CT检查预约等待时间由平均${d.N('wL', wL)}天缩短到${d.N('wA', wA)}天，缩短${d.N('wD', wL - wA)}天，下降${d.D('wR', pct(wL - wA, wL, 0), 0)}%。全年门诊量${d.D('mzA', mzA, 1)}万人次，上年为${d.D('mzL', mzL, 1)}万人次，同比增长${d.D('mzR', pct(mzA - mzL, mzL), 2)}%，外转检查患者明显减少。`),
    Pa(`（三）满意度。我院在门诊和住院部向患者发放问卷${d.N('q', q)}份，其中有效问卷${d.N('qv', qv)}份，表示满意的${d.N('qs', qs)}份，患者满意度${d.D('satP', pct(qs, qv), 2)}%；对使用科室医护人员发放问卷${d.N('e', e)}份，满意${d.N('es', es)}份，满意度${d.D('satE', pct(es, e), 2)}%。`),
    H(1, '四、自评情况'),
    Pa(`经院内绩效评价小组评定，本项目自评得分${d.D('sT', tot, 1)}分，其中：预算执行率${d.D('s0', execS, 1)}分，产出指标${d.D('s1', parts[1], 1)}分，效益指标${d.D('s2', parts[2], 1)}分，满意度指标${d.D('s3', parts[3], 1)}分（满分${d.N('w3', 10)}分，患者满意度未达到95%的目标，扣${d.N('k3', 1)}分）。评价等级为“${d.word('g', '优')}”。`),
    H(1, '五、问题和建议'),
    Pa('1. 大型设备操作人员不足。CT室目前仅有3名技师，需要轮班加班。建议通过招聘和进修培训，年内增加2名技师。'),
    Pa('2. 患者对检查报告出具时间意见较多。下一步将推行检查报告线上推送，争取常规检查报告2小时内出具。'),
    Pa('3. 设备维保费用没有纳入预算。下一年度将把大型设备维保费单独列入预算。'),
  ];
});

// ── 15 部门整体支出 · md · 乡人民政府 ──
report(15, 'yupingxiang-bumen', 'md', '部门整体支出', '榆坪乡人民政府2023年度部门整体支出绩效自评报告', { h: 'plain', title: 'hash' }, (d) => {
  const cun = 9, sq = 2, nV = cun + sq;
  const bzX = 32, bzS = 28, zzX = 30, zzS = 27;
  const bz = bzX + bzS, zz = zzX + zzS;
  const b0 = W('1862.40'), zj = W('935.26'), bt = b0 + zj;
  const jb = W('1406.32');
  const items = [['村级组织运转保障', '396.00'], ['农村人居环境整治', '248.35'], ['防汛抗旱及地质灾害防治', '86.40'], ['乡村道路养护', '152.60'], ['集镇污水管网维修', '213.72'], ['村级公益事业“一事一议”奖补', '180.00'], ['退役军人及优抚对象走访慰问', '57.70']];
  const ia = items.map((x) => W(x[1]));
  const xm = sum(ia), ex = jb + xm;
  assert(fmt(ex) === '2741.09', 'r15 ' + fmt(ex));
  const gcT = 300, gcA = 318;
  d.sum('nV', '村（社区）数 = 行政村 + 社区', 'nV', ['cun', 'sq'], 'count');
  d.sum('bz', '编制 = 行政 + 事业', 'bz', ['bzX', 'bzS'], 'count');
  d.sum('zz', '在职 = 行政 + 事业', 'zz', ['zzX', 'zzS'], 'count');
  d.rate('ctl', '人员控制率 = 在职 ÷ 编制', 'ctlR', 'zz', 'bz', 'control_rate');
  d.sum('adj', '全年预算 = 年初 + 追加', 'bt', ['b0', 'zj'], 'adjust');
  d.sum('ex', '支出 = 基本 + 项目', 'ex', ['jb', 'xm']);
  d.sum('xm', '项目支出 = 七个项目之和', 'xm', items.map((_, i) => `i${i}`));
  d.count('np', '项目个数 = 逐项列出的项目数', 'nP', items.map((_, i) => `i${i}`));
  d.rate('rate', '执行率 = 支出 ÷ 全年预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.round('cj', '村均运转经费 = 运转经费 ÷ 村（社区）数', 'cjAvg', 'i0 / nV2', 'per_head');
  d.eq('nV2', '村（社区）数两处一致', 'nV2', 'nV');
  d.rate('gc', '改厕完成率', 'gcR', 'gcA', 'gcT', 'completion');
  d.bad('nP', '9', 'np');
  return [
    TITLE('榆坪乡人民政府2023年度部门整体支出绩效自评报告'),
    H(1, '一、基本情况'),
    Pa(`榆坪乡位于蒹葭县西北部，辖${d.N('nV', nV)}个村（社区），其中行政村${d.N('cun', cun)}个、社区${d.N('sq', sq)}个，户籍人口约2.3万人。乡党委、政府内设党政综合办公室、经济发展办公室、社会事务办公室、自然资源和生态环境办公室、平安建设办公室等机构，下设农业综合服务中心、社会事务综合服务中心等事业站所。`),
    Pa(`核定行政编制${d.N('bzX', bzX)}名、事业编制${d.N('bzS', bzS)}名，共${d.N('bz', bz)}名。年末在职在编${d.N('zz', zz)}人（行政${d.N('zzX', zzX)}人、事业${d.N('zzS', zzS)}人），人员控制率${d.D('ctlR', pct(zz, bz), 2)}%。`),
    H(1, '二、预算收支情况'),
    Pa(`年初预算${d.M('b0', b0, true)}万元，年中县财政追加乡村振兴、防汛救灾等资金${d.M('zj', zj)}万元，全年预算${d.M('bt', bt, true)}万元。全年支出${d.M('ex', ex, true)}万元，执行率${d.D('rate', pct(ex, bt), 2)}%，结余${d.M('bal', bt - ex)}万元。其中基本支出${d.M('jb', jb, true)}万元，项目支出${d.M('xm', xm, true)}万元。`),
    Pa(`全年实施项目${d.N('nP', items.length)}个（上年为8个），具体为：`),
    ...items.map((x, i) => Pa(`（${i + 1}）${x[0]}${d.M(`i${i}`, ia[i])}万元${i === items.length - 1 ? '。' : '；'}`)),
    H(1, '三、绩效情况'),
    Pa(`村级组织运转保障经费按村（社区）统一标准拨付，${d.N('nV2', nV)}个村（社区）村均${d.M('cjAvg', rnd(ia[0], BigInt(nV) * 100n, 2))}万元，保障了村干部报酬和村级办公经费按时发放。`),
    Pa(`农村人居环境整治方面，全年完成农村户厕改造${d.N('gcA', gcA)}户，县下达任务${d.N('gcT', gcT)}户，完成率${d.D('gcR', pct(gcA, gcT), 2)}%；新增垃圾收集点42个，实现生活垃圾“村收集、乡转运、县处理”全覆盖。`),
    Pa('防汛和地质灾害防治方面，汛期转移避险群众376人次，全年未发生因灾死亡事件。乡村道路养护方面，完成通村公路日常养护86公里、水毁修复3.2公里。'),
    H(1, '四、存在问题'),
    Pa('1. 乡级财力薄弱，项目支出主要依靠县级追加，年初预算的完整性不够；2. 部分项目绩效目标只有数量指标，缺少效益指标；3. 村级公益事业项目建成后管护责任不明确。'),
    H(1, '五、改进措施'),
    Pa('1. 主动对接县财政局和县直部门，将可预见的补助资金在年初预算中列示；2. 2025年起对所有项目至少设置一项效益指标；3. 项目竣工验收时同步签订管护协议，明确村民小组的管护责任。'),
  ];
});

// ── 16 转移支付 · txt · 县残联 残疾人两项补贴 ──
report(16, 'canji-liangxiang-butie', 'txt', '转移支付/专项资金', '苔岭县2023年困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告', { table: 'tab', indent: '    ' }, (d) => {
  const zy = W('410.00'), sj = W('180.00'), xj = W('90.00'), xd = zy + sj + xj;
  const rows = [['困难残疾人生活补贴', 3214, 38102, 80], ['重度残疾人护理补贴（一级）', 1812, 21640, 100], ['重度残疾人护理补贴（二级）', 1291, 15386, 80]];
  const amt = rows.map((r) => BigInt(r[2] * r[3]) * 100n); // 分
  const T0 = sum(amt);
  const wan = rnd(T0, 1000000n, 2);
  assert(fmt(wan) === '644.30', 'r16 ' + fmt(wan));
  const last = W('598.64');
  d.sum('xd', '下达 = 中央 + 省级 + 县级', 'xd', ['zy', 'sj', 'xj']);
  rows.forEach((r, i) => d.rel(`amt${i}`, 'unit_cost', `${r[0]}：金额 = 累计人次 × 月标准`, `a${i}`, `c${i} * s${i}`));
  d.sum('tT', '表中发放金额合计 = 各类之和', 'tT', rows.map((_, i) => `a${i}`), 'table_sum');
  d.sum('tC', '表中累计人次合计 = 各类之和', 'tC', rows.map((_, i) => `c${i}`), 'table_sum');
  d.round('wan', '发放总额（万元）= 表中合计（元）÷ 10000', 'wan', 'tT / 10000', 'unit_restate');
  d.rate('ff', '发放率 = 发放金额 ÷ 下达资金', 'ffR', 'tT / 10000', 'xd');
  d.round('bal', '结余（万元）= 下达 − 发放', 'bal', 'xd - tT / 10000', 'balance');
  d.round('yoy', '发放金额同比增长', 'yoyR', '(tT / 10000 - last) / last * 100', 'yoy');
  d.eq('n1', '正文生活补贴人数 = 表', 'n1', 'p0');
  d.sum('n2', '正文护理补贴人数 = 一级 + 二级', 'n2', ['p1', 'p2']);
  d.bad('wan', '664.30', 'wan');
  const trows = [['补贴类别', '年末在册人数（人）', '累计发放人次', '月补贴标准（元/人）', '全年发放金额（元）']];
  rows.forEach((r, i) => trows.push([r[0], d.f(`p${i}`, fmt(BigInt(r[1]), 0, true)), d.f(`c${i}`, fmt(BigInt(r[2]), 0, true)), d.N(`s${i}`, r[3]), d.M(`a${i}`, amt[i], true)]));
  trows.push(['合计', '—', d.f('tC', fmt(BigInt(rows.reduce((a, r) => a + r[2], 0)), 0, true)), '—', d.M('tT', T0, true)]);
  return [
    TITLE('苔岭县2023年困难残疾人生活补贴和重度残疾人护理补贴资金绩效自评报告'),
    SUB('苔岭县残疾人联合会'),
    H(1, '一、补贴政策和资金情况'),
    Pa('困难残疾人生活补贴对象为低保家庭中的残疾人，重度残疾人护理补贴对象为残疾等级被评定为一级、二级且需要长期照护的重度残疾人。补贴标准为：生活补贴每人每月80元；护理补贴一级每人每月100元、二级每人每月80元。两项补贴按月发放，通过社会保障卡直接打卡到人。'),
    Pa(`2023年，上级和县本级共安排两项补贴资金${d.M('xd', xd)}万元：中央财政${d.M('zy', zy)}万元、省级财政${d.M('sj', sj)}万元、县级财政${d.M('xj', xj)}万元。`),
    H(1, '二、资金发放情况'),
    Pa(`全年发放两项补贴${d.M('wan', wan)}万元，资金发放率${d.D('ffR', pct(T0, xd * 10000n), 2)}%，结余${d.M('bal', rnd(xd * 10000n - T0, 1000000n, 2))}万元结转下年继续用于补贴发放。2022年两项补贴发放${d.M('last', last)}万元，2023年增长${d.D('yoyR', rnd((T0 - last * 10000n) * 100n, last * 10000n, 2), 2)}%，主要是新增评定的重度残疾人较多。分类别发放明细如下：`),
    T(trows, { caption: '表1　2023年两项补贴发放明细' }),
    H(1, '三、绩效目标完成情况'),
    Pa(`（一）覆盖面。年末享受困难残疾人生活补贴${d.f('n1', '3,214')}人，享受重度残疾人护理补贴${d.f('n2', '3,103')}人，符合条件的残疾人应补尽补。`),
    Pa('（二）时效。12个月的补贴均在当月20日前发放到位，发放及时率100%。'),
    Pa('（三）精准度。全年开展4次数据比对，清退死亡、户籍迁出等不符合条件人员47人，追回多发资金1.28万元。'),
    Pa('（四）满意度。电话回访残疾人及其家属150户，满意度96%。'),
    H(1, '四、问题及改进'),
    Pa('个别乡镇残疾人专职委员对政策掌握不准，新增对象申报不及时，存在“应享未享”风险。下一步，县残联将每半年对乡镇残疾人专职委员开展一次业务培训，并与民政、卫健部门建立残疾人证办理和低保认定信息共享机制，实现新增对象主动发现、及时纳入。'),
  ];
});

// ── 17 项目支出 · docx · 区城市管理局 生活垃圾分类 ──
report(17, 'laji-fenlei', 'docx', '项目支出', '橡湾区2023年生活垃圾分类推进项目绩效自评报告', { creator: '橡湾区城市管理局' }, (d) => {
  const qj = W('960.00'), sj = W('300.00'), bt = qj + sj;
  const tf = W('256.68'), cl = W('414.00'), dd = W('387.36'), cy = W('140.40');
  const ex = tf + cl + dd + cy;
  assert(fmt(ex) === '1198.44', 'r17');
  const nTf = 186, nCl = 12, nDd = 96, xq = 230, xqOk = 215;
  const rate = pct(ex, bt);
  const es = rnd(rate * 10n, 10000n, 2);
  const jlA = S('4.1', 1);
  const sJl = rnd(1500n * jlA, 5n * 10n * 100n, 2);
  const rows = [
    ['产出指标', '数量指标', '新增分类投放点', '≥180个', null, 10, W('10')],
    ['产出指标', '数量指标', '配置分类收集车辆', '12辆', null, 8, W('8')],
    ['产出指标', '数量指标', '分类覆盖小区比例', '≥90%', null, 12, W('12')],
    ['产出指标', '质量指标', '居民分类投放准确率', '≥70%', '74.3%', 8, W('8')],
    ['产出指标', '时效指标', '示范片区创建验收', '2023年10月底前', '未通过验收，推迟至2024年', 7, 0n],
    ['成本指标', '经济成本指标', '单个投放点建设成本', '≤1.5万元', null, 5, W('5')],
    ['效益指标', '生态效益指标', '生活垃圾回收利用率', '≥35%', '36.8%', 15, W('15')],
    ['效益指标', '生态效益指标', '其他垃圾清运量同比减少', '≥5%', null, 15, sJl],
    ['满意度指标', '服务对象满意度指标', '居民满意度', '≥85%', '88.7%', 10, W('10')],
  ];
  const total = es + sum(rows.map((r) => r[6]));
  assert(fmt(total) === '89.81', 'r17 total ' + fmt(total));
  d.sum('bt', '预算 = 区级 + 省级补助', 'bt', ['qj', 'sj']);
  d.sum('ex', '支出 = 投放点 + 车辆 + 督导 + 厨余补贴', 'ex', ['tf', 'cl', 'dd', 'cy']);
  d.rate('rate', '执行率 = 支出 ÷ 预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 预算 − 支出', 'bal', 'bt - ex');
  d.round('tfU', '单个投放点成本 = 投放点支出 ÷ 个数', 'tfU', 'tf / nTf', 'unit_cost');
  d.round('clU', '每辆车购置价 = 车辆支出 ÷ 辆数', 'clU', 'cl / nCl', 'unit_cost');
  d.round('ddU', '督导员人均劳务 = 督导支出 ÷ 人数', 'ddU', 'dd / nDd', 'per_head');
  d.rate('xq', '小区覆盖比例 = 覆盖小区 ÷ 小区总数', 'xqR', 'xqOk', 'xq', 'share');
  d.eq('tb', '资金表预算 = 正文', 'T_bt', 'bt');
  d.eq('te', '资金表执行 = 正文', 'T_ex', 'ex');
  d.rate('tr', '资金表执行率', 'T_r', 'T_ex', 'T_bt');
  d.round('tes', '预算执行率得分 = 执行率 × 分值', 'T_s', 'T_r * T_w / 100', 'exec_score');
  d.eq('x1', '评分表投放点 = 正文', 'X1', 'nTf');
  d.eq('x2', '评分表车辆 = 正文', 'X2', 'nCl');
  d.eq('x3', '评分表小区比例 = 正文', 'X3', 'xqR');
  d.eq('x6', '评分表投放点成本 = 正文', 'X6', 'tfU');
  d.round('s8', '减量指标按比例得分', 'S8', 'W8 * X8 / 5', 'score_rule');
  d.sum('wt', '分值合计 = 各项分值之和', 'WT', ['T_w', ...rows.map((_, i) => `W${i + 1}`)], 'weights');
  d.rel('w100', 'weights', '分值合计为100', 'WT', '100');
  d.sum('st', '总分 = 各项得分之和', 'ST', ['T_s', ...rows.map((_, i) => `S${i + 1}`)], 'score_total');
  d.eq('nT', '正文总分 = 表', 'nT', 'ST');
  d.grade('grade', '等级与总分相符', 'nT', 'g');
  d.eq('tw2', '资金表分值 = 评分表', 'T_w2', 'T_w');
  d.eq('tr2', '资金表执行率 = 评分表', 'T_r2', 'T_r');
  d.eq('ts2', '资金表得分 = 评分表', 'T_s2', 'T_s');
  d.bad('W5', '9', 'wt');
  const act = { 0: d.N('X1', nTf) + '个', 1: d.N('X2', nCl) + '辆', 2: d.D('X3', pct(xqOk, xq), 2) + '%', 5: d.M('X6', rnd(tf, BigInt(nTf) * 100n, 2)) + '万元', 7: d.D('X8', jlA, 1) + '%' };
  const sf = (i, v) => d.f(`S${i}`, v % 100n === 0n ? String(v / 100n) : fmt(v));
  const trows = [['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分']];
  trows.push(['预算执行率', '—', '—', '100%', d.D('T_r', rate, 2) + '%', d.N('T_w', 10), d.D('T_s', es, 2)]);
  rows.forEach((r, i) => trows.push([r[0], r[1], r[2], r[3], r[4] ?? act[i], d.N(`W${i + 1}`, r[5]), sf(i + 1, r[6])]));
  trows.push(['总分', '', '', '', '', d.N('WT', 100), d.D('ST', total, 2)]);
  return [
    TITLE('橡湾区2023年生活垃圾分类推进项目绩效自评报告'),
    SUB('区城市管理局（盖章）'),
    H(1, '一、项目基本情况'),
    Pa(`2023年是我区生活垃圾分类“全域推进年”。项目主要内容包括：新建和改造小区分类投放点，配置分类收集车辆，在小区聘用垃圾分类督导员开展桶边督导，对厨余垃圾处理企业给予运营补贴。全区共有住宅小区${d.N('xq', xq)}个。`),
    H(1, '二、资金安排和支出'),
    Pa(`项目全年预算${d.M('bt', bt, true)}万元，其中区级财政安排${d.M('qj', qj)}万元，省级补助${d.M('sj', sj)}万元。全年支出${d.M('ex', ex, true)}万元，执行率${d.D('rate', rate, 2)}%，结余${d.M('bal', bt - ex)}万元，为示范片区创建奖补资金，因未通过验收未予拨付。`),
    Pa(`具体支出：新建改造分类投放点${d.N('nTf', nTf)}个，支出${d.M('tf', tf)}万元，单个投放点平均${d.M('tfU', rnd(tf, BigInt(nTf) * 100n, 2))}万元；购置分类收集车辆${d.N('nCl', nCl)}辆，支出${d.M('cl', cl)}万元，每辆${d.M('clU', rnd(cl, BigInt(nCl) * 100n, 2))}万元；聘用督导员${d.N('nDd', nDd)}名，劳务支出${d.M('dd', dd)}万元，人均${d.M('ddU', rnd(dd, BigInt(nDd) * 100n, 2))}万元；厨余垃圾处理运营补贴${d.M('cy', cy)}万元。`),
    T([
      ['项目资金（万元）', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', d.M('T_bt', bt, true), d.M('T_ex', ex, true), d.N('T_w2', 10), d.f('T_r2', fmt(rate)) + '%', d.f('T_s2', fmt(es))],
    ], { caption: '表1　项目资金执行情况' }),
    H(1, '三、绩效目标实现情况'),
    Pa(`分类覆盖方面，${d.N('xqOk', xqOk)}个小区实现分类投放，覆盖比例${d.D('xqR', pct(xqOk, xq), 2)}%；居民分类投放准确率74.3%，生活垃圾回收利用率36.8%。其他垃圾清运量同比减少4.1%，未达到5%的目标，主要是下半年新交付小区较多，入住人口增加。`),
    Pa('示范片区创建方面，因片区内两个老旧小区改造工程延期，分类设施未按期建成，示范片区未通过市级验收，推迟至2024年申报。'),
    Pa('满意度方面，委托第三方对1,000户居民开展问卷调查，满意度88.7%。'),
    H(1, '四、自评结论'),
    Pa(`经评分，项目总分${d.D('nT', total, 2)}分，自评等级“${d.word('g', '良')}”。示范片区创建未完成，时效指标不得分；垃圾减量指标按完成比例计分。`),
    T(trows, { caption: '表2　项目绩效自评表' }),
    H(1, '五、存在的问题和改进措施'),
    Pa('（一）老旧小区分类设施建设与小区改造工程衔接不够。今后将垃圾分类设施纳入老旧小区改造设计方案同步实施。（二）督导员队伍流动性大，培训不足。将督导员劳务费与分类准确率挂钩，每季度开展一次培训。（三）厨余垃圾处理能力仍有缺口，将加快推进区厨余垃圾处理厂二期工程。'),
  ];
});

// ── 18 项目支出 · txt · 市妇幼保健院 “两癌”免费筛查 ──
report(18, 'liangai-shaicha', 'txt', '项目支出', '澄桥市2023年适龄妇女“两癌”免费筛查项目绩效自评报告', { blank: true }, (d) => {
  const zy = W('186.00'), sj = W('124.00'), sh = W('60.00'), bt = zy + sj + sh;
  const gT = 12000, gA = 9846, rT = 12000, rA = 10372;
  const gF = W('186.89'), rF = W('96.46'), qF = W('14.20');
  const ex = gF + rF + qF;
  const gD = 68, rD = 21;
  const rate = pct(ex, bt);
  const es = rnd(rate * 10n, 10000n, 2);
  const sc = [es, W('38.26'), W('24.30'), W('8.00')];
  const tot = sum(sc);
  assert(fmt(es) === '8.04' && fmt(tot) === '78.60', 'r18 ' + fmt(es) + ' ' + fmt(tot));
  d.sum('bt', '预算 = 中央 + 省级 + 市级', 'bt', ['zy', 'sj', 'sh']);
  d.sum('ex', '支出 = 宫颈癌筛查 + 乳腺癌筛查 + 宣传培训质控', 'ex', ['gF', 'rF', 'qF']);
  d.rate('rate', '执行率 = 支出 ÷ 预算', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 预算 − 支出', 'bal', 'bt - ex');
  d.rate('gR', '宫颈癌筛查任务完成率', 'gR', 'gA', 'gT', 'completion');
  d.rate('rR', '乳腺癌筛查任务完成率', 'rR', 'rA', 'rT', 'completion');
  d.round('gU', '宫颈癌筛查每例成本 = 支出 ÷ 例数', 'gU', 'gF * 10000 / gA', 'unit_cost');
  d.round('rU', '乳腺癌筛查每例成本 = 支出 ÷ 例数', 'rU', 'rF * 10000 / rA', 'unit_cost');
  d.rate('gDR', '宫颈病变检出率', 'gDR', 'gD', 'gA', 'rate');
  d.rate('rDR', '乳腺癌检出率', 'rDR', 'rD', 'rA', 'rate');
  d.round('es', '预算执行率得分 = 执行率 × 10', 's0', 'rate * 10 / 100', 'exec_score');
  d.sum('st', '总分 = 四部分之和', 'sT', ['s0', 's1', 's2', 's3'], 'score_total');
  d.grade('grade', '等级与总分相符', 'sT', 'g');
  d.bad('gU', '198.81', 'gU');
  const f0 = (id, n) => d.f(id, fmt(BigInt(n), 0, true));
  return [
    TITLE('澄桥市2023年适龄妇女“两癌”免费筛查项目绩效自评报告'),
    SUB('澄桥市妇幼保健院'),
    H(1, '一、项目概述'),
    Pa(`“两癌”免费筛查项目面向全市35—64岁城乡适龄妇女，提供宫颈癌和乳腺癌免费检查。省卫健委下达我市2023年任务为宫颈癌筛查${f0('gT', gT)}人、乳腺癌筛查${f0('rT', rT)}人。我院作为市级项目管理单位，负责组织县级妇幼保健机构实施并开展质量控制。`),
    H(1, '二、资金到位和使用'),
    Pa(`项目资金${d.M('bt', bt)}万元，其中中央转移支付${d.M('zy', zy)}万元，省级配套${d.M('sj', sj)}万元，市级配套${d.M('sh', sh)}万元，均已全额到位。`),
    Pa(`全年支出${d.M('ex', ex)}万元，执行率仅为${d.D('rate', rate, 2)}%，结余${d.M('bal', bt - ex)}万元。支出包括：宫颈癌筛查检查费${d.M('gF', gF)}万元，乳腺癌筛查检查费${d.M('rF', rF)}万元，宣传动员、人员培训和质量控制费用${d.M('qF', qF)}万元。执行率偏低的原因是筛查任务未完成，检查费按实际筛查人数结算。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`（一）数量指标。全年完成宫颈癌筛查${f0('gA', gA)}人，任务完成率${d.D('gR', pct(gA, gT), 2)}%；完成乳腺癌筛查${f0('rA', rA)}人，任务完成率${d.D('rR', pct(rA, rT), 2)}%。2022年全市完成宫颈癌筛查10,120人，本年度人数有所下降。`),
    Pa(`（二）成本指标。按实际筛查人数计算，宫颈癌筛查每例成本${d.D('gU', rnd(gF * 10000n, BigInt(gA) * 100n, 2), 2)}元，乳腺癌筛查每例成本${d.D('rU', rnd(rF * 10000n, BigInt(rA) * 100n, 2), 2)}元，均在省定结算标准以内。`),
    Pa(`（三）质量和效益指标。宫颈癌前病变及宫颈癌检出${d.N('gD', gD)}例，检出率${d.D('gDR', pct(gD, gA), 2)}%；乳腺癌检出${d.N('rD', rD)}例，检出率${d.D('rDR', pct(rD, rA), 2)}%。可疑和阳性病例随访率100%，确诊病例均已转诊治疗。`),
    Pa('（四）满意度。抽样调查受检妇女400人，满意度89%，部分群众反映筛查点距离远、等候时间长。'),
    H(1, '四、自评得分'),
    Pa(`本项目自评总分${d.D('sT', tot, 2)}分，评价等级为“${d.word('g', '中')}”。其中预算执行率得分${d.D('s0', es, 2)}分，产出指标得分${d.D('s1', sc[1], 2)}分，效益指标得分${d.D('s2', sc[2], 2)}分，满意度指标得分${d.D('s3', sc[3], 2)}分。`),
    H(1, '五、问题与原因'),
    Pa('一是筛查任务完成率不高。春耕和秋收期间农村妇女外出务工、务农，动员难度大；部分县未安排流动筛查车下乡。二是宣传不够深入，部分适龄妇女对免费筛查政策不了解。三是市级配套资金到位时间为2023年9月，影响了上半年工作进度。'),
    H(1, '六、改进措施'),
    Pa('一是避开农忙季节，集中在3—4月和11—12月开展筛查；二是每个县配备一辆流动筛查车，开展“送检下乡”；三是与妇联、村（社区）联动，逐人通知适龄妇女；四是协调市财政局在一季度前拨付市级配套资金。'),
  ];
});

// ── 19 转移支付 · md · 县交通运输局 城乡交通运输（农村客运）补助资金 ──
report(19, 'nongcun-keyun-butie', 'md', '转移支付/专项资金', '碧泉县2023年城乡交通运输（农村客运）补助资金绩效自评报告', { h: 'hash' }, (d) => {
  const zy = W('436.80'), xj = W('120.00'), xd = zy + xj;
  const last = W('498.30');
  const km = S('412.6', 1), std = S('0.85', 2);
  const bx = rnd(km * std, 1000n, 2); // 万车公里 × 元/车公里 = 万元
  assert(fmt(bx) === '350.71', 'r19 ' + fmt(bx));
  const nBx = 86, nGj = 28, gjStd = W('3.20');
  const gj = gjStd * BigInt(nGj);
  const zd = W('56.49');
  const bf = bx + gj + zd, wbf = xd - bf;
  const ln = 46, lnL = 43;
  d.sum('xd', '下达 = 中央 + 县级', 'xd', ['zy', 'xj']);
  d.rel('inc', 'yoy_abs', '较上年增加额 = 本年 − 上年', 'inc', 'xd - last');
  d.rate('incR', '同比增长率', 'incR', 'xd - last', 'last', 'yoy');
  d.rel('bx', 'unit_cost', '班线补贴 = 车公里 × 标准', 'bx', 'km * std', 'exact');
  d.rel('gj', 'unit_cost', '镇村公交补贴 = 台数 × 每台标准', 'gj', 'nGj * gjStd');
  d.sum('bf', '已拨付 = 班线 + 镇村公交 + 站点', 'bf', ['bx', 'gj', 'zd']);
  d.rate('bfR', '拨付率 = 拨付 ÷ 下达', 'bfR', 'bf', 'xd');
  d.rel('wbf', 'balance', '未拨付 = 下达 − 拨付', 'wbf', 'xd - bf');
  d.round('bxU', '班线车辆台均补贴', 'bxU', 'bx / nBx', 'per_head');
  d.rel('ln', 'count', '新增线路 = 本年 − 上年', 'lnAdd', 'ln - lnL');
  d.bad('inc', '85.50', 'inc');
  return [
    TITLE('碧泉县2023年城乡交通运输（农村客运）补助资金绩效自评报告'),
    Pa('碧泉县交通运输局　2024年3月'),
    H(1, '一、资金来源及规模'),
    Pa(`2023年全县城乡交通运输补助资金共${d.M('xd', xd)}万元，包括中央成品油税费改革转移支付中的城乡交通运输补助${d.M('zy', zy)}万元和县本级配套${d.M('xj', xj)}万元。上年该项资金为${d.M('last', last)}万元，本年较上年增加${d.M('inc', xd - last)}万元，增幅${d.D('incR', pct(xd - last, last), 2)}%，增加部分主要用于镇村公交。`),
    H(1, '二、资金分配和拨付'),
    Pa('资金按照“里程为主、考核调节”的原则分配，农村客运班线按实际运营车公里补贴，镇村公交按车辆定额补贴，农村客运站（招呼站）按考核结果补助运营维护费用。'),
    Pa(`一是农村客运班线补贴。全县${d.N('nBx', nBx)}台农村客运班线车辆全年累计运营${d.D('km', km, 1)}万车公里，按每车公里${d.D('std', std, 2)}元的标准，补贴${d.M('bx', bx)}万元，台均${d.M('bxU', rnd(bx, BigInt(nBx) * 100n, 2))}万元。`),
    Pa(`二是镇村公交补贴。${d.N('nGj', nGj)}台镇村公交车辆按每台每年${d.M('gjStd', gjStd)}万元定额补贴，共${d.M('gj', gj)}万元。`),
    Pa(`三是客运站点运营维护补助${d.M('zd', zd)}万元，涉及乡镇综合运输服务站11个、招呼站203个。`),
    Pa(`以上三项合计拨付${d.M('bf', bf)}万元，拨付率${d.D('bfR', pct(bf, xd), 2)}%。未拨付的${d.M('wbf', wbf)}万元为新能源镇村公交车辆购置补贴，待车辆上牌运营后于2024年拨付。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`全县建制村通客车率保持100%。农村客运线路由上年的${d.N('lnL', lnL)}条增加到${d.N('ln', ln)}条，新增${d.N('lnAdd', ln - lnL)}条，新开通线路全部覆盖偏远山区村。全年完成农村客运量约186万人次，班线准点率95%以上，未发生较大以上道路交通事故。抽样调查沿线群众320人，满意度93.4%。`),
    H(1, '四、存在的问题'),
    Pa('一是农村客流持续下降，部分线路实载率不足30%，经营企业亏损，对补贴依赖度高；二是车公里数据依靠企业报送，卫星定位数据核验还不全面；三是新能源车辆购置进度较慢。'),
    H(1, '五、改进措施'),
    Pa('一是推进客货邮融合发展，利用客车捎带邮件快递，提高线路收益；二是2024年起车公里数据全部以卫星定位平台数据为准；三是督促企业按计划完成新能源车辆购置。'),
  ];
});

// ── 20 部门整体支出 · txt · 镇人民政府 ──
report(20, 'qingtanzhen-bumen', 'txt', '部门整体支出', '青檀镇人民政府2023年度部门整体支出绩效自评报告', {}, (d) => {
  const bzX = 36, bzS = 41, zzX = 34, zzS = 38;
  const bz = bzX + bzS, zz = zzX + zzS;
  const b0 = W('2486.50'), z1 = W('386.00'), z2 = W('518.40'), z3 = W('222.00');
  const zj = z1 + z2 + z3, bt = b0 + zj;
  const ry = W('1602.84'), gy = W('261.52'), jb = ry + gy, xm = W('1675.86');
  const ex = jb + xm;
  assert(fmt(bt) === '3612.90' && fmt(ex) === '3540.22', 'r20');
  const sgA = [W('0.92'), W('4.86')], sgT = sum(sgA), sgL = W('6.34');
  const gyAvg = rnd(gy * 10000n, BigInt(zz) * 100n, 2);
  const ryAvg = rnd(ry, BigInt(zz) * 100n, 2);
  d.sum('bz', '编制 = 行政 + 事业', 'bz', ['bzX', 'bzS'], 'count');
  d.sum('zz', '在职 = 行政 + 事业', 'zz', ['zzX', 'zzS'], 'count');
  d.rate('ctl', '人员控制率', 'ctlR', 'zz', 'bz', 'control_rate');
  d.sum('zj', '追加合计 = 三次追加之和', 'zj', ['z1', 'z2', 'z3']);
  d.sum('adj', '全年预算 = 年初 + 追加', 'bt', ['b0', 'zj'], 'adjust');
  d.sum('ex', '支出 = 基本 + 项目', 'ex', ['jb', 'xm']);
  d.sum('jb', '基本支出 = 人员经费 + 公用经费', 'jb', ['ry', 'gy']);
  d.rate('rate', '执行率', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.round('gyAvg', '人均公用经费（元）= 公用经费 ÷ 在职人数', 'gyAvg', 'gy * 10000 / zz2', 'per_head');
  d.round('ryAvg', '人均人员经费（万元）= 人员经费 ÷ 在职人数', 'ryAvg', 'ry / zz2', 'per_head');
  d.eq('zz2', '在职人数两处一致', 'zz2', 'zz');
  d.sum('sg', '三公经费 = 接待 + 用车', 'sgT', ['sg0', 'sg1']);
  d.rate('sgR', '三公经费同比下降率', 'sgR', 'sgL - sgT', 'sgL', 'yoy');
  d.sum('ncs', '村（社区）数 = 行政村 + 社区', 'nCS', ['nC', 'nS'], 'count');
  d.bad('gyAvg', '36,232.22', 'gyAvg');
  return [
    TITLE('青檀镇人民政府2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    Pa(`青檀镇地处东陂省槲林县东南部，镇域面积126平方公里，辖${d.N('nC', 14)}个行政村、${d.N('nS', 2)}个社区。镇政府主要承担经济发展、社会管理、公共服务、乡村振兴、生态环境保护和安全生产等职责。`),
    Pa(`全镇核定编制${d.N('bz', bz)}名，其中行政编制${d.N('bzX', bzX)}名、事业编制${d.N('bzS', bzS)}名。2023年末实有在职人员${d.N('zz', zz)}人（行政${d.N('zzX', zzX)}人，事业${d.N('zzS', zzS)}人），人员控制率${d.D('ctlR', pct(zz, bz), 2)}%；另有编外聘用人员9人，经费由镇自有财力负担。`),
    H(1, '二、预算收支情况'),
    H(2, '（一）预算调整情况'),
    Pa(`年初预算${d.M('b0', b0, true)}万元。3月，县财政追加村级组织运转和乡村公益性岗位补贴${d.M('z1', z1)}万元；7月，追加防汛救灾和水毁修复资金${d.M('z2', z2)}万元；11月，追加人居环境整治奖补资金${d.M('z3', z3)}万元。全年累计追加${d.M('zj', zj, true)}万元，调整后全年预算${d.M('bt', bt, true)}万元。`),
    H(2, '（二）支出情况'),
    Pa(`2023年全镇支出${d.M('ex', ex, true)}万元，预算执行率${d.D('rate', pct(ex, bt), 2)}%，结余${d.M('bal', bt - ex)}万元。`),
    Pa(`基本支出${d.M('jb', jb, true)}万元，其中人员经费${d.M('ry', ry, true)}万元，公用经费${d.M('gy', gy)}万元。按年末在职${d.N('zz2', zz)}人计算，人均人员经费${d.M('ryAvg', ryAvg)}万元，人均公用经费${d.D('gyAvg', gyAvg, 2, true)}元，低于全县乡镇平均水平。`),
    Pa(`项目支出${d.M('xm', xm, true)}万元，主要用于村级组织运转、农村人居环境整治、防汛救灾、农村公路养护和基层社会治理。`),
    Pa(`“三公”经费${d.M('sgT', sgT)}万元，为公务接待费${d.M('sg0', sgA[0])}万元和公务用车运行维护费${d.M('sg1', sgA[1])}万元，上年为${d.M('sgL', sgL)}万元，同比下降${d.D('sgR', pct(sgL - sgT, sgL), 2)}%。`),
    H(1, '三、履职成效'),
    Pa('（一）防汛救灾。2023年7月强降雨期间，提前转移群众1,260人，修复水毁道路12处、山塘5口，全年无人员伤亡。'),
    Pa(`（二）人居环境。全镇完成户厕改造215户，整治“空心房”86栋，${d.N('nCS', 16)}个村（社区）全部建立保洁员队伍。`),
    Pa('（三）社会事业。城乡居民医保参保率97.6%，养老保险参保率96.2%，均完成县下达任务。'),
    H(1, '四、存在的问题'),
    Pa('（一）镇级财力有限，项目资金主要依靠上级追加，年初预算对项目支出的保障不足；（二）部分资产未及时登记入账，资产管理有待规范；（三）编外人员经费占用了部分公用经费。'),
    H(1, '五、整改措施'),
    Pa('（一）加强与县财政和县直部门的沟通，提高年初预算的完整性；（二）年内开展一次资产清查，做到账实相符；（三）严格控制编外用工，2024年编外人员不再增加。'),
  ];
});

// ── 21 部门整体支出 · docx · 省应急管理厅 ──
report(21, 'yingji-ting-bumen', 'docx', '部门整体支出', '北溟省应急管理厅2023年度部门整体支出绩效自评报告', { creator: '北溟省应急管理厅规划财务处' }, (d) => {
  const bz = 212, zz = 196, lt = 88;
  const cgB = W('2360.00'), cgA = W('2214.56');
  const sg = { l: [W('2.80'), W('38.60')], b: [W('3.50'), W('40.00')], a: [W('2.42'), W('35.74')] };
  const sgT = { l: sum(sg.l), b: sum(sg.b), a: sum(sg.a) };
  const pj = [['应急救援队伍建设', '3286.00', '3201.47'], ['安全生产监管执法', '1864.50', '1790.26'], ['防灾减灾救灾物资储备', '4120.00', '4062.88'], ['应急指挥信息化建设', '2735.80', '2488.09'], ['自然灾害综合风险普查成果应用', '968.40', '946.12']];
  const pb = pj.map((x) => W(x[1])), pa = pj.map((x) => W(x[2]));
  const pbT = sum(pb), paT = sum(pa);
  const jbB = W('6842.36'), jbA = W('6790.15');
  const bt = jbB + pbT, ex = jbA + paT;
  const b0 = W('18260.00'), tj = W('550.00');
  const zj = bt - b0 + tj;
  assert(fmt(bt) === '19817.06' && fmt(zj) === '2107.06', 'r21 ' + fmt(bt) + ' ' + fmt(zj));
  d.rate('ctl', '人员控制率', 'ctlR', 'zz', 'bz', 'control_rate');
  d.eq('tbz', '基础数据表编制 = 正文', 'T_bz', 'bz', 'table_vs_text');
  d.eq('tzz', '基础数据表在职 = 正文', 'T_zz', 'zz', 'table_vs_text');
  d.eq('tcgB', '基础数据表采购预算 = 正文', 'T_cgB', 'cgB', 'table_vs_text');
  d.eq('tcgA', '基础数据表采购实际 = 正文', 'T_cgA', 'cgA', 'table_vs_text');
  d.rate('cgR', '政府采购执行率', 'cgR', 'cgA', 'cgB', 'rate');
  for (const c of ['l', 'b', 'a']) d.sum(`sg_${c}`, `三公经费“${{ l: '2022年决算', b: '2023年预算', a: '2023年决算' }[c]}”合计`, `sgT_${c}`, [`sg_${c}0`, `sg_${c}1`], 'table_sum');
  d.eq('sgN', '正文三公经费 = 表', 'sgN', 'sgT_a', 'table_vs_text');
  d.rate('sgCtl', '三公经费预算控制率 = 决算 ÷ 预算', 'sgCtl', 'sgN', 'sgT_b', 'rate');
  pj.forEach((x, i) => d.rate(`pr${i}`, `项目表“${x[0]}”执行率`, `pr${i}`, `pa${i}`, `pb${i}`));
  d.sum('pbT', '项目表全年预算合计', 'pbT', pj.map((_, i) => `pb${i}`), 'table_sum');
  d.sum('paT', '项目表执行数合计', 'paT', pj.map((_, i) => `pa${i}`), 'table_sum');
  d.rate('prT', '项目表合计执行率', 'prT', 'paT', 'pbT');
  d.eq('nXmA', '正文项目支出 = 项目表合计', 'xmA', 'paT', 'table_vs_text');
  d.eq('nXmB', '正文项目预算 = 项目表合计', 'xmB', 'pbT', 'table_vs_text');
  d.count('nPj', '项目个数 = 项目表行数', 'nPj', pj.map((_, i) => `pb${i}`));
  d.sum('bt', '全年预算 = 基本支出预算 + 项目支出预算', 'bt', ['jbB', 'xmB']);
  d.sum('ex', '全年支出 = 基本支出 + 项目支出', 'ex', ['jbA', 'xmA']);
  d.rel('adj', 'adjust', '全年预算 = 年初 + 追加 − 调减', 'bt', 'b0 + zj - tj');
  d.rate('rate', '部门预算执行率', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结转结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.bad('T_cgA', '2,241.56', 'tcgA');
  const m = (id, v) => d.M(id, v, true);
  return [
    TITLE('北溟省应急管理厅2023年度部门整体支出绩效自评报告'),
    H(1, '一、部门基本情况'),
    Pa('省应急管理厅是省政府组成部门，负责全省应急管理、安全生产监督管理和防灾减灾救灾工作。厅机关内设处室19个，所属事业单位5个（省应急指挥中心、省应急救援总队训练基地、省安全生产科学研究院、省救灾物资储备中心、省应急管理宣传教育中心）。本报告为厅本级和所属单位合并的部门整体支出自评。'),
    Pa(`全厅核定编制${d.N('bz', bz)}名，年末在职人员${d.N('zz', zz)}人，人员控制率${d.D('ctlR', pct(zz, bz), 2)}%；离退休人员${d.N('lt', lt)}人。`),
    H(1, '二、部门预算执行情况'),
    Pa(`（一）预算调整。年初预算${m('b0', b0)}万元；年度中，中央下达自然灾害救灾资金和安全生产预防及应急专项资金等${m('zj', zj)}万元，因省级机构职能调整划出森林防火业务，调减预算${d.M('tj', tj)}万元；调整后全年预算${m('bt', bt)}万元，其中基本支出预算${m('jbB', jbB)}万元、项目支出预算${m('xmB', pbT)}万元。`),
    Pa(`（二）预算执行。全年支出${m('ex', ex)}万元，执行率${d.D('rate', pct(ex, bt), 2)}%，结转结余${d.M('bal', bt - ex)}万元。基本支出${m('jbA', jbA)}万元；项目支出${m('xmA', paT)}万元，涉及${d.N('nPj', pj.length)}个一级项目，执行情况见表2。`),
    Pa(`（三）“三公”经费。全年“三公”经费支出${d.M('sgN', sgT.a)}万元，为预算数的${d.D('sgCtl', pct(sgT.a, sgT.b), 2)}%，无因公出国（境）支出。公务用车主要用于应急值守、灾害现场勘查和安全生产执法检查。`),
    Pa(`（四）政府采购。全年政府采购预算${m('cgB', cgB)}万元，实际采购${m('cgA', cgA)}万元，政府采购执行率${d.D('cgR', pct(cgA, cgB), 2)}%，主要采购应急救援装备、救灾储备物资和信息化设备。`),
    T([
      ['项目', '2022年决算', '2023年预算', '2023年决算'],
      ['编制数（名）', '—', d.N('T_bz', bz), '—'],
      ['在职人数（人）', '—', '—', d.N('T_zz', zz)],
      ['公务接待费（万元）', d.M('sg_l0', sg.l[0]), d.M('sg_b0', sg.b[0]), d.M('sg_a0', sg.a[0])],
      ['公务用车运行维护费（万元）', d.M('sg_l1', sg.l[1]), d.M('sg_b1', sg.b[1]), d.M('sg_a1', sg.a[1])],
      ['“三公”经费合计（万元）', d.M('sgT_l', sgT.l), d.M('sgT_b', sgT.b), d.M('sgT_a', sgT.a)],
      ['政府采购（万元）', '—', m('T_cgB', cgB), m('T_cgA', cgA)],
    ], { caption: '表1　基础数据表' }),
    T([
      ['项目名称', '全年预算数（万元）', '执行数（万元）', '执行率'],
      ...pj.map((x, i) => [x[0], m(`pb${i}`, pb[i]), m(`pa${i}`, pa[i]), d.D(`pr${i}`, pct(pa[i], pb[i]), 2) + '%']),
      ['合计', m('pbT', pbT), m('paT', paT), d.D('prT', pct(paT, pbT), 2) + '%'],
    ], { caption: '表2　2023年项目支出执行情况' }),
    H(1, '三、部门整体绩效情况'),
    Pa('全省全年发生各类生产安全事故起数和死亡人数同比分别下降12.6%和9.8%，未发生重大及以上生产安全事故；自然灾害因灾死亡失踪人数创近十年新低。省级救灾物资储备库可满足约15万名受灾群众的基本生活需求，应急指挥平台实现省、市、县三级贯通。'),
    Pa('应急指挥信息化建设项目执行率相对较低，原因是卫星通信终端采购因供货周期延长，部分合同款未能在年内支付。'),
    H(1, '四、存在的问题'),
    Pa('一是部分项目前期论证不足，信息化项目需求多次调整；二是基层应急管理能力不平衡，县级执法装备配备不足；三是个别项目绩效目标设置偏重过程性指标。'),
    H(1, '五、改进措施'),
    Pa('一是信息化项目严格执行立项评审，需求确定后方可申报预算；二是统筹中央和省级资金，向财力薄弱县倾斜配置执法装备；三是修订项目绩效目标编制指引，突出结果导向。'),
  ];
});

// ── 22 项目支出 · md · 省文化和旅游厅 非物质文化遗产保护 ──
report(22, 'feiyi-baohu', 'md', '项目支出', '霁南省文化和旅游厅2023年非物质文化遗产保护项目支出绩效自评报告', { h: 'mixed', captionBold: true }, (d) => {
  const b0 = W('1600.00'), add = W('120.00'), bt = b0 + add, ex = W('1652.38');
  const nCc = 412, ccStd = W('0.80'), cc = ccStd * BigInt(nCc);
  const nGf = 36, gfStd = W('15.00'), gf = gfStd * BigInt(nGf);
  const zy = W('318.46'), sz = ex - cc - gf - zy;
  assert(fmt(sz) === '464.32', 'r22 sz ' + fmt(sz));
  const rate = pct(ex, bt);
  const es = rnd(rate * 10n, 10000n, 2);
  const szT = 20, szA = 18;
  const sSz = rnd(1500n * BigInt(szA), BigInt(szT) * 100n, 2);
  const rows = [
    ['产出指标', '数量指标', '省级代表性传承人补助人数', '412人', 'N:nCcX:412:人', 10, W('10')],
    ['', '数量指标', '扶持非遗工坊数量', '36个', 'N:nGfX:36:个', 10, W('10')],
    ['', '数量指标', '完成数字化记录项目', 'N:szT:20:个', 'N:szA:18:个', 15, sSz],
    ['', '数量指标', '举办展演展示活动', '≥50场', '64场', 10, W('10')],
    ['', '时效指标', '传承人补助发放及时率', '100%', '100%', 5, W('5')],
    ['效益指标', '社会效益指标', '非遗工坊带动就业人数', '≥1500人', '约1700人', 15, W('15')],
    ['', '社会效益指标', '非遗进校园覆盖学校数', '≥120所', '131所', 15, W('15')],
    ['满意度指标', '服务对象满意度指标', '代表性传承人满意度', '≥90%', '95.2%', 10, W('10')],
  ];
  const total = es + sum(rows.map((r) => r[6]));
  assert(fmt(total) === '98.11', 'r22 total ' + fmt(total));
  d.sum('adj', '全年预算 = 年初 + 追加', 'bt', ['b0', 'add'], 'adjust');
  d.rel('cc', 'unit_cost', '传承人补助 = 人数 × 标准', 'cc', 'nCc * ccStd');
  d.rel('gf', 'unit_cost', '工坊扶持 = 个数 × 标准', 'gf', 'nGf * gfStd');
  d.sum('ex', '支出 = 传承人补助 + 工坊 + 展演 + 数字化', 'ex', ['cc', 'gf', 'zy', 'sz']);
  d.rate('rate', '正文执行率', 'rate', 'ex', 'bt');
  d.rel('bal', 'balance', '结余 = 全年预算 − 支出', 'bal', 'bt - ex');
  d.eq('tb0', '资金表年初 = 正文', 'T_b0', 'b0');
  d.eq('tbt', '资金表全年 = 正文', 'T_bt', 'bt');
  d.eq('tex', '资金表执行 = 正文', 'T_ex', 'ex');
  d.eq('ab0', '财政拨款行年初 = 总额行', 'A_b0', 'T_b0', 'table_sum');
  d.eq('abt', '财政拨款行全年 = 总额行', 'A_bt', 'T_bt', 'table_sum');
  d.eq('aex', '财政拨款行执行 = 总额行', 'A_ex', 'T_ex', 'table_sum');
  d.rate('tr', '资金表执行率', 'T_r', 'T_ex', 'T_bt');
  d.round('ts', '资金表预算执行率得分 = 执行率 × 分值', 'T_s', 'T_r * T_w / 100', 'exec_score');
  d.eq('x0', '评分表执行率 = 资金表', 'X0', 'T_r');
  d.eq('w0', '评分表执行率分值 = 资金表', 'W0', 'T_w');
  d.round('s0', '评分表预算执行率得分 = 执行率 × 分值', 'S0', 'X0 * W0 / 100', 'exec_score');
  d.eq('x1', '评分表传承人人数 = 正文', 'nCcX', 'nCc');
  d.eq('x2', '评分表工坊数 = 正文', 'nGfX', 'nGf');
  d.rate('szR', '数字化记录完成率', 'szR', 'szA', 'szT', 'completion');
  d.round('s3', '数字化记录按比例得分', 'S3', 'W3 * szA / szT', 'score_rule');
  d.sum('st', '总分 = 各项得分之和', 'ST', ['S0', ...rows.map((_, i) => `S${i + 1}`)], 'score_total');
  d.sum('wt', '分值合计 = 各项分值之和', 'WT', ['W0', ...rows.map((_, i) => `W${i + 1}`)], 'weights');
  d.rel('w100', 'weights', '分值合计为100', 'WT', '100');
  d.eq('nT', '正文总分 = 表', 'nT', 'ST');
  d.grade('grade', '等级与总分相符', 'nT', 'g');
  d.eq('nszT', '正文数字化目标 = 表', 'nSzT', 'szT');
  d.eq('nszA', '正文数字化完成 = 表', 'nSzA', 'szA');
  d.rel('szL', 'count', '延期项目数 = 计划 − 完成', 'szLeft', 'nSzT - nSzA');
  d.bad('T_s', '6.91', 'ts');
  const cell = (c) => {
    if (typeof c !== 'string' || !c.startsWith('N:')) return c;
    const [, id, v, u] = c.split(':');
    return d.N(id, v) + u;
  };
  const sf = (i, v) => d.f(`S${i}`, v % 100n === 0n ? String(v / 100n) : fmt(v));
  const m = (id, v) => d.M(id, v, true);
  return [
    TITLE('霁南省文化和旅游厅2023年非物质文化遗产保护项目支出绩效自评报告'),
    H(1, '一、项目概况'),
    Pa('本项目为省本级常年性项目，由厅非物质文化遗产处组织实施，省非物质文化遗产保护中心具体承担数字化记录和展演展示工作。项目资金主要用于省级非遗代表性传承人传习补助、非遗工坊扶持、非遗展演展示和省级代表性项目数字化记录四个方面。'),
    H(1, '二、项目资金情况'),
    Pa(`项目年初预算${m('b0', b0)}万元。为落实省级代表性传承人补助标准提高的政策，省财政厅于6月追加${d.M('add', add)}万元，全年预算达到${m('bt', bt)}万元。全年支出${m('ex', ex)}万元，执行率${d.D('rate', rate, 2)}%，结余${d.M('bal', bt - ex)}万元，为${d.N('szLeft', szT - szA)}个数字化记录项目因传承人身体原因延期拍摄而未支付的款项。`),
    Pa(`支出明细：（1）向${d.N('nCc', nCc)}名省级代表性传承人发放传习补助，每人每年${d.M('ccStd', ccStd)}万元，合计${d.M('cc', cc)}万元；（2）扶持非遗工坊${d.N('nGf', nGf)}个，每个${d.M('gfStd', gfStd)}万元，合计${d.M('gf', gf)}万元；（3）举办非遗展演展示活动支出${d.M('zy', zy)}万元；（4）数字化记录工程支出${d.M('sz', sz)}万元。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`计划完成省级代表性项目数字化记录${d.N('nSzT', szT)}个，实际完成${d.N('nSzA', szA)}个，完成率${d.D('szR', pct(szA, szT), 2)}%。全年举办“非遗购物节”“非遗进景区”等展演展示活动64场，36个非遗工坊带动就业约1,700人；非遗进校园覆盖全省131所中小学。对传承人的满意度调查结果为95.2%。`),
    H(1, '四、自评结果'),
    Pa(`经厅绩效自评工作组评议，本项目自评总分${d.D('nT', total, 2)}分，等级“${d.word('g', '优')}”。具体评分见表1、表2。`),
    T([
      ['项目资金（万元）', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
      ['年度资金总额', m('T_b0', b0), m('T_bt', bt), m('T_ex', ex), d.N('T_w', 10), d.D('T_r', rate, 2) + '%', d.D('T_s', es, 2)],
      ['其中：当年财政拨款', m('A_b0', b0), m('A_bt', bt), m('A_ex', ex), '—', '—', '—'],
      ['上年结转资金', '—', '—', '—', '—', '—', '—'],
      ['其他资金', '—', '—', '—', '—', '—', '—'],
    ], { caption: '表1　项目资金情况' }),
    T([
      ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
      ['预算执行', '—', '预算执行率', '100%', d.D('X0', rate, 2) + '%', d.N('W0', 10), d.D('S0', es, 2)],
      ...rows.map((r, i) => [r[0], r[1], r[2], cell(r[3]), cell(r[4]), d.N(`W${i + 1}`, r[5]), sf(i + 1, r[6])]),
      ['合计', '', '', '', '', d.N('WT', 100), d.D('ST', total, 2)],
    ], { caption: '表2　项目绩效指标自评表' }),
    H(1, '五、问题及改进'),
    Pa('（一）数字化记录进度受传承人年龄和健康状况影响较大，两个项目未按期完成。下一步将对70岁以上传承人的项目优先安排拍摄，并建立备选项目清单。'),
    Pa('（二）部分非遗工坊市场开拓能力弱，带动就业以季节性为主。将联合电商平台开展非遗产品推广，提升工坊持续经营能力。'),
  ];
});

// ── 23 转移支付 · txt · 省教育厅 校舍安全保障长效机制资金 ──
report(23, 'xiaoshe-anquan', 'txt', '转移支付/专项资金', '朔原省2023年农村义务教育学校校舍安全保障长效机制资金绩效自评报告', { table: 'space', indent: '　　', blank: false }, (d) => {
  const cities = [['蓼城市', '4216.00', '1405.40', '18.62', 386], ['澄桥市', '3582.00', '1194.00', '15.40', 302], ['芸台市', '5108.00', '1702.60', '22.18', 455], ['榴川市', '2964.00', '988.00', '12.75', 248], ['鹿溪市', '3870.00', '1290.00', '16.90', 331], ['柏原县（省直管）', '1260.00', '420.00', '5.35', 97]];
  const zy = cities.map((c) => W(c[1])), sj = cities.map((c) => W(c[2])), ar = cities.map((c) => S(c[3], 2));
  const zyT = sum(zy), sjT = sum(sj), T0 = zyT + sjT, arT = sum(ar), nSch = cities.reduce((a, c) => a + c[4], 0);
  assert(fmt(T0) === '28000.00' && fmt(arT) === '91.20', 'r23 ' + fmt(T0) + ' ' + fmt(arT));
  const yi = (v) => rnd(v, 1000000n, 2);
  const arPlan = 90n;
  const ex = W('26936.48');
  d.sum('zyT', '中央资金列合计', 'zyT', cities.map((_, i) => `z${i}`), 'table_sum');
  d.sum('sjT', '省级资金列合计', 'sjT', cities.map((_, i) => `s${i}`), 'table_sum');
  cities.forEach((c, i) => d.sum(`row${i}`, `${c[0]}：合计 = 中央 + 省级`, `t${i}`, [`z${i}`, `s${i}`], 'sum'));
  d.sum('tT', '合计行：合计 = 中央合计 + 省级合计', 'tT', ['zyT', 'sjT'], 'table_sum');
  d.sum('arT', '维修面积列合计', 'arT', cities.map((_, i) => `a${i}`), 'table_sum');
  d.sum('nT', '学校数列合计', 'nT', cities.map((_, i) => `n${i}`), 'table_sum');
  d.round('yiT', '下达总额（亿元）= 表中合计 ÷ 10000', 'yiT', 'tT / 10000', 'unit_restate');
  d.round('yiZ', '中央资金（亿元）= 表中中央合计 ÷ 10000', 'yiZ', 'zyT / 10000', 'unit_restate');
  d.round('yiS', '省级资金（亿元）= 表中省级合计 ÷ 10000', 'yiS', 'sjT / 10000', 'unit_restate');
  d.eq('nAr', '正文维修面积 = 表中合计', 'nAr', 'arT');
  d.eq('nSch', '正文学校数 = 表中合计', 'nSch', 'nT');
  d.rate('arR', '维修面积完成率', 'arR', 'nAr', 'arPlan', 'completion');
  d.round('unit', '每平方米财政投入 = 资金 ÷ 面积', 'unit', 'tT / nAr', 'unit_cost');
  d.rate('rate', '各地支出进度 = 支出 ÷ 下达', 'rate', 'ex', 'tT');
  d.sum('yiSum', '亿元口径：总额 = 中央 + 省级', 'yiT', ['yiZ', 'yiS']);
  d.bad('t3', '3,925.00', 'row3');
  const m = (id, v) => d.M(id, v, true);
  const trows = [['地区', '中央资金', '省级资金', '合计', '维修改造面积（万平方米）', '涉及学校（所）']];
  cities.forEach((c, i) => trows.push([c[0], m(`z${i}`, zy[i]), m(`s${i}`, sj[i]), m(`t${i}`, zy[i] + sj[i]), d.D(`a${i}`, ar[i], 2), d.N(`n${i}`, c[4])]));
  trows.push(['合计', m('zyT', zyT), m('sjT', sjT), m('tT', T0), d.D('arT', arT, 2), d.f('nT', fmt(BigInt(nSch), 0, true))]);
  return [
    TITLE('朔原省2023年农村义务教育学校校舍安全保障长效机制资金绩效自评报告'),
    SUB('朔原省教育厅　朔原省财政厅'),
    H(1, '一、资金基本情况'),
    Pa(`2023年，中央和省级财政共安排我省农村义务教育学校校舍安全保障长效机制资金${d.D('yiT', yi(T0), 2)}亿元，其中中央资金${d.D('yiZ', yi(zyT), 2)}亿元、省级资金${d.D('yiS', yi(sjT), 2)}亿元，主要用于农村义务教育学校校舍维修改造、抗震加固、综合防灾能力建设等。资金按照校舍面积、学校数量和财力状况等因素分配，于2023年3月下达各地。`),
    Pa('各地资金分配情况如下（单位：万元）：'),
    T(trows),
    H(1, '二、资金使用情况'),
    Pa(`截至2023年12月底，各地累计支出${m('ex', ex)}万元，支出进度${d.D('rate', pct(ex, T0), 2)}%。其中芸台市、鹿溪市支出进度超过98%，榴川市因2所学校抗震加固工程招标失败重新招标，支出进度相对较慢。`),
    H(1, '三、绩效目标完成情况'),
    Pa(`（一）产出。全省年度计划维修改造校舍${d.N('arPlan', arPlan)}万平方米，实际完成${d.D('nAr', arT, 2)}万平方米，完成率${d.D('arR', pct(arT, arPlan * 100n), 2)}%，涉及学校${d.f('nSch', fmt(BigInt(nSch), 0, true))}所。按实际维修面积计算，每平方米财政投入${d.D('unit', rnd(T0, arT, 2), 2)}元。`),
    Pa('（二）质量。抽查已完工项目120个，工程质量合格率100%；全年未发生因校舍质量问题导致的安全责任事故。'),
    Pa('（三）效益。农村学校D级危房实现动态清零，约46万名农村学生的学习生活条件得到改善。'),
    Pa('（四）满意度。对抽查学校的师生和家长开展问卷调查，总体满意度94.1%。'),
    H(1, '四、存在的问题'),
    Pa('（一）部分县区项目前期工作滞后，资金下达后才开始设计招标，影响支出进度；（二）个别地方将资金用于新建校舍，超出资金使用范围，已责令整改；（三）项目绩效目标以面积为主，对综合防灾能力提升的衡量指标不足。'),
    H(1, '五、改进措施'),
    Pa('（一）建立校舍维修改造项目储备库，资金下达前完成项目前期工作；（二）将资金使用合规性纳入年度督导；（三）在2024年绩效目标中增加校舍安全隐患整改率、消防设施达标率等指标。'),
  ];
});

// ── 24 转移支付 · docx · 县水务局 农村生活污水治理（水污染防治资金） ──
report(24, 'nongcun-wushui', 'docx', '转移支付/专项资金', '雁汀县2023年水污染防治资金（农村生活污水治理）绩效自评报告', { creator: '雁汀县水务局' }, (d) => {
  const plan = [W('1200.00'), W('400.00'), W('300.00')];
  const got = [W('1200.00'), W('400.00'), W('186.00')];
  const spent = [W('1162.40'), W('381.55'), W('158.40')];
  const pT = sum(plan), gT = sum(got), sT = sum(spent);
  const names = ['中央水污染防治资金', '省级配套资金', '县级配套资金'];
  const cunT = 40, cunA = 38, hh = 5620, fac = 24, facOk = 23;
  const sc = [['资金管理', '20', '16.50'], ['产出', '40', '34.00'], ['效益', '30', '21.50'], ['满意度', '10', '8.00']];
  const tot = sum(sc.map((x) => S(x[2])));
  assert(fmt(tot) === '80.00', 'r24');
  d.sum('pT', '计划数合计', 'pT', ['p0', 'p1', 'p2'], 'table_sum');
  d.sum('gT', '到位数合计', 'gT', ['g0', 'g1', 'g2'], 'table_sum');
  d.sum('sT', '支出数合计', 'sT', ['s0', 's1', 's2'], 'table_sum');
  names.forEach((n, i) => d.rate(`gr${i}`, `表中${n}到位率`, `gr${i}`, `g${i}`, `p${i}`, 'arrival_rate'));
  d.rate('grT', '表中合计到位率', 'grT', 'gT', 'pT', 'arrival_rate');
  d.eq('nP', '正文计划 = 表', 'nP', 'pT');
  d.eq('nG', '正文到位 = 表', 'nG', 'gT');
  d.rate('nGr', '正文到位率 = 到位 ÷ 计划', 'nGr', 'nG', 'nP', 'arrival_rate');
  d.eq('nXj', '正文县级配套应到位 = 表', 'nXjP', 'p2');
  d.eq('nXjG', '正文县级配套实到 = 表', 'nXjG', 'g2');
  d.rel('gap', 'balance', '县级配套缺口 = 应到位 − 实到位', 'gap', 'nXjP - nXjG');
  d.eq('nS', '正文支出 = 表', 'nS', 'sT');
  d.rate('sR', '支出率 = 支出 ÷ 到位资金', 'sR', 'nS', 'nG', 'rate');
  d.rate('cun', '自然村治理完成率', 'cunR', 'cunA', 'cunT', 'completion');
  d.round('hh', '户均投资 = 支出 ÷ 受益农户', 'hhAvg', 'nS * 10000 / hh', 'per_head');
  d.rate('fac', '设施正常运行率', 'facR', 'facOk', 'fac', 'rate');
  d.sum('st', '自评总分 = 四部分之和', 'tot', sc.map((_, i) => `sc${i}`), 'score_total');
  d.rel('wt', 'weights', '四部分满分之和为100', sc.map((_, i) => `w${i}`).join(' + '), '100');
  d.grade('grade', '等级与总分相符（80分为良）', 'tot', 'g');
  d.rel('cunL', 'count', '未完成自然村 = 计划 − 完成', 'cunLeft', 'cunT - cunA');
  d.bad('nGr', '49.00', 'nGr');
  const m = (id, v) => d.M(id, v, true);
  return [
    TITLE('雁汀县2023年水污染防治资金（农村生活污水治理）绩效自评报告'),
    SUB('雁汀县水务局　雁汀县财政局'),
    H(1, '一、项目概况'),
    Pa(`2023年，我县利用中央水污染防治资金和省、县配套资金，在枫林、檀坑、南岙3个乡镇推进农村生活污水治理，计划完成${d.N('cunT', cunT)}个自然村的污水收集和处理设施建设。`),
    H(1, '二、资金到位和使用情况'),
    Pa(`项目计划投入${m('nP', pT)}万元，实际到位${m('nG', gT)}万元，资金到位率${d.D('nGr', pct(gT, pT), 2)}%。中央和省级资金全部到位；县级配套资金应到位${d.M('nXjP', plan[2])}万元，实际到位${d.M('nXjG', got[2])}万元，尚有${d.M('gap', plan[2] - got[2])}万元未到位，原因是县级财政收入短收。`),
    Pa(`截至2023年12月31日，项目支出${m('nS', sT)}万元，占到位资金的${d.D('sR', pct(sT, gT), 2)}%。分来源情况见表1。`),
    T([
      ['资金来源', '计划数（万元）', '到位数（万元）', '到位率', '支出数（万元）'],
      ...names.map((n, i) => [n, m(`p${i}`, plan[i]), m(`g${i}`, got[i]), d.D(`gr${i}`, pct(got[i], plan[i]), 2) + '%', m(`s${i}`, spent[i])]),
      ['合计', m('pT', pT), m('gT', gT), d.D('grT', pct(gT, pT), 2) + '%', m('sT', sT)],
    ], { caption: '表1　资金到位及支出情况' }),
    H(1, '三、绩效目标完成情况'),
    Pa(`（一）产出。完成${d.N('cunA', cunA)}个自然村的污水治理，完成率${d.D('cunR', pct(cunA, cunT), 2)}%；新建污水收集管网86.4公里，建成一体化污水处理设施${d.N('fac', fac)}座。未完成的${d.N('cunLeft', cunT - cunA)}个自然村因县级配套资金未到位，推迟到2024年实施。`),
    Pa(`（二）效益。项目受益农户${d.f('hh', '5,620')}户，户均投资${d.D('hhAvg', rnd(sT * 10000n, BigInt(hh) * 100n, 2), 2, true)}元。${d.N('facOk', facOk)}座设施正常运行，运行率${d.D('facR', pct(facOk, fac), 2)}%，出水水质抽检达标。治理村生活污水乱排乱放现象基本消除。`),
    Pa('（三）满意度。对治理村农户开展入户调查，满意度91%。'),
    T([
      ['指标', '目标值', '完成值', '是否达标'],
      ['治理自然村数量', '40个', '38个', '未达标'],
      ['新建收集管网长度', '≥80公里', '86.4公里', '达标'],
      ['设施正常运行率', '≥90%', '95.83%', '达标'],
      ['受益群众满意度', '≥90%', '91%', '达标'],
    ], { caption: '表2　主要绩效指标完成情况' }),
    H(1, '四、自评结论'),
    Pa(`经自评，本项目总得分${d.D('tot', tot, 2)}分，评价等级为“${d.word('g', '良')}”。各部分得分：${sc.map((x, i) => `${x[0]}${d.D(`sc${i}`, S(x[2]), 2)}分（满分${d.N(`w${i}`, x[1])}分）`).join('、')}。`),
    H(1, '五、问题及改进措施'),
    Pa('县级配套资金不到位是影响项目完成的主要原因。下一步，县财政将把2024年应到位的配套资金列入年初预算优先保障；县水务局将会同乡镇建立设施运维台账，落实第三方运维，确保已建设施长效运行。'),
  ];
});


// ───────────────────────── 主程序 ─────────────────────────
async function main() {
  const cleanDir = path.join(ROOT, 'clean'), badDir = path.join(ROOT, 'bad');
  for (const dir of [cleanDir, badDir]) {
    fs.mkdirSync(dir, { recursive: true });
    for (const f of fs.readdirSync(dir)) fs.unlinkSync(path.join(dir, f));
  }
  const spec = { about: 'people-m 语料登记：每个数字的位置（文本=行号，Word=P段落/T表R行C列）与第 k 个数字记号；每条关系；错误稿的唯一改动', files: {} };
  const answers = [['file', 'line_or_place', 'old', 'new', 'relation']];
  REPORTS.sort((a, b) => a.no - b.no);
  for (const r of REPORTS) {
    const d = new Doc(r.no, r.slug, r.ext, r.kind, r.title);
    const blocks = r.fn(d);
    assert(d.mut, `${d.file}: 未设定错误稿改动`);
    const mf = d.figs.get(d.mut.fig);
    assert(mf && !mf.word, `${d.file}: 改动对象 ${d.mut.fig} 不是数字`);
    assert(mf.text.length === d.mut.neu.length, `${d.file}: 改动前后长度应一致（${mf.text}→${d.mut.neu}）`);
    assert(mf.text !== d.mut.neu, `${d.file}: 改动无变化`);
    const rel = d.rels.find((x) => x.id === d.mut.rel);
    assert(rel, `${d.file}: 改动关系 ${d.mut.rel} 未登记`);
    const v = await emit(d, blocks, r.opts ?? {});
    fs.writeFileSync(path.join(cleanDir, d.file), v.clean.data);
    fs.writeFileSync(path.join(badDir, d.file), v.bad.data);
    const place = v.clean.placed.figs[d.mut.fig].place;
    spec.files[d.file] = {
      kind: r.kind, format: r.ext, title: r.title,
      figures: v.clean.placed.figs,
      relations: d.rels,
      mutation: { fig: d.mut.fig, place, k: v.clean.placed.figs[d.mut.fig].k, old: mf.text, new: d.mut.neu, relation: d.mut.rel },
    };
    answers.push([d.file, place, mf.text, d.mut.neu, `[${rel.id}] ${rel.kind}：${rel.desc}`]);
  }
  fs.writeFileSync(path.join(badDir, 'ANSWERS.tsv'), answers.map((r) => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(ROOT, 'relations.json'), JSON.stringify(spec, null, 1) + '\n');
  const nRel = Object.values(spec.files).reduce((a, f) => a + f.relations.length, 0);
  console.log(`生成 ${REPORTS.length} 份报告（干净稿与错误稿各一份），登记关系 ${nRel} 条`);
}
main().catch((e) => { console.error(e); process.exit(1); });

'use strict';
// 生成器：node gen.cjs  → clean/  bad/  bad/ANSWERS.tsv  spec/NN.json
// 无外部依赖；全部金额以“分”为单位用 BigInt 计算，四舍五入一律为“四舍五入（half up）”。
const fs = require('fs');
const path = require('path');
const ROOT = __dirname;

// ---------- 数值工具 ----------
function parseDec(s, mult) { // 十进制字符串 × mult（BigInt）→ BigInt，必须整除
  s = String(s).replace(/,/g, '');
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [i, f = ''] = s.split('.');
  const n = BigInt(i + f);
  const den = 10n ** BigInt(f.length);
  if ((n * mult) % den !== 0n) throw new Error('not exact: ' + s);
  const v = (n * mult) / den;
  return neg ? -v : v;
}
const W = (s) => parseDec(s, 1000000n); // 万元 → 分
const Y = (s) => parseDec(s, 100n); // 元 → 分
const S = (s) => parseDec(s, 100n); // 分值/得分 → 百分之一分
function rhu(n, d) { // round half up n/d → BigInt
  if (d < 0n) { n = -n; d = -d; }
  const neg = n < 0n;
  const a = neg ? -n : n;
  const q = (2n * a + d) / (2n * d);
  return neg ? -q : q;
}
function fmt(x, dp, sep) { // x = 数值 × 10^dp
  const neg = x < 0n;
  let s = (neg ? -x : x).toString();
  while (s.length <= dp) s = '0' + s;
  let ip = dp ? s.slice(0, s.length - dp) : s;
  const fp = dp ? s.slice(s.length - dp) : '';
  if (sep) ip = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + ip + (dp ? '.' + fp : '');
}
function wan(fen, sep) { // 万元两位小数，必须精确
  if (fen % 10000n !== 0n) throw new Error('wan not exact ' + fen);
  return fmt(fen / 10000n, 2, sep);
}
function wanR(fen, dp = 2, sep) { return fmt(rhu(fen * 10n ** BigInt(dp), 1000000n), dp, sep); }
function yuan(fen, dp = 0, sep) {
  const x = rhu(fen * 10n ** BigInt(dp), 100n);
  if (x * 100n !== fen * 10n ** BigInt(dp)) throw new Error('yuan not exact ' + fen);
  return fmt(x, dp, sep);
}
function yuanR(fen, dp = 0, sep) { return fmt(rhu(fen * 10n ** BigInt(dp), 100n), dp, sep); }
function yi(fen, dp = 2) { return fmt(rhu(fen * 10n ** BigInt(dp), 10000000000n), dp, false); }
function pct(a, b, dp = 2) { return fmt(rhu(BigInt(a) * 100n * 10n ** BigInt(dp), BigInt(b)), dp, false); }
function div(a, b, dp = 2, sep) { return fmt(rhu(BigInt(a) * 10n ** BigInt(dp), BigInt(b)), dp, sep); }
function num(n, sep = true) { return fmt(BigInt(n), 0, sep); }
function sc(x, dp) { // 得分（百分之一分）显示：dp 未给时去掉多余的 0
  if (dp !== undefined) return fmt(x, dp, false);
  let s = fmt(x, 2, false);
  s = s.replace(/\.?0+$/, '');
  return s;
}
function sum(arr) { return arr.reduce((a, b) => a + BigInt(b), 0n); }
const CN = '零一二三四五六七八九';
function cn(n) { // 1..999
  n = Number(n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  const h = Math.floor(n / 100), r = n % 100;
  if (r === 0) return CN[h] + '百';
  if (r < 10) return CN[h] + '百零' + CN[r];
  return CN[h] + '百' + (r < 20 ? '一' + cn(r) : cn(r));
}
function grade(x) { // x 百分之一分
  if (x >= 9000n) return '优';
  if (x >= 8000n) return '良';
  if (x >= 6000n) return '中';
  return '差';
}

// ---------- 报告构造器 ----------
class Fig {
  constructor(rep, id, text, unit) { this.rep = rep; this.id = id; this.text = text; this.unit = unit; }
  toString() { return '\u0001' + this.id + '\u0002' + this.text + '\u0003'; }
}
class Rep {
  constructor(no, slug, ext, title) {
    this.no = no; this.slug = slug; this.ext = ext; this.title = title;
    this.raw = []; this.figs = new Map(); this.rels = []; this.n = 0; this.badSpec = null;
    this.marks = new Map();
  }
  get file() { return `${String(this.no).padStart(2, '0')}-${this.slug}.${this.ext}`; }
  // 一个数字出现处：text 为原文字样；unit 用于表格中不带单位的单元格
  f(text, unit) {
    const id = 'f' + (++this.n);
    const g = new Fig(this, id, String(text), unit);
    this.figs.set(id, g);
    return g;
  }
  mark(key) { return '\u0004' + key + '\u0005'; }
  p(...xs) { for (const x of xs) for (const l of String(x).split('\n')) this.raw.push(l); }
  rel(kind, desc, args) {
    const r = Object.assign({ id: 'r' + (this.rels.length + 1), kind, desc }, args);
    this.rels.push(r);
    return r;
  }
  sum(desc, parts, total, signs) { return this.rel('sum', desc, { parts, total, signs }); }
  ratio(desc, numer, denom, res) { return this.rel('ratio', desc, { num: numer, den: denom, res }); }
  growth(desc, cur, prev, res, dir = 1) { return this.rel('growth', desc, { cur, prev, res, dir }); }
  same(desc, ...figs) { return this.rel('same', desc, { figs }); }
  approx(desc, exact, appr, mode) { return this.rel('approx', desc, { exact, approx: appr, mode }); }
  count(desc, cnt, items) { return this.rel('count', desc, { count: cnt, items }); }
  grade(desc, score, g) { return this.rel('grade', desc, { score, grade: g }); }
  scoreRate(desc, rate, weight, score) { return this.rel('score_rate', desc, { rate, weight, score }); }
  scoreProp(desc, actual, target, weight, score, dir = 'ge') { return this.rel('score_prop', desc, { actual, target, weight, score, dir }); }
  bad(fig, newText, rel) { this.badSpec = { fig, newText, rel }; }

  build() {
    const lines = [];
    const occ = new Map();
    this.raw.forEach((l, i) => { if (i && l === '' && this.raw[i - 1] === '') throw new Error(`${this.file}: double blank line at ${i + 1}`); });
    this.raw.forEach((l, i) => {
      let out = '';
      let k = 0;
      while (k < l.length) {
        const c = l[k];
        if (c === '\u0001') {
          const j = l.indexOf('\u0002', k), e = l.indexOf('\u0003', j);
          const id = l.slice(k + 1, j), text = l.slice(j + 1, e);
          if (occ.has(id)) throw new Error(`${this.file}: figure ${id} used twice`);
          occ.set(id, { line: i + 1, col: out.length, text });
          out += text; k = e + 1;
        } else if (c === '\u0004') {
          const e = l.indexOf('\u0005', k);
          const key = l.slice(k + 1, e);
          if (this.marks.has(key)) throw new Error(`${this.file}: mark ${key} twice`);
          this.marks.set(key, i + 1);
          k = e + 1;
        } else { out += c; k++; }
      }
      lines.push(out);
    });
    while (lines.length && lines[lines.length - 1] === '') lines.pop();
    const used = new Set();
    const ref = (g) => {
      if (!(g instanceof Fig)) throw new Error(`${this.file}: bad ref ${g}`);
      if (!occ.has(g.id)) throw new Error(`${this.file}: figure ${g.id} (${g.text}) not placed`);
      used.add(g.id);
      return g.id;
    };
    const rels = this.rels.map((r) => {
      const o = { id: r.id, kind: r.kind, desc: r.desc };
      for (const [k, v] of Object.entries(r)) {
        if (['id', 'kind', 'desc'].includes(k) || v === undefined) continue;
        if (v instanceof Fig) o[k] = ref(v);
        else if (k === 'items') o[k] = v.map((key) => { if (!this.marks.has(key)) throw new Error(`${this.file}: mark ${key}`); return this.marks.get(key); });
        else if (Array.isArray(v)) o[k] = v.map((x) => (x instanceof Fig ? ref(x) : x));
        else o[k] = v;
      }
      return o;
    });
    const figs = {};
    for (const [id, g] of this.figs) {
      if (!occ.has(id)) throw new Error(`${this.file}: figure ${id} (${g.text}) created but not placed`);
      if (!used.has(id)) continue; // 未参与关系的数字不写入 spec
      figs[id] = Object.assign({}, occ.get(id), g.unit ? { unit: g.unit } : {});
    }
    const b = this.badSpec;
    if (!b) throw new Error(`${this.file}: no bad`);
    const o = occ.get(b.fig.id);
    const badLines = lines.slice();
    const L = badLines[o.line - 1];
    if (L.slice(o.col, o.col + o.text.length) !== o.text) throw new Error('col mismatch');
    badLines[o.line - 1] = L.slice(0, o.col) + b.newText + L.slice(o.col + o.text.length);
    const spec = {
      no: this.no, title: this.title, clean: 'clean/' + this.file, bad: 'bad/' + this.file,
      lines: lines.length, figures: figs, relations: rels,
      answer: { fig: ref(b.fig), line: o.line, old: o.text, new: b.newText, relation: b.rel.id, desc: b.rel.desc },
    };
    return { text: lines.join('\n') + '\n', bad: badLines.join('\n') + '\n', spec };
  }
}

const H = { W, Y, S, rhu, fmt, wan, wanR, yuan, yuanR, yi, pct, div, num, sc, sum, cn, grade, Rep };
module.exports = H;

if (require.main === module) {
  const dir = path.join(ROOT, 'reports');
  const files = fs.readdirSync(dir).filter((f) => /^\d\d\.cjs$/.test(f)).sort();
  for (const d of ['clean', 'bad', 'spec']) {
    fs.mkdirSync(path.join(ROOT, d), { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, d))) fs.unlinkSync(path.join(ROOT, d, f));
  }
  const rows = ['file\tline\told\tnew\trelation'];
  for (const f of files) {
    const rep = require(path.join(dir, f))(H);
    const { text, bad, spec } = rep.build();
    fs.writeFileSync(path.join(ROOT, 'clean', rep.file), text);
    fs.writeFileSync(path.join(ROOT, 'bad', rep.file), bad);
    fs.writeFileSync(path.join(ROOT, 'spec', String(rep.no).padStart(2, '0') + '.json'), JSON.stringify(spec, null, 1) + '\n');
    rows.push([rep.file, spec.answer.line, spec.answer.old, spec.answer.new, spec.answer.desc].join('\t'));
    console.log(`${rep.file}\t${spec.lines} 行\t${spec.relations.length} 条关系`);
  }
  fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), rows.join('\n') + '\n');
}

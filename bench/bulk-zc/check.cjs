'use strict';
// node check.cjs — independent check of the corpus.
// For every row of bad/ANSWERS.tsv:
//   1. the bad text (pdftotext -layout for a .pdf) differs from the clean text on exactly
//      the stated line, by old -> new;
//   2. figures are re-read from the text itself and the stated relation is recomputed:
//      it holds in the clean file and fails in the bad one;
//   3. guard relations hold in both.
// It knows nothing of gen.cjs or src/: only the texts and the labels printed in them.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = __dirname;
const readText = f => (f.endsWith('.pdf') ? execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' }) : fs.readFileSync(f, 'utf8'));

// ---------- exact decimals ----------
function D(s) {
  s = String(s).replace(/,/g, '').replace(/%$/, '').trim();
  if (!/^-?\d+(\.\d+)?$/.test(s)) throw new Error('not a number: ' + s);
  const neg = s.startsWith('-'); if (neg) s = s.slice(1);
  const [a, b = ''] = s.split('.');
  return { i: BigInt((neg ? '-' : '') + a + b), e: b.length };
}
const p10 = n => 10n ** BigInt(n);
const scale = (x, e) => x.i * p10(e - x.e);
function cmp(a, b) { const e = Math.max(a.e, b.e); const d = scale(a, e) - scale(b, e); return d === 0n ? 0 : d > 0n ? 1 : -1; }
function add(...xs) { const e = Math.max(...xs.map(x => x.e)); return { i: xs.reduce((s, x) => s + scale(x, e), 0n), e }; }
const neg = x => ({ i: -x.i, e: x.e });
const sub = (a, b) => add(a, neg(b));
function mul(a, b) { return { i: a.i * b.i, e: a.e + b.e }; }
// a / b * mult rounded half-up to `digits` decimals, returned as decimal
function rq(a, b, digits, mult = 1n) {
  let A = a.i * p10(b.e) * BigInt(mult), B = b.i * p10(a.e);
  if (B < 0n) { A = -A; B = -B; }
  const sg = A < 0n ? -1n : 1n; A = A * sg;
  const q = (2n * A * p10(digits) + B) / (2n * B);
  return { i: sg * q, e: digits };
}
const eqs = (a, b) => cmp(a, b) === 0;
const fmt = x => { const s = (x.i < 0n ? -x.i : x.i).toString().padStart(x.e + 1, '0'); return (x.i < 0n ? '-' : '') + (x.e ? s.slice(0, -x.e) + '.' + s.slice(-x.e) : s); };
const sumD = xs => add(...xs);

// ---------- reading a report ----------
const NUM = /-?\d[\d,]*(?:\.\d+)?%?/g;
const FOOT = /^(第\s*\d+\s*页\s*共\s*\d+\s*页|-\s*\d+\s*-)$/;
const squash = s => s.replace(/[\s\u3000]/g, '');
class Report {
  constructor(text, name) {
    this.name = name;
    this.lines = text.split('\n');
    const pages = text.split('\f');
    const firsts = pages.map(p => (p.split('\n').find(l => l.trim()) || '').trim());
    const count = {}; firsts.forEach(f => { count[f] = (count[f] || 0) + 1; });
    this.header = Object.keys(count).filter(k => k && count[k] >= 2);
    this.body = this.lines.map(l => l.replace(/\f/g, '')).filter(l => !FOOT.test(l.trim()) && !this.header.includes(l.trim()));
    this.prose = squash(this.body.join(''));
  }
  // capture groups of a regex over the whitespace-free running text
  p(re) { const m = this.prose.match(re); if (!m) throw new Error(`${this.name}: no match for ${re}`); return m.slice(1); }
  // lines from the first line matching `from` (squashed) on
  after(from) { const i = this.body.findIndex(l => from.test(squash(l))); if (i < 0) throw new Error(`${this.name}: no line ${from}`); const r = Object.create(Report.prototype); Object.assign(r, this, { body: this.body.slice(i) }); return r; }
  // numbers on the first line whose squashed text starts with / matches `label`
  row(label) {
    const l = this.body.find(x => label.test(squash(x)));
    if (l == null) throw new Error(`${this.name}: no row ${label}`);
    return (l.match(NUM) || []);
  }
  // data rows of a numbered table: lines starting with an index, up to the 合计 line
  table(start) {
    const t = this.after(start).body; const rows = []; let total = null;
    for (const l of t.slice(1)) {
      const s = l.trim();
      if (/^合\s*计/.test(s)) { total = s.match(NUM); break; }
      if (/^\d+\s+\S/.test(s)) rows.push(s.match(NUM));
    }
    if (!total) throw new Error(`${this.name}: table ${start} has no 合计`);
    return { rows, total };
  }
  // score table: [分值, 得分] pairs of every scored row, and the 总分 row
  scores() {
    const b = this.body; const pairs = [];
    const pure = c => /^\d[\d,]*(\.\d+)?$/.test(c);
    const fund = b.find(l => /^年度资金总额/.test(l.trim()));
    if (fund) { const c = fund.trim().split(/\s{2,}/).filter(pure); pairs.push(c.slice(-2)); }
    const start = b.findIndex(l => /三级指标/.test(l) && /得分/.test(l));
    if (start < 0) throw new Error(`${this.name}: no score table`);
    let total = null;
    for (const l of b.slice(start + 1)) {
      if (/三级指标/.test(l) || /分值/.test(l)) continue;
      const cells = l.trim().split(/\s{2,}/);
      const c = cells.filter(pure);
      if (/^总\s*分$/.test(cells[0])) { total = c; break; }
      if (c.length === 2) pairs.push(c);
      else if (c.length) throw new Error(`${this.name}: odd score line: ${l.trim()}`);
    }
    if (!total) throw new Error(`${this.name}: no 总分 row`);
    return { pairs, total };
  }
}

// ---------- relations ----------
const R = {
  sum: (parts, total) => ({ ok: eqs(sumD(parts.map(D)), D(total)), got: `${parts.join(' + ')} = ${fmt(sumD(parts.map(D)))} vs ${total}` }),
  eq: (a, b) => ({ ok: eqs(D(a), D(b)), got: `${a} vs ${b}` }),
  diff: (a, b, d) => ({ ok: eqs(sub(D(a), D(b)), D(d)), got: `${a} − ${b} = ${fmt(sub(D(a), D(b)))} vs ${d}` }),
  pct: (num, den, stated) => { const st = D(stated); const r = rq(D(num), D(den), st.e, 100n); return { ok: eqs(r, st), got: `${num}/${den} = ${fmt(r)}% vs ${stated.replace(/%$/, '')}%` }; },
  growth: (cur, prev, stated) => { const st = D(stated); const d = sub(D(cur), D(prev)); const r = rq({ i: d.i < 0n ? -d.i : d.i, e: d.e }, D(prev), st.e, 100n); return { ok: eqs(r, st), got: `|${cur} − ${prev}|/${prev} = ${fmt(r)}% vs ${stated}%` }; },
  div: (num, den, stated, mult = 1n) => { const st = D(stated); const r = rq(D(num), D(den), st.e, mult); return { ok: eqs(r, st), got: `${num}×${mult}/${den} = ${fmt(r)} vs ${stated}` }; },
  prod: (a, b, stated) => { const st = D(stated); const m = mul(D(a), D(b)); return { ok: eqs(m, st), got: `${a} × ${b} = ${fmt(m)} vs ${stated}` }; },
  balance: (x0, inc, exp, x1) => { const v = sub(add(D(x0), D(inc)), D(exp)); return { ok: eqs(v, D(x1)), got: `${x0} + ${inc} − ${exp} = ${fmt(v)} vs ${x1}` }; },
  grade: (total, g) => { const t = D(total); const want = cmp(t, D('90')) >= 0 ? '优' : cmp(t, D('80')) >= 0 ? '良' : cmp(t, D('60')) >= 0 ? '中' : '差'; return { ok: want === g, got: `${total}分 → ${want} vs ${g}` }; },
  // money stated with its unit equals a 万元 figure
  wan: (amt, unit, wanValue) => { const v = unit === '元' ? rq(D(amt), D('10000'), 2) : D(amt); return { ok: eqs(v, D(wanValue)), got: `${amt}${unit} vs ${wanValue}万元` }; },
  yuan: (amt, unit, yuanValue) => { const v = unit === '万元' ? mul(D(amt), D('10000')) : D(amt); return { ok: eqs(v, D(yuanValue)), got: `${amt}${unit} vs ${yuanValue}元` }; },
  all: list => { const bad = list.filter(x => !x.ok); return { ok: !bad.length, got: bad.length ? bad.map(x => x.got).join('; ') : `${list.length} ok` }; },
};
const last = (a, k = 1) => a[a.length - k];
function scoreTotal(T) {
  const s = T.scores();
  return R.all([R.sum(s.pairs.map(p => p[1]), s.total[1]), R.sum(s.pairs.map(p => p[0]), s.total[0]), R.eq(s.total[0], '100')]);
}
const tableSum = (T, start, k) => { const t = T.table(start); return R.sum(t.rows.map(r => last(r, k)), last(t.total, k)); };
// column by position from the left (rows start with their 序号, the 合计 row does not)
const tableSumAt = (T, start, i) => { const t = T.table(start); return R.sum(t.rows.map(r => r[i]), t.total[i - 1]); };
const rowRates = (T, start, kb, ka, kr) => { const t = T.table(start); return R.all(t.rows.concat([t.total]).map(r => R.pct(last(r, ka), last(r, kb), last(r, kr)))); };
const M = '([\\d,]+\\.\\d{2})';

// per file: main relation (holds in clean, fails in bad) and guards (hold in both)
const SPEC = {
  'p01-chengchuan-tongjiju-bumen.pdf': {
    main: T => { const t = T.after(/^表3/); return R.sum([t.row(/^因公出国/)[2], t.row(/^公务用车购置及运行维护费/)[2], t.row(/^公务接待费/)[2]], t.row(/^合计/)[2]); },
    guards: [
      T => { const t = T.after(/^表3/); return R.sum([t.row(/公务用车购置费$|公务用车购置费\d/)[2], t.row(/公务用车运行维护费/)[2]], t.row(/^公务用车购置及运行维护费/)[2]); },
      T => { const t = T.after(/^表1/); return R.sum([t.row(/基本支出/)[1], t.row(/项目支出/)[1]], t.row(/^本年支出合计/)[1]); },
      T => { const t = T.after(/^表1/); return R.sum([t.row(/人员经费/)[1], t.row(/公用经费/)[1]], t.row(/基本支出/)[1]); },
      T => { const [x] = T.p(/“三公”经费决算([\d.]+)万元/); return R.eq(x, T.after(/^表3/).row(/^合计/)[2]); },
      T => { const [c, e, r] = T.p(new RegExp(`全年预算数${M}万元.*?全年实际支出${M}万元，预算执行率([\\d.]+)%`)); return R.pct(e, c, r); },
      T => tableSum(T, /^表2/, 3), T => rowRates(T, /^表2/, 3, 2, 1), scoreTotal,
    ],
  },
  'p02-qinglan-zhongyuan-bumen.pdf': {
    main: T => { const [n, a, b, c, d] = T.p(/受理各类案件([\d,]+)件，其中刑事案件([\d,]+)件、民事案件([\d,]+)件、行政案件([\d,]+)件、执行案件([\d,]+)件/); return R.sum([a, b, c, d], n); },
    guards: [
      T => { const [n] = T.p(/受理各类案件([\d,]+)件/); const [j, r] = T.p(/审结([\d,]+)件，结案率([\d.]+)%/); return R.pct(j, n, r); },
      T => { const [n, a, per] = T.p(/为(\d+)名困难当事人发放司法救助金([\d.]+)万元，人均([\d.]+)万元/); return R.div(a, n, per); },
      T => { const [e, b, p] = T.p(new RegExp(`本年支出合计${M}万元，其中基本支出${M}万元、项目支出${M}万元`)); return R.sum([b, p], e); },
      T => tableSum(T, /^表2/, 2), scoreTotal,
    ],
  },
  'p03-yanting-tixiao-xunlian.pdf': {
    main: T => { const [e] = T.p(new RegExp(`全年实际支出${M}万元`)); const [n] = T.p(/全年在训学员(\d+)人/); const [per] = T.p(/生均训练经费([\d,.]+)元/); return R.div(e, n, per, 10000n); },
    guards: [
      T => { const [m, g, s, b] = T.p(/共获得奖牌(\d+)枚，其中金牌(\d+)枚、银牌(\d+)枚、铜牌(\d+)枚/); return R.sum([g, s, b], m); },
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), T => rowRates(T, /^表1/, 3, 2, 1),
      T => { const [i, a, k, c] = T.p(new RegExp(`年初预算${M}万元，年中追加${M}万元，加上年结转资金${M}万元，全年预算数${M}万元`)); return R.sum([i, a, k], c); },
      scoreTotal,
    ],
  },
  'p04-luzhou-xiaofang-zhuangbei.pdf': {
    main: T => { const [c] = T.p(new RegExp(`全年预算数${M}万元`)); const [e, r] = T.p(new RegExp(`实际支出${M}万元，预算执行率([\\d.]+)%`)); return R.pct(e, c, r); },
    guards: [
      T => { const f = T.row(/^年度资金总额/); return R.pct(f[2], f[1], f[4]); },
      T => { const [a, n, u] = T.p(new RegExp(`车辆购置支出${M}万元，共购置车辆(\\d+)台，单台采购均价${M}万元`)); return R.div(a, n, u); },
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), scoreTotal,
    ],
  },
  'p05-chengchuan-tushuguan-shuzi.pdf': {
    main: T => { const [e] = T.p(new RegExp(`全年实际支出${M}万元`)); const [a, s] = T.p(new RegExp(`电子图书及数据库采购支出${M}万元，占项目实际支出的([\\d.]+)%`)); return R.pct(a, e, s); },
    guards: [
      T => tableSum(T, /^表1/, 1), T => tableSum(T, /^表1/, 2),
      T => { const [c, e, r] = T.p(new RegExp(`全年预算数${M}万元。全年实际支出${M}万元，预算执行率([\\d.]+)%`)); return R.pct(e, c, r); },
      scoreTotal,
    ],
  },
  'p06-heze-nongcun-gongshui-zhuanxiang.pdf': {
    main: T => { const [i, a, k, c] = T.p(new RegExp(`年初预算安排${M}万元，年中追加${M}万元，加上年结转资金${M}万元，全年可用资金${M}万元`)); return R.sum([i, a, k], c); },
    guards: [
      T => { const [f, a, b, c] = T.p(new RegExp(`下达财政资金${M}万元，其中中央财政水利发展资金${M}万元、省级财政补助${M}万元、县级财政配套${M}万元`)); return R.sum([a, b, c], f); },
      T => { const [std, n, amt] = T.p(/按每户([\d,]+)元标准补助，全年完成改造([\d,]+)户，补助资金([\d.]+)万元/); return R.prod(std, n, fmt(mul(D(amt), D('10000')))); },
      T => tableSum(T, /^表1/, 3), T => tableSum(T, /^表1/, 2), T => rowRates(T, /^表1/, 3, 2, 1), scoreTotal,
    ],
  },
  'p07-heze-fengdu-zhen-bumen.pdf': {
    main: T => { const [x0, i, e, x1] = T.p(new RegExp(`年初结转结余${M}万元，加本年收入${M}万元，减本年支出${M}万元，年末结转结余${M}万元`)); return R.balance(x0, i, e, x1); },
    guards: [
      T => { const [e, b, p] = T.p(new RegExp(`本年支出合计${M}万元，其中基本支出${M}万元、项目支出${M}万元`)); return R.sum([b, p], e); },
      T => { const r = T.after(/^表1/).row(/^本年收入合计/); return R.eq(r[0], T.p(new RegExp(`本年收入合计${M}万元`))[0]); },
      T => { const [n, k, r] = T.p(/排查矛盾纠纷(\d+)件，化解(\d+)件，化解率([\d.]+)%/); return R.pct(k, n, r); },
      T => tableSum(T, /^表2/, 2), T => tableSum(T, /^表2/, 3), scoreTotal,
    ],
  },
  'p08-daixi-diyi-yiyuan-bumen.pdf': {
    main: T => { const [e, p, g] = T.p(new RegExp(`本年支出合计${M}万元，较上年${M}万元增长([\\d.]+)%`)); return R.growth(e, p, g); },
    guards: [
      T => { const [i, a, sa, b, sb, c, sc] = T.p(new RegExp(`本年收入合计${M}万元，其中财政拨款收入${M}万元，占([\\d.]+)%；事业收入${M}万元，占([\\d.]+)%；其他收入${M}万元，占([\\d.]+)%`)); return R.all([R.sum([a, b, c], i), R.pct(a, i, sa), R.pct(b, i, sb), R.pct(c, i, sc), R.sum([sa, sb, sc], '100')]); },
      T => { const [x1, r] = T.p(new RegExp(`年末结转结余${M}万元，结转结余率([\\d.]+)%`)); const [c] = T.p(new RegExp(`全年预算${M}万元`)); return R.pct(x1, c, r); },
      T => tableSum(T, /^表2/, 2), scoreTotal,
    ],
  },
  'p09-chengchuan-nongye-chanye-zhuanxiang.pdf': {
    main: T => tableSum(T, /^表1/, 2),
    guards: [
      T => tableSum(T, /^表1/, 1), T => tableSum(T, /^表1/, 3),
      T => { const [n, avg] = T.p(/支持产业项目(\d+)个，平均每个项目([\d,.]+)万元/); const [c] = T.p(new RegExp(`全年预算${M}万元`)); return R.div(c, n, avg); },
      T => { const [f, a, sa, b, sb] = T.p(new RegExp(`下达专项资金${M}万元，其中省级财政预算安排${M}万元，占([\\d.]+)%；中央财政衔接补助${M}万元，占([\\d.]+)%`)); return R.all([R.sum([a, b], f), R.pct(a, f, sa), R.pct(b, f, sb)]); },
      scoreTotal,
    ],
  },
  'p10-qinglan-jiuye-buzhu-zhuanxiang.pdf': {
    main: T => { const s = T.scores(); return R.sum(s.pairs.map(p => p[1]), s.total[1]); },
    guards: [
      T => { const s = T.scores(); return R.sum(s.pairs.map(p => p[0]), s.total[0]); },
      T => tableSum(T, /^表1/, 4), T => tableSum(T, /^表1/, 3), T => tableSum(T, /^表1/, 1),
      T => { const t = T.table(/^表1/); return R.all(t.rows.map(r => R.pct(last(r, 3), last(t.total, 3), last(r, 1)))); },
      T => { const [n] = T.p(/开展职业技能培训([\d,]+)人次/); const [per] = T.p(/人均培训补贴([\d,.]+)元/); const a = T.after(/^表1/).row(/职业培训补贴/); return R.div(a[a.length - 3], n, per, 10000n); },
    ],
  },
  'p11-tanyu-danganguan-bumen.pdf': {
    main: T => { const [q, s, r] = T.p(/核定事业编制(\d+)人，实有在职人员(\d+)人，人员控制率([\d.]+)%/); return R.pct(s, q, r); },
    guards: [
      T => { const t = T.after(/^表1/); return R.sum([t.row(/基本支出/)[1], t.row(/项目支出/)[1]], t.row(/^本年支出合计/)[1]); },
      T => { const r = T.after(/^表1/).row(/^本年支出合计/); return R.all([R.diff(r[1], r[0], r[2]), R.growth(r[1], r[0], r[3])]); },
      T => { const [b, p, pub, per] = [0, 0, ...T.p(new RegExp(`公用经费${M}万元；人均公用经费${M}万元`))]; const [q, s] = T.p(/核定事业编制(\d+)人，实有在职人员(\d+)人/); return R.div(pub, s, per); },
      scoreTotal,
    ],
  },
  'p12-luzhou-wenhuaguan-huimin-yanchu.pdf': {
    main: T => { const [t, g] = T.p(/自评得分([\d.]+)分，等级为“(.)”/); return R.grade(t, g); },
    guards: [
      scoreTotal, T => R.eq(T.p(/自评得分([\d.]+)分/)[0], T.scores().total[1]),
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3),
      T => { const [e] = T.p(new RegExp(`全年实际支出${M}万元`)); const [n] = T.p(/完成惠民演出(\d+)场/); const [per] = T.p(/场均演出成本([\d.]+)万元/); return R.div(e, n, per); },
    ],
  },
  't01-weichuan-fayuan-bumen.txt': {
    main: T => { const [b, a, s] = T.p(/“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元，较预算节约([\d.]+)万元/); return R.diff(b, a, s); },
    guards: [
      T => { const t = T.after(/^表3/); return R.sum([t.row(/^因公出国/)[2], t.row(/^公务用车购置及运行维护费/)[2], t.row(/^公务接待费/)[2]], t.row(/^合计/)[2]); },
      T => { const [b, a] = T.p(/“三公”经费预算([\d.]+)万元，实际支出([\d.]+)万元/); const t = T.after(/^表3/).row(/^合计/); return R.all([R.eq(b, t[1]), R.eq(a, t[2])]); },
      T => { const [n] = T.p(/受理各类案件([\d,]+)件/); const [j, r] = T.p(/审结([\d,]+)件，结案率([\d.]+)%/); return R.pct(j, n, r); },
      scoreTotal,
    ],
  },
  't02-daixi-tongjiju-bumen.txt': {
    main: T => { const [a, u] = T.p(/公用经费([\d,.]+)(万元|元)，主要用于/); const t = T.after(/^表1/).row(/公用经费/); return R.wan(a, u, last(t)); },
    guards: [
      T => { const [e, b, sb, p, sp] = T.p(new RegExp(`本年支出合计${M}万元，其中基本支出${M}万元，占([\\d.]+)%；项目支出${M}万元，占([\\d.]+)%`)); return R.all([R.sum([b, p], e), R.pct(b, e, sb), R.pct(p, e, sp)]); },
      T => { const [p] = T.p(/人员经费([\d.]+)万元/); const t = T.after(/^表1/); return R.sum([p, last(t.row(/公用经费/))], T.p(new RegExp(`基本支出${M}万元`))[0]); },
      T => { const [x0, x1] = T.p(new RegExp(`年初结转结余${M}万元，年末结转结余${M}万元`)); const [i] = T.p(new RegExp(`本年收入合计${M}万元`)); const [e] = T.p(new RegExp(`本年支出合计${M}万元`)); return R.balance(x0, i, e, x1); },
      T => tableSum(T, /^表2/, 2), scoreTotal,
    ],
  },
  't03-chengchuan-quanmin-jianshen-zhuanxiang.txt': {
    main: T => { const [c, p, d] = T.p(new RegExp(`全年预算${M}万元，上年为${M}万元，较上年增加${M}万元`)); return R.diff(c, p, d); },
    guards: [
      T => { const [c, p, g] = T.p(new RegExp(`全年预算${M}万元，上年为${M}万元，较上年增加[\\d,.]+万元，增长([\\d.]+)%`)); return R.growth(c, p, g); },
      T => { const [f, a, b, c] = T.p(new RegExp(`到位财政资金${M}万元，其中中央专项彩票公益金${M}万元、省级彩票公益金${M}万元、省级一般公共预算${M}万元`)); return R.sum([a, b, c], f); },
      T => tableSumAt(T, /^表1/, 1), T => tableSumAt(T, /^表1/, 2),
      T => { const t = T.table(/^表1/); return R.sum(t.rows.filter(r => r.length === 5).map(r => r[4]), t.total[3]); },
      T => { const [n] = T.p(/新建社区健身中心、多功能运动场等健身设施(\d+)个/); return R.eq(n, last(T.table(/^表1/).total)); },
      scoreTotal,
    ],
  },
  't04-yanting-xiaofang-dadui-bumen.txt': {
    main: T => { const [a] = T.p(new RegExp(`全年实施项目\\d+个，实际支出${M}万元`)); return R.eq(a, last(T.table(/^表2/).total, 2)); },
    guards: [
      T => tableSum(T, /^表2/, 2), T => tableSum(T, /^表2/, 3),
      T => { const [n, a, b, c] = T.p(/全年接警出动([\d,]+)起，其中火灾扑救(\d+)起、抢险救援(\d+)起、社会救助(\d+)起/); return R.sum([a, b, c], n); },
      T => { const r = T.after(/^表1/).row(/^本年收入合计/); const [x0, x1] = T.p(new RegExp(`年初结转结余${M}万元，年末结转结余${M}万元`)); return R.balance(x0, r[0], r[1], x1); },
      scoreTotal,
    ],
  },
  't05-qinglan-tushuguan-zongfenguan.txt': {
    main: T => { const [c, e, s] = T.p(new RegExp(`全年预算${M}万元，全部为当年财政拨款。全年实际支出${M}万元，预算执行率[\\d.]+%，结余${M}万元`)); return R.diff(c, e, s); },
    guards: [
      T => { const [c, e, r] = T.p(new RegExp(`全年预算${M}万元，全部为当年财政拨款。全年实际支出${M}万元，预算执行率([\\d.]+)%`)); return R.pct(e, c, r); },
      T => { const [n] = T.p(/全年新增基层服务点\d+个，配送图书([\d.]+)万册/); const [per] = T.p(/每册配送成本([\d.]+)元/); const a = T.after(/^表1/).row(/分馆图书配送/); return R.div(a[a.length - 2], n, per); },
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), T => rowRates(T, /^表1/, 3, 2, 1), scoreTotal,
    ],
  },
  't06-luzhou-gongshui-guanwang-gaizao.txt': {
    main: T => tableSum(T, /^表1/, 2),
    guards: [
      T => tableSum(T, /^表1/, 1),
      T => { const [c, f, k, o] = T.p(new RegExp(`全年预算${M}万元，其中当年财政拨款${M}万元、上年结转资金${M}万元、企业自筹${M}万元`)); return R.sum([f, k, o], c); },
      T => { const [e] = T.p(new RegExp(`全年实际支出${M}万元`)); const [km, per] = T.p(/全年改造老旧供水管网([\d.]+)公里.*?每公里改造成本([\d.]+)万元/); return R.div(e, km, per); },
      scoreTotal,
    ],
  },
  't07-weichuan-zhewan-xiang-bumen.txt': {
    main: T => { const t = T.after(/^表1/); const a = t.row(/^本年收入合计/), b = t.row(/^年初结转结余/); return R.balance(b[0], a[0], a[1], b[1]); },
    guards: [
      T => { const [e, b, p] = T.p(new RegExp(`本年支出${M}万元，其中基本支出${M}万元、项目支出${M}万元`)); return R.all([R.sum([b, p], e), R.eq(e, T.after(/^表1/).row(/^本年收入合计/)[1])]); },
      T => tableSum(T, /^表2/, 2), T => tableSum(T, /^表2/, 3), scoreTotal,
    ],
  },
  't08-chengchuan-renmin-yiyuan-yuancheng.txt': {
    main: T => { const [a, u] = T.p(/累计支付资金([\d,.]+)(万元|元)/); return R.yuan(a, u, last(T.table(/^表1/).total, 2)); },
    guards: [
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), T => rowRates(T, /^表1/, 3, 2, 1),
      T => { const [e] = T.p(new RegExp(`全年实际支出${M}万元`)); return R.wan(last(T.table(/^表1/).total, 2), '元', e); },
      T => { const [d, s] = T.p(/会诊终端设备购置([\d,.]+)元，占([\d.]+)%/); return R.pct(d, last(T.table(/^表1/).total, 2), s); },
      scoreTotal,
    ],
  },
  't09-tanyu-gengdi-dili-butie.txt': {
    main: T => { const [area, amt] = T.p(/种粮大户\d+户，补贴面积([\d,.]+)亩，发放补贴资金([\d,.]+)元/); return R.prod(area, '112.40', amt); },
    guards: [
      T => { const [area, std, amt, hh, per] = T.p(/全县核定补贴面积([\d,.]+)亩，按每亩([\d.]+)元标准发放补贴资金([\d,.]+)元，惠及农户([\d,]+)户，户均([\d,.]+)元/); return R.all([R.prod(area, std, amt), R.div(amt, hh, per)]); },
      T => tableSum(T, /^表1/, 1), T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3),
      T => { const t = T.table(/^表1/); return R.all(t.rows.map(r => R.prod(last(r, 2), '112.40', last(r)))); },
      scoreTotal,
    ],
  },
  't10-chengchuan-zhongxiao-qiye-chuangxin.txt': {
    main: T => { const s = T.scores(); return R.sum(s.pairs.map(p => p[1]), s.total[1]); },
    guards: [
      T => { const s = T.scores(); return R.sum(s.pairs.map(p => p[0]), s.total[0]); },
      T => R.eq(T.p(/绩效自评得分([\d.]+)分/)[0], T.scores().total[1]),
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), T => tableSum(T, /^表1/, 4), T => rowRates(T, /^表1/, 3, 2, 1),
    ],
  },
  't11-daixi-jikong-mianyi-guihua.txt': {
    main: T => { const r = T.after(/^表1/).row(/疫苗冷链运转及维护/); return R.pct(last(r, 2), last(r, 3), last(r)); },
    guards: [
      T => { const t = T.table(/^表1/); return R.all(t.rows.filter(r => r[0] !== '2').concat([t.total]).map(r => R.pct(last(r, 2), last(r, 3), last(r)))); },
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3),
      T => { const [c, e, r, s] = T.p(new RegExp(`全年预算${M}万元；全年支出${M}万元，执行率([\\d.]+)%，结余${M}万元`)); return R.all([R.pct(e, c, r), R.diff(c, e, s)]); },
      scoreTotal,
    ],
  },
  't12-heze-xuesheng-zizhu-zhuanxiang.txt': {
    main: T => { const [t, g] = T.p(/自评得分([\d.]+)分，等级为“(.)”/); return R.grade(t, g); },
    guards: [
      scoreTotal, T => R.eq(T.p(/自评得分([\d.]+)分/)[0], T.scores().total[1]),
      T => { const [f, a, b, c] = T.p(new RegExp(`学生资助财政资金${M}万元，其中中央财政资金${M}万元、省级${M}万元、县级${M}万元`)); return R.sum([a, b, c], f); },
      T => tableSum(T, /^表1/, 2), T => tableSum(T, /^表1/, 3), T => tableSum(T, /^表1/, 4),
      T => { const [n] = T.p(/全年资助各学段学生([\d,]+)人次/); return R.eq(n, last(T.table(/^表1/).total, 4)); },
    ],
  },
};

// ---------- run ----------
const tsv = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
const head = tsv.shift().split('\t');
if (head.join('|') !== 'file|line|old|new|kind|relation') throw new Error('ANSWERS.tsv header');
let fails = 0; const seen = new Set();
const problem = (f, msg) => { fails++; console.log(`FAIL ${f}: ${msg}`); };
for (const row of tsv) {
  const [file, lineS, old, nw] = row.split('\t');
  seen.add(file);
  const spec = SPEC[file];
  if (!spec) { problem(file, 'no spec'); continue; }
  const ct = readText(path.join(ROOT, 'clean', file)), bt = readText(path.join(ROOT, 'bad', file));
  const cl = ct.split('\n'), bl = bt.split('\n'), L = Number(lineS);
  const diff = []; for (let i = 0; i < Math.max(cl.length, bl.length); i++) if (cl[i] !== bl[i]) diff.push(i + 1);
  if (cl.length !== bl.length) problem(file, `line counts ${cl.length} vs ${bl.length}`);
  if (diff.length !== 1 || diff[0] !== L) problem(file, `differing lines ${diff.join(',')} (stated ${L})`);
  else {
    if (cl[L - 1].split(old).length !== 2) problem(file, `old '${old}' not once on clean line ${L}`);
    if (cl[L - 1].replace(old, nw) !== bl[L - 1]) problem(file, 'old -> new does not give the bad line');
  }
  const C = new Report(ct, 'clean/' + file), B = new Report(bt, 'bad/' + file);
  const run = (fn, T) => { try { return fn(T); } catch (e) { return { ok: null, got: e.message }; } };
  const mc = run(spec.main, C), mb = run(spec.main, B);
  if (mc.ok !== true) problem(file, `main relation does not hold in clean: ${mc.got}`);
  if (mb.ok !== false) problem(file, `main relation does not fail in bad: ${mb.got}`);
  spec.guards.forEach((g, k) => {
    for (const [T, w] of [[C, 'clean'], [B, 'bad']]) { const r = run(g, T); if (r.ok !== true) problem(file, `guard ${k + 1} in ${w}: ${r.got}`); }
  });
  if (mc.ok === true && mb.ok === false) console.log(`ok   ${file}  line ${L}  ${old} -> ${nw}  | bad: ${mb.got}`);
}
for (const f of fs.readdirSync(path.join(ROOT, 'clean'))) if (!seen.has(f)) problem(f, 'clean file without an answer');
const nBad = fs.readdirSync(path.join(ROOT, 'bad')).filter(f => f !== 'ANSWERS.tsv').length;
if (seen.size !== 24 || nBad !== 24) problem('corpus', `expected 24 files, have ${seen.size} answers and ${nBad} bad files`);
console.log(fails ? `${fails} failure(s)` : `all ${seen.size} files pass`);
process.exit(fails ? 1 : 0);

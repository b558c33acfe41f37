#!/usr/bin/env node
'use strict';
// bulk-ze 的独立核对：不引用 gen.cjs 和 lib/，只读 data/、clean/、bad/、spec/。
// 1. 数据自身是否平衡（合计、执行率、控制率、变动率、得分、总分、等级），金额按整数“分”、比率按有理数四舍五入；
// 2. spec 中每个数字：在报告中按顺序找到，数字之间不夹带未登记的阿拉伯数字；按来源字段或算式从数据重算，
//    与报告所写一致（按所写位数四舍五入，约数按约数规则）；
// 3. 每个错稿恰好改动一个数字，改后的数字与数据不符；ANSWERS.tsv 与之一致。
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const Module = require('module');
process.env.NODE_PATH = [process.env.NODE_PATH, '/work/main/node_modules', path.join(__dirname, '../../node_modules')].filter(Boolean).join(path.delimiter);
Module._initPaths();
const YAML = require('yaml');

const ROOT = __dirname;
let errors = 0, checks = 0;
const err = (where, msg) => { errors++; console.log(`✗ ${where}: ${msg}`); };
const ok = () => { checks++; };

// ---------- 有理数 ----------
const babs = (x) => (x < 0n ? -x : x);
const gcd = (a, b) => { a = babs(a); b = babs(b); while (b) [a, b] = [b, a % b]; return a || 1n; };
class Q {
  constructor(n, d = 1n) { if (d === 0n) throw new Error('除以零'); if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d); this.n = n / g; this.d = d / g; }
  static of(s) {
    s = String(s).replace(/,/g, '').trim();
    const m = s.match(/^(-?)(\d+)(?:\.(\d+))?$/);
    if (!m) throw new Error('不是数字：' + s);
    const dec = m[3] || '';
    return new Q(BigInt((m[1] || '') + m[2] + dec), 10n ** BigInt(dec.length));
  }
  add(o) { return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o) { return new Q(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o) { return new Q(this.n * o.n, this.d * o.d); }
  div(o) { return new Q(this.n * o.d, this.d * o.n); }
  cmp(o) { const x = this.n * o.d - o.n * this.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  eq(o) { return this.cmp(o) === 0; }
  neg() { return new Q(-this.n, this.d); }
  abs() { return new Q(babs(this.n), this.d); }
  // 四舍五入到 k 位小数，返回 {q, boundary}
  round(k) {
    const f = 10n ** BigInt(k);
    const neg = this.n < 0n;
    const num = babs(this.n) * f * 2n; // 2·x·10^k
    const den = this.d;
    const twice = num / den; // floor(2x·10^k)
    const exactHalf = num % den === 0n && twice % 2n === 1n;
    let r = (twice + 1n) / 2n; // floor(x·10^k + 0.5)
    if (neg) r = -r;
    return { q: new Q(r, f), boundary: exactHalf };
  }
  toString(k) { const { q } = this.round(k); const f = 10n ** BigInt(k); const v = babs(q.n * (f / q.d)); let s = v.toString().padStart(k + 1, '0'); if (k) s = s.slice(0, -k) + '.' + s.slice(-k); return (q.n < 0n ? '-' : '') + s; }
}
const Z = new Q(0n);
const HUNDRED = new Q(100n);
const fen = (q) => { const r = q.mul(HUNDRED); if (r.d !== 1n) throw new Error('金额不是整分：' + q.toString(4)); return r.n; };

// ---------- 数据取值 ----------
function getPath(data, p) {
  let cur = data;
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|@([A-Za-z0-9_]+)|\./g;
  let m;
  while ((m = re.exec(p))) {
    if (m[0] === '.') continue;
    if (m[1] !== undefined) cur = cur == null ? undefined : cur[m[1]];
    else if (m[2] !== undefined) cur = cur == null ? undefined : cur[Number(m[2])];
    else cur = Array.isArray(cur) ? cur.find((x) => x && x.id === m[3]) : undefined;
  }
  return cur;
}
const CNUM = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnToInt(s) {
  if (s === '十') return 10;
  let m;
  if ((m = s.match(/^([一二三四五六七八九])?十([一二三四五六七八九])?$/))) return (m[1] ? CNUM[m[1]] : 1) * 10 + (m[2] ? CNUM[m[2]] : 0);
  if (/^[零一二两三四五六七八九]$/.test(s)) return CNUM[s];
  return null;
}
// 数据中的值 → {q, unit, cmp}
function dataVal(v) {
  if (v && typeof v === 'object' && 'value' in v) return dataVal(v.value);
  if (typeof v === 'number') return { q: Q.of(String(v).includes('e') ? v.toFixed(10) : String(v)), unit: null };
  const s = String(v).trim();
  const m = s.match(/^(≥|≤|>|<|不低于|不高于|不少于|不超过)?\s*(-?[\d,]+(?:\.\d+)?)\s*(.*?)(以上|以下|左右)?$/);
  if (!m) return null;
  return { q: Q.of(m[2]), unit: m[3] || null, cmp: m[1] || m[4] || null };
}
// 算式：字段路径、数字、+ - * / ( )
function evalExpr(data, expr, where) {
  const toks = expr.match(/[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\]|@[A-Za-z0-9_]+|\.[A-Za-z_][A-Za-z0-9_]*)*|\d+(?:\.\d+)?|[-+*/()]/g);
  let i = 0;
  const peek = () => toks[i];
  function prim() {
    const t = toks[i++];
    if (t === '(') { const v = sum(); if (toks[i++] !== ')') throw new Error('括号不配对'); return v; }
    if (t === '-') return prim().neg();
    if (/^\d/.test(t)) return Q.of(t);
    const raw = getPath(data, t);
    if (raw === undefined || raw === null) throw new Error('数据中没有 ' + t);
    const dv = dataVal(raw);
    if (!dv) throw new Error(t + ' 不是数字：' + raw);
    return dv.q;
  }
  function prod() { let v = prim(); while (peek() === '*' || peek() === '/') { const o = toks[i++]; const w = prim(); v = o === '*' ? v.mul(w) : v.div(w); } return v; }
  function sum() { let v = prod(); while (peek() === '+' || peek() === '-') { const o = toks[i++]; const w = prod(); v = o === '+' ? v.add(w) : v.sub(w); } return v; }
  const v = sum();
  if (i !== toks.length) throw new Error('算式未读完：' + expr);
  return v;
}

// ---------- 报告中的数字 ----------
const APPROX_PRE = /^(约|近|超过|超|达到|达)/;
const APPROX_POST = /(余|多|以上|左右)/;
function parseFig(text, specUnit) {
  let s = text.trim();
  let approx = null;
  let m;
  if ((m = s.match(APPROX_PRE)) && /^(约|近|超|超过)$/.test(m[1])) { approx = m[1] === '超过' ? '超' : m[1]; s = s.slice(m[1].length); }
  else if (m) s = s.slice(m[1].length);
  let cmp = null;
  if ((m = s.match(/^(≥|≤|>|<|不低于|不高于)/))) { cmp = m[1]; s = s.slice(m[1].length); }
  let numStr, rest;
  if ((m = s.match(/^(-?[\d,]+(?:\.\d+)?)(.*)$/))) { numStr = m[1]; rest = m[2]; }
  else if ((m = s.match(/^([零一二两三四五六七八九十]+)(.*)$/))) { const n = cnToInt(m[1]); if (n === null) return null; numStr = String(n); rest = m[2]; }
  else return null;
  if ((m = rest.match(/^(余|多)(.*)$/))) { approx = m[1]; rest = m[2]; }
  if ((m = rest.match(/^(.*?)(以上|左右)$/))) { approx = approx || m[2]; rest = m[1]; }
  const decimals = (numStr.split('.')[1] || '').length;
  return { q: Q.of(numStr), decimals, unit: rest || specUnit || '', approx, cmp };
}
const MONEY = { 元: new Q(1n, 10000n), 万元: new Q(1n), 亿元: new Q(10000n) };

// 判断：报告所写 text 与数据值 V（单位 vUnit）是否一致
function agrees(fig, V, vUnit) {
  const p = parseFig(fig.text, fig.unit);
  if (!p) return { ok: false, msg: '读不出数字：' + fig.text };
  let val = V;
  if (fig.neg) val = val.neg();
  if (fig.abs) val = val.abs();
  const tu = p.unit;
  const du = vUnit || fig.unit || '';
  if (MONEY[tu] && MONEY[du]) val = val.mul(MONEY[du]).div(MONEY[tu]);
  else if (du && tu === '万' + du) val = val.div(new Q(10000n));
  else if (tu && du === '万' + tu) val = val.mul(new Q(10000n));
  else if (tu && du && tu !== du && !du.startsWith(tu) && !tu.startsWith(du)) return { ok: false, msg: `单位不符：报告 ${tu}，数据 ${du}` };
  const approx = p.approx || fig.approx;
  if (!approx || approx === '达到') {
    const r = val.round(p.decimals);
    if (r.boundary) return { ok: false, msg: `恰在进位边界（${val.toString(p.decimals + 3)}），应避免`, boundary: true };
    return r.q.eq(p.q) ? { ok: true } : { ok: false, msg: `报告 ${fig.text}，数据算得 ${val.toString(p.decimals)}` };
  }
  const T = p.q;
  const diff = T.sub(val);
  const rel = val.cmp(Z) === 0 ? null : diff.div(val).abs();
  const within = (pct) => rel !== null && rel.cmp(new Q(BigInt(pct), 100n)) <= 0;
  let good;
  if (approx === '约' || approx === '左右') good = within(5);
  else if (approx === '近') good = T.cmp(val) >= 0 && within(10);
  else good = val.cmp(T) >= 0 && val.cmp(T.mul(new Q(5n, 4n))) <= 0; // 超、余、多、以上
  return good ? { ok: true } : { ok: false, msg: `约数“${fig.text}”与数据 ${val.toString(4)} 相差过大` };
}

function figAgrees(data, fig) {
  if (fig.fmt === 'raw') {
    const raw = getPath(data, fig.src);
    if (raw === undefined) return { ok: false, msg: '数据中没有 ' + fig.src };
    const want = String(raw && typeof raw === 'object' ? raw.value : raw).replace(/,/g, '');
    const got = fig.text.replace(/,/g, '');
    if (want === got) return { ok: true };
    // 数字相同而写法不同（9420户 / 9,420户）也算一致；数字或单位不同为不符
    const a = dataVal(want), b = parseFig(got, null);
    if (a && b && a.q.eq(b.q) && (a.unit || '') === (b.unit || '') && (a.cmp || '') === (b.cmp || '')) return { ok: true };
    return { ok: false, msg: `报告 ${fig.text}，数据为 ${want}` };
  }
  let V;
  try { V = evalExpr(data, fig.src); } catch (e) { return { ok: false, msg: e.message }; }
  // 单个字段且字段值自带单位（“3.26万亩”）时取其单位
  let vUnit = null;
  if (/^[A-Za-z_][A-Za-z0-9_.@[\]]*$/.test(fig.src)) {
    const raw = getPath(data, fig.src);
    const dv = dataVal(raw);
    if (dv && dv.unit) vUnit = dv.unit;
  }
  if (!vUnit && MONEY[fig.unit]) vUnit = '万元';
  if (!vUnit && fig.unit && !MONEY[fig.unit]) vUnit = fig.unit;
  return agrees(fig, V, vUnit);
}

// ---------- 报告文字 ----------
function xmlText(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function docxParagraphs(file) {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 << 20 }).toString('utf8');
  const paras = [];
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  let m;
  while ((m = re.exec(xml))) {
    const t = [];
    const rt = /<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g;
    let n;
    while ((n = rt.exec(m[0]))) t.push(xmlText(n[1]));
    paras.push(t.join(''));
  }
  return paras;
}
function reportText(file) {
  if (file.endsWith('.docx')) return docxParagraphs(file).join('\n');
  return fs.readFileSync(file, 'utf8');
}
const normWs = (s) => s.replace(/[ ]{2,}/g, '  ').replace(/[ ]+\n/g, '\n');

// 按顺序找到每个数字，返回位置
function locateAll(text, figures, where) {
  let cur = 0;
  const pos = [];
  for (const it of figures) {
    const at = text.indexOf(it.text, cur);
    if (at < 0) { err(where, `按顺序找不到「${it.text}」（${it.kind === 'fig' ? it.src : it.why}）`); pos.push(-1); continue; }
    const gap = text.slice(cur, at);
    if (/[0-9]/.test(gap)) err(where, `未登记的数字：「${gap.replace(/\s+/g, ' ').slice(-60)}」`);
    pos.push(at);
    cur = at + it.text.length;
  }
  if (/[0-9]/.test(text.slice(cur))) err(where, `结尾有未登记的数字：「${text.slice(cur).slice(0, 60)}」`);
  return pos;
}

// ---------- 数据自身 ----------
function dataChecks(d, where, opts) {
  const w = (m) => err(where + ' 数据', m);
  const q = (v) => (v === undefined || v === null ? null : dataVal(v).q);
  const eqFen = (a, b, msg) => { if (a === null || b === null) return; if (fen(a) !== fen(b)) w(`${msg}：${a.toString(2)} ≠ ${b.toString(2)}`); else ok(); };
  const rateOk = (stated, num, den, msg) => {
    if (stated === undefined || stated === null || num === null || den === null) return;
    if (typeof stated === 'object' && stated.basis) return; // 另有口径
    const r = num.div(den).mul(HUNDRED).round(2);
    if (r.boundary) w(msg + ' 恰在进位边界');
    if (!r.q.eq(q(stated))) w(`${msg}：所列 ${stated}，算得 ${num.div(den).mul(HUNDRED).toString(2)}`); else ok();
  };
  const b = d.budget || {};
  if (b.initial !== undefined && b.adjustments) {
    let t = q(b.initial);
    for (const a of b.adjustments) t = a.type === '压减' ? t.sub(q(a.amount)) : t.add(q(a.amount));
    eqFen(t, q(b.total), '年初 ± 调整 ≠ 全年预算');
  }
  if (b.total !== undefined && b.actual !== undefined) {
    eqFen(q(b.total).sub(q(b.actual)), q(b.carryover), '全年预算 − 执行 ≠ 结余结转');
    rateOk(b.rate, q(b.actual), q(b.total), '预算执行率');
  }
  if (b.sources) {
    for (const k of ['initial', 'total', 'actual']) {
      const parts = Object.values(b.sources).map((s) => s[k]).filter((x) => x !== undefined);
      if (parts.length && b[k] !== undefined) eqFen(parts.map(q).reduce((a, c) => a.add(c), Z), q(b[k]), `资金来源 ${k} 之和`);
    }
  }
  if (b.byNature && b.byNature.basic !== undefined && b.byNature.project !== undefined) {
    eqFen(q(b.byNature.basic).add(q(b.byNature.project)), q(b.total), '按支出性质之和 ≠ 全年预算');
    const others = ['general', 'fund', 'nonTax', 'other'].map((k) => b.byNature[k]).filter((x) => x !== undefined);
    if (others.length) eqFen(others.map(q).reduce((a, c) => a.add(c), Z), q(b.total), '按收入性质之和 ≠ 全年预算');
  }
  const P = d.projects || [];
  if (opts.projectsSum === 'budget') {
    for (const k of ['total', 'actual']) if (P.every((p) => p[k] !== undefined)) eqFen(P.map((p) => q(p[k])).reduce((a, c) => a.add(c), Z), q(b[k]), `子项 ${k} 之和 ≠ 项目 ${k}`);
  } else if (opts.projectsSum === 'projectExpense' && d.projectExpense) {
    eqFen(P.map((p) => q(p.actual)).reduce((a, c) => a.add(c), Z), q(d.projectExpense.total), '项目支出之和 ≠ projectExpense.total');
  }
  for (const p of P) {
    if (p.initial !== undefined && p.adjustment !== undefined && p.total !== undefined) eqFen(q(p.initial).add(q(p.adjustment)).add(q(p.carriedIn || 0)), q(p.total), p.name + ' 年初+调整');
    if (p.gap && p.gap.amount !== undefined && p.total !== undefined) eqFen(q(p.total).sub(q(p.actual)), q(p.gap.amount), p.name + ' 差额');
    if (p.items) eqFen(p.items.map((x) => q(x.amount)).reduce((a, c) => a.add(c), Z), q(p.actual), p.name + ' 明细之和');
  }
  for (const g of d.projectGroups || []) {
    const mem = P.filter((p) => p.group === g.name);
    if (mem.length && mem.every((p) => p.actual !== undefined)) eqFen(mem.map((p) => q(p.actual)).reduce((a, c) => a.add(c), Z), q(g.actual), g.name + ' 实际之和');
    if (mem.length && mem.every((p) => p.total !== undefined)) eqFen(mem.map((p) => q(p.total)).reduce((a, c) => a.add(c), Z), q(g.budget), g.name + ' 预算之和');
    rateOk(g.rate, q(g.actual), q(g.budget), g.name + ' 使用率');
  }
  const be = d.basicExpense;
  if (be) {
    if (be.personnel !== undefined) eqFen(q(be.personnel).add(q(be.publicUse)), q(be.total), '人员经费 + 公用经费 ≠ 基本支出');
    if (be.prior !== undefined) rateOk(be.changeRate, q(be.total).sub(q(be.prior)), q(be.prior), '基本支出变动率');
    if (be.byClass) eqFen(be.byClass.map((x) => q(x.amount)).reduce((a, c) => a.add(c), Z), q(be.total), '基本支出按经济分类之和');
  }
  const pe = d.projectExpense;
  if (pe && pe.prior !== undefined) rateOk(pe.changeRate, q(pe.total).sub(q(pe.prior)), q(pe.prior), '项目支出变动率');
  if (be && pe && b.actual !== undefined) eqFen(q(be.total).add(q(pe.total)), q(b.actual), '基本支出 + 项目支出 ≠ 全年支出');
  const tp = d.threePublic;
  if (tp) {
    for (const k of ['prior', 'budget', 'actual', 'priorBudget']) {
      const parts = ['vehicle', 'overseas', 'reception'].filter((x) => tp[x] && tp[x][k] !== undefined).map((x) => q(tp[x][k]));
      if (parts.length && tp.total && tp.total[k] !== undefined) eqFen(parts.reduce((a, c) => a.add(c), Z), q(tp.total[k]), `三公 ${k} 之和`);
      if (tp.vehicle && tp.vehiclePurchase && tp.vehicleOperation && tp.vehicle[k] !== undefined) eqFen(q(tp.vehiclePurchase[k]).add(q(tp.vehicleOperation[k])), q(tp.vehicle[k]), `公车 ${k} = 购置 + 运维`);
    }
    for (const [k, it] of Object.entries(tp)) if (it.changeRate !== undefined) rateOk(it.changeRate, q(it.actual).sub(q(it.prior)), q(it.prior), `三公 ${k} 变动率`);
  }
  const st = d.staffing;
  if (st && st.controlRate !== undefined) rateOk(st.controlRate, new Q(BigInt(st.actual + (st.otherEmployees || 0))), new Q(BigInt(st.authorized)), '人员控制率');
  const pr = d.procurement;
  if (pr) for (const k of ['budget', 'actual']) {
    const parts = ['goods', 'works', 'services'].filter((x) => pr[x] && pr[x][k] !== undefined).map((x) => q(pr[x][k]));
    if (parts.length && pr[k] !== undefined) eqFen(parts.reduce((a, c) => a.add(c), Z), q(pr[k]), `政府采购 ${k} 之和`);
  }
  const as = d.assets;
  if (as && as.lines && opts.assetsSum) eqFen(as.lines.map((x) => q(x.amount)).reduce((a, c) => a.add(c), q(as.fixed)), q(as.total), '资产分项之和');
  for (const a of d.achievements || []) if (a.prior !== undefined && a.changeRate !== undefined) rateOk(a.changeRate, q(a.value).sub(q(a.prior)), q(a.prior), `成效 ${a.id} 变动率`);
  // 得分
  let wsum = Z, ssum = Z;
  if (d.budgetRate) {
    const W = q(d.budgetRate.weight);
    const rate = q(b.rate);
    let want = rate.div(HUNDRED).mul(W).round(2).q;
    const exact = q(b.actual).div(q(b.total)).mul(W).round(2).q;
    if (!want.eq(exact)) w('执行率得分按所列执行率和按分子分母算得不同，应避免');
    if (want.cmp(W) > 0) want = W;
    if (!want.eq(q(d.budgetRate.score))) w(`预算执行率得分 ${d.budgetRate.score}，按规则 ${want.toString(2)}`); else ok();
    wsum = wsum.add(W); ssum = ssum.add(q(d.budgetRate.score));
  }
  for (const [i, ind] of (d.indicators || []).entries()) {
    const W = q(ind.weight), S = q(ind.score);
    wsum = wsum.add(W); ssum = ssum.add(S);
    const t = dataVal(ind.target), a = dataVal(ind.actual);
    if (!t || !a) { if (!S.eq(W) && ind.band !== '部分达成') w(`指标 ${ind.name} 定性而未得满分`); else ok(); continue; }
    const negative = ind.direction === 'negative' || t.cmp === '≤' || t.cmp === '不高于' || t.cmp === '不超过';
    const met = negative ? a.q.cmp(t.q) <= 0 : a.q.cmp(t.q) >= 0;
    const want = met ? W : (negative ? t.q.div(a.q) : a.q.div(t.q)).mul(W).round(2).q;
    if (!want.eq(S)) w(`指标 ${i} ${ind.name} 得分 ${ind.score}，按规则 ${want.toString(2)}`); else ok();
  }
  const ss = d.scoreSummary;
  if (ss) {
    if (ss.weightTotal !== undefined) { if (!q(ss.weightTotal).eq(wsum)) w(`分值合计 ${ss.weightTotal} ≠ ${wsum.toString(2)}`); else ok(); }
    if (!wsum.eq(HUNDRED)) w('分值合计不是100');
    if (ss.scoreTotal !== undefined) { if (!q(ss.scoreTotal).eq(ssum)) w(`总分 ${ss.scoreTotal} ≠ Σ得分 ${ssum.toString(2)}`); else ok(); }
    if (ss.grade) {
      const T = q(ss.scoreTotal);
      const g = T.cmp(new Q(90n)) >= 0 ? '优' : T.cmp(new Q(80n)) >= 0 ? '良' : T.cmp(new Q(60n)) >= 0 ? '中' : '差';
      if (g !== ss.grade) w(`等级 ${ss.grade}，按总分应为 ${g}`); else ok();
    }
  }
}

// ---------- 主流程 ----------
const answers = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
const header = answers.shift();
if (header.join('|') !== 'file|line|old|new|dataField|kind|internal') err('ANSWERS.tsv', '表头不对：' + header.join('|'));
const ansByFile = new Map(answers.map((r) => [r[0], r]));
const specFiles = fs.readdirSync(path.join(ROOT, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort();
const seenBad = new Set();
let nFig = 0;
for (const sf of specFiles) {
  const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', sf), 'utf8'));
  const where = spec.report;
  const data = YAML.parse(fs.readFileSync(path.join(ROOT, spec.data), 'utf8'));
  if (data.version !== 2) err(spec.data, '不是第 2 版');
  dataChecks(data, spec.data, spec.dataChecks || {});
  const cleanFile = path.join(ROOT, spec.report);
  const text = reportText(cleanFile);
  const pos = locateAll(text, spec.figures, where);
  const figs = spec.figures.filter((x) => x.kind === 'fig');
  for (const fig of figs) {
    nFig++;
    const r = figAgrees(data, fig);
    if (!r.ok) err(where, `${fig.id}「${fig.text}」← ${fig.src}：${r.msg}`); else ok();
  }
  // 错稿
  const ext = path.extname(spec.report);
  for (const b of spec.bad) {
    seenBad.add(b.file);
    const bw = 'bad/' + b.file;
    const idx = spec.figures.findIndex((x) => x.kind === 'fig' && x.id === b.figure);
    if (idx < 0) { err(bw, '规格中没有数字 ' + b.figure); continue; }
    const fig = spec.figures[idx];
    if (fig.text !== b.old) err(bw, `旧值 ${b.old} ≠ 规格 ${fig.text}`);
    const at = pos[idx];
    const expected = text.slice(0, at) + b.new + text.slice(at + fig.text.length);
    const badText = reportText(path.join(ROOT, 'bad', b.file));
    const same = ext === '.txt' ? normWs(badText) === normWs(expected) : badText === expected;
    if (!same) {
      const A = ext === '.txt' ? normWs(badText) : badText, B = ext === '.txt' ? normWs(expected) : expected;
      let k = 0; while (k < A.length && A[k] === B[k]) k++;
      err(bw, `除「${b.old}→${b.new}」外另有不同，位置 ${k}：「${A.slice(k - 20, k + 20)}」对「${B.slice(k - 20, k + 20)}」`);
    } else ok();
    const r = figAgrees(data, Object.assign({}, fig, { text: b.new }));
    if (r.ok) err(bw, `改后的「${b.new}」仍与数据一致`); else ok();
    if (r.boundary) err(bw, '改后的数字恰在进位边界');
    // 内部关系：yes = 报告内部也能发现（该数字参与报告内的关系，或同一来源另有一处）
    const twins = figs.filter((x) => x.src === fig.src && x.id !== fig.id);
    const internal = (fig.rel && fig.rel.length) || twins.length ? 'yes' : 'no';
    if (internal !== b.internal) err(bw, `internal 标为 ${b.internal}，按规格应为 ${internal}`); else ok();
    const row = ansByFile.get(b.file);
    if (!row) { err(bw, 'ANSWERS.tsv 中没有这一行'); continue; }
    const [, line, old, nw, field, kind, intl] = row;
    if (old !== b.old || nw !== b.new || field !== fig.src || kind !== b.kind || intl !== b.internal) err(bw, 'ANSWERS.tsv 的这一行与规格不一致：' + row.join(' | '));
    // 行号或段落
    if (ext === '.docx') {
      const paras = docxParagraphs(path.join(ROOT, 'bad', b.file));
      const cnt = (t) => t.split(b.new).length - 1;
      const m = line.match(/^\[表格 行「(.*?)」\] ([\s\S]*)$/);
      const cellText = m ? m[2] : line;
      if (m && !m[1].split('/').every((x) => paras.includes(x))) err(bw, `ANSWERS 的行名在错稿中找不到：${m[1]}`);
      const hit = paras.filter((p) => p === cellText);
      if (!hit.length || !hit.some((p) => cnt(p) >= 1)) err(bw, `ANSWERS 的段落文字在错稿中找不到或不含新值：${line}`); else ok();
    } else {
      const bl = fs.readFileSync(path.join(ROOT, 'bad', b.file), 'utf8').split('\n');
      const cl = fs.readFileSync(cleanFile, 'utf8').split('\n');
      const nz = ext === '.txt' ? normWs : (x) => x;
      const diff = [];
      if (bl.length !== cl.length) err(bw, '行数与干净稿不同');
      for (let k = 0; k < Math.min(bl.length, cl.length); k++) if (nz(bl[k]) !== nz(cl[k])) diff.push(k + 1);
      if (diff.length !== 1 || String(diff[0]) !== line || !bl[diff[0] - 1].includes(b.new)) err(bw, `行号 ${line}，改动在第 ${diff.join(',')} 行`); else ok();
    }
  }
}
for (const f of fs.readdirSync(path.join(ROOT, 'bad'))) if (f !== 'ANSWERS.tsv' && !seenBad.has(f)) err('bad/' + f, '规格中没有这个错稿');
for (const f of ansByFile.keys()) if (!seenBad.has(f)) err('ANSWERS.tsv', '多出一行 ' + f);
const kinds = new Set(answers.map((r) => r[5]));
console.log(`单位 ${specFiles.length} 个，数字 ${nFig} 个，错稿 ${seenBad.size} 个（${kinds.size} 种改法，internal=yes ${answers.filter((r) => r[6] === 'yes').length} 个），核对 ${checks} 项`);
if (errors) { console.log(`共 ${errors} 处不符`); process.exit(1); }
console.log('ALL CHECKS PASSED');

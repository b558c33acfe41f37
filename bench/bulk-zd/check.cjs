#!/usr/bin/env node
'use strict';
// 独立核对：node check.cjs
// 不使用生成器的代码。重新读取 YAML 数据、spec/NN.json、clean/ 与 bad/ 中的报告和 bad/ANSWERS.tsv，核对：
//   1. 数据文件自身平衡（合计、比率、得分、总分、等级）；
//   2. spec 中每个数字确在报告的所记位置，且其数值（按所写的单位、小数位、约数词）与数据一致；
//   3. 报告中每个阿拉伯数字都属于 spec 中记录的某个数字（数据数字或非数据数字）；
//   4. 每个错误副本与原文只差一个数字，换上的数字与数据不符；
//   5. ANSWERS.tsv 与各副本逐项对应。
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const JSZip = require('jszip');

const ROOT = __dirname;
let failures = 0, checks = 0;
function ok(cond, msg) { checks++; if (!cond) { failures++; console.log('FAIL ' + msg); } return cond; }

// ---------- 有理数 ----------
function bgcd(a, b) { if (a < 0n) a = -a; if (b < 0n) b = -b; while (b) { const t = a % b; a = b; b = t; } return a; }
function R(n, d = 1n) { n = BigInt(n); d = BigInt(d); if (d < 0n) { n = -n; d = -d; } const g = bgcd(n, d) || 1n; return { n: n / g, d: d / g }; }
const add = (a, b) => R(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => R(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => R(a.n * b.n, a.d * b.d);
const div = (a, b) => { if (b.n === 0n) throw new Error('divide by zero'); return R(a.n * b.d, a.d * b.n); };
const cmp = (a, b) => { const x = a.n * b.d, y = b.n * a.d; return x < y ? -1 : x > y ? 1 : 0; };
const absR = (a) => (a.n < 0n ? R(-a.n, a.d) : a);
const toF = (a) => Number(a.n) / Number(a.d);
function dec(s) { // 十进制文字 → 有理数
  const t = String(s).replace(/,/g, '');
  const mm = t.match(/^(-?)(\d+)(?:\.(\d+))?$/); if (!mm) throw new Error('not a decimal: ' + s);
  const f = mm[3] || ''; const v = R(BigInt(mm[2] + f), 10n ** BigInt(f.length)); return mm[1] ? R(-v.n, v.d) : v;
}
function firstNumber(s) { const mm = String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/); return mm ? dec(mm[0]) : null; }
function leaf(v) {
  if (v === null || v === undefined) throw new Error('empty value');
  if (typeof v === 'number') return dec(String(v));
  if (typeof v === 'object' && 'value' in v) return leaf(v.value);
  const x = firstNumber(v); if (!x) throw new Error('no number in ' + JSON.stringify(v)); return x;
}
// 四舍五入（半数进位）到 k 位，结果为有理数
function roundR(a, k) {
  const s = 10n ** BigInt(k); const neg = a.n < 0n; const n = (neg ? -a.n : a.n) * s; const d = a.d;
  const q = (2n * n + d) / (2n * d); return R(neg ? -q : q, s);
}

// ---------- 路径与表达式 ----------
function getPath(obj, p) {
  const parts = p.match(/[A-Za-z_]\w*|\[\d+\]|\[\*\]/g); let cur = [obj];
  for (const part of parts) {
    const nx = [];
    for (const o of cur) {
      if (o === undefined || o === null) throw new Error('missing path ' + p);
      if (part === '[*]') nx.push(...o); else if (part[0] === '[') nx.push(o[Number(part.slice(1, -1))]); else nx.push(o[part]);
    }
    cur = nx;
  }
  if (cur.some((x) => x === undefined)) throw new Error('missing path ' + p);
  return cur;
}
function gradeOf(x) { return cmp(x, R(90)) >= 0 ? '优' : cmp(x, R(80)) >= 0 ? '良' : cmp(x, R(60)) >= 0 ? '中' : '差'; }
function evaluate(src, data) {
  const re = /\s*(?:(\d+(?:\.\d+)?)|([A-Za-z_]\w*(?:\.[A-Za-z_]\w*|\[\d+\]|\[\*\])*)|([-+*/(),]))/y;
  const toks = []; re.lastIndex = 0;
  while (re.lastIndex < src.length) { const mm = re.exec(src); if (!mm) { if (/^\s*$/.test(src.slice(re.lastIndex))) break; throw new Error('bad expr ' + src); } toks.push(mm[1] ? { k: 'n', v: mm[1] } : mm[2] ? { k: 'p', v: mm[2] } : { k: mm[3] }); }
  let i = 0;
  const atom = () => {
    const t = toks[i++];
    if (t.k === 'n') return dec(t.v);
    if (t.k === '-') { const v = atom(); return R(-v.n, v.d); }
    if (t.k === '(') { const v = expr(); i++; return v; }
    if (t.k === 'p') {
      if (toks[i] && toks[i].k === '(') {
        i++;
        if (t.v === 'sum') { const p = toks[i++].v; i++; return getPath(data, p).reduce((s, x) => add(s, leaf(x)), R(0)); }
        const args = [expr()]; while (toks[i].k === ',') { i++; args.push(expr()); } i++;
        if (t.v === 'grade') return gradeOf(args[0]);
        if (t.v === 'min') return args.reduce((a, b) => (cmp(a, b) <= 0 ? a : b));
        if (t.v === 'max') return args.reduce((a, b) => (cmp(a, b) >= 0 ? a : b));
        if (t.v === 'abs') return absR(args[0]);
        throw new Error('function ' + t.v);
      }
      const vs = getPath(data, t.v); if (vs.length !== 1) throw new Error('path ' + t.v); return leaf(vs[0]);
    }
    throw new Error('token ' + JSON.stringify(t) + ' in ' + src);
  };
  const term = () => { let v = atom(); while (toks[i] && (toks[i].k === '*' || toks[i].k === '/')) { const op = toks[i++].k; const r = atom(); v = op === '*' ? mul(v, r) : div(v, r); } return v; };
  const expr = () => { let v = term(); while (toks[i] && (toks[i].k === '+' || toks[i].k === '-')) { const op = toks[i++].k; const r = term(); v = op === '+' ? add(v, r) : sub(v, r); } return v; };
  const v = expr(); if (i !== toks.length) throw new Error('trailing in ' + src); return v;
}

// ---------- 报告中的数字 ----------
const CNV = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnValue(s) {
  let total = 0, cur = 0;
  for (const ch of s) {
    if (ch in CNV) cur = CNV[ch];
    else if (ch === '十') { total += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { total += (cur || 1) * 100; cur = 0; }
    else return null;
  }
  return total + cur;
}
// 解析一个数字的文字：前缀（比较符）、约数词、数值、小数位、单位
function parseFigure(text, pre) {
  let s = text; const out = { pre: '', approx: null };
  if (pre && s.startsWith(pre)) { out.pre = pre; s = s.slice(pre.length); }
  let mm = s.match(/^(约|近|超|逾)/); if (mm) { out.approx = mm[1]; s = s.slice(1); }
  mm = s.match(/^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?/);
  if (mm) { out.value = dec(mm[0]); out.decimals = mm[2] ? mm[2].length : 0; out.sep = mm[1].includes(','); s = s.slice(mm[0].length); }
  else { mm = s.match(/^[零〇一二两三四五六七八九十百]+/); if (!mm) return null; const v = cnValue(mm[0]); if (v === null) return null; out.value = R(v); out.decimals = 0; out.cn = true; s = s.slice(mm[0].length); }
  mm = s.match(/^(余|多)/); if (mm) { if (out.approx) return null; out.approx = mm[1]; s = s.slice(1); }
  mm = s.match(/(以上|左右)$/); if (mm) { if (out.approx) return null; out.approx = mm[1]; s = s.slice(0, -2); }
  out.unit = s;
  return out;
}
const MONEY = { 元: R(10000), 万元: R(1), 亿元: R(1, 10000) };
// 一个数字与数据是否一致；返回 null 表示一致，否则返回原因
function agree(fig, text, data) {
  if (fig.kind === 'nondata') return null;
  if (fig.kind === 'grade') {
    let expected;
    try { expected = evaluate(fig.expr, data); } catch (e) { return 'expr error: ' + e.message; }
    const g = text.trim()[0];
    return ['优', '良', '中', '差'].includes(g) && g === expected && (text.length === 1 || ['优秀', '良好'].includes(text)) ? null : `grade ${text} vs ${expected}`;
  }
  if (fig.kind === 'text') { // 与数据中的文字比：前缀、数值、单位都须相同
    const raw = String(getPath(data, fig.expr)[0]);
    const split = (s) => { const mm = s.replace(/,/g, '').match(/^(\D*?)(\d+(?:\.\d+)?)(.*)$/); return mm ? [mm[1], dec(mm[2]), mm[3]] : [s, null, '']; };
    const [a1, a2, a3] = split(text), [b1, b2, b3] = split(raw);
    if (a2 === null || b2 === null) return text === raw ? null : `text ${text} vs ${raw}`;
    return a1 === b1 && a3 === b3 && cmp(a2, b2) === 0 ? null : `text ${text} vs ${raw}`;
  }
  let expected;
  try { expected = evaluate(fig.expr, data); } catch (e) { return 'expr error: ' + e.message; }
  const p = parseFigure(text, fig.pre);
  if (!p) return 'unparsable ' + text;
  if (fig.cell) { if (p.unit !== '') return 'cell has unit ' + p.unit; }
  else if (p.unit !== fig.unit) return `unit ${p.unit} vs ${fig.unit}`;
  const unit = fig.cell ? fig.unit : p.unit;
  if ((p.approx || null) !== (fig.approx || null)) return `approx word ${p.approx} vs ${fig.approx}`;
  let e = fig.abs ? absR(expected) : expected;
  if (fig.abs && fig.sign !== undefined) { const s = expected.n < 0n ? -1 : expected.n > 0n ? 1 : 0; if (s !== fig.sign) return 'sign of change differs'; }
  if (fig.exprUnit === '万元') { if (!MONEY[unit]) return 'not a money unit ' + unit; e = mul(e, MONEY[unit]); }
  const v = p.value;
  if (!p.approx) {
    const r = roundR(e, p.decimals);
    return cmp(r, v) === 0 ? null : `${text}: data gives ${toF(e)}`;
  }
  const diff = toF(sub(v, e)) / Math.abs(toF(e));
  if (p.approx === '约' || p.approx === '左右') return Math.abs(diff) <= 0.05 ? null : `${text}: 约 too far from ${toF(e)}`;
  if (p.approx === '近') return diff >= 0 && diff <= 0.05 ? null : `${text}: 近 not just above ${toF(e)}`;
  return diff <= 0 && diff >= -0.10 ? null : `${text}: ${p.approx} not just below ${toF(e)}`; // 超、逾、余、多、以上
}

// ---------- 读报告 ----------
function xmlText(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
async function readDocx(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml').async('string');
  const re = /<w:tbl[ >]|<\/w:tbl>|<w:tr[ >]|<w:tc[ >]|<w:p[ >/]|<\/w:p>|<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
  const paras = []; const tables = []; let depth = 0; let cur = null; let mm; let tb = null; let row = null; let cell = null;
  while ((mm = re.exec(xml))) {
    const tag = mm[0];
    if (tag.startsWith('<w:tbl')) { depth++; tb = []; tables.push(tb); }
    else if (tag === '</w:tbl>') { depth--; tb = null; }
    else if (tag.startsWith('<w:tr')) { row = []; tb.push(row); }
    else if (tag.startsWith('<w:tc')) { cell = { text: '' }; row.push(cell); }
    else if (tag.startsWith('<w:p')) { if (depth === 0) { cur = { text: '' }; paras.push(cur); if (tag.endsWith('/>')) cur = null; } }
    else if (tag === '</w:p>') { if (depth === 0) cur = null; }
    else if (mm[1] !== undefined) { const t = xmlText(mm[1]); if (depth > 0) cell.text += t; else if (cur) cur.text += t; }
  }
  return { paras: paras.map((p) => p.text), tables: tables.map((t) => t.map((r) => r.map((c) => c.text))) };
}
async function readReport(file, fmt) {
  if (fmt === 'docx') { const d = await readDocx(file); const units = new Map(); d.paras.forEach((t, i) => units.set(`p${i}`, t)); d.tables.forEach((t, ti) => t.forEach((r, ri) => r.forEach((c, ci) => units.set(`t${ti}.${ri}.${ci}`, c)))); return units; }
  const lines = fs.readFileSync(file, 'utf8').split('\n'); if (lines[lines.length - 1] === '') lines.pop();
  const units = new Map(); lines.forEach((l, i) => units.set(`l${i + 1}`, l)); return units;
}
const unitKey = (loc) => (loc.line !== undefined ? `l${loc.line}` : loc.para !== undefined ? `p${loc.para}` : `t${loc.table}.${loc.row}.${loc.col}`);
const offOf = (loc) => (loc.line !== undefined ? loc.col : loc.off);

// ---------- 数据自身平衡 ----------
function checkData(tag, d) {
  const B = d.budget; const L = (v) => leaf(v); const eq = (what, a, b) => ok(cmp(a, b) === 0, `${tag} data: ${what}: ${toF(a)} vs ${toF(b)}`);
  const sumOf = (arr) => arr.reduce((s, x) => add(s, L(x)), R(0));
  const r2 = (a) => roundR(a, 2);
  const basis = (v) => v && typeof v === 'object' && v.basis;
  if (B.initial !== undefined && B.adjustments) eq('initial ± adjustments = total', B.adjustments.reduce((s, a) => (a.type === '追加' ? add(s, L(a.amount)) : sub(s, L(a.amount))), L(B.initial)), L(B.total));
  if (B.carryover !== undefined) eq('total − actual = carryover', sub(L(B.total), L(B.actual)), L(B.carryover));
  if (B.sources) for (const k of ['initial', 'total', 'actual']) { const xs = Object.values(B.sources).map((s) => s[k]); if (B[k] !== undefined && xs.every((x) => x !== undefined)) eq('sources ' + k, sumOf(xs), L(B[k])); }
  if (B.rate !== undefined && !basis(B.rate)) eq('budget.rate', r2(mul(div(L(B.actual), L(B.total)), R(100))), L(B.rate));
  if (d.budgetRate) { let rt = basis(B.rate) ? div(L(B.rate), R(100)) : div(L(B.actual), L(B.total)); /* 写明口径的所列执行率优先 */ if (cmp(rt, R(1)) > 0) rt = R(1); eq('budgetRate.score = rate × weight', r2(mul(rt, L(d.budgetRate.weight))), L(d.budgetRate.score)); }
  if (d.kind === 'project' && d.projects) { eq('Σ projects.actual = budget.actual', sumOf(d.projects.map((p) => p.actual)), L(B.actual)); if (d.projects.every((p) => p.total !== undefined)) eq('Σ projects.total = budget.total', sumOf(d.projects.map((p) => p.total)), L(B.total)); }
  if (d.kind === 'department') {
    const be = d.basicExpense;
    if (be && be.personnel !== undefined) eq('personnel + public = basic', add(L(be.personnel), L(be.publicUse)), L(be.total));
    if (be && d.projectExpense) eq('basic + project = actual', add(L(be.total), L(d.projectExpense.total)), L(B.actual));
    if (d.projects && d.projectExpense) eq('Σ projects.actual = projectExpense.total', sumOf(d.projects.map((p) => p.actual)), L(d.projectExpense.total));
    for (const [k, o] of [['basicExpense', be], ['projectExpense', d.projectExpense]]) if (o && o.prior !== undefined && o.changeRate !== undefined && !basis(o.changeRate)) eq(k + '.changeRate', r2(mul(div(sub(L(o.total), L(o.prior)), L(o.prior)), R(100))), L(o.changeRate));
    if (B.byNature && B.byNature.basic !== undefined) eq('byNature basic + project = total', add(L(B.byNature.basic), L(B.byNature.project)), L(B.total));
  }
  if (d.projectGroups) for (const g of d.projectGroups) { const ps = d.projects.filter((p) => p.group === g.name); eq('group actual ' + g.name, sumOf(ps.map((p) => p.actual)), L(g.actual)); if (g.budget !== undefined) eq('group budget ' + g.name, sumOf(ps.map((p) => p.total)), L(g.budget)); if (g.rate !== undefined && !basis(g.rate)) eq('group rate ' + g.name, r2(mul(div(L(g.actual), L(g.budget)), R(100))), L(g.rate)); }
  if (d.projects) for (const p of d.projects) { if (p.total !== undefined && p.carryover !== undefined) eq('project carryover ' + p.name, sub(L(p.total), L(p.actual)), L(p.carryover)); if (p.items) eq('project items ' + p.name, sumOf(p.items.map((x) => x.amount)), L(p.actual)); if (p.initial !== undefined && p.adjustment !== undefined && p.total !== undefined) eq('project initial+adj ' + p.name, add(add(L(p.initial), L(p.adjustment)), p.carriedIn !== undefined ? L(p.carriedIn) : R(0)), L(p.total)); }
  if (d.threePublic) {
    const tp = d.threePublic;
    for (const k of ['prior', 'budget', 'actual']) if (tp.total && tp.total[k] !== undefined) eq('三公 total ' + k, sumOf(['vehicle', 'overseas', 'reception'].filter((x) => tp[x]).map((x) => tp[x][k])), L(tp.total[k]));
    if (tp.vehiclePurchase && tp.vehicleOperation) for (const k of ['prior', 'budget', 'actual']) eq('公车 ' + k, add(L(tp.vehiclePurchase[k]), L(tp.vehicleOperation[k])), L(tp.vehicle[k]));
    for (const [k, x] of Object.entries(tp)) if (x.changeRate !== undefined && !basis(x.changeRate)) eq('三公 changeRate ' + k, r2(mul(div(sub(L(x.actual), L(x.prior)), L(x.prior)), R(100))), L(x.changeRate));
  }
  if (d.staffing && d.staffing.controlRate !== undefined) { const s = d.staffing; const num = basis(s.controlRate) && s.otherEmployees !== undefined ? add(L(s.actual), L(s.otherEmployees)) : L(s.actual); eq('controlRate', r2(mul(div(num, L(s.authorized)), R(100))), L(s.controlRate)); }
  if (d.procurement) { const p = d.procurement; const ks = ['goods', 'works', 'services'].filter((k) => p[k]); if (ks.length && p.actual !== undefined) eq('procurement actual', sumOf(ks.map((k) => p[k].actual)), L(p.actual)); if (ks.length && p.budget !== undefined) eq('procurement budget', sumOf(ks.map((k) => p[k].budget)), L(p.budget)); }
  if (d.achievements) for (const a of d.achievements) if (a.prior !== undefined && a.changeRate !== undefined) eq('achievement changeRate ' + a.name, r2(mul(div(sub(L(a.value), L(a.prior)), L(a.prior)), R(100))), L(a.changeRate));
  if (d.indicators) {
    let ws = R(0), ss = R(0);
    for (const ind of d.indicators) {
      const t = firstNumber(ind.target), a = ind.actual === undefined ? null : firstNumber(ind.actual), w = L(ind.weight), sc = L(ind.score);
      ws = add(ws, w); ss = add(ss, sc);
      if (t === null || a === null) { ok(ind.band === '达成' && cmp(sc, w) === 0, `${tag} data: qualitative ${ind.name} full score`); continue; }
      const neg = ind.direction === 'negative' || /^(≤|<|不高于|不超过)/.test(String(ind.target));
      const met = neg ? cmp(a, t) <= 0 : cmp(a, t) >= 0;
      const exp = met ? w : r2(mul(neg ? div(t, a) : div(a, t), w));
      eq('score ' + ind.name, exp, sc);
    }
    if (d.budgetRate) { ws = add(ws, L(d.budgetRate.weight)); ss = add(ss, L(d.budgetRate.score)); }
    eq('Σ weights = 100', ws, R(100));
    if (d.scoreSummary) { const s = d.scoreSummary; if (s.weightTotal !== undefined) eq('weightTotal', ws, L(s.weightTotal)); if (s.scoreTotal !== undefined) eq('scoreTotal', ss, L(s.scoreTotal)); if (s.grade) ok(s.grade[0] === gradeOf(ss), `${tag} data: grade ${s.grade}`); }
  }
}

// ---------- 主流程 ----------
(async () => {
  const specs = fs.readdirSync(path.join(ROOT, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort().map((f) => JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', f), 'utf8')));
  ok(specs.length === 12, `12 specs (found ${specs.length})`);
  const fmtCount = {}; const kindCount = {};
  const answerRows = fs.readFileSync(path.join(ROOT, 'bad/ANSWERS.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
  ok(answerRows[0].join(',') === 'file,line,old,new,dataField,kind,internal', 'ANSWERS header');
  const answers = new Map(answerRows.slice(1).map((r) => [r[0], r]));
  ok(answers.size === 24, `24 answer rows (found ${answers.size})`);
  let nFig = 0, nData = 0;
  for (const sp of specs) {
    const tag = sp.unit;
    fmtCount[sp.format] = (fmtCount[sp.format] || 0) + 1; kindCount[sp.kind] = (kindCount[sp.kind] || 0) + 1;
    const data = YAML.parse(fs.readFileSync(path.join(ROOT, sp.data), 'utf8'));
    ok(data.kind === sp.kind && String(data.version) === '2', `${tag}: kind/version`);
    checkData(tag, data);
    const clean = await readReport(path.join(ROOT, sp.clean), sp.format);
    // 2. 每个数字
    const covered = new Map();
    for (const f of sp.figures) {
      nFig++; if (f.kind !== 'nondata') nData++;
      const key = unitKey(f.loc); const txt = clean.get(key); const off = offOf(f.loc);
      ok(txt !== undefined && txt.substr(off, f.text.length) === f.text, `${tag} ${f.id}: "${f.text}" not at ${key}:${off}`);
      if (!covered.has(key)) covered.set(key, []);
      covered.get(key).push([off, off + f.text.length]);
      const why = agree(f, f.text, data);
      ok(why === null, `${tag} ${f.id} "${f.text}" (${f.expr}): ${why}`);
    }
    // 3. 阿拉伯数字全部有记录
    for (const [key, txt] of clean) {
      const spans = covered.get(key) || [];
      for (let i = 0; i < txt.length; i++) if (/\d/.test(txt[i])) { if (!ok(spans.some(([a, b]) => i >= a && i < b), `${tag} ${key}: digit at ${i} not in any figure: ${txt.slice(Math.max(0, i - 12), i + 12)}`)) break; }
    }
    // 4. 错误副本
    ok(sp.bad.length === 2, `${tag}: two bad copies`);
    for (const bd of sp.bad) {
      const fig = sp.figures.find((f) => f.id === bd.figure);
      const badUnits = await readReport(path.join(ROOT, 'bad', bd.file), sp.format);
      const diffKeys = [...new Set([...clean.keys(), ...badUnits.keys()])].filter((k) => clean.get(k) !== badUnits.get(k));
      ok(diffKeys.length === 1, `${tag} ${bd.file}: ${diffKeys.length} units differ (want 1)`);
      const key = unitKey(fig.loc); const off = offOf(fig.loc);
      ok(diffKeys[0] === key, `${tag} ${bd.file}: differing unit ${diffKeys[0]} is not the figure's ${key}`);
      const c = clean.get(key); const expectBad = c.slice(0, off) + bd.new + c.slice(off + fig.text.length);
      ok(c.substr(off, bd.old.length) === bd.old && bd.old === fig.text, `${tag} ${bd.file}: old text`);
      ok(badUnits.get(key) === expectBad, `${tag} ${bd.file}: bad text is not clean with one figure replaced`);
      ok(agree(fig, bd.old, data) === null, `${tag} ${bd.file}: old figure agrees`);
      const why = agree(fig, bd.new, data);
      ok(why !== null, `${tag} ${bd.file}: new figure "${bd.new}" still agrees with data`);
      // 所记的数据字段存在
      let fieldOk = true; try { getPath(data, bd.dataField); } catch { fieldOk = false; }
      ok(fieldOk, `${tag} ${bd.file}: dataField ${bd.dataField} exists`);
      const row = answers.get(bd.file);
      const where = sp.format === 'docx' ? c : String(fig.loc.line);
      ok(row && row[1] === where.replace(/[\t\n]/g, ' ') && row[2] === bd.old && row[3] === bd.new && row[4] === bd.dataField && row[5] === bd.kind && row[6] === bd.internal && ['yes', 'no'].includes(row[6]), `${tag} ${bd.file}: ANSWERS row matches`);
    }
  }
  ok(fmtCount.md === 4 && fmtCount.txt === 4 && fmtCount.docx === 4, 'four reports of each format');
  ok(kindCount.project === 6 && kindCount.department === 6, 'six project and six department reports');
  const kinds = [...answers.values()].map((r) => r[5]); ok(new Set(kinds).size >= 16, `varied change kinds (${new Set(kinds).size} distinct)`);
  const internal = [...answers.values()].filter((r) => r[6] === 'yes').length; ok(internal >= 9 && internal <= 15, `about half internal=yes (${internal})`);
  console.log(`${specs.length} reports, ${nFig} figures (${nData} from data), ${answers.size} bad copies, ${checks} checks, ${failures} failures`);
  if (failures) { console.log('CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
})().catch((e) => { console.error(e.stack || e); process.exit(1); });

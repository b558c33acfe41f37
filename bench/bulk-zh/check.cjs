#!/usr/bin/env node
'use strict';
// bulk-zh 语料的独立核对：不引用 gen.cjs 和 lib/，只读数据、报告、spec、ANSWERS。
// 用法：node check.cjs [语料目录]
const fs = require('fs');
const path = require('path');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const DIR = path.resolve(process.argv[2] || __dirname);
const errors = [];
const err = (where, msg) => errors.push(where + ': ' + msg);
let nFig = 0;
let nChecked = 0;
let nSkip = 0;

// ---------- 数 ----------
const EPS = 1e-7;
const r2 = (x, d = 2) => { const p = Math.pow(10, d); return Math.sign(x) * Math.round(Math.abs(x) * p + 1e-9) / p; };
function num(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const m = v.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
    return m ? Number(m[0]) : NaN;
  }
  return NaN;
}
function val(v) {
  if (v && typeof v === 'object' && 'value' in v) v = v.value;
  if (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v)) return Number(v.replace(/,/g, ''));
  return v;
}
function get(data, p) {
  let cur = data;
  let rest = p;
  const m = p.match(/^achievements@(\w+)(?:\.(.*))?$/);
  if (m) {
    cur = (data.achievements || []).find((a) => a.id === m[1]);
    if (!cur) return undefined;
    rest = m[2] || '';
  }
  if (rest) {
    for (const seg of rest.split('.')) {
      const mm = seg.match(/^(\w+)(?:\[(\d+)\])?$/);
      if (!mm || cur == null) return undefined;
      cur = cur[mm[1]];
      if (mm[2] !== undefined) cur = cur == null ? undefined : cur[Number(mm[2])];
    }
  }
  return val(cur);
}
const TOK = /achievements@\w+(?:\.[A-Za-z_]\w*)?|[A-Za-z_]\w*(?:\[\d+\])?(?:\.[A-Za-z_]\w*(?:\[\d+\])?)*/g;
function compute(data, src) {
  const code = src.replace(TOK, (t) => (t === 'num' || t === 'abs' || t.startsWith('Math') ? t : '__g(' + JSON.stringify(t) + ')'));
  const __g = (t) => { const v = get(data, t); if (v === undefined) throw new Error('数据中没有 ' + t); return v; };
  // eslint-disable-next-line no-new-func
  return Function('__g', 'num', 'abs', 'return (' + code + ');')(__g, num, Math.abs);
}

const CN = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function parseCnInt(s) {
  if (s === '') return NaN;
  let total = 0;
  let cur = 0;
  let seen = false;
  for (const ch of s) {
    if (ch in CN) { cur = CN[ch]; seen = true; continue; }
    const u = { 十: 10, 百: 100, 千: 1000 }[ch];
    if (!u) return NaN;
    total += (seen ? cur : 1) * u;
    cur = 0;
    seen = false;
  }
  return total + cur;
}
function parseCn(s) {
  const [i, f] = s.split('点');
  let n = parseCnInt(i);
  if (f !== undefined) n = Number(String(n) + '.' + f.split('').map((c) => CN[c]).join(''));
  return n;
}
function halfwidth(s) {
  return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/，/g, ',').replace(/－/g, '-').replace(/％/g, '%');
}
// 报告中数字 → { n, d, pct }（pct：折成百分数的比较方式）
function parseText(f) {
  let t = f.text;
  if (f.style === 'pctcn') { return { n: parseCn(t.replace(/^百分之/, '')), d: (t.split('点')[1] || '').length }; }
  if (f.style === 'cheng') {
    const m = t.match(/^(.+?)成(.*)$/);
    return { n: parseCn(m[1]) * 10 + (m[2] ? parseCn(m[2]) : 0), d: 0, tol: 5 };
  }
  if (f.style === 'frac') {
    const m = t.match(/^(.+?)分之(.+)$/);
    return { n: parseCn(m[2]) / parseCn(m[1]) * 100, d: 2, rel: 0.05 };
  }
  if (f.style === 'fan') {
    const m = t.match(/翻了?(.+)番$/);
    return { n: Math.pow(2, parseCn(m[1])), d: 2, rel: 0.05 };
  }
  if (f.chinese) return { n: parseCn(t), d: 0 };
  t = halfwidth(t);
  if (f.fullwidth !== undefined && !f.fullwidth && t !== f.text) return { n: NaN };
  if (!/^[+-]?\d{1,3}(,\d{3})*(\.\d+)?$|^[+-]?\d+(\.\d+)?$/.test(t)) return { n: NaN };
  const d = (t.split('.')[1] || '').length;
  return { n: Number(t.replace(/,/g, '')), d };
}
function nearHalf(v, d) { const x = Math.abs(v) * Math.pow(10, d); return Math.abs(x - Math.floor(x) - 0.5) < 1e-6; }

// 与数据是否一致：返回 null（一致）或原因
function agree(f, data, textOverride) {
  const fx = textOverride !== undefined ? { ...f, text: textOverride } : f;
  let v;
  try { v = compute(data, f.source); } catch (e) { return e.message; }
  if (f.literal) {
    const s = String(v);
    if (!/\d/.test(fx.text)) return s === fx.text ? null : `照录文字“${fx.text}”与数据“${s}”不同`;
    const m = s.match(/\d[\d,]*(?:\.\d+)?/);
    return m && m[0].replace(/,/g, '') === halfwidth(fx.text).replace(/,/g, '') ? null : `照录数字“${fx.text}”与数据“${s}”不同`;
  }
  if (typeof v !== 'number' || !isFinite(v)) return '来源不是数：' + v;
  const p = parseText(fx);
  if (!isFinite(p.n)) return '无法解析“' + fx.text + '”';
  const n = p.n;
  const ap = f.approx;
  if (p.tol !== undefined) { // 几成
    if (ap === '近' || ap === '不足') return v <= n + EPS && n - v <= 5 + EPS ? null : `近${n}% 与 ${v}`;
    if (/^(超|超过|逾|余|多|以上)$/.test(ap || '')) return v >= n - EPS && v <= n * 1.25 + EPS ? null : `超${n}% 与 ${v}`;
    return Math.abs(v - n) <= p.tol + EPS ? null : `${fx.text}（${n}%）与 ${v} 相差超过5个百分点`;
  }
  if (p.rel !== undefined) return Math.abs(v - n) <= p.rel * n + EPS ? null : `${fx.text}（${n.toFixed(2)}%）与 ${v} 相差超过5%`;
  const exact = () => {
    if (nearHalf(v, p.d)) return `${v} 按 ${p.d} 位舍入恰在进位边界`;
    return Math.abs(r2(v, p.d) - n) < Math.pow(10, -p.d) / 2 - 1e-9 ? null : `写 ${fx.text}，数据为 ${v}（按${p.d}位应为 ${r2(v, p.d).toFixed(p.d)}）`;
  };
  if (!ap) return exact();
  if (/^(约|约合|左右|大约)$/.test(ap)) return exact() === null || Math.abs(v - n) <= 0.05 * Math.abs(n) + EPS ? null : `约${n} 与 ${v}`;
  if (/^(近|将近|接近|不足)$/.test(ap)) return v <= n + EPS && n - v <= 0.1 * n + EPS ? null : `近${n} 与 ${v}`;
  if (/^(超|超过|逾|余|多|以上)$/.test(ap)) return v >= n - EPS && v <= 1.25 * n + EPS ? null : `${ap}${n} 与 ${v}`;
  return '未知约数 ' + ap;
}

// ---------- 数据自洽 ----------
function checkData(tag, d) {
  const near = (a, b, what) => { if (Math.abs(a - b) > 0.0051) err(tag, `${what}：${a} ≠ ${b}`); };
  const rate = (st, a, b, what) => { if (st === undefined) return; const basis = st && typeof st === 'object' && st.basis; if (basis) return; const v = val(st); const c = r2(a / b * 100); if (Math.abs(v - c) > 1e-9) err(tag, `${what} ${v} ≠ ${c}`); };
  const b = d.budget || {};
  const T = val(b.total);
  const A = val(b.actual);
  if (b.initial !== undefined) {
    let s = val(b.initial);
    for (const a of b.adjustments || []) s += (a.type === '压减' ? -1 : 1) * val(a.amount);
    near(r2(s), T, '年初 ± 调整 = 全年预算');
  }
  if (b.carryover !== undefined) near(r2(T - A), val(b.carryover), '全年预算 − 执行 = 结余结转');
  rate(b.rate, A, T, '预算执行率');
  if (b.sources) {
    for (const k of ['initial', 'total', 'actual']) {
      const parts = Object.values(b.sources).map((s) => val(s[k])).filter((x) => x !== undefined);
      if (!parts.length) continue;
      const want = val(b[k]);
      if (want !== undefined) near(r2(parts.reduce((x, y) => x + y, 0)), want, '资金来源之和 ' + k);
    }
  }
  const be = d.basicExpense;
  if (be && be.personnel !== undefined) near(r2(val(be.personnel) + val(be.publicUse)), val(be.total), '基本 = 人员 + 公用');
  if (be && be.prior !== undefined && be.changeRate !== undefined) rate(be.changeRate, val(be.total) - val(be.prior), val(be.prior), '基本支出变动率');
  const pe = d.projectExpense;
  if (pe && pe.prior !== undefined && pe.changeRate !== undefined) rate(pe.changeRate, val(pe.total) - val(pe.prior), val(pe.prior), '项目支出变动率');
  if (d.kind === 'department' && be && pe) near(r2(val(be.total) + val(pe.total)), A, '基本 + 项目 = 执行');
  if (d.kind === 'department' && be && pe && be.budget !== undefined && pe.budget !== undefined) near(r2(val(be.budget) + val(pe.budget)), T, '基本 + 项目预算 = 全年预算');
  if (d.kind === 'department' && pe && pe.budget !== undefined && (d.projects || []).every((p) => p.total !== undefined)) near(r2(d.projects.reduce((x, p) => x + val(p.total), 0)), val(pe.budget), '项目预算之和 = 项目支出预算');
  const ps = d.projects || [];
  if (ps.length) {
    if (ps.every((p) => p.actual !== undefined)) {
      const s = r2(ps.reduce((x, p) => x + val(p.actual), 0));
      if (d.kind === 'project') near(s, A, '项目实际之和'); else if (pe) near(s, val(pe.total), '项目实际之和 = 项目支出');
    }
    if (d.kind === 'project' && ps.every((p) => p.total !== undefined)) near(r2(ps.reduce((x, p) => x + val(p.total), 0)), T, '项目预算之和');
    for (const p of ps) if (p.total !== undefined && p.actual !== undefined && p.carryover !== undefined) near(r2(val(p.total) - val(p.actual)), val(p.carryover), p.name + ' 结余');
  }
  for (const g of d.projectGroups || []) {
    const mem = ps.filter((p) => p.group === g.name);
    if (mem.length) { near(r2(mem.reduce((x, p) => x + val(p.total), 0)), val(g.budget), g.name + ' 预算'); near(r2(mem.reduce((x, p) => x + val(p.actual), 0)), val(g.actual), g.name + ' 实际'); }
    rate(g.rate, val(g.actual), val(g.budget), g.name + ' 使用率');
  }
  const st = d.staffing;
  if (st && st.controlRate !== undefined) rate(st.controlRate, st.actual + (st.otherEmployees || 0), st.authorized, '人员控制率');
  const tp = d.threePublic;
  if (tp) {
    for (const k of ['prior', 'budget', 'actual']) {
      if (tp.vehiclePurchase && tp.vehicle && tp.vehicle[k] !== undefined) near(r2(val(tp.vehiclePurchase[k]) + val(tp.vehicleOperation[k])), val(tp.vehicle[k]), '公务用车 ' + k);
      if (tp.total && tp.total[k] !== undefined) near(r2(['vehicle', 'overseas', 'reception'].reduce((x, n) => x + (tp[n] && tp[n][k] !== undefined ? val(tp[n][k]) : 0), 0)), val(tp.total[k]), '三公合计 ' + k);
    }
    for (const [n, it] of Object.entries(tp)) if (it && it.changeRate !== undefined) rate(it.changeRate, val(it.actual) - val(it.prior), val(it.prior), '三公变动率 ' + n);
  }
  const pr = d.procurement;
  if (pr && pr.goods) for (const k of ['budget', 'actual']) near(r2(['goods', 'works', 'services'].reduce((x, n) => x + (pr[n] ? val(pr[n][k]) : 0), 0)), val(pr[k]), '政府采购 ' + k);
  for (const a of d.achievements || []) if (a.prior !== undefined && a.changeRate !== undefined) rate(a.changeRate, val(a.value) - val(a.prior), val(a.prior), '成效变动率 ' + a.id);
  // 评分
  let sum = 0;
  let wsum = 0;
  if (d.budgetRate) {
    const want = Math.min(d.budgetRate.weight, r2(val(b.rate) * d.budgetRate.weight / 100));
    if (Math.abs(want - d.budgetRate.score) > 1e-9) err(tag, `预算执行率得分 ${d.budgetRate.score} ≠ ${want}`);
    sum += d.budgetRate.score; wsum += d.budgetRate.weight;
  }
  for (const [i, ind] of (d.indicators || []).entries()) {
    const t = num(ind.target);
    const a = num(String(ind.actual));
    let want;
    if (!isFinite(t) || !isFinite(a)) {
      if (ind.band !== '达成') err(tag, `indicators[${i}] 定性指标应 band: 达成`);
      want = ind.weight;
    } else if (ind.direction === 'negative') {
      want = a <= t ? ind.weight : r2(t / a * ind.weight);
    } else {
      want = a >= t ? ind.weight : r2(a / t * ind.weight);
    }
    if (Math.abs(want - ind.score) > 1e-9) err(tag, `indicators[${i}] 得分 ${ind.score} ≠ ${want}`);
    sum += ind.score; wsum += ind.weight;
  }
  const ss = d.scoreSummary;
  if (ss) {
    if (ss.weightTotal !== undefined && Math.abs(ss.weightTotal - wsum) > 1e-9) err(tag, `分值合计 ${ss.weightTotal} ≠ ${wsum}`);
    if (wsum !== 100) err(tag, '分值之和不是100：' + wsum);
    if (Math.abs(ss.scoreTotal - r2(sum)) > 1e-9) err(tag, `总分 ${ss.scoreTotal} ≠ ${r2(sum)}`);
    const g = ss.scoreTotal >= 90 ? '优' : ss.scoreTotal >= 80 ? '良' : ss.scoreTotal >= 60 ? '中' : '差';
    if (ss.grade !== g) err(tag, `等级 ${ss.grade} ≠ ${g}`);
  }
}

// ---------- 报告文字 ----------
function xmlText(xml) {
  // 段落按出现顺序（含表格单元格中的段落），每段一行
  const out = [];
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  let m;
  while ((m = re.exec(xml))) {
    let t = '';
    const rt = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g;
    let mm;
    while ((mm = rt.exec(m[0]))) t += mm[1];
    out.push(t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'));
  }
  return out;
}
async function readReport(file) {
  if (file.endsWith('.docx')) {
    const z = await JSZip.loadAsync(fs.readFileSync(file));
    const xml = await z.file('word/document.xml').async('string');
    return { text: xmlText(xml).join('\n') + '\n', zip: z };
  }
  return { text: fs.readFileSync(file, 'utf8') };
}

// 按 spec 顺序定位每个数字；返回每个数字的起点
function locate(tag, text, figs) {
  const pos = [];
  let cur = 0;
  for (const [i, f] of figs.entries()) {
    const needle = (f.pre || '') + f.text;
    const k = text.indexOf(needle, cur);
    if (k < 0) { err(tag, `找不到第${i + 1}个数字 “${needle}”`); return null; }
    const start = k + (f.pre || '').length;
    const gap = text.slice(cur, start);
    if (/[0-9０-９]/.test(gap)) err(tag, `第${i + 1}个数字 “${f.text}” 之前有未登记的数字：${JSON.stringify(gap.match(/.{0,12}[0-9０-９].{0,12}/)[0])}`);
    pos.push(start);
    cur = start + f.text.length;
  }
  const tail = text.slice(cur);
  if (/[0-9０-９]/.test(tail)) err(tag, '最后一个数字之后有未登记的数字');
  return pos;
}
function lineNo(text, off) { return text.slice(0, off).split('\n').length; }

async function main() {
  const specFiles = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => f.endsWith('.json')).sort();
  const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  const seenAns = new Set();
  const kinds = { project: 0, department: 0 };
  const fmts = { md: 0, txt: 0, docx: 0 };
  const internal = { yes: 0, no: 0 };
  for (const sf of specFiles) {
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'spec', sf), 'utf8'));
    const tag = sf;
    const data = YAML.parse(fs.readFileSync(path.join(DIR, spec.data), 'utf8'));
    kinds[data.kind]++;
    fmts[spec.format]++;
    if (data.kind !== spec.kind) err(tag, 'kind 不符');
    if (data.version !== 2) err(tag, '不是第 2 版数据');
    checkData(tag, data);
    const rep = await readReport(path.join(DIR, spec.file));
    const figs = spec.figures;
    const pos = locate(tag, rep.text, figs);
    if (!pos) { for (const k of ['a', 'b']) seenAns.add(spec.file.replace(/^clean\//, 'bad/').replace(/\.(md|txt|docx)$/, `-${k}.$1`)); continue; }
    for (const [i, f] of figs.entries()) {
      nFig++;
      if (f.skip) { nSkip++; continue; }
      nChecked++;
      const why = agree(f, data);
      if (why) err(tag, `第${i + 1}个数字 “${f.text}”（${f.source}）：${why}`);
      if (f.unit && f.unitAfter !== false) {
        const after = rep.text.slice(pos[i] + f.text.length, pos[i] + f.text.length + f.unit.length);
        if (after !== f.unit) err(tag, `第${i + 1}个数字 “${f.text}” 后面应为单位“${f.unit}”，实为“${after}”`);
      }
    }
    // 错稿
    for (const key of ['a', 'b']) {
      const idx = figs.findIndex((f) => f.bad && f.bad[key]);
      const all = figs.filter((f) => f.bad && f.bad[key]);
      if (idx < 0 || all.length !== 1) { err(tag, `错稿 ${key} 应恰有一处`); continue; }
      const f = figs[idx];
      const b = f.bad[key];
      const badFile = spec.file.replace(/^clean\//, 'bad/').replace(/\.(md|txt|docx)$/, `-${key}.$1`);
      const bt = await readReport(path.join(DIR, badFile));
      const expect = rep.text.slice(0, pos[idx]) + b.new + rep.text.slice(pos[idx] + f.text.length);
      const cl = rep.text.split('\n');
      const bl = bt.text.split('\n');
      const el = expect.split('\n');
      if (cl.length !== bl.length) err(badFile, '行数不同');
      const diffLines = [];
      for (let i = 0; i < Math.max(cl.length, bl.length); i++) if (cl[i] !== bl[i]) diffLines.push(i);
      if (diffLines.length !== 1) err(badFile, `应只有一行（段落）不同，实为 ${diffLines.length}`);
      const ln = lineNo(rep.text, pos[idx]) - 1;
      if (diffLines[0] !== ln) err(badFile, '改动不在该数字所在行');
      // txt 表格允许调整空格；其余须逐字相同
      if (bl[ln] !== el[ln] && bl[ln].replace(/ {2,}/g, '  ') !== el[ln].replace(/ {2,}/g, '  ')) err(badFile, '改动后的行与预期不同：' + bl[ln]);
      if (agree(f, data, b.new) === null) err(badFile, `改后的 “${b.new}” 仍与数据一致`);
      if (!['yes', 'no'].includes(b.internal)) err(badFile, 'internal 只能是 yes/no');
      internal[b.internal]++;
      const others = figs.filter((g, j) => j !== idx && !g.skip);
      const sameSrc = others.some((g) => g.source === f.source);
      const refd = others.some((g) => (g.refs || []).includes(f.source));
      const ownRefs = (f.refs || []).length > 0;
      if (b.internal === 'no') {
        if (sameSrc || refd || ownRefs) err(badFile, 'internal=no，但报告中另有相关的数字');
        const v0 = f.text.replace(/,/g, '');
        if (others.some((g) => g.unit === f.unit && g.text.replace(/,/g, '') === v0)) err(badFile, 'internal=no，但报告中另有同单位的同一数值');
      } else if (!(sameSrc || refd || ownRefs)) err(badFile, 'internal=yes，但报告中没有相关的数字');
      if (spec.format === 'docx') {
        const zc = rep.zip;
        const zb = bt.zip;
        const names = Object.keys(zc.files).sort();
        if (names.join() !== Object.keys(zb.files).sort().join()) err(badFile, 'zip 内文件不同');
        for (const n of names) {
          if (n === 'word/document.xml' || zc.files[n].dir) continue;
          const x = await zc.file(n).async('nodebuffer');
          const y = await zb.file(n).async('nodebuffer');
          if (!x.equals(y)) err(badFile, n + ' 不同');
        }
      }
      // ANSWERS
      const row = answers.find((r) => r[0] === badFile);
      if (!row) { err(badFile, 'ANSWERS.tsv 中没有'); continue; }
      seenAns.add(badFile);
      const [, line, old, nw, field, kind, inter] = row;
      if (spec.format === 'docx') {
        const para = bl[ln];
        if (!(line === para || line.endsWith('] ' + para))) err(badFile, 'ANSWERS line 与段落不符');
        if (line.startsWith('[表格') !== /^\[表格 行「.*」\] /.test(line)) err(badFile, 'ANSWERS 表格行格式');
      } else if (Number(line) !== ln + 1) err(badFile, `ANSWERS 行号 ${line} ≠ ${ln + 1}`);
      if (old !== f.text || nw !== b.new) err(badFile, 'ANSWERS old/new 不符');
      if (field !== f.source) err(badFile, 'ANSWERS dataField 不符');
      if (kind !== b.kind || inter !== b.internal) err(badFile, 'ANSWERS kind/internal 不符');
    }
  }
  for (const r of answers) if (!seenAns.has(r[0])) err('ANSWERS', '多出一行 ' + r[0]);
  // 总数
  if (specFiles.length !== 12) err('总数', '单位数 ' + specFiles.length);
  if (kinds.project !== 6 || kinds.department !== 6) err('总数', '项目/部门 ' + JSON.stringify(kinds));
  if (fmts.md !== 4 || fmts.txt !== 4 || fmts.docx !== 4) err('总数', '格式 ' + JSON.stringify(fmts));
  if (answers.length !== 24) err('总数', '错稿 ' + answers.length);
  if (internal.yes !== 12 || internal.no !== 12) err('总数', 'internal ' + JSON.stringify(internal));
  console.log(`数字 ${nFig} 个：核对 ${nChecked}，skip ${nSkip}；错稿 ${answers.length}（internal yes ${internal.yes} / no ${internal.no}）`);
  if (errors.length) {
    for (const e of errors) console.log('✗ ' + e);
    console.log(`${errors.length} 处不符`);
    process.exit(1);
  }
  console.log('ALL CHECKS PASSED');
}
main().catch((e) => { console.error(e.stack || e.message); process.exit(2); });

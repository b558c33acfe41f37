'use strict';
// 独立核对 bulk-zo：不引用 gen.cjs 和 lib/。用法：node check.cjs [语料目录]
const fs = require('fs'), path = require('path'), cp = require('child_process');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');
const ROOT = path.resolve(process.argv[2] || __dirname);
let fails = 0, oks = 0;
const ok = (c, m) => { if (c) oks++; else { fails++; console.log('FAIL ' + m); } };
const N = x => Number(String(x).replace(/,/g, ''));
const near = (a, b, e = 1e-6) => Math.abs(a - b) <= e;
const rnd = (x, k) => { const f = Math.pow(10, k); return Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * f) / f; };
function numOf(text) { const m = text.replace(/,/g, '').match(/[+-]?\d+(?:\.\d+)?/); return m ? { v: parseFloat(m[0]), dec: (m[0].split('.')[1] || '').length, s: m[0] } : null; }
function fmt(v, dec, commas, plus) {
  let s = Math.abs(v).toFixed(dec);
  if (commas) s = s.replace(/^\d+/, i => i.replace(/\B(?=(\d{3})+$)/g, ','));
  if (v < 0 && Number(s.replace(/,/g, '')) !== 0) s = '-' + s; else if (plus) s = '+' + s;
  return s;
}
// 写出的数字与数值相符？
function agrees(f, text) {
  if (f.cn != null) return cmp(f.cn, f.value, f.cmp);
  const p = numOf(text); if (!p) return false;
  if (f.cmp) return cmp(p.v, f.value, f.cmp);
  const lit = text.match(/[+-]?[\d,]+(?:\.\d+)?/)[0];
  return fmt(f.value, p.dec, lit.includes(','), lit[0] === '+') === lit;
}
function cmp(w, v, c) {
  if (c === 'ge') return v >= w && v < w * 1.3;
  if (c === 'le') return v <= w && v > w * 0.85;
  if (c === 'about') return Math.abs(v - w) <= Math.abs(w) * 0.05;
  return Math.round(v) === w;
}
function ev(expr, d) {
  const A = id => N(d.achievements.find(x => x.id === id).value), AP = id => N(d.achievements.find(x => x.id === id).prior);
  const nums = s => String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/g).map(Number);
  const num = s => nums(s)[0], num2 = s => nums(s)[1];
  const P = i => d.projects[i], I = i => d.indicators[i], G = i => d.projectGroups[i], T = k => d.threePublic[k];
  const pct = (a, b) => N(a) / N(b) * 100, chg = (a, b) => (N(a) - N(b)) / N(b) * 100;
  const sum = (...x) => x.flat().reduce((s, y) => s + N(y), 0);
  const R = () => N(d.budget.actual) / N(d.budget.total) * 100;
  const W = () => sum(d.indicators.map(x => x.weight)) + N(d.budgetRate.weight);
  const S = () => sum(d.indicators.map(x => x.score)) + N(d.budgetRate.score);
  const SW = l => sum(d.indicators.filter(x => x.level1 === l).map(x => x.weight));
  const SS = l => sum(d.indicators.filter(x => x.level1 === l).map(x => x.score));
  return Function('d,A,AP,num,num2,P,I,G,T,pct,chg,sum,R,W,S,SW,SS', 'return (' + expr + ')')(d, A, AP, num, num2, P, I, G, T, pct, chg, sum, R, W, S, SW, SS);
}
// 按评分规则算得分（独立实现）
function rule(ind) {
  const w = N(ind.weight);
  if (ind.band) return ind.band === '达成' ? w : NaN;
  const t = (String(ind.target).replace(/,/g, '').match(/\d+(?:\.\d+)?/g) || []).map(Number);
  const a = (String(ind.actual).replace(/,/g, '').match(/\d+(?:\.\d+)?/g) || []).map(Number);
  if (t.length > 1) return a[0] >= t[0] && a[0] <= t[1] ? w : NaN;
  if (ind.direction === 'negative') return a[0] <= t[0] ? w : rnd(t[0] / a[0] * w, 2);
  return a[0] >= t[0] ? w : rnd(a[0] / t[0] * w, 2);
}
function checkData(id, d) {
  const b = d.budget, tag = id + ' 数据';
  if (b.adjustments) ok(near(b.adjustments.reduce((s, a) => s + (a.type === '追加' ? 1 : -1) * N(a.amount), N(b.initial)), N(b.total)), tag + '：年初 ± 调整 ≠ 全年');
  ok(near(N(b.total) - N(b.actual), N(b.carryover)), tag + '：结余');
  if (b.sources) ok(near(N(b.sources.current.total), N(b.total)) && near(N(b.sources.current.actual), N(b.actual)), tag + '：资金来源');
  const ps = d.projects || [];
  if (d.kind === 'project') {
    ok(near(ps.reduce((s, p) => s + N(p.actual), 0), N(b.actual)), tag + '：子项目执行之和');
    ok(near(ps.reduce((s, p) => s + N(p.total), 0), N(b.total)), tag + '：子项目预算之和');
    if (ps.every(p => p.initial != null)) ok(near(ps.reduce((s, p) => s + N(p.initial), 0), N(b.initial)), tag + '：子项目年初之和');
  } else {
    const be = d.basicExpense, pe = d.projectExpense;
    ok(near(N(be.personnel) + N(be.publicUse), N(be.total)), tag + '：人员 + 公用 ≠ 基本');
    ok(near(N(be.total) + N(pe.total), N(b.actual)), tag + '：基本 + 项目 ≠ 执行');
    ok(near(N(be.budget) + N(pe.budget), N(b.total)), tag + '：基本预算 + 项目预算 ≠ 全年');
    ok(near(ps.reduce((s, p) => s + N(p.actual), 0), N(pe.total)) && near(ps.reduce((s, p) => s + N(p.total), 0), N(pe.budget)), tag + '：项目之和');
    for (const x of [be, pe]) if (x.prior != null && x.changeRate != null) ok(near(rnd((N(x.total) - N(x.prior)) / N(x.prior) * 100, 2), N(x.changeRate)), tag + '：变动率');
    const st = d.staffing; ok(near(rnd(N(st.actual) / N(st.authorized) * 100, 2), N(st.controlRate)), tag + '：控制率');
    const tp = d.threePublic;
    for (const k of ['prior', 'budget', 'actual']) ok(near(['overseas', 'vehicle', 'reception'].reduce((s, q) => s + (tp[q] ? N(tp[q][k]) : 0), 0), N(tp.total[k])), tag + '：三公合计 ' + k);
    for (const q of Object.keys(tp)) if (tp[q].changeRate != null) ok(near(rnd((N(tp[q].actual) - N(tp[q].prior)) / N(tp[q].prior) * 100, 2), N(tp[q].changeRate)), tag + '：三公变动率 ' + q);
    if (d.procurement && d.procurement.goods) ok(near(N(d.procurement.goods.budget) + N(d.procurement.services.budget), N(d.procurement.budget)) && near(N(d.procurement.goods.actual) + N(d.procurement.services.actual), N(d.procurement.actual)), tag + '：政府采购');
    for (const g of d.projectGroups || []) { const m = ps.filter(p => p.group === g.name); ok(near(m.reduce((s, p) => s + N(p.total), 0), N(g.budget)) && near(m.reduce((s, p) => s + N(p.actual), 0), N(g.actual)), tag + '：类别 ' + g.name); }
  }
  for (const p of ps) {
    if (p.adjustment != null) ok(near(N(p.initial) + N(p.adjustment), N(p.total)), tag + '：子项目调整 ' + p.name);
    if (p.carryover != null) ok(near(N(p.total) - N(p.actual), N(p.carryover)), tag + '：子项目结余 ' + p.name);
    if (p.items) ok(near(p.items.reduce((s, i) => s + N(i.amount), 0), N(p.actual)), tag + '：明细之和 ' + p.name);
  }
  let W = N(d.budgetRate.weight), S = N(d.budgetRate.score);
  for (const ind of d.indicators) {
    ok(near(rule(ind), N(ind.score)), `${tag}：${ind.name} 得分应为 ${rule(ind)}`);
    if (N(ind.score) < N(ind.weight)) ok(!!ind.deviation, tag + '：未达成无偏差说明 ' + ind.name);
    W += N(ind.weight); S += N(ind.score);
  }
  ok(near(rnd(Math.min(N(b.actual) / N(b.total) * 100, 100) * N(d.budgetRate.weight) / 100, 2), N(d.budgetRate.score)), tag + '：预算执行率得分');
  ok(W === 100, tag + '：分值合计 ' + W);
  ok(near(rnd(S, 2), N(d.scoreSummary.scoreTotal)), tag + '：总分');
  const g = S >= 90 ? '优' : S >= 80 ? '良' : S >= 60 ? '中' : '差'; ok(d.scoreSummary.grade === g, tag + '：等级');
  const ids = d.achievements.map(a => a.id); ok(new Set(ids).size === ids.length, tag + '：成效 id 重复');
}
async function docxParts(file) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await z.file('word/document.xml').async('string');
  const paras = xml.split('</w:p>').slice(0, -1).map(p => (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) || []).map(t => t.replace(/<[^>]+>/g, '')).join('')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
  const files = {}; for (const n of Object.keys(z.files).sort()) if (!z.files[n].dir) files[n] = await z.file(n).async('string');
  return { text: paras.join('\n'), files };
}
const pdfText = f => cp.execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });
// 年份（20xx）不计：跨页重复的表头行里有年份
const tokens = s => (s.match(/\d+(?:[.,:\-]\d+)*/g) || []).filter(t => !/^20[12]\d$/.test(t)).sort();
function locate(text, figs, tag) {
  let pos = 0; const spans = [];
  for (const f of figs) {
    let k = pos, found = -1;
    while ((k = text.indexOf(f.text, k)) >= 0) {
      const pre = text.slice(Math.max(0, k - 2), k), post = text.slice(k + f.text.length, k + f.text.length + 2);
      const digitText = /\d/.test(f.text);
      if (!digitText || (!/\d$|\d[.,]$/.test(pre) && !/^\d|^[.,]\d/.test(post))) { found = k; break; }
      k++;
    }
    ok(found >= 0, `${tag}：第${f.n}个数字“${f.text}”未按顺序找到`);
    if (found < 0) return null;
    spans.push([found, found + f.text.length]); pos = found + f.text.length;
  }
  const cov = new Uint8Array(text.length); for (const [a, b] of spans) cov.fill(1, a, b);
  let stray = [];
  for (let i = 0; i < text.length; i++) if (/[0-9０-９]/.test(text[i]) && !cov[i]) stray.push(JSON.stringify(text.slice(Math.max(0, i - 8), i + 8)));
  ok(stray.length === 0, `${tag}：未登记的数字 ${stray.slice(0, 3).join(' | ')}`);
  return spans;
}
function relHolds(r, val, dec) {
  const m = r.m.map(l => val[l]); if (m.some(x => x == null)) return null;
  const k = dec[r.m[0]];
  if (r.type === 'sum') return near(m[0], m.slice(1).reduce((s, x) => s + x, 0), 1e-6);
  if (r.type === 'diff') return near(rnd(m[1] - m[2], k), m[0]);
  if (r.type === 'ratio') return near(rnd(m[1] / m[2] * 100, k), m[0]);
  if (r.type === 'chg') return near(rnd((m[1] - m[2]) / m[2] * 100, k), m[0]);
  if (r.type === 'same') return m.every(x => near(x, m[0]));
  throw new Error('relation ' + r.type);
}
(async () => {
  const specs = fs.readdirSync(path.join(ROOT, 'spec')).sort().map(f => JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', f), 'utf8')));
  ok(specs.length === 12, '单位数');
  const cnt = k => specs.reduce((m, s) => (m[s[k]] = (m[s[k]] || 0) + 1, m), {});
  const fm = cnt('format'), kd = cnt('kind');
  ok(fm.md === 3 && fm.txt === 3 && fm.docx === 4 && fm.pdf === 2, '格式分布 ' + JSON.stringify(fm));
  ok(kd.project === 6 && kd.department === 6, '类型分布');
  const ans = fs.readFileSync(path.join(ROOT, 'ANSWERS.tsv'), 'utf8').trim().split('\n').map(l => l.split('\t'));
  const H = ans[0]; ok(H.join(',') === 'file,format,clean_text,bad_text,where,source,value,needs_data,internal,why', 'ANSWERS 表头');
  ok(ans.length === 25, 'ANSWERS 行数');
  ok(ans.slice(1).filter(r => r[8] === 'yes').length === 12 && ans.slice(1).filter(r => r[8] === 'no').length === 12, 'internal yes/no 各 12');
  ok(fs.readdirSync(path.join(ROOT, 'bad')).length === 24, '错稿 24 个');
  let total = 0, checked = 0;
  for (const s of specs) {
    const d = YAML.parse(fs.readFileSync(path.join(ROOT, 'data', s.data), 'utf8'));
    checkData(s.id, d);
    ok(d.kind === s.kind, s.id + ' kind');
    const base = s.file.replace(/\.[a-z]+$/, ''), ext = s.file.split('.').pop();
    // 取文字
    let clean, bad = {};
    const cleanPath = path.join(ROOT, 'clean', s.file);
    if (s.format === 'md' || s.format === 'txt') {
      const raw = fs.readFileSync(cleanPath, 'utf8'); ok(raw.charCodeAt(0) !== 0xFEFF && !raw.includes('\r'), s.id + ' BOM/CR');
      clean = raw; for (const k of ['a', 'b']) bad[k] = fs.readFileSync(path.join(ROOT, 'bad', `${base}-${k}.${ext}`), 'utf8');
    } else if (s.format === 'docx') {
      const c = await docxParts(cleanPath); clean = c.text;
      for (const k of ['a', 'b']) {
        const b = await docxParts(path.join(ROOT, 'bad', `${base}-${k}.docx`)); bad[k] = b.text;
        ok(Object.keys(c.files).join() === Object.keys(b.files).join() && Object.keys(c.files).every(n => n === 'word/document.xml' || c.files[n] === b.files[n]), s.id + k + ' docx 只有 document.xml 不同');
      }
    } else {
      const c = await docxParts(path.join(ROOT, s.sourceDocx)); clean = c.text;
      const pt = pdfText(cleanPath);
      ok(tokens(pt).join(' ') === tokens(clean).join(' '), s.id + ' PDF 数字与源 docx 不一致');
      ok(pt.includes(s.unit), s.id + ' PDF 无单位名');
      for (const k of ['a', 'b']) {
        const b = await docxParts(path.join(ROOT, 'src', `${base}-${k}.docx`)); bad[k] = b.text;
        const f = s.figures.find(x => x.bad && x.bad[k]);
        const want = tokens(pt); const i = want.indexOf(f.text.replace(/^[+-]/, '').replace(/%$/, '')); ok(i >= 0, s.id + k + ' PDF 中找不到改动的数字');
        want.splice(i, 1); want.push(f.bad[k].text.replace(/^[+-]/, '').replace(/%$/, '')); want.sort();
        ok(tokens(pdfText(path.join(ROOT, 'bad', `${base}-${k}.pdf`))).join(' ') === want.join(' '), s.id + k + ' PDF 错稿数字序列只应有一处不同');
      }
    }
    const spans = locate(clean, s.figures, s.id);
    if (!spans) continue;
    // 数值
    const val = {}, dec = {};
    for (const f of s.figures) {
      total++;
      if (f.skip) { ok(typeof f.skip === 'string' && f.skip.length > 0, s.id + ' skip 原因'); continue; }
      checked++;
      const v = ev(f.src, d);
      ok(near(v, f.value, 1e-7 * Math.max(1, Math.abs(v))), `${s.id} 第${f.n}个 value ${f.value} ≠ ${v}`);
      ok(agrees({ ...f, value: v }, f.text), `${s.id} 第${f.n}个“${f.text}”与数据 ${v} 不符`);
      if (f.label) { const p = f.cn != null ? { v: f.cn, dec: 0 } : numOf(f.text); val[f.label] = p.v; dec[f.label] = p.dec; }
    }
    for (const r of s.relations) { const h = relHolds(r, val, dec); ok(h === true, `${s.id} 干净稿关系不成立 ${JSON.stringify(r)}`); }
    // 错稿
    for (const k of ['a', 'b']) {
      const list = s.figures.filter(f => f.bad && f.bad[k]); ok(list.length === 1, s.id + k + ' 改动数');
      const f = list[0], i = s.figures.indexOf(f), [a, b] = spans[i];
      ok(f.bad[k].text.length === f.text.length && f.bad[k].text !== f.text, s.id + k + ' 等长改动');
      ok(bad[k] === clean.slice(0, a) + f.bad[k].text + clean.slice(b), s.id + k + ' 错稿应只替换这一处');
      if (s.format === 'md' || s.format === 'txt') { const cl = clean.split('\n'), bl = bad[k].split('\n'); ok(cl.length === bl.length && cl.filter((l, j) => l !== bl[j]).length === 1, s.id + k + ' 只有一行不同'); }
      ok(!agrees(f, f.bad[k].text), s.id + k + ' 改动后仍与数据相符');
      ok(f.bad[k].internal === (k === 'a' ? 'yes' : 'no'), s.id + k + ' internal');
      if (k === 'a') {
        const rels = s.relations.filter(r => r.m.includes(f.label)); ok(rels.length > 0, s.id + 'a 改动不在任何关系中');
        const v2 = { ...val, [f.label]: numOf(f.bad.a.text).v };
        ok(rels.some(r => relHolds(r, v2, dec) === false), s.id + 'a 改动没有破坏任何关系');
      } else {
        ok(!f.label || !s.relations.some(r => r.m.includes(f.label)), s.id + 'b 数字在关系中');
        ok(s.figures.filter(g => g.src === f.src).length === 1, s.id + 'b 数字在报告中出现不止一次');
      }
      const row = ans.find(r => r[0] === `${base}-${k}.${ext}`);
      ok(row && row[2] === f.text && row[3] === f.bad[k].text && row[5] === f.src && row[7] === (k === 'b' ? 'yes' : 'no') && row[8] === f.bad[k].internal, s.id + k + ' ANSWERS 与 spec 不一致');
    }
    ok(s.counts.figures === s.figures.length && s.counts.checked === s.figures.filter(f => !f.skip).length, s.id + ' counts');
  }
  console.log(`数字 ${total} 个，核对 ${checked}，skip ${total - checked}；检查 ${oks} 项，不通过 ${fails} 项`);
  if (fails) { console.log('CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
})().catch(e => { console.error(e); process.exit(1); });

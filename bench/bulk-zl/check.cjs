#!/usr/bin/env node
'use strict';
// bulk-zl 语料的独立核对：不引用 gen.cjs 和 lib/，只读 data/ clean/ bad/ spec/ src/*.docx 和 bad/ANSWERS.tsv
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const DIR = path.resolve(process.argv[2] || __dirname);
let fails = 0, checks = 0;
const fail = (m) => { fails++; console.log('FAIL ' + m); };
const ok = (c, m) => { checks++; if (!c) fail(m); };
const close = (a, b, tol = 0.005) => Math.abs(a - b) < tol;

// ---------- 数值 ----------
function rnd(v, d) { const f = 10 ** d; const r = Math.floor(Math.abs(v) * f + 0.5 + 1e-9) / f; return v < 0 ? -r : r; }
function onHalf(v, d) { const x = Math.abs(v) * 10 ** d; return Math.abs(x - Math.floor(x) - 0.5) < 1e-6; }
function parseWritten(t) {
  let s = t.replace(/\n/g, '').replace(/\u2212/g, '-').replace(/,/g, '');
  let neg = false;
  const m = /^\((.*)\)$/.exec(s);
  if (m) { neg = true; s = m[1]; }
  if (!/^[+-]?\d+(\.\d+)?$/.test(s)) return null;
  const v = Number(s);
  return { v: neg ? -v : v, dec: (s.split('.')[1] || '').length, plus: s.startsWith('+') };
}
function numIn(str) { const m = /-?\d[\d,]*(?:\.\d+)?/.exec(String(str)); return m ? Number(m[0].replace(/,/g, '')) : NaN; }
function evaluate(expr, d) {
  const A = (id) => { const a = (d.achievements || []).find((x) => x.id === id); if (!a) throw new Error('no ' + id); return a; };
  return new Function('d', 'A', 'num', 'with (d) { return (' + expr + '); }')(d, A, numIn);
}
function wordsOk(cmp, v) {
  let m;
  if ((m = /^ge:(.+)$/.exec(cmp))) return v >= Number(m[1]);
  if ((m = /^near:(.+)$/.exec(cmp))) return v <= Number(m[1]) && v > Number(m[1]) - 5;
  if ((m = /^frac:(\d+)\/(\d+)$/.exec(cmp))) return Math.abs(v - Number(m[1]) / Number(m[2]) * 100) <= 1.5;
  if ((m = /^eq:(.+)$/.exec(cmp))) return close(v, Number(m[1]), 1e-9);
  if (cmp === 'x2') return v >= 1.95 && v <= 2.25;
  return false;
}
function approxOk(word, w, v) {
  if (['余', '超', '逾', '多', '以上'].includes(word)) return w <= v && v < w * 1.2;
  if (word === '近') return v <= w && v > w * 0.85;
  if (word === '约') return Math.abs(v - w) / v <= 0.05;
  return false;
}

// ---------- 数据自身 ----------
function checkData(id, d) {
  const b = d.budget;
  const adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '追加' ? a.amount : -a.amount), 0);
  ok(close(b.initial + adj, b.total), id + ' 年初 ± 调整 ≠ 全年');
  ok(close(b.total - b.actual, b.carryover), id + ' 全年 − 执行 ≠ 结余');
  if (b.sources) for (const k of ['initial', 'total', 'actual']) {
    const s = Object.values(b.sources).reduce((x, y) => x + (y[k] || 0), 0);
    ok(close(s, b[k]), id + ' 资金来源 ' + k + ' 之和不符');
  }
  const P = d.projects || [];
  for (const p of P) {
    if (p.adjustment !== undefined) ok(close(p.initial + p.adjustment, p.total), id + ' 项目 ' + p.name + ' 年初 + 调整 ≠ 全年');
    if (p.carryover !== undefined) ok(close(p.total - p.actual, p.carryover), id + ' 项目 ' + p.name + ' 结余不符');
  }
  const sum = (k) => P.reduce((s, p) => s + (p[k] || 0), 0);
  if (d.kind === 'project') {
    for (const k of ['initial', 'total', 'actual', 'carryover']) ok(close(sum(k), b[k]), id + ' 子项目 ' + k + ' 之和 ≠ budget');
  } else {
    const be = d.basicExpense, pe = d.projectExpense;
    ok(close(be.personnel + be.publicUse, be.total), id + ' 人员 + 公用 ≠ 基本支出');
    ok(close(be.total + pe.total, b.actual), id + ' 基本 + 项目 ≠ 执行');
    ok(close(be.budget + pe.budget, b.total), id + ' 基本预算 + 项目预算 ≠ 全年');
    ok(close(sum('total'), pe.budget), id + ' 项目全年预算之和 ≠ 项目支出预算');
    ok(close(sum('actual'), pe.total), id + ' 项目实际之和 ≠ 项目支出');
    ok(close(sum('initial'), b.initial - be.budget), id + ' 项目年初之和 ≠ 年初 − 基本支出预算');
    for (const e of [be, pe]) if (e.changeRate !== undefined) ok(close(rnd((e.total - e.prior) / e.prior * 100, 2), e.changeRate, 1e-9), id + ' 支出变动率不符');
    const tp = d.threePublic;
    for (const k of ['prior', 'budget', 'actual']) {
      if (tp.vehicle && tp.vehicleOperation) ok(close((tp.vehiclePurchase ? tp.vehiclePurchase[k] : 0) + tp.vehicleOperation[k], tp.vehicle[k]), id + ' 公务用车 ≠ 购置 + 运维');
      const parts = (tp.vehicle ? tp.vehicle[k] : 0) + (tp.reception ? tp.reception[k] : 0) + (tp.overseas ? tp.overseas[k] : 0);
      ok(close(parts, tp.total[k]), id + ' 三公合计 ' + k + ' 不符');
    }
    for (const [k, x] of Object.entries(tp)) if (x.changeRate !== undefined) {
      ok(!onHalf((x.actual - x.prior) / x.prior * 100, 2), id + ' 三公 ' + k + ' 变动率在 .5 边界');
      ok(close(rnd((x.actual - x.prior) / x.prior * 100, 2), x.changeRate, 1e-9), id + ' 三公 ' + k + ' 变动率不符');
    }
    const s = d.staffing;
    ok(close(rnd(s.actual / s.authorized * 100, 2), s.controlRate, 1e-9), id + ' 控制率不符');
    if (d.procurement && d.procurement.goods) {
      const q = d.procurement;
      ok(close(['goods', 'works', 'services'].reduce((x, k) => x + (q[k] ? q[k].actual : 0), 0), q.actual), id + ' 采购分类之和不符');
      ok(close(['goods', 'works', 'services'].reduce((x, k) => x + (q[k] ? q[k].budget : 0), 0), q.budget), id + ' 采购预算分类之和不符');
    }
    if (d.assets && d.assets.lines) ok(close(d.assets.lines.reduce((x, l) => x + l.amount, 0), d.assets.fixed), id + ' 固定资产分类之和不符');
  }
  // 评分
  const rate = b.actual / b.total * 100;
  ok(!onHalf(rate, 2), id + ' 执行率在 .5 边界');
  const rs = Math.min(d.budgetRate.weight, rnd(rate * d.budgetRate.weight / 100, 2));
  ok(close(rs, d.budgetRate.score, 1e-9), id + ' 预算执行率得分应为 ' + rs);
  ok(close(rnd(rnd(rate, 2) * d.budgetRate.weight / 100, 2), rs, 1e-9), id + ' 按两位执行率算的得分不同');
  let wsum = d.budgetRate.weight, ssum = d.budgetRate.score;
  for (const ind of d.indicators) {
    wsum += ind.weight; ssum += ind.score;
    let expect;
    if (ind.band) expect = ind.band === '达成' ? ind.weight : NaN;
    else {
      const t = numIn(ind.target), a = numIn(ind.actual), neg = ind.direction === 'negative';
      const met = neg ? a <= t : a >= t;
      expect = met ? ind.weight : rnd((neg ? t / a : a / t) * ind.weight, 2);
      if (!met) ok(!!ind.deviation, id + ' 未达成指标缺偏差说明：' + ind.name);
    }
    ok(close(expect, ind.score, 1e-9), id + ' 指标 ' + ind.name + ' 得分应为 ' + expect);
  }
  ok(wsum === 100 && d.scoreSummary.weightTotal === 100, id + ' 分值合计不是 100');
  ok(close(rnd(ssum, 2), d.scoreSummary.scoreTotal, 1e-9), id + ' 总分应为 ' + rnd(ssum, 2));
  const g = ssum >= 90 ? '优' : ssum >= 80 ? '良' : ssum >= 60 ? '中' : '差';
  ok(d.scoreSummary.grade === g, id + ' 等级不符');
}

// ---------- 报告文字 ----------
function xmlText(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&'); }
function paras(xml) {
  const out = [];
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  let m;
  while ((m = re.exec(xml))) {
    let t = '';
    const tr = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<w:br\/>|<w:br w:type="page"\/>/g;
    let k;
    while ((k = tr.exec(m[0]))) {
      if (k[1] !== undefined) t += xmlText(k[1]);
      else if (k[0] === '<w:tab/>') t += '\t';
      else if (k[0] === '<w:br/>') t += '\n';
    }
    out.push(t);
  }
  return out;
}
async function docxParts(buf) {
  const z = await JSZip.loadAsync(buf);
  const parts = { _zip: z };
  for (const [k, f] of [['document', 'word/document.xml'], ['footnotes', 'word/footnotes.xml'], ['endnotes', 'word/endnotes.xml']]) {
    if (!z.file(f)) continue;
    let xml = await z.file(f).async('string');
    if (k !== 'document') {
      // 只取 id ≥ 1 的注，分隔符不计
      const notes = [];
      const re = /<w:(footnote|endnote) (?:w:type="[^"]*" )?w:id="(-?\d+)"[^>]*>([\s\S]*?)<\/w:\1>/g;
      let m;
      while ((m = re.exec(xml))) if (Number(m[2]) >= 1) notes.push(paras(m[3]).join('\n').replace(/^ /, ''));
      parts[k] = notes;
    } else parts[k] = paras(xml);
  }
  return parts;
}
function pdfText(file) { return cp.execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-']).toString('utf8'); }

async function locate(spec, buf) {
  // 返回 { get(fig) -> 文字片段定位函数, digitsText: [..] }
  if (spec.format === 'md' || spec.format === 'txt') {
    let s = buf;
    if (spec.encoding === 'utf-8-bom') {
      ok(s[0] === 0xef && s[1] === 0xbb && s[2] === 0xbf, spec.id + ' 应有 UTF-8 BOM');
      s = s.slice(3);
    } else ok(!(s[0] === 0xef && s[1] === 0xbb), spec.id + ' 不应有 BOM');
    const text = s.toString('utf8');
    ok(!text.includes('\r'), spec.id + ' 不应有 CR');
    const lines = text.split('\n');
    const starts = [0];
    for (const l of lines) starts.push(starts[starts.length - 1] + l.length + 1);
    return { kind: 'text', text, at: (f) => starts[f.line - 1] + f.col - 1, lines };
  }
  const p = await docxParts(buf);
  return { kind: 'docx', p };
}
// 报告中所有数字必须落在登记的数字内
function coverage(id, text, spans) {
  const re = /[0-9０-９]/g;
  let m, bad = 0;
  while ((m = re.exec(text))) if (!spans.some(([a, b]) => m.index >= a && m.index < b)) { bad++; if (bad < 3) fail(id + ' 未登记的数字：…' + text.slice(Math.max(0, m.index - 12), m.index + 6).replace(/\n/g, '⏎') + '…'); }
  checks++;
}
const srcPath = (f) => (f.source || '').match(/A\('[a-z_]+'\)\.\w+|[a-zA-Z]+(?:\.[a-zA-Z]+|\[\d+\])+/g) || [];

async function checkUnit(spec, answers) {
  const id = spec.id;
  const d = YAML.parse(fs.readFileSync(path.join(DIR, spec.data), 'utf8'));
  checkData(id, d);
  const file = spec.format === 'pdf' ? spec.sourceDocx : spec.file;
  const buf = fs.readFileSync(path.join(DIR, file));
  const L = await locate(spec, buf);
  const spans = { document: [], footnotes: [], endnotes: [], text: [] };
  const figs = spec.figures.filter((f) => f.part !== 'footer' && f.part !== 'header');
  for (const f of figs) {
    const w = f.writtenAs || f.text;
    let pre;
    if (L.kind === 'text') {
      const at = L.at(f);
      ok(L.text.substr(at, w.length) === w, id + ' #' + f.n + ' 位置上的文字不是 ' + w);
      spans.text.push([at, at + w.length]);
      const ls = L.text.lastIndexOf('\n', at - 1) + 1;
      pre = L.text.slice(Math.max(ls, at - 6), at);
    } else {
      const para = L.p[f.part][f.para - 1] || '';
      ok(para.substr(f.col - 1, w.length) === w, id + ' #' + f.n + ' 段落 ' + f.para + ' 位置上的文字不是 ' + w);
      spans[f.part].push([f.para, f.col - 1, f.col - 1 + w.length]);
      pre = para.slice(Math.max(0, f.col - 7), f.col - 1);
    }
    ok(pre === f.pre, id + ' #' + f.n + ' 前文不符：' + pre + ' / ' + f.pre);
    if (f.skip) continue;
    // 值
    const v = evaluate(f.source, d);
    ok(close(v, f.value, 1e-6), id + ' #' + f.n + ' spec 值 ' + f.value + ' ≠ 重算 ' + v);
    if (f.style === 'words') { ok(wordsOk(f.cmp, v), id + ' #' + f.n + ' “' + f.text + '”与 ' + v + ' 不符'); continue; }
    const pw = parseWritten(f.text);
    ok(pw !== null, id + ' #' + f.n + ' 无法解析 ' + f.text);
    if (!pw) continue;
    if (f.approx) { ok(approxOk(f.approx, pw.v, v), id + ' #' + f.n + ' 约数不符'); continue; }
    ok(pw.dec === f.decimals, id + ' #' + f.n + ' 位数不符');
    ok(!onHalf(f.fmt.includes('a') ? Math.abs(v) : v, f.decimals), id + ' #' + f.n + ' 在 .5 边界');
    const target = rnd(f.fmt.includes('a') ? Math.abs(v) : v, f.decimals);
    ok(close(pw.v, target, 1e-9), id + ' #' + f.n + ' 写作 ' + f.text + '，数据为 ' + target);
    if (f.literal) ok(/^num\(/.test(f.source), id + ' #' + f.n + ' literal 应取指标值文字');
  }
  if (L.kind === 'text') coverage(id, L.text, spans.text);
  else for (const part of ['document', 'footnotes', 'endnotes']) {
    (L.p[part] || []).forEach((t, i) => coverage(id + ' ' + part + '段落' + (i + 1), t, spans[part].filter((x) => x[0] === i + 1).map((x) => [x[1], x[2]])));
  }
  // PDF：文字按顺序出现
  if (spec.format === 'pdf') {
    const raw = pdfText(path.join(DIR, spec.file));
    const t = raw.replace(/\s+/g, '');
    // 全部数字（去掉页脚页码）与 spec 登记的数字逐一对应（多重集合相等）
    const toks = (x) => (x.match(/\d[\d,.]*\d|\d/g) || []).sort();
    const inPdf = toks(raw.replace(/第\s*\d+\s*页\s*共\s*\d+\s*页/g, ''));
    const inSpec = toks(figs.map((f) => (f.writtenAs || f.text).replace(/\n/g, '')).join(' '));
    ok(JSON.stringify(inPdf) === JSON.stringify(inSpec), id + ' PDF 中的数字与 spec 登记的不一致（' + inPdf.length + ' / ' + inSpec.length + '）');
    for (const f of figs) {
      const w = (f.writtenAs || f.text).replace(/\s+/g, '');
      ok(t.includes(w), id + ' PDF 中找不到 #' + f.n + ' ' + w);
    }
    checks++;
    ok(/第\d+页共\d+页/.test(t), id + ' PDF 页脚页码');
    ok(t.includes(spec.unit.replace(/^荇洲市|^蘅皋市/, '').slice(0, 4)), id + ' PDF 页眉单位名称');
  }
  // 错稿
  const badFigs = spec.figures.filter((f) => f.bad);
  ok(badFigs.length === 2 && badFigs.some((f) => f.bad.copy === 'a') && badFigs.some((f) => f.bad.copy === 'b'), id + ' 应有 a、b 两个错稿');
  for (const f of badFigs) {
    const name = 'bad/' + path.basename(spec.file).replace(/\.[^.]+$/, '') + '-' + f.bad.copy + '.' + spec.format;
    const bbuf = fs.readFileSync(path.join(DIR, name));
    const pw = parseWritten(f.bad.new);
    const v = evaluate(f.source, d);
    ok(pw && !close(pw.v, rnd(v, f.decimals), 1e-9), id + ' ' + name + ' 改后的数字仍与数据相符');
    ok(f.bad.new !== f.text && f.bad.new.length === f.text.length, id + ' ' + name + ' 改动应为等长的另一个数');
    if (spec.format === 'md' || spec.format === 'txt') {
      const c = L.text, bt = (spec.encoding === 'utf-8-bom' ? bbuf.slice(3) : bbuf).toString('utf8');
      const at = L.at(f);
      ok(bt === c.slice(0, at) + f.bad.new + c.slice(at + f.text.length), id + ' ' + name + ' 不是只改了这一个数字');
      const cl = c.split('\n'), bl = bt.split('\n');
      ok(cl.length === bl.length && cl.filter((l, i) => l !== bl[i]).length === 1, id + ' ' + name + ' 应只有一行不同');
    } else if (spec.format === 'docx') {
      const bp = await docxParts(bbuf);
      const cz = L.p._zip, bz = bp._zip;
      const names = Object.keys(cz.files).sort();
      ok(JSON.stringify(names) === JSON.stringify(Object.keys(bz.files).sort()), id + ' ' + name + ' zip 部件不同');
      for (const n of names) if (n !== 'word/' + f.part + '.xml') ok((await cz.file(n).async('string')) === (await bz.file(n).async('string')), id + ' ' + name + ' 部件 ' + n + ' 不应改动');
      const cp_ = L.p[f.part], bp_ = bp[f.part];
      const diff = cp_.map((t, i) => i).filter((i) => cp_[i] !== bp_[i]);
      ok(diff.length === 1 && diff[0] === f.para - 1, id + ' ' + name + ' 应只有一个段落不同');
      const t = cp_[f.para - 1];
      ok(bp_[f.para - 1] === t.slice(0, f.col - 1) + f.bad.new + t.slice(f.col - 1 + f.text.length), id + ' ' + name + ' 段落改动不符');
    } else {
      const tok = (s) => s.match(/[−\-+(]?\d[\d,]*(?:\.\d+)?\)?/g) || [];
      const ct = tok(pdfText(path.join(DIR, spec.file))), bt = tok(pdfText(path.join(DIR, name)));
      const dif = ct.map((x, i) => i).filter((i) => ct[i] !== bt[i]);
      ok(ct.length === bt.length && dif.length === 1 && ct[dif[0]].includes(f.text) && bt[dif[0]].includes(f.bad.new), id + ' ' + name + ' PDF 中应只有这一个数字不同');
    }
    // internal
    const mine = srcPath(f);
    const others = spec.figures.filter((g) => g !== f && !g.skip);
    const shared = others.filter((g) => srcPath(g).some((p) => mine.includes(p)));
    const sameText = others.filter((g) => g.text === f.text && (g.after || '').slice(0, 1) === (f.after || '').slice(0, 1));
    // 与合计的关系：分项的合计也在报告中
    const totals = { 'projects\\[\\d+\\]\\.(\\w+)': (m) => ['budget.' + m[1], 'projectExpense.' + (m[1] === 'actual' ? 'total' : 'budget')],
      'indicators\\[\\d+\\]\\.score': () => ['scoreSummary.scoreTotal'], 'threePublic\\.\\w+\\.(\\w+)': (m) => ['threePublic.total.' + m[1]],
      'basicExpense\\.(personnel|publicUse)': () => ['basicExpense.total'] };
    let sumRel = false;
    for (const p of mine) for (const [re, fn] of Object.entries(totals)) {
      const m = new RegExp('^' + re + '$').exec(p);
      if (m) { const want = fn(m); if (others.some((g) => srcPath(g).some((q) => want.includes(q)))) sumRel = true; }
    }
    if (f.bad.internal === 'yes') ok(shared.length > 0 || sumRel, id + ' ' + name + ' internal=yes 但报告中找不到相关的数字');
    else ok(shared.length === 0 && !sumRel && sameText.length === 0, id + ' ' + name + ' internal=no 但报告中另有相关数字：' + shared.map((g) => g.text).concat(sameText.map((g) => g.text)).join(','));
    const row = answers.find((r) => r.file === name);
    ok(row && row.bad === f.bad.new && row.original === f.text && row.source === f.source && row.internal === f.bad.internal && row.needs_data === (f.bad.internal === 'yes' ? 'no' : 'yes'), id + ' ANSWERS 中 ' + name + ' 不符');
  }
  return spec.counts;
}

async function main() {
  const ans = fs.readFileSync(path.join(DIR, 'bad/ANSWERS.tsv'), 'utf8').trim().split('\n');
  const head = ans[0].split('\t');
  const answers = ans.slice(1).map((l) => Object.fromEntries(l.split('\t').map((v, i) => [head[i], v])));
  ok(answers.length === 24, 'ANSWERS 应有 24 行');
  ok(answers.filter((r) => r.internal === 'yes').length === 12, 'internal=yes 应为 12');
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort().map((f) => JSON.parse(fs.readFileSync(path.join(DIR, 'spec', f), 'utf8')));
  ok(specs.length === 12, '应有 12 个单位');
  const cnt = (k, v) => specs.filter((s) => s[k] === v).length;
  ok(cnt('kind', 'project') === 6 && cnt('kind', 'department') === 6, '项目、部门应各 6 个');
  ok(cnt('format', 'md') === 3 && cnt('format', 'txt') === 3 && cnt('format', 'docx') === 4 && cnt('format', 'pdf') === 2, '格式应为 md3 txt3 docx4 pdf2');
  let tot = { figures: 0, checked: 0, skip: 0 };
  for (const s of specs) {
    const before = fails;
    const c = await checkUnit(s, answers);
    for (const k in tot) tot[k] += c[k];
    console.log((fails === before ? 'ok   ' : 'FAIL ') + s.id + ' ' + s.file + '  数字 ' + c.figures + '（核对 ' + c.checked + '，skip ' + c.skip + '）');
  }
  console.log('合计 数字 ' + tot.figures + '，核对 ' + tot.checked + '，skip ' + tot.skip + '；检查项 ' + checks);
  if (fails) { console.log(fails + ' CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
}
main().catch((e) => { console.error(e.stack || e); process.exit(2); });

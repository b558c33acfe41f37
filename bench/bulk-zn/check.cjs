'use strict';
// 独立核对 bulk-zn：不引用 gen.cjs 和 lib/。用法：node check.cjs [语料目录]
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const ROOT = path.resolve(process.argv[2] || __dirname);
let fails = 0, checks = 0;
const ok = (cond, msg) => { checks++; if (!cond) { fails++; console.log('FAIL ' + msg); } };
const r2 = x => Math.round(x * 100 + (x >= 0 ? 1e-9 : -1e-9)) / 100;
const eq2 = (a, b) => Math.abs(a - b) < 0.005 + 1e-9;

// ---------- 数字文字 ----------
const FW = '０１２３４５６７８９';
const ascii = s => String(s).replace(/[０-９]/g, c => String(FW.indexOf(c))).replace(/．/g, '.').replace(/[−－]/g, '-').replace(/＋/g, '+');
const CND = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnValue(s) {
  if (s.includes('成')) { const [a, b] = s.split('成'); return CND[a] * 10 + (b ? CND[b] : 0); }
  let tot = 0, sec = 0, cur = 0;
  for (const ch of s) {
    if (ch in CND) cur = CND[ch];
    else if (ch === '十') { sec += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { sec += cur * 100; cur = 0; }
    else if (ch === '千') { sec += cur * 1000; cur = 0; }
    else if (ch === '万') { tot += (sec + cur) * 1e4; sec = 0; cur = 0; }
    else return NaN;
  }
  return tot + sec + cur;
}
function textNum(t, cn) {
  if (cn) return cnValue(t);
  return Number(ascii(t).replace(/,/g, '').replace(/^\+/, ''));
}
function decimals(t) { const a = ascii(t); return a.includes('.') ? a.split('.')[1].length : 0; }
function format(v, dec, group) {
  const p = 10 ** dec;
  let s = (Math.round(Math.abs(v) * p + 1e-7) / p).toFixed(dec);
  if (group) { const [i, f] = s.split('.'); s = i.replace(/(\d)(?=(\d{3})+$)/g, '$1,') + (f === undefined ? '' : '.' + f); }
  return (v < 0 && Number(s.replace(/,/g, '')) !== 0 ? '-' : '') + s;
}
function agrees(t, v, f) {
  if (f.cn) return Math.round(v) === cnValue(t);
  const n = textNum(t);
  if (f.cmp === 'ge') return n <= v && v < n * 1.2;
  if (f.cmp === 'le') return n * 0.9 < v && v <= n;
  if (f.cmp === 'about') return Math.abs(v - n) <= Math.abs(n) * 0.05;
  let a = ascii(t);
  if (a.startsWith('+')) { if (!(v > 0)) return false; a = a.slice(1); }
  if (a.includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(a)) return false;
  return format(v, decimals(t), a.includes(',')) === a;
}

// ---------- 数据表达式（自己实现的辅助函数） ----------
function helpers(d) {
  const N = x => (typeof x === 'string' ? Number(x.replace(/,/g, '')) : x);
  const ach = id => { const a = (d.achievements || []).find(x => x.id === id); if (!a) throw new Error('no achievement ' + id); return a; };
  const firstNum = s => Number(String(s).replace(/,/g, '').match(/-?\d+(?:\.\d+)?/)[0]);
  const h = {
    d, N,
    P: i => d.projects[i], I: i => d.indicators[i], T: k => d.threePublic[k],
    A: id => N(ach(id).value), AP: id => N(ach(id).prior), AC: id => N(ach(id).changeRate),
    pct: (a, b) => N(a) / N(b) * 100, chg: (a, b) => (N(a) - N(b)) / N(b) * 100,
    sum: (...x) => x.flat().reduce((s, y) => s + N(y), 0),
    num: firstNum,
    num2: s => Number(String(s).replace(/,/g, '').match(/\d+(?:\.\d+)?/g)[1]),
    W: () => d.budgetRate.weight + d.indicators.reduce((s, i) => s + i.weight, 0),
    S: () => d.budgetRate.score + d.indicators.reduce((s, i) => s + i.score, 0),
    R: () => d.budget.actual / d.budget.total * 100,
  };
  return expr => Function(...Object.keys(h), 'return (' + expr + ');')(...Object.values(h));
}

// ---------- 数据自洽 ----------
function target(t) {
  const s = String(t).replace(/,/g, '');
  const m = s.match(/^(≥|≤|不低于|不高于)?\s*(\d+(?:\.\d+)?)\D*?(?:且≤(\d+(?:\.\d+)?))?/);
  if (!m) return null;
  return { op: m[1] || '', v: Number(m[2]), hi: m[3] !== undefined ? Number(m[3]) : null };
}
function checkData(id, d) {
  const b = d.budget;
  const adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '追加' ? a.amount : -a.amount), 0);
  ok(eq2(b.initial + adj, b.total), `${id} 年初±调整=全年`);
  ok(eq2(b.total - b.actual, b.carryover), `${id} 全年−执行=结余`);
  const c = b.sources.current;
  ok(eq2(c.initial, b.initial) && eq2(c.total, b.total) && eq2(c.actual, b.actual), `${id} 资金来源=预算`);
  const ps = d.projects || [];
  const S = k => ps.reduce((s, p) => s + (p[k] || 0), 0);
  if (d.kind === 'project') {
    ok(eq2(S('initial'), b.initial), `${id} 子项目年初之和`);
    ok(eq2(S('total'), b.total), `${id} 子项目全年之和`);
    ok(eq2(S('actual'), b.actual), `${id} 子项目执行之和`);
    ok(eq2(S('carryover'), b.carryover), `${id} 子项目结余之和`);
    for (const p of ps) {
      if (p.adjustment !== undefined) ok(eq2(p.initial + p.adjustment, p.total), `${id} ${p.name} 年初+调整`);
      ok(eq2(p.total - p.actual, p.carryover), `${id} ${p.name} 结余`);
      if (p.items) ok(eq2(p.items.reduce((s, x) => s + x.amount, 0), p.actual), `${id} ${p.name} 明细之和`);
    }
  } else {
    const be = d.basicExpense, pe = d.projectExpense;
    ok(eq2(be.personnel + be.publicUse, be.total), `${id} 人员+公用=基本`);
    ok(eq2(be.total + pe.total, b.actual), `${id} 基本+项目=执行`);
    ok(eq2(be.budget + pe.budget, b.total), `${id} 基本预算+项目预算=全年`);
    ok(eq2(S('total'), pe.budget) && eq2(S('actual'), pe.total), `${id} 项目之和`);
    if (be.changeRate !== undefined) ok(eq2(r2((be.total - be.prior) / be.prior * 100), be.changeRate), `${id} 基本支出变动率`);
    if (pe.changeRate !== undefined) ok(eq2(r2((pe.total - pe.prior) / pe.prior * 100), pe.changeRate), `${id} 项目支出变动率`);
    const tp = d.threePublic;
    for (const k of ['prior', 'budget', 'actual']) {
      const s = ['vehicle', 'overseas', 'reception'].reduce((x, n) => x + (tp[n] ? tp[n][k] : 0), 0);
      ok(eq2(s, tp.total[k]), `${id} 三公合计 ${k}`);
      if (tp.vehicleOperation) ok(eq2(tp.vehicle[k], tp.vehicleOperation[k]), `${id} 公务用车=运行维护 ${k}`);
    }
    for (const n of ['vehicle', 'reception']) if (tp[n] && tp[n].changeRate !== undefined)
      ok(eq2(r2((tp[n].actual - tp[n].prior) / tp[n].prior * 100), tp[n].changeRate), `${id} ${n} 变动率`);
    const st = d.staffing;
    ok(eq2(r2(st.actual / st.authorized * 100), st.controlRate), `${id} 控制率`);
    if (d.procurement) {
      const pr = d.procurement;
      const s = k => ['goods', 'works', 'services'].reduce((x, n) => x + (pr[n] ? pr[n][k] : 0), 0);
      ok(eq2(s('budget'), pr.budget) && eq2(s('actual'), pr.actual), `${id} 政府采购分类之和`);
    }
  }
  // 评分
  const rate = b.actual / b.total * 100;
  ok(eq2(r2(Math.min(rate, 100) * d.budgetRate.weight / 100), d.budgetRate.score), `${id} 预算执行率得分`);
  let W = d.budgetRate.weight, Sc = d.budgetRate.score;
  for (const i of d.indicators) {
    W += i.weight; Sc += i.score;
    let expect;
    if (i.band) expect = i.band === '达成' ? i.weight : NaN;
    else {
      const t = target(i.target), a = Number(String(i.actual).replace(/,/g, '').match(/\d+(?:\.\d+)?/)[0]);
      const neg = i.direction === 'negative' || t.op === '≤' || t.op === '不高于';
      let met;
      if (t.hi !== null) met = a >= t.v && a <= t.hi;
      else met = neg ? a <= t.v : a >= t.v;
      expect = met ? i.weight : r2((neg ? t.v / a : a / t.v) * i.weight);
      if (!met) ok(!!(i.deviation && (i.deviation.reason || i.deviation.measure)), `${id} ${i.name} 未达成须有偏差说明`);
    }
    ok(eq2(expect, i.score), `${id} 指标得分 ${i.name}：应 ${expect}，写 ${i.score}`);
  }
  ok(W === 100, `${id} 分值合计 100（${W}）`);
  if (d.scoreSummary) {
    ok(eq2(r2(Sc), d.scoreSummary.scoreTotal), `${id} 总分`);
    ok(d.scoreSummary.weightTotal === W, `${id} 分值合计字段`);
    const g = Sc >= 90 ? '优' : Sc >= 80 ? '良' : Sc >= 60 ? '中' : '差';
    ok(d.scoreSummary.grade === g, `${id} 等级`);
  }
  const ids = (d.achievements || []).map(a => a.id);
  ok(new Set(ids).size === ids.length && ids.every(x => /^[a-z0-9_]+$/.test(x)), `${id} 成效 id`);
}

// ---------- 报告文字 ----------
const unx = s => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
function xmlText(xml) {
  let body = '', del = '';
  const P = /<w:p\b[^>]*>([\s\S]*?)<\/w:p>/g;
  let m;
  while ((m = P.exec(xml))) {
    const R = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:delText(?:\s[^>]*)?>([^<]*)<\/w:delText>|<w:tab\/>/g;
    let r, pb = '', pd = '';
    while ((r = R.exec(m[1]))) {
      if (r[1] !== undefined) pb += unx(r[1]);
      else if (r[2] !== undefined) pd += unx(r[2]) + '\n';
      else pb += '\t';
    }
    body += pb + '\n';
    if (pd) del += pd;
  }
  return { body, del };
}
async function docxParts(file) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const get = async n => (z.file(n) ? z.file(n).async('string') : '');
  const doc = xmlText(await get('word/document.xml'));
  return {
    zip: z,
    parts: { document: doc.body, deleted: doc.del, header1: xmlText(await get('word/header1.xml')).body, comments: xmlText(await get('word/comments.xml')).body, footnotes: xmlText(await get('word/footnotes.xml')).body },
  };
}
const pdfText = f => cp.execFileSync('pdftotext', [f, '-'], { encoding: 'utf8' });

const isDig = c => /[0-9０-９]/.test(c || '');
function findFig(text, t, from) {
  let i = text.indexOf(t, from);
  while (i >= 0) {
    const p = text[i - 1], p2 = text[i - 2], n = text[i + t.length], n2 = text[i + t.length + 1];
    const badPrev = isDig(p) && isDig(t[0]) || (/[.,．]/.test(p || '') && isDig(p2) && isDig(t[0]));
    const badNext = isDig(n) && isDig(t[t.length - 1]) || (/[.,．]/.test(n || '') && isDig(n2));
    if (!badPrev && !badNext) return i;
    i = text.indexOf(t, i + 1);
  }
  return -1;
}
function locate(id, text, figs, label) {
  const spans = [];
  let pos = 0;
  for (const f of figs) {
    const i = findFig(text, f.text, pos);
    ok(i >= 0, `${id} ${label}: 找不到第 ${f.n} 个数字 “${f.text}”`);
    if (i < 0) continue;
    spans.push([i, i + f.text.length, f]);
    pos = i + f.text.length;
  }
  const RUN = /[0-9０-９]+/g;
  let m, un = 0;
  while ((m = RUN.exec(text))) if (!spans.some(([s, e]) => m.index >= s && m.index + m[0].length <= e)) { un++; if (un < 4) console.log(`  ${id} ${label} 未登记：…${text.slice(Math.max(0, m.index - 12), m.index + 12).replace(/\n/g, '⏎')}…`); }
  ok(un === 0, `${id} ${label}: ${un} 处数字未登记`);
  return spans;
}
const nums = t => (t.match(/[-+]?\d[\d,]*(?:\.\d+)?/g) || []);

function relHolds(rel, val) {
  const tol = n => 0.5 * 10 ** -decimals(n) + 1e-9;
  const v = n => val(n);
  if (rel.type === 'sum') return Math.abs(rel.parts.reduce((s, n) => s + v(n), 0) - v(rel.total)) <= tol(rel._t[rel.total]);
  if (rel.type === 'ratio') return Math.abs(v(rel.num) / v(rel.den) * 100 - v(rel.rate)) <= tol(rel._t[rel.rate]);
  if (rel.type === 'same') return Math.abs(v(rel.a) - v(rel.b)) < 1e-9;
  if (rel.type === 'diff') return Math.abs(v(rel.a) - v(rel.b) - v(rel.c)) <= tol(rel._t[rel.c]);
  throw new Error('relation ' + rel.type);
}

async function main() {
  const specs = fs.readdirSync(path.join(ROOT, 'spec')).filter(f => /^\d\d\.json$/.test(f)).sort().map(f => JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', f), 'utf8')));
  const answers = fs.readFileSync(path.join(ROOT, 'ANSWERS.tsv'), 'utf8').trim().split('\n').map(l => l.split('\t'));
  const head = answers.shift();
  ok(head.join(',') === 'file,format,clean_text,bad_text,where,source,value,needs_data,internal,why', 'ANSWERS 列');
  const tally = { kinds: {}, formats: {}, internal: {}, checked: 0, skipped: 0 };
  for (const sp of specs) {
    const id = sp.id;
    const d = YAML.parse(fs.readFileSync(path.join(ROOT, 'data', sp.data), 'utf8'));
    ok(d.kind === sp.kind, `${id} kind`);
    checkData(id, d);
    tally.kinds[sp.kind] = (tally.kinds[sp.kind] || 0) + 1;
    tally.formats[sp.format] = (tally.formats[sp.format] || 0) + 1;
    const ev = helpers(d);
    const figs = sp.figures;
    ok(figs.every((f, i) => f.n === i + 1), `${id} 编号`);
    // 4. 数值
    for (const f of figs) {
      if (f.skip) { tally.skipped++; continue; }
      tally.checked++;
      let v;
      try { v = ev(f.src); } catch (e) { ok(false, `${id} #${f.n} 表达式 ${f.src}: ${e.message}`); continue; }
      ok(Math.abs(v - f.value) < 1e-6, `${id} #${f.n} value ${f.value} ≠ ${v}`);
      ok(agrees(f.text, v, f), `${id} #${f.n} “${f.text}” 与数据 ${v} 不符`);
      ok(!['deleted', 'comments'].includes(f.where), `${id} #${f.n} 删除文字/批注中的数字不应核对`);
    }
    ok(sp.counts.figures === figs.length && sp.counts.checked === figs.filter(f => !f.skip).length, `${id} counts`);
    // 3. 报告
    const file = path.join(ROOT, 'clean', sp.file);
    const base = sp.file.replace(/\.\w+$/, '');
    const byWhere = w => figs.filter(f => f.where === w);
    let cleanSpans = {};
    let cleanText;
    if (sp.format === 'md' || sp.format === 'txt') {
      const buf = fs.readFileSync(file);
      ok(!(buf[0] === 0xef && buf[1] === 0xbb), `${id} 无 BOM`);
      cleanText = buf.toString('utf8');
      ok(!cleanText.includes('\r'), `${id} 无 CR`);
      ok(figs.every(f => f.where === 'text'), `${id} where`);
      cleanSpans.text = locate(id, cleanText, figs, 'text');
    } else if (sp.format === 'docx') {
      const { parts } = await docxParts(file);
      for (const w of ['document', 'deleted', 'header1', 'comments', 'footnotes']) cleanSpans[w] = locate(id, parts[w], byWhere(w), w);
      ok(figs.every(f => ['document', 'deleted', 'header1', 'comments', 'footnotes'].includes(f.where)), `${id} where`);
      cleanText = parts.document;
    } else {
      const t = pdfText(file);
      ok(t.includes(sp.unit.replace(/^中共/, '')), `${id} PDF 有单位名`);
      const have = {};
      for (const x of nums(t)) have[x] = (have[x] || 0) + 1;
      const need = {};
      for (const f of figs) if (!f.skip && f.where === 'document') { const k = ascii(f.text); need[k] = (need[k] || 0) + 1; }
      for (const k of Object.keys(need)) ok((have[k] || 0) >= need[k], `${id} PDF 中 “${k}” 应出现 ${need[k]} 次，实有 ${have[k] || 0}`);
      ok(fs.existsSync(path.join(ROOT, sp.sourceDocx)), `${id} PDF 源 docx`);
      const src = await docxParts(path.join(ROOT, sp.sourceDocx));
      cleanSpans.document = locate(id, src.parts.document, byWhere('document'), 'src-docx');
      cleanText = t;
    }
    // 关系（clean）
    const rels = sp.relations || [];
    for (const r of rels) {
      r._t = {};
      for (const k of Object.keys(r)) if (k !== 'type' && k !== '_t') for (const n of [].concat(r[k])) r._t[n] = figs[n - 1].text;
      ok(relHolds(r, n => textNum(figs[n - 1].text, figs[n - 1].cn)), `${id} 干净稿关系 ${r.type} 不成立`);
    }
    // 5. 错稿
    for (const k of ['a', 'b']) {
      const bf = figs.filter(f => f.bad && f.bad[k]);
      ok(bf.length === 1, `${id}-${k} 恰好一处改动`);
      if (bf.length !== 1) continue;
      const f = bf[0], nb = f.bad[k];
      const badFile = path.join(ROOT, 'bad', `${base}-${k}.${sp.format}`);
      ok(fs.existsSync(badFile), `${id}-${k} 文件`);
      ok([...nb.text].length === [...f.text].length && nb.text !== f.text, `${id}-${k} 等长且不同`);
      ok(!agrees(nb.text, f.value, f), `${id}-${k} 错稿数字应与数据不符`);
      ok(nb.internal === (k === 'a' ? 'yes' : 'no'), `${id}-${k} internal`);
      tally.internal[nb.internal] = (tally.internal[nb.internal] || 0) + 1;
      const sps = cleanSpans[f.where === 'text' ? 'text' : f.where] || [];
      const span = sps.find(s => s[2] === f);
      if (sp.format === 'md' || sp.format === 'txt') {
        const bt = fs.readFileSync(badFile, 'utf8');
        ok(span && bt === cleanText.slice(0, span[0]) + nb.text + cleanText.slice(span[1]), `${id}-${k} 只替换这一处`);
        const la = cleanText.split('\n'), lb = bt.split('\n');
        ok(la.length === lb.length && la.filter((l, i) => l !== lb[i]).length === 1, `${id}-${k} 只有一行不同`);
      } else {
        const dx = sp.format === 'docx' ? badFile : path.join(ROOT, 'src', `${base}-${k}.docx`);
        const cx = sp.format === 'docx' ? file : path.join(ROOT, sp.sourceDocx);
        const A = await docxParts(cx), B = await docxParts(dx);
        const na = Object.keys(A.zip.files).sort(), nb2 = Object.keys(B.zip.files).sort();
        ok(na.join() === nb2.join(), `${id}-${k} docx 部件相同`);
        for (const n of na) if (n !== 'word/document.xml') {
          const x = await A.zip.file(n).async('nodebuffer'), y = await B.zip.file(n).async('nodebuffer');
          ok(x.equals(y), `${id}-${k} 只有 document.xml 不同（${n}）`);
        }
        ok(f.where === 'document', `${id}-${k} 改动在正文`);
        ok(span && B.parts.document === A.parts.document.slice(0, span[0]) + nb.text + A.parts.document.slice(span[1]), `${id}-${k} 正文只替换这一处`);
        ok(B.parts.deleted === A.parts.deleted, `${id}-${k} 删除文字不变`);
        if (sp.format === 'pdf') {
          const ca = nums(pdfText(file)), cb = nums(pdfText(badFile));
          const diff = ca.map((x, i) => (x !== cb[i] ? i : -1)).filter(i => i >= 0);
          ok(ca.length === cb.length && diff.length === 1 && ca[diff[0]] === ascii(f.text) && cb[diff[0]] === ascii(nb.text), `${id}-${k} PDF 数字序列只有这一处不同`);
        }
      }
      if (k === 'b') {
        const m = /^A\('([a-z0-9_]+)'\)$/.exec(f.src);
        ok(!!m, `${id}-b 来自成效`);
        if (m) ok(figs.filter(x => x.src && x.src.includes(`A('${m[1]}')`)).length === 1, `${id}-b 成效 ${m[1]} 只写一次`);
      } else {
        const mine = rels.filter(r => Object.keys(r._t).map(Number).includes(f.n));
        ok(mine.length > 0, `${id}-a 有相关数字`);
        const val = n => (n === f.n ? textNum(nb.text, f.cn) : textNum(figs[n - 1].text, figs[n - 1].cn));
        ok(mine.some(r => !relHolds(r, val)), `${id}-a 错稿应破坏关系`);
      }
      // ANSWERS
      const row = answers.find(r => r[0] === `${base}-${k}.${sp.format}`);
      ok(!!row, `${id}-${k} ANSWERS 行`);
      if (row) {
        ok(row[1] === sp.format && row[2] === f.text && row[3] === nb.text && row[5] === f.src && Number(row[6]) === f.value, `${id}-${k} ANSWERS 内容`);
        ok(row[7] === (k === 'b' ? 'yes' : 'no') && row[8] === nb.internal && row[9] === nb.why, `${id}-${k} ANSWERS needs_data/internal/why`);
        ok(row[4].startsWith(f.where + '; #' + f.n + ';'), `${id}-${k} ANSWERS where`);
      }
    }
  }
  // 6. 总数
  ok(specs.length === 12, '12 个单位');
  ok(tally.kinds.project === 6 && tally.kinds.department === 6, '项目、部门各 6');
  ok(tally.formats.md === 3 && tally.formats.txt === 3 && tally.formats.docx === 4 && tally.formats.pdf === 2, '格式 3/3/4/2');
  ok(answers.length === 24 && tally.internal.yes === 12 && tally.internal.no === 12, '24 个错稿，internal 各 12');
  ok(fs.readdirSync(path.join(ROOT, 'bad')).length === 24, 'bad/ 下 24 个文件');
  console.log(`登记 ${tally.checked + tally.skipped} 个数字：核对 ${tally.checked}，skip ${tally.skipped}；检查 ${checks} 项，失败 ${fails} 项`);
  if (fails) { console.log('CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
}
main().catch(e => { console.error(e); process.exit(1); });

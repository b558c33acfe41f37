'use strict';
// bulk-zj 独立核对：不引用 gen.cjs 和 lib/。只读 data/ clean/ bad/ spec/ 和 bad/ANSWERS.tsv。
// 用法：node check.cjs [语料目录]（默认本目录）。全部通过时最后一行打印 ALL CHECKS PASSED。
const fs = require('fs');
const path = require('path');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const DIR = path.resolve(process.argv[2] || __dirname);
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);
const EPS = 1e-6;

// ------------------------------------------------------------ 数值工具
function num(v) {
  if (v === null || v === undefined) return NaN;
  if (typeof v === 'number') return v;
  if (typeof v === 'object') return num(v.value);
  const m = String(v).replace(/,/g, '').match(/-?\d+(\.\d+)?/);
  return m ? Number(m[0]) : NaN;
}
function r2(x, d = 2) { const f = 10 ** d; return Math.sign(x) * Math.round(Math.abs(x) * f + 1e-9) / f; }
function nearHalf(x, d) { const y = Math.abs(x) * 10 ** d; const fr = y - Math.floor(y); return Math.abs(fr - 0.5) < EPS; }
function same(a, b) { return Math.abs(a - b) < 0.005 + 1e-9; }

// ------------------------------------------------------------ 表达式（独立实现）
function lookup(data, p) {
  const parts = p.match(/[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|@[A-Za-z0-9_]+/g);
  if (!parts || parts.join('').length !== p.replace(/\./g, '').length) throw new Error('路径写法：' + p);
  let cur = data;
  for (const t of parts) {
    if (cur === undefined || cur === null) throw new Error('路径不存在：' + p);
    if (t[0] === '[') cur = cur[Number(t.slice(1, -1))];
    else if (t[0] === '@') cur = (Array.isArray(cur) ? cur : []).find((x) => x && x.id === t.slice(1));
    else cur = cur[t];
  }
  if (cur === undefined) throw new Error('路径不存在：' + p);
  return cur;
}
function pathsOf(expr) {
  const out = [];
  const re = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|@[A-Za-z0-9_]+)*/g;
  let m;
  while ((m = re.exec(expr))) if (m[0] !== 'num') out.push(m[0]);
  return out;
}
function evaluate(expr, data) {
  // 先把 num(路径) 和路径换成数值，再按四则运算求值（shunting-yard）
  let s = expr.replace(/num\(([^()]+)\)/g, (_, p) => `(${num(String(lookup(data, p)))})`);
  s = s.replace(/[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|@[A-Za-z0-9_]+)*/g, (p) => {
    const v = num(lookup(data, p));
    if (Number.isNaN(v)) throw new Error('不是数字：' + p);
    return `(${v})`;
  });
  const toks = s.match(/\d+(?:\.\d+)?(?:e-?\d+)?|[-+*/()]/g);
  if (toks.join('') !== s.replace(/\s/g, '')) throw new Error('表达式：' + expr);
  const out = [], ops = [];
  const prec = { '+': 1, '-': 1, '*': 2, '/': 2, 'u': 3 };
  let prevOperand = false;
  for (const t of toks) {
    if (/^\d/.test(t)) { out.push(Number(t)); prevOperand = true; continue; }
    if (t === '(') { ops.push(t); prevOperand = false; continue; }
    if (t === ')') { while (ops[ops.length - 1] !== '(') out.push(ops.pop()); ops.pop(); prevOperand = true; continue; }
    const op = !prevOperand && t === '-' ? 'u' : t;
    while (ops.length && ops[ops.length - 1] !== '(' && (prec[ops[ops.length - 1]] > prec[op] || (prec[ops[ops.length - 1]] === prec[op] && op !== 'u'))) out.push(ops.pop());
    ops.push(op);
    prevOperand = false;
  }
  while (ops.length) out.push(ops.pop());
  const st = [];
  for (const t of out) {
    if (typeof t === 'number') { st.push(t); continue; }
    if (t === 'u') { st.push(-st.pop()); continue; }
    const b = st.pop(), a = st.pop();
    st.push(t === '+' ? a + b : t === '-' ? a - b : t === '*' ? a * b : a / b);
  }
  return st[0];
}

// ------------------------------------------------------------ 文字中的数
const CNDIG = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnInt(s) {
  if (s === '') return 0;
  let total = 0, cur = 0;
  for (const ch of s) {
    if (ch in CNDIG) cur = CNDIG[ch];
    else if (ch === '十') { total += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { total += cur * 100; cur = 0; }
    else if (ch === '千') { total += cur * 1000; cur = 0; }
    else return NaN;
  }
  return total + cur;
}
// 返回 { value, decimals }
function parseFigure(f) {
  let t = f.text;
  if (f.style === 'cheng') { const m = /^(.+)成$/.exec(t); return { value: m ? cnInt(m[1]) : NaN, decimals: 0 }; }
  if (/^百分之/.test(t)) t = t.slice(3);
  if (/[零一二三四五六七八九十百千两]/.test(t)) {
    const [ip, fp] = t.split('点');
    const v = cnInt(ip);
    if (!fp) return { value: v, decimals: 0 };
    return { value: Number(v + '.' + [...fp].map((c) => CNDIG[c]).join('')), decimals: fp.length };
  }
  let sign = 1;
  let m;
  if ((m = /^[△▲]([\d,.]+)$/.exec(t)) || (m = /^\(([\d,.]+)\)$/.exec(t)) || (m = /^（([\d,.]+)）$/.exec(t)) || (m = /^-([\d,.]+)$/.exec(t))) { sign = -1; t = m[1]; }
  else if ((m = /^\+([\d,.]+)$/.exec(t))) t = m[1];
  if (!/^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(t)) return { value: NaN, decimals: 0 };
  const d = t.includes('.') ? t.split('.')[1].length : 0;
  return { value: sign * Number(t.replace(/,/g, '')), decimals: d };
}
// 文字是否与数据一致
function agrees(f, parsed, truth) {
  if (Number.isNaN(parsed.value)) return false;
  if (f.style === 'cheng') {
    const n = parsed.value;
    if (f.approx === '以上') return truth >= n * 10 && truth < (n + 1) * 10;
    return Math.floor(truth / 10) === n;
  }
  let t = truth;
  if (f.abs) t = Math.abs(t);
  if (f.decimals !== parsed.decimals) return false;
  return Math.abs(r2(t, parsed.decimals) - parsed.value) < 1e-9;
}

// ------------------------------------------------------------ docx
function unxml(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function docxParas(xml) {
  // 按文档顺序列出段落：{ text, runs:[…], cell:{row:[前两格文字]}|null }
  const paras = [];
  const re = /<(\/?)w:(tbl|tr|tc|p|r|t)(?=[\s>/])([^>]*?)(\/?)>/g;
  let m, inT = false, tStart = 0, cur = null, run = null, depth = 0, row = null;
  const rows = [];
  while ((m = re.exec(xml))) {
    const [, close, tag, , self] = m;
    if (tag === 't') {
      if (!close && !self) { inT = true; tStart = re.lastIndex; }
      else if (close && inT) { const s = unxml(xml.slice(tStart, m.index)); cur.text += s; run.push(s); inT = false; }
      continue;
    }
    if (tag === 'tbl') { depth += close ? -1 : 1; continue; }
    if (tag === 'tr') { if (!close) { row = { cells: [] }; rows.push(row); } else row = null; continue; }
    if (tag === 'tc') { if (!close && row) row.cells.push([]); continue; }
    if (tag === 'r') { if (!close && !self && cur) { run = []; cur.runs.push(run); } continue; }
    if (tag === 'p') {
      if (!close) {
        cur = { text: '', runs: [], row: depth > 0 ? row : null };
        if (depth > 0 && row) row.cells[row.cells.length - 1].push(cur);
        if (self) { paras.push(cur); cur = null; }
      } else { paras.push(cur); cur = null; }
    }
  }
  for (const p of paras) p.runs = p.runs.map((r) => r.join(''));
  for (const p of paras) {
    if (p.row) {
      const key = p.row.cells.slice(0, 2).map((c) => c.map((x) => x.text).join('')).join('｜');
      p.answerLine = `[表格 行「${key}」] ${p.text}`;
    } else p.answerLine = p.text;
  }
  return paras;
}
async function readDocx(file) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const entries = {};
  for (const n of Object.keys(z.files).sort()) if (!z.files[n].dir) entries[n] = await z.file(n).async('nodebuffer');
  return { entries, paras: docxParas(entries['word/document.xml'].toString('utf8')) };
}

// ------------------------------------------------------------ 数据自身
function checkData(id, d) {
  const W = (msg) => fail(`data ${id}`, msg);
  const b = d.budget;
  const adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '压减' ? -1 : 1) * num(a.amount), 0);
  if (b.initial !== undefined && !same(num(b.initial) + adj, num(b.total))) W(`年初 ± 调整 ≠ 全年预算`);
  if (!same(num(b.total) - num(b.actual), num(b.carryover))) W('全年预算 − 执行 ≠ 结余');
  const rate = num(b.actual) / num(b.total) * 100;
  if (!same(r2(rate), num(b.rate))) W(`执行率 ${num(b.rate)} ≠ ${r2(rate)}`);
  if (nearHalf(rate, 2)) W('执行率在舍入边界');
  if (b.sources) {
    for (const k of ['initial', 'total', 'actual']) {
      const s = Object.values(b.sources).reduce((acc, x) => acc + (x[k] !== undefined ? num(x[k]) : 0), 0);
      if (k === 'initial' && b.initial === undefined) continue;
      if (!same(s, num(b[k]))) W(`资金来源 ${k} 之和 ${r2(s)} ≠ ${num(b[k])}`);
    }
  }
  const ps = d.projects || [];
  for (const [i, p] of ps.entries()) {
    const init = p.initial !== undefined ? num(p.initial) : null;
    if (init !== null && !same(init + (p.adjustment !== undefined ? num(p.adjustment) : 0), num(p.total)) && p.adjustment !== undefined) W(`projects[${i}] 年初 + 调整 ≠ 全年`);
    if (p.carryover !== undefined && !same(num(p.total) - num(p.actual), num(p.carryover))) W(`projects[${i}] 全年 − 执行 ≠ 结余`);
    if (nearHalf(num(p.actual) / num(p.total) * 100, 2)) W(`projects[${i}] 执行率在舍入边界`);
  }
  const sum = (k) => ps.reduce((s, p) => s + num(p[k]), 0);
  if (d.kind === 'project') {
    if (!same(sum('total'), num(b.total))) W('项目全年预算之和 ≠ 全年预算');
    if (!same(sum('actual'), num(b.actual))) W('项目执行之和 ≠ 执行');
    if (!same(sum('initial'), num(b.initial))) W('项目年初之和 ≠ 年初预算');
    if (ps.every((p) => p.carryover !== undefined) && !same(sum('carryover'), num(b.carryover))) W('项目结余之和 ≠ 结余');
  } else {
    const be = d.basicExpense, pe = d.projectExpense;
    if (!same(num(be.personnel) + num(be.publicUse), num(be.total))) W('人员 + 公用 ≠ 基本支出');
    if (!same(num(be.total) + num(pe.total), num(b.actual))) W('基本 + 项目 ≠ 全年支出');
    if (!same(num(be.budget) + num(pe.budget), num(b.total))) W('基本 + 项目预算 ≠ 全年预算');
    if (!same(sum('actual'), num(pe.total))) W('各项目支出之和 ≠ 项目支出');
    if (!same(sum('total'), num(pe.budget))) W('各项目预算之和 ≠ 项目支出预算');
    if (sum('initial') > num(b.initial)) W('项目年初之和大于年初预算');
    for (const [k, x] of [['basicExpense', be], ['projectExpense', pe]]) {
      const cr = (num(x.total) - num(x.prior)) / num(x.prior) * 100;
      if (!same(r2(cr), num(x.changeRate))) W(`${k}.changeRate ${num(x.changeRate)} ≠ ${r2(cr)}`);
      if (nearHalf(cr, 2)) W(`${k}.changeRate 在舍入边界`);
    }
    const st = d.staffing;
    const cr = num(st.actual) / num(st.authorized) * 100;
    if (!same(r2(cr), num(st.controlRate))) W('人员控制率');
    if (nearHalf(cr, 2)) W('人员控制率在舍入边界');
    const tp = d.threePublic || {};
    const items = Object.keys(tp).filter((k) => k !== 'total');
    for (const k of ['prior', 'budget', 'actual']) {
      const s = items.reduce((acc, it) => acc + num(tp[it][k]), 0);
      if (tp.total && !same(s, num(tp.total[k]))) W(`三公 ${k} 之和`);
    }
    for (const k of Object.keys(tp)) {
      const x = tp[k];
      if (x.changeRate === undefined) continue;
      const c = (num(x.actual) - num(x.prior)) / num(x.prior) * 100;
      if (!same(r2(c), num(x.changeRate))) W(`三公 ${k}.changeRate ${num(x.changeRate)} ≠ ${r2(c)}`);
      if (nearHalf(c, 2)) W(`三公 ${k}.changeRate 在舍入边界`);
    }
    const pr = d.procurement;
    if (pr && (pr.goods || pr.works || pr.services)) {
      for (const k of ['budget', 'actual']) {
        const s = ['goods', 'works', 'services'].reduce((acc, g) => acc + (pr[g] ? num(pr[g][k]) : 0), 0);
        if (!same(s, num(pr[k]))) W(`政府采购 ${k} 之和`);
      }
    }
  }
  // 评分
  let wsum = num(d.budgetRate.weight), ssum = num(d.budgetRate.score);
  const brExact = Math.min(num(d.budgetRate.weight), num(b.actual) / num(b.total) * num(d.budgetRate.weight));
  const brStated = Math.min(num(d.budgetRate.weight), num(b.rate) / 100 * num(d.budgetRate.weight));
  if (!same(r2(brExact), num(d.budgetRate.score)) || !same(r2(brStated), num(d.budgetRate.score))) W(`预算执行率得分 ${num(d.budgetRate.score)}（按实际 ${r2(brExact)}、按所列执行率 ${r2(brStated)}）`);
  if (nearHalf(brExact, 2) || nearHalf(brStated, 2)) W('预算执行率得分在舍入边界');
  for (const [i, ind] of d.indicators.entries()) {
    const w = num(ind.weight);
    wsum += w; ssum += num(ind.score);
    let expect;
    if (ind.band) expect = ind.band === '达成' ? w : NaN;
    else {
      const t = num(ind.target), a = num(ind.actual);
      const neg = ind.direction === 'negative' || /^[≤<]|不高于|以下/.test(String(ind.target));
      const met = neg ? a <= t : a >= t;
      expect = met ? w : neg ? t / a * w : a / t * w;
      if (!met && !ind.deviation) W(`indicators[${i}] 未达成而无偏差说明`);
      if (!met && nearHalf(expect, 2)) W(`indicators[${i}] 得分在舍入边界`);
    }
    if (!same(r2(expect), num(ind.score))) W(`indicators[${i}] 得分 ${ind.score}，按规则 ${r2(expect)}`);
  }
  const ss = d.scoreSummary;
  if (!same(wsum, 100) || !same(num(ss.weightTotal), 100)) W(`分值合计 ${wsum}`);
  if (!same(ssum, num(ss.scoreTotal))) W(`得分合计 ${r2(ssum)} ≠ 总分 ${num(ss.scoreTotal)}`);
  const g = ssum >= 90 ? '优' : ssum >= 80 ? '良' : ssum >= 60 ? '中' : '差';
  if (ss.grade !== g) W(`等级 ${ss.grade} ≠ ${g}`);
}

// ------------------------------------------------------------ 主流程
async function main() {
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((n) => /^\d\d\.json$/.test(n)).sort()
    .map((n) => JSON.parse(fs.readFileSync(path.join(DIR, 'spec', n), 'utf8')));
  const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  if (answers[0].join('|') !== 'file|line|old|new|dataField|kind|internal') fail('ANSWERS', '表头不对');
  const ansRows = answers.slice(1);
  let nFig = 0, nSkip = 0;
  const perUnit = [];
  for (const sp of specs) {
    const id = sp.data.slice(5, 7);
    const data = YAML.parse(fs.readFileSync(path.join(DIR, sp.data), 'utf8'));
    checkData(id, data);
    const isDocx = sp.format === 'docx';
    let lines, docx;
    if (isDocx) { docx = await readDocx(path.join(DIR, sp.file)); lines = docx.paras.map((p) => p.text); }
    else lines = fs.readFileSync(path.join(DIR, sp.file), 'utf8').replace(/\n$/, '').split('\n');
    const covered = lines.map((l) => new Array(l.length).fill(false));
    let uf = 0, us = 0;
    for (const f of sp.figures) {
      const where = `${id} 第${f.line}行第${f.col}列 ${f.text}`;
      const L = lines[f.line - 1];
      if (L === undefined) { fail(where, '行号超出'); continue; }
      const at = f.col - 1;
      if (L.slice(at, at + f.text.length) !== f.text) { fail(where, `报告中该处为“${L.slice(at, at + f.text.length)}”`); continue; }
      if (L.slice(Math.max(0, at - 6), at) !== f.pre) fail(where, `前文不符：“${L.slice(Math.max(0, at - 6), at)}” vs “${f.pre}”`);
      for (let k = at; k < at + f.text.length; k++) covered[f.line - 1][k] = true;
      if (f.skip) { us++; continue; }
      uf++;
      let truth;
      try { truth = evaluate(f.source, data); } catch (e) { fail(where, e.message); continue; }
      if (Math.abs(truth - f.value) > 1e-5) fail(where, `spec 值 ${f.value} ≠ 重算 ${truth}`);
      const parsed = parseFigure(f);
      if (!agrees(f, parsed, truth)) fail(where, `文字与数据不符（数据 ${truth}）`);
      if (f.style !== 'cheng' && nearHalf(f.abs ? Math.abs(truth) : truth, f.decimals)) fail(where, '舍入边界');
      if (f.unitAfter !== false && !f.style && f.unit && !L.slice(at + f.text.length).startsWith(f.unit)) fail(where, `后面不是单位“${f.unit}”`);
      if (f.runs) {
        const runs = docx.paras[f.line - 1].runs;
        const k = runs.findIndex((r, i) => r.endsWith(f.runs[0]) && runs[i + 1] !== undefined && runs[i + 1].startsWith(f.runs[1]));
        if (k < 0 || f.runs.join('') !== f.text) fail(where, '数字没有按 spec 拆在两个 run 中');
      }
    }
    // 每个阿拉伯数字都已登记
    lines.forEach((l, i) => {
      const re = /\d/g;
      let m;
      while ((m = re.exec(l))) if (!covered[i][m.index]) { fail(`${id} 第${i + 1}行`, `未登记的数字（…${l.slice(Math.max(0, m.index - 8), m.index + 8)}…）`); break; }
    });
    nFig += uf; nSkip += us;
    perUnit.push([id, uf + us, uf, us]);

    // 错稿
    const bads = sp.figures.filter((f) => f.bad);
    const base = path.basename(sp.file).replace(/\.[a-z]+$/, '');
    for (const v of ['a', 'b']) {
      const hits = bads.filter((f) => f.bad[v]);
      const badFile = `bad/${base}-${v}.${sp.format}`;
      if (hits.length !== 1) { fail(badFile, `spec 中应恰有一处改动，有 ${hits.length} 处`); continue; }
      const f = hits[0], bv = f.bad[v];
      const where = badFile;
      let badLines, badLineText;
      if (isDocx) {
        const bd = await readDocx(path.join(DIR, badFile));
        const names = Object.keys(docx.entries);
        if (names.join() !== Object.keys(bd.entries).join()) fail(where, 'zip 内文件列表不同');
        for (const n of names) if (n !== 'word/document.xml' && !docx.entries[n].equals(bd.entries[n])) fail(where, `${n} 与干净稿不同`);
        badLines = bd.paras.map((p) => p.text);
        badLineText = bd.paras[f.line - 1] && bd.paras[f.line - 1].answerLine;
        if (bd.paras.length !== docx.paras.length) fail(where, '段落数不同');
      } else {
        badLines = fs.readFileSync(path.join(DIR, badFile), 'utf8').replace(/\n$/, '').split('\n');
        badLineText = String(f.line);
        if (badLines.length !== lines.length) fail(where, '行数不同');
      }
      const diffs = lines.map((l, i) => (l !== badLines[i] ? i : -1)).filter((i) => i >= 0);
      if (diffs.length !== 1 || diffs[0] !== f.line - 1) fail(where, `不同的行/段落：${diffs.map((i) => i + 1).join(',')}，应为 ${f.line}`);
      const L = lines[f.line - 1];
      const expectBad = L.slice(0, f.col - 1) + bv.new + L.slice(f.col - 1 + f.text.length);
      if (badLines[f.line - 1] !== expectBad) fail(where, '改动处与 spec 不符');
      // 新数字与数据不符
      const truth = evaluate(f.source, data);
      const np = parseFigure({ ...f, text: bv.new });
      if (Number.isNaN(np.value)) fail(where, `新文字无法解析：${bv.new}`);
      if (agrees(f, np, truth)) fail(where, '改后的数字仍与数据一致');
      // internal
      const others = sp.figures.filter((g) => g !== f && !g.skip);
      const srcPaths = pathsOf(f.source);
      const related = [];
      for (const g of others) {
        if (g.source === f.source) related.push(`同源 ${g.text}`);
        if ((g.refs || []).includes(f.source)) related.push(`refs ${g.text}`);
        if (pathsOf(g.source).some((p) => srcPaths.includes(p))) related.push(`算式 ${g.text}`);
        const gv = parseFigure(g), fv = parseFigure(f);
        if (g.unit === f.unit && !Number.isNaN(gv.value) && gv.value === fv.value) related.push(`同单位同值 ${g.text}`);
      }
      if ((f.refs || []).length) related.push('自身 refs');
      if (bv.internal === 'no' && related.length) fail(where, `标为 internal=no，但报告中有关系：${[...new Set(related)].join('；')}`);
      if (bv.internal === 'yes' && !related.length) fail(where, '标为 internal=yes，但报告中找不到相关数字');
      // ANSWERS
      const row = ansRows.find((r) => r[0] === badFile);
      if (!row) { fail(where, 'ANSWERS 中没有这一行'); continue; }
      const exp = [badFile, badLineText, f.text, bv.new, f.source, bv.kind, bv.internal];
      exp.forEach((x, k) => { if (row[k] !== x) fail(where, `ANSWERS 第 ${k + 1} 列“${row[k]}”应为“${x}”`); });
    }
  }
  // 总数
  const kinds = specs.map((s) => s.kind), fmts = specs.map((s) => s.format);
  const cnt = (a, x) => a.filter((y) => y === x).length;
  if (specs.length !== 12) fail('总数', `单位 ${specs.length} 个`);
  if (cnt(kinds, 'project') !== 6 || cnt(kinds, 'department') !== 6) fail('总数', '项目、部门应各 6 个');
  for (const f of ['md', 'txt', 'docx']) if (cnt(fmts, f) !== 4) fail('总数', `${f} 应为 4 个`);
  if (ansRows.length !== 24) fail('总数', `ANSWERS ${ansRows.length} 行`);
  if (cnt(ansRows.map((r) => r[6]), 'yes') !== 12 || cnt(ansRows.map((r) => r[6]), 'no') !== 12) fail('总数', 'internal yes/no 应各 12');
  const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((n) => n !== 'ANSWERS.tsv');
  if (badFiles.length !== 24) fail('总数', `bad/ 中有 ${badFiles.length} 个错稿`);
  if (fs.readdirSync(path.join(DIR, 'clean')).length !== 12 || fs.readdirSync(path.join(DIR, 'data')).length !== 12) fail('总数', 'clean/ 或 data/ 不是 12 个');

  for (const [id, a, b, c] of perUnit) console.log(`${id}  登记 ${a}  核对 ${b}  skip ${c}`);
  console.log(`合计 登记 ${nFig + nSkip}  核对 ${nFig}  skip ${nSkip}`);
  if (problems.length) { for (const p of problems) console.log('✗ ' + p); console.log(`${problems.length} 处不通过`); process.exit(1); }
  console.log('ALL CHECKS PASSED');
}
main().catch((e) => { console.error(e); process.exit(2); });

'use strict';
// bulk-zi 独立核对：不引用 gen.cjs 和 lib/，只读 data/ clean/ bad/ spec/ 与 bad/ANSWERS.tsv。
const fs = require('fs');
const path = require('path');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');

const DIR = path.resolve(process.argv[2] || __dirname);
const errors = [];
const err = (m) => errors.push(m);
const EPS = 1e-7;

// ---------- 数值工具 ----------
function r(x, d) {
  const k = 10 ** d;
  const y = Math.round(Math.abs(x) * k * 1e6) / 1e6; // 消除浮点尾差
  const v = Math.floor(y + 0.5) / k;
  return x < 0 ? -v : v;
}
function isHalf(x, d) {
  const y = Math.abs(x) * 10 ** d;
  return Math.abs(y - Math.floor(y) - 0.5) < 1e-6;
}
function n(v) {
  if (typeof v === 'number') return v;
  if (v === undefined || v === null) return NaN;
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(String(v));
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}
const eq = (a, b) => Math.abs(a - b) < 0.005 + EPS;
function rate(num, den, where, stated) {
  const v = num / den * 100;
  if (isHalf(v, 2)) err(where + ': 比率恰在 .5 舍入边界 ' + v);
  if (stated !== undefined && !eq(r(v, 2), n(stated))) err(where + ': 比率 ' + stated + ' ≠ ' + r(v, 2));
  return r(v, 2);
}
const CN = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function parseChinese(s) {
  let total = 0, cur = 0;
  for (const ch of s) {
    if (ch in CN) cur = CN[ch];
    else if (ch === '十') { total += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { total += cur * 100; cur = 0; }
    else return NaN;
  }
  return total + cur;
}

// ---------- 取值（自行实现） ----------
function resolve(data, p) {
  const m = /^([A-Za-z_]\w*)(?:@(\w+))?(.*)$/.exec(p);
  let cur = m[2] ? (data[m[1]] || []).find((x) => x.id === m[2]) : data[m[1]];
  const re = /\[(\d+)\]|\.(\w+)/g;
  let t;
  while ((t = re.exec(m[3]))) {
    if (cur === undefined || cur === null) return undefined;
    cur = t[1] !== undefined ? cur[+t[1]] : cur[t[2]];
  }
  return cur;
}
function evaluate(data, expr) {
  const paths = [];
  const js = expr.replace(/[A-Za-z_]\w*(?:@\w+)?(?:\[\d+\]|\.\w+)*/g, (p) => {
    if (p === 'num') return p;
    paths.push(p);
    const v = resolve(data, p);
    if (v === undefined) throw new Error('字段不存在：' + p);
    if (typeof v === 'number') return '(' + v + ')';
    return JSON.stringify(v);
  });
  const numf = (v) => n(v);
  // eslint-disable-next-line no-new-func
  return { value: Function('num', 'return (' + js + ')')(numf), paths };
}

// ---------- 数据自身 ----------
function checkData(id, d) {
  const w = id + ' 数据';
  const b = d.budget;
  let t = n(b.initial);
  for (const a of b.adjustments || []) t += a.type === '压减' ? -n(a.amount) : n(a.amount);
  if (!eq(t, n(b.total))) err(w + ': 年初 ± 调整 ≠ 全年预算');
  if (!eq(n(b.total) - n(b.actual), n(b.carryover))) err(w + ': 全年预算 − 执行 ≠ 结余结转');
  rate(n(b.actual), n(b.total), w + ' budget.rate', b.rate);
  if (b.sources) {
    for (const k of ['initial', 'total', 'actual']) {
      const s = Object.values(b.sources).reduce((a, x) => a + (x[k] !== undefined ? n(x[k]) : 0), 0);
      if (!eq(s, n(b[k]))) err(w + ': 资金来源 ' + k + ' 之和 ' + s + ' ≠ ' + b[k]);
    }
  }
  const P = d.projects || [];
  for (const [i, p] of P.entries()) {
    if (p.initial !== undefined && p.total !== undefined && !eq(n(p.initial) + n(p.adjustment || 0) + n(p.carriedIn || 0), n(p.total))) err(w + ': projects[' + i + '] 年初+调整≠全年');
    if (p.total !== undefined && p.carryover !== undefined && !eq(n(p.total) - n(p.actual), n(p.carryover))) err(w + ': projects[' + i + '] 结余');
  }
  const sum = (k) => P.reduce((a, p) => a + n(p[k]), 0);
  if (d.kind === 'project') {
    for (const k of ['initial', 'total', 'actual', 'carryover']) if (!eq(sum(k), n(b[k]))) err(w + ': 子项目 ' + k + ' 之和 ≠ budget.' + k);
  } else {
    const be = d.basicExpense, pe = d.projectExpense;
    if (!eq(n(be.personnel) + n(be.publicUse), n(be.total))) err(w + ': 基本 ≠ 人员 + 公用');
    if (!eq(n(be.total) + n(pe.total), n(b.actual))) err(w + ': 基本 + 项目 ≠ 全年支出');
    if (!eq(n(be.budget) + n(pe.budget), n(b.total))) err(w + ': 基本 + 项目预算 ≠ 全年预算');
    if (!eq(sum('actual'), n(pe.total))) err(w + ': 项目之和 ≠ 项目支出');
    if (!eq(sum('total'), n(pe.budget))) err(w + ': 项目预算之和 ≠ 项目支出预算');
    if (!eq(sum('initial') + n(be.budget), n(b.initial))) err(w + ': 项目年初 + 基本预算 ≠ 年初预算');
    rate(n(be.total) - n(be.prior), n(be.prior), w + ' basicExpense.changeRate', be.changeRate);
    rate(n(pe.total) - n(pe.prior), n(pe.prior), w + ' projectExpense.changeRate', pe.changeRate);
    const s = d.staffing;
    rate(n(s.actual), n(s.authorized), w + ' staffing.controlRate', s.controlRate);
    const tp = d.threePublic;
    if (tp) {
      const items = Object.entries(tp).filter(([k]) => k !== 'total');
      for (const k of ['prior', 'budget', 'actual']) {
        const s2 = items.reduce((a, [, x]) => a + n(x[k] || 0), 0);
        if (!eq(s2, n(tp.total[k]))) err(w + ': 三公 ' + k + ' 之和');
      }
      for (const [k, x] of Object.entries(tp)) if (x.changeRate !== undefined) rate(n(x.actual) - n(x.prior), n(x.prior), w + ' threePublic.' + k, x.changeRate);
    }
    if (d.procurement) {
      const pr = d.procurement;
      for (const k of ['budget', 'actual']) {
        const s3 = ['goods', 'works', 'services'].reduce((a, g) => a + (pr[g] ? n(pr[g][k]) : 0), 0);
        if (!eq(s3, n(pr[k]))) err(w + ': 采购 ' + k);
      }
    }
  }
  for (const g of d.projectGroups || []) {
    const ps = P.filter((p) => p.group === g.name);
    if (!eq(ps.reduce((a, p) => a + n(p.total), 0), n(g.budget))) err(w + ': 类别 ' + g.name + ' 预算');
    if (!eq(ps.reduce((a, p) => a + n(p.actual), 0), n(g.actual))) err(w + ': 类别 ' + g.name + ' 实际');
    rate(n(g.actual), n(g.budget), w + ' 类别 ' + g.name, g.rate);
  }
  for (const a of d.achievements || []) {
    if (a.changeRate !== undefined && a.prior !== undefined) rate(n(a.value) - n(a.prior), n(a.prior), w + ' 成效 ' + a.id, a.changeRate);
  }
  // 得分
  const br = d.budgetRate;
  const expBr = r(Math.min(n(b.rate), 100) * n(br.weight) / 100, 2);
  if (isHalf(Math.min(n(b.rate), 100) * n(br.weight) / 100, 2)) err(w + ': 执行率得分在舍入边界');
  if (!eq(expBr, n(br.score))) err(w + ': budgetRate.score ' + br.score + ' ≠ ' + expBr);
  let wsum = n(br.weight), ssum = n(br.score);
  for (const [i, ind] of d.indicators.entries()) {
    wsum += n(ind.weight); ssum += n(ind.score);
    let exp;
    if (ind.band) exp = ind.band === '达成' ? n(ind.weight) : NaN;
    else {
      const tv = n(ind.target), av = n(ind.actual);
      const neg = ind.direction === 'negative' || /^≤/.test(ind.target);
      const met = neg ? av <= tv + EPS : av >= tv - EPS;
      const raw = met ? n(ind.weight) : (neg ? tv / av : av / tv) * n(ind.weight);
      if (!met && isHalf(raw, 2)) err(w + ': indicators[' + i + '] 得分在舍入边界');
      exp = r(raw, 2);
      if (!met && !ind.deviation) err(w + ': indicators[' + i + '] 未达成但没有偏差说明');
    }
    if (!eq(exp, n(ind.score))) err(w + ': indicators[' + i + '].score ' + ind.score + ' ≠ ' + exp);
  }
  const ss = d.scoreSummary;
  if (wsum !== 100 || n(ss.weightTotal) !== 100) err(w + ': 分值合计 ' + wsum);
  if (!eq(r(ssum, 2), n(ss.scoreTotal))) err(w + ': 总分 ' + ss.scoreTotal + ' ≠ Σ ' + r(ssum, 2));
  const tot = n(ss.scoreTotal);
  const grade = tot >= 90 ? '优' : tot >= 80 ? '良' : tot >= 60 ? '中' : '差';
  if (ss.grade !== grade) err(w + ': 等级 ' + ss.grade + ' ≠ ' + grade);
}

// ---------- 报告文字 ----------
async function docxParas(buf) {
  const z = await JSZip.loadAsync(buf);
  const xml = await z.file('word/document.xml').async('string');
  const ps = xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) || [];
  const un = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return ps.map((p) => (p.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) || []).map((t) => un(t.replace(/<[^>]+>/g, ''))).join(''));
}
async function readLines(file) {
  const buf = fs.readFileSync(file);
  if (file.endsWith('.docx')) return docxParas(buf);
  return buf.toString('utf8').replace(/\n$/, '').split('\n');
}

// ---------- 数字的核对 ----------
function checkFigure(id, data, f, text) {
  // 返回 null 表示一致，否则返回原因
  const ev = evaluate(data, f.source);
  const v = ev.value;
  if (typeof v === 'string') return text === v ? null : '文字 ' + text + ' ≠ ' + v;
  let w, d = 0;
  if (/^[零一二两三四五六七八九十百]+$/.test(text)) w = parseChinese(text);
  else {
    const clean = text.replace(/[, ]/g, '').replace(/^\+/, '');
    if (!/^-?\d+(\.\d+)?$/.test(clean)) return '无法读数 ' + text;
    w = Number(clean);
    d = (clean.split('.')[1] || '').length;
  }
  let val = v;
  if (f.style === 'cheng') w = w * 10;
  if (!f.approx) return eq(r(val, d), w) && Math.abs(r(val, d) - w) < 10 ** -d / 2 ? null : text + ' ≠ ' + r(val, d);
  const a = f.approx;
  if (a === '约') return (Math.abs(r(val, d) - w) < EPS || Math.abs(val - w) <= 0.05 * w) ? null : '约数不符';
  if (a === '近' || a === '不足') {
    const tol = f.style === 'cheng' ? 5 : 0.1 * w;
    return w >= val - EPS && w - val <= tol ? null : '“' + a + '”不符';
  }
  if (['超', '余', '多', '以上', '逾'].includes(a)) return val >= w - EPS && val <= 1.25 * w ? null : '“' + a + '”不符';
  return '未知约数 ' + a;
}
const UNIT_OK = (line, end, f) => {
  if (f.unitAfter === false || !f.unit) return true;
  let rest = line.slice(end);
  if (f.unitSpace) { if (rest[0] !== ' ') return false; rest = rest.slice(1); }
  return rest.startsWith(f.unit);
};

function locate(lines, figs, where) {
  // 按顺序定位；返回每个数字的 {li, start}
  const pos = [];
  let li = 0, col = 0;
  for (const f of figs) {
    const target = f.line - 1;
    if (target < li) { err(where + ': 顺序错误 ' + f.text); pos.push(null); continue; }
    if (target > li) { li = target; col = 0; }
    const line = lines[li] || '';
    const k = line.indexOf(f.pre + f.text, Math.max(0, col - f.pre.length));
    if (k < 0) { err(where + ': 第' + (li + 1) + '行找不到 “' + f.pre + f.text + '”'); pos.push(null); continue; }
    const start = k + f.pre.length;
    pos.push({ li, start });
    col = start + f.text.length;
  }
  // 覆盖：每个数字串都属于某个登记的数字
  const spans = {};
  figs.forEach((f, i) => { if (pos[i]) (spans[pos[i].li] = spans[pos[i].li] || []).push([pos[i].start, pos[i].start + f.text.length]); });
  lines.forEach((line, i) => {
    const re = /[0-9０-９]+/g;
    let m;
    while ((m = re.exec(line))) {
      const ok = (spans[i] || []).some(([a, b]) => m.index >= a && m.index < b);
      if (!ok) err(where + ': 第' + (i + 1) + '行有未登记的数字 “' + m[0] + '”：' + line.slice(0, 60));
    }
  });
  return pos;
}

async function main() {
  const specFiles = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => f.endsWith('.json')).sort();
  const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').replace(/\n$/, '').split('\n').map((l) => l.split('\t'));
  const header = answers.shift();
  if (header.join(',') !== 'file,line,old,new,dataField,kind,internal') err('ANSWERS 表头不对');
  const kinds = {}, formats = {};
  let nFig = 0, nSkip = 0, nBad = 0;
  const internal = { yes: 0, no: 0 };
  const table = [];
  for (const sf of specFiles) {
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'spec', sf), 'utf8'));
    const id = spec.id;
    const data = YAML.parse(fs.readFileSync(path.join(DIR, spec.data), 'utf8'));
    if (data.version !== 2 || data.kind !== spec.kind) err(id + ': kind/version');
    kinds[spec.kind] = (kinds[spec.kind] || 0) + 1;
    formats[spec.format] = (formats[spec.format] || 0) + 1;
    checkData(id, data);
    const cleanFile = path.join(DIR, spec.file);
    const lines = await readLines(cleanFile);
    const figs = spec.figures;
    const pos = locate(lines, figs, id + ' clean');
    let sk = 0;
    figs.forEach((f, i) => {
      if (f.skip) { sk++; return; }
      if (!pos[i]) return;
      let why;
      try { why = checkFigure(id, data, f, f.text); } catch (e) { why = e.message; }
      if (why) err(id + ': “' + f.pre + f.text + '” [' + f.source + '] ' + why);
      if (!UNIT_OK(lines[pos[i].li], pos[i].start + f.text.length, f)) err(id + ': 单位不符 ' + f.text + ' ' + f.unit);
      for (const rf of f.refs || []) { try { evaluate(data, rf); } catch (e) { err(id + ': refs ' + rf + ' 无效'); } }
    });
    nFig += figs.length; nSkip += sk;
    table.push([id, figs.length, figs.length - sk, sk]);
    // 错稿
    for (const key of ['a', 'b']) {
      const hits = figs.map((f, i) => [f, i]).filter(([f]) => f.bad && f.bad[key]);
      if (hits.length !== 1) { err(id + key + ': spec 中错稿改动数 ' + hits.length); continue; }
      const [f, i] = hits[0];
      const bd = f.bad[key];
      nBad++;
      const base = path.basename(spec.file).replace(/\.(md|txt|docx)$/, '');
      const badRel = 'bad/' + base + '-' + key + '.' + spec.format;
      const badLines = await readLines(path.join(DIR, badRel));
      if (badLines.length !== lines.length) { err(badRel + ': 行数不同'); continue; }
      const diff = lines.map((l, k) => (l !== badLines[k] ? k : -1)).filter((k) => k >= 0);
      if (diff.length !== 1 || !pos[i] || diff[0] !== pos[i].li) { err(badRel + ': 不同之处应恰好一行（' + diff.join(',') + '）'); continue; }
      const L = lines[pos[i].li];
      const expect = L.slice(0, pos[i].start) + bd.new + L.slice(pos[i].start + f.text.length);
      if (badLines[diff[0]] !== expect) err(badRel + ': 改动不是把 ' + f.text + ' 换成 ' + bd.new);
      let why;
      try { why = checkFigure(id, data, f, bd.new); } catch (e) { why = e.message; }
      if (!why) err(badRel + ': 改后的数字仍与数据一致');
      if (spec.format === 'docx') {
        const za = await JSZip.loadAsync(fs.readFileSync(cleanFile));
        const zb = await JSZip.loadAsync(fs.readFileSync(path.join(DIR, badRel)));
        const na = Object.keys(za.files).sort(), nb = Object.keys(zb.files).sort();
        if (na.join() !== nb.join()) err(badRel + ': zip 文件列表不同');
        for (const nm of na) {
          if (nm === 'word/document.xml' || za.files[nm].dir) continue;
          const x = await za.files[nm].async('nodebuffer'), y = await zb.files[nm].async('nodebuffer');
          if (!x.equals(y)) err(badRel + ': ' + nm + ' 不同');
        }
      }
      // internal
      const others = figs.filter((g, j) => j !== i && !g.skip);
      const related = others.some((g) => g.source === f.source || (g.refs || []).includes(f.source)) || (f.refs || []).length > 0;
      if (bd.internal === 'no') {
        if (related) err(badRel + ': internal=no 但报告中有相关数字');
        const v = evaluate(data, f.source).value;
        if (others.some((g) => g.unit === f.unit && typeof g.value === 'number' && Math.abs(g.value - v) < EPS)) err(badRel + ': internal=no 但报告中有同单位同值的数字');
      } else if (bd.internal === 'yes') {
        if (!related) err(badRel + ': internal=yes 但没有相关数字');
      } else err(badRel + ': internal 取值');
      internal[bd.internal] = (internal[bd.internal] || 0) + 1;
      const row = answers.find((a) => a[0] === badRel);
      if (!row) { err(badRel + ': ANSWERS 中没有'); continue; }
      const lineCol = spec.format === 'docx' ? badLines[diff[0]] : String(diff[0] + 1);
      const lineOk = spec.format === 'docx' ? (row[1] === lineCol || (row[1].startsWith('[表格 ') && row[1].endsWith('] ' + lineCol))) : row[1] === lineCol;
      if (!lineOk) err(badRel + ': ANSWERS line 列不符');
      if (row[2] !== f.text || row[3] !== bd.new || row[4] !== f.source || row[5] !== bd.kind || row[6] !== bd.internal) err(badRel + ': ANSWERS 列不符');
    }
  }
  if (specFiles.length !== 12) err('单位数 ' + specFiles.length);
  if (kinds.project !== 6 || kinds.department !== 6) err('类型分布 ' + JSON.stringify(kinds));
  if (formats.md !== 4 || formats.txt !== 4 || formats.docx !== 4) err('格式分布 ' + JSON.stringify(formats));
  if (nBad !== 24 || answers.length !== 24) err('错稿数 ' + nBad + ' / ANSWERS ' + answers.length);
  if (internal.yes !== 12 || internal.no !== 12) err('internal 分布 ' + JSON.stringify(internal));
  const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((f) => f !== 'ANSWERS.tsv');
  if (badFiles.length !== 24) err('bad/ 中文件数 ' + badFiles.length);
  for (const t of table) console.log(t.join('\t'));
  console.log('合计\t' + nFig + '\t' + (nFig - nSkip) + '\t' + nSkip);
  if (errors.length) {
    for (const e of errors) console.log('FAIL ' + e);
    console.log(errors.length + ' PROBLEM(S)');
    process.exit(1);
  }
  console.log('ALL CHECKS PASSED');
}
main().catch((e) => { console.error(e); process.exit(1); });

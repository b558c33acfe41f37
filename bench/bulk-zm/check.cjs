'use strict';
// 独立核对本语料：不引用 gen.cjs 和 lib/。用法：node check.cjs [目录]
const fs = require('fs'), path = require('path'), cp = require('child_process');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');
const DIR = path.resolve(process.argv[2] || __dirname);
let fails = 0, checks = 0;
const ok = (cond, msg) => { checks++; if (!cond) { fails++; console.log('FAIL ' + msg); } };
const N = (x) => Number(String(x).replace(/,/g, ''));
const r2 = (v, d = 2) => { const m = 10 ** d; const x = Math.abs(v) * m; const r = Math.floor(x + 0.5 + 1e-9) / m; return v < 0 ? -r : r; };
const near = (a, b, e = 1e-6) => Math.abs(a - b) < e;
// —— 汉字数字 ——
const CD = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 }, CU = { 十: 10, 百: 100, 千: 1000 };
function cnI(s) {
  if (!s) return 0;
  for (const [u, m] of [['亿', 1e8], ['万', 1e4]]) { const i = s.indexOf(u); if (i >= 0) return cnI(s.slice(0, i)) * m + cnI(s.slice(i + 1)); }
  let t = 0, c = 0;
  for (const ch of s) { if (ch in CD) c = CD[ch]; else if (ch in CU) { t += (c || 1) * CU[ch]; c = 0; } else throw new Error('cn ' + s); }
  return t + c;
}
function parseText(t, cn) {
  if (cn) { const [a, b] = t.split('点'); return { v: b === undefined ? cnI(a) : Number(cnI(a) + '.' + [...b].map((c) => CD[c]).join('')), d: b ? b.length : 0 }; }
  let s = t.replace(/,/g, ''), neg = false;
  if (/^\(.*\)$/.test(s)) { neg = true; s = s.slice(1, -1); }
  if (/^[-−]/.test(s)) { neg = true; s = s.slice(1); } else if (s[0] === '+') s = s.slice(1);
  if (!/^\d+(\.\d+)?$/.test(s)) throw new Error('num ' + t);
  return { v: (neg ? -1 : 1) * Number(s), d: s.includes('.') ? s.split('.')[1].length : 0 };
}
function agree(text, value, f) {
  const w = parseText(text, f.cn);
  const c = f.cmp || 'eq';
  if (c === 'eq') { const fr = Math.abs(value) * 10 ** w.d % 1; if (Math.abs(fr - 0.5) < 1e-7) return false; return near(r2(value, w.d), w.v, 1e-9); }
  if (c === 'ge') return value >= w.v && value < w.v * 1.2;
  if (c === 'le') return value <= w.v && value > w.v * 0.9;
  if (c === 'about') return Math.abs(value - w.v) <= Math.abs(w.v) * 0.05;
  return false;
}
function ev(expr, d) {
  const A = (id) => N(d.achievements.find((x) => x.id === id).value), AP = (id) => N(d.achievements.find((x) => x.id === id).prior), AC = (id) => N(d.achievements.find((x) => x.id === id).changeRate);
  const AT = (id) => N(d.achievements.find((x) => x.id === id).target);
  const I = (k) => typeof k === 'number' ? d.indicators[k] : d.indicators.find((x) => x.name === k);
  const num = (s) => Number(String(s).replace(/,/g, '').match(/\d+(\.\d+)?/)[0]);
  const P = (i) => d.projects[i];
  const pct = (a, b) => N(a) / N(b) * 100, chg = (a, b) => (N(a) - N(b)) / N(b) * 100, sum = (a) => a.reduce((s, x) => s + N(x), 0);
  const W = () => d.budgetRate.weight + sum(d.indicators.map((x) => x.weight)), S = () => N(d.budgetRate.score) + sum(d.indicators.map((x) => x.score));
  let v = new Function('d', 'A', 'AP', 'AC', 'AT', 'I', 'num', 'N', 'P', 'pct', 'chg', 'sum', 'W', 'S', 'return (' + expr + ')')(d, A, AP, AC, AT, I, num, N, P, pct, chg, sum, W, S);
  return typeof v === 'string' ? N(v) : v;
}
// —— 1. 数据自身平衡 ——
function checkData(id, d) {
  const b = d.budget, adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '追加' ? 1 : -1) * N(a.amount), 0);
  ok(near(N(b.initial) + adj, N(b.total)), `${id} 年初±调整=全年`);
  ok(near(N(b.total) - N(b.actual), N(b.carryover)), `${id} 全年−执行=结余`);
  const cur = b.sources.current; ok(near(N(cur.initial), N(b.initial)) && near(N(cur.total), N(b.total)) && near(N(cur.actual), N(b.actual)), `${id} 资金来源`);
  const sum = (a, k) => a.reduce((s, x) => s + N(x[k] ?? 0), 0);
  for (const p of d.projects) {
    if (p.adjustment !== undefined) ok(near(N(p.initial) + N(p.adjustment), N(p.total)), `${id} ${p.name} 年初+调整`);
    if (p.carryover !== undefined) ok(near(N(p.total) - N(p.actual), N(p.carryover)), `${id} ${p.name} 结余`);
    if (p.items) ok(near(sum(p.items, 'amount'), N(p.actual)), `${id} ${p.name} 明细之和`);
  }
  if (d.kind === 'project') {
    for (const k of ['initial', 'total', 'actual', 'carryover']) ok(near(sum(d.projects, k), N(b[k])), `${id} 子项目${k}之和`);
  } else {
    const be = d.basicExpense, pe = d.projectExpense, tp = d.threePublic, st = d.staffing;
    ok(near(N(be.personnel) + N(be.publicUse), N(be.total)), `${id} 人员+公用=基本`);
    ok(near(N(be.total) + N(pe.total), N(b.actual)), `${id} 基本+项目=执行`);
    ok(near(N(be.budget) + N(pe.budget), N(b.total)), `${id} 基本预算+项目预算=全年`);
    ok(near(sum(d.projects, 'total'), N(pe.budget)) && near(sum(d.projects, 'actual'), N(pe.total)), `${id} 项目之和`);
    for (const x of [be, pe]) if (x.changeRate !== undefined) ok(near(r2(( N(x.total) - N(x.prior)) / N(x.prior) * 100), N(x.changeRate)), `${id} 变动率`);
    for (const k of ['prior', 'budget', 'actual']) ok(near(['vehicle', 'overseas', 'reception'].reduce((s, q) => s + N(tp[q]?.[k] ?? 0), 0), N(tp.total[k])), `${id} 三公合计 ${k}`);
    if (tp.vehicleOperation) for (const k of ['prior', 'budget', 'actual']) ok(near(N(tp.vehicle[k]), N(tp.vehicleOperation[k]) + N(tp.vehiclePurchase?.[k] ?? 0)), `${id} 公务用车=购置+运行`);
    if (tp.total.changeRate !== undefined) ok(near(r2((N(tp.total.actual) - N(tp.total.prior)) / N(tp.total.prior) * 100), N(tp.total.changeRate)), `${id} 三公变动率`);
    ok(near(r2(st.actual / st.authorized * 100), N(st.controlRate)), `${id} 控制率`);
  }
  for (const a of d.achievements) if (a.prior !== undefined && a.changeRate !== undefined) ok(near(r2((N(a.value) - N(a.prior)) / N(a.prior) * 100), N(a.changeRate)), `${id} 成效 ${a.id} 增幅`);
  // 评分
  const rate = N(b.actual) / N(b.total) * 100;
  ok(near(r2(Math.min(rate / 100 * d.budgetRate.weight, d.budgetRate.weight)), N(d.budgetRate.score)), `${id} 预算执行率得分`);
  let W = d.budgetRate.weight, S = N(d.budgetRate.score);
  for (const x of d.indicators) {
    W += x.weight; S += x.score;
    let exp;
    if (x.band) exp = x.band === '达成' ? x.weight : null;
    else {
      const t = N(String(x.target).match(/[\d,.]+/)[0]), a = N(String(x.actual).match(/[\d,.]+/)[0]);
      const neg = x.direction === 'negative' || /^≤/.test(x.target);
      const met = neg ? a <= t : a >= t;
      exp = met ? x.weight : r2((neg ? t / a : a / t) * x.weight);
      if (!met) ok(!!x.deviation, `${id} ${x.name} 未达成须有偏差说明`);
    }
    ok(near(exp, x.score), `${id} ${x.name} 得分 ${x.score} 应为 ${exp}`);
  }
  ok(W === 100 && d.scoreSummary.weightTotal === 100, `${id} 分值合计100`);
  ok(near(r2(S), N(d.scoreSummary.scoreTotal)), `${id} 总分`);
  ok(d.scoreSummary.grade === (S >= 90 ? '优' : S >= 80 ? '良' : S >= 60 ? '中' : '差'), `${id} 等级`);
}
// —— 2. 报告文字 ——
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
function xmlText(xml) {
  let out = ''; const re = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>|<\/w:p>/g; let m;
  while ((m = re.exec(xml))) out += m[1] !== undefined ? unesc(m[1]) : m[0] === '<w:tab/>' ? '\t' : '\n';
  return out;
}
async function docxParts(file) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const parts = {};
  for (const n of Object.keys(z.files).sort()) parts[n] = await z.file(n).async('nodebuffer');
  return parts;
}
async function textParts(file, fmt) {
  if (fmt === 'md' || fmt === 'txt') return { text: fs.readFileSync(file, 'utf8') };
  const p = await docxParts(file);
  return { document: xmlText(p['word/document.xml'].toString()), header1: xmlText(p['word/header1.xml'].toString()) };
}
function locate(parts, figs) {
  const spans = [], cur = {};
  for (const f of figs) {
    const t = parts[f.where]; if (t === undefined) { ok(false, 'no part ' + f.where); spans.push(null); continue; }
    let i = cur[f.where] || 0, found = -1;
    while ((i = t.indexOf(f.text, i)) >= 0) {
      const pre = t[i - 1] || '', post = t.slice(i + f.text.length, i + f.text.length + 2);
      const digitish = /[0-9]/.test(f.text);
      if (!digitish || (!/[0-9.,]/.test(pre) && !/^[0-9]|^[.,][0-9]/.test(post))) { found = i; break; }
      i++;
    }
    spans.push(found < 0 ? null : { where: f.where, s: found, e: found + f.text.length });
    if (found >= 0) cur[f.where] = found + f.text.length;
  }
  return spans;
}
function coverage(parts, spans) {
  for (const [w, t] of Object.entries(parts)) {
    const cov = new Uint8Array(t.length);
    for (const s of spans) if (s && s.where === w) cov.fill(1, s.s, s.e);
    const bad = []; for (let k = 0; k < t.length; k++) if (/[0-9０-９]/.test(t[k]) && !cov[k]) bad.push(t.slice(Math.max(0, k - 8), k + 6));
    ok(bad.length === 0, `未登记的数字 in ${w}: ${bad.slice(0, 3).join(' | ')}`);
  }
}
const pdfText = (f) => cp.execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });
const digitTokens = (s) => (s.match(/[0-9][0-9,.]*[0-9]|[0-9]/g) || []);
// 相关数字：把字段路径归一，用于判断 internal
function fieldsOf(src) { return (src.match(/d\.[A-Za-z.\[\]0-9]+|P\(\d\)\.[A-Za-z]+(?:\[\d\]\.amount)?|I\(\d\)\.[a-z]+|A\('[a-z_]+'\)|S\(\)|W\(\)/g) || []); }
function parentsOf(field) {
  const p = [field];
  if (/^I\(\d\)\.score$/.test(field) || field === 'd.budgetRate.score') p.push('S()');
  let m;
  if ((m = field.match(/^P\((\d)\)\.items\[\d\]\.amount$/))) p.push(`P(${m[1]}).actual`);
  if (/^P\(\d\)\.actual$/.test(field)) p.push('d.budget.actual', 'd.projectExpense.total');
  if ((m = field.match(/^d\.threePublic\.(\w+)\.(actual|prior|budget)$/))) p.push(`d.threePublic.total.${m[2]}`);
  if (/^d\.basicExpense\.(personnel|publicUse)$/.test(field)) p.push('d.basicExpense.total');
  return p;
}
(async () => {
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort().map((f) => JSON.parse(fs.readFileSync(path.join(DIR, 'spec', f), 'utf8')));
  ok(specs.length === 12, '12 个单位');
  const cnt = (k, v) => specs.filter((s) => s[k] === v).length;
  ok(cnt('kind', 'project') === 6 && cnt('kind', 'department') === 6, '项目、部门各 6');
  ok(cnt('format', 'md') === 3 && cnt('format', 'txt') === 3 && cnt('format', 'docx') === 4 && cnt('format', 'pdf') === 2, '格式 3/3/4/2');
  const answers = fs.readFileSync(path.join(DIR, 'ANSWERS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split('\t'));
  ok(answers.length === 24, '24 个错稿');
  ok(answers.filter((a) => a[8] === 'yes').length === 12 && answers.filter((a) => a[8] === 'no').length === 12, 'internal yes/no 各 12');
  let totalFigs = 0, totalChecked = 0;
  for (const sp of specs) {
    const d = YAML.parse(fs.readFileSync(path.join(DIR, sp.data), 'utf8'));
    checkData(sp.id, d);
    ok(d.kind === sp.kind, sp.id + ' kind');
    const srcFile = path.join(DIR, sp.sourceDocx || sp.file);
    const fmt = sp.format === 'pdf' ? 'docx' : sp.format;
    if (fmt === 'md' || fmt === 'txt') { const raw = fs.readFileSync(srcFile); ok(raw[0] !== 0xef && !raw.includes(13), sp.id + ' 无 BOM、无 CR'); }
    const parts = await textParts(srcFile, fmt);
    const spans = locate(parts, sp.figures);
    sp.figures.forEach((f, i) => ok(spans[i], `${sp.id} 找不到第${i + 1}个数字 ${f.text}`));
    coverage(parts, spans);
    totalFigs += sp.figures.length;
    for (const f of sp.figures) {
      if (f.skip) continue;
      totalChecked++;
      let v; try { v = ev(f.src, d); } catch (e) { ok(false, `${sp.id} ${f.src}: ${e.message}`); continue; }
      ok(near(v, f.value, 1e-5), `${sp.id} ${f.text} 值 ${v} ≠ spec ${f.value}`);
      ok(agree(f.text, v, f), `${sp.id} ${f.text} 与数据 ${f.src}=${v} 不符`);
    }
    if (sp.format === 'pdf') {
      const cleanPdf = pdfText(path.join(DIR, sp.file));
      ok(cleanPdf.includes(d.meta.unit), sp.id + ' PDF 有页眉单位名');
      const tk = digitTokens(cleanPdf.replace(/\s+/g, ''));
      const need = sp.figures.filter((f) => /[0-9]/.test(f.text) && !f.skip).map((f) => f.text);
      const flat = cleanPdf.replace(/\s+/g, '');
      ok(need.every((t) => flat.includes(t)), sp.id + ' PDF 中能找到全部核对的数字');
      ok(tk.length > 50, sp.id + ' PDF 数字');
    }
    // 错稿
    for (const v of ['a', 'b']) {
      const ch = sp.figures.map((f, i) => [f, i]).filter(([f]) => f.bad && f.bad[v]);
      ok(ch.length === 1, `${sp.id}-${v} 恰有一个改动登记`);
      if (ch.length !== 1) continue;
      const [f, i] = ch[0], bt = f.bad[v].text;
      ok(!agree(bt, ev(f.src, d), f), `${sp.id}-${v} 错稿数字 ${bt} 与数据不符`);
      ok(bt.length === f.text.length && bt !== f.text, `${sp.id}-${v} 等长替换`);
      const badName = path.basename(sp.file).replace(/\.(\w+)$/, `-${v}.$1`);
      const badFile = path.join(DIR, 'bad', badName);
      const s = spans[i];
      if (fmt === 'md' || fmt === 'txt') {
        const c = fs.readFileSync(path.join(DIR, sp.file), 'utf8'), b = fs.readFileSync(badFile, 'utf8');
        ok(b === c.slice(0, s.s) + bt + c.slice(s.e), `${sp.id}-${v} 错稿＝干净稿只换一个数字`);
        const cl = c.split('\n'), bl = b.split('\n');
        ok(cl.length === bl.length && cl.filter((l, k) => l !== bl[k]).length === 1, `${sp.id}-${v} 只有一行不同`);
      } else {
        const srcBad = sp.format === 'pdf' ? path.join(DIR, 'src', path.basename(sp.sourceDocx).replace('.docx', `-${v}.docx`)) : badFile;
        const pc = await docxParts(srcFile), pb = await docxParts(srcBad);
        ok(JSON.stringify(Object.keys(pc)) === JSON.stringify(Object.keys(pb)), `${sp.id}-${v} 部件相同`);
        const diff = Object.keys(pc).filter((k) => !pc[k].equals(pb[k]));
        ok(diff.length === 1 && diff[0] === (f.where === 'header1' ? 'word/header1.xml' : 'word/document.xml'), `${sp.id}-${v} 只有一个部件不同`);
        const tb = await textParts(srcBad, 'docx');
        const t = parts[f.where];
        ok(tb[f.where] === t.slice(0, s.s) + bt + t.slice(s.e), `${sp.id}-${v} 段落文字只换一个数字`);
        if (sp.format === 'pdf') {
          const a1 = digitTokens(pdfText(path.join(DIR, sp.file))), b1 = digitTokens(pdfText(badFile));
          const dd = a1.map((x, k) => [x, b1[k]]).filter(([x, y]) => x !== y);
          ok(a1.length === b1.length && dd.length === 1 && dd[0][0] === f.text && dd[0][1] === bt, `${sp.id}-${v} PDF 数字序列只有一处不同 ${JSON.stringify(dd)}`);
        }
      }
      // internal
      const fl = fieldsOf(f.src);
      const others = sp.figures.filter((g, k) => k !== i && !g.skip);
      const rel = others.filter((g) => { const gf = fieldsOf(g.src); return fl.some((x) => parentsOf(x).some((p) => gf.includes(p))) || gf.some((x) => parentsOf(x).some((p) => fl.includes(p))); });
      if (f.bad[v].internal === 'no') ok(rel.length === 0 && /^A\('[a-z_]+'\)$/.test(f.src), `${sp.id}-${v} internal=no 但报告中有相关数字 ${rel.map((g) => g.text).join(',')}`);
      else ok(rel.length > 0, `${sp.id}-${v} internal=yes 但找不到相关数字`);
      const row = answers.find((a) => a[0] === 'bad/' + badName);
      ok(row && row[2] === f.text && row[3] === bt && row[8] === f.bad[v].internal && row[7] === (f.bad[v].internal === 'no' ? 'yes' : 'no') && row[5] === f.src, `${sp.id}-${v} ANSWERS 与 spec 一致`);
      ok(fs.existsSync(badFile), badName + ' 存在');
    }
  }
  console.log(`单位 12，登记数字 ${totalFigs}，核对 ${totalChecked}，skip ${totalFigs - totalChecked}，错稿 ${answers.length}；检查 ${checks} 项，失败 ${fails} 项`);
  console.log(fails ? 'CHECKS FAILED' : 'ALL CHECKS PASSED');
  process.exit(fails ? 1 : 0);
})().catch((e) => { console.error(e); process.exit(2); });

'use strict';
// 独立核对：不引用 gen.cjs 与 lib/。只读 data/、clean/、bad/、spec/ 与 bad/ANSWERS.tsv。
const fs = require('fs');
const path = require('path');
const NM = path.resolve(__dirname, '../../node_modules');
const YAML = require(path.join(NM, 'yaml'));
const JSZip = require(path.join(NM, 'jszip'));
const dir = __dirname;
let fails = 0, checks = 0;
const ok = (c, msg) => { checks++; if (!c) { fails++; console.log('FAIL ' + msg); } };

const toNum = v => { if (typeof v === 'number') return v; const m = /-?\d+(?:\.\d+)?/.exec(String(v).replace(/,/g, '')); return m ? Number(m[0]) : NaN; };
const cents = v => Math.round(toNum(v) * 100);
const r2 = x => Math.round((x + (x >= 0 ? 1e-9 : -1e-9)) * 100) / 100;
function get(data, p) {
  let cur; const re = /^([A-Za-z_]\w*)|\[(\d+)\]|@(\w+)|\.([A-Za-z_]\w*)/g; let m;
  while ((m = re.exec(p))) {
    if (m[1] !== undefined) cur = data[m[1]];
    else if (m[2] !== undefined) cur = cur[+m[2]];
    else if (m[3] !== undefined) cur = cur.find(a => a.id === m[3]);
    else cur = cur[m[4]];
    if (cur === undefined) throw new Error('no field ' + p);
  }
  return cur;
}
function value(data, src) {
  const paths = src.match(/[A-Za-z_]\w*(?:\[\d+\]|@\w+|\.[A-Za-z_]\w*)*/g) || [];
  if (paths.length === 1 && paths[0] === src) return get(data, src);
  let expr = src;
  for (const p of [...new Set(paths)].sort((a, b) => b.length - a.length)) expr = expr.split(p).join('(' + toNum(get(data, p)) + ')');
  if (!/^[\d\s().+\-*/]+$/.test(expr)) throw new Error('bad expr ' + src);
  return eval(expr);
}
const CN = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnParse(s) {
  const m = /^([零一二两三四五六七八九十]+)/.exec(s); if (!m) return NaN;
  const t = m[1];
  if (!t.includes('十')) return CN[t];
  const [a, b] = t.split('十');
  return (a ? CN[a] : 1) * 10 + (b ? CN[b] : 0);
}
// 一个数字的文字与数据是否相符
function agrees(fig, text, data) {
  const v = value(data, fig.source);
  if (fig.literal) return String(v) === text;
  if (fig.chinese) return cnParse(text) === toNum(v) && text.endsWith(fig.unit);
  const m = /(-?[\d,]+(?:\.(\d+))?)/.exec(text);
  if (!m) return false;
  const stated = Number(m[1].replace(/,/g, ''));
  const rest = text.slice(m.index + m[0].length);
  const x = toNum(v);
  if (fig.approx) {
    const w = fig.approx;
    if (!text.includes(w)) return false;
    if (!rest.replace(w, '').startsWith(fig.unit)) return false;
    if (w === '约' || w === '左右') return Math.abs(x - stated) <= 0.05 * x;
    if (w === '近') return stated >= x && stated - x <= 0.1 * x;
    return stated <= x && x <= 1.25 * stated;
  }
  if (rest !== fig.unit) return false;
  const dp = m[2] ? m[2].length : 0;
  const f = Math.pow(10, dp);
  return Math.abs(Math.round(x * f + 1e-7) - Math.round(stated * f)) === 0;
}

// ---------- 数据自身平衡 ----------
function balance(name, d) {
  const b = d.budget;
  const adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '压减' ? -1 : 1) * cents(a.amount), 0);
  ok(cents(b.initial) + adj === cents(b.total), `${name}: 年初 ± 调整 ≠ 全年预算`);
  ok(cents(b.total) - cents(b.actual) === cents(b.carryover), `${name}: 全年预算 − 执行 ≠ 结余结转`);
  ok(r2(toNum(b.actual) / toNum(b.total) * 100) === toNum(b.rate), `${name}: 执行率`);
  const src = Object.values(b.sources || {});
  if (src.length) {
    ok(src.reduce((s, x) => s + cents(x.total), 0) === cents(b.total), `${name}: 来源合计（全年）`);
    ok(src.reduce((s, x) => s + cents(x.actual), 0) === cents(b.actual), `${name}: 来源合计（执行）`);
    ok(src.reduce((s, x) => s + cents(x.initial || 0), 0) === cents(b.initial), `${name}: 来源合计（年初）`);
  }
  const sum = (arr, k) => arr.reduce((s, x) => s + cents(x[k]), 0);
  if (d.kind === 'project' && d.projects) {
    ok(sum(d.projects, 'total') === cents(b.total), `${name}: 子项预算合计`);
    ok(sum(d.projects, 'actual') === cents(b.actual), `${name}: 子项支出合计`);
  }
  if (d.kind === 'department') {
    const be = d.basicExpense, pe = d.projectExpense;
    ok(cents(be.personnel) + cents(be.publicUse) === cents(be.total), `${name}: 人员 + 公用 ≠ 基本支出`);
    ok(cents(be.total) + cents(pe.total) === cents(b.actual), `${name}: 基本 + 项目 ≠ 全年支出`);
    ok(cents(be.budget) + cents(pe.budget) === cents(b.total), `${name}: 基本 + 项目预算 ≠ 全年预算`);
    for (const [k, x] of [['basicExpense', be], ['projectExpense', pe]]) if (x.changeRate !== undefined) ok(r2((toNum(x.total) - toNum(x.prior)) / toNum(x.prior) * 100) === toNum(x.changeRate), `${name}: ${k}.changeRate`);
    if (d.projectGroups) {
      ok(sum(d.projectGroups, 'actual') === cents(pe.total), `${name}: 项目类别合计`);
      ok(sum(d.projectGroups, 'budget') === cents(pe.budget), `${name}: 项目类别预算合计`);
      for (const g of d.projectGroups) {
        ok(r2(toNum(g.actual) / toNum(g.budget) * 100) === toNum(g.rate), `${name}: ${g.name} 使用率`);
        const ps = (d.projects || []).filter(p => p.group === g.name);
        if (ps.length) { ok(sum(ps, 'actual') === cents(g.actual), `${name}: ${g.name} 项目合计`); ok(sum(ps, 'total') === cents(g.budget), `${name}: ${g.name} 项目预算合计`); }
      }
    } else if (d.projects) {
      ok(sum(d.projects, 'actual') === cents(pe.total), `${name}: 项目合计`);
      ok(sum(d.projects, 'total') === cents(pe.budget), `${name}: 项目预算合计`);
    }
    const s = d.staffing;
    const cr = typeof s.controlRate === 'object' ? s.controlRate.value : s.controlRate;
    ok(r2((s.actual + (s.otherEmployees || 0)) / s.authorized * 100) === cr, `${name}: 人员控制率`);
    if (d.threePublic) {
      const t = d.threePublic; const items = ['reception', 'vehicle', 'overseas'].filter(k => t[k]);
      for (const k of ['prior', 'budget', 'actual']) ok(items.reduce((a, i) => a + cents(t[i][k]), 0) === cents(t.total[k]), `${name}: 三公合计 ${k}`);
      for (const i of items) if (t[i].changeRate !== undefined) ok(r2((toNum(t[i].actual) - toNum(t[i].prior)) / toNum(t[i].prior) * 100) === t[i].changeRate, `${name}: 三公 ${i} 变动率`);
    }
    if (d.procurement) {
      const p = d.procurement;
      for (const k of ['budget', 'actual']) ok(['goods', 'works', 'services'].reduce((a, i) => a + cents(p[i][k]), 0) === cents(p[k]), `${name}: 政府采购 ${k}`);
    }
  }
  // 评分
  const rate = toNum(b.rate);
  ok(r2(Math.min(rate * d.budgetRate.weight / 100, d.budgetRate.weight)) === d.budgetRate.score, `${name}: 预算执行率得分`);
  let wsum = d.budgetRate.weight, ssum = d.budgetRate.score;
  d.indicators.forEach((ind, i) => {
    const t = toNum(ind.target), a = toNum(ind.actual);
    const neg = ind.direction === 'negative' || /^(≤|不高于)/.test(ind.target);
    const met = neg ? a <= t : a >= t;
    const exp = met ? ind.weight : r2((neg ? t / a : a / t) * ind.weight);
    ok(exp === ind.score, `${name}: indicators[${i}] 得分 ${ind.score} 应为 ${exp}`);
    wsum += ind.weight; ssum += ind.score;
  });
  ok(wsum === 100 && d.scoreSummary.weightTotal === 100, `${name}: 分值合计`);
  ok(r2(ssum) === d.scoreSummary.scoreTotal, `${name}: 总分 ${d.scoreSummary.scoreTotal} ≠ Σ ${r2(ssum)}`);
  const tot = d.scoreSummary.scoreTotal;
  const g = tot >= 90 ? '优' : tot >= 80 ? '良' : tot >= 60 ? '中' : '差';
  ok(g === d.scoreSummary.grade, `${name}: 等级`);
}

// ---------- 报告文字 ----------
const xmlText = s => s.replace(/<w:tab\/>/g, '\t').replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g, '\u0000$1\u0001').replace(/[^\u0000\u0001]*?(\u0000([^\u0001]*)\u0001|$)/g, '$2').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'");
async function docxParas(file, plain) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await z.file('word/document.xml').async('string');
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const out = [];
  const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>/g; let m;
  while ((m = re.exec(body))) {
    if (m[0].startsWith('<w:tbl>')) {
      for (const tr of m[0].match(/<w:tr[ >][\s\S]*?<\/w:tr>/g)) {
        const cells = tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g).map(c => (c.match(/<w:p[ >][\s\S]*?<\/w:p>/g) || []).map(xmlText).join(''));
        for (const c of cells) out.push(plain ? c : `[表格 行「${cells.slice(0, 2).join(' ')}」] ${c}`);
      }
    } else out.push(xmlText(m[0]));
  }
  return out;
}
async function reportText(file) {
  if (file.endsWith('.docx')) return (await docxParas(file, true)).join('\n');
  return fs.readFileSync(file, 'utf8');
}
// 按 spec 顺序定位每个数字，返回位置
function locate(text, figs, label) {
  const pos = []; let cur = 0;
  for (const f of figs) {
    const i = text.indexOf(f.text, cur);
    if (i < 0) { ok(false, `${label}: 找不到第${f.n}个数字「${f.text}」`); return null; }
    const gap = text.slice(cur, i).replace(/\[表格 行「[^」]*」\] /g, '');
    ok(!/\d/.test(gap), `${label}: 第${f.n}个数字「${f.text}」之前有未登记的数字：${gap.match(/.{0,10}\d.{0,10}/)}`);
    pos.push(i); cur = i + f.text.length;
  }
  const tail = text.slice(cur).replace(/\[表格 行「[^」]*」\] /g, '');
  ok(!/\d/.test(tail), `${label}: 末尾有未登记的数字`);
  return pos;
}

(async () => {
  const specs = fs.readdirSync(path.join(dir, 'spec')).filter(f => f.endsWith('.json')).sort();
  ok(specs.length === 12, 'spec 数量为 12');
  const bySpec = {}; let nFig = 0;
  for (const sf of specs) {
    const spec = JSON.parse(fs.readFileSync(path.join(dir, 'spec', sf), 'utf8'));
    const data = YAML.parse(fs.readFileSync(path.join(dir, spec.data), 'utf8'));
    ok(data.version === 2, `${sf}: version 2`);
    balance(spec.data, data);
    const text = await reportText(path.join(dir, spec.report));
    locate(text, spec.figures, spec.report);
    for (const f of spec.figures) {
      nFig++;
      if (f.skip) { ok(typeof f.skip === 'string' && f.skip.length > 1, `${sf} #${f.n}: skip 须写原因`); continue; }
      let good = false;
      try { good = agrees(f, f.text, data); } catch (e) { console.log(e.message); }
      ok(good, `${spec.report} #${f.n}「${f.text}」与数据（${f.source}）不符`);
    }
    bySpec[spec.report.replace(/^clean\//, '').replace(/\.\w+$/, '')] = { spec, data, text };
  }
  // ---------- 错稿 ----------
  const rows = fs.readFileSync(path.join(dir, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map(l => l.split('\t'));
  ok(rows[0].join(',') === 'file,line,old,new,dataField,kind,internal', 'ANSWERS 表头');
  const body = rows.slice(1);
  ok(body.length === 24, 'ANSWERS 24 行');
  ok(body.filter(r => r[6] === 'yes').length === 12 && body.filter(r => r[6] === 'no').length === 12, 'internal yes/no 各 12');
  const badFiles = fs.readdirSync(path.join(dir, 'bad')).filter(f => f !== 'ANSWERS.tsv');
  ok(badFiles.length === 24, 'bad 目录 24 个文件');
  for (const [file, line, oldT, newT, field, kind, internal] of body) {
    const m = /^(\d\d-[a-z]+)-([ab])\.(md|txt|docx)$/.exec(file);
    ok(!!m, `${file}: 文件名`); if (!m) continue;
    const u = bySpec[m[1]];
    const fig = u.spec.figures.find(f => f.bad === m[2]);
    ok(!!fig, `${file}: spec 中有对应数字`); if (!fig) continue;
    ok(fig.text === oldT && fig.source === field && fig.internal === internal, `${file}: ANSWERS 与 spec 一致`);
    ok(oldT !== newT, `${file}: 有改动`);
    let agreesNew = true; try { agreesNew = agrees(fig, newT, u.data); } catch (e) { }
    ok(!agreesNew, `${file}: 改后的「${newT}」仍与数据相符`);
    // 同一来源在报告中是否另有出现（或参与算式）
    const key = fig.source;
    const others = u.spec.figures.filter(f => f !== fig && !f.skip && (f.source === key || f.source.includes(key) || (!fig.formula && f.source.split(/[^\w@.\[\]]+/).includes(key))));
    if (internal === 'no') ok(others.length === 0 && !fig.relation, `${file}: internal=no 但该数字在报告中另有关系（${others.map(o => '#' + o.n).join(',')}）`);
    else ok(others.length > 0 || !!fig.relation, `${file}: internal=yes 但没有登记关系`);
    // 恰好一处改动
    const badPath = path.join(dir, 'bad', file);
    const pos = locate(u.text, u.spec.figures, 'clean ' + m[1]);
    if (!pos) continue;
    const i = pos[u.spec.figures.indexOf(fig)];
    const expected = u.text.slice(0, i) + newT + u.text.slice(i + oldT.length);
    if (m[3] === 'docx') {
      ok((await docxParas(badPath, true)).join('\n') === expected, `${file}: 与干净稿相比不止一处改动`);
      const paras = await docxParas(badPath);
      const cleanParas = await docxParas(path.join(dir, u.spec.report));
      const diff = paras.filter((p, k) => p !== cleanParas[k]);
      ok(diff.length === 1 && diff[0] === line, `${file}: line 列应为改动段落全文`);
    } else {
      const bad = fs.readFileSync(badPath, 'utf8');
      const norm = s => s.split('\n').map(l => l.replace(/ {2,}/g, '  ')).join('\n');
      ok(norm(bad) === norm(expected), `${file}: 与干净稿相比不止一处改动`);
      const ln = u.text.slice(0, i).split('\n').length;
      ok(String(ln) === line, `${file}: 行号 ${line} 应为 ${ln}`);
    }
  }
  console.log(`specs ${specs.length}, figures ${nFig}, bad ${body.length}, checks ${checks}, failures ${fails}`);
  if (fails) { console.log('CHECKS FAILED'); process.exit(1); }
  console.log('ALL CHECKS PASSED');
})().catch(e => { console.error(e); process.exit(1); });

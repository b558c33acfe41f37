'use strict';
// 独立核对：不引用 gen.cjs 和 lib/，只读 data/、clean/、bad/、spec/ 和 bad/ANSWERS.tsv。
// 用法：node check.cjs        最后一行为 ALL CHECKS PASSED（否则列出全部问题，退出码 1）
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const YAML = require('/work/main/node_modules/yaml');

const ROOT = __dirname;
const problems = [];
const fail = (where, msg) => problems.push(`${where}: ${msg}`);
let nChecks = 0;

// ---------------- 工具 ----------------
function numify(x) {
  if (Array.isArray(x)) return x.map(numify);
  if (x && typeof x === 'object') { const o = {}; for (const k of Object.keys(x)) o[k] = numify(x[k]); return o; }
  if (typeof x === 'string' && /^-?[0-9][0-9,]*(\.[0-9]+)?$/.test(x)) return Number(x.replace(/,/g, ''));
  return x;
}
function firstNum(s) {
  if (typeof s === 'number') return s;
  const m = String(s).replace(/,/g, '').match(/-?[0-9]+(\.[0-9]+)?/);
  return m ? Number(m[0]) : NaN;
}
function r2(v, d = 2) { const f = 10 ** d; const x = v * f; return Math.round(x + (x >= 0 ? 1e-7 : -1e-7)) / f; }
function fixedStr(v, d) { return r2(v, d).toFixed(d); }
const near = (a, b, eps = 0.0005) => Math.abs(a - b) < eps;
function val(x) { return x && typeof x === 'object' && 'value' in x ? x.value : x; }

function evalExpr(N, src) {
  const A = (id) => {
    const a = (N.achievements || []).find((x) => x.id === id);
    if (!a) throw new Error('没有成效 ' + id);
    return a;
  };
  const expr = src.replace(/achievements@([A-Za-z0-9_]+)/g, (m, id) => `__A(${JSON.stringify(id)})`);
  // eslint-disable-next-line no-new-func
  const f = new Function('__d', '__A', 'num', `with (__d) { return (${expr}); }`);
  const v = f(N, A, firstNum);
  if (v === undefined || v === null) throw new Error('取不到 ' + src);
  return v;
}
function pathsOf(src) {
  const out = new Set();
  const re = /achievements@[A-Za-z0-9_]+(?:\.[A-Za-z0-9_]+)?|[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?(?:\.[A-Za-z_][A-Za-z0-9_]*(?:\[\d+\])?)*/g;
  let m;
  while ((m = re.exec(src))) {
    if (['num', 'Math'].includes(m[0].split('.')[0])) continue;
    out.add(m[0]);
  }
  return out;
}

const FW = (s) => s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%').replace(/，/g, ',');
const CND = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CNU = { 十: 10, 百: 100, 千: 1000, 万: 10000 };
function parseChinese(s) {
  let total = 0; let cur = 0; let seen = false;
  for (const ch of s) {
    if (ch in CND) { cur = CND[ch]; seen = true; } else if (ch in CNU) {
      const u = CNU[ch];
      total += (cur || (seen ? 0 : 1) || 1) * u; cur = 0; seen = true;
    } else return NaN;
  }
  return total + cur;
}
function parseWritten(text) {
  // 返回 { value, decimals } ；支持全角、千分位、汉字数字、分数（三分之二）
  const t = FW(text);
  let m = t.match(/^([一二三四五六七八九十百两]+)分之([一二三四五六七八九十两]+)$/);
  if (m) return { value: parseChinese(m[2]) / parseChinese(m[1]) * 100, decimals: null, fraction: true };
  if (/^[零〇一二三四五六七八九十百千万两]+$/.test(t)) return { value: parseChinese(t), decimals: 0, chinese: true };
  m = t.match(/^-?[0-9][0-9,]*(\.[0-9]+)?$/);
  if (!m) return { value: NaN };
  if (/,/.test(t) && !/^-?[0-9]{1,3}(,[0-9]{3})*(\.[0-9]+)?$/.test(t)) return { value: NaN };
  return { value: Number(t.replace(/,/g, '')), decimals: m[1] ? m[1].length - 1 : 0 };
}

// 约数规则
const APPROX = {
  约: 'about', 左右: 'about', 上下: 'about', 大约: 'about', 约合: 'about', 成: 'about', 分之: 'about',
  近: 'near', 将近: 'near', 接近: 'near', 近乎: 'near',
  超: 'over', 超过: 'over', 逾: 'over', 余: 'over', 多: 'over', 以上: 'over', 突破: 'over',
};
function agrees(entry, text, N) {
  // 返回 [是否一致, 说明]
  let expected;
  try { expected = evalExpr(N, entry.source); } catch (e) { return [false, '来源取值失败：' + e.message]; }
  if (entry.literal) {
    if (typeof expected !== 'string') expected = String(expected);
    if (!/[0-9０-９]/.test(text)) return [FW(expected) === FW(text), `照录文字 ${expected}`];
    const w = parseWritten(text).value;
    const nums = (FW(expected).replace(/,/g, '').match(/[0-9]+(\.[0-9]+)?/g) || []).map(Number);
    return [nums.some((x) => x === w), `照录 ${expected}`];
  }
  if (typeof expected === 'string') expected = firstNum(expected);
  if (typeof expected !== 'number' || !isFinite(expected)) return [false, '来源不是数'];
  let pw;
  if (entry.unit === '成') {
    const c = parseChinese(FW(text)); pw = { value: c * 10, decimals: null };
  } else if (entry.unit === '番') {
    const c = parseChinese(FW(text)); pw = { value: 2 ** c, decimals: null };
  } else pw = parseWritten(text);
  if (!isFinite(pw.value)) return [false, '无法解析 ' + text];
  const w = pw.value;
  const mode = entry.approx ? APPROX[entry.approx] : (pw.decimals === null ? 'about' : 'exact');
  if (entry.approx && !mode) return [false, '未知约数词 ' + entry.approx];
  if (mode === 'exact') {
    const s = fixedStr(expected, pw.decimals);
    const wn = Number(w).toFixed(pw.decimals);
    // 舍入边界（恰好 .5）不允许
    const scaled = Math.abs(expected) * 10 ** pw.decimals;
    if (Math.abs(scaled - Math.floor(scaled) - 0.5) < 1e-6) return [false, `恰在舍入边界 ${expected}`];
    return [s === wn, `数据 ${expected} → ${s}`];
  }
  if (mode === 'about') {
    // “约”：按所写位数舍入后一致，或相差不超过 5%
    const dec = pw.decimals === null ? 0 : pw.decimals;
    if (pw.decimals !== null && fixedStr(expected, dec) === Number(w).toFixed(dec)) return [true, ''];
    return [Math.abs(expected - w) <= 0.05 * Math.abs(w), `数据 ${expected}，约 ${w}`];
  }
  if (mode === 'near') return [expected <= w + 1e-9 && w - expected <= 0.1 * w, `数据 ${expected}，近 ${w}`];
  if (mode === 'over') return [expected >= w - 1e-9 && expected <= 1.25 * w, `数据 ${expected}，超/余 ${w}`];
  return [false, '?'];
}

// ---------------- docx 读取（不依赖第三方包） ----------------
function unzip(buf) {
  const files = {};
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  const n = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10);
    const csize = buf.readUInt32LE(p + 20);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const local = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nameLen).toString('utf8');
    const lNameLen = buf.readUInt16LE(local + 26);
    const lExtraLen = buf.readUInt16LE(local + 28);
    const data = buf.slice(local + 30 + lNameLen + lExtraLen, local + 30 + lNameLen + lExtraLen + csize);
    files[name] = method === 0 ? data : zlib.inflateRawSync(data);
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function docxParagraphs(xml) {
  // 按文档顺序的段落（表格单元格中的段落也各为一段），附所在表格位置
  const out = [];
  const re = /<w:tbl>|<\/w:tbl>|<w:tr[ >]|<\/w:tr>|<w:tc>|<\/w:tc>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g;
  let m; let tbl = -1; let inTbl = 0; let row = -1; let col = -1; const rows = [];
  let curRow = null;
  while ((m = re.exec(xml))) {
    const tag = m[0];
    if (tag === '<w:tbl>') { tbl++; inTbl++; row = -1; } else if (tag === '</w:tbl>') inTbl--;
    else if (tag.startsWith('<w:tr')) { row++; col = -1; curRow = []; rows.push(curRow); } else if (tag === '</w:tr>') curRow = null;
    else if (tag === '<w:tc>') { col++; } else if (tag === '</w:tc>') { /* */ } else {
      const text = (tag.match(/<w:t(?: [^>]*)?>[^<]*<\/w:t>/g) || []).map((t) => unesc(t.replace(/<[^>]+>/g, ''))).join('');
      const o = { text };
      if (inTbl) { o.table = tbl; o.row = row; o.col = col; o.rowCells = curRow; curRow.push(text); }
      out.push(o);
    }
  }
  return out;
}
function readReport(file) {
  if (file.endsWith('.docx')) {
    const z = unzip(fs.readFileSync(file));
    const xml = z['word/document.xml'].toString('utf8');
    const paras = docxParagraphs(xml);
    return { kind: 'docx', zip: z, xml, paras, text: paras.map((p) => p.text).join('\n') };
  }
  const text = fs.readFileSync(file, 'utf8');
  return { kind: 'plain', text, lines: text.split('\n') };
}

// ---------------- 1. 数据自身 ----------------
function gradeOf(t) { return t >= 90 ? '优' : t >= 80 ? '良' : t >= 60 ? '中' : '差'; }
function parseTarget(s) {
  const t = String(s);
  let cmp = '=';
  if (/^(≥|>=|不低于|大于等于)/.test(t) || /以上$/.test(t.replace(/[%％]$/, ''))) cmp = '≥';
  if (/^(≤|<=|不高于|不超过|小于等于)/.test(t) || /以下|以内$/.test(t)) cmp = '≤';
  if (/^>/.test(t)) cmp = '>'; if (/^</.test(t)) cmp = '<';
  if (/左右$/.test(t)) cmp = '左右';
  return { cmp, v: firstNum(t) };
}
function checkData(id, D, N) {
  const where = id;
  const eq = (a, b, msg) => { nChecks++; if (!near(a, b)) fail(where, `${msg}：${a} ≠ ${b}`); };
  const sum = (arr) => arr.reduce((s, x) => s + (x || 0), 0);
  const b = N.budget || {};
  if (b.initial !== undefined && b.total !== undefined) {
    const adj = sum((b.adjustments || []).map((a) => (a.type === '压减' ? -a.amount : a.amount)));
    eq(b.initial + adj, b.total, '年初 ± 调整 = 全年预算');
  }
  if (b.total !== undefined && b.actual !== undefined && b.carryover !== undefined) eq(b.total - b.actual, b.carryover, '全年预算 − 执行 = 结余结转');
  if (b.rate !== undefined) eq(val(b.rate), r2(b.actual / b.total * 100), '预算执行率');
  if (b.sources) {
    for (const k of ['initial', 'total', 'actual']) {
      const parts = Object.values(b.sources).map((s) => s[k]).filter((x) => x !== undefined);
      if (parts.length && b[k] !== undefined) eq(sum(parts), b[k], `资金来源 ${k} 合计`);
    }
  }
  if (b.byNature) {
    const bn = b.byNature;
    if (bn.basic !== undefined && bn.project !== undefined) eq(bn.basic + bn.project, b.total, '按支出性质：基本 + 项目 = 全年预算');
    const g = ['general', 'fund', 'nonTax', 'other'].map((k) => bn[k]).filter((x) => x !== undefined);
    if (g.length) eq(sum(g), b.total, '按收入性质合计 = 全年预算');
  }
  const be = N.basicExpense;
  if (be) {
    if (be.personnel !== undefined) eq(be.personnel + be.publicUse, be.total, '基本支出 = 人员 + 公用');
    if (be.byClass) eq(sum(be.byClass.map((x) => x.amount)), be.total, '基本支出分类合计');
    if (be.changeRate !== undefined) eq(val(be.changeRate), r2((be.total - be.prior) / be.prior * 100), '基本支出变动率');
  }
  const pe = N.projectExpense;
  if (pe) {
    if (pe.changeRate !== undefined) eq(val(pe.changeRate), r2((pe.total - pe.prior) / pe.prior * 100), '项目支出变动率');
    if (be) eq(be.total + pe.total, b.actual, '基本 + 项目 = 全年支出');
    if (N.projects) eq(sum(N.projects.map((p) => p.actual)), pe.total, '各项目实际数合计 = 项目支出');
    if (pe.budget !== undefined && N.projects && N.projects.every((p) => p.total !== undefined)) eq(sum(N.projects.map((p) => p.total)), pe.budget, '各项目全年预算合计 = 项目支出预算');
    if (be && be.budget !== undefined && pe.budget !== undefined) eq(be.budget + pe.budget, b.total, '基本 + 项目预算 = 全年预算');
  }
  if (D.kind === 'project' && N.projects && N.projects.every((p) => p.actual !== undefined)) {
    eq(sum(N.projects.map((p) => p.actual)), b.actual, '子项目实际数合计 = 执行数');
    if (N.projects.every((p) => p.total !== undefined)) eq(sum(N.projects.map((p) => p.total)), b.total, '子项目预算合计 = 全年预算');
  }
  (N.projects || []).forEach((p, i) => {
    if (p.initial !== undefined && p.total !== undefined) eq(p.initial + (p.adjustment || 0) + (p.carriedIn || 0), p.total, `projects[${i}] 年初 + 调整 + 结转 = 全年预算`);
    if (p.total !== undefined && p.actual !== undefined && p.carryover !== undefined) eq(p.total - p.actual, p.carryover, `projects[${i}] 结余`);
    if (p.items) eq(sum(p.items.map((x) => x.amount)), p.actual, `projects[${i}] 明细合计 = 实际数`);
  });
  (N.projectGroups || []).forEach((g, i) => {
    const ps = (N.projects || []).filter((p) => p.group === g.name);
    if (ps.length) {
      eq(sum(ps.map((p) => p.actual)), g.actual, `projectGroups[${i}] 实际数 = 其项目合计`);
      if (ps.every((p) => p.total !== undefined)) eq(sum(ps.map((p) => p.total)), g.budget, `projectGroups[${i}] 预算 = 其项目合计`);
    }
    if (g.rate !== undefined) eq(val(g.rate), r2(g.actual / g.budget * 100), `projectGroups[${i}] 使用率`);
  });
  const st = N.staffing;
  if (st && st.controlRate !== undefined) eq(val(st.controlRate), r2((st.actual + (st.otherEmployees || 0)) / st.authorized * 100), '人员控制率');
  const tp = N.threePublic;
  if (tp) {
    // 公务用车：有 vehicle 时以它为准，并核对 购置 + 运行维护 = vehicle
    const keys = (tp.vehicle ? ['vehicle', 'overseas', 'reception'] : ['vehiclePurchase', 'vehicleOperation', 'overseas', 'reception']).filter((k) => tp[k]);
    if (tp.vehicle && (tp.vehiclePurchase || tp.vehicleOperation)) {
      for (const col of ['prior', 'budget', 'actual']) {
        const parts = ['vehiclePurchase', 'vehicleOperation'].map((k) => tp[k] && tp[k][col]).filter((x) => x !== undefined);
        if (parts.length && tp.vehicle[col] !== undefined) eq(sum(parts), tp.vehicle[col], `公务用车 ${col} = 购置 + 运行维护`);
      }
    }
    for (const k of ['vehiclePurchase', 'vehicleOperation']) {
      const x = tp[k];
      if (x && x.changeRate !== undefined) eq(val(x.changeRate), r2((x.actual - x.prior) / x.prior * 100), `三公 ${k} 变动率`);
    }
    for (const col of ['prior', 'budget', 'actual', 'priorBudget']) {
      const parts = keys.map((k) => tp[k][col]).filter((x) => x !== undefined);
      if (parts.length && tp.total && tp.total[col] !== undefined) eq(sum(parts), tp.total[col], `三公经费 ${col} 合计`);
    }
    for (const k of [...keys, 'total']) {
      const x = tp[k];
      if (x && x.changeRate !== undefined) eq(val(x.changeRate), r2((x.actual - x.prior) / x.prior * 100), `三公 ${k} 变动率`);
    }
  }
  const pr = N.procurement;
  if (pr) {
    for (const col of ['budget', 'actual']) {
      const parts = ['goods', 'works', 'services'].map((k) => pr[k] && pr[k][col]).filter((x) => x !== undefined);
      if (parts.length && pr[col] !== undefined) eq(sum(parts), pr[col], `政府采购 ${col} 合计`);
    }
  }
  const as = N.assets;
  if (as && as.lines && typeof as.total === 'number') eq(sum(as.lines.map((x) => x.amount)), as.total, '资产分项合计');
  (N.achievements || []).forEach((a) => {
    if (a.changeRate !== undefined && a.prior !== undefined && typeof a.prior === 'number') eq(val(a.changeRate), r2((a.value - a.prior) / a.prior * 100), `成效 ${a.id} 变动率`);
  });
  // 评分
  if (N.indicators) {
    const br = N.budgetRate || {};
    let wsum = br.weight || 0; let ssum = br.score || 0;
    if (br.weight !== undefined) {
      const rate = b.actual / b.total * 100;
      eq(br.score, r2(Math.min(rate, 100) * br.weight / 100), '预算执行率得分');
      if (b.rate !== undefined) eq(br.score, r2(Math.min(val(b.rate), 100) * br.weight / 100), '预算执行率得分（按所列执行率）');
    }
    N.indicators.forEach((ind, i) => {
      wsum += ind.weight; ssum += ind.score;
      const tg = parseTarget(ind.target);
      const act = firstNum(ind.actual);
      let expect;
      if (ind.band) {
        expect = ind.band === '达成' ? ind.weight : null;
      } else if (!isFinite(tg.v) || !isFinite(act)) {
        expect = null; fail(where, `indicators[${i}] 无法解析目标/实际`);
      } else {
        const neg = ind.direction === 'negative' || tg.cmp === '≤' || tg.cmp === '<';
        const met = neg ? act <= tg.v : act >= tg.v;
        expect = met ? ind.weight : r2(neg ? tg.v / act * ind.weight : act / tg.v * ind.weight);
      }
      if (expect !== null) eq(ind.score, expect, `indicators[${i}] 得分（${ind.name}）`);
    });
    eq(wsum, 100, '分值合计');
    if (N.scoreSummary) {
      if (N.scoreSummary.scoreTotal !== undefined) eq(N.scoreSummary.scoreTotal, r2(ssum), '总分 = Σ得分');
      if (N.scoreSummary.weightTotal !== undefined) eq(N.scoreSummary.weightTotal, 100, '分值合计 100');
      if (N.scoreSummary.grade !== undefined) { nChecks++; if (N.scoreSummary.grade !== gradeOf(N.scoreSummary.scoreTotal)) fail(where, `等级 ${N.scoreSummary.grade} 与总分 ${N.scoreSummary.scoreTotal} 不符`); }
    }
  }
}

// ---------------- 2–3. spec 与报告 ----------------
function locateAll(specFile, rep, figures) {
  // 依次找到每个数字；返回每个数字的位置
  const text = rep.text;
  const pos = [];
  let cur = 0;
  const isDigit = (c) => /[0-9０-９]/.test(c || '');
  figures.forEach((f, i) => {
    let at = -1; let from = cur;
    while (true) {
      at = text.indexOf(f.text, from);
      if (at < 0) break;
      const before = text[at - 1]; const after = text[at + f.text.length];
      const numeric = /[0-9０-９]/.test(f.text[0]);
      if (numeric && (isDigit(before) || /[.．,]/.test(before) && isDigit(text[at - 2]))) { from = at + 1; continue; }
      if (numeric && isDigit(f.text[f.text.length - 1]) && (isDigit(after) || (/[.．,]/.test(after) && isDigit(text[at + f.text.length + 1])))) { from = at + 1; continue; }
      break;
    }
    if (at < 0) { fail(specFile, `第 ${i} 个数字“${f.text}”在报告中找不到（自位置 ${cur} 起）`); pos.push(-1); return; }
    const between = text.slice(cur, at);
    if (/[0-9０-９]/.test(between)) fail(specFile, `第 ${i} 个数字“${f.text}”之前有未登记的数字：…${between.slice(-40)}`);
    pos.push(at);
    cur = at + f.text.length;
    nChecks++;
  });
  const tail = text.slice(cur);
  if (/[0-9０-９]/.test(tail)) fail(specFile, `最后一个登记数字之后还有未登记的数字：${tail.match(/.{0,20}[0-9０-９].{0,20}/)[0]}`);
  return pos;
}

// ---------------- 主流程 ----------------
const specFiles = fs.readdirSync(path.join(ROOT, 'spec')).filter((f) => f.endsWith('.json')).sort();
const answers = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').replace(/\n$/, '').split('\n');
const header = answers.shift().split('\t');
const expHeader = ['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal'];
if (header.join('\t') !== expHeader.join('\t')) fail('ANSWERS.tsv', '表头应为 ' + expHeader.join(' '));
const rows = answers.map((l) => { const c = l.split('\t'); const o = {}; header.forEach((h, i) => { o[h] = c[i]; }); return o; });
const seenBad = new Set();
let nFig = 0; let nSkip = 0; let nYes = 0; let nNo = 0;
const kinds = { project: 0, department: 0 }; const formats = { md: 0, txt: 0, docx: 0 };

for (const sf of specFiles) {
  const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', sf), 'utf8'));
  const dataText = fs.readFileSync(path.join(ROOT, spec.data), 'utf8');
  const D = YAML.parse(dataText);
  const N = numify(D);
  kinds[D.kind]++; formats[spec.format]++;
  if (D.version !== 2) fail(spec.data, '不是第 2 版数据');
  checkData(spec.data, D, N);
  const clean = readReport(path.join(ROOT, spec.clean));
  const figs = spec.figures;
  const pos = locateAll(`spec/${sf}`, clean, figs);
  // 值
  figs.forEach((f, i) => {
    if (f.skip) { nSkip++; if (!f.skip.trim()) fail(`spec/${sf}`, `第 ${i} 个 skip 没有原因`); return; }
    nFig++;
    const [ok, why] = agrees(f, f.text, N);
    nChecks++;
    if (!ok) fail(`spec/${sf}`, `第 ${i} 个数字“${f.text}${f.unit || ''}”（${f.source}）与数据不符：${why}`);
    if (f.unit && pos[i] >= 0 && !['成', '番'].includes(f.unit) && f.unitAfter !== false) {
      const after = clean.text.slice(pos[i] + f.text.length, pos[i] + f.text.length + f.unit.length);
      if (after !== f.unit) fail(`spec/${sf}`, `第 ${i} 个数字“${f.text}”后面不是单位“${f.unit}”而是“${after}”`);
    }
  });
  // 错稿
  for (const tag of ['a', 'b']) {
    const idx = figs.findIndex((f) => f.bad && f.bad[tag]);
    const badName = spec.bad[tag];
    const where = badName;
    if (idx < 0) { fail(where, 'spec 中没有标记改动的数字'); continue; }
    if (figs.filter((f) => f.bad && f.bad[tag]).length !== 1) fail(where, 'spec 中标记了多个改动');
    const f = figs[idx]; const info = f.bad[tag];
    const row = rows.find((r) => r.file === badName);
    if (!row) { fail(where, 'ANSWERS.tsv 中没有这一行'); continue; }
    seenBad.add(badName);
    const bad = readReport(path.join(ROOT, badName));
    const p = pos[idx];
    const oldFull = info.newUnit ? f.text + f.unit : f.text;
    const newFull = info.newUnit ? info.new + info.newUnit : info.new;
    const expectText = clean.text.slice(0, p) + newFull + clean.text.slice(p + oldFull.length);
    nChecks++;
    if (bad.text !== expectText) fail(where, `错稿不等于干净稿把第 ${idx} 个数字“${f.text}”换成“${info.new}”`);
    if (clean.kind === 'docx') {
      // 除 document.xml 中这一处外，zip 内其余文件逐字节相同
      for (const n of Object.keys(clean.zip)) {
        if (n === 'word/document.xml') continue;
        if (!bad.zip[n] || !bad.zip[n].equals(clean.zip[n])) fail(where, `zip 内 ${n} 与干净稿不同`);
      }
      const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
      const parts = clean.xml.split(esc(f.text));
      // xml 中恰好一处不同
      let diffs = 0;
      const a = clean.xml; const bx = bad.xml;
      let i0 = 0; while (i0 < a.length && a[i0] === bx[i0]) i0++;
      let j0 = 0; while (j0 < a.length - i0 && a[a.length - 1 - j0] === bx[bx.length - 1 - j0]) j0++;
      const oldSeg = a.slice(i0, a.length - j0); const newSeg = bx.slice(i0, bx.length - j0);
      if (/[<>]/.test(oldSeg + newSeg)) fail(where, `document.xml 的改动跨越了标记：${oldSeg} → ${newSeg}`);
      diffs = parts.length;
    } else {
      const cl = clean.text.split('\n'); const bl = bad.text.split('\n');
      const changed = cl.map((l, k) => (l !== bl[k] ? k + 1 : 0)).filter(Boolean);
      if (changed.length !== 1 || cl.length !== bl.length) fail(where, `应只有一行不同，实际 ${changed.join(',')}`);
      if (String(changed[0]) !== row.line) fail(where, `ANSWERS 行号 ${row.line}，实际 ${changed[0]}`);
    }
    if (clean.kind === 'docx') {
      const bp = bad.paras.find((q, k) => q.text !== clean.paras[k].text);
      const k = bad.paras.indexOf(bp);
      const exp = bp && bp.table !== undefined ? `[表格 行「${bp.rowCells.slice(0, 2).join('｜')}」] ${bp.text}` : bp && bp.text;
      if (bad.paras.filter((q, kk) => q.text !== clean.paras[kk].text).length !== 1) fail(where, '应只有一个段落不同');
      if (row.line !== exp) fail(where, `ANSWERS 段落文字不符：${row.line} ≠ ${exp}`);
      void k;
    }
    if (row.old !== oldFull || row.new !== newFull) fail(where, `ANSWERS old/new 不符：${row.old}/${row.new}`);
    if (row.dataField !== f.source) fail(where, `ANSWERS dataField ${row.dataField} ≠ spec ${f.source}`);
    if (row.internal !== info.internal) fail(where, 'ANSWERS internal 与 spec 不符');
    if (row.kind !== info.kind) fail(where, 'ANSWERS kind 与 spec 不符');
    let okNew;
    if (info.newUnit) {
      // 改单位：把数据换算到新单位后比较
      const MONEY = { 元: 1, 万元: 1e4, 亿元: 1e8 };
      if (!(f.unit in MONEY) || !(info.newUnit in MONEY)) fail(where, '只支持金额单位之间的改动');
      const factor = MONEY[f.unit] / MONEY[info.newUnit];
      const scaled = { ...f, source: `(${f.source})*${factor}`, unit: info.newUnit };
      [okNew] = agrees(scaled, info.new, N);
    } else [okNew] = agrees(f, info.new, N);
    nChecks++;
    if (okNew) fail(where, `改后的“${info.new}”仍与数据一致`);
    // internal
    const mine = new Set([...pathsOf(f.source), ...(f.refs || [])]);
    const others = figs.filter((g, k) => k !== idx && !g.skip);
    const shares = others.filter((g) => [...pathsOf(g.source), ...(g.refs || [])].some((q) => mine.has(q)) || [...pathsOf(f.source)].some((q) => (g.refs || []).includes(q)));
    if (info.internal === 'yes') {
      nYes++;
      if (!shares.length) fail(where, 'internal=yes，但报告中没有与之相关的其他数字');
      if (!info.relation) fail(where, 'internal=yes 应写明 relation');
    } else if (info.internal === 'no') {
      nNo++;
      if (shares.length) fail(where, `internal=no，但报告中另有数字引用同一来源：${shares.map((g) => g.text).join('、')}`);
      const w = parseWritten(f.text).value;
      const same = others.filter((g) => g.unit === f.unit && parseWritten(g.text).value === w);
      if (same.length) fail(where, `internal=no，但同一数字另有 ${same.length} 处`);
    } else fail(where, 'internal 应为 yes 或 no');
  }
}
for (const r of rows) if (!seenBad.has(r.file)) fail('ANSWERS.tsv', `多出的行 ${r.file}`);
if (rows.length !== 24) fail('ANSWERS.tsv', `应有 24 行，实际 ${rows.length}`);
if (nYes !== 12 || nNo !== 12) fail('ANSWERS.tsv', `internal yes/no 应各 12，实际 ${nYes}/${nNo}`);
if (kinds.project !== 6 || kinds.department !== 6) fail('spec', `项目/部门应各 6 份：${JSON.stringify(kinds)}`);
if (formats.md !== 4 || formats.txt !== 4 || formats.docx !== 4) fail('spec', `md/txt/docx 应各 4 份：${JSON.stringify(formats)}`);

console.log(`单位 ${specFiles.length}，登记数字 ${nFig + nSkip}（核对 ${nFig}，skip ${nSkip}），错稿 ${seenBad.size}（internal yes ${nYes} / no ${nNo}），检查 ${nChecks} 项`);
if (problems.length) {
  for (const p of problems) console.log('✗ ' + p);
  console.log(`${problems.length} PROBLEM(S)`);
  process.exit(1);
}
console.log('ALL CHECKS PASSED');

'use strict';
// bulk-z 独立校验器：不读取 gen.cjs 的任何数据，只从 clean/、bad/ 文件中重新取数、重新计算。
// 用法：node check.cjs            校验全部
//       node check.cjs --dump 文件  打印某文件的行/段落（调试用）
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const DIR = __dirname;

// ---------- 有理数：[分子, 分母]（BigInt，分母>0，已约分） ----------
function norm([n, d]) {
  if (d === 0n) throw new Error('除数为零');
  if (d < 0n) { n = -n; d = -d; }
  let a = n < 0n ? -n : n, b = d;
  while (b) { const t = a % b; a = b; b = t; }
  a = a || 1n;
  return [n / a, d / a];
}
const R = {
  int: (x) => [BigInt(x), 1n],
  dec(str) { // "1,234.56" / "-3.5"
    const s = str.replace(/,/g, ''); const neg = s.startsWith('-'); const t = s.replace(/^[-+]/, '');
    const [i, f = ''] = t.split('.');
    return norm([BigInt((neg ? '-' : '') + i + f), 10n ** BigInt(f.length)]);
  },
  add: (a, b) => norm([a[0] * b[1] + b[0] * a[1], a[1] * b[1]]),
  sub: (a, b) => norm([a[0] * b[1] - b[0] * a[1], a[1] * b[1]]),
  mul: (a, b) => norm([a[0] * b[0], a[1] * b[1]]),
  div: (a, b) => norm([a[0] * b[1], a[1] * b[0]]),
  cmp: (a, b) => { const x = a[0] * b[1] - b[0] * a[1]; return x === 0n ? 0 : x < 0n ? -1 : 1; },
  pow10: (k) => (k >= 0 ? [10n ** BigInt(k), 1n] : [1n, 10n ** BigInt(-k)]),
  // 按 k 位小数四舍五入（远离零）；k 可为负
  round(a, k) {
    const s = R.mul(a, R.pow10(k)); const neg = s[0] < 0n; const n = neg ? -s[0] : s[0];
    let qv = n / s[1]; const rem = n - qv * s[1];
    if (2n * rem >= s[1]) qv += 1n;
    return R.mul([neg ? -qv : qv, 1n], R.pow10(-k));
  },
};

// ---------- 读取文件为“单元”（行或段落） ----------
function unescapeXml(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
async function loadUnits(file) {
  const buf = fs.readFileSync(file);
  if (file.endsWith('.docx')) {
    const zip = await JSZip.loadAsync(buf);
    const xml = await zip.file('word/document.xml').async('string');
    const paras = [];
    const re = /<w:p(?=[\s>\/])[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g; let m;
    while ((m = re.exec(xml))) {
      const inner = m[1] || ''; let t = ''; let k;
      const tr = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g;
      while ((k = tr.exec(inner))) t += k[1] !== undefined ? unescapeXml(k[1]) : '\t';
      paras.push(t);
    }
    const entries = {};
    for (const name of Object.keys(zip.files).sort()) entries[name] = await zip.file(name).async('nodebuffer');
    return { units: paras, entries };
  }
  const text = buf.toString('utf8');
  const lines = text.split('\n'); if (lines[lines.length - 1] === '') lines.pop();
  return { units: lines, entries: null };
}

// ---------- 取数 ----------
function toHalf(s) {
  let o = '';
  for (const ch of s) {
    const c = ch.charCodeAt(0);
    if (c >= 0xFF10 && c <= 0xFF19) o += String.fromCharCode(c - 0xFF10 + 48);
    else if (ch === '．') o += '.'; else if (ch === '％') o += '%'; else if (ch === '－' || ch === '−') o += '-'; else if (ch === '＋') o += '+';
    else o += ch;
  }
  return o;
}
function numbersIn(line) {
  const s = toHalf(line); const out = [];
  const re = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/g; let m;
  while ((m = re.exec(s))) {
    let txt = m[0]; const prev = s[m.index - 1]; const prev2 = s[m.index - 2];
    if ((prev === '-' || prev === '+') && !(prev2 && /[0-9A-Za-z]/.test(prev2))) txt = prev + txt;
    const dot = txt.indexOf('.');
    out.push({ val: R.dec(txt), dp: dot < 0 ? 0 : txt.length - dot - 1, end: m.index + m[0].length });
  }
  return out;
}
const GR = [['优秀', '优'], ['良好', '良'], ['中等', '中'], ['较差', '差'], ['优', '优'], ['良', '良'], ['中', '中'], ['差', '差']];
function gradesIn(line) {
  const out = [];
  for (let i = 0; i < line.length;) {
    const hit = GR.find(([w]) => line.startsWith(w, i));
    if (hit) { out.push(hit[1]); i += hit[0].length; } else i++;
  }
  return out;
}
function unitExp(line, pos) {
  let i = pos; if (line[i] === '%' || line[i] === '％') i++;
  while (line[i] === ' ' || line[i] === '\t') i++;
  const rest = line.slice(i);
  if (rest.startsWith('亿元')) return 8; if (rest.startsWith('万元')) return 4; if (rest.startsWith('元')) return 0;
  return null;
}
function ref(units, tok) {
  const m = /^([LP])(\d+)([#$])(\d+)(y?)$/.exec(tok);
  const line = units[Number(m[2]) - 1];
  if (line === undefined) throw new Error(`引用越界 ${tok}`);
  if (m[3] === '$') { const g = gradesIn(line)[Number(m[4]) - 1]; if (!g) throw new Error(`无等级 ${tok}`); return { g }; }
  const t = numbersIn(line)[Number(m[4]) - 1]; if (!t) throw new Error(`无第${m[4]}个数 ${tok}`);
  if (!m[5]) return { v: t.val, dp: t.dp };
  const e = unitExp(line, t.end); if (e === null) throw new Error(`数字后无金额单位 ${tok}`);
  return { v: R.mul(t.val, R.pow10(e)), dp: t.dp - e };
}

// ---------- 关系式 ----------
function lex(f) { return f.match(/[LP]\d+[#$]\d+y?|\d+(?:\.\d+)?|==|<=|>=|[a-z]+|[-+*/(),=<>]/g); }
function evaluate(formula, units) {
  const tk = lex(formula); let p = 0;
  const need = (x) => { if (tk[p++] !== x) throw new Error(`缺少 ${x}：${formula}`); };
  function atom() {
    const t = tk[p++];
    if (t === '(') { const v = sumExpr(); need(')'); return v; }
    if (t === '-') { const v = atom(); return R.sub(R.int(0), v); }
    if (/^[LP]/.test(t)) { const r = ref(units, t); return r.g !== undefined ? r.g : r.v; }
    if (/^\d/.test(t)) return R.dec(t);
    need('(');
    if (t === 'ifle') {
      const a = sumExpr(); need(','); const b = sumExpr(); need(',');
      // 两个分支都解析，只计算被选中的一支
      const start = p; const yes = R.cmp(a, b) <= 0;
      let x = null, y = null;
      if (yes) { x = sumExpr(); need(','); skip(); need(')'); return x; }
      skip(); need(','); y = sumExpr(); need(')'); return y;
    }
    const args = [sumExpr()]; while (tk[p] === ',') { p++; args.push(sumExpr()); } need(')');
    if (t === 'min') return R.cmp(args[0], args[1]) <= 0 ? args[0] : args[1];
    if (t === 'round') return R.round(args[0], Number(args[1][0] / args[1][1]));
    if (t === 'max') return R.cmp(args[0], args[1]) >= 0 ? args[0] : args[1];
    if (t === 'grade') { const x = args[0]; return R.cmp(x, R.int(90)) >= 0 ? '优' : R.cmp(x, R.int(80)) >= 0 ? '良' : R.cmp(x, R.int(60)) >= 0 ? '中' : '差'; }
    throw new Error('未知函数 ' + t);
  }
  function skip() { let depth = 0; while (p < tk.length) { const t = tk[p]; if (depth === 0 && (t === ',' || t === ')')) return; if (t === '(') depth++; else if (t === ')') depth--; p++; } }
  function prod() { let v = atom(); while (tk[p] === '*' || tk[p] === '/') { const o = tk[p++]; const w = atom(); v = o === '*' ? R.mul(v, w) : R.div(v, w); } return v; }
  function sumExpr() { let v = prod(); while (tk[p] === '+' || tk[p] === '-') { const o = tk[p++]; const w = prod(); v = o === '+' ? R.add(v, w) : R.sub(v, w); } return v; }
  const L = sumExpr(); const op = tk[p++]; const Rt = sumExpr();
  if (p !== tk.length) throw new Error('多余内容：' + formula);
  if (typeof L === 'string' || typeof Rt === 'string') return L === Rt;
  if (op === '==') return R.cmp(L, Rt) === 0;
  if (op === '=') { // 左边为单个引用：右边按左边显示精度四舍五入后相等
    if (!/^[LP]/.test(tk[0]) || tk[1] !== '=') throw new Error('“=”左边须为单个引用：' + formula);
    const r = ref(units, tk[0]); return R.cmp(R.round(Rt, r.dp), r.v) === 0;
  }
  const c = R.cmp(L, Rt);
  return { '<': c < 0, '<=': c <= 0, '>': c > 0, '>=': c >= 0 }[op];
}
function safeEval(f, units) { try { return evaluate(f, units); } catch (e) { return 'ERR ' + e.message; } }
function refsIn(f) { return (f.match(/[LP]\d+[#$]\d+y?/g) || []).map((t) => Number(/\d+/.exec(t)[0])); }

function readTsv(file) {
  const rows = fs.readFileSync(file, 'utf8').split('\n').filter((l) => l.length).map((l) => l.split('\t'));
  const head = rows.shift(); return rows.map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

async function main() {
  const args = process.argv.slice(2);
  if (args[0] === '--dump') { const { units } = await loadUnits(path.resolve(args[1])); units.forEach((u, i) => console.log(`${i + 1}\t${u}`)); return; }
  const errs = []; const E = (m) => errs.push(m);
  const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).sort();
  const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((f) => f !== 'ANSWERS.tsv').sort();
  if (JSON.stringify(cleanFiles) !== JSON.stringify(badFiles)) E('clean/ 与 bad/ 文件名不一致');
  const answers = readTsv(path.join(DIR, 'bad', 'ANSWERS.tsv'));
  const relPath = path.join(DIR, 'relations.tsv');
  const allRels = fs.existsSync(relPath) ? readTsv(relPath) : [];
  let nRel = 0;
  for (const f of cleanFiles) {
    const rows = answers.filter((a) => a.file === f);
    if (rows.length !== 1) { E(`${f}: ANSWERS 中应恰有 1 行，实有 ${rows.length}`); continue; }
    const a = rows[0]; const line = Number(a.line);
    const C = await loadUnits(path.join(DIR, 'clean', f)); const Bd = await loadUnits(path.join(DIR, 'bad', f));
    if (C.units.length !== Bd.units.length) { E(`${f}: 行/段落数不同`); continue; }
    const diff = C.units.map((u, i) => (u !== Bd.units[i] ? i + 1 : 0)).filter(Boolean);
    if (diff.length !== 1) E(`${f}: 应恰有一处行/段落不同，实有 ${diff.length}（${diff.join(',')}）`);
    if (diff[0] !== line) E(`${f}: 不同之处在 ${diff[0]}，ANSWERS 写 ${line}`);
    const cu = C.units[line - 1]; const bu = Bd.units[line - 1];
    if (cu.split(a.old).length !== 2) E(`${f}: old「${a.old}」在 clean 第 ${line} 处出现次数不为 1`);
    else if (cu.replace(a.old, () => a.new) !== bu) E(`${f}: clean 第 ${line} 处把 old 换成 new 后不等于 bad`);
    if (C.entries) {
      for (const k of Object.keys(C.entries)) if (k !== 'word/document.xml' && !C.entries[k].equals(Bd.entries[k] || Buffer.alloc(0))) E(`${f}: 压缩包条目 ${k} 不同`);
      if (Object.keys(C.entries).join() !== Object.keys(Bd.entries).join()) E(`${f}: 压缩包条目列表不同`);
    }
    const formula = a.relation.split(' :: ').pop();
    if (!refsIn(formula).includes(line)) E(`${f}: 关系式未引用被改动的第 ${line} 处`);
    const vc = safeEval(formula, C.units); const vb = safeEval(formula, Bd.units);
    if (vc !== true) E(`${f}: 关系在 clean 中不成立（${vc}）：${formula}`);
    if (vb !== false) E(`${f}: 关系在 bad 中未被打破（${vb}）：${formula}`);
    // 全部登记关系：clean 全成立；bad 恰有一条（即答案那条）不成立
    const rels = allRels.filter((r) => r.file === f);
    const failC = rels.filter((r) => safeEval(r.formula, C.units) !== true);
    failC.forEach((r) => E(`${f}: clean 中登记关系不成立：${r.desc} :: ${r.formula} -> ${safeEval(r.formula, C.units)}`));
    const failB = rels.filter((r) => safeEval(r.formula, Bd.units) !== true);
    if (rels.length && (failB.length !== 1 || failB[0].formula !== formula)) E(`${f}: bad 中不成立的登记关系应恰为答案那一条，实为 ${failB.length} 条：${failB.map((r) => r.formula).join(' | ')}`);
    nRel += rels.length;
  }
  for (const a of answers) if (!cleanFiles.includes(a.file)) E(`ANSWERS 多出文件 ${a.file}`);
  if (errs.length) { errs.forEach((e) => console.error('✗ ' + e)); console.error(`失败：${errs.length} 处`); process.exit(1); }
  console.log(`通过：${cleanFiles.length} 对文件，${answers.length} 条答案，${nRel} 条登记关系（clean 全成立，bad 各恰破一条）`);
}
main().catch((e) => { console.error(e.stack || String(e)); process.exit(1); });

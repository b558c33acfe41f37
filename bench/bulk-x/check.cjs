'use strict';
// 独立校验器：重新读取 clean/ 与 bad/（.docx 自行解压），按 relations.json 验证每个数字的位置和每条关系。
// 不依赖 gen.cjs，也不依赖 jszip/docx。
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const ROOT = __dirname;
let fails = 0;
const fail = (m) => { fails++; console.log('FAIL ' + m); };

// ---------- 解压 docx ----------
function unzipEntry(buf, want) {
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) throw new Error('not a zip');
  const n = buf.readUInt16LE(e + 10); let off = buf.readUInt32LE(e + 16);
  for (let i = 0; i < n; i++) {
    if (buf.readUInt32LE(off) !== 0x02014b50) throw new Error('bad central dir');
    const method = buf.readUInt16LE(off + 10), csize = buf.readUInt32LE(off + 20);
    const nl = buf.readUInt16LE(off + 28), xl = buf.readUInt16LE(off + 30), cl = buf.readUInt16LE(off + 32);
    const lho = buf.readUInt32LE(off + 42);
    const name = buf.slice(off + 46, off + 46 + nl).toString('utf8');
    if (name === want) {
      const lnl = buf.readUInt16LE(lho + 26), lxl = buf.readUInt16LE(lho + 28);
      const data = buf.slice(lho + 30 + lnl + lxl, lho + 30 + lnl + lxl + csize);
      return (method === 8 ? zlib.inflateRawSync(data) : data).toString('utf8');
    }
    off += 46 + nl + xl + cl;
  }
  throw new Error('entry not found ' + want);
}
function decodeXml(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function docxLines(file) {
  const xml = unzipEntry(fs.readFileSync(file), 'word/document.xml');
  const out = []; let i = 0;
  // 逐个 <w:p> 元素（含表格单元格中的段落）
  for (;;) {
    const a = xml.indexOf('<w:p', i); if (a < 0) break;
    const ch = xml[a + 4];
    if (ch !== '>' && ch !== ' ' && ch !== '/') { i = a + 4; continue; }
    if (xml.startsWith('<w:p/>', a)) { out.push(''); i = a + 6; continue; }
    const b = xml.indexOf('</w:p>', a);
    const body = xml.slice(a, b); let t = '';
    const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g; let m;
    while ((m = re.exec(body))) t += decodeXml(m[1]);
    out.push(t); i = b + 6;
  }
  return out;
}
function readLines(file) {
  if (file.endsWith('.docx')) return docxLines(file);
  const s = fs.readFileSync(file, 'utf8');
  const l = s.split('\n'); if (l[l.length - 1] === '') l.pop();
  return l;
}

// ---------- 有理数 ----------
const B = BigInt;
const P10 = (k) => 10n ** B(k);
const absB = (x) => (x < 0n ? -x : x);
function gcd(a, b) { a = absB(a); b = absB(b); while (b) [a, b] = [b, a % b]; return a || 1n; }
function Q(n, d = 1n) { if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d); return { n: n / g, d: d / g }; }
const add = (a, b) => Q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => Q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => Q(a.n * b.n, a.d * b.d);
const div = (a, b) => Q(a.n * b.d, a.d * b.n);
const eqQ = (a, b) => a.n === b.n && a.d === b.d;
const cmpQ = (a, b) => { const x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; };
// 四舍五入（半数进一，按绝对值）到 k 位小数，返回按 10^k 缩放的整数
function roundK(q, k) { const neg = q.n < 0n; const n = absB(q.n) * P10(k); const r = (2n * n + q.d) / (2n * q.d); return neg ? -r : r; }

const MONEY = { '元': 100n, '万元': 1000000n, '亿元': 10000000000n };
// 解析数字：返回 {q: 原单位下的值, k: 小数位, unit, base: 换算到基本单位（分/原值）的值}
function parseFig(text, fig) {
  if (fig.kind === 'grade') return { grade: text };
  let t = text; let neg = false;
  if (/^\(.*\)$/.test(t)) { neg = true; t = t.slice(1, -1); }
  const m = t.match(/^(-)?(\d[\d,]*)(?:\.(\d+))?(.*)$/s);
  if (!m) throw new Error('cannot parse figure ' + text);
  // 负值：括号、负号或 relations.json 中 neg（“下降”“调减”等文字表示）任一成立即为负
  if (m[1] || fig.neg) neg = true;
  const digits = m[2].replace(/,/g, '') + (m[3] || ''); const k = (m[3] || '').length;
  let q = Q(B(digits), P10(k)); if (neg) q = Q(-q.n, q.d);
  let unit = m[4] || fig.unit || '';
  let base = q; let step = Q(1n, P10(k));
  for (const u of ['亿元', '万元', '元']) if (unit.startsWith(u)) { base = mul(q, Q(MONEY[u])); step = mul(step, Q(MONEY[u])); unit = u; break; }
  return { q, k, unit, base, step, money: !!MONEY[unit] };
}
function gradeOf(q) { if (cmpQ(q, Q(90n)) >= 0) return '优'; if (cmpQ(q, Q(80n)) >= 0) return '良'; if (cmpQ(q, Q(60n)) >= 0) return '中'; return '差'; }
const scaled = (v) => { const x = mul(v.q, Q(P10(v.k))); return x.n / x.d; }; // 显示值 × 10^k（整数）

function holds(r, V) {
  const g = (id) => { if (!V[id]) throw new Error('missing figure ' + id); return V[id]; };
  switch (r.type) {
    case 'sum': {
      let s = Q(0n);
      r.parts.forEach((p, i) => { const v = g(p).base; s = (r.signs && r.signs[i] < 0) ? sub(s, v) : add(s, v); });
      return eqQ(s, g(r.total).base);
    }
    case 'ratio': { const v = g(r.value); const x = mul(div(g(r.num).base, g(r.den).base), Q(100n)); return roundK(x, v.k) === scaled(v); }
    case 'avg': {
      const v = g(r.value); let x = div(g(r.num).base, g(r.den).base); // 分/单位
      if (v.money) x = div(x, Q(MONEY[v.unit]));
      return roundK(x, v.k) === scaled(v);
    }
    case 'growth': { const v = g(r.value); const p = g(r.prev).base; const x = mul(div(sub(g(r.cur).base, p), p), Q(100n)); return roundK(x, v.k) === scaled(v); }
    case 'eq': {
      const a = g(r.a), b = g(r.b);
      const half = div(cmpQ(a.step, b.step) >= 0 ? a.step : b.step, Q(2n));
      const d = sub(a.base, b.base); const ad = Q(absB(d.n), d.d);
      return cmpQ(ad, half) <= 0;
    }
    case 'score_total': { let s = Q(0n); for (const p of r.parts) s = add(s, g(p).q); return eqQ(s, g(r.total).q); }
    case 'grade': return g(r.grade).grade === gradeOf(g(r.total).q);
    case 'ind_score': {
      const s = g(r.score), w = g(r.weight).q, t = g(r.target).q, a = g(r.actual).q;
      const met = r.cmp === 'le' ? cmpQ(a, t) <= 0 : cmpQ(a, t) >= 0;
      const x = met ? w : (r.cmp === 'le' ? mul(w, div(t, a)) : mul(w, div(a, t)));
      return roundK(x, s.k) === scaled(s);
    }
    case 'rate_score': {
      const s = g(r.score), w = g(r.weight).q; let rate = g(r.rate).q;
      if (cmpQ(rate, Q(100n)) > 0) rate = Q(100n);
      return roundK(mul(div(rate, Q(100n)), w), s.k) === scaled(s);
    }
    default: throw new Error('unknown relation ' + r.type);
  }
}

// 在一行中找第 nth 次出现的位置
function nthIndex(line, text, nth) { let i = -1; for (let k = 0; k < nth; k++) { i = line.indexOf(text, i + 1); if (i < 0) return -1; } return i; }

const REL = JSON.parse(fs.readFileSync(path.join(ROOT, 'relations.json'), 'utf8'));
const ansRows = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const hdr = ansRows.shift();
if (hdr.join('|') !== 'file|line|old|new|kind|relation') fail('ANSWERS header ' + hdr.join('|'));
const ANS = {}; for (const r of ansRows) { if (ANS[r[0]]) fail('duplicate answer ' + r[0]); ANS[r[0]] = { line: +r[1], old: r[2], new: r[3], kind: r[4], relation: r[5] }; }

const cleanFiles = fs.readdirSync(path.join(ROOT, 'clean')).sort();
const fmtCount = {};
for (const f of cleanFiles) { const e = path.extname(f); fmtCount[e] = (fmtCount[e] || 0) + 1; }
if (fmtCount['.md'] !== 8 || fmtCount['.txt'] !== 8 || fmtCount['.docx'] !== 8) fail('format counts ' + JSON.stringify(fmtCount));
if (Object.keys(REL).length !== cleanFiles.length) fail('relations.json covers ' + Object.keys(REL).length + ' files');
const kindCount = {};
let nRel = 0, nFig = 0;

for (const f of cleanFiles) {
  const spec = REL[f]; if (!spec) { fail('no relations for ' + f); continue; }
  const C = readLines(path.join(ROOT, 'clean', f));
  const Bd = readLines(path.join(ROOT, 'bad', f));
  const a = ANS[f]; if (!a) { fail('no answer for ' + f); continue; }
  kindCount[a.kind] = (kindCount[a.kind] || 0) + 1;
  // 1) clean：位置与值
  const V = {}; const loc = {};
  for (const fg of spec.figures) {
    nFig++;
    const line = C[fg.line - 1];
    if (line === undefined) { fail(`${f}: line ${fg.line} missing for ${fg.id}`); continue; }
    const col = nthIndex(line, fg.text, fg.nth);
    if (col < 0) { fail(`${f}: figure ${fg.id} "${fg.text}" (#${fg.nth}) not on line ${fg.line}`); continue; }
    if (fg.unit_next_line && !(line.endsWith(fg.text) && C[fg.line].startsWith(fg.unit))) fail(`${f}: ${fg.id} unit not at next line start`);
    loc[fg.id] = col;
    V[fg.id] = parseFig(fg.text, fg);
  }
  for (const r of spec.relations) { nRel++; let ok; try { ok = holds(r, V); } catch (e) { fail(`${f}: R${r.n} ${e.message}`); continue; } if (!ok) fail(`${f}: clean relation R${r.n} (${r.type}) does not hold`); }
  // 2) bad：恰好一行不同，且为 old→new
  if (C.length !== Bd.length) { fail(`${f}: bad has ${Bd.length} lines vs ${C.length}`); continue; }
  const diff = []; for (let i = 0; i < C.length; i++) if (C[i] !== Bd[i]) diff.push(i);
  if (diff.length !== 1) { fail(`${f}: ${diff.length} lines differ`); continue; }
  const k = diff[0];
  if (k + 1 !== a.line) fail(`${f}: differing line ${k + 1} but ANSWERS says ${a.line}`);
  let p = -1;
  for (let i = C[k].indexOf(a.old); i >= 0; i = C[k].indexOf(a.old, i + 1)) {
    if (C[k].slice(0, i) + a.new + C[k].slice(i + a.old.length) === Bd[k]) { p = i; break; }
  }
  if (p < 0) { fail(`${f}: line ${k + 1} is not clean with "${a.old}"→"${a.new}"`); continue; }
  if (a.old === a.new) fail(`${f}: old equals new`);
  const delta = a.new.length - a.old.length;
  // 3) bad 中各数字的值（改动处重新读取）
  const VB = {}; let touched = 0;
  for (const fg of spec.figures) {
    if (fg.line - 1 !== k) { VB[fg.id] = V[fg.id]; continue; }
    const s = loc[fg.id], e = s + fg.text.length;
    let txt;
    if (p >= e) txt = fg.text;
    else if (p + a.old.length <= s) { txt = fg.text; if (Bd[k].substr(s + delta, fg.text.length) !== txt) fail(`${f}: shifted figure ${fg.id} lost`); }
    else { const st = Math.min(s, p); const en = Math.max(e, p + a.old.length) + delta; txt = Bd[k].slice(st, en); touched++; }
    try { VB[fg.id] = parseFig(txt, fg); } catch (err) { fail(`${f}: bad figure ${fg.id} unparsable "${txt}"`); }
  }
  if (touched !== 1) fail(`${f}: the change touches ${touched} figures`);
  const broken = [];
  for (const r of spec.relations) { let ok; try { ok = holds(r, VB); } catch (e) { ok = false; } if (!ok) broken.push('R' + r.n); }
  const want = a.relation.split(' ')[0];
  if (broken.length !== 1 || broken[0] !== want) fail(`${f}: bad breaks [${broken.join(',')}], expected ${want}`);
  else console.log(`ok  ${f}  line ${a.line}  ${a.old} → ${a.new}  breaks ${a.relation}`);
}
for (const f of Object.keys(ANS)) if (!cleanFiles.includes(f)) fail('answer for unknown file ' + f);
for (const [kd, n] of Object.entries(kindCount)) if (n !== 2) fail(`error kind ${kd} used ${n} times`);
console.log(`\n${cleanFiles.length} reports, ${nFig} figures, ${nRel} relations, ${Object.keys(kindCount).length} error kinds`);
if (fails) { console.log(`${fails} failure(s)`); process.exit(1); }
console.log('all checks passed');

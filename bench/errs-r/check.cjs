'use strict';
// 独立校验器：重新读取 clean/ 与 bad/ 下生成的文件（md/txt 直接读，docx 自行解压 document.xml），
// 按 relations.json 中的位置取出数字字面量，用自己的解析与定点/有理数算术重算每一条关系。
// clean 文件：全部关系必须成立；bad 文件：与 clean 恰有一行（段落）不同，且恰好一条关系不成立，且就是声明的那条。
const fs = require('fs'); const path = require('path'); const zlib = require('zlib');
const DIR = __dirname;
const problems = []; const fail = (m) => problems.push(m);

// ---------- 有理数 ----------
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
const R = (p, q = 1n) => { if (q < 0n) { p = -p; q = -q; } const g = gcd(p, q) || 1n; return { p: p / g, q: q / g }; };
const add = (x, y) => R(x.p * y.q + y.p * x.q, x.q * y.q);
const sub = (x, y) => R(x.p * y.q - y.p * x.q, x.q * y.q);
const mul = (x, y) => R(x.p * y.p, x.q * y.q);
const div = (x, y) => R(x.p * y.q, x.q * y.p);
const cmp = (x, y) => { const d = x.p * y.q - y.p * x.q; return d < 0n ? -1 : d > 0n ? 1 : 0; };
const pow10 = (k) => 10n ** BigInt(k);
function roundHalfUp(x) { // 远离零方向的四舍五入 → BigInt
  const neg = x.p < 0n; const p = neg ? -x.p : x.p; const q = (2n * p + x.q) / (2n * x.q); return neg ? -q : q;
}

// ---------- 字面量解析 ----------
const FWMAP = { '０': '0', '１': '1', '２': '2', '３': '3', '４': '4', '５': '5', '６': '6', '７': '7', '８': '8', '９': '9', '．': '.', '％': '%', '－': '-', '−': '-', '，': '，' };
const norm = (s) => s.replace(/[０-９．％－−]/g, (c) => FWMAP[c]);
const DIRS = { 增长: 1, 增加: 1, 上升: 1, 提高: 1, 提升: 1, 追加: 1, 调增: 1, 多: 1, 下降: -1, 减少: -1, 降低: -1, 压减: -1, 调减: -1, 回落: -1, 少: -1 };
const CNV = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnToInt(s) {
  let total = 0, cur = 0;
  for (const ch of s) { if (ch in CNV) cur = CNV[ch]; else if (ch === '十') { total += (cur || 1) * 10; cur = 0; } else if (ch === '百') { total += (cur || 1) * 100; cur = 0; } else return null; }
  return total + cur;
}
const GRADES = { 优: 'A', 优秀: 'A', 良: 'B', 良好: 'B', 中: 'C', 中等: 'C', 合格: 'C', 差: 'D', 较差: 'D', 不合格: 'D' };
function parseLit(lit, hint) {
  if (hint === 'grade') { if (!(lit in GRADES)) throw new Error('unknown grade ' + lit); return { dim: 'grade', grade: GRADES[lit] }; }
  const s = norm(lit);
  const m = /^(增长|增加|上升|提高|提升|追加|调增|下降|减少|降低|压减|调减|回落)?了?(-?)([0-9][0-9,]*(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百]+)(.*)$/.exec(s);
  if (!m) throw new Error('cannot parse ' + lit);
  let sign = (m[1] ? DIRS[m[1]] : 1) * (m[2] ? -1 : 1);
  let n, dec;
  if (/^[0-9]/.test(m[3])) { const t = m[3].replace(/,/g, ''); const [i, f = ''] = t.split('.'); dec = f.length; n = BigInt(i + f); }
  else { const v = cnToInt(m[3]); if (v === null) throw new Error('bad cn ' + lit); n = BigInt(v); dec = 0; }
  let unit = m[4] || hint || '';
  let dim, scale = 1n;
  if (unit === '亿元') { dim = 'money'; scale = 100000000n; }
  else if (unit === '万元') { dim = 'money'; scale = 10000n; }
  else if (unit === '元') { dim = 'money'; }
  else if (unit === '%') dim = 'pct';
  else if (/^(个)?百分点$/.test(unit)) dim = 'pp';
  else if (unit === '分') dim = 'score';
  else { dim = 'count'; if (/^万/.test(unit)) scale = 10000n; else if (/^亿/.test(unit)) scale = 100000000n; }
  n = BigInt(sign) * n;
  return { dim, n, dec, scale, unit, base: R(n * scale, pow10(dec)) };
}
// 在显示精度下判断 lhs 是否等于精确值 exact（exact 以基本单位计）
function holds(lhs, exact) { const want = roundHalfUp(div(mul(exact, R(pow10(lhs.dec))), R(lhs.scale))); return { ok: want === lhs.n, want: want.toString() }; }
const quantum = (v) => R(v.scale, pow10(v.dec));

function evalRel(r, V) {
  const g = (id) => { const v = V[id]; if (!v) throw new Error('missing mention ' + id); return v; };
  const sumB = (ids) => ids.reduce((a, id) => add(a, g(id).base), R(0n));
  switch (r.type) {
    case 'sum': {
      const L = g(r.lhs); let ex = R(0n);
      r.terms.forEach((id, i) => { const t = g(id); if (t.dim !== L.dim) throw new Error(`dim mismatch ${r.id}`); ex = add(ex, mul(t.base, R(BigInt(r.signs[i])))); });
      return holds(L, ex);
    }
    case 'ratio': {
      const L = g(r.lhs); const den = sumB(r.den); if (den.p === 0n) return { ok: false, want: 'div0' };
      let ex = div(sumB(r.num), den); if (L.dim === 'pct') ex = mul(ex, R(100n)); return holds(L, ex);
    }
    case 'change': { const L = g(r.lhs); if (g(r.cur).dim !== g(r.prev).dim) throw new Error('dim'); return holds(L, sub(g(r.cur).base, g(r.prev).base)); }
    case 'change_rate': { const L = g(r.lhs); const pv = g(r.prev).base; return holds(L, mul(div(sub(g(r.cur).base, pv), pv), R(100n))); }
    case 'pp': { const L = g(r.lhs); return holds(L, sub(g(r.cur).base, g(r.prev).base)); }
    case 'eq': {
      const a = g(r.a), b = g(r.b); if (a.dim !== b.dim) throw new Error('eq dim ' + r.id);
      const c = cmp(quantum(a), quantum(b)); const coarse = c >= 0 ? a : b, fine = c >= 0 ? b : a;
      return holds(coarse, fine.base);
    }
    case 'score_rate': {
      const L = g(r.lhs), w = g(r.w).base, rate = g(r.rate).base; let ex = mul(w, div(rate, R(100n))); if (cmp(ex, w) > 0) ex = w; return holds(L, ex);
    }
    case 'grade': {
      const L = g(r.lhs), t = g(r.total).base; const want = cmp(t, R(90n)) >= 0 ? 'A' : cmp(t, R(80n)) >= 0 ? 'B' : cmp(t, R(60n)) >= 0 ? 'C' : 'D';
      return { ok: L.grade === want, want };
    }
    default: throw new Error('unknown relation type ' + r.type);
  }
}

// ---------- 读取文件 ----------
function unzipEntry(buf, name) {
  let eocd = -1; for (let i = buf.length - 22; i >= 0; i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error('not a zip');
  const n = buf.readUInt16LE(eocd + 10); let off = buf.readUInt32LE(eocd + 16);
  for (let k = 0; k < n; k++) {
    const method = buf.readUInt16LE(off + 10), csize = buf.readUInt32LE(off + 20), nlen = buf.readUInt16LE(off + 28), xlen = buf.readUInt16LE(off + 30), clen = buf.readUInt16LE(off + 32), lho = buf.readUInt32LE(off + 42);
    const fname = buf.toString('utf8', off + 46, off + 46 + nlen);
    if (fname === name) {
      const lnlen = buf.readUInt16LE(lho + 26), lxlen = buf.readUInt16LE(lho + 28); const data = buf.subarray(lho + 30 + lnlen + lxlen, lho + 30 + lnlen + lxlen + csize);
      return method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data);
    }
    off += 46 + nlen + xlen + clen;
  }
  throw new Error('entry not found ' + name);
}
const decodeXml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function docxLines(file) {
  const xml = unzipEntry(fs.readFileSync(file), 'word/document.xml').toString('utf8');
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const lines = []; let para = null, row = null, cell = null, inT = false, tables = 0;
  const re = /<(\/?)([A-Za-z0-9:]+)([^>]*?)(\/?)>|([^<]+)/g; let m;
  while ((m = re.exec(body))) {
    if (m[5] !== undefined) { if (inT && para !== null) para += decodeXml(m[5]); continue; }
    const close = !!m[1], tag = m[2], self = !!m[4];
    if (tag === 'w:tbl' && !close) tables++;
    else if (tag === 'w:tr') { if (!close) row = []; else { lines.push(row.join('\t')); row = null; } }
    else if (tag === 'w:tc') { if (!close) cell = []; else { row.push(cell.join('')); cell = null; } }
    else if (tag === 'w:p') {
      if (self) { if (cell) cell.push(''); else lines.push(''); }
      else if (!close) para = '';
      else { if (cell) cell.push(para); else lines.push(para); para = null; }
    } else if (tag === 'w:t') { inT = !close && !self; }
  }
  return { lines, tables };
}
function readLines(rel) {
  const f = path.join(DIR, rel);
  if (rel.endsWith('.docx')) return docxLines(f).lines;
  const t = fs.readFileSync(f, 'utf8'); const ls = t.split('\n'); if (ls[ls.length - 1] === '') ls.pop(); return ls;
}

// ---------- 主流程 ----------
const J = JSON.parse(fs.readFileSync(path.join(DIR, 'relations.json'), 'utf8'));
let nRel = 0, nMen = 0; const counts = {};
function valuesAt(lines, mentions, file, shift) {
  const V = {};
  for (const [id, m0] of Object.entries(mentions)) {
    const m = shift ? shift(id, m0) : m0;
    const ln = lines[m.line - 1];
    if (ln === undefined || ln.substr(m.col, m.lit.length) !== m.lit) { fail(`${file}: ${id} 期望在 ${m.line}:${m.col} 处读到“${m.lit}”，实际“${ln === undefined ? '(无此行)' : ln.substr(m.col, m.lit.length)}”`); continue; }
    const left = ln[m.col - 1], right = ln[m.col + m.lit.length];
    if (left && /[0-9０-９.．,]/.test(left) || right && /[0-9０-９.．]/.test(right)) fail(`${file}: ${id} “${m.lit}” 与相邻数字粘连`);
    try { V[id] = parseLit(m.lit, m.hint); } catch (e) { fail(`${file}: ${id} ${e.message}`); }
  }
  return V;
}
const answers = fs.readFileSync(path.join(DIR, 'bad/ANSWERS.tsv'), 'utf8').split('\n').filter(Boolean);
if (answers[0] !== 'file\tline\told\tnew\tkind\trelation') fail('ANSWERS.tsv 表头不符');
const ansRows = new Map(answers.slice(1).map((l) => { const c = l.split('\t'); return [c[0], c]; }));
const errKinds = {};
for (const F of J.files) {
  const key = `${F.fmt}/${F.kind}`; counts[key] = (counts[key] || 0) + 1;
  // clean
  const lines = readLines(F.file);
  const V = valuesAt(lines, F.mentions, F.file);
  nMen += Object.keys(F.mentions).length;
  for (const r of F.relations) { nRel++; let res; try { res = evalRel(r, V); } catch (e) { fail(`${F.file} ${r.id}: ${e.message}`); continue; } if (!res.ok) fail(`${F.file} ${r.id} 不成立：${r.desc}（应为 ${res.want}）`); }
  for (const d of F.decoys) { const ln = lines[d.line - 1] || ''; if (ln.substr(d.col, d.lit.length) !== d.lit) fail(`${F.file}: 干扰数字“${d.lit}”不在 ${d.line}:${d.col}`); }
  // 形式检查
  const text = lines.join('\n'); const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes < 2048 || bytes > 6144) fail(`${F.file}: 正文 ${bytes} 字节，不在 2–6 KB`);
  if (F.fmt === 'txt' && lines.some((l) => /^#|\*\*|^\s*\||^\s*[-*] /.test(l))) fail(`${F.file}: 纯文本中出现 Markdown 标记`);
  if (F.fmt === 'md' && !lines.some((l) => l.startsWith('|'))) fail(`${F.file}: 无表格`);
  if (F.fmt === 'txt' && !lines.some((l) => l.includes('\t') || /\S {2,}\S.* {2,}\S/.test(l))) fail(`${F.file}: 无表格`);
  if (F.fmt === 'docx' && docxLines(path.join(DIR, F.file)).tables < 1) fail(`${F.file}: 无表格`);
  for (const part of [/概况|基本情况/, /使用|管理情况|执行情况|组织实施/, /绩效|成效|产出/, /问题/, /改进|措施|建议|下一步/]) if (!part.test(text)) fail(`${F.file}: 缺少叙述部分 ${part}`);
  // bad
  const E = F.error; errKinds[E.kind] = (errKinds[E.kind] || 0) + 1;
  const bl = readLines(F.bad);
  if (bl.length !== lines.length) { fail(`${F.bad}: 行数与 clean 不同`); continue; }
  const diff = []; bl.forEach((l, i) => { if (l !== lines[i]) diff.push(i + 1); });
  if (diff.length !== 1 || diff[0] !== E.line) { fail(`${F.bad}: 应恰有第 ${E.line} 行不同，实际不同行 ${diff.join(',')}`); continue; }
  const cl = lines[E.line - 1];
  if (cl.substr(E.col, E.old.length) !== E.old || bl[E.line - 1] !== cl.slice(0, E.col) + E.new + cl.slice(E.col + E.old.length)) { fail(`${F.bad}: 改动不是在 ${E.line}:${E.col} 处把“${E.old}”换成“${E.new}”`); continue; }
  const delta = E.new.length - E.old.length;
  const shift = (id, m) => id === E.mention ? { ...m, lit: E.new } : (m.line === E.line && m.col > E.col ? { ...m, col: m.col + delta } : m);
  const BV = valuesAt(bl, F.mentions, F.bad, shift);
  const broken = [];
  for (const r of F.relations) { try { if (!evalRel(r, BV).ok) broken.push(r.id); } catch (e) { broken.push(r.id + '!'); } }
  if (broken.length !== 1 || broken[0] !== E.relation) fail(`${F.bad}: 应恰好破坏 ${E.relation}，实际破坏 [${broken.join(',')}]`);
  // ANSWERS
  const a = ansRows.get(path.basename(F.bad));
  if (!a) fail(`ANSWERS.tsv 缺少 ${F.bad}`);
  else if (a[1] !== String(E.line) || a[2] !== E.old || a[3] !== E.new || !a[4].startsWith(E.kind + ':') || !a[5].startsWith(E.relation + ' ')) fail(`ANSWERS.tsv 行与 relations.json 不符：${F.bad}`);
}
if (ansRows.size !== J.files.length) fail(`ANSWERS.tsv 行数 ${ansRows.size} ≠ 文件数 ${J.files.length}`);
// 目录中不应有未登记的报告
for (const sub of ['clean', 'bad']) for (const f of fs.readdirSync(path.join(DIR, sub))) if (f !== 'ANSWERS.tsv' && !J.files.some((F) => F[sub === 'clean' ? 'file' : 'bad'] === `${sub}/${f}`)) fail(`${sub}/${f} 未在 relations.json 中登记`);

console.log(`报告 ${J.files.length} 份；数字 ${nMen} 处；关系 ${nRel} 条`);
console.log('格式/类型：' + Object.entries(counts).sort().map(([k, v]) => `${k}=${v}`).join(' '));
console.log('错误类型：' + Object.entries(errKinds).sort().map(([k, v]) => `${k}=${v}`).join(' '));
if (problems.length) { console.log(`失败 ${problems.length} 项：`); problems.forEach((p) => console.log('  ✗ ' + p)); process.exit(1); }
console.log('全部通过：clean 关系全部成立；每个 bad 文件恰好破坏其声明的一条关系。');

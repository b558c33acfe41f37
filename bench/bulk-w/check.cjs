'use strict';
// Independent checker for the blind-w corpus. Re-reads clean/ and bad/, re-parses every figure from the
// files themselves (docx: own zip reader + word/document.xml), and re-evaluates every relation.
const fs = require('fs'); const path = require('path'); const zlib = require('zlib');
const root = __dirname; const errors = []; const err = (m) => errors.push(m);

// ---------- zip / docx ----------
function unzip(buf) {
  let e = buf.length - 22; while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) throw new Error('no zip end record');
  const n = buf.readUInt16LE(e + 10); let p = buf.readUInt32LE(e + 16); const files = {};
  for (let i = 0; i < n; i++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central dir');
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20), nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32), off = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nlen).toString('utf8');
    const lnl = buf.readUInt16LE(off + 26), lxl = buf.readUInt16LE(off + 28); const data = buf.slice(off + 30 + lnl + lxl, off + 30 + lnl + lxl + csize);
    files[name] = method === 0 ? data : zlib.inflateRawSync(data); p += 46 + nlen + xlen + clen;
  }
  return files;
}
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function docParas(xml) {
  const out = []; const re = /<w:p\b[^>]*\/>|<w:p\b[^>]*>[\s\S]*?<\/w:p>/g; let m;
  while ((m = re.exec(xml))) { if (/^<w:p(Pr|r|gSz|gMar|gNum|ict)\b/.test(m[0])) { re.lastIndex = m.index + 4; continue; } let t = ''; const tr = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g; let k; while ((k = tr.exec(m[0]))) t += k[1]; out.push(unesc(t)); }
  return out;
}
function readLines(file) {
  const buf = fs.readFileSync(file);
  if (file.endsWith('.docx')) { const z = unzip(buf); if (!z['word/document.xml']) throw new Error('no document.xml'); return docParas(z['word/document.xml'].toString('utf8')); }
  const s = buf.toString('utf8'); const L = s.split('\n'); if (L[L.length - 1] === '') L.pop(); return L;
}

// ---------- rationals ----------
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
const Q = (n, d = 1n) => { if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d) || 1n; return { n: n / g, d: d / g }; };
const add = (x, y) => Q(x.n * y.d + y.n * x.d, x.d * y.d), sub = (x, y) => Q(x.n * y.d - y.n * x.d, x.d * y.d);
const mul = (x, y) => Q(x.n * y.n, x.d * y.d), div = (x, y) => Q(x.n * y.d, x.d * y.n);
const eq = (x, y) => x.n * y.d === y.n * x.d; const cmp = (x, y) => { const a = x.n * y.d, b = y.n * x.d; return a < b ? -1 : a > b ? 1 : 0; };
function roundTo(x, q) { const t = div(x, q); let n = t.n < 0n ? -t.n : t.n; const r = (2n * n + t.d) / (2n * t.d); return mul(Q(t.n < 0n ? -r : r), q); }
const show = (x) => { const v = Number(x.n) / Number(x.d); return String(Math.round(v * 1e6) / 1e6); };

// ---------- figure parsing ----------
const CNUM = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const CU = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
function cnInt(s) { let total = 0, sec = 0, num = 0; for (const ch of s) { if (ch in CNUM) num = CNUM[ch]; else if (ch in CU) { sec += (num || 1) * CU[ch]; num = 0; } else if (ch === '万' || ch === '亿') { total += (sec + num) * (ch === '万' ? 1e4 : 1e8); sec = 0; num = 0; } } return total + sec + num; }
function parseFig(text, kind, implied) {
  let s = text.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xff10 + 48)).replace(/．/g, '.').replace(/，/g, ',').replace(/％/g, '%');
  if (kind === 'grade') { const g = s.trim()[0]; if (!'优良中差'.includes(g)) throw new Error('not a grade: ' + text); return { grade: g }; }
  let cmp = 'plain';
  const pre = s.match(/^(≥|≤|>=|<=|不低于|不少于|不高于|不超过|不多于)/); if (pre) { cmp = /≥|>=|不低于|不少于/.test(pre[1]) ? 'hi' : 'lo'; s = s.slice(pre[1].length); }
  const suf = s.match(/(以上|以下|以内)$/); if (suf) { cmp = suf[1] === '以上' ? 'hi' : 'lo'; s = s.slice(0, -suf[1].length); }
  let v, q, unit;
  const m = s.match(/^(-?[0-9][0-9,]*(?:\.[0-9]+)?)(.*)$/);
  if (m) { const num = m[1].replace(/,/g, ''); const [i, f = ''] = num.split('.'); v = Q(BigInt(i + f), 10n ** BigInt(f.length)); q = Q(1n, 10n ** BigInt(f.length)); unit = m[2]; }
  else { const c = s.match(/^([零〇一二两三四五六七八九十百千万亿壹贰叁肆伍陆柒捌玖拾佰仟]+)(.*)$/); if (!c) throw new Error('unparsable figure: ' + text);
    let numPart = c[1], rest = c[2]; if (/元/.test(rest) && /万$/.test(numPart)) { numPart = numPart.slice(0, -1); rest = '万' + rest; }
    v = Q(BigInt(cnInt(numPart))); q = Q(1n); unit = rest; }
  unit = unit.replace(/整$/, '').trim(); if (unit === '' && implied) unit = implied; let cat = 'num', f = Q(1n);
  if (/^亿元/.test(unit)) { cat = 'money'; f = Q(10n ** 10n); } else if (/^万元/.test(unit)) { cat = 'money'; f = Q(10n ** 6n); } else if (/^元/.test(unit)) { cat = 'money'; f = Q(100n); }
  else if (/^%/.test(unit)) cat = 'pct'; else if (/百分点/.test(unit)) cat = 'pp'; else if (/^万/.test(unit)) f = Q(10000n);
  return { v: mul(v, f), q: mul(q, f), cat, cmp, unit };
}

// ---------- relation evaluation ----------
const GR = (x) => (cmp(x, Q(90n)) >= 0 ? '优' : cmp(x, Q(80n)) >= 0 ? '良' : cmp(x, Q(60n)) >= 0 ? '中' : '差');
const HUND = Q(100n);
function evalRel(r, V) { // V: id -> parsed; returns null if holds, else message
  const g = (id) => { const x = V[id]; if (!x) throw new Error('missing figure ' + id); return x; };
  const same = (xs) => { const cats = new Set(xs.map((x) => x.cat)); return cats.size === 1; };
  switch (r.type) {
    case 'sum': case 'score_sum': case 'weight_sum': {
      const parts = r.parts.map(g); const t = g(r.total); if (!same([...parts, t])) return 'unit category mismatch';
      const s = parts.reduce((a, p) => add(a, p.v), Q(0n)); const rs = roundTo(s, t.q); return eq(rs, t.v) ? null : `sum ${show(s)} ≠ ${show(t.v)}`; }
    case 'diff': { const a = g(r.a), b = g(r.b), t = g(r.result); if (!same([a, b, t])) return 'unit category mismatch';
      const s = sub(a.v, b.v); return eq(roundTo(s, t.q), t.v) ? null : `diff ${show(s)} ≠ ${show(t.v)}`; }
    case 'exec_rate': case 'share': case 'rate': { const a = g(r.num), b = g(r.den), t = g(r.result); if (a.cat !== b.cat || t.cat !== 'pct') return 'unit category mismatch';
      const x = mul(div(a.v, b.v), HUND); return eq(roundTo(x, t.q), t.v) ? null : `ratio ${show(x)}% ≠ ${show(t.v)}%`; }
    case 'growth': { const c = g(r.cur), p = g(r.prev), t = g(r.result); if (c.cat !== p.cat || t.cat !== 'pct') return 'unit category mismatch';
      let x = mul(div(sub(c.v, p.v), p.v), HUND); if (r.dir === 'down') x = Q(-x.n, x.d); if (x.n < 0n) return 'direction wrong';
      return eq(roundTo(x, t.q), t.v) ? null : `growth ${show(x)}% ≠ ${show(t.v)}%`; }
    case 'pp': { const a = g(r.a), b = g(r.b), t = g(r.result); if (a.cat !== 'pct' || b.cat !== 'pct' || t.cat !== 'pp') return 'unit category mismatch';
      const x = sub(a.v, b.v); return eq(roundTo(x, t.q), t.v) ? null : `pp ${show(x)} ≠ ${show(t.v)}`; }
    case 'avg': { const a = g(r.total), n = g(r.count), t = g(r.result); if (a.cat !== t.cat) return 'unit category mismatch';
      const x = div(a.v, n.v); return eq(roundTo(x, t.q), t.v) ? null : `avg ${show(x)} ≠ ${show(t.v)}`; }
    case 'equal': { const a = g(r.a), b = g(r.b); if (a.cat !== b.cat) return 'unit category mismatch';
      const qq = cmp(a.q, b.q) >= 0 ? a.q : b.q; return eq(roundTo(a.v, qq), roundTo(b.v, qq)) ? null : `${show(a.v)} ≠ ${show(b.v)}`; }
    case 'grade': { const t = g(r.total), gr = g(r.grade); const want = GR(t.v); return want === gr.grade ? null : `grade ${gr.grade} but total ${show(t.v)} gives ${want}`; }
    case 'exec_score': { const rt = g(r.rate), w = g(r.weight), s = g(r.score); const capped = cmp(rt.v, HUND) > 0 ? HUND : rt.v;
      const x = mul(div(capped, HUND), w.v); return eq(roundTo(x, s.q), s.v) ? null : `exec score ${show(x)} ≠ ${show(s.v)}`; }
    case 'ind_score': { const t = g(r.target), a = g(r.actual), w = g(r.weight), s = g(r.score);
      const lower = t.cmp === 'lo' || (t.cmp === 'plain' && r.lower); const met = lower ? cmp(a.v, t.v) <= 0 : cmp(a.v, t.v) >= 0;
      const x = met ? w.v : lower ? mul(w.v, div(t.v, a.v)) : mul(w.v, div(a.v, t.v));
      return eq(roundTo(x, s.q), s.v) ? null : `indicator score ${show(x)} ≠ ${show(s.v)} (${met ? 'met' : 'not met'})`; }
    default: return 'unknown relation type ' + r.type;
  }
}
function nthIndex(line, text, nth) { let k = -1; for (let i = 0; i < nth; i++) { k = line.indexOf(text, k + 1); if (k === -1) return -1; } return k; }
function figValues(file, lines, figs, override) {
  const V = {};
  for (const f of figs) { const text = override && override.id === f.id ? override.text : f.text; const ln = lines[f.line - 1];
    if (ln === undefined) { err(`${file}: line ${f.line} missing for ${f.id}`); continue; }
    if (nthIndex(ln, text, f.nth) === -1) { err(`${file}: ${f.id} "${text}" not found as occurrence ${f.nth} in line ${f.line}`); continue; }
    try { V[f.id] = parseFig(text, f.kind, f.implied_unit); } catch (e) { err(`${file}: ${f.id}: ${e.message}`); } }
  return V;
}

// ---------- main ----------
const rel = JSON.parse(fs.readFileSync(path.join(root, 'relations.json'), 'utf8'));
const ans = fs.readFileSync(path.join(root, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
const head = ans.shift().split('\t'); if (head.join(',') !== 'file,line,old,new,kind,relation') err('ANSWERS.tsv header wrong');
const A = {}; for (const l of ans) { const [file, line, old, nw, kind, relation] = l.split('\t'); A[file] = { line: +line, old, new: nw, kind, relation }; }
const cleanFiles = fs.readdirSync(path.join(root, 'clean')).sort(); const badFiles = fs.readdirSync(path.join(root, 'bad')).filter((f) => f !== 'ANSWERS.tsv').sort();
if (cleanFiles.join() !== badFiles.join()) err('clean/ and bad/ hold different files');
if (cleanFiles.join() !== Object.keys(rel).sort().join()) err('relations.json does not cover exactly clean/');
const fmtCount = {}; cleanFiles.forEach((f) => { const e = f.split('.').pop(); fmtCount[e] = (fmtCount[e] || 0) + 1; });
if (fmtCount.md !== 8 || fmtCount.txt !== 8 || fmtCount.docx !== 8) err('expected 8 md, 8 txt, 8 docx: ' + JSON.stringify(fmtCount));
const kinds = {}; let nrel = 0, nfig = 0;
for (const file of cleanFiles) {
  const R = rel[file]; const a = A[file]; if (!a) { err(`${file}: no answer row`); continue; }
  kinds[a.kind] = (kinds[a.kind] || 0) + 1;
  const CL = readLines(path.join(root, 'clean', file)); const BL = readLines(path.join(root, 'bad', file));
  nfig += R.figures.length; nrel += R.relations.length;
  const V = figValues(file, CL, R.figures);
  for (const r of R.relations) { try { const m = evalRel(r, V); if (m) err(`${file} clean: ${r.id} (${r.type}) fails: ${m}`); } catch (e) { err(`${file}: ${r.id}: ${e.message}`); } }
  // bad copy: exactly one line differs, by old -> new at the figure's occurrence
  if (CL.length !== BL.length) { err(`${file}: bad has ${BL.length} lines, clean ${CL.length}`); continue; }
  const diff = []; CL.forEach((l, i) => { if (l !== BL[i]) diff.push(i + 1); });
  if (diff.length !== 1 || diff[0] !== a.line) { err(`${file}: differing lines ${diff.join(',')} (answer says ${a.line})`); continue; }
  const cands = R.figures.filter((f) => f.line === a.line && f.text === a.old);
  if (cands.length !== 1) { err(`${file}: answer old "${a.old}" matches ${cands.length} figures on line ${a.line}`); continue; }
  const f = cands[0]; const cl = CL[a.line - 1];
  if (cl.split(a.old).length !== 2) err(`${file}: old "${a.old}" not unique in line ${a.line}`);
  const k = nthIndex(cl, a.old, f.nth); const expect = cl.slice(0, k) + a.new + cl.slice(k + a.old.length);
  if (expect !== BL[a.line - 1]) { err(`${file}: bad line is not clean line with ${a.old}→${a.new}`); continue; }
  if (a.old === a.new) err(`${file}: old equals new`);
  const VB = figValues(file + ' (bad)', BL, R.figures, { id: f.id, text: a.new });
  const broken = []; for (const r of R.relations) { let m; try { m = evalRel(r, VB); } catch (e) { m = e.message; } if (m) broken.push(r.id + ': ' + m); }
  if (broken.length !== 1 || !broken[0].startsWith(a.relation + ':')) err(`${file} bad: expected only ${a.relation} to break, broke [${broken.join(' | ')}]`);
  else console.log(`ok  ${file.padEnd(34)} ${String(R.figures.length).padStart(3)} figures ${String(R.relations.length).padStart(3)} relations  bad: ${a.kind} ${a.old}→${a.new} breaks ${broken[0]}`);
}
for (const [k, n] of Object.entries(kinds)) if (n !== 2) err(`error kind ${k} used ${n} times (want 2)`);
if (Object.keys(kinds).length !== 12) err('expected 12 error kinds, got ' + Object.keys(kinds).length);
console.log(`${cleanFiles.length} reports, ${nfig} figures, ${nrel} relations, ${Object.keys(kinds).length} error kinds`);
if (errors.length) { console.log('FAIL'); errors.forEach((e) => console.log('  ' + e)); process.exit(1); }
console.log('PASS');

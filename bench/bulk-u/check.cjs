'use strict';
// Independent checker of the bulk-u corpus. Reads relations.json + bad/ANSWERS.tsv, the files in clean/ and bad/.
// Verifies: every listed figure is found where stated; every relation holds in clean/; each bad copy differs from
// its clean copy in exactly one figure (one line / one paragraph), and exactly the named relation breaks.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const DIR = __dirname;
let errors = 0;
const fail = (...a) => { errors++; console.log('FAIL', ...a); };

// ---------- reading files
function readZip(buf) {
  const ents = {}; let p = 0;
  while (p + 4 <= buf.length && buf.readUInt32LE(p) === 0x04034b50) {
    const flags = buf.readUInt16LE(p + 6), method = buf.readUInt16LE(p + 8), csize = buf.readUInt32LE(p + 18);
    const nl = buf.readUInt16LE(p + 26), xl = buf.readUInt16LE(p + 28);
    if (flags & 8) throw new Error('data descriptor zips not supported');
    const name = buf.toString('utf8', p + 30, p + 30 + nl);
    const raw = buf.subarray(p + 30 + nl + xl, p + 30 + nl + xl + csize);
    ents[name] = method === 8 ? zlib.inflateRawSync(raw) : Buffer.from(raw);
    p += 30 + nl + xl + csize;
  }
  return ents;
}
const unxml = s => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
function docxParas(ents) {
  const xml = ents['word/document.xml'].toString('utf8');
  const out = [];
  const re = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g; let m;
  while ((m = re.exec(xml))) {
    let t = ''; const inner = m[1] || '';
    const rt = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t(?:\s[^>]*)?\/>/g; let k;
    while ((k = rt.exec(inner))) t += unxml(k[1] || '');
    out.push(t);
  }
  return out;
}
function units(file) { // returns {list: lines or paragraphs, zip}
  const buf = fs.readFileSync(file);
  if (file.endsWith('.docx')) { const z = readZip(buf); return { list: docxParas(z), zip: z }; }
  const s = buf.toString('utf8');
  if (!s.endsWith('\n')) fail(file, 'no final newline');
  return { list: s.replace(/\n$/, '').split('\n') };
}

// ---------- locating a figure: nth occurrence not glued to other digits
const dig = c => c !== undefined && c >= '0' && c <= '9';
function occurrences(line, s) {
  const r = []; for (let i = line.indexOf(s); i >= 0; i = line.indexOf(s, i + 1)) {
    const before = line[i - 1], after = line[i + s.length], after2 = line[i + s.length + 1];
    if (dig(s[0]) && (dig(before) || before === '.' || before === ',')) continue;
    if (dig(s[s.length - 1]) && (dig(after) || ((after === '.' || after === ',') && dig(after2)))) continue;
    r.push(i);
  }
  return r;
}

// ---------- exact rationals
const B = BigInt;
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
const Q = (n, d = 1n) => { if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d) || 1n; return { n: n / g, d: d / g }; };
const add = (x, y) => Q(x.n * y.d + y.n * x.d, x.d * y.d);
const sub = (x, y) => Q(x.n * y.d - y.n * x.d, x.d * y.d);
const mul = (x, y) => Q(x.n * y.n, x.d * y.d);
const div = (x, y) => Q(x.n * y.d, x.d * y.n);
const cmp = (x, y) => { const v = x.n * y.d - y.n * x.d; return v < 0n ? -1 : v > 0n ? 1 : 0; };
const eqQ = (x, y) => cmp(x, y) === 0;
function roundTo(x, q) { // nearest multiple of q, halves away from zero
  const r = div(x, q); const neg = r.n < 0n; const a = neg ? -r.n : r.n;
  let k = (2n * a + r.d) / (2n * r.d); if (neg) k = -k; return mul(Q(k), q);
}
function dec(str) { const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(str); if (!m) return null; const f = m[3] || ''; return { v: Q(B((m[1] ? '-' : '') + m[2] + f), 10n ** B(f.length)), places: f.length }; }
const MONEY = { '元': 1n, '万元': 10000n, '亿元': 100000000n };

function value(fig, text) { // -> {kind, v (base units), q (quantum)} ; base: money 元, pct percent, num count
  if (fig.type === 'grade') { if (!/^[优良中差]$/.test(text)) return null; return { kind: 'grade', g: text }; }
  if (fig.type === 'pct') { const m = /^(-?[\d.]+)%?$/.exec(text); if (!m) return null; const x = dec(m[1]); if (!x) return null; return { kind: 'pct', v: x.v, q: Q(1n, 10n ** B(x.places)) }; }
  if (fig.type === 'money' || (fig.type === 'num' && MONEY[fig.unit])) {
    const m = /^([\d,]+(?:\.\d+)?)(亿元|万元|元)?$/.exec(text); if (!m) return null;
    const u = m[2] || fig.unit; if (!MONEY[u]) return null; const x = dec(m[1].replace(/,/g, '')); if (!x) return null;
    return { kind: 'money', v: mul(x.v, Q(MONEY[u])), q: Q(MONEY[u], 10n ** B(x.places)) };
  }
  if (fig.type === 'num') {
    const x = dec(text.replace(/,/g, '')); if (!x) return null;
    const f = fig.unit && fig.unit.startsWith('万') ? 10000n : 1n;
    return { kind: 'num', v: mul(x.v, Q(f)), q: Q(f, 10n ** B(x.places)) };
  }
  return null;
}
const HUNDRED = Q(100n);
function shows(out, computed) { return eqQ(roundTo(computed, out.q), out.v); }
function evalRel(r, V) {
  const g = id => { const x = V[id]; if (!x) throw new Error('no value for ' + id); return x; };
  switch (r.type) {
    case 'equal': {
      const a = g(r.a), b = g(r.b);
      if (a.kind === 'grade' || b.kind === 'grade') return a.g === b.g;
      if (a.kind !== b.kind && !(a.kind === 'money' || b.kind === 'money')) return false;
      const c = cmp(a.q, b.q) >= 0 ? a : b, o = c === a ? b : a; return eqQ(roundTo(o.v, c.q), c.v);
    }
    case 'sum': { let s = Q(0n); for (const p of r.parts) s = add(s, g(p).v); return shows(g(r.out), s); }
    case 'diff': return shows(g(r.out), sub(g(r.a).v, g(r.b).v));
    case 'rate': return shows(g(r.out), mul(div(g(r.num).v, g(r.den).v), HUNDRED));
    case 'growth': { const c = g(r.cur).v, p = g(r.prev).v; const x = mul(div(r.dir === 'down' ? sub(p, c) : sub(c, p), p), HUNDRED); return shows(g(r.out), x); }
    case 'perunit': return shows(g(r.out), div(g(r.total).v, g(r.count).v));
    case 'exec_score': { let rt = g(r.rate).v; if (cmp(rt, HUNDRED) > 0) rt = HUNDRED; return shows(g(r.out), div(mul(rt, g(r.weight).v), HUNDRED)); }
    case 'ind_score': {
      const t = g(r.target).v, a = g(r.actual).v, w = g(r.weight).v, s = g(r.out);
      const met = r.cmp === 'le' ? cmp(a, t) <= 0 : cmp(a, t) >= 0;
      if (met) return eqQ(s.v, w);
      return shows(s, mul(w, r.cmp === 'le' ? div(t, a) : div(a, t)));
    }
    case 'grade': { const t = g(r.total).v; const band = cmp(t, Q(90n)) >= 0 ? '优' : cmp(t, Q(80n)) >= 0 ? '良' : cmp(t, Q(60n)) >= 0 ? '中' : '差'; return g(r.out).g === band; }
  }
  throw new Error('unknown relation type ' + r.type);
}
function evaluate(rep, list, overrides, label) {
  const V = {};
  for (const [id, f] of Object.entries(rep.figures)) {
    const text = overrides[id] ?? f.text;
    const line = list[f.line - 1];
    if (line === undefined) { fail(label, id, 'line', f.line, 'missing'); continue; }
    const occ = occurrences(line, text);
    if (occ.length <= f.nth) { fail(label, id, `"${text}" not found as occurrence #${f.nth} at ${f.line}: ${line}`); continue; }
    const v = value(f, text); if (!v) { fail(label, id, 'cannot parse', text); continue; }
    V[id] = v;
  }
  const broken = [];
  for (const r of rep.relations) { let ok; try { ok = evalRel(r, V); } catch (e) { fail(label, r.id, e.message); ok = true; } if (!ok) broken.push(r.id); }
  return broken;
}

// ---------- main
const rj = JSON.parse(fs.readFileSync(path.join(DIR, 'relations.json'), 'utf8'));
const ans = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').replace(/\n$/, '').split('\n').map(l => l.split('\t'));
if (ans[0].join(',') !== 'file,line,old,new,kind,relation') fail('ANSWERS header', ans[0].join(','));
const A = {}; for (const r of ans.slice(1)) A[path.basename(r[0])] = r;
const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).sort();
const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter(f => f !== 'ANSWERS.tsv').sort();
if (cleanFiles.join() !== Object.keys(rj).sort().join()) fail('clean/ files differ from relations.json');
if (badFiles.join() !== cleanFiles.join()) fail('bad/ files differ from clean/');
const fmtCount = {}, kindCount = {}, repKind = {}; let nrel = 0;
for (const file of cleanFiles) {
  const rep = rj[file]; const ext = file.split('.').pop(); fmtCount[ext] = (fmtCount[ext] || 0) + 1;
  repKind[rep.kind] = (repKind[rep.kind] || 0) + 1; kindCount[rep.bad.kind] = (kindCount[rep.bad.kind] || 0) + 1; nrel += rep.relations.length;
  const c = units(path.join(DIR, 'clean', file)), b = units(path.join(DIR, 'bad', file));
  const brokenClean = evaluate(rep, c.list, {}, 'clean/' + file);
  if (brokenClean.length) fail('clean/' + file, 'relations broken:', brokenClean.join(', '));
  // diff clean vs bad
  if (c.list.length !== b.list.length) fail('bad/' + file, 'line/paragraph count differs');
  const diffs = []; c.list.forEach((l, i) => { if (l !== b.list[i]) diffs.push(i + 1); });
  const bad = rep.bad; const a = A[file];
  if (!a) { fail(file, 'no ANSWERS row'); continue; }
  if (a[0] !== 'bad/' + file && a[0] !== file) fail(file, 'ANSWERS file column', a[0]);
  if (Number(a[1]) !== bad.line || a[2] !== bad.old || a[3] !== bad.new || a[4] !== bad.kind) fail(file, 'ANSWERS row does not match relations.json bad entry');
  if (diffs.length !== 1 || diffs[0] !== bad.line) fail('bad/' + file, 'differing units:', diffs.join(','), 'expected', bad.line);
  else {
    const cl = c.list[bad.line - 1]; const occ = occurrences(cl, bad.old);
    const at = occ[bad.nth];
    const expect = at === undefined ? null : cl.slice(0, at) + bad.new + cl.slice(at + bad.old.length);
    if (expect !== b.list[bad.line - 1]) fail('bad/' + file, 'changed line is not exactly old→new');
    if (rep.figures[bad.fig].text !== bad.old || rep.figures[bad.fig].line !== bad.line) fail(file, 'bad fig mismatch');
  }
  if (c.zip) for (const n of new Set([...Object.keys(c.zip), ...Object.keys(b.zip)])) if (n !== 'word/document.xml' && (!c.zip[n] || !b.zip[n] || !c.zip[n].equals(b.zip[n]))) fail('bad/' + file, 'zip entry differs', n);
  const brokenBad = evaluate(rep, b.list, { [bad.fig]: bad.new }, 'bad/' + file);
  if (brokenBad.length !== 1 || brokenBad[0] !== bad.relation) fail('bad/' + file, 'expected exactly', bad.relation, 'to break; broken:', brokenBad.join(', ') || '(none)');
  // the unchanged text must also break it: evaluating bad with the OLD text must fail to find the figure
  const r2 = rep.relations.find(r => r.id === bad.relation); if (!r2 || a[5] !== r2.zh) fail(file, 'ANSWERS relation text mismatch');
}
console.log('formats', JSON.stringify(fmtCount), 'report kinds', JSON.stringify(repKind));
console.log('bad kinds', JSON.stringify(kindCount), 'relations', nrel);
for (const e of ['md', 'txt', 'docx']) if (fmtCount[e] !== 8) fail('format count', e, fmtCount[e]);
const KINDS = ['sum', 'exec_rate', 'balance', 'share', 'growth', 'per_unit', 'text_table', 'score_total', 'grade', 'indicator_score', 'unit_slip'];
for (const k of KINDS) if (!(kindCount[k] >= 2)) fail('bad kind', k, 'fewer than 2');
if (cleanFiles.length !== 24) fail('expected 24 reports, got', cleanFiles.length);
if (errors) { console.log(errors, 'error(s)'); process.exit(1); }
console.log('OK: 24 clean reports consistent; 24 bad copies each break exactly their one named relation');

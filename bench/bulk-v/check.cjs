'use strict';
// Independent checker for the blind corpus: node check.cjs  (exit 0 when everything holds)
// Re-reads clean/ and bad/ (md/txt lines; docx: own unzip, <w:p> paragraphs of word/document.xml),
// locates every figure listed in relations.json, evaluates every relation with interval arithmetic
// at displayed precision, and checks each bad copy against bad/ANSWERS.tsv.
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const DIR = __dirname;
const errors = [];
const fail = (m) => errors.push(m);

// ------------------------------------------------------------ reading
function unzip(buf) { // minimal zip reader: central directory + inflateRaw
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) throw new Error('not a zip');
  const n = buf.readUInt16LE(e + 10); let off = buf.readUInt32LE(e + 16);
  const files = {};
  for (let i = 0; i < n; i++) {
    if (buf.readUInt32LE(off) !== 0x02014b50) throw new Error('bad central directory');
    const method = buf.readUInt16LE(off + 10), csize = buf.readUInt32LE(off + 20);
    const nlen = buf.readUInt16LE(off + 28), xlen = buf.readUInt16LE(off + 30), clen = buf.readUInt16LE(off + 32);
    const lho = buf.readUInt32LE(off + 42);
    const name = buf.toString('utf8', off + 46, off + 46 + nlen);
    const lnl = buf.readUInt16LE(lho + 26), lxl = buf.readUInt16LE(lho + 28);
    const data = buf.subarray(lho + 30 + lnl + lxl, lho + 30 + lnl + lxl + csize);
    files[name] = method === 0 ? Buffer.from(data) : zlib.inflateRawSync(data);
    off += 46 + nlen + xlen + clen;
  }
  return files;
}
function xmlText(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function readUnits(file) {
  const buf = fs.readFileSync(file);
  if (file.endsWith('.docx')) {
    const xml = unzip(buf)['word/document.xml'].toString('utf8');
    const out = []; const re = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g; let m;
    while ((m = re.exec(xml))) {
      let t = ''; const rt = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g; let k;
      while ((k = rt.exec(m[1] || ''))) t += xmlText(k[1]);
      out.push(t);
    }
    return out;
  }
  const s = buf.toString('utf8');
  const lines = s.split('\n'); if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

// ------------------------------------------------------------ figures
function nthIndex(line, text, nth) {
  let pos = -1;
  for (let i = 0; i < nth; i++) { pos = line.indexOf(text, pos + 1); if (pos < 0) return -1; }
  return pos;
}
const ROUNDED = new Set(['money', 'percent', 'pp', 'score', 'avg']); // displayed after rounding: tolerance half a unit of the last digit
function parseFig(f, text) {
  if (f.kind === 'grade') return { g: text };
  const m = /^([0-9][0-9,]*(?:\.[0-9]+)?)(.*)$/.exec(text);
  if (!m) throw new Error('unparsable figure ' + text);
  const num = m[1].replace(/,/g, ''); const dec = num.includes('.') ? num.split('.')[1].length : 0;
  const suffix = m[2] !== '' ? m[2] : (f.unit || '');
  const scale = suffix.startsWith('亿') ? 1e8 : suffix.startsWith('万') ? 1e4 : 1;
  const v = Number(num) * scale;
  const h = ROUNDED.has(f.kind) ? 0.5 * Math.pow(10, -dec) * scale : 0;
  return { lo: v - h, hi: v + h, v, suffix };
}
const GR = (v) => (v >= 90 ? '优' : v >= 80 ? '良' : v >= 60 ? '中' : '差');
const EPS = 1e-9;
function overlap(a, lo, hi) { const e = EPS * Math.max(1, Math.abs(lo), Math.abs(hi)); return a.lo <= hi + e && a.hi >= lo - e; }
function holds(r, V) {
  const g = (id) => { const x = V[id]; if (!x) throw new Error('unknown figure ' + id + ' in ' + r.id); return x; };
  switch (r.op) {
    case 'linear': {
      let lo = 0, hi = 0;
      for (const [s, id] of r.terms) { const x = g(id); if (s > 0) { lo += s * x.lo; hi += s * x.hi; } else { lo += s * x.hi; hi += s * x.lo; } }
      return overlap(g(r.res), lo, hi);
    }
    case 'ratio': {
      const a = g(r.num), b = g(r.den);
      return overlap(g(r.res), (a.lo / b.hi) * r.scale, (a.hi / b.lo) * r.scale);
    }
    case 'growth': {
      const c = g(r.cur), pv = g(r.prev), res = g(r.res);
      const lo = (c.lo / pv.hi - 1) * 100, hi = (c.hi / pv.lo - 1) * 100;
      const rr = r.sign < 0 ? { lo: -res.hi, hi: -res.lo } : res;
      return overlap(rr, lo, hi);
    }
    case 'equal': { const a = g(r.a), b = g(r.b); return overlap(a, b.lo, b.hi); }
    case 'exec_score': {
      const rt = g(r.rate), wv = g(r.weight).v;
      return overlap(g(r.res), (Math.min(rt.lo, 100) / 100) * wv, (Math.min(rt.hi, 100) / 100) * wv);
    }
    case 'indicator': {
      const t = g(r.target), a = g(r.actual), wv = g(r.weight).v;
      const f = r.dir === 'neg' ? (av, tv) => (av <= tv ? wv : (wv * tv) / av) : (av, tv) => (av >= tv ? wv : (wv * av) / tv);
      const c1 = r.dir === 'neg' ? f(a.hi, t.lo) : f(a.lo, t.hi), c2 = r.dir === 'neg' ? f(a.lo, t.hi) : f(a.hi, t.lo);
      return overlap(g(r.res), Math.min(c1, c2), Math.max(c1, c2));
    }
    case 'grade': {
      const t = g(r.total); const ok = new Set([GR(t.lo), GR(t.hi), GR((t.lo + t.hi) / 2)]);
      return ok.has(g(r.res).g);
    }
    default: throw new Error('unknown op ' + r.op);
  }
}
function evaluate(rep, V) { return rep.relations.filter((r) => !holds(r, V)).map((r) => r.id); }

// ------------------------------------------------------------ main
const RJ = JSON.parse(fs.readFileSync(path.join(DIR, 'relations.json'), 'utf8')).reports;
const ans = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').split('\n').filter(Boolean).map((l) => l.split('\t'));
const head = ans.shift();
if (head.join(',') !== 'file,line,old,new,kind,relation') fail('ANSWERS.tsv header: ' + head.join(','));
const KINDS = ['sum', 'exec_rate', 'balance', 'share', 'growth', 'average', 'text_table', 'score_total', 'grade', 'indicator_score', 'exec_score', 'unit'];
const ANS = new Map(ans.map((a) => [a[0], a]));
const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).sort();
const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((f) => f !== 'ANSWERS.tsv').sort();
if (cleanFiles.join() !== badFiles.join()) fail('clean/ and bad/ hold different file names');
const byExt = {}; for (const f of cleanFiles) { const e = path.extname(f); byExt[e] = (byExt[e] || 0) + 1; }
for (const e of ['.md', '.txt', '.docx']) if (byExt[e] !== 8) fail(`expected 8 ${e} files, found ${byExt[e] || 0}`);
if (Object.keys(RJ).sort().join() !== cleanFiles.join()) fail('relations.json reports != clean files');
const kindCount = {};
let nFig = 0, nRel = 0;
for (const file of cleanFiles) {
  const rep = RJ[file]; if (!rep) continue;
  const cu = readUnits(path.join(DIR, 'clean', file));
  const bu = readUnits(path.join(DIR, 'bad', file));
  const V = {}; const pos = {};
  for (const f of rep.figures) {
    const line = cu[f.line - 1];
    const off = line === undefined ? -1 : nthIndex(line, f.text, f.nth);
    if (off < 0) { fail(`${file}: figure ${f.id} "${f.text}" not found at line ${f.line} #${f.nth}`); continue; }
    pos[f.id] = off;
    try { V[f.id] = parseFig(f, f.text); } catch (e) { fail(`${file}: ${e.message}`); }
  }
  nFig += rep.figures.length; nRel += rep.relations.length;
  let broken;
  try { broken = evaluate(rep, V); } catch (e) { fail(`${file}: ${e.message}`); continue; }
  for (const id of broken) { const r = rep.relations.find((x) => x.id === id); fail(`${file}: clean relation ${id} (${r.kind}) does not hold: ${r.desc || ''}`); }
  // bad copy
  const a = ANS.get(file);
  if (!a) { fail(`${file}: no ANSWERS row`); continue; }
  const [, lineS, oldT, newT, kind, relId] = a; const ln = Number(lineS);
  if (!KINDS.includes(kind)) fail(`${file}: unknown error kind ${kind}`);
  kindCount[kind] = (kindCount[kind] || 0) + 1;
  if (cu.length !== bu.length) { fail(`${file}: bad copy has ${bu.length} lines/paragraphs, clean ${cu.length}`); continue; }
  const diff = []; cu.forEach((l, i) => { if (l !== bu[i]) diff.push(i + 1); });
  if (diff.length !== 1 || diff[0] !== ln) { fail(`${file}: bad copy differs at ${diff.join(',')} (expected ${ln})`); continue; }
  const cl = cu[ln - 1], bl = bu[ln - 1];
  let at = -1;
  for (let i = cl.indexOf(oldT); i >= 0; i = cl.indexOf(oldT, i + 1)) {
    if (cl.slice(0, i) + newT + cl.slice(i + oldT.length) === bl) { at = i; break; }
  }
  if (at < 0) { fail(`${file}: line ${ln} is not clean with "${oldT}" -> "${newT}"`); continue; }
  const fig = rep.figures.find((f) => f.line === ln && pos[f.id] === at && f.text === oldT);
  if (!fig) { fail(`${file}: the changed text "${oldT}" at line ${ln} is not a listed figure`); continue; }
  const delta = newT.length - oldT.length;
  for (const f of rep.figures) { // figures still where expected in the bad copy
    const t = f.id === fig.id ? newT : f.text;
    const o = f.line === ln && pos[f.id] > at ? pos[f.id] + delta : pos[f.id];
    if (bu[f.line - 1].substr(o, t.length) !== t) fail(`${file}: bad copy: figure ${f.id} "${t}" not at line ${f.line}`);
  }
  const VB = Object.assign({}, V);
  try { VB[fig.id] = parseFig(fig, newT); } catch (e) { fail(`${file}: bad value: ${e.message}`); continue; }
  const bb = evaluate(rep, VB);
  if (bb.length !== 1 || bb[0] !== relId) fail(`${file}: bad copy breaks [${bb.join(',')}], ANSWERS says ${relId}`);
  if (!rep.relations.some((r) => r.id === relId)) fail(`${file}: ANSWERS relation ${relId} unknown`);
}
for (const f of ans.map((x) => x[0])) if (!cleanFiles.includes(f)) fail(`ANSWERS row for unknown file ${f}`);
console.log(`reports: ${cleanFiles.length}  figures: ${nFig}  relations: ${nRel}`);
console.log('error kinds in bad/: ' + Object.keys(kindCount).sort().map((k) => `${k}=${kindCount[k]}`).join(' '));
if (errors.length) { for (const e of errors) console.log('FAIL ' + e); console.log(`${errors.length} problem(s)`); process.exit(1); }
console.log('OK: every figure located, every relation holds in clean/, each bad copy breaks exactly its labelled relation');

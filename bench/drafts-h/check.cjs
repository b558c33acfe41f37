'use strict';
// Independent verifier (does not import the generator). node check.cjs
// Re-reads clean/, bad/, spec/, bad/ANSWERS.tsv and checks:
//  - 30 reports (20 .md, 10 .txt), 40-120 lines; every spec figure/trap sits at its line/col
//  - every relation holds in clean (exact BigInt fractions, half-up rounding to the decimals shown)
//  - bad differs from clean in exactly one line and inside exactly one figure; exactly one relation breaks;
//    that change matches bad/ANSWERS.tsv; traps are untouched and still hold
const fs = require('fs'); const path = require('path');
const DIR = __dirname; let fails = 0; const problems = [];
const fail = (f, msg) => { fails++; problems.push(f + ': ' + msg); };

// ---- fractions
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
const fr = (p, q = 1n) => { if (q < 0n) { p = -p; q = -q; } const g = gcd(p, q) || 1n; return { p: p / g, q: q / g }; };
const fadd = (a, b) => fr(a.p * b.q + b.p * a.q, a.q * b.q);
const fneg = a => ({ p: -a.p, q: a.q });
const fmul = (a, b) => fr(a.p * b.p, a.q * b.q);
const fdiv = (a, b) => fr(a.p * b.q, a.q * b.p);
const feq = (a, b) => a.p * b.q === b.p * a.q;
const flt = (a, b) => a.p * b.q < b.p * a.q;
const fabs = a => ({ p: a.p < 0n ? -a.p : a.p, q: a.q });
function roundTo(a, d) { // half-up, away from zero
  const k = 10n ** BigInt(d); const neg = a.p < 0n; const p = neg ? -a.p : a.p;
  const n = (2n * p * k + a.q) / (2n * a.q); return fr(neg ? -n : n, k);
}
// ---- parsing figures as written
const CN = { '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 };
function cnNum(s) { let tot = 0, cur = 0; for (const c of s) { if (c === '十') { tot += (cur || 1) * 10; cur = 0; } else if (c === '百') { tot += cur * 100; cur = 0; } else cur = CN[c]; } return tot + cur; }
function parse(text, specUnit) {
  const m = text.match(/^([0-9][0-9,]*(?:\.[0-9]+)?|[零一二两三四五六七八九十百]+)(.*)$/s);
  if (!m) return null;
  const num = m[1]; const unit = m[2].trim() || specUnit;
  if (/^[0-9]/.test(num)) {
    if (num.includes(',') && !/^\d{1,3}(,\d{3})*(\.\d+)?$/.test(num)) return null;
    const c = num.replace(/,/g, ''); const [i, f = ''] = c.split('.');
    return { val: fr(BigInt(i + f), 10n ** BigInt(f.length)), dec: f.length, unit };
  }
  return { val: fr(BigInt(cnNum(num))), dec: 0, unit };
}
const FACT = { '元': fr(1n), '万元': fr(10000n), '亿元': fr(100000000n), '%': fr(1n, 100n), '个百分点': fr(1n, 100n) };
const factor = u => FACT[u] || fr(1n);
const base = x => fmul(x.val, factor(x.unit));
// ---- relations
function holds(r, F, lines) {
  const b = id => base(F[id]);
  const shown = (id, exp) => { const x = F[id]; return feq(roundTo(fdiv(exp, factor(x.unit)), x.dec), x.val); };
  switch (r.op) {
    case 'sum': { let s = fr(0n); for (const p of r.parts) s = fadd(s, p.sign < 0 ? fneg(b(p.m)) : b(p.m)); return feq(s, b(r.total)); }
    case 'ratio': return shown(r.result, fdiv(b(r.num), b(r.den)));
    case 'product': return shown(r.result, r.factors.reduce((a, id) => fmul(a, b(id)), fr(1n)));
    case 'change': { const d = fadd(b(r.cur), fneg(b(r.prev))); const dd = r.dir === 'up' ? d : fneg(d); if (dd.p < 0n) return false; return shown(r.result, fdiv(dd, b(r.prev))); }
    case 'same': {
      const step = id => fmul(fr(1n, 10n ** BigInt(F[id].dec)), factor(F[id].unit));
      let fin = r.mentions[0]; for (const id of r.mentions) if (flt(step(id), step(fin))) fin = id;
      return r.mentions.every(id => shown(id, b(fin)));
    }
    case 'count': return r.items.every(it => (lines[it.line - 1] || '').includes(it.text)) && feq(F[r.result].val, fr(BigInt(r.items.length)));
  }
  throw new Error('unknown op ' + r.op);
}
function approxHolds(t, F) {
  const m = t.text.replace(/^(约|近|超过|超|逾)/, ''); const a = parse(m.replace(/(余|多)(?=\D*$)/, ''), t.unit);
  const unitStrip = { ...a, unit: t.unit }; const av = base(unitStrip), rv = base(F[t.ref]);
  const tenth = fdiv(rv, fr(10n));
  if (t.word === '约' || t.word === '左右') return !flt(tenth, fabs(fadd(av, fneg(rv))));
  if (t.word === '近') return !flt(av, rv) && !flt(tenth, fadd(av, fneg(rv)));
  return !flt(rv, av) && !flt(fdiv(av, fr(2n)), fadd(rv, fneg(av)));
}
// ---- run
const specs = fs.readdirSync(path.join(DIR, 'spec')).filter(f => /^\d\d\.json$/.test(f)).sort().map(f => JSON.parse(fs.readFileSync(path.join(DIR, 'spec', f), 'utf8')));
const ans = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
if (ans[0] !== 'file\tline\told\tnew\trelation') fail('ANSWERS.tsv', 'bad header');
const A = {}; for (const l of ans.slice(1)) { const [file, line, o, n, rel] = l.split('\t'); if (A[file]) fail('ANSWERS.tsv', 'duplicate ' + file); A[file] = { line: +line, old: o, new: n, rel }; }
const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).sort();
const nMd = cleanFiles.filter(f => f.endsWith('.md')).length, nTxt = cleanFiles.filter(f => f.endsWith('.txt')).length;
if (cleanFiles.length !== 30 || nMd !== 20 || nTxt !== 10) fail('clean/', `expected 20 md + 10 txt, got ${nMd} md + ${nTxt} txt`);
if (specs.length !== 30) fail('spec/', 'expected 30 specs, got ' + specs.length);
const opCount = {}, kindCount = {}, brokeKind = {}; let nRel = 0, nTrap = 0, nFig = 0;
for (const S of specs) {
  const f = S.file; const cl = fs.readFileSync(path.join(DIR, 'clean', f), 'utf8').replace(/\n$/, '').split('\n');
  const bd = fs.readFileSync(path.join(DIR, 'bad', f), 'utf8').replace(/\n$/, '').split('\n');
  if (cl.length < 40 || cl.length > 120) fail(f, 'line count ' + cl.length);
  if (f.endsWith('.txt') && cl.some(l => /^#|\*\*|^\|/.test(l))) fail(f, 'markdown markers in plain text');
  if (f.endsWith('.md') && !cl.some(l => /^## /.test(l))) fail(f, 'no markdown headings');
  const F = {};
  for (const g of S.figures) {
    nFig++;
    if ((cl[g.line - 1] || '').substr(g.col, g.text.length) !== g.text) { fail(f, `figure ${g.id} "${g.text}" not at ${g.line}:${g.col}`); continue; }
    const p = parse(g.text, g.unit); if (!p) { fail(f, 'unparsable ' + g.text); continue; } F[g.id] = p;
  }
  if (Object.keys(F).length !== S.figures.length) continue;
  for (const t of S.traps) { nTrap++; if ((cl[t.line - 1] || '').substr(t.col, t.text.length) !== t.text) fail(f, `trap ${t.id} not in place`); if (t.type === 'approx' && !approxHolds(t, F)) fail(f, `approx trap ${t.id} ${t.text} does not hold`); }
  for (const r of S.relations) { nRel++; opCount[r.op] = (opCount[r.op] || 0) + 1; kindCount[r.kind] = (kindCount[r.kind] || 0) + 1; if (!holds(r, F, cl)) fail(f, `clean relation ${r.id} (${r.desc}) fails`); }
  // bad
  if (bd.length !== cl.length) { fail(f, 'bad has different line count'); continue; }
  const diff = []; cl.forEach((l, i) => { if (l !== bd[i]) diff.push(i); });
  if (diff.length !== 1) { fail(f, 'bad differs in ' + diff.length + ' lines'); continue; }
  const li = diff[0], c = cl[li], b = bd[li];
  let pre = 0; while (pre < c.length && pre < b.length && c[pre] === b[pre]) pre++;
  let suf = 0; while (suf < c.length - pre && suf < b.length - pre && c[c.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const inFig = S.figures.filter(g => g.line === li + 1 && g.col <= pre && g.col + g.text.length >= c.length - suf);
  if (inFig.length !== 1) { fail(f, 'change not inside exactly one figure'); continue; }
  const g = inFig[0]; const tail = c.length - g.col - g.text.length; const nt = b.slice(g.col, b.length - tail);
  const np = parse(nt, g.unit); if (!np) { fail(f, 'bad figure unparsable: ' + nt); continue; }
  const FB = Object.assign({}, F, { [g.id]: np });
  for (const t of S.traps) { if ((bd[t.line - 1] || '').substr(t.line - 1 === li && t.col > g.col ? t.col + nt.length - g.text.length : t.col, t.text.length) !== t.text) fail(f, `trap ${t.id} moved/changed in bad`); if (t.type === 'approx' && !approxHolds(t, FB)) fail(f, `approx trap ${t.id} breaks in bad`); }
  const broken = S.relations.filter(r => !holds(r, FB, bd));
  if (broken.length !== 1) { fail(f, `bad breaks ${broken.length} relations: ${broken.map(r => r.id).join(',')}`); continue; }
  brokeKind[broken[0].kind] = (brokeKind[broken[0].kind] || 0) + 1;
  const a = A[f];
  if (!a) fail(f, 'missing in ANSWERS.tsv');
  else if (a.line !== li + 1 || a.old !== g.text || a.new !== nt || a.rel.split(' ')[0] !== broken[0].id) fail(f, `ANSWERS mismatch: ${JSON.stringify(a)} vs line ${li + 1} ${g.text} -> ${nt} ${broken[0].id}`);
}
if (Object.keys(A).length !== specs.length) fail('ANSWERS.tsv', 'rows ' + Object.keys(A).length);
console.log(`reports ${specs.length} (md ${nMd}, txt ${nTxt}); figures ${nFig}; relations ${nRel}; traps ${nTrap}`);
console.log('relations by op:', JSON.stringify(opCount));
console.log('relations by kind:', JSON.stringify(kindCount));
console.log('broken in bad by kind:', JSON.stringify(brokeKind));
if (fails) { console.log('FAIL ' + fails); problems.forEach(p => console.log('  ' + p)); process.exit(1); }
console.log('OK: every relation holds in clean; each bad file changes one figure and breaks exactly the relation named in ANSWERS.tsv');

'use strict';
// deterministic generator: node gen.cjs  -> clean/, bad/, spec/, bad/ANSWERS.tsv, README.md
const fs = require('fs'); const path = require('path');
const X = require('./lib/dec.cjs');
const { Builder, evalRel, toBase, mulberry } = require('./lib/build.cjs');
const THEMES = require('./lib/themes.cjs'); const UNITS = require('./lib/units.cjs'); const C = require('./lib/compose.cjs');
const { variants, numPart, cnVal } = require('./lib/mutate.cjs');
const readme = require('./lib/readme.cjs');
const OUT = __dirname;
for (const d of ['clean', 'bad', 'spec']) { fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, d)); }

function parseFig(text, unit) {
  const num = numPart(text); const rest = text.slice(num.length).trim();
  const v = /^[0-9]/.test(num) ? X.D(num) : X.D(String(cnVal(num)));
  return { v, unit: rest || unit };
}
function approxOk(t, ref) {
  const a = toBase(t.v, t.unit), r = toBase(ref.v, ref.unit);
  const tenth = X.div(r, X.D('10'), 6);
  if (['约', '左右'].includes(t.word)) { const d = X.sub(a, r); return X.cmp(d.n < 0n ? { n: -d.n, s: d.s } : d, tenth) <= 0; }
  if (t.word === '近') return X.cmp(a, r) >= 0 && X.cmp(X.sub(a, r), tenth) <= 0;
  return X.cmp(r, a) >= 0 && X.cmp(X.sub(r, a), X.div(a, X.D('2'), 6)) <= 0;
}
const answers = [['file', 'line', 'old', 'new', 'relation']]; const rows = [];
for (const U of UNITS) {
  const B = new Builder(U); B.T = THEMES[U.theme]; C[U.kind](B);
  const R = B.finish();
  const nn = String(U.no).padStart(2, '0'); const fname = nn + '-' + U.slug + '.' + U.style;
  const vals = {}; for (const f of R.figs) vals[f.id] = parseFig(f.text, f.unit);
  for (const f of R.figs) { const l = R.lines[f.line - 1]; if (l.substr(f.col, f.text.length) !== f.text) throw new Error('pos ' + fname + ' ' + f.id); }
  for (const r of R.rels) if (!evalRel(r, id => vals[id])) throw new Error('clean relation fails ' + fname + ' ' + r.id + ' ' + r.desc);
  for (const t of R.traps) if (t.type === 'approx' && !approxOk({ ...parseFig(t.text.replace(/^(约|近|超过|超|逾)/, ''), t.unit), word: t.word }, vals[t.ref])) throw new Error('approx ' + fname + ' ' + t.id + ' ' + t.text);
  if (R.lines.length < 40 || R.lines.length > 120) console.warn('WARN lines', fname, R.lines.length);
  // involvement
  const inv = {}; const add = (id, r) => { (inv[id] = inv[id] || []).push(r); };
  for (const r of R.rels) { const ids = r.op === 'sum' ? [r.total, ...r.parts.map(p => p.m)] : r.op === 'ratio' ? [r.result, r.num, r.den] : r.op === 'product' ? [r.result, ...r.factors] : r.op === 'change' ? [r.result, r.cur, r.prev] : r.op === 'same' ? r.mentions : [r.result]; for (const id of new Set(ids)) add(id, r); }
  for (const t of R.traps) if (t.ref) add(t.ref, { id: t.id, kind: 'approx' });
  const rng = mulberry(U.seed * 31 + 5);
  const [target0, method, pkey] = U.mut; let target = target0;
  const has = k => R.figs.some(f => (inv[f.id] || []).length === 1 && inv[f.id][0].kind === k);
  if (!has(target)) { target = ['completion', 'parts', 'response_rate', 'yoy_abs', 'share'].find(has); console.warn('fallback', fname, target0, '->', target); }
  let cands = R.figs.filter(f => (inv[f.id] || []).length === 1 && inv[f.id][0].kind === target && !X.eq(vals[f.id].v, X.D('0')));
  const rot = arr => { const k = Math.floor(rng() * Math.max(1, arr.length)); return arr.slice(k).concat(arr.slice(0, k)); };
  if (target === 'same') { const g1 = cands.filter(f => f.role === 'repeat' && (!pkey || f.key === pkey)); const isM = f => /元$/.test(f.unit); const g2o = cands.filter(f => f.role === 'repeat' && !g1.includes(f)); const g2 = g2o.filter(isM).concat(g2o.filter(f => !isM(f))); cands = rot(g1).concat(g2, cands.filter(f => f.role !== 'repeat')); }
  else cands = rot(cands);
  let mut = null;
  outer: for (const meth of [method, 'digit', 'swap']) for (const f of cands) for (const nt of variants(f.text, meth, rng)) {
    const nv = parseFig(nt, f.unit); const V = id => (id === f.id ? nv : vals[id]);
    const broken = R.rels.filter(r => !evalRel(r, V));
    if (broken.length === 1) { mut = { fig: f.id, line: f.line, col: f.col, old: f.text, new: nt, method: meth, relation: broken[0].id, rkind: broken[0].kind, rdesc: broken[0].desc }; break outer; }
  }
  if (!mut) throw new Error('no mutation for ' + fname + ' target ' + target);
  const bad = R.lines.slice(); const l = bad[mut.line - 1]; bad[mut.line - 1] = l.slice(0, mut.col) + mut.new + l.slice(mut.col + mut.old.length);
  fs.writeFileSync(path.join(OUT, 'clean', fname), R.lines.join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'bad', fname), bad.join('\n') + '\n');
  const spec = { file: fname, unit: U.unit, kind: U.kindName, style: U.style === 'md' ? 'markdown' : 'plain text', theme: U.theme, lines: R.lines.length, figures: R.figs, relations: R.rels, traps: R.traps, mutation: mut };
  fs.writeFileSync(path.join(OUT, 'spec', nn + '.json'), JSON.stringify(spec, null, 1) + '\n');
  answers.push([fname, String(mut.line), mut.old, mut.new, mut.relation + ' ' + mut.rkind + '：' + mut.rdesc]);
  rows.push({ U, fname, R, mut });
}
fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.map(r => r.join('\t')).join('\n') + '\n');
fs.writeFileSync(path.join(OUT, 'README.md'), readme(rows));
console.log('wrote', rows.length, 'reports; relations', rows.reduce((a, r) => a + r.R.rels.length, 0), '; traps', rows.reduce((a, r) => a + r.R.traps.length, 0));

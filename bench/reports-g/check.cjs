'use strict';
// Independent verifier: NODE_PATH=/work/main/node_modules node check.cjs
// Reads the .docx files (word/document.xml via jszip), spec/NN.json and bad/ANSWERS.tsv; does not import the generator.
const fs = require('fs'), path = require('path'), { execFileSync } = require('child_process');
const JSZip = require('jszip'); const { DOMParser } = require('@xmldom/xmldom');
const DIR = __dirname;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

// --- exact rationals ---
const Q = (n, d = 1n) => { n = BigInt(n); d = BigInt(d); if (d < 0n) { n = -n; d = -d; } return [n, d]; };
const qadd = (a, b) => Q(a[0] * b[1] + b[0] * a[1], a[1] * b[1]);
const qmul = (a, b) => Q(a[0] * b[0], a[1] * b[1]);
const qdiv = (a, b) => Q(a[0] * b[1], a[1] * b[0]);
function roundTo(x, q) { const p = 10n ** BigInt(q); const n = x[0] * p, d = x[1]; const neg = n < 0n; const a = neg ? -n : n; const r = (2n * a + d) / (2n * d); return neg ? -r : r; }
function num(tok) { const s = tok.replace(/,/g, ''); const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s); if (!m) throw new Error('not a number: ' + tok); const f = m[3] || ''; return { v: Q(BigInt(m[1] + m[2] + f), 10n ** BigInt(f.length)), q: f.length }; }
const SCALE = { '元': Q(1), '万元': Q(10000), '亿元': Q(100000000), '%': Q(1, 100) };
const scale = (u) => SCALE[u] || Q(1);

// --- docx reading ---
async function readDocx(file) {
  const z = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await z.file('word/document.xml').async('string');
  const dom = new DOMParser().parseFromString(xml, 'text/xml');
  const body = dom.getElementsByTagNameNS(W, 'body')[0];
  const text = (el) => { let s = ''; const ts = el.getElementsByTagNameNS(W, 't'); for (let i = 0; i < ts.length; i++) s += ts[i].textContent; return s; };
  const kids = (el, name) => { const out = []; for (let c = el.firstChild; c; c = c.nextSibling) if (c.localName === name && c.namespaceURI === W) out.push(c); return out; };
  const paras = [], tables = [];
  for (let c = body.firstChild; c; c = c.nextSibling) {
    if (c.localName === 'p') paras.push(text(c));
    else if (c.localName === 'tbl') tables.push({ before: paras.slice(-3), rows: kids(c, 'tr').map(tr => kids(tr, 'tc').map(text)) });
  }
  return { paras, tables };
}
const TOK = /\d[\d,]*(?:\.\d+)?/g;
function figToken(doc, f) {
  const L = f.loc;
  if (L.p !== undefined) {
    const p = doc.paras[L.p]; if (p === undefined) return { err: 'no paragraph ' + L.p };
    const all = [...p.matchAll(TOK)]; const m = all[L.k]; if (!m) return { err: `no token ${L.k} in paragraph ${L.p}` };
    const after = p.slice(m.index + m[0].length);
    return { tok: m[0], ctxOk: after.startsWith(f.suffix), first: p.slice(0, 12) };
  }
  const t = doc.tables[L.t]; if (!t) return { err: 'no table ' + L.t };
  const row = t.rows[L.r]; if (!row || row[L.c] === undefined) return { err: `no cell ${L.r},${L.c}` };
  return { tok: row[L.c].trim(), ctxOk: t.before.some(x => x.includes(L.caption)), first: null };
}
function evalRels(spec, toks) {
  const val = (id) => { const { v } = num(toks[id]); return qmul(v, scale(units[id])); };
  const units = Object.fromEntries(spec.figures.map(f => [f.id, f.unit]));
  const broken = [];
  for (const r of spec.relations) {
    let E;
    if (r.kind === 'ratio') {
      let n = Q(0), d = Q(0);
      for (const [s, id] of r.num) n = qadd(n, qmul(Q(s), val(id)));
      for (const [s, id] of r.den) d = qadd(d, qmul(Q(s), val(id)));
      if (d[0] === 0n) { broken.push(r); continue; }
      E = qdiv(n, d); if (r.k) E = qmul(E, Q(r.k[0], r.k[1]));
    } else { E = Q(0); for (const [s, id] of r.terms) E = qadd(E, qmul(Q(s), val(id))); }
    const t = num(toks[r.target]);
    if (roundTo(qdiv(E, scale(units[r.target])), t.q) !== roundTo(t.v, t.q)) broken.push(r);
  }
  return broken;
}
function pdfText(file) { return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 1 << 26 }).replace(/\s+/g, ''); }
const count = (s, sub) => { let n = 0, i = 0; while ((i = s.indexOf(sub, i)) >= 0) { n++; i += sub.length; } return n; };

(async () => {
  const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
  if (answers[0] !== 'file\twhere\told\tnew\trelation') throw new Error('ANSWERS.tsv header');
  const ans = Object.fromEntries(answers.slice(1).map(l => { const [file, where, old, nw, rel] = l.split('\t'); return [file, { where, old, nw, rel }]; }));
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter(f => /^\d\d\.json$/.test(f)).sort();
  let fails = 0; const cats = {}; let prose = 0, table = 0, totalRels = 0;
  const fail = (m) => { fails++; console.log('FAIL ' + m); };
  for (const sf of specs) {
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'spec', sf), 'utf8'));
    const base = spec.file;
    const clean = await readDocx(path.join(DIR, 'clean', base + '.docx'));
    const bad = await readDocx(path.join(DIR, 'bad', base + '.docx'));
    // 1. clean: every figure found where the spec says, with its text; all relations hold
    const ct = {}, bt = {};
    for (const f of spec.figures) {
      const c = figToken(clean, f), b = figToken(bad, f);
      if (c.err || b.err) { fail(`${base} ${f.id}: ${c.err || b.err}`); continue; }
      if (c.tok !== f.text) fail(`${base} ${f.id}: clean shows ${c.tok}, spec ${f.text}`);
      if (!c.ctxOk) fail(`${base} ${f.id}: unit/caption context not found`);
      if (f.loc.p !== undefined && c.first !== f.loc.first) fail(`${base} ${f.id}: paragraph starts ${c.first}`);
      ct[f.id] = c.tok; bt[f.id] = b.tok;
    }
    const cb = evalRels(spec, ct);
    if (cb.length) cb.forEach(r => fail(`${base} clean relation broken: ${r.label}`));
    totalRels += spec.relations.length;
    // 2. bad differs from clean in exactly one paragraph/cell, and in one figure
    const diffs = [];
    if (clean.paras.length !== bad.paras.length || clean.tables.length !== bad.tables.length) fail(`${base}: structure differs`);
    clean.paras.forEach((p, i) => { if (p !== bad.paras[i]) diffs.push(['p', i, p, bad.paras[i]]); });
    clean.tables.forEach((t, i) => t.rows.forEach((r, j) => r.forEach((c, k) => { if (c !== bad.tables[i].rows[j][k]) diffs.push(['c', i, c, bad.tables[i].rows[j][k]]); })));
    if (diffs.length !== 1) fail(`${base}: ${diffs.length} paragraphs/cells differ`);
    const changed = spec.figures.filter(f => ct[f.id] !== bt[f.id]);
    if (changed.length !== 1) { fail(`${base}: ${changed.length} figures differ`); continue; }
    const f = changed[0];
    if (f.id !== spec.change.figure || ct[f.id] !== spec.change.old || bt[f.id] !== spec.change.new) fail(`${base}: changed figure does not match spec.change`);
    if (diffs.length === 1) { const [, , a, b] = diffs[0]; if (a.replace(spec.change.old, spec.change.new) !== b) fail(`${base}: the differing text is not just the figure`); }
    // 3. exactly one relation breaks in bad, the one named
    const bb = evalRels(spec, bt);
    if (bb.length !== 1) fail(`${base}: ${bb.length} relations break in bad: ${bb.map(r => r.label).join(' | ')}`);
    else if (bb[0].id !== spec.change.relation) fail(`${base}: broken relation ${bb[0].id} != ${spec.change.relation}`);
    const a = ans[base];
    if (!a) fail(`${base}: missing in ANSWERS.tsv`);
    else if (a.old !== ct[f.id] || a.nw !== bt[f.id] || a.where !== spec.change.where || (bb[0] && a.rel !== bb[0].label)) fail(`${base}: ANSWERS.tsv row does not match`);
    // where points at the figure
    const isTable = f.loc.t !== undefined;
    if (isTable ? !a.where.includes(f.loc.caption) || !a.where.includes(f.loc.row) : !a.where.includes(f.loc.first)) fail(`${base}: where does not locate the figure`);
    isTable ? table++ : prose++;
    cats[spec.change.category] = (cats[spec.change.category] || 0) + 1;
    // 4. PDFs
    for (const d of ['clean', 'bad']) if (!fs.existsSync(path.join(DIR, d, base + '.pdf'))) fail(`${base}: ${d} pdf missing`);
    if (fs.existsSync(path.join(DIR, 'bad', base + '.pdf')) && fs.existsSync(path.join(DIR, 'clean', base + '.pdf'))) {
      const tb = pdfText(path.join(DIR, 'bad', base + '.pdf')), tc = pdfText(path.join(DIR, 'clean', base + '.pdf'));
      const nb = count(tb, spec.change.new), nc = count(tc, spec.change.new);
      if (!(nb > nc)) fail(`${base}: pdftotext does not find the changed figure ${spec.change.new} in the bad PDF (bad ${nb}, clean ${nc})`);
    }
    console.log(`ok ${base}\tfigures=${spec.figures.length}\trelations=${spec.relations.length}\tclean: all hold\tbad: ${spec.change.old}→${spec.change.new} breaks only「${spec.change.label}」`);
  }
  if (specs.length !== 24 || Object.keys(ans).length !== 24) fail(`expected 24 reports, spec ${specs.length}, answers ${Object.keys(ans).length}`);
  console.log(`\nreports=${specs.length} relations checked in clean=${totalRels} changes: prose=${prose} table=${table}`);
  console.log('categories: ' + Object.entries(cats).map(([k, v]) => `${k}=${v}`).join(' '));
  console.log(fails ? `FAILED: ${fails} problem(s)` : 'PASS');
  process.exit(fails ? 1 : 0);
})().catch(e => { console.error(e); process.exit(2); });

'use strict';
// Independent verifier (does not import the generator).
// NODE_PATH=/work/main/node_modules node check.cjs
// Re-reads clean/ and bad/ with exceljs, evaluates every relation of spec/NN.json from the cells' stored values,
// confirms: all hold in clean; bad differs from clean in exactly one cell; exactly one relation breaks; both match bad/ANSWERS.tsv.
const fs = require('fs'); const path = require('path');
const ExcelJS = require('exceljs');
const DIR = __dirname;

function raw(cell) {
  let v = cell.value;
  if (v && typeof v === 'object' && 'formula' in v) v = v.result;
  if (v && typeof v === 'object' && v.richText) v = v.richText.map((t) => t.text).join('');
  return v;
}
function shown(cell) {
  const v = raw(cell); if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  const f = cell.numFmt || 'General'; const m = f.match(/0\.(0+)/); const dp = m ? m[1].length : 0;
  if (f.includes('%')) return (v * 100).toFixed(dp) + '%';
  if (f.startsWith('#,##0')) { const [i, d] = Math.abs(v).toFixed(dp).split('.'); return (v < 0 ? '-' : '') + i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d ? '.' + d : ''); }
  if (f === 'General') return String(v);
  return v.toFixed(dp);
}
// numeric value in "display units": percents as percent numbers
function num(cell) {
  const v = raw(cell);
  if (typeof v === 'number') return (cell.numFmt || '').includes('%') ? v * 100 : v;
  if (typeof v === 'string') { const m = v.replace(/，/g, ',').match(/-?\d[\d,]*(\.\d+)?/); return m ? Number(m[0].replace(/,/g, '')) : null; }
  return null;
}
const I = (x, dp) => BigInt(Math.round(x * 10 ** dp));
const rnd = (n, d) => { if (d < 0n) { n = -n; d = -d; } const s = n < 0n ? -1n : 1n; const a = n < 0n ? -n : n; return s * ((2n * a + d) / (2n * d)); };
const T = (k) => 10n ** BigInt(k);

function holds(wb, rel) {
  const g = (ref) => { const i = ref.lastIndexOf('!'); const ws = wb.getWorksheet(ref.slice(0, i)); if (!ws) throw new Error('sheet ' + ref); const x = num(ws.getCell(ref.slice(i + 1))); if (x === null) throw new Error('not numeric ' + ref); return x; };
  const dp = rel.dp ?? 2; const H = 6;
  if (rel.type === 'lin') return rel.terms.reduce((s, [k, c]) => s + BigInt(k) * I(g(c), dp), 0n) === I(g(rel.target), dp);
  if (rel.type === 'ratio') { const n = rel.num.reduce((s, [k, c]) => s + BigInt(k) * I(g(c), H), 0n); const d = rel.den.reduce((s, [k, c]) => s + BigInt(k) * I(g(c), H), 0n); return rnd(n * 100n * T(dp), d) === I(g(rel.target), dp); }
  if (rel.type === 'score_rate' || rel.type === 'prop') {
    const w = I(g(rel.weight), H); let n, d;
    if (rel.type === 'score_rate') { n = I(g(rel.num), H); d = I(g(rel.den), H); } else if (rel.lower) { n = I(g(rel.goal), H); d = I(g(rel.actual), H); } else { n = I(g(rel.actual), H); d = I(g(rel.goal), H); }
    let s = rnd(n * w * T(dp), d * T(H)); const cap = rnd(w * T(dp), T(H)); if (s > cap) s = cap; return s === I(g(rel.target), dp);
  }
  if (rel.type === 'le') return g(rel.a) <= g(rel.b) + 1e-9;
  if (rel.type === 'eq') return I(g(rel.a), dp) === rnd(I(g(rel.b), dp), BigInt(rel.scale || 1));
  throw new Error('unknown relation type ' + rel.type);
}
function cellsOf(wb) {
  const m = new Map();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => { if (c.isMerged && c.master !== c) return; m.set(ws.name + '!' + c.address, c); })));
  return m;
}

(async () => {
  const ans = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
  const head = ans.shift(); let fail = 0; let nrel = 0;
  const err = (f, s) => { fail++; console.log(`FAIL ${f}: ${s}`); };
  if (head !== 'file\tsheet\tcell\told\tnew\trelation') err('ANSWERS.tsv', 'header ' + head);
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => f.endsWith('.json')).sort();
  const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).filter((f) => f.endsWith('.xlsx')).sort();
  if (specs.length !== 24 || cleanFiles.length !== 24 || ans.length !== 24) err('corpus', `counts spec=${specs.length} clean=${cleanFiles.length} answers=${ans.length}`);
  const cats = {};
  for (const sf of specs) {
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'spec', sf), 'utf8')); const f = spec.file;
    const row = ans.map((l) => l.split('\t')).find((x) => x[0] === f); if (!row) { err(f, 'no ANSWERS row'); continue; }
    const C = new ExcelJS.Workbook(); await C.xlsx.readFile(path.join(DIR, 'clean', f));
    const X = new ExcelJS.Workbook(); await X.xlsx.readFile(path.join(DIR, 'bad', f));
    // 1. clean holds
    const cf = spec.relations.filter((r) => !holds(C, r)); nrel += spec.relations.length;
    if (cf.length) err(f, 'clean breaks ' + cf.map((r) => r.id + ' ' + r.kind).join('; '));
    // 2. exactly one differing cell
    const a = cellsOf(C), b = cellsOf(X); const keys = new Set([...a.keys(), ...b.keys()]); const diff = [];
    for (const k of keys) { const ca = a.get(k), cb = b.get(k); const va = ca ? JSON.stringify(ca.value) + '|' + shown(ca) : '', vb = cb ? JSON.stringify(cb.value) + '|' + shown(cb) : ''; if (va !== vb) diff.push(k); }
    if (diff.length !== 1) { err(f, `cells differing: ${diff.length} ${diff.slice(0, 5)}`); continue; }
    const [sheet, cell] = [diff[0].slice(0, diff[0].lastIndexOf('!')), diff[0].slice(diff[0].lastIndexOf('!') + 1)];
    const o = shown(a.get(diff[0])), n = shown(b.get(diff[0]));
    if (row[1] !== sheet || row[2] !== cell || row[3] !== o || row[4] !== n) err(f, `ANSWERS ${row.slice(1, 5)} vs actual ${sheet} ${cell} ${o} ${n}`);
    // 3. exactly one broken relation, naming the changed cell
    const br = spec.relations.filter((r) => !holds(X, r));
    if (br.length !== 1) { err(f, 'bad breaks ' + br.length + ': ' + br.map((r) => r.id + ' ' + r.kind).join('; ')); continue; }
    if (br[0].kind !== row[5]) err(f, `relation ${br[0].kind} vs ANSWERS ${row[5]}`);
    if (br[0].id !== spec.mutation.relation || spec.mutation.cell !== cell || spec.mutation.sheet !== sheet) err(f, 'spec.mutation disagrees');
    if (!JSON.stringify(br[0]).includes(`"${diff[0]}"`)) err(f, 'broken relation does not involve the changed cell');
    cats[spec.mutation.category] = (cats[spec.mutation.category] || 0) + 1;
    console.log(`ok  ${f}  ${spec.relations.length} relations hold; bad ${sheet}!${cell} ${o} -> ${n}; breaks ${br[0].id} ${br[0].kind}`);
  }
  console.log(`\n${specs.length} workbooks, ${nrel} relations; mutation categories: ${Object.entries(cats).map(([k, v]) => k + ' ' + v).join(', ')}`);
  console.log(fail ? `FAILED: ${fail} problem(s)` : 'ALL CHECKS PASSED');
  process.exit(fail ? 1 : 0);
})();

'use strict';
// Generator: NODE_PATH=/work/main/node_modules node gen.cjs  -> clean/, bad/, spec/, bad/ANSWERS.tsv
const fs = require('fs'); const path = require('path');
const { rng, Book, display, evalRel } = require('./lib.cjs');
const SH = require('./sheets.cjs');
const { funds, goals, deptInds, slip, SLIP, makeInds, cents } = require('./data.cjs');
const { WORKBOOKS } = require('./books.cjs');

const OUT = __dirname;
const JSZip = require('jszip');
// exceljs stamps zip entries with the current time; rewrite them with a fixed date so reruns are byte-identical
async function save(wb, file) {
  const z = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const d = new Date(Date.UTC(2025, 2, 15, 9, 0, 0));
  for (const f of Object.values(z.files)) f.date = d;
  fs.writeFileSync(file, await z.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' }));
}
async function main() {
  for (const d of ['clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const answers = [['file', 'sheet', 'cell', 'old', 'new', 'relation'].join('\t')];
  const summary = [];
  for (const W of WORKBOOKS) {
    const file = `${W.id}-${W.slug}.xlsx`;
    const build = (ov) => { const B = new Book(W.id); B.overrides = ov || {}; const m = W.build(B, rng(Number(W.id) * 7919 + 17)); return { B, m }; };
    const { B: C, m } = build();
    const bad = C.rels.filter((r) => !evalRel(C.cells, r));
    if (bad.length) throw new Error(`${file}: clean relations fail ${bad.map((r) => r.id + ' ' + r.kind).join('; ')}`);
    const rec = C.cells[m.key]; if (!rec) throw new Error(`${file}: no cell ${m.key}`);
    if (rec.formula) throw new Error(`${file}: mutation on formula cell ${m.key}`);
    let to;
    if (rec.style === 'text') { to = m.text; } else to = slip(rec.u, m.how, m.pos);
    const { B: X } = build({ [m.key]: to });
    const broken = X.rels.filter((r) => !evalRel(X.cells, r));
    if (broken.length !== 1) throw new Error(`${file}: mutation ${m.key} breaks ${broken.length}: ${broken.map((r) => r.id + ' ' + r.kind).join('; ')}`);
    const changed = Object.keys(C.cells).filter((k) => display(C.cells[k]) !== display(X.cells[k]));
    if (changed.length !== 1) throw new Error(`${file}: changed ${changed}`);
    const xr = X.cells[m.key]; const oldS = display(rec), newS = display(xr);
    await save(C.wb, path.join(OUT, 'clean', file));
    await save(X.wb, path.join(OUT, 'bad', file));
    const [sheet, cell] = m.key.split('!');
    answers.push([file, sheet, cell, oldS, newS, broken[0].kind].join('\t'));
    const spec = { file, unit: W.unit, kind: W.kind, features: W.features, sheets: C.wb.worksheets.map((w) => w.name), relations: C.rels,
      mutation: { sheet, cell, old: oldS, new: newS, slip: m.how ? SLIP[m.how] : m.slip, relation: broken[0].id, relationKind: broken[0].kind, category: W.cat } };
    fs.writeFileSync(path.join(OUT, 'spec', `${W.id}.json`), JSON.stringify(spec, null, 1) + '\n');
    summary.push(`${file}: ${C.rels.length} relations; ${m.key} ${oldS} -> ${newS} breaks ${broken[0].id} ${broken[0].kind}`);
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  console.log(summary.join('\n'));
}
main().catch((e) => { console.error(e); process.exit(1); });

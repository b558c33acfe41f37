'use strict';
// Generator: builds clean/NN-*.xlsx, bad/NN-*.xlsx (one cell changed), bad/ANSWERS.tsv, spec/NN-*.json.
// Run: NODE_PATH=../../node_modules node gen.cjs
const fs = require('fs');
const path = require('path');
const { Ctx } = require('./core.cjs');
const { shown } = require('./lib.cjs');

const ROOT = __dirname;
const builders = [...require('./b1.cjs'), ...require('./b2.cjs'), ...require('./b3.cjs')];

(async () => {
  for (const d of ['clean', 'bad', 'spec']) {
    fs.mkdirSync(path.join(ROOT, d), { recursive: true });
    for (const f of fs.readdirSync(path.join(ROOT, d))) fs.unlinkSync(path.join(ROOT, d, f));
  }
  const answers = [['file', 'sheet', 'cell', 'old', 'new', 'relation'].join('\t')];
  const index = [];
  const only = process.argv[2];
  for (const b of builders) {
    if (only && String(b.no) !== only) continue;
    const ctx = new Ctx(b.no, b.short, b.kind);
    b.build(ctx);
    if (!ctx.mut) throw new Error(`${ctx.file}: no mutation`);
    await ctx.wb.xlsx.writeFile(path.join(ROOT, 'clean', ctx.file));
    const m = ctx.mut;
    const ws = ctx.wb.getWorksheet(m.sheet);
    const cell = ws.getCell(m.cell);
    const oldShown = shown(cell.value, cell.numFmt);
    cell.value = m.to; // a formula cell becomes a typed value (someone typed over it)
    const newShown = shown(cell.value, cell.numFmt);
    await ctx.wb.xlsx.writeFile(path.join(ROOT, 'bad', ctx.file));
    const rel = ctx.rels.find((r) => r.id === m.relId);
    if (!rel) throw new Error(`${ctx.file}: mutation names unknown relation ${m.relId}`);
    answers.push([ctx.file, m.sheet, m.cell, oldShown, newShown, rel.label].join('\t'));
    fs.writeFileSync(path.join(ROOT, 'spec', ctx.file.replace(/\.xlsx$/, '.json')),
      JSON.stringify({ file: ctx.file, kind: ctx.kind, unit: ctx.unit, features: ctx.features, free: ctx.free || [], rels: ctx.rels, mutation: { ...m, old: oldShown, new: newShown, relation: rel.label } }, null, 1));
    index.push({ file: ctx.file, kind: ctx.kind, unit: ctx.unit, features: ctx.features, mut: `${m.sheet}!${m.cell} ${oldShown}→${newShown}`, rel: rel.label, nrels: ctx.rels.length });
    console.log(`${ctx.file}\t${ctx.rels.length} relations\t${m.sheet}!${m.cell} ${oldShown} → ${newShown}\t${rel.label}`);
  }
  fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  fs.writeFileSync(path.join(ROOT, 'spec', 'index.txt'), index.map((x) => [x.file, x.kind, x.unit, x.features.join('; '), x.mut, x.rel].join('\t')).join('\n') + '\n');
})().catch((e) => { console.error(e); process.exit(1); });

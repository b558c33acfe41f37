// Generates clean/ and bad/ .docx files, data/*.json and bad/ANSWERS.tsv.
'use strict';
const fs = require('fs');
const path = require('path');
const { renderReport } = require('./lib.cjs');
const reps = Object.assign({}, require('./reports_a.cjs'), require('./reports_b.cjs'), require('./reports_c.cjs'), require('./reports_d.cjs'));
const OUT = __dirname;

function norm(s) { return s.replace(/\n/g, ''); }
(async () => {
  const answers = [['file', 'table', 'row', 'column', 'old', 'new', 'relation'].join('\t')];
  const names = Object.keys(reps).sort();
  for (const fn of names) {
    const R = reps[fn]();
    const base = `${R.id}-${R.short}`;
    const json = R.toJSON();
    fs.writeFileSync(path.join(OUT, 'clean', base + '.docx'), await renderReport(json));
    const b = R.badSpec;
    const bad = JSON.parse(JSON.stringify(json));
    const cell = bad.tables[b.t].rows[b.r][b.c];
    const old = cell.t; cell.t = b.newText;
    fs.writeFileSync(path.join(OUT, 'bad', base + '.docx'), await renderReport(bad));
    const T = json.tables[b.t];
    const caption = T.caption || `表${b.t + 1}`;
    const col = T.colHead[b.r][b.c] || '';
    const row = T.rowLabel[b.r];
    json.badAnswer = { file: base, t: b.t, r: b.r, c: b.c, table: caption, row, column: norm(col), old, new: b.newText, relation: b.rel };
    fs.writeFileSync(path.join(OUT, 'data', base + '.json'), JSON.stringify(json, null, 1));
    answers.push([base, caption, row, norm(col), norm(old), norm(b.newText), b.rel].join('\t'));
    console.log(base, '|', caption, '|', row, '|', norm(col), '|', norm(old), '->', norm(b.newText));
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
})().catch(e => { console.error(e); process.exit(1); });

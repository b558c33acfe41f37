'use strict';
// Generator: NODE_PATH=/work/main/node_modules node gen.cjs
const fs = require('fs'); const path = require('path');
const { render, typo } = require('./lib.cjs');
const REPORTS = require('./reports.cjs');
const docxLib = require('docx'); const JSZip = require('jszip');
const OUT = __dirname;

function incidence(R) { const c = {}; for (const r of R.rels) for (const k of [r.out, ...r.in]) c[k] = (c[k] || []).concat([r]); return c; }

async function toDocx(lines) {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = docxLib;
  const children = []; let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (l.kind === 'row') {
      const rows = []; while (i < lines.length && lines[i].kind === 'row') { const cells = lines[i].s.split(' | '); const hdr = lines[i].ri === 0;
        rows.push(new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: c, bold: hdr })] })] })) })); i++; }
      children.push(new Table({ rows, width: { size: 100, type: WidthType.PERCENTAGE } })); continue;
    }
    if (l.kind === 'title') children.push(new Paragraph({ heading: HeadingLevel.TITLE, alignment: AlignmentType.CENTER, children: [new TextRun(l.s)] }));
    else if (l.kind === 'h') children.push(new Paragraph({ heading: l.bt === 'h1' ? HeadingLevel.HEADING_1 : l.bt === 'h2' ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3, children: [new TextRun(l.s)] }));
    else if (l.kind === 'caption') children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: l.s, bold: true })] }));
    else children.push(new Paragraph({ indent: { firstLine: 480 }, children: [new TextRun(l.s)] }));
    i++;
  }
  const doc = new Document({ creator: 'prose-e', title: lines[0].s, sections: [{ children }] });
  const buf = await Packer.toBuffer(doc);
  // re-zip with fixed timestamps so the bytes are reproducible
  const zin = await JSZip.loadAsync(buf); const zout = new JSZip(); const when = new Date(Date.UTC(2025, 2, 1, 0, 0, 0));
  for (const name of Object.keys(zin.files).sort()) { const f = zin.files[name]; if (f.dir) continue; let data = await f.async('nodebuffer');
    if (name === 'docProps/core.xml') data = Buffer.from(data.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*/g, '$12025-03-01T00:00:00Z'));
    zout.file(name, data, { date: when, createFolders: false }); }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', platform: 'UNIX' });
}

async function main() {
  const only = process.argv[2];
  const answers = ['file\tline\told\tnew\trelation'];
  for (const def of REPORTS) {
    if (only && !def.file.startsWith(only)) continue;
    const R = def.build(def);
    const { lines, figs, traps } = render(R);
    const inc = incidence(R);
    const cands = [].concat(def.mut.key); const mkey = cands.find((k) => (inc[k] || []).length === 1) || cands[0];
    const fig = figs.find((f) => f.key === mkey);
    if (!fig) throw new Error(def.file + ': mutation key not found ' + def.mut.key);
    const nrel = (inc[fig.key] || []).length;
    if (nrel !== 1) throw new Error(def.file + ': mutation key ' + fig.key + ' is in ' + nrel + ' relations: ' + (inc[fig.key] || []).map((r) => r.label).join('; '));
    const rel = inc[fig.key][0];
    const nw = typo(fig.text, def.mut);
    const bad = lines.map((l) => Object.assign({}, l));
    const L = bad[fig.line - 1]; if (L.s.slice(fig.col, fig.col + fig.text.length) !== fig.text) throw new Error('pos');
    L.s = L.s.slice(0, fig.col) + nw + L.s.slice(fig.col + fig.text.length);
    const md = def.file.endsWith('.md');
    if (md) { fs.writeFileSync(path.join(OUT, 'clean', def.file), lines.map((l) => l.s).join('\n') + '\n'); fs.writeFileSync(path.join(OUT, 'bad', def.file), bad.map((l) => l.s).join('\n') + '\n'); }
    else { fs.writeFileSync(path.join(OUT, 'clean', def.file), await toDocx(lines)); fs.writeFileSync(path.join(OUT, 'bad', def.file), await toDocx(bad)); }
    let where;
    if (md) where = String(fig.line);
    else if (L.kind === 'row') { let c = fig.line - 1; while (lines[c].kind !== 'caption') c--; where = `表「${lines[c].s}」行「${L.s.split(' | ')[0]}」`; }
    else where = `段落「${lines[fig.line - 1].s.slice(0, 24)}」`;
    answers.push([def.file, where, fig.text, nw, rel.label].join('\t'));
    const spec = { file: def.file, unit: def.unit, kind: def.kind, level: def.level, format: md ? 'md' : 'docx',
      lineBasis: md ? 'md file lines, 1-based' : 'docx body: one line per paragraph, one line per table row (cells joined by " | "), 1-based',
      nlines: lines.length, figures: figs, relations: R.rels, traps,
      mutation: { key: fig.key, line: fig.line, col: fig.col, old: fig.text, new: nw, where: L.kind === 'row' ? 'table' : 'prose', relation: rel.label, kind: rel.kind } };
    fs.writeFileSync(path.join(OUT, 'spec', def.file.slice(0, 2) + '.json'), JSON.stringify(spec, null, 1) + '\n');
    console.log(def.file, 'lines', lines.length, 'nonblank', lines.filter((l) => l.s).length, 'figs', figs.length, 'rels', R.rels.length, 'traps', traps.length, 'mut', fig.key, fig.text, '->', nw, L.kind === 'row' ? 'table' : 'prose', rel.label);
  }
  if (!only) fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });

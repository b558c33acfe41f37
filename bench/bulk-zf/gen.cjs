'use strict';
// 生成 data/ clean/ bad/ spec/ 与 bad/ANSWERS.tsv（确定性）。用法：node gen.cjs
const fs = require('fs');
const path = require('path');
const Module = require('module');
process.env.NODE_PATH = [path.resolve(__dirname, '../../node_modules'), process.env.NODE_PATH || ''].join(path.delimiter);
Module._initPaths();
const YAML = require('yaml');
const R = require('./lib/render.cjs');

const dir = __dirname;
const units = fs.readdirSync(path.join(dir, 'src')).filter(f => f.endsWith('.cjs')).sort().map(f => require(path.join(dir, 'src', f)));

function render(u, blocks, widths) {
  if (u.fmt === 'md') return { text: R.toMd(blocks) };
  if (u.fmt === 'txt') return R.toTxt(blocks, u.txt || {}, widths);
  throw new Error('fmt');
}

(async () => {
  for (const d of ['data', 'clean', 'bad', 'spec']) {
    fs.mkdirSync(path.join(dir, d), { recursive: true });
    for (const f of fs.readdirSync(path.join(dir, d))) fs.unlinkSync(path.join(dir, d, f));
  }
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal'].join('\t')];
  let total = 0, skipped = 0;
  for (const u of units) {
    const base = `${u.no}-${u.slug}`;
    const header = '# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json\n' +
      (u.comment || []).map(s => '# ' + s).join('\n') + '\n';
    fs.writeFileSync(path.join(dir, 'data', base + '.yaml'), header + YAML.stringify(u.data, { lineWidth: 0 }));
    const clean = R.build(u);
    let cleanOut;
    if (u.fmt === 'docx') {
      cleanOut = await R.toDocx(clean.blocks, { creator: u.creator || '', title: u.data.meta.title });
      fs.writeFileSync(path.join(dir, 'clean', base + '.docx'), cleanOut.buf);
    } else {
      cleanOut = render(u, clean.blocks);
      fs.writeFileSync(path.join(dir, 'clean', base + '.' + u.fmt), cleanOut.text);
    }
    // spec
    const figs = clean.figs.map((f, i) => {
      const o = { n: i + 1, text: f.text };
      if (f.skip) { o.skip = f.skip; return o; }
      Object.assign(o, { unit: f.unit, source: f.source });
      if (f.formula) o.formula = true;
      if (f.dp !== undefined) o.dp = f.dp;
      if (f.approx) { o.approx = f.approx; o.stated = f.stated; }
      if (f.fmt === 's') o.literal = true;
      if (f.fmt.startsWith('cn')) o.chinese = true;
      const bad = f.tag && u.bad.find(b => b.tag === f.tag);
      if (bad) { o.bad = f.tag; o.internal = bad.internal; if (bad.rel) o.relation = bad.rel; }
      return o;
    });
    total += figs.length; skipped += figs.filter(f => f.skip).length;
    fs.writeFileSync(path.join(dir, 'spec', u.no + '.json'), JSON.stringify({ unit: u.data.meta.unit, report: `clean/${base}.${u.fmt}`, data: `data/${base}.yaml`, figures: figs }, null, 1) + '\n');
    // bad copies
    for (const b of u.bad) {
      const target = clean.figs.find(f => f.tag === b.tag);
      if (!target) throw new Error(`${base}: tag ${b.tag} not found`);
      if (clean.figs.filter(f => f.tag === b.tag).length !== 1) throw new Error('dup tag');
      const bb = R.build(u, b);
      const fname = `${base}-${b.tag}.${u.fmt}`;
      let line;
      if (u.fmt === 'docx') {
        const o = await R.toDocx(bb.blocks, { creator: u.creator || '', title: u.data.meta.title });
        fs.writeFileSync(path.join(dir, 'bad', fname), o.buf);
        const diff = o.paras.map((p, i) => [p, i]).filter(([p, i]) => p !== cleanOut.paras[i]);
        if (diff.length !== 1) throw new Error(fname + ' paragraphs differ: ' + diff.length);
        line = diff[0][0];
      } else {
        const o = render(u, bb.blocks, cleanOut.widths);
        fs.writeFileSync(path.join(dir, 'bad', fname), o.text);
        const a = cleanOut.text.split('\n'), c = o.text.split('\n');
        const diff = c.map((l, i) => i).filter(i => c[i] !== a[i]);
        if (diff.length !== 1 || a.length !== c.length) throw new Error(fname + ' lines differ: ' + diff.length);
        line = String(diff[0] + 1);
      }
      answers.push([fname, line, target.text, b.new, target.source, b.kind, b.internal].join('\t'));
    }
  }
  fs.writeFileSync(path.join(dir, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  console.log(`units ${units.length}, figures ${total} (skip ${skipped}), bad ${answers.length - 1}`);
})().catch(e => { console.error(e); process.exit(1); });

'use strict';
// 生成 bulk-zi：data/ clean/ bad/ spec/ bad/ANSWERS.tsv。确定性；可加输出目录参数。
const fs = require('fs');
const path = require('path');
const R = require('./lib/render.cjs');

const HERE = __dirname;
const OUT = path.resolve(process.argv[2] || HERE);

function units() {
  const dir = path.join(HERE, 'src');
  return fs.readdirSync(dir).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort().map((f) => {
    const u = require(path.join(dir, f));
    u.slug = f.replace(/\.cjs$/, '');
    return u;
  });
}

function specFigures(lines) {
  const out = [];
  lines.forEach((l, li) => {
    for (const f of l.figs) {
      const e = { text: f.text };
      if (f.skip) { e.skip = f.skip; }
      else {
        const ua = R.unitAfter(l.text, f.start + f.len);
        if (f.unitAfter === false) { e.unit = f.unitHeader || ''; e.unitAfter = false; }
        else { e.unit = ua.unit; if (ua.space) e.unitSpace = true; }
        e.source = f.source;
        if (f.formula) e.formula = true;
        e.value = f.value;
        for (const k of ['approx', 'style', 'chinese', 'literal', 'refs']) if (f[k] !== undefined) e[k] = f[k];
        if (f.bad) e.bad = f.bad;
      }
      e.pre = l.text.slice(Math.max(0, f.start - 6), f.start);
      e.line = li + 1;
      e.col = f.start;
      out.push(e);
    }
  });
  return out;
}

function cellLabel(lines, li) {
  const l = lines[li];
  const rowCells = lines.filter((x) => x.kind === 'cell' && x.table === l.table && x.row === l.row);
  return '[表格 行「' + rowCells.slice(0, 2).map((c) => c.text).join('｜') + '」] ' + l.text;
}

async function main() {
  const us = units();
  for (const d of ['data', 'clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal'].join('\t')];
  const summary = [];
  for (const u of us) {
    const yamlText = u.yaml.replace(/^\n/, '');
    const data = R.YAML.parse(yamlText);
    fs.writeFileSync(path.join(OUT, 'data', u.slug + '.yaml'), yamlText);
    const lines = R.render(u, data);
    const figs = specFigures(lines);
    const ext = u.format;
    const cleanName = u.slug + '.' + ext;
    const meta = { creator: u.unitName, title: u.title };
    const write = async (file, ls) => {
      if (ext === 'docx') fs.writeFileSync(file, await R.toDocx(ls, meta));
      else fs.writeFileSync(file, R.toPlain(ls));
    };
    await write(path.join(OUT, 'clean', cleanName), lines);
    for (const key of ['a', 'b']) {
      const hits = figs.filter((f) => f.bad && f.bad[key]);
      if (hits.length !== 1) throw new Error(u.slug + ' bad ' + key + ': ' + hits.length);
      const f = hits[0];
      const b = f.bad[key];
      const li = f.line - 1;
      const l = lines[li];
      let newText = l.text.slice(0, f.col) + b.new + l.text.slice(f.col + f.text.length);
      if (l.box && R.dw(b.new) !== R.dw(f.text)) throw new Error(u.slug + ' box change must keep width');
      const badLines = lines.map((x, i) => (i === li ? { ...x, text: newText } : x));
      const badName = u.slug + '-' + key + '.' + ext;
      await write(path.join(OUT, 'bad', badName), badLines);
      const lineCol = ext === 'docx' ? (l.kind === 'cell' ? cellLabel(badLines, li) : newText) : String(f.line);
      answers.push(['bad/' + badName, lineCol, f.text, b.new, f.source, b.kind, b.internal].join('\t'));
    }
    const spec = {
      id: u.id, file: 'clean/' + cleanName, data: 'data/' + u.slug + '.yaml', format: ext, kind: u.kind, level: u.level,
      unit: u.unitName, sector: u.sector, styles: u.styles, figures: figs,
    };
    fs.writeFileSync(path.join(OUT, 'spec', u.id + '.json'), JSON.stringify(spec, null, 1) + '\n');
    const n = figs.length, sk = figs.filter((f) => f.skip).length;
    summary.push(u.id + '\t' + n + '\t' + (n - sk) + '\t' + sk);
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  if (!process.argv[2] || process.env.ZI_SUMMARY) console.log(summary.join('\n'));
}
main().catch((e) => { console.error(e.stack || e.message); process.exit(1); });

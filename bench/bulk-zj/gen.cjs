'use strict';
// 生成 bulk-zj：data/ clean/ bad/ spec/ 与 bad/ANSWERS.tsv。确定性，不用日期和随机数。
// 用法：node gen.cjs [输出目录]（默认本目录）
const fs = require('fs');
const path = require('path');
const R = require('./lib/render.cjs');

const HERE = __dirname;
const OUT = path.resolve(process.argv[2] || HERE);
const SRC = path.join(HERE, 'src');

function isFormula(expr) {
  return !/^[A-Za-z_][A-Za-z0-9_.@\[\]]*$/.test(expr) && !/^num\([^()]*\)$/.test(expr);
}

function specFigure(f) {
  if (f.skip) return { text: f.text, skip: f.skip, pre: f.pre, line: f.line, col: f.col };
  const o = f.opts;
  const formula = isFormula(f.expr);
  const literal = /^num\(/.test(f.expr) || !!o.lit;
  const refs = new Set();
  if (o.refs) o.refs.split(',').map((s) => s.trim()).filter(Boolean).forEach((r) => refs.add(r));
  if (formula) f.paths.forEach((p) => refs.add(p));
  const fm = R.parseFmt(f.fmt);
  const s = { text: f.text, unit: f.unit };
  if (f.unitAfter === false) s.unitAfter = false;
  s.source = f.expr;
  if (formula) s.formula = true;
  if (literal) s.literal = true;
  s.value = f.value;
  s.decimals = f.decimals;
  if (fm.t) s.thousands = true;
  if (o.approx) s.approx = o.approx;
  if (o.style) s.style = o.style;
  if (fm.c || o.style) s.chinese = true;
  if (o.neg) s.neg = o.neg;
  if (fm.a) s.abs = true;
  if (fm.plus) s.plus = true;
  if (refs.size) s.refs = [...refs];
  s.pre = f.pre;
  s.line = f.line;
  s.col = f.col;
  if (f.runs) s.runs = f.runs;
  if (f.bad) s.bad = f.bad;
  return s;
}

async function main() {
  const units = fs.readdirSync(SRC).filter((n) => /^\d\d-.*\.cjs$/.test(n)).sort().map((n) => require(path.join(SRC, n)));
  for (const d of ['data', 'clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal']];
  for (const u of units) {
    const base = `${u.id}-${u.slug}`;
    const dataText = u.data.replace(/^\n/, '');
    const data = R.YAML.parse(dataText);
    const ctx = { id: u.id, format: u.format, data, report: u.report, title: u.title, docAuthor: u.author };
    fs.writeFileSync(path.join(OUT, 'data', base + '.yaml'), dataText);
    let clean;
    const variants = {};
    if (u.format === 'docx') {
      clean = await R.renderDocx(ctx, 'clean');
      fs.writeFileSync(path.join(OUT, 'clean', base + '.docx'), clean.buffer);
      for (const v of ['a', 'b']) {
        variants[v] = await R.renderDocx(ctx, v);
        fs.writeFileSync(path.join(OUT, 'bad', `${base}-${v}.docx`), variants[v].buffer);
      }
    } else {
      clean = R.renderText(ctx, 'clean');
      fs.writeFileSync(path.join(OUT, 'clean', `${base}.${u.format}`), clean.text);
      for (const v of ['a', 'b']) {
        variants[v] = R.renderText(ctx, v);
        fs.writeFileSync(path.join(OUT, 'bad', `${base}-${v}.${u.format}`), variants[v].text);
      }
    }
    const figs = (u.format === 'docx' ? clean.model.figs : clean.figs);
    const seen = { a: 0, b: 0 };
    for (const f of figs) {
      if (!f.bad) continue;
      for (const v of ['a', 'b']) {
        const b = f.bad[v];
        if (!b) continue;
        seen[v]++;
        const file = `bad/${base}-${v}.${u.format}`;
        const line = u.format === 'docx' ? variants[v].model.paraTexts[f.line] : String(f.line);
        answers.push([file, line, f.text, b.new, f.expr, b.kind, b.internal]);
      }
    }
    if (seen.a !== 1 || seen.b !== 1) throw new Error(`${u.id}：a、b 各应有一处改动（a ${seen.a}，b ${seen.b}）`);
    const spec = {
      file: `clean/${base}.${u.format}`,
      data: `data/${base}.yaml`,
      format: u.format,
      kind: u.kind,
      level: u.level,
      unit: u.unit,
      sector: u.sector,
      styles: u.styles,
      figures: figs.map(specFigure),
    };
    fs.writeFileSync(path.join(OUT, 'spec', `${u.id}.json`), JSON.stringify(spec, null, 1) + '\n');
  }
  // ANSWERS 按文件名排序（a 在 b 前）
  const body = answers.slice(1).sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), [answers[0], ...body].map((r) => r.join('\t')).join('\n') + '\n');
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });

'use strict';
process.env.TZ = 'UTC';
// 生成 data/ clean/ bad/ spec/ 和 bad/ANSWERS.tsv（确定性：同样的 src 每次生成逐字节相同）。
// 用法：node gen.cjs [输出目录，默认本目录]
const fs = require('fs');
const path = require('path');
const R = require('./lib/render.cjs');

const SRC = path.join(__dirname, 'src');
const OUT = path.resolve(process.argv[2] || __dirname);

function clearDir(d) {
  fs.mkdirSync(d, { recursive: true });
  for (const f of fs.readdirSync(d)) fs.unlinkSync(path.join(d, f));
}

async function renderUnit(u, data, override, widths) {
  const ctx = R.makeCtx(data, override);
  ctx.title = u.title;
  if (u.format === 'docx') {
    const { doc, texts } = R.renderDocxBlocks(u.blocks, ctx);
    const buf = await R.packDocx(doc);
    return { ctx, buf, texts };
  }
  const text = R.renderPlain(u.body, ctx, widths);
  return { ctx, buf: Buffer.from(text, 'utf8'), text };
}

function whereText(w) {
  if (w.para) return w.para.text;
  return `[表格 行「${w.rowTexts.slice(0, 2).join('｜')}」] ${w.rowTexts[w.col]}`;
}

async function main() {
  for (const d of ['data', 'clean', 'bad', 'spec']) clearDir(path.join(OUT, d));
  const files = fs.readdirSync(SRC).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort();
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal'].join('\t')];
  for (const f of files) {
    const u = require(path.join(SRC, f));
    const base = `${u.id}-${u.slug}`;
    const dataRel = `data/${base}.yaml`;
    fs.writeFileSync(path.join(OUT, dataRel), u.yaml.replace(/^\n/, ''));
    const data = R.YAML.parse(u.yaml);
    const widths = {};
    const clean = await renderUnit(u, data, {}, widths);
    const cleanRel = `clean/${base}.${u.format}`;
    fs.writeFileSync(path.join(OUT, cleanRel), clean.buf);
    const spec = clean.ctx.spec.map((e) => ({ ...e }));
    const badFiles = {};
    for (const tag of ['a', 'b']) {
      const b = u.bad[tag];
      const mark = clean.ctx.marks[tag];
      if (!mark) throw new Error(`${base}: 没有标记 #${tag}`);
      const r = await renderUnit(u, data, { [tag]: b.newUnit ? { new: b.new, newUnit: b.newUnit } : b.new }, widths);
      if (JSON.stringify(r.ctx.spec) !== JSON.stringify(clean.ctx.spec)) throw new Error(`${base}-${tag}: spec 不同`);
      const badRel = `bad/${base}-${tag}.${u.format}`;
      fs.writeFileSync(path.join(OUT, badRel), r.buf);
      badFiles[tag] = badRel;
      const e = spec[mark.index];
      e.bad = e.bad || {};
      e.bad[tag] = { new: b.new, kind: b.kind, internal: b.internal };
      if (b.newUnit) e.bad[tag].newUnit = b.newUnit;
      if (b.relation) e.bad[tag].relation = b.relation;
      let line;
      if (u.format === 'docx') {
        const w = r.ctx.marks[tag].where;
        line = whereText(w);
      } else {
        const cl = clean.text.split('\n'); const bl = r.text.split('\n');
        const ch = cl.map((l, k) => (l !== bl[k] ? k + 1 : 0)).filter(Boolean);
        if (ch.length !== 1) throw new Error(`${badRel}: ${ch.length} 行不同`);
        line = String(ch[0]);
      }
      const oldT = b.newUnit ? mark.text + mark.unit : mark.text;
      const newT = b.newUnit ? b.new + b.newUnit : b.new;
      answers.push([badRel, line, oldT, newT, e.source, b.kind, b.internal].join('\t'));
    }
    const specOut = {
      id: u.id, name: u.name, kind: u.kind, level: u.level, format: u.format, style: u.style,
      data: dataRel, clean: cleanRel, bad: badFiles,
      figures: spec,
    };
    fs.writeFileSync(path.join(OUT, `spec/${u.id}.json`), JSON.stringify(specOut, null, 1) + '\n');
  }
  fs.writeFileSync(path.join(OUT, 'bad/ANSWERS.tsv'), answers.join('\n') + '\n');
  console.log(`已生成 ${files.length} 个单位 → ${OUT}`);
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });

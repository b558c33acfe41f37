#!/usr/bin/env node
'use strict';
// 生成 data/ clean/ bad/ spec/ 和 bad/ANSWERS.tsv（确定性）。用法：node gen.cjs [输出目录]
const fs = require('fs');
const path = require('path');
const L = require('./lib/render.cjs');

const OUT = path.resolve(process.argv[2] || __dirname);
const SRC = path.join(__dirname, 'src');

function preOf(text, start, prevEnd) {
  const ls = Math.max(prevEnd, text.lastIndexOf('\n', start - 1) + 1);
  return text.slice(Math.max(ls, start - 6), start);
}
function lineOf(text, off) { return text.slice(0, off).split('\n').length; }

function cleanSpec(figs, flat) {
  let prevEnd = 0;
  return figs.map((f) => {
    const s = { ...f.spec };
    const o = {};
    // 固定键序
    for (const k of ['text', 'unit', 'unitAfter', 'source', 'formula', 'approx', 'style', 'chinese', 'fullwidth', 'literal', 'refs', 'skip', 'bad']) if (s[k] !== undefined) o[k] = s[k];
    o.pre = preOf(flat, f.start, prevEnd);
    prevEnd = f.end;
    return o;
  });
}

async function main() {
  for (const d of ['data', 'clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const files = fs.readdirSync(SRC).filter((f) => f.endsWith('.cjs')).sort();
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal'].join('\t')];
  for (const f of files) {
    const u = require(path.join(SRC, f));
    const slug = f.replace(/\.cjs$/, '');
    const data = L.YAML.parse(u.yaml);
    fs.writeFileSync(path.join(OUT, 'data', slug + '.yaml'), u.yaml);
    const ext = u.format;
    let flat;
    let figs;
    let cleanOut;
    let paras;
    if (ext === 'docx') {
      paras = L.renderBlocks(data, u.blocks);
      flat = '';
      figs = [];
      for (const p of paras) {
        const base = flat.length;
        for (const g of p.figs) figs.push({ ...g, start: base + g.start, end: base + g.end, para: p });
        flat += p.text + '\n';
      }
      cleanOut = await L.buildDocx(u.blocks, paras, u.title);
    } else {
      const r = L.renderText(data, u.report, ext);
      flat = r.text;
      figs = r.figs;
      cleanOut = r.text;
      u._widths = r.widths;
    }
    fs.writeFileSync(path.join(OUT, 'clean', slug + '.' + ext), cleanOut);
    const spec = cleanSpec(figs, flat);
    const head = { file: 'clean/' + slug + '.' + ext, data: 'data/' + slug + '.yaml', kind: data.kind, format: ext, unit: u.unitName, level: u.level, sector: u.sector };
    const headJson = JSON.stringify(head, null, 1).replace(/\n}$/, '');
    fs.writeFileSync(path.join(OUT, 'spec', slug.slice(0, 2) + '.json'), headJson + ',\n "figures": [\n' + spec.map((x) => '  ' + JSON.stringify(x)).join(',\n') + '\n ]\n}\n');
    for (const key of ['a', 'b']) {
      const idx = figs.findIndex((g) => g.spec.bad && g.spec.bad[key]);
      if (idx < 0) throw new Error(slug + ' 缺少错稿 ' + key);
      if (figs.filter((g) => g.spec.bad && g.spec.bad[key]).length !== 1) throw new Error(slug + ' 错稿 ' + key + ' 多处');
      const g = figs[idx];
      const b = g.spec.bad[key];
      const badName = slug + '-' + key + '.' + ext;
      let line;
      if (ext === 'docx') {
        const p = g.para;
        const pStart = (() => { let s = 0; for (const q of paras) { if (q === p) return s; s += q.text.length + 1; } return -1; })();
        const off = g.start - pStart;
        const newText = p.text.slice(0, off) + b.new + p.text.slice(off + g.spec.text.length);
        const paras2 = paras.map((q) => (q === p ? { ...q, text: newText } : q));
        const buf = await L.buildDocx(u.blocks, paras2, u.title);
        fs.writeFileSync(path.join(OUT, 'bad', badName), buf);
        if (p.kind === 'cell') {
          let key2 = p.rowKey;
          if (p.col < 2) {
            const row = paras2.filter((q) => q.kind === 'cell' && q.blockIndex === p.blockIndex && q.row === p.row);
            key2 = row.slice(0, 2).map((q) => q.text).join('｜');
          }
          line = '[表格 行「' + key2 + '」] ' + newText;
        } else line = newText;
      } else {
        let text = flat.slice(0, g.start) + b.new + flat.slice(g.end);
        // txt 表格：保持列宽，只改这一行
        const ls = flat.lastIndexOf('\n', g.start - 1) + 1;
        const le = flat.indexOf('\n', g.start);
        const oldLine = flat.slice(ls, le);
        if (ext === 'txt' && /\S  +\S/.test(oldLine.trim()) && /^ /.test(oldLine)) {
          const dw = L.dispWidth(b.new) - L.dispWidth(g.spec.text);
          let newLine = oldLine.slice(0, g.start - ls) + b.new + oldLine.slice(g.end - ls);
          const after = g.start - ls + b.new.length;
          const m = newLine.slice(after).match(/^ +/);
          if (m && after < newLine.length - m[0].length) {
            const n = m[0].length - dw;
            newLine = newLine.slice(0, after) + ' '.repeat(Math.max(2, n)) + newLine.slice(after + m[0].length);
          }
          text = flat.slice(0, ls) + newLine + flat.slice(le);
        }
        fs.writeFileSync(path.join(OUT, 'bad', badName), text);
        line = String(lineOf(text, g.start));
      }
      answers.push(['bad/' + badName, line, g.spec.text, b.new, g.spec.source, b.kind, b.internal].join('\t'));
    }
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
}
main().catch((e) => { console.error(e.stack || e.message); process.exit(1); });

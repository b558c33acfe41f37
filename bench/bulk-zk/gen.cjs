'use strict';
// 生成 data/ clean/ bad/ spec/ 与 bad/ANSWERS.tsv。确定性：同样的源文件每次生成的字节相同。
// 用法：node gen.cjs [输出目录]（默认本目录）
const fs = require('fs');
const path = require('path');
const YAML = require('/work/main/node_modules/yaml');
const JSZip = require('/work/main/node_modules/jszip');
const R = require('./lib/render.cjs');

const OUT = path.resolve(process.argv[2] || __dirname);
const SRC = path.join(__dirname, 'src');

function stripLine(s) { return R.strip(s).text; }

function specFigure(f) {
  if (f.kind === 'skip') return { text: f.text, skip: f.skip, pre: f.pre, line: f.line, col: f.col };
  const o = { text: f.text, source: f.source, value: f.value };
  if (f.formula) o.formula = true;
  o.decimals = f.decimals;
  o.unit = f.unit;
  if (!f.unitAfter) o.unitAfter = false;
  if (f.unitGap) o.unitGap = f.unitGap === ' ' ? 'space' : f.unitGap === '\u2009' ? 'thin' : 'nbsp';
  const fl = f.flags;
  if (fl.includes('t')) o.sep = ',';
  if (fl.includes('s')) o.sep = ' ';
  if (fl.includes('h')) o.sep = 'thin';
  if (fl.includes('f')) o.fullwidth = true;
  if (fl.includes('+')) o.plus = true;
  if (fl.includes('c')) o.style = 'chinese';
  if (fl.includes('L')) o.style = 'chinese-liang';
  if (fl.includes('D')) o.style = 'daxie';
  if (fl.includes('P')) o.style = 'baifenzhi';
  if (f.opts.neg) o.neg = f.opts.neg;
  if (f.opts.ap) { o.approx = f.opts.ap; o.written = f.written; }
  if (f.opts.lit) o.literal = true;
  if (f.opts.r) o.refs = f.opts.r.split(',').map((x) => x.trim());
  if (f.opts.del) o.del = f.opts.del;
  o.pre = f.pre; o.line = f.line; o.col = f.col;
  const bad = {};
  for (const k of ['a', 'b']) if (f.opts[k]) {
    const [nw, kind, internal, relation] = f.opts[k].split('~');
    bad[k] = { new: nw, kind, internal };
    if (relation) bad[k].relation = relation;
  }
  if (Object.keys(bad).length) o.bad = bad;
  return o;
}

async function buildUnit(file) {
  const u = require(path.join(SRC, file));
  const info = u.info;
  const base = `${info.id}-${info.slug}`;
  const dataText = u.header + YAML.stringify(u.data, { lineWidth: 0 });
  const dataName = `data/${base}.yaml`;
  const reparsed = YAML.parse(dataText);
  const { text, figs } = R.expand(u.report, reparsed);
  figs.forEach((f, i) => { f.id = i; });
  const outFiles = {};
  outFiles[dataName] = Buffer.from(dataText, 'utf8');
  const ext = info.format;
  const cleanName = `clean/${base}.${ext}`;
  let located, answersRows = [];
  const bads = [];
  for (const k of ['a', 'b']) {
    const f = figs.filter((x) => x.kind === 'fig' && x.opts[k]);
    if (f.length !== 1) throw new Error(`${base} 错稿 ${k} 的改动处应为 1 个，实为 ${f.length}`);
    bads.push([k, f[0]]);
  }
  if (ext === 'md' || ext === 'txt') {
    const full = ext === 'txt' ? R.grids(text) : text;
    const lines = full.split('\n');
    located = R.locate(lines, figs, base);
    const plain = lines.map(stripLine);
    const eol = info.eol === 'crlf' ? '\r\n' : '\n';
    const enc = (s) => info.encoding === 'gbk' ? R.encodeGBK(s) : Buffer.from(s, 'utf8');
    outFiles[cleanName] = enc(plain.join(eol));
    for (const [k, f] of bads) {
      const L = located.find((x) => x.id === f.id);
      const nw = f.opts[k].split('~')[0];
      const copy = plain.slice();
      const ln = copy[L.line - 1];
      if (ln.slice(L.col - 1, L.col - 1 + L.text.length) !== L.text) throw new Error('位置不符');
      copy[L.line - 1] = ln.slice(0, L.col - 1) + nw + ln.slice(L.col - 1 + L.text.length);
      const bn = `bad/${base}-${k}.${ext}`;
      outFiles[bn] = enc(copy.join(eol));
      const [, kind, internal] = f.opts[k].split('~');
      answersRows.push([bn, String(L.line), L.text, nw, f.source, kind, internal]);
    }
  } else {
    const blocks = R.parseDocx(text);
    const paras = [];
    for (const b of blocks) {
      if (b.type === 'p') paras.push({ p: b });
      else for (const row of b.rows) for (const cell of row) for (const p of cell.paras) paras.push({ p, row });
    }
    const lines = paras.map((x) => R.visible(x.p.runs));
    located = R.locate(lines, figs, base);
    outFiles[cleanName] = await R.zipDocx(JSZip, R.documentXml(blocks, figs, null), u.data.meta.title);
    for (const [k, f] of bads) {
      const L = located.find((x) => x.id === f.id);
      const nw = f.opts[k].split('~')[0];
      const override = { [f.id]: nw };
      const bn = `bad/${base}-${k}.${ext}`;
      outFiles[bn] = await R.zipDocx(JSZip, R.documentXml(blocks, figs, override), u.data.meta.title);
      const vis = (p) => { const v = R.visible(p.runs); return applyOverride(v, override); };
      const pr = paras[L.line - 1];
      let lineText = vis(pr.p);
      if (pr.row) {
        const cellText = (c) => c.vcont ? '' : c.paras.map(vis).join('');
        lineText = `[表格 行「${pr.row.slice(0, 2).map(cellText).join('｜')}」] ${lineText}`;
      }
      const [, kind, internal] = f.opts[k].split('~');
      answersRows.push([bn, lineText, L.text, nw, f.source, kind, internal]);
    }
  }
  const spec = {
    id: info.id, file: cleanName, data: dataName, format: ext, encoding: info.encoding || 'utf-8', eol: info.eol || 'lf',
    kind: u.data.kind, level: info.level, unit: u.data.meta.unit, sector: info.sector, styles: info.styles,
    figures: located.map(specFigure),
  };
  outFiles[`spec/${info.id}.json`] = Buffer.from(JSON.stringify(spec, null, 1) + '\n', 'utf8');
  return { outFiles, answersRows };
}
function applyOverride(v, override) {
  // v 含标记；按 override 替换后去标记
  let out = '';
  let i = 0;
  while (i < v.length) {
    if (v[i] === R.M0) {
      const j = v.indexOf(R.M1, i), k = v.indexOf(R.M2, j);
      const id = Number(v.slice(i + 1, j));
      out += override[id] !== undefined ? override[id] : v.slice(j + 1, k);
      i = k + 1;
    } else { out += v[i]; i++; }
  }
  return out;
}

(async () => {
  const files = fs.readdirSync(SRC).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort();
  const all = {};
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal']];
  for (const f of files) {
    const { outFiles, answersRows } = await buildUnit(f);
    Object.assign(all, outFiles);
    answers.push(...answersRows);
  }
  all['bad/ANSWERS.tsv'] = Buffer.from(answers.map((r) => r.join('\t')).join('\n') + '\n', 'utf8');
  for (const d of ['data', 'clean', 'bad', 'spec']) {
    const dir = path.join(OUT, d);
    fs.mkdirSync(dir, { recursive: true });
    for (const old of fs.readdirSync(dir)) if (!all[`${d}/${old}`]) fs.unlinkSync(path.join(dir, old));
  }
  for (const name of Object.keys(all).sort()) fs.writeFileSync(path.join(OUT, name), all[name]);
  console.log(`生成 ${files.length} 个单位，${Object.keys(all).length} 个文件 → ${OUT}`);
})().catch((e) => { console.error(e.stack || e); process.exit(1); });

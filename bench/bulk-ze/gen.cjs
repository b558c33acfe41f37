#!/usr/bin/env node
'use strict';
// 生成 bulk-ze 语料：data/ clean/ bad/ spec/ 以及 bad/ANSWERS.tsv。
// 用法：NODE_PATH=/work/main/node_modules node gen.cjs
// 确定性：同一输入每次生成相同字节（docx 的日期固定为 2025-04-15）。
const fs = require('fs');
const path = require('path');
const Module = require('module');
process.env.NODE_PATH = [process.env.NODE_PATH, '/work/main/node_modules', path.join(__dirname, '../../node_modules')].filter(Boolean).join(path.delimiter);
Module._initPaths();
const YAML = require('yaml');
const D = require('docx');
const JSZip = require('jszip');
const { Report } = require('./lib/core.cjs');
const { renderMd, renderTxt, renderDocx, specOf, locate, stripBold } = require('./lib/render.cjs');

const ROOT = __dirname;
const dirs = ['data', 'clean', 'bad', 'spec'];
for (const d of dirs) fs.mkdirSync(path.join(ROOT, d), { recursive: true });

const unitFiles = fs.readdirSync(path.join(ROOT, 'src')).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort();

function yamlOf(u) {
  const doc = new YAML.Document(u.data);
  const body = doc.toString({ lineWidth: 0, indent: 2, defaultStringType: 'PLAIN', defaultKeyType: 'PLAIN', flowCollectionPadding: true });
  const head = ['# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json', ...u.header.trim().split('\n').map((l) => '# ' + l)].join('\n');
  return head + '\n\n' + body;
}

async function render(rep, muts, u) {
  if (u.ext === 'md') return Buffer.from(renderMd(rep, muts, u.style || {}));
  if (u.ext === 'txt') return Buffer.from(renderTxt(rep, muts, u.style || {}));
  return renderDocx(rep, muts, Object.assign({ title: u.data.meta.title, creator: u.data.meta.unit }, u.style || {}), D, JSZip);
}

(async () => {
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal']];
  const sizes = [];
  for (const f of unitFiles) {
    const u = require(path.join(ROOT, 'src', f));
    const base = `${u.no}-${u.slug}`;
    fs.writeFileSync(path.join(ROOT, 'data', base + '.yaml'), yamlOf(u));
    const rep = new Report(u.data);
    u.build(rep);
    const spec = specOf(rep);
    const clean = await render(rep, new Map(), u);
    fs.writeFileSync(path.join(ROOT, 'clean', `${base}.${u.ext}`), clean);
    sizes.push([`clean/${base}.${u.ext}`, clean.length]);
    const bads = [];
    for (const b of u.bad) {
      const it = rep.items.find((x) => x.label === b.label);
      if (!it) throw new Error(`${base}: 错稿 ${b.id} 的标签 ${b.label} 不存在`);
      if (it.text === b.new) throw new Error(`${base}: 错稿 ${b.id} 没有改动`);
      const muts = new Map([[it.idx, b.new]]);
      const buf = await render(rep, muts, u);
      const name = `${base}-${b.id}.${u.ext}`;
      fs.writeFileSync(path.join(ROOT, 'bad', name), buf);
      const line = locate(rep, muts, it.idx, u.ext, u.style || {});
      answers.push([name, line, it.text, b.new, it.src, b.kind, b.internal]);
      bads.push({ file: name, figure: b.label, old: it.text, new: b.new, kind: b.kind, internal: b.internal, why: b.why || '' });
    }
    fs.writeFileSync(path.join(ROOT, 'spec', `${u.no}.json`), JSON.stringify({
      unit: u.no, report: `clean/${base}.${u.ext}`, data: `data/${base}.yaml`, kind: u.data.kind,
      dataChecks: u.dataChecks || {}, figures: spec, bad: bads,
    }, null, 1) + '\n');
  }
  fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), answers.map((r) => r.map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n');
  if (process.argv.includes('--sizes')) for (const [n, s] of sizes) console.log(n, s);
  console.log(`生成 ${unitFiles.length} 个单位`);
})().catch((e) => { console.error(e); process.exit(1); });

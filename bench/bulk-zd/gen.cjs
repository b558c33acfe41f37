#!/usr/bin/env node
'use strict';
// 一条命令重新生成全部语料：node gen.cjs
// 输出 data/、clean/、bad/（含 ANSWERS.tsv）、spec/。同样的输入每次逐字节相同。
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');
const L = require('./gen/lib.cjs');
const { validateData } = require('./gen/validate.cjs');

const ROOT = __dirname;
const dirs = ['data', 'clean', 'bad', 'spec'];

// 数字的准确值（按报告中所写的单位）：能除尽的写成小数，除不尽的写约等于的六位小数
function exactValue(f, data) {
  if (f.kind === 'nondata') return undefined;
  if (f.kind === 'text') return String(L.resolvePath(data, f.expr)[0] instanceof L.Money ? L.moneyStr(L.resolvePath(data, f.expr)[0]) : L.resolvePath(data, f.expr)[0]);
  const v = L.evalExpr(f.expr, data);
  if (typeof v === 'string') return v;
  let q = f.abs ? v.abs() : v;
  if (f.exprUnit === '万元') q = q.mul(f.unit === '元' ? new L.Q(10000n) : f.unit === '亿元' ? new L.Q(1n, 10000n) : new L.Q(1n));
  let d = q.d; let k = 0; while (d % 2n === 0n) { d /= 2n; k++; } let k5 = 0; while (d % 5n === 0n) { d /= 5n; k5++; }
  if (d === 1n) { const dec = Math.max(k, k5); return L.fmtQ(q, dec, false, false).replace(/(\.\d*?)0+$/, '$1').replace(/\.$/, ''); }
  return '≈' + L.fmtQ(q, 6, false, false);
}

async function main() {
  for (const d of dirs) { fs.rmSync(path.join(ROOT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(ROOT, d), { recursive: true }); }
  const unitFiles = fs.readdirSync(path.join(ROOT, 'gen/units')).filter((f) => /^\d\d-.*\.cjs$/.test(f)).sort();
  const answers = [['file', 'line', 'old', 'new', 'dataField', 'kind', 'internal']];
  for (const uf of unitFiles) {
    const unit = require(path.join(ROOT, 'gen/units', uf));
    const base = `${unit.id}-${unit.slug}`;
    // 1. 数据文件
    validateData(unit);
    const yamlText = L.toYaml(unit.data, unit.header);
    const back = YAML.parse(yamlText);
    if (JSON.stringify(back) !== JSON.stringify(L.plainData(unit.data))) throw new Error(`[${unit.id}] YAML round trip differs`);
    fs.writeFileSync(path.join(ROOT, 'data', base + '.yaml'), yamlText);
    // 2. 报告
    const b = new L.Builder(unit);
    unit.build(b);
    const fmt = unit.ext;
    const render = async (override) => {
      if (fmt === 'docx') { const r = await L.renderDocx(b.blocks, { creator: unit.author || '岚溪省绩效样本', title: unit.data.meta.title, description: '预算绩效自评报告（虚构样本）' }, override); return { bytes: r.buffer, locs: r.locs }; }
      const r = L.renderLines(b.blocks, { fmt, ...unit.style }, override); return { bytes: Buffer.from(r.text, 'utf8'), locs: r.locs, text: r.text };
    };
    const clean = await render(null);
    fs.writeFileSync(path.join(ROOT, 'clean', `${base}.${fmt}`), clean.bytes);
    // docx 中每个段落、格子的文字，供 ANSWERS 使用
    const unitText = (loc, override) => {
      if (loc.line) return String(loc.line);
      const pick = (blk) => L.layout(blk, override).text;
      let para = 0, tbl = 0;
      for (const bl of b.blocks) {
        if (bl.t === 'table') {
          if (bl.caption) { if (loc.para === para) return pick(bl.caption); para++; }
          if (loc.table === tbl) return pick(bl.rows[loc.row][loc.col]);
          tbl++; para++; continue;
        }
        if (loc.para === para) return pick(bl.segs);
        para++;
      }
      throw new Error('loc not found');
    };
    const figs = b.figs.map((f) => {
      const loc = clean.locs.get(f.id);
      if (!loc) throw new Error(`[${unit.id}] figure ${f.id} ${f.text} not placed`);
      const o = { id: f.id, text: f.text, kind: f.kind, loc };
      const v = exactValue(f, unit.data);
      if (v !== undefined) o.value = v;
      for (const k of ['expr', 'exprUnit', 'unit', 'cell', 'approx', 'abs', 'sign', 'cn', 'field', 'note', 'pre']) if (f[k] !== undefined && f[k] !== null && f[k] !== false && f[k] !== '') o[k] = f[k];
      return o;
    });
    // 3. 错误副本
    const bads = [];
    for (const [i, bd] of unit.bad.entries()) {
      const suffix = 'ab'[i];
      const fig = b.figs.find((f) => f.id === bd.id);
      if (!fig) throw new Error(`[${unit.id}] bad figure ${bd.id} not found`);
      if (fig.text === bd.new) throw new Error(`[${unit.id}] bad ${bd.id} unchanged`);
      const override = { id: fig.id, text: bd.new };
      const r = await render(override);
      const file = `${base}-${suffix}.${fmt}`;
      fs.writeFileSync(path.join(ROOT, 'bad', file), r.bytes);
      const loc = clean.locs.get(fig.id);
      const where = fmt === 'docx' ? unitText(loc, null) : String(loc.line);
      const field = bd.field || fig.field;
      answers.push([file, where, fig.text, bd.new, field, bd.kind, bd.internal]);
      bads.push({ file, figure: fig.id, old: fig.text, new: bd.new, loc, dataField: field, kind: bd.kind, internal: bd.internal, why: bd.why });
    }
    const spec = { unit: unit.id, slug: unit.slug, kind: unit.data.kind, data: `data/${base}.yaml`, clean: `clean/${base}.${fmt}`, format: fmt, figures: figs, bad: bads };
    fs.writeFileSync(path.join(ROOT, 'spec', `${unit.id}.json`), JSON.stringify(spec, null, 1) + '\n');
    const nData = figs.filter((f) => f.kind !== 'nondata').length;
    const lines = clean.text ? clean.text.split('\n').length - 1 : null;
    console.log(`${base}.${fmt}: ${lines !== null ? lines + ' lines, ' : ''}${figs.length} figures (${nData} from data, ${figs.length - nData} not in data)`);
  }
  fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), answers.map((r) => r.map((c) => String(c).replace(/[\t\n]/g, ' ')).join('\t')).join('\n') + '\n');
  console.log('done');
}
main().catch((e) => { console.error(e.stack || e); process.exit(1); });

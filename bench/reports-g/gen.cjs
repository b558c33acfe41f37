'use strict';
// Generator: NODE_PATH=/work/main/node_modules node gen.cjs [--no-pdf]
const fs = require('fs'), path = require('path'), { execFileSync } = require('child_process');
const D = require('docx'); const JSZip = require('jszip');
const { render, evalRel, mutate, textOf } = require('./lib.cjs');
const { U } = require('./units.cjs'); const { dept } = require('./dept.cjs'); const { proj } = require('./proj.cjs');
const OUT = __dirname; const FIXED = new Date(Date.UTC(2025, 2, 1, 0, 0, 0));

// relation category, used to spread the single change over relation kinds
function cat(r) {
  const l = r.label;
  if (r.kind === 'eq') return l.startsWith('收入总计') ? 'total-eq' : r.sub === '文文' ? 'repeat-section' : r.sub === '表表' ? 'repeat-table-table' : 'repeat-prose-table';
  if (r.kind === 'sum') return /分值|得分|总分/.test(l) ? 'score-sum' : /年初预算＋追加/.test(l) ? 'budget-adjust' : 'sum';
  if (r.kind === 'diff') return /结余/.test(l) ? 'balance' : /节约/.test(l) ? 'saving' : 'change';
  if (/变动率|增减率/.test(l)) return 'change-rate';
  if (/控制率/.test(l)) return 'control-rate';
  if (/得分/.test(l)) return 'score-rate';
  if (/占比/.test(l)) return 'share';
  if (/人均|单位成本/.test(l)) return 'per-capita';
  if (/完成率/.test(l)) return 'completion-rate';
  if (/节约率/.test(l)) return 'saving-rate';
  return 'exec-rate';
}
const SCHEDULE = { '01': ['sum', '表'], '02': ['change', '文'], '03': ['exec-rate', '表'], '04': ['repeat-section', '文'], '05': ['change-rate', '表'], '06': ['change-rate', '文'], '07': ['score-sum', '表'], '08': ['balance', '文'], '09': ['repeat-table-table', '表'], '10': ['repeat-prose-table', '文'], '11': ['saving-rate', '表'], '12': ['per-capita', '文'], '13': ['sum', '表'], '14': ['budget-adjust', '文'], '15': ['control-rate', '表'], '16': ['saving', '文'], '17': ['exec-rate', '表'], '18': ['repeat-prose-table', '文'], '19': ['completion-rate', '表'], '20': ['per-capita', '文'], '21': ['score-sum', '表'], '22': ['budget-adjust', '文'], '23': ['share', '文'], '24': ['exec-rate', '表'] };
const HOW = ['digit', 'swap', 'shift'];

function where(f) { return f.loc.t !== undefined ? `表「${f.loc.caption}」行「${f.loc.row}」列「${f.loc.col}」` : `段落「${f.loc.first}」`; }

async function pack(doc) {
  const buf = await D.Packer.toBuffer(render(doc, D));
  const z = await JSZip.loadAsync(buf); const out = new JSZip();
  for (const name of Object.keys(z.files).sort()) {
    const e = z.files[name]; if (e.dir) continue;
    let c = await e.async('nodebuffer');
    if (name === 'docProps/core.xml') c = Buffer.from(c.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*/g, '$12025-03-01T00:00:00Z'));
    out.file(name, c, { date: FIXED, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
}

(async () => {
  for (const d of ['clean', 'bad', 'spec']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const answers = ['file\twhere\told\tnew\trelation'];
  const summary = [];
  for (const u of U) {
    const doc = u.kind === 'proj' ? proj(u) : dept(u);
    doc.locate(); doc.finishConcepts();
    const byId = Object.fromEntries(doc.figs.map(f => [f.id, f]));
    for (const r of doc.rels) if (!evalRel(r, byId)) throw new Error(`${u.nn}: clean relation fails: ${r.label} ${JSON.stringify(r)} ${byId[r.target].text}`);
    for (const f of doc.figs) if (!f.loc) throw new Error(`${u.nn}: figure without location ${f.id} ${f.text}`);
    // relation membership
    const mem = {}; for (const r of doc.rels) { const ids = new Set([r.target, ...(r.terms || []).map(x => x[1]), ...(r.num || []).map(x => x[1]), ...(r.den || []).map(x => x[1])]); for (const id of ids) (mem[id] = mem[id] || []).push(r); }
    const [wantCat, wantPlace] = SCHEDULE[u.nn];
    const cands = doc.figs.filter(f => mem[f.id] && mem[f.id].length === 1 && cat(mem[f.id][0]) === wantCat && ((f.loc.t !== undefined) === (wantPlace === '表')) && f.text.replace(/\D/g, '').length >= 2);
    if (!cands.length) throw new Error(`${u.nn}: no candidate for ${wantCat}/${wantPlace}`);
    const seed = Number(u.nn);
    let chosen = null;
    for (let k = 0; k < cands.length * 3 && !chosen; k++) {
      const f = cands[(seed * 7 + k) % cands.length]; const how = HOW[(seed + k) % 3];
      const nt = mutate(f.text, how === 'shift' && !/元/.test(f.u) ? 'digit' : how, seed + k);
      if (nt === f.text || nt.startsWith('0') && !nt.startsWith('0.')) continue;
      const old = f.text; f.text = nt;
      const broken = doc.rels.filter(r => !evalRel(r, byId));
      f.text = old;
      if (broken.length === 1 && broken[0] === mem[f.id][0]) chosen = { f, nt, how, rel: broken[0] };
    }
    if (!chosen) throw new Error(`${u.nn}: no mutation breaks exactly one relation`);
    const base = `${u.nn}-${u.py}`;
    fs.writeFileSync(path.join(OUT, 'clean', base + '.docx'), await pack(doc));
    doc.override = { [chosen.f.id]: chosen.nt };
    fs.writeFileSync(path.join(OUT, 'bad', base + '.docx'), await pack(doc));
    const spec = {
      file: base, unit: u.kind === 'proj' ? u.org : u.name, kind: u.kind, title: doc.meta.title,
      tables: doc.blocks.filter(b => b.t === 'table').map(b => ({ index: b.index, caption: b.caption, unit: b.unit || null, columns: b.colNames })),
      figures: doc.figs.map(f => ({ id: f.id, text: f.text, unit: f.u, suffix: f.suffix, loc: f.loc })),
      relations: doc.rels.map(r => ({ ...r, category: cat(r) })),
      traps: doc.traps,
      change: { figure: chosen.f.id, old: chosen.f.text, new: chosen.nt, how: chosen.how, relation: chosen.rel.id, label: chosen.rel.label, category: cat(chosen.rel), where: where(chosen.f) },
    };
    fs.writeFileSync(path.join(OUT, 'spec', u.nn + '.json'), JSON.stringify(spec, null, 1));
    answers.push([base, where(chosen.f), chosen.f.text, chosen.nt, chosen.rel.label].join('\t'));
    const np = doc.blocks.filter(b => b.t !== 'table').length + doc.blocks.filter(b => b.t === 'table').length;
    summary.push({ base, unit: spec.unit, kind: u.kind, paragraphs: np, tables: spec.tables.length, figs: doc.figs.length, rels: doc.rels.length, change: spec.change });
    console.log(`${base}\tparas=${np}\ttables=${spec.tables.length}\tfigs=${doc.figs.length}\trels=${doc.rels.length}\t${cat(chosen.rel)}\t${chosen.f.text}->${chosen.nt}\t${where(chosen.f)}`);
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'spec', 'summary.json'), JSON.stringify(summary, null, 1));
  if (!process.argv.includes('--no-pdf')) {
    const env = { ...process.env, FONTCONFIG_FILE: '/work/shared/render/fonts.conf', HOME: '/tmp/reports-g-lo' };
    for (const d of ['clean', 'bad']) {
      const files = fs.readdirSync(path.join(OUT, d)).filter(f => f.endsWith('.docx')).sort().map(f => path.join(d, f));
      execFileSync('soffice', ['-env:UserInstallation=file:///tmp/reports-g-lo/profile', '--headless', '--convert-to', 'pdf', '--outdir', d, ...files], { cwd: OUT, env, stdio: 'inherit' });
    }
  }
})().catch(e => { console.error(e); process.exit(1); });

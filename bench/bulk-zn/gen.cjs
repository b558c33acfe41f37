'use strict';
// 生成 data/ clean/ bad/ spec/ ANSWERS.tsv 以及 src/ 下 PDF 的源 docx。用法：node gen.cjs [输出目录]
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');
const cp = require('child_process');
const crypto = require('crypto');
const YAML = require('/work/main/node_modules/yaml');
const { makeCtx, expand } = require('./lib/core.cjs');
const { build } = require('./lib/docx.cjs');

const OUT = path.resolve(process.argv[2] || __dirname);
const SRC = path.join(__dirname, 'src');
for (const d of ['data', 'clean', 'bad', 'spec', 'src']) fs.mkdirSync(path.join(OUT, d), { recursive: true });

function yamlOf(u) {
  const head = ['# yaml-language-server: $schema=../../../schemas/jixiao-data.schema.json', '#']
    .concat(u.header.trim().split('\n').map(l => ('# ' + l).trimEnd())).join('\n');
  return head + '\n\n' + YAML.stringify(u.data, { lineWidth: 0 });
}

// 只求基本的平衡：详细核对在 check.cjs
function basicChecks(u) {
  const d = u.data, r2 = x => Math.round(x * 100) / 100;
  const b = d.budget;
  const adj = (b.adjustments || []).reduce((s, a) => s + (a.type === '追加' ? a.amount : -a.amount), 0);
  if (r2(b.initial + adj) !== r2(b.total)) throw new Error(u.id + ' 年初±调整≠全年');
  if (b.carryover !== undefined && r2(b.total - b.actual) !== r2(b.carryover)) throw new Error(u.id + ' 结余');
  const W = d.budgetRate.weight + d.indicators.reduce((s, i) => s + i.weight, 0);
  if (W !== 100) throw new Error(u.id + ' 分值合计 ' + W);
}

function fixPdf(buf) {
  let s = buf.toString('latin1');
  const fixed = "D:20250318020000+00'00'";
  s = s.replace(/\/(CreationDate|ModDate)\s*\((D:[^)]*)\)/g, (m, k, v) => `/${k}(${fixed.padEnd(v.length, ' ').slice(0, Math.max(v.length, fixed.length))})`);
  s = s.replace(/<xmp:(CreateDate|ModifyDate|MetadataDate)>[^<]*<\/xmp:\1>/g, (m, k) => m.replace(/>[^<]*</, '>' + '2025-03-18T02:00:00+00:00'.padEnd(m.length - 2 * k.length - 13, ' ') + '<'));
  s = s.replace(/\/DocChecksum\s*\/[0-9A-F]{32}/g, m => m.replace(/[0-9A-F]{32}$/, '0'.repeat(32)));
  const idRe = /\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/;
  const m = idRe.exec(s);
  if (m) {
    const rest = s.slice(0, m.index) + s.slice(m.index + m[0].length);
    const h = crypto.createHash('md5').update(rest, 'latin1').digest('hex').toUpperCase();
    s = s.slice(0, m.index) + m[0].replace(m[1], h.slice(0, m[1].length)).replace(m[2], h.slice(0, m[2].length)) + s.slice(m.index + m[0].length);
  }
  return Buffer.from(s, 'latin1');
}

function toPdf(docxPath) {
  const tmp = fs.mkdtempSync('/tmp/zn-pdf-');
  cp.execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + tmp + '/profile', '--convert-to', 'pdf', '--outdir', tmp, docxPath], { stdio: 'ignore' });
  const f = path.join(tmp, path.basename(docxPath).replace(/\.docx$/, '.pdf'));
  const buf = fixPdf(fs.readFileSync(f));
  fs.rmSync(tmp, { recursive: true, force: true });
  return buf;
}

async function main() {
  const units = fs.readdirSync(SRC).filter(f => /^\d\d-.*\.cjs$/.test(f)).sort().map(f => require(path.join(SRC, f)));
  const answers = [['file', 'format', 'clean_text', 'bad_text', 'where', 'source', 'value', 'needs_data', 'internal', 'why'].join('\t')];
  for (const u of units) {
    const base = `${u.id}-${u.slug}`;
    basicChecks(u);
    fs.writeFileSync(path.join(OUT, 'data', base + '.yaml'), yamlOf(u));
    const ctx = makeCtx(u.data);
    const state = { figs: [], bad: {} };
    const ext = u.format;
    if (ext === 'md' || ext === 'txt') {
      const r = expand(u.body, ctx, state, 'text');
      if (/\r|^\uFEFF/.test(r.clean)) throw new Error('CR/BOM');
      fs.writeFileSync(path.join(OUT, 'clean', `${base}.${ext}`), r.clean);
      fs.writeFileSync(path.join(OUT, 'bad', `${base}-a.${ext}`), r.a);
      fs.writeFileSync(path.join(OUT, 'bad', `${base}-b.${ext}`), r.b);
    } else {
      const V = { clean: [], a: [], b: [] };
      const ex = (s, where) => { const r = expand(s, ctx, state, where); return r; };
      let header;
      if (u.header1) { const r = ex(u.header1, 'header1'); header = r.clean; if (r.a !== r.clean || r.b !== r.clean) throw new Error('页眉不能有错稿改动'); }
      for (const blk of u.blocks) {
        if (typeof blk === 'string') {
          const pm = /^#[TS123RN] /.exec(blk);
          const pre = pm ? pm[0] : '';
          const r = ex(blk.slice(pre.length), 'document');
          V.clean.push(pre + r.clean); V.a.push(pre + r.a); V.b.push(pre + r.b);
        } else {
          const tb = { clean: [], a: [], b: [] };
          for (const row of blk.table) {
            const rr = { clean: [], a: [], b: [] };
            for (const c0 of row) {
              const c = typeof c0 === 'string' ? { t: c0 } : c0;
              const r = ex(c.t || '', 'document');
              for (const k of ['clean', 'a', 'b']) rr[k].push({ ...c, t: r[k] });
            }
            for (const k of ['clean', 'a', 'b']) tb[k].push(rr[k]);
          }
          for (const k of ['clean', 'a', 'b']) V[k].push({ ...blk, table: tb[k] });
        }
      }
      const extra = w => (list, f) => (list || []).map(x => { const r = ex(f(x), w); if (r.a !== r.clean || r.b !== r.clean) throw new Error(w + ' 不能有错稿改动'); return r.clean; });
      const comments = extra('comments')(u.comments, c => c.text).map((t, i) => ({ author: u.comments[i].author, text: t }));
      const footnotes = extra('footnotes')(u.footnotes, f => f);
      const mk = k => build({ blocks: V[k], header, comments, footnotes, track: u.track, title: u.title, creator: u.creator, reviser: u.reviser });
      const bufs = { clean: await mk('clean'), a: await mk('a'), b: await mk('b') };
      if (ext === 'docx') {
        fs.writeFileSync(path.join(OUT, 'clean', base + '.docx'), bufs.clean);
        fs.writeFileSync(path.join(OUT, 'bad', base + '-a.docx'), bufs.a);
        fs.writeFileSync(path.join(OUT, 'bad', base + '-b.docx'), bufs.b);
      } else {
        const names = { clean: base + '.docx', a: base + '-a.docx', b: base + '-b.docx' };
        for (const k of ['clean', 'a', 'b']) fs.writeFileSync(path.join(OUT, 'src', names[k]), bufs[k]);
        fs.writeFileSync(path.join(OUT, 'clean', base + '.pdf'), toPdf(path.join(OUT, 'src', names.clean)));
        fs.writeFileSync(path.join(OUT, 'bad', base + '-a.pdf'), toPdf(path.join(OUT, 'src', names.a)));
        fs.writeFileSync(path.join(OUT, 'bad', base + '-b.pdf'), toPdf(path.join(OUT, 'src', names.b)));
      }
    }
    if (!state.bad.a || !state.bad.b) throw new Error(u.id + ' 缺少错稿改动');
    const figs = state.figs.map((f, i) => {
      const o = { n: i + 1, text: f.text, where: f.where };
      if (f.skip) o.skip = f.skip;
      else { o.src = f.src; o.value = Math.round(f.value * 1e8) / 1e8; }
      if (f.cn) o.cn = true;
      if (f.cmp) o.cmp = f.cmp;
      if (f.label) o.label = f.label;
      if (f.bad) {
        o.bad = {};
        for (const k of Object.keys(f.bad)) o.bad[k] = { text: f.bad[k].text, why: f.bad[k].why, internal: k === 'a' ? 'yes' : 'no' };
      }
      return o;
    });
    const byLabel = l => { const f = figs.find(x => x.label === l); if (!f) throw new Error(u.id + ' 没有标签 ' + l); return f.n; };
    const relations = (u.rel || []).map(r => {
      const o = { type: r.type };
      for (const k of Object.keys(r)) if (k !== 'type') o[k] = Array.isArray(r[k]) ? r[k].map(byLabel) : (typeof r[k] === 'string' ? byLabel(r[k]) : r[k]);
      return o;
    });
    const checked = figs.filter(f => !f.skip).length;
    const file = `${base}.${ext}`;
    const spec = {
      id: u.id, file, data: `${base}.yaml`, format: ext, kind: u.data.kind, level: u.level, unit: u.data.meta.unit,
      project: u.data.meta.project || null, sector: u.sector, styles: u.styles, notes: u.notes || [],
      counts: { figures: figs.length, checked, skipped: figs.length - checked },
      ...(ext === 'pdf' ? { sourceDocx: `src/${base}.docx` } : {}),
      relations, figures: figs,
    };
    fs.writeFileSync(path.join(OUT, 'spec', u.id + '.json'), JSON.stringify(spec, null, 1) + '\n');
    for (const k of ['a', 'b']) {
      const f = figs.find(x => x.bad && x.bad[k]);
      const prevs = figs.filter(x => x.n < f.n && x.where === f.where).slice(-2).map(x => x.text).join(' / ');
      answers.push([`${base}-${k}.${ext}`, ext, f.text, f.bad[k].text, `${f.where}; #${f.n}; 前: ${prevs}`, f.src, String(f.value), k === 'b' ? 'yes' : 'no', k === 'a' ? 'yes' : 'no', f.bad[k].why].join('\t'));
    }
    console.log(`${base}: ${figs.length} 个数字（核对 ${checked}）`);
  }
  fs.writeFileSync(path.join(OUT, 'ANSWERS.tsv'), answers.join('\n') + '\n');
}
main().catch(e => { console.error(e.message); process.exit(1); });

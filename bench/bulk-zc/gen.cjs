'use strict';
// node gen.cjs  ->  clean/, bad/, bad/ANSWERS.tsv, README.md   (sources in build/)
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const { writeDocx } = require('./src/docx.cjs');
const { dept, proj } = require('./src/build.cjs');
const SPECS = [...require('./src/reports-p.cjs'), ...require('./src/reports-t.cjs')];

const ROOT = __dirname;
const BUILD = path.join(ROOT, 'build');
const ONLY = process.argv[2] ? process.argv[2].split(',') : null;

function model(spec) { return spec.kind === 'dept' ? dept(spec) : proj(spec); }

// apply one mutation to a document model; returns a deep copy
function mutate(doc, m) {
  const d = JSON.parse(JSON.stringify(doc));
  let hits = 0;
  const sub = s => {
    if (typeof s !== 'string' || !s.includes(m.ctx)) return s;
    hits++;
    const i = m.ctx.indexOf(m.old); if (i < 0) throw new Error('old not in ctx ' + m.ctx);
    return s.replace(m.ctx, m.ctx.slice(0, i) + m.new + m.ctx.slice(i + m.old.length));
  };
  for (const b of d.blocks) {
    if (b.t !== 'table') { if (b.text != null) b.text = sub(b.text); continue; }
    if (m.table && b.id !== m.table) continue;
    for (const rows of [b.head || [], b.body]) for (const r of rows) {
      if (m.row != null) {
        const kc = m.keyCol || 0;
        const first = r[kc] && (typeof r[kc] === 'object' ? r[kc].text : r[kc]);
        const lab = String(first || '').replace(/\s|　/g, '');
        if (lab !== m.row) continue;
        const cell = r[m.col];
        if (typeof cell === 'object') { if (cell.text !== m.old) throw new Error('cell is ' + cell.text); cell.text = m.new; }
        else { if (cell !== m.old) throw new Error(`cell is ${cell} not ${m.old}`); r[m.col] = m.new; }
        hits++;
        continue;
      }
      for (let k = 0; k < r.length; k++) {
        if (r[k] && typeof r[k] === 'object') r[k].text = sub(r[k].text);
        else r[k] = sub(r[k]);
      }
    }
  }
  if (hits !== 1) throw new Error(`mutation ${m.ctx || m.row} hit ${hits} times`);
  return d;
}

function soffice(files, outdir) {
  if (!files.length) return;
  const prof = 'file://' + path.join(BUILD, '.lo-profile');
  execFileSync('soffice', [`-env:UserInstallation=${prof}`, '--headless', '--convert-to', 'pdf', '--outdir', outdir, ...files],
    { env: { ...process.env, FONTCONFIG_FILE: path.resolve(__dirname, '../../../shared/render/fonts.conf') }, stdio: 'pipe', timeout: 600000 });
}
const pdftext = f => execFileSync('pdftotext', ['-layout', f, '-'], { encoding: 'utf8' });

// regex matching s with optional whitespace between characters (pdftotext spacing)
const loose = s => new RegExp([...s].map(ch => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*'), 'g');

// rewrite oldTxt (old as printed, with pdftotext spaces) into new, changing only the
// characters that differ between old and new, so the spacing around them is kept
function respace(old, nw, oldTxt) {
  let p = 0; while (p < old.length && p < nw.length && old[p] === nw[p]) p++;
  let q = 0; while (q < old.length - p && q < nw.length - p && old[old.length - 1 - q] === nw[nw.length - 1 - q]) q++;
  const re = new RegExp([...old].map(ch => '(' + ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') + ')').join('\\s*'), 'd');
  const m = re.exec(oldTxt); if (!m || m.index !== 0) throw new Error('respace');
  const idx = m.indices.slice(1);
  const start = p < old.length - q ? idx[p][0] : (q > 0 ? idx[old.length - q][0] : idx[p - 1][1]);
  const end = p < old.length - q ? idx[old.length - q - 1][1] : start;
  return oldTxt.slice(0, start) + nw.slice(p, nw.length - q) + oldTxt.slice(end);
}

function locate(cleanLines, badLines, m, file) {
  if (cleanLines.length !== badLines.length) throw new Error(`${file}: line count ${cleanLines.length} vs ${badLines.length}`);
  const diff = [];
  cleanLines.forEach((l, i) => { if (l !== badLines[i]) diff.push(i); });
  if (diff.length !== 1) throw new Error(`${file}: ${diff.length} lines differ: ${diff.map(i => i + 1).join(',')}`);
  const i = diff[0], cl = cleanLines[i], bl = badLines[i];
  const mo = [...cl.matchAll(loose(m.old))], mn = [...bl.matchAll(loose(m.new))];
  // choose the occurrence at the first differing position
  let p = 0; while (cl[p] === bl[p]) p++;
  const o = mo.find(x => x.index <= p && x.index + x[0].length >= p) || mo[0];
  if (!o) throw new Error(`${file}: old not found on line`);
  let oldTxt = o[0];
  const nw = mn.find(x => x.index === o.index);
  if (!nw) throw new Error(`${file}: new not at same place`);
  let newTxt = nw[0];
  // if the old text occurs more than once on the line, widen it to the left until unique
  let k = o.index;
  while (cl.split(oldTxt).length !== 2 && k > 0) { k--; oldTxt = cl[k] + oldTxt; newTxt = cl[k] + newTxt; }
  if (k !== o.index) while (k > 0 && !/\s/.test(cl[k - 1])) { k--; oldTxt = cl[k] + oldTxt; newTxt = cl[k] + newTxt; }
  if (cl.split(oldTxt).length !== 2) throw new Error(`${file}: old text '${oldTxt}' not unique on line ${i + 1}`);
  if (cl.replace(oldTxt, newTxt) !== bl) throw new Error(`${file}: replace does not give bad line`);
  return { line: i + 1, old: oldTxt, new: newTxt };
}

async function main() {
  fs.mkdirSync(BUILD, { recursive: true });
  for (const d of ['clean', 'bad']) fs.mkdirSync(path.join(ROOT, d), { recursive: true });
  const specs = ONLY ? SPECS.filter(s => ONLY.includes(s.id)) : SPECS;
  const jobs = [];
  for (const s of specs) {
    const m = model(s);
    const doc = { spacing: s.spacing, header: s.headerText || (m.title.startsWith(s.unit) ? m.title : `${s.unit}  ${m.title}`), headerAlign: s.headerAlign, footer: s.footer || 'page', titlePage: !!s.titlePage, blocks: m.blocks };
    const base = s.file.replace(/\.(pdf|txt)$/, '');
    fs.writeFileSync(path.join(BUILD, base + '.docx'), await writeDocx(doc));
    const bad = s.fmt === 'pdf' ? mutate(doc, s.mut) : null;
    if (bad) fs.writeFileSync(path.join(BUILD, base + '.bad.docx'), await writeDocx(bad));
    jobs.push({ s, base, m });
  }
  const list = [];
  for (const j of jobs) { list.push(path.join(BUILD, j.base + '.docx')); if (j.s.fmt === 'pdf') list.push(path.join(BUILD, j.base + '.bad.docx')); }
  for (let i = 0; i < list.length; i += 12) soffice(list.slice(i, i + 12), BUILD);
  const answers = [];
  const errors = [];
  for (const { s, base } of jobs) {
   try {
    const cpdf = path.join(BUILD, base + '.pdf');
    const ctext = pdftext(cpdf);
    fs.writeFileSync(path.join(BUILD, base + '.txt'), ctext);
    if (s.fmt === 'txt' && fs.existsSync(path.join(ROOT, 'clean', s.file)) && fs.readFileSync(path.join(ROOT, 'clean', s.file), 'utf8') !== ctext) console.log(`note: ${s.file} text changed`);
    let a;
    if (s.fmt === 'pdf') {
      const bpdf = path.join(BUILD, base + '.bad.pdf');
      const btext = pdftext(bpdf);
      a = locate(ctext.split('\n'), btext.split('\n'), s.mut, s.file);
      fs.copyFileSync(cpdf, path.join(ROOT, 'clean', s.file));
      fs.copyFileSync(bpdf, path.join(ROOT, 'bad', s.file));
    } else {
      const lines = ctext.split('\n');
      const key = s.mut.ctx.replace(/\s/g, '');
      const idx = lines.map((l, i) => [l, i]).filter(([l]) => l.replace(/\s/g, '').includes(key));
      if (idx.length !== 1) throw new Error(`${s.file}: ctx '${s.mut.ctx}' on ${idx.length} lines`);
      const [l, i] = idx[0];
      const hits = [...l.matchAll(loose(s.mut.old))];
      // the occurrence inside ctx
      const cm = [...l.matchAll(loose(s.mut.ctx))][0];
      const o = hits.filter(h => h.index >= cm.index && h.index < cm.index + cm[0].length)[s.mut.nth || 0];
      const oldTxt = o[0];
      const newTxt = respace(s.mut.old, s.mut.new, oldTxt);
      const bl = l.slice(0, o.index) + newTxt + l.slice(o.index + oldTxt.length);
      const blines = lines.slice(); blines[i] = bl;
      fs.writeFileSync(path.join(ROOT, 'clean', s.file), ctext);
      fs.writeFileSync(path.join(ROOT, 'bad', s.file), blines.join('\n'));
      a = locate(lines, blines, { old: s.mut.old, new: s.mut.new }, s.file);
    }
    answers.push([s.file, a.line, a.old, a.new, s.mut.kind, s.mut.relation]);
    console.log(`${s.file}\tline ${a.line}\t${a.old} -> ${a.new}`);
   } catch (e) { errors.push(e.message); console.error('ERROR ' + e.message); }
  }
  if (errors.length) { console.error(errors.length + ' error(s)'); process.exit(1); }
  fs.rmSync(path.join(BUILD, '.lo-profile'), { recursive: true, force: true });
  if (!ONLY) {
    fs.writeFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'file\tline\told\tnew\tkind\trelation\n' + answers.map(r => r.join('\t')).join('\n') + '\n');
    fs.writeFileSync(path.join(ROOT, 'README.md'), require('./src/readme.cjs')(SPECS, answers));
  }
}
main().catch(e => { console.error(e.stack || e); process.exit(1); });

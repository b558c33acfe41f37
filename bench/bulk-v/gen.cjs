'use strict';
// Deterministic generator of a blind test corpus of 预算绩效自评报告.
// Run: node gen.cjs   (from bench/bulk-v). Writes clean/, bad/, relations.json.
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const JSZip = require('jszip');

const OUT = __dirname;
const FIXED_DATE = new Date(Date.UTC(2025, 2, 28, 8, 0, 0));
const FIXED_ISO = '2025-03-28T08:00:00Z';

// ---------------------------------------------------------------- numbers
function rdiv(a, b) { // half-up rounding of a/b, a>=0, b>0 (integers)
  a = BigInt(a); b = BigInt(b);
  if (a < 0n) return -Number((2n * -a + b) / (2n * b));
  return Number((2n * a + b) / (2n * b));
}
function fmtInt(n, d, sep) {
  const neg = n < 0; n = Math.abs(n);
  let s = String(n);
  if (d > 0) { s = s.padStart(d + 1, '0'); s = s.slice(0, -d) + '.' + s.slice(-d); }
  if (sep) { const p = s.split('.'); p[0] = p[0].replace(/\B(?=(\d{3})+(?!\d))/g, ','); s = p.join('.'); }
  return (neg ? '-' : '') + s;
}
const FEN = { '元': 100, '万元': 1000000, '亿元': 10000000000 };
const w = (x) => Math.round(x * 1000000); // 万元 (number with <=2 decimals) -> fen
const y = (x) => Math.round(x * 100);     // 元 -> fen

// ---------------------------------------------------------------- report state
let R = null;
function tok(text, kind, extra) {
  const t = Object.assign({ fig: true, id: 'f' + (++R.nf), text, kind }, extra || {});
  R.figs.push(t); return t;
}
// money: fen -> text in unit u with d decimals
function M(fen, o = {}) {
  const u = o.u || '万元', d = o.d === undefined ? 2 : o.d;
  const n = rdiv(fen, FEN[u] / 10 ** d);
  const s = fmtInt(n, d, o.sep);
  return tok(o.bare ? s : s + u, 'money', Object.assign({ fen, n, d }, o.bare ? { unit: u } : {}));
}
// percent from ratio num/den
function PC(num, den, o = {}) {
  const d = o.d === undefined ? 2 : o.d;
  const n = rdiv(BigInt(num) * 100n * 10n ** BigInt(d), den);
  return tok(fmtInt(n, d) + (o.bare ? '' : '%'), 'percent', Object.assign({ n, d }, o.bare ? { unit: '%' } : {}));
}
// explicit percent n/10^d
function PV(n, d, o = {}) {
  return tok(fmtInt(n, d) + (o.bare ? '' : '%'), 'percent', Object.assign({ n, d }, o.bare ? { unit: '%' } : {}));
}
// growth |cur-prev|/prev in percent
function GRW(cur, prev, d = 2) {
  const n = rdiv(BigInt(Math.abs(cur - prev)) * 100n * 10n ** BigInt(d), prev);
  return tok(fmtInt(n, d) + '%', 'percent', { n, d });
}
function PP(n, d) { return tok(fmtInt(n, d) + '个百分点', 'pp', { n, d }); }
function N(n, mw, o = {}) { return tok(fmtInt(n, o.d || 0, o.sep) + (mw || ''), o.kind || 'count', Object.assign({ n }, mw ? {} : { unit: o.unit || '' })); }
function Q(n, d, mw, o = {}) { return tok(fmtInt(n, d, o.sep) + (mw || ''), 'qty', Object.assign({ n, d }, mw ? {} : { unit: o.unit || '' })); }
function SC(n, d, o = {}) { return tok(fmtInt(n, d) + (o.bare === false ? '分' : ''), 'score', Object.assign({ n, d }, o.bare === false ? {} : { unit: '分' })); }
function WT(n, o = {}) { return tok(String(n) + (o.fen ? '分' : ''), 'weight', Object.assign({ n }, o.fen ? {} : { unit: '分' })); }
function AV(n, d, mw, o = {}) { return tok(fmtInt(n, d, o.sep) + (mw || ''), 'avg', Object.assign({ n, d }, mw ? {} : { unit: o.unit || '' })); }
function GD(g) { return tok(g, 'grade', { g }); }
function gradeOf(n, d) { const v = n / 10 ** d; return v >= 90 ? '优' : v >= 80 ? '良' : v >= 60 ? '中' : '差'; }

// ---------------------------------------------------------------- relations
function rel(kind, o) { const r = Object.assign({ id: 'r' + String(++R.nr).padStart(2, '0'), kind }, o); R.rels.push(r); return r; }
const ids = (a) => a.map((x) => (Array.isArray(x) ? [x[0], x[1].id] : [1, x.id]));
function lin(kind, res, terms, desc) { return rel(kind, { op: 'linear', res: res.id, terms: ids(terms), desc }); }
function ratio(kind, res, num, den, desc, scale = 100) { return rel(kind, { op: 'ratio', res: res.id, num: num.id, den: den.id, scale, desc }); }
function growth(res, cur, prev, sign, desc) { return rel('growth', { op: 'growth', res: res.id, cur: cur.id, prev: prev.id, sign, desc }); }
function eq(a, b, desc) { return rel('equality', { op: 'equal', a: a.id, b: b.id, desc }); }
function execScore(res, rate, wt, desc) { return rel('exec_score', { op: 'exec_score', res: res.id, rate: rate.id, weight: wt.id, desc }); }
function indScore(res, target, actual, wt, dir, desc) { return rel('indicator_score', { op: 'indicator', res: res.id, target: target.id, actual: actual.id, weight: wt.id, dir, desc }); }
function gradeRel(g, total, desc) { return rel('grade', { op: 'grade', res: g.id, total: total.id, desc }); }

// ---------------------------------------------------------------- rich text & blocks
function T(strs, ...vals) {
  const out = [];
  strs.forEach((s, i) => {
    if (s) out.push(s);
    if (i < vals.length) {
      const v = vals[i];
      if (Array.isArray(v)) out.push(...v);
      else if (v && v.fig) out.push(v);
      else if (v !== undefined && v !== null && v !== '') out.push(String(v));
    }
  });
  return out;
}
const segs = (x) => (Array.isArray(x) ? x : x && x.fig ? [x] : [String(x === undefined || x === null ? '' : x)]);
function block(type, x, extra) { R.blocks.push(Object.assign({ type, segs: segs(x) }, extra || {})); }
const title = (x) => block('title', x);
const h1 = (x) => block('h1', x);
const h2 = (x) => block('h2', x);
const h3 = (x) => block('h3', x);
const p = (x) => block('p', x);
function table(rows, o = {}) { R.blocks.push({ type: 'table', rows, head: o.head === undefined ? 1 : o.head }); }
const C = (x, cs, rs) => ({ segs: segs(x), cs: cs || 1, rs: rs || 1 });

// ---------------------------------------------------------------- rendering
function joinSegs(sg) { // -> {text, figs:[{t, off}]}
  let text = ''; const figs = [];
  for (const s of sg) { if (s.fig) { figs.push({ t: s, off: text.length }); text += s.text; } else text += s; }
  return { text, figs };
}
function grid(rows) { // expand spans -> matrix of {cell, origin}
  const g = []; let ncol = 0;
  rows.forEach((row, r) => {
    g[r] = g[r] || [];
    let c = 0;
    for (const raw of row) {
      const cell = raw && raw.segs ? raw : C(raw);
      while (g[r][c]) c++;
      for (let i = 0; i < cell.rs; i++) for (let j = 0; j < cell.cs; j++) {
        g[r + i] = g[r + i] || [];
        g[r + i][c + j] = { cell, origin: i === 0 && j === 0, first: i === 0 };
      }
      c += cell.cs;
    }
    ncol = Math.max(ncol, g[r].length);
  });
  return { g, ncol };
}
function renderText(rep, fmt) { // md / txt -> units (lines)
  const st = rep.style || {};
  const lines = [];
  const push = (sg) => lines.push(joinSegs(sg));
  const blank = () => lines.push({ text: '', figs: [] });
  for (const b of rep.blocks) {
    if (b.type === 'table') {
      const { g, ncol } = grid(b.rows);
      g.forEach((row, r) => {
        const cells = [];
        for (let c = 0; c < ncol; c++) {
          const e = row[c];
          if (!e) { cells.push([]); continue; }
          if (e.origin) cells.push(e.cell.segs);
          else if (fmt === 'md' || st.tsep === '\t') cells.push([]);
          else if (st.tsep && e.first) continue; // txt with separators: skip colspan continuation
          else cells.push([]);
        }
        let sg;
        if (fmt === 'md') {
          sg = ['| '];
          cells.forEach((cs, i) => { sg.push(...cs); sg.push(i < cells.length - 1 ? ' | ' : ' |'); });
        } else {
          sg = [];
          cells.forEach((cs, i) => { sg.push(...cs); if (i < cells.length - 1) sg.push(st.tsep || '\t'); });
        }
        push(sg);
        if (fmt === 'md' && r === b.head - 1) lines.push({ text: '|' + Array(ncol).fill(' --- ').join('|') + '|', figs: [] });
      });
      if (fmt === 'md' || st.blank) blank();
      continue;
    }
    let sg = b.segs;
    if (fmt === 'md') {
      const pre = { title: '# ', h1: '## ', h2: '### ', h3: st.mdh3 ? '#### ' : '' }[b.type];
      if (pre) sg = [pre, ...sg];
      if (b.type === 'h3' && !st.mdh3) sg = ['**', ...sg, '**'];
      push(sg); blank();
    } else {
      if (b.type === 'p' && st.indent) sg = [st.indent, ...sg];
      if (b.type === 'title' && st.titlePad) sg = [st.titlePad, ...sg];
      push(sg);
      if (st.blank && (b.type === 'p' || b.type === 'title')) blank();
    }
  }
  while (lines.length && lines[lines.length - 1].text === '') lines.pop();
  return lines;
}
function docxChildren(rep) {
  const F = 'FangSong';
  const kids = []; const units = [];
  for (const b of rep.blocks) {
    if (b.type === 'table') {
      const { g } = grid(b.rows);
      const trs = b.rows.map((row, r) => new docx.TableRow({
        children: row.map((raw) => {
          const cell = raw && raw.segs ? raw : C(raw);
          const j = joinSegs(cell.segs); units.push(j);
          return new docx.TableCell({
            columnSpan: cell.cs > 1 ? cell.cs : undefined, rowSpan: cell.rs > 1 ? cell.rs : undefined,
            children: [new docx.Paragraph({ children: [new docx.TextRun({ text: j.text, font: F, size: 20, bold: r < b.head })] })],
          });
        }),
      }));
      void g;
      kids.push(new docx.Table({ rows: trs, width: { size: 100, type: docx.WidthType.PERCENTAGE } }));
      continue;
    }
    const j = joinSegs(b.segs); units.push(j);
    const isT = b.type === 'title', isH = b.type === 'h1' || b.type === 'h2' || b.type === 'h3';
    kids.push(new docx.Paragraph({
      alignment: isT ? docx.AlignmentType.CENTER : undefined,
      indent: b.type === 'p' ? { firstLine: 640 } : undefined,
      spacing: { line: 360 },
      children: [new docx.TextRun({ text: j.text, font: isT || isH ? 'SimHei' : F, size: isT ? 36 : 28, bold: isT || b.type === 'h1' })],
    }));
  }
  return { kids, units };
}
function unesc(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function docParas(xml) {
  const re = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g; const out = []; let m;
  while ((m = re.exec(xml))) {
    let t = ''; const rt = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g; let k;
    while ((k = rt.exec(m[0]))) t += unesc(k[1]);
    out.push(t);
  }
  return out;
}
async function renderDocx(rep) {
  const { kids, units } = docxChildren(rep);
  const doc = new docx.Document({
    creator: rep.author || '财务室', lastModifiedBy: rep.author || '财务室', title: rep.titleText, description: '',
    sections: [{ properties: {}, children: kids }],
  });
  const buf = await docx.Packer.toBuffer(doc);
  const src = await JSZip.loadAsync(buf);
  const out = new JSZip();
  const names = Object.keys(src.files).filter((n) => !src.files[n].dir).sort();
  let xml = '';
  for (const n of names) {
    let data = await src.files[n].async('nodebuffer');
    if (n === 'docProps/core.xml') {
      data = Buffer.from(data.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, `$1${FIXED_ISO}$2`)
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, `$1${FIXED_ISO}$2`), 'utf8');
    }
    if (n === 'word/document.xml') xml = data.toString('utf8');
    out.file(n, data, { date: FIXED_DATE, createFolders: false });
  }
  const zbuf = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
  // map logical units to paragraph indices
  const paras = docParas(xml); const lines = []; let k = 0;
  for (const u of units) {
    if (u.text === '') { // empty cell: next empty paragraph
      while (k < paras.length && paras[k] !== '') k++;
    } else while (k < paras.length && paras[k] !== u.text) k++;
    if (k >= paras.length) throw new Error(rep.file + ': docx paragraph not found: ' + u.text);
    lines[k] = u; k++;
  }
  const full = paras.map((t, i) => lines[i] || { text: t, figs: [] });
  return { buf: zbuf, lines: full };
}

// ---------------------------------------------------------------- build all
const REPORTS = [];
function findTok(text, nth = 1) { const a = R.figs.filter((t) => t.text === text); if (a.length < nth) throw new Error('findTok ' + text); return a[nth - 1]; }
function report(file, meta, build) { REPORTS.push({ file, meta, build }); }

function locate(lines) { // -> map tokenId -> {line, nth, off}
  const loc = new Map();
  lines.forEach((u, i) => {
    for (const { t, off } of u.figs) {
      let nth = 0, pos = -1;
      do { pos = u.text.indexOf(t.text, pos + 1); nth++; } while (pos !== -1 && pos < off);
      if (pos !== off) throw new Error('locate failed ' + t.text);
      if (loc.has(t.id)) throw new Error('token placed twice: ' + t.text);
      loc.set(t.id, { line: i + 1, nth, off });
    }
  });
  return loc;
}

async function main() {
  for (const d of ['clean', 'bad']) fs.mkdirSync(path.join(OUT, d), { recursive: true });
  const relJson = { about: 'figures and relations per report; line = 1-based line (md/txt) or <w:p> index in word/document.xml (docx); nth = nth occurrence of text in that line', reports: {} };
  const answers = [['file', 'line', 'old', 'new', 'kind', 'relation']];
  for (const rp of REPORTS) {
    R = { file: rp.file, nf: 0, nr: 0, figs: [], rels: [], blocks: [], style: rp.meta.style || {}, author: rp.meta.author };
    const fmt = path.extname(rp.file).slice(1);
    const bad = rp.build();
    R.titleText = joinSegs(R.blocks[0].segs).text;
    const rep = R;
    let lines, bufClean, bufBad, linesBad;
    if (fmt === 'docx') {
      ({ buf: bufClean, lines } = await renderDocx(rep));
    } else {
      lines = renderText(rep, fmt); bufClean = Buffer.from(lines.map((l) => l.text).join('\n') + '\n', 'utf8');
    }
    const loc = locate(lines);
    for (const t of rep.figs) if (!loc.has(t.id)) throw new Error(rp.file + ': token not placed: ' + t.text);
    // bad copy
    const bt = bad.tok; const old = bt.text; const L = loc.get(bt.id);
    bt.text = bad.to;
    if (fmt === 'docx') ({ buf: bufBad, lines: linesBad } = await renderDocx(rep));
    else { linesBad = renderText(rep, fmt); bufBad = Buffer.from(linesBad.map((l) => l.text).join('\n') + '\n', 'utf8'); }
    bt.text = old;
    const diffs = lines.map((l, i) => (l.text !== linesBad[i].text ? i : -1)).filter((i) => i >= 0);
    if (diffs.length !== 1 || diffs[0] !== L.line - 1) throw new Error(rp.file + ': bad copy differs in ' + diffs);
    let relId = bad.rel && bad.rel.id;
    if (!relId) {
      const rs = rep.rels.filter((r) => JSON.stringify(r).includes('"' + bt.id + '"'));
      if (rs.length !== 1) throw new Error(rp.file + ': bad token in ' + rs.length + ' relations: ' + old);
      relId = rs[0].id;
    }
    answers.push([rp.file, String(L.line), old, bad.to, bad.kind, relId]);
    fs.writeFileSync(path.join(OUT, 'clean', rp.file), bufClean);
    fs.writeFileSync(path.join(OUT, 'bad', rp.file), bufBad);
    relJson.reports[rp.file] = Object.assign({ format: fmt }, rp.meta.info, {
      figures: rep.figs.map((t) => {
        const o = { id: t.id, line: loc.get(t.id).line, nth: loc.get(t.id).nth, text: t.text, kind: t.kind };
        if (t.unit !== undefined) o.unit = t.unit;
        return o;
      }),
      relations: rep.rels.map((r) => { const o = Object.assign({}, r); if (!o.desc) delete o.desc; return o; }),
    });
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.map((a) => a.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'relations.json'), JSON.stringify(relJson, null, 1) + '\n');
  console.log('wrote', REPORTS.length, 'reports');
}

// ================================================================ builders
// ---- indicator helpers
function targetSegs(ind) {
  const tk = tok(fmtInt(ind.t, ind.td || 0, ind.sep) + ind.tu, 'target', { n: ind.t, d: ind.td || 0 });
  const c = ind.cmp || '';
  if (c === '以上' || c === '以内' || c === '及以上' || c === '以下') return { tk, segs: [tk, c] };
  return { tk, segs: c ? [c, tk] : [tk] };
}
function indScoreN(ind, sd) { // -> integer score at sd decimals
  const W10 = BigInt(ind.w) * 10n ** BigInt(sd);
  const a = BigInt(ind.a), t = BigInt(ind.t), A = 10n ** BigInt(ind.ad || 0), TD = 10n ** BigInt(ind.td || 0);
  if (ind.dir === 'neg') {
    if (a * TD <= t * A) return Number(W10);
    return rdiv(W10 * t * A, a * TD);
  }
  if (a * TD >= t * A) return Number(W10);
  return rdiv(W10 * a * TD, t * A);
}
function actualTok(ind) {
  return tok(fmtInt(ind.a, ind.ad || 0, ind.sep) + ind.tu, ind.tu === '%' ? 'percent' : 'qty', { n: ind.a, d: ind.ad || 0 });
}
// builds indicator rows; cols: order of columns, e.g. ['l1','l2','l3','t','a','w','s','note']
function indicatorRows(inds, o, S) {
  const rows = []; const scores = []; const weights = [];
  const sd = o.sd;
  // group rowSpan for l1
  let i = 0;
  while (i < inds.length) {
    let j = i; while (j < inds.length && inds[j].l1 === inds[i].l1) j++;
    for (let k = i; k < j; k++) {
      const ind = inds[k];
      const wt = WT(ind.w); weights.push(wt);
      let tseg, aseg, sc;
      if (ind.qual) {
        tseg = [ind.qual[0]]; aseg = [ind.qual[1]]; sc = SC(ind.w * 10 ** sd, sd); 
      } else if (ind.exec) { // 预算执行率 row: actual is a rate token supplied
        const tg = targetSegs(ind); tseg = tg.segs;
        const at = ind.exec.tok; aseg = [at];
        sc = SC(ind.exec.n, sd); execScore(sc, at, wt, '预算执行率得分 = 执行率 × 分值（封顶）');
      } else {
        const tg = targetSegs(ind); tseg = tg.segs;
        if (ind.actualTok) { ind.a = ind.actualTok.n; ind.ad = ind.actualTok.d; }
        const at = ind.actualTok || actualTok(ind); aseg = [at];
        if (ind.actualRel) ind.actualRel(at);
        sc = SC(indScoreN(ind, sd), sd);
        indScore(sc, tg.tk, at, wt, ind.dir || 'pos', (ind.dir === 'neg' ? '反向指标' : '正向指标') + '：' + ind.l3);
        if (ind.key && S && S.say && S.say[ind.key]) eq(S.say[ind.key], at, '正文与自评表：' + ind.l3);
      }
      if (ind.key && S) S['t_' + ind.key] = { score: sc, actual: aseg[0], weight: wt };
      scores.push(sc);
      const cells = { t: C(tseg), a: C(aseg), w: C(wt), s: C(sc), note: C(ind.note || (ind.qual ? '' : '无偏差')), l2: C(ind.l2), l3: C(ind.l3) };
      if (ind.qual && !ind.note) cells.note = C('—');
      const row = [];
      if (k === i) row.push(C(ind.l1, 1, j - i));
      for (const col of o.cols.slice(1)) row.push(cells[col]);
      rows.push(row);
    }
    i = j;
  }
  return { rows, scores, weights };
}
function totalRows(o, scores, weights, extraScores, extraWeights) {
  const allS = (extraScores || []).concat(scores), allW = (extraWeights || []).concat(weights);
  const sum = allS.reduce((s, t) => s + t.n, 0);
  const tot = SC(sum, o.sd); const hundred = WT(100);
  const wsum = allW.reduce((s, t) => s + t.n, 0);
  if (wsum !== 100) throw new Error('weights sum ' + wsum);
  lin('weight_total', hundred, allW, 'Σ分值 = 100');
  const rT = lin('score_total', tot, allS, '总分 = Σ得分');
  const g = GD(gradeOf(sum, o.sd));
  const rG = gradeRel(g, tot, '等级：≥90优，80–90良，60–80中，<60差');
  return { tot, hundred, g, rT, rG };
}
// L1 project score table. money: [{label, init, full, spent}] first = total (computed)
function tableL1(c, S) {
  const sd = c.sd, u = '万元';
  const src = c.src.filter((s) => s.full > 0 || s.always);
  const tot = { label: '年度资金总额', init: src.reduce((a, s) => a + s.init, 0), full: src.reduce((a, s) => a + s.full, 0), spent: src.reduce((a, s) => a + s.spent, 0) };
  const rows = [];
  rows.push([C('项目名称'), C(c.name, 7)]);
  rows.push([C('主管部门'), C(c.dept, 3), C('实施单位'), C(c.impl, 3)]);
  rows.push([C('项目资金（万元）', 1, src.length + 2), C(''), C('年初预算数'), C('全年预算数'), C('全年执行数'), C('分值'), C('执行率'), C('得分')]);
  const mk = (s, isTot) => {
    const I = M(s.init, { bare: true, sep: c.tsep }), B = M(s.full, { bare: true, sep: c.tsep }), E = M(s.spent, { bare: true, sep: c.tsep });
    const r = PC(s.spent, s.full, { d: c.rd || 2 });
    ratio('exec_rate', r, E, B, '执行率 = 全年执行数 / 全年预算数（' + s.label + '）');
    return { I, B, E, r };
  };
  const T0 = mk(tot, true);
  const wt = WT(c.execW || 10);
  const rateN = T0.r.n; const rd = c.rd || 2;
  const scN = rdiv(BigInt(Math.min(rateN, 100 * 10 ** rd)) * BigInt(wt.n) * 10n ** BigInt(sd), 100 * 10 ** rd);
  const esc = SC(scN, sd);
  execScore(esc, T0.r, wt, '预算执行率得分 = 执行率 × 分值');
  rows.push([C('年度资金总额'), C(T0.I), C(T0.B), C(T0.E), C(wt), C(T0.r), C(esc)]);
  const parts = src.map((s, i) => {
    const X = mk(s);
    rows.push([C((i === 0 ? '其中：' : '') + (s.tl || s.label)), C(X.I), C(X.B), C(X.E), C('—'), C(X.r), C('—')]);
    return X;
  });
  if (parts.length > 1) {
    lin('sum', T0.I, parts.map((x) => x.I), '年初预算数：总额 = Σ来源');
    lin('sum', T0.B, parts.map((x) => x.B), '全年预算数：总额 = Σ来源');
    lin('sum', T0.E, parts.map((x) => x.E), '全年执行数：总额 = Σ来源');
  } else { // single source equals total
    eq(T0.I, parts[0].I); eq(T0.B, parts[0].B); eq(T0.E, parts[0].E); eq(T0.r, parts[0].r);
  }
  rows.push([C('年度总体目标', 1, 2), C('预期目标', 3), C('实际完成情况', 4)]);
  rows.push([C(c.goal, 3), C(c.done, 4)]);
  rows.push([C('一级指标'), C('二级指标'), C('三级指标'), C('年度指标值'), C('实际完成值'), C('分值'), C('得分'), C('偏差原因分析及改进措施')]);
  const ir = indicatorRows(c.inds, { sd, cols: ['l1', 'l2', 'l3', 't', 'a', 'w', 's', 'note'] }, S);
  rows.push(...ir.rows);
  const tr = totalRows({ sd }, ir.scores, ir.weights, [esc], [wt]);
  rows.push([C('总分', 5), C(tr.hundred), C(tr.tot), C(T`自评等级：${tr.g}`)]);
  if (c.caption) p(c.caption);
  if (c.unitLine) p(c.unitLine);
  table(rows, { head: 1 });
  return Object.assign({ T0, parts, esc, wt }, tr, ir);
}
// L2: indicator-only table with exec row first
function tableL2(c, S) {
  const sd = c.sd;
  const rows = [[C('一级指标'), C('二级指标'), C('三级指标'), C('指标值'), C('完成值'), C('分值'), C('得分')]];
  const ir = indicatorRows(c.inds, { sd, cols: ['l1', 'l2', 'l3', 't', 'a', 'w', 's'] }, S);
  rows.push(...ir.rows);
  const tr = totalRows({ sd }, ir.scores, ir.weights);
  rows.push([C('合计', 5), C(tr.hundred), C(tr.tot)]);
  rows.push([C('自评结论', 5), C(tr.g, 2)]);
  if (c.caption) p(c.caption);
  table(rows, { head: 1 });
  return Object.assign({}, tr, ir);
}
// L3: department framework table (分值 before 指标值)
function tableL3(c, S) {
  const sd = c.sd;
  const rows = [[C('一级指标'), C('二级指标'), C('三级指标'), C('分值'), C('指标值'), C('实际完成值'), C('得分')]];
  const ir = indicatorRows(c.inds, { sd, cols: ['l1', 'l2', 'l3', 'w', 't', 'a', 's'] }, S);
  rows.push(...ir.rows);
  const tr = totalRows({ sd }, ir.scores, ir.weights);
  rows.unshift; // keep order
  if (c.totalFirst) rows.splice(1, 0, [C('总分', 3), C(tr.hundred), C('—'), C('—'), C(T`${tr.tot}（${tr.g}）`)]);
  else rows.push([C('总分', 3), C(tr.hundred), C('—'), C('—'), C(T`${tr.tot}（${tr.g}）`)]);
  if (c.caption) p(c.caption);
  table(rows, { head: 1 });
  return Object.assign({}, tr, ir);
}
function execInd(rateTok, w, sd, tgt) { // indicator spec for 预算执行率 row using a rate token
  const rd = rateTok.d;
  const n = rdiv(BigInt(Math.min(rateTok.n, 100 * 10 ** rd)) * BigInt(w) * 10n ** BigInt(sd), 100 * 10 ** rd);
  return Object.assign({ w, exec: { tok: rateTok, n }, t: 100, td: 0, tu: '%', cmp: '' }, tgt || {});
}
function rateCopy(t) { return PV(t.n, t.d); }

// ---- project list table (with 合计 first or last)
function projTable(items, o) {
  const u = o.u || '万元';
  const head = o.head || [C('序号'), C('项目名称'), C(o.bud || '全年预算数'), C(o.act || '执行数'), C('执行率')];
  const rows = [head];
  const mk = (it) => {
    const B = M(it.b, { bare: true, u, sep: o.sep }), E = M(it.e, { bare: true, u, sep: o.sep });
    const r = PC(it.e, it.b, { d: o.rd || 2 }); ratio('exec_rate', r, E, B, '执行率（' + it.name + '）');
    return { B, E, r };
  };
  const tot = mk({ name: '合计', b: items.reduce((s, x) => s + x.b, 0), e: items.reduce((s, x) => s + x.e, 0) });
  const its = items.map(mk);
  lin('sum', tot.B, its.map((x) => x.B), '合计 = Σ项目（预算）');
  lin('sum', tot.E, its.map((x) => x.E), '合计 = Σ项目（执行）');
  const totRow = [C('合计', 2), C(tot.B), C(tot.E), C(tot.r)];
  if (o.totalFirst) rows.push(totRow);
  items.forEach((it, i) => rows.push([C(o.ordinal ? o.ordinal[i] : String(i + 1)), C(it.name), C(its[i].B), C(its[i].E), C(its[i].r)]));
  if (!o.totalFirst) rows.push(totRow);
  if (o.caption) p(o.caption);
  if (o.unitLine) p(o.unitLine);
  table(rows, { head: 1 });
  return { tot, its };
}

// ================================================================ 部门整体 builder
function dept(c) {
  const S = { say: {} };
  const u = c.u || '万元', sep = !!c.sep;
  const m = (fen, o = {}) => M(fen, Object.assign({ u, sep }, o));
  const pd = c.pd === undefined ? 2 : c.pd;
  title(c.title);
  if (c.sub) p(c.sub);
  p(c.intro);
  h1(c.h?.[0] || '一、部门（单位）基本情况');
  h2('（一）主要职能'); p(c.duties);
  h2('（二）机构设置及人员情况');
  const st = c.staff;
  S.bz = N(st.bz, '名'); S.zz = N(st.zz, '人'); S.cr = PC(st.zz, st.bz, { d: c.crd === undefined ? 2 : c.crd });
  ratio('control_rate', S.cr, S.zz, S.bz, '在职人员控制率 = 在职人数 / 编制数');
  p(T`${c.org}核定编制${S.bz}，截至2024年12月31日实有在职人员${S.zz}，在职人员控制率${S.cr}；另有退休人员${st.tx}人${st.extra || ''}。`);
  h1(c.h?.[1] || '二、部门整体支出情况');
  // income
  const inc = c.inc; const incT = inc.fis + inc.oth + inc.car;
  S.inc = m(incT); S.fis = m(inc.fis); S.oth = m(inc.oth); S.car = m(inc.car); S.fisSh = PC(inc.fis, incT, { d: pd });
  lin('sum', S.inc, [S.fis, S.oth, S.car], '收入合计 = 财政拨款收入 + 其他收入 + 上年结转');
  ratio('share', S.fisSh, S.fis, S.inc, '财政拨款收入占比');
  h2('（一）收入情况');
  if (c.v === 1) p(T`全年收入合计${S.inc}。按来源分：①财政拨款收入${S.fis}，占${S.fisSh}；②${inc.othName || '其他收入'}${S.oth}；③上年结转结余${S.car}。`);
  else p(T`2024年度本单位收入总计${S.inc}，其中：财政拨款收入${S.fis}（占收入总计的${S.fisSh}），${inc.othName || '其他收入'}${S.oth}，年初结转和结余${S.car}。`);
  // budget
  const bd = c.bud; const B = bd.init + bd.add - (bd.cut || 0);
  S.I = m(bd.init); S.add = m(bd.add); S.B = m(B);
  const terms = [S.I, S.add];
  if (bd.cut) { S.cut = m(bd.cut); terms.push([-1, S.cut]); }
  lin('sum', S.B, terms, '全年预算 = 年初预算 + 追加 − 压减');
  // expenditure
  const ex = c.exp; const basic = ex.pers + ex.pub; const projE = ex.projects.reduce((s, x) => s + x.e, 0); const E = basic + projE;
  if (E > B) throw new Error('E>B');
  S.E = m(E); S.rate = PC(E, B, { d: c.rd || 2 }); S.basic = m(basic); S.pers = m(ex.pers); S.pub = m(ex.pub); S.projE = m(projE);
  S.basicSh = PC(basic, E, { d: pd });
  lin('sum', S.E, [S.basic, S.projE], '支出合计 = 基本支出 + 项目支出');
  lin('sum', S.basic, [S.pers, S.pub], '基本支出 = 人员经费 + 公用经费');
  ratio('exec_rate', S.rate, S.E, S.B, '预算执行率 = 支出 / 全年预算');
  ratio('share', S.basicSh, S.basic, S.E, '基本支出占比');
  h2('（二）预算安排及执行情况');
  if (c.v === 1) {
    p(T`年初部门预算${S.I}；年内${c.addWhy || '追加'}${S.add}${S.cut ? T`，压减${S.cut}` : ''}，全年预算调整为${S.B}。全年实际支出${S.E}，预算执行率${S.rate}。`);
    p(T`支出结构：（1）基本支出${S.basic}，占全部支出的${S.basicSh}，其中人员经费${S.pers}、公用经费${S.pub}；（2）项目支出${S.projE}。`);
  } else {
    p(T`2024年年初预算${S.I}，年中${c.addWhy || '追加'}${S.add}${S.cut ? T`、压减${S.cut}` : ''}，全年预算数为${S.B}。全年支出${S.E}，其中：基本支出${S.basic}（人员经费${S.pers}，公用经费${S.pub}），占支出总额的${S.basicSh}；项目支出${S.projE}。全年预算执行率为${S.rate}。`);
  }
  // balance
  S.bal = m(B - E); lin('balance', S.bal, [S.B, [-1, S.E]], '结转结余 = 全年预算 − 支出');
  h2('（三）结转结余情况');
  if (c.noBalR) p(T`年末结转结余${S.bal}${c.balWhy ? '，' + c.balWhy : ''}。`);
  else {
    S.balR = PC(B - E, B, { d: c.rd || 2 }); ratio('ratio', S.balR, S.bal, S.B, '结转结余率 = 结转结余 / 全年预算');
    p(T`年末结转结余${S.bal}，结转结余率${S.balR}${c.balWhy ? '，' + c.balWhy : ''}。`);
  }
  // 三公
  const sg = c.sg;
  if (sg) {
    h2('（四）“三公”经费情况');
    const cur = sg.jd + sg.che, prev = sg.pjd + sg.pche;
    S.sg = m(cur); S.sgjd = m(sg.jd); S.sgche = m(sg.che); S.sgPrev = m(prev); S.sgD = m(Math.abs(cur - prev)); S.sgG = GRW(cur, prev, sg.gd || 2);
    S.sgBud = m(sg.bud);
    lin('sum', S.sg, [S.sgjd, S.sgche], '三公经费 = 公务接待 + 公务用车');
    const dn = cur < prev;
    lin('difference', S.sgD, dn ? [S.sgPrev, [-1, S.sg]] : [S.sg, [-1, S.sgPrev]], '三公经费较上年变动额');
    growth(S.sgG, S.sg, S.sgPrev, dn ? -1 : 1, '三公经费同比变动率');
    p(T`全年“三公”经费预算${S.sgBud}，实际支出${S.sg}，其中公务接待费${S.sgjd}、公务用车运行维护费${S.sgche}，因公出国（境）费用0元；较上年的${S.sgPrev}${dn ? '减少' : '增加'}${S.sgD}，同比${dn ? '下降' : '增长'}${S.sgG}。${sg.why || ''}`);
  }
  // project table
  if (c.ptab) {
    h2(c.ptab.h || '（五）项目支出情况');
    if (c.ptab.lead) p(c.ptab.lead);
    const pt = projTable(ex.projects, Object.assign({ u, sep }, c.ptab));
    S.pt = pt;
    eq(S.projE, pt.tot.E, '正文项目支出 = 项目表合计执行数');
  }
  h1(c.h?.[2] || '三、部门整体支出绩效情况');
  c.perf(S);
  if (c.score) {
    const sc = c.score(S);
    const res = (sc.layout === 'L2' ? tableL2 : tableL3)(sc, S);
    S.tab = res;
    if (sc.after) sc.after(S, res);
  }
  h1(c.h?.[3] || '四、存在的问题及原因分析');
  for (const x of c.problems) p(x);
  h1(c.h?.[4] || '五、下一步改进措施');
  for (const x of c.measures) p(x);
  if (c.sign) for (const x of c.sign) p(x);
  return S;
}

// ================================================================ 项目支出 builder
function proj(c) {
  const S = { say: {} };
  const u = c.u || '万元', sep = !!c.sep;
  const m = (fen, o = {}) => M(fen, Object.assign({ u, sep }, o));
  title(c.title);
  if (c.sub) p(c.sub);
  p(c.intro);
  h1(c.h?.[0] || '一、项目基本情况');
  h2('（一）项目概况'); for (const x of [].concat(c.about)) p(x);
  h2('（二）项目绩效目标'); p(c.goalText);
  h1(c.h?.[1] || '二、项目资金使用及管理情况');
  h2('（一）资金安排及到位情况');
  const src = c.src; S.srcList = src; // [{label, init, full, spent}]
  const I = src.reduce((s, x) => s + x.init, 0), B = src.reduce((s, x) => s + x.full, 0), E = src.reduce((s, x) => s + x.spent, 0);
  S.I = m(I); S.B = m(B); S.E = m(E);
  S.rate = PC(E, B, { d: c.rd || 2 });
  ratio('exec_rate', S.rate, S.E, S.B, '预算执行率 = 执行数 / 全年预算数');
  S.srcB = src.length > 1 ? src.map((x) => m(x.full)) : [];
  if (src.length > 1) lin('sum', S.B, S.srcB, '全年预算 = Σ资金来源');
  if (I !== B) {
    S.adj = m(Math.abs(B - I));
    lin('sum', S.B, [S.I, [B > I ? 1 : -1, S.adj]], '全年预算 = 年初预算 ± 调整');
  }
  const srcText = [];
  src.forEach((x, i) => { srcText.push(...T`${i ? '，' : ''}${x.label}${S.srcB[i]}`); });
  if (I !== B) p(T`该项目年初预算${S.I}，年中${B > I ? (c.addWord || '追加') : (c.cutWord || '调减')}${S.adj}，全年预算${S.B}${src.length > 1 ? T`，其中：${srcText}` : ''}。${c.docNote || ''}`);
  else p(T`该项目全年预算${S.B}${src.length > 1 ? T`，其中：${srcText}` : ''}，与年初预算一致。${c.docNote || ''}`);
  h2('（二）资金使用情况');
  S.bal = m(B - E);
  lin('balance', S.bal, [S.B, [-1, S.E]], '结余 = 全年预算 − 执行数');
  const items = c.items; // [{name, e}]
  if (items.reduce((s, x) => s + x.e, 0) !== E) throw new Error(c.title + ' items != E ' + (items.reduce((s, x) => s + x.e, 0) - E));
  S.items = items.map((x) => m(x.e));
  const marks = c.marks || ['①', '②', '③', '④', '⑤', '⑥'];
  const it = []; items.forEach((x, i) => it.push(...T`${marks[i]}${x.name}${S.items[i]}${i < items.length - 1 ? '；' : '。'}`));
  S.E2 = m(E); eq(S.E, S.E2, '执行数两次表述一致');
  lin('sum', S.E2, S.items, '支出明细合计 = 执行数');
  p(T`截至2024年12月31日，项目实际支出${S.E}，预算执行率${S.rate}，结余${S.bal}${c.balWhy ? '（' + c.balWhy + '）' : ''}。`);
  p(T`${c.itemsLead || '资金具体使用情况：'}支出${S.E2}，${it}`);
  if (c.mgmt) { h2('（三）项目管理情况'); for (const x of [].concat(c.mgmt)) p(x); }
  h1(c.h?.[2] || '三、项目绩效情况');
  c.perf(S);
  h1(c.h?.[3] || '四、存在的问题及原因分析');
  for (const x of c.problems) p(x);
  h1(c.h?.[4] || '五、下一步改进措施');
  for (const x of c.measures) p(x);
  if (c.score) {
    const sc = c.score(S);
    if (sc.layout === 'L1') {
      const r = tableL1(Object.assign({ src }, sc), S);
      eq(S.B, r.T0.B, '正文全年预算 = 自评表'); eq(S.E2 === undefined ? S.E : S.E, r.T0.E, '正文执行数 = 自评表'); eq(S.rate, r.T0.r, '正文执行率 = 自评表');
      S.tab = r;
    } else if (sc.layout === 'L2') {
      S.tab = tableL2(sc, S);
    } else if (sc.layout === 'money') S.tab = sc.build(S);
  }
  if (c.sign) for (const x of c.sign) p(x);
  return S;
}


// ================================================================ reports
// ---------------------------------------------------------------- md01 乡镇人民政府 部门整体 (L3)
report('md01-fengao-town-government.md', { style: {}, info: { kind: '部门整体支出', unit: '松岚县枫坳镇人民政府', field: '乡镇政府运转', scoreTable: 'L3 部门整体评价框架表' } }, () => {
  const S = dept({
    title: '松岚县枫坳镇人民政府2024年度部门整体支出绩效自评报告',
    intro: '按照《松岚县财政局关于开展2024年度预算绩效自评工作的通知》（松财预〔2025〕18号）要求，我镇组织党政办、财政所等单位对2024年度部门整体支出开展了自评，现将有关情况报告如下。',
    duties: '枫坳镇人民政府负责执行本级人民代表大会的决议和上级国家行政机关的决定，管理本行政区域内的经济、农业农村、社会事务、生态环境、平安建设等工作。全镇辖14个行政村、1个社区，总面积约86平方公里。',
    org: '镇政府内设党政综合办公室、经济发展办公室、社会事务办公室、平安建设办公室、自然资源和生态环境办公室5个办公室，下设便民服务中心、农业综合服务中心等4个事业站所。全镇',
    staff: { bz: 46, zz: 43, tx: 21, extra: '，聘用村级公益性岗位人员32人（不计入编制）' },
    inc: { fis: w(1862.37), oth: w(45.20), car: w(36.85) },
    bud: { init: w(1587.60), add: w(318.44) },
    addWhy: '追加防汛救灾及乡村振兴配套资金',
    exp: { pers: w(896.52), pub: w(141.33), projects: [
      { name: '农村人居环境整治', b: w(260.00), e: w(251.36) },
      { name: '村级组织运转保障', b: w(198.40), e: w(198.40) },
      { name: '防汛抗旱及应急处置', b: w(86.50), e: w(79.18) },
      { name: '乡村振兴衔接项目配套', b: w(180.00), e: w(172.65) },
      { name: '基层综合文化服务', b: w(42.00), e: w(39.87) }] },
    balWhy: '主要为乡村振兴衔接项目尾款及防汛物资采购结余',
    sg: { jd: w(3.26), che: w(8.41), pjd: w(4.10), pche: w(9.35), bud: w(13.50), why: '主要是严格执行公务接待“事前审批”，公务用车实行统一调度。' },
    ptab: { h: '（五）项目支出情况', unitLine: '单位：万元', totalFirst: true },
    perf: (S) => {
      h2('（一）履职产出');
      const cnt = N(14, '个'), v2 = M(w(198.40)), avg = M(rdiv(w(198.40), 14), { u: '万元' });
      ratio('average', avg, v2, cnt, '村均运转经费 = 村级组织运转保障支出 / 行政村数', 1);
      S.say.hd = Q(126, 1, '公里');
      p(T`一是人居环境持续改善。全年清理河塘沟渠，完成河道清淤${S.say.hd}，第3季度集中开展“清洁庭院”评比，全镇人居环境考核排名全县第4位。`);
      p(T`二是基层运转有保障。村级组织运转保障资金${v2}全部拨付到位，覆盖${cnt}行政村，村均${avg}；村干部报酬按月足额发放。`);
      p('三是防汛应急能力提升。汛期转移安置群众近600人，未发生人员伤亡。');
      h2('（二）自评得分情况');
      p('根据部门整体支出绩效评价共性指标框架，从运行成本、管理效率、履职效能、社会效应、可持续发展能力和服务对象满意度六个方面逐项打分，结果见下表。');
    },
    score: (S) => {
      const sg = PC(w(3.26) + w(8.41), w(13.50));
      return { layout: 'L3', sd: 2, caption: '表2 枫坳镇2024年度部门整体支出绩效自评表', inds: [
        { l1: '运行成本', l2: '经济成本', l3: '“三公”经费控制率', cmp: '≤', t: 100, tu: '%', w: 5, dir: 'neg', actualTok: sg, actualRel: (at) => ratio('ratio', at, S.sg, S.sgBud, '三公经费控制率 = 决算 / 预算') },
        { l1: '运行成本', l2: '经济成本', l3: '在职人员控制率', cmp: '≤', t: 100, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.cr), actualRel: (at) => eq(S.cr, at, '正文与表：在职人员控制率') },
        Object.assign(execInd((() => { const t = rateCopy(S.rate); eq(S.rate, t, '正文与表：预算执行率'); return t; })(), 10, 2), { l1: '管理效率', l2: '预算执行', l3: '预算执行率' }),
        { l1: '管理效率', l2: '预算执行', l3: '结转结余率', cmp: '≤', t: 5, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.balR), actualRel: (at) => eq(S.balR, at, '正文与表：结转结余率'), note: '乡村振兴衔接项目12月下旬验收，尾款结转下年' },
        { l1: '管理效率', l2: '资产管理', l3: '固定资产账实相符率', t: 100, tu: '%', a: 100, w: 5 },
        { l1: '履职效能', l2: '重点工作', l3: '村级组织运转经费保障率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '生活垃圾收运覆盖行政村', t: 14, tu: '个', a: 14, w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '河道清淤长度', cmp: '≥', t: 12, tu: '公里', a: 126, ad: 1, w: 10, key: 'hd' },
        { l1: '履职效能', l2: '重点工作', l3: '防汛应急演练', cmp: '≥', t: 4, tu: '次', a: 3, w: 5, note: '7月汛情持续，第4次演练以实战转移代替' },
        { l1: '履职效能', l2: '重点工作', l3: '高标准农田管护面积', cmp: '≥', t: 3200, tu: '亩', a: 3350, w: 10 },
        { l1: '社会效应', l2: '社会效益', l3: '群众信访事项按期办结率', cmp: '≥', t: 95, tu: '%', a: 976, ad: 1, w: 10 },
        { l1: '可持续发展能力', l2: '制度建设', l3: '内控制度健全性', qual: ['健全', '健全'], w: 5 },
        { l1: '服务对象满意度', l2: '满意度', l3: '辖区群众满意度', cmp: '≥', t: 90, tu: '%', a: 938, ad: 1, w: 10 },
      ] };
    },
    problems: ['（一）预算编制精细化不够。年中追加事项较多，年初预算对防汛等应急支出预估不足。', '（二）项目推进前松后紧。乡村振兴衔接项目第3季度才开工，12月集中验收，导致结转结余偏高。'],
    measures: ['一是提高预算编制质量，2025年将防汛应急支出纳入年初预算统筹，计划安排60万元左右。', '二是加快项目实施进度，力争2025年预算执行率达到95%以上，结转结余率控制在3%-5%。', '三是加强绩效结果应用，自评结果在镇政务公开栏公示，接受群众监督。'],
    sign: ['松岚县枫坳镇人民政府', '2025年3月20日'],
  });
  return { tok: S.pub, to: '151.33万元', kind: 'sum' };
});

// ---------------------------------------------------------------- md02 中学 项目支出 (L1)
report('md02-songlan-no2-middle-school.md', { style: { mdh3: true }, info: { kind: '项目支出（上级转移支付）', unit: '松岚县第二中学', field: '教育·薄弱环节改善', scoreTable: 'L1 项目支出绩效自评表' } }, () => {
  const S = proj({
    title: '松岚县第二中学2024年度义务教育薄弱环节改善与能力提升项目绩效自评报告',
    intro: '根据县教育局、县财政局《关于做好2024年度教育专项资金绩效自评的通知》（松教财〔2025〕4号）安排，学校成立由校长任组长的自评工作小组，对本项目开展了绩效自评。',
    about: ['松岚县第二中学始建于1958年，现有教学班30个，在校学生1,426人，教职工112人。教学楼建成于2003年，屋面渗漏、照明老化问题突出，实验室设备已不能满足新课标分组实验要求。', '本项目资金来源为中央和省级义务教育薄弱环节改善与能力提升补助资金（霁财教〔2024〕31号下达）及上年结转资金，由学校组织实施，县教育局负责监管。'],
    goalText: '完成教学楼屋面防水及外墙修缮4800平方米以上，改造教室照明36间，购置理化生实验室设备不少于320台（套），工程验收合格率100%，师生满意度达到90%以上。',
    src: [
      { label: '当年上级转移支付资金', tl: '当年财政拨款', init: w(320.00), full: w(348.50), spent: w(339.62) },
      { label: '上年结转资金', tl: '上年结转资金', init: w(46.80), full: w(46.80), spent: w(46.80) }],
    addWord: '追加', docNote: '追加资金依据霁财教〔2024〕58号文件下达。',
    items: [{ name: '教学楼屋面防水及外墙修缮', e: w(158.36) }, { name: '教室照明改造', e: w(72.90) }, { name: '理化生实验室设备购置', e: w(109.84) }, { name: '校园监控及安防设施', e: w(45.32) }],
    balWhy: '系工程审计核减',
    mgmt: '学校严格执行政府采购程序，工程类项目通过县公共资源交易中心公开招标，设备购置通过政府采购网上商城完成。资金支付实行校长、分管副校长、报账员三级审批。',
    perf: (S) => {
      h2('（一）产出情况');
      p('屋面防水及外墙修缮、教室照明改造、实验室设备购置等建设内容全部完成，并于2024年11月28日通过县教育局组织的竣工验收。');
      const stu = N(1426, '人', { sep: false }); const Eb = M(w(386.42)); const per = M(rdiv(w(386.42), 1426), { u: '元' });
      ratio('average', per, Eb, stu, '生均投入 = 项目支出 / 在校生数', 1);
      h2('（二）效益情况');
      p(T`项目完成后，全校在校学生${stu}的教学环境得到明显改善，按项目支出${Eb}计算，生均投入${per}。分组实验开出率由上年的78%提高到96%，学校在全县教学质量评估中位列第2名。`);
      S.say.myd = PV(942, 1);
      p(T`（三）满意度情况。学校发放问卷500份，收回487份，师生满意度为${S.say.myd}。`);
    },
    problems: ['一是外墙修缮受雨季影响，未能在秋季开学前全部完工；二是部分实验设备配套耗材不足，使用效率有待提高。'],
    measures: ['（1）科学安排施工工期，寒暑假集中施工；（2）2025年计划从公用经费中安排耗材采购资金约8万元；（3）建立实验室设备使用登记制度，每学期统计开出率。'],
    score: (S) => ({ layout: 'L1', sd: 2, name: '义务教育薄弱环节改善与能力提升项目', dept: '松岚县教育局', impl: '松岚县第二中学', caption: '附表 2024年度项目支出绩效自评表',
      goal: '完成校舍修缮、照明改造和实验室设备购置，改善办学条件。', done: '各项建设内容已完成并通过验收，办学条件明显改善。',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '屋面防水及外墙修缮面积', cmp: '≥', t: 4800, tu: '平方米', a: 4960, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '教室照明改造', cmp: '≥', t: 36, tu: '间', a: 36, w: 10, key: 'zm' },
        { l1: '产出指标', l2: '数量指标', l3: '实验室设备购置', cmp: '≥', t: 320, tu: '台（套）', a: 326, w: 10, key: 'sb' },
        { l1: '产出指标', l2: '质量指标', l3: '工程验收合格率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '产出指标', l2: '时效指标', l3: '秋季开学前完工率', t: 100, tu: '%', a: 95, w: 5, note: '外墙修缮受雨季影响于9月中旬完工' },
        { l1: '产出指标', l2: '成本指标', l3: '设备平均采购单价', cmp: '≤', t: 3500, tu: '元', sep: true, w: 10, dir: 'neg', actualTok: M(rdiv(w(109.84), 326), { u: '元', sep: true }), actualRel: (at) => ratio('average', at, S.items[2], S.t_sb.actual, '设备平均单价 = 设备购置支出 / 台（套）数', 1) },
        { l1: '效益指标', l2: '社会效益指标', l3: '安全隐患整改率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '办学条件达标情况', qual: ['达标', '达标'], w: 10 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '设施设备使用年限', cmp: '≥', t: 8, tu: '年', a: 8, w: 5 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '师生满意度', cmp: '≥', t: 90, tu: '%', a: 942, ad: 1, w: 10, key: 'myd' },
      ] }),
    sign: ['松岚县第二中学', '2025年3月25日'],
  });
  return { tok: S.t_zm.actual, to: '30间', kind: 'indicator_score' };
});

// ---------------------------------------------------------------- md03 县人民医院 项目 (L1, 万元 with separators)
report('md03-weidu-county-hospital-equipment.md', { style: {}, info: { kind: '项目支出（上级转移支付+县级配套）', unit: '苇渡县人民医院', field: '卫生健康·医疗设备购置', scoreTable: 'L1 项目支出绩效自评表' } }, () => {
  const S = proj({
    title: '苇渡县人民医院2024年度医疗服务能力提升设备购置项目绩效自评报告',
    intro: '依据《苇渡县财政局关于印发〈县级预算绩效自评工作规程〉的通知》（苇财绩〔2025〕3号），医院财务科会同设备科、医务科对本项目进行了绩效自评。',
    about: '苇渡县人民医院为二级甲等综合医院，编制床位420张。为提升县域医疗服务能力、减少患者外转，2024年实施医疗服务能力提升设备购置项目，购置64排螺旋CT、全自动生化分析仪、数字化X射线摄影系统及院感防控设备。',
    goalText: '年内完成4台（套）大型设备采购、安装和验收，设备验收合格率100%，县域内就诊率达到90%以上，患者满意度不低于90%。',
    u: '万元', sep: true,
    src: [
      { label: '中央医疗服务与保障能力提升补助资金', tl: '当年财政拨款', init: 0, full: w(860.00), spent: w(842.37) },
      { label: '县级配套资金', tl: '其他资金', init: w(200.00), full: w(200.00), spent: w(188.50) }],
    addWord: '收到上级补助', docNote: '上级资金由霁财社〔2024〕77号文件下达。',
    items: [{ name: '64排螺旋CT', e: w(598.00) }, { name: '全自动生化分析仪', e: w(186.50) }, { name: '数字化X射线摄影系统（DR）', e: w(157.87) }, { name: '院感防控设备', e: w(88.50) }],
    balWhy: '为设备采购竞价节余',
    itemsLead: '按设备分：',
    perf: (S) => {
      h2('（一）产出和效益');
      const cur = Q(2864, 2, '万人次'), prev = Q(2693, 2, '万人次'), gr = GRW(2864, 2693, 2);
      growth(gr, cur, prev, 1, '门诊量同比增长率');
      p(T`新设备投入使用后，医院全年门诊量${cur}，上年为${prev}，同比增长${gr}。`);
      const ct = N(12486, '人次', { sep: true }), days = N(365, '天'), avg = AV(rdiv(12486 * 10, 365), 1, '人次');
      ratio('average', avg, ct, days, '日均CT检查人次 = 全年检查人次 / 天数', 1);
      p(T`CT设备自2024年1月启用，全年完成检查${ct}，按${days}计算日均${avg}；县域内就诊率较上年提高约2个百分点，外转患者明显减少。`);
      S.say.myd = PV(931, 1);
      p(T`第三方随访显示患者满意度${S.say.myd}，在全县公立医疗机构满意度测评中排第1位。`);
    },
    problems: ['1.设备操作人员培训不足，DR设备在第3季度前未能满负荷运行；2.县级配套资金拨付较慢，影响了设备尾款支付。'],
    measures: ['1.与设备厂家签订为期3年的培训协议；2.积极争取县财政在2025年第1季度前拨付配套资金；3.将大型设备使用效率纳入科室绩效考核，目标开机率保持在85%-90%。'],
    score: (S) => ({ layout: 'L1', sd: 2, name: '医疗服务能力提升设备购置项目', dept: '苇渡县卫生健康局', impl: '苇渡县人民医院', tsep: true, caption: '附件：项目支出绩效自评表',
      goal: '完成4台（套）大型设备采购安装，提升县域诊疗能力。', done: '设备全部到位并投入使用，县域内就诊率达标。',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '大型设备购置数量', cmp: '≥', t: 4, tu: '台（套）', a: 4, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '新开展检查项目', cmp: '≥', t: 5, tu: '项', a: 6, w: 10 },
        { l1: '产出指标', l2: '质量指标', l3: '设备验收合格率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '产出指标', l2: '时效指标', l3: '设备到位及时率', cmp: '≥', t: 95, tu: '%', a: 100, w: 10 },
        { l1: '产出指标', l2: '成本指标', l3: '设备采购总成本', cmp: '≤', t: 106000, td: 2, tu: '万元', sep: true, a: 103087, ad: 2, w: 10, dir: 'neg' },
        { l1: '效益指标', l2: '社会效益指标', l3: '县域内就诊率', cmp: '≥', t: 90, tu: '%', a: 916, ad: 1, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '大型设备检查预约等待时间', cmp: '≤', t: 3, tu: '天', a: 2, w: 10, dir: 'neg' },
        { l1: '效益指标', l2: '可持续影响指标', l3: '设备完好率', cmp: '≥', t: 95, tu: '%', a: 985, ad: 1, w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '患者满意度', cmp: '不低于', t: 90, tu: '%', a: 931, ad: 1, w: 10, key: 'myd' },
      ] }),
  });
  return { tok: S.tab.parts[0].r, to: '94.75%', kind: 'exec_rate' };
});

// ---------------------------------------------------------------- md04 疾控中心 部门整体 (no score table)
report('md04-luting-cdc-department.md', { style: { mdh3: true }, info: { kind: '部门整体支出', unit: '霁川市鹭汀区疾病预防控制中心', field: '卫生健康·疾病预防控制', scoreTable: '无' } }, () => {
  const S = dept({
    v: 1, u: '万元', sep: true,
    title: '霁川市鹭汀区疾病预防控制中心2024年度部门整体支出绩效自评报告',
    intro: '为加强预算绩效管理，根据鹭汀区财政局《关于开展2024年度区级部门整体支出绩效自评的通知》（鹭财发〔2025〕14号），我中心对2024年度部门整体支出情况开展自评。',
    h: ['一、单位概况', '二、预算收支情况', '三、履职绩效情况', '四、存在的主要问题', '五、改进措施和有关建议'],
    duties: '中心为区卫生健康委员会所属公益一类事业单位，承担全区传染病防控、免疫规划、慢性病防治、卫生检验检测、健康教育等职能。',
    org: '中心设办公室、疾病控制科、免疫规划科、检验科等8个科室，',
    staff: { bz: 58, zz: 55, tx: 19 },
    inc: { fis: w(2386.14), oth: w(312.58), othName: '事业收入', car: w(96.40) },
    bud: { init: w(2104.30), add: w(395.62), cut: w(48.00) },
    addWhy: '追加传染病应急处置经费',
    exp: { pers: w(1362.85), pub: w(218.47), projects: [
      { name: '免疫规划', b: w(312.00), e: w(305.26) },
      { name: '重大传染病防控', b: w(268.50), e: w(259.73) },
      { name: '慢性病及地方病防治', b: w(96.40), e: w(88.15) },
      { name: '实验室检测能力建设', b: w(180.00), e: w(171.36) },
      { name: '健康教育与促进', b: w(45.02), e: w(45.02) }] },
    sg: { jd: w(1.86), che: w(12.40), pjd: w(2.35), pche: w(11.02), bud: w(15.00), why: '增加的主要原因是新增一辆应急采样车，运行维护费相应增加。' },
    ptab: { h: '（五）项目支出明细', lead: '2024年度中心共实施5个项目，明细如下（金额单位：万元）：', ordinal: ['（1）', '（2）', '（3）', '（4）', '（5）'] },
    perf: (S) => {
      const cur = Q(1862, 2, '万剂次'), prev = Q(1801, 2, '万剂次'), gr = GRW(1862, 1801, 1);
      growth(gr, cur, prev, 1, '疫苗接种剂次同比增长率');
      p(T`（一）免疫规划。全年接种各类疫苗${cur}，同比增长${gr}（上年${prev}）；适龄儿童免疫规划疫苗接种率保持在95%以上。`);
      const tests = N(46820, '份', { sep: true }), staff = N(14, '名'), per = AV(rdiv(46820, 14), 0, '份', { sep: true });
      ratio('average', per, tests, staff, '人均检测样本 = 样本数 / 检验人员数', 1);
      p(T`（二）检验检测。全年完成各类样本检测${tests}，检验科在岗人员${staff}，人均完成${per}，较上年有所提高。`);
      p('（三）应急处置。处置聚集性疫情23起，均在24小时内完成现场流调，报告及时率100%。');
    },
    problems: ['一是部分项目支出进度不均衡，第4季度支出占全年项目支出的四成左右；二是“三公”经费较上年有所增加，车辆运行成本控制有待加强。'],
    measures: ['一是按月通报项目支出进度；二是严控公务用车使用，2025年“三公”经费预算按不超过14万元安排；三是将自评结果与下年预算安排挂钩。'],
    sign: ['（联系人：中心办公室，联系电话：6235817）'],
  });
  return { tok: S.sgG, to: '5.66%', kind: 'growth' };
});

// ---------------------------------------------------------------- md05 林业站 项目 (L2, 1-decimal scores)
report('md05-qingfeng-forestry-station.md', { style: {}, info: { kind: '项目支出', unit: '青枫县林业站', field: '林业·森林防火及国土绿化', scoreTable: 'L2 指标式自评表（1位小数）' } }, () => {
  const S = proj({
    title: '青枫县林业站2024年度森林防火及国土绿化项目支出绩效自评报告',
    intro: '按照青枫县财政局《关于开展2024年度项目支出绩效自评工作的通知》（青财预〔2025〕11号）要求，现将本站森林防火及国土绿化项目自评情况报告如下。',
    about: '青枫县林地面积约42万亩，森林覆盖率62.3%。林业站承担全县森林防火、造林绿化、林业有害生物防治和生态护林员管理等工作。',
    goalText: '新修防火隔离带30公里以上，完成新造林1800亩以上，造林成活率不低于85%，全年不发生重大森林火灾，林农满意度达到90%以上。',
    src: [
      { label: '县级财政资金', init: w(120.00), full: w(120.00), spent: w(117.30) },
      { label: '省级林业改革发展资金', init: 0, full: w(60.00), spent: w(59.15) }],
    items: [{ name: '防火隔离带修建', e: w(62.40) }, { name: '造林苗木采购', e: w(71.85) }, { name: '生态护林员劳务补助', e: w(30.60) }, { name: '防火宣传及扑火物资', e: w(11.60) }],
    perf: (S) => {
      p('（一）产出指标完成情况');
      const n = N(51, '名'), avg = M(rdiv(w(30.60), 51), { u: '元', d: 0, sep: true });
      ratio('average', avg, S.items[2], n, '护林员人均补助 = 劳务补助支出 / 人数', 1);
      S.say.zl = N(1850, '亩', { sep: true });
      const mu = M(rdiv(w(71.85), 1850), { u: '元' });
      ratio('average', mu, S.items[1], S.say.zl, '亩均苗木成本 = 苗木采购支出 / 造林面积', 1);
      p(T`1.聘用生态护林员${n}，人均补助${avg}；2.完成新造林${S.say.zl}，亩均苗木成本${mu}；3.修建防火隔离带32公里。`);
      p('（二）效益指标完成情况');
      p('全年未发生重大森林火灾，森林火灾受害率控制在0.12‰，低于0.9‰的控制目标；在全市森林防火考核中排名第2位。');
    },
    problems: ['（一）部分造林地块立地条件差，补植任务较重；（二）护林员年龄偏大，平均年龄超过55岁。'],
    measures: ['（一）2025年计划补植约200亩；（二）逐步调整护林员队伍结构；（三）防火关键期（每年11月至次年4月）实行24小时值班。'],
    score: (S) => {
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L2', sd: 1, caption: '附表：青枫县林业站2024年度项目支出绩效自评表', inds: [
        Object.assign(execInd(rc, 10, 1), { l1: '预算执行', l2: '资金执行', l3: '预算执行率' }),
        { l1: '产出指标', l2: '数量指标', l3: '新修防火隔离带', cmp: '≥', t: 30, tu: '公里', a: 32, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '新造林面积', cmp: '≥', t: 1800, tu: '亩', a: 1850, w: 15, key: 'zl', sep: true },
        { l1: '产出指标', l2: '数量指标', l3: '聘用生态护林员', cmp: '≥', t: 50, tu: '名', a: 51, w: 10 },
        { l1: '产出指标', l2: '质量指标', l3: '造林成活率', cmp: '≥', t: 85, tu: '%', a: 886, ad: 1, w: 10 },
        { l1: '产出指标', l2: '时效指标', l3: '春季造林完成时限', qual: ['4月底前', '4月25日'], w: 5 },
        { l1: '效益指标', l2: '生态效益指标', l3: '森林火灾受害率', cmp: '≤', t: 9, td: 1, tu: '‰', a: 12, ad: 2, w: 15, dir: 'neg' },
        { l1: '效益指标', l2: '可持续影响指标', l3: '护林防火长效管护机制', qual: ['建立', '已建立'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '林农满意度', cmp: '≥', t: 90, tu: '%', a: 925, ad: 1, w: 15 },
      ] };
    },
  });
  return { tok: S.tab.tot, to: '97.8', kind: 'score_total', rel: S.tab.rT };
});

// ---------------------------------------------------------------- md06 退役军人服务站 项目 (元, no score table)
report('md06-chengwan-veterans-service-station.md', { style: { mdh3: true }, info: { kind: '项目支出（上级转移支付+区级配套）', unit: '霁川市澄湾区退役军人服务站', field: '退役军人·优抚补助', scoreTable: '无' } }, () => {
  const S = proj({
    u: '元', sep: true,
    title: '澄湾区退役军人服务站2024年度重点优抚对象补助项目绩效自评报告',
    intro: '根据澄湾区财政局《关于做好2024年度预算绩效自评工作的通知》（澄财预〔2025〕22号）要求，区退役军人服务站对重点优抚对象补助项目进行自评。',
    about: ['区退役军人服务站负责全区重点优抚对象抚恤补助发放、走访慰问、光荣牌悬挂及退役军人就业创业服务等工作，下辖9个街道（乡镇）退役军人服务站和112个村（社区）服务站。'],
    goalText: '按时足额发放重点优抚对象定期抚恤补助，发放准确率100%；开展节日走访慰问不少于1000人次；服务对象满意度95%以上。',
    src: [
      { label: '中央和市级优抚对象补助资金', init: 0, full: y(4867200), spent: y(4867200) },
      { label: '区级配套资金', init: y(620000), full: y(620000), spent: y(583600) }],
    addWord: '收到上级下达', docNote: '',
    items: [{ name: '定期抚恤金', e: y(3624800) }, { name: '定期生活补助', e: y(1242400) }, { name: '服务站运行及走访慰问', e: y(583600) }],
    balWhy: '区级配套资金因部分慰问活动合并开展而结余',
    perf: (S) => {
      h2('（一）资金发放情况');
      const n = N(302, '人'), avg = M(rdiv(y(3624800), 302), { u: '元', sep: true });
      ratio('average', avg, S.items[0], n, '人均定期抚恤金 = 定期抚恤金支出 / 享受人数', 1); S.perfAvg = avg;
      const sh = PC(y(3624800), y(5450800));
      ratio('share', sh, S.items[0], S.E2, '定期抚恤金占项目支出比重');
      p(T`全区享受定期抚恤的重点优抚对象${n}，全年人均发放定期抚恤金${avg}，定期抚恤金占项目全部支出的${sh}。抚恤补助于每季度第1个月15日前通过“一卡通”发放到位。`);
      h2('（二）服务保障情况');
      p('春节、八一期间共走访慰问1,168人次，悬挂光荣牌补挂43块，为127名退役军人提供就业创业服务。');
    },
    problems: ['（1）部分优抚对象信息更新不及时，存在死亡后未及时停发情况2例，已追回；（2）村级服务站人员多为兼职，服务能力参差不齐。'],
    measures: ['（1）每季度与民政、公安、医保部门比对一次数据；（2）2025年计划培训村级服务站人员约300人次；（3）继续开展“荣光到家”走访活动。'],
  });
  return { tok: S.perfAvg, to: '12,602.65元', kind: 'average' };
});

// ---------------------------------------------------------------- md07 农村公路养护 政府性基金 (L2)
report('md07-tangli-rural-road-maintenance.md', { style: {}, info: { kind: '项目支出（政府性基金+上级转移支付）', unit: '棠梨县交通运输局', field: '交通运输·农村公路养护', scoreTable: 'L2 指标式自评表' } }, () => {
  const S = proj({
    u: '万元', sep: true,
    title: '棠梨县2024年度农村公路养护项目（政府性基金预算）绩效自评报告',
    intro: '根据《棠梨县财政局关于开展2024年度政府性基金预算项目绩效自评的通知》（棠财绩〔2025〕9号），县交通运输局对农村公路养护项目开展自评，报告如下。',
    about: '全县列养农村公路1,493.9公里，其中县道112.6公里、乡道356.8公里、村道1,024.5公里。项目资金用于县乡村道日常养护和危桥改造。',
    goalText: '农村公路列养率100%，优良中等路率不低于80%，完成危桥改造3座，养护及时率95%以上，沿线群众满意度达到90%以上。',
    src: [
      { label: '政府性基金预算资金', init: w(1200.00), full: w(1350.00), spent: w(1326.48) },
      { label: '上级成品油税费改革转移支付资金', init: 0, full: w(420.00), spent: w(420.00) }],
    docNote: '',
    items: [{ name: '县道日常养护', e: w(386.40) }, { name: '乡道日常养护', e: w(512.36) }, { name: '村道日常养护', e: w(427.72) }, { name: '危桥改造', e: w(420.00) }],
    itemsLead: '分路段看：',
    perf: (S) => {
      const tot = M(w(1746.48), { sep: true }); eq(tot, S.E, '绩效部分重述的养护资金 = 执行数'); S.tot = tot;
      const k1 = Q(1126, 1, '公里'), k2 = Q(3568, 1, '公里'), k3 = Q(10245, 1, '公里', { sep: true });
      S.k = [k1, k2, k3];
      const a1 = M(rdiv(w(386.40), 1126) * 10, {}), a2 = M(rdiv(w(512.36), 3568) * 10, {}), a3 = M(rdiv(w(427.72), 10245) * 10, {});
      S.say.kd = a1;
      ratio('average', a1, S.items[0], k1, '县道每公里养护费', 1); ratio('average', a2, S.items[1], k2, '乡道每公里养护费', 1); ratio('average', a3, S.items[2], k3, '村道每公里养护费', 1);
      p(T`全年共投入养护资金${tot}。按里程测算：县道${k1}，每公里养护费${a1}；乡道${k2}，每公里${a2}；村道${k3}，每公里${a3}。县道投入强度最高，主要是2024年第3季度实施了K12+300至K15+800段路面修补。`);
      p('完成危桥改造3座，全县优良中等路率84.3%，较上年提高1.6个百分点，未发生因养护不到位引起的交通事故。');
    },
    problems: ['一是村道养护资金标准偏低，每公里投入不足县道的三分之一；二是部分乡镇养护队伍不稳定。'],
    measures: ['一是积极争取2025年提高村道养护补助标准；二是推行“路长制”，将养护考核结果与资金分配挂钩；三是计划2025年再改造危桥2至3座。'],
    score: (S) => {
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      const len = Q(14939, 1, '公里', { sep: true });
      return { layout: 'L2', sd: 2, caption: '附表 农村公路养护项目绩效自评表', inds: [
        Object.assign(execInd(rc, 10, 2), { l1: '预算执行', l2: '预算执行', l3: '预算执行率' }),
        { l1: '产出指标', l2: '数量指标', l3: '列养农村公路里程', cmp: '≥', t: 1490, tu: '公里', sep: true, w: 15, actualTok: len, actualRel: (at) => lin('sum', at, S.k, '列养里程 = 县道 + 乡道 + 村道') },
        { l1: '产出指标', l2: '数量指标', l3: '危桥改造', cmp: '≥', t: 3, tu: '座', a: 3, w: 10 },
        { l1: '产出指标', l2: '质量指标', l3: '优良中等路率', cmp: '≥', t: 80, tu: '%', a: 843, ad: 1, w: 15 },
        { l1: '产出指标', l2: '时效指标', l3: '病害处置及时率', cmp: '≥', t: 95, tu: '%', a: 972, ad: 1, w: 10 },
        { l1: '产出指标', l2: '成本指标', l3: '县道每公里养护成本', cmp: '≤', t: 350, td: 2, tu: '万元', w: 10, dir: 'neg', actualTok: M(rdiv(w(386.40), 1126) * 10, {}), actualRel: (at) => eq(S.say.kd, at, '正文与表：县道每公里养护费') },
        { l1: '效益指标', l2: '社会效益指标', l3: '农村公路列养率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '养护长效机制', qual: ['健全', '健全'], w: 5 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '沿线群众满意度', cmp: '≥', t: 90, tu: '%', a: 914, ad: 1, w: 15 },
      ] };
    },
  });
  return { tok: S.tot, to: '1,746.48元', kind: 'unit' };
});

// ---------------------------------------------------------------- md08 法律援助中心 部门整体 (L3)
report('md08-songlan-legal-aid-centre.md', { style: { mdh3: true }, info: { kind: '部门整体支出', unit: '松岚县法律援助中心', field: '司法·法律援助', scoreTable: 'L3 部门整体评价框架表（总分行在前）' } }, () => {
  const S = dept({
    title: '松岚县法律援助中心2024年度部门整体支出绩效自评报告',
    intro: '根据县财政局《关于开展2024年度预算绩效自评工作的通知》（松财预〔2025〕18号）和县司法局工作安排，中心对2024年度部门整体支出进行了自评。',
    duties: '中心负责全县法律援助申请的受理、审查和指派，组织实施法律援助，管理12348公共法律服务热线县级坐席，指导乡镇公共法律服务工作站开展法律援助工作。',
    org: '中心内设综合股、援助股2个股室，',
    staff: { bz: 12, zz: 11, tx: 4 },
    inc: { fis: w(286.45), oth: w(0), car: w(12.30) },
    bud: { init: w(248.60), add: w(42.50) },
    exp: { pers: w(176.32), pub: w(28.64), projects: [
      { name: '法律援助案件补贴', b: w(58.00), e: w(56.40) },
      { name: '12348热线运行维护', b: w(18.50), e: w(18.50) },
      { name: '公共法律服务站点建设', b: w(9.60), e: w(8.95) }] },
    sg: { jd: w(0.42), che: w(2.16), pjd: w(0.58), pche: w(2.30), bud: w(3.00) },
    ptab: { h: '（五）项目支出情况', unitLine: '金额单位：万元' },
    perf: (S) => {
      const cur = N(862, '件'), prev = N(795, '件'), gr = GRW(862, 795, 2);
      growth(gr, cur, prev, 1, '法律援助案件同比增长率');
      const sub = M(w(56.40)); eq(sub, S.pt.its[0].E, '正文案件补贴 = 项目表');
      const avg = M(rdiv(w(56.40), 862), { u: '元' });
      ratio('average', avg, sub, cur, '案均补贴 = 案件补贴支出 / 案件数', 1);
      p(T`（一）履职效能。全年办理法律援助案件${cur}，比上年的${prev}增长${gr}；支付案件补贴${sub}，案均补贴${avg}。12348热线接听咨询5,236人次。`);
      p('（二）社会效应。为农民工讨回欠薪约310万元，受援人回访满意度较高，中心在全市法律援助案件质量评查中位列第2名。');
    },
    score: (S) => {
      const sg = PC(w(0.42) + w(2.16), w(3.00));
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L3', sd: 2, totalFirst: true, caption: '表3 部门整体支出绩效自评表', inds: [
        { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', cmp: '≤', t: 100, tu: '%', w: 10, dir: 'neg', actualTok: sg, actualRel: (at) => ratio('ratio', at, S.sg, S.sgBud, '三公经费控制率 = 决算 / 预算') },
        { l1: '运行成本', l2: '成本控制', l3: '在职人员控制率', cmp: '≤', t: 100, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.cr), actualRel: (at) => eq(S.cr, at, '正文与表：在职人员控制率') },
        Object.assign(execInd(rc, 15, 2), { l1: '管理效率', l2: '预算管理', l3: '预算执行率' }),
        { l1: '管理效率', l2: '预算管理', l3: '结转结余率', cmp: '≤', t: 2, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.balR), actualRel: (at) => eq(S.balR, at, '正文与表：结转结余率') },
        { l1: '履职效能', l2: '重点工作', l3: '法律援助案件办理', cmp: '≥', t: 800, tu: '件', a: 862, w: 15 },
        { l1: '履职效能', l2: '重点工作', l3: '案件质量评查合格率', cmp: '≥', t: 95, tu: '%', a: 982, ad: 1, w: 15 },
        { l1: '社会效应', l2: '社会效益', l3: '援助申请审查办结时限', cmp: '≤', t: 7, tu: '个工作日', a: 5, w: 10, dir: 'neg' },
        { l1: '可持续发展能力', l2: '队伍建设', l3: '业务培训', cmp: '≥', t: 4, tu: '期', a: 4, w: 10 },
        { l1: '服务对象满意度', l2: '满意度', l3: '受援人满意度', cmp: '≥', t: 95, tu: '%', a: 967, ad: 1, w: 15 },
      ] };
    },
    problems: ['一是乡镇站点专职人员少，偏远乡镇群众申请仍需到县城办理；二是案件补贴标准多年未调整。'],
    measures: ['一是推进法律援助“跨域通办”；二是建议2025年将案件补贴标准提高10%-15%；三是每季度开展一次案件质量评查。'],
  });
  return { tok: S.tab.g, to: '良', kind: 'grade' };
});

// money-only score table (预算执行率 scored, indicators listed without points, no 总分)
function tableMoney(c, S, src) {
  const sd = c.sd;
  const rows = [[C('项目名称'), C(c.name, 6)], [C('资金来源'), C('年初预算数'), C('全年预算数'), C('全年执行数'), C('分值'), C('执行率'), C('得分')]];
  const mk = (s) => {
    const I = M(s.init, { bare: true, sep: c.tsep }), B = M(s.full, { bare: true, sep: c.tsep }), E = M(s.spent, { bare: true, sep: c.tsep });
    const r = PC(s.spent, s.full, { d: 2 }); ratio('exec_rate', r, E, B, '执行率（' + s.label + '）'); return { I, B, E, r };
  };
  const tot = { label: '年度资金总额', init: src.reduce((a, s) => a + s.init, 0), full: src.reduce((a, s) => a + s.full, 0), spent: src.reduce((a, s) => a + s.spent, 0) };
  const T0 = mk(tot); const wt = WT(c.execW);
  const esc = SC(rdiv(BigInt(Math.min(T0.r.n, 10000)) * BigInt(c.execW) * 10n ** BigInt(sd), 10000), sd);
  const rE = execScore(esc, T0.r, wt, '预算执行率得分 = 执行率 × 分值');
  rows.push([C('年度资金总额'), C(T0.I), C(T0.B), C(T0.E), C(wt), C(T0.r), C(esc)]);
  const parts = src.map((s, i) => { const X = mk(s); rows.push([C((i ? '' : '其中：') + (s.tl || s.label)), C(X.I), C(X.B), C(X.E), C('—'), C(X.r), C('—')]); return X; });
  lin('sum', T0.I, parts.map((x) => x.I), '年初预算数合计'); lin('sum', T0.B, parts.map((x) => x.B), '全年预算数合计'); lin('sum', T0.E, parts.map((x) => x.E), '全年执行数合计');
  eq(S.B, T0.B, '正文全年预算 = 表'); eq(S.E, T0.E, '正文执行数 = 表'); eq(S.rate, T0.r, '正文执行率 = 表');
  rows.push([C('一级指标'), C('二级指标'), C('三级指标'), C('年度指标值'), C('实际完成值'), C('完成情况', 2)]);
  for (const r of c.inds) rows.push([C(r[0]), C(r[1]), C(r[2]), C(r[3]), C(r[4]), C(r[5], 2)]);
  if (c.caption) p(c.caption);
  if (c.unitLine) p(c.unitLine);
  table(rows, { head: 2 });
  return { T0, esc, rE, wt };
}

// ---------------------------------------------------------------- txt01 乡镇卫生院 部门整体 (no score table)
report('txt01-shideng-township-health-centre.txt', { style: { indent: '　　', tsep: '\t' }, info: { kind: '部门整体支出', unit: '青枫县石磴乡卫生院', field: '卫生健康·基层医疗', scoreTable: '无' } }, () => {
  const S = dept({
    noBalR: true,
    title: '青枫县石磴乡卫生院2024年度部门整体支出绩效自评报告',
    intro: '按照青枫县卫生健康局、县财政局关于开展2024年度部门整体支出绩效自评工作的要求（青财预〔2025〕11号），结合我院实际，现将自评情况报告如下：',
    duties: '石磴乡卫生院为公益二类事业单位，承担全乡1.9万群众的基本医疗、基本公共卫生服务、家庭医生签约服务以及对11个村卫生室的业务指导。',
    org: '院内设综合办公室、医务科、公共卫生科、药剂科和财务室，开放床位30张。',
    staff: { bz: 24, zz: 22, tx: 9, extra: '，编外聘用人员7人' },
    inc: { fis: w(684.20), oth: w(215.36), othName: '医疗收入', car: w(18.45) },
    bud: { init: w(612.80), add: w(88.60) },
    exp: { pers: w(402.16), pub: w(96.38), projects: [
      { name: '基本公共卫生服务', b: w(128.40), e: w(124.62) },
      { name: '家庭医生签约服务', b: w(36.00), e: w(34.85) },
      { name: '基本药物制度补助', b: w(22.60), e: w(22.60) }] },
    balWhy: '其中基本公共卫生服务项目结余3.78万元，已按规定结转下年使用',
    sg: { jd: w(0.36), che: w(1.82), pjd: w(0.41), pche: w(1.95), bud: w(2.50) },
    ptab: { h: '（五）项目支出情况', lead: '单位：万元' },
    perf: (S) => {
      const n = N(3862, '人', { sep: true }), sub = M(w(34.85)), avg = M(rdiv(w(34.85), 3862), { u: '元' });
      eq(sub, S.pt.its[1].E, '正文签约经费 = 项目表');
      ratio('average', avg, sub, n, '人均签约服务经费', 1);
      p(T`（一）家庭医生签约服务。全年签约重点人群${n}，签约服务经费支出${sub}，人均签约服务经费${avg}。`);
      const cur = Q(238, 2, '万人次'), prev = Q(227, 2, '万人次'), gr = GRW(238, 227, 1);
      growth(gr, cur, prev, 1, '门急诊人次同比增长率');
      p(T`（二）基本医疗服务。全年门急诊${cur}，同比增长${gr}（上年${prev}），住院病人1,046人次，县外转诊率下降。`);
      p('（三）公共卫生服务。65岁及以上老年人健康管理率71.3%，高血压、糖尿病患者规范管理率均在60%以上，在全县乡镇卫生院年度考核中排第5名。');
    },
    problems: ['1.医疗收入占比偏低，自我发展能力不足。2.公共卫生人员不足，1名专干需负责约2,700名重点人群。'],
    measures: ['1.加强与县人民医院的医共体协作，2025年拟开展下沉专家门诊48次；2.争取增加公共卫生专干2名；3.预算执行率力争保持在95%以上。'],
    sign: ['青枫县石磴乡卫生院', '二〇二五年三月'],
  });
  return { tok: S.bal, to: '22.79万元', kind: 'balance' };
});

// ---------------------------------------------------------------- txt02 幼儿园 项目 (L1, 1 decimal, 良)
report('txt02-weidu-experimental-kindergarten.txt', { style: { tsep: '\t', blank: true }, info: { kind: '项目支出（上级转移支付）', unit: '苇渡县实验幼儿园', field: '教育·学前教育发展', scoreTable: 'L1 项目支出绩效自评表（1位小数）' } }, () => {
  const S = proj({
    title: '苇渡县实验幼儿园2024年度学前教育发展资金项目绩效自评报告',
    intro: '根据县财政局《关于开展2024年度预算绩效自评工作的通知》（苇财绩〔2025〕3号）精神，我园对2024年度学前教育发展资金使用情况开展了绩效自评。',
    about: '苇渡县实验幼儿园为县教育局直属公办园，现有12个教学班，在园幼儿360人，教职工48人。2024年获得上级学前教育发展资金，用于改善保教条件、提升教师能力和资助家庭经济困难幼儿。',
    goalText: '购置保育教育设施设备120台（件）以上，改造户外活动场地2000平方米，培训教师80人次，资助资金发放及时率100%，家长满意度95%以上。',
    src: [
      { label: '上级学前教育发展资金', tl: '当年财政拨款', init: 0, full: w(96.00), spent: w(88.74) },
      { label: '县级保教费补助', tl: '其他资金', init: w(40.00), full: w(40.00), spent: w(40.00) }],
    addWord: '收到上级下达',
    items: [{ name: '保育教育设施设备购置', e: w(46.30) }, { name: '户外活动场地改造', e: w(52.44) }, { name: '教师培训', e: w(8.20) }, { name: '家庭经济困难幼儿资助', e: w(21.80) }],
    marks: ['（1）', '（2）', '（3）', '（4）'],
    balWhy: '户外场地二期工程延至2025年实施',
    perf: (S) => {
      const n = N(109, '人次'), avg = M(rdiv(w(21.80), 109), { u: '元', d: 0, sep: true });
      ratio('average', avg, S.items[3], n, '人均资助 = 资助支出 / 资助人次', 1);
      p(T`一是资助政策落实到位，全年资助家庭经济困难幼儿${n}，人均资助${avg}，资助资金于每学期开学后1个月内发放；二是保教条件有所改善，新增设施设备126台（件）；三是受场地审批影响，户外活动场地仅完成一期改造1,200平方米。`);
      p('教师培训因下半年省级培训名额压缩，全年实际培训48人次。家长问卷满意度为80%，主要意见集中在户外场地施工期间活动空间不足。');
    },
    problems: ['（一）项目前期论证不充分，户外场地改造未考虑审批周期；（二）教师培训计划与上级培训安排衔接不够。'],
    measures: ['（一）2025年上半年完成户外场地二期改造约800平方米；（二）园本培训与外出培训相结合，培训人次不低于80人次；（三）每学期开展一次家长满意度调查。'],
    score: (S) => ({ layout: 'L1', sd: 1, name: '学前教育发展资金项目', dept: '苇渡县教育局', impl: '苇渡县实验幼儿园', caption: '附件', unitLine: '2024年度项目支出绩效自评表',
      goal: '改善保教条件，提升教师能力，资助困难幼儿。', done: '设施设备和资助任务完成，场地改造和培训未完全完成。',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '保育教育设施设备购置', cmp: '≥', t: 120, tu: '台（件）', a: 126, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '户外活动场地改造面积', cmp: '≥', t: 2000, tu: '平方米', a: 1200, w: 10, sep: true, note: '场地审批延迟，二期延至2025年' },
        { l1: '产出指标', l2: '数量指标', l3: '教师培训人次', cmp: '≥', t: 80, tu: '人次', a: 48, w: 10, note: '省级培训名额压缩' },
        { l1: '产出指标', l2: '质量指标', l3: '设备验收合格率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '产出指标', l2: '时效指标', l3: '资助资金发放及时率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '提供普惠性学位', cmp: '≥', t: 360, tu: '个', a: 330, w: 10, note: '2个班因场地施工暂停招生' },
        { l1: '效益指标', l2: '社会效益指标', l3: '困难幼儿资助覆盖率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '资助工作长效机制', qual: ['建立', '已建立'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '家长满意度', cmp: '≥', t: 95, tu: '%', a: 80, w: 10, note: '施工期间活动空间不足' },
      ] }),
  });
  return { tok: S.tab.tot, to: '87.1', kind: 'score_total', rel: S.tab.rT };
});

// ---------------------------------------------------------------- txt03 派出所 装备 项目 (元, no score table)
report('txt03-zhekou-police-station-equipment.txt', { style: { tsep: '  ', titlePad: '　　　　' }, info: { kind: '项目支出（上级转移支付+县级资金）', unit: '松岚县公安局柘口派出所', field: '公安·执法装备购置', scoreTable: '无（设备明细表）' } }, () => {
  const S = proj({
    u: '元', sep: true,
    title: '松岚县公安局柘口派出所2024年度执法执勤装备购置项目绩效自评报告',
    intro: '依据《松岚县财政局关于开展2024年度预算绩效自评工作的通知》（松财预〔2025〕18号），所里成立自评小组，对执法执勤装备购置项目进行了自评。',
    about: '柘口派出所辖1个镇、9个行政村，常住人口约2.4万人，现有民警14名、辅警21名。原有执法记录仪、移动警务终端使用年限已超过5年，故障率高，巡逻车辆不足。',
    goalText: '年内完成执法记录仪、移动警务终端、巡逻电动车和视频监控点位升级的采购和配发，装备配发到位率100%，现场执法全程记录率达到100%。',
    src: [
      { label: '中央政法纪检监察转移支付资金', init: 0, full: y(620000), spent: y(613560) },
      { label: '县级财政资金', init: y(150000), full: y(150000), spent: y(142800) }],
    addWord: '收到上级下达', docNote: '上级资金文号：霁财政法〔2024〕15号。',
    items: [{ name: '执法记录仪', e: y(232800) }, { name: '移动警务终端', e: y(186000) }, { name: '巡逻电动车', e: y(214560) }, { name: '视频监控点位升级', e: y(123000) }],
    mgmt: ['装备采购通过县公安局统一组织的政府采购完成，到货后由县局装备财务科会同派出所验收。', '装备明细如下（单位：元）：'],
    perf: (S) => {
      const pt = projTable([
        { name: '执法记录仪', b: y(240000), e: y(232800) }, { name: '移动警务终端', b: y(190000), e: y(186000) },
        { name: '巡逻电动车', b: y(216000), e: y(214560) }, { name: '视频监控点位升级', b: y(124000), e: y(123000) }], { u: '元', sep: true, head: [C('序号'), C('装备名称'), C('预算金额'), C('采购金额'), C('执行率')], ordinal: ['一', '二', '三', '四'] });
      eq(S.B, pt.tot.B, '正文全年预算 = 明细表合计'); eq(S.E, pt.tot.E, '正文执行数 = 明细表合计');
      S.pt = pt;
      const n = N(24, '台'), unit = M(rdiv(y(232800), 24), { u: '元', d: 0, sep: true });
      const rec = M(y(232800), { u: '元', d: 0, sep: true }); eq(rec, pt.its[0].E, '正文执法记录仪采购金额 = 明细表'); S.rec = rec;
      ratio('average', unit, pt.its[0].E, n, '执法记录仪单价 = 采购金额 / 台数', 1);
      p(T`（一）产出情况。执法记录仪（采购金额${rec}）共${n}，单台价格${unit}，已于2024年6月全部配发到人；移动警务终端、巡逻电动车和视频监控点位升级均按计划完成。`);
      p('（二）效益情况。全年接处警1,862起，现场执法全程记录率100%，群众报警后平均到场时间缩短至8分钟以内，所里在全县派出所执法质量考评中排名第3位。');
    },
    problems: ['一、视频监控点位升级后，部分村级点位网络带宽不足，画面卡顿；二、装备日常维护缺少专项经费。'],
    measures: ['一、协调运营商在2025年第2季度前完成带宽扩容；二、建议2026年起每年安排装备维护经费2万元至3万元；三、建立装备台账，每月检查一次。'],
    sign: ['松岚县公安局柘口派出所', '2025年3月18日'],
  });
  return { tok: S.rec, to: '238,200元', kind: 'text_table' };
});

// ---------------------------------------------------------------- txt04 图书馆 部门整体 (no score table)
report('txt04-luting-library-department.txt', { style: { indent: '　　', tsep: '\t', blank: true }, info: { kind: '部门整体支出', unit: '霁川市鹭汀区图书馆', field: '文化·公共图书馆', scoreTable: '无' } }, () => {
  const S = dept({
    v: 1,
    title: '鹭汀区图书馆2024年度部门整体支出绩效自评报告',
    intro: '根据鹭汀区财政局《关于开展2024年度区级部门整体支出绩效自评的通知》（鹭财发〔2025〕14号）要求，我馆对2024年度部门整体支出开展了自评。',
    h: ['一、单位基本情况', '二、预算执行情况', '三、绩效目标实现情况', '四、存在的问题', '五、改进措施'],
    duties: '鹭汀区图书馆为区文化和旅游局所属公益一类事业单位，是国家一级图书馆，承担文献资源建设、读者服务、全民阅读推广和总分馆体系建设等职能，共有街道分馆9个、城市书房14个。',
    org: '馆内设办公室、采编部、借阅部、数字资源部、活动推广部5个部门，',
    staff: { bz: 30, zz: 27, tx: 12 },
    inc: { fis: w(1046.80), oth: w(18.60), car: w(22.40) },
    bud: { init: w(938.50), add: w(126.30), cut: w(15.00) },
    exp: { pers: w(512.64), pub: w(132.18), projects: [
      { name: '文献资源购置', b: w(180.00), e: w(178.36) },
      { name: '数字图书馆建设', b: w(96.00), e: w(92.48) },
      { name: '全民阅读推广', b: w(58.00), e: w(55.72) },
      { name: '总分馆体系运行', b: w(60.00), e: w(57.10) }] },
    sg: { jd: w(0.85), che: w(1.20), pjd: w(0.96), pche: w(1.35), bud: w(2.40) },
    ptab: { h: '（五）项目支出情况', unitLine: '单位：万元', totalFirst: true },
    perf: (S) => {
      const cur = Q(6842, 2, '万人次'), prev = Q(6082, 2, '万人次'), gr = GRW(6842, 6082, 1);
      growth(gr, cur, prev, 1, '接待读者人次同比增长率');
      p(T`（一）读者服务。全年接待读者${cur}，同比增长${gr}（2023年为${prev}），外借图书41.6万册次。`);
      const bk = Q(326, 2, '万册'), sub = M(w(178.36)), avg = M(rdiv(w(178.36), 32600), { u: '元' });
      eq(sub, S.pt.its[0].E, '正文文献购置支出 = 项目表');
      ratio('average', avg, sub, bk, '册均购置成本 = 文献购置支出 / 新增册数', 1);
      p(T`（二）文献资源建设。文献资源购置支出${sub}，新增馆藏图书${bk}，册均购置成本${avg}。`);
      p('（三）阅读推广。举办“书香鹭汀”系列活动312场次，其中第十届少儿阅读节吸引约1.2万人次参与。');
    },
    problems: ['一是城市书房夜间开放时段利用率不高，部分书房晚间到馆不足10人次；二是数字资源使用统计口径不统一。'],
    measures: ['一是优化城市书房开放时间，计划2025年对利用率排名后3位的书房进行调整；二是统一数字资源统计口径；三是继续压减一般性支出，公用经费较上年压减3%-5%。'],
  });
  return { tok: S.basicSh, to: '60.27%', kind: 'share' };
});

// ---------------------------------------------------------------- txt05 就业服务中心 项目 (L2)
report('txt05-qingfeng-employment-service-centre.txt', { style: { indent: '　　', tsep: '\t' }, info: { kind: '项目支出（上级转移支付+县级配套）', unit: '青枫县就业服务中心', field: '人社·就业补助资金', scoreTable: 'L2 指标式自评表' } }, () => {
  const S = proj({
    u: '万元',
    title: '青枫县就业服务中心2024年度就业补助资金绩效自评报告',
    intro: '根据《青枫县财政局关于开展2024年度项目支出绩效自评工作的通知》（青财预〔2025〕11号），县就业服务中心对2024年度就业补助资金开展了自评。',
    about: '就业补助资金用于职业技能培训补贴、一次性创业补贴、公益性岗位补贴和就业见习补贴，由县就业服务中心统一审核、按月拨付。',
    goalText: '开展职业技能培训1200人以上，发放一次性创业补贴150户以上，公益性岗位安置130人以上，城镇调查失业率控制在5.5%以内。',
    src: [
      { label: '中央就业补助资金', init: 0, full: w(365.00), spent: w(358.26) },
      { label: '省级就业补助资金', init: 0, full: w(120.00), spent: w(120.00) },
      { label: '县级配套资金', init: w(50.00), full: w(50.00), spent: w(47.30) }],
    addWord: '收到上级下达', docNote: '（青财社〔2024〕12号、青财社〔2024〕40号）',
    items: [{ name: '职业技能培训补贴', e: w(186.30) }, { name: '一次性创业补贴', e: w(84.00) }, { name: '公益性岗位补贴', e: w(212.16) }, { name: '就业见习补贴', e: w(43.10) }],
    perf: (S) => {
      S.say.px = N(1285, '人', { sep: true });
      const a1 = M(rdiv(w(186.30), 1285), { u: '元', sep: true }); S.a1 = a1;
      ratio('average', a1, S.items[0], S.say.px, '人均培训补贴', 1);
      const h = N(168, '户'), a2 = M(rdiv(w(84.00), 168), { u: '元', d: 0, sep: true });
      ratio('average', a2, S.items[1], h, '户均创业补贴', 1);
      const g = N(132, '人'), a3 = M(rdiv(w(212.16), 132), { u: '元', sep: true });
      ratio('average', a3, S.items[2], g, '公益性岗位人均补贴', 1);
      p(T`1.职业技能培训。全年培训${S.say.px}，人均培训补贴${a1}，培训后就业率63.5%。`);
      p(T`2.创业扶持。发放一次性创业补贴${h}，户均${a2}；3.公益性岗位。安置就业困难人员${g}，人均全年补贴${a3}。`);
      const cur = N(3412, '人', { sep: true }), prev = N(3249, '人', { sep: true }), gr = GRW(3412, 3249, 2);
      growth(gr, cur, prev, 1, '城镇新增就业同比增长率');
      p(T`全县城镇新增就业${cur}，同比增长${gr}（上年${prev}），城镇调查失业率5.2%，零就业家庭实现动态清零。`);
    },
    problems: ['（一）培训工种与企业用工需求匹配度不高；（二）就业见习岗位多集中在机关事业单位，企业岗位偏少。'],
    measures: ['（一）开展“订单式”培训，2025年计划培训约1300人；（二）新增企业见习基地3家以上；（三）落实资金按季度公示制度。'],
    score: (S) => {
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L2', sd: 2, caption: '表1  就业补助资金绩效自评表', inds: [
        Object.assign(execInd(rc, 10, 2), { l1: '资金管理', l2: '资金执行', l3: '预算执行率' }),
        { l1: '产出指标', l2: '数量指标', l3: '职业技能培训人数', cmp: '≥', t: 1200, tu: '人', a: 1285, w: 15, key: 'px', sep: true },
        { l1: '产出指标', l2: '数量指标', l3: '一次性创业补贴户数', cmp: '≥', t: 150, tu: '户', a: 168, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '公益性岗位安置人数', cmp: '≥', t: 130, tu: '人', a: 132, w: 10 },
        { l1: '产出指标', l2: '时效指标', l3: '补贴发放及时率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '培训后就业率', cmp: '≥', t: 60, tu: '%', a: 635, ad: 1, w: 15 },
        { l1: '效益指标', l2: '社会效益指标', l3: '城镇调查失业率', cmp: '≤', t: 55, td: 1, tu: '%', a: 52, ad: 1, w: 10, dir: 'neg' },
        { l1: '效益指标', l2: '社会效益指标', l3: '零就业家庭动态清零率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '补贴对象满意度', cmp: '≥', t: 90, tu: '%', a: 928, ad: 1, w: 10 },
      ] };
    },
  });
  return { tok: S.a1, to: '1,494.81元', kind: 'average' };
});

// ---------------------------------------------------------------- txt06 残联 两项补贴 (L1)
report('txt06-tangli-disabled-persons-federation.txt', { style: { indent: '　　', tsep: '\t' }, info: { kind: '项目支出（上级转移支付+县级配套+上年结转）', unit: '棠梨县残疾人联合会', field: '残疾人两项补贴', scoreTable: 'L1 项目支出绩效自评表' } }, () => {
  const S = proj({
    title: '棠梨县残疾人联合会2024年度困难残疾人生活补贴和重度残疾人护理补贴项目绩效自评报告',
    intro: '按照《棠梨县财政局关于开展2024年度预算绩效自评的通知》（棠财绩〔2025〕9号）要求，县残联会同县民政局对残疾人两项补贴资金进行了绩效自评。',
    about: '残疾人两项补贴是国家残疾人福利补贴制度，对象为低保家庭中的残疾人（生活补贴）和残疾等级为一级、二级且需长期照护的残疾人（护理补贴），按月发放。',
    goalText: '困难残疾人生活补贴覆盖3400人以上，重度残疾人护理补贴覆盖4200人以上，按月发放及时率100%，补贴对象满意度90%以上。',
    src: [
      { label: '中央和省级补助资金', tl: '当年财政拨款', init: 0, full: w(612.40), spent: w(609.84) },
      { label: '上年结转资金', tl: '上年结转资金', init: w(18.20), full: w(18.20), spent: w(18.20) },
      { label: '县级配套资金', tl: '其他资金', init: w(153.10), full: w(153.10), spent: w(150.36) }],
    addWord: '收到上级下达',
    items: [{ name: '困难残疾人生活补贴', e: w(312.48) }, { name: '重度残疾人护理补贴', e: w(405.12) }, { name: '补贴发放及信息核查', e: w(60.80) }],
    perf: (S) => {
      S.say.kn = N(3472, '人', { sep: true });
      const a1 = M(rdiv(w(312.48), 3472), { u: '元', d: 0 });
      ratio('average', a1, S.items[0], S.say.kn, '人均生活补贴', 1);
      const n2 = N(4220, '人', { sep: true }), a2 = M(rdiv(w(405.12), 4220), { u: '元', d: 0 });
      ratio('average', a2, S.items[1], n2, '人均护理补贴', 1);
      p(T`（一）补贴发放。困难残疾人生活补贴惠及${S.say.kn}，人均全年${a1}；重度残疾人护理补贴惠及${n2}，人均全年${a2}。补贴于每月10日前通过社保卡发放。`);
      p('（二）动态管理。全年新增补贴对象386人，停发（含死亡、脱贫退出）219人，入户核查完成率76%，主要是第4季度核查人员被抽调参与残疾人证换证工作。');
    },
    problems: ['1.入户核查工作力量不足，核查完成率未达到目标；2.部分乡镇申报材料不规范，退回率较高。'],
    measures: ['1.2025年引入第三方机构协助入户核查，目标完成率95%以上；2.每季度开展一次乡镇残联专干业务培训。'],
    score: (S) => ({ layout: 'L1', sd: 2, name: '残疾人两项补贴', dept: '棠梨县残疾人联合会', impl: '棠梨县残疾人联合会', caption: '附表：2024年度项目支出绩效自评表',
      goal: '按时足额发放两项补贴，保障困难和重度残疾人基本生活。', done: '两项补贴按月足额发放，入户核查未完全完成。',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '生活补贴覆盖人数', cmp: '≥', t: 3400, tu: '人', a: 3472, w: 10, key: 'kn', sep: true },
        { l1: '产出指标', l2: '数量指标', l3: '护理补贴覆盖人数', cmp: '≥', t: 4200, tu: '人', a: 4220, w: 10, sep: true },
        { l1: '产出指标', l2: '质量指标', l3: '入户核查完成率', cmp: '≥', t: 95, tu: '%', a: 76, w: 10, note: '核查人员被抽调参与换证工作' },
        { l1: '产出指标', l2: '时效指标', l3: '补贴按月发放及时率', t: 100, tu: '%', a: 100, w: 10, key: 'js' },
        { l1: '产出指标', l2: '成本指标', l3: '生活补贴标准', cmp: '≥', t: 900, tu: '元/人·年', a: 900, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '符合条件残疾人应补尽补率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '补贴动态调整机制', qual: ['健全', '健全'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '补贴对象满意度', cmp: '≥', t: 90, tu: '%', a: 855, ad: 1, w: 20, note: '部分对象反映补贴标准偏低' },
      ] }),
  });
  return { tok: S.t_js.actual, to: '92%', kind: 'indicator_score' };
});

// ---------------------------------------------------------------- txt07 小型水库除险加固 专项债 (money-only table)
report('txt07-chengwan-small-reservoir-special-bond.txt', { style: { tsep: '｜' }, info: { kind: '项目支出（专项债券+区级配套）', unit: '澄湾区水利局', field: '水利·小型水库除险加固', scoreTable: '资金执行评分表（无总分）+指标完成表' } }, () => {
  const S = proj({
    u: '万元', sep: true,
    title: '澄湾区2024年度小型水库除险加固项目（专项债券）绩效自评报告',
    intro: '根据澄湾区财政局《关于开展2024年度新增地方政府专项债券项目绩效自评的通知》（澄财预〔2025〕22号），区水利局对小型水库除险加固项目开展绩效自评。',
    h: ['一、项目概况', '二、资金安排和使用情况', '三、项目绩效情况', '四、存在问题', '五、下一步工作'],
    about: ['项目对全区12座小（2）型水库实施除险加固，建设内容包括大坝防渗及坝体加固、溢洪道改造、放水设施及管理房、雨水情监测预警设施。项目于2023年11月开工，计划2025年5月全部完工。'],
    goalText: '2024年完成12座水库主体工程，恢复水库设计兴利库容，保障下游约3.6万人和1.4万亩耕地防洪安全。',
    src: [
      { label: '地方政府专项债券资金', tl: '专项债券资金', init: w(8000.00), full: w(8000.00), spent: w(7652.40) },
      { label: '区级财政配套资金', tl: '区级配套资金', init: w(1200.00), full: w(1450.00), spent: w(1386.72) }],
    docNote: '专项债券资金由霁财债〔2024〕6号转贷下达。',
    items: [{ name: '大坝防渗及坝体加固', e: w(4286.50) }, { name: '溢洪道改造', e: w(1862.30) }, { name: '放水设施及管理房', e: w(1523.60) }, { name: '监测预警设施', e: w(866.72) }, { name: '征地及其他费用', e: w(500.00) }],
    balWhy: '为工程质保金，按合同约定在竣工验收后支付',
    perf: (S) => {
      const yi = M(w(8000.00), { u: '亿元' }); eq(yi, S.srcB[0], '专项债券额度（亿元）= 万元口径');
      const yE = M(w(9039.12), { u: '亿元' }); eq(yE, S.E, '累计完成投资（亿元）= 执行数');
      const n = N(12, '座'), avg = M(rdiv(w(9039.12), 12), { sep: true });
      ratio('average', avg, S.E2, n, '座均投资 = 支出 / 水库座数', 1);
      p(T`（一）产出。专项债券额度${yi}全部到位，全年累计完成投资${yE}，完成${n}水库主体工程，座均投资${avg}。`);
      p('（二）效益。2024年汛期12座水库均按设计水位运行，未发生险情；恢复灌溉面积约1.36万亩。债券利率2.58%，期限20年，项目收益主要来自供水收入，第1年至第3年只付息不还本。');
    },
    problems: ['（一）部分水库库区道路狭窄，材料运输困难，影响工期；（二）区级配套资金到位偏晚，第2季度末到位率不足40%。'],
    measures: ['（一）倒排工期，确保2025年5月底前全部完工并组织竣工验收；（二）建立债券资金支出进度月报制度；（三）做好2025年汛前运行管护准备。'],
    score: (S) => ({ layout: 'money', build: (S) => {
      const r = tableMoney({ sd: 2, execW: 10, tsep: true, name: '小型水库除险加固项目（专项债券）', caption: '附：项目绩效自评表', unitLine: '金额单位：万元',
        inds: [['产出指标', '数量指标', '完成除险加固水库', '12座', '12座', '已完成'], ['产出指标', '质量指标', '单元工程质量合格率', '100%', '100%', '已完成'],
          ['产出指标', '时效指标', '主体工程完工时间', '2024年12月', '2024年12月', '已完成'], ['效益指标', '社会效益指标', '保护下游人口', '3.6万人', '3.6万人', '已完成'],
          ['满意度指标', '服务对象满意度指标', '受益群众满意度', '≥90%', '93.5%', '已完成']] }, S, S.srcList);
      return r;
    } }),
  });
  return { tok: S.tab.esc, to: '9.75', kind: 'exec_score' };
});

// ---------------------------------------------------------------- txt08 妇联 部门整体 (L2 department)
report('txt08-weidu-womens-federation.txt', { style: { tsep: '　' }, info: { kind: '部门整体支出', unit: '苇渡县妇女联合会', field: '群团·妇女儿童工作', scoreTable: 'L2 指标式自评表（部门整体）' } }, () => {
  const S = dept({
    title: '苇渡县妇女联合会2024年度部门整体支出绩效自评报告',
    intro: '根据《苇渡县财政局关于印发〈县级预算绩效自评工作规程〉的通知》（苇财绩〔2025〕3号）要求，县妇联对2024年度部门整体支出进行了自评。',
    duties: '县妇联是党领导下的人民团体，主要职责是代表和维护妇女权益，促进男女平等和妇女全面发展，开展妇女儿童关爱、家庭家教家风建设和巾帼创业就业服务等工作。',
    org: '县妇联机关内设办公室、权益部、发展部3个部室，',
    staff: { bz: 9, zz: 8, tx: 3 },
    inc: { fis: w(168.35), oth: w(6.80), othName: '上级妇联补助收入', car: w(4.15) },
    bud: { init: w(142.60), add: w(30.10) },
    exp: { pers: w(98.42), pub: w(16.38), projects: [
      { name: '妇女儿童维权及关爱', b: w(22.00), e: w(21.35) },
      { name: '“两癌”困难妇女救助', b: w(18.00), e: w(18.00) },
      { name: '巾帼创业就业培训', b: w(12.70), e: w(11.62) }] },
    sg: { jd: w(0.28), che: w(0.96), pjd: w(0.35), pche: w(1.10), bud: w(1.50) },
    ptab: { h: '（五）项目支出情况', unitLine: '（单位：万元）' },
    perf: (S) => {
      const n = N(45, '人'), avg = M(rdiv(w(18.00), 45), { u: '元', d: 0, sep: true });
      ratio('average', avg, S.pt.its[1].E, n, '“两癌”救助人均金额', 1);
      p(T`（一）救助帮扶。救助“两癌”患病困难妇女${n}，每人${avg}；走访慰问留守儿童、困境儿童600余人次。`);
      p('（二）创业就业。举办巾帼创业就业培训16期，培训妇女820人次，带动创业就业86人。（三）维权服务。受理妇女儿童信访、咨询132件，办结率100%。');
    },
    score: (S) => {
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L2', sd: 2, caption: '苇渡县妇联2024年度部门整体支出绩效自评表', inds: [
        Object.assign(execInd(rc, 10, 2), { l1: '预算执行', l2: '预算执行', l3: '部门预算执行率' }),
        { l1: '产出指标', l2: '数量指标', l3: '“两癌”困难妇女救助人数', cmp: '≥', t: 40, tu: '人', a: 45, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '巾帼创业就业培训', cmp: '≥', t: 800, tu: '人次', a: 820, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '家庭教育讲座', cmp: '≥', t: 24, tu: '场', a: 26, w: 10 },
        { l1: '产出指标', l2: '质量指标', l3: '维权信访办结率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '社会效益指标', l3: '带动创业就业人数', cmp: '≥', t: 100, tu: '人', a: 86, w: 15, note: '培训后创业项目落地周期较长' },
        { l1: '效益指标', l2: '社会效益指标', l3: '侵权案件化解率', cmp: '≥', t: 95, tu: '%', a: 964, ad: 1, w: 15 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '妇女儿童关爱机制', qual: ['健全', '健全'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '服务对象满意度', cmp: '≥', t: 90, tu: '%', a: 946, ad: 1, w: 10 },
      ] };
    },
    problems: ['一是项目资金规模小、分散，难以形成品牌效应；二是乡镇妇联执委作用发挥不均衡。'],
    measures: ['一是整合资金打造“苇渡巾帼”培训品牌；二是2025年计划开展乡镇妇联主席培训2期；三是严格执行“三公”经费预算，力争不超过1.5万元。'],
  });
  return { tok: S.oth, to: '8.60万元', kind: 'sum' };
});

// ---------------------------------------------------------------- docx01 公租房 (money-only table, exec weight 20)
report('docx01-luting-public-rental-housing.docx', { author: '鹭汀区住房保障服务中心', info: { kind: '项目支出（上级转移支付+区级资金）', unit: '霁川市鹭汀区住房保障服务中心', field: '住房保障·公租房运营及租赁补贴', scoreTable: '资金执行评分表（无总分，执行率分值20）+指标完成表' } }, () => {
  const S = proj({
    u: '万元', sep: true,
    title: '鹭汀区2024年度公共租赁住房运营管理及租赁补贴项目绩效自评报告',
    intro: '为做好中央财政城镇保障性安居工程补助资金绩效管理，根据鹭汀区财政局《关于开展2024年度区级部门整体支出和项目支出绩效自评的通知》（鹭财发〔2025〕14号），区住房保障服务中心对本项目开展了自评。',
    about: '鹭汀区现有政府投资公租房3,460套，分布在7个小区。项目资金用于公租房维修改造、向城镇住房困难家庭发放租赁补贴，以及公租房物业和运营管理。',
    goalText: '维修改造公租房1200套以上，发放租赁补贴1600户以上，租金收缴率95%以上，保障对象满意度90%以上。',
    src: [
      { label: '中央城镇保障性安居工程补助资金', init: 0, full: w(1286.00), spent: w(1262.45) },
      { label: '区级财政资金', init: w(380.00), full: w(380.00), spent: w(371.28) }],
    addWord: '收到上级下达', docNote: '上级资金文号：霁财综〔2024〕19号。',
    items: [{ name: '公租房维修改造', e: w(548.60) }, { name: '租赁补贴发放', e: w(792.00) }, { name: '物业及运营管理', e: w(293.13) }],
    perf: (S) => {
      h2('（一）产出情况');
      const hh = N(1650, '户', { sep: true }), a1 = M(rdiv(w(792.00), 1650), { u: '元', d: 0, sep: true });
      ratio('average', a1, S.items[1], hh, '户均租赁补贴', 1);
      const prev = N(1500, '户', { sep: true }), gr = GRW(1650, 1500, 1); growth(gr, hh, prev, 1, '补贴户数同比增长率');
      const sh = PC(w(792.00), w(1633.73)); ratio('share', sh, S.items[1], S.E2, '租赁补贴占项目支出比重');
      p(T`全年向${hh}城镇住房困难家庭发放租赁补贴，户均${a1}，补贴户数比上年的${prev}增长${gr}；租赁补贴占项目支出的${sh}。`);
      const ts = N(1218, '套', { sep: true }), a2 = M(rdiv(w(548.60), 1218), { u: '元', sep: true });
      ratio('average', a2, S.items[0], ts, '套均维修改造费用', 1);
      p(T`完成公租房维修改造${ts}，套均${a2}，主要为屋面防水、外墙脱落修补和电梯更新。`);
      h2('（二）效益情况');
      p('公租房租金收缴率96.8%，较上年提高2.1个百分点；全年受理各类报修2,364件，办结率99%以上。保障对象满意度调查（第4季度）结果为92.4%。');
    },
    problems: ['一是部分小区建成时间超过10年，设施老化，维修需求逐年增加；二是租赁补贴动态核查依赖人工，效率不高。'],
    measures: ['一是编制公租房维修改造三年计划，2025年计划改造约1,000套；二是推进与民政、不动产登记部门数据共享；三是将租金收缴率目标提高到97%。'],
    score: (S) => ({ layout: 'money', build: (S) => tableMoney({ sd: 2, execW: 20, tsep: true, name: '公共租赁住房运营管理及租赁补贴项目', caption: '附件：项目绩效自评表（单位：万元）',
      inds: [['产出指标', '数量指标', '维修改造公租房', '≥1200套', '1218套', '已完成'], ['产出指标', '数量指标', '发放租赁补贴户数', '≥1600户', '1650户', '已完成'],
        ['效益指标', '经济效益指标', '租金收缴率', '≥95%', '96.8%', '已完成'], ['满意度指标', '服务对象满意度指标', '保障对象满意度', '≥90%', '92.4%', '已完成']] }, S, S.srcList) }),
  });
  return { tok: S.tab.esc, to: '16.91', kind: 'exec_score' };
});

// ---------------------------------------------------------------- docx02 科技研发补助 (no score table, 亿元)
report('docx02-songlan-rd-subsidy.docx', { author: '松岚县科学技术局', info: { kind: '项目支出', unit: '松岚县科学技术局', field: '科技·企业研发补助', scoreTable: '无' } }, () => {
  const S = proj({
    title: '松岚县2024年度科技创新专项资金（企业研发补助）项目绩效自评报告',
    intro: '根据《松岚县财政局关于开展2024年度预算绩效自评工作的通知》（松财预〔2025〕18号），县科技局对县级科技创新专项资金开展绩效自评。',
    about: '县级科技创新专项资金主要用于企业研发费用后补助、高新技术企业认定奖励、科技特派员工作经费和创新平台建设补助，按照《松岚县科技创新专项资金管理办法》（松科发〔2023〕2号）分配。',
    goalText: '支持60家以上企业开展研发活动，新认定高新技术企业15家以上，全县企业研发投入增长10%以上。',
    src: [{ label: '县级科技创新专项资金', init: w(500.00), full: w(460.00), spent: w(452.86) }],
    cutWord: '按县政府过紧日子要求压减',
    items: [{ name: '企业研发费用后补助', e: w(286.40) }, { name: '高新技术企业认定奖励', e: w(76.00) }, { name: '科技特派员工作经费', e: w(38.46) }, { name: '创新平台建设补助', e: w(52.00) }],
    perf: (S) => {
      h2('（一）产出情况');
      const n = N(62, '家'), a1 = M(rdiv(w(286.40), 62));
      ratio('average', a1, S.items[0], n, '户均研发后补助', 1);
      const hn = N(19, '家'), a2 = M(rdiv(w(76.00), 19));
      ratio('average', a2, S.items[1], hn, '每家高企认定奖励', 1);
      p(T`对${n}企业给予研发费用后补助，户均${a1}；新认定高新技术企业${hn}，每家奖励${a2}。选派科技特派员45名，覆盖全县11个乡镇。`);
      h2('（二）效益情况');
      const hc = N(38, '家'), hp = N(32, '家'), hg = GRW(38, 32, 2); growth(hg, hc, hp, 1, '高新技术企业数同比增长率'); S.hg = hg;
      const rc = M(w(48600.00), { u: '亿元' }), rp = M(w(43500.00), { u: '亿元' }), rg = GRW(48600, 43500, 2); growth(rg, rc, rp, 1, '企业研发投入同比增长率（亿元口径）');
      p(T`截至2024年底，全县有效期内高新技术企业${hc}，上年为${hp}，同比增长${hg}。全县企业研发投入${rc}，比上年的${rp}增长${rg}，在全市县（区）中排第6位。`);
      p('补助资金带动企业新增授权发明专利37件，2家企业入选省级专精特新“小巨人”企业培育名单。');
    },
    problems: ['一是后补助资金分散，单个企业补助额度偏小，激励效果有限；二是部分企业研发费用归集不规范，影响补助审核进度。'],
    measures: ['一是2025年对研发投入前20位企业实行分档补助；二是联合税务部门开展研发费用归集辅导，计划培训企业财务人员100人次以上；三是资金下达后3个月内完成拨付。'],
    sign: ['松岚县科学技术局', '2025年3月26日'],
  });
  return { tok: S.hg, to: '15.75%', kind: 'growth' };
});

// ---------------------------------------------------------------- docx03 电商进农村 (L2, 良)
report('docx03-qingfeng-rural-ecommerce.docx', { author: '青枫县商务局', info: { kind: '项目支出（上级转移支付+上年结转）', unit: '青枫县商务局', field: '商务·电子商务进农村综合示范', scoreTable: 'L2 指标式自评表' } }, () => {
  const S = proj({
    u: '万元', sep: true,
    title: '青枫县2024年度电子商务进农村综合示范项目绩效自评报告',
    intro: '根据《青枫县财政局关于开展2024年度项目支出绩效自评工作的通知》（青财预〔2025〕11号）和省商务厅有关要求，县商务局对电子商务进农村综合示范项目进行了自评。',
    about: '青枫县于2023年获批电子商务进农村综合示范县，中央财政支持资金分年度拨付。项目建设内容包括县级电商公共服务中心运营、乡村电商服务站点建设、农产品上行供应链体系和电商人才培训。',
    goalText: '建成村级电商服务站点150个，新建冷链仓储设施3个，培训电商人才1500人次，农村网络零售额增长15%以上，带动就业800人以上。',
    src: [
      { label: '中央财政电子商务进农村综合示范资金', init: 0, full: w(1000.00), spent: w(862.50) },
      { label: '上年结转资金', init: w(236.40), full: w(236.40), spent: w(236.40) }],
    addWord: '收到上级下达',
    items: [{ name: '县级电商公共服务中心运营', e: w(286.00) }, { name: '乡村电商服务站点建设', e: w(312.50) }, { name: '农产品上行供应链', e: w(398.40) }, { name: '电商人才培训', e: w(102.00) }],
    balWhy: '冷链仓储设施第3个项目因选址调整未能开工',
    perf: (S) => {
      const n = N(125, '个'), a1 = M(rdiv(w(312.50), 125));
      ratio('average', a1, S.items[1], n, '站点平均建设投入', 1);
      const t = N(1700, '人次', { sep: true }), a2 = M(rdiv(w(102.00), 1700), { u: '元', d: 0 });
      ratio('average', a2, S.items[3], t, '人均培训费用', 1);
      p(T`（一）产出情况。建成村级电商服务站点${n}，站均投入${a1}；培训电商人才${t}，人均培训费用${a2}；建成冷链仓储设施2个。`);
      const rc = M(w(41200.00), { u: '亿元' }), rp = M(w(35400.00), { u: '亿元' }); S.say.ls = GRW(41200, 35400, 2);
      growth(S.say.ls, rc, rp, 1, '农村网络零售额同比增长率');
      p(T`（二）效益情况。全县农村网络零售额${rc}，上年为${rp}，同比增长${S.say.ls}；带动就业610人。已建站点中有35个因经营主体退出处于停运状态，站点正常运营率仅72%。`);
      p('（三）满意度。抽样调查经营主体和农户300户，满意度为86.4%。');
    },
    problems: ['（一）站点建设进度滞后于计划，且部分站点“重建设、轻运营”；（二）冷链设施选址调整导致资金结余较大；（三）带动就业效果未达预期。'],
    measures: ['（一）对停运站点实行“一站一策”整改，2025年6月底前恢复运营；（二）加快第3个冷链仓储设施建设；（三）将站点运营情况与运营补助挂钩。'],
    score: (S) => {
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L2', sd: 2, caption: '附表 电子商务进农村综合示范项目绩效自评表', inds: [
        Object.assign(execInd(rc, 10, 2), { l1: '预算执行', l2: '资金执行', l3: '预算执行率' }),
        { l1: '产出指标', l2: '数量指标', l3: '村级电商服务站点', cmp: '≥', t: 150, tu: '个', a: 125, w: 15, note: '部分村未找到合适经营主体' },
        { l1: '产出指标', l2: '数量指标', l3: '电商人才培训', cmp: '≥', t: 1500, tu: '人次', a: 1700, w: 10, sep: true },
        { l1: '产出指标', l2: '数量指标', l3: '新建冷链仓储设施', cmp: '≥', t: 3, tu: '个', a: 2, w: 10, note: '选址调整' },
        { l1: '产出指标', l2: '质量指标', l3: '站点正常运营率', cmp: '≥', t: 90, tu: '%', a: 72, w: 10 },
        { l1: '效益指标', l2: '经济效益指标', l3: '农村网络零售额增长率', cmp: '≥', t: 15, tu: '%', w: 15, actualTok: PV(S.say.ls.n, 2), actualRel: (at) => eq(S.say.ls, at, '正文与表：零售额增长率') },
        { l1: '效益指标', l2: '社会效益指标', l3: '带动就业人数', cmp: '≥', t: 800, tu: '人', a: 610, w: 10 },
        { l1: '效益指标', l2: '可持续影响指标', l3: '站点运营长效机制', qual: ['建立', '初步建立'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '经营主体和农户满意度', cmp: '≥', t: 90, tu: '%', a: 864, ad: 1, w: 10 },
      ] };
    },
  });
  return { tok: S.tab.g, to: '优', kind: 'grade' };
});

// ---------------------------------------------------------------- docx04 柳渚镇人民政府 部门整体 (L3)
report('docx04-liuzhu-town-government.docx', { author: '柳渚镇财政所', info: { kind: '部门整体支出', unit: '苇渡县柳渚镇人民政府', field: '乡镇政府运转', scoreTable: 'L3 部门整体评价框架表' } }, () => {
  const S = dept({
    v: 1, u: '万元', sep: true,
    title: '苇渡县柳渚镇人民政府2024年度部门整体支出绩效自评报告',
    intro: '根据苇渡县财政局《关于开展2024年度部门整体支出绩效自评的通知》（苇财绩〔2025〕3号），镇党委、政府高度重视，由镇财政所牵头对全镇2024年度部门整体支出开展自评。',
    duties: '柳渚镇人民政府履行经济发展、社会管理、公共服务、乡村振兴、平安建设等职能，辖17个行政村、2个居委会，户籍人口4.3万人。',
    org: '镇政府内设6个办公室、下设5个站所，',
    staff: { bz: 52, zz: 49, tx: 26 },
    inc: { fis: w(2218.64), oth: w(86.30), car: w(54.12) },
    bud: { init: w(1876.40), add: w(402.86), cut: w(30.00) },
    exp: { pers: w(1024.38), pub: w(168.72), projects: [
      { name: '美丽乡村建设', b: w(420.00), e: w(408.62) },
      { name: '农村饮水安全维护', b: w(156.00), e: w(149.80) },
      { name: '综治维稳及网格化管理', b: w(88.40), e: w(86.15) },
      { name: '村级公益事业一事一议', b: w(240.00), e: w(231.48) },
      { name: '农业技术推广服务', b: w(65.00), e: w(61.35) }] },
    sg: { jd: w(4.12), che: w(10.26), pjd: w(5.38), pche: w(10.94), bud: w(16.00) },
    ptab: { h: '（五）项目支出情况', unitLine: '单位：万元', totalFirst: true },
    perf: (S) => {
      S.say.zls = PV(986, 1);
      p(T`（一）农村饮水安全。完成3处集中供水工程管网改造，农村自来水普及率达到${S.say.zls}。`);
      const n = N(27, '个'), a = M(rdiv(w(231.48), 27));
      ratio('average', a, S.pt.its[3].E, n, '一事一议项目个均投入', 1);
      p(T`（二）村级公益事业。完成一事一议项目${n}，个均财政奖补${a}，主要用于村组道路硬化和文化广场建设。`);
      p('（三）平安建设。全镇划分网格86个，网格化事件办结率97.3%，全年未发生较大及以上安全生产事故。');
    },
    score: (S) => {
      const sg = PC(w(4.12) + w(10.26), w(16.00));
      const rc = rateCopy(S.rate); eq(S.rate, rc, '正文与表：预算执行率');
      return { layout: 'L3', sd: 2, caption: '柳渚镇2024年度部门整体支出绩效自评表', inds: [
        { l1: '运行成本', l2: '经济成本', l3: '“三公”经费控制率', cmp: '≤', t: 100, tu: '%', w: 5, dir: 'neg', actualTok: sg, actualRel: (at) => ratio('ratio', at, S.sg, S.sgBud, '三公经费控制率 = 决算 / 预算') },
        { l1: '运行成本', l2: '经济成本', l3: '在职人员控制率', cmp: '≤', t: 100, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.cr), actualRel: (at) => eq(S.cr, at, '正文与表：在职人员控制率') },
        Object.assign(execInd(rc, 10, 2), { l1: '管理效率', l2: '预算执行', l3: '预算执行率' }),
        { l1: '管理效率', l2: '预算执行', l3: '结转结余率', cmp: '≤', t: 5, tu: '%', w: 5, dir: 'neg', actualTok: rateCopy(S.balR), actualRel: (at) => eq(S.balR, at, '正文与表：结转结余率') },
        { l1: '履职效能', l2: '重点工作', l3: '美丽乡村示范村创建', cmp: '≥', t: 3, tu: '个', a: 3, w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '农村自来水普及率', cmp: '≥', t: 98, tu: '%', a: 986, ad: 1, w: 10, key: 'zls' },
        { l1: '履职效能', l2: '重点工作', l3: '一事一议项目完成', cmp: '≥', t: 25, tu: '个', a: 27, w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '网格化事件办结率', cmp: '≥', t: 95, tu: '%', a: 973, ad: 1, w: 10 },
        { l1: '社会效应', l2: '社会效益', l3: '群众信访事项办结率', cmp: '≥', t: 95, tu: '%', a: 961, ad: 1, w: 10 },
        { l1: '可持续发展能力', l2: '发展潜力', l3: '集体经济收入10万元以上村占比', cmp: '≥', t: 60, tu: '%', a: 643, ad: 1, w: 10 },
        { l1: '服务对象满意度', l2: '满意度', l3: '群众满意度', cmp: '≥', t: 90, tu: '%', a: 927, ad: 1, w: 15 },
      ] };
    },
    problems: ['（一）年中追加预算较多，年初预算约束力不强；（二）结转结余率略高于5%的控制目标，主要是美丽乡村建设项目第4季度才完成验收。'],
    measures: ['（一）提高年初预算编制的完整性；（二）建立项目支出进度月通报制度，力争结转结余率控制在3%以内；（三）将自评结果在镇政府网站和村务公开栏公开。'],
    sign: ['苇渡县柳渚镇人民政府', '2025年3月27日'],
  });
  return { tok: S.say.zls, to: '96.8%', kind: 'text_table' };
});

// ---------------------------------------------------------------- docx05 农机推广站 农机购置补贴 (no score table, 百分点)
report('docx05-tangli-farm-machinery-station.docx', { author: '棠梨县农机推广站', info: { kind: '项目支出（上级转移支付+上年结转）', unit: '棠梨县农业机械化技术推广站', field: '农业·农机购置与应用补贴', scoreTable: '无' } }, () => {
  const S = proj({
    u: '万元', sep: true,
    title: '棠梨县2024年度农机购置与应用补贴项目绩效自评报告',
    intro: '依据《棠梨县财政局关于开展2024年度预算绩效自评的通知》（棠财绩〔2025〕9号），县农机推广站对农机购置与应用补贴项目实施情况进行了自评。',
    about: '农机购置与应用补贴实行“自主购机、定额补贴、先购后补、县级结算、直补到卡（户）”，补贴机具种类范围按省级公布的目录执行。',
    goalText: '补贴各类机具2500台（套）以上，受益农户2000户以上，主要农作物耕种收综合机械化率达到86%。',
    src: [
      { label: '中央农机购置与应用补贴资金', init: 0, full: w(1468.00), spent: w(1452.36) },
      { label: '上年结转资金', init: w(126.50), full: w(126.50), spent: w(126.50) }],
    addWord: '收到上级下达', docNote: '上级资金文号：霁财农〔2024〕26号、霁财农〔2024〕71号。',
    items: [{ name: '拖拉机补贴', e: w(486.32) }, { name: '收获机械补贴', e: w(612.48) }, { name: '植保无人机补贴', e: w(298.56) }, { name: '烘干及其他机具补贴', e: w(181.50) }],
    balWhy: '为12月受理、2025年1月完成核验的补贴申请',
    perf: (S) => {
      h2('（一）补贴实施情况');
      const hh = N(2318, '户', { sep: true }), a = M(rdiv(w(1578.86), 2318), { u: '元', sep: true });
      ratio('average', a, S.E2, hh, '户均补贴', 1);
      p(T`全年补贴机具2,846台（套），受益农户${hh}，户均补贴${a}。`);
      const s1 = PC(w(612.48), w(1578.86)), s2 = PC(w(298.56), w(1578.86)); S.s1 = s1;
      ratio('share', s1, S.items[1], S.E2, '收获机械补贴占比'); ratio('share', s2, S.items[2], S.E2, '植保无人机补贴占比');
      p(T`从补贴结构看，收获机械补贴占补贴支出的${s1}，植保无人机补贴占${s2}，丘陵山区适用小型机具需求明显上升。`);
      h2('（二）效益情况');
      const c = PV(862, 1), pv = PV(844, 1), pp = PP(18, 1);
      lin('difference', pp, [c, [-1, pv]], '机械化率提高百分点 = 本年 − 上年');
      p(T`全县主要农作物耕种收综合机械化率达到${c}，比上年的${pv}提高${pp}；植保无人机作业面积超过30万亩次。`);
    },
    problems: ['一是补贴资金需求大于供给，部分农户购机后需排队等待结算；二是个别经销商存在“一机多补”苗头，已约谈2家。'],
    measures: ['一是积极争取上级增加补贴资金；二是运用农机鉴定二维码和北斗终端加强核验；三是2025年第1季度前结清上年结转申请。'],
    sign: ['联系电话：（0736）5821406'],
  });
  return { tok: S.s1, to: '36.79%', kind: 'share' };
});

// ---------------------------------------------------------------- docx06 河长办 (L1)
report('docx06-luting-river-chief-office.docx', { author: '鹭汀区河长制办公室', info: { kind: '项目支出（区级资金+市级奖补）', unit: '霁川市鹭汀区河长制办公室', field: '水利·河湖长制', scoreTable: 'L1 项目支出绩效自评表' } }, () => {
  const S = proj({
    title: '鹭汀区2024年度河湖长制工作经费项目绩效自评报告',
    intro: '根据鹭汀区财政局《关于开展2024年度区级部门整体支出和项目支出绩效自评的通知》（鹭财发〔2025〕14号），区河长办对河湖长制工作经费开展自评。',
    about: '全区共有区级河道32条、小微水体146处，实行区、街道、村（社区）三级河长体系。项目资金用于河道保洁、“一河一策”方案编制及巡河系统运维、水质监测、宣传培训和河道生态修复试点。',
    goalText: '河道保洁长度186公里以上，设置水质监测断面24个，水质达标率85%以上，河湖“四乱”问题整改率100%。',
    src: [
      { label: '区级河湖长制专项资金', tl: '当年财政拨款', init: w(260.00), full: w(260.00), spent: w(251.84) },
      { label: '市级河湖长制奖补资金', tl: '其他资金', init: 0, full: w(80.00), spent: w(68.40) }],
    addWord: '收到市级奖补',
    items: [{ name: '河道保洁', e: w(142.60) }, { name: '“一河一策”方案编制及巡河系统运维', e: w(58.24) }, { name: '水质监测', e: w(46.00) }, { name: '宣传及培训', e: w(12.40) }, { name: '河道生态修复试点', e: w(61.00) }],
    balWhy: '主要是市级奖补资金12月下达，生态修复试点二期未及时支付',
    perf: (S) => {
      const b = M(w(80.00)), e = M(w(68.40)), r = PC(w(68.40), w(80.00)); S.subR = r;
      eq(b, S.srcB[1], '市级奖补资金两处表述一致');
      ratio('exec_rate', r, e, b, '市级奖补资金执行率');
      p(T`分资金来源看，区级专项资金基本执行完毕；市级奖补资金${b}，已支出${e}，执行率${r}，执行偏低的原因是资金于2024年12月9日才下达。`);
      const km = Q(1864, 1, '公里'), a = M(rdiv(w(142.60), 1864) * 10, { u: '元', sep: true });
      ratio('average', a, S.items[0], km, '每公里河道保洁费', 1);
      p(T`全区保洁河道总长${km}，每公里保洁费${a}。全年各级河长巡河1.2万余人次，发现并整改河湖“四乱”问题96个，整改率96%。`);
    },
    problems: ['（一）市级奖补资金下达较晚，影响全年执行率；（二）个别断面受上游来水影响，水质达标率未达到目标；（三）仍有4个“四乱”问题因涉及历史遗留建筑未整改到位。'],
    measures: ['（一）提前谋划奖补资金使用项目，做到“资金到、项目干”；（二）加强跨区断面联防联控；（三）2025年6月底前完成剩余“四乱”问题整改。'],
    score: (S) => ({ layout: 'L1', sd: 2, name: '河湖长制工作经费', dept: '鹭汀区水利局', impl: '鹭汀区河长制办公室', caption: '附表：项目支出绩效自评表',
      goal: '落实河湖长制各项任务，改善河湖水质和面貌。', done: '保洁、监测任务完成，水质达标率和问题整改率略低于目标。',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '河道保洁长度', cmp: '≥', t: 186, tu: '公里', a: 1864, ad: 1, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '水质监测断面', cmp: '≥', t: 24, tu: '个', a: 24, w: 10 },
        { l1: '产出指标', l2: '数量指标', l3: '区级河长巡河频次', cmp: '≥', t: 1, tu: '次/月', a: 1, w: 10 },
        { l1: '产出指标', l2: '质量指标', l3: '河湖“四乱”问题整改率', t: 100, tu: '%', a: 96, w: 10, note: '4个历史遗留问题2025年6月底前整改' },
        { l1: '产出指标', l2: '时效指标', l3: '监测数据按月报送率', t: 100, tu: '%', a: 100, w: 10 },
        { l1: '效益指标', l2: '生态效益指标', l3: '监测断面水质达标率', cmp: '≥', t: 85, tu: '%', a: 833, ad: 1, w: 15, note: '受上游来水影响' },
        { l1: '效益指标', l2: '可持续影响指标', l3: '河长制长效管护机制', qual: ['健全', '健全'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度指标', l3: '沿河群众满意度', cmp: '≥', t: 90, tu: '%', a: 912, ad: 1, w: 15 },
      ] }),
  });
  return { tok: S.subR, to: '88.50%', kind: 'exec_rate' };
});

// ---------------------------------------------------------------- docx07 中学 部门整体 (no score table)
report('docx07-weidu-no1-middle-school-department.docx', { author: '苇渡县第一中学', info: { kind: '部门整体支出', unit: '苇渡县第一中学', field: '教育·普通高中', scoreTable: '无' } }, () => {
  const S = dept({
    noBalR: true, u: '万元', sep: true,
    title: '苇渡县第一中学2024年度部门整体支出绩效自评报告',
    intro: '按照县财政局、县教育局关于开展2024年度部门整体支出绩效自评的部署（苇财绩〔2025〕3号），学校对2024年度部门整体支出进行了自评。',
    h: ['一、学校基本情况', '二、部门整体支出情况', '三、部门整体支出绩效情况', '四、存在的问题', '五、改进措施'],
    duties: '苇渡县第一中学为县属公办普通高中，省级示范性高中，现有教学班54个。学校承担高中学历教育、学生资助、教师培养培训等职能。',
    org: '学校设党政办公室、教务处、德育处、总务处等7个处室，',
    staff: { bz: 168, zz: 161, tx: 64, extra: '，另有临聘教师12人' },
    inc: { fis: w(4862.35), oth: w(286.40), othName: '事业收入（住宿费等）', car: w(128.66) },
    bud: { init: w(4520.00), add: w(468.20) },
    exp: { pers: w(3862.54), pub: w(486.30), projects: [
      { name: '普通高中学生资助', b: w(186.40), e: w(186.40) },
      { name: '校舍维修改造', b: w(260.00), e: w(248.36) },
      { name: '教学设备更新', b: w(138.00), e: w(131.42) },
      { name: '教师培训', b: w(24.60), e: w(22.85) }] },
    balWhy: '主要为校舍维修改造项目质保金及教学设备尾款',
    sg: { jd: w(1.12), che: w(3.48), pjd: w(1.56), pche: w(3.62), bud: w(5.50) },
    ptab: { h: '（五）项目支出情况', unitLine: '单位：万元', totalFirst: true },
    perf: (S) => {
      const st = N(2865, '人', { sep: true }), a = M(rdiv(w(486.30), 2865), { u: '元', sep: true });
      ratio('average', a, S.pub, st, '生均公用经费 = 公用经费 / 在校生数', 1);
      p(T`（一）办学保障。学校在校学生${st}，生均公用经费${a}，高于省定标准。`);
      const n = N(612, '人次'), sub = M(w(186.40), { sep: true }), a2 = M(rdiv(w(186.40), 612), { u: '元', sep: true });
      eq(sub, S.pt.its[0].E, '正文学生资助 = 项目表');
      ratio('average', a2, sub, n, '人均资助金额', 1);
      p(T`（二）学生资助。发放国家助学金等学生资助资金${sub}，惠及${n}，人均${a2}，资助对象认定准确率100%。`);
      p('（三）教育质量。2024年高考本科上线率同比提高3.2个百分点，学校获评市级“教学质量先进单位”，排全市同类学校第5名。');
    },
    problems: ['（一）公用经费中水电、维修支出占比逐年提高，挤占教学业务支出；（二）部分教学设备采购在第4季度集中完成，当年使用效益未充分体现。'],
    measures: ['（一）推进节水节电改造，力争2025年水电费下降5%左右；（二）设备采购计划提前至上半年；（三）将自评结果在学校公示栏公开。'],
    sign: ['苇渡县第一中学', '2025年3月21日'],
  });
  return { tok: S.bal, to: '53.03万元', kind: 'balance' };
});

// ---------------------------------------------------------------- docx08 乡镇卫生院 基本公共卫生 (元 with cents)
report('docx08-tongping-health-centre-public-health.docx', { author: '桐坪镇卫生院', info: { kind: '项目支出（上级转移支付+县级配套）', unit: '棠梨县桐坪镇卫生院', field: '卫生健康·基本公共卫生服务', scoreTable: '无' } }, () => {
  const S = proj({
    u: '元', sep: true,
    title: '棠梨县桐坪镇卫生院2024年度基本公共卫生服务项目绩效自评报告',
    intro: '根据棠梨县卫生健康局《关于开展2024年度基本公共卫生服务项目绩效自评的通知》（棠卫发〔2025〕5号）和县财政局（棠财绩〔2025〕9号）要求，我院对本年度基本公共卫生服务项目资金进行自评。',
    about: '桐坪镇卫生院负责辖区12个行政村的基本公共卫生服务，下设村卫生室12个，乡村医生21名。项目内容包括居民健康档案、家庭医生签约及慢病管理、老年人健康体检、预防接种和健康教育等。',
    goalText: '65岁及以上老年人健康管理率70%以上，高血压、2型糖尿病患者规范管理率65%以上，适龄儿童疫苗接种率90%以上。',
    src: [
      { label: '中央及市级补助资金', init: 0, full: y(1186400), spent: y(1164250.60) },
      { label: '县级配套资金', init: y(296600), full: y(296600), spent: y(289715.40) }],
    addWord: '收到上级下达',
    items: [{ name: '家庭医生签约及慢病管理', e: y(612480) }, { name: '老年人健康体检', e: y(386250) }, { name: '预防接种及儿童保健', e: y(248636) }, { name: '健康教育及村医补助', e: y(206600) }],
    perf: (S) => {
      h2('（一）项目产出');
      const pop = N(16480, '人', { sep: true }), a = M(rdiv(y(1453966), 16480), { u: '元', sep: true });
      ratio('average', a, S.E2, pop, '人均基本公共卫生服务经费', 1);
      p(T`辖区常住人口${pop}，全年基本公共卫生服务支出折合人均${a}。`);
      const old = N(2150, '人', { sep: true }), a2 = M(rdiv(y(386250), 2150), { u: '元', sep: true }); S.a2 = a2;
      ratio('average', a2, S.items[1], old, '老年人体检人均费用', 1);
      p(T`为65岁及以上老年人体检${old}，人均体检费用${a2}，老年人健康管理率72.4%。`);
      const cur = N(5862, '人', { sep: true }), prev = N(5465, '人', { sep: true }), gr = GRW(5862, 5465, 2);
      growth(gr, cur, prev, 1, '家庭医生签约人数同比增长率');
      p(T`家庭医生签约${cur}，同比增长${gr}（上年${prev}）；高血压患者规范管理率65.8%，糖尿病患者规范管理率66.1%。`);
      h2('（二）项目效益');
      p('居民健康素养水平逐步提高，慢病患者急性并发症住院人次有所下降；在全县基本公共卫生服务年度考核中，我院得分排第2位。');
    },
    problems: ['1.乡村医生年龄老化，平均年龄57岁，信息化录入能力不足；2.部分外出务工人员随访难以落实。'],
    measures: ['1.2025年计划招聘村医2名；2.推广电话、微信等远程随访方式；3.将资金拨付与村卫生室考核结果挂钩，每季度考核一次。'],
    sign: ['棠梨县桐坪镇卫生院', '2025年3月24日'],
  });
  return { tok: S.a2, to: '179.65万元', kind: 'unit' };
});

//@@REPORTS@@

main().catch((e) => { console.error(e); process.exit(1); });

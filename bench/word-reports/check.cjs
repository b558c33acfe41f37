// Independent verification of the corpus.
//  1. every .docx table (read back from word/document.xml) equals the grid in data/*.json;
//  2. every relation recorded for a clean report holds, evaluated on the cells read from the .docx
//     with exact decimal arithmetic (BigInt, round-half-up), including prose-vs-table facts;
//  3. each bad .docx differs from its clean .docx in exactly one table cell (prose identical),
//     that cell is the one listed in bad/ANSWERS.tsv, and exactly one relation fails: the listed one;
//  4. PDFs exist, are newer than the .docx, contain the table figures, show the bad value,
//     have landscape pages where the .docx has landscape sections, and long tables repeat their header.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');
const DIR = __dirname;
let fails = 0, warns = 0, nrel = 0;
const fail = m => { fails++; console.log('FAIL ' + m); };
const warn = m => { warns++; console.log('warn ' + m); };

// ---------------- exact decimals (independent of the generator's dec.cjs) ----------------
function dec(text) {
  const t = String(text).replace(/[,，\s]/g, '').replace(/^−/, '-').replace(/%$/, '');
  const m = /^([+-]?)(\d+)(?:\.(\d+))?$/.exec(t);
  if (!m) return null;
  const f = m[3] || '';
  let n = BigInt(m[2] + f); if (m[1] === '-') n = -n;
  return { n, s: f.length };
}
const up = (x, s) => x.n * 10n ** BigInt(s - x.s);
const eqDec = (a, b) => { const s = Math.max(a.s, b.s); return up(a, s) === up(b, s); };
const cmpDec = (a, b) => { const s = Math.max(a.s, b.s); const x = up(a, s), y = up(b, s); return x < y ? -1 : x > y ? 1 : 0; };
function roundDiv(p, q) { // p/q rounded half away from zero
  if (q < 0n) { p = -p; q = -q; }
  const neg = p < 0n; const a = neg ? -p : p;
  const r = (2n * a + q) / (2n * q);
  return neg ? -r : r;
}
// value of num*mul/den at d decimals (num, den decimals)
function quot(num, den, d, mul = 1n) { const s = Math.max(num.s, den.s); return { n: roundDiv(up(num, s) * mul * 10n ** BigInt(d), up(den, s)), s: d }; }
const show = x => { if (!x) return 'null'; const neg = x.n < 0n; let a = (neg ? -x.n : x.n).toString().padStart(x.s + 1, '0'); return (neg ? '-' : '') + (x.s ? a.slice(0, -x.s) + '.' + a.slice(-x.s) : a); };
const firstNumber = s => { const m = /-?\d[\d,]*(?:\.\d+)?/.exec(s); return m ? dec(m[0]) : null; };

// ---------------- docx reading ----------------
function unxml(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function paraText(px) {
  let out = '';
  const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>|<w:br\/>|<w:tab\/>/g; let m;
  while ((m = re.exec(px))) out += m[1] !== undefined ? unxml(m[1]) : (m[0] === '<w:br/>' ? '\n' : '\t');
  return out;
}
function readDocx(file) {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { maxBuffer: 64 << 20 }).toString('utf8');
  const body = xml.slice(xml.indexOf('<w:body>'));
  const tables = [], paras = [];
  let pos = 0;
  const PARA = /<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g;
  const takeParas = seg => { let m; PARA.lastIndex = 0; while ((m = PARA.exec(seg))) paras.push(m[0].endsWith('/>') && !m[0].includes('</w:p>') ? '' : paraText(m[0])); };
  while (true) {
    const i = body.indexOf('<w:tbl>', pos);
    if (i < 0) { takeParas(body.slice(pos)); break; }
    takeParas(body.slice(pos, i));
    const j = body.indexOf('</w:tbl>', i);
    tables.push(parseTable(body.slice(i, j + 8)));
    pos = j + 8;
  }
  const landscape = (xml.match(/w:orient="landscape"/g) || []).length;
  return { tables, paras, landscape };
}
function parseTable(tx) {
  const rows = [], header = [];
  const trs = tx.match(/<w:tr(?:\s[^>]*)?>[\s\S]*?<\/w:tr>/g) || [];
  const raw = trs.map(tr => {
    header.push(/<w:tblHeader\/>|<w:tblHeader w:val="(true|1|on)"\/>/.test(tr));
    return (tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g) || []).map(tc => {
      const gs = /<w:gridSpan w:val="(\d+)"\/>/.exec(tc);
      const vm = /<w:vMerge(?: w:val="(\w+)")?\/>/.exec(tc);
      const ps = (tc.match(/<w:p(?:\s[^>]*)?\/>|<w:p(?:\s[^>]*)?>[\s\S]*?<\/w:p>/g) || []).map(p => (p.includes('</w:p>') ? paraText(p) : ''));
      return { cs: gs ? +gs[1] : 1, vm: vm ? (vm[1] || 'continue') : null, t: ps.join('\n') };
    });
  });
  const ncols = Math.max(...raw.map(r => r.reduce((a, c) => a + c.cs, 0)));
  raw.forEach((r, ri) => {
    const row = Array(ncols).fill(undefined); let c = 0;
    for (const x of r) {
      if (x.vm === 'continue') { for (let j = 0; j < x.cs; j++) row[c + j] = null; }
      else { row[c] = { t: x.t, cs: x.cs, rs: 1 }; for (let j = 1; j < x.cs; j++) row[c + j] = null; if (x.vm === 'restart') row[c].restart = true; }
      c += x.cs;
    }
    rows.push(row);
  });
  // row spans
  for (let r = 0; r < rows.length; r++) for (let c = 0; c < ncols; c++) {
    const x = rows[r][c]; if (!x || !x.restart) continue;
    let k = r + 1; while (k < rows.length && raw[k] && colIsContinue(raw[k], c)) k++;
    x.rs = k - r;
  }
  return { rows, header, ncols };
}
function colIsContinue(rawRow, col) { let c = 0; for (const x of rawRow) { if (c === col) return x.vm === 'continue'; c += x.cs; } return false; }

// ---------------- relations ----------------
function makeCtx(doc, J) {
  return {
    cellText(ref) {
      const [t, r, c] = ref; const T = doc.tables[t];
      if (!T || !T.rows[r] || !T.rows[r][c]) throw new Error('no cell ' + JSON.stringify(ref));
      return T.rows[r][c].t;
    },
    val(ref, { blankZero = false } = {}) {
      if (!Array.isArray(ref)) { // prose literal
        const p = J.paras[ref.p];
        if (p == null || !p.includes(ref.text)) throw new Error('prose literal not in paragraph: ' + ref.text);
        if (!doc.paras.includes(p)) throw new Error('paragraph not found in docx: ' + p.slice(0, 30));
        const v = dec(ref.text); if (!v) throw new Error('prose literal not numeric: ' + ref.text); return v;
      }
      const txt = this.cellText(ref);
      if (ref[3] === 'first') { const v = firstNumber(txt); if (!v) throw new Error('no number in ' + txt); return v; }
      if (blankZero && (txt.trim() === '' || txt.trim() === '—' || txt.trim() === '-')) return { n: 0n, s: 0 };
      const v = dec(txt); if (!v) throw new Error(`cell ${JSON.stringify(ref)} not numeric: "${txt}"`); return v;
    },
    text(ref) { if (!Array.isArray(ref)) { const p = J.paras[ref.p]; if (!p.includes(ref.text) || !doc.paras.includes(p)) throw new Error('prose text missing ' + ref.text); return ref.text; } return this.cellText(ref); },
  };
}
const decimalsOf = txt => { const m = /\.(\d+)/.exec(String(txt).replace(/,/g, '')); return m ? m[1].length : 0; };
function gradeOf(x) { const g = v => cmpDec(x, dec(v)) >= 0; return g('90') ? '优' : g('80') ? '良' : g('60') ? '中' : '差'; }

function evalRel(R, X) { // returns null if holds, else message
  switch (R.k) {
    case 'lin': {
      const tgt = X.val(R.target);
      let s = 0; const parts = R.terms.map(([sg, ref]) => ({ sg, v: X.val(ref, { blankZero: true }) }));
      const S = Math.max(tgt.s, ...parts.map(p => p.v.s));
      let sum = 0n; for (const p of parts) sum += BigInt(p.sg) * up(p.v, S);
      return up(tgt, S) === sum ? null : `stated ${show(tgt)} computed ${show({ n: sum, s: S })}`;
    }
    case 'ratio': {
      const txt = Array.isArray(R.target) ? X.cellText(R.target) : R.target.text;
      const tgt = X.val(R.target); const d = decimalsOf(Array.isArray(R.target) && R.target[3] === 'first' ? show(tgt) : txt);
      const num = X.val(R.num), den = X.val(R.den);
      if (den.n === 0n) return 'denominator zero';
      const exp = quot(num, den, d, 100n);
      return eqDec(exp, tgt) ? null : `stated ${show(tgt)}% computed ${show(exp)}%`;
    }
    case 'growth': {
      const tgt = X.val(R.target); const d = decimalsOf(X.cellText(R.target));
      const cur = X.val(R.cur), prev = X.val(R.prev);
      const S = Math.max(cur.s, prev.s); const diff = { n: up(cur, S) - up(prev, S), s: S };
      const exp = quot(diff, prev, d, 100n);
      return eqDec(exp, tgt) ? null : `stated ${show(tgt)}% computed ${show(exp)}%`;
    }
    case 'score': {
      const tgt = X.val(R.target); const d = decimalsOf(X.cellText(R.target));
      let rate = X.val(R.rate); const pts = X.val(R.points);
      if (cmpDec(rate, dec('100')) > 0) rate = dec('100');
      const exp = quot({ n: rate.n * pts.n, s: rate.s + pts.s }, dec('100'), d);
      return eqDec(exp, tgt) ? null : `stated ${show(tgt)} computed ${show(exp)}`;
    }
    case 'ind': {
      const tt = X.cellText(R.target), at = X.cellText(R.actual);
      const P = X.val(R.points), S = X.val(R.score); const d = decimalsOf(X.cellText(R.score));
      if (cmpDec(S, P) > 0) return 'score exceeds points';
      let met;
      if (R.dir === 'qual') { met = tt === at; if (!met) return 'qualitative target not met; score unverifiable'; }
      else {
        const t = firstNumber(tt), a = firstNumber(at);
        if (!t || !a) return 'indicator values not numeric';
        if (R.dir === 'le' && !(tt.includes('≤') || t.n === 0n)) return 'le indicator without ≤ target';
        if (R.dir === 'ge' && tt.includes('≤')) return 'ge indicator with ≤ target';
        met = R.dir === 'le' ? cmpDec(a, t) <= 0 : cmpDec(a, t) >= 0;
        if (!met) {
          if (eqDec(S, P)) return `target ${tt} actual ${at} not met, but full score ${show(S)}`;
          const [num, den] = R.dir === 'le' ? [t, a] : [a, t];
          const exp = den.n === 0n ? { n: 0n, s: d } : quot({ n: num.n * P.n, s: num.s + P.s }, den, d);
          return eqDec(exp, S) ? null : `target ${tt} actual ${at}: proportional score ${show(exp)}, stated ${show(S)}`;
        }
      }
      return eqDec(S, P) ? null : `target ${tt} actual ${at} met, score ${show(S)} != points ${show(P)}`;
    }
    case 'const': { const v = X.val(R.target); return eqDec(v, dec(R.value)) ? null : `stated ${show(v)} != ${R.value}`; }
    case 'label': {
      const m = /（(\d+(?:\.\d+)?)分）/.exec(X.cellText(R.target)); if (!m) return 'no points in label';
      const v = dec(m[1]); const S = Math.max(v.s, ...R.parts.map(p => X.val(p).s));
      const sum = R.parts.reduce((a, p) => a + up(X.val(p), S), 0n);
      return up(v, S) === sum ? null : `label ${m[1]} != sum ${show({ n: sum, s: S })}`;
    }
    case 'gradecell': { const g = gradeOf(X.val(R.total)); return X.text(R.target).includes(g) ? null : `grade should be ${g}`; }
    case 'eq': { let a = X.val(R.a); const b = X.val(R.b); if (R.negA) a = { n: -a.n, s: a.s }; return eqDec(a, b) ? null : `${R.negA ? '−' : ''}${show(X.val(R.a))} != ${show(b)}`; }
    default: return 'unknown relation kind ' + R.k;
  }
}
function evalAll(J, doc) {
  const X = makeCtx(doc, J); const out = [];
  for (const R of J.rels) { let m; try { m = evalRel(R, X); } catch (e) { m = 'error: ' + e.message; } out.push(m); }
  return out;
}

// ---------------- pdf helpers ----------------
const pdfText = (f, layout) => execFileSync('pdftotext', [layout ? '-layout' : '-raw', f, '-'], { maxBuffer: 64 << 20 }).toString('utf8');
function pdfPages(f) {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '999', f]).toString();
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map(m => (+m[1] > +m[2] ? 'L' : 'P'));
}
const count = (hay, needle) => { let n = 0, i = 0; while ((i = hay.indexOf(needle, i)) >= 0) { n++; i += needle.length; } return n; };

// ---------------- main ----------------
const files = fs.readdirSync(path.join(DIR, 'data')).filter(f => f.endsWith('.json')).sort();
const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map(l => l.split('\t'));
const ansHead = answers.shift();
if (ansHead.join('|') !== 'file|table|row|column|old|new|relation') fail('ANSWERS.tsv header');
if (answers.length !== files.length) fail(`ANSWERS.tsv has ${answers.length} rows for ${files.length} reports`);
const kindCount = {};
for (const f of files) {
  const J = JSON.parse(fs.readFileSync(path.join(DIR, 'data', f), 'utf8'));
  const base = f.replace(/\.json$/, '');
  const tag = base + ': ';
  const cleanDocx = path.join(DIR, 'clean', base + '.docx'), badDocx = path.join(DIR, 'bad', base + '.docx');
  const C = readDocx(cleanDocx), Bd = readDocx(badDocx);
  // the k-th table in the document is the table of the k-th table block; put them in data order
  const order = J.blocks.filter(b => b.type === 'table').map(b => b.t);
  for (const doc of [C, Bd]) { const byIdx = []; order.forEach((ti, k) => { byIdx[ti] = doc.tables[k]; }); if (doc.tables.length !== order.length) fail(tag + 'table count vs blocks'); doc.tables = byIdx; }
  // 1. docx tables == json grids
  if (C.tables.length !== J.tables.length) fail(tag + `docx has ${C.tables.length} tables, json ${J.tables.length}`);
  J.tables.forEach((T, t) => {
    const D = C.tables[t]; if (!D) return;
    if (D.rows.length !== T.rows.length || D.ncols !== T.ncols) { fail(tag + `table ${t} shape ${D.rows.length}x${D.ncols} vs ${T.rows.length}x${T.ncols}`); return; }
    T.rows.forEach((row, r) => row.forEach((x, c) => {
      const y = D.rows[r][c];
      if ((x === null) !== (y === null)) fail(tag + `table ${t} cell ${r},${c}: merge structure differs`);
      else if (x && (x.t !== y.t || (x.cs || 1) !== y.cs || (x.rs || 1) !== y.rs)) fail(tag + `table ${t} cell ${r},${c}: "${x.t}" cs${x.cs || 1} rs${x.rs || 1} vs docx "${y.t}" cs${y.cs} rs${y.rs}`);
    }));
    for (let r = 0; r < T.rows.length; r++) if (D.header[r] !== (r < (T.repeat || 0))) fail(tag + `table ${t} row ${r}: tblHeader flag ${D.header[r]}`);
  });
  for (const p of J.paras) if (!C.paras.includes(p)) fail(tag + 'paragraph missing in docx: ' + p.slice(0, 40));
  const nLand = J.blocks.filter(b => b.type === 'section' && b.orient === 'landscape').length;
  if (C.landscape !== nLand) fail(tag + `landscape sections ${C.landscape} vs ${nLand}`);
  // 2. relations on clean
  const res = evalAll(J, C);
  res.forEach((m, i) => { nrel++; kindCount[J.rels[i].k] = (kindCount[J.rels[i].k] || 0) + 1; if (m) fail(tag + `clean relation "${J.rels[i].desc}": ${m}`); });
  // 3. bad: exactly one cell differs
  const diffs = [];
  if (Bd.tables.length !== C.tables.length) fail(tag + 'bad table count differs');
  C.tables.forEach((T, t) => T.rows.forEach((row, r) => row.forEach((x, c) => {
    const y = Bd.tables[t] && Bd.tables[t].rows[r] ? Bd.tables[t].rows[r][c] : undefined;
    if ((x === null) !== (y === null) || (x && (!y || x.t !== y.t || x.cs !== y.cs || x.rs !== y.rs))) diffs.push({ t, r, c, old: x && x.t, neu: y && y.t });
  })));
  if (C.paras.join('\n') !== Bd.paras.join('\n')) fail(tag + 'bad prose differs from clean');
  if (diffs.length !== 1) fail(tag + `bad differs in ${diffs.length} cells`);
  const A = J.badAnswer; const row = answers.find(a => a[0] === base);
  if (diffs.length === 1) {
    const d = diffs[0];
    if (d.t !== A.t || d.r !== A.r || d.c !== A.c || d.old !== A.old || d.neu !== A.new) fail(tag + 'differing cell is not the recorded one');
    if (dec(d.old.replace(/[^\d.,+\-%]/g, '')) && dec(d.neu.replace(/[^\d.,+\-%]/g, '')) === null) fail(tag + 'changed cell lost its number');
  }
  if (!row) fail(tag + 'no ANSWERS row');
  else {
    const nl = s => s.replace(/\n/g, '');
    const exp = [base, A.table, A.row, A.column, nl(A.old), nl(A.new), A.relation];
    if (row.join('\t') !== exp.join('\t')) fail(tag + 'ANSWERS row differs from data: ' + row.join(' | '));
    // the row label / column header are really in the table
    const T = J.tables[A.t];
    const inRow = T.rows[A.r].some(x => x && x.t.replace(/\n/g, '').includes(A.row)) || T.rowLabel[A.r] === A.row;
    if (!inRow) fail(tag + 'row label not in the row');
    const hdrTexts = T.rows.slice(0, A.r).map(rr => rr[A.c]).filter(Boolean).map(x => x.t.replace(/\n/g, ''));
    if (A.column && !hdrTexts.some(h => h.includes(A.column) || A.column.includes(h) && h)) warn(tag + `column header "${A.column}" not found above the cell`);
  }
  const bres = evalAll(J, Bd);
  const broken = bres.map((m, i) => (m ? { i, m } : null)).filter(Boolean);
  if (broken.length !== 1) fail(tag + `bad copy breaks ${broken.length} relations: ` + broken.map(b => J.rels[b.i].desc + ' [' + b.m + ']').join('; '));
  else if (J.rels[broken[0].i].desc !== A.relation) fail(tag + `broken relation "${J.rels[broken[0].i].desc}" != answer "${A.relation}"`);
  else console.log(`ok   ${base}: ${res.length} relations hold; bad breaks only "${A.relation}" (${broken[0].m})`);
  // 4. PDFs
  for (const [docx, which] of [[cleanDocx, 'clean'], [badDocx, 'bad']]) {
    const pdf = docx.replace(/\.docx$/, '.pdf');
    if (!fs.existsSync(pdf)) { fail(tag + which + ' pdf missing'); continue; }
    if (fs.statSync(pdf).mtimeMs < fs.statSync(docx).mtimeMs) fail(tag + which + ' pdf older than docx');
  }
  const cpdf = cleanDocx.replace(/\.docx$/, '.pdf'), bpdf = badDocx.replace(/\.docx$/, '.pdf');
  if (!fs.existsSync(cpdf) || !fs.existsSync(bpdf)) continue;
  const raw = pdfText(cpdf, false).replace(/\s+/g, ''), lay = pdfText(cpdf, true);
  const badRaw = pdfText(bpdf, false).replace(/\s+/g, '');
  const words = {}; for (const m of execFileSync('pdftotext', ['-bbox', cpdf, '-']).toString('utf8').matchAll(/<word[^>]*>([^<]*)<\/word>/g)) { const w = unxml(m[1]); words[w] = (words[w] || 0) + 1; }
  const cellsByText = {};
  J.tables.forEach((T, t) => T.rows.forEach((row, r) => row.forEach((x, c) => {
    if (!x || !/^[+\-]?[\d,]+(\.\d+)?%?$/.test(x.t) || x.t.length < 3) return;
    if (!raw.includes(x.t)) fail(tag + `table ${t} figure ${x.t} not in pdf text`);
    if (/[.%]/.test(x.t)) cellsByText[x.t] = (cellsByText[x.t] || 0) + 1;
  })));
  for (const [w, n] of Object.entries(cellsByText)) if ((words[w] || 0) < n) warn(tag + `figure ${w} is split across lines inside a table cell in the pdf`);
  const nw = A.new.replace(/\s+/g, ''), od = A.old.replace(/\s+/g, '');
  if (!badRaw.includes(nw)) fail(tag + 'bad pdf does not show ' + nw);
  if (nw.length >= 4 && count(badRaw, nw) !== count(raw, nw) + 1) fail(tag + `bad pdf count of ${nw}: ${count(badRaw, nw)} vs clean ${count(raw, nw)}`);
  if (od.length >= 4 && count(badRaw, od) !== count(raw, od) - 1) fail(tag + `bad pdf count of ${od}: ${count(badRaw, od)} vs clean ${count(raw, od)}`);
  const pages = pdfPages(cpdf);
  if (nLand > 0 && !pages.includes('L')) fail(tag + 'no landscape page in pdf');
  if (nLand === 0 && pages.includes('L')) fail(tag + 'unexpected landscape page');
  // repeated header rows: a table with repeat rows that spans >1 page shows its header on each page
  const pageTexts = pdfText(cpdf, false).split('\f').map(p => p.replace(/\s+/g, ''));
  const sig = row => row.filter(Boolean).map(x => x.t).join('').replace(/\s+/g, '');
  J.tables.forEach((T, t) => {
    if (!T.repeat) return;
    const hsig = sig(T.rows[0]);
    const fsig = sig(T.rows[T.repeat]), lsig = sig(T.rows[T.rows.length - 1]);
    const pFirst = pageTexts.findIndex(p => p.includes(fsig));
    let pLast = -1; pageTexts.forEach((p, i) => { if (i >= pFirst && p.includes(lsig) && pLast < 0) pLast = i; });
    if (pFirst < 0 || pLast < 0) { warn(tag + `table ${t}: could not locate its first/last row in the pdf text`); return; }
    const spans = pLast - pFirst + 1;
    let withHdr = 0; for (let i = pFirst; i <= pLast; i++) if (pageTexts[i].includes(hsig)) withHdr++;
    if (spans > 1) { if (withHdr < spans) fail(tag + `table ${t} spans ${spans} pages but header on ${withHdr}`); else console.log(`     ${base}: table ${t} spans ${spans} pages, header row repeated on each`); }
  });
}
console.log(`\n${files.length} reports, ${nrel} relations checked on clean files (${Object.entries(kindCount).map(([k, v]) => k + ':' + v).join(', ')})`);
console.log(`${fails} failures, ${warns} warnings`);
process.exit(fails ? 1 : 0);

'use strict';
// Independent verifier: NODE_PATH=/work/main/node_modules node check.cjs
// Re-reads clean/ and bad/ (md as text lines; docx via jszip -> word/document.xml), re-parses every figure
// listed in spec/NN.json at its position, re-evaluates every relation with exact BigInt rationals.
const fs = require('fs'); const path = require('path'); const JSZip = require('jszip');
const DIR = __dirname;

// ---------- text extraction
function xmlText(x) { return x.replace(/<w:tab\/>/g, '\t').replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function paraText(p) { let s = ''; const re = /<w:t(?:\s[^>]*)?>([\s\S]*?)<\/w:t>/g; let m; while ((m = re.exec(p))) s += xmlText(m[1]); return s; }
async function docxLines(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml').async('string');
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const lines = []; const re = /<w:tbl>[\s\S]*?<\/w:tbl>|<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g; let m;
  while ((m = re.exec(body))) {
    if (m[0].startsWith('<w:tbl>')) { const rows = m[0].match(/<w:tr[ >][\s\S]*?<\/w:tr>/g) || [];
      for (const r of rows) lines.push((r.match(/<w:tc>[\s\S]*?<\/w:tc>/g) || []).map((c) => (c.match(/<w:p[ >][\s\S]*?<\/w:p>/g) || []).map(paraText).join('')).join(' | ')); }
    else { const t = paraText(m[0]); if (t !== '') lines.push(t); }
  }
  return lines;
}
async function readLines(file) { return file.endsWith('.docx') ? docxLines(file) : fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n'); }

// ---------- numbers as exact rationals {n, d} (BigInt, d > 0)
const CNV = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnToInt(s) { let total = 0, cur = 0; for (const c of s) { if (c in CNV) cur = CNV[c]; else { const u = { 十: 10, 百: 100, 千: 1000 }[c]; if (!u) throw new Error('cn ' + s); total += (cur || 1) * u; cur = 0; } } return total + cur; }
function Q(n, d = 1n) { if (d < 0n) { n = -n; d = -d; } return { n, d }; }
function parseNum(s) { if (/^[零一二三四五六七八九十百千两]+$/.test(s)) return Q(BigInt(cnToInt(s))); s = s.replace(/,/g, ''); const neg = s.startsWith('-'); if (neg) s = s.slice(1); const [i, f = ''] = s.split('.'); const v = Q(BigInt(i + f), 10n ** BigInt(f.length)); if (neg) v.n = -v.n; return v; }
const add = (a, b) => Q(a.n * b.d + b.n * a.d, a.d * b.d), sub = (a, b) => Q(a.n * b.d - b.n * a.d, a.d * b.d), mul = (a, b) => Q(a.n * b.n, a.d * b.d), div = (a, b) => Q(a.n * b.d, a.d * b.n);
const eqQ = (a, b) => a.n * b.d === b.n * a.d; const absQ = (a) => Q(a.n < 0n ? -a.n : a.n, a.d); const gtQ = (a, b) => a.n * b.d > b.n * a.d;
function roundHalfUp(a, dec) { a = absQ(a); const s = 10n ** BigInt(dec); return Q((2n * a.n * s + a.d) / (2n * a.d), s); }
const show = (a) => { const neg = a.n < 0n; const n = neg ? -a.n : a.n; const ip = n / a.d; let r = n % a.d; let f = ''; for (let i = 0; i < 6 && r; i++) { r *= 10n; f += String(r / a.d); r %= a.d; } return (neg ? '-' : '') + ip + (f ? '.' + f : ''); };

function evalRel(rl, V) {
  const o = V[rl.out], xs = rl.in.map((k) => V[k]); let want;
  switch (rl.kind) {
    case 'eq': want = xs[0]; break;
    case 'conv': want = mul(xs[0], parseNum(rl.k)); break;
    case 'sum': want = xs.reduce(add, Q(0n)); break;
    case 'diff': want = absQ(sub(xs[0], xs[1])); break;
    case 'ratio': want = roundHalfUp(div(mul(xs[0], parseNum(rl.k)), xs[1]), rl.d); break;
    case 'growth': want = roundHalfUp(div(mul(sub(xs[0], xs[1]), Q(100n)), xs[1]), rl.d); break;
    case 'capscore': { let w = div(mul(xs[0], xs[1]), Q(100n)); if (gtQ(w, xs[1])) w = xs[1]; want = roundHalfUp(w, rl.d); break; }
    default: throw new Error('kind ' + rl.kind);
  }
  return { ok: eqQ(rl.kind === 'diff' || rl.kind === 'growth' ? absQ(o) : o, want), want: show(want), got: show(o) };
}

const TOK = /^(?:-?\d[\d,]*(?:\.\d+)?|[零一二三四五六七八九十百千两]+)/;
function tokenAt(line, col) { const m = TOK.exec(line.slice(col)); return m ? m[0] : null; }

async function main() {
  const errors = []; const err = (f, m) => errors.push(f + ': ' + m);
  const answers = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
  if (answers[0] !== 'file\tline\told\tnew\trelation') err('ANSWERS.tsv', 'bad header');
  const ans = {}; for (const l of answers.slice(1)) { const [file, line, old, nw, relation] = l.split('\t'); ans[file] = { line, old, nw, relation }; }
  const specs = fs.readdirSync(path.join(DIR, 'spec')).filter((f) => f.endsWith('.json')).sort();
  let nrel = 0, nfig = 0, ntrap = 0; const summary = [];
  for (const sf of specs) {
    const spec = JSON.parse(fs.readFileSync(path.join(DIR, 'spec', sf), 'utf8')); const F = spec.file;
    const clean = await readLines(path.join(DIR, 'clean', F)); const bad = await readLines(path.join(DIR, 'bad', F));
    if (clean.length !== spec.nlines) err(F, `clean has ${clean.length} lines, spec says ${spec.nlines}`);
    // figures in clean
    const V = {}; const byKey = {};
    for (const fg of spec.figures) {
      const line = clean[fg.line - 1] || ''; const tok = tokenAt(line, fg.col);
      if (tok !== fg.text) { err(F, `figure ${fg.key} expected "${fg.text}" at ${fg.line}:${fg.col}, found "${tok}"`); continue; }
      if (fg.col > 0 && /[\d.,]/.test(line[fg.col - 1]) && !fg.cn) err(F, `figure ${fg.key} glued to preceding digit`);
      V[fg.key] = parseNum(tok); byKey[fg.key] = fg;
    }
    for (const k of Object.keys(V)) if (!eqQ(V[k], parseNum(spec.figures.find((f) => f.key === k).value))) err(F, `figure ${k} value mismatch`);
    // relations hold in clean
    let missing = false;
    for (const rl of spec.relations) { const miss = [rl.out, ...rl.in].filter((k) => !(k in V)); if (miss.length) { missing = true; err(F, 'relation refers to unreadable figure ' + miss.join(',')); continue; }
      const r = evalRel(rl, V); if (!r.ok) err(F, `clean relation fails: ${rl.label} (${rl.out}=${r.got}, expected ${r.want})`); }
    // traps present
    for (const t of spec.traps) if (!(clean[t.line - 1] || '').includes(t.text)) err(F, 'trap text missing: ' + t.text);
    if (missing) continue;
    // bad: exactly one line differs, by exactly one figure
    if (bad.length !== clean.length) { err(F, 'bad line count differs'); continue; }
    const diffLines = []; clean.forEach((l, i) => { if (l !== bad[i]) diffLines.push(i + 1); });
    if (diffLines.length !== 1) { err(F, `bad differs in ${diffLines.length} lines`); continue; }
    const ln = diffLines[0], cl = clean[ln - 1], bl = bad[ln - 1];
    let p = 0; while (p < cl.length && cl[p] === bl[p]) p++;
    let s = 0; while (s < cl.length - p && s < bl.length - p && cl[cl.length - 1 - s] === bl[bl.length - 1 - s]) s++;
    const hit = spec.figures.filter((fg) => fg.line === ln && fg.col <= p + 0 && p <= fg.col + fg.text.length && cl.length - s <= fg.col + fg.text.length && cl.length - s >= fg.col);
    if (hit.length !== 1) { err(F, `changed span [${p}, ${cl.length - s}) is not inside exactly one figure (${hit.length})`); continue; }
    const fg = hit[0]; const nt = tokenAt(bl, fg.col);
    if (!nt || bl.slice(0, fg.col) !== cl.slice(0, fg.col) || bl.slice(fg.col + nt.length) !== cl.slice(fg.col + fg.text.length)) { err(F, 'bad change is not a single figure token'); continue; }
    const BV = Object.assign({}, V); BV[fg.key] = parseNum(nt);
    const broken = spec.relations.filter((rl) => !evalRel(rl, BV).ok);
    if (broken.length !== 1) { err(F, `bad breaks ${broken.length} relations: ${broken.map((r) => r.label).join('; ')}`); continue; }
    const a = ans[F]; if (!a) { err(F, 'no ANSWERS row'); continue; }
    if (a.old !== fg.text || a.nw !== nt) err(F, `ANSWERS old/new ${a.old}/${a.nw} != ${fg.text}/${nt}`);
    if (a.relation !== broken[0].label) err(F, `ANSWERS relation "${a.relation}" != "${broken[0].label}"`);
    if (spec.format === 'md') { if (a.line !== String(ln)) err(F, `ANSWERS line ${a.line} != ${ln}`); }
    else { const m = /^段落「(.*)」$/.exec(a.line) || /^表「(.*)」行「(.*)」$/.exec(a.line);
      if (!m) err(F, 'ANSWERS docx locator malformed'); else if (a.line.startsWith('段落') ? !cl.startsWith(m[1]) : !(clean.includes(m[1]) && cl.split(' | ')[0] === m[2])) err(F, 'ANSWERS docx locator does not match changed paragraph/row'); }
    nrel += spec.relations.length; nfig += spec.figures.length; ntrap += spec.traps.length;
    summary.push(`${F}\tline ${ln}\t${fg.text} -> ${nt}\t${broken[0].kind}\t${broken[0].label}`);
  }
  for (const f of Object.keys(ans)) if (!specs.includes(f.slice(0, 2) + '.json')) err(f, 'ANSWERS row without spec');
  console.log(summary.join('\n'));
  console.log(`\n${specs.length} reports, ${nfig} figures, ${nrel} relations, ${ntrap} traps checked.`);
  if (errors.length) { console.log('FAIL\n' + errors.join('\n')); process.exit(1); }
  console.log('PASS: every relation holds in clean/; each bad/ file differs from clean/ in exactly one figure and breaks exactly one relation, as listed in ANSWERS.tsv.');
}
main().catch((e) => { console.error(e); process.exit(1); });

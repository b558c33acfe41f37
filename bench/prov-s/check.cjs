'use strict';
// 独立校验器：只读生成的 clean/、bad/ 文件与 relations.json，
// 用 BigInt 有理数重新计算每一条关系（不依赖 gen.cjs 与 decimal.js）。
// 退出码非零 = 有干净关系不成立，或某个坏文件没有恰好破坏其一条关系。
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = __dirname;
const REL = JSON.parse(fs.readFileSync(path.join(ROOT, 'relations.json'), 'utf8'));
let errors = 0;
const err = (m) => { errors++; console.log('ERROR ' + m); };

// ---------------------------------------------------------------- 读文件
function unzipEntry(buf, want) {
  let e = buf.length - 22;
  while (e >= 0 && buf.readUInt32LE(e) !== 0x06054b50) e--;
  if (e < 0) throw new Error('not a zip');
  const n = buf.readUInt16LE(e + 10);
  let p = buf.readUInt32LE(e + 16);
  for (let k = 0; k < n; k++) {
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20);
    const nl = buf.readUInt16LE(p + 28), xl = buf.readUInt16LE(p + 30), cl = buf.readUInt16LE(p + 32), lo = buf.readUInt32LE(p + 42);
    const name = buf.toString('utf8', p + 46, p + 46 + nl);
    if (name === want) {
      const start = lo + 30 + buf.readUInt16LE(lo + 26) + buf.readUInt16LE(lo + 28);
      const data = buf.subarray(start, start + csize);
      return method === 8 ? zlib.inflateRawSync(data) : data;
    }
    p += 46 + nl + xl + cl;
  }
  throw new Error('no ' + want);
}
function readLines(file) {
  if (file.endsWith('.docx')) {
    const xml = unzipEntry(fs.readFileSync(file), 'word/document.xml').toString('utf8');
    const out = [];
    for (const p of xml.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g) || []) {
      let t = '';
      for (const m of p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)) t += m[1];
      t = t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
      if (t) out.push(t);
    }
    return out;
  }
  const s = fs.readFileSync(file, 'utf8');
  const a = s.split('\n');
  if (a[a.length - 1] === '') a.pop();
  return a;
}

// ---------------------------------------------------------------- 数
const P10 = (k) => 10n ** BigInt(k);
const CNV = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
function cnToInt(s) {
  if (s.includes('十')) { const [a, b] = s.split('十'); return (a ? CNV[a] : 1) * 10 + (b ? CNV[b] : 0); }
  if (s.length !== 1) throw new Error('cn ' + s);
  return CNV[s];
}
// 数字 token → {i: BigInt(按 dp 放大), dp}
function numOf(tok, kind) {
  if (kind === 'cn') return { i: BigInt(cnToInt(tok)), dp: 0 };
  let a = '';
  for (const ch of tok) {
    const c = ch.codePointAt(0);
    if (c >= 0xff10 && c <= 0xff19) a += String.fromCharCode(c - 0xfee0);
    else if (ch === '．') a += '.';
    else if (ch !== ',') a += ch;
  }
  const neg = a.startsWith('-');
  if (neg) a = a.slice(1);
  const [ip, fp = ''] = a.split('.');
  const i = BigInt(ip + fp) * (neg ? -1n : 1n);
  return { i, dp: fp.length };
}
const RX = {
  num: /^-?[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/,
  cn: /^[零一二三四五六七八九十两]+/,
  word: /^[优良中差]/,
};
// 有理数 {n, d}，d > 0
const R = (n, d = 1n) => { if (d < 0n) { n = -n; d = -d; } return { n, d }; };
const fr = (x) => R(x.i, P10(x.dp));
const add = (a, b) => R(a.n * b.d + b.n * a.d, a.d * b.d);
const mul = (a, b) => R(a.n * b.n, a.d * b.d);
const div = (a, b) => R(a.n * b.d, a.d * b.n);
const cmp = (a, b) => { const x = a.n * b.d - b.n * a.d; return x > 0n ? 1 : x < 0n ? -1 : 0; };
const abs = (a) => R(a.n < 0n ? -a.n : a.n, a.d);
const dec = (s) => { const x = numOf(s, 'num'); return fr(x); };
// 半进位舍入到 dp 位，返回放大后的整数
function roundHalfUp(x, dp) {
  const neg = x.n < 0n;
  const n = (neg ? -x.n : x.n) * P10(dp);
  const q = (2n * n + x.d) / (2n * x.d);
  return neg ? -q : q;
}
const matches = (x, fig) => roundHalfUp(x, fig.dp) === fig.i;

// ---------------------------------------------------------------- 解析版面
function parseFile(lines, info, fname) {
  const vals = {};
  const toks = {};
  for (const [ln, lay] of Object.entries(info.lines)) {
    const text = lines[Number(ln) - 1];
    if (text === undefined) { err(`${fname}:${ln} missing line`); continue; }
    let pos = 0;
    for (let k = 0; k < lay.length; k++) {
      const part = lay[k];
      if (k % 2 === 0) {
        if (!text.startsWith(part, pos)) { err(`${fname}:${ln} layout text mismatch at ${pos}: expected «${part}» got «${text.slice(pos, pos + part.length)}»`); break; }
        pos += part.length;
      } else {
        const id = part.slice(1);
        const kind = info.figs[id].kind;
        const m = text.slice(pos).match(RX[kind]);
        if (!m) { err(`${fname}:${ln} no ${kind} figure for ${id} at «${text.slice(pos, pos + 12)}»`); break; }
        toks[id] = m[0];
        vals[id] = kind === 'word' ? { w: m[0] } : numOf(m[0], kind);
        pos += m[0].length;
      }
    }
    if (pos !== text.length) err(`${fname}:${ln} trailing text not consumed`);
  }
  return { vals, toks };
}

// ---------------------------------------------------------------- 关系
function terms(ts, V) { return ts.reduce((a, t) => add(a, mul(fr(V[t.id]), R(BigInt(t.s)))), R(0n)); }
function check(rel, V) {
  switch (rel.type) {
    case 'sum': return matches(terms(rel.terms, V), V[rel.total]);
    case 'ratio': {
      const den = terms(rel.den, V);
      if (den.n === 0n) return false;
      return matches(div(mul(terms(rel.num, V), R(BigInt(rel.mul))), den), V[rel.r]);
    }
    case 'change': {
      const c = fr(V[rel.cur]), p = fr(V[rel.prev]);
      const x = div(mul(add(c, mul(p, R(-1n))), R(BigInt(100 * rel.sign))), p);
      return matches(x, V[rel.r]);
    }
    case 'conv': return matches(mul(fr(V[rel.from]), dec(rel.factor)), V[rel.to]);
    case 'eq': {
      const a = V[rel.a], b = V[rel.b];
      return a.dp >= b.dp ? matches(fr(a), b) : matches(fr(b), a);
    }
    case 'score_cap': {
      const w = fr(V[rel.w]);
      let x = div(mul(fr(V[rel.rate]), w), R(100n));
      if (cmp(x, w) > 0) x = w;
      return matches(x, V[rel.s]);
    }
    case 'score_ind': {
      const a = fr(V[rel.actual]), t = fr(V[rel.target]), w = fr(V[rel.w]);
      const c = cmp(a, t);
      const met = rel.cmp === 'ge' ? c >= 0 : rel.cmp === 'le' ? c <= 0 : c === 0;
      let x;
      if (met) x = w;
      else if (rel.cmp === 'ge') x = div(mul(w, a), t);
      else if (rel.cmp === 'le') x = div(mul(w, t), a);
      else return false;
      return matches(x, V[rel.s]);
    }
    case 'score_full': return cmp(fr(V[rel.s]), fr(V[rel.w])) === 0;
    case 'grade': {
      const t = fr(V[rel.total]);
      const g = cmp(t, R(90n)) >= 0 ? '优' : cmp(t, R(80n)) >= 0 ? '良' : cmp(t, R(60n)) >= 0 ? '中' : '差';
      return V[rel.g].w === g;
    }
    default: throw new Error('unknown relation ' + rel.type);
  }
}

// ---------------------------------------------------------------- 主流程
const answers = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').split('\n').filter(Boolean);
if (answers[0] !== 'file\tline\told\tnew\trelation') err('ANSWERS.tsv header');
const ans = {};
for (const row of answers.slice(1)) { const c = row.split('\t'); if (c.length !== 5) err('ANSWERS row ' + row); ans[c[0]] = c; }

const stat = { format: {}, kind: {}, rel: {}, bad: {} };
let nrel = 0, ndecoy = 0;
const expectFiles = Object.keys(REL.files).sort();
const cleanDir = fs.readdirSync(path.join(ROOT, 'clean')).sort();
if (JSON.stringify(cleanDir) !== JSON.stringify(expectFiles)) err('clean/ listing differs from relations.json');
const badDir = fs.readdirSync(path.join(ROOT, 'bad')).filter((f) => f !== 'ANSWERS.tsv').sort();
if (JSON.stringify(badDir) !== JSON.stringify(expectFiles)) err('bad/ listing differs from relations.json');

for (const fname of expectFiles) {
  const info = REL.files[fname];
  const fmt = path.extname(fname).slice(1);
  stat.format[fmt] = (stat.format[fmt] || 0) + 1;
  stat.kind[info.kind] = (stat.kind[info.kind] || 0) + 1;
  const cl = readLines(path.join(ROOT, 'clean', fname));
  const bl = readLines(path.join(ROOT, 'bad', fname));
  // 篇幅 2–8 KB
  const bytes = Buffer.byteLength(cl.join('\n'));
  if (bytes < 2048 || bytes > 8192) err(`${fname}: text size ${bytes} bytes outside 2–8 KB`);
  if (fmt === 'txt') cl.forEach((l, k) => { if (/^\s*(#|\||\*\*|- |> )/.test(l) || /\*\*/.test(l)) err(`${fname}:${k + 1} markdown syntax in txt`); });
  // 干净文件
  const C = parseFile(cl, info, 'clean/' + fname);
  for (const [id, f] of Object.entries(info.figs)) if (C.toks[id] !== f.text) err(`clean/${fname}: figure ${id} reads «${C.toks[id]}» expected «${f.text}»`);
  const failsClean = [];
  info.relations.forEach((r, k) => { stat.rel[r.type] = (stat.rel[r.type] || 0) + 1; nrel++; if (!check(r, C.vals)) failsClean.push(k); });
  for (const k of failsClean) err(`clean/${fname}: relation #${k} fails ${JSON.stringify(info.relations[k])}`);
  for (const dc of info.decoys) {
    ndecoy++;
    const a = C.vals[dc.a], b = C.vals[dc.b];
    if (!a || !b) { err(`${fname}: decoy ids missing`); continue; }
    if (a.i !== undefined && b.i !== undefined && cmp(fr(a), fr(b)) === 0) err(`${fname}: decoy ${dc.a}/${dc.b} are equal`);
  }
  // 坏文件：除一个数字外逐字相同
  if (bl.length !== cl.length) err(`bad/${fname}: line count differs`);
  const diffLines = [];
  for (let k = 0; k < Math.max(cl.length, bl.length); k++) if (cl[k] !== bl[k]) diffLines.push(k + 1);
  const B = parseFile(bl, info, 'bad/' + fname);
  const changed = Object.keys(info.figs).filter((id) => B.toks[id] !== C.toks[id]);
  const bad = info.bad;
  if (changed.length !== 1 || changed[0] !== bad.id) err(`bad/${fname}: changed figures ${JSON.stringify(changed)} expected [${bad.id}]`);
  if (diffLines.length !== 1 || diffLines[0] !== info.figs[bad.id].line) err(`bad/${fname}: differing lines ${JSON.stringify(diffLines)}`);
  if (B.toks[bad.id] !== bad.new || C.toks[bad.id] !== bad.old) err(`bad/${fname}: token old/new mismatch`);
  const failsBad = [];
  info.relations.forEach((r, k) => { if (!check(r, B.vals)) failsBad.push(k); });
  if (failsBad.length !== 1 || failsBad[0] !== bad.rel) err(`bad/${fname}: broken relations ${JSON.stringify(failsBad)} expected [${bad.rel}]`);
  // 超出舍入：新值与旧值相差不止末位
  const o = numOfSafe(bad.old, info.figs[bad.id].kind), nw = numOfSafe(bad.new, info.figs[bad.id].kind);
  if (o && nw && o.dp === nw.dp) { const dlt = o.i > nw.i ? o.i - nw.i : nw.i - o.i; if (dlt <= 1n) err(`bad/${fname}: change within rounding`); }
  const a = ans[fname];
  if (!a) err(`ANSWERS.tsv: no row for ${fname}`);
  else {
    if (a[2] !== bad.old || a[3] !== bad.new) err(`ANSWERS.tsv ${fname}: old/new differ from file`);
    if (fmt !== 'docx' && Number(a[1]) !== info.figs[bad.id].line) err(`ANSWERS.tsv ${fname}: line`);
    if (fmt !== 'docx' && !bl[Number(a[1]) - 1].includes(bad.new)) err(`ANSWERS.tsv ${fname}: new not on line`);
  }
  stat.bad[bad.kind] = (stat.bad[bad.kind] || 0) + 1;
  console.log(`ok ${fname.padEnd(40)} ${String(info.relations.length).padStart(3)} relations, ${String(Object.keys(info.figs).length).padStart(3)} figures, ${String(info.decoys.length).padStart(2)} decoys, ${bytes} B; bad: ${bad.kind} (${bad.old} → ${bad.new}, rel #${bad.rel} ${info.relations[bad.rel].type})`);
}
function numOfSafe(t, kind) { try { return kind === 'word' ? null : numOf(t, kind); } catch (e) { return null; } }
if (Object.keys(ans).length !== expectFiles.length) err('ANSWERS.tsv row count');

console.log('\nformats:', JSON.stringify(stat.format));
console.log('kinds:', JSON.stringify(stat.kind));
console.log('relation types:', JSON.stringify(stat.rel));
console.log('bad kinds:', JSON.stringify(stat.bad));
console.log(`${expectFiles.length} files, ${nrel} clean relations checked, ${ndecoy} decoys, ${expectFiles.length} bad files`);
if (errors) { console.log(`FAIL: ${errors} error(s)`); process.exit(1); }
console.log(`${expectFiles.length * 2} passed, 0 failed`);

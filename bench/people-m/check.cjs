'use strict';
// check.cjs —— people-m 语料的独立校验器
// 从 clean/ 与 bad/ 的文件本身重新读出每个登记数字（.docx 自行解压、解析 word/document.xml），
// 用 BigInt 有理数重算 relations.json 中登记的每条关系：
//   · 干净稿：全部成立；
//   · 错误稿：与干净稿相比恰好一个数字记号不同，恰好一条关系不成立（且明显超出舍入），与 bad/ANSWERS.tsv 一致。
// 用法：node check.cjs     成功时最后一行输出 ALL OK，退出码 0。
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const ROOT = __dirname;
const errors = [];
const fail = (m) => errors.push(m);

// ── 有理数 ──
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
class Q {
  constructor(n, d = 1n) {
    if (d === 0n) throw new Error('除以零');
    if (d < 0n) { n = -n; d = -d; }
    const g = gcd(n, d) || 1n;
    this.n = n / g; this.d = d / g;
  }
  static of(s) { // "1,234.56" → Q
    s = s.replace(/,/g, '');
    const m = /^(-?)(\d+)(?:\.(\d+))?$/.exec(s);
    if (!m) throw new Error('不是数字: ' + s);
    const f = m[3] || '';
    const q = new Q(BigInt(m[2] + f), 10n ** BigInt(f.length));
    return m[1] ? q.neg() : q;
  }
  add(o) { return new Q(this.n * o.d + o.n * this.d, this.d * o.d); }
  sub(o) { return new Q(this.n * o.d - o.n * this.d, this.d * o.d); }
  mul(o) { return new Q(this.n * o.n, this.d * o.d); }
  div(o) { return new Q(this.n * o.d, this.d * o.n); }
  neg() { return new Q(-this.n, this.d); }
  cmp(o) { const x = this.n * o.d - o.n * this.d; return x < 0n ? -1 : x > 0n ? 1 : 0; }
  eq(o) { return this.cmp(o) === 0; }
  abs() { return this.n < 0n ? this.neg() : this; }
  // 四舍五入（半数远离零）到 k 位小数
  round(k) {
    const s = 10n ** BigInt(k);
    const neg = this.n < 0n;
    const n = neg ? -this.n : this.n;
    const q = (2n * n * s + this.d) / (2n * this.d);
    return new Q(neg ? -q : q, s);
  }
  toString() {
    // 展示用：最多 6 位小数
    const s = this.round(6), neg = s.n < 0n, n = neg ? -s.n : s.n;
    const scaled = n * (10n ** 6n) / s.d;
    const str = scaled.toString().padStart(7, '0');
    return (neg ? '-' : '') + str.slice(0, -6) + '.' + str.slice(-6).replace(/0+$/, '').padEnd(1, '0');
  }
}

// ── 表达式：标识符（数字编号）、常数、+ - * / ( )、min(a,b)、max(a,b) ──
function parseExpr(src) {
  const toks = src.match(/[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|[-+*/(),]/g) || [];
  let i = 0;
  const peek = () => toks[i], next = () => toks[i++];
  function primary() {
    const t = next();
    if (t === '(') { const e = expr(); if (next() !== ')') throw new Error('缺 )：' + src); return e; }
    if (t === '-') return { op: 'neg', a: primary() };
    if (/^\d/.test(t)) return { c: Q.of(t) };
    if (t === 'min' || t === 'max') {
      if (next() !== '(') throw new Error('函数缺 (');
      const a = expr(); if (next() !== ',') throw new Error('函数缺 ,');
      const b = expr(); if (next() !== ')') throw new Error('函数缺 )');
      return { op: t, a, b };
    }
    if (/^[A-Za-z_]/.test(t)) return { id: t };
    throw new Error(`表达式无法解析：${src}`);
  }
  function term() {
    let a = primary();
    while (peek() === '*' || peek() === '/') { const op = next(); a = { op, a, b: primary() }; }
    return a;
  }
  function expr() {
    let a = term();
    while (peek() === '+' || peek() === '-') { const op = next(); a = { op, a, b: term() }; }
    return a;
  }
  const e = expr();
  if (i !== toks.length) throw new Error(`表达式多余内容：${src}`);
  return e;
}
function evalExpr(e, val) {
  if (e.c) return e.c;
  if (e.id) return val(e.id);
  if (e.op === 'neg') return evalExpr(e.a, val).neg();
  const a = evalExpr(e.a, val), b = evalExpr(e.b, val);
  switch (e.op) {
    case '+': return a.add(b);
    case '-': return a.sub(b);
    case '*': return a.mul(b);
    case '/': return a.div(b);
    case 'min': return a.cmp(b) <= 0 ? a : b;
    case 'max': return a.cmp(b) >= 0 ? a : b;
  }
  throw new Error('未知运算 ' + e.op);
}
const idsOf = (e, out = new Set()) => { if (e.id) out.add(e.id); if (e.a) idsOf(e.a, out); if (e.b) idsOf(e.b, out); return out; };

// ── 读文件：文本按行，Word 按段落/单元格 ──
function unzip(buf) {
  // 自行解析 ZIP：中央目录 → 本地头 → 解压（0 存储 / 8 deflate）
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) if (buf.readUInt32LE(i) === 0x06054b50) { eocd = i; break; }
  if (eocd < 0) throw new Error('不是 ZIP');
  const n = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const files = new Map();
  for (let k = 0; k < n; k++) {
    if (buf.readUInt32LE(p) !== 0x02014b50) throw new Error('中央目录损坏');
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20);
    const nlen = buf.readUInt16LE(p + 28), xlen = buf.readUInt16LE(p + 30), clen = buf.readUInt16LE(p + 32);
    const off = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nlen).toString('utf8');
    const lnlen = buf.readUInt16LE(off + 26), lxlen = buf.readUInt16LE(off + 28);
    const data = buf.slice(off + 30 + lnlen + lxlen, off + 30 + lnlen + lxlen + csize);
    files.set(name, method === 0 ? data : zlib.inflateRawSync(data));
    p += 46 + nlen + xlen + clen;
  }
  return files;
}
const unxml = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(+d)).replace(/&amp;/g, '&');
function paraText(xml) {
  let s = '';
  const re = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<w:t\/>|<w:tab\/>/g;
  let m;
  while ((m = re.exec(xml))) s += m[1] != null ? unxml(m[1]) : (m[0] === '<w:tab/>' ? '\t' : '');
  return s;
}
function readDocx(file) {
  const xml = unzip(fs.readFileSync(file)).get('word/document.xml').toString('utf8');
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const places = new Map();
  let i = 0, p = 0, t = 0;
  const nextTag = (from) => {
    const re = /<w:p\/>|<w:p[\s>]|<w:tbl>|<w:sectPr/g;
    re.lastIndex = from;
    return re.exec(body);
  };
  for (;;) {
    const m = nextTag(i);
    if (!m || m[0].startsWith('<w:sectPr')) break;
    if (m[0] === '<w:p/>') { p++; places.set(`P${p}`, ''); i = m.index + 6; continue; }
    if (m[0] === '<w:tbl>') {
      const end = body.indexOf('</w:tbl>', m.index);
      const tbl = body.slice(m.index, end);
      t++;
      const rows = tbl.split(/<w:tr[\s>]/).slice(1);
      rows.forEach((r, ri) => {
        const cells = r.split(/<w:tc>|<w:tc\s[^>]*>/).slice(1);
        cells.forEach((c, ci) => places.set(`T${t}R${ri + 1}C${ci + 1}`, paraText(c)));
      });
      i = end + 8;
      continue;
    }
    const end = body.indexOf('</w:p>', m.index);
    p++;
    places.set(`P${p}`, paraText(body.slice(m.index, end)));
    i = end + 6;
  }
  return places;
}
function readPlaces(file) {
  if (file.endsWith('.docx')) return readDocx(file);
  const txt = fs.readFileSync(file, 'utf8');
  if (!txt.endsWith('\n')) fail(`${file}: 文件未以换行结束`);
  const lines = txt.replace(/\n$/, '').split('\n');
  return new Map(lines.map((l, i) => [String(i + 1), l]));
}
// 数字记号：独立实现（连续数字，可含千分位逗号与小数点）
function numTokens(s) {
  const out = [];
  let i = 0;
  const isD = (c) => c >= '0' && c <= '9';
  while (i < s.length) {
    if (!isD(s[i])) { i++; continue; }
    let j = i;
    while (j < s.length && isD(s[j])) j++;
    while (s[j] === ',' && isD(s[j + 1]) && isD(s[j + 2]) && isD(s[j + 3]) && !isD(s[j + 4])) j += 4;
    if (s[j] === '.' && isD(s[j + 1])) { j++; while (j < s.length && isD(s[j])) j++; }
    out.push({ i, t: s.slice(i, j) });
    i = j;
  }
  return out;
}
function readFigures(places, figs, label) {
  const val = {}, txt = {};
  for (const [id, f] of Object.entries(figs)) {
    const s = places.get(f.place);
    if (s == null) { fail(`${label}: ${id} 所在位置 ${f.place} 不存在`); continue; }
    if (f.word) {
      let occ = -1, at = -1;
      do { at = s.indexOf(f.text, at + 1); if (at >= 0) occ++; } while (at >= 0 && occ < f.occ);
      if (at < 0) fail(`${label}: 位置 ${f.place} 找不到文字“${f.text}”（第 ${f.occ + 1} 处）`);
      txt[id] = f.text;
      continue;
    }
    const tk = numTokens(s)[f.k];
    if (!tk) { fail(`${label}: ${id} 在 ${f.place} 没有第 ${f.k + 1} 个数字`); continue; }
    txt[id] = tk.t;
    val[id] = Q.of(tk.t);
  }
  return { val, txt };
}
const decimals = (t) => (t.includes('.') ? t.split('.')[1].length : 0);
const band = (s) => (s.cmp(Q.of('90')) >= 0 ? '优' : s.cmp(Q.of('80')) >= 0 ? '良' : s.cmp(Q.of('60')) >= 0 ? '中' : '差');

// 单条关系：返回 {ok, detail, margin}，margin 为偏离（以左侧末位单位计）
function evalRel(r, R) {
  const v = (id) => { if (!(id in R.val)) throw new Error(`缺数字 ${id}`); return R.val[id]; };
  if (r.mode === 'grade') {
    const s = v(r.lhs), g = R.txt[r.rhs];
    const want = band(s);
    return { ok: want === g, detail: `得分 ${R.txt[r.lhs]} → 应为“${want}”，文中“${g}”`, margin: want === g ? 0 : 99 };
  }
  if (r.mode === 'count') {
    for (const id of r.rhs) if (!(id in R.txt)) throw new Error(`缺条目 ${id}`);
    const want = new Q(BigInt(r.rhs.length));
    const ok = v(r.lhs).eq(want);
    return { ok, detail: `文中 ${R.txt[r.lhs]}，逐项列出 ${r.rhs.length} 项`, margin: ok ? 0 : Number(v(r.lhs).sub(want).abs().n) };
  }
  const left = parseExpr(r.lhs), right = parseExpr(r.rhs);
  const L = evalExpr(left, v), Rv = evalExpr(right, v);
  const lhsText = left.id ? R.txt[left.id] : null;
  const unit = lhsText ? new Q(1n, 10n ** BigInt(decimals(lhsText))) : new Q(1n, 100n);
  let ok, cmpTo;
  if (r.mode === 'round') {
    if (!left.id) throw new Error(`round 关系左侧须为单个数字：${r.id}`);
    cmpTo = Rv.round(decimals(lhsText));
    ok = L.eq(cmpTo);
  } else {
    cmpTo = Rv;
    ok = L.eq(Rv);
  }
  const off = L.sub(Rv).abs().div(unit);
  return { ok, detail: `${r.lhs} = ${L}；${r.rhs} = ${Rv}${r.mode === 'round' ? `（保留 ${decimals(lhsText)} 位：${cmpTo}）` : ''}`, margin: Number(off.n / off.d) };
}

// ── 主流程 ──
const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'relations.json'), 'utf8'));
const answersTxt = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').replace(/\n$/, '').split('\n');
const head = answersTxt.shift().split('\t');
if (head.join('|') !== 'file|line_or_place|old|new|relation') fail('ANSWERS.tsv 表头不对：' + head.join('|'));
const answers = new Map();
for (const line of answersTxt) {
  const c = line.split('\t');
  if (c.length !== 5) { fail('ANSWERS.tsv 列数不对：' + line); continue; }
  answers.set(c[0], { place: c[1], old: c[2], neu: c[3], rel: (/^\[([^\]]+)\]/.exec(c[4]) || [])[1] });
}
const files = Object.keys(spec.files).sort();
const listed = (d) => fs.readdirSync(path.join(ROOT, d)).filter((f) => f !== 'ANSWERS.tsv').sort();
if (listed('clean').join() !== files.join()) fail('clean/ 的文件与登记不一致');
if (listed('bad').join() !== files.join()) fail('bad/ 的文件与登记不一致');
if ([...answers.keys()].sort().join() !== files.join()) fail('ANSWERS.tsv 的文件与登记不一致');

// 不得出现的真实地名（湖南）
const REAL = ['株洲', '芦淞', '长沙', '衡阳', '湘潭', '岳阳', '常德', '益阳', '郴州', '永州', '怀化', '娄底', '邵阳', '张家界', '湘西', '醴陵', '浏阳', '攸县', '茶陵', '炎陵', '荷塘', '石峰', '天元', '渌口', '宁乡', '韶山', '湖南'];

let nRel = 0, nFig = 0;
const counts = { md: 0, txt: 0, docx: 0 }, kinds = {};
const summary = [];
for (const file of files) {
  const F = spec.files[file];
  counts[F.format]++;
  kinds[F.kind] = (kinds[F.kind] || 0) + 1;
  nRel += F.relations.length;
  nFig += Object.keys(F.figures).length;
  const cp = readPlaces(path.join(ROOT, 'clean', file));
  const bp = readPlaces(path.join(ROOT, 'bad', file));
  for (const s of cp.values()) for (const w of REAL) if (s.includes(w)) fail(`${file}: 出现真实地名“${w}”`);
  // 干净稿：文字与登记一致，关系全部成立
  const C = readFigures(cp, F.figures, `clean/${file}`);
  for (const [id, f] of Object.entries(F.figures)) if (C.txt[id] !== undefined && C.txt[id] !== f.text) fail(`clean/${file}: ${id} 读到“${C.txt[id]}”，登记为“${f.text}”`);
  for (const r of F.relations) {
    try {
      const e = evalRel(r, C);
      if (!e.ok) fail(`clean/${file}: 关系 ${r.id}（${r.kind}：${r.desc}）不成立：${e.detail}`);
    } catch (ex) { fail(`clean/${file}: 关系 ${r.id} 计算出错：${ex.message}`); }
  }
  // 错误稿：与干净稿只差一个数字记号
  const diffs = [];
  const allPlaces = new Set([...cp.keys(), ...bp.keys()]);
  for (const pl of allPlaces) {
    const a = cp.get(pl), b = bp.get(pl);
    if (a === b) continue;
    if (a == null || b == null) { diffs.push({ place: pl, bad: '位置增删' }); continue; }
    const ta = numTokens(a), tb = numTokens(b);
    if (ta.length !== tb.length) { diffs.push({ place: pl, bad: '数字个数不同' }); continue; }
    let rebuilt = b;
    const ch = [];
    for (let k = ta.length - 1; k >= 0; k--) {
      if (ta[k].t !== tb[k].t) { ch.push({ k, old: ta[k].t, neu: tb[k].t }); rebuilt = rebuilt.slice(0, tb[k].i) + ta[k].t + rebuilt.slice(tb[k].i + tb[k].t.length); }
    }
    if (rebuilt !== a) { diffs.push({ place: pl, bad: '非数字文字也有改动' }); continue; }
    for (const c of ch) diffs.push({ place: pl, ...c });
  }
  const ans = answers.get(file);
  if (diffs.length !== 1 || diffs[0].bad) fail(`bad/${file}: 应恰好改动一个数字，实际 ${JSON.stringify(diffs)}`);
  else if (ans) {
    const d = diffs[0];
    if (d.place !== ans.place || d.old !== ans.old || d.neu !== ans.neu) fail(`bad/${file}: 改动 ${d.place} ${d.old}→${d.neu} 与 ANSWERS（${ans.place} ${ans.old}→${ans.neu}）不符`);
    if (F.mutation.place !== d.place || F.mutation.k !== d.k) fail(`bad/${file}: 改动位置与登记不符`);
  }
  const B = readFigures(bp, F.figures, `bad/${file}`);
  const broken = [];
  for (const r of F.relations) {
    try {
      const e = evalRel(r, B);
      if (!e.ok) broken.push({ r, e });
    } catch (ex) { fail(`bad/${file}: 关系 ${r.id} 计算出错：${ex.message}`); }
  }
  if (broken.length !== 1) fail(`bad/${file}: 应恰好一条关系不成立，实际 ${broken.length} 条：${broken.map((x) => x.r.id).join(',')}`);
  else {
    const { r, e } = broken[0];
    if (ans && r.id !== ans.rel) fail(`bad/${file}: 不成立的是 ${r.id}，ANSWERS 写的是 ${ans.rel}`);
    if (e.margin < 2) fail(`bad/${file}: 关系 ${r.id} 偏离过小（${e.margin} 个末位单位），不够“明显”`);
    summary.push(`${file}\t${r.kind}\t[${r.id}] ${r.desc}\t${ans ? `${ans.place}: ${ans.old}→${ans.neu}` : ''}\t${e.detail}`);
  }
}
if (files.length !== 24) fail(`报告应为 24 份，实际 ${files.length}`);
console.log(`报告 ${files.length} 份（md ${counts.md} / txt ${counts.txt} / docx ${counts.docx}；${Object.entries(kinds).map(([k, v]) => `${k} ${v}`).join('，')}），登记数字 ${nFig} 个，关系 ${nRel} 条`);
if (process.argv.includes('-v')) for (const s of summary) console.log(s);
if (errors.length) {
  for (const e of errors) console.log('✗ ' + e);
  console.log(`FAILED（${errors.length} 处）`);
  process.exit(1);
}
console.log('ALL OK');

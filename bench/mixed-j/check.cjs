'use strict';
// 独立校验器：node check.cjs
// 按 spec/NN.json 到 clean/ 与 bad/ 文件的指定行、列重新读取数字原文，自行解析（不调用 gen.cjs），
// 用 BigInt 有理数运算逐条验证关系：clean 中全部成立；bad 中恰好一条不成立，且就是答案所指的那条、在答案所指的行。
const fs = require('fs');
const path = require('path');
const ROOT = __dirname;

// ---------- 有理数 ----------
const abs = (x) => (x < 0n ? -x : x);
function gcd(a, b) { a = abs(a); b = abs(b); while (b) [a, b] = [b, a % b]; return a || 1n; }
function Q(n, d = 1n) { if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d); return { n: n / g, d: d / g }; }
const add = (a, b) => Q(a.n * b.d + b.n * a.d, a.d * b.d);
const sub = (a, b) => Q(a.n * b.d - b.n * a.d, a.d * b.d);
const mul = (a, b) => Q(a.n * b.n, a.d * b.d);
const dvd = (a, b) => { if (b.n === 0n) throw new Error('division by zero'); return Q(a.n * b.d, a.d * b.n); };
const cmp = (a, b) => { const x = a.n * b.d - b.n * a.d; return x < 0n ? -1 : x > 0n ? 1 : 0; };
const qabs = (a) => Q(abs(a.n), a.d);
function roundHU(a) { // 四舍五入到整数
  const neg = a.n < 0n; const n = abs(a.n);
  const q = (2n * n + a.d) / (2n * a.d);
  return neg ? -q : q;
}
const pow10 = (k) => 10n ** BigInt(k);

// ---------- 数字原文解析 ----------
const CNV = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CNU = { 十: 10, 百: 100, 千: 1000 };
function cnInt(s) {
  let total = 0, sec = 0, digit = 0;
  for (const ch of s) {
    if (ch in CNV) digit = CNV[ch];
    else if (ch in CNU) { sec += (digit || 1) * CNU[ch]; digit = 0; }
    else if (ch === '万') { total += (sec + digit) * 10000; sec = 0; digit = 0; }
    else throw new Error('bad chinese numeral ' + s);
  }
  return total + sec + digit;
}
function unitMult(u) {
  if (u === '亿元') return Q(100000000n);
  if (u === '万元') return Q(10000n);
  if (u === '%' || u === '％' || u === '个百分点' || u === '百分点') return Q(1n, 100n);
  if (u.startsWith('亿')) return Q(100000000n);
  if (u.startsWith('万')) return Q(10000n);
  return Q(1n);
}
const GRADES = ['优', '良', '中', '差'];
function parseFig(text, unitOverride) {
  if (GRADES.includes(text[0]) && text.length <= 2) return { grade: text[0] };
  let m = /^(-?[0-9][0-9,]*(?:\.[0-9]+)?)(.*)$/.exec(text);
  let n, dec;
  if (m) {
    const s = m[1].replace(/,/g, '');
    if (m[1].includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(m[1])) throw new Error('bad separators ' + text);
    const [ip, fp = ''] = s.split('.');
    n = BigInt(ip + fp); dec = fp.length;
  } else {
    m = /^([零〇一二两三四五六七八九十百千万]+)(.*)$/.exec(text);
    if (!m) throw new Error('cannot parse figure "' + text + '"');
    n = BigInt(cnInt(m[1])); dec = 0;
  }
  const unit = m[2] || unitOverride || '';
  const mult = unitMult(unit);
  const shown = Q(n, pow10(dec));
  return { shown, dec, unit, mult, v: mul(shown, mult), prec: mul(Q(1n, pow10(dec)), mult) };
}

// ---------- 关系 ----------
const GRADE_OF = (x) => (cmp(x, Q(90n)) >= 0 ? '优' : cmp(x, Q(80n)) >= 0 ? '良' : cmp(x, Q(60n)) >= 0 ? '中' : '差');
const CLEAR = Q(3n); // 错误至少偏离 3 个末位单位才算“明显”
function unitsOff(diff, prec) { return dvd(qabs(diff), prec); }
function evalRel(r, F) {
  const g = (id) => { const x = F[id]; if (!x) throw new Error(`relation ${r.id}: unknown figure ${id}`); return x; };
  switch (r.kind) {
    case 'sum': {
      let s = Q(0n);
      r.parts.forEach((p, i) => { const v = g(p).v; s = (r.signs && r.signs[i] < 0) ? sub(s, v) : add(s, v); });
      const t = g(r.total);
      const off = unitsOff(sub(s, t.v), t.prec);
      return { ok: off.n === 0n, clear: cmp(off, CLEAR) >= 0, info: `Σ=${show(s)} 合计=${show(t.v)}` };
    }
    case 'ratio':
    case 'growth': {
      let e;
      if (r.kind === 'ratio') e = dvd(g(r.num).v, g(r.den).v);
      else { const c = g(r.cur).v, p = g(r.prev).v; e = mul(dvd(sub(c, p), p), Q(BigInt(r.dir))); }
      const res = g(r.res);
      const exact = mul(dvd(e, res.mult), Q(pow10(res.dec))); // 以末位为单位
      const want = roundHU(exact);
      const have = res.shown.n * pow10(res.dec) / res.shown.d;
      const off = qabs(sub(Q(have), exact));
      return { ok: want === have, clear: cmp(off, CLEAR) >= 0, info: `应为${fmtScaled(want, res.dec)}${res.unit} 实为${fmtScaled(have, res.dec)}${res.unit}` };
    }
    case 'same': {
      const xs = r.figs.map(g);
      let P = xs[0].prec;
      for (const x of xs) if (cmp(x.prec, P) > 0) P = x.prec;
      const rs = xs.map((x) => roundHU(dvd(x.v, P)));
      const ok = rs.every((y) => y === rs[0]);
      let maxOff = 0n;
      for (const y of rs) if (abs(y - rs[0]) > maxOff) maxOff = abs(y - rs[0]);
      return { ok, clear: maxOff >= 3n, info: xs.map((x) => show(x.v)).join(' / ') };
    }
    case 'approx': {
      const e = g(r.exact).v, a = g(r.approx).v;
      let ok;
      switch (r.mode) {
        case 'about': ok = cmp(qabs(sub(e, a)), mul(a, Q(5n, 100n))) <= 0; break; // 约：相差不超过 5%
        case 'over': ok = cmp(e, a) > 0 && cmp(e, mul(a, Q(12n, 10n))) < 0; break; // 超：大于且不到 1.2 倍
        case 'atleast': ok = cmp(e, a) >= 0 && cmp(e, mul(a, Q(12n, 10n))) < 0; break; // 以上：不小于
        case 'more': ok = cmp(e, a) >= 0 && cmp(e, mul(a, Q(11n, 10n))) < 0; break; // 余：不小于且不到 1.1 倍
        case 'near': ok = cmp(e, a) < 0 && cmp(e, mul(a, Q(9n, 10n))) >= 0; break; // 近：略小于
        default: throw new Error('approx mode ' + r.mode);
      }
      return { ok, clear: true, info: `${show(e)} ~ ${show(a)} (${r.mode})` };
    }
    case 'count': {
      const c = g(r.count).v;
      const ok = cmp(c, Q(BigInt(r.items.length))) === 0;
      return { ok, clear: true, info: `写${show(c)}，列出${r.items.length}项` };
    }
    case 'grade': {
      const s = g(r.score).v, gr = g(r.grade).grade;
      return { ok: GRADE_OF(s) === gr, clear: true, info: `${show(s)}分 → ${GRADE_OF(s)}，写作${gr}` };
    }
    case 'score_rate': {
      let rate = g(r.rate).v; if (cmp(rate, Q(1n)) > 0) rate = Q(1n);
      const sc = g(r.score);
      const exact = mul(mul(rate, g(r.weight).v), Q(pow10(sc.dec)));
      const want = roundHU(exact), have = sc.shown.n * pow10(sc.dec) / sc.shown.d;
      return { ok: want === have, clear: abs(want - have) >= 3n, info: `应得${fmtScaled(want, sc.dec)} 实为${fmtScaled(have, sc.dec)}` };
    }
    case 'score_prop': {
      const a = g(r.actual).v, t = g(r.target).v, w = g(r.weight).v, sc = g(r.score);
      const met = r.dir === 'le' ? cmp(a, t) <= 0 : cmp(a, t) >= 0;
      const share = met ? Q(1n) : (r.dir === 'le' ? dvd(t, a) : dvd(a, t));
      const exact = mul(mul(share, w), Q(pow10(sc.dec)));
      const want = roundHU(exact), have = sc.shown.n * pow10(sc.dec) / sc.shown.d;
      return { ok: want === have, clear: abs(want - have) >= 3n, info: `应得${fmtScaled(want, sc.dec)} 实为${fmtScaled(have, sc.dec)}` };
    }
    default: throw new Error('unknown relation kind ' + r.kind);
  }
}
function fmtScaled(x, dec) {
  const neg = x < 0n; let s = abs(x).toString();
  while (s.length <= dec) s = '0' + s;
  return (neg ? '-' : '') + (dec ? s.slice(0, -dec) + '.' + s.slice(-dec) : s);
}
function show(q) { return fmtScaled(roundHU(mul(q, Q(100n))), 2); }

// ---------- 主流程 ----------
function readLines(f) { return fs.readFileSync(path.join(ROOT, f), 'utf8').replace(/\n$/, '').split('\n'); }
function loadFigs(spec, lines, file, errs) {
  const F = {};
  for (const [id, fg] of Object.entries(spec.figures)) {
    const L = lines[fg.line - 1];
    if (L === undefined || L.slice(fg.col, fg.col + fg.text.length) !== fg.text) { errs.push(`${file}: ${id} 「${fg.text}」 不在第${fg.line}行第${fg.col}列`); continue; }
    try { F[id] = parseFig(fg.text, fg.unit); } catch (e) { errs.push(`${file}: ${id}: ${e.message}`); }
  }
  return F;
}
const specs = fs.readdirSync(path.join(ROOT, 'spec')).filter((f) => /^\d\d\.json$/.test(f)).sort();
const answers = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
if (answers[0] !== 'file\tline\told\tnew\trelation') { console.log('ANSWERS.tsv: bad header'); process.exit(1); }
const ansRows = new Map(answers.slice(1).map((l) => { const c = l.split('\t'); return [c[0], c]; }));
let fails = 0, nrel = 0;
const kinds = {};
for (const sf of specs) {
  const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', sf), 'utf8'));
  const errs = [];
  const clean = readLines(spec.clean), bad = readLines(spec.bad);
  if (clean.length < 50 || clean.length > 150) errs.push(`${spec.clean}: ${clean.length} 行，不在 50–150 之间`);
  const ext = path.extname(spec.clean);
  if (ext === '.txt' && clean.some((l) => /^#/.test(l) || /^\|/.test(l))) errs.push(`${spec.clean}: 纯文本中出现 Markdown 标记`);
  if (ext === '.md' && !clean.some((l) => /^# /.test(l))) errs.push(`${spec.clean}: 缺少 Markdown 标题`);
  // clean：全部成立
  const F = loadFigs(spec, clean, spec.clean, errs);
  if (!errs.length) for (const r of spec.relations) {
    nrel++;
    const res = evalRel(r, F);
    if (!res.ok) errs.push(`${spec.clean}: 关系 ${r.id}（${r.desc}）不成立：${res.info}`);
  }
  // bad：只有一行不同、只改了一个数字
  const a = spec.answer;
  const diffLines = [];
  if (bad.length !== clean.length) errs.push(`${spec.bad}: 行数不同`);
  for (let i = 0; i < Math.max(bad.length, clean.length); i++) if (bad[i] !== clean[i]) diffLines.push(i + 1);
  if (diffLines.length !== 1 || diffLines[0] !== a.line) errs.push(`${spec.bad}: 不同的行为 ${diffLines.join(',')}，答案为 ${a.line}`);
  let broken = [];
  if (!errs.length) {
    const c = clean[a.line - 1], b = bad[a.line - 1];
    let pre = 0; while (pre < c.length && pre < b.length && c[pre] === b[pre]) pre++;
    let suf = 0; while (suf < c.length - pre && suf < b.length - pre && c[c.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
    const s = pre, e = c.length - suf;
    const hits = Object.entries(spec.figures).filter(([, fg]) => fg.line === a.line && fg.col <= s && fg.col + fg.text.length >= e);
    if (hits.length !== 1) errs.push(`${spec.bad}: 改动处落在 ${hits.length} 个已登记数字内`);
    else {
      const [id, fg] = hits[0];
      const newText = b.slice(fg.col, fg.col + fg.text.length + (b.length - c.length));
      if (id !== a.fig || fg.text !== a.old || newText !== a.new) errs.push(`${spec.bad}: 改动 ${fg.text}→${newText} 与答案 ${a.old}→${a.new} 不符`);
      const FB = Object.assign({}, F);
      try { FB[id] = parseFig(newText, fg.unit); } catch (e2) { errs.push(`${spec.bad}: ${e2.message}`); }
      for (const r of spec.relations) { const res = evalRel(r, FB); if (!res.ok) broken.push([r, res]); }
      if (broken.length !== 1) errs.push(`${spec.bad}: 不成立的关系有 ${broken.length} 条：${broken.map(([r, x]) => r.id + ' ' + r.desc + ' ' + x.info).join('；')}`);
      else if (broken[0][0].id !== a.relation) errs.push(`${spec.bad}: 不成立的是 ${broken[0][0].id}，答案为 ${a.relation}`);
      else if (!broken[0][1].clear) errs.push(`${spec.bad}: 错误不够明显（在舍入误差内）：${broken[0][1].info}`);
    }
  }
  const row = ansRows.get(path.basename(spec.bad));
  if (!row || row[1] !== String(a.line) || row[2] !== a.old || row[3] !== a.new) errs.push(`ANSWERS.tsv 与 spec ${sf} 不一致`);
  if (errs.length) { fails++; console.log('FAIL ' + path.basename(spec.clean)); for (const x of errs) console.log('  ' + x); }
  else {
    const [r, res] = broken[0];
    kinds[r.kind] = (kinds[r.kind] || 0) + 1;
    console.log(`ok   ${path.basename(spec.clean)}  ${clean.length}行 ${spec.relations.length}条关系全部成立；bad 第${a.line}行 ${a.old}→${a.new} 只破坏 ${r.id}[${r.kind}] ${r.desc}（${res.info}）`);
  }
}
if (ansRows.size !== specs.length) { fails++; console.log(`ANSWERS.tsv 有 ${ansRows.size} 行，spec 有 ${specs.length} 个`); }
console.log(`\n${specs.length} 份报告，${nrel} 条关系；bad 破坏的关系类型：${Object.entries(kinds).map(([k, v]) => k + '×' + v).join(' ')}`);
console.log(fails ? `FAILED: ${fails}` : 'ALL OK');
process.exit(fails ? 1 : 0);

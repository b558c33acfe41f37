'use strict';
// qa-n 独立校验：从文件本身重新读出每个登记数字，用 BigInt 有理数重算每条关系。
// 干净样本：全部成立；坏样本：恰好一条不成立，且与 bad/ANSWERS.tsv 一致。node check.cjs
const fs = require('fs');
const path = require('path');
const DIR = __dirname;
let errors = 0;
const err = (m) => { errors++; console.log('ERROR ' + m); };

// ---------- 有理数 ----------
const gcd = (a, b) => { a = a < 0n ? -a : a; b = b < 0n ? -b : b; while (b) [a, b] = [b, a % b]; return a; };
function Q(n, d = 1n) { n = BigInt(n); d = BigInt(d); if (d === 0n) throw new Error('div0'); if (d < 0n) { n = -n; d = -d; } const g = gcd(n, d) || 1n; return [n / g, d / g]; }
const add = (x, y) => Q(x[0] * y[1] + y[0] * x[1], x[1] * y[1]);
const sub = (x, y) => Q(x[0] * y[1] - y[0] * x[1], x[1] * y[1]);
const mul = (x, y) => Q(x[0] * y[0], x[1] * y[1]);
const div = (x, y) => Q(x[0] * y[1], x[1] * y[0]);
const eqQ = (x, y) => x[0] === y[0] && x[1] === y[1];
const absQ = (x) => [x[0] < 0n ? -x[0] : x[0], x[1]];
const cmpQ = (x, y) => { const s = x[0] * y[1] - y[0] * x[1]; return s < 0n ? -1 : s > 0n ? 1 : 0; };
// 按量子 q 四舍五入（half-up，负数对称）
function roundQ(x, q) {
  const r = div(x, q); let n = r[0], d = r[1]; const neg = n < 0n; if (neg) n = -n;
  let k = (2n * n + d) / (2n * d); if (neg) k = -k;
  return mul(Q(k), q);
}
const show = (x) => { const neg = x[0] < 0n; let n = neg ? -x[0] : x[0]; const i = n / x[1]; let f = ''; let r = n % x[1]; for (let j = 0; j < 6 && r; j++) { r *= 10n; f += (r / x[1]).toString(); r %= x[1]; } return (neg ? '-' : '') + i + (f ? '.' + f : ''); };

// ---------- 从文本读数 ----------
const FWD = '０１２３４５６７８９';
const NUM_RE = /^[0-9０-９]+(?:,[0-9０-９]{3})*(?:[.．][0-9０-９]+)?/;
const CN_RE = /^[零一二两三四五六七八九十百]+/;
const GRADE_RE = /^(优|良|中|差)/;
const UNIT = { '元': 100n, '万元': 1000000n, '亿元': 10000000000n };
function parseDec(s) {
  s = s.replace(/[０-９]/g, (c) => String(FWD.indexOf(c))).replace(/．/g, '.').replace(/,/g, '');
  const [a, b = ''] = s.split('.');
  return { v: Q(BigInt(a + b), 10n ** BigInt(b.length)), dp: b.length };
}
function parseCn(s) {
  const D = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  let total = 0, cur = 0;
  for (const ch of s) {
    if (ch in D) cur = D[ch];
    else if (ch === '十') { total += (cur || 1) * 10; cur = 0; }
    else if (ch === '百') { total += (cur || 1) * 100; cur = 0; }
  }
  return total + cur;
}
function readFig(line, f) {
  const rest = line.slice(f.col);
  if (f.kind === 'cn') { const m = CN_RE.exec(rest); if (!m) return null; return { text: m[0], v: Q(parseCn(m[0])), q: Q(1) }; }
  if (f.kind === 'grade') { const m = GRADE_RE.exec(rest); if (!m) return null; return { text: m[0], g: m[0] }; }
  const m = NUM_RE.exec(rest); if (!m) return null;
  const { v, dp } = parseDec(m[0]);
  const sc = f.kind === 'money' ? Q(UNIT[f.unit]) : f.unit === '万' ? Q(10000) : Q(1);
  if (f.kind === 'money') {
    // 单位应紧跟数字（表格单元格除外：表头注明单位）
  }
  return { text: m[0], v: mul(v, sc), q: mul(Q(1n, 10n ** BigInt(dp)), sc) };
}

// ---------- 关系 ----------
function term(vals, t) {
  if (/^-?[\d.]+$/.test(t)) { const neg = t.startsWith('-'); const x = parseDec(neg ? t.slice(1) : t).v; return neg ? Q(-x[0], x[1]) : x; }
  const neg = t.startsWith('-'); const id = neg ? t.slice(1) : t;
  const x = vals[id].v; return neg ? Q(-x[0], x[1]) : x;
}
const sumT = (vals, ts) => ts.reduce((a, t) => add(a, term(vals, t)), Q(0));
const GR = (s) => (cmpQ(s, Q(90)) >= 0 ? '优' : cmpQ(s, Q(80)) >= 0 ? '良' : cmpQ(s, Q(60)) >= 0 ? '中' : '差');
// 返回 {ok, clear, info}
function evalRel(vals, r) {
  if (r.form === 'lin' || r.form === 'ratio') {
    let comp;
    if (r.form === 'lin') { comp = sumT(vals, r.terms); if (r.konst !== null && r.target) comp = add(comp, term(vals, r.konst)); }
    else { const dn = sumT(vals, r.den); if (dn[0] === 0n) return { ok: false, clear: true, info: 'den 0' }; comp = mul(term(vals, r.k), div(sumT(vals, r.num), dn)); }
    if (!r.target) {
      const k = term(vals, r.konst); const ok = eqQ(comp, k);
      return { ok, clear: !ok, info: `Σ=${show(comp)} 应为 ${show(k)}` };
    }
    const t = vals[r.target]; const rc = roundQ(comp, t.q); const ok = eqQ(rc, t.v);
    return { ok, clear: cmpQ(absQ(sub(t.v, comp)), t.q) > 0, info: `${r.target}=${show(t.v)} 算得 ${show(comp)}` };
  }
  if (r.form === 'eq') {
    const a = vals[r.a], b = vals[r.b]; const q = cmpQ(a.q, b.q) >= 0 ? a.q : b.q;
    const ok = eqQ(roundQ(a.v, q), roundQ(b.v, q));
    return { ok, clear: cmpQ(absQ(sub(a.v, b.v)), q) > 0, info: `${r.a}=${show(a.v)} vs ${r.b}=${show(b.v)}` };
  }
  if (r.form === 'count') { const n = vals[r.target].v; const ok = eqQ(n, Q(r.items.length)); return { ok, clear: !ok, info: `${show(n)} vs ${r.items.length} 项` }; }
  if (r.form === 'grade') { const g = vals[r.target].g; const s = vals[r.score].v; const ok = GR(s) === g; return { ok, clear: !ok, info: `${g} vs 得分 ${show(s)}` }; }
  throw new Error('form ' + r.form);
}

// ---------- 主流程 ----------
const manifest = JSON.parse(fs.readFileSync(path.join(DIR, 'manifest.json'), 'utf8'));
const ansLines = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n');
if (ansLines[0] !== 'file\tline\told\tnew\trelation') err('ANSWERS header');
const answers = {};
for (const l of ansLines.slice(1)) { const [file, line, old, nw, relation] = l.split('\t'); answers[file] = { line: +line, old, nw, relation }; }

const cleanFiles = fs.readdirSync(path.join(DIR, 'clean')).filter((f) => /^\d\d-/.test(f)).sort();
const badFiles = fs.readdirSync(path.join(DIR, 'bad')).filter((f) => /^\d\d-/.test(f)).sort();
if (JSON.stringify(cleanFiles) !== JSON.stringify(badFiles)) err('clean/ 与 bad/ 文件名不一致');
if (Object.keys(answers).sort().join() !== badFiles.join()) err('ANSWERS.tsv 与 bad/ 文件不一致');
const byExt = {}, byKind = {};
let nrel = 0;

function checkFile(rel) {
  const m = manifest.files[rel];
  if (!m) { err(rel + ' 不在 manifest'); return null; }
  const lines = fs.readFileSync(path.join(DIR, rel), 'utf8').split('\n');
  const vals = {};
  for (const f of m.figs) {
    const line = lines[f.line - 1];
    const got = line === undefined ? null : readFig(line, f);
    if (!got) { err(`${rel}:${f.line} 读不到 ${f.id}`); continue; }
    if (got.text !== f.text) err(`${rel}:${f.line} ${f.id} 读得 ${got.text} 登记 ${f.text}`);
    if (f.kind === 'money' && f.unit && !/^(\s|\||\t|$|\s*[）)])/.test(line.slice(f.col + got.text.length)) && !line.slice(f.col + got.text.length).startsWith(f.unit)) err(`${rel}:${f.line} ${f.id} 单位不是 ${f.unit}`);
    vals[f.id] = got;
  }
  const res = m.rels.map((r) => Object.assign({ r }, evalRel(vals, r)));
  return { m, lines, res };
}

for (const f of cleanFiles) {
  const c = checkFile('clean/' + f);
  const b = checkFile('bad/' + f);
  if (!c || !b) continue;
  const ext = path.extname(f); byExt[ext] = (byExt[ext] || 0) + 1; byKind[c.m.kind] = (byKind[c.m.kind] || 0) + 1;
  nrel += c.res.length;
  if (c.res.length < 12 || c.res.length > 30) err(`${f}: ${c.res.length} 条关系，不在 12–30`);
  for (const x of c.res) if (!x.ok) err(`clean/${f} 关系不成立：${x.r.type}：${x.r.desc}（${x.info}）`);
  const broken = b.res.filter((x) => !x.ok);
  if (broken.length !== 1) err(`bad/${f} 有 ${broken.length} 条关系不成立：${broken.map((x) => x.r.desc).join('；')}`);
  else if (!broken[0].clear) err(`bad/${f} 断裂不明显（在舍入范围内）：${broken[0].info}`);
  // 文本差异：恰好一行、一个数字
  const a = answers[f];
  if (c.lines.length !== b.lines.length) err(`${f} 行数不同`);
  const diff = c.lines.map((l, i) => i).filter((i) => c.lines[i] !== b.lines[i]);
  if (diff.length !== 1) err(`${f} 差异行数 ${diff.length}`);
  else if (a) {
    const i = diff[0];
    if (i + 1 !== a.line) err(`${f} 差异在第 ${i + 1} 行，ANSWERS 写 ${a.line}`);
    const cf = c.m.figs.filter((x) => x.line === i + 1 && x.text === a.old);
    const hit = cf.find((x) => c.lines[i].slice(0, x.col) + a.nw + c.lines[i].slice(x.col + a.old.length) === b.lines[i]);
    if (!hit) err(`${f} 第 ${a.line} 行不是把登记数字 ${a.old} 换成 ${a.nw}`);
    else {
      const bf = b.m.figs.find((x) => x.id === hit.id);
      if (!bf || bf.text !== a.nw) err(`${f} 坏样本登记与 ANSWERS 不符`);
      if (broken.length === 1) {
        const r = broken[0].r; const involved = JSON.stringify(r).includes('"' + hit.id + '"') || JSON.stringify(r).includes('"-' + hit.id + '"');
        if (!involved) err(`${f} 断裂关系不含被改数字 ${hit.id}`);
        if (`${r.type}：${r.desc}` !== a.relation) err(`${f} ANSWERS 关系 ${a.relation}，实际 ${r.type}：${r.desc}`);
      }
    }
  }
  console.log(`${f}\t${c.res.length} 条关系\t坏：${broken.map((x) => x.r.type + '：' + x.r.desc + '（' + x.info + '）').join('；')}`);
}
console.log(`共 ${cleanFiles.length} 篇，${nrel} 条关系；扩展名 ${JSON.stringify(byExt)}；类型 ${JSON.stringify(byKind)}`);
if (cleanFiles.length === 20) {
  if (byExt['.md'] !== 10 || byExt['.txt'] !== 10) err('md/txt 不是各 10 篇');
  if (byKind['项目支出'] !== 7 || byKind['部门整体支出'] !== 7 || byKind['转移支付'] !== 6) err('类型分布不是 7/7/6');
} else err(`篇数 ${cleanFiles.length} 不是 20`);
const types = new Set(Object.values(answers).map((a) => a.relation.split('：')[0]));
console.log(`坏样本断裂类型 ${types.size} 种：${[...types].join(' ')}`);
if (errors) { console.log(`FAILED ${errors}`); process.exit(1); }
console.log('ALL OK');

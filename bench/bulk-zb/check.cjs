'use strict';
// 独立校验器：不引用 gen.cjs，直接读取 clean/ 与 bad/ 中的文件，重新抽取数字并重算关系。
// 1) bad 与 clean 只在 ANSWERS.tsv 所列的行（docx 为第几个 <w:p>）上相差 old→new；
// 2) clean 中所有关系成立；
// 3) bad 中恰有一条（按所涉数字位置去重）关系不成立，它落在被改动的行上，且属于该文件预期的关系类别。
const fs = require('fs');
const path = require('path');
const JSZip = require('jszip');
const DIR = __dirname;

// ---------------------------------------------------------------- rationals
const TEN = (k) => 10n ** BigInt(k);
function num(s) { // "1,234.56" -> {n,d,dec}
  const t = s.replace(/,/g, ''); const neg = t.startsWith('-'); const u = neg ? t.slice(1) : t;
  const [a, b = ''] = u.split('.'); const n = BigInt(a + b) * (neg ? -1n : 1n); return { n, d: TEN(b.length), dec: b.length };
}
const UNIT = { 万元: 1000000n, 元: 100n, 亿元: 10000000000n };
function fen(x, unit) { const f = UNIT[unit]; if (!f) throw new Error('unit ' + unit); return { n: x.n * f, d: x.d }; } // rational in fen
const R = (n, d = 1n) => ({ n: BigInt(n), d: BigInt(d) });
const add = (a, b) => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const sub = (a, b) => add(a, { n: -b.n, d: b.d });
const mul = (a, b) => ({ n: a.n * b.n, d: a.d * b.d });
const div = (a, b) => { let n = a.n * b.d, d = a.d * b.n; if (d < 0n) { n = -n; d = -d; } return { n, d }; };
const eqR = (a, b) => a.n * b.d === b.n * a.d;
const ltR = (a, b) => a.n * b.d < b.n * a.d;
function roundR(a, dec) { // half away from zero, scaled by 10^dec
  let n = a.n * TEN(dec), d = a.d; const neg = (n < 0n) !== (d < 0n); n = n < 0n ? -n : n; d = d < 0n ? -d : d;
  const q = n / d, r = n % d; const v = 2n * r >= d ? q + 1n : q; return neg ? -v : v;
}
const roundsTo = (stated, exact) => roundR(exact, stated.dec) === stated.n * TEN(stated.dec) / stated.d; // stated {n,d,dec}
function gradeOf(x) { const v = x.n * 100n / x.d; return v >= 9000n ? '优' : v >= 8000n ? '良' : v >= 6000n ? '中' : '差'; }

// ---------------------------------------------------------------- readers
const HEAD = new Set(['项目', '项目名称', '年初预算数', '调整数', '全年预算数', '实际支出', '执行率', '全年执行数', '分值', '得分', '一级指标', '二级指标', '三级指标',
  '年度指标值', '实际完成值', '偏差原因分析及改进措施', '季度', '当季支出', '累计支出', '累计执行率', '年度', '下达资金', '拨付资金', '下达占比', '受益户数', '设区市',
  '县（市、区）', '乡镇', '实施区域', '标段', '子项目', '改造片区', '街道（镇）', '较上年增减额', '较上年增减率', '项目资金（万元）', '项目资金（元）']);
const isHead = (c) => HEAD.has(c) || /^20\d\d年(决算|预算)数?$/.test(c);
const isCaption = (l) => /^(表\d+ |（续表）)/.test(l);
function readText(file) {
  const units = fs.readFileSync(file, 'utf8').replace(/\n$/, '').split('\n');
  const prose = []; const tables = [];
  if (file.endsWith('.md')) {
    let i = 0;
    while (i < units.length) {
      if (units[i].startsWith('|')) {
        let cap = ''; for (let j = i - 1; j >= 0; j--) if (units[j].trim()) { cap = units[j]; break; }
        const t = { caption: cap, rows: [] };
        while (i < units.length && units[i].startsWith('|')) {
          if (!/^\|\s*---/.test(units[i])) { const cells = units[i].slice(1, -1).split('|').map((x) => x.trim()); t.rows.push({ cells, keys: cells.map((_, k) => `${i}:c${k}`), unit: i }); }
          i++;
        }
        tables.push(t);
      } else { if (units[i].trim() && !isCaption(units[i])) prose.push({ text: units[i], unit: i }); i++; }
    }
  } else {
    let i = 0;
    while (i < units.length) {
      if (isCaption(units[i])) {
        const t = { caption: units[i], rows: [] }; i++;
        const first = units[i];
        if (first.includes('\t') || /\S {2,}\S/.test(first)) {
          while (i < units.length && units[i] !== '') {
            const cells = units[i].includes('\t') ? units[i].split('\t') : units[i].trim().split(/ {2,}/);
            t.rows.push({ cells, keys: cells.map((_, k) => `${i}:c${k}`), unit: i }); i++;
          }
        } else { // one cell per line
          let k = 0; while (isHead(units[i + k])) k++;
          if (!k) throw new Error('cell table without header at line ' + (i + 1));
          const start = i; while (i < units.length && units[i] !== '') i++;
          const n = i - start; if (n % k) throw new Error(`cell table at line ${start + 1}: ${n} cells not a multiple of ${k}`);
          for (let r = 0; r < n / k; r++) { const idx = [...Array(k).keys()].map((c) => start + r * k + c); t.rows.push({ cells: idx.map((j) => units[j]), keys: idx.map((j) => `${j}:c0`), unit: idx[0] }); }
        }
        tables.push(t);
      } else { if (units[i].trim()) prose.push({ text: units[i].trim(), unit: i }); i++; }
    }
  }
  return { units, prose, tables };
}
const unesc = (s) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
function ptext(x) { let t = ''; x.replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, (_, s) => { t += unesc(s); }); return t; }
async function readDocx(file) {
  const zip = await JSZip.loadAsync(fs.readFileSync(file));
  const xml = await zip.file('word/document.xml').async('string');
  const body = xml.slice(xml.indexOf('<w:body>') + 8, xml.lastIndexOf('</w:body>'));
  const units = []; const prose = []; const tables = []; let pos = 0; let lastPara = '';
  const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>|<w:tbl>[\s\S]*?<\/w:tbl>|<w:sectPr[\s\S]*?<\/w:sectPr>/g; let m;
  while ((m = re.exec(body))) {
    if (m.index !== pos) throw new Error('unparsed body content');
    pos = re.lastIndex; const x = m[0];
    if (x.startsWith('<w:tbl>')) {
      const t = { caption: lastPara, rows: [] };
      for (const tr of x.match(/<w:tr>[\s\S]*?<\/w:tr>/g)) {
        const cells = [], keys = [];
        for (const tc of tr.match(/<w:tc>[\s\S]*?<\/w:tc>/g)) {
          const ps = tc.match(/<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g); const idx = units.length;
          for (const p of ps) units.push(ptext(p));
          cells.push(ps.map(ptext).join('')); keys.push(`${idx}:c0`);
        }
        t.rows.push({ cells, keys, unit: Number(keys[0].split(':')[0]) });
      }
      tables.push(t);
    } else if (x.startsWith('<w:p')) { const t = ptext(x); units.push(t); if (t.trim() && !isCaption(t)) prose.push({ text: t, unit: units.length - 1 }); lastPara = t; }
  }
  const count = (xml.match(/<w:p[ >]|<w:p\/>/g) || []).length; if (count !== units.length) throw new Error('paragraph count mismatch');
  return { units, prose, tables };
}

// ---------------------------------------------------------------- relation engine
const MONEY = '(-?\\d[\\d,]*(?:\\.\\d+)?(?:万元|亿元|元))';
const PCT = '(-?\\d+(?:\\.\\d+)?)%';
const NUMB = '(-?\\d[\\d,]*(?:\\.\\d+)?)';
function rx(tpl) { return new RegExp(tpl.replace(/#M/g, MONEY).replace(/#P/g, PCT).replace(/#N/g, NUMB), 'gd'); }
// a figure: {x:{n,d,dec}, unit, key, raw}
function figM(line, m, g) { const raw = m[g]; const mm = /^(.*?)(万元|亿元|元)$/.exec(raw); const x = num(mm[1]); return { x, v: fen(x, mm[2]), unit: mm[2], key: `${line.unit}:o${m.indices[g][0]}`, raw }; }
function figN(line, m, g) { const x = num(m[g]); return { x, v: { n: x.n, d: x.d }, key: `${line.unit}:o${m.indices[g][0]}`, raw: m[g] }; }
function cellFig(t, row, c, unit) {
  const raw = row.cells[c]; if (raw == null) return null; const s = raw.replace(/%$/, '');
  if (!/^-?\d[\d,]*(\.\d+)?$/.test(s)) return null;
  const x = num(s); return { x, v: unit ? fen(x, unit) : { n: x.n, d: x.d }, key: row.keys[c], raw };
}
class Ctx {
  constructor(name) { this.name = name; this.rels = []; }
  rel(kind, figs, ok, note) { this.rels.push({ kind, figs: figs.filter(Boolean), ok: !!ok, note: note || '' }); }
  // helpers
  sum(kind, parts, total) { if (parts.some((p) => !p) || !total) return; let s = R(0); parts.forEach((p) => { s = add(s, p.v); }); this.rel(kind, [...parts, total], eqR(s, total.v), `${parts.map((p) => p.raw).join('+')} vs ${total.raw}`); }
  diff(kind, a, b, c) { if (!a || !b || !c) return; this.rel(kind, [a, b, c], eqR(sub(a.v, b.v), c.v), `${a.raw}-${b.raw} vs ${c.raw}`); }
  eq(kind, a, b) { if (!a || !b) return; this.rel(kind, [a, b], eqR(a.v, b.v), `${a.raw} vs ${b.raw}`); }
  rate(kind, numr, den, r, scale = 100n) { if (!numr || !den || !r) return; if (den.v.n === 0n) return; this.rel(kind, [numr, den, r], roundsTo(r.x, mul(div(numr.v, den.v), R(scale))), `${numr.raw}/${den.raw} vs ${r.raw}`); }
  growth(kind, cur, prev, g, signed) {
    if (!cur || !prev || !g) return; let e = mul(div(sub(cur.v, prev.v), prev.v), R(100)); if (!signed) e = { n: e.n < 0n ? -e.n : e.n, d: e.d };
    this.rel(kind, [cur, prev, g], roundsTo(g.x, e), `(${cur.raw}-${prev.raw})/${prev.raw} vs ${g.raw}`);
  }
  grade(kind, total, gfig) { if (!total || !gfig) return; this.rel(kind, [total, gfig], gradeOf(total.v) === gfig.raw, `${total.raw} vs ${gfig.raw}`); }
}
const lineRels = []; // generic per-line patterns: (ctx, line) => void
function onLine(tpl, fn) { lineRels.push({ re: rx(tpl), fn }); }

// --- 人员
onLine('核定编制#N名，实有在职人员#N人，编制控制率为#P', (c, l, m) => c.rate('控制率', figN(l, m, 2), figN(l, m, 1), figN(l, m, 3)));
// --- 年初 ± 调整 = 全年
onLine('年初预算#M，(?:年中追加#M|年中压减#M|年度中未作调整)，全年预算#M', (c, l, m) => {
  const Y = figM(l, m, 1), F = figM(l, m, 4);
  if (m[2]) c.diff('预算调整', F, Y, figM(l, m, 2)); else if (m[3]) c.diff('预算调整', Y, F, figM(l, m, 3)); else c.eq('预算调整', Y, F);
});
// --- 子项目小节：执行率、结转结余
onLine('全年预算#M；全年实际支出#M，执行率#P，(?:年末结转结余#M|资金已全部支出)', (c, l, m) => {
  const F = figM(l, m, 1), A = figM(l, m, 2); c.rate('执行率', A, F, figN(l, m, 3));
  if (m[4]) c.diff('结转结余', F, A, figM(l, m, 4)); else c.eq('结转结余', F, A);
});
onLine('^[^，。；]*?全年预算#M，实际支出#M，执行率#P', (c, l, m) => c.rate('执行率', figM(l, m, 2), figM(l, m, 1), figN(l, m, 3)));
onLine('2023年项目全年预算#M，实际支出#M，执行率#P，年末结转结余#M', (c, l, m) => { c.rate('上年执行率', figM(l, m, 2), figM(l, m, 1), figN(l, m, 3)); c.diff('上年结转结余', figM(l, m, 1), figM(l, m, 2), figM(l, m, 4)); });
// --- 部门预算
onLine('年初预算#M，其中基本支出#M、项目支出#M。年度执行中(?:追加预算#M)?、?(?:压减预算#M)?，调整后全年预算#M', (c, l, m) => {
  const Y = figM(l, m, 1); c.sum('年初预算构成', [figM(l, m, 2), figM(l, m, 3)], Y);
  const F = figM(l, m, 6); const a = m[4] ? figM(l, m, 4) : null, k = m[5] ? figM(l, m, 5) : null;
  c.rel('预算调整', [Y, a, k, F], eqR(sub(add(Y.v, a ? a.v : R(0)), k ? k.v : R(0)), F.v));
});
onLine('年末结转结余(?:资金)?#M，其中结转#M、结余#M', (c, l, m) => c.sum('上年结转结余拆分', [figM(l, m, 2), figM(l, m, 3)], figM(l, m, 1)));
onLine('全年预算#M，决算支出#M，预算执行率为#P；二是年末结转结余资金#M', (c, l, m) => {
  c.rate('上年执行率', figM(l, m, 2), figM(l, m, 1), figN(l, m, 3)); c.diff('上年结转结余', figM(l, m, 1), figM(l, m, 2), figM(l, m, 4));
});
onLine('2023年下达资金#M，实际支出#M，执行率#P，年末结转结余#M', (c, l, m) => { c.rate('上年执行率', figM(l, m, 2), figM(l, m, 1), figN(l, m, 3)); c.diff('上年结转结余', figM(l, m, 1), figM(l, m, 2), figM(l, m, 4)); });
onLine('全年实际支出#M，预算执行率#P，年末结转结余#M。其中，基本支出#M（人员经费#M、公用经费#M），项目支出#M，项目支出占全部支出的#P', (c, l, m) => {
  const A = figM(l, m, 1), A0 = figM(l, m, 4), Ap = figM(l, m, 7);
  c.sum('支出构成', [A0, Ap], A); c.sum('基本支出构成', [figM(l, m, 5), figM(l, m, 6)], A0); c.rate('占比', Ap, A, figN(l, m, 8));
});
onLine('上年预算执行率为#P，本年为#P，(?:较上年)?提高#N个百分点', (c, l, m) => { const a = figN(l, m, 1), b = figN(l, m, 2), d = figN(l, m, 3); c.rel('百分点', [a, b, d], eqR(sub(b.v, a.v), d.v)); });
onLine('从序时进度看（按(?:全年预算数|下达资金)#M计算）', (c, l, m) => {
  const F = figM(l, m, 1); const re = rx('累计支出#M，(?:占(?:全年预算|下达资金)的|执行率)#P'); let q;
  while ((q = re.exec(l.text))) c.rate('季度累计执行率', figM(l, q, 1), F, figN(l, q, 2));
});
onLine('得分(?:为)?#N分，评价等级为“([优良中差])”', (c, l, m) => c.grade(/2023年度/.test(l.text.slice(0, m.index + 20)) ? '上年评价等级' : '评价等级', figN(l, m, 1), { raw: m[2], key: `${l.unit}:o${m.indices[2][0]}` }));
onLine('累计下达#M，拨付#M，实际支出#M，执行率#P', (c, l, m) => c.rate('执行率', figM(l, m, 3), figM(l, m, 1), figN(l, m, 4)));
onLine('共安排\\S+?资金#M(?:（#N亿元）)?，其中中央资金#M、省级资金#M(?:、\\S+?资金#M)?、上年结转资金#M。年初预算#M，年中追加中央资金#M', (c, l, m) => {
  const D = figM(l, m, 1); c.sum('资金来源构成', [figM(l, m, 3), figM(l, m, 4), m[5] ? figM(l, m, 5) : null, figM(l, m, 6)].filter(Boolean), D);
  c.sum('预算调整', [figM(l, m, 7), figM(l, m, 8)], D);
  if (m[2]) { const y = figN(l, m, 2); c.rel('亿元换算', [D, y], eqR(D.v, fen(y.x, '亿元'))); }
});
onLine('本年财政拨款#M，其中中央补助资金#M、(?:省级补助资金#M、\\S+?资金#M|省级资金#M)；', (c, l, m) => c.sum('资金来源构成', [figM(l, m, 2), m[3] ? figM(l, m, 3) : figM(l, m, 5), m[4] ? figM(l, m, 4) : null].filter(Boolean), figM(l, m, 1)));
onLine('(\\S)个项目全年预算合计#M，实际支出#M，项目支出执行率#P', (c, l, m) => c.rate('执行率', figM(l, m, 3), figM(l, m, 2), figN(l, m, 4)));
onLine('“三公”经费决算#M，较上年减少#M，下降#P，占年度预算#M的#P', (c, l, m) => c.rate('三公预算执行率', figM(l, m, 1), figM(l, m, 4), figN(l, m, 5)));
onLine('(?:项目共惠及|项目共新增|全年资金共惠及)#N\\S+?，其中(.+?)。', (c, l, m) => {
  const tot = figN(l, m, 1); const re = /(\d+)(?=[^\d、]*(?:、|$))/gd; const parts = []; let q; const base = m.indices[2][0];
  while ((q = re.exec(m[2]))) parts.push({ x: num(q[1]), v: R(q[1]), key: `${l.unit}:o${base + q.indices[1][0]}`, raw: q[1] });
  c.sum('受益对象合计', parts, tot);
});

onLine('年度指标值(?:≥|不少于)?#N([^，；。\\d]*?)(?:以上)?，实际完成#N\\2，完成率#P', (c, l, m) => c.rate('完成率', figN(l, m, 3), figN(l, m, 1), figN(l, m, 4)));
// --- document-level relations (join prose lines and tables)
function findLine(doc, re) { const r = rx(re); const hits = []; for (const l of doc.prose) { r.lastIndex = 0; const m = r.exec(l.text); if (m) hits.push({ l, m }); } return hits; }
function one(doc, re) { const h = findLine(doc, re); return h.length === 1 ? h[0] : null; }
function tableBy(doc, capRe) { return doc.tables.filter((t) => capRe.test(t.caption)); }
function unitOf(t) { const m = /单位：(万元|元)/.exec(t.caption) || /（(万元|元)）/.exec(t.rows[0].cells[0] || ''); return m ? m[1] : null; }
function colIdx(head, re) { return head.findIndex((h) => re.test(h)); }
function rowBy(t, re) { return t.rows.find((r) => re.test(r.cells[0])); }
function docRels(c, doc) {
  // 部门：全年预算 与 执行段
  const b = one(doc, '调整后全年预算#M'); const e = one(doc, '全年实际支出#M，预算执行率#P，年末结转结余#M');
  if (b && e) { const F = figM(b.l, b.m, 1), A = figM(e.l, e.m, 1); c.rate('执行率', A, F, figN(e.l, e.m, 2)); c.diff('结转结余', F, A, figM(e.l, e.m, 3)); }
  const s = one(doc, '全年预算中本年财政拨款#M、上年结转资金#M(?:、其他资金#M)?');
  if (b && s) c.sum('资金来源构成', [figM(s.l, s.m, 1), figM(s.l, s.m, 2), s.m[3] ? figM(s.l, s.m, 3) : null].filter(Boolean), figM(b.l, b.m, 1));
  // 项目：预算与来源、执行
  const pb = one(doc, '项目年初预算#M，(?:年中追加#M|年度中未作调整)，全年预算#M'); const ps = one(doc, '按资金来源分，本年财政拨款#M，.*?；上年结转资金#M(?:；其他资金#M)?');
  if (pb && ps) c.sum('资金来源构成', [figM(ps.l, ps.m, 1), figM(ps.l, ps.m, 2), ps.m[3] ? figM(ps.l, ps.m, 3) : null].filter(Boolean), figM(pb.l, pb.m, 3));
  const pe = one(doc, '项目全年实际支出#M，预算执行率#P，年末结转结余#M');
  if (pb && pe) { const F = figM(pb.l, pb.m, 3), A = figM(pe.l, pe.m, 1); c.rate('执行率', A, F, figN(pe.l, pe.m, 2)); c.diff('结转结余', F, A, figM(pe.l, pe.m, 3)); }
  // 子项目资金来源 = 该子项目全年预算（就近的上一小节行）
  for (const h of findLine(doc, '资金来源为本年财政拨款#M(?:、上年结转资金#M)?(?:、其他资金#M)?')) {
    const prev = [...doc.prose].reverse().find((l) => l.unit < h.l.unit && /全年预算.*；全年实际支出/.test(l.text)); if (!prev) continue;
    const pm = rx('全年预算#M；').exec(prev.text);
    c.sum('子项目资金来源', [figM(h.l, h.m, 1), h.m[2] ? figM(h.l, h.m, 2) : null, h.m[3] ? figM(h.l, h.m, 3) : null].filter(Boolean), figM(prev, pm, 1));
  }
  // 人均公用经费
  const ph = one(doc, '在职人员#N人计算，人均公用经费#M');
  const go = one(doc, '公用经费#M）'); if (ph && go) { const tot = figM(go.l, go.m, 1), n = figN(ph.l, ph.m, 1), v = figM(ph.l, ph.m, 2); c.rel('人均', [tot, n, v], roundsTo({ ...v.x }, div(div(tot.v, n.v), R(UNIT[v.unit])))); }
  // 受益对象人均投入
  const bn = one(doc, '(?:项目共惠及|项目共新增|全年资金共惠及)#N\\S+?[，。].*?(?:投入|支持|受益|补贴)#M');
  const tot = pe || one(doc, '累计下达#M，拨付#M，实际支出#M，执行率#P');
  if (bn && tot) { const A = pe ? figM(pe.l, pe.m, 1) : figM(tot.l, tot.m, 3); const n = figN(bn.l, bn.m, 1), v = figM(bn.l, bn.m, 2); c.rel('人均', [A, n, v], roundsTo(v.x, div(div(A.v, n.v), R(UNIT[v.unit])))); }
  // 专项：占比、正文引用地区数、最高最低
  const reg = tableBy(doc, /分地区执行情况/)[0]; const al = one(doc, '累计下达#M，拨付#M，实际支出#M，执行率#P');
  if (reg) {
    const u = unitOf(reg); const head = reg.rows[0].cells; const iD = colIdx(head, /^下达资金$/), iS = colIdx(head, /^实际支出$/), iR = colIdx(head, /^执行率$/);
    const byName = (nm) => reg.rows.find((r) => r.cells[0] === nm);
    if (al) { const tr = rowBy(reg, /^合计$/); c.eq('正文与表格', figM(al.l, al.m, 1), cellFig(reg, tr, iD, u)); c.eq('正文与表格', figM(al.l, al.m, 2), cellFig(reg, tr, colIdx(head, /^拨付资金$/), u)); c.eq('正文与表格', figM(al.l, al.m, 3), cellFig(reg, tr, iS, u)); }
    const sh = one(doc, '(\\S+?)下达资金#M，占全部下达资金的#P；(\\S+?)下达资金#M，占#P');
    if (sh && al) {
      const D = figM(al.l, al.m, 1);
      for (const [gn, gm, gp] of [[1, 2, 3], [4, 5, 6]]) {
        const nm = sh.m[gn].replace(/^从分配结构看，/, ''); const row = byName(nm);
        c.eq('正文与表格', figM(sh.l, sh.m, gm), row && cellFig(reg, row, iD, u)); c.rate('占比', figM(sh.l, sh.m, gm), D, figN(sh.l, sh.m, gp));
      }
    }
    const sl = one(doc, '其中(\\S+?)实际支出#M，支出进度居');
    if (sl) { const row = byName(sl.m[1]); c.eq('正文与表格', figM(sl.l, sl.m, 2), row && cellFig(reg, row, iS, u)); }
    const bw = one(doc, '分地区看，(\\S+?)执行率最高，为#P；(\\S+?)执行率最低，为#P');
    if (bw) {
      const data = reg.rows.slice(1).filter((r) => r.cells[0] !== '合计'); const rates = data.map((r) => cellFig(reg, r, iR));
      const hi = data[rates.reduce((bi, x, i) => (ltR(rates[bi].v, x.v) ? i : bi), 0)], lo = data[rates.reduce((bi, x, i) => (ltR(x.v, rates[bi].v) ? i : bi), 0)];
      c.rel('最高最低', [figN(bw.l, bw.m, 2), ...rates.map((x) => x)], hi.cells[0] === bw.m[1] && eqR(figN(bw.l, bw.m, 2).v, cellFig(reg, hi, iR).v));
      c.rel('最高最低', [figN(bw.l, bw.m, 4), ...rates.map((x) => x)], lo.cells[0] === bw.m[3] && eqR(figN(bw.l, bw.m, 4).v, cellFig(reg, lo, iR).v));
    }
    const cn = one(doc, '全年资金共惠及#N');
    const iN = colIdx(head, /^受益户数$/); if (cn && iN >= 0) c.eq('正文与表格', figN(cn.l, cn.m, 1), cellFig(reg, rowBy(reg, /^合计$/), iN));
  }
  // 近三年表 ↔ 正文
  const y3 = doc.tables.find((t) => /2022—2024年/.test(t.caption));
  if (y3) {
    const u = unitOf(y3); const head = y3.rows[0].cells;
    if (colIdx(head, /^较上年增减率$/) >= 0) { // 部门决算对比
      const tr = rowBy(y3, /^合计$/); const i23 = colIdx(head, /^2023年决算$/), i24 = colIdx(head, /^2024年决算$/), i22 = colIdx(head, /^2022年决算$/);
      const g = one(doc, '部门决算支出较2023年(增加|减少)#M，(增长|下降)#P');
      if (g) { const d = figM(g.l, g.m, 2); const a = cellFig(y3, tr, i24, u), p = cellFig(y3, tr, i23, u); c.rel('同比增减额', [a, p, d], eqR(g.m[1] === '增加' ? sub(a.v, p.v) : sub(p.v, a.v), d.v)); c.growth('同比增减率', a, p, figN(g.l, g.m, 4), false); }
      const f = one(doc, '2022年、2023年部门决算支出分别为#M、#M'); if (f) { c.eq('正文与表格', figM(f.l, f.m, 1), cellFig(y3, tr, i22, u)); c.eq('正文与表格', figM(f.l, f.m, 2), cellFig(y3, tr, i23, u)); }
      const ly = one(doc, '全年预算#M，决算支出#M，预算执行率为#P'); if (ly) c.eq('上年数前后一致', figM(ly.l, ly.m, 2), cellFig(y3, tr, i23, u));
      if (e) c.eq('正文与表格', figM(e.l, e.m, 1), cellFig(y3, tr, i24, u));
    } else {
      const iF = colIdx(head, /^(全年预算数|下达资金)$/), iA = colIdx(head, /^实际支出$/);
      const r22 = rowBy(y3, /^2022年$/), r23 = rowBy(y3, /^2023年$/), r24 = rowBy(y3, /^2024年$/);
      const p = one(doc, '2022年、2023年项目实际支出分别为#M、#M，2024年实际支出较上年(增长|下降)#P');
      if (p) { c.eq('正文与表格', figM(p.l, p.m, 1), cellFig(y3, r22, iA, u)); c.eq('正文与表格', figM(p.l, p.m, 2), cellFig(y3, r23, iA, u)); c.growth('同比增减率', cellFig(y3, r24, iA, u), cellFig(y3, r23, iA, u), figN(p.l, p.m, 4), false); }
      const fg = one(doc, '2024年下达资金较上年(增长|下降)#P，实际支出较上年(增长|下降)#P');
      if (fg) { c.growth('同比增减率', cellFig(y3, r24, iF, u), cellFig(y3, r23, iF, u), figN(fg.l, fg.m, 2), false); c.growth('同比增减率', cellFig(y3, r24, iA, u), cellFig(y3, r23, iA, u), figN(fg.l, fg.m, 4), false); }
      const ly = one(doc, '2023年(?:项目全年预算|下达资金)#M，实际支出#M，执行率#P');
      if (ly) { c.eq('上年数前后一致', figM(ly.l, ly.m, 1), cellFig(y3, r23, iF, u)); c.eq('上年数前后一致', figM(ly.l, ly.m, 2), cellFig(y3, r23, iA, u)); }
      if (pe) c.eq('正文与表格', figM(pe.l, pe.m, 1), cellFig(y3, r24, iA, u));
    }
  }
  // 上年执行率（两处）一致；本年执行率与各处一致
  const pp = one(doc, '上年预算执行率为#P，本年为#P');
  const lyr = one(doc, '(?:预算执行率为|，执行率)#P(?:；二是年末|，年末结转结余#M，其中结转)');
  if (pp && lyr) c.eq('上年数前后一致', figN(pp.l, pp.m, 1), figN(lyr.l, lyr.m, 1));
  // 上年结转：上年结转额 = 本年“上年结转资金”
  const lyc = one(doc, '其中结转#M、结余#M');
  const up = one(doc, '执行率提高至#P'); const cur = e || pe || al;
  if (up && cur) c.eq('本年执行率前后一致', figN(up.l, up.m, 1), figN(cur.l, cur.m, e || pe ? 2 : 4));
  const ly2 = one(doc, '(?:将上年结转资金#M全部纳入|上年结转资金#M已于2024年全部下达)');
  if (ly2 && lyc) c.eq('上年结转', figM(ly2.l, ly2.m, ly2.m[1] ? 1 : 2), figM(lyc.l, lyc.m, 1));
  // 自评表
  const score = scoreGroups(c, doc);
  const main = score.find((g) => !/项目绩效自评表$/.test(g.caption) || !/^表\d+ .*项目绩效自评表$/.test(g.caption) || score.length === 1) || score[score.length - 1];
  const dept = score.filter((g) => /部门整体支出绩效自评表|项目绩效自评表|资金绩效自评表|项目绩效自评表/.test(g.caption));
  const last = score[score.length - 1];
  if (last) {
    const cl = one(doc, '(?:绩效自评得分|自评得分)#N分，评价等级为“([优良中差])”。$');
    if (cl) c.eq('正文与表格', figN(cl.l, cl.m, 1), last.totalFig);
    if (lyc) { c.eq('上年结转', figM(lyc.l, lyc.m, 1), last.carry && last.carry.F); }
    const use = one(doc, '上年结转资金#M已全部纳入2024年预算统筹安排，当年使用#M');
    if (use && last.carry) { c.eq('上年结转', figM(use.l, use.m, 1), last.carry.F); c.eq('上年结转', figM(use.l, use.m, 2), last.carry.A); }
    if (e && last.total) { c.eq('正文与表格', figM(e.l, e.m, 1), last.total.A); }
    if (b && last.total) c.eq('正文与表格', figM(b.l, b.m, 1), last.total.F);
  }
  // 子项目小节 ↔ 项目明细表；问题部分引用
  const pt = tableBy(doc, /项目支出预算执行明细/)[0];
  if (pt) {
    const u = unitOf(pt); const head = pt.rows[0].cells; const iF = colIdx(head, /^全年预算数$/), iA = colIdx(head, /^实际支出$/), iR = colIdx(head, /^执行率$/), iY = colIdx(head, /^年初预算数$/);
    for (const row of pt.rows.slice(1)) {
      if (row.cells[0] === '合计') continue;
      const hIdx = doc.units.findIndex((x) => new RegExp('^(#+ )?\\d+\\.' + row.cells[0] + '$').test(x.trim()));
      const sec = doc.prose.find((l) => l.unit > hIdx && /^该项目年初预算/.test(l.text)); if (hIdx < 0 || !sec) { c.rel('子项目小节缺失', [], false, row.cells[0]); continue; }
      const m = rx('年初预算#M，.*?全年预算#M；全年实际支出#M，执行率#P').exec(sec.text);
      c.eq('子项目前后一致', figM(sec, m, 1), cellFig(pt, row, iY, u)); c.eq('子项目前后一致', figM(sec, m, 2), cellFig(pt, row, iF, u));
      c.eq('子项目前后一致', figM(sec, m, 3), cellFig(pt, row, iA, u)); c.eq('子项目前后一致', figN(sec, m, 4), cellFig(pt, row, iR));
      const st = score.find((g) => g.caption.includes(row.cells[0] + '绩效自评表'));
      if (st) { c.eq('子项目前后一致', figM(sec, m, 3), st.total.A); c.eq('子项目前后一致', figM(sec, m, 2), st.total.F); }
      const rs = one(doc, '如' + row.cells[0] + '年末尚有#M未支出');
      if (rs) { const bm = rx('年末结转结余#M').exec(sec.text); c.eq('子项目前后一致', figM(rs.l, rs.m, 1), bm && figM(sec, bm, 1)); }
    }
    const tl = one(doc, '(\\S)个项目全年预算合计#M，实际支出#M'); const tr = rowBy(pt, /^合计$/);
    if (tl) { c.eq('正文与表格', figM(tl.l, tl.m, 2), cellFig(pt, tr, iF, u)); c.eq('正文与表格', figM(tl.l, tl.m, 3), cellFig(pt, tr, iA, u)); }
    const ep = one(doc, '项目支出#M，项目支出占全部支出'); if (ep) c.eq('正文与表格', figM(ep.l, ep.m, 1), cellFig(pt, tr, iA, u));
  }
  const sbt = tableBy(doc, /^表\d+ 各.+预算执行情况/)[0];
  if (sbt) {
    const u = unitOf(sbt); const head = sbt.rows[0].cells; const iF = colIdx(head, /^全年预算数$/), iA = colIdx(head, /^实际支出$/);
    for (const row of sbt.rows.slice(1)) {
      const sp = one(doc, '^' + row.cells[0] + '全年预算#M，实际支出#M');
      if (sp) { c.eq('子项目前后一致', figM(sp.l, sp.m, 1), cellFig(sbt, row, iF, u)); c.eq('子项目前后一致', figM(sp.l, sp.m, 2), cellFig(sbt, row, iA, u)); }
      const rs = one(doc, row.cells[0] + '年末结余#M');
      if (rs) c.rel('子项目前后一致', [figM(rs.l, rs.m, 1), cellFig(sbt, row, iF, u), cellFig(sbt, row, iA, u)], eqR(figM(rs.l, rs.m, 1).v, sub(cellFig(sbt, row, iF, u).v, cellFig(sbt, row, iA, u).v)));
    }
    const tr = rowBy(sbt, /^合计$/); if (pe) c.eq('正文与表格', figM(pe.l, pe.m, 1), cellFig(sbt, tr, iA, u));
    if (pb) c.eq('正文与表格', figM(pb.l, pb.m, 3), cellFig(sbt, tr, iF, u));
  }
  // 季度正文：分母 = 全年预算（下达资金），全年累计 = 全年实际支出
  const qp = one(doc, '从序时进度看（按(?:全年预算数|下达资金)#M计算）.*全年累计支出#M');
  const Fb = b ? figM(b.l, b.m, 1) : pb ? figM(pb.l, pb.m, 3) : al ? figM(al.l, al.m, 1) : null;
  const Ab = e ? figM(e.l, e.m, 1) : pe ? figM(pe.l, pe.m, 1) : al ? figM(al.l, al.m, 3) : null;
  if (qp) { c.eq('季度分母', figM(qp.l, qp.m, 1), Fb); c.eq('季度累计', figM(qp.l, qp.m, 2), Ab); }
  if (y3 && Fb && colIdx(y3.rows[0].cells, /^较上年增减率$/) < 0) { const r24 = rowBy(y3, /^2024年$/); if (r24) c.eq('正文与表格', cellFig(y3, r24, colIdx(y3.rows[0].cells, /^(全年预算数|下达资金)$/), unitOf(y3)), Fb); }
  // 季度表：分母与全年预算一致
  const qt = doc.tables.find((t) => /分季度支出进度/.test(t.caption));
  if (qt) { const fm = rx('全年预算数#M').exec(qt.caption); const F = b ? figM(b.l, b.m, 1) : pb ? figM(pb.l, pb.m, 3) : al ? figM(al.l, al.m, 1) : null; if (F && fm) c.rel('季度分母', [F], eqR(F.v, fen(num(fm[1].replace(/(万元|元)$/, '')), /万元$/.test(fm[1]) ? '万元' : '元'))); }
  // 三公合计增减与正文
  const sg = tableBy(doc, /“三公”经费支出对比/)[0]; const sgp = one(doc, '“三公”经费决算#M，较上年减少#M，下降#P，占年度预算#M');
  if (sg && sgp) { const u = unitOf(sg); const h = sg.rows[0].cells; const tr = rowBy(sg, /^合计$/); const a = cellFig(sg, tr, colIdx(h, /^2024年决算数$/), u), p = cellFig(sg, tr, colIdx(h, /^2023年决算数$/), u);
    c.eq('正文与表格', figM(sgp.l, sgp.m, 1), a); c.diff('同比增减额', p, a, figM(sgp.l, sgp.m, 2)); c.growth('同比增减率', a, p, figN(sgp.l, sgp.m, 3), false); c.eq('正文与表格', figM(sgp.l, sgp.m, 4), cellFig(sg, tr, colIdx(h, /^2024年预算数$/), u)); }
  return { main, dept };
}
// ---------------------------------------------------------------- generic tables
function tableRels(c, doc) {
  for (const t of doc.tables) {
    const u = unitOf(t); let head = null;
    const dataRows = []; const sections = [];
    for (const row of t.rows) {
      const hc = row.cells.filter((x) => isHead(x)).length; const numeric = row.cells.some((x) => /^-?\d[\d,]*(\.\d+)?%?$/.test(x));
      if (hc >= 2 && !numeric) { head = row.cells; sections.push({ head, rows: [] }); continue; }
      if (!head) continue; sections[sections.length - 1].rows.push(row); dataRows.push(row);
    }
    for (const s of sections) {
      const h = s.head; const I = (re) => colIdx(h, re);
      if (I(/^三级指标$/) >= 0 || I(/^分值$/) >= 0) continue; // score tables handled elsewhere
      const iF = I(/^(全年预算数|下达资金)$/), iA = I(/^(实际支出|全年执行数)$/), iR = I(/^执行率$/), iY = I(/^年初预算数$/), iJ = I(/^调整数$/), iSh = I(/^下达占比$/);
      const tr = s.rows.find((r) => r.cells[0] === '合计'); const body = s.rows.filter((r) => r.cells[0] !== '合计');
      if (iF >= 0 && iA >= 0 && iR >= 0) for (const r of s.rows) { const F = cellFig(t, r, iF, u); if (F && F.v.n !== 0n) c.rate('执行率', cellFig(t, r, iA, u), F, cellFig(t, r, iR)); }
      if (iY >= 0 && iJ >= 0 && iF >= 0) for (const r of s.rows) c.rel('预算调整', [cellFig(t, r, iY, u), cellFig(t, r, iJ, u), cellFig(t, r, iF, u)], eqR(add(cellFig(t, r, iY, u).v, cellFig(t, r, iJ, u).v), cellFig(t, r, iF, u).v));
      if (iSh >= 0 && tr) for (const r of s.rows) c.rate('占比', cellFig(t, r, iF, u), cellFig(t, tr, iF, u), cellFig(t, r, iSh));
      if (tr) h.forEach((name, k) => {
        if (k === 0 || /率|占比/.test(name)) return;
        const parts = body.map((r) => cellFig(t, r, k, name === '受益户数' ? null : u)); const tot = cellFig(t, tr, k, name === '受益户数' ? null : u);
        if (parts.every(Boolean) && tot) c.sum('列合计', parts, tot);
      });
      if (I(/^较上年增减率$/) >= 0) {
        const i24 = I(/^2024年决算数?$/), i23 = I(/^2023年决算数?$/), iD = I(/^较上年增减额$/), iG = I(/^较上年增减率$/);
        for (const r of s.rows) {
          const a = cellFig(t, r, i24, u), p = cellFig(t, r, i23, u); c.diff('同比增减额', a, p, cellFig(t, r, iD, u));
          if (p && p.v.n !== 0n) c.growth('同比增减率', a, p, cellFig(t, r, iG), true); else c.rel('同比增减率', [cellFig(t, r, iG)], r.cells[iG] === '—');
        }
      }
      if (I(/^当季支出$/) >= 0) {
        const fm = rx('全年预算数#M').exec(t.caption); const F = { v: fen(num(fm[1].replace(/(万元|元)$/, '')), u), raw: fm[1], key: 'caption' };
        const iq = I(/^当季支出$/), ic = I(/^累计支出$/), ir = I(/^累计执行率$/); let prev = null;
        for (const r of s.rows) {
          const q = cellFig(t, r, iq, u), cm = cellFig(t, r, ic, u);
          if (prev) c.rel('季度累计', [prev, q, cm], eqR(add(prev.v, q.v), cm.v)); else c.eq('季度累计', q, cm);
          c.rate('季度累计执行率', cm, F, cellFig(t, r, ir)); prev = cm;
        }
      }
    }
  }
}
function parseTarget(s) {
  let m;
  if ((m = /^(?:≥|不低于|不少于)(\d+(?:\.\d+)?)(.*)$/.exec(s)) || (m = /^(\d+(?:\.\d+)?)(.*?)以上$/.exec(s))) return { op: 'ge', x: num(m[1]), u: m[2] };
  if ((m = /^≤(\d+(?:\.\d+)?)(.*)$/.exec(s))) return { op: 'le', x: num(m[1]), u: m[2] };
  if ((m = /^(\d+(?:\.\d+)?)(.*)$/.exec(s))) return { op: 'eq', x: num(m[1]), u: m[2] };
  return { op: 'text', s };
}
function scoreGroups(c, doc) {
  const groups = []; let g = null;
  for (const t of doc.tables) {
    let head = null; const u = unitOf(t) || (/（元）/.test(t.rows[0].cells[0]) ? '元' : '万元');
    for (const row of t.rows) {
      const cells = row.cells;
      if (cells.includes('年初预算数') && cells.includes('分值')) { head = cells; g = { caption: t.caption, fund: [], inds: [], unit: u }; groups.push(g); continue; }
      if (cells.includes('三级指标')) { head = cells; continue; }
      if (!g || !head) continue;
      const I = (re) => colIdx(head, re);
      if (head.includes('年初预算数')) {
        const r = { name: cells[0], Y: cellFig(t, row, I(/^年初预算数$/), g.unit), F: cellFig(t, row, I(/^全年预算数$/), g.unit), A: cellFig(t, row, I(/^全年执行数$/), g.unit), w: cellFig(t, row, I(/^分值$/)), rate: cellFig(t, row, I(/^执行率$/)), s: cellFig(t, row, I(/^得分$/)), rawRate: cells[I(/^执行率$/)] };
        g.fund.push(r);
      } else if (cells[0] === '总分') { const ns = cells.map((x, k) => cellFig(t, row, k)).filter(Boolean); g.wTot = ns[0]; g.totalFig = ns[1]; }
      else if (cells[0] === '自评等级') { const k = cells.findIndex((x) => /^[优良中差]$/.test(x)); g.gradeFig = { raw: cells[k], key: row.keys[k] }; }
      else g.inds.push({ name: cells[I(/^三级指标$/)], tgt: cells[I(/^年度指标值$/)], act: cells[I(/^实际完成值$/)], w: cellFig(t, row, I(/^分值$/)), s: cellFig(t, row, I(/^得分$/)) });
    }
  }
  for (const g of groups) {
    const tot = g.fund.find((r) => r.name === '年度资金总额'); const src = g.fund.filter((r) => r !== tot);
    g.total = tot; g.carry = src.find((r) => r.name === '上年结转资金');
    for (const r of g.fund) { if (r.F && r.F.v.n !== 0n) c.rate('执行率', r.A, r.F, r.rate); else c.rel('执行率', [], r.rawRate === '—'); }
    for (const k of ['Y', 'F', 'A']) c.sum('资金来源构成', src.map((r) => r[k]), tot[k]);
    // 预算执行率得分 = 分值 × 执行率（封顶），按金额与按所示执行率两种算法一致
    const ex = div(mul(tot.w.v, tot.A.v), tot.F.v); const capd = ltR(tot.w.v, ex) ? tot.w.v : ex;
    c.rel('执行率得分', [tot.A, tot.F, tot.w, tot.s], roundsTo(tot.s.x, capd));
    const ex2 = div(mul(tot.w.v, tot.rate.v), R(100)); c.rel('执行率得分', [tot.rate, tot.w, tot.s], roundsTo(tot.s.x, ltR(tot.w.v, ex2) ? tot.w.v : ex2));
    let ws = tot.w.v, ss = tot.s.v;
    for (const x of g.inds) {
      ws = add(ws, x.w.v); ss = add(ss, x.s.v);
      const T = parseTarget(x.tgt), A = parseTarget(x.act.replace(/^(\d)/, '$1'));
      let met, ratio = null;
      if (T.op === 'text') met = x.tgt === x.act;
      else { const a = A.x; const tv = { n: T.x.n, d: T.x.d }, av = { n: a.n, d: a.d }; met = T.op === 'ge' ? !ltR(av, tv) : T.op === 'le' ? !ltR(tv, av) : eqR(av, tv); ratio = div(av, tv); }
      if (met) c.rel('指标得分', [x.w, x.s], eqR(x.w.v, x.s.v), x.name);
      else c.rel('指标得分', [x.w, x.s], T.op === 'ge' && roundsTo(x.s.x, mul(x.w.v, ratio)), x.name);
    }
    c.rel('分值合计', [tot.w, ...g.inds.map((x) => x.w), g.wTot], eqR(ws, g.wTot.v) && eqR(g.wTot.v, R(100)));
    c.rel('总分', [tot.s, ...g.inds.map((x) => x.s), g.totalFig], eqR(ss, g.totalFig.v));
    if (g.gradeFig) c.grade('评价等级', g.totalFig, g.gradeFig);
  }
  return groups;
}
// ---------------------------------------------------------------- run
async function load(file) { return file.endsWith('.docx') ? readDocx(file) : readText(file); }
function evaluate(name, doc) {
  const c = new Ctx(name);
  for (const l of doc.prose) for (const { re, fn } of lineRels) { re.lastIndex = 0; let m; while ((m = re.exec(l.text))) { fn(c, l, m); if (!re.global) break; } }
  tableRels(c, doc); docRels(c, doc);
  // de-duplicate identical relations (same kind and same figure set)
  const seen = new Map();
  for (const r of c.rels) { const k = r.figs.map((f) => f.key).sort().join('|'); const id = r.kind + '#' + k; if (!seen.has(id)) seen.set(id, { ...r, figKey: k }); else if (!r.ok) seen.get(id).ok = false; }
  return [...seen.values()];
}
// expected relation kind of the injected error, per file
const EXPECT = {
  'md01-county-dept-zhiyuan-nongye.md': '结转结余', 'md02-city-proj-luting-chuangxinquan.md': '季度累计', 'md03-prov-fund-chengyu-zhongxiaoqiye.md': '列合计',
  'md04-city-dept-weicen-weijian.md': '总分', 'md05-county-proj-maowan-gongshui.md': '预算调整', 'md06-city-fund-tangbei-jiuye.md': '占比',
  'md07-prov-dept-chengyu-wenlv.md': '同比增减率', 'md08-county-dept-hengqiao-jiaoyu.md': '评价等级',
  'txt01-county-dept-liangxi-shuili.txt': '基本支出构成', 'txt02-city-proj-weicen-gonggongwenhua.txt': '执行率', 'txt03-prov-fund-chengyu-nongtian.txt': '正文与表格',
  'txt04-city-dept-tangbei-shengtai.txt': '人均', 'txt05-county-fund-ruiping-xianjie.txt': '正文与表格', 'txt06-prov-proj-chengyu-kepu.txt': '百分点',
  'txt07-city-dept-luting-shichang.txt': '上年结转结余拆分', 'txt08-county-proj-xingchuan-youeryuan.txt': '结转结余',
  'docx01-prov-dept-chengyu-renshe.docx': '子项目前后一致', 'docx02-county-fund-junzhu-nongye.docx': '列合计', 'docx03-city-proj-tangbei-laojiu.docx': '正文与表格',
  'docx04-county-dept-hanbei-weijian.docx': '控制率', 'docx05-city-fund-luting-kejichuangxin.docx': '同比增减率', 'docx06-prov-proj-chengyu-falv.docx': '上年评价等级',
  'docx07-city-dept-weicen-keji.docx': '结转结余', 'docx08-county-proj-zhiyuan-yanglao.docx': '季度累计执行率',
};
async function main() {
  const ans = fs.readFileSync(path.join(DIR, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  if (ans[0].join('\t') !== 'file\tline\told\tnew\tkind\trelation') throw new Error('bad ANSWERS header');
  const rows = ans.slice(1); let fail = 0; let nRel = 0;
  const files = fs.readdirSync(path.join(DIR, 'clean')).sort();
  if (files.length !== 24 || rows.length !== 24) { console.error('expected 24 files and 24 answers'); fail++; }
  const byExt = {}; files.forEach((f) => { const e = path.extname(f); byExt[e] = (byExt[e] || 0) + 1; });
  if (byExt['.md'] !== 8 || byExt['.txt'] !== 8 || byExt['.docx'] !== 8) { console.error('expected 8 md, 8 txt, 8 docx', byExt); fail++; }
  for (const [file, lineS, old, nw] of rows) {
    const errs = [];
    const A = await load(path.join(DIR, 'clean', file)), B = await load(path.join(DIR, 'bad', file));
    const line = Number(lineS); const idx = line - 1;
    // 1) diff
    if (A.units.length !== B.units.length) errs.push('unit count differs');
    const diffs = A.units.map((x, i) => (x !== B.units[i] ? i : -1)).filter((i) => i >= 0);
    if (diffs.length !== 1 || diffs[0] !== idx) errs.push(`differs at ${diffs.map((i) => i + 1)} not ${line}`);
    else { const a = A.units[idx]; let okRep = false; let p = a.indexOf(old); while (p >= 0) { if (a.slice(0, p) + nw + a.slice(p + old.length) === B.units[idx]) okRep = true; p = a.indexOf(old, p + 1); } if (!okRep) errs.push('bad line is not clean line with old→new'); }
    // 2) relations
    const rc = evaluate(file, A), rb = evaluate(file, B); nRel += rc.length;
    const cf = rc.filter((r) => !r.ok); cf.forEach((r) => errs.push(`clean relation fails: ${r.kind} ${r.note} [${r.figKey}]`));
    const bf = rb.filter((r) => !r.ok);
    const distinct = [...new Set(bf.map((r) => r.figKey))];
    if (distinct.length !== 1) errs.push(`bad: ${distinct.length} distinct failing relations: ${bf.map((r) => r.kind + ' ' + r.note).join(' ; ')}`);
    else {
      const kinds = [...new Set(bf.map((r) => r.kind))]; const touches = bf.every((r) => r.figs.some((f) => Number(String(f.key).split(':')[0]) === idx));
      if (!touches) errs.push('failing relation does not involve the changed line');
      if (!kinds.includes(EXPECT[file])) errs.push(`failing relation kind ${kinds} ≠ expected ${EXPECT[file]}`);
    }
    if (rc.length < 25) errs.push('too few relations extracted: ' + rc.length);
    console.log(`${errs.length ? 'FAIL' : 'ok  '} ${file}  line ${line}  ${old} → ${nw}  [${EXPECT[file]}]  relations checked: ${rc.length}`);
    errs.forEach((e) => console.log('     - ' + e)); if (errs.length) fail++;
  }
  console.log(fail ? `\n${fail} file(s) failed` : `\nall 24 pairs verified (${nRel} relations in clean files)`);
  process.exit(fail ? 1 : 0);
}
main().catch((e) => { console.error(e); process.exit(2); });

'use strict';
// Independent verifier: re-reads every workbook with exceljs, formats each cell as the sheet shows it
// (SheetJS ssf), parses the shown figures and re-computes every relation listed in spec/NN.json with its
// own exact decimal arithmetic. Also: formula cached results, 得分 ≤ 分值 by header scan, coverage of
// 合计/小计/总计/总分 rows and of %-formatted cells, and bad/ = clean/ except one cell that breaks exactly
// the one relation named in bad/ANSWERS.tsv.
// Run: NODE_PATH=../../node_modules node check.cjs
const ExcelJS = require('exceljs');
const SSF = require('ssf');
const fs = require('fs');
const path = require('path');

const ROOT = __dirname;
let failures = 0; let checks = 0;
const fail = (file, msg) => { failures++; console.log(`FAIL ${file}: ${msg}`); };

// ---------- exact decimals ----------
const P = (k) => 10n ** BigInt(k);
function D(s) { s = String(s).replace(/[,，\s]/g, '').replace(/^−/, '-'); const neg = s.startsWith('-'); if (neg) s = s.slice(1); const [i, f = ''] = s.split('.'); return { n: BigInt((neg ? '-' : '') + (i || '0') + f), s: f.length }; }
const align = (a, b) => { const s = Math.max(a.s, b.s); return [a.n * P(s - a.s), b.n * P(s - b.s), s]; };
const plus = (a, b) => { const [x, y, s] = align(a, b); return { n: x + y, s }; };
const minus = (a, b) => plus(a, { n: -b.n, s: b.s });
const cmp = (a, b) => { const [x, y] = align(a, b); return x === y ? 0 : x > y ? 1 : -1; };
const ZERO = { n: 0n, s: 0 };
const str = (d) => { const neg = d.n < 0n; let t = (neg ? -d.n : d.n).toString().padStart(d.s + 1, '0'); if (d.s) t = t.slice(0, -d.s) + '.' + t.slice(-d.s); return (neg ? '-' : '') + t; };
// round(a*mul/b, dp) half away from zero -> decimal; also report whether it was a tie
function qround(a, b, dp, mul = { n: 1n, s: 0 }) {
  let num = a.n * mul.n * P(b.s + dp); let den = b.n * P(a.s + mul.s);
  let neg = false; if (num < 0n) { neg = !neg; num = -num; } if (den < 0n) { neg = !neg; den = -den; }
  if (den === 0n) return null;
  let q = num / den; const r = num % den; const dd = 2n * r - den; const tie = r !== 0n && (dd < 0n ? -dd : dd) * 100000n < den; // exact or near tie
  if (2n * r >= den && r !== 0n) q += 1n;
  return { d: { n: neg ? -q : q, s: dp }, tie };
}

// ---------- reading cells as shown ----------
function masterOf(ws, addr) { const c = ws.getCell(addr); return c.isMerged && c.master ? c.master : c; }
function shownText(cell) {
  let v = cell.value;
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && !(v instanceof Date)) {
    if ('result' in v || 'formula' in v || 'sharedFormula' in v) { v = v.result; if (v === undefined && ZEROS.get(cell.worksheet)?.has(cell.address)) v = 0; }
    else if ('richText' in v) return v.richText.map((r) => r.text).join('');
  }
  if (v === null || v === undefined) return '';
  if (v instanceof Date) return '[date]' + v.toISOString().slice(0, 10);
  if (typeof v === 'number') { const f = cell.numFmt; return (!f || /^general$/i.test(f)) ? SSF.format('General', v) : SSF.format(f, v).trim(); }
  return String(v);
}
function numbersIn(text) { const out = []; const re = /(-?\d[\d,]*(?:\.\d+)?)(\s*%)?/g; let m; while ((m = re.exec(text))) out.push({ d: D(m[1]), pct: !!m[2], dp: (m[1].split('.')[1] || '').length }); return out; }

class Book {
  constructor(wb) { this.wb = wb; }
  cell(ref, defSheet) {
    let sheet = defSheet; let a = ref; let k = 0;
    if (a.includes('!')) [sheet, a] = a.split('!');
    if (a.includes('#')) { const p = a.split('#'); a = p[0]; k = Number(p[1]); }
    const ws = this.wb.getWorksheet(sheet); if (!ws) throw new Error('no sheet ' + sheet);
    return { cell: masterOf(ws, a), k, sheet, addr: a };
  }
  text(ref, defSheet) { return shownText(this.cell(ref, defSheet).cell).trim(); }
  // number as shown: {d, pct, dp, empty}
  num(ref, defSheet) {
    const { cell, k } = this.cell(ref, defSheet);
    const t = shownText(cell).trim();
    if (k) { const ns = numbersIn(t); if (!ns[k - 1]) throw new Error(`no number #${k} in "${t}" (${ref})`); return ns[k - 1]; }
    if (t === '' || t === '—' || t === '-' || t === '--' || t === '/') return { d: ZERO, pct: false, dp: 0, empty: true };
    const m = /^(-?[\d,]*\.?\d+)\s*(%?)$/.exec(t.replace(/^−/, '-'));
    if (!m) throw new Error(`not a number: "${t}" (${ref})`);
    return { d: D(m[1]), pct: !!m[2], dp: (m[1].split('.')[1] || '').length };
  }
}
// a shown figure as a fraction if it is a percent
const frac = (x) => (x.pct ? { d: { n: x.d.n, s: x.d.s + 2 }, dp: x.dp + 2 } : { d: x.d, dp: x.dp });

function comparatorOf(text) {
  if (/^\s*(≥|>=|不低于|不少于|大于等于)/.test(text) || /(以上|及以上)\s*$/.test(text)) return '≥';
  if (/^\s*(≤|<=|不高于|不超过|不多于|小于等于|控制在)/.test(text) || /(以下|以内|之内)\s*$/.test(text)) return '≤';
  if (/^\s*(>|＞|大于|超过)/.test(text)) return '>';
  if (/^\s*(<|＜|小于|低于)/.test(text)) return '<';
  return '=';
}
const DONE = /(完成|完工|发放|拨付|兑现|达到|达标|实现|是|提升|改善|按时|按期|有效|明显|良好|正常|稳定|健全|规范|建立|落实|保障|无|未发生|符合|已)/;

// evaluate one relation; returns {ok, why}
function evalRel(B, r) {
  const sh = r.sheet;
  const N = (ref) => B.num(ref, sh);
  switch (r.type) {
    case 'sum': {
      const t = N(r.target); let s = ZERO; for (const p of r.parts) s = plus(s, N(p).d);
      return { ok: cmp(t.d, s) === 0, why: `${str(t.d)} vs Σ ${str(s)}` };
    }
    case 'diff': { // target = a - b
      const t = N(r.target); const v = minus(N(r.a).d, N(r.b).d);
      return { ok: cmp(t.d, v) === 0, why: `${str(t.d)} vs ${str(v)}` };
    }
    case 'equal': {
      const a = N(r.a); const b = N(r.b); const scale = D(String(r.scale || 1));
      const bs = { n: b.d.n * scale.n, s: b.d.s + scale.s };
      return { ok: cmp(a.d, bs) === 0, why: `${str(a.d)} vs ${str(bs)}` };
    }
    case 'ratio': case 'change': {
      const t = N(r.target);
      let num, den;
      if (r.type === 'ratio') { num = N(r.num); den = N(r.den); if (num.pct !== den.pct) { num = frac(num); den = frac(den); } num = num.d; den = den.d; }
      else { const cur = N(r.cur).d; const prev = N(r.prev).d; num = minus(cur, prev); den = prev; }
      let tv = t.d; let dp = t.dp; let mul = { n: 1n, s: 0 };
      if (t.pct) mul = { n: 100n, s: 0 }; else if (r.pctPoints) mul = { n: 100n, s: 0 };
      const q = qround(num, den, dp, mul);
      if (!q) return { ok: false, why: 'zero denominator' };
      return { ok: cmp(tv, q.d) === 0 && !q.tie, why: `${str(tv)} vs ${str(q.d)}${q.tie ? ' (tie)' : ''}` };
    }
    case 'execscore': {
      const t = N(r.target); const w = typeof r.weight === 'number' ? D(String(r.weight)) : N(r.weight).d;
      let num, den;
      if (r.rate) { const x = frac(N(r.rate)); num = x.d; den = D('1'); } else { num = N(r.num).d; den = N(r.den).d; }
      let exp;
      if (cmp(num, den) >= 0) exp = w; else { const q = qround(num, den, t.dp, w); if (q.tie) return { ok: false, why: 'tie' }; exp = q.d; }
      return { ok: cmp(t.d, exp) === 0, why: `${str(t.d)} vs ${str(exp)}` };
    }
    case 'indscore': {
      const s = N(r.score); const w = N(r.weight).d;
      const reason = r.reason ? B.text(r.reason, sh) : '';
      if (cmp(s.d, w) > 0) return { ok: false, why: `score ${str(s.d)} > weight ${str(w)}` };
      const tText = B.text(r.target, sh); const aText = B.text(r.actual, sh);
      if (r.dir === 'text') {
        const met = aText === tText || aText.startsWith(tText.replace(/前$/, '')) || DONE.test(aText);
        return { ok: met ? cmp(s.d, w) === 0 : (cmp(s.d, w) < 0 && reason !== ''), why: `text ${tText} / ${aText} met=${met}` };
      }
      const tn = numbersIn(tText)[0]; const an = numbersIn(aText)[0];
      if (!tn || !an) return { ok: false, why: `no numbers in ${tText} / ${aText}` };
      const c = r.cmpRef ? comparatorOf(B.text(r.cmpRef, sh)) : comparatorOf(tText);
      const k = cmp(an.d, tn.d);
      const met = r.dir === 'lower' ? (c === '<' ? k < 0 : k <= 0) : (c === '>' ? k > 0 : k >= 0);
      if (met) return { ok: cmp(s.d, w) === 0, why: `met, score ${str(s.d)} weight ${str(w)}` };
      const q = r.dir === 'lower' ? qround(tn.d, an.d, s.dp, w) : qround(an.d, tn.d, s.dp, w);
      const ok = cmp(s.d, q.d) === 0 && !q.tie && reason !== '';
      return { ok, why: `not met (${aText} vs ${tText}); score ${str(s.d)} vs proportional ${str(q.d)}; reason "${reason.slice(0, 12)}"` };
    }
    case 'total100': {
      let s = ZERO; for (const p of r.parts) s = plus(s, N(p).d);
      const ok100 = cmp(s, D('100')) === 0;
      const okT = r.target ? cmp(N(r.target).d, s) === 0 : true;
      return { ok: ok100 && okT, why: `Σ ${str(s)}${r.target ? ' stated ' + str(N(r.target).d) : ''}` };
    }
    case 'grade': {
      const g = (B.text(r.target, sh).match(/[优良中差]/) || [])[0];
      const t = N(r.total).d; const exp = cmp(t, D('90')) >= 0 ? '优' : cmp(t, D('80')) >= 0 ? '良' : cmp(t, D('60')) >= 0 ? '中' : '差';
      return { ok: g === exp, why: `${g} vs ${exp} for ${str(t)}` };
    }
    default: throw new Error('unknown relation ' + r.type);
  }
}

// ---------- formulas ----------
function refsOfFormula(f) { return (f.match(/\$?[A-Z]{1,2}\$?\d+(?::\$?[A-Z]{1,2}\$?\d+)?/g) || []).map((x) => x.replace(/\$/g, '')); }
function expand(range) {
  const [a, b] = range.split(':'); if (!b) return [a];
  const pa = /^([A-Z]+)(\d+)$/.exec(a); const pb = /^([A-Z]+)(\d+)$/.exec(b);
  const ci = (c) => [...c].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0); const cn = (n) => { let s = ''; while (n) { const m = (n - 1) % 26; s = String.fromCharCode(65 + m) + s; n = Math.floor((n - 1) / 26); } return s; };
  const out = []; for (let r = +pa[2]; r <= +pb[2]; r++) for (let c = ci(pa[1]); c <= ci(pb[1]); c++) out.push(cn(c) + r); return out;
}
function rawNum(ws, addr) {
  let v = masterOf(ws, addr).value; if (v && typeof v === 'object' && ('result' in v || 'formula' in v)) v = v.result ?? 0;
  if (typeof v === 'number') return v; if (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v.trim())) return Number(v.replace(/,/g, '')); return 0;
}
function evalFormula(ws, f) {
  let e = f.replace(/\$/g, '');
  e = e.replace(/SUM\(([^)]*)\)/gi, (_, args) => '(' + args.split(',').map((a) => expand(a.trim()).map((x) => `(${rawNum(ws, x)})`).join('+')).join('+') + ')');
  e = e.replace(/MIN\(/gi, 'Math.min(').replace(/MAX\(/gi, 'Math.max(').replace(/ROUND\(/gi, '_round(');
  e = e.replace(/\b([A-Z]{1,2}\d+)\b/g, (x) => `(${rawNum(ws, x)})`);
  if (!/^[\d.+\-*/() ,_a-zA-Z]*$/.test(e)) throw new Error('cannot evaluate ' + f);
  // eslint-disable-next-line no-new-func
  return Function('_round', 'return ' + e)((x, d) => Math.round(x * 10 ** d) / 10 ** d);
}
function formulaCells(wb) {
  const out = [];
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: false }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    const v = c.value; if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) out.push({ ws, c, f: c.formula || v.formula });
  })));
  return out;
}

// exceljs drops a cached formula result of 0 when reading (<v>0</v> is in the file): restore it
let zeroNotes = 0;
const ZEROS = new WeakMap(); // worksheet -> addresses of formula cells whose cached 0 exceljs dropped
function restoreZeroResults(wb, file) {
  for (const { ws, c, f } of formulaCells(wb)) {
    if (c.value.result === undefined) {
      const v = evalFormula(ws, f);
      if (v !== 0) { fail(file, `formula ${ws.name}!${c.address} has no cached result and evaluates to ${v}`); continue; }
      if (!ZEROS.has(ws)) ZEROS.set(ws, new Set()); ZEROS.get(ws).add(c.address); zeroNotes++;
    }
  }
}

// ---------- all cells, for diffing ----------
function cellMap(wb) {
  const m = new Map();
  wb.eachSheet((ws) => ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: false }, (c) => {
    if (c.isMerged && c.master !== c) return;
    const v = c.value; const key = `${ws.name}!${c.address}`;
    m.set(key, JSON.stringify(v instanceof Date ? { date: v.toISOString() } : v) + '|' + (c.numFmt || ''));
  })));
  return m;
}

function refCells(r) {
  const keys = ['target', 'num', 'den', 'a', 'b', 'cur', 'prev', 'score', 'weight', 'actual', 'rate', 'total'];
  const out = [];
  for (const k of keys) if (typeof r[k] === 'string') out.push(r[k]);
  for (const p of r.parts || []) out.push(p);
  return out.map((x) => { let s = r.sheet; let a = x; if (a.includes('!')) [s, a] = a.split('!'); return `${s}!${a.split('#')[0]}`; });
}

// ---------- main ----------
(async () => {
  const specs = fs.readdirSync(path.join(ROOT, 'spec')).filter((f) => f.endsWith('.json')).sort();
  const answers = fs.readFileSync(path.join(ROOT, 'bad', 'ANSWERS.tsv'), 'utf8').trim().split('\n').map((l) => l.split('\t'));
  const header = answers.shift();
  if (header.join('|') !== 'file|sheet|cell|old|new|relation') fail('ANSWERS.tsv', 'header ' + header.join('|'));
  const ansBy = new Map(answers.map((a) => [a[0], a]));
  let nrels = 0; const stats = {};
  for (const sf of specs) {
    const spec = JSON.parse(fs.readFileSync(path.join(ROOT, 'spec', sf), 'utf8'));
    const file = spec.file;
    const wb = new ExcelJS.Workbook(); await wb.xlsx.readFile(path.join(ROOT, 'clean', file));
    restoreZeroResults(wb, file);
    const B = new Book(wb);
    // 1. every relation holds in the clean file
    const results = new Map();
    for (const r of spec.rels) {
      checks++; nrels++; stats[r.type] = (stats[r.type] || 0) + 1;
      let res; try { res = evalRel(B, r); } catch (e) { res = { ok: false, why: 'error ' + e.message }; }
      results.set(r.id, res);
      if (!res.ok) fail(file, `clean relation #${r.id} ${r.type} "${r.label}" broken: ${res.why}`);
    }
    // 2. formula cached results equal the formula evaluated on the cells
    const fcs = formulaCells(wb);
    for (const { ws, c, f } of fcs) {
      checks++;
      const v = evalFormula(ws, f); const res = c.value.result ?? (ZEROS.get(ws)?.has(c.address) ? 0 : undefined);
      if (typeof res !== 'number' || Math.abs(v - res) > 1e-9 * Math.max(1, Math.abs(v))) fail(file, `formula ${ws.name}!${c.address} =${f} cached ${res} evaluates ${v}`);
    }
    // 3. 得分 ≤ 分值 by header scan (any sheet, any row holding both headers, down to the next header row)
    wb.eachSheet((ws) => {
      const heads = [];
      ws.eachRow((row, rn) => {
        let wc = null, sc = null, isHead = false;
        row.eachCell((c) => { const t = shownText(c).replace(/\s/g, ''); if (/^(分值|得分|一级指标|三级指标)/.test(t)) isHead = true; if (/^分值/.test(t) && !wc) wc = c.col; if (/^得分/.test(t) && !sc) sc = c.col; });
        if (isHead) heads.push({ rn, wc, sc });
      });
      heads.forEach((h, i) => {
        if (!h.wc || !h.sc || h.wc === h.sc) return;
        const end = i + 1 < heads.length ? heads[i + 1].rn - 1 : ws.rowCount;
        for (let r2 = h.rn + 1; r2 <= end; r2++) {
          const w = shownText(masterOf(ws, ws.getCell(r2, h.wc).address)); const s = shownText(masterOf(ws, ws.getCell(r2, h.sc).address));
          if (/^\d+(\.\d+)?$/.test(w) && /^\d+(\.\d+)?$/.test(s)) { checks++; if (cmp(D(s), D(w)) > 0) fail(file, `${ws.name} row ${r2}: 得分 ${s} > 分值 ${w}`); }
        }
      });
    });
    // 4. coverage: numbers in 合计/小计/总计/总分 rows and %-formatted numbers are all in some relation
    const covered = new Set(); for (const r of spec.rels) for (const k of refCells(r)) covered.add(k);
    for (const x of spec.free || []) covered.add(x.includes('!') ? x : `${spec.rels[0].sheet}!${x}`);
    wb.eachSheet((ws) => {
      if (ws.state !== 'visible') return;
      ws.eachRow((row) => {
        const texts = []; row.eachCell((c) => { if (typeof c.value === 'string') texts.push(c.value); });
        const totalRow = texts.some((t) => /^\s*(合\s*计|小\s*计|总\s*计|总\s*分|本年收入合计|本年支出合计)/.test(t));
        row.eachCell((c) => {
          if (c.isMerged && c.master !== c) return;
          let v = c.value; if (v && typeof v === 'object' && 'result' in v) v = v.result;
          const isNum = typeof v === 'number' || (typeof v === 'string' && /^-?[\d,]+\.\d+$/.test(v.trim()));
          if (!isNum) return;
          const pct = /%/.test(c.numFmt || '');
          if ((totalRow || pct) && !covered.has(`${ws.name}!${c.address}`)) { fail(file, `uncovered ${totalRow ? 'total' : '%'} cell ${ws.name}!${c.address} (${shownText(c)})`); }
          checks++;
        });
      });
    });
    // 5. the bad copy: exactly one cell differs, it is the answer's cell, and exactly one relation breaks
    const bwb = new ExcelJS.Workbook(); await bwb.xlsx.readFile(path.join(ROOT, 'bad', file)); restoreZeroResults(bwb, file);
    const cm = cellMap(wb); const bm = cellMap(bwb);
    const diffs = []; for (const k of new Set([...cm.keys(), ...bm.keys()])) if (cm.get(k) !== bm.get(k)) diffs.push(k);
    const ans = ansBy.get(file);
    checks++;
    if (diffs.length !== 1) fail(file, `bad differs in ${diffs.length} cells: ${diffs.join(', ')}`);
    else if (!ans) fail(file, 'no ANSWERS row');
    else {
      const [dsheet, dcell] = diffs[0].split('!');
      if (ans[1] !== dsheet || ans[2] !== dcell) fail(file, `ANSWERS cell ${ans[1]}!${ans[2]} but differs at ${diffs[0]}`);
      const oldT = shownText(masterOf(wb.getWorksheet(dsheet), dcell)); const newT = shownText(masterOf(bwb.getWorksheet(dsheet), dcell));
      if (ans[3] !== oldT || ans[4] !== newT) fail(file, `ANSWERS shown ${ans[3]}→${ans[4]} but file ${oldT}→${newT}`);
      const numsOld = numbersIn(oldT).map((x) => str(x.d)); const numsNew = numbersIn(newT).map((x) => str(x.d));
      const changedNums = numsOld.filter((x, i) => x !== numsNew[i]).length + Math.abs(numsOld.length - numsNew.length);
      if (changedNums !== 1) fail(file, `changed cell text should differ in exactly one number: ${oldT} → ${newT}`);
      // the mutated cell is not an input of any formula (else the cached results would be stale)
      for (const { ws, c, f } of fcs) for (const rg of refsOfFormula(f)) for (const a of expand(rg)) if (ws.name === dsheet && a === dcell) fail(file, `mutated cell ${dcell} feeds formula ${ws.name}!${c.address}`);
      const BB = new Book(bwb); const broken = [];
      for (const r of spec.rels) { let res; try { res = evalRel(BB, r); } catch (e) { res = { ok: false, why: e.message }; } if (!res.ok) broken.push({ r, why: res.why }); }
      if (broken.length !== 1) fail(file, `bad breaks ${broken.length} relations: ${broken.map((b) => `#${b.r.id} ${b.r.label} (${b.why})`).join('; ')}`);
      else if (broken[0].r.label !== ans[5]) fail(file, `ANSWERS relation "${ans[5]}" but broken is "${broken[0].r.label}"`);
      else console.log(`ok ${file}: ${spec.rels.length} relations, ${fcs.length} formulas; bad ${dsheet}!${dcell} ${oldT}→${newT} breaks "${broken[0].r.label}"`);
    }
  }
  if (answers.length !== specs.length) fail('ANSWERS.tsv', `${answers.length} rows for ${specs.length} files`);
  const cleanN = fs.readdirSync(path.join(ROOT, 'clean')).filter((f) => f.endsWith('.xlsx')).length;
  const badN = fs.readdirSync(path.join(ROOT, 'bad')).filter((f) => f.endsWith('.xlsx')).length;
  if (cleanN !== specs.length || badN !== specs.length) fail('folders', `clean ${cleanN}, bad ${badN}, specs ${specs.length}`);
  if (zeroNotes) console.log(`note: ${zeroNotes} formula cells with a cached result of 0 that exceljs reads back without a result (restored as 0)`);
  console.log(`\n${specs.length} files, ${nrels} relations (${Object.entries(stats).map(([k, v]) => `${k} ${v}`).join(', ')}), ${checks} checks, ${failures} failures`);
  process.exit(failures ? 1 : 0);
})();

'use strict';
// shared helpers for gen.cjs (formatting, report model, rendering). Not used by check.cjs.
const docx = require('docx');
const JSZip = require('jszip');

const B = (x) => BigInt(x);
// ---------- number helpers (BigInt, half up) ----------
function rdivHalfUp(a, b) { // a,b BigInt, b>0; half away from zero
  const neg = a < 0n; if (neg) a = -a;
  const q = (2n * a + b) / (2n * b);
  return neg ? -q : q;
}
function fmtScaled(n, d, sep) { // n BigInt scaled by 10^d
  const neg = n < 0n; if (neg) n = -n;
  let s = n.toString();
  if (d > 0) { s = s.padStart(d + 1, '0'); s = s.slice(0, -d) + '.' + s.slice(-d); }
  if (sep) { const [i, f] = s.split('.'); s = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (f !== undefined ? '.' + f : ''); }
  return (neg ? '-' : '') + s;
}
const FW = { '0': '０', '1': '１', '2': '２', '3': '３', '4': '４', '5': '５', '6': '６', '7': '７', '8': '８', '9': '９', '.': '．', ',': '，', '%': '％' };
const toFW = (s) => s.replace(/[0-9.,%]/g, (ch) => FW[ch]);
function parseDec(s) { // '1234.56' -> {n, d}
  s = String(s).replace(/,/g, ''); const [i, f = ''] = s.split('.');
  return { n: B(i + f), d: f.length };
}
// money is integer fen (Number, exact up to 9e15)
const wan = (s) => { const { n, d } = parseDec(s); return Number(n * 10n ** B(6 - d)); }; // 万元 string -> fen
const yuan = (s) => { const { n, d } = parseDec(s); return Number(n * 10n ** B(2 - d)); }; // 元 string -> fen
function W(fen, o = {}) { // 万元
  const d = o.d ?? 2; const f = B(fen); const unit = 10n ** B(6 - d);
  if (!o.round && f % unit !== 0n) throw new Error('W not exact ' + fen + ' d=' + d);
  let s = fmtScaled(rdivHalfUp(f, unit), d, o.sep);
  if (o.fw) s = toFW(s);
  return s + (o.bare ? '' : '万元');
}
function Y(fen, o = {}) { const d = o.d ?? 0; const f = B(fen); const unit = 10n ** B(2 - d);
  if (!o.round && f % unit !== 0n) throw new Error('Y not exact ' + fen);
  let s = fmtScaled(rdivHalfUp(f, unit), d, o.sep ?? true); if (o.fw) s = toFW(s); return s + (o.bare ? '' : '元'); }
function YI(fen, d = 2, o = {}) { const unit = 10n ** B(10 - d); let s = fmtScaled(rdivHalfUp(B(fen), unit), d, false); if (o.fw) s = toFW(s); return s + (o.bare ? '' : '亿元'); }
// percentage num/den rounded to d decimals; returns string
function P(num, den, d = 2, o = {}) { const v = rdivHalfUp(B(num) * 100n * 10n ** B(d), B(den)); let s = fmtScaled(v, d, false); if (o.fw) s = toFW(s); return s + (o.bare ? '' : '%'); }
function Pv(num, den, d = 2) { return rdivHalfUp(B(num) * 100n * 10n ** B(d), B(den)); } // scaled int
function Gr(cur, prev, d = 2) { const diff = B(cur) - B(prev); const a = diff < 0n ? -diff : diff; return { s: fmtScaled(rdivHalfUp(a * 100n * 10n ** B(d), B(prev)), d, false) + '%', up: diff >= 0n }; }
const CNd = '零一二三四五六七八九';
function CN(n) { // up to 9999
  if (n === 0) return '零'; const units = ['', '十', '百', '千']; const ds = String(n).split('').map(Number); let s = ''; let zero = false;
  ds.forEach((x, i) => { const u = units[ds.length - 1 - i]; if (x === 0) { zero = true; } else { if (zero && s) s += '零'; zero = false; s += CNd[x] + u; } });
  if (s.startsWith('一十')) s = s.slice(1); return s;
}
const CAP = '零壹贰叁肆伍陆柒捌玖';
function CAPS(n) { // integer yuan to 大写, up to 99,999,999
  const sec = (x) => { const u = ['', '拾', '佰', '仟']; const ds = String(x).padStart(4, '0').split('').map(Number); let s = ''; let z = false; let started = false;
    ds.forEach((v, i) => { if (v === 0) { if (started) z = true; } else { if (z) s += '零'; z = false; started = true; s += CAP[v] + u[3 - i]; } }); return s; };
  const hi = Math.floor(n / 10000), lo = n % 10000; let s = '';
  if (hi) s += sec(hi) + '万'; if (lo) { if (hi && lo < 1000) s += '零'; s += sec(lo); }
  return s + '元整';
}
// ---------- score helpers: scores as integer hundredths ----------
const sc = (s) => { const { n, d } = parseDec(s); return Number(n * 10n ** B(2 - d)); };
const S = (h, d = 2) => { const v = rdivHalfUp(B(h), 10n ** B(2 - d)); return fmtScaled(v, d, false); };
function grade(h) { return h >= 9000 ? '优' : h >= 8000 ? '良' : h >= 6000 ? '中' : '差'; }

// ---------- report model ----------
class Fig { constructor(id, text, kind, unit) { this.id = id; this.text = text; this.kind = kind; if (unit) this.unit = unit; } toString() { return '\u0001' + this.id + '\u0002'; } }
class Ctx {
  constructor(file, meta) { this.file = file; this.meta = meta; this.blocks = []; this.figs = []; this.rels = []; this.badSpec = null; this.nf = 0; this.nr = 0; }
  F(text, kind, unit) { const f = new Fig('f' + (++this.nf), String(text), kind, unit); this.figs.push(f); return f; }
  h(text, level = 1) { this.blocks.push({ t: 'h', text, level }); }
  p(text) { this.blocks.push({ t: 'p', text }); }
  raw(text) { this.blocks.push({ t: 'raw', text }); } // md/txt only line, docx paragraph
  table(rows, o = {}) { this.blocks.push({ t: 'table', rows, o }); }
  rel(type, fields, desc) { const r = { id: 'r' + (++this.nr), type, desc }; for (const [k, v] of Object.entries(fields)) { r[k] = Array.isArray(v) ? v.map((x) => (x instanceof Fig ? x.id : x)) : v instanceof Fig ? v.id : v; } this.rels.push(r); return r; }
  bad(fig, newText, kind, rel) { this.badSpec = { fig, newText, kind, rel }; }
}

// render marker text -> {text, figs:[{id,pos}]}
function renderText(str, over) {
  let out = ''; const figs = []; const re = /\u0001(f\d+)\u0002/g; let last = 0; let m;
  while ((m = re.exec(str))) { out += str.slice(last, m.index); const t = over.get(m[1]); figs.push({ id: m[1], pos: out.length, len: t.length }); out += t; last = re.lastIndex; }
  out += str.slice(last); return { text: out, figs };
}
function cellText(c) { return c == null ? null : typeof c === 'string' ? c : c.t; }
// display width (CJK = 2)
const dw = (s) => [...s].reduce((a, ch) => a + (/[\u0000-\u00ff]/.test(ch) ? 1 : 2), 0);

function renderLines(ctx, over) { // for md / txt: array of {text, figs}
  const fmt = ctx.meta.format; const o = ctx.meta; const L = [];
  const push = (s) => L.push(renderText(s, over));
  const blank = () => { if (L.length && L[L.length - 1].text !== '') L.push({ text: '', figs: [] }); };
  for (const b of ctx.blocks) {
    if (b.t === 'h') {
      if (fmt === 'md') { blank(); push('#'.repeat(b.level) + ' ' + b.text); blank(); }
      else { if (o.txtBlank) blank(); push(b.text); }
    } else if (b.t === 'p' || b.t === 'raw') {
      if (fmt === 'md') { push(b.text); blank(); }
      else { push((b.t === 'p' && o.indent ? o.indent : '') + b.text); if (o.txtBlank) blank(); }
    } else if (b.t === 'table') {
      const rows = b.rows.map((r) => r.map((c) => cellText(c) ?? ''));
      if (fmt === 'md') {
        blank(); rows.forEach((r, i) => { push('| ' + r.join(' | ') + ' |'); if (i === 0) push('|' + r.map(() => '---').join('|') + '|'); }); blank();
      } else {
        const st = b.o.txt || o.txtTable || 'tab';
        if (st === 'tab') rows.forEach((r) => push(r.join('\t')));
        else if (st === 'bar') rows.forEach((r) => push('｜' + r.join('｜') + '｜'));
        else { // pad by display width of rendered text
          const rt = rows.map((r) => r.map((c) => renderText(c, over).text));
          const wd = rt[0].map((_, j) => Math.max(...rt.map((r) => dw(r[j] || ''))));
          rows.forEach((r, i) => { push(r.map((c, j) => j === r.length - 1 ? c : c + ' '.repeat(wd[j] - dw(rt[i][j]) + 2)).join('').replace(/\s+$/, '')); });
        }
        if (o.txtBlank) blank();
      }
    }
  }
  while (L.length && L[L.length - 1].text === '') L.pop();
  return L;
}

function docxParas(ctx, over) { // intended paragraphs and docx children
  const { Paragraph, TextRun, Table, TableRow, TableCell, WidthType, AlignmentType } = docx;
  const paras = []; const children = [];
  const mk = (s, bold, align, size) => { const r = renderText(s, over); paras.push(r); return new Paragraph({ alignment: align, children: r.text ? [new TextRun({ text: r.text, bold, size })] : [] }); };
  for (const b of ctx.blocks) {
    if (b.t === 'h') children.push(mk(b.text, true, b.level === 0 ? AlignmentType.CENTER : undefined, b.level === 0 ? 32 : undefined));
    else if (b.t === 'p' || b.t === 'raw') children.push(mk(b.text, false));
    else if (b.t === 'table') {
      const ncol = b.rows[0].length;
      const trs = b.rows.map((r, ri) => new TableRow({ children: r.map((c, ci) => {
        if (c === null) return null; const t = cellText(c); const o = typeof c === 'object' ? c : {};
        return new TableCell({ children: [mk(t, ri < (b.o.head ?? 1), undefined)], columnSpan: o.cs, rowSpan: o.rs });
      }).filter(Boolean) }));
      children.push(new Table({ rows: trs, width: { size: 100, type: WidthType.PERCENTAGE } }));
      children.push(new Paragraph({ children: [] })); paras.push({ text: '', figs: [] });
    }
  }
  return { paras, children };
}

function xmlParas(xml) { // paragraph texts of document.xml in order
  const out = []; const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g; let m;
  while ((m = re.exec(xml))) { let t = ''; const tr = /<w:t(?: [^>]*)?>([\s\S]*?)<\/w:t>/g; let k; while ((k = tr.exec(m[0]))) t += k[1];
    out.push(t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')); }
  return out;
}

async function buildDocx(ctx, over) {
  const { paras, children } = docxParas(ctx, over);
  const doc = new docx.Document({ creator: ctx.meta.author || '岫州市财政局', title: ctx.meta.title, description: '预算绩效自评报告', sections: [{ children }] });
  const buf = await docx.Packer.toBuffer(doc);
  const z = await JSZip.loadAsync(buf);
  const names = Object.keys(z.files).filter((n) => !z.files[n].dir).sort();
  const nz = new JSZip(); const date = new Date(Date.UTC(2025, 2, 18, 9, 0, 0));
  for (const n of names) {
    let data = await z.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') { let s = data.toString('utf8'); s = s.replace(/(<dcterms:created[^>]*>)[^<]*/, '$12025-03-18T09:00:00Z').replace(/(<dcterms:modified[^>]*>)[^<]*/, '$12025-03-20T16:30:00Z'); data = Buffer.from(s, 'utf8'); }
    nz.file(n, data, { date, createFolders: false });
  }
  const out = await nz.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
  const xml = await z.file('word/document.xml').async('string');
  const xp = xmlParas(xml);
  // map intended paragraphs to xml paragraph indices
  let j = 0; const idx = [];
  for (const p of paras) { while (j < xp.length && xp[j] !== p.text) j++; if (j >= xp.length) throw new Error(ctx.file + ': paragraph not found: ' + p.text); idx.push(j + 1); j++; }
  const lines = xp.map((t) => ({ text: t, figs: [] }));
  paras.forEach((p, i) => { lines[idx[i] - 1].figs = p.figs; });
  return { buf: out, lines };
}

// ---------- indicator scoring (gen side) ----------
function cmpOf(t) { if (/^(≥|不低于|不少于)|以上$/.test(t)) return 'hi'; if (/^(≤|不高于|不超过|不多于)|以下$|以内$/.test(t)) return 'lo'; return 'plain'; }
function numOf(t) { const m = t.replace(/^(≥|≤|不低于|不少于|不高于|不超过|不多于)/, '').match(/[0-9.,]+/); return parseDec(m[0]); }
function autoScore(ind, d) { // returns hundredths
  const w = B(ind.w) * 100n; const cm = cmpOf(ind.tgt); const lower = cm === 'lo' || (cm === 'plain' && ind.lower);
  const t = numOf(ind.tgt), a = numOf(ind.act); const dd = Math.max(t.d, a.d); const tv = t.n * 10n ** B(dd - t.d), av = a.n * 10n ** B(dd - a.d);
  const met = lower ? av <= tv : av >= tv; if (met) return Number(w);
  const q = 10n ** B(2 - d); const raw = lower ? rdivHalfUp(w * tv, av * q) : rdivHalfUp(w * av, tv * q); return Number(raw * q);
}
// build indicator figures; returns list with figs
function mkInds(c, inds, d) {
  return inds.map((ind) => {
    const o = Object.assign({}, ind);
    o.h = ind.score != null ? sc(ind.score) : ind.q ? ind.w * 100 : autoScore(ind, d);
    o.wF = c.F(String(ind.w), 'score'); o.sF = c.F(S(o.h, d), 'score');
    if (!ind.q) { o.tF = c.F(ind.tgt, 'target'); o.aF = c.F(ind.act, ind.akind || 'num'); }
    o.T = ind.q ? ind.tgt : String(o.tF); o.A = ind.q ? ind.act : String(o.aF);
    return o;
  });
}
function indRels(c, L, execW, execS) {
  for (const o of L) if (!o.q && o.score == null) c.rel('ind_score', { target: o.tF, actual: o.aF, weight: o.wF, score: o.sF, lower: !!o.lower }, `${o.l3}：指标值${o.tF.text}、实际${o.aF.text}，分值${o.wF.text}→得分${o.sF.text}`);
}
// Full project table (财预〔2020〕10号 style). spec.funds: [[label, ini, full, exec], ...] first row is 年度资金总额; values fen or null
function tblProjFull(c, sp) {
  const d = sp.d ?? 2; const ncol = 8; const R = [];
  const row = (...cells) => { while (cells.length < ncol) cells.push(null); R.push(cells); };
  row('项目名称', { t: sp.name, cs: 7 }); row('主管部门', { t: sp.dept, cs: 3 }, null, null, '实施单位', { t: sp.impl, cs: 3 });
  row({ t: '项目资金（万元）', rs: sp.funds.length + 1 }, '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分');
  const F = sp.funds.map((f) => f.map((v, i) => (i === 0 ? v : v == null ? null : c.F(W(v, { bare: true, sep: sp.sep }), 'money', '万元'))));
  const tot = F[0]; const full = sp.funds[0][2], ex = sp.funds[0][3];
  const rateS = P(ex, full, sp.rd ?? 2); const rate = c.F(rateS, 'pct');
  const rv = Pv(ex, full, sp.rd ?? 2); const capped = rv > 100n * 10n ** B(sp.rd ?? 2) ? 100n * 10n ** B(sp.rd ?? 2) : rv;
  const eh = Number(rdivHalfUp(capped * B(sp.wExec) * 100n, 100n * 10n ** B(sp.rd ?? 2) * 10n ** B(2 - d)) * 10n ** B(2 - d));
  const ewF = c.F(String(sp.wExec), 'score'); const esF = c.F(S(eh, d), 'score');
  F.forEach((f, i) => { const cells = [null, f[0], f[1] ?? '—', f[2] ?? '—', f[3] ?? '—']; if (i === 0) cells.push(String(ewF), String(rate), String(esF)); else cells.push('—', '—', '—'); R.push(cells.map((x) => (x instanceof Fig ? String(x) : x))); });
  for (let k = 1; k <= 3; k++) { const parts = F.slice(1).map((f) => f[k]).filter(Boolean); if (parts.length && tot[k]) c.rel('sum', { total: tot[k], parts }, `年度资金总额（${['', '年初预算数', '全年预算数', '全年执行数'][k]}）= 各资金来源之和`); }
  c.rel('exec_rate', { num: tot[3], den: tot[2], result: rate }, '自评表执行率 = 全年执行数 ÷ 全年预算数');
  c.rel('exec_score', { rate, weight: ewF, score: esF }, '预算执行率得分 = 执行率 × 分值');
  row({ t: '年度总体目标', rs: 2 }, { t: '预期目标', cs: 3 }, null, null, { t: '实际完成情况', cs: 3 }, null, null);
  row(null, { t: sp.goal[0], cs: 3 }, null, null, { t: sp.goal[1], cs: 3 }, null, null);
  row('一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施');
  const L = mkInds(c, sp.inds, d);
  let prevL1 = null;
  L.forEach((o, i) => { let l1 = o.l1; if (sp.merge !== false) { if (o.l1 === prevL1) l1 = null; else { const n = L.slice(i).findIndex((x) => x.l1 !== o.l1); l1 = { t: o.l1, rs: n < 0 ? L.length - i : n }; } } prevL1 = o.l1;
    R.push([l1, o.l2, o.l3, o.T, o.A, String(o.wF), String(o.sF), o.dev || '']); });
  const h = eh + L.reduce((a, o) => a + o.h, 0); const totW = c.F('100', 'score'); const totS = c.F(S(h, d), 'score');
  row({ t: '总分', cs: 5 }, null, null, null, null, String(totW), String(totS), sp.totalNote || '');
  let gF = null; if (sp.gradeRow) { gF = c.F(grade(h), 'grade'); row({ t: '自评等级', cs: 5 }, null, null, null, null, { t: String(gF), cs: 3 }, null, null); }
  c.rel('weight_sum', { total: totW, parts: [ewF, ...L.map((o) => o.wF)] }, '各项分值之和 = 100');
  c.rel('score_sum', { total: totS, parts: [esF, ...L.map((o) => o.sF)] }, '总分 = 各项得分之和');
  indRels(c, L);
  if (gF) c.rel('grade', { total: totS, grade: gF }, '等级与总分相符');
  c.table(R, { head: 1, txt: sp.txt });
  return { tot, rate, ewF, esF, L, totS, gF, h, totW };
}
// Simple table: 指标 | 分值 | 指标值 | 实际值 | 得分, with 合计 first or last.
function tblSimple(c, sp) {
  const d = sp.d ?? 1; const L = mkInds(c, sp.inds, d); const R = [];
  const hd = sp.cols || ['评价内容', '具体指标', '分值', '指标值', '实际完成', '得分'];
  R.push(hd);
  const h = L.reduce((a, o) => a + o.h, 0) + (sp.extraH || 0);
  const totW = c.F('100', 'score'); const totS = c.F(S(h, d), 'score');
  const totRow = [sp.totLabel || '合计', '', String(totW), '', '', String(totS)];
  if (sp.totalFirst) R.push(totRow);
  L.forEach((o) => R.push([o.l1, o.l3, String(o.wF), o.T, o.A, String(o.sF)]));
  if (!sp.totalFirst) R.push(totRow);
  let gF = null; if (sp.gradeRow) { gF = c.F(grade(h), 'grade'); R.push(['评价等级', '', '', '', '', String(gF)]); }
  c.rel('weight_sum', { total: totW, parts: L.map((o) => o.wF) }, '分值合计 = 100');
  c.rel('score_sum', { total: totS, parts: L.map((o) => o.sF) }, '得分合计 = 各项得分之和');
  indRels(c, L);
  if (gF) c.rel('grade', { total: totS, grade: gF }, '评价等级与得分合计相符');
  c.table(R, { head: 1, txt: sp.txt });
  return { L, totS, totW, gF, h };
}
// Department framework table: 一级 | 二级 | 三级 | 分值 | 目标值 | 实际值 | 得分 | 偏差说明 ; merged 一级 cells; totals last
function tblDept(c, sp) {
  const d = sp.d ?? 2; const L = mkInds(c, sp.inds, d); const R = [];
  if (sp.twoHead) { R.push([{ t: '评价指标', cs: 3 }, null, null, { t: '评分标准', cs: 3 }, null, null, '评价结果', '说明']); R.push(['一级指标', '二级指标', '三级指标', '分值', '目标值', '实际值', '得分', '偏差原因']); }
  else R.push(['一级指标', '二级指标', '三级指标', '分值', '目标值', '实际值', '得分', '偏差原因']);
  let prev = null;
  L.forEach((o, i) => { let l1 = o.l1; if (o.l1 === prev) l1 = null; else { const n = L.slice(i).findIndex((x) => x.l1 !== o.l1); l1 = { t: o.l1, rs: n < 0 ? L.length - i : n }; } prev = o.l1;
    R.push([l1, o.l2, o.l3, String(o.wF), o.T, o.A, String(o.sF), o.dev || '']); });
  const h = L.reduce((a, o) => a + o.h, 0); const totW = c.F('100', 'score'); const totS = c.F(S(h, d), 'score');
  R.push([{ t: '合计', cs: 3 }, null, null, String(totW), '', '', String(totS), '']);
  let gF = null; if (sp.gradeRow) { gF = c.F(grade(h), 'grade'); R.push([{ t: '等级', cs: 3 }, null, null, { t: String(gF), cs: 5 }, null, null, null, null]); }
  c.rel('weight_sum', { total: totW, parts: L.map((o) => o.wF) }, '分值合计 = 100');
  c.rel('score_sum', { total: totS, parts: L.map((o) => o.sF) }, '得分合计 = 各项得分之和');
  indRels(c, L);
  if (gF) c.rel('grade', { total: totS, grade: gF }, '等级与合计得分相符');
  c.table(R, { head: sp.twoHead ? 2 : 1, txt: sp.txt });
  return { L, totS, totW, gF, h };
}
// ---------- reports ----------
const REPORTS = [];
const add = (file, meta, build) => REPORTS.push({ file, meta, build });
const sum = (...xs) => xs.reduce((a, b) => a + b, 0);

// md01 省发改委 部门整体 — no score table, dimension scores and grade in text; bad: sum (income part)
add('md01-prov-fgw-dept.md', { kind: '部门整体', unit: '峦西省发展和改革委员会', table: '无（得分与等级仅在正文）', author: '峦西省发展和改革委员会' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const inc = { fin: wan('18642.37'), biz: wan('326.50'), oth: wan('87.14'), carry: wan('1205.63') }; const incT = sum(...Object.values(inc));
  const ps = wan('6402.85'), gy = wan('1515.41'), base = ps + gy, proj = wan('11476.92'), expT = base + proj, bal = incT - expT;
  c.h('峦西省发展和改革委员会2024年度部门整体支出绩效自评报告', 1);
  c.p('按照《峦西省财政厅关于开展2024年度省级预算绩效自评工作的通知》（峦财绩〔2025〕3号）要求，我委组织规划财务处及各业务处室，对2024年度部门整体支出开展了绩效自评。本报告初稿由财务人员借助智能写作助手整理，经分管领导逐段审改后定稿，现将有关情况报告如下。');
  c.h('一、部门基本情况', 2);
  const bz = c.F('146人', 'num'), zz = c.F('139人', 'num'), kz = c.F(P(139, 146, 2), 'pct');
  c.p(`我委为省政府组成部门，内设综合处、发展规划处、国民经济综合处、固定资产投资处、地区经济处、农村经济处等21个处室，下属省价格监测中心、省重点项目稽察中心2个参公事业单位。截至2024年12月31日，核定编制${bz}，实有在职人员${zz}，人员控制率${kz}；另有离退休人员83人，由省机关事务管理局统一管理。`);
  c.rel('rate', { num: zz, den: bz, result: kz }, '人员控制率 = 在职人员 ÷ 核定编制');
  c.h('二、部门收支情况', 2);
  c.h('（一）收入情况', 3);
  const iT = M(incT), i1 = M(inc.fin), i2 = M(inc.biz, {}), i3 = M(inc.oth, {}), i4 = M(inc.carry);
  c.p(`2024年度，在省财政厅的大力支持下，我委财政拨款收入${i1}，主要用于机关运转和规划编制、项目前期、价格监测等重点工作，事业收入${i2}，全部为省价格监测中心开展成本调查取得的技术服务收入，其他收入${i3}，年初结转结余${i4}，综合上述各项，全年收入合计${iT}。`);
  c.rel('sum', { total: iT, parts: [i1, i2, i3, i4] }, '收入合计 = 财政拨款收入 + 事业收入 + 其他收入 + 年初结转结余（合计在各项之后）');
  c.h('（二）支出情况', 3);
  const eT = M(expT), eB = M(base), eP = M(proj), eBs = c.F(P(base, expT, 2), 'pct');
  c.p(`全年支出合计${eT}。其中：基本支出${eB}（占比${eBs}），项目支出${eP}。`);
  c.rel('sum', { total: eT, parts: [eB, eP] }, '支出合计 = 基本支出 + 项目支出');
  c.rel('share', { num: eB, den: eT, result: eBs }, '基本支出占比 = 基本支出 ÷ 支出合计');
  const eB2 = M(base), ePs = M(ps), eGy = M(gy, {});
  c.p(`基本支出${eB2}中，人员经费${ePs}，主要包括基本工资、津贴补贴、社会保障缴费等；公用经费${eGy}，主要包括办公费、差旅费、会议费、物业管理费等。`);
  c.rel('sum', { total: eB2, parts: [ePs, eGy] }, '基本支出 = 人员经费 + 公用经费');
  c.rel('equal', { a: eB, b: eB2 }, '基本支出两处表述一致');
  c.p('项目支出主要投向重点项目前期工作经费3,260.00万元、省级预算内基本建设投资管理经费1,842.50万元、价格监测与成本调查经费615.30万元等，重点保障了全省重大项目谋划储备和要素保障工作。');
  const iT2 = M(incT), eT2 = M(expT), jy = M(bal, {});
  c.p(`收入合计${iT2}减去支出合计${eT2}，年末结转结余${jy}，主要为跨年度实施的规划编制项目尚未办理结算。`);
  c.rel('diff', { a: iT2, b: eT2, result: jy }, '年末结转结余 = 收入合计 − 支出合计');
  c.rel('equal', { a: iT, b: iT2 }, '收入合计前后一致'); c.rel('equal', { a: eT, b: eT2 }, '支出合计前后一致');
  c.h('（三）“三公”经费情况', 3);
  const j24 = wan('12.36'), j23 = wan('15.80'), v24 = wan('38.72'), v23 = wan('41.05'), g23 = wan('9.60');
  const t24 = j24 + v24, t23 = j23 + v23 + g23;
  const T24 = M(t24, {}), T23 = M(t23, {}), J24 = M(j24, {}), V24 = M(v24, {}), G24 = c.F('0万元', 'money'), J23 = M(j23, {}), V23 = M(v23, {}), G23 = M(g23, {});
  const Dt = M(t23 - t24, {}); const gr = Gr(t24, t23, 2); const GRt = c.F(gr.s, 'pct');
  const Dj = M(j23 - j24, {});
  c.p(`2024年“三公”经费支出${T24}，上年同期为${T23}，减少${Dt}，下降${GRt}。分项看：1. 公务接待费${J24}，上年${J23}，减少${Dj}，主要是严格执行接待审批和公函制度；2. 公务用车购置及运行维护费${V24}（均为运行维护费，未购置车辆），上年${V23}；3. 因公出国（境）费${G24}，上年${G23}，本年度未安排出国（境）团组。`);
  c.rel('sum', { total: T24, parts: [J24, V24, G24] }, '2024年三公经费 = 三项之和');
  c.rel('sum', { total: T23, parts: [J23, V23, G23] }, '2023年三公经费 = 三项之和');
  c.rel('diff', { a: T23, b: T24, result: Dt }, '三公经费减少额 = 上年 − 本年');
  c.rel('growth', { cur: T24, prev: T23, result: GRt, dir: 'down' }, '三公经费下降率');
  c.rel('diff', { a: J23, b: J24, result: Dj }, '公务接待费减少额');
  c.h('三、部门整体支出绩效情况', 2);
  const rs = ['18.40', '23.50', '28.20', '14.00', '9.50'].map((x) => c.F(x + '分', 'score')); const tot = sum(...['18.40', '23.50', '28.20', '14.00', '9.50'].map(sc));
  const TS = c.F(S(tot) + '分', 'score'); const GD = c.F(grade(tot), 'grade');
  c.p('对照年初设定的部门整体绩效目标，全年牵头编制的省级重点专项规划全部按期印发，争取中央预算内投资超过86亿元，全年组织审核省级重点项目近400个，重点项目年度投资计划完成率在85%—90%之间的市州占多数。价格监测方面，全年发布价格监测报告52期，重要民生商品价格监测点位保持稳定。');
  c.p(`按照部门整体支出绩效评价指标体系，运行成本、管理效率、履职效能、社会效应、服务对象满意度五个维度分别得${rs[0]}、${rs[1]}、${rs[2]}、${rs[3]}、${rs[4]}，综合自评得分${TS}，自评等级为“${GD}”。`);
  c.rel('score_sum', { total: TS, parts: rs }, '综合自评得分 = 五个维度得分之和');
  c.rel('grade', { total: TS, grade: GD }, '等级与综合得分相符');
  c.h('四、存在的问题及原因分析', 2);
  c.p('一是部分规划编制项目跨年度实施，年末形成结转，影响预算执行进度；二是个别绩效指标设置偏重过程，效益类指标量化不足，原因是指标设置时对项目成果形态预估不够。');
  c.h('五、下一步改进措施', 2);
  c.p('（一）加强项目全周期管理，对跨年度项目按进度分年安排预算。（二）完善绩效指标库，增加可量化的效益指标。（三）按规定在门户网站公开自评结果，联系电话：0873-6152230。');
  c.bad(eP, '11,746.92万元', 'sum', c.rels.find((r) => r.desc === '支出合计 = 基本支出 + 项目支出'));
});

// md02 市 中央衔接资金 项目 — full table with grade row; county table 合计 first; bad: exec_rate (county row)
add('md02-city-xiangcun-project.md', { kind: '项目支出（中央转移支付）', unit: '岫州市农业农村局（市乡村振兴局）', table: '有（项目表，含等级行）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const cty = [['岚溪县', '4120.00', '4051.30'], ['雾川县', '3865.40', '3790.12'], ['峒口县', '3214.60', '3148.84'], ['市本级', '550.00', '508.00']].map(([n, a, b]) => [n, wan(a), wan(b)]);
  const full = sum(...cty.map((x) => x[1])), ex = sum(...cty.map((x) => x[2]));
  const ini = wan('10900.00'), carry = wan('387.60');
  c.h('岫州市2024年度中央财政衔接推进乡村振兴补助资金绩效自评报告', 1);
  c.p('根据《峦西省财政厅 峦西省农业农村厅关于做好2024年度中央和省级财政衔接资金绩效自评工作的通知》（峦财农〔2025〕11号）要求，市农业农村局会同市财政局对2024年度中央财政衔接推进乡村振兴补助资金（以下简称衔接资金）开展了绩效自评，具体情况如下。');
  c.h('一、项目基本情况', 2);
  const xz = c.F('十二个', 'num'), x1 = c.F('五个', 'num'), x2 = c.F('四个', 'num'), x3 = c.F('三个', 'num');
  c.p(`衔接资金主要支持脱贫县巩固拓展脱贫攻坚成果、发展联农带农富农产业和补齐必要的农村基础设施短板。2024年资金重点投向岚溪县、雾川县、峒口县三个县的${xz}乡镇（岚溪县${x1}、雾川县${x2}、峒口县${x3}），覆盖脱贫村和易地搬迁安置点。`);
  c.rel('sum', { total: xz, parts: [x1, x2, x3] }, '重点乡镇数 = 三县之和（中文数字）');
  c.h('二、资金安排及使用情况', 2);
  const tF = M(full), tI = M(ini), tA = M(full - carry - ini, {}), tC = M(carry, {}), tE = M(ex), tR = c.F(P(ex, full, 2), 'pct');
  c.p(`2024年初下达衔接资金${tI}，年中追加${tA}，加上上年结转资金${tC}，全年可用预算${tF}。截至2024年12月31日，累计支出${tE}，执行率${tR}，剩余资金已按规定结转至2025年继续使用。`);
  c.rel('sum', { total: tF, parts: [tI, tA, tC] }, '全年预算 = 年初下达 + 年中追加 + 上年结转');
  c.rel('exec_rate', { num: tE, den: tF, result: tR }, '正文执行率 = 累计支出 ÷ 全年预算');
  c.raw('单位：万元');
  const H = ['县（市、区）', '全年预算', '实际支出', '执行率'];
  const rowsF = cty.map(([n, a, b]) => { const A = c.F(W(a, { bare: true, sep: true }), 'money', '万元'), Bx = c.F(W(b, { bare: true, sep: true }), 'money', '万元'), Rr = c.F(P(b, a, 2), 'pct'); c.rel('exec_rate', { num: Bx, den: A, result: Rr }, n + '执行率'); return [n, A, Bx, Rr]; });
  const sA = c.F(W(full, { bare: true, sep: true }), 'money', '万元'), sB = c.F(W(ex, { bare: true, sep: true }), 'money', '万元'), sR = c.F(P(ex, full, 2), 'pct');
  c.rel('sum', { total: sA, parts: rowsF.map((r) => r[1]) }, '分县表全年预算合计'); c.rel('sum', { total: sB, parts: rowsF.map((r) => r[2]) }, '分县表实际支出合计');
  c.rel('exec_rate', { num: sB, den: sA, result: sR }, '分县表合计执行率');
  c.table([H, ['合计', sA, sB, sR].map(String), ...rowsF.map((r) => r.map(String))]);
  const sm = M(wan('120.00'), {}), cap = c.F('壹佰贰拾万元', 'money');
  c.p(`另安排小额信贷贴息${sm}，正式拨付文件载明：共计人民币${cap}整。`);
  c.rel('equal', { a: sm, b: cap }, '小额信贷贴息小写与大写一致');
  c.h('三、绩效目标完成情况', 2);
  const nx = c.F('146个', 'num'), n1 = c.F('98个', 'num'), n2 = c.F('37个', 'num'), n3 = c.F('11个', 'num');
  const jy = c.F('3,268人', 'num'); const km = c.F('38.6公里', 'num'), inv = M(wan('1652.08')), pk = c.F(W(Math.round(wan('1652.08') / 38.6)), 'money');
  c.p(`全年实施衔接项目${nx}，其中产业发展类${n1}、基础设施类${n2}、就业帮扶及其他类${n3}。新建和改扩建产业路${km}，完成投资${inv}，每公里${pk}，低于年初测算标准。项目带动脱贫人口和监测对象务工就业${jy}，户均增收约2,100元。`);
  c.rel('sum', { total: nx, parts: [n1, n2, n3] }, '项目个数 = 三类之和');
  c.rel('avg', { total: inv, count: km, result: pk }, '每公里投资 = 投资 ÷ 公里数');
  const T = tblProjFull(c, { name: '2024年中央财政衔接推进乡村振兴补助资金', dept: '岫州市农业农村局', impl: '岚溪县、雾川县、峒口县人民政府', sep: true, wExec: 10, gradeRow: true,
    funds: [['年度资金总额', ini, full, ex], ['当年财政拨款', ini, full - carry, ex - carry], ['上年结转资金', null, carry, carry], ['其他资金', null, null, null]],
    goal: ['巩固拓展脱贫攻坚成果，守住不发生规模性返贫底线，支持联农带农产业发展', '全年未发生规模性返贫，衔接项目按计划实施，联农带农成效明显'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '实施衔接项目个数', tgt: '≥140个', act: '146个' , w: 10 },
      { l1: '产出指标', l2: '数量指标', l3: '新建改扩建产业路里程', tgt: '≥35公里', act: '38.6公里', w: 10 },
      { l1: '产出指标', l2: '质量指标', l3: '项目验收合格率', tgt: '≥95%', act: '98.6%', w: 10 },
      { l1: '产出指标', l2: '时效指标', l3: '资金拨付及时率', tgt: '100%', act: '96.5%', w: 10, dev: '2个项目用地手续延后，资金延迟拨付' },
      { l1: '产出指标', l2: '成本指标', l3: '产业路每公里建设成本', tgt: '≤45万元', act: '42.80万元', akind: 'money', w: 10 },
      { l1: '效益指标', l2: '经济效益', l3: '脱贫人口人均纯收入增幅', tgt: '≥8%', act: '9.2%', w: 10 },
      { l1: '效益指标', l2: '社会效益', l3: '带动脱贫人口就业人数', tgt: '≥3000人', act: '3268人', w: 10 },
      { l1: '效益指标', l2: '可持续影响', l3: '项目资产确权登记率', tgt: '100%', act: '100%', w: 10 },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '受益群众满意度', tgt: '≥90%', act: '95.3%', w: 10 }] });
  c.rel('equal', { a: tF, b: T.tot[2] }, '正文全年预算 = 自评表'); c.rel('equal', { a: tE, b: T.tot[3] }, '正文支出 = 自评表');
  c.rel('equal', { a: sA, b: T.tot[2] }, '分县表合计 = 自评表全年预算');
  c.rel('equal', { a: nx, b: T.L[0].aF }, '项目个数正文 = 自评表'); c.rel('equal', { a: jy, b: T.L[6].aF }, '带动就业人数正文 = 自评表'); c.rel('equal', { a: km, b: T.L[1].aF }, '产业路里程正文 = 自评表'); c.rel('equal', { a: pk, b: T.L[4].aF }, '每公里成本正文 = 自评表');
  c.h('四、存在的问题及改进措施', 2);
  c.p('（一）个别项目前期工作不扎实，用地、环评等手续办理滞后，导致资金拨付不及时。下一步将建立项目库动态调整机制，对前期工作不成熟的项目不予入库。（二）部分产业项目联农带农机制不够紧密，将推行“订单收购+分红”模式。');
  c.bad(rowsF[1][3], '97.06%', 'exec_rate', c.rels.find((r) => r.desc === '雾川县执行率'));
});

// md03 市统计局 部门整体 — dept table (dimensions); pp relations; bad: pp
add('md03-city-tongji-dept.md', { kind: '部门整体', unit: '岫州市统计局', table: '有（部门整体评价表，无等级行，等级在正文）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const ini = wan('1352.80'), addn = wan('133.50'), full = ini + addn, ex = wan('1433.06'), bal = full - ex;
  c.h('岫州市统计局2024年度部门整体支出绩效自评报告', 1);
  c.h('一、部门概况', 2);
  c.p('市统计局是市政府工作部门，负责全市国民经济核算、统计调查、统计执法和统计信息发布等工作，内设办公室、综合统计科、国民经济核算科、农村统计科、工业交通统计科、贸易外经统计科、统计执法监督科7个科室，下设市统计普查中心1个事业单位。');
  const bz = c.F('58名', 'num'), zz = c.F('55名', 'num'), kz = c.F(P(55, 58, 1), 'pct');
  c.p(`全局核定编制${bz}，年末在职${zz}，编制使用率${kz}。`);
  c.rel('rate', { num: zz, den: bz, result: kz }, '编制使用率 = 在职 ÷ 编制');
  c.h('二、预算执行情况', 2);
  const I = M(ini), A = M(addn, {}), Fu = M(full), E = M(ex), Bl = M(bal, {}), R = c.F(P(ex, full, 2), 'pct'), R0 = c.F('94.27%', 'pct'), D = c.F(fmtScaled(Pv(ex, full, 2) - 9427n, 2) + '个百分点', 'pp');
  c.p(`（一）预算调整。年初预算${I}，年中因第五次全国经济普查数据发布和人口变动抽样调查追加${A}，调整后全年预算${Fu}。`);
  c.rel('sum', { total: Fu, parts: [I, A] }, '全年预算 = 年初预算 + 追加');
  c.p(`（二）执行结果。全年支出${E}，结余${Bl}，预算执行率${R}，比上年的${R0}提高${D}。`);
  c.rel('diff', { a: Fu, b: E, result: Bl }, '结余 = 全年预算 − 支出');
  c.rel('exec_rate', { num: E, den: Fu, result: R }, '预算执行率 = 支出 ÷ 全年预算');
  c.rel('pp', { a: R, b: R0, result: D }, '执行率提高的百分点');
  const q1 = c.F('98.6%', 'pct'), q0 = c.F('96.9%', 'pct'), qd = c.F('1.7个百分点', 'pp');
  const o1 = c.F('87.45%', 'pct'), o0 = c.F('91.20%', 'pct'), od = c.F('3.75个百分点', 'pp');
  c.h('三、绩效目标完成情况', 2);
  c.p(`1. 统计数据质量。全年组织对规模以上工业、限额以上批零住餐等专业开展数据质量抽查，抽查合格率${q1}，较上年${q0}提升${qd}。`);
  c.rel('pp', { a: q1, b: q0, result: qd }, '数据质量抽查合格率提升的百分点');
  c.p(`2. 联网直报。企业联网直报按时报送率${o1}，受部分新入库小微企业不熟悉平台影响，较上年${o0}回落${od}，已列入下一年度培训重点。`);
  c.rel('pp', { a: o0, b: o1, result: od }, '按时报送率回落的百分点');
  c.p('3. 统计服务。编印《岫州统计年鉴2024》《岫州市统计月报》，年鉴印数约800册，全年接待数据查询咨询2000余人次，统计数据解读在市政府门户网站发布36篇。');
  const T = tblDept(c, { d: 2, inds: [
    { l1: '运行成本', l2: '经济性', l3: '“三公”经费控制率', tgt: '≤100%', act: '82.4%', w: 10 },
    { l1: '运行成本', l2: '经济性', l3: '在职人员控制率', tgt: '≤100%', act: kz.text, w: 5 },
    { l1: '管理效率', l2: '预算执行', l3: '预算执行率', tgt: '≥95%', act: R.text, w: 10 },
    { l1: '管理效率', l2: '预算执行', l3: '结转结余率', tgt: '≤5%', act: P(bal, full, 2), w: 5 },
    { l1: '履职效能', l2: '重点工作', l3: '统计调查任务完成率', tgt: '100%', act: '100%', w: 20 },
    { l1: '履职效能', l2: '重点工作', l3: '企业联网直报按时报送率', tgt: '≥90%', act: o1.text, w: 10, dev: '新入库小微企业不熟悉平台，已加强培训' },
    { l1: '社会效应', l2: '数据质量', l3: '数据质量抽查合格率', tgt: '≥98%', act: q1.text, w: 15 },
    { l1: '可持续发展能力', l2: '人员培训', l3: '统计人员业务培训人次', tgt: '≥600人次', act: '652人次', w: 15 },
    { l1: '服务对象满意度', l2: '满意度', l3: '数据使用者满意度', tgt: '≥90%', act: '93.8%', w: 10 }] });
  c.rel('equal', { a: R, b: T.L[2].aF }, '执行率正文 = 评价表'); c.rel('equal', { a: kz, b: T.L[1].aF }, '编制使用率 = 在职人员控制率'); c.rel('equal', { a: o1, b: T.L[5].aF }, '联网直报按时报送率正文 = 评价表'); c.rel('equal', { a: q1, b: T.L[6].aF }, '抽查合格率正文 = 评价表');
  c.rel('rate', { num: Bl, den: Fu, result: T.L[3].aF }, '结转结余率 = 结余 ÷ 全年预算');
  const tt = c.F(T.totS.text + '分', 'score'), gg = c.F(grade(T.h), 'grade');
  c.rel('equal', { a: tt, b: T.totS }, '正文总分 = 评价表合计'); c.rel('grade', { total: tt, grade: gg }, '正文等级与总分相符');
  c.p(`经评价，我局2024年度部门整体支出绩效自评得分${tt}，等级为“${gg}”。`);
  c.h('四、存在问题与改进措施', 2);
  c.p('一是联网直报按时报送率低于上年，基层统计力量薄弱；二是部分专项调查经费测算偏粗。下一步，将加强对新入库企业的“一对一”指导，细化专项调查经费测算依据。');
  c.bad(qd, '2.7个百分点', 'pp', c.rels.find((r) => r.desc === '数据质量抽查合格率提升的百分点'));
});

// md04 省森林防火 项目 — simple table, 合计 last; grade in text; bad: text_table
add('md04-prov-senlinfanghuo-project.md', { kind: '项目支出', unit: '峦西省林业局', table: '有（简表，合计在末行，等级在正文）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const items = [['瞭望塔及视频监控系统建设', '1286.40'], ['生物防火隔离带建设', '945.00'], ['专业扑火队伍装备购置', '702.35'], ['防火宣传及培训', '118.25']].map(([n, v]) => [n, wan(v)]);
  const full = wan('3120.00'), ex = sum(...items.map((x) => x[1]));
  c.h('2024年度省级森林草原防火专项资金绩效自评报告', 1);
  c.p('峦西省林业局（2025年3月）');
  c.h('一、基本情况', 2);
  c.p('我省地处内陆山区，山高坡陡、林区面积大，冬春季节森林火险等级高。省级森林草原防火专项资金按照《峦西省森林草原防火专项资金管理办法》（峦林规〔2022〕4号）管理，2024年安排资金用于岫州、苍屏等6个重点火险市州的基础设施和队伍能力建设。');
  c.h('二、资金使用情况', 2);
  const Fu = M(full), Ex = M(ex), R = c.F(P(ex, full, 1), 'pct'); const parts = items.map(([n, v]) => [n, M(v, { sep: v >= 1e9 })]);
  c.p(`全年预算${Fu}，实际支出${Ex}，执行率${R}。按用途分：`);
  c.rel('exec_rate', { num: Ex, den: Fu, result: R }, '执行率 = 实际支出 ÷ 全年预算');
  parts.forEach(([n, f], i) => c.p(`${i + 1}. ${n}${f}；`));
  const Ex2 = M(ex); c.p(`以上四项合计${Ex2}。`);
  c.rel('sum', { total: Ex2, parts: parts.map((x) => x[1]) }, '四项用途合计（合计在后）'); c.rel('equal', { a: Ex, b: Ex2 }, '实际支出两处一致');
  c.h('三、绩效完成情况', 2);
  const ta = c.F('14座', 'num'), gl = c.F('126.5公里', 'num'), dw = c.F('42支', 'num'), rs = c.F('1,260人', 'num'), avgp = c.F(fmtScaled(rdivHalfUp(1260n * 10n, 42n), 1) + '人', 'num');
  c.p(`全年新建瞭望塔${ta}，新建生物防火隔离带${gl}，为${dw}专业扑火队补充装备，涉及扑火队员${rs}，平均每支队伍${avgp}。全省全年发生森林火灾3起，过火面积约12公顷，森林火灾受害率控制在0.9‰以内，无重大人员伤亡。`);
  c.rel('avg', { total: rs, count: dw, result: avgp }, '平均每支队伍人数');
  c.raw('表1 省级森林草原防火专项资金绩效自评简表');
  const T = tblSimple(c, { d: 1, inds: [
    { l1: '预算执行', l3: '预算执行率', tgt: '≥95%', act: R.text, w: 10 },
    { l1: '产出数量', l3: '新建瞭望塔', tgt: '≥12座', act: '14座', w: 10 },
    { l1: '产出数量', l3: '新建生物防火隔离带', tgt: '≥120公里', act: '126.5公里', w: 10 },
    { l1: '产出数量', l3: '补充装备的专业扑火队', tgt: '≥40支', act: '42支', w: 10 },
    { l1: '产出质量', l3: '瞭望塔视频监控覆盖率', tgt: '≥85%', act: '88.3%', w: 10 },
    { l1: '产出时效', l3: '项目完工时限', tgt: '≤300天', act: '286天', w: 10 },
    { l1: '效益', l3: '森林火灾受害率', tgt: '≤0.9‰', act: '0.9‰', w: 15, q: true },
    { l1: '效益', l3: '火情24小时扑灭率', tgt: '≥95%', act: '100%', w: 15 },
    { l1: '满意度', l3: '林区群众满意度', tgt: '≥90%', act: '86.4%', w: 10 }] });
  c.rel('equal', { a: R, b: T.L[0].aF }, '执行率正文 = 表'); c.rel('equal', { a: ta, b: T.L[1].aF }, '瞭望塔正文 = 表'); c.rel('equal', { a: gl, b: T.L[2].aF }, '隔离带正文 = 表'); c.rel('equal', { a: dw, b: T.L[3].aF }, '扑火队正文 = 表');
  const tt = c.F(T.totS.text + '分', 'score'), gg = c.F(grade(T.h), 'grade');
  c.p(`综上，项目自评得分${tt}，评价等级“${gg}”。林区群众满意度未达目标，主要是部分隔离带施工期间临时封闭林道，对群众出行造成不便。`);
  c.rel('equal', { a: tt, b: T.totS }, '正文得分 = 表合计'); c.rel('grade', { total: tt, grade: gg }, '等级与得分相符');
  c.h('四、问题及建议', 2);
  c.p('（一）施工组织与群众出行统筹不够；（二）部分县级配套资金到位慢。建议合理安排施工时段，省级资金分配与县级配套到位情况挂钩。联系人：省林业局防火处，电话0856-8653207。');
  c.bad(gl, '162.5公里', 'text_table', c.rels.find((r) => r.desc === '隔离带正文 = 表'));
});

// md05 市博物馆免费开放 中央转移支付 — AI-style long sentences, shares, per-visit; table 合计 first + grade row; bad: share
add('md05-city-bowuguan-project.md', { kind: '项目支出（中央转移支付）', unit: '岫州市文化广电旅游局（市博物馆）', table: '有（简表，合计在首行，含等级行）' }, (c) => {
  const M = (f, o = {}) => c.F(W(f, o), 'money');
  const zy = wan('680.00'), sj = wan('102.00'), shi = wan('68.00'), tot = zy + sj + shi;
  const vis = 583600; // 58.36万人次
  c.h('岫州市博物馆、纪念馆免费开放补助资金2024年度绩效自评报告', 1);
  c.h('一、项目概况', 2);
  const T1 = M(tot), Z = M(zy), Zs = c.F(P(zy, tot, 2), 'pct'), SJ = M(sj), SJs = c.F(P(sj, tot, 2), 'pct'), SH = M(shi);
  c.p(`为保障全市三家国有博物馆、纪念馆持续免费向社会公众开放，2024年度中央、省、市三级财政共安排免费开放补助资金，其中中央财政补助${Z}（占比${Zs}），省级财政补助${SJ}（占比${SJs}），市级财政配套${SH}，三级资金合计${T1}，资金全部纳入市博物馆、岫州革命纪念馆和鹞岭民俗博物馆部门预算统一管理。`);
  c.rel('sum', { total: T1, parts: [Z, SJ, SH] }, '三级资金合计（合计在后）');
  c.rel('share', { num: Z, den: T1, result: Zs }, '中央补助占比'); c.rel('share', { num: SJ, den: T1, result: SJs }, '省级补助占比');
  c.h('二、资金使用情况', 2);
  const e1 = wan('412.36'), e2 = wan('196.80'), e3 = wan('158.74'), e4 = wan('64.10'), ex = e1 + e2 + e3 + e4;
  const E = M(ex), E1 = M(e1), E2 = M(e2), E3 = M(e3), E4 = M(e4), R = c.F(P(ex, tot, 2), 'pct'), T2 = M(tot), Bl = M(tot - ex);
  c.p(`截至2024年12月31日，免费开放补助资金已支出${E}，占全年资金${T2}的${R}，尚余${Bl}为陈列改造项目质保金，将于2025年质保期满后支付。已支出资金中，用于场馆日常运行保障${E1}、陈列展览更新${E2}、社会教育活动${E3}、安全保卫及消防设施维护${E4}。`);
  c.rel('exec_rate', { num: E, den: T2, result: R }, '支出占全年资金比例'); c.rel('diff', { a: T2, b: E, result: Bl }, '尚余 = 全年资金 − 已支出');
  c.rel('sum', { total: E, parts: [E1, E2, E3, E4] }, '已支出 = 四项用途之和（总额在前）'); c.rel('equal', { a: T1, b: T2 }, '全年资金前后一致');
  c.h('三、绩效目标实现情况', 2);
  const V = c.F('58.36万人次', 'num'), Vy = c.F('52.18万人次', 'num'), Vg = c.F(Gr(vis, 521800, 1).s, 'pct'), pv = c.F(Y(Math.round(ex / vis), { d: 2 }), 'money');
  const zl = c.F('16个', 'num'), cz = c.F('9个', 'num'), lz = c.F('7个', 'num');
  const kd = c.F('312天', 'num');
  c.p(`2024年，三馆全年免费开放${kd}，累计接待观众${V}，比上年的${Vy}同比增长${Vg}，其中未成年人约占三成；按已支出资金测算，每接待一人次观众的免费开放成本为${pv}，在全省同类场馆中处于较低水平。全年举办临时展览${zl}（其中原创展览${cz}、引进展览${lz}），开展“博物馆进校园”“周末小讲堂”等社会教育活动460余场次，年内第二季度观众量环比增长近两成。`);
  c.rel('growth', { cur: V, prev: Vy, result: Vg, dir: 'up' }, '观众量同比增长'); c.rel('avg', { total: E, count: V, result: pv }, '每人次免费开放成本');
  c.rel('sum', { total: zl, parts: [cz, lz] }, '临时展览 = 原创 + 引进');
  const T = tblSimple(c, { d: 2, totalFirst: true, gradeRow: true, cols: ['一级指标', '三级指标', '分值', '年度指标值', '实际完成值', '得分'], inds: [
    { l1: '预算执行', l3: '资金支出率', tgt: '≥90%', act: R.text, w: 10 },
    { l1: '产出', l3: '年开放天数', tgt: '≥300天', act: '312天', w: 10 },
    { l1: '产出', l3: '年接待观众人次', tgt: '≥55万人次', act: '58.36万人次', w: 15 },
    { l1: '产出', l3: '举办临时展览', tgt: '≥15个', act: '16个', w: 15 },
    { l1: '效益', l3: '未成年人观众占比', tgt: '≥25%', act: '31.2%', w: 15 },
    { l1: '效益', l3: '藏品完好率', tgt: '100%', act: '100%', w: 15 },
    { l1: '满意度', l3: '观众满意度', tgt: '≥92%', act: '95.7%', w: 20 }] });
  c.rel('equal', { a: kd, b: T.L[1].aF }, '开放天数正文 = 表'); c.rel('equal', { a: R, b: T.L[0].aF }, '支出率正文 = 表'); c.rel('equal', { a: V, b: T.L[2].aF }, '观众人次正文 = 表'); c.rel('equal', { a: zl, b: T.L[3].aF }, '临时展览正文 = 表');
  c.h('四、问题与下一步打算', 2);
  c.p('总体来看，项目绩效目标基本实现，但仍存在两方面不足：一是县级以下流动展览覆盖面不够，二是数字化展陈投入有限。下一步，市文化广电旅游局将争取在2025年将流动展览覆盖至全市7个县（市、区），并积极申报中央数字化展陈补助，进一步提升免费开放服务质量。');
  c.bad(SJs, '13.00%', 'share', c.rels.find((r) => r.desc === '省级补助占比'));
});

// md06 市医保局 部门整体 — income/expenditure with last-year comparisons, 三公 growth; two-row header table; bad: growth
add('md06-city-yibao-dept.md', { kind: '部门整体', unit: '岫州市医疗保障局', table: '有（部门整体评价表，双行表头，等级在正文）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市医疗保障局2024年度部门整体支出绩效自评报告', 1);
  c.h('一、部门基本情况', 2);
  c.p('市医疗保障局内设办公室、待遇保障科、医药服务管理科、基金监管科、规划财务和法规科5个科室，下属市医疗保障事务中心、市医疗保障基金监测中心2个事业单位。');
  const bz = c.F('86人', 'num'), zz = c.F('81人', 'num'), kz = c.F(P(81, 86, 2), 'pct');
  c.p(`年末核定编制${bz}，实有在职${zz}，人员编制控制率${kz}。`);
  c.rel('rate', { num: zz, den: bz, result: kz }, '人员编制控制率');
  c.h('二、部门收支情况', 2);
  const fin = wan('4862.51'), oth = wan('35.20'), car = wan('212.47'), incT = fin + oth + car;
  const I = M(incT), I1 = M(fin), I2 = M(oth, {}), I3 = M(car, {}), IL = M(wan('4716.93')), Ig = c.F(Gr(incT, wan('4716.93'), 2).s, 'pct');
  c.p(`（一）收入。2024年收入合计${I}，较上年${IL}增长${Ig}。其中：财政拨款收入${I1}，其他收入${I2}，年初结转结余${I3}。本年无事业收入。`);
  c.rel('sum', { total: I, parts: [I1, I2, I3] }, '收入合计 = 各项收入之和'); c.rel('growth', { cur: I, prev: IL, result: Ig, dir: 'up' }, '收入合计同比增长');
  const ps = wan('1736.42'), gy = wan('298.15'), base = ps + gy, p1 = wan('1288.60'), p2 = wan('1054.38'), p3 = wan('387.25'), proj = p1 + p2 + p3, expT = base + proj;
  const E = M(expT), EB = M(base), EP = M(proj), EPs = M(ps), EG = M(gy, {}), P1 = M(p1), P2 = M(p2), P3 = M(p3, {});
  const bL = wan('1987.66'), BL = M(bL), Bg = c.F(Gr(base, bL, 1).s, 'pct');
  c.p(`（二）支出。2024年支出合计${E}，其中基本支出${EB}、项目支出${EP}。`);
  c.rel('sum', { total: E, parts: [EB, EP] }, '支出合计 = 基本支出 + 项目支出');
  const RX = c.F('97.3%', 'pct');
  c.p(`按市财政局年终考核口径（剔除12月下旬追加、按规定结转下年使用的资金），本局预算执行率为${RX}。`);
  const EB2 = M(base), EP2 = M(proj);
  c.p(`基本支出${EB2}，比上年${BL}增长${Bg}，主要是落实调资政策人员经费增加。其中人员经费${EPs}，公用经费${EG}。`);
  c.rel('sum', { total: EB2, parts: [EPs, EG] }, '基本支出 = 人员经费 + 公用经费'); c.rel('equal', { a: EB, b: EB2 }, '基本支出两处一致'); c.rel('growth', { cur: EB2, prev: BL, result: Bg, dir: 'up' }, '基本支出同比增长');
  c.p(`项目支出${EP2}，其中：医保基金监管及飞行检查专项${P1}，医保经办服务能力提升${P2}，长期护理保险制度试点工作经费${P3}。`);
  c.rel('sum', { total: EP2, parts: [P1, P2, P3] }, '项目支出 = 三个项目之和（完整列举）'); c.rel('equal', { a: EP, b: EP2 }, '项目支出两处一致');
  c.h('三、“三公”经费', 2);
  const j = [wan('3.84'), wan('4.62')], v = [wan('11.20'), wan('9.85')];
  const J = M(j[0], {}), JL = M(j[1], {}), Jg = c.F(Gr(j[0], j[1], 2).s, 'pct'), Vv = M(v[0], {}), VL = M(v[1], {}), Vg = c.F(Gr(v[0], v[1], 2).s, 'pct');
  const T = M(j[0] + v[0], {}), TL = M(j[1] + v[1], {}), Tg = c.F(Gr(j[0] + v[0], j[1] + v[1], 2).s, 'pct');
  c.p(`“三公”经费合计${T}（上年${TL}），同比增长${Tg}：`);
  c.p(`1. 公务接待费${J}，上年${JL}，同比下降${Jg}；`);
  c.p(`2. 公务用车运行维护费${Vv}，上年${VL}，同比增长${Vg}，原因是2辆执法用车使用年限超过10年，维修费用增加；`);
  c.p('3. 因公出国（境）费0元，与上年持平。');
  c.rel('sum', { total: T, parts: [J, Vv] }, '三公合计 = 接待 + 用车（出国为0）'); c.rel('sum', { total: TL, parts: [JL, VL] }, '上年三公合计');
  c.rel('growth', { cur: T, prev: TL, result: Tg, dir: 'up' }, '三公合计同比'); c.rel('growth', { cur: J, prev: JL, result: Jg, dir: 'down' }, '公务接待费同比下降'); c.rel('growth', { cur: Vv, prev: VL, result: Vg, dir: 'up' }, '公务用车运行维护费同比增长');
  c.h('四、履职绩效', 2);
  const yd = c.F('18.6万人次', 'num'), yj = c.F('4.23亿元', 'money'), ya = c.F(Y(Math.round(wan('42300.00') / 186000), { d: 2 }), 'money');
  c.p(`全市基本医疗保险参保238.46万人，参保率稳定在95%以上；跨省和省内异地就医直接结算${yd}，结算医疗费用${yj}，人次均${ya}；全年追回违规使用医保基金约1,800万元，四季度门诊结算量环比增长12.6%。`);
  c.rel('avg', { total: yj, count: yd, result: ya }, '异地就医人次均结算费用');
  const TT = tblDept(c, { twoHead: true, d: 1, inds: [
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费变动率', tgt: '≤5%', act: Tg.text, w: 10 },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率（考核口径）', tgt: '≥95%', act: '97.3%', w: 10 },
    { l1: '管理效率', l2: '人员管理', l3: '人员编制控制率', tgt: '≤100%', act: kz.text, w: 5 },
    { l1: '履职效能', l2: '待遇保障', l3: '基本医保参保率', tgt: '≥95%', act: '95.6%', w: 15 },
    { l1: '履职效能', l2: '基金监管', l3: '定点医药机构检查覆盖率', tgt: '100%', act: '100%', w: 15 },
    { l1: '履职效能', l2: '经办服务', l3: '异地就医直接结算人次', tgt: '≥20万人次', act: '18.6万人次', w: 15, dev: '省外就医人数下降，需求减少' },
    { l1: '社会效应', l2: '群众负担', l3: '住院费用政策范围内报销比例', tgt: '≥70%', act: '71.8%', w: 15 },
    { l1: '服务对象满意度', l2: '满意度', l3: '参保群众满意度', tgt: '≥90%', act: '92.4%', w: 15 }] });
  c.rel('equal', { a: Tg, b: TT.L[0].aF }, '三公变动率正文 = 表'); c.rel('equal', { a: RX, b: TT.L[1].aF }, '考核口径执行率正文 = 表'); c.rel('equal', { a: kz, b: TT.L[2].aF }, '编制控制率正文 = 表'); c.rel('equal', { a: yd, b: TT.L[5].aF }, '异地结算人次正文 = 表');
  const tt = c.F(TT.totS.text, 'score'), gg = c.F(grade(TT.h), 'grade');
  c.p(`根据上表，自评总分${tt}分，等级${gg}。`);
  c.rel('equal', { a: tt, b: TT.totS }, '正文总分 = 表'); c.rel('grade', { total: tt, grade: gg }, '等级与总分相符');
  c.h('五、存在问题及改进措施', 2);
  c.p('异地就医直接结算人次未达年度目标，公务用车运行维护费同比上升。下一步将加快老旧执法车辆更新报废，优化异地就医备案流程。');
  c.bad(Vg, '12.71%', 'growth', c.rels.find((r) => r.desc === '公务用车运行维护费同比增长'));
});

// md07 市污染防治 中央转移支付 — full table with grade row; text says only "95分以上"; bad: score_total
add('md07-city-wuranfangzhi-project.md', { kind: '项目支出（中央转移支付）', unit: '岫州市生态环境局', table: '有（项目表，含等级行）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const ps = [['岚溪河流域水环境综合治理工程', '6120.35', '5986.20'], ['雾川县城乡污水管网完善工程', '3875.00', '3802.46'], ['松霭区餐饮油烟及扬尘治理', '1650.00', '1588.75'], ['青樾区土壤污染风险管控', '1201.00', '1137.90']].map(([n, a, b]) => [n, wan(a), wan(b)]);
  const full = sum(...ps.map((x) => x[1])), ex = sum(...ps.map((x) => x[2]));
  c.h('2024年度中央水、大气、土壤污染防治资金（岫州市）绩效自评报告', 1);
  c.p('报送单位：岫州市生态环境局　　报送日期：2025年4月8日');
  c.h('一、项目概况', 2);
  const Fy = c.F(YI(full, 4), 'money'), Fw = M(full);
  c.p(`2024年，我市累计获得中央水污染防治资金、大气污染防治资金和土壤污染防治资金共${Fy}（${Fw}），约占全省同类资金的一成，支持四个项目实施：`);
  c.rel('equal', { a: Fy, b: Fw }, '亿元与万元两种表述一致');
  const PF = ps.map(([n, a, b], i) => { const A = M(a), Bx = M(b); c.p(`（${'一二三四'[i]}）${n}，下达资金${A}，已支出${Bx}；`); return [A, Bx]; });
  const Fw2 = M(full), Ex = M(ex), R = c.F(P(ex, full, 2), 'pct');
  c.p(`上述四个项目下达资金合计${Fw2}，已支出合计${Ex}，资金执行率${R}。`);
  c.rel('sum', { total: Fw2, parts: PF.map((x) => x[0]) }, '下达资金合计（合计在后）'); c.rel('sum', { total: Ex, parts: PF.map((x) => x[1]) }, '已支出合计（合计在后）');
  c.rel('exec_rate', { num: Ex, den: Fw2, result: R }, '资金执行率'); c.rel('equal', { a: Fw, b: Fw2 }, '资金总额前后一致');
  c.h('二、绩效目标完成情况', 2);
  const sz = c.F('100%', 'pct'), pm = c.F('26微克/立方米', 'num'); const gw = c.F('23.6公里', 'num'), gi = M(ps[1][2]), gp = c.F(W(Math.round(ps[1][2] / 23.6 / 10000) * 10000), 'money');
  c.p(`雾川县新建、改造城乡污水管网${gw}，已支出${gi}，折合每公里${gp}。全市地表水国控断面水质优良比例达到${sz}，细颗粒物（PM2.5）年均浓度为${pm}，同比下降7.1%，受污染耕地安全利用率保持在93%以上。`);
  c.rel('avg', { total: gi, count: gw, result: gp }, '污水管网每公里投资');
  const T = tblProjFull(c, { name: '中央水、大气、土壤污染防治资金', dept: '岫州市生态环境局', impl: '岚溪县、雾川县、松霭区、青樾区人民政府', sep: true, wExec: 10, gradeRow: true,
    funds: [['年度资金总额', full, full, ex], ['当年财政拨款', full, full, ex], ['上年结转资金', null, null, null], ['其他资金', null, null, null]],
    goal: ['改善流域水环境质量，削减大气污染物排放，管控土壤污染风险', '水、大气、土壤环境质量目标全部完成'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '新建改造污水管网长度', tgt: '≥22公里', act: '23.6公里', w: 15 },
      { l1: '产出指标', l2: '数量指标', l3: '完成油烟治理餐饮单位', tgt: '≥300家', act: '286家', w: 10, dev: '部分餐饮单位停业，改进：纳入2025年计划' },
      { l1: '产出指标', l2: '质量指标', l3: '工程验收合格率', tgt: '100%', act: '100%', w: 15 },
      { l1: '产出指标', l2: '时效指标', l3: '项目开工率', tgt: '100%', act: '100%', w: 10 },
      { l1: '效益指标', l2: '生态效益', l3: '国控断面水质优良比例', tgt: '≥90%', act: '100%', w: 10 },
      { l1: '效益指标', l2: '生态效益', l3: 'PM2.5年均浓度', tgt: '≤28微克/立方米', act: '26微克/立方米', w: 10 },
      { l1: '效益指标', l2: '生态效益', l3: '受污染耕地安全利用率', tgt: '≥93%', act: '93.4%', w: 10 },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '周边群众满意度', tgt: '≥85%', act: '91.5%', w: 10 }] });
  c.rel('equal', { a: sz, b: T.L[4].aF }, '水质优良比例正文 = 自评表'); c.rel('equal', { a: pm, b: T.L[5].aF }, 'PM2.5正文 = 自评表');
  c.rel('equal', { a: Fw2, b: T.tot[2] }, '正文资金合计 = 自评表'); c.rel('equal', { a: Ex, b: T.tot[3] }, '正文支出 = 自评表'); c.rel('equal', { a: R, b: T.rate }, '执行率正文 = 自评表'); c.rel('equal', { a: gw, b: T.L[0].aF }, '管网长度正文 = 自评表');
  c.p('经综合评定，项目自评得分在95分以上，评价等级为优。');
  c.h('三、存在的问题和改进措施', 2);
  c.p('一是餐饮油烟治理任务未全部完成，部分餐饮单位停业转让；二是土壤污染风险管控项目工程量结算滞后。下一步将建立任务清单动态调整机制，加快工程结算审计。');
  c.bad(T.totS, S(T.h - 100), 'score_total', c.rels.find((r) => r.type === 'score_sum'));
});

// md08 省体育局 全民健身（体育彩票公益金，政府性基金）— full table, 1-decimal scores, l1 not merged; bad: indicator_score
add('md08-prov-quanminjianshen-fund.md', { kind: '项目支出（政府性基金）', unit: '峦西省体育局', table: '有（项目表，一级指标逐行重复，1位小数）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const ini = wan('9600.00'), cut = wan('480.00'), full = ini - cut, carry = wan('356.72');
  const allF = full + carry; const ex = wan('9216.15');
  c.h('峦西省2024年度省本级体育彩票公益金（全民健身）项目支出绩效自评报告', 1);
  c.h('一、项目概况', 2);
  c.p('省本级体育彩票公益金属于政府性基金预算，按照“扶贫济困、扶老助残、支持公益”的宗旨，主要用于全民健身场地设施建设、群众性体育赛事活动和国民体质监测。本项目依据《峦西省全民健身实施计划（2021—2025年）》实施。');
  c.h('二、资金安排与执行', 2);
  const I = M(ini), C = M(cut, {}), Fu = M(full), Ca = M(carry, {}), AF = M(allF), E = M(ex), R = c.F(P(ex, allF, 1), 'pct'), Bl = M(allF - ex, {});
  c.p(`年初预算安排${I}，因彩票销售收入低于预期，年中压减${C}，调整后预算${Fu}；加上年初结转${Ca}，全年可支配资金${AF}。全年实际支出${E}，执行率${R}，结余${Bl}。`);
  c.rel('diff', { a: I, b: C, result: Fu }, '调整后预算 = 年初 − 压减'); c.rel('sum', { total: AF, parts: [Fu, Ca] }, '可支配资金 = 调整后预算 + 结转');
  c.rel('exec_rate', { num: E, den: AF, result: R }, '执行率 = 支出 ÷ 可支配资金'); c.rel('diff', { a: AF, b: E, result: Bl }, '结余 = 可支配 − 支出');
  c.h('三、绩效情况', 2);
  const cd = c.F('62个', 'num'); const lj = c.F('420套', 'num'), lji = M(wan('1176.00')), ljp = c.F(Y(wan('1176.00') / 420), 'money');
  const ss = c.F('１２６场', 'num'), ss1 = c.F('１８场', 'num'), ss2 = c.F('１０８场', 'num');
  c.p(`1. 场地设施。新建全民健身路径${lj}，投入${lji}，每套平均${ljp}；新建或改造社会足球场、笼式多功能运动场等场地${cd}，覆盖全省所有县（市、区）。`);
  c.rel('avg', { total: lji, count: lj, result: ljp }, '每套全民健身路径平均投入');
  c.p(`2. 赛事活动。全年举办群众性体育赛事${ss}，其中省级赛事${ss1}、市县承办的分站赛${ss2}，参与群众超过120万人次。`);
  c.rel('sum', { total: ss, parts: [ss1, ss2] }, '赛事场次 = 省级 + 分站（全角数字）');
  const tz = c.F('92.6%', 'pct'), tz0 = c.F('91.4%', 'pct'), tzd = c.F('1.2个百分点', 'pp');
  c.p(`3. 国民体质。国民体质监测合格率${tz}，较上年${tz0}提高${tzd}；经常参加体育锻炼人数比例约为38%。`);
  c.rel('pp', { a: tz, b: tz0, result: tzd }, '体质合格率提高百分点');
  const T = tblProjFull(c, { name: '省本级体育彩票公益金（全民健身）', dept: '峦西省体育局', impl: '峦西省体育局及各市州体育部门', sep: true, wExec: 10, d: 1, rd: 1, gradeRow: false, merge: false,
    funds: [['年度资金总额', ini, allF, ex], ['当年财政拨款', ini, full, ex - carry], ['上年结转资金', null, carry, carry], ['其他资金', null, null, null]],
    goal: ['建设全民健身设施，办好群众性赛事，提升国民体质', '场地设施和赛事任务全面完成，体质监测合格率稳步提高'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '新建全民健身路径', tgt: '≥400套', act: '420套', w: 15 },
      { l1: '产出指标', l2: '数量指标', l3: '新建改造运动场地', tgt: '≥60个', act: '62个', w: 10 },
      { l1: '产出指标', l2: '数量指标', l3: '举办群众性体育赛事', tgt: '≥120场', act: '126场', w: 10 },
      { l1: '产出指标', l2: '质量指标', l3: '场地设施验收合格率', tgt: '100%', act: '100%', w: 10 },
      { l1: '产出指标', l2: '时效指标', l3: '场地建设完成时限', tgt: '≤12个月', act: '11个月', w: 5 },
      { l1: '效益指标', l2: '社会效益', l3: '国民体质监测合格率', tgt: '≥92%', act: '92.6%', w: 15 },
      { l1: '效益指标', l2: '社会效益', l3: '经常参加体育锻炼人数比例', tgt: '≥40%', act: '38%', w: 15, dev: '统计口径调整，部分县数据未纳入' },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '健身群众满意度', tgt: '≥90%', act: '94.2%', w: 10 }] });
  c.rel('equal', { a: AF, b: T.tot[2] }, '可支配资金 = 自评表全年预算'); c.rel('equal', { a: E, b: T.tot[3] }, '支出正文 = 自评表'); c.rel('equal', { a: R, b: T.rate }, '执行率正文 = 自评表');
  c.rel('equal', { a: lj, b: T.L[0].aF }, '健身路径正文 = 自评表'); c.rel('equal', { a: ss, b: T.L[2].aF }, '赛事场次正文 = 自评表'); c.rel('equal', { a: tz, b: T.L[5].aF }, '体质合格率正文 = 自评表');
  c.rel('equal', { a: cd, b: T.L[1].aF }, '运动场地个数正文 = 自评表');
  const tt = c.F(T.totS.text + '分', 'score'), gg = c.F(grade(T.h), 'grade');
  c.p(`项目自评总分${tt}，自评等级：${gg}。`); c.rel('equal', { a: tt, b: T.totS }, '正文总分 = 自评表'); c.rel('grade', { total: tt, grade: gg }, '等级与总分相符');
  c.h('四、问题与措施', 2);
  c.p('经常参加体育锻炼人数比例未达目标值，原因是年度统计口径调整；部分场地建成后管护主体不明确。下一步将明确管护责任，建立场地设施“建管用”长效机制。');
  c.bad(T.L[7].aF, '84.2%', 'indicator_score', c.rels.find((r) => r.type === 'ind_score' && r.actual === T.L[7].aF.id));
});

// txt01 市审计局 部门整体 — no score table; 基础数据表 (tab); bad: balance
add('txt01-city-shenji-dept.txt', { kind: '部门整体', unit: '岫州市审计局', table: '无（仅基础数据表）', indent: '　　', txtTable: 'tab' }, (c) => {
  const M = (f, o = {}) => c.F(W(f, o), 'money');
  c.h('岫州市审计局2024年度部门整体支出绩效自评报告');
  c.h('一、部门基本情况');
  c.p('市审计局内设办公室、法规审理科、财政审计科、经济责任审计科、固定资产投资审计科、社会保障审计科等8个科室，下设市审计信息中心。主要职责是对市本级预算执行、部门财政收支、领导干部经济责任、重大投资项目等进行审计监督。');
  c.h('二、预算收支情况');
  const ini = wan('2164.70'), add1 = wan('96.00'), full = ini + add1, ex = wan('2208.35'), bal = full - ex;
  const I = M(ini, { sep: true }), A = M(add1), Fu = M(full, { sep: true }), E = M(ex, { sep: true }), Bl = M(bal), R = c.F(P(ex, full, 2), 'pct');
  c.p(`（一）总体情况。2024年年初预算${I}，年中追加市委巡察整改专项审计经费${A}，全年预算${Fu}；全年支出${E}，预算执行率${R}，年末结余${Bl}。`);
  c.rel('sum', { total: Fu, parts: [I, A] }, '全年预算 = 年初 + 追加'); c.rel('exec_rate', { num: E, den: Fu, result: R }, '预算执行率'); c.rel('diff', { a: Fu, b: E, result: Bl }, '年末结余 = 全年预算 − 支出');
  const ps = wan('1382.16'), gy = wan('214.09'), proj = ex - ps - gy;
  const EPs = M(ps, { sep: true }), EG = M(gy), EPj = M(proj), E2 = M(ex, { sep: true });
  c.p(`（二）支出结构。全年支出${E2}中，人员经费${EPs}，公用经费${EG}，项目支出${EPj}。`);
  c.rel('sum', { total: E2, parts: [EPs, EG, EPj] }, '支出 = 人员经费 + 公用经费 + 项目支出'); c.rel('equal', { a: E, b: E2 }, '全年支出两处一致');
  c.p('（三）项目支出明细。');
  const pj = [['政府投资项目审计经费', '285.00', '271.64'], ['经济责任审计经费', '168.50', '166.92'], ['审计信息化运行维护', '132.00', '124.38'], ['聘请中介机构参与审计', '126.30', '49.16']];
  const PJ = pj.map(([n, a, b], i) => { const A2 = M(wan(a)), B2 = M(wan(b)), D2 = M(wan(a) - wan(b)); c.p(`${i + 1}.${n}：预算${A2}，支出${B2}，结余${D2}；`); c.rel('diff', { a: A2, b: B2, result: D2 }, n + '结余'); return B2; });
  c.rel('sum', { total: EPj, parts: PJ }, '项目支出 = 四个项目支出之和');
  c.p('第4项结余较多，主要是部分委托审计项目于2025年1月完成审计报告，按合同约定在验收后支付尾款。');
  c.h('三、基础数据表');
  c.raw('单位：万元、人');
  const s = { j: ['6.20', '5.80', '4.96'], v: ['18.60', '17.50', '16.88'], g: ['0.00', '0.00', '0.00'] };
  const col = (k) => [wan(s.j[k]), wan(s.v[k]), wan(s.g[k])];
  const cells = ['j', 'v', 'g'].map((k) => s[k].map((x) => c.F(x, 'money', '万元')));
  const tots = [0, 1, 2].map((k) => c.F(W(sum(...col(k)), { bare: true }), 'money', '万元'));
  [0, 1, 2].forEach((k) => c.rel('sum', { total: tots[k], parts: cells.map((r) => r[k]) }, ['2023年决算', '2024年预算', '2024年决算'][k] + '三公经费合计'));
  const bz = c.F('64', 'num'), zz = c.F('61', 'num'), kz = c.F(P(61, 64, 2), 'pct');
  c.table([['项目', '2023年决算数', '2024年预算数', '2024年决算数'], ['“三公”经费合计', ...tots.map(String)], ['　公务接待费', ...cells[0].map(String)], ['　公务用车购置及运行维护费', ...cells[1].map(String)], ['　因公出国（境）费', ...cells[2].map(String)],
    ['编制数', '', '', String(bz)], ['在职人数', '', '', String(zz)], ['人员控制率', '', '', String(kz)]]);
  c.rel('rate', { num: zz, den: bz, result: kz }, '人员控制率 = 在职人数 ÷ 编制数');
  const sv = c.F(W(sum(...col(1)) - sum(...col(2))), 'money'), tp = c.F(W(sum(...col(1)), { bare: false }), 'money'), ta = c.F(W(sum(...col(2))), 'money');
  c.p(`2024年“三公”经费预算${tp}，决算${ta}，节约${sv}，主要是严控公务接待标准。`);
  c.rel('diff', { a: tp, b: ta, result: sv }, '三公节约 = 预算 − 决算'); c.rel('equal', { a: tp, b: tots[1] }, '三公预算正文 = 表'); c.rel('equal', { a: ta, b: tots[2] }, '三公决算正文 = 表');
  c.h('四、绩效目标完成情况');
  const sj = ['42个', '15个', '11个', '16个'].map((x) => c.F(x, 'num')); c.rel('sum', { total: sj[0], parts: sj.slice(1) }, '审计项目数 = 三类之和');
  c.p(`全年完成审计项目${sj[0]}，其中政府投资审计项目${sj[1]}、经济责任审计项目${sj[2]}（涉及领导干部23名）、其他审计项目${sj[3]}；查出主要问题金额约5.8亿元，促进整改落实有关问题资金近3亿元，提出审计建议126条。审计发现问题移送纪检监察机关线索7件。经综合评价，部门整体支出绩效良好。`);
  c.h('五、存在问题和改进措施');
  c.p('一是委托审计项目付款进度与审计进度衔接不够；二是审计信息化平台功能有待完善。今后将按审计计划科学测算委托审计费用，加强审计数据分析平台建设。');
  c.p('联系电话：（0856）3217760');
  c.bad(c.figs.find((f) => f.text === '1.58万元') || c.figs[0], '2.58万元', 'balance', c.rels.find((r) => r.desc === '经济责任审计经费结余'));
});

// txt02 市义务教育薄弱环节改善 中央转移支付 — bar tables, blank lines; bad: avg (生均)
add('txt02-city-yiwujiaoyu-project.txt', { kind: '项目支出（中央转移支付）', unit: '岫州市教育局', table: '有（简表，合计在末行，等级在正文）', txtBlank: true, txtTable: 'bar' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  const zy = wan('3420.00'), sj = wan('855.00'), sx = wan('570.00'), tot = zy + sj + sx;
  const it = [['校舍改造及附属设施', '1862.40'], ['教学仪器和信息化设备购置', '1536.75'], ['寄宿制学校生活设施', '1313.23']].map(([n, v]) => [n, wan(v)]); const ex = sum(...it.map((x) => x[1]));
  c.h('岫州市2024年义务教育薄弱环节改善与能力提升补助资金绩效自评报告');
  c.h('一、项目概况');
  c.p('该项目为中央对地方转移支付项目，依据《峦西省义务教育薄弱环节改善与能力提升补助资金管理实施细则》（峦财教〔2023〕58号）实施，重点支持乡村小规模学校和乡镇寄宿制学校改善办学条件，2024年重点支持鹰嘴岩镇中心学校、蕨坪乡九年一贯制学校、白岫镇初级中学等23所学校。');
  c.h('二、资金到位和使用');
  const Z = M(zy), SJ = M(sj, {}), SX = M(sx, {}), T = M(tot);
  c.p(`资金到位：中央资金${Z}、省级资金${SJ}、市县配套${SX}，共计${T}，均已按时到位。`);
  c.rel('sum', { total: T, parts: [Z, SJ, SX] }, '资金到位 = 中央 + 省级 + 市县（合计在后）');
  const E = M(ex), R = c.F(P(ex, tot, 2), 'pct'), IT = it.map(([n, v]) => [n, M(v)]);
  c.p(`资金使用：全年支出${E}，执行率${R}。`);
  c.rel('exec_rate', { num: E, den: T, result: R }, '执行率 = 支出 ÷ 到位资金');
  IT.forEach(([n, f], i) => c.p(`（${'一二三'[i]}）${n}${f}；`));
  c.rel('sum', { total: E, parts: IT.map((x) => x[1]) }, '支出 = 三类用途之和（总额在前）');
  c.h('三、绩效目标完成情况');
  const mj = c.F('2.36万平方米', 'num'), mp = c.F(Y(Math.round(it[0][1] / 23600), { d: 2 }), 'money');
  c.p(`1. 改造校舍${mj}，平均每平方米改造成本${mp}，低于省定标准。`);
  c.rel('avg', { total: IT[0][1], count: mj, result: mp }, '每平方米改造成本');
  const xs = c.F('12,486人', 'num'), E2 = M(ex), sjv = c.F(Y(Math.round(ex / 12486), { d: 2 }), 'money');
  c.p(`2. 项目学校在校学生${xs}，按全年支出${E2}计算，生均投入${sjv}。`);
  c.rel('avg', { total: E2, count: xs, result: sjv }, '生均投入 = 支出 ÷ 在校学生'); c.rel('equal', { a: E, b: E2 }, '全年支出两处一致');
  const dm = c.F('100%', 'pct'); const ss = c.F('1,920个', 'num'), ss0 = c.F('1,650个', 'num'), sg = c.F(Gr(1920, 1650, 1).s, 'pct');
  c.p(`3. 寄宿制学校床位由上年的${ss0}增加到${ss}，增长${sg}，基本解决了“大通铺”问题；学校网络多媒体教室覆盖率达到${dm}。个别山区学校受季节性务工家庭随迁影响，辍学率略高于目标。`);
  c.rel('growth', { cur: ss, prev: ss0, result: sg, dir: 'up' }, '寄宿床位增长率');
  const TT = tblSimple(c, { d: 1, txt: 'bar', inds: [
    { l1: '预算执行', l3: '资金执行率', tgt: '≥95%', act: R.text, w: 10 },
    { l1: '产出数量', l3: '改造校舍面积', tgt: '≥2.2万平方米', act: '2.36万平方米', w: 15 },
    { l1: '产出数量', l3: '新增寄宿床位', tgt: '≥250个', act: '270个', w: 10 },
    { l1: '产出质量', l3: '工程竣工验收合格率', tgt: '100%', act: '100%', w: 15 },
    { l1: '产出成本', l3: '校舍改造每平方米成本', tgt: '≤850元', act: mp.text, akind: 'money', w: 10 },
    { l1: '效益', l3: '多媒体教室覆盖率', tgt: '≥95%', act: '100%', w: 15 },
    { l1: '效益', l3: '项目学校辍学率', tgt: '≤0.5%', act: '0.6%', w: 15 },
    { l1: '满意度', l3: '师生及家长满意度', tgt: '≥90%', act: '93.5%', w: 10 }] });
  c.rel('equal', { a: R, b: TT.L[0].aF }, '执行率正文 = 表'); c.rel('equal', { a: mj, b: TT.L[1].aF }, '校舍面积正文 = 表'); c.rel('equal', { a: dm, b: TT.L[5].aF }, '多媒体教室覆盖率正文 = 表'); c.rel('equal', { a: mp, b: TT.L[4].aF }, '每平方米成本正文 = 表');
  const xz = c.F('270个', 'num'); c.rel('diff', { a: ss, b: ss0, result: xz }, '新增床位 = 本年 − 上年'); c.rel('equal', { a: xz, b: TT.L[2].aF }, '新增床位正文 = 表');
  const tt = c.F(TT.totS.text + '分', 'score'), gg = c.F(grade(TT.h), 'grade');
  c.p(`按上表评分，新增寄宿床位${xz}，项目自评得分${tt}，等级为${gg}。`);
  c.rel('equal', { a: tt, b: TT.totS }, '正文得分 = 表合计'); c.rel('grade', { total: tt, grade: gg }, '等级与得分相符');
  c.h('四、存在问题及改进措施');
  c.p('个别项目学校因地处偏远、施工季节短，工程进度偏慢。下一步将提前做好项目前期工作，力争每年3月底前全部开工。');
  c.bad(sjv, Y(Math.round(ex / 12486) + 10000, { d: 2 }), 'avg', c.rels.find((r) => r.desc === '生均投入 = 支出 ÷ 在校学生'));
});

// txt03 省应急管理厅 部门整体 — pad table, two-row header, grade row; bad: pp
add('txt03-prov-yingji-dept.txt', { kind: '部门整体', unit: '峦西省应急管理厅', table: '有（部门整体评价表，双行表头，含等级行）', indent: '　　', txtTable: 'pad' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('峦西省应急管理厅2024年度部门整体支出绩效自评报告');
  c.h('一、部门概况');
  c.p('省应急管理厅为省政府组成部门，内设办公室、应急指挥中心、风险监测和综合减灾处、火灾防治管理处、防汛抗旱处、地震和地质灾害救援处、危险化学品安全监督管理处等19个处室，直属单位6个。');
  c.h('二、预算执行情况');
  const ini = wan('31864.20'), add1 = wan('4215.00'), full = ini + add1, ex = wan('35392.08');
  const I = M(ini), A = M(add1), Fu = M(full), E = M(ex), R = c.F(P(ex, full, 2), 'pct'), R0 = c.F('96.76%', 'pct'), D = c.F(fmtScaled(Pv(ex, full, 2) - 9676n, 2) + '个百分点', 'pp');
  c.p(`2024年年初预算${I}，追加防汛救灾和森林火灾扑救经费${A}，全年预算${Fu}。全年支出${E}，预算执行率${R}，比上年（${R0}）提高${D}。`);
  c.rel('sum', { total: Fu, parts: [I, A] }, '全年预算 = 年初 + 追加'); c.rel('exec_rate', { num: E, den: Fu, result: R }, '预算执行率'); c.rel('pp', { a: R, b: R0, result: D }, '执行率提高百分点');
  c.h('三、履职成效');
  const gb = c.F('93.0%', 'pct'), gb0 = c.F('87.5%', 'pct'), gbd = c.F('5.5个百分点', 'pp');
  const sw = c.F('0.012', 'num');
  c.p(`（一）应急广播覆盖。全省行政村应急广播覆盖率由上年的${gb0}提高到${gb}，提高${gbd}。`);
  c.rel('pp', { a: gb, b: gb0, result: gbd }, '应急广播覆盖率提高百分点');
  const jd = c.F('64.8%', 'pct'), jd0 = c.F('71.2%', 'pct'), jdd = c.F('6.4个百分点', 'pp');
  c.p(`（二）安全生产。全省生产安全事故起数和死亡人数实现“双下降”，亿元地区生产总值生产安全事故死亡率由0.015下降至${sw}；较大事故起数占比由${jd0}下降至${jd}，下降${jdd}。`);
  c.rel('pp', { a: jd0, b: jd, result: jdd }, '较大事故占比下降百分点');
  c.p('（三）救援能力。组建省级综合性应急救援队伍17支，开展跨区域联合演练8次，年内汛期各月预警信息发布量环比均有增长，最高一月环比增长约46%。');
  const T = tblDept(c, { twoHead: true, gradeRow: true, d: 1, txt: 'pad', inds: [
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', tgt: '≤100%', act: '88.6%', w: 10 },
    { l1: '管理效率', l2: '预算执行', l3: '预算执行率', tgt: '≥95%', act: R.text, w: 15 },
    { l1: '管理效率', l2: '政府采购', l3: '政府采购执行率', tgt: '≥90%', act: '96.3%', w: 5 },
    { l1: '履职效能', l2: '重点工作', l3: '应急广播行政村覆盖率', tgt: '≥92%', act: gb.text, w: 15 },
    { l1: '履职效能', l2: '重点工作', l3: '省级救援队伍组建数量', tgt: '≥16支', act: '17支', w: 15 },
    { l1: '社会效应', l2: '安全形势', l3: '亿元GDP生产安全事故死亡率', tgt: '≤0.015', act: '0.012', w: 15 },
    { l1: '可持续发展能力', l2: '演练培训', l3: '跨区域联合演练次数', tgt: '≥10次', act: '8次', w: 10, dev: '受汛期延长影响，2次演练顺延至2025年' },
    { l1: '服务对象满意度', l2: '满意度', l3: '社会公众满意度', tgt: '≥90%', act: '91.7%', w: 15 }] });
  c.rel('equal', { a: R, b: T.L[1].aF }, '执行率正文 = 表'); c.rel('equal', { a: gb, b: T.L[3].aF }, '广播覆盖率正文 = 表'); c.rel('equal', { a: sw, b: T.L[5].aF }, '事故死亡率正文 = 表');
  c.h('四、存在问题');
  c.p('一是跨区域联合演练未完成年度计划；二是基层应急物资储备点布局不均衡。');
  c.h('五、改进措施');
  c.p('严格执行年度演练计划，优化基层储备点布局，按规定公开自评结果。');
  c.bad(gbd, '6.5个百分点', 'pp', c.rels.find((r) => r.desc === '应急广播覆盖率提高百分点'));
});

// txt04 市地质灾害防治 — full table (pad); 元 with separators; total after parts; bad: sum (total after parts)
add('txt04-city-dizhizaihai-project.txt', { kind: '项目支出', unit: '岫州市自然资源和规划局', table: '有（项目表，无等级行，等级在正文）', indent: '　　', txtTable: 'tab' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市2024年度地质灾害防治专项资金绩效自评报告');
  c.h('一、项目基本情况');
  c.p('我市地处山区，岩溶发育、切割强烈，是地质灾害易发区。截至2024年底，全市登记在册地质灾害隐患点1,284处，威胁群众约3.2万人。2024年市级财政安排地质灾害防治专项资金，用于搬迁避让、工程治理、监测预警和群测群防。项目文号：岫财建〔2024〕19号。');
  c.h('二、资金使用情况');
  const bq = wan('1486.50'), gc = wan('2210.84'), jc = wan('638.26'), qc = 153600000; // 群测群防 1,536,000元
  const tot = bq + gc + jc + qc; const full = wan('4500.00');
  const BQ = M(bq), GC = M(gc), JC = M(jc, {}), QC = c.F(Y(qc), 'money'), TOT = M(tot);
  c.p(`全年支出情况如下：搬迁避让补助${BQ}，地质灾害工程治理${GC}，专业监测预警${JC}，群测群防员补助${QC}，以上四项合计${TOT}。`);
  c.rel('sum', { total: TOT, parts: [BQ, GC, JC, QC] }, '四项支出合计（合计在后，含元与万元混用）');
  const ry = c.F('640人', 'num'), qc2 = c.F(Y(qc), 'money'), pr = c.F(Y(qc / 640), 'money');
  c.p(`其中群测群防员补助${qc2}，覆盖群测群防员${ry}，每人每年${pr}。`);
  c.rel('avg', { total: qc2, count: ry, result: pr }, '群测群防员人均补助'); c.rel('equal', { a: QC, b: qc2 }, '群测群防员补助两处一致');
  const Fu = M(full), E2 = M(tot), R = c.F(P(tot, full, 2), 'pct'), Bl = M(full - tot, {});
  c.p(`项目全年预算${Fu}，实际支出${E2}，执行率${R}，结余${Bl}全部结转下年用于汛期应急排查。`);
  c.rel('exec_rate', { num: E2, den: Fu, result: R }, '执行率'); c.rel('diff', { a: Fu, b: E2, result: Bl }, '结余 = 预算 − 支出'); c.rel('equal', { a: TOT, b: E2 }, '支出两处一致');
  c.h('三、绩效目标完成情况');
  const hs = c.F('326户', 'num'), hp = c.F(Y(Math.round(bq / 326), { d: 2 }), 'money');
  const zl = c.F('28处', 'num');
  c.p(`（一）搬迁避让${hs}，户均补助${hp}；（二）完成工程治理${zl}，消除威胁人口约4,100人；（三）汛期共成功预警地质灾害5起，避免人员伤亡约210人。`);
  c.rel('avg', { total: BQ, count: hs, result: hp }, '搬迁户均补助');
  const T = tblProjFull(c, { name: '地质灾害防治专项资金', dept: '岫州市自然资源和规划局', impl: '各县（市、区）自然资源部门', sep: false, wExec: 10, gradeRow: false, txt: 'tab',
    funds: [['年度资金总额', full, full, tot], ['当年财政拨款', full, full, tot], ['上年结转资金', null, null, null], ['其他资金', null, null, null]],
    goal: ['完成搬迁避让和工程治理任务，隐患点监测全覆盖', '搬迁避让和工程治理任务完成，汛期成功预警'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '搬迁避让户数', tgt: '≥300户', act: '326户', w: 15 },
      { l1: '产出指标', l2: '数量指标', l3: '工程治理隐患点', tgt: '≥30处', act: '28处', w: 15, dev: '2处因设计变更顺延，2025年汛前完工' },
      { l1: '产出指标', l2: '质量指标', l3: '隐患点监测覆盖率', tgt: '100%', act: '100%', w: 10 },
      { l1: '产出指标', l2: '时效指标', l3: '汛前排查完成时间', tgt: '4月30日前', act: '4月26日', w: 10, q: true },
      { l1: '效益指标', l2: '社会效益', l3: '地质灾害造成人员死亡', tgt: '0人', act: '0人', w: 15, q: true },
      { l1: '效益指标', l2: '社会效益', l3: '成功预警避险人数', tgt: '≥100人', act: '210人', w: 15 },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '受威胁群众满意度', tgt: '≥90%', act: '94.0%', w: 10 }] });
  c.rel('equal', { a: Fu, b: T.tot[2] }, '预算正文 = 自评表'); c.rel('equal', { a: E2, b: T.tot[3] }, '支出正文 = 自评表'); c.rel('equal', { a: hs, b: T.L[0].aF }, '搬迁户数正文 = 自评表'); c.rel('equal', { a: zl, b: T.L[1].aF }, '治理处数正文 = 自评表');
  const tt = c.F(T.totS.text, 'score'), gg = c.F(grade(T.h), 'grade');
  c.p(`项目自评${tt}分，自评结论为“${gg}”。（注：成功预警避险人数按约数统计。）`);
  c.rel('equal', { a: tt, b: T.totS }, '正文得分 = 自评表'); c.rel('grade', { total: tt, grade: gg }, '等级与得分相符');
  c.h('四、问题与措施');
  c.p('工程治理有2处未按期完工，原因是施工中发现滑坡体范围扩大需变更设计。下一步将加强勘查设计质量审查，提高前期工作深度。');
  c.bad(JC, '683.26万元', 'sum', c.rels[0]);
});

// txt05 市文旅局 部门整体 — shares in parentheses, growth; dept table with grade row; bad: share
add('txt05-city-wenlv-dept.txt', { kind: '部门整体', unit: '岫州市文化广电旅游局', table: '有（部门整体评价表，含等级行）', txtTable: 'tab' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市文化广电旅游局2024年度部门整体支出绩效自评报告');
  c.h('一、基本情况');
  c.p('我局内设科室9个，下属市图书馆、市文化馆、市博物馆、市文物保护中心、市旅游服务中心5个事业单位。');
  c.h('二、项目支出情况');
  const ps = [['文化惠民演出及群众文化活动', '486.30'], ['文物保护及考古发掘', '1264.85'], ['旅游宣传推介和节会', '712.40'], ['公共文化设施免费开放', '850.00'], ['广播电视公共服务', '336.45']].map(([n, v]) => [n, wan(v)]);
  const tot = sum(...ps.map((x) => x[1]));
  const T1 = M(tot); const PF = ps.map(([n, v], i) => [n, M(v), i < 4 ? c.F(P(v, tot, 1), 'pct') : null]);
  c.p(`2024年项目支出${T1}，具体为：`);
  PF.forEach(([n, f, s], i) => { if (s) { c.p(`${i + 1}. ${n}${f}（占项目支出的${s}）；`); c.rel('share', { num: f, den: T1, result: s }, n + '占比'); } else c.p(`${i + 1}. ${n}${f}，主要用于应急广播和“村村通”设备运维。`); });
  c.rel('sum', { total: T1, parts: PF.map((x) => x[1]) }, '项目支出 = 五项之和（总额在前）');
  c.h('三、行业发展情况');
  const yk = c.F('2,865.4万人次', 'num'), yk0 = c.F('2,609.7万人次', 'num'), ykg = c.F(Gr(28654, 26097, 1).s, 'pct'), sr = c.F('312.46亿元', 'money'), sr0 = c.F('284.90亿元', 'money'), srg = c.F(Gr(31246, 28490, 2).s, 'pct');
  c.p(`全年接待游客${yk}，同比增长${ykg}（上年${yk0}）；实现旅游总收入${sr}，同比增长${srg}（上年${sr0}）。国庆假期接待游客环比上一个“五一”假期增长约两成。雾川县溶洞景区、崖坪县鹞子坳古村落成功创建国家4A级旅游景区，全市A级景区达到31家。`);
  c.rel('growth', { cur: yk, prev: yk0, result: ykg, dir: 'up' }, '游客人次同比增长'); c.rel('growth', { cur: sr, prev: sr0, result: srg, dir: 'up' }, '旅游总收入同比增长');
  const rj = c.F(Y(Math.round(3124600000000 / 28654000), { d: 2 }), 'money');
  c.p(`据此测算，游客人均花费${rj}。`);
  c.rel('avg', { total: sr, count: yk, result: rj }, '游客人均花费 = 旅游总收入 ÷ 游客人次');
  const T = tblDept(c, { gradeRow: true, d: 2, txt: 'tab', inds: [
    { l1: '运行成本', l2: '成本控制', l3: '公用经费控制率', tgt: '≤100%', act: '97.2%', w: 10 },
    { l1: '管理效率', l2: '预算管理', l3: '预算执行率', tgt: '≥95%', act: '95.8%', w: 10 },
    { l1: '管理效率', l2: '资产管理', l3: '固定资产利用率', tgt: '≥90%', act: '92.0%', w: 5 },
    { l1: '履职效能', l2: '公共文化', l3: '文化惠民演出场次', tgt: '≥200场', act: '214场', w: 15 },
    { l1: '履职效能', l2: '文物保护', l3: '文物安全事故', tgt: '0起', act: '0起', w: 10, q: true },
    { l1: '社会效应', l2: '产业发展', l3: '旅游总收入增长率', tgt: '≥8%', act: srg.text, w: 15 },
    { l1: '社会效应', l2: '产业发展', l3: '接待游客人次增长率', tgt: '≥10%', act: ykg.text, w: 15 },
    { l1: '可持续发展能力', l2: '人才队伍', l3: '文旅从业人员培训人次', tgt: '≥1500人次', act: '1620人次', w: 10 },
    { l1: '服务对象满意度', l2: '满意度', l3: '游客及群众满意度', tgt: '≥90%', act: '92.8%', w: 10 }] });
  c.rel('equal', { a: srg, b: T.L[5].aF }, '收入增长率正文 = 表'); c.rel('equal', { a: ykg, b: T.L[6].aF }, '游客增长率正文 = 表');
  c.h('四、存在问题和改进措施');
  c.p('（一）游客人次增长未达年度目标，过夜游客比重偏低；（二）文物保护项目受考古发掘周期影响，支出进度前慢后快。下一步将丰富夜间文旅消费业态，优化文物保护项目资金拨付节奏。');
  c.bad(PF[2][2], '17.8%', 'share', c.rels.find((r) => r.desc === '旅游宣传推介和节会占比'));
});

// txt06 省应急物资储备（省粮食和物资储备局）— 亿元 4 decimals; table 合计 first + grade row; bad: score_total
add('txt06-prov-yingjiwuzi-project.txt', { kind: '项目支出', unit: '峦西省粮食和物资储备局', table: '有（简表，合计在首行，含等级行）', indent: '　　', txtTable: 'tab' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('峦西省2024年度省级应急物资储备项目绩效自评报告');
  c.h('一、项目概况');
  c.p('为提升全省自然灾害和突发事件应急物资保障能力，省粮食和物资储备局会同省应急管理厅实施省级应急物资储备项目，在岫州、苍屏、临岚三个区域性储备库集中储备帐篷、棉被、折叠床、发电机组等救灾物资，确保灾害发生后12小时内物资运抵受灾县。');
  c.h('二、资金情况');
  const cg = wan('9864.52'), cc = wan('1726.40'), yw = wan('989.08'), tot = cg + cc + yw;
  const TY = c.F(YI(tot, 4), 'money'), CG = M(cg), CC = M(cc), YW = M(yw, {}), TW = M(tot);
  c.p(`项目总投入${TY}。其中：物资采购${CG}，仓储保管及轮换${CC}，运输调运${YW}，合计${TW}。`);
  c.rel('sum', { total: TW, parts: [CG, CC, YW] }, '总投入 = 三项之和（万元）'); c.rel('equal', { a: TY, b: TW }, '亿元与万元表述一致');
  const zp = c.F('２．６万顶', 'num'), zj = M(wan('3926.00')), zpj = c.F(Y(Math.round(wan('3926.00') / 26000)), 'money');
  c.p(`物资采购中，采购12平方米单帐篷${zp}，采购金额${zj}，每顶均价${zpj}。`);
  c.rel('avg', { total: zj, count: zp, result: zpj }, '帐篷每顶均价（含全角数字）');
  c.h('三、绩效情况及评分');
  const xf = c.F('100%', 'pct'), pz = c.F('36类', 'num');
  c.p(`全年向受灾市州调运物资11批次，其中7月岚溪河流域洪灾期间单次调运帐篷1,200顶、棉被5,000床，均在12小时内运抵；物资轮换后实物账实相符率${xf}。全省储备物资品种达到${pz}，较上年新增4类。`);
  const T = tblSimple(c, { d: 2, totalFirst: true, gradeRow: true, txt: 'tab', cols: ['指标类别', '指标名称', '分值', '目标值', '完成值', '得分'], inds: [
    { l1: '预算执行', l3: '预算执行率', tgt: '≥95%', act: '98.73%', w: 10 },
    { l1: '产出', l3: '储备物资品种', tgt: '≥35类', act: '36类', w: 15 },
    { l1: '产出', l3: '单帐篷储备数量', tgt: '≥2.5万顶', act: '2.6万顶', w: 15 },
    { l1: '产出', l3: '账实相符率', tgt: '100%', act: '100%', w: 10 },
    { l1: '产出', l3: '物资运抵时限', tgt: '≤12小时', act: '11.5小时', w: 10 },
    { l1: '效益', l3: '受灾群众基本生活保障率', tgt: '≥98%', act: '99.2%', w: 20 },
    { l1: '效益', l3: '储备物资损耗率', tgt: '≤1%', act: '1.25%', w: 10, dev: '部分棉被受潮报损' },
    { l1: '满意度', l3: '受灾群众满意度', tgt: '≥90%', act: '95.1%', w: 10 }] });
  c.rel('equal', { a: zp, b: T.L[2].aF }, '帐篷数量正文（全角）= 表'); c.rel('equal', { a: xf, b: T.L[3].aF }, '账实相符率正文 = 表'); c.rel('equal', { a: pz, b: T.L[1].aF }, '物资品种正文 = 表');
  c.p('（评分说明：储备物资损耗率超出目标，按目标值与实际值之比计分。）');
  c.h('四、问题及措施');
  c.p('一是部分库点防潮设施老化；二是物资调运依赖社会运力。下一步将实施库点防潮改造，与3家物流企业签订应急运输协议。联系电话：0856-2238417。');
  c.bad(T.totS, S(T.h - 150), 'score_total', c.rels.find((r) => r.type === 'score_sum'));
});

// txt07 市机关事务管理局 部门整体 — no score table; 元 with separators; bad: unit (万元→元)
add('txt07-city-jiguanshiwu-dept.txt', { kind: '部门整体', unit: '岫州市机关事务管理局', table: '无（等级在正文）', txtBlank: true }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市机关事务管理局2024年度部门整体支出绩效自评报告');
  c.h('一、部门职能与人员');
  const bz = c.F('47名', 'num'), zz = c.F('45名', 'num'), kz = c.F(P(45, 47, 2), 'pct');
  c.p(`市机关事务管理局负责市级机关办公用房、公务用车、公共机构节能、机关后勤服务等管理工作。核定行政和事业编制${bz}，实有在职人员${zz}，编制控制率${kz}；另有劳务派遣人员12名，未计入控制率。`);
  c.rel('rate', { num: zz, den: bz, result: kz }, '编制控制率 = 在职 ÷ 编制（劳务派遣不计入）');
  c.h('二、收支情况');
  const fin = wan('6342.18'), qt = wan('58.62'), inc = fin + qt;
  const I = M(inc), IF = M(fin), IQ = M(qt, {});
  c.p(`（一）收入${I}，其中财政拨款${IF}、其他收入${IQ}。`);
  c.rel('sum', { total: I, parts: [IF, IQ] }, '收入 = 财政拨款 + 其他收入');
  const wy = wan('1412.36'), sd = wan('862.90'), wx = wan('1084.55'), ny = wan('246.19'), yc = 38640000; // 386,400元
  const ps = wan('2108.74'), pu = wan('296.08');
  const proj = wy + sd + wx + ny + yc; const exp = ps + pu + proj;
  const E = M(exp), EP = M(ps), EU = M(pu, {}), EJ = M(proj);
  c.p(`（二）支出${E}，其中人员经费${EP}、公用经费${EU}、项目支出${EJ}。`);
  c.rel('sum', { total: E, parts: [EP, EU, EJ] }, '支出 = 人员经费 + 公用经费 + 项目支出');
  const WY = M(wy), SD = M(sd, {}), WX = M(wx), NY = M(ny, {}), YC = c.F(Y(yc), 'money');
  c.p(`（三）项目支出明细：市级机关集中办公区物业管理费${WY}，水电及供暖费${SD}，办公用房维修改造${WX}，公共机构节能改造${NY}，市级公务用车平台运行维护${YC}。`);
  c.rel('sum', { total: EJ, parts: [WY, SD, WX, NY, YC] }, '项目支出 = 五项明细之和（含以元计的一项）');
  const cl0 = c.F('79辆', 'num'); const yl = c.F(Y(41275000), 'money'), yd = c.F(Y(41275000 - yc), 'money'), yg = c.F(Gr(yc, 41275000, 2).s, 'pct');
  c.p(`公务用车平台运行维护费${c.F(Y(yc), 'money')}，上年${yl}，减少${yd}，下降${yg}，主要是平台车辆由86辆压减至${cl0}。`);
  const YC2 = c.figs[c.figs.length - 1];
  c.h('三、绩效情况');
  const dj = c.F('0.386吨标准煤', 'num'), dj0 = c.F('0.402吨标准煤', 'num'), djg = c.F(Gr(386, 402, 2).s, 'pct');
  const cl = c.F('79辆', 'num'), cc = c.F('18,964次', 'num'), cp = c.F(Y(Math.round(yc / 18964), { d: 2 }), 'money');
  c.p(`市级机关人均综合能耗${dj}，上年${dj0}，同比下降${djg}；公务用车平台现有车辆${cl}，全年派车${cc}，每次出车平均运行维护成本${cp}。`);
  c.rel('growth', { cur: dj, prev: dj0, result: djg, dir: 'down' }, '人均综合能耗下降率'); c.rel('equal', { a: cl0, b: cl }, '平台车辆数两处一致'); c.rel('avg', { total: YC2, count: cc, result: cp }, '每次出车平均运维成本');
  const zf = c.F('91.5分', 'score'), zg = c.F('优', 'grade'); c.rel('grade', { total: zf, grade: zg }, '等级与综合得分相符');
  c.p(`经对照部门整体支出绩效目标逐项自评，综合得分${zf}，等级为${zg}。`);
  c.h('四、问题和措施');
  c.p('办公用房维修改造项目前期论证不足，个别项目调整实施内容。下一步将建立维修改造项目储备库，严格执行“先论证、后安排”。');
  c.rel('equal', { a: YC, b: YC2 }, '公务用车平台运维费两处一致'); c.rel('diff', { a: yl, b: YC2, result: yd }, '减少额 = 上年 − 本年'); c.rel('growth', { cur: YC2, prev: yl, result: yg, dir: 'down' }, '公务用车平台运维费下降率');
  c.bad(NY, '246.19元', 'unit', c.rels.find((r) => r.desc.startsWith('项目支出 = 五项明细')));
});

// txt08 市基层医疗卫生机构能力提升 — full table (tab) with grade row; 床均; bad: grade
add('txt08-city-jicengyiliao-project.txt', { kind: '项目支出', unit: '岫州市卫生健康局', table: '有（项目表，含等级行）', indent: '　　', txtTable: 'tab' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市2024年度基层医疗卫生机构能力提升项目支出绩效自评报告');
  c.h('一、项目概况');
  c.p('项目支持全市乡镇卫生院和社区卫生服务中心开展设备更新、标准化建设和人才培养，实施范围包括岚溪县霜河镇卫生院、雾川县杉木槽镇卫生院、峒口县漆树湾乡卫生院等。');
  c.h('二、资金安排和执行');
  const ini = wan('2600.00'), full = wan('2600.00'), ex = wan('2531.47');
  const sb = wan('1428.60'), bz = wan('785.37'), rc = ex - sb - bz;
  const Fu = M(full), E = M(ex), R = c.F(P(ex, full, 2), 'pct'), SB = M(sb), BZ = M(bz, {}), RC = M(rc, {});
  c.p(`全年预算${Fu}，实际支出${E}，执行率${R}。支出中设备购置${SB}、标准化建设${BZ}、人才培养${RC}。`);
  c.rel('exec_rate', { num: E, den: Fu, result: R }, '执行率'); c.rel('sum', { total: E, parts: [SB, BZ, RC] }, '支出 = 三项之和（总额在前）');
  c.h('三、绩效目标完成情况');
  const ts = c.F('386台（套）', 'num'); const cw = c.F('1,460张', 'num'), cj = c.F(Y(Math.round(sb / 1460), { d: 2 }), 'money'), sb2 = M(sb);
  c.p(`为项目单位更新DR、彩超、全自动生化分析仪等设备共计${ts}，设备购置支出${sb2}，按项目单位编制床位${cw}计算，床均设备投入${cj}。`);
  c.rel('avg', { total: sb2, count: cw, result: cj }, '床均设备投入'); c.rel('equal', { a: SB, b: sb2 }, '设备购置两处一致');
  const zl = c.F('24.7万人次', 'num'), zl0 = c.F('22.3万人次', 'num'), zg = c.F(Gr(247, 223, 1).s, 'pct');
  c.p(`项目卫生院全年门急诊${zl}，较上年${zl0}同比增长${zg}，基层就诊率有所提升。`);
  c.rel('growth', { cur: zl, prev: zl0, result: zg, dir: 'up' }, '门急诊人次同比增长');
  const T = tblProjFull(c, { name: '基层医疗卫生机构能力提升项目', dept: '岫州市卫生健康局', impl: '各县（市、区）卫生健康局及项目卫生院', sep: false, wExec: 10, gradeRow: true, txt: 'tab',
    funds: [['年度资金总额', ini, full, ex], ['当年财政拨款', ini, full, ex], ['上年结转资金', null, null, null], ['其他资金', null, null, null]],
    goal: ['改善基层医疗卫生机构设备条件，提升服务能力', '设备更新和标准化建设全部完成'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '更新设备台（套）数', tgt: '≥350台（套）', act: '386台（套）', w: 15 },
      { l1: '产出指标', l2: '数量指标', l3: '培训基层卫技人员', tgt: '≥500人次', act: '538人次', w: 10 },
      { l1: '产出指标', l2: '质量指标', l3: '设备验收合格率', tgt: '100%', act: '100%', w: 15 },
      { l1: '产出指标', l2: '时效指标', l3: '设备到位时间', tgt: '≤10个月', act: '9个月', w: 10 },
      { l1: '效益指标', l2: '社会效益', l3: '门急诊人次增长率', tgt: '≥8%', act: zg.text, w: 15 },
      { l1: '效益指标', l2: '可持续影响', l3: '设备使用率', tgt: '≥85%', act: '88.6%', w: 15 },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '患者满意度', tgt: '≥90%', act: '93.2%', w: 10 }] });
  c.rel('equal', { a: Fu, b: T.tot[2] }, '预算正文 = 自评表'); c.rel('equal', { a: E, b: T.tot[3] }, '支出正文 = 自评表'); c.rel('equal', { a: zg, b: T.L[4].aF }, '门急诊增长率正文 = 自评表');
  c.h('四、存在问题及改进措施');
  c.p(`部分偏远卫生院设备操作人员不足，影响设备使用效率。下一步将开展设备操作专项培训，推行县域医共体内设备共享。`);
  c.rel('equal', { a: ts, b: T.L[0].aF }, '设备台套数正文 = 自评表');
  c.bad(T.gF, '良', 'grade', c.rels.find((r) => r.type === 'grade'));
});

// dx01 省生态环境厅 部门整体 — merged-header 收支表; 亿元 4 decimals; bad: unit (亿元→万元)
add('dx01-prov-shengtai-dept.docx', { kind: '部门整体', unit: '峦西省生态环境厅', table: '有（合并表头收支表 + 部门整体评价表）', author: '峦西省生态环境厅' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money'); const Mb = (f) => c.F(W(f, { bare: true, sep: true }), 'money', '万元');
  c.h('峦西省生态环境厅2024年度部门整体支出绩效自评报告', 0);
  c.h('一、部门基本情况', 1);
  c.p('省生态环境厅内设处室18个，直属单位9个（含省生态环境监测中心、省环境应急与事故调查中心等）。2024年重点推进污染防治攻坚、生态保护修复监管和环境监测能力建设。');
  c.h('二、收支情况', 1);
  c.p('单位：万元');
  const rows = [['基本支出', '9814.26', '9236.40'], ['项目支出', '20483.57', '19408.86']].map(([n, a, b]) => [n, wan(a), wan(b)]);
  const bud = sum(...rows.map((r) => r[1])), ex = sum(...rows.map((r) => r[2]));
  const RF = rows.map(([n, a, b]) => [n, Mb(a), Mb(b), Mb(a - b), c.F(P(b, a, 2), 'pct')]);
  const TF = [Mb(bud), Mb(ex), Mb(bud - ex), c.F(P(ex, bud, 2), 'pct')];
  c.table([[{ t: '项目', rs: 2 }, { t: '2024年度', cs: 2 }, null, { t: '差异情况', cs: 2 }, null], [null, '全年预算数', '决算数', '结余', '执行率'],
    ['合计', ...TF.map(String)], ...RF.map((r) => r.map(String))], { head: 2 });
  [0, 1, 2].forEach((k) => c.rel('sum', { total: TF[k], parts: RF.map((r) => r[k + 1]) }, '收支表合计列' + ['全年预算数', '决算数', '结余'][k]));
  RF.forEach((r) => { c.rel('diff', { a: r[1], b: r[2], result: r[3] }, r[0] + '结余'); c.rel('exec_rate', { num: r[2], den: r[1], result: r[4] }, r[0] + '执行率'); });
  c.rel('exec_rate', { num: TF[1], den: TF[0], result: TF[3] }, '合计执行率');
  const EY = c.F(YI(ex, 4), 'money'), BY = c.F(YI(bud, 4), 'money'), RR = c.F(P(ex, bud, 2), 'pct');
  c.p(`2024年全厅全年预算${BY}，决算支出${EY}，预算执行率${RR}，未达到95%的目标，主要是项目支出中部分监测站点建设项目因设备招标流标形成结余。`);
  c.rel('equal', { a: BY, b: TF[0] }, '正文全年预算（亿元）= 表（万元）'); c.rel('equal', { a: EY, b: TF[1] }, '正文决算（亿元）= 表（万元）'); c.rel('equal', { a: RR, b: TF[3] }, '正文执行率 = 表');
  c.h('三、“三公”经费', 1);
  const j = [wan('21.40'), wan('18.05')], v = [wan('64.30'), wan('52.16')], g = [wan('12.00'), wan('0.00')];
  const J = M(j[1], {}), V = M(v[1], {}), G = c.F('0万元', 'money'), T = M(j[1] + v[1] + g[1], {}), TB = M(j[0] + v[0] + g[0], {}), SV = M(j[0] + v[0] + g[0] - (j[1] + v[1] + g[1]), {});
  c.p(`“三公”经费预算${TB}，实际支出${T}（公务接待费${J}、公务用车购置及运行维护费${V}、因公出国（境）费${G}），比预算节约${SV}。`);
  c.rel('sum', { total: T, parts: [J, V, G] }, '三公实际支出 = 三项之和'); c.rel('diff', { a: TB, b: T, result: SV }, '节约 = 预算 − 实际');
  c.h('四、绩效评价结果', 1);
  const TT = tblDept(c, { d: 2, gradeRow: true, inds: [
    { l1: '运行成本', l2: '成本控制', l3: '“三公”经费控制率', tgt: '≤100%', act: P(j[1] + v[1], j[0] + v[0] + g[0], 2), w: 10 },
    { l1: '管理效率', l2: '预算执行', l3: '预算执行率', tgt: '≥95%', act: RR.text, w: 10, dev: '监测设备招标流标，已重新招标' },
    { l1: '履职效能', l2: '污染防治', l3: '地级城市空气质量优良天数比例', tgt: '≥95%', act: '96.8%', w: 20 },
    { l1: '履职效能', l2: '污染防治', l3: '国考断面水质优良比例', tgt: '≥94%', act: '95.5%', w: 20 },
    { l1: '社会效应', l2: '环境安全', l3: '突发环境事件妥善处置率', tgt: '100%', act: '100%', w: 15 },
    { l1: '可持续发展能力', l2: '监测能力', l3: '自动监测站点联网率', tgt: '≥98%', act: '98.9%', w: 15 },
    { l1: '服务对象满意度', l2: '满意度', l3: '公众生态环境满意度', tgt: '≥85%', act: '88.4%', w: 10 }] });
  const sk = TT.L[0].aF; c.rel('rate', { num: T, den: TB, result: sk }, '三公经费控制率 = 实际 ÷ 预算'); c.rel('equal', { a: RR, b: TT.L[1].aF }, '执行率正文 = 评价表');
  c.h('五、存在问题及改进措施', 1);
  c.p('（一）项目支出执行率偏低。（二）个别项目绩效目标设定偏低。下一步将加强招标前期市场调研，科学设定绩效目标。');
  c.bad(EY, EY.text.replace('亿元', '万元'), 'unit', c.rels.find((r) => r.desc === '正文决算（亿元）= 表（万元）'));
});

// dx02 市政务信息化 项目 — full table, merged cells; bad: exec_rate
add('dx02-city-zhengwuxinxihua-project.docx', { kind: '项目支出', unit: '岫州市政务服务和数据管理局', table: '有（项目表，无等级行，等级在正文）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市2024年度政务信息化建设项目支出绩效自评报告', 0);
  c.h('一、项目概况', 1);
  c.p('项目依据《岫州市“十四五”数字政府建设规划》实施，建设内容包括市级政务云扩容、一体化政务服务平台升级、“一网统管”城市运行管理平台和电子政务外网安全防护。项目实施期限为2024年1月至12月，项目文号：岫发改投资〔2024〕37号。');
  c.h('二、资金使用', 1);
  const it = [['政务云资源租用及扩容', '1236.00', '1236.00'], ['一体化政务服务平台升级', '864.50', '801.26'], ['城市运行管理平台', '1520.00', '1388.42'], ['电子政务外网安全防护', '379.50', '372.15']].map(([n, a, b]) => [n, wan(a), wan(b)]);
  const full = sum(...it.map((x) => x[1])), ex = sum(...it.map((x) => x[2]));
  const Fu = M(full), E = M(ex), R = c.F(P(ex, full, 2), 'pct');
  c.p(`项目全年预算${Fu}，实际支出${E}，执行率${R}。分子项看：`);
  c.rel('exec_rate', { num: E, den: Fu, result: R }, '项目执行率');
  const IF = it.map(([n, a, b], i) => { const A = M(a), Bx = M(b), Rr = c.F(P(b, a, 1), 'pct'); c.p(`${i + 1}. ${n}：预算${A}，支出${Bx}，执行率${Rr}。`); c.rel('exec_rate', { num: Bx, den: A, result: Rr }, n + '执行率'); return [A, Bx]; });
  c.rel('sum', { total: Fu, parts: IF.map((x) => x[0]) }, '全年预算 = 四个子项之和'); c.rel('sum', { total: E, parts: IF.map((x) => x[1]) }, '支出 = 四个子项之和');
  c.h('三、绩效目标实现', 1);
  const xt = c.F('132个', 'num'); const sx = c.F('1,846项', 'num'), wb = c.F('1,772项', 'num'), wbl = c.F(P(1772, 1846, 2), 'pct');
  c.p(`全市政务服务事项${sx}，其中可全程网办${wbl}（${wb}）；政务云平台承载市级部门业务系统${xt}，平台可用率99.95%以上；城市运行管理平台接入视频监控点位约1.2万个。`);
  c.rel('share', { num: wb, den: sx, result: wbl }, '全程网办比例');
  const T = tblProjFull(c, { name: '政务信息化建设项目', dept: '岫州市政务服务和数据管理局', impl: '岫州市大数据中心', sep: true, wExec: 10, gradeRow: false,
    funds: [['年度资金总额', full, full, ex], ['当年财政拨款', full, full, ex], ['上年结转资金', null, null, null], ['其他资金', null, null, null]],
    goal: ['建成集约高效的政务云和一体化政务服务平台', '政务云扩容和平台升级完成，城市运行管理平台上线试运行'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '承载业务系统数量', tgt: '≥120个', act: '132个', w: 10 },
      { l1: '产出指标', l2: '数量指标', l3: '全程网办事项比例', tgt: '≥95%', act: wbl.text, w: 10 },
      { l1: '产出指标', l2: '质量指标', l3: '政务云平台可用率', tgt: '≥99.9%', act: '99.95%', w: 15 },
      { l1: '产出指标', l2: '时效指标', l3: '城市运行管理平台上线时间', tgt: '2024年10月前', act: '2024年11月', w: 15, q: true, score: '12' , dev: '数据接口联调延迟1个月，已督促承建单位加派人员' },
      { l1: '效益指标', l2: '社会效益', l3: '政务服务“好差评”好评率', tgt: '≥99%', act: '99.6%', w: 15 },
      { l1: '效益指标', l2: '可持续影响', l3: '网络安全事件', tgt: '0起', act: '0起', w: 15, q: true },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '办事企业群众满意度', tgt: '≥90%', act: '96.1%', w: 10 }] });
  c.rel('equal', { a: Fu, b: T.tot[2] }, '预算正文 = 自评表'); c.rel('equal', { a: E, b: T.tot[3] }, '支出正文 = 自评表'); c.rel('equal', { a: R, b: T.rate }, '执行率正文 = 自评表'); c.rel('equal', { a: wbl, b: T.L[1].aF }, '网办比例正文 = 自评表'); c.rel('equal', { a: xt, b: T.L[0].aF }, '业务系统数正文 = 自评表');
  const tt = c.F(T.totS.text + '分', 'score'), gg = c.F(grade(T.h), 'grade');
  c.p(`本项目自评得分${tt}，自评等级“${gg}”。城市运行管理平台上线较计划延迟，时效指标扣3分。`);
  c.rel('equal', { a: tt, b: T.totS }, '正文得分 = 自评表'); c.rel('grade', { total: tt, grade: gg }, '等级与得分相符');
  c.h('四、问题及措施', 1);
  c.p('一是城市运行管理平台建设进度滞后；二是部分部门数据共享不及时。下一步将建立数据共享考核通报制度。');
  c.bad(c.figs.find((f) => f.text === '92.7%'), '93.7%', 'exec_rate', c.rels.find((r) => r.desc === '一体化政务服务平台升级执行率'));
});

// dx03 省粮食和物资储备局 部门整体 — 基础数据表 (三公 by kind, 上年决算/本年预算/本年决算), growth; bad: growth
add('dx03-prov-liangchu-dept.docx', { kind: '部门整体', unit: '峦西省粮食和物资储备局', table: '有（基础数据表，无评分表，等级在正文）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money'); const Mb = (f) => c.F(W(f, { bare: true }), 'money', '万元');
  c.h('峦西省粮食和物资储备局2024年度部门整体支出绩效自评报告', 0);
  c.h('一、部门概况', 1);
  c.p('我局负责全省粮食流通宏观调控、地方储备粮和战略物资储备管理，内设处室11个，下属省粮油质量监测中心、省级储备粮管理公司等单位。2024年末地方储备粮规模保持稳定，全省粮食收购量约186万吨。');
  c.h('二、收支及“三公”经费', 1);
  const cur = wan('14862.35'), prev = wan('13504.12');
  const C = M(cur), PV = M(prev), D = M(cur - prev), G = c.F(Gr(cur, prev, 2).s, 'pct');
  c.p(`2024年度支出${C}，上年${PV}，增加${D}，同比增长${G}，主要是省级储备粮轮换费用补贴标准提高。`);
  c.rel('diff', { a: C, b: PV, result: D }, '支出增加额'); c.rel('growth', { cur: C, prev: PV, result: G, dir: 'up' }, '支出同比增长');
  const cx = wan('9641.20'), cx0 = wan('8702.55'), CX = M(cx), CX0 = M(cx0), CXG = c.F(Gr(cx, cx0, 1).s, 'pct');
  c.p(`其中储备粮轮换及保管费用补贴${CX}，上年${CX0}，同比增长${CXG}。`);
  c.rel('growth', { cur: CX, prev: CX0, result: CXG, dir: 'up' }, '储备粮补贴同比增长');
  c.p('表1 “三公”经费基础数据（单位：万元）');
  const d = { j: ['8.62', '8.00', '6.94'], v: ['26.40', '25.00', '23.17'], g: ['0.00', '0.00', '0.00'] };
  const cells = ['j', 'v', 'g'].map((k) => d[k].map((x) => c.F(x, 'money', '万元')));
  const tots = [0, 1, 2].map((k) => Mb(sum(...['j', 'v', 'g'].map((kk) => wan(d[kk][k])))));
  const gr = c.F(Gr(wan('30.11'), wan('35.02'), 2).s, 'pct');
  c.table([['项目', '2023年决算', '2024年预算', '2024年决算', '2024年决算比2023年决算增减'], ['合计', ...tots.map(String), '下降' + String(gr)], ['公务接待费', ...cells[0].map(String), '—'], ['公务用车购置及运行维护费', ...cells[1].map(String), '—'], ['因公出国（境）费', ...cells[2].map(String), '—']]);
  [0, 1, 2].forEach((k) => c.rel('sum', { total: tots[k], parts: cells.map((r) => r[k]) }, '三公合计（' + ['2023年决算', '2024年预算', '2024年决算'][k] + '）'));
  c.rel('growth', { cur: tots[2], prev: tots[0], result: gr, dir: 'down' }, '三公决算同比下降');
  const ys = c.F(W(wan('33.00')), 'money'), js = c.F(W(wan('30.11')), 'money'), kl = c.F(P(wan('30.11'), wan('33.00'), 2), 'pct');
  c.p(`2024年“三公”经费预算${ys}，决算${js}，预算控制率${kl}。`);
  c.rel('rate', { num: js, den: ys, result: kl }, '三公预算控制率 = 决算 ÷ 预算'); c.rel('equal', { a: ys, b: tots[1] }, '三公预算正文 = 表'); c.rel('equal', { a: js, b: tots[2] }, '三公决算正文 = 表');
  c.h('三、绩效情况', 1);
  const zf = c.F('92.80分', 'score'), zg = c.F('优', 'grade'); const zl = c.F('99.3%', 'pct'), zl0 = c.F('98.1%', 'pct'), zd = c.F('1.2个百分点', 'pp');
  c.p(`（一）储备粮质量。省级储备粮质量宜存率${zl}，比上年${zl0}提高${zd}。（二）安全生产。全系统未发生储粮安全事故。（三）综合评价。按部门整体支出绩效评价指标体系评分，得分${zf}，等级为“${zg}”。`);
  c.rel('grade', { total: zf, grade: zg }, '等级与得分相符');
  c.rel('pp', { a: zl, b: zl0, result: zd }, '宜存率提高百分点');
  c.h('四、问题与改进', 1);
  c.p('部分库点仓容老旧、智能化水平不高。下一步将推进“智慧粮库”建设，2025年完成12个库点的智能化升级。');
  c.bad(CXG, '11.8%', 'growth', c.rels.find((r) => r.desc === '储备粮补贴同比增长'));
});

// dx04 市医保信息平台 项目 — full table with grade row; text vs table; bad: text_table
add('dx04-city-yibaoxinxi-project.docx', { kind: '项目支出', unit: '岫州市医疗保障局', table: '有（项目表，含等级行）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市医疗保障信息平台建设运维项目2024年度绩效自评报告', 0);
  c.h('一、项目基本情况', 1);
  c.p('本项目为全省统一医疗保障信息平台在我市落地应用的配套项目，包括平台运维、定点医药机构接口改造、医保电子凭证推广和移动支付应用。');
  c.h('二、资金情况', 1);
  const ini = wan('960.00'), full = wan('1020.00'), ex = wan('1003.68'), car = 0;
  const I = M(ini, {}), Fu = M(full), E = M(ex), A = M(full - ini, {});
  c.p(`年初预算${I}，年中追加移动支付应用经费${A}，全年预算${Fu}，全年支出${E}。`);
  c.rel('sum', { total: Fu, parts: [I, A] }, '全年预算 = 年初 + 追加');
  c.h('三、绩效完成情况', 1);
  const jk = c.F('1,126家', 'num'), pz = c.F('186.3万人', 'num'), jhl = c.F('78.1%', 'pct');
  c.p(`完成定点医药机构接口改造${jk}；医保电子凭证激活${pz}，激活率${jhl}；移动支付在全市三级和二级医院全面上线。`);
  c.rel('rate', { num: pz, den: c.F('238.46万人', 'num'), result: jhl }, '激活率 = 激活人数 ÷ 参保人数');
  const cb = c.figs[c.figs.length - 1];
  c.p(`注：激活率按年末参保人数${cb}计算。`);
  const T = tblProjFull(c, { name: '医疗保障信息平台建设运维项目', dept: '岫州市医疗保障局', impl: '市医疗保障事务中心', sep: true, wExec: 10, gradeRow: true,
    funds: [['年度资金总额', ini, full, ex], ['当年财政拨款', ini, full, ex], ['上年结转资金', null, null, null], ['其他资金', null, null, null]],
    goal: ['平台稳定运行，定点医药机构接口改造全覆盖，推广医保电子凭证', '平台全年稳定运行，接口改造和电子凭证推广目标完成'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '定点医药机构接口改造', tgt: '≥1100家', act: '1126家', w: 15 },
      { l1: '产出指标', l2: '数量指标', l3: '医保电子凭证激活率', tgt: '≥75%', act: '78.1%', w: 15 },
      { l1: '产出指标', l2: '质量指标', l3: '平台故障平均修复时长', tgt: '≤4小时', act: '3.2小时', w: 10 },
      { l1: '产出指标', l2: '时效指标', l3: '系统切换完成时间', tgt: '≤30天', act: '26天', w: 10 },
      { l1: '效益指标', l2: '社会效益', l3: '医保业务线上办理率', tgt: '≥85%', act: '87.4%', w: 15 },
      { l1: '效益指标', l2: '可持续影响', l3: '平台可用率', tgt: '≥99.5%', act: '99.82%', w: 15 },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '参保群众满意度', tgt: '≥90%', act: '92.7%', w: 10 }] });
  c.rel('equal', { a: Fu, b: T.tot[2] }, '全年预算正文 = 自评表'); c.rel('equal', { a: E, b: T.tot[3] }, '全年支出正文 = 自评表'); c.rel('equal', { a: I, b: T.tot[1] }, '年初预算正文 = 自评表');
  c.rel('equal', { a: jk, b: T.L[0].aF }, '接口改造家数正文 = 自评表'); c.rel('equal', { a: jhl, b: T.L[1].aF }, '激活率正文 = 自评表');
  c.h('四、问题及改进措施', 1);
  c.p('个别村卫生室网络条件差，医保结算偶有中断。下一步将协调通信运营商改善网络条件，2025年实现村卫生室医保结算全覆盖。');
  c.bad(jk, '1,162家', 'text_table', c.rels.find((r) => r.desc === '接口改造家数正文 = 自评表'));
});

// dx05 市体育局 部门整体 — dept table two-row header, grade row; bad: indicator_score
add('dx05-city-tiyu-dept.docx', { kind: '部门整体', unit: '岫州市体育局', table: '有（部门整体评价表，双行表头合并单元格，含等级行）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市体育局2024年度部门整体支出绩效自评报告', 0);
  c.h('一、部门基本情况', 1);
  const bz = c.F('32人', 'num'), zz = c.F('30人', 'num'), kz = c.F(P(30, 32, 1), 'pct');
  c.p(`市体育局内设办公室、群众体育科、竞技体育科、体育产业科4个科室，下属市体育运动学校、市全民健身中心2个事业单位，核定编制${bz}，在职${zz}，编制控制率${kz}。`);
  c.rel('rate', { num: zz, den: bz, result: kz }, '编制控制率');
  c.h('二、收支情况', 1);
  const fin = wan('2316.48'), sy = wan('142.60'), qt = wan('23.15'), jz = wan('86.91'), inc = fin + sy + qt + jz;
  const IT = M(inc), F1 = M(fin), F2 = M(sy, {}), F3 = M(qt, {}), F4 = M(jz, {});
  c.p(`收入方面：财政拨款收入${F1}、事业收入${F2}（体育场馆开放服务收入）、其他收入${F3}、年初结转结余${F4}，收入总计${IT}。`);
  c.rel('sum', { total: IT, parts: [F1, F2, F3, F4] }, '收入总计（合计在后）');
  const base = wan('1184.32'), proj = wan('1298.70'), exp = base + proj;
  const ET = M(exp), EB = M(base), EP = M(proj), EBs = c.F(P(base, exp, 1), 'pct'), JY = M(inc - exp, {});
  c.p(`支出方面：支出总计${ET}，其中基本支出${EB}（占${EBs}）、项目支出${EP}；年末结转结余${JY}。`);
  c.rel('sum', { total: ET, parts: [EB, EP] }, '支出总计 = 基本 + 项目'); c.rel('share', { num: EB, den: ET, result: EBs }, '基本支出占比'); c.rel('diff', { a: IT, b: ET, result: JY }, '结转结余 = 收入总计 − 支出总计');
  c.h('三、绩效自评表', 1);
  const T = tblDept(c, { twoHead: true, gradeRow: true, d: 2, inds: [
    { l1: '运行成本', l2: '经济性', l3: '“三公”经费控制率', tgt: '≤100%', act: '91.6%', w: 10 },
    { l1: '运行成本', l2: '经济性', l3: '编制控制率', tgt: '≤100%', act: kz.text, w: 5 },
    { l1: '管理效率', l2: '预算执行', l3: '预算执行率', tgt: '≥95%', act: '96.2%', w: 10 },
    { l1: '履职效能', l2: '群众体育', l3: '举办全民健身赛事活动', tgt: '≥60场次', act: '68场次', w: 15 },
    { l1: '履职效能', l2: '竞技体育', l3: '省运会奖牌数', tgt: '≥45枚', act: '41枚', w: 15, dev: '个别优势项目主力队员伤病' },
    { l1: '社会效应', l2: '群众参与', l3: '经常参加体育锻炼人数比例', tgt: '≥38%', act: '38.6%', w: 15 },
    { l1: '可持续发展能力', l2: '后备人才', l3: '向省队输送运动员', tgt: '≥12人', act: '14人', w: 15 },
    { l1: '服务对象满意度', l2: '满意度', l3: '健身群众满意度', tgt: '≥90%', act: '93.0%', w: 15 }] });
  c.rel('equal', { a: kz, b: T.L[1].aF }, '编制控制率正文 = 表');
  c.h('四、问题与措施', 1);
  c.p('省运会奖牌数未达目标。下一步将加强重点项目科学训练和伤病防护，完善后备人才梯队。');
  c.bad(T.L[6].aF, '11人', 'indicator_score', c.rels.find((r) => r.type === 'ind_score' && r.actual === T.L[6].aF.id));
});

// dx06 省级衔接资金 — AI-style; 亿元 2 decimals; 市州 table with 结余 column, 合计 last; score breakdown in text; bad: balance
add('dx06-prov-xiangcun-fund.docx', { kind: '项目支出（省级专项）', unit: '峦西省农业农村厅（省乡村振兴局）', table: '无评分表（得分分项与等级在正文）；有分市州资金表' }, (c) => {
  const Mb = (f) => c.F(W(f, { bare: true, sep: true }), 'money', '万元');
  c.h('峦西省2024年度省级财政衔接推进乡村振兴补助资金绩效自评报告', 0);
  c.h('一、总体情况', 1);
  const sz = [['岫州市', '38624.50', '37915.26'], ['苍屏市', '31210.00', '30482.71'], ['临岚市', '27865.30', '27406.18'], ['云栈自治州', '30912.60', '29873.45']].map(([n, a, b]) => [n, wan(a), wan(b)]);
  const full = sum(...sz.map((x) => x[1])), ex = sum(...sz.map((x) => x[2]));
  const YY = c.F(YI(full, 2), 'money'), EY = c.F(YI(ex, 2), 'money');
  c.p(`2024年，省级财政坚持把衔接资金作为巩固拓展脱贫攻坚成果同乡村振兴有效衔接的重要抓手，在财政收支平衡压力较大的情况下仍保持投入力度总体稳定，全年共分两批下达四个市州省级衔接资金${YY}，各市州统筹用于产业发展、就业帮扶、基础设施补短板和易地搬迁后续扶持，截至年底累计支出${EY}，资金使用进度总体符合预期。`);
  c.p('表1 分市州资金下达及支出情况（单位：万元）');
  const RF = sz.map(([n, a, b]) => [n, Mb(a), Mb(b), Mb(a - b)]);
  const TF = [Mb(full), Mb(ex)];
  c.table([['市（州）', '下达资金', '实际支出', '结余'], ...RF.map((r) => r.map(String)), ['合计', ...TF.map(String), '—']]);
  RF.forEach((r) => c.rel('diff', { a: r[1], b: r[2], result: r[3] }, r[0] + '结余'));
  [0, 1].forEach((k) => c.rel('sum', { total: TF[k], parts: RF.map((r) => r[k + 1]) }, '合计行（' + ['下达资金', '实际支出'][k] + '）'));
  c.rel('equal', { a: YY, b: TF[0] }, '下达总额亿元 = 表合计'); c.rel('equal', { a: EY, b: TF[1] }, '支出总额亿元 = 表合计');
  c.h('二、绩效目标完成情况', 1);
  const cs = c.F('2,316个', 'num'), cc = c.F('1,024个', 'num'), cy = c.F(P(1024, 2316, 1), 'pct');
  c.p(`一是产业带动方面，全省有脱贫村${cs}，累计支持联农带农产业项目${cc}，项目数相当于脱贫村数的${cy}；二是就业帮扶方面，脱贫劳动力务工规模稳定在110万人以上；三是基础设施方面，新改建通组路、产业路约1,900公里，解决了一批“最后一公里”问题。`);
  c.rel('rate', { num: cc, den: cs, result: cy }, '项目数与脱贫村数之比');
  c.h('三、自评结论', 1);
  const ds = ['18.50', '18.00', '36.80', '17.60']; const DF = ds.map((x) => c.F(x + '分', 'score')); const tot = sum(...ds.map(sc));
  const TS = c.F(S(tot) + '分', 'score'), GD = c.F(grade(tot), 'grade');
  c.p(`按照决策（20分）、过程（20分）、产出（40分）、效益（20分）四个方面评分，分别得${DF[0]}、${DF[1]}、${DF[2]}、${DF[3]}，合计${TS}，评价等级为${GD}。产出方面扣分主要是部分项目开工较晚，效益方面扣分主要是个别产业项目联农带农机制不够紧密。`);
  c.rel('score_sum', { total: TS, parts: DF }, '合计得分 = 四方面得分之和'); c.rel('grade', { total: TS, grade: GD }, '等级与合计得分相符');
  c.h('四、下一步工作', 1);
  c.p('（一）加快资金拨付和项目实施进度，2025年6月底前支出进度力争达到60%；（二）健全联农带农利益联结机制；（三）加强项目资产后续管护。');
  c.bad(RF[1][3], W(sz[1][1] - sz[1][2] + wan('100.00'), { bare: true, sep: true }), 'balance', c.rels.find((r) => r.desc === '苍屏市结余'));
});

// dx07 市全民健身（市级体育彩票公益金，政府性基金）— per-visit averages; simple table with grade row; bad: avg
add('dx07-city-quanminjianshen-fund.docx', { kind: '项目支出（政府性基金）', unit: '岫州市体育局', table: '有（简表，合计在末行，含等级行）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('岫州市2024年度市级体育彩票公益金全民健身项目绩效自评报告', 0);
  c.h('一、项目基本情况', 1);
  c.p('项目资金来源于市级留成体育彩票公益金，纳入政府性基金预算管理，主要用于公共体育场馆免费低收费开放补助、国民体质监测和社区健身指导。');
  c.h('二、资金使用情况', 1);
  const kf = wan('368.50'), tz = wan('94.50'), zd = wan('57.30'), tot = kf + tz + zd, bud = wan('540.00');
  const KF = M(kf, {}), TZ = M(tz, {}), ZD = M(zd, {}), TOT = M(tot, {}), BUD = M(bud, {}), R = c.F(P(tot, bud, 0), 'pct');
  c.p(`全年预算${BUD}，支出${TOT}，执行率${R}（按整数百分比填报）。支出构成：场馆免费低收费开放补助${KF}，国民体质监测${TZ}，社区健身指导${ZD}。`);
  c.rel('exec_rate', { num: TOT, den: BUD, result: R }, '执行率（整数百分比）'); c.rel('sum', { total: TOT, parts: [KF, TZ, ZD] }, '支出 = 三项之和（总额在前）');
  c.h('三、产出和效益', 1);
  const rc = c.F('46.8万人次', 'num'), kf2 = M(kf, {}), rp = c.F(Y(Math.round(kf / 468000), { d: 2 }), 'money');
  c.p(`1. 市体育中心、市全民健身中心等4个场馆全年免费低收费开放，入场健身${rc}，开放补助${kf2}，每人次补助${rp}。`);
  c.rel('avg', { total: kf2, count: rc, result: rp }, '场馆开放每人次补助'); c.rel('equal', { a: KF, b: kf2 }, '开放补助两处一致');
  const tc = c.F('12,600人次', 'num'), tz2 = M(tz, {}), tp = c.F(Y(tz / 12600), 'money');
  c.p(`2. 完成国民体质监测${tc}，监测经费${tz2}，每人次${tp}。`);
  c.rel('avg', { total: tz2, count: tc, result: tp }, '体质监测每人次经费'); c.rel('equal', { a: TZ, b: tz2 }, '体质监测经费两处一致');
  c.p('3. 全市社会体育指导员达到5,800余人，每千人拥有社会体育指导员约2.9人；开展科学健身讲座40场。');
  const T = tblSimple(c, { d: 1, gradeRow: true, inds: [
    { l1: '预算执行', l3: '预算执行率', tgt: '≥90%', act: R.text, w: 10 },
    { l1: '产出', l3: '场馆开放入场人次', tgt: '≥45万人次', act: '46.8万人次', w: 20 },
    { l1: '产出', l3: '国民体质监测人次', tgt: '≥12000人次', act: '12600人次', w: 15 },
    { l1: '产出', l3: '科学健身讲座场次', tgt: '≥48场', act: '40场', w: 15, dev: '讲座场地与赛事冲突，部分合并举办' },
    { l1: '效益', l3: '体质监测达标率', tgt: '≥90%', act: '91.8%', w: 20 },
    { l1: '满意度', l3: '健身群众满意度', tgt: '≥90%', act: '95.2%', w: 20 }] });
  c.rel('equal', { a: R, b: T.L[0].aF }, '执行率正文 = 表'); c.rel('equal', { a: rc, b: T.L[1].aF }, '入场人次正文 = 表'); c.rel('equal', { a: tc, b: T.L[2].aF }, '监测人次正文 = 表');
  c.h('四、问题和改进', 1);
  c.p('科学健身讲座场次未达目标。2025年将讲座纳入社区健身指导员年度考核，确保全年不少于48场。');
  c.bad(rp, Y(Math.round(kf / 468000) + 100, { d: 2 }), 'avg', c.rels.find((r) => r.desc === '场馆开放每人次补助'));
});

// dx08 省基层医疗卫生机构能力提升（中央转移支付）— full table, total in 良 band, grade row; bad: grade
add('dx08-prov-jicengyiliao-central.docx', { kind: '项目支出（中央转移支付）', unit: '峦西省卫生健康委员会', table: '有（项目表，含等级行，等级为良）' }, (c) => {
  const M = (f, o = { sep: true }) => c.F(W(f, o), 'money');
  c.h('峦西省2024年度中央基层医疗卫生机构能力提升补助资金绩效自评报告', 0);
  c.h('一、项目概况', 1);
  c.p('中央财政通过医疗服务与保障能力提升补助资金支持我省基层医疗卫生机构能力建设，省卫生健康委会同省财政厅按因素法分配至各市州，重点支持县域医共体建设、乡镇卫生院服务能力达标和村卫生室标准化建设。');
  c.h('二、资金执行', 1);
  const full = wan('18640.00'), ex = wan('16872.35'), car = wan('1235.40');
  const tot = full + car, Fu = M(full), Ca = M(car), TO = M(tot), E = M(ex), R = c.F(P(ex, tot, 2), 'pct');
  c.p(`2024年中央下达补助资金${Fu}，加上上年结转${Ca}，可用资金${TO}；截至年底支出${E}，执行率${R}。执行率偏低的主要原因是部分设备采购项目于12月完成招标，合同款尚未支付。`);
  c.rel('sum', { total: TO, parts: [Fu, Ca] }, '可用资金 = 中央下达 + 上年结转'); c.rel('exec_rate', { num: E, den: TO, result: R }, '执行率');
  const xw = c.F('412所', 'num'), xa = c.F('356所', 'num'), xb = c.F(P(356, 412, 1), 'pct');
  c.p(`全省${xw}乡镇卫生院中，${xa}达到“优质服务基层行”基本标准，达标率${xb}。`);
  c.rel('share', { num: xa, den: xw, result: xb }, '乡镇卫生院达标率');
  const T = tblProjFull(c, { name: '中央基层医疗卫生机构能力提升补助资金', dept: '峦西省卫生健康委员会', impl: '各市州卫生健康委员会', sep: true, wExec: 10, gradeRow: true, d: 2,
    funds: [['年度资金总额', full, tot, ex], ['当年财政拨款', full, full, ex - car], ['上年结转资金', null, car, car], ['其他资金', null, null, null]],
    goal: ['提升基层医疗卫生机构服务能力，推进县域医共体建设', '乡镇卫生院达标率提高，县域医共体建设稳步推进'],
    inds: [{ l1: '产出指标', l2: '数量指标', l3: '达到基本标准的乡镇卫生院', tgt: '≥380所', act: '356所', w: 15, dev: '部分卫生院人员配置不达标' },
      { l1: '产出指标', l2: '数量指标', l3: '标准化建设村卫生室', tgt: '≥1200个', act: '960个', w: 15, dev: '山区村卫生室用地落实困难' },
      { l1: '产出指标', l2: '质量指标', l3: '设备验收合格率', tgt: '100%', act: '96%', w: 10, dev: '4%的设备首次验收未通过，已整改' },
      { l1: '产出指标', l2: '时效指标', l3: '资金下达时限', tgt: '≤30天', act: '36天', w: 10, dev: '因素法测算数据复核延时' },
      { l1: '效益指标', l2: '社会效益', l3: '县域内就诊率', tgt: '≥90%', act: '78.5%', w: 20, dev: '部分县级医院专科能力不足' },
      { l1: '满意度指标', l2: '服务对象满意度', l3: '基层就诊患者满意度', tgt: '≥90%', act: '85.0%', w: 20, dev: '候诊时间偏长' }] });
  c.rel('equal', { a: TO, b: T.tot[2] }, '可用资金 = 自评表全年预算'); c.rel('equal', { a: E, b: T.tot[3] }, '支出正文 = 自评表'); c.rel('equal', { a: R, b: T.rate }, '执行率正文 = 自评表'); c.rel('equal', { a: xa, b: T.L[0].aF }, '达标卫生院数正文 = 自评表');
  c.h('三、问题及改进措施', 1);
  c.p('一是资金执行率偏低；二是村卫生室标准化建设任务未完成；三是县域内就诊率未达目标。下一步将压实市县支出责任，对执行进度慢的地区按规定收回统筹使用。');
  c.bad(T.gF, '优', 'grade', c.rels.find((r) => r.type === 'grade'));
  if (T.gF.text !== '良') throw new Error('dx08 grade band');
});
// ---------- driver ----------
const fs = require('fs'); const path = require('path');
function locate(ctx, lines) { // fig id -> {line, nth, pos}
  const loc = new Map();
  lines.forEach((ln, i) => ln.figs.forEach((f) => {
    if (loc.has(f.id)) throw new Error(ctx.file + ': figure used twice ' + f.id);
    const fig = ctx.figs.find((x) => x.id === f.id); let nth = 0; let k = -1;
    while ((k = ln.text.indexOf(fig.text, k + 1)) !== -1 && k <= f.pos) nth++;
    loc.set(f.id, { line: i + 1, nth, pos: f.pos });
  }));
  return loc;
}
async function renderAll(ctx, over) {
  if (ctx.meta.format === 'docx') return buildDocx(ctx, over);
  const lines = renderLines(ctx, over); return { buf: Buffer.from(lines.map((l) => l.text).join('\n') + '\n', 'utf8'), lines };
}
async function main() {
  const root = __dirname; fs.mkdirSync(path.join(root, 'clean'), { recursive: true }); fs.mkdirSync(path.join(root, 'bad'), { recursive: true });
  const relOut = {}; const answers = [['file', 'line', 'old', 'new', 'kind', 'relation'].join('\t')];
  for (const rp of REPORTS) {
    const c = new Ctx(rp.file, { format: rp.file.split('.').pop(), ...rp.meta }); rp.build(c);
    const over = new Map(c.figs.map((f) => [f.id, f.text]));
    const clean = await renderAll(c, over); const loc = locate(c, clean.lines);
    for (const f of c.figs) { if (!loc.has(f.id)) throw new Error(rp.file + ': figure not placed ' + f.id + ' ' + f.text); }
    const used = new Map(); for (const r of c.rels) for (const [k, v] of Object.entries(r)) { if (['id', 'type', 'desc', 'dir', 'lower'].includes(k)) continue; for (const x of [].concat(v)) if (typeof x === 'string' && /^f\d+$/.test(x)) used.set(x, (used.get(x) || 0) + 1); }
    for (const f of c.figs) if (!used.get(f.id)) throw new Error(rp.file + ': figure in no relation ' + f.id + ' ' + f.text);
    const bs = c.badSpec; if (!bs) throw new Error(rp.file + ': no bad spec');
    const relIds = c.rels.filter((r) => Object.values(r).some((v) => [].concat(v).includes(bs.fig.id))).map((r) => r.id);
    if (!bs.rel || !relIds.includes(bs.rel.id)) throw new Error(rp.file + ': bad relation mismatch');
    const o2 = new Map(over); o2.set(bs.fig.id, bs.newText); const bad = await renderAll(c, o2);
    const L = loc.get(bs.fig.id); const lt = clean.lines[L.line - 1].text;
    if (lt.split(bs.fig.text).length !== 2) throw new Error(rp.file + ': old not unique in line: ' + bs.fig.text + ' | ' + lt);
    fs.writeFileSync(path.join(root, 'clean', rp.file), clean.buf); fs.writeFileSync(path.join(root, 'bad', rp.file), bad.buf);
    answers.push([rp.file, L.line, bs.fig.text, bs.newText, bs.kind, bs.rel.id].join('\t'));
    relOut[rp.file] = { format: c.meta.format, report_kind: rp.meta.kind, unit: rp.meta.unit, score_table: rp.meta.table,
      figures: c.figs.map((f) => ({ id: f.id, line: loc.get(f.id).line, nth: loc.get(f.id).nth, text: f.text, kind: f.kind, ...(f.unit ? { implied_unit: f.unit } : {}) })),
      relations: c.rels };
  }
  fs.writeFileSync(path.join(root, 'bad', 'ANSWERS.tsv'), answers.join('\n') + '\n');
  fs.writeFileSync(path.join(root, 'relations.json'), JSON.stringify(relOut, null, 1) + '\n');
  console.log('wrote', REPORTS.length, 'reports');
}
main().catch((e) => { console.error(e); process.exit(1); });

'use strict';
// bulk-u generator — deterministic; run: node gen.cjs
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const docx = require(path.join(__dirname, '../../node_modules/docx'));

const OUT = __dirname;

// ---------------------------------------------------------------- numbers (integer cents)
const big = BigInt;
function parseScaled(s, scale) { // decimal string -> integer * 10^scale
  s = String(s).replace(/,/g, '');
  const neg = s.startsWith('-'); if (neg) s = s.slice(1);
  const [i, f = ''] = s.split('.');
  if (f.length > scale) throw new Error('too many decimals ' + s);
  const v = Number(i) * 10 ** scale + Number((f + '0'.repeat(scale)).slice(0, scale) || '0');
  return neg ? -v : v;
}
const W = s => parseScaled(s, 6);   // 万元 -> cents
const Y = s => parseScaled(s, 2);   // 元 -> cents
function rdiv(a, b) { // half-up rounding of a/b, BigInt, a,b >= 0 (b>0)
  a = big(a); b = big(b);
  const neg = (a < 0n) !== (b < 0n); if (a < 0n) a = -a; if (b < 0n) b = -b;
  const q = (2n * a + b) / (2n * b);
  return neg ? -q : q;
}
function grp(intStr) { return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function fmtScaled(v, dec, sep) { // v integer scaled by 10^dec
  v = big(v); const neg = v < 0n; if (neg) v = -v;
  let s = v.toString().padStart(dec + 1, '0');
  let ip = dec ? s.slice(0, -dec) : s; const fp = dec ? s.slice(-dec) : '';
  if (sep) ip = grp(ip);
  return (neg ? '-' : '') + ip + (dec ? '.' + fp : '');
}
// money formatting; c in cents
const fw = (c, o = {}) => fmtScaled(rdiv(c, 10 ** (6 - (o.dec ?? 2))), o.dec ?? 2, o.sep);      // 万元
const fy = (c, o = {}) => fmtScaled(c, 2, o.sep ?? true);                                          // 元
const fyi = (c, dec = 2) => fmtScaled(rdiv(c, 10 ** (10 - dec)), dec, false);                     // 亿元
function pct(num, den, dec) { return fmtScaled(rdiv(big(num) * 100n * 10n ** big(dec), big(den)), dec, false); }
function ratio(num, den, dec, sep) { return fmtScaled(rdiv(big(num) * 10n ** big(dec), big(den)), dec, sep); }
function exact(c) { if (c % 10000 !== 0) throw new Error('not whole 0.01万元: ' + c); return c; }

// ---------------------------------------------------------------- boundary matching (nth occurrence)
function isDigit(ch) { return ch >= '0' && ch <= '9'; }
function boundaryMatches(line, s) {
  const out = []; let i = line.indexOf(s);
  while (i >= 0) {
    const b = line[i - 1], a = line[i + s.length], a2 = line[i + s.length + 1];
    let ok = true;
    if (isDigit(s[0]) && b !== undefined && (isDigit(b) || b === '.' || b === ',')) ok = false;
    if (isDigit(s[s.length - 1]) && a !== undefined && (isDigit(a) || ((a === '.' || a === ',') && a2 !== undefined && isDigit(a2)))) ok = false;
    if (ok) out.push(i);
    i = line.indexOf(s, i + 1);
  }
  return out;
}

// ---------------------------------------------------------------- document model
const MK = /\u27E6([^\u27E7]+)\u27E7/g;
class Doc {
  constructor(spec) { this.spec = spec; this.blocks = []; this.figs = {}; this.rels = []; }
  fig(id, text, type, unit) {
    if (this.figs[id]) throw new Error(this.spec.slug + ': dup fig ' + id);
    this.figs[id] = { text: String(text), type, unit };
    return '\u27E6' + id + '\u27E7';
  }
  // money in prose, with unit in the string
  m(id, c, u = '万元', o = {}) {
    let t;
    if (u === '万元') t = fw(c, o); else if (u === '元') t = fy(c, o); else if (u === '亿元') t = fyi(c, o.dec ?? 2);
    return this.fig(id, (o.approx ? '' : '') + t + u, 'money');
  }
  // money in a table cell (unit from the table's 单位 line)
  mc(id, c, u = '万元', o = {}) {
    let t; if (u === '万元') t = fw(c, o); else if (u === '元') t = fy(c, o); else t = fyi(c, o.dec ?? 2);
    return this.fig(id, t, 'money', u);
  }
  p_(id, num, den, dec, sign = true) { return this.fig(id, pct(num, den, dec) + (sign ? '%' : ''), 'pct'); }
  pv(id, text) { return this.fig(id, text, 'pct'); }           // literal percent text
  n(id, text, unit) { return this.fig(id, String(text), 'num', unit); } // counts/scores/plain numbers
  g(id, text) { return this.fig(id, text, 'grade'); }
  rel(id, type, args, zh) {
    if (this.rels.some(r => r.id === id)) throw new Error(this.spec.slug + ': dup rel ' + id);
    this.rels.push({ id, type, ...args, zh });
  }
  h(level, text) { this.blocks.push({ t: 'h', level, text }); }
  p(text) { this.blocks.push({ t: 'p', text }); }
  pb(lead, text) { this.blocks.push({ t: 'pb', lead, text }); }
  bold(text) { this.blocks.push({ t: 'bold', text }); }
  table(o) { this.blocks.push({ t: 'table', ...o }); }
}

function resolveLine(doc, s, override) {
  let out = ''; let last = 0; const figs = [];
  s.replace(MK, (m, id, off) => {
    out += s.slice(last, off);
    const t = doc.figs[id].text;
    figs.push({ id, offset: out.length });
    out += t; last = off + m.length; return m;
  });
  out += s.slice(last);
  return { text: out, figs };
}
function dispWidth(s) { let w = 0; for (const ch of s) w += ch.charCodeAt(0) > 0x2e7f ? 2 : 1; return w; }
function plain(doc, s) { return resolveLine(doc, s).text; }

// ---------- md / txt renderers: produce array of marker strings (lines)
function expandRow(r) { const o = []; for (const c of r) { if (typeof c === 'object') { o.push(c.x); for (let i = 1; i < c.span; i++) o.push(''); } else o.push(c); } return o; }
function renderMd(doc) {
  const st = doc.spec.style || {}; const L = [];
  const B = s => L.push(s, '');
  if (st.mdBold) B('**' + doc.spec.title + '**'); else B('# ' + doc.spec.title);
  for (const b of doc.blocks) {
    if (b.t === 'h') { if (st.mdBold) B('**' + b.text + '**'); else B('#'.repeat(b.level + 1) + ' ' + b.text); }
    else if (b.t === 'p') B(b.text);
    else if (b.t === 'pb') B('**' + b.lead + '**' + b.text);
    else if (b.t === 'bold') B('**' + b.text + '**');
    else if (b.t === 'table') {
      if (b.caption) B(st.mdBold ? b.caption : '**' + b.caption + '**');
      if (b.unit) B(b.unit);
      L.push('| ' + b.head.join(' | ') + ' |');
      L.push('|' + b.head.map(() => ' --- ').join('|') + '|');
      for (const r of b.rows) L.push('| ' + expandRow(r).map(c => c === '' ? ' ' : c).join(' | ') + ' |');
      L.push('');
      if (b.note) B(b.note);
    }
  }
  while (L[L.length - 1] === '') L.pop();
  return L;
}
function renderTxt(doc) {
  const st = doc.spec.style || {}; const L = [];
  const ind = st.txtIndent ? '\u3000\u3000' : '';
  const B = s => { L.push(s); if (st.txtBlank) L.push(''); };
  for (const t of [].concat(doc.spec.txtTitle || doc.spec.title)) B(t);
  if (!st.txtBlank) L.push('');
  for (const b of doc.blocks) {
    if (b.t === 'h') B(b.text);
    else if (b.t === 'p') B(ind + b.text);
    else if (b.t === 'pb') B(ind + b.lead + b.text);
    else if (b.t === 'bold') B(b.text);
    else if (b.t === 'table') {
      if (b.caption) B(b.caption);
      if (b.unit) L.push(b.unit);
      const rows = [b.head, ...b.rows.map(expandRow)];
      if ((b.txt || st.txtTable) === 'space') {
        const n = b.head.length; const wd = new Array(n).fill(0);
        for (const r of rows) r.forEach((c, i) => { wd[i] = Math.max(wd[i], dispWidth(plain(doc, c))); });
        for (const r of rows) L.push(r.map((c, i) => i === n - 1 ? c : c + ' '.repeat(wd[i] - dispWidth(plain(doc, c)) + 2)).join('').replace(/\s+$/, ''));
      } else for (const r of rows) L.push(r.join('\t'));
      L.push('');
      if (b.note) B(b.note);
    }
  }
  while (L[L.length - 1] === '') L.pop();
  return L;
}
// ---------- docx: paragraph list with structure
function docxStructure(doc) {
  const st = doc.spec.style || {}; const P = []; const items = [];
  const add = (text, kind, extra = {}) => { P.push(text); return { idx: P.length - 1, kind, ...extra }; };
  items.push({ t: 'para', ...add(doc.spec.title, 'title') });
  for (const b of doc.blocks) {
    if (b.t === 'h') items.push({ t: 'para', ...add(b.text, st.docxBoldHead ? 'boldhead' : 'h' + b.level) });
    else if (b.t === 'p') items.push({ t: 'para', ...add(b.text, 'p') });
    else if (b.t === 'pb') items.push({ t: 'para', ...add(b.lead + b.text, 'pb', { leadLen: b.lead }) });
    else if (b.t === 'bold') items.push({ t: 'para', ...add(b.text, 'boldline') });
    else if (b.t === 'table') {
      if (b.caption) items.push({ t: 'para', ...add(b.caption, 'caption') });
      if (b.unit) items.push({ t: 'para', ...add(b.unit, 'unit') });
      const rows = [];
      if (b.group) rows.push({ head: true, cells: b.group.map(g => ({ ...add(g.text, 'cellhead'), span: g.span || 1 })) });
      rows.push({ head: true, cells: b.head.map(h => ({ ...add(h, 'cellhead'), span: 1 })) });
      for (const r of b.rows) rows.push({ head: false, cells: r.map(c => typeof c === 'object' ? { ...add(c.x, 'cell'), span: c.span } : { ...add(c, 'cell'), span: 1 }) });
      items.push({ t: 'table', rows, ncol: b.head.length });
      if (b.note) items.push({ t: 'para', ...add(b.note, 'p') });
    }
  }
  return { P, items };
}

function locate(doc, lines) { // lines: marker strings; returns resolved lines + fig locations
  const res = []; const loc = {};
  lines.forEach((s, i) => {
    const r = resolveLine(doc, s); res.push(r.text);
    for (const f of r.figs) {
      const t = doc.figs[f.id].text; const ms = boundaryMatches(r.text, t);
      const nth = ms.indexOf(f.offset);
      if (nth < 0) throw new Error(doc.spec.slug + ': fig ' + f.id + ' "' + t + '" not boundary-matchable in: ' + r.text);
      if (loc[f.id]) throw new Error(doc.spec.slug + ': fig used twice ' + f.id);
      loc[f.id] = { line: i + 1, nth, offset: f.offset };
    }
  });
  for (const id of Object.keys(doc.figs)) if (!loc[id]) throw new Error(doc.spec.slug + ': fig never placed ' + id);
  return { res, loc };
}

// ---------------------------------------------------------------- zip (deterministic writer + reader)
const CRC = (() => { const t = new Uint32Array(256); for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; t[n] = c >>> 0; } return t; })();
function crc32(buf) { let c = 0xffffffff; for (const b of buf) c = CRC[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; }
function unzip(buf) {
  let e = buf.length - 22; while (buf.readUInt32LE(e) !== 0x06054b50) e--;
  const n = buf.readUInt16LE(e + 10); let p = buf.readUInt32LE(e + 16); const out = [];
  for (let i = 0; i < n; i++) {
    const method = buf.readUInt16LE(p + 10), csize = buf.readUInt32LE(p + 20), nl = buf.readUInt16LE(p + 28), xl = buf.readUInt16LE(p + 30), cl = buf.readUInt16LE(p + 32), lo = buf.readUInt32LE(p + 42);
    const name = buf.slice(p + 46, p + 46 + nl).toString('utf8');
    const lnl = buf.readUInt16LE(lo + 26), lxl = buf.readUInt16LE(lo + 28);
    const data = buf.slice(lo + 30 + lnl + lxl, lo + 30 + lnl + lxl + csize);
    out.push({ name, data: method === 8 ? zlib.inflateRawSync(data) : Buffer.from(data) });
    p += 46 + nl + xl + cl;
  }
  return out;
}
function zip(entries) { // fixed timestamp 2025-03-01 00:00
  const dosTime = 0, dosDate = ((2025 - 1980) << 9) | (3 << 5) | 1;
  const locals = []; const centrals = []; let off = 0;
  for (const { name, data } of entries) {
    const nb = Buffer.from(name, 'utf8'); const comp = zlib.deflateRawSync(data, { level: 9 }); const crc = crc32(data);
    const lh = Buffer.alloc(30); lh.writeUInt32LE(0x04034b50, 0); lh.writeUInt16LE(20, 4); lh.writeUInt16LE(0x0800, 6); lh.writeUInt16LE(8, 8);
    lh.writeUInt16LE(dosTime, 10); lh.writeUInt16LE(dosDate, 12); lh.writeUInt32LE(crc, 14); lh.writeUInt32LE(comp.length, 18); lh.writeUInt32LE(data.length, 22); lh.writeUInt16LE(nb.length, 26); lh.writeUInt16LE(0, 28);
    const ch = Buffer.alloc(46); ch.writeUInt32LE(0x02014b50, 0); ch.writeUInt16LE(20, 4); ch.writeUInt16LE(20, 6); ch.writeUInt16LE(0x0800, 8); ch.writeUInt16LE(8, 10);
    ch.writeUInt16LE(dosTime, 12); ch.writeUInt16LE(dosDate, 14); ch.writeUInt32LE(crc, 16); ch.writeUInt32LE(comp.length, 20); ch.writeUInt32LE(data.length, 24); ch.writeUInt16LE(nb.length, 28); ch.writeUInt32LE(off, 42);
    locals.push(lh, nb, comp); centrals.push(ch, nb); off += 30 + nb.length + comp.length;
  }
  const cd = Buffer.concat(centrals); const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0); end.writeUInt16LE(entries.length, 8); end.writeUInt16LE(entries.length, 10); end.writeUInt32LE(cd.length, 12); end.writeUInt32LE(off, 16);
  return Buffer.concat([...locals, cd, end]);
}

async function buildDocx(doc, struct, P) {
  const { Document, Packer, Paragraph, TextRun, HeadingLevel, Table, TableRow, TableCell, WidthType, AlignmentType } = docx;
  const F = '仿宋_GB2312';
  const mkP = (idx, kind, extra) => {
    const t = P[idx];
    if (kind === 'title') return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, size: 36, font: '方正小标宋简体' })] });
    if (kind[0] === 'h' && kind.length === 2) return new Paragraph({ heading: [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4][Number(kind[1]) - 1], children: [new TextRun({ text: t })] });
    if (kind === 'boldhead' || kind === 'boldline' || kind === 'caption') return new Paragraph({ alignment: kind === 'caption' ? AlignmentType.CENTER : undefined, children: [new TextRun({ text: t, bold: true, font: F })] });
    if (kind === 'unit') return new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: t, font: F, size: 21 })] });
    if (kind === 'pb') { const n = extra.leadLen.length; return new Paragraph({ indent: { firstLine: 560 }, children: [new TextRun({ text: t.slice(0, n), bold: true, font: F }), new TextRun({ text: t.slice(n), font: F })] }); }
    if (kind === 'cellhead') return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: t, bold: true, font: F, size: 21 })] });
    if (kind === 'cell') return new Paragraph({ children: [new TextRun({ text: t, font: F, size: 21 })] });
    return new Paragraph({ indent: { firstLine: 560 }, children: [new TextRun({ text: t, font: F })] });
  };
  const children = [];
  for (const it of struct.items) {
    if (it.t === 'para') children.push(mkP(it.idx, it.kind, it));
    else children.push(new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: it.rows.map(r => new TableRow({ tableHeader: r.head, children: r.cells.map(c => new TableCell({ columnSpan: c.span > 1 ? c.span : undefined, children: [mkP(c.idx, c.kind, c)] })) })),
    }));
  }
  const d = new Document({
    creator: doc.spec.unitName || '岚川市', lastModifiedBy: doc.spec.unitName || '岚川市', title: doc.spec.title, description: '预算绩效自评报告', revision: 1,
    styles: { default: { document: { run: { font: F, size: 28 } } } },
    sections: [{ properties: {}, children }],
  });
  const buf = await Packer.toBuffer(d);
  const ents = unzip(buf).map(e => {
    if (e.name === 'docProps/core.xml') {
      let s = e.data.toString('utf8');
      s = s.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-03-20T09:00:00Z$2').replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-03-28T17:30:00Z$2');
      e.data = Buffer.from(s, 'utf8');
    }
    return e;
  });
  ents.sort((a, b) => (a.name === '[Content_Types].xml' ? -1 : b.name === '[Content_Types].xml' ? 1 : a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return zip(ents);
}

// ---------------------------------------------------------------- relation helpers
const R = {
  eq: (d, a, b, zh) => d.rel('eq.' + a + '=' + b, 'equal', { a, b }, zh),
  sum: (d, id, out, parts, zh) => d.rel(id, 'sum', { out, parts }, zh),
  rate: (d, id, out, num, den, zh) => d.rel(id, 'rate', { out, num, den }, zh),
  diff: (d, id, out, a, b, zh) => d.rel(id, 'diff', { out, a, b }, zh),
  growth: (d, id, out, cur, prev, dir, zh) => d.rel(id, 'growth', { out, cur, prev, dir }, zh),
  per: (d, id, out, total, count, zh) => d.rel(id, 'perunit', { out, total, count }, zh),
};
function gradeOf(x100) { return x100 >= 9000 ? '优' : x100 >= 8000 ? '良' : x100 >= 6000 ? '中' : '差'; }
// scaled-decimal helpers for scores (value*100 integers)
const S2 = s => parseScaled(s, 2);
function scoreStr(v100, dec) { return fmtScaled(rdiv(v100, 10 ** (2 - dec)), dec, false); }

// ---------------------------------------------------------------- score table (绩效自评表)
// o: {pre, caption, unit, head3 (names row text), rows:[{key,label,b0,b,s,rate?}], wExec, rateDec, scoreDec,
//     inds:[...], goal:{plan,actual}, gradeRow:true, group:true, l1Label}
function scoreTable(d, o) {
  const P = o.pre || 'st'; const dec = o.scoreDec ?? 2; const rdec = o.rateDec ?? 2; const u = '万元';
  const ids = {};
  // ---- funds table
  const fr = [];
  const tot = o.rows[0];
  const r4 = c => Number(rdiv(c, 10000)) * 10000; // value as shown (0.01万元)
  const rateTxt = pct(r4(tot.s), r4(tot.b), rdec); const rate100 = S2(rateTxt.length ? rateTxt : '0'); // rate with rdec<=2
  const execScore100 = rdiv(big(Math.min(rate100, 10000)) * big(o.wExec), 100n); // value*100 ... exact when rdec<=2? handled below
  // exec score: rate(%) * w / 100, rounded to dec
  const rateScaled = big(parseScaled(rateTxt, rdec)); // rate * 10^rdec
  const capped = rateScaled > 100n * 10n ** big(rdec) ? 100n * 10n ** big(rdec) : rateScaled;
  const es = rdiv(capped * big(o.wExec) * 10n ** big(dec), 100n * 10n ** big(rdec)); // score * 10^dec
  const esTxt = fmtScaled(es, dec, false);
  for (const r of o.rows) {
    const k = P + '.' + r.key;
    const cells = [r.label,
      r.b0 === null ? '—' : d.mc(k + '.b0', r.b0, u, { sep: o.sep }),
      d.mc(k + '.b', r.b, u, { sep: o.sep }),
      r.s === null ? '—' : d.mc(k + '.s', r.s, u, { sep: o.sep })];
    if (r === tot) {
      cells.push(d.n(P + '.wExec', String(o.wExec)), d.fig(P + '.rate', rateTxt + '%', 'pct'), d.n(P + '.execScore', esTxt));
    } else if (r.rate) {
      cells.push('—', d.p_(k + '.rate', r4(r.s), r4(r.b), rdec), '—');
      R.rate(d, k + '.rate', k + '.rate', k + '.s', k + '.b', r.label.replace(/^其中：/, '') + '执行率=执行数÷全年预算数（自评表）');
    } else cells.push('—', '—', '—');
    fr.push(cells);
  }
  const srcs = o.rows.slice(1);
  if (srcs.length >= 2) {
    if (srcs.every(r => r.b0 !== null)) R.sum(d, P + '.sum.b0', P + '.tot.b0', srcs.map(r => P + '.' + r.key + '.b0'), '自评表年初预算数：资金总额=各来源之和');
    R.sum(d, P + '.sum.b', P + '.tot.b', srcs.map(r => P + '.' + r.key + '.b'), '自评表全年预算数：资金总额=各来源之和');
    if (srcs.every(r => r.s !== null)) R.sum(d, P + '.sum.s', P + '.tot.s', srcs.map(r => P + '.' + r.key + '.s'), '自评表全年执行数：资金总额=各来源之和');
  }
  R.rate(d, P + '.rate', P + '.rate', P + '.tot.s', P + '.tot.b', '自评表执行率=全年执行数÷全年预算数');
  d.rel(P + '.execScore', 'exec_score', { out: P + '.execScore', rate: P + '.rate', weight: P + '.wExec' }, '预算执行率得分=执行率×分值（封顶）');
  if (o.head3) d.p(o.head3);
  d.table({ caption: o.caption, unit: o.unit === false ? undefined : (o.unit || '单位：万元'), group: o.group ? [{ text: '项目资金（万元）', span: 7 }] : undefined,
    head: [o.fundsHead || '资金来源', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], rows: fr });
  if (o.goal) d.table({ head: ['年度总体目标', '预期目标', '实际完成情况'], rows: [['', o.goal.plan, o.goal.actual]], txt: 'tab' });
  // ---- indicators
  const ir = []; let wsum = o.wExec; let ssum = es * 10n ** big(2 - dec); // in 1/100
  const wIds = [P + '.wExec'], sIds = [P + '.execScore'];
  o.inds.forEach((x, i) => {
    const k = P + '.i' + (i + 1);
    let tgt, act, sc;
    const w = x.w; wsum += w;
    if (x.qual) { tgt = x.qual[0]; act = x.qual[1]; sc = big(w) * 10n ** big(dec); }
    else {
      const sc6 = 6; const tv = big(parseScaled(x.tv, sc6)), av = big(parseScaled(x.av, sc6));
      const met = x.cmp === 'le' ? av <= tv : av >= tv;
      if (met) sc = big(w) * 10n ** big(dec);
      else sc = x.cmp === 'le' ? rdiv(big(w) * tv * 10n ** big(dec), av) : rdiv(big(w) * av * 10n ** big(dec), tv);
      if (x.forceScore !== undefined) sc = big(parseScaled(x.forceScore, dec));
      const isP = x.unit === '%';
      const tmark = isP ? d.fig(k + '.t', x.tv + '%', 'pct') : d.n(k + '.t', x.tv, x.unit);
      const amark = isP ? d.fig(k + '.a', x.av + '%', 'pct') : d.n(k + '.a', x.av, x.unit);
      const [pre, suf] = x.tfmt || (x.cmp === 'le' ? ['≤', ''] : ['≥', '']);
      tgt = pre + tmark + (isP ? '' : x.unit) + suf;
      act = amark + (isP ? '' : x.unit);
      d.rel(k + '.score', 'ind_score', { out: k + '.s', target: k + '.t', actual: k + '.a', weight: k + '.w', cmp: x.cmp }, `“${x.l3}”得分与目标值、实际值相符（${x.cmp === 'le' ? '不超过目标即满分，超出按目标÷实际' : '达到目标即满分，未达按实际÷目标'}计分）`);
    }
    ssum += sc * 10n ** big(2 - dec);
    const full = sc === big(w) * 10n ** big(dec);
    const scTxt = full && !o.fixedScores ? String(w) : fmtScaled(sc, dec, false);
    ir.push([x.l1 || '', x.l2 || '', x.l3, tgt, act, d.n(k + '.w', String(w)), d.n(k + '.s', scTxt), x.reason || (full ? '无' : '')]);
    wIds.push(k + '.w'); sIds.push(k + '.s');
  });
  if (wsum !== 100) throw new Error(d.spec.slug + ': weights sum ' + wsum);
  const totTxt = fmtScaled(rdiv(ssum, 10 ** (2 - dec)), dec, false);
  ids.total = P + '.total'; ids.grade = P + '.grade'; ids.totalTxt = totTxt; ids.gradeTxt = gradeOf(Number(ssum));
  ir.push([{ x: '总分', span: 5 }, d.n(P + '.w100', '100'), d.n(P + '.total', totTxt), '']);
  if (o.gradeRow !== false) ir.push([{ x: '自评等级', span: 5 }, { x: d.g(P + '.grade', ids.gradeTxt), span: 3 }]);
  R.sum(d, P + '.wsum', P + '.w100', wIds, '自评表各项分值之和=100');
  R.sum(d, P + '.ssum', P + '.total', sIds, '自评表总分=各项得分之和');
  if (o.gradeRow !== false) d.rel(P + '.grade', 'grade', { out: P + '.grade', total: P + '.total' }, '自评等级与总分相符（≥90优，80–90良，60–80中，<60差）');
  d.table({ caption: o.caption2, group: o.group ? [{ text: '绩效指标', span: 8 }] : undefined,
    head: ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'], rows: ir });
  ids.rateTxt = rateTxt; ids.execScoreTxt = esTxt;
  return ids;
}

function stRows(b0, b, s, o = {}) {
  const c = o.carry || [0, 0, 0], x = o.other || [0, 0, 0];
  const L = o.labels || ['年度资金总额', '其中：当年财政拨款', '上年结转资金', '其他资金'];
  const rows = [{ key: 'tot', label: L[0], b0, b, s }, { key: 'fin', label: L[1], b0: b0 - c[0] - x[0], b: b - c[1] - x[1], s: s - c[2] - x[2], rate: o.finRate }];
  if (!o.noCarry) rows.push({ key: 'carry', label: L[2], b0: c[0], b: c[1], s: c[2] });
  if (!o.noOther) rows.push({ key: 'oth', label: L[3], b0: x[0], b: x[1], s: x[2] });
  return rows;
}
// items table: items [[name, b, s, extra...]]; o: {pre, head, unit, u, sep, rate, rdec, totLabel, extraCols:[{h, f:(d,i,x)=>cell}]}
function itemsTable(d, o) {
  const P = o.pre || 'it'; const u = o.u || '万元'; const rows = [];
  o.items.forEach((x, i) => {
    const r = [x[0], d.mc(`${P}${i}.b`, x[1], u, { sep: o.sep })];
    if (!o.noS) r.push(d.mc(`${P}${i}.s`, x[2], u, { sep: o.sep }));
    if (o.rate) { r.push(d.p_(`${P}${i}.r`, x[2], x[1], o.rdec ?? 2)); R.rate(d, `${P}${i}.r`, `${P}${i}.r`, `${P}${i}.s`, `${P}${i}.b`, `“${x[0]}”执行率=支出÷预算`); }
    for (const e of o.extraCols || []) r.push(e.f(d, i, x));
    rows.push(r);
  });
  const B = o.items.reduce((a, x) => a + x[1], 0), S = o.items.reduce((a, x) => a + x[2], 0);
  const tr = [o.totLabel || '合计', d.mc(`${P}T.b`, B, u, { sep: o.sep })];
  if (!o.noS) tr.push(d.mc(`${P}T.s`, S, u, { sep: o.sep }));
  if (o.rate) { tr.push(d.p_(`${P}T.r`, S, B, o.rdec ?? 2)); R.rate(d, `${P}T.r`, `${P}T.r`, `${P}T.s`, `${P}T.b`, '合计执行率=合计支出÷合计预算'); }
  for (const e of o.extraCols || []) tr.push(e.tot ? e.tot(d) : '');
  rows.push(tr);
  d.table({ caption: o.caption, unit: o.unit === undefined ? '单位：' + u : o.unit || undefined, head: o.head, rows, group: o.group });
  R.sum(d, `${P}T.b`, `${P}T.b`, o.items.map((x, i) => `${P}${i}.b`), (o.what || '') + '预算合计=各分项之和');
  if (!o.noS) R.sum(d, `${P}T.s`, `${P}T.s`, o.items.map((x, i) => `${P}${i}.s`), (o.what || '') + '支出合计=各分项之和');
  return { B, S };
}
const sumOf = (a, k) => a.reduce((s, x) => s + x[k], 0);

// 三公经费 table: v = {last:[接待,运行,购置,出国], bud:[...], cur:[...]} cents; returns totals
function sangongTable(d, o) {
  const P = o.pre || 'sg'; const names = ['公务接待费', '公务用车运行维护费', '公务用车购置费', '因公出国（境）费'];
  const cols = [['last', o.h ? o.h[0] : '上年决算数'], ['bud', o.h ? o.h[1] : '本年预算数'], ['cur', o.h ? o.h[2] : '本年决算数']];
  const rows = names.map((n, i) => [n, ...cols.map(([k]) => d.mc(`${P}.${k}${i}`, o[k][i], '万元', {}))]);
  rows.push(['合计', ...cols.map(([k]) => d.mc(`${P}.${k}T`, sumOf(o[k].map(x => [x]), 0)))]);
  for (const [k, h] of cols) R.sum(d, `${P}.${k}T`, `${P}.${k}T`, names.map((n, i) => `${P}.${k}${i}`), `三公经费${h}合计=各项之和`);
  d.table({ caption: o.caption, unit: '单位：万元', head: ['项目', ...cols.map(c => c[1])], rows });
  return { last: sumOf(o.last.map(x => [x]), 0), bud: sumOf(o.bud.map(x => [x]), 0), cur: sumOf(o.cur.map(x => [x]), 0) };
}
function deptRows(b0, b, s, basic, proj) {
  return [{ key: 'tot', label: '年度资金总额', b0, b, s }, { key: 'bas', label: '其中：基本支出', b0: basic[0], b: basic[1], s: basic[2] }, { key: 'prj', label: '项目支出', b0: proj[0], b: proj[1], s: proj[2], rate: true }];
}

// ---------------------------------------------------------------- reports
const REPORTS = [];
const CITY = '岚川市';
const fin3 = (b0, b, s) => ({ b0, b, s });

// 01 md 项目支出 档案馆 —— bad: exec_rate
REPORTS.push({ no: '01', slug: 'danganguan-shuzihua', fmt: 'md', kind: '项目支出', sector: '档案', unitName: '岚川市档案馆', scoreTable: true,
  title: '岚川市档案馆2024年度馆藏档案数字化项目支出绩效自评报告', style: {},
  bad: { fig: 'r.t', to: '97.29%', kind: 'exec_rate' },
  build(d) {
    const B0 = W('280'), C = W('24'), F0 = B0 - C, adj = W('36.5'), B = B0 + adj, F = B - C;
    const it = [['档案数字化加工', W('198'), W('196.48')], ['破损档案修裱与保护', W('42.5'), W('41.2')], ['数字档案系统运维', W('52'), W('50.25')], ['库房温湿度设备改造', W('24'), W('22')]];
    const S = it.reduce((a, x) => a + x[2], 0), SC = C, SF = S - SC, Rm = B - S;
    d.p('根据《岚川市财政局关于开展2024年度预算绩效自评工作的通知》（岚财绩〔2025〕12号）要求，我馆成立由分管副馆长任组长的自评小组，于2025年3月对馆藏档案数字化项目开展了绩效自评，现将有关情况报告如下。');
    d.h(1, '一、项目基本情况');
    d.h(2, '（一）项目概况');
    d.p('岚川市档案馆为市委办公室管理的公益一类事业单位，馆藏档案约18万卷、资料2.3万册。馆藏档案数字化项目自2021年起分期实施，2024年为第四期，主要任务是对1950年至1990年形成的文书档案开展全文数字化加工，对字迹褪变、纸张酸化的档案进行修裱，并保障数字档案管理系统稳定运行。');
    d.h(2, '（二）绩效目标');
    d.p('全年完成档案数字化加工120万页以上，修裱破损档案3500页以上，数字化成果抽检合格率不低于98%，年度档案查阅利用8000人次以上，查档群众满意度达到90%以上。');
    d.h(1, '二、项目资金使用及管理情况');
    d.h(2, '（一）资金安排及执行');
    d.p(`2024年年初预算安排${d.m('B0.t', B0)}，其中当年财政拨款${d.m('F0.t', F0)}、上年结转资金${d.m('C.t', C)}；第3季度根据档案抢救性保护需要追加${d.m('adj.t', adj)}，全年预算${d.m('B.t', B)}。截至2024年12月31日，实际支出${d.m('S.t', S)}，预算执行率${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', Rm)}，已按规定于2025年1月收回市财政。`);
    R.sum(d, 'B0.t', 'B0.t', ['F0.t', 'C.t'], '年初预算=当年财政拨款+上年结转（正文）');
    R.sum(d, 'B.t', 'B.t', ['B0.t', 'adj.t'], '全年预算=年初预算+追加（正文）');
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '预算执行率=实际支出÷全年预算（正文）');
    R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支出（正文）');
    d.p('分项目支出情况见下表。');
    const rows = it.map((x, i) => [x[0], d.mc('it' + i + '.b', x[1]), d.mc('it' + i + '.s', x[2])]);
    rows.push(['合计', d.mc('itT.b', B), d.mc('itT.s', S)]);
    d.table({ unit: '单位：万元', head: ['支出内容', '全年预算', '实际支出'], rows });
    R.sum(d, 'itT.b', 'itT.b', it.map((x, i) => 'it' + i + '.b'), '分项预算合计=各分项之和');
    R.sum(d, 'itT.s', 'itT.s', it.map((x, i) => 'it' + i + '.s'), '分项支出合计=各分项之和');
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=分项表合计'); R.eq(d, 'S.t', 'itT.s', '实际支出：正文=分项表合计');
    d.h(2, '（二）资金管理情况');
    d.p('项目资金实行专账核算，数字化加工服务通过公开招标确定承接单位（招标编号LCZC-2024-0317），合同约定按验收合格页数分三次结算。馆内制定了《数字化加工外包安全管理办法》，加工场所设在馆内，全程视频监控，未发生档案实体和信息安全事故。');
    d.h(1, '三、项目绩效情况');
    d.h(2, '（一）产出情况');
    d.p(`全年完成档案数字化加工${d.n('pg.t', '126.4', '万页')}万页，其中民国及建国初期档案约9.6万页。数字化加工支出${d.m('it0.s.t', it[0][2])}，平均每页加工成本${d.fig('pgc.t', ratio(it[0][2], 126400000, 2), 'money', '元') }元，低于合同控制价。修裱破损档案${d.n('rp.t', '3,380')}页，未达到3500页的目标，主要原因是部分严重霉变档案需送省级修复中心处理。数字化成果经第三方抽检，合格率${d.pv('qa.t', '99.2%')}。`);
    R.eq(d, 'it0.s.t', 'it0.s', '数字化加工支出：正文=分项表');
    R.per(d, 'pgc', 'pgc.t', 'it0.s.t', 'pg.t', '每页加工成本=数字化加工支出÷加工页数');
    d.h(2, '（二）效益情况');
    d.p(`数字档案通过馆内查阅终端和政务服务大厅窗口提供利用，全年接待查阅利用${d.n('use.t', '9,215')}人次，较上年的${d.n('use0.t', '8,046')}人次增长${d.p_('useg.t', 9215 - 8046, 8046, 1)}，其中通过“一网通办”远程出具档案证明约3000件。2025年计划安排预算300万元，继续推进1991年至2000年档案的数字化。`);
    R.growth(d, 'useg', 'useg.t', 'use.t', 'use0.t', 'up', '查阅利用人次增长率=(本年−上年)÷上年');
    d.h(2, '（三）满意度情况');
    d.p(`通过查档窗口扫码评价和电话回访收集有效问卷412份，满意度为${d.pv('sat.t', '95.6%')}。`);
    d.h(1, '四、存在的问题及原因分析');
    d.p('一是修裱进度偏慢。馆内仅有专业修裱人员2名，重度破损档案须外送修复，周期长。二是数字化成果利用深度不够，全文识别和专题编研尚未开展，数字档案主要停留在“能查到”的层面。');
    d.h(1, '五、下一步改进措施');
    d.p('一是与省档案馆修复中心签订长期合作协议，2025年第2季度前完成剩余破损档案的修复；二是启动馆藏档案全文识别，择取3个专题开展编研，提升数字档案开发利用水平。');
    d.h(1, '附件：2024年度项目支出绩效自评表');
    const st = scoreTable(d, { pre: 'st', head3: '项目名称：馆藏档案数字化项目（第四期）　主管部门：市委办公室　实施单位：岚川市档案馆',
      rows: [{ key: 'tot', label: '年度资金总额', b0: B0, b: B, s: S }, { key: 'fin', label: '其中：当年财政拨款', b0: F0, b: F, s: SF, rate: true }, { key: 'carry', label: '上年结转资金', b0: C, b: C, s: SC }, { key: 'oth', label: '其他资金', b0: 0, b: 0, s: 0 }],
      wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '档案数字化加工页数', cmp: 'ge', tv: '120', av: '126.4', unit: '万页', w: 15 },
        { l1: '', l2: '数量指标', l3: '破损档案修裱页数', cmp: 'ge', tv: '3500', av: '3380', unit: '页', w: 10, reason: '重度霉变档案外送省级修复中心，2025年第2季度完成' },
        { l1: '', l2: '质量指标', l3: '数字化成果抽检合格率', cmp: 'ge', tv: '98', av: '99.2', unit: '%', w: 10 },
        { l1: '', l2: '时效指标', l3: '加工成果验收时间', qual: ['2024年12月底前', '2024年12月20日完成验收'], w: 5 },
        { l1: '', l2: '成本指标', l3: '单页数字化加工成本', cmp: 'le', tv: '1.6', av: '1.55', unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '档案查阅利用人次', cmp: 'ge', tv: '8000', av: '9215', unit: '人次', w: 15 },
        { l1: '', l2: '可持续影响', l3: '档案信息长期安全保存', qual: ['有效保障', '异地备份1套，运行正常'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '查档群众满意度', cmp: 'ge', tv: '90', av: '95.6', unit: '%', w: 10 },
      ] });
    R.eq(d, 'B0.t', 'st.tot.b0', '年初预算：正文=自评表'); R.eq(d, 'S.t', 'st.tot.s', '实际支出：正文=自评表');
    R.eq(d, 'pg.t', 'st.i1.a', '数字化加工页数：正文=自评表'); R.eq(d, 'rp.t', 'st.i2.a', '修裱页数：正文=自评表');
    R.eq(d, 'pgc.t', 'st.i5.a', '单页加工成本：正文=自评表'); R.eq(d, 'use.t', 'st.i6.a', '查阅利用人次：正文=自评表');
    R.eq(d, 'qa.t', 'st.i3.a', '抽检合格率：正文=自评表'); R.eq(d, 'sat.t', 'st.i8.a', '满意度：正文=自评表');
  } });

// 02 txt 项目支出 气象局 —— bad: indicator_score (target in table not updated)
REPORTS.push({ no: '02', slug: 'qixiangju-renying', fmt: 'txt', kind: '项目支出', sector: '气象', unitName: '岚川市气象局', scoreTable: true,
  title: '岚川市气象局2024年度人工影响天气作业项目绩效自评报告', txtTitle: ['岚川市气象局', '2024年度人工影响天气作业项目', '绩效自评报告'],
  style: { txtIndent: true, txtTable: 'tab' },
  bad: { fig: 'st.i1.t', to: '70', kind: 'indicator_score' },
  build(d) {
    const O = W('30'), B0 = W('185'), cut = W('12'), B = B0 - cut;
    const it = [['火箭弹及焰弹购置', W('86'), W('85.4')], ['作业点标准化改造', W('45'), W('44.12')], ['作业人员补助及意外保险', W('28'), W('26.1')], ['作业装备年检与运输', W('14'), W('14')]];
    const S = sumOf(it, 2), Rm = B - S;
    d.p('按照市财政局《关于做好2024年度市级预算绩效自评工作的通知》（岚财绩〔2025〕12号）部署，我局对人工影响天气作业项目开展了自评。');
    d.h(1, '一、项目基本情况');
    d.p('岚川市气象局实行上级气象主管机构与市人民政府双重领导、以上级气象主管机构为主的管理体制。人工影响天气作业项目主要用于抗旱增雨、森林防火增湿和防雹作业，全市布设固定作业点11个、流动作业点4个，作业人员48名，均持有省级人影作业上岗证。2024年本市降水量较常年偏少约两成，第3季度出现了持续40天的伏旱。');
    d.h(1, '二、项目资金使用情况');
    d.h(2, '（一）资金来源与执行');
    d.p(`本项目年初预算${d.m('B0.t', B0)}，其中市级财政拨款${d.m('F0.t', B0 - O)}、省级人影补助资金${d.m('O.t', O)}。年中按照市政府过紧日子要求压减${d.m('cut.t', cut)}，调整后全年预算${d.m('B.t', B)}。全年实际支出${d.m('S.t', S)}，预算执行率${d.p_('r.t', S, B, 1)}，结余${d.m('R.t', Rm)}。`);
    R.sum(d, 'B0.t', 'B0.t', ['F0.t', 'O.t'], '年初预算=市级拨款+省级补助（正文）');
    R.diff(d, 'B.t', 'B.t', 'B0.t', 'cut.t', '全年预算=年初预算−压减（正文）');
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '预算执行率=实际支出÷全年预算（正文）');
    R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支出（正文）');
    d.h(2, '（二）支出明细');
    itemsTable(d, { head: ['支出项目', '全年预算', '实际支出'], items: it, what: '支出明细' });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=支出明细表'); R.eq(d, 'S.t', 'itT.s', '实际支出：正文=支出明细表');
    d.p(`作业人员补助及意外保险支出${d.m('it2.s.t', it[2][2])}，覆盖作业人员${d.n('ppl.t', '48')}名，人均${d.fig('pp.t', ratio(it[2][2], 48 * 100, 2, true), 'money', '元')}元。`);
    R.eq(d, 'it2.s.t', 'it2.s', '补助及保险支出：正文=明细表'); R.per(d, 'pp', 'pp.t', 'it2.s.t', 'ppl.t', '人均补助=补助及保险支出÷作业人数');
    d.h(1, '三、项目绩效自评表');
    scoreTable(d, { pre: 'st', head3: '项目名称：人工影响天气作业　主管部门：岚川市气象局　实施单位：市人工影响天气办公室',
      rows: stRows(B0, B, S, { other: [O, O, O], noCarry: true, finRate: true }), wExec: 10, rateDec: 1, scoreDec: 1,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '增雨（雪）作业次数', cmp: 'ge', tv: '60', av: '66', unit: '次', w: 15 },
        { l2: '数量指标', l3: '标准化作业点改造', cmp: 'ge', tv: '6', av: '6', unit: '个', w: 10 },
        { l2: '质量指标', l3: '作业安全事故', cmp: 'le', tv: '0', av: '0', unit: '起', w: 10 },
        { l2: '时效指标', l3: '作业指令响应时间', qual: ['接令后30分钟内', '平均22分钟'], w: 5 },
        { l2: '成本指标', l3: '单次作业平均弹药消耗', cmp: 'le', tv: '1.5', av: '1.29', unit: '万元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '增雨作业增加降水量', cmp: 'ge', tv: '3000', av: '3420', unit: '万立方米', w: 10 },
        { l2: '生态效益', l3: '森林火险等级', qual: ['有效降低', '全年未发生较大森林火灾'], w: 10 },
        { l2: '可持续影响', l3: '作业点标准化水平', qual: ['持续提升', '达标率100%'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '种植大户及林场满意度', cmp: 'ge', tv: '90', av: '88.5', unit: '%', w: 10, reason: '部分乡镇反映作业公告发布偏晚，2025年改为提前24小时发布' },
      ] });
    R.eq(d, 'B0.t', 'st.tot.b0', '年初预算：正文=自评表');
    d.h(1, '四、绩效目标完成情况');
    d.h(2, '（一）产出');
    d.p(`1.数量。全年组织增雨（雪）作业${d.n('op.t', '66')}次，发射火箭弹326枚、燃烧焰弹180根；完成6个作业点标准化改造。`);
    d.p(`2.成本。火箭弹及焰弹购置支出${d.m('it0.s.t', it[0][2])}，单次作业平均弹药消耗${d.fig('opc.t', ratio(it[0][2], 66 * 1000000, 2), 'money', '万元')}万元，控制在1.5万元以内。`);
    R.eq(d, 'op.t', 'st.i1.a', '作业次数：正文=自评表'); R.eq(d, 'it0.s.t', 'it0.s', '弹药购置支出：正文=明细表');
    R.per(d, 'opc', 'opc.t', 'it0.s.t', 'op.t', '单次作业弹药消耗=弹药购置支出÷作业次数'); R.eq(d, 'opc.t', 'st.i5.a', '单次作业弹药消耗：正文=自评表');
    d.h(2, '（二）效益');
    d.p(`经省人工影响天气中心评估，全年作业增加降水量${d.n('rain.t', '3,420', '万立方米')}万立方米，伏旱期间作业区土壤墒情明显改善。服务热线12121全年接听人影作业咨询约600次。`);
    R.eq(d, 'rain.t', 'st.i6.a', '增加降水量：正文=自评表');
    d.h(2, '（三）满意度');
    d.p(`面向种植大户、林场发放问卷，满意度${d.pv('sat.t', '88.5%')}，未达到90%的目标。`);
    R.eq(d, 'sat.t', 'st.i9.a', '满意度：正文=自评表');
    d.h(1, '五、存在问题及改进措施');
    d.p('（一）存在问题。一是作业公告发布时间偏晚，个别乡镇群众对作业安排知晓不够；二是流动作业车辆已使用9年，故障率上升。');
    d.p('（二）改进措施。一是作业公告提前24小时通过乡镇广播和短信发布；二是2025年申请更新流动作业车辆2台，预计投入60万元，另行申报。');
  } });

// 03 docx 项目支出 消防救援支队 —— bad: score_total
REPORTS.push({ no: '03', slug: 'xiaofang-zhuangbei', fmt: 'docx', kind: '项目支出', sector: '消防救援', unitName: '岚川市消防救援支队', scoreTable: true,
  title: '岚川市消防救援支队2024年度消防车辆装备购置项目绩效自评报告', style: {},
  bad: { fig: 'st.total', to: o => o.replace(/(\d)(\d)$/, '$2$1'), kind: 'score_total', rel: 'st.ssum' },
  build(d) {
    const C = W('85.6'), F = W('1260'), B = F + C;
    const it = [['城市主战消防车购置（3辆）', W('780'), W('768.9')], ['抢险救援器材', W('320'), W('312.46')], ['个人防护装备', W('160'), W('158.8')], ['上年合同装备尾款', C, C]];
    const S = sumOf(it, 2), Rm = B - S, sav = it[1][1] - it[1][2];
    d.h(1, '一、项目概况');
    d.p('岚川市消防救援支队下辖消防救援站9个，承担全市火灾扑救和以抢救人员生命为主的应急救援任务。根据《岚川市“十四五”消防事业发展规划》和应急管理部门装备配备标准，2024年安排消防车辆装备购置项目，重点补齐城市主战车辆和高层建筑救援器材短板。');
    d.p('项目绩效目标：购置城市主战消防车3辆，配备抢险救援器材420件（套）以上，装备验收合格率100%，城区火灾扑救平均到场时间控制在8分钟以内。');
    d.h(1, '二、项目资金使用情况');
    d.p(`项目全年预算${d.m('B.t', B, '万元', { sep: true })}，其中2024年财政拨款${d.m('F.t', F, '万元', { sep: true })}，上年结转资金${d.m('C.t', C)}。截至2024年12月31日实际支出${d.m('S.t', S, '万元', { sep: true })}，执行率${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', Rm)}，为器材政府采购节约资金。`);
    R.sum(d, 'B.t', 'B.t', ['F.t', 'C.t'], '全年预算=财政拨款+上年结转（正文）'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=实际支出÷全年预算（正文）'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支出（正文）');
    itemsTable(d, { caption: '表1 项目支出明细', head: ['支出内容', '全年预算', '实际支出'], items: it, what: '明细表', sep: true });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=表1'); R.eq(d, 'S.t', 'itT.s', '实际支出：正文=表1');
    d.h(1, '三、项目绩效情况');
    d.h(2, '（一）产出');
    d.p(`主战消防车${d.n('carn', '3')}辆于2024年9月全部列装，实际支出${d.m('car.t', it[0][2])}，单车平均采购价格${d.fig('carp.t', ratio(it[0][2], 3 * 1000000, 2), 'money', '万元')}万元，低于260万元的控制标准。抢险救援器材预算${d.m('eqb.t', it[1][1])}，经公开招标（项目编号LCZB2024-0418）实际支出${d.m('eqs.t', it[1][2])}，节约${d.m('sav.t', sav)}，节约率${d.p_('savr.t', sav, it[1][1], 1)}。全年配备器材${d.n('eqn.t', '436')}件（套），验收合格率100%。`);
    R.eq(d, 'car.t', 'it0.s', '消防车支出：正文=表1'); R.per(d, 'carp', 'carp.t', 'car.t', 'carn', '单车平均价格=消防车支出÷3辆');
    R.eq(d, 'eqb.t', 'it1.b', '器材预算：正文=表1'); R.eq(d, 'eqs.t', 'it1.s', '器材支出：正文=表1');
    R.diff(d, 'sav.t', 'sav.t', 'eqb.t', 'eqs.t', '器材节约额=预算−支出'); R.rate(d, 'savr', 'savr.t', 'sav.t', 'eqb.t', '节约率=节约额÷器材预算');
    d.h(2, '（二）效益');
    d.p('新车列装后，支队在全市第2季度执勤实力考核中位列第2名。城区火灾扑救平均到场时间7.2分钟，较上年缩短约0.6分钟。');
    d.h(2, '（三）自评结论');
    const st = scoreTable(d, { pre: 'st', caption: '表2 项目支出绩效自评表', group: true,
      rows: stRows(B, B, S, { carry: [C, C, C], noOther: true }).map(r => r), wExec: 10, rateDec: 2, scoreDec: 2, fixedScores: false,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '主战消防车购置数量', cmp: 'ge', tv: '3', av: '3', unit: '辆', w: 10, tfmt: ['', ''] },
        { l2: '数量指标', l3: '抢险救援器材配备', cmp: 'ge', tv: '420', av: '436', unit: '件（套）', w: 10 },
        { l2: '质量指标', l3: '装备验收合格率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 10, tfmt: ['', ''] },
        { l2: '时效指标', l3: '车辆列装时间', qual: ['2024年10月底前', '2024年9月列装'], w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '城区火灾扑救平均到场时间', cmp: 'le', tv: '8', av: '7.2', unit: '分钟', w: 10 },
        { l2: '可持续影响', l3: '高层建筑救援能力', qual: ['明显提升', '新增举高类救援器材'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '指战员对装备满意度', cmp: 'ge', tv: '95', av: '96.3', unit: '%', w: 10 },
        { l1: '成本指标', l2: '经济成本', l3: '主战消防车单车采购价格', cmp: 'le', tv: '260', av: '256.3', unit: '万元', w: 10 },
        { l2: '经济成本', l3: '器材采购节约率', cmp: 'ge', tv: '3', av: '2.4', unit: '%', w: 10, reason: '器材市场价格上涨，节约空间小于预期' },
      ] });
    d.p(`经自评，本项目综合评价等级为“${d.g('gr.t', st.gradeTxt)}”。`);
    R.eq(d, 'gr.t', 'st.grade', '自评等级：正文=自评表');
    R.eq(d, 'carp.t', 'st.i8.a', '单车价格：正文=自评表'); R.eq(d, 'savr.t', 'st.i9.a', '节约率：正文=自评表'); R.eq(d, 'eqn.t', 'st.i2.a', '器材配备数：正文=自评表');
    d.h(1, '四、存在的问题和改进措施');
    d.p('一是器材采购集中在第4季度，部分器材培训时间不足；二是车辆维保费用未纳入本项目预算。下一步，支队将把器材采购计划提前至第2季度，并在2025年预算中单列车辆维保经费。');
  } });

// 04 md(bold lines) 项目支出 水文站 —— bad: per_unit
REPORTS.push({ no: '04', slug: 'shuiwenzhan-zhanwang', fmt: 'md', kind: '项目支出', sector: '水文', unitName: '岚川水文站', scoreTable: true,
  title: '岚川水文站2024年度水文监测站网改造项目绩效自评报告', style: { mdBold: true },
  bad: { fig: 'rgp.t', to: '7.09万元', kind: 'per_unit' },
  build(d) {
    const O = W('60'), F0 = W('360'), B0 = F0 + O, add = W('48'), B = B0 + add;
    const it = [['自动雨量站改造（24处）', W('192'), W('189.6')], ['水位站改造（9处）', W('135'), W('131.85')], ['遥测终端及通信', W('86'), W('84.9')], ['站房维修', W('55'), W('51')]];
    const S = sumOf(it, 2), Rm = B - S;
    d.p('岚川水文站为省水文水资源勘测中心派出机构，业务上接受市水利局指导，负责澜溪、云岙两条主要河流及23座小（1）型以上水库的水文监测。现有职工31人，测站12处。');
    d.h(1, '一、项目基本情况');
    d.p('本项目依据《岚川市山洪灾害防治非工程措施补短板实施方案》（岚水发〔2024〕3号）实施，建设内容为改造自动雨量站24处、水位站9处，更新遥测终端及通信设备，维修老旧站房。项目于2024年4月开工，11月通过完工验收。');
    d.h(1, '二、资金投入和使用情况');
    d.p(`项目年初预算${d.m('B0.t', B0)}，其中市级财政资金${d.m('F0.t', F0)}，省级水文补助${d.m('O.t', O)}；6月主汛期前因新增3处雨量站站址迁移，市财政追加${d.m('add.t', add)}，全年预算达到${d.m('B.t', B)}。全年支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 1)}，结余${d.m('R.t', Rm)}。`);
    R.sum(d, 'B0.t', 'B0.t', ['F0.t', 'O.t'], '年初预算=市级资金+省级补助（正文）'); R.sum(d, 'B.t', 'B.t', ['B0.t', 'add.t'], '全年预算=年初预算+追加（正文）');
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=支出÷全年预算（正文）'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−支出（正文）');
    itemsTable(d, { head: ['建设内容', '预算', '支出'], items: it, what: '建设内容表' });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=表'); R.eq(d, 'S.t', 'itT.s', '支出：正文=表');
    d.p(`其中，自动雨量站改造支出${d.m('rg.t', it[0][2])}，完成${d.n('rgn.t', '24')}处，每处平均${d.fig('rgp.t', fw(it[0][2] / 24) + '万元', 'money')}；水位站改造支出${d.m('wl.t', it[1][2])}，完成${d.n('wln.t', '9')}处，每处平均${d.fig('wlp.t', fw(it[1][2] / 9) + '万元', 'money')}。`);
    R.eq(d, 'rg.t', 'it0.s', '雨量站支出：正文=表'); R.eq(d, 'wl.t', 'it1.s', '水位站支出：正文=表');
    R.per(d, 'rgp', 'rgp.t', 'rg.t', 'rgn.t', '雨量站每处平均费用=支出÷处数'); R.per(d, 'wlp', 'wlp.t', 'wl.t', 'wln.t', '水位站每处平均费用=支出÷处数');
    d.h(1, '三、绩效目标实现情况');
    d.p(`改造后全市遥测站数据到报率${d.pv('dr.t', '98.6%')}，较改造前提高约4个百分点；汛期发布山洪预警信息${d.n('wr.t', '1,326')}条，较上年${d.n('wr0.t', '1,180')}条增长${d.p_('wrg.t', 146, 1180, 2)}；洪水预报精度${d.pv('fc.t', '88.2%')}。2024年“7·16”强降雨过程中提前3小时发出预警，转移群众约1200人，未发生人员伤亡。`);
    R.growth(d, 'wrg', 'wrg.t', 'wr.t', 'wr0.t', 'up', '预警信息条数增长率=(本年−上年)÷上年');
    d.bold('附：项目绩效自评表');
    scoreTable(d, { pre: 'st', rows: stRows(B0, B, S, { other: [O, O, O], noCarry: true }), wExec: 10, rateDec: 1, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '自动雨量站改造', cmp: 'ge', tv: '24', av: '24', unit: '处', w: 15, tfmt: ['', ''] },
        { l2: '数量指标', l3: '水位站改造', cmp: 'ge', tv: '9', av: '9', unit: '处', w: 10, tfmt: ['', ''] },
        { l2: '质量指标', l3: '遥测数据到报率', cmp: 'ge', tv: '95', av: '98.6', unit: '%', w: 15 },
        { l2: '时效指标', l3: '完工验收时间', qual: ['2024年11月底前', '2024年11月12日'], w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '洪水预报精度', cmp: 'ge', tv: '85', av: '88.2', unit: '%', w: 15 },
        { l2: '社会效益', l3: '山洪预警信息及时发布', qual: ['及时发布', '全部在规定时限内发布'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '防汛部门满意度', cmp: 'ge', tv: '90', av: '92', unit: '%', w: 10 },
      ] });
    R.eq(d, 'B0.t', 'st.tot.b0', '年初预算：正文=自评表'); R.eq(d, 'dr.t', 'st.i3.a', '到报率：正文=自评表'); R.eq(d, 'fc.t', 'st.i5.a', '预报精度：正文=自评表');
    d.h(1, '四、问题与改进');
    d.p('1.部分山区站点通信信号弱，汛期偶有数据延迟。拟在2025年汛前为6处站点加装北斗卫星通信备份信道。');
    d.p('2.站房维修标准不统一。下一步编制站房维修技术规程，统一外观和防雷标准。');
  } });

// 05 txt 项目支出 殡葬服务中心（元 + 万元括注，空格对齐表，无自评表）—— bad: text_table
REPORTS.push({ no: '05', slug: 'binzang-huimin', fmt: 'txt', kind: '项目支出', sector: '殡葬服务', unitName: '岚川市殡葬服务中心', scoreTable: false,
  title: '岚川市殡葬服务中心2024年度惠民殡葬基本服务补助项目绩效自评报告', txtTitle: ['2024年度惠民殡葬基本服务补助项目绩效自评报告', '岚川市殡葬服务中心'],
  style: { txtBlank: true, txtTable: 'space' },
  bad: { fig: 'cn.t', to: '5,484', kind: 'text_table' },
  build(d) {
    const B0 = Y('6500000'), add = Y('480000'), B = B0 + add;
    const it = [['遗体接运补助', Y('1350000'), Y('1312620')], ['火化费减免', Y('3960000'), Y('3947400')], ['骨灰盒及寄存补助', Y('1670000'), Y('1613392.5')]];
    const S = sumOf(it, 2), Rm = B - S;
    d.h(1, '一、项目概况');
    d.p('岚川市殡葬服务中心为市民政局所属公益一类事业单位。根据《岚川市惠民殡葬实施办法》（岚政办发〔2022〕21号），本市户籍居民去世后，遗体接运、暂存、火化和骨灰寄存（3年）四项基本殡葬服务费用由财政全额补助。中心服务电话96190，全年24小时值守。');
    d.h(1, '二、资金情况');
    d.p(`1.预算安排。年初预算${d.m('B0.t', B0, '元')}（${d.m('B0w.t', B0)}），11月根据实际服务量追加${d.m('add.t', add, '元')}（${d.m('addw.t', add)}），全年预算${d.m('B.t', B, '元')}（${d.m('Bw.t', B)}）。`);
    d.p(`2.资金支出。全年实际支出${d.m('S.t', S, '元')}（${d.m('Sw.t', S)}），预算执行率${d.p_('r.t', S, B, 2)}；结余${d.m('R.t', Rm, '元')}（${d.m('Rw.t', Rm)}），已于2025年1月交回国库。`);
    R.eq(d, 'B0.t', 'B0w.t', '年初预算：元与万元括注一致'); R.eq(d, 'add.t', 'addw.t', '追加：元与万元括注一致'); R.eq(d, 'B.t', 'Bw.t', '全年预算：元与万元括注一致');
    R.eq(d, 'S.t', 'Sw.t', '实际支出：元与万元括注一致'); R.eq(d, 'R.t', 'Rw.t', '结余：元与万元括注一致');
    R.sum(d, 'B.t', 'B.t', ['B0.t', 'add.t'], '全年预算=年初预算+追加'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '预算执行率=实际支出÷全年预算');
    R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支出');
    d.p('3.分项支出及服务量。');
    const cnt = [4862, 5848, 5011];
    itemsTable(d, { caption: '表1  惠民殡葬补助分项情况', u: '元', sep: true, head: ['补助项目', '预算（元）', '支出（元）', '服务例数'], items: it, unit: null, what: '分项表',
      extraCols: [{ f: (dd, i) => dd.n('c' + i, grp(String(cnt[i]))) }] });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=表1'); R.eq(d, 'S.t', 'itT.s', '实际支出：正文=表1');
    d.h(1, '三、绩效情况');
    d.p(`1.服务覆盖。全年为${d.n('cn.t', '5,848')}例户籍逝者减免火化费，火化费减免支出${d.m('cs.t', it[1][2], '元')}，例均${d.fig('cp.t', ratio(it[1][2], 5848 * 100, 2, true) + '元', 'money')}，与收费标准一致；遗体接运${d.n('jn.t', '4,862')}例，例均补助${d.fig('jp.t', ratio(it[0][2], 4862 * 100, 2, true) + '元', 'money')}。`);
    R.eq(d, 'cn.t', 'c1', '火化例数：正文=表1'); R.eq(d, 'cs.t', 'it1.s', '火化费减免支出：正文=表1'); R.per(d, 'cp', 'cp.t', 'it1.s', 'c1', '火化例均减免=火化费减免支出÷火化例数（表1）');
    R.eq(d, 'jn.t', 'c0', '接运例数：正文=表1'); R.per(d, 'jp', 'jp.t', 'it0.s', 'jn.t', '接运例均补助=接运补助支出÷接运例数');
    d.p(`2.火化率。全市死亡人口火化率${d.p_('hr.t', 5848, 5903, 2)}（火化${d.n('hn.t', '5,848')}例，死亡人口${d.n('dn.t', '5,903')}人），连续3年保持在99%以上。`);
    R.rate(d, 'hr', 'hr.t', 'hn.t', 'dn.t', '火化率=火化例数÷死亡人口'); R.eq(d, 'hn.t', 'c1', '火化例数（火化率段）=表1');
    d.p('3.满意度。第3季度委托第三方回访逝者家属约500户，满意度为97.2%。');
    d.h(1, '四、存在的问题');
    d.p('一是追加预算在11月才下达，第4季度补助结算一度滞后；二是骨灰寄存期满后续存费用政策不够明确，群众咨询较多。');
    d.h(1, '五、改进措施');
    d.p('一是按近三年平均服务量测算2025年预算，预计需安排700万元左右；二是会同市民政局修订实施办法，明确寄存期满后的收费标准。本项目绩效自评表另行报送。');
  } });

// 06 docx 项目支出 红十字会 —— bad: grade (正文等级与正文总分不符；自评表不列等级)
REPORTS.push({ no: '06', slug: 'hongshizihui-jiuhu', fmt: 'docx', kind: '项目支出', sector: '红十字会', unitName: '岚川市红十字会', scoreTable: true,
  title: '岚川市红十字会2024年度应急救护培训项目绩效自评报告', style: { docxBoldHead: true },
  bad: { fig: 'gr.t', to: '优', kind: 'grade' },
  build(d) {
    const F = W('96'), O = W('18.5'), B = F + O, SF = W('90.31'), SO = W('12.3'), S = SF + SO, Rm = B - S;
    d.h(1, '一、基本情况');
    d.p('岚川市红十字会是市委领导下的人民团体，参照公务员法管理，内设办公室、赈济救护部、组织宣传部3个科室，编制9名。应急救护培训项目面向学校、企业、社区和公共场所从业人员开展救护员取证培训和普及性培训，并在人员密集场所配置自动体外除颤器（AED）。');
    d.h(1, '二、资金使用情况');
    d.p(`项目全年预算${d.m('B.t', B)}，其中市级财政拨款${d.m('F.t', F)}，社会定向捐赠${d.m('O.t', O)}（见岚红〔2024〕15号接收公示）。全年支出${d.m('S.t', S)}，其中财政资金${d.m('SF.t', SF)}、捐赠资金${d.m('SO.t', SO)}，执行率${d.p_('r.t', S, B, 2)}。捐赠资金结余${d.m('RO.t', O - SO)}，按捐赠协议结转2025年继续用于AED配置。`);
    R.sum(d, 'B.t', 'B.t', ['F.t', 'O.t'], '全年预算=财政拨款+捐赠（正文）'); R.sum(d, 'S.t', 'S.t', ['SF.t', 'SO.t'], '支出=财政资金+捐赠资金（正文）');
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=支出÷全年预算（正文）'); R.diff(d, 'RO.t', 'RO.t', 'O.t', 'SO.t', '捐赠结余=捐赠预算−捐赠支出');
    d.h(1, '三、绩效目标完成情况');
    d.p(`1.救护员取证培训。全年培训救护员${d.n('tr.t', '2,460')}人，未完成3000人的年度目标，主要是第3季度培训基地装修停训约40天；取证率78%。救护员培训支出${d.m('trs.t', W('72.9'))}，人均培训成本${d.fig('trp.t', ratio(W('72.9'), 2460 * 100, 2, true), 'money', '元')}元。`);
    R.per(d, 'trp', 'trp.t', 'trs.t', 'tr.t', '人均培训成本=救护员培训支出÷培训人数');
    d.p('2.普及培训。进校园、进企业、进社区开展普及培训21,450人次，开展“救在身边”主题活动36场。');
    d.p('3.AED配置。全年在地铁站、体育场馆和学校配置AED共24台，低于40台的目标，其余16台因捐赠款项于12月到账，结转至2025年第1季度安装。');
    d.h(1, '四、自评得分');
    const st = scoreTable(d, { pre: 'st', caption: '项目支出绩效自评表', gradeRow: false,
      rows: stRows(B, B, S, { other: [O, O, SO], noCarry: true, labels: ['年度资金总额', '其中：财政拨款', '', '社会捐赠资金'] }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '救护员取证培训人数', cmp: 'ge', tv: '3000', av: '2460', unit: '人', w: 15, reason: '培训基地装修停训约40天' },
        { l2: '数量指标', l3: '普及性培训人次', cmp: 'ge', tv: '20000', av: '21450', unit: '人次', w: 10 },
        { l2: '质量指标', l3: '救护员取证率', cmp: 'ge', tv: '90', av: '78', unit: '%', w: 10, reason: '部分企业学员未参加复训考核' },
        { l2: '时效指标', l3: '培训计划完成时间', qual: ['12月底前', '12月28日'], w: 5 },
        { l2: '成本指标', l3: '救护员人均培训成本', cmp: 'le', tv: '300', av: ratio(W('72.9'), 2460 * 100, 2), unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '公共场所AED配置', cmp: 'ge', tv: '40', av: '24', unit: '台', w: 15, reason: '捐赠款12月到账，16台结转安装' },
        { l2: '可持续影响', l3: '应急救护志愿服务队伍', qual: ['持续壮大', '新增注册志愿者约300人'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '参训学员满意度', cmp: 'ge', tv: '95', av: '90.2', unit: '%', w: 10, reason: '学员反映实操时间偏少' },
      ] });
    R.eq(d, 'tr.t', 'st.i1.a', '培训人数：正文=自评表'); R.eq(d, 'trp.t', 'st.i5.a', '人均培训成本：正文=自评表');
    R.eq(d, 'F.t', 'st.fin.b', '财政拨款：正文=自评表'); R.eq(d, 'SO.t', 'st.oth.s', '捐赠支出：正文=自评表');
    d.p(`经对照自评表逐项打分，本项目自评总分${d.n('tot.t', st.totalTxt)}分，自评等级为“${d.g('gr.t', st.gradeTxt)}”。`);
    R.eq(d, 'tot.t', 'st.total', '自评总分：正文=自评表'); d.rel('gr.t', 'grade', { out: 'gr.t', total: 'tot.t' }, '自评等级与总分相符（≥90优，80–90良，60–80中，<60差）');
    d.h(1, '五、存在问题及改进措施');
    d.p('（一）培训场地单一，停训即影响全年进度。拟与市急救中心共建第二培训基地。');
    d.p('（二）取证率偏低。2025年起对企业学员实行“培训—考核—复训”闭环管理，力争取证率达到85%-90%。');
  } });

// 07 md 项目支出 城管执法局 —— bad: balance
REPORTS.push({ no: '07', slug: 'chengguan-zhanjing', fmt: 'md', kind: '项目支出', sector: '城管执法', unitName: '岚川市城市管理综合执法局', scoreTable: true,
  title: '岚川市城市管理综合执法局2024年度占道经营综合整治项目绩效自评报告', style: {},
  bad: { fig: 'R.t', to: '16.42万元', kind: 'balance' },
  build(d) {
    const B0 = W('350'), cut = W('28'), B = B0 - cut;
    const it = [['智慧城管视频巡查平台运维', W('128'), W('126.5')], ['执法记录仪购置（120台）', W('86'), W('80.16')], ['协管队员劳务费', W('90'), W('83.1')], ['宣传及集中整治行动', W('18'), W('16')]];
    const S = sumOf(it, 2), Rm = B - S;
    d.p('**填报说明**：本报告依据岚财绩〔2025〕12号文件要求编制，数据截至2024年12月31日。');
    d.h(1, '一、项目概况');
    d.p('占道经营综合整治项目是市城管执法局2024年重点项目，围绕主次干道、学校及医院周边开展常态化整治，实行“视频巡查+网格执法”模式。全市划分执法网格46个，配备协管队员约160人。');
    d.h(1, '二、资金使用情况');
    d.p(`年初安排预算${d.m('B0.t', B0)}，年中压减${d.m('cut.t', cut)}，全年预算${d.m('B.t', B)}；实际支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', Rm)}，主要是执法记录仪采购价格低于预算。`);
    R.diff(d, 'B.t', 'B.t', 'B0.t', 'cut.t', '全年预算=年初预算−压减'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=实际支出÷全年预算'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支出');
    itemsTable(d, { head: ['支出内容', '预算数', '执行数', '执行率'], items: it, rate: true, rdec: 2, what: '支出表' });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=支出表'); R.eq(d, 'S.t', 'itT.s', '实际支出：正文=支出表');
    d.p(`协管队员劳务费${d.m('lw.t', it[2][2])}，占项目支出的${d.p_('lws.t', it[2][2], S, 2)}；执法记录仪单价${d.fig('jl.t', fy(it[1][2] / 120, { sep: true }) + '元', 'money')}，采购${d.n('jln.t', '120')}台。`);
    R.eq(d, 'lw.t', 'it2.s', '劳务费：正文=支出表'); R.rate(d, 'lws', 'lws.t', 'lw.t', 'S.t', '劳务费占项目支出比例=劳务费÷实际支出');
    R.per(d, 'jl', 'jl.t', 'it1.s', 'jln.t', '记录仪单价=购置支出÷台数');
    d.h(1, '三、绩效情况');
    d.p(`全年巡查发现占道经营问题${d.n('fx.t', '18,406')}起，办结${d.n('bj.t', '18,112')}起，办结率${d.p_('bjl.t', 18112, 18406, 2)}，较上年提高约2个百分点；在全省城市管理考核中列第3名。主次干道占道经营反弹点位由第1季度的42个降至第4季度的9个。`);
    R.rate(d, 'bjl', 'bjl.t', 'bj.t', 'fx.t', '办结率=办结数÷发现数');
    const st = scoreTable(d, { pre: 'st', caption: '2024年度项目支出绩效自评表', rows: stRows(B0, B, S, { noCarry: true, noOther: true }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '执法网格覆盖', cmp: 'ge', tv: '46', av: '46', unit: '个', w: 10, tfmt: ['', ''] },
        { l2: '数量指标', l3: '执法记录仪配备', cmp: 'ge', tv: '120', av: '120', unit: '台', w: 10, tfmt: ['', ''] },
        { l2: '质量指标', l3: '问题办结率', cmp: 'ge', tv: '95', av: pct(18112, 18406, 2), unit: '%', w: 15 },
        { l2: '时效指标', l3: '问题处置时限', qual: ['24小时内', '平均6.5小时'], w: 5 },
        { l2: '成本指标', l3: '执法记录仪单价', cmp: 'le', tv: '7200', av: fy(it[1][2] / 120, { sep: false }), unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '主次干道反弹点位', cmp: 'le', tv: '10', av: '9', unit: '个', w: 15 },
        { l2: '可持续影响', l3: '长效管理机制', qual: ['建立', '出台网格执法工作规程'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '市民满意度', cmp: 'ge', tv: '85', av: '82.4', unit: '%', w: 10, reason: '部分摊贩安置点距离居民区较远' },
      ] });
    R.eq(d, 'bjl.t', 'st.i3.a', '办结率：正文=自评表'); R.eq(d, 'jl.t', 'st.i5.a', '记录仪单价：正文=自评表');
    d.p(`项目自评得分${d.n('tot.t', st.totalTxt)}分，等级“${d.g('gr.t', st.gradeTxt)}”。`);
    R.eq(d, 'tot.t', 'st.total', '总分：正文=自评表'); R.eq(d, 'gr.t', 'st.grade', '等级：正文=自评表');
    d.h(1, '四、存在问题');
    d.p('1. 疏堵结合不够，摊贩安置点数量不足，早晚高峰时段反弹明显。');
    d.p('2. 视频巡查平台算法识别准确率约85%，误报需人工复核。');
    d.h(1, '五、改进措施');
    d.p('1. 2025年计划新增便民疏导点8处，引导流动摊贩入点经营。');
    d.p('2. 平台运维合同续签时增加算法迭代条款，识别准确率目标定为90%-95%。');
  } });

// 08 txt 项目支出 广播电视台 —— bad: unit_slip
REPORTS.push({ no: '08', slug: 'guangdiantai-yingji', fmt: 'txt', kind: '项目支出', sector: '广播电视', unitName: '岚川广播电视台', scoreTable: true,
  title: '岚川广播电视台2024年度应急广播体系建设项目支出绩效自评报告', txtTitle: ['岚川广播电视台', '2024年度应急广播体系建设项目支出绩效自评报告'],
  style: { txtTable: 'space', txtIndent: true },
  bad: { fig: 'S2.t', to: o => o.replace('万元', '元'), kind: 'unit_slip' },
  build(d) {
    const C = W('80'), F = W('480'), B = F + C;
    const it = [['市级应急广播平台升级', W('186'), W('184.5')], ['村（社区）终端安装', W('294'), W('286.65')], ['传输链路租赁', W('52'), W('51.08')], ['系统运维', W('28'), W('26')]];
    const S = sumOf(it, 2), Rm = B - S;
    d.h(1, '一、项目基本情况');
    d.p('（一）项目背景。根据《岚川市应急广播体系建设实施方案（2023—2025年）》，市广播电视台承担市级应急广播平台建设和村（社区）终端覆盖任务。2024年为第二年度，计划新装终端1260套，实现全市行政村和城市社区全覆盖。');
    d.p('（二）资金安排。项目全年预算' + d.m('B.t', B) + '，其中当年财政拨款' + d.m('F.t', F) + '，上年结转' + d.m('C.t', C) + '，年内未作调整。');
    R.sum(d, 'B.t', 'B.t', ['F.t', 'C.t'], '全年预算=当年拨款+上年结转（正文）');
    d.h(1, '二、项目资金使用及管理情况');
    d.p(`（一）资金使用。全年支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 1)}，结余${d.m('R.t', Rm)}。分项支出如下：`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=支出÷全年预算（正文）'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−支出（正文）');
    itemsTable(d, { head: ['支出内容', '预算', '支出'], items: it, what: '分项表' });
    R.eq(d, 'B.t', 'itT.b', '全年预算：正文=分项表'); R.eq(d, 'S.t', 'itT.s', '支出：正文=分项表');
    d.p(`（二）资金管理。项目资金纳入台财务专账核算，终端采购通过市公共资源交易中心公开招标（岚公资采〔2024〕57号），终端安装支出${d.m('zd.t', it[1][2])}，安装${d.n('zdn.t', '1,260')}套，每套综合成本${d.fig('zdp.t', fy(it[1][2] / 1260) + '元', 'money')}。`);
    R.eq(d, 'zd.t', 'it1.s', '终端安装支出：正文=分项表'); R.per(d, 'zdp', 'zdp.t', 'zd.t', 'zdn.t', '每套终端综合成本=终端安装支出÷套数');
    d.h(1, '三、项目绩效情况');
    d.p(`（一）产出。全年完成投资${d.m('S2.t', S)}，新装终端1260套，终端在线率${d.pv('zx.t', '96.8%')}；市级平台完成与省级平台的对接，具备分区分级精准播发能力。`);
    R.eq(d, 'S2.t', 'S.t', '完成投资=资金使用段实际支出');
    d.p('（二）效益。全年播发气象灾害预警、森林防火等应急信息2,873条次，在第3季度台风“海燕”（化名）过境期间连续播发约30小时。农村群众获取预警信息的平均时间缩短到10分钟以内。');
    d.p('（三）满意度。抽样调查村干部和群众412人，满意度95.4%。');
    d.h(1, '四、项目支出绩效自评表');
    scoreTable(d, { pre: 'st', rows: stRows(B, B, S, { carry: [C, C, C], noOther: true, finRate: true }), wExec: 10, rateDec: 1, scoreDec: 1,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '村（社区）终端安装', cmp: 'ge', tv: '1260', av: '1260', unit: '套', w: 20, tfmt: ['', ''] },
        { l2: '质量指标', l3: '终端在线率', cmp: 'ge', tv: '95', av: '96.8', unit: '%', w: 15 },
        { l2: '时效指标', l3: '平台对接完成时间', qual: ['2024年10月底前', '2024年9月完成'], w: 5 },
        { l2: '成本指标', l3: '每套终端综合成本', cmp: 'le', tv: '2300', av: fy(it[1][2] / 1260, { sep: false }), unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '预警信息到达时间', cmp: 'le', tv: '10', av: '8', unit: '分钟', w: 20 },
        { l2: '可持续影响', l3: '应急广播运维机制', qual: ['健全', '建立县乡村三级运维台账'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '群众满意度', cmp: 'ge', tv: '90', av: '95.4', unit: '%', w: 10 },
      ] });
    R.eq(d, 'zx.t', 'st.i2.a', '在线率：正文=自评表'); R.eq(d, 'zdp.t', 'st.i4.a', '每套成本：正文=自评表'); R.eq(d, 'S.t', 'st.tot.s', '支出：正文=自评表');
    d.h(1, '五、存在的问题及改进措施');
    d.p('1.个别偏远村终端受供电不稳影响离线。2025年为28个偏远村终端加装储能电源。');
    d.p('2.运维力量不足。拟通过政府购买服务方式引入专业运维队伍，预算另行申报。');
  } });

// 09 docx 部门整体 机关事务管理局 —— bad: sum (项目表一行执行数改动)
REPORTS.push({ no: '09', slug: 'jiguan-shiwuju', fmt: 'docx', kind: '部门（单位）整体支出', sector: '机关事务', unitName: '岚川市机关事务管理局', scoreTable: true,
  title: '岚川市机关事务管理局2024年度部门整体支出绩效自评报告', style: {},
  bad: { fig: 'pj2.s', to: o => o.replace(/(\d)(\d)$/, '$2$1'), kind: 'sum' },
  build(d) {
    const bz = 58, zz = 53, tx = 41;
    const pers = W('812.46'), gong = W('126.38'), basB = W('952'), basS = pers + gong;
    const pj = [['机关办公区物业管理', W('486'), W('478.2')], ['公务用车平台运行', W('215'), W('208.64')], ['公共机构节能改造', W('168'), W('159.35')], ['机关食堂设备更新', W('74'), W('71.9')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS, B0 = W('1850'), adj = B - B0;
    d.h(1, '一、部门基本情况');
    d.p('岚川市机关事务管理局为市政府直属机构，负责市级机关办公用房管理、公务用车服务保障、公共机构节约能源资源和机关后勤服务等工作，内设综合科、资产管理科、公务用车服务中心等6个科室。');
    d.p(`全局核定编制${d.n('bz.t', bz)}名，年末实有在职人员${d.n('zz.t', zz)}人，人员控制率${d.p_('kz.t', zz, bz, 2)}；离退休人员${tx}人。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '人员控制率=在职人数÷编制数');
    d.h(1, '二、一般公共预算支出情况');
    d.p(`2024年部门年初预算${d.m('B0.t', B0, '万元', { sep: true })}，年中追加公共机构节能改造等经费${d.m('adj.t', adj)}，全年预算${d.m('B.t', B, '万元', { sep: true })}。全年支出${d.m('S.t', S, '万元', { sep: true })}，预算执行率${d.p_('r.t', S, B, 2)}。其中：基本支出${d.m('bas.t', basS)}（人员经费${d.m('per.t', pers)}，公用经费${d.m('gong.t', gong)}）；项目支出${d.m('pj.t', pjS, '万元', { sep: true })}。`);
    R.sum(d, 'B.t', 'B.t', ['B0.t', 'adj.t'], '全年预算=年初预算+追加'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '预算执行率=全年支出÷全年预算（正文）');
    R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '全年支出=基本支出+项目支出'); R.sum(d, 'bas.t', 'bas.t', ['per.t', 'gong.t'], '基本支出=人员经费+公用经费');
    d.p('项目支出明细如下：');
    itemsTable(d, { pre: 'pj', caption: '表1 2024年度项目支出情况', head: ['项目名称', '全年预算', '实际支出'], items: pj, sep: true, what: '表1项目' });
    R.eq(d, 'pj.t', 'pjT.s', '项目支出：正文=表1');
    d.h(1, '三、部门整体支出绩效情况');
    d.p('（一）办公用房管理。完成市级机关办公用房清查，建立“一楼一档”，腾退超标准办公用房约2,600平方米，调剂给市档案馆等3家单位使用。');
    d.p(`（二）公务用车服务。平台全年派车${d.n('pc.t', '9,862')}车次，平台运行支出${d.m('pcs.t', pj[1][2])}，单车次平均成本${d.fig('pcp.t', ratio(pj[1][2], 9862 * 100, 2), 'money', '元')}元，较社会租车节约约三成。`);
    R.per(d, 'pcp', 'pcp.t', 'pcs.t', 'pc.t', '单车次平均成本=平台运行支出÷派车车次'); R.eq(d, 'pcs.t', 'pj1.s', '平台运行支出：正文=表1');
    d.p('（三）节能改造。完成市行政中心空调系统和照明改造，市级公共机构单位建筑面积能耗较上年下降3.1%，人均综合能耗完成省下达的“十四五”进度目标。');
    d.h(1, '四、部门整体支出绩效自评表');
    scoreTable(d, { pre: 'st', group: true, rows: deptRows(B0, B, S, [basB, basB, basS], [B0 - basB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '运行成本', l2: '经济性', l3: '人员控制率', cmp: 'le', tv: '100', av: pct(zz, bz, 2), unit: '%', w: 10 },
        { l2: '经济性', l3: '公用经费控制', cmp: 'le', tv: '130', av: '126.38', unit: '万元', w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '办公用房清查覆盖率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l2: '重点工作', l3: '公务用车平台派车', cmp: 'ge', tv: '9000', av: '9862', unit: '车次', w: 15 },
        { l2: '重点工作', l3: '单位建筑面积能耗下降', cmp: 'ge', tv: '2.5', av: '3.1', unit: '%', w: 10 },
        { l1: '社会效应', l2: '可持续发展', l3: '资产管理制度', qual: ['健全', '修订制度4项'], w: 15 },
        { l2: '社会效应', l3: '节约型机关创建', qual: ['达标', '通过省级评价'], w: 5 },
        { l1: '服务对象满意度', l2: '满意度', l3: '服务单位满意度', cmp: 'ge', tv: '90', av: '93.5', unit: '%', w: 10 },
      ] });
    R.eq(d, 'kz.t', 'st.i1.a', '人员控制率：正文=自评表'); R.eq(d, 'gong.t', 'st.i2.a', '公用经费：正文=自评表'); R.eq(d, 'pc.t', 'st.i4.a', '派车车次：正文=自评表');
    R.eq(d, 'S.t', 'st.tot.s', '全年支出：正文=自评表'); R.eq(d, 'bas.t', 'st.bas.s', '基本支出：正文=自评表');
    d.h(1, '五、存在的问题及改进措施');
    d.p('一是节能改造项目第4季度集中支付，预算执行进度前慢后快；二是公务用车平台车辆老化，12辆车已超过8年使用年限。2025年将按季度制定支付计划，并按程序申请更新新能源公务用车。');
  } });

// 10 md 部门整体 供销合作社联合社 —— bad: growth (三公下降率)
REPORTS.push({ no: '10', slug: 'gongxiaoshe', fmt: 'md', kind: '部门（单位）整体支出', sector: '供销合作', unitName: '岚川市供销合作社联合社', scoreTable: true,
  title: '岚川市供销合作社联合社2024年度部门整体支出绩效自评报告', style: {},
  bad: { fig: 'sgg.t', to: o => o.replace(/(\d)\.(\d)(\d)%/, '$1.$3$2%'), kind: 'growth' },
  build(d) {
    const bz = 22, zz = 20;
    const pers = W('286.7'), gong = W('38.45'), basB = W('332'), basS = pers + gong;
    const pj = [['农资储备贴息', W('60'), W('60')], ['基层社示范创建', W('45'), W('43.2')], ['农产品产销对接活动', W('23'), W('19.86')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS;
    d.p('> 报送单位：岚川市供销合作社联合社（盖章）　　联系电话：0000-8261735　　报送日期：2025年3月21日');
    d.h(1, '一、部门概况');
    d.p(`市供销合作社联合社是全市供销合作社的联合组织，参照公务员法管理，设办公室、合作指导科、业务发展科3个科室。核定编制${d.n('bz.t', bz)}名，在职${d.n('zz.t', zz)}人，控制率${d.p_('kz.t', zz, bz, 2)}。全系统有基层社31个、社有企业9家，全年系统销售总额约46亿元。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '控制率=在职人数÷编制数');
    d.h(1, '二、部门整体支出情况');
    d.p(`全年预算${d.m('B.t', B)}，全年支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}。基本支出${d.m('bas.t', basS)}，占总支出的${d.p_('bass.t', basS, S, 2)}；项目支出${d.m('pj.t', pjS)}，占总支出的${d.p_('pjs.t', pjS, S, 2)}。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=全年支出÷全年预算'); R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '全年支出=基本支出+项目支出');
    R.rate(d, 'bass', 'bass.t', 'bas.t', 'S.t', '基本支出占比=基本支出÷总支出'); R.rate(d, 'pjs', 'pjs.t', 'pj.t', 'S.t', '项目支出占比=项目支出÷总支出');
    itemsTable(d, { pre: 'pj', head: ['项目', '预算', '支出', '执行率'], items: pj, rate: true, rdec: 2, what: '项目表' });
    R.eq(d, 'pj.t', 'pjT.s', '项目支出：正文=项目表');
    d.h(2, '三公经费');
    const sg = sangongTable(d, { last: [W('3.12'), W('6.85'), 0, 0], bud: [W('3'), W('6.5'), 0, 0], cur: [W('2.46'), W('5.93'), 0, 0] });
    d.p(`2024年“三公”经费支出${d.m('sgc.t', sg.cur)}，比上年决算${d.m('sgl.t', sg.last)}减少${d.m('sgd.t', sg.last - sg.cur)}，下降${d.p_('sgg.t', sg.last - sg.cur, sg.last, 2)}，主要是严格控制公务接待批次和用车次数。`);
    R.eq(d, 'sgc.t', 'sg.curT', '三公本年决算：正文=表'); R.eq(d, 'sgl.t', 'sg.lastT', '三公上年决算：正文=表');
    R.diff(d, 'sgd', 'sgd.t', 'sgl.t', 'sgc.t', '三公减少额=上年−本年'); R.growth(d, 'sgg', 'sgg.t', 'sgc.t', 'sgl.t', 'down', '三公下降率=(上年−本年)÷上年');
    d.h(1, '三、绩效情况');
    d.p('全年新建和改造基层社6个，发展农民专业合作社联合社2家；组织农产品产销对接活动4场，签约金额约1.2亿元；在全省供销系统综合业绩考核中列第5名。农资储备方面，第1季度储备化肥1.5万吨，保障春耕供应，价格涨幅控制在5%以内。');
    const st = scoreTable(d, { pre: 'st', caption: '部门整体支出绩效自评表', rows: deptRows(B, B, S, [basB, basB, basS], [pjB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '基层社建设改造', cmp: 'ge', tv: '6', av: '6', unit: '个', w: 15 },
        { l2: '数量指标', l3: '产销对接活动', cmp: 'ge', tv: '5', av: '4', unit: '场', w: 10, reason: '1场活动因场地原因并入省级展会' },
        { l2: '质量指标', l3: '化肥储备到位率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l2: '成本指标', l3: '“三公”经费', cmp: 'le', tv: fw(sg.bud), av: fw(sg.cur), unit: '万元', w: 10 },
        { l1: '效益指标', l2: '经济效益', l3: '农资价格涨幅', cmp: 'le', tv: '5', av: '3.8', unit: '%', w: 15 },
        { l2: '社会效益', l3: '为农服务能力', qual: ['提升', '新增为农服务中心3个'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '社员及农户满意度', cmp: 'ge', tv: '90', av: '91.7', unit: '%', w: 10 },
      ] });
    R.eq(d, 'sgc.t', 'st.i4.a', '三公经费：正文=自评表');
    d.h(1, '四、存在问题和改进方向');
    d.p('1. 产销对接活动未完成年度计划，项目预算执行率偏低；2. 基层社示范创建资金拨付到县（区）后使用进度不一。下一步，按季度调度项目进度，2025年计划安排项目预算约120万元，重点支持农产品冷链设施。');
  } });

// 11 txt 部门整体 不动产登记中心（一段到底，无自评表）—— bad: share
REPORTS.push({ no: '11', slug: 'budongchan-dengji', fmt: 'txt', kind: '部门（单位）整体支出', sector: '不动产登记', unitName: '岚川市不动产登记中心', scoreTable: false,
  title: '岚川市不动产登记中心2024年度部门整体支出绩效自评报告', style: { txtIndent: true },
  bad: { fig: 'ons.t', to: o => o.replace(/(\d)%$/, m => String((Number(m[0]) + 1) % 10) + '%'), kind: 'share' },
  build(d) {
    const bz = 35, zz = 33, pers = W('498.62'), gong = W('61.27'), basS = pers + gong;
    const pj = [['登记档案数字化', W('96'), W('94.38')], ['不动产登记信息平台运维', W('72'), W('72')], ['权籍调查及测绘', W('38'), W('31.5')]];
    const pjS = sumOf(pj, 2), B = W('770'), S = basS + pjS;
    const on = 30115, all = 42618, all0 = 38904;
    d.p('一、基本情况');
    d.p('岚川市不动产登记中心为市自然资源和规划局所属公益一类事业单位，承担全市不动产统一登记、登记资料管理和信息共享等工作，在市政务服务中心设综合受理窗口16个，服务咨询电话0000-12345转2号键。');
    d.p('二、预算执行及绩效情况');
    d.p(`中心核定事业编制${d.n('bz.t', bz)}名，年末在职${d.n('zz.t', zz)}人，编制使用率${d.p_('kz.t', zz, bz, 2)}；2024年全年预算${d.m('B.t', B)}，实际支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}，其中基本支出${d.m('bas.t', basS)}（人员经费${d.m('per.t', pers)}、公用经费${d.m('gong.t', gong)}），项目支出${d.m('pj.t', pjS)}，用于登记档案数字化${d.m('pj0.t', pj[0][2])}、信息平台运维${d.m('pj1.t', pj[1][2])}、权籍调查及测绘${d.m('pj2.t', pj[2][2])}；全年办理各类不动产登记${d.n('all.t', grp(String(all)))}件，较上年${d.n('all0.t', grp(String(all0)))}件增长${d.p_('allg.t', all - all0, all0, 2)}，其中通过“网上办”“掌上办”办理${d.n('on.t', grp(String(on)))}件，占全部登记量的${d.p_('ons.t', on, all, 2)}，一般登记平均办理时间压缩至2.5个工作日，抵押登记实现1个工作日内办结；“三公”经费仅有公务接待费，全年支出${d.m('jd.t', W('1.36'))}，较上年${d.m('jd0.t', W('1.82'))}减少${d.m('jdd.t', W('0.46'))}；在2024年第3季度全省营商环境评价“登记财产”指标中位列第2名。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '编制使用率=在职人数÷编制数'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=实际支出÷全年预算');
    R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '实际支出=基本支出+项目支出'); R.sum(d, 'bas.t', 'bas.t', ['per.t', 'gong.t'], '基本支出=人员经费+公用经费');
    R.sum(d, 'pj.t', 'pj.t', ['pj0.t', 'pj1.t', 'pj2.t'], '项目支出=三个项目之和'); R.growth(d, 'allg', 'allg.t', 'all.t', 'all0.t', 'up', '登记量增长率=(本年−上年)÷上年');
    R.rate(d, 'ons', 'ons.t', 'on.t', 'all.t', '网上办理占比=网上办理件数÷全部登记量'); R.diff(d, 'jdd', 'jdd.t', 'jd0.t', 'jd.t', '公务接待费减少额=上年−本年');
    d.p('三、存在的问题');
    d.p('一是历史遗留问题项目登记推进较慢，仍有约1,900户群众未办证；二是档案数字化外包服务质量参差不齐，抽检返工率偏高。');
    d.p('四、改进措施');
    d.p('一是会同住建、税务部门分类化解历史遗留问题，力争2025年底前再解决1000户以上；二是完善外包服务考核办法，将返工率纳入合同结算条款。部门整体支出绩效自评表随本报告另附。');
  } });

// 12 docx 部门整体 粮食和物资储备中心（合并表头）—— bad: text_table
REPORTS.push({ no: '12', slug: 'liangshi-chubei', fmt: 'docx', kind: '部门（单位）整体支出', sector: '粮食储备', unitName: '岚川市粮食和物资储备服务中心', scoreTable: true,
  title: '岚川市粮食和物资储备服务中心2024年度部门整体支出绩效自评报告', style: { docxBoldHead: true },
  bad: { fig: 'lh.t', to: o => o.replace(/(\d)(\d)\./, '$2$1.'), kind: 'text_table' },
  build(d) {
    const bz = 27, zz = 25, pers = W('386.14'), gong = W('45.8'), basB = W('440'), basS = pers + gong;
    const pj = [['市级储备粮保管费用补贴', W('624'), W('624')], ['储备粮轮换费用补贴', W('318'), W('305.76')], ['储备粮贷款利息补贴', W('192'), W('186.4')], ['应急物资储备库维护', W('66'), W('58.9')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS, B0 = B - W('24');
    d.h(1, '一、部门（单位）基本情况');
    d.p(`中心为市发展和改革委员会所属公益一类事业单位，负责市级储备粮和救灾物资的收储、轮换和监管。核定编制${d.n('bz.t', bz)}名，实有在职${d.n('zz.t', zz)}人，人员控制率${d.p_('kz.t', zz, bz, 1)}。年末市级储备粮库存约2.6万吨，其中稻谷约1.9万吨。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '人员控制率=在职人数÷编制数');
    d.h(1, '二、部门整体支出情况');
    d.p(`全年预算${d.m('B.t', B, '万元', { sep: true })}，比年初预算${d.m('B0.t', B0, '万元', { sep: true })}增加${d.m('add.t', B - B0)}，为第4季度追加的应急物资储备库屋面维修经费。全年支出${d.m('S.t', S, '万元', { sep: true })}，执行率${d.p_('r.t', S, B, 1)}。`);
    R.diff(d, 'add', 'add.t', 'B.t', 'B0.t', '增加额=全年预算−年初预算'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=全年支出÷全年预算');
    const rows = [['基本支出', d.mc('bs.b', basB), d.mc('bs.s', basS), '—'], ...pj.map((x, i) => [x[0], d.mc('pj' + i + '.b', x[1]), d.mc('pj' + i + '.s', x[2]), i === 0 ? '按库存量据实结算' : ''])];
    rows.push(['合计', d.mc('T.b', B), d.mc('T.s', S), '']);
    d.table({ caption: '2024年度支出明细', unit: '单位：万元', group: [{ text: '支出内容', span: 1 }, { text: '2024年', span: 2 }, { text: '备注', span: 1 }], head: ['', '全年预算', '实际支出', ''], rows });
    R.sum(d, 'T.b', 'T.b', ['bs.b', ...pj.map((x, i) => 'pj' + i + '.b')], '明细表预算合计=基本支出+各项目'); R.sum(d, 'T.s', 'T.s', ['bs.s', ...pj.map((x, i) => 'pj' + i + '.s')], '明细表支出合计=基本支出+各项目');
    R.eq(d, 'B.t', 'T.b', '全年预算：正文=明细表'); R.eq(d, 'S.t', 'T.s', '全年支出：正文=明细表');
    d.h(1, '三、绩效目标实现情况');
    d.p(`1.储备粮轮换。全年轮换储备粮${d.n('lhn.t', '7,860')}吨，轮换费用补贴支出${d.m('lh.t', pj[1][2])}，每吨补贴${d.fig('lhp.t', ratio(pj[1][2], 7860 * 100, 2), 'money', '元')}元，轮换粮质量达标率100%。`);
    R.eq(d, 'lh.t', 'pj1.s', '轮换费用补贴：正文=明细表'); R.per(d, 'lhp', 'lhp.t', 'pj1.s', 'lhn.t', '每吨轮换补贴=轮换补贴支出÷轮换数量（明细表）');
    d.p(`2.利息补贴。按照不高于同期贷款市场报价利率据实补贴，全年支出${d.m('lx.t', pj[2][2])}，比上年${d.m('lx0.t', W('203.5'))}减少${d.m('lxd.t', W('203.5') - pj[2][2])}。`);
    R.eq(d, 'lx.t', 'pj2.s', '利息补贴：正文=明细表'); R.diff(d, 'lxd', 'lxd.t', 'lx0.t', 'lx.t', '利息补贴减少额=上年−本年');
    d.p('3.应急保障。第3季度防汛期间紧急调运救灾帐篷、折叠床等物资12批次，全部在4小时内送达。');
    d.h(1, '四、部门整体支出绩效自评表');
    const st = scoreTable(d, { pre: 'st', group: true, rows: deptRows(B0, B, S, [basB, basB, basS], [B0 - basB, pjB, pjS]), wExec: 10, rateDec: 1, scoreDec: 1,
      inds: [
        { l1: '运行成本', l2: '经济性', l3: '人员控制率', cmp: 'le', tv: '100', av: pct(zz, bz, 1), unit: '%', w: 10 },
        { l1: '管理效率', l2: '规范性', l3: '储备粮账实相符率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l1: '履职效能', l2: '重点工作', l3: '储备粮轮换数量', cmp: 'ge', tv: '7500', av: '7860', unit: '吨', w: 15 },
        { l2: '重点工作', l3: '每吨轮换费用补贴', cmp: 'le', tv: '400', av: ratio(pj[1][2], 7860 * 100, 2), unit: '元', w: 10 },
        { l2: '重点工作', l3: '应急物资送达时限', cmp: 'le', tv: '6', av: '4', unit: '小时', w: 10 },
        { l1: '社会效应', l2: '可持续发展', l3: '粮食应急保障能力', qual: ['稳定', '应急供应网点覆盖所有乡镇'], w: 20 },
        { l1: '服务对象满意度', l2: '满意度', l3: '承储企业满意度', cmp: 'ge', tv: '90', av: '94', unit: '%', w: 10 },
      ] });
    R.eq(d, 'lhn.t', 'st.i3.a', '轮换数量：正文=自评表'); R.eq(d, 'lhp.t', 'st.i4.a', '每吨补贴：正文=自评表'); R.eq(d, 'kz.t', 'st.i1.a', '人员控制率：正文=自评表');
    d.h(1, '五、问题及措施');
    d.p(`轮换价差受市场行情影响较大，轮换补贴结余${d.m('lhr.t', pj[1][1] - pj[1][2])}；应急物资储备库建于2003年，设施老化。下一步将完善轮换价差测算办法，2025年计划申请库房改造资金约80万元。`);
    R.diff(d, 'lhr', 'lhr.t', 'pj1.b', 'pj1.s', '轮换补贴结余=预算−支出（明细表）');
  } });

// 13 md(粗体行) 部门整体 地方志编纂室 —— bad: sum (正文列举的分项之和≠所述合计)
REPORTS.push({ no: '13', slug: 'difangzhi-bianzuan', fmt: 'md', kind: '部门（单位）整体支出', sector: '地方志', unitName: '岚川市地方志编纂室', scoreTable: true,
  title: '岚川市地方志编纂室2024年度部门整体支出绩效自评报告', style: { mdBold: true },
  bad: { fig: 'x1.t', to: o => o.replace(/(\d)(\d)万元$/, '$2$1万元'), kind: 'sum' },
  build(d) {
    const bz = 12, zz = 11, pers = W('172.35'), gong = W('21.18'), basS = pers + gong, basB = W('198');
    const x = [['《岚川年鉴（2024）》编纂出版', W('38.6')], ['第三轮市志资料征集', W('26.45')], ['地情资料数字化', W('17.2')], ['方志馆展陈维护', W('8.75')]];
    const pjS = sumOf(x, 1), pjB = W('96'), B = basB + pjB, S = basS + pjS;
    d.h(1, '一、单位基本情况');
    d.p(`市地方志编纂室为市政府直属参公事业单位，负责全市地方志、年鉴的组织编纂和地情资料的开发利用。核定编制${d.n('bz.t', bz)}名，实有${d.n('zz.t', zz)}人，人员控制率${d.p_('kz.t', zz, bz, 2)}。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '人员控制率=实有人数÷编制数');
    d.h(1, '二、预算收支情况');
    d.p(`1. 全年预算${d.m('B.t', B)}，其中基本支出预算${d.m('basB.t', basB)}、项目支出预算${d.m('pjB.t', pjB)}。`);
    R.sum(d, 'B.t', 'B.t', ['basB.t', 'pjB.t'], '全年预算=基本支出预算+项目支出预算');
    d.p(`2. 全年支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}。基本支出${d.m('bas.t', basS)}，其中人员经费${d.m('per.t', pers)}、公用经费${d.m('gong.t', gong)}。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=全年支出÷全年预算'); R.sum(d, 'bas.t', 'bas.t', ['per.t', 'gong.t'], '基本支出=人员经费+公用经费');
    d.p(`3. 项目支出${d.m('pj.t', pjS)}，执行率${d.p_('pjr.t', pjS, pjB, 2)}，其中：${x.map((y, i) => y[0] + d.m('x' + i + '.t', y[1])).join('，')}。`);
    R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '全年支出=基本支出+项目支出'); R.sum(d, 'pj.t', 'pj.t', x.map((y, i) => 'x' + i + '.t'), '项目支出=各项目支出之和');
    R.rate(d, 'pjr', 'pjr.t', 'pj.t', 'pjB.t', '项目支出执行率=项目支出÷项目支出预算');
    d.h(1, '三、履职绩效');
    d.p(`1. 《岚川年鉴（2024）》于2024年10月公开出版，全书约126万字，印制${d.n('nj.t', '1,200')}册，编纂出版支出${d.m('njs.t', x[0][1])}，每册成本${d.fig('njp.t', ratio(x[0][1], 1200 * 100, 2), 'money', '元')}元；在全省年鉴质量评比中获评一等（第2名）。`);
    R.eq(d, 'njs.t', 'x0.t', '年鉴支出：本段=第二部分'); R.per(d, 'njp', 'njp.t', 'njs.t', 'nj.t', '年鉴每册成本=编纂出版支出÷印制册数');
    d.p('2. 第三轮市志资料征集覆盖市直单位72家，收集资料约3,500万字；地情资料数字化完成旧志、年鉴等图书扫描约18万页。');
    d.p('3. 方志馆全年接待参观约1.1万人次，开展“方志进校园”活动8场。');
    d.bold('四、部门整体支出绩效自评表（详见下表）');
    scoreTable(d, { pre: 'st', rows: deptRows(B, B, S, [basB, basB, basS], [pjB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '年鉴印制册数', cmp: 'ge', tv: '1200', av: '1200', unit: '册', w: 15, tfmt: ['', ''] },
        { l2: '数量指标', l3: '市志资料征集覆盖单位', cmp: 'ge', tv: '80', av: '72', unit: '家', w: 10, reason: '8家单位机构改革后资料移交未完成' },
        { l2: '质量指标', l3: '年鉴差错率', cmp: 'le', tv: '0.1', av: '0.06', unit: '‰', w: 15 },
        { l2: '时效指标', l3: '年鉴出版时间', qual: ['2024年10月底前', '2024年10月出版'], w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '方志馆参观人次', cmp: 'ge', tv: '10000', av: '11000', unit: '人次', w: 15 },
        { l2: '可持续影响', l3: '地情资料库建设', qual: ['持续推进', '完成约18万页扫描'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '读者满意度', cmp: 'ge', tv: '90', av: '92.6', unit: '%', w: 10 },
      ] });
    R.eq(d, 'S.t', 'st.tot.s', '全年支出：正文=自评表'); R.eq(d, 'pj.t', 'st.prj.s', '项目支出：正文=自评表'); R.eq(d, 'pjr.t', 'st.prj.rate', '项目支出执行率：正文=自评表');
    d.h(1, '五、存在问题及下一步打算');
    d.p('市志资料征集进度受机构改革影响，部分单位资料移交不完整；数字化成果尚未对外开放查询。2025年将建立资料征集联络员制度，并在第3季度上线地情资料查询平台。');
  } });

// 14 txt 部门整体 人民防空办公室（制表符表格）—— bad: grade (自评表等级行)
REPORTS.push({ no: '14', slug: 'renfangban', fmt: 'txt', kind: '部门（单位）整体支出', sector: '人民防空', unitName: '岚川市人民防空办公室', scoreTable: true,
  title: '岚川市人民防空办公室2024年度部门整体支出绩效自评报告', style: { txtTable: 'tab', txtBlank: true },
  bad: { fig: 'st.grade', to: '良', kind: 'grade' },
  build(d) {
    const bz = 24, zz = 22, pers = W('362.48'), gong = W('40.66'), basB = W('410'), basS = pers + gong;
    const pj = [['防空警报器维护及新建', W('135'), W('128.4')], ['人防工程巡查检测', W('58'), W('55.26')], ['人防宣传教育及演练', W('32'), W('29.8')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS;
    d.h(1, '一、部门基本情况');
    d.h(2, '（一）主要职能');
    d.p('贯彻执行人民防空法律法规，负责全市人民防空工程建设管理、防空警报设施建设维护、人防宣传教育和疏散演练等工作。');
    d.h(2, '（二）人员情况');
    d.p(`核定编制${d.n('bz.t', bz)}名，实有在职${d.n('zz.t', zz)}人，控制率${d.p_('kz.t', zz, bz, 2)}；退休人员15人。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '控制率=在职人数÷编制数');
    d.h(1, '二、一般公共预算支出情况');
    d.p(`全年预算${d.m('B.t', B)}，支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}。其中：基本支出${d.m('bas.t', basS)}，项目支出${d.m('pj.t', pjS)}。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=支出÷全年预算'); R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '支出=基本支出+项目支出');
    itemsTable(d, { pre: 'pj', caption: '项目支出明细', head: ['项目', '预算数', '执行数'], items: pj, what: '项目明细' });
    R.eq(d, 'pj.t', 'pjT.s', '项目支出：正文=明细表');
    d.h(1, '三、部门整体支出绩效情况');
    d.p(`1.警报设施。全市防空警报器${d.n('jb.t', '168')}台，全年新建${d.n('jbx.t', '12')}台，9月第3个星期六试鸣时鸣响率${d.pv('mx.t', '97.6%')}（未鸣响4台已于10月修复）。`);
    d.p('2.人防工程。巡查检测已建人防工程约96万平方米，督促整改问题43个。');
    d.p(`3.宣传演练。开展人防知识进社区、进学校活动${d.n('xc.t', '26')}场，组织疏散演练3次，参与群众约4000人。`);
    d.h(1, '四、部门整体支出绩效自评表');
    scoreTable(d, { pre: 'st', rows: deptRows(B, B, S, [basB, basB, basS], [pjB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 1,
      inds: [
        { l1: '运行成本', l2: '经济性', l3: '在职人员控制率', cmp: 'le', tv: '100', av: pct(zz, bz, 2), unit: '%', w: 10 },
        { l1: '履职效能', l2: '重点工作', l3: '新建防空警报器', cmp: 'ge', tv: '15', av: '12', unit: '台', w: 15, reason: '3处选址楼顶产权人未同意，调整至2025年' },
        { l2: '重点工作', l3: '警报试鸣鸣响率', cmp: 'ge', tv: '99', av: '97.6', unit: '%', w: 15, reason: '4台设备老化，已修复' },
        { l2: '重点工作', l3: '宣传教育活动', cmp: 'ge', tv: '30', av: '26', unit: '场', w: 10, reason: '第3季度台风影响取消4场' },
        { l1: '社会效应', l2: '社会效益', l3: '人防工程平战结合利用', qual: ['稳步推进', '新增平时利用约3万平方米'], w: 15 },
        { l2: '可持续发展', l3: '人防指挥信息系统', qual: ['运行稳定', '全年无故障'], w: 15 },
        { l1: '满意度', l2: '满意度', l3: '社区群众满意度', cmp: 'ge', tv: '90', av: '78', unit: '%', w: 10, reason: '部分小区地下室人防标识不清' },
      ] });
    R.eq(d, 'kz.t', 'st.i1.a', '控制率：正文=自评表'); R.eq(d, 'jbx.t', 'st.i2.a', '新建警报器：正文=自评表'); R.eq(d, 'mx.t', 'st.i3.a', '鸣响率：正文=自评表'); R.eq(d, 'xc.t', 'st.i4.a', '宣传活动场次：正文=自评表');
    d.h(1, '五、存在的问题及改进措施');
    d.p('（一）警报器选址难，新建任务未完成；（二）群众对人防工程标识和用途知晓度不高。下一步，将警报器设置纳入新建高层建筑规划审查，2025年完成剩余3台新建任务，并对全市人防工程统一更换标识牌。');
  } });

// 15 docx 部门整体 公共资源交易中心（元、千分位）—— bad: exec_rate
REPORTS.push({ no: '15', slug: 'gonggong-ziyuan', fmt: 'docx', kind: '部门（单位）整体支出', sector: '公共资源交易', unitName: '岚川市公共资源交易中心', scoreTable: true,
  title: '岚川市公共资源交易中心2024年度部门整体支出绩效自评报告', style: {},
  bad: { fig: 'r.t', to: o => o.replace(/(\d)(\d)%$/, '$2$1%'), kind: 'exec_rate' },
  build(d) {
    const bz = 30, zz = 28, pers = Y('4318562.4'), gong = Y('512206.85'), basS = pers + gong, basB = W('490');
    const pj = [['电子交易平台运维', W('138'), Y('1356800')], ['远程异地评标场地改造', W('86'), Y('823415.6')], ['专家评审劳务', W('64'), Y('596190')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS;
    d.h(1, '一、基本情况');
    d.p(`中心为市政务服务和数据管理局所属公益一类事业单位，承担全市工程建设项目招标投标、政府采购、国有产权和土地使用权出让等交易的场所服务。核定编制${d.n('bz.t', bz)}名，在职${d.n('zz.t', zz)}人，人员控制率${d.p_('kz.t', zz, bz, 2)}。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '人员控制率=在职人数÷编制数');
    d.h(1, '二、预算执行情况');
    d.p(`2024年全年预算${d.m('B.t', B, '元')}（${d.m('Bw.t', B)}），全年支出${d.m('S.t', S, '元')}（${d.m('Sw.t', S)}），预算执行率${d.p_('r.t', S, B, 2)}。`);
    R.eq(d, 'B.t', 'Bw.t', '全年预算：元与万元括注一致'); R.eq(d, 'S.t', 'Sw.t', '全年支出：元与万元括注一致'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '预算执行率=全年支出÷全年预算（正文）');
    d.p(`基本支出${d.m('bas.t', basS, '元')}，其中人员经费${d.m('per.t', pers, '元')}，公用经费${d.m('gong.t', gong, '元')}；项目支出${d.m('pj.t', pjS, '元')}，明细见下表。`);
    R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '全年支出=基本支出+项目支出'); R.sum(d, 'bas.t', 'bas.t', ['per.t', 'gong.t'], '基本支出=人员经费+公用经费');
    itemsTable(d, { pre: 'pj', u: '元', sep: true, head: ['项目名称', '全年预算（元）', '实际支出（元）'], unit: null, items: pj, what: '项目表' });
    R.eq(d, 'pj.t', 'pjT.s', '项目支出：正文=项目表');
    d.h(1, '三、履职成效');
    d.p(`全年完成各类交易项目${d.n('jy.t', '2,164')}宗，交易总额${d.m('jye.t', W('1864350'), '亿元')}，其中工程建设项目${d.n('gc.t', '1,032')}宗，占${d.p_('gcs.t', 1032, 2164, 1)}；通过公开竞争节约财政资金约4.3亿元。远程异地评标${d.n('yc.t', '386')}场，较上年${d.n('yc0.t', '301')}场增长${d.p_('ycg.t', 85, 301, 1)}。`);
    R.rate(d, 'gcs', 'gcs.t', 'gc.t', 'jy.t', '工程项目占比=工程项目宗数÷交易总宗数'); R.growth(d, 'ycg', 'ycg.t', 'yc.t', 'yc0.t', 'up', '远程异地评标场次增长率');
    d.h(1, '四、部门整体支出绩效自评表');
    scoreTable(d, { pre: 'st', group: true, rows: deptRows(B, B, S, [basB, basB, basS], [pjB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '进场交易项目', cmp: 'ge', tv: '2000', av: '2164', unit: '宗', w: 15 },
        { l2: '数量指标', l3: '远程异地评标场次', cmp: 'ge', tv: '350', av: '386', unit: '场', w: 10 },
        { l2: '质量指标', l3: '交易系统可用率', cmp: 'ge', tv: '99.9', av: '99.95', unit: '%', w: 15 },
        { l2: '时效指标', l3: '保证金退还时限', cmp: 'le', tv: '5', av: '3', unit: '个工作日', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '全流程电子化交易率', cmp: 'ge', tv: '98', av: '99.3', unit: '%', w: 20 },
        { l2: '可持续影响', l3: '交易信用评价机制', qual: ['建立', '出台评价办法'], w: 10 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '市场主体满意度', cmp: 'ge', tv: '95', av: '97.1', unit: '%', w: 10 },
      ] });
    R.eq(d, 'Sw.t', 'st.tot.s', '全年支出（万元）：正文=自评表'); R.eq(d, 'jy.t', 'st.i1.a', '交易项目数：正文=自评表'); R.eq(d, 'yc.t', 'st.i2.a', '远程评标场次：正文=自评表');
    d.h(1, '五、存在问题及改进措施');
    d.p('一是远程异地评标场地改造尾款未在年内支付；二是专家库中部分专业专家数量不足。2025年第1季度完成改造项目结算，并联合周边3市共享评标专家资源。');
  } });

// 16 md 部门整体 老干部活动中心 —— bad: unit_slip (万元误写亿元)
REPORTS.push({ no: '16', slug: 'laoganbu-huodong', fmt: 'md', kind: '部门（单位）整体支出', sector: '老干部服务', unitName: '岚川市老干部活动中心', scoreTable: true,
  title: '岚川市老干部活动中心2024年度部门整体支出绩效自评报告', style: {},
  bad: { fig: 'gong2.t', to: o => o.replace('万元', '亿元'), kind: 'unit_slip' },
  build(d) {
    const bz = 16, zz = 15, pers = W('231.52'), gong = W('48.36'), basB = W('286'), basS = pers + gong;
    const pj = [['老年大学教学', W('42'), W('41.15')], ['文体活动及场馆维护', W('36'), W('33.9')]];
    const pjB = sumOf(pj, 1), pjS = sumOf(pj, 2), B = basB + pjB, S = basS + pjS;
    d.p('**2024年度部门整体支出绩效自评报告**');
    d.h(1, '一、基本情况');
    d.p(`中心隶属市委老干部局，为公益一类事业单位，负责离退休干部文体活动组织、老年大学教学和活动场馆管理。核定编制${d.n('bz.t', bz)}名，在职${d.n('zz.t', zz)}人，控制率${d.p_('kz.t', zz, bz, 2)}。服务离退休干部约3000人。`);
    R.rate(d, 'kz', 'kz.t', 'zz.t', 'bz.t', '控制率=在职人数÷编制数');
    d.h(1, '二、支出情况');
    d.p(`1. 全年预算${d.m('B.t', B)}，支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', B - S)}。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=支出÷全年预算'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−支出');
    d.p(`2. 基本支出${d.m('bas.t', basS)}：人员经费${d.m('per.t', pers)}，公用经费${d.m('gong.t', gong)}。`);
    R.sum(d, 'bas.t', 'bas.t', ['per.t', 'gong.t'], '基本支出=人员经费+公用经费');
    d.p(`3. 项目支出${d.m('pj.t', pjS)}，其中老年大学教学${d.m('pj0.t', pj[0][2])}，开设课程${d.n('kc.t', '48')}个班次，每班次平均${d.fig('kcp.t', ratio(pj[0][2], 48 * 100, 2, true) + '元', 'money')}；文体活动及场馆维护${d.m('pj1.t', pj[1][2])}。`);
    R.sum(d, 'S.t', 'S.t', ['bas.t', 'pj.t'], '支出=基本支出+项目支出'); R.sum(d, 'pj.t', 'pj.t', ['pj0.t', 'pj1.t'], '项目支出=两个项目之和');
    R.per(d, 'kcp', 'kcp.t', 'pj0.t', 'kc.t', '每班次平均教学经费=老年大学支出÷班次');
    const sg = sangongTable(d, { caption: '“三公”经费情况', last: [W('0.86'), W('3.2'), 0, 0], bud: [W('1'), W('3.2'), 0, 0], cur: [W('0.64'), W('2.95'), 0, 0] });
    d.p(`“三公”经费决算${d.m('sgc.t', sg.cur)}，为预算的${d.p_('sgr.t', sg.cur, sg.bud, 2)}。`);
    R.eq(d, 'sgc.t', 'sg.curT', '三公决算：正文=表'); R.rate(d, 'sgr', 'sgr.t', 'sgc.t', 'sg.budT', '三公经费预算执行率=决算÷预算');
    d.h(1, '三、绩效情况');
    d.p(`全年组织离退休干部活动${d.n('hd.t', '132')}场次，老年大学在册学员${d.n('xy.t', '1,860')}人次，较上年${d.n('xy0.t', '1,712')}人次增长${d.p_('xyg.t', 148, 1712, 2)}。公用经费${d.m('gong2.t', gong)}主要用于场馆水电、物业和设备维护，场馆日均开放10小时。`);
    R.growth(d, 'xyg', 'xyg.t', 'xy.t', 'xy0.t', 'up', '学员人次增长率'); R.eq(d, 'gong2.t', 'gong.t', '公用经费：第三部分=第二部分');
    d.h(1, '四、绩效自评表');
    scoreTable(d, { pre: 'st', rows: deptRows(B, B, S, [basB, basB, basS], [pjB, pjB, pjS]), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '组织活动场次', cmp: 'ge', tv: '120', av: '132', unit: '场次', w: 15 },
        { l2: '数量指标', l3: '老年大学开班', cmp: 'ge', tv: '50', av: '48', unit: '个班次', w: 15, reason: '2个班次报名不足合并' },
        { l2: '质量指标', l3: '活动安全事故', cmp: 'le', tv: '0', av: '0', unit: '起', w: 10 },
        { l2: '成本指标', l3: '“三公”经费控制', cmp: 'le', tv: fw(sg.bud), av: fw(sg.cur), unit: '万元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '学员人次', cmp: 'ge', tv: '1800', av: '1860', unit: '人次', w: 15 },
        { l2: '可持续影响', l3: '场馆设施完好率', cmp: 'ge', tv: '95', av: '96', unit: '%', w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '离退休干部满意度', cmp: 'ge', tv: '95', av: '98.2', unit: '%', w: 10 },
      ] });
    R.eq(d, 'hd.t', 'st.i1.a', '活动场次：正文=自评表'); R.eq(d, 'kc.t', 'st.i2.a', '开班数：正文=自评表'); R.eq(d, 'xy.t', 'st.i5.a', '学员人次：正文=自评表'); R.eq(d, 'sgc.t', 'st.i4.a', '三公经费：正文=自评表');
    d.h(1, '五、问题和措施');
    d.p('课程设置与学员需求匹配度不够，智能手机应用、健康养生类课程供不应求。2025年计划增开此类班次6个，并于第1季度完成选课调查。');
  } });

// 17 txt 政府性基金 城市基础设施配套费（无自评表，空格对齐表）—— bad: balance
REPORTS.push({ no: '17', slug: 'jijin-yuwufenliu', fmt: 'txt', kind: '政府性基金预算项目', sector: '住房城乡建设', unitName: '岚川市住房和城乡建设局', scoreTable: false,
  title: '2024年度城市基础设施配套费安排老旧小区雨污分流改造项目绩效自评报告', txtTitle: ['2024年度城市基础设施配套费安排', '老旧小区雨污分流改造项目绩效自评报告', '（岚川市住房和城乡建设局）'],
  style: { txtTable: 'space' },
  bad: { fig: 'R.t', to: o => o.replace(/(\d)(\d)万元$/, '$2$1万元'), kind: 'balance' },
  build(d) {
    const B0 = W('1860'), C = W('240'), B = B0 + C;
    const xq = [['桂香苑小区', W('420'), W('408.36'), 612], ['粮校宿舍', W('180'), W('176.2'), 286], ['纺机新村', W('690'), W('662.5'), 1048], ['水泥厂生活区', W('480'), W('471.62'), 734], ['市政管网接驳', W('330'), W('297.8'), null]];
    const S = sumOf(xq, 2), Rm = B - S, sub = xq.slice(0, 4), subS = sumOf(sub, 2), hh = sub.reduce((a, x) => a + x[3], 0);
    d.p('一、项目基本情况');
    d.p('本项目资金来源为政府性基金预算中的城市基础设施配套费收入，依据《岚川市城镇老旧小区改造三年行动方案》（岚政办发〔2023〕30号）实施，2024年改造桂香苑等4个老旧小区的雨污分流管网，并完成与市政污水主管的接驳。');
    d.p('二、资金安排和使用情况');
    d.p(`（一）2024年安排基金预算${d.m('B0.t', B0)}，加上年结转${d.m('C.t', C)}，可用资金合计${d.m('B.t', B)}。`);
    R.sum(d, 'B.t', 'B.t', ['B0.t', 'C.t'], '可用资金=当年基金预算+上年结转');
    d.p(`（二）全年支出${d.m('S.t', S)}，支出进度${d.p_('r.t', S, B, 2)}；结余${d.m('R.t', Rm)}，按政府性基金管理规定结转下年继续使用。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '支出进度=全年支出÷可用资金'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=可用资金−全年支出');
    d.p('（三）分小区情况：');
    const rows = xq.map((x, i) => [x[0], x[3] === null ? '—' : d.n('h' + i, String(x[3])), d.mc('x' + i + '.b', x[1]), d.mc('x' + i + '.s', x[2])]);
    rows.push(['合计', d.n('hT', String(hh)), d.mc('xT.b', B), d.mc('xT.s', S)]);
    d.table({ unit: '单位：户、万元', head: ['改造内容', '受益户数', '安排资金', '实际支出'], rows });
    R.sum(d, 'hT', 'hT', sub.map((x, i) => 'h' + i), '受益户数合计=各小区之和'); R.sum(d, 'xT.b', 'xT.b', xq.map((x, i) => 'x' + i + '.b'), '安排资金合计=各项之和'); R.sum(d, 'xT.s', 'xT.s', xq.map((x, i) => 'x' + i + '.s'), '实际支出合计=各项之和');
    R.eq(d, 'B.t', 'xT.b', '可用资金：正文=表'); R.eq(d, 'S.t', 'xT.s', '全年支出：正文=表');
    d.p('三、绩效目标完成情况');
    d.p(`（一）产出。4个小区共改造雨污管网约18.6公里，受益居民${d.n('hh.t', grp(String(hh)))}户；4个小区改造支出${d.m('subS.t', subS, '万元', { sep: true })}，户均改造成本${d.fig('hp.t', ratio(subS, hh * 100, 2, true) + '元', 'money')}，低于省定每户8000元的参考标准。`);
    R.eq(d, 'hh.t', 'hT', '受益户数：正文=表'); R.sum(d, 'subS', 'subS.t', sub.map((x, i) => 'x' + i + '.s'), '四个小区改造支出=表中四个小区之和'); R.per(d, 'hp', 'hp.t', 'subS.t', 'hh.t', '户均改造成本=四个小区改造支出÷受益户数');
    d.p('（二）效益。改造后片区雨天污水溢流点由14个减少到2个，第2季度汛期未发生小区内涝；纺机新村污水收集率由约60%提高到95%左右。');
    d.p('（三）满意度。入户调查受益居民320户，满意度96.3%。');
    d.p('四、存在问题和改进措施');
    d.p('1.管网接驳段涉及道路开挖审批，进度滞后，形成结余。2.部分居民自行改建的阳台洗衣机排水未纳入改造。下一步，接驳段于2025年第1季度完工，结余资金同步支付；将阳台排水立管改造纳入2025年计划（预计需资金约260万元）。');
  } });

// 18 docx 政府性基金 彩票公益金 —— bad: per_unit (床位补助沿用上年标准)
REPORTS.push({ no: '18', slug: 'caipiao-yanglao', fmt: 'docx', kind: '政府性基金预算项目', sector: '民政养老', unitName: '岚川市民政局', scoreTable: true,
  title: '岚川市2024年度福利彩票公益金社区居家养老服务项目绩效自评报告', style: { docxBoldHead: true },
  bad: { fig: 'bp.t', to: '3,200.00元', kind: 'per_unit' },
  build(d) {
    const B0 = W('500'), O = W('120'), B = B0 + O;
    const it = [['社区养老服务中心建设补助', W('360'), W('360')], ['家庭养老床位建设补贴', W('126'), W('124.2')], ['老年助餐点运营补贴', W('86'), W('80.48')], ['特殊困难老人探访关爱', W('48'), W('38.6')]];
    const S = sumOf(it, 2);
    d.h(1, '一、项目概况');
    d.p('本项目使用市本级福利彩票公益金和省级下达的彩票公益金，支持社区养老服务中心建设、家庭养老床位建设、老年助餐和特殊困难老人探访关爱。全市60周岁以上户籍老年人约21.4万人，占户籍人口的22%左右。');
    d.h(1, '二、资金安排及使用');
    d.p(`年初安排市本级彩票公益金${d.m('B0.t', B0)}，8月省民政厅、省财政厅下达彩票公益金${d.m('O.t', O)}（岚财社〔2024〕61号转下），全年可用${d.m('B.t', B)}，实际支出${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}。`);
    R.sum(d, 'B.t', 'B.t', ['B0.t', 'O.t'], '全年可用=市本级+省级下达'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=实际支出÷全年可用');
    itemsTable(d, { caption: '表1 资金使用明细', head: ['支出方向', '安排资金', '实际支出'], items: it, what: '表1' });
    R.eq(d, 'S.t', 'itT.s', '实际支出：正文=表1');
    d.h(1, '三、绩效目标完成情况');
    d.p(`（一）社区养老服务中心。新建${d.n('zx.t', '12')}个，补助资金${d.m('zxs.t', it[0][2])}，每个中心补助${d.fig('zxp.t', fw(it[0][2] / 12) + '万元', 'money')}。`);
    R.eq(d, 'zxs.t', 'it0.s', '中心补助：正文=表1'); R.per(d, 'zxp', 'zxp.t', 'zxs.t', 'zx.t', '每个中心补助=补助资金÷中心数');
    d.p(`（二）家庭养老床位。为失能、半失能老人建设家庭养老床位${d.n('bed.t', '414')}张，补贴支出${d.m('beds.t', it[1][2])}，每张床位补贴${d.fig('bp.t', fy(it[1][2] / 414) + '元', 'money')}。`);
    R.eq(d, 'beds.t', 'it1.s', '床位补贴：正文=表1'); R.per(d, 'bp', 'bp.t', 'beds.t', 'bed.t', '每张床位补贴=补贴支出÷床位数');
    d.p(`（三）老年助餐。全市助餐点68个，全年助餐${d.n('zc.t', '201,200')}人次，运营补贴${d.m('zcs.t', it[2][2])}，每人次补贴${d.fig('zcp.t', ratio(it[2][2], 201200 * 100, 2) + '元', 'money')}。`);
    R.eq(d, 'zcs.t', 'it2.s', '助餐补贴：正文=表1'); R.per(d, 'zcp', 'zcp.t', 'zcs.t', 'zc.t', '每人次助餐补贴=运营补贴÷助餐人次');
    d.p('（四）探访关爱。对独居、空巢等特殊困难老人每月探访不少于1次，全年探访约5.6万人次。因部分乡镇第4季度才完成服务采购，该项资金结余较多。');
    d.h(1, '四、绩效自评表');
    scoreTable(d, { pre: 'st', group: true, rows: stRows(B0, B, S, { other: [0, O, O], noCarry: true, labels: ['年度资金总额', '其中：市本级彩票公益金', '', '省级彩票公益金'] }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '新建社区养老服务中心', cmp: 'ge', tv: '12', av: '12', unit: '个', w: 10 },
        { l2: '数量指标', l3: '家庭养老床位', cmp: 'ge', tv: '400', av: '414', unit: '张', w: 10 },
        { l2: '数量指标', l3: '助餐服务人次', cmp: 'ge', tv: '180000', av: '201200', unit: '人次', w: 10 },
        { l2: '质量指标', l3: '床位验收合格率', cmp: 'ge', tv: '95', av: '97.3', unit: '%', w: 10 },
        { l2: '成本指标', l3: '每人次助餐补贴', cmp: 'le', tv: '5', av: ratio(it[2][2], 201200 * 100, 2), unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '特殊困难老人月探访率', cmp: 'ge', tv: '100', av: '92', unit: '%', w: 15, reason: '3个乡镇第4季度才完成服务采购' },
        { l2: '可持续影响', l3: '社区养老服务覆盖率', cmp: 'ge', tv: '90', av: '93', unit: '%', w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '老年人及家属满意度', cmp: 'ge', tv: '90', av: '94.8', unit: '%', w: 10 },
      ] });
    R.eq(d, 'bed.t', 'st.i2.a', '床位数：正文=自评表'); R.eq(d, 'zcp.t', 'st.i5.a', '每人次助餐补贴：正文=自评表'); R.eq(d, 'zc.t', 'st.i3.a', '助餐人次：正文=自评表'); R.eq(d, 'O.t', 'st.oth.b', '省级公益金：正文=自评表');
    d.h(1, '五、问题及建议');
    d.p(`一是探访关爱服务采购进度不一，资金结余${d.m('tf.t', it[3][1] - it[3][2])}；二是助餐点运营对补贴依赖较大。建议2025年提前在第1季度完成服务采购，并探索“政府补一点、企业让一点、个人出一点”的助餐运营模式。`);
    R.diff(d, 'tf', 'tf.t', 'it3.b', 'it3.s', '探访关爱结余=安排资金−实际支出（表1）');
  } });

// 19 md 专项转移支付 农村公路养护 —— bad: sum (县区执行数一行)
REPORTS.push({ no: '19', slug: 'zhuanyi-nongcungonglu', fmt: 'md', kind: '专项转移支付', sector: '交通运输', unitName: '岚川市交通运输局', scoreTable: true,
  title: '2024年度农村公路养护专项转移支付资金绩效自评报告', style: {},
  bad: { fig: 'c3.s', to: o => o.replace(/(\d)(\d)\.(\d)/, '$2$1.$3'), kind: 'sum' },
  build(d) {
    const P = W('530'), M = W('159'), B = P + M;
    const ct = [['澜溪区', '612', W('79.56'), W('77.9')], ['青埠区', '488', W('63.44'), W('63.44')], ['云岙县', '1,326', W('172.38'), W('165.12')], ['柘湾县', '1,104', W('143.52'), W('140.06')], ['梅垣县', '966', W('125.58'), W('118.75')], ['双漾县', '804', W('104.52'), W('101.3')]];
    const S = sumOf(ct, 3);
    d.p('**报送单位**：岚川市交通运输局、岚川市财政局　**文号**：岚交财〔2025〕6号');
    d.h(1, '一、资金概况');
    d.p(`2024年省级下达我市农村公路养护专项转移支付${d.m('P.t', P)}（岚财建〔2024〕18号），市级按${d.pv('mr.t', '30%')}比例配套${d.m('M.t', M)}，合计${d.m('B.t', B)}，按各县（区）列养农村公路里程分配至6个县（区）。全市列养里程${d.n('km.t', '5,300')}公里，每公里补助${d.fig('kmp.t', ratio(B, 5300 * 100, 2, true), 'money', '元')}元。`);
    R.sum(d, 'B.t', 'B.t', ['P.t', 'M.t'], '合计=省级下达+市级配套'); R.rate(d, 'Mr', 'mr.t', 'M.t', 'P.t', '配套比例=市级配套÷省级下达'); R.per(d, 'kmp', 'kmp.t', 'B.t', 'km.t', '每公里补助=合计资金÷列养里程');
    d.h(1, '二、资金分配及使用');
    const rows = ct.map((x, i) => [x[0], d.n('k' + i, x[1]), d.mc('c' + i + '.b', x[2]), d.mc('c' + i + '.s', x[3])]);
    rows.push(['合计', d.n('kT', '5,300'), d.mc('cT.b', B), d.mc('cT.s', S)]);
    d.table({ unit: '单位：公里、万元', head: ['县（区）', '列养里程', '下达资金', '县级实际支出'], rows });
    R.sum(d, 'kT', 'kT', ct.map((x, i) => 'k' + i), '列养里程合计=各县区之和'); R.sum(d, 'cT.b', 'cT.b', ct.map((x, i) => 'c' + i + '.b'), '下达资金合计=各县区之和'); R.sum(d, 'cT.s', 'cT.s', ct.map((x, i) => 'c' + i + '.s'), '县级实际支出合计=各县区之和');
    R.eq(d, 'B.t', 'cT.b', '合计资金：正文=分配表'); R.eq(d, 'km.t', 'kT', '列养里程：正文=分配表');
    d.p(`截至2024年12月31日，各县（区）实际支出${d.m('S.t', S)}，支出进度${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', B - S)}由县级结转使用。青埠区支出进度100%，梅垣县因第4季度集中招标，进度相对靠后。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '支出进度=实际支出÷合计资金'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=合计资金−实际支出'); R.eq(d, 'S.t', 'cT.s', '实际支出：正文=分配表');
    d.h(1, '三、绩效目标完成情况');
    d.p(`全年完成农村公路日常养护${d.n('yh.t', '5,300')}公里，实施路面修复约126公里，处治安全隐患点位48处。年度公路技术状况评定中，优良中等路比例达到${d.pv('yl.t', '82.6%')}，较上年提高约2个百分点；列全省第4名。`);
    R.eq(d, 'yh.t', 'st.i1.a', '日常养护里程：正文=自评表'); R.eq(d, 'yl.t', 'st.i2.a', '优良中等路比例：正文=自评表');
    d.h(1, '四、绩效自评表');
    scoreTable(d, { pre: 'st', rows: stRows(B, B, S, { other: [M, M, W('159')], noCarry: true, labels: ['年度资金总额', '其中：省级转移支付', '', '市级配套'] }), wExec: 10, rateDec: 2, scoreDec: 2, fundsHead: '资金',
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '农村公路日常养护里程', cmp: 'ge', tv: '5300', av: '5300', unit: '公里', w: 20, tfmt: ['', ''] },
        { l2: '质量指标', l3: '优良中等路比例', cmp: 'ge', tv: '80', av: '82.6', unit: '%', w: 15 },
        { l2: '时效指标', l3: '资金分配下达时间', qual: ['收到省级资金30日内', '21日内下达'], w: 5 },
        { l2: '成本指标', l3: '每公里养护补助', cmp: 'ge', tv: '1200', av: ratio(B, 5300 * 100, 0), unit: '元', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '农村公路安全隐患处治', cmp: 'ge', tv: '50', av: '48', unit: '处', w: 15, reason: '2处涉及桥梁，需专项设计' },
        { l2: '可持续影响', l3: '县级养护长效机制', qual: ['健全', '6个县区均建立路长制'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '沿线群众满意度', cmp: 'ge', tv: '85', av: '88.4', unit: '%', w: 10 },
      ] });
    d.h(1, '五、问题与改进');
    d.p('部分县（区）配套资金到位偏晚，支出进度不均衡。2025年将把支出进度纳入对县（区）的考核，8月底前进度低于60%的，按规定收回统筹使用。');
  } });

// 20 txt 专项转移支付 高标准农田 —— bad: indicator_score (实际值改动，得分未变)
REPORTS.push({ no: '20', slug: 'zhuanyi-gaobiaozhunnongtian', fmt: 'txt', kind: '专项转移支付', sector: '农业农村', unitName: '岚川市农业农村局', scoreTable: true,
  title: '岚川市2024年度高标准农田建设市对县专项转移支付资金绩效自评报告', txtTitle: ['岚川市2024年度高标准农田建设', '市对县专项转移支付资金绩效自评报告'],
  style: { txtTable: 'tab', txtIndent: true },
  bad: { fig: 'st.i4.a', to: '0.4', kind: 'indicator_score' },
  build(d) {
    const ct = [['云岙县', '2.1', W('3150'), W('3082.4')], ['柘湾县', '1.6', W('2400'), W('2356.75')], ['梅垣县', '1.3', W('1950'), W('1874.3')]];
    const B = sumOf(ct, 2), S = sumOf(ct, 3), Zy = W('4500'), Sh = W('1800'), Sj = B - Zy - Sh;
    d.h(1, '一、基本情况');
    d.p('高标准农田建设资金由中央、省、市三级财政共同负担，市级统筹后切块下达云岙、柘湾、梅垣3个县。截至2024年底，全市累计建成高标准农田约186万亩，占永久基本农田的七成左右。');
    d.h(1, '二、资金下达与使用');
    d.p(`（一）资金下达。2024年下达3县资金${d.m('B.t', B, '万元', { sep: true })}，其中中央资金${d.m('Zy.t', Zy, '万元', { sep: true })}、省级资金${d.m('Sh.t', Sh, '万元', { sep: true })}、市级资金${d.m('Sj.t', Sj, '万元', { sep: true })}，建设任务${d.n('mu.t', '5.0', '万亩')}万亩，亩均投入${d.fig('mup.t', ratio(B, 50000 * 100, 2, true), 'money', '元')}元。`);
    R.sum(d, 'B.t', 'B.t', ['Zy.t', 'Sh.t', 'Sj.t'], '下达资金=中央+省级+市级'); R.per(d, 'mup', 'mup.t', 'B.t', 'mu.t', '亩均投入=下达资金÷建设面积');
    d.p('（二）分县情况。');
    const rows = ct.map((x, i) => [x[0], d.n('m' + i, x[1], '万亩'), d.mc('c' + i + '.b', x[2], '万元', { sep: true }), d.mc('c' + i + '.s', x[3], '万元', { sep: true }), d.p_('c' + i + '.r', x[3], x[2], 2)]);
    rows.push(['合计', d.n('mT', '5.0', '万亩'), d.mc('cT.b', B, '万元', { sep: true }), d.mc('cT.s', S, '万元', { sep: true }), d.p_('cT.r', S, B, 2)]);
    d.table({ unit: '单位：万亩、万元', head: ['县', '建设任务', '下达资金', '实际支出', '支出进度'], rows });
    ct.forEach((x, i) => R.rate(d, 'c' + i + '.r', 'c' + i + '.r', 'c' + i + '.s', 'c' + i + '.b', x[0] + '支出进度=实际支出÷下达资金'));
    R.rate(d, 'cT.r', 'cT.r', 'cT.s', 'cT.b', '合计支出进度');
    R.sum(d, 'mT', 'mT', ct.map((x, i) => 'm' + i), '建设任务合计=各县之和'); R.sum(d, 'cT.b', 'cT.b', ct.map((x, i) => 'c' + i + '.b'), '下达资金合计=各县之和'); R.sum(d, 'cT.s', 'cT.s', ct.map((x, i) => 'c' + i + '.s'), '实际支出合计=各县之和');
    R.eq(d, 'B.t', 'cT.b', '下达资金：正文=分县表'); R.eq(d, 'mu.t', 'mT', '建设任务：正文=分县表');
    d.h(1, '三、绩效目标完成情况');
    d.p(`1.数量。3县全部完成建设任务，新增高效节水灌溉面积${d.n('js.t', '0.86', '万亩')}万亩。`);
    d.p('2.质量。项目区耕地质量等级普遍提升，具体由县级农业农村部门于2025年2月监测，结果见自评表。');
    d.p('3.效益。项目区粮食亩产平均增加约50公斤，按近三年平均价格测算，年增收约6,000万元。');
    d.h(1, '四、绩效自评表');
    scoreTable(d, { pre: 'st', rows: stRows(B, B, S, { noCarry: true, noOther: true, labels: ['年度资金总额', '其中：中央、省、市财政资金'] }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '高标准农田建设面积', cmp: 'ge', tv: '5.0', av: '5.0', unit: '万亩', w: 15, tfmt: ['', ''] },
        { l2: '数量指标', l3: '新增高效节水灌溉面积', cmp: 'ge', tv: '0.8', av: '0.86', unit: '万亩', w: 10 },
        { l2: '成本指标', l3: '亩均财政投入', cmp: 'ge', tv: '1500', av: ratio(B, 50000 * 100, 0), unit: '元', w: 10 },
        { l2: '质量指标', l3: '耕地质量等级提升', cmp: 'ge', tv: '0.5', av: '0.6', unit: '等', w: 15 },
        { l1: '效益指标', l2: '经济效益', l3: '项目区粮食亩产增加', cmp: 'ge', tv: '40', av: '50', unit: '公斤', w: 15 },
        { l2: '可持续影响', l3: '工程管护责任落实率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '项目区农户满意度', cmp: 'ge', tv: '90', av: '93.2', unit: '%', w: 10 },
      ] });
    R.eq(d, 'js.t', 'st.i2.a', '节水灌溉面积：正文=自评表');
    d.h(1, '五、存在问题及改进措施');
    d.p('（一）梅垣县部分项目受雨季影响，第3季度施工进度滞后；（二）建后管护经费落实不到位。下一步，指导各县把施工期安排在10月至次年3月，并按每亩每年不低于15元的标准落实管护经费。');
  } });

// 21 docx 国有资本经营预算 —— bad: growth (营业收入增长率)
REPORTS.push({ no: '21', slug: 'guozi-lenglian', fmt: 'docx', kind: '国有资本经营预算项目', sector: '国资（粮油集团）', unitName: '岚川市粮油集团有限公司', scoreTable: true,
  title: '2024年度国有资本经营预算岚川市粮油集团冷链仓储改造项目绩效自评报告', style: {},
  bad: { fig: 'revg.t', to: o => o.replace(/(\d)(\d)%$/, '$2$1%'), kind: 'growth' },
  build(d) {
    const G = W('1200'), Z = W('800'), B = G + Z;
    const it = [['冷库主体及保温工程', W('1180'), W('1162.4')], ['制冷机组及控制系统', W('560'), W('548.35')], ['冷链运输车辆（6辆）', W('260'), W('235.8')]];
    const S = sumOf(it, 2), SG = G, SZ = S - SG;
    d.h(1, '一、项目基本情况');
    d.p('岚川市粮油集团有限公司为市国资委监管的国有独资企业。根据市国资委《关于下达2024年市级国有资本经营预算支出计划的通知》（岚国资〔2024〕22号），以资本金注入方式支持集团实施冷链仓储改造项目，新增5,000吨级冷库1座，改造原有冷库2座。');
    d.h(1, '二、资金投入和使用情况');
    d.p(`项目总投资${d.m('B.t', B, '万元', { sep: true })}，其中国有资本经营预算资本金注入${d.m('G.t', G, '万元', { sep: true })}，企业自筹${d.m('Z.t', Z)}。截至2024年12月31日，累计完成投资${d.m('S.t', S, '万元', { sep: true })}，完成率${d.p_('r.t', S, B, 2)}；国有资本经营预算资金已全部使用完毕。`);
    R.sum(d, 'B.t', 'B.t', ['G.t', 'Z.t'], '总投资=资本金注入+企业自筹'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '投资完成率=累计完成投资÷总投资');
    itemsTable(d, { caption: '表1 投资完成情况', head: ['建设内容', '计划投资', '完成投资'], items: it, sep: true, what: '表1' });
    R.eq(d, 'S.t', 'itT.s', '完成投资：正文=表1'); R.eq(d, 'B.t', 'itT.b', '总投资：正文=表1');
    d.h(1, '三、项目绩效情况');
    d.p(`（一）产出。新建冷库于2024年11月投入试运行，新增冷藏能力${d.n('lk.t', '5,000')}吨，改造冷库2座；购置冷链运输车${d.n('carn', '6')}辆，每辆${d.fig('carp.t', fw(it[2][2] / 6), 'money', '万元')}万元。`);
    R.per(d, 'carp', 'carp.t', 'it2.s', 'carn', '冷链车单价=车辆购置支出÷6辆');
    d.p(`（二）经济效益。2024年集团实现营业收入${d.m('rev.t', W('38600'), '亿元')}，上年为${d.m('rev0.t', W('34200'), '亿元')}，同比增长${d.p_('revg.t', W('4400'), W('34200'), 2)}；利润总额${d.m('pf.t', W('1268.4'), '万元', { sep: true })}，比上年${d.m('pf0.t', W('1105.2'), '万元', { sep: true })}增加${d.m('pfd.t', W('163.2'))}，增长${d.p_('pfg.t', W('163.2'), W('1105.2'), 2)}。国有资本保值增值率为${d.pv('bz.t', '104.6%')}。`);
    R.growth(d, 'revg', 'revg.t', 'rev.t', 'rev0.t', 'up', '营业收入增长率=(本年−上年)÷上年'); R.diff(d, 'pfd', 'pfd.t', 'pf.t', 'pf0.t', '利润增加额=本年−上年'); R.growth(d, 'pfg', 'pfg.t', 'pf.t', 'pf0.t', 'up', '利润增长率=(本年−上年)÷上年');
    d.p('（三）社会效益。冷库投用后可满足全市约40%的政府储备冻肉和应急蔬菜周转需求，春节期间保障市场供应约1,800吨。');
    d.h(1, '四、绩效自评表');
    const st = scoreTable(d, { pre: 'st', group: true, rows: stRows(B, B, S, { other: [Z, Z, SZ], noCarry: true, labels: ['年度资金总额', '其中：国有资本经营预算', '', '企业自筹'] }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '新增冷藏能力', cmp: 'ge', tv: '5000', av: '5000', unit: '吨', w: 15, tfmt: ['', ''] },
        { l2: '数量指标', l3: '冷链运输车辆', cmp: 'ge', tv: '6', av: '6', unit: '辆', w: 10, tfmt: ['', ''] },
        { l2: '时效指标', l3: '冷库投入试运行', qual: ['2024年12月底前', '2024年11月'], w: 10 },
        { l2: '成本指标', l3: '冷链车单价', cmp: 'le', tv: '42', av: fw(it[2][2] / 6), unit: '万元', w: 15 },
        { l1: '效益指标', l2: '经济效益', l3: '国有资本保值增值率', cmp: 'ge', tv: '103', av: '104.6', unit: '%', w: 15 },
        { l2: '社会效益', l3: '应急物资周转保障', qual: ['有效保障', '春节保供约1,800吨'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '合作商户满意度', cmp: 'ge', tv: '90', av: '91.5', unit: '%', w: 10 },
      ] });
    R.eq(d, 'lk.t', 'st.i1.a', '冷藏能力：正文=自评表'); R.eq(d, 'carp.t', 'st.i4.a', '冷链车单价：正文=自评表'); R.eq(d, 'bz.t', 'st.i5.a', '保值增值率：正文=自评表'); R.eq(d, 'G.t', 'st.fin.b', '资本金注入：正文=自评表');
    d.p(`综上，本项目自评得分${d.n('tot.t', st.totalTxt)}分，等级为${d.g('gr.t', st.gradeTxt)}。`);
    R.eq(d, 'tot.t', 'st.total', '总分：正文=自评表'); R.eq(d, 'gr.t', 'st.grade', '等级：正文=自评表');
    d.h(1, '五、存在的问题及下一步措施');
    d.p('一是冷库试运行期间能耗偏高；二是冷链车辆采购节余资金未及时调整用途。2025年将引入能耗在线监测，车辆节余资金按程序报市国资委批准后用于冷库分拣线建设。');
  } });

// 22 md 政府购买服务 道路清扫保洁 —— bad: score_total
REPORTS.push({ no: '22', slug: 'goumai-daolubaojie', fmt: 'md', kind: '政府购买服务', sector: '环境卫生', unitName: '岚川市环境卫生事务中心', scoreTable: true,
  title: '岚川市2024年度城区道路清扫保洁政府购买服务项目绩效自评报告', style: { mdBold: true },
  bad: { fig: 'st.total', to: o => (Number(o) - 0.9).toFixed(2), kind: 'score_total', rel: 'st.ssum' },
  build(d) {
    const bd = [['第一标段（老城片区）', '168', W('1008'), W('996.2')], ['第二标段（新区片区）', '182', W('1092'), W('1071.86')], ['第三标段（滨江片区）', '136', W('816'), W('803.52')]];
    const B = sumOf(bd, 2), S = sumOf(bd, 3), kk = B - S;
    d.h(1, '一、项目概况');
    d.p('为推进环卫作业市场化，市环境卫生事务中心通过公开招标向社会力量购买城区道路清扫保洁服务，服务期3年（2023年7月至2026年6月），本报告评价2024年度服务情况。承接主体为3家环卫服务企业，按标段分别签订合同，合同编号LCHW-2023-01至03。');
    d.h(1, '二、资金情况');
    d.p(`2024年合同金额${d.m('B.t', B, '万元', { sep: true })}，服务面积${d.n('mj.t', '486', '万平方米')}万平方米，合同单价${d.fig('dj.t', ratio(B, 4860000 * 100, 2), 'money', '元')}元/平方米·年。根据季度考核结果，全年考核扣款${d.m('kk.t', kk)}，实际结算支付${d.m('S.t', S, '万元', { sep: true })}，占合同金额的${d.p_('r.t', S, B, 2)}。`);
    R.per(d, 'dj', 'dj.t', 'B.t', 'mj.t', '合同单价=合同金额÷服务面积'); R.diff(d, 'kk', 'kk.t', 'B.t', 'S.t', '考核扣款=合同金额−实际结算'); R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '结算比例=实际结算÷合同金额');
    const rows = bd.map((x, i) => [x[0], d.n('a' + i, x[1], '万平方米'), d.mc('b' + i + '.b', x[2], '万元', { sep: true }), d.mc('b' + i + '.s', x[3], '万元', { sep: true })]);
    rows.push(['合计', d.n('aT', '486', '万平方米'), d.mc('bT.b', B, '万元', { sep: true }), d.mc('bT.s', S, '万元', { sep: true })]);
    d.table({ unit: '单位：万平方米、万元', head: ['标段', '服务面积', '合同金额', '结算金额'], rows });
    R.sum(d, 'aT', 'aT', bd.map((x, i) => 'a' + i), '服务面积合计=各标段之和'); R.sum(d, 'bT.b', 'bT.b', bd.map((x, i) => 'b' + i + '.b'), '合同金额合计=各标段之和'); R.sum(d, 'bT.s', 'bT.s', bd.map((x, i) => 'b' + i + '.s'), '结算金额合计=各标段之和');
    R.eq(d, 'B.t', 'bT.b', '合同金额：正文=标段表'); R.eq(d, 'S.t', 'bT.s', '结算金额：正文=标段表'); R.eq(d, 'mj.t', 'aT', '服务面积：正文=标段表');
    d.h(1, '三、绩效情况');
    d.p(`1. 作业质量。全年开展季度考核4次、日常抽查1,236次，道路保洁质量达标率${d.pv('db.t', '97.4%')}，第2标段在第3季度考核中因机扫频次不足被扣款。`);
    d.p(`2. 作业效率。主次干道机械化清扫率由上年的82%提高到${d.pv('jx.t', '88%')}，人行道和背街小巷仍以人工为主。`);
    d.p('3. 群众评价。通过12319城管热线受理道路保洁类投诉218件，办结率100%。');
    d.h(1, '四、绩效自评表');
    scoreTable(d, { pre: 'st', rows: stRows(B, B, S, { noCarry: true, noOther: true }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '保洁服务面积', cmp: 'ge', tv: '486', av: '486', unit: '万平方米', w: 15, tfmt: ['', ''] },
        { l2: '质量指标', l3: '道路保洁质量达标率', cmp: 'ge', tv: '98', av: '97.4', unit: '%', w: 15, reason: '第2标段机扫频次不足，已扣款并约谈' },
        { l2: '质量指标', l3: '主次干道机械化清扫率', cmp: 'ge', tv: '90', av: '88', unit: '%', w: 10, reason: '新增机扫车辆第4季度才到位' },
        { l2: '成本指标', l3: '合同单价', cmp: 'le', tv: '6.2', av: ratio(B, 4860000 * 100, 2), unit: '元/平方米·年', w: 10 },
        { l1: '效益指标', l2: '社会效益', l3: '道路保洁类投诉办结率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l2: '可持续影响', l3: '考核结果与付费挂钩', qual: ['全面挂钩', '按季度考核结算'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '市民满意度', cmp: 'ge', tv: '85', av: '86.9', unit: '%', w: 10 },
      ] });
    R.eq(d, 'dj.t', 'st.i4.a', '合同单价：正文=自评表'); R.eq(d, 'db.t', 'st.i2.a', '保洁达标率：正文=自评表'); R.eq(d, 'jx.t', 'st.i3.a', '机械化清扫率：正文=自评表');
    d.h(1, '五、问题和建议');
    d.p('背街小巷保洁标准偏低、考核细则对夜间作业约束不足。建议在2026年新一轮采购中细化夜间保洁考核条款，合同单价按6.0—6.5元/平方米·年区间测算。');
  } });

// 23 txt 政府购买服务 法律援助（编号列表，无自评表）—— bad: share
REPORTS.push({ no: '23', slug: 'goumai-falvyuanzhu', fmt: 'txt', kind: '政府购买服务', sector: '司法行政', unitName: '岚川市法律援助中心', scoreTable: false,
  title: '岚川市法律援助中心2024年度购买法律援助服务项目绩效自评报告', style: { txtTable: 'tab' },
  bad: { fig: 'msS.t', to: o => o.replace(/\.(\d)(\d)%$/, '.$2$1%'), kind: 'share' },
  build(d) {
    const B = W('320'), S = W('309.68'), xs = 604, ms = 598, xz = 84, all = xs + ms + xz;
    d.p('一、项目基本情况');
    d.p('1.项目依据。根据《中华人民共和国法律援助法》和《岚川市法律援助补贴办法》（岚司发〔2023〕8号），市法律援助中心通过政府购买服务方式，由14家律师事务所承办法律援助案件，按案件类型和办理阶段支付办案补贴。');
    d.p('2.服务热线。全市统一法律援助热线12348，全年接听咨询约2.4万人次。');
    d.p('二、资金使用情况');
    d.p(`1.全年预算${d.m('B.t', B)}，实际支付办案补贴${d.m('S.t', S)}，执行率${d.p_('r.t', S, B, 2)}，结余${d.m('R.t', B - S)}。`);
    R.rate(d, 'r.t', 'r.t', 'S.t', 'B.t', '执行率=实际支付÷全年预算'); R.diff(d, 'R.t', 'R.t', 'B.t', 'S.t', '结余=全年预算−实际支付');
    d.p(`2.全年结案${d.n('all.t', grp(String(all)))}件，件均补贴${d.fig('per.t', ratio(S, all * 100, 2, true) + '元', 'money')}。`);
    R.per(d, 'per', 'per.t', 'S.t', 'all.t', '件均补贴=实际支付÷结案件数');
    d.p('三、绩效情况');
    d.p('1.案件结构。');
    const rows = [['刑事案件', d.n('xs', String(xs)), d.p_('xsS', xs, all, 2)], ['民事案件', d.n('ms', String(ms)), d.p_('msS', ms, all, 2)], ['行政案件', d.n('xz', String(xz)), d.p_('xzS', xz, all, 2)], ['合计', d.n('T', grp(String(all))), d.pv('TS', '100.00%')]];
    d.table({ caption: '表1  2024年法律援助案件结构', head: ['案件类型', '结案件数', '占比'], rows });
    R.sum(d, 'T', 'T', ['xs', 'ms', 'xz'], '结案件数合计=各类之和'); R.eq(d, 'all.t', 'T', '结案件数：正文=表1');
    R.rate(d, 'xsS', 'xsS', 'xs', 'T', '刑事案件占比'); R.rate(d, 'msS', 'msS', 'ms', 'T', '民事案件占比'); R.rate(d, 'xzS', 'xzS', 'xz', 'T', '行政案件占比'); R.sum(d, 'TS', 'TS', ['xsS', 'msS', 'xzS'], '各类占比之和=100%');
    d.p(`民事案件${d.n('ms.t', String(ms))}件，占全部结案的${d.p_('msS.t', ms, all, 2)}，主要涉及农民工讨薪、工伤赔偿和婚姻家庭纠纷，为农民工追回劳动报酬约1,650万元。`);
    R.eq(d, 'ms.t', 'ms', '民事案件数：正文=表1'); R.rate(d, 'msSt', 'msS.t', 'ms.t', 'all.t', '民事案件占比（正文）=民事案件÷全部结案');
    d.p('2.办案质量。随机抽取已结案卷宗260件开展质量评查，优良率91.5%，无不合格案卷；受援人回访满意度98.1%。');
    d.p('3.获得感。在2024年第3季度全省法律援助工作通报中，我市受援人满意度列第2名。');
    d.p('四、存在问题');
    d.p('1.承办律师集中在城区，县域案件承办律师往返成本高；2.补贴标准自2021年以来未作调整，律师承办积极性下降。');
    d.p('五、改进措施');
    d.p('1.建立城区律所与县域律所结对机制；2.参照周边城市标准，研究将刑事案件审判阶段补贴由2000元/件调整至2500元/件，预计2026年实施。');
  } });

// 24 docx 债券资金 污水处理厂扩建 —— bad: text_table
REPORTS.push({ no: '24', slug: 'zhaiquan-wushuichang', fmt: 'docx', kind: '债券资金项目', sector: '城市污水处理', unitName: '岚川市城市排水事务中心', scoreTable: true,
  title: '岚川市城东污水处理厂三期扩建项目2024年度专项债券资金绩效自评报告', style: { docxBoldHead: true },
  bad: { fig: 'tj.t', to: o => o.replace(/^(\d),(\d)(\d)/, '$1,$3$2'), kind: 'text_table' },
  build(d) {
    const Zq = W('12000'), Zy = W('4000'), Sj = W('7600'), TI = Zq + Zy + Sj;
    const it = [['土建工程', W('7200'), W('7062.8')], ['设备购置及安装', W('3900'), W('3826.45')], ['配套管网', W('900'), W('793.1')]];
    const S = sumOf(it, 2), rate = '2.48';
    d.h(1, '一、项目基本情况');
    d.p('城东污水处理厂三期扩建项目新增污水处理能力5万吨/日，出水执行一级A标准，项目总工期24个月（2024年3月—2026年2月）。项目已纳入省级专项债券项目库（项目编码：Z-2024-LC-0037），由市城市排水事务中心作为项目单位。');
    d.p(`项目总投资${d.m('TI.t', TI, '亿元')}，其中：2024年新增专项债券${d.m('Zq.t', Zq, '万元', { sep: true })}，中央预算内投资${d.m('Zy.t', Zy, '万元', { sep: true })}，市级财政配套${d.m('Sj.t', Sj, '万元', { sep: true })}。`);
    R.sum(d, 'TI', 'TI.t', ['Zq.t', 'Zy.t', 'Sj.t'], '总投资=专项债券+中央预算内+市级配套');
    d.h(1, '二、债券资金使用及管理');
    d.p(`专项债券于2024年4月发行，期限15年，票面利率${d.pv('ll.t', rate + '%')}，年付息${d.m('fx.t', Zq * 248 / 10000)}。截至2024年12月31日，债券资金支出${d.m('S.t', S, '万元', { sep: true })}，支出进度${d.p_('r.t', S, Zq, 2)}，未使用${d.m('R.t', Zq - S)}存放于国库专户。`);
    R.rate(d, 'fxr', 'll.t', 'fx.t', 'Zq.t', '票面利率=年付息÷债券金额'); R.rate(d, 'r.t', 'r.t', 'S.t', 'Zq.t', '支出进度=债券资金支出÷债券额度'); R.diff(d, 'R.t', 'R.t', 'Zq.t', 'S.t', '未使用=债券额度−已支出');
    itemsTable(d, { caption: '表1 专项债券资金支出明细', head: ['支出内容', '计划使用债券资金', '实际支出'], items: it, sep: true, what: '表1' });
    R.eq(d, 'S.t', 'itT.s', '债券支出：正文=表1'); R.eq(d, 'Zq.t', 'itT.b', '债券额度：正文=表1');
    d.h(1, '三、项目绩效情况');
    d.p(`（一）建设进度。土建工程完成投资${d.m('tj.t', it[0][2], '万元', { sep: true })}，生化池、二沉池主体结构已封顶；设备购置及安装完成${d.m('sb.t', it[1][2], '万元', { sep: true })}，鼓风机、膜组件已到货。工程形象进度约55%，符合年度计划。`);
    R.eq(d, 'tj.t', 'it0.s', '土建完成投资：正文=表1'); R.eq(d, 'sb.t', 'it1.s', '设备完成投资：正文=表1');
    d.p('（二）收益平衡。项目收入来源为污水处理费，按现行每吨0.95元测算，运营期年均收入约1,734万元，可覆盖债券本息。2025年将申请发行第二批专项债券约0.8亿元。');
    d.h(1, '四、绩效自评表');
    const st = scoreTable(d, { pre: 'st', caption: '专项债券项目绩效自评表', rows: stRows(Zq, Zq, S, { noCarry: true, noOther: true, labels: ['年度资金总额', '其中：专项债券资金'] }), wExec: 10, rateDec: 2, scoreDec: 2,
      inds: [
        { l1: '产出指标', l2: '数量指标', l3: '生化池主体结构完成', cmp: 'ge', tv: '2', av: '2', unit: '座', w: 15, tfmt: ['', ''] },
        { l2: '质量指标', l3: '分部工程验收合格率', cmp: 'ge', tv: '100', av: '100', unit: '%', w: 15, tfmt: ['', ''] },
        { l2: '时效指标', l3: '年度形象进度', cmp: 'ge', tv: '50', av: '55', unit: '%', w: 10 },
        { l2: '成本指标', l3: '债券资金支出进度', cmp: 'ge', tv: '95', av: pct(S, Zq, 2), unit: '%', w: 10 },
        { l1: '效益指标', l2: '经济效益', l3: '债券本息覆盖倍数', cmp: 'ge', tv: '1.2', av: '1.25', unit: '倍', w: 15 },
        { l2: '生态效益', l3: '新增污水处理能力（建成后）', qual: ['5万吨/日', '按计划推进'], w: 15 },
        { l1: '满意度指标', l2: '服务对象满意度', l3: '周边群众满意度', cmp: 'ge', tv: '85', av: '87.5', unit: '%', w: 10 },
      ] });
    R.eq(d, 'r.t', 'st.i4.a', '债券支出进度：正文=自评表');
    d.p(`自评得分${d.n('tot.t', st.totalTxt)}分，等级“${d.g('gr.t', st.gradeTxt)}”。`);
    R.eq(d, 'tot.t', 'st.total', '总分：正文=自评表'); R.eq(d, 'gr.t', 'st.grade', '等级：正文=自评表');
    d.h(1, '五、存在问题及改进措施');
    d.p('配套管网涉及道路管线迁改，进度滞后于主体工程；债券资金支付审核链条较长。下一步将建立“周调度、月通报”机制，力争2025年第2季度前完成管网迁改。');
  } });

function readme(table) {
  const fmtZh = { md: 'Markdown', txt: '纯文本', docx: 'Word' };
  const L = [];
  L.push('# bulk-u：预算绩效自评报告“批量收件”盲测语料（第九套）', '');
  L.push('## 怎么写的', '');
  L.push('- **盲写**：编写时只阅读了 `/work/shared/DOMAIN.md`（报告类型、绩效自评表结构、评分规则、数字在中文文本中的写法），并为把握语气粗略浏览了 `/work/shared/seeds/`；未阅读、未运行被测检查器及其项目的任何代码、测试或其他语料。');
  L.push('- **全部虚构**：城市“岚川市”及其县区（澜溪区、青埠区、云岙县、柘湾县、梅垣县、双漾县）、单位、项目、文号、电话、数字和句子均为编造，没有照抄种子文件的任何句子。');
  L.push('- **场景**：模拟市财政局绩效科成批收到的各单位自评报告，由不同的人撰写：有人把所有数字写进一个长段落（11号），有人用 1. 2. 3. 编号，有人用带千分位的“元”并在括号里折算成万元（05、15号），有人用“亿元”写大额（15、21、24号），执行率有的保留一位小数、有的保留两位；有的先在句子里写出年度数字、再在下方表格里重复（须一致）；自评表有的在正文中间（02、03号），有的在结尾，有的以“附件”形式放在最后（01号），有的报告不附自评表（05、11、17、23号）。');
  L.push('- **格式**：`.txt` 模拟从 Word 粘贴出的文本（无 Markdown 标记，表格为制表符分隔或空格对齐，层级编号 一、（一）1.（1））；`.md` 用竖线表格和 # 标题（04、13、22号改用粗体行代替标题）；`.docx` 为真正的 Word 文档（Heading 样式或加粗标题段落，真实表格，部分表格有合并的表头单元格，表格上方有“单位：万元”行）。');
  L.push('- **干扰数字**：日期（2025年3月）、文号（岚财绩〔2025〕12号）、第3季度、名次（第2名）、热线和电话式编码（12121、12348、0000-8261735）、上年数字、下一年度计划数、区间（90%-95%）、约数（约3000人）等，均不构成待核对的关系。');
  L.push('- **计算口径**：金额以“分”为单位用整数计算；比率、均值、得分一律按显示位数四舍五入（逢五进一）；自评表以万元两位小数显示，其中的执行率按表中显示的数字计算。评分规则按 DOMAIN.md：预算执行率得分=执行率×分值（封顶）；正向指标达到目标得满分、未达按“实际÷目标”比例得分，反向/成本指标不超过目标得满分、超出按“目标÷实际”比例得分；等级 ≥90 优、80–90 良、60–80 中、<60 差；各项分值合计 100。', '');
  L.push('## 目录内容', '');
  L.push('- `gen.cjs`：确定性生成器（Node 20 CommonJS，`node gen.cjs`），重复运行产生字节相同的文件；.docx 用 `/work/main/node_modules/docx` 生成后重新打包，固定文件时间和 core.xml 中的创建/修改时间。');
  L.push('- `clean/`：24 份无错报告（md、txt、docx 各 8 份），其中可核对的关系在显示精度下全部成立。');
  L.push('- `bad/`：每份干净报告的副本，仅改动一个数字（或一个等级字、一个金额单位），使报告内恰好一条可核对关系不再成立；`bad/ANSWERS.tsv` 列出 file、line、old、new、kind、relation。');
  L.push('- `relations.json`：每份报告的全部数字（位置、第几次出现、原文、类型、表格单位）和全部关系（合计、差额、比率、增长率、单位均值、相等、执行率得分、指标得分、总分、等级），以及 bad 副本的改动。');
  L.push('- `check.cjs`：独立核对器（`node check.cjs`，通过时退出码 0）：重新读取 clean/ 与 bad/ 的文件（docx 自行解压并解析 word/document.xml），核对每个数字位于所述位置、每条关系在 clean/ 成立；bad/ 与 clean/ 恰好一行（一段）不同、差异恰为 old→new，且恰好只有所标注的那条关系被打破。', '');
  L.push('**位置约定**：.md/.txt 的 line 为文件中从 1 起算的行号；.docx 的 line 为 word/document.xml 中全部 `<w:p>` 段落（含表格单元格中的段落）按文档顺序从 1 起算的序号。同一行出现多个相同字符串时，relations.json 的 nth 指第几次（从 0 起算）“不与其他数字相连”的出现。', '');
  L.push('## 文件一览', '');
  L.push('| 文件 | 格式 | 报告类型 | 单位/领域 | 自评表 | 关系数 | bad 错误类型 | 改动 |');
  L.push('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const t of table) {
    const s = t.spec; const b = t.bad;
    L.push(`| ${t.file} | ${fmtZh[s.fmt]} | ${s.kind} | ${s.unitName}（${s.sector}） | ${s.scoreTable ? '有' : '无'} | ${t.nrel} | ${s.bad.kind}：${KIND[s.bad.kind]} | 第${b.line}${s.fmt === 'docx' ? '段' : '行'} ${b.old} → ${b.new} |`);
  }
  L.push('', '## 错误类型（kind）', '');
  for (const [k, v] of Object.entries(KIND)) L.push(`- \`${k}\`：${v}（${table.filter(t => t.spec.bad.kind === k).map(t => t.spec.no).join('、')}号）`);
  L.push('', '## 报告类型分布', '', '- 项目支出 8 份（01–08）；部门（单位）整体支出 8 份（09–16）；其他 8 份：政府性基金预算项目（17、18）、专项转移支付（19、20）、国有资本经营预算项目（21）、政府购买服务（22、23）、债券资金项目（24）。', '');
  return L.join('\n');
}

// ---------------------------------------------------------------- main
const KIND = {
  sum: '合计与分项不符', exec_rate: '执行率与支出、预算不符', balance: '结余与预算、支出不符', share: '占比与分子、分母不符',
  growth: '增长率与两年数据不符', per_unit: '单位均值与总额、数量不符', text_table: '正文数字与表格不一致', score_total: '自评表总分≠各项得分之和',
  grade: '自评等级与总分档次不符', indicator_score: '指标得分与目标值、实际值不符', unit_slip: '万元误写为元/亿元',
};
async function main() {
  const specs = REPORTS;
  for (const sub of ['clean', 'bad']) { fs.rmSync(path.join(OUT, sub), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, sub), { recursive: true }); }
  const answers = [['file', 'line', 'old', 'new', 'kind', 'relation']];
  const rj = {}; const table = [];
  for (const spec of specs) {
    const d = new Doc(spec); spec.build(d);
    for (const r of d.rels) for (const k of Object.keys(r)) if (!['id', 'type', 'zh', 'dir', 'cmp'].includes(k)) for (const f of [].concat(r[k])) if (!d.figs[f]) throw new Error(spec.slug + ': rel ' + r.id + ' unknown fig ' + f);
    const file = `${spec.no}-${spec.slug}.${spec.fmt}`;
    let res, loc, P, struct;
    if (spec.fmt === 'docx') { struct = docxStructure(d); ({ res, loc } = locate(d, struct.P)); }
    else ({ res, loc } = locate(d, spec.fmt === 'md' ? renderMd(d) : renderTxt(d)));
    // bad
    const bid = spec.bad.fig; const bf = d.figs[bid]; if (!bf) throw new Error(file + ': bad fig unknown ' + bid);
    const old = bf.text; const nw = typeof spec.bad.to === 'function' ? spec.bad.to(old) : spec.bad.to;
    if (nw === old) throw new Error(file + ': bad no change');
    const inRels = d.rels.filter(r => JSON.stringify(r).includes('"' + bid + '"'));
    if (spec.bad.rel) { const k = inRels.findIndex(r => r.id === spec.bad.rel); if (k < 0) throw new Error(file + ': bad rel not on fig'); inRels.unshift(inRels.splice(k, 1)[0]); }
    else if (inRels.length !== 1) throw new Error(file + ': bad fig in ' + inRels.length + ' relations: ' + inRels.map(r => r.id));
    const L = loc[bid]; const badRes = res.slice();
    const ln = badRes[L.line - 1]; badRes[L.line - 1] = ln.slice(0, L.offset) + nw + ln.slice(L.offset + old.length);
    if (spec.fmt === 'docx') {
      fs.writeFileSync(path.join(OUT, 'clean', file), await buildDocx(d, struct, res));
      fs.writeFileSync(path.join(OUT, 'bad', file), await buildDocx(d, struct, badRes));
    } else {
      fs.writeFileSync(path.join(OUT, 'clean', file), res.join('\n') + '\n');
      fs.writeFileSync(path.join(OUT, 'bad', file), badRes.join('\n') + '\n');
    }
    answers.push([file, String(L.line), old, nw, spec.bad.kind, inRels[0].zh]);
    const figs = {};
    for (const [id, f] of Object.entries(d.figs)) figs[id] = { line: loc[id].line, nth: loc[id].nth, text: f.text, type: f.type, ...(f.unit ? { unit: f.unit } : {}) };
    rj[file] = { format: spec.fmt, kind: spec.kind, sector: spec.sector, unit: spec.unitName, scoreTable: !!spec.scoreTable,
      locator: spec.fmt === 'docx' ? 'paragraph (1-based, all w:p of word/document.xml in order, table cells included)' : 'line (1-based)',
      figures: figs, relations: d.rels,
      bad: { file: 'bad/' + file, fig: bid, line: L.line, nth: L.nth, old, new: nw, kind: spec.bad.kind, relation: inRels[0].id, zh: inRels[0].zh } };
    table.push({ file, spec, nrel: d.rels.length, bad: { line: L.line, old, new: nw } });
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), answers.map(r => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'relations.json'), JSON.stringify(rj, null, 1) + '\n');
  fs.writeFileSync(path.join(OUT, 'README.md'), readme(table));
}

main().catch(e => { console.error(e); process.exit(1); });

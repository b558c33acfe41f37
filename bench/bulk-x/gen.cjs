'use strict';
// 盲测语料生成器：汐澄县财政局收件箱（虚构）。node gen.cjs，每次输出字节相同。
process.env.TZ = 'UTC';
const fs = require('fs');
const path = require('path');
const D = require('docx');
const JSZip = require('jszip');
const OUT = __dirname;

// ---------------- 数值工具（金额一律以分计，BigInt） ----------------
const B = BigInt;
function rhu(n, d) { if (d < 0n) { n = -n; d = -d; } if (n < 0n) return -rhu(-n, d); return (2n * n + d) / (2n * d); }
function commas(s) { return s.replace(/\B(?=(\d{3})+(?!\d))/g, ','); }
function fmtS(v, dec, comma) {
  const neg = v < 0n; if (neg) v = -v;
  const s = v.toString().padStart(dec + 1, '0');
  let ip = s.slice(0, s.length - dec); const fp = s.slice(s.length - dec);
  if (comma) ip = commas(ip);
  return (neg ? '-' : '') + ip + (dec ? '.' + fp : '');
}
const P10 = (n) => 10n ** B(n);
// 解析 '1,234.5' 为 {v: BigInt 按 dec 缩放, dec}
function dec(s) { s = String(s).replace(/,/g, ''); const m = s.split('.'); const d = m[1] ? m[1].length : 0; return { v: B(m[0] + (m[1] || '')), d }; }
// 万元字符串 → 分；元字符串 → 分
function W(s) { const x = dec(s); return rhu(x.v * 1000000n, P10(x.d)); }
function Y(s) { const x = dec(s); return rhu(x.v * 100n, P10(x.d)); }
const wan = (fen, d = 2, c = false) => fmtS(rhu(fen * P10(d), 1000000n), d, c);
const yuan = (fen, d = 2, c = true) => fmtS(rhu(fen * P10(d), 100n), d, c);
const pct = (num, den, d = 2) => fmtS(rhu(num * 100n * P10(d), den), d, false);
const ratio = (num, den, d = 2) => fmtS(rhu(num * P10(d), den), d, false);
const sum = (a) => a.reduce((x, y) => x + y, 0n);

// ---------------- 报告上下文 ----------------
class Ctx {
  constructor(ovr) { this.figs = {}; this.order = []; this.rels = []; this.ovr = ovr || {}; }
  f(id, text, kind, extra) {
    if (this.figs[id]) throw new Error('dup fig ' + id);
    const t = this.ovr[id] !== undefined ? this.ovr[id] : text;
    this.figs[id] = Object.assign({ id, text: t, clean: text, kind }, extra || {});
    this.order.push(id);
    return '\u0001' + id + '\u0002';
  }
  r(type, o) { this.rels.push(Object.assign({ type }, o)); }
}
// 展开标记：返回 {text, figs:[{id,col}]}
function expand(s, ctx) {
  let out = ''; const figs = [];
  const re = /\u0001([^\u0002]+)\u0002/g; let last = 0, m;
  while ((m = re.exec(s))) {
    out += s.slice(last, m.index);
    const fg = ctx.figs[m[1]];
    figs.push({ id: m[1], col: out.length });
    out += fg.text; last = re.lastIndex;
  }
  out += s.slice(last);
  return { text: out, figs };
}
function cellText(c) { return c == null ? '' : (typeof c === 'string' ? c : c.v); }

// ---------------- Markdown ----------------
function renderMd(blocks, ctx) {
  const lines = []; const pos = {};
  const put = (s) => { const e = expand(s, ctx); for (const f of e.figs) pos[f.id] = { line: lines.length, col: f.col }; lines.push(e.text); };
  for (const b of blocks) {
    if (b.t === 'title') { put('# ' + b.text); lines.push(''); }
    else if (b.t === 'h') { put(b.bold ? '**' + b.text + '**' : '#'.repeat(b.lvl + 1) + ' ' + b.text); lines.push(''); }
    else if (b.t === 'p') { put(b.text); if (!b.tight) lines.push(''); }
    else if (b.t === 'gap') { lines.push(''); }
    else if (b.t === 'unit') { put(b.text); lines.push(''); }
    else if (b.t === 'table') {
      b.rows.forEach((r, i) => {
        let s = '| ' + r.map(cellText).join(' | ') + ' |';
        if (b.noClose) s = s.replace(/ \|$/, '');
        put(s);
        if (i === 0) lines.push('|' + r.map(() => ' --- ').join('|') + (b.noClose ? '' : '|'));
      });
      lines.push('');
    } else if (b.t === 'pb') { /* 无 */ }
    else throw new Error('md block ' + b.t);
  }
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return { lines, pos };
}

// ---------------- 纯文本（PDF 复制，硬换行，页眉页脚） ----------------
function wrapPara(s, ctx, W, indent) {
  // 将段落切成原子片段：图形数字（figure）、ASCII 连续串、单字
  const out = []; // {text, figs:[{id,col}]}
  let cur = indent ? '\u3000\u3000' : ''; let curFigs = [];
  const push = () => { out.push({ text: cur, figs: curFigs }); cur = ''; curFigs = []; };
  const re = /\u0001([^\u0002]+)\u0002|[0-9A-Za-z.,%\-+·]+|[\s\S]/g; let m;
  while ((m = re.exec(s))) {
    if (m[1]) {
      const fg = ctx.figs[m[1]];
      if (fg.split) {
        const num = fg.text.match(/^[-\d,.]+/)[0];
        if (cur.length + num.length > W + 3) push();
        curFigs.push({ id: fg.id, col: cur.length }); cur += num; push(); cur = fg.text.slice(num.length);
        continue;
      }
      if (cur.length + fg.text.length > W && cur.length) push();
      curFigs.push({ id: fg.id, col: cur.length }); cur += fg.text;
    } else {
      const t = m[0];
      if (cur.length + t.length > W && cur.length) push();
      cur += t;
    }
  }
  if (cur.length) push();
  return out;
}
function renderTxt(blocks, ctx, opt) {
  const W = opt.width; const lines = []; const pos = {};
  const add = (e) => { for (const f of e.figs) pos[f.id] = { line: lines.length, col: f.col }; lines.push(e.text); };
  for (const b of blocks) {
    if (b.t === 'title' || b.t === 'h') { for (const e of wrapPara(b.text, ctx, W, false)) add(e); }
    else if (b.t === 'p' || b.t === 'unit') { for (const e of wrapPara(b.text, ctx, W, b.t === 'p' && !b.noIndent)) add(e); }
    else if (b.t === 'gap') { lines.push(''); }
    else if (b.t === 'table') {
      b.rows.forEach((r, i) => {
        let s = r.map(cellText).join('\t');
        if (b.trailTab && (b.trailTab === true || b.trailTab.includes(i))) s += '\t';
        add(expand(s, ctx));
      });
    } else if (b.t === 'pb') { }
    else throw new Error('txt block ' + b.t);
  }
  // 插入页脚 "— n —" 与页眉
  const res = []; const map = [];
  let page = 1;
  const per = opt.perPage;
  for (let i = 0; i < lines.length; i++) {
    if (i > 0 && i % per === 0) {
      res.push(''); res.push(opt.footer(page)); page++; res.push(opt.header); res.push('');
    }
    map[i] = res.length; res.push(lines[i]);
  }
  res.push(''); res.push(opt.footer(page));
  const pos2 = {};
  for (const k in pos) pos2[k] = { line: map[pos[k].line], col: pos[k].col };
  return { lines: res, pos: pos2 };
}

// ---------------- Word ----------------
function docxParas(blocks, ctx) {
  // 返回逻辑段落序列（含表格单元格段落）及 docx 子元素
  const logical = []; const children = []; const pos = {};
  let numInst = 0;
  const para = (s, opts) => {
    const e = expand(s, ctx);
    const idx = logical.length; logical.push(e.text);
    for (const f of e.figs) pos[f.id] = { li: idx, col: f.col };
    const run = new D.TextRun(Object.assign({ text: e.text, font: '仿宋_GB2312' }, opts && opts.run || {}));
    return new D.Paragraph(Object.assign({ children: [run] }, opts && opts.p || {}));
  };
  for (const b of blocks) {
    if (b.t === 'title') children.push(para(b.text, { p: { alignment: D.AlignmentType.CENTER }, run: { bold: true, size: 36 } }));
    else if (b.t === 'h') {
      if (b.bold) children.push(para(b.text, { run: { bold: true } }));
      else children.push(para(b.text, { p: { heading: [D.HeadingLevel.HEADING_1, D.HeadingLevel.HEADING_2, D.HeadingLevel.HEADING_3][b.lvl - 1] } }));
    } else if (b.t === 'p') {
      if (b.num) { if (b.num === 'start') numInst++; children.push(para(b.text, { p: { numbering: { reference: 'lst', level: 0, instance: numInst } } })); }
      else children.push(para(b.text, { p: { indent: { firstLine: 640 } } }));
    } else if (b.t === 'unit') children.push(para(b.text, { p: { alignment: D.AlignmentType.RIGHT } }));
    else if (b.t === 'gap') { }
    else if (b.t === 'pb') { logical.push(''); children.push(new D.Paragraph({ children: [new D.PageBreak()] })); }
    else if (b.t === 'table') {
      const rows = b.rows.map((r, i) => new D.TableRow({
        tableHeader: i < (b.head || 1),
        children: r.filter((c) => c !== null && !(c && c.cover)).map((c) => {
          const o = typeof c === 'string' ? { v: c } : c;
          const cell = { children: [para(o.v, i < (b.head || 1) || o.b ? { run: { bold: true } } : null)] };
          if (o.rs) cell.rowSpan = o.rs;
          if (o.cs) cell.columnSpan = o.cs;
          return new D.TableCell(cell);
        }),
      }));
      children.push(new D.Table({ rows, width: { size: 100, type: D.WidthType.PERCENTAGE } }));
    } else throw new Error('docx block ' + b.t);
  }
  return { logical, children, pos };
}
const FIXED = new Date(Date.UTC(2025, 2, 20, 8, 30, 0));
async function buildDocx(blocks, ctx) {
  const r = docxParas(blocks, ctx);
  const doc = new D.Document({
    creator: '汐澄县财政局', title: '绩效自评报告', description: '',
    numbering: { config: [{ reference: 'lst', levels: [{ level: 0, format: D.LevelFormat.DECIMAL, text: '%1.', alignment: D.AlignmentType.START }] }] },
    sections: [{ children: r.children }],
  });
  const buf = await D.Packer.toBuffer(doc);
  const z = await JSZip.loadAsync(buf);
  const names = Object.keys(z.files).filter((n) => !z.files[n].dir).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a < b ? -1 : a > b ? 1 : 0));
  const nz = new JSZip();
  for (const n of names) {
    let c = await z.file(n).async('string');
    if (n === 'docProps/core.xml') {
      c = c.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-03-18T09:00:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-03-19T16:45:00Z$2');
    }
    nz.file(n, c, { date: FIXED, createFolders: false });
  }
  const out = await nz.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  // 对应逻辑段落 → document.xml 中的 <w:p> 序号
  const xml = await z.file('word/document.xml').async('string');
  const xp = xmlParas(xml);
  const li2x = []; let j = 0;
  for (let i = 0; i < r.logical.length; i++) {
    while (j < xp.length && xp[j] !== r.logical[i]) j++;
    if (j >= xp.length) throw new Error('docx paragraph mapping failed at ' + r.logical[i]);
    li2x[i] = j; j++;
  }
  const pos = {};
  for (const k in r.pos) pos[k] = { line: li2x[r.pos[k].li], col: r.pos[k].col };
  return { buf: out, lines: xp, pos };
}
function unesc(s) { return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&'); }
function xmlParas(xml) {
  const res = []; const re = /<w:p[ >][\s\S]*?<\/w:p>|<w:p\/>/g; let m;
  while ((m = re.exec(xml))) {
    let t = ''; const tr = /<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g; let k;
    while ((k = tr.exec(m[0]))) t += unesc(k[1]);
    res.push(t);
  }
  return res;
}


// ---------------- 公共文字 ----------------
const CITY = '澜州市', COUNTY = '汐澄县';
const CN = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
function gradeOf(totScaled, d) { const t = totScaled; const u = P10(d); if (t >= 90n * u) return '优'; if (t >= 80n * u) return '良'; if (t >= 60n * u) return '中'; return '差'; }
function cmpText(cmp, t) { // 目标值写法
  if (cmp === '≥' || cmp === '≤') return [cmp, ''];
  if (cmp === '不低于' || cmp === '不超过' || cmp === '达到') return [cmp, ''];
  if (cmp === '以上') return ['', '以上'];
  if (cmp === '以内') return ['', '以内'];
  return ['', ''];
}
const isLe = (cmp) => cmp === '≤' || cmp === '不超过' || cmp === '以内';
// 指标得分：达标得满分，否则按比例
function indScore(ind, sd) {
  const a = dec(ind.a), t = dec(ind.t); const dd = Math.max(a.d, t.d);
  const av = a.v * P10(dd - a.d), tv = t.v * P10(dd - t.d); const w = B(ind.w);
  const met = isLe(ind.cmp) ? av <= tv : av >= tv;
  if (met) return w * P10(sd);
  return isLe(ind.cmp) ? rhu(w * tv * P10(sd), av) : rhu(w * av * P10(sd), tv);
}
function ordList(style, i) {
  if (style === 'dun') return (i + 1) + '、';
  if (style === 'par') return '（' + (i + 1) + '）';
  if (style === 'circ') return '①②③④⑤⑥⑦⑧⑨'[i];
  if (style === 'dot') return (i + 1) + '.';
  if (style === 'cn') return ['一是', '二是', '三是', '四是', '五是'][i];
  return '';
}

// ---------------- 项目支出报告模板 ----------------
function project(s, c) {
  const bl = []; const fmt = s.fmt;
  const H = (lvl, text) => bl.push({ t: 'h', lvl, text, bold: s.boldH && lvl >= (s.boldFrom || 1) });
  const Pp = (text, o) => bl.push(Object.assign({ t: 'p', text }, o || {}));
  const wf = (fen) => wan(fen, 2, !!s.wcomma);
  const F = (id, text, kind, ex) => c.f(id, text, kind, ex);
  const init = s.init, add = s.add || 0n, cut = s.cut || 0n;
  const full = init + add - cut, spent = s.spent, bal = full - spent;
  const rd = s.rd === undefined ? 2 : s.rd;
  const list = (items, style) => {
    items.forEach((t, i) => {
      if (fmt === 'docx' && style !== 'cn') Pp(t, { num: i === 0 ? 'start' : 'cont' });
      else Pp(ordList(style, i) + t, { tight: fmt === 'md' && i < items.length - 1 });
    });
  };
  bl.push({ t: 'title', text: s.title || `${s.org}${s.year || 2024}年度${s.name}项目支出绩效自评报告` });
  if (s.toLine) Pp(s.toLine, { noIndent: true });
  Pp(s.pre || `根据《${COUNTY}财政局关于开展${s.year || 2024}年度预算绩效自评工作的通知》（汐财绩〔2025〕${s.notice || 3}号）要求，${s.org}对${s.name}项目开展了绩效自评，现将有关情况报告如下。`);
  H(1, '一、项目基本情况');
  H(2, '（一）项目概况');
  for (const t of s.intro) Pp(t);
  H(2, '（二）绩效目标');
  if (Array.isArray(s.goal)) list(s.goal, s.goalStyle || 'dun'); else Pp(s.goal);
  H(1, '二、项目资金使用及管理情况');
  H(2, '（一）资金安排情况');
  // 预算安排
  if (s.adjTable) {
    Pp(`项目资金安排及调整情况见下表。`);
    bl.push({ t: 'unit', text: '单位：万元' });
    const rows = [['资金来源', '年初预算', '调整数', '全年预算', '文号']];
    const adj = add - cut;
    const adjTxt = adj < 0n ? '(' + wf(-adj) + ')' : wf(adj);
    rows.push([s.adjTable.src, F('init', wf(init), 'money', { unit: '万元' }), F('adj', adjTxt, 'money', adj < 0n ? { unit: '万元', neg: true } : { unit: '万元' }), F('full', wf(full), 'money', { unit: '万元' }), s.adjTable.doc]);
    bl.push({ t: 'table', rows, head: 1, trailTab: s.trailTab });
    c.r('sum', { total: 'full', parts: ['init', 'adj'] });
  } else {
    let t = `${s.year || 2024}年初预算安排${s.name}资金${F('init', wf(init) + '万元', 'money')}`;
    const parts = ['init']; const signs = [1];
    if (add) { t += `，${s.addWhy || '年中追加'}${F('add', wf(add) + '万元', 'money')}`; parts.push('add'); signs.push(1); }
    if (cut) { t += `，${s.cutWhy || '年中压减'}${F('cut', wf(cut) + '万元', 'money')}`; parts.push('cut'); signs.push(-1); }
    t += `，全年预算${F('full', wf(full) + '万元', 'money')}。`;
    if (s.budgetTail) t += s.budgetTail;
    Pp(t);
    c.r('sum', { total: 'full', parts, signs });
  }
  H(2, '（二）资金使用情况');
  {
    const balTxt = bal === 0n ? (s.zeroBal || '0.00万元') : wf(bal) + '万元';
    const rateTxt = pct(spent, full, rd) + '%';
    let t = s.spentLead || `截至${s.year || 2024}年12月31日，`;
    t += `实际支出${F('spent', wf(spent) + '万元', 'money', s.splitSpent ? { split: true } : undefined)}，`;
    t += `结余${F('bal', balTxt, 'money')}${s.balTail || ''}，预算执行率${F('rate', rateTxt, 'pct')}。`;
    Pp(t);
    c.r('sum', { total: 'full', parts: ['spent', 'bal'] });
    c.r('ratio', { value: 'rate', num: 'spent', den: 'full' });
  }
  // 明细表
  if (s.items) {
    const iu = s.itemUnit || '万元';
    const fm = iu === '元' ? (v) => yuan(v) : (v) => wf(v);
    Pp(s.itemLead || '资金支出明细如下：');
    if (fmt !== 'md' || s.mdUnitLine) bl.push({ t: 'unit', text: '单位：' + iu });
    const hdr = s.itemHdr || ['序号', '支出内容', `金额（${iu}）`, '备注'];
    const rows = [hdr];
    s.items.forEach((it, i) => {
      const r = [String(i + 1), it.n, it.y === 0n && it.dash ? '—' : F('it' + i, fm(it.y), 'money', { unit: iu })];
      r.push(it.note || '');
      rows.push(r);
    });
    rows.push(['合计', '', F('itot', fm(sum(s.items.map((x) => x.y))), 'money', { unit: iu }), s.totNote || '']);
    bl.push({ t: 'table', rows, head: 1, noClose: s.itemNoClose, trailTab: s.trailTab });
    c.r('sum', { total: 'itot', parts: s.items.map((it, i) => (it.y === 0n && it.dash ? null : 'it' + i)).filter(Boolean) });
    if (!s.itemsNotSpent) c.r('eq', { a: 'itot', b: 'spent' });
  }
  if (s.itemText) {
    // 文字中复述明细金额（可能跨 元/万元）
    for (const k of s.itemText) {
      const it = s.items[k.i]; const txt = (k.unit === '元' ? yuan(it.y) : wf(it.y)) + k.unit;
      Pp(k.pre + F('itx' + k.i, txt, 'money') + k.post);
      c.r('eq', { a: 'itx' + k.i, b: 'it' + k.i });
    }
  }
  if (s.share) {
    const sh = s.share; const it = s.items[sh.i];
    Pp(sh.pre + F('share', pct(it.y, sum(s.items.map((x) => x.y)), sh.d) + '%', 'pct') + sh.post);
    c.r('ratio', { value: 'share', num: 'it' + sh.i, den: 'itot' });
  }
  if (s.avg) {
    const a = s.avg; const money = a.i === undefined ? spent : s.items[a.i].y;
    const num = a.i === undefined ? 'spent' : 'it' + a.i;
    const av = a.unit === '元' ? yuan(rhu(money, B(a.cnt)), a.d || 0, true) : wan(rhu(money, B(a.cnt)), a.d === undefined ? 2 : a.d);
    // 注意：户均按分四舍五入后再按显示位数取整
    const avExact = a.unit === '元' ? fmtS(rhu(money * P10(a.d || 0), B(a.cnt) * 100n), a.d || 0, true) : fmtS(rhu(money * P10(a.d === undefined ? 2 : a.d), B(a.cnt) * 1000000n), a.d === undefined ? 2 : a.d, false);
    void av;
    Pp(a.pre + F('cnt', commas(String(a.cnt)) + a.cu, 'count') + a.mid + F('avg', avExact + a.unit, 'money') + a.post);
    c.r('avg', { value: 'avg', num, den: 'cnt' });
  }
  if (s.last) {
    const g = s.last; const gv = pct(spent - g.fen, g.fen, g.d === undefined ? 1 : g.d);
    const neg = gv.startsWith('-');
    let gtxt, ex = {};
    if (neg && g.word) { gtxt = gv.slice(1) + '%'; ex.neg = true; } else gtxt = gv + '%';
    const w = neg ? (g.word ? '下降' : '变动') : '增长';
    Pp(`${g.pre}${F('last', wf(g.fen) + '万元', 'money')}，本年实际支出较上年${w}${F('growth', gtxt, 'pct', ex)}${g.post}`);
    c.r('growth', { value: 'growth', cur: 'spent', prev: 'last' });
  }
  if (s.extraUse) for (const t of s.extraUse) Pp(t);
  H(2, '（三）资金管理情况');
  for (const t of s.mgmt) Pp(t);
  // 绩效
  H(1, '三、项目绩效目标完成情况');
  const sd = s.st ? (s.st.sd === undefined ? 2 : s.st.sd) : 2;
  const inds = s.ind.map((d) => Object.assign({}, d));
  inds.forEach((d, i) => { if (d.t !== undefined && !d.q) d.s = indScore(d, sd); else d.s = B(d.w) * P10(sd); if (d.sOver !== undefined) d.s = d.sOver; });
  const byL1 = [];
  for (const d of inds) { let g = byL1.find((x) => x.l1 === d.l1); if (!g) { g = { l1: d.l1, list: [] }; byL1.push(g); } g.list.push(d); }
  byL1.forEach((g, gi) => {
    H(2, `（${CN[gi + 1]}）${g.l1}完成情况`);
    const sents = [];
    g.list.forEach((d) => {
      const i = inds.indexOf(d);
      if (d.narr && !d.q) {
        sents.push(`${d.l3}${d.narrVerb || '实际完成'}${F('na' + i, d.a + d.u, d.u === '%' ? 'pct' : 'count')}${d.narrTail || ''}`);
        c.r('eq', { a: 'na' + i, b: 'ia' + i });
      } else if (d.say) sents.push(d.say);
    });
    if (g.l1 === '效益指标' && s.benefit) sents.push(s.benefit);
    if (sents.length) Pp(sents.join('；') + '。');
    else Pp(s.st ? `${g.l1}具体完成情况见绩效自评表。` : `${g.l1}总体完成。`);
  });
  if (s.perfExtra) for (const t of s.perfExtra) Pp(t);
  let totFen = null;
  const rateStr = pct(spent, full, rd);
  // 自评表
  const stw = s.st ? (s.st.w || 10) : 10;
  const rd2 = s.st && s.st.rd !== undefined ? s.st.rd : rd;
  const rateStr2 = pct(spent, full, rd2);
  const rsc = (() => { const r = dec(rateStr2); const cap = 100n * P10(r.d); const rv = r.v > cap ? cap : r.v; return rhu(rv * B(stw) * P10(sd), cap); })();
  totFen = rsc + sum(inds.map((d) => d.s));
  if (s.scoreText) {
    Pp(`经自评，该项目综合得分${F('tott', fmtS(totFen, sd, false) + '分', 'score')}，自评等级为“${F('gradet', gradeOf(totFen, sd), 'grade')}”。`);
  }
  H(1, '四、存在的问题及原因分析');
  list(s.problems, s.probStyle || 'dun');
  H(1, '五、下一步改进措施');
  list(s.measures, s.measStyle || 'dun');
  if (s.st) scoreTable(s, c, bl, { full, spent, init, rateStr2, rsc, inds, sd, stw, totFen });
  if (s.sign) for (const t of s.sign) Pp(t, { noIndent: true, tight: s.fmt === 'md' });
  return bl;
}

function scoreTable(s, c, bl, v) {
  const st = s.st; const F = (id, text, kind, ex) => c.f(id, text, kind, ex); const fmt = s.fmt;
  const wf = (fen) => wan(fen, 2, !!s.wcomma);
  const sdS = (x) => fmtS(x, v.sd, false);
  if (st.head) bl.push(st.head.lvl ? { t: 'h', lvl: st.head.lvl, text: st.head.text, bold: st.head.bold } : { t: 'p', text: st.head, noIndent: true });
  else bl.push({ t: 'p', text: `附件：${s.year || 2024}年度项目支出绩效自评表`, noIndent: true });
  const indRows = [];
  // 指标行
  const l1Count = {};
  v.inds.forEach((d) => { l1Count[d.l1] = (l1Count[d.l1] || 0) + 1; });
  const seen = {};
  v.inds.forEach((d, i) => {
    const first = !seen[d.l1]; seen[d.l1] = true;
    let l1cell;
    if (fmt === 'docx') l1cell = first ? { v: d.l1, rs: l1Count[d.l1] } : null;
    else l1cell = first || st.repeatL1 ? d.l1 : '';
    let tcell, acell;
    if (d.q) { tcell = d.t; acell = d.a; }
    else {
      const [pre, post] = cmpText(d.cmp, d.t);
      tcell = pre + F('it_' + i, d.t + d.u, d.u === '%' ? 'pct' : 'count') + post;
      acell = F('ia' + i, d.a + d.u, d.u === '%' ? 'pct' : 'count');
    }
    const wcell = F('iw' + i, String(d.w), 'weight');
    const scell = F('is' + i, sdS(d.s), 'score');
    const row = [l1cell, d.l2, d.l3, tcell, acell, wcell, scell];
    if (st.dev !== false) row.push(d.dev || '');
    indRows.push(row);
    if (!d.q) c.r('ind_score', { score: 'is' + i, weight: 'iw' + i, target: 'it_' + i, actual: 'ia' + i, cmp: isLe(d.cmp) ? 'le' : 'ge' });
  });
  const ncol = st.dev !== false ? 8 : 7;
  const fundUnit = '万元';
  const rateCell = F('srate', v.rateStr2 + '%', 'pct');
  const rs = F('srs', sdS(v.rsc), 'score');
  const rw = F('srw', String(v.stw), 'weight');
  c.r('ratio', { value: 'srate', num: 'sspent', den: 'sfull' });
  c.r('rate_score', { score: 'srs', rate: 'srate', weight: 'srw' });
  const tables = [];
  if (st.layout === 'full') {
    const rows = [];
    const sp = (n) => Array(n).fill(null);
    const C = (v1, cs) => (fmt === 'docx' ? { v: v1, cs } : v1);
    const padTo = (arr, cs) => (fmt === 'docx' ? [C(arr, cs)] : [arr].concat(Array(cs - 1).fill('')));
    rows.push([].concat(padTo('项目名称', 2), padTo(s.name, ncol - 2)));
    rows.push([].concat(padTo('主管部门', 2), padTo(s.dept, 2), padTo('实施单位', 2), padTo(s.org, ncol - 6)));
    rows.push([].concat(padTo('项目资金（万元）', 2), ['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'], ncol === 8 ? [] : []));
    rows.push([].concat(padTo('年度资金总额', 2), [F('sinit', wf(v.init), 'money', { unit: fundUnit }), F('sfull', wf(v.full), 'money', { unit: fundUnit }), F('sspent', wf(v.spent), 'money', { unit: fundUnit }), rw, rateCell, rs]));
    c.r('eq', { a: 'sinit', b: 'init' }); c.r('eq', { a: 'sfull', b: 'full' }); c.r('eq', { a: 'sspent', b: 'spent' });
    if (st.carry !== undefined) {
      const cy = st.carry;
      rows.push([].concat(padTo('其中：当年财政拨款', 2), [F('sinit1', wf(v.init - cy), 'money', { unit: fundUnit }), F('sfull1', wf(v.full - cy), 'money', { unit: fundUnit }), F('sspent1', wf(v.spent - cy), 'money', { unit: fundUnit }), '—', '—', '—']));
      rows.push([].concat(padTo('上年结转资金', 2), [F('sinit2', wf(cy), 'money', { unit: fundUnit }), F('sfull2', wf(cy), 'money', { unit: fundUnit }), F('sspent2', wf(cy), 'money', { unit: fundUnit }), '—', '—', '—']));
      rows.push([].concat(padTo('其他资金', 2), ['', '', '', '—', '—', '—']));
      c.r('sum', { total: 'sinit', parts: ['sinit1', 'sinit2'] });
      c.r('sum', { total: 'sfull', parts: ['sfull1', 'sfull2'] });
      c.r('sum', { total: 'sspent', parts: ['sspent1', 'sspent2'] });
    } else {
      rows.push([].concat(padTo('其中：当年财政拨款', 2), [F('sinit1', wf(v.init), 'money', { unit: fundUnit }), F('sfull1', wf(v.full), 'money', { unit: fundUnit }), F('sspent1', wf(v.spent), 'money', { unit: fundUnit }), '—', '—', '—']));
      rows.push([].concat(padTo('上年结转资金', 2), ['0.00', '0.00', '0.00', '—', '—', '—']));
      c.r('eq', { a: 'sinit1', b: 'sinit' }); c.r('eq', { a: 'sfull1', b: 'sfull' }); c.r('eq', { a: 'sspent1', b: 'sspent' });
    }
    rows.push([].concat(padTo('年度总体目标', 2), padTo('预期目标', 3), padTo('实际完成情况', ncol - 5)));
    rows.push([].concat(padTo('', 2), padTo(st.goalT, 3), padTo(st.goalA, ncol - 5)));
    const ih = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
    if (ncol === 8) ih.push('偏差原因分析及改进措施');
    const head1 = rows.length;
    rows.push(ih);
    for (const r of indRows) rows.push(r);
    const totRow = [];
    tables.push({ rows, head: 3, split: st.split, ih, head1 });
  } else {
    // split：资金表 + 指标表
    const r1 = [['项目名称', s.name, '实施单位', s.org, '', ''], ['资金（万元）', '年初预算数', '全年预算数', '全年执行数', '执行率', '分值', '得分']];
    r1[0] = fmt === 'docx' ? ['项目名称', { v: s.name, cs: 2 }, '实施单位', { v: s.org, cs: 3 }] : ['项目名称', s.name, '', '实施单位', s.org, '', ''];
    r1.push(['年度资金总额', F('sinit', wf(v.init), 'money', { unit: fundUnit }), F('sfull', wf(v.full), 'money', { unit: fundUnit }), F('sspent', wf(v.spent), 'money', { unit: fundUnit }), rateCell, rw, rs]);
    c.r('eq', { a: 'sinit', b: 'init' }); c.r('eq', { a: 'sfull', b: 'full' }); c.r('eq', { a: 'sspent', b: 'spent' });
    tables.push({ rows: r1, head: 2, unitLine: true });
    const ih = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分'];
    if (ncol === 8) ih.push('偏差原因');
    tables.push({ rows: [ih].concat(indRows), head: 1, split: st.split, ih, head1: 0 });
  }
  // 总分
  const last = tables[tables.length - 1];
  const allW = ['srw'].concat(v.inds.map((d, i) => 'iw' + i));
  const allS = ['srs'].concat(v.inds.map((d, i) => 'is' + i));
  if (!st.noTotal) {
    const g = gradeOf(v.totFen, v.sd);
    const tot = F('tot', sdS(v.totFen), 'score');
    const wt = st.wtot ? F('wtot', '100', 'weight') : '100';
    let row;
    if (fmt === 'docx') row = [{ v: '总分', cs: 5 }, wt, tot].concat(ncol === 8 ? [st.gradeInTable ? '自评等级：' + F('grade', g, 'grade') : ''] : []);
    else row = ['总分', '', '', '', '', wt, tot].concat(ncol === 8 ? [st.gradeInTable ? '自评等级：' + F('grade', g, 'grade') : ''] : []);
    last.rows.push(row);
    c.r('score_total', { total: 'tot', parts: allS });
    if (st.wtot) c.r('score_total', { total: 'wtot', parts: allW });
    if (st.gradeInTable) c.r('grade', { grade: 'grade', total: 'tot' });
    if (s.scoreText) { c.r('eq', { a: 'tott', b: 'tot' }); c.r('grade', { grade: 'gradet', total: 'tot' }); }
  } else {
    if (fmt === 'docx') last.rows.push([{ v: '总分', cs: 5 }, '', ''].concat(ncol === 8 ? [''] : []));
    else last.rows.push(['总分', '', '', '', '', '', ''].concat(ncol === 8 ? [''] : []));
    if (s.scoreText) { c.r('score_total', { total: 'tott', parts: allS }); c.r('grade', { grade: 'gradet', total: 'tott' }); }
  }
  for (const t of tables) {
    if (fmt !== 'md' || t.unitLine) bl.push({ t: 'unit', text: t.unitLine ? '金额单位：万元' : '单位：万元、%、分' });
    if (t.split && fmt === 'docx') {
      const cut = t.split + (t.head1 || 0) + 1;
      const a = t.rows.slice(0, cut), b = t.rows.slice(cut);
      // 拆分处若遇纵向合并，重写合并
      fixMerge(a); fixMerge(b, t.rows, cut);
      bl.push({ t: 'table', rows: a, head: t.head });
      bl.push({ t: 'pb' });
      bl.push({ t: 'table', rows: [t.ih].concat(b), head: 1 });
    } else bl.push({ t: 'table', rows: t.rows, head: t.head, noClose: st.noClose, trailTab: s.trailTab });
  }
  if (st.after) for (const t of st.after) bl.push({ t: 'p', text: t });
}
// 拆表时修正 rowSpan
function fixMerge(rows, all, off) {
  // 对第一部分：截断 rs；对第二部分：首行若为被覆盖单元，则补出原单元格内容
  if (!all) {
    rows.forEach((r, i) => r.forEach((cell, j) => { if (cell && typeof cell === 'object' && cell.rs && i + cell.rs > rows.length) r[j] = Object.assign({}, cell, { rs: rows.length - i }); }));
    return;
  }
  if (rows.length && rows[0][0] === null) {
    // 向上寻找
    for (let k = off - 1; k >= 0; k--) { const c0 = all[k][0]; if (c0 && typeof c0 === 'object' && c0.rs) { const remain = k + c0.rs - off; rows[0][0] = { v: c0.v + '（续）', rs: remain }; break; } }
  }
}

// ---------------- 部门整体支出报告模板 ----------------
function dept(s, c) {
  const bl = []; const fmt = s.fmt;
  const H = (lvl, text) => bl.push({ t: 'h', lvl, text, bold: s.boldH && lvl >= (s.boldFrom || 1) });
  const Pp = (text, o) => bl.push(Object.assign({ t: 'p', text }, o || {}));
  const wf = (fen) => wan(fen, 2, !!s.wcomma);
  const F = (id, text, kind, ex) => c.f(id, text, kind, ex);
  const list = (items, style) => items.forEach((t, i) => {
    if (fmt === 'docx' && style !== 'cn') Pp(t, { num: i === 0 ? 'start' : 'cont' });
    else Pp(ordList(style, i) + t, { tight: fmt === 'md' && i < items.length - 1 });
  });
  const ry = s.ry, gy = s.gy, basic = ry + gy, proj = sum(s.projs.map((p) => p.sp));
  const spent = basic + proj; const full = s.init + s.adj; const bal = full - spent; const rd = s.rd === undefined ? 2 : s.rd;
  bl.push({ t: 'title', text: s.title });
  Pp(s.pre);
  H(1, '一、部门（单位）基本情况');
  H(2, '（一）主要职能');
  list(s.duty, s.dutyStyle || 'dun');
  H(2, '（二）机构和人员情况');
  Pp(`${s.orgs}截至2024年末，${s.org}核定编制${F('bz', s.bz + '名', 'count')}，在职${F('zz', s.zz + '人', 'count')}，在职人员控制率${F('ctl', pct(B(s.zz), B(s.bz), s.ctlD === undefined ? 2 : s.ctlD) + '%', 'pct')}${s.staffTail || ''}。`);
  c.r('ratio', { value: 'ctl', num: 'zz', den: 'bz' });
  H(1, '二、部门整体支出情况');
  H(2, '（一）预算安排情况');
  {
    const adjTxt = s.adj < 0n ? `年中调减${F('adj', wf(-s.adj) + '万元', 'money', { neg: true })}` : `年中追加${F('adj', wf(s.adj) + '万元', 'money')}`;
    Pp(`2024年年初预算${F('init', wf(s.init) + '万元', 'money')}，${adjTxt}，全年预算${F('full', wf(full) + '万元', 'money')}。${s.budgetTail || ''}`);
    c.r('sum', { total: 'full', parts: ['init', 'adj'] });
  }
  H(2, '（二）支出执行情况');
  {
    const balTxt = bal === 0n ? '0元' : wf(bal) + '万元';
    Pp(`全年实际支出${F('spent', wf(spent) + '万元', 'money')}，预算执行率${F('rate', pct(spent, full, rd) + '%', 'pct')}，年末结余结转${F('bal', balTxt, 'money')}${s.balTail || ''}。其中：基本支出${F('basic', wf(basic) + '万元', 'money')}（人员经费${F('ry', wf(ry) + '万元', 'money')}，公用经费${F('gy', wf(gy) + '万元', 'money')}），项目支出${F('proj', wf(proj) + '万元', 'money')}。`);
    c.r('ratio', { value: 'rate', num: 'spent', den: 'full' });
    c.r('sum', { total: 'full', parts: ['spent', 'bal'] });
    c.r('sum', { total: 'spent', parts: ['basic', 'proj'] });
    c.r('sum', { total: 'basic', parts: ['ry', 'gy'] });
    if (s.share) {
      Pp(`基本支出占全部支出的${F('share', pct(basic, spent, s.share.d) + '%', 'pct')}${s.share.post}`);
      c.r('ratio', { value: 'share', num: 'basic', den: 'spent' });
    }
    if (s.perHead) {
      Pp(`${s.perHead.pre}${F('phavg', fmtS(rhu(gy * P10(s.perHead.d || 0), B(s.zz) * 100n), s.perHead.d || 0, true) + '元', 'money')}${s.perHead.post}`);
      c.r('avg', { value: 'phavg', num: 'gy', den: 'zz' });
    }
  }
  H(2, '（三）“三公”经费情况');
  {
    const sg = s.sangong; const iu = sg.unit || '万元';
    const fm = iu === '元' ? (v) => yuan(v) : (v) => wf(v);
    if (fmt !== 'md') bl.push({ t: 'unit', text: '单位：' + iu });
    const rows = [['项目', '2023年决算', '2024年预算', '2024年决算', '较上年增减']];
    sg.rows.forEach((r, i) => {
      let g;
      if (r.last === 0n) g = '—';
      else {
        const gv = pct(r.cur - r.last, r.last, sg.gd === undefined ? 1 : sg.gd);
        g = F('sg' + i + 'g', gv + '%', 'pct');
        c.r('growth', { value: 'sg' + i + 'g', cur: 'sg' + i + 'c', prev: 'sg' + i + 'l' });
      }
      const z = (v, id) => (v === 0n && r.dash ? '—' : F(id, fm(v), 'money', { unit: iu }));
      rows.push([r.n, z(r.last, 'sg' + i + 'l'), z(r.bud, 'sg' + i + 'b'), z(r.cur, 'sg' + i + 'c'), g]);
    });
    const tl = sum(sg.rows.map((r) => r.last)), tb = sum(sg.rows.map((r) => r.bud)), tc = sum(sg.rows.map((r) => r.cur));
    rows.push(['合计', F('sgtl', fm(tl), 'money', { unit: iu }), F('sgtb', fm(tb), 'money', { unit: iu }), F('sgtc', fm(tc), 'money', { unit: iu }), '']);
    for (const [k, tk] of [['l', 'sgtl'], ['b', 'sgtb'], ['c', 'sgtc']]) c.r('sum', { total: tk, parts: sg.rows.map((r, i) => 'sg' + i + k).filter((id) => c.figs[id]) });
    bl.push({ t: 'table', rows, head: 1, noClose: sg.noClose, trailTab: s.trailTab });
    const gv = pct(tc - tl, tl, sg.gd === undefined ? 1 : sg.gd);
    const neg = gv.startsWith('-');
    Pp(`2024年“三公”经费支出${F('sgt', wf(tc) + '万元', 'money')}，较上年${neg ? '下降' : '增长'}${F('sgtg', (neg ? gv.slice(1) : gv) + '%', 'pct', neg ? { neg: true } : undefined)}，${sg.why}`);
    c.r('eq', { a: 'sgt', b: 'sgtc' });
    c.r('growth', { value: 'sgtg', cur: 'sgtc', prev: 'sgtl' });
    if (sg.ctl) {
      Pp(`“三公”经费预算控制率为${F('sgctl', pct(tc, tb, sg.ctl.d) + '%', 'pct')}${sg.ctl.post}`);
      c.r('ratio', { value: 'sgctl', num: 'sgtc', den: 'sgtb' });
    }
  }
  H(2, '（四）项目支出情况');
  {
    const iu = s.projUnit || '万元';
    const fm = iu === '元' ? (v) => yuan(v) : (v) => wf(v);
    Pp(s.projLead);
    if (fmt !== 'md') bl.push({ t: 'unit', text: '单位：' + iu });
    const rows = [['序号', '项目名称', '全年预算', '实际支出', '执行率']];
    s.projs.forEach((p, i) => {
      rows.push([String(i + 1), p.n, F('pb' + i, fm(p.b), 'money', { unit: iu }), F('ps' + i, fm(p.sp), 'money', { unit: iu }), F('pr' + i, pct(p.sp, p.b, s.prd === undefined ? 2 : s.prd) + '%', 'pct')]);
      c.r('ratio', { value: 'pr' + i, num: 'ps' + i, den: 'pb' + i });
    });
    const tb = sum(s.projs.map((p) => p.b));
    rows.push(['', '合计', F('pbt', fm(tb), 'money', { unit: iu }), F('pst', fm(proj), 'money', { unit: iu }), F('prt', pct(proj, tb, s.prd === undefined ? 2 : s.prd) + '%', 'pct')]);
    c.r('sum', { total: 'pbt', parts: s.projs.map((p, i) => 'pb' + i) });
    c.r('sum', { total: 'pst', parts: s.projs.map((p, i) => 'ps' + i) });
    c.r('ratio', { value: 'prt', num: 'pst', den: 'pbt' });
    c.r('eq', { a: 'pst', b: 'proj' });
    bl.push({ t: 'table', rows, head: 1, trailTab: s.trailTab });
    if (s.projText) for (const t of s.projText(F, c)) Pp(t);
  }
  H(1, '三、部门整体绩效情况');
  for (const t of s.perf(F, c)) Pp(t);
  H(1, '四、存在的问题');
  list(s.problems, s.probStyle || 'dun');
  H(1, '五、改进措施及结果应用');
  list(s.measures, s.measStyle || 'dun');
  if (s.st) {
    const v = { full, spent, init: s.init, inds: null };
    const sd = s.st.sd === undefined ? 2 : s.st.sd;
    const inds = s.ind.map((d) => Object.assign({}, d));
    inds.forEach((d) => { d.s = d.q ? B(d.w) * P10(sd) : indScore(d, sd); });
    const stw = s.st.w || 10; const rd2 = s.st.rd === undefined ? rd : s.st.rd;
    const rateStr2 = pct(spent, full, rd2);
    const r = dec(rateStr2); const cap = 100n * P10(r.d); const rsc = rhu((r.v > cap ? cap : r.v) * B(stw) * P10(sd), cap);
    const totFen = rsc + sum(inds.map((d) => d.s));
    scoreTable(Object.assign({}, s, { name: s.stName, dept: s.org }), c, bl, { full, spent, init: s.init, rateStr2, rsc, inds, sd, stw, totFen });
  }
  if (s.sign) for (const t of s.sign) Pp(t, { noIndent: true, tight: fmt === 'md' });
  return bl;
}

// ---------------- 驱动 ----------------
function nthOf(line, text, col) {
  let n = 0, i = -1;
  while ((i = line.indexOf(text, i + 1)) !== -1 && i < col) n++;
  if (line.substr(col, text.length) !== text) throw new Error('figure not at col: ' + text + ' in ' + line);
  return n + 1;
}
function relDesc(r) {
  const t = r.type;
  if (t === 'sum') return `sum ${r.total} = ${r.parts.map((p, i) => (r.signs && r.signs[i] < 0 ? '-' : '+') + p).join(' ')}`;
  if (t === 'ratio') return `ratio ${r.value} = ${r.num} / ${r.den}`;
  if (t === 'avg') return `avg ${r.value} = ${r.num} / ${r.den}`;
  if (t === 'growth') return `growth ${r.value} = (${r.cur} - ${r.prev}) / ${r.prev}`;
  if (t === 'eq') return `eq ${r.a} = ${r.b}`;
  if (t === 'score_total') return `score_total ${r.total} = Σ(${r.parts.join(',')})`;
  if (t === 'grade') return `grade ${r.grade} ← ${r.total}`;
  if (t === 'ind_score') return `ind_score ${r.score} ← ${r.weight},${r.target},${r.actual},${r.cmp}`;
  if (t === 'rate_score') return `rate_score ${r.score} = min(${r.rate},100%) × ${r.weight}`;
  return t;
}
async function main() {
  const SPECS = specs();
  for (const d of ['clean', 'bad']) { fs.rmSync(path.join(OUT, d), { recursive: true, force: true }); fs.mkdirSync(path.join(OUT, d)); }
  const REL = {}; const ANS = [['file', 'line', 'old', 'new', 'kind', 'relation']];
  for (const s of SPECS) {
    const build = (ovr) => { const c = new Ctx(ovr); const bl = (s.kind === '部门整体' ? dept : project)(s, c); return { c, bl }; };
    const { c, bl } = build();
    if (s.eqExtra) for (const [a, b2] of s.eqExtra) c.r('eq', { a, b: b2 });
    let lines, pos, buf;
    if (s.fmt === 'md') ({ lines, pos } = renderMd(bl, c));
    else if (s.fmt === 'txt') ({ lines, pos } = renderTxt(bl, c, s.txt));
    else ({ lines, pos, buf } = await buildDocx(bl, c));
    const figs = [];
    for (const id of c.order) {
      const fg = c.figs[id]; const p = pos[id]; if (!p) throw new Error('no pos ' + id + ' in ' + s.file);
      const e = { id, line: p.line + 1, nth: 0, text: fg.text, kind: fg.kind };
      if (fg.split) {
        const num = fg.text.match(/^[-\d,.]+/)[0];
        e.text = num; e.unit = fg.text.slice(num.length); e.unit_next_line = true;
        if (!lines[p.line + 1].startsWith(e.unit) || !lines[p.line].endsWith(num)) {
          // 跨行断开只在纯文本中出现；若未断开则按整体记录
          e.text = fg.text; delete e.unit; delete e.unit_next_line;
        }
      }
      if (fg.unit && !e.unit) e.unit = fg.unit;
      if (fg.neg) e.neg = true;
      e.nth = nthOf(lines[p.line], e.text, p.col);
      figs.push(e);
    }
    const rels = c.rels.map((r, i) => Object.assign({ n: i + 1 }, r));
    // 坏样本
    const bd = s.bad; const fg = c.figs[bd.id];
    const p = pos[bd.id];
    const rel = rels.find((r) => r.type === bd.rtype && JSON.stringify(r).includes('"' + bd.id + '"'));
    if (!rel) throw new Error('no relation for bad ' + s.file);
    let badBuf, badLines;
    if (s.fmt === 'docx') {
      const b2 = build({ [bd.id]: bd.new });
      const r2 = await buildDocx(b2.bl, b2.c); badBuf = r2.buf;
      const diff = r2.lines.map((l, i) => (l !== lines[i] ? i : -1)).filter((i) => i >= 0);
      if (diff.length !== 1 || diff[0] !== p.line || r2.lines.length !== lines.length) throw new Error('docx bad diff ' + s.file + ' ' + diff);
    } else {
      badLines = lines.slice();
      const L = lines[p.line];
      if (L.substr(p.col, fg.text.length) !== fg.text) throw new Error('bad pos');
      badLines[p.line] = L.slice(0, p.col) + bd.new + L.slice(p.col + fg.text.length);
    }
    const rdesc = 'R' + rel.n + ' ' + relDesc(rel);
    ANS.push([s.file, String(p.line + 1), fg.text, bd.new, bd.kind, rdesc]);
    REL[s.file] = { format: s.fmt, report_kind: s.kind, title: s.titleShort || s.name || s.org, figures: figs, relations: rels };
    if (s.fmt === 'docx') { fs.writeFileSync(path.join(OUT, 'clean', s.file), buf); fs.writeFileSync(path.join(OUT, 'bad', s.file), badBuf); }
    else { fs.writeFileSync(path.join(OUT, 'clean', s.file), lines.join('\n') + '\n'); fs.writeFileSync(path.join(OUT, 'bad', s.file), badLines.join('\n') + '\n'); }
  }
  fs.writeFileSync(path.join(OUT, 'bad', 'ANSWERS.tsv'), ANS.map((r) => r.join('\t')).join('\n') + '\n');
  fs.writeFileSync(path.join(OUT, 'relations.json'), JSON.stringify(REL, null, 1) + '\n');
}

// ---------------- 24 份报告 ----------------
const I = (l1, l2, l3, cmp, t, a, u, w, o) => Object.assign({ l1, l2, l3, cmp, t, a, u, w }, o || {});
const Q = (l1, l2, l3, t, a, w, o) => Object.assign({ l1, l2, l3, t, a, w, q: true }, o || {});
const TXT = (width, perPage, header, foot) => ({ width, perPage, header, footer: foot || ((n) => `— ${n} —`) });
function specs() {
  const S = [];
  // ===== md =====
  S.push({
    file: 'x01-螺屿镇村级组织运转经费自评.md', fmt: 'md', kind: '项目支出', name: '村级组织运转经费', org: '汐澄县螺屿镇人民政府', dept: '汐澄县财政局',
    intro: ['螺屿镇村级组织运转经费由县财政按“基本报酬+办公经费+服务群众专项经费”三块核定，镇财政所统一拨付，村务监督委员会全程监督。', '村级活动场所面积合计1.6万余平方米，均为村集体所有。'],
    goal: ['保障14个行政村组织正常运转，村干部基本报酬按月足额发放；', '村级办公经费和服务群众专项经费专款专用，不挤占挪用；', '村级组织服务群众事项办结率不低于90%。'],
    init: W('168.00'), add: W('12.60'), addWhy: '因村干部报酬标准调整年中追加',
    spent: W('178.92'), balTail: '（已由县财政收回）',
    items: [{ n: '村干部基本报酬', y: W('112.32'), note: '' }, { n: '村级办公经费', y: W('42.00'), note: '' }, { n: '服务群众专项经费', y: W('24.60'), note: '' }],
    itemHdr: ['序号', '支出类别', '金额（万元）', '备注'], eqExtra: [['cnt', 'ia0']],
    avg: { i: 1, pre: '办公经费覆盖全部', cnt: 14, cu: '个行政村', mid: '，村均', unit: '万元', d: 2, post: '，与上年标准持平。' },
    last: { fen: W('171.40'), pre: '上年度该项目实际支出', post: '，主要是村干部报酬标准上调。', d: 1 },
    mgmt: ['镇财政所按《汐澄县村级组织运转经费管理办法》（汐财农〔2022〕19号）拨付资金，村级报账实行“村财镇管”，每季度公开一次收支明细。'],
    ind: [I('产出指标', '数量指标', '保障行政村数', '≥', '14', '14', '个', 20), I('产出指标', '数量指标', '村干部报酬发放人数', '≥', '98', '98', '人', 15, { narr: true, narrVerb: '为' }),
      I('产出指标', '时效指标', '报酬按月发放率', '', '100', '91.7', '%', 10, { dev: '7月因系统升级推迟发放一次，已于8月补发' }),
      I('产出指标', '质量指标', '村级活动场所正常运转率', '≥', '95', '100', '%', 5),
      I('效益指标', '社会效益指标', '服务群众事项办结率', '不低于', '90', '96.5', '%', 20, { narr: true, narrVerb: '为' }),
      Q('效益指标', '可持续影响指标', '村级组织运转保障机制', '长效保障', '已建立', 10),
      I('满意度指标', '服务对象满意度指标', '村民满意度', '≥', '90', '93.2', '%', 10)],
    benefit: '村级组织阵地作用进一步发挥，全年代办群众事项约4,700件',
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, goalT: '保障14个行政村组织正常运转', goalA: '14个村正常运转，报酬发放一次延迟' },
    problems: ['个别村办公经费支出凭证不规范，存在白条入账现象；', '报酬发放依赖县级系统，系统升级期间缺少应急预案。'],
    measures: ['镇财政所每半年开展一次村级财务专项检查；', '与县财政局对接，建立报酬发放应急通道。'],
    sign: ['汐澄县螺屿镇人民政府', '2025年3月12日', '联系人：陈若澜　电话：8762 1035'],
    bad: { id: 'tot', new: '98.08', kind: '自评表总分≠各项得分之和', rtype: 'score_total' },
  });
  S.push({
    file: 'x02-高标准农田建设项目绩效自评.md', fmt: 'md', kind: '项目支出', name: '高标准农田建设', org: '汐澄县农业农村局', dept: '汐澄县农业农村局', wcomma: true,
    intro: ['2024年度高标准农田建设项目位于鸥角镇、苇汀乡两个片区，建设内容包括土地平整、灌溉与排水、田间道路、农田防护与生态环境保持等。', '项目于2024年3月开工，11月底完成县级初验，计划新建面积1.2万亩。'],
    goal: '新建高标准农田12000亩，灌溉保证率不低于85%，工程验收合格率100%，项目区粮食亩产提高50公斤以上。',
    init: W('1860.00'), add: W('240.00'), addWhy: '省级追加', budgetTail: '追加资金文号为澜财农〔2024〕45号。',
    spent: W('2046.35'),
    items: [{ n: '土地平整工程', y: W('612.40') }, { n: '灌溉与排水工程', y: W('803.75') }, { n: '田间道路工程', y: W('398.20') }, { n: '农田防护与生态环境保持工程', y: W('131.50') }, { n: '勘测设计及监理费', y: W('100.50'), note: '含审计费' }],
    itemNoClose: true, eqExtra: [['cnt', 'ia0']],
    avg: { pre: '按项目区实际建成面积', cnt: 12000, cu: '亩', mid: '计算，亩均财政投入', unit: '元', d: 0, post: '。' },
    mgmt: ['项目实行法人制、招投标制、监理制和合同制，资金按工程进度报账，进度款拨付不超过合同价的80%，尾款待竣工审计后拨付。'],
    ind: [I('产出指标', '数量指标', '新建高标准农田面积', '≥', '12000', '12000', '亩', 20),
      I('产出指标', '质量指标', '灌溉保证率', '≥', '85', '87.5', '%', 10, { narr: true, narrVerb: '为' }),
      I('产出指标', '质量指标', '工程验收合格率', '', '100', '100', '%', 10),
      I('产出指标', '时效指标', '项目完工及时率', '≥', '95', '92', '%', 10, { dev: '两个标段受台风“海燕”影响延期' }),
      I('效益指标', '经济效益指标', '项目区粮食亩产提高', '≥', '50', '62', '公斤', 15, { narr: true, narrVerb: '' }),
      I('效益指标', '社会效益指标', '受益农户', '≥', '3000', '3126', '户', 15),
      I('满意度指标', '服务对象满意度指标', '受益农户满意度', '≥', '90', '94', '%', 10)],
    benefit: '项目区新增节水灌溉面积近5,000亩',
    scoreText: true,
    st: { layout: 'split', sd: 2, wtot: true, gradeInTable: false, head: '附表：高标准农田建设项目绩效自评表' },
    problems: ['前期设计深度不足，部分灌排沟渠走向在施工中调整，产生设计变更；', '建后管护责任落实不到位，少数田间道路已出现损坏。'],
    probStyle: 'par', measures: ['提前开展项目储备和设计审查；', '落实“县统筹、镇负责、村实施”的管护机制，管护经费列入预算。'], measStyle: 'par',
    sign: ['汐澄县农业农村局', '2025年3月14日'],
    bad: { id: 'it2', new: '389.20', kind: '分项之和≠合计', rtype: 'sum' },
  });
  S.push({
    file: 'x03-汐门镇社区卫生服务中心整体支出自评.md', fmt: 'md', kind: '部门整体', org: '汐门镇社区卫生服务中心',
    title: '汐澄县汐门镇社区卫生服务中心2024年度部门整体支出绩效自评报告',
    pre: '按照县财政局、县卫生健康局关于开展2024年度部门整体支出绩效自评的统一部署，我中心对全年预算收支及履职情况进行了自评，报告如下。',
    duty: ['承担辖区基本医疗服务和基本公共卫生服务；', '负责辖区居民健康档案管理、慢病随访和家庭医生签约服务；', '指导辖区7个村卫生室业务开展。'], dutyStyle: 'circ',
    orgs: '中心内设综合办公室、全科医疗科、公共卫生科、护理部、药剂科5个科室。', bz: 46, zz: 43, staffTail: '，另有编外聘用人员12人',
    init: W('1286.40'), adj: W('163.25'), budgetTail: '追加主要用于医疗设备购置和疫苗冷链运维。',
    ry: W('812.36'), gy: W('148.90'),
    projs: [{ n: '基本公共卫生服务', b: W('312.80'), sp: W('305.62') }, { n: '家庭医生签约服务', b: W('64.00'), sp: W('62.18') }, { n: '医疗设备购置', b: W('86.50'), sp: W('86.50') }, { n: '疫苗冷链运维', b: W('18.00'), sp: W('16.94') }],
    projLead: '2024年实施项目4个，执行情况如下：',
    sangong: { gd: 1, rows: [{ n: '公务接待费', last: W('3.62'), bud: W('3.50'), cur: W('2.87') }, { n: '公务用车运行维护费', last: W('6.40'), bud: W('6.00'), cur: W('5.58') }, { n: '公务用车购置费', last: 0n, bud: 0n, cur: 0n, dash: true }, { n: '因公出国（境）费', last: 0n, bud: 0n, cur: 0n, dash: true }], why: '主要是严格执行公务接待标准，减少陪餐人数。' },
    perf: () => ['全年完成门诊约9.8万人次，规范管理高血压患者2,100余人、糖尿病患者近800人；家庭医生重点人群签约覆盖率保持在70%以上。', '开展“健康进渔村”义诊12场次，服务渔民群众千余人次。'],
    problems: ['编外人员占比较高，人员经费压力逐年加大；', '部分设备使用率不高，绩效目标设置偏定性。'], probStyle: 'dun',
    measures: ['争取编制动态调整，控制编外聘用规模；', '建立设备使用台账，细化量化绩效目标。'],
    sign: ['汐澄县汐门镇社区卫生服务中心', '2025年3月10日', '联系电话：8766 4120'],
    bad: { id: 'sg1g', new: '-18.2%', kind: '增减率错误', rtype: 'growth' },
  });
  S.push({
    file: 'x04-渔业油价补贴资金自评报告.md', fmt: 'md', kind: '项目支出', name: '渔业油价补贴', org: '汐澄县海洋与渔业局', dept: '汐澄县海洋与渔业局',
    title: '汐澄县2024年度渔业油价补贴资金绩效自评报告',
    intro: ['渔业油价补贴政策调整后，我县补贴资金主要用于捕捞渔船和养殖渔船的一般性转移支付补助，按渔船功率、作业类型和减船转产情况核定。', '2024年全县登记在册渔船约460艘。补助资金通过“一卡通”直接发放到船东账户。'],
    goal: '按时足额发放渔业油价补贴，补助资金发放准确率100%，渔船安全生产事故起数不超过2起。',
    init: W('900.00'), cut: W('60.00'), cutWhy: '因部分渔船报废拆解、依文件（澜财农〔2024〕61号）压减',
    spent: W('834.29'),
    items: [{ n: '螺屿镇', y: Y('3126480.00'), note: '' }, { n: '鸥角镇', y: Y('2408915.50'), note: '' }, { n: '蚌湾镇', y: Y('1862300.00'), note: '' }, { n: '汐门镇', y: Y('945204.50'), note: '含减船转产过渡补助' }],
    itemUnit: '元', mdUnitLine: true, itemHdr: ['序号', '乡镇', '补助金额', '备注'], itemLead: '分乡镇发放情况如下（单位：元）：',
    avg: { pre: '全年补助渔船', cnt: 412, cu: '艘', mid: '，船均补助', unit: '元', d: 2, post: '。' },
    last: { fen: W('912.60'), pre: '2023年发放补贴', post: '，主要原因是减船转产后补助船数减少。', d: 1, word: true },
    mgmt: ['补贴对象经渔船所在乡镇初审、县海洋与渔业局复核、公示7天无异议后发放。咨询电话：8763 2207。'],
    ind: [], st: null,
    benefit: '',
    perfExtra: ['（一）产出：符合条件的渔船补贴全部按时发放到户，发放准确率100%，未发生冒领、重复发放。', '（二）效益：全年全县渔船安全生产事故1起，比上年减少2起；渔民人均可支配收入增长约6%。', '（三）满意度：随机回访船东60户，满意度在95%以上。'],
    problems: ['渔船动态信息与补贴系统未完全对接，核定依赖人工比对；', '个别船东账户变更未及时报备，导致退票重发。'],
    measures: ['推动渔船管理系统与补贴发放系统数据共享；', '发放前集中核验船东账户。'],
    sign: ['汐澄县海洋与渔业局', '2025年3月18日'],
    bad: { id: 'avg', new: '20,429.76元', kind: '平均数错误', rtype: 'avg' },
  });
  S.push({
    file: 'x05-沙汀街道垃圾分类项目自评.md', fmt: 'md', kind: '项目支出', name: '城区生活垃圾分类', org: '汐澄县城市管理局', dept: '汐澄县城市管理局',
    intro: ['2024年城区生活垃圾分类覆盖沙汀街道全部26个小区和机关企事业单位，新设分类收集点位，配备督导员。'],
    goal: ['新增分类收集点位不少于120个；', '厨余垃圾日均分出量不低于15吨；', '居民分类知晓率95%以上。'], goalStyle: 'par',
    init: W('420.00'), add: W('35.50'), spent: W('438.27'),
    items: [{ n: '分类收集容器购置', y: W('86.40') }, { n: '分类运输车辆租赁', y: W('132.00') }, { n: '宣传督导', y: W('47.87') }, { n: '厨余垃圾处理费', y: W('172.00') }],
    share: { i: 3, d: 2, pre: '其中厨余垃圾处理费占项目支出的', post: '，为最大支出项。' },
    mgmt: ['资金实行国库集中支付，车辆租赁和处理费按月计量、按季结算；政府采购项目2个，均按规定公开招标。'],
    ind: [I('产出指标', '数量指标', '新增分类收集点位', '≥', '120', '126', '个', 15, { narr: true, narrVerb: '' }),
      I('产出指标', '数量指标', '厨余垃圾日均分出量', '不低于', '15', '16.2', '吨', 15),
      I('产出指标', '质量指标', '分类投放准确率', '≥', '80', '76.5', '%', 10, { dev: '老旧小区混投较多，已增派督导员' }),
      I('产出指标', '时效指标', '收运日清率', '', '100', '100', '%', 10),
      I('效益指标', '社会效益指标', '居民分类知晓率', '≥', '95', '97', '%', 15),
      I('效益指标', '生态效益指标', '生活垃圾资源化利用率', '≥', '60', '63.4', '%', 15),
      I('满意度指标', '服务对象满意度指标', '居民满意度', '≥', '90', '91', '%', 10)],
    st: { layout: 'full', sd: 2, noTotal: true, goalT: '城区生活垃圾分类全覆盖', goalA: '26个小区全覆盖' },
    problems: ['老旧小区投放点位设置受限，分类准确率偏低；', '厨余垃圾处理单价偏高。'], probStyle: 'circ',
    measures: ['推行定时定点投放；', '开展处理服务价格评估。'], measStyle: 'circ',
    sign: ['汐澄县城市管理局', '2025年3月20日'],
    bad: { id: 'srs', new: '8.62', kind: '预算执行率得分错误', rtype: 'rate_score' },
  });
  S.push({
    file: 'x06-老旧小区改造项目绩效自评报告.md', fmt: 'md', kind: '项目支出', name: '城镇老旧小区改造', org: '汐澄县住房和城乡建设局', dept: '汐澄县住房和城乡建设局', boldH: true,
    intro: ['2024年改造沙汀街道海韵小区、渔港新村等6个老旧小区，涉及居民一千余户，改造内容包括雨污分流、屋面防水、加装电梯、停车设施和适老化改造。'],
    goal: '完成6个老旧小区改造，惠及居民1000户以上，竣工验收合格率100%，居民满意度不低于90%。',
    init: W('2650.00'), cut: W('318.00'), cutWhy: '因两个小区加装电梯改由居民自筹部分资金，年中调减', spent: W('2298.64'),
    items: [{ n: '海韵小区', y: W('512.30') }, { n: '渔港新村', y: W('468.75') }, { n: '盐仓里小区', y: W('389.40') }, { n: '东堤路小区', y: W('301.20') }, { n: '灯塔小区', y: W('344.99') }, { n: '老船厂宿舍', y: W('282.00') }],
    itemHdr: ['序号', '小区名称', '完成投资（万元）', '备注'], eqExtra: [['cnt', 'ia1']],
    avg: { pre: '按受益居民', cnt: 1032, cu: '户', mid: '计，户均改造投入', unit: '元', d: 2, post: '。' },
    mgmt: ['项目资金按《汐澄县城镇老旧小区改造资金管理办法》（汐建〔2023〕7号）管理，实行“一小区一方案一账户”。'],
    ind: [I('产出指标', '数量指标', '改造小区个数', '', '6', '6', '个', 15),
      I('产出指标', '数量指标', '惠及居民户数', '≥', '1000', '1032', '户', 15),
      I('产出指标', '质量指标', '竣工验收合格率', '', '100', '100', '%', 10),
      I('产出指标', '时效指标', '年度完工率', '≥', '95', '96', '%', 10),
      I('效益指标', '社会效益指标', '加装电梯数量', '≥', '8', '9', '台', 10, { narr: true, narrVerb: '' }),
      I('效益指标', '可持续影响指标', '小区物业服务覆盖率', '≥', '80', '83.3', '%', 20),
      I('满意度指标', '服务对象满意度指标', '居民满意度', '不低于', '90', '92.6', '%', 10)],
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, carry: W('120.00'), goalT: '完成6个小区改造', goalA: '6个小区全部完工' },
    problems: ['居民意见协调周期长，个别小区开工推迟；', '部分管线产权单位配合不够。'],
    measures: ['前置居民议事协商程序；', '建立管线单位联席会议制度。'],
    sign: ['汐澄县住房和城乡建设局', '2025年3月16日'],
    bad: { id: 'ia3', new: '86%', kind: '指标得分与目标值/实际值不符', rtype: 'ind_score' },
  });
  S.push({
    file: 'x07-养老服务补贴绩效自评.md', fmt: 'md', kind: '项目支出', name: '养老服务补贴', org: '汐澄县民政局', dept: '汐澄县民政局', boldFrom: 2, boldH: true,
    intro: ['养老服务补贴包括80周岁以上高龄津贴、居家养老服务补贴、特困老人护理补贴和村（社区）养老服务站运营补助四项。'],
    goal: ['高龄津贴按季足额发放；', '居家养老服务补贴对象覆盖率100%；', '养老服务站运营补助按考核结果拨付。'], goalStyle: 'par',
    init: W('780.00'), add: W('46.80'), adjTable: { src: '县级一般公共预算', doc: '汐财社〔2024〕8号' }, spent: W('826.80'), zeroBal: '0元',
    rd: 0,
    items: [{ n: '高龄津贴', y: W('498.36') }, { n: '居家养老服务补贴', y: W('214.20') }, { n: '特困老人护理补贴', y: W('86.64') }, { n: '养老服务站运营补助', y: W('27.60'), note: '23个站点' }],
    share: { i: 0, d: 2, pre: '高龄津贴支出占比', post: '。' },
    avg: { i: 0, pre: '全年发放高龄津贴', cnt: 4153, cu: '人', mid: '，人均', unit: '元', d: 0, post: '。' },
    last: { fen: W('792.15'), pre: '2023年度实际支出', post: '，主要是高龄人口增加。', d: 1 },
    mgmt: ['补贴资金通过社会保障卡发放，每季度与公安户籍、殡葬信息比对一次，全年停发死亡人员津贴37人次。'],
    ind: [], st: null,
    perfExtra: ['（一）产出情况：高龄津贴按季发放到位；居家养老服务补贴对象约1,100人，服务时长累计超过10万小时。', '（二）效益情况：特困老人集中供养和分散护理全覆盖，未发生冒领。'],
    problems: ['信息比对频次偏低，存在少量应停未停情况；', '养老服务站运营能力参差不齐。'],
    measures: ['比对频次由季度改为月度；', '引入第三方对站点开展星级评定。'],
    sign: ['汐澄县民政局', '2025年3月11日'],
    bad: { id: 'share', new: '62.08%', kind: '占比错误', rtype: 'ratio' },
  });
  S.push({
    file: 'x08-河道保洁项目支出绩效自评.md', fmt: 'md', kind: '项目支出', name: '河道保洁', org: '汐澄县水利局', dept: '汐澄县水利局',
    intro: ['全县纳入保洁范围的县乡河道31条，总长超过186公里，实行“市场化保洁+河长巡查”模式。'],
    goal: '全年河道保洁长度不少于186公里，水面保洁合格率90%以上，群众投诉100%办结。',
    init: W('356.00'), spent: W('349.12'),
    items: [{ n: '城区河道保洁', y: W('128.60') }, { n: '乡镇河道保洁', y: W('165.32'), note: '6个乡镇（街道）' }, { n: '漂浮物打捞船运维', y: W('38.40') }, { n: '考核奖补', y: W('16.80') }],
    itemText: [{ i: 1, unit: '万元', pre: '其中乡镇河道保洁', post: '，按月考核后拨付。' }],
    mgmt: ['保洁服务通过公开招标确定3家服务企业，合同期两年；县水利局每月组织暗访考核，考核结果与服务费挂钩。'],
    ind: [I('产出指标', '数量指标', '保洁河道长度', '≥', '186', '186.4', '公里', 20),
      I('产出指标', '质量指标', '水面保洁合格率', '≥', '90', '94.5', '%', 15, { narr: true, narrVerb: '为' }),
      I('产出指标', '质量指标', '每周巡查频次', '≥', '2', '2', '次', 10),
      I('产出指标', '时效指标', '河道垃圾清运及时率', '≥', '95', '93', '%', 10, { dev: '汛期漂浮物激增' }),
      I('效益指标', '生态效益指标', '河道水质达标率', '≥', '85', '88.2', '%', 15),
      I('效益指标', '社会效益指标', '群众投诉办结率', '', '100', '100', '%', 10),
      I('满意度指标', '服务对象满意度指标', '沿河群众满意度', '≥', '90', '90.6', '%', 10)],
    scoreText: true,
    st: { layout: 'full', sd: 1, wtot: false, gradeInTable: true, goalT: '31条河道保洁全覆盖', goalA: '保洁全覆盖' },
    problems: ['汛期清运能力不足；', '考核以暗访为主，缺少在线监控手段。'],
    measures: ['汛期临时增配打捞船；', '在重点河段试点视频监控。'],
    sign: ['汐澄县水利局', '2025年3月19日'],
    bad: { id: 'itx1', new: '165.32元', kind: '单位错误', rtype: 'eq' },
  });
  return S.concat(specsTxt(), specsDocx());
}
function specsTxt() {
  const S = [];
  S.push({
    file: 'x09-螺屿镇财政所2024年部门整体支出绩效自评.txt', fmt: 'txt', kind: '部门整体', org: '螺屿镇财政所', txt: TXT(34, 30, '汐澄县财政局印'), trailTab: true,
    title: '汐澄县螺屿镇财政所2024年度部门整体支出绩效自评报告',
    pre: '根据县财政局《关于开展2024年度部门整体支出绩效自评工作的通知》（汐财绩〔2025〕3号）要求，我所对2024年度部门整体支出情况进行了自评，现报告如下：',
    duty: ['负责全镇财政预算编制、执行和决算工作；', '承担惠民惠农财政补贴资金“一卡通”发放；', '负责村级财务委托代理和村级资金监管；', '承办镇党委、政府交办的其他事项。'], dutyStyle: 'dot',
    orgs: '我所为镇属事业单位，不设内设机构。', bz: 9, zz: 8,
    init: W('186.50'), adj: W('12.30'),
    ry: W('142.36'), gy: W('21.08'),
    projs: [{ n: '乡镇财政信息化运维', b: W('12.00'), sp: W('11.46') }, { n: '惠民惠农“一卡通”发放服务', b: W('8.50'), sp: W('8.50') }, { n: '村级财务委托代理服务', b: W('10.00'), sp: W('9.72') }],
    projLead: '全年实施项目3个，明细见下表。',
    perHead: { pre: '按年末在职人数计算，人均公用经费', d: 0, post: '，低于全镇平均水平。' },
    sangong: { unit: '元', gd: 1, rows: [{ n: '公务接待费', last: Y('8640.00'), bud: Y('8000.00'), cur: Y('6215.00') }, { n: '公务用车运行维护费', last: 0n, bud: 0n, cur: 0n, dash: true }, { n: '因公出国（境）费', last: 0n, bud: 0n, cur: 0n, dash: true }], why: '本所无公务用车，未发生因公出国（境）费用。' },
    perf: () => ['（一）履职效能。全年通过“一卡通”发放惠民惠农补贴资金23项，发放金额约4,600万元，涉及群众1.9万余人次；代理14个村集体财务，审核报账凭证近6,000张。', '（二）管理效率。按时完成月报、季报和年度决算，政府采购执行率100%，全年未发生资金安全事故。', '（三）满意度。发放对象抽样回访满意度在96%左右。'],
    problems: ['编制内人员少，业务量大，岗位不相容职责分离难以落实；', '信息化运维经费依赖年度安排，系统升级滞后。'], probStyle: 'dot',
    measures: ['争取县级统筹调剂编制，或通过购买服务补充力量；', '将信息化运维纳入中期财政规划。'], measStyle: 'dot',
    sign: ['汐澄县螺屿镇财政所', '2025年3月7日', '联系人：郑海鸣　联系电话：8768 3301'],
    bad: { id: 'bal', new: '6.58万元', kind: '结余错误', rtype: 'sum' },
  });
  S.push({
    file: 'x10-农村危房改造补助资金自评报告.txt', fmt: 'txt', kind: '项目支出', name: '农村危房改造补助资金', org: '汐澄县住房和城乡建设局', dept: '汐澄县住房和城乡建设局', txt: TXT(31, 28, '汐澄县财政局印'), trailTab: [0, 2, 5],
    intro: ['农村危房改造补助对象为农村低收入群体等重点对象，按C级、D级危房分别补助，资金由中央、省、县三级共同承担。', '2024年全县计划改造危房七十余户，以C级加固维修为主。'],
    goal: '完成76户农村危房改造，竣工验收合格率100%，补助资金在竣工验收后30日内拨付到户。',
    init: W('200.00'), cut: W('9.40'), adjTable: { src: '中央及省级补助', doc: '澜财建〔2024〕33号' }, spent: W('190.60'), splitSpent: true, zeroBal: '0.00万元',
    items: [{ n: '螺屿镇', y: Y('468000.00'), note: '' }, { n: '鸥角镇', y: Y('612500.00'), note: '拆除重建户较多' }, { n: '苇汀乡', y: Y('354000.00'), note: '' }, { n: '蚌湾镇', y: Y('291500.00'), note: '' }, { n: '澄沙镇', y: Y('180000.00'), note: '' }],
    itemUnit: '元', itemHdr: ['序号', '乡镇', '补助金额', '备注'], eqExtra: [['cnt', 'ia0']],
    itemText: [{ i: 1, unit: '万元', pre: '补助资金最多的鸥角镇为', post: '，主要是拆除重建户集中。' }],
    avg: { pre: '全年改造', cnt: 76, cu: '户', mid: '，户均补助', unit: '元', d: 2, post: '。' },
    mgmt: ['补助资金实行专户管理，经农户申请、村评议、镇审核、县审批后，按竣工验收结果通过“一卡通”直接拨付到户。'],
    ind: [I('产出指标', '数量指标', '危房改造户数', '', '76', '76', '户', 20),
      I('产出指标', '质量指标', '竣工验收合格率', '', '100', '100', '%', 15),
      I('产出指标', '时效指标', '补助资金30日内拨付率', '≥', '95', '97.4', '%', 15),
      I('效益指标', '社会效益指标', '重点对象住房安全保障率', '', '100', '100', '%', 20),
      I('效益指标', '可持续影响指标', '改造后农户入住率', '≥', '95', '98.7', '%', 10),
      I('满意度指标', '服务对象满意度指标', '改造户满意度', '≥', '90', '95', '%', 10)],
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, goalT: '完成76户危房改造', goalA: '76户全部竣工验收' },
    problems: ['部分改造户自筹能力弱，工期拖延；', '镇级技术力量薄弱，质量巡查覆盖不足。'], probStyle: 'dun',
    measures: ['对特困户实行政府兜底代建；', '委托第三方开展质量巡查。'],
    sign: ['汐澄县住房和城乡建设局', '2025年3月13日'],
    bad: { id: 'itx1', new: '62.15万元', kind: '文字与表格不一致', rtype: 'eq' },
  });
  S.push({
    file: 'x11-鸥角港区航道疏浚项目绩效自评.txt', fmt: 'txt', kind: '项目支出', name: '港口航道疏浚', org: '汐澄县港航事业发展中心', dept: '汐澄县交通运输局', wcomma: true, txt: TXT(36, 32, '汐澄县财政局印', (n) => `- ${n} -`), trailTab: false,
    intro: ['鸥角港区进港航道因泥沙回淤，通航水深不足，5000吨级船舶需乘潮进港。2024年实施进港航道及螺屿渔港港池疏浚，疏浚土方约42万立方米，疏浚土全部运至指定抛泥区。'],
    goal: ['恢复进港航道设计水深，满足5000吨级船舶全天候通航；', '完成螺屿渔港港池清淤；', '工程按期完成率不低于90%。'], goalStyle: 'par',
    init: W('1500.00'), add: W('420.00'), addWhy: '因回淤量超出预期，年中追加', spent: W('1873.46'),
    items: [{ n: '进港航道疏浚', y: W('1126.80') }, { n: '渔港港池清淤', y: W('498.36') }, { n: '疏浚土外运处置', y: W('173.30') }, { n: '测量及监理', y: W('75.00') }],
    avg: { pre: '全年完成疏浚土方', cnt: 418600, cu: '立方米', mid: '，每立方米综合成本', unit: '元', d: 2, post: '。' },
    mgmt: ['项目经县政府常务会议研究同意，施工单位通过公开招标确定；资金按月计量支付，监理单位审核工程量后报县交通运输局审批。'],
    ind: [I('产出指标', '数量指标', '疏浚航道长度', '≥', '6.5', '6.8', '公里', 20),
      I('产出指标', '数量指标', '港池清淤面积', '≥', '12', '12.4', '万平方米', 10),
      I('产出指标', '质量指标', '设计水深达标率', '', '100', '98.5', '%', 10, { dev: '局部岩基段未达设计水深' }),
      I('产出指标', '时效指标', '工程按期完成率', '不低于', '90', '100', '%', 10),
      I('效益指标', '经济效益指标', '进港船舶艘次增长率', '≥', '5', '6.2', '%', 15),
      I('效益指标', '社会效益指标', '通航保障天数', '≥', '330', '341', '天', 15),
      I('满意度指标', '服务对象满意度指标', '航运企业满意度', '≥', '90', '95.3', '%', 10)],
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, goalT: '恢复航道设计水深', goalA: '航道基本恢复设计水深' },
    problems: ['回淤监测频次不足，疏浚量预估偏差大；', '抛泥区容量趋紧。'], probStyle: 'cn',
    measures: ['每季度开展一次水深测量；', '研究疏浚土综合利用。'],
    sign: ['汐澄县港航事业发展中心', '2025年3月17日'],
    bad: { id: 'grade', new: '良', kind: '等级错误', rtype: 'grade' },
  });
  S.push({
    file: 'x12-就业补助资金绩效自评报告.txt', fmt: 'txt', kind: '项目支出', name: '就业补助资金', org: '汐澄县人力资源和社会保障局', dept: '汐澄县人力资源和社会保障局', wcomma: true, txt: TXT(38, 30, '汐澄县财政局印'), trailTab: [1, 3],
    intro: ['就业补助资金用于职业培训补贴、社会保险补贴、公益性岗位补贴、一次性创业补贴、就业见习补贴和职业技能鉴定补贴等支出。'],
    goal: '全年城镇新增就业2,800人以上，城镇登记失业率控制在3.5%以内，开展补贴性职业技能培训3,000人次。',
    init: W('1120.00'), add: W('286.00'), cut: W('45.00'), addWhy: '中央和省级追加', cutWhy: '县级统筹压减', spent: W('1295.48'),
    items: [{ n: '职业培训补贴', y: W('386.50') }, { n: '社会保险补贴', y: W('412.20') }, { n: '公益性岗位补贴', y: W('298.80') }, { n: '一次性创业补贴', y: W('96.00') }, { n: '就业见习补贴', y: W('63.48') }, { n: '职业技能鉴定补贴', y: W('38.50') }],
    avg: { i: 2, pre: '全年开发公益性岗位安置就业困难人员', cnt: 166, cu: '人', mid: '，人均岗位补贴', unit: '元', d: 0, post: '。' },
    last: { fen: W('1188.20'), pre: '2023年就业补助资金支出', post: '。', d: 1 },
    mgmt: ['补贴资金实行“先审后拨、直达个人”，申领全部通过省人社一体化平台办理，财政部门按月清算。'],
    ind: [], st: null,
    perfExtra: ['全年城镇新增就业2,960人，城镇登记失业率3.1%；开展补贴性职业技能培训约3,200人次，培训后就业率超过70%。'],
    problems: ['培训项目同质化，与县内海洋渔业、港口物流企业需求衔接不够；', '部分补贴申领材料重复提交。'], probStyle: 'dun',
    measures: ['按企业用工需求开设订单式培训；', '推行补贴“免申即享”。'],
    sign: ['汐澄县人力资源和社会保障局', '2025年3月15日'],
    bad: { id: 'rate', new: '96.19%', kind: '执行率≠执行数÷预算数', rtype: 'ratio' },
  });
  S.push({
    file: 'x13-城乡居民医保财政补助自评.txt', fmt: 'txt', kind: '项目支出', name: '城乡居民基本医疗保险财政补助', org: '汐澄县医疗保障局', dept: '汐澄县医疗保障局', wcomma: true, rd: 0, txt: TXT(40, 34, '汐澄县财政局印'), trailTab: [0],
    intro: ['2024年全县城乡居民基本医疗保险参保20.6万余人，各级财政按参保人数给予补助，资金全额拨入医保基金财政专户。'],
    goal: '各级财政补助资金足额到位，城乡居民医保参保率稳定在95%以上，政策范围内住院费用基金支付比例70%左右。',
    init: W('13000.00'), add: W('210.75'), addWhy: '按实际参保人数清算追加', spent: W('13210.75'), zeroBal: '0.00万元',
    items: [{ n: '中央补助', y: W('6980.40') }, { n: '省级补助', y: W('2642.15') }, { n: '市级补助', y: W('1056.86') }, { n: '县级配套', y: W('2531.34') }],
    itemHdr: ['序号', '资金来源', '金额（万元）', '备注'],
    share: { i: 3, d: 2, pre: '县级配套资金占', post: '。' },
    avg: { pre: '按参保', cnt: 206418, cu: '人', mid: '计算，人均财政补助', unit: '元', d: 2, post: '。' },
    last: { fen: W('12684.30'), pre: '上年财政补助', post: '。', d: 2 },
    mgmt: ['补助资金按季预拨、年终清算，医保基金实行收支两条线管理。'],
    ind: [], st: null,
    perfExtra: ['全年城乡居民医保参保率96.8%，政策范围内住院费用基金支付比例约70%；县域内就诊率近九成。'],
    problems: ['参保人员流动性大，断保、重复参保仍有发生；', '基金支出增长快于筹资增长。'], probStyle: 'par',
    measures: ['与公安、民政数据比对，清理重复参保；', '推进按病种分值付费改革。'], measStyle: 'par',
    sign: ['汐澄县医疗保障局', '2025年3月12日'],
    bad: { id: 'avg', new: '604.00元', kind: '平均数错误', rtype: 'avg' },
  });
  S.push({
    file: 'x14-县图书馆部门整体支出绩效自评报告.txt', fmt: 'txt', kind: '部门整体', org: '汐澄县图书馆', txt: TXT(33, 29, '汐澄县财政局印'), trailTab: [2],
    title: '汐澄县图书馆2024年度部门整体支出绩效自评报告',
    pre: '按照县财政局统一部署，我馆组织开展了2024年度部门整体支出绩效自评，现将有关情况报告如下：',
    duty: ['负责县级公共图书馆文献资源采集、保存和借阅服务；', '建设总分馆体系，指导乡镇分馆和村（社区）图书室；', '组织开展全民阅读推广活动。'], dutyStyle: 'par',
    orgs: '馆内设办公室、采编部、借阅部、数字资源部。', bz: 18, zz: 17,
    init: W('512.60'), adj: W('-23.40'),
    ry: W('286.42'), gy: W('52.18'),
    projs: [{ n: '图书购置', b: W('80.00'), sp: W('79.86') }, { n: '流动图书车下乡', b: W('24.00'), sp: W('22.15') }, { n: '数字图书馆平台运维', b: W('30.00'), sp: W('30.00') }, { n: '全民阅读活动', b: W('15.00'), sp: W('12.87') }],
    projLead: '2024年我馆实施项目4个：',
    sangong: { unit: '元', gd: 1, rows: [{ n: '公务接待费', last: Y('4260.00'), bud: Y('5000.00'), cur: Y('3818.00') }, { n: '公务用车运行维护费', last: Y('18420.00'), bud: Y('20000.00'), cur: Y('19306.50') }, { n: '因公出国（境）费', last: 0n, bud: 0n, cur: 0n, dash: true }], why: '公务用车运行维护费增加主要是流动图书车下乡频次增加。', ctl: { d: 2, post: '。' } },
    perf: () => ['全年接待读者约31万人次，外借图书近12万册次；新增馆藏纸质图书1.6万余册；流动图书车下乡服务62车次。', '数字图书馆平台访问量同比增长约20%。读者满意度测评为93.5%。'],
    problems: ['乡镇分馆专职人员不足，开放时间不稳定；', '数字资源利用率不高。'], probStyle: 'dun',
    measures: ['推行分馆志愿者服务；', '开展数字阅读推广进校园。'],
    sign: ['汐澄县图书馆', '2025年3月9日'],
    bad: { id: 'sg1g', new: '8.4%', kind: '增减率错误', rtype: 'growth' },
  });
  S.push({
    file: 'x15-鸥角湾海岸带整治修复项目自评.txt', fmt: 'txt', kind: '项目支出', name: '海岸带整治修复', org: '汐澄县自然资源局', dept: '汐澄县自然资源局', wcomma: true, txt: TXT(35, 31, '汐澄县财政局印'), trailTab: true,
    intro: ['项目位于鸥角湾北岸，主要实施岸线生态修复、沙滩养护补沙、海堤加固和滨海绿道建设，修复岸线3.2公里以上。'],
    goal: '修复岸线不少于3.2公里，补沙8万立方米，植被成活率85%以上，岸线自然化率提升2个百分点。',
    init: W('2800.00'), spent: W('2716.90'), splitSpent: true,
    items: [{ n: '岸线生态修复', y: W('1286.40') }, { n: '沙滩养护补沙', y: W('642.50') }, { n: '海堤加固', y: W('528.00') }, { n: '滨海绿道', y: W('210.00') }, { n: '监测评估', y: W('50.00') }],
    last: { fen: W('2380.00'), pre: '2023年度该项目一期支出', post: '。', d: 1 },
    mgmt: ['项目资金来源于中央海岸带保护修复专项资金和县级配套，实行专账核算，按工程进度支付。'],
    ind: [I('产出指标', '数量指标', '修复岸线长度', '≥', '3.2', '3.35', '公里', 20, { narr: true, narrVerb: '' }),
      I('产出指标', '数量指标', '补沙量', '≥', '8', '8.2', '万立方米', 10),
      I('产出指标', '质量指标', '植被成活率', '≥', '85', '88', '%', 10),
      I('产出指标', '质量指标', '工程验收合格率', '', '100', '100', '%', 10),
      I('效益指标', '生态效益指标', '岸线自然化率提升', '≥', '2', '2.4', '个百分点', 15),
      I('效益指标', '社会效益指标', '滨海游客量增长率', '≥', '10', '12.6', '%', 15),
      I('满意度指标', '服务对象满意度指标', '周边群众满意度', '≥', '90', '92', '%', 10)],
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, goalT: '修复鸥角湾北岸岸线', goalA: '完成修复并通过验收' },
    problems: ['补沙后受风暴潮影响，局部沙滩侵蚀；', '后期管护资金未落实。'], probStyle: 'dun',
    measures: ['开展修复效果跟踪监测；', '将管护经费纳入年度预算。'],
    sign: ['汐澄县自然资源局', '2025年3月18日'],
    bad: { id: 'ia2', new: '78%', kind: '指标得分与目标值/实际值不符', rtype: 'ind_score' },
  });
  S.push({
    file: 'x16-城区路灯维护经费绩效自评.txt', fmt: 'txt', kind: '项目支出', name: '城区路灯维护', org: '汐澄县城市管理局', dept: '汐澄县城市管理局', txt: TXT(37, 30, '汐澄县财政局印'), trailTab: [0, 1, 2, 3, 4, 5],
    intro: ['县城市管理局路灯管理所负责城区及滨海大道路灯的运行维护，管养路灯近万盏、箱式变电站42座。'],
    goal: '路灯亮灯率不低于98%，故障修复时间不超过48小时，路灯电费按时缴纳。',
    init: W('268.00'), add: W('31.50'), addWhy: '因滨海大道新增路灯移交管养，追加', spent: W('296.84'),
    items: [{ n: '路灯电费', y: Y('1412365.20') }, { n: '灯具更换', y: Y('868920.00') }, { n: '线路维修', y: Y('432514.80') }, { n: '高空作业车租赁', y: Y('254600.00') }],
    itemUnit: '元', itemHdr: ['序号', '支出内容', '金额（元）', '备注'],
    share: { i: 0, d: 2, pre: '电费支出占比', post: '，LED改造后电费占比有所下降。' },
    avg: { pre: '按管养路灯', cnt: 9856, cu: '盏', mid: '计算，每盏年均维护费用', unit: '元', d: 2, post: '。' },
    last: { fen: W('281.06'), pre: '2023年实际支出', post: '，增加主要是管养数量增加。', d: 1 },
    mgmt: ['路灯电费按月据实结算，维修材料通过政府采购电子卖场采购。'],
    ind: [], st: null,
    perfExtra: ['全年路灯亮灯率99.2%，故障平均修复时间约20小时，受理市民报修近1,500件，办结率100%。'],
    problems: ['部分老旧线路绝缘老化，故障率偏高；', '智慧照明控制系统覆盖不足。'], probStyle: 'dun',
    measures: ['分年度实施老旧线路改造；', '扩大单灯控制覆盖范围。'],
    sign: ['汐澄县城市管理局', '2025年3月21日'],
    bad: { id: 'it2', new: '423,514.80', kind: '分项之和≠合计', rtype: 'sum' },
  });
  return S;
}
function specsDocx() {
  const S = [];
  S.push({
    file: 'x17-中小学校舍维修改造项目绩效自评报告.docx', fmt: 'docx', kind: '项目支出', name: '中小学校舍维修改造', org: '汐澄县教育局', dept: '汐澄县教育局',
    intro: ['2024年校舍维修改造项目覆盖全县13所中小学，重点解决屋面渗漏、宿舍楼抗震加固、消防设施老化和厕所改造等问题，工程原则上安排在暑期施工。'],
    goal: ['完成12所以上学校校舍维修，维修面积2.6万平方米；', '开学前完工率不低于95%；', '校舍安全隐患整改率100%。'],
    init: W('960.00'), add: W('148.00'), addWhy: '因鸥角中学宿舍楼鉴定为C级危房，年中追加', spent: W('1096.35'),
    items: [{ n: '螺屿中心小学教学楼屋面防水', y: W('186.20') }, { n: '鸥角中学宿舍楼加固', y: W('312.45') }, { n: '汐门小学围墙及排水', y: W('98.70') }, { n: '苇汀乡中心学校厕所改造', y: W('76.50') }, { n: '澄沙初中食堂维修', y: W('142.30') }, { n: '县实验小学消防改造', y: W('205.80') }, { n: '零星维修（7所）', y: W('74.40') }],
    itemHdr: ['序号', '学校及项目', '金额', '备注'],
    mgmt: ['单项50万元以上工程通过公开招标确定施工单位，50万元以下工程在县小额工程交易平台选取；工程款按进度支付，质保金3%待一年质保期满后支付。'],
    ind: [I('产出指标', '数量指标', '维修学校数', '≥', '12', '13', '所', 15),
      I('产出指标', '数量指标', '维修面积', '≥', '2.6', '2.71', '万平方米', 15),
      I('产出指标', '质量指标', '工程验收合格率', '', '100', '100', '%', 10),
      I('产出指标', '时效指标', '开学前完工率', '≥', '95', '91.7', '%', 10, { dev: '宿舍楼加固工期较长，9月中旬完工' }),
      I('成本指标', '经济成本指标', '单位面积维修成本', '≤', '420', '404.56', '元/平方米', 10),
      I('效益指标', '社会效益指标', '校舍安全隐患整改率', '', '100', '100', '%', 15),
      I('满意度指标', '服务对象满意度指标', '师生及家长满意度', '≥', '90', '96.4', '%', 15)],
    st: { layout: 'full', sd: 2, wtot: true, gradeInTable: true, split: 4, goalT: '完成校舍维修改造', goalA: '13所学校维修完成' },
    problems: ['项目前期论证不充分，追加资金占比偏高；', '个别工程跨开学期施工，影响正常教学。'],
    measures: ['建立校舍安全年度排查和项目储备库；', '严格控制开学前完工节点。'],
    sign: ['汐澄县教育局', '2025年3月14日'],
    bad: { id: 'tot', new: '98.55', kind: '自评表总分≠各项得分之和', rtype: 'score_total' },
  });
  S.push({
    file: 'x18-畜禽粪污资源化利用项目自评报告.docx', fmt: 'docx', kind: '项目支出', name: '畜禽粪污资源化利用', org: '汐澄县农业农村局', dept: '汐澄县农业农村局', boldH: true, boldFrom: 2,
    intro: ['项目支持苇汀乡、澄沙镇规模养殖场改造粪污处理设施，配置收集转运车辆，对施用有机肥的种植主体给予补贴。'],
    goal: '规模养殖场粪污处理设施装备配套率稳步提升，畜禽粪污综合利用率达到90%。',
    init: W('650.00'), cut: W('52.00'), spent: W('571.36'),
    items: [{ n: '粪污处理设施改造', y: W('318.60') }, { n: '收集转运车辆', y: W('96.00') }, { n: '有机肥还田补贴', y: W('108.76') }, { n: '技术服务及监测', y: W('48.00') }],
    mgmt: ['设施改造补助实行先建后补，验收合格后按核定投资额的40%给予补助，单场补助不超过20万元。'],
    ind: [I('产出指标', '数量指标', '改造规模养殖场', '≥', '25', '18', '个', 15, { dev: '7家养殖场用地手续未完成，顺延至2025年' }),
      I('产出指标', '数量指标', '有机肥还田面积', '≥', '8000', '8350', '亩', 10),
      I('产出指标', '质量指标', '设施验收合格率', '', '100', '100', '%', 10),
      I('产出指标', '时效指标', '项目完成及时率', '≥', '95', '60', '%', 10, { dev: '同上' }),
      I('效益指标', '生态效益指标', '畜禽粪污综合利用率', '≥', '90', '78', '%', 20, { dev: '未改造场户粪污利用率低' }),
      I('效益指标', '生态效益指标', '化学需氧量减排', '≥', '120', '126', '吨', 15),
      I('满意度指标', '服务对象满意度指标', '养殖户满意度', '≥', '90', '88', '%', 10)],
    scoreText: true,
    st: { layout: 'split', sd: 2, wtot: true, gradeInTable: false },
    problems: ['养殖用地手续办理周期长，部分项目无法按期实施；', '有机肥还田补贴标准偏低。'],
    measures: ['会同自然资源部门开辟设施农用地备案绿色通道；', '研究提高有机肥补贴标准。'],
    sign: ['汐澄县农业农村局', '2025年3月20日'],
    bad: { id: 'gradet', new: '优', kind: '等级错误', rtype: 'grade' },
  });
  S.push({
    file: 'x19-县环境卫生服务中心整体支出绩效自评.docx', fmt: 'docx', kind: '部门整体', org: '汐澄县环境卫生服务中心', stName: '汐澄县环境卫生服务中心部门整体支出',
    title: '汐澄县环境卫生服务中心2024年度部门整体支出绩效自评报告',
    pre: '根据《汐澄县财政局关于开展2024年度预算绩效自评工作的通知》（汐财绩〔2025〕3号），现将我中心2024年度部门整体支出绩效自评情况报告如下。',
    duty: ['负责县城区道路清扫保洁和生活垃圾收集转运；', '负责城区公厕和垃圾中转站的运行管理；', '指导乡镇环境卫生工作。'],
    orgs: '中心内设办公室、财务股、清扫保洁股、收运股。', bz: 32, zz: 30,
    init: W('1580.00'), adj: W('96.40'),
    ry: W('624.80'), gy: W('88.36'),
    share: { d: 2, post: '，基本支出主要为一线环卫工人工资。' },
    projs: [{ n: '城区道路清扫保洁', b: W('486.00'), sp: W('482.35') }, { n: '垃圾中转站运维', b: W('210.00'), sp: W('205.62') }, { n: '公厕管理', b: W('96.00'), sp: W('94.18') }, { n: '环卫车辆购置', b: W('168.00'), sp: W('166.80') }],
    projLead: '全年实施项目4个，执行情况见下表。',
    sangong: { gd: 1, rows: [{ n: '公务接待费', last: W('1.20'), bud: W('1.20'), cur: W('0.86') }, { n: '公务用车运行维护费', last: W('4.80'), bud: W('4.50'), cur: W('4.62') }, { n: '因公出国（境）费', last: 0n, bud: 0n, cur: 0n, dash: true }], why: '主要是压减公务接待。' },
    perf: () => ['城区道路机械化清扫率87%，生活垃圾日产日清；公厕保洁达标率96.2%。全年受理群众投诉约430件，办结率99.1%。'],
    problems: ['环卫作业人员老龄化严重；', '中转站设备老化，维修费用上升。'],
    measures: ['推进环卫作业机械化；', '分批更新中转站压缩设备。'],
    ind: [I('履职效能', '重点工作', '道路机械化清扫率', '≥', '85', '87', '%', 20),
      I('履职效能', '重点工作', '垃圾日产日清率', '', '100', '100', '%', 15),
      I('履职效能', '重点工作', '公厕保洁达标率', '≥', '95', '96.2', '%', 15),
      I('管理效率', '采购管理', '政府采购执行率', '', '100', '100', '%', 10),
      I('社会效应', '社会效益', '群众投诉办结率', '≥', '98', '99.1', '%', 20),
      I('满意度', '服务对象满意度', '市民满意度', '≥', '90', '91.5', '%', 10)],
    eqExtra: [],
    st: { layout: 'split', sd: 2, wtot: true, gradeInTable: true, head: '附件：部门整体支出绩效自评表' },
    sign: ['汐澄县环境卫生服务中心', '2025年3月8日'],
    bad: { id: 'share', new: '45.91%', kind: '占比错误', rtype: 'ratio' },
  });
  S.push({
    file: 'x20-基本公共卫生服务补助资金自评.docx', fmt: 'docx', kind: '项目支出', name: '基本公共卫生服务补助', org: '汐澄县卫生健康局', dept: '汐澄县卫生健康局',
    intro: ['基本公共卫生服务补助资金按常住人口和服务项目绩效考核结果分配至各社区卫生服务中心、乡镇卫生院和村卫生室。'],
    goal: ['居民电子健康档案建档率90%以上；', '65岁及以上老年人健康管理率不低于70%；', '高血压患者规范管理率65%以上。'],
    init: W('1024.00'), add: W('76.50'), spent: W('1082.26'),
    items: [{ n: '汐门镇社区卫生服务中心', y: W('286.40') }, { n: '螺屿镇卫生院', y: W('248.32') }, { n: '鸥角镇卫生院', y: W('231.54') }, { n: '沙汀街道社区卫生服务中心', y: W('198.00') }, { n: '村卫生室（68个）', y: W('118.00') }],
    itemHdr: ['序号', '机构', '拨付金额', '备注'],
    avg: { pre: '按全县常住人口', cnt: 185600, cu: '人', mid: '计，人均补助', unit: '元', d: 2, post: '。' },
    mgmt: ['资金按“先预拨、后考核、再结算”拨付，预拨比例70%，年终根据绩效考核结果结算。'],
    ind: [I('产出指标', '数量指标', '居民电子健康档案建档率', '≥', '90', '92.4', '%', 15),
      I('产出指标', '数量指标', '65岁及以上老年人健康管理率', '不低于', '70', '72.8', '%', 15),
      I('产出指标', '质量指标', '高血压患者规范管理率', '≥', '65', '63.5', '%', 15, { dev: '渔区患者外出作业，随访难' }),
      I('产出指标', '数量指标', '家庭医生签约人数', '≥', '5.2', '5.36', '万人', 15),
      I('效益指标', '社会效益指标', '居民健康素养知晓率', '≥', '80', '84', '%', 20),
      I('满意度指标', '服务对象满意度指标', '居民满意度', '≥', '90', '92', '%', 10)],
    scoreText: true,
    st: { layout: 'full', sd: 1, wtot: true, gradeInTable: true, goalT: '提供基本公共卫生服务', goalA: '主要指标完成' },
    problems: ['渔区流动人口多，慢病随访难；', '村卫生室人员能力不足。'],
    measures: ['推行“互联网+随访”；', '开展村医轮训。'],
    sign: ['汐澄县卫生健康局', '2025年3月13日'],
    bad: { id: 'bal', new: '18.42万元', kind: '结余错误', rtype: 'sum' },
  });
  S.push({
    file: 'x21-农村公路养护资金绩效自评报告.docx', fmt: 'docx', kind: '项目支出', name: '农村公路养护', org: '汐澄县交通运输局', dept: '汐澄县交通运输局',
    intro: ['全县纳入养护的农村公路410余公里，其中县道、乡道由县公路养护中心养护，村道由乡镇组织养护、县级给予补助。'],
    goal: '农村公路优良中等路率85%以上，桥梁定期检测全覆盖。',
    init: W('735.00'), spent: W('702.18'),
    items: [{ n: '县道日常养护', y: W('268.40') }, { n: '乡道日常养护', y: W('216.30') }, { n: '村道养护补助', y: W('142.48') }, { n: '桥梁检测', y: W('45.00') }, { n: '安全设施完善', y: W('30.00') }],
    avg: { pre: '全县纳入养护的农村公路共', cnt: 386, cu: '条', mid: '，平均每条', unit: '元', d: 2, post: '。' },
    mgmt: ['养护资金实行“以奖代补”，每季度开展路况检查，检查结果与补助挂钩。'],
    ind: [I('产出指标', '数量指标', '养护里程', '≥', '410', '412.6', '公里', 20),
      I('产出指标', '质量指标', '优良中等路率', '≥', '85', '86.7', '%', 15),
      I('产出指标', '数量指标', '桥梁检测座数', '', '48', '48', '座', 10),
      I('产出指标', '时效指标', '病害处置及时率', '≥', '95', '97', '%', 10),
      I('效益指标', '社会效益指标', '公路通行保障率', '≥', '98', '99.2', '%', 15),
      I('效益指标', '社会效益指标', '养护路段交通事故起数', '不超过', '12', '9', '起', 10),
      I('满意度指标', '服务对象满意度指标', '沿线群众满意度', '≥', '90', '93', '%', 10)],
    st: { layout: 'split', sd: 2, noTotal: true, dev: false },
    problems: ['村道养护主体责任落实不到位；', '养护资金标准偏低。'],
    measures: ['将村道养护纳入乡镇考核；', '争取提高省级补助标准。'],
    sign: ['汐澄县交通运输局', '2025年3月19日'],
    bad: { id: 'srs', new: '9.35', kind: '预算执行率得分错误', rtype: 'rate_score' },
  });
  S.push({
    file: 'x22-螺屿渔港避风锚地维护项目自评.docx', fmt: 'docx', kind: '项目支出', name: '渔港避风锚地维护', org: '汐澄县海洋与渔业局', dept: '汐澄县海洋与渔业局',
    intro: ['螺屿渔港为二级渔港，避风锚地可容纳渔船约300艘。2024年维修防波堤、更换系泊设施并完善港区照明监控。'],
    goal: '防波堤修复段验收合格，系泊设施完好率100%，台风期间渔船安全避风。',
    init: W('380.00'), add: W('24.00'), spent: W('398.76'),
    items: [{ n: '防波堤修复', y: W('168.50') }, { n: '锚地系泊设施更换', y: W('96.30') }, { n: '港区照明及监控', y: W('54.96') }, { n: '港池漂浮物清理', y: W('41.00') }, { n: '安全警示标志', y: W('38.00') }],
    itemText: [{ i: 1, unit: '万元', pre: '其中锚地系泊设施更换', post: '，更换系泊浮筒及锚链。' }],
    last: { fen: W('352.40'), pre: '2023年该项目支出', post: '。', d: 1 },
    mgmt: ['工程通过公开招标确定施工单位，完工后由县海洋与渔业局组织验收。'],
    ind: [I('产出指标', '数量指标', '防波堤修复长度', '≥', '320', '335', '米', 20),
      I('产出指标', '数量指标', '更换系泊浮筒', '≥', '40', '42', '个', 10),
      I('产出指标', '质量指标', '系泊设施完好率', '', '100', '100', '%', 20),
      I('效益指标', '社会效益指标', '台风期间渔船避风安全事故', '≤', '0', '0', '起', 20),
      I('效益指标', '可持续影响指标', '港区监控覆盖率', '≥', '90', '95', '%', 10),
      I('满意度指标', '服务对象满意度指标', '渔民满意度', '≥', '90', '94.8', '%', 10)],
    st: { layout: 'full', sd: 0, wtot: true, gradeInTable: true, goalT: '锚地设施完好', goalA: '设施完好，避风安全' },
    problems: ['港池回淤较快；', '管护资金依赖年度追加。'],
    measures: ['研究建立渔港维护长效资金机制；', '加强港区日常巡查。'],
    sign: ['汐澄县海洋与渔业局', '2025年3月17日'],
    bad: { id: 'itx1', new: '69.30万元', kind: '文字与表格不一致', rtype: 'eq' },
  });
  S.push({
    file: 'x23-总分馆体系建设项目绩效自评.docx', fmt: 'docx', kind: '项目支出', name: '公共图书馆总分馆体系建设', org: '汐澄县文化和旅游局', dept: '汐澄县文化和旅游局',
    intro: ['以县图书馆为总馆，在乡镇（街道）建设分馆，实现图书通借通还。2024年完成分馆图书配送、自助借还设备安装和馆员培训。'],
    goal: '分馆通借通还全覆盖，年配送图书不少于2万册。',
    init: W('150.00'), add: W('18.00'), spent: W('159.37'),
    items: [{ n: '分馆图书配送', y: Y('612480.00') }, { n: '自助借还设备', y: Y('386000.00') }, { n: '通借通还物流', y: Y('142360.00') }, { n: '馆员培训', y: Y('48860.00') }, { n: '阅读推广活动', y: Y('404000.00') }],
    itemUnit: '元',
    avg: { pre: '全县建成分馆', cnt: 12, cu: '个', mid: '，馆均投入', unit: '元', d: 2, post: '。' },
    mgmt: ['设备采购通过政府采购公开招标，图书配送按实际册数结算。'],
    ind: [], st: null,
    perfExtra: ['全年配送图书2.3万余册，通借通还约4.5万册次；分馆读者满意度90%以上。'],
    problems: ['分馆开放时间不统一；', '物流成本偏高。'],
    measures: ['统一分馆开放时间；', '与邮政合作降低物流成本。'],
    sign: ['汐澄县文化和旅游局', '2025年3月10日'],
    bad: { id: 'rate', new: '96.84%', kind: '执行率≠执行数÷预算数', rtype: 'ratio' },
  });
  S.push({
    file: 'x24-蚌湾镇农村生活垃圾收运处置自评.docx', fmt: 'docx', kind: '项目支出', name: '农村生活垃圾收运处置', org: '汐澄县蚌湾镇人民政府', dept: '汐澄县城市管理局', boldH: true,
    intro: ['蚌湾镇实行“户分类、村收集、镇转运、县处理”模式，全镇配备保洁员和收运车辆，垃圾运至县生活垃圾焚烧厂处理。'],
    goal: '农村生活垃圾收运处置体系行政村覆盖率100%，收运及时率95%以上。',
    init: W('245.00'), add: W('12.00'), spent: W('251.34'),
    items: [{ n: '保洁员劳务', y: W('132.60') }, { n: '收运车辆运维', y: W('48.24') }, { n: '转运及处置费', y: W('58.50') }, { n: '垃圾桶购置', y: W('12.00') }],
    avg: { pre: '全年服务农户', cnt: 9612, cu: '户', mid: '，户均', unit: '元', d: 2, post: '。' },
    mgmt: ['保洁员劳务费按月考核发放，转运处置费按过磅吨数与县城管局结算。'],
    ind: [I('产出指标', '数量指标', '行政村覆盖率', '', '100', '100', '%', 20),
      I('产出指标', '时效指标', '收运及时率', '≥', '95', '96', '%', 20),
      I('产出指标', '质量指标', '无害化处理率', '', '100', '100', '%', 10),
      I('效益指标', '生态效益指标', '村庄环境卫生检查合格率', '≥', '90', '92.5', '%', 20),
      I('满意度指标', '服务对象满意度指标', '村民满意度', '≥', '85', '89', '%', 20)],
    st: { layout: 'split', sd: 1, wtot: true, gradeInTable: true },
    problems: ['保洁员年龄偏大；', '海岛村收运成本高。'],
    measures: ['逐步提高保洁员报酬；', '海岛村推行就地减量。'],
    sign: ['汐澄县蚌湾镇人民政府', '2025年3月21日'],
    bad: { id: 'avg', new: '261.49万元', kind: '单位错误', rtype: 'avg' },
  });
  return S;
}
main().catch((e) => { console.error(e); process.exit(1); });

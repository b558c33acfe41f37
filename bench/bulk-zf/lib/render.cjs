'use strict';
// 生成用：占位符展开、格式化、md/txt/docx 渲染、spec 收集。check.cjs 不引用本文件。
const D = require('docx');
const JSZip = require('jszip');

const CN = '零一二三四五六七八九';
function cnNum(n) {
  if (!Number.isInteger(n) || n < 0 || n > 99) throw new Error('cn out of range ' + n);
  if (n < 10) return CN[n];
  const t = Math.floor(n / 10), u = n % 10;
  return (t === 1 ? '' : CN[t]) + '十' + (u ? CN[u] : '');
}
function num(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') { const m = /-?\d+(?:\.\d+)?/.exec(v.replace(/,/g, '')); if (m) return Number(m[0]); }
  throw new Error('not a number: ' + JSON.stringify(v));
}
function resolve(data, path) {
  let cur = data;
  const re = /([A-Za-z_]\w*)|\[(\d+)\]|@([\w]+)|\.([A-Za-z_]\w*)/g;
  let m, first = true;
  while ((m = re.exec(path))) {
    if (first) { cur = cur[m[1]]; first = false; continue; }
    if (m[2] !== undefined) cur = cur[+m[2]];
    else if (m[3] !== undefined) { const id = m[3]; cur = cur.find(x => x.id === id); }
    else if (m[4] !== undefined) cur = cur[m[4]];
    if (cur === undefined) throw new Error('bad path ' + path);
  }
  return cur;
}
const PATH = /[A-Za-z_]\w*(?:\[\d+\]|@\w+|\.[A-Za-z_]\w*)*/g;
function evalSrc(data, src) {
  if (!src.startsWith('=')) return resolve(data, src);
  const expr = src.slice(1).replace(PATH, p => '(' + num(resolve(data, p)) + ')');
  return Function('return (' + expr + ')')();
}
function roundHalfUp(x, dp) {
  const f = Math.pow(10, dp);
  const y = x * f;
  const frac = y - Math.floor(y);
  if (Math.abs(frac - 0.5) < 1e-7) throw new Error('rounding boundary ' + x);
  return Math.round(y + 1e-9) / f;
}
function fmtNum(x, dp, k) {
  const s = roundHalfUp(x, dp).toFixed(dp);
  if (!k) return s;
  const [i, d] = s.split('.');
  return i.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (d !== undefined ? '.' + d : '');
}
const ALIAS = { w: 'd2:万元', wk: 'k2:万元', p: 'd2:%' };
// 返回 { text, unit, extra }
function format(data, src, fmt) {
  fmt = ALIAS[fmt] || fmt;
  const parts = fmt.split(':');
  const kind = parts[0];
  const v = evalSrc(data, src);
  if (kind === 's') return { text: String(v), unit: '', kind: 's' };
  if (kind === 'cn') { const n = num(v); return { text: cnNum(n) + (parts[1] || ''), unit: parts[1] || '', kind: 'cn' }; }
  if (kind === 'a') {
    const [, word, stated, unit] = parts;
    let text;
    if (word === '余' || word === '多') text = stated + word + unit;
    else if (word === '以上' || word === '左右') text = stated + unit + word;
    else text = word + stated + unit;
    checkApprox(num(v), num(stated), word, src);
    return { text, unit, kind: 'a', approx: word, stated };
  }
  const m = /^([dk])(\d)$/.exec(kind);
  if (!m) throw new Error('bad fmt ' + fmt);
  return { text: fmtNum(num(v), +m[2], m[1] === 'k') + (parts[1] || ''), unit: parts[1] || '', kind: 'n', dp: +m[2] };
}
function checkApprox(v, s, word, src) {
  let ok;
  if (word === '约' || word === '左右') ok = Math.abs(v - s) <= 0.05 * v;
  else if (word === '近') ok = s >= v && s - v <= 0.1 * v;
  else ok = s <= v && v <= 1.25 * s;
  if (!ok) throw new Error(`approx ${word}${s} vs ${v} (${src})`);
}

// 占位符 {src|fmt#tag}，显式不核对 [[文字|原因]]
const PH = /\{([^{}|]+)\|([^{}#]*)(?:#(\w))?\}|\[\[([^\]|]+)\|([^\]]+)\]\]/g;
const AUTO = [
  [/〔\d{4}〕\d+号/y, '文号'],
  [/\d{3,4}-\d{7,8}/y, '电话号码'],
  [/\d{4}年\d{1,2}月\d{1,2}日/y, '日期'],
  [/\d{4}年\d{1,2}月/y, '日期'],
  [/\d{4}[—-]\d{4}年/y, '年份区间'],
  [/\d{4}年/y, '年份'],
  [/\d{1,2}月\d{1,2}日/y, '日期'],
  [/\d{1,2}月/y, '月份'],
  [/\d{1,2}[:：]\d{2}/y, '时刻'],
];
// 展开一段文字：返回 { plain, figs }，figs 为本段依次出现的数字（含自动识别的不核对数字）
function expand(data, text, badSub) {
  const out = []; const figs = [];
  let last = 0; let m;
  PH.lastIndex = 0;
  const pushPlain = s => {
    let i = 0;
    while (i < s.length) {
      if (/\d/.test(s[i])) {
        let hit = null;
        // 往前看：文号可能从〔开始
        for (const [re, why] of AUTO) { re.lastIndex = i; const mm = re.exec(s); if (mm) { hit = [mm[0], why]; break; } }
        if (!hit && i > 0 && s[i - 1] === '〔') throw new Error('文号');
        if (!hit && /^\d+[.．、]/.test(s.slice(i)) && (i === 0 || /[\n#\s]/.test(s[i - 1]))) hit = [/^\d+/.exec(s.slice(i))[0], '序号'];
        if (!hit) throw new Error('未登记的数字: …' + s.slice(Math.max(0, i - 12), i + 12) + '…');
        figs.push({ text: hit[0], skip: hit[1] });
        out.push(hit[0]); i += hit[0].length; continue;
      }
      if (s[i] === '〔' && /^〔\d{4}〕\d+号/.test(s.slice(i))) {
        const t = /^〔\d{4}〕\d+号/.exec(s.slice(i))[0];
        figs.push({ text: t, skip: '文号' }); out.push(t); i += t.length; continue;
      }
      out.push(s[i]); i++;
    }
  };
  while ((m = PH.exec(text))) {
    pushPlain(text.slice(last, m.index));
    if (m[4] !== undefined) { figs.push({ text: m[4], skip: m[5] }); out.push(m[4]); }
    else {
      const f = format(data, m[1].trim(), m[2]);
      const fig = { text: f.text, unit: f.unit, source: m[1].trim().replace(/^=/, ''), formula: m[1].trim().startsWith('='), fmt: m[2] };
      if (f.approx) { fig.approx = f.approx; fig.stated = f.stated; }
      if (f.dp !== undefined) fig.dp = f.dp;
      if (m[3]) fig.tag = m[3];
      let t = f.text;
      if (m[3] && badSub && badSub.tag === m[3]) t = badSub.new;
      figs.push(fig); out.push(t);
    }
    last = PH.lastIndex;
  }
  pushPlain(text.slice(last));
  return { plain: out.join(''), figs };
}

function dispWidth(s) { let w = 0; for (const ch of s) w += ch.codePointAt(0) > 0x2000 ? 2 : 1; return w; }
function padTo(s, w) { return s + ' '.repeat(Math.max(0, w - dispWidth(s))); }

// doc: [[type, ...]]：['title',t] ['h2',t] ['h3',t] ['h4',t] ['p',t] ['table',{rows:[[..]], widths?}] ['note',t]
function build(unit, badSub) {
  const data = unit.data; const fmt = unit.fmt;
  const figs = []; const blocks = [];
  for (const b of unit.doc) {
    if (b[0] === 'table') {
      const rows = b[1].rows.map(r => r.map(c => { const e = expand(data, String(c), badSub); figs.push(...e.figs); return e.plain; }));
      blocks.push({ type: 'table', rows, title: b[1].title });
    } else {
      const e = expand(data, b[1], badSub); figs.push(...e.figs);
      blocks.push({ type: b[0], text: e.plain });
    }
  }
  return { figs, blocks };
}
function toMd(blocks) {
  const L = [];
  for (const b of blocks) {
    if (b.type === 'title') L.push('# ' + b.text, '');
    else if (b.type === 'h2') L.push('## ' + b.text, '');
    else if (b.type === 'h3') L.push('### ' + b.text, '');
    else if (b.type === 'h4') L.push('#### ' + b.text, '');
    else if (b.type === 'p' || b.type === 'note') L.push(b.text, '');
    else if (b.type === 'table') {
      const [h, ...rs] = b.rows;
      L.push('| ' + h.join(' | ') + ' |', '|' + h.map(() => '---').join('|') + '|');
      for (const r of rs) L.push('| ' + r.join(' | ') + ' |');
      L.push('');
    }
  }
  return L.join('\n');
}
function toTxt(blocks, opt, widthsFrom) {
  const L = []; const widths = [];
  let ti = 0;
  for (const b of blocks) {
    const t = (b.text || '').replace(/\*\*/g, '');
    if (b.type === 'title') L.push(' '.repeat(opt.titleIndent || 0) + t, '');
    else if (b.type === 'h2' || b.type === 'h3' || b.type === 'h4') L.push((opt.headIndent ? '　　' : '') + t);
    else if (b.type === 'p') L.push((opt.indent ? '　　' : '') + t);
    else if (b.type === 'note') L.push(t);
    else if (b.type === 'table') {
      const w = widthsFrom ? widthsFrom[ti] : b.rows[0].map((_, j) => Math.max(...b.rows.map(r => dispWidth(r[j] || ''))));
      widths.push(w); ti++;
      L.push('');
      for (const r of b.rows) L.push(r.map((c, j) => j === r.length - 1 ? c : padTo(c, w[j])).join('  ').replace(/\s+$/, ''));
      L.push('');
    }
    if (opt.blank && b.type !== 'table') L.push('');
  }
  return { text: L.join('\n').replace(/\n{3,}/g, '\n\n') + '\n', widths };
}
function runs(text) {
  return text.split(/(\*\*[^*]+\*\*)/).filter(Boolean).map(s => s.startsWith('**') ? new D.TextRun({ text: s.slice(2, -2), bold: true }) : new D.TextRun(s));
}
async function toDocx(blocks, meta) {
  const children = []; const paras = [];
  const H = { title: D.HeadingLevel.TITLE, h2: D.HeadingLevel.HEADING_1, h3: D.HeadingLevel.HEADING_2, h4: D.HeadingLevel.HEADING_3 };
  for (const b of blocks) {
    if (b.type === 'table') {
      const rows = b.rows.map((r, i) => new D.TableRow({ children: r.map(c => new D.TableCell({ children: [new D.Paragraph({ children: [new D.TextRun({ text: c, bold: i === 0 })] })] })) }));
      children.push(new D.Table({ rows, width: { size: 100, type: D.WidthType.PERCENTAGE } }));
      for (const r of b.rows) for (const c of r) paras.push(`[表格 行「${r.slice(0, 2).join(" ")}」] ${c}`);
    } else {
      const plain = b.text.replace(/\*\*/g, '');
      if (H[b.type]) children.push(new D.Paragraph({ heading: H[b.type], children: [new D.TextRun(plain)], alignment: b.type === 'title' ? D.AlignmentType.CENTER : undefined }));
      else children.push(new D.Paragraph({ children: runs(b.text), indent: { firstLine: 480 } }));
      paras.push(plain);
    }
  }
  const doc = new D.Document({ creator: meta.creator, title: meta.title, description: '', lastModifiedBy: meta.creator, sections: [{ children }] });
  const buf = await D.Packer.toBuffer(doc);
  // 固定日期，使输出确定
  const z = await JSZip.loadAsync(buf);
  const fixed = new Date(Date.UTC(2025, 3, 15, 1, 0, 0));
  const out = new JSZip();
  const names = Object.keys(z.files).sort();
  for (const n of names) {
    if (z.files[n].dir) continue;
    let content = await z.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8').replace(/(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g, '$12025-04-15T09:00:00Z$3'));
    }
    out.file(n, content, { date: fixed, createFolders: false });
  }
  const b2 = await out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
  return { buf: b2, paras };
}
module.exports = { build, toMd, toTxt, toDocx, evalSrc, cnNum, format };

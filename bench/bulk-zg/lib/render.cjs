'use strict';
// 格式化与渲染（只供 gen.cjs 使用；check.cjs 不引用本文件）。
//
// 报告原文的占位写法：
//   {来源|格式|选项}   来源：字段路径或算式（achievements@ID 指 id 为 ID 的成效）；
//                      格式：小数位数 0/1/2…，后缀 t 千分位、f 全角、c 汉字数字；或 =文字（照写，由 check.cjs 核对）；
//                      选项：approx=约 / lit / u=单位 / #a #b（错稿改动处）/ refs=路径;路径（报告内相关的数）
//   [[文字|原因]]      报告中出现、数据中没有的数字（spec 记为 skip）
// 其余文字中的阿拉伯数字只允许年份、日期、文号、电话，自动登记为 skip，否则报错。
const MAIN = '/work/main/node_modules/';
const YAML = require(MAIN + 'yaml');

// ---------- 数据与算式 ----------
function numify(x) {
  if (Array.isArray(x)) return x.map(numify);
  if (x && typeof x === 'object') {
    const o = {};
    for (const k of Object.keys(x)) o[k] = numify(x[k]);
    return o;
  }
  if (typeof x === 'string' && /^-?[0-9][0-9,]*(\.[0-9]+)?$/.test(x)) return Number(x.replace(/,/g, ''));
  return x;
}
function num(s) {
  if (typeof s === 'number') return s;
  const m = String(s).replace(/,/g, '').match(/-?[0-9]+(\.[0-9]+)?/);
  if (!m) throw new Error('no number in ' + s);
  return Number(m[0]);
}
function evalSrc(data, src) {
  const N = numify(data);
  const A = (id) => {
    const a = (N.achievements || []).find((x) => x.id === id);
    if (!a) throw new Error('no achievement ' + id);
    return a;
  };
  const expr = src.replace(/achievements@([A-Za-z0-9_]+)/g, (m, id) => `__A(${JSON.stringify(id)})`);
  // eslint-disable-next-line no-new-func
  const f = new Function('__d', '__A', 'num', `with (__d) { return (${expr}); }`);
  const v = f(N, A, num);
  if (v === undefined || (typeof v === 'number' && !isFinite(v))) throw new Error('bad value for ' + src);
  return v;
}
function isFormula(src) { return /[-+*/()]/.test(src.replace(/achievements@[A-Za-z0-9_]+/g, '')); }

// ---------- 数字格式 ----------
function fixed(v, d) {
  const f = Math.pow(10, d);
  const scaled = v * f;
  const r = Math.round(scaled + (scaled >= 0 ? 1e-7 : -1e-7)) / f;
  return r.toFixed(d);
}
function thousands(s) {
  const [i, fpart] = s.split('.');
  const neg = i.startsWith('-');
  const digits = neg ? i.slice(1) : i;
  const g = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + g + (fpart !== undefined ? '.' + fpart : '');
}
function fullwidth(s) {
  return s.replace(/[0-9.]/g, (ch) => (ch === '.' ? '．' : String.fromCharCode(ch.charCodeAt(0) + 0xfee0)));
}
const CN = '零一二三四五六七八九';
function cnNum(n) {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error('cnNum ' + n);
  if (n < 10) return CN[n];
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i];
    if (d === 0) { zero = true; return; }
    if (zero && out) out += '零';
    zero = false;
    out += CN[d] + u;
  });
  return out;
}

// ---------- 文本占位 ----------
const UNIT_RE = /^(万元\/公里|元\/公里|元\/人|元\/户|元\/人次|万元|亿元|元|万人次|人次|万人|万册|万件|万户|万吨|万立方米|立方米\/日|吨\/日|个百分点|百分点|％|%|倍|公里|平方米|平方公里|亩|万亩|公顷|床|张|台|套|辆|个|人|名|家|项|件|次|场|场次|期|份|所|座|处|条|册|篇|户|村|支|批次|批|小时|分钟|天|日|年|分|位|类|本|部|种|只|起|宗|千米|米|元\/平方米)/;

function makeCtx(data, override) {
  return { data, spec: [], marks: {}, override: override || {}, loc: null };
}

function parseOpts(s) {
  const o = {};
  if (!s) return o;
  for (const part of s.split(',')) {
    const p = part.trim();
    if (!p) continue;
    if (p.startsWith('#')) o.mark = p.slice(1);
    else if (p === 'lit') o.lit = true;
    else if (p === 'fw') o.fw = true;
    else if (p.startsWith('approx=')) o.approx = p.slice(7);
    else if (p.startsWith('u=')) o.unit = p.slice(2);
    else if (p.startsWith('refs=')) o.refs = p.slice(5).split(';');
    else throw new Error('unknown option ' + p);
  }
  return o;
}

function formatValue(data, src, fmt, opts) {
  if (fmt.startsWith('=')) return fmt.slice(1);
  const v = evalSrc(data, src);
  if (opts.lit) {
    if (fmt) throw new Error('lit with fmt');
    return String(v);
  }
  const m = fmt.match(/^(\d)?([tfc]*)$/);
  if (!m) throw new Error('bad fmt ' + fmt);
  const flags = m[2];
  if (flags.includes('c')) return cnNum(num(v));
  let s = fixed(num(v), m[1] === undefined ? 0 : Number(m[1]));
  if (flags.includes('t')) s = thousands(s);
  if (flags.includes('f')) s = fullwidth(s);
  return s;
}

// 扫描一段普通文字中的阿拉伯数字，年份、日期、文号、电话登记为 skip；其余报错
const AUTO = [
  [/〔20\d\d〕\d+号/y, '文号'],
  [/[（(]?0\d{2,3}[)）-]\d{7,8}/y, '电话'],
  [/20\d\d年\d{1,2}月\d{1,2}日/y, '日期'],
  [/20\d\d年\d{1,2}月/y, '日期'],
  [/20\d\d[—-]20\d\d年/y, '年份'],
  [/20\d\d[—-]20\d\d/y, '年份'],
  [/20\d\d[年度]/y, '年份'],
  [/\d{1,2}月\d{1,2}日/y, '日期'],
  [/\d{1,2}月(?:底|份|末|中旬|上旬|下旬|起|前|至|—|-)/y, '日期'],
  [/\d{1,2}月/y, '日期'],
  [/\d{1,2}日/y, '日期'],
];
function scanLiteral(orig, ctx) {
  const digit = /[0-9０-９]/;
  // 全角数字按半角识别（一一对应，位置不变），登记原文
  const text = orig.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.');
  let i = 0;
  while (i < text.length) {
    if (!digit.test(text[i])) { i++; continue; }
    let hit = null;
    // 行首的提纲序号“1.”“2、”，以及“（1）”
    const lineHead = /(^|\n)[ \t#>*\-　]*$/.test(text.slice(0, i));
    const om = text.slice(i).match(/^\d{1,2}[.．、](?![0-9])/);
    if (lineHead && om) hit = [om[0], '序号', i];
    const pm = text[i - 1] === '（' && text.slice(i).match(/^\d{1,2}）/);
    if (!hit && pm) hit = ['（' + pm[0], '序号', i - 1];
    if (!hit) for (const [re, why] of AUTO) {
      re.lastIndex = i;
      // 文号、电话可从前面的“〔”“（”开始
      const start = (text[i - 1] === '〔' || text[i - 1] === '（') ? i - 1 : i;
      re.lastIndex = start;
      const m = re.exec(text);
      if (m) { hit = [m[0], why, start]; break; }
    }
    if (!hit) throw new Error(`未登记的数字：…${text.slice(Math.max(0, i - 20), i + 20)}…`);
    const [t0, why] = hit;
    const t = orig.substr(hit[2], t0.length);
    ctx.spec.push({ text: t, skip: why });
    i = hit[2] + t.length;
  }
}

const TOKEN = /\{([^{}|]+)\|([^{}|]*)(?:\|([^{}]*))?\}|\[\[([^\]|]+)\|([^\]]+)\]\]/g;

function renderText(tpl, ctx, where) {
  let out = '';
  let last = 0;
  TOKEN.lastIndex = 0;
  let m;
  while ((m = TOKEN.exec(tpl))) {
    const lit = tpl.slice(last, m.index);
    scanLiteral(lit, ctx);
    out += lit;
    if (m[4] !== undefined) {
      ctx.spec.push({ text: m[4], skip: m[5] });
      out += m[4];
    } else {
      const src = m[1].trim();
      const fmt = m[2].trim();
      const opts = parseOpts(m[3]);
      let text = formatValue(ctx.data, src, fmt, opts);
      let prefix = '';
      let suffix = '';
      if (opts.lit) {
        // 照录的指标值（“≥95%”“1286公里”）：登记其中的数字，前后文字照印
        const nm = text.match(/[0-9０-９][0-9０-９,.．]*/);
        if (nm) { prefix = text.slice(0, nm.index); suffix = text.slice(nm.index + nm[0].length); text = nm[0]; }
      }
      if (opts.fw) {
        text = fullwidth(text);
        prefix = fullwidth(prefix).replace(/%/g, '％');
        suffix = fullwidth(suffix).replace(/%/g, '％');
      }
      out += prefix;
      const after = suffix + tpl.slice(m.index + m[0].length);
      let unit = opts.unit;
      if (unit === undefined) {
        const um = after.match(UNIT_RE);
        unit = um ? um[1] : '';
      }
      const e = { text, unit, source: src };
      if (opts.unit !== undefined && !after.startsWith(opts.unit)) e.unitAfter = false;
      if (isFormula(src)) e.formula = true;
      if (opts.approx) e.approx = opts.approx;
      if (/c/.test(fmt) || (fmt.startsWith('=') && /[一二三四五六七八九十百千两]/.test(text) && !/[0-9０-９]/.test(text))) e.chinese = true;
      if (/f/.test(fmt) || /[０-９]/.test(text)) e.fullwidth = true;
      if (opts.lit) e.literal = true;
      if (opts.refs) e.refs = opts.refs;
      const idx = ctx.spec.length;
      ctx.spec.push(e);
      let shown = text;
      let unitSwap = null;
      if (opts.mark) {
        ctx.marks[opts.mark] = { index: idx, text, unit, where: typeof where === 'function' ? where() : where };
        const ov = ctx.override[opts.mark];
        if (ov !== undefined) {
          if (typeof ov === 'string') shown = ov;
          else { shown = ov.new; unitSwap = ov; }
        }
      }
      out += shown + suffix;
      last = m.index + m[0].length;
      if (unitSwap) {
        // 错稿改单位：紧跟的单位换掉
        if (!tpl.startsWith(unit, last) || suffix) throw new Error('改单位：数字后面不是 ' + unit);
        scanLiteral(unit, ctx);
        out += unitSwap.newUnit;
        last += unit.length;
      }
      continue;
    }
    last = m.index + m[0].length;
  }
  const rest = tpl.slice(last);
  scanLiteral(rest, ctx);
  out += rest;
  return out;
}

// ---------- 宽度（txt 表格对齐） ----------
function dispWidth(s) {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0);
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6))) ? 2 : 1;
  }
  return w;
}

// md / txt：模板按行处理；txt 中 @@table … @@end 之间每行用“ | ”分格，渲染后按显示宽度用空格对齐。
// widths：干净稿算出的列宽（错稿沿用）
function renderPlain(tpl, ctx, widths) {
  const lines = tpl.replace(/^\n/, '').split('\n');
  const out = [];
  let tableNo = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.startsWith('@@table')) {
      const indent = (line.match(/indent=(\d+)/) || [0, 0])[1] | 0;
      const rows = [];
      i++;
      while (!lines[i].startsWith('@@end')) {
        const cells = lines[i].split(' | ').map((c) => renderText(c.trim(), ctx, () => ({ line: out.length + rows.length + 1 })));
        rows.push(cells);
        i++;
      }
      const key = tableNo++;
      if (!widths[key]) {
        const w = [];
        rows.forEach((r) => r.forEach((c, j) => { w[j] = Math.max(w[j] || 0, dispWidth(c)); }));
        widths[key] = w;
      }
      const w = widths[key];
      for (const r of rows) {
        let s = ' '.repeat(indent);
        r.forEach((c, j) => {
          s += c;
          if (j < r.length - 1) s += ' '.repeat(Math.max(w[j] - dispWidth(c), 0) + 2);
        });
        out.push(s.replace(/\s+$/, ''));
      }
      continue;
    }
    out.push(renderText(line, ctx, () => ({ line: out.length + 1 })));
  }
  return out.join('\n').replace(/\n*$/, '\n');
}

// ---------- docx ----------
const docx = require(MAIN + 'docx');
const JSZip = require(MAIN + 'jszip');
const FIXED_DATE = new Date(Date.UTC(2025, 3, 15, 1, 0, 0));

function runs(text, base) {
  // **粗体**
  const parts = text.split(/(\*\*[^*]+\*\*)/).filter((x) => x !== '');
  return parts.map((p) => (p.startsWith('**')
    ? new docx.TextRun({ text: p.slice(2, -2), bold: true, font: base.font, size: base.size })
    : new docx.TextRun({ text: p, bold: base.bold, font: base.font, size: base.size })));
}
function plainOf(text) { return text.replace(/\*\*/g, ''); }

// blocks: [kind, content]；kind = title | h1 | h2 | h3 | p | pr（右对齐） | table
// table: { widths: [..twips..], rows: [[cell…]…] }，cell = 文字 或 { t, span, vm: 'r'|'c', b }
function renderDocxBlocks(blocks, ctx) {
  const children = [];
  const texts = []; // 每个段落（含表格单元格中的段落）的纯文字，按文档顺序
  let tableNo = 0;
  for (const [kind, content] of blocks) {
    if (kind === 'table') {
      const tno = tableNo++;
      const rowsOut = [];
      const rowTexts = [];
      content.rows.forEach((row, ri) => {
        const cellTexts = [];
        const cells = row.map((cell, ci) => {
          const c = typeof cell === 'string' ? { t: cell } : cell;
          const where = () => ({ table: tno, row: ri, col: ci, rowTexts: cellTexts });
          const t = c.vm === 'c' ? '' : renderText(c.t || '', ctx, where);
          cellTexts.push(plainOf(t));
          texts.push(plainOf(t));
          const opts = {
            children: [new docx.Paragraph({ children: runs(t, { size: 21, font: '仿宋', bold: !!c.b || ri === 0 && content.header !== false }), alignment: c.left ? docx.AlignmentType.LEFT : docx.AlignmentType.CENTER })],
            verticalAlign: docx.VerticalAlign.CENTER,
          };
          if (c.span) opts.columnSpan = c.span;
          if (c.vm === 'r') opts.verticalMerge = docx.VerticalMergeType.RESTART;
          if (c.vm === 'c') opts.verticalMerge = docx.VerticalMergeType.CONTINUE;
          if (content.widths) {
            let w = 0;
            for (let k = 0; k < (c.span || 1); k++) w += content.widths[ci + k] || 0;
            if (w) opts.width = { size: w, type: docx.WidthType.DXA };
          }
          return new docx.TableCell(opts);
        });
        rowTexts.push(cellTexts);
        rowsOut.push(new docx.TableRow({ children: cells }));
      });
      const tOpts = { rows: rowsOut, width: { size: 100, type: docx.WidthType.PERCENTAGE } };
      if (content.widths) tOpts.columnWidths = content.widths;
      children.push(new docx.Table(tOpts));
      continue;
    }
    let holder = { text: null };
    const where = () => ({ para: holder });
    const t = renderText(content, ctx, where);
    holder.text = plainOf(t);
    texts.push(plainOf(t));
    const styles = {
      title: { heading: docx.HeadingLevel.TITLE, alignment: docx.AlignmentType.CENTER, size: 36, font: '方正小标宋简体', bold: true },
      sub: { alignment: docx.AlignmentType.CENTER, size: 28, font: '楷体' },
      h1: { heading: docx.HeadingLevel.HEADING_1, size: 32, font: '黑体' },
      h2: { heading: docx.HeadingLevel.HEADING_2, size: 32, font: '楷体' },
      h3: { heading: docx.HeadingLevel.HEADING_3, size: 32, font: '仿宋', bold: true },
      p: { size: 32, font: '仿宋', indent: true },
      pr: { size: 32, font: '仿宋', alignment: docx.AlignmentType.RIGHT },
      note: { size: 24, font: '仿宋' },
    }[kind];
    if (!styles) throw new Error('unknown block ' + kind);
    const popts = { children: runs(t, styles) };
    if (styles.heading) popts.heading = styles.heading;
    if (styles.alignment) popts.alignment = styles.alignment;
    if (styles.indent) popts.indent = { firstLine: 640 };
    popts.spacing = { line: 560 };
    children.push(new docx.Paragraph(popts));
  }
  const doc = new docx.Document({
    creator: '岚汀省预算绩效语料',
    lastModifiedBy: '岚汀省预算绩效语料',
    title: ctx.title || '',
    description: '',
    sections: [{ properties: {}, children }],
  });
  return { doc, texts };
}

async function packDocx(doc) {
  const buf = await docx.Packer.toBuffer(doc);
  const zin = await JSZip.loadAsync(buf);
  const zout = new JSZip();
  const names = Object.keys(zin.files).filter((n) => !zin.files[n].dir).sort();
  for (const n of names) {
    let content = await zin.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-04-15T09:00:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-04-15T09:00:00Z$2'), 'utf8');
    }
    zout.file(n, content, { date: FIXED_DATE, createFolders: false });
  }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

module.exports = { YAML, evalSrc, numify, num, fixed, thousands, fullwidth, cnNum, makeCtx, renderText, renderPlain, renderDocxBlocks, packDocx, plainOf, dispWidth };

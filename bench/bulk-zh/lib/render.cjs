'use strict';
// 格式化与渲染（只供 gen.cjs 使用）。
// 模板占位：{来源|格式|选项…}，[[文字|原因]] 为不核对的数字。
const YAML = require('/work/main/node_modules/yaml');

// ---------- 取值 ----------
const PATH_RE = /^(?:achievements@[A-Za-z0-9_]+(?:\.[A-Za-z_]\w*)?|[A-Za-z_]\w*(?:\[\d+\])?(?:\.[A-Za-z_]\w*(?:\[\d+\])?)*)$/;
const TOKEN_RE = /achievements@[A-Za-z0-9_]+(?:\.[A-Za-z_]\w*)?|[A-Za-z_]\w*(?:\[\d+\])?(?:\.[A-Za-z_]\w*(?:\[\d+\])?)*/g;

function toNum(v) {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const m = v.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
    if (m) return Number(m[0]);
  }
  return v;
}
function getPath(data, p) {
  let cur;
  let rest;
  const m = p.match(/^achievements@([A-Za-z0-9_]+)(?:\.(.*))?$/);
  if (m) {
    cur = (data.achievements || []).find((a) => a.id === m[1]);
    if (!cur) throw new Error('no achievement ' + m[1]);
    rest = m[2] || '';
  } else {
    cur = data;
    rest = p;
  }
  if (rest) {
    for (const seg of rest.split('.')) {
      const mm = seg.match(/^(\w+)(?:\[(\d+)\])?$/);
      if (!mm) throw new Error('bad path ' + p);
      cur = cur == null ? undefined : cur[mm[1]];
      if (mm[2] !== undefined) cur = cur == null ? undefined : cur[Number(mm[2])];
    }
  }
  if (cur && typeof cur === 'object' && 'value' in cur) cur = cur.value;
  if (typeof cur === 'string' && /^-?[\d,]+(\.\d+)?$/.test(cur)) cur = Number(cur.replace(/,/g, ''));
  return cur;
}
function evalSource(data, src) {
  if (PATH_RE.test(src)) {
    const v = getPath(data, src);
    if (v === undefined) throw new Error('undefined path ' + src);
    return v;
  }
  const js = src.replace(TOKEN_RE, (t) => {
    if (t === 'num' || t === 'Math' || /^Math\./.test(t) || t === 'abs') return t;
    return 'V(' + JSON.stringify(t) + ')';
  });
  const V = (t) => {
    const v = getPath(data, t);
    if (v === undefined) throw new Error('undefined path ' + t + ' in ' + src);
    return v;
  };
  const num = (x) => toNum(x);
  const abs = Math.abs;
  // eslint-disable-next-line no-new-func
  return Function('V', 'num', 'abs', 'return (' + js + ');')(V, num, abs);
}

// ---------- 数字格式 ----------
function roundFixed(v, d) {
  const x = Number(v) * Math.pow(10, d);
  const frac = Math.abs(x) - Math.floor(Math.abs(x));
  if (Math.abs(frac - 0.5) < 1e-6) throw new Error('rounding boundary: ' + v + ' to ' + d);
  const r = Math.sign(x) * Math.round(Math.abs(x) + 1e-9);
  return (r / Math.pow(10, d)).toFixed(d);
}
function withThousands(s) {
  const neg = s.startsWith('-');
  if (neg) s = s.slice(1);
  const [i, f] = s.split('.');
  const ii = i.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return (neg ? '-' : '') + ii + (f !== undefined ? '.' + f : '');
}
const FW = { '0': '０', '1': '１', '2': '２', '3': '３', '4': '４', '5': '５', '6': '６', '7': '７', '8': '８', '9': '９', '.': '．', ',': '，', '-': '－', '%': '％' };
function fullwidth(s) { return s.replace(/[0-9.,\-%]/g, (c) => FW[c]); }
const CD = '零一二三四五六七八九';
function toCn(n) {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error('toCn ' + n);
  if (n < 10) return CD[n];
  if (n < 20) return '十' + (n % 10 ? CD[n % 10] : '');
  const units = ['', '十', '百', '千'];
  const ds = String(n).split('').map(Number);
  let out = '';
  let zero = false;
  ds.forEach((d, i) => {
    const u = units[ds.length - 1 - i];
    if (d === 0) { zero = true; return; }
    if (zero && out) out += '零';
    zero = false;
    out += CD[d] + u;
  });
  return out;
}
function fmtNumber(v, fmt) {
  // fmt: 数字（小数位）+ 标志 t 千分位、f 全角、p 正数带“+”；或 c 汉字
  if (fmt === 'c') return toCn(Math.round(v));
  const m = fmt.match(/^(\d+)([a-z]*)$/);
  if (!m) throw new Error('bad fmt ' + fmt);
  let s = roundFixed(v, Number(m[1]));
  if (/^-0(\.0+)?$/.test(s)) s = s.slice(1);
  if (m[2].includes('t')) s = withThousands(s);
  if (m[2].includes('p') && !s.startsWith('-')) s = '+' + s;
  if (m[2].includes('f')) s = fullwidth(s);
  return s;
}

// ---------- 模板解析 ----------
const UNITS = ['万平方米', '平方米', '万人次', '人次', '个百分点', '百分点', '万元', '亿元', '千元', '元/平方米', '元/亩', '元/人', '元/户', '元/头', '元/株', '元', '万亩', '亩', '万株', '株', '万头', '头', '万羽', '羽', '万只', '只', '万卷', '卷', '万件', '件', '%', '％', '倍', '公顷', '公里', '千米', '米', '吨', '户', '人', '名', '家', '项', '个', '次', '场', '期', '班', '所', '处', '栋', '幢', '套', '台', '份', '批', '天', '小时', '分钟', '岁', '分', '座', '站', '条', '类', '部', '位', '册', '卷', '宗', '起', '本', '张', '辆', '间', '年', '万'];
UNITS.push('头次', '批次', '台件', '万画幅', '画幅', '亿斤', '万斤', '公斤', '万户', '等', '张', '元/画幅', '元/万株', '万株', '万羽', '人');
UNITS.sort((a, b) => b.length - a.length);
function unitAfter(s) {
  for (const u of UNITS) if (s.startsWith(u)) return u;
  return '';
}

function splitOutside(s, sep) {
  // 在 {…} 和 [[…]] 之外按 sep 切分
  const out = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < s.length; i++) {
    if (s.startsWith('[[', i)) { depth++; cur += '[['; i++; continue; }
    if (s.startsWith(']]', i) && depth > 0) { depth--; cur += ']]'; i++; continue; }
    const c = s[i];
    if (c === '{') depth++;
    if (c === '}') depth--;
    if (c === sep && depth === 0) { out.push(cur); cur = ''; continue; }
    cur += c;
  }
  out.push(cur);
  return out;
}

// 自动登记为 skip 的数字
const AUTO_SKIPS = [
  [/〔\d{4}〕\d+号/y, '文号'],
  [/\d{4}年\d{1,2}月\d{1,2}日/y, '日期'],
  [/\d{4}年\d{1,2}月/y, '日期'],
  [/\d{4}—\d{4}年/y, '年份'],
  [/\d{4}年(?:度)?/y, '年份'],
  [/\d{1,2}月\d{1,2}日/y, '日期'],
  [/\d{1,2}月(?:底|末|份|中旬|上旬|下旬|初)?/y, '日期'],
  [/0\d{2,3}-\d{7,8}/y, '电话'],
  [/(?<=(?:表|图|附件|附表))\d+/y, '序号'],
  [/(?<=\[\^)\d+(?=\])/y, '脚注序号'],
];
const LINE_ORD = /^([ \t　#>*-]*)(\d+)([.、)）]|\.)(?!\d)/;

class Renderer {
  constructor(data) {
    this.data = data;
  }

  // 渲染一段（不含换行的字符串也可含换行）文字，返回 { text, figs: [{start,end,spec}] }
  seg(tpl, ctx) {
    let out = '';
    const figs = [];
    let i = 0;
    const pushLiteral = (lit) => {
      // 扫描数字
      let j = 0;
      const lineStart = out.length === 0 || out.endsWith('\n');
      while (j < lit.length) {
        const atLineStart = (j === 0 && lineStart) || lit[j - 1] === '\n';
        if (atLineStart) {
          const rest = lit.slice(j);
          const lm = rest.match(LINE_ORD);
          if (lm && (rest.slice(lm[0].length).length === 0 || true)) {
            const s0 = out.length + j + lm[1].length;
            figs.push({ start: s0, end: s0 + lm[2].length, spec: { text: lm[2], skip: '序号' } });
            out += lit.slice(j, j + lm[0].length);
            lit = lit.slice(j + lm[0].length);
            j = 0;
            continue;
          }
        }
        const c = lit[j];
        if (/[0-9０-９〔]/.test(c)) {
          let hit = false;
          for (const [re, why] of AUTO_SKIPS) {
            re.lastIndex = j;
            const m = re.exec(lit);
            if (m) {
              const s0 = out.length + j;
              figs.push({ start: s0, end: s0 + m[0].length, spec: { text: m[0], skip: why } });
              j += m[0].length;
              hit = true;
              break;
            }
          }
          if (!hit && c === '〔') { j++; continue; }
          if (!hit) throw new Error('未登记的数字：' + JSON.stringify(lit.slice(Math.max(0, j - 15), j + 15)) + ' in ' + (ctx || ''));
          continue;
        }
        j++;
      }
      out += lit;
    };
    let lit = '';
    while (i < tpl.length) {
      if (tpl.startsWith('[[', i)) {
        pushLiteral(lit); lit = '';
        const e = tpl.indexOf(']]', i);
        const body = tpl.slice(i + 2, e);
        const k = body.lastIndexOf('|');
        const text = body.slice(0, k);
        const why = body.slice(k + 1);
        const s0 = out.length;
        // 其中的数字串整体登记
        out += text;
        figs.push({ start: s0, end: s0 + text.length, spec: { text, skip: why } });
        i = e + 2;
        continue;
      }
      if (tpl[i] === '{') {
        pushLiteral(lit); lit = '';
        const e = tpl.indexOf('}', i);
        const body = tpl.slice(i + 1, e);
        i = e + 1;
        const r = this.placeholder(body, tpl.slice(i));
        const s0 = out.length + r.prefix.length;
        out += r.prefix + r.text + r.suffix;
        figs.push({ start: s0, end: s0 + r.text.length, spec: r.spec });
        continue;
      }
      lit += tpl[i];
      i++;
    }
    pushLiteral(lit);
    return { text: out, figs };
  }

  placeholder(body, after) {
    const parts = body.split('|');
    const src = parts[0];
    let fmt = parts[1] || '2';
    let rest = parts.slice(2);
    if (!/^(\d+[a-z]*|c|=.*)$/.test(fmt)) { rest = parts.slice(1); fmt = '2'; }
    const opts = {};
    for (const o of rest) {
      const k = o.indexOf('=');
      if (k < 0) opts[o] = true; else opts[o.slice(0, k)] = o.slice(k + 1);
    }
    const spec = {};
    let text;
    let prefix = '';
    let suffix = '';
    const value = evalSource(this.data, src);
    if (opts.lit && !fmt.startsWith('=')) {
      // 照录数据中的文字：只登记其中的数字（或整段没有数字的等级）
      const s = String(value);
      const m = s.match(/\d[\d,]*(?:\.\d+)?/);
      if (m) {
        prefix = s.slice(0, m.index);
        text = m[0];
        suffix = s.slice(m.index + m[0].length);
      } else {
        text = s;
      }
    } else if (fmt.startsWith('=')) {
      text = fmt.slice(1);
    } else {
      text = fmtNumber(value, fmt);
    }
    spec.text = text;
    const u = opts.u !== undefined ? opts.u : unitAfter(suffix || after);
    spec.unit = u;
    if (opts.u !== undefined) spec.unitAfter = false;
    spec.source = src;
    if (!PATH_RE.test(src)) spec.formula = true;
    if (opts.approx) spec.approx = opts.approx;
    if (opts.style) spec.style = opts.style;
    if (fmt === 'c' || opts.cn) spec.chinese = true;
    if (/f/.test(fmt.startsWith('=') ? '' : fmt) || opts.fw) spec.fullwidth = true;
    if (opts.lit) spec.literal = true;
    if (opts.refs) spec.refs = opts.refs.split(';');
    for (const key of ['a', 'b']) {
      if (opts['#' + key]) {
        const [nw, kind, internal, relation, newUnit] = opts['#' + key].split('~');
        spec.bad = spec.bad || {};
        spec.bad[key] = { new: nw, kind, internal };
        if (relation) spec.bad[key].relation = relation;
        if (newUnit) spec.bad[key].newUnit = newUnit;
      }
    }
    return { text, prefix, suffix, spec };
  }
}

// ---------- 显示宽度、txt 表格 ----------
function dispWidth(s) {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff\u2000-\u22ff]/.test(ch) ? 1 : 2;
  return w;
}

// 把 md/txt 模板渲染成文本；返回 { text, figs }
function renderText(data, tpl, format, widthsIn) {
  const R = new Renderer(data);
  const lines = tpl.split('\n');
  let out = '';
  const figs = [];
  const widthsOut = [];
  let tIndex = 0;
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li];
    if (line.startsWith('@@table')) {
      const indent = (line.match(/indent=(\d+)/) || [0, '2'])[1];
      const rows = [];
      li++;
      while (!lines[li].startsWith('@@end')) { rows.push(lines[li]); li++; }
      const cells = rows.map((r) => splitOutside(r, '|').map((c) => c.trim()).map((c) => R.seg(c, 'table')));
      const ncol = Math.max(...cells.map((r) => r.length));
      const widths = [];
      for (let c = 0; c < ncol; c++) widths[c] = Math.max(...cells.map((r) => (r[c] ? dispWidth(r[c].text) : 0)));
      const useW = widthsIn && widthsIn[tIndex] ? widthsIn[tIndex] : widths;
      widthsOut.push(useW);
      tIndex++;
      for (const r of cells) {
        let rowText = ' '.repeat(Number(indent));
        r.forEach((cell, c) => {
          const base = out.length + rowText.length;
          for (const f of cell.figs) figs.push({ start: base + f.start, end: base + f.end, spec: f.spec });
          rowText += cell.text;
          if (c < r.length - 1) rowText += ' '.repeat(Math.max(2, useW[c] - dispWidth(cell.text) + 2));
        });
        out += rowText.replace(/\s+$/, '') + '\n';
      }
      continue;
    }
    const r = R.seg(line, 'line ' + (li + 1));
    const base = out.length;
    for (const f of r.figs) figs.push({ start: base + f.start, end: base + f.end, spec: f.spec });
    out += r.text + (li < lines.length - 1 ? '\n' : '');
  }
  if (!out.endsWith('\n')) out += '\n';
  return { text: out, figs, widths: widthsOut };
}

// docx：blocks = [{p, h?, center?} | {table: [[cell]], widths?}]
// cell: 字符串或 { t, span }
function renderBlocks(data, blocks) {
  const R = new Renderer(data);
  const paras = []; // { text, figs, kind: 'p'|'cell', blockIndex, row, col, rowKey, h, center, bold }
  blocks.forEach((b, bi) => {
    if (b.table) {
      const rowsRendered = b.table.map((row) => row.map((cell) => {
        const c = typeof cell === 'string' ? { t: cell } : cell;
        const r = R.seg(c.t, 'cell');
        return { ...c, text: r.text, figs: r.figs };
      }));
      rowsRendered.forEach((row, ri) => {
        const key = row.slice(0, 2).map((c) => c.text).join('｜');
        row.forEach((c, ci) => {
          paras.push({ text: c.text, figs: c.figs, kind: 'cell', blockIndex: bi, row: ri, col: ci, rowKey: key, span: c.span, bold: ri < (b.headerRows || 1) || c.bold });
        });
      });
    } else {
      const r = R.seg(b.p, 'para');
      paras.push({ text: r.text, figs: r.figs, kind: 'p', blockIndex: bi, h: b.h, center: b.center, bold: !!b.h || b.bold });
    }
  });
  return paras;
}

async function buildDocx(blocks, paras, title) {
  const D = require('/work/main/node_modules/docx');
  const children = [];
  let pi = 0;
  const mkPara = (p, inCell) => new D.Paragraph({
    alignment: p.center ? D.AlignmentType.CENTER : undefined,
    children: [new D.TextRun({ text: p.text, bold: p.bold, font: '仿宋', size: inCell ? 21 : (p.h === 0 ? 36 : 28) })],
  });
  blocks.forEach((b, bi) => {
    if (b.table) {
      const rows = [];
      b.table.forEach((row, ri) => {
        const cells = row.map((cell) => {
          const p = paras[pi++];
          return new D.TableCell({ columnSpan: p.span || 1, children: [mkPara(p, true)] });
        });
        rows.push(new D.TableRow({ children: cells }));
      });
      children.push(new D.Table({ rows, width: { size: 100, type: D.WidthType.PERCENTAGE } }));
      children.push(new D.Paragraph({ children: [] }));
    } else {
      children.push(mkPara(paras[pi++], false));
    }
  });
  const doc = new D.Document({
    creator: 'bulk-zh',
    title,
    sections: [{ children }],
  });
  const buf = await D.Packer.toBuffer(doc);
  const JSZip = require('/work/main/node_modules/jszip');
  const z = await JSZip.loadAsync(buf);
  const names = Object.keys(z.files).filter((n) => !z.files[n].dir).sort();
  const out = new JSZip();
  const date = new Date(Date.UTC(2025, 3, 15, 1, 0, 0));
  for (const n of names) {
    let content = await z.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-04-15T09:00:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-04-15T09:00:00Z$2'), 'utf8');
    }
    out.file(n, content, { date, createFolders: false });
  }
  return out.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

module.exports = { YAML, evalSource, getPath, fmtNumber, toCn, renderText, renderBlocks, buildDocx, dispWidth, roundFixed };

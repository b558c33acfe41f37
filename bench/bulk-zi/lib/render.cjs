'use strict';
// bulk-zi 渲染库：占位展开、数字格式化、md/txt/docx 输出。只供 gen.cjs 使用。
const YAML = require('/work/main/node_modules/yaml');

// ---------- 取值 ----------
const PATH_RE = /[A-Za-z_][A-Za-z0-9_]*(?:@[A-Za-z0-9_]+)?(?:\[\d+\]|\.[A-Za-z_][A-Za-z0-9_]*)*/g;
function getPath(data, p) {
  const parts = [];
  const m0 = /^([A-Za-z_][A-Za-z0-9_]*)(@[A-Za-z0-9_]+)?/.exec(p);
  let cur;
  if (m0[2]) {
    const arr = data[m0[1]];
    cur = arr.find((x) => x.id === m0[2].slice(1));
    if (!cur) throw new Error('no id ' + p);
  } else cur = data[m0[1]];
  const rest = p.slice(m0[0].length);
  const re = /\[(\d+)\]|\.([A-Za-z_][A-Za-z0-9_]*)/g;
  let m;
  while ((m = re.exec(rest))) {
    if (cur == null) throw new Error('bad path ' + p);
    cur = m[1] !== undefined ? cur[+m[1]] : cur[m[2]];
  }
  if (cur === undefined) throw new Error('undefined path ' + p);
  return cur;
}
function num(v) {
  if (typeof v === 'number') return v;
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(String(v));
  if (!m) throw new Error('no number in ' + v);
  return Number(m[0].replace(/,/g, ''));
}
const FUNCS = new Set(['num', 'Math', 'abs', 'min', 'max']);
function evalExpr(data, expr) {
  const paths = [];
  const js = expr.replace(PATH_RE, (p) => {
    if (FUNCS.has(p)) return p;
    paths.push(p);
    const v = getPath(data, p);
    if (typeof v === 'number') return '(' + v + ')';
    if (typeof v === 'string' && /^-?[\d,]+(\.\d+)?$/.test(v)) return '(' + v.replace(/,/g, '') + ')';
    return JSON.stringify(v);
  });
  // eslint-disable-next-line no-new-func
  const f = new Function('num', 'abs', 'min', 'max', 'return (' + js + ');');
  return { value: f(num, Math.abs, Math.min, Math.max), paths };
}

// ---------- 格式化 ----------
function roundHalfUp(x, d) {
  const k = Math.pow(10, d);
  const y = Math.abs(x) * k;
  const r = Math.floor(y + 0.5 + 1e-9) / k;
  return x < 0 ? -r : r;
}
function nearHalf(x, d) {
  const y = Math.abs(x) * Math.pow(10, d);
  const f = y - Math.floor(y);
  return Math.abs(f - 0.5) < 1e-6;
}
function groupDigits(intStr, sep) {
  return intStr.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}
function fmtNumber(v, d, sep, plus) {
  const r = roundHalfUp(v, d);
  const neg = r < 0;
  let s = Math.abs(r).toFixed(d);
  if (sep) {
    const [i, f] = s.split('.');
    s = groupDigits(i, sep) + (f !== undefined ? '.' + f : '');
  }
  if (neg) s = '-' + s;
  else if (plus && r > 0) s = '+' + s;
  return s;
}
const CN = '零一二三四五六七八九';
function chineseInt(n, liang) {
  if (!Number.isInteger(n) || n < 0 || n > 999) throw new Error('chinese out of range ' + n);
  if (n < 10) return n === 2 && liang ? '两' : CN[n];
  const h = Math.floor(n / 100), t = Math.floor((n % 100) / 10), u = n % 10;
  let s = '';
  if (h) s += (h === 2 && liang ? '两' : CN[h]) + '百';
  if (t) s += (t === 1 && !h ? '' : CN[t]) + '十';
  else if (h && u) s += '零';
  if (u) s += CN[u];
  return s;
}

// ---------- 占位展开 ----------
// {来源;格式;选项…}  格式：数字=小数位，t=千分位逗号，s=千分位空格，p=正数带+，c=汉字（cl 用“两”），=文字 照写
// 选项：approx=约 style=cheng|bei|fan cn lit nu(单位在表头) refs=a,b pre? #a=新~类型~internal~关系
// [[文字;原因]] 不核对
const UNITS = ['万平方米', '万立方米', '万人次', '亿尾', '万人', '万吨', '个工作日', '个月', '个百分点', '万元', '亿元', '万尾', '万人次', '人次', '万亩', '万册', '万户', '平方米', '公里', '公顷', '立方米',
  '小时', '元', '万', '亿', '%', '％', '分', '个', '人', '家', '项', '件', '次', '名', '户', '座', '亩', '吨', '辆', '条',
  '场', '所', '处', '倍', '台', '套', '册', '份', '批', '尾', '米', '天', '年', '位', '宗', '起', '部', '支', '间', '棵', '株', '车', '组', '期', '点', '成', '栋', '口', '岁'].sort((a, b) => b.length - a.length);
function unitAfter(text, pos) {
  let rest = text.slice(pos);
  let space = false;
  if (rest[0] === ' ' && /^ (%|％)/.test(rest)) { space = true; rest = rest.slice(1); }
  for (const u of UNITS) if (rest.startsWith(u)) return { unit: u, space };
  return { unit: '', space: false };
}

function expand(src, data, ctx) {
  // returns {text, figs:[{start,len,...}]}
  let out = '';
  const figs = [];
  let i = 0;
  while (i < src.length) {
    if (src.startsWith('[[', i)) {
      const j = src.indexOf(']]', i);
      const [txt, reason] = src.slice(i + 2, j).split(';');
      figs.push({ start: out.length, len: txt.length, text: txt, skip: reason || '数据中没有' });
      out += txt;
      i = j + 2;
      continue;
    }
    if (src[i] === '{') {
      const j = src.indexOf('}', i);
      const parts = src.slice(i + 1, j).split(';');
      const fig = makeFig(parts, data, ctx);
      fig.start = out.length;
      fig.len = fig.text.length;
      out += fig.text;
      figs.push(fig);
      i = j + 1;
      continue;
    }
    out += src[i];
    i++;
  }
  return { text: out, figs };
}

function makeFig(parts, data, ctx) {
  const [source, fmt, ...opts] = parts;
  const fig = { source };
  const { value, paths } = evalExpr(data, source);
  const isPath = paths.length === 1 && (paths[0] === source || source === 'num(' + paths[0] + ')');
  if (!isPath) fig.formula = true;
  fig.value = typeof value === 'number' ? roundHalfUp(value, 6) : value;
  const o = {};
  for (const op of opts) {
    const k = op.indexOf('=');
    if (k < 0) o[op] = true;
    else o[op.slice(0, k)] = op.slice(k + 1);
  }
  let text;
  if (fmt.startsWith('=')) {
    text = fmt.slice(1);
  } else if (fmt === 'c' || fmt === 'cl') {
    let v = value;
    if (o.style === 'cheng') v = value / 10;
    const n = roundHalfUp(v, 0);
    if (nearHalf(v, 0) && !o.approx) throw new Error('half boundary ' + source);
    text = chineseInt(n, fmt === 'cl');
    fig.chinese = true;
  } else {
    const m = /^(\d)?([ts])?(p)?$/.exec(fmt);
    if (!m) throw new Error('bad fmt ' + fmt);
    const d = m[1] ? +m[1] : 0;
    if (typeof value !== 'number') throw new Error('non-number ' + source + ' = ' + value);
    if (nearHalf(value, d) && !o.approx) throw new Error('half boundary ' + source + ' ' + value);
    text = fmtNumber(value, d, m[2] === 't' ? ',' : m[2] === 's' ? ' ' : '', !!m[3]);
  }
  fig.text = text;
  if (o.approx) fig.approx = o.approx;
  if (o.style) fig.style = o.style;
  if (/[一二三四五六七八九十两百零]/.test(text)) fig.chinese = true;
  if (o.lit) fig.literal = true;
  if (o.nu) fig.unitAfter = false;
  if (o.unit) fig.unitHeader = o.unit;
  const refs = new Set();
  if (fig.formula) for (const p of paths) refs.add(p);
  if (o.refs) for (const r of o.refs.split(',')) refs.add(r);
  refs.delete(source);
  if (refs.size) fig.refs = [...refs];
  for (const key of ['a', 'b']) {
    if (o['#' + key]) {
      const [nw, kind, internal, relation] = o['#' + key].split('~');
      fig.bad = fig.bad || {};
      fig.bad[key] = { new: nw, kind, internal };
      if (relation) fig.bad[key].relation = relation;
    }
  }
  return fig;
}

// ---------- 自动 skip 与未登记数字 ----------
const DIGIT_RE = /[0-9０-９]+(?:[.．][0-9０-９]+)?/g;
const AUTO = [
  [/^(\d{4})(?=年|—|-|～|至|版)/, '年份'],
  [/^\d{1,2}(?=月|日)/, '日期'],
  [/^\d{1,4}(?=号)/, '文号'],
  [/^\d{4}(?=〕)/, '文号'],
];
function autoSkip(line, figs, where) {
  const covered = (p) => figs.some((f) => p >= f.start && p < f.start + f.len);
  const added = [];
  let m;
  DIGIT_RE.lastIndex = 0;
  while ((m = DIGIT_RE.exec(line))) {
    if (covered(m.index)) continue;
    const tail = line.slice(m.index);
    const before = line.slice(0, m.index);
    let reason = null, len = m[0].length;
    if (/^\s*(?:[#>*-]+\s*)?$/.test(before) && /^\d+[.．、]/.test(tail)) { reason = '行首序号'; len = /^\d+/.exec(tail)[0].length; }
    else if (/（$/.test(before) && /^\d+）/.test(tail)) { reason = '序号'; len = /^\d+/.exec(tail)[0].length; }
    else if (/表$/.test(before) && /^\d+/.test(tail)) { reason = '表号'; len = /^\d+/.exec(tail)[0].length; }
    else {
      for (const [re, r] of AUTO) {
        const mm = re.exec(tail);
        if (mm) { reason = r; len = mm[0].length; break; }
      }
    }
    if (!reason) throw new Error('未登记的数字 “' + m[0] + '” in ' + where + ': ' + line);
    added.push({ start: m.index, len, text: line.substr(m.index, len), skip: reason });
    DIGIT_RE.lastIndex = m.index + len;
  }
  return figs.concat(added).sort((a, b) => a.start - b.start);
}

// ---------- 显示宽度 ----------
function dw(s) {
  let w = 0;
  for (const ch of s) w += /[\u0000-\u00ff≥≤—～×÷]/.test(ch) && ch !== '—' ? 1 : 2;
  return w;
}
function padTo(s, w, right) {
  const n = w - dw(s);
  return right ? ' '.repeat(n) + s : s + ' '.repeat(n);
}

// ---------- 文档解析 ----------
// 报告源：逐行；@@box … @@end 为 ASCII 框线表（txt），行以 | 分格，--- 为分隔线；
// @@table … @@end 为 Word 表（docx），单元格写 ^ 表示与上一行合并；docx 中 “# ” 开头为标题，“#! ” 居中标题。
function render(unit, data) {
  const srcLines = unit.report.replace(/^\n/, '').replace(/\n$/, '').split('\n');
  const lines = []; // {text, figs, kind:'p'|'h'|'cell', table?, row?, col?, merge?}
  for (let li = 0; li < srcLines.length; li++) {
    const raw = srcLines[li];
    if (raw === '@@box' || raw === '@@table') {
      const rows = [];
      li++;
      while (srcLines[li] !== '@@end') { rows.push(srcLines[li]); li++; }
      if (raw === '@@box') renderBox(rows, data, lines, unit);
      else renderWordTable(rows, data, lines, unit);
      continue;
    }
    let kind = 'p', s = raw;
    if (unit.format === 'docx') {
      if (s.startsWith('#! ')) { kind = 'title'; s = s.slice(3); }
      else if (s.startsWith('# ')) { kind = 'h'; s = s.slice(2); }
      if (s === '') continue;
    }
    const e = expand(s, data, unit);
    lines.push({ text: e.text, figs: e.figs, kind });
  }
  for (let i = 0; i < lines.length; i++) lines[i].figs = autoSkip(lines[i].text, lines[i].figs, unit.id + ':' + (i + 1));
  return lines;
}
function splitRow(r) {
  return r.replace(/^\s*\|/, '').replace(/\|\s*$/, '').split('|').map((c) => c.trim());
}
function renderBox(rows, data, lines, unit) {
  const cellsRows = rows.map((r) => (r.trim() === '---' ? null : splitRow(r).map((c) => expand(c, data, unit))));
  const ncol = Math.max(...cellsRows.filter(Boolean).map((r) => r.length));
  const widths = Array(ncol).fill(0);
  for (const r of cellsRows) if (r) r.forEach((c, k) => (widths[k] = Math.max(widths[k], dw(c.text))));
  const sepLine = '+' + widths.map((w) => '-'.repeat(w + 2)).join('+') + '+';
  lines.push({ text: sepLine, figs: [], kind: 'p' });
  for (const r of cellsRows) {
    if (!r) { lines.push({ text: sepLine, figs: [], kind: 'p' }); continue; }
    let text = '|';
    const figs = [];
    r.forEach((c, k) => {
      const numeric = /^[-+]?[\d.,\s%]+$/.test(c.text) || /^\d/.test(c.text);
      const cellStart = text.length + 1;
      const padded = padTo(c.text, widths[k], numeric);
      const off = padded.length - c.text.length;
      const base = cellStart + (numeric ? off : 0);
      for (const f of c.figs) figs.push({ ...f, start: f.start + base });
      text += ' ' + padded + ' |';
    });
    lines.push({ text, figs, kind: 'p', box: true, cellWidths: widths });
  }
  lines.push({ text: sepLine, figs: [], kind: 'p' });
}
function renderWordTable(rows, data, lines, unit) {
  const t = (unit._tables = (unit._tables || 0) + 1);
  const parsed = rows.map((r) => splitRow(r));
  parsed.forEach((cells, ri) => {
    cells.forEach((c, ci) => {
      const merge = c === '^';
      const e = merge ? { text: '', figs: [] } : expand(c, data, unit);
      lines.push({ text: e.text, figs: e.figs, kind: 'cell', table: t, row: ri, col: ci, merge, header: ri === 0 });
    });
  });
}

// ---------- 输出 ----------
function toPlain(lines) {
  return lines.map((l) => l.text).join('\n') + '\n';
}

async function toDocx(lines, meta) {
  const D = require('/work/main/node_modules/docx');
  const JSZip = require('/work/main/node_modules/jszip');
  const children = [];
  let i = 0;
  while (i < lines.length) {
    const l = lines[i];
    if (l.kind === 'cell') {
      const t = l.table;
      const cells = [];
      while (i < lines.length && lines[i].kind === 'cell' && lines[i].table === t) cells.push(lines[i++]);
      const nrow = Math.max(...cells.map((c) => c.row)) + 1;
      const rowsOut = [];
      for (let r = 0; r < nrow; r++) {
        const rc = cells.filter((c) => c.row === r);
        rowsOut.push(new D.TableRow({
          children: rc.map((c) => {
            // 纵向合并：起始格 restart，后续格 continue
            const below = cells.find((x) => x.row === r + 1 && x.col === c.col);
            const opts = { children: [new D.Paragraph({ children: [new D.TextRun({ text: c.text, bold: c.header })] })] };
            if (c.merge) opts.verticalMerge = D.VerticalMergeType.CONTINUE;
            else if (below && below.merge) opts.verticalMerge = D.VerticalMergeType.RESTART;
            return new D.TableCell(opts);
          }),
        }));
      }
      children.push(new D.Table({ rows: rowsOut, width: { size: 100, type: D.WidthType.PERCENTAGE } }));
      continue;
    }
    if (l.kind === 'title') children.push(new D.Paragraph({ alignment: D.AlignmentType.CENTER, children: [new D.TextRun({ text: l.text, bold: true, size: 32 })] }));
    else if (l.kind === 'h') children.push(new D.Paragraph({ children: [new D.TextRun({ text: l.text, bold: true })] }));
    else children.push(new D.Paragraph({ children: [new D.TextRun({ text: l.text })] }));
    i++;
  }
  const doc = new D.Document({ creator: meta.creator, title: meta.title, description: '', sections: [{ children }] });
  const buf = await D.Packer.toBuffer(doc);
  const zin = await JSZip.loadAsync(buf);
  const zout = new JSZip();
  const date = new Date(Date.UTC(2025, 3, 15, 1, 0, 0));
  const names = Object.keys(zin.files).filter((n) => !zin.files[n].dir).sort();
  for (const n of names) {
    let content = await zin.files[n].async('nodebuffer');
    if (n === 'docProps/core.xml') {
      let s = content.toString('utf8');
      s = s.replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-04-15T09:00:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-04-15T09:00:00Z$2');
      content = Buffer.from(s, 'utf8');
    }
    zout.file(n, content, { date, createFolders: false });
  }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'UNIX' });
}

module.exports = { render, toPlain, toDocx, evalExpr, getPath, num, roundHalfUp, fmtNumber, chineseInt, unitAfter, dw, padTo, YAML };

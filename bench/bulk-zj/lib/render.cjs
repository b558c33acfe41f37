'use strict';
// bulk-zj 的渲染库：占位展开、格式化、md/txt/docx 输出。只供 gen.cjs 使用（check.cjs 不引用）。
//
// 报告源文本中的记号：
//   〖表达式|格式|选项|选项…〗   与数据对应的数字（登记到 spec，核对）
//   ⟨文字|原因⟩                  数据中没有的数字（登记为 skip）
// 表达式：字段路径（budget.actual、projects[2].total、achievements@id.value）、数字、+ - * / ( )、num(路径)（取文字中的数）。
// 格式：小数位数 + 标志：t 逗号千分位，c 汉字，L 汉字且 2 读“两”，a 取绝对值，+ 正数带加号。
// 选项：approx=约 / style=cheng|baifenzhi / lit / unit=表头单位 / neg=△|()|（）|- / refs=路径,路径 /
//       split=N 或 splitb=N（docx：第 N 个字符起另起一个 run，b 为加粗）/ a=新文字~类型~yes|no~说明 / b=…

const YAML = require('/work/main/node_modules/yaml');

// ---------------------------------------------------------------- 取值
function toNum(v, where) {
  if (typeof v === 'number') return v;
  if (v && typeof v === 'object' && 'value' in v) return toNum(v.value, where);
  if (typeof v === 'string') {
    const m = v.replace(/,/g, '').match(/-?\d+(?:\.\d+)?/);
    if (m) return parseFloat(m[0]);
  }
  throw new Error(`不是数字：${where} = ${JSON.stringify(v)}`);
}

function getPath(data, path) {
  const re = /([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|@([A-Za-z0-9_]+)|(\.)/g;
  let cur = data, m, pos = 0;
  while ((m = re.exec(path))) {
    if (m.index !== pos) throw new Error(`路径写法有误：${path}`);
    pos = re.lastIndex;
    if (m[4]) continue;
    if (cur == null) throw new Error(`路径不存在：${path}`);
    if (m[1] !== undefined) cur = cur[m[1]];
    else if (m[2] !== undefined) cur = cur[Number(m[2])];
    else {
      if (!Array.isArray(cur)) throw new Error(`@ 只用于数组：${path}`);
      const id = m[3];
      cur = cur.find((x) => x && x.id === id);
    }
  }
  if (pos !== path.length) throw new Error(`路径写法有误：${path}`);
  if (cur === undefined) throw new Error(`路径不存在：${path}`);
  return cur;
}

function tokenize(expr) {
  const toks = [];
  const re = /\s*(?:(\d+(?:\.\d+)?)|(num)\(|([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d+\]|@[A-Za-z0-9_]+)*)|([-+*/()]))/gy;
  let m;
  while (re.lastIndex < expr.length) {
    const at = re.lastIndex;
    m = re.exec(expr);
    if (!m) throw new Error(`表达式写法有误：${expr}（第 ${at} 字符）`);
    if (m[1]) toks.push({ t: 'n', v: parseFloat(m[1]) });
    else if (m[2]) toks.push({ t: 'f', v: 'num' });
    else if (m[3]) toks.push({ t: 'p', v: m[3] });
    else toks.push({ t: 'o', v: m[4] });
  }
  return toks;
}

function evalExpr(expr, data) {
  const toks = tokenize(expr);
  let i = 0;
  const paths = [];
  const peek = () => toks[i];
  function primary() {
    const t = toks[i++];
    if (!t) throw new Error(`表达式不完整：${expr}`);
    if (t.t === 'n') return t.v;
    if (t.t === 'p') { paths.push(t.v); return toNum(getPath(data, t.v), t.v); }
    if (t.t === 'f') {
      const p = toks[i++];
      if (!p || p.t !== 'p') throw new Error(`num() 中应为路径：${expr}`);
      const c = toks[i++];
      if (!c || c.v !== ')') throw new Error(`num( 缺少右括号：${expr}`);
      paths.push(p.v);
      return toNum(String(getPath(data, p.v)), p.v);
    }
    if (t.v === '(') { const v = sum(); const c = toks[i++]; if (!c || c.v !== ')') throw new Error(`缺少右括号：${expr}`); return v; }
    if (t.v === '-') return -primary();
    throw new Error(`表达式写法有误：${expr}`);
  }
  function prod() {
    let v = primary();
    while (peek() && (peek().v === '*' || peek().v === '/')) { const o = toks[i++].v; const w = primary(); v = o === '*' ? v * w : v / w; }
    return v;
  }
  function sum() {
    let v = prod();
    while (peek() && (peek().v === '+' || peek().v === '-') && peek().t === 'o') { const o = toks[i++].v; const w = prod(); v = o === '+' ? v + w : v - w; }
    return v;
  }
  const v = sum();
  if (i !== toks.length) throw new Error(`表达式多余部分：${expr}`);
  return { value: v, paths };
}

// ---------------------------------------------------------------- 格式化
function isBoundary(v, d) {
  const x = Math.abs(v) * Math.pow(10, d);
  const fr = x - Math.floor(x);
  return Math.abs(fr - 0.5) < 1e-6;
}
function roundTo(v, d) {
  const f = Math.pow(10, d);
  const r = Math.round(Math.abs(v) * f + 1e-9) / f;
  return v < 0 ? -r : r;
}
function fixed(absv, d, thousands) {
  let s = roundTo(absv, d).toFixed(d);
  if (thousands) {
    const [ip, fp] = s.split('.');
    s = ip.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fp !== undefined ? '.' + fp : '');
  }
  return s;
}
const CN = '零一二三四五六七八九';
function cnInt(n, liang) {
  if (!Number.isInteger(n) || n < 0 || n > 9999) throw new Error(`汉字数字超出范围：${n}`);
  const two = (k) => (liang && k === 2 ? '两' : CN[k]);
  if (n < 10) return two(n);
  if (n < 20) return '十' + (n % 10 ? CN[n % 10] : '');
  if (n < 100) return CN[Math.floor(n / 10)] + '十' + (n % 10 ? CN[n % 10] : '');
  const under = (r, width) => {
    // r < 10^width 的余数，前面补“零”
    if (r === 0) return '';
    if (r < Math.pow(10, width - 1)) return '零' + (r < 10 ? CN[r] : r < 20 ? '一十' + (r % 10 ? CN[r % 10] : '') : cnInt(r));
    return r < 20 ? '一十' + (r % 10 ? CN[r % 10] : '') : cnInt(r);
  };
  if (n < 1000) return two(Math.floor(n / 100)) + '百' + under(n % 100, 2);
  return two(Math.floor(n / 1000)) + '千' + under(n % 1000, 3);
}
function cnDecimal(v, d) {
  const s = roundTo(v, d).toFixed(d);
  const [ip, fp] = s.split('.');
  return cnInt(Number(ip)) + (fp ? '点' + [...fp].map((c) => CN[Number(c)]).join('') : '');
}

function parseFmt(fmt) {
  const m = /^(\d*)([tcLa+]*)$/.exec(fmt || '');
  if (!m) throw new Error(`格式写法有误：${fmt}`);
  const f = m[2];
  return { d: m[1] === '' ? null : Number(m[1]), t: f.includes('t'), c: f.includes('c') || f.includes('L'), L: f.includes('L'), a: f.includes('a'), plus: f.includes('+') };
}

function formatValue(v, fmt, opts) {
  const f = parseFmt(fmt);
  let val = f.a ? Math.abs(v) : v;
  const d = f.d == null ? 0 : f.d;
  if (opts.style === 'cheng') {
    const k = Math.floor(val / 10);
    return { text: cnInt(k) + '成', d: 0 };
  }
  if (opts.style === 'baifenzhi') return { text: '百分之' + cnDecimal(val, d), d };
  if (f.c) {
    if (d !== 0) return { text: cnDecimal(val, d), d };
    const r = roundTo(val, 0);
    return { text: cnInt(r, f.L), d: 0 };
  }
  if (!f.a && roundTo(val, d) < 0) {
    const body = fixed(-val, d, f.t);
    const neg = opts.neg || '-';
    if (neg === '()') return { text: '(' + body + ')', d };
    if (neg === '（）') return { text: '（' + body + '）', d };
    return { text: neg + body, d };
  }
  const body = fixed(val, d, f.t);
  return { text: (f.plus && roundTo(val, d) > 0 ? '+' : '') + body, d };
}

// ---------------------------------------------------------------- 单位
const UNITS = ['个百分点', '个工作日', '台（套）', '人份', '学时', '万头', '例', '架', '分钟', '秒', '万立方米', '万平方米', '平方千米', '平方公里', '平方米', '立方米', '万人次', '万元', '亿元', '万户', '万人', '万册', '万吨', '万亩', '万件', '万笔', '万次',
  '人次', '场次', '户次', '批次', '家次', '车次', '架次', '公里', '千米', '小时', '分钟', '周岁', '‰', '%', '元', '家', '人', '项', '个', '次', '件', '台', '辆', '套', '户', '名',
  '场', '处', '吨', '份', '册', '分', '倍', '天', '所', '支', '批', '条', '座', '栋', '头', '亩', '期', '笔', '部', '张', '篇', '起', '根', '块', '间', '级', '秒', '年', '月', '位', '种', '类', '本', '盏', '只', '米', '站', '点', '队', '组', '单'];
UNITS.sort((a, b) => b.length - a.length);
function unitAfter(rest) {
  for (const u of UNITS) if (rest.startsWith(u)) return u;
  return '';
}

// ---------------------------------------------------------------- 源文本解析
function parseOpts(parts) {
  const o = {};
  for (const p of parts) {
    if (p === '') continue;
    const k = p.indexOf('=');
    if (k < 0) o[p] = true; else o[p.slice(0, k)] = p.slice(k + 1);
  }
  return o;
}

// 把一行源文本分成片段：文字、数字占位、skip 占位。docx 另把 ** 作为加粗开关。
function splitLine(src, docx) {
  const segs = [];
  const re = /〖([^〗]*)〗|⟨([^⟩]*)⟩|(\*\*)/g;
  let last = 0, m, bold = false;
  const lit = (s) => { if (s) segs.push({ kind: 'lit', text: s, bold }); };
  while ((m = re.exec(src))) {
    lit(src.slice(last, m.index));
    last = re.lastIndex;
    if (m[1] !== undefined) {
      const parts = m[1].split('|');
      segs.push({ kind: 'fig', expr: parts[0], fmt: parts[1] || '', opts: parseOpts(parts.slice(2)), bold });
    } else if (m[2] !== undefined) {
      const k = m[2].lastIndexOf('|');
      if (k < 0) throw new Error(`skip 缺少原因：${m[2]}`);
      segs.push({ kind: 'skip', text: m[2].slice(0, k), reason: m[2].slice(k + 1), bold });
    } else if (docx) {
      bold = !bold;
    } else {
      lit('**');
    }
  }
  lit(src.slice(last));
  return segs;
}

// 未登记的阿拉伯数字：年份、日期、文号、行首序号、（N）序号、[N] 脚注、表N、第N 自动登记为 skip。
const AUTO = [
  [/〔\d{4}〕\d+号/g, '文号'],
  [/\d{4}(?=年|—\d{4}年|-\d{4}年)/g, '年份'],
  [/\d{1,2}(?=月|日)/g, '日期'],
  [/（\d{1,2}）/g, '序号'],
  [/\[\d{1,2}\]/g, '脚注标号'],
  [/表\d{1,2}/g, '表号'],
  [/第\d{1,2}(?=[季条章项批])/g, '序号'],
];

function autoSkips(text, lineStart) {
  // 返回 [{start,end,text,reason}]；text 是一段文字（不含占位）
  const found = [];
  const taken = new Array(text.length).fill(false);
  if (lineStart) {
    const m = /^(\s*(?:#+\s*|[-*]\s+)?)(\d{1,2})(?=[.．、](?!\d))/.exec(text);
    if (m) { const s = m[1].length; found.push({ start: s, end: s + m[2].length, reason: '行首序号' }); for (let i = s; i < s + m[2].length; i++) taken[i] = true; }
  }
  for (const [re, reason] of AUTO) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text))) {
      const ds = /\d/.exec(m[0]).index;
      // 只登记其中的数字串
      const sub = m[0];
      const digRe = /\d+/g;
      let dm;
      while ((dm = digRe.exec(sub))) {
        const s = m.index + dm.index, e = s + dm[0].length;
        if (taken.slice(s, e).some(Boolean)) continue;
        for (let i = s; i < e; i++) taken[i] = true;
        found.push({ start: s, end: e, reason });
      }
      void ds;
    }
  }
  const stray = [];
  const dre = /\d+/g;
  let dm;
  while ((dm = dre.exec(text))) {
    for (let i = dm.index; i < dm.index + dm[0].length; i++) if (!taken[i]) { stray.push(dm[0]); break; }
  }
  found.sort((a, b) => a.start - b.start);
  return { found: found.map((f) => ({ ...f, text: text.slice(f.start, f.end) })), stray };
}

// ---------------------------------------------------------------- 展开一行
// 返回 { text, runs:[{text,bold}], figs:[...] }；variant 为 'clean' | 'a' | 'b'
function expandLine(srcLine, ctx, lineNo, variant) {
  const segs = splitLine(srcLine, ctx.format === 'docx');
  let text = '';
  const runs = [];
  const figs = [];
  const pushRun = (t, bold) => {
    if (!t) return;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold && !last.sealed) last.text += t; else runs.push({ text: t, bold });
  };
  const pending = [];
  for (let si = 0; si < segs.length; si++) {
    const s = segs[si];
    if (s.kind === 'lit') {
      const { found, stray } = autoSkips(s.text, text === '' && si === 0);
      if (stray.length) throw new Error(`${ctx.id} 第 ${lineNo} 行有未登记的数字 ${stray.join('、')}：${srcLine}`);
      for (const f of found) pending.push({ text: f.text, skip: f.reason, at: text.length + f.start });
      pushRun(s.text, s.bold);
      text += s.text;
    } else if (s.kind === 'skip') {
      if (!/\d/.test(s.text)) throw new Error(`${ctx.id} skip 中没有数字：${s.text}`);
      pending.push({ text: s.text, skip: s.reason, at: text.length });
      pushRun(s.text, s.bold);
      text += s.text;
    } else {
      const { value, paths } = evalExpr(s.expr, ctx.data);
      const o = s.opts;
      const { text: ftext, d } = formatValue(value, s.fmt, o);
      if (!(o.style === 'cheng') && !parseFmt(s.fmt).c && isBoundary(parseFmt(s.fmt).a ? Math.abs(value) : value, d)) throw new Error(`${ctx.id} 舍入边界：${s.expr} = ${value}`);
      if (!o.style && parseFmt(s.fmt).c && isBoundary(value, d)) throw new Error(`${ctx.id} 舍入边界：${s.expr} = ${value}`);
      let shown = ftext;
      let bad = null;
      for (const k of ['a', 'b']) {
        if (o[k]) {
          const [nt, kind, internal, relation] = o[k].split('~');
          if (!bad) bad = {};
          bad[k] = { new: nt, kind, internal, relation: relation || undefined };
          if (variant === k) shown = nt;
        }
      }
      const split = o.split || o.splitb;
      const at = text.length;
      if (split && ctx.format === 'docx') {
        const n = Number(split);
        runs.push({ text: shown.slice(0, n), bold: s.bold, sealed: true });
        runs.push({ text: shown.slice(n), bold: o.splitb ? true : s.bold, sealed: true });
      } else if (split) {
        throw new Error('split 只用于 docx');
      } else {
        pushRun(shown, s.bold);
      }
      text += shown;
      const fig = {
        text: ftext,
        expr: s.expr,
        paths,
        value: Math.round(value * 1e6) / 1e6,
        decimals: d,
        opts: o,
        fmt: s.fmt,
        at,
        shownLen: shown.length,
        runs: split && ctx.format === 'docx' ? [ftext.slice(0, Number(split)), ftext.slice(Number(split))] : undefined,
        bad,
      };
      pending.push(fig);
    }
  }
  // 单位与前文
  for (const f of pending) {
    const len = f.skip ? f.text.length : f.shownLen;
    const rest = text.slice(f.at + len);
    f.pre = text.slice(Math.max(0, f.at - 6), f.at);
    f.col = f.at + 1;
    f.line = lineNo;
    if (!f.skip) {
      if (f.opts.unit !== undefined) { f.unit = f.opts.unit; f.unitAfter = false; }
      else if (f.opts.style === 'baifenzhi') { f.unit = '%'; }
      else if (f.opts.style === 'cheng') { f.unit = '成'; }
      else f.unit = unitAfter(rest);
    }
    figs.push(f);
  }
  return { text, runs: runs.map((r) => ({ text: r.text, bold: r.bold })), figs };
}

// 按 | 分格，占位〖…〗⟨…⟩中的 | 不算
function splitCells(row) {
  const out = [];
  let cur = '', depth = 0;
  for (const ch of row) {
    if (ch === '〖' || ch === '⟨') depth++;
    if (ch === '〗' || ch === '⟩') depth--;
    if (ch === '|' && depth === 0) { out.push(cur.trim()); cur = ''; continue; }
    cur += ch;
  }
  out.push(cur.trim());
  return out;
}

// ---------------------------------------------------------------- txt 对齐表
function dispWidth(s) {
  let w = 0;
  for (const ch of s) w += /[\u1100-\uFFFF]/.test(ch) && !/[\uFF61-\uFF9F\u2000-\u206F]/.test(ch) ? 2 : 1;
  return w;
}

// ---------------------------------------------------------------- md / txt
// 源文本中 txt 的 @@grid … @@end 为按显示宽度对齐的文本表：单元格用 | 分隔，右对齐数字列。
function renderText(ctx, variant) {
  const srcLines = ctx.report.replace(/^\n/, '').split('\n');
  const out = [];
  const figs = [];
  let i = 0;
  while (i < srcLines.length) {
    const line = srcLines[i];
    if (line.startsWith('@@grid')) {
      const rows = [];
      i++;
      while (!srcLines[i].startsWith('@@end')) { rows.push(srcLines[i]); i++; }
      i++;
      // 先逐格展开
      const cells = rows.map((r) => splitCells(r));
      const ncol = Math.max(...cells.map((r) => r.length));
      const exp = cells.map((r, ri) => r.map((c) => expandLine(c, ctx, out.length + ri + 1, variant)));
      const numLike = (t) => /^[≥≤<>＜＞\d(（△+\-—.]/.test(t);
      const rightCol = [];
      for (let c = 0; c < ncol; c++) {
        const body = exp.slice(1).map((r) => (r[c] ? r[c].text : '')).filter((t) => t !== '');
        rightCol[c] = c > 0 && body.filter(numLike).length * 2 > body.length;
      }
      const widths = [];
      for (let c = 0; c < ncol; c++) widths[c] = Math.max(...exp.map((r) => (r[c] ? dispWidth(r[c].text) : 0)));
      exp.forEach((r) => {
        let lineText = '';
        const lineNo = out.length + 1;
        r.forEach((cell, c) => {
          const pad = widths[c] - dispWidth(cell.text);
          const left = c === 0 ? '' : '  ';
          const alignRight = rightCol[c];
          const before = lineText.length + left.length + (alignRight ? pad : 0);
          for (const f of cell.figs) { f.col = before + f.at + 1; f.line = lineNo; f.pre = (lineText + left + (alignRight ? ' '.repeat(pad) : '') + cell.text.slice(0, f.at)).slice(-6); figs.push(f); }
          lineText += left + (alignRight ? ' '.repeat(pad) + cell.text : cell.text + (c === r.length - 1 ? '' : ' '.repeat(pad)));
        });
        out.push(lineText.replace(/\s+$/, ''));
      });
      continue;
    }
    const e = expandLine(line, ctx, out.length + 1, variant);
    out.push(e.text);
    figs.push(...e.figs);
    i++;
  }
  return { text: out.join('\n') + '\n', lines: out, figs };
}

// ---------------------------------------------------------------- docx 模型
// #! 标题（居中）；# 一级标题；## 二级标题；其余为正文段落（首行缩进）。
// @@table … @@end：每行 | 格 | 格 |；格写 ^ 为与上一行同列纵向合并；格写 < 为并入左边一格（横向合并）；
// @@table head=N 表示前 N 行为表头（加粗）。空行忽略。
function docxModel(ctx, variant) {
  const srcLines = ctx.report.replace(/^\n/, '').split('\n');
  const blocks = [];
  const figs = [];
  let para = 0;
  const paraTexts = []; // 段落文字及表格位置，供 ANSWERS 使用
  let i = 0;
  while (i < srcLines.length) {
    const line = srcLines[i];
    if (line.trim() === '') { i++; continue; }
    if (line.startsWith('@@table')) {
      const head = Number((/head=(\d+)/.exec(line) || [0, 1])[1]);
      const rows = [];
      i++;
      while (!srcLines[i].startsWith('@@end')) { rows.push(srcLines[i]); i++; }
      i++;
      const grid = rows.map((r) => splitCells(r.replace(/^\s*\|/, '').replace(/\|\s*$/, '')));
      const trows = [];
      grid.forEach((r, ri) => {
        const cells = [];
        r.forEach((c, ci) => {
          if (c === '<') { cells[cells.length - 1].span++; return; }
          cells.push({ src: c, span: 1, col: ci, vcont: c === '^' });
        });
        trows.push({ cells, head: ri < head });
      });
      // 纵向合并起点
      trows.forEach((r, ri) => r.cells.forEach((c) => {
        const nxt = trows[ri + 1] && trows[ri + 1].cells.find((x) => x.col === c.col);
        c.vstart = !c.vcont && !!(nxt && nxt.vcont);
      }));
      trows.forEach((r, ri) => {
        const rowParas = [];
        r.cells.forEach((c) => {
          para++;
          const e = c.vcont ? { text: '', runs: [], figs: [] } : expandLine(c.src, ctx, para, variant);
          c.exp = e;
          figs.push(...e.figs);
          rowParas.push(para);
        });
        const key = r.cells.slice(0, 2).map((c) => c.exp.text).join('｜');
        r.cells.forEach((c, k) => { paraTexts[rowParas[k]] = `[表格 行「${key}」] ${c.exp.text}`; });
      });
      blocks.push({ type: 'table', rows: trows });
      para++; // 表后的空段落
      paraTexts[para] = '';
      continue;
    }
    let style = 'body', src = line;
    if (line.startsWith('#! ')) { style = 'title'; src = line.slice(3); }
    else if (line.startsWith('## ')) { style = 'h2'; src = line.slice(3); }
    else if (line.startsWith('# ')) { style = 'h1'; src = line.slice(2); }
    para++;
    const e = expandLine(src, ctx, para, variant);
    figs.push(...e.figs);
    paraTexts[para] = e.text;
    blocks.push({ type: 'p', style, exp: e });
    i++;
  }
  return { blocks, figs, paraTexts };
}

async function renderDocx(ctx, variant) {
  const d = require('/work/main/node_modules/docx');
  const JSZip = require('/work/main/node_modules/jszip');
  const model = docxModel(ctx, variant);
  const FONT = '仿宋_GB2312';
  const mkRuns = (runs, extra = {}) => runs.map((r) => new d.TextRun({ text: r.text, bold: r.bold || extra.bold || undefined, font: FONT, size: extra.size || 28 }));
  const children = [];
  for (const b of model.blocks) {
    if (b.type === 'p') {
      if (b.style === 'title') children.push(new d.Paragraph({ alignment: d.AlignmentType.CENTER, spacing: { after: 240 }, children: mkRuns(b.exp.runs, { bold: true, size: 36 }) }));
      else if (b.style === 'h1') children.push(new d.Paragraph({ spacing: { before: 120 }, children: mkRuns(b.exp.runs, { bold: true }) }));
      else if (b.style === 'h2') children.push(new d.Paragraph({ indent: { firstLine: 560 }, children: mkRuns(b.exp.runs, { bold: true }) }));
      else children.push(new d.Paragraph({ indent: { firstLine: 560 }, spacing: { line: 360 }, children: mkRuns(b.exp.runs) }));
    } else {
      const rows = b.rows.map((r) => new d.TableRow({
        tableHeader: r.head || undefined,
        children: r.cells.map((c) => new d.TableCell({
          columnSpan: c.span > 1 ? c.span : undefined,
          verticalMerge: c.vcont ? d.VerticalMergeType.CONTINUE : c.vstart ? d.VerticalMergeType.RESTART : undefined,
          verticalAlign: d.VerticalAlign.CENTER,
          children: [new d.Paragraph({ alignment: d.AlignmentType.CENTER, children: mkRuns(c.exp.runs, { bold: r.head, size: 21 }) })],
        })),
      }));
      children.push(new d.Table({ width: { size: 100, type: d.WidthType.PERCENTAGE }, rows }));
      children.push(new d.Paragraph({ children: [] })); // 表后的空段落，计入段落序号
    }
  }
  const doc = new d.Document({
    creator: ctx.docAuthor || '财务科',
    title: ctx.title || '',
    description: '',
    sections: [{ properties: { page: { margin: { top: 1440, bottom: 1440, left: 1588, right: 1474 } } }, children }],
  });
  const buf = await d.Packer.toBuffer(doc);
  const zin = await JSZip.loadAsync(buf);
  const zout = new JSZip();
  const names = Object.keys(zin.files).filter((n) => !zin.files[n].dir).sort();
  const date = new Date(Date.UTC(2025, 3, 18, 2, 30, 0));
  for (const n of names) {
    let content = await zin.file(n).async('nodebuffer');
    if (n === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8')
        .replace(/(<dcterms:created[^>]*>)[^<]*(<\/dcterms:created>)/, '$12025-04-18T10:30:00Z$2')
        .replace(/(<dcterms:modified[^>]*>)[^<]*(<\/dcterms:modified>)/, '$12025-04-18T10:30:00Z$2'), 'utf8');
    }
    zout.file(n, content, { date, createFolders: false });
  }
  const out = await zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'DOS' });
  return { buffer: out, model };
}

module.exports = { YAML, evalExpr, getPath, toNum, formatValue, parseFmt, isBoundary, roundTo, cnInt, cnDecimal, expandLine, renderText, docxModel, renderDocx, dispWidth };

'use strict';
// 报告模板展开与 md / txt / docx 渲染（只供 gen.cjs 使用）。
// 模板记号：
//   {{表达式|格式|选项;选项…}}  与数据对应的数字。格式：小数位数 + 标志（t 逗号千分位，s 空格千分位，h 窄空格千分位，
//        f 全角数字，+ 正数带加号，c 汉字，L 汉字且2读两，D 大写金额（元），P 百分之…）。
//        选项：ap=余|超|近|逾|约|多|以上（约数，w=所写数）；neg=△|()|（）；r=路径,路径（有关系的其他数字的来源）；
//        lit（取指标值文字中的数）；hu=表头单位；del=旧文字（docx 修订：旧文字在 <w:del> 中，本数字在 <w:ins> 中）；
//        a=新文字~类型~yes|no~说明、b=…（错稿改动）。
//   [[文字|原因]]  不核对的数字（登记为 skip）。
const C = require('./core.cjs');

const M0 = '\uE000', M1 = '\uE001', M2 = '\uE002';
const UNITS = ['具', '例', '万治疗量', '万单位', '万小时', '分钟', '个百分点', '个工作日', '万人次', '万毫升', '平方米', '万元', '亿元', '万人', '万册', '万户', '人次', '场次', '批次', '工作日', '小时', '公里', '千瓦',
  '元', '万', '%', '％', '‰', '家', '项', '个', '人', '名', '件', '份', '场', '次', '支', '户', '分', '套', '台', '座', '所', '村', '天', '期', '篇', '部', '卷', '册',
  '条', '宗', '吨', '亩', '头', '袋', '倍', '位', '处', '辆', '本', '块', '类', '间', '节', '课', '株', '批', '单', '例', '页', '字', '幅', '张', '包', '瓶', '剂', '门', '盏', '座', '组', '队', '期', '年', '月', '周', '岁', '米', '枚', '轮', '种', '站', '所', '座', '笔', '起', '根'];
UNITS.sort((a, b) => b.length - a.length);

function dispWidth(s) {
  s = strip(s).text;
  let w = 0;
  for (const ch of s) {
    if (ch === M0 || ch === M1 || ch === M2) continue;
    const c = ch.codePointAt(0);
    if (c >= 0xE000 && c <= 0xF8FF) continue;
    w += (c >= 0x1100 && (c <= 0x115f || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c === 0x2014 || c === 0x2026 || c === 0x25b3 || c === 0x2030 || c === 0x2265 || c === 0x2264)) ? 2 : 1;
  }
  return w;
}

// ---- 展开 ----
function expand(tpl, data) {
  const figs = [];
  let text = tpl.replace(/\{\{([^{}]+?)\}\}/g, (all, body) => {
    const parts = body.split('|');
    const src = parts[0].trim();
    const fm = (parts[1] || '').trim();
    const opts = {};
    for (const o of parts.slice(2).join('|').split(';').map((x) => x.trim()).filter(Boolean)) {
      const eq = o.indexOf('=');
      if (eq < 0) opts[o] = true; else opts[o.slice(0, eq)] = o.slice(eq + 1);
    }
    const m = fm.match(/^(\d?)([tshf+cLDP]*)$/);
    if (!m) throw new Error('格式不对：' + all);
    const dec = m[1] === '' ? 0 : Number(m[1]);
    const flags = m[2];
    const ev = C.evalSource(src, data);
    let value = ev.value;
    const formula = /[-+*/()]/.test(src.replace(/^num\(([^()]*)\)$/, '$1'));
    if (formula && !opts.ap && C.onBoundary(value, dec)) throw new Error('舍入在 .5 边界：' + all + ' = ' + value);
    const shown = opts.ap ? Number(opts.w) : value;
    if (opts.ap && opts.w === undefined) throw new Error('约数要写 w=：' + all);
    const txt = C.fmtNum(shown, dec, flags, opts.neg);
    const fig = { kind: 'fig', text: txt, source: src, value: C.roundHalfUp(value, 6), formula, decimals: dec, flags, opts, paths: ev.paths };
    if (opts.ap) fig.written = shown;
    figs.push(fig);
    return M0 + (figs.length - 1) + M1 + txt + M2;
  });
  text = text.replace(/\[\[([^\[\]]+?)\|([^\[\]]+?)\]\]/g, (all, t, why) => {
    figs.push({ kind: 'skip', text: t, skip: why });
    return M0 + (figs.length - 1) + M1 + t + M2;
  });
  return { text, figs };
}

// 去掉标记，返回可见文字与各标记的位置
function strip(s) {
  let out = '';
  const spans = [];
  let i = 0;
  while (i < s.length) {
    const ch = s[i];
    if (ch === M0) {
      const j = s.indexOf(M1, i);
      const k = s.indexOf(M2, j);
      const id = Number(s.slice(i + 1, j));
      const t = s.slice(j + 1, k);
      spans.push({ id, start: out.length, text: t });
      out += t;
      i = k + 1;
    } else { out += ch; i++; }
  }
  return { text: out, spans };
}

// 自动登记为 skip 的数字：年份、月日、文号、行首序号、表号；其他未登记的数字报错
function autoSkips(line, masked, lineNo, where) {
  const res = [];
  const re = /[0-9０-９]+/g;
  let m;
  while ((m = re.exec(masked))) {
    const s = m[0], p = m.index, before = masked.slice(0, p), after = masked.slice(p + s.length);
    let why = null;
    if (s.length === 4 && /^年/.test(after)) why = '年份';
    else if (s.length === 4 && /^[—\-～至][0-9]{4}年/.test(after)) why = '年份';
    else if (s.length === 4 && (/^[—\-][0-9]{4}/.test(after) || /[0-9]{4}[—\-]$/.test(before))) why = '年份';
    else if (s.length === 4 && /〔$/.test(before) && /^〕/.test(after)) why = '文号';
    else if (/〕$/.test(before) && /^号/.test(after)) why = '文号';
    else if (s.length <= 2 && /^月/.test(after)) why = '日期';
    else if (s.length <= 2 && /^日/.test(after) && /月$/.test(before)) why = '日期';
    else if (/^\s*(#+\s*|>\s*|\d+\.\s+)?$/.test(before) && /^[.．、]/.test(after)) why = '序号';
    else if (/^\s*(#+\s*|>\s*)?（$/.test(before) && /^）/.test(after)) why = '序号';
    else if (/(表|附件)$/.test(before)) why = '表号';
    else if (/(rowspan|colspan)="$/.test(before) && /^"/.test(after)) why = 'HTML 属性';
    if (!why) throw new Error(`${where} 第${lineNo}行有未登记的数字“${s}”：${line}`);
    res.push({ kind: 'skip', text: s, skip: why, start: p });
  }
  return res;
}

function unitAfter(text, end) {
  const rest = text.slice(end).replace(/^[ \u2009\u00a0]/, '');
  for (const u of UNITS) if (rest.startsWith(u)) return u;
  return null;
}

// 对一组可见行（或段落）登记位置
function locate(lines, figs, where) {
  const out = [];
  lines.forEach((raw, li) => {
    const { text, spans } = strip(raw);
    let masked = text;
    for (const sp of spans) masked = masked.slice(0, sp.start) + '\u0001'.repeat(sp.text.length) + masked.slice(sp.start + sp.text.length);
    for (const sp of spans) {
      const f = figs[sp.id];
      if (f.placed) throw new Error('同一数字放了两次');
      f.placed = true;
      const e = Object.assign({}, f, { line: li + 1, col: sp.start + 1, pre: text.slice(Math.max(0, sp.start - 6), sp.start) });
      if (f.kind === 'fig') {
        const u = unitAfter(text, sp.start + sp.text.length);
        e.unit = u || f.opts.hu || null;
        e.unitAfter = !!u;
        const gap = text.slice(sp.start + sp.text.length).match(/^[ \u2009\u00a0]/);
        if (u && gap) e.unitGap = gap[0];
      }
      out.push(e);
    }
    for (const a of autoSkips(raw, masked, li + 1, where)) out.push({ kind: 'skip', text: a.text, skip: a.skip, line: li + 1, col: a.start + 1, pre: text.slice(Math.max(0, a.start - 6), a.start) });
  });
  for (const f of figs) if (!f.placed) throw new Error('数字没有放进报告：' + JSON.stringify(f));
  out.sort((a, b) => a.line - b.line || a.col - b.col);
  return out;
}

// ---- txt 文本表 ----
function grids(text) {
  return text.replace(/^@@grid(.*)\n([\s\S]*?)\n@@end$/mg, (all, arg, body) => {
    const rows = body.split('\n').map((r) => r.split('|'));
    const n = Math.max(...rows.map((r) => r.length));
    const w = [];
    for (let c = 0; c < n; c++) w[c] = Math.max(...rows.map((r) => dispWidth(r[c] || '')));
    const nLeft = /left=(\d)/.test(arg) ? Number(arg.match(/left=(\d)/)[1]) : 1;
    const gap = /gap=(\d)/.test(arg) ? ' '.repeat(Number(arg.match(/gap=(\d)/)[1])) : '  ';
    return rows.map((r) => r.map((cell, c) => {
      const pad = ' '.repeat(w[c] - dispWidth(cell));
      return c < nLeft ? cell + pad : pad + cell;
    }).join(gap).replace(/\s+$/, '')).join('\n');
  });
}

// ---- GBK ----
let GBK = null;
function gbkTable() {
  if (GBK) return GBK;
  GBK = new Map();
  const dec = new TextDecoder('gbk');
  for (let a = 0x81; a <= 0xfe; a++) for (let b = 0x40; b <= 0xfe; b++) {
    if (b === 0x7f) continue;
    const ch = dec.decode(Buffer.from([a, b]));
    if (ch.length === 1 && ch !== '\ufffd' && !GBK.has(ch)) GBK.set(ch, [a, b]);
  }
  return GBK;
}
function encodeGBK(s) {
  const t = gbkTable();
  const out = [];
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c < 0x80) out.push(c);
    else { const b = t.get(ch); if (!b) throw new Error('GBK 无法编码：' + ch + ' U+' + c.toString(16)); out.push(b[0], b[1]); }
  }
  return Buffer.from(out);
}

// ---- docx ----
function xmlEsc(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'); }

// 行内：**粗体**、~~删除（修订）~~、++插入（修订）++、↵ 软回车、⇥ 制表符
function parseInline(s) {
  const runs = [];
  let b = false, del = false, ins = false, buf = '';
  const flush = () => { if (buf) runs.push({ text: buf, b, del, ins }); buf = ''; };
  for (let i = 0; i < s.length; i++) {
    const two = s.slice(i, i + 2);
    if (two === '**') { flush(); b = !b; i++; continue; }
    if (two === '~~') { flush(); del = !del; i++; continue; }
    if (two === '++') { flush(); ins = !ins; i++; continue; }
    if (s[i] === '↵') { flush(); runs.push({ br: true, del, ins }); continue; }
    if (s[i] === '⇥') { flush(); runs.push({ tab: true, b, del, ins }); continue; }
    buf += s[i];
  }
  flush();
  return runs;
}
function visible(runs) {
  return runs.filter((r) => !r.del).map((r) => r.br ? '\n' : r.tab ? '\t' : r.text).join('');
}
function parseDocx(text) {
  const blocks = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const ln = lines[i];
    if (ln.trim() === '') continue;
    if (ln.startsWith('@@table')) {
      const head = Number((ln.match(/head=(\d)/) || [0, 1])[1]);
      const widths = (ln.match(/w=([\d,]+)/) || [0, ''])[1].split(',').filter(Boolean).map(Number);
      const rows = [];
      while (lines[++i] !== '@@end') {
        const cells = lines[i].split('|');
        const row = [];
        for (const c of cells) {
          if (c === '<') { row[row.length - 1].span++; continue; }
          if (c === '^') { row.push({ vcont: true, span: 1, paras: [{ runs: [] }] }); continue; }
          row.push({ span: 1, paras: c.split('¶').map((p) => ({ runs: parseInline(p) })) });
        }
        rows.push(row);
      }
      // 纵向合并：上一行同列为开头
      for (let r = 0; r < rows.length; r++) {
        let col = 0;
        for (const cell of rows[r]) {
          cell.col = col; col += cell.span;
          if (cell.vcont) {
            const above = rows[r - 1].find((x) => x.col === cell.col);
            if (!above) throw new Error('纵向合并找不到上一格');
            above.vstart = above.vstart || !above.vcont;
            cell.span = above.span;
          }
        }
      }
      blocks.push({ type: 'tbl', rows, head, widths });
      blocks.push({ type: 'p', runs: [] });
      continue;
    }
    const m = ln.match(/^(#T|#R|#1n|#2n|#3n|#1|#2|-n1|-n2|@@blank)?\s*(.*)$/);
    const tag = m[1] || '';
    const p = { type: 'p', runs: parseInline(m[2]) };
    if (tag === '#T') { p.style = 'Title'; }
    if (tag === '#R') p.align = 'right';
    if (tag === '#1') p.style = 'Heading1';
    if (tag === '#2') p.style = 'Heading2';
    if (tag === '#1n') { p.style = 'Heading1'; p.num = [1, 0]; }
    if (tag === '#2n') { p.style = 'Heading2'; p.num = [1, 1]; }
    if (tag === '#3n') { p.style = 'Heading3'; p.num = [1, 2]; }
    if (tag === '-n1') p.num = [2, 0];
    if (tag === '-n2') p.num = [3, 0];
    if (tag === '@@blank') p.runs = [];
    blocks.push(p);
  }
  return blocks;
}
function docxParagraphs(blocks) {
  const ps = [];
  for (const b of blocks) {
    if (b.type === 'p') ps.push(b);
    else for (const row of b.rows) for (const cell of row) for (const p of cell.paras) ps.push(p);
  }
  return ps;
}

const AUTHOR = '预算科 林苇';
const REVDATE = '2025-03-21T16:40:00Z';
function runXml(r, text, figs, override, ctr) {
  const rpr = r.b ? '<w:rPr><w:b/></w:rPr>' : '';
  if (r.br) return '<w:r>' + rpr + '<w:br/></w:r>';
  if (r.tab) return '<w:r>' + rpr + '<w:tab/></w:r>';
  // 按标记切开，处理修订中的数字
  let out = '';
  let cur = '';
  const emit = (t) => { if (t) out += '<w:r>' + rpr + (r.del ? '<w:delText xml:space="preserve">' : '<w:t xml:space="preserve">') + xmlEsc(t) + (r.del ? '</w:delText>' : '</w:t>') + '</w:r>'; };
  let i = 0;
  while (i < text.length) {
    if (text[i] === M0) {
      const j = text.indexOf(M1, i), k = text.indexOf(M2, j);
      const id = Number(text.slice(i + 1, j));
      let t = text.slice(j + 1, k);
      if (override && override[id] !== undefined) t = override[id];
      const f = figs[id];
      if (f.kind === 'fig' && f.opts.del) {
        emit(cur); cur = '';
        out += `<w:del w:id="${ctr.n++}" w:author="${AUTHOR}" w:date="${REVDATE}"><w:r>${rpr}<w:delText xml:space="preserve">${xmlEsc(f.opts.del)}</w:delText></w:r></w:del>`;
        out += `<w:ins w:id="${ctr.n++}" w:author="${AUTHOR}" w:date="${REVDATE}"><w:r>${rpr}<w:t xml:space="preserve">${xmlEsc(t)}</w:t></w:r></w:ins>`;
      } else cur += t;
      i = k + 1;
    } else { cur += text[i]; i++; }
  }
  emit(cur);
  if (r.del) return `<w:del w:id="${ctr.n++}" w:author="${AUTHOR}" w:date="${REVDATE}">${out}</w:del>`;
  if (r.ins) return `<w:ins w:id="${ctr.n++}" w:author="${AUTHOR}" w:date="${REVDATE}">${out}</w:ins>`;
  return out;
}
function pXml(p, figs, override, ctr, inCell) {
  let ppr = '';
  if (p.style) ppr += `<w:pStyle w:val="${p.style}"/>`;
  if (p.num) ppr += `<w:numPr><w:ilvl w:val="${p.num[1]}"/><w:numId w:val="${p.num[0]}"/></w:numPr>`;
  if (p.align === 'right') ppr += '<w:jc w:val="right"/>';
  if (inCell) ppr += '<w:spacing w:before="0" w:after="0" w:line="240" w:lineRule="auto"/><w:ind w:firstLine="0"/>';
  return '<w:p>' + (ppr ? '<w:pPr>' + ppr + '</w:pPr>' : '') + p.runs.map((r) => runXml(r, r.text || '', figs, override, ctr)).join('') + '</w:p>';
}
function documentXml(blocks, figs, override) {
  const ctr = { n: 1 };
  let body = '';
  for (const b of blocks) {
    if (b.type === 'p') { body += pXml(b, figs, override, ctr, false); continue; }
    const ncol = b.rows[0].reduce((a, c) => a + c.span, 0);
    const widths = b.widths.length === ncol ? b.widths : Array(ncol).fill(Math.floor(8800 / ncol));
    body += '<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/><w:jc w:val="center"/></w:tblPr><w:tblGrid>' + widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('') + '</w:tblGrid>';
    b.rows.forEach((row, ri) => {
      body += '<w:tr>' + (ri < b.head ? '<w:trPr><w:tblHeader/></w:trPr>' : '');
      for (const cell of row) {
        let tcpr = '';
        if (cell.span > 1) tcpr += `<w:gridSpan w:val="${cell.span}"/>`;
        if (cell.vcont) tcpr += '<w:vMerge/>'; else if (cell.vstart) tcpr += '<w:vMerge w:val="restart"/>';
        tcpr += '<w:vAlign w:val="center"/>';
        const paras = cell.paras.map((p) => ri < b.head ? Object.assign({}, p, { runs: p.runs.map((r) => Object.assign({}, r, { b: true })) }) : p);
        body += '<w:tc><w:tcPr>' + tcpr + '</w:tcPr>' + paras.map((p) => pXml(p, figs, override, ctr, true)).join('') + '</w:tc>';
      }
      body += '</w:tr>';
    });
    body += '</w:tbl>';
  }
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>' + body +
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/></w:sectPr></w:body></w:document>';
}

const FIXED = {
  '[Content_Types].xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
  '_rels/.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>',
  'word/_rels/document.xml.rels': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/></Relationships>',
  'word/settings.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:trackRevisions/><w:defaultTabStop w:val="420"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>',
  'word/styles.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults>' +
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:pPr><w:ind w:firstLineChars="200" w:firstLine="640"/><w:jc w:val="both"/></w:pPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/><w:ind w:firstLine="0"/><w:jc w:val="center"/></w:pPr><w:rPr><w:rFonts w:eastAsia="方正小标宋简体"/><w:sz w:val="44"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:eastAsia="黑体"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:rFonts w:eastAsia="楷体_GB2312"/></w:rPr></w:style>' +
    '<w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="heading 3"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="2"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>' +
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr><w:rPr><w:sz w:val="21"/></w:rPr></w:style></w:styles>',
  'word/numbering.xml': '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl><w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl><w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>' +
    '<w:abstractNum w:abstractNumId="1"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="640"/></w:pPr></w:lvl></w:abstractNum>' +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>',
};
function coreXml(title) {
  return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>' + xmlEsc(title) + '</dc:title><dc:creator>' + AUTHOR + '</dc:creator><cp:lastModifiedBy>' + AUTHOR + '</cp:lastModifiedBy><dcterms:created xsi:type="dcterms:W3CDTF">2025-03-20T09:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2025-03-21T16:40:00Z</dcterms:modified></cp:coreProperties>';
}
const APP = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft Office Word</Application></Properties>';
const ZIPDATE = new Date(Date.UTC(2025, 2, 21, 8, 40, 0));
async function zipDocx(JSZip, docXml, title) {
  const files = Object.assign({}, FIXED, { 'word/document.xml': docXml, 'docProps/core.xml': coreXml(title), 'docProps/app.xml': APP });
  const zip = new JSZip();
  for (const name of Object.keys(files).sort()) zip.file(name, files[name], { date: ZIPDATE, createFolders: false });
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 9 }, platform: 'DOS' });
}

module.exports = { expand, strip, locate, grids, encodeGBK, parseDocx, docxParagraphs, visible, documentXml, zipDocx, dispWidth, M0, M1, M2 };

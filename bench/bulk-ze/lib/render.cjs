'use strict';
// 渲染：md / txt / docx；以及按渲染顺序列出全部数字（spec）。
const path = require('path');
const { expandSegments, resolve, textOf, classifyLiterals } = require('./core.cjs');

const stripBold = (s) => s.replace(/\*\*/g, '');
const wcw = (s) => [...s].reduce((a, c) => a + (/[\u1100-\uffff]/.test(c) ? 2 : 1), 0);

function blockStrings(block) {
  // 按文档顺序给出一个块中的全部文字串
  if (block.t === 'table') {
    const out = [];
    if (block.caption) out.push(block.caption);
    if (block.unitNote) out.push(block.unitNote);
    for (const row of block.rows) for (const c of row) out.push(c);
    return out;
  }
  return [block.text];
}

function renderMd(rep, muts, style) {
  const L = [];
  for (const b of rep.blocks) {
    if (b.t === 'h') { L.push('#'.repeat(b.level) + ' ' + resolve(b.text, rep.items, muts)); L.push(''); }
    else if (b.t === 'p') { L.push(resolve(b.text, rep.items, muts)); L.push(''); }
    else {
      if (b.caption) { L.push(resolve(b.caption, rep.items, muts)); L.push(''); }
      if (b.unitNote) { L.push(resolve(b.unitNote, rep.items, muts)); L.push(''); }
      const rows = b.rows.map((r) => r.map((c) => resolve(c, rep.items, muts)));
      L.push('| ' + rows[0].join(' | ') + ' |');
      L.push('|' + rows[0].map(() => ' --- ').join('|') + '|');
      for (const r of rows.slice(1)) L.push('| ' + r.join(' | ') + ' |');
      L.push('');
    }
  }
  return L.join('\n');
}

function renderTxt(rep, muts, style) {
  const ind = style && style.indent ? '\u3000\u3000' : '';
  const L = [];
  for (const b of rep.blocks) {
    if (b.t === 'h') L.push(stripBold(resolve(b.text, rep.items, muts)));
    else if (b.t === 'p') L.push(ind + stripBold(resolve(b.text, rep.items, muts)));
    else {
      if (b.caption) L.push(stripBold(resolve(b.caption, rep.items, muts)));
      if (b.unitNote) L.push(resolve(b.unitNote, rep.items, muts));
      const rows = b.rows.map((r) => r.map((c) => stripBold(resolve(c, rep.items, muts))));
      const w = rows[0].map((_, j) => Math.max(...rows.map((r) => wcw(r[j]))));
      for (const r of rows) L.push(r.map((c, j) => (j === r.length - 1 ? c : c + ' '.repeat(w[j] - wcw(c) + 3))).join('').replace(/\s+$/, ''));
      L.push('');
    }
  }
  return L.join('\n') + '\n';
}

// 全部数字，按文档顺序
function specOf(rep) {
  const out = [];
  let bi = 0;
  for (const b of rep.blocks) {
    const strs = blockStrings(b);
    strs.forEach((str, si) => {
      const segs = expandSegments(str, rep.items);
      let first = true;
      for (const seg of segs) {
        if (seg.lit !== undefined) {
          const lit = stripBold(seg.lit);
          const atStart = first && (b.t === 'h' || b.t === 'p');
          for (const x of classifyLiterals(lit, atStart, 'block ' + bi)) out.push({ kind: 'skip', text: x.text, why: x.why });
        } else {
          const it = seg.item;
          if (it.kind === 'skip') out.push({ kind: 'skip', text: it.text, why: it.why });
          else out.push({ kind: 'fig', id: it.label || 'f' + it.idx, text: it.text, unit: it.unit, src: it.src, fmt: it.fmt, approx: it.approx || undefined, neg: it.neg || undefined, abs: it.abs || undefined, rel: it.rel.length ? it.rel : undefined });
        }
        first = false;
      }
    });
    bi++;
  }
  return out;
}

// docx
async function renderDocx(rep, muts, style, D, JSZip) {
  const { Document, Packer, Paragraph, TextRun, Table, TableRow, TableCell, WidthType, HeadingLevel, AlignmentType, BorderStyle } = D;
  const font = { ascii: 'Times New Roman', eastAsia: '仿宋_GB2312', hAnsi: 'Times New Roman' };
  const runs = (s, extra = {}) => {
    const parts = s.split('**');
    return parts.filter((x, i) => x !== '' || false).length === 0 ? [new TextRun({ text: '', font })]
      : parts.map((x, i) => new TextRun({ text: x, bold: i % 2 === 1 || !!extra.bold, font, size: extra.size || 28 })).filter((r, i) => parts[i] !== '');
  };
  const children = [];
  for (const b of rep.blocks) {
    if (b.t === 'h') {
      const text = stripBold(resolve(b.text, rep.items, muts));
      const lv = [null, HeadingLevel.TITLE, HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3][b.level] || HeadingLevel.HEADING_3;
      children.push(new Paragraph({ heading: lv, alignment: b.level === 1 ? AlignmentType.CENTER : undefined, children: [new TextRun({ text, bold: true, font: { ascii: 'Times New Roman', eastAsia: b.level === 1 ? '方正小标宋简体' : '黑体', hAnsi: 'Times New Roman' }, size: b.level === 1 ? 36 : 30 })] }));
    } else if (b.t === 'p') {
      children.push(new Paragraph({ indent: { firstLine: 560 }, children: runs(resolve(b.text, rep.items, muts)) }));
    } else {
      if (b.caption) children.push(new Paragraph({ alignment: AlignmentType.CENTER, children: runs(resolve(b.caption, rep.items, muts), { bold: true }) }));
      if (b.unitNote) children.push(new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(resolve(b.unitNote, rep.items, muts), { size: 21 }) }));
      const rows = b.rows.map((r, ri) => new TableRow({
        tableHeader: ri === 0,
        children: r.map((c) => new TableCell({ children: [new Paragraph({ children: runs(resolve(c, rep.items, muts), { bold: ri === 0, size: 21 }) })] })),
      }));
      children.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }));
      children.push(new Paragraph({ children: [] }));
    }
  }
  const doc = new Document({
    creator: style.creator || '沅川省某单位', title: style.title || '', description: '',
    styles: { default: { document: { run: { font, size: 28 } } } },
    sections: [{ children }],
  });
  const buf = await Packer.toBuffer(doc);
  // 固定日期，使每次生成的字节相同
  const zin = await JSZip.loadAsync(buf);
  const zout = new JSZip();
  const fixedDate = new Date(Date.UTC(2025, 3, 15, 8, 0, 0));
  const names = Object.keys(zin.files).sort();
  for (const n of names) {
    const f = zin.files[n];
    if (f.dir) continue;
    let content = await f.async('nodebuffer');
    if (n === 'docProps/core.xml') {
      content = Buffer.from(content.toString('utf8').replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, '$12025-04-15T08:00:00Z$2'));
    }
    zout.file(n, content, { date: fixedDate, createFolders: false });
  }
  return zout.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 }, platform: 'UNIX' });
}

// 错稿中改动所在的行（md/txt）或段落/单元格文字（docx）
function locate(rep, muts, idx, ext, style) {
  const mark = new Map(muts);
  mark.set(idx, '\uE100' + textOf(rep.items[idx], muts) + '\uE101');
  if (ext === 'docx') {
    for (const b of rep.blocks) {
      if (b.t === 'table') {
        for (const row of b.rows) for (const c of row) {
          const r = stripBold(resolve(c, rep.items, mark));
          if (!r.includes('\uE100')) continue;
          const label = row.filter((x) => x && !/\uE000/.test(x)).join('/');
          return `[表格 行「${label}」] ` + r.replace(/[\uE100\uE101]/g, '');
        }
      }
      for (const str of blockStrings(b)) {
        const r = stripBold(resolve(str, rep.items, mark));
        if (r.includes('\uE100')) return r.replace(/[\uE100\uE101]/g, '');
      }
    }
    throw new Error('找不到改动');
  }
  const txt = ext === 'md' ? renderMd(rep, mark, style) : renderTxt(rep, mark, style);
  const lines = txt.split('\n');
  const i = lines.findIndex((l) => l.includes('\uE100'));
  return String(i + 1);
}

module.exports = { renderMd, renderTxt, renderDocx, specOf, locate, stripBold };

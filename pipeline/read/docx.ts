import { unzipSync } from 'fflate';
import { readError, shown, tooLarge } from './diagnostics.js';
import { limits } from '../limits.js';
import { listLabels, numberingKey } from './docx-numbering.js';
import { docxParts, docxTree, TextOverLimit } from './docx-tree.js';
import { isElement, parseHtml, type HtmlElement, type HtmlNode } from './html.js';
import { headingDepth, markerDepth } from '../text/outline.js';
import { escapeBlock, escapeCell, escapeInline, gfmRows } from './markdown-out.js';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
/** Compound File Binary: a password-protected .docx (Word encrypts into a CFB container) or an old .doc. */
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** What a file that is not a zip most likely is, for the message. */
function sniff(bytes: Uint8Array): string {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 16));
  if (head.startsWith('%PDF')) return 'PDF 文件';
  if (head.startsWith('{\\rtf')) return 'RTF 文件';
  if (/^\s*<(!doctype html|html)/i.test(head)) return '网页（HTML）文件';
  if (bytes[0] === 0x89 && head.startsWith('PNG', 1)) return 'PNG 图片';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'JPEG 图片';
  const sample = bytes.subarray(0, 4096);
  if (!sample.includes(0)) return '文本文件';
  return '未知格式的文件';
}

/** Checks the bytes are a Word 2007+ package before its parts are read, so every failure has a clear code. */
export function checkDocxBytes(file: string, bytes: Uint8Array): void {
  const name = shown(file);
  if (bytes.length === 0) throw readError('JX_READ_NOT_DOCX', file, `${name} 是空文件，不是 Word 文档：请重新导出 .docx 文件。`);
  if (startsWith(bytes, CFB_MAGIC)) {
    throw readError(
      'JX_READ_ENCRYPTED',
      file,
      `${name} 是加密（设有打开密码）的 Word 文档或旧版 .doc 文件，无法读取：请在 Word 中去掉密码，并“另存为” .docx 格式后重试。`,
    );
  }
  if (!startsWith(bytes, ZIP_MAGIC)) {
    const kind = sniff(bytes);
    const advice =
      kind === '文本文件'
        ? '如为纯文本报告，请把扩展名改为 .txt 或 .md'
        : kind === 'PDF 文件'
          ? '请把扩展名改为 .pdf'
          : '请在 Word 中打开并“另存为” .docx 格式';
    throw readError('JX_READ_NOT_DOCX', file, `${name} 扩展名为 .docx，但实际是${kind}，不是 Word 文档：${advice}后重试。`);
  }
  const names: string[] = [];
  try {
    // Reads the central directory only: the filter lists the names and inflates nothing.
    unzipSync(bytes, { filter: (f) => (names.push(f.name), false) });
  } catch {
    throw readError('JX_READ_CORRUPT', file, `${name} 已损坏（压缩包不完整），无法读取：请重新下载或从 Word 重新保存该文件。`);
  }
  if (!names.includes('word/document.xml')) {
    throw readError(
      'JX_READ_NOT_DOCX',
      file,
      `${name} 是压缩包，但不是 Word 文档（缺少正文 word/document.xml，可能是 Excel 或其他格式改了扩展名）：请提供 .docx 格式的报告。`,
    );
  }
}

/** .docx → Markdown shaped like our drafts: headings, paragraphs, review notes, GFM tables. */
export async function readDocx(file: string, bytes: Uint8Array): Promise<string> {
  const parts = docxPackage(file, bytes);
  // Word draws list numbers (1. （一）) from numbering.xml; they are not in the document's text.
  return treeToMarkdown(docxRoot(file, parts), listLabels(parts));
}

/** The package's XML parts, after checking the bytes are a Word package. */
function docxPackage(file: string, bytes: Uint8Array): Record<string, Uint8Array> {
  checkDocxBytes(file, bytes);
  try {
    return docxParts(bytes);
  } catch {
    throw damaged(file);
  }
}

function damaged(file: string) {
  return readError('JX_READ_CORRUPT', file, `${shown(file)} 的内容已损坏，无法读取：请用 Word 打开后重新“另存为” .docx 文件再试。`);
}

function docxRoot(file: string, parts: Record<string, Uint8Array>): HtmlElement {
  const limit = limits().reportTextBytes;
  try {
    return docxTree(parts, limit);
  } catch (err) {
    throw err instanceof TextOverLimit ? tooLarge(file, '报告的文字', undefined, limit) : damaged(file);
  }
}

/** .docx → its HTML tree (see docx-tree.ts), which keeps tables with their colspan and rowspan. */
export function docxHtml(file: string, bytes: Uint8Array): HtmlElement {
  return docxRoot(file, docxPackage(file, bytes));
}

// ---------------------------------------------------------------------------------------------------
// HTML → Markdown

interface Segment {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
}

/** Characters after which Chinese text continues without a space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef\u2014\u2026\u201c\u201d\u2018\u2019·]/u;

/** Labels of Word's numbered paragraphs by their text (see docx-numbering.ts), for the list items. */
let labels: Map<string, string[]> = new Map();

/** Mammoth-style HTML as Markdown; `numbers` gives list items the numbers Word drew. For tests. */
export function htmlToMarkdown(html: string, numbers: Map<string, string[]> = new Map()): string {
  return treeToMarkdown(parseHtml(html), numbers);
}

function treeToMarkdown(root: HtmlElement, numbers: Map<string, string[]>): string {
  const blocks: string[] = [];
  labels = new Map([...numbers].map(([k, v]) => [k, [...v]]));
  blockChildren(root, blocks);
  promoteTitle(blocks);
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

/**
 * A document without a Title style usually opens with its title as plain short paragraphs, often
 * broken in two (单位名称 / 整体支出绩效自评报告): up to three such lines ending in one that names a report.
 */
function promoteTitle(blocks: string[]): void {
  if (blocks.some((b) => b.startsWith('# '))) return;
  const isTitleLine = (b: string | undefined): b is string =>
    b !== undefined && b.length <= 40 && !/^[#>|\\]/.test(b) && !b.includes('\n') && !/[。；，：:]$/.test(b) && markerDepth(b) === undefined;
  for (let n = 1; n <= 3 && isTitleLine(blocks[n - 1]); n++) {
    if (/报告/.test(blocks[n - 1] ?? '')) {
      blocks.splice(0, n, `# ${blocks.slice(0, n).join('')}`);
      return;
    }
  }
}

function blockChildren(element: HtmlElement, out: string[]): void {
  for (const node of element.children) {
    if (!isElement(node)) {
      const text = node.trim();
      if (text !== '') out.push(escapeBlock(escapeInline(text)));
      continue;
    }
    block(node, out);
  }
}

function block(el: HtmlElement, out: string[]): void {
  switch (el.tag) {
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6': {
      const text = plainText(el);
      if (text === '') return;
      // A heading's Markdown depth is its style level + 1, as `#` is the title; a heading that
      // starts with an outline marker takes the marker's depth instead.
      const depth = el.tag === 'h1' && (el.attrs.class ?? '').split(/\s+/).includes('title') ? 1 : (markerDepth(text) ?? Math.min(Number(el.tag.slice(1)) + 1, 6));
      out.push(`${'#'.repeat(depth)} ${escapeInline(text)}`);
      return;
    }
    case 'p': {
      const text = plainText(el);
      if (text === '') return;
      const depth = headingDepth(text);
      out.push(depth !== undefined ? `${'#'.repeat(depth)} ${escapeInline(text)}` : escapeBlock(inlineMarkdown(el)));
      return;
    }
    case 'blockquote': {
      const inner: string[] = [];
      blockChildren(el, inner);
      if (inner.length > 0) out.push(inner.map((b) => b.split('\n').map((line) => `> ${line}`).join('\n')).join('\n>\n'));
      return;
    }
    case 'table': {
      const table = gfmTable(el);
      if (table !== '') out.push(table);
      return;
    }
    case 'ol':
    case 'ul': {
      // Word's list numbers are not in mammoth's HTML: each numbered item gets the label Word drew
      // (or its place in the list), so 1. 2. 3. survive; bullets are dropped.
      let n = 0;
      for (const li of el.children) {
        if (!isElement(li)) continue;
        n++;
        const own: HtmlElement = { tag: 'p', attrs: {}, children: li.children.filter((c) => !isElement(c) || !BLOCK_TAGS.has(c.tag)) };
        const label = el.tag === 'ol' ? (labels.get(numberingKey(plainText(own)))?.shift() ?? `${n}.`) : undefined;
        listItem(li, out, label);
      }
      return;
    }
    case 'img':
    case 'br':
    case 'hr':
      return;
    default:
      if (el.children.some((c) => isElement(c) && BLOCK_TAGS.has(c.tag))) blockChildren(el, out);
      else {
        const text = plainText(el);
        if (text !== '') out.push(escapeBlock(inlineMarkdown(el)));
      }
  }
}

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'ol', 'ul', 'li', 'blockquote', 'div']);

/**
 * A list item: its paragraphs as paragraphs (never promoted to headings: Word lists them as items),
 * the label Word drew before the first of them.
 */
function listItem(li: HtmlElement, out: string[], label?: string): void {
  let pending = label;
  const inline: HtmlNode[] = [];
  const paragraph = (children: HtmlNode[]) => {
    const el: HtmlElement = { tag: 'p', attrs: {}, children };
    if (plainText(el) === '') return;
    if (pending !== undefined) el.children.unshift(pending);
    pending = undefined;
    out.push(escapeBlock(inlineMarkdown(el)));
  };
  const flush = () => paragraph(inline.splice(0));
  for (const child of li.children) {
    if (isElement(child) && child.tag === 'p') {
      flush();
      paragraph([...child.children]);
    } else if (isElement(child) && BLOCK_TAGS.has(child.tag)) {
      flush();
      block(child, out);
    } else inline.push(child);
  }
  flush();
}

/** Text of an element with formatting dropped; cell paragraphs and line breaks joined (see joinLines). */
function plainText(el: HtmlNode): string {
  return joinLines(lines(el)).trim();
}

function lines(node: HtmlNode): string[] {
  if (!isElement(node)) return [node];
  if (node.tag === 'br') return ['\n'];
  if (isFootnoteLink(node)) return [];
  const parts = node.children.flatMap(lines);
  return node.tag === 'p' || /^h\d$/.test(node.tag) ? ['\n', ...parts, '\n'] : parts;
}

/** Footnote reference marks (`[1]`) and back-links (↑) are mammoth's additions, not the writer's text. */
function isFootnoteLink(el: HtmlElement): boolean {
  return el.tag === 'a' && /^#(footnote|endnote|comment)/.test(el.attrs.href ?? '');
}

/**
 * Joins pieces split by paragraph or line breaks: nothing between Chinese text (年度 / 指标值 → 年度指标值),
 * a space between Latin words or numbers.
 */
function joinLines(parts: readonly string[]): string {
  const pieces = parts.join('').split('\n').map((s) => s.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, '')).filter((s) => s !== '');
  let out = '';
  for (const piece of pieces) {
    if (out === '') out = piece;
    else out += CJK.test(out.slice(-1)) || CJK.test(piece.charAt(0)) ? piece : ` ${piece}`;
  }
  return out;
}

function segments(node: HtmlNode, bold: boolean, italic: boolean, out: Segment[]): void {
  if (!isElement(node)) {
    out.push({ text: node, bold, italic });
    return;
  }
  if (node.tag === 'br') {
    out.push({ text: '\n', bold: false, italic: false });
    return;
  }
  if (isFootnoteLink(node)) return;
  const b = bold || node.tag === 'strong' || node.tag === 'b';
  const i = italic || node.tag === 'em' || node.tag === 'i';
  for (const child of node.children) segments(child, b, i, out);
}

/** Punctuation moved outside emphasis markers: `**“重点”**项目` does not parse as bold in CommonMark. */
const EDGE = /^([\s\p{P}\p{S}]*)([\s\S]*?)([\s\p{P}\p{S}]*)$/u;

/** Inline content with bold and emphasis; formatting that covers the whole paragraph is the style's, and dropped. */
function inlineMarkdown(el: HtmlElement): string {
  const segs: Segment[] = [];
  segments(el, false, false, segs);
  const visible = segs.filter((s) => s.text.trim() !== '');
  const allBold = visible.length > 0 && visible.every((s) => s.bold);
  const allItalic = visible.length > 0 && visible.every((s) => s.italic);
  // Merge neighbours with the same formatting so markers wrap whole phrases.
  const merged: Segment[] = [];
  for (const s of segs) {
    const seg = { text: s.text, bold: s.bold && !allBold, italic: s.italic && !allItalic };
    const last = merged[merged.length - 1];
    if (last !== undefined && last.bold === seg.bold && last.italic === seg.italic) merged[merged.length - 1] = { ...last, text: last.text + seg.text };
    else merged.push(seg);
  }
  // Word may bold part of a number (1864.**05万元**): markers there would cut the figure in two
  // for the checker, so emphasis that starts or ends inside a number is dropped.
  const NUM_END = /[\d.,，]$/u;
  const NUM_START = /^[\d.,，%]/u;
  for (let i = 0; i < merged.length; i += 1) {
    const seg = merged[i];
    if (!seg || (!seg.bold && !seg.italic)) continue;
    const prev = merged[i - 1];
    const next = merged[i + 1];
    if ((prev && NUM_END.test(prev.text) && NUM_START.test(seg.text)) || (next && NUM_END.test(seg.text) && NUM_START.test(next.text))) {
      merged[i] = { ...seg, bold: false, italic: false };
    }
  }
  const text = merged
    .map((s) => {
      const escaped = escapeInline(s.text);
      if ((!s.bold && !s.italic) || s.text.trim() === '') return escaped;
      const marker = s.bold && s.italic ? '***' : s.bold ? '**' : '*';
      const [, lead = '', core = '', trail = ''] = EDGE.exec(escaped) ?? [];
      return core === '' ? escaped : `${lead}${marker}${core}${marker}${trail}`;
    })
    .join('');
  return text
    .split('\n')
    .map((line) => line.replace(/^[ \t\u3000]+|[ \t\u3000]+$/g, ''))
    .filter((line) => line !== '')
    .join('\n');
}

/** A table as GFM: the grid filled out, a merged cell's text in its first cell and the covered ones blank. */
function gfmTable(table: HtmlElement): string {
  const rows: HtmlElement[] = [];
  const collect = (el: HtmlElement) => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') collect(child);
    }
  };
  collect(table);

  const grid: string[][] = [];
  rows.forEach((tr, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const cell of tr.children) {
      if (!isElement(cell) || (cell.tag !== 'td' && cell.tag !== 'th')) continue;
      while (line[c] !== undefined) c++;
      const colSpan = Math.max(1, Number(cell.attrs.colspan ?? '1') || 1);
      const rowSpan = Math.max(1, Number(cell.attrs.rowspan ?? '1') || 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        const covered = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) covered[c + dc] = dr === 0 && dc === 0 ? cellText(cell) : '';
      }
      c += colSpan;
    }
  });
  return gfmRows(grid).text;
}

function cellText(cell: HtmlElement): string {
  return escapeCell(plainText(cell));
}

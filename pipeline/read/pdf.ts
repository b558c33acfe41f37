import { createRequire } from 'node:module';
import path from 'node:path';
import { readError, shown } from './diagnostics.js';
import { markerDepth } from '../text/outline.js';
import type { Line, Page, PageLine, Piece } from './pdf-lines.js';
import { rebuildTables } from './pdf-table.js';
import { isPageNumber, joinWrapped, normaliseSpaces } from './pdf-text.js';

/** The part of pdfjs's TextItem this reader uses. */
interface Item {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
}

export { isPageNumber, normaliseSpaces } from './pdf-text.js';

/** .pdf → plain text: one line per paragraph, wraps joined, page numbers dropped. */
export async function readPdf(file: string, bytes: Uint8Array): Promise<string> {
  const name = shown(file);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) throw readError('JX_READ_CORRUPT', file, `${name} 不是有效的 PDF 文件（缺少 PDF 文件头）：请确认文件类型，或重新导出 PDF。`);

  // Loaded here, not at the top: pdfjs is large and only needed when a PDF is read.
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const root = path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const task = pdfjs.getDocument({
    // pdfjs takes ownership of the buffer it is given: hand it a copy.
    data: bytes.slice(),
    // Chinese PDFs use Adobe-GB1 CMaps; without them their text comes out empty or wrong.
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    cMapPacked: true,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
  });
  const pages: Page[] = [];
  try {
    const doc = await task.promise;
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      const items = content.items.filter((i): i is typeof i & Item => 'str' in i && 'transform' in i);
      pages.push(pageLines(items));
      page.cleanup();
    }
  } catch (err) {
    const kind = err instanceof Error ? err.name : '';
    if (kind === 'PasswordException') {
      throw readError('JX_READ_ENCRYPTED', file, `${name} 设有打开密码，无法读取：请去掉密码后重新导出 PDF，或提供 .docx 版本。`);
    }
    throw readError('JX_READ_CORRUPT', file, `${name} 已损坏或不是有效的 PDF，无法读取：请重新导出 PDF，或提供 .docx 版本。`);
  } finally {
    await task.destroy();
  }

  const text = paragraphs(rebuildTables(withoutRunningLines(pages).flatMap((page) => page.lines.map((line) => ({ line, page }))))).join('\n');
  if (!/[\p{L}\p{N}]/u.test(text)) {
    throw readError(
      'JX_READ_NO_TEXT',
      file,
      `${name} 没有可提取的文字（可能是扫描件或图片）：请先做文字识别（OCR）后再导出 PDF，或提供 .docx / .txt 版本。`,
    );
  }
  return `${text}\n`;
}

/**
 * Pages without their running head and foot: a line first (or last) on two pages or more, the same
 * each time (the unit and the report's name over every page). Left there, it splits a table broken
 * over the page and lands in the middle of a paragraph. On the first page it is dropped only where
 * it stands again under itself (a head over the title), so a title alone stays.
 */
function withoutRunningLines(pages: readonly Page[]): Page[] {
  if (pages.length < 2) return [...pages];
  const seen = (pick: (p: Page) => Line | undefined): Set<string> => {
    const count = new Map<string, number>();
    for (const page of pages) {
      const line = pick(page);
      if (line && line.cells === 1) count.set(line.text, (count.get(line.text) ?? 0) + 1);
    }
    return new Set([...count].filter(([, n]) => n >= 2).map(([text]) => text));
  };
  const heads = seen((p) => p.lines[0]);
  const feet = seen((p) => p.lines[p.lines.length - 1]);
  return pages.map((page, n) => {
    const lines = page.lines.filter((line, k) => {
      const running = (k === 0 && heads.has(line.text)) || (k === page.lines.length - 1 && feet.has(line.text));
      if (!running) return true;
      return n === 0 && !page.lines.some((other, j) => j !== k && other.text === line.text);
    });
    return lines.length === page.lines.length ? page : { ...page, lines };
  });
}

/** Items → lines: items on one baseline (within half a font size) make a line, read left to right. */
function pageLines(items: readonly Item[]): Page {
  const placed = items
    // pdfjs fills gaps with space items as wide as the gap, which hides a table's columns: the gaps
    // themselves decide where spaces go.
    .filter((i) => i.str.trim() !== '')
    .flatMap((i) => {
      const size = Math.hypot(i.transform[2] ?? 0, i.transform[3] ?? 0) || i.height || 10;
      return cellRun({ str: i.str, x: i.transform[4] ?? 0, y: i.transform[5] ?? 0, width: i.width, size });
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);

  const groups: (typeof placed)[] = [];
  for (const item of placed) {
    const group = groups[groups.length - 1];
    const first = group?.[0];
    if (group !== undefined && first !== undefined && Math.abs(first.y - item.y) <= 0.5 * Math.min(first.size, item.size)) group.push(item);
    else groups.push([item]);
  }

  const lines: Line[] = [];
  for (const group of groups) {
    const y = group[0]?.y ?? 0;
    group.sort((a, b) => a.x - b.x);
    // A gap wider than WORD_GAP of the font is a space (dropped later next to Chinese); wider than
    // COLUMN_GAP it separates table cells, and the space stays even between Chinese cells.
    const cells: string[] = [];
    let text = '';
    let right = -Infinity;
    // The same line cut at narrower gaps, for the table pass: cells of a table can be this close.
    const pieces: Piece[] = [];
    let piece = { text: '', left: 0 };
    const endPiece = () => {
      const clean = normaliseSpaces(piece.text);
      if (clean !== '') pieces.push({ text: clean, left: piece.left, right });
    };
    for (const item of group) {
      const gap = item.x - right;
      // Two figures a word's gap apart (-0.52 -6.02% in cells set tight) are two cells: a number with
      // decimals or a percent sign ends where a gap follows it (1 046.20 stays one: 1 has no decimals).
      if (piece.text !== '' && (gap > CELL_GAP * item.size || (gap > WORD_GAP * item.size && ENDS_FIGURE.test(piece.text) && STARTS_FIGURE.test(item.str)))) {
        endPiece();
        piece = { text: '', left: item.x };
      } else if (piece.text !== '' && gap > WORD_GAP * item.size) piece.text += ' ';
      if (piece.text === '') piece.left = item.x;
      piece.text += item.str;
      if (text !== '' && gap > COLUMN_GAP * item.size) {
        cells.push(text);
        text = '';
      } else if (text !== '' && gap > WORD_GAP * item.size) text += ' ';
      text += item.str;
      right = Math.max(right, item.x + item.width);
    }
    cells.push(text);
    endPiece();
    const clean = cells.map(normaliseSpaces).filter((c) => c !== '').join(' ');
    if (clean === '' || isPageNumber(clean)) continue;
    const size = Math.max(...group.map((i) => i.size));
    lines.push({ text: clean, left: group[0]?.x ?? 0, right, size, cells: cells.length, y, pieces });
  }

  // The body's left edge: the leftmost of the longer lines, so a short centred or indented line does not set it.
  const long = lines.filter((l) => [...l.text].length >= 10);
  const left = Math.min(...(long.length > 0 ? long : lines).map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  return { lines, left, right, bodySize: commonSize(lines) };
}

interface Placed {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

/**
 * Runs pdfjs gives as one item though they are cells set tight side by side: figures and spaces only
 * (-0.52 -6.02%, 8.64 9.00), or header names each with its unit (全年预算（万元） 实际支出（万元）).
 */
const FIGURE_RUN = /^\s*[-+−－]?[\d.,%％]+(?:\s+[-+−－]?[\d.,%％]+)+\s*$/u;
const HEADER_RUN = /^\s*[^\s，。；;：:]{1,14}[（(][^（）()\s]{1,6}[）)](?:\s+[^\s，。；;：:]{1,14}[（(][^（）()\s]{1,6}[）)])+\s*$/u;

/** How wide a character is set, in halves of the font size: a Chinese or full-width one two, others one. */
const halves = (c: string): number => ((c.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1);

/**
 * Such an item split at its spaces, one item per cell, each placed by its share of the item's width
 * (by the characters' set widths): the gaps between them then tell the cells apart.
 */
function cellRun(item: Placed): Placed[] {
  if (!FIGURE_RUN.test(item.str) && !HEADER_RUN.test(item.str)) return [item];
  const chars = [...item.str];
  const per = item.width / chars.reduce((n, c) => n + halves(c), 0);
  const out: Placed[] = [];
  let at = 0;
  let token = '';
  let start = 0;
  const flush = () => {
    if (token !== '') out.push({ ...item, str: token, x: item.x + start * per, width: (at - start) * per });
    token = '';
  };
  for (const c of chars) {
    if (/\s/u.test(c)) flush();
    else {
      if (token === '') start = at;
      token += c;
    }
    at += halves(c);
  }
  flush();
  return out;
}

/** A piece ending in a figure that cannot go on past a gap (98.60, 6.02%), and an item opening one. */
const ENDS_FIGURE = /\d[.．]\d+[%％]?$|\d[%％]$/u;
const STARTS_FIGURE = /^[-+−－]?[\d０-９]/u;

/** Gaps, in font sizes: between two words, between two table cells on one line. */
const WORD_GAP = 0.15;
const COLUMN_GAP = 1.0;
/** Narrower than a column gap but wider than pdfjs's glyph spacing: two table cells' padding and border. */
const CELL_GAP = 0.4;

/** The font size most of the page's text is set in. */
function commonSize(lines: readonly Line[]): number {
  const count = new Map<number, number>();
  for (const l of lines) count.set(Math.round(l.size), (count.get(Math.round(l.size)) ?? 0) + [...l.text].length);
  let best = 0;
  let most = -1;
  for (const [size, n] of count) if (n > most) [best, most] = [size, n];
  return best;
}

/** Whether `line` continues `previous`: a wrap inside one paragraph, or the next line of a centred title. */
function continues(previous: { line: Line; page: Page }, line: Line, page: Page): boolean {
  const p = previous.line;
  if (p.cells > 1 || line.cells > 1 || markerDepth(line.text) !== undefined) return false;
  const centre = (previous.page.left + previous.page.right) / 2;
  const centred = (l: Line) => Math.abs((l.left + l.right) / 2 - centre) < l.size;
  if (previous.page === page && p.size > page.bodySize + 1 && Math.abs(p.size - line.size) < 0.5 && centred(p) && centred(line)) return true;
  // A line that stops mid-sentence may stop a little further from the edge (a word or a number the
  // layout would not break: …较预 / 算节约3.25万元): up to three characters.
  const reach = /[。！？!?；;：:]$/u.test(p.text) ? 1.5 : 3;
  return p.right >= previous.page.right - reach * p.size && line.left <= page.left + 0.8 * line.size;
}

/**
 * Lines → paragraphs. A line ends its paragraph when it stops short of the right edge, when the next
 * starts indented, or when the next starts with an outline marker (一、 （一） 1. …) or is a table row;
 * otherwise it was broken by the wrap and is joined, across pages too.
 */
function paragraphs(lines: readonly PageLine[]): string[] {
  const out: string[] = [];
  let current = '';
  let previous: PageLine | undefined;
  for (const { line, page } of lines) {
    if (previous !== undefined && continues(previous, line, page)) current = joinWrapped(current, line.text);
    else {
      if (current !== '') out.push(current);
      current = line.text;
    }
    previous = { line, page };
  }
  if (current !== '') out.push(current);
  return out;
}

import { attr, decodeXml, parseXml, prefixFor, type XmlElement } from './xml.js';
import { corrupt, W_NS } from './package.js';

/**
 * The text of word/document.xml as the reader (read/docx-tree.ts → Markdown) sees it, with every character tied
 * back to the w:t element it came from. Whitespace is left out on both sides of a comparison (Markdown
 * and Word disagree about spaces at line ends, between runs and in table cells); paragraphs and line
 * breaks are `¶`, table cell borders `|`, as in the GFM row the reader writes.
 */

/** Paragraph or line break between blocks of text (no character of the document). */
export const BREAK = '\u00b6';
/** A table cell border, as in a GFM row (no character of the document). */
export const CELL = '|';

export interface TextNode {
  /** The w:t element. */
  readonly el: XmlElement;
  /** Its w:r. */
  readonly run: XmlElement;
  /** Its text, entities decoded. */
  readonly text: string;
}

/** A text of the document to search in, and where each of its characters is in `DocModel.flat`. */
export interface SearchSpace {
  readonly text: string;
  readonly toFlat: (i: number) => number;
}

const WHITESPACE = /\s/u;

/** Containers whose text the reader does not show, or that we cannot edit safely. */
const SKIPPED = new Set([
  'pPr', 'rPr', 'sectPr', 'tblPr', 'tblGrid', 'trPr', 'tcPr', 'sdtPr', 'sdtEndPr',
  'del', 'moveFrom', 'delText', 'instrText', 'delInstrText', 'drawing', 'object', 'fldData',
]);

export class DocModel {
  readonly root: XmlElement;
  readonly body: XmlElement;
  /** Prefix of the WordprocessingML namespace in this part ('' when it is the default namespace). */
  readonly prefix: string;
  readonly nodes: TextNode[] = [];
  readonly paragraphs: XmlElement[] = [];
  /** Text without whitespace, with BREAK and CELL marks. */
  flat = '';
  /** For each character of flat: index into nodes, or -1 for a mark. */
  readonly refNode: number[] = [];
  /** For each character of flat: index into the node's text. */
  readonly refAt: number[] = [];
  private looseSpace: SearchSpace | undefined;

  constructor(
    readonly xml: string,
    file: string,
  ) {
    const parsed = parseXml(xml);
    if ('error' in parsed) throw corrupt(file, `正文 XML 无法解析：${parsed.error}`);
    this.root = parsed.root;
    const prefix = prefixFor(xml, this.root, W_NS);
    if (prefix === undefined || this.root.name !== this.q('document', prefix)) throw corrupt(file, '正文不是 Word 文档');
    this.prefix = prefix;
    const body = this.root.children.find((c) => c.name === this.q('body'));
    if (body === undefined) throw corrupt(file, '正文缺少 body');
    this.body = body;
    this.visit(body, false, undefined);
  }

  /** A WordprocessingML element name with this part's prefix. */
  q(local: string, prefix = this.prefix): string {
    return prefix === '' ? local : `${prefix}:${local}`;
  }

  /** The local name of a WordprocessingML element, undefined for other namespaces. */
  private local(el: XmlElement): string | undefined {
    if (this.prefix === '') return el.name.includes(':') ? undefined : el.name;
    return el.name.startsWith(`${this.prefix}:`) ? el.name.slice(this.prefix.length + 1) : undefined;
  }

  private mark(ch: string): void {
    this.flat += ch;
    this.refNode.push(-1);
    this.refAt.push(-1);
  }

  private visit(el: XmlElement, inCell: boolean, run: XmlElement | undefined): void {
    for (const child of el.children) this.visitOne(child, inCell, run);
  }

  private visitOne(el: XmlElement, inCell: boolean, run: XmlElement | undefined): void {
    // Word writes a text box twice (mc:Choice for Word, mc:Fallback for others): an edit to one copy
    // only would show in some programs and not others, so neither is located or edited.
    if (/(^|:)AlternateContent$/.test(el.name)) return;
    const local = this.local(el);
    if (local === undefined) {
      this.visit(el, inCell, run);
      return;
    }
    if (SKIPPED.has(local)) return;
    switch (local) {
      case 'p':
        this.paragraphs.push(el);
        if (!inCell) this.mark(BREAK);
        this.visit(el, inCell, undefined);
        return;
      case 'tr':
        if (inCell) break;
        this.mark(BREAK);
        this.mark(CELL);
        this.visit(el, false, undefined);
        return;
      case 'tc': {
        if (inCell) break;
        this.visit(el, true, undefined);
        const span = this.gridSpan(el);
        for (let i = 0; i < span; i++) this.mark(CELL);
        return;
      }
      case 'r':
        this.visit(el, inCell, el);
        return;
      case 't': {
        if (run === undefined || el.selfClosing) return;
        const text = decodeXml(this.xml.slice(el.openEnd, el.closeStart));
        const node = this.nodes.length;
        this.nodes.push({ el, run, text });
        for (let at = 0; at < text.length; at++) {
          const ch = text[at] ?? '';
          if (WHITESPACE.test(ch)) continue;
          this.flat += ch;
          this.refNode.push(node);
          this.refAt.push(at);
        }
        return;
      }
      case 'br': {
        const type = attr(this.xml, el, this.q('type'));
        // In a table cell the reader joins lines, as it joins the cell's paragraphs.
        if ((type === undefined || type === 'textWrapping') && !inCell) this.mark(BREAK);
        return;
      }
      case 'cr':
        if (!inCell) this.mark(BREAK);
        return;
      case 'noBreakHyphen':
        this.mark('\u2011');
        return;
      case 'softHyphen':
        this.mark('\u00ad');
        return;
      default:
        break;
    }
    this.visit(el, inCell, run);
  }

  private gridSpan(tc: XmlElement): number {
    const tcPr = tc.children.find((c) => c.name === this.q('tcPr'));
    const span = tcPr?.children.find((c) => c.name === this.q('gridSpan'));
    if (span === undefined) return 1;
    const value = Number(attr(this.xml, span, this.q('val')) ?? '1');
    return Number.isFinite(value) && value >= 1 ? Math.min(value, 64) : 1;
  }

  /** The text with breaks: a match never runs from one paragraph into the next. */
  get strict(): SearchSpace {
    return { text: this.flat, toFlat: (i) => i };
  }

  /** The text without breaks: for a sentence the reader joined from paragraphs (a title set in two lines). */
  get loose(): SearchSpace {
    if (this.looseSpace === undefined) {
      let text = '';
      const map: number[] = [];
      for (let i = 0; i < this.flat.length; i++) {
        if (this.flat[i] === BREAK && this.refNode[i] === -1) continue;
        text += this.flat[i];
        map.push(i);
      }
      this.looseSpace = { text, toFlat: (i) => map[i] ?? -1 };
    }
    return this.looseSpace;
  }

  /** True when flat[first..last] holds only characters of w:t elements (no break, border or hyphen element). */
  plain(first: number, last: number): boolean {
    for (let i = first; i <= last; i++) if ((this.refNode[i] ?? -1) < 0) return false;
    return true;
  }

  /** The content children of a run: all but its w:rPr. */
  content(run: XmlElement): XmlElement[] {
    return run.children.filter((c) => c.name !== this.q('rPr'));
  }

  rPr(run: XmlElement): XmlElement | undefined {
    return run.children.find((c) => c.name === this.q('rPr'));
  }
}

// ---------------------------------------------------------------------------------------------------
// Markdown side

const ASCII_PUNCT = /[!-/:-@[-`{-~]/;

/**
 * Markdown as the reader writes it (pipeline/read/docx.ts) → the text Word shows: heading and quote
 * marks at the start, `*` emphasis and `<br>` dropped, backslash escapes undone. Spaces are kept.
 */
export function plainMarkdown(markdown: string): string {
  return markdown
    .split('\n')
    .map((line) => {
      const s = line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*>\s?/, '');
      let out = '';
      for (let i = 0; i < s.length; i++) {
        const c = s[i] ?? '';
        if (c === '\\' && ASCII_PUNCT.test(s[i + 1] ?? '')) {
          out += s[i + 1];
          i++;
          continue;
        }
        if (c === '*') continue;
        if (c === '<') {
          const br = /^<br\s*\/?>/i.exec(s.slice(i));
          if (br) {
            i += br[0].length - 1;
            continue;
          }
        }
        out += c;
      }
      return out;
    })
    .join('\n');
}

/** plainMarkdown without whitespace: what is compared with DocModel.flat. */
export function normalise(markdown: string): string {
  return plainMarkdown(markdown).replace(/\s+/gu, '');
}

/** A whole Markdown text normalised line by line, lines joined by BREAK (as DocModel.flat joins paragraphs). */
export function normaliseLines(markdown: string): string {
  return markdown
    .split('\n')
    .map(normalise)
    .filter((l) => l !== '')
    .map((l) => BREAK + l)
    .join('');
}

/** Start offsets of every occurrence of needle in hay, overlapping ones included. */
export function occurrences(hay: string, needle: string): number[] {
  const out: number[] = [];
  if (needle === '') return out;
  for (let i = hay.indexOf(needle); i !== -1; i = hay.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/**
 * Which occurrence of `part` in `sentence` (0-based, as normalised text) the one at `offset` is;
 * 0 when offset does not point at part.
 */
export function occurrenceIndex(sentence: string, part: string, offset: number | undefined): number {
  if (offset === undefined || offset < 0 || sentence.slice(offset, offset + part.length) !== part) return 0;
  return Math.max(0, occurrences(normalise(sentence.slice(0, offset + part.length)), normalise(part)).length - 1);
}

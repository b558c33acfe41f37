/**
 * The Markdown syntax tree (mdast, as remark-parse + remark-gfm name its nodes) from markdown-it's
 * tokens. markdown-it reads CommonMark and GFM's tables and strikethrough ten to thirty times faster
 * than micromark did here (bench/README.md): that parse was half of checking a Markdown report.
 *
 * Block nodes carry their position: the lines they span (markdown-it's line map), and the column and
 * offset of their first character on the first line and after their last on the last. Phrasing nodes
 * (text, emphasis, links) carry none: markdown-it does not say where they are, and no reader of the
 * tree needs it. Where the tree differs from remark-gfm's (test/corpus/markdown.test.ts): a
 * reference link comes resolved, as a link; a footnote's definition is left out; task-list items are
 * not read (`[ ]` stays text); a table's header row needs a pipe.
 */
import type MarkdownIt from 'markdown-it';
import type Token from 'markdown-it/lib/token.mjs';
import type { AlignType, Parent, PhrasingContent, Root, RootContent, TableCell, TableRow } from 'mdast';
import { LineIndex } from '../text/lines.js';

type UnistPosition = NonNullable<Root['position']>;

/** The text's lines (LineIndex), and where a block's content starts and ends on one. */
class Lines extends LineIndex {
  /** The end of line `line`'s content (0-based line), before trailing blanks. */
  contentEnd(line: number): number {
    let end = this.end(line);
    while (end > this.start(line) && /\s/u.test(this.text.charAt(end - 1))) end -= 1;
    return end;
  }

  blank(line: number): boolean {
    return this.contentEnd(line) <= this.firstContent(line);
  }

  /** The first character of line `line` that is not a blank or a container mark (`>`). */
  firstContent(line: number, skipQuotes = false): number {
    const end = this.end(line);
    let i = this.start(line);
    // A byte-order mark opens the first line and is no content.
    while (i < end && (this.text.charAt(i) === ' ' || this.text.charAt(i) === '\t' || this.text.charAt(i) === '\uFEFF' || (skipQuotes && this.text.charAt(i) === '>'))) i += 1;
    return i;
  }
}

/** A block's place: from `startOffset` on its first line to the end of the content of its last. */
function position(lines: Lines, map: readonly [number, number], startOffset: number): UnistPosition {
  const first = map[0];
  let last = Math.max(first, Math.min(map[1], lines.count) - 1);
  while (last > first && lines.blank(last)) last -= 1;
  const endOffset = Math.max(startOffset, lines.contentEnd(last));
  return {
    start: { line: first + 1, column: startOffset - lines.start(first) + 1, offset: startOffset },
    end: { line: last + 1, column: endOffset - lines.start(last) + 1, offset: endOffset },
  };
}

/**
 * A bare address in text: http(s)://…, www.…, or an e-mail. GFM's autolink literals, read for
 * Chinese text, where an address is the ASCII run it stands in: it may follow any character but a
 * letter, digit or an address's own marks, and ends at the first character that is not printable
 * ASCII (GFM runs a www. link on to the next space, taking in 或致信：; linkify-it reads Chinese
 * letters before www. as part of the domain name and wants a space before an e-mail). Trailing
 * punctuation ends the sentence, not the address.
 */
const ADDRESS = /(?<![\w.+\-@/:])(?:(?:https?:\/\/|www\.)[\w\-]+(?:\.[\w\-]+)*(?:[/?#:][\x21-\x7e]*)?|[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+)/giu;

function linkAddresses(children: PhrasingContent[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const node of children) {
    if (node.type !== 'text') {
      if ('children' in node && node.type !== 'link' && node.type !== 'linkReference') node.children = linkAddresses(node.children as PhrasingContent[]) as typeof node.children;
      out.push(node);
      continue;
    }
    let at = 0;
    for (const m of node.value.matchAll(ADDRESS)) {
      const link = m[0].replace(/[.,:;!?'")\]*_~]+$/u, '');
      const from = m.index ?? 0;
      // www. alone, or a scheme with no host, is no address.
      if (!/[\w-]\.[\w-]/u.test(link.replace(/^(?:https?:\/\/)?www\./iu, 'x.'))) continue;
      if (from > at) out.push({ type: 'text', value: node.value.slice(at, from) });
      const url = /^https?:\/\//iu.test(link) ? link : link.includes('@') ? `mailto:${link}` : `http://${link}`;
      out.push({ type: 'link', url, title: null, children: [{ type: 'text', value: link }] });
      at = from + link.length;
    }
    out.push(at === 0 ? node : { type: 'text', value: node.value.slice(at) });
  }
  return out.filter((n) => n.type !== 'text' || n.value !== '');
}

/** Phrasing content of an inline token's children; bare addresses made links if `addresses`. */
function phrasing(tokens: readonly Token[], addresses: boolean): PhrasingContent[] {
  const root: { children: PhrasingContent[] } = { children: [] };
  const stack: { children: PhrasingContent[] }[] = [root];
  const top = () => stack[stack.length - 1] as { children: PhrasingContent[] };
  const text = (value: string) => {
    if (value === '') return;
    const list = top().children;
    const last = list[list.length - 1];
    if (last?.type === 'text') last.value += value;
    else list.push({ type: 'text', value });
  };
  const open = (node: PhrasingContent & { children: PhrasingContent[] }) => {
    top().children.push(node);
    stack.push(node);
  };
  for (const t of tokens) {
    switch (t.type) {
      case 'text':
      case 'text_special':
        text(t.content);
        break;
      case 'softbreak': {
        // A line's trailing blanks are not its text (markdown-it strips spaces only).
        const last = top().children.at(-1);
        if (last?.type === 'text') last.value = last.value.replace(/[ \t]+$/u, '');
        text('\n');
        break;
      }
      case 'hardbreak':
        top().children.push({ type: 'break' });
        break;
      case 'footnote_ref': {
        const label = String((t.meta as { label?: unknown } | null)?.label ?? '');
        top().children.push({ type: 'footnoteReference', identifier: label.toLowerCase(), label });
        break;
      }
      case 'code_inline':
        top().children.push({ type: 'inlineCode', value: t.content });
        break;
      case 'html_inline':
        top().children.push({ type: 'html', value: t.content });
        break;
      case 'image':
        top().children.push({ type: 'image', url: t.attrGet('src') ?? '', title: t.attrGet('title'), alt: t.content });
        break;
      case 'strong_open':
        open({ type: 'strong', children: [] });
        break;
      case 'em_open':
        open({ type: 'emphasis', children: [] });
        break;
      case 's_open':
        open({ type: 'delete', children: [] });
        break;
      case 'link_open':
        open({ type: 'link', url: t.attrGet('href') ?? '', title: t.attrGet('title'), children: [] });
        break;
      case 'strong_close':
      case 'em_close':
      case 's_close':
      case 'link_close':
        if (stack.length > 1) stack.pop();
        break;
      default:
        if (t.content !== '') text(t.content);
    }
  }
  return addresses ? linkAddresses(root.children) : root.children;
}

/**
 * Blanks other than spaces and tabs (the ideographic space U+3000 that indents a row's name, a
 * no-break space) that open or close `raw`, the source of a table cell, put back: markdown-it trims
 * cells with JavaScript's trim(), GFM keeps them.
 */
function keepBlanks(children: PhrasingContent[], raw: string): void {
  const lead = /^[ \t]*([^\S \t\n\r]+)/u.exec(raw)?.[1] ?? '';
  const first = children[0];
  if (lead !== '') {
    if (first?.type === 'text') first.value = lead + first.value;
    else children.unshift({ type: 'text', value: lead });
  }
  const trail = /([^\S \t\n\r]+)[ \t]*$/u.exec(raw)?.[1] ?? '';
  const last = children.at(-1);
  if (trail !== '' && last?.type === 'text' && !last.value.endsWith(trail)) last.value += trail;
}

/** The source of each cell of a table row, `line` from its first character (as GFM splits it: at unescaped pipes). */
function rawCells(line: string): string[] {
  const cells = line.split(/(?<!\\)\|/u);
  if (cells[0]?.trim() === '') cells.shift();
  if (cells.length > 0 && cells.at(-1)?.trim() === '' && /\|\s*$/u.test(line)) cells.pop();
  return cells;
}

const ALIGN: Readonly<Record<string, AlignType>> = { left: 'left', right: 'right', center: 'center' };

/** The mdast of markdown-it's tokens; bare addresses made links if `addresses`. */
export function toMdast(md: MarkdownIt, text: string, addresses = false): Root {
  const tokens = md.parse(text, {});
  const lines = new Lines(text);
  const last = lines.count - 1;
  const end = { line: last + 1, column: text.length - lines.start(last) + 1, offset: text.length };
  const root: Root = { type: 'root', children: [], position: { start: { line: 1, column: 1, offset: 0 }, end } };
  const stack: Parent[] = [root];
  let quoteDepth = 0;
  let row: { cells: string[]; at: number } | undefined;
  let table: { align: AlignType[]; inHead: boolean } | undefined;
  const top = () => stack[stack.length - 1] as Parent;
  // The marker (1. or -) of each list item, whose first block starts after it on the item's line.
  const markers = new WeakMap<Parent, string>();
  /**
   * Where a block on line `line` (0-based) starts inside the open containers: after the marker of the
   * innermost list item opened on that line (- 1. 文字: the inner item after "- ", its paragraph
   * after "1. "), else at the line's first character; past quote marks inside a quote.
   */
  const lineStart = (line: number, quoted: boolean): number => {
    for (let k = stack.length - 1; k > 0; k -= 1) {
      const item = stack[k] as Parent;
      if (item.type !== 'listItem' || item.position?.start.line !== line + 1) continue;
      let at = (item.position.start.offset ?? 0) + (markers.get(item)?.length ?? 0);
      const end = lines.contentEnd(line);
      while (at < end && (text.charAt(at) === ' ' || text.charAt(at) === '\t' || (quoted && text.charAt(at) === '>'))) at += 1;
      return at;
    }
    return lines.firstContent(line, quoted);
  };
  const add = (node: RootContent, t: Token) => {
    if (t.map) node.position = position(lines, t.map as [number, number], lineStart(t.map[0], quoteDepth > 0));
    (top().children as RootContent[]).push(node);
    return node;
  };
  const open = (node: RootContent & Parent, t: Token) => {
    add(node, t);
    stack.push(node);
  };
  const close = () => {
    if (stack.length > 1) stack.pop();
  };

  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as Token;
    switch (t.type) {
      case 'heading_open':
        open({ type: 'heading', depth: Number(t.tag.slice(1)) as 1 | 2 | 3 | 4 | 5 | 6, children: [] }, t);
        break;
      case 'paragraph_open':
        open({ type: 'paragraph', children: [] }, t);
        break;
      case 'inline': {
        const parent = top();
        (parent.children as PhrasingContent[]).push(...phrasing(t.children ?? [], addresses));
        break;
      }
      case 'bullet_list_open':
        open({ type: 'list', ordered: false, start: null, spread: false, children: [] }, t);
        break;
      case 'ordered_list_open':
        open({ type: 'list', ordered: true, start: Number(t.attrGet('start') ?? 1), spread: false, children: [] }, t);
        break;
      case 'list_item_open':
        open({ type: 'listItem', spread: false, checked: null, children: [] }, t);
        markers.set(top(), `${t.info}${t.markup}`);
        break;
      case 'blockquote_open':
        open({ type: 'blockquote', children: [] }, t);
        quoteDepth += 1;
        break;
      case 'blockquote_close':
        quoteDepth -= 1;
        close();
        break;
      case 'table_open':
        table = { align: [], inHead: false };
        open({ type: 'table', align: table.align, children: [] }, t);
        break;
      case 'thead_open':
        if (table) table.inHead = true;
        break;
      case 'thead_close':
        if (table) table.inHead = false;
        break;
      case 'tr_open':
        row = { cells: t.map ? rawCells(text.slice(lineStart(t.map[0], true), lines.contentEnd(t.map[0]))) : [], at: 0 };
        open({ type: 'tableRow', children: [] } as TableRow, t);
        break;
      case 'th_open':
      case 'td_open': {
        if (table?.inHead) table.align.push(ALIGN[/text-align:(\w+)/u.exec(t.attrGet('style') ?? '')?.[1] ?? ''] ?? null);
        const cell: TableCell = { type: 'tableCell', children: [] };
        // markdown-it fills a short row with empty cells; GFM's tree keeps the row as written.
        const written = row === undefined || row.at < row.cells.length;
        if (written) (top().children as TableCell[]).push(cell);
        const raw = row?.cells[row.at] ?? '';
        if (row) row.at += 1;
        const inline = tokens[i + 1];
        if (inline?.type === 'inline') {
          cell.children.push(...phrasing(inline.children ?? [], addresses));
          keepBlanks(cell.children, raw);
          i += 1;
        }
        stack.push(cell);
        break;
      }
      case 'code_block':
      case 'fence': {
        const info = t.info.trim();
        const space = info.search(/\s/u);
        add({ type: 'code', lang: info === '' ? null : space < 0 ? info : info.slice(0, space), meta: space < 0 ? null : info.slice(space + 1).trim() || null, value: t.content.replace(/\n$/u, '') }, t);
        break;
      }
      case 'footnote_block_open':
        // The footnotes' text, gathered at the end by markdown-it: GFM's tree has it where it was
        // written, as definitions no reader of the tree prints or checks.
        while (i < tokens.length && tokens[i]?.type !== 'footnote_block_close') i += 1;
        break;
      case 'hr':
        add({ type: 'thematicBreak' }, t);
        break;
      case 'html_block':
        add({ type: 'html', value: t.content.replace(/\n+$/u, '') }, t);
        break;
      case 'tr_close': {
        // Cells past the header's count: markdown-it drops them (as the GFM spec says), remark-gfm's
        // tree keeps them, and so does the reader: a row longer than its header (merged header cells)
        // still holds figures.
        const tr = top();
        while (row !== undefined && row.at < row.cells.length) {
          const raw = row.cells[row.at] ?? '';
          row.at += 1;
          const inline = md.parseInline(raw.trim(), {})[0];
          const cell: TableCell = { type: 'tableCell', children: phrasing(inline?.children ?? [], addresses) };
          keepBlanks(cell.children, raw);
          (tr.children as TableCell[]).push(cell);
        }
        close();
        break;
      }
      case 'table_close':
        table = undefined;
        close();
        break;
      case 'tbody_open':
      case 'tbody_close':
        break;
      default:
        if (t.nesting === -1) close();
    }
  }
  return root;
}

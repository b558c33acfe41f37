import type { List, Root, RootContent, Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { createRequire } from 'node:module';
import { LineClassifier, type Item } from './items.js';
import { levelMarker } from '../text/outline.js';
import { cleanTitle, isAttachmentTitle, isHeadingLine, parseAttachment } from './outline.js';
import { hasTab, parseTabTable } from './tab-table.js';
import { charLength } from '../text/chars.js';
import { LineIndex } from '../text/lines.js';
import { endsSentence, joinWrapped } from './text.js';
import { toMdast } from './markdown-syntax.js';
import type { Position } from './types.js';

type MarkdownIt = import('markdown-it').default;
let parser: MarkdownIt | undefined;

/**
 * CommonMark + GFM tables, strikethrough and footnotes (markdown-it; markdown-syntax.ts makes its
 * tokens the mdast that remark-parse + remark-gfm would give), loaded the first time a Markdown
 * report is read or a Word draft written: a check of a plain-text report never pays for it (the
 * CLI's start-up time is measured). require() loads it synchronously, which keeps readCorpus
 * synchronous. Inline HTML and HTML blocks are read (a draft's <!-- jixiao:table --> anchors, <br>).
 */
function markdownParser(): MarkdownIt {
  if (!parser) {
    const require = createRequire(import.meta.url);
    const MarkdownIt = require('markdown-it') as typeof import('markdown-it').default;
    const footnotes = require('markdown-it-footnote') as import('markdown-it').PluginSimple;
    // GFM's footnotes ([^1] and [^1]: …), not pandoc's inline ones (^[…] stays text, as in GFM).
    parser = new MarkdownIt({ html: true }).use(footnotes);
    parser.inline.ruler.disable('footnote_inline');
  }
  return parser;
}

/**
 * The Markdown syntax tree of a text, as remark-parse + remark-gfm give it. With `autolinkLiterals`
 * bare URLs and e-mails become links (the Word writer makes a link's text runs of its own); the
 * reader leaves them text, which mdast-util-to-string reads the same either way.
 */
export function parseMarkdown(text: string, options: { readonly autolinkLiterals?: boolean } = {}): Root {
  // A byte-order mark is no text; the tree's offsets count from after it, as micromark's did.
  return toMdast(markdownParser(), text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, options.autolinkLiterals === true);
}

type Node = RootContent;
/** unist's position, named through mdast (unist is not a direct dependency). */
type UnistPosition = NonNullable<Root['position']>;

function startOf(node: { position?: UnistPosition | undefined }): Position {
  const s = node.position?.start;
  return { line: s?.line ?? 1, column: s?.column ?? 1, offset: s?.offset ?? 0 };
}

/** Whole source lines a node spans (indented code starts after its indent; we want the tabs). */
function sourceLines(index: LineIndex, node: Node): readonly string[] {
  const from = node.position?.start.line ?? 1;
  const to = node.position?.end.line ?? from;
  return index.lines().slice(from - 1, to);
}

/** Paragraphs and code blocks made of tab-separated lines are tables pasted as text. */
function isTabBlock(index: LineIndex, node: Node): boolean {
  if (node.type !== 'paragraph' && node.type !== 'code') return false;
  const lines = sourceLines(index, node).filter((l) => l.trim() !== '');
  return lines.length > 0 && lines.filter(hasTab).length * 2 >= lines.length;
}

function gfmRows(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell).trim()));
}

/**
 * CommonMark will not close `**` after 。 when a character follows (`**二是…。**科技…`), so
 * the asterisks stay in the text; they are emphasis all the same.
 */
function plainText(node: Node): string {
  return toString(node).replace(/\*\*([^*\n]+?)\*\*|__([^_\n]+?)__/gu, (_m, a?: string, b?: string) => a ?? b ?? '');
}

/** Soft line breaks inside a Chinese paragraph carry no space. */
function paragraphLines(node: Node): string[] {
  return plainText(node)
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
}

class MarkdownReader {
  readonly items: Item[] = [];
  private readonly classifier = new LineClassifier(this.items);
  private readonly index: LineIndex;
  /** Items that came from one whole Markdown paragraph, which may be rejoined across a blank line. */
  private readonly joinable = new WeakSet<Item>();
  private sawHeading = false;

  private readonly text: string;

  constructor(text: string) {
    // The tree's offsets count from after a byte-order mark (parseMarkdown): so do the reader's.
    this.text = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    this.index = new LineIndex(this.text);
  }

  read(): Item[] {
    const root = parseMarkdown(this.text);
    this.nodes(root.children);
    return rejoinParagraphs(this.items, this.joinable);
  }

  private nodes(nodes: readonly Node[]): void {
    for (let i = 0; i < nodes.length; i += 1) {
      const node = nodes[i];
      if (!node) continue;
      if (isTabBlock(this.index, node)) {
        // Adjacent tab blocks are one table split by a stray blank line or an indent.
        let j = i;
        while (j + 1 < nodes.length && isTabBlock(this.index, nodes[j + 1] as Node)) j += 1;
        const last = nodes[j] as Node;
        const from = node.position?.start.line ?? 1;
        const to = last.position?.end.line ?? from;
        const rows = parseTabTable(this.index.lines().slice(from - 1, to));
        if (rows.length > 0) this.items.push({ kind: 'table', rows, position: this.index.positionOfLine(from) });
        this.classifier.noteOther();
        i = j;
        continue;
      }
      this.node(node);
    }
  }

  private node(node: Node): void {
    switch (node.type) {
      case 'heading':
        this.heading(node);
        return;
      case 'paragraph':
        this.paragraph(node);
        return;
      case 'table':
        this.items.push({ kind: 'table', rows: gfmRows(node), position: startOf(node) });
        this.classifier.noteOther();
        return;
      case 'list':
        this.list(node);
        return;
      case 'blockquote':
        this.nodes(node.children);
        return;
      case 'code': {
        const text = node.value.trim();
        if (text !== '') this.items.push({ kind: 'paragraph', text, position: startOf(node), listMarker: undefined });
        return;
      }
      default:
        return; // html, thematic breaks, definitions: no report text
    }
  }

  /**
   * A `#` heading: its level comes from its outline marker, whatever its '#' count. Without a
   * marker, the first one before any section is the document title; later ones are
   * unmarked sections (附件 3, a table caption).
   */
  private heading(node: Node): void {
    const text = plainText(node).trim();
    if (text === '') return;
    const position = startOf(node);
    const marker = levelMarker(text);
    if (marker && marker.rest !== '') {
      this.items.push({ kind: 'heading', marker, title: cleanTitle(marker.rest), attachment: false, position });
      this.sawHeading = true;
      this.classifier.noteHeading(false);
      return;
    }
    if (!this.sawHeading && !this.items.some((i) => i.kind === 'title' || i.kind === 'heading')) {
      this.items.push({ kind: 'title', text: cleanTitle(text), position });
      this.sawHeading = true;
      this.classifier.noteOther();
      return;
    }
    const attachment = parseAttachment(text);
    const title = attachment ? attachment.title : cleanTitle(text);
    this.items.push({ kind: 'heading', marker: undefined, title, attachment: isAttachmentTitle(title), position });
    this.sawHeading = true;
    this.classifier.noteHeading(isAttachmentTitle(title));
  }

  /**
   * A paragraph is usually prose. It is read line by line, like plain text, when one of its
   * lines is an outline heading or an attachment line (a plain-text report saved as .md becomes
   * one paragraph with newlines inside).
   */
  private paragraph(node: Node): void {
    const lines = paragraphLines(node);
    if (lines.length === 0) return;
    const start = node.position?.start.line ?? 1;
    const before = this.items.length;
    const headingLike = (l: string): boolean => {
      const m = levelMarker(l);
      return (m !== undefined && isHeadingLine(l, m)) || parseAttachment(l) !== undefined;
    };
    if (lines.length > 1 && lines.some(headingLike)) {
      lines.forEach((l, k) => this.classifier.classify(l, this.index.positionOfLine(start + k)));
      return;
    }
    const text = lines.reduce(joinWrapped, '');
    if (this.maybeTitle(text, node)) return;
    this.classifier.classify(text, startOf(node));
    const added = this.items.slice(before);
    if (added.length === 1 && added[0]?.kind === 'paragraph') this.joinable.add(added[0]);
  }

  /** With no title heading, a first paragraph like `2023年度…绩效自评报告` is the title. */
  private maybeTitle(text: string, node: Node): boolean {
    if (this.sawHeading || this.items.length > 0) return false;
    if (charLength(text) > 60 || /[，。；：,;:]/u.test(text) || !/报告$/u.test(text)) return false;
    this.items.push({ kind: 'title', text, position: startOf(node) });
    this.sawHeading = true;
    return true;
  }

  /** Ordered items carry their number back (`1.` + text) so they classify like plain-text lines. */
  private list(list: List): void {
    list.children.forEach((item) => {
      const [first, ...more] = item.children;
      if (!first) return;
      if (first.type === 'paragraph') {
        let text = plainText(first).replace(/\n/gu, '').trim();
        if (list.ordered) {
          const from = item.position?.start.offset;
          const to = first.position?.start.offset;
          const marker = from !== undefined && to !== undefined ? this.text.slice(from, to).trimStart() : '';
          text = `${marker}${text}`;
        }
        this.classifier.classify(text, startOf(item));
      } else {
        this.nodes([first]);
      }
      this.nodes(more);
    });
  }
}

/**
 * Markdown converted from PDF splits a sentence into two paragraphs (`…进一步规范…，落实` /
 * `项目监督管理责任。`). Two adjacent whole paragraphs are joined when the first runs at least
 * 20 characters, stops without sentence punctuation, and the second opens no outline item.
 */
function rejoinParagraphs(items: readonly Item[], joinable: WeakSet<Item>): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out[out.length - 1];
    if (
      item.kind === 'paragraph' &&
      prev?.kind === 'paragraph' &&
      joinable.has(item) &&
      joinable.has(prev) &&
      charLength(prev.text) >= 20 &&
      !endsSentence(prev.text) &&
      item.listMarker === undefined
    ) {
      const merged: Item = { ...prev, text: joinWrapped(prev.text, item.text) };
      joinable.add(merged);
      out[out.length - 1] = merged;
      continue;
    }
    out.push(item);
  }
  return out;
}

export function markdownItems(text: string): Item[] {
  return new MarkdownReader(text).read();
}

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
import type { Position } from './types.js';

type Parse = (text: string) => Root;
/** The four parsers: with or without the table construct, with or without the autolink transform. */
let parsers: ((withTables: boolean, withLinks: boolean) => Parse) | undefined;
const made = new Map<string, Parse>();

type TableExtension = ReturnType<typeof import('micromark-extension-gfm-table').gfmTable>;
type FlowConstruct = Exclude<NonNullable<NonNullable<TableExtension['flow']>['null']>, readonly unknown[]>;
/** The text being parsed, for the table guard (parsing is synchronous). */
let source = '';

/**
 * The GFM table construct is tried at the start of every line of flow content: it reads the line as
 * a head row, then the next as a delimiter row, and fails almost always (in prose, about half the
 * parse). A delimiter row is only accepted when it holds a pipe or a colon (the tokenizer's `seen`),
 * so a line whose next line holds neither cannot open a table: the guard fails it at once, as the
 * tokenizer would after reading both lines. Body rows (after a head or a row) need no pipe: those
 * attempts go to the tokenizer as they are.
 */
function guardTable(extension: TableExtension): TableExtension {
  const table = extension.flow?.null as FlowConstruct;
  const guarded: FlowConstruct = {
    ...table,
    tokenize(effects, ok, nok) {
      if (!afterTableRow(this.events) && !nextLineMayDelimit(source, this.now().offset)) return nok;
      return table.tokenize.call(this, effects, ok, nok);
    },
  };
  return { ...extension, flow: { null: guarded } };
}

/** The tokenizer's own test for a body row: the last event before line endings and prefixes opens a head or a row. */
function afterTableRow(events: readonly (readonly [string, { type: string }, unknown])[]): boolean {
  let i = events.length - 1;
  while (i > -1 && (events[i]?.[1].type === 'lineEnding' || events[i]?.[1].type === 'linePrefix')) i -= 1;
  const type = i > -1 ? events[i]?.[1].type : undefined;
  return type === 'tableHead' || type === 'tableRow';
}

/** Whether the line after the one at `offset` holds a pipe or a colon (micromark's line endings: \n, \r, \r\n). */
function nextLineMayDelimit(text: string, offset: number): boolean {
  let i = offset;
  while (i < text.length && text.charCodeAt(i) !== 10 && text.charCodeAt(i) !== 13) i += 1;
  if (i >= text.length) return false;
  i += text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1;
  for (; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
    if (c === 124 || c === 58) return true;
  }
  return false;
}

/**
 * CommonMark + GFM (micromark and mdast-util-from-markdown, what remark-parse + remark-gfm run),
 * loaded the first time a Markdown report is read or a Word draft written: a check of a plain-text
 * report never pays for them (the CLI's start-up time is measured). Node 20.19+ can require() these
 * ES modules synchronously, which keeps readCorpus synchronous.
 *
 * GFM's tree transforms are left out unless asked for: the only one (autolink literals) turns a
 * bare URL or e-mail in a text node into a link node holding the same text. The reader only takes
 * text out of the tree (mdast-util-to-string), which is the same with or without it, and the
 * transform walks every text node with four expressions: about a fifth of the parse of a report.
 * The Word writer, which makes a link's text runs of their own, asks for it; a text with no
 * `http://`, `https://`, `www.` or `@` has nothing for it to find, and is parsed without it.
 *
 * A GFM table needs a pipe (|) or a colon (:) in its delimiter row (`甲\n:--` is a table); in a text
 * without either the table extension only tries, and fails, at every line (a third of the parse of
 * a report without tables), so such a text is parsed without it. The GFM extensions are combined as micromark-extension-gfm combines them.
 */
function markdownParser(text: string, autolinkLiterals: boolean): Parse {
  if (!parsers) {
    const require = createRequire(import.meta.url);
    const { fromMarkdown } = require('mdast-util-from-markdown') as typeof import('mdast-util-from-markdown');
    const { gfmFromMarkdown } = require('mdast-util-gfm') as typeof import('mdast-util-gfm');
    const { combineExtensions } = require('micromark-util-combine-extensions') as typeof import('micromark-util-combine-extensions');
    const { gfmAutolinkLiteral } = require('micromark-extension-gfm-autolink-literal') as typeof import('micromark-extension-gfm-autolink-literal');
    const { gfmFootnote } = require('micromark-extension-gfm-footnote') as typeof import('micromark-extension-gfm-footnote');
    const { gfmStrikethrough } = require('micromark-extension-gfm-strikethrough') as typeof import('micromark-extension-gfm-strikethrough');
    const { gfmTable } = require('micromark-extension-gfm-table') as typeof import('micromark-extension-gfm-table');
    const { gfmTaskListItem } = require('micromark-extension-gfm-task-list-item') as typeof import('micromark-extension-gfm-task-list-item');
    const withTransforms = [gfmFromMarkdown()];
    const withoutTransforms = [gfmFromMarkdown().map(({ transforms: _links, ...handlers }) => handlers)];
    parsers = (withTables, withLinks) => {
      const extensions = [
        combineExtensions([gfmAutolinkLiteral(), gfmFootnote(), gfmStrikethrough(), ...(withTables ? [guardTable(gfmTable())] : []), gfmTaskListItem()]),
      ];
      const mdastExtensions = withLinks ? withTransforms : withoutTransforms;
      return (t) => {
        // micromark skips a leading byte-order mark: its offsets count from after it.
        source = t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
        try {
          return fromMarkdown(t, { extensions, mdastExtensions });
        } finally {
          source = '';
        }
      };
    };
  }
  const withTables = /[|:]/u.test(text);
  const withLinks = autolinkLiterals && /https?:\/\/|www\.|@/iu.test(text);
  const key = `${withTables}${withLinks}`;
  let parse = made.get(key);
  if (parse === undefined) {
    parse = parsers(withTables, withLinks);
    made.set(key, parse);
  }
  return parse;
}

/**
 * The Markdown syntax tree of a text, as remark-parse + remark-gfm give it; with `autolinkLiterals`
 * false (the reader's default: it only takes text out), bare URLs and e-mails stay text.
 */
export function parseMarkdown(text: string, options: { readonly autolinkLiterals?: boolean } = {}): Root {
  return markdownParser(text, options.autolinkLiterals === true)(text);
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

  constructor(private readonly text: string) {
    this.index = new LineIndex(text);
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

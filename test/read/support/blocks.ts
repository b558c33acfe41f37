import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { TableModel } from '../../../schemas/rendered.js';

/** Whitespace does not count: Word and PDF move it, Chinese text does not need it. */
const norm = (s: string) => s.replace(/\s+/g, '');

/**
 * A Markdown document as the list a reader sees: `h2:一、…`, `p:…`, `q:…` (review notes), `t:a|b|c`
 * (one entry per table row). Formatting and whitespace are dropped.
 */
export function blocksOf(markdown: string, tables: readonly TableModel[] = []): string[] {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown);
  const out: string[] = [];
  const nodes = tree.children;
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i] as RootContent;
    // A table anchor stands for the model: its title above the table and its note below.
    const anchor = node.type === 'html' ? /jixiao:table\s+(\S+)/.exec(node.value) : null;
    const model = anchor !== null ? tables.find((t) => t.id === anchor[1]) : undefined;
    if (model !== undefined) {
      out.push(`p:${norm(model.title)}`);
      const next = nodes[i + 1];
      if (next?.type === 'table') {
        out.push(...next.children.map((row) => `t:${row.children.map((c) => norm(toString(c))).join('|')}`));
        i++;
      }
      if (model.note !== undefined) out.push(`p:${norm(model.note)}`);
      continue;
    }
    switch (node.type) {
      case 'heading':
        out.push(`h${node.depth}:${norm(toString(node))}`);
        break;
      case 'paragraph':
        out.push(`p:${norm(toString(node))}`);
        break;
      case 'blockquote':
        out.push(`q:${norm(toString(node))}`);
        break;
      case 'table':
        out.push(...node.children.map((row) => `t:${row.children.map((c) => norm(toString(c))).join('|')}`));
        break;
      default:
        break;
    }
  }
  return out;
}

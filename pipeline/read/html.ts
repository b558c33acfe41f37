/**
 * The HTML tree the Word reader builds (docx-tree.ts) and the Markdown writer walks (docx.ts), and a
 * small parser for the same HTML as text (as mammoth wrote it), with which tests state a tree:
 * well-formed, lower-case tags, attributes in double quotes, `<br />` and `<img />` self-closed, text
 * escaped with &amp; &lt; &gt; &quot;. Not a general HTML parser.
 */

export interface HtmlElement {
  readonly tag: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: HtmlNode[];
}

export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'col', 'input', 'meta', 'link']);
import { decodeEntities } from '../text/entities.js';

const TOKEN = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[^\s=/>]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*(\/?)>|[^<]+|</g;
const ATTR = /([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;


/** Parses a fragment into a root element tagged `#root`; an unclosed tag closes at the end. */
export function parseHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attrs: {}, children: [] };
  const stack: HtmlElement[] = [root];
  for (const match of html.matchAll(TOKEN)) {
    const [token, closing, rawTag, rawAttrs, selfClosing] = match;
    const top = stack[stack.length - 1] ?? root;
    if (rawTag === undefined) {
      if (!token.startsWith('<!--')) top.children.push(decodeEntities(token));
      continue;
    }
    const tag = rawTag.toLowerCase();
    if (closing === '/') {
      const at = stack.map((e) => e.tag).lastIndexOf(tag);
      if (at > 0) stack.length = at;
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of (rawAttrs ?? '').matchAll(ATTR)) {
      const name = a[1];
      if (name !== undefined) attrs[name.toLowerCase()] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
    }
    const element: HtmlElement = { tag, attrs, children: [] };
    top.children.push(element);
    if (selfClosing !== '/' && !VOID.has(tag)) stack.push(element);
  }
  return root;
}

export function isElement(node: HtmlNode | undefined): node is HtmlElement {
  return typeof node === 'object';
}

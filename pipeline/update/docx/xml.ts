import { decodeEntities } from '../../text/entities.js';
import { InternalError } from '../../errors.js';

/**
 * A minimal XML scanner for the parts of a Word package we edit. It records where every element
 * starts and ends in the original string and changes nothing: edits are splices into that string, so
 * everything outside them stays byte for byte as the editor's Word wrote it.
 */

export interface XmlElement {
  /** Qualified name as written (`w:p`). */
  readonly name: string;
  /** Offset of `<` of the start tag. */
  readonly start: number;
  /** Offset just after the start tag's `>`. */
  readonly openEnd: number;
  /** Offset of `<` of the end tag (equals openEnd for `<x/>`). */
  closeStart: number;
  /** Offset just after the element. */
  end: number;
  readonly selfClosing: boolean;
  readonly children: XmlElement[];
  readonly parent: XmlElement | undefined;
}

/** A parsed part, or why it is not well-formed XML. */
export type ParsedXml = { readonly root: XmlElement } | { readonly error: string };

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRS = `(?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*`;
const START_TAG = new RegExp(`<(${NAME})(${ATTRS})\\s*(/?)>`, 'y');
const END_TAG = new RegExp(`</(${NAME})\\s*>`, 'y');

/** Parses a whole XML part: its root element, or what is malformed (a file's content, not a bug). */
export function parseXml(xml: string): ParsedXml {
  const top: XmlElement[] = [];
  const stack: XmlElement[] = [];
  let i = xml.indexOf('<');
  while (i !== -1 && i < xml.length) {
    if (xml.startsWith('<?', i)) {
      const e = xml.indexOf('?>', i + 2);
      if (e === -1) return { error: `未结束的处理指令（位置 ${i}）` };
      i = xml.indexOf('<', e + 2);
      continue;
    }
    if (xml.startsWith('<!--', i)) {
      const e = xml.indexOf('-->', i + 4);
      if (e === -1) return { error: `未结束的注释（位置 ${i}）` };
      i = xml.indexOf('<', e + 3);
      continue;
    }
    if (xml.startsWith('<![CDATA[', i)) {
      const e = xml.indexOf(']]>', i + 9);
      if (e === -1) return { error: `未结束的 CDATA（位置 ${i}）` };
      i = xml.indexOf('<', e + 3);
      continue;
    }
    if (xml.startsWith('<!', i)) {
      const e = xml.indexOf('>', i + 2);
      if (e === -1) return { error: `未结束的声明（位置 ${i}）` };
      i = xml.indexOf('<', e + 1);
      continue;
    }
    if (xml.startsWith('</', i)) {
      END_TAG.lastIndex = i;
      const m = END_TAG.exec(xml);
      const open = stack.pop();
      if (m === null || open === undefined || open.name !== m[1]) return { error: `结束标记不匹配（位置 ${i}）` };
      open.closeStart = i;
      open.end = END_TAG.lastIndex;
      i = xml.indexOf('<', open.end);
      continue;
    }
    START_TAG.lastIndex = i;
    const m = START_TAG.exec(xml);
    if (m === null) return { error: `无法解析的标记（位置 ${i}）` };
    const selfClosing = m[3] === '/';
    const parent = stack[stack.length - 1];
    const el: XmlElement = {
      name: m[1] ?? '',
      start: i,
      openEnd: START_TAG.lastIndex,
      closeStart: START_TAG.lastIndex,
      end: START_TAG.lastIndex,
      selfClosing,
      children: [],
      parent,
    };
    (parent?.children ?? top).push(el);
    if (!selfClosing) stack.push(el);
    i = xml.indexOf('<', el.openEnd);
  }
  if (stack.length > 0) return { error: `元素 ${stack[stack.length - 1]?.name ?? ''} 没有结束` };
  const root = top[0];
  if (root === undefined || top.length !== 1) return { error: '应当恰有一个根元素' };
  return { root };
}

/** An attribute of an element's start tag, decoded; undefined when absent. */
export function attr(xml: string, el: XmlElement, name: string): string | undefined {
  const tag = xml.slice(el.start, el.openEnd);
  const re = new RegExp(`\\s${name.replace(/[.:-]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(tag);
  return m ? decodeXml(m[1] ?? m[2] ?? '') : undefined;
}

/** The namespace prefix bound to a namespace URI on an element ('' for a default namespace). */
export function prefixFor(xml: string, el: XmlElement, uri: string): string | undefined {
  const tag = xml.slice(el.start, el.openEnd);
  for (const m of tag.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if ((m[2] ?? m[3]) === uri) return m[1] ?? '';
  }
  return undefined;
}


/** Text content escaped for an element body. */
export function encodeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value escaped for double quotes. */
export function encodeAttr(text: string): string {
  return encodeText(text).replace(/"/g, '&quot;');
}

/** A w:t with the original start tag, xml:space="preserve" added when the text needs it. */
export function textElement(tag: string, name: string, text: string): string {
  const open = /^\s|\s$|\s\s/u.test(text) && !/\sxml:space\s*=\s*["']preserve["']/.test(tag) ? tag.replace(/\s*\/?>$/, ' xml:space="preserve">') : tag.replace(/\s*\/>$/, '>');
  return `${open}${encodeText(text)}</${name}>`;
}

/** A change to the original string: [start, end) replaced by text. */
export interface Splice {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping splices; insertions at one offset keep the order they were given in. */
export function applySplices(xml: string, splices: readonly Splice[]): string {
  const sorted = splices
    .map((s, order) => ({ ...s, order }))
    .sort((a, b) => a.start - b.start || a.end - a.start - (b.end - b.start) || a.order - b.order);
  let out = '';
  let at = 0;
  for (const s of sorted) {
    if (s.start < at) throw new InternalError(`docx-edit: overlapping splices (${s.start} < ${at})`);
    out += xml.slice(at, s.start) + s.text;
    at = s.end;
  }
  return out + xml.slice(at);
}

/** XML character references decoded (the same table as HTML's). */
export const decodeXml = decodeEntities;

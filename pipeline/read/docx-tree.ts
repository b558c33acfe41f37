/**
 * A Word package read straight from its XML into the HTML tree the Markdown writer walks (docx.ts)
 * and the table import reads (intake/docx.ts): the tree mammoth 1.x gives for the same file with our
 * style map, built with one XML pass (saxes) instead of mammoth's DOM, document model, HTML string
 * and a second parse. That chain cost ~30 ms a report and ~0.3 s of cold start in every worker, most
 * of a folder of .docx files; this reads the same report in a few milliseconds.
 *
 * What mammoth does and this keeps (test/read/docx-tree.test.ts compares the two on every .docx we
 * have): paragraph styles to h1–h6, our Title and Review Note; numbered paragraphs as nested ol/ul
 * (numbering.xml, numbering styles, a level's paragraph style); runs in strong/em/s/sup/sub; tables
 * with colspan, rowspan (vMerge) and header rows; footnotes and endnotes listed at the end; tracked
 * changes as accepted (w:ins read, w:del and deleted rows left out, a deleted paragraph mark joining
 * two paragraphs); hyperlinks, also as fields; text boxes (w:pict) after their paragraph; symbol
 * fonts as Unicode; check boxes; mc:AlternateContent by its Fallback; empty elements dropped and
 * neighbouring list and quote elements merged as mammoth's HTML simplification does.
 */
import { unzipSync } from 'fflate';
import { hex as dingbat } from 'dingbat-to-unicode';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import type { HtmlElement, HtmlNode } from './html.js';

// ---------------------------------------------------------------------------------------------------
// XML: elements named by a fixed prefix per namespace, whatever prefix the file binds (as mammoth).

interface XElement {
  readonly name: string;
  readonly attrs: Record<string, string>;
  readonly children: XNode[];
}
type XNode = XElement | string;

const NAMESPACES: Readonly<Record<string, string>> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  // ISO 29500 Strict
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

/** Elements whose text is read; whitespace between other elements is layout. */
const TEXT_HOLDERS = new Set(['w:t', 'w:instrText']);

function qualified(uri: string, local: string): string {
  if (uri === '') return local;
  const prefix = NAMESPACES[uri];
  return prefix !== undefined ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/**
 * The document's text may not pass the report limit: a package whose body holds more is refused as it
 * is read, before the whole tree is built (a 1 MB .docx can hold 20 MB of XML). Text in w:t outside
 * mc:Choice is text the Markdown will hold.
 */
export class TextOverLimit extends Error {}

class TextBudget {
  private used = 0;
  constructor(private readonly limit: number) {}
  spend(text: string): void {
    this.used += Buffer.byteLength(text);
    if (this.used > this.limit) throw new TextOverLimit('document text over the limit');
  }
}

/** Namespace bindings in force (prefix, '' for the default, → URI) and the names already resolved under them. */
interface Scope {
  readonly uris: ReadonlyMap<string, string>;
  readonly names: Map<string, string>;
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XML_PIECE = 1 << 16;

const isDeclaration = (key: string): boolean => key === 'xmlns' || key.startsWith('xmlns:');

/** A name as written (`w:p`, `w:val`) as mammoth names it; an unprefixed attribute has no namespace. */
function canonical(scope: Scope, raw: string, element: boolean): string {
  const key = element ? raw : `@${raw}`;
  let name = scope.names.get(key);
  if (name === undefined) {
    const colon = raw.indexOf(':');
    const prefix = colon === -1 ? '' : raw.slice(0, colon);
    const uri = colon === -1 && !element ? '' : scope.uris.get(prefix);
    if (uri === undefined && colon !== -1) throw new Error(`unbound namespace prefix: ${prefix}`);
    name = qualified(uri ?? '', raw.slice(colon + 1));
    scope.names.set(key, name);
  }
  return name;
}

/**
 * Parses a part; malformed XML throws (the caller reports the file as damaged, as mammoth did).
 * Namespaces are resolved here rather than by saxes: Word declares them all on the root, so each
 * name is resolved once per part instead of once per element.
 */
function parseXml(bytes: Uint8Array, budget?: TextBudget): XElement {
  const parser = new SaxesParser();
  const root: XElement = { name: '#document', attrs: {}, children: [] };
  const stack: XElement[] = [root];
  const scopes: Scope[] = [{ uris: new Map([['xml', XML_NS]]), names: new Map() }];
  /** mc:Choice elements open: text in them has a Fallback copy, counted there. */
  let choices = 0;
  let error: Error | undefined;
  parser.on('error', (e) => {
    error ??= e;
  });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    let scope = scopes[scopes.length - 1] as Scope;
    const raw = tag.attributes;
    let declared: Map<string, string> | undefined;
    for (const key in raw) {
      // xmlns / xmlns:w declarations: a new scope for this element and its content.
      if (key.charCodeAt(0) === 120 && isDeclaration(key)) (declared ??= new Map(scope.uris)).set(key === 'xmlns' ? '' : key.slice(6), raw[key] ?? '');
    }
    if (declared !== undefined) scope = { uris: declared, names: new Map() };
    const attrs: Record<string, string> = {};
    for (const key in raw) if (declared === undefined || !isDeclaration(key)) attrs[canonical(scope, key, false)] = raw[key] ?? '';
    const el: XElement = { name: canonical(scope, tag.name, true), attrs, children: [] };
    (stack[stack.length - 1] as XElement).children.push(el);
    if (!tag.isSelfClosing) {
      stack.push(el);
      scopes.push(scope);
      if (el.name === 'mc:Choice') choices += 1;
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (!tag.isSelfClosing) {
      scopes.pop();
      const el = stack.pop() as XElement;
      if (el.name === 'mc:Choice') choices -= 1;
      if (el.name === 'mc:AlternateContent') {
        // Word's newer markup (Choice) with a Fallback for older readers: the Fallback is what is read.
        const parent = stack[stack.length - 1] as XElement;
        parent.children.pop();
        parent.children.push(...(first(el, 'mc:Fallback')?.children ?? []));
      }
    }
  });
  parser.on('text', (text) => {
    const top = stack[stack.length - 1] as XElement;
    if (!TEXT_HOLDERS.has(top.name)) return;
    top.children.push(text);
    if (budget !== undefined && top.name === 'w:t' && choices === 0) budget.spend(text);
  });
  // Decoded a piece at a time: a part refused half way is never held whole as a string.
  const decoder = new TextDecoder('utf-8');
  for (let at = 0; at < bytes.length; at += XML_PIECE) parser.write(decoder.decode(bytes.subarray(at, at + XML_PIECE), { stream: true }));
  parser.write(decoder.decode()).close();
  if (error !== undefined) throw error;
  const doc = root.children.find(isX);
  if (doc === undefined) throw new Error('no root element');
  return doc;
}

function isX(node: XNode | undefined): node is XElement {
  return typeof node === 'object';
}

function first(el: XElement | undefined, name: string): XElement | undefined {
  if (el === undefined) return undefined;
  for (const c of el.children) if (isX(c) && c.name === name) return c;
  return undefined;
}

function all(el: XElement | undefined, name: string): XElement[] {
  return el === undefined ? [] : el.children.filter((c): c is XElement => isX(c) && c.name === name);
}

function val(el: XElement | undefined, name = 'w:val'): string | undefined {
  return el?.attrs[name];
}

function textOf(el: XElement): string {
  return el.children.filter((c): c is string => typeof c === 'string').join('');
}

/** w:b, w:i …: on unless w:val says false or 0. */
function isOn(el: XElement | undefined): boolean {
  if (el === undefined) return false;
  const v = val(el);
  return v !== 'false' && v !== '0';
}

// ---------------------------------------------------------------------------------------------------
// The package: which part is the document, its relationships, styles, numbering and notes.

type Parts = Record<string, Uint8Array>;

function part(files: Parts, name: string, budget?: TextBudget): XElement | undefined {
  const bytes = files[name];
  return bytes === undefined ? undefined : parseXml(bytes, budget);
}

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i === -1 ? '' : p.slice(0, i);
}

function joinPath(...paths: string[]): string {
  let out: string[] = [];
  for (const p of paths.filter((x) => x !== '')) {
    if (p.startsWith('/')) out = [p];
    else out.push(p);
  }
  return out.join('/');
}

interface Relationships {
  readonly byId: ReadonlyMap<string, string>;
  readonly byType: ReadonlyMap<string, readonly string[]>;
}

function relationships(files: Parts, partName: string): Relationships {
  const rels = part(files, joinPath(dirname(partName), '_rels', `${partName.slice(partName.lastIndexOf('/') + 1)}.rels`));
  const byId = new Map<string, string>();
  const byType = new Map<string, string[]>();
  for (const r of all(rels, 'relationships:Relationship')) {
    const target = r.attrs['Target'] ?? '';
    if (r.attrs['Id'] !== undefined) byId.set(r.attrs['Id'], target);
    const type = r.attrs['Type'] ?? '';
    byType.set(type, [...(byType.get(type) ?? []), target]);
  }
  return { byId, byType };
}

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';

function partPath(names: ReadonlySet<string>, rels: Relationships, type: string, base: string, fallback: string): string {
  for (const target of rels.byType.get(type) ?? []) {
    const p = joinPath(base, target).replace(/^\//u, '');
    if (names.has(p)) return p;
  }
  return fallback;
}

interface Level {
  readonly isOrdered: boolean;
  readonly level: string;
}

interface Styles {
  readonly paragraph: ReadonlyMap<string, string | undefined>;
  readonly character: ReadonlyMap<string, string | undefined>;
  readonly numbering: ReadonlyMap<string, string | undefined>;
}

function readStyles(root: XElement | undefined): Styles {
  const paragraph = new Map<string, string | undefined>();
  const character = new Map<string, string | undefined>();
  const numbering = new Map<string, string | undefined>();
  for (const s of all(root, 'w:style')) {
    const id = s.attrs['w:styleId'] ?? '';
    const type = s.attrs['w:type'];
    // The first definition of an id holds (ECMA-376 17.7.4.17).
    const set = type === 'paragraph' ? paragraph : type === 'character' ? character : type === 'numbering' ? numbering : undefined;
    if (set === undefined || set.has(id)) continue;
    set.set(id, type === 'numbering' ? val(first(first(first(s, 'w:pPr'), 'w:numPr'), 'w:numId')) : val(first(s, 'w:name')));
  }
  return { paragraph, character, numbering };
}

class Numbering {
  private readonly abstracts = new Map<string, { levels: Map<string, Level>; link: string | undefined }>();
  private readonly nums = new Map<string, string | undefined>();
  /** Levels by the paragraph style they name (w:lvl/w:pStyle); the last one read wins, as in mammoth. */
  private readonly byStyle = new Map<string, Level>();

  constructor(root: XElement | undefined, private readonly styles: Styles) {
    for (const a of all(root, 'w:abstractNum')) {
      const levels = new Map<string, Level>();
      let unindexed: { level: Level; style: string | undefined } | undefined;
      for (const l of all(a, 'w:lvl')) {
        const ilvl = l.attrs['w:ilvl'];
        const isOrdered = val(first(l, 'w:numFmt')) !== 'bullet';
        const style = val(first(l, 'w:pStyle'));
        const level = { isOrdered, level: ilvl ?? '0' };
        if (ilvl === undefined) unindexed = { level, style };
        else {
          levels.set(ilvl, level);
          if (style !== undefined) this.byStyle.set(style, level);
        }
      }
      // A level without an index stands for level 0, when there is none (malformed, but seen).
      if (unindexed !== undefined && !levels.has('0')) {
        levels.set('0', unindexed.level);
        if (unindexed.style !== undefined) this.byStyle.set(unindexed.style, unindexed.level);
      }
      this.abstracts.set(a.attrs['w:abstractNumId'] ?? '', { levels, link: val(first(a, 'w:numStyleLink')) });
    }
    for (const n of all(root, 'w:num')) this.nums.set(n.attrs['w:numId'] ?? '', val(first(n, 'w:abstractNumId')));
  }

  find(numId: string, level: string, seen = new Set<string>()): Level | undefined {
    if (seen.has(numId) || !this.nums.has(numId)) return undefined;
    seen.add(numId);
    const abstract = this.abstracts.get(this.nums.get(numId) ?? '');
    if (abstract === undefined) return undefined;
    if (abstract.link === undefined) return abstract.levels.get(level);
    const linked = this.styles.numbering.get(abstract.link);
    return linked === undefined ? undefined : this.find(linked, level, seen);
  }

  /** A paragraph's list level: its own numPr, else the level that names its style, else numPr's list at level 0. */
  ofParagraph(styleId: string | undefined, numPr: XElement | undefined): Level | undefined {
    const level = val(first(numPr, 'w:ilvl'));
    const numId = val(first(numPr, 'w:numId'));
    if (level !== undefined && numId !== undefined) return this.find(numId, level);
    if (styleId !== undefined) {
      const byStyle = this.byStyle.get(styleId);
      if (byStyle !== undefined) return byStyle;
    }
    return numId !== undefined ? this.find(numId, '0') : undefined;
  }
}

// ---------------------------------------------------------------------------------------------------
// The document as mammoth models it.

type Doc =
  | { readonly type: 'paragraph'; readonly styleId: string | undefined; readonly styleName: string | undefined; readonly list: Level | undefined; readonly children: Doc[] }
  | { readonly type: 'run'; readonly bold: boolean; readonly italic: boolean; readonly strike: boolean; readonly vertAlign: string | undefined; readonly styleName: string | undefined; readonly children: Doc[] }
  | { readonly type: 'text'; value: string }
  | { readonly type: 'hyperlink'; readonly href: string; readonly children: Doc[] }
  | { readonly type: 'checkbox' }
  | { readonly type: 'bookmark'; readonly name: string }
  | { readonly type: 'noteRef'; readonly noteType: string; readonly noteId: string }
  | { readonly type: 'lineBreak' }
  | { readonly type: 'image'; readonly alt: string | undefined }
  | { readonly type: 'table'; readonly children: Doc[] }
  | { readonly type: 'row'; readonly isHeader: boolean; children: Doc[] }
  | Cell;

interface Cell {
  readonly type: 'cell';
  readonly colSpan: number;
  rowSpan: number;
  vMerge: boolean | undefined;
  readonly children: Doc[];
}

interface Note {
  readonly noteType: string;
  readonly noteId: string;
  readonly body: Doc[];
}

/** Elements read only for their children. */
const TRANSPARENT = new Set([
  'w:customXml', 'w:ins', 'w:moveFromRangeEnd', 'w:moveFromRangeStart', 'w:moveTo', 'w:moveToRangeEnd', 'w:moveToRangeStart',
  'w:object', 'w:smartTag', 'w:drawing', 'v:roundrect', 'v:shape', 'v:textbox', 'w:txbxContent', 'v:group', 'v:rect',
]);

type ComplexField = { readonly type: 'begin' } | { readonly type: 'hyperlink'; readonly href: string } | { readonly type: 'checkbox' } | { readonly type: 'unknown' };

/** One reader per body (the document, each note): fields and deleted paragraph marks carry across paragraphs. */
class BodyReader {
  private readonly fields: ComplexField[] = [];
  private instr: string[] = [];
  private deleted: XNode[] = [];

  constructor(
    private readonly styles: Styles,
    private readonly numbering: Numbering,
    private readonly rels: Relationships,
  ) {}

  /** Reads elements into `out`; text boxes' paragraphs go to `extra`, to follow the paragraph they are in. */
  read(nodes: readonly XNode[], out: Doc[], extra: Doc[]): void {
    for (const node of nodes) if (isX(node)) this.element(node, out, extra);
  }

  private element(el: XElement, out: Doc[], extra: Doc[]): void {
    switch (el.name) {
      case 'w:p':
        return this.paragraph(el, out);
      case 'w:r':
        return this.run(el, out, extra);
      case 'w:t':
        out.push({ type: 'text', value: textOf(el) });
        return;
      case 'w:tab':
        out.push({ type: 'text', value: '\t' });
        return;
      case 'w:noBreakHyphen':
        out.push({ type: 'text', value: '\u2011' });
        return;
      case 'w:softHyphen':
        out.push({ type: 'text', value: '\u00ad' });
        return;
      case 'w:sym': {
        const font = el.attrs['w:font'] ?? '';
        const char = el.attrs['w:char'] ?? '';
        const u = dingbat(font, char) ?? (/^F0..$/u.test(char) ? dingbat(font, char.slice(2)) : undefined);
        if (u !== undefined) out.push({ type: 'text', value: u.string });
        return;
      }
      case 'w:fldChar':
        return this.fieldChar(el, out);
      case 'w:instrText':
        this.instr.push(textOf(el));
        return;
      case 'w:hyperlink':
        return this.hyperlink(el, out, extra);
      case 'w:tbl':
        return this.table(el, out, extra);
      case 'w:tr':
        return this.row(el, out, extra);
      case 'w:tc':
        return this.cell(el, out, extra);
      case 'w:footnoteReference':
      case 'w:endnoteReference':
        out.push({ type: 'noteRef', noteType: el.name === 'w:footnoteReference' ? 'footnote' : 'endnote', noteId: el.attrs['w:id'] ?? '' });
        return;
      case 'w:br': {
        const type = el.attrs['w:type'];
        // Page and column breaks are layout, not text.
        if (type === undefined || type === 'textWrapping') out.push({ type: 'lineBreak' });
        return;
      }
      case 'w:bookmarkStart': {
        const name = el.attrs['w:name'] ?? '';
        if (name !== '_GoBack') out.push({ type: 'bookmark', name });
        return;
      }
      case 'mc:AlternateContent':
        return this.read(first(el, 'mc:Fallback')?.children ?? [], out, extra);
      case 'w:sdt':
        return this.sdt(el, out, extra);
      case 'w:pict': {
        // A text box: its paragraphs follow the paragraph it is anchored in.
        const inner: Doc[] = [];
        const innerExtra: Doc[] = [];
        this.read(el.children, inner, innerExtra);
        extra.push(...innerExtra, ...inner);
        return;
      }
      case 'wp:inline':
      case 'wp:anchor':
        return this.drawing(el, out);
      case 'v:imagedata':
        if (el.attrs['r:id'] !== undefined) out.push({ type: 'image', alt: undefined });
        return;
      default:
        if (TRANSPARENT.has(el.name)) this.read(el.children, out, extra);
    }
  }

  private paragraph(el: XElement, out: Doc[]): void {
    const pPr = first(el, 'w:pPr');
    if (first(first(pPr, 'w:rPr'), 'w:del') !== undefined) {
      // A deleted paragraph mark: the paragraph's content runs on into the next paragraph.
      this.deleted.push(...el.children);
      return;
    }
    let nodes: readonly XNode[] = el.children;
    if (this.deleted.length > 0) {
      nodes = [...this.deleted, ...nodes];
      this.deleted = [];
    }
    const styleId = val(first(pPr, 'w:pStyle'));
    const children: Doc[] = [];
    const extra: Doc[] = [];
    this.read(nodes, children, extra);
    out.push({
      type: 'paragraph',
      styleId,
      styleName: styleId !== undefined ? this.styles.paragraph.get(styleId) : undefined,
      list: this.numbering.ofParagraph(styleId, first(pPr, 'w:numPr')),
      children,
    });
    out.push(...extra);
  }

  private run(el: XElement, out: Doc[], extra: Doc[]): void {
    const rPr = first(el, 'w:rPr');
    const styleId = val(first(rPr, 'w:rStyle'));
    let children: Doc[] = [];
    this.read(el.children, children, extra);
    // A run inside a HYPERLINK field (after its separator) is the link's text.
    let link: string | undefined;
    for (const f of this.fields) if (f.type === 'hyperlink') link = f.href;
    if (link !== undefined) children = [{ type: 'hyperlink', href: link, children }];
    out.push({
      type: 'run',
      bold: isOn(first(rPr, 'w:b')),
      italic: isOn(first(rPr, 'w:i')),
      strike: isOn(first(rPr, 'w:strike')),
      vertAlign: val(first(rPr, 'w:vertAlign')),
      styleName: styleId !== undefined ? this.styles.character.get(styleId) : undefined,
      children,
    });
  }

  private fieldChar(el: XElement, out: Doc[]): void {
    const type = el.attrs['w:fldCharType'];
    if (type === 'begin') {
      this.fields.push({ type: 'begin' });
      this.instr = [];
    } else if (type === 'end') {
      let field = this.fields.pop();
      if (field?.type === 'begin') field = this.parseField();
      if (field?.type === 'checkbox') out.push({ type: 'checkbox' });
    } else if (type === 'separate') {
      const field = this.fields.pop();
      if (field !== undefined) this.fields.push(this.parseField());
    }
  }

  private parseField(): ComplexField {
    const instr = this.instr.join('');
    const link = /^\s*HYPERLINK\s+(\\l\s+)?(?:"(.*)"|([^\\]\S*))/u.exec(instr);
    if (link !== null) {
      const location = link[2] ?? link[3] ?? '';
      return { type: 'hyperlink', href: link[1] === undefined ? location : `#${location}` };
    }
    if (/\s*FORMCHECKBOX\s*/u.test(instr)) return { type: 'checkbox' };
    return { type: 'unknown' };
  }

  private hyperlink(el: XElement, out: Doc[], extra: Doc[]): void {
    const rid = el.attrs['r:id'];
    const anchor = el.attrs['w:anchor'];
    const children: Doc[] = [];
    this.read(el.children, children, extra);
    if (rid !== undefined) {
      let href = this.rels.byId.get(rid) ?? '';
      if (anchor !== undefined) href = `${href.includes('#') ? href.slice(0, href.indexOf('#')) : href}#${anchor}`;
      out.push({ type: 'hyperlink', href, children });
    } else if (anchor !== undefined) out.push({ type: 'hyperlink', href: `#${anchor}`, children });
    else out.push(...children);
  }

  private table(el: XElement, out: Doc[], extra: Doc[]): void {
    const rows: Doc[] = [];
    this.read(el.children, rows, extra);
    rowSpans(rows);
    out.push({ type: 'table', children: rows });
  }

  private row(el: XElement, out: Doc[], extra: Doc[]): void {
    const trPr = first(el, 'w:trPr');
    if (first(trPr, 'w:del') !== undefined) return; // a deleted row
    const children: Doc[] = [];
    this.read(el.children, children, extra);
    out.push({ type: 'row', isHeader: first(trPr, 'w:tblHeader') !== undefined, children });
  }

  private cell(el: XElement, out: Doc[], extra: Doc[]): void {
    const children: Doc[] = [];
    this.read(el.children, children, extra);
    const tcPr = first(el, 'w:tcPr');
    const span = val(first(tcPr, 'w:gridSpan'));
    const merge = first(tcPr, 'w:vMerge');
    const mergeVal = val(merge);
    out.push({
      type: 'cell',
      colSpan: span !== undefined ? parseInt(span, 10) : 1,
      rowSpan: 1,
      vMerge: merge === undefined ? undefined : mergeVal === undefined || mergeVal === 'continue',
      children,
    });
  }

  private sdt(el: XElement, out: Doc[], extra: Doc[]): void {
    const content: Doc[] = [];
    this.read(first(el, 'w:sdtContent')?.children ?? [], content, extra);
    if (first(first(el, 'w:sdtPr'), 'wordml:checkbox') === undefined) {
      out.push(...content);
      return;
    }
    // A check box control: its one character (☐ ☒) is the box.
    let replaced = false;
    const swap = (nodes: Doc[]): void => {
      nodes.forEach((node, i) => {
        if ('children' in node) swap(node.children);
        else if (node.type === 'text' && node.value.length > 0 && !replaced) {
          replaced = true;
          nodes[i] = { type: 'checkbox' };
        }
      });
    };
    swap(content);
    if (replaced) out.push(...content);
    else out.push({ type: 'checkbox' });
  }

  private drawing(el: XElement, out: Doc[]): void {
    const docPr = first(el, 'wp:docPr');
    const descr = docPr?.attrs['descr'];
    const alt = descr === undefined || /^\s*$/u.test(descr) ? docPr?.attrs['title'] : descr;
    const blips = all(el, 'a:graphic')
      .flatMap((g) => all(g, 'a:graphicData'))
      .flatMap((g) => all(g, 'pic:pic'))
      .flatMap((p) => all(p, 'pic:blipFill'))
      .flatMap((b) => all(b, 'a:blip'));
    for (const blip of blips) {
      if (blip.attrs['r:embed'] === undefined && blip.attrs['r:link'] === undefined) continue;
      const image: Doc = { type: 'image', alt };
      const click = first(docPr, 'a:hlinkClick')?.attrs['r:id'];
      out.push(click !== undefined ? { type: 'hyperlink', href: this.rels.byId.get(click) ?? '', children: [image] } : image);
    }
  }
}

/**
 * Vertically merged cells: the first cell of a run gets the rowspan, the continuing cells go. Only
 * for a table of rows of cells; anything else in it (a bookmark between rows) leaves every cell.
 */
function rowSpans(rows: Doc[]): void {
  const cells = rows.flatMap((r) => (r.type === 'row' ? r.children : []));
  if (rows.some((r) => r.type !== 'row') || cells.some((c) => c.type !== 'cell')) {
    for (const c of cells) if (c.type === 'cell') c.vMerge = undefined;
    return;
  }
  const columns = new Map<number, Cell>();
  for (const row of rows) {
    if (row.type !== 'row') continue;
    let at = 0;
    for (const cell of row.children as Cell[]) {
      const above = columns.get(at);
      if (cell.vMerge === true && above !== undefined) above.rowSpan += 1;
      else {
        columns.set(at, cell);
        cell.vMerge = false;
      }
      at += cell.colSpan;
    }
  }
  for (const row of rows) if (row.type === 'row') row.children = (row.children as Cell[]).filter((c) => c.vMerge !== true);
}

// ---------------------------------------------------------------------------------------------------
// To HTML, as mammoth's converter and its simplification: elements are "fresh" (always a new element)
// or not (merged into an equal element just before them: list items into one list, quotes into one).

interface HEl {
  readonly tag: string;
  /** Tags an element that is not fresh merges into (ul|ol). */
  readonly matches: readonly string[];
  readonly attrs: Record<string, string>;
  readonly fresh: boolean;
  children: H[];
}
/** `force` keeps an element that has no content (a table cell, a bookmark). */
type H = HEl | { readonly text: string } | 'force';

const VOID_TAGS = new Set(['br', 'hr', 'img', 'input']);

function el(tag: string, attrs: Record<string, string>, fresh: boolean, children: H[], matches: readonly string[] = [tag]): HEl {
  return { tag, matches, attrs, fresh, children };
}

/** A style map's path (`ul|ol > li > ol > li:fresh`): each step a tag, its alternatives and whether it is fresh. */
type Path = readonly { readonly tags: readonly string[]; readonly attrs?: Record<string, string>; readonly fresh: boolean }[];

function wrap(path: Path, content: H[]): H[] {
  let nodes = content;
  for (let i = path.length - 1; i >= 0; i -= 1) {
    const step = path[i];
    if (step === undefined) continue;
    nodes = [el(step.tags[0] ?? '', step.attrs ?? {}, step.fresh, nodes, step.tags)];
  }
  return nodes;
}

function listPath(level: number, ordered: boolean): Path {
  const steps: { tags: string[]; fresh: boolean }[] = [];
  for (let i = 1; i < level; i += 1) steps.push({ tags: ['ul', 'ol'], fresh: false }, { tags: ['li'], fresh: false });
  steps.push({ tags: [ordered ? 'ol' : 'ul'], fresh: false }, { tags: ['li'], fresh: true });
  return steps;
}

/** Note and comment text styles are plain paragraphs even when numbered (mammoth's default map). */
const NOTE_STYLES = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);

/** Style names match whatever their case (mammoth's style map does). */
const same = (a: string | undefined, b: string): boolean => a !== undefined && a.toUpperCase() === b.toUpperCase();

/** Our style map (docx.ts) first, then mammoth's default map, for a paragraph. */
function paragraphPath(p: Extract<Doc, { type: 'paragraph' }>): Path {
  const name = p.styleName?.toUpperCase();
  if (name === 'TITLE') return [{ tags: ['h1'], attrs: { class: 'title' }, fresh: true }];
  if (name === 'REVIEW NOTE') return [{ tags: ['blockquote'], fresh: false }, { tags: ['p'], fresh: true }];
  const byId = p.styleId !== undefined ? /^Heading([1-6])$/u.exec(p.styleId) : null;
  if (byId !== null) return [{ tags: [`h${byId[1]}`], fresh: true }];
  const byName = name !== undefined ? /^HEADING ([1-6])$/u.exec(name) : null;
  if (byName !== null) return [{ tags: [`h${byName[1]}`], fresh: true }];
  if (p.styleId === 'Heading' || name === 'HEADING') return [{ tags: ['h1'], fresh: true }];
  if (name !== undefined && NOTE_STYLES.has(name)) return [{ tags: ['p'], fresh: true }];
  const level = p.list !== undefined ? Number(p.list.level) : NaN;
  if (p.list !== undefined && Number.isInteger(level) && level >= 0 && level <= 4) return listPath(level + 1, p.list.isOrdered);
  return [{ tags: ['p'], fresh: true }];
}

class Converter {
  private noteNumber = 1;
  readonly noteRefs: { noteType: string; noteId: string }[] = [];

  nodes(docs: readonly Doc[]): H[] {
    return docs.flatMap((d) => this.node(d, false));
  }

  private node(d: Doc, header: boolean): H[] {
    switch (d.type) {
      case 'paragraph':
        return wrap(paragraphPath(d), this.nodes(d.children));
      case 'run': {
        let nodes = this.nodes(d.children);
        const inline = (tag: string): void => {
          nodes = [el(tag, {}, false, nodes)];
        };
        if (d.strike) inline('s');
        if (d.vertAlign === 'subscript') inline('sub');
        if (d.vertAlign === 'superscript') inline('sup');
        if (d.italic) inline('em');
        if (d.bold) inline('strong');
        if (same(d.styleName, 'Strong')) inline('strong');
        return nodes;
      }
      case 'text':
        return [{ text: d.value }];
      case 'hyperlink':
        return [el('a', { href: d.href }, false, this.nodes(d.children))];
      case 'checkbox':
        return [el('input', { type: 'checkbox' }, true, [])];
      case 'bookmark':
        return [el('a', { id: d.name }, true, ['force'])];
      case 'noteRef': {
        this.noteRefs.push(d);
        const anchor = el('a', { href: `#${d.noteType}-${d.noteId}`, id: `${d.noteType}-ref-${d.noteId}` }, true, [{ text: `[${this.noteNumber++}]` }]);
        return [el('sup', {}, true, [anchor])];
      }
      case 'lineBreak':
        return [el('br', {}, true, [])];
      case 'image':
        return [el('img', d.alt !== undefined && d.alt !== '' ? { alt: d.alt, src: '' } : { src: '' }, true, [])];
      case 'table':
        return [el('table', {}, true, this.tableChildren(d.children))];
      case 'row':
        return [el('tr', {}, true, ['force', ...d.children.flatMap((c) => this.node(c, header))])];
      case 'cell': {
        const attrs: Record<string, string> = {};
        if (d.colSpan !== 1) attrs['colspan'] = String(d.colSpan);
        if (d.rowSpan !== 1) attrs['rowspan'] = String(d.rowSpan);
        return [el(header ? 'th' : 'td', attrs, true, ['force', ...this.nodes(d.children)])];
      }
    }
  }

  private tableChildren(rows: readonly Doc[]): H[] {
    let body = rows.findIndex((r) => r.type !== 'row' || !r.isHeader);
    if (body === -1) body = rows.length;
    if (body === 0) return ['force', ...rows.flatMap((r) => this.node(r, false))];
    return [
      'force',
      el('thead', {}, true, rows.slice(0, body).flatMap((r) => this.node(r, true))),
      el('tbody', {}, true, rows.slice(body).flatMap((r) => this.node(r, false))),
    ];
  }

  /** The notes referenced, in the order of their marks, each with its back-link. */
  notes(notes: ReadonlyMap<string, Note>): H[] {
    const items = this.noteRefs.flatMap((ref) => {
      const note = notes.get(`${ref.noteType}-${ref.noteId}`);
      if (note === undefined) return [];
      const back = el('p', {}, false, [{ text: ' ' }, el('a', { href: `#${ref.noteType}-ref-${ref.noteId}` }, true, [{ text: '↑' }])]);
      return [el('li', { id: `${ref.noteType}-${ref.noteId}` }, true, [...this.nodes(note.body), back])];
    });
    return [el('ol', {}, true, items)];
  }
}

function removeEmpty(nodes: readonly H[]): H[] {
  const out: H[] = [];
  for (const n of nodes) {
    if (n === 'force') out.push(n);
    else if ('text' in n) {
      if (n.text !== '') out.push(n);
    } else {
      const children = removeEmpty(n.children);
      if (children.length > 0 || VOID_TAGS.has(n.tag)) out.push({ ...n, children });
    }
  }
  return out;
}

function sameAttrs(a: Record<string, string>, b: Record<string, string>): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => a[k] === b[k]);
}

function collapse(nodes: readonly H[]): H[] {
  const out: H[] = [];
  for (const n of nodes) append(out, n === 'force' || 'text' in n ? n : { ...n, children: collapse(n.children) });
  return out;
}

function append(children: H[], child: H): void {
  const last = children[children.length - 1];
  if (child !== 'force' && !('text' in child) && !child.fresh && last !== undefined && last !== 'force' && !('text' in last) && child.matches.includes(last.tag) && sameAttrs(child.attrs, last.attrs)) {
    for (const grandChild of child.children) append(last.children, grandChild);
  } else children.push(child);
}

/** The tree as html.ts's parser gives it for mammoth's HTML: neighbouring text joined. */
function toHtml(nodes: readonly H[]): HtmlNode[] {
  const out: HtmlNode[] = [];
  for (const n of nodes) {
    if (n === 'force') continue;
    if ('text' in n) {
      const last = out[out.length - 1];
      if (typeof last === 'string') out[out.length - 1] = last + n.text;
      else out.push(n.text);
    } else out.push({ tag: n.tag, attrs: n.attrs, children: VOID_TAGS.has(n.tag) && n.children.length === 0 ? [] : toHtml(n.children) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------

/** The parts a reading needs, unzipped once (the numbering labels read the same parts). */
export function docxParts(bytes: Uint8Array): Parts {
  return unzipSync(bytes, { filter: (f) => f.name.endsWith('.xml') || f.name.endsWith('.rels') });
}

/**
 * The document's HTML tree (root tagged `#root`). Throws TextOverLimit when the body's text passes
 * `textLimit` bytes; otherwise throws when a part it needs is not well-formed XML or the document has
 * no body, and the caller says the file is damaged.
 */
export function docxTree(files: Parts, textLimit = Infinity): HtmlElement {
  const names = new Set(Object.keys(files));
  const main = partPath(names, relationships(files, ''), `${REL}officeDocument`, '', 'word/document.xml');
  const rels = relationships(files, main);
  const base = dirname(main);
  const related = (name: string): string => partPath(names, rels, `${REL}${name}`, base, `word/${name}.xml`);
  const styles = readStyles(part(files, related('styles')));
  const numbering = new Numbering(part(files, related('numbering')), styles);
  const notes = new Map<string, Note>();
  for (const noteType of ['footnote', 'endnote']) {
    const path = related(`${noteType}s`);
    const noteRels = relationships(files, path);
    for (const n of all(part(files, path), `w:${noteType}`)) {
      const kind = n.attrs['w:type'];
      if (kind === 'separator' || kind === 'continuationSeparator') continue;
      const body: Doc[] = [];
      new BodyReader(styles, numbering, noteRels).read(n.children, body, []);
      const noteId = n.attrs['w:id'] ?? '';
      notes.set(`${noteType}-${noteId}`, { noteType, noteId, body });
    }
  }
  const document = part(files, main, new TextBudget(textLimit));
  const body = first(document, 'w:body');
  if (body === undefined) throw new Error('no w:body');
  const docs: Doc[] = [];
  new BodyReader(styles, numbering, rels).read(body.children, docs, []);
  const converter = new Converter();
  const html = converter.nodes(docs);
  html.push(...converter.notes(notes));
  return { tag: '#root', attrs: {}, children: toHtml(collapse(removeEmpty(html))) };
}

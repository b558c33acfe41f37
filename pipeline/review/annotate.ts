import type { Finding } from '../../schemas/finding.js';
import { DocModel, normalise, normaliseLines, occurrenceIndex, occurrences, BREAK, type SearchSpace } from '../update/docx/model.js';
import {
  COMMENTS_CONTENT_TYPE,
  COMMENTS_TYPE,
  CONTENT_TYPES,
  DEFAULT_NAME,
  DOCUMENT_PART,
  DOCUMENT_RELS,
  DocxPackage,
  W_NS,
  freshRelationshipId,
  relationships,
  resolvePart,
} from '../update/docx/package.js';
import { applySplices, encodeAttr, encodeText, parseXml, prefixFor, textElement, type Splice, type XmlElement } from '../update/docx/xml.js';

export interface AnnotateOptions {
  /** Comment author shown in Word (default: jixiao). */
  readonly author?: string | undefined;
  /** Author initials (default: JX for jixiao, else the author's first character). */
  readonly initials?: string | undefined;
  /** Comment date (ISO 8601); omitted by default, so the same input gives the same bytes. */
  readonly date?: string | undefined;
  /**
   * The text the findings' offsets refer to (readReportFile's text for this file). Only needed to tell
   * apart a sentence that occurs more than once; read from the .docx when absent and needed.
   */
  readonly text?: string | undefined;
  /** File name for messages. */
  readonly file?: string | undefined;
}

/** What a comment is made from: a checker finding, or any note that names its words and sentence (update's claims). */
export type Annotation = Pick<Finding, 'message' | 'sentence' | 'sentenceOffset' | 'stated' | 'expected'> & {
  readonly code: string;
  readonly location: { readonly offset: number };
};

export interface AnnotateResult {
  readonly bytes: Uint8Array;
  /** Findings commented at their figure. */
  readonly placed: number;
  /** Findings that could not be found in the document, commented on its first paragraph instead. */
  readonly unplaced: number;
}

/** Where a finding's figure is: flat indices of its first and last character. */
interface Span {
  readonly first: number;
  readonly last: number;
}

/** A place between run contents: before content child `child`, or inside that w:t at `at`. */
interface Boundary {
  readonly child: number;
  readonly at: number;
}

interface RunMarks {
  readonly run: XmlElement;
  /** key `${child}:${at}` → comment ids ending and starting there. */
  readonly marks: Map<string, { boundary: Boundary; ends: number[]; starts: number[] }>;
}

/**
 * A copy of a checked .docx with a Word comment at each finding, ranged over exactly the figure's
 * characters (runs split where the figure is only part of one). Nothing else in the document changes.
 */
export async function annotateDocx(input: Uint8Array, findings: readonly Annotation[], options: AnnotateOptions = {}): Promise<AnnotateResult> {
  const file = options.file ?? DEFAULT_NAME;
  const pkg = DocxPackage.open(input, file);
  const xml = pkg.text(DOCUMENT_PART) ?? '';
  const model = new DocModel(xml, file);

  let markdown: string | undefined = options.text;
  const readText = async (): Promise<string> => {
    if (markdown === undefined) {
      const { readDocx } = await import('../read/docx.js');
      markdown = await readDocx(file, input);
    }
    return markdown;
  };

  // Comment ids: after every id the package already uses for comments.
  const commentsRel = relationships(pkg.text(DOCUMENT_RELS) ?? '').find((r) => r.type === COMMENTS_TYPE && !r.external);
  const commentsPart = commentsRel ? resolvePart(commentsRel.target) : 'word/comments.xml';
  const existingComments = pkg.text(commentsPart);
  let nextId = Math.max(-1, ...usedCommentIds(xml), ...usedCommentIds(existingComments ?? '')) + 1;

  const runs = new Map<XmlElement, RunMarks>();
  const unplacedIds: number[] = [];
  const comments: string[] = [];
  const cprefix = existingComments !== undefined ? commentsPrefix(existingComments) : 'w';
  let placed = 0;

  for (const finding of findings) {
    const id = nextId++;
    const span = await locate(model, finding, readText);
    const paragraphs = commentText(finding);
    if (span === undefined) {
      unplacedIds.push(id);
      paragraphs.unshift(`未能在文中找到此条所指的数字（“${finding.stated}”，所在句：“${finding.sentence}”），批注附在文首。`);
    } else {
      placed += 1;
      mark(model, runs, span.first, 'start', id);
      mark(model, runs, span.last, 'end', id);
    }
    comments.push(commentXml(cprefix, id, paragraphs, options));
  }

  const splices: Splice[] = [];
  for (const r of runs.values()) splices.push(...renderRun(model, r));
  if (unplacedIds.length > 0) splices.push(...firstParagraphMarks(model, unplacedIds));
  if (splices.length > 0) pkg.setText(DOCUMENT_PART, applySplices(xml, splices));
  if (comments.length > 0) addComments(pkg, commentsPart, commentsRel !== undefined, existingComments, comments);
  return { bytes: pkg.bytes(), placed, unplaced: unplacedIds.length };
}

/** `[code] message`, then `应为：expected` when the finding has one. */
function commentText(f: Annotation): string[] {
  const out = [`[${f.code}] ${f.message}`];
  if (f.expected !== undefined && f.expected !== '') out.push(`应为：${f.expected}`);
  return out;
}

async function locate(model: DocModel, f: Annotation, readText: () => Promise<string>): Promise<Span | undefined> {
  const ns = normalise(f.sentence);
  const nf = normalise(f.stated);
  if (ns === '' || nf === '') return undefined;
  for (const [space, loose] of [[model.strict, false], [model.loose, true]] as [SearchSpace, boolean][]) {
    const hits = occurrences(space.text, ns);
    if (hits.length === 0) continue;
    let k = 0;
    if (hits.length > 1) {
      const text = await readText();
      if (text.slice(f.sentenceOffset, f.sentenceOffset + f.sentence.length) === f.sentence) {
        let before = normaliseLines(text.slice(0, f.sentenceOffset + f.sentence.length));
        if (loose) before = before.split(BREAK).join('');
        k = Math.max(0, occurrences(before, ns).length - 1);
      }
    }
    const s = hits[Math.min(k, hits.length - 1)] ?? 0;
    const figures = occurrences(space.text.slice(s, s + ns.length), nf);
    if (figures.length === 0) return undefined;
    const j = occurrenceIndex(f.sentence, f.stated, f.location.offset - f.sentenceOffset);
    const at = s + (figures[Math.min(j, figures.length - 1)] ?? 0);
    const first = space.toFlat(at);
    const last = space.toFlat(at + nf.length - 1);
    if (first < 0 || last < first || !model.plain(first, last)) return undefined;
    return { first, last };
  }
  return undefined;
}

/** Records a comment start before flat character i, or a comment end after it. */
function mark(model: DocModel, runs: Map<XmlElement, RunMarks>, i: number, side: 'start' | 'end', id: number): void {
  const node = model.nodes[model.refNode[i] ?? -1];
  if (node === undefined) return;
  const at = (model.refAt[i] ?? 0) + (side === 'end' ? 1 : 0);
  const content = model.content(node.run);
  const child = content.indexOf(node.el);
  const boundary: Boundary = at === 0 ? { child, at: -1 } : at >= node.text.length ? { child: child + 1, at: -1 } : { child, at };
  let r = runs.get(node.run);
  if (r === undefined) {
    r = { run: node.run, marks: new Map() };
    runs.set(node.run, r);
  }
  const key = `${boundary.child}:${boundary.at}`;
  let m = r.marks.get(key);
  if (m === undefined) {
    m = { boundary, ends: [], starts: [] };
    r.marks.set(key, m);
  }
  (side === 'start' ? m.starts : m.ends).push(id);
}

function markerXml(model: DocModel, ends: readonly number[], starts: readonly number[]): string {
  const q = (local: string) => model.q(local, model.prefix === '' ? 'w' : model.prefix);
  const ns = model.prefix === '' ? ` xmlns:w="${W_NS}"` : '';
  const a = q('id');
  return (
    ends.map((id) => `<${q('commentRangeEnd')}${ns} ${a}="${id}"/><${q('r')}${ns}><${q('commentReference')} ${a}="${id}"/></${q('r')}>`).join('') +
    starts.map((id) => `<${q('commentRangeStart')}${ns} ${a}="${id}"/>`).join('')
  );
}

/** The splices for one run: markers before or after it, or the run split at the figure's edges. */
function renderRun(model: DocModel, r: RunMarks): Splice[] {
  const { xml } = model;
  const { run } = r;
  const content = model.content(run);
  const n = content.length;
  const at = (child: number, pos: number) => r.marks.get(`${child}:${pos}`);
  const marks = [...r.marks.values()];
  const inside = marks.some((m) => m.boundary.at !== -1 || (m.boundary.child > 0 && m.boundary.child < n));
  if (!inside) {
    const out: Splice[] = [];
    const before = at(0, -1);
    const after = at(n, -1);
    if (before) out.push({ start: run.start, end: run.start, text: markerXml(model, before.ends, before.starts) });
    if (after) out.push({ start: run.end, end: run.end, text: markerXml(model, after.ends, after.starts) });
    return out;
  }

  const open = xml.slice(run.start, run.openEnd);
  const close = `</${run.name}>`;
  const rPr = model.rPr(run);
  const props = rPr ? xml.slice(rPr.start, rPr.end) : '';
  let out = '';
  let piece = '';
  const flush = () => {
    if (piece !== '') out += `${open}${props}${piece}${close}`;
    piece = '';
  };
  const boundary = (m: { ends: number[]; starts: number[] } | undefined) => {
    if (m === undefined || (m.ends.length === 0 && m.starts.length === 0)) return;
    flush();
    out += markerXml(model, m.ends, m.starts);
  };
  content.forEach((child, c) => {
    boundary(at(c, -1));
    const cuts = marks.filter((m) => m.boundary.child === c && m.boundary.at !== -1).sort((a, b) => a.boundary.at - b.boundary.at);
    if (cuts.length === 0) {
      piece += xml.slice(child.start, child.end);
      return;
    }
    const text = model.nodes.find((t) => t.el === child)?.text ?? '';
    const tag = xml.slice(child.start, child.openEnd);
    let from = 0;
    for (const cut of cuts) {
      piece += textElement(tag, child.name, text.slice(from, cut.boundary.at));
      from = cut.boundary.at;
      boundary(cut);
    }
    piece += textElement(tag, child.name, text.slice(from));
  });
  flush();
  boundary(at(n, -1));
  return [{ start: run.start, end: run.end, text: out }];
}

/** Comments that could not be placed: ranged over the document's first paragraph. */
function firstParagraphMarks(model: DocModel, ids: readonly number[]): Splice[] {
  const p = model.paragraphs[0];
  const starts = markerXml(model, [], ids);
  const ends = markerXml(model, ids, []);
  if (p === undefined) {
    const q = model.q.bind(model);
    return [{ start: model.body.openEnd, end: model.body.openEnd, text: `<${q('p')}>${starts}${ends}</${q('p')}>` }];
  }
  if (p.selfClosing) {
    const open = model.xml.slice(p.start, p.openEnd).replace(/\s*\/>$/, '>');
    return [{ start: p.start, end: p.end, text: `${open}${starts}${ends}</${p.name}>` }];
  }
  const pPr = p.children.find((c) => c.name === model.q('pPr'));
  const at = pPr ? pPr.end : p.openEnd;
  return [
    { start: at, end: at, text: starts },
    { start: p.closeStart, end: p.closeStart, text: ends },
  ];
}

function usedCommentIds(xml: string): number[] {
  const ids: number[] = [];
  for (const m of xml.matchAll(/<(?:[\w.-]+:)?(?:comment|commentRangeStart|commentRangeEnd|commentReference)\b[^>]*?\s(?:[\w.-]+:)?id\s*=\s*"(-?\d+)"/g)) {
    ids.push(Number(m[1]));
  }
  return ids;
}

/** The prefix an existing comments part uses for WordprocessingML ('w' when it cannot tell). */
function commentsPrefix(xml: string): string {
  const parsed = parseXml(xml);
  return ('root' in parsed && prefixFor(xml, parsed.root, W_NS)) || 'w';
}

function commentXml(prefix: string, id: number, paragraphs: readonly string[], options: AnnotateOptions): string {
  const q = (local: string) => `${prefix}:${local}`;
  const author = options.author ?? 'jixiao';
  const initials = options.initials ?? (author === 'jixiao' ? 'JX' : Array.from(author)[0] ?? '');
  const date = options.date !== undefined ? ` ${q('date')}="${encodeAttr(options.date)}"` : '';
  const body = paragraphs
    .map((text, i) => {
      const ref = i === 0 ? `<${q('r')}><${q('annotationRef')}/></${q('r')}>` : '';
      return `<${q('p')}>${ref}<${q('r')}><${q('t')} xml:space="preserve">${encodeText(text)}</${q('t')}></${q('r')}></${q('p')}>`;
    })
    .join('');
  return `<${q('comment')} ${q('id')}="${id}" ${q('author')}="${encodeAttr(author)}"${date} ${q('initials')}="${encodeAttr(initials)}">${body}</${q('comment')}>`;
}

/** Appends to the comments part, or creates it with its relationship and content type. */
function addComments(pkg: DocxPackage, part: string, related: boolean, existing: string | undefined, comments: readonly string[]): void {
  if (existing !== undefined) {
    const prefix = commentsPrefix(existing);
    const close = existing.lastIndexOf(`</${prefix}:comments>`);
    if (close !== -1) {
      pkg.setText(part, existing.slice(0, close) + comments.join('') + existing.slice(close));
    } else {
      // `<w:comments/>`: an empty part written as a self-closing element.
      pkg.setText(part, existing.replace(new RegExp(`<${prefix}:comments\\b([^>]*?)\\s*/>`), (_, attrs: string) => `<${prefix}:comments${attrs}>${comments.join('')}</${prefix}:comments>`));
    }
  } else {
    pkg.setText(
      part,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W_NS}">${comments.join('')}</w:comments>`,
    );
  }
  if (!related) {
    const rels = pkg.text(DOCUMENT_RELS) ?? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>';
    const id = freshRelationshipId(relationships(rels));
    const target = part.startsWith('word/') ? part.slice('word/'.length) : `/${part}`;
    const rel = `<Relationship Id="${id}" Type="${COMMENTS_TYPE}" Target="${encodeAttr(target)}"/>`;
    pkg.setText(DOCUMENT_RELS, insertBeforeClose(rels, 'Relationships', rel));
  }
  const types = pkg.text(CONTENT_TYPES) ?? '';
  const partName = `/${part}`;
  const declared = [...types.matchAll(/<(?:\w+:)?Override\b[^>]*\bPartName\s*=\s*"([^"]*)"/g)].some((m) => (m[1] ?? '').toLowerCase() === partName.toLowerCase());
  if (!declared) {
    pkg.setText(CONTENT_TYPES, insertBeforeClose(types, 'Types', `<Override PartName="${encodeAttr(partName)}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`));
  }
}

/** Inserts before `</Root>` (or opens a self-closing `<Root/>`). */
function insertBeforeClose(xml: string, root: string, text: string): string {
  const close = new RegExp(`</(?:\\w+:)?${root}\\s*>(?![\\s\\S]*</(?:\\w+:)?${root}\\s*>)`).exec(xml);
  if (close) return xml.slice(0, close.index) + text + xml.slice(close.index);
  return xml.replace(new RegExp(`<((?:\\w+:)?${root})\\b([^>]*?)\\s*/>`), (_, name: string, attrs: string) => `<${name}${attrs}>${text}</${name}>`);
}

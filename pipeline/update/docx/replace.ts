import { CELL, DocModel, normalise, occurrenceIndex, occurrences, plainMarkdown } from './model.js';
import { DEFAULT_NAME, DOCUMENT_PART, DocxPackage } from './package.js';
import { applySplices, encodeText, textElement, type Splice } from './xml.js';

/** One change of text: `old` inside `sentence` (as the reader's Markdown has them) becomes `new`. */
export interface TextEdit {
  /** The sentence (or any stretch of text) around the figure, as it stands in the document now. */
  readonly sentence: string;
  /** The text to change; the sentence itself for a whole-sentence change; a GFM row for a table row. */
  readonly old: string;
  readonly new: string;
  /** Where `old` starts in `sentence`, to tell apart repeated figures in one sentence. */
  readonly offset?: number | undefined;
}

export interface ReplaceResult {
  readonly bytes: Uint8Array;
  /** Edits made (an edit whose text is already the new text counts as made). */
  readonly applied: number;
  /** Edits whose text could not be found (or would have crossed a paragraph or cell), left for a person. */
  readonly missed: { sentence: string; old: string }[];
}

export interface ReplaceOptions {
  /** File name for messages. */
  readonly file?: string | undefined;
}

/** A replacement of the document characters flat[first..last] by text. */
interface Op {
  readonly first: number;
  readonly last: number;
  readonly text: string;
}

/** One character of the document as written (whitespace included). */
interface Char {
  readonly node: number;
  readonly at: number;
  readonly ch: string;
}

/**
 * Changes text inside the runs of a .docx, leaving its structure and formatting alone, also where Word
 * split a number across runs: the new text goes into the first run of the changed characters, with that
 * run's formatting, and the other runs give up theirs (they stay, possibly with empty text). Only the
 * characters that differ are touched: 1864.05 → 1846.50 rewrites `64.05`, not the unit after it.
 */
export async function replaceFiguresInDocx(input: Uint8Array, edits: readonly TextEdit[], options: ReplaceOptions = {}): Promise<ReplaceResult> {
  const file = options.file ?? DEFAULT_NAME;
  const pkg = DocxPackage.open(input, file);
  const xml = pkg.text(DOCUMENT_PART) ?? '';
  const model = new DocModel(xml, file);

  const claimed: { first: number; last: number }[] = [];
  const free = (first: number, last: number) => claimed.every((c) => last < c.first || first > c.last);
  const ops: Op[] = [];
  const missed: { sentence: string; old: string }[] = [];
  let applied = 0;

  for (const edit of edits) {
    const found = locateEdit(model, edit, free);
    if (found === undefined) {
      missed.push({ sentence: edit.sentence, old: edit.old });
      continue;
    }
    claimed.push(found.range);
    ops.push(...found.ops);
    applied += 1;
  }

  const texts = new Map<number, string>();
  const pending = new Map<number, { from: number; to: number; insert: string }[]>();
  for (const op of ops) for (const [node, change] of nodeChanges(model, op)) {
    const list = pending.get(node) ?? [];
    list.push(change);
    pending.set(node, list);
  }
  for (const [node, changes] of pending) {
    let text = model.nodes[node]?.text ?? '';
    changes.sort((a, b) => b.from - a.from || b.to - a.to);
    for (const c of changes) text = text.slice(0, c.from) + c.insert + text.slice(c.to);
    texts.set(node, text);
  }

  const splices: Splice[] = [];
  for (const [node, text] of texts) {
    const t = model.nodes[node];
    if (t === undefined || text === t.text) continue;
    const tag = xml.slice(t.el.start, t.el.openEnd);
    const element = textElement(tag, t.el.name, text);
    // Keep the start tag as written unless xml:space has to be added.
    if (element.startsWith(tag)) splices.push({ start: t.el.openEnd, end: t.el.closeStart, text: encodeText(text) });
    else splices.push({ start: t.el.start, end: t.el.end, text: element });
  }
  if (splices.length > 0) pkg.setText(DOCUMENT_PART, applySplices(xml, splices));
  return { bytes: pkg.bytes(), applied, missed };
}

function isRow(markdown: string): boolean {
  return /^\s*\|.*\|\s*$/.test(markdown);
}

/** GFM row → cell texts (plain), `\|` kept inside a cell. */
function rowCells(markdown: string): string[] {
  const inner = markdown.trim().replace(/^\|/, '').replace(/\|$/, '');
  const cells: string[] = [];
  let cur = '';
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i] ?? '';
    if (c === '\\' && inner[i + 1] === '|') {
      cur += '\\|';
      i++;
    } else if (c === '|') {
      cells.push(cur);
      cur = '';
    } else cur += c;
  }
  cells.push(cur);
  return cells.map((c) => plainMarkdown(c).trim());
}

function locateEdit(
  model: DocModel,
  edit: TextEdit,
  free: (first: number, last: number) => boolean,
): { range: { first: number; last: number }; ops: Op[] } | undefined {
  const ns = normalise(edit.sentence);
  const no = normalise(edit.old);
  if (ns === '' || no === '') return undefined;
  const row = isRow(edit.old);
  if (row && !isRow(edit.new)) return undefined;
  const j = edit.offset !== undefined ? occurrenceIndex(edit.sentence, edit.old, edit.offset) : undefined;
  for (const s of occurrences(model.flat, ns)) {
    const inSentence = occurrences(model.flat.slice(s, s + ns.length), no);
    const picks = j !== undefined ? (inSentence[j] !== undefined ? [inSentence[j]] : []) : inSentence;
    for (const p of picks) {
      const first = s + p;
      const last = first + no.length - 1;
      if (!free(first, last)) continue;
      if (!row) {
        if (!model.plain(first, last)) continue;
        return { range: { first, last }, ops: [{ first, last, text: plainMarkdown(edit.new).trim() }] };
      }
      const ops = rowOps(model, first, last, rowCells(edit.old), rowCells(edit.new));
      if (ops !== undefined) return { range: { first, last }, ops };
    }
  }
  return undefined;
}

/** A table row changed cell by cell: only the cells whose text differs. */
function rowOps(model: DocModel, first: number, last: number, oldCells: readonly string[], newCells: readonly string[]): Op[] | undefined {
  if (oldCells.length !== newCells.length) return undefined;
  // Cell borders in the matched stretch: the row starts and ends with one.
  const borders: number[] = [];
  for (let i = first; i <= last; i++) if (model.flat[i] === CELL && model.refNode[i] === -1) borders.push(i);
  if (borders.length !== oldCells.length + 1 || borders[0] !== first || borders[borders.length - 1] !== last) return undefined;
  const ops: Op[] = [];
  for (let c = 0; c < oldCells.length; c++) {
    const before = oldCells[c] ?? '';
    const after = newCells[c] ?? '';
    if (before === after) continue;
    const a = (borders[c] ?? 0) + 1;
    const b = (borders[c + 1] ?? 0) - 1;
    if (a > b) {
      if (after.replace(/\s+/gu, '') !== '') return undefined; // an empty cell has no run to write into
      continue;
    }
    if (!model.plain(a, b)) return undefined;
    ops.push({ first: a, last: b, text: after });
  }
  return ops;
}

/** The document's characters from flat[first] to flat[last], whitespace between them included. */
function chars(model: DocModel, first: number, last: number): Char[] {
  const a = model.refNode[first] ?? -1;
  const b = model.refNode[last] ?? -1;
  const out: Char[] = [];
  for (let node = a; node <= b; node++) {
    const text = model.nodes[node]?.text ?? '';
    const from = node === a ? (model.refAt[first] ?? 0) : 0;
    const to = node === b ? (model.refAt[last] ?? 0) + 1 : text.length;
    for (let at = from; at < to; at++) out.push({ node, at, ch: text[at] ?? '' });
  }
  return out;
}

type NodeChange = [number, { from: number; to: number; insert: string }];

/**
 * What an op does to each w:t it touches. Only the characters that differ change: the old and new text
 * are compared, and each stretch that differs is written into the first run of its old characters (an
 * insertion after the character before it), so the runs of the unchanged text keep their formatting.
 */
function nodeChanges(model: DocModel, op: Op): NodeChange[] {
  const doc = chars(model, op.first, op.last);
  const oldText = doc.map((c) => c.ch).join('');
  const out: NodeChange[] = [];
  for (const h of diffHunks(oldText, op.text)) {
    const removed = doc.slice(h.aStart, h.aEnd);
    const insert = op.text.slice(h.bStart, h.bEnd);
    if (removed.length === 0) {
      const anchor = h.aStart > 0 ? doc[h.aStart - 1] : doc[0];
      if (anchor === undefined) continue;
      const at = h.aStart > 0 ? anchor.at + 1 : anchor.at;
      out.push([anchor.node, { from: at, to: at, insert }]);
      continue;
    }
    const head = removed[0];
    const tail = removed[removed.length - 1];
    if (head === undefined || tail === undefined) continue;
    if (head.node === tail.node) {
      out.push([head.node, { from: head.at, to: tail.at + 1, insert }]);
      continue;
    }
    out.push([head.node, { from: head.at, to: (model.nodes[head.node]?.text ?? '').length, insert }]);
    for (let node = head.node + 1; node < tail.node; node++) out.push([node, { from: 0, to: (model.nodes[node]?.text ?? '').length, insert: '' }]);
    out.push([tail.node, { from: 0, to: tail.at + 1, insert: '' }]);
  }
  return out;
}

interface Hunk {
  readonly aStart: number;
  readonly aEnd: number;
  readonly bStart: number;
  readonly bEnd: number;
}

/** Stretches shorter than this that old and new share between two changes are rewritten with them: 1864.05 → 1846.50 is one change, not four. */
const MIN_EQUAL = 4;
/** Above this many cells the comparison is not worth it: one change for the whole differing middle. */
const MAX_CELLS = 4_000_000;

/** The stretches where a and b differ (character LCS, common ends first, short equal stretches absorbed). */
export function diffHunks(a: string, b: string): Hunk[] {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const n = a.length - p - s;
  const m = b.length - p - s;
  if (n === 0 && m === 0) return [];
  if (n === 0 || m === 0 || (n + 1) * (m + 1) > MAX_CELLS) return [{ aStart: p, aEnd: p + n, bStart: p, bEnd: p + m }];
  // LCS lengths of the suffixes of the two middles.
  const width = m + 1;
  const lcs = new Int32Array((n + 1) * width);
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i * width + j] = a[p + i] === b[p + j] ? (lcs[(i + 1) * width + j + 1] ?? 0) + 1 : Math.max(lcs[(i + 1) * width + j] ?? 0, lcs[i * width + j + 1] ?? 0);
    }
  }
  // Walk the table: runs of equal characters between the hunks.
  const equal: { i: number; j: number; length: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[p + i] === b[p + j] && lcs[i * width + j] === (lcs[(i + 1) * width + j + 1] ?? 0) + 1) {
      const last = equal[equal.length - 1];
      if (last && last.i + last.length === i && last.j + last.length === j) equal[equal.length - 1] = { ...last, length: last.length + 1 };
      else equal.push({ i, j, length: 1 });
      i++;
      j++;
    } else if ((lcs[(i + 1) * width + j] ?? 0) >= (lcs[i * width + j + 1] ?? 0)) i++;
    else j++;
  }
  const kept = equal.filter((e) => e.length >= MIN_EQUAL);
  const hunks: Hunk[] = [];
  let ai = 0;
  let bj = 0;
  for (const e of [...kept, { i: n, j: m, length: 0 }]) {
    if (e.i > ai || e.j > bj) hunks.push({ aStart: p + ai, aEnd: p + e.i, bStart: p + bj, bEnd: p + e.j });
    ai = e.i + e.length;
    bj = e.j + e.length;
  }
  return hunks;
}

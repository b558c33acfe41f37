/**
 * What the desk shows of a data file: every value with its field path, its line, and the comment
 * `import` wrote beside it (the cell it came from); and the same file with values changed in place,
 * every other value and comment kept. Validation is the library's (checkDataText), as in the CLI.
 */
import { isPair, isScalar, isSeq, LineCounter, parse, parseDocument, visit, type Document } from 'yaml';

export interface ReadValue {
  /** The field path as the CLI's messages write it: `indicators[0].name`. */
  readonly path: string;
  readonly value: string | number | boolean | null;
  readonly line: number;
  /** The comment beside the value: for an imported file, the cell it came from. */
  readonly source?: string | undefined;
}

function pathOf(ancestors: readonly unknown[], node: unknown): string {
  let out = '';
  const chain = [...ancestors, node];
  for (let i = 0; i < chain.length; i++) {
    const n = chain[i];
    const next = chain[i + 1];
    if (isPair(n) && isScalar(n.key)) out += `${out === '' ? '' : '.'}${String(n.key.value)}`;
    else if (isSeq(n) && next !== undefined) out += `[${n.items.indexOf(next as never)}]`;
  }
  return out;
}

export function readValues(text: string): ReadValue[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, keepSourceTokens: false });
  const out: ReadValue[] = [];
  visit(doc, {
    Scalar(key, node, ancestors) {
      if (key === 'key') return;
      const v = node.value;
      const value = typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v);
      const source = node.comment?.trim();
      // A number keeps the digits written (1143.50), as the loader reads it.
      const shown = typeof v === 'number' && node.range ? text.slice(node.range[0], node.range[1]) : value;
      out.push({ path: pathOf(ancestors, node), value: shown, line: lines.linePos(node.range?.[0] ?? 0).line, ...(source ? { source } : {}) });
    },
  });
  return out;
}

/** `indicators[0].name` → ['indicators', 0, 'name']. */
export function splitPath(p: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of p.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : (m[1] ?? ''));
  return out;
}

export interface ValueChange {
  readonly path: string;
  /** Text as typed; '' empties the field. */
  readonly value: string;
  /** How to write it: as a number (digits kept) or as text. */
  readonly type?: 'number' | 'string' | 'boolean' | undefined;
}

function scalarFor(doc: Document, change: ValueChange): unknown {
  const t = change.value.trim();
  if (t === '') return null;
  if (change.type === 'number' && /^-?\d+(\.\d+)?$/.test(t)) {
    const node = doc.createNode(Number(t));
    // The loader reads numbers as their source text: keep the digits the officer typed.
    const decimals = t.includes('.') ? (t.split('.')[1] ?? '').length : 0;
    if (isScalar(node)) node.minFractionDigits = decimals;
    return node;
  }
  if (change.type === 'boolean' && (t === 'true' || t === 'false')) return t === 'true';
  return t;
}

/** `text` as a YAML scalar that reads back as that very string, in a block and in a flow collection alike. */
function stringScalar(text: string): string {
  const reads = (src: string): boolean => {
    try {
      return parse(src)?.k === text;
    } catch {
      return false;
    }
  };
  return reads(`k: ${text}`) && reads(`{ k: ${text} }`) ? text : JSON.stringify(text);
}

/** The source text a change writes in place of a value, or undefined where only the YAML library can say it. */
function scalarSource(change: ValueChange): string | undefined {
  const t = change.value.trim();
  if (t === '') return 'null';
  if (change.type === 'number' && /^-?\d+(\.\d+)?$/.test(t)) return t;
  if (change.type === 'boolean' && (t === 'true' || t === 'false')) return t;
  return t.includes('\n') ? undefined : stringScalar(t);
}

/**
 * The data file's text with these values set. A value the file already has is replaced where it
 * stands, so the rest of the officer's file (its layout, alignment and comments) stays as it was;
 * a value the file does not have yet is added by the YAML library (a comment beside a changed value kept).
 */
export function setValues(text: string, changes: readonly ValueChange[]): string {
  const doc = parseDocument(text);
  const inPlace: { start: number; end: number; source: string }[] = [];
  const rest: ValueChange[] = [];
  for (const c of changes) {
    const node = doc.getIn(splitPath(c.path), true);
    const source = scalarSource(c);
    if (isScalar(node) && node.range !== undefined && node.range !== null && source !== undefined && node.type !== 'BLOCK_LITERAL' && node.type !== 'BLOCK_FOLDED') {
      inPlace.push({ start: node.range[0], end: node.range[1], source });
    } else {
      rest.push(c);
    }
  }
  let out = text;
  for (const e of inPlace.sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.source + out.slice(e.end);
  return rest.length === 0 ? out : setWithLibrary(out, rest);
}

function setWithLibrary(text: string, changes: readonly ValueChange[]): string {
  const doc = parseDocument(text);
  for (const c of changes) {
    const at = splitPath(c.path);
    const old = doc.getIn(at, true);
    const next = scalarFor(doc, c);
    doc.setIn(at, next);
    const now = doc.getIn(at, true);
    if (isScalar(old) && isScalar(now) && old.comment !== undefined) now.comment = old.comment;
  }
  return doc.toString({ lineWidth: 0 });
}

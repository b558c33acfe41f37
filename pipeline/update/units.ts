import { levelMarker } from '../text/outline.js';

/**
 * A Markdown draft cut into the units an editor works in: lines (headings, paragraphs, table
 * rows), and inside paragraphs the sentences and the clauses of an 一是…；二是… list. `update`
 * decides per unit whether the editor left it as the template wrote it.
 */
export interface Unit {
  readonly kind: 'heading' | 'paragraph' | 'table' | 'other';
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

export interface Line extends Unit {
  /** Sentences and list clauses of a paragraph, each ending with its 。；！？ (the last may not). */
  readonly pieces: readonly Unit[];
}

const PIECE_END = /[。；！？]/u;

function pieces(text: string, offset: number, kind: Unit['kind']): Unit[] {
  const out: Unit[] = [];
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (PIECE_END.test(text[i] ?? '')) {
      // A closing quote or bracket right after the stop belongs to the sentence.
      let end = i + 1;
      while (end < text.length && /[”’）)」]/u.test(text[end] ?? '')) end += 1;
      out.push({ kind, start: offset + start, end: offset + end, text: text.slice(start, end) });
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push({ kind, start: offset + start, end: offset + text.length, text: text.slice(start) });
  return out;
}

export function splitLines(markdown: string): Line[] {
  const lines: Line[] = [];
  let offset = 0;
  for (const raw of markdown.split('\n')) {
    const start = offset;
    offset += raw.length + 1;
    if (raw.trim() === '') continue;
    const kind: Unit['kind'] = /^#{1,6} /.test(raw) ? 'heading' : /^\s*\|/.test(raw) ? 'table' : /^(<!--|>|\*\*|---)/.test(raw) ? 'other' : 'paragraph';
    lines.push({ kind, start, end: start + raw.length, text: raw, pieces: kind === 'paragraph' ? pieces(raw, start, kind) : [] });
  }
  return lines;
}

/** The heading path above each line ("一、预算支出概况 › （一）…"), numbering stripped so renumbered headings still match. */
export function headingPaths(lines: readonly Line[]): string[] {
  const stack: string[] = [];
  return lines.map((l) => {
    if (l.kind === 'heading') {
      const m = /^(#{1,6}) (.*)$/.exec(l.text);
      const level = (m?.[1] ?? '#').length;
      stack.length = level - 1;
      stack[level - 1] = stripOutline(m?.[2] ?? '');
    }
    return stack.filter((x) => x !== undefined).join(' › ');
  });
}

export function stripOutline(title: string): string {
  return levelMarker(title)?.rest ?? title.trim();
}

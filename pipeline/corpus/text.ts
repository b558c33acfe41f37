import type { Position } from './types.js';

/** Columns a line takes on the page: CJK and full-width forms count 2, so PDF wrap widths compare. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += (ch.codePointAt(0) ?? 0) < 0x2000 ? 1 : 2;
  return w;
}

export function charLength(s: string): number {
  return [...s].length;
}

const CLOSERS = /[”’」』）)\]】》"'〕]+$/u;
const SENTENCE_END = /[。！？；：!?;:…]$/u;

/** True when the line closes a sentence (。 ； ： ！ ？, possibly followed by a closing quote or bracket). */
export function endsSentence(s: string): boolean {
  return SENTENCE_END.test(s.trimEnd().replace(CLOSERS, ''));
}

/**
 * True when a wrapped line cannot run on: 。！？ close a paragraph, and so does ： (it
 * introduces a list); ； does not, a clause list goes on across the wrap.
 */
export function endsParagraph(s: string): boolean {
  return /[。！？!?…：:]$/u.test(s.trimEnd().replace(CLOSERS, ''));
}

/** `—— 7 ——`, `- 7 -`, `第 7 页 共 12 页`: page furniture from PDF text. */
export function isPageMarker(s: string): boolean {
  const t = s.trim();
  return (
    /^[—–\-－─―]+\s*\d{1,4}\s*[—–\-－─―]+$/u.test(t) ||
    /^第\s*\d{1,4}\s*页(\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$/u.test(t)
  );
}

/** Joins two pieces of one wrapped sentence: Chinese needs no space, Latin words do. */
export function joinWrapped(a: string, b: string): string {
  if (a === '') return b;
  if (b === '') return a;
  return /[A-Za-z]$/.test(a) && /^[A-Za-z]/.test(b) ? `${a} ${b}` : a + b;
}

/** Line start offsets, so any line number maps back to a Position. */
export class LineIndex {
  readonly starts: number[] = [0];
  constructor(readonly text: string) {
    const re = /\r\n|\n|\r/g;
    for (let m = re.exec(text); m; m = re.exec(text)) this.starts.push(m.index + m[0].length);
  }
  private cached: string[] | undefined;
  /** The raw lines, without their line endings. */
  lines(): readonly string[] {
    this.cached ??= this.starts.map((start, i) => {
      const next = this.starts[i + 1];
      const raw = this.text.slice(start, next ?? this.text.length);
      return raw.replace(/\r?\n$|\r$/, '');
    });
    return this.cached;
  }
  /** Position of the first non-blank character of a 1-based line. */
  positionOfLine(line: number): Position {
    const start = this.starts[line - 1] ?? this.text.length;
    const next = this.starts[line] ?? this.text.length;
    const raw = this.text.slice(start, next);
    const indent = /^[\s\uFEFF]*/u.exec(raw)?.[0].length ?? 0;
    const column = indent < raw.replace(/[\r\n]+$/, '').length ? indent + 1 : 1;
    return { line, column, offset: start + column - 1 };
  }
}

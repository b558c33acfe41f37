/** Line bookkeeping for one text, computed once so every later question about a line is cheap. */

import type { Position } from '../../schemas/section-tree.js';

export type { Position } from '../../schemas/section-tree.js';

export class LineIndex {
  /** Offset of the first character of each line (after \n, \r\n or a lone \r). */
  readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13 && text.charCodeAt(i + 1) !== 10) this.starts.push(i + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** End of a 0-based line's content (before \n, \r\n or \r). */
  end(line: number): number {
    const next = this.starts[line + 1];
    let e = next === undefined ? this.text.length : next - 1;
    if (next !== undefined && this.text.charCodeAt(e) === 10 && e > this.start(line) && this.text.charCodeAt(e - 1) === 13) e -= 1;
    return e;
  }

  /** 0-based line of an offset. */
  lineOf(pos: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= pos) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** 1-based line and column of an offset. */
  position(offset: number): { line: number; column: number } {
    const l = this.lineOf(offset);
    return { line: l + 1, column: offset - this.start(l) + 1 };
  }

  private cached: string[] | undefined;
  /** The lines, without their line endings. */
  lines(): readonly string[] {
    this.cached ??= this.starts.map((s, l) => this.text.slice(s, this.end(l)));
    return this.cached;
  }

  /** Position of the first non-blank character of a 1-based line. */
  positionOfLine(line: number): Position {
    const start = this.start(line - 1);
    const raw = this.text.slice(start, this.end(line - 1));
    const indent = /^[\s\uFEFF]*/u.exec(raw)?.[0].length ?? 0;
    const column = indent < raw.length ? indent + 1 : 1;
    return { line, column, offset: start + column - 1 };
  }
}

const DASHES = '—–\\-－─―_';
/** A line that is only a page number: `—— 2 ——`, `- 3 -`, `第 4 页`, `第 4 页 共 12 页`. */
const PAGE_MARKER = new RegExp(
  `^[\\s\\u3000]*(?:[${DASHES}]+[\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000]*[${DASHES}]+|[${DASHES}]*[\\s\\u3000]*第[\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000]*页(?:[\\s\\u3000]*[,，/]?[\\s\\u3000]*共[\\s\\u3000]*[0-9０-９]{1,4}[\\s\\u3000]*页)?[\\s\\u3000]*[${DASHES}]*)[\\s\\u3000]*$`,
  'u',
);

/** Page furniture from PDF text: a line holding only a page number. */
export function isPageMarker(line: string): boolean {
  return line.length <= 40 && !line.includes('\t') && PAGE_MARKER.test(line);
}

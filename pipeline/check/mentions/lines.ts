/** Line bookkeeping, computed once so every later question about a line is cheap. */

const CHAR_CACHE: (string | undefined)[] = new Array<string | undefined>(65536);
/**
 * `text.charAt(p)` without allocating: V8 caches one-character strings only below U+0100, and the
 * scanner looks at Chinese characters around every number.
 */
export function charAt(text: string, p: number): string {
  const c = text.charCodeAt(p);
  if (c !== c) return ''; // NaN: outside the text
  let s = CHAR_CACHE[c];
  if (s === undefined) {
    s = String.fromCharCode(c);
    CHAR_CACHE[c] = s;
  }
  return s;
}

/** Outline markers that open a line: 一、 （一） (1) 1. 1、 ① 一是 — and Markdown headings. */
export const OUTLINE_START =
  /^[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十0-9０-９]{1,3}[)）]|[0-9０-９]{1,2}(?:[.．-][0-9０-９]{1,2})*[.．、](?![0-9０-９])|[0-9０-９]{1,2}[.．](?=(?:19|20)[0-9]{2}\s*年)|[①-⑳]|[一二三四五六七八九十]是)/;

/** A line that is only a page number (—— 2 ——, - 3 -, 第 4 页). */
const PAGE_MARKER = /^[\s\u3000]*(?:[—–\-－_]+[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*[—–\-－_]+|[—–\-－_]*[\s\u3000]*第[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页(?:[\s\u3000]*共[\s\u3000]*[0-9０-９]{1,4}[\s\u3000]*页)?[\s\u3000]*[—–\-－_]*)[\s\u3000]*$/;

/**
 * A flattened table line (PDF text of a score table): two figures with only spaces between,
 * "1100家 1104家 10 10". No backtracking hazard: each branch is bounded by a digit.
 */
const FLATTENED = /[0-9０-９](?:[%％]|[家个项件名人])?[ \u3000]+[0-9０-９]/;

export class LineIndex {
  /** Offset of the first character of each line. */
  readonly starts: number[] = [0];
  readonly pageMarker: boolean[];
  readonly flattened: boolean[];
  /** Heading or outline line: a subject never reaches back across its end. */
  readonly heading: boolean[];

  constructor(readonly text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    const n = this.starts.length;
    this.pageMarker = new Array<boolean>(n).fill(false);
    this.flattened = new Array<boolean>(n).fill(false);
    this.heading = new Array<boolean>(n).fill(false);
    const outline = new RegExp(OUTLINE_START.source.slice(1), 'y'); // sticky: tested at each line start
    const hash = /[ \u3000]*#/y;
    for (let l = 0; l < n; l++) {
      const s = this.start(l);
      const e = this.end(l);
      if (e === s) continue;
      outline.lastIndex = s;
      hash.lastIndex = s;
      this.heading[l] = outline.test(text) || hash.test(text);
      // Page markers are short; the length check also keeps the regex off long lines of spaces.
      if (e - s <= 40) {
        const line = text.slice(s, e);
        this.pageMarker[l] = !line.includes('\t') && PAGE_MARKER.test(line);
      }
    }
    // One pass over the text: a match never spans a line break, and after a match the search
    // resumes at the next line.
    const flat = new RegExp(FLATTENED.source, 'g');
    for (let m = flat.exec(text); m; m = flat.exec(text)) {
      const l = this.lineOf(m.index);
      const s = this.start(l);
      const e = this.end(l);
      const tab = text.indexOf('\t', s);
      const pipe = text.indexOf('|', s);
      this.flattened[l] = (tab < 0 || tab >= e) && (pipe < 0 || pipe >= e);
      flat.lastIndex = Math.max(this.start(l + 1), m.index + 1);
    }
  }

  get count(): number {
    return this.starts.length;
  }

  start(line: number): number {
    return this.starts[line] ?? this.text.length;
  }

  /** End of the line's content (before \n, and before \r of a CRLF). */
  end(line: number): number {
    const next = this.starts[line + 1];
    let e = next === undefined ? this.text.length : next - 1;
    if (e > this.start(line) && this.text.charCodeAt(e - 1) === 13) e -= 1;
    return e;
  }

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
}

/**
 * The scanner's view of the text: character classes and bounded moves around a position. Every
 * look-behind stops at the end of the last token read, so the pass stays linear.
 */
import { charAt, type MentionLines } from './lines.js';
import type { Found } from './types.js';
import { halfWidthDigits, isCjkCode } from '../text/chars.js';

/** `set` contains `c`; false for the empty string charAt gives outside the text. */
export function has(set: string, c: string): boolean {
  return c !== '' && set.includes(c);
}

export function isYearValue(int: string): boolean {
  if (int.length !== 4) return false;
  const v = Number(int);
  return v >= 1900 && v <= 2100;
}

export abstract class Cursor {
  protected readonly t: string;
  /** End of the last token read (figure or not): look-behind never crosses it. */
  protected lastEnd = 0;
  readonly found: Found[] = [];

  constructor(
    text: string,
    protected readonly lines: MentionLines,
    protected readonly tableLine: readonly boolean[],
    /** Names with a Chinese digit (三个高地), by first character. */
    protected readonly names: ReadonlyMap<string, readonly string[]>,
  ) {
    this.t = text;
  }

  // ---- character classes -------------------------------------------------------------

  /** The character at `p` is one of a charTable's (false outside the text): `has` without a string search. */
  protected isOneOf(table: Uint8Array, p: number): boolean {
    return table[this.t.charCodeAt(p)] === 1;
  }

  protected isDigit(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
  }

  protected digit(p: number): string {
    const c = this.t.charCodeAt(p);
    return String.fromCharCode(c >= 0xff10 ? c - 0xff10 + 48 : c);
  }

  /** The end of the digits from `p` on. */
  protected skipDigits(p: number): number {
    let q = p;
    while (this.isDigit(q)) q++;
    return q;
  }

  /** The digits in [a, b) as ASCII digits: one slice of the text, not a string built digit by digit. */
  protected digitsText(a: number, b: number): string {
    return halfWidthDigits(this.t.slice(a, b));
  }

  protected isAsciiLetter(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }

  protected isCjk(p: number): boolean {
    return isCjkCode(this.t.charCodeAt(p));
  }

  /** Spaces inside a line, as PDF text puts them between digits and units. */
  protected isSpace(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return c === 32 || c === 0x3000 || c === 0xa0;
  }

  protected skipSpaces(p: number): number {
    let q = p;
    let n = 0;
    while (n < 4 && this.isSpace(q)) {
      q++;
      n++;
    }
    return q;
  }

  /** Spaces and up to two line breaks (PDF text wraps between 7000 and 万元). Never a tab. */
  protected skipGap(p: number): number {
    let q = p;
    let newlines = 0;
    for (let n = 0; n < 8; n++) {
      const c = this.t.charCodeAt(q);
      if (c === 10) {
        if (++newlines > 2) break;
      } else if (!(c === 32 || c === 0x3000 || c === 0xa0 || c === 13)) break;
      q++;
    }
    return q;
  }

  protected backSpaces(p: number): number {
    let q = p;
    let n = 0;
    while (n < 3 && q > this.lastEnd && this.isSpace(q - 1)) {
      q--;
      n++;
    }
    return q;
  }

  protected skipWhile(p: number, ok: (q: number) => boolean): number {
    let q = p;
    while (q < this.t.length && ok(q)) q++;
    return q;
  }

  /** At the start of a line or a table cell, after Markdown heading/emphasis/quote marks. */
  protected atLineStart(i: number): boolean {
    let q = i - 1;
    for (let n = 0; n < 12 && q >= 0; n++, q--) {
      const c = charAt(this.t, q);
      if (c === '\n' || c === '\t' || c === '|') return true;
      if (!(c === ' ' || c === '\u3000' || c === '#' || c === '*' || c === '>')) return false;
    }
    return q < 0;
  }

  protected inTableLine(p: number): boolean {
    const l = this.lines.lineOf(p);
    return this.tableLine[l] === true || this.lines.flattened[l] === true;
  }
}

/** Character-level helpers shared by every reader of Chinese text. */

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

/**
 * A lookup table of the UTF-16 units of `chars` (characters of the BMP): a scan over a whole text
 * reads one byte per character, where a Set<number> would hash every one.
 */
export function charTable(chars: string): Uint8Array {
  const table = new Uint8Array(65536);
  for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = 1;
  return table;
}

/** What follows the last of `stops` in `text` (all of it when none): the clause that ends the text. */
export function afterLast(text: string, stops: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (stops.includes(charAt(text, i))) return text.slice(i + 1);
  return text;
}

/** Columns a line takes on the page: CJK and full-width forms count 2, so PDF wrap widths compare. */
export function displayWidth(s: string): number {
  // By UTF-16 unit, not by character: iterating a string makes a string of every Chinese character.
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is one character, beyond U+2000.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i += 1;
    }
    w += c < 0x2000 ? 1 : 2;
  }
  return w;
}

/** Characters as a reader counts them (code points, not UTF-16 units; a lone surrogate is one), without spreading the string into an array. */
export function charLength(s: string): number {
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n -= 1;
        i += 1;
      }
    }
  }
  return n;
}

/** Full-width digits as ASCII digits (１２ → 12). */
export function halfWidthDigits(s: string): string {
  // Most strings hold none: a replace with a callback is costly, a scan is not (outline markers, per line).
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff10 && c <= 0xff19) return s.replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  }
  return s;
}

/**
 * White space as JavaScript's trim() and \s see it (the same set), by UTF-16 unit: a test per
 * character, where a regular expression per line costs a call each.
 */
export function isWhiteSpace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** Where the white space from `p` on ends (the text's length when it runs to the end). */
export function skipWhiteSpace(text: string, p: number): number {
  let q = p;
  while (q < text.length && isWhiteSpace(text.charCodeAt(q))) q++;
  return q;
}

/** A Chinese character (the basic block and extension A), by UTF-16 unit. */
export function isCjkCode(c: number): boolean {
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
}

/** What makes a bracketed aside say something of its own: a figure, or a part list. */
const ASIDE = /[0-9０-９]|其中|含/u;

/**
 * The text with every bracketed aside that closes inside it ((…), （…）, nested too) turned to spaces
 * of the same length: what a sentence says after an aside (全年支出X（其中：A a，B b），执行率Y) goes
 * on about what stood before it, not about the last thing named inside.
 */
export function blankClosedAsides(s: string): string {
  if (!s.includes(')') && !s.includes('）')) return s;
  const opens: number[] = [];
  let out = s;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x28 || c === 0xff08) opens.push(i);
    else if ((c === 0x29 || c === 0xff09) && opens.length > 0) {
      const from = opens.pop() as number;
      // Only the outermost aside is blanked, and only one that states something (a figure, 其中…):
      // brackets inside a name (因公出国（境）费) are the name's.
      if (opens.length === 0 && ASIDE.test(s.slice(from + 1, i))) out = out.slice(0, from) + ' '.repeat(i + 1 - from) + out.slice(i + 1);
    }
  }
  return out;
}

/**
 * The scanner: one left-to-right pass that finds every number (Arabic or Chinese), decides
 * whether it is a figure, and reads the words around it (approximation, unit, change).
 * Every decision looks at a bounded window around the number, so the pass is linear.
 */
import { Dec } from '../../decimal.js';
import type { Approx, MentionKind } from './index.js';
import { CN_FORMAL_CHARS, isCnDigitChar, isCnNumeralChar, parseChineseNumberParts } from './chinese-number.js';
import {
  APPROX_AFTER,
  APPROX_BEFORE,
  APPROX_SINGLE_BLOCKERS,
  ARABIC_SCALES,
  CHANGE_LINKS,
  CHANGE_WORDS,
  CN_NAMES,
  CN_VAGUE_BEFORE,
  LABEL_BEFORE,
  QIAN_BLOCKERS,
  QUOTE_PAIRS,
  UNIT_INDEX,
  type UnitDef,
} from './lexicon.js';
import { charAt, type LineIndex } from './lines.js';

export interface Found {
  start: number;
  end: number;
  /** Canonical decimal text (decimal.js is used only where arithmetic is needed). */
  value: string;
  precision: number;
  unit: string;
  kind: MentionKind;
  approx: Approx;
  /** 近-style 'less': close below the number. */
  near: boolean;
  /** 前5名: a rank no worse than the number. */
  top: boolean;
  /** 5-10万元: the lower end (value holds the upper end). */
  rangeLo?: string;
  change?: 'increase' | 'decrease';
  numeral: 'arabic' | 'chinese';
}

interface UnitHit {
  def: UnitDef;
  start: number;
  end: number;
}

interface ArabicNumber {
  end: number;
  int: string;
  frac: string;
  groups: number;
  /** 1.2.3 or 2024.12.31: not one number. */
  dotted: boolean;
}

interface NumberAt {
  /** First character of the figure proper: the number, or 第 of an ordinal rank, or a minus sign. */
  start: number;
  numStart: number;
  numEnd: number;
  value: string;
  precision: number;
  numeral: 'arabic' | 'chinese';
  /** The Chinese numeral as written (for the 一个 and bare-numeral rules). */
  cnRun?: string;
  ordinal?: boolean;
  /** Unit already known (百分之…, fractions). */
  fixed?: { unit: string; kind: MentionKind };
  rangeLo?: string;
}

/** Characters that may start a number; a table lookup keeps the main loop allocation-free. */
const CANDIDATE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = 1;
  for (const c of '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億') table[c.charCodeAt(0)] = 2;
  return table;
})();
/** Scale words after Arabic digits, longest first. */
const SCALE_WORDS = ['万亿', '千万', '百万', '亿', '万', '千'];
const OPEN_BRACKETS = '〔[［【（(';
const CLOSE_BRACKETS = '〕]］】）)';
const RANGE_MARKS = '-－~～至到';
const MINUS = '-－−';
const CN_SCALE_START = '百佰千仟万萬亿億';
function byLast<T extends { word: string }>(list: readonly T[]): ReadonlyMap<string, T[]> {
  const m = new Map<string, T[]>();
  for (const w of list) {
    const k = w.word.charAt(w.word.length - 1);
    const l = m.get(k) ?? [];
    l.push(w);
    m.set(k, l);
  }
  return m;
}
/** Approximation and change words by their last character (the one next to the number). */
const APPROX_BEFORE_BY_LAST = byLast(APPROX_BEFORE);
const CHANGE_BY_LAST = byLast(CHANGE_WORDS);
const CN_NAMES_BY_FIRST: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const n of CN_NAMES) {
    const list = m.get(n.charAt(0)) ?? [];
    list.push(n);
    m.set(n.charAt(0), list);
  }
  return m;
})();

/** `set` contains `c`; false for the empty string charAt gives outside the text. */
function has(set: string, c: string): boolean {
  return c !== '' && set.includes(c);
}

function isYearValue(int: string): boolean {
  if (int.length !== 4) return false;
  const v = Number(int);
  return v >= 1900 && v <= 2100;
}

export class Scanner {
  private readonly t: string;
  /** End of the last token read (figure or not): look-behind never crosses it. */
  private lastEnd = 0;
  readonly found: Found[] = [];

  constructor(
    text: string,
    private readonly lines: LineIndex,
    private readonly tableLine: readonly boolean[],
  ) {
    this.t = text;
  }

  run(): Found[] {
    const t = this.t;
    const n = t.length;
    let i = 0;
    while (i < n) {
      const kind = CANDIDATE[t.charCodeAt(i)];
      if (!kind) {
        i++;
        continue;
      }
      const next = kind === 1 ? this.scanArabic(i) : this.scanChinese(i);
      const end = Math.max(next, i + 1);
      this.lastEnd = Math.max(this.lastEnd, end);
      i = end;
    }
    return this.found;
  }

  // ---- character classes -------------------------------------------------------------

  private isDigit(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
  }

  private digit(p: number): string {
    const c = this.t.charCodeAt(p);
    return String.fromCharCode(c >= 0xff10 ? c - 0xff10 + 48 : c);
  }

  private isAsciiLetter(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  }

  private isCjk(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf);
  }

  /** Spaces inside a line, as PDF text puts them between digits and units. */
  private isSpace(p: number): boolean {
    const c = this.t.charCodeAt(p);
    return c === 32 || c === 0x3000 || c === 0xa0;
  }

  private skipSpaces(p: number): number {
    let q = p;
    let n = 0;
    while (n < 4 && this.isSpace(q)) {
      q++;
      n++;
    }
    return q;
  }

  /** Spaces and up to two line breaks (PDF text wraps between 7000 and 万元). Never a tab. */
  private skipGap(p: number): number {
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

  private backSpaces(p: number): number {
    let q = p;
    let n = 0;
    while (n < 3 && q > this.lastEnd && this.isSpace(q - 1)) {
      q--;
      n++;
    }
    return q;
  }

  private skipWhile(p: number, ok: (q: number) => boolean): number {
    let q = p;
    while (q < this.t.length && ok(q)) q++;
    return q;
  }

  /** At the start of a line or a table cell, after Markdown heading/emphasis/quote marks. */
  private atLineStart(i: number): boolean {
    let q = i - 1;
    for (let n = 0; n < 12 && q >= 0; n++, q--) {
      const c = charAt(this.t, q);
      if (c === '\n' || c === '\t' || c === '|') return true;
      if (!(c === ' ' || c === '\u3000' || c === '#' || c === '*' || c === '>')) return false;
    }
    return q < 0;
  }

  private inTableLine(p: number): boolean {
    const l = this.lines.lineOf(p);
    return this.tableLine[l] === true || this.lines.flattened[l] === true;
  }

  // ---- numbers ----------------------------------------------------------------------------

  private readArabic(p: number, spaceDecimal: boolean): ArabicNumber {
    const t = this.t;
    let q = p;
    let int = '';
    while (this.isDigit(q)) int += this.digit(q++);
    let groups = 0;
    if (int.length <= 3) {
      // Thousands separators: a comma and exactly three digits. A full-width comma also ends
      // clauses ("3，400万元"), so it counts only with two groups or decimals after (52，878.93).
      let r = q;
      let g = 0;
      let fullWidth = false;
      let digits = '';
      for (;;) {
        const c = charAt(t, r);
        if ((c === ',' || c === '，') && this.isDigit(r + 1) && this.isDigit(r + 2) && this.isDigit(r + 3) && !this.isDigit(r + 4)) {
          digits += this.digit(r + 1) + this.digit(r + 2) + this.digit(r + 3);
          if (c === '，') fullWidth = true;
          r += 4;
          g++;
        } else break;
      }
      const decimalsFollow = (charAt(t, r) === '.' || charAt(t, r) === '．') && this.isDigit(r + 1);
      if (g > 0 && (!fullWidth || g >= 2 || decimalsFollow)) {
        int += digits;
        groups = g;
        q = r;
      }
    }
    let frac = '';
    const c = charAt(t, q);
    if ((c === '.' || c === '．') && this.isDigit(q + 1)) {
      let r = q + 1;
      while (this.isDigit(r)) frac += this.digit(r++);
      q = r;
      const d = charAt(t, q);
      if ((d === '.' || d === '．') && this.isDigit(q + 1)) {
        const end = this.skipWhile(q, (k) => this.isDigit(k) || charAt(t, k) === '.' || charAt(t, k) === '．');
        return { end, int, frac, groups, dotted: true };
      }
    } else if (spaceDecimal && groups === 0 && (c === '.' || c === '．') && charAt(t, q + 1) === ' ' && this.isDigit(q + 2)) {
      // PDF text breaks "8.53%" into "8. 53%": accept only when a percent sign follows.
      let r = q + 2;
      let f = '';
      while (this.isDigit(r)) f += this.digit(r++);
      const s = this.skipSpaces(r);
      if (charAt(t, s) === '%' || charAt(t, s) === '％') {
        frac = f;
        q = r;
      }
    }
    return { end: q, int, frac, groups, dotted: false };
  }

  /** Canonical text, as decimal.js prints it: no leading or trailing zeros ("0.00" → "0"). */
  private valueOf(n: ArabicNumber, negative = false): string {
    const int = n.int;
    let a = 0;
    while (a < int.length - 1 && int.charCodeAt(a) === 48) a++;
    let e = n.frac.length;
    while (e > 0 && n.frac.charCodeAt(e - 1) === 48) e--;
    const body = e > 0 ? `${int.slice(a)}.${n.frac.slice(0, e)}` : int.slice(a);
    return negative && body !== '0' ? `-${body}` : body;
  }

  private matchUnit(p: number, numeral: 'arabic' | 'chinese'): UnitHit | undefined {
    const t = this.t;
    const q = this.skipGap(p);
    const cands = UNIT_INDEX.get(charAt(t, q));
    if (!cands) return undefined;
    for (const def of cands) {
      if (numeral === 'chinese' && !def.cn) continue;
      let r = q;
      let ok = true;
      for (let k = 0; k < def.form.length; k++) {
        if (k > 0 && charAt(t, r) !== def.form.charAt(k)) r = this.skipGap(r); // 万 元, 亿\n\n元
        if (charAt(t, r) !== def.form.charAt(k)) {
          ok = false;
          break;
        }
        r++;
      }
      if (!ok) continue;
      if (def.ascii && this.isAsciiLetter(r)) continue;
      // Across a line break only a plain unit continues the number (7000\n\n万元), never 年/月/日.
      if (def.special && q > p && t.slice(p, q).includes('\n')) continue;
      return { def, start: q, end: r };
    }
    return undefined;
  }

  // ---- Arabic numerals ----------------------------------------------------------------

  private scanArabic(i: number): number {
    const t = this.t;
    // Inside a Latin word or model number (QDR280, SA750U, G20): part of a name.
    if (this.isAsciiLetter(i - 1) || charAt(t, i - 1) === '_') return this.skipWord(i);
    const lineStart = this.atLineStart(i);
    const num = this.readArabic(i, !lineStart);
    const p = num.end;
    if (num.dotted) return p; // outline numbers 1.2.3, versions, dates 2024.12.31
    if (this.isAsciiLetter(p) && !this.matchAsciiUnit(p)) return this.skipWord(i); // 5G, 3D
    // 4+4科创工程, 7+3: names.
    if (has('+＋', charAt(t, i - 1)) || has('+＋', charAt(t, p))) {
      return this.skipWhile(i, (k) => this.isDigit(k) || has('+＋', charAt(t, k)));
    }
    const simple = num.frac === '' && num.groups === 0;
    if (lineStart && num.groups === 0 && num.int.length <= 2) {
      const r = this.outlineMarker(i, num);
      if (r !== undefined) return r;
    }
    const line = this.lines.lineOf(i);
    if (this.lines.pageMarker[line]) return this.lines.end(line);
    if (this.labelBefore(i)) return this.skipWhile(i, (k) => this.isDigit(k) || has('-－.．、', charAt(t, k)));
    // （1） 〔2024〕 [2020]: enumerators and document years.
    if (
      simple &&
      has(OPEN_BRACKETS, charAt(t, i - 1)) &&
      has(CLOSE_BRACKETS, charAt(t, p)) &&
      (num.int.length <= 2 || isYearValue(num.int))
    ) {
      return p + 1;
    }
    // Phone numbers, codes with leading zeros, times.
    if (simple && (num.int.length > 9 || (num.int.length > 1 && num.int.startsWith('0')))) {
      return this.skipWhile(p, (k) => this.isDigit(k) || has('-－', charAt(t, k)));
    }
    if (charAt(t, p) === ':' && this.isDigit(p + 1)) return this.skipWhile(p, (k) => this.isDigit(k) || charAt(t, k) === ':');
    // Years: 2024年, 2022-2023年度, 2024.12 / 2024/12.
    if (simple && isYearValue(num.int)) {
      const q = this.skipSpaces(p);
      const c = charAt(t, q);
      if (c === '年') return q + 1;
      if (has(RANGE_MARKS, c)) {
        const r = this.skipSpaces(q + 1);
        const other = this.readArabic(r, false);
        if (other.frac === '' && isYearValue(other.int)) {
          const q2 = this.skipSpaces(other.end);
          return charAt(t, q2) === '年' ? q2 + 1 : other.end;
        }
      }
      if ((c === '/' || c === '.' || c === '．') && this.isDigit(q + 1)) {
        return this.skipWhile(q, (k) => this.isDigit(k) || has('/.．', charAt(t, k)));
      }
    }
    let start = i;
    let negative = false;
    // A minus sign only where it cannot be a dash of a range or a label (增速-2.1%, a cell "-5").
    if (has(MINUS, charAt(t, i - 1)) && (i - 1 === 0 || has(' \t：:（(|为长速幅率是', charAt(t, i - 2)))) {
      start = i - 1;
      negative = true;
    }
    const ordinal = this.ordinalBefore(start);
    const value = this.valueOf(num, negative);
    if (ordinal >= 0) return this.ordinalFigure(ordinal, i, p, value, num.frac.length, 'arabic');
    // Fractions: 2/3 is kept as a plain figure, rounded to four decimals.
    if (simple && charAt(t, p) === '/' && this.isDigit(p + 1) && charAt(t, i - 1) !== '/') {
      const den = this.readArabic(p + 1, false);
      if (den.frac === '' && den.groups === 0 && charAt(t, den.end) !== '/' && !den.dotted) {
        const a = Number(num.int);
        const b = Number(den.int);
        if (b >= 2 && b <= 1000 && a < b) {
          return this.figure({
            start, numStart: i, numEnd: den.end, value: new Dec(a).div(b).toDecimalPlaces(4).toFixed(), precision: 4,
            numeral: 'arabic', fixed: { unit: '', kind: 'plain' },
          });
        }
      }
      return this.skipWhile(p, (k) => this.isDigit(k) || charAt(t, k) === '/');
    }
    // Ranges: 5-10万元, 3至5个.
    if (has(RANGE_MARKS, charAt(t, p))) {
      const r = this.skipSpaces(p + 1);
      if (this.isDigit(r)) {
        const hi = this.readArabic(r, false);
        if (!hi.dotted && new Dec(this.valueOf(hi)).gt(value)) {
          return this.figure({
            start, numStart: r, numEnd: hi.end, value: this.valueOf(hi), precision: Math.max(hi.frac.length, num.frac.length),
            numeral: 'arabic', rangeLo: value,
          });
        }
      }
    }
    return this.figure({ start, numStart: i, numEnd: p, value, precision: num.frac.length, numeral: 'arabic' });
  }

  private skipWord(i: number): number {
    return this.skipWhile(i, (k) => this.isDigit(k) || this.isAsciiLetter(k) || has('_-', charAt(this.t, k)));
  }

  private matchAsciiUnit(p: number): boolean {
    const hit = this.matchUnit(p, 'arabic');
    return hit !== undefined && hit.def.ascii === true && hit.start === p;
  }

  /**
   * 1. / 1、 / （1） / 1-2. at the start of a line are outline markers. "1.2023年…" is the
   * marker 1. before a year, "1.5万元" a figure, "1.1 项目概况" a two-level heading number.
   */
  private outlineMarker(i: number, num: ArabicNumber): number | undefined {
    const t = this.t;
    const p = num.end;
    if (num.frac === '') {
      const c = charAt(t, p);
      if (has('、)）.．', c)) return p + 1;
      if (has('-－', c) && this.isDigit(p + 1)) {
        return this.skipWhile(p, (k) => this.isDigit(k) || has('-－.．、', charAt(t, k)));
      }
      return undefined;
    }
    if (/^(?:19|20)\d\d$/.test(num.frac)) {
      const after = this.skipSpaces(p);
      if (charAt(t, after) === '年') return i + num.int.length + 1;
    }
    const u = this.matchUnit(p, 'arabic');
    if (u && u.def.special !== 'skip' && (u.start === p || u.def.kind === 'money' || u.def.kind === 'percent')) return undefined;
    // No unit: a heading number is followed by its title, a figure by the end of the cell.
    const q = this.skipSpaces(p);
    return this.isCjk(q) || this.isAsciiLetter(q) ? p : undefined;
  }

  private labelBefore(i: number): boolean {
    let q = i;
    for (let n = 0; n < 3 && q > 0 && ' \u3000：:'.includes(charAt(this.t, q - 1)); n++) q--;
    return LABEL_BEFORE.some((w) => q - w.length >= 0 && this.t.startsWith(w, q - w.length));
  }

  /** Position of a 第 right before the number (spaces allowed), or -1. */
  private ordinalBefore(i: number): number {
    let q = i;
    for (let n = 0; n < 2 && q > 0 && this.isSpace(q - 1); n++) q--;
    return charAt(this.t, q - 1) === '第' ? q - 1 : -1;
  }

  /** 第35位 / 第3名 are ranks; 第一批, 第十三届, 第2页 are ordinals and not figures. */
  private ordinalFigure(di: number, numStart: number, numEnd: number, value: string, precision: number, numeral: 'arabic' | 'chinese', cnRun?: string): number {
    const u = this.matchUnit(numEnd, numeral);
    if (u && (u.def.unit === '位' || u.def.unit === '名')) {
      const base: NumberAt = { start: di, numStart, numEnd, value, precision, numeral, ordinal: true };
      return this.figure(cnRun === undefined ? base : { ...base, cnRun });
    }
    return u && u.def.form.length <= 2 ? u.end : numEnd;
  }

  // ---- Chinese numerals -------------------------------------------------------------------

  private scanChinese(i: number): number {
    const t = this.t;
    if (t.startsWith('百分之', i)) return this.percentWords(i);
    let p = i;
    while (p < t.length) {
      const c = charAt(t, p);
      if (isCnNumeralChar(c) || (c === '点' && p > i && isCnDigitChar(charAt(t, p + 1)))) p++;
      else break;
    }
    const run = t.slice(i, p);
    const prev = charAt(t, i - 1);
    if (prev === '第') {
      const parsed = parseChineseNumberParts(run);
      if (!parsed) return p;
      return this.ordinalFigure(i - 1, i, p, parsed.value, parsed.decimals, 'chinese', run);
    }
    // 几十, 数百, 上百, 十几: vague.
    if (has(CN_VAGUE_BEFORE, prev) || charAt(t, p) === '几') return charAt(t, p) === '几' ? p + 1 : p;
    for (const name of CN_NAMES_BY_FIRST.get(charAt(t, i)) ?? []) if (t.startsWith(name, i)) return i + name.length;
    // “七个有新作为”, “三个高地”: a short quoted phrase that opens with a numeral is a name.
    const close = QUOTE_PAIRS[prev];
    if (close !== undefined) {
      for (let k = p; k < Math.min(t.length, i + 10); k++) {
        const c = charAt(t, k);
        if (c === close) return k + 1;
        if (c === '\n' || c === '。' || c === '，') break;
      }
    }
    if (t.startsWith('分之', p)) return this.fractionWords(i, p, run);
    // Most Chinese digits in prose (统一, 一是, 三级) have no unit after them and no scale to stand
    // alone (六千八): decide that before parsing.
    const after = charAt(t, this.skipSpaces(p));
    if (!UNIT_INDEX.has(after) && after !== '余' && after !== '多' && !/[百佰千仟万萬亿億]/.test(run)) return p;
    // A run opening with a scale is a word, not a count: 百强, 万人 (per ten thousand), 千亿.
    if (CN_SCALE_START.includes(charAt(t, i))) return p;
    // Financial digits alone are words (陆家, 拾金).
    if (run.length === 1 && CN_FORMAL_CHARS.includes(run)) return p;
    // 三千万元 is read as 3000 万元, as the same amount is written in digits.
    let numEnd = p;
    let numText = run;
    if (charAt(t, this.skipSpaces(p)) === '元') {
      const m = /[万萬亿億]+$/.exec(run);
      if (m && m.index > 0) {
        numText = run.slice(0, m.index);
        numEnd = i + m.index;
      }
    }
    const parsed = parseChineseNumberParts(numText);
    if (!parsed) return p;
    return this.figure({
      start: i, numStart: i, numEnd, value: parsed.value, precision: parsed.decimals, numeral: 'chinese', cnRun: numText,
    });
  }

  /** 百分之五, 百分之九十五点五, 百分之百, 百分之5. */
  private percentWords(i: number): number {
    const t = this.t;
    const j = i + 3;
    if (this.isDigit(j)) {
      const n = this.readArabic(j, false);
      return this.figure({ start: i, numStart: i, numEnd: n.end, value: this.valueOf(n), precision: n.frac.length, numeral: 'arabic', fixed: { unit: '%', kind: 'percent' } });
    }
    let p = j;
    while (p < t.length && (isCnNumeralChar(charAt(t, p)) || (charAt(t, p) === '点' && isCnDigitChar(charAt(t, p + 1))))) p++;
    const run = t.slice(j, p);
    const parsed = run === '百' ? { value: '100', decimals: 0 } : parseChineseNumberParts(run);
    if (!parsed) return Math.max(p, j);
    return this.figure({ start: i, numStart: i, numEnd: p, value: parsed.value, precision: parsed.decimals, numeral: 'chinese', fixed: { unit: '%', kind: 'percent' } });
  }

  /** 三分之二 = 2/3, a plain figure like 2/3. */
  private fractionWords(i: number, p: number, run: string): number {
    const t = this.t;
    let q = p + 2;
    while (q < t.length && isCnNumeralChar(charAt(t, q))) q++;
    const den = parseChineseNumberParts(run);
    const num = parseChineseNumberParts(t.slice(p + 2, q));
    if (!den || !num || new Dec(den.value).isZero()) return q;
    const value = new Dec(num.value).div(den.value).toDecimalPlaces(4).toFixed();
    return this.figure({ start: i, numStart: i, numEnd: q, value, precision: 4, numeral: 'chinese', fixed: { unit: '', kind: 'plain' } });
  }

  // ---- the figure: unit, approximation, change ------------------------------------------

  private figure(n: NumberAt): number {
    const t = this.t;
    let value = n.value;
    let precision = n.precision;
    let unit = '';
    let kind: MentionKind = 'plain';
    let end = n.numEnd;
    let mid: Approx | undefined;
    let def: UnitDef | undefined;

    if (n.fixed) {
      unit = n.fixed.unit;
      kind = n.fixed.kind;
    } else {
      let hit = this.matchUnit(n.numEnd, n.numeral);
      let scale = '';
      if (!hit) {
        let r = this.skipSpaces(n.numEnd);
        if (n.numeral === 'arabic') {
          for (const w of SCALE_WORDS) {
            if (t.startsWith(w, r)) {
              scale = w;
              r += w.length;
              break;
            }
          }
        }
        if (has('余多', charAt(t, this.skipSpaces(r)))) {
          mid = 'more';
          r = this.skipSpaces(r) + 1;
        }
        if (scale !== '' || mid) {
          hit = this.matchUnit(r, n.numeral);
          if (!hit) end = r;
        }
      }
      if (hit) {
        def = hit.def;
        if (def.special === 'skip') return hit.end;
        end = hit.end;
        unit = def.unit;
        kind = def.kind;
        if (scale !== '') {
          if (def.unit === '元') unit = `${scale}元`;
          else if (def.kind === 'money') return hit.end; // 3万万元: garbled
          else {
            const exp = ARABIC_SCALES[scale] ?? 0;
            value = new Dec(value).times(new Dec(10).pow(exp)).toFixed();
            precision -= exp;
          }
        }
        if (def.special === 'month') {
          // 12月 is a month; only a table cell (拨付时间 12月) makes it a value.
          if (!this.inTableLine(n.numStart) || mid || !/^(?:[1-9]|1[0-2])$/.test(value)) return hit.end;
        }
        if (def.special === 'year') {
          const after = charAt(t, hit.end);
          if (has('度底初末', after)) return hit.end + 1; // 23年度: a year
        }
        // 1次, 2个 may be followed by "/人" (元/人): the rate's unit, not the amount's.
        if (charAt(t, end) === '/' && has('人年月天次项家件亩吨户个', charAt(t, end + 1))) {
          unit = `${unit}/${charAt(t, end + 1)}`;
          end += 2;
        }
      } else if (scale !== '' && !mid) {
        const exp = ARABIC_SCALES[scale] ?? 0;
        value = new Dec(value).times(new Dec(10).pow(exp)).toFixed();
        precision -= exp;
      }
    }

    // Chinese numerals need a reason to be figures: a unit (三项, 两个), or a value of at least a
    // hundred written with a scale (六千八). 一 with a measure word is the article ("一个问题").
    if (n.numeral === 'chinese' && n.cnRun !== undefined && !n.fixed) {
      if (kind === 'plain' && (Number(value) < 100 || !/[百佰千仟万萬亿億]/.test(n.cnRun))) return Math.max(end, n.numEnd);
      if (!n.ordinal && (n.cnRun === '一' || n.cnRun === '壹') && (kind === 'count' || kind === 'quantity')) return end;
    }

    // Ranks: 第35位, 前进14位, 前5名.
    const rankUnit = unit === '位' || unit === '名';
    let top = false;
    let start = n.start;
    let change: 'increase' | 'decrease' | undefined;
    let prefix: { start: number; approx: Approx; near: boolean; word: string } | undefined;
    if (!n.ordinal) {
      prefix = this.approxBefore(n.start);
      // 近3年 is "the last three years", not "nearly three years".
      if (prefix?.word === '近' && (unit === '年' || unit === '个月' || unit === '天' || unit === '周')) prefix = undefined;
      change = this.changeBefore(prefix ? prefix.start : n.start);
      if (rankUnit && !prefix && !change) {
        const q = this.backSpaces(n.start);
        if (charAt(t, q - 1) === '前' && q - 1 >= this.lastEnd && !has(QIAN_BLOCKERS, charAt(t, q - 2))) {
          top = true;
          start = q - 1;
        }
      }
    }
    if (rankUnit && (n.ordinal || change || top)) kind = 'rank';

    // After the unit: 以上, 以下, 左右.
    let suffix: { end: number; approx: Approx } | undefined;
    const s = this.skipSpaces(end);
    for (const w of APPROX_AFTER) {
      if (t.startsWith(w.word, s)) {
        suffix = { end: s + w.word.length, approx: w.approx };
        break;
      }
    }

    let approx: Approx = n.rangeLo ? 'about' : prefix?.approx ?? mid ?? suffix?.approx ?? 'exact';
    if (top) approx = 'less';
    const found: Found = {
      start: prefix ? prefix.start : start,
      end: suffix ? suffix.end : end,
      value,
      precision,
      unit,
      kind,
      approx,
      near: prefix?.near === true && approx === 'less',
      top,
      numeral: n.numeral,
    };
    if (n.rangeLo) found.rangeLo = n.rangeLo;
    if (change) found.change = change;
    this.found.push(found);
    return found.end;
  }

  private approxBefore(pos: number): { start: number; approx: Approx; near: boolean; word: string } | undefined {
    const t = this.t;
    const b = this.backSpaces(pos);
    for (const w of APPROX_BEFORE_BY_LAST.get(charAt(t, b - 1)) ?? []) {
      const s = b - w.word.length;
      if (s < this.lastEnd || s < 0) continue;
      if (!t.startsWith(w.word, s)) continue;
      const blockers = APPROX_SINGLE_BLOCKERS[w.word];
      if (blockers !== undefined && has(blockers, charAt(t, s - 1))) continue;
      return { start: s, approx: w.approx, near: w.near === true, word: w.word };
    }
    return undefined;
  }

  private changeBefore(pos: number): 'increase' | 'decrease' | undefined {
    const t = this.t;
    let b = this.backSpaces(pos);
    let link = '';
    const c = charAt(t, b - 1);
    if (has(CHANGE_LINKS, c) && b - 1 >= this.lastEnd) {
      link = c;
      b = this.backSpaces(b - 1);
    }
    for (const w of CHANGE_BY_LAST.get(charAt(t, b - 1)) ?? []) {
      const s = b - w.word.length;
      if (s < this.lastEnd || s < 0 || !t.startsWith(w.word, s)) continue;
      // 下降为5% is "fell to 5%": with 为 only the rate words (增幅为, 增速为) state a change.
      if (link === '为' && !/幅|速/.test(w.word)) return undefined;
      return w.change;
    }
    return undefined;
  }
}


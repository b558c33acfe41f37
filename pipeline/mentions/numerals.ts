/**
 * Reading the number itself: Arabic digits with thousands separators and decimals (PDF breaks
 * included), its canonical value, and the unit that follows it.
 */
import { charAt } from './lines.js';
import { Cursor } from './cursor.js';
import { UNIT_INDEX, type UnitDef } from './units.js';

export interface UnitHit {
  def: UnitDef;
  start: number;
  end: number;
}

export interface ArabicNumber {
  end: number;
  int: string;
  frac: string;
  groups: number;
  /** 1.2.3 or 2024.12.31: not one number. */
  dotted: boolean;
}

/** Spaces that separate thousands: the plain, the no-break and the thin ones. */
const SPACE_SEPARATORS = ' \u00a0\u2009\u202f';

export abstract class Numerals extends Cursor {

  // ---- numbers ----------------------------------------------------------------------------

  /**
   * Whether digits from p to r, grouped by spaces, are one number: in prose, right after a word or a
   * mark and with decimals or a word after it (为219 600.00万元, 86 412人); in a pipe table, the whole
   * cell (| 51 800.00 |), or a cell of tab-delimited columns. Not where spaces stand between columns
   * (a line's 208 110.96, 10 108家).
   */
  private spacedNumber(p: number, r: number, decimalsFollow: boolean): boolean {
    const t = this.t;
    const before = charAt(t, p - 1);
    if (/[\u4e00-\u9fff（(）)：:，,、”》]/u.test(before)) return decimalsFollow || /[\u4e00-\u9fff%％]/u.test(charAt(t, r));
    let k = p - 1;
    let tabbed = false;
    for (; k >= 0 && (charAt(t, k) === ' ' || charAt(t, k) === '\t'); k--) tabbed ||= charAt(t, k) === '\t';
    if (charAt(t, k) === '|') return /^(?:[.．][0-9]+)?(?:万元|亿元|元|%|％)?[ \t]*\|/u.test(t.slice(r, r + 24));
    // …or a tab-delimited cell (a space-aligned table's columns are marked with tabs: 总计\t1 046.20\t1 291.70).
    return tabbed && /^(?:[.．][0-9]+)?(?:万元|亿元|元|%|％)?[ ]*(?:\t|\r?\n|$)/u.test(t.slice(r, r + 24));
  }

  protected readArabic(p: number, spaceDecimal: boolean): ArabicNumber {
    const t = this.t;
    let q = this.skipDigits(p);
    let int = this.digitsText(p, q);
    let groups = 0;
    if (int.length <= 3) {
      // Thousands separators: a comma and exactly three digits. A full-width comma also ends
      // clauses ("3，400万元"), so it counts only with two groups or decimals after (52，878.93).
      // A space (219 600.00万元, the international style) separates them too, where the number cannot
      // be two cells of a row: see spacedNumber.
      let r = q;
      let g = 0;
      let fullWidth = false;
      let spaced = false;
      let digits = '';
      for (;;) {
        const c = charAt(t, r);
        const space: boolean = SPACE_SEPARATORS.includes(c) && (g === 0 || spaced);
        if ((c === ',' || c === '，' || space) && (g === 0 || space === spaced) && this.isDigit(r + 1) && this.isDigit(r + 2) && this.isDigit(r + 3) && !this.isDigit(r + 4)) {
          digits += this.digit(r + 1) + this.digit(r + 2) + this.digit(r + 3);
          if (c === '，') fullWidth = true;
          spaced = space;
          r += 4;
          g++;
        } else break;
      }
      const decimalsFollow = (charAt(t, r) === '.' || charAt(t, r) === '．') && this.isDigit(r + 1);
      if (g > 0 && (!fullWidth || g >= 2 || decimalsFollow) && (!spaced || this.spacedNumber(p, r, decimalsFollow))) {
        int += digits;
        groups = g;
        q = r;
      }
    }
    let frac = '';
    const c = charAt(t, q);
    if ((c === '.' || c === '．') && this.isDigit(q + 1)) {
      const r = this.skipDigits(q + 1);
      frac = this.digitsText(q + 1, r);
      q = r;
      const d = charAt(t, q);
      if ((d === '.' || d === '．') && this.isDigit(q + 1)) {
        const end = this.skipWhile(q, (k) => this.isDigit(k) || charAt(t, k) === '.' || charAt(t, k) === '．');
        return { end, int, frac, groups, dotted: true };
      }
    } else if (spaceDecimal && groups === 0 && (c === '.' || c === '．') && charAt(t, q + 1) === ' ' && this.isDigit(q + 2)) {
      // PDF text breaks "8.53%" into "8. 53%": accept only when a percent sign follows.
      const r = this.skipDigits(q + 2);
      const f = this.digitsText(q + 2, r);
      const s = this.skipSpaces(r);
      if (charAt(t, s) === '%' || charAt(t, s) === '％') {
        frac = f;
        q = r;
      }
    }
    return { end: q, int, frac, groups, dotted: false };
  }

  /** Canonical text, as decimal.js prints it: no leading or trailing zeros ("0.00" → "0"). */
  protected numberValue(n: ArabicNumber, negative = false): string {
    const int = n.int;
    let a = 0;
    while (a < int.length - 1 && int.charCodeAt(a) === 48) a++;
    let e = n.frac.length;
    while (e > 0 && n.frac.charCodeAt(e - 1) === 48) e--;
    const body = e > 0 ? `${int.slice(a)}.${n.frac.slice(0, e)}` : int.slice(a);
    return negative && body !== '0' ? `-${body}` : body;
  }

  /** `decimal`: a Chinese numeral with digits after 点 (九点八三分 is a score; 九分, 十分 may be words). */
  protected matchUnit(p: number, numeral: 'arabic' | 'chinese', decimal = false): UnitHit | undefined {
    const t = this.t;
    const q = this.skipGap(p);
    const cands = UNIT_INDEX.get(charAt(t, q));
    if (!cands) return undefined;
    const acrossLine = q > p && t.slice(p, q).includes('\n');
    for (const def of cands) {
      if (numeral === 'chinese' && !def.cn && !(decimal && def.form === '分')) continue;
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
      if (def.special && acrossLine) continue;
      if (acrossLine && closesLabel(t, p, def.form, r)) continue;
      return { def, start: q, end: r };
    }
    return undefined;
  }
}

/**
 * Whether a unit on the next line closes a bracket the number's line opened with its first character:
 * a PDF's label column (年度预算申请（万元）) wrapped into the text beside it, （万 on the line of the
 * number and 元） on the next. The 元 is the label's, not the number's.
 */
function closesLabel(t: string, numEnd: number, form: string, unitEnd: number): boolean {
  const close = charAt(t, unitEnd);
  if (close !== '）' && close !== ')') return false;
  const lineStart = t.lastIndexOf('\n', numEnd - 1) + 1;
  const line = t.slice(lineStart, numEnd);
  const open = Math.max(line.lastIndexOf('（'), line.lastIndexOf('('));
  if (open < 0 || Math.max(line.lastIndexOf('）'), line.lastIndexOf(')')) > open) return false;
  return /^[万亿千百]$/u.test(line.charAt(open + 1)) && /^元/u.test(form) && !/\d/u.test(line.charAt(open + 2));
}

/**
 * The scanner: one left-to-right pass that finds every number (Arabic or Chinese), decides
 * whether it is a figure, and reads the words around it (approximation, unit, change).
 * Every decision looks at a bounded window around the number, so the pass is linear. The layers
 * below it: cursor.ts (moves), numerals.ts (the number and its unit), qualifiers.ts (words that
 * change its meaning), traps.ts (numbers that are not figures).
 */
import { Dec, decText } from '../decimal.js';
import { CN_FORMAL_CHARS, isCnDigitChar, isCnNumeralChar, parseChineseNumberParts } from './chinese-number.js';
import { has, isYearValue } from './cursor.js';
import { CN_VAGUE_BEFORE, QIAN_BLOCKERS, QUOTE_PAIRS } from './lexicon.js';
import { charAt } from './lines.js';
import { charTable } from '../text/chars.js';
import { Traps } from './traps.js';
import type { Found } from './types.js';
import { APPROX_AFTER, ARABIC_SCALES, SCALE_WORDS, UNIT_INDEX, type Approx, type MentionKind, type UnitDef } from './units.js';

export type { Found } from './types.js';

interface NumberAt {
  /** First character of the figure proper: the number, or 第 of an ordinal rank, or a minus sign. */
  start: number;
  numStart: number;
  numEnd: number;
  value: string;
  precision: number;
  numeral: 'arabic' | 'chinese';
  /** The Chinese numeral as written (for the 一个 and bare-numeral rules). */
  cnRun: string | undefined;
  ordinal: boolean;
  /** Unit already known (百分之…, fractions). */
  fixed: { unit: string; kind: MentionKind } | undefined;
  /** 前三 after a ranking verb: a rank no worse than the number. */
  top: boolean;
  rangeLo: string | undefined;
}

/** What some numbers have besides their place and value. */
type NumberExtra = Partial<Pick<NumberAt, 'cnRun' | 'ordinal' | 'fixed' | 'top' | 'rangeLo'>>;
const NO_EXTRA: NumberExtra = {};

/**
 * A number with every field present: figure() reads them all, and numbers of one shape keep its
 * property reads fast (object literals with a different set of fields each gave it nine shapes).
 */
function numberAt(start: number, numStart: number, numEnd: number, value: string, precision: number, numeral: 'arabic' | 'chinese', extra: NumberExtra = NO_EXTRA): NumberAt {
  return {
    start, numStart, numEnd, value, precision, numeral,
    cnRun: extra.cnRun, ordinal: extra.ordinal === true, fixed: extra.fixed, top: extra.top === true, rangeLo: extra.rangeLo,
  };
}

/** Characters that may start a number; a table lookup keeps the main loop allocation-free. */
const CANDIDATE: Uint8Array = (() => {
  const table = new Uint8Array(65536);
  for (let c = 48; c <= 57; c++) table[c] = 1;
  for (let c = 0xff10; c <= 0xff19; c++) table[c] = 1;
  for (const c of '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億') table[c.charCodeAt(0)] = 2;
  return table;
})();
/** Words right before a month that make it a value, not a date: a deadline (拨付时间12月) or a target/result. */
const MONTH_VALUE_BEFORE = /(?:时间|期限|时限|年度目标|实际完成|目标值|指标值|完成值)[了为是达：:]{0,2}\s*$/u;
const OPEN_BRACKETS = charTable('〔[［【（(');
const CLOSE_BRACKETS = charTable('〕]］】）)');
const RANGE_MARKS = charTable('-－~～至到');
/** Minus signs; △ is the accountants' (△136.24 in a column of changes, explained 注：“△”表示减少). */
const MINUS = charTable('-－−△');
const PLUS = charTable('+＋');
/** What may stand before a minus sign that is a sign, not a dash (变动-1.59%, 同比-4.2%). */
const BEFORE_MINUS = charTable(' \t\n\r：:（(|为长速幅率是动比');
/** What stands around a table cell's whole text: its bar, blanks, the line's ends. */
const CELL_EDGE = '| \t\u3000\n\r';
/** The last characters of the words of a fall (下降, 减少, 降低): a minus after them only repeats it (同比下降-16.3%). */
const FALL_BEFORE_MINUS = charTable('降少低');
const CN_SCALE_START = '百佰千仟万萬亿億';
/** The first characters of the words after a unit (以上, 左右): most figures are followed by none. */
const APPROX_AFTER_FIRST = charTable(APPROX_AFTER.map((w) => w.word.charAt(0)).join(''));
/** The openers of QUOTE_PAIRS by UTF-16 unit: most numerals follow none, and need no lookup by name. */
const QUOTE_OPENER = charTable(Object.keys(QUOTE_PAIRS).join(''));
/** Words that make N年 a duration. */
const DURATION_BEFORE = /(?:连续|近|过去|最近|这|每|逾|超过|不足|满)$/u;
const DURATION_AFTER = /^(?:及以上|以上|以下|以内|以来|来|内|间|期间)/u;

export class Scanner extends Traps {

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

  // ---- Arabic numerals ----------------------------------------------------------------

  /** Digits at i after two or more capitals (a word of its own) and before a count's measure word: AED302台. */
  private countAfterAcronym(i: number): boolean {
    const t = this.t;
    let k = i;
    while (k > 0 && /[A-Z]/u.test(charAt(t, k - 1))) k--;
    if (i - k < 2 || this.isAsciiLetter(k - 1) || this.isDigit(k - 1)) return false;
    let e = i;
    while (this.isDigit(e)) e++;
    if (charAt(t, e) === '.' || charAt(t, e) === ',') return false;
    return this.matchUnit(e, 'arabic')?.def.kind === 'count';
  }

  protected scanArabic(i: number): number {
    const t = this.t;
    // Inside a Latin word or model number (QDR280, SA750U, G20): part of a name.
    // …but a count right after an acronym (配置AED302台, 新建5G基站…) is a count of that thing.
    if ((this.isAsciiLetter(i - 1) || charAt(t, i - 1) === '_') && !this.countAfterAcronym(i)) return this.skipWord(i);
    const lineStart = this.atLineStart(i);
    const num = this.readArabic(i, !lineStart);
    const p = num.end;
    if (num.dotted) return p; // outline numbers 1.2.3, versions, dates 2024.12.31
    if (this.isAsciiLetter(p) && !this.matchAsciiUnit(p)) return this.skipWord(i); // 5G, 3D
    // 4+4科创工程, 7+3, 1+X证书: names. A plus with no digit or letter before it is a sign (同比 +8.19%, | +4.99% |).
    if ((this.isOneOf(PLUS, i - 1) && (this.isDigit(i - 2) || this.isAsciiLetter(i - 2))) || (this.isOneOf(PLUS, p) && (this.isDigit(p + 1) || this.isAsciiLetter(p + 1)))) {
      return this.skipWhile(i, (k) => this.isDigit(k) || this.isOneOf(PLUS, k));
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
      this.isOneOf(OPEN_BRACKETS, i - 1) &&
      this.isOneOf(CLOSE_BRACKETS, p) &&
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
      if (this.isOneOf(RANGE_MARKS, q)) {
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
      // 2023、2024年: years listed before the 年 they share.
      if (has('、和及与', c) && /^\s*(?:19|20)\d\d\s*年/u.test(t.slice(q + 1, q + 9))) return q + 1;
    }
    let start = i;
    let negative = false;
    let bracketed = false;
    // A minus sign only where it cannot be a dash of a range or a label (增速-2.1%, a cell "-5", a line's -2.5%).
    if (this.isOneOf(MINUS, i - 1) && (i - 1 === 0 || this.isOneOf(BEFORE_MINUS, i - 2))) {
      start = i - 1;
      negative = true;
    } else if (this.isOneOf(MINUS, i - 1) && this.isOneOf(FALL_BEFORE_MINUS, i - 2)) {
      start = i - 1;
    } else if (has('(（', charAt(t, i - 1)) && has('）)', charAt(t, p)) && has(CELL_EDGE, charAt(t, i - 2)) && has(CELL_EDGE, charAt(t, p + 1)) && this.inTableLine(i)) {
      // (32.57) alone in a table cell: the accountants' negative, its brackets part of the figure.
      start = i - 1;
      negative = true;
      bracketed = true;
    }
    const ordinal = this.ordinalBefore(start);
    const value = this.numberValue(num, negative);
    if (ordinal >= 0) return this.ordinalFigure(ordinal, i, p, value, num.frac.length, 'arabic');
    // Fractions: 2/3 is kept as a plain figure, rounded to four decimals.
    if (simple && charAt(t, p) === '/' && this.isDigit(p + 1) && charAt(t, i - 1) !== '/') {
      const den = this.readArabic(p + 1, false);
      if (den.frac === '' && den.groups === 0 && charAt(t, den.end) !== '/' && !den.dotted) {
        const a = Number(num.int);
        const b = Number(den.int);
        if (b >= 2 && b <= 1000 && a < b) {
          return this.figure(numberAt(start, i, den.end, decText(new Dec(a).div(b).toDecimalPlaces(4)), 4, 'arabic', { fixed: { unit: '', kind: 'plain' } }));
        }
      }
      return this.skipWhile(p, (k) => this.isDigit(k) || charAt(t, k) === '/');
    }
    // Ranges: 5-10万元, 3至5个.
    if (this.isOneOf(RANGE_MARKS, p)) {
      const r = this.skipSpaces(p + 1);
      if (this.isDigit(r)) {
        const hi = this.readArabic(r, false);
        if (!hi.dotted && new Dec(this.numberValue(hi)).gt(value)) {
          return this.figure(numberAt(start, r, hi.end, this.numberValue(hi), Math.max(hi.frac.length, num.frac.length), 'arabic', { rangeLo: value }));
        }
      }
    }
    const next = this.figure(numberAt(start, i, p, value, num.frac.length, 'arabic'));
    const last = this.found[this.found.length - 1];
    if (bracketed && last !== undefined && last.start === start && last.end === p) {
      last.end = p + 1;
      return p + 1;
    }
    return next;
  }

  /** 第35位 / 第3名 are ranks; 第一批, 第十三届, 第2页 are ordinals and not figures. */
  protected ordinalFigure(di: number, numStart: number, numEnd: number, value: string, precision: number, numeral: 'arabic' | 'chinese', cnRun?: string): number {
    const u = this.matchUnit(numEnd, numeral);
    if (u && (u.def.unit === '位' || u.def.unit === '名')) return this.figure(numberAt(di, numStart, numEnd, value, precision, numeral, { ordinal: true, cnRun }));
    // 位居全省第二, 排名全市第3: a rank without 位 or 名, after a ranking verb and before no measure word.
    if (!u && this.rankedBefore(di)) return this.figure(numberAt(di, numStart, numEnd, value, precision, numeral, { ordinal: true, cnRun, fixed: { unit: '位', kind: 'rank' } }));
    return u && u.def.form.length <= 2 ? u.end : numEnd;
  }

  // ---- Chinese numerals -------------------------------------------------------------------

  protected scanChinese(i: number): number {
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
    // 排名前二, 进入全省前三: a top rank, when no measure word follows (前三季度, 前两年 are periods).
    if (prev === '前' && !UNIT_INDEX.has(charAt(t, this.skipSpaces(p))) && this.rankedBefore(i - 1)) {
      const parsed = parseChineseNumberParts(run);
      if (parsed && !parsed.value.includes('.')) {
        return this.figure(numberAt(i - 1, i, p, parsed.value, 0, 'chinese', { cnRun: run, top: true, fixed: { unit: '位', kind: 'rank' } }));
      }
    }
    if (prev === '第') {
      const parsed = parseChineseNumberParts(run);
      if (!parsed) return p;
      return this.ordinalFigure(i - 1, i, p, parsed.value, parsed.decimals, 'chinese', run);
    }
    // 几十, 数百, 上百, 十几: vague.
    if (has(CN_VAGUE_BEFORE, prev) || charAt(t, p) === '几') return charAt(t, p) === '几' ? p + 1 : p;
    for (const name of this.names.get(charAt(t, i)) ?? []) if (t.startsWith(name, i)) return i + name.length;
    // “七个有新作为”, “三个高地”: a short quoted phrase that opens with a numeral is a name.
    const close = QUOTE_OPENER[prev.charCodeAt(0)] === 1 ? QUOTE_PAIRS[prev] : undefined;
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
    return this.figure(numberAt(i, i, numEnd, parsed.value, parsed.decimals, 'chinese', { cnRun: numText }));
  }

  /** 百分之五, 百分之九十五点五, 百分之百, 百分之5. */
  protected percentWords(i: number): number {
    const t = this.t;
    const j = i + 3;
    if (this.isDigit(j)) {
      const n = this.readArabic(j, false);
      return this.figure(numberAt(i, i, n.end, this.numberValue(n), n.frac.length, 'arabic', { fixed: { unit: '%', kind: 'percent' } }));
    }
    let p = j;
    while (p < t.length && (isCnNumeralChar(charAt(t, p)) || (charAt(t, p) === '点' && isCnDigitChar(charAt(t, p + 1))))) p++;
    const run = t.slice(j, p);
    const parsed = run === '百' ? { value: '100', decimals: 0 } : parseChineseNumberParts(run);
    if (!parsed) return Math.max(p, j);
    return this.figure(numberAt(i, i, p, parsed.value, parsed.decimals, 'chinese', { fixed: { unit: '%', kind: 'percent' } }));
  }

  /** 三分之二 = 2/3, a plain figure like 2/3. */
  protected fractionWords(i: number, p: number, run: string): number {
    const t = this.t;
    let q = p + 2;
    while (q < t.length && isCnNumeralChar(charAt(t, q))) q++;
    const den = parseChineseNumberParts(run);
    const num = parseChineseNumberParts(t.slice(p + 2, q));
    if (!den || !num || new Dec(den.value).isZero()) return q;
    const value = decText(new Dec(num.value).div(den.value).toDecimalPlaces(4));
    return this.figure(numberAt(i, i, q, value, 4, 'chinese', { fixed: { unit: '', kind: 'plain' } }));
  }

  // ---- the figure: unit, approximation, change ------------------------------------------

  protected figure(n: NumberAt): number {
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
      let hit = this.matchUnit(n.numEnd, n.numeral, n.numeral === 'chinese' && n.precision > 0);
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
            value = decText(new Dec(value).times(new Dec(10).pow(exp)));
            precision -= exp;
          }
        }
        if (def.special === 'month') {
          // 12月 is a month; a table cell (拨付时间 12月) or a deadline's own words (拨付时间12月,
          // 年度目标12月) make it a value.
          const valued = this.inTableLine(n.numStart) || MONTH_VALUE_BEFORE.test(t.slice(Math.max(this.lastEnd, n.start - 8), n.start));
          if (!valued || mid || !/^(?:[1-9]|1[0-2])$/.test(value)) return hit.end;
        }
        if (def.special === 'year') {
          const after = charAt(t, hit.end);
          if (has('度底初末', after)) return hit.end + 1; // 23年度: a year
          // 连续四年, 近3年, 1年以上, 三年来: how long, not a quantity the report accounts for.
          const tail = DURATION_AFTER.exec(t.slice(hit.end, hit.end + 3));
          if (tail) return hit.end + tail[0].length;
          if (DURATION_BEFORE.test(t.slice(Math.max(this.lastEnd, n.start - 4), n.start).trimEnd())) return hit.end;
        }
        // 1次, 2个 may be followed by "/人" (元/人): the rate's unit, not the amount's.
        if (charAt(t, end) === '/' && has('人年月天次项家件亩吨户个', charAt(t, end + 1))) {
          unit = `${unit}/${charAt(t, end + 1)}`;
          end += 2;
        }
      } else if (scale !== '' && !mid) {
        const exp = ARABIC_SCALES[scale] ?? 0;
        value = decText(new Dec(value).times(new Dec(10).pow(exp)));
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
    let top = n.top === true;
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
    if (rankUnit && (n.ordinal || change || top) && kind !== 'rank') kind = 'rank';

    // After the unit: 以上, 以下, 左右.
    let suffix: { end: number; approx: Approx } | undefined;
    const s = this.skipSpaces(end);
    if (APPROX_AFTER_FIRST[t.charCodeAt(s)] === 1) for (const w of APPROX_AFTER) {
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
      rangeLo: n.rangeLo ? n.rangeLo : undefined,
      change: change ? change : undefined,
      numeral: n.numeral,
    };
    this.found.push(found);
    return found.end;
  }
}

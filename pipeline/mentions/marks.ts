/**
 * The stops a figure's frame looks back to, and which words each sentence may hold, found in one
 * pass over a document: a figure's clause and sentence lie inside the sentence around it, and a
 * pattern whose every match holds a character that sentence lacks is not tried on them (most
 * sentences name no period, group, denial or example).
 */
import { upperBound } from '../text/bisect.js';
import { GROUP_NAMES } from './lexicon.js';

/** What each character is, by UTF-16 unit: a stop (，,、：: a clause; ；; a sentence too; 。！？!?\n a whole sentence too), or a hint. */
const CLAUSE = 1;
const SENTENCE = 2;
const STRONG = 4;
/** The colons and commas a list label sits between (labelInside): one of the clause stops' kinds each. */
const COLON = 8;
const COMMA = 16;
/** 年, 截 and 期: every period word and year holds one (上年, 截至, 同期, 2023年). */
export const PERIOD = 32;
/** 未没不无: every denial word holds one. */
export const DENIAL = 64;
/** 比较: a comparison with last year opens with one. */
export const COMPARE = 128;
/** 中: the head of a part (执行数中…). */
export const ZHONG = 256;
/** 如: an example. */
export const RU = 512;
/** “: a quoted name. */
export const QUOTE = 1024;
/** The last character of a group's name (基本支出, 人员经费…). */
export const GROUP = 2048;
/** The characters periodOf's patterns each need: 上去期 (上年, 去年, 同期), 12 (a year 19xx or 20xx), 初 (年初), 全内 (全年, 年度内), 截末底 (截至, 年末), 本当今 (本年). */
export const PRIOR_WORD = 4096;
export const YEAR_DIGIT = 8192;
export const INITIAL = 16384;
export const WHOLE = 32768;
export const AS_OF = 65536;
export const CURRENT = 131072;
/** What roleOf drops before it reads a clause: white space (as \s), emphasis, quotes and brackets. */
export const STRIPPED = 262144;
const STOPS = CLAUSE | SENTENCE | STRONG | COLON | COMMA;

const KIND = new Uint32Array(65536);
const mark = (chars: string, kind: number): void => {
  for (let i = 0; i < chars.length; i++) KIND[chars.charCodeAt(i)] = (KIND[chars.charCodeAt(i)] ?? 0) | kind;
};
mark('，,、：:', CLAUSE);
mark('；;', CLAUSE | SENTENCE);
mark('。！？!?\n', CLAUSE | SENTENCE | STRONG);
mark('：:', COLON);
mark('，,；;', COMMA);
mark('年截期', PERIOD);
mark('未没不无', DENIAL);
mark('比较', COMPARE);
mark('中', ZHONG);
mark('如', RU);
mark('“', QUOTE);
for (const name of GROUP_NAMES) mark(name.charAt(name.length - 1), GROUP);
mark('上去期', PRIOR_WORD);
mark('12', YEAR_DIGIT);
mark('初', INITIAL);
mark('全内', WHOLE);
mark('截末底', AS_OF);
mark('本当今', CURRENT);
mark('*“”"（）()\t\v\f\r \u00a0\u1680\u2028\u2029\u202f\u205f\u3000\ufeff', STRIPPED);
for (let c = 0x2000; c <= 0x200a; c++) mark(String.fromCharCode(c), STRIPPED);

export class Marks {
  /** Positions just after each sentence stop and each clause stop. */
  readonly sentence: number[] = [];
  readonly clause: number[] = [];
  /** After 。！？ and line breaks only: the end of a whole sentence, lists with ； inside it. */
  readonly strong: number[] = [];
  /** Where each ：: stands. */
  readonly colons: number[] = [];
  /** Where each ，,；; stands. */
  readonly commas: number[] = [];
  /** Where each 其中 starts. */
  readonly qizhong: number[] = [];
  /** The hints (PERIOD, DENIAL…) of the characters of each sentence: the one ending at sentence[k], and after the last. */
  private readonly hints: number[] = [];
  /** The same of each clause, by clause stop. */
  private readonly clauseHints: number[] = [];

  constructor(text: string) {
    let hints = 0;
    let clauseHints = 0;
    for (let i = 0; i < text.length; i++) {
      // One lookup per character: most characters are none of these.
      const k = KIND[text.charCodeAt(i)] ?? 0;
      if (k === 0) continue;
      hints |= k;
      clauseHints |= k;
      if ((k & STOPS) === 0) continue;
      this.clause.push(i + 1);
      this.clauseHints.push(clauseHints & ~STOPS);
      clauseHints = 0;
      if (k & SENTENCE) {
        this.sentence.push(i + 1);
        this.hints.push(hints & ~STOPS);
        hints = 0;
      }
      if (k & STRONG) this.strong.push(i + 1);
      if (k & COLON) this.colons.push(i);
      if (k & COMMA) this.commas.push(i);
    }
    this.hints.push(hints & ~STOPS);
    this.clauseHints.push(clauseHints & ~STOPS);
    for (let i = text.indexOf('其中'); i >= 0; i = text.indexOf('其中', i + 2)) this.qizhong.push(i);
  }

  /**
   * The hints of the sentence around `pos`: any text in it up to `pos` holds a kind of character only
   * if they include it.
   */
  hintsAt(pos: number): number {
    return this.hints[upperBound(this.sentence, pos)] ?? 0;
  }

  /** The hints of the clause around `pos`, as hintsAt those of its sentence. */
  clauseHintsAt(pos: number): number {
    return this.clauseHints[upperBound(this.clause, pos)] ?? 0;
  }

  /** The last stop at or before `pos` (0 when none), no further back than `floor`. */
  static before(stops: readonly number[], pos: number, floor: number): number {
    const lo = upperBound(stops, pos);
    return Math.max(floor, lo > 0 ? (stops[lo - 1] ?? 0) : 0);
  }

  /** The last of ascending `places` in [from, to), or -1. */
  static lastIn(places: readonly number[], from: number, to: number): number {
    const i = upperBound(places, to - 1);
    const p = i > 0 ? (places[i - 1] ?? -1) : -1;
    return p >= from ? p : -1;
  }
}

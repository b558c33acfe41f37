/**
 * Numbers that are not figures: outline markers (1. 1、), model numbers and names (QDR280, 5G),
 * labels (附件3), and the 第 of an ordinal. Each test reads a bounded window around the number.
 */
import { afterLast, charTable } from '../text/chars.js';
import { parseMarker } from '../text/outline.js';
import { charAt } from './lines.js';
import { has } from './cursor.js';
import { LABEL_BEFORE } from './lexicon.js';
import { SCALE_WORDS } from './units.js';
import type { ArabicNumber } from './numerals.js';
import { Qualifiers } from './qualifiers.js';

/** A ranking verb, then at most a few words of where (全省, 全市同类), right before 第 or 前. */
const RANKED = /(?:(?:位居|位列|位于|排名|排在|排位|名列|跃居|稳居|跻身|进入|挺进|跃升至|升至|居于|保持在|保持|稳定在|居|列)[\u4e00-\u9fff]{0,6}|(?:全国|全省|全市|全区|全县|全州|全盟|全旗|同类|同级|城区))$/u;

/** What follows the digits of every Arabic outline marker (1. 1、 1) 1-2. 1.1): spaces, then a separator. */
const SEPARATOR_AFTER = /\s*[.．\-－、)）]/y;

/** The last characters of LABEL_BEFORE's words (附件, 附表): most numbers have none of them before. */
const LABEL_LAST = charTable(LABEL_BEFORE.map((w) => w.charAt(w.length - 1)).join(''));

export abstract class Traps extends Qualifiers {
  /** Whether the words before `pos` (the 第 of 第二, the 前 of 前三) rank something. */
  protected rankedBefore(pos: number): boolean {
    const from = Math.max(this.lastEnd, pos - 10);
    const before = this.t.slice(from, pos);
    const clause = afterLast(before, '，。；：、,;:\n');
    return RANKED.test(clause);
  }


  protected skipWord(i: number): number {
    return this.skipWhile(i, (k) => this.isDigit(k) || this.isAsciiLetter(k) || has('_-', charAt(this.t, k)));
  }

  protected matchAsciiUnit(p: number): boolean {
    const hit = this.matchUnit(p, 'arabic');
    return hit !== undefined && hit.def.ascii === true && hit.start === p;
  }

  /**
   * 1. / 1、 / （1） / 1-2. at the start of a line are outline markers. "1.2023年…" is the
   * marker 1. before a year, "1.5万元" a figure, "1.1 项目概况" a two-level heading number.
   */
  protected outlineMarker(i: number, num: ArabicNumber): number | undefined {
    const t = this.t;
    // Every Arabic marker has a separator after its digits: a number in a table cell has none, and is done here.
    SEPARATOR_AFTER.lastIndex = i + num.int.length;
    if (!SEPARATOR_AFTER.test(t)) return undefined;
    const mk = parseMarker(t.slice(i, Math.min(this.lines.end(this.lines.lineOf(i)), i + 24)));
    if (!mk || mk.end === 0) return undefined;
    if (mk.kind === 'arabic') return i + mk.end;
    if (mk.kind !== 'arabic-multi') return undefined;
    // 1-2. 1.1. 1-2: a heading number; 1.1 or 1.5 alone is a number the words after it decide.
    if (mk.sep !== '' || !/[.．]/u.test(mk.marker)) return i + mk.end;
    // 3.62万亩, 1.35万户, 3.62万: a scale word belongs to the figure, as its unit does.
    const scale = SCALE_WORDS.find((w) => t.startsWith(w, num.end)) ?? '';
    const p = num.end + scale.length;
    const u = this.matchUnit(p, 'arabic');
    if (u && u.def.special !== 'skip' && (u.start === p || u.def.kind === 'money' || u.def.kind === 'percent')) return undefined;
    // No unit: a heading number is followed by its title, a figure by the end of the cell.
    const q = this.skipSpaces(p);
    return this.isCjk(q) || this.isAsciiLetter(q) ? p : undefined;
  }

  protected labelBefore(i: number): boolean {
    let q = i;
    for (let n = 0; n < 3 && q > 0 && ' \u3000：:'.includes(charAt(this.t, q - 1)); n++) q--;
    if (!this.isOneOf(LABEL_LAST, q - 1)) return false;
    for (const w of LABEL_BEFORE) if (q - w.length >= 0 && this.t.startsWith(w, q - w.length)) return true;
    return false;
  }

  /** Position of a 第 right before the number (spaces allowed), or -1. */
  protected ordinalBefore(i: number): number {
    let q = i;
    for (let n = 0; n < 2 && q > 0 && this.isSpace(q - 1); n++) q--;
    return charAt(this.t, q - 1) === '第' ? q - 1 : -1;
  }
}

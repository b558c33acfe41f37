/**
 * The words before a figure that change what it means: approximation (超, 近, 约, 不低于…) and
 * change verbs (增长, 减少…). The words after the unit (以上, 左右) are read with the figure.
 */
import { charAt } from './lines.js';
import { has } from './cursor.js';
import { Numerals } from './numerals.js';
import { APPROX_BEFORE, APPROX_SINGLE_BLOCKERS, CHANGE_LINKS, CHANGE_WORDS, SPOKEN_CHANGE, type Approx } from './units.js';

/** A comparison opening the clause before a spoken 多 or 少: 比年初预算, 较上年. */
const COMPARED_BEFORE = /(?:比|较)[^，,。；;：:、]{1,20}$/u;

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

export abstract class Qualifiers extends Numerals {

  protected approxBefore(pos: number): { start: number; approx: Approx; near: boolean; word: string } | undefined {
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

  protected changeBefore(pos: number): 'increase' | 'decrease' | undefined {
    const t = this.t;
    let b = this.backSpaces(pos);
    let link = '';
    const c = charAt(t, b - 1);
    if (has(CHANGE_LINKS, c) && b - 1 >= this.lastEnd) {
      link = c;
      b = this.backSpaces(b - 1);
    }
    const spoken = (link === '了' || link === '') && b - 1 >= this.lastEnd ? SPOKEN_CHANGE.get(charAt(t, b - 1)) : undefined;
    // 多 or 少 with 了 (少了3人), or right after a comparison in its clause (比调整后预算少34.64万元).
    if (spoken !== undefined && !/[最至更较许众大不减增缩]/u.test(charAt(t, b - 2)) && (link === '了' || COMPARED_BEFORE.test(t.slice(Math.max(this.lastEnd, b - 25), b - 1)))) return spoken;
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

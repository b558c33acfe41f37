/**
 * One budget, two stages. The data may hold a single budget of an item without saying whether it
 * is the start of the year's or the whole year's (基本支出预算数). A report that gives both
 * (年初 632.80 | 全年 596.40) states that budget once: the stage whose figure agrees with it is the one
 * the data holds, and the other stage is a figure the data does not hold, not a wrong one.
 */
import type { Fact } from '../../schemas/fact.js';
import type { Mention } from '../mentions/index.js';
import type { Binding } from './bind.js';

/** A fact whose name says which budget it is. */
const STAGED = /年初|全年|调整后|上年/u;

const OTHER: Readonly<Record<string, string>> = { initial: 'whole-year', 'whole-year': 'initial' };

/**
 * The bindings with a mismatch made unbound where a figure of the other stage, in the same table row
 * or sentence (`placeOf`), states the same stage-less fact.
 */
export function settleStages(
  mentions: readonly Mention[],
  bindings: Binding[],
  fact: (id: string) => Fact | undefined,
  placeOf: (m: Mention) => string,
): void {
  mentions.forEach((m, i) => {
    const b = bindings[i];
    const period = m.frame.period?.value;
    if (b?.status !== 'mismatch' || b.by === 'sidecar' || period === undefined || OTHER[period] === undefined) return;
    const f = fact(b.factId);
    if (f === undefined || f.role !== 'budget' || STAGED.test(f.label)) return;
    const place = placeOf(m);
    const stated = mentions.some((o, j) => {
      const ob = bindings[j];
      return j !== i && ob?.status === 'bound' && ob.factId === b.factId && o.frame.period?.value === OTHER[period] && placeOf(o) === place;
    });
    if (stated) bindings[i] = { status: 'unbound' };
  });
}

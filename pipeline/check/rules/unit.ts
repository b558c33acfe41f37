/**
 * unit — one amount written in two money scales: 25,289.95万元 in a table and 25,289.95元 in the
 * summary are the same digits ten thousand times apart, so one unit slipped. Only digits too many to
 * coincide count (five significant digits or more). The scale most of the statements use is taken for
 * the right one; with as many each, a table's (its unit stated once for the column) over prose, else
 * the one stated first.
 */
import type { Mention } from '../../mentions/index.js';
import { MONEY_SCALE, significantDigits } from '../../mentions/units.js';
import { docOf, type Doc } from './support/doc.js';
import { isProse } from './support/prose.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

/**
 * Fewer significant digits coincide too easily (人均1,350元 and 1,350万元 of a fund). One more than the
 * binder's unit slip asks (check/bind.ts), which has the data's own value to hold the digits to.
 */
const SAME_DIGITS = 5;

/** Which scale is likelier right: the one more statements use, then one a table states, then the one stated first. */
function rightScale(doc: Doc, byUnit: ReadonlyMap<string, readonly Mention[]>): string | undefined {
  const ranked = [...byUnit].map(([unit, ms]) => ({ unit, n: ms.length, table: ms.some((m) => !isProse(doc, m)), first: Math.min(...ms.map((m) => m.start)) }));
  ranked.sort((a, b) => b.n - a.n || Number(b.table) - Number(a.table) || a.first - b.first);
  return ranked[0]?.unit;
}

export const rule: Rule = {
  meta: {
    id: 'unit',
    description: '同一金额在报告中以不同单位（元／万元／亿元）写出，数字相同：单位有一处写错',
    codes: ['JX_CHECK_UNIT'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const doc = docOf(ctx);
    const groups = new Map<string, Map<string, Mention[]>>();
    for (const m of ctx.mentions) {
      if (m.kind !== 'money' || MONEY_SCALE[m.unit] === undefined) continue;
      const digits = significantDigits(m.value);
      if ([...digits].length < SAME_DIGITS) continue;
      const byUnit = groups.get(m.value) ?? new Map<string, Mention[]>();
      byUnit.set(m.unit, [...(byUnit.get(m.unit) ?? []), m]);
      groups.set(m.value, byUnit);
    }
    const hits: RuleHit[] = [];
    for (const byUnit of groups.values()) {
      if (byUnit.size < 2) continue;
      const right = rightScale(doc, byUnit);
      const model = right === undefined ? undefined : byUnit.get(right)?.[0];
      if (right === undefined || !model) continue;
      for (const [unit, ms] of byUnit) {
        if (unit === right) continue;
        for (const m of ms) {
          hits.push({
            code: 'JX_CHECK_UNIT',
            severity: 'error',
            message: `${m.text.trim()} 与 ${model.text.trim()}${model.text.includes(right) ? '' : `（${right}）`} 数字相同而单位不同（${unit}／${right}），相差 ${10 ** Math.abs((MONEY_SCALE[right] ?? 0) - (MONEY_SCALE[unit] ?? 0))} 倍：疑为单位写错`,
            mention: m,
            expected: `${m.value}${right}`,
            source: `同一数字的另一处写法（${model.text.trim()}）`,
            related: [model],
          });
        }
      }
    }
    return hits;
  },
};

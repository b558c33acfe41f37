import type { Fact } from '../../schemas/fact.js';
import { Dec } from '../decimal.js';
import type { Mention } from '../mentions/index.js';
import { conversion } from '../mentions/units.js';
import { chineseNumber, formatNumber } from '../format/index.js';

const ARABIC = /[+-]?\d[\d,，]*(?:\.\d+)?/u;
const CHINESE = /[零〇一二两三四五六七八九十百千万亿]+/u;

/**
 * The mention's text with its number restated as the new fact, in the writer's own style: the
 * same unit and scale (a figure written in 亿元 stays in 亿元), the same decimals, thousands
 * separators if they used them, Chinese numerals if they wrote one. Words around the number
 * (超, 约, the unit) are kept. Undefined when the style cannot carry the value.
 */
export function restate(mention: Mention, fact: Fact): string | undefined {
  const factor = mention.unit === '' ? new Dec(1) : conversion(fact.unit, mention.unit);
  if (factor === undefined) return undefined;
  const value = new Dec(fact.value).times(factor);
  const precision = Math.max(0, mention.precision);
  if (mention.numeral === 'chinese') {
    const m = CHINESE.exec(mention.text);
    if (!m || !value.isInteger() || value.isNegative()) return undefined;
    const n = value.toNumber();
    const text = n === 2 && /[个项家名人次件]/u.test(mention.text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 1)) ? '两' : chineseNumber(n);
    return mention.text.slice(0, m.index) + text + mention.text.slice(m.index + m[0].length);
  }
  const m = ARABIC.exec(mention.text);
  if (!m) return undefined;
  const number = formatNumber(value, precision, { abs: true, thousands: /[,，]/u.test(m[0]) });
  return mention.text.slice(0, m.index) + number + mention.text.slice(m.index + m[0].length);
}

import { Dec } from '../decimal.js';
import { kindOfUnit } from '../facts/builder.js';

/**
 * Units a figure can be restated in: money converts between its scales (31亿元 = 310000万元);
 * everything else only matches itself. A unit-less number (a table cell under a 分值 header)
 * matches any unit, and binding then leans on the subject alone.
 */
const MONEY_SCALE: Readonly<Record<string, number>> = { 元: 0, 千元: 3, 万元: 4, 百万元: 6, 千万元: 7, 亿元: 8, 万亿元: 12 };

export type UnitFamily = 'money' | 'percent' | 'points' | string;

export function familyOf(unit: string): UnitFamily {
  if (unit in MONEY_SCALE) return 'money';
  if (unit === '%' || unit === '％') return 'percent';
  if (unit === '个百分点' || unit === '百分点') return 'points';
  if (unit === '个月') return '月';
  // 16个 and 16家 name the same count of platforms in two places of one report.
  if (kindOfUnit(unit) === 'count' && unit !== '位' && unit !== '名') return 'count';
  return unit;
}

/** Factor that turns an amount in `from` into `to` (万元 → 亿元: 0.0001), or undefined when they do not convert. */
export function conversion(from: string, to: string): Dec | undefined {
  if (from === to) return new Dec(1);
  const a = MONEY_SCALE[from];
  const b = MONEY_SCALE[to];
  if (a !== undefined && b !== undefined) return new Dec(10).pow(a - b);
  if (familyOf(from) === familyOf(to)) return new Dec(1);
  return undefined;
}

/** Compatible when the units convert, or the mention carries no unit at all. */
export function compatible(mentionUnit: string, factUnit: string): boolean {
  if (mentionUnit === '') return true;
  return conversion(factUnit, mentionUnit) !== undefined;
}

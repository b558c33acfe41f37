import { Decimal } from 'decimal.js';

/**
 * The one Decimal constructor the project uses: 40 significant digits and half-up rounding,
 * the rounding Chinese finance documents use (四舍五入). Money never passes through a float.
 */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP });
export type Dec = InstanceType<typeof Dec>;

export function dec(value: string | number | Dec): Dec {
  return new Dec(value);
}

/** Canonical text of a decimal: no exponent, no trailing zeros beyond what the value needs. */
export function decText(value: Dec): string {
  return value.toFixed();
}

/** Decimals written in a canonical decimal text ("1143.50" → 2). */
export function decimalsOf(text: string): number {
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

export function sum(values: readonly (string | Dec)[]): Dec {
  return values.reduce<Dec>((acc, v) => acc.plus(v), new Dec(0));
}

/** Ratio as a percentage with full precision (rounding is for display only). */
export function percent(part: string | Dec, whole: string | Dec): Dec | undefined {
  const w = new Dec(whole);
  if (w.isZero()) return undefined;
  return new Dec(part).div(w).times(100);
}

/** Two decimals agree when they are equal at the given number of decimals. */
export function sameAt(a: string | Dec, b: string | Dec, decimals: number): boolean {
  return new Dec(a).toDecimalPlaces(decimals).equals(new Dec(b).toDecimalPlaces(decimals));
}

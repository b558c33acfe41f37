/**
 * Figures as intervals in a common scale. A stated figure stands for every value that displays
 * the same (1864.05 → [1864.045, 1864.055], 31亿元 → [30.5, 31.5]亿元); a relation holds when the
 * intervals of its two sides can meet. All arithmetic is decimal (Dec), never float.
 */
import { Dec } from '../../../decimal.js';
import type { Mention } from '../../../mentions/index.js';
import { MONEY_SCALE, relationFamily, unitKind } from '../../../mentions/units.js';
import { formatWithUnit, usesThousands } from '../../../format/index.js';
import { perDoc, type Cell, type Doc } from './doc.js';

export interface Fig {
  readonly m: Mention;
  /** Figures compare only within a family: 'money', '%', 'points', 'count:家', 'qty:个月'… */
  readonly family: string;
  /** The unit the figure is displayed in (after any inheritance from its table row). */
  readonly unit: string;
  /** Multiplier from `unit` to the family's base (万元 for money, 1 otherwise). */
  readonly factor: Dec;
  /** Stated value and interval, in the family's base unit. */
  readonly value: Dec;
  readonly lo: Dec;
  readonly hi: Dec;
  readonly exact: boolean;
  /** Decimals as written (0 for 3600, 2 for 1864.05). */
  readonly decimals: number;
}

const ZERO = new Dec(0);
const ONE = new Dec(1);
/** The scale of a percentage ratio, the one most asked. */
const HUNDRED = new Dec(100);
const WAN_FACTORS = new Map<string, Dec>();

/** Money is compared in 万元, the unit of budget reports: the factor from a money unit to 万元. */
function toWan(unit: string): Dec {
  let f = WAN_FACTORS.get(unit);
  if (f === undefined) {
    const scale = (MONEY_SCALE[unit] ?? 4) - 4;
    // 万元 itself is ONE: a figure in 万元 is then seen to need no scaling without a comparison.
    f = scale === 0 ? ONE : new Dec(10).pow(scale);
    WAN_FACTORS.set(unit, f);
  }
  return f;
}

/**
 * A document's figures, made once per mention (and unit asked): every rule asks for the same ones,
 * and a Fig is immutable. Most asks are in the mention's own unit (one lookup, null for no figure);
 * a unit override has a map of its own. Plain Maps that die with the document: a WeakMap kept for
 * every document's mentions made each new mention a costly entry for the garbage collector.
 */
class Figures {
  private readonly made = new Map<Mention, Fig | null>();
  private readonly madeIn = new Map<Mention, Map<string, Fig | undefined>>();

  of(m: Mention, unit: string | undefined): Fig | undefined {
    if (unit === undefined || unit === m.unit) {
      const known = this.made.get(m);
      if (known !== undefined) return known ?? undefined;
      const f = makeFig(m, undefined);
      this.made.set(m, f ?? null);
      return f;
    }
    let byUnit = this.madeIn.get(m);
    if (byUnit === undefined) {
      byUnit = new Map();
      this.madeIn.set(m, byUnit);
    }
    if (byUnit.has(unit)) return byUnit.get(unit);
    const f = makeFig(m, unit);
    byUnit.set(unit, f);
    return f;
  }
}

const figuresOf = perDoc(() => new Figures());

/**
 * The figure of a mention of the document, or undefined when it has no comparable unit (plain
 * numbers, ranks). `unit` overrides the mention's unit: a bare 118.8 in a table row whose target reads 57亿元.
 */
export function fig(doc: Doc, m: Mention, unit?: string): Fig | undefined {
  return figuresOf(doc).of(m, unit);
}

function makeFig(m: Mention, unit: string | undefined): Fig | undefined {
  const u = unit ?? m.unit;
  const kind = unit !== undefined && unit !== m.unit ? unitKind(unit) : m.kind;
  const family = relationFamily(kind, u);
  if (family === undefined) return undefined;
  const factor = kind === 'money' ? toWan(u) : ONE;
  let value: Dec;
  try {
    value = new Dec(m.value);
  } catch {
    return undefined;
  }
  // A whole count (14人, 1302家) is exact: there is no 14.3 of a person.
  const whole = kind === 'count' && m.approx === 'exact' && m.precision === 0 && value.isInteger();
  // × 1 changes nothing when the digits fit the precision (40): the product is exact.
  const same = (factor === ONE || factor.eq(ONE)) && m.value.length <= 40 && m.lo.length <= 40 && m.hi.length <= 40;
  return new Figure(m, family, u, factor, same ? value : value.times(factor), whole, same);
}

/**
 * A figure whose bounds are read from the mention's text on first use: most figures are only
 * filtered by family or compared by value, and a bound is two decimals to parse and scale.
 * The bounds are getters on the prototype, so a spread copy ({ ...f, lo, hi }) must give both,
 * as every such copy does.
 */
class Figure implements Fig {
  /** Both bounds are the value (a whole count). */
  readonly #whole: boolean;
  /** The factor is 1: a bound needs no scaling. */
  readonly #same: boolean;
  #lo: Dec | undefined;
  #hi: Dec | undefined;
  readonly exact: boolean;
  readonly decimals: number;

  constructor(
    readonly m: Mention,
    readonly family: string,
    readonly unit: string,
    readonly factor: Dec,
    readonly value: Dec,
    whole: boolean,
    same: boolean,
  ) {
    this.#whole = whole;
    this.#same = same;
    this.exact = m.approx === 'exact';
    this.decimals = Math.max(0, m.precision);
  }

  get lo(): Dec {
    return (this.#lo ??= this.#whole ? this.value : this.bound(this.m.lo));
  }

  get hi(): Dec {
    if (this.#hi === undefined) {
      // Bounds equal to the value or to each other share one decimal: decimals are immutable.
      this.#hi = this.#whole ? this.value : this.m.hi === this.m.lo ? this.lo : this.bound(this.m.hi);
    }
    return this.#hi;
  }

  private bound(text: string): Dec {
    if (text === this.m.value) return this.value;
    const d = new Dec(text);
    return this.#same ? d : d.times(this.factor);
  }
}

const HALF_UNITS = new Map<number, Dec>();

/** Half a unit of the last of `d` decimals (0.005 for 2), made once for each number of decimals. */
function halfUnit(d: number): Dec {
  let h = HALF_UNITS.get(d);
  if (h === undefined) {
    h = new Dec(10).pow(-d).div(2);
    HALF_UNITS.set(d, h);
  }
  return h;
}

/**
 * Budget amounts are kept to the cent of 万元 and writers drop ".00": in a money relation where
 * some figure is written with decimals, a whole 元/千元/万元 amount ("年初预算6万元" beside
 * "6.85万元") is read as written to those decimals. 亿元 figures are city statistics, rounded on
 * purpose, and keep their half-unit interval.
 */
export function harmonize<T extends Fig>(figs: readonly T[]): T[] {
  const cents = /^(?:元|千元|万元)$/u;
  const d = figs.reduce((acc, f) => (f.family === 'money' && f.exact && cents.test(f.unit) ? Math.max(acc, f.decimals) : acc), 0);
  if (d === 0) return [...figs];
  return figs.map((f) => {
    if (f.family !== 'money' || !f.exact || f.decimals !== 0 || !cents.test(f.unit)) return f;
    const h = halfUnit(d).times(f.factor);
    return { ...f, lo: f.value.minus(h), hi: f.value.plus(h), decimals: d };
  });
}

export interface Interval {
  readonly lo: Dec;
  readonly hi: Dec;
}

export function point(v: Dec): Interval {
  return { lo: v, hi: v };
}

export function add(a: Interval, b: Interval): Interval {
  return { lo: a.lo.plus(b.lo), hi: a.hi.plus(b.hi) };
}

export function sub(a: Interval, b: Interval): Interval {
  return { lo: a.lo.minus(b.hi), hi: a.hi.minus(b.lo) };
}

/** a ÷ b × scale for non-negative intervals; undefined when b may be 0. */
export function ratio(a: Interval, b: Interval, scale: Dec | number = 1): Interval | undefined {
  if (b.lo.lte(0)) return undefined;
  const s = scale === 100 ? HUNDRED : new Dec(scale);
  return { lo: a.lo.div(b.hi).times(s), hi: a.hi.div(b.lo).times(s) };
}

export function sumOf(list: readonly Interval[]): Interval {
  return list.reduce<Interval>((acc, x) => add(acc, x), point(ZERO));
}

/**
 * Two intervals can meet: the relation may hold given how the figures are displayed. A display
 * interval is half-open (16.85 is [16.845, 16.855), 16.84 is [16.835, 16.845)): two of them that
 * only touch do not meet. An exact point (a whole count, a computed value) is closed.
 */
export function meets(a: Interval, b: Interval): boolean {
  if (a.hi.lt(b.lo) || b.hi.lt(a.lo)) return false;
  const wideA = a.lo.lt(a.hi);
  const wideB = b.lo.lt(b.hi);
  if (wideA && wideB && (a.hi.eq(b.lo) || b.hi.eq(a.lo))) return false;
  return true;
}

/** Display a base-unit value in the unit of `like`, at `decimals` places ("1814.05万元"), grouped as `like` is written. */
export function show(value: Dec, like: Pick<Fig, 'factor' | 'unit'> & { readonly m?: Pick<Mention, 'text'> }, decimals: number): string {
  return formatWithUnit(value.div(like.factor), decimals, like.unit, { thousands: like.m !== undefined && usesThousands(like.m.text) });
}

/** Decimals to display a computed value derived from these figures. */
export function decimalsFor(figs: readonly Pick<Fig, 'decimals'>[], atLeast = 0): number {
  return figs.reduce((d, f) => Math.max(d, f.decimals), atLeast);
}

/** Absolute value of the difference of two decimals. */
export function gap(a: Dec, b: Dec): Dec {
  return a.minus(b).abs();
}

/** How a figure reads in a message: as written, without inner spaces, with its unit. */
export function figText(f: Pick<Fig, 'm' | 'unit'>): string {
  const t = f.m.text.replace(/\s+/gu, '');
  // A table cell "1452.61" under a （万元） header reads as 1452.61万元; ５４.６２％ has its % already.
  return f.unit !== '' && !t.normalize('NFKC').includes(f.unit) ? `${t}${f.unit}` : t;
}

/** The figure a table cell opens with; a bare number in `unit` when one is given. */
export function cellFig(doc: Doc, c: Cell | undefined, unit?: string): Fig | undefined {
  const m = c?.mentions[0];
  // (a plus sign before it, +8.19%, is the cell's too)
  if (!m || c === undefined || (m.start !== c.start && !/^[+＋]\s*$/u.test(doc.ctx.text.slice(c.start, m.start)))) return undefined;
  return fig(doc, m, m.unit === '' ? unit : undefined);
}

/** A money cell's figure, a bare number in 万元 (the unit of such tables when none is given). */
export function moneyOf(doc: Doc, cell: Cell | undefined): Fig | undefined {
  const f = cellFig(doc, cell, '万元');
  return f?.family === 'money' ? f : undefined;
}

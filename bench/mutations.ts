/**
 * The ways a writer mistypes a figure, applied to a figure of a draft: one digit changed, the last
 * digit one up or one down, the money scale changed (万元 ↔ 亿元 with the same digits, or converted
 * by the wrong power of ten), two figures of one sentence swapped. An exact conversion of scale
 * (1864.05万元 → 0.186405亿元) is generated too, as a control: it is not an error, and a finding on
 * it is a false alarm.
 */
import { Dec, decText } from '../pipeline/decimal.js';
import { formatNumber } from '../pipeline/format/index.js';
import { pick } from './rng.js';

export type MutationKind = 'digit' | 'lastUp' | 'lastDown' | 'scaleSwap' | 'scaleMisconverted' | 'swap' | 'scaleConverted';

export const KIND_NAMES: Record<MutationKind, string> = {
  digit: '改一位数字',
  lastUp: '末位 +1',
  lastDown: '末位 −1',
  scaleSwap: '万元↔亿元（数字不变）',
  scaleMisconverted: '万元↔亿元（换算差十倍）',
  swap: '同句两数互换',
  scaleConverted: '万元↔亿元（换算正确，对照）',
};

/** Kinds that make the text wrong; the control is listed apart. */
export const ERROR_KINDS: readonly MutationKind[] = ['digit', 'lastUp', 'lastDown', 'scaleSwap', 'scaleMisconverted', 'swap'];

/** A figure of the text: where it is and what it says. */
export interface Spot {
  readonly offset: number;
  readonly text: string;
}

export interface Mutation {
  readonly kind: MutationKind;
  /** The span of the original text replaced, and what replaces it. */
  readonly start: number;
  readonly end: number;
  readonly replacement: string;
  /** The figures it touches (one, or two for a swap), in the original text. */
  readonly figures: readonly Spot[];
  /** "1864.05万元 → 1864.05亿元", for the list of misses. */
  readonly label: string;
}

/** The number inside a figure's text: thousands separators allowed (1,452.61), words around it kept. */
const NUMBER = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/u;

interface Parts {
  readonly before: string;
  readonly number: string;
  readonly after: string;
  readonly value: Dec;
  readonly decimals: number;
  readonly thousands: boolean;
}

function parts(text: string): Parts | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const number = m[0];
  const plain = number.replace(/,/gu, '');
  const dot = plain.indexOf('.');
  return {
    before: text.slice(0, m.index),
    number,
    after: text.slice(m.index + number.length),
    value: new Dec(plain),
    decimals: dot < 0 ? 0 : plain.length - dot - 1,
    thousands: number.includes(','),
  };
}

function single(kind: MutationKind, spot: Spot, replacement: string): Mutation {
  return {
    kind, start: spot.offset, end: spot.offset + spot.text.length, replacement, figures: [spot], label: `${spot.text} → ${replacement}`,
  };
}

/** The mutations of one figure. `random` picks the digit to change and its new value. */
export function mutateFigure(spot: Spot, random: () => number): Mutation[] {
  const p = parts(spot.text);
  if (!p) return [];
  const out: Mutation[] = [];
  const write = (n: string) => `${p.before}${n}${p.after}`;

  // One digit, chosen at random, changed to another; a leading digit never becomes 0.
  const digits = [...p.number].map((c, i) => ({ c, i })).filter(({ c }) => /\d/u.test(c));
  const at = digits[pick(random, digits.length)];
  if (at) {
    const leading = at.i === 0 && p.number.replace(/,/gu, '').split('.')[0]!.length > 1;
    const choices = [...'0123456789'].filter((d) => d !== at.c && !(leading && d === '0'));
    const d = choices[pick(random, choices.length)]!;
    out.push(single('digit', spot, write(p.number.slice(0, at.i) + d + p.number.slice(at.i + 1))));
  }

  // The last written digit one up and one down, with carries (1.29 → 1.30, 100.00 → 99.99).
  const step = new Dec(1).div(new Dec(10).pow(p.decimals));
  out.push(single('lastUp', spot, write(formatNumber(decText(p.value.plus(step)), p.decimals, { thousands: p.thousands }))));
  if (p.value.minus(step).gte(0)) {
    out.push(single('lastDown', spot, write(formatNumber(decText(p.value.minus(step)), p.decimals, { thousands: p.thousands }))));
  }

  // The money scale: the same digits under the other scale, a conversion off by a power of ten,
  // and (the control) the exact conversion.
  const scale = /^(万元|亿元)/u.exec(p.after)?.[1];
  if (scale) {
    const other = scale === '万元' ? '亿元' : '万元';
    const rest = p.after.slice(scale.length);
    out.push(single('scaleSwap', spot, `${p.before}${p.number}${other}${rest}`));
    const wrong = scale === '万元' ? p.value.div(1000) : p.value.times(1000);
    const wrongText = formatNumber(decText(wrong), scale === '万元' ? 2 : Math.max(0, p.decimals - 3));
    if (!new Dec(wrongText).isZero()) out.push(single('scaleMisconverted', spot, `${p.before}${wrongText}${other}${rest}`));
    const exact = scale === '万元' ? p.value.div(10000) : p.value.times(10000);
    out.push(single('scaleConverted', spot, `${p.before}${decText(exact)}${other}${rest}`));
  }
  return out.filter((m) => m.replacement !== spot.text);
}

/** A figure's words without its number: two figures of the same shape can be confused (万元 with 万元). */
function shape(text: string): string {
  return text.replace(NUMBER, '#');
}

const SENTENCE_END = /[。；！？\n]/u;

/**
 * Swaps of two figures of one prose sentence (not a table row or heading): each pair of
 * neighbouring figures of the same shape and different text, as a writer transposes them.
 */
export function swapsIn(text: string, spots: readonly Spot[]): Mutation[] {
  const sentenceOf = (offset: number): [number, number] => {
    let s = offset;
    while (s > 0 && !SENTENCE_END.test(text.charAt(s - 1))) s -= 1;
    let e = offset;
    while (e < text.length && !SENTENCE_END.test(text.charAt(e))) e += 1;
    return [s, e];
  };
  const lineStart = (offset: number) => text.lastIndexOf('\n', offset - 1) + 1;
  const prose = spots.filter((f) => !/^\s*[|#<>]/u.test(text.slice(lineStart(f.offset), f.offset + 1)));
  const out: Mutation[] = [];
  for (let i = 0; i < prose.length; i += 1) {
    const a = prose[i]!;
    const [, end] = sentenceOf(a.offset);
    const b = prose.slice(i + 1).find((f) => f.offset < end && shape(f.text) === shape(a.text));
    if (!b || b.text === a.text) continue;
    const between = text.slice(a.offset + a.text.length, b.offset);
    out.push({
      kind: 'swap', start: a.offset, end: b.offset + b.text.length, replacement: `${b.text}${between}${a.text}`,
      figures: [a, b], label: `${a.text} ⇄ ${b.text}`,
    });
  }
  return out;
}

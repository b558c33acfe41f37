/**
 * Reading Chinese numerals (十一, 两千零四十五, 六千八, 三点五).
 *
 * Our own parser, on purpose: nzh's decoder reads 两千零四十五 as 45 and 百分之五 as 105 and
 * silently ignores characters it does not know, and cn2an is wrong on the same colloquial forms
 * (LIBRARIES.md). A checker must never turn an unknown string into a number, so this parser is
 * strict: the whole string must be a well-formed numeral, or the answer is `undefined`.
 *
 * Accepted: digits 零〇一二两三四五六七八九 and the financial forms 壹贰叁肆伍陆柒捌玖;
 * scales 十拾 百佰 千仟 万萬 亿億 (万亿 too); a decimal part after 点 written digit by digit;
 * the colloquial short forms 六千八 (6800), 三百五 (350), 两万五 (25000), 一亿二 (1.2亿),
 * where a last digit with no scale after a scale takes the next lower place.
 * Rejected: digit-by-digit strings (二〇二四, 两三, 十四五: years, vague ranges, names),
 * a scale with no digit before it (百, 万人) except a leading 十 (十一 = 11),
 * scales that do not decrease (一百千), doubled or trailing 零, 百分之… (handled by the extractor).
 */
import { charTable } from '../text/chars.js';

const DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0,
  一: 1, 壹: 1,
  二: 2, 贰: 2, 两: 2,
  三: 3, 叁: 3,
  四: 4, 肆: 4,
  五: 5, 伍: 5,
  六: 6, 陆: 6,
  七: 7, 柒: 7,
  八: 8, 捌: 8,
  九: 9, 玖: 9,
};

/** Exponent of the scales below 万. */
const SMALL_SCALE: Readonly<Record<string, number>> = { 十: 1, 拾: 1, 百: 2, 佰: 2, 千: 3, 仟: 3 };
const WAN = new Set(['万', '萬']);
const YI = new Set(['亿', '億']);

/** Characters that may appear in a Chinese numeral (without 点). */
export const CN_NUMERAL_CHARS = '零〇一壹二贰两三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万萬亿億';
/** Financial forms: a run made of these alone is too ambiguous (陆家, 拾金) to be a figure. */
export const CN_FORMAL_CHARS = '壹贰叁肆伍陆柒捌玖拾佰仟萬億';

/** CN_NUMERAL_CHARS by UTF-16 unit: the scanner asks this of every character of a run. */
const CN_NUMERAL = charTable(CN_NUMERAL_CHARS);

export function isCnNumeralChar(c: string): boolean {
  return c.length === 1 && CN_NUMERAL[c.charCodeAt(0)] === 1;
}

export function isCnDigitChar(c: string): boolean {
  return c.length === 1 && DIGIT[c] !== undefined;
}

function isZero(c: string): boolean {
  return c === '零' || c === '〇';
}

/** A run below 万 ("二百", "六千八", "零五" is not one: leading 零 is the caller's business). */
function parseSection(s: string, allowLeadingTen: boolean): bigint | undefined {
  if (s === '') return undefined;
  let value = 0n;
  let pending: number | undefined;
  let lastExp = 4; // above 千: no scale seen yet
  let afterZero = false;
  let started = false;
  for (const c of s) {
    if (isZero(c)) {
      // 零 marks a skipped place: only between a scale and a later digit, never doubled.
      if (pending !== undefined || afterZero || !started) return undefined;
      afterZero = true;
      continue;
    }
    const d = DIGIT[c];
    if (d !== undefined) {
      if (pending !== undefined) return undefined; // 两三, 十四五: digit after digit
      pending = d;
      started = true;
      continue;
    }
    const e = SMALL_SCALE[c];
    if (e === undefined) return undefined;
    if (pending === undefined) {
      if (e === 1 && !started && allowLeadingTen) pending = 1;
      else return undefined;
    }
    if (e >= lastExp) return undefined;
    value += BigInt(pending) * 10n ** BigInt(e);
    lastExp = e;
    pending = undefined;
    afterZero = false;
    started = true;
  }
  if (!started) return undefined;
  if (pending === undefined) return afterZero ? undefined : value;
  // 一百零五 → 105; 六千八 → 6800 (the bare last digit takes the place below the last scale).
  const exp = afterZero || lastExp === 4 ? 0 : lastExp - 1;
  return value + BigInt(pending) * 10n ** BigInt(exp);
}

/**
 * The part below a big scale, after it: "零五百" (gap), "五" (short form: 一万五), "五千".
 * `unitExp` is the exponent of the big scale just read (4 for 万, 8 for 亿).
 */
function parseLow(s: string, unitExp: number, parseBelow: (t: string) => bigint | undefined): bigint | undefined {
  if (s === '') return 0n;
  const first = s.charAt(0);
  if (isZero(first)) {
    const rest = s.slice(1);
    if (rest === '' || isZero(rest.charAt(0))) return undefined;
    return parseBelow(rest);
  }
  const single = DIGIT[first];
  if (s.length === 1 && single !== undefined) return BigInt(single) * 10n ** BigInt(unitExp - 1);
  return parseBelow(s);
}

/** Up to 万 (below 10^8). */
function parseWan(s: string, leading: boolean): bigint | undefined {
  let idx = -1;
  for (let i = 0; i < s.length; i++) if (WAN.has(s.charAt(i))) { idx = i; break; }
  if (idx < 0) return parseSection(s, leading);
  const high = parseSection(s.slice(0, idx), leading);
  if (high === undefined) return undefined;
  const low = parseLow(s.slice(idx + 1), 4, (t) => parseSection(t, false));
  if (low === undefined || low >= 10000n) return undefined;
  return high * 10000n + low;
}

function parseInteger(s: string): bigint | undefined {
  if (s.length === 1 && isZero(s)) return 0n;
  let idx = -1;
  for (let i = 0; i < s.length; i++) if (YI.has(s.charAt(i))) { idx = i; break; }
  if (idx < 0) return parseWan(s, true);
  const high = parseWan(s.slice(0, idx), true); // 三万亿: the part before 亿 may hold 万
  if (high === undefined) return undefined;
  const low = parseLow(s.slice(idx + 1), 8, (t) => parseWan(t, false));
  if (low === undefined || low >= 100000000n) return undefined;
  return high * 100000000n + low;
}

export interface ChineseNumber {
  /** Canonical decimal text. */
  value: string;
  /** Digits written after 点. */
  decimals: number;
}

export function parseChineseNumberParts(text: string): ChineseNumber | undefined {
  if (text === '') return undefined;
  const dot = text.indexOf('点');
  const intText = dot < 0 ? text : text.slice(0, dot);
  const fracText = dot < 0 ? '' : text.slice(dot + 1);
  if (dot >= 0 && fracText === '') return undefined;
  const int = parseInteger(intText);
  if (int === undefined) return undefined;
  let frac = '';
  for (const c of fracText) {
    const d = DIGIT[c];
    if (d === undefined || c === '两') return undefined; // 两 is never read digit by digit
    frac += String(d);
  }
  // Canonical: no trailing zeros in the decimal part (三点五零 → 3.5), as decimal.js prints it.
  const trimmed = frac.replace(/0+$/, '');
  return { value: trimmed === '' ? int.toString() : `${int.toString()}.${trimmed}`, decimals: frac.length };
}

/**
 * The value of a Chinese numeral as a canonical decimal string ("六千八" → "6800",
 * "两千零四十五" → "2045", "十一" → "11", "三点五" → "3.5"); undefined unless the whole string is one.
 */
export function parseChineseNumber(text: string): string | undefined {
  return parseChineseNumberParts(text)?.value;
}

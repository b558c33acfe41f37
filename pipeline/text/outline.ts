/**
 * The official outline markers, read one way for every stage: 一、 → （一） → 1. → （1） → ①.
 * The section tree takes its levels from them, the Word and PDF readers their heading depths,
 * the figure scanner skips them (1. is not the figure 1), and subjects never reach back across them.
 * Two more shapes open a line without being outline levels: a multi-level number (1.1 项目概况,
 * 1-2.) and an in-paragraph enumerator (一是…).
 */
import { halfWidthDigits, skipWhiteSpace } from './chars.js';

export type MarkerKind = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled' | 'arabic-multi' | 'enumerator';
export type LevelKind = Exclude<MarkerKind, 'arabic-multi' | 'enumerator'>;

export const LEVEL_OF: Readonly<Record<LevelKind, number>> = { cn: 1, 'cn-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 5 };

export interface Marker {
  kind: MarkerKind;
  /** Outline level (1 for 一、 … 5 for ①); 0 for a multi-level number or an enumerator. */
  level: number;
  /** As written, inner spaces removed: '4、', '（一）', '1.', '1.1', '一是'. */
  marker: string;
  /** The number it counts (三 → 3, ⑤ → 5), for sequence checks; the first number of 1.1. */
  num: number;
  /** The separator after an Arabic number ('.', '、', ')'), '' when none (1.1 项目概况). */
  sep: string;
  /** Where the marker ends in the line given (leading spaces included). */
  end: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九; undefined for anything else (so 十大 or 一是 never count). */
export function chineseNumeral(s: string): number | undefined {
  const m = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(s);
  if (!m || s === '') return undefined;
  const [, tens, ten, ones] = m;
  if (ten === undefined) return tens !== undefined && ones === undefined ? CN_DIGITS[tens] : undefined;
  return (tens === undefined ? 1 : (CN_DIGITS[tens] ?? 0)) * 10 + (ones === undefined ? 0 : (CN_DIGITS[ones] ?? 0));
}

const CN = '[一二三四五六七八九十]{1,3}';
const D = '[0-9０-９]';

const PATTERNS: ReadonlyArray<readonly [MarkerKind, RegExp]> = [
  ['cn', new RegExp(`^(${CN})\\s*([、.．])`, 'u')],
  ['cn-paren', new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`, 'u')],
  ['enumerator', new RegExp(`^(${CN})是`, 'u')],
  // 1.1 / 1.1. / 1-2. / 1.1.1、: a multi-level heading number — but not 1.5万元 (the caller decides on units).
  ['arabic-multi', new RegExp(`^(${D}{1,2})((?:\\s*[.．\\-－]\\s*${D}{1,2}(?!${D}))+)\\s*([.．、]?)(?!${D})`, 'u')],
  // 1. 1． 1、 1) 1） but not 1.5 (a decimal) — except 1.2023年…, a list item about a year.
  ['arabic', new RegExp(`^(${D}{1,2})\\s*([.．](?![0-9０-９.．])|[.．](?=(?:19|20)${D}{2}\\s*年)|、|[)）](?![0-9０-９]))`, 'u')],
  ['arabic-paren', new RegExp(`^[（(]\\s*(${D}{1,2})\\s*[）)]`, 'u')],
  ['circled', /^([\u2460-\u2473])/u],
];
/** The characters each kind of marker opens with. */
const CIRCLED = String.fromCharCode(...Array.from({ length: 20 }, (_, k) => 0x2460 + k));
const FIRST_CHARS: Readonly<Record<MarkerKind, string>> = {
  cn: '一二三四五六七八九十',
  'cn-paren': '（(',
  enumerator: '一二三四五六七八九十',
  'arabic-multi': '0123456789０１２３４５６７８９',
  arabic: '0123456789０１２３４５６７８９',
  'arabic-paren': '（(',
  circled: CIRCLED,
};
/**
 * The patterns a line's first character can open, by UTF-16 unit, in PATTERNS order: most lines
 * open with none and are done after one lookup, and a line opening with a digit tries two patterns, not seven.
 */
const PATTERNS_BY_FIRST: (Array<readonly [MarkerKind, RegExp]> | undefined)[] = new Array(65536);
for (const entry of PATTERNS) {
  const chars = FIRST_CHARS[entry[0]];
  for (let i = 0; i < chars.length; i++) (PATTERNS_BY_FIRST[chars.charCodeAt(i)] ??= []).push(entry);
}
/** What both Arabic patterns open with: one or two digits, spaces, a separator. */
const DIGITS_THEN_SEPARATOR = new RegExp(`${D}{1,2}\\s*[.．\\-－、)）]`, 'y');

/**
 * Whether a marker can open at `at` (white space already skipped): its first character must open one,
 * and digits need a separator after one or two of them (1. 1、 1) 1-2.), which a figure has not.
 * Most lines are ruled out here, before any copy of them is made.
 */
function mayOpenMarker(line: string, at: number): boolean {
  const first = line.charCodeAt(at);
  if (PATTERNS_BY_FIRST[first] === undefined) return false;
  if ((first >= 48 && first <= 57) || (first >= 0xff10 && first <= 0xff19)) {
    DIGITS_THEN_SEPARATOR.lastIndex = at;
    return DIGITS_THEN_SEPARATOR.test(line);
  }
  return true;
}

/**
 * The marker a line starts with, if any (leading white space skipped). `2023年`, `1,451.29万元`,
 * `十大`, `一、二` as text are handled: a Chinese number must be a numeral of one to ninety-nine.
 */
export function parseMarker(line: string): Marker | undefined {
  const lead = skipWhiteSpace(line, 0);
  const patterns = PATTERNS_BY_FIRST[line.charCodeAt(lead)];
  if (patterns === undefined || !mayOpenMarker(line, lead)) return undefined;
  const text = line.slice(lead);
  for (const [kind, re] of patterns) {
    const m = re.exec(text);
    const token = m?.[1];
    if (!m || token === undefined) continue;
    let num: number | undefined;
    if (kind === 'cn' || kind === 'cn-paren' || kind === 'enumerator') num = chineseNumeral(token);
    else if (kind === 'circled') num = (token.codePointAt(0) ?? 0) - 0x2460 + 1;
    else num = Number(halfWidthDigits(token));
    if (num === undefined || !(num > 0)) continue;
    const sep = kind === 'arabic' ? (m[2] ?? '') : kind === 'arabic-multi' ? (m[3] ?? '') : '';
    const level = kind === 'arabic-multi' || kind === 'enumerator' ? 0 : LEVEL_OF[kind];
    const end = lead + m[0].length;
    return { kind, level, marker: m[0].replace(/\s+/gu, ''), num, sep, end, rest: line.slice(end).trim() };
  }
  return undefined;
}

/** A marker that counts as an outline level (not 1.1 or 一是). */
export function outlineLevel(marker: Marker | undefined): marker is Marker & { kind: LevelKind } {
  return marker !== undefined && marker.level > 0;
}

/** A space or tab, or a full-width space: indent before a line's marker. */
function isIndent(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000;
}

/**
 * Where what may come before a line's marker ends: indent, one to six `#` heading signs and the
 * spaces after them, `**` (the pattern /[ \t\u3000]*(?:#{1,6}[ \t]*)?(?:\*\*)?/ read by hand: per line).
 */
function bodyStart(line: string, from: number): number {
  let p = from;
  while (isIndent(line.charCodeAt(p))) p++;
  if (line.charCodeAt(p) === 35) {
    for (let n = 0; n < 6 && line.charCodeAt(p) === 35; n++) p++;
    while (line.charCodeAt(p) === 32 || line.charCodeAt(p) === 9) p++;
  }
  if (line.charCodeAt(p) === 42 && line.charCodeAt(p + 1) === 42) p += 2;
  return p;
}

/**
 * The marker opening a line of Markdown or plain text, after any `#` heading signs and `**`:
 * every shape counts here (it ends what a subject may reach back to), but a multi-level number
 * only with a separator after it (1-2. 1.1.), since 1.5 alone may be a figure.
 */
export function lineOpensWithMarker(line: string): Marker | undefined {
  const body = bodyStart(line, 0);
  if (!mayOpenMarker(line, skipWhiteSpace(line, body))) return undefined;
  const m = parseMarker(line.slice(body));
  if (!m || (m.kind === 'arabic-multi' && m.sep === '')) return undefined;
  return { ...m, end: m.end + body };
}

/**
 * Whether text[start, end) opens with a marker, as lineOpensWithMarker of that copy says: a line whose
 * head cannot open one (most lines) is answered in place, without the copy.
 */
export function opensWithMarker(text: string, start: number, end: number): boolean {
  const at = skipWhiteSpace(text, bodyStart(text, start));
  if (at >= end || !mayOpenMarker(text, at)) return false;
  return lineOpensWithMarker(text.slice(start, end)) !== undefined;
}

/**
 * The marker that gives a heading its level: an outline level, where an Arabic number is closed by
 * 、 or a dot (1) and 1） number list items, not headings).
 */
export function levelMarker(line: string): (Marker & { kind: LevelKind }) | undefined {
  const m = parseMarker(line);
  return outlineLevel(m) && (m.kind !== 'arabic' || (m.sep !== ')' && m.sep !== '）')) ? m : undefined;
}

/** The Markdown heading depth a marked line takes in our drafts (`#` is the title, so 一、 is `##`). */
export function markerDepth(line: string): number | undefined {
  const m = levelMarker(line);
  return m ? m.level + 1 : undefined;
}

/** Longest text still taken as a heading when it starts with a marker; longer is a numbered paragraph. */
export const HEADING_MAX_CHARS = 40;

/** The depth of a marked line that reads as a heading in a Word or PDF file: short and not a finished sentence. */
export function headingDepth(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed.length > HEADING_MAX_CHARS || /[。；;，,]$/u.test(trimmed)) return undefined;
  return markerDepth(trimmed);
}

/** A heading run into its paragraph: a marker, a short title and its stop (（一）预算安排。…, **1.成本：**…). */
const RUN_IN = /^[\s*#>]*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|\d{1,2}[.．、])[\s*]*([^。：:；，\n*]{2,16})[*]*[。：:]/u;

/**
 * A bold name run into its paragraph: **地震应急演练和培训**。…, **“三公”经费。**…, or after a list
 * number (2. **数字城管平台运行项目执行率偏低**。…), where bold says a title however long.
 */
const BOLD_RUN_IN = /^[\s#>]*(?:(?:\d{1,2}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）])\s*)?\*\*([^*。：:；，\n]{2,24})(?:\*\*\s*[。：:]|[。：:]\*\*)/u;

/** The title of the heading a paragraph opens with, run into its text, or '' when it opens with none. */
export function runInTitle(paragraph: string): string {
  return RUN_IN.exec(paragraph)?.[1] ?? '';
}

/** The bold name a paragraph opens with (after a list number or none), or ''. */
export function boldRunIn(paragraph: string): string {
  return BOLD_RUN_IN.exec(paragraph)?.[1] ?? '';
}

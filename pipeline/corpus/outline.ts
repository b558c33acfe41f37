import { charLength } from './text.js';

/**
 * The official outline: 一、 → （一） → 1. → （1） → ①. A report's structure is its markers,
 * whatever '#' depth or layout it came with.
 */
export type MarkerKind = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren' | 'circled';

export const LEVEL_OF: Record<MarkerKind, number> = { cn: 1, 'cn-paren': 2, arabic: 3, 'arabic-paren': 4, circled: 5 };

export interface Marker {
  kind: MarkerKind;
  level: number;
  /** As written, inner spaces removed: '4、', '（一）', '1.'. */
  marker: string;
  /** The number it counts (三 → 3, ⑤ → 5), for sequence checks. */
  num: number;
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

function toHalfWidth(s: string): string {
  return s.replace(/[０-９]/gu, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const CN = '[一二三四五六七八九十]{1,3}';
const DIGITS = '[0-9０-９]{1,2}';

const PATTERNS: ReadonlyArray<[MarkerKind, RegExp]> = [
  ['cn', new RegExp(`^(${CN})\\s*[、.．]`, 'u')],
  ['cn-paren', new RegExp(`^[（(]\\s*(${CN})\\s*[）)]`, 'u')],
  // 1. 1． 1、 but not 1.5万元 (a decimal) — except 1.2023年…, a list item about a year.
  ['arabic', new RegExp(`^(${DIGITS})\\s*(?:[.．](?![0-9０-９])|[.．](?=(?:19|20)[0-9]{2}\\s*年)|、)`, 'u')],
  ['arabic-paren', new RegExp(`^[（(]\\s*(${DIGITS})\\s*[）)]`, 'u')],
  ['circled', /^([\u2460-\u2473])/u],
];

/** The outline marker a line starts with, if any. `2023年`, `1,451.29万元`, `1.5万元`, `一是` have none. */
export function parseMarker(line: string): Marker | undefined {
  const text = line.trim();
  for (const [kind, re] of PATTERNS) {
    const m = re.exec(text);
    const token = m?.[1];
    if (!m || token === undefined) continue;
    let num: number | undefined;
    if (kind === 'cn' || kind === 'cn-paren') num = chineseNumeral(token);
    else if (kind === 'circled') num = (token.codePointAt(0) ?? 0) - 0x2460 + 1;
    else num = Number(toHalfWidth(token));
    if (num === undefined || !(num > 0)) continue;
    return { kind, level: LEVEL_OF[kind], marker: m[0].replace(/\s+/gu, ''), num, rest: text.slice(m[0].length).trim() };
  }
  return undefined;
}

/**
 * A heading that ends with 。 (`4、 国有资本经营预算支出情况。`) still ends on a heading noun and
 * lists nothing; a list item ending with 。 ends on a verb phrase (`完成…交办的其他任务。`).
 */
const HEADING_NOUN_END = /(情况|问题|措施|分析|建议|目标|职责|设置|指标|概况|说明|结果|依据|原因)$/u;

export function endsWithHeadingNoun(title: string): boolean {
  return HEADING_NOUN_END.test(title) && !/[、，,]/u.test(title);
}

/** Heading text as kept in Section.title: trailing 。：; and spaces dropped. */
export function cleanTitle(s: string): string {
  return s.trim().replace(/[。．.：:；;，,\s]+$/u, '').trim();
}

/** Longest marker line still taken for a heading. */
export const MAX_HEADING_CHARS = 40;

const MID_PUNCT = /[。！？；;!?：:]/u;
const MONEY = /[0-9０-９][0-9０-９,，.．]*\s*(万元|亿元|元|%|％)/u;

/**
 * A marker line is a heading when it reads like one: at most 40 characters, no sentence
 * punctuation (。；：！？) inside, not ending with ；, not carrying an amount (`1. 产业发展资金16.85万元`),
 * and when it ends with 。, the words before it end on a heading noun (`4、 国有资本经营预算支出情况。`).
 * Otherwise it is a list item (`1.贯彻执行…；`) and stays a paragraph of its parent.
 */
export function isHeadingLine(text: string, marker: Marker): boolean {
  const rest = marker.rest;
  if (rest === '' || charLength(text.trim()) > MAX_HEADING_CHARS) return false;
  const body = rest.replace(/[。．：:\s]+$/u, '');
  if (body === '' || MID_PUNCT.test(body) || MONEY.test(body)) return false;
  if (/[；;，,、]$/u.test(rest)) return false;
  if (/[。．]$/u.test(rest)) return endsWithHeadingNoun(body);
  return true;
}

export interface AttachmentLine {
  /** '附件2', '附件 3', '附件1-3', '附件'. */
  title: string;
  /** What followed 附件：on the same line, if anything. */
  rest: string | undefined;
}

const ATTACHMENT =
  /^(附件\s*(?:[0-9０-９一二三四五六七八九十]+(?:\s*[-－—–]\s*[0-9０-９]+)*)?)\s*(?:[:：]\s*(.*))?$/u;

/** `附件2`, `附件 3`, `附件1-3`, `附件：1-1. …`: the start of an attachment, a top-level section. */
export function parseAttachment(line: string): AttachmentLine | undefined {
  const text = line.trim();
  if (charLength(text) > 60 || /[。；]/u.test(text)) return undefined;
  const m = ATTACHMENT.exec(text);
  if (!m || m[1] === undefined) return undefined;
  const rest = m[2]?.trim();
  return { title: m[1].trim(), rest: rest === undefined || rest === '' ? undefined : rest };
}

export function isAttachmentTitle(title: string): boolean {
  return /^附件/u.test(title);
}

/** A table's caption under an attachment heading: `2023年度单位整体支出绩效自评表`. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  return (
    charLength(text) <= MAX_HEADING_CHARS &&
    /表$/u.test(text) &&
    !/[。，；：,;:]/u.test(text) &&
    !/^[0-9０-９]+(\s*[-－]\s*[0-9０-９]+)*\s*[.．、]/u.test(text) &&
    parseMarker(text) === undefined
  );
}

import { z } from 'zod';
import { DecimalValue, Text } from './primitives.js';

/**
 * Comparators a target may carry. The keys are what the model stores; the values are the
 * words and signs a writer uses for them in a 绩效自评表.
 */
export const COMPARATORS = {
  '>=': ['≥', '>=', '＞=', '不低于', '不少于', '以上', '达到'],
  '<=': ['≤', '<=', '不高于', '不超过', '不多于', '以下', '以内'],
  '>': ['>', '＞', '超过', '高于', '多于'],
  '<': ['<', '＜', '低于', '少于'],
  '~': ['左右', '约'],
  '=': ['=', '＝'],
} as const;

export type Comparator = keyof typeof COMPARATORS;
export const ComparatorKey = z.enum(['>=', '<=', '>', '<', '~', '=']);

const PREFIX_WORDS: ReadonlyArray<[string, Comparator]> = Object.entries(COMPARATORS)
  .flatMap(([key, words]) => words.map((w): [string, Comparator] => [w, key as Comparator]))
  .sort((a, b) => b[0].length - a[0].length);

/** Comparator words that read after the number (1300家以上, 15%左右). */
const SUFFIX_WORDS: ReadonlyArray<[string, Comparator]> = [
  ['以上', '>='],
  ['及以上', '>='],
  ['以下', '<='],
  ['及以下', '<='],
  ['以内', '<='],
  ['左右', '~'],
];

const NUMBER = /[+-]?\d[\d,，]*(?:\.\d+)?/;

export interface ParsedTarget {
  readonly comparator: Comparator;
  readonly value: string;
  readonly unit: string;
}

/**
 * Reads a shorthand target such as "≥5个", "不低于95%", "1300家以上", "15%左右", "12月".
 * Returns undefined for qualitative text without a number; throws on a sign or word before the
 * number that is not a known comparator, so a typo (≧, 》=) is not taken as "reach it".
 */
export function parseTargetText(text: string): ParsedTarget | undefined | { error: string } {
  let rest = text.trim().replace(/\s+/g, '');
  let comparator: Comparator | undefined;
  for (const [word, key] of PREFIX_WORDS) {
    if (rest.startsWith(word)) {
      comparator = key;
      rest = rest.slice(word.length);
      break;
    }
  }
  const match = NUMBER.exec(rest);
  if (!match || match.index !== 0) {
    if (match && /^[^\p{Script=Han}\p{L}\d]+$/u.test(rest.slice(0, match.index))) {
      return { error: `无法识别的比较符 “${rest.slice(0, match.index)}”，可用：≥ ≤ > < 左右 不低于 不高于 以上 以下` };
    }
    return comparator === undefined ? undefined : { error: `比较符后应为数字：“${text}”` };
  }
  let tail = rest.slice(match[0].length);
  for (const [word, key] of SUFFIX_WORDS.slice().sort((a, b) => b[0].length - a[0].length)) {
    if (tail.endsWith(word)) {
      if (comparator !== undefined && comparator !== key) {
        return { error: `比较符前后矛盾：“${text}”` };
      }
      comparator = key;
      tail = tail.slice(0, -word.length);
      break;
    }
  }
  if (!/^[^\d]*$/.test(tail)) return undefined;
  return { comparator: comparator ?? '=', value: match[0].replace(/[,，+]/g, ''), unit: tail };
}

const StructuredTarget = z.object({
  comparator: ComparatorKey.default('=').meta({
    description: '比较符：>= 不低于，<= 不高于（反向指标），> 超过，< 低于，~ 左右，= 达到',
  }),
  value: DecimalValue,
  unit: z.string().default(''),
});

/** A 年度指标值: shorthand text ("≥5个"), a bare number, a structured target, or qualitative text. */
export const Target = z
  .union([z.number(), z.string(), StructuredTarget])
  .transform((input, ctx) => {
    if (typeof input === 'number') {
      return { kind: 'quantitative' as const, comparator: '=' as Comparator, value: String(input), unit: '', text: String(input) };
    }
    if (typeof input === 'string') {
      const parsed = parseTargetText(input);
      if (parsed === undefined) return { kind: 'qualitative' as const, text: input.trim() };
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return { kind: 'quantitative' as const, ...parsed, text: input.trim() };
    }
    return { kind: 'quantitative' as const, ...input, text: `${input.value}${input.unit}` };
  })
  .meta({ description: '年度指标值，如 "≥5个"、"1300家"、"15%左右"，或定性描述' });

/** A 实际完成值: a number with its unit ("16个", "17.9%"), or qualitative text ("已完成"). */
export const Actual = z
  .union([z.number(), Text, z.object({ value: DecimalValue, unit: z.string().default('') })])
  .transform((input) => {
    if (typeof input === 'number') return { kind: 'quantitative' as const, value: String(input), unit: '', text: String(input) };
    if (typeof input === 'string') {
      const parsed = parseTargetText(input);
      if (parsed && !('error' in parsed) && parsed.comparator === '=') {
        return { kind: 'quantitative' as const, value: parsed.value, unit: parsed.unit, text: input.trim() };
      }
      return { kind: 'qualitative' as const, text: input.trim() };
    }
    return { kind: 'quantitative' as const, ...input, text: `${input.value}${input.unit}` };
  })
  .meta({ description: '实际完成值，如 "16个"、"17.9%"，或 "已完成"' });

export const QualitativeBand = z.enum(['达成', '基本达成', '部分达成', '未达成']);

export { Text };

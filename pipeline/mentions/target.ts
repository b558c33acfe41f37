/**
 * A target or completion value as written in a 绩效自评表 cell or a data file: "≥5个",
 * "不低于95%", "1300家以上", "15%左右", "12月". The comparator words are read here, once, for the
 * data loader and for the checker's reading of score tables.
 */
/**
 * Comparators a target may carry. The keys are what the model stores; the values are the
 * words and signs a writer uses for them in a 绩效自评表.
 */
export const COMPARATORS = {
  '>=': ['≥', '>=', '＞=', '不低于', '不少于', '大于等于', '以上', '达到'],
  '<=': ['≤', '<=', '不高于', '不超过', '不多于', '不大于', '小于等于', '以下', '以内'],
  '>': ['>', '＞', '超过', '高于', '多于'],
  '<': ['<', '＜', '低于', '少于'],
  '~': ['左右', '约'],
  '=': ['=', '＝'],
} as const;

export type Comparator = keyof typeof COMPARATORS;

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


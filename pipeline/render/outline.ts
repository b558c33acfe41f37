import { chineseNumber } from '../format/index.js';

/**
 * Numbers the headings of a draft in the official outline: ## 一、 → ### （一） → #### 1. →
 * ##### （1）. Templates write headings without numbers, so an omitted optional section never
 * leaves a gap; a heading ending in {-} is left unnumbered (附件).
 */
const MARKERS: ReadonlyArray<(n: number) => string> = [
  (n) => `${chineseNumber(n)}、`,
  (n) => `（${chineseNumber(n)}）`,
  (n) => `${n}.`,
  (n) => `（${n}）`,
];

export function numberOutline(markdown: string): string {
  const counters = [0, 0, 0, 0];
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      const m = /^(#{2,5}) (.*)$/.exec(line);
      if (inFence || !m) return line;
      const hashes = m[1] ?? '##';
      const title = m[2] ?? '';
      if (/\s*\{-\}\s*$/.test(title)) return `${hashes} ${title.replace(/\s*\{-\}\s*$/, '')}`;
      const level = hashes.length - 2;
      counters[level] = (counters[level] ?? 0) + 1;
      for (let k = level + 1; k < counters.length; k += 1) counters[k] = 0;
      const marker = MARKERS[level]?.(counters[level] ?? 1) ?? '';
      return `${hashes} ${marker}${title}`;
    })
    .join('\n');
}

/** Chinese enumerator for 一是、二是 (not a figure). */
export function chineseOrdinal(n: number): string {
  return chineseNumber(n);
}

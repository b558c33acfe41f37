import { InternalError } from '../errors.js';

/**
 * Spans whose years are not plain text: cited titles 《…》 (nested 《〈…〉》 or 《<…>》 included) and
 * document-number brackets 〔2024〕 [2020] ［2020］ 【2020】. An unclosed 《 makes no span, so one typo
 * cannot freeze the rest of the text.
 */
function protectedSpans(text: string): { titles: Array<[number, number]>; numbers: Array<[number, number]> } {
  const titles: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '《') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === '》' && depth > 0) {
      depth -= 1;
      if (depth === 0) titles.push([start, i + 1]);
    }
  }
  const numbers: Array<[number, number]> = [];
  for (const m of text.matchAll(/〔[^〔〕]*〕|\[[^[\]]*\]|［[^［］]*］|【[^【】]*】/gu)) numbers.push([m.index, m.index + m[0].length]);
  return { titles, numbers };
}

const within = (spans: ReadonlyArray<[number, number]>, i: number): boolean => spans.some(([s, e]) => i >= s && i < e);

const YEAR = '(?:19|20)[0-9]{2}';
const RANGE_SEP = '\\s*(?:-|－|–|—|~|～|至|到)\\s*';
/** A year followed by 年 (年度, 年底, 年末…), optionally as a range 2022-2023年; never inside a longer number. */
const YEAR_REF = new RegExp(`(?<![0-9０-９.．])(?<![0-9],)(${YEAR})(?:(${RANGE_SEP})(${YEAR}))?(?=\\s*年)`, 'gu');

/**
 * Moves year references on by `by` years: 2023年 → 2024年, 2022-2023年度 → 2023-2024年度,
 * 截止2022年底 → 截止2023年底. Document numbers (株财函〔2024〕24号) and numbers that are not years
 * (1864.05, 2045家) stay. A year inside a cited title moves with the text around it: when the same
 * year is moved outside titles in `context` (the section the text comes from; the text itself by
 * default), 《2023年度…通知》 beside 2023年 moves too; a title naming another year
 * (《…2020年…办法》, a standing document) stays.
 */
export function shiftYears(text: string, by: number, options: { context?: string } = {}): string {
  if (!Number.isInteger(by)) throw new InternalError(`shiftYears: ${by} is not a whole number of years`);
  if (by === 0) return text;
  const current = yearsOutsideTitles(options.context ?? text);
  const { titles, numbers } = protectedSpans(text);
  return text.replace(YEAR_REF, (match: string, first: string, sep: string | undefined, second: string | undefined, offset: number) => {
    if (within(numbers, offset)) return match;
    if (within(titles, offset) && !current.has(first) && (second === undefined || !current.has(second))) return match;
    const moved = String(Number(first) + by);
    return second === undefined || sep === undefined ? moved : `${moved}${sep}${String(Number(second) + by)}`;
  });
}

/** The years a text states outside cited titles and document numbers: the years it is about. */
function yearsOutsideTitles(text: string): Set<string> {
  const { titles, numbers } = protectedSpans(text);
  const out = new Set<string>();
  for (const m of text.matchAll(YEAR_REF)) {
    if (within(titles, m.index) || within(numbers, m.index)) continue;
    if (m[1] !== undefined) out.add(m[1]);
    if (m[3] !== undefined) out.add(m[3]);
  }
  return out;
}

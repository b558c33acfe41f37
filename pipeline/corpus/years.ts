import { InternalError } from '../errors.js';

/**
 * Spans whose years must stay: cited titles 《…》 (nested 《〈…〉》 or 《<…>》 included) and
 * document-number brackets 〔2024〕 [2020] ［2020］ 【2020】. An unclosed 《 protects nothing,
 * so one typo cannot freeze the rest of the text.
 */
function protectedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (ch === '《') {
      if (depth === 0) start = i;
      depth += 1;
    } else if (ch === '》' && depth > 0) {
      depth -= 1;
      if (depth === 0) spans.push([start, i + 1]);
    }
  }
  for (const m of text.matchAll(/〔[^〔〕]*〕|\[[^[\]]*\]|［[^［］]*］|【[^【】]*】/gu)) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

const YEAR = '(?:19|20)[0-9]{2}';
const RANGE_SEP = '\\s*(?:-|－|–|—|~|～|至|到)\\s*';
/** A year followed by 年 (年度, 年底, 年末…), optionally as a range 2022-2023年; never inside a longer number. */
const YEAR_REF = new RegExp(`(?<![0-9０-９.．])(?<![0-9],)(${YEAR})(?:(${RANGE_SEP})(${YEAR}))?(?=\\s*年)`, 'gu');

/**
 * Moves year references on by `by` years: 2023年 → 2024年, 2022-2023年度 → 2023-2024年度,
 * 截止2022年底 → 截止2023年底. Leaves document numbers (株财函〔2024〕24号), years inside cited
 * titles (《…2024年度…通知》) and numbers that are not years (1864.05, 2045家) alone.
 */
export function shiftYears(text: string, by: number): string {
  if (!Number.isInteger(by)) throw new InternalError(`shiftYears: ${by} is not a whole number of years`);
  if (by === 0) return text;
  const spans = protectedSpans(text);
  const inside = (i: number): boolean => spans.some(([s, e]) => i >= s && i < e);
  return text.replace(YEAR_REF, (match: string, first: string, sep: string | undefined, second: string | undefined, offset: number) => {
    if (inside(offset)) return match;
    const moved = String(Number(first) + by);
    return second === undefined || sep === undefined ? moved : `${moved}${sep}${String(Number(second) + by)}`;
  });
}

/**
 * The clause a figure stands in, its figure replaced by #: "以#活动为抓手培育新质生产力". A figure
 * quoted from the data's own prose is known again by this shape wherever a report repeats the
 * clause, however short its subject (两项活动 has only 活动).
 */
const STOPS = /[，,。；;：:！!？?\n|]/u;
/** Formatting that a report adds around quoted words: spaces, emphasis, quotes. */
const NOISE = /[\s*“”"‘’「」]/gu;

const DIGIT = /[0-9０-９]/u;

/** Whether the character at i ends a clause: a comma or colon between digits (1,200人, 18:00) does not. */
function stopsAt(text: string, i: number): boolean {
  const c = text.charAt(i);
  if (!STOPS.test(c)) return false;
  return !(/[，,：:]/u.test(c) && DIGIT.test(text.charAt(i - 1)) && DIGIT.test(text.charAt(i + 1)));
}

export function clauseShape(text: string, start: number, end: number): string {
  let a = start;
  while (a > 0 && !stopsAt(text, a - 1)) a -= 1;
  let b = end;
  while (b < text.length && !stopsAt(text, b)) b += 1;
  return `${text.slice(a, start).replace(NOISE, '')}#${text.slice(end, b).replace(NOISE, '')}`;
}

/** Fewest characters besides # for a clause to be known again: shorter ones recur by chance. */
export const CLAUSE_MIN = 8;

/** Whether a report's clause repeats a quoted clause (or contains it whole, with its figure at the same place). */
export function repeatsClause(reportClause: string, quoted: string): boolean {
  if ([...quoted].length - 1 < CLAUSE_MIN) return false;
  return reportClause.includes(quoted);
}

/**
 * What makes a digit in a report not a figure to trace: dates, years, document numbers, titles of
 * cited documents, outline markers, model codes and names the data gives. Shared by the test that
 * every number of a draft comes from a fact and by the paraphrase corpus's own validation.
 */
import type { ReportData } from '../../schemas/data.js';

/** Names the data gives (projects, items, indicators…): digits inside them are part of a name, not figures. */
export function namesOf(data: ReportData): string[] {
  const names = [data.meta.unit, data.meta.project, data.meta.title, data.meta.notice?.title, data.meta.notice?.number];
  for (const p of data.projects) names.push(p.name, ...p.items.map((i) => i.name));
  for (const i of data.indicators) names.push(i.name, i.level2);
  for (const a of data.achievements) names.push(a.name, a.rank);
  return names.filter((n): n is string => n !== undefined && /\d/.test(n));
}

/** Spans that hold digits but no figure: dates, years, document numbers, titles of cited documents, outline markers. */
export function exemptSpans(markdown: string, names: readonly string[]): [number, number][] {
  const spans: [number, number][] = [];
  const add = (re: RegExp): void => {
    for (const m of markdown.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  };
  add(/\d{4}\s*(?:[-—–]\s*\d{4}\s*)?年(?:度|初|末|底)?(?:\d{1,2}\s*[-—–]?\s*(?:\d{1,2}\s*)?月(?:\d{1,2}日)?)?/g);
  add(/\d{1,2}月\d{1,2}日/g);
  add(/[〔[]\d{4}[〕\]]\s*\d+\s*号/g);
  add(/《[^》]*》/g);
  add(/^#{1,6} (?:\d+\.|（\d+）)/gm);
  // Model names and codes: QDR280, SA750U.
  add(/[A-Za-z]+\d+[A-Za-z0-9]*|\d+[A-Za-z]+[A-Za-z0-9]*/g);
  // Durations: 执行期1年以上, 超过1年, 连续4年 say how long, not a figure of the report.
  add(/(?:连续|近|超过|满|逾)\s*\d+\s*年|\d+\s*年(?:以上|以下|以内|以来|内)/g);
  // Enumerators that open a table row label (1．公务用车…).
  add(/(?<=\|[ 　]*)\d{1,2}[．.、](?=\S)/g);
  for (const name of names) {
    let from = 0;
    for (let at = markdown.indexOf(name, from); at >= 0; at = markdown.indexOf(name, from)) {
      spans.push([at, at + name.length]);
      from = at + name.length;
    }
  }
  return spans;
}

/** Digit runs of `text` inside none of `covered` (figures) and none of the exempt spans. */
export function uncoveredDigits(text: string, covered: readonly [number, number][], exempt: readonly [number, number][]): string[] {
  const inside = (start: number, end: number, spans: readonly [number, number][]): boolean => spans.some(([s, e]) => start >= s && end <= e);
  const out: string[] = [];
  for (const m of text.matchAll(/\d[\d,]*(?:\.\d+)?/g)) {
    const [s, e] = [m.index, m.index + m[0].length];
    if (!inside(s, e, covered) && !inside(s, e, exempt)) out.push(`${m[0]} @${s}: …${text.slice(Math.max(0, s - 15), e + 10)}…`);
  }
  return out;
}

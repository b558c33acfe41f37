import type { ReportData } from '../../schemas/data.js';
import { findTopic, sectionText, shiftYears, type SectionTree, type Topic } from './index.js';

/** A part of the prior-year report carried into this year's draft because the data has no content for it. */
export interface CarriedSection {
  readonly topic: Topic & string;
  /** The prior report's heading, for the review note. */
  readonly title: string;
  /** Paragraphs with their year references moved on. */
  readonly paragraphs: readonly string[];
  readonly file: string;
  /** Years the references were moved by (this report's year − the prior report's). */
  readonly shift: number;
  /** Whether any year in the text was moved. */
  readonly shifted: boolean;
}

/** Topics a prior-year report can supply, with the data field that supersedes it when filled. */
const CARRIABLE: ReadonlyArray<[Topic & string, (d: ReportData) => unknown]> = [
  ['functions', (d) => d.background.functions],
  ['organization', (d) => d.background.organization],
  ['purpose', (d) => d.background.purpose],
  ['management', (d) => d.background.management],
  ['implementation', (d) => d.background.implementation],
  ['decision', (d) => d.background.decision],
];

/**
 * corpus → the sections to carry: those whose topic the data leaves empty. Years move on by
 * the gap between the prior report and this one, so 2023年 becomes 2024年.
 */
export function carryOver(data: ReportData, prior: SectionTree, priorYear: number | undefined, file: string): CarriedSection[] {
  const by = priorYear === undefined ? 1 : data.meta.year - priorYear;
  const out: CarriedSection[] = [];
  for (const [topic, field] of CARRIABLE) {
    if (field(data) !== undefined) continue;
    const section = findTopic(prior, topic);
    if (!section) continue;
    const text = sectionText(section, { withChildren: true }).trim();
    if (text === '') continue;
    const original = text.split(/\n+/).map((p) => p.trim()).filter((p) => p !== '');
    // Years in cited titles move with the years the whole section states, not just their paragraph's.
    const paragraphs = original.map((p) => shiftYears(p, by, { context: text }));
    out.push({ topic, title: section.title, paragraphs, file, shift: by, shifted: paragraphs.some((p, i) => p !== original[i]) });
  }
  return out;
}

/** The year a prior report is about, read from its title (2023年度…). */
export function reportYear(tree: SectionTree): number | undefined {
  const m = /(20\d\d)\s*年/.exec(tree.title ?? '');
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

const YEARS_IN_WORDS = ['', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** 年份已顺延一年 / 年份已提前两年. */
export function yearShiftWords(shift: number): string {
  const n = Math.abs(shift);
  return `年份已${shift > 0 ? '顺延' : '提前'}${YEARS_IN_WORDS[n] ?? String(n)}年`;
}

/** What was done to a carried text, for the review note: 沿用上年报告“（一）部门主要职责”，年份已顺延一年. */
export function carryNote(c: Pick<CarriedSection, 'title' | 'shift' | 'shifted'>): string {
  const from = `沿用上年报告“${c.title}”`;
  return c.shifted ? `${from}，${yearShiftWords(c.shift)}` : from;
}

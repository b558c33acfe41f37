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
    out.push({
      topic,
      title: section.title,
      paragraphs: text.split(/\n+/).map((p) => shiftYears(p.trim(), by)).filter((p) => p !== ''),
      file,
    });
  }
  return out;
}

/** The year a prior report is about, read from its title (2023年度…). */
export function reportYear(tree: SectionTree): number | undefined {
  const m = /(20\d\d)\s*年/.exec(tree.title ?? '');
  return m?.[1] === undefined ? undefined : Number(m[1]);
}

import type { FileReport, MentionRecord } from '../../../schemas/check-result.js';
import type { Fact } from '../../../schemas/fact.js';
import { CODES } from '../../codes.js';
import type { Finding } from '../../../schemas/finding.js';

/** An old → new figure of an `update` run; offset and length are those of the new figure in the text shown. */
export interface FigureChange {
  readonly offset: number;
  readonly length: number;
  readonly old: string;
  readonly new: string;
  readonly factId?: string | undefined;
}

export type MarkStatus = MentionRecord['status'] | 'other';
export type FindingCategory = 'mismatch' | 'rule' | 'ambiguous' | 'unverified';

/** A highlighted span of the text: a figure the checker found, or a finding's place that is no figure of its list. */
export interface Mark {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly status: MarkStatus;
  readonly mention?: MentionRecord | undefined;
  /** Findings located at this mark. */
  readonly findings: number[];
  /** Rule findings that list this mark among their related figures. */
  readonly relatedOf: number[];
  change?: number | undefined;
}

export interface FindingView {
  readonly index: number;
  readonly finding: Finding;
  readonly category: FindingCategory;
  readonly mark: number;
  readonly related: number[];
}

export interface ChangeView {
  readonly index: number;
  readonly change: FigureChange;
  /** The mark the new figure is (or is inside), if the checker found it. */
  readonly mark?: number | undefined;
}

export interface ReviewModel {
  readonly marks: Mark[];
  readonly findings: FindingView[];
  readonly changes: ChangeView[];
}

export function categoryOf(code: Finding['code']): FindingCategory {
  switch (code) {
    case 'JX_CHECK_MISMATCH':
      return 'mismatch';
    case 'JX_CHECK_AMBIGUOUS':
      return 'ambiguous';
    case 'JX_CHECK_UNVERIFIED':
      return 'unverified';
    default:
      return 'rule';
  }
}

export function codeLabel(code: Finding['code']): string {
  return CODES[code].meaning;
}


/**
 * Marks from the report's mentions, then one more for each finding place or related figure that
 * is no mention (a rule may point at a span the figure list does not hold). Marks never overlap:
 * a place overlapping an existing mark is that mark.
 */
export function buildModel(textLength: number, report: FileReport, changes: readonly FigureChange[]): ReviewModel {
  type Draft = { start: number; end: number; status: MarkStatus; mention?: MentionRecord };
  const drafts: Draft[] = [];
  for (const m of report.mentions) {
    const start = clamp(m.offset, textLength);
    const end = clamp(m.offset + Math.max(1, m.length), textLength);
    drafts.push({ start, end, status: m.status, mention: m });
  }
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping mentions (should not happen): keep the first, fold the next into it.
  const kept: Draft[] = [];
  for (const d of drafts) {
    const last = kept[kept.length - 1];
    if (last && d.start < last.end) continue;
    kept.push(d);
  }

  const extra: Draft[] = [];
  const place = (offset: number, length: number) => {
    const start = clamp(offset, textLength);
    const end = clamp(offset + Math.max(1, length), textLength);
    if (!findOverlap(kept, start, end) && !findOverlap(extra, start, end)) extra.push({ start, end, status: 'other' });
  };
  for (const f of report.findings) {
    place(f.location.offset, f.location.length);
    for (const r of f.related ?? []) place(r.offset, r.length);
  }
  const all = [...kept, ...extra].sort((a, b) => a.start - b.start);
  const marks: Mark[] = all.map((d, index) => ({ index, start: d.start, end: d.end, status: d.status, mention: d.mention, findings: [], relatedOf: [] }));

  const markAt = (offset: number, length: number): number => {
    const start = clamp(offset, textLength);
    const end = clamp(offset + Math.max(1, length), textLength);
    return findOverlap(marks, start, end)?.index ?? -1;
  };

  const findings: FindingView[] = report.findings.map((finding, index) => {
    const mark = markAt(finding.location.offset, finding.location.length);
    const category = categoryOf(finding.code);
    const related: number[] = [];
    for (const r of finding.related ?? []) {
      const k = markAt(r.offset, r.length);
      if (k >= 0 && k !== mark && !related.includes(k)) related.push(k);
    }
    const m = marks[mark];
    if (m) m.findings.push(index);
    for (const k of related) marks[k]?.relatedOf.push(index);
    return { index, finding, category, mark, related };
  });

  const changeViews: ChangeView[] = changes.map((change, index) => {
    const k = change.length > 0 ? markAt(change.offset, change.length) : -1;
    const m = marks[k];
    if (m && m.change === undefined) m.change = index;
    return { index, change, mark: m ? k : undefined };
  });

  return { marks, findings, changes: changeViews };
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(max, Math.trunc(n)));
}

/** The first of sorted, non-overlapping spans that overlaps [start, end) (binary search). */
function findOverlap<T extends { start: number; end: number }>(spans: readonly T[], start: number, end: number): T | undefined {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const s = spans[lo];
  if (s && s.start < end && s.end > start) return s;
  // Unsorted extras: fall back to a scan.
  return spans.find((x) => x.start < end && x.end > start);
}

export function factMap(facts: readonly Fact[] | undefined): Map<string, Fact> {
  return new Map((facts ?? []).map((f) => [f.id, f]));
}

/** Shared predicates on prose figures. */
import type { Section } from '../../../corpus/index.js';
import type { Mention } from '../../../mentions/index.js';
import type { Doc, Sentence } from './doc.js';
import { fig, type Fig } from './figure.js';

function inTableSection(section: Section | undefined): boolean {
  return section?.topic === 'score-table' || section?.topic === 'base-table';
}

/**
 * A figure of the narrative: in a paragraph, not in a table (nor a table flattened into text,
 * whose columns can no longer be told apart), not under a score-table caption.
 */
export function isProse(doc: Doc, m: Mention): boolean {
  if (m.inTable) return false;
  const r = doc.regionOf(m);
  return r !== undefined && r.kind === 'paragraph' && !inTableSection(r.section);
}

/** Sentences of the narrative. */
export function proseSentences(doc: Doc): Sentence[] {
  return doc.sentences.filter((s) => !inTableSection(s.region.section));
}

/** An amount that may be a part or a total: money, count or quantity, not a change. */
export function amountFig(doc: Doc, m: Mention): Fig | undefined {
  if (m.change !== undefined || !isProse(doc, m)) return undefined;
  const f = fig(m);
  if (!f || f.family === '%' || f.family === 'points') return undefined;
  return f;
}

/** The last clause of a lead (after its last ，；：): the words right before a figure. */
export function lastClause(lead: string): string {
  const parts = lead.split(/[，,；;：:]/u);
  return parts[parts.length - 1] ?? '';
}

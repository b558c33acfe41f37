import type { Fact } from '../../schemas/fact.js';

/**
 * Which new fact an old one became. Ids hold positions (project.3, ind.7), and positions move
 * when the data drops an item, so an id alone is trusted only when the fact also keeps its label
 * or subject, or when the id holds no position at all (budget.total, staff.change).
 */
export class FactMap {
  private readonly byId = new Map<string, Fact>();
  private readonly byLabel = new Map<string, Fact[]>();
  private readonly bySubjectSuffix = new Map<string, Fact[]>();

  constructor(readonly newFacts: readonly Fact[]) {
    for (const f of newFacts) {
      this.byId.set(f.id, f);
      this.byLabel.set(f.label, [...(this.byLabel.get(f.label) ?? []), f]);
      const key = subjectKey(f);
      if (key) this.bySubjectSuffix.set(key, [...(this.bySubjectSuffix.get(key) ?? []), f]);
    }
  }

  map(old: Fact): Fact | undefined {
    const same = this.byId.get(old.id);
    if (same && same.unit === old.unit && (same.label === old.label || (same.subject !== undefined && same.subject === old.subject) || !/\.\d+(\.|$)/.test(old.id))) {
      return same;
    }
    const byLabel = this.byLabel.get(old.label);
    if (byLabel?.length === 1) return byLabel[0];
    const key = subjectKey(old);
    const bySubject = key ? this.bySubjectSuffix.get(key) : undefined;
    if (bySubject?.length === 1) return bySubject[0];
    return undefined;
  }
}

/** project.3.actual with subject “上级专项” → “上级专项|project.*.actual”. */
function subjectKey(f: Fact): string | undefined {
  if (f.subject === undefined) return undefined;
  return `${f.subject}|${f.id.replace(/\.\d+(?=\.|$)/g, '.*')}`;
}

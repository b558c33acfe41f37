import type { ReportData } from '../../schemas/data.js';
import type { CarriedSection } from '../corpus/carry.js';
import { clauseShape, extractMentions, type Mention } from '../mentions/index.js';
import { factKindOfUnit } from '../mentions/units.js';
import type { FactBuilder } from './builder.js';

/**
 * Free text in the data (goals, purposes, reasons) may carry figures ("力争…达到120亿元以上").
 * Each becomes a fact whose provenance is the text field, so the draft's every number is
 * traceable and the checker can bind it; the renderer marks them at the same offsets.
 */
export function textFigureId(path: string, index: number): string {
  return `text.${path}#${index}`;
}

export function textMentions(text: string): Mention[] {
  return extractMentions(text).filter((m) => m.kind !== 'rank' || m.unit !== '');
}

/**
 * Decimals of a figure quoted from prose: an exact amount in 万元 takes the report's money
 * decimals (never fewer than written), so "3600万元" in a data text prints 3600.00万元 beside the
 * report's 1864.05万元. Approximations (近900万元, 50万元以上) keep their own form.
 */
export function quotedPrecision(m: Mention, moneyDecimals: number | undefined): number {
  if (moneyDecimals === undefined || m.unit !== '万元' || m.approx !== 'exact') return m.precision;
  return Math.max(m.precision, moneyDecimals);
}

export function textFacts(b: FactBuilder, data: ReportData): void {
  for (const [path, text] of textFields(data)) {
    const owner = rankOwner(data, path);
    textMentions(text).forEach((m, k) => {
      b.add({
        id: textFigureId(path, k), role: 'quoted', label: owner !== undefined ? `${owner}${m.subject.text}` : m.subject.text || m.text, aliases: [], kind: m.unit === '' ? 'quantity' : factKindOfUnit(m.unit),
        value: m.value, unit: m.unit, precision: quotedPrecision(m, b.moneyDecimals), provenance: { kind: 'data', path }, subject: owner ?? m.subject.text,
        ...(m.approx !== 'exact' ? { approx: m.approx } : {}), quote: clauseShape(text, m.start, m.end),
      });
    });
  }
}

/** An achievement's rank (全省第二) ranks that achievement: its figure is the achievement's, not 全省's. */
function rankOwner(data: ReportData, path: string): string | undefined {
  const at = /^achievements\[(\d+)\]\.rank$/u.exec(path);
  return at ? data.achievements[Number(at[1])]?.name : undefined;
}

/** Every free-text field of the model, by its data path: what the draft may quote of the writer's words. */
export function textFields(data: ReportData): [string, string][] {
  const out: [string, string][] = [];
  const list = (path: string, value: readonly string[] | undefined): void => value?.forEach((t, i) => out.push([`${path}[${i}]`, t]));
  const one = (path: string, value: string | undefined): void => {
    if (value !== undefined) out.push([path, value]);
  };
  const basis = (path: string, stated: { basis?: string | undefined } | undefined): void => one(`${path}.basis`, stated?.basis);
  const bg = data.background;
  list('background.functions', bg.functions);
  list('background.organization', bg.organization);
  list('background.purpose', bg.purpose);
  list('background.management', bg.management);
  list('background.implementation', bg.implementation);
  list('background.decision', bg.decision);
  one('staffing.changeReason', data.staffing?.changeReason);
  basis('staffing.controlRate', data.staffing?.controlRate);
  data.budget.adjustments.forEach((a, i) => one(`budget.adjustments[${i}].reason`, a.reason));
  basis('budget.rate', data.budget.rate);
  one('budget.otherBudgets.fund', data.budget.otherBudgets?.fund);
  one('budget.otherBudgets.stateCapital', data.budget.otherBudgets?.stateCapital);
  one('budget.otherBudgets.socialInsurance', data.budget.otherBudgets?.socialInsurance);
  list('goals.expected', data.goals?.expected);
  list('goals.actual', data.goals?.actual);
  data.projectGroups.forEach((g, i) => basis(`projectGroups[${i}].rate`, g.rate));
  data.projects.forEach((p, i) => {
    one(`projects[${i}].purpose`, p.purpose);
    list(`projects[${i}].results`, p.results);
    one(`projects[${i}].gap.reason`, p.gap?.reason);
    p.items.forEach((it, j) => one(`projects[${i}].items[${j}].note`, it.note));
  });
  if (data.kind === 'department') {
    one('basicExpense.reason', data.basicExpense?.reason);
    basis('basicExpense.changeRate', data.basicExpense?.changeRate);
    one('projectExpense.reason', data.projectExpense?.reason);
    basis('projectExpense.changeRate', data.projectExpense?.changeRate);
    for (const key of ['vehicle', 'vehiclePurchase', 'vehicleOperation', 'overseas', 'reception', 'total'] as const) {
      one(`threePublic.${key}.reason`, data.threePublic?.[key]?.reason);
      basis(`threePublic.${key}.changeRate`, data.threePublic?.[key]?.changeRate);
    }
    one('procurement.note', data.procurement?.note);
    list('assets.notes', data.assets?.notes);
  }
  data.indicators.forEach((ind, i) => {
    one(`indicators[${i}].deviation.reason`, ind.deviation?.reason);
    one(`indicators[${i}].deviation.measure`, ind.deviation?.measure);
    if (ind.target.kind === 'qualitative') one(`indicators[${i}].target.text`, ind.target.text);
    if (ind.actual?.kind === 'qualitative') one(`indicators[${i}].actual.text`, ind.actual.text);
  });
  data.achievements.forEach((a, i) => {
    one(`achievements[${i}].rank`, a.rank);
    one(`achievements[${i}].note`, a.note);
    basis(`achievements[${i}].changeRate`, a.changeRate);
  });
  data.problems.forEach((p, i) => {
    one(`problems[${i}].text`, p.text);
    one(`problems[${i}].cause`, p.cause);
    one(`problems[${i}].measure`, p.measure);
  });
  (data.measures ?? []).forEach((m, i) => one(`measures[${i}].text`, m.text));
  list('suggestions', data.suggestions);
  list('application', data.application);
  list('otherNotes', data.otherNotes);
  list('recognitions', data.recognitions);
  return out;
}

export function priorFigureId(topic: string, paragraph: number, index: number): string {
  return `prior.${topic}.${paragraph}#${index}`;
}

/** Figures in text carried from the prior-year report: traceable, and marked for review. */
export function priorFacts(b: FactBuilder, carried: readonly CarriedSection[]): void {
  for (const section of carried) {
    section.paragraphs.forEach((text, p) => {
      textMentions(text).forEach((m, k) => {
        b.add({
          id: priorFigureId(section.topic, p, k), role: 'carried', label: m.subject.text || m.text, aliases: [], kind: m.unit === '' ? 'quantity' : factKindOfUnit(m.unit),
          value: m.value, unit: m.unit, precision: quotedPrecision(m, b.moneyDecimals), provenance: { kind: 'prior', file: section.file, section: section.title }, subject: m.subject.text,
        });
      });
    });
  }
}

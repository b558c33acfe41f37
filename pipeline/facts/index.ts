import type { ReportData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import { achievementFacts } from './achievements.js';
import { budgetFacts } from './budget.js';
import { FactBuilder, type FactTable } from './builder.js';
import { indicatorFacts } from './indicators.js';
import { projectFacts } from './projects.js';
import { priorFacts, textFacts } from './text.js';
import type { CarriedSection } from '../corpus/carry.js';
import { assetFacts, basicExpenseFacts, controlFacts, procurementFacts, projectExpenseFacts, staffingFacts } from './unit.js';

export type { DataNote, FactTable, NotePart } from './builder.js';
export { actualLabelOf } from './projects.js';
export { assessIndicator, type Assessment, type Status } from './scoring.js';
export { achievementId } from './achievements.js';
export { priorFigureId, textFigureId, textFields, textMentions } from './text.js';

export interface BuildFactsOptions {
  /** The data file, for the place of warnings. */
  readonly file?: string | undefined;
  /** Sections carried from the prior-year report: their figures become facts of provenance prior. */
  readonly carried?: readonly CarriedSection[] | undefined;
  /** Data paths the file leaves empty to be filled in (LoadedData.empty): their figures are pending. */
  readonly empty?: readonly string[] | undefined;
}

/** facts: validated model → every figure the report may state, in exact decimal arithmetic. */
export function buildFacts(data: ReportData, profile: ScoreProfile, options: BuildFactsOptions = {}): FactTable {
  const moneyDecimals = data.meta.moneyDecimals === 'as-written' ? undefined : data.meta.moneyDecimals;
  const b = new FactBuilder(options.file, moneyDecimals, new Set(options.empty ?? []));
  budgetFacts(b, data);
  staffingFacts(b, data);
  basicExpenseFacts(b, data);
  projectFacts(b, data);
  projectExpenseFacts(b, data);
  controlFacts(b, data);
  procurementFacts(b, data);
  assetFacts(b, data);
  indicatorFacts(b, data, profile);
  achievementFacts(b, data);
  textFacts(b, data);
  priorFacts(b, options.carried ?? []);
  return { facts: b.facts, warnings: b.warnings, notes: b.notes, style: { thousands: data.meta.thousands }, pending: b.pending };
}

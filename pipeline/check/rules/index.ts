/**
 * The data-free rules of the checker: relations a reader can verify inside the report itself
 * (parts add up, rates are their ratios, budgets roll forward, the same metric agrees with
 * itself, the score table adds up and follows the scoring rule). One rule per file; each
 * returns hits on mentions, which the check stage turns into located findings.
 */
import { rule as balance } from './balance.js';
import { rule as budgetAdjust } from './budget-adjust.js';
import { rule as conflict } from './conflict.js';
import { rule as grade } from './grade.js';
import { rule as parts } from './parts.js';
import { rule as rate } from './rate.js';
import { rule as scoreTable } from './score-table.js';
import { rule as sum } from './sum.js';
import { rule as unit } from './unit.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

export type { Rule, RuleContext, RuleHit, RuleMeta, RuleSeverity } from './types.js';

/** Every rule, in the order findings are listed. */
export const RULES: readonly Rule[] = [sum, parts, rate, budgetAdjust, balance, conflict, unit, scoreTable, grade];

/** Runs the rules (all, or those given) and returns their hits sorted by position. */
export function runRules(ctx: RuleContext, rules: readonly Rule[] = RULES): RuleHit[] {
  const hits = rules.flatMap((r) => r.check(ctx));
  return hits.sort((a, b) => a.mention.start - b.mention.start || a.code.localeCompare(b.code));
}

/** Shared harness for the rule tests: text → context → hits of one rule (or all). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { extractMentions } from '../../../pipeline/mentions/index.js';
import { RULES, runRules, type Rule, type RuleContext, type RuleHit } from '../../../pipeline/check/rules/index.js';
import { readCorpus } from '../../../pipeline/corpus/index.js';
import { ScoreProfile } from '../../../schemas/profile.js';
import { SEEDS } from '../../support/paths.js';

export { NEEDS_SEEDS } from '../../support/paths.js';

const PROFILE_FILE = fileURLToPath(new URL('../../../profiles/national.yaml', import.meta.url));
export const NATIONAL: ScoreProfile = ScoreProfile.parse(parse(readFileSync(PROFILE_FILE, 'utf8')));

export function context(text: string, file = 'report.txt', profile: ScoreProfile = NATIONAL): RuleContext {
  return { file, text, tree: readCorpus(text, { file }), mentions: extractMentions(text), profile };
}

export function ruleById(id: string): Rule {
  const r = RULES.find((x) => x.meta.id === id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
}

/** Hits of one rule on a text, as [code, flagged figure] pairs in text order. */
export function hitsOf(id: string, text: string, file = 'report.txt', profile?: ScoreProfile): [string, string][] {
  return runRules(context(text, file, profile), [ruleById(id)]).map((h) => [h.code, h.mention.text.trim()]);
}

export function allHits(text: string, file: string): RuleHit[] {
  return runRules(context(text, file));
}

export function seed(name: string): string {
  return readFileSync(path.join(SEEDS, name), 'utf8');
}

/** One line per hit: code, severity and the stated figure, for whole-list assertions. */
export function summary(hits: readonly RuleHit[]): string[] {
  return hits.map((h) => `${h.code} ${h.severity} ${h.mention.text.replace(/\s+/gu, '')}`);
}

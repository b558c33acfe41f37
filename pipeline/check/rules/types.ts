import type { SectionTree } from '../../corpus/index.js';
import type { Mention } from '../../mentions/index.js';
import type { FindingCode } from '../../../schemas/finding.js';
import type { ScoreProfile } from '../../../schemas/profile.js';

export interface RuleContext {
  readonly file: string;
  /** The whole report text as read (Markdown or plain). */
  readonly text: string;
  readonly tree: SectionTree;
  /** All mentions of the text, sorted by start. */
  readonly mentions: readonly Mention[];
  /** The scoring rule (national by default). */
  readonly profile: ScoreProfile;
  /** The reporting unit's names from the data (meta.unit, shortName), when there is data. */
  readonly owners?: readonly string[] | undefined;
}

export type RuleSeverity = 'error' | 'warning' | 'info';

export interface RuleHit {
  readonly code: FindingCode;
  readonly severity: RuleSeverity;
  /** Chinese: what is wrong and by how much. */
  readonly message: string;
  /** The figure the finding is about (the total, the rate, the later statement…). */
  readonly mention: Mention;
  /** The value the relation gives, with unit ("1814.05万元"). */
  readonly expected?: string;
  /** The relation ("Σ 分项（240 + 300 + …）", "执行数 ÷ 全年预算数"). */
  readonly source: string;
  /** The other figures of the relation. */
  readonly related: readonly Mention[];
}

export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly codes: FindingCode[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): RuleHit[];
}

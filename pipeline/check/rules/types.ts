import type { SectionTree } from '../../corpus/index.js';
import type { Mention } from '../../mentions/index.js';
import type { CheckCode } from '../../codes.js';
import type { Finding } from '../../../schemas/finding.js';
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

export type RuleSeverity = Finding['severity'];

/**
 * A finding as a rule raises it: the finding's own fields, about mentions rather than located
 * figures (the check stage locates them and adds the sentence).
 */
export interface RuleHit extends Pick<Finding, 'severity' | 'message' | 'expected'> {
  readonly code: CheckCode;
  /** The figure the finding is about (the total, the rate, the later statement…). */
  readonly mention: Mention;
  /** The relation ("Σ 分项（240 + 300 + …）", "执行数 ÷ 全年预算数"). */
  readonly source: string;
  /** The other figures of the relation. */
  readonly related: readonly Mention[];
}

export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly codes: CheckCode[];
}

export interface Rule {
  readonly meta: RuleMeta;
  check(ctx: RuleContext): RuleHit[];
}

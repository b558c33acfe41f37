/**
 * What a figure is bound in: its sidecar anchor, whose it is (the entity its sentence, table row,
 * paragraph label or section names), whether its sentence is about aims, and the figure before it.
 * One reading for check and for update, so both bind an edited sentence alike.
 */
import type { Mention } from '../mentions/index.js';
import { isRoleOnly } from '../mentions/index.js';
import type { AnchorIndex, BindContext, Binder } from './bind.js';
import type { Locator } from './locate.js';

/** The label a paragraph opens with ("产业发展资金：资金主要用于…"): whose its figures are. */
function paragraphLabel(text: string, pos: number): string {
  const start = text.lastIndexOf('\n', pos - 1) + 1;
  return /^[\s*#>-]*([^：:。；，\n]{2,24})[：:]/u.exec(text.slice(start, pos))?.[1] ?? '';
}

export interface ContextInput {
  readonly text: string;
  readonly mentions: readonly Mention[];
  readonly binder: Binder;
  readonly locator: Locator;
  readonly anchors?: AnchorIndex | undefined;
  /** Without data no entity is named: only the anchor and the sentence count. */
  readonly withData: boolean;
}

/** The binding context of the i-th mention (its anchor is claimed from the index: call once per mention, in order). */
export function bindContext(input: ContextInput, i: number): BindContext {
  const { text, mentions, binder, locator, anchors, withData } = input;
  const m = mentions[i];
  if (!m) throw new RangeError(`no mention ${i}`);
  const sentence = locator.sentence(m.start, m.end);
  // A figure in a sentence about aims (力争…, 目标…) states a target, not a result.
  const lead = sentence.sentence.slice(0, Math.max(0, m.start - sentence.sentenceOffset));
  const aboutTarget = /力争|目标|预期|计划|任务数|确保|年度指标值/.test(lead);
  const anchor = anchors?.find(text, m);
  // Whose the figure is: the entity its sentence names before it, or its table row, or its section.
  // A subject that names its entity (公务接待费本年预算) owns itself; one that names only a role
  // (实际, 完成率, 本年预算) takes the entity its sentence, table row or section names before it.
  const named = withData && !m.table ? binder.ownerOf(m.subject.text) : undefined;
  const owner = !withData
    ? undefined
    : m.table
      ? binder.ownerOf(m.table.row.join(' '), { groupsOnly: true })
      : (named ??
        (isRoleOnly(m.subject.text)
          ? (binder.ownerOf(lead, { groupsOnly: true }) ?? binder.ownerOf(paragraphLabel(text, m.start)) ?? binder.headingOwner(locator.sectionTitle(m.start) ?? ''))
          : undefined));
  const section = locator.sectionTitle(m.start);
  const previous = i > 0 ? mentions[i - 1] : undefined;
  const previousSubject = previous && previous.start >= sentence.sentenceOffset && !m.table ? previous.subject.text : undefined;
  return { anchor, certainAnchor: anchor !== undefined && anchors?.isCertain(anchor) === true, aboutTarget, section, owner, previousSubject };
}

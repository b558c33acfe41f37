/**
 * budget-adjust — 年初预算 ± 调整（追加、调增 / 压减、调减）= 全年预算.
 *
 * In one sentence (a budget line, support/budget-line.ts), or told over two or three sentences of a
 * paragraph (年初预算a。年中压减b。调整后全年预算c). Without a stated 全年预算, the line's
 * 实际支出 stated after the adjustment is the adjusted budget when nothing is carried in and the
 * line says 0 is left over; with nothing said of a balance, the spending may not pass the adjusted
 * budget; otherwise the balance rule checks the line.
 */
import { Dec } from '../../decimal.js';
import { budgetLines, spreadBudgetLines, type BudgetLine } from './support/budget-line.js';
import { docOf } from './support/doc.js';
import { add, decimalsFor, figText, gap, meets, point, show, sub, type Fig, type Interval } from './support/figure.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

/** Initial ± adjustments, as an interval, with its point value and the formula's text. */
export function adjusted(line: BudgetLine, initial: Fig): { range: Interval; value: Dec; terms: string } {
  let range: Interval = initial;
  let value = initial.value;
  let terms = figText(initial);
  for (const a of line.adjusts) {
    range = a.sign > 0 ? add(range, a.fig) : sub(range, a.fig);
    value = a.sign > 0 ? value.plus(a.fig.value) : value.minus(a.fig.value);
    terms += ` ${a.sign > 0 ? '+' : '−'} ${figText(a.fig)}`;
  }
  return { range, value, terms };
}

/** Which figure an adjusted budget must equal, and how the report names it. */
export function adjustTarget(line: BudgetLine): { fig: Fig; name: string; atMost?: boolean } | undefined {
  if (line.full) return { fig: line.full, name: '全年预算' };
  if (!line.exec || !line.execAfterAdjust || line.carryIn !== undefined) return undefined;
  if (line.balance !== undefined) return meets(line.balance, point(new Dec(0))) ? { fig: line.exec, name: '实际支出' } : undefined;
  // Nothing said of what is left: the spending may fall short of the budget, never pass it.
  return { fig: line.exec, name: '实际支出', atMost: true };
}

/**
 * The one adjustment the others add up to (比年初预算增加60.00万元（追加96.00万元，压减36.00万元）): a
 * net change told with its parts, so the budget moved by it once, not by it and its parts.
 */
export function netOfParts(line: BudgetLine): { fig: Fig; sign: 1 | -1 } | undefined {
  if (line.adjusts.length < 3) return undefined;
  return line.adjusts.find((net) => {
    let rest: Interval = point(new Dec(0));
    for (const a of line.adjusts) if (a !== net) rest = a.sign === net.sign ? add(rest, a.fig) : sub(rest, a.fig);
    return meets(rest, net.fig);
  });
}

export const rule: Rule = {
  meta: {
    id: 'budget-adjust',
    description: '年初预算加减年中调整应等于全年预算（或无结余时的实际支出）',
    codes: ['JX_CHECK_BUDGET_ADJUST'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const hits: RuleHit[] = [];
    const doc = docOf(ctx);
    for (const line of [...budgetLines(doc), ...spreadBudgetLines(doc)]) {
      const initial = line.initial;
      if (!initial || line.adjusts.length === 0 || line.unroled) continue;
      const target = adjustTarget(line);
      if (!target) continue;
      const { range, value, terms } = adjusted(line, initial);
      if (meets(range, target.fig) || (target.atMost === true && target.fig.lo.lte(range.hi))) continue;
      const net = netOfParts(line);
      if (net !== undefined && meets(net.sign > 0 ? add(initial, net.fig) : sub(initial, net.fig), target.fig)) continue;
      // 年初A，追加B，加上上年结转C，全年可用预算D, or 全年预算D，由年初A、上年结转C、追加B组成: the
      // carry-over the line names is in the whole year's budget when with it the terms add up exactly.
      const carry = line.carryIn;
      if (target.fig === line.full && carry !== undefined && meets(add(range, carry), target.fig)) continue;
      const d = decimalsFor([initial, target.fig, ...line.adjusts.map((a) => a.fig)]);
      const expected = show(value, target.fig, d);
      hits.push({
        code: 'JX_CHECK_BUDGET_ADJUST',
        severity: 'error',
        message: `年初预算 ${terms} 应为 ${expected}，与所列${target.name} ${figText(target.fig)} 相差 ${show(gap(value, target.fig.value), target.fig, d)}`,
        mention: target.fig.m,
        expected,
        source: `年初预算 ± 调整（${terms}）`,
        related: [initial.m, ...line.adjusts.map((a) => a.fig.m)],
      });
    }
    return hits;
  },
};

/**
 * balance — 预算 − 执行 = 结余结转, in one budget line:
 * 上年结转 + (全年预算, or 年初预算 ± 调整) − 实际支出 = 结余结转.
 * A line whose adjusted budget the budget-adjust rule already compares with its 实际支出
 * (nothing carried in, nothing left) is not checked twice.
 */
import { Dec } from '../../decimal.js';
import { adjusted, adjustTarget } from './budget-adjust.js';
import { budgetLines } from './support/budget-line.js';
import { docOf } from './support/doc.js';
import { add, decimalsFor, figText, gap, meets, show, sub, type Fig, type Interval } from './support/figure.js';
import type { Rule, RuleContext, RuleHit } from './types.js';

export const rule: Rule = {
  meta: {
    id: 'balance',
    description: '上年结转加预算减实际支出应等于结余结转',
    codes: ['JX_CHECK_BALANCE'],
  },
  check(ctx: RuleContext): RuleHit[] {
    const hits: RuleHit[] = [];
    for (const line of budgetLines(docOf(ctx))) {
      const { balance, exec } = line;
      if (!balance || !exec) continue;
      const target = adjustTarget(line);
      if (!line.full && target?.fig === exec) continue;
      let budget: Interval;
      let value: Dec;
      let terms: string;
      const figs: Fig[] = [balance, exec];
      if (line.full) {
        budget = line.full;
        value = line.full.value;
        terms = figText(line.full);
        figs.push(line.full);
      } else if (line.initial) {
        ({ range: budget, value, terms } = adjusted(line, line.initial));
        figs.push(line.initial, ...line.adjusts.map((a) => a.fig));
      } else {
        continue;
      }
      if (line.carryIn) {
        budget = add(line.carryIn, budget);
        value = line.carryIn.value.plus(value);
        terms = `${figText(line.carryIn)} + ${terms}`;
        figs.push(line.carryIn);
      }
      const left = sub(budget, exec);
      if (meets(left, balance)) continue;
      const leftValue = value.minus(exec.value);
      const d = decimalsFor(figs);
      const expected = show(leftValue, balance, d);
      hits.push({
        code: 'JX_CHECK_BALANCE',
        severity: 'error',
        message: `${terms} − ${figText(exec)} 应结余 ${expected}，与所列结余结转 ${figText(balance)} 相差 ${show(gap(leftValue, balance.value), balance, d)}`,
        mention: balance.m,
        expected,
        source: `预算 − 执行（${terms} − ${figText(exec)}）`,
        related: figs.filter((f) => f !== balance).map((f) => f.m),
      });
    }
    return hits;
  },
};

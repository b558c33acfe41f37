import type { ReportData } from '../../schemas/data.js';
import { dec, percent, sum } from '../decimal.js';
import type { FactBuilder } from './builder.js';
import { checkSum } from './budget.js';
import { decText } from '../decimal.js';

/** 项目支出 items: their lines, their sub-items, and the totals they must make. */
export function projectFacts(b: FactBuilder, data: ReportData): void {
  const unit = data.meta.moneyUnit;
  data.projects.forEach((p, i) => {
    const base = `project.${i}`;
    const path = `projects[${i}]`;
    b.money('budget', `${base}.budget`, `${p.name}年初预算`, [`${p.name}预算`], p.budget, `${path}.budget`, unit, p.name);
    if (p.adjustment !== undefined) {
      const adj = dec(p.adjustment);
      b.add({
        id: `${base}.adjustment`, role: 'adjustment', label: `${p.name}${adj.isNegative() ? '年中调减' : '年中调增'}`, aliases: [`${p.name}年中执行${adj.isNegative() ? '调减' : '调增'}`],
        kind: 'money', value: adj.abs(), unit, precision: b.moneyDecimals ?? 2,
        provenance: { kind: 'data', path: `${path}.adjustment` }, subject: p.name,
      });
    }
    b.money('balance', `${base}.carried_in`, `${p.name}上年结转`, [`${p.name}上年结转资金`], p.carriedIn, `${path}.carriedIn`, unit, p.name);
    // Aliases name the item: a bare 实际支出 belongs to the whole budget as much as to any item.
    b.money('actual', `${base}.actual`, `${p.name}实际支出`, [`${p.name}支出`, `${p.name}总计支出`], p.actual, `${path}.actual`, unit, p.name);
    b.money('balance', `${base}.carryover`, `${p.name}结余结转`, [`${p.name}结转结余`], p.carryover, `${path}.carryover`, unit, p.name);
    p.items.forEach((item, j) => b.money('actual', `${base}.item.${j}`, item.name, [], item.amount, `${path}.items[${j}].amount`, unit, item.name));
    if (p.items.length > 0) {
      checkSum(b, `${base}.actual`, `“${p.name}”明细之和与其支出不符`, p.actual, sum(p.items.map((it) => it.amount)), '各明细之和', `${path}.items`);
    }
    if (p.budget !== undefined) {
      const available = dec(p.budget).plus(p.adjustment ?? '0').plus(p.carriedIn ?? '0');
      const used = dec(p.actual).plus(p.carryover ?? '0');
      if (p.adjustment !== undefined || p.carryover !== undefined) {
        checkSum(b, `${base}.actual`, `“${p.name}”上年结转 + 预算 ± 调整 与 支出 + 结余结转 不符`, decText(used), available, '上年结转 + 年初预算 ± 调整', path);
      }
      const r = percent(p.actual, available);
      if (r) b.rate('rate', `${base}.rate`, `${p.name}执行率`, ['执行率'], r, '实际支出 ÷ (年初预算 ± 调整 + 上年结转)', [`${base}.actual`, `${base}.budget`], p.name);
    }
  });
  if (data.projects.length === 0) return;
  const ids = data.projects.map((_, i) => `project.${i}.actual`);
  const total = sum(data.projects.map((p) => p.actual));
  b.moneyFormula('actual', 'projects.total', '项目支出合计', ['项目支出', '各类合计', '各项目合计'], total, unit, 'Σ 各项目支出', ids);
  b.add({
    id: 'projects.count', role: 'actual', label: '项目个数', aliases: ['项目', '实际决算项目'], kind: 'count', value: String(data.projects.length), unit: '个', precision: 0,
    provenance: { kind: 'formula', formula: 'count(projects)', inputs: [] },
  });
  const initial = data.projects.filter((p) => p.inInitialBudget).length;
  if (initial !== data.projects.length) {
    b.add({ id: 'projects.count_initial', role: 'actual', label: '列入年初预算的项目个数', aliases: ['年初预算专项资金'], kind: 'count', value: String(initial), unit: '个', precision: 0, provenance: { kind: 'formula', formula: 'count(projects where inInitialBudget)', inputs: [] } });
    b.add({ id: 'projects.count_unbudgeted', role: 'actual', label: '未列入年初预算的项目个数', aliases: ['未列入年初预算'], kind: 'count', value: String(data.projects.length - initial), unit: '个', precision: 0, provenance: { kind: 'formula', formula: 'count(projects where not inInitialBudget)', inputs: [] } });
  }
  if (data.kind === 'project') {
    checkSum(b, 'budget.actual', '各项目支出之和与全年执行数不符', data.budget.actual, total, 'Σ 各项目支出', 'projects');
  } else {
    const basic = b.get('basic.total');
    if (basic) checkSum(b, 'budget.actual', '基本支出与各项目支出之和与全年执行数不符', data.budget.actual, total.plus(basic.value), '基本支出 + Σ 项目支出', 'projects');
  }
}

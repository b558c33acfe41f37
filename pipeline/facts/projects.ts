import type { ReportData } from '../../schemas/data.js';
import { dec, decText, percent, sum } from '../decimal.js';
import type { FactBuilder } from './builder.js';
import { checkSum } from './budget.js';
import { statedRate } from './stated.js';

/** The word for a project's actual figure: its own, its group's, or 实际支出. */
export function actualLabelOf(data: ReportData, index: number): string {
  const p = data.projects[index];
  if (!p) return '实际支出';
  return p.actualLabel ?? data.projectGroups.find((g) => g.name === p.group)?.actualLabel ?? '实际支出';
}

/** 项目支出 items: their lines, their sub-items, the gap to their budget, and the totals they must make. */
export function projectFacts(b: FactBuilder, data: ReportData): void {
  const unit = data.meta.moneyUnit;
  data.projects.forEach((p, i) => {
    const base = `project.${i}`;
    const path = `projects[${i}]`;
    const actualLabel = actualLabelOf(data, i);
    b.money('budget', `${base}.initial`, `${p.name}年初预算`, [`${p.name}预算`], p.initial, `${path}.initial`, unit, p.name);
    if (p.adjustment !== undefined) {
      const adj = dec(p.adjustment);
      b.add({
        id: `${base}.adjustment`, role: 'adjustment', label: `${p.name}${adj.isNegative() ? '年中调减' : '年中调增'}`, aliases: [`${p.name}年中执行${adj.isNegative() ? '调减' : '调增'}`],
        kind: 'money', value: adj.abs(), unit, precision: b.moneyDecimals ?? 2,
        provenance: { kind: 'data', path: `${path}.adjustment` }, subject: p.name,
      });
    }
    b.money('balance', `${base}.carried_in`, `${p.name}上年结转`, [`${p.name}上年结转资金`], p.carriedIn, `${path}.carriedIn`, unit, p.name);
    // 全年预算: stated, else the budget and its adjustment (上年结转 is a source of its own, as in the 自评表).
    const planned = p.initial !== undefined ? dec(p.initial).plus(p.adjustment ?? '0') : undefined;
    if (p.total !== undefined) {
      b.money('budget', `${base}.total`, `${p.name}全年预算`, [`${p.name}全年预算数`], p.total, `${path}.total`, unit, p.name);
      if (planned !== undefined && p.adjustment !== undefined) {
        checkSum(b, `${base}.total`, `“${p.name}”全年预算与年初预算 ± 调整不符`, p.total, planned, '年初预算 ± 调整', `${path}.total`, '年初预算加减年中调整');
      }
    } else if (planned !== undefined && p.adjustment !== undefined) {
      b.moneyFormula('budget', `${base}.total`, `${p.name}全年预算`, [`${p.name}全年预算数`], planned, unit, '年初预算 ± 调整', [`${base}.initial`, `${base}.adjustment`], p.name);
    }
    // Aliases name the item: a bare 实际支出 belongs to the whole budget as much as to any item.
    b.money('actual', `${base}.actual`, `${p.name}${actualLabel}`, [`${p.name}支出`, `${p.name}总计支出`, `${p.name}${actualLabel}`], p.actual, `${path}.actual`, unit, p.name);
    b.money('balance', `${base}.carryover`, `${p.name}结余结转`, [`${p.name}结转结余`], p.carryover, `${path}.carryover`, unit, p.name);
    p.items.forEach((item, j) => b.money('actual', `${base}.item.${j}`, item.name, [], item.amount, `${path}.items[${j}].amount`, unit, item.name));
    if (p.items.length > 0 && p.actual !== undefined) {
      checkSum(b, `${base}.actual`, `“${p.name}”明细之和与其支出不符`, p.actual, sum(p.items.map((it) => it.amount)), '各明细之和', `${path}.items`, '各明细之和');
    }
    const budgetFact = b.get(`${base}.total`) ?? b.get(`${base}.initial`);
    // What there was to spend: the budget and what was carried in.
    const available = budgetFact ? dec(budgetFact.value).plus(p.carriedIn ?? '0') : undefined;
    if (p.actual !== undefined && budgetFact && available && p.carryover !== undefined) {
      checkSum(b, `${base}.carryover`, `“${p.name}”结余结转与 全年预算 + 上年结转 − 支出 不符`, p.carryover, available.minus(p.actual), '全年预算 + 上年结转 − 支出', `${path}.carryover`, '全年预算加上年结转减支出');
    }
    // What is left of an item the data gives no balance for is still its budget less its spending
    // (该项目结余52.25万元): a fact to check, which no template states.
    if (p.actual !== undefined && budgetFact && available && p.carryover === undefined) {
      const left = available.minus(p.actual);
      if (!left.isNegative()) b.moneyFormula('balance', `${base}.left`, `${p.name}结余`, [`${p.name}结余资金`, `${p.name}结余结转`], left, unit, '全年预算 + 上年结转 − 支出', [budgetFact.id, `${base}.actual`], p.name);
    }
    if (p.actual !== undefined && budgetFact && available) {
      const r = percent(p.actual, available);
      if (r) b.rate('rate', `${base}.rate`, `${p.name}执行率`, ['执行率'], r, `${actualLabel} ÷ (全年预算 + 上年结转)`, [`${base}.actual`, budgetFact.id], p.name);
    }
    // 预决算差额 and its reason: stated, or the budget less the actual.
    if (p.gap !== undefined) {
      const computed = budgetFact && p.actual !== undefined ? dec(budgetFact.value).minus(p.actual) : undefined;
      if (p.gap?.amount !== undefined) {
        b.add({
          id: `${base}.gap`, role: 'balance', label: `${p.name}预决算差额`, aliases: ['差额', '预决算差额'], kind: 'money', value: dec(p.gap.amount).abs(), unit,
          precision: b.moneyDecimals ?? 2, provenance: { kind: 'data', path: `${path}.gap.amount` }, subject: p.name,
        });
        if (computed !== undefined) checkSum(b, `${base}.gap`, `“${p.name}”预决算差额与全年预算减实际数不符`, decText(dec(p.gap.amount).abs()), computed.abs(), '全年预算 − 实际', `${path}.gap.amount`, '全年预算减实际数');
      } else if (computed !== undefined) {
        b.moneyFormula('balance', `${base}.gap`, `${p.name}预决算差额`, ['差额', '预决算差额'], computed.abs(), unit, '|全年预算 − 实际|', [budgetFact?.id ?? '', `${base}.actual`], p.name);
      }
    }
  });
  if (data.projects.length === 0) return;

  groupFacts(b, data);

  const counted = data.projects.filter((p) => p.actual !== undefined);
  const allStated = counted.length === data.projects.length;
  const total = sum(counted.map((p) => p.actual ?? '0'));
  // Actuals not filled in yet (〔待填〕): the total waits for them rather than summing some.
  const waiting = data.projects.some((_, i) => b.isPending(`project.${i}.actual`));
  if (waiting) b.markPending('projects.total', '项目支出合计');
  else if (counted.length > 0) {
    const ids = data.projects.flatMap((p, i) => (p.actual !== undefined ? [`project.${i}.actual`] : []));
    b.moneyFormula('actual', 'projects.total', allStated ? '项目支出合计' : '已列项目支出之和', allStated ? ['项目支出', '各类合计', '各项目合计'] : [], total, unit, 'Σ 各项目支出', ids, allStated ? '项目支出' : undefined);
  }
  const count = (id: string, label: string, aliases: string[], n: number, formula: string): void => {
    b.add({ id, role: 'actual', label, aliases, kind: 'count', value: String(n), unit: '个', precision: 0, provenance: { kind: 'formula', formula, inputs: [] } });
  };
  // The projects are what the money was spent on: a report may count them as its uses (按用途分为三类).
  count('projects.count', '项目个数', ['项目', '安排项目', '按用途分'], data.projects.length, 'count(projects)');
  // What a count counts: projects that spent something, not every project listed.
  if (allStated) {
    const spent = data.projects.filter((p) => !dec(p.actual ?? '0').isZero()).length;
    count('projects.count_spent', '有支出的项目个数', ['实际支出项目', '实际决算项目'], spent, 'count(projects where actual > 0)');
    if (spent !== data.projects.length) count('projects.count_idle', '未发生支出的项目个数', ['未支出'], data.projects.length - spent, 'count(projects where actual = 0)');
  }
  const initial = data.projects.filter((p) => p.inInitialBudget).length;
  if (initial !== data.projects.length) {
    count('projects.count_initial', '列入年初预算的项目个数', ['年初预算专项资金', '年初预算安排'], initial, 'count(projects where inInitialBudget)');
    // Not in the initial budget means added during the year: writers say 年中新增.
    count('projects.count_unbudgeted', '未列入年初预算的项目个数', ['未列入年初预算', '年中新增', '年中追加'], data.projects.length - initial, 'count(projects where not inInitialBudget)');
  }
  const asserted = data.budget.actual;
  if (!allStated || asserted === undefined) return;
  if (data.kind === 'project') {
    checkSum(b, 'budget.actual', '各项目支出之和与全年执行数不符', asserted, total, 'Σ 各项目支出', 'projects', '各项目支出之和');
  } else {
    const basic = b.get('basic.total');
    if (basic) checkSum(b, 'budget.actual', '基本支出与各项目支出之和与全年执行数不符', asserted, total.plus(basic.value), '基本支出 + Σ 项目支出', 'projects', '基本支出与各项目支出之和');
  }
}

/** 部门项目 / 公共项目: each group's budget, actual and 使用率, and its projects' sums. */
function groupFacts(b: FactBuilder, data: ReportData): void {
  const unit = data.meta.moneyUnit;
  data.projectGroups.forEach((g, k) => {
    const base = `group.${k}`;
    const path = `projectGroups[${k}]`;
    const members = data.projects.map((p, i) => ({ p, i })).filter(({ p }) => p.group === g.name);
    const budgets = members.map(({ p, i }) => b.get(`project.${i}.total`)?.value ?? p.initial);
    const actuals = members.map(({ p }) => p.actual);
    const allBudgets = budgets.length > 0 && budgets.every((v) => v !== undefined);
    const allActuals = actuals.length > 0 && actuals.every((v) => v !== undefined);
    if (g.budget !== undefined) {
      b.money('budget', `${base}.budget`, `${g.name}全年预算`, [`${g.name}预算`], g.budget, `${path}.budget`, unit, g.name);
      if (allBudgets) checkSum(b, `${base}.budget`, `“${g.name}”预算与所属项目预算之和不符`, g.budget, sum(budgets as string[]), 'Σ 所属项目预算', `${path}.budget`, '所属项目预算之和');
    } else if (allBudgets) {
      b.moneyFormula('budget', `${base}.budget`, `${g.name}全年预算`, [`${g.name}预算`], sum(budgets as string[]), unit, 'Σ 所属项目预算', [], g.name);
    }
    if (g.actual !== undefined) {
      b.money('actual', `${base}.actual`, `${g.name}${g.actualLabel}`, [`${g.name}支出`, `${g.name}${g.actualLabel}`], g.actual, `${path}.actual`, unit, g.name);
      if (allActuals) checkSum(b, `${base}.actual`, `“${g.name}”${g.actualLabel}与所属项目之和不符`, g.actual, sum(actuals as string[]), 'Σ 所属项目', `${path}.actual`, '所属项目之和');
    } else if (allActuals) {
      b.moneyFormula('actual', `${base}.actual`, `${g.name}${g.actualLabel}`, [`${g.name}支出`], sum(actuals as string[]), unit, 'Σ 所属项目', [], g.name);
    }
    const bf = b.get(`${base}.budget`);
    const af = b.get(`${base}.actual`);
    b.add({
      id: `${base}.count`, role: 'actual', label: `${g.name}项目个数`, aliases: [], kind: 'count', value: String(members.length), unit: '个', precision: 0,
      provenance: { kind: 'formula', formula: `count(projects in ${g.name})`, inputs: [] }, subject: g.name,
    });
    statedRate(b, {
      role: 'rate', id: `${base}.rate`, label: `${g.name}资金使用率`, aliases: ['使用率', '执行率'], stated: g.rate, path: `${path}.rate`,
      computed: bf && af ? percent(af.value, bf.value) : undefined, formula: `${g.actualLabel}÷全年预算`, inputs: [`${base}.actual`, `${base}.budget`], subject: g.name,
    });
  });
}

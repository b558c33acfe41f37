import type { BudgetLineData, ReportData } from '../../schemas/data.js';
import { Dec, dec, decText, percent, sum } from '../decimal.js';
import { formatNumber } from '../format/index.js';
import type { FactBuilder } from './builder.js';

const SOURCES = [
  ['current', '当年财政拨款', ['财政拨款']],
  ['prior', '上年结转资金', ['上年结转']],
  ['other', '其他资金', []],
] as const;

/** States a contradiction between a value the data asserts and the value its parts give. */
export function checkSum(b: FactBuilder, factId: string, what: string, asserted: string, computed: Dec, formula: string, path: string): void {
  const fact = b.get(factId);
  const decimals = fact?.precision ?? 2;
  if (!dec(asserted).toDecimalPlaces(decimals).equals(computed.toDecimalPlaces(decimals))) {
    const unit = fact?.unit ?? '';
    b.warn('JX_FACT_SUM', `${what}：数据填写 ${formatNumber(asserted, decimals)}${unit}，按 ${formula} 计算为 ${formatNumber(computed, decimals)}${unit}；保留填写值，请核对`, {
      path, factId, actual: asserted, expected: decText(computed),
    });
  }
}

export function budgetFacts(b: FactBuilder, data: ReportData): void {
  const unit = data.meta.moneyUnit;
  const budget = data.budget;
  b.money('budget', 'budget.initial', '年初预算数', ['年初预算', '年初预算金额', '年初安排', '安排预算', '年初安排预算', '预算资金', '年度资金总额年初预算数'], budget.initial, 'budget.initial', unit);

  const added = budget.adjustments.filter((a) => a.type === '追加');
  const cut = budget.adjustments.filter((a) => a.type === '压减');
  budget.adjustments.forEach((a, i) => {
    b.money('adjustment', `budget.adjust.${i}`, `年中${a.type}`, [`${a.type}预算`, `预算${a.type}`, a.type === '压减' ? '调减' : '调增'], a.amount, `budget.adjustments[${i}].amount`, unit);
  });
  if (added.length > 1) b.moneyFormula('adjustment', 'budget.adjust.added', '追加预算合计', ['追加'], sum(added.map((a) => a.amount)), unit, 'Σ 追加', added.map((a) => `budget.adjust.${budget.adjustments.indexOf(a)}`));
  if (cut.length > 1) b.moneyFormula('adjustment', 'budget.adjust.cut', '压减预算合计', ['压减'], sum(cut.map((a) => a.amount)), unit, 'Σ 压减', cut.map((a) => `budget.adjust.${budget.adjustments.indexOf(a)}`));

  const byAdjustments = dec(budget.initial).plus(sum(added.map((a) => a.amount))).minus(sum(cut.map((a) => a.amount)));
  const adjustIds = budget.adjustments.map((_, i) => `budget.adjust.${i}`);
  if (budget.total !== undefined) {
    b.money('budget', 'budget.total', '全年预算数', ['全年预算', '调整后预算', '全年预算金额', '预算支出', '全年预算资金', '年度资金总额全年预算数'], budget.total, 'budget.total', unit);
    if (budget.adjustments.length > 0) {
      checkSum(b, 'budget.total', '全年预算数与年初预算加减调整不符', budget.total, byAdjustments, '年初预算 ± 调整', 'budget.total');
    }
  } else {
    b.moneyFormula('budget', 'budget.total', '全年预算数', ['全年预算', '调整后预算', '全年预算金额', '预算支出'], byAdjustments, unit, '年初预算 + Σ追加 − Σ压减', ['budget.initial', ...adjustIds]);
  }
  const total = dec(b.get('budget.total')?.value ?? budget.initial);
  const net = total.minus(budget.initial);
  if (!net.isZero()) {
    b.moneyFormula('adjustment', 'budget.adjust.net', net.isNegative() ? '年中调减预算' : '年中调增预算', ['年中调整', '预算调整', net.isNegative() ? '压减' : '追加'], net.abs(), unit, '|全年预算 − 年初预算|', ['budget.total', 'budget.initial']);
  }

  b.money('actual', 'budget.actual', '全年执行数', ['执行数', '实际支出', '全年执行金额', '支出', '决算数', '财政拨款支出', '实际使用', '年度资金总额全年执行数'], budget.actual, 'budget.actual', unit);
  const remaining = total.minus(budget.actual);
  if (budget.carryover !== undefined) {
    b.money('balance', 'budget.carryover', '结余结转', ['结转结余', '结余', '结转'], budget.carryover, 'budget.carryover', unit);
    checkSum(b, 'budget.carryover', '结余结转与全年预算减执行数不符', budget.carryover, remaining, '全年预算 − 全年执行', 'budget.carryover');
  } else {
    b.moneyFormula('balance', 'budget.carryover', '结余结转', ['结转结余', '结余', '结转'], remaining, unit, '全年预算 − 全年执行', ['budget.total', 'budget.actual']);
  }
  const rate = percent(budget.actual, total);
  if (rate) b.rate('rate', 'budget.rate', '预算执行率', ['执行率', '资金执行率', '年度资金总额执行率'], rate, '全年执行数 ÷ 全年预算数', ['budget.actual', 'budget.total']);
  b.money('actual', 'budget.income', '一般公共预算财政拨款收入', ['财政拨款收入', '收入'], budget.income, 'budget.income', unit);

  for (const [key, label, aliases] of SOURCES) {
    const line: BudgetLineData | undefined = budget.sources?.[key];
    if (!line) continue;
    const base = `budget.source.${key}`;
    b.money('budget', `${base}.initial`, `${label}年初预算数`, aliases.map((a) => `${a}年初预算`), line.initial, `budget.sources.${key}.initial`, unit, label);
    b.money('budget', `${base}.total`, `${label}全年预算数`, aliases.map((a) => `${a}全年预算`), line.total, `budget.sources.${key}.total`, unit, label);
    b.money('actual', `${base}.actual`, `${label}全年执行数`, aliases.map((a) => `${a}执行数`), line.actual, `budget.sources.${key}.actual`, unit, label);
    if (line.actual !== undefined && line.total !== undefined) {
      const r = percent(line.actual, line.total);
      if (r) b.rate('rate', `${base}.rate`, `${label}执行率`, [], r, `${label}执行数 ÷ ${label}全年预算数`, [`${base}.actual`, `${base}.total`], label);
    }
  }
  const lines = SOURCES.map(([key]) => budget.sources?.[key]).filter((l): l is BudgetLineData => l !== undefined);
  if (lines.length > 0) {
    for (const col of ['initial', 'total', 'actual'] as const) {
      const parts = lines.map((l) => l[col]).filter((v): v is string => v !== undefined);
      const asserted = col === 'initial' ? budget.initial : col === 'total' ? b.get('budget.total')?.value : budget.actual;
      if (parts.length > 0 && asserted !== undefined) {
        const label = col === 'initial' ? '年初预算数' : col === 'total' ? '全年预算数' : '全年执行数';
        checkSum(b, `budget.${col}`, `资金来源各项之和与${label}不符`, asserted, sum(parts), '当年财政拨款 + 上年结转 + 其他资金', `budget.sources`);
      }
    }
  }

  const nature = budget.byNature;
  if (nature) {
    const labels = {
      general: ['一般公共预算', ['一般公共预算拨款']],
      fund: ['政府性基金拨款', ['政府性基金']],
      nonTax: ['纳入专户管理的非税收入拨款', ['非税收入']],
      other: ['其他资金', []],
      basic: ['基本支出预算数', ['基本支出']],
      project: ['项目支出预算数', ['项目支出']],
    } as const;
    for (const key of Object.keys(labels) as (keyof typeof labels)[]) {
      const [label, aliases] = labels[key];
      b.money('budget', `budget.nature.${key}`, label, aliases, nature[key], `budget.byNature.${key}`, unit);
    }
    const income = (['general', 'fund', 'nonTax', 'other'] as const).map((k) => nature[k]).filter((v): v is string => v !== undefined);
    if (income.length > 0) checkSum(b, 'budget.total', '按收入性质各项之和与全年预算数不符', decText(total), sum(income), '各收入性质之和', 'budget.byNature');
    const spend = (['basic', 'project'] as const).map((k) => nature[k]).filter((v): v is string => v !== undefined);
    if (spend.length === 2) checkSum(b, 'budget.total', '按支出性质各项之和与全年预算数不符', decText(total), sum(spend), '基本支出 + 项目支出', 'budget.byNature');
  }
}

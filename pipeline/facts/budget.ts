import type { BudgetLineData, ReportData } from '../../schemas/data.js';
import { Dec, dec, decText, percent, sum } from '../decimal.js';
import { formatNumber } from '../format/index.js';
import type { FactBuilder } from './builder.js';
import { statedRate } from './stated.js';

const SOURCES = [
  ['current', '当年财政拨款', ['财政拨款']],
  ['prior', '上年结转资金', ['上年结转']],
  ['other', '其他资金', ['自筹资金']],
] as const;

/**
 * States a contradiction between a value the data asserts and the value its parts give: a warning
 * for the terminal, and a note the draft prints at the figure, with the parts' sum as a fact.
 * `parts` names the sum in words (各项目支出之和).
 */
export function checkSum(b: FactBuilder, factId: string, what: string, asserted: string, computed: Dec, formula: string, path: string, parts: string): void {
  const fact = b.get(factId);
  const decimals = fact?.precision ?? 2;
  if (dec(asserted).toDecimalPlaces(decimals).equals(computed.toDecimalPlaces(decimals))) return;
  const unit = fact?.unit ?? '';
  b.warn('JX_FACT_SUM', `${what}：数据填写 ${formatNumber(asserted, decimals)}${unit}，按 ${formula} 计算为 ${formatNumber(computed, decimals)}${unit}；保留填写值，请核对`, {
    path, factId, actual: asserted, expected: decText(computed),
  });
  if (!fact) return;
  let k = 1;
  while (b.get(`${factId}.sum${k}`)) k += 1;
  const sumFact = b.add({
    id: `${factId}.sum${k}`, role: fact.role, label: parts, aliases: [], kind: fact.kind, value: computed, unit: fact.unit, precision: decimals,
    provenance: { kind: 'formula', formula, inputs: [] }, subject: fact.subject,
  });
  const gap = computed.minus(asserted);
  const gapFact = b.add({
    id: `${factId}.gap${k}`, role: 'change', label: `${parts}与${fact.label}之差`, aliases: [], kind: fact.kind, value: gap.abs(), unit: fact.unit, precision: decimals,
    provenance: { kind: 'formula', formula: `|${formula} − ${fact.label}|`, inputs: [sumFact.id, factId] }, subject: fact.subject,
  });
  b.note(factId, 'review', [`${parts}为`, { fact: sumFact.id }, `，${gap.isNegative() ? '少' : '多'}`, { fact: gapFact.id }]);
}

export function budgetFacts(b: FactBuilder, data: ReportData): void {
  const unit = data.meta.moneyUnit;
  const budget = data.budget;
  b.money('budget', 'budget.initial', '年初预算数', ['年初预算', '年初预算金额', '年初安排', '安排预算', '年初安排预算', '预算资金', '年度资金总额年初预算数'], budget.initial, 'budget.initial', unit);

  const added = budget.adjustments.filter((a) => a.type === '追加');
  const cut = budget.adjustments.filter((a) => a.type === '压减');
  budget.adjustments.forEach((a, i) => {
    // A reason that is only a name (基本支出, 上年结转) says what the adjustment was for: its subject.
    const forWhat = a.reason !== undefined && /^[\u4e00-\u9fff（）()“”]{2,12}$/u.test(a.reason.trim()) ? a.reason.trim() : undefined;
    b.money('adjustment', `budget.adjust.${i}`, `年中${a.type}`, [`${a.type}预算`, `预算${a.type}`, a.type === '压减' ? '调减' : '调增'], a.amount, `budget.adjustments[${i}].amount`, unit, forWhat);
  });
  if (added.length > 1) b.moneyFormula('adjustment', 'budget.adjust.added', '追加预算合计', ['追加'], sum(added.map((a) => a.amount)), unit, 'Σ 追加', added.map((a) => `budget.adjust.${budget.adjustments.indexOf(a)}`));
  if (cut.length > 1) b.moneyFormula('adjustment', 'budget.adjust.cut', '压减预算合计', ['压减'], sum(cut.map((a) => a.amount)), unit, 'Σ 压减', cut.map((a) => `budget.adjust.${budget.adjustments.indexOf(a)}`));

  const netAdjust = sum(added.map((a) => a.amount)).minus(sum(cut.map((a) => a.amount)));
  const byAdjustments = budget.initial !== undefined ? dec(budget.initial).plus(netAdjust) : undefined;
  const adjustIds = budget.adjustments.map((_, i) => `budget.adjust.${i}`);
  // The 自评表's budget block splits the year's budget twice, under 按收入性质分 and 按支出性质分.
  const totalAliases = ['全年预算', '调整后预算', '全年预算金额', '预算支出', '全年预算资金', '年度资金总额全年预算数', '按收入性质分', '按支出性质分'];
  if (budget.total !== undefined) {
    b.money('budget', 'budget.total', '全年预算数', totalAliases, budget.total, 'budget.total', unit);
    if (budget.adjustments.length > 0 && byAdjustments !== undefined) {
      checkSum(b, 'budget.total', '全年预算数与年初预算加减调整不符', budget.total, byAdjustments, '年初预算 ± 调整', 'budget.total', '年初预算加减年中调整');
    }
  } else if (byAdjustments !== undefined) {
    b.moneyFormula('budget', 'budget.total', '全年预算数', totalAliases, byAdjustments, unit, '年初预算 + Σ追加 − Σ压减', ['budget.initial', ...adjustIds]);
  } else if (b.isPending('budget.initial')) {
    b.markPending('budget.total', '全年预算数');
  }
  const totalFact = b.get('budget.total');
  const total = totalFact ? dec(totalFact.value) : undefined;
  if (total !== undefined && budget.initial !== undefined) {
    const net = total.minus(budget.initial);
    if (!net.isZero()) {
      b.moneyFormula('adjustment', 'budget.adjust.net', net.isNegative() ? '年中调减预算' : '年中调增预算', ['年中调整', '预算调整', net.isNegative() ? '压减' : '追加'], net.abs(), unit, '|全年预算 − 年初预算|', ['budget.total', 'budget.initial']);
    }
  }

  b.money('actual', 'budget.actual', '全年执行数', ['执行数', '实际支出', '全年执行金额', '支出', '决算数', '财政拨款支出', '实际使用', '年度资金总额全年执行数', '全年使用资金', '全年实际支出', '全年资金使用', '全年用款'], budget.actual, 'budget.actual', unit);
  // Not filled in yet (or left out): what depends on it waits, marked 〔待补〕 in the draft.
  if (budget.actual === undefined) b.markPending('budget.actual', '全年执行数');
  const actual = budget.actual;
  const remaining = total !== undefined && actual !== undefined ? total.minus(actual) : undefined;
  if (budget.carryover !== undefined) {
    b.money('balance', 'budget.carryover', '结余结转', ['结转结余', '结余', '结转'], budget.carryover, 'budget.carryover', unit);
    if (remaining !== undefined) checkSum(b, 'budget.carryover', '结余结转与全年预算减执行数不符', budget.carryover, remaining, '全年预算 − 全年执行', 'budget.carryover', '全年预算减全年执行数');
  } else if (remaining !== undefined) {
    b.moneyFormula('balance', 'budget.carryover', '结余结转', ['结转结余', '结余', '结转'], remaining, unit, '全年预算 − 全年执行', ['budget.total', 'budget.actual']);
  } else if (b.isPending('budget.actual') || b.isPending('budget.total')) {
    b.markPending('budget.carryover', '结余结转');
  }
  statedRate(b, {
    role: 'rate', id: 'budget.rate', label: '预算执行率', aliases: ['执行率', '资金执行率', '年度资金总额执行率'],
    stated: budget.rate, path: 'budget.rate', computed: total !== undefined && actual !== undefined ? percent(actual, total) : undefined,
    formula: '全年执行数÷全年预算数', inputs: ['budget.actual', 'budget.total'],
  });
  if (!b.get('budget.rate') && (b.isPending('budget.actual') || b.isPending('budget.total'))) b.markPending('budget.rate', '预算执行率');
  const carryover = b.get('budget.carryover');
  if (carryover && total !== undefined) {
    const r = percent(carryover.value, total);
    if (r) b.rate('rate', 'budget.carryover_rate', '结转结余率', ['结余率', '结转率'], r, '结余结转 ÷ 全年预算数', ['budget.carryover', 'budget.total']);
  }
  b.money('actual', 'budget.income', '一般公共预算财政拨款收入', ['财政拨款收入', '收入'], budget.income, 'budget.income', unit);

  for (const [key, label, aliases] of SOURCES) {
    const line: BudgetLineData | undefined = budget.sources?.[key];
    if (!line) continue;
    const base = `budget.source.${key}`;
    b.money('budget', `${base}.initial`, `${label}年初预算数`, aliases.map((a) => `${a}年初预算`), line.initial, `budget.sources.${key}.initial`, unit, label);
    b.money('budget', `${base}.total`, `${label}全年预算数`, aliases.map((a) => `${a}全年预算`), line.total, `budget.sources.${key}.total`, unit, label);
    // 财政拨款支出 is also the whole's alias (a unit spending only appropriations): where the data
    // holds the source apart, the report's words fit both, and its value says which.
    b.money('actual', `${base}.actual`, `${label}全年执行数`, aliases.flatMap((a) => [`${a}执行数`, `${a}支出`]), line.actual, `budget.sources.${key}.actual`, unit, label);
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
        checkSum(b, `budget.${col}`, `资金来源各项之和与${label}不符`, asserted, sum(parts), '当年财政拨款 + 上年结转 + 其他资金', `budget.sources`, '各资金来源之和');
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
    if (total !== undefined) {
      const income = (['general', 'fund', 'nonTax', 'other'] as const).map((k) => nature[k]).filter((v): v is string => v !== undefined);
      if (income.length > 0) checkSum(b, 'budget.total', '按收入性质各项之和与全年预算数不符', decText(total), sum(income), '各收入性质之和', 'budget.byNature', '按收入性质各项之和');
      const spend = (['basic', 'project'] as const).map((k) => nature[k]).filter((v): v is string => v !== undefined);
      if (spend.length === 2) checkSum(b, 'budget.total', '按支出性质各项之和与全年预算数不符', decText(total), sum(spend), '基本支出 + 项目支出', 'budget.byNature', '基本支出与项目支出预算之和');
    }
  }
}

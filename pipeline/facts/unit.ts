import type { ControlRowData, ReportData, StatedData, ThreePublicItemData } from '../../schemas/data.js';
import { dec, decText, percent, sum } from '../decimal.js';
import type { FactBuilder } from './builder.js';
import { checkSum } from './budget.js';
import { statedRate } from './stated.js';

/** 人员: 编制数, 在职, 其他雇员, 控制率 (stated or computed), change on last year. */
export function staffingFacts(b: FactBuilder, data: ReportData): void {
  const s = data.staffing;
  if (!s) return;
  b.count('actual', 'staff.authorized', '编制数', ['编制', '核定编制'], s.authorized, 'staffing.authorized');
  b.count('actual', 'staff.actual', '在职人数', ['实有人数', '年末实有人数', '在职人员', '实际在职人数'], s.actual, 'staffing.actual');
  b.count('actual', 'staff.other', '其他雇员', ['雇员', '雇员员额', '编外人员'], s.otherEmployees, 'staffing.otherEmployees');
  b.count('prior-year', 'staff.prior', '上年末在职人数', ['上年在职人数'], s.priorActual, 'staffing.priorActual');
  b.count('actual', 'staff.retired', '退休人数', ['退休人员'], s.retired, 'staffing.retired');
  b.count('actual', 'staff.departed', '离休人数', ['离休人员'], s.departed, 'staffing.departed');
  // Where the unit counts other employees, the control rate does too.
  const counted = s.actual !== undefined ? s.actual + (s.otherEmployees ?? 0) : undefined;
  const computed = counted !== undefined && s.authorized !== undefined ? percent(String(counted), String(s.authorized)) : undefined;
  statedRate(b, {
    role: 'rate', id: 'staff.control_rate', label: '人员控制率', aliases: ['控制率', '编制控制率', '在职人员控制率', '编制使用率'],
    stated: s.controlRate, path: 'staffing.controlRate', computed,
    formula: s.otherEmployees !== undefined ? '（在职人数+其他雇员）÷编制数' : '在职人数÷编制数',
    inputs: ['staff.actual', ...(s.otherEmployees !== undefined ? ['staff.other'] : []), 'staff.authorized'],
  });
  if (!b.get('staff.control_rate') && b.isPending('staff.actual') && s.authorized !== undefined) b.markPending('staff.control_rate', '人员控制率');
  if (s.actual !== undefined && s.priorActual !== undefined) {
    const change = s.actual - s.priorActual;
    b.add({
      id: 'staff.change', role: 'change', label: change >= 0 ? '比上年增加人数' : '比上年减少人数', aliases: ['增加', '减少', '人数变动', '在职人数较上年末', '在职人数比上年末'],
      kind: 'count', value: String(Math.abs(change)), unit: '人', precision: 0,
      provenance: { kind: 'formula', formula: '|在职人数 − 上年末在职人数|', inputs: ['staff.actual', 'staff.prior'] },
    });
    const r = percent(String(Math.abs(change)), String(s.priorActual));
    if (r) b.rate('change', 'staff.change_rate', change >= 0 ? '人数增长率' : '人数下降率', ['增加', '减少', '变动率', '变动幅度', '在职人数较上年末'], r, '|变动人数| ÷ 上年末在职人数', ['staff.change', 'staff.prior']);
  }
}

/** A stated change rate as a magnitude, its sign kept apart (the label says 增长 or 下降). */
function magnitude(stated: StatedData | undefined): { stated: StatedData | undefined; negative: boolean | undefined } {
  if (stated === undefined) return { stated, negative: undefined };
  const v = dec(stated.value);
  return { stated: { value: decText(v.abs()), basis: stated.basis }, negative: v.isNegative() };
}

/**
 * A total against last year's: the change (sign in the label), its rate (stated or computed).
 * `base` names the facts: `${base}.prior`, `${base}.change`, `${base}.change_rate`.
 */
function yearOnYear(b: FactBuilder, base: string, name: string, current: string | undefined, prior: string | undefined, stated: StatedData | undefined, path: string, unit: string): void {
  b.money('prior-year', `${base}.prior`, `上年${name}`, [`${name}上年决算`, `上年${name}决算`], prior, `${path}.prior`, unit, name);
  let computed;
  let down: boolean | undefined;
  if (current !== undefined && prior !== undefined) {
    const change = dec(current).minus(prior);
    down = change.isNegative();
    b.moneyFormula('change', `${base}.change`, `${name}${down ? '比上年减少' : '比上年增加'}`, ['增加', '减少', '增长', '下降'], change.abs(), unit, `|本年${name} − 上年${name}|`, [base, `${base}.prior`], name);
    computed = percent(change.abs(), prior);
  }
  const m = magnitude(stated);
  statedRate(b, {
    role: 'change', id: `${base}.change_rate`, label: `${name}${(m.negative ?? down) ? '下降率' : '增长率'}`, aliases: ['增长率', '下降率', '变动率', '同比'],
    stated: m.stated, path: `${path}.changeRate`, computed, formula: `|本年${name}−上年${name}|÷上年${name}`, inputs: [`${base}.change`, `${base}.prior`], subject: name,
  });
}

/** 基本支出: 人员经费 + 公用经费, or only the total; against last year. */
export function basicExpenseFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department') return;
  const unit = data.meta.moneyUnit;
  const e = data.basicExpense;
  if (e) {
    b.money('actual', 'basic.personnel', '人员经费', ['人员支出'], e.personnel, 'basicExpense.personnel', unit);
    b.money('actual', 'basic.public', '公用经费', ['公用支出'], e.publicUse, 'basicExpense.publicUse', unit);
    const parts = [e.personnel, e.publicUse].filter((v): v is string => v !== undefined);
    if (e.total !== undefined) {
      b.money('actual', 'basic.total', '基本支出', ['基本支出合计', '基本支出决算数'], e.total, 'basicExpense.total', unit, '基本支出');
      if (parts.length === 2) checkSum(b, 'basic.total', '基本支出与人员经费、公用经费之和不符', e.total, sum(parts), '人员经费 + 公用经费', 'basicExpense.total', '人员经费与公用经费之和');
    } else if (parts.length === 2) {
      b.moneyFormula('actual', 'basic.total', '基本支出', ['基本支出合计'], sum(parts), unit, '人员经费 + 公用经费', ['basic.personnel', 'basic.public'], '基本支出');
    }
    b.money('budget', 'basic.budget', '基本支出预算数', ['基本支出预算'], e.budget, 'basicExpense.budget', unit, '基本支出');
    executionRate(b, 'basic', '基本支出', 'basic.total', 'basic.budget', unit);
    yearOnYear(b, 'basic.total', '基本支出', b.get('basic.total')?.value, e.prior, e.changeRate, 'basicExpense', unit);
    (e.byClass ?? []).forEach((c, i) => b.money('actual', `basic.class.${i}`, c.name, [], c.amount, `basicExpense.byClass[${i}].amount`, unit, c.name));
    if (e.byClass && e.byClass.length > 0 && b.get('basic.total')) {
      checkSum(b, 'basic.total', '基本支出与按经济分类各项之和不符', b.get('basic.total')?.value ?? '0', sum(e.byClass.map((c) => c.amount)), '按经济分类各项之和', 'basicExpense.byClass', '按经济分类各项之和');
    }
  }
}

/**
 * A part of the year's spending against its own budget (基本支出为预算的98.57%, 项目支出执行率93.18%),
 * and what of that budget was left (项目支出合计 | 预算 | 支出 | 结转).
 */
function executionRate(b: FactBuilder, base: string, name: string, actualId: string, budgetId: string, unit: string): void {
  const actual = b.get(actualId);
  const budget = b.get(budgetId);
  if (!actual || !budget) return;
  const r = percent(actual.value, budget.value);
  if (r) b.rate('rate', `${base}.rate`, `${name}执行率`, ['执行率'], r, `${name} ÷ ${name}预算数`, [actualId, budgetId], name);
  const left = dec(budget.value).minus(actual.value);
  if (!left.isNegative()) b.moneyFormula('balance', `${base}.carryover`, `${name}结余结转`, [`${name}结转结余`], left, unit, `${name}预算数 − ${name}`, [budgetId, actualId], name);
}

/** 项目支出 as a whole, against last year: stated, or the sum of the projects (projects stage). */
export function projectExpenseFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department' || !data.projectExpense) return;
  const unit = data.meta.moneyUnit;
  const e = data.projectExpense;
  b.money('budget', 'projectExpense.budget', '项目支出预算数', ['项目支出预算'], e.budget, 'projectExpense.budget', unit);
  const current = e.total ?? b.get('projects.total')?.value;
  if (e.total !== undefined) {
    b.money('actual', 'projectExpense.total', '项目支出', ['项目支出合计', '项目支出决算数'], e.total, 'projectExpense.total', unit);
    const fromProjects = b.get('projects.total');
    if (fromProjects && data.projects.every((p) => p.actual !== undefined)) {
      checkSum(b, 'projectExpense.total', '项目支出合计与各项目支出之和不符', e.total, dec(fromProjects.value), 'Σ 各项目支出', 'projectExpense.total', '各项目支出之和');
    }
  }
  executionRate(b, 'projectExpense', '项目支出', 'projectExpense.total', 'projectExpense.budget', unit);
  const base = e.total !== undefined ? 'projectExpense.total' : 'projects.total';
  if (b.get(base) || e.prior !== undefined) yearOnYear(b, base, '项目支出', current, e.prior, e.changeRate, 'projectExpense', unit);
}

const COLUMNS = [
  ['prior', '上年决算数', ['上年决算']],
  ['budget', '本年预算数', ['预算数', '预算']],
  ['actual', '本年决算数', ['决算数', '决算', '实际支出']],
] as const;

/** One 基础数据表 row: its three columns, and the year-on-year change of the 决算. */
function controlRow(b: FactBuilder, base: string, name: string, aliases: readonly string[], row: (ControlRowData & Partial<ThreePublicItemData>) | undefined, path: string, unit: string): void {
  if (!row) return;
  for (const [col, colLabel, colAliases] of COLUMNS) {
    b.money(col === 'prior' ? 'prior-year' : col === 'budget' ? 'budget' : 'actual', `${base}.${col}`, `${name}${colLabel}`, [...aliases.map((a) => `${a}${colLabel}`), ...colAliases.map((c) => `${name}${c}`)], row[col], `${path}.${col}`, unit, name);
  }
  b.money('prior-year', `${base}.priorBudget`, `${name}上年预算数`, [`${name}上年预算`], row.priorBudget, `${path}.priorBudget`, unit, name);
  let computed;
  let down: boolean | undefined;
  if (row.prior !== undefined && row.actual !== undefined) {
    const change = dec(row.actual).minus(row.prior);
    down = change.isNegative();
    b.moneyFormula('change', `${base}.change`, `${name}${down ? '比上年减少' : '比上年增加'}`, ['增加', '减少', '增长', '下降'], change.abs(), unit, '|本年决算 − 上年决算|', [`${base}.actual`, `${base}.prior`], name);
    computed = percent(change.abs(), row.prior);
  }
  const m = magnitude(row.changeRate);
  statedRate(b, {
    role: 'change', id: `${base}.change_rate`, label: `${name}${(m.negative ?? down) ? '下降率' : '增长率'}`, aliases: ['增长率', '下降率', '变动率'],
    stated: m.stated,
    path: `${path}.changeRate`, computed, formula: '|本年决算−上年决算|÷上年决算', inputs: [`${base}.change`, `${base}.prior`], subject: name,
  });
  if (row.budget !== undefined && row.actual !== undefined) {
    const r = percent(row.actual, row.budget);
    if (r) b.rate('rate', `${base}.control_rate`, `${name}预算控制率`, ['控制率'], r, '本年决算 ÷ 本年预算', [`${base}.actual`, `${base}.budget`], name);
    const saved = dec(row.budget).minus(row.actual);
    if (saved.gt(0)) b.moneyFormula('change', `${base}.saving`, `${name}比预算节约`, ['节约', '节省'], saved, unit, '本年预算 − 本年决算', [`${base}.budget`, `${base}.actual`], name);
  }
}

const THREE_PUBLIC = [
  ['vehicle', '公务用车购置和运行维护费', ['公务用车购置和维护经费', '公务用车经费', '公车经费']],
  ['vehiclePurchase', '公车购置费', ['公车购置']],
  ['vehicleOperation', '公车运行维护费', ['公车运行维护']],
  ['overseas', '因公出国（境）费', ['出国经费', '因公出国费']],
  ['reception', '公务接待费', ['公务接待']],
] as const;

export function controlFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department') return;
  const unit = data.meta.moneyUnit;
  const t = data.threePublic;
  if (t) {
    for (const [key, name, aliases] of THREE_PUBLIC) controlRow(b, `three.${key}`, name, aliases, t[key], `threePublic.${key}`, unit);
    const computed: ControlRowData = {};
    const vehicleParts = (col: (typeof COLUMNS)[number][0]) => [t.vehiclePurchase?.[col], t.vehicleOperation?.[col]].filter((v): v is string => v !== undefined);
    for (const [col] of COLUMNS) {
      // Cars given only as their purchase and upkeep (no 公务用车 line of their own) count as those two.
      const parts = vehicleParts(col);
      const vehicle = t.vehicle?.[col] ?? (parts.length > 0 ? decText(sum(parts)) : undefined);
      const kinds = [vehicle, t.overseas?.[col], t.reception?.[col]].filter((v): v is string => v !== undefined);
      if (kinds.length > 0) (computed as Record<string, string>)[col] = decText(sum(kinds));
    }
    controlRow(b, 'three.total', '三公经费', ['“三公”经费', '三公经费支出'], { ...computed, ...(t.total ?? {}) }, 'threePublic.total', unit);
    for (const [col, colLabel] of COLUMNS) {
      const asserted = t.total?.[col];
      const value = computed[col];
      if (asserted !== undefined && value !== undefined) checkSum(b, `three.total.${col}`, `三公经费${colLabel}与各项之和不符`, asserted, dec(value), '公务用车 + 出国 + 接待', `threePublic.total.${col}`, '各项之和');
      const vehicle = t.vehicle?.[col];
      const vparts = vehicleParts(col);
      if (vehicle !== undefined && vparts.length > 0) checkSum(b, `three.vehicle.${col}`, `公务用车经费${colLabel}与购置、运行维护之和不符`, vehicle, sum(vparts), '公车购置 + 公车运行维护', `threePublic.vehicle.${col}`, '购置与运行维护之和');
    }
  }
  const c = data.expenseControl;
  if (c) {
    controlRow(b, 'control.project', '项目支出', ['项目经费'], c.projectExpense, 'expenseControl.projectExpense', unit);
    c.projectExpense?.lines.forEach((l, i) => controlRow(b, `control.project.line.${i}`, l.name, [], l, `expenseControl.projectExpense.lines[${i}]`, unit));
    controlRow(b, 'control.public', '公用经费', ['公用支出'], c.publicExpense, 'expenseControl.publicExpense', unit);
    c.publicExpense?.lines.forEach((l, i) => controlRow(b, `control.public.line.${i}`, l.name, [], l, `expenseControl.publicExpense.lines[${i}]`, unit));
    controlRow(b, 'control.procurement', '政府采购金额', ['政府采购'], c.procurement, 'expenseControl.procurement', unit);
  }
}

const PROCUREMENT_TYPES = [
  ['goods', '货物类'],
  ['works', '工程类'],
  ['services', '服务类'],
] as const;

/** 政府采购 by type: budget, actual, the execution rate; the types must add up to the total. */
export function procurementFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department' || !data.procurement) return;
  const unit = data.meta.moneyUnit;
  const p = data.procurement;
  for (const [key, name] of PROCUREMENT_TYPES) {
    const line = p[key];
    if (!line) continue;
    // A table of kinds names its rows 货物, 工程, 服务: the short name too, so a row's budget is its own, not the total's 采购预算.
    const short = name.replace(/类$/u, '');
    b.money('budget', `procurement.${key}.budget`, `${name}采购预算`, [`${name}预算`, `${short}采购预算`, `${short}预算`], line.budget, `procurement.${key}.budget`, unit, name);
    b.money('actual', `procurement.${key}.actual`, `${name}采购金额`, [`${name}采购`, name, `${short}采购金额`, `${short}实际采购`], line.actual, `procurement.${key}.actual`, unit, name);
  }
  const budgets = PROCUREMENT_TYPES.map(([k]) => p[k]?.budget).filter((v): v is string => v !== undefined);
  const actuals = PROCUREMENT_TYPES.map(([k]) => p[k]?.actual).filter((v): v is string => v !== undefined);
  const aliases = ['政府采购预算', '采购预算'];
  if (p.budget !== undefined) {
    b.money('budget', 'procurement.budget', '政府采购预算', aliases, p.budget, 'procurement.budget', unit);
    if (budgets.length > 0) checkSum(b, 'procurement.budget', '政府采购预算与各类之和不符', p.budget, sum(budgets), '货物 + 工程 + 服务', 'procurement.budget', '各类采购预算之和');
  } else if (budgets.length > 0) {
    b.moneyFormula('budget', 'procurement.budget', '政府采购预算', aliases, sum(budgets), unit, '货物 + 工程 + 服务', PROCUREMENT_TYPES.filter(([k]) => p[k]?.budget !== undefined).map(([k]) => `procurement.${k}.budget`));
  }
  if (p.actual !== undefined) {
    b.money('actual', 'procurement.actual', '政府采购金额', ['政府采购', '采购金额', '实际采购'], p.actual, 'procurement.actual', unit);
    if (actuals.length > 0) checkSum(b, 'procurement.actual', '政府采购金额与各类之和不符', p.actual, sum(actuals), '货物 + 工程 + 服务', 'procurement.actual', '各类采购金额之和');
  } else if (actuals.length > 0) {
    b.moneyFormula('actual', 'procurement.actual', '政府采购金额', ['政府采购', '采购金额'], sum(actuals), unit, '货物 + 工程 + 服务', PROCUREMENT_TYPES.filter(([k]) => p[k]?.actual !== undefined).map(([k]) => `procurement.${k}.actual`));
  }
  const budget = b.get('procurement.budget');
  const actual = b.get('procurement.actual');
  if (budget && actual) {
    const r = percent(actual.value, budget.value);
    if (r) b.rate('rate', 'procurement.rate', '政府采购执行率', ['采购执行率'], r, '政府采购金额 ÷ 政府采购预算', ['procurement.actual', 'procurement.budget']);
  }
  b.money('actual', 'procurement.small_business', '授予中小企业合同金额', ['中小企业'], p.smallBusiness, 'procurement.smallBusiness', unit);
  const sb = b.get('procurement.small_business');
  if (sb && actual) {
    const r = percent(sb.value, actual.value);
    if (r) b.rate('rate', 'procurement.small_business_share', '授予中小企业合同金额占比', ['占比'], r, '中小企业合同金额 ÷ 政府采购金额', ['procurement.small_business', 'procurement.actual']);
  }
}

/** 资产: the totals the report states; none is derived (资产 lines need not add up to 总额). */
export function assetFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department' || !data.assets) return;
  const unit = data.meta.moneyUnit;
  const a = data.assets;
  b.money('actual', 'assets.total', '资产总额', ['资产'], a.total, 'assets.total', unit);
  b.money('actual', 'assets.fixed', '固定资产', ['固定资产原值'], a.fixed, 'assets.fixed', unit);
  b.count('actual', 'assets.vehicles', '公务用车', ['车辆'], a.vehicles, 'assets.vehicles', '辆');
  b.money('actual', 'assets.disposed', '处置资产', ['处置'], a.disposed, 'assets.disposed', unit);
  b.money('actual', 'assets.leased', '出租出借资产', ['出租出借', '出租'], a.leased, 'assets.leased', unit);
  a.lines.forEach((l, i) => b.money('actual', `assets.line.${i}`, l.name, [], l.amount, `assets.lines[${i}].amount`, unit, l.name));
}

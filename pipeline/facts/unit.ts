import type { ControlRowData, ReportData } from '../../schemas/data.js';
import { dec, decText, percent, sum } from '../decimal.js';
import type { FactBuilder } from './builder.js';
import { checkSum } from './budget.js';

/** 人员: 编制数, 在职, 控制率, change on last year. */
export function staffingFacts(b: FactBuilder, data: ReportData): void {
  const s = data.staffing;
  if (!s) return;
  b.count('actual', 'staff.authorized', '编制数', ['编制', '核定编制'], s.authorized, 'staffing.authorized');
  b.count('actual', 'staff.actual', '在职人数', ['实有人数', '年末实有人数', '在职人员', '实际在职人数'], s.actual, 'staffing.actual');
  b.count('prior-year', 'staff.prior', '上年末在职人数', ['上年在职人数'], s.priorActual, 'staffing.priorActual');
  b.count('actual', 'staff.retired', '退休人数', ['退休人员'], s.retired, 'staffing.retired');
  b.count('actual', 'staff.departed', '离休人数', ['离休人员'], s.departed, 'staffing.departed');
  if (s.actual !== undefined && s.authorized !== undefined) {
    const r = percent(String(s.actual), String(s.authorized));
    if (r) b.rate('rate', 'staff.control_rate', '控制率', ['编制控制率', '人员控制率'], r, '在职人数 ÷ 编制数', ['staff.actual', 'staff.authorized']);
  }
  if (s.actual !== undefined && s.priorActual !== undefined) {
    const change = s.actual - s.priorActual;
    b.add({
      id: 'staff.change', role: 'change', label: change >= 0 ? '比上年增加人数' : '比上年减少人数', aliases: ['增加', '减少', '人数变动'],
      kind: 'count', value: String(Math.abs(change)), unit: '人', precision: 0,
      provenance: { kind: 'formula', formula: '|在职人数 − 上年末在职人数|', inputs: ['staff.actual', 'staff.prior'] },
    });
    const r = percent(String(Math.abs(change)), String(s.priorActual));
    if (r) b.rate('change', 'staff.change_rate', change >= 0 ? '人数增长率' : '人数下降率', ['增加', '减少', '变动率'], r, '|变动人数| ÷ 上年末在职人数', ['staff.change', 'staff.prior']);
  }
}

/** 基本支出: 人员经费 + 公用经费. */
export function basicExpenseFacts(b: FactBuilder, data: ReportData): void {
  if (data.kind !== 'department' || !data.basicExpense) return;
  const e = data.basicExpense;
  const unit = data.meta.moneyUnit;
  b.money('actual', 'basic.personnel', '人员经费', ['人员支出'], e.personnel, 'basicExpense.personnel', unit);
  b.money('actual', 'basic.public', '公用经费', ['公用支出'], e.publicUse, 'basicExpense.publicUse', unit);
  const parts = sum([e.personnel, e.publicUse]);
  if (e.total !== undefined) {
    b.money('actual', 'basic.total', '基本支出', ['基本支出合计', '基本支出决算数'], e.total, 'basicExpense.total', unit);
    checkSum(b, 'basic.total', '基本支出与人员经费、公用经费之和不符', e.total, parts, '人员经费 + 公用经费', 'basicExpense.total');
  } else {
    b.moneyFormula('actual', 'basic.total', '基本支出', ['基本支出合计'], parts, unit, '人员经费 + 公用经费', ['basic.personnel', 'basic.public']);
  }
  b.money('budget', 'basic.budget', '基本支出预算数', ['基本支出预算'], e.budget, 'basicExpense.budget', unit);
  (e.byClass ?? []).forEach((c, i) => b.money('actual', `basic.class.${i}`, c.name, [], c.amount, `basicExpense.byClass[${i}].amount`, unit, c.name));
}

const COLUMNS = [
  ['prior', '上年决算数', ['上年决算']],
  ['budget', '本年预算数', ['预算数', '预算']],
  ['actual', '本年决算数', ['决算数', '决算', '实际支出']],
] as const;

/** One 基础数据表 row: its three columns, and the year-on-year change of the 决算. */
function controlRow(b: FactBuilder, base: string, name: string, aliases: readonly string[], row: ControlRowData | undefined, path: string, unit: string): void {
  if (!row) return;
  for (const [col, colLabel, colAliases] of COLUMNS) {
    b.money(col === 'prior' ? 'prior-year' : col === 'budget' ? 'budget' : 'actual', `${base}.${col}`, `${name}${colLabel}`, [...aliases.map((a) => `${a}${colLabel}`), ...colAliases.map((c) => `${name}${c}`)], row[col], `${path}.${col}`, unit, name);
  }
  if (row.prior !== undefined && row.actual !== undefined) {
    const change = dec(row.actual).minus(row.prior);
    b.moneyFormula('change', `${base}.change`, `${name}${change.isNegative() ? '比上年减少' : '比上年增加'}`, ['增加', '减少', '增长', '下降'], change.abs(), unit, '|本年决算 − 上年决算|', [`${base}.actual`, `${base}.prior`], name);
    const r = percent(change.abs(), row.prior);
    if (r) b.rate('change', `${base}.change_rate`, `${name}变动率`, ['增长率', '下降率', '变动率'], r, '|本年决算 − 上年决算| ÷ 上年决算', [`${base}.change`, `${base}.prior`], name);
  }
  if (row.budget !== undefined && row.actual !== undefined) {
    const r = percent(row.actual, row.budget);
    if (r) b.rate('rate', `${base}.control_rate`, `${name}预算控制率`, ['控制率'], r, '本年决算 ÷ 本年预算', [`${base}.actual`, `${base}.budget`], name);
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
    const kinds = [t.vehicle, t.overseas, t.reception];
    const computed: ControlRowData = {};
    for (const [col] of COLUMNS) {
      const parts = kinds.map((k) => k?.[col]).filter((v): v is string => v !== undefined);
      if (parts.length > 0) (computed as Record<string, string>)[col] = decText(sum(parts));
    }
    controlRow(b, 'three.total', '三公经费', ['“三公”经费', '三公经费支出'], { ...computed, ...(t.total ?? {}) }, 'threePublic.total', unit);
    for (const [col, colLabel] of COLUMNS) {
      const asserted = t.total?.[col];
      const value = computed[col];
      if (asserted !== undefined && value !== undefined) checkSum(b, `three.total.${col}`, `三公经费${colLabel}与各项之和不符`, asserted, dec(value), '公务用车 + 出国 + 接待', `threePublic.total.${col}`);
      const vehicle = t.vehicle?.[col];
      const vparts = [t.vehiclePurchase?.[col], t.vehicleOperation?.[col]].filter((v): v is string => v !== undefined);
      if (vehicle !== undefined && vparts.length > 0) checkSum(b, `three.vehicle.${col}`, `公务用车经费${colLabel}与购置、运行维护之和不符`, vehicle, sum(vparts), '公车购置 + 公车运行维护', `threePublic.vehicle.${col}`);
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

import type { TableCell, TableModel } from '../../schemas/rendered.js';
import type { TemplateContext } from './context.js';

const COMPARATOR_SIGNS: Record<string, [string, string]> = {
  '>=': ['≥', ''],
  '<=': ['≤', ''],
  '>': ['>', ''],
  '<': ['<', ''],
  '~': ['', '左右'],
  '=': ['', ''],
};

function cell(text: string, extra: Partial<TableCell> = {}): TableCell {
  return { text, ...extra };
}
const head = (text: string, extra: Partial<TableCell> = {}): TableCell => cell(text, { header: true, ...extra });
const DASH = '—';

/** A figure if the fact exists, else a dash: a fixed form keeps its rows, an absent amount is not a 0. */
function fig(ctx: TemplateContext, id: string, bare = true): string {
  return ctx.has(id) ? ctx.F(id, { bare }) : DASH;
}

function targetText(ctx: TemplateContext, i: number): string {
  const ind = ctx.data.indicators[i];
  if (!ind) return '';
  if (ind.target.kind === 'qualitative') return ctx.T(`indicators[${i}].target.text`, ind.target.text);
  const [pre, post] = COMPARATOR_SIGNS[ind.target.comparator] ?? ['', ''];
  return `${pre}${ctx.F(`ind.${i}.target`)}${post}`;
}

function actualText(ctx: TemplateContext, i: number): string {
  const ind = ctx.data.indicators[i];
  if (!ind) return '';
  if (ind.actual === undefined) return ctx.F(`ind.${i}.actual`);
  return ind.actual.kind === 'qualitative' ? ctx.T(`indicators[${i}].actual.text`, ind.actual.text) : ctx.F(`ind.${i}.actual`);
}

function deviationText(ctx: TemplateContext, i: number): string {
  const d = ctx.data.indicators[i]?.deviation;
  const parts: string[] = [];
  if (d?.reason) parts.push(`原因：${ctx.T(`indicators[${i}].deviation.reason`, d.reason)}`);
  if (d?.measure) parts.push(`措施：${ctx.T(`indicators[${i}].deviation.measure`, d.measure)}`);
  return parts.join('\n');
}

/** 一级 and 二级 cells merged down over their rows, as in a printed 自评表. */
function indicatorRows(ctx: TemplateContext): TableCell[][] {
  const rows: TableCell[][] = [];
  const groups = ctx.groupBy(ctx.indicators, (v) => v.data.level1);
  groups.forEach(([level1, items], g) => {
    let first = true;
    const level2Groups: { name: string; items: typeof items }[] = [];
    for (const item of items) {
      const last = level2Groups[level2Groups.length - 1];
      if (last && last.name === item.data.level2) last.items.push(item);
      else level2Groups.push({ name: item.data.level2, items: [item] });
    }
    for (const group of level2Groups) {
      group.items.forEach((item, k) => {
        const row: TableCell[] = [];
        if (first) {
          row.push(cell(`${level1}（${ctx.F(`score.level1.${g}.weight`)}）`, { rowSpan: items.length }));
          first = false;
        }
        if (k === 0) row.push(cell(group.name, { rowSpan: group.items.length }));
        row.push(
          cell(item.data.name, { align: 'left' }),
          cell(targetText(ctx, item.index)),
          cell(actualText(ctx, item.index)),
          cell(ctx.F(`${item.id}.weight`, { bare: true })),
          cell(ctx.has(`${item.id}.score`) ? ctx.F(`${item.id}.score`, { bare: true }) : ctx.todo('得分')),
          cell(deviationText(ctx, item.index), { align: 'left' }),
        );
        rows.push(row);
      });
    }
  });
  return rows;
}

/** The 绩效指标 label spans the header row and every indicator row; a table without rows says they are to be filled. */
function indicatorBlock(ctx: TemplateContext): TableCell[][] {
  if (ctx.indicators.length === 0) {
    return [
      [head('绩效指标', { rowSpan: 2 }), ...INDICATOR_HEADER.map((t) => head(t))],
      [cell(ctx.todo('绩效指标（一级、二级、三级指标，年度指标值、实际完成值、分值、得分）'), { colSpan: 8, align: 'left' })],
    ];
  }
  return [[head('绩效指标', { rowSpan: ctx.indicators.length + 1 }), ...INDICATOR_HEADER.map((t) => head(t))], ...indicatorRows(ctx)];
}

/** 年度总体目标 cells name a few indicators; the rows below list them all. */
const GOALS_IN_TABLE = 6;

function goalRows(ctx: TemplateContext): TableCell[][] {
  const expectedItems = ctx.goalItems(GOALS_IN_TABLE);
  const actualItems = ctx.resultItems(GOALS_IN_TABLE);
  const expected = expectedItems.length > 0 ? `年度目标：${expectedItems.join('；')}。` : ctx.todo('年度总体目标');
  const actual = actualItems.length > 0 ? `${actualItems.join('；')}。` : ctx.todo('实际完成情况');
  return [
    [head('年度总体目标', { rowSpan: 2 }), head('预期目标', { colSpan: 4 }), head('实际完成情况', { colSpan: 4 })],
    [cell(expected, { colSpan: 4, align: 'left' }), cell(actual, { colSpan: 4, align: 'left' })],
  ];
}

/** 总分: only what the data asserts or its rows add up to; a grade only where the data asserts a score. */
function totalRow(ctx: TemplateContext): TableCell[] {
  return [
    head('总分', { colSpan: 6 }),
    cell(ctx.has('score.weight_total') ? ctx.F('score.weight_total', { bare: true }) : DASH),
    cell(ctx.has('score.total') ? ctx.F('score.total', { bare: true }) : ctx.todo('总分')),
    cell(`自评等级：${ctx.has('score.grade') ? ctx.F('score.grade') : ctx.todo('自评等级')}`),
  ];
}

const INDICATOR_HEADER = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'];
const WIDTHS = [9, 10, 11, 20, 12, 12, 7, 9, 22];

function fundRow(ctx: TemplateContext, label: string, base: string, withScore: boolean): TableCell[] {
  return [
    cell(label, { colSpan: 2, align: 'left' }),
    cell(fig(ctx, `${base}.initial`)),
    cell(fig(ctx, `${base}.total`)),
    cell(fig(ctx, `${base}.actual`)),
    cell(withScore ? fig(ctx, 'score.budget_rate.weight') : DASH),
    cell(withScore ? fig(ctx, 'budget.rate', false) : DASH),
    cell(withScore ? fig(ctx, 'score.budget_rate') : DASH),
  ];
}

/** 项目支出绩效自评表. */
export function projectScoreTable(ctx: TemplateContext): TableModel {
  const m = ctx.meta;
  const fundHeader = [head('', { colSpan: 2 }), ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t) => head(t))];
  const fund = [
    fundHeader,
    fundRow(ctx, '年度资金总额', 'budget', true),
    fundRow(ctx, '其中：当年财政拨款', 'budget.source.current', false),
    fundRow(ctx, '上年结转资金', 'budget.source.prior', false),
    fundRow(ctx, '其他资金', 'budget.source.other', false),
  ];
  fund[0]?.unshift(head('项目资金（万元）', { rowSpan: fund.length }));
  const rows: TableCell[][] = [
    [head('项目名称'), cell(m.project ?? '', { colSpan: 8 })],
    [head('主管部门'), cell(m.department ?? m.unit, { colSpan: 3 }), head('实施单位', { colSpan: 2 }), cell(m.implementer ?? m.unit, { colSpan: 3 })],
    ...fund,
    ...goalRows(ctx),
    ...indicatorBlock(ctx),
    totalRow(ctx),
  ];
  return { id: 'score', title: `${ctx.year}年度项目支出绩效自评表`, widths: WIDTHS, landscape: true, rows, note: '注：金额单位为万元。' };
}

/** 部门（单位）整体支出绩效自评表. */
export function departmentScoreTable(ctx: TemplateContext): TableModel {
  const m = ctx.meta;
  const n = (id: string, label: string): string => (ctx.has(id) ? `${label}${ctx.F(id, { bare: true })}` : label);
  const natureRows: TableCell[][] = [
    [cell(n('budget.total', '按收入性质分：'), { colSpan: 4, align: 'left' }), cell(n('budget.total', '按支出性质分：'), { colSpan: 4, align: 'left' })],
    [cell(n('budget.nature.general', '其中：一般公共预算：'), { colSpan: 4, align: 'left' }), cell(n('budget.nature.basic', '其中：基本支出：'), { colSpan: 4, align: 'left' })],
    [cell(n('budget.nature.fund', '政府性基金拨款：'), { colSpan: 4, align: 'left' }), cell(n('budget.nature.project', '项目支出：'), { colSpan: 4, align: 'left' })],
    [cell(n('budget.nature.nonTax', '纳入专户管理的非税收入拨款：'), { colSpan: 4, align: 'left' }), cell('', { colSpan: 4 })],
    [cell(n('budget.nature.other', '其他资金：'), { colSpan: 4, align: 'left' }), cell('', { colSpan: 4 })],
  ];
  const fundHeader = [head('', { colSpan: 2 }), ...['年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'].map((t) => head(t))];
  const fund = [fundHeader, fundRow(ctx, '年度资金总额', 'budget', true), ...(ctx.data.budget.byNature ? natureRows : [])];
  fund[0]?.unshift(head('年度预算申请（万元）', { rowSpan: fund.length }));
  const rows: TableCell[][] = [
    [head('预算单位名称'), cell(m.unit, { colSpan: 8 })],
    ...fund,
    ...goalRows(ctx),
    ...indicatorBlock(ctx),
    totalRow(ctx),
  ];
  return { id: 'score', title: `${ctx.year}年度部门（单位）整体支出绩效自评表`, widths: WIDTHS, landscape: true, rows, note: '注：金额单位为万元。' };
}

/** 部门整体支出绩效评价基础数据表. */
export function departmentBaseTable(ctx: TemplateContext): TableModel {
  const y = ctx.year;
  const rows: TableCell[][] = [
    [head('财政供养人员情况（人）', { colSpan: 4 })],
    [head('编制数'), head(`${y}年实际在职人数`), head('控制率'), head('')],
    [cell(fig(ctx, 'staff.authorized')), cell(fig(ctx, 'staff.actual')), cell(fig(ctx, 'staff.control_rate', false)), cell('')],
    [head('经费控制情况（万元）'), head(`${y - 1}年决算数`), head(`${y}年预算数`), head(`${y}年决算数`)],
  ];
  const line = (label: string, base: string, indent = 0): TableCell[] => [
    cell(`${'　'.repeat(indent)}${label}`, { align: 'left' }),
    cell(fig(ctx, `${base}.prior`)),
    cell(fig(ctx, `${base}.budget`)),
    cell(fig(ctx, `${base}.actual`)),
  ];
  const d = ctx.data;
  if (d.kind === 'department') {
    rows.push(line('三公经费', 'three.total'));
    rows.push(line('1．公务用车购置和运行维护费', 'three.vehicle', 1));
    rows.push(line('其中：公车购置', 'three.vehiclePurchase', 2));
    rows.push(line('公车运行维护', 'three.vehicleOperation', 2));
    rows.push(line('2．因公出国（境）费', 'three.overseas', 1));
    rows.push(line('3．公务接待费', 'three.reception', 1));
    if (d.expenseControl?.projectExpense) {
      rows.push(line('项目支出', 'control.project'));
      d.expenseControl.projectExpense.lines.forEach((l, i) => rows.push(line(`${i + 1}．${l.name}`, `control.project.line.${i}`, 1)));
    }
    if (d.expenseControl?.publicExpense) {
      rows.push(line('公用经费', 'control.public'));
      d.expenseControl.publicExpense.lines.forEach((l, i) => rows.push(line(`${i === 0 ? '其中：' : ''}${l.name}`, `control.public.line.${i}`, 1)));
    }
    if (d.expenseControl?.procurement) rows.push(line('政府采购金额', 'control.procurement'));
  }
  return { id: 'base', title: `${y}年度部门整体支出绩效评价基础数据表`, widths: [40, 20, 20, 20], landscape: false, rows, note: '注：“—”表示数据未填报或不适用。' };
}

/** Expands merges into a full grid: covered cells are blank, as a flat Markdown table shows them. */
export function tableGrid(model: TableModel): string[][] {
  const width = model.widths.length;
  const grid: (string | undefined)[][] = [];
  model.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cellModel of row) {
      while (grid[r]?.[c] !== undefined) c += 1;
      const rowSpan = cellModel.rowSpan ?? 1;
      const colSpan = cellModel.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr += 1) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < colSpan; dc += 1) {
          const target = grid[r + dr];
          if (target) target[c + dc] = dr === 0 && dc === 0 ? cellModel.text : '';
        }
      }
      c += colSpan;
    }
  });
  return grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? ''));
}

import type { Grid, GridCell } from '../read/grid.js';

/**
 * What the recognisers found in the tables, in the forms' own terms (rows and columns of a 自评表 or
 * 基础数据表), before any data-file field is chosen: mapping.ts turns it into the data file, so a new
 * version of the data file changes one module.
 */
export type MoneyScale = '万元' | '元';

export interface Found {
  readonly cell: GridCell;
}

export type FundRowKey = 'total' | 'current' | 'prior' | 'other';
export type FundColumn = 'initial' | 'total' | 'actual' | 'weight' | 'rate' | 'score';

export interface FundRow {
  readonly label: GridCell;
  readonly cells: Partial<Record<FundColumn, GridCell>>;
}

export type NatureKey = 'income' | 'spending' | 'general' | 'fund' | 'nonTax' | 'other' | 'basic' | 'project';

export interface IndicatorRow {
  /** The 一级指标 cell as written (产出指标（40分）), or undefined when the form has no such column. */
  readonly level1?: GridCell | undefined;
  readonly level2?: GridCell | undefined;
  readonly name?: GridCell | undefined;
  readonly target?: GridCell | undefined;
  readonly actual?: GridCell | undefined;
  readonly weight?: GridCell | undefined;
  readonly score?: GridCell | undefined;
  readonly deviation?: GridCell | undefined;
}

/** 基础数据表 经费控制情况 rows. */
export type ControlKey =
  | 'three.total'
  | 'three.vehicle'
  | 'three.vehiclePurchase'
  | 'three.vehicleOperation'
  | 'three.overseas'
  | 'three.reception'
  | 'project'
  | 'project.line'
  | 'public'
  | 'public.line'
  | 'procurement';

export interface ControlRowReading {
  readonly key: ControlKey;
  readonly label: GridCell;
  /** The line's name without its numbering (业务工作经费), for lines under 项目支出 / 公用经费. */
  readonly name: string;
  readonly prior?: GridCell | undefined;
  readonly budget?: GridCell | undefined;
  readonly actual?: GridCell | undefined;
}

export interface ScoreTableReading {
  readonly grid: Grid;
  readonly kind: 'project' | 'department';
  readonly scale: MoneyScale;
  readonly project?: GridCell | undefined;
  readonly department?: GridCell | undefined;
  readonly implementer?: GridCell | undefined;
  readonly unit?: GridCell | undefined;
  readonly fund: Partial<Record<FundRowKey, FundRow>>;
  /** 按收入性质分 / 按支出性质分 cells with their figure written inside (一般公共预算：1452.61). */
  readonly nature: Partial<Record<NatureKey, { cell: GridCell; value: string | undefined }>>;
  readonly goals: { expected?: GridCell | undefined; actual?: GridCell | undefined };
  readonly indicators: readonly IndicatorRow[];
  readonly total: { label?: GridCell; weight?: GridCell | undefined; score?: GridCell | undefined; grade?: { cell: GridCell; value: string } | undefined };
}

export interface BaseTableReading {
  readonly grid: Grid;
  readonly scale: MoneyScale;
  readonly staffing: { authorized?: GridCell | undefined; actual?: GridCell | undefined; rate?: GridCell | undefined };
  readonly control: readonly ControlRowReading[];
}

/** A year read from a title, a caption, a sheet name or a column header. */
export interface YearReading {
  readonly year: number;
  /** Where it was read: a cell address, or a description (表1 上方标题). */
  readonly where: string;
  readonly cell?: GridCell | undefined;
}

export interface Reading {
  readonly score?: ScoreTableReading | undefined;
  readonly base?: BaseTableReading | undefined;
  readonly year?: YearReading | undefined;
}

/** Why a cell was not written into the data: shown in the YAML's closing comment and on stderr. */
export interface Unplaced {
  readonly where: string;
  readonly text: string;
  readonly reason: string;
}

/**
 * Every non-empty cell ends in exactly one of three places: a value in the data (with its address in a
 * comment), a label or header the recognisers read the layout by, or the list of cells not placed.
 */
export class Ledger {
  private readonly seen = new Map<string, 'label' | 'placed' | 'listed'>();
  readonly unplaced: Unplaced[] = [];

  label(cell: GridCell | undefined): void {
    if (cell && cell.text !== '' && !this.seen.has(cell.address)) this.seen.set(cell.address, 'label');
  }

  placed(cell: GridCell | undefined): void {
    if (cell) this.seen.set(cell.address, 'placed');
  }

  list(cell: GridCell, reason: string): void {
    if (this.seen.get(cell.address) === 'listed') return;
    this.seen.set(cell.address, 'listed');
    this.unplaced.push({ where: cell.address, text: cell.text, reason });
  }

  /** A note about a value that is not a cell (a year read from a caption). */
  note(where: string, text: string, reason: string): void {
    this.unplaced.push({ where, text, reason });
  }

  has(cell: GridCell): boolean {
    return this.seen.has(cell.address);
  }

  roleOf(address: string): 'label' | 'placed' | 'listed' | undefined {
    return this.seen.get(address);
  }

  /** Addresses of the cells read as headers and labels. */
  labels(): string[] {
    return [...this.seen].filter(([, role]) => role === 'label').map(([address]) => address);
  }
}

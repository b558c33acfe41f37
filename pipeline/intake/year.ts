import { normalise, type Grid } from '../read/grid.js';
import { FORM_TITLE, findCells } from './find.js';
import type { BaseTableReading, ScoreTableReading, YearReading } from './reading.js';

const YEAR = /((?:19|20)\d{2})\s*年/u;

/**
 * The year the tables are about, from the most telling place first: the form's title (in a cell, or the
 * paragraph above a Word table), the sheet name, the 基础数据表's column years (its 本年决算), the
 * project's name (2024年科技发展专项资金).
 */
export function findYear(score: ScoreTableReading | undefined, base: BaseTableReading | undefined): YearReading | undefined {
  const grids = [score?.grid, base?.grid].filter((g): g is Grid => g !== undefined);
  for (const grid of grids) {
    const m = grid.caption !== undefined && FORM_TITLE.test(normalise(grid.caption)) ? YEAR.exec(grid.caption) : null;
    if (m?.[1]) return { year: Number(m[1]), where: `${grid.name} 上方标题“${grid.caption}”` };
    const title = findCells(grid, FORM_TITLE)[0];
    const t = title ? YEAR.exec(title.text) : null;
    if (title && t?.[1]) return { year: Number(t[1]), where: title.address, cell: title };
  }
  for (const grid of grids) {
    const m = /((?:19|20)\d{2})/.exec(grid.name);
    if (m?.[1]) return { year: Number(m[1]), where: `工作表名“${grid.name}”` };
  }
  if (base) {
    const heads = findCells(base.grid, /^(?:19|20)\d{2}年(决算|实际在职人数)/);
    const latest = heads
      .map((cell) => ({ cell, year: Number(YEAR.exec(cell.text)?.[1]) }))
      .sort((a, b) => b.year - a.year || a.cell.row - b.cell.row || a.cell.col - b.cell.col)[0];
    if (latest) return { year: latest.year, where: latest.cell.address };
  }
  const project = score?.project;
  const p = project ? /^\s*((?:19|20)\d{2})\s*年/.exec(project.text) : null;
  if (project && p?.[1]) return { year: Number(p[1]), where: `${project.address}（项目名称中的年度）` };
  return undefined;
}

/**
 * Tables of named values: each body row one name and one figure, all in one column (基础数据:
 * 编制数 | 36 | 说明; 资金使用情况: 全年预算数 | 3,162.06). Rules look an operand up by its name and
 * use it only when exactly one row bears a name of that kind.
 */
import { bracketless, perDoc, rowLabel, squash, type Doc } from './doc.js';
import { fig, type Fig } from './figure.js';
import type { Mention } from '../../../mentions/index.js';

export type NamedValues = ReadonlyMap<string, readonly Fig[]>;

/** A figure, or a bare number as a quantity (the unit in the row's name: 编制数（人） | 36). */
export function quantityFig(doc: Doc, m: Mention): Fig | undefined {
  return fig(doc, m) ?? (m.kind === 'plain' && m.unit === '' ? fig(doc, { ...m, kind: 'quantity' }) : undefined);
}

export const namedValues: (doc: Doc) => NamedValues = perDoc((doc) => {
  const out = new Map<string, Fig[]>();
  for (const t of doc.tables) {
    const rows = t.rows.slice(1).filter((row) => row.some((c) => c.mentions.length > 0));
    const columns = new Set(rows.map((row) => row.findIndex((c) => c.mentions.length > 0)));
    if (rows.length < 3 || columns.size !== 1) continue;
    const col = [...columns][0] ?? -1;
    // A grid whose rows hold figures in a later column too (项目 | 培训 | 以工代训 | …, a table laid
    // sideways) names each figure by row and column: its first column is not the rows' one value.
    const width = Math.max(...rows.map((row) => row.length));
    let grid = false;
    for (let c = col + 1; c < width && !grid; c++) grid = rows.filter((row) => (row[c]?.mentions.length ?? 0) > 0).length * 2 > rows.length;
    if (grid) continue;
    for (const row of rows) {
      const cell = row[col];
      const m = cell?.mentions.length === 1 ? cell.mentions[0] : undefined;
      const f = m ? quantityFig(doc, m) : undefined;
      const name = bracketless(squash(rowLabel(row)));
      if (!f || name === '') continue;
      out.set(name, [...(out.get(name) ?? []), f]);
    }
  }
  return out;
});

/** The one named value whose name matches, with its name; undefined when none or several. */
export function oneNamed(values: NamedValues, want: RegExp, avoid?: RegExp): [string, Fig] | undefined {
  const found = [...values].filter(([name]) => want.test(name) && !(avoid?.test(name) ?? false));
  const [name, figs] = found[0] ?? [];
  return found.length === 1 && name !== undefined && figs?.length === 1 && figs[0] ? [name, figs[0]] : undefined;
}

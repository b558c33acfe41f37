import { docxHtml } from '../read/docx.js';
import { isElement, type HtmlElement, type HtmlNode } from '../read/html.js';
import { cellAddress, type Grid, type GridCell } from '../read/grid.js';

/** Text of a cell or paragraph: its paragraphs and line breaks as \n, each line trimmed. */
function textOf(node: HtmlNode): string {
  const parts: string[] = [];
  const walk = (n: HtmlNode): void => {
    if (!isElement(n)) {
      parts.push(n);
      return;
    }
    if (n.tag === 'br') {
      parts.push('\n');
      return;
    }
    if (n.tag === 'table') return; // a nested table is read as a table of its own
    const block = n.tag === 'p' || /^h\d$/.test(n.tag) || n.tag === 'li';
    if (block) parts.push('\n');
    n.children.forEach(walk);
    if (block) parts.push('\n');
  };
  walk(node);
  return parts
    .join('')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
    .filter((line) => line !== '')
    .join('\n');
}

function rowsOf(table: HtmlElement): HtmlElement[] {
  const rows: HtmlElement[] = [];
  const collect = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.tag === 'tr') rows.push(child);
      else if (child.tag === 'thead' || child.tag === 'tbody' || child.tag === 'tfoot') collect(child);
    }
  };
  collect(table);
  return rows;
}

/** A Word table as a grid: merged cells expanded, the covered positions pointing at their top-left cell. */
function tableGrid(table: HtmlElement, name: string, caption: string | undefined): Grid {
  const grid: (GridCell | undefined)[][] = [];
  rowsOf(table).forEach((tr, r) => {
    const line = (grid[r] ??= []);
    let c = 0;
    for (const td of tr.children) {
      if (!isElement(td) || (td.tag !== 'td' && td.tag !== 'th')) continue;
      while (line[c] !== undefined) c++;
      const colSpan = Math.max(1, Number(td.attrs.colspan ?? '1') || 1);
      const rowSpan = Math.max(1, Number(td.attrs.rowspan ?? '1') || 1);
      for (let dr = 0; dr < rowSpan; dr++) {
        const covered = (grid[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) {
          const row = r + dr;
          const col = c + dc;
          covered[col] =
            dr === 0 && dc === 0
              ? { row, col, address: cellAddress(name, row, col), text: textOf(td) }
              : { row, col, address: cellAddress(name, row, col), text: '', master: { row: r, col: c } };
        }
      }
      c += colSpan;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  const rows = grid.map((line, r) =>
    Array.from({ length: width }, (_, c) => line[c] ?? { row: r, col: c, address: cellAddress(name, r, c), text: '' }),
  );
  return { name, caption, rows, width };
}

/**
 * .docx → one grid per table, in document order, named 表1, 表2 …; each with the paragraph just above
 * it as its caption (a form's title: 2024年度项目支出绩效自评表). A table that follows another with
 * nothing but empty paragraphs between and as many columns continues it: a form cut so that its
 * indicator header row repeats on every page (as `draft` writes the 自评表) is one table to its reader.
 */
export async function readDocxGrids(file: string, bytes: Uint8Array): Promise<Grid[]> {
  const root = docxHtml(file, bytes);
  const grids: Grid[] = [];
  let caption: string | undefined;
  /** The last table read, while only empty paragraphs have followed it. */
  let last: { table: HtmlElement; index: number } | undefined;
  const visit = (el: HtmlElement): void => {
    for (const child of el.children) {
      if (!isElement(child)) continue;
      if (child.tag === 'table') {
        const previous = last !== undefined ? grids[last.index] : undefined;
        if (last !== undefined && previous !== undefined && caption === undefined && tableGrid(child, '', undefined).width === previous.width) {
          const joined: HtmlElement = { tag: 'table', attrs: {}, children: [...rowsOf(last.table), ...rowsOf(child)] };
          grids[last.index] = tableGrid(joined, previous.name, previous.caption);
          last = { table: joined, index: last.index };
        } else {
          grids.push(tableGrid(child, `表${grids.length + 1}`, caption));
          last = { table: child, index: grids.length - 1 };
        }
        caption = undefined;
        const outer = last;
        last = undefined;
        // Tables inside a cell (a form laid out in a table) are read too.
        const nested = (e: HtmlElement): void => {
          for (const n of e.children) if (isElement(n)) (n.tag === 'table' ? visit({ tag: '#root', attrs: {}, children: [n] }) : nested(n));
        };
        nested(child);
        last = outer;
      } else if (child.tag === 'p' || /^h\d$/.test(child.tag)) {
        const text = textOf(child);
        if (text !== '') {
          caption = text;
          last = undefined;
        }
      } else {
        last = undefined;
        visit(child);
      }
    }
  };
  visit(root);
  return grids;
}

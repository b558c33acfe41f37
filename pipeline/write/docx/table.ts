import {
  AlignmentType,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { PhrasingContent, Table as MdTable } from 'mdast';
import type { TableModel } from '../../../schemas/rendered.js';
import type { DocxLayout, TextStyle } from './layout.js';
import { phrasingRuns, textRuns, type ReviewNotes, type RunContext } from './runs.js';

type Align = 'left' | 'center' | 'right';

const ALIGNMENT = { left: AlignmentType.LEFT, center: AlignmentType.CENTER, right: AlignmentType.RIGHT } as const;

/** Paragraph style ids the writer declares (see styles in index.ts). */
export const TABLE_TEXT_STYLE = 'TableText';
export const TABLE_CAPTION_STYLE = 'TableCaption';
export const TABLE_NOTE_STYLE = 'TableNote';

/** The table font for a table of `columns` columns: 五号 for wide or landscape tables, 小四 otherwise. */
export function tableTextStyle(layout: DocxLayout, columns: number, landscape: boolean): TextStyle {
  const dense = landscape || columns >= layout.table.denseFromColumns;
  return { font: layout.table.font, sizePt: dense ? layout.table.denseSizePt : layout.table.sizePt, bold: layout.table.bold };
}

/** Spreads relative widths over the text width, in whole twips that add up exactly. */
export function scaleWidths(relative: readonly number[], columns: number, textWidth: number): number[] {
  const usable = relative.length === columns && relative.every((w) => w > 0) ? relative : Array<number>(columns).fill(1);
  const total = usable.reduce((a, b) => a + b, 0);
  const widths = usable.map((w) => Math.floor((textWidth * w) / total));
  const rest = textWidth - widths.reduce((a, b) => a + b, 0);
  if (widths.length > 0) widths[widths.length - 1] = (widths[widths.length - 1] ?? 0) + rest;
  return widths;
}

/** Column count of a merged table: the widest row once the cells merged down from above are counted. */
function gridPositions(rows: TableModel['rows']): { columns: number; starts: number[][] } {
  const covered: boolean[][] = [];
  const starts: number[][] = [];
  let columns = 0;
  rows.forEach((row, r) => {
    const taken = (covered[r] ??= []);
    const rowStarts: number[] = [];
    let c = 0;
    for (const cell of row) {
      while (taken[c] === true) c++;
      rowStarts.push(c);
      const rowSpan = cell.rowSpan ?? 1;
      const colSpan = cell.colSpan ?? 1;
      for (let dr = 0; dr < rowSpan; dr++) {
        const line = (covered[r + dr] ??= []);
        for (let dc = 0; dc < colSpan; dc++) line[c + dc] = true;
      }
      c += colSpan;
    }
    starts.push(rowStarts);
    columns = Math.max(columns, taken.length);
  });
  return { columns, starts };
}

function cellParagraphs(lines: readonly string[], align: Align, ctx: RunContext): Paragraph[] {
  return lines.map(
    (line) =>
      new Paragraph({
        style: TABLE_TEXT_STYLE,
        alignment: ALIGNMENT[align],
        children: textRuns(line, ctx),
      }),
  );
}

function cellOptions(width: number) {
  return {
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    margins: { left: 57, right: 57, top: 0, bottom: 0 },
  };
}

function table(rows: TableRow[], widths: readonly number[]): Table {
  return new Table({
    rows,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
  });
}

/** A table with its merges, its title above and its note below. */
export function modelTable(model: TableModel, layout: DocxLayout, textWidth: number, notes?: ReviewNotes): (Paragraph | Table)[] {
  const { columns, starts } = gridPositions(model.rows);
  const widths = scaleWidths(model.widths, columns, textWidth);
  const style = tableTextStyle(layout, columns, model.landscape === true);
  // Leading rows made only of header cells repeat on every page the table runs over.
  let headerRows = 0;
  while (headerRows < model.rows.length && (model.rows[headerRows] ?? []).every((cell) => cell.header === true)) headerRows++;
  if (headerRows === model.rows.length) headerRows = 0;

  const rows = model.rows.map((row, r) => {
    const cells = row.map((cell, i) => {
      const start = starts[r]?.[i] ?? 0;
      const colSpan = cell.colSpan ?? 1;
      const rowSpan = cell.rowSpan ?? 1;
      const width = widths.slice(start, start + colSpan).reduce((a, b) => a + b, 0);
      const header = cell.header === true;
      const ctx: RunContext = { layout, style, bold: header || style.bold, notes };
      return new TableCell({
        ...cellOptions(width),
        ...(colSpan > 1 ? { columnSpan: colSpan } : {}),
        ...(rowSpan > 1 ? { rowSpan } : {}),
        ...(header && layout.table.headerShading !== null ? { shading: { fill: layout.table.headerShading } } : {}),
        children: cellParagraphs(cell.text.split('\n'), cell.align ?? 'center', ctx),
      });
    });
    return new TableRow({ children: cells, cantSplit: true, ...(r < headerRows ? { tableHeader: true } : {}) });
  });

  const out: (Paragraph | Table)[] = [];
  if (model.title !== '') {
    out.push(
      new Paragraph({
        style: TABLE_CAPTION_STYLE,
        keepNext: true,
        children: textRuns(model.title, { layout, style: layout.table.caption }),
      }),
    );
  }
  out.push(table(rows, widths));
  // A paragraph after every table: Word joins two adjacent tables into one otherwise.
  out.push(
    new Paragraph({
      style: TABLE_NOTE_STYLE,
      children: model.note !== undefined && model.note !== '' ? textRuns(model.note, { layout, style }) : [],
    }),
  );
  return out;
}

/** A GFM table with no model behind it: first row as header, equal widths. */
export function plainTable(node: MdTable, layout: DocxLayout, textWidth: number, notes?: ReviewNotes): (Paragraph | Table)[] {
  const columns = Math.max(0, ...node.children.map((row) => row.children.length));
  if (columns === 0) return [];
  const widths = scaleWidths([], columns, textWidth);
  const style = tableTextStyle(layout, columns, false);
  const rows = node.children.map((row, r) => {
    const cells = Array.from({ length: columns }, (_, c) => {
      const children: PhrasingContent[] = row.children[c]?.children ?? [];
      const align: Align = node.align?.[c] ?? 'center';
      const runs = phrasingRuns(children, { layout, style, bold: r === 0 || style.bold, notes });
      return new TableCell({
        ...cellOptions(widths[c] ?? 0),
        children: [new Paragraph({ style: TABLE_TEXT_STYLE, alignment: ALIGNMENT[align], children: runs })],
      });
    });
    return new TableRow({ children: cells, cantSplit: true, ...(r === 0 ? { tableHeader: true } : {}) });
  });
  return [table(rows, widths), new Paragraph({ style: TABLE_NOTE_STYLE, children: [] })];
}

import * as z from 'zod';

/** One occurrence of a figure in rendered text: where it is, what it says, which fact it states. */
export const FigureRef = z.object({
  offset: z.number().int().meta({ description: '在 Markdown 文本中的起始位置（UTF-16 码元）' }),
  length: z.number().int(),
  text: z.string(),
  factId: z.string(),
});

/** A table cell; a cell covered by a merge is not listed (its row simply has fewer cells). */
export const TableCell = z.object({
  text: z.string(),
  rowSpan: z.number().int().min(1).default(1),
  colSpan: z.number().int().min(1).default(1),
  header: z.boolean().default(false),
  align: z.enum(['left', 'center', 'right']).default('center'),
});

/**
 * A table with its merges, as Word needs it. The Markdown draft carries the same table flattened
 * (merged cells repeated as blanks) right after a `<!-- jixiao:table ID -->` comment.
 */
export const TableModel = z.object({
  id: z.string(),
  title: z.string(),
  /** Relative column widths (any scale); the writer spreads them over the page. */
  widths: z.array(z.number()),
  /** Landscape pages suit wide tables such as the 绩效自评表. */
  landscape: z.boolean().default(false),
  rows: z.array(z.array(TableCell)),
  /**
   * The row that heads the rows below it and repeats at the top of every page they run over (the
   * 一级指标 / 二级指标 … row of a 自评表). Absent: the table's leading header rows repeat.
   */
  headerRow: z.number().int().min(0).optional(),
  note: z.string().optional(),
});

export const RenderedDoc = z.object({
  kind: z.enum(['project', 'department']),
  title: z.string(),
  markdown: z.string(),
  figures: z.array(FigureRef),
  tables: z.array(TableModel),
});

export type FigureRef = z.infer<typeof FigureRef>;
export type TableCell = z.input<typeof TableCell>;
export type TableModel = z.input<typeof TableModel>;
export type RenderedDoc = z.input<typeof RenderedDoc>;

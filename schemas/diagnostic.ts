import * as z from 'zod';
import { CODE_LIST } from '../pipeline/codes.js';

export const Severity = z.enum(['error', 'warning', 'info']);

/**
 * Where a diagnostic is: a file and a line and column in it, an offset into the text read, a data
 * field path, a section path. Each stage fills what it knows; a checker finding fills them all.
 */
export const Location = z.object({
  file: z.string().optional(),
  line: z.number().int().meta({ description: '从 1 起' }).optional(),
  column: z.number().int().meta({ description: '从 1 起' }).optional(),
  offset: z.number().int().meta({ description: '在读入文本中的位置（UTF-16 码元，从 0 起）' }).optional(),
  length: z.number().int().optional(),
  path: z.string().meta({ description: '数据字段路径（点号分隔）' }).optional(),
  section: z.array(z.string()).meta({ description: '章节路径，如 ["二、预算资金使用及管理情况", "（一）…"]' }).optional(),
  cell: z.string().meta({ description: '报告是 Excel 工作簿（.xlsx）时，数字所在的单元格，如 自评表!D5' }).optional(),
});

/** One diagnostic shape for every stage: data errors, fact warnings, update notes; checker findings extend it. */
export const Diagnostic = z.object({
  code: z.enum(CODE_LIST).meta({ description: '稳定的代码，见 README 的“代码”一节' }),
  severity: Severity,
  message: z.string(),
  location: Location.optional(),
  /** The sentence the diagnostic is about (a report's, a draft's). */
  sentence: z.string().optional().meta({ description: '所在的句子' }),
  actual: z.string().optional().meta({ description: '填写或写出的值' }),
  expected: z.string().optional().meta({ description: '应为的数值（含单位）' }),
  factId: z.string().optional(),
  source: z.string().optional().meta({ description: '应为值的来源：数据字段路径、公式或规则' }),
});

export type Severity = z.infer<typeof Severity>;
export type Location = z.infer<typeof Location>;
export type Diagnostic = z.infer<typeof Diagnostic>;

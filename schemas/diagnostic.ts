import { z } from 'zod';

export const Severity = z.enum(['error', 'warning', 'info']);

/** One diagnostic shape for every stage: data errors, fact warnings, checker findings. */
export const Place = z.object({
  file: z.string().optional(),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
  offset: z.number().int().optional(),
  length: z.number().int().optional(),
  path: z.string().optional().meta({ description: '数据字段路径（点号分隔）或章节路径' }),
});

export const Diagnostic = z.object({
  code: z.string().meta({ description: '稳定的代码，如 JX_DATA_INVALID' }),
  severity: Severity,
  message: z.string(),
  place: Place.optional(),
  actual: z.string().optional(),
  expected: z.string().optional(),
  factId: z.string().optional(),
  source: z.string().optional(),
  note: z.string().optional(),
});

export type Severity = z.infer<typeof Severity>;
export type Place = z.infer<typeof Place>;
export type Diagnostic = z.infer<typeof Diagnostic>;

import * as z from 'zod';
import { CHECK_CODES } from '../pipeline/codes.js';
import { Diagnostic, Location } from './diagnostic.js';

/** Where a figure is: file, line, column, offset into the checked text, its section path, and in a workbook its cell. */
export const FigureLocation = Location.omit({ path: true, cell: true }).required().extend({ cell: Location.shape.cell });

/** A checker finding: a diagnostic about one figure of the report, located, with its sentence. */
export const Finding = Diagnostic.omit({ actual: true }).extend({
  code: z.enum(CHECK_CODES),
  location: FigureLocation,
  sentence: z.string().meta({ description: '数字所在的句子' }),
  sentenceOffset: z.number().int().meta({ description: '句子在读入文本中的起始位置，location.offset − sentenceOffset 即数字在句中的位置' }),
  stated: z.string().meta({ description: '报告中写的数字（原文）' }),
  related: z
    .array(z.object({ text: z.string(), line: z.number().int(), column: z.number().int(), offset: z.number().int(), length: z.number().int() }))
    .default([])
    .meta({ description: '与之相关的其他数字（如加总关系中的各项）' }),
});

export type FigureLocation = z.infer<typeof FigureLocation>;
export type Finding = z.input<typeof Finding>;

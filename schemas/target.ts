import * as z from 'zod';
import { DecimalValue, Text } from './primitives.js';

export { COMPARATORS, parseTargetText, type Comparator, type ParsedTarget } from '../pipeline/mentions/target.js';
import { parseTargetText, type Comparator } from '../pipeline/mentions/target.js';

export const ComparatorKey = z.enum(['>=', '<=', '>', '<', '~', '=']);

const StructuredTarget = z.object({
  comparator: ComparatorKey.default('=').meta({
    description: '比较符：>= 不低于，<= 不高于（反向指标），> 超过，< 低于，~ 左右，= 达到',
  }),
  value: DecimalValue,
  unit: z.string().default(''),
});

/** A 年度指标值: shorthand text ("≥5个"), a bare number, a structured target, or qualitative text. */
export const Target = z
  .union([z.number(), z.string(), StructuredTarget])
  .transform((input, ctx) => {
    if (typeof input === 'number') {
      return { kind: 'quantitative' as const, comparator: '=' as Comparator, value: String(input), unit: '', text: String(input) };
    }
    if (typeof input === 'string') {
      const parsed = parseTargetText(input);
      if (parsed === undefined) return { kind: 'qualitative' as const, text: input.trim() };
      if ('error' in parsed) {
        ctx.addIssue({ code: 'custom', message: parsed.error });
        return z.NEVER;
      }
      return { kind: 'quantitative' as const, ...parsed, text: input.trim() };
    }
    return { kind: 'quantitative' as const, ...input, text: `${input.value}${input.unit}` };
  })
  .meta({ description: '年度指标值，如 "≥5个"、"1300家"、"15%左右"，或定性描述' });

/** A 实际完成值: a number with its unit ("16个", "17.9%"), or qualitative text ("已完成"). */
export const Actual = z
  .union([z.number(), Text, z.object({ value: DecimalValue, unit: z.string().default('') })])
  .transform((input) => {
    if (typeof input === 'number') return { kind: 'quantitative' as const, value: String(input), unit: '', text: String(input) };
    if (typeof input === 'string') {
      const parsed = parseTargetText(input);
      if (parsed && !('error' in parsed) && parsed.comparator === '=') {
        return { kind: 'quantitative' as const, value: parsed.value, unit: parsed.unit, text: input.trim() };
      }
      return { kind: 'qualitative' as const, text: input.trim() };
    }
    return { kind: 'quantitative' as const, ...input, text: `${input.value}${input.unit}` };
  })
  .meta({ description: '实际完成值，如 "16个"、"17.9%"，或 "已完成"' });

export const QualitativeBand = z.enum(['达成', '基本达成', '部分达成', '未达成']);

export { Text };

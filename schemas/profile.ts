import * as z from 'zod';
import { Count, DecimalValue, Text } from './primitives.js';

/**
 * A scoring rule held as data. `national` follows 财预〔2020〕10号; a province's variant is a YAML
 * file of the same shape that the data file or the command line names.
 */
export const ScoreProfile = z
  .object({
    id: Text,
    name: Text,
    budgetRate: z
      .object({
        method: z.enum(['proportional', 'bands']).meta({
          description: 'proportional：执行率 × 分值；bands：按执行率分档给分',
        }),
        cap: z.boolean().default(true).meta({ description: '得分不超过分值' }),
        bands: z
          .array(z.object({ min: DecimalValue, share: DecimalValue }).strict())
          .default([])
          .meta({ description: 'bands 方法：执行率不低于 min（百分数）时得分 = share × 分值' }),
      })
      .strict(),
    quantitative: z
      .object({
        unmet: z.enum(['proportional', 'zero']).default('proportional').meta({
          description: '未达成的定量指标：proportional 按完成比例（实际 ÷ 目标 × 分值），zero 不得分',
        }),
        tolerance: DecimalValue.default('0').meta({ description: '“左右”类目标允许的相对偏差（如 0.05）' }),
      })
      .strict(),
    qualitative: z
      .array(z.object({ band: z.enum(['达成', '基本达成', '部分达成', '未达成']), share: DecimalValue }).strict())
      .meta({ description: '定性指标分档：档次 → 得分占分值的比例' }),
    scorePrecision: Count.refine((n) => n <= 4, { message: '得分小数位数应在 0 至 4 之间' }).default(2),
    grades: z
      .array(z.object({ min: DecimalValue, grade: Text }).strict())
      .meta({ description: '等级：总分不低于 min 时为该等级，从高到低' }),
  })
  .strict();

export type ScoreProfile = z.output<typeof ScoreProfile>;

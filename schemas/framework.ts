import * as z from 'zod';
import { Text } from './primitives.js';

/**
 * How a kind of report files its results: the 一级指标 of project tables (产出, 效益, 满意度, 成本)
 * or a province's dimensions of 部门整体支出 (运行成本, 管理效率, 履职效能, 社会效应…). Held as data,
 * so a province's variant is a file, not code. Achievements and indicator rows name a dimension
 * (or one of its aliases); the draft writes one part per dimension, in this order.
 */
export const Framework = z
  .object({
    id: Text,
    name: Text,
    dimensions: z
      .array(
        z
          .object({
            name: Text.meta({ description: '维度名称，如 履职效能' }),
            aliases: z.array(Text).default([]).meta({ description: '也可写作的名称，如 产出、产出指标' }),
            measures: z
              .array(
                z
                  .object({
                    name: Text.meta({ description: '共性指标名称，如 预算执行率' }),
                    fact: z.string().meta({ description: '由数据算出的数字（事实标识），如 budget.rate' }),
                  })
                  .strict(),
              )
              .default([])
              .meta({ description: '本维度的共性指标：数据中有该数字时写入稿中' }),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type Framework = z.output<typeof Framework>;
export type Dimension = Framework['dimensions'][number];

import { z } from 'zod';
import { Severity } from './diagnostic.js';

/** Where a figure is: file, line, column, offset into the checked text, and its section path. */
export const Location = z.object({
  file: z.string(),
  line: z.number().int().meta({ description: '从 1 起' }),
  column: z.number().int().meta({ description: '从 1 起' }),
  offset: z.number().int().meta({ description: '在读入文本中的位置（UTF-16 码元，从 0 起）' }),
  length: z.number().int(),
  section: z.array(z.string()).meta({ description: '章节路径，如 ["二、预算资金使用及管理情况", "（一）…"]' }),
});

export const FINDING_CODES = {
  JX_CHECK_MISMATCH: '与数据不符',
  JX_CHECK_AMBIGUOUS: '可对应多个数据，无法确定',
  JX_CHECK_UNVERIFIED: '未能对应到数据（仅列出）',
  JX_CHECK_SUM: '分项之和与合计不符',
  JX_CHECK_RATE: '比率与其分子分母不符',
  JX_CHECK_BUDGET_ADJUST: '年初预算加减调整与全年预算不符',
  JX_CHECK_BALANCE: '预算减执行与结余不符',
  JX_CHECK_CONFLICT: '同一指标前后数值不一致',
  JX_CHECK_TABLE_NARRATIVE: '表格与正文不一致',
  JX_CHECK_SCORE_TOTAL: '总分与各项得分之和不符',
  JX_CHECK_WEIGHT_TOTAL: '分值合计不为 100',
  JX_CHECK_RATE_SCORE: '预算执行率得分与规则不符',
  JX_CHECK_INDICATOR_SCORE: '指标得分与规则不符',
} as const;

export type FindingCode = keyof typeof FINDING_CODES;

export const Finding = z.object({
  code: z.enum(Object.keys(FINDING_CODES) as [FindingCode, ...FindingCode[]]),
  severity: Severity,
  message: z.string(),
  location: Location,
  sentence: z.string().meta({ description: '数字所在的句子' }),
  sentenceOffset: z.number().int().meta({ description: '句子在读入文本中的起始位置，location.offset − sentenceOffset 即数字在句中的位置' }),
  stated: z.string().meta({ description: '报告中写的数字（原文）' }),
  expected: z.string().optional().meta({ description: '应为的数值（含单位）' }),
  source: z.string().optional().meta({ description: '应为值的来源：数据字段路径、公式或规则' }),
  factId: z.string().optional(),
  related: z
    .array(z.object({ text: z.string(), line: z.number().int(), column: z.number().int(), offset: z.number().int(), length: z.number().int() }))
    .default([])
    .meta({ description: '与之相关的其他数字（如加总关系中的各项）' }),
});

export type Location = z.infer<typeof Location>;
export type Finding = z.input<typeof Finding>;

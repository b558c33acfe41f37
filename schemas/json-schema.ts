import * as z from 'zod';
import { CheckResult } from './check-result.js';
import { ReportData } from './data.js';

/** The JSON Schema of a data file, generated from the zod schema (never written by hand). */
export function dataJsonSchema(): string {
  const schema = z.toJSONSchema(ReportData, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'jixiao 预算绩效自评数据文件' }, null, 2)}\n`;
}

export const DATA_JSON_SCHEMA_FILE = 'schemas/jixiao-data.schema.json';

/** The JSON Schema of `jixiao check --format json` output. */
export function checkJsonSchema(): string {
  const schema = z.toJSONSchema(CheckResult, { io: 'input', unrepresentable: 'any' });
  return `${JSON.stringify({ ...schema, title: 'jixiao check 的 JSON 输出' }, null, 2)}\n`;
}

export const CHECK_JSON_SCHEMA_FILE = 'schemas/jixiao-check.schema.json';

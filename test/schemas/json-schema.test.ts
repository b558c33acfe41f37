import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkJsonSchema, CHECK_JSON_SCHEMA_FILE, dataJsonSchema, DATA_JSON_SCHEMA_FILE } from '../../schemas/json-schema.js';
import { ROOT } from '../support/paths.js';

describe('the checked-in JSON Schema', () => {
  it('is what the zod schemas generate (run `npm run build && npm run schema` when this fails)', () => {
    const checkedIn = readFileSync(path.join(ROOT, DATA_JSON_SCHEMA_FILE), 'utf8');
    expect(checkedIn).toBe(dataJsonSchema());
  });
  it('the check output schema is what the zod schemas generate (run `npm run schema` when this fails)', () => {
    expect(readFileSync(path.join(ROOT, CHECK_JSON_SCHEMA_FILE), 'utf8')).toBe(checkJsonSchema());
  });
  it('describes fields in Chinese for editor completion', () => {
    const schema = JSON.parse(dataJsonSchema()) as { anyOf?: unknown[]; oneOf?: unknown[] };
    expect(JSON.stringify(schema)).toContain('年初预算数');
    expect(JSON.stringify(schema)).toContain('比较符');
  });
});

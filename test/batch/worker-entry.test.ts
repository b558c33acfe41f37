import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';

/** What README's "一台机器不够时" promises of the built entry point a pool or a job queue loads by path. */
describe('dist/bundle/check-worker.js', () => {
  it('loaded by path, its default export checks a report called either way ({ task, context } or a job with data)', async () => {
    const entry = pathToFileURL(path.join(PACKAGE_ROOT, 'dist/bundle/check-worker.js')).href;
    const work = ((await import(entry)) as { default: (input: unknown) => Promise<{ row: { figures: number; unreadable: boolean } }> }).default;
    const file = path.join(PACKAGE_ROOT, 'corpus/zhuzhou-2023-keji-fund.md');
    const direct = await work({ task: { file }, context: {} });
    expect(direct.row.unreadable).toBe(false);
    expect(direct.row.figures).toBeGreaterThan(50);
    expect(await work({ data: { task: { file }, context: {} } })).toEqual(direct);
  });
});

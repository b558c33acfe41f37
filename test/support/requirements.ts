/**
 * Setup for every test file. A test tagged with what it needs (NEEDS_SEEDS, NEEDS_BROWSER in
 * test/support/paths.ts) is skipped where that is missing, except under CI (vitest.config.ts):
 * there it runs, and fails here before its body, saying what is missing.
 */
import { beforeEach } from 'vitest';
import { REQUIREMENTS } from './paths.js';

beforeEach(({ task }) => {
  for (const r of REQUIREMENTS) {
    if (r.missing !== undefined && task.tags?.includes(r.name)) throw new Error(`${r.missing}：设了 CI 时，需要它的测试不能跳过`);
  }
});

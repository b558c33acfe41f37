import { defineConfig } from 'vitest/config';
import { IN_CI, REQUIREMENTS } from './test/support/paths.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['./test/support/global-setup.ts'],
    setupFiles: ['./test/support/requirements.ts'],
    reporters: ['default', './test/support/count-reporter.ts'],
    // What a test needs, as tags: skipped where it is missing, except under CI, where it must fail.
    tags: REQUIREMENTS.map((r) => ({ name: r.name, description: r.description, skip: r.missing !== undefined && !IN_CI })),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});

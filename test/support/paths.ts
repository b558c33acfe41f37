import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');

/** Whether the run is a CI run: there, nothing that needs a missing resource may be skipped. */
export const IN_CI = Boolean(process.env.CI);

/**
 * The real reports live beside the project, in ../shared/seeds, and are not part of it. Every test
 * that reads them says so with NEEDS_SEEDS (`it('…', NEEDS_SEEDS, () => …)`, or on a describe):
 * without the folder such a test is skipped, and the run's last lines say how many and why
 * (test/support/count-reporter.ts); with CI set it runs and fails (test/support/require-seeds.ts).
 */
export const SEEDS = path.resolve(ROOT, '../shared/seeds');
export const HAVE_SEEDS = existsSync(SEEDS);
export const NEEDS_SEEDS = { tags: ['seeds'] };
export const MISSING_SEEDS = `../shared/seeds 不存在（${SEEDS}）`;

/** Where the browser tests find Chromium. */
export const CHROMIUM = process.env.JIXIAO_CHROMIUM ?? '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const MISSING_CHROMIUM = `找不到 Chromium（${CHROMIUM}）`;
export const NEEDS_BROWSER = { tags: ['browser'] };

/**
 * The tags that mark what a test needs (vitest.config.ts defines them): a tagged test is skipped
 * where the resource is missing, except under CI. `missing` is the reason, or undefined when present.
 */
export const REQUIREMENTS = [
  { name: 'seeds', description: '读 ../shared/seeds 中的原始报告', missing: HAVE_SEEDS ? undefined : MISSING_SEEDS },
  { name: 'browser', description: '在 Chromium 中打开审阅页', missing: HAVE_CHROMIUM ? undefined : MISSING_CHROMIUM },
] as const;

export const ZHUZHOU = path.join(EXAMPLES, 'zhuzhou-2024-keji-fund.yaml');
export const LUSONG = path.join(EXAMPLES, 'lusong-2023-kegongxin.yaml');
export const SEED = {
  zhuzhou2024: path.join(SEEDS, 'zhuzhou-2024-keji-fund-project.md'),
  zhuzhou2022: path.join(SEEDS, 'zhuzhou-2022-kejiju-department.txt'),
  lusong2023: path.join(SEEDS, 'lusong-2023-kegongxin-department.txt'),
};

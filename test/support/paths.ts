import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const EXAMPLES = path.join(ROOT, 'examples');
export const SEEDS = path.resolve(ROOT, '../shared/seeds');
export const HAVE_SEEDS = existsSync(SEEDS);
if (!HAVE_SEEDS) console.warn(`../shared/seeds 不存在（${SEEDS}）：依赖原始报告的测试将跳过`);

export const ZHUZHOU = path.join(EXAMPLES, 'zhuzhou-2024-keji-fund.yaml');
export const LUSONG = path.join(EXAMPLES, 'lusong-2023-kegongxin.yaml');
export const SEED = {
  zhuzhou2024: path.join(SEEDS, 'zhuzhou-2024-keji-fund-project.md'),
  zhuzhou2022: path.join(SEEDS, 'zhuzhou-2022-kejiju-department.txt'),
  lusong2023: path.join(SEEDS, 'lusong-2023-kegongxin-department.txt'),
};

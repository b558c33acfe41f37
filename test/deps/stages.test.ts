import path from 'node:path';
import { cruise, type ICruiseOptions, type ICruiseResult, type IForbiddenRuleType } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const CRUISED = ['pipeline', 'cli', 'schemas'];

/** `npm run lint:deps` as a library call: dependency-cruiser with the project's rules. */
async function cruiseWith(change: (options: ICruiseOptions) => ICruiseOptions = (o) => o): Promise<ICruiseResult> {
  const cwd = process.cwd();
  process.chdir(ROOT); // the rules name paths from the project root
  try {
    const options = change(await extractDepcruiseOptions(path.join(ROOT, '.dependency-cruiser.cjs')));
    const { output } = await cruise(CRUISED, { ...options, validate: true }, undefined, { tsConfig: extractTSConfig(path.join(ROOT, 'tsconfig.json')) });
    return output as ICruiseResult;
  } finally {
    process.chdir(cwd);
  }
}

describe('the stage order (.dependency-cruiser.cjs)', () => {
  it('holds: no cycle, no stage importing a later one, the CLI importing only pipeline/index.ts', async () => {
    const result = await cruiseWith();
    // With a TypeScript dependency-cruiser cannot drive it cruises nothing and passes: not here.
    expect(result.summary.totalCruised).toBeGreaterThan(100);
    expect(result.modules.map((m) => m.source)).toEqual(expect.arrayContaining(['cli/main.ts', 'pipeline/index.ts', 'pipeline/check/bind.ts']));
    expect(result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`)).toEqual([]);
  });

  it('really applies its rules to these modules (a rule against what the CLI must import fires)', async () => {
    const probe: IForbiddenRuleType = { name: 'probe', severity: 'error', from: { path: '^cli/' }, to: { path: '^pipeline/index\\.ts$' } };
    const result = await cruiseWith((o) => ({ ...o, ruleSet: { ...o.ruleSet, forbidden: [...(o.ruleSet?.forbidden ?? []), probe] } }));
    expect(result.summary.violations.filter((v) => v.rule.name === 'probe').map((v) => v.from)).toEqual(
      expect.arrayContaining(['cli/check.ts', 'cli/draft.ts', 'cli/update.ts']),
    );
  });
});

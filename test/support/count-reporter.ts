import type { Reporter, TestModule, TestSuite } from 'vitest/node';
import { IN_CI, REQUIREMENTS } from './paths.js';

/**
 * Ends the run with the plain line `N passed, N failed, N skipped` that CI counts, and before it,
 * when tests were skipped, one line saying how many and why. A failing hook or a file that fails to
 * load counts as a failure (its tests are only marked skipped), and so does an unhandled error.
 */
/** Whether a suite holding the test (or its file) failed in a hook: its tests were then never run. */
function failedAbove(parent: TestSuite | TestModule): boolean {
  for (let p: TestSuite | TestModule = parent; ; p = p.parent) {
    if (p.errors().length > 0) return true;
    if (p.type === 'module') return false;
  }
}

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = unhandledErrors.length;
    let skipped = 0;
    const reasons = new Map<string, number>();
    for (const mod of testModules) {
      const suites: (TestModule | TestSuite)[] = [mod, ...mod.children.allSuites()];
      failed += suites.filter((s) => s.errors().length > 0).length;
      for (const test of mod.children.allTests()) {
        const result = test.result();
        if (result.state === 'passed') passed += 1;
        else if (result.state === 'failed') failed += 1;
        else {
          skipped += 1;
          const need = REQUIREMENTS.find((r) => r.missing !== undefined && test.tags.includes(r.name));
          const reason = (failedAbove(test.parent) ? '所在测试组的准备步骤失败（见上方错误）' : undefined)
            ?? need?.missing ?? (result.state === 'skipped' ? result.note : undefined) ?? '标为 skip 或 todo';
          reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
        }
      }
    }
    let out = '\n';
    if (skipped > 0) {
      const why = [...reasons].map(([reason, n]) => `${reason}，${n} 项`).join('；');
      const ci = !IN_CI && REQUIREMENTS.some((r) => r.missing !== undefined) ? '。设了 CI 时，缺少所需文件的测试会失败而不是跳过' : '';
      out += `跳过 ${skipped} 项测试：${why}${ci}\n`;
    }
    process.stdout.write(`${out}${passed} passed, ${failed} failed, ${skipped} skipped\n`);
  }
}

import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { jixiao } from '../support/cli.js';

/** The options block of a command's help: each option's line and the display column its description starts at. */
function optionColumns(help: string): { line: string; column: number }[] {
  const block = help.split('选项：\n')[1]?.split('\n\n')[0] ?? '';
  return block
    .split('\n')
    .filter((l) => /^ {2}-/.test(l))
    .map((line) => {
      const term = /^ {2}(\S(?:.*?\S)?) {2,}/.exec(line)?.[0] ?? '';
      return { line, column: stringWidth(term) };
    });
}

describe('--help reads as Chinese on a terminal', () => {
  for (const command of ['draft', 'check', 'update']) {
    it(`${command} --help: no English default, descriptions in one column (CJK counted as two), no line past 80 columns`, () => {
      const run = jixiao([command, '--help']);
      expect(run.code).toBe(0);
      expect(run.stdout).not.toMatch(/\(default:|\(choices:/);
      const options = optionColumns(run.stdout);
      expect(options.length).toBeGreaterThan(5);
      expect(new Set(options.map((o) => o.column)).size, options.map((o) => o.line).join('\n')).toBe(1);
      // Continuation lines start at the same column.
      const indent = options[0]?.column ?? 0;
      const block = run.stdout.split('选项：\n')[1]?.split('\n\n')[0] ?? '';
      for (const l of block.split('\n').filter((x) => x !== '' && !/^ {2}-/.test(x))) expect(l.length - l.trimStart().length).toBe(indent);
      for (const l of run.stdout.split('\n')) expect(stringWidth(l), l).toBeLessThanOrEqual(80);
      expect(run.stdout).toContain('--max-size <MB>');
    });
  }

  it('check --help says the default of --format in Chinese, once', () => {
    const help = jixiao(['check', '--help']).stdout;
    expect(help).toMatch(/-f, --format <格式> +输出格式：text（默认）、json（一个 JSON 文档）或\s+ndjson（每个报告一行 JSON）\n/);
    expect(help).not.toContain('default');
  });

  it('--max-size raises the size limit for one run, and is refused when not a positive number', () => {
    const bad = jixiao(['check', 'x.md', '--max-size', 'abc']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('[JX_CLI_OPTION] --max-size 应为正数');
  });

  it('a mistyped command or option is named, with the one meant when it is close', () => {
    const command = jixiao(['chek', 'x.md']);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('[JX_CLI_OPTION] 没有命令 chek');
    expect(command.stderr).toContain('是不是要用 check？');
    const option = jixiao(['check', 'x.md', '--dta', 'y.yaml']);
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('[JX_CLI_OPTION] 没有选项 --dta');
    expect(option.stderr).toContain('是不是要用 --data？');
    // Nothing close: no guess.
    const far = jixiao(['check', 'x.md', '--zzzzzz']);
    expect(far.stderr).toContain('[JX_CLI_OPTION] 没有选项 --zzzzzz');
    expect(far.stderr).not.toContain('是不是');
    expect(`${command.stderr}${option.stderr}`).not.toMatch(/Did you mean/);
  });
});

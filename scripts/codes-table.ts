// The README's table of codes, generated from the registry (pipeline/codes.ts): `npm run codes`
// writes it between the markers; a test fails when the README and the registry differ.
import { CODE_GROUPS, CODES, type CodeGroup, type CodeSeverity } from '../pipeline/codes.js';

export const CODES_START = '<!-- codes:start（由 npm run codes 从 pipeline/codes.ts 生成，请勿手改） -->';
export const CODES_END = '<!-- codes:end -->';

const LEVEL: Record<CodeSeverity, string> = { error: '错误', warning: '警告', info: '提示' };

/** The table, grouped as the registry groups the codes. */
export function codesTable(): string {
  const lines = ['| 代码 | 级别 | 含义 |', '|---|---|---|'];
  for (const [group, title] of Object.entries(CODE_GROUPS) as [CodeGroup, string][]) {
    lines.push(`| **${title}** | | |`);
    for (const [code, info] of Object.entries(CODES)) {
      if (info.group === group) lines.push(`| \`${code}\` | ${LEVEL[info.severity]} | ${info.meaning} |`);
    }
  }
  return lines.join('\n');
}

/** The README with the table between the markers replaced by the registry's. */
export function withCodesTable(readme: string): string {
  const start = readme.indexOf(CODES_START);
  const end = readme.indexOf(CODES_END);
  if (start === -1 || end < start) throw new Error(`README.md 中缺少标记 ${CODES_START} … ${CODES_END}`);
  return `${readme.slice(0, start + CODES_START.length)}\n\n${codesTable()}\n\n${readme.slice(end)}`;
}

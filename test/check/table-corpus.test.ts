import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { NATIONAL } from './rules/support.js';

/**
 * Budget tables as other reports lay them out (bench/tables: 40 tables written by make.py, every
 * relation exact, each with a copy where one cell was changed; ANSWERS.tsv says which). Checked
 * without data, as a bureau checks a report it receives: no finding on a clean table, and the
 * changed cell found in every copy but those of relations the checker does not read yet.
 */
const DIR = path.join(PACKAGE_ROOT, 'bench/tables');
const findings = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return checkReport({ file, text, format: 'md' }, { profile: NATIONAL }).findings.filter((f) => f.severity !== 'info');
};
const answers = readFileSync(path.join(DIR, 'bad/ANSWERS.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [file = '', row = '', old = '', changed = ''] = line.split('\t');
    return { file, row: Number(row), old, changed };
  });

/** Relations not read yet, each the reason its copy goes unflagged. */
const NOT_READ = new Map([
  ['08-fenjidu-leiji.md', 'a cumulative progress rate over the whole-year plan'],
  ['09-fenyue-yuan.md', 'a running total (累计) against the month before plus the month'],
  ['17-shouzhi-zongbiao-shuangbian.md', 'income and spending side by side in one 收支总表'],
  ['23-jidu-fenlie.md', 'a quarter column of bare numbers, no unit in header or caption, and a row across its quarters'],
  ['24-yuedu-wanchenglv.md', 'a monthly completion rate over a monthly plan'],
  ['32-daowei-zhichu-shuanglv.md', 'an arrival rate (到位率) over the funds planned'],
  ['34-jidu-zhanbi-yuan.md', 'a share (占比) of the year total'],
  ['39-shangbannian-fenyue.md', 'month columns of bare numbers and a half-year total across them'],
]);

describe('budget tables laid out as other reports lay them out', () => {
  it('no finding on any of the 40 clean tables', () => {
    const files = readdirSync(path.join(DIR, 'clean')).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(40);
    const alarms = files.flatMap((f) => findings(path.join(DIR, 'clean', f)).map((x) => `${f}:${x.location.line} ${x.code} ${x.message}`));
    expect(alarms).toEqual([]);
  });
  it('the changed cell is flagged in every corrupted copy whose relation is read', () => {
    expect(answers).toHaveLength(40);
    const missed = answers.filter((a) => findings(path.join(DIR, 'bad', a.file)).length === 0).map((a) => a.file);
    expect(missed).toEqual([...NOT_READ.keys()]);
    // Most are flagged on the row that was changed (a changed part may also show at its total).
    const onRow = answers.filter((a) => findings(path.join(DIR, 'bad', a.file)).some((x) => x.location.line === a.row));
    expect(onRow.length).toBeGreaterThanOrEqual(30);
  });
});

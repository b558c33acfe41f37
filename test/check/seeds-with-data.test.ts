import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { buildFacts } from '../../pipeline/facts/index.js';
import { loadData } from '../../pipeline/load/index.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { LUSONG, NEEDS_SEEDS, SEED, ZHUZHOU } from '../support/paths.js';

/** QA's case: a real report and the unit's data. Every figure the report gets wrong, and no other. */
async function mismatches(report: string, data: string): Promise<string[]> {
  const loaded = await loadData(data);
  const facts = buildFacts(loaded.data, loaded.profile).facts;
  const { text, format } = await readReportFile(report);
  const result = checkReport({ file: report, text, format }, { facts, profile: loaded.profile });
  return result.findings.filter((f) => f.code === 'JX_CHECK_MISMATCH').map((f) => `${f.location.line}:${f.stated.replace(/\s+/g, '')}→${f.expected}`);
}

describe('the seeds checked against the example data', NEEDS_SEEDS, () => {
  it('project fund report: 1300家, 31亿元 and 13.79件 where the data says 1302, 19.65 and 14.91', async () => {
    expect(await mismatches(SEED.zhuzhou2024, ZHUZHOU)).toEqual([
      '81:1300家→1302家', '81:31亿元→19.65亿元', '81:13.79件→14.91件',
      '99:1300家→1302家', '99:31亿元→19.65亿元', '99:13.79件→14.91件',
    ]);
  });
  it('district department report: 192.31 called 全年预算; the second listing of three items (adjustment and spending) disagrees with the first, which the data keeps', async () => {
    expect(await mismatches(SEED.lusong2023, LUSONG)).toEqual([
      '45:192.31万元→1452.61万元',
      '59:1,143.51万元→1143.50万元', '59:1,143.51万元→1143.50万元',
      '60:1.00万元→1.01万元', '60:1.00万元→1.01万元',
      '61:16.84万元→16.85万元', '61:16.84万元→16.85万元',
    ]);
  });
});

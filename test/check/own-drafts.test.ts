import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { readSidecar } from '../../pipeline/read/sidecar.js';
import { writeReport } from '../../pipeline/write/index.js';
import { LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-own-'));
const priors: Record<string, string> = {
  [ZHUZHOU]: path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'),
  [LUSONG]: path.join(ROOT, 'corpus/lusong-2022-kegongxin.md'),
};

describe('the tool\'s own drafts check clean against their data', () => {
  for (const data of [ZHUZHOU, LUSONG]) {
    for (const ext of ['md', 'docx'] as const) {
      it(`${path.basename(data)} as .${ext}: every figure bound, no error`, async () => {
        const { doc, facts, loaded } = await draftReport({ data, prior: priors[data] });
        const out = path.join(dir, `${path.basename(data, '.yaml')}.${ext}`);
        await writeReport(doc, out, { facts: facts.facts });
        const { text, format } = await readReportFile(out);
        const report = checkReport({ file: out, text, format }, { facts: facts.facts, sidecar: await readSidecar(out), profile: loaded.profile });
        expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
        expect(report.coverage.mismatched).toBe(0);
        expect(report.coverage.bound).toBeGreaterThanOrEqual(report.coverage.figures - 2);
      });
    }
  }
});

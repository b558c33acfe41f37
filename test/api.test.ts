import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as api from '../pipeline/index.js';
import type { CheckResult, Diagnostic, Fact, FactTable, FiguresSidecar, FileReport, Finding, UpdateNote } from '../pipeline/index.js';
import { ROOT, ZHUZHOU } from './support/paths.js';

describe('the library API', () => {
  it('exposes exactly the stages and the jobs (nothing leaks)', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CODES', 'CODE_GROUPS', 'DEFAULT_LIMITS', 'InputError', 'InternalError', 'OVERVIEW_COLUMNS', 'PACKAGE_ROOT', 'addCounts', 'addToSummary', 'annotateDocx',
      'assessIndicator', 'buildFacts', 'builtinProfiles', 'carryOver', 'checkAnnotateTarget', 'checkDataText', 'checkFiles', 'checkReport', 'checkResult',
      'configureLimits', 'defaultJobs', 'describeProgress', 'diagnostic', 'draftProse', 'draftReport', 'draftToFile', 'expandReports',
      'extractMentions', 'fileOutput', 'findTopic', 'formatFact', 'importTables', 'initYear', 'inputError', 'limits', 'loadData', 'loadProfile', 'makeSidecar',
      'migrateFile', 'outputWriter', 'overviewBase', 'overviewCell', 'overviewPagePaths', 'overviewRow', 'parseChineseNumber', 'parseData', 'partsOf', 'preloadWriteStages', 'readCorpus',
      'readReportFile', 'readSidecar', 'renderOverviewHtml', 'renderReport', 'renderReviewHtml', 'reportFileKind', 'reportIdentity', 'reviewPagePaths', 'saveDataFile',
      'sectionText', 'shiftYears', 'sidecarPath', 'skippedNote', 'startCheckBatch', 'summaryFormat', 'summaryTable', 'updateDraft', 'updateFile',
      'writeOverviewHtml', 'writeReport', 'writeReviewPage', 'writeSummaryTable',
    ]);
  });

  it('does what the commands do: draft with its page, check, update, annotate — one check each', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-api-'));
    const md = path.join(dir, 'draft.md');
    const drafted = await api.draftToFile({ data: ZHUZHOU, output: md, html: path.join(dir, 'draft.html') });
    const facts: FactTable = drafted.draft.facts;
    const warnings: readonly Diagnostic[] = drafted.draft.warnings;
    expect(warnings.map((w) => w.code)).toContain('JX_FACT_SUM');
    // The page shows the check the job made, and that check is the one `checkFiles` makes of the file.
    const page: FileReport | undefined = drafted.report;
    expect(page?.coverage.figures).toBeGreaterThan(200);
    expect(readFileSync(path.join(dir, 'draft.html'), 'utf8')).toContain(`${page?.coverage.bound}`);

    const sidecar: FiguresSidecar | undefined = await api.readSidecar(md);
    expect(sidecar?.facts.length).toBe(facts.facts.length);
    const { result } = await api.checkFiles([md]);
    const checked: CheckResult = result;
    expect(checked.files[0]?.coverage).toEqual(page?.coverage);
    const findings: readonly Finding[] = checked.files[0]?.findings ?? [];
    expect(checked.summary.errors).toBe(findings.filter((f) => f.severity === 'error').length);

    const v1 = path.join(ROOT, 'test/fixtures/update/v1.yaml');
    const v2 = path.join(ROOT, 'test/fixtures/update/v2.yaml');
    const docx = path.join(dir, 'v1.docx');
    await api.draftToFile({ data: v1, output: docx });
    const updated = await api.updateFile(docx, { data: v2, html: path.join(dir, 'v2.html') });
    const notes: readonly UpdateNote[] = updated.update.review;
    expect(notes.length).toBeGreaterThan(0);
    expect(notes.every((n) => n.code === 'JX_UPDATE_REVIEW' && n.severity === 'warning' && n.sentence !== '')).toBe(true);
    expect(updated.report?.file).toBe(updated.output);

    const v2facts: readonly Fact[] = (await api.readSidecar(updated.output))?.facts ?? [];
    const { result: again } = await api.checkFiles([updated.output], { data: v2 });
    const report = again.files[0] as FileReport;
    const annotated = await api.annotateDocx(new Uint8Array(readFileSync(updated.output)), report.findings, { file: updated.output });
    expect(annotated.placed + annotated.unplaced).toBe(report.findings.length);
    const html = await api.renderReviewHtml({ text: (await api.readReportFile(updated.output)).text, format: 'md', report, facts: v2facts });
    expect(html).toMatch(/^<!DOCTYPE html>/i);
  });
});

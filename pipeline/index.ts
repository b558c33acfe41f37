/**
 * The library API of jixiao: what the CLI uses, for programs that do the same. Each stage is a
 * function from one typed value to the next; the jobs (draftToFile, checkFiles, updateFile) do
 * what the commands do, files in and files out. Anything not exported here is internal.
 *
 * Where things are (folders of pipeline/, in stage order):
 *   read/      a report file (.md .txt .docx .pdf .xlsx) as text; the figures sidecar (readSidecar)
 *   mentions/  figures in Chinese text: numerals, units, qualifiers, subjects (extractMentions)
 *   format/    every number written as text (formatFact)
 *   corpus/    a report as a section tree (readCorpus)
 *   load/      the data file, validated (loadData)
 *   facts/     every figure the report may state (buildFacts)
 *   render/    the draft from templates (renderReport)
 *   check/     figures bound to facts (bind.ts) and checked, rules in check/rules/ (checkReport)
 *   llm/       the prose redrafted by a model, figures locked (draftProse)
 *   update/    an edited draft brought to new data (updateDraft)
 *   write/     Markdown and Word files (writeReport)
 *   review/    the review page (renderReviewHtml) and Word comments (annotateDocx)
 *   jobs/      the commands as functions (draftToFile, checkFiles, updateFile)
 *   codes.ts   every code and what it means (CODES)
 *
 * The stages a `check` needs are imported here; the heavier ones (templates, the model, the page,
 * Word editing, and the data loader with its YAML parser and zod) load when their function is first
 * called, so their functions here are async.
 */

// Codes, diagnostics, errors.
export { CODES, CODE_GROUPS, type Code, type CheckCode, type CodeInfo, type CodeGroup, type CodeSeverity } from './codes.js';
export { InputError, InternalError, inputError, diagnostic } from './errors.js';
export { configureLimits, DEFAULT_LIMITS, limits, type Limits } from './limits.js';
export type { Diagnostic, Location, Severity } from '../schemas/diagnostic.js';

// The artifacts.
export type { Fact, FactKind, Provenance } from '../schemas/fact.js';
export type { Finding, FigureLocation } from '../schemas/finding.js';
export type { CheckResult, FileReport, Coverage, MentionRecord } from '../schemas/check-result.js';
export type { FiguresSidecar, SidecarFigure } from '../schemas/sidecar.js';
export type { RenderedDoc, FigureRef } from '../schemas/rendered.js';
export type { ReportData } from '../schemas/data.js';
export type { ScoreProfile } from '../schemas/profile.js';

// The stages.
export { readReportFile, type ReadReport } from './read/index.js';
export { reportFileKind, type ReportFileKind } from './read/formats.js';
export { readSidecar, sidecarPath } from './read/sidecar.js';
export { extractMentions, parseChineseNumber, type Mention } from './mentions/index.js';
export { formatFact } from './format/index.js';
export { readCorpus, partsOf, findTopic, sectionText, shiftYears, type SectionTree, type Section, type Part, type Topic } from './corpus/index.js';
export { carryOver, type CarriedSection } from './corpus/carry.js';
export type { LoadedData, LoadOptions, ProfileChoice } from './load/index.js';
export { buildFacts, assessIndicator, type FactTable, type BuildFactsOptions } from './facts/index.js';
export type { RenderOptions } from './render/index.js';
export { checkReport, type CheckInput, type CheckOptions } from './check/index.js';
export { describeProgress, type LlmProgress, type UnitStatus } from './llm/progress.js';
export type { LlmOptions, LlmUsage, UnitOutcome, ProseInput, ProseResult } from './llm/index.js';
export { updateDraft, type UpdateInput, type UpdateResult, type Change, type ChangeKind, type UpdateNote } from './update/index.js';
export { writeReport, makeSidecar, type OutputFormat, type WriteOptions, type WriteResult } from './write/index.js';
export type { ReviewInput, FigureChange } from './review/page/index.js';
export type { AnnotateOptions, AnnotateResult } from './review/annotate.js';

// Tables a unit already has → a data file; last year's data → this year's skeleton.
export type { ImportOptions, ImportResult, InitOptions, InitResult, Unplaced } from './intake/index.js';

// The jobs.
export type { DraftOptions, DraftResult, DraftJobOptions, DraftJobResult } from './jobs/draft.js';
export { checkFiles, checkResult, expandReports, skippedNote, checkAnnotateTarget, type CheckJobOptions, type CheckJobResult, type ReportList } from './jobs/check.js';
export { addToSummary, addCounts, type CheckSummary } from './jobs/summary.js';
export { fileOutput, outputWriter, type CheckOutput } from './jobs/check-output.js';
// Many reports at once (a bureau's QA): files on a worker pool, results in input order as they finish.
export { startCheckBatch, defaultJobs, type CheckBatch, type CheckBatchOptions } from './jobs/batch.js';
export type { CheckContext, CheckContextOptions, CheckTask, CheckedFile, FileTally } from './jobs/check-one.js';
export { overviewPagePaths, writeOverviewHtml, writeSummaryTable, summaryFormat } from './jobs/overview.js';
export { overviewRow, OVERVIEW_COLUMNS, overviewCell, overviewBase, type OverviewRow, type OverviewColumn } from './review/overview/row.js';
export { reportIdentity, type ReportIdentity } from './corpus/identity.js';
export type { OverviewPageOptions } from './review/overview/html.js';
export type { SummaryFormat } from './review/overview/table.js';
export type { UpdateJobOptions, UpdateJobResult } from './jobs/update.js';
export type { MigrateResult } from './jobs/migrate.js';
export { reviewPagePaths, writeReviewPage } from './jobs/pages.js';

/** The installed package's folder: its templates, profiles, schemas and the desk's pages. */
export { PACKAGE_ROOT } from './paths.js';

// The heavy stages, loaded on first call.
type Load = typeof import('./load/index.js');
type Render = typeof import('./render/index.js');
type Llm = typeof import('./llm/index.js');
type Page = typeof import('./review/page/index.js');
type Overview = typeof import('./review/overview/html.js');
type OverviewTable = typeof import('./review/overview/table.js');
type Annotate = typeof import('./review/annotate.js');
type DraftJob = typeof import('./jobs/draft.js');
type UpdateJob = typeof import('./jobs/update.js');
type Intake = typeof import('./intake/index.js');
type MigrateJob = typeof import('./jobs/migrate.js');

/** load: a data file → the validated data, its profile and framework (the YAML parser and zod load here). */
export async function loadData(...args: Parameters<Load['loadData']>): ReturnType<Load['loadData']> {
  return (await import('./load/index.js')).loadData(...args);
}

/** The built-in scoring profiles (ids a `--profile` may name) with their names. */
export async function builtinProfiles(...args: Parameters<Load['builtinProfiles']>): ReturnType<Load['builtinProfiles']> {
  return (await import('./load/index.js')).builtinProfiles(...args);
}

/**
 * Loads the stages a write (import, validate, draft, review page) needs ahead of their first call:
 * for a long-running caller, like the desk, while it waits for its first upload. Nothing runs.
 */
export async function preloadWriteStages(): Promise<void> {
  await Promise.all([import('./intake/index.js'), import('./jobs/draft.js'), import('./review/page/index.js'), import('exceljs')]);
}

/** A scoring profile by id (profiles/) or path. */
export async function loadProfile(...args: Parameters<Load['loadProfile']>): ReturnType<Load['loadProfile']> {
  return (await import('./load/index.js')).loadProfile(...args);
}

/** A data file's text → the validated data (async: the YAML parser and zod load on first call). */
export async function parseData(...args: Parameters<Load['parseData']>): Promise<ReturnType<Load['parseData']>> {
  return (await import('./load/index.js')).parseData(...args);
}

/** render: data + facts (+ carried prior text) → a draft whose every figure is a fact (nunjucks loads here). */
export async function renderReport(...args: Parameters<Render['renderReport']>): Promise<ReturnType<Render['renderReport']>> {
  return (await import('./render/index.js')).renderReport(...args);
}

/** The LLM stage: each narrative part redrafted by a model, every figure locked to the data. */
export async function draftProse(...args: Parameters<Llm['draftProse']>): ReturnType<Llm['draftProse']> {
  return (await import('./llm/index.js')).draftProse(...args);
}

/** index.html of a batch: one row per report, sortable and filterable offline, linking each review page. */
export async function renderOverviewHtml(...args: Parameters<Overview['renderOverviewHtml']>): Promise<ReturnType<Overview['renderOverviewHtml']>> {
  return (await import('./review/overview/html.js')).renderOverviewHtml(...args);
}

/** The overview table as .xlsx or .csv bytes (exceljs loads here), the same bytes for the same rows. */
export async function summaryTable(...args: Parameters<OverviewTable['summaryTable']>): ReturnType<OverviewTable['summaryTable']> {
  return (await import('./review/overview/table.js')).summaryTable(...args);
}

/** The review page of a checked report: one self-contained HTML file. */
export async function renderReviewHtml(...args: Parameters<Page['renderReviewHtml']>): Promise<ReturnType<Page['renderReviewHtml']>> {
  return (await import('./review/page/index.js')).renderReviewHtml(...args);
}

/** A copy of a .docx with a Word comment at each finding. */
export async function annotateDocx(...args: Parameters<Annotate['annotateDocx']>): ReturnType<Annotate['annotateDocx']> {
  return (await import('./review/annotate.js')).annotateDocx(...args);
}

/** The main job: data (+ last year's report) → a draft whose every figure is a fact. */
export async function draftReport(...args: Parameters<DraftJob['draftReport']>): ReturnType<DraftJob['draftReport']> {
  return (await import('./jobs/draft.js')).draftReport(...args);
}

/** `jixiao draft`: the draft (and the model's prose) written with its sidecar, and its review page. */
export async function draftToFile(...args: Parameters<DraftJob['draftToFile']>): ReturnType<DraftJob['draftToFile']> {
  return (await import('./jobs/draft.js')).draftToFile(...args);
}

/** `jixiao update`: an edited draft brought to new data, the editor's sentences kept. */
export async function updateFile(...args: Parameters<UpdateJob['updateFile']>): ReturnType<UpdateJob['updateFile']> {
  return (await import('./jobs/update.js')).updateFile(...args);
}

/** `jixiao migrate`: a version 1 data file rewritten as version 2, comments kept. */
export async function migrateFile(...args: Parameters<MigrateJob['migrateFile']>): ReturnType<MigrateJob['migrateFile']> {
  return (await import('./jobs/migrate.js')).migrateFile(...args);
}

/** `jixiao import`: a filled 自评表 / 基础数据表 (.xlsx, .docx) → a data file, each value with its cell. */
export async function importTables(...args: Parameters<Intake['importTables']>): ReturnType<Intake['importTables']> {
  return (await import('./intake/index.js')).importTables(...args);
}

/** `jixiao init`: last year's data (and report) → this year's data skeleton. */
export async function initYear(...args: Parameters<Intake['initYear']>): ReturnType<Intake['initYear']> {
  return (await import('./intake/index.js')).initYear(...args);
}

/** A data file's text read back as `draft` reads it: what still stops a draft. */
export async function checkDataText(...args: Parameters<Intake['checkDataText']>): Promise<ReturnType<Intake['checkDataText']>> {
  return (await import('./intake/index.js')).checkDataText(...args);
}

/** Writes a data file `import` or `init` made; an existing file is replaced only with `force`. */
export async function saveDataFile(...args: Parameters<Intake['saveDataFile']>): ReturnType<Intake['saveDataFile']> {
  return (await import('./intake/index.js')).saveDataFile(...args);
}

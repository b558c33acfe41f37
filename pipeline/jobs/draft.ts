import type { FileReport } from '../../schemas/check-result.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { RenderedDoc } from '../../schemas/rendered.js';
import { carryNote, carryOver, reportYear, type CarriedSection } from '../corpus/carry.js';
import { readCorpus, type SectionTree } from '../corpus/index.js';
import { diagnostic } from '../errors.js';
import { buildFacts, type FactTable } from '../facts/index.js';
import type { LlmOptions, ProseResult } from '../llm/index.js';
import { loadData, type LoadedData } from '../load/index.js';
import { readReportFile } from '../read/index.js';
import { renderWithUsage } from '../render/index.js';
import { checkOutputs, type FileToWrite } from '../files.js';
import { sidecarPath } from '../read/sidecar.js';
import { profileInput } from '../load/compiled.js';
import { formatOf, makeSidecar, writeReport, type OutputFormat, type WriteResult } from '../write/index.js';
import { reviewPageHtml } from './pages.js';
import { unusedValues } from './unused.js';

export interface DraftOptions {
  /** The data file (YAML or JSON). */
  readonly data: string;
  /** Last year's report (.md, .txt, .docx, .pdf): parts the data lacks are carried from it. */
  readonly prior?: string | undefined;
  /** A directory of templates overriding the built-in ones. */
  readonly templates?: string | undefined;
  /** A scoring profile id or file, overriding the data's meta.profile. */
  readonly profile?: string | undefined;
}

export interface DraftResult {
  readonly loaded: LoadedData;
  readonly facts: FactTable;
  readonly doc: RenderedDoc;
  readonly carried: readonly CarriedSection[];
  /** Last year's report as a section tree (the LLM stage takes its style from it). */
  readonly priorTree?: SectionTree | undefined;
  /** Contradictions in the data (kept as asserted) and notes on carried text. */
  readonly warnings: readonly Diagnostic[];
  /** Values of the data the draft does not state, each with the reason. */
  readonly unused: readonly Diagnostic[];
}

/** The main job: data (+ last year's report) → a draft whose every figure is a fact. */
export async function draftReport(options: DraftOptions): Promise<DraftResult> {
  const loaded = await loadData(options.data, { profile: options.profile });
  let carried: CarriedSection[] = [];
  let priorTree: SectionTree | undefined;
  const readNotes: Diagnostic[] = [...loaded.notes];
  if (options.prior !== undefined) {
    const { text, format, notes } = await readReportFile(options.prior);
    readNotes.push(...(notes ?? []));
    priorTree = readCorpus(text, { file: options.prior, format });
    carried = carryOver(loaded.data, priorTree, reportYear(priorTree), options.prior);
  }
  const facts = buildFacts(loaded.data, loaded.profile, { file: options.data, carried, empty: loaded.empty });
  const { doc, usage } = renderWithUsage(loaded.data, facts, loaded.profile, { templatesDir: options.templates, carried, framework: loaded.framework });
  // Only what the draft really carries is announced as carried.
  const notes: Diagnostic[] = carried
    .filter((c) => usage.carried.has(c.topic))
    .map((c) => diagnostic('JX_DRAFT_CARRIED', `${carryNote(c)}（${c.file}），已在稿中标注待核`, { location: { file: options.prior } }));
  const located = facts.warnings.map((w) => {
    const pos = w.location?.path !== undefined ? loaded.locate(w.location.path) : undefined;
    return pos ? { ...w, location: { ...w.location, line: pos.line, column: pos.column } } : w;
  });
  const unused = unusedValues(loaded.raw, facts.facts, usage, doc.markdown, options.data, loaded.locate);
  return { loaded, facts, doc, carried: carried.filter((c) => usage.carried.has(c.topic)), priorTree, warnings: [...readNotes, ...located, ...notes], unused };
}

export interface DraftJobOptions extends DraftOptions {
  /** The draft file (.md or .docx); its sidecar is written beside it. */
  readonly output: string;
  /** Overrides the output's extension. */
  readonly format?: OutputFormat | undefined;
  /** A review page of the draft, from one check of it. */
  readonly html?: string | undefined;
  /** Redraft the prose with a model (with `dryRun`: only make the prompts, write nothing). */
  readonly llm?: LlmOptions | undefined;
}

export interface DraftJobResult {
  /** The draft as written: the model's prose when `llm` was given. */
  readonly draft: DraftResult;
  /** What the model did with each part (and with `dryRun`, the prompts). */
  readonly prose?: ProseResult | undefined;
  /** Files written; undefined on a dry run. */
  readonly written?: WriteResult | undefined;
  /** The check of the draft the review page shows (only with `html`). */
  readonly report?: FileReport | undefined;
}

/**
 * draft → (the model's prose) → the draft, its sidecar and its review page written together. An
 * output that would overwrite an input or another output is refused before anything is read.
 */
export async function draftToFile(options: DraftJobOptions): Promise<DraftJobResult> {
  await checkOutputs(
    [
      { file: options.output, what: '草稿' },
      { file: sidecarPath(options.output), what: '数字对照表' },
      ...(options.html !== undefined ? [{ file: options.html, what: '审阅页' }] : []),
    ],
    [{ file: options.data, what: '数据文件' }, ...(options.prior !== undefined ? [{ file: options.prior, what: '上年报告' }] : []), ...profileInput(options.profile)],
  );
  // An output name that says no format is refused before the work, not after it.
  formatOf(options.output, options.format);
  let draft = await draftReport(options);
  let prose: ProseResult | undefined;
  if (options.llm !== undefined) {
    const { draftProse } = await import('../llm/index.js');
    prose = await draftProse({ doc: draft.doc, facts: draft.facts.facts, prior: draft.priorTree, profile: draft.loaded.profile }, options.llm);
    if (options.llm.dryRun === true) return { draft, prose };
    draft = { ...draft, doc: prose.doc };
  }
  const { doc, facts } = draft;
  // The review page is made first and written with the draft: all of them appear, or none.
  let report: FileReport | undefined;
  const page: FileToWrite[] = [];
  if (options.html !== undefined) {
    const { checkReport } = await import('../check/index.js');
    report = checkReport({ file: options.output, text: doc.markdown, format: 'md' }, {
      facts: facts.facts, profile: draft.loaded.profile, sidecar: makeSidecar(doc.markdown, doc.figures, facts.facts),
    });
    page.push({ file: options.html, content: await reviewPageHtml({ text: doc.markdown, format: 'md', report, facts: facts.facts }) });
  }
  const written = await writeReport(doc, options.output, {
    format: options.format, dataFile: options.data, facts: facts.facts,
    draft: { prior: options.prior, templates: options.templates, profile: options.profile },
    with: page,
  });
  return { draft, prose, written, report };
}

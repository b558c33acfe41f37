import type { Diagnostic } from '../../schemas/diagnostic.js';
import type { RenderedDoc } from '../../schemas/rendered.js';
import { carryOver, reportYear, type CarriedSection } from '../corpus/carry.js';
import { readCorpus, type SectionTree } from '../corpus/index.js';
import { buildFacts, type FactTable } from '../facts/index.js';
import { loadData, type LoadedData } from '../load/index.js';
import { readReportFile } from '../read/index.js';
import { renderReport } from '../render/index.js';

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
  const facts = buildFacts(loaded.data, loaded.profile, { file: options.data, carried });
  const doc = renderReport(loaded.data, facts, loaded.profile, { templatesDir: options.templates, carried });
  const notes: Diagnostic[] = carried.map((c) => ({
    code: 'JX_DRAFT_CARRIED',
    severity: 'info',
    message: `“${c.title}”一节沿用上年报告（${c.file}），年份已顺延，已在稿中标注待核`,
    place: { file: options.prior },
  }));
  const located = facts.warnings.map((w) => {
    const pos = w.place?.path !== undefined ? loaded.locate(w.place.path) : undefined;
    return pos ? { ...w, place: { ...w.place, line: pos.line, column: pos.column } } : w;
  });
  return { loaded, facts, doc, carried, priorTree, warnings: [...readNotes, ...located, ...notes] };
}

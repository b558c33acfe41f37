/**
 * The library API of jixiao: what the CLI uses, for programs that do the same. Each stage is a
 * function from one typed value to the next; anything not exported here is internal.
 */
export { loadData, loadProfile, parseData, type LoadedData, type LoadOptions } from './load/index.js';
export { buildFacts, assessIndicator, type FactTable, type BuildFactsOptions } from './facts/index.js';
export { readCorpus, partsOf, findTopic, sectionText, shiftYears, type SectionTree, type Section, type Part, type Topic } from './corpus/index.js';
export { carryOver, type CarriedSection } from './corpus/carry.js';
export { renderReport, type RenderOptions } from './render/index.js';
export { draftReport, type DraftOptions, type DraftResult } from './jobs/draft.js';
export { checkReport, extractMentions, parseChineseNumber, type CheckInput, type CheckOptions, type Mention } from './check/index.js';
export { updateDraft, type UpdateInput, type UpdateResult } from './update/index.js';
export { readReportFile } from './read/index.js';
export { writeReport, makeSidecar, type WriteOptions } from './write/index.js';
export { readSidecar, sidecarPath } from './read/sidecar.js';
export type { FiguresSidecar, SidecarFigure } from '../schemas/sidecar.js';
export { formatFact } from './format/index.js';
export { InputError, InternalError } from './errors.js';
export { importTables, initYear, saveDataFile, unplacedDiagnostics, IMPORT_CODES, type ImportOptions, type ImportResult, type InitOptions, type InitResult, type Unplaced } from './intake/index.js';

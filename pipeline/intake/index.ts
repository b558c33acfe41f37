/**
 * The intake stage: what a unit already has → a data file. `import` reads a filled 绩效自评表 or
 * 基础数据表 (.xlsx, .docx) by its headers (score-table.ts, base-table.ts), every value commented with
 * the cell it came from; `init` rolls last year's data (and report) over to this year's skeleton.
 * mapping.ts and rollover.ts alone know the data file's fields.
 */
export { importTables, type ImportOptions, type ImportResult } from './import.js';
export { initYear, type InitOptions, type InitResult } from './init.js';
export { checkDataText, saveDataFile } from './data-file.js';
export { TO_CHECK, TO_FILL } from './emit.js';
export type { Unplaced } from './reading.js';

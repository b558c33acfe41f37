/**
 * Limits that keep a careless or hostile input from exhausting memory or time: every input is
 * refused past them with a message that names the limit and, where a user may need more, the
 * option that raises it. Real inputs are far below: a data file is 20–50 KB, a report 10–60 KB.
 *
 * At these limits a run stays within about 10× its input size + 150 MB of memory (measured in
 * bench/limits.ts); raising them trades that bound away knowingly.
 */

export interface Limits {
  /** A data file (YAML or JSON) and a scoring profile, in bytes. */
  readonly dataFileBytes: number;
  /** A report's text: a .md or .txt file, or the text a .docx or .pdf yields, in bytes of UTF-8. */
  readonly reportTextBytes: number;
  /** A .docx or .pdf file itself (images make them large), in bytes. */
  readonly reportFileBytes: number;
  /** A figures sidecar (*.figures.json), in bytes. */
  readonly sidecarBytes: number;
  /** YAML aliases (*name) resolved in one file: an alias bomb multiplies a few lines into gigabytes. */
  readonly yamlAliases: number;
  /** Nesting of lists and maps in a data file (a real one nests 4 deep). */
  readonly nestingDepth: number;
  /** Loop items a template may make with range() in one render. */
  readonly templateIterations: number;
  /** Templates included (include, import, extends) in one render: an include loop stops here. */
  readonly templateIncludes: number;
  /** Wall-clock time of one render, in milliseconds. */
  readonly templateMs: number;
}

const KB = 1024;
const MB = 1024 * KB;

/**
 * Chosen where the memory bound still holds on the heaviest shape measured (a data file of nothing
 * but indicators, checked against its own draft and sidecar): 128 KB of data is five times the
 * largest example, 384 KB of report text twenty times the longest real report.
 */
export const DEFAULT_LIMITS: Limits = {
  dataFileBytes: 128 * KB,
  reportTextBytes: 384 * KB,
  reportFileBytes: 50 * MB,
  sidecarBytes: 32 * MB,
  yamlAliases: 100,
  nestingDepth: 64,
  templateIterations: 100_000,
  templateIncludes: 2_000,
  templateMs: 30_000,
};

let current: Limits = DEFAULT_LIMITS;

/** The limits in force. */
export function limits(): Limits {
  return current;
}

/**
 * Raises (or lowers) limits for this process: the CLI's `--max-size` sets the file sizes once at
 * start. Returns the previous limits, for a caller that wants to put them back.
 */
export function configureLimits(overrides: Partial<Limits>): Limits {
  const previous = current;
  current = { ...current, ...overrides };
  return previous;
}

/** A size for messages: 1.5 MB, 300 KB (KB and MB of 1024). */
export function formatBytes(bytes: number): string {
  if (bytes >= MB) return `${Math.round((bytes / MB) * 10) / 10} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** The option that raises the file-size limits, named in messages. */
export const SIZE_OPTION = '--max-size';

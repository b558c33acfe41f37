import type { Diagnostic } from '../schemas/diagnostic.js';

/**
 * Input the tool cannot use: a data file that does not validate, a report it cannot read.
 * Carries every diagnostic found, so the user fixes them in one pass. The CLI exits 2.
 */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

/** A bug in jixiao itself: the CLI asks the user to report it. */
export class InternalError extends Error {
  override name = 'InternalError';
}

/**
 * The two ways jixiao stops: input it cannot use (InputError, exit 2) and a bug in jixiao itself
 * (InternalError, exit 70). Everything else a stage has to say is a Diagnostic it returns.
 */
import type { Diagnostic, Location } from '../schemas/diagnostic.js';
import { CODES, type Code } from './codes.js';

/**
 * Input the tool cannot use: a data file that does not validate, a report it cannot read, a
 * template that does not compile, an option out of range. Carries every diagnostic found, so the
 * user fixes them in one pass.
 */
export class InputError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(diagnostics.map((d) => d.message).join('\n'));
    this.name = 'InputError';
    this.diagnostics = diagnostics;
  }
}

/** A bug in jixiao itself (or in a program calling the library wrongly): to be reported, never retried. */
export class InternalError extends Error {
  override name = 'InternalError';
  readonly code = 'JX_INTERNAL' satisfies Code;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A diagnostic at its code's severity (the registry's). */
export function diagnostic(code: Code, message: string, extra: Omit<Diagnostic, 'code' | 'severity' | 'message'> = {}): Diagnostic {
  return { code, severity: CODES[code].severity, message, ...extra };
}

/** An InputError with one diagnostic. */
export function inputError(code: Code, message: string, location?: Location): InputError {
  return new InputError([diagnostic(code, message, location !== undefined ? { location } : {})]);
}

import path from 'node:path';
import type { Code } from '../codes.js';
import { inputError, type InputError } from '../errors.js';

/** Codes of a report the reader cannot use, each raised with a message that says what to do. */
export type ReadCode = Extract<Code, `JX_READ_${string}` | 'JX_FILE_UNREADABLE' | 'JX_INPUT_TOO_LARGE'>;

/** An InputError with one diagnostic; the message names the file and what to do with it. */
export function readError(code: ReadCode, file: string, message: string): InputError {
  return inputError(code, message, { file });
}

/** The file's base name, as messages show it. */
export function shown(file: string): string {
  return path.basename(file);
}

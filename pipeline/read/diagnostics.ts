import path from 'node:path';
import { InputError } from '../errors.js';

/** Codes of a report the reader cannot use, each with a message that says what to do. */
export const READ_CODES = {
  corrupt: 'JX_READ_CORRUPT',
  notDocx: 'JX_READ_NOT_DOCX',
  encrypted: 'JX_READ_ENCRYPTED',
  noText: 'JX_READ_NO_TEXT',
  unsupported: 'JX_READ_UNSUPPORTED',
  unreadable: 'JX_FILE_UNREADABLE',
  empty: 'JX_READ_EMPTY',
  binary: 'JX_READ_BINARY',
  tooLarge: 'JX_INPUT_TOO_LARGE',
} as const;

export type ReadCode = (typeof READ_CODES)[keyof typeof READ_CODES];

/** An InputError with one diagnostic; the message names the file and what to do with it. */
export function readError(code: ReadCode, file: string, message: string): InputError {
  return new InputError([{ code, severity: 'error', message, place: { file } }]);
}

/** The file's base name, as messages show it. */
export function shown(file: string): string {
  return path.basename(file);
}

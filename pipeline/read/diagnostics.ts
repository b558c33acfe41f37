import path from 'node:path';
import type { Code } from '../codes.js';
import { inputError, type InputError } from '../errors.js';
import { formatBytes, SIZE_OPTION } from '../limits.js';

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

/** A file over its size limit: what it is, how large (undefined when reading stopped at the limit), and how to raise the limit. */
export function tooLarge(file: string, what: string, size: number | undefined, limit: number): InputError {
  const over = size === undefined ? `${what}超过上限 ${formatBytes(limit)}` : `${what}有 ${formatBytes(size)}，超过上限 ${formatBytes(limit)}`;
  return readError(
    'JX_INPUT_TOO_LARGE',
    file,
    `${shown(file)} 太大：${over}（真实的报告和数据文件通常不到 100 KB）。请确认选对了文件；确需处理时用 ${SIZE_OPTION} <MB> 提高上限。`,
  );
}

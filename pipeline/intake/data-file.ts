import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, inputError } from '../errors.js';
import { writeAtomic } from '../files.js';
import { parseData } from '../load/index.js';

/** A data file's text read back as `draft` reads it: what still stops a draft (values it must have). */
export function checkDataText(file: string, yaml: string): Diagnostic[] {
  try {
    parseData(file, yaml);
    return [];
  } catch (err) {
    if (err instanceof InputError) return [...err.diagnostics];
    throw err;
  }
}

/**
 * Writes a data file `import` or `init` made. An existing file is never replaced unless `force`:
 * it may be the officer's edited data.
 */
export async function saveDataFile(out: string, text: string, options: { force?: boolean | undefined } = {}): Promise<void> {
  if (!options.force && (await exists(out))) {
    throw inputError('JX_OUTPUT_EXISTS', `${out} 已存在，未覆盖：请换一个输出文件名（-o），或加 --force 覆盖。`, { file: out });
  }
  await writeAtomic(out, text);
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

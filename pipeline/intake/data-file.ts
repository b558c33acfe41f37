import { stat } from 'node:fs/promises';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, inputError } from '../errors.js';
import { writeAtomic } from '../files.js';
import { defaultFramework, parseData } from '../load/index.js';
import { referenceErrors } from '../load/references.js';

/** A data file's text read back as `draft` reads it: what still stops a draft (values it must have). */
export function checkDataText(file: string, yaml: string): Diagnostic[] {
  try {
    const data = parseData(file, yaml);
    // A framework of the unit's own (meta.framework) is checked when the file is drafted.
    return data.meta.framework === undefined ? referenceErrors(data, defaultFramework(data.kind), file) : [];
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

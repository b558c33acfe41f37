/**
 * The migrate job: a version 1 data file rewritten as version 2 with its comments kept, then read
 * as version 2 so that what still needs the writer's hand (a group that names nothing) is listed.
 */
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, inputError } from '../errors.js';
import { checkOutputs, writeAtomic } from '../files.js';
import { limits } from '../limits.js';
import { decodeBytes, readBytes } from '../read/index.js';
import { loadData, migrateText, type MigrationChange } from '../load/index.js';

export interface MigrateResult {
  /** The file written; undefined when the input was version 2 already. */
  readonly output?: string | undefined;
  readonly changes: readonly MigrationChange[];
  /** What the version 2 file still gets wrong. */
  readonly remaining: readonly Diagnostic[];
}

export async function migrateFile(file: string, output?: string): Promise<MigrateResult> {
  const out = output ?? file.replace(/(\.ya?ml|\.json)?$/i, '.v2.yaml');
  await checkOutputs([{ file: out, what: '新数据文件' }], [{ file, what: '旧数据文件' }]);
  // Read as `draft` reads it: any encoding, within the size limit (written back as UTF-8).
  const { text } = decodeBytes(await readBytes(file, limits().dataFileBytes, '数据文件'), file);
  // Read as the tool reads it first: a file it cannot read is refused before anything is written.
  await loadData(file).catch((err: unknown) => {
    if (!(err instanceof InputError) || err.diagnostics.some((d) => d.code === 'JX_DATA_SYNTAX' || d.code === 'JX_DATA_TAB')) throw err;
  });
  const migrated = migrateText(text);
  if (migrated.version === 2) return { changes: [], remaining: [] };
  if (migrated.version === undefined) throw inputError('JX_DATA_INVALID', 'version：应为 2（或不写，表示第 1 版）', { file, path: 'version' });
  await writeAtomic(out, migrated.text);
  try {
    await loadData(out);
    return { output: out, changes: migrated.changes, remaining: [] };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { output: out, changes: migrated.changes, remaining: err.diagnostics };
  }
}

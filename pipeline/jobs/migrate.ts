/**
 * The migrate job: a version 1 data file rewritten as version 2 with its comments kept, then read
 * as version 2 so that what still needs the writer's hand (a group that names nothing) is listed.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, inputError } from '../errors.js';
import { writeAtomic } from '../files.js';
import { loadData, migrateText, type MigrationChange } from '../load/index.js';

export interface MigrateResult {
  /** The file written; undefined when the input was version 2 already. */
  readonly output?: string | undefined;
  readonly changes: readonly MigrationChange[];
  /** What the version 2 file still gets wrong. */
  readonly remaining: readonly Diagnostic[];
}

export async function migrateFile(file: string, output?: string): Promise<MigrateResult> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError('JX_FILE_UNREADABLE', code === 'ENOENT' ? `找不到数据文件：${file}` : `无法读取数据文件 ${file}（${code ?? String(err)}）`, { file });
  }
  const out = output ?? file.replace(/(\.ya?ml|\.json)?$/i, '.v2.yaml');
  // Read as the tool reads it first: a file it cannot read is refused before anything is written.
  await loadData(file).catch((err: unknown) => {
    if (!(err instanceof InputError) || err.diagnostics.some((d) => d.code === 'JX_DATA_SYNTAX' || d.code === 'JX_DATA_TAB')) throw err;
  });
  const migrated = migrateText(text);
  if (migrated.version === 2) return { changes: [], remaining: [] };
  if (migrated.version === undefined) throw inputError('JX_DATA_INVALID', 'version：应为 2（或不写，表示第 1 版）', { file, path: 'version' });
  if (path.resolve(out) === path.resolve(file)) throw inputError('JX_CLI_OPTION', `输出文件不能与原文件相同（${out}）；请用 -o 指定新文件名`);
  await writeAtomic(out, migrated.text);
  try {
    await loadData(out);
    return { output: out, changes: migrated.changes, remaining: [] };
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    return { output: out, changes: migrated.changes, remaining: err.diagnostics };
  }
}

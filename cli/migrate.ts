import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../pipeline/errors.js';
import { writeAtomic } from '../pipeline/files.js';
import { loadData, migrateText } from '../pipeline/load/index.js';
import { EXIT } from './main.js';
import { printDiagnostics } from './print.js';

/**
 * `jixiao migrate OLD.yaml -o NEW.yaml`: a version 1 data file rewritten as version 2, comments kept;
 * then read as version 2, so what still needs the writer's hand (a group that names nothing) is listed.
 */
export async function runMigrate(file: string, opts: { output?: string | undefined }): Promise<number> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError([{ code: 'JX_FILE_UNREADABLE', severity: 'error', message: code === 'ENOENT' ? `找不到数据文件：${file}` : `无法读取数据文件 ${file}（${code ?? String(err)}）`, place: { file } }]);
  }
  const out = opts.output ?? file.replace(/(\.ya?ml|\.json)?$/i, '.v2.yaml');
  // Read as the tool reads it first: a file it cannot read is refused before anything is written.
  await loadData(file).catch((err: unknown) => {
    if (!(err instanceof InputError) || err.diagnostics.some((d) => d.code === 'JX_DATA_SYNTAX' || d.code === 'JX_DATA_TAB')) throw err;
  });
  const migrated = migrateText(text);
  if (migrated.version === 2) {
    process.stdout.write(`${file} 已是第 2 版格式（version: 2），无须转换\n`);
    return EXIT.ok;
  }
  if (migrated.version === undefined) {
    throw new InputError([{ code: 'JX_DATA_INVALID', severity: 'error', message: 'version：应为 2（或不写，表示第 1 版）', place: { file, path: 'version' } }]);
  }
  if (path.resolve(out) === path.resolve(file)) {
    throw new InputError([{ code: 'JX_CLI_OPTION', severity: 'error', message: `输出文件不能与原文件相同（${out}）；请用 -o 指定新文件名` }]);
  }
  await writeAtomic(out, migrated.text);
  process.stdout.write(`已写出 ${out}（第 2 版）${migrated.changes.length > 0 ? `：${migrated.changes.map((c) => c.message).join('；')}` : '：字段无须改名，已加 version: 2'}\n`);
  try {
    await loadData(out);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`\n${out} 还有 ${err.diagnostics.length} 处须按第 2 版修改：\n`);
    printDiagnostics(err.diagnostics);
    return EXIT.findings;
  }
  return EXIT.ok;
}

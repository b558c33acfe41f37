import { migrateFile } from '../pipeline/index.js';
import { EXIT } from './exit.js';
import { printDiagnostics } from './print.js';

/** `jixiao migrate OLD.yaml -o NEW.yaml`: prints what the library's migrate job did. */
export async function runMigrate(file: string, opts: { output?: string | undefined }): Promise<number> {
  const r = await migrateFile(file, opts.output);
  if (r.output === undefined) {
    process.stdout.write(`${file} 已是第 2 版格式（version: 2），无须转换\n`);
    return EXIT.ok;
  }
  process.stdout.write(`已写出 ${r.output}（第 2 版）${r.changes.length > 0 ? `：${r.changes.map((c) => c.message).join('；')}` : '：字段无须改名，已加 version: 2'}\n`);
  if (r.remaining.length === 0) return EXIT.ok;
  process.stderr.write(`\n${r.output} 还有 ${r.remaining.length} 处须按第 2 版修改：\n`);
  printDiagnostics(r.remaining);
  return EXIT.findings;
}

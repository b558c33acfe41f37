import { watch, type FSWatcher } from 'node:fs';
import path from 'node:path';
import { InputError } from '../pipeline/index.js';
import { printDiagnostics } from './print.js';

/**
 * Reruns `run` whenever one of `files` is saved, until Ctrl-C. Editors save by writing a new file
 * and renaming it, so the directory is watched, not the file. A run that fails on bad input (a
 * file saved half-written) prints why and leaves the last good output as it was.
 */
export async function watchAndRerun(files: readonly string[], run: () => Promise<number>): Promise<number> {
  const attempt = async (): Promise<void> => {
    try {
      await run();
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      printDiagnostics(err.diagnostics);
      process.stderr.write('输入有误，上一次的输出保持不变；改好后保存即可重新生成。\n');
    }
  };
  await attempt();
  const names = new Map(files.map((f) => [path.resolve(f), path.basename(f)]));
  const dirs = [...new Set([...names.keys()].map((f) => path.dirname(f)))];
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const watchers: FSWatcher[] = dirs.map((dir) =>
    watch(dir, (_event, name) => {
      if (name === null || ![...names.values()].includes(String(name))) return;
      clearTimeout(timer);
      // Saves come in bursts (truncate, write, rename): wait for the file to settle.
      timer = setTimeout(() => {
        running = running.then(async () => {
          process.stderr.write(`\n${new Date().toLocaleTimeString('zh-CN', { hour12: false })} ${String(name)} 已修改，重新生成……\n`);
          await attempt();
        });
      }, 200);
    }),
  );
  process.stderr.write(`正在监视 ${[...names.values()].join('、')}，按 Ctrl-C 结束。\n`);
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      for (const w of watchers) w.close();
      clearTimeout(timer);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await running;
  return 0;
}

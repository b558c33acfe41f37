/**
 * A check run over many reports: each file checked in this thread or on a pool of worker threads
 * (tinypool; --jobs N is this thread and N − 1 workers) and handed back as soon as it and every file before it are done, so
 * output streams in input order and memory holds only the few files in flight. A file that
 * cannot be read is that file's result; the run goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagnostic } from '../errors.js';
import { checkOutputs, type PlannedFile } from '../files.js';
import { limits } from '../limits.js';
import { profileInput } from '../load/compiled.js';
import { sidecarPath } from '../read/sidecar.js';
import { checkOneFile, loadCheckContext, unreadableFile, type CheckContext, type CheckContextOptions, type CheckedFile, type CheckTask } from './check-one.js';
import type { CheckOutput } from './check-output.js';
import type { WorkerTask } from './check-worker.js';

export interface CheckBatchOptions extends CheckContextOptions {
  /** Threads that check (default: the machine's cores): this one and jobs − 1 workers; 1 starts no worker. */
  readonly jobs?: number | undefined;
  /** Where each file's review page goes (one per file, as check-one's `page`), if any. */
  readonly pages?: readonly ({ readonly file: string; readonly link?: string | undefined } | undefined)[] | undefined;
  /** A Word copy with comments, for a run of one .docx. */
  readonly annotate?: string | undefined;
  readonly annotateInfo?: boolean | undefined;
  /**
   * Each file's part of the output, made where it is checked: results then carry that text and
   * their counts, not the report (which is the bulk of what a worker would send back).
   */
  readonly output?: CheckOutput | undefined;
  /** Other files the caller will write after the run (overview, summary table): refused, like the pages, if they are inputs. */
  readonly alsoWrites?: readonly PlannedFile[] | undefined;
}

/** A run under way: the files in order, what they are checked against, and their results in that order. */
export interface CheckBatch {
  readonly files: readonly string[];
  readonly context: CheckContext;
  /** Threads actually used (1: this thread). */
  readonly jobs: number;
  readonly results: AsyncIterable<CheckedFile>;
}

/** The default number of worker threads: one per core. */
export function defaultJobs(): number {
  return availableParallelism();
}

/** The worker module beside this one: dist/bundle/check-worker.js in the CLI, dist/pipeline/jobs/ in the library. */
function workerFile(): string | undefined {
  const file = fileURLToPath(new URL('./check-worker.js', import.meta.url));
  return existsSync(file) ? file : undefined;
}

/**
 * Checks files 0…count−1 on this thread and on the pool at once, and yields their results in
 * input order. The pool is kept `slots` files busy; this thread takes the next file whenever it is
 * free, so it works while the workers start (their start-up held 100 files on 2 cores to 1.5×).
 * At most `ahead` files beyond the oldest not yet handed back are started: a slow file holds back
 * the output, never the memory.
 */
async function* shared<T>(count: number, ahead: number, slots: number, onPool: ((i: number) => Promise<T>) | undefined, here: (i: number) => Promise<T>): AsyncGenerator<T> {
  const results = new Map<number, Promise<T>>();
  let next = 0;
  let done = 0;
  // Who waits for a file to be taken or for room in the window.
  let waiting: (() => void)[] = [];
  // Set when the consumer stops (the end, an error, or return()): the takers start nothing more.
  let stopped = false;
  const wake = () => {
    const all = waiting;
    waiting = [];
    for (const w of all) w();
  };
  const changed = () => new Promise<void>((resolve) => waiting.push(resolve));
  /** One taker: claims the next file while there is room, runs it, and goes on until none is left. */
  const taker = async (run: (i: number) => Promise<T>, pause: boolean): Promise<void> => {
    while (next < count && !stopped) {
      if (next - done >= ahead) {
        await changed();
        continue;
      }
      const i = next++;
      const result = run(i);
      results.set(i, result);
      wake();
      await result.catch(() => undefined);
      // This thread's check blocks the event loop: let the pool's results and the output through.
      if (pause) await new Promise<void>((resolve) => setImmediate(resolve));
    }
  };
  void taker(here, onPool !== undefined);
  if (onPool !== undefined) for (let k = 0; k < slots; k++) void taker(onPool, false);
  try {
    while (done < count) {
      const result = results.get(done);
      if (result === undefined) {
        await changed();
        continue;
      }
      const value = await result;
      results.delete(done);
      done++;
      wake();
      yield value;
    }
  } finally {
    stopped = true;
    wake();
  }
}

/**
 * Starts checking `files` (already expanded: see expandReports). The data file, if any, is loaded
 * here first, so bad data stops the run before any file (InputError). Consume `results` to the end
 * (or `return()` it): the pool is shut down when it ends.
 */
export async function startCheckBatch(files: readonly string[], options: CheckBatchOptions = {}): Promise<CheckBatch> {
  // Nothing is written when a page or the annotated copy would overwrite a report, the data or each other.
  await checkOutputs(
    [
      ...(options.pages ?? []).flatMap((p) => (p !== undefined ? [{ file: p.file, what: '审阅页' }] : [])),
      ...(options.annotate !== undefined ? [{ file: options.annotate, what: '带批注的文档' }] : []),
      ...(options.alsoWrites ?? []),
    ],
    [
      ...files.flatMap((file) => [{ file, what: '被检查的报告' }, { file: sidecarPath(file), what: '报告的数字对照表' }]),
      ...(options.data !== undefined ? [{ file: options.data, what: '数据文件' }] : []),
      ...profileInput(options.profile),
    ],
  );
  // Workers start with the default limits: they are given the ones in force here (--max-size).
  const contextOptions: CheckContextOptions = { data: options.data, profile: options.profile, limits: limits() };
  const context = await loadCheckContext(contextOptions);
  const taskOf = (i: number): CheckTask => {
    const file = files[i] as string;
    const page = options.pages?.[i];
    return {
      file, ...(page ? { page: page.file, pageLink: page.link } : {}),
      ...(options.annotate !== undefined ? { annotate: options.annotate, annotateInfo: options.annotateInfo } : {}),
      ...(options.output !== undefined ? { output: options.output } : {}),
    };
  };
  const here = (i: number) => checkOneFile(taskOf(i), context);
  const worker = workerFile();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  if (jobs === 1 || worker === undefined) {
    return { files, context, jobs: 1, results: shared(files.length, 1, 0, undefined, here) };
  }
  const { Tinypool } = await import('tinypool');
  // This thread is one of the jobs. Two files per worker: the next is already there when one
  // ends, so a worker does not wait for this thread to hand it one (5% of a 1000-file run on 2
  // cores, bench/README.md).
  const workers = jobs - 1;
  const pool = new Tinypool({ filename: worker, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: 2 });
  // A worker that dies (out of memory) fails its files in hand only: the run goes on.
  const onPool = (i: number): Promise<CheckedFile> =>
    (pool.run({ task: taskOf(i), context: contextOptions } satisfies WorkerTask) as Promise<CheckedFile>).catch((err: unknown) => {
      const file = files[i] as string;
      return unreadableFile(taskOf(i), [
        diagnostic('JX_INTERNAL_FILE', `检查 ${path.basename(file)} 时工作线程出错（${err instanceof Error ? err.message : String(err)}），其余文件照常检查`, { location: { file } }),
      ]);
    });
  async function* results(): AsyncGenerator<CheckedFile> {
    try {
      // The window is wide enough for this thread to keep checking while the workers start.
      yield* shared(files.length, Math.max(32, jobs * 8), workers * 2, onPool, here);
    } finally {
      await pool.destroy();
    }
  }
  return { files, context, jobs, results: results() };
}

/**
 * A check run over many reports: each file checked on a pool of worker threads (tinypool; --jobs 1
 * checks in this thread) and handed back as soon as it and every file before it are done, so
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
  /** Worker threads (default: the machine's cores); 1 checks every file in this thread. */
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
 * Runs `start(i)` for i = 0…count−1, at most `ahead` beyond the oldest not yet handed back, and
 * yields the results in order: a slow file holds back the output, never the memory.
 */
async function* inOrder<T>(count: number, ahead: number, start: (i: number) => Promise<T>): AsyncGenerator<T> {
  const pending: Promise<T>[] = [];
  let next = 0;
  const fill = () => {
    while (next < count && pending.length < ahead) pending.push(start(next++));
  };
  fill();
  while (pending.length > 0) {
    const head = pending.shift() as Promise<T>;
    fill();
    yield await head;
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
  const worker = workerFile();
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), files.length));
  if (jobs === 1 || worker === undefined) {
    return { files, context, jobs: 1, results: inOrder(files.length, 1, (i) => checkOneFile(taskOf(i), context)) };
  }
  const { Tinypool } = await import('tinypool');
  // Two files per worker: the next is already there when one ends, so a worker does not wait for
  // this thread to hand it one (5% of a 1000-file run on 2 cores, bench/README.md).
  const pool = new Tinypool({ filename: worker, minThreads: jobs, maxThreads: jobs, concurrentTasksPerWorker: 2 });
  // A worker that dies (out of memory) fails its files in hand only: the run goes on.
  const run = (i: number): Promise<CheckedFile> =>
    (pool.run({ task: taskOf(i), context: contextOptions } satisfies WorkerTask) as Promise<CheckedFile>).catch((err: unknown) => {
      const file = files[i] as string;
      return unreadableFile(taskOf(i), [
        diagnostic('JX_INTERNAL_FILE', `检查 ${path.basename(file)} 时工作线程出错（${err instanceof Error ? err.message : String(err)}），其余文件照常检查`, { location: { file } }),
      ]);
    });
  async function* results(): AsyncGenerator<CheckedFile> {
    try {
      yield* inOrder(files.length, jobs * 4, run);
    } finally {
      await pool.destroy();
    }
  }
  return { files, context, jobs, results: results() };
}

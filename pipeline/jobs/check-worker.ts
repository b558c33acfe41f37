/**
 * The worker entry point of a check run's pool (tinypool): one task is one file. Plain data in,
 * plain data out — a custom error would arrive as a bare Error — so every failure is returned as
 * the file's result. Each worker loads the data and profile once per run options and keeps them.
 * The same function runs under any pool that calls a module's default export with one argument
 * (tinypool, piscina), or as a job queue's processor given `{ data: task }` (BullMQ's sandboxed processors).
 */
import { checkOneFile, loadCheckContext, unreadableFile, type CheckContext, type CheckContextOptions, type CheckedFile, type CheckTask } from './check-one.js';
import { InputError } from '../errors.js';

export interface WorkerTask {
  readonly task: CheckTask;
  readonly context: CheckContextOptions;
}

const contexts = new Map<string, Promise<CheckContext>>();

/** A queue's job wrapping the task (BullMQ's sandboxed processors pass `job`, the task in `job.data`). */
interface QueuedJob {
  readonly data: WorkerTask;
}

export default async function checkInWorker(input: WorkerTask | QueuedJob): Promise<CheckedFile> {
  const { task, context } = 'task' in input ? input : input.data;
  const key = JSON.stringify(context);
  let loading = contexts.get(key);
  if (loading === undefined) {
    loading = loadCheckContext(context);
    contexts.set(key, loading);
  }
  let loaded: CheckContext;
  try {
    loaded = await loading;
  } catch (err) {
    // The main thread loaded the same data first, so this is rare (the file changed meanwhile).
    if (!(err instanceof InputError)) throw err;
    return unreadableFile(task, err.diagnostics);
  }
  return checkOneFile(task, loaded);
}

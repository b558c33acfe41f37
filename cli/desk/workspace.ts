/**
 * The desk's files: every job (a write, an update, a check) gets its own folder inside the
 * workspace, named by a random id, so two flows at once never share a file. Uploaded names are
 * reduced to a safe base name: no folder part, no control or reserved characters, no leading dot.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { inputError } from '../../pipeline/index.js';

export type JobKind = 'write' | 'update' | 'check';

/** The state of a job the browser polls: its progress lines and, when done, its result or its error. */
export interface Job {
  readonly id: string;
  readonly kind: JobKind;
  readonly dir: string;
  status: 'idle' | 'running' | 'done' | 'failed' | 'cancelled';
  events: string[];
  /** Parts of a long step finished so far, of how many (the 润色's paragraphs). */
  progress?: { done: number; total: number } | undefined;
  result?: unknown;
  error?: unknown;
  controller?: AbortController | undefined;
  /** The flow's own state (its input files). */
  inputs?: unknown;
  /** Files the browser may download or open, by role (docx, md, page, page-3…): no path ever comes from a request. */
  outputs: Record<string, string>;
}

const JOB_ID = /^(write|update|check)-\d{8}-\d{6}-[0-9a-f]{8}$/;

/** A file name from a browser, made safe to use as one path segment in a job folder. */
export function safeName(name: string, fallback = '文件'): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const cleaned = base
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '_')
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '')
    .slice(0, 120);
  return cleaned === '' ? fallback : cleaned;
}

export class Workspace {
  private readonly jobs = new Map<string, Job>();
  constructor(readonly root: string) {}

  async newJob(kind: JobKind): Promise<Job> {
    const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
    const id = `${kind}-${stamp}-${randomBytes(4).toString('hex')}`;
    const dir = path.join(this.root, id);
    await mkdir(dir, { recursive: true });
    const job: Job = { id, kind, dir, status: 'idle', events: [], outputs: {} };
    this.jobs.set(id, job);
    return job;
  }

  job(id: string): Job {
    const job = JOB_ID.test(id) ? this.jobs.get(id) : undefined;
    if (job === undefined) throw inputError('JX_DESK_JOB', `没有这个任务：${id.slice(0, 60)}（可能已清除，请重新上传）`);
    return job;
  }

  /** A file the job wrote, by its role. */
  output(job: Job, role: string): string {
    const file = Object.hasOwn(job.outputs, role) ? job.outputs[role] : undefined;
    if (file === undefined) throw inputError('JX_DESK_JOB', `任务中还没有这个文件：${role.slice(0, 40)}`);
    return file;
  }

  /** Saves an uploaded file into the job's folder under its sanitised name (in `sub`, if given). */
  async save(job: Job, upload: File | { name: string; bytes: Uint8Array }, sub?: string): Promise<string> {
    const dir = sub === undefined ? job.dir : path.join(job.dir, safeName(sub));
    await mkdir(dir, { recursive: true });
    const target = path.join(dir, safeName(upload.name));
    const bytes = upload instanceof File ? new Uint8Array(await upload.arrayBuffer()) : upload.bytes;
    await writeFile(target, bytes);
    return target;
  }
}

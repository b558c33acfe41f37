/**
 * Safe writes: nothing the user had is lost, nothing half-written is left.
 *
 * - Outputs are planned before any is written (`checkOutputs`): one that would overwrite an input,
 *   another output, a read-only file, or land in a read-only folder is refused up front.
 * - Files are written to hidden temporary files beside their targets, then renamed in one
 *   synchronous step (`writeFiles`): a report and its sidecar appear together or not at all, since
 *   no signal handler can run between two synchronous renames. Temporary files are removed on
 *   SIGINT / SIGTERM / SIGHUP and at exit.
 * - Whoever replaces a file a person edited copies it aside first (`keepEdited`, `backUp`) under a
 *   lock on the output (`withOutputLock`), with a name no other run can take.
 * - A full disk, a read-only file system or a missing permission is the user's to fix: an
 *   InputError that names the file, never an internal error.
 */
import { chmodSync, closeSync, constants as fsConstants, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { access, copyFile, mkdir, readFile, realpath, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Code } from './codes.js';
import { diagnostic, inputError, InputError } from './errors.js';

/** How long a second run waits for another one writing the same output before giving up. */
export const OUTPUT_LOCK_WAIT_MS = 60_000;

let cryptoModule: typeof import('node:crypto') | undefined;

/** node:crypto, loaded on first use: a `check` without a figures file hashes nothing and writes nothing. */
function crypto(): typeof import('node:crypto') {
  cryptoModule ??= createRequire(import.meta.url)('node:crypto') as typeof import('node:crypto');
  return cryptoModule;
}

/** The hash that tells whether a file or a text is the one the tool wrote. */
export function sha256(content: string | Uint8Array): string {
  return crypto().createHash('sha256').update(content).digest('hex');
}

function writeError(code: Code, file: string, message: string): InputError {
  return inputError(code, message, { file });
}

/** A system error while writing `file`, as the user reads it: what happened and what to do. */
export function writeFailure(file: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const why: Record<string, string> = {
    ENOSPC: '磁盘空间已满：请清理磁盘或换一个位置',
    EDQUOT: '磁盘配额已用完：请清理文件或换一个位置',
    EROFS: '所在位置是只读的文件系统：请换一个可写的位置',
    EACCES: '没有写入权限：请检查文件和文件夹的权限，或换一个位置',
    EPERM: '没有写入权限（文件可能被锁定或设为只读）：请检查权限，或换一个位置',
    EISDIR: '这是一个文件夹：请给出文件名',
    ENOTDIR: '路径中有一段不是文件夹：请检查路径',
    ENAMETOOLONG: '文件名太长：请换一个短些的名称',
    EBUSY: '文件正被其他程序占用：请关闭它后重试',
    EMFILE: '打开的文件太多：请关闭其他程序后重试',
    EIO: '磁盘读写出错：请检查磁盘',
  };
  const reason = (code !== undefined ? why[code] : undefined) ?? `系统错误 ${code ?? (err instanceof Error ? err.message : String(err))}`;
  return writeError('JX_WRITE_FAILED', file, `无法写出 ${file}：${reason}。已写的临时文件已删除，原有文件未改动`);
}

// ---------------------------------------------------------------------------------------------
// Temporary files and signals

const pendingTemps = new Set<string>();
/** Writes under way in this process: the signal handlers stay while there is one. */
let guards = 0;
const SIGNALS: readonly [NodeJS.Signals, number][] = [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
];

function removeTemps(): void {
  for (const tmp of pendingTemps) {
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
  }
  pendingTemps.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  const writing = pendingTemps.size > 0;
  removeTemps();
  const code = SIGNALS.find(([s]) => s === signal)?.[1] ?? 130;
  process.stderr.write(writing ? '\n已中断：未写完的临时文件已删除，原有文件未改动\n' : '\n已中断\n');
  process.exit(code);
}

/**
 * While a write is under way, a signal removes its temporary files before the process ends. The
 * handlers stay only as long as a write does: between writes a signal ends the process as usual.
 */
function guard<T>(run: () => Promise<T>): Promise<T> {
  if (guards++ === 0) {
    for (const [signal] of SIGNALS) process.on(signal, onSignal);
    process.on('exit', removeTemps);
  }
  return run().finally(() => {
    if (--guards > 0) return;
    for (const [signal] of SIGNALS) process.removeListener(signal, onSignal);
    process.removeListener('exit', removeTemps);
  });
}

/** A hidden temporary name beside `file`, unique to this process and call. */
function tempName(file: string): string {
  const dir = path.dirname(file);
  return path.join(dir, `.${path.basename(file)}.${process.pid}-${crypto().randomBytes(4).toString('hex')}.jixiao-tmp`);
}

export interface FileToWrite {
  readonly file: string;
  readonly content: string | Uint8Array;
}

/**
 * Writes every file or none: each goes to a temporary file first; only when all are written are
 * they renamed over their targets, together and synchronously. An existing target keeps its mode.
 * On failure the temporary files are removed, the targets left as they were, and the error is an
 * InputError naming the file.
 */
export async function writeFiles(files: readonly FileToWrite[]): Promise<void> {
  await guard(async () => {
    const staged: { file: string; tmp: string }[] = [];
    try {
      for (const { file, content } of files) {
        try {
          await mkdir(path.dirname(path.resolve(file)), { recursive: true });
        } catch (err) {
          throw writeFailure(file, err);
        }
        const tmp = tempName(file);
        pendingTemps.add(tmp);
        staged.push({ file, tmp });
        try {
          // Created, written and flushed in one synchronous step: a signal, handled only between
          // steps, finds the whole file to remove, never a creation still under way in the thread
          // pool that would bring it back after the handler removed it.
          const fd = openSync(tmp, 'wx');
          try {
            writeFileSync(fd, content);
            fsyncSync(fd);
          } finally {
            closeSync(fd);
          }
        } catch (err) {
          throw writeFailure(file, err);
        }
      }
      commit(staged);
    } finally {
      for (const { tmp } of staged) {
        if (!pendingTemps.has(tmp)) continue;
        try {
          unlinkSync(tmp);
        } catch {
          // never created
        }
        pendingTemps.delete(tmp);
      }
    }
  });
}

/**
 * The renames, synchronous so that no signal handler runs between them. Each existing target is
 * hard-linked aside first, so a rename that fails halfway puts the earlier ones back.
 */
function commit(staged: readonly { file: string; tmp: string }[]): void {
  const done: { file: string; old: string | undefined }[] = [];
  try {
    for (const { file, tmp } of staged) {
      let old: string | undefined;
      try {
        const mode = statSync(file).mode & 0o7777;
        chmodSync(tmp, mode);
        old = tempName(file);
        pendingTemps.add(old);
        linkSync(file, old);
      } catch {
        // no previous file, or links unsupported: nothing to restore
        if (old !== undefined) pendingTemps.delete(old);
        old = undefined;
      }
      renameSync(tmp, file);
      pendingTemps.delete(tmp);
      done.push({ file, old });
    }
  } catch (err) {
    for (const { file, old } of done.reverse()) {
      try {
        if (old !== undefined) renameSync(old, file);
        else unlinkSync(file);
      } catch {
        // best effort: the temporary names are removed below
      }
    }
    const failed = staged[done.length]?.file ?? staged[0]?.file ?? '';
    throw writeFailure(failed, err);
  } finally {
    for (const { old } of done) {
      if (old === undefined) continue;
      try {
        unlinkSync(old);
      } catch {
        // restored above
      }
      pendingTemps.delete(old);
    }
  }
}

/** One file, written whole or not at all. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await writeFiles([{ file, content }]);
}

// ---------------------------------------------------------------------------------------------
// Planning outputs

export interface PlannedFile {
  readonly file: string;
  /** What it is, as messages name it: 数据文件, 草稿, 审阅页… */
  readonly what: string;
  /** An input the run itself replaces on purpose (update --in-place): may also be an output. */
  readonly replacedOnPurpose?: boolean;
}

interface Identity {
  readonly resolved: string;
  readonly inode?: string;
}

async function identify(file: string): Promise<Identity> {
  const absolute = path.resolve(file);
  try {
    const info = await stat(absolute);
    return { resolved: await realpath(absolute), inode: `${info.dev}:${info.ino}` };
  } catch {
    // Not there yet: the real folder plus the name.
    try {
      return { resolved: path.join(await realpath(path.dirname(absolute)), path.basename(absolute)) };
    } catch {
      return { resolved: absolute };
    }
  }
}

function same(a: Identity, b: Identity): boolean {
  return a.resolved === b.resolved || (a.inode !== undefined && a.inode === b.inode);
}

/** The nearest folder above `file` that exists (the one a new folder would be made in). */
async function existingFolder(file: string): Promise<string> {
  let dir = path.dirname(path.resolve(file));
  for (;;) {
    try {
      if ((await stat(dir)).isDirectory()) return dir;
    } catch {
      // not there: look above
    }
    const parent = path.dirname(dir);
    if (parent === dir) return dir;
    dir = parent;
  }
}

/** Write bits off: read-only for the person, even where the superuser could write anyway. */
const readOnlyMode = (mode: number): boolean => (mode & 0o222) === 0;

/**
 * Refuses, before anything is written, outputs that would overwrite an input or each other, and
 * outputs that cannot be written: a read-only file, a folder, a read-only folder. Every problem is
 * reported at once, each naming the file and what to do.
 */
export async function checkOutputs(outputs: readonly PlannedFile[], inputs: readonly PlannedFile[]): Promise<void> {
  const problems: InputError['diagnostics'][number][] = [];
  const say = (code: Code, file: string, message: string) => problems.push(diagnostic(code, message, { location: { file } }));
  const ins = await Promise.all(inputs.map(async (i) => ({ ...i, id: await identify(i.file) })));
  const outs = await Promise.all(outputs.map(async (o) => ({ ...o, id: await identify(o.file) })));
  outs.forEach((o, n) => {
    const input = ins.find((i) => same(i.id, o.id) && !(o.replacedOnPurpose === true && i.replacedOnPurpose === true));
    if (input) {
      say('JX_OUTPUT_IS_INPUT', o.file, `${o.what}要写到 ${o.file}，而它就是${input.what}：写出会覆盖${input.what}。请另给一个输出文件名`);
      return;
    }
    const earlier = outs.slice(0, n).find((e) => same(e.id, o.id));
    if (earlier) say('JX_OUTPUT_CLASH', o.file, `${earlier.what}和${o.what}都要写到 ${o.file}：后写的会覆盖先写的。请给它们不同的文件名`);
  });
  const refusedFolders = new Set<string>();
  for (const o of outs) {
    let info;
    try {
      info = await stat(o.file);
    } catch {
      info = undefined;
    }
    if (info?.isDirectory()) {
      say('JX_OUTPUT_UNWRITABLE', o.file, `${o.what}要写到 ${o.file}，但那是一个文件夹：请给出文件名`);
      continue;
    }
    if (info !== undefined && !info.isFile()) {
      // A device, a pipe or a socket (/dev/full, /dev/null): a rename would replace it, a write go nowhere.
      say('JX_OUTPUT_UNWRITABLE', o.file, `${o.what}要写到 ${o.file}，但那不是普通文件（是设备或管道）：请给出一个普通的文件名`);
      continue;
    }
    if (info !== undefined && readOnlyMode(info.mode)) {
      say('JX_OUTPUT_READONLY', o.file, `${o.what} ${o.file} 是只读文件，不会改写它：请先取消只读，或另给一个输出文件名`);
      continue;
    }
    const folder = await existingFolder(o.file);
    let writable = true;
    try {
      await access(folder, fsConstants.W_OK);
      writable = !readOnlyMode((await stat(folder)).mode);
    } catch {
      writable = false;
    }
    if (!writable && refusedFolders.has(folder)) continue;
    if (!writable) refusedFolders.add(folder);
    if (!writable) say('JX_OUTPUT_UNWRITABLE', o.file, `${o.what}要写到 ${o.file}，但文件夹 ${folder} 不可写（只读或没有权限）：请换一个位置`);
  }
  if (problems.length > 0) throw new InputError(problems);
}

// ---------------------------------------------------------------------------------------------
// Edited files, backups, locks

async function readOrUndefined(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch {
    return undefined;
  }
}

/**
 * Before replacing `file`: if a person changed it since the tool wrote it (its hash is not the
 * one the tool recorded), copy it aside and return the copy's path. Nothing is ever lost.
 */
export async function keepEdited(file: string, writtenHash: string | undefined): Promise<string | undefined> {
  const current = await readOrUndefined(file);
  if (current === undefined) return undefined;
  if (writtenHash !== undefined && sha256(current) === writtenHash) return undefined;
  return backUp(file, 'edited');
}

/**
 * Copies `file` aside as name.<label>-<time>.ext (…-2.ext, -3… when taken) and returns the copy's
 * path. The copy never replaces an existing file, so two runs in one second keep two copies.
 */
export async function backUp(file: string, label: string): Promise<string> {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
  for (let n = 1; ; n++) {
    const backup = `${stem}.${label}-${stamp}${n > 1 ? `-${n}` : ''}${ext}`;
    try {
      await copyFile(file, backup, fsConstants.COPYFILE_EXCL);
      return backup;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
      throw writeFailure(backup, err);
    }
  }
}

/**
 * Runs `work` holding a lock on `file` (a folder `file.lock` beside it, removed at exit and taken
 * over when its owner died), so two runs writing the same output take turns: the second sees what
 * the first wrote, and an edit the first kept aside is not copied over by the second.
 */
const heldLocks = new Set<string>();

export async function withOutputLock<T>(file: string, work: () => Promise<T>): Promise<T> {
  const target = path.resolve(file);
  // Re-entrant: a job that holds the lock may call a writer that takes it again.
  if (heldLocks.has(target)) return work();
  try {
    await mkdir(path.dirname(target), { recursive: true });
  } catch (err) {
    throw writeFailure(file, err);
  }
  let release: () => Promise<void>;
  try {
    // proper-lockfile (with graceful-fs and signal-exit) loads here: only a write of a report takes the lock, and
    // a `check` that writes nothing would otherwise load and run its module code on every start.
    const { default: lockfile } = await import('proper-lockfile');
    release = await lockfile.lock(target, {
      realpath: false,
      stale: 10_000,
      update: 2_000,
      retries: { retries: Math.ceil(OUTPUT_LOCK_WAIT_MS / 200), factor: 1, minTimeout: 100, maxTimeout: 300, randomize: true },
      // A lock lost mid-run (its folder removed by hand) is no reason to stop a write half-way.
      onCompromised: () => undefined,
    });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw writeError('JX_OUTPUT_BUSY', file, `另一个 jixiao 正在写 ${file}（锁 ${file}.lock），等了 ${OUTPUT_LOCK_WAIT_MS / 1000} 秒仍未结束：请等它结束后再运行`);
    }
    throw writeFailure(file, err);
  }
  heldLocks.add(target);
  return guard(async () => {
    try {
      return await work();
    } finally {
      heldLocks.delete(target);
      await release().catch(() => undefined);
    }
  });
}

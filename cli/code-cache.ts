/**
 * Runs a bundled script (dist/bundle/draft.cjs, the CLI that `draft` starts) from V8's code cache.
 * Compiling the functions a command runs is a large part of its start (a fifth of `draft -o .docx`);
 * the cache holds them already compiled. It is made at build time (scripts/train-code-cache.mjs)
 * after drafting the shipped examples, so it holds the functions a draft calls, not only the top
 * level a cache made at compile time would.
 *
 * V8 takes a cache only for its own version and flags and a script of the same length; a cache
 * for other text of that length would run other code, so the file also records the crc32 of the
 * script it was made for, checked here. V8 (a release build) does not check its own data either: a
 * few damaged bytes crashed Node, so the file records the crc32 of that too. Any mismatch, or no
 * cache, compiles as usual: slower, same behaviour.
 *
 * Built into its own small CommonJS file (dist/bundle/code-cache.cjs) so Node's own loader runs
 * it. A script compiled from a code cache cannot run `import()` (Node finds no loader for it), so
 * the bundle's dynamic imports of packages left outside it call `__jixiaoImport`, given here; its
 * `import.meta.url` is `__jixiaoUrl`, given here too (a banner declaring it would come before the
 * bundle's "use strict" and leave it a plain string: the bundle would run in sloppy mode).
 */
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';
import * as zlib from 'node:zlib';
import { setV8Flags } from './v8-flags.js';

/**
 * The parameters of the bundle's function wrapper: CommonJS's five, the import for packages outside
 * it and the script's URL (its sources' import.meta.url).
 */
const WRAPPER = ['exports', 'require', 'module', '__filename', '__dirname', '__jixiaoImport', '__jixiaoUrl'];

/**
 * zlib.crc32 came with Node 20.15; on an older Node there is nothing to check a cache by, so none
 * is used or made (the CLI starts as it would without one).
 */
const crc32 = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;

/** Bytes before V8's data in a cache file: the crc32 of the script, then of V8's data, little-endian. */
const HEADER = 8;

export type CacheUse = 'used' | 'rejected' | 'stale' | 'none';

interface Loaded {
  readonly script: vm.Script;
  /** Of the script's bytes; undefined when this Node cannot compute it. */
  readonly crc: number | undefined;
  readonly cache: CacheUse;
}

const loaded = new Map<string, Loaded>();

/**
 * A script's cache file for this V8. After Node is upgraded the build's cache no longer fits; the
 * first run under the new V8 finds no file of its name and makes one (see loadScript).
 */
export function cacheFileOf(script: string): string {
  return `${script}.v8-${process.versions.v8}.cache`;
}

/** The cache's V8 data if it was made for exactly these bytes and is whole. */
function readCache(file: string, crc: number | undefined): { data?: Buffer; use: CacheUse } {
  if (crc32 === undefined || crc === undefined || !existsSync(file)) return { use: 'none' };
  const bytes = readFileSync(file);
  const data = bytes.subarray(HEADER);
  if (data.length === 0 || bytes.readUInt32LE(0) !== crc || bytes.readUInt32LE(4) !== crc32(data)) return { use: 'stale' };
  return { data, use: 'used' };
}

/** Compiles and runs a bundled CommonJS script, from its code cache when that fits; returns its exports. */
export function loadScript(file: string): Record<string, unknown> {
  // Before compiling: the cache is keyed on the flags.
  setV8Flags();
  const bytes = readFileSync(file);
  const crc = crc32?.(bytes);
  const cached = readCache(cacheFileOf(file), crc);
  const script = new vm.Script(`(function (${WRAPPER.join(', ')}) {${bytes.toString('utf8')}\n})`, {
    filename: file,
    ...(cached.data !== undefined ? { cachedData: cached.data } : {}),
  });
  const cache: CacheUse = cached.use === 'used' && script.cachedDataRejected === true ? 'rejected' : cached.use;
  loaded.set(file, { script, crc, cache });
  // No cache for this V8 (Node upgraded since the build) or one for other text: the functions this
  // run compiles are saved when it ends, for the runs after it. Not when V8 refused a fitting file:
  // that is other flags (NODE_OPTIONS), and saving would only make the usual runs refuse it in turn.
  // A worker thread is stopped, not ended, by its pool: only the main thread saves.
  if ((cache === 'none' || cache === 'stale') && isMainThread) process.once('exit', () => saveQuietly(file));
  const module = { exports: {} as Record<string, unknown> };
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const importOutside = (specifier: string): Promise<unknown> => import(specifier);
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file), importOutside, pathToFileURL(file).href);
  return module.exports;
}

/** Whether the script loaded from `file` was compiled from its cache (for tests and the bench). */
export function cacheUse(file: string): CacheUse | undefined {
  return loaded.get(file)?.cache;
}

/**
 * Writes the code cache of a script loaded here, with every function compiled so far: call it
 * after running what the cache should hold (the build does, scripts/train-code-cache.mjs). False
 * when this Node cannot make one that would be checked (no zlib.crc32). Written whole or not at
 * all (a temporary file renamed): another jixiao may be reading it.
 */
export function saveCodeCache(file: string): boolean {
  const script = loaded.get(file);
  if (script === undefined) throw new Error(`${file} was not loaded by loadScript`);
  if (crc32 === undefined || script.crc === undefined) return false;
  const data = script.script.createCachedData();
  const header = Buffer.alloc(HEADER);
  header.writeUInt32LE(script.crc, 0);
  header.writeUInt32LE(crc32(data), 4);
  const target = cacheFileOf(file);
  const temporary = `${target}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, Buffer.concat([header, data]));
    renameSync(temporary, target);
  } finally {
    rmSync(temporary, { force: true });
  }
  return true;
}

/**
 * A cache saved as a run ends is only a speed-up: a folder jixiao may not write to (an
 * installation) is no error. The caches of earlier V8s go: no Node of theirs runs here any more.
 */
function saveQuietly(file: string): void {
  try {
    if (!saveCodeCache(file)) return;
    const dir = path.dirname(file);
    const current = path.basename(cacheFileOf(file));
    const prefix = `${path.basename(file)}.v8-`;
    for (const name of readdirSync(dir)) {
      if (name !== current && name.startsWith(prefix) && name.endsWith('.cache')) rmSync(path.join(dir, name), { force: true });
    }
  } catch {
    // The next run compiles as this one did.
  }
}

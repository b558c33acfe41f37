import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { sha256 } from '../files.js';
import type { ChatMessage } from './prompt.js';

export interface CachedAnswer {
  readonly version: 1;
  readonly model: string;
  readonly answer: string;
  readonly usage?: { readonly promptTokens: number; readonly completionTokens: number } | undefined;
}

/** The key of a request: the model and the full prompt (and the sampling temperature when set). */
export function cacheKey(model: string, messages: readonly ChatMessage[], temperature?: number): string {
  return sha256(JSON.stringify({ model, temperature: temperature ?? null, messages }));
}

/** Raw answers on disk, one JSON file per key: a rerun with unchanged data makes no call. */
export class AnswerCache {
  constructor(private readonly dir: string | undefined) {}

  private file(key: string): string | undefined {
    return this.dir === undefined ? undefined : path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  async get(key: string): Promise<CachedAnswer | undefined> {
    const file = this.file(key);
    if (file === undefined) return undefined;
    try {
      const data = JSON.parse(await readFile(file, 'utf8')) as Partial<CachedAnswer>;
      return data.version === 1 && typeof data.answer === 'string' ? (data as CachedAnswer) : undefined;
    } catch {
      return undefined;
    }
  }

  async put(key: string, value: CachedAnswer): Promise<void> {
    const file = this.file(key);
    if (file === undefined) return;
    try {
      await mkdir(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
      await writeFile(tmp, JSON.stringify(value));
      await rename(tmp, file);
    } catch {
      // A cache that cannot be written only costs a call next time.
    }
  }
}

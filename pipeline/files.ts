import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile, copyFile } from 'node:fs/promises';
import path from 'node:path';

/** Writes through a temporary file and a rename, so a failure never leaves a half-written output. */
export async function writeAtomic(file: string, content: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(path.resolve(file)), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, content);
  await rename(tmp, file);
}

/** The hash that tells whether a file or a text is the one the tool wrote. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

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

/** Copies `file` aside as name.<label>-<time>.ext and returns the copy's path. */
export async function backUp(file: string, label: string): Promise<string> {
  const ext = path.extname(file);
  const stamp = new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
  const backup = `${file.slice(0, file.length - ext.length)}.${label}-${stamp}${ext}`;
  await copyFile(file, backup);
  return backup;
}

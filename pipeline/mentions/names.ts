/**
 * Names with a Chinese digit that a measure-word rule would take for a count (三个高地 reads like
 * "three highlands"). Slogans differ by province and year, so they are data: profiles/names.txt
 * ships the common ones, and a user adds their own (one per line, # for comments).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROFILES_DIR } from '../paths.js';

/** Terms of a names file: one per line, blank lines and # comments skipped. */
export function parseNames(text: string): string[] {
  return text
    .split(/\r?\n/u)
    .map((l) => l.replace(/#.*$/u, '').trim())
    .filter((l) => l !== '');
}

let builtIn: readonly string[] | undefined;

/** The names shipped with jixiao (profiles/names.txt), read once. */
export function builtInNames(): readonly string[] {
  builtIn ??= parseNames(readFileSync(path.join(PROFILES_DIR, 'names.txt'), 'utf8'));
  return builtIn;
}

/** Names by their first character, for the scanner's lookup. */
export function namesByFirst(names: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const m = new Map<string, string[]>();
  for (const n of new Set(names)) {
    const list = m.get(n.charAt(0)) ?? [];
    list.push(n);
    m.set(n.charAt(0), list);
  }
  for (const list of m.values()) list.sort((a, b) => b.length - a.length);
  return m;
}

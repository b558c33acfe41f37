import { isMap, isScalar, isSeq, Pair, parseDocument, Scalar, type Document } from 'yaml';
import { DATA_VERSION } from '../../schemas/data.js';

/** One change made to a version 1 data file, with the place it was made. */
export interface MigrationChange {
  readonly path: string;
  readonly message: string;
}

function keyOf(pair: { key: unknown }): unknown {
  return isScalar(pair.key) ? pair.key.value : pair.key;
}

/** Version the file declares: 1 when it declares none (files written before version 2). */
export function declaredVersion(doc: Document): number | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const pair = root.items.find((p) => keyOf(p) === 'version');
  if (!pair) return 1;
  const v = isScalar(pair.value) ? pair.value.value : undefined;
  return typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : undefined;
}

/**
 * Turns a version 1 document into version 2, in place and keeping every position and comment:
 * keys are renamed where they stand, so errors still point at the writer's lines.
 * Version 1 → 2: a project's `budget` (年初预算) is now `initial`, beside the new `total` (全年预算).
 */
export function migrateV1(doc: Document): MigrationChange[] {
  const changes: MigrationChange[] = [];
  const root = doc.contents;
  if (!isMap(root)) return changes;
  const projects = root.items.find((p) => keyOf(p) === 'projects')?.value;
  if (isSeq(projects)) {
    projects.items.forEach((item, i) => {
      if (!isMap(item)) return;
      const pair = item.items.find((p) => keyOf(p) === 'budget');
      if (!pair || !isScalar(pair.key)) return;
      if (item.items.some((p) => keyOf(p) === 'initial')) return;
      pair.key.value = 'initial';
      changes.push({ path: `projects[${i}].budget`, message: `projects[${i}].budget（年初预算）改称 initial` });
    });
  }
  return changes;
}

/** Marks a migrated document as version 2: `version: 2` right after `kind`. */
export function stampVersion(doc: Document): void {
  const root = doc.contents;
  if (!isMap(root)) return;
  const existing = root.items.find((p) => keyOf(p) === 'version');
  if (existing) {
    existing.value = new Scalar(DATA_VERSION);
    return;
  }
  const at = root.items.findIndex((p) => keyOf(p) === 'kind');
  root.items.splice(at + 1, 0, new Pair(new Scalar('version'), new Scalar(DATA_VERSION)));
}

/**
 * A data file's text converted to version 2 (for `jixiao migrate`): the renames are made where the
 * keys stand and `version: 2` goes under `kind`, every other byte (comments, layout, how numbers are
 * written) left as the writer had it.
 */
export function migrateText(text: string): { text: string; changes: MigrationChange[]; version: number | undefined } {
  const doc = parseDocument(text, { keepSourceTokens: true });
  const version = declaredVersion(doc);
  if (version !== 1 || !isMap(doc.contents)) return { text, changes: [], version };
  const edits: { at: number; end: number; text: string }[] = [];
  const renamed = migrateV1(doc);
  // The renamed keys, found again by their ranges in the source.
  const projects = doc.contents.items.find((p) => keyOf(p) === 'projects')?.value;
  if (isSeq(projects)) {
    for (const item of projects.items) {
      if (!isMap(item)) continue;
      const pair = item.items.find((p) => keyOf(p) === 'initial');
      if (pair && isScalar(pair.key) && pair.key.range && text.slice(pair.key.range[0], pair.key.range[1]) === 'budget') {
        edits.push({ at: pair.key.range[0], end: pair.key.range[1], text: 'initial' });
      }
    }
  }
  const kind = doc.contents.items.find((p) => keyOf(p) === 'kind');
  const after = isScalar(kind?.value) && kind.value.range ? kind.value.range[1] : 0;
  const lineEnd = text.indexOf('\n', after);
  const at = lineEnd < 0 ? text.length : lineEnd + 1;
  edits.push({ at, end: at, text: `${lineEnd < 0 ? '\n' : ''}version: ${DATA_VERSION}\n` });
  let out = text;
  for (const e of edits.sort((a, b) => b.at - a.at)) out = out.slice(0, e.at) + e.text + out.slice(e.end);
  return { text: out, changes: renamed, version };
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { PlannedFile } from '../files.js';
import { PACKAGE_ROOT, PROFILES_DIR } from '../paths.js';

/** Where the build leaves the built-in profiles, validated (scripts/compile-profiles.mjs). */
export const COMPILED_PROFILES_DIR = path.join(PACKAGE_ROOT, 'dist', 'profiles');

/**
 * A built-in profile as the build validated it, read without the YAML parser or zod (a check
 * without --data needs nothing else of them). The YAML's text is stored beside it and compared byte
 * for byte (a few hundred bytes; a hash would load node:crypto on every start): an edited profile,
 * or none compiled, gives undefined and the caller reads the YAML.
 */
export function compiledProfile(id: string): ScoreProfile | undefined {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
  try {
    return compiledFor(JSON.parse(readFileSync(path.join(COMPILED_PROFILES_DIR, `${id}.json`), 'utf8')), readFileSync(path.join(PROFILES_DIR, `${id}.yaml`)));
  } catch {
    return undefined;
  }
}

/** The profile of a compiled file if it was compiled from exactly `source` (the YAML's bytes). */
export function compiledFor(compiled: unknown, source: Uint8Array): ScoreProfile | undefined {
  const c = compiled as { source?: unknown; profile?: ScoreProfile } | null;
  return typeof c?.source === 'string' && Buffer.from(c.source, 'utf8').equals(source) ? c.profile : undefined;
}

/** The ids of the built-in scoring profiles: profiles/*.yaml except the frameworks of dimensions. */
export function builtinProfileIds(): string[] {
  return readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.yaml') && !f.endsWith('-framework.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .sort();
}

/** A profile given as a file (not a built-in id) is an input too. */
export function profileInput(profile: string | undefined): PlannedFile[] {
  return profile !== undefined && !/^[a-z][a-z0-9-]*$/.test(profile) ? [{ file: profile, what: '评分规则文件' }] : [];
}

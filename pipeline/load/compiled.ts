import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Framework } from '../../schemas/framework.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { PlannedFile } from '../files.js';
import { PACKAGE_ROOT, PROFILES_DIR } from '../paths.js';

/** Where the build leaves the built-in profiles and frameworks, validated (scripts/compile-profiles.mjs). */
export const COMPILED_PROFILES_DIR = path.join(PACKAGE_ROOT, 'dist', 'profiles');

/**
 * A built-in profile or framework (profiles/<id>.yaml) as the build validated it, read without the
 * YAML parser or zod: a check without --data needs nothing else of them, and a draft spent some
 * 20 ms of its start parsing and validating these two small files. The YAML's text is stored beside
 * it and compared byte for byte (a few hundred bytes; a hash would load node:crypto on every start):
 * an edited file, or none compiled, gives undefined and the caller reads the YAML.
 */
function compiled(id: string): unknown {
  if (!/^[a-z][a-z0-9-]*$/.test(id)) return undefined;
  try {
    return compiledFor(JSON.parse(readFileSync(path.join(COMPILED_PROFILES_DIR, `${id}.json`), 'utf8')), readFileSync(path.join(PROFILES_DIR, `${id}.yaml`)));
  } catch {
    return undefined;
  }
}

/** Frameworks of dimensions and scoring profiles share profiles/ and dist/profiles/: the name tells them apart. */
function isFrameworkId(id: string): boolean {
  return id.endsWith('-framework');
}

/**
 * A built-in scoring profile by id, compiled (see `compiled`). A framework's id is not a profile:
 * it is left to the YAML loader, which says in Chinese what the file lacks.
 */
export function compiledProfile(id: string): ScoreProfile | undefined {
  return isFrameworkId(id) ? undefined : (compiled(id) as ScoreProfile | undefined);
}

/** A built-in framework of dimensions by id (project-framework), compiled (see `compiled`); a profile's id is not one. */
export function compiledFramework(id: string): Framework | undefined {
  return isFrameworkId(id) ? (compiled(id) as Framework | undefined) : undefined;
}

/** The value of a compiled file if it was compiled from exactly `source` (the YAML's bytes). */
export function compiledFor(file: unknown, source: Uint8Array): unknown {
  const c = file as { source?: unknown; value?: unknown } | null;
  return typeof c?.source === 'string' && Buffer.from(c.source, 'utf8').equals(source) ? c.value : undefined;
}

/** The ids of profiles/*.yaml that are frameworks of dimensions, or the ones that are not. */
function builtinIds(frameworks: boolean): string[] {
  return readdirSync(PROFILES_DIR)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.replace(/\.yaml$/, ''))
    .filter((id) => isFrameworkId(id) === frameworks)
    .sort();
}

/** The ids of the built-in scoring profiles: profiles/*.yaml except the frameworks of dimensions. */
export function builtinProfileIds(): string[] {
  return builtinIds(false);
}

/** The ids of the built-in frameworks of dimensions: profiles/*-framework.yaml. */
export function builtinFrameworkIds(): string[] {
  return builtinIds(true);
}

/** A profile given as a file (not a built-in id) is an input too. */
export function profileInput(profile: string | undefined): PlannedFile[] {
  return profile !== undefined && !/^[a-z][a-z0-9-]*$/.test(profile) ? [{ file: profile, what: '评分规则文件' }] : [];
}

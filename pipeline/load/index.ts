import path from 'node:path';
import * as z from 'zod';
import zhCN from 'zod/v4/locales/zh-CN.js';
import { ReportData } from '../../schemas/data.js';
import { ScoreProfile } from '../../schemas/profile.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { InputError, inputError } from '../errors.js';
import { limits } from '../limits.js';
import { PROFILES_DIR } from '../paths.js';
import { decodeBytes, readBytes } from '../read/index.js';
import { readFileSync } from 'node:fs';
import { isMap, parseDocument } from 'yaml';
import { Framework } from '../../schemas/framework.js';
import { declaredVersion, migrateV1, type MigrationChange } from './migrate.js';
import { referenceErrors } from './references.js';
import { builtinProfileIds, compiledFramework, compiledProfile } from './compiled.js';
import { dotPath, issuesToDiagnostics, parseYamlSource, positionOf, sortByPlace, toPlain, type YamlSource } from './yaml-source.js';

export { dimensionOf, resolveGroup, type GroupTarget } from './references.js';
export { migrateText, migrateV1, stampVersion, declaredVersion, type MigrationChange } from './migrate.js';

// Only the Chinese messages: z.locales would bring all of zod's languages (half of zod, some 300 KB)
// into the bundle, compiled on every draft. zod is imported as a namespace (`import * as z`) for the
// same reason: the bundler then keeps only what is used.
z.config(zhCN());

export interface LoadedData {
  readonly file: string;
  readonly data: ReportData;
  readonly profile: ScoreProfile;
  /** How the report files its results (dimensions, 一级指标) and the common measures of each. */
  readonly framework: Framework;
  /** Line and column of a field path (budget.adjustments[0].amount) in the data file. */
  readonly locate: (path: string) => { line: number; column: number } | undefined;
  /** Notes on reading the file: its encoding and stray bytes when not plain UTF-8, a version 1 file read as version 2. */
  readonly notes: readonly Diagnostic[];
  /** The file as written (after a version 1 file's conversion): every value the writer gave. */
  readonly raw: unknown;
  /** Fields written with no value (`actual:`, 〔待填〕): to be filled in; the draft marks them 〔待补〕. */
  readonly empty: readonly string[];
}

/** indicators[5].score → ['indicators', 5, 'score'] */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

export interface LoadOptions {
  /** A profile id (national) or a profile file; overrides meta.profile. */
  readonly profile?: string | undefined;
}

/** A data, profile or framework file as text, decoded whatever its encoding, refused past the size limit. */
async function readText(file: string, what: string): Promise<{ text: string; notes: readonly Diagnostic[] }> {
  const decoded = decodeBytes(await readBytes(file, limits().dataFileBytes, what), file);
  return { text: decoded.text, notes: decoded.notes };
}

/** Parses and validates text already read; exported for `--watch`, tests and the library API. */
export function parseData(file: string, text: string): ReportData {
  return parseDataWithSource(file, text).data;
}

interface Parsed {
  readonly data: ReportData;
  readonly source: YamlSource;
  readonly notes: Diagnostic[];
  readonly raw: unknown;
  readonly empty: string[];
}

/** YAML text → a version 2 document (a version 1 file converted in place, positions kept). */
export function parseVersioned(file: string, text: string): { source: YamlSource; changes: MigrationChange[]; version: number | undefined } {
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const root = parsed.source.doc.contents;
  if (!isMap(root)) {
    throw inputError('JX_DATA_INVALID', '数据文件应为一个对象（键: 值），以 kind: project 或 kind: department 开头', { file, line: 1, column: 1 });
  }
  const version = declaredVersion(parsed.source.doc);
  const changes = version === 1 ? migrateV1(parsed.source.doc) : [];
  return { source: parsed.source, changes, version };
}

function parseDataWithSource(file: string, text: string): Parsed {
  const { source, changes, version } = parseVersioned(file, text);
  const empty: string[] = [];
  const raw: unknown = withoutEmptyValues(toPlain(source), [], empty);
  const result = ReportData.safeParse(raw);
  if (!result.success) throw new InputError(issuesToDiagnostics(source, result.error, ReportData, raw, new Set(empty)));
  const notes: Diagnostic[] = [];
  if (version === 1) {
    const pos = positionOf(source, ['kind']);
    notes.push({
      code: 'JX_DATA_V1', severity: 'info',
      message: `数据文件未写 version: 2，按第 1 版读取${changes.length > 0 ? `并已转换：${changes.map((c) => c.message).join('；')}` : '（无须改动）'}；可用 jixiao migrate 转成第 2 版`,
      location: { file, ...(pos ? { line: pos.line, column: pos.column } : {}) },
    });
  }
  return { data: result.data, source, notes, raw, empty };
}

/**
 * A key with no value (`actual:` — what `init` writes for this year's figures, marked 〔待填〕) is a value
 * not filled in yet: absent to the model, its path kept so the draft can mark the figure 〔待补〕.
 */
function withoutEmptyValues(value: unknown, at: readonly PropertyKey[], empty: string[]): unknown {
  if (Array.isArray(value)) return value.map((v, i) => withoutEmptyValues(v, [...at, i], empty));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null) empty.push(dotPath([...at, key]));
    else out[key] = withoutEmptyValues(v, [...at, key], empty);
  }
  return out;
}

function located(source: YamlSource, diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return sortByPlace(diagnostics.map((d) => {
    const pos = d.location?.path !== undefined ? positionOf(source, pathSegments(d.location.path)) : undefined;
    return pos ? { ...d, location: { ...d.location, line: pos.line, column: pos.column } } : d;
  }));
}

/** load: data file → validated model, the scoring profile and the framework it names. */
export async function loadData(file: string, options: LoadOptions = {}): Promise<LoadedData> {
  const { text, notes: readNotes } = await readText(file, '数据文件');
  const { data, source, notes, raw, empty } = parseDataWithSource(file, text);
  const baseDir = path.dirname(file);
  const profileRef = options.profile ?? data.meta.profile;
  const frameworkRef = data.meta.framework ?? `${data.kind}-framework`;
  // A built-in one as the build compiled it (the same YAML, validated the same way), else its YAML.
  const profile = compiledProfile(profileRef) ?? (await loadProfile(profileRef, baseDir));
  const framework = compiledFramework(frameworkRef) ?? (await loadFramework(frameworkRef, baseDir));
  const errors = referenceErrors(data, framework, file);
  if (errors.length > 0) throw new InputError(located(source, errors));
  return { file, data, profile, framework, locate: (p) => positionOf(source, pathSegments(p)), notes: [...readNotes, ...notes], raw, empty };
}

function profileFile(ref: string, baseDir: string): string {
  return /^[a-z][a-z0-9-]*$/.test(ref) ? path.join(PROFILES_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
}

/** A profile by id (a file in profiles/) or by path, relative to `baseDir`. */
export async function loadProfile(ref: string, baseDir: string): Promise<ScoreProfile> {
  const file = profileFile(ref, baseDir);
  const { text } = await readText(file, '评分规则文件');
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const raw: unknown = toPlain(parsed.source);
  const result = ScoreProfile.safeParse(raw);
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error, ScoreProfile, raw));
  return result.data;
}

export interface ProfileChoice {
  readonly id: string;
  /** The profile's own name (name: in its file), as messages and the review page cite it. */
  readonly name: string;
}

/** The built-in scoring profiles a `--profile` may name by id, with their names. */
export async function builtinProfiles(): Promise<ProfileChoice[]> {
  const out: ProfileChoice[] = [];
  for (const id of builtinProfileIds()) {
    const profile = compiledProfile(id) ?? (await loadProfile(id, PROFILES_DIR));
    out.push({ id, name: profile.name });
  }
  return out;
}

/** The built-in framework of a report kind, read at once (for callers that rendered without loading): compiled if built, else its YAML. */
export function defaultFramework(kind: 'project' | 'department'): Framework {
  const id = `${kind}-framework`;
  return compiledFramework(id) ?? Framework.parse(parseDocument(readFileSync(path.join(PROFILES_DIR, `${id}.yaml`), 'utf8')).toJS());
}

/** A framework of dimensions by id (a file in profiles/) or by path, relative to `baseDir`. */
export async function loadFramework(ref: string, baseDir: string): Promise<Framework> {
  const file = profileFile(ref, baseDir);
  const { text } = await readText(file, '成效框架文件');
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const raw: unknown = toPlain(parsed.source);
  const result = Framework.safeParse(raw);
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error, Framework, raw));
  return result.data;
}

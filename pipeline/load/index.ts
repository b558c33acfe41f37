import path from 'node:path';
import { z } from 'zod';
import { ReportData } from '../../schemas/data.js';
import { ScoreProfile } from '../../schemas/profile.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnostic, InputError, inputError } from '../errors.js';
import { limits } from '../limits.js';
import { PROFILES_DIR } from '../paths.js';
import { decodeBytes, readBytes } from '../read/index.js';
import { issuesToDiagnostics, parseYamlSource, positionOf, toPlain, type YamlSource } from './yaml-source.js';

z.config(z.locales.zhCN());

export interface LoadedData {
  readonly file: string;
  readonly data: ReportData;
  readonly profile: ScoreProfile;
  /** Line and column of a field path (budget.adjustments[0].amount) in the data file. */
  readonly locate: (path: string) => { line: number; column: number } | undefined;
  /** How the file was read, when not plain UTF-8 (its encoding, stray bytes). */
  readonly notes: readonly Diagnostic[];
}

/** indicators[5].score → ['indicators', 5, 'score'] */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

export interface LoadOptions {
  /** A profile id (national) or a profile file; overrides meta.profile. */
  readonly profile?: string | undefined;
}

/** A data or profile file as text, decoded whatever its encoding, refused past the size limit. */
async function readText(file: string, what: string): Promise<{ text: string; notes: readonly Diagnostic[] }> {
  const decoded = decodeBytes(await readBytes(file, limits().dataFileBytes, what), file);
  return { text: decoded.text, notes: decoded.notes };
}

/** Parses and validates text already read; exported for `--watch`, tests and the library API. */
export function parseData(file: string, text: string): ReportData {
  return parseDataWithSource(file, text).data;
}

function parseDataWithSource(file: string, text: string): { data: ReportData; source: YamlSource } {
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const raw: unknown = toPlain(parsed.source);
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw inputError('JX_DATA_INVALID', '数据文件应为一个对象（键: 值），以 kind: project 或 kind: department 开头', { file, line: 1, column: 1 });
  }
  const result = ReportData.safeParse(raw);
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error));
  const crossField = crossFieldErrors(result.data, parsed.source.file);
  if (crossField.length > 0) throw new InputError(crossField);
  return { data: result.data, source: parsed.source };
}

function crossFieldErrors(data: ReportData, file: string): Diagnostic[] {
  const errors: Diagnostic[] = [];
  if (data.kind === 'project' && data.meta.project === undefined) {
    errors.push(diagnostic('JX_DATA_INVALID', 'meta.project：项目支出报告须填写项目名称', { location: { file, path: 'meta.project' } }));
  }
  return errors;
}

/** load: data file → validated model and the scoring profile it names. */
export async function loadData(file: string, options: LoadOptions = {}): Promise<LoadedData> {
  const { text, notes } = await readText(file, '数据');
  const { data, source } = parseDataWithSource(file, text);
  const profile = await loadProfile(options.profile ?? data.meta.profile, path.dirname(file));
  return { file, data, profile, locate: (p) => positionOf(source, pathSegments(p)), notes };
}

/** A profile by id (a file in profiles/) or by path, relative to `baseDir`. */
export async function loadProfile(ref: string, baseDir: string): Promise<ScoreProfile> {
  const file = /^[a-z][a-z0-9-]*$/.test(ref) ? path.join(PROFILES_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
  const { text } = await readText(file, '评分规则');
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const result = ScoreProfile.safeParse(toPlain(parsed.source));
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error));
  return result.data;
}

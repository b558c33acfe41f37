import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { ReportData } from '../../schemas/data.js';
import { ScoreProfile } from '../../schemas/profile.js';
import type { Diagnostic } from '../../schemas/diagnostic.js';
import { diagnostic, InputError, inputError } from '../errors.js';
import { PROFILES_DIR } from '../paths.js';
import { dotPath, issuesToDiagnostics, parseYamlSource, positionOf, type YamlSource } from './yaml-source.js';

z.config(z.locales.zhCN());

export interface LoadedData {
  readonly file: string;
  readonly data: ReportData;
  readonly profile: ScoreProfile;
  /** Line and column of a field path (budget.adjustments[0].amount) in the data file. */
  readonly locate: (path: string) => { line: number; column: number } | undefined;
  /** Fields written with no value (`actual:`, 〔待填〕): to be filled in; the draft marks them 〔待补〕. */
  readonly empty: readonly string[];
}

/** indicators[5].score → ['indicators', 5, 'score'] */
function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? '')));
}

export interface LoadOptions {
  /** A profile id (national) or a profile file; overrides meta.profile. */
  readonly profile?: string | undefined;
}

async function readText(file: string, what: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw inputError('JX_FILE_UNREADABLE', code === 'ENOENT' ? `找不到${what}：${file}` : `无法读取${what} ${file}（${code ?? String(err)}）`, { file });
  }
}

/** Parses and validates text already read; exported for `--watch`, tests and the library API. */
export function parseData(file: string, text: string): ReportData {
  return parseDataWithSource(file, text).data;
}

function parseDataWithSource(file: string, text: string): { data: ReportData; source: YamlSource; empty: string[] } {
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const raw: unknown = parsed.source.doc.toJS();
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw inputError('JX_DATA_INVALID', '数据文件应为一个对象（键: 值），以 kind: project 或 kind: department 开头', { file, line: 1, column: 1 });
  }
  const empty: string[] = [];
  const result = ReportData.safeParse(withoutEmptyValues(raw, [], empty));
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error, new Set(empty)));
  const crossField = crossFieldErrors(result.data, parsed.source.file);
  if (crossField.length > 0) throw new InputError(crossField);
  return { data: result.data, source: parsed.source, empty };
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

function crossFieldErrors(data: ReportData, file: string): Diagnostic[] {
  const errors: Diagnostic[] = [];
  if (data.kind === 'project' && data.meta.project === undefined) {
    errors.push(diagnostic('JX_DATA_INVALID', 'meta.project：项目支出报告须填写项目名称', { location: { file, path: 'meta.project' } }));
  }
  return errors;
}

/** load: data file → validated model and the scoring profile it names. */
export async function loadData(file: string, options: LoadOptions = {}): Promise<LoadedData> {
  const text = await readText(file, '数据文件');
  const { data, source, empty } = parseDataWithSource(file, text);
  const profile = await loadProfile(options.profile ?? data.meta.profile, path.dirname(file));
  return { file, data, profile, locate: (p) => positionOf(source, pathSegments(p)), empty };
}

/** A profile by id (a file in profiles/) or by path, relative to `baseDir`. */
export async function loadProfile(ref: string, baseDir: string): Promise<ScoreProfile> {
  const file = /^[a-z][a-z0-9-]*$/.test(ref) ? path.join(PROFILES_DIR, `${ref}.yaml`) : path.resolve(baseDir, ref);
  const text = await readText(file, '评分规则文件');
  const parsed = parseYamlSource(file, text);
  if ('errors' in parsed) throw new InputError(parsed.errors);
  const result = ScoreProfile.safeParse(parsed.source.doc.toJS());
  if (!result.success) throw new InputError(issuesToDiagnostics(parsed.source, result.error));
  return result.data;
}

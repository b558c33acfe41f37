import { readdirSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import type { Diagnostic, Location } from '../../schemas/diagnostic.js';
import type { ReportData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { RenderedDoc, TableModel } from '../../schemas/rendered.js';
import type { CarriedSection } from '../corpus/carry.js';
import type { FactTable } from '../facts/index.js';
import { diagnostic, InputError, InternalError } from '../errors.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Framework } from '../../schemas/framework.js';
import { defaultFramework } from '../load/index.js';
import { templateContext, type RenderUsage } from './context.js';
import { stripMarks, unmark } from './marks.js';
import { numberOutline } from './outline.js';
import { departmentBaseTable, departmentScoreTable, projectScoreTable, tableGrid } from './tables.js';

export type { RenderUsage } from './context.js';
export { tableGrid } from './tables.js';

export interface RenderOptions {
  /** A directory of the user's templates; any file there replaces the built-in one of the same path. */
  readonly templatesDir?: string | undefined;
  /** Sections carried from the prior-year report (corpus stage). */
  readonly carried?: readonly CarriedSection[] | undefined;
  /** How results are filed (dimensions); defaults to the built-in framework of the report's kind. */
  readonly framework?: Framework | undefined;
}

function environment(templatesDir: string | undefined): nunjucks.Environment {
  const dirs = templatesDir ? [templatesDir, TEMPLATES_DIR] : [TEMPLATES_DIR];
  // Markdown, not HTML: no autoescape. Blocks trimmed so template layout does not leak blank lines.
  const env = new nunjucks.Environment(new nunjucks.FileSystemLoader(dirs, { noCache: true }), {
    autoescape: false,
    throwOnUndefined: false,
    trimBlocks: true,
    lstripBlocks: true,
  });
  env.addFilter('cellmd', (text: unknown) => String(text ?? '').replace(/\|/g, '\\|').replace(/\n/g, '<br>'));
  return env;
}

/** The user's templates, as the loader names them (project/overview.njk). */
function userTemplates(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir, { recursive: true }).map(String);
  } catch {
    throw new InputError([diagnostic('JX_FILE_UNREADABLE', `找不到模板目录：${dir}`, { location: { file: dir } })]);
  }
  return entries.filter((f) => f.endsWith('.njk')).map((f) => f.split(path.sep).join('/')).sort();
}

/** The innermost template of a nunjucks error message, with the line and column when given. */
function templatePlace(message: string): Location | undefined {
  const places = [...message.matchAll(/\(([^()\n]+\.njk)\)(?: \[Line (\d+), Column (\d+)\])?/g)];
  const last = places[places.length - 1];
  if (last === undefined) return undefined;
  return { file: last[1] ?? '', ...(last[2] !== undefined ? { line: Number(last[2]), column: Number(last[3]) } : {}) };
}

/**
 * What a failed render is: the problems the template helpers recorded (an unknown fact or
 * table), else an error of the user's template (a syntax error, a call of something undefined),
 * else a bug in the built-in templates.
 */
function renderFailure(err: unknown, problems: readonly Diagnostic[], templatesDir: string | undefined): Error {
  const message = err instanceof Error ? err.message : String(err);
  const where = templatePlace(message);
  if (problems.length > 0) return new InputError(problems.map((p) => (where ? { ...p, location: where } : p)));
  if (err instanceof InputError) return err;
  const userFile = where?.file !== undefined && templatesDir !== undefined && !path.relative(path.resolve(templatesDir), path.resolve(where.file)).startsWith('..');
  if (!userFile) return new InternalError(`内置模板渲染出错：${message}`, { cause: err });
  const detail = message.split('\n').map((l) => l.trim()).filter((l) => l !== '').pop() ?? message;
  const at = where?.line !== undefined ? `第 ${where.line} 行第 ${where.column} 列` : '';
  return new InputError([
    diagnostic('JX_TEMPLATE_SYNTAX', `模板 ${path.basename(where?.file ?? '')} ${at}有误：${detail}。请检查 {{ }}、{% %} 是否成对，引用的函数和变量是否存在`, { location: where }),
  ]);
}

/** Collapses runs of blank lines and trailing spaces the templates leave. */
function tidy(markdown: string): string {
  return `${markdown
    .split('\n')
    .map((l) => l.replace(/[ \t]+$/, ''))
    .join('\n')
    // A heading always stands apart from the paragraph before it.
    .replace(/([^\n])\n(#{1,6} )/g, '$1\n\n$2')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}

/** render: model + facts (+ carried prior text) → Markdown whose every figure is traceable to a fact. */
export function renderReport(data: ReportData, facts: FactTable, profile: ScoreProfile, options: RenderOptions = {}): RenderedDoc {
  return renderWithUsage(data, facts, profile, options).doc;
}

/** The draft and what of the data it printed (for the list of what it left out). */
export function renderWithUsage(data: ReportData, facts: FactTable, profile: ScoreProfile, options: RenderOptions = {}): { doc: RenderedDoc; usage: RenderUsage } {
  const env = environment(options.templatesDir);
  // nunjucks finds a syntax error in an included template only after a synchronous render has
  // returned, and throws it where nobody can catch it: the user's templates are compiled first.
  if (options.templatesDir !== undefined) {
    for (const name of userTemplates(options.templatesDir)) {
      try {
        env.getTemplate(name, true);
      } catch (err) {
        throw renderFailure(err, [], options.templatesDir);
      }
    }
  }
  const problems: Diagnostic[] = [];
  const ctx = templateContext(data, facts, profile, options.carried ?? [], options.framework ?? defaultFramework(data.kind), problems);
  // Tables are built when the template places them, so a figure's note goes to its first place in the text.
  const builders: Record<string, () => TableModel> = data.kind === 'project'
    ? { score: () => projectScoreTable(ctx) }
    : { base: () => departmentBaseTable(ctx), score: () => departmentScoreTable(ctx) };
  const tables: TableModel[] = [];
  const renderTable = (id: string): string => {
    const build = builders[id];
    if (!build) {
      const problem = diagnostic('JX_TEMPLATE_UNKNOWN_TABLE', `模板引用了不存在的表格 “${id}”`);
      problems.push(problem);
      throw new InputError([problem]);
    }
    const model = tables.find((t) => t.id === id) ?? build();
    if (!tables.includes(model)) tables.push(model);
    return env.render('shared/table.njk', { table: model, grid: tableGrid(model) });
  };
  let marked: string;
  try {
    marked = env.render(`${data.kind}/report.njk`, { ...ctx, table: renderTable });
  } catch (err) {
    throw renderFailure(err, problems, options.templatesDir);
  }
  const { text, figures } = stripMarks(tidy(numberOutline(marked)));
  const title = /^# (.+)$/m.exec(text)?.[1] ?? '';
  const doc: RenderedDoc = {
    kind: data.kind,
    title,
    markdown: text,
    figures,
    tables: tables.map((t) => ({ ...t, rows: t.rows.map((row) => row.map((c) => ({ ...c, text: unmark(c.text) }))) })),
  };
  return { doc, usage: ctx.usage() };
}

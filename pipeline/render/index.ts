import nunjucks from 'nunjucks';
import type { ReportData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { RenderedDoc, TableModel } from '../../schemas/rendered.js';
import type { CarriedSection } from '../corpus/carry.js';
import type { FactTable } from '../facts/index.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Framework } from '../../schemas/framework.js';
import { defaultFramework } from '../load/index.js';
import { templateContext, TemplateError, type RenderUsage } from './context.js';
import { stripMarks, unmark } from './marks.js';
import { numberOutline } from './outline.js';
import { departmentBaseTable, departmentScoreTable, projectScoreTable, tableGrid } from './tables.js';

export { TemplateError, type RenderUsage } from './context.js';
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
  const ctx = templateContext(data, facts, profile, options.carried ?? [], options.framework ?? defaultFramework(data.kind));
  // Tables are built when the template places them, so a figure's note goes to its first place in the text.
  const builders: Record<string, () => TableModel> = data.kind === 'project'
    ? { score: () => projectScoreTable(ctx) }
    : { base: () => departmentBaseTable(ctx), score: () => departmentScoreTable(ctx) };
  const tables: TableModel[] = [];
  const renderTable = (id: string): string => {
    const build = builders[id];
    if (!build) throw new TemplateError(`模板引用了不存在的表格 “${id}”`);
    const model = tables.find((t) => t.id === id) ?? build();
    if (!tables.includes(model)) tables.push(model);
    return env.render('shared/table.njk', { table: model, grid: tableGrid(model) });
  };
  let marked: string;
  try {
    marked = env.render(`${data.kind}/report.njk`, { ...ctx, table: renderTable });
  } catch (err) {
    if (err instanceof TemplateError) throw err;
    throw new TemplateError(`模板渲染失败：${(err as Error).message}`);
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

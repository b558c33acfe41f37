import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';
import type { Diagnostic, Location } from '../../schemas/diagnostic.js';
import type { ReportData } from '../../schemas/data.js';
import type { ScoreProfile } from '../../schemas/profile.js';
import type { RenderedDoc, TableModel } from '../../schemas/rendered.js';
import type { CarriedSection } from '../corpus/carry.js';
import type { FactTable } from '../facts/index.js';
import { diagnostic, InputError, InternalError } from '../errors.js';
import { limits } from '../limits.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Framework } from '../../schemas/framework.js';
import { defaultFramework } from '../load/index.js';
import { templateContext, type RenderUsage } from './context.js';
import { TEMPLATE_OPTIONS, withPrecompiled } from './precompiled.js';
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

/**
 * What one render may spend: loop items made by range(), templates loaded, and time. nunjucks runs
 * a template as plain synchronous code, so these are checked where a template calls back into us
 * (range, include/import/extends): a `range(1e9)` or an include loop stops with a message instead
 * of taking the process down.
 */
class RenderBudget {
  private items = 0;
  constructor(private readonly problems: Diagnostic[]) {}

  /** A limit reached: recorded (the render's failure reports it) and thrown to stop the render. */
  fail(message: string): InputError {
    const problem = diagnostic('JX_TEMPLATE_LIMIT', message);
    this.problems.push(problem);
    return new InputError([problem]);
  }

  private readonly deadline = Date.now() + limits().templateMs;
  /** Templates loaded so far, in order: an include loop shows as a name coming back. */
  readonly loaded: string[] = [];
  /** Templates being rendered, outermost first (a template inside the one that includes it). */
  private readonly open: string[] = [];

  /** A template starts rendering inside the ones open: past the depth limit it is an include loop. */
  enter(name: string): void {
    this.open.push(name);
    if (this.open.length > INCLUDE_DEPTH) {
      const first = this.open.findIndex((n, i) => this.open.indexOf(n, i + 1) >= 0);
      const loop = first >= 0 ? this.open.slice(first, this.open.indexOf(this.open[first] ?? '', first + 1) + 1) : this.open.slice(-3);
      throw this.fail(`模板 include 形成了循环：${loop.join(' → ')}，会无限展开。请去掉其中一处 include`);
    }
    this.tick();
  }

  leave(): void {
    this.open.pop();
  }

  tick(): void {
    if (Date.now() > this.deadline) {
      throw this.fail(`模板渲染超过 ${limits().templateMs / 1000} 秒仍未结束，已停止：请检查模板中的循环（for）和 include`);
    }
  }

  range(start: number, stop?: number, step?: number): number[] {
    const [from, to, by] = stop === undefined ? [0, start, 1] : [start, stop, step === undefined || step === 0 ? 1 : step];
    const count = Number.isFinite(from) && Number.isFinite(to) && Number.isFinite(by) ? Math.max(0, Math.ceil((to - from) / by)) : Infinity;
    this.items += count;
    const max = limits().templateIterations;
    if (this.items > max) {
      throw this.fail(`模板中的 range(${[start, stop, step].filter((v) => v !== undefined).join(', ')}) 要生成 ${Number.isFinite(count) ? count : '无穷多'} 项，一次渲染的循环项合计超过上限 ${max}：请检查循环的范围`);
    }
    this.tick();
    const out: number[] = [];
    for (let i = 0, v = from; i < count; i++, v += by) out.push(v);
    return out;
  }

  load(name: string): void {
    this.loaded.push(name);
    if (this.loaded.length > limits().templateIncludes) throw this.fail(this.includeMessage());
    this.tick();
  }

  /** The include loop, when there is one: the first template that came back, and how. */
  includeMessage(): string {
    const max = limits().templateIncludes;
    const seen = new Map<string, number>();
    for (const [i, name] of this.loaded.entries()) {
      const first = seen.get(name);
      if (first !== undefined && this.loaded.slice(first + 1, i).every((n) => n !== name)) {
        const chain = this.loaded.slice(first, i + 1);
        if (this.loaded.filter((n) => n === name).length > 20) {
          return `模板 include 形成了循环：${chain.join(' → ')}，会无限展开。请去掉其中一处 include`;
        }
      }
      if (first === undefined) seen.set(name, i);
    }
    return `一次渲染载入模板超过 ${max} 次，已停止：请检查 include 是否形成循环`;
  }
}

/** Templates open inside one another: the built-in ones nest 3 deep. */
const INCLUDE_DEPTH = 30;

type GetTemplate = (...args: unknown[]) => unknown;

/**
 * Every template the environment hands out renders inside `budget.enter`/`leave`, so an include
 * loop is seen at its depth, before nunjucks wraps one error per level (which cost seconds).
 */
function trackNesting(env: nunjucks.Environment, budget: RenderBudget, dirs: readonly string[]): void {
  const wrapped = new WeakSet<object>();
  const shortName = (file: string): string => {
    for (const dir of dirs) if (file.startsWith(dir + path.sep)) return file.slice(dir.length + 1);
    return file;
  };
  const wrap = (t: unknown): unknown => {
    if (typeof t !== 'object' || t === null || wrapped.has(t)) return t;
    wrapped.add(t);
    const template = t as { path?: string; render: (...args: unknown[]) => unknown };
    const render = template.render.bind(template);
    template.render = (...args: unknown[]) => {
      budget.enter(shortName(template.path ?? '（模板）'));
      try {
        return render(...args);
      } finally {
        budget.leave();
      }
    };
    return t;
  };
  const target = env as unknown as { getTemplate: GetTemplate };
  const getTemplate = target.getTemplate.bind(env);
  target.getTemplate = (...args: unknown[]) => {
    const at = args.findIndex((a) => typeof a === 'function');
    const cb = args[at] as ((err: unknown, t?: unknown) => void) | undefined;
    if (cb !== undefined) {
      args[at] = (err: unknown, t?: unknown) => cb(err, err ? t : wrap(t));
      return getTemplate(...args);
    }
    return wrap(getTemplate(...args));
  };
}

class BudgetedLoader extends nunjucks.FileSystemLoader {
  constructor(
    dirs: string[],
    private readonly budget: RenderBudget,
  ) {
    super(dirs, { noCache: true });
  }

  override getSource(name: string): nunjucks.LoaderSource {
    this.budget.load(name);
    const source = super.getSource(name);
    // A missing template is null here, whatever the types say: nunjucks then says so itself.
    return (source as nunjucks.LoaderSource | null) === null ? source : withPrecompiled(source);
  }
}

function environment(templatesDir: string | undefined, budget: RenderBudget): nunjucks.Environment {
  const dirs = templatesDir ? [templatesDir, TEMPLATES_DIR] : [TEMPLATES_DIR];
  const env = new nunjucks.Environment(new BudgetedLoader(dirs, budget), { ...TEMPLATE_OPTIONS });
  trackNesting(env, budget, dirs.map((d) => path.resolve(d)));
  env.addGlobal('range', (start: number, stop?: number, step?: number) => budget.range(start, stop, step));
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
function renderFailure(err: unknown, problems: readonly Diagnostic[], templatesDir: string | undefined, budget?: RenderBudget): Error {
  const message = err instanceof Error ? err.message : String(err);
  const where = templatePlace(message);
  if (problems.length > 0) return new InputError(problems.map((p) => (where ? { ...p, location: where } : p)));
  if (err instanceof InputError) return err;
  // Past what the budget sees: recursion through macros, or text grown past what memory holds.
  if (budget !== undefined && /call stack|too much recursion/i.test(message)) {
    return new InputError([diagnostic('JX_TEMPLATE_LIMIT', budget.includeMessage().replace(/^一次渲染载入模板超过 \d+ 次，已停止/, '模板嵌套或递归过深，已停止'), { location: where })]);
  }
  if (/Invalid (string|array) length|allocation failed/i.test(message)) {
    return new InputError([diagnostic('JX_TEMPLATE_LIMIT', '模板生成的文字过长（超过内存上限），已停止：请检查模板中的循环和字符串拼接', { location: where })]);
  }
  const userFile = where?.file !== undefined && templatesDir !== undefined && !path.relative(path.resolve(templatesDir), path.resolve(where.file)).startsWith('..');
  if (!userFile) return new InternalError(`内置模板渲染出错：${message}`, { cause: err });
  const detail = (message.split('\n').map((l) => l.trim()).filter((l) => l !== '').pop() ?? message).replace(/^(?:\w*Error:\s*)+/, '');
  const at = where?.line !== undefined ? `第 ${where.line} 行第 ${where.column} 列` : '';
  const name = path.basename(where?.file ?? '');
  if (/attempted to output null or undefined value/.test(detail)) {
    const expr = outputAt(where);
    return new InputError([
      diagnostic('JX_TEMPLATE_UNDEFINED', `模板 ${name} ${at}：${expr ?? '输出'}的值未定义（变量名写错，或数据中没有这一项），不会把它印成空白。请检查变量名；可能没有的值用 {% if … %} 包起来`, { location: where }),
    ]);
  }
  return new InputError([
    diagnostic('JX_TEMPLATE_SYNTAX', `模板 ${name} ${at}有误：${explainNunjucks(detail)}。请检查 {{ }}、{% %} 是否成对，引用的函数和变量是否存在`, { location: where }),
  ]);
}

/** nunjucks's English for the template errors a person makes most, in Chinese (the rest as it is). */
function explainNunjucks(detail: string): string {
  const known: [RegExp, (...m: string[]) => string][] = [
    [/parseIf: expected elif, else, or endif, got end of file/, () => '{% if %} 没有对应的 {% endif %}（到文件末尾仍未闭合）'],
    [/parseFor: expected (?:else or )?endfor, got end of file/, () => '{% for %} 没有对应的 {% endfor %}（到文件末尾仍未闭合）'],
    [/expected (end\w+), got end of file/, (end) => `缺少 {% ${end} %}（到文件末尾仍未闭合）`],
    [/unexpected end of file/, () => '到文件末尾仍有未闭合的 {% for %}、{% if %} 等标签'],
    [/unknown block tag: (\w+)/, (tag) => `不认识的标签 {% ${tag} %}（多余的结束标签，或拼写有误）`],
    [/expected variable end/, () => '{{ 没有对应的 }}'],
    [/expected block end/, () => '{% 没有对应的 %}'],
    [/Unable to call `([^`]+)`, which is undefined or falsey/, (fn) => `调用了不存在的函数 ${fn}`],
    [/template not found: (\S+)/, (t) => `找不到被引用的模板 ${t}`],
  ];
  for (const [re, say] of known) {
    const m = re.exec(detail);
    if (m) return `${say(...m.slice(1))}（${detail}）`;
  }
  return detail;
}

/** The `{{ … }}` a template outputs at this place, as written, to name what was undefined. */
function outputAt(where: Location | undefined): string | undefined {
  if (where?.file === undefined || where.line === undefined) return undefined;
  let line: string;
  try {
    line = readFileSync(where.file, 'utf8').split('\n')[where.line - 1] ?? '';
  } catch {
    return undefined;
  }
  const outputs = [...line.matchAll(/\{\{-?[\s\S]*?-?\}\}/g)];
  const col = (where.column ?? 1) - 1;
  const hit = outputs.find((m) => m.index + m[0].length > col) ?? outputs[outputs.length - 1];
  return hit?.[0];
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
  const problems: Diagnostic[] = [];
  const budget = new RenderBudget(problems);
  const env = environment(options.templatesDir, budget);
  // nunjucks finds a syntax error in an included template only after a synchronous render has
  // returned, and throws it where nobody can catch it: the user's templates are compiled first.
  if (options.templatesDir !== undefined) {
    for (const name of userTemplates(options.templatesDir)) {
      try {
        env.getTemplate(name, true);
      } catch (err) {
        throw renderFailure(err, problems, options.templatesDir);
      }
    }
  }
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
  // nunjucks wraps an error in a new one per template level, each with a stack trace: deep
  // nesting made that quadratic (seconds for an include loop). Short traces keep it cheap.
  const traceLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 10;
  try {
    marked = env.render(`${data.kind}/report.njk`, { ...ctx, table: renderTable });
  } catch (err) {
    throw renderFailure(err, problems, options.templatesDir, budget);
  } finally {
    Error.stackTraceLimit = traceLimit;
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

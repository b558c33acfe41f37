/**
 * The desk's HTTP server (hono on Node's http): the token gate, the pages and scripts served from
 * the package (nothing from outside), uploads under a size limit, and the three flows' routes. A
 * flow that fails answers with its own error (the CLI's Chinese messages); the server goes on.
 */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { serve, type ServerType } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { getCookie, setCookie } from 'hono/cookie';
import { InputError, OVERVIEW_COLUMNS, PACKAGE_ROOT, builtinProfiles, diagnostic, overviewCell, type Diagnostic } from '../../pipeline/index.js';
import { draft, fixValues, lines, runUpdateFlow, startCheck, startWrite, uploadProfile, UPLOADED_PROFILE, type CheckState, type LlmConfig } from './flows.js';
import { tokenMatches } from './token.js';
import { Workspace, type Job } from './workspace.js';

export interface DeskOptions {
  readonly workspace: string;
  readonly token: string;
  /** Largest upload (one request), in bytes. */
  readonly maxUploadBytes: number;
  readonly llm?: LlmConfig | undefined;
}

const STATIC_DIR = path.join(PACKAGE_ROOT, 'desk');
const STATIC: Record<string, string> = {
  'desk.css': 'text/css; charset=utf-8',
  'desk.js': 'text/javascript; charset=utf-8',
  'schema-form.js': 'text/javascript; charset=utf-8',
};

const mb = (bytes: number): string => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`;

function failure(diagnostics: readonly Diagnostic[]) {
  return { error: { codes: diagnostics.map((d) => d.code), lines: lines(diagnostics) } };
}

/** Any error of a flow, as that flow's answer: bad input → 400 with the CLI's messages, anything else → 500. */
function errorBody(err: unknown): { status: 400 | 413 | 500; body: ReturnType<typeof failure> } {
  if (err instanceof InputError) {
    const status = err.diagnostics.some((d) => d.code === 'JX_DESK_UPLOAD_TOO_LARGE') ? 413 : 400;
    return { status, body: failure(err.diagnostics) };
  }
  const trace = err instanceof Error ? (err.stack ?? err.message) : String(err);
  return { status: 500, body: failure([diagnostic('JX_INTERNAL', `jixiao 内部错误，请把以下信息报告给开发者：\n${trace}`)]) };
}

const escapeHtml = (s: string): string => s.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch] ?? ch);

function errorPage(c: Context, err: unknown): Response {
  const { status, body } = errorBody(err);
  const items = body.error.lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('');
  return c.html(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>出错了</title><link rel="stylesheet" href="/static/desk.css"><main class="errorpage"><h1>这一步没有完成</h1><ul class="problems">${items}</ul><p><a href="/">返回 jixiao</a></p></main></html>`, status);
}

/** Only a file's own name in the header, in both forms browsers read. */
function attachment(name: string, inline: boolean): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${inline ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

const TYPES: Record<string, string> = {
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.md': 'text/markdown; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
};

function files(body: Record<string, unknown>, name: string): File[] {
  const v = body[name];
  const all = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return all.filter((f): f is File => f instanceof File && f.size > 0);
}

const one = (body: Record<string, unknown>, name: string): File | undefined => files(body, name)[0];

export function createDeskApp(options: DeskOptions): { app: Hono; workspace: Workspace } {
  const ws = new Workspace(options.workspace);
  const app = new Hono();
  // One cookie per desk: two desks on one machine do not log each other out.
  const cookie = `jixiao-desk-${createHash('sha256').update(options.token).digest('hex').slice(0, 8)}`;

  app.onError((err, c) => {
    if (c.req.path.startsWith('/api/') && !c.req.path.includes('/files/')) {
      const { status, body } = errorBody(err);
      return c.json(body, status);
    }
    return errorPage(c, err);
  });

  // The token: in the address once (then a cookie for this site only), or in a header.
  app.use('*', async (c, next) => {
    const inQuery = c.req.query('token');
    if (inQuery !== undefined && tokenMatches(inQuery, options.token)) {
      setCookie(c, cookie, options.token, { httpOnly: true, sameSite: 'Strict', path: '/' });
      if (c.req.method === 'GET' && c.req.path === '/') return c.redirect('/', 303);
      return next();
    }
    if (tokenMatches(c.req.header('x-jixiao-token') ?? getCookie(c, cookie), options.token)) return next();
    const d = diagnostic('JX_DESK_TOKEN', '没有访问令牌或令牌不对，已拒绝：请用 jixiao desk 启动时打印的地址（含 ?token=…）打开');
    if (c.req.path.startsWith('/api/')) return c.json(failure([d]), 403);
    return c.html(`<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>已拒绝</title><p>${escapeHtml(lines([d])[0] ?? '')}</p></html>`, 403);
  });

  app.get('/', async (c) => c.html(await readFile(path.join(STATIC_DIR, 'index.html'), 'utf8')));
  app.get('/static/:name', async (c) => {
    const name = c.req.param('name');
    const type = Object.hasOwn(STATIC, name) ? STATIC[name] : undefined;
    if (type === undefined) return c.text('没有这个文件', 404);
    return c.body(await readFile(path.join(STATIC_DIR, name)), 200, { 'content-type': type, 'cache-control': 'no-cache' });
  });
  app.get('/api/config', (c) => c.json({ llm: options.llm !== undefined ? { model: options.llm.model } : null, maxUpload: mb(options.maxUploadBytes), workspace: options.workspace }));
  // Apart from /api/config: listing them loads the data loader, which the first page view need not wait for.
  app.get('/api/profiles', async (c) => c.json({ builtin: await builtinProfiles(), uploaded: UPLOADED_PROFILE }));
  app.get('/api/schema', async (c) => c.body(await readFile(path.join(PACKAGE_ROOT, 'schemas', 'jixiao-data.schema.json')), 200, { 'content-type': 'application/json; charset=utf-8' }));

  const limit = bodyLimit({
    maxSize: options.maxUploadBytes,
    onError: (c) => c.json(failure([diagnostic('JX_DESK_UPLOAD_TOO_LARGE', `上传的文件太大：一次最多 ${mb(options.maxUploadBytes)}（启动时可用 --max-upload 调大）`)]), 413),
  });
  // A step of the write flow names a write job (never another flow's folder).
  const writeJob = (id: string): Job => {
    const job = ws.job(id);
    if (job.kind !== 'write') throw new InputError([diagnostic('JX_DESK_JOB', `任务 ${id.slice(0, 60)} 不是起草任务`)]);
    return job;
  };
  const form = async (c: Context): Promise<Record<string, unknown>> => (await c.req.parseBody({ all: true })) as Record<string, unknown>;

  app.post('/api/write', limit, async (c) => {
    const body = await form(c);
    return c.json(await startWrite(ws, { table: one(body, 'table'), prior: one(body, 'prior') }));
  });
  app.post('/api/jobs/:id/values', async (c) => {
    const job = writeJob(c.req.param('id'));
    const { changes } = (await c.req.json()) as { changes: { path: string; value: string; type?: 'number' | 'string' | 'boolean' }[] };
    return c.json(await exclusive(job, () => fixValues(job, changes ?? [])));
  });
  app.post('/api/jobs/:id/profile', limit, async (c) => {
    const job = writeJob(c.req.param('id'));
    const body = await form(c);
    return c.json(await exclusive(job, () => uploadProfile(ws, job, one(body, 'profile'))));
  });
  app.post('/api/jobs/:id/draft', async (c) => {
    const job = writeJob(c.req.param('id'));
    const req = (await c.req.json()) as { profile?: string; llm?: boolean };
    return c.json(await exclusive(job, () => draft(ws, job, req, options.llm)));
  });
  app.post('/api/update', limit, async (c) => {
    const body = await form(c);
    return c.json(await runUpdateFlow(ws, { draft: one(body, 'draft'), data: one(body, 'data'), old: one(body, 'old') }));
  });
  app.post('/api/check', limit, async (c) => {
    const body = await form(c);
    return c.json(await startCheck(ws, { reports: files(body, 'reports'), data: one(body, 'data') }));
  });
  app.get('/api/jobs/:id', (c) => {
    const job = ws.job(c.req.param('id'));
    const state = job.kind === 'check' ? (job.inputs as CheckState | undefined) : undefined;
    return c.json({
      status: job.status, events: job.events, progress: job.progress,
      // The overview's own columns and cells (as index.html and the summary table show them).
      ...(state
        ? {
            total: state.files.length, columns: OVERVIEW_COLUMNS.map((c) => c.header),
            rows: state.rows.map((r, i) => ({ cells: OVERVIEW_COLUMNS.map((c) => overviewCell(r, c.key)), errors: r.errors, unreadable: r.unreadable, page: r.page !== undefined ? i : undefined })),
          }
        : {}),
      ...(job.error !== undefined ? errorBody(job.error).body : {}),
    });
  });
  app.post('/api/jobs/:id/cancel', (c) => {
    const job = ws.job(c.req.param('id'));
    job.controller?.abort();
    return c.json({ status: job.status });
  });
  // The overview folder as the CLI writes it (--html-dir): index.html and its relative links to each page.
  app.get('/api/jobs/:id/overview/:name', async (c) => {
    const job = ws.job(c.req.param('id'));
    const index = ws.output(job, 'index');
    const name = c.req.param('name');
    const file = name === 'index.html' ? index : Object.values(job.outputs).find((f) => path.dirname(f) === path.dirname(index) && path.basename(f) === name);
    if (file === undefined) return errorPage(c, new InputError([diagnostic('JX_DESK_JOB', `任务中没有这个审阅页：${name.slice(0, 60)}`)]));
    return c.body(await readFile(file), 200, { 'content-type': TYPES['.html'] ?? 'text/html' });
  });
  app.get('/api/jobs/:id/files/:role', async (c) => {
    const job = ws.job(c.req.param('id'));
    const file = ws.output(job, c.req.param('role'));
    const inline = /\.html$/i.test(file);
    return c.body(await readFile(file), 200, {
      'content-type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-disposition': attachment(path.basename(file), inline),
    });
  });
  return { app, workspace: ws };
}

/** One step of a job at a time: a second click while it runs is refused, not interleaved. */
async function exclusive<T>(job: Job, step: () => Promise<T>): Promise<T> {
  if (job.status === 'running') throw new InputError([diagnostic('JX_DESK_JOB', '这个任务正在进行，请等它完成')]);
  job.status = 'running';
  job.events = [];
  job.progress = undefined;
  try {
    const out = await step();
    job.status = 'done';
    return out;
  } catch (err) {
    job.status = 'failed';
    throw err;
  } finally {
    job.controller = undefined;
  }
}

export interface RunningDesk {
  readonly url: string;
  readonly port: number;
  readonly server: ServerType;
  close(): Promise<void>;
}

/** Starts the desk on host:port (port 0: any free port) and resolves once it listens. */
export function startDesk(options: DeskOptions & { readonly host: string; readonly port: number }): Promise<RunningDesk> {
  const { app } = createDeskApp(options);
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, hostname: options.host, port: options.port }, (info) => {
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${info.port}/?token=${options.token}`,
        port: info.port,
        server,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
    server.once('error', reject);
  });
}

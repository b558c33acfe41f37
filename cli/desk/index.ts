/** `jixiao desk`: the local web app started, its address (with the token) printed, the browser opened. */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { inputError, preloadWriteStages } from '../../pipeline/index.js';
import { startDesk } from './server.js';
import { newToken } from './token.js';

export interface DeskCliOptions {
  readonly port?: string | undefined;
  readonly dir?: string | undefined;
  readonly host?: string | undefined;
  readonly open?: boolean | undefined;
  readonly maxUpload?: string | undefined;
  readonly model?: string | undefined;
  readonly baseUrl?: string | undefined;
}

const LOOPBACK = '127.0.0.1';
const DEFAULT_PORT = 8016;

function portOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw inputError('JX_CLI_OPTION', `--port 应为 0–65535 的整数，实际为 “${value}”`);
  return Number(value);
}

function openBrowser(url: string): void {
  const [cmd, args] = process.platform === 'darwin' ? ['open', [url]] : process.platform === 'win32' ? ['cmd', ['/c', 'start', '""', url]] : ['xdg-open', [url]];
  try {
    const child = spawn(cmd, args, { detached: true, stdio: 'ignore' });
    // No browser here (a server, a container): the printed address is enough.
    child.on('error', () => {});
    child.unref();
  } catch {
    /* as above */
  }
}

export async function runDesk(opts: DeskCliOptions): Promise<number> {
  const port = portOption(opts.port);
  const maxMb = opts.maxUpload === undefined ? 50 : Number(opts.maxUpload);
  if (!Number.isFinite(maxMb) || maxMb <= 0) throw inputError('JX_CLI_OPTION', `--max-upload 应为正数（MB），实际为 “${opts.maxUpload}”`);
  const host = opts.host ?? LOOPBACK;
  if (opts.host !== undefined && opts.host !== LOOPBACK && opts.host !== 'localhost') {
    process.stderr.write(`警告：--host ${host} 让本机以外的电脑也能连到 jixiao desk；只有持有下面地址中令牌的人才能使用，请勿外传。\n`);
  }
  const workspace = path.resolve(opts.dir ?? 'jixiao-工作区');
  const model = opts.model ?? process.env.JIXIAO_LLM_MODEL;
  const llm = model ? { model, baseURL: opts.baseUrl ?? process.env.OPENAI_BASE_URL } : undefined;
  const settings = { workspace, token: newToken(), maxUploadBytes: Math.round(maxMb * 1024 * 1024), llm, host };
  let desk;
  try {
    desk = await startDesk({ ...settings, port: port ?? DEFAULT_PORT });
  } catch (err) {
    // The usual port is taken (another desk?): any free one will do, unless a port was asked for.
    if (port !== undefined || (err as NodeJS.ErrnoException).code !== 'EADDRINUSE') {
      throw inputError('JX_CLI_OPTION', `无法在 ${host}:${port ?? DEFAULT_PORT} 上启动：${(err as Error).message}`);
    }
    desk = await startDesk({ ...settings, port: 0 });
  }
  process.stdout.write(`jixiao desk 已启动，请在浏览器中打开（地址中含访问令牌，勿外传）：\n  ${desk.url}\n工作区：${workspace}\n${llm ? `大模型：${llm.model}\n` : ''}按 Ctrl+C 停止。\n`);
  if (opts.open !== false) openBrowser(desk.url);
  // While the officer picks a file: the first draft then does not wait for the stages to load.
  // A stage that fails to load fails again, with its message, when it is first used.
  void preloadWriteStages().catch(() => {});
  await new Promise<void>((resolve) => {
    const stop = (): void => {
      process.stderr.write('jixiao desk 已停止。\n');
      void desk.close().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}

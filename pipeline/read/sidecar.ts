/**
 * The figures sidecar beside a draft (`draft.figures.json`), read and validated. A sidecar that
 * cannot be trusted is never used quietly: broken JSON, a wrong shape, or one written for another
 * draft is an input error that says what to do.
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FiguresSidecar } from '../../schemas/sidecar.js';
import { inputError, InputError } from '../errors.js';
import { formatBytes, limits } from '../limits.js';
import type { Code } from '../codes.js';

export type { FiguresSidecar, SidecarFigure } from '../../schemas/sidecar.js';

/** Where the sidecar of a draft lives: beside it, with .figures.json for the extension. */
export function sidecarPath(draft: string): string {
  return draft.replace(/\.(md|markdown|docx|txt)$/i, '') + '.figures.json';
}

function sidecarError(code: Code, file: string, message: string): InputError {
  return inputError(code, message, { file });
}

/** The sidecar's JSON, or undefined when there is none; too large, unreadable or not JSON is an input error. */
async function readSidecarJson(file: string): Promise<unknown> {
  let raw: string;
  try {
    const size = (await stat(file)).size;
    if (size > limits().sidecarBytes) {
      throw sidecarError('JX_INPUT_TOO_LARGE', file, `数字对照表 ${path.basename(file)} 太大（${formatBytes(size)}，上限 ${formatBytes(limits().sidecarBytes)}），不像是 jixiao 写出的：请删去它，或用 jixiao draft 重新生成草稿`);
    }
    raw = await readFile(file, 'utf8');
  } catch (err) {
    if (err instanceof InputError) throw err;
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw sidecarError('JX_SIDECAR_UNREADABLE', file, `数字对照表 ${path.basename(file)} 读不出来（${(err as Error).message}）：请检查文件权限，或删去它后再运行`);
  }
  try {
    return JSON.parse(raw);
  } catch (err) {
    throw sidecarError(
      'JX_SIDECAR_CORRUPT',
      file,
      `数字对照表 ${path.basename(file)} 不是有效的 JSON（${(err as Error).message}）：它可能被截断或改坏了。请删去它（检查照常进行，只是不按对照表定位数字），或用 jixiao draft 重新生成草稿`,
    );
  }
}

/**
 * The hash the sidecar of `draft` recorded for the file jixiao wrote (`fileSha256`), or undefined
 * when there is no sidecar of this format to say it. A writer only needs this to tell whether a
 * person edited the file: the hash matching proves it was not, whatever else the sidecar holds,
 * so the rest (some thousand figures and facts) is neither validated nor loaded.
 */
export async function recordedFileHash(draft: string): Promise<string | undefined> {
  let json: unknown;
  try {
    json = await readSidecarJson(sidecarPath(draft));
  } catch (err) {
    if (err instanceof InputError) return undefined;
    throw err;
  }
  if (typeof json !== 'object' || json === null) return undefined;
  const { version, fileSha256 } = json as { version?: unknown; fileSha256?: unknown };
  return version === 2 && typeof fileSha256 === 'string' ? fileSha256 : undefined;
}

/**
 * The sidecar of `draft`, or undefined when there is none. `text` (the draft as read) is compared
 * with what the sidecar recorded, so a sidecar copied beside another draft is refused.
 */
export async function readSidecar(draft: string, text?: string): Promise<FiguresSidecar | undefined> {
  const file = sidecarPath(draft);
  const json = await readSidecarJson(file);
  if (json === undefined) return undefined;
  if (typeof json === 'object' && json !== null && (json as { version?: unknown }).version === 1) {
    throw sidecarError(
      'JX_SIDECAR_INVALID',
      file,
      `数字对照表 ${path.basename(file)} 是旧版 jixiao 写出的（格式 1）：请用 jixiao draft 重新生成草稿，或删去它（检查照常进行，只是不按对照表定位数字）`,
    );
  }
  // The schema (zod) loads only for a report that has a sidecar.
  const { FiguresSidecar: schema } = await import('../../schemas/sidecar.js');
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '（顶层）';
    throw sidecarError(
      'JX_SIDECAR_INVALID',
      file,
      `数字对照表 ${path.basename(file)} 的内容不是 jixiao 写出的格式（${where}：${issue?.message ?? '结构不符'}）：请删去它，或用 jixiao draft 重新生成草稿`,
    );
  }
  const sidecar = parsed.data;
  if (text !== undefined && !belongsTo(sidecar, text)) {
    throw sidecarError(
      'JX_SIDECAR_FOREIGN',
      file,
      `数字对照表 ${path.basename(file)} 记录的不是 ${path.basename(draft)} 这份草稿（两者的文字对不上），不能用来定位数字：请删去它或换回原来的草稿`,
    );
  }
  return sidecar;
}

/** Lines long enough to tell one draft from another (headings and short labels repeat across drafts). */
function telling(markdown: string): string[] {
  return markdown
    .split('\n')
    .map((l) => l.replace(/[\s*#|]/gu, ''))
    .filter((l) => l.length >= 12);
}

/**
 * Whether the sidecar was written for this text: the same text, or an edit of it (at least a fifth
 * of its telling lines kept, or of its figures still found with the words around them).
 */
export function belongsTo(sidecar: FiguresSidecar, text: string): boolean {
  const recorded = sidecar.template?.markdown;
  if (recorded === text) return true;
  const squashed = text.replace(/[\s*#|]/gu, '');
  const lines = telling(recorded ?? '');
  if (lines.length > 0 && lines.filter((l) => squashed.includes(l)).length / lines.length >= 0.2) return true;
  const figures = sidecar.figures.filter((f) => f.before.length >= 6);
  if (figures.length === 0) return lines.length === 0;
  const found = figures.filter((f) => squashed.includes(`${f.before.replace(/[\s*#|]/gu, '')}`)).length;
  return found / figures.length >= 0.2;
}

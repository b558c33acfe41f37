import { updateFile, type UpdateResult } from '../pipeline/index.js';
import { EXIT } from './exit.js';

export interface UpdateCliOptions {
  readonly data: string;
  readonly oldData?: string | undefined;
  readonly output?: string | undefined;
  readonly inPlace?: boolean | undefined;
  readonly format?: string | undefined;
  readonly prior?: string | undefined;
  readonly templates?: string | undefined;
  readonly html?: string | undefined;
  readonly comments?: boolean | undefined;
}

export function formatSummary(result: UpdateResult, out: string): string {
  const lines = [`已写出 ${out}：改写数字 ${result.changes.filter((c) => c.kind === 'figure').length} 处，按新数据重写模板句 ${result.changes.filter((c) => c.kind === 'template').length} 处，删除 ${result.changes.filter((c) => c.kind === 'removed').length} 处，新增 ${result.changes.filter((c) => c.kind === 'inserted').length} 处`];
  const label = { figure: '数字', template: '模板句', removed: '删除', inserted: '新增' } as const;
  for (const c of result.changes) {
    const short = (t: string): string => (t.length > 60 ? `${t.slice(0, 58)}…` : t);
    lines.push(`  第 ${c.line} 行 ${label[c.kind]}：${c.kind === 'inserted' ? short(c.new) : c.kind === 'removed' ? short(c.old) : c.kind === 'figure' ? `${c.old} → ${c.new}${c.factId ? `（${c.factId}）` : ''}` : `${short(c.old)} → ${short(c.new)}`}`);
  }
  if (result.review.length > 0) {
    lines.push(`需要人工核对的句子（编辑改写过，保留原样）${result.review.length} 处：`);
    for (const r of result.review) lines.push(`  第 ${r.location.line} 行 [${r.code}] ${r.message}\n      ${r.sentence}`);
  }
  if (result.unresolved.length > 0) {
    lines.push(`无法对应、未改动的数字 ${result.unresolved.length} 处：`);
    for (const r of result.unresolved) lines.push(`  第 ${r.location.line} 行 [${r.code}] ${r.message}\n      ${r.sentence}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runUpdate(draftFile: string, opts: UpdateCliOptions): Promise<number> {
  const { output, backup, update } = await updateFile(draftFile, opts);
  if (backup !== undefined) process.stderr.write(`原草稿已备份为 ${backup}\n`);
  if (opts.html !== undefined) process.stderr.write(`审阅页：${opts.html}\n`);
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify({ output, changes: update.changes, review: update.review, unresolved: update.unresolved }, null, 2)}\n`);
  else process.stdout.write(formatSummary(update, output));
  return EXIT.ok;
}

import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftReport } from '../pipeline/draft.js';
import { InputError } from '../pipeline/errors.js';
import { updateDraft, type UpdateResult } from '../pipeline/update/index.js';
import { readSidecar, writeReport } from '../pipeline/write/index.js';
import { writeReviewPage } from './html.js';
import { EXIT } from './main.js';

export interface UpdateCliOptions {
  readonly data: string;
  readonly oldData?: string | undefined;
  readonly output?: string | undefined;
  readonly inPlace?: boolean | undefined;
  readonly format?: string | undefined;
  readonly prior?: string | undefined;
  readonly templates?: string | undefined;
  readonly html?: string | undefined;
}

function stamp(): string {
  return new Date().toISOString().replace(/[-:]/g, '').replace(/\..+$/, '').replace('T', '-');
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
    for (const r of result.review) lines.push(`  第 ${r.line} 行 [${r.code}] ${r.reason}\n      ${r.text}`);
  }
  if (result.unresolved.length > 0) {
    lines.push(`无法对应、未改动的数字 ${result.unresolved.length} 处：`);
    for (const r of result.unresolved) lines.push(`  第 ${r.line} 行 [${r.code}] ${r.reason}\n      ${r.text}`);
  }
  return `${lines.join('\n')}\n`;
}

export async function runUpdate(draftFile: string, opts: UpdateCliOptions): Promise<number> {
  if (!/\.(md|markdown)$/i.test(draftFile)) {
    throw new InputError([{ code: 'JX_UPDATE_FORMAT', severity: 'error', message: `update 目前只能更新 Markdown 草稿（.md），收到 ${draftFile}`, place: { file: draftFile } }]);
  }
  let edited: string;
  try {
    edited = await readFile(draftFile, 'utf8');
  } catch {
    throw new InputError([{ code: 'JX_FILE_UNREADABLE', severity: 'error', message: `找不到草稿：${draftFile}`, place: { file: draftFile } }]);
  }
  const sidecar = await readSidecar(draftFile);
  const how = { prior: opts.prior ?? sidecar?.draft?.prior, templates: opts.templates ?? sidecar?.draft?.templates, profile: sidecar?.draft?.profile };
  let base: { markdown: string; figures: { offset: number; length: number; text: string; factId: string }[] };
  let oldFacts;
  if (opts.oldData !== undefined) {
    const old = await draftReport({ data: opts.oldData, ...how });
    base = { markdown: old.doc.markdown, figures: [...old.doc.figures] };
    oldFacts = old.facts.facts;
  } else if (sidecar?.template) {
    base = { markdown: sidecar.template.markdown, figures: [...sidecar.template.figures] };
    oldFacts = sidecar.facts;
  } else {
    throw new InputError([{ code: 'JX_UPDATE_NO_BASE', severity: 'error', message: `不知道草稿中的数字原来对应哪些数据：请用 --old-data 给出原数据文件，或保留草稿旁的 ${path.basename(draftFile).replace(/\.md$/i, '')}.figures.json`, place: { file: draftFile } }]);
  }
  const next = await draftReport({ data: opts.data, ...how });
  const result = updateDraft({ edited, base, oldFacts, anchors: opts.oldData === undefined ? sidecar?.figures : undefined, theirs: next.doc, newFacts: next.facts.facts });

  const out = opts.inPlace ? draftFile : (opts.output ?? draftFile.replace(/(\.md|\.markdown)$/i, '.updated$1'));
  if (opts.inPlace) {
    const backup = `${draftFile.replace(/(\.md|\.markdown)$/i, '')}.bak-${stamp()}.md`;
    await copyFile(draftFile, backup);
    process.stderr.write(`原草稿已备份为 ${backup}\n`);
  }
  await writeReport({ ...next.doc, markdown: result.markdown, figures: result.figures }, out, {
    dataFile: opts.data, facts: next.facts.facts, draft: how, template: { markdown: next.doc.markdown, figures: next.doc.figures },
  });
  if (opts.html !== undefined) {
    const { checkReport } = await import('../pipeline/check/index.js');
    const report = checkReport({ file: out, text: result.markdown, format: 'md' }, { facts: next.facts.facts, profile: next.loaded.profile });
    const changes = result.changes
      .filter((c) => c.kind === 'figure' && c.offset !== undefined)
      .map((c) => ({ offset: c.offset ?? 0, length: c.new.length, old: c.old, new: c.new, ...(c.factId !== undefined ? { factId: c.factId } : {}) }));
    await writeReviewPage(opts.html, { text: result.markdown, format: 'md', report, facts: next.facts.facts, changes });
    process.stderr.write(`审阅页：${opts.html}\n`);
  }
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify({ output: out, changes: result.changes, review: result.review, unresolved: result.unresolved }, null, 2)}\n`);
  else process.stdout.write(formatSummary(result, out));
  return EXIT.ok;
}

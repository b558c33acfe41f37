import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { draftReport } from '../pipeline/jobs/draft.js';
import { InputError } from '../pipeline/errors.js';
import { updateDraft, type UpdateResult } from '../pipeline/update/index.js';
import type { Fact } from '../schemas/fact.js';
import { backUp, checkOutputs, withOutputLock, type FileToWrite } from '../pipeline/files.js';
import { readSidecar, sidecarPath, type FiguresSidecar } from '../pipeline/read/sidecar.js';
import { writeReport } from '../pipeline/write/index.js';
import { reviewPageHtml } from './html.js';
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

/**
 * The editor's Word file with the figures and template sentences changed inside its own runs
 * (its formatting kept), and a sidecar for the next update. Removals and insertions a Word
 * file cannot take in place are listed for the editor.
 */
async function writeUpdatedDocx(draftFile: string, out: string, result: UpdateResult, sidecar: { dataFile: string; facts: readonly Fact[]; draft: FiguresSidecar['draft']; template: FiguresSidecar['template'] }, doc: UpdateDoc, extra: readonly FileToWrite[]): Promise<void> {
  const { docxEditsFromUpdate, replaceFiguresInDocx } = await import('../pipeline/update/docx/index.js');
  const { edits, manual } = docxEditsFromUpdate(result.markdown, result.changes);
  // What the new data drops is emptied in place (the paragraph stays, for the editor to delete),
  // so no stale figure is left in the file; insertions are listed for the editor.
  const removals = manual.filter((c) => c.kind === 'removed').map((c) => {
    const text = c.old.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '');
    return { sentence: text, old: text, new: '' };
  });
  const replaced = await replaceFiguresInDocx(new Uint8Array(await readFile(draftFile)), [...edits, ...removals], { file: draftFile });
  await writeReport(doc, out, {
    bytes: replaced.bytes, dataFile: sidecar.dataFile, facts: sidecar.facts, template: sidecar.template, draft: sidecar.draft, with: extra,
  });
  for (const c of manual) {
    result.review.push({ code: 'JX_UPDATE_REVIEW', line: c.line, text: c.kind === 'removed' ? c.old : c.new, reason: c.kind === 'removed' ? '新数据中已没有此项：文字已清空，请在 Word 中删去这一空段' : '新数据新增了这一段：请在 Word 中相应位置加入' });
  }
  for (const m of replaced.missed) {
    result.unresolved.push({ code: 'JX_UPDATE_UNRESOLVED', line: 0, text: m.sentence, reason: `在 Word 文档中未能找到“${m.old}”，未改动` });
  }
}

type UpdateDoc = Parameters<typeof writeReport>[0];

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
  const isDocx = /\.docx$/i.test(draftFile);
  if (!isDocx && !/\.(md|markdown)$/i.test(draftFile)) {
    throw new InputError([{ code: 'JX_UPDATE_FORMAT', severity: 'error', message: `update 可更新 Markdown（.md）或 Word（.docx）草稿，收到 ${draftFile}`, place: { file: draftFile } }]);
  }
  const out = opts.inPlace ? draftFile : (opts.output ?? draftFile.replace(/(\.md|\.markdown|\.docx)$/i, '.updated$1'));
  // Nothing is written when an output would overwrite an input or another output.
  const inPlace = opts.inPlace === true;
  await checkOutputs(
    [
      { file: out, what: inPlace ? '更新后的草稿（原地改写）' : '更新后的草稿', replacedOnPurpose: inPlace },
      { file: sidecarPath(out), what: '数字对照表', replacedOnPurpose: inPlace },
      ...(opts.html !== undefined ? [{ file: opts.html, what: '审阅页' }] : []),
    ],
    [
      { file: draftFile, what: '草稿', replacedOnPurpose: inPlace },
      { file: sidecarPath(draftFile), what: '草稿的数字对照表', replacedOnPurpose: inPlace },
      { file: opts.data, what: '新数据文件' },
      ...(opts.oldData !== undefined ? [{ file: opts.oldData, what: '原数据文件' }] : []),
      ...(opts.prior !== undefined ? [{ file: opts.prior, what: '上年报告' }] : []),
    ],
  );
  // A Word draft is updated through the text it reads as, then edited inside its own runs.
  const { readReportFile } = await import('../pipeline/read/index.js');
  const edited = (await readReportFile(draftFile)).text;
  const sidecar = await readSidecar(draftFile, edited);
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

  const template = { markdown: next.doc.markdown, figures: next.doc.figures };
  const doc: UpdateDoc = { ...next.doc, markdown: result.markdown, figures: result.figures };
  const extra: FileToWrite[] = [];
  if (opts.html !== undefined) {
    const { checkReport } = await import('../pipeline/check/index.js');
    const report = checkReport({ file: out, text: result.markdown, format: 'md' }, { facts: next.facts.facts, profile: next.loaded.profile });
    const changes = result.changes
      .filter((c) => c.kind === 'figure' && c.offset !== undefined)
      .map((c) => ({ offset: c.offset ?? 0, length: c.new.length, old: c.old, new: c.new, ...(c.factId !== undefined ? { factId: c.factId } : {}) }));
    extra.push({ file: opts.html, content: await reviewPageHtml({ text: result.markdown, format: 'md', report, facts: next.facts.facts, changes }) });
  }
  await withOutputLock(out, async () => {
    if (opts.inPlace) {
      const backup = await backUp(draftFile, 'bak');
      process.stderr.write(`原草稿已备份为 ${backup}\n`);
    }
    if (isDocx) {
      await writeUpdatedDocx(draftFile, out, result, { dataFile: opts.data, facts: next.facts.facts, draft: how, template }, doc, extra);
    } else {
      await writeReport(doc, out, { dataFile: opts.data, facts: next.facts.facts, draft: how, template, with: extra });
    }
  });
  if (opts.html !== undefined) process.stderr.write(`审阅页：${opts.html}\n`);
  if (opts.format === 'json') process.stdout.write(`${JSON.stringify({ output: out, changes: result.changes, review: result.review, unresolved: result.unresolved }, null, 2)}\n`);
  else process.stdout.write(formatSummary(result, out));
  return EXIT.ok;
}

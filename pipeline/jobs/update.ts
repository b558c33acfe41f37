/**
 * The update job: an edited draft (Markdown or Word) brought to new data. The figures the draft
 * was made from come from its sidecar, or from a draft of the old data (`oldData`); the new data
 * is drafted the same way; update merges them, keeping the editor's sentences; the result is
 * written as the draft was (a Word file edited inside its own runs) with a new sidecar.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FileReport } from '../../schemas/check-result.js';
import type { Fact } from '../../schemas/fact.js';
import type { FigureRef } from '../../schemas/rendered.js';
import type { FiguresSidecar } from '../../schemas/sidecar.js';
import { checkReport } from '../check/index.js';
import { inputError } from '../errors.js';
import { backUp, sha256, writeAtomic } from '../files.js';
import { readReportFile } from '../read/index.js';
import { readSidecar, sidecarPath } from '../read/sidecar.js';
import { updateDraft, updateNote, type UpdateNote, type UpdateResult } from '../update/index.js';
import { makeSidecar, writeReport } from '../write/index.js';
import { draftReport } from './draft.js';
import { writeReviewPage } from './pages.js';

export interface UpdateJobOptions {
  /** The new data file. */
  readonly data: string;
  /** The data file the draft was made from; without it, the draft's sidecar says. */
  readonly oldData?: string | undefined;
  /** Default: `<draft>.updated.md` (or `.updated.docx`). */
  readonly output?: string | undefined;
  /** Rewrite the draft itself, after a backup. */
  readonly inPlace?: boolean | undefined;
  /** Last year's report and templates; default: as the draft was made. */
  readonly prior?: string | undefined;
  readonly templates?: string | undefined;
  /** A review page marking each figure changed, from a check of the updated text. */
  readonly html?: string | undefined;
  /** A Word draft: a Word comment in the updated file at each claim the new data contradicts (JX_UPDATE_CLAIM). */
  readonly comments?: boolean | undefined;
}

export interface UpdateJobResult {
  readonly output: string;
  /** The copy of the draft kept before an in-place update. */
  readonly backup?: string | undefined;
  /** The changes, and the sentences left for a person (a Word file adds what it cannot take in place). */
  readonly update: UpdateResult;
  /** The check the review page shows (only with `html`). */
  readonly report?: FileReport | undefined;
}

type DraftSettings = FiguresSidecar['draft'];

export async function updateFile(draftFile: string, options: UpdateJobOptions): Promise<UpdateJobResult> {
  const isDocx = /\.docx$/i.test(draftFile);
  if (!isDocx && !/\.(md|markdown)$/i.test(draftFile)) {
    throw inputError('JX_UPDATE_FORMAT', `update 可更新 Markdown（.md）或 Word（.docx）草稿，收到 ${draftFile}`, { file: draftFile });
  }
  // A Word draft is updated through the text it reads as, then edited inside its own runs.
  const edited = (await readReportFile(draftFile)).text;
  const sidecar = await readSidecar(draftFile, edited);
  const how = { prior: options.prior ?? sidecar?.draft?.prior, templates: options.templates ?? sidecar?.draft?.templates, profile: sidecar?.draft?.profile };
  let base: { markdown: string; figures: FigureRef[] };
  let oldFacts: readonly Fact[];
  if (options.oldData !== undefined) {
    const old = await draftReport({ data: options.oldData, ...how });
    base = { markdown: old.doc.markdown, figures: [...old.doc.figures] };
    oldFacts = old.facts.facts;
  } else if (sidecar?.template) {
    base = { markdown: sidecar.template.markdown, figures: [...sidecar.template.figures] };
    oldFacts = sidecar.facts;
  } else {
    throw inputError(
      'JX_UPDATE_NO_BASE',
      `不知道草稿中的数字原来对应哪些数据：请用 --old-data 给出原数据文件，或保留草稿旁的 ${path.basename(draftFile).replace(/\.md$/i, '')}.figures.json`,
      { file: draftFile },
    );
  }
  const next = await draftReport({ data: options.data, ...how });
  let update = updateDraft({ edited, base, oldFacts, anchors: options.oldData === undefined ? sidecar?.figures : undefined, theirs: next.doc, newFacts: next.facts.facts });

  const output = options.inPlace ? draftFile : (options.output ?? draftFile.replace(/(\.md|\.markdown|\.docx)$/i, '.updated$1'));
  const backup = options.inPlace ? await backUp(draftFile, 'bak') : undefined;
  const template = { markdown: next.doc.markdown, figures: next.doc.figures };
  if (isDocx) {
    update = await writeUpdatedDocx(draftFile, output, update, { dataFile: options.data, facts: next.facts.facts, draft: how, template }, options.comments === true);
  } else {
    await writeReport({ ...next.doc, markdown: update.markdown, figures: update.figures }, output, {
      dataFile: options.data, facts: next.facts.facts, draft: how, template,
    });
  }
  let report: FileReport | undefined;
  if (options.html !== undefined) {
    report = checkReport({ file: output, text: update.markdown, format: 'md' }, { facts: next.facts.facts, profile: next.loaded.profile });
    const changes = update.changes
      .filter((c) => c.kind === 'figure' && c.offset !== undefined)
      .map((c) => ({ offset: c.offset ?? 0, length: c.new.length, old: c.old, new: c.new, ...(c.factId !== undefined ? { factId: c.factId } : {}) }));
    await writeReviewPage(options.html, { text: update.markdown, format: 'md', report, facts: next.facts.facts, changes });
  }
  return { output, backup, update, report };
}

/**
 * The editor's Word file with the figures and template sentences changed inside its own runs
 * (its formatting kept), and a sidecar for the next update. Removals and insertions a Word file
 * cannot take in place are listed for the editor, as are figures not found in it.
 */
async function writeUpdatedDocx(
  draftFile: string,
  out: string,
  update: UpdateResult,
  sidecar: { dataFile: string; facts: readonly Fact[]; draft: DraftSettings; template: FiguresSidecar['template'] },
  comments: boolean,
): Promise<UpdateResult> {
  const { docxEditsFromUpdate, replaceFiguresInDocx } = await import('../update/docx/index.js');
  const { edits, manual } = docxEditsFromUpdate(update.markdown, update.changes);
  // What the new data drops is emptied in place (the paragraph stays, for the editor to delete),
  // so no stale figure is left in the file; insertions are listed for the editor.
  const removals = manual.filter((c) => c.kind === 'removed').map((c) => {
    const text = c.old.replace(/^#{1,6}\s+/, '').replace(/\*\*/g, '');
    return { sentence: text, old: text, new: '' };
  });
  const replaced = await replaceFiguresInDocx(new Uint8Array(await readFile(draftFile)), [...edits, ...removals], { file: draftFile });
  const bytes = comments ? await commentClaims(replaced.bytes, update, out) : replaced.bytes;
  await writeAtomic(out, bytes);
  const figures = makeSidecar(update.markdown, update.figures, sidecar.facts, {
    dataFile: sidecar.dataFile, fileSha256: sha256(bytes), template: sidecar.template, draft: sidecar.draft,
  });
  await writeAtomic(sidecarPath(out), `${JSON.stringify(figures, null, 2)}\n`);
  const review: UpdateNote[] = manual.map((c) =>
    updateNote('JX_UPDATE_REVIEW', c.line, c.kind === 'removed' ? c.old : c.new, c.kind === 'removed' ? '新数据中已没有此项：文字已清空，请在 Word 中删去这一空段' : '新数据新增了这一段：请在 Word 中相应位置加入'),
  );
  const unresolved = replaced.missed.map((m) => updateNote('JX_UPDATE_UNRESOLVED', 0, m.sentence, `在 Word 文档中未能找到“${m.old}”，未改动`));
  return { ...update, review: [...update.review, ...review], unresolved: [...update.unresolved, ...unresolved] };
}

/** The updated Word file with a comment on the words of each claim the new data contradicts. */
async function commentClaims(bytes: Uint8Array, update: UpdateResult, file: string): Promise<Uint8Array> {
  const notes = update.review.filter((r) => r.code === 'JX_UPDATE_CLAIM' && r.claim !== undefined && r.location.offset !== undefined);
  if (notes.length === 0) return bytes;
  const [{ annotateDocx }, { readDocx }] = await Promise.all([import('../review/annotate.js'), import('../read/docx.js')]);
  const text = await readDocx(file, bytes);
  const annotations = notes.map((r) => {
    const at = r.location.offset ?? 0;
    // The claim's place in its sentence, carried over to the sentence's occurrence in the file's text nearest the same offset.
    const within = at - update.markdown.lastIndexOf(r.sentence, at);
    let sentenceOffset = -1;
    for (let i = text.indexOf(r.sentence); i >= 0; i = text.indexOf(r.sentence, i + 1)) {
      if (sentenceOffset < 0 || Math.abs(i - at) < Math.abs(sentenceOffset - at)) sentenceOffset = i;
    }
    return { code: r.code, message: r.message, sentence: r.sentence, sentenceOffset, stated: r.claim ?? '', expected: r.new, location: { offset: sentenceOffset + within } };
  });
  return (await annotateDocx(bytes, annotations, { text, file })).bytes;
}

import path from 'node:path';
import type { Fact } from '../../schemas/fact.js';
import type { FiguresSidecar, SidecarFigure } from '../../schemas/sidecar.js';
import type { RenderedDoc } from '../../schemas/rendered.js';
import { inputError } from '../errors.js';
import { keepEdited, sha256, withOutputLock, writeFiles, type FileToWrite } from '../files.js';
import { recordedFileHash, sidecarPath } from '../read/sidecar.js';

export type OutputFormat = 'md' | 'docx';

export interface WriteOptions {
  readonly format?: OutputFormat | undefined;
  /** The data file the draft came from, recorded in the sidecar. */
  readonly dataFile?: string | undefined;
  /** Facts behind the figures, recorded in the sidecar so `check` and `update` can bind without the data. */
  readonly facts?: readonly Fact[] | undefined;
  /** The draft options, recorded for `update`. */
  readonly draft?: FiguresSidecar['draft'];
  /** The template text behind an updated draft (defaults to the draft itself). */
  readonly template?: FiguresSidecar['template'];
  /** Files written in the same step (a review page): all appear together or none does. */
  readonly with?: readonly FileToWrite[] | undefined;
  /** Bytes to write instead of rendering `doc` (an edited Word file whose runs were changed in place). */
  readonly bytes?: Uint8Array | undefined;
}

export interface WriteResult {
  readonly files: string[];
  /** A copy of the previous output a person had edited, kept before it was replaced. */
  readonly backup?: string | undefined;
}

const CONTEXT = 12;

export function sidecarFigures(markdown: string, figures: RenderedDoc['figures']): SidecarFigure[] {
  return figures.map((f) => ({
    ...f,
    before: markdown.slice(Math.max(0, f.offset - CONTEXT), f.offset),
    after: markdown.slice(f.offset + f.length, f.offset + f.length + CONTEXT),
  }));
}

/** Names a Markdown draft is written to (a name without extension too); Word takes .docx. */
const MARKDOWN_EXTENSIONS = new Set(['', '.md', '.markdown', '.txt']);

/** The format a draft is written in: the one asked for, else the output's extension; another extension is refused. */
export function formatOf(out: string, forced?: OutputFormat): OutputFormat {
  if (forced) return forced;
  const ext = path.extname(out).toLowerCase();
  if (ext === '.docx') return 'docx';
  if (MARKDOWN_EXTENSIONS.has(ext)) return 'md';
  throw inputError(
    'JX_OUTPUT_FORMAT',
    `不知道把 ${path.basename(out)} 写成哪种格式：扩展名应为 .docx（Word）或 .md（Markdown），实际为 ${ext}；或用 --format 指明`,
    { file: out },
  );
}

/**
 * The sidecar of a text: every figure with its context, the facts, and the template text
 * `update` compares with (the text itself unless given).
 */
export function makeSidecar(
  markdown: string,
  figures: RenderedDoc['figures'],
  facts: readonly Fact[],
  extra: { dataFile?: string | undefined; fileSha256?: string | undefined; template?: FiguresSidecar['template']; draft?: FiguresSidecar['draft'] } = {},
): FiguresSidecar {
  return {
    version: 2,
    data: extra.dataFile,
    sha256: sha256(markdown),
    fileSha256: extra.fileSha256 ?? sha256(markdown),
    figures: sidecarFigures(markdown, figures),
    facts: [...facts],
    template: extra.template ?? { markdown, figures: [...figures] },
    draft: extra.draft,
  };
}

/**
 * write: the draft (Markdown or Word) and its figures sidecar, together or not at all, under a lock
 * on the output. A previous output a person edited is copied aside first.
 */
export async function writeReport(doc: RenderedDoc, out: string, options: WriteOptions = {}): Promise<WriteResult> {
  const format = formatOf(out, options.format);
  let content: string | Uint8Array;
  if (options.bytes !== undefined) {
    content = options.bytes;
  } else if (format === 'docx') {
    const { writeDocx } = await import('./docx/index.js');
    content = await writeDocx(doc);
  } else {
    content = doc.markdown;
  }
  const sidecar = makeSidecar(doc.markdown, doc.figures, options.facts ?? [], {
    dataFile: options.dataFile, fileSha256: sha256(content), template: options.template, draft: options.draft,
  });
  return withOutputLock(out, async () => {
    // A sidecar that cannot be read says nothing about whether a person edited the file: keep it aside.
    const backup = await keepEdited(out, await recordedFileHash(out));
    await writeFiles([
      { file: out, content },
      { file: sidecarPath(out), content: `${JSON.stringify(sidecar, null, 2)}\n` },
      ...(options.with ?? []),
    ]);
    return { files: [out, sidecarPath(out)], backup };
  });
}

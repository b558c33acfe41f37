import path from 'node:path';
import { writeAtomic } from '../files.js';
import type { ReviewInput } from '../review/page/index.js';

/** Where each report's review page goes: `out` itself for one report, `<out>-<report>.html` beside it for several. */
export function reviewPagePaths(out: string, files: readonly string[]): string[] {
  if (files.length <= 1) return [out];
  const stem = out.replace(/\.html?$/i, '');
  return files.map((f) => `${stem}-${path.basename(f).replace(/\.[^.]+$/, '')}.html`);
}

/** The review page's HTML, to be written together with the files it goes with (the page module loads only here). */
export async function reviewPageHtml(input: ReviewInput): Promise<string> {
  const { renderReviewHtml } = await import('../review/page/index.js');
  return renderReviewHtml(input);
}

/** Writes the review page of a report already checked. */
export async function writeReviewPage(out: string, input: ReviewInput): Promise<void> {
  await writeAtomic(out, await reviewPageHtml(input));
}

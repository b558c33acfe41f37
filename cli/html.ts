import path from 'node:path';
import type { FileReport } from '../schemas/check-result.js';
import type { Fact } from '../schemas/fact.js';
import { writeAtomic } from '../pipeline/files.js';

export interface HtmlPage {
  readonly text: string;
  readonly format: 'md' | 'txt';
  readonly report: FileReport;
  readonly facts?: readonly Fact[] | undefined;
  readonly changes?: readonly { offset: number; length: number; old: string; new: string; factId?: string }[] | undefined;
}

/** Where each report's page goes: OUT itself for one report, OUT-<name>.html beside it for several. */
export function pagePaths(out: string, files: readonly string[]): string[] {
  if (files.length <= 1) return [out];
  const stem = out.replace(/\.html?$/i, '');
  return files.map((f) => `${stem}-${path.basename(f).replace(/\.[^.]+$/, '')}.html`);
}

/** The page's HTML, to be written with the files it goes with. */
export async function reviewPageHtml(page: HtmlPage): Promise<string> {
  const { renderReviewHtml } = await import('../pipeline/review/page/index.js');
  return renderReviewHtml({ text: page.text, format: page.format, report: page.report, facts: page.facts, changes: page.changes });
}

export async function writeReviewPage(out: string, page: HtmlPage): Promise<void> {
  await writeAtomic(out, await reviewPageHtml(page));
}

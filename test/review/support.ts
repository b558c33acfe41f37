import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { FileReport } from '../../schemas/check-result.js';
import type { Fact } from '../../schemas/fact.js';
import { checkReport } from '../../pipeline/check/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { loadProfile } from '../../pipeline/load/index.js';
import { renderReviewHtml, type ReviewInput } from '../../pipeline/review/page/index.js';
import { CHROMIUM, HAVE_CHROMIUM, MISSING_CHROMIUM, ROOT, SEED, ZHUZHOU } from '../support/paths.js';

export const ARTIFACTS = path.join(ROOT, 'test', 'artifacts', 'html');

const MISSING = `${MISSING_CHROMIUM}：审阅页的浏览器测试需要它。安装：apt-get install -y chromium（或用 JIXIAO_CHROMIUM 指定路径）`;

export async function launchBrowser(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(MISSING);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface Fixture {
  readonly name: string;
  readonly text: string;
  readonly format: 'md' | 'txt';
  readonly report: FileReport;
  readonly facts?: readonly Fact[] | undefined;
}

const profile = () => loadProfile('national', ROOT);

/** The example's draft with one figure retyped: 全年预算 1864.05 → 1846.05 (a mismatch against the data). */
export const WRONG = { good: '全年预算1864.05万元', bad: '全年预算1846.05万元', figure: '1846.05万元', expected: '1864.05万元' };

export async function draftWithOneWrongFigure(): Promise<Fixture> {
  const draft = await draftReport({ data: ZHUZHOU });
  const md = draft.doc.markdown;
  if (!md.includes(WRONG.good)) throw new Error(`draft no longer says ${WRONG.good}: update the test`);
  const text = md.replace(WRONG.good, WRONG.bad);
  const facts = draft.facts.facts;
  const report = checkReport({ file: 'zhuzhou-2024.md', text, format: 'md' }, { facts, profile: await profile() });
  return { name: 'draft-mismatch', text, format: 'md', report, facts };
}

export async function seedWithoutData(file: string = SEED.zhuzhou2024): Promise<Fixture> {
  const text = await readFile(file, 'utf8');
  const format = file.endsWith('.txt') ? 'txt' : 'md';
  const report = checkReport({ file: path.basename(file), text, format }, { profile: await profile() });
  return { name: `seed-${path.basename(file).replace(/\.\w+$/, '')}`, text, format, report };
}

export async function check(name: string, text: string, format: 'md' | 'txt', facts?: readonly Fact[]): Promise<Fixture> {
  const report = checkReport({ file: `${name}.${format}`, text, format }, { facts, profile: await profile() });
  return { name, text, format, report, facts };
}

/** Writes the page into test/artifacts/html/ (kept for people to open) and returns its path. */
export async function writePage(name: string, input: ReviewInput): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.html`);
  await writeFile(file, renderReviewHtml(input));
  return file;
}

export interface OpenPage {
  readonly page: Page;
  /** Every URL the page asked for. */
  readonly requests: string[];
  readonly errors: string[];
}

export async function openPage(browser: Browser, file: string, viewport = { width: 1440, height: 900 }): Promise<OpenPage> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return { page, requests, errors };
}

/** Whether the element's box lies inside the window (not merely in the document). */
export async function inViewport(page: Page, selector: string): Promise<boolean> {
  const box = await page.locator(selector).first().boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.y >= 0 && box.x >= 0 && box.y + box.height <= size.height && box.x + box.width <= size.width;
}

export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  await mkdir(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  return file;
}

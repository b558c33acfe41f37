import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { FileReport } from '../../schemas/check-result.js';
import { renderReviewHtml } from '../../pipeline/review/page/index.js';
import { NEEDS_BROWSER, NEEDS_SEEDS } from '../support/paths.js';
import {
  ARTIFACTS, check, draftWithOneWrongFigure, inViewport, launchBrowser, openPage, screenshot, seedWithoutData, WRONG, writePage,
  type Fixture, type OpenPage,
} from './support.js';

// Browser globals, used only inside page.evaluate callbacks (they run in Chromium): declared here, in this
// module, rather than adding the DOM library to the whole project's type check.
/* eslint-disable @typescript-eslint/no-explicit-any */
declare const document: any;
declare const window: any;
declare function getComputedStyle(element: unknown): any;
declare function requestAnimationFrame(callback: (time: number) => void): number;
declare const performance: { now(): number; getEntriesByType(type: string): any[] };
declare const KeyboardEvent: new (type: string, init: object) => unknown;
type HTMLElement = any;
type HTMLButtonElement = any;
type Element = any;
type PerformanceNavigationTiming = any;

/** The numbers a reviewer must see, straight from the JSON. */
function expectedCounts(report: FileReport) {
  const plain = ['JX_CHECK_MISMATCH', 'JX_CHECK_AMBIGUOUS', 'JX_CHECK_UNVERIFIED'];
  return {
    figures: report.mentions.length,
    matched: report.mentions.filter((m) => m.status === 'bound').length,
    mismatches: report.mentions.filter((m) => m.status === 'mismatch').length,
    rules: report.findings.filter((f) => !plain.includes(f.code)).length,
    ambiguous: report.mentions.filter((m) => m.status === 'ambiguous').length,
    unverified: report.mentions.filter((m) => m.status === 'unbound').length,
  };
}

async function shownCounts(page: Page): Promise<Record<string, number>> {
  return page.$$eval('.summary li', (lis) =>
    Object.fromEntries(lis.map((li) => [(li as HTMLElement).dataset.count ?? '', Number(li.querySelector('.n')?.textContent)])),
  );
}

/** The page's own data: which mark (figure element #m…) each finding points at. */
async function pageData(page: Page): Promise<{ findings: { m: number; r: number[]; cat: string }[]; marks: { s: string; f?: string }[] }> {
  return page.evaluate(() => JSON.parse(document.getElementById('jx-data')?.textContent ?? '{}'));
}

async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

async function expectActivated(page: Page, mark: number) {
  const sel = `#m${mark}`;
  expect(await inViewport(page, sel), `${sel} in the window`).toBe(true);
  expect(await page.locator(sel).getAttribute('class')).toMatch(/\bhl\b/);
  expect(await page.evaluate(() => document.activeElement?.id)).toBe(`m${mark}`);
}

function onlyFileRequests(open: OpenPage) {
  expect(open.requests.length).toBeGreaterThan(0);
  for (const url of open.requests) expect(url.startsWith('file://'), url).toBe(true);
  expect(open.requests).toHaveLength(1);
}

describe('review page in headless Chromium', NEEDS_BROWSER, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe('a checked draft with one figure retyped', () => {
    let fx: Fixture;
    let open: OpenPage;
    beforeAll(async () => {
      fx = await draftWithOneWrongFigure();
      const file = await writePage('draft-mismatch', { text: fx.text, format: fx.format, report: fx.report, facts: fx.facts });
      open = await openPage(browser, file);
    });
    afterAll(async () => {
      await open?.page.context().close();
    });

    it('shows the counts of the JSON', async () => {
      const want = expectedCounts(fx.report);
      expect(want.mismatches).toBe(1);
      expect(await shownCounts(open.page)).toEqual(want);
      expect(await open.page.locator('.f[id]').count()).toBeGreaterThanOrEqual(fx.report.mentions.length);
      expect(open.errors).toEqual([]);
    });

    it('shows the mismatch in red with the expected value beside it', async () => {
      const fig = open.page.locator('.f.s-mismatch', { hasText: WRONG.figure });
      await expect.poll(() => fig.count()).toBe(1);
      expect(await fig.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(253, 227, 224)');
      expect(await fig.evaluate((e) => e.nextElementSibling?.textContent)).toBe(`应为 ${WRONG.expected}`);
    });

    it('clicking a finding scrolls to its figure and highlights it', async () => {
      const { page } = open;
      const data = await pageData(page);
      const k = fx.report.findings.findIndex((f) => f.code === 'JX_CHECK_MISMATCH');
      const mark = data.findings[k]?.m ?? -1;
      expect(mark).toBeGreaterThanOrEqual(0);
      await scrollToBottom(page);
      expect(await inViewport(page, `#m${mark}`)).toBe(false);
      await page.click(`#fi-${k}`);
      await expectActivated(page, mark);
      expect(await page.locator(`#fi-${k}`).getAttribute('aria-current')).toBe('true');
      // The list item says why; no tooltip hides the sentence.
      expect(await page.locator('#tip').isVisible()).toBe(false);
      await screenshot(page, 'draft-mismatch');
    });

    it('by keyboard: Tab into the list, Enter, then n / p', async () => {
      const { page } = open;
      const data = await pageData(page);
      await page.keyboard.press('Escape');
      await scrollToBottom(page);
      await page.focus('#findings-h');
      for (let k = 0; k < 8; k += 1) {
        await page.keyboard.press('Tab');
        if (await page.evaluate(() => document.activeElement?.classList.contains('fi'))) break;
      }
      const id = await page.evaluate(() => document.activeElement?.id ?? '');
      expect(id).toMatch(/^fi-\d+$/);
      const k = Number(id.slice(3));
      // Focus is visible.
      expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe('solid');
      await page.keyboard.press('Enter');
      await expectActivated(page, data.findings[k]?.m ?? -1);

      // n: the next finding shown in the list; p: back.
      const visible = await page.$$eval('#findings li:not([hidden])', (lis) => lis.map((li) => Number((li as HTMLElement).dataset.f)));
      const next = visible[(visible.indexOf(k) + 1) % visible.length] ?? -1;
      await page.keyboard.press('n');
      await expectActivated(page, data.findings[next]?.m ?? -1);
      expect(await page.locator(`#fi-${next}`).getAttribute('aria-current')).toBe('true');
      await page.keyboard.press('p');
      await expectActivated(page, data.findings[k]?.m ?? -1);

      // Space on a list item works as Enter does.
      await scrollToBottom(page);
      await page.focus(`#fi-${next}`);
      await page.keyboard.press(' ');
      await expectActivated(page, data.findings[next]?.m ?? -1);
    });

    it('hovering or focusing a matched figure shows its fact: id, value and source', async () => {
      const { page } = open;
      await page.keyboard.press('Escape');
      const mention = fx.report.mentions.find((m) => m.status === 'bound' && m.text === '3600.00万元');
      if (!mention?.factId) throw new Error('the draft has no bound 3600.00万元');
      const fact = fx.facts?.find((f) => f.id === mention.factId);
      const fig = page.locator('.f.s-bound[id]', { hasText: '3600.00万元' }).first();
      await fig.scrollIntoViewIfNeeded();
      await fig.hover();
      const tip = page.locator('#tip');
      await expect.poll(() => tip.isVisible()).toBe(true);
      const shown = (await tip.textContent()) ?? '';
      expect(shown).toContain(mention.factId);
      expect(shown).toContain('与数据一致');
      expect(shown).toContain(fact?.label ?? '');
      expect(shown).toContain('来源');
      expect(await fig.evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(227, 243, 231)');

      // Keyboard focus shows the same, and the figure is described by the tooltip.
      await page.mouse.move(1, 1);
      const other = page.locator('.f.s-bound[id]', { hasText: '1735.95万元' }).first();
      const otherMention = fx.report.mentions.find((m) => m.status === 'bound' && m.text === '1735.95万元');
      await other.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toContain(otherMention?.factId ?? '?');
      expect(await other.getAttribute('aria-describedby')).toBe('tip');
    });

    it('hovering a figure lights the figures of the relation it takes part in', async () => {
      const { page } = open;
      const data = await pageData(page);
      const rule = data.findings.find((f) => f.cat === 'rule' && f.r.length > 0);
      if (!rule) throw new Error('the checked draft has no rule finding with related figures');
      await page.locator(`#m${rule.r[0]}`).scrollIntoViewIfNeeded();
      await page.hover(`#m${rule.r[0]}`);
      for (const i of [rule.m, ...rule.r]) expect(await page.locator(`#m${i}`).getAttribute('class'), `#m${i}`).toMatch(/\blit\b/);
    });

    it('makes no request but for its own file', () => {
      onlyFileRequests(open);
    });
  });

  describe('an update: old figures struck, new ones shown', () => {
    it('marks the change and jumps to it from the list', async () => {
      const fx = await draftWithOneWrongFigure();
      const m = fx.report.mentions.find((x) => x.status === 'bound' && x.text === '3600.00万元');
      if (!m) throw new Error('no 3600.00万元');
      const file = await writePage('draft-update', {
        text: fx.text, format: 'md', report: fx.report, facts: fx.facts,
        changes: [{ offset: m.offset, length: m.length, old: '3500.00万元', new: m.text, factId: m.factId }],
      });
      const open = await openPage(browser, file);
      const { page } = open;
      expect((await shownCounts(page)).changes).toBe(1);
      const chg = page.locator('article .chg').first();
      expect(await chg.locator('del').textContent()).toBe('3500.00万元');
      expect(await chg.locator('del').evaluate((e) => getComputedStyle(e).textDecorationLine)).toBe('line-through');
      expect(await chg.locator('ins .f').textContent()).toBe('3600.00万元');
      await scrollToBottom(page);
      await page.click('.fi.ci');
      const id = (await chg.locator('ins .f').getAttribute('id')) ?? '';
      expect(await inViewport(page, `#${id}`)).toBe(true);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe(id);
      await screenshot(page, 'draft-update');
      onlyFileRequests(open);
      await page.context().close();
    });
  });

  describe('the 2024 project seed, checked without data', NEEDS_SEEDS, () => {
    let fx: Fixture;
    let open: OpenPage;
    beforeAll(async () => {
      fx = await seedWithoutData();
      const file = await writePage('seed-zhuzhou-2024', { text: fx.text, format: fx.format, report: fx.report });
      open = await openPage(browser, file);
    });
    afterAll(async () => {
      await open?.page.context().close();
    });

    it('shows the counts of the JSON, rule findings in orange', async () => {
      const want = expectedCounts(fx.report);
      expect(want.rules).toBeGreaterThan(0);
      expect(await shownCounts(open.page)).toEqual(want);
      const data = await pageData(open.page);
      for (const f of data.findings.filter((x) => x.cat === 'rule')) {
        expect(await open.page.locator(`#m${f.m}`).getAttribute('class')).toMatch(/\br\b/);
      }
      expect(await open.page.locator('.f.r').first().evaluate((e) => getComputedStyle(e).backgroundColor)).toBe('rgb(255, 233, 209)');
    });

    it('each finding, clicked, brings its figure into the window, highlighted', async () => {
      const { page } = open;
      const data = await pageData(page);
      for (const [k, f] of data.findings.entries()) {
        await scrollToBottom(page);
        await page.click(`#fi-${k}`);
        await expectActivated(page, f.m);
        for (const r of f.r) expect(await page.locator(`#m${r}`).getAttribute('class')).toMatch(/\blit\b/);
      }
      const sum = fx.report.findings.findIndex((f) => f.code === 'JX_CHECK_SUM');
      await page.click(`#fi-${Math.max(0, sum)}`);
      await screenshot(page, 'seed-zhuzhou-2024');
    });

    it('focusing a related figure by keyboard lights its relation', async () => {
      const { page } = open;
      await page.keyboard.press('Escape');
      const data = await pageData(page);
      const rule = data.findings.find((f) => f.r.length > 1);
      if (!rule) throw new Error('no relation with several figures');
      await page.focus(`#m${rule.r[1]}`);
      for (const i of [rule.m, ...rule.r]) expect(await page.locator(`#m${i}`).getAttribute('class')).toMatch(/\blit\b/);
      expect(await page.locator('#tip').textContent()).toContain('所涉关系');
    });

    it('navigates by section from the table of contents', async () => {
      const { page } = open;
      const link = page.locator('#toc a').last();
      const href = (await link.getAttribute('href')) ?? '';
      await page.evaluate(() => window.scrollTo(0, 0));
      await link.click();
      expect(await inViewport(page, href)).toBe(true);
    });

    it('makes no request but for its own file', () => {
      onlyFileRequests(open);
      expect(open.errors).toEqual([]);
    });
  });

  it('shows report text that holds markup as text, and runs none of it', async () => {
    const draft = await draftWithOneWrongFigure();
    const evil = [
      '<script>window.__pwned=1</script>',
      '<img src=x onerror="window.__pwned=2">',
      '</script><script>window.__pwned=3</script>',
      '"><svg onload=window.__pwned=4>',
      '<!-- <a href="https://example.com/">link</a>',
    ].join('');
    const text = draft.text
      .replace('## 一、预算支出概况', `## 一、预算支出概况${evil}`)
      .replace('科技发展专项资金由市级财政预算安排', `科技发展专项资金${evil}由市级财政预算安排`)
      .replace('| 主管部门 |', `| 主管部门${evil} |`);
    const fx = await check('evil', text, 'md', draft.facts);
    const file = await writePage('injection', { text, format: 'md', report: { ...fx.report, file: `${evil}.md` }, title: `审阅${evil}`, facts: fx.facts });
    const open = await openPage(browser, file);
    const { page } = open;
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('article script, article img, article svg, article a, header img, header script').count()).toBe(0);
    const shown = await page.locator('article').innerText();
    expect(shown).toContain('<script>window.__pwned=1</script>');
    expect(shown).toContain('<img src=x onerror="window.__pwned=2">');
    expect(await page.locator('header h1').innerText()).toBe(`审阅${evil}`);
    expect(await page.title()).toBe(`核对：审阅${evil}`);
    expect(await shownCounts(page)).toEqual(expectedCounts(fx.report));
    // Tooltips are built from text too.
    await page.locator('.f[id]').first().hover();
    expect(await page.locator('#tip script, #tip img').count()).toBe(0);
    onlyFileRequests(open);
    expect(open.errors).toEqual([]);
    await page.context().close();
  });

  it('stays smooth on a 50,000-character report: one DOM build, no per-figure listeners', async () => {
    const draft = await draftWithOneWrongFigure();
    const parts: string[] = [];
    while (parts.join('\n\n').length < 50_000) parts.push(draft.text);
    const text = parts.join('\n\n');
    let t = performance.now();
    const fx = await check('large', text, 'md', draft.facts);
    const checkMs = performance.now() - t;
    t = performance.now();
    const html = renderReviewHtml({ text, format: 'md', report: fx.report, facts: fx.facts });
    const renderMs = performance.now() - t;
    const file = await writePage('large', { text, format: 'md', report: fx.report, facts: fx.facts });

    const open = await openPage(browser, file);
    const { page } = open;
    const timing = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
      const review = (window as unknown as { jixiaoReview: { initMs: number; marks: number } }).jixiaoReview;
      return { domInteractive: nav.domInteractive, domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, scriptInit: review.initMs, marks: review.marks };
    });
    // A finding far down the report: click to highlighted, painted.
    const last = fx.report.findings.length - 1;
    await scrollToBottom(page);
    await page.evaluate(() => window.scrollTo(0, 0));
    const jumpMs = await page.evaluate(async (k) => {
      const t0 = performance.now();
      (document.getElementById(`fi-${k}`) as HTMLButtonElement).click();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return performance.now() - t0;
    }, last);
    const stepMs = await page.evaluate(async () => {
      const t0 = performance.now();
      for (let k = 0; k < 20; k += 1) document.dispatchEvent(new KeyboardEvent('keydown', { key: 'n', bubbles: true }));
      await new Promise((r) => requestAnimationFrame(r));
      return (performance.now() - t0) / 20;
    });
    console.log(
      `审阅页 ${text.length} 字符，${fx.report.mentions.length} 个数字，${fx.report.findings.length} 条问题，HTML ${(html.length / 1024).toFixed(0)} KB：` +
        `check ${checkMs.toFixed(0)} ms，renderReviewHtml ${renderMs.toFixed(0)} ms；浏览器 domInteractive ${timing.domInteractive.toFixed(0)} ms，` +
        `DOMContentLoaded ${timing.domContentLoaded.toFixed(0)} ms，load ${timing.load.toFixed(0)} ms，脚本初始化 ${timing.scriptInit.toFixed(1)} ms；` +
        `点击问题到高亮绘制 ${jumpMs.toFixed(1)} ms，n 键每次 ${stepMs.toFixed(1)} ms`,
    );

    expect(text.length).toBeGreaterThanOrEqual(50_000);
    expect(timing.marks).toBeGreaterThanOrEqual(fx.report.mentions.length);
    expect(await shownCounts(page)).toEqual(expectedCounts(fx.report));
    expect(await page.locator('.f[id]').count()).toBe(timing.marks);

    // Listeners live on the document, none on the figures or the list items.
    const cdp = await page.context().newCDPSession(page);
    const listenersOf = async (expression: string) => {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      if (!result.objectId) throw new Error(`no object for ${expression}`);
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.map((l) => l.type);
    };
    expect(await listenersOf('document.getElementById("m0")')).toEqual([]);
    expect(await listenersOf(`document.getElementById("m${timing.marks - 1}")`)).toEqual([]);
    expect(await listenersOf('document.getElementById("fi-0")')).toEqual([]);
    expect(await listenersOf('document')).toEqual(expect.arrayContaining(['click', 'keydown', 'mouseover', 'focusin']));
    onlyFileRequests(open);
    expect(open.errors).toEqual([]);
    await page.context().close();
    expect(ARTIFACTS).toContain('artifacts');
  });

  describe('what a reviewer sees on a department draft with a retyped amount (thousands separators, narrow cells)', () => {
    let open: OpenPage;
    let fx: Fixture;
    beforeAll(async () => {
      const { draftReport } = await import('../../pipeline/jobs/draft.js');
      const { LUSONG } = await import('../support/paths.js');
      const draft = await draftReport({ data: LUSONG });
      if (!draft.doc.markdown.includes('1,451.29万元')) throw new Error('the department draft no longer groups thousands: update the test');
      fx = await check('department-separators', draft.doc.markdown.replace('1,451.29万元', '1,415.29万元'), 'md', draft.facts.facts);
      const file = await writePage(fx.name, { text: fx.text, format: fx.format, report: fx.report, facts: fx.facts });
      open = await openPage(browser, file, { width: 1024, height: 800 });
    });
    afterAll(async () => {
      await open?.page.context().close();
    });

    it('states the expected amount in the style of the text: 应为 1,451.29万元, not 1451.29万元', async () => {
      const mismatch = fx.report.findings.find((f) => f.code === 'JX_CHECK_MISMATCH');
      expect(mismatch?.stated).toBe('1,415.29万元');
      expect(mismatch?.expected).toBe('1,451.29万元');
      const fig = open.page.locator('.f.s-mismatch', { hasText: '1,415.29万元' }).first();
      expect(await fig.evaluate((e) => e.nextElementSibling?.textContent)).toBe('应为 1,451.29万元');
    });

    it('no figure breaks across lines, not even in the narrow cells of the 自评表', async () => {
      const broken = await open.page.$$eval('.paper td .f', (els) =>
        els.filter((e) => (e as Element).getClientRects().length > 1).map((e) => (e as HTMLElement).textContent),
      );
      expect(await open.page.locator('.paper td .f').count()).toBeGreaterThan(50);
      expect(broken).toEqual([]);
      await open.page.locator('.paper table').last().scrollIntoViewIfNeeded();
      await screenshot(open.page, 'department-table-narrow');
    });

    it('the severity badge of a finding stays on one line however long its label and code', async () => {
      const { page } = open;
      // The longest code of the list, in the narrow window the page was opened in.
      const heights = await page.$$eval('#findings li:not([hidden]) .fi .sev', (els) => els.map((e) => {
        const r = (e as Element).getBoundingClientRect();
        return { h: r.height, lh: parseFloat(getComputedStyle(e).lineHeight) || 16, rects: (e as Element).getClientRects().length };
      }));
      expect(heights.length).toBeGreaterThan(3);
      for (const b of heights) {
        expect(b.rects).toBe(1);
        expect(b.h).toBeLessThan(b.lh * 1.6);
      }
      const longest = await page.$$eval('#findings li:not([hidden]) .fi .hd code', (els) => Math.max(...els.map((e) => (e.textContent ?? '').length)));
      expect(longest).toBeGreaterThanOrEqual('JX_CHECK_RATE_SCORE'.length);
      await screenshot(page, 'department-findings-narrow');
    });

    it('a tooltip opened by a click does not stay behind when the page scrolls', async () => {
      const { page } = open;
      const fig = page.locator('.paper p .f.s-bound').nth(5);
      await fig.scrollIntoViewIfNeeded();
      await fig.click();
      await expect.poll(() => page.locator('#tip').isVisible()).toBe(true);
      // Scroll with the wheel, the pointer left where it was.
      await page.mouse.wheel(0, 700);
      await page.waitForTimeout(150);
      const state = await page.evaluate(() => {
        const tip = document.getElementById('tip');
        const active = document.activeElement;
        const t = tip.getBoundingClientRect();
        const f = active?.getBoundingClientRect();
        return { hidden: tip.hidden, tipTop: t.top, tipBottom: t.bottom, figTop: f?.top ?? -1, figBottom: f?.bottom ?? -1, below: tip.classList.contains('below') };
      });
      // Either gone, or still pinned to its own (focused) figure.
      if (!state.hidden) {
        const gap = state.below ? state.tipTop - state.figBottom : state.figTop - state.tipBottom;
        expect(Math.abs(gap)).toBeLessThan(20);
      }
      // Scrolled until its figure has left the window: gone.
      await page.mouse.wheel(0, 3000);
      await page.waitForTimeout(150);
      expect(await page.locator('#tip').isVisible()).toBe(false);
      await screenshot(page, 'department-tip-after-scroll');
    });
  });

  it('a .txt report with a table copied one cell per line: shown as a table, its wrong cell marked in it', async () => {
    const lines = ['某镇卫生院2024年度部门整体支出绩效自评报告', '一、收支情况', '　　事业收入520.15元，主要为医疗服务收入。', '单位：万元', '项目', '2023年决算数', '2024年决算数', '财政拨款收入', '486.20', '512.63', '事业收入', '498.36', '520.15', '收入合计', '984.56', '1,032.78', '二、绩效情况', '　　全年完成门诊38,642人次。'];
    const fx = await check('cell-lines', `${lines.join('\n')}\n`, 'txt');
    const file = await writePage(fx.name, { text: fx.text, format: 'txt', report: fx.report });
    const open = await openPage(browser, file);
    const { page } = open;
    const cells = await page.$$eval('.paper table tr', (rows) => rows.map((r) => [...r.querySelectorAll('td, th')].map((c) => (c.textContent ?? '').trim())));
    // (the marked cell carries its finding's number after the figure)
    expect(cells).toEqual([['项目', '2023年决算数', '2024年决算数'], ['财政拨款收入', '486.20', '512.63'], ['事业收入', '498.36', expect.stringMatching(/^520\.15\d$/u)], ['收入合计', '984.56', '1,032.78']]);
    expect(fx.report.findings.map((f) => f.code)).toContain('JX_CHECK_UNIT');
    expect(open.errors).toEqual([]);
    await screenshot(page, 'cell-lines');
    await page.context().close();
  });

  it('a .txt report written in Markdown: its title without "#", its headings in the table of contents', async () => {
    const md = (await draftWithOneWrongFigure()).text;
    const fx = await check('markdown-as-txt', md, 'txt');
    const file = await writePage(fx.name, { text: fx.text, format: 'txt', report: fx.report });
    const open = await openPage(browser, file);
    const { page } = open;
    const title = (await page.locator('.doc-title').textContent()) ?? '';
    expect(title).toBe('2024年度株洲市财政科技发展专项资金使用绩效自评报告');
    expect(await page.locator('h1').first().textContent()).not.toContain('#');
    const toc = await page.$$eval('#toc li a span', (els) => els.map((e) => e.textContent));
    expect(toc.length).toBeGreaterThan(10);
    expect(toc).toContain('一、预算支出概况');
    expect(await page.locator('.paper').textContent()).not.toMatch(/^#/m);
    expect(open.errors).toEqual([]);
    await screenshot(page, 'markdown-as-txt');
    await page.context().close();
  });
});

import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDocument } from '../../pipeline/check/index.js';
import { loadProfile } from '../../pipeline/index.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { renderReviewHtml, reviewCounts } from '../../pipeline/review/page/index.js';
import { escapeHtml, jsonForScript } from '../../pipeline/review/page/escape.js';
import { NEEDS_SEEDS, SEED } from '../support/paths.js';
import { check, draftWithOneWrongFigure, seedWithoutData, WRONG, type Fixture } from './support.js';

/** The pieces of each figure span, joined by figure (a figure cut by a table cell continues in a second span). */
function figureTexts(html: string): Map<number, string> {
  const out = new Map<number, string>();
  for (const m of html.matchAll(/<span class="f [^"]*" data-i="(\d+)"[^>]*>([^<]*)<\/span>/g)) {
    const i = Number(m[1]);
    out.set(i, (out.get(i) ?? '') + (m[2] ?? ''));
  }
  return out;
}

const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

describe('renderReviewHtml (no browser)', () => {
  let draft: Fixture;
  let html: string;
  beforeAll(async () => {
    draft = await draftWithOneWrongFigure();
    html = renderReviewHtml({ text: draft.text, format: 'md', report: draft.report, facts: draft.facts });
  });

  it('the checked draft has the wrong figure as a mismatch', () => {
    const m = draft.report.mentions.find((x) => x.text === WRONG.figure);
    expect(m).toMatchObject({ status: 'mismatch', expected: WRONG.expected });
  });

  it('wraps every figure of the report, with its exact text, in one element', () => {
    const texts = figureTexts(html);
    const ids = [...html.matchAll(/ id="m(\d+)"/g)].map((m) => Number(m[1]));
    expect(new Set(ids).size).toBe(ids.length);
    const shown = [...texts.values()].map(unescape);
    for (const mention of draft.report.mentions) expect(shown).toContain(mention.text);
    expect(ids.length).toBeGreaterThanOrEqual(draft.report.mentions.length);
    expect(html).not.toContain('未在正文中显示的数字');
  });

  it('shows the FileReport numbers in the summary bar', () => {
    const c = reviewCounts(draft.report);
    const shown = (key: string) => Number(new RegExp(`data-count="${key}"><span class="n">(\\d+)<`).exec(html)?.[1]);
    expect(shown('figures')).toBe(draft.report.coverage.figures);
    expect(shown('matched')).toBe(draft.report.coverage.bound);
    expect(shown('mismatches')).toBe(draft.report.coverage.mismatched);
    expect(shown('unverified')).toBe(draft.report.coverage.unbound);
    expect(shown('ambiguous')).toBe(draft.report.coverage.ambiguous);
    expect(shown('rules')).toBe(c.rules);
    expect(c.rules).toBe(draft.report.findings.filter((f) => !['JX_CHECK_MISMATCH', 'JX_CHECK_AMBIGUOUS', 'JX_CHECK_UNVERIFIED'].includes(f.code)).length);
  });

  it('lists every finding with its code and message', () => {
    for (const [k, f] of draft.report.findings.entries()) {
      const item = new RegExp(`<button type="button" class="fi [^"]*" id="fi-${k}" data-f="${k}">([\\s\\S]*?)</button>`).exec(html)?.[1] ?? '';
      expect(item).toContain(`<code>${f.code}</code>`);
      expect(item).toContain(escapeHtml(f.message));
    }
  });

  it('is self-contained: no URL but in-page anchors, one script of its own, allowed by hash only', () => {
    expect(html).not.toMatch(/\s(?:src|href|action|poster|srcset)\s*=\s*(?!["']?#)/i);
    expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.map((s) => s[1])).toEqual([' type="application/json" id="jx-data"', '']);
    const own = scripts[1]?.[2] ?? '';
    const hash = createHash('sha256').update(own, 'utf8').digest('base64');
    expect(html).toContain(`script-src &#39;sha256-${hash}&#39;`);
    expect(html).toContain("default-src &#39;none&#39;");
  });

  it('uses system fonts only, serif CJK first for the report', () => {
    expect(html).toContain('"Noto Serif CJK SC", "Source Han Serif SC"');
    expect(html).toContain('SimSun, serif');
    expect(html).not.toMatch(/@font-face/);
  });

  it('is deterministic', () => {
    expect(renderReviewHtml({ text: draft.text, format: 'md', report: draft.report, facts: draft.facts })).toBe(html);
  });

  it('is the same page from the outline the check already read (a batch reads each report once)', async () => {
    const profile = await loadProfile('national', PACKAGE_ROOT);
    const { tree } = checkDocument({ file: 'draft.md', text: draft.text, format: 'md' }, { facts: draft.facts, profile });
    expect(renderReviewHtml({ text: draft.text, format: 'md', report: draft.report, facts: draft.facts, tree })).toBe(html);
  });

  it('renders Markdown headings as headings with ids for the table of contents, and GFM tables as tables', () => {
    expect(html).toMatch(/<h2 id="sec-0" tabindex="-1">一、预算支出概况<\/h2>/);
    expect(html).toMatch(/<nav id="toc"[\s\S]*<a href="#sec-0"><span>一、预算支出概况<\/span>/);
    expect(html).toMatch(/<table><tbody><tr><td>项目名称<\/td>/);
    expect(html).not.toContain('|---|');
    expect(html).not.toContain('jixiao:table');
  });

  it('escapes report text, file name and title: nothing in them becomes markup', async () => {
    const evil = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const text = `# 标题${evil}\n\n## 一、概况${evil}\n\n全年预算100万元${evil}。\n\n| 项目${evil} | 100万元 |\n|---|---|\n| a</td></tr></table><script>x</script> | b |\n`;
    const fx = await check('evil', text, 'md');
    const page = renderReviewHtml({ text, format: 'md', report: { ...fx.report, file: `${evil}.md` }, title: `题${evil}` });
    expect(page).not.toContain('<script>alert');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('</td></tr></table><script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&quot;&#39;&amp;');
    expect(page.match(/<script/g)?.length).toBe(2);
    // The data block cannot be closed from inside.
    expect(jsonForScript({ a: '</script><!--' })).toBe('{"a":"\\u003c/script\\u003e\\u003c!--"}');
  });

  it('marks an update: the old figure struck, the new one shown, in the same page', () => {
    const m = draft.report.mentions.find((x) => x.status === 'bound' && x.text === '3600.00万元');
    if (!m) throw new Error('no 3600.00万元 in the draft');
    const page = renderReviewHtml({
      text: draft.text, format: 'md', report: draft.report, facts: draft.facts,
      changes: [{ offset: m.offset, length: m.length, old: '3500.00万元', new: m.text, factId: m.factId }],
    });
    expect(page).toMatch(/<span class="chg" data-c="0"><span class="sr">原为<\/span><del class="old">3500\.00万元<\/del><span class="arrow" aria-hidden="true">→<\/span><span class="sr">现为<\/span><ins class="new"><span class="f s-bound(?: rl)?" data-i="\d+" id="m\d+"[^>]*>3600\.00万元<\/span><\/ins><\/span>/);
    expect(page).toMatch(/data-count="changes"><span class="n">1</);
  });

  it('colours each figure by its status; a finding at no figure still gets a place', () => {
    const text = '全年预算100万元，执行90万元，执行率95%，另有50家，合计7项。';
    const at = (s: string) => text.indexOf(s);
    const mention = (s: string, status: 'bound' | 'mismatch' | 'ambiguous' | 'unbound', extra: object = {}) => ({
      text: s, offset: at(s), length: s.length, line: 1, column: at(s) + 1, section: [], value: s.replace(/\D+$/, ''), unit: '', kind: 'money',
      approx: 'exact' as const, subject: '', inTable: false, status, ...extra,
    });
    const loc = (s: string) => ({ file: 't.md', line: 1, column: at(s) + 1, offset: at(s), length: s.length, section: [] });
    const report = {
      file: 't.md', format: 'md' as const, withData: true,
      coverage: { figures: 4, bound: 1, mismatched: 1, ambiguous: 1, unbound: 1 },
      mentions: [
        mention('100万元', 'bound', { factId: 'budget.total' }),
        mention('90万元', 'mismatch', { factId: 'budget.actual', expected: '99万元' }),
        mention('95%', 'ambiguous', { candidates: ['a', 'b'] }),
        mention('50家', 'unbound'),
      ],
      findings: [
        { code: 'JX_CHECK_MISMATCH' as const, severity: 'error' as const, message: '不符', location: loc('90万元'), sentence: text, sentenceOffset: 0, stated: '90万元', expected: '99万元' },
        { code: 'JX_CHECK_RATE' as const, severity: 'error' as const, message: '执行率不符', location: loc('95%'), sentence: text, sentenceOffset: 0, stated: '95%', expected: '90%',
          related: [{ text: '100万元', line: 1, column: 5, offset: at('100万元'), length: 5 }, { text: '7项', line: 1, column: 1, offset: at('7项'), length: 2 }] },
      ],
    };
    const page = renderReviewHtml({ text, format: 'txt', report });
    expect(page).toMatch(/<span class="f s-bound rl" data-i="0" id="m0"[^>]*>100万元<\/span>/);
    expect(page).toMatch(/<span class="f s-mismatch" data-i="1" id="m1"[^>]*>90万元<\/span><span class="exp">应为 99万元<\/span><span class="fn sev-error" data-f="0"/);
    expect(page).toMatch(/<span class="f s-ambiguous r" data-i="2" id="m2"[^>]*>95%<\/span><span class="fn sev-error" data-f="1"/);
    expect(page).toMatch(/<span class="f s-unbound" data-i="3" id="m3"[^>]*>50家<\/span>/);
    // 7项 is no mention but a related figure of finding 1: it gets its own mark.
    expect(page).toMatch(/<span class="f s-other rl" data-i="4" id="m4"[^>]*>7项<\/span>/);
    const data = JSON.parse(unescape(/<script type="application\/json" id="jx-data">([\s\S]*?)<\/script>/.exec(page)?.[1] ?? '{}')) as { findings: { m: number; r: number[] }[] };
    expect(data.findings).toMatchObject([{ m: 1, r: [] }, { m: 2, r: [0, 4] }]);
    expect(page).toMatch(/data-count="ambiguous"><span class="n">1</);
  });

  it('plain text keeps its lines, its outline headings become headings', NEEDS_SEEDS, async () => {
    const fx = await seedWithoutData(SEED.zhuzhou2022);
    const page = renderReviewHtml({ text: fx.text, format: 'txt', report: fx.report });
    expect(page).toMatch(/<h2 id="sec-0" tabindex="-1">一、部门（单位）基本情况<\/h2>/);
    const lines = fx.text.split('\n').filter((l) => l.trim() !== '').length;
    const article = page.slice(page.indexOf('<article'), page.indexOf('</article>'));
    const blocks = (article.match(/<p class="(?:pl|doc-title)">/g) ?? []).length + (article.match(/<h[2-6] /g) ?? []).length;
    expect(blocks).toBe(lines);
    // A figure broken over lines (PDF text) is shown in pieces, one per line.
    const texts = [...figureTexts(page).values()].map(unescape);
    for (const mention of fx.report.mentions) expect(texts).toContain(mention.text.replace(/\n+/g, ''));
  });

  it('every figure of every seed is shown', NEEDS_SEEDS, async () => {
    for (const file of [SEED.zhuzhou2024, SEED.lusong2023, SEED.zhuzhou2022]) {
      const fx = await seedWithoutData(file);
      const page = renderReviewHtml({ text: fx.text, format: fx.format, report: fx.report });
      const ids = new Set([...page.matchAll(/ id="m(\d+)"/g)].map((m) => Number(m[1])));
      expect(ids.size, file).toBeGreaterThanOrEqual(fx.report.mentions.length);
      expect(page, file).not.toContain('未在正文中显示的数字');
    }
  });
});

describe('the review page of a PDF (its text carries its tables as Markdown)', () => {
  it('lists the outline the checker read, headings after a table too, and shows the tables as tables', async () => {
    const { readReportFile } = await import('../../pipeline/read/index.js');
    const file = `${PACKAGE_ROOT}/test/fixtures/read/staff-kinds.pdf`;
    const { text, format } = await readReportFile(file);
    const profile = await loadProfile('national', PACKAGE_ROOT);
    const { report, tree } = checkDocument({ file, text, format, sourceFormat: 'pdf' }, { profile });
    const html = renderReviewHtml({ text, format, report, tree });
    // (read as Markdown, the lines after the first table ran on as its rows: the contents stopped at （三）人员情况)
    expect(html).toMatch(/<h2 id="sec-\d+" tabindex="-1">三、部门整体支出绩效情况<\/h2>/);
    expect(html).toMatch(/<table>/);
  });
});

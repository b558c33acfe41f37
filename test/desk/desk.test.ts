/**
 * jixiao desk driven in Chromium as an officer would: each flow end to end on the shipped examples
 * (upload, read-back, fix, draft, download, open the review page), the files compared byte for byte
 * with what the CLI writes for the same inputs; plus the token gate, an oversized and a corrupt
 * upload (the server stays up), two flows at once, a cancelled check and the 润色 switch.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { zipSync } from 'fflate';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../review/support.js';
import { jixiao } from '../support/cli.js';
import { rewrite, startFakeOpenAI, type FakeServer } from '../support/fake-openai.js';
import { EXAMPLES, NEEDS_BROWSER, ROOT } from '../support/paths.js';
import { shot, startDesk, type DeskProcess } from './support.js';

declare const document: { body: { dataset: Record<string, string> } };

const Z_XLSX = path.join(EXAMPLES, 'zhuzhou-2024-keji-fund-自评表.xlsx');
const L_DOCX = path.join(EXAMPLES, 'lusong-2023-kegongxin-自评表.docx');
const L_YAML = path.join(EXAMPLES, 'lusong-2023-kegongxin.yaml');

/** What the CLI writes for a filled 自评表: `import`, then `draft -o .docx` and `draft -o .md`. */
function cliDraft(table: string, prior?: string): { dir: string; yaml: string; docx: Buffer; md: Buffer; docxFile: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-cli-'));
  const name = path.basename(table);
  const stem = name.replace(/\.[^.]+$/, '');
  copyFileSync(table, path.join(dir, name));
  const withPrior = prior !== undefined ? ['--prior', prior] : [];
  expect(jixiao(['import', name], { cwd: dir }).code).toBe(0);
  expect(jixiao(['draft', `${stem}.yaml`, ...withPrior, '-o', `${stem}.docx`], { cwd: dir }).code).toBe(0);
  mkdirSync(path.join(dir, 'md'));
  expect(jixiao(['draft', `../${stem}.yaml`, ...withPrior, '-o', `${stem}.md`], { cwd: path.join(dir, 'md') }).code).toBe(0);
  return {
    dir, yaml: path.join(dir, `${stem}.yaml`), docxFile: path.join(dir, `${stem}.docx`),
    docx: readFileSync(path.join(dir, `${stem}.docx`)), md: readFileSync(path.join(dir, 'md', `${stem}.md`)),
  };
}

/** `jixiao draft DATA [--profile P] -o x.docx` and `-o x.md` in a folder of their own: the bytes the desk must give. */
function cliDraftData(data: string, extra: readonly string[] = []): { docx: Buffer; md: Buffer; stderr: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-cli-'));
  const docx = jixiao(['draft', data, ...extra, '-o', path.join(dir, 'x.docx')], { cwd: dir });
  expect(docx.code, docx.stderr).toBe(0);
  expect(jixiao(['draft', data, ...extra, '-o', path.join(dir, 'x.md')], { cwd: dir }).code).toBe(0);
  return { docx: readFileSync(path.join(dir, 'x.docx')), md: readFileSync(path.join(dir, 'x.md')), stderr: docx.stderr };
}

/** Waits until the element's text contains `text` (a busy machine may take seconds to answer; poll's 1 s default is too short). */
async function textIn(page: Page, selector: string, text: string): Promise<void> {
  await expect.poll(async () => (await page.locator(selector).textContent()) ?? '', { timeout: 15_000 }).toContain(text);
}

async function open(context: BrowserContext, desk: DeskProcess): Promise<{ page: Page; errors: string[]; requests: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(desk.url);
  await page.waitForFunction(() => document.body.dataset['ready'] === 'true');
  return { page, errors, requests };
}

async function download(page: Page, selector: string): Promise<{ name: string; bytes: Buffer }> {
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const file = await dl.path();
  return { name: dl.suggestedFilename(), bytes: readFileSync(file) };
}

/** The write flow up to the downloads: upload, read back, draft. */
async function writeFlow(page: Page, table: string, prior?: string): Promise<void> {
  await page.setInputFiles('#write-form input[name="table"]', table);
  if (prior !== undefined) await page.setInputFiles('#write-form input[name="prior"]', prior);
  await page.click('#write-form button[type="submit"]');
  await page.waitForSelector('#write-values tbody tr');
  await page.click('#draft-form button[type="submit"]');
  await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
}

describe('jixiao desk in Chromium', NEEDS_BROWSER, () => {
  let browser: Browser;
  let desk: DeskProcess;
  let zhuzhou: ReturnType<typeof cliDraft>;
  beforeAll(async () => {
    [browser, desk] = await Promise.all([launchBrowser(), startDesk()]);
    zhuzhou = cliDraft(Z_XLSX);
  });
  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  });

  it('starts on 127.0.0.1 and prints the address with its token', () => {
    expect(desk.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{32}$/);
    expect(desk.stdout()).toContain('jixiao desk 已启动');
  });

  it('refuses a request without the token, or with a wrong one', async () => {
    const bare = await fetch(`${desk.base}/`);
    expect(bare.status).toBe(403);
    expect(await bare.text()).toContain('[JX_DESK_TOKEN]');
    // Change the last character to one it is not (a token ending in 'x' once made this the right token).
    const wrongToken = `${desk.token.slice(0, -1)}${desk.token.endsWith('x') ? 'y' : 'x'}`;
    const wrong = await fetch(`${desk.base}/api/config`, { headers: { 'x-jixiao-token': wrongToken } });
    expect(wrong.status).toBe(403);
    expect(((await wrong.json()) as { error: { codes: string[] } }).error.codes).toEqual(['JX_DESK_TOKEN']);
    const upload = await fetch(`${desk.base}/api/write`, { method: 'POST', body: new FormData() });
    expect(upload.status).toBe(403);
    const right = await fetch(`${desk.base}/api/config`, { headers: { 'x-jixiao-token': desk.token } });
    expect(right.status).toBe(200);
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${desk.base}/`);
    expect(await page.textContent('body')).toContain('已拒绝');
    await context.close();
  });

  it('write: a filled 自评表 → what was read, a value fixed in the form, the draft downloaded as the CLI writes it', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const { page, errors, requests } = await open(context, desk);
    await page.setInputFiles('#write-form input[name="table"]', Z_XLSX);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-values tbody tr');

    // Every value with the cell it came from, as many as the CLI's import writes.
    const placed = /写入 (\d+) 个值/.exec(jixiao(['import', Z_XLSX, '-o', path.join(zhuzhou.dir, 'again.yaml')]).stdout)?.[1];
    expect(await page.textContent('#write-summary')).toContain(`写入 ${placed} 个值`);
    const total = page.locator('#write-values tr[data-path="budget.total"]');
    expect(await total.locator('td.value').textContent()).toBe('1864.05');
    expect(await total.locator('td.src').textContent()).toBe('自评表!E5');
    expect(await page.textContent('#write-problems')).toContain('数据可以起草');
    await shot(page, 'write-1-read');

    // A value fixed in the form generated from the schema: a wrong one gets the CLI's message, then it is put right.
    await page.click('#write-values tr[data-path="budget.initial"] button');
    const field = page.locator('#write-edit input[data-path="budget.initial"]');
    expect(await page.locator('#write-edit input[data-path="budget.total"]').inputValue()).toBe('1864.05');
    expect(await page.textContent('#write-edit')).toContain('年初预算');
    await field.fill('三千六百');
    await page.click('#write-edit button[type="submit"]');
    await page.waitForSelector('#write-problems .problems');
    const problem = await page.textContent('#write-problems .problems');
    expect(problem).toMatch(/错误 \[JX_DATA_\w+\]/);
    expect(problem).toContain('budget.initial');
    await shot(page, 'write-2-invalid');
    await page.click('#write-values tr[data-path="budget.initial"] button');
    await page.locator('#write-edit input[data-path="budget.initial"]').fill('3600');
    await page.click('#write-edit button[type="submit"]');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#write-problems')?.textContent.includes('数据可以起草') ?? false);
    expect(await page.locator('#write-values tr[data-path="budget.initial"] td.src').textContent()).toBe('自评表!D5');

    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
    expect(await page.textContent('#draft-summary')).toMatch(/已生成 .+\.docx：数字 \d+ 处/);
    expect(await page.textContent('#draft-problems')).toContain('JX_FACT_SCORE_RULE');
    const docx = await download(page, '#dl-docx');
    expect(docx.name).toBe('zhuzhou-2024-keji-fund-自评表.docx');
    expect(docx.bytes.equals(zhuzhou.docx)).toBe(true);
    const md = await download(page, '#dl-md');
    expect(md.bytes.equals(zhuzhou.md)).toBe(true);
    // The review page beside it: the draft, every figure checked.
    const frame = page.frameLocator('#write-page');
    await expect.poll(() => frame.locator('.summary').count()).toBeGreaterThan(0);
    expect(await frame.locator('.f[id]').count()).toBeGreaterThan(100);
    await page.locator('#draft-result').scrollIntoViewIfNeeded();
    await shot(page, 'write-3-drafted', false);
    // Nothing from outside.
    for (const url of requests) expect(url.startsWith(desk.base), url).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('write: the kind chosen in a list, with what the change means; the draft as the CLI writes that data', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const { page, errors } = await open(context, desk);
    // A department's data file: switched to a project report, the parts only a department has are named and refused.
    await page.setInputFiles('#write-form input[name="table"]', L_YAML);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-values tbody tr');
    const options = await page.locator('#kind-select option').allTextContents();
    expect(options).toEqual(['项目支出绩效自评报告', '部门（单位）整体支出绩效自评报告']);
    expect(await page.inputValue('#kind-select')).toBe('department');
    expect(await page.textContent('#draft-uses')).toContain('部门整体支出绩效评价维度');
    await page.selectOption('#kind-select', 'project');
    await textIn(page, '#kind-note', '改为“项目支出绩效自评报告”');
    const note = (await page.textContent('#kind-note')) ?? '';
    for (const key of ['basicExpense', 'threePublic', 'expenseControl']) expect(note).toContain(`（${key}）`);
    expect(note).toContain('基本支出（basicExpense）');
    // The same messages as `draft` gives for that file, and no draft until they are dealt with.
    const asProject = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-desk-kind-')), path.basename(L_YAML));
    writeFileSync(asProject, readFileSync(L_YAML, 'utf8').replace(/^kind: department/m, 'kind: project'));
    const cli = jixiao(['draft', asProject, '-o', path.join(path.dirname(asProject), 'x.docx')]);
    expect(cli.code).toBe(2);
    const cliLines = cli.stderr.split('\n').filter((l) => l.includes('[JX_DATA_UNKNOWN_KEY]'));
    expect(cliLines.length).toBe(3);
    const problems = (await page.textContent('#write-problems')) ?? '';
    for (const l of cliLines) expect(problems).toContain(l.replace(`${path.dirname(asProject)}/`, ''));
    expect(await page.isDisabled('#draft-form button[type="submit"]')).toBe(true);
    expect(await page.locator('#write-values tr.bad[data-path^="basicExpense"]').count()).toBeGreaterThan(0);
    expect(await page.textContent('#write-values tr[data-path="kind"] td.value')).toBe('项目支出绩效自评报告');
    await shot(page, 'write-kind-refused');
    // Back to a department report: the draft is the CLI's for the original file, byte for byte.
    await page.selectOption('#kind-select', 'department');
    await textIn(page, '#write-problems', '数据可以起草');
    expect(await page.textContent('#kind-note')).toContain('另有这些部分');
    const lusong = cliDraftData(L_YAML);
    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
    expect((await download(page, '#dl-docx')).bytes.equals(lusong.docx)).toBe(true);

    // A project's 自评表 drafted as a department report: the CLI's draft of the same data with kind: department.
    await page.setInputFiles('#write-form input[name="table"]', Z_XLSX);
    await page.click('#write-form button[type="submit"]');
    await textIn(page, '#write-summary', '已读入 自评表');
    expect(await page.inputValue('#kind-select')).toBe('project');
    expect(await page.isHidden('#kind-note')).toBe(true);
    await page.selectOption('#kind-select', 'department');
    await textIn(page, '#draft-uses', '部门整体支出绩效评价维度');
    expect(await page.textContent('#kind-note')).toContain('基本支出（basicExpense）');
    expect(await page.textContent('#write-problems')).toContain('数据可以起草');
    await shot(page, 'write-kind-department');
    const asDepartment = path.join(mkdtempSync(path.join(tmpdir(), 'jixiao-desk-kind-')), 'data.yaml');
    writeFileSync(asDepartment, readFileSync(zhuzhou.yaml, 'utf8').replace(/^kind: project/m, 'kind: department'));
    const cliDepartment = cliDraftData(asDepartment);
    expect(cliDepartment.docx.equals(zhuzhou.docx)).toBe(false);
    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
    expect((await download(page, '#dl-docx')).bytes.equals(cliDepartment.docx)).toBe(true);
    expect((await download(page, '#dl-md')).bytes.equals(cliDepartment.md)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('write: a scoring profile chosen or uploaded; an invalid one gets the CLI\'s message and the server stays up', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-profile-'));
    // A province's rules: scores to one decimal, 优 from 95.
    const own = path.join(dir, '省评分规则.yaml');
    writeFileSync(own, readFileSync(path.join(ROOT, 'profiles', 'national.yaml'), 'utf8')
      .replace(/^id: national$/m, 'id: province').replace(/^name: .*$/m, 'name: 某省评分规则')
      .replace(/^scorePrecision: 2$/m, 'scorePrecision: 1').replace('min: "90", grade: 优', 'min: "95", grade: 优'));
    expect(readFileSync(own, 'utf8')).toContain('scorePrecision: 1');
    const bad = path.join(dir, '坏规则.yaml');
    writeFileSync(bad, 'id: bad\nname: 坏规则\nbudgetRate:\n  method: 按比例\n');

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const { page, errors } = await open(context, desk);
    await page.setInputFiles('#write-form input[name="table"]', Z_XLSX);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-values tbody tr');
    // The built-in profiles by name, the data's own first.
    const choices = await page.locator('#profile-select option').allTextContents();
    const national = ((await (await fetch(`${desk.base}/api/profiles`, { headers: { 'x-jixiao-token': desk.token } })).json()) as { builtin: { id: string; name: string }[] }).builtin.find((p) => p.id === 'national')?.name;
    expect(national).toMatch(/^财预〔2020〕10号/);
    expect(choices[0]).toBe(`按数据文件：${national}`);
    expect(choices).toContain(`${national}（内置：national）`);
    expect(choices.at(-1)).toBe('上传评分规则文件（.yaml）…');

    // A built-in one chosen by name: `draft --profile national`.
    await page.selectOption('#profile-select', 'national');
    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
    expect((await download(page, '#dl-docx')).bytes.equals(cliDraftData(zhuzhou.yaml, ['--profile', 'national']).docx)).toBe(true);

    // An invalid file: the messages `draft --profile 坏规则.yaml` prints (file, line, field), and nothing drafted with it.
    await page.selectOption('#profile-select', ':upload');
    expect(await page.isVisible('#profile-upload input[type="file"]')).toBe(true);
    await page.setInputFiles('#profile-upload input[type="file"]', bad);
    await page.waitForSelector('#profile-result .error-box');
    const cli = jixiao(['draft', zhuzhou.yaml, '--profile', bad, '-o', path.join(dir, 'x.docx')]);
    expect(cli.code).toBe(2);
    const cliLines = cli.stderr.split('\n').filter((l) => /错误 \[JX_/.test(l));
    expect(cliLines.join('\n')).toContain('坏规则.yaml:4:3: 错误 [JX_DATA_INVALID] budgetRate.method');
    const shown = (await page.textContent('#profile-result .error-box')) ?? '';
    expect(shown.split('\n')).toEqual(cliLines.map((l) => l.replace(`${dir}/`, '')));
    await shot(page, 'write-profile-invalid');
    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-problems .error-box');
    expect(await page.textContent('#draft-problems .error-box')).toContain('[JX_DESK_PROFILE]');
    expect(desk.child.exitCode).toBe(null);

    // A valid one: the draft `jixiao draft --profile 省评分规则.yaml` writes, not the default one.
    await page.setInputFiles('#profile-upload input[type="file"]', own);
    await textIn(page, '#profile-result', '已读入评分规则“某省评分规则”（省评分规则.yaml）');
    const withOwn = cliDraftData(zhuzhou.yaml, ['--profile', own]);
    expect(withOwn.docx.equals(zhuzhou.docx)).toBe(false);
    expect(withOwn.stderr).toContain('应为 4.8 分');
    await page.click('#draft-form button[type="submit"]');
    await page.waitForSelector('#draft-result:not([hidden]) .downloads:not([hidden]) #dl-docx[href]');
    expect(await page.textContent('#draft-summary')).toContain('得分按“某省评分规则”核算');
    expect(await page.textContent('#draft-problems')).toContain('按“某省评分规则”');
    expect(await page.textContent('#draft-problems')).toContain('应为 4.8 分');
    expect((await download(page, '#dl-docx')).bytes.equals(withOwn.docx)).toBe(true);
    expect((await download(page, '#dl-md')).bytes.equals(withOwn.md)).toBe(true);
    await page.locator('#draft-form').scrollIntoViewIfNeeded();
    await shot(page, 'write-profile-uploaded', false);
    // A path in place of a choice is refused: the draft reads only built-in ids or the upload.
    const job = (await page.getAttribute('#dl-docx', 'href'))?.split('/')[3];
    const sneaky = await fetch(`${desk.base}/api/jobs/${job}/draft`, { method: 'POST', headers: { 'x-jixiao-token': desk.token, 'content-type': 'application/json' }, body: JSON.stringify({ profile: own }) });
    expect(sneaky.status).toBe(400);
    expect(((await sneaky.json()) as { error: { codes: string[] } }).error.codes).toEqual(['JX_DESK_PROFILE']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('update: the edited draft and new data → the change list and the file the CLI writes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-update-'));
    const edited = path.join(dir, '编辑稿.docx');
    copyFileSync(zhuzhou.docxFile, edited);
    const newData = path.join(dir, 'new.yaml');
    writeFileSync(newData, readFileSync(zhuzhou.yaml, 'utf8').replace(/^ {2}actual: 1864\.05 #/m, '  actual: 1800.05 #'));
    expect(readFileSync(newData, 'utf8')).toContain('actual: 1800.05');
    const cli = jixiao(['update', edited, '--data', newData, '--old-data', zhuzhou.yaml, '-o', path.join(dir, 'cli.docx')], { cwd: dir });
    expect(cli.code).toBe(0);

    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const { page, errors } = await open(context, desk);
    await page.click('#tab-update');
    await page.setInputFiles('#update-form input[name="draft"]', edited);
    await page.setInputFiles('#update-form input[name="data"]', newData);
    await page.setInputFiles('#update-form input[name="old"]', zhuzhou.yaml);
    await page.click('#update-form button[type="submit"]');
    await page.waitForSelector('#update-changes tbody tr');
    expect(await page.textContent('#update-summary')).toBe(cli.stdout.split('\n')[0]?.replace(path.join(dir, 'cli.docx'), '编辑稿.updated.docx'));
    expect(await page.textContent('#update-changes')).toContain('实际支出1800.05万元');
    // What changed is marked in each sentence, not the whole sentence.
    const marked = await page.locator('#update-changes tbody tr:first-child td.new ins').allTextContents();
    expect(marked.length).toBeGreaterThan(0);
    expect(await page.textContent('#update-changes tbody tr:first-child td.new')).toContain('安排预算3600.00万元');
    expect(marked.join('')).not.toContain('安排预算3600.00万元');
    const updated = await download(page, '#dl-updated');
    expect(updated.name).toBe('编辑稿.updated.docx');
    expect(updated.bytes.equals(readFileSync(path.join(dir, 'cli.docx')))).toBe(true);
    await expect.poll(() => page.frameLocator('#update-page').locator('.f[id]').count()).toBeGreaterThan(100);
    await shot(page, 'update', false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('check: reports and a .zip → the overview, each row opening its review page, the summary the CLI writes', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-check-'));
    const zip = path.join(dir, '报告.zip');
    // Besides reports: a program, a report still in .doc (a row saying to save it as .docx), and what
    // a Mac and Word leave in a zipped folder (not rows).
    writeFileSync(zip, zipSync({
      '科技局/草稿.md': new Uint8Array(zhuzhou.md), '../../越界.md': new Uint8Array(zhuzhou.md), 'readme.exe': new Uint8Array([1, 2]),
      '科技局/旧报告.doc': new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), '__MACOSX/科技局/._草稿.md': new Uint8Array(8), '科技局/~$稿.docx': new Uint8Array(8),
    }));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const { page, errors } = await open(context, desk);
    await page.click('#tab-check');
    await page.setInputFiles('#check-form input[name="reports"]', [zhuzhou.docxFile, zip]);
    await page.setInputFiles('#check-form input[name="data"]', zhuzhou.yaml);
    await page.click('#check-form button[type="submit"]');
    await page.waitForSelector('#dl-summary');
    const rows = page.locator('#check-rows tbody tr');
    expect(await rows.count()).toBe(4);
    // The zip's names flattened into the job's folder (nothing outside it), read as `check 报告/` reads a folder.
    expect(await page.locator('#check-rows tbody td:first-child').allTextContents()).toEqual(['报告/zhuzhou-2024-keji-fund-自评表.docx', '报告/旧报告.doc', '报告/草稿.md', '报告/越界.md']);
    expect(await rows.nth(1).textContent()).toContain('另存为');

    // The CLI on the same files laid out the same way, with the same overview options.
    mkdirSync(path.join(dir, '报告'));
    copyFileSync(zhuzhou.docxFile, path.join(dir, '报告', path.basename(zhuzhou.docxFile)));
    writeFileSync(path.join(dir, '报告', '草稿.md'), zhuzhou.md);
    writeFileSync(path.join(dir, '报告', '越界.md'), zhuzhou.md);
    writeFileSync(path.join(dir, '报告', '旧报告.doc'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
    copyFileSync(zhuzhou.yaml, path.join(dir, 'data.yaml'));
    const cli = jixiao(['check', '报告', '--data', 'data.yaml', '--html-dir', '审阅页', '--summary', '汇总.xlsx', '--format', 'json'], { cwd: dir });
    const result = JSON.parse(cli.stdout) as { files: { coverage: { figures: number; bound: number } }[] };
    const headers = await page.locator('#check-rows thead th').allTextContents();
    expect(await rows.nth(0).locator('td').nth(headers.indexOf('数字')).textContent()).toBe(String(result.files[0]?.coverage.figures));
    expect(await rows.nth(0).locator('td').nth(headers.indexOf('与数据一致')).textContent()).toBe(String(result.files[0]?.coverage.bound));
    const summary = await download(page, '#dl-summary');
    expect(summary.name).toBe('汇总.xlsx');
    expect(summary.bytes.equals(readFileSync(path.join(dir, '汇总.xlsx')))).toBe(true);
    await shot(page, 'check-overview');

    const [review] = await Promise.all([context.waitForEvent('page'), rows.nth(2).locator('a').click()]);
    await review.waitForLoadState();
    expect(await review.locator('.f[id]').count()).toBeGreaterThan(100);
    await shot(review, 'check-review-page', false);
    // The overview page, its links to each review page working as served.
    const [overview] = await Promise.all([context.waitForEvent('page'), page.click('#open-overview')]);
    await overview.waitForLoadState();
    expect(await overview.textContent('body')).toContain('越界.md');
    await shot(overview, 'check-index', false);
    await overview.click('tbody a >> nth=2');
    await overview.waitForLoadState();
    expect(await overview.locator('.f[id]').count()).toBeGreaterThan(100);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('check: a long run shows progress and can be cancelled', async () => {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 60; i++) files[`r${String(i).padStart(2, '0')}.md`] = new Uint8Array(zhuzhou.md);
    const form = new FormData();
    form.append('reports', new File([zipSync(files)], '多份.zip'));
    const headers = { 'x-jixiao-token': desk.token };
    const started = (await (await fetch(`${desk.base}/api/check`, { method: 'POST', body: form, headers })).json()) as { job: string; total: number };
    expect(started.total).toBe(60);
    await fetch(`${desk.base}/api/jobs/${started.job}/cancel`, { method: 'POST', headers });
    let state: { status: string; rows: unknown[] } = { status: 'running', rows: [] };
    for (let k = 0; k < 200 && state.status === 'running'; k++) {
      await new Promise((r) => setTimeout(r, 100));
      state = (await (await fetch(`${desk.base}/api/jobs/${started.job}`, { headers })).json()) as typeof state;
    }
    expect(state.status).toBe('cancelled');
    expect(state.rows.length).toBeLessThan(60);
  });

  it('two flows at once do not mix their files', async () => {
    // One of them with last year's report: its standing prose carried, as `draft --prior` does.
    const prior = path.join(ROOT, 'corpus', 'lusong-2022-kegongxin.md');
    const lusong = cliDraft(L_DOCX, prior);
    const [a, b] = await Promise.all([browser.newContext(), browser.newContext()]);
    const [pa, pb] = await Promise.all([open(a, desk), open(b, desk)]);
    await Promise.all([writeFlow(pa.page, Z_XLSX), writeFlow(pb.page, L_DOCX, prior)]);
    expect(await pb.page.textContent('#write-summary')).toContain('上年报告：lusong-2022-kegongxin.md');
    const [da, db] = await Promise.all([download(pa.page, '#dl-docx'), download(pb.page, '#dl-docx')]);
    expect(da.bytes.equals(zhuzhou.docx)).toBe(true);
    expect(db.bytes.equals(lusong.docx)).toBe(true);
    expect(await pa.page.getAttribute('#dl-docx', 'href')).not.toBe(await pb.page.getAttribute('#dl-docx', 'href'));
    await shot(pb.page, 'write-docx-table', false);
    await Promise.all([a.close(), b.close()]);
  });
});

describe('jixiao desk: bad uploads', NEEDS_BROWSER, () => {
  let browser: Browser;
  let desk: DeskProcess;
  beforeAll(async () => {
    [browser, desk] = await Promise.all([launchBrowser(), startDesk(['--max-upload', '0.1'])]);
  });
  afterAll(async () => {
    await browser?.close();
    await desk?.stop();
  });

  it('an oversized or corrupt upload gives the Chinese error, and the server stays up', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-desk-bad-'));
    const big = path.join(dir, '很大的表.xlsx');
    writeFileSync(big, Buffer.alloc(300 * 1024, 7));
    const corrupt = path.join(dir, '坏表.xlsx');
    writeFileSync(corrupt, Buffer.from('这不是 Excel 文件'));
    const context = await browser.newContext();
    const { page } = await open(context, desk);
    expect(await page.textContent('#write-form .max-upload')).toBe('0.1 MB');

    await page.setInputFiles('#write-form input[name="table"]', big);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-problems .error-box');
    expect(await page.textContent('#write-problems .error-box')).toContain('错误 [JX_DESK_UPLOAD_TOO_LARGE] 上传的文件太大：一次最多 0.1 MB');
    await shot(page, 'upload-too-large');

    await page.setInputFiles('#write-form input[name="table"]', corrupt);
    await page.click('#write-form button[type="submit"]');
    await page.waitForFunction(() => (globalThis as unknown as { document: { querySelector(s: string): { textContent: string } | null } }).document.querySelector('#write-problems .error-box')?.textContent.includes('坏表.xlsx') ?? false);
    const message = await page.textContent('#write-problems .error-box');
    expect(message).toMatch(/错误 \[JX_(READ|IMPORT)_\w+\]/);
    expect(message).not.toMatch(/at \w+ \(|node_modules/);
    await shot(page, 'upload-corrupt');

    // Still up: the next upload is read.
    await page.setInputFiles('#write-form input[name="table"]', Z_XLSX);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-values tbody tr');
    expect(desk.child.exitCode).toBe(null);
    await context.close();
  });

  it('a step that breaks is that job\'s error, and the server goes on', async () => {
    const headers = { 'x-jixiao-token': desk.token };
    const form = new FormData();
    form.append('table', new File([readFileSync(Z_XLSX)], path.basename(Z_XLSX)));
    const { job } = (await (await fetch(`${desk.base}/api/write`, { method: 'POST', body: form, headers })).json()) as { job: string };
    const broken = await fetch(`${desk.base}/api/jobs/${job}/values`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{不是 JSON' });
    expect(broken.status).toBe(500);
    expect(((await broken.json()) as { error: { codes: string[] } }).error.codes).toEqual(['JX_INTERNAL']);
    // A file the job has not written yet: that job's error page, in Chinese.
    const missing = await fetch(`${desk.base}/api/jobs/${job}/files/docx`, { headers });
    expect(missing.status).toBe(400);
    expect(await missing.text()).toContain('这一步没有完成');
    const draft = await fetch(`${desk.base}/api/jobs/${job}/draft`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{}' });
    expect(draft.status).toBe(200);
    expect(desk.child.exitCode).toBe(null);
  });
});

describe('jixiao desk: 润色 with a model', NEEDS_BROWSER, () => {
  let browser: Browser;
  let desk: DeskProcess;
  let server: FakeServer;
  let release: () => void = () => {};
  beforeAll(async () => {
    // The model is asked a paragraph at a time: the first request rejected once then accepted; the
    // paragraph of the second request never acceptable: it falls back to the template text. Every
    // paragraph but the first waits until the test has seen the first one finish in the page.
    const gate = new Promise<void>((resolve) => (release = resolve));
    let first: string | undefined;
    let hopeless: string | undefined;
    server = await startFakeOpenAI(async (req) => {
      if (req.index === 0) first = req.draft;
      if (req.index === 1) hopeless = req.draft;
      if (req.draft !== first) await gate;
      return req.index === 0 || req.draft === hopeless ? { kind: 'answer', text: '一段没有数字的话。' } : { kind: 'answer', text: rewrite(req.draft) };
    });
    [browser, desk] = await Promise.all([
      launchBrowser(),
      startDesk(['--model', 'fake-model', '--base-url', server.baseURL], { OPENAI_API_KEY: 'test-key' }),
    ]);
  });
  afterAll(async () => {
    release();
    await browser?.close();
    await desk?.stop();
    await server?.close();
  });

  it('drafts with the model, showing each paragraph and which fell back', async () => {
    const context = await browser.newContext({ viewport: { width: 1600, height: 1000 } });
    const { page, errors } = await open(context, desk);
    await page.setInputFiles('#write-form input[name="table"]', Z_XLSX);
    await page.click('#write-form button[type="submit"]');
    await page.waitForSelector('#write-values tbody tr');
    expect(await page.isVisible('#llm-switch')).toBe(true);
    await page.check('#draft-form input[name="llm"]');
    await page.click('#draft-form button[type="submit"]');
    // Live: the first paragraph shown done (after its rejection) while the others still wait for the model.
    await textIn(page, '#draft-progress', '完成，共 2 次');
    expect(await page.textContent('#draft-progress')).toMatch(/第 1 次未通过：/);
    expect(await page.textContent('#draft-count')).toMatch(/^润色：1\/\d+ 段已完成$/);
    expect(await page.isHidden('#draft-result')).toBe(true);
    await shot(page, 'write-llm-progress', false);
    release();
    await page.waitForSelector('#draft-result:not([hidden]) #dl-docx[href]');
    expect(server.requests.length).toBeGreaterThan(0);
    const prose = await page.textContent('#draft-prose');
    const [, taken, all] = /润色：(\d+)\/(\d+) 段采用模型文字/.exec(prose ?? '') ?? [];
    expect(Number(taken)).toBe(Number(all) - 1);
    expect(prose).toMatch(/：改用模板原文（.+）/);
    // Progress part by part, the rejections with their reasons.
    expect(await page.textContent('#draft-progress')).toMatch(/第 1 次未通过：/);
    expect(await page.locator('#draft-prose li').count()).toBeGreaterThan(1);
    await page.locator('#draft-result').scrollIntoViewIfNeeded();
    await shot(page, 'write-llm', false);
    expect(errors).toEqual([]);
    await context.close();
  });
});

import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jixiao } from '../support/cli.js';
import { LUSONG, ROOT, ZHUZHOU } from '../support/paths.js';

const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-cli-'));

describe('jixiao draft', () => {
  it('writes the Markdown draft and its figures sidecar, and lists the data\'s contradictions', () => {
    const out = path.join(tmp, 'zhuzhou.md');
    const run = jixiao(['draft', ZHUZHOU, '--prior', path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'), '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^已生成 .*zhuzhou\.md、.*zhuzhou\.figures\.json：数字 \d+ 处/);
    expect(run.stderr).toContain('[JX_FACT_SUM] 各项目支出之和与全年执行数不符');
    expect(run.stderr).toMatch(/zhuzhou-2024-keji-fund\.yaml:\d+:\d+: 警告/);
    const md = readFileSync(out, 'utf8');
    const sidecar = JSON.parse(readFileSync(path.join(tmp, 'zhuzhou.figures.json'), 'utf8')) as { figures: { offset: number; length: number; text: string; factId: string }[] };
    expect(sidecar.figures.length).toBeGreaterThan(200);
    for (const f of sidecar.figures) expect(md.slice(f.offset, f.offset + f.length)).toBe(f.text);
    expect(md).toContain('〔待核：本节沿用上年报告');
  });

  it('writes Word when the output ends in .docx', () => {
    const out = path.join(tmp, 'lusong.docx');
    const run = jixiao(['draft', LUSONG, '-o', out]);
    expect(run.code).toBe(0);
    expect(readFileSync(out).subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
  });

  it('a broken data file: file, line and field path; exit 2; no output file', () => {
    const bad = path.join(tmp, 'bad.yaml');
    writeFileSync(bad, readFileSync(LUSONG, 'utf8').replace(/^(\s+)actual: 1451\.29$/m, '$1actual: 一千四百'));
    const out = path.join(tmp, 'bad-out.md');
    const run = jixiao(['draft', bad, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/bad\.yaml:\d+:\d+: 错误 \[JX_DATA_INVALID\] budget\.actual：/);
    expect(run.stderr).not.toMatch(/at .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(path.join(tmp, 'bad-out.figures.json'))).toBe(false);
  });

  it.each([
    ['a syntax error in an included template', '{% if %}', /templates-\w+\/project\/overview\.njk:1:7: 错误 \[JX_TEMPLATE_SYNTAX\] 模板 overview\.njk 第 1 行第 7 列有误/],
    ['an unclosed expression (nunjucks itself fails on it)', '{{ F(', /overview\.njk: 错误 \[JX_TEMPLATE_SYNTAX\] 模板 overview\.njk /],
    ['a figure the data has no fact for', "{{ F('no.such.fact') }}", /overview\.njk: 错误 \[JX_TEMPLATE_UNKNOWN_FACT\] 模板引用了不存在的数字 “no\.such\.fact”/],
    ['a table that does not exist', "{{ table('no-such-table') }}", /overview\.njk: 错误 \[JX_TEMPLATE_UNKNOWN_TABLE\] 模板引用了不存在的表格 “no-such-table”/],
  ])('a user template with %s: its code and file, exit 2, nothing written', (_what, template, message) => {
    const dir = mkdtempSync(path.join(tmp, 'templates-'));
    mkdirSync(path.join(dir, 'project'));
    writeFileSync(path.join(dir, 'project/overview.njk'), `${template}\n`);
    const out = path.join(tmp, `tpl-${path.basename(dir)}.md`);
    const run = jixiao(['draft', ZHUZHOU, '-t', dir, '-o', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr).not.toMatch(/内部错误|at .*\.js:\d+/);
    expect(existsSync(out)).toBe(false);
  });

  it('a templates directory that does not exist is an input error, not ignored', () => {
    const run = jixiao(['draft', ZHUZHOU, '-t', path.join(tmp, 'no-such-dir'), '-o', path.join(tmp, 'none.md')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/错误 \[JX_FILE_UNREADABLE\] 找不到模板目录/);
  });

  it('never overwrites a draft a person edited without keeping what they wrote', () => {
    const dir = mkdtempSync(path.join(tmp, 'edit-'));
    const out = path.join(dir, 'draft.md');
    expect(jixiao(['draft', ZHUZHOU, '-o', out]).code).toBe(0);
    // A rerun over an unedited draft replaces it quietly.
    expect(jixiao(['draft', ZHUZHOU, '-o', out]).stderr).not.toContain('另存为');
    writeFileSync(out, `${readFileSync(out, 'utf8')}\n编辑加的一段话。\n`);
    const run = jixiao(['draft', ZHUZHOU, '-o', out]);
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('另存为');
    const backup = readdirSync(dir).find((f) => f.startsWith('draft.edited-'));
    expect(backup).toBeDefined();
    expect(readFileSync(path.join(dir, backup ?? ''), 'utf8')).toContain('编辑加的一段话。');
  });

  it('keeps a draft aside when its sidecar cannot say it is unedited; the recorded hash alone says so', () => {
    const dir = mkdtempSync(path.join(tmp, 'sidecar-'));
    const out = path.join(dir, 'draft.md');
    const sidecar = path.join(dir, 'draft.figures.json');
    expect(jixiao(['draft', ZHUZHOU, '-o', out]).code).toBe(0);
    const good = readFileSync(sidecar, 'utf8');
    const json = JSON.parse(good) as Record<string, unknown>;
    const backups = () => readdirSync(dir).filter((f) => f.startsWith('draft.edited-')).length;
    const variants: [string, string, number][] = [
      ['broken JSON', good.slice(0, 100), 1],
      ['an old format', JSON.stringify({ ...json, version: 1 }), 1],
      ['no file hash', JSON.stringify({ ...json, fileSha256: undefined }), 1],
      // The rest of the sidecar is the draft's business, not the writer's: the hash matches, nothing is kept.
      ['the hash with no figures', JSON.stringify({ ...json, figures: 'none' }), 0],
    ];
    for (const [what, content, kept] of variants) {
      const before = backups();
      writeFileSync(sidecar, content);
      expect(jixiao(['draft', ZHUZHOU, '-o', out]).code, what).toBe(0);
      expect(backups() - before, what).toBe(kept);
      expect(readFileSync(sidecar, 'utf8'), what).toBe(good);
    }
  });

  it('an unknown option or a missing argument exits 2 with commander\'s message', () => {
    expect(jixiao(['draft']).code).toBe(2);
    expect(jixiao(['draft', ZHUZHOU, '--format', 'pdf', '-o', path.join(tmp, 'x.pdf')]).code).toBe(2);
  });

  it('--html writes the review page beside the draft', () => {
    const out = path.join(tmp, 'page.md');
    const page = path.join(tmp, 'page.html');
    const run = jixiao(['draft', ZHUZHOU, '-o', out, '--html', page]);
    expect(run.code).toBe(0);
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/i);
    expect(html).not.toMatch(/https?:\/\//);
    expect(run.stdout).toMatch(/审阅页：.*page\.html（数字 (\d+) 处，与数据一致 \1）/);
  });

  it('jixiao --help, verbatim', () => {
    expect(jixiao(['--help']).stdout).toBe('用法： jixiao <命令> [选项]\n\n预算绩效自评报告：由数据起草报告，并核对报告中的每一个数字\n\n选项：\n  -V, --version                             显示版本号\n  -h, --help                                显示帮助\n\n命令：\n  draft <数据文件> [选项]                   由数据文件（及上年报告）起草自评报告，输出 Markdown 或 Word，并写出数字对照表 *.figures.json\n  check <报告...> [选项]                    核对报告中的每一个数字：与数据对照（给出 --data 时），并核对报告内部的加总、比率、前后一致和自评表\n  update <草稿> --data <新数据文件> [选项]  数据变了之后更新已编辑的草稿：数字按新数据改写，编辑写的句子原样保留\n  migrate <旧数据文件> [选项]               把第 1 版数据文件转成第 2 版（保留注释），并列出仍须手工修改之处\n  import <表格文件> [选项]                  读入填好的绩效自评表或基础数据表（Excel .xlsx 或 Word .docx），写成数据文件，每个值注明来源单元格\n  init --from <上年数据> [选项]             由上年的数据文件（及上年报告）生成本年的数据骨架：上年实际数移作同比的上年数，本年的数字留空待填\n  desk [选项]                               在浏览器中起草、更新、检查报告：在本机启动网页（离线可用），打印带访问令牌的地址\n  help [命令]                               显示某个命令的帮助\n');
  });

  it('--help lists the commands in Chinese', () => {
    const run = jixiao(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('由数据文件（及上年报告）起草自评报告');
  });
});

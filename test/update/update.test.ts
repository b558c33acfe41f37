import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { ROOT } from '../support/paths.js';

const V1 = path.join(ROOT, 'test/fixtures/update/v1.yaml');
const V2 = path.join(ROOT, 'test/fixtures/update/v2.yaml');

/** What an editor does to a draft: every edit here must survive the update word for word. */
const EDITS = {
  reworded: '补助资金全部纳入专账核算，严格按工程进度分期拨付，全年支出600.00万元。',
  added: '编者补充：本年度共有12个乡镇参与建设，实际支出600.00万元，预算执行率96.70%。',
  // Markdown escapes as a Word file's reader writes them (5\~10个): not data's figures, kept as typed.
  escaped: '每个乡镇覆盖5\\~10个村，单村补助1\\~3万元。',
  indicator: '亩均增产目标为50公斤，全年实现55公斤，超额完成目标，增产效果明显。',
};

function edit(md: string): string {
  let s = md;
  s = s.replace('资金实行专账核算，按工程进度拨付。', EDITS.reworded);
  s = s.replace('县农业农村局负责全县农田建设的规划、实施和监督。\n', `县农业农村局负责全县农田建设的规划、实施和监督。\n\n${EDITS.added}\n\n${EDITS.escaped}\n`);
  // a deleted list item
  s = s.replace('二是后期管护资金不足。究其原因，管护经费未列入预算；三是项目档案不够规范。究其原因，乡镇档案人员变动频繁。', '二是后期管护资金不足。究其原因，管护经费未列入预算。');
  // two paragraphs swapped
  const a = '该项目支出250.00万元。资金主要用于修建机耕道路。';
  const b = '该项目支出200.00万元。资金主要用于新建泵站和渠道。';
  s = s.replace(a, '@@').replace(b, a).replace('@@', b);
  s = s.replace('亩均增产年度目标50公斤，实际完成55公斤，超额完成年度目标。', EDITS.indicator);
  return s;
}

describe('jixiao update: the data changes, the editor\'s words stay', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-update-'));
  const draft = path.join(dir, 'draft.md');

  it('drafts v1, applies the editor\'s edits, updates to v2', () => {
    expect(jixiao(['draft', V1, '-o', draft]).code).toBe(0);
    const original = readFileSync(draft, 'utf8');
    expect(original).toContain('亩均增产年度目标50公斤，实际完成55公斤，超额完成年度目标。');
    writeFileSync(draft, edit(original));
    const run = jixiao(['update', draft, '--data', V2, '--format', 'json']);
    expect(run.code).toBe(0);
    const summary = JSON.parse(run.stdout) as { output: string; changes: { kind: string; old: string; new: string }[]; review: { message: string; sentence: string; claim?: string }[]; unresolved: unknown[] };
    expect(summary.output).toBe(path.join(dir, 'draft.updated.md'));
    expect(summary.changes).toContainEqual(expect.objectContaining({ kind: 'figure', old: '600.00万元', new: '580.35万元' }));
    expect(summary.changes).toContainEqual(expect.objectContaining({ kind: 'removed', old: '#### 3.土壤改良' }));
    // The indicator that went from met to unmet, in a sentence the editor rewrote: listed for review.
    expect(summary.review).toContainEqual(expect.objectContaining({
      code: 'JX_UPDATE_CLAIM', severity: 'warning', claim: '超额完成目标',
      old: '超额完成（实际 55公斤，目标 50公斤）', new: '未完成（实际 42公斤，目标 50公斤）',
      message: expect.stringContaining('“亩均增产”完成情况由 超额完成'),
    }));
  });

  it('keeps every edit word for word, figures restated', () => {
    const updated = readFileSync(path.join(dir, 'draft.updated.md'), 'utf8');
    expect(updated).toContain(EDITS.reworded.replace('600.00万元', '580.35万元'));
    expect(updated).toContain(EDITS.added.replace('600.00万元', '580.35万元').replace('96.70%', '96.73%'));
    expect(updated).toContain(EDITS.indicator.replace('55公斤', '42公斤'));
    expect(updated).toContain(EDITS.escaped);
    expect(updated).toContain('二是后期管护资金不足。究其原因，管护经费未列入预算。');
    expect(updated).not.toContain('项目档案不够规范');
    // swapped paragraphs stay swapped, each with its own item's new amount
    expect(updated.indexOf('该项目支出315.00万元。资金主要用于新建泵站和渠道。')).toBeLessThan(updated.indexOf('该项目支出265.35万元。资金主要用于修建机耕道路。'));
    // a sentence the editor left alone follows the new data, 未完成 with its reason
    expect(updated).toMatch(/亩均增产 \| 50公斤 \| 42公斤 \| 30 \| 25\.2 \|/);
    expect(updated).toContain('按用途分为以下两类项目');
    expect(updated).not.toContain('土壤改良');
  });

  it('check --data v2 finds no mismatch in the updated draft', () => {
    const run = jixiao(['check', path.join(dir, 'draft.updated.md'), '--data', V2, '--format', 'json']);
    const result = JSON.parse(run.stdout) as CheckResult;
    const mismatches = result.files[0]?.findings.filter((f) => f.code === 'JX_CHECK_MISMATCH');
    expect(mismatches).toEqual([]);
  });

  it('an unedited draft follows the new data entirely, 未完成 with its deviation reason', () => {
    const plain = path.join(dir, 'plain.md');
    expect(jixiao(['draft', V1, '-o', plain]).code).toBe(0);
    expect(jixiao(['update', plain, '--data', V2, '-o', path.join(dir, 'plain-v2.md')]).code).toBe(0);
    const direct = path.join(dir, 'direct-v2.md');
    expect(jixiao(['draft', V2, '-o', direct]).code).toBe(0);
    expect(readFileSync(path.join(dir, 'plain-v2.md'), 'utf8')).toBe(readFileSync(direct, 'utf8'));
    expect(readFileSync(direct, 'utf8')).toContain('亩均增产年度目标50公斤，实际完成42公斤，未完成年度目标，完成率84.00%，主要原因是夏季持续干旱，部分地块减产');
  });

  it('--in-place keeps a backup of the editor\'s file first', () => {
    const file = path.join(dir, 'inplace.md');
    copyFileSync(draft, file);
    copyFileSync(path.join(dir, 'draft.figures.json'), path.join(dir, 'inplace.figures.json'));
    const before = readFileSync(file, 'utf8');
    expect(jixiao(['update', file, '--data', V2, '--in-place']).code).toBe(0);
    const backup = readdirSync(dir).find((f) => f.startsWith('inplace.bak-'));
    expect(backup && readFileSync(path.join(dir, backup), 'utf8')).toBe(before);
    expect(readFileSync(file, 'utf8')).toContain('580.35万元');
  });

  it('without a sidecar or --old-data it says what it needs (exit 2)', () => {
    const lone = path.join(dir, 'lone.md');
    writeFileSync(lone, '# 报告\n\n全年支出600.00万元。\n');
    const run = jixiao(['update', lone, '--data', V2]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--old-data');
  });

  it('rolls last year\'s report and data over to this year\'s data (--old-data, no sidecar)', () => {
    const report = path.join(dir, 'lastyear.md');
    writeFileSync(report, '# 某报告\n\n本年度全年预算620.50万元，实际支出600.00万元，预算执行率96.70%，新建高标准农田2300亩。\n');
    const run = jixiao(['update', report, '--old-data', V1, '--data', V2, '--format', 'json']);
    expect(run.code).toBe(0);
    const updated = readFileSync(path.join(dir, 'lastyear.updated.md'), 'utf8');
    expect(updated).toContain('本年度全年预算600.00万元，实际支出580.35万元，预算执行率96.73%，新建高标准农田2450亩。');
  });
});

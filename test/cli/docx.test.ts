import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { CheckResult } from '../../schemas/check-result.js';
import { jixiao } from '../support/cli.js';
import { ROOT, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-docx-cli-'));

/** Edits word/document.xml as Word would leave it: text changed inside the runs. */
function editDocx(file: string, out: string, edit: (xml: string) => string): void {
  const parts = unzipSync(new Uint8Array(readFileSync(file)));
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('no document.xml');
  parts['word/document.xml'] = strToU8(edit(strFromU8(xml)));
  writeFileSync(out, zipSync(parts));
}

describe('Word files through check and update', () => {
  it('check --annotate writes a copy with a Word comment at each finding', () => {
    const draft = path.join(dir, 'draft.docx');
    expect(jixiao(['draft', ZHUZHOU, '-o', draft]).code).toBe(0);
    const edited = path.join(dir, 'edited.docx');
    editDocx(draft, edited, (xml) => xml.replace('全年预算1864.05万元', '全年预算1846.05万元'));
    const annotated = path.join(dir, 'annotated.docx');
    const run = jixiao(['check', edited, '--data', ZHUZHOU, '--annotate', annotated]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/已写出带批注的文档 .*annotated\.docx：批注 \d+ 条/);
    const parts = unzipSync(new Uint8Array(readFileSync(annotated)));
    const comments = strFromU8(parts['word/comments.xml'] ?? new Uint8Array());
    expect(comments).toContain('JX_CHECK_MISMATCH');
    expect(comments).toContain('应为：1864.05万元');
    expect(strFromU8(parts['word/document.xml'] ?? new Uint8Array())).toMatch(/<w:commentRangeStart w:id="\d+"\/>/);
  });

  it('--annotate refuses a non-.docx input or overwriting the input (exit 2)', () => {
    expect(jixiao(['check', path.join(ROOT, 'corpus/zhuzhou-2023-keji-fund.md'), '--annotate', path.join(dir, 'x.docx')]).code).toBe(2);
    const draft = path.join(dir, 'draft.docx');
    expect(jixiao(['check', draft, '--annotate', draft]).code).toBe(2);
  });

  it('update on a Word draft edited as Word would (reworded, added, deleted, swapped, a figure split across runs)', () => {
    const v1 = path.join(ROOT, 'test/fixtures/update/v1.yaml');
    const v2 = path.join(ROOT, 'test/fixtures/update/v2.yaml');
    const draft = path.join(dir, 'farm-full.docx');
    expect(jixiao(['draft', v1, '-o', draft]).code).toBe(0);
    const paragraph = (xml: string, text: string): [number, number] => {
      const at = xml.indexOf(text);
      const start = xml.lastIndexOf('<w:p>', at) >= xml.lastIndexOf('<w:p ', at) ? xml.lastIndexOf('<w:p>', at) : xml.lastIndexOf('<w:p ', at);
      return [start, xml.indexOf('</w:p>', at) + '</w:p>'.length];
    };
    const added = '编者补充：本年度共有12个乡镇参与建设。';
    editDocx(draft, draft, (doc) => {
      let xml = doc.replace('资金实行专账核算，按工程进度拨付。', '补助资金全部纳入专账核算，严格按进度拨付，全年支出600.00万元。');
      // an added paragraph, a copy of a neighbour with the editor's text
      const [ps, pe] = paragraph(xml, '县农业农村局负责全县农田建设');
      const copy = xml.slice(ps, pe).replace(/<w:t([^>]*)>[^<]*<\/w:t>/, `<w:t$1>${added}</w:t>`);
      xml = xml.slice(0, pe) + copy + xml.slice(pe);
      // a deleted list item
      xml = xml.replace('究其原因，管护经费未列入预算；三是项目档案不够规范。究其原因，乡镇档案人员变动频繁。', '究其原因，管护经费未列入预算。');
      // two paragraphs swapped
      const [as, ae] = paragraph(xml, '该项目支出250.00万元');
      const [bs, be] = paragraph(xml, '该项目支出200.00万元');
      const a = xml.slice(as, ae);
      const b = xml.slice(bs, be);
      xml = xml.slice(0, as) + b + xml.slice(ae, bs) + a + xml.slice(be);
      // Word split a figure across two runs, the second bold
      xml = xml.replace(/(<w:r>(?:(?!<\/w:r>).)*?<w:rPr>((?:(?!<\/w:rPr>).)*)<\/w:rPr><w:t[^>]*>)(全年实际支出)(600)(\.00万元)/s, '$1$3$4</w:t></w:r><w:r><w:rPr>$2<w:b/></w:rPr><w:t xml:space="preserve">$5');
      return xml;
    });
    const split = strFromU8(unzipSync(new Uint8Array(readFileSync(draft)))['word/document.xml'] ?? new Uint8Array());
    expect(split).toMatch(/全年实际支出600<\/w:t><\/w:r><w:r><w:rPr>.*?<w:b\/><\/w:rPr><w:t xml:space="preserve">\.00万元/s);
    const run = jixiao(['update', draft, '--data', v2, '--format', 'json']);
    expect(run.code).toBe(0);
    const updated = path.join(dir, 'farm-full.updated.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(updated)))['word/document.xml'] ?? new Uint8Array());
    const text = xml.replace(/<[^>]+>/g, '');
    expect(text).toContain('补助资金全部纳入专账核算，严格按进度拨付，全年支出580.35万元。');
    expect(text).toContain(added);
    expect(text).toContain('究其原因，管护经费未列入预算。');
    expect(text).not.toContain('项目档案不够规范');
    expect(text.indexOf('该项目支出315.00万元')).toBeLessThan(text.indexOf('该项目支出265.35万元'));
    // the split figure restated inside its runs: the new number in the first run, the bold run kept
    expect(xml).toMatch(/全年实际支出580\.35<\/w:t><\/w:r><w:r><w:rPr>(?:(?!<\/w:rPr>).)*<w:b\/><\/w:rPr><w:t xml:space="preserve">万元，按用途分为以下两类项目。/s);
    const summary = JSON.parse(run.stdout) as { review: { code: string; message: string }[] };
    expect(summary.review.some((r) => r.code === 'JX_UPDATE_REVIEW' && r.message.includes('新数据中已没有此项'))).toBe(true);
    const check = JSON.parse(jixiao(['check', updated, '--data', v2, '--format', 'json']).stdout) as CheckResult;
    expect(check.files[0]?.findings.filter((f) => f.code === 'JX_CHECK_MISMATCH')).toEqual([]);
  });

  it('update on a Word draft the editor changed: figures restated inside the runs, the editor\'s words kept', () => {
    const v1 = path.join(ROOT, 'test/fixtures/update/v1.yaml');
    const v2 = path.join(ROOT, 'test/fixtures/update/v2.yaml');
    const draft = path.join(dir, 'farm.docx');
    expect(jixiao(['draft', v1, '-o', draft]).code).toBe(0);
    // The editor rewrites one sentence in Word and keeps its figure.
    editDocx(draft, draft, (xml) => xml.replace('资金实行专账核算，按工程进度拨付。', '资金专账核算、按进度拨付，全年支出600.00万元。'));
    const run = jixiao(['update', draft, '--data', v2]);
    expect(run.code).toBe(0);
    const updated = path.join(dir, 'farm.updated.docx');
    const xml = strFromU8(unzipSync(new Uint8Array(readFileSync(updated)))['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('资金专账核算、按进度拨付，全年支出580.35万元。');
    const check = JSON.parse(jixiao(['check', updated, '--data', v2, '--format', 'json']).stdout) as CheckResult;
    expect(check.files[0]?.findings.filter((f) => f.code === 'JX_CHECK_MISMATCH')).toEqual([]);
  });
});

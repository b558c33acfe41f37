import { strFromU8, unzipSync } from 'fflate';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { draftReport } from '../../pipeline/jobs/draft.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { writeDocx } from '../../pipeline/write/docx/index.js';
import { LUSONG, ZHUZHOU } from '../support/paths.js';

const dir = mkdtempSync(path.join(tmpdir(), 'jixiao-notes-'));

/** 〔待核：…〕 notes on figures (the carried-section notes are whole paragraphs starting with >). */
function reviewMarks(md: string): string[] {
  return md.split('\n').filter((l) => !l.startsWith('>')).flatMap((l) => [...l.matchAll(/〔待核：([^〕]*)〕/g)].map((m) => m[1] ?? ''));
}

describe('each contradiction the data carries is marked at the figure', () => {
  it('project example: the projects\' sum beside 实际支出, the rule\'s score beside the unit\'s', async () => {
    const { doc, facts } = await draftReport({ data: ZHUZHOU });
    expect(doc.markdown).toContain('实际支出1864.05万元〔待核：各项目支出之和为1814.05万元，少50.00万元〕');
    expect(doc.markdown).toMatch(/\| 5 \| 4〔待核：按完成比例应为4\.81分〕 \|/);
    expect(reviewMarks(doc.markdown)).toHaveLength(facts.notes.filter((n) => n.kind === 'review').length);
    // Every contradiction the terminal lists has its mark in the text.
    const contradictions = facts.warnings.filter((w) => w.severity === 'warning' && w.factId !== undefined);
    expect(contradictions.length).toBe(2);
    for (const w of contradictions) expect(facts.notes.some((n) => n.factId === w.factId)).toBe(true);
  });

  it('department example: a score against the rule, Σ分值 against the stated total', async () => {
    const { doc, facts } = await draftReport({ data: LUSONG });
    expect(doc.markdown).toContain('预算执行率99.91%，得9分〔待核：按执行率×分值应为9.99分〕');
    expect(doc.markdown).toMatch(/\| 总分 \|  \|  \|  \|  \|  \| 90〔待核：各项分值之和为100分〕 \| 95 \|/);
    expect(doc.markdown).toMatch(/\| 20 \| 18〔待核：按完成比例应为14\.26分，且未说明偏差原因〕 \|/);
    expect(reviewMarks(doc.markdown)).toHaveLength(facts.notes.filter((n) => n.kind === 'review').length);
  });

  it('the figures of a note are facts too: traceable, and the check does not read them as the report\'s', async () => {
    const { doc, facts } = await draftReport({ data: ZHUZHOU });
    const start = doc.markdown.indexOf('〔待核：各项目支出之和');
    const end = doc.markdown.indexOf('〕', start);
    const inNote = doc.figures.filter((f) => f.offset > start && f.offset < end);
    expect(inNote.map((f) => [f.text, f.factId])).toEqual([['1814.05万元', 'budget.actual.sum1'], ['50.00万元', 'budget.actual.gap1']]);
    const report = checkReport({ file: 'draft.md', text: doc.markdown, format: 'md' }, { facts: facts.facts, profile: (await draftReport({ data: ZHUZHOU })).loaded.profile });
    expect(report.mentions.filter((m) => m.offset > start && m.offset < end)).toEqual([]);
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
  });

  it('in Word the note is a comment on the clause that states the figure, not text of the report', async () => {
    const { doc } = await draftReport({ data: ZHUZHOU });
    const bytes = await writeDocx(doc);
    const files = unzipSync(bytes);
    const comments = strFromU8(files['word/comments.xml'] ?? new Uint8Array());
    const texts = [...comments.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(['各项目支出之和为1814.05万元，少50.00万元', '按完成比例应为4.81分']);
    expect(comments).toContain('w:date="2000-01-01T00:00:00.000Z"');
    const body = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const anchored = /<w:commentRangeStart w:id="0"\/>(.*?)<w:commentRangeEnd w:id="0"\/>/.exec(body)?.[1] ?? '';
    expect([...anchored.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('')).toBe('实际支出1864.05万元');
    const file = path.join(dir, 'draft.docx');
    writeFileSync(file, bytes);
    const { text } = await readReportFile(file);
    expect(text).not.toContain('待核');
    expect(text).toContain('全年预算1864.05万元，实际支出1864.05万元，预算执行率100.00%');
    // Same draft, same bytes: the comments carry a fixed date.
    expect(Buffer.from(await writeDocx(doc)).equals(Buffer.from(bytes))).toBe(true);
  });
});

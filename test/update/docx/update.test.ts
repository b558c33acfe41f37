import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { draftReport } from '../../../pipeline/jobs/draft.js';
import { updateDraft, type Change } from '../../../pipeline/update/index.js';
import { writeDocx } from '../../../pipeline/write/docx/index.js';
import { docxEditsFromUpdate, replaceFiguresInDocx } from '../../../pipeline/update/docx/index.js';
import { diffHunks } from '../../../pipeline/update/docx/replace.js';
import { ROOT } from '../../support/paths.js';
import { part, parts, readText } from './support.js';

describe('docxEditsFromUpdate', () => {
  it('gives each figure change the sentence as the document has it, other changes in it undone', () => {
    const markdown = '## 一、概况\n\n全年预算1846.5万元，实际支出1846.50万元，执行率100.00%。\n\n| 全年预算 | 1846.50 |\n';
    const first = markdown.indexOf('1846.5万元');
    const second = markdown.indexOf('1846.50万元');
    const changes: Change[] = [
      { kind: 'figure', line: 3, offset: first, old: '1864.05万元', new: '1846.5万元' },
      { kind: 'figure', line: 3, offset: second, old: '1864.05万元', new: '1846.50万元' },
      { kind: 'template', line: 1, offset: 0, old: '## 一、基本情况', new: '## 一、概况' },
      { kind: 'removed', line: 5, old: '旧段落。', new: '' },
    ];
    const { edits, manual } = docxEditsFromUpdate(markdown, changes);
    const sentence = '全年预算1864.05万元，实际支出1864.05万元，执行率100.00%。';
    expect(edits).toEqual([
      { sentence, old: '1864.05万元', new: '1846.5万元', offset: 4 },
      { sentence, old: '1864.05万元', new: '1846.50万元', offset: 18 },
      { sentence: '## 一、基本情况', old: '## 一、基本情况', new: '## 一、概况' },
    ]);
    expect(manual).toEqual([changes[3]]);
  });
});

describe('diffHunks', () => {
  it('keeps a changed number in one piece and long shared stretches out of it', () => {
    expect(diffHunks('1864.05', '1846.50')).toEqual([{ aStart: 2, aEnd: 7, bStart: 2, bEnd: 7 }]);
    const a = '全年预算1864.05万元，实际支出1864.05万元。';
    const b = '全年预算1846.50万元，实际支出1846.50万元。';
    expect(diffHunks(a, b).map((h) => [a.slice(h.aStart, h.aEnd), b.slice(h.bStart, h.bEnd)])).toEqual([
      ['64.05', '46.50'],
      ['64.05', '46.50'],
    ]);
    expect(diffHunks('无结余结转。', '无结余结转。')).toEqual([]);
  });
});

describe('update on a .docx: changes made inside the runs', () => {
  it('applies every figure and template change of an update, leaving only removals to a person', async () => {
    const v1 = await draftReport({ data: path.join(ROOT, 'test/fixtures/update/v1.yaml') });
    const v2 = await draftReport({ data: path.join(ROOT, 'test/fixtures/update/v2.yaml') });
    const bytes = await writeDocx(v1.doc);
    const edited = await readText(bytes);
    const result = updateDraft({
      edited, base: { markdown: v1.doc.markdown, figures: [...v1.doc.figures] }, oldFacts: v1.facts.facts, theirs: v2.doc, newFacts: v2.facts.facts,
    });
    const { edits, manual } = docxEditsFromUpdate(result.markdown, result.changes);
    expect(edits.length).toBeGreaterThan(5);
    expect(manual.every((c) => c.kind === 'removed' || c.kind === 'inserted')).toBe(true);

    const updated = await replaceFiguresInDocx(bytes, edits);
    expect(updated.missed).toEqual([]);
    expect(updated.applied).toBe(edits.length);
    // Read back, the .docx says what the updated Markdown says, but for the removals left to a person.
    const removed = new Set(manual.filter((c) => c.kind === 'removed').map((c) => c.old));
    const text = (await readText(updated.bytes)).split('\n\n').filter((block) => !removed.has(block)).join('\n\n');
    expect(text).toBe(result.markdown);
    // Only document.xml changed.
    const before = parts(bytes);
    const after = parts(updated.bytes);
    for (const name of Object.keys(before)) if (name !== 'word/document.xml') expect(after[name], name).toEqual(before[name]);
    expect(part(updated.bytes, 'word/document.xml')).not.toBe(part(bytes, 'word/document.xml'));
  });
});

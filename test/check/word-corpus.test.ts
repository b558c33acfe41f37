import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { corpusFiles, runCorpus } from '../support/corpus.js';

/**
 * bench/word-reports: 20 reports written as Word files (real Word tables: merged cells, repeated
 * header rows, landscape sections, 元 with separators, 类 | 款 | 项 codes) by a helper that saw none of
 * the rules, every relation exact, each with a copy where one table cell was changed. Checked without
 * data, through the Word reader: no finding on a clean report, the change found in every copy.
 */
const DIR = path.join(PACKAGE_ROOT, 'bench/word-reports');

const files = corpusFiles(DIR, '.docx');
const answers = readFileSync(path.join(DIR, 'bad/ANSWERS.tsv'), 'utf8').trim().split('\n').slice(1).map((l) => `${l.split('\t')[0]}.docx`);

describe('Word reports as units write them (bench/word-reports)', () => {
  it('has 20 clean reports, each with its changed copy named in ANSWERS.tsv', () => {
    expect(files).toHaveLength(20);
    expect([...answers].sort()).toEqual(files);
  });

  it('finds nothing in a clean report, and each change', async () => {
    const { falseAlarms, missed } = await runCorpus(DIR, files);
    expect(falseAlarms).toEqual([]);
    expect(missed).toEqual([]);
  });
});

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkReport } from '../../pipeline/check/index.js';
import { PACKAGE_ROOT } from '../../pipeline/paths.js';
import { NATIONAL } from './rules/support.js';

/**
 * Budget tables as other reports lay them out: bench/tables (40 tables written by make.py),
 * bench/tables-b (30 short reports with prose and tables, written by gen.py by another hand that saw
 * neither the first set nor the checker), bench/tables-c (30 reports of indicator and score tables,
 * by a third hand that saw no code either) and bench/tables-d (30 department reports, prose and tables,
 * by a fourth). Every relation exact, each with a copy where one cell was
 * changed; ANSWERS.tsv says which. Checked without data, as a bureau checks a report it receives: no
 * finding on a clean one, and the change found in every copy but those of relations not read yet.
 */
const findings = (file: string) => {
  const text = readFileSync(file, 'utf8');
  return checkReport({ file, text, format: 'md' }, { profile: NATIONAL }).findings.filter((f) => f.severity !== 'info');
};
const answersOf = (dir: string) =>
  readFileSync(path.join(dir, 'bad/ANSWERS.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [file = '', row = ''] = line.split('\t');
      return { file, row: Number(row) };
    });

/** Relations not read yet, each the reason its copy goes unflagged. */
const CORPORA = [
  {
    dir: path.join(PACKAGE_ROOT, 'bench/tables'),
    clean: 40,
    onRow: 37,
    notRead: new Map<string, string>(),
  },
  {
    dir: path.join(PACKAGE_ROOT, 'bench/tables-b'),
    clean: 30,
    onRow: 27,
    notRead: new Map<string, string>(),
  },
  {
    dir: path.join(PACKAGE_ROOT, 'bench/tables-c'),
    clean: 30,
    onRow: 22,
    notRead: new Map<string, string>(),
  },
  {
    dir: path.join(PACKAGE_ROOT, 'bench/tables-d'),
    clean: 30,
    onRow: 22,
    notRead: new Map<string, string>(),
  },
];

describe.each(CORPORA)('budget tables laid out as other reports lay them out: $dir', ({ dir, clean, onRow, notRead }) => {
  it('no finding on any clean report', () => {
    const files = readdirSync(path.join(dir, 'clean')).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(clean);
    const alarms = files.flatMap((f) => findings(path.join(dir, 'clean', f)).map((x) => `${f}:${x.location.line} ${x.code} ${x.message}`));
    expect(alarms).toEqual([]);
  });
  it('the change is flagged in every corrupted copy whose relation is read', () => {
    const answers = answersOf(dir);
    expect(answers).toHaveLength(clean);
    const found = new Map(answers.map((a) => [a.file, findings(path.join(dir, 'bad', a.file))]));
    expect(answers.filter((a) => found.get(a.file)?.length === 0).map((a) => a.file)).toEqual([...notRead.keys()]);
    // Most are flagged on the row that was changed (a changed part may also show at its total).
    expect(answers.filter((a) => found.get(a.file)?.some((x) => x.location.line === a.row)).length).toBeGreaterThanOrEqual(onRow);
  });
});

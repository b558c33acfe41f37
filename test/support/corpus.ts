/**
 * Running a corpus of clean reports and their one-cell-changed copies (clean/ and bad/ of a bench
 * folder) through the real reader and checker, without data, as a bureau checks what it receives.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { checkReport } from '../../pipeline/check/index.js';
import { readReportFile } from '../../pipeline/read/index.js';
import { NATIONAL } from '../check/rules/support.js';

const findings = async (file: string) => {
  const { text, format } = await readReportFile(file);
  return checkReport({ file, text, format }, { profile: NATIONAL }).findings.filter((f) => f.severity !== 'info');
};
const key = (f: { code: string; message: string }) => `${f.code} ${f.message}`;

/** The files of clean/ ending in `ext`, sorted. */
export function corpusFiles(dir: string, ext: string): string[] {
  return readdirSync(path.join(dir, 'clean')).filter((f) => f.endsWith(ext)).sort();
}

/** Every finding on a clean file (each a false alarm), and the changed copies in which nothing new is found. */
export async function runCorpus(dir: string, files: readonly string[]): Promise<{ falseAlarms: string[]; missed: string[] }> {
  const falseAlarms: string[] = [];
  const missed: string[] = [];
  for (const f of files) {
    const clean = await findings(path.join(dir, 'clean', f));
    falseAlarms.push(...clean.map((x) => `${f}: ${key(x)}`));
    const seen = new Set(clean.map(key));
    const fresh = (await findings(path.join(dir, 'bad', f))).filter((x) => !seen.has(key(x)));
    if (fresh.length === 0) missed.push(f);
  }
  return { falseAlarms, missed };
}

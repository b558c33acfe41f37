/**
 * A many-report corpus for the batch benchmark: variants of real reports — the shipped prior-year
 * reports (corpus/), drafts of both examples as .md and .docx, and the seeds (../shared/seeds,
 * read where they are, never copied into the project) — each with some figures moved (a digit of
 * one amount in six changed), a stated year moved, and written as .md, .txt (headings without #)
 * or .docx (the draft's own Word file with its document text edited). No sidecars: a bureau checks
 * other people's reports. The same seed gives the same files.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { draftReport, writeReport } from '../pipeline/index.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { pick, rng } from './rng.js';

const SEEDS = path.resolve(PACKAGE_ROOT, '../shared/seeds');

interface Base {
  readonly name: string;
  readonly text?: string;
  /** A plain-text original (a seed .txt) stays .txt; Markdown may be written as either. */
  readonly plain?: boolean;
  readonly docx?: Uint8Array;
}

/** Moves a digit in about one amount in six, and 2023年 ↔ 2022年-style years by −1/0/+1. */
function vary(text: string, random: () => number): string {
  const shift = pick(random, 3) - 1;
  return text
    .replace(/\d+\.\d+(?=\s*(?:万元|亿元|元|%))/gu, (m) => {
      if (random() >= 1 / 6) return m;
      const at = pick(random, m.length);
      return /\d/u.test(m.charAt(at)) ? `${m.slice(0, at)}${(Number(m.charAt(at)) + 1 + pick(random, 8)) % 10}${m.slice(at + 1)}` : m;
    })
    .replace(/(20[12]\d)(?=年)/gu, (y) => String(Number(y) + shift));
}

async function bases(tmp: string): Promise<Base[]> {
  const out: Base[] = [];
  for (const f of readdirSync(path.join(PACKAGE_ROOT, 'corpus')).filter((f) => f.endsWith('.md')).sort()) {
    out.push({ name: f.replace(/\.md$/u, ''), text: readFileSync(path.join(PACKAGE_ROOT, 'corpus', f), 'utf8') });
  }
  for (const example of ['zhuzhou-2024-keji-fund', 'lusong-2023-kegongxin']) {
    const { doc, facts } = await draftReport({ data: path.join(PACKAGE_ROOT, 'examples', `${example}.yaml`) });
    out.push({ name: `draft-${example}`, text: doc.markdown });
    const file = path.join(tmp, `draft-${example}.docx`);
    await writeReport(doc, file, { facts: facts.facts });
    out.push({ name: `draft-${example}`, docx: new Uint8Array(readFileSync(file)) });
  }
  if (existsSync(SEEDS)) {
    for (const f of readdirSync(SEEDS).filter((f) => /\.(md|txt)$/u.test(f)).sort()) {
      out.push({ name: f.replace(/\.\w+$/u, ''), text: readFileSync(path.join(SEEDS, f), 'utf8'), plain: f.endsWith('.txt') });
    }
  }
  return out;
}

/** Writes `count` report variants into `dir` (created) and returns their paths in order. */
export async function makeCorpus(dir: string, count: number, seed = 'jixiao-batch-1'): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  // The examples' drafts are written elsewhere: their sidecars must not sit beside the corpus.
  const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-corpus-'));
  const all = await bases(tmp);
  rmSync(tmp, { recursive: true, force: true });
  const random = rng(seed);
  const files: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const base = all[i % all.length] as Base;
    const stem = `${String(i).padStart(5, '0')}-${base.name}`;
    let file: string;
    if (base.docx !== undefined) {
      const parts = unzipSync(base.docx);
      const xml = strFromU8(parts['word/document.xml'] ?? new Uint8Array());
      // Only text between tags: the markup stays valid.
      parts['word/document.xml'] = strToU8(xml.replace(/>([^<]+)</gu, (_, t: string) => `>${vary(t, random)}<`));
      file = path.join(dir, `${stem}.docx`);
      writeFileSync(file, zipSync(parts));
    } else {
      const text = vary(base.text ?? '', random);
      const asTxt = base.plain === true || random() < 0.3;
      file = path.join(dir, `${stem}.${asTxt ? 'txt' : 'md'}`);
      writeFileSync(file, asTxt ? text.replace(/^#+\s*/gmu, '') : text);
    }
    files.push(file);
  }
  return files;
}

// Makes the code cache of the draft script (dist/bundle/draft.cjs.v8-VERSION.cache; see
// cli/code-cache.ts and the end of scripts/bundle.mjs): loads the script, drafts each shipped example
// as Word and as Markdown, with and without last year's report, checks the shipped reports and the
// drafts, then saves every function compiled so far. Run by scripts/bundle.mjs in a process of its own. A draft that fails here fails the
// build: the script could not run it either.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BUNDLE = path.join(ROOT, 'dist/bundle');
const { loadScript, saveCodeCache } = require(path.join(BUNDLE, 'code-cache.cjs'));

const examples = readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.yaml')).sort().map((f) => path.join(ROOT, 'examples', f));
const corpus = readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.md')).sort().map((f) => path.join(ROOT, 'corpus', f));
if (examples.length === 0 || corpus.length === 0) throw new Error('no examples/*.yaml or corpus/*.md to make the code cache with');

const tmp = mkdtempSync(path.join(tmpdir(), 'jixiao-code-cache-'));
// The commands print as they would for a user; only their failures matter here.
const write = process.stdout.write.bind(process.stdout);
const writeErr = process.stderr.write.bind(process.stderr);
let printed = '';
const capture = (chunk) => {
  printed += String(chunk);
  return true;
};
try {
  const mainFile = path.join(BUNDLE, 'draft.cjs');
  const { main } = loadScript(mainFile);
  // Any prior report runs the code that reads one.
  // …and checks of small inputs (bin/jixiao.js starts those from the script too): the shipped reports
  // without data, the drafts (Markdown and Word) with their data and without.
  const runs = [
    ...examples.flatMap((data, i) => [
      ['draft', data, '-o', path.join(tmp, `draft-${i}.docx`)],
      ['draft', data, '-o', path.join(tmp, `draft-${i}.md`)],
      ['draft', data, '--prior', corpus[i % corpus.length], '-o', path.join(tmp, `prior-${i}.md`)],
    ]),
    ...corpus.map((report) => ['check', report]),
    ...examples.flatMap((data, i) => [
      ['check', path.join(tmp, `draft-${i}.docx`)],
      ['check', path.join(tmp, `prior-${i}.md`), '--data', data, '-f', 'json'],
    ]),
  ];
  process.stdout.write = capture;
  process.stderr.write = capture;
  for (const argv of runs) {
    const code = await main(argv);
    // 0 and 1 (findings) are a command that ran; 2 and up, one that could not.
    if (code > 1) throw new Error(`jixiao ${argv.join(' ')} exited ${code}:\n${printed}`);
    printed = '';
  }
  process.stdout.write = write;
  process.stderr.write = writeErr;
  const saved = saveCodeCache(mainFile);
  if (!saved) console.warn(`Node ${process.version} has no zlib.crc32 (Node 20.15+): no code cache made; the CLI starts slower.`);
} finally {
  process.stdout.write = write;
  process.stderr.write = writeErr;
  rmSync(tmp, { recursive: true, force: true });
}

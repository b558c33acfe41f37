// Makes the code caches of the bundle (dist/bundle/*.cjs.v8-VERSION.cache; see cli/code-cache.ts): loads each
// script, runs what users run most on the shipped examples — a Word and a Markdown draft, a check
// with and without data, a plain-text check — then saves every function compiled so far. Run by
// scripts/bundle.mjs in a process of its own. A command that fails here fails the build: the
// bundle could not run it either.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
  const mainFile = path.join(BUNDLE, 'main.cjs');
  const { main } = loadScript(mainFile);
  const plain = path.join(tmp, 'plain.txt');
  writeFileSync(plain, readFileSync(corpus[0], 'utf8').replace(/^#+\s*/gmu, ''));
  const runs = [
    ...examples.flatMap((data, i) => [
      ['draft', data, '-o', path.join(tmp, `draft-${i}.docx`)],
      ['draft', data, '-o', path.join(tmp, `draft-${i}.md`)],
      ['check', path.join(tmp, `draft-${i}.md`), '--data', data],
    ]),
    ['check', ...corpus, '--jobs', '1'],
    ['check', plain],
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

  const workerFile = path.join(BUNDLE, 'check-worker.cjs');
  const work = loadScript(workerFile).default;
  const reports = [...corpus, plain, ...examples.map((_, i) => path.join(tmp, `draft-${i}.docx`))];
  const tasks = [
    ...reports.map((file) => ({ task: { file }, context: {} })),
    ...examples.map((data, i) => ({ task: { file: path.join(tmp, `draft-${i}.md`) }, context: { data } })),
  ];
  for (const task of tasks) {
    const { row } = await work(task);
    if (row.unreadable || row.figures === 0) throw new Error(`the check worker read nothing of ${task.task.file}: ${row.first?.message ?? ''}`);
  }
  saveCodeCache(workerFile);
  if (!saved) console.warn(`Node ${process.version} has no zlib.crc32 (Node 20.15+): no code cache made; the CLI starts slower.`);
} finally {
  process.stdout.write = write;
  process.stderr.write = writeErr;
  rmSync(tmp, { recursive: true, force: true });
}

// Bundles the CLI into one script (dist/bundle/main.cjs) and the check pool's worker into another
// (check-worker.cjs), each started from V8's code cache made at build time (cli/code-cache.ts,
// scripts/train-code-cache.mjs): loading ~150 small modules, then compiling the functions a
// command runs, costs more than the work of checking a report. Heavy packages a command may not
// need (reading Word, PDF, the LLM client, the spreadsheet writer) stay outside and load only when
// used. What is inside but not needed (the Word writer for `check`, the Markdown parser for a .txt)
// is only wrapped: esbuild runs a module reached by import() or require() on first use.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const OUT = 'dist/bundle';
/** Packages left outside the bundle, loaded with import() when a command needs them. */
const OUTSIDE = ['openai', 'mammoth', 'pdfjs-dist', 'playwright-core', 'exceljs', 'tinypool'];

// The Markdown parser (micromark and mdast-util-from-markdown: some 90 modules) is loaded on first
// use through createRequire in the ES module library (pipeline/corpus/markdown.ts), so a plain-text
// check never pays for it. In the bundle its require() calls are made the bundle's own, so the
// parser is inside and still runs only when first asked for.
const REQUIRE_LINE = 'const require = createRequire(import.meta.url);';
const bundleMarkdownParser = {
  name: 'bundle-markdown-parser',
  setup(b) {
    b.onLoad({ filter: /pipeline[\\/]corpus[\\/]markdown\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(REQUIRE_LINE)) throw new Error(`${args.path}: "${REQUIRE_LINE}" not found; update scripts/bundle.mjs`);
      return { contents: source.replace(REQUIRE_LINE, ''), loader: 'ts' };
    });
  },
};

// Files of an older build would be taken for this one's.
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });

const COMMON = { bundle: true, platform: 'node', target: 'node20', minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' };

const scripts = await build({
  ...COMMON,
  entryPoints: { main: 'cli/main.ts', 'check-worker': 'pipeline/jobs/check-worker.ts' },
  format: 'cjs',
  outdir: OUT,
  outExtension: { '.js': '.cjs' },
  external: OUTSIDE,
  // The sources are ES modules that find their files from import.meta.url: the loader gives it.
  define: { 'import.meta.url': '__jixiaoUrl' },
  plugins: [bundleMarkdownParser],
  write: false,
});

// import() of a package outside becomes the loader's __jixiaoImport (see cli/code-cache.ts); any
// other import() left would fail only when reached, so the build stops instead.
const OUTSIDE_IMPORT = new RegExp(`\\bimport\\((["'])((?:${OUTSIDE.join('|')})(?:/[^"']*)?)\\1\\)`, 'g');
for (const file of scripts.outputFiles) {
  const text = file.text.replace(OUTSIDE_IMPORT, '__jixiaoImport($1$2$1)');
  const left = text.match(/\bimport\([^)]{0,60}/);
  if (left) throw new Error(`${file.path}: import() the loader cannot serve: ${left[0]}; update scripts/bundle.mjs`);
  writeFileSync(file.path, text);
}

await build({ ...COMMON, entryPoints: { 'code-cache': 'cli/code-cache.ts' }, format: 'cjs', outdir: OUT, outExtension: { '.js': '.cjs' } });

// The worker entry point the pool (or a job queue) loads by path: an ES module whose default export
// is the worker's function, as pipeline/jobs/check-worker.ts's.
writeFileSync(
  path.join(OUT, 'check-worker.js'),
  [
    '// Made by scripts/bundle.mjs: the check worker (pipeline/jobs/check-worker.ts), run from its code cache.',
    "import { createRequire } from 'node:module';",
    "import { fileURLToPath } from 'node:url';",
    'const require = createRequire(import.meta.url);',
    "export default require('./code-cache.cjs').loadScript(fileURLToPath(new URL('./check-worker.cjs', import.meta.url))).default;",
    '',
  ].join('\n'),
);

// The code caches: made in a process of its own, so only jixiao's V8 flags are set.
const train = spawnSync(process.execPath, ['scripts/train-code-cache.mjs'], { stdio: 'inherit' });
if (train.status !== 0) throw new Error(`scripts/train-code-cache.mjs failed (exit ${train.status})`);

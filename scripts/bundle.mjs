// Bundles the CLI into a few files (dist/bundle/) so `jixiao` starts fast: loading ~150 small
// modules costs more than the work of checking a report. Heavy packages a command may not need
// (reading PDF and Excel, the LLM client, the browser driver) stay outside and load only when used;
// the Word reader (saxes) is a lazy chunk of its own. The
// Word writer (docx) and fflate are bundled: only what jixiao uses of docx's 1 MB, minified, is
// compiled on each `draft -o .docx` (a lazy chunk: `check` never loads it).
// The check pool's worker (check-worker.js) and tinypool's own bootstrap (entry/worker.js, which
// tinypool loads by path beside its code) are entry points too, sharing chunks with the CLI.
// `draft` alone starts from one CommonJS script of the whole CLI (draft.cjs) with V8's code cache;
// see the end of this file.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

// The Markdown parser (markdown-it, its footnote plugin and their helpers) is loaded on first use
// through createRequire so a plain-text check never pays for it (pipeline/corpus/markdown.ts). In the
// bundle it is one file of its own (markdown-parser.js, built below), required from beside the chunk
// on first use: a chunk the check imports would be loaded and compiled on every start, .txt or not.
const PARSER_MODULES = ['markdown-it', 'markdown-it-footnote'];
const bundleMarkdownParser = {
  name: 'bundle-markdown-parser',
  setup(b) {
    b.onLoad({ filter: /pipeline[\\/]corpus[\\/]markdown\.ts$/ }, async (args) => {
      let source = await readFile(args.path, 'utf8');
      for (const name of PARSER_MODULES) {
        const call = `require('${name}')`;
        if (!source.includes(call)) throw new Error(`${args.path}: "${call}" not found; update scripts/bundle.mjs`);
        source = source.replace(call, `require('./markdown-parser.js').modules['${name}']`);
      }
      return { contents: source, loader: 'ts' };
    });
  },
};

// What the Markdown parser loads and jixiao never uses, left out of it (a .md check's start-up time is
// measured): markdown-it takes only the HTML entity decoder of `entities` (its index also builds the
// encoder's tables), and makes a linkify-it it consults only with `linkify: true`, which jixiao never
// sets (bare URLs in a draft are found by markdown-syntax.ts); the stand-in says so if that changes.
const PARSER_TRIMS = {
  entities: "export { decodeHTML, decodeHTMLStrict } from 'entities/lib/decode.js';",
  'linkify-it': "module.exports = class LinkifyLeftOut { constructor() { return new Proxy(this, { get(_t, key) { throw new Error(`linkify-it is not in jixiao's bundle (asked for ${String(key)}): see scripts/bundle.mjs`); } }); } };",
};
const trimMarkdownParser = {
  name: 'trim-markdown-parser',
  setup(b) {
    b.onResolve({ filter: /^(entities|linkify-it)$/ }, (args) => (args.importer.includes(`${path.sep}markdown-it${path.sep}`) ? { path: args.path, namespace: 'parser-trim' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'parser-trim' }, (args) => ({ contents: PARSER_TRIMS[args.path], loader: 'js', resolveDir: process.cwd() }));
  },
};

// Chunk names change with their content: old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

const ENTRY_POINTS = {
  main: 'cli/main.ts',
  'check-worker': 'pipeline/jobs/check-worker.ts',
  'entry/worker': 'node_modules/tinypool/dist/entry/worker.js',
};
const OPTIONS = {
  entryPoints: ENTRY_POINTS,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  external: ['openai', 'pdfjs-dist', 'playwright-core', 'exceljs'],
  // CommonJS dependencies (nunjucks, commander) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);" },
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
};

// Fewer, larger chunks. The bundler makes one chunk per set of entry points (the CLI's and each
// stage loaded with import()) that reach a module; the stages loaded later each reach a different
// part of the library, so the part every command loads (pipeline/index.ts and what it imports)
// came out as some 30 small chunks, and each ES module costs the loader ~0.3 ms however small.
// Making each stage import the index too, in the bundle only, puts the library a command loads in
// a few chunks. In the CLI a stage is loaded after the index (its async functions load it). The
// check pool's worker reaches check/ without the index, so it now loads the whole library chunk at
// once (measured no slower: 20–34 ms against 30–51 ms for the small chunks). Stages the index also
// reaches statically (check/, facts/) form a cycle with it; that evaluates in order because the
// added import is last and no stage uses an export of the index at its top level — keep it so.
// Found by a first pass: the modules of ours loaded with import().
const INDEX = path.resolve('pipeline/index.ts');
const probe = await build({ ...OPTIONS, plugins: [bundleMarkdownParser], write: false, metafile: true, logLevel: 'error' });
const staticEntries = new Set(Object.values(ENTRY_POINTS).map((e) => path.resolve(e)));
const lazyStages = new Set(
  Object.values(probe.metafile.outputs)
    .map((o) => o.entryPoint)
    .filter((e) => e !== undefined && /^(pipeline|schemas)\//.test(e))
    .map((e) => path.resolve(e))
    .filter((e) => e !== INDEX && !staticEntries.has(e)),
);
const joinLibrary = {
  name: 'join-library',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      if (!lazyStages.has(args.path)) return undefined;
      return { contents: `${await readFile(args.path, 'utf8')}\nimport ${JSON.stringify(INDEX)};\n`, loader: 'ts' };
    });
  },
};

await build({ ...OPTIONS, plugins: [bundleMarkdownParser, joinLibrary] });

// The parser's modules, by name, as require() would give them (their CommonJS exports: the default).
await build({
  stdin: {
    contents: `${PARSER_MODULES.map((m, i) => `import m${i} from '${m}';`).join('\n')}\nexport const modules = { ${PARSER_MODULES.map((m, i) => `'${m}': m${i}`).join(', ')} };`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/bundle/markdown-parser.js',
  plugins: [trimMarkdownParser],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

// `draft` starts from V8's code cache (cli/code-cache.ts): compiling the functions a Word draft runs
// is a fifth of its time, and V8 on Node 20 takes a code cache only for one classic script, not for
// these ES modules. So the whole CLI is bundled once more as one CommonJS script, draft.cjs, and the
// build runs drafts of the shipped examples and saves what they compiled (scripts/train-code-cache.mjs).
// `draft` runs from it (bin/jixiao.js), and so does `check` when its inputs are small (512 KiB in
// all, no folder): the script's source and bytecode keep ~7 MB more alive, on which V8 sizes its
// heap; a check at the size limits then went over its memory bound (issue 15, bench/README.md), a
// draft at its limits stays under its own, and a small check's start is mostly compiling. Every other
// command, a check of a folder or of large files, and the check pool's workers run the ES modules above.
const OUTSIDE = [...OPTIONS.external, 'tinypool'];
// In this script the Markdown parser's require() calls are the bundle's own, so the parser is inside
// it (wrapped: it still runs only when first asked for).
const REQUIRE_LINE = 'const require = createRequire(import.meta.url);';
const parserInside = {
  name: 'markdown-parser-inside',
  setup(b) {
    b.onLoad({ filter: /pipeline[\\/]corpus[\\/]markdown\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      if (!source.includes(REQUIRE_LINE)) throw new Error(`${args.path}: "${REQUIRE_LINE}" not found; update scripts/bundle.mjs`);
      return { contents: source.replace(REQUIRE_LINE, ''), loader: 'ts' };
    });
  },
};
const script = await build({
  entryPoints: { draft: 'cli/main.ts' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  external: OUTSIDE,
  // The sources are ES modules that find their files from import.meta.url: the loader gives it.
  define: { 'import.meta.url': '__jixiaoUrl' },
  plugins: [parserInside, trimMarkdownParser],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  write: false,
});
// import() of a package outside becomes the loader's __jixiaoImport (a script compiled from a cache
// cannot import() itself); any other import() left would fail only when reached, so the build stops.
const OUTSIDE_IMPORT = new RegExp(`\\bimport\\((["'])((?:${OUTSIDE.join('|')})(?:/[^"']*)?)\\1\\)`, 'g');
for (const file of script.outputFiles) {
  const text = file.text.replace(OUTSIDE_IMPORT, '__jixiaoImport($1$2$1)');
  const left = text.match(/\bimport\([^)]{0,60}/);
  if (left) throw new Error(`${file.path}: import() the loader cannot serve: ${left[0]}; update scripts/bundle.mjs`);
  writeFileSync(file.path, text);
}
await build({ entryPoints: { 'code-cache': 'cli/code-cache.ts' }, bundle: true, format: 'cjs', platform: 'node', target: 'node20', outdir: 'dist/bundle', outExtension: { '.js': '.cjs' }, minifyWhitespace: true, minifySyntax: true, logLevel: 'warning' });

const train = spawnSync(process.execPath, ['scripts/train-code-cache.mjs'], { stdio: 'inherit' });
if (train.status !== 0) throw new Error(`scripts/train-code-cache.mjs failed (exit ${train.status})`);

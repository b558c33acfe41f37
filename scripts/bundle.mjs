// Bundles the CLI into a few files (dist/bundle/) so `jixiao` starts fast: loading ~150 small
// modules costs more than the work of checking a report. Heavy packages a command may not need
// (reading Word, PDF, the LLM client, the browser driver) stay outside and load only when used. The
// Word writer (docx) and fflate are bundled: only what jixiao uses of docx's 1 MB, minified, is
// compiled on each `draft -o .docx` (a lazy chunk: `check` never loads it).
// The check pool's worker (check-worker.js) and tinypool's own bootstrap (entry/worker.js, which
// tinypool loads by path beside its code) are entry points too, sharing chunks with the CLI.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { build } from 'esbuild';

// The Markdown parser (micromark and mdast-util-from-markdown: some 90 modules) is loaded on first use through
// createRequire so a plain-text check never pays for it (pipeline/corpus/markdown.ts). In the bundle
// it is one file of its own (markdown-parser.js, built below), required from beside the chunk on
// first use: a chunk the check imports would be loaded and compiled on every start, .txt or not.
const PARSER_MODULES = [
  'mdast-util-from-markdown',
  'mdast-util-gfm',
  'micromark-util-combine-extensions',
  'micromark-extension-gfm-autolink-literal',
  'micromark-extension-gfm-footnote',
  'micromark-extension-gfm-strikethrough',
  'micromark-extension-gfm-table',
  'micromark-extension-gfm-task-list-item',
];
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
  external: ['openai', 'mammoth', 'pdfjs-dist', 'playwright-core', 'exceljs'],
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

// The parser's modules, by name, as require() would give them (namespaces).
await build({
  stdin: {
    contents: `${PARSER_MODULES.map((m, i) => `import * as m${i} from '${m}';`).join('\n')}\nexport const modules = { ${PARSER_MODULES.map((m, i) => `'${m}': m${i}`).join(', ')} };`,
    resolveDir: process.cwd(),
    loader: 'js',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outfile: 'dist/bundle/markdown-parser.js',
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

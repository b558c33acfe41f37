// Bundles the CLI into a few files (dist/bundle/) so `jixiao` starts fast: loading ~150 small
// modules costs more than the work of checking a report. Heavy packages a command may not need
// (Word, PDF, the LLM client, the browser driver) stay outside and load only when used.
// The check pool's worker (check-worker.js) and tinypool's own bootstrap (entry/worker.js, which
// tinypool loads by path beside its code) are entry points too, sharing chunks with the CLI.
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';

// The Markdown parser (micromark and mdast-util-from-markdown: some 90 modules) is loaded on first use through
// createRequire so a plain-text check never pays for it (pipeline/corpus/markdown.ts). In the bundle
// that require() is the bundler's own: the parser is bundled too, and still runs only when first used.
const bundleMarkdownParser = {
  name: 'bundle-markdown-parser',
  setup(b) {
    b.onLoad({ filter: /pipeline[\\/]corpus[\\/]markdown\.ts$/ }, async (args) => {
      const source = await readFile(args.path, 'utf8');
      const lazy = 'const require = createRequire(import.meta.url);';
      if (!source.includes(lazy)) throw new Error(`${args.path}: "${lazy}" not found; update scripts/bundle.mjs`);
      return { contents: source.replace(lazy, ''), loader: 'ts' };
    });
  },
};

// Chunk names change with their content: old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: {
    main: 'cli/main.ts',
    'check-worker': 'pipeline/jobs/check-worker.ts',
    'entry/worker': 'node_modules/tinypool/dist/entry/worker.js',
  },
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  external: ['docx', 'openai', 'mammoth', 'pdfjs-dist', 'playwright-core', 'fflate', 'exceljs'],
  // CommonJS dependencies (nunjucks, commander) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);" },
  plugins: [bundleMarkdownParser],
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
});

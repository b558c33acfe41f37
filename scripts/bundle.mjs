// Bundles the CLI into a few files (dist/bundle/) so `jixiao` starts fast: loading ~150 small
// modules costs more than the work of checking a report. Heavy packages a command may not need
// (Word, PDF, the LLM client, the browser driver) stay outside and load only when used.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';

// Chunk names change with their content: old ones would pile up.
rmSync('dist/bundle', { recursive: true, force: true });

await build({
  entryPoints: ['cli/main.ts'],
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  outdir: 'dist/bundle',
  external: ['docx', 'openai', 'mammoth', 'pdfjs-dist', 'playwright-core', 'fflate', 'exceljs'],
  // CommonJS dependencies (nunjucks, commander) call require(); an ES module has none of its own.
  banner: { js: "import { createRequire as __jixiaoRequire } from 'node:module'; const require = __jixiaoRequire(import.meta.url);" },
  logLevel: 'warning',
});

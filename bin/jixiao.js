#!/usr/bin/env node
// The CLI is built into dist/bundle/ by `npm ci` (the prepare script); this file only starts it:
// `draft` from one script and V8's code cache (draft.cjs), every other command from the ES modules
// (main.js). The end of scripts/bundle.mjs says why only `draft`.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const argv = process.argv.slice(2);
const { main } =
  argv[0] === 'draft'
    ? createRequire(import.meta.url)('../dist/bundle/code-cache.cjs').loadScript(fileURLToPath(new URL('../dist/bundle/draft.cjs', import.meta.url)))
    : await import('../dist/bundle/main.js');
process.exitCode = await main(argv);

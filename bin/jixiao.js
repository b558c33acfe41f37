#!/usr/bin/env node
// The CLI is built into dist/bundle/ by `npm ci` (the prepare script); this file only starts it,
// from V8's code cache (cli/code-cache.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const { loadScript } = createRequire(import.meta.url)('../dist/bundle/code-cache.cjs');
const { main } = loadScript(fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url)));
process.exitCode = await main(process.argv.slice(2));

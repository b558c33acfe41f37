#!/usr/bin/env node
// The CLI is built into dist/bundle/ by `npm ci` (the prepare script); this file only starts it:
// `draft`, and `check` of small inputs, from one script and V8's code cache (draft.cjs); every other
// command, and `check` of a folder or of large files, from the ES modules (main.js). The end of
// scripts/bundle.mjs says why.
import { statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/** Inputs up to this size in all start `check` from the script: compiling is most of a small check's start. */
const SMALL_INPUTS = 512 * 1024;

/** Whether the files among `args` are all files (no folder) and small together. */
function smallInputs(args) {
  let total = 0;
  for (const arg of args) {
    if (arg.startsWith('-')) continue;
    let stat;
    try {
      stat = statSync(arg);
    } catch {
      continue; // an option's value (json, national), or a file missing: the command says so
    }
    if (!stat.isFile()) return false;
    total += stat.size;
  }
  return total > 0 && total <= SMALL_INPUTS;
}

const argv = process.argv.slice(2);
const fromScript = argv[0] === 'draft' || (argv[0] === 'check' && smallInputs(argv.slice(1)));
const { main } = fromScript
  ? createRequire(import.meta.url)('../dist/bundle/code-cache.cjs').loadScript(fileURLToPath(new URL('../dist/bundle/draft.cjs', import.meta.url)))
  : await import('../dist/bundle/main.js');
process.exitCode = await main(argv);

#!/usr/bin/env node
// The CLI is built into dist/bundle/ by `npm ci` (the prepare script); this file only starts it.
import { main } from '../dist/bundle/main.js';
process.exitCode = await main(process.argv.slice(2));

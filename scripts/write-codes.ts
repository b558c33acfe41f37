// Rewrites the table of codes in README.md from pipeline/codes.ts: `npm run codes`.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PACKAGE_ROOT } from '../pipeline/paths.js';
import { withCodesTable } from './codes-table.js';

const readme = path.join(PACKAGE_ROOT, 'README.md');
writeFileSync(readme, withCodesTable(readFileSync(readme, 'utf8')));
console.log('已更新 README.md 的代码表');

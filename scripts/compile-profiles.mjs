// Compiles the built-in scoring profiles (profiles/*.yaml with a budgetRate) into dist/profiles/<id>.json,
// validated by the same loader the CLI uses, with the YAML's text: a `check` without --data then
// starts without the YAML parser, zod or a hash (pipeline/load/compiled.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadProfile } from '../dist/pipeline/load/index.js';
import { builtinProfileIds, COMPILED_PROFILES_DIR } from '../dist/pipeline/load/compiled.js';
import { PROFILES_DIR } from '../dist/pipeline/paths.js';

mkdirSync(COMPILED_PROFILES_DIR, { recursive: true });
for (const id of builtinProfileIds()) {
  const file = `${id}.yaml`;
  const profile = await loadProfile(id, PROFILES_DIR);
  writeFileSync(path.join(COMPILED_PROFILES_DIR, `${id}.json`), `${JSON.stringify({ source: readFileSync(path.join(PROFILES_DIR, file), 'utf8'), profile })}\n`);
}

// Compiles the built-in scoring profiles (profiles/*.yaml with a budgetRate) and frameworks of dimensions
// (profiles/*-framework.yaml) into dist/profiles/<id>.json, validated by the same loader the CLI uses, with
// the YAML's text: a `check` without --data then starts without the YAML parser, zod or a hash, and a
// draft validates only its data file (pipeline/load/compiled.ts).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadFramework, loadProfile } from '../dist/pipeline/load/index.js';
import { builtinFrameworkIds, builtinProfileIds, COMPILED_PROFILES_DIR } from '../dist/pipeline/load/compiled.js';
import { PROFILES_DIR } from '../dist/pipeline/paths.js';

mkdirSync(COMPILED_PROFILES_DIR, { recursive: true });
const write = (id, value) => {
  const source = readFileSync(path.join(PROFILES_DIR, `${id}.yaml`), 'utf8');
  writeFileSync(path.join(COMPILED_PROFILES_DIR, `${id}.json`), `${JSON.stringify({ source, value })}\n`);
};
for (const id of builtinProfileIds()) write(id, await loadProfile(id, PROFILES_DIR));
for (const id of builtinFrameworkIds()) write(id, await loadFramework(id, PROFILES_DIR));

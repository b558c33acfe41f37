// Compiles the built-in templates into dist/templates.cjs (pipeline/render/precompiled.ts): a draft
// then runs their compiled code instead of lexing and compiling them on every start.
import { writeFileSync } from 'node:fs';
import { PRECOMPILED_FILE, precompileBuiltInTemplates } from '../dist/pipeline/render/precompiled.js';

writeFileSync(PRECOMPILED_FILE, precompileBuiltInTemplates());

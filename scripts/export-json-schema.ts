// Regenerates schemas/jixiao-data.schema.json from the zod schemas: `npm run schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { checkJsonSchema, CHECK_JSON_SCHEMA_FILE, dataJsonSchema, DATA_JSON_SCHEMA_FILE } from '../schemas/json-schema.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';

writeFileSync(path.join(PACKAGE_ROOT, DATA_JSON_SCHEMA_FILE), dataJsonSchema());
writeFileSync(path.join(PACKAGE_ROOT, CHECK_JSON_SCHEMA_FILE), checkJsonSchema());
console.log(`已写出 ${DATA_JSON_SCHEMA_FILE}、${CHECK_JSON_SCHEMA_FILE}`);

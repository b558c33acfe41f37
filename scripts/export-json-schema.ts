// Regenerates schemas/jixiao-data.schema.json from the zod schemas: `npm run schema`.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { dataJsonSchema, DATA_JSON_SCHEMA_FILE } from '../schemas/json-schema.js';
import { PACKAGE_ROOT } from '../pipeline/paths.js';

writeFileSync(path.join(PACKAGE_ROOT, DATA_JSON_SCHEMA_FILE), dataJsonSchema());
console.log(`已写出 ${DATA_JSON_SCHEMA_FILE}`);

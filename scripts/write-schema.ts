/**
 * Writes `schema/policy.schema.json` from the zod schema (`npm run schema`).
 * The file is committed so editors can validate `.policy` files from the
 * repository; test/unit/model/json-schema.test.ts fails when it is stale.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMA_FILE, serializeJsonSchema } from '../shared/model/json-schema.ts';

const file = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), JSON_SCHEMA_FILE);
await mkdir(dirname(file), { recursive: true });
await writeFile(file, serializeJsonSchema());
console.log(`Wrote ${JSON_SCHEMA_FILE}`);

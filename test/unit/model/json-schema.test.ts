import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { JSON_SCHEMA_FILE, projectJsonSchema, serializeJsonSchema } from '../../../shared/model/json-schema.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/project-file.ts';
import { baseProjectInput } from '../../fixtures/project-builder.ts';

const ROOT = join(import.meta.dirname, '../../..');
const V1 = join(ROOT, 'test/fixtures/v1');

/** Validates as an editor would: structure and field names; formats and zod-only refinements are Policy Studio's job. */
const validate = new Ajv2020({ strict: false, validateFormats: false, allErrors: true }).compile(projectJsonSchema());

describe('the JSON Schema of .policy files', () => {
  it('is committed as generated from the zod schema (run `npm run schema` after changing shared/model/schema.ts)', () => {
    expect(readFileSync(join(ROOT, JSON_SCHEMA_FILE), 'utf8'), 'schema/policy.schema.json is stale: run `npm run schema`').toBe(serializeJsonSchema());
  });

  it('names itself and the format version', () => {
    const schema = projectJsonSchema();
    expect(schema.$id).toMatch(/policy\.v3\.schema\.json$/);
    expect(schema.title).toMatch(/schema version 3/);
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('accepts the v2 fixture, with a "$schema" line and with the defaulted fields left out', () => {
    expect(validate(baseProjectInput()), JSON.stringify(validate.errors)).toBe(true);
    const minimal: Record<string, unknown> = { ...baseProjectInput(), $schema: './schema/policy.schema.json' };
    for (const key of ['cookies', 'children', 'changes', 'changeLog', 'security', 'recipients', 'scope']) delete minimal[key];
    expect(validate(minimal), JSON.stringify(validate.errors)).toBe(true);
  });

  it('accepts every migrated v1 file as Policy Studio writes it', () => {
    for (const name of readdirSync(V1)) {
      const r = parseProjectFile(readFileSync(join(V1, name), 'utf8'));
      expect(r.ok, name).toBe(true);
      if (r.ok) expect(validate(JSON.parse(serializeProject(r.project))), `${name}: ${JSON.stringify(validate.errors)}`).toBe(true);
    }
  });

  it('rejects what the app rejects in structure: an unknown role, a missing purpose, a v1 file', () => {
    const input = structuredClone(baseProjectInput());
    (input.recipients![0] as { role: string }).role = 'vendor';
    delete (input.activities[0] as { purpose?: unknown }).purpose;
    expect(validate(input)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/recipients/0/role', '/activities/0']));
    expect(validate(JSON.parse(readFileSync(join(V1, 'saas-sweden.policy'), 'utf8')))).toBe(false);
  });
});

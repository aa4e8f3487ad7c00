import { z } from 'zod';
import { projectSchema, SCHEMA_VERSION } from './schema.ts';

/** Where the committed schema lives in the repository, and the `$id` editors see. */
export const JSON_SCHEMA_FILE = 'schema/policy.schema.json';
export const JSON_SCHEMA_ID = `https://policy-studio.invalid/schema/policy.v${SCHEMA_VERSION}.schema.json`;

/**
 * The JSON Schema of a `.policy` file, generated from the zod schema so the
 * two cannot drift. The input side: fields with a default may be left out,
 * as in a file a person writes. Refinements zod cannot express (a real
 * calendar date, a known country code, ids that refer to entries) are
 * checked only by Policy Studio; the JSON Schema gives editors structure,
 * field names and completion.
 */
export function projectJsonSchema(): Record<string, unknown> {
  const generated = z.toJSONSchema(projectSchema, { io: 'input', target: 'draft-2020-12', unrepresentable: 'any' });
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: JSON_SCHEMA_ID,
    title: `Policy Studio project (.policy), schema version ${SCHEMA_VERSION}`,
    description: 'Facts about personal data from which Policy Studio writes a privacy policy. Field names are documented in the README.',
    ...rest,
  };
}

/** The bytes of `schema/policy.schema.json`: pretty-printed with a trailing newline. */
export function serializeJsonSchema(): string {
  return `${JSON.stringify(projectJsonSchema(), null, 2)}\n`;
}

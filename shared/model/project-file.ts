import { toProjectErrors, type ProjectError } from './errors.ts';
import { migrate } from './migrate.ts';
import { projectSchema, type Project } from './schema.ts';

export type ParseResult =
  | { ok: true; project: Project; migratedFrom: number | null; migrationNotes: string[] }
  | { ok: false; errors: ProjectError[] };

/** Where a JSON syntax error sits, as `line L, column C`, so the user can find it in a text editor. */
function locateJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /position (\d+)/.exec(message);
  if (!match) return message;
  const offset = Number(match[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')} (line ${line}, column ${column})`;
}

/** Validates an already-parsed object (from the form, IPC or a file). */
export function parseProject(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object' }] };
  }
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: migrated.errors };
  const result = projectSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, errors: toProjectErrors(result.error, migrated.value) };
  return { ok: true, project: result.data, migratedFrom: migrated.migratedFrom, migrationNotes: migrated.notes };
}

/** Reads the text of a `.policy` file. */
export function parseProjectFile(text: string): ParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [{ path: '(file)', message: `not valid JSON: ${locateJsonError(text, error)}` }] };
  }
  return parseProject(raw);
}

/** `$schema` then `schemaVersion` open the file, as editors and readers expect; the rest follow alphabetically. */
function rank(key: string): number {
  return key === '$schema' ? 0 : key === 'schemaVersion' ? 1 : 2;
}

/**
 * Sorts object keys so that two saves of the same project produce the same
 * bytes and a change shows as a small diff in git. Arrays keep their order:
 * it is meaningful (processors table, change log).
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const keys = Object.keys(value).sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
    for (const key of keys) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** The bytes of a `.policy` file: pretty-printed, stable key order, trailing newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(sortKeys(project), null, 2)}\n`;
}

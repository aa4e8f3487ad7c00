import { documentContentErrors } from './document-content.ts';
import { toProjectErrors, type ProjectError } from './errors.ts';
import { jsonShapeErrors } from './json-shape.ts';
import { findJsonSyntaxError, lineAndColumn } from './json-syntax.ts';
import { migrate } from './migrate.ts';
import { decodeProjectBytes, stripBom } from './project-text.ts';
import { projectSchema, type Project } from './schema.ts';
import { keepUnknownFields } from './unknown-fields.ts';

export type ParseResult =
  | {
      ok: true;
      project: Project;
      migratedFrom: number | null;
      migrationNotes: string[];
      /** Fields the schema does not know, kept in `project` so a save writes them back (`company.emial`). */
      unknownFields: string[];
    }
  | { ok: false; errors: ProjectError[] };

/** A JSON syntax error as one line with where it is: `line L, column C: expected …`, never quoting the file. */
function jsonSyntaxError(text: string): ProjectError {
  const found = findJsonSyntaxError(text);
  if (!found) return { path: '(file)', message: 'not valid JSON: check the file in a text editor' };
  const { line, column } = lineAndColumn(text, found.offset);
  return { path: '(file)', message: `not valid JSON at line ${line}, column ${column}: ${found.message}` };
}

/** Section content the user wrote in the editor, checked against the document schema every exporter writes. */
function contentErrors(project: Project): ProjectError[] {
  return [
    ...project.overrides.flatMap((o, i) => documentContentErrors(o.content, ['overrides', i, 'content'])),
    ...project.customSections.flatMap((c, i) => documentContentErrors(c.content, ['customSections', i, 'content'])),
  ];
}

/** Validates an already-parsed object (from the form, IPC or a file); fields it does not know are kept, not dropped. */
export function parseProject(raw: unknown): ParseResult {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object' }] };
  }
  // Depth and numbers first: zod walks recursively and would overflow the stack on a hostile file.
  const shape = jsonShapeErrors(raw);
  if (shape.length > 0) return { ok: false, errors: shape };
  const migrated = migrate(raw as Record<string, unknown>);
  if (!migrated.ok) return { ok: false, errors: migrated.errors };
  const result = projectSchema.safeParse(migrated.value);
  if (!result.success) return { ok: false, errors: toProjectErrors(result.error, migrated.value) };
  const content = contentErrors(result.data);
  if (content.length > 0) return { ok: false, errors: content };
  const unknownFields = keepUnknownFields(migrated.value, result.data);
  return { ok: true, project: result.data, migratedFrom: migrated.migratedFrom, migrationNotes: migrated.notes, unknownFields };
}

/** Reads the text of a `.policy` file (a leading byte-order mark is ignored). */
export function parseProjectFile(text: string): ParseResult {
  const body = stripBom(text);
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    return { ok: false, errors: [jsonSyntaxError(body)] };
  }
  return parseProject(raw);
}

/** Reads the bytes of a `.policy` file: UTF-8 only (the first bad byte named), then as `parseProjectFile`. */
export function parseProjectBytes(bytes: Uint8Array): ParseResult & { text?: string } {
  const decoded = decodeProjectBytes(bytes);
  if (!decoded.ok) return { ok: false, errors: [decoded.error] };
  return { ...parseProjectFile(decoded.text), text: decoded.text };
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
      // defineProperty: a field named "__proto__" (kept as an unknown field) must stay a field.
      if (v !== undefined) Object.defineProperty(out, key, { value: sortKeys(v), enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
  return value;
}

/** The bytes of a `.policy` file: pretty-printed, stable key order, trailing newline. */
export function serializeProject(project: Project): string {
  return `${JSON.stringify(sortKeys(project), null, 2)}\n`;
}

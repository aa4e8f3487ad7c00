import { formatPath, projectSchema, type Project } from '../../shared/model/index.ts';

/** Validation messages of the form, keyed by field path (`processors[1].country`). */
export type FieldErrors = ReadonlyMap<string, string>;

export interface Validation {
  /** The validated project with defaults filled, or null when some field needs attention. */
  valid: Project | null;
  errors: FieldErrors;
}

/** Validates the edited project with the same zod schema as the file format, mapping each issue to its field path. */
export function validateProject(draft: unknown): Validation {
  const result = projectSchema.safeParse(draft);
  if (result.success) return { valid: result.data, errors: new Map() };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    if (!errors.has(path)) errors.set(path, issue.message);
  }
  return { valid: null, errors };
}

/** The messages at `path` or below it (`scope.services` collects `scope.services[2]`), for list fields and table rows. */
export function errorsUnder(errors: FieldErrors, path: string): string[] {
  const out: string[] = [];
  for (const [key, message] of errors) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) out.push(message);
  }
  return out;
}

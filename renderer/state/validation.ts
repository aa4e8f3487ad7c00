import type { z } from 'zod';
import { formatPath, projectSchema, referenceIssues, type Project } from '../../shared/model/index.ts';

/** Validation messages of the form, keyed by field path (`recipients[1].storedIn[0]`). */
export type FieldErrors = ReadonlyMap<string, string>;

export interface Validation {
  /** The validated project with defaults filled, or null when some field needs attention. */
  valid: Project | null;
  errors: FieldErrors;
}

type Shape = typeof projectSchema.shape;
type PartResult = { ok: true; data: unknown } | { ok: false; issues: readonly z.core.$ZodIssue[] };

/**
 * Results per top-level part of the project (company, recipients, …), keyed
 * by the part's object. Edits share structure, so a keystroke in the company
 * name leaves `recipients` and `cookies` the same objects and their results
 * are reused: only the part that changed is parsed again.
 */
const partResults = new WeakMap<object, Map<string, PartResult>>();

function validatePart(key: keyof Shape, value: unknown): PartResult {
  const cacheable = value !== null && typeof value === 'object';
  const byKey = cacheable ? partResults.get(value) : undefined;
  const cached = byKey?.get(key);
  if (cached) return cached;
  const parsed = projectSchema.shape[key].safeParse(value);
  const result: PartResult = parsed.success ? { ok: true, data: parsed.data } : { ok: false, issues: parsed.error.issues };
  if (cacheable) {
    const map = byKey ?? new Map<string, PartResult>();
    map.set(key, result);
    if (!byKey) partResults.set(value, map);
  }
  return result;
}

/**
 * Validates the edited project with the same zod schema as the file format,
 * mapping each issue to its field path. Each top-level part is parsed on its
 * own (so unchanged parts are skipped); the schema's one rule across parts,
 * ids and the references between categories, activities and recipients
 * (`referenceIssues`), runs once those three parts are valid. The whole-schema
 * parse gives the same messages, except that it may hold back reference
 * messages while some other part has a type error: the form shows them at once.
 */
export function validateProject(draft: unknown): Validation {
  if (draft === null || typeof draft !== 'object' || Array.isArray(draft)) return validateWhole(draft);
  const input = draft as Record<string, unknown>;
  const errors = new Map<string, string>();
  const valid: Record<string, unknown> = {};
  for (const key of Object.keys(projectSchema.shape) as (keyof Shape)[]) {
    const result = validatePart(key, input[key]);
    if (result.ok) {
      if (result.data !== undefined || key in input) valid[key] = result.data;
      continue;
    }
    for (const issue of result.issues) {
      const path = formatPath([key, ...issue.path]);
      if (!errors.has(path)) errors.set(path, plainMessage(issue));
    }
  }
  const lists = valid as Partial<Project>;
  if (lists.dataCategories && lists.activities && lists.recipients) {
    const references = referenceIssues({ dataCategories: lists.dataCategories, activities: lists.activities, recipients: lists.recipients });
    for (const issue of references) {
      const path = formatPath(issue.path);
      if (!errors.has(path)) errors.set(path, issue.message);
    }
  }
  return errors.size === 0 ? { valid: valid as Project, errors } : { valid: null, errors };
}

/**
 * The schema's message, except zod's own wording for a number field left
 * empty ("Invalid input: expected number, received NaN"), which says nothing
 * to a user: it becomes "expected a number".
 */
function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.startsWith('Invalid input:')) {
    if (issue.expected === 'number' || issue.expected === 'int') return 'expected a number';
  }
  return issue.message;
}

function validateWhole(draft: unknown): Validation {
  const result = projectSchema.safeParse(draft);
  if (result.success) return { valid: result.data, errors: new Map() };
  const errors = new Map<string, string>();
  for (const issue of result.error.issues) {
    const path = formatPath(issue.path);
    if (!errors.has(path)) errors.set(path, plainMessage(issue));
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

/** The messages at `path` or below it, as a map; for a table, which re-renders only when its own messages change. */
export function errorMapUnder(errors: FieldErrors, path: string): FieldErrors {
  const out = new Map<string, string>();
  for (const [key, message] of errors) {
    if (key === path || key.startsWith(`${path}.`) || key.startsWith(`${path}[`)) out.set(key, message);
  }
  return out;
}

/** Whether two message maps hold the same messages at the same paths. */
export function sameErrors(a: FieldErrors, b: FieldErrors): boolean {
  if (a === b) return true;
  if (a.size !== b.size) return false;
  for (const [key, message] of a) if (b.get(key) !== message) return false;
  return true;
}

import type { z } from 'zod';

/** One problem in a project file, located by its JSON path (`processors[3].country`). */
export interface ProjectError {
  path: string;
  message: string;
}

/** `['processors', 3, 'country']` → `processors[3].country`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') {
    // Control, invisible and direction-changing characters are shown as \uXXXX: an error line must read as what it says.
    const shown = JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return shown.replace(/[\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF0-\uFFFF]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  }
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  return JSON.stringify(value);
}

/**
 * Turns zod issues into messages a consultant can act on: the JSON path, what
 * was expected, and what the file held (`expected an ISO country code, got "Norge"`).
 */
export function toProjectErrors(error: z.ZodError, input: unknown): ProjectError[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}` };
    }
    const got = valueAt(input, issue.path);
    const message = issue.message.startsWith('Invalid input') ? `expected ${issue.code.replace(/_/g, ' ')}` : issue.message;
    // Array-length and cross-field messages describe the container; "got" would only repeat it.
    const showGot = issue.code !== 'too_small' && issue.code !== 'too_big' && !(issue.code === 'custom' && got === undefined && issue.path.length > 0 && issue.message.includes('when'));
    return { path, message: showGot ? `${message}, got ${describeValue(got)}` : message };
  });
}

/** `processors[3].country: expected an ISO country code, got "Norge"` */
export function formatProjectError(error: ProjectError): string {
  return `${error.path}: ${error.message}`;
}

import type { z } from 'zod';

/** One problem in a project file, located by its JSON path (`processors[3].country`). */
export interface ProjectError {
  path: string;
  message: string;
}

/** A key as a path may show it plainly; any other (a typo with a space, a newline, a NUL) is quoted and escaped. */
const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$-]*$/;

/** `['processors', 3, 'country']` → `processors[3].country`; an odd key is quoted (`company["e mail"]`), so a path is always one line. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (typeof key === 'string' && PLAIN_KEY.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${escapeForLine(JSON.stringify(String(key)))}]`;
  }
  return out === '' ? '(root)' : out;
}

/** Control, invisible and direction-changing characters and lone surrogates, each shown as \\uXXXX. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNPRINTABLE = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u2028-\u202E\u2060-\u2069\uFEFF\uFFF0-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every unprintable character as \\uXXXX: an error line must read as what it says, on one line. */
export function escapeForLine(text: string): string {
  return text.replace(UNPRINTABLE, (ch) => `\\u${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

/** What the file held, in a few words or a short quoted text; never more than one line. */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return escapeForLine(JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value));
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'null';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number' && !Number.isFinite(value)) return 'a number too large to store';
  return escapeForLine(String(JSON.stringify(value)));
}

/** A zod type name as what to enter (`string` → "a text"). */
const NOUNS: Readonly<Record<string, string>> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  record: 'an object',
  null: 'null',
};

const noun = (expected: string): string => NOUNS[expected] ?? expected;

/** What a union accepts, from what each of its branches expected at the top (`a text, or a text per language`). */
function unionExpectation(issue: Extract<z.core.$ZodIssue, { code: 'invalid_union' }>): string {
  const kinds = new Set<string>();
  for (const branch of issue.errors) {
    const root = branch.find((b) => b.path.length === 0 && b.code === 'invalid_type');
    if (root && root.code === 'invalid_type') kinds.add(root.expected);
  }
  if (kinds.has('string') && kinds.has('record')) return 'a text, or a text per language like {"en": "..."}';
  if (kinds.size === 0) return 'one of the forms this field takes';
  return [...kinds].map(noun).join(' or ');
}

/** The message for one issue: the schema's own when it has one, else what to enter in our words. */
function issueMessage(issue: z.core.$ZodIssue, got: unknown): { message: string; showGot: boolean } {
  const own = !issue.message.startsWith('Invalid ') && !issue.message.startsWith('Too ');
  if (issue.code === 'invalid_type' && typeof got === 'number' && !Number.isFinite(got)) {
    return { message: 'expected a number of at most 15 digits; this one is too large to store', showGot: false };
  }
  // A reference issue (schema.ts, `referenceIssues`) already quotes the value.
  if (issue.code === 'custom' && issue.params?.['statesValue'] === true) return { message: issue.message, showGot: false };
  if (own) return { message: issue.message, showGot: true };
  switch (issue.code) {
    case 'invalid_type':
      return got === undefined ? { message: `missing: enter ${noun(issue.expected)}`, showGot: false } : { message: `expected ${noun(issue.expected)}`, showGot: true };
    case 'invalid_union': {
      const expected = unionExpectation(issue);
      return got === undefined ? { message: `missing: enter ${expected}`, showGot: false } : { message: `expected ${expected}`, showGot: true };
    }
    case 'invalid_value':
      return { message: `expected ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => escapeForLine(String(JSON.stringify(v)))).join(', ')}`, showGot: true };
    case 'too_small':
      return { message: issue.origin === 'array' ? `expected at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}` : `expected ${issue.minimum} or more`, showGot: issue.origin !== 'array' };
    case 'too_big':
      return { message: issue.origin === 'array' ? `expected at most ${issue.maximum} items` : issue.origin === 'string' ? `expected at most ${issue.maximum} characters` : `expected ${issue.maximum} or less`, showGot: issue.origin === 'number' || issue.origin === 'int' };
    case 'invalid_format':
      return { message: `expected ${issue.format === 'email' ? 'an email address' : `a text in the ${issue.format} format`}`, showGot: true };
    case 'invalid_key':
      return { message: 'expected a known field name', showGot: false };
    default:
      return { message: 'expected a different value here', showGot: true };
  }
}

/**
 * Turns zod issues into messages a consultant can act on: the JSON path, what
 * was expected, and what the file held (`expected an ISO country code, got "Norge"`).
 */
export function toProjectErrors(error: z.ZodError, input: unknown): ProjectError[] {
  return error.issues.map((issue) => {
    const path = formatPath(issue.path);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((k) => escapeForLine(JSON.stringify(k)));
      return { path, message: `unknown field${keys.length > 1 ? 's' : ''} ${keys.join(', ')}: delete ${keys.length > 1 ? 'them' : 'it'} or check the spelling` };
    }
    const got = valueAt(input, issue.path);
    const { message, showGot } = issueMessage(issue, got);
    // Array-length and cross-field messages describe the container; "got" would only repeat it.
    const crossField = issue.code === 'custom' && got === undefined && issue.path.length > 0 && issue.message.includes('when');
    const withGot = showGot && issue.code !== 'too_small' && !(issue.code === 'too_big' && typeof got !== 'number') && !crossField;
    return { path, message: oneLine(withGot ? `${message}, got ${describeValue(got)}` : message) };
  });
}

/** Any message, as one line: a schema message never should hold a line break, but one from elsewhere might. */
export function oneLine(message: string): string {
  return escapeForLine(message.replace(/\r?\n/g, ' '));
}

/** `processors[3].country: expected an ISO country code, got "Norge"` */
export function formatProjectError(error: ProjectError): string {
  return `${error.path}: ${error.message}`;
}

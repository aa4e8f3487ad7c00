import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { PAPER_SIZES } from '../export/html-style.ts';
import { DOCUMENT_LANGUAGES } from '../model/languages.ts';
import type { ApiMethod, PolicyStudioApi } from './api.ts';

/**
 * Schemas for every request that crosses into the host. The main process
 * (and the browser test host) parse each call's arguments with these before
 * a handler sees them: data from the page is untrusted input.
 */

/** An absolute path (POSIX `/…`, Windows `C:\…` or `\\server\…`): a relative one would resolve against the host's working folder. */
export const absolutePath = z
  .string({ error: 'expected a file path' })
  .min(1, { error: 'expected a file path' })
  .max(4096, { error: 'expected a file path of at most 4096 characters' })
  .refine((s) => !s.includes('\0'), { error: 'expected a file path without NUL characters' })
  .refine((s) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(s), { error: 'expected an absolute file path' });

/**
 * A project as sent by the page: any JSON object. Its content is checked by
 * the handler with the project schema, so that problems come back as
 * per-field errors the form can show rather than as a rejected call.
 */
export const projectPayload = z.record(z.string(), z.unknown(), { error: 'expected a project object' });

/** "expected a request object" when the argument is missing or not an object; zod's default for other issues. */
const requestObject = { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? 'expected a request object' : undefined) };

export const saveRequest = z.strictObject({
  path: absolutePath.optional(),
  project: projectPayload,
  /** The user confirmed replacing a file that could not be read as a project. */
  overwriteInvalid: z.boolean().optional(),
}, requestObject);
export type SaveRequest = z.infer<typeof saveRequest>;

export const saveAsRequest = z.strictObject({
  project: projectPayload,
  /** Where the dialog starts: the current file, or a suggested name. */
  defaultPath: z.string().max(4096).optional(),
}, requestObject);
export type SaveAsRequest = z.infer<typeof saveAsRequest>;

export const autosaveRequest = z.strictObject({
  /** The editor's current state; may be incomplete, so it is stored as is. */
  project: projectPayload,
  /** The file the work belongs to, or null when it was never saved. */
  path: absolutePath.nullable(),
  /** False when everything is saved: the snapshot is then cleared. */
  dirty: z.boolean(),
}, requestObject);
export type AutosaveRequest = z.infer<typeof autosaveRequest>;

export const exportRequest = z.strictObject({
  project: projectPayload,
  langs: z
    .array(z.enum(DOCUMENT_LANGUAGES, { error: `expected one of ${DOCUMENT_LANGUAGES.join(', ')}` }))
    .min(1, { error: 'expected at least one language' }),
  formats: z
    .array(z.enum(EXPORT_FORMATS, { error: `expected one of ${EXPORT_FORMATS.join(', ')}` }))
    .min(1, { error: 'expected at least one format' }),
  /** Paper of the PDFs; by default the company's country decides (Letter in the US and Canada, else A4). */
  paper: z.enum(PAPER_SIZES, { error: `expected one of ${PAPER_SIZES.join(', ')}` }).optional(),
  /** Where to write; asked with a folder dialog when missing. */
  folder: absolutePath.optional(),
}, requestObject);
export type ExportRequest = z.infer<typeof exportRequest>;

const starterId = z
  .string({ error: 'expected a starter id' })
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { error: 'expected a starter id like "small-webshop"' });

const fileName = z.string({ error: 'expected a file name' }).max(255, { error: 'expected a file name of at most 255 characters' });

const url = z.string({ error: 'expected a web address' }).max(2048, { error: 'expected a web address of at most 2048 characters' });

/** One argument of an API call: its schema and the name used in error messages. */
interface ArgSpec {
  name: string;
  schema: z.ZodType;
}

/** The arguments each API method takes, in order. A call with more arguments than listed is refused. */
export const REQUEST_ARGS = {
  listStarters: [],
  newFromStarter: [{ name: 'id', schema: starterId }],
  openFile: [{ name: 'path', schema: absolutePath.optional() }],
  recentFiles: [],
  clearRecentFiles: [],
  save: [{ name: 'request', schema: saveRequest }],
  saveAs: [{ name: 'request', schema: saveAsRequest }],
  autosave: [{ name: 'request', schema: autosaveRequest }],
  checkRecovery: [],
  discardRecovery: [],
  exportFiles: [{ name: 'request', schema: exportRequest }],
  showInFolder: [{ name: 'path', schema: absolutePath }],
  setDirty: [
    { name: 'dirty', schema: z.boolean({ error: 'expected true or false' }) },
    { name: 'fileName', schema: fileName.nullable() },
  ],
  openExternal: [{ name: 'url', schema: url }],
  takeLaunchFile: [],
} as const satisfies Record<ApiMethod, readonly ArgSpec[]>;

export type ParsedArgs = { ok: true; args: unknown[] } | { ok: false; message: string };

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/**
 * Checks the arguments of one API call against its schemas. The message
 * names the method, the argument and the field, e.g.
 * `save: request.path: expected an absolute file path`.
 */
export function parseRequestArgs(method: ApiMethod, args: readonly unknown[]): ParsedArgs {
  const specs: readonly ArgSpec[] = REQUEST_ARGS[method];
  if (args.length > specs.length) {
    return { ok: false, message: `${method}: expected at most ${specs.length} argument${specs.length === 1 ? '' : 's'}, got ${args.length}` };
  }
  const parsed: unknown[] = [];
  const problems: string[] = [];
  specs.forEach((spec, index) => {
    const result = spec.schema.safeParse(args[index]);
    if (result.success) {
      parsed.push(result.data);
      return;
    }
    for (const issue of result.error.issues) {
      problems.push(`${spec.name}${describeIssuePath(issue.path)}: ${issue.message}`);
    }
  });
  if (problems.length > 0) return { ok: false, message: `${method}: ${problems.join('; ')}` };
  // Optional arguments the caller left out stay left out.
  return { ok: true, args: parsed.slice(0, args.length) };
}

type ArgsOf<Specs extends readonly ArgSpec[]> = { -readonly [K in keyof Specs]: Specs[K] extends { schema: infer S extends z.ZodType } ? z.output<S> : never };

/** Compile-time proof that whatever the schemas let through is what each API method accepts. */
type SchemasMatchApi = {
  [M in ApiMethod]: ArgsOf<(typeof REQUEST_ARGS)[M]> extends Parameters<PolicyStudioApi[M]> ? true : M;
};
type Mismatched = Exclude<SchemasMatchApi[ApiMethod], true>;
// A type error here names the API method whose schemas and signature disagree.
const schemasMatchApi: [Mismatched] extends [never] ? true : Mismatched = true;
void schemasMatchApi;

import { z } from 'zod';
import { EXPORT_FORMATS } from '../export/formats.ts';
import { PAPER_SIZES } from '../export/html-style.ts';
import { DOCUMENT_LANGUAGES } from '../model/languages.ts';
import { TRANSLATION_FORMATS } from '../translations/file-format.ts';
import type { ApiMethod, PolicyStudioApi } from './api.ts';
import { FILE_HANDLE_PATTERN } from './granted-file.ts';

/**
 * Schemas for every request that crosses into the host. The main process
 * (and the browser test host) parse each call's arguments with these before
 * a handler sees them: data from the page is untrusted input.
 */

/**
 * A file or folder handle the host granted. Only its shape is checked here;
 * whether this window holds it is the capability registry's decision. The
 * page never sends a path: a path (or anything else) is refused here.
 */
export const fileHandle = z
  .string({ error: 'expected a file handle granted by a dialog or the recent list' })
  .regex(FILE_HANDLE_PATTERN, { error: 'expected a file handle granted by a dialog or the recent list, not a path' });

/** A plain file name for the Save As dialog to suggest: no folder, so the page cannot steer the dialog anywhere. */
const suggestedName = z
  .string({ error: 'expected a file name' })
  .min(1, { error: 'expected a file name' })
  .max(255, { error: 'expected a file name of at most 255 characters' })
  .refine((s) => !/[\\/\0]/.test(s) && s !== '.' && s !== '..', { error: 'expected a file name without a folder' });

/**
 * A project as sent by the page: any JSON object. Its content is checked by
 * the handler with the project schema, so that problems come back as
 * per-field errors the form can show rather than as a rejected call.
 */
export const projectPayload = z.record(z.string(), z.unknown(), { error: 'expected a project object' });

/** "expected a request object" when the argument is missing or not an object; zod's default for other issues. */
const requestObject = { error: (issue: { code: string }) => (issue.code === 'invalid_type' ? 'expected a request object' : undefined) };

export const saveRequest = z.strictObject({
  /** The file to save to; without one, the Save As dialog asks. */
  handle: fileHandle.optional(),
  project: projectPayload,
  /** The user confirmed replacing a file that could not be read as a project. */
  overwriteInvalid: z.boolean().optional(),
}, requestObject);
export type SaveRequest = z.infer<typeof saveRequest>;

export const saveAsRequest = z.strictObject({
  project: projectPayload,
  /** The dialog starts next to this granted file (the current one)… */
  startAt: fileHandle.optional(),
  /** …or, for a file never saved, with this name. */
  suggestedName: suggestedName.optional(),
}, requestObject);
export type SaveAsRequest = z.infer<typeof saveAsRequest>;

export const autosaveRequest = z.strictObject({
  /** The editor's current state; may be incomplete, so it is stored as is. */
  project: projectPayload,
  /** The granted file the work belongs to, or null when it was never saved. */
  handle: fileHandle.nullable(),
  /** False when everything is saved: the snapshot is then cleared. */
  dirty: z.boolean(),
}, requestObject);
export type AutosaveRequest = z.infer<typeof autosaveRequest>;

/** The formats a redline can be written in: Word with tracked changes, HTML with `<ins>`/`<del>`. */
export const REDLINE_FORMATS = ['docx', 'html'] as const;

/** "v2" (a published version) or "working" (the project as sent). */
const versionRef = z.string({ error: 'expected a version id like "v2" or "working"' }).regex(/^(v[1-9][0-9]{0,5}|working)$/, { error: 'expected a version id like "v2" or "working"' });

const redlineCompare = z.strictObject({ from: versionRef, to: versionRef });

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
  /** The granted folder to write into; asked with a folder dialog when missing. */
  folder: fileHandle.optional(),
  /** Append the "Disclosure index" appendix (each law's required items and where the policy states them). */
  disclosureIndex: z.boolean().optional(),
  /** A redline of two published versions (or a version and "working") instead of the policy; formats docx and html only. */
  compare: redlineCompare.optional(),
}, requestObject).refine((r) => r.compare === undefined || r.formats.every((f) => (REDLINE_FORMATS as readonly string[]).includes(f)), {
  error: `expected only the formats ${REDLINE_FORMATS.join(', ')} for a redline`,
  path: ['formats'],
});
export type ExportRequest = z.infer<typeof exportRequest>;

const documentLanguage = z.enum(DOCUMENT_LANGUAGES, { error: `expected one of ${DOCUMENT_LANGUAGES.join(', ')}` });

export const exportTranslationsRequest = z.strictObject({
  project: projectPayload,
  /** The language to translate into. */
  lang: documentLanguage,
  /** The language translated from; by default the project's first. */
  from: documentLanguage.optional(),
  format: z.enum(TRANSLATION_FORMATS, { error: `expected one of ${TRANSLATION_FORMATS.join(', ')}` }),
}, requestObject);
export type ExportTranslationsRequest = z.infer<typeof exportTranslationsRequest>;

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
  openFile: [{ name: 'handle', schema: fileHandle.optional() }],
  recentFiles: [],
  clearRecentFiles: [],
  save: [{ name: 'request', schema: saveRequest }],
  saveAs: [{ name: 'request', schema: saveAsRequest }],
  autosave: [{ name: 'request', schema: autosaveRequest }],
  checkRecovery: [],
  discardRecovery: [],
  exportFiles: [{ name: 'request', schema: exportRequest }],
  showInFolder: [{ name: 'handle', schema: fileHandle }],
  setDirty: [
    { name: 'dirty', schema: z.boolean({ error: 'expected true or false' }) },
    { name: 'fileName', schema: fileName.nullable() },
  ],
  openExternal: [{ name: 'url', schema: url }],
  takeLaunchFile: [],
  exportTranslations: [{ name: 'request', schema: exportTranslationsRequest }],
  importTranslations: [],
  importCookies: [],
  scanCookies: [{ name: 'url', schema: url }],
} as const satisfies Record<ApiMethod, readonly ArgSpec[]>;

export type ParsedArgs = { ok: true; args: unknown[] } | { ok: false; message: string };

function describeIssuePath(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('');
}

/**
 * Checks the arguments of one API call against its schemas. The message
 * names the method, the argument and the field, e.g.
 * `save: request.handle: expected a file handle granted by a dialog or the recent list, not a path`.
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

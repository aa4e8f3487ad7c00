import { toProjectErrors, type ProjectError } from './errors.ts';
import { jsonShapeErrors } from './json-shape.ts';
import { migrate } from './migrate.ts';
import { parseProject } from './project-file.ts';
import { projectSchema, SCHEMA_VERSION, type Project } from './schema.ts';

/** A crash-recovery snapshot that could not be read, moved aside (never deleted) so the user can send it or recover it by hand. */
export interface DamagedSnapshot {
  /** Where the damaged file now is. */
  keptAs: string;
  /** Why it could not be used, one line. */
  reason: string;
}

/**
 * What a crash-recovery snapshot gives the editor: the work as it was, even
 * when it was mid-edit and invalid (a legal name just emptied), with the
 * problems to show in the form; or why it cannot be loaded at all.
 */
export type SnapshotDraft =
  | { ok: true; project: Project; errors: ProjectError[]; migratedFrom: number | null }
  | { ok: false; reason: string };

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The least the form needs to show each part: every object and list it reads is there, empty. */
const SKELETON: Readonly<Record<string, unknown>> = {
  schemaVersion: SCHEMA_VERSION,
  company: { legalName: '', address: { street: '', postalCode: '', city: '', country: '' }, email: '', representatives: {}, dataLocations: [], dpfCertified: false, requestChannels: [] },
  languages: ['en'],
  jurisdictions: [],
  effectiveDate: '',
  dataCategories: [],
  activities: [],
};

/** `raw` laid over `base`: objects merged key by key, anything else from `raw` unless it is missing or `base` wants an object or list there. */
function overlay(base: unknown, raw: unknown): unknown {
  if (raw === undefined) return base;
  if (isRecord(base)) {
    if (!isRecord(raw)) return base;
    const out: Record<string, unknown> = { ...raw };
    for (const [key, value] of Object.entries(base)) out[key] = overlay(value, raw[key]);
    return out;
  }
  if (Array.isArray(base) && !Array.isArray(raw)) return base;
  return raw;
}

/** One top-level part: its validated value when valid (defaults filled), else what the snapshot held over the skeleton. */
function draftPart(key: keyof typeof projectSchema.shape, raw: unknown): unknown {
  const parsed = projectSchema.shape[key].safeParse(raw);
  if (parsed.success) return overlay(parsed.data, raw);
  return overlay(SKELETON[key], raw);
}

/**
 * Turns a snapshot into something the editor can load. A valid snapshot is
 * parsed as a file would be; an invalid one keeps every value it held, parts
 * missing or of the wrong kind replaced by empty ones, with the errors the
 * form will show. Only a snapshot that is not a project at all (not an
 * object, nested beyond reason, from a newer Policy Studio) cannot be loaded.
 */
export function snapshotDraft(raw: unknown): SnapshotDraft {
  if (!isRecord(raw)) return { ok: false, reason: 'the snapshot holds no project' };
  const shape = jsonShapeErrors(raw);
  if (shape.length > 0) return { ok: false, reason: `the snapshot is damaged (${shape[0]!.path}: ${shape[0]!.message})` };
  const versioned = raw.schemaVersion === undefined ? { ...raw, schemaVersion: SCHEMA_VERSION } : raw;
  const migrated = migrate(versioned);
  if (!migrated.ok) return { ok: false, reason: migrated.errors[0]!.message };
  const parsed = parseProject(migrated.value);
  if (parsed.ok) return { ok: true, project: parsed.project, errors: [], migratedFrom: parsed.migratedFrom };
  const draft: Record<string, unknown> = { ...migrated.value };
  for (const key of Object.keys(projectSchema.shape) as (keyof typeof projectSchema.shape)[]) {
    const value = draftPart(key, migrated.value[key]);
    if (value !== undefined) draft[key] = value;
  }
  const check = projectSchema.safeParse(draft);
  const errors = check.success ? parsed.errors : toProjectErrors(check.error, draft);
  // The editor holds drafts as Project and validates them field by field; this one is shown with its errors.
  return { ok: true, project: draft as unknown as Project, errors, migratedFrom: migrated.migratedFrom };
}

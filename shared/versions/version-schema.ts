import { z } from 'zod';
import { DOCUMENT_LANGUAGES } from '../model/languages.ts';

/**
 * How a published version is stored inside the project file (`versions[]`).
 * Kept free of the project schema itself: a snapshot is stored exactly as it
 * was published, in the format version of that day, and is migrated only
 * when read (`versionProject`), so a later format change never rewrites
 * what was published.
 */

const hash16 = z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected a 16-hex-digit hash' });

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
  .refine((s) => new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), { error: 'expected a real calendar date as YYYY-MM-DD' });

/**
 * The facts and overrides as published: a whole project object (without
 * `versions` or `$schema`) in its own `schemaVersion`. Checked against the
 * project schema only after migration, when read.
 */
export const versionSnapshot = z
  .object({ schemaVersion: z.int({ error: 'expected the format version the snapshot was written in' }).min(1) })
  .catchall(z.unknown());
export type VersionSnapshot = z.infer<typeof versionSnapshot>;

export const publishedVersion = z.object({
  /** "v1", "v2" … in the order published. */
  id: z.string().regex(/^v[1-9][0-9]*$/, { error: 'expected a version id like "v1"' }),
  /** The day it was published (YYYY-MM-DD). */
  date: isoDate,
  /** Why it was published, for the people who keep the file ("sent to the client's lawyer"); never printed in the policy. */
  note: z.string().trim().min(1).optional(),
  /** Hash of the snapshot (`hashContent`): a snapshot edited by hand no longer matches and is reported, not trusted. */
  hash: hash16,
  /** Hash of each language's rendered document as published, to tell whether regenerating it today gives the same text. */
  documents: z.partialRecord(z.enum(DOCUMENT_LANGUAGES), hash16).default({}),
  snapshot: versionSnapshot,
});
export type PublishedVersion = z.infer<typeof publishedVersion>;

/** The `versions` field: published versions, oldest first, each id once. */
export const publishedVersions = z.array(publishedVersion).superRefine((versions, ctx) => {
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    if (seen.has(v.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `expected a unique version id; "${v.id}" is used twice` });
    seen.add(v.id);
  });
});

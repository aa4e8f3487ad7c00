import { describeValue, type ProjectError } from './errors.ts';
import { migrateV1ToV2 } from './migrations/v1-to-v2.ts';
import { migrateV2ToV3 } from './migrations/v2-to-v3.ts';
import { SCHEMA_VERSION } from './schema.ts';

/** What one step made of a file: the lifted object and what the user should check, or why it could not. */
export type MigrationStepResult =
  | { ok: true; value: Record<string, unknown>; notes: string[] }
  | { ok: false; errors: ProjectError[] };

/** A step that lifts a raw project object from version `from` to `from + 1`. */
export type Migration = (raw: Record<string, unknown>) => MigrationStepResult;

/** Migrations keyed by the version they start from. */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  1: migrateV1ToV2,
  2: migrateV2ToV3,
};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; migratedFrom: number | null; notes: string[] }
  | { ok: false; errors: ProjectError[] };

/**
 * Brings an older file up to the current schema version in memory; refuses
 * files written by a newer Policy Studio. `notes` tell the user, one line
 * each, what was changed and what to check before saving.
 */
export function migrate(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, errors: [{ path: 'schemaVersion', message: `expected a whole number from 1 to ${target}, got ${describeValue(version)}` }] };
  }
  if (version > target) {
    return {
      ok: false,
      errors: [
        {
          path: 'schemaVersion',
          message: `this file was written by a newer Policy Studio (format version ${version}; this version reads up to ${target}). Update Policy Studio to open it.`,
        },
      ],
    };
  }
  let current = raw;
  const notes: string[] = [];
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, errors: [{ path: 'schemaVersion', message: `no migration from version ${v} to ${v + 1}` }] };
    const result = step(current);
    if (!result.ok) return result;
    current = result.value;
    notes.push(...result.notes);
  }
  return { ok: true, value: current, migratedFrom: version === target ? null : version, notes };
}

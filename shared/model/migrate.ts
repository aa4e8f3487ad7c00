import { SCHEMA_VERSION } from './schema.ts';

/** A step that lifts a raw project object from version `from` to `from + 1`. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they start from. Version 1 is the first
 * published format, so the table is empty; when version 2 ships, its step
 * goes in as `1: (raw) => ({ ...raw, schemaVersion: 2, … })`.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {};

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; migratedFrom: number | null }
  | { ok: false; message: string };

/** Brings an older file up to the current schema version; refuses files written by a newer Policy Studio. */
export function migrate(
  raw: Record<string, unknown>,
  migrations: Readonly<Record<number, Migration>> = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationResult {
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `schemaVersion: expected a whole number from 1 to ${target}, got ${JSON.stringify(version) ?? 'nothing'}` };
  }
  if (version > target) {
    return {
      ok: false,
      message: `schemaVersion: this file was written by a newer Policy Studio (format version ${version}; this version reads up to ${target}). Update Policy Studio to open it.`,
    };
  }
  let current = raw;
  for (let v = version; v < target; v++) {
    const step = migrations[v];
    if (!step) return { ok: false, message: `schemaVersion: no migration from version ${v} to ${v + 1}` };
    current = step(current);
  }
  return { ok: true, value: current, migratedFrom: version === target ? null : version };
}

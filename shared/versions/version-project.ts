import { formatProjectError } from '../model/errors.ts';
import { parseProject } from '../model/project-file.ts';
import type { Project } from '../model/schema.ts';
import { snapshotHash } from './verify.ts';
import type { PublishedVersion } from './version-schema.ts';

/** A version id ("v2") or "working" for the project as it is now. */
export type VersionRef = string;

export type VersionRead =
  | { ok: true; project: Project; version: PublishedVersion | null; migrationNotes: string[] }
  | { ok: false; message: string };

export function findVersion(project: Project, id: string): PublishedVersion | undefined {
  return project.versions?.find((v) => v.id === id);
}

/** The most recently published version, if any. */
export function latestVersion(project: Project): PublishedVersion | undefined {
  const versions = project.versions ?? [];
  return versions[versions.length - 1];
}

const published = (project: Project): string => {
  const ids = (project.versions ?? []).map((v) => v.id);
  return ids.length === 0 ? 'nothing has been published yet' : `published: ${ids.join(', ')}`;
};

/**
 * The project as it was when version `id` was published, for regenerating
 * its document or comparing with it. A snapshot from an older format is
 * migrated as it is read, never rewritten; one edited by hand since it was
 * published is refused.
 */
export function versionProject(project: Project, id: string): VersionRead {
  const version = findVersion(project, id);
  if (!version) return { ok: false, message: `there is no version "${id}" (${published(project)})` };
  if (snapshotHash(version.snapshot) !== version.hash) {
    return { ok: false, message: `${id} was changed after it was published (its snapshot no longer matches its hash), so it is not used` };
  }
  const parsed = parseProject(version.snapshot);
  if (!parsed.ok) {
    return { ok: false, message: `${id} cannot be read: ${parsed.errors.map(formatProjectError).join('; ')}` };
  }
  return { ok: true, project: { ...parsed.project, versions: undefined }, version, migrationNotes: parsed.migrationNotes };
}

/**
 * `ref` as a project: "working" (or nothing) is the project as it is now,
 * without its versions; "v2" is that published version.
 */
export function resolveVersionRef(project: Project, ref: VersionRef): VersionRead {
  if (ref === 'working') return { ok: true, project: { ...project, versions: undefined }, version: null, migrationNotes: [] };
  return versionProject(project, ref);
}

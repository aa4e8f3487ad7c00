import { hashContent } from '../document/hash.ts';
import type { Project } from '../model/schema.ts';
import { versionProject } from './version-project.ts';
import type { VersionSnapshot } from './version-schema.ts';

/** The hash stored with a snapshot when it is published: over its content, whatever the key order in the file. */
export function snapshotHash(snapshot: VersionSnapshot): string {
  return hashContent(snapshot);
}

/** A published version that cannot be trusted: edited by hand since it was published, or no longer readable. */
export interface VersionProblem {
  id: string;
  /** Where in the file, `versions[1].snapshot`. */
  path: string;
  kind: 'edited' | 'unreadable';
  message: string;
}

/**
 * Every published version whose snapshot no longer matches the hash stored
 * when it was published, or that no longer reads as a project. Such a
 * version is reported, and `versionProject` refuses it: a redline against
 * a hand-edited "published" text would misrepresent what was published.
 */
export function verifyVersions(project: Project): VersionProblem[] {
  const problems: VersionProblem[] = [];
  (project.versions ?? []).forEach((version, i) => {
    const path = `versions[${i}].snapshot`;
    if (snapshotHash(version.snapshot) !== version.hash) {
      problems.push({ id: version.id, path, kind: 'edited', message: `${version.id} (published ${version.date}) was changed after it was published: its snapshot no longer matches the hash stored with it, so it is not trusted` });
      return;
    }
    const read = versionProject(project, version.id);
    if (!read.ok) problems.push({ id: version.id, path, kind: 'unreadable', message: read.message });
  });
  return problems;
}

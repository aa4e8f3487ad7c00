/**
 * Published versions of a project: what the app (publish and compare) and
 * the CLI (`publish`, `diff`, `export --compare`) call. The signatures here
 * are the stable surface; each function lives in a module named after it.
 */
export type { PublishedVersion, VersionSnapshot } from './version-schema.ts';
export type { PublishOptions } from './publish.ts';
export type { ChangeKind, DiffEntry, DiffField, FactsDiff } from './facts-diff.ts';
export type { VersionRead, VersionRef } from './version-project.ts';
export type { VersionProblem } from './verify.ts';

export { publishVersion, proposeChangeLog, proposeChangeLogEntry, nextVersionId } from './publish.ts';
export { factsDiff, isEmptyDiff } from './facts-diff.ts';
export { describeDiff, describeEntry } from './describe-diff.ts';
export { versionProject, resolveVersionRef, findVersion, latestVersion } from './version-project.ts';
export { verifyVersions, snapshotHash } from './verify.ts';
export { hasVersionMessages } from './messages.ts';

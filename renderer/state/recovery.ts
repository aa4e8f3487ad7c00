import type { Recovery } from '../../shared/host/api.ts';
import { formatProjectError, snapshotDraft, type DamagedSnapshot, type Project, type ProjectError } from '../../shared/model/index.ts';

/** What Restore loads into the editor, or why the snapshot could not be used. */
export type Restored =
  | { ok: true; project: Project; errors: ProjectError[]; path: string | null; name: string | null }
  | { ok: false; message: string };

/**
 * The snapshot as an editor draft: always loaded when it is a project at
 * all, valid or not (a legal name emptied at the moment of the crash shows
 * as that field's error in the form, not as "could not be opened").
 */
export function restoreSnapshot(found: Recovery): Restored {
  const draft = snapshotDraft(found.project);
  if (!draft.ok) return { ok: false, message: draft.reason };
  return { ok: true, project: draft.project, errors: draft.errors, path: found.path, name: found.path ? found.name : null };
}

/** One status line for a restore: how many fields need attention. */
export function restoredSummary(errors: readonly ProjectError[]): string | null {
  if (errors.length === 0) return null;
  return `${errors.length} field${errors.length === 1 ? '' : 's'} need${errors.length === 1 ? 's' : ''} attention: ${formatProjectError(errors[0]!)}`;
}

/** The damaged snapshots a start moved aside, read defensively: older hosts do not send them. */
export function damagedOf(result: object): DamagedSnapshot[] {
  const damaged = (result as { damaged?: unknown }).damaged;
  if (!Array.isArray(damaged)) return [];
  return damaged.filter((d): d is DamagedSnapshot => typeof d === 'object' && d !== null && typeof (d as DamagedSnapshot).keptAs === 'string' && typeof (d as DamagedSnapshot).reason === 'string');
}

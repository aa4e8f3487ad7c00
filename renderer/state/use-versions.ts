import { useMemo, useState } from 'react';
import type { Project } from '../../shared/model/index.ts';
import type { PipelineEnv } from '../../shared/pipeline.ts';
import { publishVersion, verifyVersions, type PublishedVersion, type PublishOptions, type VersionProblem } from '../../shared/versions/api.ts';
import type { ProjectHistory } from './use-project-history.ts';
import { defaultSelection, type CompareSelection } from './version-compare.ts';

export interface Versions {
  /** Published versions that no longer match what was published (a hand-edited file): reported, never compared. */
  problems: readonly VersionProblem[];
  /** The comparison shown instead of the form, or null while editing. */
  compare: CompareSelection | null;
  /** Shows the compare view: the last trusted version against the working copy (a message when nothing is published). */
  openCompare(): void;
  setCompare(selection: CompareSelection): void;
  closeCompare(): void;
  /**
   * Publishes the valid project as one undoable step: the change-log entry
   * and the version are added to the project being edited, nothing else of
   * it changes. Returns an error message (a date before the last version's)
   * or null.
   */
  publish(valid: Project, options: PublishOptions): string | null;
}

/** Checked once per `versions` array: edits elsewhere in the project keep the same array, so typing never re-hashes every snapshot. */
const checked = new WeakMap<readonly PublishedVersion[], VersionProblem[]>();

function versionProblems(project: Project): VersionProblem[] {
  const versions = project.versions;
  if (!versions?.length) return [];
  let problems = checked.get(versions);
  if (!problems) {
    problems = verifyVersions(project);
    checked.set(versions, problems);
  }
  return problems;
}

/** The published versions of the open project: publish through the history (so Undo takes it back), and what the compare view shows. */
export function useVersions(project: Project | null, edits: Pick<ProjectHistory, 'update'>, env: PipelineEnv): Versions {
  const [compare, setCompare] = useState<CompareSelection | null>(null);
  const problems = useMemo(() => (project ? versionProblems(project) : []), [project]);

  const publish = (valid: Project, options: PublishOptions): string | null => {
    let next: Project;
    try {
      next = publishVersion(valid, options, env);
    } catch (error) {
      return error instanceof Error ? error.message : String(error);
    }
    const id = next.versions?.[next.versions.length - 1]?.id ?? 'version';
    edits.update(`versions:publish:${id}`, (p) => ({ ...p, changeLog: next.changeLog, versions: next.versions }));
    return null;
  };

  return {
    problems,
    // A project closed or replaced by one without that version: back to editing.
    compare: project && compare ? compare : null,
    openCompare: () => {
      // With nothing published the view opens on its explanation (and a Publish button).
      setCompare(project ? (defaultSelection(project) ?? { from: '', to: 'working' }) : null);
    },
    setCompare,
    closeCompare: () => setCompare(null),
    publish,
  };
}

import { useCallback, useState } from 'react';
import type { Project } from '../../shared/model/index.ts';
import { createHistory, recordEdit, redo, undo, type History } from './history.ts';

/** The project being edited with its undo history, and the revision the document pane follows. */
export interface ProjectHistory {
  history: History<Project> | null;
  /** Bumped by every change that did not come from typing in the document, so the editor knows to take the project's version. */
  revision: number;
  /** Applies an edit; `key` (a field path) lets consecutive keystrokes undo as one step. Keys starting `doc:` are the editor's own. */
  update(key: string, edit: (project: Project) => Project): void;
  handleUndo(): void;
  handleRedo(): void;
  /** Starts a fresh history with `project` (new, opened, restored). */
  replace(project: Project): void;
  /** Tells the editor to take the project's version (the pane's language changed). */
  bumpRevision(): void;
}

/** Owns the edit history: every change to the project goes through here, so undo sees it. */
export function useProjectHistory(): ProjectHistory {
  const [history, setHistory] = useState<History<Project> | null>(null);
  const [revision, setRevision] = useState(0);
  const bumpRevision = useCallback(() => setRevision((r) => r + 1), []);
  const update = useCallback(
    (key: string, edit: (p: Project) => Project) => {
      setHistory((h) => (h ? recordEdit(h, edit(h.present), { key }) : h));
      if (!key.startsWith('doc:')) bumpRevision();
    },
    [bumpRevision],
  );
  const handleUndo = () => {
    setHistory((h) => (h ? undo(h) : h));
    bumpRevision();
  };
  const handleRedo = () => {
    setHistory((h) => (h ? redo(h) : h));
    bumpRevision();
  };
  const replace = (project: Project) => {
    setHistory(createHistory(project));
    bumpRevision();
  };
  return { history, revision, update, handleUndo, handleRedo, replace, bumpRevision };
}

import { useEffect, useRef, useState } from 'react';
import type { Recovery } from '../../shared/host/api.ts';
import type { DamagedSnapshot, Project } from '../../shared/model/index.ts';
import type { ErrorsPanelState } from '../components/ErrorsPanel.tsx';
import type { MigrationState } from '../components/MigrationNotice.tsx';
import type { Host } from '../host/host.ts';
import { t } from '../i18n/t.ts';
import type { ProjectHistory } from './use-project-history.ts';
import { damagedOf, restoredSummary, restoreSnapshot } from './recovery.ts';
import { useAutosave } from './use-autosave.ts';

/** The file the project was opened from or saved to; null until it has one. */
export interface FileState {
  path: string | null;
  name: string | null;
}

/** A recent file that is no longer where it was. */
export interface MissingFile {
  name: string;
  path: string;
}

export interface StatusMessage {
  text: string;
  error?: boolean;
}

export interface FileCommandsOptions {
  host: Host;
  edits: ProjectHistory;
  /** Asks the user to confirm (discard unsaved changes, overwrite an invalid file). */
  ask(title: string, body: string, ok: string): Promise<boolean>;
  /** Another project was loaded (new, opened, restored). */
  onLoaded(project: Project): void;
  /** The host answered a New: the New dialog closes, whether it worked or not. */
  onNewAnswered(): void;
}

const AUTOSAVE_MS = 5000;

const asPayload = (project: Project) => project as unknown as Record<string, unknown>;

function suggestedFileName(project: Project): string {
  const slug = project.company.legalName.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${slug || 'privacy-policy'}.policy`;
}

/** The notes of an opened file's migration; read defensively, as older hosts do not send them. */
function migrationNotesOf(result: object): string[] {
  const notes = (result as { migrationNotes?: unknown }).migrationNotes;
  return Array.isArray(notes) ? notes.filter((n): n is string => typeof n === 'string') : [];
}

/**
 * New, Open, Save, Save As and crash recovery; what is saved and where;
 * autosave and the unsaved-changes mark (title bar, close prompt).
 */
export function useFileCommands({ host, edits, ask, onLoaded, onNewAnswered }: FileCommandsOptions) {
  const { history } = edits;
  const [saved, setSaved] = useState<Project | null>(null);
  const [file, setFile] = useState<FileState>({ path: null, name: null });
  const [status, setStatus] = useState<StatusMessage | null>(null);
  const [errorsPanel, setErrorsPanel] = useState<ErrorsPanelState | null>(null);
  const [recovery, setRecovery] = useState<Recovery | null>(null);
  const [damaged, setDamaged] = useState<DamagedSnapshot[]>([]);
  const [missingFile, setMissingFile] = useState<MissingFile | null>(null);
  const [migration, setMigration] = useState<MigrationState | null>(null);
  const [createdNotes, setCreatedNotes] = useState<readonly string[] | null>(null);

  const project = history?.present ?? null;
  const dirty = project !== null && project !== saved;

  // Handlers registered once (start-up, autosave timer) and those called after an await read the latest state here.
  const state = useRef({ history, file, dirty });
  state.current = { history, file, dirty };

  const confirmDiscard = async () => !state.current.dirty || ask(t('confirm.discard.title'), t('confirm.discard.body'), t('confirm.discard.ok'));

  const load = (next: Project, nextFile: FileState, markSaved: boolean) => {
    onLoaded(next);
    edits.replace(next);
    setSaved(markSaved ? next : null);
    setFile(nextFile);
    setErrorsPanel(null);
    setMigration(null);
    setCreatedNotes(null);
  };

  /**
   * A project made in the window (blank, or from the interview's answers),
   * loaded unsaved the way a starter is; `notes` (what to check) are shown
   * above the form until dismissed. The caller asked `confirmDiscard` first.
   */
  const loadCreated = (next: Project, statusText: string, notes?: readonly string[]) => {
    load(next, { path: null, name: null }, false);
    if (notes) setCreatedNotes(notes);
    setStatus({ text: statusText });
  };

  const handleNew = async (id: string) => {
    if (!(await confirmDiscard())) return;
    const result = await host.newFromStarter(id);
    onNewAnswered();
    if (!result.ok) {
      if (result.kind === 'invalid') setErrorsPanel({ title: result.message, message: result.message, errors: result.errors });
      else setStatus({ text: result.message, error: true });
      return;
    }
    load(result.project, { path: null, name: null }, false);
    setStatus({ text: t('status.created', { title: result.starter.title }) });
  };

  const handleOpen = async (path?: string) => {
    if (!(await confirmDiscard())) return;
    const result = await host.openFile(path);
    if (result.ok) {
      load(result.project, { path: result.path, name: result.name }, true);
      if (result.migratedFrom !== null) setMigration({ version: result.migratedFrom, notes: migrationNotesOf(result) });
      setStatus({ text: result.migratedFrom !== null ? t('status.migrated', { name: result.name, version: result.migratedFrom }) : t('status.opened', { name: result.name }) });
      return;
    }
    if (result.kind === 'cancelled') return;
    if (result.kind === 'invalid') {
      setErrorsPanel({ title: t('invalidFile.title'), message: result.message, errors: result.errors, text: result.text });
      return;
    }
    if (result.kind === 'not-found') {
      setMissingFile({ name: result.path.split(/[\\/]/).pop() ?? result.path, path: result.path });
      return;
    }
    setStatus({ text: result.message, error: true });
  };

  const handleSave = async (saveAs: boolean) => {
    const current = state.current;
    if (!current.history) return;
    const snapshot = current.history.present;
    const payload = asPayload(snapshot);
    let result =
      !saveAs && current.file.path
        ? await host.save({ path: current.file.path, project: payload })
        : await host.saveAs({ project: payload, defaultPath: current.file.path ?? suggestedFileName(snapshot) });
    if (!result.ok && result.kind === 'overwrite-invalid') {
      if (!(await ask(t('confirm.discard.title'), result.message, t('confirm.overwrite.ok')))) return;
      result = await host.save({ path: result.path, project: payload, overwriteInvalid: true });
    }
    if (result.ok) {
      setSaved(snapshot);
      setFile({ path: result.path, name: result.name });
      setErrorsPanel(null);
      setStatus({ text: t('status.saved', { name: result.name }) });
      void host.autosave({ project: payload, path: result.path, dirty: false });
      return;
    }
    if (result.kind === 'cancelled') return;
    if (result.kind === 'invalid-project') {
      setErrorsPanel({ title: t('errors.title'), message: result.message, errors: result.errors });
      return;
    }
    setStatus({ text: result.message, error: true });
  };

  const handleRestore = async (restore: boolean) => {
    const found = recovery;
    setRecovery(null);
    if (!found) return;
    if (!restore) {
      await host.discardRecovery();
      return;
    }
    // An invalid snapshot (a field emptied at the moment of the crash) still loads: the form shows its errors.
    const restored = restoreSnapshot(found);
    if (!restored.ok) {
      setStatus({ text: t('recovery.notRestored', { reason: restored.message }), error: true });
      return;
    }
    load(restored.project, { path: restored.path, name: restored.name }, false);
    const summary = restoredSummary(restored.errors);
    setStatus({ text: summary ? t('recovery.restoredWithErrors', { summary }) : t('status.restored') });
  };

  const openRef = useRef(handleOpen);
  openRef.current = handleOpen;

  // Start-up: unsaved work from a crashed session, then the file the app was launched with.
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      const found = await host.checkRecovery();
      if (cancelled) return;
      const damagedNow = found.ok ? damagedOf(found) : [];
      // Set only when there is something to say: a new empty list each time would re-render for nothing.
      if (damagedNow.length > 0) setDamaged(damagedNow);
      if (found.ok && found.recovery) {
        setRecovery(found.recovery);
        return;
      }
      const launch = await host.takeLaunchFile();
      if (!cancelled && launch.ok && launch.path) void openRef.current(launch.path);
    })();
    return () => {
      cancelled = true;
    };
  }, [host]);

  // The host shows unsaved changes in the title bar and asks before closing.
  useEffect(() => {
    void host.setDirty(dirty, file.name);
  }, [host, dirty, file.name]);

  // Autosave every few seconds while there are unsaved changes; a write the host did not confirm is shown and tried again.
  const autosave = useAutosave(host, {
    current: () => {
      const { history: h, dirty: d, file: f } = state.current;
      return { project: h?.present ?? null, dirty: d, path: f.path };
    },
  }, AUTOSAVE_MS);

  const title = file.name ?? t('app.untitled');

  useEffect(() => {
    document.title = project ? `${dirty ? '• ' : ''}${title} — ${t('app.title')}` : t('app.title');
  }, [project, dirty, title]);

  return {
    file,
    /** The file's name, or "Untitled". */
    title,
    dirty,
    status,
    errorsPanel,
    dismissErrors: () => setErrorsPanel(null),
    /** What was converted in the file just opened from an earlier format, until dismissed. */
    migration,
    dismissMigration: () => setMigration(null),
    /** What to check in a project made from the interview's answers, until dismissed. */
    createdNotes,
    dismissCreatedNotes: () => setCreatedNotes(null),
    /** Asks before unsaved changes are discarded; true when there are none or the user agreed. */
    confirmDiscard,
    loadCreated,
    recovery,
    /** Snapshots found damaged at start-up and kept aside, until dismissed. */
    damaged,
    dismissDamaged: () => setDamaged([]),
    /** The last autosave failure, shown until a write succeeds. */
    autosaveError: autosave.error,
    missingFile,
    showMissing: (f: MissingFile) => setMissingFile({ name: f.name, path: f.path }),
    closeMissing: () => setMissingFile(null),
    handleNew,
    handleOpen,
    handleSave,
    handleRestore,
  };
}

export type FileCommands = ReturnType<typeof useFileCommands>;

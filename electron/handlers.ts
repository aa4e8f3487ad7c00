import { access } from 'node:fs/promises';
import { basename } from 'node:path';
import type { ApiMethod, HostFailure, PolicyStudioApi, RecentFile } from '../shared/host/api.ts';
import type { ExportRunner } from '../shared/host/export-runner.ts';
import type { AutosaveRequest, ExportRequest, SaveAsRequest, SaveRequest } from '../shared/host/requests.ts';
import { POLICY_FILTERS, type Dialogs } from './dialogs.ts';
import type { Autosave } from './files/autosave.ts';
import { writeExportedFiles } from './files/export-files.ts';
import { checkProject, type ProjectFiles } from './files/project-files.ts';
import type { RecentFiles } from './files/recent-files.ts';
import type { Starters } from '../shared/node/files/starters.ts';
import { trustedUrlOrNull } from './security.ts';

/** The parts of Electron's `shell` the handlers use. */
export interface HostShell {
  openExternal(url: string): Promise<void>;
  showItemInFolder(path: string): void;
}

/** Everything the handlers touch, passed in so that the main process and the browser test host share them. */
export interface HandlerDeps {
  dialogs: Dialogs;
  shell: HostShell;
  files: ProjectFiles;
  recent: RecentFiles;
  autosave: Autosave;
  starters: Starters;
  runExport: ExportRunner;
  /** The renderer reported unsaved changes (or none): update the title, arm the close prompt. */
  onDirtyChange?(dirty: boolean, fileName: string | null): void;
  /** The recent list changed: rebuild the "Open Recent" menu. */
  onRecentChange?(files: RecentFile[]): void;
  /** The file the app was started with, handed out once. */
  takeLaunchFile?(): string | null;
  /** Where unexpected errors are reported (default: console.error). */
  logError?(method: ApiMethod, error: unknown): void;
}

const EXTENSION = '.policy';

/** A chosen save path with the `.policy` extension added if the dialog did not add it (Linux dialogs do not). */
export function withPolicyExtension(path: string): string {
  return path.toLowerCase().endsWith(EXTENSION) ? path : `${path}${EXTENSION}`;
}

/**
 * Implements the host API over injected dependencies: no Electron import, so
 * the same functions serve IPC in the main process and HTTP in the browser
 * test host. Each method resolves to a result object; an unexpected error is
 * caught and returned as `{ ok: false, kind: 'internal' }`.
 */
export function createHandlers(deps: HandlerDeps): PolicyStudioApi {
  const { dialogs, files, recent, autosave, starters } = deps;

  function noteRecent(files: RecentFile[]): void {
    deps.onRecentChange?.(files);
  }

  async function handleListStarters() {
    return starters.list();
  }

  async function handleNewFromStarter(id: string) {
    return starters.create(id);
  }

  async function handleOpenFile(path?: string) {
    const chosen = path ?? (await dialogs.showOpen({ title: 'Open project', pick: 'file', filters: POLICY_FILTERS }));
    if (chosen === null) return { ok: false, kind: 'cancelled' } as const;
    const result = await files.open(chosen);
    if (result.ok) noteRecent(await recent.add(result.path));
    return result;
  }

  async function handleRecentFiles() {
    return { ok: true, files: await recent.list() } as const;
  }

  async function handleClearRecentFiles() {
    const list = await recent.clear();
    noteRecent(list);
    return { ok: true, files: list } as const;
  }

  async function saveTo(path: string, project: Record<string, unknown>, overwriteInvalid: boolean | undefined) {
    const result = await files.save(path, project, { overwriteInvalid });
    if (!result.ok) return result;
    noteRecent(await recent.add(result.path));
    await autosave.clear();
    return result;
  }

  async function askSavePath(defaultPath: string | undefined): Promise<string | null> {
    const chosen = await dialogs.showSave({ title: 'Save project', filters: POLICY_FILTERS, defaultPath: defaultPath ?? `Untitled${EXTENSION}` });
    return chosen === null ? null : withPolicyExtension(chosen);
  }

  async function handleSave(request: SaveRequest) {
    // Check the project before asking where to save it: a dialog followed by "cannot save" wastes the user's time.
    const checked = checkProject(request.project);
    if (!checked.ok) return checked;
    const path = request.path ?? (await askSavePath(undefined));
    if (path === null) return { ok: false, kind: 'cancelled' } as const;
    return saveTo(path, request.project, request.overwriteInvalid);
  }

  async function handleSaveAs(request: SaveAsRequest) {
    const checked = checkProject(request.project);
    if (!checked.ok) return checked;
    const path = await askSavePath(request.defaultPath);
    if (path === null) return { ok: false, kind: 'cancelled' } as const;
    return saveTo(path, request.project, false);
  }

  async function handleAutosave(request: AutosaveRequest) {
    try {
      if (request.dirty) await autosave.write({ project: request.project, path: request.path });
      else await autosave.clear();
      return { ok: true } as const;
    } catch (error) {
      return { ok: false, kind: 'write-failed', message: `Unsaved work could not be backed up: ${error instanceof Error ? error.message : String(error)}` } as const;
    }
  }

  async function handleCheckRecovery() {
    return { ok: true, recovery: await autosave.read() } as const;
  }

  async function handleDiscardRecovery() {
    await autosave.clear();
    return { ok: true } as const;
  }

  async function handleExportFiles(request: ExportRequest) {
    const checked = checkProject(request.project);
    if (!checked.ok) return { ...checked, message: 'The policy cannot be exported until the project is complete.' };
    const folder = request.folder ?? (await dialogs.showOpen({ title: 'Export to folder', pick: 'folder' }));
    if (folder === null) return { ok: false, kind: 'cancelled' } as const;
    try {
      const outputs = await deps.runExport({
        project: checked.project,
        langs: request.langs,
        formats: request.formats,
        ...(request.paper ? { paper: request.paper } : {}),
      });
      return { ok: true, folder, files: await writeExportedFiles(folder, outputs) } as const;
    } catch (error) {
      return { ok: false, kind: 'failed', message: error instanceof Error ? error.message : String(error) } as const;
    }
  }

  async function handleShowInFolder(path: string) {
    try {
      await access(path);
    } catch {
      return { ok: false, kind: 'not-found', path, message: `"${basename(path)}" was not found. It may have been moved, renamed or deleted.` } as const;
    }
    deps.shell.showItemInFolder(path);
    return { ok: true } as const;
  }

  async function handleSetDirty(dirty: boolean, fileName: string | null) {
    deps.onDirtyChange?.(dirty, fileName);
    return { ok: true } as const;
  }

  async function handleOpenExternal(url: string) {
    const trusted = trustedUrlOrNull(url);
    if (trusted === null) return { ok: false, kind: 'untrusted', message: 'Only web addresses starting with http:// or https:// can be opened.' } as const;
    await deps.shell.openExternal(trusted);
    return { ok: true } as const;
  }

  async function handleTakeLaunchFile() {
    return { ok: true, path: deps.takeLaunchFile?.() ?? null } as const;
  }

  const logError = deps.logError ?? ((method, error) => console.error(`[policy-studio] ${method} failed`, error));

  /** Turns an unexpected throw into a result the UI can show, so nothing ever throws across IPC. */
  function guard<A extends unknown[], R>(method: ApiMethod, handler: (...args: A) => Promise<R>): (...args: A) => Promise<R | HostFailure> {
    return async (...args) => {
      try {
        return await handler(...args);
      } catch (error) {
        logError(method, error);
        const detail = error instanceof Error ? error.message : String(error);
        return { ok: false, kind: 'internal', message: `Something went wrong (${method}): ${detail}` };
      }
    };
  }

  return {
    listStarters: guard('listStarters', handleListStarters),
    newFromStarter: guard('newFromStarter', handleNewFromStarter),
    openFile: guard('openFile', handleOpenFile),
    recentFiles: guard('recentFiles', handleRecentFiles),
    clearRecentFiles: guard('clearRecentFiles', handleClearRecentFiles),
    save: guard('save', handleSave),
    saveAs: guard('saveAs', handleSaveAs),
    autosave: guard('autosave', handleAutosave),
    checkRecovery: guard('checkRecovery', handleCheckRecovery),
    discardRecovery: guard('discardRecovery', handleDiscardRecovery),
    exportFiles: guard('exportFiles', handleExportFiles),
    showInFolder: guard('showInFolder', handleShowInFolder),
    setDirty: guard('setDirty', handleSetDirty),
    openExternal: guard('openExternal', handleOpenExternal),
    takeLaunchFile: guard('takeLaunchFile', handleTakeLaunchFile),
  };
}

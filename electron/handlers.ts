import { access, readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ApiMethod, FileHandle, GrantedRecentFile, HostFailure, PolicyStudioApi, RecentFile } from '../shared/host/api.ts';
import type { ExportRunner } from '../shared/host/export-runner.ts';
import type { AutosaveRequest, ExportRequest, ExportTranslationsRequest, SaveAsRequest, SaveRequest } from '../shared/host/requests.ts';
import { writeFileAtomic } from '../shared/node/files/atomic-write.ts';
import { extensionFor, readTranslationFile, TranslationFileError, writeTranslationFile } from '../shared/translations/file-format.ts';
import { translationBatch } from '../shared/translations/units.ts';
import { POLICY_FILTERS, TRANSLATION_FILTERS, type Dialogs } from './dialogs.ts';
import type { Autosave } from './files/autosave.ts';
import type { GrantKind, WindowGrants } from './files/capabilities.ts';
import { writeExportedFiles } from './files/export-files.ts';
import { checkProject, type ProjectFiles } from './files/project-files.ts';
import type { RecentFiles } from './files/recent-files.ts';
import type { Starters } from '../shared/node/files/starters.ts';
import { trustedUrlOrNull } from './security.ts';
import { createCookieDiscoveryHandlers, type SiteScanner } from './cookie-discovery-handlers.ts';

/** The parts of Electron's `shell` the handlers use. */
export interface HostShell {
  openExternal(url: string): Promise<void>;
  showItemInFolder(path: string): void;
}

/** Everything the handlers touch, passed in so that the main process and the browser test host share them. */
export interface HandlerDeps {
  dialogs: Dialogs;
  /** The calling window's grants: every path the handlers touch comes from here or from a dialog. */
  grants: WindowGrants;
  shell: HostShell;
  files: ProjectFiles;
  recent: RecentFiles;
  autosave: Autosave;
  starters: Starters;
  runExport: ExportRunner;
  /** The renderer reported unsaved changes (or none): update the title, arm the close prompt. */
  onDirtyChange?(dirty: boolean, fileName: string | null): void;
  /** The recent list changed: rebuild the "Open Recent" menu (paths only; no grants leave the main process this way). */
  onRecentChange?(files: RecentFile[]): void;
  /** The file the app was started with, handed out once. */
  takeLaunchFile?(): string | null;
  /** Where unexpected errors are reported (default: console.error). */
  logError?(method: ApiMethod, error: unknown): void;
  /** Scans a site for "Find cookies…" (a hidden window in the app, Chromium in the browser host); without it, a scan is unavailable. */
  scanSite?: SiteScanner;
}

const EXTENSION = '.policy';

/** A chosen save path with the `.policy` extension added if the dialog did not add it (Linux dialogs do not). */
export function withPolicyExtension(path: string): string {
  return path.toLowerCase().endsWith(EXTENSION) ? path : `${path}${EXTENSION}`;
}

/** The refusal for a handle the window does not hold (or holds as another kind): nothing is read or written. */
function refused(method: ApiMethod, message: string): HostFailure {
  return { ok: false, kind: 'refused', message: `${method}: refused. ${message}` };
}

/**
 * Implements the host API for one window over injected dependencies: no
 * Electron import, so the same functions serve IPC in the main process and
 * HTTP in the browser test host. The page names files only by the handles
 * this window was granted; dialogs, the recent list, recovery and the launch
 * file grant them. Each method resolves to a result object; an unexpected
 * error is caught and returned as `{ ok: false, kind: 'internal' }`.
 */
export function createHandlers(deps: HandlerDeps): PolicyStudioApi {
  const { dialogs, files, recent, autosave, starters, grants } = deps;

  /** The recent list as the page gets it: each entry granted, so opening it needs no dialog. */
  function granted(list: RecentFile[]): GrantedRecentFile[] {
    return list.map((file) => ({ ...file, handle: grants.grant(file.path, 'project') }));
  }

  function noteRecent(list: RecentFile[]): void {
    deps.onRecentChange?.(list);
  }

  /** The path behind a handle, or the refusal to return instead. */
  function pathOf(method: ApiMethod, handle: FileHandle, kinds: readonly GrantKind[]): { ok: true; path: string } | HostFailure {
    const resolved = grants.resolve(handle, kinds);
    return resolved.ok ? resolved : refused(method, resolved.message);
  }

  async function handleListStarters() {
    return starters.list();
  }

  async function handleNewFromStarter(id: string) {
    return starters.create(id);
  }

  async function handleOpenFile(handle?: FileHandle) {
    let chosen: string | null;
    if (handle === undefined) {
      chosen = await dialogs.showOpen({ title: 'Open project', pick: 'file', filters: POLICY_FILTERS });
      if (chosen === null) return { ok: false, kind: 'cancelled' } as const;
    } else {
      const target = pathOf('openFile', handle, ['project']);
      if (!target.ok) return target;
      chosen = target.path;
    }
    const result = await files.open(chosen);
    if (!result.ok) return result;
    noteRecent(await recent.add(result.path));
    return { ...result, handle: grants.grant(result.path, 'project') };
  }

  async function handleRecentFiles() {
    return { ok: true, files: granted(await recent.list()) } as const;
  }

  async function handleClearRecentFiles() {
    const list = await recent.clear();
    noteRecent(list);
    return { ok: true, files: granted(list) } as const;
  }

  /** Saves to a path the window holds (or a dialog just chose, which grants it); results carry the file's handle. */
  async function saveTo(path: string, project: Record<string, unknown>, overwriteInvalid: boolean | undefined) {
    const result = await files.save(path, project, { overwriteInvalid });
    if (!result.ok) return result.kind === 'overwrite-invalid' ? { ...result, handle: grants.grant(path, 'project') } : result;
    noteRecent(await recent.add(result.path));
    await autosave.clear();
    return { ...result, handle: grants.grant(result.path, 'project') };
  }

  async function askSavePath(defaultPath: string | undefined): Promise<string | null> {
    const chosen = await dialogs.showSave({ title: 'Save project', filters: POLICY_FILTERS, defaultPath: defaultPath ?? `Untitled${EXTENSION}` });
    return chosen === null ? null : withPolicyExtension(chosen);
  }

  async function handleSave(request: SaveRequest) {
    // Check the project before asking where to save it: a dialog followed by "cannot save" wastes the user's time.
    const checked = checkProject(request.project);
    if (!checked.ok) return checked;
    if (request.handle === undefined) {
      const path = await askSavePath(undefined);
      if (path === null) return { ok: false, kind: 'cancelled' } as const;
      return saveTo(path, request.project, request.overwriteInvalid);
    }
    const target = pathOf('save', request.handle, ['project']);
    if (!target.ok) return target;
    return saveTo(target.path, request.project, request.overwriteInvalid);
  }

  async function handleSaveAs(request: SaveAsRequest) {
    const checked = checkProject(request.project);
    if (!checked.ok) return checked;
    let start = request.suggestedName;
    if (request.startAt !== undefined) {
      // Only a file the window holds can steer where the dialog opens.
      const current = grants.resolve(request.startAt, ['project']);
      if (current.ok) start = current.path;
    }
    const path = await askSavePath(start);
    if (path === null) return { ok: false, kind: 'cancelled' } as const;
    return saveTo(path, request.project, false);
  }

  async function handleAutosave(request: AutosaveRequest) {
    let path: string | null = null;
    if (request.handle !== null) {
      const target = pathOf('autosave', request.handle, ['project']);
      if (!target.ok) return target;
      path = target.path;
    }
    try {
      if (request.dirty) await autosave.write({ project: request.project, path });
      else await autosave.clear();
      return { ok: true } as const;
    } catch (error) {
      return { ok: false, kind: 'write-failed', message: `Unsaved work could not be backed up: ${error instanceof Error ? error.message : String(error)}` } as const;
    }
  }

  async function handleCheckRecovery() {
    // inspect() moves a damaged snapshot aside and says so, so that the page can tell the user instead of losing it silently.
    const { recovery: found, damaged } = await autosave.inspect();
    // The snapshot is the app's own file in its data folder: the path it names was granted when the work was autosaved.
    const recovery = found && { ...found, handle: found.path === null ? null : grants.grant(found.path, 'project') };
    return { ok: true, recovery, damaged } as const;
  }

  async function handleDiscardRecovery() {
    await autosave.clear();
    return { ok: true } as const;
  }

  async function handleExportFiles(request: ExportRequest) {
    const checked = checkProject(request.project);
    if (!checked.ok) return { ...checked, message: 'The policy cannot be exported until the project is complete.' };
    let folder: string | null;
    if (request.folder === undefined) {
      folder = await dialogs.showOpen({ title: 'Export to folder', pick: 'folder' });
      if (folder === null) return { ok: false, kind: 'cancelled' } as const;
    } else {
      const target = pathOf('exportFiles', request.folder, ['folder']);
      if (!target.ok) return target;
      folder = target.path;
    }
    const folderHandle = grants.grant(folder, 'folder');
    try {
      const outputs = await deps.runExport({
        project: checked.project,
        langs: request.langs,
        formats: request.formats,
        ...(request.paper ? { paper: request.paper } : {}),
        ...(request.compare ? { compare: request.compare } : {}),
        ...(request.disclosureIndex ? { disclosureIndex: true } : {}),
      });
      const written = await writeExportedFiles(folder, outputs);
      return { ok: true, folder, folderHandle, files: written, fileHandles: written.map((path) => grants.grant(path, 'output')) } as const;
    } catch (error) {
      return { ok: false, kind: 'failed', message: error instanceof Error ? error.message : String(error) } as const;
    }
  }

  async function handleShowInFolder(handle: FileHandle) {
    const target = pathOf('showInFolder', handle, ['project', 'folder', 'output']);
    if (!target.ok) return target;
    const { path } = target;
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
    // The command line or the operating system's "open with" named it: the user chose it.
    const path = deps.takeLaunchFile?.() ?? null;
    return { ok: true, file: path === null ? null : { path, handle: grants.grant(path, 'project') } } as const;
  }

  async function handleExportTranslations(request: ExportTranslationsRequest) {
    const checked = checkProject(request.project);
    if (!checked.ok) return { ...checked, message: 'The texts cannot be exported for translators until the project is complete.' };
    const { project } = checked;
    const batch = translationBatch(project, request.lang, request.from ?? project.languages[0]);
    const extension = extensionFor(request.format);
    const chosen = await dialogs.showSave({
      title: 'Export for translators',
      filters: TRANSLATION_FILTERS.filter((f) => f.extensions.includes(extension)),
      defaultPath: `${(project.company.tradingName ?? project.company.legalName).replace(/[\\/:*?"<>|]/g, '').trim() || 'policy'} (${request.lang}).${extension}`,
    });
    if (chosen === null) return { ok: false, kind: 'cancelled' } as const;
    // Linux dialogs add no extension: the file must say what it is, for the translator's tool and for the import.
    const path = extname(chosen) === '' ? `${chosen}.${extension}` : chosen;
    try {
      await writeFileAtomic(path, writeTranslationFile(batch, request.format, basename(path, extname(path))));
    } catch (error) {
      return { ok: false, kind: 'write-failed', path, message: `"${basename(path)}" could not be written: ${error instanceof Error ? error.message : String(error)}` } as const;
    }
    const toTranslate = batch.units.filter((u) => u.target === undefined).length;
    return { ok: true, path, units: batch.units.length, toTranslate, handle: grants.grant(path, 'output') } as const;
  }

  async function handleImportTranslations() {
    const path = await dialogs.showOpen({ title: 'Import translations', pick: 'file', filters: TRANSLATION_FILTERS });
    if (path === null) return { ok: false, kind: 'cancelled' } as const;
    const name = basename(path);
    let bytes: Uint8Array;
    try {
      bytes = await readFile(path);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      return { ok: false, kind: 'unreadable', path, message: `"${name}" ${code === 'ENOENT' ? 'was not found' : `could not be read (${code ?? String(error)})`}.` } as const;
    }
    try {
      return { ok: true, path, name, batch: readTranslationFile(bytes) } as const;
    } catch (error) {
      if (error instanceof TranslationFileError) return { ok: false, kind: 'unreadable', path, message: `"${name}" is not a translations file Policy Studio can read: ${error.message}.` } as const;
      throw error;
    }
  }

  const { handleImportCookies, handleScanCookies } = createCookieDiscoveryHandlers({ dialogs, ...(deps.scanSite ? { scanSite: deps.scanSite } : {}) });

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
    exportTranslations: guard('exportTranslations', handleExportTranslations),
    importTranslations: guard('importTranslations', handleImportTranslations),
    importCookies: guard('importCookies', handleImportCookies),
    scanCookies: guard('scanCookies', handleScanCookies),
  };
}

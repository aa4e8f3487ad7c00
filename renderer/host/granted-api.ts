import type { FileHandle, GrantedFile, HostFailure, PolicyStudioApi } from '../../shared/host/api.ts';
import type { Host } from './host.ts';

/** The page-facing API over a bridge that speaks in handles; `kind` and menu commands are the transport's to add. */
export interface GrantedHostApi {
  api: Omit<Host, 'kind' | 'onMenuCommand'>;
  /** Records a file the host granted outside a call's result (a native menu's `menu:open-path`). */
  noteFile(file: GrantedFile): void;
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function refusedHere(method: string, path: string): HostFailure {
  return {
    ok: false,
    kind: 'refused',
    message: `${method}: refused. "${fileName(path)}" was not chosen in this window. Choose it with Open…, Save As… or the recent list, then try again.`,
  };
}

/**
 * Adapts the handle-based bridge to the path-based `Host` the app uses: it
 * remembers the handle the host granted for each path it showed the page
 * (opened and saved files, the recent list, recovery, the launch file,
 * export folders and files) and sends that handle back. A path the host
 * never showed is refused here, without a call; the host would refuse it too.
 */
export function createGrantedApi(api: PolicyStudioApi): GrantedHostApi {
  /** Project files (read, write, autosave), export folders and exported files (reveal), by path. */
  const files = new Map<string, FileHandle>();
  const folders = new Map<string, FileHandle>();
  const outputs = new Map<string, FileHandle>();

  const noteFile = (file: GrantedFile) => void files.set(file.path, file.handle);

  const host: GrantedHostApi['api'] = {
    listStarters: () => api.listStarters(),
    newFromStarter: (id) => api.newFromStarter(id),
    async openFile(path) {
      let handle: FileHandle | undefined;
      if (path !== undefined) {
        handle = files.get(path);
        if (handle === undefined) return refusedHere('openFile', path);
      }
      const result = await (handle === undefined ? api.openFile() : api.openFile(handle));
      if (result.ok) noteFile(result);
      return result;
    },
    async recentFiles() {
      const result = await api.recentFiles();
      if (result.ok) result.files.forEach(noteFile);
      return result;
    },
    async clearRecentFiles() {
      return api.clearRecentFiles();
    },
    async save({ path, project, overwriteInvalid }) {
      let handle: FileHandle | undefined;
      if (path !== undefined) {
        handle = files.get(path);
        if (handle === undefined) return refusedHere('save', path);
      }
      const result = await api.save({ project, ...(handle === undefined ? {} : { handle }), ...(overwriteInvalid === undefined ? {} : { overwriteInvalid }) });
      if (result.ok || result.kind === 'overwrite-invalid') noteFile(result);
      return result;
    },
    async saveAs({ project, defaultPath }) {
      const startAt = defaultPath === undefined ? undefined : files.get(defaultPath);
      const start = startAt !== undefined ? { startAt } : defaultPath ? { suggestedName: fileName(defaultPath) } : {};
      const result = await api.saveAs({ project, ...start });
      if (result.ok || result.kind === 'overwrite-invalid') noteFile(result);
      return result;
    },
    async autosave({ project, path, dirty }) {
      const handle = path === null ? null : files.get(path);
      if (handle === undefined) return refusedHere('autosave', path ?? '');
      return api.autosave({ project, handle, dirty });
    },
    async checkRecovery() {
      const result = await api.checkRecovery();
      const found = result.ok ? result.recovery : null;
      if (found?.path && found.handle) noteFile({ path: found.path, handle: found.handle });
      return result;
    },
    discardRecovery: () => api.discardRecovery(),
    async exportFiles({ folder, ...request }) {
      let handle: FileHandle | undefined;
      if (folder !== undefined) {
        handle = folders.get(folder);
        if (handle === undefined) return refusedHere('exportFiles', folder);
      }
      const result = await api.exportFiles({ ...request, ...(handle === undefined ? {} : { folder: handle }) });
      if (result.ok) {
        folders.set(result.folder, result.folderHandle);
        result.files.forEach((file, index) => {
          const fileHandle = result.fileHandles[index];
          if (fileHandle !== undefined) outputs.set(file, fileHandle);
        });
      }
      return result;
    },
    async showInFolder(path) {
      const handle = outputs.get(path) ?? files.get(path) ?? folders.get(path);
      if (handle === undefined) return refusedHere('showInFolder', path);
      return api.showInFolder(handle);
    },
    setDirty: (dirty, name) => api.setDirty(dirty, name),
    openExternal: (url) => api.openExternal(url),
    async exportTranslations(request) {
      const result = await api.exportTranslations(request);
      // The written file can be revealed ("Show in folder"), nothing more.
      if (result.ok) outputs.set(result.path, result.handle);
      return result;
    },
    importTranslations: () => api.importTranslations(),
    importCookies: () => api.importCookies(),
    scanCookies: (url) => api.scanCookies(url),
    async takeLaunchFile() {
      const result = await api.takeLaunchFile();
      if (!result.ok) return result;
      if (result.file) noteFile(result.file);
      return { ok: true, path: result.file?.path ?? null };
    },
  };
  return { api: host, noteFile };
}

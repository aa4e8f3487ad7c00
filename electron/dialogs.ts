import type { BaseWindow, Dialog, OpenDialogOptions } from 'electron';

/** A file-type filter of an open or save dialog. */
export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface OpenDialogRequest {
  title: string;
  /** Pick a file, or a folder (export destination). */
  pick: 'file' | 'folder';
  filters?: FileFilter[];
  defaultPath?: string;
}

export interface SaveDialogRequest {
  title: string;
  filters: FileFilter[];
  defaultPath?: string;
}

export interface ConfirmRequest {
  message: string;
  detail?: string;
  buttons: string[];
  /** Button chosen by Enter. */
  defaultId: number;
  /** Button chosen by Escape or closing the dialog. */
  cancelId: number;
}

/**
 * The dialogs the handlers need, injected so that the same handlers run in
 * the main process (native dialogs) and in the browser test host (scripted
 * answers). Each resolves to the chosen path, or null when cancelled.
 */
export interface Dialogs {
  showOpen(request: OpenDialogRequest): Promise<string | null>;
  showSave(request: SaveDialogRequest): Promise<string | null>;
  /** Index of the button the user chose. */
  confirm(request: ConfirmRequest): Promise<number>;
}

/** The project file filter, shared by open and save dialogs. */
export const POLICY_FILTERS: FileFilter[] = [{ name: 'Policy Studio project', extensions: ['policy'] }];

/** Translators' files: XLIFF for translation tools, CSV for spreadsheets (`shared/translations/file-format.ts`). */
export const TRANSLATION_FILTERS: FileFilter[] = [
  { name: 'XLIFF 2.0', extensions: ['xlf', 'xliff'] },
  { name: 'CSV (spreadsheet)', extensions: ['csv'] },
];

/**
 * Native dialogs through Electron's `dialog` module (passed in, so this file
 * has no runtime Electron import), attached to the app window when there is one.
 */
export function createElectronDialogs(dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>, getWindow: () => BaseWindow | null): Dialogs {
  return {
    async showOpen(request) {
      const options: OpenDialogOptions = {
        title: request.title,
        defaultPath: request.defaultPath,
        filters: request.filters,
        properties: request.pick === 'folder' ? ['openDirectory', 'createDirectory'] : ['openFile'],
      };
      const window = getWindow();
      const result = await (window ? dialog.showOpenDialog(window, options) : dialog.showOpenDialog(options));
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async showSave(request) {
      const options = { title: request.title, defaultPath: request.defaultPath, filters: request.filters, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const window = getWindow();
      const result = await (window ? dialog.showSaveDialog(window, options) : dialog.showSaveDialog(options));
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async confirm(request) {
      const options = { type: 'question' as const, noLink: true, ...request };
      const window = getWindow();
      const result = await (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options));
      return result.response;
    },
  };
}

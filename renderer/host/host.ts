import type {
  AutosaveResult,
  CheckRecoveryResult,
  DoneResult,
  ExportResult,
  ExportTranslationsResult,
  ImportTranslationsResult,
  FindCookiesResult,
  LaunchFileResult,
  ListStartersResult,
  NewFromStarterResult,
  OpenExternalResult,
  OpenFileResult,
  RecentFilesResult,
  SaveResult,
  ShowInFolderResult,
} from '../../shared/host/api.ts';
import type { MenuCommand } from '../../shared/host/channels.ts';
import type { ExportRequest, ExportTranslationsRequest } from '../../shared/host/requests.ts';

/** Called when the native menu sends a command; `path` (a file the host granted) comes with `menu:open-path`. */
export type PageMenuListener = (command: MenuCommand, path?: string) => void;

/**
 * What the app talks to: the host API as the page sees it, plus native menu
 * commands when the host has a menu (Electron; the browser host has none,
 * its shortcuts are handled by the page).
 *
 * The page names files by the paths the host showed it (results, the recent
 * list, recovery, the launch file); the adapter (`granted-api.ts`) sends
 * the handle the host granted for each, and refuses a path it was never
 * given without asking the host. The host refuses anything but its handles.
 */
export interface Host {
  /** 'electron' when a native menu sends the file commands and their shortcuts. */
  readonly kind: 'electron' | 'http';
  listStarters(): Promise<ListStartersResult>;
  newFromStarter(id: string): Promise<NewFromStarterResult>;
  /** Opens a file the host showed the page; without a path, asks with an open dialog. */
  openFile(path?: string): Promise<OpenFileResult>;
  recentFiles(): Promise<RecentFilesResult>;
  clearRecentFiles(): Promise<RecentFilesResult>;
  /** Saves to `request.path` (a file the page was given), or asks where (Save As) without one. */
  save(request: { path?: string; project: Record<string, unknown>; overwriteInvalid?: boolean }): Promise<SaveResult>;
  /** Always asks where to save; the dialog starts at `defaultPath` when it is the current file, else with its file name. */
  saveAs(request: { project: Record<string, unknown>; defaultPath?: string }): Promise<SaveResult>;
  autosave(request: { project: Record<string, unknown>; path: string | null; dirty: boolean }): Promise<AutosaveResult>;
  checkRecovery(): Promise<CheckRecoveryResult>;
  discardRecovery(): Promise<DoneResult>;
  /** `folder`: a folder an earlier export wrote to; asked with a dialog without one. */
  exportFiles(request: Omit<ExportRequest, 'folder'> & { folder?: string }): Promise<ExportResult>;
  showInFolder(path: string): Promise<ShowInFolderResult>;
  setDirty(dirty: boolean, fileName: string | null): Promise<DoneResult>;
  openExternal(url: string): Promise<OpenExternalResult>;
  takeLaunchFile(): Promise<LaunchFileResult>;
  /** "Export for translators…": asks where to save the texts to translate into `request.lang`. */
  exportTranslations(request: ExportTranslationsRequest): Promise<ExportTranslationsResult>;
  /** "Import translations…": asks for a translator's file and returns its units, for the page to apply. */
  importTranslations(): Promise<ImportTranslationsResult>;
  /** "Find cookies…" from a HAR or scanner CSV file the user chooses. */
  importCookies(): Promise<FindCookiesResult>;
  /** "Find cookies…" on a site: a scan of `url` (the desktop app; the browser host when it has Chromium). */
  scanCookies(url: string): Promise<FindCookiesResult>;
  onMenuCommand?(listener: PageMenuListener): () => void;
}

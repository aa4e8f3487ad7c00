import type { DamagedSnapshot } from '../model/snapshot-draft.ts';
import type { Project, ProjectError } from '../model/index.ts';
import type {
  AutosaveRequest,
  ExportRequest,
  ExportTranslationsRequest,
  SaveAsRequest,
  SaveRequest,
} from './requests.ts';
import type { MenuCommand } from './channels.ts';
import type { ReturnedBatch } from '../translations/units.ts';
import type { FoundCookie } from '../discovery/types.ts';

/**
 * The one API between the renderer and the host (Electron main process, or
 * the browser test host over HTTP). Every method takes plain data and
 * resolves to plain data: a discriminated union on `ok`, never a throw, so the
 * UI can show a message next to what went wrong. Requests are validated on
 * arrival with the schemas in `requests.ts`.
 *
 * Files are capabilities: the page names a file or folder only by a handle
 * the host granted this window (see `FileHandle`); results that name a file
 * carry its path for display and its handle to pass back.
 */
export interface PolicyStudioApi {
  /** The starter projects offered by "New", from `templates/starters/index.json`. */
  listStarters(): Promise<ListStartersResult>;
  /** A new, unsaved project copied from a starter. */
  newFromStarter(id: string): Promise<NewFromStarterResult>;
  /** Opens a `.policy` file the window holds; without a handle, asks the user with an open dialog (which grants one). */
  openFile(handle?: FileHandle): Promise<GrantedOpenFileResult>;
  /** The "Open Recent" list, most recent first, each entry granted; files that no longer exist are flagged, not dropped. */
  recentFiles(): Promise<GrantedRecentFilesResult>;
  /** Empties the "Open Recent" list. */
  clearRecentFiles(): Promise<GrantedRecentFilesResult>;
  /** Saves to the file behind `request.handle`, or asks for one (Save As) when it is missing. */
  save(request: SaveRequest): Promise<GrantedSaveResult>;
  /** Always asks where to save, starting next to `request.startAt` or with `request.suggestedName`; the dialog grants the file chosen. */
  saveAs(request: SaveAsRequest): Promise<GrantedSaveResult>;
  /** Keeps a copy of unsaved work for crash recovery; `dirty: false` clears it. */
  autosave(request: AutosaveRequest): Promise<AutosaveResult>;
  /** Unsaved work left by a previous session that ended without saving, if any, with a grant for its file. */
  checkRecovery(): Promise<GrantedCheckRecoveryResult>;
  /** Forgets the recovered work (the user chose not to restore it). */
  discardRecovery(): Promise<DoneResult>;
  /** Writes the policy in the chosen languages and formats into a granted folder; without one, asks for it. */
  exportFiles(request: ExportRequest): Promise<GrantedExportResult>;
  /** Reveals a granted file or folder in the system file manager (after a save or an export). */
  showInFolder(handle: FileHandle): Promise<ShowInFolderResult>;
  /** Tells the host whether there are unsaved changes, for the window title and the close prompt. */
  setDirty(dirty: boolean, fileName: string | null): Promise<DoneResult>;
  /** Opens an http(s) link in the user's browser; any other kind of address is refused. */
  openExternal(url: string): Promise<OpenExternalResult>;
  /**
   * The `.policy` file the app was started with (command line, Finder, file
   * manager), handed out once, granted. Call it at start-up after
   * subscribing to menu commands: files opened later arrive as `menu:open-path`.
   */
  takeLaunchFile(): Promise<GrantedLaunchFileResult>;
  /** Writes the texts to translate into `request.lang` (XLIFF or CSV) where a save dialog chooses: "Export for translators…". */
  exportTranslations(request: ExportTranslationsRequest): Promise<GrantedExportTranslationsResult>;
  /**
   * Reads a translator's file the user chooses in an open dialog and returns
   * its units unapplied: the page applies them to the project it holds
   * (unsaved edits included) with `importTranslations`, which refuses units
   * whose source changed since.
   */
  importTranslations(): Promise<ImportTranslationsResult>;
  /** "Find cookies…" from a file: reads a HAR file or a cookie scanner's CSV the user chooses in an open dialog and returns what it shows, for the page to compare with its project. */
  importCookies(): Promise<FindCookiesResult>;
  /** "Find cookies…" on a site (desktop app): visits the address and a few same-site links in a hidden window with a session of its own, and returns the cookies and local-storage keys it saw. */
  scanCookies(url: string): Promise<FindCookiesResult>;
}

/**
 * An opaque, unguessable id the host granted one window for one file or
 * folder the user chose (a dialog, the recent list, the command line, the
 * operating system's "open with"). The page passes it back to read, write or
 * reveal that file; a path the page names itself is never accepted. A folder
 * handle (export) lets the host write only the exporter's own plain file
 * names inside that folder.
 */
export type FileHandle = string;

/** A granted file as the page learns of it: the handle to pass back, the path to show. */
export interface GrantedFile {
  handle: FileHandle;
  path: string;
}

/** Called by the preload when the native menu sends a command; `file` (granted) comes with `menu:open-path`. */
export type MenuCommandListener = (command: MenuCommand, file?: GrantedFile) => void;

/**
 * What the preload exposes as `window.policyStudio`: the host API plus a
 * subscription to native menu commands (returns an unsubscribe function).
 */
export interface PolicyStudioBridge extends PolicyStudioApi {
  onMenuCommand(listener: MenuCommandListener): () => void;
}

/** A method name of the host API. */
export type ApiMethod = keyof PolicyStudioApi;

/** The request was malformed (failed its schema) or the host failed unexpectedly; `message` says which call and why. */
export type HostFailure =
  | { ok: false; kind: 'bad-request'; message: string }
  /** The call named a file or folder by a handle this window does not hold (or holds for something else); nothing was read or written. */
  | { ok: false; kind: 'refused'; message: string }
  | { ok: false; kind: 'internal'; message: string };

/** The user closed a dialog without choosing. */
export interface Cancelled {
  ok: false;
  kind: 'cancelled';
}

export type DoneResult = { ok: true } | HostFailure;

/** One entry of `templates/starters/index.json`, as shown in the "New" picker. */
export interface StarterInfo {
  id: string;
  title: string;
  description: string;
}

export type ListStartersResult =
  | { ok: true; starters: StarterInfo[] }
  | { ok: false; kind: 'unavailable'; message: string }
  | HostFailure;

export type NewFromStarterResult =
  | { ok: true; starter: StarterInfo; project: Project }
  | { ok: false; kind: 'not-found'; message: string }
  | { ok: false; kind: 'unavailable'; message: string }
  | { ok: false; kind: 'invalid'; message: string; errors: ProjectError[] }
  | HostFailure;

export type OpenFileResult =
  | {
      ok: true;
      path: string;
      /** File name without folder, for the title bar. */
      name: string;
      project: Project;
      /** Format version the file was migrated from, or null when it was current. */
      migratedFrom: number | null;
      /**
       * What the migration changed and what the user should check, one line
       * each starting with the field path; empty when the file was current.
       * The file on disk is untouched until the user saves.
       */
      migrationNotes: string[];
    }
  | Cancelled
  | { ok: false; kind: 'not-found'; path: string; message: string }
  | { ok: false; kind: 'unreadable'; path: string; message: string }
  | {
      ok: false;
      kind: 'invalid';
      path: string;
      message: string;
      /** Every problem found, each with its JSON path, to show next to the file's text. */
      errors: ProjectError[];
      /** The file's text as read, so the UI can show where the problems are. */
      text: string;
    }
  | HostFailure;

/** An "Open Recent" entry. */
export interface RecentFile {
  path: string;
  name: string;
  /** The file is gone (moved, deleted, unmounted drive); shown greyed out, not an error. */
  missing: boolean;
}

export type RecentFilesResult = { ok: true; files: RecentFile[] } | HostFailure;

export type SaveResult =
  | {
      ok: true;
      path: string;
      name: string;
      /**
       * Set on the first save over a file that was opened in an older format
       * and migrated: the file was written in the current format and the
       * older one is kept at `backupPath`, so the UI can say where.
       */
      keptOlderVersion?: { version: number; backupPath: string };
    }
  | Cancelled
  | {
      ok: false;
      /** The project breaks the file format; nothing was written. */
      kind: 'invalid-project';
      message: string;
      errors: ProjectError[];
    }
  | {
      ok: false;
      /**
       * The file at `path` could not be read as a project when it was opened;
       * saving would replace whatever the user had there. Ask, then save again
       * with `overwriteInvalid: true`.
       */
      kind: 'overwrite-invalid';
      path: string;
      message: string;
    }
  | { ok: false; kind: 'write-failed'; path: string; message: string }
  | HostFailure;

export type AutosaveResult = { ok: true } | { ok: false; kind: 'write-failed'; message: string } | HostFailure;

/** Unsaved work found at start-up. `project` is the raw snapshot: it may be incomplete, so parse it before use. */
export interface Recovery {
  project: Record<string, unknown>;
  /** Where the work was last saved, or null for a project never saved. */
  path: string | null;
  name: string;
  /** ISO timestamp of the snapshot. */
  savedAt: string;
}

/** `damaged`: snapshots found unreadable at start-up and kept aside under another name, to tell the user once. */
export type CheckRecoveryResult = { ok: true; recovery: Recovery | null; damaged?: DamagedSnapshot[] } | HostFailure;

export type ExportResult =
  | { ok: true; folder: string; files: string[] }
  | Cancelled
  | { ok: false; kind: 'invalid-project'; message: string; errors: ProjectError[] }
  | { ok: false; kind: 'failed'; message: string }
  | HostFailure;

export type ShowInFolderResult = { ok: true } | { ok: false; kind: 'not-found'; path: string; message: string } | HostFailure;

export type OpenExternalResult = { ok: true } | { ok: false; kind: 'untrusted'; message: string } | HostFailure;

export type LaunchFileResult = { ok: true; path: string | null } | HostFailure;

/** `Result` as the bridge sends it: its variants matching `Granted` also carry the handle of the file they name. */
export type WithHandle<Result, Granted> = Exclude<Result, Granted> | (Extract<Result, Granted> & { handle: FileHandle });

export type GrantedOpenFileResult = WithHandle<OpenFileResult, { ok: true }>;

/** After a save, the handle saves to the same file again; with `overwrite-invalid`, it is the file the dialog chose. */
export type GrantedSaveResult = WithHandle<SaveResult, { ok: true } | { kind: 'overwrite-invalid' }>;

export interface GrantedRecentFile extends RecentFile {
  handle: FileHandle;
}

export type GrantedRecentFilesResult = { ok: true; files: GrantedRecentFile[] } | HostFailure;

export interface GrantedRecovery extends Recovery {
  /** The grant for `path`, so restored work saves back to its file; null when `path` is. */
  handle: FileHandle | null;
}

export type GrantedCheckRecoveryResult = { ok: true; recovery: GrantedRecovery | null; damaged?: DamagedSnapshot[] } | HostFailure;

/** An export's result with the folder's grant (to export there again without asking) and each file's (same order, to reveal it). */
export type GrantedExportResult =
  | Exclude<ExportResult, { ok: true }>
  | (Extract<ExportResult, { ok: true }> & { folderHandle: FileHandle; fileHandles: FileHandle[] });

export type GrantedLaunchFileResult = { ok: true; file: GrantedFile | null } | HostFailure;

export type ExportTranslationsResult =
  | {
      ok: true;
      path: string;
      /** Texts in the file, and how many of them have no current translation (missing or stale). */
      units: number;
      toTranslate: number;
    }
  | Cancelled
  | { ok: false; kind: 'invalid-project'; message: string; errors: ProjectError[] }
  | { ok: false; kind: 'write-failed'; path: string; message: string }
  | HostFailure;

/** The written file's grant is for revealing it only (`output`). */
export type GrantedExportTranslationsResult = WithHandle<ExportTranslationsResult, { ok: true }>;

export type ImportTranslationsResult =
  | { ok: true; path: string; name: string; batch: ReturnedBatch }
  | Cancelled
  | { ok: false; kind: 'unreadable'; path: string; message: string }
  | HostFailure;

/** What a HAR file, a scanner's CSV or a site scan found: `source` names it (the file's name, or the address scanned), `site` the host cookies are judged first or third party against. */
export type FindCookiesResult =
  | { ok: true; source: string; site: string | null; found: FoundCookie[] }
  | Cancelled
  | { ok: false; kind: 'unreadable'; path: string; message: string }
  /** This host cannot scan sites (the browser host without Chromium); importing a file still works. */
  | { ok: false; kind: 'unavailable'; message: string }
  /** The address is not one a scan may visit, or its page did not load. */
  | { ok: false; kind: 'failed'; message: string }
  | HostFailure;

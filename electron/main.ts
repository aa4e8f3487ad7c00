import { BrowserWindow, Menu, app, dialog, ipcMain, protocol, screen, session, shell } from 'electron';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PolicyStudioApi, RecentFile, SaveResult } from '../shared/host/api.ts';
import type { MenuCommand } from '../shared/host/channels.ts';
import { APP_INDEX_URL, APP_SCHEME, createAppProtocolHandler, isAppUrl } from './app-protocol.ts';
import { installContentSecurityPolicy } from './csp.ts';
import { createElectronDialogs } from './dialogs.ts';
import { appPaths } from './app-paths.ts';
import { createAppExportRunner } from './export-runner.ts';
import { createAutosave } from './files/autosave.ts';
import { createCapabilityRegistry } from './files/capabilities.ts';
import { createProjectFiles } from './files/project-files.ts';
import { createRecentFiles } from './files/recent-files.ts';
import { createStarters } from '../shared/node/files/starters.ts';
import { limitHeapGrowth } from '../shared/node/heap-growth.ts';
import { createHandlers, type HandlerDeps } from './handlers.ts';
import { createWindowSiteScanner } from './cookie-scan.ts';
import { registerIpc } from './ipc.ts';
import { policyFileFromArgv } from './launch-file.ts';
import { buildMenuTemplate } from './menu.ts';
import { hardenWebContents } from './security.ts';
import { mainWindowOptions } from './window.ts';
import { WINDOW_STATE_FILE, captureWindowState, clampWindowState, readWindowState, writeWindowState } from './window-state.ts';
import { PRODUCT_NAME, windowTitle } from './window-title.ts';

// Glue only: every decision lives in a module with its own tests.
// Built layout (scripts/build.ts): out/electron/main.js, out/electron/preload.cjs
// (sandboxed preloads must be CommonJS), out/renderer/, out/templates/.
/** Where this build finds its preload, renderer, templates and starters; exported so the build test can check them. */
export const APP_PATHS = appPaths(dirname(fileURLToPath(import.meta.url)));

// Exports run here: their garbage is collected before the heap grows far (heap-growth.ts).
limitHeapGrowth();
app.enableSandbox();
protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);

let window: BrowserWindow | null = null;
let dirty = false;
let fileName: string | null = null;
let launchFile = policyFileFromArgv(process.argv, process.cwd());
/** The page has asked for the launch file, so it listens for menu commands: later files go to it directly. */
let pageReady = false;
let closeAfterSave = false;
let closeConfirmed = false;
let quitting = false;

const dialogs = createElectronDialogs(dialog, () => window);
const autosave = createAutosave({ folder: app.getPath('userData') });
/** Which files and folders each window was granted; the pages hold only the handles. */
const capabilities = createCapabilityRegistry();
/** "Find cookies…" on a site: one hidden window per scan, in a session partition of its own. */
const siteScanner = createWindowSiteScanner({ fromPartition: (partition) => session.fromPartition(partition), createWindow: (options) => new BrowserWindow(options) });
/** Each window's handlers, over its own grants; made at its first call, dropped when it closes. */
const windowHandlers = new Map<number, PolicyStudioApi>();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = policyFileFromArgv(argv, workingDirectory);
    if (file) openInWindow(file);
    else focusWindow();
  });
  // macOS delivers files (Finder, Dock) here, possibly before `ready`.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openInWindow(path);
  });
  // A cookie scan's hidden window has rules of its own (electron/cookie-scan.ts): the site's frames and same-site redirects load.
  app.on('web-contents-created', (_event, contents) => (siteScanner.owns(contents.session) ? undefined : hardenWebContents(contents, shell)));
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });
  app.on('activate', () => {
    if (app.isReady() && !window) void createWindow();
  });
  void app.whenReady().then(start);
}

async function start(): Promise<void> {
  app.setAppUserModelId('studio.policy.app');
  installContentSecurityPolicy(session.defaultSession);
  protocol.handle(APP_SCHEME, createAppProtocolHandler({ root: APP_PATHS.rendererDir }));

  const recent = createRecentFiles({ folder: app.getPath('userData') });
  const shared: Omit<HandlerDeps, 'grants'> = {
    dialogs,
    shell,
    files: createProjectFiles(),
    recent,
    autosave,
    starters: createStarters(APP_PATHS.startersDir),
    runExport: createAppExportRunner({ createPrintWindow: (options) => new BrowserWindow(options), templatesDir: APP_PATHS.templatesDir }),
    scanSite: siteScanner.scan,
    onDirtyChange: (isDirty, name) => {
      dirty = isDirty;
      fileName = name;
      updateTitle();
    },
    onRecentChange: updateRecent,
    takeLaunchFile: () => {
      const file = launchFile;
      launchFile = null;
      pageReady = true;
      return file;
    },
  };
  const handlersFor = (id: number): PolicyStudioApi => {
    let handlers = windowHandlers.get(id);
    if (!handlers) {
      handlers = withCloseAfterSave(createHandlers({ ...shared, grants: capabilities.forWindow(String(id)) }));
      windowHandlers.set(id, handlers);
    }
    return handlers;
  };
  registerIpc(
    ipcMain,
    (event) => {
      if (!event.sender) throw new Error('the call came from no window');
      return handlersFor(event.sender.id);
    },
    { isTrustedSender: (event) => isAppUrl(event.senderFrame?.url) },
  );
  setMenu(await recent.list(), () => void recent.clear().then(updateRecent));
  await createWindow();
}

/** "Save" in the close prompt: the page saves, and the window closes once the save succeeded. */
function withCloseAfterSave(handlers: PolicyStudioApi): PolicyStudioApi {
  const settle = <R extends SaveResult>(result: R): R => {
    if (closeAfterSave) {
      closeAfterSave = false;
      if (result.ok) {
        dirty = false;
        window?.close();
      } else {
        quitting = false;
      }
    }
    return result;
  };
  return {
    ...handlers,
    save: async (request) => settle(await handlers.save(request)),
    saveAs: async (request) => settle(await handlers.saveAs(request)),
  };
}

function setMenu(recentFiles: RecentFile[], clearRecent: () => void): void {
  const template = buildMenuTemplate(
    { platform: process.platform, appName: PRODUCT_NAME, recentFiles, developer: !app.isPackaged },
    {
      send: sendToPage,
      clearRecent,
      close: () => (BrowserWindow.getFocusedWindow() ?? window)?.close(),
    },
  );
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  rebuildMenu = (files) => setMenu(files, clearRecent);
}

let rebuildMenu: (files: RecentFile[]) => void = () => undefined;

function updateRecent(files: RecentFile[]): void {
  rebuildMenu(files);
  if (files.length === 0) app.clearRecentDocuments();
  else if (files[0]) app.addRecentDocument(files[0].path);
}

function sendToPage(command: MenuCommand, path?: string): void {
  if (!window) {
    // macOS keeps running without a window: reopen one; a file to open waits for the page to ask.
    if (command === 'menu:open-path' && path) launchFile = path;
    void createWindow();
    return;
  }
  // A file the menu or the operating system names is one the user chose: it reaches the page granted to this window.
  const file = path === undefined ? undefined : { path, handle: capabilities.forWindow(String(window.webContents.id)).grant(path, 'project') };
  window.webContents.send(command, file);
}

function openInWindow(path: string): void {
  if (window && pageReady) {
    sendToPage('menu:open-path', path);
    focusWindow();
  } else {
    launchFile = path;
  }
}

function focusWindow(): void {
  if (!window) return;
  if (window.isMinimized()) window.restore();
  window.focus();
}

function updateTitle(): void {
  if (!window) return;
  window.setTitle(windowTitle(fileName, dirty));
  if (process.platform === 'darwin') window.setDocumentEdited(dirty);
}

async function createWindow(): Promise<void> {
  const stateFile = join(app.getPath('userData'), WINDOW_STATE_FILE);
  const state = clampWindowState(
    await readWindowState(stateFile),
    [screen.getPrimaryDisplay(), ...screen.getAllDisplays()].map((d) => d.workArea),
  );
  const win = new BrowserWindow(mainWindowOptions(state, APP_PATHS.preload));
  const contentsId = win.webContents.id;
  window = win;
  pageReady = false;
  dirty = false;
  fileName = null;
  closeConfirmed = false;
  if (state.maximized) win.maximize();
  updateTitle();
  win.once('ready-to-show', () => win.show());
  // The page's <title> must not replace "name — Policy Studio".
  win.on('page-title-updated', (event) => event.preventDefault());
  win.webContents.on('render-process-gone', () => {
    // Nothing left to save in a crashed page; autosave holds the last snapshot.
    dirty = false;
  });
  win.on('close', (event) => {
    if (dirty && !closeConfirmed) {
      event.preventDefault();
      void confirmClose(win);
      return;
    }
    void writeWindowState(stateFile, captureWindowState(win.getNormalBounds(), win.isMaximized())).catch(() => undefined);
  });
  win.on('closed', () => {
    if (window === win) window = null;
    // A closed window's handles die with it.
    capabilities.revokeWindow(String(contentsId));
    windowHandlers.delete(contentsId);
  });
  await win.loadURL(APP_INDEX_URL);
}

let confirming = false;

/** Asks what to do with unsaved changes: save (then close), close without saving, or stay. */
async function confirmClose(win: BrowserWindow): Promise<void> {
  if (confirming) return;
  confirming = true;
  try {
    const choice = await dialogs.confirm({
      message: `Do you want to save the changes to "${fileName ?? 'Untitled'}"?`,
      detail: "Your changes will be lost if you don't save them.",
      buttons: ['Save', "Don't Save", 'Cancel'],
      defaultId: 0,
      cancelId: 2,
    });
    if (choice === 0) {
      closeAfterSave = true;
      win.webContents.send('menu:save' satisfies MenuCommand);
    } else if (choice === 1) {
      closeConfirmed = true;
      await autosave.clear().catch(() => undefined);
      win.close();
    } else {
      quitting = false;
    }
  } finally {
    confirming = false;
  }
}

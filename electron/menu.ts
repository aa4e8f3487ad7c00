import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile } from '../shared/host/api.ts';
import type { MenuCommand } from '../shared/host/channels.ts';

/** What the menu needs to know to be built. */
export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  recentFiles: readonly RecentFile[];
  /** Adds Reload and Developer Tools (never in a packaged app). */
  developer?: boolean;
}

/** What the menu items do. */
export interface MenuCallbacks {
  /** Forwards a command to the page (`webContents.send`); `path` comes with `menu:open-path`. */
  send(command: MenuCommand, path?: string): void;
  /** Empties the recent list. */
  clearRecent(): void;
  /** Closes the window; the close prompt asks about unsaved changes. */
  close(): void;
}

/**
 * The native menu as a template: File (New, Open, Open Recent, Save, Save
 * As, Export, Close), Edit (Undo, Redo, clipboard, Find), View and, on
 * macOS, the app and Window menus. Document commands go to the page, which
 * knows about unsaved changes and calls the host API; editing commands use
 * Electron's roles, which reach text fields and the TipTap editor alike
 * (ProseMirror handles the `historyUndo`/`historyRedo` input events).
 */
export function buildMenuTemplate(options: MenuOptions, callbacks: MenuCallbacks): MenuItemConstructorOptions[] {
  const mac = options.platform === 'darwin';
  const send = (command: MenuCommand) => () => callbacks.send(command);

  const recentItems: MenuItemConstructorOptions[] = options.recentFiles.map((file) => ({
    label: file.missing ? `${file.name} (missing)` : file.name,
    toolTip: file.path,
    enabled: !file.missing,
    click: () => callbacks.send('menu:open-path', file.path),
  }));
  if (recentItems.length === 0) recentItems.push({ label: 'No Recent Projects', enabled: false });

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      { label: 'New from Starter…', accelerator: 'CmdOrCtrl+N', click: send('menu:new') },
      { label: 'Open…', accelerator: 'CmdOrCtrl+O', click: send('menu:open') },
      {
        label: 'Open Recent',
        submenu: [
          ...recentItems,
          { type: 'separator' },
          { label: 'Clear Recent', enabled: options.recentFiles.length > 0, click: () => callbacks.clearRecent() },
        ],
      },
      { type: 'separator' },
      { label: 'Save', accelerator: 'CmdOrCtrl+S', click: send('menu:save') },
      { label: 'Save As…', accelerator: 'Shift+CmdOrCtrl+S', click: send('menu:save-as') },
      { type: 'separator' },
      { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('menu:export') },
      { label: 'Publish Version…', accelerator: 'Shift+CmdOrCtrl+P', click: send('menu:publish-version') },
      { label: 'Compare Versions…', click: send('menu:compare') },
      { type: 'separator' },
      { label: 'Close', accelerator: 'CmdOrCtrl+W', click: () => callbacks.close() },
      ...(mac ? [] : ([{ type: 'separator' }, { role: 'quit', label: 'E&xit', accelerator: 'CmdOrCtrl+Q' }] satisfies MenuItemConstructorOptions[])),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      { role: 'undo', accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', accelerator: options.platform === 'win32' ? 'Ctrl+Y' : 'Shift+CmdOrCtrl+Z' },
      { type: 'separator' },
      { role: 'cut', accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', accelerator: 'CmdOrCtrl+A' },
      { type: 'separator' },
      // The page answers with its own find bar over the editor's document (`findInPage` would search the whole page, form included).
      { label: 'Find…', accelerator: 'CmdOrCtrl+F', click: send('menu:find') },
      // Cookies from a HAR or scanner file, or a scan of the site in a hidden window; reviewed before anything is added.
      { label: 'Find Cookies…', click: send('menu:find-cookies') },
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      ...(options.developer ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] satisfies MenuItemConstructorOptions[]) : []),
      // The translation view, or the form again; its buttons export and import translators' files.
      { label: 'Translations', accelerator: 'Shift+CmdOrCtrl+L', click: send('menu:translations') },
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  };

  if (!mac) return [file, edit, view];

  const app: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      { role: 'about' },
      { type: 'separator' },
      { role: 'services' },
      { type: 'separator' },
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      { type: 'separator' },
      { role: 'quit' },
    ],
  };
  return [app, file, edit, view, { role: 'windowMenu' }];
}

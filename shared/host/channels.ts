import type { ApiMethod } from './api.ts';

/**
 * The IPC channel of each host API method, in "area:action" form. The preload
 * invokes only these and the main process handles only these, so the list is
 * the whole surface the page can reach.
 */
export const API_CHANNELS = {
  listStarters: 'starters:list',
  newFromStarter: 'starters:create',
  openFile: 'file:open',
  recentFiles: 'recent:list',
  clearRecentFiles: 'recent:clear',
  save: 'file:save',
  saveAs: 'file:save-as',
  autosave: 'recovery:autosave',
  checkRecovery: 'recovery:check',
  discardRecovery: 'recovery:discard',
  exportFiles: 'export:run',
  showInFolder: 'shell:show-in-folder',
  setDirty: 'window:set-dirty',
  openExternal: 'shell:open-external',
  takeLaunchFile: 'launch:take-file',
  exportTranslations: 'translations:export',
  importTranslations: 'translations:import',
  importCookies: 'cookies:import',
  scanCookies: 'cookies:scan',
} as const satisfies Record<ApiMethod, `${string}:${string}`>;

/** An IPC channel of the host API. */
export type ApiChannel = (typeof API_CHANNELS)[ApiMethod];

/**
 * Commands the native menu sends to the page (`webContents.send`). The page
 * decides what each means (it knows whether there are unsaved changes), then
 * calls the host API. `menu:open-path` carries a granted file (`{ handle, path }`):
 * an "Open Recent" entry, or a file opened from the command line or the
 * Finder, granted to that window as it is sent.
 */
export const MENU_COMMANDS = [
  'menu:new',
  'menu:open',
  'menu:open-path',
  'menu:save',
  'menu:save-as',
  'menu:export',
  'menu:find',
  'menu:publish-version',
  'menu:compare',
  'menu:translations',
  'menu:find-cookies',
] as const;

/** A native menu command channel. */
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** Whether a channel name is one of the menu commands, for the preload's listener guard. */
export function isMenuCommand(channel: string): channel is MenuCommand {
  return (MENU_COMMANDS as readonly string[]).includes(channel);
}

/** The header in which the page sends the browser test host's per-run secret (`scripts/web-host.ts`). */
export const SECRET_HEADER = 'x-policy-studio-secret';

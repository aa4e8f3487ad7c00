import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import type { WindowState } from './window-state.ts';

/**
 * The `webPreferences` of every window, built in one place: the page runs
 * sandboxed and isolated from the preload, with no Node.js anywhere (page,
 * workers, frames) and no `<webview>`. The only way out is the preload's
 * typed bridge.
 */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
  };
}

/** Smallest window in which the form and the preview still fit side by side. */
export const MIN_WINDOW_SIZE = { width: 720, height: 480 } as const;

/** Options of the main window: restored size and position, hidden until the first paint to avoid a white flash. */
export function mainWindowOptions(state: WindowState, preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: state.width,
    height: state.height,
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    title: 'Policy Studio',
    webPreferences: secureWebPreferences(preloadPath),
  };
}

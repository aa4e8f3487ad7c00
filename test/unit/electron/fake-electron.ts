import { vi } from 'vitest';
import { minimalPdf } from '../../fixtures/minimal-pdf.ts';
import { APP_INDEX_URL } from '../../../electron/app-protocol.ts';

type Handler = (...args: unknown[]) => unknown;

/**
 * Just enough of Electron to run electron/main.ts (or its bundle, out/electron/main.js)
 * in Node under `vi.doMock('electron', …)`: records what the glue does.
 */
export function fakeElectron(userData: string, lock: boolean) {
  const appEvents = new Map<string, Handler>();
  const ipc = new Map<string, Handler>();
  const windows: FakeWindow[] = [];
  const messageBox = vi.fn(async () => ({ response: 2 }));

  class FakeWindow {
    options: { webPreferences?: unknown };
    events = new Map<string, Handler[]>();
    title = '';
    closed = false;
    loadURL = vi.fn(async () => undefined);
    webContents = { id: windows.length + 1, send: vi.fn(), on: vi.fn(), printToPDF: vi.fn(async () => Buffer.from(minimalPdf())) };
    destroy = vi.fn();
    constructor(options: { webPreferences?: unknown }) {
      this.options = options;
      windows.push(this);
    }
    on(event: string, handler: Handler) {
      this.events.set(event, [...(this.events.get(event) ?? []), handler]);
    }
    once(event: string, handler: Handler) {
      this.on(event, handler);
    }
    emit(event: string, ...args: unknown[]) {
      for (const handler of this.events.get(event) ?? []) handler(...args);
    }
    close() {
      let prevented = false;
      this.emit('close', { preventDefault: () => (prevented = true) });
      if (prevented) return;
      this.closed = true;
      this.emit('closed');
    }
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    maximize() {}
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    focus() {}
    restore() {}
    show() {}
    getNormalBounds() {
      return { x: 0, y: 0, width: 1000, height: 700 };
    }
    static getFocusedWindow() {
      return null;
    }
  }

  const app = {
    enableSandbox: vi.fn(),
    requestSingleInstanceLock: vi.fn(() => lock),
    quit: vi.fn(),
    on: vi.fn((event: string, handler: Handler) => void appEvents.set(event, handler)),
    whenReady: vi.fn(() => Promise.resolve()),
    isReady: () => true,
    isPackaged: false,
    getPath: () => userData,
    setAppUserModelId: vi.fn(),
    addRecentDocument: vi.fn(),
    clearRecentDocuments: vi.fn(),
  };
  const display = { workArea: { x: 0, y: 0, width: 1920, height: 1080 } };
  const module = {
    app,
    BrowserWindow: FakeWindow,
    Menu: { buildFromTemplate: (template: unknown) => template, setApplicationMenu: vi.fn() },
    dialog: { showMessageBox: messageBox, showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    ipcMain: { handle: (channel: string, handler: Handler) => void ipc.set(channel, handler), removeHandler: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    screen: { getPrimaryDisplay: () => display, getAllDisplays: () => [display] },
    session: { defaultSession: { webRequest: { onHeadersReceived: vi.fn() } } },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
  };
  const dialog = module.dialog;
  /** Calls an IPC channel as the app page of the first window does (`from` calls as another window's page). */
  const invoke = (channel: string, ...args: unknown[]) => ipc.get(channel)?.({ senderFrame: { url: APP_INDEX_URL }, sender: windows[0]?.webContents }, ...args);
  const invokeFrom = (senderId: number, channel: string, ...args: unknown[]) => ipc.get(channel)?.({ senderFrame: { url: APP_INDEX_URL }, sender: { id: senderId } }, ...args);
  return { module, appEvents, ipc, windows, messageBox, invoke, invokeFrom, dialog };
}

import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-protocol.ts';
import { secureWebPreferences } from '../../../electron/window.ts';
import { API_CHANNELS } from '../../../shared/host/channels.ts';
import { buildProject } from '../../fixtures/project-builder.ts';

type Handler = (...args: unknown[]) => unknown;

/** Just enough of Electron to run electron/main.ts in Node: records what the glue does. */
function fakeElectron(userData: string, lock: boolean) {
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
    webContents = { send: vi.fn(), on: vi.fn() };
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
  const invoke = (channel: string, ...args: unknown[]) => ipc.get(channel)?.({ senderFrame: { url: APP_INDEX_URL } }, ...args);
  return { module, appEvents, ipc, windows, messageBox, invoke };
}

let fake: ReturnType<typeof fakeElectron>;

async function startMain(lock = true) {
  fake = fakeElectron(await mkdtemp(join(tmpdir(), 'policy-studio-main-')), lock);
  vi.doMock('electron', () => fake.module);
  await import('../../../electron/main.ts');
  if (lock) await vi.waitFor(() => expect(fake.windows[0]?.loadURL).toHaveBeenCalled());
  return fake;
}

describe('electron/main.ts', () => {
  beforeEach(() => {
    vi.resetModules();
  });
  afterEach(() => {
    vi.doUnmock('electron');
  });

  it('quits when another instance already runs', async () => {
    const { module, windows } = await startMain(false);
    expect(module.app.quit).toHaveBeenCalled();
    expect(module.app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('opens one sandboxed window on the app page, with IPC, menu, CSP and protocol in place', async () => {
    const { module, windows, ipc } = await startMain();
    expect(module.app.enableSandbox).toHaveBeenCalled();
    expect(windows).toHaveLength(1);
    const [window] = windows;
    expect(window?.options.webPreferences).toEqual({ ...secureWebPreferences('preload'), preload: expect.stringMatching(/preload\.cjs$/) });
    expect(window?.loadURL).toHaveBeenCalledWith(APP_INDEX_URL);
    expect([...ipc.keys()].sort()).toEqual(Object.values(API_CHANNELS).sort());
    expect(module.Menu.setApplicationMenu).toHaveBeenCalled();
    expect(module.session.defaultSession.webRequest.onHeadersReceived).toHaveBeenCalled();
    expect(module.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(window?.title).toBe('Untitled — Policy Studio');
  });

  it('refuses IPC from a frame that is not the app page', async () => {
    const { ipc } = await startMain();
    await expect(ipc.get('shell:open-external')?.({ senderFrame: { url: 'https://evil.example/' } }, 'https://x.example')).resolves.toMatchObject({
      ok: false,
      kind: 'bad-request',
    });
  });

  it('shows the dirty state in the title and closes at once when nothing is unsaved', async () => {
    const { windows, invoke, messageBox } = await startMain();
    await invoke('window:set-dirty', true, 'acme.policy');
    expect(windows[0]?.title).toBe('• acme.policy — Policy Studio');
    await invoke('window:set-dirty', false, 'acme.policy');
    windows[0]?.close();
    expect(messageBox).not.toHaveBeenCalled();
    expect(windows[0]?.closed).toBe(true);
  });

  it('asks before closing with unsaved changes: Cancel keeps the window, Don\u2019t Save closes it', async () => {
    const { windows, invoke, messageBox } = await startMain();
    await invoke('window:set-dirty', true, 'acme.policy');
    windows[0]?.close();
    await vi.waitFor(() => expect(messageBox).toHaveBeenCalledOnce());
    expect(messageBox).toHaveBeenCalledWith(windows[0], expect.objectContaining({ buttons: ['Save', "Don't Save", 'Cancel'], cancelId: 2 }));
    expect(windows[0]?.closed).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 0)); // let the first prompt finish

    messageBox.mockResolvedValueOnce({ response: 1 });
    windows[0]?.close();
    await vi.waitFor(() => expect(windows[0]?.closed).toBe(true));
  });

  it('Save in the close prompt asks the page to save, and closes once the save succeeded', async () => {
    const { windows, invoke, messageBox } = await startMain();
    await invoke('window:set-dirty', true, null);
    messageBox.mockResolvedValueOnce({ response: 0 });
    windows[0]?.close();
    await vi.waitFor(() => expect(windows[0]?.webContents.send).toHaveBeenCalledWith('menu:save'));
    expect(windows[0]?.closed).toBe(false);
    const path = join(await mkdtemp(join(tmpdir(), 'policy-studio-main-')), 'a.policy');
    await expect(invoke('file:save', { path, project: buildProject() })).resolves.toMatchObject({ ok: true });
    expect(windows[0]?.closed).toBe(true);
  });

  it('hands a file from a second instance to the page once it is listening', async () => {
    const { appEvents, invoke, windows } = await startMain();
    await expect(invoke('launch:take-file')).resolves.toEqual({ ok: true, path: null });
    appEvents.get('second-instance')?.({}, ['policy-studio', 'docs/acme.policy'], '/home/me');
    expect(windows[0]?.webContents.send).toHaveBeenCalledWith('menu:open-path', '/home/me/docs/acme.policy');
  });
});

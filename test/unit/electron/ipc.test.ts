import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { PolicyStudioApi } from '../../../shared/host/api.ts';
import { API_CHANNELS } from '../../../shared/host/channels.ts';
import { DOCUMENT_LANGUAGES } from '../../../shared/model/languages.ts';

type Listener = (event: { senderFrame?: { url: string } | null; sender?: { id: number } }, ...args: unknown[]) => Promise<unknown>;
const registered = new Map<string, Listener>();

// The Electron binary is not installed in tests: the module is replaced by fakes.
vi.mock('electron', () => ({
  ipcMain: {
    handle: vi.fn((channel: string, listener: Listener) => void registered.set(channel, listener)),
    removeHandler: vi.fn((channel: string) => void registered.delete(channel)),
  },
}));

const { ipcMain } = await import('electron');
const { registerIpc } = await import('../../../electron/ipc.ts');

const appFrame = { senderFrame: { url: 'app://policy-studio/index.html' }, sender: { id: 1 } };

/** Shaped like a granted handle; whether it is one is the registry's business, not the schema's. */
const HANDLE = 'h'.repeat(43);

function fakeHandlers(): PolicyStudioApi {
  const ok = async () => ({ ok: true }) as never;
  return {
    listStarters: vi.fn(ok),
    newFromStarter: vi.fn(ok),
    openFile: vi.fn(ok),
    recentFiles: vi.fn(ok),
    clearRecentFiles: vi.fn(ok),
    save: vi.fn(ok),
    saveAs: vi.fn(ok),
    autosave: vi.fn(ok),
    checkRecovery: vi.fn(ok),
    discardRecovery: vi.fn(ok),
    exportFiles: vi.fn(ok),
    showInFolder: vi.fn(ok),
    setDirty: vi.fn(ok),
    openExternal: vi.fn(ok),
    takeLaunchFile: vi.fn(ok),
    exportTranslations: vi.fn(ok),
    importTranslations: vi.fn(ok),
    importCookies: vi.fn(ok),
    scanCookies: vi.fn(ok),
  };
}

function call(channel: string, ...args: unknown[]): Promise<unknown> {
  const listener = registered.get(channel);
  if (!listener) throw new Error(`no handler for ${channel}`);
  return listener(appFrame, ...args);
}

describe('registerIpc', () => {
  let handlers: PolicyStudioApi;
  beforeEach(() => {
    registered.clear();
    handlers = fakeHandlers();
    registerIpc(ipcMain, handlers);
  });

  it('handles every API channel, and only those', () => {
    expect([...registered.keys()].sort()).toEqual(Object.values(API_CHANNELS).sort());
    for (const channel of registered.keys()) expect(channel).toMatch(/^[a-z]+:[a-z-]+$/);
  });

  it('calls the handler with validated arguments', async () => {
    const project = { schemaVersion: 1 };
    await expect(call('file:save', { handle: HANDLE, project })).resolves.toEqual({ ok: true });
    expect(handlers.save).toHaveBeenCalledExactlyOnceWith({ handle: HANDLE, project });
    await call('window:set-dirty', true, 'a.policy');
    expect(handlers.setDirty).toHaveBeenCalledExactlyOnceWith(true, 'a.policy');
    await call('file:open');
    expect(handlers.openFile).toHaveBeenCalledExactlyOnceWith();
    await call('file:open', HANDLE);
    expect(handlers.openFile).toHaveBeenLastCalledWith(HANDLE);
    await call('export:run', { project, langs: ['en', 'sv'], formats: ['html', 'fragment', 'md', 'docx', 'pdf'], paper: 'Letter' });
    expect(handlers.exportFiles).toHaveBeenCalledExactlyOnceWith({ project, langs: ['en', 'sv'], formats: ['html', 'fragment', 'md', 'docx', 'pdf'], paper: 'Letter' });
  });

  it.each([
    // The page never names a path: every place that once took one takes a handle only.
    ['file:open', ['/etc/passwd'], 'openFile: handle: expected a file handle granted by a dialog or the recent list, not a path'],
    ['file:save', [{ handle: '/home/me/a.policy', project: {} }], 'save: request.handle: expected a file handle granted by a dialog or the recent list, not a path'],
    ['file:save', [{ path: '/home/me/a.policy', project: {} }], 'save: request: Unrecognized key: "path"'],
    ['file:save-as', [{ project: {}, defaultPath: '/etc/cron.d/x' }], 'saveAs: request: Unrecognized key: "defaultPath"'],
    ['file:save-as', [{ project: {}, suggestedName: '../../.bashrc' }], 'saveAs: request.suggestedName: expected a file name without a folder'],
    ['recovery:autosave', [{ project: {}, handle: '/a.policy', dirty: true }], 'autosave: request.handle: expected a file handle'],
    ['export:run', [{ project: {}, langs: ['en'], formats: ['html'], folder: '/tmp/../etc' }], 'exportFiles: request.folder: expected a file handle'],
    ['shell:show-in-folder', ['/home/me'], 'showInFolder: handle: expected a file handle'],
    ['file:save', [{ project: 'not an object' }], 'save: request.project: expected a project object'],
    ['file:save', [{ project: {}, sneaky: true }], 'save: request: Unrecognized key: "sneaky"'],
    ['file:save', [], 'save: request: expected a request object'],
    ['file:save-as', ['/a.policy'], 'saveAs: request: expected a request object'],
    ['file:open', [42], 'openFile: handle: expected a file handle'],
    ['file:open', [HANDLE, 'extra'], 'openFile: expected at most 1 argument, got 2'],
    ['window:set-dirty', ['yes', null], 'setDirty: dirty: expected true or false'],
    ['starters:create', ['../../etc/passwd'], 'newFromStarter: id: expected a starter id like "small-webshop"'],
    ['export:run', [{ project: {}, langs: ['ja'], formats: ['rtf'] }], `exportFiles: request.langs[0]: expected one of ${DOCUMENT_LANGUAGES.join(', ')}; request.formats[0]: expected one of html, fragment, md, docx, pdf`],
    ['export:run', [{ project: {}, langs: ['en'], formats: ['markdown'] }], 'exportFiles: request.formats[0]: expected one of html, fragment, md, docx, pdf'],
    ['export:run', [{ project: {}, langs: ['en'], formats: ['pdf'], paper: 'A3' }], 'exportFiles: request.paper: expected one of A4, Letter'],
    ['recovery:autosave', [{ project: {}, handle: HANDLE }], 'autosave: request.dirty:'],
    ['recent:list', ['x'], 'recentFiles: expected at most 0 arguments, got 1'],
  ])('refuses %s %j with a clear message, without calling the handler', async (channel, args, message) => {
    const result = (await call(channel, ...args)) as { ok: boolean; kind: string; message: string };
    expect(result).toMatchObject({ ok: false, kind: 'bad-request' });
    expect(result.message).toContain(message);
    for (const handler of Object.values(handlers)) expect(handler).not.toHaveBeenCalled();
  });

  it('returns an unexpected throw as a result instead of rejecting across IPC', async () => {
    vi.mocked(handlers.recentFiles).mockRejectedValueOnce(new Error('disk on fire'));
    await expect(call('recent:list')).resolves.toEqual({ ok: false, kind: 'internal', message: 'Something went wrong (recentFiles): disk on fire' });
  });

  it('refuses calls from frames that are not the app when a sender check is given', async () => {
    registered.clear();
    registerIpc(ipcMain, handlers, { isTrustedSender: (event) => event.senderFrame?.url.startsWith('app://policy-studio/') === true });
    const listener = registered.get('shell:open-external');
    await expect(listener?.({ senderFrame: { url: 'https://evil.example/' } }, 'https://x.example')).resolves.toMatchObject({ ok: false, kind: 'bad-request' });
    await expect(listener?.({ senderFrame: null }, 'https://x.example')).resolves.toMatchObject({ ok: false, kind: 'bad-request' });
    expect(handlers.openExternal).not.toHaveBeenCalled();
    await expect(listener?.(appFrame, 'https://x.example')).resolves.toEqual({ ok: true });
  });

  it('serves each call with the calling window’s handlers', async () => {
    registered.clear();
    const perWindow = new Map([
      [1, fakeHandlers()],
      [2, fakeHandlers()],
    ]);
    registerIpc(ipcMain, (event) => perWindow.get(event.sender?.id ?? 0) ?? handlers);
    await registered.get('recent:list')?.({ ...appFrame, sender: { id: 2 } });
    expect(perWindow.get(2)?.recentFiles).toHaveBeenCalledOnce();
    expect(perWindow.get(1)?.recentFiles).not.toHaveBeenCalled();
  });

  it('can be unregistered', () => {
    registered.clear();
    const unregister = registerIpc(ipcMain, handlers);
    unregister();
    expect(registered.size).toBe(0);
  });
});

import { describe, expect, it, vi } from 'vitest';
import type { PolicyStudioApi, PolicyStudioBridge } from '../../shared/host/api.ts';
import { createElectronHost } from '../../renderer/host/electron-host.ts';
import { createGrantedApi } from '../../renderer/host/granted-api.ts';
import { takeHostSecret } from '../../renderer/host/host-secret.ts';

const A = 'a'.repeat(43);
const F = 'f'.repeat(43);
const X = 'x'.repeat(43);

/** A bridge that grants what a real host would: the recent list, an open dialog's file, an export's folder and files. */
function fakeBridge() {
  const api = {
    recentFiles: vi.fn(async () => ({ ok: true, files: [{ path: '/work/acme.policy', name: 'acme.policy', missing: false, handle: A }] })),
    openFile: vi.fn(async () => ({ ok: true, handle: A, path: '/work/acme.policy', name: 'acme.policy', project: {}, migratedFrom: null, migrationNotes: [] })),
    save: vi.fn(async () => ({ ok: true, handle: A, path: '/work/acme.policy', name: 'acme.policy' })),
    saveAs: vi.fn(async () => ({ ok: false, kind: 'cancelled' })),
    autosave: vi.fn(async () => ({ ok: true })),
    exportFiles: vi.fn(async () => ({ ok: true, folder: '/out', folderHandle: F, files: ['/out/p.en.html'], fileHandles: [X] })),
    showInFolder: vi.fn(async () => ({ ok: true })),
    takeLaunchFile: vi.fn(async () => ({ ok: true, file: null })),
  };
  return api as typeof api & PolicyStudioApi;
}

describe('the page’s host adapter: paths it was shown, handles it sends', () => {
  it('refuses a path the host never showed, without calling the host', async () => {
    const bridge = fakeBridge();
    const { api } = createGrantedApi(bridge);
    const refused = { ok: false, kind: 'refused', message: expect.stringContaining('"passwd" was not chosen in this window') };
    expect(await api.openFile('/etc/passwd')).toEqual(refused);
    expect(await api.save({ path: '/etc/passwd', project: {} })).toEqual(refused);
    expect(await api.autosave({ path: '/etc/passwd', project: {}, dirty: true })).toEqual(refused);
    expect(await api.exportFiles({ project: {}, langs: ['en'], formats: ['html'], folder: '/etc/passwd' })).toEqual(refused);
    expect(await api.showInFolder('/etc/passwd')).toEqual(refused);
    for (const method of [bridge.openFile, bridge.save, bridge.autosave, bridge.exportFiles, bridge.showInFolder]) expect(method).not.toHaveBeenCalled();
  });

  it('sends the handle granted for a recent entry, a saved file and an export folder', async () => {
    const bridge = fakeBridge();
    const { api } = createGrantedApi(bridge);
    await api.recentFiles();
    await api.openFile('/work/acme.policy');
    expect(bridge.openFile).toHaveBeenCalledWith(A);
    await api.save({ path: '/work/acme.policy', project: { n: 1 } });
    expect(bridge.save).toHaveBeenCalledWith({ project: { n: 1 }, handle: A });
    await api.autosave({ path: '/work/acme.policy', project: {}, dirty: true });
    expect(bridge.autosave).toHaveBeenCalledWith({ project: {}, handle: A, dirty: true });
    // Save As starts next to the current file; for a file never saved, only the name is sent.
    await api.saveAs({ project: {}, defaultPath: '/work/acme.policy' });
    expect(bridge.saveAs).toHaveBeenLastCalledWith({ project: {}, startAt: A });
    await api.saveAs({ project: {}, defaultPath: 'acme-ab.policy' });
    expect(bridge.saveAs).toHaveBeenLastCalledWith({ project: {}, suggestedName: 'acme-ab.policy' });
    await api.exportFiles({ project: {}, langs: ['en'], formats: ['html'] });
    await api.exportFiles({ project: {}, langs: ['en'], formats: ['html'], folder: '/out' });
    expect(bridge.exportFiles).toHaveBeenLastCalledWith({ project: {}, langs: ['en'], formats: ['html'], folder: F });
    await api.showInFolder('/out/p.en.html');
    expect(bridge.showInFolder).toHaveBeenCalledWith(X);
  });

  it('learns a file the native menu sends granted, and hands the page its path', async () => {
    let send: Parameters<PolicyStudioBridge['onMenuCommand']>[0] | undefined;
    const bridge = { ...fakeBridge(), onMenuCommand: (listener: typeof send) => ((send = listener), () => undefined) } as unknown as PolicyStudioBridge;
    const host = createElectronHost(bridge);
    const listener = vi.fn();
    host.onMenuCommand?.(listener);
    send?.('menu:open-path', { handle: A, path: '/work/acme.policy' });
    expect(listener).toHaveBeenCalledWith('menu:open-path', '/work/acme.policy');
    await host.openFile('/work/acme.policy');
    expect(bridge.openFile).toHaveBeenCalledWith(A);
  });
});

describe('the browser host’s secret in the page', () => {
  it('is taken from the address fragment, removed from the address bar, and kept for reloads of the tab', () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    const history = { replaceState: vi.fn() };
    expect(takeHostSecret({ hash: '#secret=s3cr3t', pathname: '/', search: '' }, storage, history)).toBe('s3cr3t');
    expect(history.replaceState).toHaveBeenCalledWith(null, '', '/');
    expect(takeHostSecret({ hash: '', pathname: '/', search: '' }, storage, history)).toBe('s3cr3t');
    expect(takeHostSecret({ hash: '', pathname: '/', search: '' }, { getItem: () => null, setItem: () => undefined })).toBe('');
  });
});

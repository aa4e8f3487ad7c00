import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL } from '../../../electron/app-protocol.ts';
import { secureWebPreferences } from '../../../electron/window.ts';
import { API_CHANNELS } from '../../../shared/host/channels.ts';
import { serializeProject } from '../../../shared/model/index.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { fakeElectron } from './fake-electron.ts';

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

  it('limits how far the heap grows, where exports run', async () => {
    const limitHeapGrowth = vi.fn();
    vi.doMock('../../../shared/node/heap-growth.ts', () => ({ limitHeapGrowth }));
    try {
      await startMain();
      expect(limitHeapGrowth).toHaveBeenCalledOnce();
    } finally {
      vi.doUnmock('../../../shared/node/heap-growth.ts');
    }
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
    const { windows, invoke, messageBox, dialog } = await startMain();
    await invoke('window:set-dirty', true, null);
    messageBox.mockResolvedValueOnce({ response: 0 });
    windows[0]?.close();
    await vi.waitFor(() => expect(windows[0]?.webContents.send).toHaveBeenCalledWith('menu:save'));
    expect(windows[0]?.closed).toBe(false);
    const path = join(await mkdtemp(join(tmpdir(), 'policy-studio-main-')), 'a.policy');
    dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });
    await expect(invoke('file:save', { project: buildProject() })).resolves.toMatchObject({ ok: true, path });
    expect(windows[0]?.closed).toBe(true);
  });

  it('hands a file from a second instance to the page once it is listening, granted to its window', async () => {
    const { appEvents, invoke, invokeFrom, windows } = await startMain();
    const folder = await mkdtemp(join(tmpdir(), 'policy-studio-main-'));
    await writeFile(join(folder, 'acme.policy'), serializeProject(buildProject()));
    await expect(invoke('launch:take-file')).resolves.toEqual({ ok: true, file: null });
    appEvents.get('second-instance')?.({}, ['policy-studio', 'docs/../acme.policy'], folder);
    const file = { path: join(folder, 'acme.policy'), handle: expect.stringMatching(/^[A-Za-z0-9_-]{43}$/) };
    expect(windows[0]?.webContents.send).toHaveBeenCalledWith('menu:open-path', file);
    const [, sent] = vi.mocked(windows[0]?.webContents.send)?.mock.lastCall ?? [];
    const { handle } = sent as { handle: string };
    await expect(invoke('file:open', handle)).resolves.toMatchObject({ ok: true, path: join(folder, 'acme.policy') });
    // The same handle from another window's page is refused, and nothing is read.
    await expect(invokeFrom(99, 'file:open', handle)).resolves.toMatchObject({ ok: false, kind: 'refused', message: expect.stringContaining('was not chosen in this window') });
  });

  it('refuses a path from the page: only handles cross the bridge', async () => {
    const { invoke } = await startMain();
    await expect(invoke('file:open', '/etc/passwd')).resolves.toMatchObject({ ok: false, kind: 'bad-request', message: expect.stringContaining('not a path') });
    const target = join(await mkdtemp(join(tmpdir(), 'policy-studio-main-')), 'evil');
    await expect(invoke('export:run', { project: buildProject(), langs: ['en'], formats: ['html'], folder: target })).resolves.toMatchObject({ ok: false, kind: 'bad-request' });
    await expect(invoke('shell:show-in-folder', target)).resolves.toMatchObject({ ok: false, kind: 'bad-request' });
  });

  it('exports through IPC with the app runner: every format, PDFs printed by a hidden window', async () => {
    const { invoke, windows, dialog } = await startMain();
    const folder = join(await mkdtemp(join(tmpdir(), 'policy-studio-main-')), 'export');
    dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [folder] });
    const result = await invoke('export:run', { project: buildProject(), langs: ['en', 'sv'], formats: ['html', 'fragment', 'md', 'docx', 'pdf'], paper: 'A4' });
    expect(result).toMatchObject({ ok: true, folder });
    expect((await readdir(folder)).sort()).toEqual([
      'index.html',
      ...['en', 'sv'].flatMap((lang) => [`privacy-policy.${lang}.docx`, `privacy-policy.${lang}.fragment.html`, `privacy-policy.${lang}.html`, `privacy-policy.${lang}.md`, `privacy-policy.${lang}.pdf`]),
    ]);
    // The hidden window's PDF, with our metadata appended (Producer "Policy Studio …", not the browser's).
    const pdf = await readFile(join(folder, 'privacy-policy.sv.pdf'), 'latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    expect(pdf).toContain('Policy Studio');
    const printWindows = windows.slice(1);
    // One window per print, one print per language (the contents' page numbers are written into the printed PDF).
    expect(printWindows.length).toBeGreaterThanOrEqual(2);
    for (const w of printWindows) {
      expect(w.options).toMatchObject({ show: false, webPreferences: { sandbox: true, contextIsolation: true, javascript: false } });
      expect(w.destroy).toHaveBeenCalled();
    }
  });
});

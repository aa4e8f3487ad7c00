import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../electron/dialogs.ts';
import { createAutosave } from '../../../electron/files/autosave.ts';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { createRecentFiles } from '../../../electron/files/recent-files.ts';
import { createStarters } from '../../../shared/node/files/starters.ts';
import { createHandlers, withPolicyExtension, type HandlerDeps } from '../../../electron/handlers.ts';
import type { ExportRunner } from '../../../shared/host/export-runner.ts';
import { serializeProject } from '../../../shared/model/index.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

/** Handlers over a temporary app data folder, a temporary starters folder and scripted dialogs. */
async function setup(overrides: Partial<HandlerDeps> = {}) {
  const dir = await tempDir();
  const data = join(dir, 'app-data');
  const startersDir = join(dir, 'starters');
  await mkdir(startersDir);
  await writeFile(join(startersDir, 'index.json'), JSON.stringify([{ id: 'webshop', file: 'webshop.policy', title: 'Web shop', description: 'An online shop' }]));
  await writeFile(join(startersDir, 'webshop.policy'), serializeProject(buildProject()));
  const dialogs = {
    showOpen: vi.fn<Dialogs['showOpen']>(async () => null),
    showSave: vi.fn<Dialogs['showSave']>(async () => null),
    confirm: vi.fn<Dialogs['confirm']>(async () => 0),
  };
  const shell = { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() };
  const onRecentChange = vi.fn();
  const onDirtyChange = vi.fn();
  const runExport = vi.fn<ExportRunner>(async (job) => job.langs.map((lang) => ({ name: `privacy-policy.${lang}.html`, contents: `<p>${lang}</p>` })));
  const autosave = createAutosave({ folder: data });
  const api = createHandlers({
    dialogs,
    shell,
    files: createProjectFiles(),
    recent: createRecentFiles({ folder: data }),
    autosave,
    starters: createStarters(startersDir),
    runExport,
    onRecentChange,
    onDirtyChange,
    logError: () => undefined,
    ...overrides,
  });
  return { api, dir, dialogs, shell, onRecentChange, onDirtyChange, runExport, autosave };
}

describe('handlers: files', () => {
  it('opens through the dialog, and reports cancelling', async () => {
    const { api, dir, dialogs, onRecentChange } = await setup();
    expect(await api.openFile()).toEqual({ ok: false, kind: 'cancelled' });
    const file = join(dir, 'acme.policy');
    await writeFile(file, serializeProject(buildProject()));
    dialogs.showOpen.mockResolvedValueOnce(file);
    expect(await api.openFile()).toMatchObject({ ok: true, path: file, name: 'acme.policy' });
    expect(dialogs.showOpen).toHaveBeenLastCalledWith(expect.objectContaining({ pick: 'file', filters: [{ name: 'Policy Studio project', extensions: ['policy'] }] }));
    expect(onRecentChange).toHaveBeenLastCalledWith([{ path: file, name: 'acme.policy', missing: false }]);
    expect(await api.recentFiles()).toEqual({ ok: true, files: [{ path: file, name: 'acme.policy', missing: false }] });
  });

  it('does not add an invalid file to the recent list', async () => {
    const { api, dir } = await setup();
    const file = join(dir, 'bad.policy');
    await writeFile(file, '[]');
    expect(await api.openFile(file)).toMatchObject({ ok: false, kind: 'invalid', text: '[]' });
    expect(await api.recentFiles()).toEqual({ ok: true, files: [] });
  });

  it('saves without a path through Save As, adding the extension Linux dialogs leave out', async () => {
    const { api, dir, dialogs } = await setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'acme'));
    expect(await api.save({ project: buildProject() })).toEqual({ ok: true, path: join(dir, 'acme.policy'), name: 'acme.policy' });
    expect(dialogs.showSave).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'Untitled.policy' }));
    expect(withPolicyExtension('/x/A.POLICY')).toBe('/x/A.POLICY');
  });

  it('checks the project before showing a dialog', async () => {
    const { api, dialogs } = await setup();
    expect(await api.saveAs({ project: { schemaVersion: 1 } })).toMatchObject({ ok: false, kind: 'invalid-project' });
    expect(dialogs.showSave).not.toHaveBeenCalled();
  });

  it('save as always asks, starting from the current file', async () => {
    const { api, dir, dialogs } = await setup();
    expect(await api.saveAs({ project: buildProject(), defaultPath: join(dir, 'old.policy') })).toEqual({ ok: false, kind: 'cancelled' });
    expect(dialogs.showSave).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join(dir, 'old.policy') }));
  });

  it('refuses to save over an invalid file it opened until the request confirms it', async () => {
    const { api, dir } = await setup();
    const file = join(dir, 'notes.policy');
    await writeFile(file, 'my notes');
    await api.openFile(file);
    expect(await api.save({ path: file, project: buildProject() })).toMatchObject({ ok: false, kind: 'overwrite-invalid', path: file });
    expect(await readFile(file, 'utf8')).toBe('my notes');
    expect(await api.save({ path: file, project: buildProject(), overwriteInvalid: true })).toMatchObject({ ok: true });
  });

  it('clears the recovery snapshot after a successful save', async () => {
    const { api, dir } = await setup();
    await api.autosave({ project: { draft: true }, path: null, dirty: true });
    expect(await api.checkRecovery()).toMatchObject({ ok: true, recovery: { project: { draft: true }, name: 'Untitled' } });
    await api.save({ path: join(dir, 'a.policy'), project: buildProject() });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null });
  });

  it('autosave with nothing unsaved clears the snapshot; discard clears it too', async () => {
    const { api } = await setup();
    await api.autosave({ project: { n: 1 }, path: '/home/me/a.policy', dirty: true });
    await api.autosave({ project: { n: 1 }, path: '/home/me/a.policy', dirty: false });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null });
    await api.autosave({ project: { n: 2 }, path: null, dirty: true });
    expect(await api.discardRecovery()).toEqual({ ok: true });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null });
  });

  it('clears the recent list and says so', async () => {
    const { api, dir, onRecentChange } = await setup();
    await api.save({ path: join(dir, 'a.policy'), project: buildProject() });
    expect(await api.clearRecentFiles()).toEqual({ ok: true, files: [] });
    expect(onRecentChange).toHaveBeenLastCalledWith([]);
  });
});

describe('handlers: starters', () => {
  it('lists starters and creates a project from one', async () => {
    const { api } = await setup();
    expect(await api.listStarters()).toEqual({ ok: true, starters: [{ id: 'webshop', title: 'Web shop', description: 'An online shop' }] });
    expect(await api.newFromStarter('webshop')).toEqual({ ok: true, starter: { id: 'webshop', title: 'Web shop', description: 'An online shop' }, project: buildProject() });
    expect(await api.newFromStarter('nope')).toMatchObject({ ok: false, kind: 'not-found', message: 'There is no starter project "nope".' });
  });

  it('reports a missing or damaged starter index instead of throwing', async () => {
    const { api } = await setup({ starters: createStarters('/nonexistent/starters') });
    expect(await api.listStarters()).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringContaining('missing') });
    const dir = await tempDir();
    await writeFile(join(dir, 'index.json'), JSON.stringify([{ id: 'evil', file: '../../secret.policy', title: 'x', description: '' }]));
    const withBadIndex = await setup({ starters: createStarters(dir) });
    expect(await withBadIndex.api.listStarters()).toMatchObject({ ok: false, kind: 'unavailable', message: expect.stringContaining('damaged') });
  });

  it('reads the real starters shipped in templates/starters', async () => {
    const { api } = await setup({ starters: createStarters(join(import.meta.dirname, '../../../templates/starters')) });
    const list = await api.listStarters();
    if (!list.ok) throw new Error(list.message);
    expect(list.starters.length).toBeGreaterThan(0);
    for (const starter of list.starters) expect(await api.newFromStarter(starter.id)).toMatchObject({ ok: true });
  });
});

describe('handlers: export', () => {
  it('validates, asks for a folder, runs the exporter and writes its files', async () => {
    const { api, dir, dialogs, runExport } = await setup();
    const folder = join(dir, 'out');
    dialogs.showOpen.mockResolvedValueOnce(folder);
    const result = await api.exportFiles({ project: buildProject(), langs: ['en', 'sv'], formats: ['html'] });
    expect(result).toEqual({ ok: true, folder, files: [join(folder, 'privacy-policy.en.html'), join(folder, 'privacy-policy.sv.html')] });
    expect(dialogs.showOpen).toHaveBeenCalledWith(expect.objectContaining({ pick: 'folder' }));
    expect(runExport).toHaveBeenCalledWith({ project: buildProject(), langs: ['en', 'sv'], formats: ['html'] });
    expect(await readFile(join(folder, 'privacy-policy.sv.html'), 'utf8')).toBe('<p>sv</p>');
  });

  it('reports an incomplete project, a cancelled folder and a failing exporter', async () => {
    const { api, dir, runExport } = await setup();
    expect(await api.exportFiles({ project: {}, langs: ['en'], formats: ['html'] })).toMatchObject({ ok: false, kind: 'invalid-project' });
    expect(await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'] })).toEqual({ ok: false, kind: 'cancelled' });
    runExport.mockRejectedValueOnce(new Error('Template "contact" is missing for sv.'));
    expect(await api.exportFiles({ project: buildProject(), langs: ['sv'], formats: ['html'], folder: dir })).toEqual({
      ok: false,
      kind: 'failed',
      message: 'Template "contact" is missing for sv.',
    });
  });

  it('refuses output names that would leave the chosen folder', async () => {
    const { api, dir } = await setup({ runExport: async () => [{ name: '../escape.html', contents: 'x' }] });
    const folder = join(dir, 'out');
    expect(await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'], folder })).toMatchObject({ ok: false, kind: 'failed' });
    expect(await readdir(dir)).not.toContain('escape.html');
  });
});

describe('handlers: window and shell', () => {
  it('reports dirty state for the title and the close prompt', async () => {
    const { api, onDirtyChange } = await setup();
    expect(await api.setDirty(true, 'acme.policy')).toEqual({ ok: true });
    expect(onDirtyChange).toHaveBeenCalledWith(true, 'acme.policy');
  });

  it('opens only trusted links', async () => {
    const { api, shell } = await setup();
    expect(await api.openExternal('https://example.com')).toEqual({ ok: true });
    expect(shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(await api.openExternal('file:///etc/passwd')).toMatchObject({ ok: false, kind: 'untrusted' });
    expect(shell.openExternal).toHaveBeenCalledOnce();
  });

  it('shows an existing file in its folder and reports a missing one', async () => {
    const { api, dir, shell } = await setup();
    expect(await api.showInFolder(dir)).toEqual({ ok: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(dir);
    expect(await api.showInFolder(join(dir, 'gone.html'))).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('hands out the launch file once', async () => {
    let launch: string | null = '/home/me/a.policy';
    const takeLaunchFile = () => {
      const file = launch;
      launch = null;
      return file;
    };
    const { api } = await setup({ takeLaunchFile });
    expect(await api.takeLaunchFile()).toEqual({ ok: true, path: '/home/me/a.policy' });
    expect(await api.takeLaunchFile()).toEqual({ ok: true, path: null });
  });

  it('turns an unexpected throw into an internal result', async () => {
    const { api, dialogs } = await setup();
    dialogs.showOpen.mockRejectedValueOnce(new Error('dialog crashed'));
    expect(await api.openFile()).toEqual({ ok: false, kind: 'internal', message: 'Something went wrong (openFile): dialog crashed' });
  });
});

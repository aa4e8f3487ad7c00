import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../electron/dialogs.ts';
import { createAutosave } from '../../../electron/files/autosave.ts';
import { createCapabilityRegistry } from '../../../electron/files/capabilities.ts';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { createRecentFiles } from '../../../electron/files/recent-files.ts';
import { createStarters } from '../../../shared/node/files/starters.ts';
import { createHandlers, withPolicyExtension, type HandlerDeps } from '../../../electron/handlers.ts';
import type { PolicyStudioApi } from '../../../shared/host/api.ts';
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
  const registry = createCapabilityRegistry();
  const grants = registry.forWindow('window-1');
  const api = createHandlers({
    grants,
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
  return { api, dir, dialogs, shell, onRecentChange, onDirtyChange, runExport, autosave, registry, grants };
}

/** A project file on disk, granted as the open dialog would grant it. */
async function openedThroughDialog(api: PolicyStudioApi, dialogs: { showOpen: { mockResolvedValueOnce(value: string): unknown } }, file: string) {
  dialogs.showOpen.mockResolvedValueOnce(file);
  const opened = await api.openFile();
  if (!opened.ok) throw new Error(`not opened: ${opened.kind}`);
  return opened.handle;
}

/** The test project under another legal name, to tell what was written. */
function renamed(legalName: string) {
  const project = buildProject();
  return { ...project, company: { ...project.company, legalName } };
}

const HANDLE = expect.stringMatching(/^[A-Za-z0-9_-]{43}$/);

describe('handlers: files', () => {
  it('opens through the dialog, and reports cancelling', async () => {
    const { api, dir, dialogs, onRecentChange } = await setup();
    expect(await api.openFile()).toEqual({ ok: false, kind: 'cancelled' });
    const file = join(dir, 'acme.policy');
    await writeFile(file, serializeProject(buildProject()));
    dialogs.showOpen.mockResolvedValueOnce(file);
    const opened = await api.openFile();
    expect(opened).toMatchObject({ ok: true, path: file, name: 'acme.policy', handle: HANDLE });
    expect(dialogs.showOpen).toHaveBeenLastCalledWith(expect.objectContaining({ pick: 'file', filters: [{ name: 'Policy Studio project', extensions: ['policy'] }] }));
    expect(onRecentChange).toHaveBeenLastCalledWith([{ path: file, name: 'acme.policy', missing: false }]);
    // The recent list hands out the same grant: opening from it needs no dialog.
    const handle = opened.ok ? opened.handle : '';
    expect(await api.recentFiles()).toEqual({ ok: true, files: [{ path: file, name: 'acme.policy', missing: false, handle }] });
  });

  it('does not add an invalid file to the recent list', async () => {
    const { api, dir, dialogs } = await setup();
    const file = join(dir, 'bad.policy');
    await writeFile(file, '[]');
    dialogs.showOpen.mockResolvedValueOnce(file);
    expect(await api.openFile()).toMatchObject({ ok: false, kind: 'invalid', text: '[]' });
    expect(await api.recentFiles()).toEqual({ ok: true, files: [] });
  });

  it('saves without a handle through Save As, adding the extension Linux dialogs leave out, and grants the file', async () => {
    const { api, dir, dialogs } = await setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'acme'));
    const saved = await api.save({ project: buildProject() });
    expect(saved).toEqual({ ok: true, path: join(dir, 'acme.policy'), name: 'acme.policy', handle: HANDLE });
    expect(dialogs.showSave).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: 'Untitled.policy' }));
    expect(withPolicyExtension('/x/A.POLICY')).toBe('/x/A.POLICY');
    // Saving again with the grant writes the same file without asking.
    if (!saved.ok) throw new Error('not saved');
    const project = renamed('Acme Two AB');
    expect(await api.save({ handle: saved.handle, project })).toMatchObject({ ok: true, path: join(dir, 'acme.policy') });
    expect(dialogs.showSave).toHaveBeenCalledOnce();
    expect(await readFile(join(dir, 'acme.policy'), 'utf8')).toContain('Acme Two AB');
  });

  it('checks the project before showing a dialog', async () => {
    const { api, dialogs } = await setup();
    expect(await api.saveAs({ project: { schemaVersion: 1 } })).toMatchObject({ ok: false, kind: 'invalid-project' });
    expect(dialogs.showSave).not.toHaveBeenCalled();
  });

  it('save as always asks, starting next to the current file, or with a suggested name', async () => {
    const { api, dir, dialogs } = await setup();
    const file = join(dir, 'old.policy');
    await writeFile(file, serializeProject(buildProject()));
    const handle = await openedThroughDialog(api, dialogs, file);
    expect(await api.saveAs({ project: buildProject(), startAt: handle })).toEqual({ ok: false, kind: 'cancelled' });
    expect(dialogs.showSave).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: file }));
    await api.saveAs({ project: buildProject(), suggestedName: 'acme-ab.policy' });
    expect(dialogs.showSave).toHaveBeenLastCalledWith(expect.objectContaining({ defaultPath: 'acme-ab.policy' }));
  });

  it('refuses to save over an invalid file it opened until the request confirms it', async () => {
    const { api, dir, dialogs } = await setup();
    const file = join(dir, 'notes.policy');
    await writeFile(file, 'my notes');
    await openedThroughDialog(api, dialogs, file).catch(() => undefined);
    dialogs.showSave.mockResolvedValueOnce(file);
    const first = await api.saveAs({ project: buildProject() });
    expect(first).toMatchObject({ ok: false, kind: 'overwrite-invalid', path: file, handle: HANDLE });
    expect(await readFile(file, 'utf8')).toBe('my notes');
    if (first.ok || first.kind !== 'overwrite-invalid') throw new Error('expected overwrite-invalid');
    expect(await api.save({ handle: first.handle, project: buildProject(), overwriteInvalid: true })).toMatchObject({ ok: true });
  });

  it('clears the recovery snapshot after a successful save', async () => {
    const { api, dir, dialogs } = await setup();
    await api.autosave({ project: { draft: true }, handle: null, dirty: true });
    expect(await api.checkRecovery()).toMatchObject({ ok: true, recovery: { project: { draft: true }, name: 'Untitled', handle: null } });
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'a.policy'));
    await api.save({ project: buildProject() });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null, damaged: [] });
  });

  it('autosaves against a granted file and grants it again on recovery; nothing unsaved clears the snapshot; discard clears it too', async () => {
    const { api, dir, dialogs, registry } = await setup();
    const file = join(dir, 'a.policy');
    await writeFile(file, serializeProject(buildProject()));
    const handle = await openedThroughDialog(api, dialogs, file);
    await api.autosave({ project: { n: 1 }, handle, dirty: true });
    expect(await api.checkRecovery()).toMatchObject({ ok: true, recovery: { path: file, name: 'a.policy', handle } });
    // After a restart (a new registry, as in a new session), recovery grants the snapshot's file anew.
    const next = await setup({ grants: registry.forWindow('window-2'), autosave: createAutosave({ folder: join(dir, 'app-data') }) });
    const recovered = await next.api.checkRecovery();
    expect(recovered).toMatchObject({ ok: true, recovery: { path: file, handle: HANDLE } });
    await api.autosave({ project: { n: 1 }, handle, dirty: false });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null, damaged: [] });
    await api.autosave({ project: { n: 2 }, handle: null, dirty: true });
    expect(await api.discardRecovery()).toEqual({ ok: true });
    expect(await api.checkRecovery()).toEqual({ ok: true, recovery: null, damaged: [] });
  });

  it('clears the recent list and says so', async () => {
    const { api, dir, dialogs, onRecentChange } = await setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'a.policy'));
    await api.save({ project: buildProject() });
    expect(await api.clearRecentFiles()).toEqual({ ok: true, files: [] });
    expect(onRecentChange).toHaveBeenLastCalledWith([]);
  });
});

describe('handlers: files are capabilities', () => {
  /** A handle the registry never issued, shaped like one (so it passes the request schema). */
  const FORGED = 'A'.repeat(43);

  it('refuses a handle no dialog granted, with a clear message, reading and writing nothing', async () => {
    const { api, dir, shell, autosave } = await setup();
    const file = join(dir, 'victim.policy');
    await writeFile(file, 'untouched');
    const message = expect.stringContaining('was not chosen in this window');
    expect(await api.openFile(FORGED)).toEqual({ ok: false, kind: 'refused', message: expect.stringMatching(/^openFile: refused\. This file was not chosen in this window/) });
    expect(await api.save({ handle: FORGED, project: buildProject() })).toEqual({ ok: false, kind: 'refused', message });
    expect(await api.autosave({ handle: FORGED, project: { n: 1 }, dirty: true })).toEqual({ ok: false, kind: 'refused', message });
    expect(await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'], folder: FORGED })).toEqual({ ok: false, kind: 'refused', message });
    expect(await api.showInFolder(FORGED)).toEqual({ ok: false, kind: 'refused', message });
    expect(await readFile(file, 'utf8')).toBe('untouched');
    // No app data folder either: nothing was autosaved or added to the recent list.
    expect((await readdir(dir)).sort()).toEqual(['starters', 'victim.policy']);
    expect(await autosave.read()).toBeNull();
    expect(shell.showItemInFolder).not.toHaveBeenCalled();
  });

  it('grants each recent-list entry: opening one reads the file without a dialog', async () => {
    const { api, dir, dialogs, registry } = await setup();
    const file = join(dir, 'acme.policy');
    await writeFile(file, serializeProject(buildProject()));
    const first = await openedThroughDialog(api, dialogs, file);
    // Another window (or the next session) sees the same list, each entry granted to itself.
    const other = await setup({ grants: registry.forWindow('window-2'), recent: createRecentFiles({ folder: join(dir, 'app-data') }) });
    const list = await other.api.recentFiles();
    if (!list.ok) throw new Error(list.message);
    const [entry] = list.files;
    expect(entry).toMatchObject({ path: file, handle: HANDLE });
    expect(entry?.handle).not.toBe(first);
    expect(await other.api.openFile(entry?.handle)).toMatchObject({ ok: true, path: file });
    expect(other.dialogs.showOpen).not.toHaveBeenCalled();
  });

  it('refuses a handle granted to another window', async () => {
    const { api, dir, dialogs, registry } = await setup();
    const file = join(dir, 'acme.policy');
    await writeFile(file, serializeProject(buildProject()));
    const handle = await openedThroughDialog(api, dialogs, file);
    const other = await setup({ grants: registry.forWindow('window-2') });
    expect(await other.api.openFile(handle)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringContaining('was not chosen in this window') });
    expect(await other.api.save({ handle, project: renamed('Evil AB') })).toMatchObject({ ok: false, kind: 'refused' });
    expect(await readFile(file, 'utf8')).not.toContain('Evil AB');
    // Once the window closes, its own handles stop working too.
    registry.revokeWindow('window-1');
    expect(await api.openFile(handle)).toMatchObject({ ok: false, kind: 'refused' });
  });

  it('a grant allows only what it was given for: an exported file or a folder cannot be opened or saved over', async () => {
    const { api, dir, dialogs } = await setup();
    dialogs.showOpen.mockResolvedValueOnce(join(dir, 'out'));
    const exported = await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'] });
    if (!exported.ok) throw new Error('export failed');
    const [page] = exported.fileHandles;
    expect(await api.save({ handle: page ?? '', project: buildProject() })).toMatchObject({ ok: false, kind: 'refused', message: expect.stringContaining('is for an exported file, not a project file') });
    expect(await api.openFile(exported.folderHandle)).toMatchObject({ ok: false, kind: 'refused', message: expect.stringContaining('is for an export folder') });
    expect(await readFile(join(dir, 'out', 'privacy-policy.en.html'), 'utf8')).toBe('<p>en</p>');
    // Revealing is what they are for.
    expect(await api.showInFolder(page ?? '')).toEqual({ ok: true });
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
    expect(result).toEqual({
      ok: true,
      folder,
      folderHandle: HANDLE,
      files: [join(folder, 'privacy-policy.en.html'), join(folder, 'privacy-policy.sv.html')],
      fileHandles: [HANDLE, HANDLE],
    });
    expect(dialogs.showOpen).toHaveBeenCalledWith(expect.objectContaining({ pick: 'folder' }));
    expect(runExport).toHaveBeenCalledWith({ project: buildProject(), langs: ['en', 'sv'], formats: ['html'] });
    expect(await readFile(join(folder, 'privacy-policy.sv.html'), 'utf8')).toBe('<p>sv</p>');
  });

  it('exports into the same granted folder again without asking', async () => {
    const { api, dir, dialogs } = await setup();
    dialogs.showOpen.mockResolvedValueOnce(join(dir, 'out'));
    const first = await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'] });
    if (!first.ok) throw new Error('export failed');
    expect(await api.exportFiles({ project: buildProject(), langs: ['sv'], formats: ['html'], folder: first.folderHandle })).toMatchObject({ ok: true, folder: join(dir, 'out') });
    expect(dialogs.showOpen).toHaveBeenCalledOnce();
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['privacy-policy.en.html', 'privacy-policy.sv.html']);
  });

  it('reports an incomplete project, a cancelled folder and a failing exporter', async () => {
    const { api, dir, dialogs, runExport } = await setup();
    expect(await api.exportFiles({ project: {}, langs: ['en'], formats: ['html'] })).toMatchObject({ ok: false, kind: 'invalid-project' });
    expect(await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'] })).toEqual({ ok: false, kind: 'cancelled' });
    runExport.mockRejectedValueOnce(new Error('Template "contact" is missing for sv.'));
    dialogs.showOpen.mockResolvedValueOnce(dir);
    expect(await api.exportFiles({ project: buildProject(), langs: ['sv'], formats: ['html'] })).toEqual({
      ok: false,
      kind: 'failed',
      message: 'Template "contact" is missing for sv.',
    });
  });

  it.each(['../escape.html', '/tmp/escape.html', 'sub/escape.html', '..', 'C:escape.html', '.hidden.html'])('refuses the output name %j, which would leave the granted folder, writing nothing', async (name) => {
    const { api, dir, dialogs } = await setup({ runExport: async () => [{ name: 'privacy-policy.en.html', contents: 'ok' }, { name, contents: 'x' }] });
    const folder = join(dir, 'out');
    await mkdir(folder);
    dialogs.showOpen.mockResolvedValueOnce(folder);
    expect(await api.exportFiles({ project: buildProject(), langs: ['en'], formats: ['html'] })).toEqual({
      ok: false,
      kind: 'failed',
      message: `The export produced a file with an unusable name: ${JSON.stringify(name)}.`,
    });
    expect(await readdir(dir)).not.toContain('escape.html');
    expect(await readdir(folder)).toEqual([]);
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

  it('shows a granted file in its folder and reports one that has gone', async () => {
    const { api, dir, shell, grants } = await setup();
    const file = join(dir, 'a.policy');
    await writeFile(file, serializeProject(buildProject()));
    expect(await api.showInFolder(grants.grant(file, 'project'))).toEqual({ ok: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(file);
    expect(await api.showInFolder(grants.grant(join(dir, 'gone.html'), 'output'))).toMatchObject({ ok: false, kind: 'not-found' });
  });

  it('hands out the launch file once, granted', async () => {
    const { dir } = await setup();
    const file = join(dir, 'launched.policy');
    await writeFile(file, serializeProject(buildProject()));
    let launch: string | null = file;
    const takeLaunchFile = () => {
      const next = launch;
      launch = null;
      return next;
    };
    const { api } = await setup({ takeLaunchFile });
    const taken = await api.takeLaunchFile();
    expect(taken).toEqual({ ok: true, file: { path: file, handle: HANDLE } });
    expect(await api.takeLaunchFile()).toEqual({ ok: true, file: null });
    if (!taken.ok || !taken.file) throw new Error('no launch file');
    expect(await api.openFile(taken.file.handle)).toMatchObject({ ok: true, path: file });
  });

  it('turns an unexpected throw into an internal result', async () => {
    const { api, dialogs } = await setup();
    dialogs.showOpen.mockRejectedValueOnce(new Error('dialog crashed'));
    expect(await api.openFile()).toEqual({ ok: false, kind: 'internal', message: 'Something went wrong (openFile): dialog crashed' });
  });
});

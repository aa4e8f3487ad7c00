import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Dialogs } from '../../../electron/dialogs.ts';
import { createAutosave } from '../../../electron/files/autosave.ts';
import { createCapabilityRegistry } from '../../../electron/files/capabilities.ts';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { createRecentFiles } from '../../../electron/files/recent-files.ts';
import { createHandlers } from '../../../electron/handlers.ts';
import { parseRequestArgs } from '../../../shared/host/requests.ts';
import type { Project } from '../../../shared/model/index.ts';
import { createStarters } from '../../../shared/node/files/starters.ts';
import { importTranslations } from '../../../shared/translations/units.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

/** Handlers over temporary folders and scripted dialogs: "Export for translators…" and "Import translations…" as the app calls them. */
async function setup() {
  const dir = await tempDir();
  const dialogs = {
    showOpen: vi.fn<Dialogs['showOpen']>(async () => null),
    showSave: vi.fn<Dialogs['showSave']>(async () => null),
    confirm: vi.fn<Dialogs['confirm']>(async () => 0),
  };
  const shell = { openExternal: vi.fn(async () => undefined), showItemInFolder: vi.fn() };
  const api = createHandlers({
    grants: createCapabilityRegistry().forWindow('window-1'),
    dialogs,
    shell,
    files: createProjectFiles(),
    recent: createRecentFiles({ folder: join(dir, 'data') }),
    autosave: createAutosave({ folder: join(dir, 'data') }),
    starters: createStarters(join(dir, 'starters')),
    runExport: async () => [],
    logError: () => undefined,
  });
  return { api, dir, dialogs, shell };
}

/** English texts, none of them translated into Swedish yet. */
function project(): Project {
  const p = buildProject();
  p.scope.services = ['the Nordlys planning app'];
  p.security.measures = ['Encryption in transit and at rest'];
  return p;
}

describe('export for translators', () => {
  it('writes the chosen format where the save dialog says, adding the extension, and says how many texts need work', async () => {
    const { api, dir, dialogs, shell } = await setup();
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'for-anna'));
    const result = await api.exportTranslations({ project: project(), lang: 'sv', format: 'xliff' });
    expect(result).toMatchObject({ ok: true, path: join(dir, 'for-anna.xlf') });
    expect(dialogs.showSave).toHaveBeenCalledWith(expect.objectContaining({ title: 'Export for translators', filters: [{ name: 'XLIFF 2.0', extensions: ['xlf', 'xliff'] }], defaultPath: expect.stringMatching(/\(sv\)\.xlf$/) }));
    const xliff = await readFile(join(dir, 'for-anna.xlf'), 'utf8');
    expect(xliff).toContain('trgLang="sv"');
    expect(xliff).toContain('<source>Encryption in transit and at rest</source>');
    if (!result.ok) throw new Error('not exported');
    expect(result.units).toBe(xliff.split('<unit ').length - 1);
    expect(result.toTranslate).toBe(result.units);
    // The file's grant reveals it, and reads or writes nothing.
    expect(await api.showInFolder(result.handle)).toEqual({ ok: true });
    expect(shell.showItemInFolder).toHaveBeenCalledWith(join(dir, 'for-anna.xlf'));
    expect(await api.openFile(result.handle)).toMatchObject({ ok: false, kind: 'refused' });
  });

  it('writes CSV for spreadsheets, and writes nothing when the dialog is cancelled', async () => {
    const { api, dir, dialogs } = await setup();
    expect(await api.exportTranslations({ project: project(), lang: 'sv', format: 'csv' })).toEqual({ ok: false, kind: 'cancelled' });
    dialogs.showSave.mockResolvedValueOnce(join(dir, 'sv.csv'));
    expect(await api.exportTranslations({ project: project(), lang: 'sv', format: 'csv' })).toMatchObject({ ok: true, path: join(dir, 'sv.csv') });
    expect((await readFile(join(dir, 'sv.csv'), 'utf8')).split('\n')[0]).toContain('source text');
  });

  it('refuses an incomplete project before asking where to save, and a request naming a path or an unknown format', async () => {
    const { api, dialogs } = await setup();
    const broken = { ...project(), company: {} } as unknown as Record<string, unknown>;
    expect(await api.exportTranslations({ project: broken, lang: 'sv', format: 'xliff' })).toMatchObject({ ok: false, kind: 'invalid-project' });
    expect(dialogs.showSave).not.toHaveBeenCalled();
    expect(parseRequestArgs('exportTranslations', [{ project: {}, lang: 'sv', format: 'docx' }])).toMatchObject({ ok: false, message: expect.stringContaining('request.format: expected one of xliff, csv') });
    expect(parseRequestArgs('exportTranslations', [{ project: {}, lang: 'sv', format: 'csv', path: '/etc/passwd' }])).toMatchObject({ ok: false });
    expect(parseRequestArgs('importTranslations', ['/home/me/sv.csv'])).toMatchObject({ ok: false, message: 'importTranslations: expected at most 0 arguments, got 1' });
  });
});

describe('import translations', () => {
  it('reads the file the open dialog chose; applied to the project, a unit whose source changed meanwhile is refused', async () => {
    const { api, dir, dialogs } = await setup();
    const file = join(dir, 'sv.xlf');
    dialogs.showSave.mockResolvedValueOnce(file);
    await api.exportTranslations({ project: project(), lang: 'sv', format: 'xliff' });
    // The translator fills in both texts; meanwhile the user rewrites the services text.
    const filled = (await readFile(file, 'utf8'))
      .replace(/(<source>Encryption in transit and at rest<\/source>)/, '$1<target>Kryptering vid överföring och lagring</target>')
      .replace(/(<source>the Nordlys planning app<\/source>)/, '$1<target>planeringsappen Nordlys</target>');
    await writeFile(file, filled);
    dialogs.showOpen.mockResolvedValueOnce(file);
    const read = await api.importTranslations();
    expect(dialogs.showOpen).toHaveBeenCalledWith(expect.objectContaining({ title: 'Import translations', pick: 'file' }));
    if (!read.ok) throw new Error(`not read: ${read.kind}`);
    expect(read).toMatchObject({ path: file, name: 'sv.xlf', batch: { trgLang: 'sv' } });
    const edited = project();
    edited.scope.services = ['the Nordlys planning and booking app'];
    const applied = importTranslations(edited, read.batch);
    expect(applied.applied).toEqual(['security.measures[0]']);
    expect(applied.project.security.measures[0]).toMatchObject({ sv: { text: 'Kryptering vid överföring och lagring', from: 'en' } });
    expect(applied.refused).toEqual([{ path: 'scope.services[0]', reason: expect.stringContaining('its en text changed since the file was written') }]);
    expect(applied.project.scope.services[0]).toBe('the Nordlys planning and booking app');
  });

  it('says why a file cannot be read, and reports cancelling', async () => {
    const { api, dir, dialogs } = await setup();
    expect(await api.importTranslations()).toEqual({ ok: false, kind: 'cancelled' });
    await writeFile(join(dir, 'empty.csv'), '');
    dialogs.showOpen.mockResolvedValueOnce(join(dir, 'empty.csv'));
    expect(await api.importTranslations()).toEqual({ ok: false, kind: 'unreadable', path: join(dir, 'empty.csv'), message: '"empty.csv" is not a translations file Policy Studio can read: the file is empty.' });
    dialogs.showOpen.mockResolvedValueOnce(join(dir, 'gone.xlf'));
    expect(await api.importTranslations()).toMatchObject({ ok: false, kind: 'unreadable', message: '"gone.xlf" was not found.' });
  });
});

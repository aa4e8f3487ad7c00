import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUTOSAVE_FILE, createAutosave } from '../../../electron/files/autosave.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();
const now = () => new Date('2025-05-01T10:00:00Z');

describe('autosave and recovery', () => {
  it('finds nothing to recover on a first start', async () => {
    expect(await createAutosave({ folder: await tempDir() }).read()).toBeNull();
  });

  it('round-trips a snapshot and its file path to the next session', async () => {
    const folder = await tempDir();
    const project = { ...buildProject(), company: { legalName: '' } }; // mid-edit: incomplete is fine
    await createAutosave({ folder, now }).write({ project, path: '/home/me/acme.policy' });
    // A new instance stands for the next start of the app.
    expect(await createAutosave({ folder }).read()).toEqual({
      project,
      path: '/home/me/acme.policy',
      name: 'acme.policy',
      savedAt: '2025-05-01T10:00:00.000Z',
    });
  });

  it('names work that was never saved "Untitled"', async () => {
    const folder = await tempDir();
    await createAutosave({ folder, now }).write({ project: { schemaVersion: 3 }, path: null });
    expect(await createAutosave({ folder }).read()).toMatchObject({ path: null, name: 'Untitled' });
  });

  it('keeps the latest snapshot and the one before it, and clears both', async () => {
    const folder = await tempDir();
    const autosave = createAutosave({ folder, now });
    await autosave.write({ project: { n: 1 }, path: null });
    await autosave.write({ project: { n: 2 }, path: null });
    expect((await autosave.read())?.project).toEqual({ n: 2 });
    expect((await readdir(folder)).sort()).toEqual([AUTOSAVE_FILE, `${AUTOSAVE_FILE}.bak`]);
    expect(JSON.parse(await readFile(join(folder, `${AUTOSAVE_FILE}.bak`), 'utf8'))).toMatchObject({ project: { n: 1 } });
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
    expect(await readdir(folder)).toEqual([]);
    await autosave.clear(); // clearing twice is fine
  });

  it('does not let a write issued before a clear bring the snapshot back', async () => {
    const folder = await tempDir();
    const autosave = createAutosave({ folder, now });
    const writing = autosave.write({ project: { n: 1 }, path: null });
    const clearing = autosave.clear();
    await Promise.all([writing, clearing]);
    expect(await autosave.read()).toBeNull();
  });

  it('creates the app data folder if needed', async () => {
    const folder = join(await tempDir(), 'Policy Studio');
    await createAutosave({ folder, now }).write({ project: {}, path: null });
    expect(await createAutosave({ folder }).read()).not.toBeNull();
  });

  it('moves a damaged snapshot aside and reports it, whatever the damage', async () => {
    const cases: [string, RegExp][] = [
      ['{"version":1,"savedAt":"x","pa', /cut off/],
      ['', /empty/],
      [JSON.stringify({ version: 2, savedAt: 'x', path: null, project: {} }), /newer Policy Studio/],
      [JSON.stringify({ version: 1, savedAt: 'x', path: null, project: { schemaVersion: 4 } }), /newer Policy Studio/],
      ['{"version":1,"project":[]}', /not a snapshot/],
    ];
    for (const [text, reason] of cases) {
      const folder = await tempDir();
      await writeFile(join(folder, AUTOSAVE_FILE), text);
      const found = await createAutosave({ folder, now }).inspect();
      expect(found.recovery, text).toBeNull();
      expect(found.damaged, text).toEqual([{ keptAs: join(folder, 'autosave.damaged-2025-05-01T10-00-00-000Z.json'), reason: expect.stringMatching(reason) }]);
      // Kept, byte for byte, and not reported again at the next start.
      expect(await readFile(found.damaged[0]!.keptAs, 'utf8')).toBe(text);
      expect((await createAutosave({ folder, now }).inspect()).damaged).toEqual([]);
    }
  });

  it('accepts a snapshot with a byte-order mark', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, AUTOSAVE_FILE), `\uFEFF${JSON.stringify({ version: 1, savedAt: 'x', path: null, project: { schemaVersion: 3 } })}`);
    expect(await createAutosave({ folder }).inspect()).toMatchObject({ recovery: { name: 'Untitled' }, damaged: [] });
  });

  it('offers the previous generation when the latest one is damaged, and reports the damage', async () => {
    const folder = await tempDir();
    const autosave = createAutosave({ folder, now });
    await autosave.write({ project: { n: 1 }, path: '/home/me/acme.policy' });
    await autosave.write({ project: { n: 2 }, path: '/home/me/acme.policy' });
    await writeFile(join(folder, AUTOSAVE_FILE), '{"version":1,"sav'); // cut off by a full disk
    const found = await createAutosave({ folder, now }).inspect();
    expect(found.recovery).toMatchObject({ project: { n: 1 }, name: 'acme.policy' });
    expect(found.damaged).toHaveLength(1);
  });

  it('offers an invalid snapshot (a legal name emptied mid-edit) rather than hiding it', async () => {
    const folder = await tempDir();
    const project = buildProject();
    const snapshot = { ...project, company: { ...project.company, legalName: '' } };
    await createAutosave({ folder, now }).write({ project: snapshot, path: null });
    expect(await createAutosave({ folder }).inspect()).toMatchObject({ recovery: { project: snapshot }, damaged: [] });
  });
});

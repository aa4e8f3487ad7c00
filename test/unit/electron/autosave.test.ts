import { readdir, writeFile } from 'node:fs/promises';
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
    await createAutosave({ folder, now }).write({ project: { schemaVersion: 1 }, path: null });
    expect(await createAutosave({ folder }).read()).toMatchObject({ path: null, name: 'Untitled' });
  });

  it('keeps only the latest snapshot and clears it', async () => {
    const folder = await tempDir();
    const autosave = createAutosave({ folder, now });
    await autosave.write({ project: { n: 1 }, path: null });
    await autosave.write({ project: { n: 2 }, path: null });
    expect((await autosave.read())?.project).toEqual({ n: 2 });
    expect(await readdir(folder)).toEqual([AUTOSAVE_FILE]);
    await autosave.clear();
    expect(await autosave.read()).toBeNull();
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

  it('treats a damaged snapshot as nothing to recover', async () => {
    const folder = await tempDir();
    await writeFile(join(folder, AUTOSAVE_FILE), '{"version":1,"savedAt":"x","pa');
    expect(await createAutosave({ folder }).read()).toBeNull();
    await writeFile(join(folder, AUTOSAVE_FILE), '{"version":1,"project":[]}');
    expect(await createAutosave({ folder }).read()).toBeNull();
  });
});

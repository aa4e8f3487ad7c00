import { access, copyFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();
const V1_FILE = join(import.meta.dirname, '../../fixtures/v1/online-shop-us-eu.policy');

describe('project files', () => {
  it('opens a valid project', async () => {
    const dir = await tempDir();
    const file = join(dir, 'acme.policy');
    const project = buildProject();
    await writeFile(file, serializeProject(project));
    const result = await createProjectFiles().open(file);
    expect(result).toEqual({ ok: true, path: file, name: 'acme.policy', project, migratedFrom: null, migrationNotes: [] });
  });

  it('opens a file saved by a Windows editor with a byte-order mark', async () => {
    const dir = await tempDir();
    const file = join(dir, 'bom.policy');
    await writeFile(file, `\uFEFF${serializeProject(buildProject())}`);
    expect((await createProjectFiles().open(file)).ok).toBe(true);
  });

  it('reports an invalid file with its errors and text, not a throw', async () => {
    const dir = await tempDir();
    const file = join(dir, 'broken.policy');
    const text = JSON.stringify({ ...buildProject(), effectiveDate: 'yesterday' });
    await writeFile(file, text);
    const result = await createProjectFiles().open(file);
    expect(result).toMatchObject({ ok: false, kind: 'invalid', path: file, text });
    if (result.ok || result.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.message).toContain('"broken.policy" is not a valid Policy Studio project');
    expect(result.errors[0]).toMatchObject({ path: 'effectiveDate', message: expect.stringContaining('YYYY-MM-DD') });
  });

  it('reports a JSON syntax error with its line', async () => {
    const dir = await tempDir();
    const file = join(dir, 'syntax.policy');
    await writeFile(file, '{\n  "schemaVersion": 1,\n}');
    const result = await createProjectFiles().open(file);
    expect(result).toMatchObject({ ok: false, kind: 'invalid' });
    if (result.ok || result.kind !== 'invalid') throw new Error('expected invalid');
    expect(result.errors[0]?.message).toMatch(/not valid JSON.*line 3/);
  });

  it('reports a missing file as not found and a folder as unreadable', async () => {
    const dir = await tempDir();
    const files = createProjectFiles();
    expect(await files.open(join(dir, 'gone.policy'))).toMatchObject({ ok: false, kind: 'not-found', message: expect.stringContaining('"gone.policy" was not found') });
    expect(await files.open(dir)).toMatchObject({ ok: false, kind: 'unreadable', message: expect.stringContaining('is a folder') });
  });

  it('refuses a file far too large to be a project', async () => {
    const dir = await tempDir();
    const file = join(dir, 'huge.policy');
    await writeFile(file, 'x'.repeat(2000));
    expect(await createProjectFiles({ maxBytes: 1000 }).open(file)).toMatchObject({ ok: false, kind: 'unreadable' });
  });

  it('saves the canonical text and keeps the previous version as .bak', async () => {
    const dir = await tempDir();
    const file = join(dir, 'acme.policy');
    const files = createProjectFiles();
    const first = buildProject();
    const second = buildProject({ effectiveDate: '2025-01-01' });
    expect(await files.save(file, first)).toEqual({ ok: true, path: file, name: 'acme.policy' });
    expect(await files.save(file, second)).toMatchObject({ ok: true });
    expect(await readFile(file, 'utf8')).toBe(serializeProject(second));
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(serializeProject(first));
  });

  it('refuses to save a project that breaks the schema, naming each field', async () => {
    const dir = await tempDir();
    const result = await createProjectFiles().save(join(dir, 'a.policy'), { ...buildProject(), languages: [] });
    expect(result).toMatchObject({ ok: false, kind: 'invalid-project', errors: [expect.objectContaining({ path: 'languages' })] });
  });

  it('refuses to save over a file that failed validation unless the user confirmed', async () => {
    const dir = await tempDir();
    const file = join(dir, 'hand-edited.policy');
    const original = '{ "schemaVersion": 1, "company": "my notes, do not lose" }';
    await writeFile(file, original);
    const files = createProjectFiles();
    expect((await files.open(file)).ok).toBe(false);

    const refused = await files.save(file, buildProject());
    expect(refused).toMatchObject({ ok: false, kind: 'overwrite-invalid', path: file });
    if (refused.ok) throw new Error('expected a refusal');
    expect(refused.message).toContain('Replace it?');
    expect(await readFile(file, 'utf8')).toBe(original);

    expect(await files.save(file, buildProject(), { overwriteInvalid: false })).toMatchObject({ kind: 'overwrite-invalid' });
    expect(await files.save(file, buildProject(), { overwriteInvalid: true })).toMatchObject({ ok: true });
    expect(parseProjectFile(await readFile(file, 'utf8')).ok).toBe(true);
    // The user's text is still there, as the backup.
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(original);
    // Once replaced, the file is a project again: later saves need no confirmation.
    expect(await files.save(file, buildProject())).toMatchObject({ ok: true });
  });

  it('forgets the refusal once the file opens as a valid project', async () => {
    const dir = await tempDir();
    const file = join(dir, 'fixed.policy');
    await writeFile(file, 'not json');
    const files = createProjectFiles();
    await files.open(file);
    await writeFile(file, serializeProject(buildProject())); // fixed in a text editor
    expect((await files.open(file)).ok).toBe(true);
    expect(await files.save(file, buildProject())).toMatchObject({ ok: true });
  });

  it('opens a version 1 file migrated in memory, with the notes, leaving the file as it was', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shop.policy');
    await copyFile(V1_FILE, file);
    const result = await createProjectFiles().open(file);
    if (!result.ok) throw new Error(result.message);
    expect(result.migratedFrom).toBe(1);
    expect(result.project.schemaVersion).toBe(3);
    expect(result.migrationNotes).toContainEqual(expect.stringMatching(/^recipients\[\]\.role: /));
    expect(await readFile(file, 'utf8')).toBe(await readFile(V1_FILE, 'utf8'));
    await expect(access(`${file}.bak`)).rejects.toThrow();
  });

  it('writes a migrated file as version 3 only on save, keeping the version 1 file as .bak and saying so once', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shop.policy');
    await copyFile(V1_FILE, file);
    const files = createProjectFiles();
    const opened = await files.open(file);
    if (!opened.ok) throw new Error(opened.message);

    const first = await files.save(file, opened.project);
    expect(first).toEqual({ ok: true, path: file, name: 'shop.policy', keptOlderVersion: { version: 1, backupPath: `${file}.bak` } });
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ schemaVersion: 3 });
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(await readFile(V1_FILE, 'utf8'));

    // The file is current now: a later save is an ordinary one.
    expect(await files.save(file, opened.project)).toEqual({ ok: true, path: file, name: 'shop.policy' });
  });

  it('does not report an older version when saving a migrated project elsewhere', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shop.policy');
    await copyFile(V1_FILE, file);
    const files = createProjectFiles();
    const opened = await files.open(file);
    if (!opened.ok) throw new Error(opened.message);
    expect(await files.save(join(dir, 'copy.policy'), opened.project)).toEqual({ ok: true, path: join(dir, 'copy.policy'), name: 'copy.policy' });
    expect(await readFile(file, 'utf8')).toBe(await readFile(V1_FILE, 'utf8'));
  });

  it('reports a failed write with a sentence, not an exception', async () => {
    const dir = await tempDir();
    const file = join(dir, 'no-such-folder', 'a.policy');
    expect(await createProjectFiles().save(file, buildProject())).toMatchObject({
      ok: false,
      kind: 'write-failed',
      path: file,
      message: expect.stringContaining('The folder for "a.policy" no longer exists'),
    });
  });
});

import { mkdir, symlink, utimes, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileNameProblem, openHostFolder, relativeSegments, scopeExtensions, withExtension, type DialogScope } from '../../../scripts/web-host-folder.ts';
import { useTempDirs } from '../electron/temp-dir.ts';

const tempDir = useTempDirs();

const OPEN_PROJECT: DialogScope = { mode: 'open', extensions: ['policy'] };
const SAVE_PROJECT: DialogScope = { mode: 'save', extensions: ['policy'] };
const EXPORT_FOLDER: DialogScope = { mode: 'folder', extensions: scopeExtensions('folder', []) };

/** A host folder with projects, a subfolder, an export, other files, a hidden file and links in and out; `outside` is a sibling folder. */
async function sampleFolder() {
  const base = await tempDir();
  const root = join(base, 'files');
  const outside = join(base, 'outside');
  await mkdir(join(root, 'Exports'), { recursive: true });
  await mkdir(outside);
  await writeFile(join(root, 'shop 10.policy'), '{}');
  await writeFile(join(root, 'shop 9.policy'), '{"a":1}');
  await writeFile(join(root, 'Acme.POLICY'), '{}');
  await writeFile(join(root, 'notes.txt'), 'not for the dialog');
  await writeFile(join(root, 'cookies.har'), '{}');
  await writeFile(join(root, '.secret.policy'), '{}');
  await writeFile(join(root, 'Exports', 'privacy-policy.en.html'), '<p>');
  await writeFile(join(outside, 'victim.policy'), '{}');
  await symlink(join(outside, 'victim.policy'), join(root, 'leak.policy'));
  await symlink(outside, join(root, 'away'));
  await symlink(join(root, 'shop 9.policy'), join(root, 'alias.policy'));
  await utimes(join(root, 'shop 9.policy'), new Date('2026-03-04T05:06:07Z'), new Date('2026-03-04T05:06:07Z'));
  return { root, outside, folder: await openHostFolder(root) };
}

const names = (result: Awaited<ReturnType<Awaited<ReturnType<typeof openHostFolder>>['list']>>) => (result.ok ? result.entries.map((e) => e.name) : result.message);

describe('host folder: what the dialog lists', () => {
  it('lists folders first, then the files of the kinds asked for, in natural order; hidden files, other kinds and links leading out are left out', async () => {
    const { folder } = await sampleFolder();
    const listed = await folder.list('', OPEN_PROJECT);
    expect(names(listed)).toEqual(['Exports', 'Acme.POLICY', 'alias.policy', 'shop 9.policy', 'shop 10.policy']);
    const shop = listed.ok ? listed.entries.find((e) => e.name === 'shop 9.policy') : undefined;
    expect(shop).toEqual({ name: 'shop 9.policy', kind: 'file', size: 7, modified: Date.parse('2026-03-04T05:06:07Z'), selectable: true });
    expect(listed.ok && listed.entries[0]).toMatchObject({ kind: 'folder', selectable: false });
  });

  it('lists cookie-discovery files for a dialog that asks for .har and .csv, and nothing it did not ask for', async () => {
    const { folder } = await sampleFolder();
    expect(names(await folder.list('', { mode: 'open', extensions: scopeExtensions('open', ['har', 'csv']) }))).toEqual(['Exports', 'cookies.har']);
  });

  it('in a folder dialog, folders can be chosen and exported files are shown but cannot', async () => {
    const { folder } = await sampleFolder();
    const top = await folder.list('', EXPORT_FOLDER);
    expect(top.ok && top.entries).toEqual([expect.objectContaining({ name: 'Exports', kind: 'folder', selectable: true })]);
    const inside = await folder.list('Exports', EXPORT_FOLDER);
    expect(inside.ok && inside.entries).toEqual([expect.objectContaining({ name: 'privacy-policy.en.html', kind: 'file', selectable: false })]);
    expect(inside.ok && inside.dir).toBe('Exports');
  });

  it('refuses to list `..`, absolute paths and a link that leads out of the folder', async () => {
    const { folder, outside } = await sampleFolder();
    for (const dir of ['..', '../outside', 'Exports/../..', outside, '/etc', 'C:/Windows', 'Exports\\..', 'away', 'away/']) {
      const result = await folder.list(dir, OPEN_PROJECT);
      expect(result, dir).toMatchObject({ ok: false });
    }
    expect(await folder.list('away', OPEN_PROJECT)).toEqual({ ok: false, message: expect.stringContaining('outside the folder') });
    expect(await folder.list('missing', OPEN_PROJECT)).toEqual({ ok: false, message: expect.stringContaining('was not found') });
  });
});

describe('host folder: what a choice resolves to', () => {
  it('opens an existing file of the asked kind, also through a link that stays inside', async () => {
    const { folder, root } = await sampleFolder();
    await expect(folder.resolveChoice(OPEN_PROJECT, { dir: '', name: 'shop 9.policy' }, false)).resolves.toEqual({ ok: true, path: join(folder.root, 'shop 9.policy') });
    await expect(folder.resolveChoice(OPEN_PROJECT, { dir: '', name: 'alias.policy' }, false)).resolves.toMatchObject({ ok: true });
    expect(folder.root).toBe(root);
  });

  it('refuses to open a link leading out, another kind of file, a missing file, a folder or a name with a path in it', async () => {
    const { folder } = await sampleFolder();
    const cases: [string, string, RegExp][] = [
      ['', 'leak.policy', /outside the folder/],
      ['', 'notes.txt', /only \.policy files/],
      ['', 'gone.policy', /was not found/],
      ['', 'Exports/../../outside/victim.policy', /cannot contain/],
      ['..', 'outside/victim.policy', /outside the folder/],
      ['', '.secret.policy', /cannot start with a dot/],
    ];
    for (const [dir, name, message] of cases) {
      await expect(folder.resolveChoice(OPEN_PROJECT, { dir, name }, false), name).resolves.toEqual({ ok: false, kind: 'invalid', message: expect.stringMatching(message) });
    }
  });

  it('saves a new name with the extension added, asks before replacing an existing file, and replaces it once confirmed', async () => {
    const { folder } = await sampleFolder();
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: 'Exports', name: 'new shop' }, false)).resolves.toEqual({ ok: true, path: join(folder.root, 'Exports', 'new shop.policy') });
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: '', name: 'shop 9' }, false)).resolves.toEqual({
      ok: false,
      kind: 'exists',
      name: 'shop 9.policy',
      message: 'A file named "shop 9.policy" already exists. Replace it?',
    });
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: '', name: 'shop 9.policy' }, true)).resolves.toEqual({ ok: true, path: join(folder.root, 'shop 9.policy') });
  });

  it('never saves over a link or a folder, nor into a folder outside', async () => {
    const { folder } = await sampleFolder();
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: '', name: 'leak.policy' }, true)).resolves.toMatchObject({ ok: false, kind: 'invalid', message: expect.stringContaining('is a link') });
    await mkdir(join(folder.root, 'odd.policy'));
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: '', name: 'odd.policy' }, true)).resolves.toMatchObject({ ok: false, message: '"odd.policy" is a folder.' });
    await expect(folder.resolveChoice(SAVE_PROJECT, { dir: 'away', name: 'x.policy' }, false)).resolves.toMatchObject({ ok: false, message: expect.stringContaining('outside the folder') });
  });

  it('exports into the folder itself or a folder inside, never into one outside', async () => {
    const { folder } = await sampleFolder();
    await expect(folder.resolveChoice(EXPORT_FOLDER, { dir: '' }, false)).resolves.toEqual({ ok: true, path: folder.root });
    await expect(folder.resolveChoice(EXPORT_FOLDER, { dir: 'Exports' }, false)).resolves.toEqual({ ok: true, path: join(folder.root, 'Exports') });
    await expect(folder.resolveChoice(EXPORT_FOLDER, { dir: 'away' }, false)).resolves.toMatchObject({ ok: false });
    await expect(folder.resolveChoice(EXPORT_FOLDER, { dir: '..' }, false)).resolves.toMatchObject({ ok: false });
  });

  it('starts a save dialog in the folder of the current file, or in the folder itself with a suggested name', async () => {
    const { folder, outside } = await sampleFolder();
    expect(folder.startOf(join(folder.root, 'Exports', 'acme.policy'))).toEqual({ dir: 'Exports', name: 'acme.policy' });
    expect(folder.startOf('Untitled.policy')).toEqual({ dir: '', name: 'Untitled.policy' });
    expect(folder.startOf(join(outside, 'victim.policy'))).toEqual({ dir: '', name: 'victim.policy' });
    expect(folder.startOf(undefined)).toEqual({ dir: '' });
  });
});

describe('host folder: name rules', () => {
  it('accepts plain names and says what is wrong with others', () => {
    expect(fileNameProblem('Acme AB – policy (2026).policy')).toBeNull();
    expect(fileNameProblem('   ')).toBe('Enter a file name.');
    expect(fileNameProblem('a/b.policy')).toMatch(/cannot contain/);
    expect(fileNameProblem('a\u0007b')).toMatch(/control characters/);
    expect(fileNameProblem('..')).toMatch(/dot/);
    expect(fileNameProblem('x'.repeat(256))).toMatch(/too long/);
  });

  it('splits a folder into segments and refuses climbing out of it', () => {
    expect(relativeSegments('')).toEqual({ ok: true, segments: [] });
    expect(relativeSegments('a/b c')).toEqual({ ok: true, segments: ['a', 'b c'] });
    for (const dir of ['/a', 'a/../b', './a', 'a//b', 'a\\b', 'C:', 'a\u0000']) expect(relativeSegments(dir).ok, dir).toBe(false);
  });

  it('adds the dialog’s extension only when the name has none of its extensions', () => {
    expect(withExtension('acme', ['policy'])).toBe('acme.policy');
    expect(withExtension('acme.POLICY', ['policy'])).toBe('acme.POLICY');
    expect(withExtension('acme.txt', ['policy'])).toBe('acme.txt.policy');
    expect(withExtension('texts', ['xlf', 'xliff'])).toBe('texts.xlf');
  });

  it('limits what a dialog shows to the kinds the host knows', () => {
    expect(scopeExtensions('open', ['.Policy', 'exe'])).toEqual(['policy']);
    expect(scopeExtensions('open', ['exe'])).toContain('policy');
    expect(scopeExtensions('folder', ['policy'])).toEqual(['html', 'md', 'docx', 'pdf']);
  });
});

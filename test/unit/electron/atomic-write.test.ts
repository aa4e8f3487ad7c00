import { chmod, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { backupPathFor, writeFileAtomic } from '../../../shared/node/files/atomic-write.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

describe('writeFileAtomic', () => {
  it('creates a new file without a backup', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.policy');
    await writeFileAtomic(file, 'first\n');
    expect(await readFile(file, 'utf8')).toBe('first\n');
    expect(await readdir(dir)).toEqual(['a.policy']);
  });

  it('replaces the file and keeps the previous version as .bak', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.policy');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readFile(backupPathFor(file), 'utf8')).toBe('one');
    await writeFileAtomic(file, 'three');
    expect(await readFile(file, 'utf8')).toBe('three');
    expect(await readFile(`${file}.bak`, 'utf8')).toBe('two');
    // No temporary files left behind.
    expect((await readdir(dir)).sort()).toEqual(['a.policy', 'a.policy.bak']);
  });

  it('keeps no backup when asked not to', async () => {
    const dir = await tempDir();
    const file = join(dir, 'state.json');
    await writeFileAtomic(file, '1', { keepBackup: false });
    await writeFileAtomic(file, '2', { keepBackup: false });
    expect(await readdir(dir)).toEqual(['state.json']);
  });

  it('writes bytes as well as text', async () => {
    const dir = await tempDir();
    const file = join(dir, 'x.docx');
    await writeFileAtomic(file, new Uint8Array([0x50, 0x4b, 3, 4]));
    expect([...(await readFile(file))]).toEqual([0x50, 0x4b, 3, 4]);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const dir = await tempDir();
    const file = join(dir, 'a.policy');
    await writeFile(file, 'old');
    await chmod(file, 0o600);
    await writeFileAtomic(file, 'new');
    expect((await stat(file)).mode & 0o777).toBe(0o600);
  });

  it.skipIf(process.platform === 'win32')('saving through a symlink replaces the file it points to, not the link', async () => {
    const dir = await tempDir();
    await mkdir(join(dir, 'real'));
    const real = join(dir, 'real', 'a.policy');
    const link = join(dir, 'link.policy');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect(await readFile(real, 'utf8')).toBe('new');
    expect((await readFile(link, 'utf8'))).toBe('new');
    expect(await readFile(`${real}.bak`, 'utf8')).toBe('old');
  });

  it('fails cleanly when the folder does not exist', async () => {
    const dir = await tempDir();
    await expect(writeFileAtomic(join(dir, 'missing', 'a.policy'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(await readdir(dir)).toEqual([]);
  });
});

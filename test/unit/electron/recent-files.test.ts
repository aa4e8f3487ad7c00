import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RECENT_FILES_FILE, createRecentFiles, parseRecentFiles } from '../../../electron/files/recent-files.ts';
import { useTempDirs } from './temp-dir.ts';

const tempDir = useTempDirs();

async function touch(path: string): Promise<string> {
  await writeFile(path, '{}');
  return path;
}

describe('recent files', () => {
  it('starts empty', async () => {
    expect(await createRecentFiles({ folder: await tempDir() }).list()).toEqual([]);
  });

  it('lists the most recent first, once each, and persists', async () => {
    const dir = await tempDir();
    const a = await touch(join(dir, 'a.policy'));
    const b = await touch(join(dir, 'b.policy'));
    const recent = createRecentFiles({ folder: dir });
    await recent.add(a);
    await recent.add(b);
    expect(await recent.add(a)).toEqual([
      { path: a, name: 'a.policy', missing: false },
      { path: b, name: 'b.policy', missing: false },
    ]);
    expect((await createRecentFiles({ folder: dir }).list()).map((f) => f.name)).toEqual(['a.policy', 'b.policy']);
  });

  it('keeps at most ten', async () => {
    const dir = await tempDir();
    const recent = createRecentFiles({ folder: dir });
    for (let i = 0; i < 12; i++) await recent.add(await touch(join(dir, `p${i}.policy`)));
    const names = (await recent.list()).map((f) => f.name);
    expect(names).toHaveLength(10);
    expect(names[0]).toBe('p11.policy');
    expect(names.at(-1)).toBe('p2.policy');
  });

  it('flags a file that has gone missing instead of failing or dropping it', async () => {
    const dir = await tempDir();
    const kept = await touch(join(dir, 'kept.policy'));
    const gone = await touch(join(dir, 'gone.policy'));
    const recent = createRecentFiles({ folder: dir });
    await recent.add(kept);
    await recent.add(gone);
    await rm(gone);
    expect(await recent.list()).toEqual([
      { path: gone, name: 'gone.policy', missing: true },
      { path: kept, name: 'kept.policy', missing: false },
    ]);
  });

  it('reads a corrupt store as an empty list and recovers on the next add', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, RECENT_FILES_FILE), '{"version":1,"files":["/a.pol');
    const recent = createRecentFiles({ folder: dir });
    expect(await recent.list()).toEqual([]);
    const file = await touch(join(dir, 'new.policy'));
    expect(await recent.add(file)).toEqual([{ path: file, name: 'new.policy', missing: false }]);
    expect(JSON.parse(await readFile(join(dir, RECENT_FILES_FILE), 'utf8'))).toEqual({ version: 1, files: [file] });
  });

  it('salvages what it can from a store of the wrong shape', () => {
    expect(parseRecentFiles('null')).toEqual([]);
    expect(parseRecentFiles('{"files": "nope"}')).toEqual([]);
    expect(parseRecentFiles('{"files": [1, "/x/a.policy", null, "", "/x/a.policy", "/x/b.policy"]}')).toEqual(['/x/a.policy', '/x/b.policy']);
    expect(parseRecentFiles('["/x/old-format.policy"]')).toEqual(['/x/old-format.policy']);
  });

  it('clears the list', async () => {
    const dir = await tempDir();
    const recent = createRecentFiles({ folder: dir });
    await recent.add(await touch(join(dir, 'a.policy')));
    expect(await recent.clear()).toEqual([]);
    expect(await recent.list()).toEqual([]);
  });
});

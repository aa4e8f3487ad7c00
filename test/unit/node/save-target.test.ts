import { chmod, chown, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { parseProjectFile, serializeProject } from '../../../shared/model/index.ts';
import { writeFileAtomic } from '../../../shared/node/files/atomic-write.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from '../electron/temp-dir.ts';

const tempDir = useTempDirs();
const posix = process.platform !== 'win32';

describe('a save checks what is on disk before replacing it', () => {
  it('refuses to replace a file that was valid when opened but is not any more, until the user confirms', async () => {
    const dir = await tempDir();
    const file = join(dir, 'acme.policy');
    const files = createProjectFiles();
    await writeFile(file, serializeProject(buildProject()));
    expect((await files.open(file)).ok).toBe(true);
    const theirs = '{ "schemaVersion": 2, "company": "edited in another editor, half done';
    await writeFile(file, theirs);
    const refused = await files.save(file, buildProject());
    expect(refused).toMatchObject({ ok: false, kind: 'overwrite-invalid', message: expect.stringContaining('not valid JSON at line 1') });
    expect(await readFile(file, 'utf8')).toBe(theirs);
    expect(await files.save(file, buildProject(), { overwriteInvalid: true })).toMatchObject({ ok: true });
    expect(await readFile(`${file}.bak`, 'utf8')).toBe(theirs);
  });

  it('refuses to replace a file from a newer Policy Studio, saying so', async () => {
    const dir = await tempDir();
    const file = join(dir, 'future.policy');
    const newer = JSON.stringify({ ...buildProject(), schemaVersion: 4 });
    await writeFile(file, newer);
    const refused = await createProjectFiles().save(file, buildProject());
    expect(refused).toMatchObject({ ok: false, kind: 'overwrite-invalid', message: expect.stringContaining('newer Policy Studio') });
    expect(await readFile(file, 'utf8')).toBe(newer);
  });

  it('saves over a valid project, older format included, without asking', async () => {
    const dir = await tempDir();
    const file = join(dir, 'plain.policy');
    await writeFile(file, serializeProject(buildProject({ effectiveDate: '2020-01-01' })));
    expect(await createProjectFiles().save(file, buildProject())).toMatchObject({ ok: true });
  });

  it.skipIf(!posix)('refuses a read-only file and says why', async () => {
    const dir = await tempDir();
    const file = join(dir, 'locked.policy');
    const text = serializeProject(buildProject());
    await writeFile(file, text);
    await chmod(file, 0o444);
    expect(await createProjectFiles().save(file, buildProject({ effectiveDate: '2025-01-01' }))).toMatchObject({ ok: false, kind: 'write-failed', message: expect.stringContaining('is read-only') });
    expect(await readFile(file, 'utf8')).toBe(text);
  });

  it.skipIf(!posix)('keeps the file mode exactly, whatever the umask', async () => {
    const dir = await tempDir();
    const file = join(dir, 'shared.policy');
    await writeFile(file, serializeProject(buildProject()));
    await chmod(file, 0o664);
    const umask = process.umask(0o077);
    try {
      expect(await createProjectFiles().save(file, buildProject({ effectiveDate: '2025-01-01' }))).toMatchObject({ ok: true });
    } finally {
      process.umask(umask);
    }
    expect((await stat(file)).mode & 0o777).toBe(0o664);
  });

  it.skipIf(!posix || process.getuid?.() !== 0)('keeps owner and group (as root, who may set them)', async () => {
    const dir = await tempDir();
    const file = join(dir, 'owned.policy');
    await writeFile(file, serializeProject(buildProject()));
    await chown(file, 1234, 2345);
    await writeFileAtomic(file, serializeProject(buildProject({ effectiveDate: '2025-01-01' })));
    const info = await stat(file);
    expect([info.uid, info.gid]).toEqual([1234, 2345]);
  });

  it('cleans up temporary files a killed save left behind, and only ours', async () => {
    const dir = await tempDir();
    const file = join(dir, 'acme.policy');
    await writeFile(file, serializeProject(buildProject()));
    // pid 2^22+1 is above Linux's pid_max default range: no such process.
    const stale = ['.acme.policy.4194305.0123456789ab.tmp', '.acme.policy.bak.4194305.ba9876543210.tmp'];
    const notOurs = ['.acme.policy.swp', '.other.policy.4194305.0123456789ab.tmp', 'acme.policy.4194305.0123456789ab.tmp'];
    for (const name of [...stale, ...notOurs]) await writeFile(join(dir, name), 'x'.repeat(1000));
    expect(await createProjectFiles().save(file, buildProject({ effectiveDate: '2025-01-01' }))).toMatchObject({ ok: true });
    expect((await readdir(dir)).sort()).toEqual(['acme.policy', 'acme.policy.bak', ...notOurs].sort());
    expect(parseProjectFile(await readFile(file, 'utf8')).ok).toBe(true);
  });

  it('writes back the fields it does not know', async () => {
    const dir = await tempDir();
    const file = join(dir, 'typo.policy');
    const raw = JSON.parse(serializeProject(buildProject()));
    raw.company.emial = 'typo@acme.example';
    raw.processorz = [];
    await writeFile(file, JSON.stringify(raw));
    const files = createProjectFiles();
    const opened = await files.open(file);
    if (!opened.ok) throw new Error(opened.message);
    expect(await files.save(file, { ...opened.project, effectiveDate: '2025-02-02' })).toMatchObject({ ok: true });
    const saved = JSON.parse(await readFile(file, 'utf8'));
    expect([saved.company.emial, saved.processorz, saved.effectiveDate]).toEqual(['typo@acme.example', [], '2025-02-02']);
  });
});

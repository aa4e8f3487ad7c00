import { execFileSync } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createProjectFiles } from '../../../electron/files/project-files.ts';
import { readProjectForCli } from '../../../shared/cli/read-project.ts';
import type { CliIo } from '../../../shared/cli/io.ts';
import { serializeProject } from '../../../shared/model/index.ts';
import { readRegularFile } from '../../../shared/node/files/read-regular-file.ts';
import { buildProject } from '../../fixtures/project-builder.ts';
import { useTempDirs } from '../electron/temp-dir.ts';

const tempDir = useTempDirs();

function bufferIo(cwd: string): CliIo & { err: string } {
  const io = { cwd, err: '', stdout: () => undefined, stderr: (text: string) => void (io.err += text) };
  return io;
}

/** Fails the test rather than hanging the suite when a read blocks. */
const within = <T>(ms: number, promise: Promise<T>) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`still waiting after ${ms} ms`)), ms))]);

describe('reading a project file the user named', () => {
  it.skipIf(process.platform === 'win32')('refuses a FIFO nobody writes to at once, in the app and the CLI', async () => {
    const dir = await tempDir();
    const fifo = join(dir, 'pipe.policy');
    execFileSync('mkfifo', [fifo]);
    expect(await within(2000, readRegularFile(fifo))).toMatchObject({ ok: false, kind: 'not-a-file', reason: expect.stringContaining('not a regular file') });
    expect(await within(2000, createProjectFiles().open(fifo))).toMatchObject({ ok: false, kind: 'unreadable', message: expect.stringMatching(/^"pipe\.policy" is not a regular file/) });
    const io = bufferIo(dir);
    expect(await within(2000, readProjectForCli('pipe.policy', io))).toBeNull();
    expect(io.err).toBe('pipe.policy: is not a regular file (it is a device, a pipe or a socket): choose a .policy file.\n');
  });

  it.skipIf(process.platform === 'win32')('refuses /dev/zero without reading it', async () => {
    expect(await within(2000, readRegularFile('/dev/zero'))).toMatchObject({ ok: false, kind: 'not-a-file' });
  });

  it('checks the size before reading', async () => {
    const dir = await tempDir();
    const file = join(dir, 'big.policy');
    await writeFile(file, 'x'.repeat(5000));
    expect(await readRegularFile(file, 1000)).toMatchObject({ ok: false, kind: 'too-large', reason: expect.stringContaining('far too large') });
    expect(await readRegularFile(file, 5000)).toMatchObject({ ok: true });
  });

  it('accepts a byte-order mark in the CLI as the app does', async () => {
    const dir = await tempDir();
    await writeFile(join(dir, 'bom.policy'), `\uFEFF${serializeProject(buildProject())}`);
    const io = bufferIo(dir);
    expect(await readProjectForCli('bom.policy', io)).toMatchObject({ ok: true });
    expect(io.err).toBe('');
    expect((await createProjectFiles().open(join(dir, 'bom.policy'))).ok).toBe(true);
  });

  it('refuses invalid UTF-8 in both, naming the byte offset', async () => {
    const dir = await tempDir();
    const text = serializeProject(buildProject());
    const at = text.indexOf('Nordlys');
    await writeFile(join(dir, 'latin1.policy'), Buffer.concat([Buffer.from(text.slice(0, at)), Buffer.from([0xe5]), Buffer.from(text.slice(at))]));
    const io = bufferIo(dir);
    expect(await readProjectForCli('latin1.policy', io)).toBeNull();
    expect(io.err).toContain(`(file): expected UTF-8 text, but byte ${Buffer.byteLength(text.slice(0, at))} `);
    const opened = await createProjectFiles().open(join(dir, 'latin1.policy'));
    expect(opened).toMatchObject({ ok: false, kind: 'invalid', errors: [{ path: '(file)', message: expect.stringContaining('expected UTF-8 text') }] });
  });
});

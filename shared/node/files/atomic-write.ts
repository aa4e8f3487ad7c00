import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the file's previous content as `<name>.bak` (default true). */
  keepBackup?: boolean;
}

/** The path of the backup kept next to `file` by `writeFileAtomic`. */
export function backupPathFor(file: string): string {
  return `${file}.bak`;
}

/**
 * Writes `data` to `file` so that, whatever happens (crash, power loss, the
 * process killed mid-write), the file holds either its old content or the new
 * one, never a mix or a truncated file: the data goes to a temporary file in
 * the same folder, is flushed to disk, then renamed over the target. The
 * previous version is kept as `<file>.bak`, replaced the same way.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const target = await resolveTarget(file);
  const existing = await statOrNull(target);
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, existing?.mode);
    if (existing && options.keepBackup !== false) await replaceBackup(target);
    await renameWithRetry(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(dirname(target));
}

/** Follows a symlink so that saving replaces the file it points to, not the link. */
async function resolveTarget(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    return file;
  }
}

async function statOrNull(file: string) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : null;
  } catch {
    return null;
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
}

async function writeAndSync(path: string, data: string | Uint8Array, mode: number | undefined): Promise<void> {
  // O_EXCL: never follow or reuse something already at the temporary name.
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, mode === undefined ? 0o666 : mode & 0o777);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Points `<target>.bak` at the current content. A hard link costs nothing and
 * is itself atomic; file systems without links (FAT, some network shares) get
 * a copy, written to a temporary name and renamed like the main file.
 */
async function replaceBackup(target: string): Promise<void> {
  const backup = backupPathFor(target);
  const temp = tempPathFor(backup);
  try {
    try {
      await link(target, temp);
    } catch {
      await copyFile(target, temp);
      const handle = await open(temp, 'r+');
      try {
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    await renameWithRetry(temp, backup);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
}

/** On Windows a virus scanner or indexer briefly holding the file makes rename fail with EPERM/EBUSY; try again a few times. */
async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await rename(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const transient = code === 'EPERM' || code === 'EBUSY' || code === 'EACCES';
      if (process.platform !== 'win32' || !transient || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20 * 2 ** attempt));
    }
  }
}

/** Makes the rename itself durable. Folders cannot be opened for syncing on Windows; there the rename is already flushed. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Not supported on this platform or file system.
  }
}

import { randomBytes } from 'node:crypto';
import { constants, type Stats } from 'node:fs';
import { copyFile, link, open, readdir, realpath, rename, stat, unlink } from 'node:fs/promises';
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
 * previous version is kept as `<file>.bak`, replaced the same way. The new
 * file keeps the old one's permissions and, where the process may set them,
 * its owner and group. Temporary files a killed save left behind for this
 * file are removed on the next save.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  await (await prepareFileWrite(file, data, options)).commit();
}

/** A file's new content written to its temporary name and flushed, waiting to replace the file (`commit`) or to be dropped (`discard`). */
export interface PreparedWrite {
  /** The file it will replace (a symlink's target, as `writeFileAtomic` replaces). */
  readonly target: string;
  /** Renames the new content over the file (its old content kept as `.bak` unless `keepBackup` is false) and makes that durable. */
  commit(): Promise<void>;
  /** Removes the temporary file; the file keeps its old content. */
  discard(): Promise<void>;
}

/**
 * The first half of `writeFileAtomic`: the new content on disk under a
 * temporary name beside the file, the file itself untouched. For a set of
 * files that must all be replaced or none (an export's languages and
 * formats): each is prepared as it is made, so its content need not stay in
 * memory, and all are committed once every one is ready. A process killed
 * before committing leaves only temporary files, which the next write of the
 * same file removes.
 */
export async function prepareFileWrite(file: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<PreparedWrite> {
  const target = await resolveTarget(file);
  const existing = await statOrNull(target);
  const temp = tempPathFor(target);
  try {
    await writeAndSync(temp, data, existing);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  return {
    target,
    async commit() {
      try {
        if (existing && options.keepBackup !== false) await replaceBackup(target);
        await renameWithRetry(temp, target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw error;
      }
      await syncFolder(dirname(target));
      await removeStaleTemps(target);
    },
    discard: () => unlink(temp).catch(() => undefined),
  };
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

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether process `pid` is still running (a save in progress in another window or instance). */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** A temporary file older than this is stale even if its pid is in use again (pids are reused). */
const STALE_AFTER_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes the temporary files `tempPathFor` made for `target` and its backup
 * that no running save owns: those left by a process killed mid-save. Only
 * names of our own pattern (`.<name>.<pid>.<12 hex>.tmp`) are touched.
 */
export async function removeStaleTemps(target: string): Promise<string[]> {
  const name = basename(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(name)}(?:\\.bak)?\\.(\\d+)\\.[0-9a-f]{12}\\.tmp$`);
  const folder = dirname(target);
  let entries: string[];
  try {
    entries = await readdir(folder);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const entry of entries) {
    const match = pattern.exec(entry);
    if (!match) continue;
    const pid = Number(match[1]);
    const path = join(folder, entry);
    try {
      const info = await stat(path);
      const owned = pid === process.pid || isRunning(pid);
      if (!info.isFile() || (owned && Date.now() - info.mtimeMs < STALE_AFTER_MS)) continue;
      await unlink(path);
      removed.push(path);
    } catch {
      // Gone already, or not ours to delete.
    }
  }
  return removed;
}

async function writeAndSync(path: string, data: string | Uint8Array, existing: Stats | null): Promise<void> {
  // O_EXCL: never follow or reuse something already at the temporary name.
  const handle = await open(path, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL, existing ? existing.mode & 0o777 : 0o666);
  try {
    if (existing) {
      // open()'s mode passes through the umask; set the old file's exact mode (setuid bits excepted) and try its owner.
      await handle.chmod(existing.mode & 0o1777);
      if (existing.uid !== process.getuid?.() || existing.gid !== process.getgid?.()) await handle.chown(existing.uid, existing.gid).catch(() => undefined);
    }
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
    // A save killed between its two renames leaves the backup and the target as two links to one file; rename()
    // between two links of the same file succeeds doing nothing (POSIX), which would leave `temp` behind.
    await unlink(temp).catch(() => undefined);
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

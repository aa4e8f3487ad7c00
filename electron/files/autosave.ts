import { mkdir, readFile, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Recovery } from '../../shared/host/api.ts';
import { writeFileAtomic } from '../../shared/node/files/atomic-write.ts';
import { errorCode } from '../../shared/node/files/file-errors.ts';
import { createSerialQueue } from './serial-queue.ts';

/** The snapshot of unsaved work: the editor state as is (it may be incomplete) and the file it belongs to. */
export interface Snapshot {
  project: Record<string, unknown>;
  path: string | null;
}

/** Crash recovery for unsaved work, kept in the app data folder. */
export interface Autosave {
  write(snapshot: Snapshot): Promise<void>;
  /** The snapshot left by a session that did not save, or null (also when the file is damaged). */
  read(): Promise<Recovery | null>;
  clear(): Promise<void>;
}

const storedSnapshot = z.object({
  version: z.literal(1),
  savedAt: z.string(),
  path: z.string().nullable(),
  project: z.record(z.string(), z.unknown()),
});

/** Name of the snapshot file inside the app data folder. */
export const AUTOSAVE_FILE = 'autosave.json';

/**
 * Keeps one snapshot of unsaved work in `folder` (the app data folder),
 * written atomically so that a crash during autosave cannot destroy the
 * previous snapshot. It is cleared when the work is saved or discarded; if it
 * is still there at the next start, the app offers to restore it.
 */
export function createAutosave(options: { folder: string; now?: () => Date }): Autosave {
  const file = join(options.folder, AUTOSAVE_FILE);
  const now = options.now ?? (() => new Date());
  const enqueue = createSerialQueue();

  function handleWrite(snapshot: Snapshot): Promise<void> {
    const stored: z.infer<typeof storedSnapshot> = { version: 1, savedAt: now().toISOString(), path: snapshot.path, project: snapshot.project };
    return enqueue(async () => {
      await mkdir(options.folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(stored), { keepBackup: false });
    });
  }

  function handleRead(): Promise<Recovery | null> {
    return enqueue(async () => {
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch {
        return null;
      }
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        return null;
      }
      const parsed = storedSnapshot.safeParse(raw);
      if (!parsed.success) return null;
      const { path, project, savedAt } = parsed.data;
      return { project, path, name: path === null ? 'Untitled' : basename(path), savedAt };
    });
  }

  function handleClear(): Promise<void> {
    return enqueue(async () => {
      try {
        await unlink(file);
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error;
      }
    });
  }

  return { write: handleWrite, read: handleRead, clear: handleClear };
}

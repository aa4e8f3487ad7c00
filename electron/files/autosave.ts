import { mkdir, readFile, rename, unlink } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { z } from 'zod';
import type { Recovery } from '../../shared/host/api.ts';
import { stripBom } from '../../shared/model/project-text.ts';
import { snapshotDraft, type DamagedSnapshot } from '../../shared/model/snapshot-draft.ts';

export type { DamagedSnapshot };
import { backupPathFor, writeFileAtomic } from '../../shared/node/files/atomic-write.ts';
import { errorCode } from '../../shared/node/files/file-errors.ts';
import { createSerialQueue } from './serial-queue.ts';

/** The snapshot of unsaved work: the editor state as is (it may be incomplete) and the file it belongs to. */
export interface Snapshot {
  project: Record<string, unknown>;
  path: string | null;
}

/** What a start finds: the unsaved work to offer (from the latest good generation), and any snapshot that was damaged. */
export interface RecoveryCheck {
  recovery: Recovery | null;
  damaged: DamagedSnapshot[];
}

/** Crash recovery for unsaved work, kept in the app data folder. */
export interface Autosave {
  write(snapshot: Snapshot): Promise<void>;
  /** The snapshot left by a session that did not save, or null; damaged snapshots are moved aside (see `inspect`). */
  read(): Promise<Recovery | null>;
  /** As `read`, and reports each damaged snapshot it moved aside, for the page to say so. */
  inspect(): Promise<RecoveryCheck>;
  clear(): Promise<void>;
}

/** The snapshot format this version writes; a higher one comes from a newer Policy Studio. */
const SNAPSHOT_VERSION = 1;

const storedSnapshot = z.object({
  version: z.literal(SNAPSHOT_VERSION),
  savedAt: z.string(),
  path: z.string().nullable(),
  project: z.record(z.string(), z.unknown()),
});

/** Name of the snapshot file inside the app data folder. */
export const AUTOSAVE_FILE = 'autosave.json';

type ReadOutcome = { kind: 'none' } | { kind: 'ok'; recovery: Recovery } | { kind: 'damaged'; reason: string };

/** Reads one generation, telling a missing file from a damaged one. */
async function readGeneration(file: string): Promise<ReadOutcome> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return { kind: 'none' };
    return { kind: 'damaged', reason: `it cannot be read (${errorCode(error) ?? 'unknown error'})` };
  }
  let raw: unknown;
  try {
    // A byte-order mark is accepted here as in project files.
    raw = JSON.parse(stripBom(text));
  } catch {
    return { kind: 'damaged', reason: text.trim() === '' ? 'it is empty' : 'it is cut off or not valid JSON' };
  }
  const version = (raw as { version?: unknown } | null)?.version;
  if (typeof version === 'number' && version > SNAPSHOT_VERSION) return { kind: 'damaged', reason: 'it was written by a newer Policy Studio' };
  const parsed = storedSnapshot.safeParse(raw);
  if (!parsed.success) return { kind: 'damaged', reason: 'it is not a snapshot this version can read' };
  const draft = snapshotDraft(parsed.data.project);
  if (!draft.ok) return { kind: 'damaged', reason: draft.reason };
  const { path, project, savedAt } = parsed.data;
  return { kind: 'ok', recovery: { project, path, name: path === null ? 'Untitled' : basename(path), savedAt } };
}

/**
 * Keeps a snapshot of unsaved work in `folder` (the app data folder),
 * written atomically so that a crash during autosave cannot destroy it, with
 * the generation before it kept as `autosave.json.bak`. Both are cleared when
 * the work is saved or discarded. At the next start the latest readable
 * generation is offered; a damaged one is renamed `autosave.damaged-<time>.json`
 * and reported, never deleted and never silently skipped.
 */
export function createAutosave(options: { folder: string; now?: () => Date }): Autosave {
  const file = join(options.folder, AUTOSAVE_FILE);
  const previous = backupPathFor(file);
  const now = options.now ?? (() => new Date());
  const enqueue = createSerialQueue();

  function handleWrite(snapshot: Snapshot): Promise<void> {
    const stored: z.infer<typeof storedSnapshot> = { version: SNAPSHOT_VERSION, savedAt: now().toISOString(), path: snapshot.path, project: snapshot.project };
    return enqueue(async () => {
      await mkdir(options.folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(stored), { keepBackup: true });
    });
  }

  async function keepAside(from: string, reason: string, damaged: DamagedSnapshot[]): Promise<void> {
    const stamp = now().toISOString().replace(/[:.]/g, '-');
    const keptAs = join(options.folder, `autosave.damaged-${stamp}${damaged.length > 0 ? `-${damaged.length}` : ''}.json`);
    try {
      await rename(from, keptAs);
      damaged.push({ keptAs, reason });
    } catch {
      damaged.push({ keptAs: from, reason: `${reason}; it could not be moved aside` });
    }
  }

  function handleInspect(): Promise<RecoveryCheck> {
    return enqueue(async () => {
      const damaged: DamagedSnapshot[] = [];
      for (const generation of [file, previous]) {
        const outcome = await readGeneration(generation);
        if (outcome.kind === 'ok') return { recovery: outcome.recovery, damaged };
        if (outcome.kind === 'damaged') await keepAside(generation, outcome.reason, damaged);
      }
      return { recovery: null, damaged };
    });
  }

  function handleClear(): Promise<void> {
    return enqueue(async () => {
      for (const generation of [file, previous]) {
        try {
          await unlink(generation);
        } catch (error) {
          if (errorCode(error) !== 'ENOENT') throw error;
        }
      }
    });
  }

  return { write: handleWrite, read: async () => (await handleInspect()).recovery, inspect: handleInspect, clear: handleClear };
}

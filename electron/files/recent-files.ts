import { access, mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { RecentFile } from '../../shared/host/api.ts';
import { writeFileAtomic } from '../../shared/node/files/atomic-write.ts';
import { pathKey } from './path-key.ts';
import { createSerialQueue } from './serial-queue.ts';

/** How many files "Open Recent" lists. */
export const MAX_RECENT_FILES = 10;

/** Name of the list's file inside the app data folder. */
export const RECENT_FILES_FILE = 'recent-files.json';

/** The "Open Recent" list, most recent first. */
export interface RecentFiles {
  list(): Promise<RecentFile[]>;
  /** Puts `path` at the top (moving it if already listed) and returns the new list. */
  add(path: string): Promise<RecentFile[]>;
  clear(): Promise<RecentFile[]>;
}

async function fileExists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * Pulls the paths out of the stored list. Anything unexpected (damaged JSON,
 * a hand-edited file, an older format) yields what can be salvaged, at worst
 * an empty list: a broken list must never stop the app from starting.
 */
export function parseRecentFiles(text: string, max: number = MAX_RECENT_FILES): string[] {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return [];
  }
  const files: unknown = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { files?: unknown }).files : raw;
  if (!Array.isArray(files)) return [];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const entry of files) {
    if (typeof entry !== 'string' || entry === '' || seen.has(pathKey(entry))) continue;
    seen.add(pathKey(entry));
    out.push(entry);
    if (out.length === max) break;
  }
  return out;
}

/**
 * The recent-files list, stored as JSON in the app data folder (`folder`).
 * Files that have gone missing stay listed, flagged `missing`, so a file on
 * an unplugged drive comes back when the drive does.
 */
export function createRecentFiles(options: { folder: string; max?: number }): RecentFiles {
  const file = join(options.folder, RECENT_FILES_FILE);
  const max = options.max ?? MAX_RECENT_FILES;
  const enqueue = createSerialQueue();

  async function load(): Promise<string[]> {
    try {
      return parseRecentFiles(await readFile(file, 'utf8'), max);
    } catch {
      return [];
    }
  }

  async function store(paths: string[]): Promise<void> {
    await mkdir(options.folder, { recursive: true });
    await writeFileAtomic(file, `${JSON.stringify({ version: 1, files: paths }, null, 2)}\n`, { keepBackup: false });
  }

  async function describe(paths: string[]): Promise<RecentFile[]> {
    return Promise.all(paths.map(async (path) => ({ path, name: basename(path), missing: !(await fileExists(path)) })));
  }

  function handleList(): Promise<RecentFile[]> {
    return enqueue(async () => describe(await load()));
  }

  function handleAdd(path: string): Promise<RecentFile[]> {
    return enqueue(async () => {
      const key = pathKey(path);
      const paths = [path, ...(await load()).filter((p) => pathKey(p) !== key)].slice(0, max);
      await store(paths);
      return describe(paths);
    });
  }

  function handleClear(): Promise<RecentFile[]> {
    return enqueue(async () => {
      await store([]);
      return [];
    });
  }

  return { list: handleList, add: handleAdd, clear: handleClear };
}

import { mkdir, rmdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { exportBundleTo, type BundleRequest } from '../export/bundle.ts';
import { prepareFileWrite, type PreparedWrite } from './files/atomic-write.ts';

/** An export whose files are all on disk beside their names, waiting to take them. */
export interface StagedExport {
  /** The files' names, in language × format order (`index.html` last). */
  readonly names: readonly string[];
  /** Puts every file in place, in that order, calling `written` after each; should one fail, the rest are dropped. */
  commit(written?: (name: string) => void): Promise<void>;
}

/**
 * Every file of `request`, written into `folder` as the CLI writes an
 * export: each file is flushed to disk under a temporary name beside its own
 * as soon as it is made, so the bundle lets it go at once (twelve languages'
 * files, most of their size PDF, are never all in memory), and the files
 * replace their names only on `commit`, once every one is ready. An export
 * that fails leaves the folder as it was: the temporary files are removed,
 * and the folder too when this made it. Files already there are replaced
 * without a backup: an export is made again from the project at will.
 */
export async function stageExport(request: BundleRequest, folder: string): Promise<StagedExport> {
  const prepared = new Map<string, PreparedWrite>();
  const created = await mkdir(folder, { recursive: true });
  const discard = () => Promise.all([...prepared.values()].map((p) => p.discard()));
  let names: string[];
  try {
    names = await exportBundleTo(request, async (file) => {
      prepared.set(file.name, await prepareFileWrite(join(folder, file.name), file.contents, { keepBackup: false }));
    });
  } catch (error) {
    await discard();
    if (created !== undefined) await removeEmptyFolders(folder, created);
    throw error;
  }
  return {
    names,
    async commit(written) {
      try {
        for (const name of names) {
          await prepared.get(name)?.commit();
          prepared.delete(name);
          written?.(name);
        }
      } catch (error) {
        await discard();
        throw error;
      }
    },
  };
}

/** Removes `folder` and the folders above it up to `created` (the first one `mkdir` made), each only while empty. */
async function removeEmptyFolders(folder: string, created: string): Promise<void> {
  for (let dir = folder; ; dir = dirname(dir)) {
    try {
      await rmdir(dir);
    } catch {
      return;
    }
    if (dir === created || dirname(dir) === dir) return;
  }
}

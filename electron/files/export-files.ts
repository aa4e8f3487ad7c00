import { mkdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { ExportedFile } from '../../shared/host/export-runner.ts';
import { writeFileAtomic } from '../../shared/node/files/atomic-write.ts';

/** Whether an export file name is a plain name that stays inside the chosen folder. */
export function isSafeExportName(name: string): boolean {
  return (
    name.length > 0 &&
    name.length <= 200 &&
    name === basename(name) &&
    !/[\\/:*?"<>|\0]/.test(name) &&
    !name.startsWith('.') &&
    !name.endsWith('.') &&
    !name.endsWith(' ')
  );
}

/**
 * Where an exported file named `name` goes inside the granted `folder`, or
 * null when the name is not a plain file name (`../x`, `/abs`, `C:x`, `.x`):
 * a folder grant lets the exporter write its own names inside it, nothing else.
 */
export function exportTarget(folder: string, name: string): string | null {
  if (!isSafeExportName(name)) return null;
  const path = join(folder, name);
  return relative(folder, path) === name ? path : null;
}

/**
 * Writes an export's files into `folder`, each atomically so that a policy
 * already published from that folder is never left half-written. Refuses
 * names that would leave the folder; returns the written paths in order.
 */
export async function writeExportedFiles(folder: string, files: readonly ExportedFile[]): Promise<string[]> {
  const unsafe = files.find((f) => exportTarget(folder, f.name) === null);
  if (unsafe) throw new Error(`The export produced a file with an unusable name: ${JSON.stringify(unsafe.name)}.`);
  await mkdir(folder, { recursive: true });
  const written: string[] = [];
  for (const file of files) {
    const path = join(folder, file.name);
    await writeFileAtomic(path, file.contents, { keepBackup: false });
    written.push(path);
  }
  return written;
}

import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { errorCode } from './file-errors.ts';

/** Larger than any real project by far; refusing it keeps a mistaken pick (a video) from freezing the app. */
export const MAX_PROJECT_BYTES = 20 * 1024 * 1024;

export type ReadBytesResult =
  | { ok: true; bytes: Uint8Array }
  /** `reason` completes a sentence naming the file: `"x.policy" is a folder, not a project file.` */
  | { ok: false; kind: 'not-found' | 'not-a-file' | 'too-large' | 'unreadable'; reason: string; error?: unknown };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reads a file the user named, only if it is a regular file no larger than
 * `maxBytes`: a folder, a pipe, a socket or a device (`/dev/zero`, a FIFO
 * nobody writes to) is refused at once instead of blocking or filling the
 * memory. The size is checked before reading and again on the open handle,
 * and no more than `maxBytes + 1` bytes are ever read, so a file growing
 * while it is read cannot get past the cap either.
 */
export async function readRegularFile(path: string, maxBytes = MAX_PROJECT_BYTES): Promise<ReadBytesResult> {
  try {
    const info = await stat(path);
    const refused = refuse(info, maxBytes);
    if (refused) return refused;
    // O_NONBLOCK: should the path turn into a FIFO between stat and open, open returns at once instead of waiting for a writer.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const again = refuse(await handle.stat(), maxBytes);
      if (again) return again;
      const chunks: Buffer[] = [];
      let length = 0;
      while (length <= maxBytes) {
        const chunk = Buffer.alloc(Math.min(1024 * 1024, maxBytes + 1 - length));
        const { bytesRead } = await handle.read(chunk, 0, chunk.length, length);
        if (bytesRead === 0) break;
        chunks.push(chunk.subarray(0, bytesRead));
        length += bytesRead;
      }
      if (length > maxBytes) return { ok: false, kind: 'too-large', reason: `is larger than ${megabytes(maxBytes)}, far too large to be a project file.` };
      const buffer = Buffer.concat(chunks, length);
      return { ok: true, bytes: buffer };
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') return { ok: false, kind: 'not-found', reason: 'was not found. It may have been moved, renamed or deleted.', error };
    if (code === 'EISDIR') return { ok: false, kind: 'not-a-file', reason: 'is a folder, not a project file.', error };
    return { ok: false, kind: 'unreadable', reason: `cannot be read (${code ?? 'unknown error'}).`, error };
  }
}

function refuse(info: { isFile(): boolean; isDirectory(): boolean; size: number }, maxBytes: number): Extract<ReadBytesResult, { ok: false }> | null {
  if (info.isDirectory()) return { ok: false, kind: 'not-a-file', reason: 'is a folder, not a project file.' };
  if (!info.isFile()) return { ok: false, kind: 'not-a-file', reason: 'is not a regular file (it is a device, a pipe or a socket): choose a .policy file.' };
  if (info.size > maxBytes) return { ok: false, kind: 'too-large', reason: `is ${megabytes(info.size)}, far too large to be a project file (the limit is ${megabytes(maxBytes)}).` };
  return null;
}

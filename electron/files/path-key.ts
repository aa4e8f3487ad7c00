import { resolve } from 'node:path';

/**
 * A key under which two spellings of the same file compare equal: resolved
 * to an absolute path, and lower-cased where the usual file systems ignore
 * case (Windows, macOS), so `C:\\A.policy` and `c:\\a.policy` are one file.
 */
export function pathKey(path: string, platform: NodeJS.Platform = process.platform): string {
  const absolute = resolve(path);
  return platform === 'win32' || platform === 'darwin' ? absolute.toLowerCase() : absolute;
}

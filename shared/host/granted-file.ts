import type { GrantedFile } from './api.ts';

/** How a handle is spelled: 32 random bytes in base64url (`electron/files/capabilities.ts`). */
export const FILE_HANDLE_PATTERN = /^[A-Za-z0-9_-]{43}$/;

/**
 * Whether a value is a granted file as the main process sends one with
 * `menu:open-path`; the preload passes nothing else on (no zod there: a
 * sandboxed preload is one small file).
 */
export function isGrantedFile(value: unknown): value is GrantedFile {
  if (value === null || typeof value !== 'object') return false;
  const { handle, path } = value as Record<string, unknown>;
  return typeof handle === 'string' && FILE_HANDLE_PATTERN.test(handle) && typeof path === 'string' && path.length > 0;
}

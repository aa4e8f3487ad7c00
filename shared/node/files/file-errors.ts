import { basename } from 'node:path';

/** The `code` of a Node file-system error, or undefined for anything else. */
export function errorCode(error: unknown): string | undefined {
  if (error !== null && typeof error === 'object' && 'code' in error && typeof error.code === 'string') return error.code;
  return undefined;
}

/**
 * A sentence a user can act on for a failed read or write, naming the file
 * rather than quoting `EACCES: permission denied, open '/…/x.policy'`.
 */
export function describeFileError(error: unknown, path: string, action: 'read' | 'write'): string {
  const name = `"${basename(path)}"`;
  switch (errorCode(error)) {
    case 'ENOENT':
      return action === 'read'
        ? `${name} was not found. It may have been moved, renamed or deleted.`
        : `The folder for ${name} no longer exists. Choose another place with Save As.`;
    case 'EACCES':
    case 'EPERM':
      return `Policy Studio is not allowed to ${action === 'read' ? 'read' : 'write'} ${name}. Check the file's permissions${action === 'write' ? ' or choose another place with Save As' : ''}.`;
    case 'EISDIR':
      return `${name} is a folder, not a project file.`;
    case 'ENOSPC':
      return `There is not enough disk space to save ${name}. Free some space and save again.`;
    case 'EROFS':
      return `${name} is on a read-only disk. Choose another place with Save As.`;
    case 'EBUSY':
      return `${name} is in use by another program. Close it there and try again.`;
    default: {
      const detail = error instanceof Error ? error.message : String(error);
      return `Could not ${action} ${name}: ${detail}`;
    }
  }
}

import { randomBytes } from 'node:crypto';
import type { FileHandle } from '../../shared/host/api.ts';
import { pathKey } from './path-key.ts';

/**
 * What a grant allows:
 * - `project`: a `.policy` file the user chose (open or save dialog, recent
 *   list, command line, "open with"): read, write, autosave against, reveal.
 * - `folder`: an export destination chosen in a folder dialog: the exporter
 *   writes its own plain file names inside it, and it can be revealed.
 * - `output`: a file an export wrote: reveal only.
 */
export type GrantKind = 'project' | 'folder' | 'output';

/** The path behind a handle, or why the handle does not allow what was asked. */
export type Resolution = { ok: true; path: string } | { ok: false; message: string };

/** The grants of one window (one page): the only way handlers turn what the page sends into paths. */
export interface WindowGrants {
  /**
   * Grants this window `path` as `kind` and returns its handle. Granting the
   * same file and kind again returns the same handle, so listing the recent
   * files over and over does not grow the registry.
   */
  grant(path: string, kind: GrantKind): FileHandle;
  /** The path behind `handle` when this window holds it as one of `kinds`. */
  resolve(handle: FileHandle, kinds: readonly GrantKind[]): Resolution;
}

/** Every window's grants, kept in the main process (or the browser host); the page only ever holds the handles. */
export interface CapabilityRegistry {
  forWindow(windowId: string): WindowGrants;
  /** Forgets everything a closed window was granted. */
  revokeWindow(windowId: string): void;
}

interface Grant {
  windowId: string;
  path: string;
  kind: GrantKind;
}

const KIND_NAMES: Record<GrantKind, string> = {
  project: 'a project file',
  folder: 'an export folder',
  output: 'an exported file',
};

/** 32 random bytes, base64url: 43 characters no page can guess (matches `FILE_HANDLE_PATTERN`). */
export function randomHandle(): FileHandle {
  return randomBytes(32).toString('base64url');
}

/**
 * Creates the registry. The message for a handle this window does not hold
 * is the same whether the handle is unknown or another window's, so a page
 * learns nothing about other windows' files.
 */
export function createCapabilityRegistry(options: { newHandle?: () => FileHandle } = {}): CapabilityRegistry {
  const newHandle = options.newHandle ?? randomHandle;
  const byHandle = new Map<FileHandle, Grant>();
  const byKey = new Map<string, FileHandle>();
  const keyOf = (windowId: string, kind: GrantKind, path: string) => JSON.stringify([windowId, kind, pathKey(path)]);

  function forWindow(windowId: string): WindowGrants {
    return {
      grant(path, kind) {
        const key = keyOf(windowId, kind, path);
        const existing = byKey.get(key);
        if (existing !== undefined) return existing;
        let handle = newHandle();
        while (byHandle.has(handle)) handle = newHandle();
        byHandle.set(handle, { windowId, path, kind });
        byKey.set(key, handle);
        return handle;
      },
      resolve(handle, kinds) {
        const grant = byHandle.get(handle);
        if (grant === undefined || grant.windowId !== windowId) {
          return { ok: false, message: 'This file was not chosen in this window. Choose it with Open…, Save As… or the recent list, then try again.' };
        }
        if (!kinds.includes(grant.kind)) {
          return { ok: false, message: `This handle is for ${KIND_NAMES[grant.kind]}, not ${kinds.map((k) => KIND_NAMES[k]).join(' or ')}.` };
        }
        return { ok: true, path: grant.path };
      },
    };
  }

  function revokeWindow(windowId: string): void {
    for (const [handle, grant] of byHandle) {
      if (grant.windowId !== windowId) continue;
      byHandle.delete(handle);
      byKey.delete(keyOf(windowId, grant.kind, grant.path));
    }
  }

  return { forWindow, revokeWindow };
}

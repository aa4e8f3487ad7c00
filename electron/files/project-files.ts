import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseProject, parseProjectFile, serializeProject, type Project } from '../../shared/model/index.ts';
import type { OpenFileResult, SaveResult } from '../../shared/host/api.ts';
import { backupPathFor, writeFileAtomic } from '../../shared/node/files/atomic-write.ts';
import { describeFileError, errorCode } from '../../shared/node/files/file-errors.ts';
import { pathKey } from './path-key.ts';

/** Larger than any real project by far; refusing it keeps a mistaken pick (a video) from freezing the app. */
export const MAX_PROJECT_BYTES = 50 * 1024 * 1024;

export type OpenOutcome = Extract<OpenFileResult, { ok: true } | { kind: 'not-found' | 'unreadable' | 'invalid' }>;
export type SaveOutcome = Extract<SaveResult, { ok: true } | { kind: 'invalid-project' | 'overwrite-invalid' | 'write-failed' }>;

export interface SaveOptions {
  /** The user confirmed replacing a file that failed to open as a project. */
  overwriteInvalid?: boolean;
}

/** Reading and writing `.policy` files, remembering which paths held a file that was not a valid project. */
export interface ProjectFiles {
  open(path: string): Promise<OpenOutcome>;
  save(path: string, project: unknown, options?: SaveOptions): Promise<SaveOutcome>;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

export type InvalidProject = Extract<SaveResult, { kind: 'invalid-project' }>;

/**
 * Validates a project sent by the page before it is saved; the errors carry
 * JSON paths so the form can mark each field. Exported so Save As can check
 * before showing a dialog.
 */
export function checkProject(raw: unknown): { ok: true; project: Project } | InvalidProject {
  const parsed = parseProject(raw);
  if (parsed.ok) return { ok: true, project: parsed.project };
  const count = parsed.errors.length;
  return {
    ok: false,
    kind: 'invalid-project',
    message: `The project cannot be saved yet: ${plural(count, 'field')} ${count === 1 ? 'needs' : 'need'} attention.`,
    errors: parsed.errors,
  };
}

/**
 * Opens and saves project files. A file that fails validation is reported
 * with every error and its text, and its path is remembered: saving over it
 * later is refused unless the user confirms, because it may be a newer
 * version's file or a hand-edited one with a typo, and the user's own text
 * would be lost. A file in an older format is migrated in memory and left
 * as it is on disk; the first save writes the current format and keeps the
 * older file as `<name>.bak`, and the result says so.
 */
export function createProjectFiles(options: { maxBytes?: number } = {}): ProjectFiles {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_BYTES;
  const heldInvalid = new Set<string>();
  /** Paths opened in an older format and not saved since, with the version they were in. */
  const heldOlder = new Map<string, number>();

  async function handleOpen(path: string): Promise<OpenOutcome> {
    const name = basename(path);
    let text: string;
    try {
      const info = await stat(path);
      if (info.isDirectory()) return { ok: false, kind: 'unreadable', path, message: `"${name}" is a folder, not a project file.` };
      if (info.size > maxBytes) {
        return { ok: false, kind: 'unreadable', path, message: `"${name}" is ${(info.size / 1024 / 1024).toFixed(1)} MB, far too large to be a project file.` };
      }
      text = await readFile(path, 'utf8');
    } catch (error) {
      const kind = errorCode(error) === 'ENOENT' ? 'not-found' : 'unreadable';
      return { ok: false, kind, path, message: describeFileError(error, path, 'read') };
    }
    // Editors on Windows may add a byte-order mark, which JSON.parse rejects.
    const parsed = parseProjectFile(text.replace(/^\uFEFF/, ''));
    if (!parsed.ok) {
      heldInvalid.add(pathKey(path));
      return {
        ok: false,
        kind: 'invalid',
        path,
        message: `"${name}" is not a valid Policy Studio project: ${plural(parsed.errors.length, 'problem')} found.`,
        errors: parsed.errors,
        text,
      };
    }
    heldInvalid.delete(pathKey(path));
    if (parsed.migratedFrom === null) heldOlder.delete(pathKey(path));
    else heldOlder.set(pathKey(path), parsed.migratedFrom);
    return { ok: true, path, name, project: parsed.project, migratedFrom: parsed.migratedFrom, migrationNotes: parsed.migrationNotes };
  }

  async function handleSave(path: string, raw: unknown, saveOptions: SaveOptions = {}): Promise<SaveOutcome> {
    const name = basename(path);
    const parsed = checkProject(raw);
    if (!parsed.ok) return parsed;
    const key = pathKey(path);
    if (heldInvalid.has(key) && saveOptions.overwriteInvalid !== true) {
      return {
        ok: false,
        kind: 'overwrite-invalid',
        path,
        message: `"${name}" could not be read as a Policy Studio project when it was opened. Saving will replace its content. Replace it?`,
      };
    }
    const olderVersion = heldOlder.get(key);
    try {
      // keepBackup: the previous content, for a migrated file the older format, stays as <name>.bak.
      await writeFileAtomic(path, serializeProject(parsed.project), { keepBackup: true });
    } catch (error) {
      return { ok: false, kind: 'write-failed', path, message: describeFileError(error, path, 'write') };
    }
    heldInvalid.delete(key);
    heldOlder.delete(key);
    if (olderVersion !== undefined) return { ok: true, path, name, keptOlderVersion: { version: olderVersion, backupPath: backupPathFor(path) } };
    return { ok: true, path, name };
  }

  return { open: handleOpen, save: handleSave };
}

import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatProjectError, parseProject, parseProjectBytes, serializeProject, type Project } from '../../shared/model/index.ts';
import type { OpenFileResult, SaveResult } from '../../shared/host/api.ts';
import { backupPathFor, writeFileAtomic } from '../../shared/node/files/atomic-write.ts';
import { describeFileError, errorCode } from '../../shared/node/files/file-errors.ts';
import { MAX_PROJECT_BYTES, readRegularFile } from '../../shared/node/files/read-regular-file.ts';
import { pathKey } from './path-key.ts';

export { MAX_PROJECT_BYTES };

export type OpenOutcome = Extract<OpenFileResult, { ok: true } | { kind: 'not-found' | 'unreadable' | 'invalid' }>;
export type SaveOutcome = Extract<SaveResult, { ok: true } | { kind: 'invalid-project' | 'overwrite-invalid' | 'write-failed' }>;

export interface SaveOptions {
  /** The user confirmed replacing a file that is not a valid project. */
  overwriteInvalid?: boolean;
}

/** Reading and writing `.policy` files, checking what is on disk before replacing it. */
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

/** What identifies one version of a file on disk, to skip re-reading a target this session wrote or read as valid. */
type Fingerprint = string;
const fingerprintOf = (info: { ino: number; size: number; mtimeMs: number }): Fingerprint => `${info.ino}:${info.size}:${info.mtimeMs}`;

/** What a save finds at its target, before replacing it. */
type TargetCheck = { ok: true } | { ok: false; outcome: SaveOutcome };

/**
 * Opens and saves project files. A file that fails to open is reported with
 * every error and its text. Before a save replaces a file, what is on disk
 * now is checked: a read-only file or something other than a regular file is
 * refused with why; a file that is not a valid project (hand-edited with a
 * typo, written by a newer Policy Studio, changed by another program since)
 * is replaced only when the user confirms, as their text would be lost. A
 * file in an older format is migrated in memory and left as it is on disk;
 * the first save writes the current format and keeps the older file as
 * `<name>.bak`, and the result says so.
 */
export function createProjectFiles(options: { maxBytes?: number } = {}): ProjectFiles {
  const maxBytes = options.maxBytes ?? MAX_PROJECT_BYTES;
  /** Paths opened in an older format and not saved since, with the version they were in. */
  const heldOlder = new Map<string, number>();
  /** Per path, the file version last read or written as a valid project: unchanged since, it needs no second look. */
  const knownValid = new Map<string, Fingerprint>();

  async function handleOpen(path: string): Promise<OpenOutcome> {
    const name = basename(path);
    const read = await readRegularFile(path, maxBytes);
    if (!read.ok) {
      const message = read.error !== undefined && read.kind !== 'not-a-file' ? describeFileError(read.error, path, 'read') : `"${name}" ${read.reason}`;
      return { ok: false, kind: read.kind === 'not-found' ? 'not-found' : 'unreadable', path, message };
    }
    const parsed = parseProjectBytes(read.bytes);
    const key = pathKey(path);
    if (!parsed.ok) {
      knownValid.delete(key);
      return {
        ok: false,
        kind: 'invalid',
        path,
        message: `"${name}" is not a valid Policy Studio project: ${plural(parsed.errors.length, 'problem')} found.`,
        errors: parsed.errors,
        text: parsed.text ?? Buffer.from(read.bytes).toString('latin1'),
      };
    }
    await remember(path);
    if (parsed.migratedFrom === null) heldOlder.delete(key);
    else heldOlder.set(key, parsed.migratedFrom);
    return { ok: true, path, name, project: parsed.project, migratedFrom: parsed.migratedFrom, migrationNotes: parsed.migrationNotes };
  }

  async function remember(path: string): Promise<void> {
    try {
      knownValid.set(pathKey(path), fingerprintOf(await stat(path)));
    } catch {
      knownValid.delete(pathKey(path));
    }
  }

  /** Looks at what is at `path` now; only a regular, writable file that is a valid project (or nothing) may be replaced unasked. */
  async function checkTarget(path: string, overwriteInvalid: boolean): Promise<TargetCheck> {
    const name = basename(path);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return { ok: true };
      return { ok: false, outcome: { ok: false, kind: 'write-failed', path, message: describeFileError(error, path, 'write') } };
    }
    if (!info.isFile()) {
      return { ok: false, outcome: { ok: false, kind: 'write-failed', path, message: `"${name}" is ${info.isDirectory() ? 'a folder' : 'not a regular file'}, so it cannot be replaced by a project. Choose another place with Save As.` } };
    }
    // Checked by mode, not access(): as root or as the owner of the folder the rename would succeed and replace a file the user made read-only.
    if ((info.mode & 0o222) === 0) {
      return { ok: false, outcome: { ok: false, kind: 'write-failed', path, message: `"${name}" is read-only, so Policy Studio will not replace it. Make it writable in your file manager, or choose another place with Save As.` } };
    }
    if (overwriteInvalid || knownValid.get(pathKey(path)) === fingerprintOf(info)) return { ok: true };
    const read = await readRegularFile(path, maxBytes);
    const problem = read.ok ? (() => {
      const parsed = parseProjectBytes(read.bytes);
      return parsed.ok ? null : formatProjectError(parsed.errors[0]!);
    })() : read.reason;
    if (problem === null) return { ok: true };
    return {
      ok: false,
      outcome: {
        ok: false,
        kind: 'overwrite-invalid',
        path,
        message: `"${name}" on disk is not a Policy Studio project this version can read (${problem}). Saving will replace its content; the old content is kept as "${basename(backupPathFor(path))}". Replace it?`,
      },
    };
  }

  async function handleSave(path: string, raw: unknown, saveOptions: SaveOptions = {}): Promise<SaveOutcome> {
    const name = basename(path);
    const parsed = checkProject(raw);
    if (!parsed.ok) return parsed;
    const key = pathKey(path);
    const target = await checkTarget(path, saveOptions.overwriteInvalid === true);
    if (!target.ok) return target.outcome;
    const olderVersion = heldOlder.get(key);
    try {
      // keepBackup: the previous content, for a migrated file the older format, stays as <name>.bak.
      await writeFileAtomic(path, serializeProject(parsed.project), { keepBackup: true });
    } catch (error) {
      return { ok: false, kind: 'write-failed', path, message: describeFileError(error, path, 'write') };
    }
    await remember(path);
    heldOlder.delete(key);
    if (olderVersion !== undefined) return { ok: true, path, name, keptOlderVersion: { version: olderVersion, backupPath: backupPathFor(path) } };
    return { ok: true, path, name };
  }

  return { open: handleOpen, save: handleSave };
}

/**
 * The folder the browser host was started with (`--folder DIR`): the only
 * place its in-page file dialog can show or choose. Every name the page
 * sends is relative to it and checked here before a handler sees a path:
 * no absolute paths, no `..`, no link leading out, and only the kinds of
 * file the dialog asks for.
 */
import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, isAbsolute, join, relative, sep } from 'node:path';
import type { HostDialogMode, HostFolderEntry, HostListResult } from '../shared/host/host-file-dialog.ts';

/** Files the dialog ever shows: projects, cookie discovery input (HAR, also saved as .json; scanners' CSV), translators' files and exports. */
export const HOST_FILE_KINDS = ['policy', 'har', 'json', 'csv', 'xlf', 'xliff', 'html', 'md', 'docx', 'pdf'] as const;

/** What an export writes (`shared/export/formats.ts`): shown, not chosen, in a folder dialog. */
export const EXPORT_EXTENSIONS = ['html', 'md', 'docx', 'pdf'] as const;

/** A listing stops here: a folder the dialog is meant for holds far fewer. */
export const MAX_ENTRIES = 2000;

const OUTSIDE = 'That place is outside the folder the browser host was started with.';
const FORBIDDEN_CHARACTERS = /[\\/:*?"<>|]/;
/** Control characters (U+0000 to U+001F, U+007F), checked by code so the rule needs no control characters in a regex. */
const hasControlCharacter = (name: string) => [...name].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);

export type PathCheck = { ok: true; path: string } | { ok: false; message: string };

/** A choice the host refused, in words for the dialog; `exists` means "ask before replacing". */
export type ChoiceFailure = { ok: false; kind: 'exists'; name: string; message: string } | { ok: false; kind: 'invalid'; message: string };

/** What one dialog may show and choose. */
export interface DialogScope {
  mode: HostDialogMode;
  /** Extensions (lowercase, no dot) the dialog picks; for a folder dialog, those it lists. */
  extensions: readonly string[];
}

/** Why `name` cannot be a file name in the folder, or null when it can. */
export function fileNameProblem(name: string): string | null {
  if (name.trim() === '') return 'Enter a file name.';
  if (name !== name.trim()) return 'A file name cannot start or end with a space.';
  if (name === '.' || name === '..' || name.startsWith('.')) return 'A file name cannot start with a dot.';
  if (FORBIDDEN_CHARACTERS.test(name) || hasControlCharacter(name)) return 'A file name cannot contain / \\ : * ? " < > | or control characters.';
  if (Buffer.byteLength(name) > 255) return 'That file name is too long.';
  return null;
}

/**
 * The segments of a '/'-separated folder inside the host folder ('' is the
 * folder itself), or why it is refused. Nothing here touches the disk; links
 * are checked by `resolveDir`.
 */
export function relativeSegments(dir: string): { ok: true; segments: string[] } | { ok: false; message: string } {
  if (dir === '') return { ok: true, segments: [] };
  if (dir.startsWith('/') || dir.includes('\\') || /^[A-Za-z]:/.test(dir) || dir.includes('\u0000')) return { ok: false, message: OUTSIDE };
  const segments = dir.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return { ok: false, message: OUTSIDE };
  return { ok: true, segments };
}

/** The extension a dialog filters on: the last one, lowercase (`a.fragment.html` → `html`). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot <= 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** `name` with the dialog's first extension added when it has none of them, as the handlers would add it. */
export function withExtension(name: string, extensions: readonly string[]): string {
  const first = extensions[0];
  if (first === undefined || extensions.includes(extensionOf(name))) return name;
  return `${name}.${first}`;
}

/** The kinds of file a dialog's filters ask for, limited to those the host shows at all. */
export function scopeExtensions(mode: HostDialogMode, asked: readonly string[]): string[] {
  if (mode === 'folder') return [...EXPORT_EXTENSIONS];
  const known = new Set<string>(HOST_FILE_KINDS);
  const wanted = [...new Set(asked.map((e) => e.toLowerCase().replace(/^\./, '')))].filter((e) => known.has(e));
  return wanted.length > 0 ? wanted : [...HOST_FILE_KINDS];
}

function isInside(path: string, root: string): boolean {
  return path === root || path.startsWith(root + sep);
}

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

/** The host folder's rules over its real path (links resolved once, so a temporary folder behind a link works). */
export interface HostFolder {
  /** The folder's real path. */
  root: string;
  /** The real path of an existing folder inside it. */
  resolveDir(dir: string): Promise<PathCheck>;
  /** One folder's entries that `scope` shows: folders first, then files, by name. */
  list(dir: string, scope: DialogScope): Promise<HostListResult>;
  /** The path a dialog returns for the person's choice, after every check; `replace` confirms overwriting. */
  resolveChoice(scope: DialogScope, choice: { dir: string; name?: string }, replace: boolean): Promise<{ ok: true; path: string } | ChoiceFailure>;
  /** Where a dialog asked to start at `path` opens: its folder inside the host folder and its name, or the folder itself. */
  startOf(path: string | undefined): { dir: string; name?: string };
}

/** Opens the rules for `root`, which must exist and be a folder. */
export async function openHostFolder(root: string): Promise<HostFolder> {
  const real = await realpath(root);
  if (!(await stat(real)).isDirectory()) throw new Error(`${root} is not a folder`);

  async function resolveDir(dir: string): Promise<PathCheck> {
    const parsed = relativeSegments(dir);
    if (!parsed.ok) return parsed;
    let resolved: string;
    try {
      resolved = await realpath(join(real, ...parsed.segments));
    } catch (error) {
      return { ok: false, message: errorCode(error) === 'ENOENT' ? `The folder "${dir}" was not found. It may have been moved or deleted.` : `The folder "${dir}" cannot be read.` };
    }
    if (!isInside(resolved, real)) return { ok: false, message: OUTSIDE };
    if (!(await stat(resolved)).isDirectory()) return { ok: false, message: `"${dir}" is not a folder.` };
    return { ok: true, path: resolved };
  }

  /** What an entry is once links are followed, or null when it leads out of the folder or nowhere. */
  async function entryStats(folder: string, entry: Dirent): Promise<Stats | null> {
    const path = join(folder, entry.name);
    try {
      if (!entry.isSymbolicLink()) return await stat(path);
      const target = await realpath(path);
      return isInside(target, real) ? await stat(target) : null;
    } catch {
      return null;
    }
  }

  async function list(dir: string, scope: DialogScope): Promise<HostListResult> {
    const folder = await resolveDir(dir);
    if (!folder.ok) return folder;
    const entries: HostFolderEntry[] = [];
    for (const entry of await readdir(folder.path, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const info = await entryStats(folder.path, entry);
      if (info === null) continue;
      const modified = Math.round(info.mtimeMs);
      if (info.isDirectory()) {
        entries.push({ name: entry.name, kind: 'folder', size: 0, modified, selectable: scope.mode === 'folder' });
      } else if (info.isFile() && scope.extensions.includes(extensionOf(entry.name))) {
        entries.push({ name: entry.name, kind: 'file', size: info.size, modified, selectable: scope.mode !== 'folder' });
      }
      if (entries.length >= MAX_ENTRIES) break;
    }
    const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
    entries.sort((a, b) => (a.kind === b.kind ? collator.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1));
    return { ok: true, dir: relative(real, folder.path).split(sep).filter(Boolean).join('/'), entries };
  }

  async function resolveChoice(scope: DialogScope, choice: { dir: string; name?: string }, replace: boolean): Promise<{ ok: true; path: string } | ChoiceFailure> {
    const folder = await resolveDir(choice.dir);
    if (!folder.ok) return { ok: false, kind: 'invalid', message: folder.message };
    if (scope.mode === 'folder') return { ok: true, path: folder.path };
    if (choice.name === undefined) return { ok: false, kind: 'invalid', message: 'Choose a file.' };
    const problem = fileNameProblem(choice.name);
    if (problem !== null) return { ok: false, kind: 'invalid', message: problem };
    const name = scope.mode === 'save' ? withExtension(choice.name, scope.extensions) : choice.name;
    if (!scope.extensions.includes(extensionOf(name))) return { ok: false, kind: 'invalid', message: `This dialog opens only ${scope.extensions.map((e) => `.${e}`).join(', ')} files.` };
    const path = join(folder.path, name);
    let info: Stats;
    try {
      info = await lstat(path);
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return { ok: false, kind: 'invalid', message: `"${name}" cannot be read.` };
      if (scope.mode === 'save') return { ok: true, path };
      return { ok: false, kind: 'invalid', message: `"${name}" was not found. It may have been moved, renamed or deleted.` };
    }
    if (info.isSymbolicLink()) {
      // Opening through a link is fine while it stays inside; saving would replace the link itself, which no one expects.
      if (scope.mode === 'save') return { ok: false, kind: 'invalid', message: `"${name}" is a link. Choose another name.` };
      const target = await realpath(path).catch(() => null);
      if (target === null || !isInside(target, real)) return { ok: false, kind: 'invalid', message: OUTSIDE };
      info = await stat(target);
    }
    if (info.isDirectory()) return { ok: false, kind: 'invalid', message: `"${name}" is a folder.` };
    if (!info.isFile()) return { ok: false, kind: 'invalid', message: `"${name}" is not a regular file.` };
    if (scope.mode === 'save' && !replace) return { ok: false, kind: 'exists', name, message: `A file named "${name}" already exists. Replace it?` };
    return { ok: true, path };
  }

  function startOf(path: string | undefined): { dir: string; name?: string } {
    if (path === undefined || path === '') return { dir: '' };
    // A bare name is a suggestion: start in the folder itself with it.
    if (!isAbsolute(path)) return { dir: '', name: basename(path) };
    const inside = relative(real, path);
    // A path outside the folder (a file granted another way): its name only.
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return { dir: '', name: basename(path) };
    const parts = inside.split(sep);
    return { dir: parts.slice(0, -1).join('/'), name: parts[parts.length - 1] };
  }

  return { root: real, resolveDir, list, resolveChoice, startOf };
}

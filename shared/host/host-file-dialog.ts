import { z } from 'zod';

/**
 * The browser host's in-page file dialog: the protocol between the host
 * (`scripts/web-host-dialogs.ts`) and the page (`renderer/host/http-host.ts`,
 * `HostFileDialog.tsx`). A handler that needs a dialog asks the page through
 * it and waits; the page shows the host's folder, the person chooses, and
 * the host checks the choice before the handler sees a path. The page names
 * entries only relative to that folder, and only while a dialog is open.
 */

/** Where the page's dialog calls go (POST, behind the run's secret like `/api/`). */
export const HOST_DIALOG_ROUTES = {
  /** Long poll: answers with the dialog a handler is waiting on, or `null` after a while. */
  wait: '/host/dialog/wait',
  /** One folder of the host folder, filtered for the open dialog. */
  list: '/host/dialog/list',
  /** The person's choice (or cancel) for the open dialog. */
  answer: '/host/dialog/answer',
} as const;

/** What a dialog picks: an existing file, a new or existing file name, or a folder (export destination). */
export type HostDialogMode = 'open' | 'save' | 'folder';

/** A dialog a handler is waiting on, as the page shows it. */
export interface HostDialogRequest {
  id: string;
  mode: HostDialogMode;
  title: string;
  /** Extensions (lowercase, no dot) of the files it picks; a folder dialog lists these files without picking them. */
  extensions: string[];
  /** What those files are ("Policy Studio project"), shown beside the list. */
  kindLabel: string;
  /** The host folder's full path, for the person to know where they are. */
  root: string;
  /** Folder inside the host folder to start in ('' for the folder itself), '/'-separated. */
  startDir: string;
  /** The file name a save dialog suggests. */
  suggestedName?: string;
}

/** One entry of a listed folder; `modified` is milliseconds since 1970. */
export interface HostFolderEntry {
  name: string;
  kind: 'file' | 'folder';
  size: number;
  modified: number;
  /** Whether this dialog can choose it (a folder dialog lists export files only so the person sees what is there). */
  selectable: boolean;
}

export type HostListResult = { ok: true; dir: string; entries: HostFolderEntry[] } | { ok: false; message: string };

/** The host's reply to an answer: `exists` asks the page to confirm replacing the file. */
export type HostAnswerResult = { ok: true } | { ok: false; kind: 'exists'; name: string; message: string } | { ok: false; kind: 'invalid' | 'stale'; message: string };

/** A folder inside the host folder, '/'-separated ('' for the folder itself); checked again on the host. */
const relativeDir = z.string().max(4096);

export const hostWaitBody = z.strictObject({});

export const hostListBody = z.strictObject({ id: z.string().min(1).max(100), dir: relativeDir });

export const hostAnswerBody = z.strictObject({
  id: z.string().min(1).max(100),
  /** null: cancelled. `name` is required for open and save, absent for a folder. */
  choice: z.strictObject({ dir: relativeDir, name: z.string().min(1).max(255).optional() }).nullable(),
  /** The person confirmed replacing an existing file. */
  replace: z.boolean().optional(),
});

export type HostAnswerBody = z.infer<typeof hostAnswerBody>;

/** The page's reading of a wait answer: anything else counts as "no dialog". */
export const hostDialogRequestSchema: z.ZodType<HostDialogRequest> = z.object({
  id: z.string(),
  mode: z.enum(['open', 'save', 'folder']),
  title: z.string(),
  extensions: z.array(z.string()),
  kindLabel: z.string(),
  root: z.string(),
  startDir: z.string(),
  suggestedName: z.string().optional(),
});

export const hostListResultSchema: z.ZodType<HostListResult> = z.union([
  z.object({
    ok: z.literal(true),
    dir: z.string(),
    entries: z.array(z.object({ name: z.string(), kind: z.enum(['file', 'folder']), size: z.number(), modified: z.number(), selectable: z.boolean() })),
  }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

export const hostAnswerResultSchema: z.ZodType<HostAnswerResult> = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), kind: z.literal('exists'), name: z.string(), message: z.string() }),
  z.object({ ok: z.literal(false), kind: z.enum(['invalid', 'stale']), message: z.string() }),
]);

/**
 * Dialogs that ask the page: the browser host's stand-in for native open,
 * save and folder dialogs. A handler's `showOpen`/`showSave` becomes a
 * pending request; the page, which watches while a call that may need a
 * dialog is under way, fetches it (long poll), lists the host folder through
 * it and answers. The handler gets a path only after `HostFolder` checked
 * the choice, so the page still reaches only files a person chose there,
 * and `electron/handlers.ts` cannot tell these from native dialogs.
 */
import { randomBytes } from 'node:crypto';
import type { Dialogs, FileFilter } from '../electron/dialogs.ts';
import type { HostAnswerBody, HostAnswerResult, HostDialogMode, HostDialogRequest, HostListResult } from '../shared/host/host-file-dialog.ts';
import { scopeExtensions, type DialogScope, type HostFolder } from './web-host-folder.ts';

export interface PageDialogs extends Dialogs {
  /** The dialog a handler waits on, as soon as there is one; null when `waitMs` pass first or `signal` aborts. */
  waitForRequest(signal: AbortSignal): Promise<HostDialogRequest | null>;
  list(body: { id: string; dir: string }): Promise<HostListResult>;
  answer(body: HostAnswerBody): Promise<HostAnswerResult>;
  /** The dialog waiting for an answer, if any (for tests and the host's own log). */
  pending(): HostDialogRequest | null;
}

export interface PageDialogOptions {
  /** How long a long poll is held before it answers "no dialog" (default 25 s, below browsers' and proxies' idle limits). */
  waitMs?: number;
  /** A dialog no page fetched within this time is cancelled, so a call from a script without a page does not hang (default 15 s). */
  undeliveredMs?: number;
}

interface Pending {
  request: HostDialogRequest;
  scope: DialogScope;
  delivered: boolean;
  settle(path: string | null): void;
}

const STALE_MESSAGE = 'This dialog was closed. Try again.';
const STALE: HostAnswerResult = { ok: false, kind: 'stale', message: STALE_MESSAGE };

/** Dialogs over `folder` answered by the page; `confirm` answers with the default button, as the scripted ones do. */
export function createPageDialogs(folder: HostFolder, options: PageDialogOptions = {}): PageDialogs {
  const waitMs = options.waitMs ?? 25_000;
  const undeliveredMs = options.undeliveredMs ?? 15_000;
  let pending: Pending | null = null;
  const waiters = new Set<(request: HostDialogRequest) => void>();

  function deliver(): void {
    if (pending === null) return;
    for (const waiter of waiters) {
      waiters.delete(waiter);
      pending.delivered = true;
      waiter(pending.request);
      return;
    }
  }

  function ask(mode: HostDialogMode, title: string, filters: FileFilter[] | undefined, defaultPath: string | undefined): Promise<string | null> {
    // One dialog at a time, as with a modal native dialog: a new one cancels one left open (a reloaded page's).
    pending?.settle(null);
    return new Promise((resolve) => {
      const scope: DialogScope = { mode, extensions: scopeExtensions(mode, (filters ?? []).flatMap((f) => f.extensions)) };
      const start = folder.startOf(defaultPath);
      const request: HostDialogRequest = {
        id: randomBytes(16).toString('base64url'),
        mode,
        title,
        extensions: [...scope.extensions],
        kindLabel: (filters ?? []).map((f) => f.name).join(', '),
        root: folder.root,
        startDir: start.dir,
        ...(mode === 'save' && start.name !== undefined ? { suggestedName: start.name } : {}),
      };
      const entry: Pending = {
        request,
        scope,
        delivered: false,
        settle(path) {
          clearTimeout(timer);
          if (pending === entry) pending = null;
          resolve(path);
        },
      };
      const timer = setTimeout(() => {
        if (!entry.delivered) entry.settle(null);
      }, undeliveredMs);
      pending = entry;
      deliver();
    });
  }

  return {
    showOpen: (request) => ask(request.pick === 'folder' ? 'folder' : 'open', request.title, request.filters, request.defaultPath),
    showSave: (request) => ask('save', request.title, request.filters, request.defaultPath),
    confirm: async (request) => request.defaultId,

    waitForRequest(signal) {
      // A dialog already waiting goes out at once, also to a page that reloaded while it was open.
      if (pending !== null) {
        pending.delivered = true;
        return Promise.resolve(pending.request);
      }
      return new Promise((resolve) => {
        const done = (request: HostDialogRequest | null) => {
          clearTimeout(timer);
          waiters.delete(done);
          signal.removeEventListener('abort', onAbort);
          resolve(request);
        };
        const onAbort = () => done(null);
        const timer = setTimeout(() => done(null), waitMs);
        signal.addEventListener('abort', onAbort);
        waiters.add(done);
      });
    },

    async list({ id, dir }) {
      if (pending === null || pending.request.id !== id) return { ok: false, message: STALE_MESSAGE };
      return folder.list(dir, pending.scope);
    },

    async answer({ id, choice, replace }) {
      const current = pending;
      if (current === null || current.request.id !== id) return STALE;
      if (choice === null) {
        current.settle(null);
        return { ok: true };
      }
      const resolved = await folder.resolveChoice(current.scope, choice, replace === true);
      if (!resolved.ok) return resolved;
      // Cancelled meanwhile (a newer dialog): the handler already moved on.
      if (pending !== current) return STALE;
      current.settle(resolved.path);
      return { ok: true };
    },

    pending: () => pending?.request ?? null,
  };
}

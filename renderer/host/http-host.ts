import type { ApiMethod, PolicyStudioApi } from '../../shared/host/api.ts';
import { SECRET_HEADER } from '../../shared/host/channels.ts';
import {
  HOST_DIALOG_ROUTES,
  hostAnswerResultSchema,
  hostDialogRequestSchema,
  hostListResultSchema,
  type HostAnswerResult,
  type HostDialogRequest,
  type HostListResult,
} from '../../shared/host/host-file-dialog.ts';
import { createGrantedApi } from './granted-api.ts';
import type { Host } from './host.ts';

type Result<M extends ApiMethod> = Awaited<ReturnType<PolicyStudioApi[M]>>;

/** A dialog the browser host waits on: what the page's file dialog shows, and how it lists and answers. */
export interface HostDialogSession {
  request: HostDialogRequest;
  /** One folder inside the host folder ('' for the folder itself). */
  list(dir: string): Promise<HostListResult>;
  /** The person's choice, or null for Cancel; `replace` confirms overwriting a file the host said exists. */
  answer(choice: { dir: string; name?: string } | null, replace?: boolean): Promise<HostAnswerResult>;
}

/** The browser host's file dialogs as the page's dialog component sees them. */
export interface HostFileDialogs {
  /** Calls `listener` with each dialog to show, and with null when it is answered or its call ended; returns the unsubscribe. */
  subscribe(listener: (session: HostDialogSession | null) => void): () => void;
}

/** Calls after which the host may show a dialog; only while one runs does the page ask whether it does. */
const DIALOG_METHODS: ReadonlySet<ApiMethod> = new Set(['openFile', 'save', 'saveAs', 'exportFiles', 'exportTranslations', 'importTranslations', 'importCookies']);

/**
 * The page's side of the browser host's file dialogs: while a call that may
 * need a dialog runs, it long-polls the host for one and hands it to the
 * mounted dialog component. With no component mounted (or a host started
 * without a folder) a dialog is cancelled at once, never left hanging.
 */
function createDialogWatcher(base: string, secret: string) {
  const listeners = new Set<(session: HostDialogSession | null) => void>();
  const post = (route: string, body: unknown, signal?: AbortSignal) =>
    fetch(`${base}${route}`, { method: 'POST', headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret }, body: JSON.stringify(body), ...(signal ? { signal } : {}) });
  const notify = (session: HostDialogSession | null) => listeners.forEach((listener) => listener(session));

  /** Shows one dialog and resolves once it was answered (or the call it belongs to ended). */
  function present(request: HostDialogRequest, ended: AbortSignal): Promise<void> {
    return new Promise((done) => {
      const finish = () => {
        ended.removeEventListener('abort', finish);
        notify(null);
        done();
      };
      const session: HostDialogSession = {
        request,
        async list(dir) {
          try {
            const parsed = hostListResultSchema.safeParse(await (await post(HOST_DIALOG_ROUTES.list, { id: request.id, dir })).json());
            return parsed.success ? parsed.data : { ok: false, message: 'The browser host gave an unexpected answer.' };
          } catch (error) {
            return { ok: false, message: `The browser host cannot be reached: ${error instanceof Error ? error.message : String(error)}` };
          }
        },
        async answer(choice, replace) {
          let result: HostAnswerResult;
          try {
            const parsed = hostAnswerResultSchema.safeParse(await (await post(HOST_DIALOG_ROUTES.answer, { id: request.id, choice, ...(replace ? { replace } : {}) })).json());
            result = parsed.success ? parsed.data : { ok: false, kind: 'invalid', message: 'The browser host gave an unexpected answer.' };
          } catch (error) {
            result = { ok: false, kind: 'invalid', message: `The browser host cannot be reached: ${error instanceof Error ? error.message : String(error)}` };
          }
          // Answered, or the host forgot this dialog: either way the person is done with it.
          if (result.ok || result.kind === 'stale') finish();
          return result;
        },
      };
      ended.addEventListener('abort', finish);
      if (listeners.size === 0) void session.answer(null);
      else notify(session);
    });
  }

  /** Runs until `ended` aborts: asks for a dialog, shows it, asks again (a call may need more than one). */
  async function watch(ended: AbortSignal): Promise<void> {
    while (!ended.aborted) {
      let request: HostDialogRequest | null;
      try {
        const response = await post(HOST_DIALOG_ROUTES.wait, {}, ended);
        // 404: started without a folder, so every dialog is scripted or cancelled and there is nothing to show.
        if (!response.ok) return;
        const parsed = hostDialogRequestSchema.nullable().safeParse(((await response.json()) as { request?: unknown }).request ?? null);
        if (!parsed.success) return;
        request = parsed.data;
      } catch {
        return;
      }
      if (request !== null && !ended.aborted) await present(request, ended);
    }
  }

  const dialogs: HostFileDialogs = {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return { dialogs, watch };
}

/**
 * The host behind the browser test server: each call is `POST /api/<method>`
 * with `{ "args": [...] }` and the run's secret in a header, answered with the
 * same result object the Electron main process returns. Network failures
 * become `internal` results, never throws, like every other host failure.
 * `watchDialogs` runs beside a call that may need a dialog, for as long as it runs.
 */
export function createHttpTransport(base: string, secret: string, watchDialogs?: (ended: AbortSignal) => Promise<void>): PolicyStudioApi {
  async function call<M extends ApiMethod>(method: M, ...args: unknown[]): Promise<Result<M>> {
    // JSON has no `undefined`: leave trailing optional arguments out rather than send null.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    const ended = new AbortController();
    if (watchDialogs && DIALOG_METHODS.has(method)) void watchDialogs(ended.signal);
    try {
      const response = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [SECRET_HEADER]: secret },
        body: JSON.stringify({ args }),
      });
      if (response.status === 403) return { ok: false, kind: 'refused', message: `${method}: the browser host refused the call (open the address it printed, with its #secret).` } as Result<M>;
      const body: unknown = await response.json();
      if (body !== null && typeof body === 'object' && 'ok' in body) return body as Result<M>;
      return { ok: false, kind: 'internal', message: `${method}: unexpected answer (HTTP ${response.status})` } as Result<M>;
    } catch (error) {
      return { ok: false, kind: 'internal', message: `${method}: ${error instanceof Error ? error.message : String(error)}` } as Result<M>;
    } finally {
      ended.abort();
    }
  }
  return {
    listStarters: () => call('listStarters'),
    newFromStarter: (id) => call('newFromStarter', id),
    openFile: (handle) => call('openFile', handle),
    recentFiles: () => call('recentFiles'),
    clearRecentFiles: () => call('clearRecentFiles'),
    save: (request) => call('save', request),
    saveAs: (request) => call('saveAs', request),
    autosave: (request) => call('autosave', request),
    checkRecovery: () => call('checkRecovery'),
    discardRecovery: () => call('discardRecovery'),
    exportFiles: (request) => call('exportFiles', request),
    showInFolder: (handle) => call('showInFolder', handle),
    setDirty: (dirty, fileName) => call('setDirty', dirty, fileName),
    openExternal: (url) => call('openExternal', url),
    takeLaunchFile: () => call('takeLaunchFile'),
    exportTranslations: (request) => call('exportTranslations', request),
    importTranslations: () => call('importTranslations'),
    importCookies: () => call('importCookies'),
    scanCookies: (url) => call('scanCookies', url),
  };
}

/** The browser host as the app uses it, with the file dialogs its page shows (`HostFileDialog.tsx`). */
export type HttpHost = Host & { readonly kind: 'http'; readonly fileDialogs: HostFileDialogs };

/** The browser host as the app uses it: paths the host showed the page, sent as the handles it granted. */
export function createHttpHost(base = '', secret = ''): HttpHost {
  const watcher = createDialogWatcher(base, secret);
  return { kind: 'http', fileDialogs: watcher.dialogs, ...createGrantedApi(createHttpTransport(base, secret, watcher.watch)).api };
}

/** The file dialogs the page must show itself: the browser host's; null in the desktop app, whose dialogs are native. */
export function hostFileDialogs(host: Host): HostFileDialogs | null {
  return host.kind === 'http' && 'fileDialogs' in host ? (host as HttpHost).fileDialogs : null;
}

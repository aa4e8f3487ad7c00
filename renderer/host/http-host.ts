import type { ApiMethod, PolicyStudioApi } from '../../shared/host/api.ts';
import { SECRET_HEADER } from '../../shared/host/channels.ts';
import { createGrantedApi } from './granted-api.ts';
import type { Host } from './host.ts';

type Result<M extends ApiMethod> = Awaited<ReturnType<PolicyStudioApi[M]>>;

/**
 * The host behind the browser test server: each call is `POST /api/<method>`
 * with `{ "args": [...] }` and the run's secret in a header, answered with the
 * same result object the Electron main process returns. Network failures
 * become `internal` results, never throws, like every other host failure.
 */
export function createHttpTransport(base: string, secret: string): PolicyStudioApi {
  async function call<M extends ApiMethod>(method: M, ...args: unknown[]): Promise<Result<M>> {
    // JSON has no `undefined`: leave trailing optional arguments out rather than send null.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
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
  };
}

/** The browser host as the app uses it: paths the host showed the page, sent as the handles it granted. */
export function createHttpHost(base = '', secret = ''): Host {
  return { kind: 'http', ...createGrantedApi(createHttpTransport(base, secret)).api };
}

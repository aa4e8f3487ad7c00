import type { ApiMethod, PolicyStudioApi } from '../../shared/host/api.ts';
import type { Host } from './host.ts';

type Result<M extends ApiMethod> = Awaited<ReturnType<PolicyStudioApi[M]>>;

/**
 * The host behind the browser test server: each call is `POST /api/<method>`
 * with `{ "args": [...] }`, answered with the same result object the
 * Electron main process returns. Network failures become `internal` results,
 * never throws, like every other host failure.
 */
export function createHttpHost(base = ''): Host {
  async function call<M extends ApiMethod>(method: M, ...args: unknown[]): Promise<Result<M>> {
    // JSON has no `undefined`: leave trailing optional arguments out rather than send null.
    while (args.length > 0 && args[args.length - 1] === undefined) args.pop();
    try {
      const response = await fetch(`${base}/api/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ args }),
      });
      const body: unknown = await response.json();
      if (body !== null && typeof body === 'object' && 'ok' in body) return body as Result<M>;
      return { ok: false, kind: 'internal', message: `${method}: unexpected answer (HTTP ${response.status})` } as Result<M>;
    } catch (error) {
      return { ok: false, kind: 'internal', message: `${method}: ${error instanceof Error ? error.message : String(error)}` } as Result<M>;
    }
  }
  return {
    kind: 'http',
    listStarters: () => call('listStarters'),
    newFromStarter: (id) => call('newFromStarter', id),
    openFile: (path) => call('openFile', path),
    recentFiles: () => call('recentFiles'),
    clearRecentFiles: () => call('clearRecentFiles'),
    save: (request) => call('save', request),
    saveAs: (request) => call('saveAs', request),
    autosave: (request) => call('autosave', request),
    checkRecovery: () => call('checkRecovery'),
    discardRecovery: () => call('discardRecovery'),
    exportFiles: (request) => call('exportFiles', request),
    showInFolder: (path) => call('showInFolder', path),
    setDirty: (dirty, fileName) => call('setDirty', dirty, fileName),
    openExternal: (url) => call('openExternal', url),
    takeLaunchFile: () => call('takeLaunchFile'),
  };
}

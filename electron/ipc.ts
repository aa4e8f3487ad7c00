import type { ApiMethod, HostFailure, PolicyStudioApi } from '../shared/host/api.ts';
import { API_CHANNELS } from '../shared/host/channels.ts';
import { parseRequestArgs } from '../shared/host/requests.ts';

/** What an `ipcMain.handle` listener is given about the caller (Electron's `IpcMainInvokeEvent`). */
export interface InvokeEvent {
  senderFrame?: { url: string } | null;
  /** The calling page's web contents: its id names the window whose grants apply. */
  sender?: { id: number } | null;
}

/** The handlers serving one call: those of the window that made it (each window has its own grants). */
export type HandlersFor = (event: InvokeEvent) => PolicyStudioApi;

/** The part of Electron's `ipcMain` used here, so tests can pass a fake (or the mocked module's). */
export interface IpcMainLike {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => Promise<unknown>): void;
  removeHandler(channel: string): void;
}

export interface RegisterIpcOptions {
  /** Refuses calls from frames that are not the app's page (e.g. a frame that navigated elsewhere). */
  isTrustedSender?(event: InvokeEvent): boolean;
}

/**
 * Connects every API channel to its handler, taken from the calling
 * window's handlers (`handlersFor`, or one set for every caller). Arguments
 * are validated with the request schemas first; a malformed call, an
 * untrusted sender or an unexpected throw comes back as
 * `{ ok: false, kind: 'bad-request' | 'internal', message }` rather than a
 * rejected promise. Returns a function that removes the handlers.
 */
export function registerIpc(ipcMain: IpcMainLike, handlersFor: HandlersFor | PolicyStudioApi, options: RegisterIpcOptions = {}): () => void {
  const pick: HandlersFor = typeof handlersFor === 'function' ? handlersFor : () => handlersFor;
  const methods = Object.keys(API_CHANNELS) as ApiMethod[];
  for (const method of methods) {
    const channel = API_CHANNELS[method];
    ipcMain.handle(channel, async (event, ...args): Promise<unknown> => {
      if (options.isTrustedSender && !options.isTrustedSender(event)) {
        return failure('bad-request', `${method}: refused, the call did not come from the Policy Studio window`);
      }
      const parsed = parseRequestArgs(method, args);
      if (!parsed.ok) return failure('bad-request', parsed.message);
      try {
        const handlers = pick(event);
        // The arguments match the method's parameters: `requests.ts` proves it at compile time.
        const handler = handlers[method] as (...validated: unknown[]) => Promise<unknown>;
        return await handler.apply(handlers, parsed.args);
      } catch (error) {
        return failure('internal', `Something went wrong (${method}): ${error instanceof Error ? error.message : String(error)}`);
      }
    });
  }
  return () => {
    for (const method of methods) ipcMain.removeHandler(API_CHANNELS[method]);
  };
}

function failure(kind: HostFailure['kind'], message: string): HostFailure {
  return { ok: false, kind, message };
}

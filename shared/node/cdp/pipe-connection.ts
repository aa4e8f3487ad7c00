/**
 * The Chrome DevTools Protocol over the pipe Chromium opens with
 * `--remote-debugging-pipe`: it reads commands on its file descriptor 3 and
 * writes answers and events on 4, each message JSON ended by a NUL byte.
 * Sessions are "flat" (`Target.attachToTarget` with `flatten: true`): a
 * page's commands and events carry its `sessionId` on the one pipe.
 */

/** What we write: the pipe only needs to accept bytes. */
export interface PipeWriter {
  write(data: string): unknown;
}

/** What we read: chunks of bytes, then an end when Chromium closes its side. */
export interface PipeReader {
  on(event: 'data', listener: (chunk: Buffer) => void): unknown;
  on(event: 'close', listener: () => void): unknown;
}

/** An event from the browser or one of its pages. */
export interface CdpEvent {
  method: string;
  params: Record<string, unknown>;
  sessionId?: string;
}

type Pending = { method: string; sessionId: string | undefined; resolve: (result: Record<string, unknown>) => void; reject: (error: Error) => void; timer: ReturnType<typeof setTimeout> };

/** One message as Chromium sends it; anything else on the pipe is a protocol error. */
interface Incoming {
  id?: number;
  method?: string;
  params?: Record<string, unknown>;
  result?: Record<string, unknown>;
  error?: { message?: string };
  sessionId?: string;
}

export interface CdpConnection {
  /** Sends a command and resolves with its result; rejects with Chromium's error, or when no answer came within the timeout. */
  send(method: string, params?: Record<string, unknown>, sessionId?: string): Promise<Record<string, unknown>>;
  /** Calls `listener` for every event until the returned function is called. */
  onEvent(listener: (event: CdpEvent) => void): () => void;
  /** Fails every command still waiting, for a page that crashed or went away (`sessionId`) or the whole browser (none). */
  fail(reason: string, sessionId?: string): void;
  /** Calls `listener` once, with the reason, when the connection closes or fails as a whole (at once if it already has). */
  onClose(listener: (reason: string) => void): () => void;
  /** True once the browser's side closed or `fail` was called for the browser. */
  readonly closed: boolean;
}

const NUL = 0;

/**
 * A connection over Chromium's pipe. A command is given `timeoutMs` to be
 * answered, so a browser that hangs ends the export with a message naming
 * the step instead of leaving it waiting for ever.
 */
export function pipeConnection(writer: PipeWriter, reader: PipeReader, options: { timeoutMs: number }): CdpConnection {
  let nextId = 0;
  let closedReason: string | undefined;
  const pending = new Map<number, Pending>();
  const listeners = new Set<(event: CdpEvent) => void>();
  const closeListeners = new Set<(reason: string) => void>();
  // Bytes of a message not yet ended by its NUL: a chunk may end inside a message, or inside one UTF-8 character.
  let partial: Buffer[] = [];

  const settle = (message: Incoming): void => {
    if (message.id === undefined) {
      if (typeof message.method !== 'string') return;
      const event: CdpEvent = { method: message.method, params: message.params ?? {}, ...(message.sessionId ? { sessionId: message.sessionId } : {}) };
      for (const listener of [...listeners]) listener(event);
      return;
    }
    const waiting = pending.get(message.id);
    if (!waiting) return;
    pending.delete(message.id);
    clearTimeout(waiting.timer);
    if (message.error) waiting.reject(new Error(`Chromium refused ${waiting.method}: ${message.error.message ?? 'no reason given'}`));
    else waiting.resolve(message.result ?? {});
  };

  reader.on('data', (chunk) => {
    let start = 0;
    for (let end = chunk.indexOf(NUL); end >= 0; end = chunk.indexOf(NUL, start)) {
      partial.push(chunk.subarray(start, end));
      const text = Buffer.concat(partial).toString('utf8');
      partial = [];
      start = end + 1;
      let message: Incoming;
      try {
        message = JSON.parse(text) as Incoming;
      } catch {
        fail('Chromium sent a message that is not JSON');
        return;
      }
      settle(message);
    }
    if (start < chunk.length) partial.push(chunk.subarray(start));
  });

  const fail = (reason: string, sessionId?: string): void => {
    if (sessionId === undefined && closedReason === undefined) {
      closedReason = reason;
      for (const listener of [...closeListeners]) listener(reason);
      closeListeners.clear();
    }
    for (const [id, waiting] of pending) {
      if (sessionId !== undefined && waiting.sessionId !== sessionId) continue;
      pending.delete(id);
      clearTimeout(waiting.timer);
      waiting.reject(new Error(`${reason} (while waiting for ${waiting.method})`));
    }
  };
  reader.on('close', () => fail('Chromium closed its connection'));

  return {
    send(method, params = {}, sessionId) {
      if (closedReason !== undefined) return Promise.reject(new Error(`${closedReason} (before ${method})`));
      const id = ++nextId;
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`Chromium did not answer ${method} within ${Math.round(options.timeoutMs / 1000)} s`));
        }, options.timeoutMs);
        // A command in flight must not keep the process alive by itself: the browser's pipe does while it is open.
        timer.unref?.();
        pending.set(id, { method, sessionId, resolve, reject, timer });
        writer.write(`${JSON.stringify(sessionId ? { id, method, params, sessionId } : { id, method, params })}\0`);
      });
    },
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onClose(listener) {
      if (closedReason !== undefined) {
        listener(closedReason);
        return () => undefined;
      }
      closeListeners.add(listener);
      return () => closeListeners.delete(listener);
    },
    fail,
    get closed() {
      return closedReason !== undefined;
    },
  };
}

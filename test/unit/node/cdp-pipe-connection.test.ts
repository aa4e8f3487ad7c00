import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { pipeConnection, type CdpEvent } from '../../../shared/node/cdp/pipe-connection.ts';

/** Chromium's side of the pipe: what we wrote, and a way to answer in chunks cut anywhere. */
function fakeBrowser() {
  const written: { id: number; method: string; params: Record<string, unknown>; sessionId?: string }[] = [];
  const reader = new EventEmitter();
  const writer = {
    write: (data: string) => {
      expect(data.endsWith('\0')).toBe(true);
      written.push(JSON.parse(data.slice(0, -1)));
    },
  };
  const sendBytes = (bytes: Buffer, cuts: number[] = []) => {
    let start = 0;
    for (const cut of [...cuts, bytes.length]) {
      reader.emit('data', bytes.subarray(start, cut));
      start = cut;
    }
  };
  const message = (value: unknown) => Buffer.from(`${JSON.stringify(value)}\0`, 'utf8');
  return { written, reader, writer, sendBytes, message };
}

afterEach(() => {
  vi.useRealTimers();
});

describe('the DevTools protocol over a pipe', () => {
  it('writes each command as JSON ended by a NUL, with its session, and resolves it with its answer', async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const version = connection.send('Browser.getVersion');
    const printed = connection.send('Page.printToPDF', { paperWidth: 8.27 }, 'S1');
    expect(b.written).toEqual([
      { id: 1, method: 'Browser.getVersion', params: {} },
      { id: 2, method: 'Page.printToPDF', params: { paperWidth: 8.27 }, sessionId: 'S1' },
    ]);
    // Answered out of order, both in one chunk.
    b.sendBytes(Buffer.concat([b.message({ id: 2, result: { stream: '7' }, sessionId: 'S1' }), b.message({ id: 1, result: { product: 'HeadlessChrome/156' } })]));
    await expect(printed).resolves.toEqual({ stream: '7' });
    await expect(version).resolves.toEqual({ product: 'HeadlessChrome/156' });
  });

  it('reads a message cut into chunks anywhere, even inside one UTF-8 character', async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const answer = connection.send('Runtime.evaluate');
    const bytes = b.message({ id: 1, result: { value: 'Integritetspolicy – Sveriges Integritetsskyddsmyndighet (IMY) ✓' } });
    // Every byte a chunk of its own: the dash and the tick are three bytes each.
    b.sendBytes(bytes, Array.from({ length: bytes.length - 1 }, (_, i) => i + 1));
    await expect(answer).resolves.toEqual({ value: 'Integritetspolicy – Sveriges Integritetsskyddsmyndighet (IMY) ✓' });
  });

  it("gives events to listeners with their session, until they stop listening", () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const seen: CdpEvent[] = [];
    const stop = connection.onEvent((e) => seen.push(e));
    b.sendBytes(b.message({ method: 'Page.loadEventFired', params: { timestamp: 1 }, sessionId: 'S1' }));
    stop();
    b.sendBytes(b.message({ method: 'Page.loadEventFired', params: { timestamp: 2 }, sessionId: 'S1' }));
    expect(seen).toEqual([{ method: 'Page.loadEventFired', params: { timestamp: 1 }, sessionId: 'S1' }]);
  });

  it("rejects a command with Chromium's own reason when it refuses it", async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const refused = connection.send('Page.printToPDF', {}, 'S1');
    b.sendBytes(b.message({ id: 1, error: { code: -32000, message: 'Printing failed' }, sessionId: 'S1' }));
    await expect(refused).rejects.toThrow('Chromium refused Page.printToPDF: Printing failed');
  });

  it('rejects a command that is not answered in time, naming it, instead of waiting for ever', async () => {
    vi.useFakeTimers();
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 5_000 });
    const stuck = connection.send('Page.printToPDF', {}, 'S1');
    const caught = stuck.catch((e: Error) => e.message);
    await vi.advanceTimersByTimeAsync(5_001);
    expect(await caught).toBe('Chromium did not answer Page.printToPDF within 5 s');
  });

  it("fails a crashed page's commands and no other page's", async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const crashed = connection.send('Page.printToPDF', {}, 'S1');
    const other = connection.send('Page.printToPDF', {}, 'S2');
    connection.fail('The page being printed crashed in Chromium', 'S1');
    await expect(crashed).rejects.toThrow('The page being printed crashed in Chromium (while waiting for Page.printToPDF)');
    expect(connection.closed).toBe(false);
    b.sendBytes(b.message({ id: 2, result: { stream: '1' }, sessionId: 'S2' }));
    await expect(other).resolves.toEqual({ stream: '1' });
  });

  it('fails everything waiting when the browser closes its side, tells who listens, and refuses new commands', async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const waiting = connection.send('IO.read', { handle: '1' }, 'S1');
    const reasons: string[] = [];
    connection.onClose((r) => reasons.push(r));
    b.reader.emit('close');
    await expect(waiting).rejects.toThrow('Chromium closed its connection (while waiting for IO.read)');
    expect(reasons).toEqual(['Chromium closed its connection']);
    expect(connection.closed).toBe(true);
    await expect(connection.send('Page.navigate')).rejects.toThrow('Chromium closed its connection (before Page.navigate)');
    // A listener that comes late hears at once.
    connection.onClose((r) => reasons.push(`late: ${r}`));
    expect(reasons).toEqual(['Chromium closed its connection', 'late: Chromium closed its connection']);
  });

  it('fails everything when Chromium writes something that is not JSON', async () => {
    const b = fakeBrowser();
    const connection = pipeConnection(b.writer, b.reader, { timeoutMs: 10_000 });
    const waiting = connection.send('Page.navigate', {}, 'S1');
    b.sendBytes(Buffer.from('not json\0'));
    await expect(waiting).rejects.toThrow('Chromium sent a message that is not JSON');
  });
});

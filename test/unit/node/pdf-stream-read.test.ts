import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readStream } from '../../../shared/node/chromium-pdf.ts';

/** A browser holding `bytes` in a stream, giving them out `piece` bytes a read, as base64 (or as text, when `text`). */
function browserWith(bytes: Buffer, piece: number, text = false) {
  let at = 0;
  const calls: string[] = [];
  const connection = {
    send: async (method: string, params: Record<string, unknown> = {}): Promise<Record<string, unknown>> => {
      calls.push(`${method} ${String(params.handle)}`);
      if (method === 'IO.close') return {};
      const part = bytes.subarray(at, at + piece);
      at += part.length;
      return { data: text ? part.toString('utf8') : part.toString('base64'), base64Encoded: !text, eof: at >= bytes.length };
    },
  };
  return { connection, calls };
}

describe('reading a printed PDF from the browser', () => {
  const pdf = randomBytes(300_000);

  it('gives back every byte in order, whether the buffer was sized too small, too large or not at all', async () => {
    for (const expected of [0, 1000, 200_000, 300_000, 1_000_000]) {
      const { connection, calls } = browserWith(pdf, 65_536);
      const read = await readStream(connection, 'session', 'stream-1', expected);
      expect(Buffer.from(read).equals(pdf)).toBe(true);
      expect(calls.at(-1)).toBe('IO.close stream-1');
      expect(calls.filter((c) => c.startsWith('IO.read'))).toHaveLength(Math.ceil(pdf.length / 65_536));
    }
  });

  it('reads a stream given as text, and an empty one', async () => {
    const text = Buffer.from('%PDF-1.4\n% Nordlys Software AB – integritetspolicy\n%%EOF\n');
    expect(Buffer.from(await readStream(browserWith(text, 10, true).connection, 's', 'h')).equals(text)).toBe(true);
    expect((await readStream(browserWith(Buffer.alloc(0), 10).connection, 's', 'h')).byteLength).toBe(0);
  });
});

import { isName, type PdfDict } from './pdf-objects.ts';
import type { PdfDocument } from './pdf-reader.ts';

/**
 * Stream data in and out of a printed PDF, for what the post-processing
 * rewrites: decoded for the filters Chromium writes, and streams to write
 * over the printed ones in an update (`withPdfMetadata`).
 */

/**
 * zlib streams (FlateDecode) both ways. By default the web's
 * (De)CompressionStream, which run anywhere; Node's zlib where the host has
 * it (`nativeFlate`): the web streams' first use loads their JavaScript,
 * 50–90 ms of a CLI export against 4–9 ms.
 */
export interface FlateCodec {
  inflate(data: Uint8Array): Promise<Uint8Array>;
  deflate(data: Uint8Array): Promise<Uint8Array>;
}

export const webFlate: FlateCodec = {
  inflate: (data) => transformed(data, new DecompressionStream('deflate')),
  deflate: (data) => transformed(data, new CompressionStream('deflate')),
};

/** A stream object to write in place of the printed one: the same number, a new dictionary and data. */
export interface ReplacedStream {
  num: number;
  gen: number;
  /** The stream's dictionary, without /Length (the writer adds it). */
  dict: PdfDict;
  data: Uint8Array;
}

/**
 * The bytes of a stream decoded, for the filters Chromium writes: none, or
 * FlateDecode. Null for anything else, and for a stream that does not
 * decode (damaged, or not a stream at all): the caller then does without it.
 */
export async function decodedStream(doc: PdfDocument, num: number, flate: FlateCodec): Promise<{ dict: PdfDict; bytes: Uint8Array } | null> {
  try {
    const stream = doc.stream(num);
    if (!stream) return null;
    const filter = doc.resolve(stream.dict.entries.get('Filter'));
    if (filter === undefined) return { dict: stream.dict, bytes: stream.data };
    if (!isName(filter, 'FlateDecode') || stream.dict.entries.has('DecodeParms')) return null;
    return { dict: stream.dict, bytes: await flate.inflate(stream.data) };
  } catch {
    return null;
  }
}

/** Bytes through a (de)compression stream: the web's, so this runs in Node, Electron and a browser alike. */
async function transformed(bytes: Uint8Array, transform: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  // The PDF's bytes are never in shared memory: the cast only says so to the DOM types.
  const out = new Response(new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(transform));
  return new Uint8Array(await out.arrayBuffer());
}

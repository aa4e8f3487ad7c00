import { Packer, type Document } from 'docx';
// fflate's browser build in every host: the node one imports worker_threads as it loads (3 ms of each CLI export)
// for its asynchronous API, which nothing here calls; the synchronous deflate is the same code in both.
import { deflateSync } from 'fflate/browser';

/**
 * Zips the parts of a Word package ourselves instead of through
 * `Packer.toArrayBuffer`, so the compressor can be the host's: in Node,
 * zlib's native deflate takes about 10 ms for a large policy's 1 MB
 * `document.xml`, where `docx`'s bundled JavaScript deflate (level 6, run
 * once in a one-shot CLI, before the JIT has warmed it) took 150 ms or more.
 * Where no native deflate is given (the renderer) fflate's level 1 is used:
 * the XML is so repetitive that the file is barely larger.
 */

/** A part compressed for its ZIP entry: raw DEFLATE (RFC 1951, no zlib or gzip wrapper) and the CRC-32 of the uncompressed bytes. */
export interface DeflatedPart {
  deflated: Uint8Array;
  crc32: number;
}

/** Compresses a part; a host's native zlib computes the CRC in the same pass (gzip's trailer holds it). */
export type DeflateRaw = (data: Uint8Array) => DeflatedPart;

/** A package part: XML text or bytes. */
export type PackagePart = string | Uint8Array;

/** The JavaScript deflate, for hosts without a native one. */
export const jsDeflateRaw: DeflateRaw = (data) => ({ deflated: deflateSync(data, { level: 1 }), crc32: crc32(data) });

/** The compiler `Packer` writes a document's parts with: not in `docx`'s public types, so reached for with a check. */
interface PartCompiler {
  compile(file: Document, prettify: undefined, overrides: readonly { path: string; data: string }[]): Map<string, PackagePart | ArrayBuffer>;
}

function packerCompiler(): PartCompiler | undefined {
  const compiler: unknown = (Packer as unknown as { compiler?: unknown }).compiler;
  return typeof compiler === 'object' && compiler !== null && typeof (compiler as Partial<PartCompiler>).compile === 'function' ? (compiler as PartCompiler) : undefined;
}

/**
 * The document as .docx bytes: its parts as `docx` writes them (no
 * prettifying), with `overrides` replacing or adding parts, zipped with
 * `deflateRaw`. Should a later `docx` hide its compiler, this falls back to
 * `Packer` and its own compression, so the export still works.
 */
export async function packDocx(file: Document, overrides: readonly { path: string; data: string }[], deflateRaw: DeflateRaw = jsDeflateRaw): Promise<Uint8Array> {
  const compiler = packerCompiler();
  if (!compiler) return new Uint8Array(await Packer.toArrayBuffer(file, false, [...overrides]));
  return zipParts(compiler.compile(file, undefined, overrides), deflateRaw);
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 of the bytes, as ZIP stores it for each entry. */
export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1 January 1980, 00:00, the earliest MS-DOS date: every entry gets it, so the same document gives the same bytes. */
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const DOS_TIME = 0;
/** Bit 11 of the flags: the entry's name is UTF-8. */
const UTF8_NAMES = 0x0800;
const DEFLATE = 8;
const STORE = 0;

interface Entry {
  name: Uint8Array;
  data: Uint8Array;
  method: number;
  crc: number;
  size: number;
  offset: number;
}

/**
 * A ZIP archive of the parts, in their order ([Content_Types].xml may come
 * anywhere: Word and LibreOffice find it by name). Each part is deflated,
 * or stored when deflating would not make it smaller. No ZIP64: a policy's
 * parts are far below 4 GiB.
 */
export function zipParts(parts: ReadonlyMap<string, PackagePart | ArrayBuffer>, deflateRaw: DeflateRaw): Uint8Array {
  const encoder = new TextEncoder();
  const entries: Entry[] = [];
  let offset = 0;
  for (const [path, part] of parts) {
    const bytes = typeof part === 'string' ? encoder.encode(part) : part instanceof Uint8Array ? part : new Uint8Array(part);
    const { deflated, crc32: crc } = deflateRaw(bytes);
    const stored = deflated.length >= bytes.length;
    const name = encoder.encode(path);
    entries.push({ name, data: stored ? bytes : deflated, method: stored ? STORE : DEFLATE, crc, size: bytes.length, offset });
    offset += 30 + name.length + (stored ? bytes.length : deflated.length);
  }
  const directorySize = entries.reduce((n, e) => n + 46 + e.name.length, 0);
  const out = new Uint8Array(offset + directorySize + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const u16 = (value: number): void => {
    view.setUint16(at, value, true);
    at += 2;
  };
  const u32 = (value: number): void => {
    view.setUint32(at, value, true);
    at += 4;
  };
  const common = (e: Entry): void => {
    u16(UTF8_NAMES);
    u16(e.method);
    u16(DOS_TIME);
    u16(DOS_DATE);
    u32(e.crc);
    u32(e.data.length);
    u32(e.size);
    u16(e.name.length);
    u16(0); // no extra field
  };
  for (const e of entries) {
    u32(0x04034b50); // local file header
    u16(20); // version needed: 2.0 (deflate)
    common(e);
    out.set(e.name, at);
    at += e.name.length;
    out.set(e.data, at);
    at += e.data.length;
  }
  const directoryStart = at;
  for (const e of entries) {
    u32(0x02014b50); // central directory header
    u16(20); // made by: MS-DOS attributes, version 2.0
    u16(20);
    common(e);
    u16(0); // no comment
    u16(0); // disk 0
    u16(0); // internal attributes
    u32(0); // external attributes
    u32(e.offset);
    out.set(e.name, at);
    at += e.name.length;
  }
  u32(0x06054b50); // end of central directory
  u16(0);
  u16(0);
  u16(entries.length);
  u16(entries.length);
  u32(directorySize);
  u32(directoryStart);
  u16(0);
  return out;
}

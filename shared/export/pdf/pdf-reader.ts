import { PdfFormatError, PdfLexer, decodePdfText, isDict, isName, isRef, isString, type PdfDict, type PdfRef, type PdfValue } from './pdf-objects.ts';

/**
 * Reads what the PDF post-processing needs from a printed PDF: its trailer,
 * objects by number, the order of its pages and its named destinations.
 * Handles classic cross-reference tables and incremental updates, which is
 * what Chromium's (and so Electron's) PDF writer produces; a file with
 * cross-reference streams (PDF 1.5 compression) is refused with a
 * `PdfFormatError` rather than misread.
 */
export interface PdfDocument {
  readonly byteLength: number;
  /** The newest trailer dictionary. */
  readonly trailer: PdfDict;
  /** Where the newest cross-reference section starts, for the `/Prev` of an update. */
  readonly startxref: number;
  /** The object `num`, or null when the file has no such object. */
  object(num: number): PdfValue;
  /** `value` itself, or the object it refers to. */
  resolve(value: PdfValue | undefined): PdfValue | undefined;
  /** The document catalog. */
  catalog(): PdfDict;
  /** The page objects' numbers in page order. */
  pageNumbers(): number[];
  /** The stream object `num`: its dictionary and its data as stored (still encoded), or null when `num` is no stream. */
  stream(num: number): PdfStream | null;
}

/** A stream object as stored: the dictionary, and the bytes between `stream` and `endstream`, not decoded. */
export interface PdfStream {
  dict: PdfDict;
  data: Uint8Array;
}

/** Node's Buffer, where this runs in Node (the CLI, the app's main process): the one way to decode Latin-1 at memory speed. */
const NodeBuffer = (globalThis as unknown as { Buffer?: { from(buffer: ArrayBufferLike, offset: number, length: number): { toString(encoding: 'latin1'): string } } }).Buffer;

/**
 * Bytes → a string of one character per byte, so offsets in it are byte
 * offsets. In Node, Buffer's Latin-1 decoding, eight times quicker than
 * TextDecoder's on a large policy's 2.5 MB PDF. Elsewhere the WHATWG
 * "latin1" decoder, which is windows-1252: it maps 27 bytes of 0x80–0x9F to
 * other characters but still one each, so the structure reads the same, and
 * `PdfLexer` maps those characters back inside strings.
 */
export function byteString(bytes: Uint8Array): string {
  if (NodeBuffer) return NodeBuffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return new TextDecoder('latin1').decode(bytes);
}

/** The number written in `length` ASCII digits at `at`, or -1 where one of them is not a digit. */
function digitsAt(text: string, at: number, length: number): number {
  let n = 0;
  for (let i = at; i < at + length; i++) {
    const d = text.charCodeAt(i) - 0x30;
    if (!(d >= 0 && d <= 9)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * Parses the cross-reference table that `text` starts with, read from byte
 * `base` of the file: object number → byte offset of entries in use, and the
 * section's trailer.
 */
function readXrefSection(text: string, base: number, into: Map<number, number>): PdfDict {
  const lexer = new PdfLexer(text, 0);
  if (!lexer.keyword('xref')) {
    throw new PdfFormatError(`no cross-reference table at ${base} (cross-reference streams are not supported)`);
  }
  for (;;) {
    lexer.skipSpace();
    if (lexer.keyword('trailer')) break;
    const first = lexer.value();
    const count = lexer.value();
    if (typeof first !== 'number' || typeof count !== 'number') throw new PdfFormatError(`bad cross-reference subsection at ${base + lexer.pos}`);
    for (let i = 0; i < count; i++) {
      lexer.skipSpace();
      // "0000012345 00000 n": a ten-digit offset, a five-digit generation and n (in use) or f (free). Read in
      // place rather than by a regular expression on a slice: a large policy's PDF has 15,000 of them.
      const at = lexer.pos;
      const offset = digitsAt(text, at, 10);
      const kind = text.charCodeAt(at + 17);
      if (offset < 0 || text.charCodeAt(at + 10) !== 0x20 || digitsAt(text, at + 11, 5) < 0 || text.charCodeAt(at + 16) !== 0x20 || (kind !== 0x6e && kind !== 0x66)) {
        throw new PdfFormatError(`bad cross-reference entry at ${base + at}`);
      }
      lexer.pos += 18;
      // An update's entries win over the older sections read after it.
      if (kind === 0x6e && !into.has(first + i)) into.set(first + i, offset);
    }
  }
  const trailer = lexer.value();
  if (!isDict(trailer)) throw new PdfFormatError('the trailer is not a dictionary');
  return trailer;
}

/** The first of `sorted` (ascending) greater than `offset`, or `end`. */
function nextAfter(sorted: Float64Array, offset: number, end: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length ? sorted[lo]! : end;
}

/**
 * Reads a PDF's structure; objects are parsed when asked for. Only the parts
 * read become text: the cross-reference sections, and each object asked for
 * from its offset to the next object's. A large policy's PDF is 2.5 MB, and
 * a string of all of it (a draft and a final print of every language) went
 * straight to the old generation of the heap, to wait there for a full
 * collection: most of a twelve-language export's memory.
 */
export function readPdf(bytes: Uint8Array): PdfDocument {
  const end = bytes.byteLength;
  const text = (from: number, to: number): string => byteString(bytes.subarray(from, to));
  const tail = text(Math.max(0, end - 2048), end);
  const found = [...tail.matchAll(/startxref\s+(\d+)/g)].at(-1);
  if (!found) throw new PdfFormatError('no startxref at the end of the file');
  const startxref = Number(found[1]);
  if (startxref >= end) throw new PdfFormatError(`startxref ${startxref} is past the end of the file`);
  const offsets = new Map<number, number>();
  // Each section reads up to the next one after it, or to the end: they are apart from the objects (Chromium writes one, at the end; an update appends another).
  const sections: number[] = [startxref];
  const section = (at: number): PdfDict => {
    const following = sections.filter((s) => s > at);
    return readXrefSection(text(at, following.length ? Math.min(...following) : end), at, offsets);
  };
  const trailer = section(startxref);
  for (let prev = trailer.entries.get('Prev'); typeof prev === 'number' && !sections.includes(prev) && prev >= 0 && prev < end; ) {
    sections.push(prev);
    prev = section(prev).entries.get('Prev');
  }
  // Where each object ends: where the next thing in the file (an object, a section) starts.
  let boundaries: Float64Array | undefined;
  const objectEnd = (offset: number): number => {
    boundaries ??= Float64Array.from([...offsets.values(), ...sections]).sort();
    return nextAfter(boundaries, offset, end);
  };
  const cache = new Map<number, PdfValue>();

  /** A lexer over object `num`, just past its `num gen obj`, and the object's offset; null when the file has no such object. */
  const objectLexer = (num: number): { lexer: PdfLexer; offset: number } | null => {
    const offset = offsets.get(num);
    if (offset === undefined) return null;
    if (offset >= end) throw new PdfFormatError(`object ${num} is not at ${offset}`);
    const lexer = new PdfLexer(text(offset, objectEnd(offset)), 0);
    const head = [lexer.value(), lexer.value()];
    if (head[0] !== num || typeof head[1] !== 'number' || !lexer.keyword('obj')) throw new PdfFormatError(`object ${num} is not at ${offset}`);
    return { lexer, offset };
  };
  const object = (num: number): PdfValue => {
    const cached = cache.get(num);
    if (cached !== undefined) return cached;
    const at = objectLexer(num);
    if (!at) return null;
    const value = at.lexer.value();
    cache.set(num, value);
    return value;
  };
  const resolve = (value: PdfValue | undefined): PdfValue | undefined => (isRef(value) ? object(value.num) : value);
  const stream = (num: number): PdfStream | null => {
    const at = objectLexer(num);
    if (!at) return null;
    const { lexer, offset } = at;
    const dict = lexer.value();
    if (!isDict(dict) || !lexer.keyword('stream')) return null;
    // The keyword is followed by CR LF or LF (§7.3.8.1), then the data, /Length bytes of it.
    if (lexer.text[lexer.pos] === '\r') lexer.pos++;
    if (lexer.text[lexer.pos] === '\n') lexer.pos++;
    const length = resolve(dict.entries.get('Length'));
    const from = offset + lexer.pos;
    if (typeof length !== 'number' || length < 0 || from + length > end) throw new PdfFormatError(`stream ${num} has no usable /Length`);
    return { dict, data: bytes.subarray(from, from + length) };
  };

  const doc: PdfDocument = {
    byteLength: end,
    trailer,
    startxref,
    object,
    resolve,
    stream,
    catalog() {
      const catalog = resolve(trailer.entries.get('Root'));
      if (!isDict(catalog)) throw new PdfFormatError('no document catalog');
      return catalog;
    },
    pageNumbers() {
      const pages: number[] = [];
      const visit = (ref: PdfValue | undefined, depth: number): void => {
        if (!isRef(ref) || depth > 64) return;
        const node = object(ref.num);
        if (!isDict(node)) return;
        if (isName(node.entries.get('Type'), 'Page')) {
          pages.push(ref.num);
          return;
        }
        const kids = resolve(node.entries.get('Kids'));
        if (Array.isArray(kids)) for (const kid of kids) visit(kid, depth + 1);
      };
      visit(doc.catalog().entries.get('Pages'), 0);
      return pages;
    },
  };
  return doc;
}

/** The page reference a destination starts with: `[page /XYZ …]`, or a dictionary `<< /D [page …] >>`. */
function destinationPage(doc: PdfDocument, dest: PdfValue | undefined): PdfRef | undefined {
  const value = doc.resolve(dest);
  if (Array.isArray(value)) return isRef(value[0]) ? value[0] : undefined;
  if (isDict(value)) return destinationPage(doc, value.entries.get('D'));
  return undefined;
}

/**
 * The page (1-based) each named destination points at, by name. Chromium
 * writes one for every element a link in the page points at (`href="#id"`),
 * in the catalog's `/Dests`; a name tree under `/Names /Dests` is read too.
 */
export function namedDestinationPages(doc: PdfDocument): Map<string, number> {
  const pageIndex = new Map(doc.pageNumbers().map((num, i) => [num, i + 1]));
  const result = new Map<string, number>();
  const add = (name: string, dest: PdfValue | undefined): void => {
    const page = destinationPage(doc, dest);
    const index = page ? pageIndex.get(page.num) : undefined;
    if (index !== undefined) result.set(name, index);
  };
  const catalog = doc.catalog();
  const dests = doc.resolve(catalog.entries.get('Dests'));
  if (isDict(dests)) for (const [name, dest] of dests.entries) add(name, dest);
  const names = doc.resolve(catalog.entries.get('Names'));
  const visit = (node: PdfValue | undefined, depth: number): void => {
    const tree = doc.resolve(node);
    if (!isDict(tree) || depth > 32) return;
    const leaf = doc.resolve(tree.entries.get('Names'));
    if (Array.isArray(leaf)) {
      for (let i = 0; i + 1 < leaf.length; i += 2) {
        const key = leaf[i];
        if (isString(key)) add(decodePdfText(key), leaf[i + 1]);
      }
    }
    const kids = doc.resolve(tree.entries.get('Kids'));
    if (Array.isArray(kids)) for (const kid of kids) visit(kid, depth + 1);
  };
  if (isDict(names)) visit(names.entries.get('Dests'), 0);
  return result;
}

import { isDict, isName, isRef, type PdfDict, type PdfValue } from './pdf-objects.ts';
import { byteString, type PdfDocument } from './pdf-reader.ts';
import { decodedStream, type FlateCodec } from './pdf-streams.ts';

/**
 * What a printed PDF's fonts say about their glyphs, for rewriting text in
 * place: which character each glyph code stands for (ToUnicode, ISO
 * 32000-1 §9.10.3) and how far it advances (§9.7.4.3). Only Type 0 fonts
 * with two-byte codes (Identity-H), which Chromium's writer uses for text.
 */

/** A Type 0 font's code → Unicode text (ToUnicode) and code → advance width (/W, /DW, in 1/1000 of the size). */
export interface FontInfo {
  unicode: Map<number, string>;
  width: (code: number) => number;
}

/** UTF-16BE in hex, as a CMap writes a destination. */
function utf16Hex(hex: string): string {
  let out = '';
  for (let i = 0; i + 4 <= hex.length; i += 4) out += String.fromCharCode(parseInt(hex.slice(i, i + 4), 16));
  return out;
}

/** A ToUnicode CMap's mappings (§9.10.3): `bfchar` pairs and `bfrange`s, with one destination or an array of them. */
export function parseToUnicode(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const section of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, src, dst] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]*)>/g)) map.set(parseInt(src!, 16), utf16Hex(dst!));
  }
  for (const section of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, lo, hi, dst, list] of section[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]*)>|\[([^\]]*)\])/g)) {
      const first = parseInt(lo!, 16);
      const last = parseInt(hi!, 16);
      if (last - first > 0xffff) continue;
      if (dst !== undefined) {
        const base = utf16Hex(dst);
        const head = base.slice(0, -1);
        const tail = base.charCodeAt(base.length - 1);
        for (let c = first; c <= last; c++) map.set(c, head + String.fromCharCode(tail + c - first));
      } else {
        const items = [...list!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((m) => utf16Hex(m[1]!));
        items.forEach((text, i) => map.set(first + i, text));
      }
    }
  }
  return map;
}

/** A CIDFont's advance widths (§9.7.4.3): `/W [c [w1 w2 …] cFirst cLast w …]`, and /DW for the rest. */
function widthsOf(descendant: PdfDict, doc: PdfDocument): (code: number) => number {
  const dw = doc.resolve(descendant.entries.get('DW'));
  const fallback = typeof dw === 'number' ? dw : 1000;
  const widths = new Map<number, number>();
  const w = doc.resolve(descendant.entries.get('W'));
  if (Array.isArray(w)) {
    for (let i = 0; i < w.length; ) {
      const first = w[i];
      const next = doc.resolve(w[i + 1]);
      if (typeof first !== 'number') break;
      if (Array.isArray(next)) {
        next.forEach((width, j) => typeof width === 'number' && widths.set(first + j, width));
        i += 2;
      } else {
        const last = next;
        const width = w[i + 2];
        if (typeof last !== 'number' || typeof width !== 'number' || last - first > 0xffff) break;
        for (let c = first; c <= last; c++) widths.set(c, width);
        i += 3;
      }
    }
  }
  return (code) => widths.get(code) ?? fallback;
}

/** A Type 0 font with two-byte codes: its ToUnicode map and widths; null for any other font. */
export async function fontInfo(doc: PdfDocument, ref: PdfValue | undefined, flate: FlateCodec): Promise<FontInfo | null> {
  const font = doc.resolve(ref);
  if (!isDict(font) || !isName(font.entries.get('Subtype'), 'Type0') || !isName(font.entries.get('Encoding'), 'Identity-H')) return null;
  const descendants = doc.resolve(font.entries.get('DescendantFonts'));
  const descendant = Array.isArray(descendants) ? doc.resolve(descendants[0]) : undefined;
  const toUnicode = font.entries.get('ToUnicode');
  if (!isDict(descendant) || !isRef(toUnicode)) return null;
  const cmap = await decodedStream(doc, toUnicode.num, flate);
  if (!cmap) return null;
  return { unicode: parseToUnicode(byteString(cmap.bytes)), width: widthsOf(descendant, doc) };
}

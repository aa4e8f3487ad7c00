import { fontInfo, type FontInfo } from './pdf-fonts.ts';
import { isDict, isRef, type PdfDict, type PdfRef, type PdfValue } from './pdf-objects.ts';
import { byteString, type PdfDocument } from './pdf-reader.ts';
import { decodedStream, webFlate, type FlateCodec, type ReplacedStream } from './pdf-streams.ts';

/**
 * The contents' page numbers written into a policy PDF after it was printed,
 * so that one print does what a draft and a final print did: 0.5–0.7 s of a
 * two-language export of the large project here (3.2 → 2.6 s).
 *
 * The page is printed with a placeholder of two digits in each contents
 * entry's number box (`.toc-page`, a fixed width, right-aligned, unkerned:
 * "11" is kerned in Liberation Sans), so a number of one or two digits takes
 * the same room, nothing else moves, and a number's width is its glyphs'. The
 * placeholders between them hold every digit ("01", "23", … "89"), so the
 * print engine embeds each digit's glyph in the font it subsets, in the
 * contents' own font and features, and its ToUnicode map says which glyph is
 * which digit. Afterwards each placeholder's text block in the contents
 * pages is rewritten with the real number's glyphs, moved right by the width
 * it gives up, as Chromium's PDF writer (Skia) draws such a block:
 *
 *     BT /F4 14 Tf 1 0 0 -1 628.42 145 Tm <00130014> Tj ET
 *
 * (or a `Tj` per glyph with `Td` between). What is not recognised, a
 * number of three digits, or placeholders not all found in order at one
 * right edge, returns null:
 * the caller prints again with the numbers in the page instead, as before.
 */

/** Two digits each, every digit among the first five: the width of the widest number the box is laid out for. */
const PLACEHOLDERS = ['01', '23', '45', '67', '89'] as const;

/** The placeholder printed in the number box of each of `count` contents entries. */
export function contentsPlaceholders(count: number): string[] {
  return Array.from({ length: count }, (_, i) => PLACEHOLDERS[i % PLACEHOLDERS.length]!);
}

/** A font as a page names it: the font object's number, and what is read from it (null: not a font the numbers are in). */
interface PageFont {
  ref: number;
  info: FontInfo | null;
}

/** What the text of a contents entry's number box looks like in the page: where it stands, its font and its glyphs. */
interface NumberBlock {
  /** Where the block starts and ends in the page's decoded content stream. */
  start: number;
  end: number;
  /** The font's resource name on the page, and its object number (the same font may be named differently on another page). */
  font: string;
  fontRef: number;
  size: string;
  /** The right edge of the text, in text space: where the new number must end. */
  right: number;
  y: string;
  /** The characters the glyphs stand for (ToUnicode), and the glyphs' codes. */
  text: string;
  codes: number[];
}

/**
 * A text block as Skia writes it for one run of glyphs: font, a text matrix
 * that only moves (the page's matrix flips y), and one hex string or one
 * per glyph, each after the first moved by `Td`.
 */
const TEXT_BLOCK = /BT\n\/([A-Za-z0-9]+) ([0-9.]+) Tf\n1 0 0 -1 (-?[0-9.]+) (-?[0-9.]+) Tm\n((?:(?:-?[0-9.]+ 0 Td )?<[0-9A-Fa-f]+> Tj\n)+)ET/g;
const GLYPH_STEP = /(?:(-?[0-9.]+) 0 Td )?<([0-9A-Fa-f]+)> Tj\n/g;

/** A hex string of two-byte codes (Identity-H), or null when its length is not a whole number of codes. */
function codesOf(hex: string): number[] | null {
  if (hex.length % 4 !== 0) return null;
  const codes: number[] = [];
  for (let i = 0; i < hex.length; i += 4) codes.push(parseInt(hex.slice(i, i + 4), 16));
  return codes;
}

/** A number as a PDF content stream writes it: no exponent, at most five decimals. */
function pdfNumber(n: number): string {
  const fixed = n.toFixed(5).replace(/\.?0+$/, '');
  return fixed === '-0' ? '0' : fixed;
}

/** The text blocks of one page's content stream that show a placeholder's digits, in the order drawn. */
function numberBlocks(content: string, fonts: ReadonlyMap<string, PageFont>): NumberBlock[] {
  const blocks: NumberBlock[] = [];
  for (const m of content.matchAll(TEXT_BLOCK)) {
    const [whole, font, size, x, y, steps] = m as unknown as [string, string, string, string, string, string];
    const pageFont = fonts.get(font);
    if (!pageFont?.info) continue;
    const { info } = pageFont;
    const codes: number[] = [];
    // `Td` moves from the start of the line (the last Tm or Td), not from where the glyphs shown since ended (§9.4.2).
    let lineStart = Number(x);
    let pen = lineStart;
    let valid = true;
    for (const [, dx, hex] of steps.matchAll(GLYPH_STEP)) {
      const stepCodes = codesOf(hex!);
      if (!stepCodes) valid = false;
      if (dx !== undefined) lineStart += Number(dx);
      pen = lineStart;
      for (const code of stepCodes ?? []) {
        codes.push(code);
        pen += (info.width(code) * Number(size)) / 1000;
      }
    }
    if (!valid || codes.length === 0) continue;
    const text = codes.map((c) => info.unicode.get(c) ?? '\uFFFD').join('');
    if (!/^[0-9]{2}$/.test(text)) continue;
    blocks.push({ start: m.index, end: m.index + whole.length, font, fontRef: pageFont.ref, size, right: pen, y, text, codes });
  }
  return blocks;
}

/** A number block found for a contents entry, and the page number it is to show. */
interface Entry {
  block: NumberBlock;
  number: number;
}

/**
 * A contents page's content stream with each entry's block showing its page
 * number, right-aligned where the placeholder ended; null when a number needs
 * a digit no placeholder showed, which has no glyph in the font the print
 * engine embedded.
 */
function withNumbers(content: string, entries: readonly Entry[], fonts: ReadonlyMap<string, PageFont>, digitCodes: ReadonlyMap<number, ReadonlyMap<string, number>>): string | null {
  let rewritten = '';
  let at = 0;
  for (const { block, number } of entries) {
    const info = fonts.get(block.font)!.info!;
    const codes = [...String(number)].map((d) => digitCodes.get(block.fontRef)?.get(d));
    if (codes.some((c) => c === undefined)) return null;
    const width = codes.reduce<number>((sum, c) => sum + (info.width(c!) * Number(block.size)) / 1000, 0);
    const hex = codes.map((c) => c!.toString(16).toUpperCase().padStart(4, '0')).join('');
    rewritten += content.slice(at, block.start);
    rewritten += `BT\n/${block.font} ${block.size} Tf\n1 0 0 -1 ${pdfNumber(block.right - width)} ${block.y} Tm\n<${hex}> Tj\nET`;
    at = block.end;
  }
  return rewritten + content.slice(at);
}

/**
 * The printed policy's contents pages with the real page numbers in place of
 * the placeholders, as streams to write over the pages' content streams; or
 * null when the numbers cannot be written in place (see above). `numbers`
 * are the contents entries' pages in the contents' order, and `placeholders`
 * what was printed for them (`contentsPlaceholders`).
 */
export async function contentsPagesInPlace(
  doc: PdfDocument,
  placeholders: readonly string[],
  numbers: readonly number[],
  flate: FlateCodec = webFlate,
): Promise<ReplacedStream[] | null> {
  if (placeholders.length !== numbers.length || numbers.length === 0) return null;
  if (numbers.some((n) => !Number.isInteger(n) || n < 1 || n > 99)) return null;
  const pageNums = doc.pageNumbers();
  /** The contents pages' content streams as printed, and the number blocks found in each. */
  const found: { ref: PdfRef; content: string; fonts: Map<string, PageFont>; mine: Entry[] }[] = [];
  let next = 0;
  /** The glyph code of each digit, learned from the placeholders, by font object. */
  const digitCodes = new Map<number, Map<string, number>>();
  /** Fonts read so far, by object number: the contents pages share theirs. */
  const seenFonts = new Map<number, PageFont>();
  /** The first placeholder found: the right edge, font and size of every number box. */
  let first: NumberBlock | undefined;
  // The contents end before the first section they list starts, so only the pages up to there are read.
  const lastPage = Math.min(pageNums.length, Math.min(...numbers));
  for (let p = 0; p < lastPage && next < placeholders.length; p++) {
    const page = doc.object(pageNums[p]!);
    if (!isDict(page)) return null;
    const contentsRef = page.entries.get('Contents');
    if (!isRef(contentsRef)) return null;
    const resources = doc.resolve(page.entries.get('Resources'));
    const fontDict = isDict(resources) ? doc.resolve(resources.entries.get('Font')) : undefined;
    const fonts = new Map<string, PageFont>();
    if (isDict(fontDict)) {
      for (const [name, ref] of fontDict.entries) {
        if (!isRef(ref)) continue;
        const font = seenFonts.get(ref.num) ?? { ref: ref.num, info: await fontInfo(doc, ref, flate) };
        seenFonts.set(ref.num, font);
        fonts.set(name, font);
      }
    }
    const decoded = await decodedStream(doc, contentsRef.num, flate);
    if (!decoded) return null;
    const content = byteString(decoded.bytes);
    const blocks = numberBlocks(content, fonts);
    if (blocks.length === 0) continue;
    const mine: Entry[] = [];
    for (const block of blocks) {
      if (next === placeholders.length) break;
      // Other two-digit texts are passed over: the running footer's "of 11", drawn before the page's content, say.
      // Every number box ends at the same right edge, in the same font and size, so the first placeholder found
      // fixes where the others must be; one found elsewhere is not taken for an entry's.
      if (block.text !== placeholders[next]) continue;
      if (first && (block.fontRef !== first.fontRef || block.size !== first.size || Math.abs(block.right - first.right) > 0.01)) continue;
      first ??= block;
      const codes = digitCodes.get(block.fontRef) ?? new Map<string, number>();
      digitCodes.set(block.fontRef, codes);
      for (let i = 0; i < block.text.length; i++) {
        const known = codes.get(block.text[i]!);
        if (known !== undefined && known !== block.codes[i]) return null;
        codes.set(block.text[i]!, block.codes[i]!);
      }
      mine.push({ block, number: numbers[next]! });
      next++;
    }
    if (mine.length > 0) found.push({ ref: contentsRef, content, fonts, mine });
  }
  if (next < placeholders.length) return null;
  // Written once every placeholder is found: a digit of page 1's numbers may show only in a placeholder on page 2.
  const replaced: ReplacedStream[] = [];
  for (const { ref, content, fonts, mine } of found) {
    const rewritten = withNumbers(content, mine, fonts, digitCodes);
    if (rewritten === null) return null;
    const plain = Uint8Array.from(rewritten, (ch) => ch.charCodeAt(0));
    const data = await flate.deflate(plain);
    const dict: PdfDict = { kind: 'dict', entries: new Map<string, PdfValue>([['Filter', { kind: 'name', name: 'FlateDecode' }]]) };
    replaced.push({ num: ref.num, gen: ref.gen, dict, data });
  }
  return replaced;
}

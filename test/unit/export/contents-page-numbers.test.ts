import { deflateSync, inflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { contentsPagesInPlace, contentsPlaceholders } from '../../../shared/export/pdf/contents-page-numbers.ts';
import { parseToUnicode } from '../../../shared/export/pdf/pdf-fonts.ts';
import { withPdfMetadata } from '../../../shared/export/pdf/pdf-metadata.ts';
import { isDict, isRef } from '../../../shared/export/pdf/pdf-objects.ts';
import { readPdf } from '../../../shared/export/pdf/pdf-reader.ts';
import { nativeFlate } from '../../../shared/node/writers.ts';

/**
 * A PDF drawn the way Chromium's writer (Skia) draws a printed policy's
 * contents: a Type 0 font with two-byte glyph codes, a ToUnicode map and
 * advance widths, and each number in a text block of its own. Digits are
 * glyphs 19–28 ("0"–"9"), 556/1000 wide; "1" is 500 wide, so a number's
 * width depends on its digits as in a font without tabular figures.
 */
const DIGIT = (d: number) => 19 + d;
const hex = (codes: number[]) => codes.map((c) => c.toString(16).toUpperCase().padStart(4, '0')).join('');
const digitsHex = (text: string) => hex([...text].map((d) => DIGIT(Number(d))));
const widthOf = (code: number) => (code === DIGIT(1) ? 500 : 556);

/** The width of digits at 14 pt. */
const widthAt14 = (text: string) => [...text].reduce((w, d) => w + (widthOf(DIGIT(Number(d))) * 14) / 1000, 0);

/** A number right-aligned at `right`, as Skia writes one run: one string, or (`perGlyph`) a string per glyph moved by Td. */
function block(right: number, y: number, text: string, perGlyph = false): string {
  const x = right - widthAt14(text);
  const codes = [...text].map((d) => DIGIT(Number(d)));
  if (!perGlyph) return `BT\n/F4 14 Tf\n1 0 0 -1 ${x} ${y} Tm\n<${hex(codes)}> Tj\nET`;
  const steps = codes.map((c, i) => `${i ? `${(widthOf(codes[i - 1]!) * 14) / 1000} 0 Td ` : ''}<${hex([c])}> Tj\n`).join('');
  return `BT\n/F4 14 Tf\n1 0 0 -1 ${x} ${y} Tm\n${steps}ET`;
}

/** The right edge of a block's text: where a right-aligned number ends. */
const rightEdge = (x: number, text: string) => x + widthAt14(text);

interface TestPdf {
  bytes: Uint8Array;
  /** The object number of each page's content stream. */
  contents: number[];
}

/** A PDF with a page per content stream, every page with the font above; objects laid out with a classic cross-reference table. */
function skiaLikePdf(pageContents: string[], destinations: Record<string, number> = {}): TestPdf {
  const objects: (string | { dict: string; data: Buffer })[] = [];
  const add = (o: string | { dict: string; data: Buffer }): number => objects.push(o);
  const catalog = add('');
  const pagesNum = add('');
  const cmap = `/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n1 beginbfchar\n<0003> <0020>\nendbfchar\n1 beginbfrange\n<0013> <001C> <0030>\nendbfrange\nendcmap\nend\nend`;
  const toUnicode = add({ dict: '/Filter /FlateDecode', data: deflateSync(cmap) });
  const descendant = add(`<</Type /Font /Subtype /CIDFontType2 /BaseFont /AAAAAA+LiberationSans /CIDToGIDMap /Identity /DW 0 /W [3 [278] 19 [556 500] 21 28 556]>>`);
  const font = add(`<</Type /Font /Subtype /Type0 /BaseFont /AAAAAA+LiberationSans /Encoding /Identity-H /DescendantFonts [${descendant} 0 R] /ToUnicode ${toUnicode} 0 R>>`);
  const contents = pageContents.map((c) => add({ dict: '/Filter /FlateDecode', data: deflateSync(Buffer.from(c, 'latin1')) }));
  const pages = contents.map((c) => add(`<</Type /Page /Parent ${pagesNum} 0 R /MediaBox [0 0 595 842] /Resources <</Font <</F4 ${font} 0 R>>>> /Contents ${c} 0 R>>`));
  const dests = Object.entries(destinations)
    .map(([name, page]) => `/${name} [${pages[page - 1]} 0 R /XYZ 0 800 0]`)
    .join(' ');
  objects[catalog - 1] = `<</Type /Catalog /Pages ${pagesNum} 0 R /Dests <<${dests}>>>>`;
  objects[pagesNum - 1] = `<</Type /Pages /Count ${pages.length} /Kids [${pages.map((p) => `${p} 0 R`).join(' ')}]>>`;
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(length);
    const chunk =
      typeof o === 'string'
        ? Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`, 'latin1')
        : Buffer.concat([Buffer.from(`${i + 1} 0 obj\n<<${o.dict} /Length ${o.data.length}>>\nstream\n`, 'latin1'), o.data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    parts.push(chunk);
    length += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<</Size ${objects.length + 1} /Root ${catalog} 0 R>>\nstartxref\n${length}\n%%EOF\n`;
  parts.push(Buffer.from(xref, 'latin1'));
  return { bytes: new Uint8Array(Buffer.concat(parts)), contents };
}

/** The decoded content stream of object `num` in a PDF, as the newest cross-reference section has it. */
function contentOf(bytes: Uint8Array, num: number): string {
  const stream = readPdf(bytes).stream(num);
  if (!stream) throw new Error(`no stream ${num}`);
  return inflateSync(stream.data).toString('latin1');
}

/** Each text block's x, y and decoded text (digits and spaces), in the order drawn. */
function numbersDrawn(content: string): { x: number; y: number; text: string }[] {
  return [...content.matchAll(/1 0 0 -1 ([0-9.]+) ([0-9.]+) Tm\n((?:[^\n]*Tj\n)+)ET/g)].map((m) => ({
    x: Number(m[1]),
    y: Number(m[2]),
    text: [...m[3]!.matchAll(/<([0-9A-F]+)>/g)]
      .map((h) => h[1]!)
      .join('')
      .match(/.{4}/g)!
      .map((c) => (parseInt(c, 16) === 3 ? ' ' : String(parseInt(c, 16) - 19)))
      .join(''),
  }));
}

describe('the contents page numbers written into a printed PDF', () => {
  const placeholders = contentsPlaceholders(6);

  it('prints placeholders of two digits that hold every digit between them', () => {
    expect(placeholders).toEqual(['01', '23', '45', '67', '89', '01']);
    expect(new Set(placeholders.join(''))).toEqual(new Set('0123456789'));
  });

  it('reads a ToUnicode map of single codes and of ranges', () => {
    const map = parseToUnicode('2 beginbfchar\n<0003> <0020>\n<0024> <00C5>\nendbfchar\n1 beginbfrange\n<0013> <001C> <0030>\nendbfrange\n1 beginbfrange\n<0040> <0041> [<0066006C> <0066>]\nendbfrange');
    expect(map.get(3)).toBe(' ');
    expect(map.get(0x24)).toBe('Å');
    expect(map.get(0x13)).toBe('0');
    expect(map.get(0x1c)).toBe('9');
    expect(map.get(0x40)).toBe('fl');
  });

  it('writes each number in place of its placeholder, ending where the placeholder ended, on every contents page', async () => {
    const title = 'BT\n/F4 24 Tf\n1 0 0 -1 20 40 Tm\n<00030003> Tj\nET';
    // Five entries on page 1 (one drawn a glyph at a time), the sixth on page 2, then the first section.
    const page1 = [title, ...placeholders.slice(0, 5).map((p, i) => block(600, 100 + 24 * i, p, i === 2))].join('\nq\n1 1 1 rg\nQ\n');
    const page2 = `${block(600, 100, placeholders[5]!)}\nBT\n/F4 14 Tf\n1 0 0 -1 20 200 Tm\n<00140015> Tj\nET`;
    const pdf = skiaLikePdf([page1, page2, 'q Q']);
    const numbers = [2, 3, 7, 11, 42, 61];
    const doc = readPdf(pdf.bytes);
    const replaced = await contentsPagesInPlace(doc, placeholders, numbers);
    expect(replaced?.map((r) => r.num)).toEqual(pdf.contents.slice(0, 2));
    const out = withPdfMetadata(pdf.bytes, { title: 'T', author: 'A', lang: 'en', producer: 'Policy Studio test' }, doc, replaced!);
    // The printed bytes stay; the update's streams are the ones a reader now reads.
    expect(out.subarray(0, pdf.bytes.byteLength)).toEqual(pdf.bytes);
    const drawn = [...numbersDrawn(contentOf(out, pdf.contents[0]!)), ...numbersDrawn(contentOf(out, pdf.contents[1]!))];
    expect(drawn.map((d) => d.text)).toEqual(['  ', '2', '3', '7', '11', '42', '61', '12']);
    const y = [40, 100, 124, 148, 172, 196, 100, 200];
    expect(drawn.map((d) => d.y)).toEqual(y);
    // Right-aligned: each number ends where the placeholders ended (to the rounding of five decimals), though "1" is narrower.
    const numbered = drawn.slice(1, 7);
    for (const d of numbered) expect(rightEdge(d.x, d.text)).toBeCloseTo(600, 4);
    // Everything else is as printed: the title and the section's text, and the drawing between.
    expect(contentOf(out, pdf.contents[0]!)).toContain(`${title}\nq\n1 1 1 rg\nQ\n`);
    expect(contentOf(out, pdf.contents[1]!)).toContain('1 0 0 -1 20 200 Tm\n<00140015> Tj');
  });

  it("passes over the running footer's numbers, drawn before each page's content, even one that reads as the next placeholder", async () => {
    const footer = (text: string) => `BT\n/F4 10.66 Tf\n1 0 0 -1 700 1065 Tm\n<${digitsHex(text)}> Tj\nET`;
    // "Page 1 of 23" then page 2's "Page 2 of 23", where the next placeholder is "23" too.
    const pdf = skiaLikePdf([`${footer('23')}\n${block(600, 100, '01')}`, `${footer('23')}\n${block(600, 100, '23')}`, 'q Q']);
    const replaced = await contentsPagesInPlace(readPdf(pdf.bytes), ['01', '23'], [3, 3]);
    expect(replaced).not.toBeNull();
    const out = withPdfMetadata(pdf.bytes, { title: 'T', author: 'A', lang: 'en', producer: 'P' }, readPdf(pdf.bytes), replaced!);
    for (const num of pdf.contents.slice(0, 2)) expect(numbersDrawn(contentOf(out, num)).map((d) => d.text)).toEqual(['23', '3']);
  });

  it("writes the same numbers with Node's zlib as with the web's compression streams", async () => {
    const five = placeholders.slice(0, 5);
    const doc = readPdf(skiaLikePdf([five.map((p, i) => block(600, 100 + 24 * i, p)).join('\n'), 'q Q']).bytes);
    const [web, native] = await Promise.all([contentsPagesInPlace(doc, five, [2, 9, 10, 40, 99]), contentsPagesInPlace(doc, five, [2, 9, 10, 40, 99], nativeFlate)]);
    expect(native).toHaveLength(1);
    expect(inflateSync(native![0]!.data).toString('latin1')).toBe(inflateSync(web![0]!.data).toString('latin1'));
    expect(numbersDrawn(inflateSync(native![0]!.data).toString('latin1')).map((d) => d.text)).toEqual(['2', '9', '10', '40', '99']);
  });

  it('declines, rather than fail the export, when a contents page does not decode', async () => {
    const five = placeholders.slice(0, 5);
    const pdf = skiaLikePdf([five.map((p, i) => block(600, 100 + 24 * i, p)).join('\n'), 'q Q']);
    // The first content stream's zlib data damaged in place (its length kept, so the file still reads).
    const bytes = pdf.bytes.slice();
    const at = Buffer.from(bytes).indexOf('stream\n', Buffer.from(bytes).indexOf(`${pdf.contents[0]} 0 obj`)) + 'stream\n'.length;
    bytes.fill(0x21, at, at + 8);
    for (const flate of [undefined, nativeFlate]) expect(await contentsPagesInPlace(readPdf(bytes), five, [2, 2, 2, 2, 2], flate)).toBeNull();
  });

  it('leaves the pages after the contents alone', async () => {
    const pdf = skiaLikePdf([placeholders.slice(0, 5).map((p, i) => block(600, 100 + 24 * i, p)).join('\n'), block(600, 100, '01')]);
    const replaced = await contentsPagesInPlace(readPdf(pdf.bytes), placeholders.slice(0, 5), [2, 2, 2, 2, 2]);
    expect(replaced?.map((r) => r.num)).toEqual([pdf.contents[0]]);
  });

  it('declines, so that the page is printed again with the numbers in it, when they cannot go in place', async () => {
    const five = placeholders.slice(0, 5);
    const page = five.map((p, i) => block(600, 100 + 24 * i, p)).join('\n');
    const doc = readPdf(skiaLikePdf([page, 'q Q']).bytes);
    expect(await contentsPagesInPlace(doc, five, [2, 2, 2, 2, 2])).not.toBeNull();
    // A number of three digits would be wider than the box the placeholders were laid out in.
    expect(await contentsPagesInPlace(doc, five, [2, 2, 2, 2, 100])).toBeNull();
    // A section that landed on no page.
    expect(await contentsPagesInPlace(doc, five, [2, 2, 0, 2, 2])).toBeNull();
    // Placeholders not where the contents should have them: out of order, or fewer than the entries.
    const swapped = readPdf(skiaLikePdf([[five[1], five[0], ...five.slice(2)].map((p, i) => block(600, 100 + 24 * i, p!)).join('\n'), 'q Q']).bytes);
    expect(await contentsPagesInPlace(swapped, five, [2, 2, 2, 2, 2])).toBeNull();
    expect(await contentsPagesInPlace(doc, contentsPlaceholders(6), [2, 2, 2, 2, 2, 2])).toBeNull();
    // A digit no placeholder showed has no glyph in the font's subset: two entries show only 0–3.
    const two = readPdf(skiaLikePdf([[block(600, 100, '01'), block(600, 124, '23')].join('\n'), 'q Q']).bytes);
    expect(await contentsPagesInPlace(two, ['01', '23'], [2, 3])).not.toBeNull();
    expect(await contentsPagesInPlace(two, ['01', '23'], [2, 7])).toBeNull();
    // Text not written as Skia writes it (here a TJ array) is not recognised, and so not found.
    const tj = readPdf(skiaLikePdf([five.map((p, i) => `BT\n/F4 14 Tf\n1 0 0 -1 600 ${100 + 24 * i} Tm\n[<${digitsHex(p)}>] TJ\nET`).join('\n'), 'q Q']).bytes);
    expect(await contentsPagesInPlace(tj, five, [2, 2, 2, 2, 2])).toBeNull();
  });

  it('reads a stream object with its dictionary and its stored bytes', () => {
    const pdf = skiaLikePdf(['BT ET']);
    const doc = readPdf(pdf.bytes);
    const stream = doc.stream(pdf.contents[0]!);
    expect(stream && isDict(stream.dict)).toBe(true);
    expect(inflateSync(stream!.data).toString('latin1')).toBe('BT ET');
    const page = doc.object(doc.pageNumbers()[0]!);
    expect(isDict(page) && isRef(page.entries.get('Contents'))).toBe(true);
    expect(doc.stream(doc.pageNumbers()[0]!)).toBeNull();
  });
});

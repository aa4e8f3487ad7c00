import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PdfLexer, decodePdfText, isDict, isString, pdfTextString, writePdfValue, type PdfValue } from '../../../shared/export/pdf/pdf-objects.ts';
import { withPdfMetadata } from '../../../shared/export/pdf/pdf-metadata.ts';
import { namedDestinationPages, readPdf } from '../../../shared/export/pdf/pdf-reader.ts';
import { minimalPdf } from '../../fixtures/minimal-pdf.ts';
import { hasTool } from './starter-policies.ts';

/** Reading and updating printed PDFs without a browser: the object syntax, destinations, and the metadata update. */

const parse = (text: string): PdfValue => new PdfLexer(text).value();

describe('PDF object syntax', () => {
  it('reads dictionaries, arrays, names, strings, numbers and references, and writes them back', () => {
    const value = parse('<</Type /Catalog /Kids [3 0 R 4 0 R] /Title (a \\(b\\) c\\051) /H <FEFF00E5> /N 1.5 /B true /Z null /Odd#20Name 7>>');
    expect(isDict(value)).toBe(true);
    if (!isDict(value)) return;
    expect(value.entries.get('Kids')).toEqual([
      { kind: 'ref', num: 3, gen: 0 },
      { kind: 'ref', num: 4, gen: 0 },
    ]);
    const title = value.entries.get('Title');
    expect(isString(title) && title.bytes).toBe('a (b) c)');
    const hex = value.entries.get('H');
    expect(isString(hex) && decodePdfText(hex)).toBe('å');
    expect(value.entries.get('Odd Name')).toBe(7);
    expect(parse(writePdfValue(value))).toEqual(value);
  });

  it('writes non-ASCII text as UTF-16 with a byte order mark, all in ASCII', () => {
    const text = 'Integritetspolicy – Åre Öl AB';
    const written = writePdfValue(pdfTextString(text));
    expect(written).toMatch(/^<FEFF[0-9A-F]+>$/);
    const back = parse(written);
    expect(isString(back) && decodePdfText(back)).toBe(text);
  });

  it('keeps bytes 0x80–0x9F of a literal string as bytes', () => {
    const doc = readPdf(minimalPdf({ creator: 'x\x96y' }));
    const info = doc.resolve(doc.trailer.entries.get('Info'));
    const creator = isDict(info) ? info.entries.get('Creator') : undefined;
    expect(isString(creator) && creator.bytes).toBe('x\x96y');
  });
});

describe('readPdf', () => {
  it('lists the pages in order and the page of every named destination', () => {
    const doc = readPdf(minimalPdf({ pages: 3, destinations: { about: 1, rights: 3, 'data-collected': 2 } }));
    expect(doc.pageNumbers()).toHaveLength(3);
    expect(Object.fromEntries(namedDestinationPages(doc))).toEqual({ about: 1, 'data-collected': 2, rights: 3 });
  });

  it('refuses a file without a cross-reference table rather than misread it', () => {
    expect(() => readPdf(new TextEncoder().encode('%PDF-1.7 fake'))).toThrow(/startxref/);
  });
});

describe('withPdfMetadata', () => {
  const meta = { title: 'Integritetspolicy – Stigvis', author: 'Stigvis Software AB', subject: 'Integritetspolicy', lang: 'sv', producer: 'Policy Studio 1.2.3' };

  it('appends an update with the information dictionary, XMP metadata and the language, keeping the printed bytes', () => {
    const original = minimalPdf({ pages: 2, destinations: { about: 2 } });
    const updated = withPdfMetadata(original, meta);
    expect(updated.subarray(0, original.byteLength)).toEqual(original);
    const doc = readPdf(updated);
    const info = doc.resolve(doc.trailer.entries.get('Info'));
    if (!isDict(info)) throw new Error('no info');
    const text = (key: string) => {
      const v = info.entries.get(key);
      return isString(v) ? decodePdfText(v) : undefined;
    };
    expect(text('Title')).toBe(meta.title);
    expect(text('Author')).toBe(meta.author);
    expect(text('Producer')).toBe('Policy Studio 1.2.3');
    expect(text('Creator')).toBe('Policy Studio 1.2.3');
    expect(text('CreationDate')).toBe("D:20250301120000+00'00'");
    const lang = doc.catalog().entries.get('Lang');
    expect(isString(lang) && lang.bytes).toBe('sv');
    // What the browser wrote is still there: pages, destinations, tags.
    expect(Object.fromEntries(namedDestinationPages(doc))).toEqual({ about: 2 });
    expect(doc.catalog().entries.get('MarkInfo')).toBeDefined();
  });

  it.skipIf(!hasTool('pdfinfo', ['-v']))('is read by poppler as the file’s metadata', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pdf-structure-'));
    try {
      const file = join(dir, 'meta.pdf');
      writeFileSync(file, withPdfMetadata(minimalPdf(), meta));
      const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
      expect(info).toMatch(/Title:\s+Integritetspolicy – Stigvis/);
      expect(info).toMatch(/Author:\s+Stigvis Software AB/);
      expect(info).toMatch(/Producer:\s+Policy Studio 1\.2\.3/);
      expect(info).not.toContain('HeadlessChrome');
      expect(info).toMatch(/Metadata Stream:\s+yes/);
      const xmp = execFileSync('pdfinfo', ['-meta', file], { encoding: 'utf8' });
      expect(xmp).toContain('<dc:language><rdf:Bag><rdf:li>sv</rdf:li></rdf:Bag></dc:language>');
      expect(xmp).toContain('<rdf:li>Stigvis Software AB</rdf:li>');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

import { describe, expect, it } from 'vitest';
import { PdfFormatError } from '../../../shared/export/pdf/pdf-objects.ts';
import { byteString, readPdf } from '../../../shared/export/pdf/pdf-reader.ts';

/** A PDF of `objects` (bodies by number, from 1) with a classic cross-reference table, its entries as `entry` writes them. */
function pdfWith(objects: string[], entry = (offset: number) => `${String(offset).padStart(10, '0')} 00000 n \n`): string {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  for (const [i, body] of objects.entries()) {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  }
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map(entry).join('')}`;
  out += `trailer\n<</Size ${objects.length + 1} /Root 1 0 R>>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

const bytesOf = (text: string) => Uint8Array.from(text, (c) => c.charCodeAt(0));

describe('reading a printed PDF', () => {
  it('turns every byte into the one character of that code, so offsets in the text are byte offsets', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const text = byteString(all);
    expect(text.length).toBe(256);
    expect([...text].map((c) => c.charCodeAt(0))).toEqual([...all]);
    // A view into a larger buffer reads only its own bytes.
    expect(byteString(all.subarray(65, 68))).toBe('ABC');
  });

  it('finds each object where the cross-reference table says it is', () => {
    const pdf = readPdf(bytesOf(pdfWith(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>', '(Nordlys Software AB)'])));
    expect(pdf.catalog()).toBeTruthy();
    expect(pdf.object(3)).toEqual({ kind: 'string', bytes: 'Nordlys Software AB' });
    expect(pdf.object(9)).toBeNull();
  });

  it('refuses a cross-reference entry that is not ten digits, five digits and n or f, naming where it is', () => {
    const objects = ['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>'];
    for (const bad of [(o: number) => `${String(o).padStart(10, '0')} 00000 x \n`, (o: number) => `${String(o).padStart(9, '0')}a 00000 n \n`, (o: number) => `${String(o).padStart(10, '0')}-00000 n \n`]) {
      const text = pdfWith(objects, bad);
      const at = text.indexOf('\n', text.indexOf('65535 f')) + 1;
      expect(() => readPdf(bytesOf(text))).toThrow(PdfFormatError);
      expect(() => readPdf(bytesOf(text))).toThrow(`bad cross-reference entry at ${at}`);
    }
  });

  it('reads an incremental update: its objects win, the older ones stay readable, each object only its own', () => {
    const base = pdfWith(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>', '(old title)', '[1 2 3]']);
    const oldXref = Number(/startxref\n(\d+)/.exec(base)![1]);
    const updatedAt = base.length;
    const update = `3 0 obj\n(new title)\nendobj\n`;
    const xrefAt = updatedAt + update.length;
    const text = `${base}${update}xref\n3 1\n${String(updatedAt).padStart(10, '0')} 00000 n \ntrailer\n<</Size 5 /Root 1 0 R /Prev ${oldXref}>>\nstartxref\n${xrefAt}\n%%EOF\n`;
    const pdf = readPdf(bytesOf(text));
    expect(pdf.startxref).toBe(xrefAt);
    expect(pdf.object(3)).toEqual({ kind: 'string', bytes: 'new title' });
    expect(pdf.object(4)).toEqual([1, 2, 3]);
    expect(pdf.pageNumbers()).toEqual([]);
  });

  it('refuses a file whose startxref points past its end, as a file cut short has', () => {
    const text = pdfWith(['<</Type /Catalog /Pages 2 0 R>>', '<</Type /Pages /Kids [] /Count 0>>']);
    const cut = text.replace(/startxref\n\d+/, 'startxref\n999999');
    expect(() => readPdf(bytesOf(cut))).toThrow('startxref 999999 is past the end of the file');
  });
});

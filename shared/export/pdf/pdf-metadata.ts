import { escapeHtml } from '../../render/escape.ts';
import { isDict, isRef, isString, pdfDict, pdfRef, pdfTextString, writePdfValue, type PdfValue } from './pdf-objects.ts';
import type { ReplacedStream } from './pdf-streams.ts';
import { readPdf, type PdfDocument } from './pdf-reader.ts';

/** What a policy PDF says about itself, in its document information and XMP metadata. */
export interface PdfMetadata {
  title: string;
  /** The company's legal name. */
  author: string;
  subject?: string;
  keywords?: readonly string[];
  /** BCP 47 language of the document, such as "sv". */
  lang: string;
  /** The program that made the content and the PDF, such as "Policy Studio 0.4.0". */
  producer: string;
}

/** `D:20250301120000Z` from a PDF date string's digits, or now. */
function xmpDate(pdfDate: string | undefined): string {
  const m = pdfDate ? /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})/.exec(pdfDate) : null;
  if (!m) return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z`;
}

function pdfDateNow(): string {
  const iso = new Date().toISOString();
  return `D:${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}Z`;
}

/** The XMP packet (ISO 16684-1) with the same title, author, language and producer as the information dictionary; screen readers and PDF/UA checkers read these. */
function xmpPacket(meta: PdfMetadata, created: string): string {
  const x = escapeHtml;
  const keywords = meta.keywords?.length ? `<pdf:Keywords>${x(meta.keywords.join(', '))}</pdf:Keywords>` : '';
  const subject = meta.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.subject)}</rdf:li></rdf:Alt></dc:description>` : '';
  return `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/" xmlns:xmp="http://ns.adobe.com/xap/1.0/">
<dc:format>application/pdf</dc:format>
<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${x(meta.title)}</rdf:li></rdf:Alt></dc:title>
<dc:creator><rdf:Seq><rdf:li>${x(meta.author)}</rdf:li></rdf:Seq></dc:creator>
${subject}<dc:language><rdf:Bag><rdf:li>${x(meta.lang)}</rdf:li></rdf:Bag></dc:language>
<pdf:Producer>${x(meta.producer)}</pdf:Producer>${keywords}
<xmp:CreatorTool>${x(meta.producer)}</xmp:CreatorTool>
<xmp:CreateDate>${created}</xmp:CreateDate>
<xmp:ModifyDate>${created}</xmp:ModifyDate>
</rdf:Description>
</rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>`;
}

/**
 * The PDF with our metadata, as an incremental update appended to it (ISO
 * 32000-1 §7.5.6): a document information dictionary (title, author = the
 * legal name, subject, producer and creator "Policy Studio <version>" instead
 * of the browser's user-agent string), an XMP metadata stream saying the
 * same, and the catalog again with the document language. The printed bytes
 * stay as they were, so tags, outline and links are untouched. `doc` is
 * the same bytes already read, when the caller has it; `replaced`, streams
 * the same update writes over the printed ones (the contents pages with
 * their page numbers, `contentsPagesInPlace`).
 */
export function withPdfMetadata(bytes: Uint8Array, meta: PdfMetadata, doc: PdfDocument = readPdf(bytes), replaced: readonly ReplacedStream[] = []): Uint8Array {
  const rootRef = doc.trailer.entries.get('Root');
  if (!isRef(rootRef)) throw new Error('PDF: the trailer has no catalog reference');
  const catalog = doc.catalog();
  const oldInfo = doc.resolve(doc.trailer.entries.get('Info'));
  const oldCreated = isDict(oldInfo) ? oldInfo.entries.get('CreationDate') : undefined;
  const created = isString(oldCreated) ? oldCreated.bytes : pdfDateNow();
  const size = doc.trailer.entries.get('Size');
  if (typeof size !== 'number') throw new Error('PDF: the trailer has no /Size');
  const infoNum = size;
  const metadataNum = size + 1;

  const info = pdfDict([
    ['Title', pdfTextString(meta.title)],
    ['Author', pdfTextString(meta.author)],
    ...(meta.subject ? ([['Subject', pdfTextString(meta.subject)]] as [string, PdfValue][]) : []),
    ...(meta.keywords?.length ? ([['Keywords', pdfTextString(meta.keywords.join(', '))]] as [string, PdfValue][]) : []),
    ['Creator', pdfTextString(meta.producer)],
    ['Producer', pdfTextString(meta.producer)],
    ['CreationDate', { kind: 'string', bytes: created }],
    ['ModDate', { kind: 'string', bytes: created }],
  ]);
  const newCatalog = pdfDict([...catalog.entries, ['Lang', pdfTextString(meta.lang)], ['Metadata', pdfRef(metadataNum)]]);
  const xmp = new TextEncoder().encode(xmpPacket(meta, xmpDate(created)));

  const encoder = new TextEncoder();
  const parts: Uint8Array[] = [];
  let offset = bytes.byteLength;
  const push = (chunk: string | Uint8Array): number => {
    const data = typeof chunk === 'string' ? encoder.encode(chunk) : chunk;
    const at = offset;
    parts.push(data);
    offset += data.byteLength;
    return at;
  };
  const last = bytes[bytes.byteLength - 1];
  if (last !== 0x0a && last !== 0x0d) push('\n');
  const catalogAt = push(`${rootRef.num} ${rootRef.gen} obj\n${writePdfValue(newCatalog)}\nendobj\n`);
  const infoAt = push(`${infoNum} 0 obj\n${writePdfValue(info)}\nendobj\n`);
  const metadataAt = push(`${metadataNum} 0 obj\n<</Type /Metadata /Subtype /XML /Length ${xmp.byteLength}>>\nstream\n`);
  push(xmp);
  push('\nendstream\nendobj\n');
  const streams = replaced.map((r) => {
    const at = push(`${r.num} ${r.gen} obj\n${writePdfValue(pdfDict([...r.dict.entries, ['Length', r.data.byteLength]]))}\nstream\n`);
    push(r.data);
    push('\nendstream\nendobj\n');
    return { num: r.num, gen: r.gen, at };
  });
  const entry = (at: number, gen = 0) => `${String(at).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
  const id = doc.trailer.entries.get('ID');
  const trailer = pdfDict([
    ['Size', size + 2],
    ['Root', rootRef],
    ['Info', pdfRef(infoNum)],
    ['Prev', doc.startxref],
    ...(id !== undefined ? ([['ID', id]] as [string, PdfValue][]) : []),
  ]);
  const xrefAt = offset;
  const streamEntries = streams.map((s) => `${s.num} 1\n${entry(s.at, s.gen)}`).join('');
  push(`xref\n${rootRef.num} 1\n${entry(catalogAt, rootRef.gen)}${streamEntries}${infoNum} 2\n${entry(infoAt)}${entry(metadataAt)}trailer\n${writePdfValue(trailer)}\nstartxref\n${xrefAt}\n%%EOF\n`);

  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, bytes.byteLength));
  out.set(bytes, 0);
  let at = bytes.byteLength;
  for (const part of parts) {
    out.set(part, at);
    at += part.byteLength;
  }
  return out;
}

import { deflateSync, gzipSync, inflateSync } from 'node:zlib';
import type { BinaryWriters } from '../export/bundle.ts';
import type { DeflateRaw } from '../export/docx/zip-package.ts';
import type { FlateCodec } from '../export/pdf/pdf-streams.ts';
import type { PdfPrinter } from './chromium-pdf.ts';

/** The Node writers plus `close()`, which stops the browser the PDF writer started (if it did). */
export interface NodeWriters extends BinaryWriters {
  close(): Promise<void>;
}

/** Node's gzip header: magic, method, no flags (so no file name), time, extra flags, OS. */
const GZIP_HEADER = 10;

/**
 * zlib's native deflate for the parts of a Word file, a tenth of the time of
 * the JavaScript one. Through gzip, whose trailer gives the CRC-32 a ZIP
 * entry needs (Node 20's zlib has no crc32 of its own): raw DEFLATE between
 * the 10-byte header and the 8-byte trailer (CRC-32, size).
 */
export const nativeDeflateRaw: DeflateRaw = (data) => {
  const gzip = gzipSync(data);
  const trailer = gzip.length - 8;
  return { deflated: gzip.subarray(GZIP_HEADER, trailer), crc32: gzip.readUInt32LE(trailer) };
};

/** zlib's own inflate and deflate for the PDF's rewritten streams (`FlateCodec`). */
export const nativeFlate: FlateCodec = {
  inflate: async (data) => inflateSync(data),
  deflate: async (data) => deflateSync(data),
};

/**
 * DOCX and PDF writers for Node (CLI, browser test host, benchmarks). Every
 * PDF of a bundle prints on one Chromium, started on the first PDF: call
 * `close()` when the bundle is done, or the browser keeps the process alive.
 * The DOCX writer (the `docx` package) and the browser code load on first
 * use, so a command that writes neither never loads them.
 */
export function nodeWriters(): NodeWriters {
  let printer: Promise<PdfPrinter> | undefined;
  const chromium = () => (printer ??= import('./chromium-pdf.ts').then((m) => m.createChromiumPdfPrinter()));
  return {
    docx: async (policy) => (await import('../export/docx/index.ts')).exportDocx(policy.document, policy.context, { deflateRaw: nativeDeflateRaw }),
    pdf: async (html, _policy, options) => (await chromium()).print(html, options.paper),
    pdfSession: async (html, _policy, options) => (await chromium()).open(html, options.paper),
    pdfFlate: nativeFlate,
    warmUpPdf: (tabs) => {
      // A failure is kept for the first PDF, which reports it with the file's name.
      chromium()
        .then((p) => p.warmUp(tabs))
        .catch(() => undefined);
    },
    close: async () => {
      const started = printer;
      printer = undefined;
      if (started) await (await started).close();
    },
  };
}

import type { BinaryWriters } from '../export/bundle.ts';
import type { PdfPrinter } from './chromium-pdf.ts';

/** The Node writers plus `close()`, which stops the browser the PDF writer started (if it did). */
export interface NodeWriters extends BinaryWriters {
  close(): Promise<void>;
}

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
    docx: async (policy) => (await import('../export/docx/index.ts')).exportDocx(policy.document, policy.context),
    pdf: async (html, _policy, options) => (await chromium()).print(html, options.paper, options.draft),
    pdfSession: async (html, _policy, options) => (await chromium()).open(html, options.paper),
    close: async () => {
      const started = printer;
      printer = undefined;
      if (started) await (await started).close();
    },
  };
}

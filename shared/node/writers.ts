import type { BinaryWriters } from '../export/bundle.ts';
import { exportDocx } from '../export/docx/index.ts';
import { createChromiumPdfPrinter } from './chromium-pdf.ts';

/** The Node writers plus `close()`, which stops the browser the PDF writer started (if it did). */
export interface NodeWriters extends BinaryWriters {
  close(): Promise<void>;
}

/**
 * DOCX and PDF writers for Node (CLI, browser test host, benchmarks). Every
 * PDF of a bundle prints on one Chromium, started on the first PDF: call
 * `close()` when the bundle is done, or the browser keeps the process alive.
 */
export function nodeWriters(): NodeWriters {
  const printer = createChromiumPdfPrinter();
  return {
    docx: (policy) => exportDocx(policy.document, policy.context),
    pdf: (html, _policy, options) => printer.print(html, options.paper),
    close: () => printer.close(),
  };
}

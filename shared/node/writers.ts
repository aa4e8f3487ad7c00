import type { BinaryWriters } from '../export/bundle.ts';
import { exportDocx } from '../export/docx/index.ts';
import { printHtmlToPdf, type PaperSize } from './chromium-pdf.ts';

/** DOCX and PDF writers for Node (CLI, browser test host). */
export function nodeWriters(paper: PaperSize = 'A4'): BinaryWriters {
  return {
    docx: (policy) => exportDocx(policy.document, policy.context),
    pdf: (html) => printHtmlToPdf(html, paper),
  };
}

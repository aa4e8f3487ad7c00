import type { PolicyDocument } from '../../document/types.ts';
import type { ExportContext } from '../context.ts';
import { exportDocx, type DocxExportOptions } from '../docx/index.ts';
import { diffDocuments } from './diff-documents.ts';

/** Who the tracked changes are by and when they were made, as Word's Review pane lists them. */
export interface RedlineDocxOptions {
  author: string;
  /** ISO 8601 date (taken as midnight UTC) or date and time, or a Date. */
  date: string | Date;
  /** The Word export's own options (numbered headings, exact page numbers). */
  docx?: Omit<DocxExportOptions, 'trackChanges'>;
}

/**
 * The redline of two versions as a Word document with real tracked changes:
 * each inserted or deleted run of words is a `w:ins` or `w:del` by `author`
 * at `date`, and a paragraph or table row new or gone as a whole is marked
 * as such, so Word's Review pane accepts or rejects every change; accepting
 * all gives the new version, rejecting all the old. The rest (styles,
 * contents, header, footer) is the ordinary Word export of the new version.
 */
export async function redlineDocx(before: PolicyDocument, after: PolicyDocument, ctx: ExportContext, options: RedlineDocxOptions): Promise<Uint8Array> {
  const date = typeof options.date === 'string' ? options.date : options.date.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return exportDocx(diffDocuments(before, after), ctx, { ...options.docx, trackChanges: { author: options.author, date } });
}

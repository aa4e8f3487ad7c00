import type { NumberingDefinition } from 'docx';
import type { ExportContext } from '../context.ts';

/** Options of the DOCX export beyond the document and its context. */
export interface DocxExportOptions {
  /** Number the section headings ("1.", "1.1.") through Word's heading numbering. Off by default. */
  numberedHeadings?: boolean;
  /**
   * Write the page numbers of the table of contents and the page count,
   * worked out by laying the pages out as Word does, so viewers that do not
   * update fields (LibreOffice, Google Docs, previews) show them. Word still
   * updates them on open. Off by default: it costs 1 s on a starter and 8 s
   * on a 500-cookie policy, while without it the contents still list every
   * heading (as links) and Word fills the page numbers when it opens the file.
   */
  estimatePageNumbers?: boolean;
}

/** The list a block sits in, for its paragraph style and numbering level. */
export interface ListPlace {
  kind: 'bullet' | 'ordered';
  /** Nesting depth, 0 for a top-level list. */
  depth: number;
  /** Numbering of this list: a reference of the document's numbering, or a definition of its own (an ordered list with its own start). */
  numbering: string | NumberingDefinition;
  /** Numbering instance of an ordered list, so each list counts from its start. */
  instance?: number;
}

/**
 * What block writers know about where they are: the export context, the
 * enclosing list or quote, and counters shared by the whole export.
 */
export interface WriterState {
  ctx: ExportContext;
  options: DocxExportOptions;
  list?: ListPlace;
  /** Inside a blockquote: paragraphs take the Quote style. */
  quote?: boolean;
  /** Inside a table cell: paragraphs take the table's spacing. */
  inTable?: boolean;
  /** Inside a header cell: text is bold. */
  headerCell?: boolean;
  /** Inside the title section: its paragraphs (the last-updated line) take the Subtitle style. */
  titleSection?: boolean;
  /** Section id of the section being written, for error messages. */
  sectionId: string;
  shared: {
    /** Next numbering instance for an ordered list. */
    nextListInstance: number;
    /** Set when the next block written should start a new page (after the table of contents). */
    pageBreakBeforeNext: boolean;
  };
}

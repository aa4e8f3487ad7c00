import type { NumberingDefinition } from 'docx';
import type { ExportContext } from '../context.ts';
import type { TrackChangesOptions } from './revisions.ts';
import type { DeflateRaw } from './zip-package.ts';

/** Options of the DOCX export beyond the document and its context. */
export interface DocxExportOptions {
  /** Number the section headings ("1.", "1.1.") through Word's heading numbering. Off by default. */
  numberedHeadings?: boolean;
  /**
   * How the page numbers of the table of contents and the page count are
   * written, for viewers that do not update fields (LibreOffice, Google
   * Docs, previews); Word updates them on open either way. By default a
   * quick estimate (page-estimate.ts: milliseconds, usually right or one
   * off); `true` lays the pages out as Word does (`docx/layout`), which
   * costs a second on a starter and seconds more on a 500-cookie policy.
   */
  estimatePageNumbers?: boolean;
  /**
   * Author and date of the tracked changes a redline's marks are written as
   * (shared/export/redline); by default the company's legal name and the
   * last-updated date.
   */
  trackChanges?: TrackChangesOptions;
  /**
   * The compressor of the package's parts (raw DEFLATE). Node hosts pass
   * zlib's (shared/node/writers.ts), much faster than the JavaScript one
   * used by default.
   */
  deflateRaw?: DeflateRaw;
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
  /** Inside a cell of a table written as raw XML (table-writer.ts): the lists in it are raw paragraphs too. */
  rawTableCell?: boolean;
  /** Inside a header cell: text is bold. */
  headerCell?: boolean;
  /** The paragraph introduces the block after it (a lead-in, or text before a list or table): Word keeps the two on one page. */
  keepWithNext?: boolean;
  /** Inside the title section: its paragraphs (the last-updated line) take the Subtitle style. */
  titleSection?: boolean;
  /** Section id of the section being written, for error messages. */
  sectionId: string;
  shared: {
    /** Next numbering instance for an ordered list. */
    nextListInstance: number;
    /** Set when the next block written should start a new page (after the table of contents). */
    pageBreakBeforeNext: boolean;
    /** Set after a table: the next paragraph keeps a paragraph's distance from it (Word puts none after a table). */
    spaceBeforeNext?: boolean;
    /** Id of the next tracked change: Word needs each one's to be unique. */
    nextRevisionId: number;
    /** Number of the last hyperlink relationship id handed out (`nextLinkId`). */
    nextLinkId?: number;
  };
}

/**
 * The next hyperlink relationship id of the document (`rIdLink1`,
 * `rIdLink2`…), for links in raw XML and in paragraphs `docx` writes alike:
 * numbered, so the same project gives the same file each time.
 */
export function nextLinkId(state: WriterState): string {
  state.shared.nextLinkId = (state.shared.nextLinkId ?? 0) + 1;
  return `rIdLink${state.shared.nextLinkId}`;
}

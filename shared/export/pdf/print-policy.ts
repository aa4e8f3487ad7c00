import type { PolicyDocument } from '../../document/types.ts';
import type { ExportContext } from '../context.ts';
import { anchorId } from '../html-serializer.ts';
import { contentsEntries, exportStandaloneHtml } from '../html.ts';
import { contentsPagesInPlace, contentsPlaceholders } from './contents-page-numbers.ts';
import type { FlateCodec, ReplacedStream } from './pdf-streams.ts';
import { withPdfMetadata } from './pdf-metadata.ts';
import { namedDestinationPages, readPdf, type PdfDocument } from './pdf-reader.ts';

/** Prints one standalone HTML page to PDF with a browser's print engine. */
export type PrintHtml = (html: string) => Promise<Uint8Array>;

/**
 * A policy page loaded once in a print engine: printed, and, should the
 * contents' page numbers not go into the printed PDF, given them in place
 * and printed again without being parsed and styled anew.
 */
export interface PrintSession {
  print(): Promise<Uint8Array>;
  /** Writes the page of each section, by section id, into the loaded page's contents (`.toc-page`); a section not in `pages` gets no number. */
  fillContentsPages(pages: ReadonlyMap<string, number>): Promise<void>;
  close(): Promise<void>;
}

/** A print engine: one that loads a page once (`open`), or one that is given the whole page for each print. */
export type PdfEngine = { open: (html: string) => Promise<PrintSession> } | { print: PrintHtml };

/** A session over an engine without one: each print gets the page again, with the numbers filled in so far. */
function reloadingSession(print: PrintHtml, page: (pages: ReadonlyMap<string, number | string>) => string, initial: ReadonlyMap<string, number | string>): PrintSession {
  let html = page(initial);
  return {
    print: () => print(html),
    fillContentsPages: async (pages) => {
      html = page(pages);
    },
    close: async () => undefined,
  };
}

export interface PolicyPdfOptions {
  /** What the printed policy says it was made by, such as "Policy Studio 0.4.0". */
  producer: string;
  /** zlib for the contents pages' streams, where the host has a quicker one than the web's. */
  flate?: FlateCodec;
}

/** Prints after the first at most, should the numbers not go in place and then change the layout (a title wrapping differently, say). */
const MAX_FINAL_PRINTS = 2;

/** The page each listed section starts on in a printed policy, by section id. */
export function sectionPages(pdf: PdfDocument, doc: PolicyDocument): Map<string, number> {
  const destinations = namedDestinationPages(pdf);
  const pages = new Map<string, number>();
  for (const { sectionId } of contentsEntries(doc)) {
    const page = destinations.get(anchorId(sectionId));
    if (page !== undefined) pages.set(sectionId, page);
  }
  return pages;
}

function samePages(a: ReadonlyMap<string, number | string>, b: ReadonlyMap<string, number>): boolean {
  return a.size === b.size && [...b].every(([id, page]) => a.get(id) === page);
}

/**
 * The policy as a print-ready PDF, printed once: with a placeholder for each
 * contents entry's page number, then read for where each section starts
 * (the contents link to every section, so the browser writes a named
 * destination for each) and the numbers written into the contents pages in
 * place (`contentsPagesInPlace`). Where they cannot be, the page is printed
 * again with the numbers in it, and once more only if they moved something.
 * The browser makes the tags and the outline from the headings; the
 * document information and XMP metadata (title, legal name as author,
 * language, producer) are written afterwards.
 */
export async function printPolicyPdf(doc: PolicyDocument, ctx: ExportContext, engine: PdfEngine, options: PolicyPdfOptions): Promise<Uint8Array> {
  const entries = contentsEntries(doc);
  const shown = contentsPlaceholders(entries.length);
  const placeholders = new Map(entries.map((e, i) => [e.sectionId, shown[i]!]));
  const page = (pages: ReadonlyMap<string, number | string>) => exportStandaloneHtml(doc, ctx, { contentsPages: pages });
  const session = 'open' in engine ? await engine.open(page(placeholders)) : reloadingSession(engine.print, page, placeholders);
  let bytes: Uint8Array;
  let printed: PdfDocument;
  let replaced: ReplacedStream[] = [];
  try {
    bytes = await session.print();
    printed = readPdf(bytes);
    let pages = sectionPages(printed, doc);
    const numbers = entries.map((e) => pages.get(e.sectionId) ?? 0);
    const inPlace = await contentsPagesInPlace(printed, shown, numbers, options.flate);
    if (inPlace) replaced = inPlace;
    // A policy without contents has no numbers to write: its first print stands.
    else if (entries.length > 0) {
      // Printed again with the numbers in the page: an entry whose section landed nowhere shows none, never a placeholder.
      for (let i = 0; i < MAX_FINAL_PRINTS; i++) {
        await session.fillContentsPages(pages);
        bytes = await session.print();
        printed = readPdf(bytes);
        const landed = sectionPages(printed, doc);
        if (samePages(pages, landed)) break;
        pages = landed;
      }
    }
  } finally {
    await session.close();
  }
  const title = ctx.message('document.title');
  const lastUpdated = ctx.message('document.lastUpdated', { date: ctx.formatDate(ctx.lastUpdated) });
  return withPdfMetadata(
    bytes,
    {
      title: `${title} – ${ctx.companyName}`,
      author: ctx.legalName,
      subject: `${title} – ${ctx.legalName}. ${lastUpdated}`,
      lang: ctx.lang,
      producer: options.producer,
    },
    printed,
    replaced,
  );
}

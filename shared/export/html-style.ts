import type { ExportContext } from './context.ts';

/** Paper sizes a PDF can be printed on: ISO A4 for most of the world, US Letter for the Americas' Letter countries. */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** Accepts `a4`, `A4`, `letter`, `Letter`: what people type on a command line. */
export function parsePaperSize(value: string): PaperSize | null {
  const lower = value.trim().toLowerCase();
  return PAPER_SIZES.find((p) => p.toLowerCase() === lower) ?? null;
}

/**
 * Territories that print on US Letter (CLDR supplemental data, `paperSize`
 * US-Letter); everywhere else uses A4.
 */
const LETTER_COUNTRIES: ReadonlySet<string> = new Set(['BZ', 'CA', 'CL', 'CO', 'CR', 'GT', 'MX', 'NI', 'PA', 'PH', 'PR', 'SV', 'US', 'VE']);

/** The paper a company in `country` (ISO 3166 alpha-2) prints on: Letter in the US, Canada and the other Letter countries, else A4. */
export function defaultPaperSize(country: string): PaperSize {
  return LETTER_COUNTRIES.has(country.toUpperCase()) ? 'Letter' : 'A4';
}

/**
 * Page margins in millimetres. The print stylesheet sets them with `@page`
 * and the print engines (Chromium in the CLI, Electron's printToPDF in the
 * app) get the same values, so every path lays the page out alike. Top and
 * bottom leave room for the running header and footer.
 */
export const PAGE_MARGINS_MM = { top: 22, right: 20, bottom: 22, left: 20 } as const;

function mmToInches(mm: number): number {
  return Math.round((mm / 25.4) * 10_000) / 10_000;
}

/** Paper dimensions in inches (ISO 216 A4 is 210 × 297 mm), given to the print engines as a size rather than a name, whose rounding differs. */
export const PAPER_INCHES: Readonly<Record<PaperSize, { width: number; height: number }>> = {
  A4: { width: mmToInches(210), height: mmToInches(297) },
  Letter: { width: 8.5, height: 11 },
};

/** What a PDF print needs besides the HTML; each engine maps it onto its own options. */
export interface PdfPrintSettings {
  paper: PaperSize;
  /** The paper's width and height in inches. */
  pageInches: { width: number; height: number };
  /** Margins in inches, the unit both Chromium's and Electron's print APIs take. */
  marginsInches: { top: number; right: number; bottom: number; left: number };
  /** Table header shading and the title rule are backgrounds and borders: print them. */
  printBackground: true;
  /** Page numbers and running headers come from the stylesheet's `@page` margin boxes, not the engine's own header and footer. */
  displayHeaderFooter: false;
  /** Tagged PDF (reading order, headings, tables for screen readers) and an outline (bookmarks) from the headings. */
  tagged: true;
  outline: true;
}

/** The print settings shared by every PDF engine for a paper size. */
export function pdfPrintSettings(paper: PaperSize): PdfPrintSettings {
  const m = PAGE_MARGINS_MM;
  return {
    paper,
    pageInches: { ...PAPER_INCHES[paper] },
    marginsInches: { top: mmToInches(m.top), right: mmToInches(m.right), bottom: mmToInches(m.bottom), left: mmToInches(m.left) },
    printBackground: true,
    displayHeaderFooter: false,
    tagged: true,
    outline: true,
  };
}

const MARGINS_CSS = `${PAGE_MARGINS_MM.top}mm ${PAGE_MARGINS_MM.right}mm ${PAGE_MARGINS_MM.bottom}mm ${PAGE_MARGINS_MM.left}mm`;

/**
 * The standalone page's stylesheet, inlined so the file is self-contained.
 * Screen: one readable column. Print: no paper size of its own (the print
 * engine's or the reader's printer's applies, A4 or Letter alike), the title
 * and contents on the first page, tables that keep rows whole and repeat
 * their header row on each page, headings kept with what follows them.
 * The running header and footer are per document: see `pagedMediaCss`.
 */
export const STANDALONE_CSS = `
:root { color-scheme: light; --text: #1d2430; --muted: #5b6472; --rule: #d9dee5; --accent: #1f5fa8; --head: #f3f5f8; }
* { box-sizing: border-box; }
html { font-size: 100%; -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--text); background: #fff; font: 1rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 2.5rem 1.25rem 4rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 .5rem; }
h2 { font-size: 1.35rem; line-height: 1.3; margin: 2.25rem 0 .75rem; padding-top: .25rem; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
p, ul, ol { margin: 0 0 1rem; }
li { margin: .25rem 0; }
li > p { margin: 0; }
li > ul, li > ol { margin: .25rem 0 .5rem; }
a { color: var(--accent); overflow-wrap: anywhere; }
.policy-section--title p { color: var(--muted); }
nav.toc { border: 1px solid var(--rule); border-radius: 6px; padding: 1rem 1.25rem; margin: 1.5rem 0 2rem; background: #fafbfc; }
nav.toc h2 { font-size: 1rem; margin: 0 0 .5rem; padding: 0; }
nav.toc ol { margin: 0; padding-left: 1.25rem; columns: 2 16rem; }
.table-wrap { overflow-x: auto; margin: 0 0 1rem; }
table { border-collapse: collapse; width: 100%; font-size: .925rem; }
th, td { border: 1px solid var(--rule); padding: .45rem .6rem; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; }
td ul, td p { margin: 0; }
td ul { padding-left: 1.1rem; }
@page { margin: ${MARGINS_CSS}; }
@media print {
  :root { --text: #111; --muted: #4a5260; --rule: #b9c0ca; --head: #eef1f5; }
  html { font-size: 10.5pt; }
  body { font: 10.5pt/1.45 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  main { max-width: none; margin: 0; padding: 0; }
  h1 { font-size: 24pt; line-height: 1.15; margin: 0 0 4pt; color: var(--accent); }
  h2 { font-size: 13.5pt; line-height: 1.25; margin: 18pt 0 6pt; padding: 0; color: var(--accent); }
  h3 { font-size: 11pt; line-height: 1.3; margin: 12pt 0 4pt; }
  h1, h2, h3 { break-after: avoid; page-break-after: avoid; break-inside: avoid; }
  p, ul, ol { margin: 0 0 7pt; orphans: 3; widows: 3; }
  /* A lead-in ("… are:") stays on the page of what it introduces. */
  p.lead-in, p:has(+ ul, + ol, + .table-wrap, + blockquote) { break-after: avoid; page-break-after: avoid; }
  li:first-child { break-before: avoid; }
  li { margin: 2pt 0; }
  li > ul, li > ol { margin: 2pt 0 4pt; }
  a { color: inherit; text-decoration: none; }
  .policy-section--title { border-bottom: 1.5pt solid var(--accent); padding-bottom: 8pt; margin-bottom: 16pt; }
  .policy-section--title p { margin: 0; font-size: 10.5pt; }
  .policy-section--title + nav.toc { margin-top: 0; }
  /* The contents share the first page with the start of the policy, rather than leave most of it empty. */
  nav.toc { border: 0; border-radius: 0; background: none; padding: 0 0 10pt; margin: 0 0 6pt; border-bottom: .75pt solid var(--rule); break-inside: avoid; }
  nav.toc h2 { font-size: 13.5pt; margin: 0 0 8pt; color: var(--accent); }
  nav.toc ol { columns: auto; padding-left: 1.6em; margin: 0; }
  nav.toc li { margin: 0 0 3pt; padding-left: .2em; }
  nav.toc li::marker { color: var(--muted); }
  /* Title, a dotted leader, and the page number flush right, unkerned: numbers line up in the column, and the
     PDF's numbers, written in after the print (contents-page-numbers.ts), sit where the browser would put them. */
  nav.toc a:has(> .toc-page) { display: flex; align-items: baseline; }
  nav.toc a:has(> .toc-page)::after { content: ""; order: 1; flex: 1 1 2em; margin: 0 4pt; border-bottom: .9pt dotted var(--muted); }
  nav.toc .toc-page { display: block; order: 2; min-width: 1.6em; text-align: right; font-variant-numeric: tabular-nums; font-kerning: none; }
  nav.toc + .policy-section h2 { margin-top: 14pt; }
  .policy-section:first-of-type h2 { margin-top: 0; }
  /* A table keeps a paragraph's distance from what follows it. */
  .table-wrap { overflow: visible; margin: 3pt 0 12pt; }
  table { font-size: 9pt; line-height: 1.35; }
  th, td { padding: 3.5pt 5pt; }
  th { font-weight: 700; }
  thead { display: table-header-group; }
  tr, li, td ul { break-inside: avoid; page-break-inside: avoid; }
}
`;

/** A CSS string literal for `content:`, safe inside a `<style>` element whatever the text holds. */
export function cssString(text: string): string {
  return `"${text.replace(/[\\"<>&\n\r\f]/g, (ch) => `\\${ch.charCodeAt(0).toString(16)} `)}"`;
}

const PAGE_MARK = '\uE000';
const PAGES_MARK = '\uE001';

/**
 * The localized "Page X of Y" as a `content` value: the document language's
 * `document.page` message with its placeholders turned into page counters.
 */
export function pageNumberContent(ctx: ExportContext): string {
  const text = ctx.message('document.page', { page: PAGE_MARK, pages: PAGES_MARK });
  return text
    .split(/(\uE000|\uE001)/)
    .filter((part) => part !== '')
    .map((part) => (part === PAGE_MARK ? 'counter(page)' : part === PAGES_MARK ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

/**
 * The printed page's running header and footer, in the document's language:
 * the company's legal name and the title at the top, "Last updated" and "Page X of Y" at the
 * bottom, as in the Word export. CSS `@page` margin boxes, which Chromium
 * (and so Electron's printToPDF) lays out since version 131.
 */
export function pagedMediaCss(ctx: ExportContext): string {
  const box = 'font: 8pt/1.3 "Helvetica Neue", Helvetica, Arial, "Liberation Sans", "DejaVu Sans", sans-serif; color: #5b6472;';
  const lastUpdated = ctx.message('document.lastUpdated', { date: ctx.formatDate(ctx.lastUpdated) });
  return `
@page {
  @top-left { content: ${cssString(ctx.legalName)}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  @top-right { content: ${cssString(ctx.message('document.title'))}; ${box} vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: ${cssString(lastUpdated)}; ${box} vertical-align: top; padding-top: 4mm; }
  @bottom-right { content: ${pageNumberContent(ctx)}; ${box} vertical-align: top; padding-top: 4mm; }
}
`;
}

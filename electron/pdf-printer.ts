import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BinaryWriters } from '../shared/export/bundle.ts';
import { pdfPrintSettings, type PaperSize } from '../shared/export/html-style.ts';
import { printOnlyPage } from '../shared/export/pdf/print-only.ts';
import { secureWebPreferences } from './window.ts';

/** The part of a `BrowserWindow` the printer uses, so tests can pass a fake. */
export interface PrintWindow {
  loadURL(url: string): Promise<void>;
  webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

/** Makes the hidden window to print in: `(options) => new BrowserWindow(options)` in the app. */
export type PrintWindowFactory = (options: BrowserWindowConstructorOptions) => PrintWindow;

/** Where a page too long for a data URL is written for the window to load; node:fs by default, replaceable in tests. */
export interface TempHtmlFiles {
  /** Writes `html` to a new private file and returns its path. */
  write(html: string): Promise<string>;
  remove(path: string): Promise<void>;
}

/** An in-memory session of its own: the app's Content-Security-Policy (no inline `<style>`) is not applied to the policy page. */
export const PRINT_PARTITION = 'policy-studio-print';

/**
 * Chromium refuses URLs longer than 2 MiB; a page whose data URL would come
 * near that is loaded from a temporary file instead.
 */
export const MAX_DATA_URL_LENGTH = 1_500_000;

/**
 * The hidden window's options: never shown, sandboxed and isolated like every
 * window (`secureWebPreferences`), with no preload and JavaScript off, since
 * the page is our own static HTML and only needs laying out.
 */
export function printWindowOptions(): BrowserWindowConstructorOptions {
  const { preload: _noPreload, ...secure } = secureWebPreferences('');
  return {
    show: false,
    width: 900,
    height: 1200,
    webPreferences: { ...secure, javascript: false, spellcheck: false, partition: PRINT_PARTITION },
  };
}

/**
 * Electron's printToPDF options for a paper size: the settings the CLI's
 * Chromium printer uses (`pdfPrintSettings`).
 */
export function electronPrintOptions(paper: PaperSize): PrintToPDFOptions {
  const s = pdfPrintSettings(paper);
  return {
    pageSize: { width: s.pageInches.width, height: s.pageInches.height },
    // printToPDF takes margins in inches (the Margins type's "pixels" is for webContents.print).
    margins: { ...s.marginsInches },
    printBackground: s.printBackground,
    displayHeaderFooter: s.displayHeaderFooter,
    preferCSSPageSize: false,
    generateTaggedPDF: s.tagged,
    generateDocumentOutline: s.outline,
  };
}

const nodeTempFiles: TempHtmlFiles = {
  async write(html) {
    const dir = await mkdtemp(join(tmpdir(), 'policy-studio-print-'));
    const path = join(dir, 'policy.html');
    await writeFile(path, html, { encoding: 'utf8', mode: 0o600 });
    return path;
  },
  async remove(path) {
    await rm(join(path, '..'), { recursive: true, force: true });
  },
};

/**
 * Prints a standalone policy page to PDF in the app, with Chromium's print
 * engine inside Electron: the same HTML, stylesheet and settings as the
 * CLI, so both make the same PDF. The page is loaded in a fresh hidden
 * window (a data URL, or a temporary file when it is long), printed, and
 * the window destroyed whatever happens.
 */
export async function printHtmlInElectron(
  html: string,
  paper: PaperSize,
  createWindow: PrintWindowFactory,
  tempFiles: TempHtmlFiles = nodeTempFiles,
): Promise<Uint8Array> {
  const page = printOnlyPage(html);
  const dataUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(page, 'utf8').toString('base64')}`;
  const tempPath = dataUrl.length > MAX_DATA_URL_LENGTH ? await tempFiles.write(page) : null;
  try {
    const window = createWindow(printWindowOptions());
    try {
      await window.loadURL(tempPath ? pathToFileURL(tempPath).href : dataUrl);
      const pdf = await window.webContents.printToPDF(electronPrintOptions(paper));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
    }
  } finally {
    if (tempPath) await tempFiles.remove(tempPath);
  }
}

/** The bundle's PDF writer for the app: `exportBundle({ …, writers: { pdf: electronPdfWriter((o) => new BrowserWindow(o)) } })`. */
export function electronPdfWriter(createWindow: PrintWindowFactory, tempFiles?: TempHtmlFiles): NonNullable<BinaryWriters['pdf']> {
  return (html, _policy, options) => printHtmlInElectron(html, options.paper, createWindow, tempFiles);
}

import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { pdfPrintSettings, type PaperSize } from '../export/html-style.ts';

export type { PaperSize } from '../export/html-style.ts';

/** Where a Chromium-family browser is usually installed; POLICY_STUDIO_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.POLICY_STUDIO_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless browser on a machine without network: nothing reaches out. */
export const OFFLINE_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run'];

/** Prints HTML pages to PDF on one browser, started on the first page and stopped by `close()`. */
export interface PdfPrinter {
  print(html: string, paper: PaperSize): Promise<Uint8Array>;
  close(): Promise<void>;
}

/**
 * A PDF printer on headless Chromium: the same print engine as Electron's
 * printToPDF in the app, with the same settings (`pdfPrintSettings`), so
 * what tests check is what ships. One browser serves every page of a
 * bundle; scripts are disabled and the network is off, as the page is our
 * own static HTML.
 */
export function createChromiumPdfPrinter(): PdfPrinter {
  let browser: Promise<Browser> | undefined;
  const launch = async (): Promise<Browser> => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('PDF export needs Chromium or Google Chrome; none was found (set POLICY_STUDIO_CHROMIUM to its path).');
    // playwright-core is a development dependency: loaded only when a PDF is asked for.
    const { chromium } = await import('playwright-core');
    return chromium.launch({ executablePath, args: OFFLINE_CHROMIUM_ARGS });
  };
  return {
    async print(html, paper) {
      browser ??= launch();
      // A failed launch is not cached: the next call tries again.
      const b = await browser.catch((error: unknown) => {
        browser = undefined;
        throw error;
      });
      const context = await b.newContext({ javaScriptEnabled: false, offline: true });
      try {
        const page = await context.newPage();
        await page.setContent(html, { waitUntil: 'load' });
        const s = pdfPrintSettings(paper);
        const inches = (n: number) => `${n}in`;
        const pdf = await page.pdf({
          width: inches(s.pageInches.width),
          height: inches(s.pageInches.height),
          margin: { top: inches(s.marginsInches.top), right: inches(s.marginsInches.right), bottom: inches(s.marginsInches.bottom), left: inches(s.marginsInches.left) },
          printBackground: s.printBackground,
          displayHeaderFooter: s.displayHeaderFooter,
          preferCSSPageSize: false,
          tagged: s.tagged,
          outline: s.outline,
        });
        return new Uint8Array(pdf);
      } finally {
        await context.close();
      }
    },
    async close() {
      const b = browser;
      browser = undefined;
      if (b) await (await b.catch(() => undefined))?.close();
    },
  };
}

/** Prints one standalone HTML page to PDF, starting and stopping a browser for it. For several pages use `createChromiumPdfPrinter`. */
export async function printHtmlToPdf(html: string, paper: PaperSize = 'A4'): Promise<Uint8Array> {
  const printer = createChromiumPdfPrinter();
  try {
    return await printer.print(html, paper);
  } finally {
    await printer.close();
  }
}

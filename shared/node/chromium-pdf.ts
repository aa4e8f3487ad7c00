import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { anchorId } from '../export/html-serializer.ts';
import { pdfPrintSettings, type PaperSize } from '../export/html-style.ts';
import type { PrintSession } from '../export/pdf/print-policy.ts';

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
  /** Prints one page; a `draft` print, only read for where things landed, leaves out tags and outline. */
  print(html: string, paper: PaperSize, draft?: boolean): Promise<Uint8Array>;
  /** Loads a policy page once for its draft and final prints (`printPolicyPdf`); close the session when done. */
  open(html: string, paper: PaperSize): Promise<PrintSession>;
  close(): Promise<void>;
  /** Launches the browser now rather than on the first page; resolves when it runs (or failed to start: the first page then says why). */
  warmUp(): Promise<void>;
}

/** Chromium's page.pdf options for our print settings. */
function pdfOptions(paper: PaperSize, draft: boolean) {
  const s = pdfPrintSettings(paper);
  const inches = (n: number) => `${n}in`;
  return {
    width: inches(s.pageInches.width),
    height: inches(s.pageInches.height),
    margin: { top: inches(s.marginsInches.top), right: inches(s.marginsInches.right), bottom: inches(s.marginsInches.bottom), left: inches(s.marginsInches.left) },
    printBackground: s.printBackground,
    displayHeaderFooter: s.displayHeaderFooter,
    preferCSSPageSize: false,
    tagged: s.tagged && !draft,
    outline: s.outline && !draft,
  };
}

/**
 * A PDF printer on headless Chromium: the same print engine as Electron's
 * printToPDF in the app, with the same settings (`pdfPrintSettings`), so
 * what tests check is what ships. One browser serves every page of a
 * bundle, several at once in pages of their own; the page's own scripts
 * are disabled (there are none: the page is our own static HTML) and the
 * network is off. A session fills the contents' page numbers in through
 * the DevTools protocol, which works with scripts off.
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
  const running = async (): Promise<Browser> => {
    browser ??= launch();
    // A failed launch is not cached: the next call tries again.
    return browser.catch((error: unknown) => {
      browser = undefined;
      throw error;
    });
  };
  const open = async (html: string, paper: PaperSize): Promise<PrintSession> => {
    const context = await (await running()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      return {
        print: async (draft) => new Uint8Array(await page.pdf(pdfOptions(paper, draft))),
        fillContentsPages: async (pages) => {
          const entries = [...pages].map(([id, n]): [string, string] => [`#${anchorId(id)}`, String(n)]);
          await page.evaluate((list) => {
            for (const [href, n] of list) {
              for (const a of document.querySelectorAll('nav.toc a')) {
                const number = a.querySelector('.toc-page');
                if (a.getAttribute('href') === href && number) number.textContent = n;
              }
            }
          }, entries);
        },
        close: () => context.close(),
      };
    } catch (error) {
      await context.close();
      throw error;
    }
  };
  return {
    async print(html, paper, draft = false) {
      const session = await open(html, paper);
      try {
        return await session.print(draft);
      } finally {
        await session.close();
      }
    },
    open,
    warmUp: async () => {
      await running().catch(() => undefined);
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

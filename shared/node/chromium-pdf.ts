import { existsSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { anchorId } from '../export/html-serializer.ts';
import { pdfPrintSettings, type PaperSize } from '../export/html-style.ts';
import type { PrintSession } from '../export/pdf/print-policy.ts';
import { printOnlyPage } from '../export/pdf/print-only.ts';
import { DISABLE_FEATURES_ARG } from './chromium-features.ts';
import { loadPlaywright } from './playwright.ts';

export type { PaperSize } from '../export/html-style.ts';

/** Where a Chromium-family browser is usually installed; POLICY_STUDIO_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.POLICY_STUDIO_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless browser on a machine without network: nothing reaches out, and no browser UI is loaded (`DISABLE_FEATURES_ARG`). */
export const OFFLINE_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run', DISABLE_FEATURES_ARG];

/** Prints HTML pages to PDF on one browser, started on the first page and stopped by `close()`. */
export interface PdfPrinter {
  /** Prints one page; a `draft` print, only read for where things landed, leaves out tags and outline. */
  print(html: string, paper: PaperSize, draft?: boolean): Promise<Uint8Array>;
  /** Loads a policy page once for its draft and final prints (`printPolicyPdf`); close the session when done. */
  open(html: string, paper: PaperSize): Promise<PrintSession>;
  close(): Promise<void>;
  /**
   * Launches the browser now rather than on the first page, with `tabs` tabs
   * (1 by default) open for the first policies, their renderers started while
   * the caller does other work. Resolves when done, or when the browser
   * failed to start: the first page then says why.
   */
  warmUp(tabs?: number): Promise<void>;
}

/** A browser tab (a page in a context of its own) that policies are loaded into one after another. */
interface Tab {
  context: BrowserContext;
  page: Page;
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
 * Hides every element while a draft prints. Visibility never moves a box, so
 * the pages break where the final print's do and the sections' named
 * destinations land on the same pages, but the print engine draws no text:
 * the large project's draft takes 0.37–0.52 s instead of 0.52–0.76 s and
 * writes 69 kB instead of 431 kB. `printPolicyPdf` checks the final print's
 * pages against the draft's anyway and prints again should they differ.
 */
export const DRAFT_HIDE_CSS = 'body * { visibility: hidden !important; }';
const DRAFT_STYLE_ID = 'policy-studio-draft-print';

/**
 * A PDF printer on headless Chromium: the same print engine as Electron's
 * printToPDF in the app, with the same settings (`pdfPrintSettings`), so
 * what tests check is what ships. One browser serves every page of a
 * bundle, several at once in tabs of their own, each tab reused for the next
 * language once its policy is printed; the page's own scripts
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
    const { chromium } = loadPlaywright();
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
  /**
   * Tabs that printed a policy and are free for the next: loading a page into
   * one of them skips starting a renderer process and its fonts, about
   * 0.5 s of CPU a language on the large project (3.7 instead of 4.7–5.4 s
   * for en + sv, draft and final). Each tab keeps a context of its own, so
   * tabs printing at once never share a renderer.
   */
  const idle: Tab[] = [];
  const newTab = async (): Promise<Tab> => {
    const context = await (await running()).newContext({ javaScriptEnabled: false, offline: true });
    try {
      return { context, page: await context.newPage() };
    } catch (error) {
      await context.close();
      throw error;
    }
  };
  /** Tabs being made ready by `warmUp`: a policy that comes first waits for one instead of starting another (null: it failed). */
  const warming: Promise<Tab | null>[] = [];
  const freeTab = async (): Promise<Tab> => idle.pop() ?? (await warming.shift()) ?? (await newTab());
  const open = async (html: string, paper: PaperSize): Promise<PrintSession> => {
    const tab = await freeTab();
    const { page } = tab;
    // A tab whose print failed is closed rather than given to the next policy.
    let healthy = true;
    const guarded = async <T>(step: () => Promise<T>): Promise<T> => {
      try {
        return await step();
      } catch (error) {
        healthy = false;
        throw error;
      }
    };
    await guarded(() => page.setContent(printOnlyPage(html), { waitUntil: 'load' })).catch(async (error: unknown) => {
      await tab.context.close();
      throw error;
    });
    let closed = false;
    return {
      print: (draft) =>
        guarded(async () => {
          await page.evaluate(
            ([id, css]) => {
              document.getElementById(id)?.remove();
              if (!css) return;
              const style = document.createElement('style');
              style.id = id;
              style.textContent = css;
              document.head.append(style);
            },
            [DRAFT_STYLE_ID, draft ? DRAFT_HIDE_CSS : ''] as const,
          );
          return new Uint8Array(await page.pdf(pdfOptions(paper, draft)));
        }),
      fillContentsPages: (pages) =>
        guarded(async () => {
          const entries = [...pages].map(([id, n]): [string, string] => [`#${anchorId(id)}`, String(n)]);
          await page.evaluate((list) => {
            for (const [href, n] of list) {
              for (const a of document.querySelectorAll('nav.toc a')) {
                const number = a.querySelector('.toc-page');
                if (a.getAttribute('href') === href && number) number.textContent = n;
              }
            }
          }, entries);
        }),
      close: async () => {
        if (closed) return;
        closed = true;
        if (healthy && browser) idle.push(tab);
        else await tab.context.close();
      },
    };
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
    warmUp: async (tabs = 1) => {
      const ready = Array.from({ length: Math.max(0, tabs - idle.length - warming.length) }, () => newTab().catch(() => null));
      warming.push(...ready);
      await Promise.all(ready);
    },
    async close() {
      const b = browser;
      browser = undefined;
      // Closing the browser closes its tabs.
      idle.length = 0;
      warming.length = 0;
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

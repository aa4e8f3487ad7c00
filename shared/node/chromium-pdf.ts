import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { anchorId } from '../export/html-serializer.ts';
import { pdfPrintSettings, type PaperSize } from '../export/html-style.ts';
import type { PrintSession } from '../export/pdf/print-policy.ts';
import { printOnlyPage } from '../export/pdf/print-only.ts';
import { launchChromium, type LaunchedChromium } from './cdp/launch-chromium.ts';
import type { CdpConnection } from './cdp/pipe-connection.ts';
import { findPrintEngine } from './chromium-path.ts';

export type { PaperSize } from '../export/html-style.ts';

/** Prints HTML pages to PDF on one browser, started on the first page and stopped by `close()`. */
export interface PdfPrinter {
  /** Prints one page. */
  print(html: string, paper: PaperSize): Promise<Uint8Array>;
  /** Loads a policy page once, for a second print should the first need one (`printPolicyPdf`); close the session when done. */
  open(html: string, paper: PaperSize): Promise<PrintSession>;
  close(): Promise<void>;
  /**
   * Launches the browser now rather than on the first page, with `tabs` tabs
   * (1 by default; 0 for the browser alone) open for the first policies, their renderers started while
   * the caller does other work. Resolves when done, or when the browser
   * failed to start: the first page then says why.
   */
  warmUp(tabs?: number): Promise<void>;
  /** The running browser's process id, once it runs (for tests that look at its processes). */
  readonly browserPid: number | undefined;
}

/** A browser tab: a page in a browser context of its own, that policies are loaded into one after another. */
interface Tab {
  /** The browser the tab is in: should that one quit, the tab's commands fail with the reason, and never reach a newer browser. */
  browser: LaunchedChromium;
  contextId: string;
  sessionId: string;
}

/** How long a page may take to load: the ×10 project's page is 2.7 MB of HTML. */
const LOAD_TIMEOUT_MS = 120_000;

/** `Page.printToPDF`'s parameters for our print settings (inches, as the protocol takes them). */
export function printToPdfParams(paper: PaperSize): Record<string, unknown> {
  const s = pdfPrintSettings(paper);
  return {
    paperWidth: s.pageInches.width,
    paperHeight: s.pageInches.height,
    marginTop: s.marginsInches.top,
    marginRight: s.marginsInches.right,
    marginBottom: s.marginsInches.bottom,
    marginLeft: s.marginsInches.left,
    printBackground: s.printBackground,
    displayHeaderFooter: s.displayHeaderFooter,
    preferCSSPageSize: false,
    generateTaggedPDF: s.tagged,
    generateDocumentOutline: s.outline,
    transferMode: 'ReturnAsStream',
  };
}

/** Writes each section's page number into the contents' links to it (`href` → number); a link not listed gets none, not the placeholder it was printed with. */
const contentsPagesScript = (entries: readonly [string, string][]): string =>
  `(() => { const pages = new Map(${JSON.stringify(entries)}); for (const a of document.querySelectorAll('nav.toc a')) { const number = a.querySelector('.toc-page'); if (number) number.textContent = pages.get(a.getAttribute('href')) ?? ''; } })()`;

/** Runs an expression in a page (the protocol runs it even with the page's own scripts disabled); throws what it threw. */
async function evaluate(connection: CdpConnection, sessionId: string, expression: string): Promise<void> {
  const result = await connection.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId);
  const thrown = result.exceptionDetails as { exception?: { description?: string }; text?: string } | undefined;
  if (thrown) throw new Error(`The print page refused a step: ${thrown.exception?.description ?? thrown.text ?? 'unknown error'}`);
}

/**
 * A read's size: 64 KiB arrive as about 87 KB of base64 in one message, a
 * string V8 keeps with the other young objects and frees at the next minor
 * collection. Reads of the whole PDF at once made each message a string of
 * megabytes, kept in V8's large-object space until a full collection: a
 * process exporting twelve languages' PDFs peaked at 328 instead of 306 MiB
 * (455 instead of 386 MiB with every format).
 */
const READ_CHUNK = 64 << 10;

/**
 * Reads a stream the browser holds (a printed PDF) to its end and closes it.
 * Each piece is decoded straight into one buffer sized for `expected` bytes
 * (the size of the PDF printed before, as the policy's prints and languages
 * are much alike) and grown by half when short, instead of a buffer per piece
 * joined at the end: one 2.5 MB allocation a print of the large policy
 * rather than two and forty small ones, all of it memory outside V8's heap
 * that is given back only when a collection finds the buffers dead.
 */
export async function readStream(connection: Pick<CdpConnection, 'send'>, sessionId: string, handle: string, expected = 0): Promise<Uint8Array> {
  let bytes = Buffer.allocUnsafe(Math.max(expected, READ_CHUNK));
  let length = 0;
  for (;;) {
    const chunk = await connection.send('IO.read', { handle, size: READ_CHUNK }, sessionId);
    const data = String(chunk.data ?? '');
    const encoding = chunk.base64Encoded ? 'base64' : 'utf8';
    const size = Buffer.byteLength(data, encoding);
    if (length + size > bytes.length) {
      const grown = Buffer.allocUnsafe(Math.max(length + size, Math.ceil(bytes.length * 1.5)));
      bytes.copy(grown, 0, 0, length);
      bytes = grown;
    }
    length += bytes.write(data, length, size, encoding);
    if (chunk.eof) break;
  }
  await connection.send('IO.close', { handle }, sessionId);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, length);
}

/**
 * A PDF printer on headless Chromium (its headless shell where installed,
 * `findPrintEngine`): the same print engine as Electron's printToPDF in the
 * app, with the same settings (`pdfPrintSettings`), so what tests check is
 * what ships. It speaks the DevTools protocol over a pipe itself
 * (`launchChromium`) rather than through playwright-core, whose 2.5 MB of
 * code took 250 ms to load before the browser could even start, and which
 * is a development dependency besides.
 *
 * One browser serves every page of a bundle, several at once in tabs of
 * their own, each tab reused for the next language once its policy is
 * printed. A page is written to a file in the browser's own folder and
 * loaded from there; its scripts are disabled (there are none: the page is
 * our own static HTML), and the print page's Content-Security-Policy
 * (`printOnlyPage`) lets it load nothing. The contents' page numbers, when
 * a page prints again with them, go in through the protocol, which works
 * with scripts off.
 */
export function createChromiumPdfPrinter(): PdfPrinter {
  let browser: Promise<LaunchedChromium> | undefined;
  let launched: LaunchedChromium | undefined;
  let pageCount = 0;
  /** The size of the PDF printed last, in bytes, which the next print's buffer is sized for (a little more: languages' PDFs differ by a few kB). */
  let lastPdfSize = 0;
  const launch = async (): Promise<LaunchedChromium> => {
    const executablePath = findPrintEngine();
    if (!executablePath) throw new Error('PDF export needs Chromium or Google Chrome; none was found (set POLICY_STUDIO_CHROMIUM to its path).');
    const started = await launchChromium(executablePath);
    launched = started;
    const { connection } = started;
    // A browser that quit (crashed, killed) is let go, its folder removed: the next page starts a new one.
    connection.onClose(() => {
      if (launched !== started) return;
      browser = undefined;
      launched = undefined;
      idle.length = 0;
      warming.length = 0;
      void started.close();
    });
    // A page that crashed or went away fails its own print, not the others.
    connection.onEvent((event) => {
      if (event.method === 'Inspector.targetCrashed' && event.sessionId) connection.fail('The page being printed crashed in Chromium', event.sessionId);
      if (event.method === 'Target.detachedFromTarget') connection.fail('The page being printed was closed in Chromium', String(event.params.sessionId));
    });
    mkdirSync(join(started.folder, 'pages'));
    return started;
  };
  const running = async (): Promise<LaunchedChromium> => {
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
   * 0.5 s of CPU a language on the large project. Each tab keeps a browser
   * context of its own, so tabs printing at once never share a renderer.
   */
  const idle: Tab[] = [];
  const newTab = async (): Promise<Tab> => {
    const owner = await running();
    const { connection } = owner;
    const { browserContextId } = await connection.send('Target.createBrowserContext', { disposeOnDetach: true });
    const contextId = String(browserContextId);
    try {
      const { targetId } = await connection.send('Target.createTarget', { url: 'about:blank', browserContextId: contextId });
      const { sessionId } = await connection.send('Target.attachToTarget', { targetId, flatten: true });
      const tab = { browser: owner, contextId, sessionId: String(sessionId) };
      await Promise.all([connection.send('Page.enable', {}, tab.sessionId), connection.send('Emulation.setScriptExecutionDisabled', { value: true }, tab.sessionId)]);
      return tab;
    } catch (error) {
      await connection.send('Target.disposeBrowserContext', { browserContextId: contextId }).catch(() => undefined);
      throw error;
    }
  };
  const closeTab = async ({ browser: { connection }, contextId }: Tab): Promise<void> => {
    if (!connection.closed) await connection.send('Target.disposeBrowserContext', { browserContextId: contextId }).catch(() => undefined);
  };
  /** Tabs being made ready by `warmUp`: a policy that comes first waits for one instead of starting another (null: it failed). */
  const warming: Promise<Tab | null>[] = [];
  const freeTab = async (): Promise<Tab> => idle.pop() ?? (await warming.shift()) ?? (await newTab());
  /** Loads a page into a tab from a file of the browser's own, resolving on its load event; rejects if the tab or browser fails first. */
  const load = async (tab: Tab, html: string): Promise<void> => {
    const { connection, folder } = tab.browser;
    const file = join(folder, 'pages', `${++pageCount}.html`);
    writeFileSync(file, printOnlyPage(html), { mode: 0o600 });
    const stops: (() => void)[] = [];
    const loaded = new Promise<void>((resolve, reject) => {
      stops.push(
        connection.onEvent((event) => {
          if (event.method === 'Page.loadEventFired' && event.sessionId === tab.sessionId) resolve();
          if (event.method === 'Inspector.targetCrashed' && event.sessionId === tab.sessionId) reject(new Error('The page being printed crashed in Chromium'));
        }),
        connection.onClose((reason) => reject(new Error(reason))),
      );
      const timer = setTimeout(() => reject(new Error(`Chromium did not finish loading the page to print within ${LOAD_TIMEOUT_MS / 1000} s`)), LOAD_TIMEOUT_MS);
      stops.push(() => clearTimeout(timer));
    });
    try {
      const navigated = await connection.send('Page.navigate', { url: pathToFileURL(file).href }, tab.sessionId);
      if (navigated.errorText) throw new Error(`Chromium could not load the page to print: ${String(navigated.errorText)}`);
      await loaded;
    } finally {
      for (const stop of stops) stop();
      // Observed here too: after a failed navigation nobody awaits `loaded`, and its later rejection must not go unhandled.
      loaded.catch(() => undefined);
      rmSync(file, { force: true });
    }
  };
  const open = async (html: string, paper: PaperSize): Promise<PrintSession> => {
    const tab = await freeTab();
    const { connection } = tab.browser;
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
    await guarded(() => load(tab, html)).catch(async (error: unknown) => {
      await closeTab(tab);
      throw error;
    });
    let closed = false;
    return {
      print: () =>
        guarded(async () => {
          const { stream } = await connection.send('Page.printToPDF', printToPdfParams(paper), tab.sessionId);
          const pdf = await readStream(connection, tab.sessionId, String(stream), lastPdfSize + (lastPdfSize >> 6));
          lastPdfSize = pdf.byteLength;
          return pdf;
        }),
      fillContentsPages: (pages) =>
        guarded(() =>
          evaluate(
            connection,
            tab.sessionId,
            contentsPagesScript([...pages].map(([id, n]): [string, string] => [`#${anchorId(id)}`, String(n)])),
          ),
        ),
      close: async () => {
        if (closed) return;
        closed = true;
        if (healthy && launched === tab.browser) idle.push(tab);
        else await closeTab(tab);
      },
    };
  };
  return {
    async print(html, paper) {
      const session = await open(html, paper);
      try {
        return await session.print();
      } finally {
        await session.close();
      }
    },
    open,
    warmUp: async (tabs = 1) => {
      // The browser starts even for no tab: `warmUp(0)` starts it before the caller knows how many pages it will print.
      const started = running().catch(() => undefined);
      const ready = Array.from({ length: Math.max(0, tabs - idle.length - warming.length) }, () => newTab().catch(() => null));
      warming.push(...ready);
      await Promise.all([started, ...ready]);
    },
    get browserPid() {
      return launched?.pid;
    },
    async close() {
      const b = browser;
      browser = undefined;
      launched = undefined;
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

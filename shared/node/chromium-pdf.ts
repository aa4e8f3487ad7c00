import { existsSync } from 'node:fs';

/** Where a Chromium-family browser is usually installed; POLICY_STUDIO_CHROMIUM overrides. */
const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'];

export function findChromium(): string | null {
  const fromEnv = process.env.POLICY_STUDIO_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return CANDIDATES.find((p) => existsSync(p)) ?? null;
}

/** Flags for a headless browser on a machine without network: nothing reaches out. */
export const OFFLINE_CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage', '--no-first-run'];

export type PaperSize = 'A4' | 'Letter';

/**
 * Prints standalone HTML to PDF with Chromium's print engine: the same
 * engine as Electron's printToPDF in the app, so what tests check is what
 * ships. Scripts are disabled: the page is our own static HTML.
 */
export async function printHtmlToPdf(html: string, paper: PaperSize = 'A4'): Promise<Uint8Array> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('PDF export needs Chromium or Google Chrome; none was found (set POLICY_STUDIO_CHROMIUM to its path).');
  // playwright-core is a development dependency: loaded only when a PDF is asked for.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: OFFLINE_CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({ format: paper, printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}

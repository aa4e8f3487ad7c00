import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { DEFAULT_SCAN_LINKS, nextLinks, scanStartUrl } from '../discovery/crawl.ts';
import type { SiteScanData } from '../discovery/from-scan.ts';
import { findChromium } from './chromium-path.ts';
import { loadPlaywright } from './playwright.ts';
import { DISABLE_FEATURES_ARG } from './chromium-features.ts';

export interface SiteScanOptions {
  /** Same-site links to visit besides the start page (default 5). */
  links?: number;
  /** How long one page may take to load (default 20 s). */
  pageTimeoutMs?: number;
  /** After a page has loaded, how long to let its scripts set cookies (default 1.5 s). */
  settleMs?: number;
  /** Reported after each page, for a progress line. */
  onPage?(url: string): void;
}

/** A scan that could not run: no browser, or the start page did not load. `message` is one line for the user. */
export class SiteScanError extends Error {}

/** Flags for a scan: a fresh profile with nothing of the user's, no sync, no extensions. */
const SCAN_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-sync', '--disable-extensions', '--disable-dev-shm-usage', '--no-first-run', '--disable-component-update', DISABLE_FEATURES_ARG];

async function readPage(page: Page): Promise<{ origin: string; keys: string[] }[]> {
  const found: { origin: string; keys: string[] }[] = [];
  for (const frame of page.frames()) {
    // A frame the page removed, or one whose storage is off limits, has nothing to read.
    const keys = await frame.evaluate(() => Object.keys(window.localStorage)).catch(() => null);
    const origin = await frame.evaluate(() => window.location.origin).catch(() => null);
    if (keys && origin && keys.length > 0) found.push({ origin, keys });
  }
  return found;
}

async function visit(context: BrowserContext, url: string, options: Required<Omit<SiteScanOptions, 'onPage'>>): Promise<{ hrefs: string[]; storage: { origin: string; keys: string[] }[] }> {
  const page = await context.newPage();
  try {
    await page.goto(url, { waitUntil: 'load', timeout: options.pageTimeoutMs });
    await page.waitForLoadState('networkidle', { timeout: options.settleMs }).catch(() => undefined);
    await page.waitForTimeout(Math.min(500, options.settleMs));
    const hrefs = await page.$$eval('a[href]', (links) => links.map((a) => (a as HTMLAnchorElement).href)).catch(() => []);
    return { hrefs, storage: await readPage(page) };
  } finally {
    await page.close();
  }
}

/**
 * Visits a site in headless Chromium as a first-time visitor (an empty
 * profile, deleted afterwards; no consent given): the start page and up to `links` same-site
 * pages linked from it, then reads every cookie the browser holds
 * (first and third party) and each page's local-storage keys. Downloads are
 * refused; a link page that fails is skipped, a start page that fails is an
 * error. Playwright loads only when a scan runs.
 */
export async function scanSite(startUrl: string, options: SiteScanOptions = {}): Promise<SiteScanData> {
  const start = scanStartUrl(startUrl);
  if (!start.ok) throw new SiteScanError(start.message);
  const settings = { links: options.links ?? DEFAULT_SCAN_LINKS, pageTimeoutMs: options.pageTimeoutMs ?? 20_000, settleMs: options.settleMs ?? 1_500 };
  const executablePath = findChromium();
  if (!executablePath) throw new SiteScanError('Scanning a site needs Chromium or Google Chrome; none was found (set POLICY_STUDIO_CHROMIUM to its path).');
  const { chromium } = loadPlaywright();
  const profile = await freshProfile();
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(profile, { executablePath, args: SCAN_ARGS, headless: true, acceptDownloads: false, serviceWorkers: 'block' });
  } catch (error) {
    await rm(profile, { recursive: true, force: true });
    throw new SiteScanError(`Chromium (${executablePath}) did not start: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
  }
  try {
    const queue = [start.url];
    const planned = new Set(queue);
    const visited: string[] = [];
    const localStorage: SiteScanData['localStorage'] = [];
    while (queue.length > 0) {
      const url = queue.shift()!;
      let read;
      try {
        read = await visit(context, url, settings);
      } catch (error) {
        if (visited.length === 0) throw new SiteScanError(`${url} did not load: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
        continue;
      }
      visited.push(url);
      options.onPage?.(url);
      localStorage.push(...read.storage);
      for (const link of nextLinks(start.url, read.hrefs, planned, settings.links)) {
        planned.add(link);
        queue.push(link);
      }
    }
    const cookies = (await context.cookies()).map((c) => ({ name: c.name, domain: c.domain, expires: c.expires }));
    return { url: start.url, visited, cookies, localStorage, readAt: Date.now() };
  } finally {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  }
}

/**
 * An empty browser profile that accepts third-party cookies, as a default
 * desktop browser does: a private context (what `browser.newContext()`
 * gives) blocks them, so a scan there would miss every ad network's cookie.
 */
async function freshProfile(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'policy-studio-scan-'));
  await mkdir(join(dir, 'Default'));
  await writeFile(join(dir, 'Default', 'Preferences'), JSON.stringify({ profile: { cookie_controls_mode: 0, block_third_party_cookies: false } }));
  return dir;
}

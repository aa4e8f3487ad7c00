import { randomBytes } from 'node:crypto';
import type { BrowserWindowConstructorOptions } from 'electron';
import { DEFAULT_SCAN_LINKS, isSameSite, nextLinks } from '../shared/discovery/crawl.ts';
import type { SiteScanData } from '../shared/discovery/from-scan.ts';
import type { SiteScanner } from './cookie-discovery-handlers.ts';

/** The parts of an Electron session a scan uses. */
export interface ScanSession {
  cookies: { get(filter: Record<string, never>): Promise<{ name: string; domain?: string; expirationDate?: number; session?: boolean }[]> };
  on(event: 'will-download', listener: (event: { preventDefault(): void }, item: { cancel(): void }) => void): unknown;
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: () => boolean): void;
  clearStorageData(): Promise<void>;
}

interface ScanFrame {
  executeJavaScript(code: string): Promise<unknown>;
}

/** The parts of a BrowserWindow (and its webContents) a scan uses, so that tests can hand in a fake one. */
export interface ScanWindow {
  webContents: {
    session: ScanSession;
    mainFrame: ScanFrame & { framesInSubtree: ScanFrame[] };
    on(event: 'will-navigate' | 'will-redirect', listener: (event: { preventDefault(): void; url: string; isMainFrame?: boolean }, url?: string) => void): unknown;
    on(event: 'will-attach-webview', listener: (event: { preventDefault(): void }) => void): unknown;
    setWindowOpenHandler(handler: () => { action: 'deny' }): void;
    loadURL(url: string): Promise<void>;
  };
  destroy(): void;
}

export interface ScanWindowOptions {
  /** `session.fromPartition`: the scan's session, known before its window exists (see `owns`). */
  fromPartition(partition: string): ScanSession;
  createWindow(options: BrowserWindowConstructorOptions): ScanWindow;
  /** Same-site links to visit besides the start page. */
  links?: number;
  pageTimeoutMs?: number;
  /** After a page has loaded, how long to let its scripts set cookies. */
  settleMs?: number;
  /** Random part of the partition name (tests fix it). */
  randomId?: () => string;
  wait?: (ms: number) => Promise<void>;
}

/**
 * The hidden window's preferences: its own in-memory session (a partition
 * without "persist:", so nothing of the app's session is shared and nothing
 * stays on disk), no preload and no Node.js, sandboxed; JavaScript on, as
 * the site's scripts set most cookies; no webviews, no dialogs.
 */
export function scanWindowOptions(partition: string): BrowserWindowConstructorOptions {
  return {
    show: false,
    width: 1280,
    height: 800,
    webPreferences: {
      partition,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      javascript: true,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
      safeDialogs: true,
      backgroundThrottling: false,
    },
  };
}

const LINKS_SCRIPT = 'Array.from(document.querySelectorAll("a[href]"), (a) => a.href)';
const STORAGE_SCRIPT = '(() => { try { return { origin: location.origin, keys: Object.keys(localStorage) }; } catch { return null; } })()';

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not load within ${Math.round(ms / 1000)} seconds`)), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e instanceof Error ? e : new Error(String(e)))),
    );
  });
}

const isStorage = (v: unknown): v is { origin: string; keys: string[] } =>
  typeof v === 'object' && v !== null && typeof (v as { origin?: unknown }).origin === 'string' && Array.isArray((v as { keys?: unknown }).keys) && (v as { keys: unknown[] }).keys.every((k) => typeof k === 'string');

/**
 * "Find cookies…" in the desktop app: one hidden window per scan, in a
 * session partition of its own, visiting the start page and up to `links`
 * same-site pages; the page can navigate only within the site, opens no
 * windows, downloads nothing and is granted no permission. The window and
 * its session's data are gone when the scan ends. `owns` tells the app's
 * `web-contents-created` lock-down which contents are a scan's: those keep
 * these rules instead (its frames and same-site redirects must load).
 */
export function createWindowSiteScanner(options: ScanWindowOptions): { scan: SiteScanner; owns(session: unknown): boolean } {
  const links = options.links ?? DEFAULT_SCAN_LINKS;
  const pageTimeoutMs = options.pageTimeoutMs ?? 20_000;
  const settleMs = options.settleMs ?? 1_500;
  const wait = options.wait ?? ((ms) => new Promise<void>((r) => setTimeout(r, ms)));
  const randomId = options.randomId ?? (() => randomBytes(12).toString('hex'));
  const sessions = new WeakSet<object>();
  const scan: SiteScanner = async (start) => {
    const partition = `scan-${randomId()}`;
    const session = options.fromPartition(partition);
    // Known before the window is created, so the app's own lock-down (which would stop the site's frames and redirects) skips it.
    sessions.add(session);
    const window = options.createWindow(scanWindowOptions(partition));
    const contents = window.webContents;
    session.on('will-download', (event, item) => {
      event.preventDefault();
      item.cancel();
    });
    session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
    session.setPermissionCheckHandler(() => false);
    // A site's pop-ups open nowhere: not in the app, not in the user's browser.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (event) => event.preventDefault());
    const keepOnSite = (event: { preventDefault(): void; url: string; isMainFrame?: boolean }, url?: string) => {
      if (event.isMainFrame === false) return;
      if (!isSameSite(start, url ?? event.url)) event.preventDefault();
    };
    contents.on('will-navigate', keepOnSite);
    contents.on('will-redirect', keepOnSite);
    try {
      const queue = [start];
      const planned = new Set(queue);
      const visited: string[] = [];
      const localStorage: SiteScanData['localStorage'] = [];
      while (queue.length > 0) {
        const url = queue.shift()!;
        try {
          await withTimeout(contents.loadURL(url), pageTimeoutMs, url);
        } catch (error) {
          if (visited.length === 0) throw new Error(`${url} did not load: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
          continue;
        }
        visited.push(url);
        await wait(settleMs);
        const hrefs = await contents.mainFrame.executeJavaScript(LINKS_SCRIPT).catch(() => []);
        for (const frame of [contents.mainFrame, ...contents.mainFrame.framesInSubtree.filter((f) => f !== contents.mainFrame)]) {
          const storage = await frame.executeJavaScript(STORAGE_SCRIPT).catch(() => null);
          if (isStorage(storage) && storage.keys.length > 0) localStorage.push(storage);
        }
        const strings = Array.isArray(hrefs) ? hrefs.filter((h): h is string => typeof h === 'string') : [];
        for (const link of nextLinks(start, strings, planned, links)) {
          planned.add(link);
          queue.push(link);
        }
      }
      const cookies = (await session.cookies.get({})).map((c) => ({ name: c.name, domain: c.domain ?? new URL(start).hostname, ...(c.session || c.expirationDate === undefined ? {} : { expires: c.expirationDate }) }));
      return { url: start, visited, cookies, localStorage, readAt: Date.now() };
    } finally {
      window.destroy();
      await session.clearStorageData().catch(() => undefined);
    }
  };
  return { scan, owns: (session) => typeof session === 'object' && session !== null && sessions.has(session) };
}

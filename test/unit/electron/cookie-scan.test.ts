import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';
import { createWindowSiteScanner, type ScanSession, type ScanWindow } from '../../../electron/cookie-scan.ts';

type Listener = (event: { preventDefault(): void; url: string; isMainFrame?: boolean }, url?: string) => void;

/** A fake hidden window over a fake site: pages with links, cookies the "site" sets as pages load. */
function fakeSite(pages: Record<string, string[]>, failing: string[] = []) {
  const listeners = new Map<string, Listener[]>();
  const cookieJar: { name: string; domain?: string; expirationDate?: number; session?: boolean }[] = [];
  const downloads: ((event: { preventDefault(): void }, item: { cancel(): void }) => void)[] = [];
  let current = '';
  const session: ScanSession & { permission?: (w: unknown, p: string, cb: (g: boolean) => void) => void } = {
    cookies: { get: vi.fn(async () => cookieJar) },
    on: (_event, listener) => downloads.push(listener),
    setPermissionRequestHandler(handler) {
      session.permission = handler;
    },
    setPermissionCheckHandler: vi.fn(),
    clearStorageData: vi.fn(async () => undefined),
  };
  const mainFrame = {
    executeJavaScript: vi.fn(async (code: string) => (code.includes('querySelectorAll') ? (pages[current] ?? []) : { origin: new URL(current).origin, keys: ['cart'] })),
    framesInSubtree: [] as { executeJavaScript(code: string): Promise<unknown> }[],
  };
  const created: BrowserWindowConstructorOptions[] = [];
  const loaded: string[] = [];
  let openHandler: (() => { action: 'deny' }) | undefined;
  const destroy = vi.fn<() => void>();
  const window: ScanWindow = {
    webContents: {
      session,
      mainFrame,
      on: (event: string, listener: Listener) => void listeners.set(event, [...(listeners.get(event) ?? []), listener]),
      setWindowOpenHandler: (handler) => void (openHandler = handler),
      loadURL: vi.fn(async (url: string) => {
        loaded.push(url);
        if (failing.includes(url)) throw new Error('ERR_CONNECTION_REFUSED');
        current = url;
        cookieJar.push({ name: `seen_${new URL(url).pathname.replace(/\W/g, '') || 'home'}`, domain: '.shop.example', expirationDate: Date.now() / 1000 + 86_400 });
      }),
    },
    destroy,
  };
  const fromPartition = vi.fn(() => session);
  const scanner = createWindowSiteScanner({ fromPartition, createWindow: (options) => (created.push(options), window), randomId: () => 'r4nd0m', wait: async () => undefined, links: 2 });
  const fire = (event: string, url: string, isMainFrame = true) => {
    let prevented = false;
    for (const l of listeners.get(event) ?? []) l({ preventDefault: () => (prevented = true), url, isMainFrame }, url);
    return prevented;
  };
  return { scanner, window: { destroy }, session, created, loaded, fromPartition, fire, downloads, openHandler: () => openHandler?.() };
}

describe('createWindowSiteScanner', () => {
  it('scans in a hidden, sandboxed window with a session partition of its own and no preload', async () => {
    const site = fakeSite({ 'https://shop.example/': [] });
    await site.scanner.scan('https://shop.example/');
    expect(site.fromPartition).toHaveBeenCalledWith('scan-r4nd0m');
    const [options] = site.created;
    expect(options).toMatchObject({ show: false, webPreferences: { partition: 'scan-r4nd0m', sandbox: true, contextIsolation: true, nodeIntegration: false, javascript: true } });
    expect(options?.webPreferences).not.toHaveProperty('preload');
    // Not persisted: a partition without "persist:" lives in memory only.
    expect(options?.webPreferences?.partition).not.toMatch(/^persist:/);
    expect(site.scanner.owns(site.session)).toBe(true);
    expect(site.scanner.owns({})).toBe(false);
    expect(site.window.destroy).toHaveBeenCalled();
    expect(site.session.clearStorageData).toHaveBeenCalled();
  });

  it('visits the start page and up to the asked number of same-site links, and returns cookies and local storage', async () => {
    const site = fakeSite({
      'https://www.shop.example/': ['https://www.shop.example/about', 'https://elsewhere.example/', 'https://shop.example/terms.pdf', 'https://blog.shop.example/', 'https://www.shop.example/more'],
      'https://www.shop.example/about': ['https://www.shop.example/'],
    });
    const scan = await site.scanner.scan('https://www.shop.example/');
    expect(site.loaded).toEqual(['https://www.shop.example/', 'https://www.shop.example/about', 'https://blog.shop.example/']);
    expect(scan.visited).toEqual(site.loaded);
    expect(scan.cookies.map((c) => c.name)).toEqual(['seen_home', 'seen_about', 'seen_home']);
    expect(scan.localStorage[0]).toEqual({ origin: 'https://www.shop.example', keys: ['cart'] });
  });

  it('keeps the window on the site, opens no pop-ups, cancels downloads and grants no permission', async () => {
    const site = fakeSite({ 'https://shop.example/': [] });
    await site.scanner.scan('https://shop.example/');
    expect(site.fire('will-navigate', 'https://evil.example/')).toBe(true);
    expect(site.fire('will-redirect', 'https://tracker.example/')).toBe(true);
    expect(site.fire('will-navigate', 'https://www.shop.example/page')).toBe(false);
    // A third-party iframe may load: its cookies are what the scan is for.
    expect(site.fire('will-redirect', 'https://ads.example/frame', false)).toBe(false);
    expect(site.openHandler()).toEqual({ action: 'deny' });
    const cancel = vi.fn();
    const preventDefault = vi.fn();
    site.downloads[0]?.({ preventDefault }, { cancel });
    expect(cancel).toHaveBeenCalled();
    const granted = vi.fn();
    site.session.permission?.(null, 'geolocation', granted);
    expect(granted).toHaveBeenCalledWith(false);
  });

  it('fails with the reason when the start page does not load, and still closes the window', async () => {
    const site = fakeSite({}, ['https://shop.example/']);
    await expect(site.scanner.scan('https://shop.example/')).rejects.toThrow('https://shop.example/ did not load: ERR_CONNECTION_REFUSED');
    expect(site.window.destroy).toHaveBeenCalled();
  });
});

import { collect } from './collect.ts';
import { durationFromSeconds } from './duration.ts';
import { hostOfUrl, normalizeHost } from './site.ts';
import type { Discovery } from './types.ts';

/**
 * What a browser scan read, as plain data (from playwright's
 * `context.cookies()` or Electron's `session.cookies.get()`, and each
 * visited page's local-storage keys): the same shape in the CLI and the app.
 */
export interface SiteScanData {
  /** The address the scan started at. */
  url: string;
  /** Pages visited, in order. */
  visited: string[];
  /** `expires` in seconds since 1970; -1 or absent for a session cookie. */
  cookies: { name: string; domain: string; expires?: number }[];
  localStorage: { origin: string; keys: string[] }[];
  /** When the cookies were read (ms since 1970), to turn expiry dates into lifetimes. */
  readAt: number;
}

/** Chromium caps a cookie's lifetime at 400 days (RFC 6265bis); a day's margin for the time the scan took. */
const BROWSER_LIMIT_SECONDS = 399 * 86_400;

/** A scan's cookies and local-storage keys as found rows, party judged against the starting page's site. */
export function fromSiteScan(scan: SiteScanData): Discovery {
  const site = hostOfUrl(scan.url);
  const seen = collect(site ?? '');
  for (const c of scan.cookies) {
    const session = c.expires === undefined || c.expires < 0;
    const seconds = session ? 0 : c.expires! - scan.readAt / 1000;
    seen.add({ name: c.name, domain: normalizeHost(c.domain), storage: 'cookie', duration: session ? { kind: 'session' } : durationFromSeconds(seconds), ...(seconds >= BROWSER_LIMIT_SECONDS ? { atBrowserLimit: true as const } : {}) });
  }
  for (const { origin, keys } of scan.localStorage) {
    const host = hostOfUrl(origin);
    if (host === null) continue;
    for (const key of keys) seen.add({ name: key, domain: host, storage: 'local-storage', duration: { kind: 'persistent' } });
  }
  return { site, found: seen.list() };
}

import { siteOf } from './site.ts';

/** Pages a scan visits besides the one it starts at, unless told otherwise. */
export const DEFAULT_SCAN_LINKS = 5;

/** Files a link may point at that are not pages: never followed, so a scan downloads nothing. */
const NOT_A_PAGE = /\.(pdf|zip|gz|tgz|rar|7z|exe|dmg|pkg|msi|apk|iso|mp4|mov|avi|mp3|wav|jpe?g|png|gif|webp|svg|docx?|xlsx?|pptx?|csv)$/i;

/**
 * The address a scan may start at: http(s) with a host and no user name or
 * password, without its fragment; otherwise what is wrong, to show the user.
 */
export function scanStartUrl(text: string): { ok: true; url: string } | { ok: false; message: string } {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return { ok: false, message: `"${text}" is not a web address: enter one like https://www.example.com/` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, message: `"${text}" is not a web address: only http:// and https:// sites can be scanned` };
  if (url.username || url.password) return { ok: false, message: `"${text}" contains a user name or password: scan the address without them` };
  url.hash = '';
  return { ok: true, url: url.href };
}

/** Whether a page may be visited by a scan of `start`: http(s) on the same site (subdomains included). */
export function isSameSite(start: string, candidate: string): boolean {
  try {
    const a = new URL(start);
    const b = new URL(candidate);
    return (b.protocol === 'http:' || b.protocol === 'https:') && !b.username && !b.password && siteOf(a.hostname) === siteOf(b.hostname);
  } catch {
    return false;
  }
}

/**
 * The next pages to visit: links of the page just read, on the same site,
 * not yet visited or queued, not files, without fragments, in page order,
 * until `max` pages besides the start are planned.
 */
export function nextLinks(start: string, hrefs: readonly string[], planned: ReadonlySet<string>, max: number): string[] {
  const out: string[] = [];
  const room = max + 1 - planned.size;
  for (const href of hrefs) {
    if (out.length >= room) break;
    let url: URL;
    try {
      url = new URL(href, start);
    } catch {
      continue;
    }
    url.hash = '';
    if (!isSameSite(start, url.href) || NOT_A_PAGE.test(url.pathname) || planned.has(url.href) || out.includes(url.href)) continue;
    out.push(url.href);
  }
  return out;
}

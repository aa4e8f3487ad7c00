import type { CookieDuration } from '../library/types.ts';

/** Whose cookie it is, seen from the site the visitor is on. */
export type Party = 'first' | 'third';

/** Where the browser keeps it: a cookie, or a key in the page's local storage. */
export type Storage = 'cookie' | 'local-storage';

/**
 * A cookie (or local-storage key) a HAR file, a scanner's CSV or a site scan
 * saw: only what was observed, no library facts yet.
 */
export interface FoundCookie {
  name: string;
  /** The host it belongs to, without a leading dot ("doubleclick.net"); for a local-storage key, its page's host. */
  domain: string;
  party: Party;
  storage: Storage;
  /** How long it was set to last, or null when the source does not say (a cookie only seen being sent). */
  duration: CookieDuration | null;
  /**
   * A browser scan saw it at the browser's limit (Chromium keeps no cookie
   * longer than 400 days): the site may have asked for longer, so the
   * library's duration, where there is one, says more.
   */
  atBrowserLimit?: true;
}

/** What one source found: the site it was recorded on (a host), and each cookie once. */
export interface Discovery {
  site: string | null;
  found: FoundCookie[];
}

/** A source that could not be read: `message` completes a sentence naming the file. */
export type DiscoveryResult = ({ ok: true } & Discovery) | { ok: false; message: string };

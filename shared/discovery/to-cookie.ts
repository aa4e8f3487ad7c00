import { formatCookieDuration } from '../library/duration.ts';
import type { CookieDuration } from '../library/types.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import type { Cookie, CookieCategory } from '../model/schema.ts';
import { cookieFrom } from '../interview/services.ts';
import type { DiscoveryRow } from './compare.ts';

type FoundRow = Exclude<DiscoveryRow, { status: 'gone' }>;

/** The lifetime a row states: what the source saw, else the library's (also when a scan saw it cut to the browser's limit). */
export function rowDuration(row: FoundRow): CookieDuration | null {
  if (row.found.atBrowserLimit && row.match) return row.match.duration;
  return row.found.duration ?? row.match?.duration ?? null;
}

/**
 * A found cookie as a row of the project's cookies table, in its languages:
 * a library match gives provider, category and purpose (written in each
 * language); an unknown cookie gets the category the person chose and an
 * empty purpose, which the form then asks them to fill in. The name, the
 * party and (when seen) the lifetime are what the source observed.
 */
export function cookieRowFrom(row: FoundRow, languages: readonly DocumentLanguage[], category?: CookieCategory): Cookie {
  const duration = rowDuration(row);
  const durationText = duration === null ? '' : Object.fromEntries(languages.map((lang) => [lang, formatCookieDuration(duration, lang)]));
  const base: Cookie = row.match
    ? cookieFrom(row.match, languages)
    : { name: row.found.name, provider: row.found.domain, category: category ?? 'necessary', purpose: '', duration: '', party: row.found.party };
  return { ...base, name: row.found.name, category: category ?? base.category, party: row.found.party, duration: durationText === '' ? base.duration : durationText };
}

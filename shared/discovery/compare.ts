import type { LibraryCookie } from '../library/types.ts';
import type { Cookie } from '../model/schema.ts';
import { matchCookieIn } from '../library/cookie-match.ts';
import type { FoundCookie } from './types.ts';

/**
 * One row of the review: a cookie found and not in the project (`new`),
 * found and already listed (`listed`, with the row's index), or listed in
 * the project but not found this time (`gone`: perhaps removed from the
 * site, perhaps only set on a page the scan did not visit).
 */
export type DiscoveryRow =
  | { status: 'new'; found: FoundCookie; match?: LibraryCookie }
  | { status: 'listed'; found: FoundCookie; match?: LibraryCookie; listedIndex: number }
  | { status: 'gone'; listed: Cookie; listedIndex: number };

/**
 * Whether a project's row names this cookie: the same name; or the row is a
 * pattern (`_ga_*`) the name starts with; or both belong to the same library
 * pattern (the project lists `_ga_ABC`, the site now sets `_ga_XYZ`).
 */
export function namesCookie(listed: Cookie, name: string, library: readonly LibraryCookie[]): boolean {
  const listedName = listed.name.trim();
  if (listedName === name) return true;
  if (listedName.endsWith('*') && name.startsWith(listedName.slice(0, -1))) return true;
  const a = matchCookieIn(library, name);
  return a !== undefined && a.match === 'prefix' && a === matchCookieIn(library, listedName);
}

/** The review's rows: what was found in the order found, each matched to the library and the project; then the project's rows not found. */
export function compareWithProject(found: readonly FoundCookie[], listed: readonly Cookie[], library: readonly LibraryCookie[]): DiscoveryRow[] {
  const seenListed = new Set<number>();
  const rows: DiscoveryRow[] = found.map((f) => {
    const match = matchCookieIn(library, f.name);
    const listedIndex = listed.findIndex((c) => namesCookie(c, f.name, library));
    const withMatch = match ? { match } : {};
    if (listedIndex < 0) return { status: 'new', found: f, ...withMatch };
    seenListed.add(listedIndex);
    return { status: 'listed', found: f, listedIndex, ...withMatch };
  });
  listed.forEach((c, i) => {
    if (!seenListed.has(i)) rows.push({ status: 'gone', listed: c, listedIndex: i });
  });
  return rows;
}

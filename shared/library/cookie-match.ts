import type { LibraryCookie } from './types.ts';

/**
 * The library cookie a name seen in a browser belongs to: an exact name
 * first (case-sensitive, as browsers compare names), then the longest
 * matching prefix pattern, so `_ga_ABC123` finds the `_ga_` pattern and
 * not the `_ga` cookie.
 */
export function matchCookieIn(list: readonly LibraryCookie[], name: string): LibraryCookie | undefined {
  const exact = list.find((c) => c.match === 'exact' && c.name === name);
  if (exact) return exact;
  let best: LibraryCookie | undefined;
  for (const c of list) {
    if (c.match === 'prefix' && name.startsWith(c.name) && name.length > c.name.length && (!best || c.name.length > best.name.length)) best = c;
  }
  return best;
}

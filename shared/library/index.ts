/**
 * The offline library of widely used services and known cookies
 * (templates/library/), for suggestions in the form, the guided interview,
 * cookie discovery and `policy-studio library`. Pure: no file access, so the
 * renderer can use it too.
 */
import { matchCookieIn } from './cookie-match.ts';
import { library } from './load.ts';
import { searchCookieList, searchServiceList } from './search.ts';
import type { LibraryCookie, LibraryService } from './types.ts';

export type { CookieDuration, EveryLanguage, LibraryCookie, LibraryDataKind, LibraryService, ServiceKind } from './types.ts';
export { LIBRARY_DATA_KINDS, SERVICE_KINDS } from './types.ts';
export { formatCookieDuration } from './duration.ts';
export { library, type Library } from './load.ts';

/** Every service in the library, in its order. */
export function services(): readonly LibraryService[] {
  return library().services;
}

/** Every known cookie. */
export function cookies(): readonly LibraryCookie[] {
  return library().cookies;
}

/** The service with this id, if the library has it. */
export function findService(id: string): LibraryService | undefined {
  return library().services.find((s) => s.id === id);
}

/** Services matching what a user typed (name, id, legal entity or kind), best first. */
export function searchServices(text: string): LibraryService[] {
  return searchServiceList(library().services, text);
}

/** Cookies whose name, provider or service contains the text. */
export function searchCookies(text: string): LibraryCookie[] {
  return searchCookieList(library().cookies, text);
}

/** The library cookie a name seen in a browser belongs to: an exact name, else the longest prefix pattern. */
export function matchCookie(name: string): LibraryCookie | undefined {
  return matchCookieIn(library().cookies, name);
}

/** The cookies a service sets, as library entries. */
export function cookiesOf(service: LibraryService): LibraryCookie[] {
  const all = library().cookies;
  return service.cookies.map((id) => all.find((c) => c.id === id)).filter((c): c is LibraryCookie => c !== undefined);
}

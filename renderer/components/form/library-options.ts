import { searchCookieList, searchServiceList } from '../../../shared/library/search.ts';
import type { CookieFact, RecipientFact } from '../../../shared/library/suggest.ts';
import type { LibraryCookie, LibraryService } from '../../../shared/library/types.ts';
import { loadedLibrary } from '../../state/library.ts';
import { t, type MessageKey } from '../../i18n/t.ts';
import type { Suggestion } from './SuggestInput.tsx';

/** The part of an option label before its dash: "Processor" of "Processor — works only on your instructions". */
function shortLabel(key: MessageKey): string {
  return t(key).split(' — ')[0] ?? '';
}

/** A service as a suggestion: its name, its contracting entity and its typical role, and a word when its facts are not yet verified. */
export function serviceSuggestion(service: LibraryService): Suggestion {
  const entity = service.entity.eu ?? service.entity.us;
  const parts = [entity, shortLabel(`recipientRole.${service.role}` as MessageKey), service.unverified ? t('library.unverified') : undefined];
  return { id: service.id, label: service.name, detail: parts.filter(Boolean).join(' · ') };
}

/** A cookie as a suggestion: its name (a prefix shown with *), who sets it and its category. */
export function cookieSuggestion(cookie: LibraryCookie): Suggestion {
  const name = cookie.match === 'prefix' ? `${cookie.name}*` : cookie.name;
  return { id: cookie.id, label: name, detail: [cookie.provider, shortLabel(`cookieCategory.${cookie.category}` as MessageKey)].join(' · ') };
}

/** Library services matching a typed recipient name; none until the library has loaded (SuggestInput loads it and asks again). */
export function suggestServices(text: string): Suggestion[] {
  const library = loadedLibrary();
  return library ? searchServiceList(library.services, text).map(serviceSuggestion) : [];
}

/** Library cookies matching a typed cookie name or provider; none until the library has loaded. */
export function suggestCookies(text: string): Suggestion[] {
  const library = loadedLibrary();
  return library ? searchCookieList(library.cookies, text).map(cookieSuggestion) : [];
}

/** The name of a changed recipient fact, as the notice says it. */
export function recipientFactLabel(fact: RecipientFact): string {
  return t(`library.fact.${fact}` as MessageKey);
}

/** The name of a changed cookie fact. */
export function cookieFactLabel(fact: CookieFact): string {
  return t(`library.cookieFact.${fact}` as MessageKey);
}

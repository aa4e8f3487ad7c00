/**
 * What changed in the shipped library since a row was filled from it: the
 * facts whose hash differs from the one the row remembers. The form shows
 * them on the row ("Stripe's entry changed: transfer mechanism") with Apply
 * and Dismiss; nothing here changes a row unless asked.
 */
import type { DocumentLanguage } from '../model/languages.ts';
import type { Cookie, LibraryRef, Recipient } from '../model/schema.ts';
import {
  COOKIE_FACTS,
  cookieFacts,
  cookieRef,
  factHashes,
  refillCookie,
  refillRecipient,
  RECIPIENT_FACTS,
  serviceFacts,
  serviceRef,
  type CookieFact,
  type FillContext,
  type RecipientFact,
} from './suggest.ts';
import type { LibraryCookie, LibraryService } from './types.ts';

/** An update the library offers for one row: the entry and the facts that changed, in the form's order. */
export interface LibraryUpdate<Entry, Fact extends string> {
  entry: Entry;
  changed: Fact[];
}

/** Each entry's fact hashes, computed once per entry object: the form asks on every edit, for every row. */
const hashesOf = new WeakMap<LibraryService | LibraryCookie, Record<string, string>>();

function currentHashes(entry: LibraryService | LibraryCookie): Record<string, string> {
  let hashes = hashesOf.get(entry);
  if (!hashes) {
    hashes = factHashes('role' in entry ? serviceFacts(entry) : cookieFacts(entry));
    hashesOf.set(entry, hashes);
  }
  return hashes;
}

/** The facts (of `order`) whose current hash differs from the remembered one; a fact the row never took counts as changed once the library has it. */
export function changedFacts<Fact extends string>(remembered: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>, order: readonly Fact[]): Fact[] {
  return order.filter((fact) => remembered[fact] !== current[fact]);
}

/** The update offered for a recipient row, or undefined when it was not filled from the library, its entry is gone, or nothing changed. */
export function recipientUpdate(row: Recipient, find: (id: string) => LibraryService | undefined): LibraryUpdate<LibraryService, RecipientFact> | undefined {
  const service = row.library ? find(row.library.id) : undefined;
  if (!row.library || !service) return undefined;
  const changed = changedFacts(row.library.facts, currentHashes(service), RECIPIENT_FACTS);
  return changed.length === 0 ? undefined : { entry: service, changed };
}

/** The update offered for a cookie row, as for recipients. */
export function cookieUpdate(row: Cookie, find: (id: string) => LibraryCookie | undefined): LibraryUpdate<LibraryCookie, CookieFact> | undefined {
  const cookie = row.library ? find(row.library.id) : undefined;
  if (!row.library || !cookie) return undefined;
  const changed = changedFacts(row.library.facts, currentHashes(cookie), COOKIE_FACTS);
  return changed.length === 0 ? undefined : { entry: cookie, changed };
}

/** The recipient with the changed facts taken from the library, remembering the entry as it is now. */
export function applyRecipientUpdate(row: Recipient, update: LibraryUpdate<LibraryService, RecipientFact>, context: FillContext): Recipient {
  return { ...refillRecipient(row, update.entry, context, update.changed), library: serviceRef(update.entry) };
}

/** The cookie with the changed facts taken from the library. */
export function applyCookieUpdate(row: Cookie, update: LibraryUpdate<LibraryCookie, CookieFact>, languages: readonly DocumentLanguage[]): Cookie {
  return { ...refillCookie(row, update.entry, languages, update.changed), library: cookieRef(update.entry) };
}

/**
 * The row as it is, remembering the entry as it is now: the user keeps
 * their facts, and the notice comes back only when the library changes again.
 */
export function dismissUpdate<Row extends { library?: LibraryRef }>(row: Row, update: LibraryUpdate<LibraryService | LibraryCookie, string>): Row {
  const ref = 'role' in update.entry ? serviceRef(update.entry) : cookieRef(update.entry);
  return { ...row, library: ref };
}

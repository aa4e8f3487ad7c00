/**
 * Filling a recipient or cookie row from a library entry the user picked
 * in the form: the entry's facts exactly as the library holds them, in the
 * project's document languages, and a note of what was taken (`library`) so
 * that a later change to the shipped entry can be offered, never applied
 * silently (see library-updates.ts).
 */
import { hashContent } from '../document/hash.ts';
import { cookieFrom, recipientFrom } from '../interview/services.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import type { Cookie, LibraryRef, Project, Recipient } from '../model/schema.ts';
import type { LibraryCookie, LibraryService } from './types.ts';

/** The facts of a recipient row that a library service supplies, in the order the form names them. */
export const RECIPIENT_FACTS = ['name', 'role', 'storedIn', 'accessedFrom', 'transfers', 'url', 'privacyPolicyUrl', 'activity'] as const;
export type RecipientFact = (typeof RECIPIENT_FACTS)[number];

/** The facts of a cookie row that a library cookie supplies. */
export const COOKIE_FACTS = ['name', 'provider', 'category', 'duration', 'purpose'] as const;
export type CookieFact = (typeof COOKIE_FACTS)[number];

/** What decides how a service becomes a row: the project's languages and which side of the Atlantic contracts. */
export interface FillContext {
  languages: readonly DocumentLanguage[];
  /** The company is in the US: the vendor's US entity contracts with it. */
  usSide: boolean;
}

/** The fill context of a project: its languages, and the US entity for a company whose address is in the US. */
export function fillContextOf(project: Pick<Project, 'languages' | 'company'>): FillContext {
  return { languages: project.languages, usSide: project.company.address.country === 'US' };
}

/**
 * Each fact of a service as the library states it, independent of the
 * project (all languages, both entities), so that its hash changes only
 * when the library's entry does.
 */
export function serviceFacts(service: LibraryService): Record<RecipientFact, unknown> {
  return {
    name: { name: service.name, entity: service.entity },
    role: service.role,
    storedIn: service.storedIn,
    accessedFrom: service.accessedFrom,
    transfers: service.transfers,
    url: service.url,
    privacyPolicyUrl: service.privacyPolicyUrl,
    activity: service.activity,
  };
}

/** Each fact of a library cookie as the library states it. */
export function cookieFacts(cookie: LibraryCookie): Record<CookieFact, unknown> {
  return {
    name: { name: cookie.name, match: cookie.match },
    provider: cookie.provider,
    category: cookie.category,
    duration: cookie.duration,
    purpose: cookie.purpose,
  };
}

/** A hash per fact: what a row remembers of the entry it was filled from. */
export function factHashes(facts: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(facts).map(([key, value]) => [key, hashContent(value)]));
}

/** The reference a row filled from `service` keeps. */
export function serviceRef(service: LibraryService): LibraryRef {
  return { id: service.id, facts: factHashes(serviceFacts(service)) };
}

/** The reference a row filled from `cookie` keeps. */
export function cookieRef(cookie: LibraryCookie): LibraryRef {
  return { id: cookie.id, facts: factHashes(cookieFacts(cookie)) };
}

/**
 * `row` with the service's facts: name (the contracting entity for the
 * company's side), role, countries, transfer tools, links and what it does
 * in every language of the project. The row keeps its id (activities refer
 * to it) and what the library does not know (a joint arrangement, the CCPA
 * role); a fact the library lacks is left empty for the user, not guessed.
 */
export function fillRecipient(row: Recipient, service: LibraryService, context: FillContext): Recipient {
  const filled = recipientFrom(service, context.languages, context.usSide);
  const { url: _url, privacyPolicyUrl: _policy, ...kept } = row;
  return { ...kept, ...filled, id: row.id, library: serviceRef(service) };
}

/**
 * `row` with the cookie's name, provider, category, duration and purpose in
 * every language of the project. Whether it is first or third party depends
 * on the site, not the cookie: the row keeps what the user chose.
 */
export function fillCookie(row: Cookie, cookie: LibraryCookie, languages: readonly DocumentLanguage[]): Cookie {
  const filled = cookieFrom(cookie, languages);
  return { ...filled, party: row.party, library: cookieRef(cookie) };
}

/** `row` with the recipient facts in `facts` taken from the service (an update the user applied), the others left as they are. */
export function refillRecipient(row: Recipient, service: LibraryService, context: FillContext, facts: readonly RecipientFact[]): Recipient {
  const filled = recipientFrom(service, context.languages, context.usSide);
  const next: Recipient = { ...row };
  for (const fact of facts) {
    if (filled[fact] === undefined) delete next[fact];
    else (next as Record<string, unknown>)[fact] = filled[fact];
  }
  return next;
}

/** `row` with the cookie facts in `facts` taken from the library cookie. */
export function refillCookie(row: Cookie, cookie: LibraryCookie, languages: readonly DocumentLanguage[], facts: readonly CookieFact[]): Cookie {
  const filled = cookieFrom(cookie, languages);
  const next: Cookie = { ...row };
  for (const fact of facts) (next as Record<string, unknown>)[fact] = filled[fact];
  return next;
}

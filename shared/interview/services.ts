import { formatCookieDuration } from '../library/duration.ts';
import type { LibraryCookie, LibraryService, ServiceKind } from '../library/types.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { PROCESSOR_ROLES, type Cookie, type Recipient, type TransferEntry, type TransferLaw } from '../model/schema.ts';
import type { ActivityKey } from './building-blocks.ts';
import { localize } from './texts.ts';

/**
 * The activities each kind of service takes part in, most typical first. A
 * service joins every one of these the project has; when it has none, the
 * first is added (choosing a newsletter tool implies sending a newsletter),
 * and the form shows it so the person can correct it.
 */
export const KIND_ACTIVITIES: Readonly<Record<ServiceKind, readonly ActivityKey[]>> = {
  hosting: ['website', 'account', 'orders', 'support', 'app'],
  cdn: ['website'],
  'email-delivery': ['orders', 'account', 'contact'],
  newsletter: ['newsletter'],
  payments: ['payments'],
  'e-commerce': ['orders', 'website', 'account', 'payments', 'bookkeeping'],
  analytics: ['analytics'],
  advertising: ['advertising'],
  crm: ['contact', 'support', 'orders'],
  'support-chat': ['support', 'contact'],
  'video-meetings': ['contact'],
  accounting: ['bookkeeping'],
  'sign-in': ['account'],
  'mobile-sdk': ['app'],
  'error-monitoring': ['website', 'app'],
  productivity: ['contact', 'support'],
  shipping: ['orders'],
  'consent-management': ['website'],
  reviews: ['orders'],
};

/**
 * A library service as a recipient: the facts exactly as the library holds
 * them (role, countries, transfer tools); the contracting entity for the
 * company's side of the Atlantic, where the vendor names one.
 */
export function recipientFrom(service: LibraryService, languages: readonly DocumentLanguage[], usSide: boolean): Recipient {
  const entity = usSide ? (service.entity.us ?? service.entity.eu) : (service.entity.eu ?? service.entity.us);
  const transfers: Partial<Record<TransferLaw, TransferEntry>> = {};
  for (const [law, mechanism] of Object.entries(service.transfers) as [TransferLaw, TransferEntry['mechanism']][]) transfers[law] = { mechanism };
  return {
    id: service.id,
    name: entity ?? service.name,
    role: service.role,
    activity: localize(service.activity, languages),
    storedIn: [...service.storedIn],
    accessedFrom: [...service.accessedFrom],
    transfers,
    url: service.url,
    ...(PROCESSOR_ROLES.includes(service.role) ? {} : { privacyPolicyUrl: service.privacyPolicyUrl }),
  };
}

/** A library cookie as a row of the cookies table, its purpose and duration in the project's languages. */
export function cookieFrom(cookie: LibraryCookie, languages: readonly DocumentLanguage[]): Cookie {
  const duration = Object.fromEntries(languages.map((lang) => [lang, formatCookieDuration(cookie.duration, lang)]));
  return {
    name: cookie.match === 'prefix' ? `${cookie.name}*` : cookie.name,
    provider: cookie.provider,
    category: cookie.category,
    purpose: localize(cookie.purpose, languages),
    duration: localize(duration, languages),
    // The library does not say on whose domain a cookie is set; "third" until the person (or a scan) says otherwise.
    party: 'third',
  };
}

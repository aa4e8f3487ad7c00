import type { DocumentLanguage } from '../model/languages.ts';
import type { CookieCategory, RecipientRole, TransferLaw, TransferMechanism } from '../model/schema.ts';

/**
 * What a library service does for a business, used to group and suggest
 * entries (the interview asks "do you take payments?" and offers the
 * "payments" services).
 */
export const SERVICE_KINDS = [
  'hosting',
  'cdn',
  'email-delivery',
  'newsletter',
  'payments',
  'e-commerce',
  'analytics',
  'advertising',
  'crm',
  'support-chat',
  'video-meetings',
  'accounting',
  'sign-in',
  'mobile-sdk',
  'error-monitoring',
  'productivity',
  'shipping',
  'consent-management',
  'reviews',
] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/**
 * The kinds of personal data a service usually receives in typical use.
 * A vocabulary of the library's own, coarser than a project's categories:
 * the interview maps each to the project's data categories.
 */
export const LIBRARY_DATA_KINDS = [
  'identity', // name, username
  'contact', // email address, phone, postal address
  'account', // login, password hash, account settings
  'payment', // card or bank details, payment status
  'transaction', // orders, invoices, purchase history
  'device', // IP address, browser, device identifiers
  'usage', // pages viewed, clicks, events
  'location', // approximate location derived from IP or GPS
  'communications', // messages, emails, chat and call content
  'content', // files and data stored by the customer
  'advertising', // ad identifiers, conversions, audiences
  'diagnostics', // crash reports, error logs
] as const;
export type LibraryDataKind = (typeof LIBRARY_DATA_KINDS)[number];

/** A one-line text written natively in every document language. */
export type EveryLanguage = Record<DocumentLanguage, string>;

/**
 * A widely used service, as its vendor documents it. Every fact comes from
 * the pages in `source`, checked on `checked`; a fact no source confirms is
 * absent (never guessed), so the form leaves it for the user to enter.
 */
export interface LibraryService {
  /** Stable id (kebab-case); rows in a project remember it to offer later updates. */
  id: string;
  name: string;
  kind: ServiceKind;
  /** The vendor's home page. */
  url: string;
  /** The legal entity that contracts with customers in the EU/EEA and in the US, where the vendor says. */
  entity: { eu?: string; us?: string };
  /** Its role in typical use by a business customer. */
  role: RecipientRole;
  /** ISO 3166-1 alpha-2 codes of where the data is stored in typical use (at least one). */
  storedIn: string[];
  /** Where else it may be accessed from (support, sub-processors), as the vendor lists it. */
  accessedFrom: string[];
  /** The transfer tool per law that the vendor documents (DPF only where it is on the DPF list). */
  transfers: Partial<Record<TransferLaw, TransferMechanism>>;
  privacyPolicyUrl: string;
  /** Its data processing agreement or terms, where the vendor publishes one. */
  dpaUrl?: string;
  /** What it does, in every document language: one short line. */
  activity: EveryLanguage;
  dataKinds: LibraryDataKind[];
  /** Ids of the library cookies it sets (entries of `cookies()`). */
  cookies: string[];
  /** The vendor's own pages (or the DPF list) the facts come from. */
  source: string[];
  /** When the sources were last read (ISO date). */
  checked: string;
  /**
   * Set while an entry's facts have not yet been read back against its
   * sources: the form should ask the user to confirm them. Such entries
   * state only identity, role, links and main storage country; their
   * transfer tools are left empty.
   */
  unverified?: true;
}

/** How long a cookie lasts: for the browser session, or a fixed time. */
export type CookieDuration = { kind: 'session' } | { kind: 'fixed'; amount: number; unit: 'minutes' | 'hours' | 'days' | 'months' | 'years' } | { kind: 'persistent' };

/**
 * A known cookie (or local-storage key). Facts (name, provider, category,
 * duration) from the Open Cookie Database (Apache-2.0) unless `source` says
 * otherwise; the purpose is written in our own words in every language.
 */
export interface LibraryCookie {
  /** Stable id. */
  id: string;
  /** The exact name, or with `match: 'prefix'` the fixed start of a name (`_ga_` matches `_ga_ABC123`). */
  name: string;
  match: 'exact' | 'prefix';
  /** Who sets it ("Google Analytics", "Stripe"). */
  provider: string;
  /** The library service behind it, where there is one. */
  serviceId?: string;
  category: CookieCategory;
  purpose: EveryLanguage;
  duration: CookieDuration;
  /** Where the facts come from. */
  source: string;
}

import { z } from 'zod';
import { isCountryCode } from '../model/countries.ts';
import { DOCUMENT_LANGUAGES } from '../model/languages.ts';
import { COOKIE_CATEGORIES, RECIPIENT_ROLES, TRANSFER_LAWS, TRANSFER_MECHANISMS } from '../model/schema.ts';
import { LIBRARY_DATA_KINDS, SERVICE_KINDS } from './types.ts';

/**
 * zod schemas of the library's data files (templates/library/*.json),
 * checked when the library is first used so a bad edit to the data fails
 * loudly, naming the entry, instead of reaching a user's form.
 */

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an id of lower-case letters, digits and dashes' });
const text = z.string().trim().min(1);
const httpsUrl = z.string().regex(/^https:\/\/[^\s]+$/, { error: 'expected an https:// address' });
const country = z.string().refine(isCountryCode, { error: 'expected an ISO 3166-1 alpha-2 country code' });
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' });

const everyLanguage = z.object(Object.fromEntries(DOCUMENT_LANGUAGES.map((lang) => [lang, text])) as Record<(typeof DOCUMENT_LANGUAGES)[number], typeof text>).strict();

export const serviceSchema = z
  .object({
    id,
    name: text,
    kind: z.enum(SERVICE_KINDS),
    url: httpsUrl,
    entity: z.object({ eu: text.optional(), us: text.optional() }).strict(),
    role: z.enum(RECIPIENT_ROLES),
    /** Empty only while `unverified`: a country no source confirms is left for the user to enter, never guessed. */
    storedIn: z.array(country),
    accessedFrom: z.array(country).default([]),
    transfers: z.partialRecord(z.enum(TRANSFER_LAWS), z.enum(TRANSFER_MECHANISMS)).default({}),
    privacyPolicyUrl: httpsUrl,
    dpaUrl: httpsUrl.optional(),
    activity: everyLanguage,
    dataKinds: z.array(z.enum(LIBRARY_DATA_KINDS)).min(1),
    cookies: z.array(id).default([]),
    source: z.array(httpsUrl).min(1),
    checked: isoDate,
    unverified: z.literal(true).optional(),
  })
  .strict()
  .refine((s) => s.unverified === true || s.storedIn.length > 0, { error: 'expected the countries where data is stored (storedIn), from the vendor\'s page; leave it empty only with "unverified": true', path: ['storedIn'] });

export const servicesFileSchema = z
  .object({
    version: z.number().int().positive(),
    services: z.array(serviceSchema),
  })
  .strict();

export const cookieDurationSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session') }).strict(),
  z.object({ kind: z.literal('persistent') }).strict(),
  z.object({ kind: z.literal('fixed'), amount: z.number().positive(), unit: z.enum(['minutes', 'hours', 'days', 'months', 'years']) }).strict(),
]);

const storedCookie = z
  .object({
    id,
    name: text,
    match: z.enum(['exact', 'prefix']),
    provider: text,
    serviceId: id.optional(),
    category: z.enum(COOKIE_CATEGORIES),
    /** Id of an entry in cookie-purposes.json. */
    purpose: id,
    duration: cookieDurationSchema,
    source: text,
  })
  .strict();

export const cookiesFileSchema = z
  .object({
    version: z.number().int().positive(),
    /** The Open Cookie Database commit the facts were imported from. */
    sourceCommit: z.string().nullable().optional(),
    cookies: z.array(storedCookie),
  })
  .strict();

export const purposesFileSchema = z
  .object({
    version: z.number().int().positive(),
    purposes: z.record(id, everyLanguage),
  })
  .strict();

export type StoredCookie = z.infer<typeof storedCookie>;

import { z } from 'zod';
import { isCountryCode } from './countries.ts';
import { DOCUMENT_LANGUAGES, type DocumentLanguage } from './languages.ts';

/**
 * The `.policy` project file, schema version 1, frozen as it was published:
 * the v1 → v2 migration reads files with it, so that a v1 file's errors are
 * named in v1's own terms. Do not change it.
 * The project holds facts, never generated prose; the only prose is what the
 * user wrote in the editor (overrides and custom sections).
 */
export const SCHEMA_VERSION_1 = 1 as const;

export const JURISDICTIONS = ['EU', 'UK', 'CH', 'US-CA', 'US', 'BR', 'CA', 'AU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const DATA_SOURCES = ['data-subject', 'automatic', 'third-party', 'public'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Transfer safeguards for data leaving the EEA/UK (GDPR Chapter V). */
export const SAFEGUARDS = ['adequacy', 'dpf', 'scc', 'bcr', 'derogation', 'none'] as const;
export type Safeguard = (typeof SAFEGUARDS)[number];

export const COOKIE_CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

/**
 * Free text the user typed, either one string for every language or one per
 * document language (`{ "en": "…", "sv": "…" }`), so that a consultant can keep
 * the languages of one policy in step.
 */
export type LocalizedText = string | Partial<Record<DocumentLanguage, string>>;

/**
 * Version 1's schema, built the first time a v1 file is read: most files are
 * of the current version, and building it took 5 ms of every command's start.
 */
function buildProjectSchemaV1() {
  const isoDate = z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'expected a real calendar date as YYYY-MM-DD',
    });

  const country = z.string().refine(isCountryCode, { error: 'expected an ISO country code' });

  const nonEmpty = z.string().trim().min(1, { error: 'expected a non-empty text' });

  const email = z.email({ error: 'expected an email address' });

  const url = z
    .string()
    .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { error: 'expected a web address starting with http:// or https://' });

  const localizedText = z.union([
    nonEmpty,
    z.partialRecord(z.enum(DOCUMENT_LANGUAGES), nonEmpty).refine((r) => Object.keys(r).length > 0, {
      error: 'expected a text or a text per language',
    }),
  ]);

  const address = z.object({
    street: nonEmpty,
    postalCode: nonEmpty,
    city: nonEmpty,
    /** State, province or county where the country's addresses name one (US "OR", Canada "ON", Australia "NSW"). */
    region: nonEmpty.optional(),
    country,
  });

  const contactPerson = z.object({
    name: nonEmpty,
    email: email.optional(),
    phone: nonEmpty.optional(),
    address: address.optional(),
  });

  const dataCategory = z.object({
    name: localizedText,
    examples: z.array(localizedText).default([]),
    source: z.enum(DATA_SOURCES),
    /** Who provides it when `source` is "third-party" or "public". */
    sourceDetail: localizedText.optional(),
    purposes: z.array(localizedText).min(1, { error: 'expected at least one purpose' }),
    legalBasis: z.enum(LEGAL_BASES),
    /** The interest weighed, required by GDPR Art. 13(1)(d) when the basis is legitimate interests. */
    legitimateInterest: localizedText.optional(),
    retention: localizedText,
    /** Special category (GDPR Art. 9) or sensitive personal information (CPRA). */
    sensitive: z.boolean().default(false),
    /** Whether providing it is required by contract or law (GDPR Art. 13(2)(e)). */
    required: z.boolean().default(false),
  });

  const processor = z.object({
    name: nonEmpty,
    activity: localizedText,
    country,
    safeguard: z.enum(SAFEGUARDS).default('none'),
    url: url.optional(),
  });

  const cookie = z.object({
    name: nonEmpty,
    provider: nonEmpty,
    category: z.enum(COOKIE_CATEGORIES),
    purpose: localizedText,
    duration: localizedText,
    party: z.enum(['first', 'third']),
  });

  const changeLogEntry = z.object({
    date: isoDate,
    summary: localizedText,
  });

  /** A section the user customised in the editor; `basedOnHash` is the hash of the generated section it started from. */
  const override = z.object({
    sectionId: nonEmpty,
    language: z.enum(DOCUMENT_LANGUAGES),
    basedOnHash: nonEmpty,
    content: z.record(z.string(), z.unknown()),
  });

  /** A section written by the user, placed after a generated section. */
  const customSection = z.object({
    id: z.string().regex(/^custom-[a-z0-9-]+$/, { error: 'expected an id like "custom-my-section"' }),
    afterSectionId: nonEmpty,
    language: z.enum(DOCUMENT_LANGUAGES),
    content: z.record(z.string(), z.unknown()),
  });

  return z.object({
    schemaVersion: z.literal(SCHEMA_VERSION_1),
    company: z.object({
      legalName: nonEmpty,
      tradingName: nonEmpty.optional(),
      registrationNumber: nonEmpty.optional(),
      address,
      email,
      phone: nonEmpty.optional(),
      website: url.optional(),
      dpo: contactPerson.optional(),
      /** GDPR Art. 27 / UK GDPR Art. 27 representatives, for companies established outside the EU/UK. */
      representatives: z
        .object({ eu: contactPerson.optional(), uk: contactPerson.optional(), ch: contactPerson.optional() })
        .default({}),
    }),
    /** Whether the company decides why and how data is processed (controller) or acts for customers (processor) too. */
    role: z.enum(['controller', 'controller-and-processor']).default('controller'),
    /** What the policy covers: sites, apps and services, named by the user. */
    scope: z
      .object({
        services: z.array(localizedText).default([]),
      })
      .default({ services: [] }),
    languages: z
      .array(z.enum(DOCUMENT_LANGUAGES, { error: `expected one of ${DOCUMENT_LANGUAGES.join(', ')}` }))
      .min(1, { error: 'expected at least one language' })
      .refine((l) => new Set(l).size === l.length, { error: 'expected each language once' }),
    jurisdictions: z
      .array(z.enum(JURISDICTIONS, { error: `expected one of ${JURISDICTIONS.join(', ')}` }))
      .min(1, { error: 'expected at least one jurisdiction' })
      .refine((l) => new Set(l).size === l.length, { error: 'expected each jurisdiction once' }),
    effectiveDate: isoDate,
    dataCategories: z.array(dataCategory).min(1, { error: 'expected at least one data category' }),
    processors: z.array(processor).default([]),
    cookies: z.array(cookie).default([]),
    children: z
      .object({
        /**
         * Youngest age allowed to use the service; 0 when it is not restricted by age. For a service
         * directed at children, the age below which a parent must consent.
         */
        minimumAge: z.int().min(0).max(21),
        /** Whether the service is directed at children (COPPA and GDPR Art. 8 wording). */
        directedAtChildren: z.boolean().default(false),
      })
      .refine((c) => !c.directedAtChildren || c.minimumAge > 0, {
        error: 'expected the age below which a parent must consent (1 or more) when "directedAtChildren" is true',
        path: ['minimumAge'],
      })
      .default({ minimumAge: 16, directedAtChildren: false }),
    rights: z
      .object({
        /** The company's own promise; the policy never states more than each law allows. */
        responseDays: z.int().min(1).max(90).optional(),
      })
      .default({}),
    changes: z
      .object({
        noticeDays: z.int().min(0).max(365),
      })
      .default({ noticeDays: 30 }),
    changeLog: z.array(changeLogEntry).default([]),
    marketing: z
      .object({
        directMarketing: z.boolean(),
        channels: z.array(z.enum(['email', 'sms', 'phone', 'post', 'push'])).default([]),
      })
      .default({ directMarketing: false, channels: [] }),
    automatedDecisions: z
      .object({
        used: z.boolean(),
        description: localizedText.optional(),
      })
      .refine((a) => !a.used || a.description !== undefined, {
        error: 'expected a description of the automated decision when "used" is true',
        path: ['description'],
      })
      .default({ used: false }),
    /** CCPA/CPRA: whether personal information is sold or shared for cross-context behavioural advertising. */
    dataSales: z
      .object({ sells: z.boolean(), sharesForAdvertising: z.boolean() })
      .default({ sells: false, sharesForAdvertising: false }),
    security: z
      .object({
        measures: z.array(localizedText).default([]),
      })
      .default({ measures: [] }),
    /** Browser privacy signals: Do Not Track and Global Privacy Control. */
    signals: z
      .object({ doNotTrack: z.enum(['honored', 'not-honored']), globalPrivacyControl: z.enum(['honored', 'not-honored']) })
      .default({ doNotTrack: 'not-honored', globalPrivacyControl: 'honored' }),
    overrides: z.array(override).default([]),
    customSections: z.array(customSection).default([]),
  });
}

export const projectSchemaV1 = z.lazy(buildProjectSchemaV1);

/** A validated version-1 project, as the v1 → v2 migration reads it. */
export type ProjectV1 = z.infer<typeof projectSchemaV1>;

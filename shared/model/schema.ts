import { z } from 'zod';
import { DECEPTIVE_URL_CHARS, firstForbiddenChar } from '../document/safe-text.ts';
import { EEA_COUNTRIES, isCountryCode, isInEea } from './countries.ts';
import { englishCount, LIMITS, tooMany } from './limits.ts';
import {
  CCPA_CATEGORIES,
  CCPA_ROLES,
  COOKIE_CATEGORIES,
  DATA_SOURCES,
  DEROGATIONS,
  JURISDICTIONS,
  LEGAL_BASES,
  RECIPIENT_ROLES,
  REQUEST_CHANNEL_KINDS,
  REQUIREMENTS,
  RETENTION_STARTS,
  RETENTION_UNITS,
  SENSITIVE_PI_KINDS,
  SENSITIVE_PI_USES,
  SPECIAL_CATEGORIES,
  SPECIAL_CONDITIONS,
  TRANSFER_LAWS,
  TRANSFER_MECHANISMS,
  type TransferLaw,
} from './schema-values.ts';

export * from './schema-values.ts';
import { DOCUMENT_LANGUAGES } from './languages.ts';
import { publishedVersions } from '../versions/version-schema.ts';
import { referenceIssues } from './reference-issues.ts';

/**
 * The `.policy` project file, schema version 2. Field names are a public
 * interface (consultants script them, editors complete them from
 * `schema/policy.schema.json`): rename nothing without a migration.
 * The project holds facts, never generated prose; the only prose is what the
 * user wrote in the editor (overrides and custom sections).
 *
 * Version 2 models what real companies do, the way a record of processing
 * (GDPR Art. 30) is organised: data categories (what, from where, how
 * sensitive), processing activities (why, on which bases, for how long, to
 * whom) and recipients (in which role, where, under which transfer tool).
 * Version 3 selects each US state's privacy law on its own ('US-VA',
 * 'US-TX' …) where version 2 had one 'US' for all of them.
 */
export const SCHEMA_VERSION = 3 as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date as YYYY-MM-DD' })
  .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
    error: 'expected a real calendar date as YYYY-MM-DD',
  });

const country = z.string().refine(isCountryCode, { error: 'expected an ISO country code' });

/** A text the user typed: not empty, and free of characters no document format can hold (refused here, naming the field, rather than lost in an export). */
const nonEmpty = z
  .string()
  .trim()
  .min(1, { error: 'expected a non-empty text' })
  .max(LIMITS.textChars, { error: `expected at most ${englishCount(LIMITS.textChars)} characters: shorten the text` })
  .refine((s) => firstForbiddenChar(s) === undefined, {
    error: (issue) => `contains a control character (${firstForbiddenChar(String(issue.input))}) that no document format can hold: delete it, or retype the text`,
  });

const email = z.email({ error: 'expected an email address' });

const url = z
  .string()
  .refine((s) => /^https?:\/\/[^\s]+$/i.test(s), { error: 'expected a web address starting with http:// or https://' })
  .refine((s) => !DECEPTIVE_URL_CHARS.test(s) && firstForbiddenChar(s) === undefined, {
    error: 'contains an invisible or direction-changing character that can make the address look like another one: retype the address',
  });

/** A short id other facts refer to (`"account"`, `"stripe"`): lower-case letters, digits and dashes. */
const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, { error: 'expected an id of lower-case letters, digits and dashes, like "account-details"' });

/**
 * A translation of a free text, remembering the language it was made from
 * and the hash (`hashString` in shared/document/hash.ts) of that language's
 * text at the time, so the app can tell a translation that went stale when
 * its source changed.
 */
export const translatedText = z.object({
  text: nonEmpty,
  from: z.enum(DOCUMENT_LANGUAGES, { error: `expected the language it was translated from: one of ${DOCUMENT_LANGUAGES.join(', ')}` }),
  sourceHash: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected the 16-hex-digit hash of the source text' }),
});
export type TranslatedText = z.infer<typeof translatedText>;

/**
 * Free text the user typed, either one string (written in the project's
 * first language) or one per document language (`{ "en": "…", "sv": "…" }`).
 * A language's entry is a plain text when it was written in that language,
 * or a `translatedText` when it was translated from another one.
 */
export const localizedText = z.union([
  nonEmpty,
  z.partialRecord(z.enum(DOCUMENT_LANGUAGES), z.union([nonEmpty, translatedText])).refine((r) => Object.keys(r).length > 0, {
    error: 'expected a text or a text per language',
  }),
]);
export type LocalizedText = z.infer<typeof localizedText>;


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

/** A way to make a privacy request; the policy lists every one given (CCPA §1798.130(a)(1) asks for two or more). */
const requestChannel = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('email'), email }),
    z.object({ kind: z.literal('web-form'), url }),
    z.object({ kind: z.literal('phone'), phone: nonEmpty, tollFree: z.boolean().default(false) }),
    /** By letter to the company's address. */
    z.object({ kind: z.literal('post') }),
    /** Where in the app, e.g. "Settings › Privacy". */
    z.object({ kind: z.literal('in-app'), where: localizedText }),
  ],
  { error: `expected a channel kind: one of ${REQUEST_CHANNEL_KINDS.join(', ')}` },
);

const dataSource = z.object({
  kind: z.enum(DATA_SOURCES, { error: `expected a source: one of ${DATA_SOURCES.join(', ')}` }),
  /** Who provides it, for a third party, public source or organisation (GDPR Art. 14(2)(f)). */
  detail: localizedText.optional(),
});

const dataCategory = z.object({
  id,
  name: localizedText,
  examples: z.array(localizedText).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'examples') }).default([]),
  sources: z.array(dataSource).min(1, { error: 'expected at least one source' }).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'sources') }),
  /** GDPR Art. 9 special category or Art. 10 criminal-offence data. */
  special: z.enum(SPECIAL_CATEGORIES, { error: `expected one of ${SPECIAL_CATEGORIES.join(', ')}` }).optional(),
  /** CPRA sensitive personal information. */
  sensitivePi: z.enum(SENSITIVE_PI_KINDS, { error: `expected one of ${SENSITIVE_PI_KINDS.join(', ')}` }).optional(),
  /**
   * How sensitive personal information is used: only for the purposes
   * 11 CCR §7027(m) allows without offering a choice (providing the service
   * asked for, security and integrity, fraud prevention …), or beyond them,
   * which gives Californians the right to limit (Cal. Civ. Code §1798.121).
   */
  sensitivePiUse: z.enum(SENSITIVE_PI_USES, { error: 'expected "permitted-purposes" or "beyond-permitted"' }).optional(),
  /** The CCPA statutory category it falls under. */
  ccpaCategory: z.enum(CCPA_CATEGORIES, { error: `expected one of ${CCPA_CATEGORIES.join(', ')}` }).optional(),
});

/** One legal basis of an activity, with what that basis needs. */
const legalBasisEntry = z.object({
  basis: z.enum(LEGAL_BASES, { error: `expected a legal basis: one of ${LEGAL_BASES.join(', ')}` }),
  /** Legitimate interests: the interest weighed (GDPR Art. 13(1)(d)). */
  interest: localizedText.optional(),
  /** Legal obligation: which law requires it ("the Swedish Bookkeeping Act (1999:1078)"). */
  obligation: localizedText.optional(),
  /** Special-category data: the Art. 9(2) condition. */
  specialCondition: z.enum(SPECIAL_CONDITIONS, { error: `expected one of ${SPECIAL_CONDITIONS.join(', ')}` }).optional(),
  /** Criminal-offence data: the law that authorises it (GDPR Art. 10). */
  criminalAuthority: localizedText.optional(),
});

/** How long data is kept: a period and what starts it, or a text where no period fits. */
const retention = z.discriminatedUnion(
  'kind',
  [
    z.object({
      kind: z.literal('period'),
      amount: z.int({ error: 'expected a whole number' }).min(1, { error: 'expected 1 or more' }).max(1000),
      unit: z.enum(RETENTION_UNITS, { error: `expected one of ${RETENTION_UNITS.join(', ')}` }),
      from: z.enum(RETENTION_STARTS, { error: `expected one of ${RETENTION_STARTS.join(', ')}` }),
    }),
    z.object({ kind: z.literal('text'), text: localizedText }),
  ],
  { error: 'expected a retention kind: "period" or "text"' },
);

/** A processing activity: one purpose, the data it uses, why that is lawful, for how long, with whom. */
const activity = z.object({
  id,
  purpose: localizedText,
  /** Ids of the data categories it uses. */
  categories: z.array(id).min(1, { error: 'expected at least one data category' }).max(LIMITS.dataCategories, { error: tooMany(LIMITS.dataCategories, 'data categories') }),
  legalBases: z.array(legalBasisEntry).min(1, { error: 'expected at least one legal basis' }).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'legal bases') }),
  requirement: z.enum(REQUIREMENTS, { error: `expected one of ${REQUIREMENTS.join(', ')}` }).default('optional'),
  /** What happens when the person does not provide the data (Art. 13(2)(e)). */
  consequence: localizedText.optional(),
  retention,
  /** Ids of the recipients involved. */
  recipients: z.array(id).max(LIMITS.recipients, { error: tooMany(LIMITS.recipients, 'recipients') }).default([]),
  /** CCPA sale; sharing for cross-context behavioural advertising; targeted advertising (other US states); profiling. */
  sells: z.boolean().default(false),
  sharesForAdvertising: z.boolean().default(false),
  targetedAdvertising: z.boolean().default(false),
  profiling: z.boolean().default(false),
});

const transferEntry = z.object(
  {
    mechanism: z.enum(TRANSFER_MECHANISMS, { error: `expected one of ${TRANSFER_MECHANISMS.join(', ')}` }),
    /** Which Art. 49 derogation, when the mechanism is "derogation". */
    derogation: z.enum(DEROGATIONS, { error: `expected one of ${DEROGATIONS.join(', ')}` }).optional(),
  },
  // A file written by hand most often holds the tool's name alone ("scc"): the message shows the form it takes.
  { error: `expected the transfer tool as an object like {"mechanism": "scc"}, the mechanism one of ${TRANSFER_MECHANISMS.join(', ')}` },
);

/**
 * The library entry a row was filled from, with a hash of each fact as the
 * library held it then: when the shipped library changes a fact, the form
 * names it and offers it ("Stripe's entry changed: transfer mechanism"),
 * never applying it silently (shared/library/library-updates.ts).
 */
const libraryRef = z.object({
  id,
  facts: z.record(z.string(), z.string()).default({}),
});

const recipient = z.object({
  id,
  name: nonEmpty,
  role: z.enum(RECIPIENT_ROLES, { error: `expected a role: one of ${RECIPIENT_ROLES.join(', ')}` }),
  /** What they do with the data, or why they receive it. */
  activity: localizedText,
  /** Where the data is stored. */
  storedIn: z.array(country).min(1, { error: 'expected at least one country' }).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'countries') }),
  /** Where else it can be accessed from (support staff, sub-processors). */
  accessedFrom: z.array(country).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'countries') }).default([]),
  /** The transfer tool per law, for data leaving the EEA, the UK or Switzerland. */
  transfers: z
    .partialRecord(z.enum(TRANSFER_LAWS), transferEntry, { error: `expected the transfer tool per law, like {"eu": {"mechanism": "scc"}}, the law one of ${TRANSFER_LAWS.join(', ')}` })
    .default({}),
  url: url.optional(),
  /** An independent controller's own privacy policy. */
  privacyPolicyUrl: url.optional(),
  /** A joint controller: the essence of the arrangement (GDPR Art. 26(2)). */
  jointArrangement: localizedText.optional(),
  /** The CCPA's word for it; by default service provider for processors, third party for the others. */
  ccpaRole: z.enum(CCPA_ROLES, { error: `expected one of ${CCPA_ROLES.join(', ')}` }).optional(),
  /** The library service it was filled from, if any. */
  library: libraryRef.optional(),
});

const cookie = z.object({
  name: nonEmpty,
  provider: nonEmpty,
  category: z.enum(COOKIE_CATEGORIES),
  purpose: localizedText,
  duration: localizedText,
  party: z.enum(['first', 'third']),
  /** The library cookie it was filled from, if any. */
  library: libraryRef.optional(),
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
  /**
   * The id of the custom section, in the project's first language, that this
   * one is the translation of (`shared/translations/section-links.ts`); absent
   * for a section written in its own language.
   */
  translationOf: z.string().regex(/^custom-[a-z0-9-]+$/).optional(),
  content: z.record(z.string(), z.unknown()),
});

export const projectSchema = z
  .object({
    /** The JSON Schema an editor validates the file against (`schema/policy.schema.json`); kept on save, never printed. */
    $schema: z.string().optional(),
    schemaVersion: z.literal(SCHEMA_VERSION),
    company: z.object({
      legalName: nonEmpty,
      tradingName: nonEmpty.optional(),
      registrationNumber: nonEmpty.optional(),
      address,
      email,
      phone: nonEmpty.optional(),
      website: url.optional(),
      dpo: contactPerson.optional(),
      /** GDPR Art. 27 / UK GDPR Art. 27 / FADP Art. 14 representatives, for companies established outside the EU/UK/CH. */
      representatives: z
        .object({ eu: contactPerson.optional(), uk: contactPerson.optional(), ch: contactPerson.optional() })
        .default({}),
      /** Countries where the company itself holds personal data; empty means its own country. */
      dataLocations: z.array(country).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'countries') }).default([]),
      /** Whether the company (a US organisation) is self-certified under the Data Privacy Framework(s). */
      dpfCertified: z.boolean().default(false),
      /** Ways to make a privacy request; empty means by email to `company.email`. */
      requestChannels: z.array(requestChannel).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'request channels') }).default([]),
      /**
       * Whether the business operates exclusively online and has a direct relationship with the
       * consumers whose data it collects: then the CCPA asks only for an email address for requests,
       * not a toll-free number (Cal. Civ. Code §1798.130(a)(1)(A)).
       */
      onlineOnly: z.boolean().optional(),
    }),
    /** Whether the company decides why and how data is processed (controller) or acts for customers (processor) too. */
    role: z.enum(['controller', 'controller-and-processor']).default('controller'),
    /** What the policy covers: sites, apps and services, named by the user. */
    scope: z
      .object({
        services: z.array(localizedText).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'services') }).default([]),
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
    /**
     * EEA countries the business offers its services in besides its own (ISO codes): the policy cites
     * their national rules (supplementary act, cookie rule, age of digital consent) under the GDPR.
     */
    markets: z
      .array(
        z
          .string()
          .refine(isInEea, { error: 'expected the ISO code of an EEA country (EU, Iceland, Liechtenstein, Norway)' })
          // Lists the codes in schema/policy.schema.json, so that editors complete them.
          .meta({ enum: [...EEA_COUNTRIES].sort() }),
      )
      .max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'markets') })
      .refine((l) => new Set(l).size === l.length, { error: 'expected each country once' })
      .default([]),
    effectiveDate: isoDate,
    /**
     * Whether personal data is used, or sold, to train large language models. Connecticut requires
     * the notice to say so either way from 1 July 2026 (Conn. Gen. Stat. §42-520 as amended by
     * Public Act 25-113); absent until the user answers.
     */
    languageModelTraining: z.object({ uses: z.boolean(), sells: z.boolean() }).optional(),
    dataCategories: z.array(dataCategory).min(1, { error: 'expected at least one data category' }).max(LIMITS.dataCategories, { error: tooMany(LIMITS.dataCategories, 'data categories') }),
    activities: z.array(activity).min(1, { error: 'expected at least one processing activity' }).max(LIMITS.activities, { error: tooMany(LIMITS.activities, 'activities') }),
    recipients: z.array(recipient).max(LIMITS.recipients, { error: tooMany(LIMITS.recipients, 'recipients') }).default([]),
    cookies: z.array(cookie).max(LIMITS.cookies, { error: tooMany(LIMITS.cookies, 'cookies') }).default([]),
    children: z
      .object({
        /**
         * Youngest age allowed to use the service; 0 when it is not restricted by age. For a service
         * directed at children, the age below which a parent must consent.
         */
        minimumAge: z.int({ error: 'expected a whole number of years, 0 when there is no minimum' }).min(0).max(21),
        /** Whether the service is directed at children (COPPA and GDPR Art. 8 wording). */
        directedAtChildren: z.boolean().default(false),
        /** How a parent's consent is obtained and verified, when children below the age may take part with it. */
        parentalConsent: localizedText.optional(),
        /**
         * Whether a child can make personal information publicly available through the service (a public
         * profile, posts, chat, uploads); COPPA's notice must say so (16 CFR §312.4(d)(2)). Absent: not answered.
         */
        publicDisclosure: z.boolean().optional(),
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
    changeLog: z.array(changeLogEntry).max(LIMITS.changeLog, { error: tooMany(LIMITS.changeLog, 'change-log entries') }).default([]),
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
    security: z
      .object({
        measures: z.array(localizedText).max(LIMITS.listItems, { error: tooMany(LIMITS.listItems, 'security measures') }).default([]),
      })
      .default({ measures: [] }),
    /** Browser privacy signals: Do Not Track and Global Privacy Control. */
    signals: z
      .object({ doNotTrack: z.enum(['honored', 'not-honored']), globalPrivacyControl: z.enum(['honored', 'not-honored']) })
      .default({ doNotTrack: 'not-honored', globalPrivacyControl: 'honored' }),
    overrides: z.array(override).max(LIMITS.sections, { error: tooMany(LIMITS.sections, 'customised sections') }).default([]),
    customSections: z.array(customSection).max(LIMITS.sections, { error: tooMany(LIMITS.sections, 'custom sections') }).default([]),
    /** Published versions, oldest first (`shared/versions/`): read-only snapshots of the facts and overrides. */
    versions: publishedVersions.optional(),
  })
  .superRefine((p, ctx) => {
    // References between lists are checked here so that the error names the exact entry to fix.
    for (const issue of referenceIssues(p)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message, params: issue.params });
  });

/** A validated project with every default filled in. */
export type Project = z.infer<typeof projectSchema>;
/** What a user may write in a file: defaults may be left out. */
export type ProjectInput = z.input<typeof projectSchema>;
export type DataCategory = Project['dataCategories'][number];
export type DataSourceEntry = DataCategory['sources'][number];
export type Activity = Project['activities'][number];
export type LegalBasisEntry = Activity['legalBases'][number];
export type Retention = Activity['retention'];
export type Recipient = Project['recipients'][number];
export type TransferEntry = NonNullable<Recipient['transfers'][TransferLaw]>;
export type RequestChannel = Project['company']['requestChannels'][number];
export type Cookie = Project['cookies'][number];
/** Which library entry a recipient or cookie row was filled from, with a hash of each fact it took. */
export type LibraryRef = NonNullable<Recipient['library']>;
export type Override = Project['overrides'][number];
export type CustomSection = Project['customSections'][number];

/**
 * The closed vocabularies of the `.policy` file: laws, legal bases, sources,
 * sensitive kinds, roles, transfer tools … each value with the article it
 * comes from. Kept apart from the zod schema (schema.ts, which re-exports
 * them) so that the lists read as the reference they are.
 */
/**
 * The US states whose comprehensive consumer privacy law Policy Studio knows,
 * in the order they took (or take) effect; each row of
 * `shared/laws/us-state-table.ts` says what its law is. California (CCPA)
 * has a module of its own and stays 'US-CA'.
 */
export const US_STATE_JURISDICTIONS = [
  'US-VA', 'US-CO', 'US-CT', 'US-UT', 'US-TX', 'US-OR', 'US-MT', 'US-IA', 'US-DE', 'US-NE', 'US-NH', 'US-NJ',
  'US-TN', 'US-MN', 'US-MD', 'US-IN', 'US-KY', 'US-RI', 'US-OK', 'US-LA', 'US-AL',
] as const;
export type UsStateJurisdiction = (typeof US_STATE_JURISDICTIONS)[number];

/**
 * Every law a project can select. Besides the comprehensive state laws: Nevada
 * (NRS 603A, the sale opt-out), Washington's My Health My Data Act and
 * Quebec's Law 25, each its own module.
 */
export const JURISDICTIONS = ['EU', 'UK', 'CH', 'US-CA', ...US_STATE_JURISDICTIONS, 'US-NV', 'US-WA', 'BR', 'CA', 'CA-QC', 'AU'] as const;
export type Jurisdiction = (typeof JURISDICTIONS)[number];

/** GDPR Art. 6(1)(a)–(f); LGPD Art. 7 has close equivalents. */
export const LEGAL_BASES = [
  'consent',
  'contract',
  'legal-obligation',
  'vital-interests',
  'public-task',
  'legitimate-interests',
] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/**
 * GDPR Art. 9(2)(a)–(j): the condition that lifts the ban on processing
 * special-category data, needed beside the Art. 6 basis.
 */
export const SPECIAL_CONDITIONS = [
  'explicit-consent', // (a)
  'employment-social-security', // (b)
  'vital-interests', // (c)
  'not-for-profit-body', // (d)
  'made-public', // (e)
  'legal-claims', // (f)
  'substantial-public-interest', // (g)
  'health-care', // (h)
  'public-health', // (i)
  'archiving-research-statistics', // (j)
] as const;
export type SpecialCondition = (typeof SPECIAL_CONDITIONS)[number];

/**
 * Where a category comes from (GDPR Art. 13 vs Art. 14(2)(f); CCPA
 * "categories of sources"). "inferred" covers what we generate or infer
 * ourselves; "organisation" an employer, school or other body that enrols
 * the person; "other-user" another user of the service.
 */
export const DATA_SOURCES = ['data-subject', 'automatic', 'inferred', 'third-party', 'public', 'organisation', 'other-user'] as const;
export type DataSource = (typeof DATA_SOURCES)[number];

/** Sources that are a named outside party, whose name the policy states (Art. 14(2)(f)). */
export const NAMED_SOURCES: readonly DataSource[] = ['third-party', 'public', 'organisation'];

/** GDPR Art. 9(1) special categories, and Art. 10 criminal-offence data (a different regime). */
export const SPECIAL_CATEGORIES = [
  'racial-ethnic-origin',
  'political-opinions',
  'religious-philosophical-beliefs',
  'trade-union-membership',
  'genetic',
  'biometric-identification',
  'health',
  'sex-life-orientation',
  'criminal-offences',
] as const;
export type SpecialCategory = (typeof SPECIAL_CATEGORIES)[number];

/**
 * CCPA "sensitive personal information", Cal. Civ. Code §1798.140(ae) as
 * amended: a different list from GDPR Art. 9 (a password is SPI, political
 * opinions are not).
 */
export const SENSITIVE_PI_KINDS = [
  'government-id', // (1)(A) SSN, driver's licence, state ID, passport
  'account-login', // (1)(B) log-in with password or credentials
  'financial-account', // (1)(B) financial account or card with its access code
  'precise-geolocation', // (1)(C)
  'racial-ethnic-origin', // (1)(D)
  'citizenship-immigration', // (1)(D)
  'religious-philosophical-beliefs', // (1)(D)
  'union-membership', // (1)(D)
  'communications-contents', // (1)(E) mail, email and text messages not addressed to us
  'genetic', // (1)(F)
  'neural', // (1)(G), added by SB 1223 (2024)
  'biometric-identification', // (2)(A)
  'health', // (2)(B)
  'sex-life-orientation', // (2)(C)
] as const;
export type SensitivePiKind = (typeof SENSITIVE_PI_KINDS)[number];

/** Whether sensitive personal information stays within the purposes of 11 CCR §7027(m) (no right to limit) or goes beyond them. */
export const SENSITIVE_PI_USES = ['permitted-purposes', 'beyond-permitted'] as const;
export type SensitivePiUse = (typeof SENSITIVE_PI_USES)[number];

/** The CCPA's statutory categories of personal information, §1798.140(v)(1)(A)–(L). */
export const CCPA_CATEGORIES = [
  'identifiers', // (A)
  'customer-records', // (B) §1798.80(e)
  'protected-classifications', // (C)
  'commercial', // (D)
  'biometric', // (E)
  'internet-activity', // (F)
  'geolocation', // (G)
  'sensory', // (H)
  'professional', // (I)
  'education', // (J)
  'inferences', // (K)
  'sensitive', // (L)
] as const;
export type CcpaCategory = (typeof CCPA_CATEGORIES)[number];

/** GDPR Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, needed to enter a contract, or optional. */
export const REQUIREMENTS = ['statutory', 'contractual', 'contract-entry', 'optional'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** What starts a retention period. */
export const RETENTION_STARTS = ['collection', 'end-of-contract', 'last-activity', 'end-of-financial-year'] as const;
export type RetentionStart = (typeof RETENTION_STARTS)[number];

export const RETENTION_UNITS = ['days', 'months', 'years'] as const;
export type RetentionUnit = (typeof RETENTION_UNITS)[number];

/**
 * Who receives personal data. Processors (and their sub-processors) act on
 * our instructions: the CCPA's service providers and contractors. The others
 * decide themselves what they do with it.
 */
export const RECIPIENT_ROLES = [
  'processor',
  'sub-processor',
  'independent-controller',
  'joint-controller',
  'group-company',
  'public-authority',
  'professional-adviser',
  'business-transfer',
  'other',
] as const;
export type RecipientRole = (typeof RECIPIENT_ROLES)[number];

/** Roles that act only on our instructions (GDPR Art. 28). */
export const PROCESSOR_ROLES: readonly RecipientRole[] = ['processor', 'sub-processor'];

/** The CCPA's words for a recipient (§1798.140(ag), (j), (ai)). */
export const CCPA_ROLES = ['service-provider', 'contractor', 'third-party'] as const;
export type CcpaRole = (typeof CCPA_ROLES)[number];

/** Laws with a transfer regime of their own (GDPR Chapter V, UK GDPR Chapter V, FADP Art. 16–17). */
export const TRANSFER_LAWS = ['eu', 'uk', 'ch'] as const;
export type TransferLaw = (typeof TRANSFER_LAWS)[number];

/**
 * Transfer tools. "dpf" is the EU-US Data Privacy Framework under EU law,
 * its UK Extension under UK law and the Swiss-US Data Privacy Framework under
 * Swiss law; "idta" and "uk-addendum" exist only under UK law; "none" says
 * that no tool is in place (allowed, warned about, never published as such).
 */
export const TRANSFER_MECHANISMS = ['adequacy', 'dpf', 'scc', 'idta', 'uk-addendum', 'bcr', 'derogation', 'none'] as const;
export type TransferMechanism = (typeof TRANSFER_MECHANISMS)[number];

/** GDPR Art. 49(1)(a)–(g), UK GDPR Art. 49(1), FADP Art. 17(1). */
export const DEROGATIONS = [
  'explicit-consent', // (a)
  'contract-with-data-subject', // (b)
  'contract-in-interest-of-data-subject', // (c)
  'public-interest', // (d)
  'legal-claims', // (e)
  'vital-interests', // (f)
  'public-register', // (g)
] as const;
export type Derogation = (typeof DEROGATIONS)[number];

export const COOKIE_CATEGORIES = ['necessary', 'functional', 'analytics', 'marketing'] as const;
export type CookieCategory = (typeof COOKIE_CATEGORIES)[number];

export const REQUEST_CHANNEL_KINDS = ['email', 'web-form', 'phone', 'post', 'in-app'] as const;
export type RequestChannelKind = (typeof REQUEST_CHANNEL_KINDS)[number];

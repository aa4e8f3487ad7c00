import type { ProjectError } from '../model/errors.ts';
import type { DocumentLanguage } from '../model/languages.ts';
import { parseProject } from '../model/project-file.ts';
import { SCHEMA_VERSION, type Jurisdiction, type Project } from '../model/schema.ts';
import { homeJurisdiction } from './jurisdictions.ts';

export interface EmptyProjectOptions {
  /** ISO 3166 alpha-2: fills the address's country and the law of that country. */
  country?: string;
  /** Document languages; by default English. */
  languages?: readonly DocumentLanguage[];
  /** Laws the policy covers, besides the country's own. */
  jurisdictions?: readonly Jurisdiction[];
  /** The effective date, YYYY-MM-DD; by default today (UTC). */
  today?: string;
}

/** Today as YYYY-MM-DD (UTC), the date a new project takes effect unless told otherwise. */
export function todayIso(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A blank project: every field with a default has it, and exactly the
 * essentials are left empty for the person to enter (the company's legal
 * name, address and email, the laws when no country is given, at least one
 * data category and one activity). It is a draft in the shape of a project
 * (what the form edits), not yet valid: the form shows one message per
 * essential, and the project is valid as soon as they are entered.
 */
export function emptyProject(options: EmptyProjectOptions = {}): Project {
  const home = options.country === undefined ? undefined : homeJurisdiction(options.country);
  const jurisdictions = [...new Set([...(home ? [home] : []), ...(options.jurisdictions ?? [])])];
  return {
    schemaVersion: SCHEMA_VERSION,
    company: {
      legalName: '',
      address: { street: '', postalCode: '', city: '', country: options.country ?? '' },
      email: '',
      representatives: {},
      dataLocations: [],
      dpfCertified: false,
      requestChannels: [],
    },
    role: 'controller',
    scope: { services: [] },
    languages: [...(options.languages ?? ['en'])],
    jurisdictions,
    markets: [],
    effectiveDate: options.today ?? todayIso(),
    dataCategories: [],
    activities: [],
    recipients: [],
    cookies: [],
    children: { minimumAge: 16, directedAtChildren: false },
    rights: {},
    changes: { noticeDays: 30 },
    changeLog: [],
    marketing: { directMarketing: false, channels: [] },
    automatedDecisions: { used: false },
    security: { measures: [] },
    signals: { doNotTrack: 'not-honored', globalPrivacyControl: 'honored' },
    overrides: [],
    customSections: [],
  };
}

/** What a draft still needs before it is a valid project, one entry per field (empty when it is valid). */
export function stillToEnter(draft: Project): ProjectError[] {
  const parsed = parseProject(draft);
  return parsed.ok ? [] : parsed.errors;
}

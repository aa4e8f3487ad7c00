import type { Project } from '../model/schema.ts';
import type { Authority } from '../plan/authorities.ts';
import { countriesAbroad } from '../plan/recipients.ts';
import { dataCollectedItem, purposesItem, recipientsItem } from './common-items.ts';
import { APPLIES, appliesIf, fact, fixedField, flag, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * Québec's Act respecting the protection of personal information in the
 * private sector (CQLR, c. P-39.1), as amended by the Act to modernize
 * legislative provisions as regards the protection of personal information
 * (S.Q. 2021, c. 25, "Law 25"). Every section cited below was read in the
 * Québec Official Publisher's text updated to 24 October 2025,
 * https://www.legisquebec.gouv.qc.ca/en/document/cs/P-39.1 (checked
 * 2026-12-01): s. 3.1 (person in charge, title and contact information
 * published), s. 8 (what a person is told at collection), s. 8.1
 * (identification, location and profiling technology), s. 8.2 (confidentiality
 * policy on the website, and notice of its amendments), s. 12.1 (decisions
 * based exclusively on automated processing), s. 17 (communication outside
 * Québec), s. 27–28 (access, copy, portable format, rectification), s. 32
 * (written reply within 30 days, silence deemed a refusal), s. 33 (access free
 * of charge), s. 42–43 (disagreements to the Commission within 30 days).
 *
 * Not checked here: the governance policies of s. 3.2, whose detailed
 * description must also be published on the website; no field holds them yet.
 */

/**
 * The Commission d'accès à l'information du Québec, its Québec City office,
 * from its contact page https://www.cai.gouv.qc.ca/commission-acces-information/nous-joindre
 * (checked 2026-12-01; toll-free number 1 888 528-7741 on the same page).
 */
export const CAI: Authority = {
  id: 'cai',
  name: "Commission d'accès à l'information du Québec",
  abbreviation: 'CAI',
  address: '525, boulevard René-Lévesque Est, bureau 2.36, Québec (Québec) G1R 5S9',
  website: 'https://www.cai.gouv.qc.ca',
};
export const CAI_TOLL_FREE = '1 888 528-7741';

/** P-39.1 s. 32: a written reply within 30 days of receiving the request. */
export const QUEBEC_RESPONSE_DAYS = 30;

/**
 * The countries outside Canada where the company or a recipient holds the
 * information: communication outside Québec (s. 8, s. 17). A recipient
 * elsewhere in Canada cannot be seen (recipients name countries, not
 * provinces), so the policy does not claim or deny one.
 */
export function outsideQuebec(project: Project): string[] {
  const abroad = countriesAbroad(project, 'CA');
  return [...new Set([...abroad.own, ...abroad.recipients])].sort();
}

/**
 * Technology with functions that identify, locate or profile a person
 * (s. 8.1): analytics and marketing cookies (functional ones remember a
 * choice, they do not single a person out), precise location, and activities
 * that profile. `activationKnown` is whether the facts say how a
 * person turns each on: cookie settings, or consent for the activities.
 */
export interface TrackingFacts {
  cookieCategories: string[];
  cookieConsent: boolean;
  profiling: Project['activities'][number]['purpose'][];
  locationCategories: Project['dataCategories'][number]['name'][];
  activationKnown: boolean;
}

export function trackingTechnology(project: Project, cookieConsent: boolean): TrackingFacts | null {
  const cookieCategories = [...new Set(project.cookies.map((c) => c.category).filter((c) => c === 'analytics' || c === 'marketing'))];
  const profilingActivities = project.activities.filter((a) => a.profiling);
  const location = project.dataCategories.filter((c) => c.sensitivePi === 'precise-geolocation');
  if (cookieCategories.length === 0 && profilingActivities.length === 0 && location.length === 0) return null;
  const byConsent = (a: Project['activities'][number]) => a.legalBases.some((b) => b.basis === 'consent');
  const locationActivities = project.activities.filter((a) => a.categories.some((id) => location.some((c) => c.id === id)));
  return {
    cookieCategories,
    cookieConsent,
    profiling: profilingActivities.map((a) => a.purpose),
    locationCategories: location.map((c) => c.name),
    activationKnown: profilingActivities.every(byConsent) && locationActivities.every(byConsent),
  };
}

export const quebec: Law = {
  id: 'CA-QC',
  officialName: 'Act respecting the protection of personal information in the private sector (CQLR, c. P-39.1), as amended by S.Q. 2021, c. 25 (Law 25)',
  shortName: 'Law 25',
  protects: 'Natural persons whose personal information an enterprise collects, holds, uses or communicates in the course of carrying on an enterprise in Québec (s. 1).',
  // s. 32: promptly and not later than 30 days; no extension in the Act (s. 46 lets the Commission extend it on request).
  deadline: { amount: QUEBEC_RESPONSE_DAYS, unit: 'day', source: 'P-39.1 s. 32' },
  authority: { kind: 'named', authority: CAI, source: 'P-39.1 s. 42; Act respecting Access to documents held by public bodies (A-2.1) s. 103' },
  noticeItems: [
    purposesItem({ id: 'purposes', article: 's. 8, para. 1(1)', description: 'The purposes for which the information is collected.' }),
    dataCollectedItem({ id: 'means', article: 's. 8, para. 1(2)', description: 'The means by which the information is collected.' }),
    {
      id: 'access-and-rectification',
      article: 's. 8, para. 1(3); s. 27–28',
      description: 'The rights of access and rectification.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('quebec.law')],
      field: fixedField('jurisdictions', 'Keep "CA-QC" among the jurisdictions.'),
    },
    {
      id: 'withdraw-consent',
      article: 's. 8, para. 1(4)',
      description: 'The right to withdraw consent to the communication or use of the information.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('quebec.law')],
      field: fixedField('jurisdictions', 'Keep "CA-QC" among the jurisdictions.'),
    },
    {
      id: 'collected-for',
      article: 's. 8, para. 2',
      description: 'The name of the third person for whom the information is collected, where it is collected for someone else.',
      appliesWhen: (p) => appliesIf(p.role === 'controller-and-processor', 'the company collects information only for itself (role).'),
      statedBy: [ref('about.processor-role')],
      field: fixedField('role', 'Say whether you also process information on behalf of business customers.'),
    },
    recipientsItem({ id: 'third-persons', article: 's. 8, para. 2', description: 'The third persons, or categories of third persons, to whom the information must be communicated for those purposes.' }),
    {
      id: 'outside-quebec',
      article: 's. 8, para. 2; s. 17',
      description: 'That the information could be communicated outside Québec.',
      appliesWhen: (p) => appliesIf(outsideQuebec(p).length > 0, 'neither the company nor any recipient is recorded as holding information outside Canada.'),
      statedBy: [ref('quebec.outside')],
      field: fixedField('recipients', 'Enter where each recipient stores and accesses personal information.'),
    },
    {
      id: 'tracking-technology',
      article: 's. 8.1(1)',
      description: 'The use of technology with functions that allow the person to be identified, located or profiled.',
      appliesWhen: (p) => appliesIf(trackingTechnology(p, false) !== null, 'no analytics or marketing cookies, no precise location and no profiling are entered.'),
      statedBy: [ref('quebec.tracking')],
      field: fixedField('cookies', 'Enter each cookie with its category, and mark each activity that profiles people.'),
    },
    {
      id: 'tracking-activation',
      article: 's. 8.1(2)',
      description: 'The means available to activate those identification, location or profiling functions.',
      appliesWhen: (p) => appliesIf(trackingTechnology(p, false) !== null, 'no analytics or marketing cookies, no precise location and no profiling are entered.'),
      statedBy: [ref('quebec.tracking', flag('activationKnown'))],
      field: (p) => {
        const i = p.activities.findIndex(
          (a) => (a.profiling || a.categories.some((id) => p.dataCategories.some((c) => c.id === id && c.sensitivePi === 'precise-geolocation'))) && !a.legalBases.some((b) => b.basis === 'consent'),
        );
        return {
          path: i >= 0 ? `activities[${i}].legalBases` : 'activities',
          enter: 'Base profiling and precise location on consent, so the policy can say they start only once the person agrees; otherwise describe how they are turned on in a custom section.',
        };
      },
    },
    {
      id: 'confidentiality-policy',
      article: 's. 8.2',
      description: 'A confidentiality policy in clear and simple language, and notice of each amendment to it.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('changes.notice'), ref('changes.immediate')],
      field: fixedField('changes.noticeDays', 'Enter how many days before a significant change takes effect you tell people of it.'),
    },
    {
      id: 'person-in-charge',
      article: 's. 3.1',
      description: 'The title and contact information of the person in charge of the protection of personal information.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('quebec.person-in-charge', (f) => {
        const person = fact<{ email?: string; phone?: string; address?: unknown }>(f, 'person');
        return person !== undefined && (person.email !== undefined || person.phone !== undefined || person.address !== undefined);
      })],
      field: fixedField(
        'company.dpo',
        'Enter the title and contact details of the person in charge of the protection of personal information (by default the person with the highest authority in the enterprise).',
      ),
    },
    {
      id: 'automated-decision',
      article: 's. 12.1',
      description: 'That a decision is based exclusively on automated processing, what the person may ask to know about it, and that they may submit observations to someone who can review it.',
      appliesWhen: (p) => appliesIf(p.automatedDecisions.used, 'no decision based exclusively on automated processing is entered (automatedDecisions.used).'),
      statedBy: [ref('quebec.automated')],
      field: fixedField('automatedDecisions.description', 'Describe the automated decision and what it means for the person.'),
    },
    {
      id: 'commission',
      article: 's. 42–43',
      description: "Where to take a disagreement about access or rectification: the Commission d'accès à l'information, within 30 days.",
      appliesWhen: () => APPLIES,
      statedBy: [ref('quebec.law')],
      field: fixedField('jurisdictions', 'Keep "CA-QC" among the jurisdictions.'),
    },
  ],
};

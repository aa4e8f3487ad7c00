import { isInEea } from '../model/countries.ts';
import { NAMED_SOURCES, type Project, type TransferLaw } from '../model/schema.ts';
import { usesConsent } from '../plan/activities.ts';
import {
  APPLIES,
  appliesIf,
  fact,
  firstBasisPath,
  fixedField,
  flag,
  hasSourceNotFromPerson,
  lists,
  NOT_FROM_PERSON,
  recipientAbroad,
  ref,
  withoutTool,
} from './helpers.ts';
import type { ClauseFacts, ClauseRef, NoticeItem } from './types.ts';

/**
 * The notice items of GDPR Art. 13 and 14, shared by the GDPR and the UK
 * GDPR, whose Art. 13 and 14 keep the same numbering and wording (the UK
 * version reads "the Secretary of State" for "the Commission" in (1)(f)).
 * Each law module passes what differs: its jurisdiction, its transfer
 * regime, its representative and where it counts a company as established.
 */
export interface GdprVariant {
  law: 'EU' | 'UK';
  transferLaw: TransferLaw;
  /** Key of `company.representatives` (Art. 27). */
  region: 'eu' | 'uk';
  /** Whether the company is established where the law applies (then it needs no representative). */
  established(project: Project): boolean;
  /** Transfer tools that are documents a person can get a copy of. */
  documentTools: readonly string[];
  /** Clauses that tell the person they may complain to the authority. */
  complaintClauses: readonly string[];
}

/** The sharing clauses, one per kind of recipient (`plan/sections/sharing.ts`). */
export const SHARING_CLAUSES = [
  'sharing.processors',
  'sharing.controllers',
  'sharing.joint',
  'sharing.group',
  'sharing.authorities',
  'sharing.advisers',
  'sharing.business-transfer',
  'sharing.other',
] as const;

/** The source clauses for data not obtained from the person (`plan/sections/data-collected.ts`). */
export const NOT_FROM_PERSON_CLAUSES: readonly string[] = NOT_FROM_PERSON.map((s) => `data-collected.${s}`);

interface SourcedCategoryFacts {
  details: unknown[];
}
interface BasisFacts {
  basis: string;
  interest?: unknown;
}
interface ActivityFacts {
  bases: BasisFacts[];
}
interface RequiredActivityFacts {
  consequence?: unknown;
}
interface LawTransfersFacts {
  law: string;
  uncovered: unknown[];
}

/** A named source's clause lists who provides the data for every category (Art. 14(2)(f)). */
const sourcesNamed = (facts: ClauseFacts) => (fact<SourcedCategoryFacts[]>(facts, 'categories') ?? []).every((c) => c.details.length > 0);

/** The first source of a named kind without its detail, as a field path. */
function unnamedSourcePath(project: Project): string {
  for (const [i, c] of project.dataCategories.entries()) {
    const j = c.sources.findIndex((s) => NAMED_SOURCES.includes(s.kind) && s.detail === undefined);
    if (j >= 0) return `dataCategories[${i}].sources[${j}].detail`;
  }
  return 'dataCategories';
}

export function gdprFamilyItems(v: GdprVariant): NoticeItem[] {
  const law = v.law;
  const rightsFor = lists('laws', law);
  // A named source (a third party, a public source, an organisation) must be named; another user need not be.
  const sourceRefs: ClauseRef[] = NOT_FROM_PERSON.map((kind) => (NAMED_SOURCES.includes(kind) ? ref(`data-collected.${kind}`, sourcesNamed) : ref(`data-collected.${kind}`)));
  const transfersAbroad = (p: Project) => p.recipients.some((r) => recipientAbroad(r, v.transferLaw));
  return [
    {
      id: 'controller',
      article: 'Art. 13(1)(a), 14(1)(a)',
      description: 'The identity and contact details of the controller.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('about.controller'), ref('contact.company')],
      field: fixedField('company', 'Enter the company\'s legal name, address and email address.'),
    },
    {
      id: 'representative',
      article: 'Art. 13(1)(a), 14(1)(a); Art. 27',
      description: `The identity and contact details of the controller's representative in the ${law === 'EU' ? 'Union' : 'United Kingdom'}.`,
      appliesWhen: (p) => appliesIf(!v.established(p), `the company is established in ${law === 'EU' ? 'the EEA' : 'the United Kingdom'}, so it needs no representative there (Art. 27(1)).`),
      statedBy: [ref('contact.representatives', (f) => (fact<{ region: string }[]>(f, 'representatives') ?? []).some((r) => r.region === v.region))],
      field: fixedField(
        `company.representatives.${v.region}`,
        `Enter the name and contact details of your representative in ${law === 'EU' ? 'the EU' : 'the UK'} (Art. 27); only occasional, low-risk processing is exempt.`,
      ),
    },
    {
      id: 'dpo',
      article: 'Art. 13(1)(b), 14(1)(b)',
      description: 'The contact details of the data protection officer, where one is appointed.',
      appliesWhen: (p) => appliesIf(p.company.dpo !== undefined, 'no data protection officer is entered (company.dpo); one is required only in the cases of Art. 37(1).'),
      statedBy: [ref('contact.dpo')],
      field: fixedField('company.dpo', 'Enter the name and email address of your data protection officer.'),
    },
    {
      id: 'purposes-and-basis',
      article: 'Art. 13(1)(c), 14(1)(c)',
      description: 'The purposes of the processing and the legal basis for each.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('purposes.activities', flag('showLegalBasis'))],
      field: fixedField('activities', 'Enter each processing activity with its purpose and legal bases.'),
    },
    {
      id: 'legitimate-interests',
      article: 'Art. 13(1)(d), 14(2)(b)',
      description: 'The legitimate interests pursued, where processing relies on Art. 6(1)(f).',
      appliesWhen: (p) => appliesIf(p.activities.some((a) => a.legalBases.some((b) => b.basis === 'legitimate-interests')), 'no activity relies on legitimate interests.'),
      statedBy: [
        ref('purposes.activities', (f) =>
          (fact<ActivityFacts[]>(f, 'activities') ?? []).every((a) => a.bases.every((b) => b.basis !== 'legitimate-interests' || b.interest !== undefined)),
        ),
      ],
      field: (p) => ({
        path: `${firstBasisPath(p, (b) => b.basis === 'legitimate-interests' && b.interest === undefined) ?? 'activities'}.interest`,
        enter: 'Name the interest you weighed against the person\'s, e.g. "Protecting the service against fraud".',
      }),
    },
    {
      id: 'recipients',
      article: 'Art. 13(1)(e), 14(1)(e)',
      description: 'The recipients or categories of recipients of the personal data.',
      appliesWhen: (p) => appliesIf(p.recipients.length > 0, 'no recipients are entered.'),
      statedBy: SHARING_CLAUSES.map((id) => ref(id)),
      all: true,
      field: fixedField('recipients', 'Enter each recipient with its role and what it does with the data.'),
    },
    {
      id: 'transfers',
      article: 'Art. 13(1)(f), 14(1)(f)',
      description: `That data goes to a third country, and the adequacy ${law === 'EU' ? 'decision' : 'regulations'} or the safeguards it relies on.`,
      appliesWhen: (p) => appliesIf(transfersAbroad(p), `no recipient stores or accesses data outside ${law === 'EU' ? 'the EEA' : 'the UK and the EEA'}.`),
      statedBy: [
        ref('transfers.list', (f) => (fact<LawTransfersFacts[]>(f, 'laws') ?? []).every((l) => l.law !== v.transferLaw || l.uncovered.length === 0)),
      ],
      field: (p) => {
        const i = p.recipients.findIndex((r) => withoutTool(r, v.transferLaw));
        return {
          path: i >= 0 ? `recipients[${i}].transfers.${v.transferLaw}` : 'recipients',
          enter: `Choose the transfer tool this recipient's transfer relies on under ${law === 'EU' ? 'the GDPR' : 'the UK GDPR'} (adequacy, Data Privacy Framework, standard contractual clauses …).`,
        };
      },
    },
    {
      id: 'transfer-copy',
      article: 'Art. 13(1)(f), 14(1)(f)',
      description: 'How to obtain a copy of the safeguards, or where they are made available.',
      appliesWhen: (p) =>
        appliesIf(
          p.recipients.some((r) => recipientAbroad(r, v.transferLaw) && v.documentTools.includes(r.transfers[v.transferLaw]?.mechanism ?? '')),
          'no transfer relies on a document a person can ask for (standard clauses, binding corporate rules).',
        ),
      statedBy: [ref('transfers.copy')],
      field: fixedField('company.email', 'Enter the email address where people can ask for a copy of the safeguards.'),
    },
    {
      id: 'retention',
      article: 'Art. 13(2)(a), 14(2)(a)',
      description: 'How long the data is kept, or the criteria used to decide.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('retention.table')],
      field: fixedField('activities[0].retention', 'Enter how long each activity keeps its data, and from when.'),
    },
    {
      id: 'rights',
      article: 'Art. 13(2)(b), 14(2)(c)',
      description: 'The rights of access, rectification, erasure and restriction.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('rights.gdpr', rightsFor)],
      field: fixedField('jurisdictions', `Keep "${law}" among the jurisdictions.`),
    },
    {
      id: 'objection',
      article: 'Art. 13(2)(b), 14(2)(c); Art. 21(4)',
      description: 'The right to object, where processing relies on legitimate interests or a public task, or serves direct marketing.',
      appliesWhen: (p) =>
        appliesIf(
          p.marketing.directMarketing || p.activities.some((a) => a.legalBases.some((b) => b.basis === 'legitimate-interests' || b.basis === 'public-task')),
          'no activity relies on legitimate interests or a public task, and there is no direct marketing.',
        ),
      statedBy: [ref('rights.gdpr', (f) => rightsFor(f) && f.objection === true)],
      field: fixedField('activities', 'Enter the legal bases of each activity; the right to object follows from them.'),
    },
    {
      id: 'portability',
      article: 'Art. 13(2)(b), 14(2)(c); Art. 20(1)',
      description: 'The right to data portability, where processing relies on consent or a contract.',
      appliesWhen: (p) =>
        appliesIf(
          usesConsent(p) || p.activities.some((a) => a.legalBases.some((b) => b.basis === 'contract')),
          'no activity relies on consent or a contract.',
        ),
      statedBy: [ref('rights.gdpr', (f) => rightsFor(f) && f.portability === true)],
      field: fixedField('activities', 'Enter the legal bases of each activity; portability follows from consent and contract.'),
    },
    {
      id: 'withdraw-consent',
      article: 'Art. 13(2)(c), 14(2)(d)',
      description: 'The right to withdraw consent at any time, where processing relies on consent.',
      appliesWhen: (p) => appliesIf(usesConsent(p), 'no activity relies on consent.'),
      statedBy: [ref('rights.gdpr', (f) => rightsFor(f) && f.withdrawConsent === true), ref('purposes.consent')],
      field: fixedField('activities', 'Enter the legal bases of each activity; withdrawal follows from consent.'),
    },
    {
      id: 'complaint',
      article: 'Art. 13(2)(d), 14(2)(e)',
      description: 'The right to lodge a complaint with a supervisory authority.',
      appliesWhen: () => APPLIES,
      statedBy: v.complaintClauses.map((id) => ref(id)),
      field: fixedField('jurisdictions', `Keep "${law}" among the jurisdictions.`),
    },
    {
      id: 'requirement',
      article: 'Art. 13(2)(e)',
      description: 'Whether providing the data is a statutory or contractual requirement, and what happens if it is not provided.',
      appliesWhen: (p) => appliesIf(p.activities.some((a) => a.requirement !== 'optional'), 'no activity requires the person to provide data.'),
      statedBy: [ref('purposes.requirements', (f) => (fact<RequiredActivityFacts[]>(f, 'activities') ?? []).every((a) => a.consequence !== undefined))],
      field: (p) => {
        const i = p.activities.findIndex((a) => a.requirement !== 'optional' && a.consequence === undefined);
        return { path: i >= 0 ? `activities[${i}].consequence` : 'activities', enter: 'Say what happens when the person does not provide the data, e.g. "We cannot open an account for you".' };
      },
    },
    {
      id: 'automated-decisions',
      article: 'Art. 13(2)(f), 14(2)(g)',
      description: 'Automated decision-making, with meaningful information about the logic involved and its consequences.',
      appliesWhen: (p) => appliesIf(p.automatedDecisions.used, 'no automated decisions are made (automatedDecisions.used).'),
      statedBy: [ref('automated-decisions.used')],
      field: fixedField('automatedDecisions.description', 'Describe the automated decision, its logic and what it means for the person.'),
    },
    {
      id: 'source',
      article: 'Art. 14(2)(f)',
      description: 'The source of data not obtained from the person, and whether it came from publicly accessible sources.',
      appliesWhen: (p) => appliesIf(hasSourceNotFromPerson(p), 'all data comes from the person or from their use of the service.'),
      statedBy: sourceRefs,
      all: true,
      field: (p) => ({ path: unnamedSourcePath(p), enter: 'Name who provides this data (the employer, the school, the public register …).' }),
    },
    {
      id: 'categories',
      article: 'Art. 14(1)(d)',
      description: 'The categories of personal data concerned, for data not obtained from the person.',
      appliesWhen: (p) => appliesIf(hasSourceNotFromPerson(p), 'all data comes from the person or from their use of the service.'),
      statedBy: NOT_FROM_PERSON_CLAUSES.map((id) => ref(id)),
      field: fixedField('dataCategories', 'Enter each data category with its sources.'),
    },
  ];
}

/** Where the GDPR counts a company as established: in an EEA country. */
export const establishedInEea = (p: Project) => isInEea(p.company.address.country);

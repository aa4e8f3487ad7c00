import type { Project } from '../model/schema.ts';
import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { APPLIES, appliesIf, channelsOf, fact, fixedField, flag, notApplicable, ref } from './helpers.ts';
import type { ClauseFacts, Law } from './types.ts';

/**
 * The California Consumer Privacy Act of 2018 as amended by the California
 * Privacy Rights Act of 2020 (Cal. Civ. Code §1798.100–1798.199.100), and its
 * regulations (Cal. Code Regs. tit. 11, §7000 ff.). Notice items from the
 * statute, https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?division=3.&part=4.&lawCode=CIV&title=1.81.5
 * (§1798.100(a), .110(c), .115(c), .120, .121, .125(b), .130(a), .135), and
 * from the privacy-policy rule of the regulations, 11 CCR §7011(e),
 * https://cppa.ca.gov/regulations/ (checked 2025). §7011(e) is cited by
 * paragraph: (1) practices, (2) rights, (3) how to exercise them.
 */

interface CategoryRowFacts {
  ccpaCategory?: string;
}
interface FlowFacts {
  categories: unknown[];
  to: string[];
}

const sells = (p: Project) => p.activities.some((a) => a.sells);
const shares = (p: Project) => p.activities.some((a) => a.sharesForAdvertising);

/**
 * Whether sensitive personal information is used beyond the purposes of
 * 11 CCR §7027(m), which gives the right to limit (§1798.121): when sold or
 * shared, when the user said so, or, without an answer, when profiled or used
 * for targeted advertising. The same rule as `plan/sections/california.ts`;
 * the plan refactor should take it from here.
 */
export function usesSensitiveBeyondPermitted(project: Project): boolean {
  const byActivities = (test: (a: Project['activities'][number]) => boolean) => new Set(project.activities.filter(test).flatMap((a) => a.categories));
  const soldOrShared = byActivities((a) => a.sells || a.sharesForAdvertising);
  const profiled = byActivities((a) => a.profiling || a.targetedAdvertising);
  return project.dataCategories.some(
    (c) => c.sensitivePi !== undefined && (soldOrShared.has(c.id) || c.sensitivePiUse === 'beyond-permitted' || (c.sensitivePiUse === undefined && profiled.has(c.id))),
  );
}

/** §1798.130(a)(1)(A): two or more methods, one a toll-free number; an email address alone for a business that operates exclusively online. */
function requestMethodsSuffice(channels: readonly { kind: string; tollFree?: boolean }[], onlineOnly: boolean): boolean {
  if (onlineOnly) return channels.some((c) => c.kind === 'email');
  return channels.length >= 2 && channels.some((c) => c.kind === 'phone' && c.tollFree === true);
}

const saleListsRecipients = (f: ClauseFacts) => {
  const sold = fact<FlowFacts>(f, 'sold');
  const shared = fact<FlowFacts>(f, 'shared');
  return (f.sells !== true || (sold?.to.length ?? 0) > 0) && (f.sharesForAdvertising !== true || (shared?.to.length ?? 0) > 0);
};

export const ccpa: Law = {
  id: 'US-CA',
  officialName: 'California Consumer Privacy Act of 2018, as amended by the California Privacy Rights Act of 2020 (Cal. Civ. Code §1798.100 et seq.)',
  shortName: 'CCPA',
  protects: 'Consumers who are California residents, including employees and business contacts, whose personal information a business that meets the thresholds of §1798.140(d) collects.',
  // §1798.130(a)(2)(A): 45 days from receipt; once extendable by 45 days when reasonably necessary, with notice within the first 45 days.
  // 11 CCR §7026(f), §7027(g): opt-out and limit requests are acted on within 15 business days.
  deadline: { amount: 45, unit: 'day', extension: { amount: 45, unit: 'day', when: 'once, when reasonably necessary, telling the consumer within the first 45 days' }, source: 'Cal. Civ. Code §1798.130(a)(2)(A)' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW['US-CA'], source: 'Cal. Civ. Code §1798.199.10, §1798.199.40' },
  noticeItems: [
    {
      id: 'categories-collected',
      article: '§1798.110(c)(1), §1798.130(a)(5)(B); 11 CCR §7011(e)(1)',
      description: 'The categories of personal information collected, named by the statutory categories of §1798.140(v)(1).',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.categories', (f) => (fact<CategoryRowFacts[]>(f, 'rows') ?? []).every((r) => r.ccpaCategory !== undefined))],
      field: (p) => {
        const i = p.dataCategories.findIndex((c) => c.ccpaCategory === undefined);
        return { path: i >= 0 ? `dataCategories[${i}].ccpaCategory` : 'dataCategories', enter: 'Choose the CCPA category this data falls under (identifiers, commercial information, internet activity …).' };
      },
    },
    {
      id: 'sources',
      article: '§1798.110(c)(2); 11 CCR §7011(e)(1)',
      description: 'The categories of sources from which personal information is collected.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.categories')],
      field: fixedField('dataCategories[0].sources', 'Enter where each data category comes from.'),
    },
    {
      id: 'purposes',
      article: '§1798.100(a)(1), §1798.110(c)(3); 11 CCR §7011(e)(1)',
      description: 'The business or commercial purposes for collecting, selling or sharing personal information.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.categories')],
      field: fixedField('activities', 'Enter each processing activity with its purpose and the categories it uses.'),
    },
    {
      id: 'sold-or-shared',
      article: '§1798.115(c)(1), §1798.130(a)(5)(C)(i); 11 CCR §7011(e)(1)',
      description: 'The categories of personal information sold or shared in the preceding 12 months, or that none is.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.sale'), ref('california.no-sale')],
      field: fixedField('activities', 'Mark each activity that sells personal information or shares it for cross-context behavioral advertising.'),
    },
    {
      id: 'sold-to',
      article: '§1798.115(c)(1); 11 CCR §7011(e)(1)',
      description: 'For each category sold or shared, the categories of third parties it is sold or shared to.',
      appliesWhen: (p) => appliesIf(sells(p) || shares(p), 'no activity sells or shares personal information.'),
      statedBy: [ref('california.sale', saleListsRecipients)],
      field: (p) => {
        const i = p.activities.findIndex((a) => (a.sells || a.sharesForAdvertising) && a.recipients.length === 0);
        return { path: i >= 0 ? `activities[${i}].recipients` : 'activities', enter: 'Enter the third parties this activity sells or shares personal information to.' };
      },
    },
    {
      id: 'disclosed-for-business-purpose',
      article: '§1798.115(c)(2), §1798.130(a)(5)(C)(ii); 11 CCR §7011(e)(1)',
      description: 'The categories of personal information disclosed for a business purpose, and the categories of recipients, or that none is.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.categories')],
      field: fixedField('recipients', 'Enter each recipient and the activities that involve it.'),
    },
    {
      id: 'under-16',
      article: '§1798.120(c); 11 CCR §7011(e)(1)',
      description: 'Whether the business has actual knowledge that it sells or shares the personal information of consumers under 16.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.no-sale'), ref('california.sale', flag('noKnowledgeUnder16'))],
      field: fixedField(
        'children.minimumAge',
        'Set a minimum age of 16 or more if the service is not for younger consumers; selling or sharing data of consumers under 16 needs their (or a parent\'s) opt-in, which this version cannot describe.',
      ),
    },
    {
      id: 'sensitive',
      article: '§1798.121, §1798.135(a); 11 CCR §7011(e)(1)',
      description: 'The sensitive personal information collected, and whether it is used or disclosed beyond the purposes of 11 CCR §7027(m).',
      appliesWhen: (p) => appliesIf(p.dataCategories.some((c) => c.sensitivePi !== undefined), 'no data category is marked as sensitive personal information (dataCategories[].sensitivePi).'),
      statedBy: [ref('california.sensitive')],
      field: (p) => {
        const i = p.dataCategories.findIndex((c) => c.sensitivePi !== undefined);
        return { path: `dataCategories[${i}].sensitivePiUse`, enter: 'Say whether this sensitive personal information is used only for the purposes the CCPA allows without a choice, or beyond them.' };
      },
    },
    {
      id: 'rights',
      article: '§1798.130(a)(5)(A); 11 CCR §7011(e)(2)',
      description: 'The rights to know, delete and correct, and not to be discriminated against for using them.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.rights')],
      field: fixedField('jurisdictions', 'Keep "US-CA" among the jurisdictions.'),
    },
    {
      id: 'opt-out',
      article: '§1798.120(a), §1798.135(a); 11 CCR §7011(e)(2)',
      description: 'The right to opt out of the sale and sharing of personal information.',
      appliesWhen: (p) => appliesIf(sells(p) || shares(p), 'no activity sells or shares personal information.'),
      statedBy: [ref('california.rights', flag('optOut'))],
      field: fixedField('activities', 'Mark each activity that sells or shares personal information.'),
    },
    {
      id: 'limit',
      article: '§1798.121(a), §1798.135(a); 11 CCR §7011(e)(2)',
      description: 'The right to limit the use and disclosure of sensitive personal information used beyond the purposes of 11 CCR §7027(m).',
      appliesWhen: (p) => appliesIf(usesSensitiveBeyondPermitted(p), 'no sensitive personal information is used beyond the purposes the CCPA allows without a choice.'),
      statedBy: [ref('california.rights', flag('limitSensitive'))],
      field: fixedField('dataCategories', 'Say for each sensitive category how it is used (dataCategories[].sensitivePiUse).'),
    },
    {
      id: 'request-methods',
      article: '§1798.130(a)(1)(A); 11 CCR §7011(e)(3)',
      description: 'Two or more designated methods for submitting requests, one of them a toll-free number (an email address alone for a business that operates exclusively online).',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.requests', (f, p) => requestMethodsSuffice(fact<{ kind: string; tollFree?: boolean }[]>(f, 'channels') ?? [], p.company.onlineOnly === true))],
      field: (p) => ({
        path: 'company.requestChannels',
        enter:
          p.company.onlineOnly === true
            ? 'Add an email address for requests.'
            : `Add ${channelsOf(p).length < 2 ? 'another way to make a request and ' : ''}a toll-free phone number for requests, or set company.onlineOnly if the business operates exclusively online.`,
      }),
    },
    {
      id: 'verification',
      article: '§1798.130(a)(2)(A); 11 CCR §7011(e)(3), §7060',
      description: 'A general description of how requests are verified.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('rights.how-to')],
      field: fixedField('company.requestChannels', 'Enter how people make requests; the policy then says how they are verified.'),
    },
    {
      id: 'authorized-agent',
      article: '11 CCR §7011(e)(3), §7063',
      description: 'How an authorized agent can make a request on the consumer\'s behalf.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.agent')],
      field: fixedField('jurisdictions', 'Keep "US-CA" among the jurisdictions.'),
    },
    {
      id: 'opt-out-signals',
      article: '§1798.135(b)(1); 11 CCR §7011(e)(3), §7025',
      description: 'How the business processes opt-out preference signals such as Global Privacy Control.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('california.signals')],
      field: fixedField('signals.globalPrivacyControl', 'Say whether you honor Global Privacy Control.'),
    },
    {
      id: 'financial-incentive',
      article: '§1798.125(b); 11 CCR §7016',
      description: 'A notice of financial incentive, where the business offers one for personal information.',
      appliesWhen: () => notApplicable('no financial incentive is entered; Policy Studio has no field for one yet, so a business that offers one (a discount for a sign-up, say) must add the notice of 11 CCR §7016 itself.'),
      statedBy: [],
      field: () => null,
    },
    {
      id: 'last-updated',
      article: '§1798.130(a)(5); 11 CCR §7011(e)',
      description: 'The date the privacy policy was last updated.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('title')],
      field: fixedField('changeLog', 'Add a change-log entry dated when the policy was last updated.'),
    },
    {
      id: 'retention',
      article: '§1798.100(a)(3)',
      description: 'How long each category of personal information is kept, or the criteria used to decide.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('retention.table')],
      field: fixedField('activities[0].retention', 'Enter how long each activity keeps its data, and from when.'),
    },
  ],
};

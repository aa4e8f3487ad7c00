import { dataCollectedItem, recipientsItem } from './common-items.ts';
import { APPLIES, fixedField, notApplicable, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * Nevada's privacy of information collected on the internet from consumers,
 * NRS 603A.300–603A.360 (https://www.leg.state.nv.us/nrs/nrs-603a.html).
 *
 * Checked 2026-12-01: NRS 603A.345 (designated request address, verified
 * request not to sell, reply within 60 days, extendable once by up to 30 with
 * notice) and 603A.320 ("covered information") in the statute's text as
 * reproduced at https://instalawyer.io/laws/nevada-revised-statutes/ (with its
 * amendment history: 2019, 1171; 2021, 1674). The notice contents of
 * NRS 603A.340(1) could not be read in the statute itself here: the items
 * below follow the concordant summaries of the Nevada notice law (iubenda,
 * ZwillGen, Discerning Data) and should be re-read against the NRS before
 * relying on their paragraph letters, which are therefore not cited.
 */
export const nevada: Law = {
  id: 'US-NV',
  officialName: 'Nevada Revised Statutes 603A.300–603A.360 (privacy of information collected on the internet from consumers)',
  shortName: 'NRS 603A',
  protects: 'Consumers who seek or acquire goods, services, money or credit for personal, family or household purposes from an operator\'s website or online service (NRS 603A.310), whose covered information (NRS 603A.320) it collects.',
  // NRS 603A.345(4): within 60 days after receipt; extendable by not more than 30 days when reasonably necessary, telling the consumer.
  deadline: { amount: 60, unit: 'day', extension: { amount: 30, unit: 'day', when: 'when reasonably necessary, telling the consumer' }, source: 'NRS 603A.345(4)' },
  authority: { kind: 'none', note: 'the Nevada Attorney General enforces NRS 603A.300–603A.360 (NRS 603A.360; per the summaries above, not read in the statute here)' },
  noticeItems: [
    dataCollectedItem({ id: 'categories', article: 'NRS 603A.340(1)', description: 'The categories of covered information collected through the website or online service.' }),
    recipientsItem({ id: 'third-parties', article: 'NRS 603A.340(1)', description: 'The categories of third parties with whom covered information may be shared.' }),
    {
      id: 'review-and-change',
      article: 'NRS 603A.340(1)',
      description: 'The process, if any, for a consumer to review and request changes to their covered information.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('rights.how-to')],
      field: fixedField('company.requestChannels', 'Enter how consumers ask to see or change their information.'),
    },
    {
      id: 'changes-notified',
      article: 'NRS 603A.340(1)',
      description: 'How the operator tells consumers of material changes to the notice.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('changes.notice'), ref('changes.immediate')],
      field: fixedField('changes.noticeDays', 'Enter how many days before a significant change takes effect you tell consumers of it.'),
    },
    {
      id: 'third-party-tracking',
      article: 'NRS 603A.340(1)',
      description: 'Whether a third party may collect covered information about a consumer\'s online activities over time and across websites when they use the service.',
      appliesWhen: (p) => (p.cookies.some((c) => c.party === 'third') ? APPLIES : notApplicable('no third-party cookies are entered (cookies[].party).')),
      statedBy: [ref('cookies.third-party')],
      field: fixedField('cookies', 'Enter each third-party cookie with its provider.'),
    },
    {
      id: 'effective-date',
      article: 'NRS 603A.340(1)',
      description: 'The effective date of the notice.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('title')],
      field: fixedField('effectiveDate', 'Enter the date the policy takes effect.'),
    },
    {
      id: 'sale-opt-out',
      article: 'NRS 603A.345',
      description: 'The designated request address through which a consumer can direct the operator not to sell their covered information, and the 60-day reply.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('nevada.sale')],
      field: fixedField('company.requestChannels', 'Enter an email address, toll-free number or web form where consumers send requests.'),
    },
  ],
};

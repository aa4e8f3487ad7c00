import { dataCollectedItem, purposesItem, recipientsItem } from './common-items.ts';
import { APPLIES, appliesIf, fixedField, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * The comprehensive privacy laws of US states other than California, as one
 * bucket until they become a table by state (issue 8). Their notice content
 * follows the Virginia Consumer Data Protection Act, Va. Code Ann.
 * §59.1-578(C)–(E), https://law.lis.virginia.gov/vacode/title59.1/chapter53/section59.1-578/
 * (checked 2025); most later states copy it.
 */
export const usStates: Law = {
  id: 'US',
  officialName: 'US state consumer privacy laws (Virginia, Colorado, Connecticut, Utah, Texas, Oregon and others)',
  shortName: 'US state laws',
  protects: 'Residents of each state with a comprehensive privacy law, acting as consumers (not in an employment or business context).',
  // Va. Code §59.1-577(B): 45 days, extendable once by 45 days when reasonably necessary; Iowa gives 90 days.
  deadline: { amount: 45, unit: 'day', extension: { amount: 45, unit: 'day', when: 'once, when reasonably necessary, telling the consumer within the first 45 days' }, source: 'Va. Code §59.1-577(B)' },
  authority: { kind: 'by-establishment', note: 'the Attorney General of the consumer\'s state', source: 'Va. Code §59.1-584' },
  noticeItems: [
    dataCollectedItem({ id: 'categories', article: 'Va. Code §59.1-578(C)(1)', description: 'The categories of personal data processed.' }),
    purposesItem({ id: 'purposes', article: 'Va. Code §59.1-578(C)(2)', description: 'The purpose of processing personal data.' }),
    {
      id: 'rights-and-appeal',
      article: 'Va. Code §59.1-578(C)(3), (E)',
      description: 'How consumers may exercise their rights, including how to appeal a decision.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('united-states.state-rights')],
      field: fixedField('jurisdictions', 'Keep "US" among the jurisdictions.'),
    },
    recipientsItem({ id: 'third-parties', article: 'Va. Code §59.1-578(C)(4)–(5)', description: 'The categories of personal data shared with third parties, and the categories of those third parties.' }),
    {
      id: 'sale-and-targeted-advertising',
      article: 'Va. Code §59.1-578(D)',
      description: 'That personal data is sold or used for targeted advertising, and how to opt out.',
      appliesWhen: (p) => appliesIf(p.activities.some((a) => a.sells || a.targetedAdvertising || a.sharesForAdvertising), 'no activity sells personal data or uses it for targeted advertising.'),
      statedBy: [ref('united-states.state-rights', (f) => f.sells === true || f.targetedAdvertising === true)],
      field: fixedField('activities', 'Mark each activity that sells personal data or uses it for targeted advertising.'),
    },
  ],
};

import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { countriesAbroad } from '../plan/recipients.ts';
import { privacyContactItem, purposesItem } from './common-items.ts';
import { APPLIES, appliesIf, fixedField, ref } from './helpers.ts';
import type { Law } from './types.ts';

/**
 * The Personal Information Protection and Electronic Documents Act (S.C.
 * 2000, c. 5), Part 1. Notice items: Schedule 1, principle 4.8 (Openness),
 * clause 4.8.2(a)–(c) and (e), https://laws-lois.justice.gc.ca/eng/acts/P-8.6/page-11.html
 * (checked 2025), and the OPC's Guidelines for processing personal data
 * across borders (January 2009), which ask that people be told their data
 * may be processed abroad and be accessible there to that country's authorities.
 */
export const pipeda: Law = {
  id: 'CA',
  officialName: 'Personal Information Protection and Electronic Documents Act (S.C. 2000, c. 5)',
  shortName: 'PIPEDA',
  protects: 'Individuals whose personal information an organization collects, uses or discloses in the course of commercial activities in Canada (s. 4(1)), outside provinces with substantially similar laws.',
  // s. 8(3): within 30 days; s. 8(4): extendable by up to 30 more days, telling the person within the first 30.
  deadline: { amount: 30, unit: 'day', extension: { amount: 30, unit: 'day', when: 'when meeting the time limit would unreasonably interfere with activities, or consultations are needed, telling the person within the first 30 days' }, source: 'PIPEDA s. 8(3)–(4)' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW.CA, source: 'PIPEDA s. 11' },
  noticeItems: [
    privacyContactItem(
      { id: 'accountable-person', article: 'Sch. 1, cl. 4.8.2(a); 4.1', description: 'The name or title, and the address, of the person accountable for the policies, to whom complaints or inquiries go.' },
      'Enter the name or title and the contact details of the person accountable for privacy (your privacy officer).',
    ),
    {
      id: 'access',
      article: 'Sch. 1, cl. 4.8.2(b); 4.9',
      description: 'The means of gaining access to personal information held.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('canada.law')],
      field: fixedField('jurisdictions', 'Keep "CA" among the jurisdictions.'),
    },
    purposesItem({ id: 'kinds-and-uses', article: 'Sch. 1, cl. 4.8.2(c)', description: 'The type of personal information held, with a general account of its use.' }),
    {
      id: 'related-organizations',
      article: 'Sch. 1, cl. 4.8.2(e)',
      description: 'What personal information is made available to related organizations, such as subsidiaries.',
      appliesWhen: (p) => appliesIf(p.recipients.some((r) => r.role === 'group-company'), 'no group company is among the recipients.'),
      statedBy: [ref('sharing.group')],
      field: fixedField('recipients', 'Enter each group company that receives personal information, with what it does with it.'),
    },
    {
      id: 'abroad',
      article: 'Sch. 1, cl. 4.1.3, 4.8; OPC cross-border guidelines (2009)',
      description: 'That personal information may be processed in another country and be accessible there to its courts and authorities.',
      appliesWhen: (p) => {
        const abroad = countriesAbroad(p, 'CA');
        return appliesIf(abroad.own.length + abroad.recipients.length > 0, 'no personal information is held outside Canada.');
      },
      statedBy: [ref('canada.abroad')],
      field: fixedField('recipients', 'Enter where each recipient stores and accesses personal information.'),
    },
    {
      id: 'complaint',
      article: 'Sch. 1, cl. 4.10; s. 11(1)',
      description: 'How to challenge compliance, and the right to complain to the Privacy Commissioner.',
      appliesWhen: () => APPLIES,
      statedBy: [ref('canada.law'), ref('rights.complaint')],
      field: fixedField('jurisdictions', 'Keep "CA" among the jurisdictions.'),
    },
  ],
};

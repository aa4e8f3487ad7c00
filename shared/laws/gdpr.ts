import { EEA_NOTICE_ITEMS } from './eea-notice-items.ts';
import { establishedInEea, gdprFamilyItems } from './gdpr-family.ts';
import type { Law } from './types.ts';

/**
 * The General Data Protection Regulation. Notice items: Art. 13 (data
 * collected from the person) and Art. 14 (data obtained otherwise), checked
 * against the Official Journal text, https://eur-lex.europa.eu/eli/reg/2016/679/oj
 * (Art. 13(1)(a)–(f), 13(2)(a)–(f), 14(1)(a)–(f), 14(2)(a)–(g)); checked 2025.
 * Each item cites both articles where they say the same thing.
 */
export const gdpr: Law = {
  id: 'EU',
  officialName: 'Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016 (General Data Protection Regulation)',
  shortName: 'GDPR',
  protects: 'People in the EEA whose data a company established there processes, and people in the EEA to whom a company elsewhere offers goods or services or whose behaviour it monitors (Art. 3).',
  // Art. 12(3): without undue delay and within one month; extendable by two months where necessary, given the complexity and number of requests.
  deadline: { amount: 1, unit: 'month', extension: { amount: 2, unit: 'month', when: 'where necessary, taking into account the complexity and number of the requests; the person is told within the first month' }, source: 'GDPR Art. 12(3)' },
  // Art. 77(1): a complaint to the authority where the person lives or works or where the infringement took place; the lead authority is that of the main establishment (Art. 56(1)).
  authority: { kind: 'by-establishment', note: 'the supervisory authority of the country where the person lives or works, or where the company has its main establishment', source: 'GDPR Art. 77(1), Art. 56(1)' },
  noticeItems: [
    ...gdprFamilyItems({
      law: 'EU',
      transferLaw: 'eu',
      region: 'eu',
      established: establishedInEea,
      documentTools: ['scc', 'bcr'],
      complaintClauses: ['rights.complaint'],
    }),
    // What national law in the company's country and its EEA markets adds.
    ...EEA_NOTICE_ITEMS,
  ],
};

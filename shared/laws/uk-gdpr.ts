import { AUTHORITY_FOR_LAW } from '../plan/authorities.ts';
import { gdprFamilyItems } from './gdpr-family.ts';
import type { Law } from './types.ts';

/**
 * The UK GDPR (Regulation (EU) 2016/679 as retained in UK law by the European
 * Union (Withdrawal) Act 2018 and amended by the DPPEC (Amendment etc.) (EU
 * Exit) Regulations 2019), read with the Data Protection Act 2018. Notice
 * items: Art. 13 and 14, same numbering as the GDPR,
 * https://www.legislation.gov.uk/eur/2016/679/article/13 and /article/14
 * (Art. 13(1)(f) reads "adequacy regulations"); checked 2025.
 */
export const ukGdpr: Law = {
  id: 'UK',
  officialName: 'UK General Data Protection Regulation and Data Protection Act 2018',
  shortName: 'UK GDPR',
  protects: 'People in the United Kingdom whose data a company established there processes, or to whom a company elsewhere offers goods or services or whose behaviour it monitors (UK GDPR Art. 3).',
  deadline: { amount: 1, unit: 'month', extension: { amount: 2, unit: 'month', when: 'where necessary, taking into account the complexity and number of the requests' }, source: 'UK GDPR Art. 12(3)' },
  authority: { kind: 'named', authority: AUTHORITY_FOR_LAW.UK, source: 'UK GDPR Art. 77; DPA 2018 s. 165' },
  noticeItems: gdprFamilyItems({
    law: 'UK',
    transferLaw: 'uk',
    region: 'uk',
    established: (p) => p.company.address.country === 'GB',
    documentTools: ['scc', 'idta', 'uk-addendum', 'bcr'],
    complaintClauses: ['rights.complaint', 'united-kingdom.law'],
  }),
};
